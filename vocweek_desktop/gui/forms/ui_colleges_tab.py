# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'colleges_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QSizePolicy, QSplitter,
    QVBoxLayout, QWidget)

class Ui_CollegesTab(object):
    def setupUi(self, CollegesTab):
        if not CollegesTab.objectName():
            CollegesTab.setObjectName(u"CollegesTab")
        CollegesTab.resize(1200, 760)
        self.main_layout = QVBoxLayout(CollegesTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(CollegesTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.colleges_group = QGroupBox(self.splitter)
        self.colleges_group.setObjectName(u"colleges_group")
        self.colleges_layout = QVBoxLayout(self.colleges_group)
        self.colleges_layout.setObjectName(u"colleges_layout")
        self.splitter.addWidget(self.colleges_group)
        self.org_splitter = QSplitter(self.splitter)
        self.org_splitter.setObjectName(u"org_splitter")
        self.org_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.org_splitter.setChildrenCollapsible(False)
        self.departments_group = QGroupBox(self.org_splitter)
        self.departments_group.setObjectName(u"departments_group")
        self.departments_layout = QVBoxLayout(self.departments_group)
        self.departments_layout.setObjectName(u"departments_layout")
        self.org_splitter.addWidget(self.departments_group)
        self.leadership_group = QGroupBox(self.org_splitter)
        self.leadership_group.setObjectName(u"leadership_group")
        self.leadership_layout = QVBoxLayout(self.leadership_group)
        self.leadership_layout.setObjectName(u"leadership_layout")
        self.org_splitter.addWidget(self.leadership_group)
        self.splitter.addWidget(self.org_splitter)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(CollegesTab)

        QMetaObject.connectSlotsByName(CollegesTab)
    # setupUi

    def retranslateUi(self, CollegesTab):
        self.colleges_group.setTitle(QCoreApplication.translate("CollegesTab", u"\u4e8c\u7ea7\u5b66\u9662", None))
        self.departments_group.setTitle(QCoreApplication.translate("CollegesTab", u"\u804c\u8d23\u5206\u5de5", None))
        self.leadership_group.setTitle(QCoreApplication.translate("CollegesTab", u"\u9886\u5bfc\u5c0f\u7ec4", None))
        pass
    # retranslateUi

