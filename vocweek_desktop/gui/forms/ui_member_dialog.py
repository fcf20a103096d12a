# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(440, 150)
        self.main_layout = QVBoxLayout(MemberDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.role_label = QLabel(MemberDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(MemberDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.name_label = QLabel(MemberDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(MemberDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(MemberDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(MemberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role_combo)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role_combo, self.name_edit)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"\u9886\u5bfc\u5c0f\u7ec4\u6210\u5458", None))
        self.role_label.setText(QCoreApplication.translate("MemberDialog", u"\u804c\u52a1", None))
        self.name_label.setText(QCoreApplication.translate("MemberDialog", u"\u59d3\u540d\u6216\u8bf4\u660e *", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u5982\uff1a\u9ad8\u8389\uff0c\u6216\uff1a\u5404\u4e8c\u7ea7\u5b66\u9662\u9662\u957f\u548c\u4e66\u8bb0", None))
        self.error_label.setText("")
    # retranslateUi

