# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(900, 520)
        self.main_layout = QVBoxLayout(HistoryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.heading_label = QLabel(HistoryDialog)
        self.heading_label.setObjectName(u"heading_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.heading_label.sizePolicy().hasHeightForWidth())
        self.heading_label.setSizePolicy(sizePolicy)
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top_layout.addWidget(self.heading_label)

        self.filter_label = QLabel(HistoryDialog)
        self.filter_label.setObjectName(u"filter_label")

        self.top_layout.addWidget(self.filter_label)

        self.filter_combo = QComboBox(HistoryDialog)
        self.filter_combo.setObjectName(u"filter_combo")

        self.top_layout.addWidget(self.filter_combo)


        self.main_layout.addLayout(self.top_layout)

        self.table_view = QTableView(HistoryDialog)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(True)

        self.main_layout.addWidget(self.table_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_button = QPushButton(HistoryDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.buttons_layout.addWidget(self.copy_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.count_label = QLabel(HistoryDialog)
        self.count_label.setObjectName(u"count_label")

        self.buttons_layout.addWidget(self.count_label)

        self.close_button = QPushButton(HistoryDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_combo, self.table_view)
        QWidget.setTabOrder(self.table_view, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.close_button)

        self.retranslateUi(HistoryDialog)
        self.close_button.clicked.connect(HistoryDialog.accept)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
        self.heading_label.setText("")
        self.filter_label.setText(QCoreApplication.translate("HistoryDialog", u"\u8bb0\u5f55\u7c7b\u578b\uff1a", None))
#if QT_CONFIG(tooltip)
        self.filter_combo.setToolTip(QCoreApplication.translate("HistoryDialog", u"\u53ea\u770b\u67d0\u4e00\u7c7b\u8bb0\u5f55\uff08\u5b66\u9662\u3001\u6d3b\u52a8\u3001\u90e8\u95e8\u2026\u2026\uff09\u7684\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("HistoryDialog", u"\u590d\u5236", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("HistoryDialog", u"\u590d\u5236\u9009\u4e2d\u7684\u8bb0\u5f55\uff08\u672a\u9009\u4e2d\u65f6\u590d\u5236\u5168\u90e8\uff09\uff0c\u53ef\u7c98\u8d34\u5230 Excel \u6216 Word", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
        self.close_button.setText(QCoreApplication.translate("HistoryDialog", u"\u5173\u95ed", None))
    # retranslateUi

