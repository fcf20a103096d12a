# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extension_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog):
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        ExtensionDialog.resize(480, 240)
        self.main_layout = QVBoxLayout(ExtensionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(ExtensionDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.until_label = QLabel(ExtensionDialog)
        self.until_label.setObjectName(u"until_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.until_label)

        self.until_edit = QDateTimeEdit(ExtensionDialog)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.until_edit)

        self.reason_label = QLabel(ExtensionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(ExtensionDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ExtensionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.remove_button = QPushButton(ExtensionDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_layout.addWidget(self.remove_button)

        self.button_box = QDialogButtonBox(ExtensionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.until_label.setBuddy(self.until_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExtensionDialog)

        QMetaObject.connectSlotsByName(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog):
        ExtensionDialog.setWindowTitle(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f", None))
        self.info_label.setText("")
        self.until_label.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u81f3 *", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("ExtensionDialog", u"yyyy-MM-dd HH:mm", None))
        self.reason_label.setText(QCoreApplication.translate("ExtensionDialog", u"\u539f\u56e0 *", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"\u5982\uff1a\u5b66\u9662\u8d1f\u8d23\u4eba\u5916\u51fa\u57f9\u8bad", None))
        self.error_label.setText("")
        self.remove_button.setText(QCoreApplication.translate("ExtensionDialog", u"\u53d6\u6d88\u5ef6\u671f", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("ExtensionDialog", u"\u6536\u56de\u5df2\u6279\u51c6\u7684\u5ef6\u671f\uff0c\u6309\u539f\u622a\u6b62\u65f6\u95f4\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

