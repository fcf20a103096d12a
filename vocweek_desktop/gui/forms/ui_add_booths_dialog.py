# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_booths_dialog.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AddBoothsDialog(object):
    def setupUi(self, AddBoothsDialog):
        if not AddBoothsDialog.objectName():
            AddBoothsDialog.setObjectName(u"AddBoothsDialog")
        AddBoothsDialog.resize(380, 330)
        self.main_layout = QVBoxLayout(AddBoothsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout_label_0 = QLabel(AddBoothsDialog)
        self.form_layout_label_0.setObjectName(u"form_layout_label_0")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.form_layout_label_0)

        self.count_spin = QSpinBox(AddBoothsDialog)
        self.count_spin.setObjectName(u"count_spin")
        self.count_spin.setMinimum(1)
        self.count_spin.setMaximum(100)
        self.count_spin.setValue(1)
        self.count_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.count_spin)

        self.form_layout_label_1 = QLabel(AddBoothsDialog)
        self.form_layout_label_1.setObjectName(u"form_layout_label_1")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.form_layout_label_1)

        self.direction_combo = QComboBox(AddBoothsDialog)
        self.direction_combo.setObjectName(u"direction_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.direction_combo)

        self.form_layout_label_2 = QLabel(AddBoothsDialog)
        self.form_layout_label_2.setObjectName(u"form_layout_label_2")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.form_layout_label_2)

        self.gap_spin = QDoubleSpinBox(AddBoothsDialog)
        self.gap_spin.setObjectName(u"gap_spin")
        self.gap_spin.setMinimum(0.000000000000000)
        self.gap_spin.setMaximum(100.000000000000000)
        self.gap_spin.setDecimals(2)
        self.gap_spin.setSingleStep(0.500000000000000)
        self.gap_spin.setValue(1.000000000000000)
        self.gap_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gap_spin)

        self.form_layout_label_3 = QLabel(AddBoothsDialog)
        self.form_layout_label_3.setObjectName(u"form_layout_label_3")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.form_layout_label_3)

        self.width_spin = QDoubleSpinBox(AddBoothsDialog)
        self.width_spin.setObjectName(u"width_spin")
        self.width_spin.setMinimum(0.500000000000000)
        self.width_spin.setMaximum(100.000000000000000)
        self.width_spin.setDecimals(2)
        self.width_spin.setSingleStep(0.500000000000000)
        self.width_spin.setValue(3.000000000000000)
        self.width_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.width_spin)

        self.form_layout_label_4 = QLabel(AddBoothsDialog)
        self.form_layout_label_4.setObjectName(u"form_layout_label_4")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.form_layout_label_4)

        self.depth_spin = QDoubleSpinBox(AddBoothsDialog)
        self.depth_spin.setObjectName(u"depth_spin")
        self.depth_spin.setMinimum(0.500000000000000)
        self.depth_spin.setMaximum(100.000000000000000)
        self.depth_spin.setDecimals(2)
        self.depth_spin.setSingleStep(0.500000000000000)
        self.depth_spin.setValue(3.000000000000000)
        self.depth_spin.setKeyboardTracking(False)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.depth_spin)

        self.form_layout_label_5 = QLabel(AddBoothsDialog)
        self.form_layout_label_5.setObjectName(u"form_layout_label_5")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.form_layout_label_5)

        self.kind_combo = QComboBox(AddBoothsDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.form_layout_label_6 = QLabel(AddBoothsDialog)
        self.form_layout_label_6.setObjectName(u"form_layout_label_6")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.form_layout_label_6)

        self.prefix_edit = QLineEdit(AddBoothsDialog)
        self.prefix_edit.setObjectName(u"prefix_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.prefix_edit)

        self.hint_label = QLabel(AddBoothsDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.hint_label)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(AddBoothsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.form_layout_label_0.setBuddy(self.count_spin)
        self.form_layout_label_1.setBuddy(self.direction_combo)
        self.form_layout_label_2.setBuddy(self.gap_spin)
        self.form_layout_label_3.setBuddy(self.width_spin)
        self.form_layout_label_4.setBuddy(self.depth_spin)
        self.form_layout_label_5.setBuddy(self.kind_combo)
        self.form_layout_label_6.setBuddy(self.prefix_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddBoothsDialog)

        QMetaObject.connectSlotsByName(AddBoothsDialog)
    # setupUi

    def retranslateUi(self, AddBoothsDialog):
        AddBoothsDialog.setWindowTitle(QCoreApplication.translate("AddBoothsDialog", u"\u6dfb\u52a0\u5c55\u4f4d", None))
        self.form_layout_label_0.setText(QCoreApplication.translate("AddBoothsDialog", u"\u6570\u91cf(&N)\uff1a", None))
        self.count_spin.setSuffix(QCoreApplication.translate("AddBoothsDialog", u" \u4e2a", None))
        self.form_layout_label_1.setText(QCoreApplication.translate("AddBoothsDialog", u"\u6392\u5217(&D)\uff1a", None))
        self.form_layout_label_2.setText(QCoreApplication.translate("AddBoothsDialog", u"\u95f4\u8ddd(&G)\uff1a", None))
        self.gap_spin.setSuffix(QCoreApplication.translate("AddBoothsDialog", u" \u7c73", None))
        self.form_layout_label_3.setText(QCoreApplication.translate("AddBoothsDialog", u"\u5bbd(&W)\uff1a", None))
        self.width_spin.setSuffix(QCoreApplication.translate("AddBoothsDialog", u" \u7c73", None))
        self.form_layout_label_4.setText(QCoreApplication.translate("AddBoothsDialog", u"\u6df1(&E)\uff1a", None))
        self.depth_spin.setSuffix(QCoreApplication.translate("AddBoothsDialog", u" \u7c73", None))
        self.form_layout_label_5.setText(QCoreApplication.translate("AddBoothsDialog", u"\u7c7b\u578b(&K)\uff1a", None))
        self.form_layout_label_6.setText(QCoreApplication.translate("AddBoothsDialog", u"\u7f16\u53f7\u524d\u7f00(&P)\uff1a", None))
        self.prefix_edit.setPlaceholderText(QCoreApplication.translate("AddBoothsDialog", u"\u5982 A\uff08\u65b0\u5c55\u4f4d\u63a5\u7740\u5df2\u6709\u7f16\u53f7\u5f80\u540e\u6392\uff09", None))
        self.hint_label.setText(QCoreApplication.translate("AddBoothsDialog", u"\u65b0\u5c55\u4f4d\u653e\u5728\u89c6\u56fe\u4e2d\u592e\uff08\u4e00\u6392\u65f6\u4ece\u4e2d\u592e\u5411\u53f3\u6392\u5f00\uff09\uff0c\u4e4b\u540e\u53ef\u4ee5\u62d6\u5230\u5408\u9002\u7684\u4f4d\u7f6e\u3002", None))
    # retranslateUi

