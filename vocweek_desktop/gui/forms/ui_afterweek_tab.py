# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'afterweek_tab.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AfterweekTab(object):
    def setupUi(self, AfterweekTab):
        if not AfterweekTab.objectName():
            AfterweekTab.setObjectName(u"AfterweekTab")
        AfterweekTab.resize(1200, 720)
        self.main_layout = QVBoxLayout(AfterweekTab)
        self.main_layout.setObjectName(u"main_layout")
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.summary_label = QLabel(AfterweekTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.actions_layout.addWidget(self.summary_label)

        self.templates_button = QPushButton(AfterweekTab)
        self.templates_button.setObjectName(u"templates_button")

        self.actions_layout.addWidget(self.templates_button)

        self.import_button = QPushButton(AfterweekTab)
        self.import_button.setObjectName(u"import_button")

        self.actions_layout.addWidget(self.import_button)

        self.report_pdf_button = QPushButton(AfterweekTab)
        self.report_pdf_button.setObjectName(u"report_pdf_button")

        self.actions_layout.addWidget(self.report_pdf_button)

        self.report_xlsx_button = QPushButton(AfterweekTab)
        self.report_xlsx_button.setObjectName(u"report_xlsx_button")

        self.actions_layout.addWidget(self.report_xlsx_button)

        self.actions_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.actions_layout)

        self.splitter = QSplitter(AfterweekTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.colleges_group = QGroupBox(self.splitter)
        self.colleges_group.setObjectName(u"colleges_group")
        self.colleges_layout = QVBoxLayout(self.colleges_group)
        self.colleges_layout.setObjectName(u"colleges_layout")
        self.colleges_view = QTableView(self.colleges_group)
        self.colleges_view.setObjectName(u"colleges_view")
        self.colleges_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.colleges_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.colleges_view.setAlternatingRowColors(True)
        self.colleges_view.setSortingEnabled(True)
        self.colleges_view.verticalHeader().setVisible(False)

        self.colleges_layout.addWidget(self.colleges_view)

        self.colleges_hint = QLabel(self.colleges_group)
        self.colleges_hint.setObjectName(u"colleges_hint")
        self.colleges_hint.setWordWrap(True)

        self.colleges_layout.addWidget(self.colleges_hint)

        self.splitter.addWidget(self.colleges_group)
        self.publicity_group = QGroupBox(self.splitter)
        self.publicity_group.setObjectName(u"publicity_group")
        self.publicity_layout = QVBoxLayout(self.publicity_group)
        self.publicity_layout.setObjectName(u"publicity_layout")
        self.splitter.addWidget(self.publicity_group)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(AfterweekTab)

        QMetaObject.connectSlotsByName(AfterweekTab)
    # setupUi

    def retranslateUi(self, AfterweekTab):
        AfterweekTab.setWindowTitle(QCoreApplication.translate("AfterweekTab", u"\u6d3b\u52a8\u603b\u7ed3", None))
        self.summary_label.setText("")
        self.templates_button.setText(QCoreApplication.translate("AfterweekTab", u"\u751f\u6210\u60c5\u51b5\u7edf\u8ba1\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.templates_button.setToolTip(QCoreApplication.translate("AfterweekTab", u"\u4e3a\u4e00\u4e2a\u6216\u5168\u90e8\u5b66\u9662\u751f\u6210\u9644\u4ef62 \u60c5\u51b5\u7edf\u8ba1\u8868\uff08\u9884\u586b\u5df2\u62a5\u540d\u7684\u6d3b\u52a8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("AfterweekTab", u"\u5bfc\u5165\u60c5\u51b5\u7edf\u8ba1\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("AfterweekTab", u"\u5bfc\u5165\u5b66\u9662\u4ea4\u56de\u7684\u9644\u4ef62\uff08\u5bfc\u5165\u524d\u5148\u9884\u89c8\u8ba1\u5212\u4e0e\u5b9e\u9645\u7684\u5dee\u5f02\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.report_pdf_button.setText(QCoreApplication.translate("AfterweekTab", u"\u5bfc\u51fa\u603b\u7ed3\u62a5\u544a\u2026", None))
#if QT_CONFIG(tooltip)
        self.report_pdf_button.setToolTip(QCoreApplication.translate("AfterweekTab", u"\u5bfc\u51fa\u6d3b\u52a8\u5468\u603b\u7ed3\u6570\u636e\uff1aPDF\uff08\u5c01\u9762\u3001\u56fe\u8868\u3001\u8868\u683c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.report_xlsx_button.setText(QCoreApplication.translate("AfterweekTab", u"\u5bfc\u51fa\u603b\u7ed3\u6570\u636e\u2026", None))
#if QT_CONFIG(tooltip)
        self.report_xlsx_button.setToolTip(QCoreApplication.translate("AfterweekTab", u"\u5bfc\u51fa\u6d3b\u52a8\u5468\u603b\u7ed3\u6570\u636e\uff1aExcel\uff08\u6bcf\u5f20\u8868\u4e00\u4e2a\u5de5\u4f5c\u8868\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.colleges_group.setTitle(QCoreApplication.translate("AfterweekTab", u"\u5404\u5b66\u9662\u4e3e\u529e\u60c5\u51b5\uff08\u6309\u60c5\u51b5\u7edf\u8ba1\u8868\uff09", None))
#if QT_CONFIG(tooltip)
        self.colleges_view.setToolTip(QCoreApplication.translate("AfterweekTab", u"\u53cc\u51fb\u4e00\u884c\uff0c\u5728\u201c\u6d3b\u52a8\u62a5\u540d\u201d\u4e2d\u67e5\u770b\u8be5\u5b66\u9662\u7684\u6d3b\u52a8", None))
#endif // QT_CONFIG(tooltip)
        self.colleges_hint.setText("")
        self.publicity_group.setTitle(QCoreApplication.translate("AfterweekTab", u"\u5ba3\u4f20\u62a5\u9053", None))
    # retranslateUi

