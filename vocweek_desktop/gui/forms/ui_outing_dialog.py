# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outing_dialog.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_OutingDialog(object):
    def setupUi(self, OutingDialog):
        if not OutingDialog.objectName():
            OutingDialog.setObjectName(u"OutingDialog")
        OutingDialog.resize(1120, 760)
        self.main_layout = QVBoxLayout(OutingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_label = QLabel(OutingDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)

        self.main_layout.addWidget(self.header_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.basic_group = QGroupBox(OutingDialog)
        self.basic_group.setObjectName(u"basic_group")
        self.basic_form = QFormLayout(self.basic_group)
        self.basic_form.setObjectName(u"basic_form")
        self.basic_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.college_combo_label = QLabel(self.basic_group)
        self.college_combo_label.setObjectName(u"college_combo_label")

        self.basic_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.college_combo_label)

        self.college_combo = QComboBox(self.basic_group)
        self.college_combo.setObjectName(u"college_combo")

        self.basic_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.college_combo)

        self.activity_combo_label = QLabel(self.basic_group)
        self.activity_combo_label.setObjectName(u"activity_combo_label")

        self.basic_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activity_combo_label)

        self.activity_combo = QComboBox(self.basic_group)
        self.activity_combo.setObjectName(u"activity_combo")

        self.basic_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activity_combo)

        self.title_edit_label = QLabel(self.basic_group)
        self.title_edit_label.setObjectName(u"title_edit_label")

        self.basic_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_edit_label)

        self.title_edit = QLineEdit(self.basic_group)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(200)

        self.basic_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.destination_edit_label = QLabel(self.basic_group)
        self.destination_edit_label.setObjectName(u"destination_edit_label")

        self.basic_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.destination_edit_label)

        self.destination_edit = QLineEdit(self.basic_group)
        self.destination_edit.setObjectName(u"destination_edit")
        self.destination_edit.setMaxLength(200)

        self.basic_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.destination_edit)

        self.address_edit_label = QLabel(self.basic_group)
        self.address_edit_label.setObjectName(u"address_edit_label")

        self.basic_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_edit_label)

        self.address_edit = QLineEdit(self.basic_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(300)

        self.basic_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.departure_edit_label = QLabel(self.basic_group)
        self.departure_edit_label.setObjectName(u"departure_edit_label")

        self.basic_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departure_edit_label)

        self.departure_edit = QDateTimeEdit(self.basic_group)
        self.departure_edit.setObjectName(u"departure_edit")
        self.departure_edit.setCalendarPopup(True)

        self.basic_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departure_edit)

        self.return_edit_label = QLabel(self.basic_group)
        self.return_edit_label.setObjectName(u"return_edit_label")

        self.basic_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.return_edit_label)

        self.return_edit = QDateTimeEdit(self.basic_group)
        self.return_edit.setObjectName(u"return_edit")
        self.return_edit.setCalendarPopup(True)

        self.basic_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.return_edit)

        self.lead_teacher_edit_label = QLabel(self.basic_group)
        self.lead_teacher_edit_label.setObjectName(u"lead_teacher_edit_label")

        self.basic_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lead_teacher_edit_label)

        self.lead_teacher_edit = QLineEdit(self.basic_group)
        self.lead_teacher_edit.setObjectName(u"lead_teacher_edit")
        self.lead_teacher_edit.setMaxLength(50)

        self.basic_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lead_teacher_edit)

        self.lead_phone_edit_label = QLabel(self.basic_group)
        self.lead_phone_edit_label.setObjectName(u"lead_phone_edit_label")

        self.basic_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lead_phone_edit_label)

        self.lead_phone_edit = QLineEdit(self.basic_group)
        self.lead_phone_edit.setObjectName(u"lead_phone_edit")
        self.lead_phone_edit.setMaxLength(50)

        self.basic_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lead_phone_edit)


        self.left_layout.addWidget(self.basic_group)

        self.transport_group = QGroupBox(OutingDialog)
        self.transport_group.setObjectName(u"transport_group")
        self.transport_form = QFormLayout(self.transport_group)
        self.transport_form.setObjectName(u"transport_form")
        self.transport_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.transport_combo_label = QLabel(self.transport_group)
        self.transport_combo_label.setObjectName(u"transport_combo_label")

        self.transport_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.transport_combo_label)

        self.transport_combo = QComboBox(self.transport_group)
        self.transport_combo.setObjectName(u"transport_combo")

        self.transport_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.transport_combo)

        self.vehicle_plate_edit_label = QLabel(self.transport_group)
        self.vehicle_plate_edit_label.setObjectName(u"vehicle_plate_edit_label")

        self.transport_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.vehicle_plate_edit_label)

        self.vehicle_plate_edit = QLineEdit(self.transport_group)
        self.vehicle_plate_edit.setObjectName(u"vehicle_plate_edit")
        self.vehicle_plate_edit.setMaxLength(20)

        self.transport_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vehicle_plate_edit)

        self.vehicle_company_edit_label = QLabel(self.transport_group)
        self.vehicle_company_edit_label.setObjectName(u"vehicle_company_edit_label")

        self.transport_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vehicle_company_edit_label)

        self.vehicle_company_edit = QLineEdit(self.transport_group)
        self.vehicle_company_edit.setObjectName(u"vehicle_company_edit")
        self.vehicle_company_edit.setMaxLength(200)

        self.transport_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vehicle_company_edit)

        self.driver_edit_label = QLabel(self.transport_group)
        self.driver_edit_label.setObjectName(u"driver_edit_label")

        self.transport_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.driver_edit_label)

        self.driver_edit = QLineEdit(self.transport_group)
        self.driver_edit.setObjectName(u"driver_edit")
        self.driver_edit.setMaxLength(50)

        self.transport_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.driver_edit)

        self.insured_check_label = QLabel(self.transport_group)
        self.insured_check_label.setObjectName(u"insured_check_label")

        self.transport_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.insured_check_label)

        self.insured_check = QCheckBox(self.transport_group)
        self.insured_check.setObjectName(u"insured_check")

        self.transport_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.insured_check)

        self.insurer_edit_label = QLabel(self.transport_group)
        self.insurer_edit_label.setObjectName(u"insurer_edit_label")

        self.transport_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.insurer_edit_label)

        self.insurer_edit = QLineEdit(self.transport_group)
        self.insurer_edit.setObjectName(u"insurer_edit")
        self.insurer_edit.setMaxLength(100)

        self.transport_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.insurer_edit)

        self.policy_number_edit_label = QLabel(self.transport_group)
        self.policy_number_edit_label.setObjectName(u"policy_number_edit_label")

        self.transport_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.policy_number_edit_label)

        self.policy_number_edit = QLineEdit(self.transport_group)
        self.policy_number_edit.setObjectName(u"policy_number_edit")
        self.policy_number_edit.setMaxLength(100)

        self.transport_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.policy_number_edit)


        self.left_layout.addWidget(self.transport_group)

        self.safety_group = QGroupBox(OutingDialog)
        self.safety_group.setObjectName(u"safety_group")
        self.safety_form = QFormLayout(self.safety_group)
        self.safety_form.setObjectName(u"safety_form")
        self.safety_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.safety_plan_edit_label = QLabel(self.safety_group)
        self.safety_plan_edit_label.setObjectName(u"safety_plan_edit_label")

        self.safety_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.safety_plan_edit_label)

        self.safety_plan_edit = QPlainTextEdit(self.safety_group)
        self.safety_plan_edit.setObjectName(u"safety_plan_edit")
        self.safety_plan_edit.setTabChangesFocus(True)

        self.safety_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.safety_plan_edit)

        self.emergency_contact_edit_label = QLabel(self.safety_group)
        self.emergency_contact_edit_label.setObjectName(u"emergency_contact_edit_label")

        self.safety_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emergency_contact_edit_label)

        self.emergency_contact_edit = QLineEdit(self.safety_group)
        self.emergency_contact_edit.setObjectName(u"emergency_contact_edit")
        self.emergency_contact_edit.setMaxLength(50)

        self.safety_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emergency_contact_edit)

        self.emergency_phone_edit_label = QLabel(self.safety_group)
        self.emergency_phone_edit_label.setObjectName(u"emergency_phone_edit_label")

        self.safety_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emergency_phone_edit_label)

        self.emergency_phone_edit = QLineEdit(self.safety_group)
        self.emergency_phone_edit.setObjectName(u"emergency_phone_edit")
        self.emergency_phone_edit.setMaxLength(50)

        self.safety_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emergency_phone_edit)


        self.left_layout.addWidget(self.safety_group)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.people_group = QGroupBox(OutingDialog)
        self.people_group.setObjectName(u"people_group")
        self.people_layout = QVBoxLayout(self.people_group)
        self.people_layout.setObjectName(u"people_layout")
        self.people_buttons_layout = QHBoxLayout()
        self.people_buttons_layout.setObjectName(u"people_buttons_layout")
        self.add_person_button = QPushButton(self.people_group)
        self.add_person_button.setObjectName(u"add_person_button")

        self.people_buttons_layout.addWidget(self.add_person_button)

        self.remove_person_button = QPushButton(self.people_group)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.people_buttons_layout.addWidget(self.remove_person_button)

        self.paste_people_button = QPushButton(self.people_group)
        self.paste_people_button.setObjectName(u"paste_people_button")

        self.people_buttons_layout.addWidget(self.paste_people_button)

        self.import_people_button = QPushButton(self.people_group)
        self.import_people_button.setObjectName(u"import_people_button")

        self.people_buttons_layout.addWidget(self.import_people_button)

        self.people_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons_layout.addItem(self.people_buttons_spacer)


        self.people_layout.addLayout(self.people_buttons_layout)

        self.people_view = QTableView(self.people_group)
        self.people_view.setObjectName(u"people_view")

        self.people_layout.addWidget(self.people_view)

        self.counts_layout = QHBoxLayout()
        self.counts_layout.setObjectName(u"counts_layout")
        self.teacher_count_label = QLabel(self.people_group)
        self.teacher_count_label.setObjectName(u"teacher_count_label")

        self.counts_layout.addWidget(self.teacher_count_label)

        self.teacher_count_spin = QSpinBox(self.people_group)
        self.teacher_count_spin.setObjectName(u"teacher_count_spin")
        self.teacher_count_spin.setMaximum(9999)

        self.counts_layout.addWidget(self.teacher_count_spin)

        self.student_count_label = QLabel(self.people_group)
        self.student_count_label.setObjectName(u"student_count_label")

        self.counts_layout.addWidget(self.student_count_label)

        self.student_count_spin = QSpinBox(self.people_group)
        self.student_count_spin.setObjectName(u"student_count_spin")
        self.student_count_spin.setMaximum(9999)

        self.counts_layout.addWidget(self.student_count_spin)

        self.people_summary_label = QLabel(self.people_group)
        self.people_summary_label.setObjectName(u"people_summary_label")

        self.counts_layout.addWidget(self.people_summary_label)

        self.counts_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.counts_layout.addItem(self.counts_spacer)


        self.people_layout.addLayout(self.counts_layout)


        self.right_layout.addWidget(self.people_group)

        self.papers_group = QGroupBox(OutingDialog)
        self.papers_group.setObjectName(u"papers_group")
        self.papers_layout = QGridLayout(self.papers_group)
        self.papers_layout.setObjectName(u"papers_layout")
        self.paper_0_check = QCheckBox(self.papers_group)
        self.paper_0_check.setObjectName(u"paper_0_check")

        self.papers_layout.addWidget(self.paper_0_check, 0, 0, 1, 1)

        self.paper_1_check = QCheckBox(self.papers_group)
        self.paper_1_check.setObjectName(u"paper_1_check")

        self.papers_layout.addWidget(self.paper_1_check, 0, 1, 1, 1)

        self.paper_2_check = QCheckBox(self.papers_group)
        self.paper_2_check.setObjectName(u"paper_2_check")

        self.papers_layout.addWidget(self.paper_2_check, 0, 2, 1, 1)

        self.paper_3_check = QCheckBox(self.papers_group)
        self.paper_3_check.setObjectName(u"paper_3_check")

        self.papers_layout.addWidget(self.paper_3_check, 1, 0, 1, 1)

        self.paper_4_check = QCheckBox(self.papers_group)
        self.paper_4_check.setObjectName(u"paper_4_check")

        self.papers_layout.addWidget(self.paper_4_check, 1, 1, 1, 1)

        self.papers_hint_label = QLabel(self.papers_group)
        self.papers_hint_label.setObjectName(u"papers_hint_label")
        self.papers_hint_label.setWordWrap(True)

        self.papers_layout.addWidget(self.papers_hint_label, 2, 0, 1, 3)


        self.right_layout.addWidget(self.papers_group)

        self.notes_group = QGroupBox(OutingDialog)
        self.notes_group.setObjectName(u"notes_group")
        self.notes_layout = QVBoxLayout(self.notes_group)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_edit = QPlainTextEdit(self.notes_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.notes_layout.addWidget(self.notes_edit)


        self.right_layout.addWidget(self.notes_group)


        self.columns_layout.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(OutingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(OutingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.college_combo_label.setBuddy(self.college_combo)
        self.activity_combo_label.setBuddy(self.activity_combo)
        self.title_edit_label.setBuddy(self.title_edit)
        self.destination_edit_label.setBuddy(self.destination_edit)
        self.address_edit_label.setBuddy(self.address_edit)
        self.departure_edit_label.setBuddy(self.departure_edit)
        self.return_edit_label.setBuddy(self.return_edit)
        self.lead_teacher_edit_label.setBuddy(self.lead_teacher_edit)
        self.lead_phone_edit_label.setBuddy(self.lead_phone_edit)
        self.transport_combo_label.setBuddy(self.transport_combo)
        self.vehicle_plate_edit_label.setBuddy(self.vehicle_plate_edit)
        self.vehicle_company_edit_label.setBuddy(self.vehicle_company_edit)
        self.driver_edit_label.setBuddy(self.driver_edit)
        self.insured_check_label.setBuddy(self.insured_check)
        self.insurer_edit_label.setBuddy(self.insurer_edit)
        self.policy_number_edit_label.setBuddy(self.policy_number_edit)
        self.safety_plan_edit_label.setBuddy(self.safety_plan_edit)
        self.emergency_contact_edit_label.setBuddy(self.emergency_contact_edit)
        self.emergency_phone_edit_label.setBuddy(self.emergency_phone_edit)
        self.teacher_count_label.setBuddy(self.teacher_count_spin)
        self.student_count_label.setBuddy(self.student_count_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutingDialog)

        QMetaObject.connectSlotsByName(OutingDialog)
    # setupUi

    def retranslateUi(self, OutingDialog):
        OutingDialog.setWindowTitle(QCoreApplication.translate("OutingDialog", u"\u5916\u51fa\u7533\u8bf7", None))
        self.header_label.setText("")
        self.basic_group.setTitle(QCoreApplication.translate("OutingDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.college_combo_label.setText(QCoreApplication.translate("OutingDialog", u"\u5b66\u9662(&C)\uff1a", None))
        self.activity_combo_label.setText(QCoreApplication.translate("OutingDialog", u"\u76f8\u5173\u6d3b\u52a8\uff1a", None))
#if QT_CONFIG(tooltip)
        self.activity_combo.setToolTip(QCoreApplication.translate("OutingDialog", u"\u672c\u5b66\u9662\u5728\u6d3b\u52a8\u5468\u62a5\u540d\u7684\u6d3b\u52a8\uff0c\u6821\u5916\u6d3b\u52a8\u6392\u5728\u524d\u9762\uff1b\u53ef\u4e0d\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.title_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u6d3b\u52a8\u540d\u79f0(&T)\uff1a", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u5982\uff1a\u65b0\u80fd\u6e90\u6c7d\u8f66\u7ef4\u4fee\u8fdb\u793e\u533a", None))
        self.destination_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u76ee\u7684\u5730\uff1a", None))
        self.destination_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u5982\uff1a\u9f99\u6cc9\u9a7f\u533a\u5341\u9675\u8857\u9053\u793e\u533a", None))
        self.address_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u8be6\u7ec6\u5730\u5740\uff1a", None))
        self.departure_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u51fa\u53d1\u65f6\u95f4\uff1a", None))
        self.departure_edit.setDisplayFormat(QCoreApplication.translate("OutingDialog", u"yyyy-MM-dd HH:mm", None))
        self.return_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u8fd4\u56de\u65f6\u95f4\uff1a", None))
        self.return_edit.setDisplayFormat(QCoreApplication.translate("OutingDialog", u"yyyy-MM-dd HH:mm", None))
        self.lead_teacher_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u5e26\u961f\u6559\u5e08\uff1a", None))
        self.lead_phone_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u5e26\u961f\u6559\u5e08\u7535\u8bdd\uff1a", None))
        self.lead_phone_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u624b\u673a\u53f7\u6216\u5ea7\u673a", None))
        self.transport_group.setTitle(QCoreApplication.translate("OutingDialog", u"\u4ea4\u901a\u4e0e\u4fdd\u9669", None))
        self.transport_combo_label.setText(QCoreApplication.translate("OutingDialog", u"\u4ea4\u901a\u65b9\u5f0f\uff1a", None))
        self.vehicle_plate_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u8f66\u724c\u53f7\uff1a", None))
        self.vehicle_plate_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u79df\u7528\u8f66\u8f86\u65f6\u5fc5\u586b", None))
        self.vehicle_company_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u79df\u8f66\u516c\u53f8\uff1a", None))
        self.vehicle_company_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u79df\u7528\u8f66\u8f86\u65f6\u5fc5\u586b", None))
        self.driver_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u9a7e\u9a76\u5458\uff1a", None))
        self.driver_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u79df\u7528\u8f66\u8f86\u65f6\u5fc5\u586b", None))
        self.insured_check_label.setText(QCoreApplication.translate("OutingDialog", u"\u4fdd\u9669\uff1a", None))
        self.insured_check.setText(QCoreApplication.translate("OutingDialog", u"\u5df2\u8d2d\u4e70\u4fdd\u9669", None))
        self.insurer_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u4fdd\u9669\u516c\u53f8\uff1a", None))
        self.insurer_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u8d2d\u4e70\u4fdd\u9669\u65f6\u5fc5\u586b", None))
        self.policy_number_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u4fdd\u5355\u53f7\uff1a", None))
        self.policy_number_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u8d2d\u4e70\u4fdd\u9669\u65f6\u5fc5\u586b", None))
        self.safety_group.setTitle(QCoreApplication.translate("OutingDialog", u"\u5b89\u5168\u9884\u6848\u4e0e\u7d27\u6025\u8054\u7cfb", None))
        self.safety_plan_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u5b89\u5168\u9884\u6848\uff1a", None))
        self.safety_plan_edit.setPlaceholderText(QCoreApplication.translate("OutingDialog", u"\u884c\u524d\u6559\u80b2\u3001\u5206\u7ec4\u5e26\u961f\u3001\u4ea4\u901a\u4e0e\u996e\u98df\u5b89\u5168\u3001\u7a81\u53d1\u60c5\u51b5\u5904\u7f6e\u7b49", None))
        self.emergency_contact_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u7d27\u6025\u8054\u7cfb\u4eba\uff1a", None))
        self.emergency_phone_edit_label.setText(QCoreApplication.translate("OutingDialog", u"\u7d27\u6025\u8054\u7cfb\u7535\u8bdd\uff1a", None))
        self.people_group.setTitle(QCoreApplication.translate("OutingDialog", u"\u53c2\u4e0e\u4eba\u5458", None))
        self.add_person_button.setText(QCoreApplication.translate("OutingDialog", u"\u6dfb\u52a0\u4e00\u884c", None))
#if QT_CONFIG(tooltip)
        self.add_person_button.setToolTip(QCoreApplication.translate("OutingDialog", u"\u5728\u540d\u5355\u672b\u5c3e\u6dfb\u52a0\u4e00\u4eba\uff08\u4e5f\u53ef\u76f4\u63a5\u5728\u8868\u683c\u4e2d\u4fee\u6539\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.remove_person_button.setText(QCoreApplication.translate("OutingDialog", u"\u5220\u9664\u6240\u9009", None))
#if QT_CONFIG(tooltip)
        self.remove_person_button.setToolTip(QCoreApplication.translate("OutingDialog", u"\u4ece\u540d\u5355\u4e2d\u5220\u9664\u6240\u9009\u7684\u4eba\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.paste_people_button.setText(QCoreApplication.translate("OutingDialog", u"\u4ece Excel \u7c98\u8d34", None))
#if QT_CONFIG(tooltip)
        self.paste_people_button.setToolTip(QCoreApplication.translate("OutingDialog", u"\u628a\u4ece Excel \u590d\u5236\u7684\u540d\u5355\uff08\u59d3\u540d\u3001\u8eab\u4efd\u3001\u73ed\u7ea7\u6216\u5355\u4f4d\u3001\u8054\u7cfb\u7535\u8bdd\uff09\u52a0\u5230\u672b\u5c3e\uff08Ctrl+V\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.import_people_button.setText(QCoreApplication.translate("OutingDialog", u"\u4ece Excel \u6587\u4ef6\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_people_button.setToolTip(QCoreApplication.translate("OutingDialog", u"\u4ece Excel \u540d\u5355\u6587\u4ef6\uff08\u5982\u5b66\u751f\u540d\u5355\u3001\u7533\u8bf7\u8868\u7684\u201c\u53c2\u4e0e\u4eba\u5458\u201d\u5de5\u4f5c\u8868\uff09\u52a0\u5230\u672b\u5c3e\uff1b\u6ca1\u6709\u201c\u8eab\u4efd\u201d\u5217\u65f6\u90fd\u8bb0\u4e3a\u5b66\u751f", None))
#endif // QT_CONFIG(tooltip)
        self.teacher_count_label.setText(QCoreApplication.translate("OutingDialog", u"\u6559\u5e08\u4eba\u6570\uff1a", None))
#if QT_CONFIG(tooltip)
        self.teacher_count_spin.setToolTip(QCoreApplication.translate("OutingDialog", u"\u9ed8\u8ba4\u968f\u540d\u5355\u8ba1\u7b97\uff1b\u4e0e\u540d\u5355\u4e0d\u4e00\u81f4\u65f6\u4e0d\u80fd\u4fdd\u5b58", None))
#endif // QT_CONFIG(tooltip)
        self.student_count_label.setText(QCoreApplication.translate("OutingDialog", u"\u5b66\u751f\u4eba\u6570\uff1a", None))
#if QT_CONFIG(tooltip)
        self.student_count_spin.setToolTip(QCoreApplication.translate("OutingDialog", u"\u9ed8\u8ba4\u968f\u540d\u5355\u8ba1\u7b97\uff1b\u4e0e\u540d\u5355\u4e0d\u4e00\u81f4\u65f6\u4e0d\u80fd\u4fdd\u5b58", None))
#endif // QT_CONFIG(tooltip)
        self.people_summary_label.setText("")
        self.papers_group.setTitle(QCoreApplication.translate("OutingDialog", u"\u5df2\u4ea4\u6750\u6599", None))
        self.paper_0_check.setText("")
        self.paper_1_check.setText("")
        self.paper_2_check.setText("")
        self.paper_3_check.setText("")
        self.paper_4_check.setText("")
        self.papers_hint_label.setText("")
        self.notes_group.setTitle(QCoreApplication.translate("OutingDialog", u"\u5907\u6ce8", None))
        self.notes_edit.setPlaceholderText("")
        self.error_label.setText("")
    # retranslateUi

