# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recycle_bin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RecycleBinDialog(object):
    def setupUi(self, RecycleBinDialog):
        if not RecycleBinDialog.objectName():
            RecycleBinDialog.setObjectName(u"RecycleBinDialog")
        RecycleBinDialog.resize(900, 520)
        self.main_layout = QVBoxLayout(RecycleBinDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(RecycleBinDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.table_view = QTableView(RecycleBinDialog)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(False)

        self.main_layout.addWidget(self.table_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.restore_button = QPushButton(RecycleBinDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.buttons_layout.addWidget(self.restore_button)

        self.purge_button = QPushButton(RecycleBinDialog)
        self.purge_button.setObjectName(u"purge_button")

        self.buttons_layout.addWidget(self.purge_button)

        self.empty_button = QPushButton(RecycleBinDialog)
        self.empty_button.setObjectName(u"empty_button")

        self.buttons_layout.addWidget(self.empty_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.count_label = QLabel(RecycleBinDialog)
        self.count_label.setObjectName(u"count_label")

        self.buttons_layout.addWidget(self.count_label)

        self.close_button = QPushButton(RecycleBinDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(RecycleBinDialog)
        self.close_button.clicked.connect(RecycleBinDialog.accept)

        QMetaObject.connectSlotsByName(RecycleBinDialog)
    # setupUi

    def retranslateUi(self, RecycleBinDialog):
        RecycleBinDialog.setWindowTitle(QCoreApplication.translate("RecycleBinDialog", u"\u56de\u6536\u7ad9", None))
        self.hint_label.setText(QCoreApplication.translate("RecycleBinDialog", u"\u5220\u9664\u7684\u6d3b\u52a8\u5148\u653e\u5728\u8fd9\u91cc\uff0c\u53ef\u4ee5\u6062\u590d\uff1b\u5f7b\u5e95\u5220\u9664\u6216\u6e05\u7a7a\u56de\u6536\u7ad9\u540e\u65e0\u6cd5\u627e\u56de\u3002", None))
        self.restore_button.setText(QCoreApplication.translate("RecycleBinDialog", u"\u6062\u590d\u6240\u9009", None))
#if QT_CONFIG(tooltip)
        self.restore_button.setToolTip(QCoreApplication.translate("RecycleBinDialog", u"\u628a\u9009\u4e2d\u7684\u6d3b\u52a8\u653e\u56de\u6d3b\u52a8\u5217\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.purge_button.setText(QCoreApplication.translate("RecycleBinDialog", u"\u5f7b\u5e95\u5220\u9664\u6240\u9009\u2026", None))
#if QT_CONFIG(tooltip)
        self.purge_button.setToolTip(QCoreApplication.translate("RecycleBinDialog", u"\u6c38\u4e45\u5220\u9664\u9009\u4e2d\u7684\u6d3b\u52a8\uff0c\u65e0\u6cd5\u627e\u56de", None))
#endif // QT_CONFIG(tooltip)
        self.empty_button.setText(QCoreApplication.translate("RecycleBinDialog", u"\u6e05\u7a7a\u56de\u6536\u7ad9\u2026", None))
#if QT_CONFIG(tooltip)
        self.empty_button.setToolTip(QCoreApplication.translate("RecycleBinDialog", u"\u6c38\u4e45\u5220\u9664\u56de\u6536\u7ad9\u4e2d\u7684\u5168\u90e8\u6d3b\u52a8\uff0c\u65e0\u6cd5\u627e\u56de", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
        self.close_button.setText(QCoreApplication.translate("RecycleBinDialog", u"\u5173\u95ed", None))
    # retranslateUi

