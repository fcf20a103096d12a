# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_OperatorDialog(object):
    def setupUi(self, OperatorDialog):
        if not OperatorDialog.objectName():
            OperatorDialog.setObjectName(u"OperatorDialog")
        OperatorDialog.resize(420, 160)
        self.main_layout = QVBoxLayout(OperatorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prompt_label = QLabel(OperatorDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.main_layout.addWidget(self.prompt_label)

        self.operator_edit = QLineEdit(OperatorDialog)
        self.operator_edit.setObjectName(u"operator_edit")
        self.operator_edit.setMaxLength(100)

        self.main_layout.addWidget(self.operator_edit)

        self.hint_label = QLabel(OperatorDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.error_label = QLabel(OperatorDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(OperatorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.prompt_label.setBuddy(self.operator_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OperatorDialog)

        QMetaObject.connectSlotsByName(OperatorDialog)
    # setupUi

    def retranslateUi(self, OperatorDialog):
        OperatorDialog.setWindowTitle(QCoreApplication.translate("OperatorDialog", u"\u64cd\u4f5c\u4eba", None))
        self.prompt_label.setText(QCoreApplication.translate("OperatorDialog", u"\u8bf7\u8f93\u5165\u60a8\u7684\u59d3\u540d\uff08\u8bb0\u5f55\u5728\u4fee\u6539\u8bb0\u5f55\u4e2d\uff09", None))
        self.operator_edit.setPlaceholderText(QCoreApplication.translate("OperatorDialog", u"\u5982\uff1a\u5f20\u4f1f", None))
        self.hint_label.setText(QCoreApplication.translate("OperatorDialog", u"\u4e4b\u540e\u53ef\u5728\u201c\u6587\u4ef6 \u2192 \u64cd\u4f5c\u4eba\u2026\u201d\u4e2d\u4fee\u6539\uff1b\u547d\u4ee4\u884c\u53ef\u7528 --operator \u4e34\u65f6\u6307\u5b9a\u3002", None))
        self.error_label.setText("")
    # retranslateUi

