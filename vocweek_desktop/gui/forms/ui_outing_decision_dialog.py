# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outing_decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_OutingDecisionDialog(object):
    def setupUi(self, OutingDecisionDialog):
        if not OutingDecisionDialog.objectName():
            OutingDecisionDialog.setObjectName(u"OutingDecisionDialog")
        OutingDecisionDialog.resize(520, 420)
        self.main_layout = QVBoxLayout(OutingDecisionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(OutingDecisionDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.main_layout.addWidget(self.heading_label)

        self.details_label = QLabel(OutingDecisionDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setWordWrap(True)

        self.main_layout.addWidget(self.details_label)

        self.comment_label = QLabel(OutingDecisionDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.main_layout.addWidget(self.comment_label)

        self.comment_edit = QPlainTextEdit(OutingDecisionDialog)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.comment_edit)

        self.late_label = QLabel(OutingDecisionDialog)
        self.late_label.setObjectName(u"late_label")
        self.late_label.setWordWrap(True)

        self.main_layout.addWidget(self.late_label)

        self.late_edit = QPlainTextEdit(OutingDecisionDialog)
        self.late_edit.setObjectName(u"late_edit")
        self.late_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.late_edit)

        self.error_label = QLabel(OutingDecisionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(OutingDecisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.comment_label.setBuddy(self.comment_edit)
        self.late_label.setBuddy(self.late_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutingDecisionDialog)

        QMetaObject.connectSlotsByName(OutingDecisionDialog)
    # setupUi

    def retranslateUi(self, OutingDecisionDialog):
        OutingDecisionDialog.setWindowTitle(QCoreApplication.translate("OutingDecisionDialog", u"\u5ba1\u6279", None))
        self.heading_label.setText("")
        self.details_label.setText("")
        self.comment_label.setText(QCoreApplication.translate("OutingDecisionDialog", u"\u610f\u89c1\uff1a", None))
        self.comment_edit.setPlaceholderText("")
        self.late_label.setText(QCoreApplication.translate("OutingDecisionDialog", u"\u8865\u529e\u539f\u56e0\uff08\u51fa\u53d1\u65f6\u95f4\u5df2\u8fc7\uff0c\u5fc5\u987b\u586b\u5199\uff09\uff1a", None))
        self.late_edit.setPlaceholderText(QCoreApplication.translate("OutingDecisionDialog", u"\u5982\uff1a\u793e\u533a\u4e34\u65f6\u9080\u8bf7\uff0c\u5df2\u7535\u8bdd\u62a5\u5907\u5e76\u7ecf\u540c\u610f", None))
        self.error_label.setText("")
    # retranslateUi

