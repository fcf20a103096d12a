# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OverviewTab(object):
    def setupUi(self, OverviewTab):
        if not OverviewTab.objectName():
            OverviewTab.setObjectName(u"OverviewTab")
        OverviewTab.resize(1200, 720)
        self.main_layout = QVBoxLayout(OverviewTab)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(OverviewTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.days_group = QGroupBox(OverviewTab)
        self.days_group.setObjectName(u"days_group")
        self.days_layout = QHBoxLayout(self.days_group)
        self.days_layout.setSpacing(8)
        self.days_layout.setObjectName(u"days_layout")

        self.main_layout.addWidget(self.days_group)

        self.lower_splitter = QSplitter(OverviewTab)
        self.lower_splitter.setObjectName(u"lower_splitter")
        self.lower_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.lower_splitter.setChildrenCollapsible(False)
        self.warnings_group = QGroupBox(self.lower_splitter)
        self.warnings_group.setObjectName(u"warnings_group")
        self.warnings_layout = QVBoxLayout(self.warnings_group)
        self.warnings_layout.setObjectName(u"warnings_layout")
        self.warnings_list = QListWidget(self.warnings_group)
        self.warnings_list.setObjectName(u"warnings_list")
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setAlternatingRowColors(True)
        self.warnings_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.warnings_layout.addWidget(self.warnings_list)

        self.lower_splitter.addWidget(self.warnings_group)
        self.counts_widget = QWidget(self.lower_splitter)
        self.counts_widget.setObjectName(u"counts_widget")
        self.counts_layout = QVBoxLayout(self.counts_widget)
        self.counts_layout.setObjectName(u"counts_layout")
        self.counts_layout.setContentsMargins(0, 0, 0, 0)
        self.theme_group = QGroupBox(self.counts_widget)
        self.theme_group.setObjectName(u"theme_group")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.theme_group.sizePolicy().hasHeightForWidth())
        self.theme_group.setSizePolicy(sizePolicy)
        self.theme_layout = QVBoxLayout(self.theme_group)
        self.theme_layout.setObjectName(u"theme_layout")
        self.theme_table = QTableWidget(self.theme_group)
        if (self.theme_table.columnCount() < 2):
            self.theme_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.theme_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.theme_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.theme_table.setObjectName(u"theme_table")
        self.theme_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.theme_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.theme_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.theme_table.horizontalHeader().setStretchLastSection(False)
        self.theme_table.verticalHeader().setVisible(False)

        self.theme_layout.addWidget(self.theme_table)


        self.counts_layout.addWidget(self.theme_group)

        self.category_group = QGroupBox(self.counts_widget)
        self.category_group.setObjectName(u"category_group")
        sizePolicy.setHeightForWidth(self.category_group.sizePolicy().hasHeightForWidth())
        self.category_group.setSizePolicy(sizePolicy)
        self.category_layout = QVBoxLayout(self.category_group)
        self.category_layout.setObjectName(u"category_layout")
        self.category_table = QTableWidget(self.category_group)
        if (self.category_table.columnCount() < 2):
            self.category_table.setColumnCount(2)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.category_table.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.category_table.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        self.category_table.setObjectName(u"category_table")
        self.category_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.category_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.category_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.category_table.horizontalHeader().setStretchLastSection(False)
        self.category_table.verticalHeader().setVisible(False)

        self.category_layout.addWidget(self.category_table)


        self.counts_layout.addWidget(self.category_group)

        self.counts_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.counts_layout.addItem(self.counts_spacer)

        self.counts_layout.setStretch(2, 1)
        self.lower_splitter.addWidget(self.counts_widget)
        self.chart_group = QGroupBox(self.lower_splitter)
        self.chart_group.setObjectName(u"chart_group")
        self.chart_layout = QVBoxLayout(self.chart_group)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_placeholder = QLabel(self.chart_group)
        self.chart_placeholder.setObjectName(u"chart_placeholder")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.chart_placeholder.sizePolicy().hasHeightForWidth())
        self.chart_placeholder.setSizePolicy(sizePolicy1)

        self.chart_layout.addWidget(self.chart_placeholder)

        self.chart_buttons_layout = QHBoxLayout()
        self.chart_buttons_layout.setObjectName(u"chart_buttons_layout")
        self.chart_hint_label = QLabel(self.chart_group)
        self.chart_hint_label.setObjectName(u"chart_hint_label")

        self.chart_buttons_layout.addWidget(self.chart_hint_label)

        self.chart_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chart_buttons_layout.addItem(self.chart_buttons_spacer)

        self.save_chart_button = QPushButton(self.chart_group)
        self.save_chart_button.setObjectName(u"save_chart_button")

        self.chart_buttons_layout.addWidget(self.save_chart_button)


        self.chart_layout.addLayout(self.chart_buttons_layout)

        self.lower_splitter.addWidget(self.chart_group)

        self.main_layout.addWidget(self.lower_splitter)


        self.retranslateUi(OverviewTab)

        QMetaObject.connectSlotsByName(OverviewTab)
    # setupUi

    def retranslateUi(self, OverviewTab):
        OverviewTab.setWindowTitle(QCoreApplication.translate("OverviewTab", u"\u6982\u89c8", None))
        self.summary_label.setText("")
        self.days_group.setTitle(QCoreApplication.translate("OverviewTab", u"\u6bcf\u65e5\u6d3b\u52a8\uff08\u5355\u51fb\u67d0\u4e00\u5929\uff0c\u5728\u201c\u6d3b\u52a8\u62a5\u540d\u201d\u4e2d\u67e5\u770b\u5f53\u5929\u7684\u6d3b\u52a8\uff09", None))
        self.warnings_group.setTitle(QCoreApplication.translate("OverviewTab", u"\u9700\u8981\u6ce8\u610f", None))
#if QT_CONFIG(tooltip)
        self.warnings_list.setToolTip(QCoreApplication.translate("OverviewTab", u"\u5355\u51fb\u4e00\u6761\u63d0\u9192\uff0c\u5728\u201c\u6d3b\u52a8\u62a5\u540d\u201d\u4e2d\u67e5\u770b\u76f8\u5173\u7684\u6d3b\u52a8", None))
#endif // QT_CONFIG(tooltip)
        self.theme_group.setTitle(QCoreApplication.translate("OverviewTab", u"\u4e3b\u9898\u65e5", None))
        ___qtablewidgetitem = self.theme_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OverviewTab", u"\u4e3b\u9898\u65e5", None))
        ___qtablewidgetitem1 = self.theme_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OverviewTab", u"\u6d3b\u52a8\u6570", None))
#if QT_CONFIG(tooltip)
        self.theme_table.setToolTip(QCoreApplication.translate("OverviewTab", u"\u5355\u51fb\u4e00\u884c\uff0c\u67e5\u770b\u8be5\u4e3b\u9898\u65e5\u7684\u6d3b\u52a8", None))
#endif // QT_CONFIG(tooltip)
        self.category_group.setTitle(QCoreApplication.translate("OverviewTab", u"\u6d3b\u52a8\u7c7b\u522b", None))
        ___qtablewidgetitem2 = self.category_table.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OverviewTab", u"\u6d3b\u52a8\u7c7b\u522b", None))
        ___qtablewidgetitem3 = self.category_table.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OverviewTab", u"\u6d3b\u52a8\u6570", None))
#if QT_CONFIG(tooltip)
        self.category_table.setToolTip(QCoreApplication.translate("OverviewTab", u"\u5355\u51fb\u4e00\u884c\uff0c\u67e5\u770b\u8be5\u7c7b\u522b\u7684\u6d3b\u52a8", None))
#endif // QT_CONFIG(tooltip)
        self.chart_group.setTitle(QCoreApplication.translate("OverviewTab", u"\u5404\u5b66\u9662\u6d3b\u52a8\u6570", None))
        self.chart_placeholder.setText(QCoreApplication.translate("OverviewTab", u"\u6b63\u5728\u7ed8\u5236\u56fe\u8868\u2026", None))
        self.chart_hint_label.setText(QCoreApplication.translate("OverviewTab", u"\u5355\u51fb\u67f1\u6761\u67e5\u770b\u8be5\u5b66\u9662\u7684\u6d3b\u52a8", None))
        self.save_chart_button.setText(QCoreApplication.translate("OverviewTab", u"\u4fdd\u5b58\u56fe\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_chart_button.setToolTip(QCoreApplication.translate("OverviewTab", u"\u628a\u56fe\u8868\u4fdd\u5b58\u4e3a PNG \u56fe\u7247\u6216 PDF \u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

