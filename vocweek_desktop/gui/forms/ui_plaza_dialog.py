# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plaza_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PlazaDialog(object):
    def setupUi(self, PlazaDialog):
        if not PlazaDialog.objectName():
            PlazaDialog.setObjectName(u"PlazaDialog")
        PlazaDialog.resize(460, 420)
        self.main_layout = QVBoxLayout(PlazaDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout_label_0 = QLabel(PlazaDialog)
        self.form_layout_label_0.setObjectName(u"form_layout_label_0")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.form_layout_label_0)

        self.name_edit = QLineEdit(PlazaDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.form_layout_label_1 = QLabel(PlazaDialog)
        self.form_layout_label_1.setObjectName(u"form_layout_label_1")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.form_layout_label_1)

        self.width_spin = QDoubleSpinBox(PlazaDialog)
        self.width_spin.setObjectName(u"width_spin")
        self.width_spin.setMinimum(1.000000000000000)
        self.width_spin.setMaximum(2000.000000000000000)
        self.width_spin.setDecimals(2)
        self.width_spin.setSingleStep(1.000000000000000)
        self.width_spin.setValue(60.000000000000000)
        self.width_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.width_spin)

        self.form_layout_label_2 = QLabel(PlazaDialog)
        self.form_layout_label_2.setObjectName(u"form_layout_label_2")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.form_layout_label_2)

        self.depth_spin = QDoubleSpinBox(PlazaDialog)
        self.depth_spin.setObjectName(u"depth_spin")
        self.depth_spin.setMinimum(1.000000000000000)
        self.depth_spin.setMaximum(2000.000000000000000)
        self.depth_spin.setDecimals(2)
        self.depth_spin.setSingleStep(1.000000000000000)
        self.depth_spin.setValue(40.000000000000000)
        self.depth_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.depth_spin)

        self.form_layout_label_3 = QLabel(PlazaDialog)
        self.form_layout_label_3.setObjectName(u"form_layout_label_3")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.form_layout_label_3)

        self.grid_spin = QDoubleSpinBox(PlazaDialog)
        self.grid_spin.setObjectName(u"grid_spin")
        self.grid_spin.setMinimum(0.100000000000000)
        self.grid_spin.setMaximum(10.000000000000000)
        self.grid_spin.setDecimals(2)
        self.grid_spin.setSingleStep(0.100000000000000)
        self.grid_spin.setValue(0.500000000000000)
        self.grid_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grid_spin)

        self.form_layout_label_4 = QLabel(PlazaDialog)
        self.form_layout_label_4.setObjectName(u"form_layout_label_4")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.form_layout_label_4)

        self.north_check = QCheckBox(PlazaDialog)
        self.north_check.setObjectName(u"north_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.north_check)

        self.form_layout_label_5 = QLabel(PlazaDialog)
        self.form_layout_label_5.setObjectName(u"form_layout_label_5")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.form_layout_label_5)

        self.north_spin = QDoubleSpinBox(PlazaDialog)
        self.north_spin.setObjectName(u"north_spin")
        self.north_spin.setMinimum(0.000000000000000)
        self.north_spin.setMaximum(359.000000000000000)
        self.north_spin.setDecimals(0)
        self.north_spin.setSingleStep(15.000000000000000)
        self.north_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.north_spin)

        self.form_layout_label_6 = QLabel(PlazaDialog)
        self.form_layout_label_6.setObjectName(u"form_layout_label_6")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.form_layout_label_6)

        self.background_label = QLabel(PlazaDialog)
        self.background_label.setObjectName(u"background_label")
        self.background_label.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.background_label)

        self.form_layout_label_7 = QLabel(PlazaDialog)
        self.form_layout_label_7.setObjectName(u"form_layout_label_7")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.form_layout_label_7)

        self.background_buttons = QWidget(PlazaDialog)
        self.background_buttons.setObjectName(u"background_buttons")
        self.background_buttons_layout = QHBoxLayout(self.background_buttons)
        self.background_buttons_layout.setObjectName(u"background_buttons_layout")
        self.background_buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.choose_background_button = QPushButton(self.background_buttons)
        self.choose_background_button.setObjectName(u"choose_background_button")

        self.background_buttons_layout.addWidget(self.choose_background_button)

        self.clear_background_button = QPushButton(self.background_buttons)
        self.clear_background_button.setObjectName(u"clear_background_button")

        self.background_buttons_layout.addWidget(self.clear_background_button)


        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.background_buttons)

        self.form_layout_label_8 = QLabel(PlazaDialog)
        self.form_layout_label_8.setObjectName(u"form_layout_label_8")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.form_layout_label_8)

        self.scale_spin = QDoubleSpinBox(PlazaDialog)
        self.scale_spin.setObjectName(u"scale_spin")
        self.scale_spin.setMinimum(0.000100000000000)
        self.scale_spin.setMaximum(10.000000000000000)
        self.scale_spin.setDecimals(4)
        self.scale_spin.setSingleStep(0.010000000000000)
        self.scale_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.scale_spin)

        self.form_layout_label_9 = QLabel(PlazaDialog)
        self.form_layout_label_9.setObjectName(u"form_layout_label_9")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.form_layout_label_9)

        self.offset_x_spin = QDoubleSpinBox(PlazaDialog)
        self.offset_x_spin.setObjectName(u"offset_x_spin")
        self.offset_x_spin.setMinimum(-1000.000000000000000)
        self.offset_x_spin.setMaximum(1000.000000000000000)
        self.offset_x_spin.setDecimals(2)
        self.offset_x_spin.setSingleStep(0.500000000000000)
        self.offset_x_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.offset_x_spin)

        self.form_layout_label_10 = QLabel(PlazaDialog)
        self.form_layout_label_10.setObjectName(u"form_layout_label_10")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.form_layout_label_10)

        self.offset_y_spin = QDoubleSpinBox(PlazaDialog)
        self.offset_y_spin.setObjectName(u"offset_y_spin")
        self.offset_y_spin.setMinimum(-1000.000000000000000)
        self.offset_y_spin.setMaximum(1000.000000000000000)
        self.offset_y_spin.setDecimals(2)
        self.offset_y_spin.setSingleStep(0.500000000000000)
        self.offset_y_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.offset_y_spin)

        self.form_layout_label_11 = QLabel(PlazaDialog)
        self.form_layout_label_11.setObjectName(u"form_layout_label_11")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.form_layout_label_11)

        self.opacity_spin = QDoubleSpinBox(PlazaDialog)
        self.opacity_spin.setObjectName(u"opacity_spin")
        self.opacity_spin.setMinimum(0.000000000000000)
        self.opacity_spin.setMaximum(1.000000000000000)
        self.opacity_spin.setDecimals(2)
        self.opacity_spin.setSingleStep(0.100000000000000)
        self.opacity_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.opacity_spin)

        self.error_label = QLabel(PlazaDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.form_layout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.error_label)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(PlazaDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.form_layout_label_0.setBuddy(self.name_edit)
        self.form_layout_label_1.setBuddy(self.width_spin)
        self.form_layout_label_2.setBuddy(self.depth_spin)
        self.form_layout_label_3.setBuddy(self.grid_spin)
        self.form_layout_label_4.setBuddy(self.north_check)
        self.form_layout_label_5.setBuddy(self.north_spin)
        self.form_layout_label_6.setBuddy(self.background_label)
        self.form_layout_label_7.setBuddy(self.background_buttons)
        self.form_layout_label_8.setBuddy(self.scale_spin)
        self.form_layout_label_9.setBuddy(self.offset_x_spin)
        self.form_layout_label_10.setBuddy(self.offset_y_spin)
        self.form_layout_label_11.setBuddy(self.opacity_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlazaDialog)

        QMetaObject.connectSlotsByName(PlazaDialog)
    # setupUi

    def retranslateUi(self, PlazaDialog):
        PlazaDialog.setWindowTitle(QCoreApplication.translate("PlazaDialog", u"\u573a\u5730\u8bbe\u7f6e", None))
        self.form_layout_label_0.setText(QCoreApplication.translate("PlazaDialog", u"\u540d\u79f0(&M)\uff1a", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PlazaDialog", u"\u5982 \u4e1c\u533a\u79d1\u6280\u5e7f\u573a", None))
        self.form_layout_label_1.setText(QCoreApplication.translate("PlazaDialog", u"\u5bbd\u5ea6(&W)\uff1a", None))
        self.width_spin.setSuffix(QCoreApplication.translate("PlazaDialog", u" \u7c73", None))
        self.form_layout_label_2.setText(QCoreApplication.translate("PlazaDialog", u"\u6df1\u5ea6(&D)\uff1a", None))
        self.depth_spin.setSuffix(QCoreApplication.translate("PlazaDialog", u" \u7c73", None))
        self.form_layout_label_3.setText(QCoreApplication.translate("PlazaDialog", u"\u7f51\u683c(&G)\uff1a", None))
        self.grid_spin.setSuffix(QCoreApplication.translate("PlazaDialog", u" \u7c73", None))
        self.form_layout_label_4.setText("")
        self.north_check.setText(QCoreApplication.translate("PlazaDialog", u"\u5728\u4f4d\u7f6e\u5206\u5e03\u56fe\u4e0a\u753b\u6307\u5317\u9488(&N)", None))
        self.form_layout_label_5.setText(QCoreApplication.translate("PlazaDialog", u"\u5317\u65b9\u5411(&A)\uff1a", None))
        self.north_spin.setSuffix(QCoreApplication.translate("PlazaDialog", u" \u5ea6\uff08\u987a\u65f6\u9488\uff0c0 \u4e3a\u56fe\u7684\u4e0a\u65b9\uff09", None))
        self.form_layout_label_6.setText(QCoreApplication.translate("PlazaDialog", u"\u5e95\u56fe\uff1a", None))
        self.background_label.setText(QCoreApplication.translate("PlazaDialog", u"\uff08\u65e0\uff09", None))
        self.form_layout_label_7.setText("")
        self.choose_background_button.setText(QCoreApplication.translate("PlazaDialog", u"\u9009\u62e9\u5e95\u56fe(&B)\u2026", None))
        self.clear_background_button.setText(QCoreApplication.translate("PlazaDialog", u"\u79fb\u9664\u5e95\u56fe(&R)", None))
        self.form_layout_label_8.setText(QCoreApplication.translate("PlazaDialog", u"\u5e95\u56fe\u6bd4\u4f8b(&S)\uff1a", None))
        self.scale_spin.setSuffix(QCoreApplication.translate("PlazaDialog", u" \u7c73/\u50cf\u7d20", None))
        self.form_layout_label_9.setText(QCoreApplication.translate("PlazaDialog", u"\u5e95\u56fe\u5de6\u4e0a\u89d2 X\uff1a", None))
        self.offset_x_spin.setSuffix(QCoreApplication.translate("PlazaDialog", u" \u7c73", None))
        self.form_layout_label_10.setText(QCoreApplication.translate("PlazaDialog", u"\u5e95\u56fe\u5de6\u4e0a\u89d2 Y\uff1a", None))
        self.offset_y_spin.setSuffix(QCoreApplication.translate("PlazaDialog", u" \u7c73", None))
        self.form_layout_label_11.setText(QCoreApplication.translate("PlazaDialog", u"\u4e0d\u900f\u660e\u5ea6(&O)\uff1a", None))
        self.error_label.setText("")
    # retranslateUi

