# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submission_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SubmissionDialog(object):
    def setupUi(self, SubmissionDialog):
        if not SubmissionDialog.objectName():
            SubmissionDialog.setObjectName(u"SubmissionDialog")
        SubmissionDialog.resize(520, 320)
        self.main_layout = QVBoxLayout(SubmissionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(SubmissionDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.files_label = QLabel(SubmissionDialog)
        self.files_label.setObjectName(u"files_label")
        self.files_label.setWordWrap(True)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.files_label)

        self.guess_label = QLabel(SubmissionDialog)
        self.guess_label.setObjectName(u"guess_label")
        self.guess_label.setWordWrap(True)

        self.main_layout.addWidget(self.guess_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.college_label = QLabel(SubmissionDialog)
        self.college_label.setObjectName(u"college_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.college_label)

        self.college_combo = QComboBox(SubmissionDialog)
        self.college_combo.setObjectName(u"college_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.college_combo)

        self.kind_label = QLabel(SubmissionDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(SubmissionDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.received_label = QLabel(SubmissionDialog)
        self.received_label.setObjectName(u"received_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_edit = QDateTimeEdit(SubmissionDialog)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received_edit)

        self.note_label = QLabel(SubmissionDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(SubmissionDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(SubmissionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SubmissionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.college_label.setBuddy(self.college_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.received_label.setBuddy(self.received_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubmissionDialog)

        QMetaObject.connectSlotsByName(SubmissionDialog)
    # setupUi

    def retranslateUi(self, SubmissionDialog):
        SubmissionDialog.setWindowTitle(QCoreApplication.translate("SubmissionDialog", u"\u8bb0\u5f55\u63d0\u4ea4\u7684\u6750\u6599", None))
        self.hint_label.setText(QCoreApplication.translate("SubmissionDialog", u"\u6587\u4ef6\u5c06\u590d\u5236\u5230\u6570\u636e\u5e93\u65c1\u7684\u7ba1\u7406\u6587\u4ef6\u5939\uff0c\u6309\u5b66\u9662\u548c\u6750\u6599\u547d\u540d\uff1b\u539f\u6587\u4ef6\u4e0d\u4f1a\u6539\u52a8\u3002", None))
        self.files_label.setText("")
        self.guess_label.setText("")
        self.college_label.setText(QCoreApplication.translate("SubmissionDialog", u"\u5b66\u9662 *", None))
        self.kind_label.setText(QCoreApplication.translate("SubmissionDialog", u"\u6750\u6599 *", None))
        self.received_label.setText(QCoreApplication.translate("SubmissionDialog", u"\u6536\u5230\u65f6\u95f4", None))
        self.received_edit.setDisplayFormat(QCoreApplication.translate("SubmissionDialog", u"yyyy-MM-dd HH:mm", None))
        self.note_label.setText(QCoreApplication.translate("SubmissionDialog", u"\u5907\u6ce8", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("SubmissionDialog", u"\u53ef\u7559\u7a7a\uff0c\u5982\uff1a\u90ae\u4ef6\u8865\u53d1\u7684\u4fee\u8ba2\u7248", None))
        self.error_label.setText("")
    # retranslateUi

