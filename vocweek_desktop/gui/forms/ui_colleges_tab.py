# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'colleges_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_CollegesTab(object):
    def setupUi(self, CollegesTab):
        if not CollegesTab.objectName():
            CollegesTab.setObjectName(u"CollegesTab")
        CollegesTab.resize(1200, 760)
        self.main_layout = QVBoxLayout(CollegesTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(CollegesTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.colleges_group = QGroupBox(self.splitter)
        self.colleges_group.setObjectName(u"colleges_group")
        self.colleges_layout = QVBoxLayout(self.colleges_group)
        self.colleges_layout.setObjectName(u"colleges_layout")
        self.colleges_toolbar = QHBoxLayout()
        self.colleges_toolbar.setObjectName(u"colleges_toolbar")
        self.search_edit = QLineEdit(self.colleges_group)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(280, 0))
        self.search_edit.setMaximumSize(QSize(380, 16777215))

        self.colleges_toolbar.addWidget(self.search_edit)

        self.count_label = QLabel(self.colleges_group)
        self.count_label.setObjectName(u"count_label")

        self.colleges_toolbar.addWidget(self.count_label)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colleges_toolbar.addItem(self.toolbar_spacer)

        self.add_button = QPushButton(self.colleges_group)
        self.add_button.setObjectName(u"add_button")

        self.colleges_toolbar.addWidget(self.add_button)

        self.edit_button = QPushButton(self.colleges_group)
        self.edit_button.setObjectName(u"edit_button")

        self.colleges_toolbar.addWidget(self.edit_button)

        self.delete_button = QPushButton(self.colleges_group)
        self.delete_button.setObjectName(u"delete_button")

        self.colleges_toolbar.addWidget(self.delete_button)

        self.move_up_button = QPushButton(self.colleges_group)
        self.move_up_button.setObjectName(u"move_up_button")

        self.colleges_toolbar.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(self.colleges_group)
        self.move_down_button.setObjectName(u"move_down_button")

        self.colleges_toolbar.addWidget(self.move_down_button)

        self.copy_button = QPushButton(self.colleges_group)
        self.copy_button.setObjectName(u"copy_button")

        self.colleges_toolbar.addWidget(self.copy_button)

        self.export_button = QPushButton(self.colleges_group)
        self.export_button.setObjectName(u"export_button")

        self.colleges_toolbar.addWidget(self.export_button)


        self.colleges_layout.addLayout(self.colleges_toolbar)

        self.colleges_view = QTableView(self.colleges_group)
        self.colleges_view.setObjectName(u"colleges_view")
        self.colleges_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.colleges_view.setAlternatingRowColors(True)
        self.colleges_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.colleges_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.colleges_view.setSortingEnabled(True)

        self.colleges_layout.addWidget(self.colleges_view)

        self.order_hint_label = QLabel(self.colleges_group)
        self.order_hint_label.setObjectName(u"order_hint_label")
        self.order_hint_label.setWordWrap(True)

        self.colleges_layout.addWidget(self.order_hint_label)

        self.splitter.addWidget(self.colleges_group)
        self.org_splitter = QSplitter(self.splitter)
        self.org_splitter.setObjectName(u"org_splitter")
        self.org_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.org_splitter.setChildrenCollapsible(False)
        self.departments_group = QGroupBox(self.org_splitter)
        self.departments_group.setObjectName(u"departments_group")
        self.department_layout = QVBoxLayout(self.departments_group)
        self.department_layout.setObjectName(u"department_layout")
        self.department_toolbar = QHBoxLayout()
        self.department_toolbar.setObjectName(u"department_toolbar")
        self.department_add_button = QPushButton(self.departments_group)
        self.department_add_button.setObjectName(u"department_add_button")

        self.department_toolbar.addWidget(self.department_add_button)

        self.department_edit_button = QPushButton(self.departments_group)
        self.department_edit_button.setObjectName(u"department_edit_button")

        self.department_toolbar.addWidget(self.department_edit_button)

        self.department_delete_button = QPushButton(self.departments_group)
        self.department_delete_button.setObjectName(u"department_delete_button")

        self.department_toolbar.addWidget(self.department_delete_button)

        self.department_up_button = QPushButton(self.departments_group)
        self.department_up_button.setObjectName(u"department_up_button")

        self.department_toolbar.addWidget(self.department_up_button)

        self.department_down_button = QPushButton(self.departments_group)
        self.department_down_button.setObjectName(u"department_down_button")

        self.department_toolbar.addWidget(self.department_down_button)

        self.department_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.department_toolbar.addItem(self.department_spacer)

        self.print_button = QPushButton(self.departments_group)
        self.print_button.setObjectName(u"print_button")

        self.department_toolbar.addWidget(self.print_button)


        self.department_layout.addLayout(self.department_toolbar)

        self.departments_view = QTableView(self.departments_group)
        self.departments_view.setObjectName(u"departments_view")
        self.departments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.departments_view.setAlternatingRowColors(True)
        self.departments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.departments_view.setWordWrap(True)

        self.department_layout.addWidget(self.departments_view)

        self.org_splitter.addWidget(self.departments_group)
        self.leadership_group = QGroupBox(self.org_splitter)
        self.leadership_group.setObjectName(u"leadership_group")
        self.member_layout = QVBoxLayout(self.leadership_group)
        self.member_layout.setObjectName(u"member_layout")
        self.member_toolbar = QHBoxLayout()
        self.member_toolbar.setObjectName(u"member_toolbar")
        self.member_add_button = QPushButton(self.leadership_group)
        self.member_add_button.setObjectName(u"member_add_button")

        self.member_toolbar.addWidget(self.member_add_button)

        self.member_edit_button = QPushButton(self.leadership_group)
        self.member_edit_button.setObjectName(u"member_edit_button")

        self.member_toolbar.addWidget(self.member_edit_button)

        self.member_delete_button = QPushButton(self.leadership_group)
        self.member_delete_button.setObjectName(u"member_delete_button")

        self.member_toolbar.addWidget(self.member_delete_button)

        self.member_up_button = QPushButton(self.leadership_group)
        self.member_up_button.setObjectName(u"member_up_button")

        self.member_toolbar.addWidget(self.member_up_button)

        self.member_down_button = QPushButton(self.leadership_group)
        self.member_down_button.setObjectName(u"member_down_button")

        self.member_toolbar.addWidget(self.member_down_button)

        self.member_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_toolbar.addItem(self.member_spacer)


        self.member_layout.addLayout(self.member_toolbar)

        self.leadership_view = QTableView(self.leadership_group)
        self.leadership_view.setObjectName(u"leadership_view")
        self.leadership_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leadership_view.setAlternatingRowColors(True)
        self.leadership_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leadership_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leadership_view.setWordWrap(True)

        self.member_layout.addWidget(self.leadership_view)

        self.org_splitter.addWidget(self.leadership_group)
        self.splitter.addWidget(self.org_splitter)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(CollegesTab)

        QMetaObject.connectSlotsByName(CollegesTab)
    # setupUi

    def retranslateUi(self, CollegesTab):
        self.colleges_group.setTitle(QCoreApplication.translate("CollegesTab", u"\u4e8c\u7ea7\u5b66\u9662", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CollegesTab", u"\u641c\u7d22\u5b66\u9662\u3001\u7b80\u79f0\u3001\u9662\u957f\u3001\u4e66\u8bb0\u3001\u8054\u7cfb\u4eba\u3001\u7535\u8bdd\u3001\u90ae\u7bb1", None))
        self.count_label.setText("")
        self.add_button.setText(QCoreApplication.translate("CollegesTab", u"\u65b0\u589e\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u65b0\u589e\u4e00\u4e2a\u5b66\u9662", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("CollegesTab", u"\u7f16\u8f91\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u7f16\u8f91\u9009\u4e2d\u7684\u5b66\u9662\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("CollegesTab", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u5220\u9664\u9009\u4e2d\u7684\u5b66\u9662\uff08\u4ecd\u6709\u6d3b\u52a8\u7b49\u6570\u636e\u5f15\u7528\u65f6\u4e0d\u80fd\u5220\u9664\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.move_up_button.setText(QCoreApplication.translate("CollegesTab", u"\u4e0a\u79fb", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u5728\u663e\u793a\u987a\u5e8f\u4e2d\u4e0a\u79fb", None))
#endif // QT_CONFIG(tooltip)
        self.move_down_button.setText(QCoreApplication.translate("CollegesTab", u"\u4e0b\u79fb", None))
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u5728\u663e\u793a\u987a\u5e8f\u4e2d\u4e0b\u79fb", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("CollegesTab", u"\u590d\u5236", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u628a\u9009\u4e2d\u7684\u884c\u8fde\u540c\u8868\u5934\u590d\u5236\u5230\u526a\u8d34\u677f\uff0c\u53ef\u76f4\u63a5\u7c98\u8d34\u5230 Excel\uff08Ctrl+C\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("CollegesTab", u"\u5bfc\u51faExcel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u628a\u672c\u5e74\u5ea6\u7684\u5b66\u9662\u540d\u5355\u5bfc\u51fa\u4e3a Excel \u5de5\u4f5c\u7c3f", None))
#endif // QT_CONFIG(tooltip)
        self.order_hint_label.setText("")
        self.departments_group.setTitle(QCoreApplication.translate("CollegesTab", u"\u804c\u8d23\u5206\u5de5", None))
        self.department_add_button.setText(QCoreApplication.translate("CollegesTab", u"\u65b0\u589e\u2026", None))
        self.department_edit_button.setText(QCoreApplication.translate("CollegesTab", u"\u7f16\u8f91\u2026", None))
#if QT_CONFIG(tooltip)
        self.department_edit_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c", None))
#endif // QT_CONFIG(tooltip)
        self.department_delete_button.setText(QCoreApplication.translate("CollegesTab", u"\u5220\u9664", None))
        self.department_up_button.setText(QCoreApplication.translate("CollegesTab", u"\u4e0a\u79fb", None))
        self.department_down_button.setText(QCoreApplication.translate("CollegesTab", u"\u4e0b\u79fb", None))
        self.print_button.setText(QCoreApplication.translate("CollegesTab", u"\u6253\u5370\u7ec4\u7ec7\u673a\u6784\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u628a\u9886\u5bfc\u5c0f\u7ec4\u548c\u804c\u8d23\u5206\u5de5\uff08\u901a\u77e5\u7b2c\u4e00\u90e8\u5206\uff09\u5199\u6210 PDF\uff0c\u542b\u5b66\u6821\u540d\u79f0\u548c\u6d3b\u52a8\u5468\u6807\u9898", None))
#endif // QT_CONFIG(tooltip)
        self.leadership_group.setTitle(QCoreApplication.translate("CollegesTab", u"\u9886\u5bfc\u5c0f\u7ec4", None))
        self.member_add_button.setText(QCoreApplication.translate("CollegesTab", u"\u65b0\u589e\u2026", None))
        self.member_edit_button.setText(QCoreApplication.translate("CollegesTab", u"\u7f16\u8f91\u2026", None))
#if QT_CONFIG(tooltip)
        self.member_edit_button.setToolTip(QCoreApplication.translate("CollegesTab", u"\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c", None))
#endif // QT_CONFIG(tooltip)
        self.member_delete_button.setText(QCoreApplication.translate("CollegesTab", u"\u5220\u9664", None))
        self.member_up_button.setText(QCoreApplication.translate("CollegesTab", u"\u4e0a\u79fb", None))
        self.member_down_button.setText(QCoreApplication.translate("CollegesTab", u"\u4e0b\u79fb", None))
        pass
    # retranslateUi

