# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TemplateDialog(object):
    def setupUi(self, TemplateDialog):
        if not TemplateDialog.objectName():
            TemplateDialog.setObjectName(u"TemplateDialog")
        TemplateDialog.resize(560, 120)
        self.mainLayout = QVBoxLayout(TemplateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(TemplateDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.choiceLayout = QGridLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.oneRadio = QRadioButton(TemplateDialog)
        self.oneRadio.setObjectName(u"oneRadio")
        self.oneRadio.setChecked(True)

        self.choiceLayout.addWidget(self.oneRadio, 0, 0, 1, 1)

        self.collegeCombo = QComboBox(TemplateDialog)
        self.collegeCombo.setObjectName(u"collegeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.collegeCombo.sizePolicy().hasHeightForWidth())
        self.collegeCombo.setSizePolicy(sizePolicy)

        self.choiceLayout.addWidget(self.collegeCombo, 0, 1, 1, 1)

        self.allRadio = QRadioButton(TemplateDialog)
        self.allRadio.setObjectName(u"allRadio")

        self.choiceLayout.addWidget(self.allRadio, 1, 0, 1, 2)


        self.mainLayout.addLayout(self.choiceLayout)

        self.outLayout = QHBoxLayout()
        self.outLayout.setObjectName(u"outLayout")
        self.outCaption = QLabel(TemplateDialog)
        self.outCaption.setObjectName(u"outCaption")

        self.outLayout.addWidget(self.outCaption)

        self.outEdit = QLineEdit(TemplateDialog)
        self.outEdit.setObjectName(u"outEdit")

        self.outLayout.addWidget(self.outEdit)

        self.browseButton = QPushButton(TemplateDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.outLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.outLayout)

        self.errorLabel = QLabel(TemplateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(TemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.outCaption.setBuddy(self.outEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplateDialog)

        QMetaObject.connectSlotsByName(TemplateDialog)
    # setupUi

    def retranslateUi(self, TemplateDialog):
        TemplateDialog.setWindowTitle(QCoreApplication.translate("TemplateDialog", u"\u751f\u6210\u6d3b\u52a8\u4fe1\u606f\u8868", None))
        self.hintLabel.setText(QCoreApplication.translate("TemplateDialog", u"\u4e3a\u5b66\u9662\u751f\u6210\u9644\u4ef61 \u6d3b\u52a8\u4fe1\u606f\u8868\uff08\u5df2\u586b\u597d\u5e74\u5ea6\u3001\u5b66\u9662\u540d\u79f0\u548c\u8be5\u5b66\u9662\u5df2\u767b\u8bb0\u7684\u6d3b\u52a8\uff0c\u5e26\u4e0b\u62c9\u9009\u9879\u548c\u793a\u4f8b\u884c\uff09\uff0c\u53d1\u7ed9\u5b66\u9662\u586b\u5199\u540e\u518d\u5bfc\u5165\u3002", None))
        self.oneRadio.setText(QCoreApplication.translate("TemplateDialog", u"\u4e00\u4e2a\u5b66\u9662\uff1a", None))
        self.allRadio.setText(QCoreApplication.translate("TemplateDialog", u"\u5168\u90e8\u5b66\u9662\uff08\u6bcf\u4e2a\u5b66\u9662\u4e00\u4e2a\u6587\u4ef6\uff0c\u4fdd\u5b58\u5230\u4e00\u4e2a\u6587\u4ef6\u5939\uff09", None))
        self.outCaption.setText(QCoreApplication.translate("TemplateDialog", u"\u4fdd\u5b58\u5230\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("TemplateDialog", u"\u6d4f\u89c8\u2026", None))
    # retranslateUi

