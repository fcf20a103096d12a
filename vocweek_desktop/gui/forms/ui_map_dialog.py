# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'map_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_MapDialog(object):
    def setupUi(self, MapDialog):
        if not MapDialog.objectName():
            MapDialog.setObjectName(u"MapDialog")
        MapDialog.resize(380, 120)
        self.main_layout = QVBoxLayout(MapDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout_label_0 = QLabel(MapDialog)
        self.form_layout_label_0.setObjectName(u"form_layout_label_0")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.form_layout_label_0)

        self.format_combo = QComboBox(MapDialog)
        self.format_combo.setObjectName(u"format_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.form_layout_label_1 = QLabel(MapDialog)
        self.form_layout_label_1.setObjectName(u"form_layout_label_1")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.form_layout_label_1)

        self.paper_combo = QComboBox(MapDialog)
        self.paper_combo.setObjectName(u"paper_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paper_combo)

        self.form_layout_label_2 = QLabel(MapDialog)
        self.form_layout_label_2.setObjectName(u"form_layout_label_2")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.form_layout_label_2)

        self.portrait_check = QCheckBox(MapDialog)
        self.portrait_check.setObjectName(u"portrait_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portrait_check)

        self.form_layout_label_3 = QLabel(MapDialog)
        self.form_layout_label_3.setObjectName(u"form_layout_label_3")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.form_layout_label_3)

        self.dpi_spin = QSpinBox(MapDialog)
        self.dpi_spin.setObjectName(u"dpi_spin")
        self.dpi_spin.setMinimum(50)
        self.dpi_spin.setMaximum(1200)
        self.dpi_spin.setValue(200)
        self.dpi_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dpi_spin)

        self.scale_label = QLabel(MapDialog)
        self.scale_label.setObjectName(u"scale_label")
        self.scale_label.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.scale_label)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(MapDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.form_layout_label_0.setBuddy(self.format_combo)
        self.form_layout_label_1.setBuddy(self.paper_combo)
        self.form_layout_label_2.setBuddy(self.portrait_check)
        self.form_layout_label_3.setBuddy(self.dpi_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MapDialog)

        QMetaObject.connectSlotsByName(MapDialog)
    # setupUi

    def retranslateUi(self, MapDialog):
        MapDialog.setWindowTitle(QCoreApplication.translate("MapDialog", u"\u5bfc\u51fa\u4f4d\u7f6e\u5206\u5e03\u56fe", None))
        self.form_layout_label_0.setText(QCoreApplication.translate("MapDialog", u"\u683c\u5f0f(&F)\uff1a", None))
        self.form_layout_label_1.setText(QCoreApplication.translate("MapDialog", u"\u7eb8\u5f20(&P)\uff1a", None))
        self.form_layout_label_2.setText("")
        self.portrait_check.setText(QCoreApplication.translate("MapDialog", u"\u7eb5\u5411(&V)", None))
        self.form_layout_label_3.setText(QCoreApplication.translate("MapDialog", u"\u5206\u8fa8\u7387(&R)\uff1a", None))
        self.dpi_spin.setSuffix(QCoreApplication.translate("MapDialog", u" DPI", None))
        self.scale_label.setText("")
    # retranslateUi

