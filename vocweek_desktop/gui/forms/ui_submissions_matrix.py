# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submissions_matrix.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_SubmissionsMatrix(object):
    def setupUi(self, SubmissionsMatrix):
        if not SubmissionsMatrix.objectName():
            SubmissionsMatrix.setObjectName(u"SubmissionsMatrix")
        SubmissionsMatrix.resize(1100, 420)
        self.main_layout = QVBoxLayout(SubmissionsMatrix)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.summary_label = QLabel(SubmissionsMatrix)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.top_layout.addWidget(self.summary_label)

        self.record_button = QPushButton(SubmissionsMatrix)
        self.record_button.setObjectName(u"record_button")

        self.top_layout.addWidget(self.record_button)

        self.kinds_button = QPushButton(SubmissionsMatrix)
        self.kinds_button.setObjectName(u"kinds_button")

        self.top_layout.addWidget(self.kinds_button)

        self.copy_all_button = QPushButton(SubmissionsMatrix)
        self.copy_all_button.setObjectName(u"copy_all_button")

        self.top_layout.addWidget(self.copy_all_button)

        self.top_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.top_layout)

        self.splitter = QSplitter(SubmissionsMatrix)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.matrix_view = QTableView(self.splitter)
        self.matrix_view.setObjectName(u"matrix_view")
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.splitter.addWidget(self.matrix_view)
        self.matrix_view.verticalHeader().setVisible(False)
        self.detail_widget = QWidget(self.splitter)
        self.detail_widget.setObjectName(u"detail_widget")
        self.detail_layout = QVBoxLayout(self.detail_widget)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.cell_label = QLabel(self.detail_widget)
        self.cell_label.setObjectName(u"cell_label")
        self.cell_label.setWordWrap(True)
        self.cell_label.setTextFormat(Qt.TextFormat.RichText)

        self.detail_layout.addWidget(self.cell_label)

        self.files_list = QListWidget(self.detail_widget)
        self.files_list.setObjectName(u"files_list")

        self.detail_layout.addWidget(self.files_list)

        self.file_buttons = QHBoxLayout()
        self.file_buttons.setObjectName(u"file_buttons")
        self.open_button = QPushButton(self.detail_widget)
        self.open_button.setObjectName(u"open_button")

        self.file_buttons.addWidget(self.open_button)

        self.folder_button = QPushButton(self.detail_widget)
        self.folder_button.setObjectName(u"folder_button")

        self.file_buttons.addWidget(self.folder_button)

        self.delete_button = QPushButton(self.detail_widget)
        self.delete_button.setObjectName(u"delete_button")

        self.file_buttons.addWidget(self.delete_button)

        self.file_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.file_buttons.addItem(self.file_spacer)


        self.detail_layout.addLayout(self.file_buttons)

        self.cell_buttons = QHBoxLayout()
        self.cell_buttons.setObjectName(u"cell_buttons")
        self.record_cell_button = QPushButton(self.detail_widget)
        self.record_cell_button.setObjectName(u"record_cell_button")

        self.cell_buttons.addWidget(self.record_cell_button)

        self.extend_button = QPushButton(self.detail_widget)
        self.extend_button.setObjectName(u"extend_button")

        self.cell_buttons.addWidget(self.extend_button)

        self.cell_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cell_buttons.addItem(self.cell_spacer)


        self.detail_layout.addLayout(self.cell_buttons)

        self.reminder_label = QLabel(self.detail_widget)
        self.reminder_label.setObjectName(u"reminder_label")

        self.detail_layout.addWidget(self.reminder_label)

        self.reminder_edit = QPlainTextEdit(self.detail_widget)
        self.reminder_edit.setObjectName(u"reminder_edit")
        self.reminder_edit.setReadOnly(True)

        self.detail_layout.addWidget(self.reminder_edit)

        self.reminder_buttons = QHBoxLayout()
        self.reminder_buttons.setObjectName(u"reminder_buttons")
        self.copy_button = QPushButton(self.detail_widget)
        self.copy_button.setObjectName(u"copy_button")

        self.reminder_buttons.addWidget(self.copy_button)

        self.reminder_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reminder_buttons.addItem(self.reminder_spacer)


        self.detail_layout.addLayout(self.reminder_buttons)

        self.splitter.addWidget(self.detail_widget)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(SubmissionsMatrix)

        QMetaObject.connectSlotsByName(SubmissionsMatrix)
    # setupUi

    def retranslateUi(self, SubmissionsMatrix):
        SubmissionsMatrix.setWindowTitle(QCoreApplication.translate("SubmissionsMatrix", u"\u6750\u6599\u63d0\u4ea4", None))
        self.summary_label.setText("")
        self.record_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u8bb0\u5f55\u6587\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.record_button.setToolTip(QCoreApplication.translate("SubmissionsMatrix", u"\u8bb0\u5f55\u5b66\u9662\u63d0\u4ea4\u7684\u6587\u4ef6\uff08\u4e5f\u53ef\u628a\u6587\u4ef6\u62d6\u5230\u8868\u683c\u6216\u7a97\u53e3\u4e0a\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.kinds_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u6750\u6599\u79cd\u7c7b\u2026", None))
#if QT_CONFIG(tooltip)
        self.kinds_button.setToolTip(QCoreApplication.translate("SubmissionsMatrix", u"\u9664\u9644\u4ef61\u3001\u603b\u7ed3\u62a5\u544a\u3001\u9644\u4ef62\u3001\u65b0\u95fb\u56fe\u7247\u5916\uff0c\u672c\u5e74\u5ea6\u8fd8\u8981\u6c42\u5b66\u9662\u63d0\u4ea4\u7684\u6750\u6599", None))
#endif // QT_CONFIG(tooltip)
        self.copy_all_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u590d\u5236\u5168\u90e8\u63d0\u9192", None))
#if QT_CONFIG(tooltip)
        self.copy_all_button.setToolTip(QCoreApplication.translate("SubmissionsMatrix", u"\u628a\u6240\u6709\u8fd8\u6709\u6750\u6599\u672a\u4ea4\u7684\u5b66\u9662\u7684\u63d0\u9192\u4e00\u8d77\u590d\u5236", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.matrix_view.setToolTip(QCoreApplication.translate("SubmissionsMatrix", u"\u5355\u51fb\u4e00\u683c\u67e5\u770b\u8be5\u5b66\u9662\u63d0\u4ea4\u7684\u6587\u4ef6\uff1b\u628a\u6587\u4ef6\u62d6\u5230\u67d0\u4e00\u683c\u5373\u8bb0\u5f55\u4e3a\u8be5\u5b66\u9662\u7684\u8fd9\u9879\u6750\u6599", None))
#endif // QT_CONFIG(tooltip)
        self.cell_label.setText("")
#if QT_CONFIG(tooltip)
        self.files_list.setToolTip(QCoreApplication.translate("SubmissionsMatrix", u"\u53cc\u51fb\u6253\u5f00\u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u6253\u5f00", None))
        self.folder_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u6253\u5f00\u6240\u5728\u6587\u4ef6\u5939", None))
        self.delete_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u5220\u9664\u8bb0\u5f55", None))
        self.record_cell_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u8bb0\u5f55\u6587\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.record_cell_button.setToolTip(QCoreApplication.translate("SubmissionsMatrix", u"\u4e3a\u8fd9\u4e2a\u5b66\u9662\u8bb0\u5f55\u8fd9\u9879\u6750\u6599\uff08\u9009\u62e9\u6587\u4ef6\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.extend_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u5ef6\u671f\u2026", None))
#if QT_CONFIG(tooltip)
        self.extend_button.setToolTip(QCoreApplication.translate("SubmissionsMatrix", u"\u4e3a\u8fd9\u4e2a\u5b66\u9662\u7684\u8fd9\u9879\u6750\u6599\u5ef6\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.reminder_label.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u50ac\u4ea4\u63d0\u9192\uff08\u53ef\u76f4\u63a5\u7c98\u8d34\u5230\u5fae\u4fe1\u6216\u90ae\u4ef6\uff09\uff1a", None))
        self.copy_button.setText(QCoreApplication.translate("SubmissionsMatrix", u"\u590d\u5236\u63d0\u9192", None))
    # retranslateUi

