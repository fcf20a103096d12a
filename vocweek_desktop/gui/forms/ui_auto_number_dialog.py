# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'auto_number_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AutoNumberDialog(object):
    def setupUi(self, AutoNumberDialog):
        if not AutoNumberDialog.objectName():
            AutoNumberDialog.setObjectName(u"AutoNumberDialog")
        AutoNumberDialog.resize(380, 120)
        self.main_layout = QVBoxLayout(AutoNumberDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout_label_0 = QLabel(AutoNumberDialog)
        self.form_layout_label_0.setObjectName(u"form_layout_label_0")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.form_layout_label_0)

        self.prefix_edit = QLineEdit(AutoNumberDialog)
        self.prefix_edit.setObjectName(u"prefix_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefix_edit)

        self.form_layout_label_1 = QLabel(AutoNumberDialog)
        self.form_layout_label_1.setObjectName(u"form_layout_label_1")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.form_layout_label_1)

        self.start_spin = QSpinBox(AutoNumberDialog)
        self.start_spin.setObjectName(u"start_spin")
        self.start_spin.setMinimum(0)
        self.start_spin.setMaximum(9999)
        self.start_spin.setValue(1)
        self.start_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_spin)

        self.form_layout_label_2 = QLabel(AutoNumberDialog)
        self.form_layout_label_2.setObjectName(u"form_layout_label_2")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.form_layout_label_2)

        self.digits_spin = QSpinBox(AutoNumberDialog)
        self.digits_spin.setObjectName(u"digits_spin")
        self.digits_spin.setMinimum(1)
        self.digits_spin.setMaximum(5)
        self.digits_spin.setValue(2)
        self.digits_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.digits_spin)

        self.form_layout_label_3 = QLabel(AutoNumberDialog)
        self.form_layout_label_3.setObjectName(u"form_layout_label_3")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.form_layout_label_3)

        self.order_combo = QComboBox(AutoNumberDialog)
        self.order_combo.setObjectName(u"order_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.order_combo)

        self.form_layout_label_4 = QLabel(AutoNumberDialog)
        self.form_layout_label_4.setObjectName(u"form_layout_label_4")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.form_layout_label_4)

        self.preview_label = QLabel(AutoNumberDialog)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.preview_label)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(AutoNumberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.form_layout_label_0.setBuddy(self.prefix_edit)
        self.form_layout_label_1.setBuddy(self.start_spin)
        self.form_layout_label_2.setBuddy(self.digits_spin)
        self.form_layout_label_3.setBuddy(self.order_combo)
        self.form_layout_label_4.setBuddy(self.preview_label)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AutoNumberDialog)

        QMetaObject.connectSlotsByName(AutoNumberDialog)
    # setupUi

    def retranslateUi(self, AutoNumberDialog):
        AutoNumberDialog.setWindowTitle(QCoreApplication.translate("AutoNumberDialog", u"\u81ea\u52a8\u7f16\u53f7", None))
        self.form_layout_label_0.setText(QCoreApplication.translate("AutoNumberDialog", u"\u524d\u7f00(&P)\uff1a", None))
        self.prefix_edit.setPlaceholderText(QCoreApplication.translate("AutoNumberDialog", u"\u5982 A", None))
        self.form_layout_label_1.setText(QCoreApplication.translate("AutoNumberDialog", u"\u8d77\u59cb\u53f7(&S)\uff1a", None))
        self.form_layout_label_2.setText(QCoreApplication.translate("AutoNumberDialog", u"\u4f4d\u6570(&W)\uff1a", None))
        self.digits_spin.setSuffix(QCoreApplication.translate("AutoNumberDialog", u" \u4f4d", None))
        self.form_layout_label_3.setText(QCoreApplication.translate("AutoNumberDialog", u"\u987a\u5e8f(&O)\uff1a", None))
        self.form_layout_label_4.setText(QCoreApplication.translate("AutoNumberDialog", u"\u9884\u89c8\uff1a", None))
        self.preview_label.setText("")
    # retranslateUi

