# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(900, 640)
        self.main_layout = QVBoxLayout(ActivityDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(ActivityDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(24)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.left_form.setVerticalSpacing(8)
        self.organiser_label = QLabel(ActivityDialog)
        self.organiser_label.setObjectName(u"organiser_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organiser_label)

        self.organiser_combo = QComboBox(ActivityDialog)
        self.organiser_combo.setObjectName(u"organiser_combo")

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organiser_combo)

        self.title_label = QLabel(ActivityDialog)
        self.title_label.setObjectName(u"title_label")

        self.left_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(ActivityDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.category_label = QLabel(ActivityDialog)
        self.category_label.setObjectName(u"category_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(ActivityDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.theme_day_label = QLabel(ActivityDialog)
        self.theme_day_label.setObjectName(u"theme_day_label")

        self.left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.theme_day_label)

        self.theme_day_combo = QComboBox(ActivityDialog)
        self.theme_day_combo.setObjectName(u"theme_day_combo")

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.theme_day_combo)

        self.first_date_label = QLabel(ActivityDialog)
        self.first_date_label.setObjectName(u"first_date_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.first_date_label)

        self.first_date_edit = QDateEdit(ActivityDialog)
        self.first_date_edit.setObjectName(u"first_date_edit")
        self.first_date_edit.setCalendarPopup(True)

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.first_date_edit)

        self.last_date_label = QLabel(ActivityDialog)
        self.last_date_label.setObjectName(u"last_date_label")

        self.left_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.last_date_label)

        self.last_date_edit = QDateEdit(ActivityDialog)
        self.last_date_edit.setObjectName(u"last_date_edit")
        self.last_date_edit.setCalendarPopup(True)

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.last_date_edit)

        self.start_time_label = QLabel(ActivityDialog)
        self.start_time_label.setObjectName(u"start_time_label")

        self.left_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.start_time_label)

        self.start_time_edit = QTimeEdit(ActivityDialog)
        self.start_time_edit.setObjectName(u"start_time_edit")

        self.left_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.start_time_edit)

        self.end_time_label = QLabel(ActivityDialog)
        self.end_time_label.setObjectName(u"end_time_label")

        self.left_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.end_time_label)

        self.end_time_edit = QTimeEdit(ActivityDialog)
        self.end_time_edit.setObjectName(u"end_time_edit")

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.end_time_edit)

        self.venue_label = QLabel(ActivityDialog)
        self.venue_label.setObjectName(u"venue_label")

        self.left_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue_edit = QLineEdit(ActivityDialog)
        self.venue_edit.setObjectName(u"venue_edit")

        self.left_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.venue_edit)

        self.campus_label = QLabel(ActivityDialog)
        self.campus_label.setObjectName(u"campus_label")

        self.left_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.campus_label)

        self.campus_combo = QComboBox(ActivityDialog)
        self.campus_combo.setObjectName(u"campus_combo")

        self.left_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.campus_combo)

        self.form_label = QLabel(ActivityDialog)
        self.form_label.setObjectName(u"form_label")

        self.left_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form_combo = QComboBox(ActivityDialog)
        self.form_combo.setObjectName(u"form_combo")

        self.left_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.form_combo)


        self.columns_layout.addLayout(self.left_form)

        self.right_column = QVBoxLayout()
        self.right_column.setSpacing(8)
        self.right_column.setObjectName(u"right_column")
        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.right_form.setVerticalSpacing(8)
        self.audience_label = QLabel(ActivityDialog)
        self.audience_label.setObjectName(u"audience_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience_edit = QLineEdit(ActivityDialog)
        self.audience_edit.setObjectName(u"audience_edit")

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.audience_edit)

        self.expected_label = QLabel(ActivityDialog)
        self.expected_label.setObjectName(u"expected_label")

        self.right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expected_label)

        self.expected_layout = QHBoxLayout()
        self.expected_layout.setObjectName(u"expected_layout")
        self.expected_teachers_label = QLabel(ActivityDialog)
        self.expected_teachers_label.setObjectName(u"expected_teachers_label")

        self.expected_layout.addWidget(self.expected_teachers_label)

        self.expected_teachers_edit = QLineEdit(ActivityDialog)
        self.expected_teachers_edit.setObjectName(u"expected_teachers_edit")
        self.expected_teachers_edit.setMaximumSize(QSize(80, 16777215))

        self.expected_layout.addWidget(self.expected_teachers_edit)

        self.expected_students_label = QLabel(ActivityDialog)
        self.expected_students_label.setObjectName(u"expected_students_label")

        self.expected_layout.addWidget(self.expected_students_label)

        self.expected_students_edit = QLineEdit(ActivityDialog)
        self.expected_students_edit.setObjectName(u"expected_students_edit")
        self.expected_students_edit.setMaximumSize(QSize(80, 16777215))

        self.expected_layout.addWidget(self.expected_students_edit)

        self.expected_public_label = QLabel(ActivityDialog)
        self.expected_public_label.setObjectName(u"expected_public_label")

        self.expected_layout.addWidget(self.expected_public_label)

        self.expected_public_edit = QLineEdit(ActivityDialog)
        self.expected_public_edit.setObjectName(u"expected_public_edit")
        self.expected_public_edit.setMaximumSize(QSize(80, 16777215))

        self.expected_layout.addWidget(self.expected_public_edit)

        self.expected_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expected_layout.addItem(self.expected_spacer)


        self.right_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.expected_layout)

        self.actual_label = QLabel(ActivityDialog)
        self.actual_label.setObjectName(u"actual_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actual_label)

        self.actual_layout = QHBoxLayout()
        self.actual_layout.setObjectName(u"actual_layout")
        self.actual_teachers_label = QLabel(ActivityDialog)
        self.actual_teachers_label.setObjectName(u"actual_teachers_label")

        self.actual_layout.addWidget(self.actual_teachers_label)

        self.actual_teachers_edit = QLineEdit(ActivityDialog)
        self.actual_teachers_edit.setObjectName(u"actual_teachers_edit")
        self.actual_teachers_edit.setMaximumSize(QSize(80, 16777215))

        self.actual_layout.addWidget(self.actual_teachers_edit)

        self.actual_students_label = QLabel(ActivityDialog)
        self.actual_students_label.setObjectName(u"actual_students_label")

        self.actual_layout.addWidget(self.actual_students_label)

        self.actual_students_edit = QLineEdit(ActivityDialog)
        self.actual_students_edit.setObjectName(u"actual_students_edit")
        self.actual_students_edit.setMaximumSize(QSize(80, 16777215))

        self.actual_layout.addWidget(self.actual_students_edit)

        self.actual_public_label = QLabel(ActivityDialog)
        self.actual_public_label.setObjectName(u"actual_public_label")

        self.actual_layout.addWidget(self.actual_public_label)

        self.actual_public_edit = QLineEdit(ActivityDialog)
        self.actual_public_edit.setObjectName(u"actual_public_edit")
        self.actual_public_edit.setMaximumSize(QSize(80, 16777215))

        self.actual_layout.addWidget(self.actual_public_edit)

        self.actual_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actual_layout.addItem(self.actual_spacer)


        self.right_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.actual_layout)

        self.enterprises_label = QLabel(ActivityDialog)
        self.enterprises_label.setObjectName(u"enterprises_label")

        self.right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.enterprises_label)

        self.enterprises_edit = QLineEdit(ActivityDialog)
        self.enterprises_edit.setObjectName(u"enterprises_edit")

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.enterprises_edit)

        self.person_label = QLabel(ActivityDialog)
        self.person_label.setObjectName(u"person_label")

        self.right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_edit = QLineEdit(ActivityDialog)
        self.person_edit.setObjectName(u"person_edit")

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.person_edit)

        self.phone_label = QLabel(ActivityDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.right_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(ActivityDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.right_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.status_label = QLabel(ActivityDialog)
        self.status_label.setObjectName(u"status_label")

        self.right_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(ActivityDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.right_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_combo)


        self.right_column.addLayout(self.right_form)

        self.needs_group = QGroupBox(ActivityDialog)
        self.needs_group.setObjectName(u"needs_group")
        self.needs_layout = QGridLayout(self.needs_group)
        self.needs_layout.setObjectName(u"needs_layout")
        self.need_power_check = QCheckBox(self.needs_group)
        self.need_power_check.setObjectName(u"need_power_check")

        self.needs_layout.addWidget(self.need_power_check, 0, 0, 1, 1)

        self.need_it_check = QCheckBox(self.needs_group)
        self.need_it_check.setObjectName(u"need_it_check")

        self.needs_layout.addWidget(self.need_it_check, 0, 1, 1, 1)

        self.need_security_check = QCheckBox(self.needs_group)
        self.need_security_check.setObjectName(u"need_security_check")

        self.needs_layout.addWidget(self.need_security_check, 1, 0, 1, 1)

        self.need_media_check = QCheckBox(self.needs_group)
        self.need_media_check.setObjectName(u"need_media_check")

        self.needs_layout.addWidget(self.need_media_check, 1, 1, 1, 1)


        self.right_column.addWidget(self.needs_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)

        self.right_column.setStretch(2, 1)

        self.columns_layout.addLayout(self.right_column)


        self.main_layout.addLayout(self.columns_layout)

        self.week_label = QLabel(ActivityDialog)
        self.week_label.setObjectName(u"week_label")
        self.week_label.setWordWrap(True)

        self.main_layout.addWidget(self.week_label)

        self.description_label = QLabel(ActivityDialog)
        self.description_label.setObjectName(u"description_label")

        self.main_layout.addWidget(self.description_label)

        self.description_edit = QPlainTextEdit(ActivityDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.description_edit)

        self.source_label = QLabel(ActivityDialog)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.source_label)

        self.error_label = QLabel(ActivityDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ActivityDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.organiser_label.setBuddy(self.organiser_combo)
        self.title_label.setBuddy(self.title_edit)
        self.category_label.setBuddy(self.category_combo)
        self.theme_day_label.setBuddy(self.theme_day_combo)
        self.first_date_label.setBuddy(self.first_date_edit)
        self.last_date_label.setBuddy(self.last_date_edit)
        self.start_time_label.setBuddy(self.start_time_edit)
        self.end_time_label.setBuddy(self.end_time_edit)
        self.venue_label.setBuddy(self.venue_edit)
        self.campus_label.setBuddy(self.campus_combo)
        self.form_label.setBuddy(self.form_combo)
        self.audience_label.setBuddy(self.audience_edit)
        self.expected_label.setBuddy(self.expected_teachers_edit)
        self.expected_teachers_label.setBuddy(self.expected_teachers_edit)
        self.expected_students_label.setBuddy(self.expected_students_edit)
        self.expected_public_label.setBuddy(self.expected_public_edit)
        self.actual_label.setBuddy(self.actual_teachers_edit)
        self.actual_teachers_label.setBuddy(self.actual_teachers_edit)
        self.actual_students_label.setBuddy(self.actual_students_edit)
        self.actual_public_label.setBuddy(self.actual_public_edit)
        self.enterprises_label.setBuddy(self.enterprises_edit)
        self.person_label.setBuddy(self.person_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.status_label.setBuddy(self.status_combo)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organiser_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.theme_day_combo)
        QWidget.setTabOrder(self.theme_day_combo, self.first_date_edit)
        QWidget.setTabOrder(self.first_date_edit, self.last_date_edit)
        QWidget.setTabOrder(self.last_date_edit, self.start_time_edit)
        QWidget.setTabOrder(self.start_time_edit, self.end_time_edit)
        QWidget.setTabOrder(self.end_time_edit, self.venue_edit)
        QWidget.setTabOrder(self.venue_edit, self.campus_combo)
        QWidget.setTabOrder(self.campus_combo, self.form_combo)
        QWidget.setTabOrder(self.form_combo, self.audience_edit)
        QWidget.setTabOrder(self.audience_edit, self.expected_teachers_edit)
        QWidget.setTabOrder(self.expected_teachers_edit, self.expected_students_edit)
        QWidget.setTabOrder(self.expected_students_edit, self.expected_public_edit)
        QWidget.setTabOrder(self.expected_public_edit, self.actual_teachers_edit)
        QWidget.setTabOrder(self.actual_teachers_edit, self.actual_students_edit)
        QWidget.setTabOrder(self.actual_students_edit, self.actual_public_edit)
        QWidget.setTabOrder(self.actual_public_edit, self.enterprises_edit)
        QWidget.setTabOrder(self.enterprises_edit, self.person_edit)
        QWidget.setTabOrder(self.person_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.need_power_check)
        QWidget.setTabOrder(self.need_power_check, self.need_it_check)
        QWidget.setTabOrder(self.need_it_check, self.need_security_check)
        QWidget.setTabOrder(self.need_security_check, self.need_media_check)
        QWidget.setTabOrder(self.need_media_check, self.description_edit)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8", None))
        self.hint_label.setText(QCoreApplication.translate("ActivityDialog", u"\u5e26 * \u7684\u4e3a\u5fc5\u586b\u9879\u3002\u65e5\u671f\u53ef\u4ee5\u4e0d\u5728\u6d3b\u52a8\u5468\u5185\uff0c\u4f46\u4f1a\u5728\u5217\u8868\u4e2d\u6807\u51fa\u3002", None))
        self.organiser_label.setText(QCoreApplication.translate("ActivityDialog", u"\u7ec4\u7ec7\u5355\u4f4d *", None))
#if QT_CONFIG(tooltip)
        self.organiser_combo.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u4e3e\u529e\u6d3b\u52a8\u7684\u5b66\u9662\u6216\u90e8\u95e8", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u540d\u79f0 *", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u5982\uff1a\u6570\u63a7\u52a0\u5de5\u6280\u80fd\u5c55\u793a", None))
        self.category_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u7c7b\u522b", None))
        self.theme_day_label.setText(QCoreApplication.translate("ActivityDialog", u"\u4e3b\u9898\u65e5", None))
        self.first_date_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u65e5\u671f *", None))
        self.first_date_edit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"yyyy-MM-dd", None))
        self.last_date_label.setText(QCoreApplication.translate("ActivityDialog", u"\u7ed3\u675f\u65e5\u671f", None))
        self.last_date_edit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.last_date_edit.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u8de8\u591a\u5929\u7684\u6d3b\u52a8\uff08\u5982\u5c55\u89c8\u3001\u4e91\u4e0a\u6d3b\u52a8\uff09\u586b\u6700\u540e\u4e00\u5929\uff1b\u4e00\u5929\u7684\u6d3b\u52a8\u4e0e\u6d3b\u52a8\u65e5\u671f\u76f8\u540c", None))
#endif // QT_CONFIG(tooltip)
        self.start_time_label.setText(QCoreApplication.translate("ActivityDialog", u"\u5f00\u59cb\u65f6\u95f4", None))
        self.start_time_edit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"HH:mm", None))
        self.start_time_edit.setSpecialValueText(QCoreApplication.translate("ActivityDialog", u"\u672a\u586b", None))
#if QT_CONFIG(tooltip)
        self.start_time_edit.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u4e0d\u6e05\u695a\u65f6\u95f4\u53ef\u4ee5\u4e0d\u586b\uff08\u663e\u793a\u4e3a\u201c\u672a\u586b\u201d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.end_time_label.setText(QCoreApplication.translate("ActivityDialog", u"\u7ed3\u675f\u65f6\u95f4", None))
        self.end_time_edit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"HH:mm", None))
        self.end_time_edit.setSpecialValueText(QCoreApplication.translate("ActivityDialog", u"\u672a\u586b", None))
#if QT_CONFIG(tooltip)
        self.end_time_edit.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u4e0d\u6e05\u695a\u65f6\u95f4\u53ef\u4ee5\u4e0d\u586b\uff08\u663e\u793a\u4e3a\u201c\u672a\u586b\u201d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.venue_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u5730\u70b9", None))
        self.venue_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u5982\uff1a\u4e1c\u533a\u79d1\u6280\u5e7f\u573a", None))
        self.campus_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6821\u5185/\u6821\u5916", None))
        self.form_label.setText(QCoreApplication.translate("ActivityDialog", u"\u7ebf\u4e0a/\u7ebf\u4e0b", None))
        self.audience_label.setText(QCoreApplication.translate("ActivityDialog", u"\u9762\u5411\u5bf9\u8c61", None))
        self.audience_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u5982\uff1a\u5168\u6821\u5e08\u751f\u3001\u793e\u4f1a\u516c\u4f17", None))
        self.expected_label.setText(QCoreApplication.translate("ActivityDialog", u"\u9884\u8ba1\u53c2\u4e0e", None))
        self.expected_teachers_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6559\u5e08", None))
        self.expected_teachers_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u4eba\u6570", None))
        self.expected_students_label.setText(QCoreApplication.translate("ActivityDialog", u"\u5b66\u751f", None))
        self.expected_students_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u4eba\u6570", None))
        self.expected_public_label.setText(QCoreApplication.translate("ActivityDialog", u"\u516c\u4f17", None))
        self.expected_public_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u4eba\u6570", None))
        self.actual_label.setText(QCoreApplication.translate("ActivityDialog", u"\u5b9e\u9645\u53c2\u4e0e", None))
        self.actual_teachers_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6559\u5e08", None))
        self.actual_teachers_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u4eba\u6570", None))
        self.actual_students_label.setText(QCoreApplication.translate("ActivityDialog", u"\u5b66\u751f", None))
        self.actual_students_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u4eba\u6570", None))
        self.actual_public_label.setText(QCoreApplication.translate("ActivityDialog", u"\u516c\u4f17", None))
        self.actual_public_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u4eba\u6570", None))
        self.enterprises_label.setText(QCoreApplication.translate("ActivityDialog", u"\u5408\u4f5c\u4f01\u4e1a", None))
        self.enterprises_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u591a\u4e2a\u4f01\u4e1a\u7528\u201c\u3001\u201d\u6216\u9017\u53f7\u9694\u5f00", None))
#if QT_CONFIG(tooltip)
        self.enterprises_edit.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u540c\u4e00\u4f01\u4e1a\u7684\u4e0d\u540c\u5199\u6cd5\uff08\u7a7a\u683c\u3001\u5168\u89d2\u62ec\u53f7\uff09\u4f1a\u88ab\u89c6\u4e3a\u540c\u4e00\u5bb6", None))
#endif // QT_CONFIG(tooltip)
        self.person_label.setText(QCoreApplication.translate("ActivityDialog", u"\u8d1f\u8d23\u4eba", None))
        self.phone_label.setText(QCoreApplication.translate("ActivityDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u624b\u673a\u6216\u5ea7\u673a", None))
        self.status_label.setText(QCoreApplication.translate("ActivityDialog", u"\u72b6\u6001", None))
        self.needs_group.setTitle(QCoreApplication.translate("ActivityDialog", u"\u9700\u6c42\uff08\u7531\u76f8\u5173\u90e8\u95e8\u4fdd\u969c\uff09", None))
        self.need_power_check.setText(QCoreApplication.translate("ActivityDialog", u"\u7528\u7535\uff08\u540e\u52e4\u5904\uff09", None))
        self.need_it_check.setText(QCoreApplication.translate("ActivityDialog", u"\u4fe1\u606f\u8bbe\u5907\uff08\u4fe1\u606f\u4e2d\u5fc3\uff09", None))
        self.need_security_check.setText(QCoreApplication.translate("ActivityDialog", u"\u5b89\u4fdd\uff08\u4fdd\u536b\u5904\uff09", None))
        self.need_media_check.setText(QCoreApplication.translate("ActivityDialog", u"\u5ba3\u4f20\u62cd\u6444\uff08\u878d\u5a92\u4f53\u4e2d\u5fc3\uff09", None))
        self.week_label.setText("")
        self.description_label.setText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u7b80\u4ecb", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u5185\u5bb9\u3001\u4eae\u70b9\u7b49\uff08\u4e0d\u8d85\u8fc7 4000 \u5b57\uff09", None))
        self.source_label.setText("")
        self.error_label.setText("")
    # retranslateUi

