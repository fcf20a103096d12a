# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'judge_dialog.ui'
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

class Ui_JudgeDialog(object):
    def setupUi(self, JudgeDialog):
        if not JudgeDialog.objectName():
            JudgeDialog.setObjectName(u"JudgeDialog")
        JudgeDialog.resize(440, 170)
        self.main_layout = QVBoxLayout(JudgeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(JudgeDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(JudgeDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.unit_label = QLabel(JudgeDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(JudgeDialog)
        self.unit_edit.setObjectName(u"unit_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.college_label = QLabel(JudgeDialog)
        self.college_label.setObjectName(u"college_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.college_label)

        self.college_combo = QComboBox(JudgeDialog)
        self.college_combo.setObjectName(u"college_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.college_combo)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(JudgeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(JudgeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.college_label.setBuddy(self.college_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.college_combo)

        self.retranslateUi(JudgeDialog)

        QMetaObject.connectSlotsByName(JudgeDialog)
    # setupUi

    def retranslateUi(self, JudgeDialog):
        JudgeDialog.setWindowTitle(QCoreApplication.translate("JudgeDialog", u"\u8bc4\u59d4", None))
        self.name_label.setText(QCoreApplication.translate("JudgeDialog", u"\u59d3\u540d *", None))
        self.unit_label.setText(QCoreApplication.translate("JudgeDialog", u"\u5355\u4f4d", None))
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("JudgeDialog", u"\u5982\uff1a\u6559\u52a1\u5904", None))
        self.college_label.setText(QCoreApplication.translate("JudgeDialog", u"\u6240\u5728\u5b66\u9662", None))
#if QT_CONFIG(tooltip)
        self.college_combo.setToolTip(QCoreApplication.translate("JudgeDialog", u"\u8bc4\u59d4\u6765\u81ea\u7684\u5b66\u9662\uff1a\u8bc4\u5206\u65f6\u5bf9\u8be5\u5b66\u9662\u56de\u907f", None))
#endif // QT_CONFIG(tooltip)
        self.error_label.setText("")
    # retranslateUi

