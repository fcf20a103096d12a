# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(1000, 700)
        self.mainLayout = QVBoxLayout(ImportPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.factsLayout = QFormLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fileCaption = QLabel(ImportPreviewDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLabel = QLabel(ImportPreviewDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileLabel)

        self.sheetCaption = QLabel(ImportPreviewDialog)
        self.sheetCaption.setObjectName(u"sheetCaption")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetCaption)

        self.sheetLabel = QLabel(ImportPreviewDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetLabel)

        self.collegeCaption = QLabel(ImportPreviewDialog)
        self.collegeCaption.setObjectName(u"collegeCaption")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collegeCaption)

        self.collegeLayout = QHBoxLayout()
        self.collegeLayout.setObjectName(u"collegeLayout")
        self.collegeCombo = QComboBox(ImportPreviewDialog)
        self.collegeCombo.setObjectName(u"collegeCombo")
        self.collegeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.collegeLayout.addWidget(self.collegeCombo)

        self.collegeLabel = QLabel(ImportPreviewDialog)
        self.collegeLabel.setObjectName(u"collegeLabel")
        self.collegeLabel.setWordWrap(True)

        self.collegeLayout.addWidget(self.collegeLabel)

        self.collegeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.collegeLayout.addItem(self.collegeSpacer)


        self.factsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.collegeLayout)

        self.receivedCaption = QLabel(ImportPreviewDialog)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedLayout = QHBoxLayout()
        self.receivedLayout.setObjectName(u"receivedLayout")
        self.receivedEdit = QDateTimeEdit(ImportPreviewDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.receivedLayout.addWidget(self.receivedEdit)

        self.receivedHint = QLabel(ImportPreviewDialog)
        self.receivedHint.setObjectName(u"receivedHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receivedHint.sizePolicy().hasHeightForWidth())
        self.receivedHint.setSizePolicy(sizePolicy)
        self.receivedHint.setWordWrap(True)

        self.receivedLayout.addWidget(self.receivedHint)


        self.factsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.receivedLayout)


        self.mainLayout.addLayout(self.factsLayout)

        self.warningLabel = QLabel(ImportPreviewDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.warningLabel)

        self.summaryLabel = QLabel(ImportPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tabWidget = QTabWidget(ImportPreviewDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.addedTab = QWidget()
        self.addedTab.setObjectName(u"addedTab")
        self.addedLayout = QVBoxLayout(self.addedTab)
        self.addedLayout.setObjectName(u"addedLayout")
        self.addedView = QTableView(self.addedTab)
        self.addedView.setObjectName(u"addedView")

        self.addedLayout.addWidget(self.addedView)

        self.tabWidget.addTab(self.addedTab, "")
        self.updatedTab = QWidget()
        self.updatedTab.setObjectName(u"updatedTab")
        self.updatedLayout = QVBoxLayout(self.updatedTab)
        self.updatedLayout.setObjectName(u"updatedLayout")
        self.updatedView = QTableView(self.updatedTab)
        self.updatedView.setObjectName(u"updatedView")

        self.updatedLayout.addWidget(self.updatedView)

        self.tabWidget.addTab(self.updatedTab, "")
        self.unchangedTab = QWidget()
        self.unchangedTab.setObjectName(u"unchangedTab")
        self.unchangedLayout = QVBoxLayout(self.unchangedTab)
        self.unchangedLayout.setObjectName(u"unchangedLayout")
        self.unchangedView = QTableView(self.unchangedTab)
        self.unchangedView.setObjectName(u"unchangedView")

        self.unchangedLayout.addWidget(self.unchangedView)

        self.tabWidget.addTab(self.unchangedTab, "")
        self.missingTab = QWidget()
        self.missingTab.setObjectName(u"missingTab")
        self.missingLayout = QVBoxLayout(self.missingTab)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingHint = QLabel(self.missingTab)
        self.missingHint.setObjectName(u"missingHint")
        self.missingHint.setWordWrap(True)

        self.missingLayout.addWidget(self.missingHint)

        self.missingView = QTableView(self.missingTab)
        self.missingView.setObjectName(u"missingView")

        self.missingLayout.addWidget(self.missingView)

        self.missingButtons = QHBoxLayout()
        self.missingButtons.setObjectName(u"missingButtons")
        self.checkAllButton = QPushButton(self.missingTab)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.missingButtons.addWidget(self.checkAllButton)

        self.checkNoneButton = QPushButton(self.missingTab)
        self.checkNoneButton.setObjectName(u"checkNoneButton")

        self.missingButtons.addWidget(self.checkNoneButton)

        self.missingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.missingButtons.addItem(self.missingSpacer)


        self.missingLayout.addLayout(self.missingButtons)

        self.tabWidget.addTab(self.missingTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsView = QTableView(self.problemsTab)
        self.problemsView.setObjectName(u"problemsView")

        self.problemsLayout.addWidget(self.problemsView)

        self.problemsButtons = QHBoxLayout()
        self.problemsButtons.setObjectName(u"problemsButtons")
        self.exportProblemsButton = QPushButton(self.problemsTab)
        self.exportProblemsButton.setObjectName(u"exportProblemsButton")

        self.problemsButtons.addWidget(self.exportProblemsButton)

        self.problemsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemsButtons.addItem(self.problemsSpacer)


        self.problemsLayout.addLayout(self.problemsButtons)

        self.tabWidget.addTab(self.problemsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesList = QListWidget(self.notesTab)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)

        self.notesLayout.addWidget(self.notesList)

        self.tabWidget.addTab(self.notesTab, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.skipErrorsCheck = QCheckBox(ImportPreviewDialog)
        self.skipErrorsCheck.setObjectName(u"skipErrorsCheck")

        self.bottomLayout.addWidget(self.skipErrorsCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.receivedCaption.setBuddy(self.receivedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportPreviewDialog)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"\u5bfc\u5165\u9884\u89c8", None))
        self.fileCaption.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u6587\u4ef6\uff1a", None))
        self.sheetCaption.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u5de5\u4f5c\u8868\uff1a", None))
        self.collegeCaption.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u5b66\u9662\uff1a", None))
#if QT_CONFIG(tooltip)
        self.collegeCombo.setToolTip(QCoreApplication.translate("ImportPreviewDialog", u"\u6587\u4ef6\u6ca1\u6709\u5199\u660e\u5b66\u9662\u6216\u5199\u9519\u4e86\u5b66\u9662\u65f6\uff0c\u5728\u8fd9\u91cc\u9009\u62e9\u6309\u54ea\u4e2a\u5b66\u9662\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.receivedCaption.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u6536\u5230\u65f6\u95f4\uff1a", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("ImportPreviewDialog", u"yyyy-MM-dd HH:mm", None))
        self.receivedHint.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u8bb0\u4e3a\u8be5\u5b66\u9662\u4ea4\u56de\u62a5\u540d\u8868\u7684\u65f6\u95f4\uff1a\u8bf7\u586b\u90ae\u4ef6\u7684\u53d1\u9001\u65f6\u95f4\uff08\u9ed8\u8ba4\u662f\u6587\u4ef6\u7684\u4fee\u6539\u65f6\u95f4\uff09\u3002", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.addedTab), QCoreApplication.translate("ImportPreviewDialog", u"\u65b0\u589e", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.updatedTab), QCoreApplication.translate("ImportPreviewDialog", u"\u66f4\u65b0", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.unchangedTab), QCoreApplication.translate("ImportPreviewDialog", u"\u672a\u53d8", None))
        self.missingHint.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u8fd9\u4e9b\u662f\u8be5\u5b66\u9662\u5df2\u767b\u8bb0\u3001\u4f46\u672c\u6587\u4ef6\u4e2d\u5df2\u7ecf\u6ca1\u6709\u7684\u6d3b\u52a8\u3002\u53ea\u6709\u52fe\u9009\u7684\u884c\u4f1a\u5728\u5bfc\u5165\u65f6\u5220\u9664\uff08\u79fb\u5165\u56de\u6536\u7ad9\uff0c\u53ef\u6062\u590d\uff09\uff1b\u4e0d\u52fe\u9009\u5219\u4fdd\u6301\u4e0d\u53d8\u3002", None))
        self.checkAllButton.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u5168\u90e8\u52fe\u9009", None))
        self.checkNoneButton.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u5168\u90e8\u4e0d\u52fe\u9009", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.missingTab), QCoreApplication.translate("ImportPreviewDialog", u"\u6587\u4ef6\u4e2d\u5df2\u65e0", None))
        self.exportProblemsButton.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u5bfc\u51fa\u95ee\u9898\u884c\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportProblemsButton.setToolTip(QCoreApplication.translate("ImportPreviewDialog", u"\u628a\u6709\u9519\u8bef\u7684\u884c\u8fde\u540c\u539f\u56e0\u53e6\u5b58\u4e3a\u4e00\u4e2a\u5de5\u4f5c\u7c3f\uff0c\u53d1\u7ed9\u5b66\u9662\u6539\u6b63\u540e\u518d\u4ea4\u56de", None))
#endif // QT_CONFIG(tooltip)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.problemsTab), QCoreApplication.translate("ImportPreviewDialog", u"\u95ee\u9898", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.notesTab), QCoreApplication.translate("ImportPreviewDialog", u"\u63d0\u793a", None))
        self.skipErrorsCheck.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u8df3\u8fc7\u6709\u9519\u8bef\u7684\u884c\uff0c\u53ea\u5bfc\u5165\u6b63\u786e\u7684\u884c", None))
    # retranslateUi

