# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'layout_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_LayoutTab(object):
    def setupUi(self, LayoutTab):
        if not LayoutTab.objectName():
            LayoutTab.setObjectName(u"LayoutTab")
        LayoutTab.resize(1100, 700)
        self.main_layout = QVBoxLayout(LayoutTab)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_host = QWidget(LayoutTab)
        self.toolbar_host.setObjectName(u"toolbar_host")
        self.toolbar_layout = QHBoxLayout(self.toolbar_host)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.toolbar_layout.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.toolbar_host)

        self.splitter = QSplitter(LayoutTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.editor_host = QWidget(self.splitter)
        self.editor_host.setObjectName(u"editor_host")
        self.editor_layout = QVBoxLayout(self.editor_host)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.editor_host)
        self.side_tabs = QTabWidget(self.splitter)
        self.side_tabs.setObjectName(u"side_tabs")
        self.property_page = QWidget()
        self.property_page.setObjectName(u"property_page")
        self.property_layout = QVBoxLayout(self.property_page)
        self.property_layout.setObjectName(u"property_layout")
        self.selection_label = QLabel(self.property_page)
        self.selection_label.setObjectName(u"selection_label")
        self.selection_label.setWordWrap(True)

        self.property_layout.addWidget(self.selection_label)

        self.property_box = QWidget(self.property_page)
        self.property_box.setObjectName(u"property_box")
        self.property_form = QFormLayout(self.property_box)
        self.property_form.setObjectName(u"property_form")
        self.property_form.setContentsMargins(0, 0, 0, 0)
        self.property_form_label_0 = QLabel(self.property_box)
        self.property_form_label_0.setObjectName(u"property_form_label_0")

        self.property_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.property_form_label_0)

        self.number_edit = QLineEdit(self.property_box)
        self.number_edit.setObjectName(u"number_edit")

        self.property_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.property_form_label_1 = QLabel(self.property_box)
        self.property_form_label_1.setObjectName(u"property_form_label_1")

        self.property_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.property_form_label_1)

        self.college_label = QLabel(self.property_box)
        self.college_label.setObjectName(u"college_label")
        self.college_label.setWordWrap(True)

        self.property_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.college_label)

        self.property_form_label_2 = QLabel(self.property_box)
        self.property_form_label_2.setObjectName(u"property_form_label_2")

        self.property_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.property_form_label_2)

        self.kind_combo = QComboBox(self.property_box)
        self.kind_combo.setObjectName(u"kind_combo")

        self.property_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.property_form_label_3 = QLabel(self.property_box)
        self.property_form_label_3.setObjectName(u"property_form_label_3")

        self.property_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.property_form_label_3)

        self.x_spin = QDoubleSpinBox(self.property_box)
        self.x_spin.setObjectName(u"x_spin")
        self.x_spin.setMinimum(-1000.000000000000000)
        self.x_spin.setMaximum(3000.000000000000000)
        self.x_spin.setDecimals(2)
        self.x_spin.setSingleStep(0.500000000000000)
        self.x_spin.setKeyboardTracking(False)

        self.property_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.x_spin)

        self.property_form_label_4 = QLabel(self.property_box)
        self.property_form_label_4.setObjectName(u"property_form_label_4")

        self.property_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.property_form_label_4)

        self.y_spin = QDoubleSpinBox(self.property_box)
        self.y_spin.setObjectName(u"y_spin")
        self.y_spin.setMinimum(-1000.000000000000000)
        self.y_spin.setMaximum(3000.000000000000000)
        self.y_spin.setDecimals(2)
        self.y_spin.setSingleStep(0.500000000000000)
        self.y_spin.setKeyboardTracking(False)

        self.property_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.y_spin)

        self.property_form_label_5 = QLabel(self.property_box)
        self.property_form_label_5.setObjectName(u"property_form_label_5")

        self.property_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.property_form_label_5)

        self.width_spin = QDoubleSpinBox(self.property_box)
        self.width_spin.setObjectName(u"width_spin")
        self.width_spin.setMinimum(0.100000000000000)
        self.width_spin.setMaximum(500.000000000000000)
        self.width_spin.setDecimals(2)
        self.width_spin.setSingleStep(0.500000000000000)
        self.width_spin.setKeyboardTracking(False)

        self.property_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.width_spin)

        self.property_form_label_6 = QLabel(self.property_box)
        self.property_form_label_6.setObjectName(u"property_form_label_6")

        self.property_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.property_form_label_6)

        self.depth_spin = QDoubleSpinBox(self.property_box)
        self.depth_spin.setObjectName(u"depth_spin")
        self.depth_spin.setMinimum(0.100000000000000)
        self.depth_spin.setMaximum(500.000000000000000)
        self.depth_spin.setDecimals(2)
        self.depth_spin.setSingleStep(0.500000000000000)
        self.depth_spin.setKeyboardTracking(False)

        self.property_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.depth_spin)

        self.property_form_label_7 = QLabel(self.property_box)
        self.property_form_label_7.setObjectName(u"property_form_label_7")

        self.property_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.property_form_label_7)

        self.rotation_combo = QComboBox(self.property_box)
        self.rotation_combo.setObjectName(u"rotation_combo")

        self.property_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.rotation_combo)

        self.property_form_label_8 = QLabel(self.property_box)
        self.property_form_label_8.setObjectName(u"property_form_label_8")

        self.property_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.property_form_label_8)

        self.power_check = QCheckBox(self.property_box)
        self.power_check.setObjectName(u"power_check")

        self.property_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.power_check)

        self.property_form_label_9 = QLabel(self.property_box)
        self.property_form_label_9.setObjectName(u"property_form_label_9")

        self.property_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.property_form_label_9)

        self.tables_spin = QSpinBox(self.property_box)
        self.tables_spin.setObjectName(u"tables_spin")
        self.tables_spin.setMinimum(0)
        self.tables_spin.setMaximum(100)
        self.tables_spin.setKeyboardTracking(False)

        self.property_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.tables_spin)

        self.property_form_label_10 = QLabel(self.property_box)
        self.property_form_label_10.setObjectName(u"property_form_label_10")

        self.property_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.property_form_label_10)

        self.chairs_spin = QSpinBox(self.property_box)
        self.chairs_spin.setObjectName(u"chairs_spin")
        self.chairs_spin.setMinimum(0)
        self.chairs_spin.setMaximum(500)
        self.chairs_spin.setKeyboardTracking(False)

        self.property_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.chairs_spin)

        self.property_form_label_11 = QLabel(self.property_box)
        self.property_form_label_11.setObjectName(u"property_form_label_11")

        self.property_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.property_form_label_11)

        self.notes_edit = QLineEdit(self.property_box)
        self.notes_edit.setObjectName(u"notes_edit")

        self.property_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.property_layout.addWidget(self.property_box)

        self.apply_button = QPushButton(self.property_page)
        self.apply_button.setObjectName(u"apply_button")

        self.property_layout.addWidget(self.apply_button)

        self.property_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.property_layout.addItem(self.property_spacer)

        self.side_tabs.addTab(self.property_page, "")
        self.colleges_page = QWidget()
        self.colleges_page.setObjectName(u"colleges_page")
        self.colleges_layout = QVBoxLayout(self.colleges_page)
        self.colleges_layout.setObjectName(u"colleges_layout")
        self.colleges_hint = QLabel(self.colleges_page)
        self.colleges_hint.setObjectName(u"colleges_hint")
        self.colleges_hint.setWordWrap(True)

        self.colleges_layout.addWidget(self.colleges_hint)

        self.colleges_view = QTableView(self.colleges_page)
        self.colleges_view.setObjectName(u"colleges_view")
        self.colleges_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.colleges_view.setAlternatingRowColors(True)

        self.colleges_layout.addWidget(self.colleges_view)

        self.side_tabs.addTab(self.colleges_page, "")
        self.problems_page = QWidget()
        self.problems_page.setObjectName(u"problems_page")
        self.problems_layout = QVBoxLayout(self.problems_page)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_label = QLabel(self.problems_page)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)

        self.problems_layout.addWidget(self.problems_label)

        self.problems_view = QTableView(self.problems_page)
        self.problems_view.setObjectName(u"problems_view")
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setAlternatingRowColors(True)

        self.problems_layout.addWidget(self.problems_view)

        self.side_tabs.addTab(self.problems_page, "")
        self.history_page = QWidget()
        self.history_page.setObjectName(u"history_page")
        self.history_layout = QVBoxLayout(self.history_page)
        self.history_layout.setObjectName(u"history_layout")
        self.side_tabs.addTab(self.history_page, "")
        self.splitter.addWidget(self.side_tabs)

        self.main_layout.addWidget(self.splitter)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.position_label = QLabel(LayoutTab)
        self.position_label.setObjectName(u"position_label")
        self.position_label.setWordWrap(False)

        self.status_layout.addWidget(self.position_label)

        self.status_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_layout.addItem(self.status_spacer)

        self.color_label = QLabel(LayoutTab)
        self.color_label.setObjectName(u"color_label")

        self.status_layout.addWidget(self.color_label)

        self.color_combo = QComboBox(LayoutTab)
        self.color_combo.setObjectName(u"color_combo")

        self.status_layout.addWidget(self.color_combo)

        self.zoom_label = QLabel(LayoutTab)
        self.zoom_label.setObjectName(u"zoom_label")
        self.zoom_label.setWordWrap(False)

        self.status_layout.addWidget(self.zoom_label)


        self.main_layout.addLayout(self.status_layout)

#if QT_CONFIG(shortcut)
        self.property_form_label_0.setBuddy(self.number_edit)
        self.property_form_label_1.setBuddy(self.college_label)
        self.property_form_label_2.setBuddy(self.kind_combo)
        self.property_form_label_3.setBuddy(self.x_spin)
        self.property_form_label_4.setBuddy(self.y_spin)
        self.property_form_label_5.setBuddy(self.width_spin)
        self.property_form_label_6.setBuddy(self.depth_spin)
        self.property_form_label_7.setBuddy(self.rotation_combo)
        self.property_form_label_8.setBuddy(self.power_check)
        self.property_form_label_9.setBuddy(self.tables_spin)
        self.property_form_label_10.setBuddy(self.chairs_spin)
        self.property_form_label_11.setBuddy(self.notes_edit)
        self.color_label.setBuddy(self.color_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LayoutTab)

        self.side_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LayoutTab)
    # setupUi

    def retranslateUi(self, LayoutTab):
        self.selection_label.setText(QCoreApplication.translate("LayoutTab", u"\u6ca1\u6709\u9009\u4e2d\u5c55\u4f4d", None))
        self.property_form_label_0.setText(QCoreApplication.translate("LayoutTab", u"\u5c55\u4f4d\u53f7(&N)\uff1a", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("LayoutTab", u"\u5982 A01", None))
        self.property_form_label_1.setText(QCoreApplication.translate("LayoutTab", u"\u5b66\u9662\uff1a", None))
        self.college_label.setText(QCoreApplication.translate("LayoutTab", u"\uff08\u672a\u5206\u914d\uff09", None))
        self.property_form_label_2.setText(QCoreApplication.translate("LayoutTab", u"\u7c7b\u578b(&K)\uff1a", None))
        self.property_form_label_3.setText(QCoreApplication.translate("LayoutTab", u"X\uff08\u4e2d\u5fc3\uff09\uff1a", None))
        self.x_spin.setSuffix(QCoreApplication.translate("LayoutTab", u" \u7c73", None))
        self.property_form_label_4.setText(QCoreApplication.translate("LayoutTab", u"Y\uff08\u4e2d\u5fc3\uff09\uff1a", None))
        self.y_spin.setSuffix(QCoreApplication.translate("LayoutTab", u" \u7c73", None))
        self.property_form_label_5.setText(QCoreApplication.translate("LayoutTab", u"\u5bbd(&W)\uff1a", None))
        self.width_spin.setSuffix(QCoreApplication.translate("LayoutTab", u" \u7c73", None))
        self.property_form_label_6.setText(QCoreApplication.translate("LayoutTab", u"\u6df1(&E)\uff1a", None))
        self.depth_spin.setSuffix(QCoreApplication.translate("LayoutTab", u" \u7c73", None))
        self.property_form_label_7.setText(QCoreApplication.translate("LayoutTab", u"\u65cb\u8f6c(&R)\uff1a", None))
        self.property_form_label_8.setText("")
        self.power_check.setText(QCoreApplication.translate("LayoutTab", u"\u9700\u8981\u7528\u7535(&P)", None))
        self.property_form_label_9.setText(QCoreApplication.translate("LayoutTab", u"\u684c\u6570\uff1a", None))
        self.tables_spin.setSuffix(QCoreApplication.translate("LayoutTab", u" \u5f20", None))
        self.property_form_label_10.setText(QCoreApplication.translate("LayoutTab", u"\u6905\u6570\uff1a", None))
        self.chairs_spin.setSuffix(QCoreApplication.translate("LayoutTab", u" \u628a", None))
        self.property_form_label_11.setText(QCoreApplication.translate("LayoutTab", u"\u5907\u6ce8(&T)\uff1a", None))
        self.apply_button.setText(QCoreApplication.translate("LayoutTab", u"\u5e94\u7528\u4fee\u6539(&A)", None))
#if QT_CONFIG(tooltip)
        self.apply_button.setToolTip(QCoreApplication.translate("LayoutTab", u"\u628a\u4e0a\u9762\u7684\u503c\u5199\u5165\u6240\u9009\u5c55\u4f4d\uff08\u56de\u8f66\u4e5f\u53ef\u4ee5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.property_page), QCoreApplication.translate("LayoutTab", u"\u5c5e\u6027", None))
        self.colleges_hint.setText(QCoreApplication.translate("LayoutTab", u"\u628a\u5b66\u9662\u62d6\u5230\u5c55\u4f4d\u4e0a\u5373\u5206\u914d\uff1b\u62d6\u56de\u8fd9\u91cc\u6216\u7528\u53f3\u952e\u83dc\u5355\u53d6\u6d88\u5206\u914d\uff1b\u53cc\u51fb\u5b66\u9662\u627e\u5230\u5b83\u7684\u5c55\u4f4d\u3002", None))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.colleges_page), QCoreApplication.translate("LayoutTab", u"\u5b66\u9662", None))
        self.problems_label.setText("")
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.problems_page), QCoreApplication.translate("LayoutTab", u"\u95ee\u9898", None))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.history_page), QCoreApplication.translate("LayoutTab", u"\u5386\u53f2", None))
        self.position_label.setText("")
        self.color_label.setText(QCoreApplication.translate("LayoutTab", u"\u7740\u8272(&C)\uff1a", None))
        self.zoom_label.setText("")
        pass
    # retranslateUi

