"""修改记录: who changed what — the events of one record in order, or the newest events of an edition by kind.

Read-only and copyable (复制 / Ctrl+C: the selected events, or all, as text Excel and Word paste as a table).
Tabs open a record's history with ``show_history`` from a context-menu entry 查看修改记录…; the window opens
the edition-wide list with ``show_edition_history`` (文件 → 修改记录…).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.gui.clipboard import set_clipboard, to_html_table, to_tsv
from vocweek_desktop.gui.forms.ui_history_dialog import Ui_HistoryDialog
from vocweek_desktop.gui.models.history_model import EDITION_COLUMNS, RECORD_COLUMNS, HistoryModel
from vocweek_desktop.services import audit
from vocweek_desktop.store.engine import Database

#: How many of an edition's newest events the list shows.
EDITION_LIMIT = 500
#: How many lines of changes an event shows in the edition-wide list (the tooltip and a copy have them all).
EDITION_MAX_LINES = 4


class HistoryDialog(QDialog):
    """One record's events oldest first (``entity`` and ``entity_id``), or the newest events of ``edition_id``."""

    def __init__(self, db: Database, *, entity: str | None = None, entity_id: int | None = None,
                 edition_id: int | None = None, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self._db = db
        self._record = (entity, entity_id) if entity is not None and entity_id is not None else None
        self._edition_id = edition_id
        self.model = HistoryModel(RECORD_COLUMNS if self._record else EDITION_COLUMNS, self,
                                  max_lines=None if self._record else EDITION_MAX_LINES)
        view = self.ui.table_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        char = view.fontMetrics().horizontalAdvance("中")
        for column, spec in enumerate(self.model.columns()[:-1]):  # the last column (修改内容) takes the rest
            view.setColumnWidth(column, int(spec.width * char) + 12)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.copy_button.clicked.connect(self.copy)
        view.installEventFilter(self)
        if self._record:
            label = msg.AUDIT_ENTITIES.get(entity, entity)
            self.setWindowTitle(self.tr("修改记录 — {0}").format(title or label))
            self.ui.heading_label.setText(self.tr("{0}“{1}”的全部修改，从早到晚：").format(label, title) if title
                                          else self.tr("{0}的全部修改，从早到晚：").format(label))
            self.ui.filter_label.hide()
            self.ui.filter_combo.hide()
        else:
            self.setWindowTitle(self.tr("修改记录 — {0}").format(title) if title else self.tr("修改记录"))
            self.ui.heading_label.setText(self.tr("最新的修改在最上面；双击一行，查看那条记录的全部修改。"))
            self.ui.filter_combo.addItem(self.tr("全部"), None)
            for key, text in msg.AUDIT_ENTITIES.items():
                self.ui.filter_combo.addItem(text, key)
            self.ui.filter_combo.currentIndexChanged.connect(self.reload)
            view.doubleClicked.connect(self._open_row)
        self.resize(900 if self._record else 1040, 520)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Ctrl+C in the table copies whole events, not only the current cell (what QTableView does itself)."""
        if watched is self.ui.table_view and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return True
        return super().eventFilter(watched, event)

    def entity_filter(self) -> str | None:
        """The kind of record the edition-wide list is limited to (None: every kind)."""
        return self.ui.filter_combo.currentData() if self._record is None else None

    def reload(self) -> None:
        """Read the events again."""
        if self._record is not None:
            rows = audit.history(self._db, *self._record)
        else:
            rows = audit.events(self._db, self._edition_id, entity=self.entity_filter(), limit=EDITION_LIMIT)
        self.model.set_rows(rows)
        if not rows:
            text = self.tr("还没有修改记录")
        elif self._record is None and len(rows) == EDITION_LIMIT:
            text = self.tr("显示最新的 {0} 条").format(len(rows))
        else:
            text = self.tr("共 {0} 条").format(len(rows))
        self.ui.count_label.setText(text)
        self.ui.copy_button.setEnabled(bool(rows))

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted({index.row() for index in self.ui.table_view.selectionModel().selectedRows()})

    def copy(self) -> str:
        """复制: the selected events (all when none is selected), with the header, as text and an HTML table."""
        if not self.model.rowCount():
            return ""
        rows = self.selected_rows() or range(self.model.rowCount())
        table = self.model.table(self.model.record(row) for row in rows)
        text = to_tsv(table)
        set_clipboard(text, to_html_table(table))
        return text

    def _open_row(self, index) -> None:
        record = self.model.record(index.row())
        if record.entity_id is not None:
            show_history(self, self._db, record.entity, record.entity_id, record.summary)


def show_history(parent: QWidget | None, db: Database, entity: str, entity_id: int, title: str) -> None:
    """查看修改记录…: every change of one record (``entity`` as the services record it, e.g. "college"), in order."""
    HistoryDialog(db, entity=entity, entity_id=entity_id, title=title, parent=parent).exec()


def show_edition_history(parent: QWidget | None, db: Database, edition_id: int | None, title: str = "") -> None:
    """文件 → 修改记录…: the newest changes of an edition (all editions when None), filterable by kind of record."""
    HistoryDialog(db, edition_id=edition_id, title=title, parent=parent).exec()
