# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activities_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_ActivitiesTab(object):
    def setupUi(self, ActivitiesTab):
        if not ActivitiesTab.objectName():
            ActivitiesTab.setObjectName(u"ActivitiesTab")
        ActivitiesTab.resize(1280, 760)
        self.main_layout = QVBoxLayout(ActivitiesTab)
        self.main_layout.setObjectName(u"main_layout")
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QToolButton(ActivitiesTab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QToolButton(ActivitiesTab)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actions_layout.addWidget(self.edit_button)

        self.delete_button = QToolButton(ActivitiesTab)
        self.delete_button.setObjectName(u"delete_button")
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actions_layout.addWidget(self.delete_button)

        self.undo_button = QToolButton(ActivitiesTab)
        self.undo_button.setObjectName(u"undo_button")
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actions_layout.addWidget(self.undo_button)

        self.line_1 = QFrame(ActivitiesTab)
        self.line_1.setObjectName(u"line_1")
        self.line_1.setFrameShape(QFrame.Shape.VLine)
        self.line_1.setFrameShadow(QFrame.Shadow.Sunken)

        self.actions_layout.addWidget(self.line_1)

        self.copy_button = QToolButton(ActivitiesTab)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actions_layout.addWidget(self.copy_button)

        self.paste_button = QToolButton(ActivitiesTab)
        self.paste_button.setObjectName(u"paste_button")
        self.paste_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actions_layout.addWidget(self.paste_button)

        self.line_2 = QFrame(ActivitiesTab)
        self.line_2.setObjectName(u"line_2")
        self.line_2.setFrameShape(QFrame.Shape.VLine)
        self.line_2.setFrameShadow(QFrame.Shadow.Sunken)

        self.actions_layout.addWidget(self.line_2)

        self.bin_button = QToolButton(ActivitiesTab)
        self.bin_button.setObjectName(u"bin_button")
        self.bin_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actions_layout.addWidget(self.bin_button)

        self.actions_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.search_edit = QLineEdit(ActivitiesTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(320, 0))

        self.actions_layout.addWidget(self.search_edit)

        self.count_label = QLabel(ActivitiesTab)
        self.count_label.setObjectName(u"count_label")

        self.actions_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.actions_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.organiser_label = QLabel(ActivitiesTab)
        self.organiser_label.setObjectName(u"organiser_label")

        self.filters_layout.addWidget(self.organiser_label)

        self.organiser_combo = QComboBox(ActivitiesTab)
        self.organiser_combo.setObjectName(u"organiser_combo")
        self.organiser_combo.setMinimumContentsLength(10)
        self.organiser_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters_layout.addWidget(self.organiser_combo)

        self.category_label = QLabel(ActivitiesTab)
        self.category_label.setObjectName(u"category_label")

        self.filters_layout.addWidget(self.category_label)

        self.category_combo = QComboBox(ActivitiesTab)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setMinimumContentsLength(6)
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters_layout.addWidget(self.category_combo)

        self.day_label = QLabel(ActivitiesTab)
        self.day_label.setObjectName(u"day_label")

        self.filters_layout.addWidget(self.day_label)

        self.day_combo = QComboBox(ActivitiesTab)
        self.day_combo.setObjectName(u"day_combo")
        self.day_combo.setMinimumContentsLength(8)
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters_layout.addWidget(self.day_combo)

        self.theme_day_label = QLabel(ActivitiesTab)
        self.theme_day_label.setObjectName(u"theme_day_label")

        self.filters_layout.addWidget(self.theme_day_label)

        self.theme_day_combo = QComboBox(ActivitiesTab)
        self.theme_day_combo.setObjectName(u"theme_day_combo")

        self.filters_layout.addWidget(self.theme_day_combo)

        self.campus_label = QLabel(ActivitiesTab)
        self.campus_label.setObjectName(u"campus_label")

        self.filters_layout.addWidget(self.campus_label)

        self.campus_combo = QComboBox(ActivitiesTab)
        self.campus_combo.setObjectName(u"campus_combo")

        self.filters_layout.addWidget(self.campus_combo)

        self.form_label = QLabel(ActivitiesTab)
        self.form_label.setObjectName(u"form_label")

        self.filters_layout.addWidget(self.form_label)

        self.form_combo = QComboBox(ActivitiesTab)
        self.form_combo.setObjectName(u"form_combo")

        self.filters_layout.addWidget(self.form_combo)

        self.status_label = QLabel(ActivitiesTab)
        self.status_label.setObjectName(u"status_label")

        self.filters_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(ActivitiesTab)
        self.status_combo.setObjectName(u"status_combo")

        self.filters_layout.addWidget(self.status_combo)

        self.clear_filters_button = QToolButton(ActivitiesTab)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.filters_layout.addWidget(self.clear_filters_button)

        self.filters_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)


        self.main_layout.addLayout(self.filters_layout)

        self.table_view = QTableView(ActivitiesTab)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table_view.setWordWrap(False)

        self.main_layout.addWidget(self.table_view)

        self.legend_label = QLabel(ActivitiesTab)
        self.legend_label.setObjectName(u"legend_label")

        self.main_layout.addWidget(self.legend_label)

#if QT_CONFIG(shortcut)
        self.organiser_label.setBuddy(self.organiser_combo)
        self.category_label.setBuddy(self.category_combo)
        self.day_label.setBuddy(self.day_combo)
        self.theme_day_label.setBuddy(self.theme_day_combo)
        self.campus_label.setBuddy(self.campus_combo)
        self.form_label.setBuddy(self.form_combo)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.organiser_combo)
        QWidget.setTabOrder(self.organiser_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.day_combo)
        QWidget.setTabOrder(self.day_combo, self.theme_day_combo)
        QWidget.setTabOrder(self.theme_day_combo, self.campus_combo)
        QWidget.setTabOrder(self.campus_combo, self.form_combo)
        QWidget.setTabOrder(self.form_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.table_view)

        self.retranslateUi(ActivitiesTab)

        QMetaObject.connectSlotsByName(ActivitiesTab)
    # setupUi

    def retranslateUi(self, ActivitiesTab):
        self.add_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u65b0\u589e\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u65b0\u589e\u4e00\u6761\u6d3b\u52a8\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u7f16\u8f91\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u5728\u8868\u5355\u4e2d\u7f16\u8f91\u6240\u9009\u6d3b\u52a8\uff08Enter\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u628a\u6240\u9009\u6d3b\u52a8\u79fb\u5230\u56de\u6536\u7ad9\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.undo_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u64a4\u9500", None))
#if QT_CONFIG(tooltip)
        self.undo_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u64a4\u9500\u4e0a\u4e00\u6b21\u5220\u9664\u6216\u4fee\u6539\uff08Ctrl+Z\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u590d\u5236", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u628a\u9009\u4e2d\u7684\u5355\u5143\u683c\u8fde\u540c\u8868\u5934\u590d\u5236\u4e3a\u5236\u8868\u7b26\u5206\u9694\u7684\u6587\u672c\uff0c\u53ef\u76f4\u63a5\u7c98\u8d34\u5230 Excel\uff08Ctrl+C\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.paste_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u7c98\u8d34", None))
#if QT_CONFIG(tooltip)
        self.paste_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u7c98\u8d34\u4ece Excel \u590d\u5236\u7684\u6d3b\u52a8\u884c\uff0c\u5148\u9884\u89c8\u68c0\u67e5\uff0c\u786e\u8ba4\u540e\u624d\u5199\u5165\uff08Ctrl+V\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.bin_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u56de\u6536\u7ad9\u2026", None))
#if QT_CONFIG(tooltip)
        self.bin_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u67e5\u770b\u5df2\u5220\u9664\u7684\u6d3b\u52a8\uff0c\u6062\u590d\u6216\u5f7b\u5e95\u5220\u9664", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ActivitiesTab", u"\u641c\u7d22\u6d3b\u52a8\u540d\u79f0\u3001\u5730\u70b9\u3001\u8d1f\u8d23\u4eba\u3001\u5408\u4f5c\u4f01\u4e1a", None))
        self.count_label.setText("")
        self.organiser_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u7ec4\u7ec7\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.organiser_combo.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u6309\u5b66\u9662\u6216\u90e8\u95e8\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.category_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u7c7b\u522b", None))
#if QT_CONFIG(tooltip)
        self.category_combo.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u6309\u6d3b\u52a8\u7c7b\u522b\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.day_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.day_combo.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u663e\u793a\u5728\u8fd9\u4e00\u5929\u8fdb\u884c\u7684\u6d3b\u52a8\uff08\u8de8\u5929\u6d3b\u52a8\u5728\u6bcf\u4e00\u5929\u90fd\u7b97\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.theme_day_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u4e3b\u9898\u65e5", None))
#if QT_CONFIG(tooltip)
        self.theme_day_combo.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u6309\u4e3b\u9898\u65e5\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.campus_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u6821\u5185\u5916", None))
#if QT_CONFIG(tooltip)
        self.campus_combo.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u6309\u6821\u5185\u3001\u6821\u5916\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.form_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u5f62\u5f0f", None))
#if QT_CONFIG(tooltip)
        self.form_combo.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u6309\u7ebf\u4e0a\u3001\u7ebf\u4e0b\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u72b6\u6001", None))
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u6309\u72b6\u6001\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.clear_filters_button.setText(QCoreApplication.translate("ActivitiesTab", u"\u6e05\u9664\u7b5b\u9009", None))
#if QT_CONFIG(tooltip)
        self.clear_filters_button.setToolTip(QCoreApplication.translate("ActivitiesTab", u"\u663e\u793a\u5168\u90e8\u6d3b\u52a8", None))
#endif // QT_CONFIG(tooltip)
        self.legend_label.setText(QCoreApplication.translate("ActivitiesTab", u"\u9ec4\u8272\u5e95\u7eb9\u7684\u884c\uff1a\u65e5\u671f\u4e0d\u5728\u6d3b\u52a8\u5468\u5185\uff08\u5141\u8bb8\u4fdd\u5b58\uff0c\u4ec5\u4f5c\u63d0\u793a\uff09\u3002\u53cc\u51fb\u5355\u5143\u683c\u53ef\u76f4\u63a5\u4fee\u6539\uff0c\u9700\u6c42\u5217\u52fe\u9009\u5373\u53ef\u3002", None))
        pass
    # retranslateUi

