# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'department_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DepartmentDialog(object):
    def setupUi(self, DepartmentDialog):
        if not DepartmentDialog.objectName():
            DepartmentDialog.setObjectName(u"DepartmentDialog")
        DepartmentDialog.resize(520, 380)
        self.main_layout = QVBoxLayout(DepartmentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(DepartmentDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(DepartmentDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.duty_label = QLabel(DepartmentDialog)
        self.duty_label.setObjectName(u"duty_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.duty_label)

        self.duty_edit = QPlainTextEdit(DepartmentDialog)
        self.duty_edit.setObjectName(u"duty_edit")
        self.duty_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.duty_edit)

        self.head_label = QLabel(DepartmentDialog)
        self.head_label.setObjectName(u"head_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.head_label)

        self.head_edit = QLineEdit(DepartmentDialog)
        self.head_edit.setObjectName(u"head_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.head_edit)

        self.need_key_label = QLabel(DepartmentDialog)
        self.need_key_label.setObjectName(u"need_key_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.need_key_label)

        self.need_key_combo = QComboBox(DepartmentDialog)
        self.need_key_combo.setObjectName(u"need_key_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.need_key_combo)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(DepartmentDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DepartmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.duty_label.setBuddy(self.duty_edit)
        self.head_label.setBuddy(self.head_edit)
        self.need_key_label.setBuddy(self.need_key_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.duty_edit)
        QWidget.setTabOrder(self.duty_edit, self.head_edit)
        QWidget.setTabOrder(self.head_edit, self.need_key_combo)

        self.retranslateUi(DepartmentDialog)

        QMetaObject.connectSlotsByName(DepartmentDialog)
    # setupUi

    def retranslateUi(self, DepartmentDialog):
        DepartmentDialog.setWindowTitle(QCoreApplication.translate("DepartmentDialog", u"\u90e8\u95e8", None))
        self.name_label.setText(QCoreApplication.translate("DepartmentDialog", u"\u90e8\u95e8 *", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u5982\uff1a\u6559\u52a1\u5904", None))
        self.duty_label.setText(QCoreApplication.translate("DepartmentDialog", u"\u804c\u8d23", None))
        self.duty_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u672c\u90e8\u95e8\u5728\u6d3b\u52a8\u5468\u4e2d\u7684\u804c\u8d23", None))
        self.head_label.setText(QCoreApplication.translate("DepartmentDialog", u"\u8d1f\u8d23\u4eba", None))
        self.head_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u59d3\u540d\uff0c\u6216\u804c\u52a1\uff08\u5982\uff1a\u9662\u957f\u3001\u4e66\u8bb0\uff09", None))
        self.need_key_label.setText(QCoreApplication.translate("DepartmentDialog", u"\u627f\u63a5\u6d3b\u52a8\u9700\u6c42", None))
#if QT_CONFIG(tooltip)
        self.need_key_combo.setToolTip(QCoreApplication.translate("DepartmentDialog", u"\u6d3b\u52a8\u62a5\u540d\u4e2d\u52fe\u9009\u7684\u8fd9\u9879\u9700\u6c42\uff0c\u8f6c\u7531\u672c\u90e8\u95e8\u4fdd\u969c", None))
#endif // QT_CONFIG(tooltip)
        self.error_label.setText("")
    # retranslateUi

