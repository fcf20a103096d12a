# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'awards_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDoubleSpinBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AwardsTab(object):
    def setupUi(self, AwardsTab):
        if not AwardsTab.objectName():
            AwardsTab.setObjectName(u"AwardsTab")
        AwardsTab.resize(1100, 720)
        self.main_layout = QVBoxLayout(AwardsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.state_label = QLabel(AwardsTab)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.header_layout.addWidget(self.state_label)


        self.main_layout.addLayout(self.header_layout)

        self.sections = QTabWidget(AwardsTab)
        self.sections.setObjectName(u"sections")
        self.rubric_page = QWidget()
        self.rubric_page.setObjectName(u"rubric_page")
        self.rubric_layout = QHBoxLayout(self.rubric_page)
        self.rubric_layout.setObjectName(u"rubric_layout")
        self.criteria_group = QGroupBox(self.rubric_page)
        self.criteria_group.setObjectName(u"criteria_group")
        self.criteria_layout = QVBoxLayout(self.criteria_group)
        self.criteria_layout.setObjectName(u"criteria_layout")

        self.rubric_layout.addWidget(self.criteria_group)

        self.rules_group = QGroupBox(self.rubric_page)
        self.rules_group.setObjectName(u"rules_group")
        self.rules_layout = QFormLayout(self.rules_group)
        self.rules_layout.setObjectName(u"rules_layout")
        self.trim_label = QLabel(self.rules_group)
        self.trim_label.setObjectName(u"trim_label")

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.trim_label)

        self.trim_spin = QSpinBox(self.rules_group)
        self.trim_spin.setObjectName(u"trim_spin")
        self.trim_spin.setMinimum(3)
        self.trim_spin.setMaximum(50)

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.trim_spin)

        self.min_judges_label = QLabel(self.rules_group)
        self.min_judges_label.setObjectName(u"min_judges_label")

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.min_judges_label)

        self.min_judges_spin = QSpinBox(self.rules_group)
        self.min_judges_spin.setObjectName(u"min_judges_spin")
        self.min_judges_spin.setMinimum(1)
        self.min_judges_spin.setMaximum(50)

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.min_judges_spin)

        self.spread_label = QLabel(self.rules_group)
        self.spread_label.setObjectName(u"spread_label")

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.spread_label)

        self.spread_spin = QDoubleSpinBox(self.rules_group)
        self.spread_spin.setObjectName(u"spread_spin")
        self.spread_spin.setDecimals(1)
        self.spread_spin.setMinimum(0.000000000000000)
        self.spread_spin.setMaximum(1000.000000000000000)
        self.spread_spin.setSingleStep(0.500000000000000)

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.spread_spin)

        self.tie_break_label = QLabel(self.rules_group)
        self.tie_break_label.setObjectName(u"tie_break_label")

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tie_break_label)

        self.tie_break_edit = QLineEdit(self.rules_group)
        self.tie_break_edit.setObjectName(u"tie_break_edit")

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tie_break_edit)

        self.quota_caption = QLabel(self.rules_group)
        self.quota_caption.setObjectName(u"quota_caption")

        self.rules_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quota_caption)

        self.quota_label = QLabel(self.rules_group)
        self.quota_label.setObjectName(u"quota_label")

        self.rules_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quota_label)

        self.pattern_label = QLabel(self.rules_group)
        self.pattern_label.setObjectName(u"pattern_label")

        self.rules_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pattern_label)

        self.number_pattern_edit = QLineEdit(self.rules_group)
        self.number_pattern_edit.setObjectName(u"number_pattern_edit")

        self.rules_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.number_pattern_edit)

        self.rules_buttons = QHBoxLayout()
        self.rules_buttons.setObjectName(u"rules_buttons")
        self.rules_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rules_buttons.addItem(self.rules_spacer)

        self.apply_rules_button = QPushButton(self.rules_group)
        self.apply_rules_button.setObjectName(u"apply_rules_button")

        self.rules_buttons.addWidget(self.apply_rules_button)


        self.rules_layout.setLayout(6, QFormLayout.ItemRole.SpanningRole, self.rules_buttons)

        self.rule_preview_label = QLabel(self.rules_group)
        self.rule_preview_label.setObjectName(u"rule_preview_label")
        self.rule_preview_label.setWordWrap(True)
        self.rule_preview_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rules_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.rule_preview_label)


        self.rubric_layout.addWidget(self.rules_group)

        self.sections.addTab(self.rubric_page, "")
        self.scoring_page = QWidget()
        self.scoring_page.setObjectName(u"scoring_page")
        self.scoring_layout = QVBoxLayout(self.scoring_page)
        self.scoring_layout.setObjectName(u"scoring_layout")
        self.scoring_splitter = QSplitter(self.scoring_page)
        self.scoring_splitter.setObjectName(u"scoring_splitter")
        self.scoring_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.scoring_splitter.setChildrenCollapsible(False)
        self.judges_widget = QWidget(self.scoring_splitter)
        self.judges_widget.setObjectName(u"judges_widget")
        self.judges_layout = QVBoxLayout(self.judges_widget)
        self.judges_layout.setObjectName(u"judges_layout")
        self.judges_layout.setContentsMargins(0, 0, 0, 0)
        self.judges_group = QGroupBox(self.judges_widget)
        self.judges_group.setObjectName(u"judges_group")
        self.judges_group_layout = QVBoxLayout(self.judges_group)
        self.judges_group_layout.setObjectName(u"judges_group_layout")

        self.judges_layout.addWidget(self.judges_group)

        self.progress_group = QGroupBox(self.judges_widget)
        self.progress_group.setObjectName(u"progress_group")
        self.progress_layout = QVBoxLayout(self.progress_group)
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_table = QTableWidget(self.progress_group)
        self.progress_table.setObjectName(u"progress_table")
        self.progress_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.progress_layout.addWidget(self.progress_table)


        self.judges_layout.addWidget(self.progress_group)

        self.scoring_splitter.addWidget(self.judges_widget)
        self.sheet_widget = QWidget(self.scoring_splitter)
        self.sheet_widget.setObjectName(u"sheet_widget")
        self.sheet_layout = QVBoxLayout(self.sheet_widget)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.sheet_bar = QHBoxLayout()
        self.sheet_bar.setObjectName(u"sheet_bar")
        self.sheet_title_label = QLabel(self.sheet_widget)
        self.sheet_title_label.setObjectName(u"sheet_title_label")

        self.sheet_bar.addWidget(self.sheet_title_label)

        self.sheet_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheet_bar.addItem(self.sheet_spacer)

        self.export_sheets_button = QPushButton(self.sheet_widget)
        self.export_sheets_button.setObjectName(u"export_sheets_button")

        self.sheet_bar.addWidget(self.export_sheets_button)

        self.import_sheets_button = QPushButton(self.sheet_widget)
        self.import_sheets_button.setObjectName(u"import_sheets_button")

        self.sheet_bar.addWidget(self.import_sheets_button)


        self.sheet_layout.addLayout(self.sheet_bar)

        self.score_view = QTableView(self.sheet_widget)
        self.score_view.setObjectName(u"score_view")
        self.score_view.setAlternatingRowColors(True)

        self.sheet_layout.addWidget(self.score_view)

        self.score_hint_label = QLabel(self.sheet_widget)
        self.score_hint_label.setObjectName(u"score_hint_label")
        self.score_hint_label.setWordWrap(True)

        self.sheet_layout.addWidget(self.score_hint_label)

        self.scoring_splitter.addWidget(self.sheet_widget)

        self.scoring_layout.addWidget(self.scoring_splitter)

        self.sections.addTab(self.scoring_page, "")
        self.result_page = QWidget()
        self.result_page.setObjectName(u"result_page")
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setObjectName(u"result_layout")
        self.rule_group = QGroupBox(self.result_page)
        self.rule_group.setObjectName(u"rule_group")
        self.rule_group_layout = QVBoxLayout(self.rule_group)
        self.rule_group_layout.setObjectName(u"rule_group_layout")
        self.rule_label = QLabel(self.rule_group)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rule_group_layout.addWidget(self.rule_label)


        self.result_layout.addWidget(self.rule_group)

        self.result_bar = QHBoxLayout()
        self.result_bar.setObjectName(u"result_bar")
        self.lock_label = QLabel(self.result_page)
        self.lock_label.setObjectName(u"lock_label")
        self.lock_label.setWordWrap(True)

        self.result_bar.addWidget(self.lock_label)

        self.result_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.result_bar.addItem(self.result_spacer)

        self.confirm_button = QPushButton(self.result_page)
        self.confirm_button.setObjectName(u"confirm_button")

        self.result_bar.addWidget(self.confirm_button)

        self.unlock_button = QPushButton(self.result_page)
        self.unlock_button.setObjectName(u"unlock_button")

        self.result_bar.addWidget(self.unlock_button)

        self.export_result_button = QPushButton(self.result_page)
        self.export_result_button.setObjectName(u"export_result_button")

        self.result_bar.addWidget(self.export_result_button)

        self.save_charts_button = QPushButton(self.result_page)
        self.save_charts_button.setObjectName(u"save_charts_button")

        self.result_bar.addWidget(self.save_charts_button)


        self.result_layout.addLayout(self.result_bar)

        self.result_splitter = QSplitter(self.result_page)
        self.result_splitter.setObjectName(u"result_splitter")
        self.result_splitter.setOrientation(Qt.Orientation.Vertical)
        self.result_splitter.setChildrenCollapsible(False)
        self.result_view = QTableView(self.result_splitter)
        self.result_view.setObjectName(u"result_view")
        self.result_view.setAlternatingRowColors(True)
        self.result_view.setWordWrap(True)
        self.result_splitter.addWidget(self.result_view)
        self.charts_widget = QWidget(self.result_splitter)
        self.charts_widget.setObjectName(u"charts_widget")
        self.charts_layout = QHBoxLayout(self.charts_widget)
        self.charts_layout.setObjectName(u"charts_layout")
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_placeholder = QLabel(self.charts_widget)
        self.chart_placeholder.setObjectName(u"chart_placeholder")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.charts_layout.addWidget(self.chart_placeholder)

        self.result_splitter.addWidget(self.charts_widget)

        self.result_layout.addWidget(self.result_splitter)

        self.sections.addTab(self.result_page, "")
        self.certificates_page = QWidget()
        self.certificates_page.setObjectName(u"certificates_page")
        self.certificates_layout = QVBoxLayout(self.certificates_page)
        self.certificates_layout.setObjectName(u"certificates_layout")
        self.cert_splitter = QSplitter(self.certificates_page)
        self.cert_splitter.setObjectName(u"cert_splitter")
        self.cert_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.cert_splitter.setChildrenCollapsible(False)
        self.cert_scroll = QScrollArea(self.cert_splitter)
        self.cert_scroll.setObjectName(u"cert_scroll")
        self.cert_scroll.setWidgetResizable(True)
        self.cert_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cert_form = QWidget()
        self.cert_form.setObjectName(u"cert_form")
        self.cert_form_layout = QVBoxLayout(self.cert_form)
        self.cert_form_layout.setObjectName(u"cert_form_layout")
        self.template_group = QGroupBox(self.cert_form)
        self.template_group.setObjectName(u"template_group")
        self.template_layout = QVBoxLayout(self.template_group)
        self.template_layout.setObjectName(u"template_layout")
        self.template_form = QFormLayout()
        self.template_form.setObjectName(u"template_form")
        self.paper_label = QLabel(self.template_group)
        self.paper_label.setObjectName(u"paper_label")

        self.template_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_row = QHBoxLayout()
        self.paper_row.setObjectName(u"paper_row")
        self.paper_combo = QComboBox(self.template_group)
        self.paper_combo.setObjectName(u"paper_combo")

        self.paper_row.addWidget(self.paper_combo)

        self.paper_width_spin = QDoubleSpinBox(self.template_group)
        self.paper_width_spin.setObjectName(u"paper_width_spin")
        self.paper_width_spin.setDecimals(1)
        self.paper_width_spin.setMinimum(20.000000000000000)
        self.paper_width_spin.setMaximum(5000.000000000000000)
        self.paper_width_spin.setSingleStep(1.000000000000000)

        self.paper_row.addWidget(self.paper_width_spin)

        self.paper_times_label = QLabel(self.template_group)
        self.paper_times_label.setObjectName(u"paper_times_label")

        self.paper_row.addWidget(self.paper_times_label)

        self.paper_height_spin = QDoubleSpinBox(self.template_group)
        self.paper_height_spin.setObjectName(u"paper_height_spin")
        self.paper_height_spin.setDecimals(1)
        self.paper_height_spin.setMinimum(20.000000000000000)
        self.paper_height_spin.setMaximum(5000.000000000000000)
        self.paper_height_spin.setSingleStep(1.000000000000000)

        self.paper_row.addWidget(self.paper_height_spin)

        self.rescale_check = QCheckBox(self.template_group)
        self.rescale_check.setObjectName(u"rescale_check")
        self.rescale_check.setChecked(True)

        self.paper_row.addWidget(self.rescale_check)


        self.template_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.paper_row)

        self.font_label = QLabel(self.template_group)
        self.font_label.setObjectName(u"font_label")

        self.template_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.font_label)

        self.font_combo = QComboBox(self.template_group)
        self.font_combo.setObjectName(u"font_combo")

        self.template_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.font_combo)

        self.issue_date_label = QLabel(self.template_group)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.template_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date_row = QHBoxLayout()
        self.issue_date_row.setObjectName(u"issue_date_row")
        self.issue_date_check = QCheckBox(self.template_group)
        self.issue_date_check.setObjectName(u"issue_date_check")

        self.issue_date_row.addWidget(self.issue_date_check)

        self.issue_date_edit = QDateEdit(self.template_group)
        self.issue_date_edit.setObjectName(u"issue_date_edit")
        self.issue_date_edit.setCalendarPopup(True)

        self.issue_date_row.addWidget(self.issue_date_edit)

        self.issue_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issue_date_row.addItem(self.issue_spacer)


        self.template_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.issue_date_row)


        self.template_layout.addLayout(self.template_form)

        self.fields_table = QTableWidget(self.template_group)
        self.fields_table.setObjectName(u"fields_table")

        self.template_layout.addWidget(self.fields_table)

        self.seal_row = QHBoxLayout()
        self.seal_row.setObjectName(u"seal_row")
        self.seal_box_label = QLabel(self.template_group)
        self.seal_box_label.setObjectName(u"seal_box_label")

        self.seal_row.addWidget(self.seal_box_label)

        self.seal_x_spin = QDoubleSpinBox(self.template_group)
        self.seal_x_spin.setObjectName(u"seal_x_spin")
        self.seal_x_spin.setDecimals(1)
        self.seal_x_spin.setMinimum(0.000000000000000)
        self.seal_x_spin.setMaximum(5000.000000000000000)
        self.seal_x_spin.setSingleStep(0.500000000000000)

        self.seal_row.addWidget(self.seal_x_spin)

        self.seal_y_spin = QDoubleSpinBox(self.template_group)
        self.seal_y_spin.setObjectName(u"seal_y_spin")
        self.seal_y_spin.setDecimals(1)
        self.seal_y_spin.setMinimum(0.000000000000000)
        self.seal_y_spin.setMaximum(5000.000000000000000)
        self.seal_y_spin.setSingleStep(0.500000000000000)

        self.seal_row.addWidget(self.seal_y_spin)

        self.seal_width_spin = QDoubleSpinBox(self.template_group)
        self.seal_width_spin.setObjectName(u"seal_width_spin")
        self.seal_width_spin.setDecimals(1)
        self.seal_width_spin.setMinimum(1.000000000000000)
        self.seal_width_spin.setMaximum(5000.000000000000000)
        self.seal_width_spin.setSingleStep(0.500000000000000)

        self.seal_row.addWidget(self.seal_width_spin)

        self.seal_height_spin = QDoubleSpinBox(self.template_group)
        self.seal_height_spin.setObjectName(u"seal_height_spin")
        self.seal_height_spin.setDecimals(1)
        self.seal_height_spin.setMinimum(1.000000000000000)
        self.seal_height_spin.setMaximum(5000.000000000000000)
        self.seal_height_spin.setSingleStep(0.500000000000000)

        self.seal_row.addWidget(self.seal_height_spin)

        self.seal_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seal_row.addItem(self.seal_spacer)


        self.template_layout.addLayout(self.seal_row)

        self.picture_row = QHBoxLayout()
        self.picture_row.setObjectName(u"picture_row")
        self.pictures_label = QLabel(self.template_group)
        self.pictures_label.setObjectName(u"pictures_label")

        self.picture_row.addWidget(self.pictures_label)

        self.picture_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.picture_row.addItem(self.picture_spacer)

        self.background_button = QPushButton(self.template_group)
        self.background_button.setObjectName(u"background_button")

        self.picture_row.addWidget(self.background_button)

        self.clear_background_button = QPushButton(self.template_group)
        self.clear_background_button.setObjectName(u"clear_background_button")

        self.picture_row.addWidget(self.clear_background_button)

        self.seal_button = QPushButton(self.template_group)
        self.seal_button.setObjectName(u"seal_button")

        self.picture_row.addWidget(self.seal_button)

        self.clear_seal_button = QPushButton(self.template_group)
        self.clear_seal_button.setObjectName(u"clear_seal_button")

        self.picture_row.addWidget(self.clear_seal_button)


        self.template_layout.addLayout(self.picture_row)

        self.template_buttons = QHBoxLayout()
        self.template_buttons.setObjectName(u"template_buttons")
        self.reset_template_button = QPushButton(self.template_group)
        self.reset_template_button.setObjectName(u"reset_template_button")

        self.template_buttons.addWidget(self.reset_template_button)

        self.template_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.template_buttons.addItem(self.template_spacer)

        self.apply_template_button = QPushButton(self.template_group)
        self.apply_template_button.setObjectName(u"apply_template_button")

        self.template_buttons.addWidget(self.apply_template_button)


        self.template_layout.addLayout(self.template_buttons)


        self.cert_form_layout.addWidget(self.template_group)

        self.print_group = QGroupBox(self.cert_form)
        self.print_group.setObjectName(u"print_group")
        self.print_layout = QFormLayout(self.print_group)
        self.print_layout.setObjectName(u"print_layout")
        self.mode_label = QLabel(self.print_group)
        self.mode_label.setObjectName(u"mode_label")

        self.print_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode_row = QHBoxLayout()
        self.mode_row.setObjectName(u"mode_row")
        self.mode_blank_radio = QRadioButton(self.print_group)
        self.mode_blank_radio.setObjectName(u"mode_blank_radio")
        self.mode_blank_radio.setChecked(True)

        self.mode_row.addWidget(self.mode_blank_radio)

        self.mode_overlay_radio = QRadioButton(self.print_group)
        self.mode_overlay_radio.setObjectName(u"mode_overlay_radio")

        self.mode_row.addWidget(self.mode_overlay_radio)

        self.mode_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mode_row.addItem(self.mode_spacer)


        self.print_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.mode_row)

        self.printer_label = QLabel(self.print_group)
        self.printer_label.setObjectName(u"printer_label")

        self.print_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.printer_label)

        self.printer_combo = QComboBox(self.print_group)
        self.printer_combo.setObjectName(u"printer_combo")
        self.printer_combo.setEditable(True)

        self.print_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.printer_combo)

        self.offset_label = QLabel(self.print_group)
        self.offset_label.setObjectName(u"offset_label")

        self.print_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offset_label)

        self.offset_row = QHBoxLayout()
        self.offset_row.setObjectName(u"offset_row")
        self.offset_x_spin = QDoubleSpinBox(self.print_group)
        self.offset_x_spin.setObjectName(u"offset_x_spin")
        self.offset_x_spin.setDecimals(1)
        self.offset_x_spin.setMinimum(-50.000000000000000)
        self.offset_x_spin.setMaximum(50.000000000000000)
        self.offset_x_spin.setSingleStep(0.500000000000000)

        self.offset_row.addWidget(self.offset_x_spin)

        self.offset_y_spin = QDoubleSpinBox(self.print_group)
        self.offset_y_spin.setObjectName(u"offset_y_spin")
        self.offset_y_spin.setDecimals(1)
        self.offset_y_spin.setMinimum(-50.000000000000000)
        self.offset_y_spin.setMaximum(50.000000000000000)
        self.offset_y_spin.setSingleStep(0.500000000000000)

        self.offset_row.addWidget(self.offset_y_spin)

        self.save_offset_button = QPushButton(self.print_group)
        self.save_offset_button.setObjectName(u"save_offset_button")

        self.offset_row.addWidget(self.save_offset_button)

        self.offset_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.offset_row.addItem(self.offset_spacer)


        self.print_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.offset_row)

        self.print_buttons = QHBoxLayout()
        self.print_buttons.setObjectName(u"print_buttons")
        self.calibration_button = QPushButton(self.print_group)
        self.calibration_button.setObjectName(u"calibration_button")

        self.print_buttons.addWidget(self.calibration_button)

        self.register_button = QPushButton(self.print_group)
        self.register_button.setObjectName(u"register_button")

        self.print_buttons.addWidget(self.register_button)

        self.print_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_buttons.addItem(self.print_spacer)

        self.print_button = QPushButton(self.print_group)
        self.print_button.setObjectName(u"print_button")

        self.print_buttons.addWidget(self.print_button)


        self.print_layout.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.print_buttons)


        self.cert_form_layout.addWidget(self.print_group)

        self.cert_notes_label = QLabel(self.cert_form)
        self.cert_notes_label.setObjectName(u"cert_notes_label")
        self.cert_notes_label.setWordWrap(True)
        self.cert_notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cert_form_layout.addWidget(self.cert_notes_label)

        self.cert_form_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cert_form_layout.addItem(self.cert_form_spacer)

        self.cert_scroll.setWidget(self.cert_form)
        self.cert_splitter.addWidget(self.cert_scroll)
        self.preview_widget = QWidget(self.cert_splitter)
        self.preview_widget.setObjectName(u"preview_widget")
        self.preview_layout = QVBoxLayout(self.preview_widget)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_bar = QHBoxLayout()
        self.preview_bar.setObjectName(u"preview_bar")
        self.preview_title_label = QLabel(self.preview_widget)
        self.preview_title_label.setObjectName(u"preview_title_label")

        self.preview_bar.addWidget(self.preview_title_label)

        self.preview_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_bar.addItem(self.preview_spacer)

        self.refresh_preview_button = QPushButton(self.preview_widget)
        self.refresh_preview_button.setObjectName(u"refresh_preview_button")

        self.preview_bar.addWidget(self.refresh_preview_button)


        self.preview_layout.addLayout(self.preview_bar)

        self.preview_holder = QVBoxLayout()
        self.preview_holder.setObjectName(u"preview_holder")

        self.preview_layout.addLayout(self.preview_holder)

        self.cert_splitter.addWidget(self.preview_widget)

        self.certificates_layout.addWidget(self.cert_splitter)

        self.sections.addTab(self.certificates_page, "")

        self.main_layout.addWidget(self.sections)

#if QT_CONFIG(shortcut)
        self.trim_label.setBuddy(self.trim_spin)
        self.min_judges_label.setBuddy(self.min_judges_spin)
        self.spread_label.setBuddy(self.spread_spin)
        self.tie_break_label.setBuddy(self.tie_break_edit)
        self.pattern_label.setBuddy(self.number_pattern_edit)
        self.paper_label.setBuddy(self.paper_combo)
        self.font_label.setBuddy(self.font_combo)
        self.printer_label.setBuddy(self.printer_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AwardsTab)

        self.sections.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AwardsTab)
    # setupUi

    def retranslateUi(self, AwardsTab):
        self.state_label.setText("")
        self.criteria_group.setTitle(QCoreApplication.translate("AwardsTab", u"\u8bc4\u5206\u6807\u51c6\uff08\u5404\u9879\u5206\u503c\u4e4b\u548c\u4e3a\u6ee1\u5206\uff09", None))
        self.rules_group.setTitle(QCoreApplication.translate("AwardsTab", u"\u8bc4\u5956\u89c4\u5219", None))
        self.trim_label.setText(QCoreApplication.translate("AwardsTab", u"\u53bb\u6389\u6700\u9ad8\u5206\u548c\u6700\u4f4e\u5206", None))
        self.trim_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u4f4d\u8bc4\u59d4\u53ca\u4ee5\u4e0a\u65f6", None))
#if QT_CONFIG(tooltip)
        self.trim_spin.setToolTip(QCoreApplication.translate("AwardsTab", u"\u8bc4\u5206\u8bc4\u59d4\u8fbe\u5230\u8fd9\u4e2a\u4eba\u6570\u65f6\uff0c\u5148\u53bb\u6389\u4e00\u4e2a\u6700\u9ad8\u5206\u548c\u4e00\u4e2a\u6700\u4f4e\u5206\uff0c\u518d\u53d6\u5e73\u5747", None))
#endif // QT_CONFIG(tooltip)
        self.min_judges_label.setText(QCoreApplication.translate("AwardsTab", u"\u8bc4\u59d4\u4eba\u6570\u4e0b\u9650", None))
        self.min_judges_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u4f4d\uff08\u5c11\u4e8e\u5373\u6807\u6ce8\uff09", None))
        self.spread_label.setText(QCoreApplication.translate("AwardsTab", u"\u603b\u5206\u5dee\u8ddd\u4e0a\u9650", None))
        self.spread_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u5206", None))
        self.spread_spin.setSpecialValueText(QCoreApplication.translate("AwardsTab", u"\u4e0d\u6807\u6ce8", None))
#if QT_CONFIG(tooltip)
        self.spread_spin.setToolTip(QCoreApplication.translate("AwardsTab", u"\u67d0\u5b66\u9662\u5404\u8bc4\u59d4\u603b\u5206\u6700\u9ad8\u4e0e\u6700\u4f4e\u4e4b\u5dee\u8d85\u8fc7\u6b64\u503c\u65f6\u6807\u6ce8\uff1b\u8bbe\u4e3a 0 \u5219\u4e0d\u6807\u6ce8", None))
#endif // QT_CONFIG(tooltip)
        self.tie_break_label.setText(QCoreApplication.translate("AwardsTab", u"\u540c\u5206\u6bd4\u8f83\u987a\u5e8f", None))
        self.tie_break_edit.setPlaceholderText(QCoreApplication.translate("AwardsTab", u"\u5982 2,3,1\uff08\u8bc4\u5206\u6807\u51c6\u7684\u5e8f\u53f7\uff09", None))
#if QT_CONFIG(tooltip)
        self.tie_break_edit.setToolTip(QCoreApplication.translate("AwardsTab", u"\u6700\u7ec8\u5f97\u5206\u76f8\u540c\u65f6\uff0c\u4f9d\u6b21\u6bd4\u8f83\u8fd9\u4e9b\u8bc4\u5206\u6807\u51c6\uff08\u6309\u5e8f\u53f7\uff09\u4e0a\u7684\u5e73\u5747\u5206", None))
#endif // QT_CONFIG(tooltip)
        self.quota_caption.setText(QCoreApplication.translate("AwardsTab", u"\u83b7\u5956\u540d\u989d", None))
        self.quota_label.setText("")
        self.pattern_label.setText(QCoreApplication.translate("AwardsTab", u"\u8bc1\u4e66\u7f16\u53f7\u683c\u5f0f", None))
#if QT_CONFIG(tooltip)
        self.number_pattern_edit.setToolTip(QCoreApplication.translate("AwardsTab", u"{year} \u4e3a\u5e74\u5ea6\uff0c{number:03d} \u4e3a\u4e09\u4f4d\u5e8f\u53f7\uff0c\u5982 \u5ddd\u79d1\u6559\u3014{year}\u3015\u804c\u6559\u5468\u7b2c{number:03d}\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.apply_rules_button.setText(QCoreApplication.translate("AwardsTab", u"\u5e94\u7528\u89c4\u5219\u8bbe\u7f6e", None))
        self.rule_preview_label.setText("")
        self.sections.setTabText(self.sections.indexOf(self.rubric_page), QCoreApplication.translate("AwardsTab", u"\u8bc4\u5206\u6807\u51c6", None))
        self.judges_group.setTitle(QCoreApplication.translate("AwardsTab", u"\u8bc4\u59d4", None))
        self.progress_group.setTitle(QCoreApplication.translate("AwardsTab", u"\u8bc4\u5206\u8fdb\u5ea6", None))
        self.sheet_title_label.setText(QCoreApplication.translate("AwardsTab", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u8bc4\u59d4", None))
        self.export_sheets_button.setText(QCoreApplication.translate("AwardsTab", u"\u5bfc\u51fa\u8bc4\u5206\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_sheets_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u4e3a\u6bcf\u4f4d\u8bc4\u59d4\u5bfc\u51fa\u4e00\u4efd Excel \u8bc4\u5206\u8868\uff08\u5df2\u5f55\u5165\u7684\u8bc4\u5206\u4f1a\u9884\u5148\u586b\u597d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.import_sheets_button.setText(QCoreApplication.translate("AwardsTab", u"\u5bfc\u5165\u8bc4\u5206\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_sheets_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u5bfc\u5165\u8bc4\u59d4\u4ea4\u56de\u7684\u8bc4\u5206\u8868\uff08\u5148\u9884\u89c8\uff0c\u786e\u8ba4\u540e\u624d\u5199\u5165\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.score_hint_label.setText(QCoreApplication.translate("AwardsTab", u"\u53cc\u51fb\u5206\u6570\u683c\u5f55\u5165\uff080 \u5230\u6ee1\u5206\uff0c\u53ef\u586b\u534a\u5206\uff09\uff1b\u52fe\u9009\u201c\u56de\u907f\u201d\u9700\u586b\u5199\u7406\u7531\uff1b\u5355\u51fb\u53f3\u4fa7\u7684\u6307\u6807\u67e5\u770b\u5176\u6765\u6e90\u3002", None))
        self.sections.setTabText(self.sections.indexOf(self.scoring_page), QCoreApplication.translate("AwardsTab", u"\u8bc4\u59d4\u4e0e\u8bc4\u5206", None))
        self.rule_group.setTitle(QCoreApplication.translate("AwardsTab", u"\u8bc4\u5956\u89c4\u5219\uff08\u6253\u5370\u7684\u7ed3\u679c\u4e0a\u4e5f\u6709\u8fd9\u6bb5\u6587\u5b57\uff09", None))
        self.rule_label.setText("")
        self.lock_label.setText("")
        self.confirm_button.setText(QCoreApplication.translate("AwardsTab", u"\u786e\u8ba4\u7ed3\u679c\u5e76\u9501\u5b9a\u2026", None))
#if QT_CONFIG(tooltip)
        self.confirm_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u786e\u8ba4\u540e\u8bc4\u5206\u3001\u8bc4\u5206\u6807\u51c6\u548c\u89c4\u5219\u90fd\u4e0d\u80fd\u518d\u6539\uff0c\u9664\u975e\u586b\u5199\u7406\u7531\u89e3\u9501", None))
#endif // QT_CONFIG(tooltip)
        self.unlock_button.setText(QCoreApplication.translate("AwardsTab", u"\u89e3\u9501\u2026", None))
#if QT_CONFIG(tooltip)
        self.unlock_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u89e3\u9501\u9700\u8981\u586b\u5199\u7406\u7531\uff0c\u8bb0\u5165\u4fee\u6539\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.export_result_button.setText(QCoreApplication.translate("AwardsTab", u"\u5bfc\u51fa\u8bc4\u5206\u7ed3\u679c\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_result_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u5bfc\u51fa\u4e3a Excel \u6216 PDF\uff1a\u89c4\u5219\u3001\u6392\u540d\u3001\u6807\u6ce8\u548c\u6bcf\u4f4d\u8bc4\u59d4\u7684\u8bc4\u5206", None))
#endif // QT_CONFIG(tooltip)
        self.save_charts_button.setText(QCoreApplication.translate("AwardsTab", u"\u4fdd\u5b58\u56fe\u8868\u2026", None))
        self.chart_placeholder.setText(QCoreApplication.translate("AwardsTab", u"\u6ca1\u6709\u53ef\u663e\u793a\u7684\u6570\u636e", None))
        self.sections.setTabText(self.sections.indexOf(self.result_page), QCoreApplication.translate("AwardsTab", u"\u8bc4\u5206\u7ed3\u679c", None))
        self.template_group.setTitle(QCoreApplication.translate("AwardsTab", u"\u8bc1\u4e66\u6a21\u677f", None))
        self.paper_label.setText(QCoreApplication.translate("AwardsTab", u"\u7eb8\u5f20", None))
        self.paper_width_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.paper_times_label.setText(QCoreApplication.translate("AwardsTab", u"\u00d7", None))
        self.paper_height_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.rescale_check.setText(QCoreApplication.translate("AwardsTab", u"\u6309\u6bd4\u4f8b\u79fb\u52a8\u5404\u680f\u76ee", None))
        self.font_label.setText(QCoreApplication.translate("AwardsTab", u"\u5b57\u4f53", None))
        self.issue_date_label.setText(QCoreApplication.translate("AwardsTab", u"\u9881\u53d1\u65e5\u671f", None))
        self.issue_date_check.setText(QCoreApplication.translate("AwardsTab", u"\u6307\u5b9a\u65e5\u671f\uff08\u5426\u5219\u7528\u786e\u8ba4\u7ed3\u679c\u7684\u65e5\u671f\uff09", None))
        self.issue_date_edit.setDisplayFormat(QCoreApplication.translate("AwardsTab", u"yyyy\u5e74M\u6708d\u65e5", None))
#if QT_CONFIG(tooltip)
        self.fields_table.setToolTip(QCoreApplication.translate("AwardsTab", u"\u6bcf\u4e2a\u680f\u76ee\u7684\u6587\u5b57\uff08\u53ef\u7528 {college} {award} {year} {theme} {school} {date} {number}\uff09\u3001\u65b9\u6846\uff08\u6beb\u7c73\uff0c\u4ece\u7eb8\u7684\u5de6\u4e0a\u89d2\u91cf\u8d77\uff09\u3001\u5b57\u53f7\u548c\u5bf9\u9f50", None))
#endif // QT_CONFIG(tooltip)
        self.seal_box_label.setText(QCoreApplication.translate("AwardsTab", u"\u5370\u7ae0\u4f4d\u7f6e", None))
        self.seal_x_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.seal_x_spin.setPrefix(QCoreApplication.translate("AwardsTab", u"x ", None))
        self.seal_y_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.seal_y_spin.setPrefix(QCoreApplication.translate("AwardsTab", u"y ", None))
        self.seal_width_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.seal_width_spin.setPrefix(QCoreApplication.translate("AwardsTab", u"\u5bbd ", None))
        self.seal_height_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.seal_height_spin.setPrefix(QCoreApplication.translate("AwardsTab", u"\u9ad8 ", None))
        self.pictures_label.setText("")
        self.background_button.setText(QCoreApplication.translate("AwardsTab", u"\u80cc\u666f\u56fe\u7247\u2026", None))
#if QT_CONFIG(tooltip)
        self.background_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u7a7a\u767d\u7eb8\u6253\u5370\u65f6\u4f5c\u4e3a\u8bc1\u4e66\u5e95\u56fe\uff1b\u5957\u6253\u65f6\u53ea\u5728\u9884\u89c8\u4e2d\u663e\u793a", None))
#endif // QT_CONFIG(tooltip)
        self.clear_background_button.setText(QCoreApplication.translate("AwardsTab", u"\u53bb\u6389\u80cc\u666f", None))
        self.seal_button.setText(QCoreApplication.translate("AwardsTab", u"\u5370\u7ae0\u56fe\u7247\u2026", None))
#if QT_CONFIG(tooltip)
        self.seal_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u7a7a\u767d\u7eb8\u6253\u5370\u65f6\u5370\u5728\u201c\u5370\u7ae0\u4f4d\u7f6e\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.clear_seal_button.setText(QCoreApplication.translate("AwardsTab", u"\u53bb\u6389\u5370\u7ae0", None))
        self.reset_template_button.setText(QCoreApplication.translate("AwardsTab", u"\u6062\u590d\u9ed8\u8ba4\u6a21\u677f", None))
        self.apply_template_button.setText(QCoreApplication.translate("AwardsTab", u"\u4fdd\u5b58\u6a21\u677f", None))
        self.print_group.setTitle(QCoreApplication.translate("AwardsTab", u"\u6253\u5370\uff08\u6309 100% \u6253\u5370\uff0c\u4e0d\u8981\u201c\u9002\u5408\u9875\u9762\u201d\uff09", None))
        self.mode_label.setText(QCoreApplication.translate("AwardsTab", u"\u6253\u5370\u65b9\u5f0f", None))
        self.mode_blank_radio.setText(QCoreApplication.translate("AwardsTab", u"\u7a7a\u767d\u7eb8\uff08\u6253\u5370\u80cc\u666f\u548c\u5370\u7ae0\uff09", None))
        self.mode_overlay_radio.setText(QCoreApplication.translate("AwardsTab", u"\u5957\u6253\uff08\u5370\u5728\u5df2\u5370\u597d\u7684\u8bc1\u4e66\u7eb8\u4e0a\uff09", None))
        self.printer_label.setText(QCoreApplication.translate("AwardsTab", u"\u6253\u5370\u673a", None))
#if QT_CONFIG(tooltip)
        self.printer_combo.setToolTip(QCoreApplication.translate("AwardsTab", u"\u6bcf\u53f0\u6253\u5370\u673a\u7684\u504f\u79fb\u5206\u522b\u4fdd\u5b58\uff1b\u53ef\u76f4\u63a5\u8f93\u5165\u540d\u79f0", None))
#endif // QT_CONFIG(tooltip)
        self.offset_label.setText(QCoreApplication.translate("AwardsTab", u"\u504f\u79fb", None))
        self.offset_x_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.offset_x_spin.setPrefix(QCoreApplication.translate("AwardsTab", u"X ", None))
#if QT_CONFIG(tooltip)
        self.offset_x_spin.setToolTip(QCoreApplication.translate("AwardsTab", u"\u5411\u53f3\u4e3a\u6b63", None))
#endif // QT_CONFIG(tooltip)
        self.offset_y_spin.setSuffix(QCoreApplication.translate("AwardsTab", u" \u6beb\u7c73", None))
        self.offset_y_spin.setPrefix(QCoreApplication.translate("AwardsTab", u"Y ", None))
#if QT_CONFIG(tooltip)
        self.offset_y_spin.setToolTip(QCoreApplication.translate("AwardsTab", u"\u5411\u4e0b\u4e3a\u6b63", None))
#endif // QT_CONFIG(tooltip)
        self.save_offset_button.setText(QCoreApplication.translate("AwardsTab", u"\u4fdd\u5b58\u504f\u79fb", None))
        self.calibration_button.setText(QCoreApplication.translate("AwardsTab", u"\u6821\u51c6\u9875\u2026", None))
#if QT_CONFIG(tooltip)
        self.calibration_button.setToolTip(QCoreApplication.translate("AwardsTab", u"\u6253\u5370\u4e00\u5f20\u5e26\u6beb\u7c73\u7f51\u683c\u548c\u5404\u680f\u76ee\u5341\u5b57\u7684\u6821\u51c6\u9875\uff0c\u4ece\u8bd5\u5370\u7ed3\u679c\u8bfb\u51fa\u504f\u79fb", None))
#endif // QT_CONFIG(tooltip)
        self.register_button.setText(QCoreApplication.translate("AwardsTab", u"\u53d1\u8bc1\u767b\u8bb0\u8868\u2026", None))
        self.print_button.setText(QCoreApplication.translate("AwardsTab", u"\u5bfc\u51fa\u8bc1\u4e66 PDF\u2026", None))
        self.cert_notes_label.setText("")
        self.preview_title_label.setText(QCoreApplication.translate("AwardsTab", u"\u9884\u89c8\uff08\u5373\u5bfc\u51fa\u7684 PDF\uff09", None))
        self.refresh_preview_button.setText(QCoreApplication.translate("AwardsTab", u"\u5237\u65b0\u9884\u89c8", None))
        self.sections.setTabText(self.sections.indexOf(self.certificates_page), QCoreApplication.translate("AwardsTab", u"\u8363\u8a89\u8bc1\u4e66", None))
        pass
    # retranslateUi

