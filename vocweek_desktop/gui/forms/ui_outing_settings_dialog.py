# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outing_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_OutingSettingsDialog(object):
    def setupUi(self, OutingSettingsDialog):
        if not OutingSettingsDialog.objectName():
            OutingSettingsDialog.setObjectName(u"OutingSettingsDialog")
        OutingSettingsDialog.resize(420, 360)
        self.main_layout = QVBoxLayout(OutingSettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.lead_layout = QHBoxLayout()
        self.lead_layout.setObjectName(u"lead_layout")
        self.lead_label = QLabel(OutingSettingsDialog)
        self.lead_label.setObjectName(u"lead_label")

        self.lead_layout.addWidget(self.lead_label)

        self.lead_days_spin = QSpinBox(OutingSettingsDialog)
        self.lead_days_spin.setObjectName(u"lead_days_spin")
        self.lead_days_spin.setMaximum(60)

        self.lead_layout.addWidget(self.lead_days_spin)

        self.lead_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lead_layout.addItem(self.lead_spacer)


        self.main_layout.addLayout(self.lead_layout)

        self.lead_hint_label = QLabel(OutingSettingsDialog)
        self.lead_hint_label.setObjectName(u"lead_hint_label")
        self.lead_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.lead_hint_label)

        self.papers_group = QGroupBox(OutingSettingsDialog)
        self.papers_group.setObjectName(u"papers_group")
        self.papers_layout = QVBoxLayout(self.papers_group)
        self.papers_layout.setObjectName(u"papers_layout")
        self.paper_0_check = QCheckBox(self.papers_group)
        self.paper_0_check.setObjectName(u"paper_0_check")

        self.papers_layout.addWidget(self.paper_0_check)

        self.paper_1_check = QCheckBox(self.papers_group)
        self.paper_1_check.setObjectName(u"paper_1_check")

        self.papers_layout.addWidget(self.paper_1_check)

        self.paper_2_check = QCheckBox(self.papers_group)
        self.paper_2_check.setObjectName(u"paper_2_check")

        self.papers_layout.addWidget(self.paper_2_check)

        self.paper_3_check = QCheckBox(self.papers_group)
        self.paper_3_check.setObjectName(u"paper_3_check")

        self.papers_layout.addWidget(self.paper_3_check)

        self.paper_4_check = QCheckBox(self.papers_group)
        self.paper_4_check.setObjectName(u"paper_4_check")

        self.papers_layout.addWidget(self.paper_4_check)


        self.main_layout.addWidget(self.papers_group)

        self.papers_hint_label = QLabel(OutingSettingsDialog)
        self.papers_hint_label.setObjectName(u"papers_hint_label")
        self.papers_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.papers_hint_label)

        self.error_label = QLabel(OutingSettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(OutingSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.lead_label.setBuddy(self.lead_days_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutingSettingsDialog)

        QMetaObject.connectSlotsByName(OutingSettingsDialog)
    # setupUi

    def retranslateUi(self, OutingSettingsDialog):
        OutingSettingsDialog.setWindowTitle(QCoreApplication.translate("OutingSettingsDialog", u"\u5916\u51fa\u5ba1\u6279\u89c4\u5219", None))
        self.lead_label.setText(QCoreApplication.translate("OutingSettingsDialog", u"\u81f3\u5c11\u63d0\u524d\u5929\u6570\uff1a", None))
        self.lead_days_spin.setSuffix(QCoreApplication.translate("OutingSettingsDialog", u" \u5929", None))
        self.lead_hint_label.setText(QCoreApplication.translate("OutingSettingsDialog", u"\u63d0\u4ea4\u65f6\u95f4\u8ddd\u51fa\u53d1\u4e0d\u8db3\u8fd9\u4e9b\u5929\u65f6\uff0c\u5217\u8868\u548c\u5ba1\u6279\u65f6\u4f1a\u63d0\u793a\uff08\u4e0d\u62d2\u7edd\uff09\u3002", None))
        self.papers_group.setTitle(QCoreApplication.translate("OutingSettingsDialog", u"\u6279\u51c6\u524d\u5fc5\u987b\u4ea4\u9f50\u7684\u6750\u6599", None))
        self.paper_0_check.setText("")
        self.paper_1_check.setText("")
        self.paper_2_check.setText("")
        self.paper_3_check.setText("")
        self.paper_4_check.setText("")
        self.papers_hint_label.setText(QCoreApplication.translate("OutingSettingsDialog", u"\u79df\u7528\u8f66\u8f86\u7684\u7533\u8bf7\u53e6\u987b\u8f66\u8f86\u5408\u540c\u3002", None))
        self.error_label.setText("")
    # retranslateUi

