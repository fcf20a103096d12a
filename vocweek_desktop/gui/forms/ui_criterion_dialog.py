# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criterion_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CriterionDialog(object):
    def setupUi(self, CriterionDialog):
        if not CriterionDialog.objectName():
            CriterionDialog.setObjectName(u"CriterionDialog")
        CriterionDialog.resize(480, 240)
        self.main_layout = QVBoxLayout(CriterionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(CriterionDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CriterionDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.max_points_label = QLabel(CriterionDialog)
        self.max_points_label.setObjectName(u"max_points_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.max_points_label)

        self.max_points_edit = QLineEdit(CriterionDialog)
        self.max_points_edit.setObjectName(u"max_points_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.max_points_edit)

        self.description_label = QLabel(CriterionDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(CriterionDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CriterionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(CriterionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.max_points_label.setBuddy(self.max_points_edit)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.max_points_edit)
        QWidget.setTabOrder(self.max_points_edit, self.description_edit)

        self.retranslateUi(CriterionDialog)

        QMetaObject.connectSlotsByName(CriterionDialog)
    # setupUi

    def retranslateUi(self, CriterionDialog):
        CriterionDialog.setWindowTitle(QCoreApplication.translate("CriterionDialog", u"\u8bc4\u5206\u6807\u51c6", None))
        self.name_label.setText(QCoreApplication.translate("CriterionDialog", u"\u540d\u79f0 *", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CriterionDialog", u"\u5982\uff1a\u7ebf\u4e0b\u6d3b\u52a8\u6570\u91cf\u53ca\u8d28\u91cf", None))
        self.max_points_label.setText(QCoreApplication.translate("CriterionDialog", u"\u5206\u503c *", None))
        self.max_points_edit.setPlaceholderText(QCoreApplication.translate("CriterionDialog", u"\u5982 40\uff08\u53ef\u4e3a .5\uff09", None))
        self.description_label.setText(QCoreApplication.translate("CriterionDialog", u"\u8bf4\u660e", None))
        self.error_label.setText("")
    # retranslateUi

