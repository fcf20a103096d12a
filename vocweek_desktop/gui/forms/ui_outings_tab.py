# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outings_tab.ui'
##
## Created by: Qt User Interface Compiler (pyside6-uic; version line normalised by vocweek_desktop.tools.build_forms)
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_OutingsTab(object):
    def setupUi(self, OutingsTab):
        if not OutingsTab.objectName():
            OutingsTab.setObjectName(u"OutingsTab")
        OutingsTab.resize(1280, 720)
        self.main_layout = QVBoxLayout(OutingsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.chips_layout = QHBoxLayout()
        self.chips_layout.setObjectName(u"chips_layout")
        self.states_layout = QHBoxLayout()
        self.states_layout.setSpacing(4)
        self.states_layout.setObjectName(u"states_layout")

        self.chips_layout.addLayout(self.states_layout)

        self.chips_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chips_layout.addItem(self.chips_spacer)

        self.search_edit = QLineEdit(OutingsTab)
        self.search_edit.setObjectName(u"search_edit")

        self.chips_layout.addWidget(self.search_edit)


        self.main_layout.addLayout(self.chips_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.college_filter_label = QLabel(OutingsTab)
        self.college_filter_label.setObjectName(u"college_filter_label")

        self.filters_layout.addWidget(self.college_filter_label)

        self.college_filter_combo = QComboBox(OutingsTab)
        self.college_filter_combo.setObjectName(u"college_filter_combo")

        self.filters_layout.addWidget(self.college_filter_combo)

        self.dates_check = QCheckBox(OutingsTab)
        self.dates_check.setObjectName(u"dates_check")

        self.filters_layout.addWidget(self.dates_check)

        self.from_edit = QDateEdit(OutingsTab)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.from_edit)

        self.to_label = QLabel(OutingsTab)
        self.to_label.setObjectName(u"to_label")

        self.filters_layout.addWidget(self.to_label)

        self.to_edit = QDateEdit(OutingsTab)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.to_edit)

        self.filters_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.import_button = QPushButton(OutingsTab)
        self.import_button.setObjectName(u"import_button")

        self.filters_layout.addWidget(self.import_button)

        self.template_button = QPushButton(OutingsTab)
        self.template_button.setObjectName(u"template_button")

        self.filters_layout.addWidget(self.template_button)

        self.export_button = QPushButton(OutingsTab)
        self.export_button.setObjectName(u"export_button")

        self.filters_layout.addWidget(self.export_button)

        self.settings_button = QPushButton(OutingsTab)
        self.settings_button.setObjectName(u"settings_button")

        self.filters_layout.addWidget(self.settings_button)


        self.main_layout.addLayout(self.filters_layout)

        self.main_splitter = QSplitter(OutingsTab)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.list_view = QTableView(self.main_splitter)
        self.list_view.setObjectName(u"list_view")
        self.main_splitter.addWidget(self.list_view)
        self.detail_panel = QWidget(self.main_splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_scroll = QScrollArea(self.detail_panel)
        self.detail_scroll.setObjectName(u"detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_contents = QWidget()
        self.detail_contents.setObjectName(u"detail_contents")
        self.detail_contents_layout = QVBoxLayout(self.detail_contents)
        self.detail_contents_layout.setObjectName(u"detail_contents_layout")
        self.detail_label = QLabel(self.detail_contents)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setWordWrap(True)

        self.detail_contents_layout.addWidget(self.detail_label)

        self.detail_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detail_contents_layout.addItem(self.detail_spacer)

        self.detail_scroll.setWidget(self.detail_contents)

        self.detail_layout.addWidget(self.detail_scroll)

        self.history_title_label = QLabel(self.detail_panel)
        self.history_title_label.setObjectName(u"history_title_label")

        self.detail_layout.addWidget(self.history_title_label)

        self.history_view = QTableView(self.detail_panel)
        self.history_view.setObjectName(u"history_view")

        self.detail_layout.addWidget(self.history_view)

        self.main_splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.main_splitter)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.new_button = QPushButton(OutingsTab)
        self.new_button.setObjectName(u"new_button")

        self.actions_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(OutingsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.actions_layout.addWidget(self.edit_button)

        self.separator_1 = QFrame(OutingsTab)
        self.separator_1.setObjectName(u"separator_1")
        self.separator_1.setFrameShape(QFrame.Shape.VLine)
        self.separator_1.setFrameShadow(QFrame.Shadow.Sunken)

        self.actions_layout.addWidget(self.separator_1)

        self.submit_button = QPushButton(OutingsTab)
        self.submit_button.setObjectName(u"submit_button")

        self.actions_layout.addWidget(self.submit_button)

        self.approve_button = QPushButton(OutingsTab)
        self.approve_button.setObjectName(u"approve_button")

        self.actions_layout.addWidget(self.approve_button)

        self.return_button = QPushButton(OutingsTab)
        self.return_button.setObjectName(u"return_button")

        self.actions_layout.addWidget(self.return_button)

        self.withdraw_button = QPushButton(OutingsTab)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.actions_layout.addWidget(self.withdraw_button)

        self.complete_button = QPushButton(OutingsTab)
        self.complete_button.setObjectName(u"complete_button")

        self.actions_layout.addWidget(self.complete_button)

        self.separator_2 = QFrame(OutingsTab)
        self.separator_2.setObjectName(u"separator_2")
        self.separator_2.setFrameShape(QFrame.Shape.VLine)
        self.separator_2.setFrameShadow(QFrame.Shadow.Sunken)

        self.actions_layout.addWidget(self.separator_2)

        self.print_button = QPushButton(OutingsTab)
        self.print_button.setObjectName(u"print_button")

        self.actions_layout.addWidget(self.print_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.hint_label = QLabel(OutingsTab)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

#if QT_CONFIG(shortcut)
        self.college_filter_label.setBuddy(self.college_filter_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutingsTab)

        QMetaObject.connectSlotsByName(OutingsTab)
    # setupUi

    def retranslateUi(self, OutingsTab):
        OutingsTab.setWindowTitle(QCoreApplication.translate("OutingsTab", u"\u5916\u51fa\u5ba1\u6279", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("OutingsTab", u"\u641c\u7d22\u7f16\u53f7\u3001\u5b66\u9662\u3001\u6d3b\u52a8\u3001\u76ee\u7684\u5730\u3001\u5e26\u961f\u6559\u5e08", None))
        self.college_filter_label.setText(QCoreApplication.translate("OutingsTab", u"\u5b66\u9662\uff1a", None))
        self.dates_check.setText(QCoreApplication.translate("OutingsTab", u"\u65e5\u671f\uff1a", None))
#if QT_CONFIG(tooltip)
        self.dates_check.setToolTip(QCoreApplication.translate("OutingsTab", u"\u53ea\u663e\u793a\u5728\u8fd9\u4e9b\u65e5\u671f\u5916\u51fa\u7684\u7533\u8bf7", None))
#endif // QT_CONFIG(tooltip)
        self.from_edit.setDisplayFormat(QCoreApplication.translate("OutingsTab", u"yyyy-MM-dd", None))
        self.to_label.setText(QCoreApplication.translate("OutingsTab", u"\u81f3", None))
        self.to_edit.setDisplayFormat(QCoreApplication.translate("OutingsTab", u"yyyy-MM-dd", None))
        self.import_button.setText(QCoreApplication.translate("OutingsTab", u"\u5bfc\u5165\u7533\u8bf7\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("OutingsTab", u"\u5bfc\u5165\u5b66\u9662\u4ea4\u6765\u7684\u5916\u51fa\u6d3b\u52a8\u7533\u8bf7\u8868\uff08\u5bfc\u5165\u524d\u5148\u9884\u89c8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.template_button.setText(QCoreApplication.translate("OutingsTab", u"\u751f\u6210\u7533\u8bf7\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.template_button.setToolTip(QCoreApplication.translate("OutingsTab", u"\u4e3a\u4e00\u4e2a\u5b66\u9662\u751f\u6210\u7a7a\u767d\u7684\u5916\u51fa\u6d3b\u52a8\u7533\u8bf7\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("OutingsTab", u"\u5bfc\u51fa\u4fdd\u536b\u5904\u540d\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("OutingsTab", u"\u628a\u5df2\u6279\u51c6\u7684\u5916\u51fa\u6d3b\u52a8\u6309\u65e5\u671f\u5bfc\u51fa\u4e3a Excel\uff0c\u4ea4\u4fdd\u536b\u5904", None))
#endif // QT_CONFIG(tooltip)
        self.settings_button.setText(QCoreApplication.translate("OutingsTab", u"\u5ba1\u6279\u89c4\u5219\u2026", None))
#if QT_CONFIG(tooltip)
        self.settings_button.setToolTip(QCoreApplication.translate("OutingsTab", u"\u81f3\u5c11\u63d0\u524d\u5929\u6570\u3001\u6279\u51c6\u524d\u5fc5\u987b\u4ea4\u9f50\u7684\u6750\u6599", None))
#endif // QT_CONFIG(tooltip)
        self.detail_label.setText("")
        self.history_title_label.setText(QCoreApplication.translate("OutingsTab", u"\u7b7e\u6838\u5386\u7a0b\u4e0e\u4fee\u6539\u8bb0\u5f55", None))
        self.new_button.setText(QCoreApplication.translate("OutingsTab", u"\u65b0\u5efa\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("OutingsTab", u"\u65b0\u5efa\u4e00\u4efd\u5916\u51fa\u7533\u8bf7\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("OutingsTab", u"\u7f16\u8f91\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("OutingsTab", u"\u7f16\u8f91\u6240\u9009\u7533\u8bf7\uff08\u53cc\u51fb\u6216\u56de\u8f66\uff09\uff1b\u5df2\u6279\u51c6\u7684\u7533\u8bf7\u4fee\u6539\u540e\u9700\u91cd\u65b0\u5ba1\u6279", None))
#endif // QT_CONFIG(tooltip)
        self.submit_button.setText(QCoreApplication.translate("OutingsTab", u"\u63d0\u4ea4", None))
        self.approve_button.setText(QCoreApplication.translate("OutingsTab", u"\u6279\u51c6\u2026", None))
        self.return_button.setText(QCoreApplication.translate("OutingsTab", u"\u9000\u56de\u2026", None))
        self.withdraw_button.setText(QCoreApplication.translate("OutingsTab", u"\u64a4\u56de\u2026", None))
        self.complete_button.setText(QCoreApplication.translate("OutingsTab", u"\u5b8c\u6210\u2026", None))
        self.print_button.setText(QCoreApplication.translate("OutingsTab", u"\u6253\u5370\u5ba1\u6279\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("OutingsTab", u"\u628a\u6240\u9009\u7533\u8bf7\u7684\u5916\u51fa\u6d3b\u52a8\u5ba1\u6279\u8868\u5bfc\u51fa\u4e3a PDF\uff08\u53ef\u591a\u9009\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText("")
    # retranslateUi

