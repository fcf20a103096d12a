# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_edition_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_NewEditionDialog(object):
    def setupUi(self, NewEditionDialog):
        if not NewEditionDialog.objectName():
            NewEditionDialog.setObjectName(u"NewEditionDialog")
        NewEditionDialog.resize(560, 280)
        self.mainLayout = QVBoxLayout(NewEditionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.yearForm = QFormLayout()
        self.yearForm.setObjectName(u"yearForm")
        self.yearForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.yearLabel = QLabel(NewEditionDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearSpin = QSpinBox(NewEditionDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearRow.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.yearForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.yearRow)


        self.mainLayout.addLayout(self.yearForm)

        self.sourceGroup = QGroupBox(NewEditionDialog)
        self.sourceGroup.setObjectName(u"sourceGroup")
        self.sourceLayout = QGridLayout(self.sourceGroup)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.defaultsRadio = QRadioButton(self.sourceGroup)
        self.defaultsRadio.setObjectName(u"defaultsRadio")

        self.sourceLayout.addWidget(self.defaultsRadio, 0, 0, 1, 3)

        self.defaultsHint = QLabel(self.sourceGroup)
        self.defaultsHint.setObjectName(u"defaultsHint")
        self.defaultsHint.setWordWrap(True)

        self.sourceLayout.addWidget(self.defaultsHint, 1, 1, 1, 2)

        self.copyRadio = QRadioButton(self.sourceGroup)
        self.copyRadio.setObjectName(u"copyRadio")

        self.sourceLayout.addWidget(self.copyRadio, 2, 0, 1, 2)

        self.sourceCombo = QComboBox(self.sourceGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceLayout.addWidget(self.sourceCombo, 2, 2, 1, 1)

        self.copyHint = QLabel(self.sourceGroup)
        self.copyHint.setObjectName(u"copyHint")
        self.copyHint.setWordWrap(True)

        self.sourceLayout.addWidget(self.copyHint, 3, 1, 1, 2)

        self.indentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.sourceLayout.addItem(self.indentSpacer, 1, 0, 1, 1)

        self.sourceLayout.setColumnStretch(2, 1)

        self.mainLayout.addWidget(self.sourceGroup)

        self.errorLabel = QLabel(NewEditionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(NewEditionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.defaultsRadio)
        QWidget.setTabOrder(self.defaultsRadio, self.copyRadio)
        QWidget.setTabOrder(self.copyRadio, self.sourceCombo)

        self.retranslateUi(NewEditionDialog)
        self.buttonBox.accepted.connect(NewEditionDialog.accept)
        self.buttonBox.rejected.connect(NewEditionDialog.reject)

        QMetaObject.connectSlotsByName(NewEditionDialog)
    # setupUi

    def retranslateUi(self, NewEditionDialog):
        NewEditionDialog.setWindowTitle(QCoreApplication.translate("NewEditionDialog", u"\u65b0\u5efa\u5e74\u5ea6", None))
        self.yearLabel.setText(QCoreApplication.translate("NewEditionDialog", u"\u65b0\u5e74\u5ea6\uff1a", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("NewEditionDialog", u" \u5e74", None))
        self.sourceGroup.setTitle(QCoreApplication.translate("NewEditionDialog", u"\u65b0\u5e74\u5ea6\u7684\u5185\u5bb9", None))
        self.defaultsRadio.setText(QCoreApplication.translate("NewEditionDialog", u"\u4f7f\u7528\u901a\u77e5\u9ed8\u8ba4\u503c", None))
        self.defaultsHint.setText(QCoreApplication.translate("NewEditionDialog", u"\u63092024\u5e74\u901a\u77e5\u7684\u8bbe\u7f6e\u3001\u90e8\u95e8\u804c\u8d23\u3001\u9886\u5bfc\u5c0f\u7ec4\u548c\u8054\u7cfb\u4eba\u5efa\u7acb\uff0c\u65e5\u671f\u79fb\u5230\u65b0\u5e74\u5ea6\uff1b\u4e0d\u542b\u5b66\u9662\u3002", None))
        self.copyRadio.setText(QCoreApplication.translate("NewEditionDialog", u"\u590d\u5236\u5df2\u6709\u5e74\u5ea6\uff1a", None))
        self.copyHint.setText(QCoreApplication.translate("NewEditionDialog", u"\u590d\u5236\u6240\u9009\u5e74\u5ea6\u7684\u8bbe\u7f6e\u3001\u5b66\u9662\u3001\u90e8\u95e8\u804c\u8d23\u3001\u9886\u5bfc\u5c0f\u7ec4\u548c\u8054\u7cfb\u4eba\uff0c\u65e5\u671f\u79fb\u5230\u65b0\u5e74\u5ea6\uff082\u670829\u65e5\u6539\u4e3a2\u670828\u65e5\uff09\uff1b\u6d3b\u52a8\u62a5\u540d\u7b49\u5176\u4ed6\u6570\u636e\u4e0d\u590d\u5236\u3002", None))
    # retranslateUi

