# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edition_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_EditionDialog(object):
    def setupUi(self, EditionDialog):
        if not EditionDialog.objectName():
            EditionDialog.setObjectName(u"EditionDialog")
        EditionDialog.resize(860, 600)
        self.mainLayout = QVBoxLayout(EditionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.basicGroup = QGroupBox(EditionDialog)
        self.basicGroup.setObjectName(u"basicGroup")
        self.basicForm = QFormLayout(self.basicGroup)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.basicForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.yearLabel = QLabel(self.basicGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.basicGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.yearSpin.sizePolicy().hasHeightForWidth())
        self.yearSpin.setSizePolicy(sizePolicy)
        self.yearSpin.setMinimumSize(QSize(100, 0))
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.titleLabel = QLabel(self.basicGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.basicGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.themeLabel = QLabel(self.basicGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeEdit = QLineEdit(self.basicGroup)
        self.themeEdit.setObjectName(u"themeEdit")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themeEdit)

        self.docNumberLabel = QLabel(self.basicGroup)
        self.docNumberLabel.setObjectName(u"docNumberLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.docNumberLabel)

        self.docNumberEdit = QLineEdit(self.basicGroup)
        self.docNumberEdit.setObjectName(u"docNumberEdit")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.docNumberEdit)

        self.schoolNameLabel = QLabel(self.basicGroup)
        self.schoolNameLabel.setObjectName(u"schoolNameLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.schoolNameLabel)

        self.schoolNameEdit = QLineEdit(self.basicGroup)
        self.schoolNameEdit.setObjectName(u"schoolNameEdit")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.schoolNameEdit)

        self.officeNameLabel = QLabel(self.basicGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.basicGroup)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)


        self.leftColumn.addWidget(self.basicGroup)

        self.awardGroup = QGroupBox(EditionDialog)
        self.awardGroup.setObjectName(u"awardGroup")
        self.awardForm = QFormLayout(self.awardGroup)
        self.awardForm.setObjectName(u"awardForm")
        self.awardForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.awardForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.awardNameLabel = QLabel(self.awardGroup)
        self.awardNameLabel.setObjectName(u"awardNameLabel")

        self.awardForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.awardNameLabel)

        self.awardNameEdit = QLineEdit(self.awardGroup)
        self.awardNameEdit.setObjectName(u"awardNameEdit")

        self.awardForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.awardNameEdit)

        self.awardQuotaLabel = QLabel(self.awardGroup)
        self.awardQuotaLabel.setObjectName(u"awardQuotaLabel")

        self.awardForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.awardQuotaLabel)

        self.awardQuotaRow = QHBoxLayout()
        self.awardQuotaRow.setObjectName(u"awardQuotaRow")
        self.awardQuotaSpin = QSpinBox(self.awardGroup)
        self.awardQuotaSpin.setObjectName(u"awardQuotaSpin")
        self.awardQuotaSpin.setMinimum(0)
        self.awardQuotaSpin.setMaximum(99)

        self.awardQuotaRow.addWidget(self.awardQuotaSpin)

        self.awardQuotaSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.awardQuotaRow.addItem(self.awardQuotaSpacer)


        self.awardForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.awardQuotaRow)


        self.leftColumn.addWidget(self.awardGroup)

        self.leftSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.datesGroup = QGroupBox(EditionDialog)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesForm = QFormLayout(self.datesGroup)
        self.datesForm.setObjectName(u"datesForm")
        self.datesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.datesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.weekLabel = QLabel(self.datesGroup)
        self.weekLabel.setObjectName(u"weekLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekRow = QHBoxLayout()
        self.weekRow.setObjectName(u"weekRow")
        self.weekStartEdit = QDateEdit(self.datesGroup)
        self.weekStartEdit.setObjectName(u"weekStartEdit")
        self.weekStartEdit.setCalendarPopup(True)

        self.weekRow.addWidget(self.weekStartEdit)

        self.weekToLabel = QLabel(self.datesGroup)
        self.weekToLabel.setObjectName(u"weekToLabel")

        self.weekRow.addWidget(self.weekToLabel)

        self.weekEndEdit = QDateEdit(self.datesGroup)
        self.weekEndEdit.setObjectName(u"weekEndEdit")
        self.weekEndEdit.setCalendarPopup(True)

        self.weekRow.addWidget(self.weekEndEdit)

        self.weekSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekRow.addItem(self.weekSpacer)


        self.datesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.weekRow)

        self.weekInfoLabel = QLabel(self.datesGroup)
        self.weekInfoLabel.setObjectName(u"weekInfoLabel")
        self.weekInfoLabel.setText(u"")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weekInfoLabel)

        self.showcaseDateLabel = QLabel(self.datesGroup)
        self.showcaseDateLabel.setObjectName(u"showcaseDateLabel")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.showcaseDateLabel)

        self.showcaseDateRow = QHBoxLayout()
        self.showcaseDateRow.setObjectName(u"showcaseDateRow")
        self.showcaseDateEdit = QDateEdit(self.datesGroup)
        self.showcaseDateEdit.setObjectName(u"showcaseDateEdit")
        self.showcaseDateEdit.setCalendarPopup(True)

        self.showcaseDateRow.addWidget(self.showcaseDateEdit)

        self.showcaseDateUnsetCheck = QCheckBox(self.datesGroup)
        self.showcaseDateUnsetCheck.setObjectName(u"showcaseDateUnsetCheck")

        self.showcaseDateRow.addWidget(self.showcaseDateUnsetCheck)

        self.showcaseDateSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.showcaseDateRow.addItem(self.showcaseDateSpacer)


        self.datesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.showcaseDateRow)

        self.showcaseTimeLabel = QLabel(self.datesGroup)
        self.showcaseTimeLabel.setObjectName(u"showcaseTimeLabel")

        self.datesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.showcaseTimeLabel)

        self.showcaseTimeRow = QHBoxLayout()
        self.showcaseTimeRow.setObjectName(u"showcaseTimeRow")
        self.showcaseStartEdit = QTimeEdit(self.datesGroup)
        self.showcaseStartEdit.setObjectName(u"showcaseStartEdit")

        self.showcaseTimeRow.addWidget(self.showcaseStartEdit)

        self.showcaseToLabel = QLabel(self.datesGroup)
        self.showcaseToLabel.setObjectName(u"showcaseToLabel")

        self.showcaseTimeRow.addWidget(self.showcaseToLabel)

        self.showcaseEndEdit = QTimeEdit(self.datesGroup)
        self.showcaseEndEdit.setObjectName(u"showcaseEndEdit")

        self.showcaseTimeRow.addWidget(self.showcaseEndEdit)

        self.showcaseTimeUnsetCheck = QCheckBox(self.datesGroup)
        self.showcaseTimeUnsetCheck.setObjectName(u"showcaseTimeUnsetCheck")

        self.showcaseTimeRow.addWidget(self.showcaseTimeUnsetCheck)

        self.showcaseTimeSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.showcaseTimeRow.addItem(self.showcaseTimeSpacer)


        self.datesForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.showcaseTimeRow)

        self.showcaseVenueLabel = QLabel(self.datesGroup)
        self.showcaseVenueLabel.setObjectName(u"showcaseVenueLabel")

        self.datesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.showcaseVenueLabel)

        self.showcaseVenueEdit = QLineEdit(self.datesGroup)
        self.showcaseVenueEdit.setObjectName(u"showcaseVenueEdit")

        self.datesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.showcaseVenueEdit)


        self.rightColumn.addWidget(self.datesGroup)

        self.deadlinesGroup = QGroupBox(EditionDialog)
        self.deadlinesGroup.setObjectName(u"deadlinesGroup")
        self.deadlinesForm = QFormLayout(self.deadlinesGroup)
        self.deadlinesForm.setObjectName(u"deadlinesForm")
        self.deadlinesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.deadlinesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.registrationDeadlineLabel = QLabel(self.deadlinesGroup)
        self.registrationDeadlineLabel.setObjectName(u"registrationDeadlineLabel")

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registrationDeadlineLabel)

        self.registrationDeadlineRow = QHBoxLayout()
        self.registrationDeadlineRow.setObjectName(u"registrationDeadlineRow")
        self.registrationDeadlineEdit = QDateTimeEdit(self.deadlinesGroup)
        self.registrationDeadlineEdit.setObjectName(u"registrationDeadlineEdit")
        self.registrationDeadlineEdit.setCalendarPopup(True)

        self.registrationDeadlineRow.addWidget(self.registrationDeadlineEdit)

        self.registrationDeadlineUnsetCheck = QCheckBox(self.deadlinesGroup)
        self.registrationDeadlineUnsetCheck.setObjectName(u"registrationDeadlineUnsetCheck")

        self.registrationDeadlineRow.addWidget(self.registrationDeadlineUnsetCheck)

        self.registrationDeadlineSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registrationDeadlineRow.addItem(self.registrationDeadlineSpacer)


        self.deadlinesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.registrationDeadlineRow)

        self.reportDeadlineLabel = QLabel(self.deadlinesGroup)
        self.reportDeadlineLabel.setObjectName(u"reportDeadlineLabel")

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportDeadlineLabel)

        self.reportDeadlineRow = QHBoxLayout()
        self.reportDeadlineRow.setObjectName(u"reportDeadlineRow")
        self.reportDeadlineEdit = QDateTimeEdit(self.deadlinesGroup)
        self.reportDeadlineEdit.setObjectName(u"reportDeadlineEdit")
        self.reportDeadlineEdit.setCalendarPopup(True)

        self.reportDeadlineRow.addWidget(self.reportDeadlineEdit)

        self.reportDeadlineUnsetCheck = QCheckBox(self.deadlinesGroup)
        self.reportDeadlineUnsetCheck.setObjectName(u"reportDeadlineUnsetCheck")

        self.reportDeadlineRow.addWidget(self.reportDeadlineUnsetCheck)

        self.reportDeadlineSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportDeadlineRow.addItem(self.reportDeadlineSpacer)


        self.deadlinesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reportDeadlineRow)


        self.rightColumn.addWidget(self.deadlinesGroup)

        self.rightSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columnsLayout)

        self.contactsGroup = QGroupBox(EditionDialog)
        self.contactsGroup.setObjectName(u"contactsGroup")
        self.contactsLayout = QHBoxLayout(self.contactsGroup)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsTable = QTableWidget(self.contactsGroup)
        if (self.contactsTable.columnCount() < 3):
            self.contactsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contactsTable.setColumnCount(3)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtons = QVBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(self.contactsGroup)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsGroup)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.contactButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactButtons.addItem(self.contactButtonsSpacer)


        self.contactsLayout.addLayout(self.contactButtons)


        self.mainLayout.addWidget(self.contactsGroup)

        self.errorLabel = QLabel(EditionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EditionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.titleLabel.setBuddy(self.titleEdit)
        self.themeLabel.setBuddy(self.themeEdit)
        self.docNumberLabel.setBuddy(self.docNumberEdit)
        self.schoolNameLabel.setBuddy(self.schoolNameEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.awardNameLabel.setBuddy(self.awardNameEdit)
        self.awardQuotaLabel.setBuddy(self.awardQuotaSpin)
        self.weekLabel.setBuddy(self.weekStartEdit)
        self.showcaseDateLabel.setBuddy(self.showcaseDateEdit)
        self.showcaseTimeLabel.setBuddy(self.showcaseStartEdit)
        self.showcaseVenueLabel.setBuddy(self.showcaseVenueEdit)
        self.registrationDeadlineLabel.setBuddy(self.registrationDeadlineEdit)
        self.reportDeadlineLabel.setBuddy(self.reportDeadlineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.themeEdit)
        QWidget.setTabOrder(self.themeEdit, self.docNumberEdit)
        QWidget.setTabOrder(self.docNumberEdit, self.schoolNameEdit)
        QWidget.setTabOrder(self.schoolNameEdit, self.officeNameEdit)
        QWidget.setTabOrder(self.officeNameEdit, self.awardNameEdit)
        QWidget.setTabOrder(self.awardNameEdit, self.awardQuotaSpin)
        QWidget.setTabOrder(self.awardQuotaSpin, self.weekStartEdit)
        QWidget.setTabOrder(self.weekStartEdit, self.weekEndEdit)
        QWidget.setTabOrder(self.weekEndEdit, self.showcaseDateEdit)
        QWidget.setTabOrder(self.showcaseDateEdit, self.showcaseDateUnsetCheck)
        QWidget.setTabOrder(self.showcaseDateUnsetCheck, self.showcaseStartEdit)
        QWidget.setTabOrder(self.showcaseStartEdit, self.showcaseEndEdit)
        QWidget.setTabOrder(self.showcaseEndEdit, self.showcaseTimeUnsetCheck)
        QWidget.setTabOrder(self.showcaseTimeUnsetCheck, self.showcaseVenueEdit)
        QWidget.setTabOrder(self.showcaseVenueEdit, self.registrationDeadlineEdit)
        QWidget.setTabOrder(self.registrationDeadlineEdit, self.registrationDeadlineUnsetCheck)
        QWidget.setTabOrder(self.registrationDeadlineUnsetCheck, self.reportDeadlineEdit)
        QWidget.setTabOrder(self.reportDeadlineEdit, self.reportDeadlineUnsetCheck)
        QWidget.setTabOrder(self.reportDeadlineUnsetCheck, self.contactsTable)
        QWidget.setTabOrder(self.contactsTable, self.addContactButton)
        QWidget.setTabOrder(self.addContactButton, self.removeContactButton)

        self.retranslateUi(EditionDialog)
        self.buttonBox.accepted.connect(EditionDialog.accept)
        self.buttonBox.rejected.connect(EditionDialog.reject)

        QMetaObject.connectSlotsByName(EditionDialog)
    # setupUi

    def retranslateUi(self, EditionDialog):
        EditionDialog.setWindowTitle(QCoreApplication.translate("EditionDialog", u"\u6d3b\u52a8\u5468\u8bbe\u7f6e", None))
        self.basicGroup.setTitle(QCoreApplication.translate("EditionDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.yearLabel.setText(QCoreApplication.translate("EditionDialog", u"\u5e74\u5ea6\uff1a", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("EditionDialog", u" \u5e74", None))
        self.titleLabel.setText(QCoreApplication.translate("EditionDialog", u"\u6807\u9898\uff1a", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"\u5982 2024\u5e74\u804c\u4e1a\u6559\u80b2\u6d3b\u52a8\u5468", None))
        self.themeLabel.setText(QCoreApplication.translate("EditionDialog", u"\u6d3b\u52a8\u4e3b\u9898\uff1a", None))
        self.docNumberLabel.setText(QCoreApplication.translate("EditionDialog", u"\u6587\u53f7\uff1a", None))
        self.docNumberEdit.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"\u5982 \u5ddd\u79d1\u6559\u53d1\u30142024\u301526\u53f7", None))
        self.schoolNameLabel.setText(QCoreApplication.translate("EditionDialog", u"\u5b66\u6821\u540d\u79f0\uff1a", None))
        self.officeNameLabel.setText(QCoreApplication.translate("EditionDialog", u"\u53d1\u6587\u90e8\u95e8\uff1a", None))
        self.awardGroup.setTitle(QCoreApplication.translate("EditionDialog", u"\u8bc4\u5956", None))
        self.awardNameLabel.setText(QCoreApplication.translate("EditionDialog", u"\u5956\u9879\u540d\u79f0\uff1a", None))
        self.awardQuotaLabel.setText(QCoreApplication.translate("EditionDialog", u"\u83b7\u5956\u540d\u989d\uff1a", None))
        self.awardQuotaSpin.setSuffix(QCoreApplication.translate("EditionDialog", u" \u4e2a\u5355\u4f4d", None))
        self.datesGroup.setTitle(QCoreApplication.translate("EditionDialog", u"\u65e5\u671f\u4e0e\u5730\u70b9", None))
        self.weekLabel.setText(QCoreApplication.translate("EditionDialog", u"\u6d3b\u52a8\u5468\uff1a", None))
#if QT_CONFIG(tooltip)
        self.weekStartEdit.setToolTip(QCoreApplication.translate("EditionDialog", u"\u6d3b\u52a8\u5468\u9996\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.weekStartEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"yyyy-MM-dd ddd", None))
        self.weekToLabel.setText(QCoreApplication.translate("EditionDialog", u"\u81f3", None))
#if QT_CONFIG(tooltip)
        self.weekEndEdit.setToolTip(QCoreApplication.translate("EditionDialog", u"\u6d3b\u52a8\u5468\u672b\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.weekEndEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"yyyy-MM-dd ddd", None))
        self.showcaseDateLabel.setText(QCoreApplication.translate("EditionDialog", u"\u96c6\u4e2d\u5c55\u793a\u65e5\uff1a", None))
        self.showcaseDateEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"yyyy-MM-dd ddd", None))
#if QT_CONFIG(tooltip)
        self.showcaseDateUnsetCheck.setToolTip(QCoreApplication.translate("EditionDialog", u"\u52fe\u9009\u540e\u4e0d\u8bbe\u96c6\u4e2d\u5c55\u793a\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.showcaseDateUnsetCheck.setText(QCoreApplication.translate("EditionDialog", u"\u5f85\u5b9a", None))
        self.showcaseTimeLabel.setText(QCoreApplication.translate("EditionDialog", u"\u5c55\u793a\u65f6\u95f4\uff1a", None))
#if QT_CONFIG(tooltip)
        self.showcaseStartEdit.setToolTip(QCoreApplication.translate("EditionDialog", u"\u5c55\u793a\u5f00\u59cb\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.showcaseStartEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"HH:mm", None))
        self.showcaseToLabel.setText(QCoreApplication.translate("EditionDialog", u"\u81f3", None))
#if QT_CONFIG(tooltip)
        self.showcaseEndEdit.setToolTip(QCoreApplication.translate("EditionDialog", u"\u5c55\u793a\u7ed3\u675f\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.showcaseEndEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"HH:mm", None))
#if QT_CONFIG(tooltip)
        self.showcaseTimeUnsetCheck.setToolTip(QCoreApplication.translate("EditionDialog", u"\u52fe\u9009\u540e\u4e0d\u8bbe\u5c55\u793a\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.showcaseTimeUnsetCheck.setText(QCoreApplication.translate("EditionDialog", u"\u5f85\u5b9a", None))
        self.showcaseVenueLabel.setText(QCoreApplication.translate("EditionDialog", u"\u5c55\u793a\u5730\u70b9\uff1a", None))
        self.showcaseVenueEdit.setPlaceholderText(QCoreApplication.translate("EditionDialog", u"\u5982 \u4e1c\u533a\u79d1\u6280\u5e7f\u573a", None))
        self.deadlinesGroup.setTitle(QCoreApplication.translate("EditionDialog", u"\u622a\u6b62\u65f6\u95f4", None))
        self.registrationDeadlineLabel.setText(QCoreApplication.translate("EditionDialog", u"\u62a5\u540d\u622a\u6b62\uff1a", None))
#if QT_CONFIG(tooltip)
        self.registrationDeadlineEdit.setToolTip(QCoreApplication.translate("EditionDialog", u"\u5404\u5b66\u9662\u62a5\u9001\u6d3b\u52a8\u4fe1\u606f\u8868\uff08\u9644\u4ef61\uff09\u7684\u622a\u6b62\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.registrationDeadlineEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"yyyy-MM-dd ddd HH:mm", None))
#if QT_CONFIG(tooltip)
        self.registrationDeadlineUnsetCheck.setToolTip(QCoreApplication.translate("EditionDialog", u"\u52fe\u9009\u540e\u4e0d\u8bbe\u62a5\u540d\u622a\u6b62\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.registrationDeadlineUnsetCheck.setText(QCoreApplication.translate("EditionDialog", u"\u5f85\u5b9a", None))
        self.reportDeadlineLabel.setText(QCoreApplication.translate("EditionDialog", u"\u603b\u7ed3\u6750\u6599\u622a\u6b62\uff1a", None))
#if QT_CONFIG(tooltip)
        self.reportDeadlineEdit.setToolTip(QCoreApplication.translate("EditionDialog", u"\u603b\u7ed3\u62a5\u544a\u3001\u60c5\u51b5\u7edf\u8ba1\u8868\uff08\u9644\u4ef62\uff09\u548c\u65b0\u95fb\u7d20\u6750\u7684\u62a5\u9001\u622a\u6b62\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.reportDeadlineEdit.setDisplayFormat(QCoreApplication.translate("EditionDialog", u"yyyy-MM-dd ddd HH:mm", None))
#if QT_CONFIG(tooltip)
        self.reportDeadlineUnsetCheck.setToolTip(QCoreApplication.translate("EditionDialog", u"\u52fe\u9009\u540e\u4e0d\u8bbe\u603b\u7ed3\u6750\u6599\u622a\u6b62\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.reportDeadlineUnsetCheck.setText(QCoreApplication.translate("EditionDialog", u"\u5f85\u5b9a", None))
        self.contactsGroup.setTitle(QCoreApplication.translate("EditionDialog", u"\u8054\u7cfb\u4eba", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EditionDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EditionDialog", u"\u7535\u8bdd", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EditionDialog", u"\u7535\u5b50\u90ae\u7bb1", None))
        self.addContactButton.setText(QCoreApplication.translate("EditionDialog", u"\u6dfb\u52a0", None))
        self.removeContactButton.setText(QCoreApplication.translate("EditionDialog", u"\u5220\u9664", None))
    # retranslateUi

