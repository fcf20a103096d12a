"""关于: version, schema revision and every folder the program uses."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from vocweek_desktop import __version__, paths


class AboutDialog(QDialog):
    """Shows the version, the open database's schema revision and path, the log and the data folder."""

    def __init__(self, database_path: Path | None, revision: str | None, log_file: Path | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于职教周工作台"))
        self.setMinimumWidth(560)

        # Plain labels, not <h2>/<p>: rich text adds paragraph margins that left an empty band above the facts.
        heading = QLabel(self.tr("职教周工作台"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        description = QLabel(self.tr("职业教育活动周的组织、报名、布展、审批与评奖。"))
        description.setTextFormat(Qt.TextFormat.PlainText)
        for label in (heading, description):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.values: dict[str, str] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            ("version", self.tr("版本"), __version__),
            ("revision", self.tr("数据库结构版本"), revision or self.tr("（未打开数据库）")),
            ("database", self.tr("数据库文件"), str(database_path) if database_path else self.tr("（未打开数据库）")),
            ("log", self.tr("日志文件"), str(log_file) if log_file else self.tr("（未建立）")),
            ("data", self.tr("数据文件夹"), str(paths.user_data_dir())),
            ("qt", self.tr("Qt / PySide6"), f"{qVersion()} / {PySide6.__version__}"),
            ("font", self.tr("字体"), self.tr("霞鹜文楷 LXGW WenKai（SIL 开源字体许可证 OFL 1.1）")),
        ]
        for key, label, value in rows:
            self.values[key] = value
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + self.tr("："), field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(description)
        layout.addSpacing(layout.spacing())
        layout.addLayout(form)
        layout.addStretch(1)  # any height to spare goes above the button, not between the lines
        layout.addWidget(buttons)
        # Wrapped labels would size the dialog for a narrower width than its minimum: as tall as its width needs.
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))
