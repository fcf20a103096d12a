# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'publicity_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PublicityDialog(object):
    def setupUi(self, PublicityDialog):
        if not PublicityDialog.objectName():
            PublicityDialog.setObjectName(u"PublicityDialog")
        PublicityDialog.resize(560, 360)
        self.main_layout = QVBoxLayout(PublicityDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(PublicityDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.channel_label = QLabel(PublicityDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(PublicityDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.title_label = QLabel(PublicityDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(PublicityDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.link_label = QLabel(PublicityDialog)
        self.link_label.setObjectName(u"link_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.link_label)

        self.link_edit = QLineEdit(PublicityDialog)
        self.link_edit.setObjectName(u"link_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.link_edit)

        self.published_label = QLabel(PublicityDialog)
        self.published_label.setObjectName(u"published_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.published_label)

        self.date_layout = QHBoxLayout()
        self.date_layout.setObjectName(u"date_layout")
        self.published_check = QCheckBox(PublicityDialog)
        self.published_check.setObjectName(u"published_check")

        self.date_layout.addWidget(self.published_check)

        self.published_edit = QDateEdit(PublicityDialog)
        self.published_edit.setObjectName(u"published_edit")
        self.published_edit.setCalendarPopup(True)

        self.date_layout.addWidget(self.published_edit)

        self.date_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_layout.addItem(self.date_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.date_layout)

        self.college_label = QLabel(PublicityDialog)
        self.college_label.setObjectName(u"college_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.college_label)

        self.college_combo = QComboBox(PublicityDialog)
        self.college_combo.setObjectName(u"college_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.college_combo)

        self.activity_label = QLabel(PublicityDialog)
        self.activity_label.setObjectName(u"activity_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.activity_label)

        self.activity_combo = QComboBox(PublicityDialog)
        self.activity_combo.setObjectName(u"activity_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.activity_combo)

        self.notes_label = QLabel(PublicityDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QLineEdit(PublicityDialog)
        self.notes_edit.setObjectName(u"notes_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PublicityDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PublicityDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.channel_label.setBuddy(self.channel_combo)
        self.title_label.setBuddy(self.title_edit)
        self.link_label.setBuddy(self.link_edit)
        self.college_label.setBuddy(self.college_combo)
        self.activity_label.setBuddy(self.activity_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PublicityDialog)

        QMetaObject.connectSlotsByName(PublicityDialog)
    # setupUi

    def retranslateUi(self, PublicityDialog):
        PublicityDialog.setWindowTitle(QCoreApplication.translate("PublicityDialog", u"\u5ba3\u4f20\u62a5\u9053", None))
        self.hint_label.setText(QCoreApplication.translate("PublicityDialog", u"\u5e26 * \u7684\u4e3a\u5fc5\u586b\u9879\u3002\u5b66\u9662\u3001\u76f8\u5173\u6d3b\u52a8\u53ef\u7559\u7a7a\uff1b\u9009\u4e86\u6d3b\u52a8\u800c\u6ca1\u9009\u5b66\u9662\u65f6\uff0c\u6309\u6d3b\u52a8\u6240\u5c5e\u5b66\u9662\u8bb0\u3002", None))
        self.channel_label.setText(QCoreApplication.translate("PublicityDialog", u"\u6e20\u9053 *", None))
        self.title_label.setText(QCoreApplication.translate("PublicityDialog", u"\u6807\u9898 *", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PublicityDialog", u"\u62a5\u9053\u7684\u6807\u9898", None))
        self.link_label.setText(QCoreApplication.translate("PublicityDialog", u"\u94fe\u63a5", None))
        self.link_edit.setPlaceholderText(QCoreApplication.translate("PublicityDialog", u"https://\u2026", None))
        self.published_label.setText(QCoreApplication.translate("PublicityDialog", u"\u53d1\u5e03\u65e5\u671f", None))
        self.published_check.setText(QCoreApplication.translate("PublicityDialog", u"\u5df2\u77e5", None))
        self.published_edit.setDisplayFormat(QCoreApplication.translate("PublicityDialog", u"yyyy-MM-dd", None))
        self.college_label.setText(QCoreApplication.translate("PublicityDialog", u"\u5b66\u9662", None))
        self.activity_label.setText(QCoreApplication.translate("PublicityDialog", u"\u76f8\u5173\u6d3b\u52a8", None))
        self.notes_label.setText(QCoreApplication.translate("PublicityDialog", u"\u5907\u6ce8", None))
        self.error_label.setText("")
    # retranslateUi

