# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'college_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CollegeDialog(object):
    def setupUi(self, CollegeDialog):
        if not CollegeDialog.objectName():
            CollegeDialog.setObjectName(u"CollegeDialog")
        CollegeDialog.resize(520, 400)
        self.main_layout = QVBoxLayout(CollegeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(CollegeDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(CollegeDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CollegeDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.short_name_label = QLabel(CollegeDialog)
        self.short_name_label.setObjectName(u"short_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name_edit = QLineEdit(CollegeDialog)
        self.short_name_edit.setObjectName(u"short_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name_edit)

        self.dean_label = QLabel(CollegeDialog)
        self.dean_label.setObjectName(u"dean_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dean_label)

        self.dean_edit = QLineEdit(CollegeDialog)
        self.dean_edit.setObjectName(u"dean_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dean_edit)

        self.party_secretary_label = QLabel(CollegeDialog)
        self.party_secretary_label.setObjectName(u"party_secretary_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.party_secretary_label)

        self.party_secretary_edit = QLineEdit(CollegeDialog)
        self.party_secretary_edit.setObjectName(u"party_secretary_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.party_secretary_edit)

        self.contact_person_label = QLabel(CollegeDialog)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person_edit = QLineEdit(CollegeDialog)
        self.contact_person_edit.setObjectName(u"contact_person_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_person_edit)

        self.phone_label = QLabel(CollegeDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(CollegeDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(CollegeDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(CollegeDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.teacher_count_label = QLabel(CollegeDialog)
        self.teacher_count_label.setObjectName(u"teacher_count_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.teacher_count_label)

        self.teacher_count_edit = QLineEdit(CollegeDialog)
        self.teacher_count_edit.setObjectName(u"teacher_count_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.teacher_count_edit)

        self.student_count_label = QLabel(CollegeDialog)
        self.student_count_label.setObjectName(u"student_count_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.student_count_label)

        self.student_count_edit = QLineEdit(CollegeDialog)
        self.student_count_edit.setObjectName(u"student_count_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.student_count_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CollegeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(CollegeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.short_name_label.setBuddy(self.short_name_edit)
        self.dean_label.setBuddy(self.dean_edit)
        self.party_secretary_label.setBuddy(self.party_secretary_edit)
        self.contact_person_label.setBuddy(self.contact_person_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.teacher_count_label.setBuddy(self.teacher_count_edit)
        self.student_count_label.setBuddy(self.student_count_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.short_name_edit)
        QWidget.setTabOrder(self.short_name_edit, self.dean_edit)
        QWidget.setTabOrder(self.dean_edit, self.party_secretary_edit)
        QWidget.setTabOrder(self.party_secretary_edit, self.contact_person_edit)
        QWidget.setTabOrder(self.contact_person_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.teacher_count_edit)
        QWidget.setTabOrder(self.teacher_count_edit, self.student_count_edit)

        self.retranslateUi(CollegeDialog)

        QMetaObject.connectSlotsByName(CollegeDialog)
    # setupUi

    def retranslateUi(self, CollegeDialog):
        CollegeDialog.setWindowTitle(QCoreApplication.translate("CollegeDialog", u"\u5b66\u9662", None))
        self.hint_label.setText(QCoreApplication.translate("CollegeDialog", u"\u5e26 * \u7684\u4e3a\u5fc5\u586b\u9879\u3002\u6559\u5e08\u3001\u5b66\u751f\u4eba\u6570\u7528\u4e8e\u8ba1\u7b97\u53c2\u4e0e\u7387\uff0c\u4e0d\u6e05\u695a\u65f6\u53ef\u4ee5\u7559\u7a7a\u3002", None))
        self.name_label.setText(QCoreApplication.translate("CollegeDialog", u"\u5b66\u9662\u540d\u79f0 *", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CollegeDialog", u"\u5982\uff1a\u667a\u80fd\u5236\u9020\u5b66\u9662", None))
        self.short_name_label.setText(QCoreApplication.translate("CollegeDialog", u"\u7b80\u79f0", None))
        self.short_name_edit.setPlaceholderText(QCoreApplication.translate("CollegeDialog", u"\u5982\uff1a\u667a\u9020", None))
        self.dean_label.setText(QCoreApplication.translate("CollegeDialog", u"\u9662\u957f", None))
        self.party_secretary_label.setText(QCoreApplication.translate("CollegeDialog", u"\u4e66\u8bb0", None))
        self.contact_person_label.setText(QCoreApplication.translate("CollegeDialog", u"\u8054\u7cfb\u4eba", None))
        self.phone_label.setText(QCoreApplication.translate("CollegeDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("CollegeDialog", u"\u624b\u673a 13800138000\uff0c\u6216\u5ea7\u673a 028-37330356\u8f6c8001", None))
        self.email_label.setText(QCoreApplication.translate("CollegeDialog", u"\u7535\u5b50\u90ae\u7bb1", None))
        self.email_edit.setPlaceholderText(QCoreApplication.translate("CollegeDialog", u"\u5982\uff1aname@example.edu.cn", None))
        self.teacher_count_label.setText(QCoreApplication.translate("CollegeDialog", u"\u6559\u5e08\u4eba\u6570", None))
        self.teacher_count_edit.setPlaceholderText(QCoreApplication.translate("CollegeDialog", u"\u6574\u6570\uff1b\u7559\u7a7a\u8868\u793a\u672a\u77e5", None))
        self.student_count_label.setText(QCoreApplication.translate("CollegeDialog", u"\u5b66\u751f\u4eba\u6570", None))
        self.student_count_edit.setPlaceholderText(QCoreApplication.translate("CollegeDialog", u"\u6574\u6570\uff1b\u7559\u7a7a\u8868\u793a\u672a\u77e5", None))
        self.error_label.setText("")
    # retranslateUi

