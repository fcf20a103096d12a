"""Table models of the 评分 tab: the rubric, the judges, a judge's score sheet (criteria cells edited in place, the
objective indicators beside each college) and the result's ranking."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import NotFoundError, ValidationError, VocWeekError
from vocweek_desktop.domain.scoring import points_text
from vocweek_desktop.gui.models.records_model import CENTER, LEFT, RIGHT, Column, ColumnsModel, RecordsModel
from vocweek_desktop.services import award_export, award_scores
from vocweek_desktop.services.award_indicators import KEYS as INDICATOR_KEYS
from vocweek_desktop.services.award_indicators import CollegeIndicators
from vocweek_desktop.services.awards import CriterionRecord, ResultView, SheetRow
from vocweek_desktop.store.engine import Database

_Index = QModelIndex | QPersistentModelIndex
AWARDED_TINT = QColor("#fff4cc")
TIED_TINT = QColor("#ffe0b2")
OWN_TINT = QColor("#eeeeee")
PARTIAL_TINT = QColor("#fdecea")


class CriteriaModel(RecordsModel):
    """The rubric in order: 序号 (the number the tie-break order uses), name, points, description."""

    def build_columns(self) -> list[Column]:
        """序号, 名称, 分值, 说明."""
        return [Column("position", self.tr("序号"), align=CENTER,
                       header_tooltip=self.tr("同分比较顺序中用这个序号指代评分标准")),
                Column("name", self.tr("名称"), searchable=True),
                Column("max_points", self.tr("分值"), text=points_text, align=RIGHT),
                Column("description", self.tr("说明"), searchable=True)]


class JudgesModel(RecordsModel):
    """The judges: name, unit, the college they abstain from."""

    def build_columns(self) -> list[Column]:
        """姓名, 单位, 所在学院."""
        return [Column("name", self.tr("姓名"), searchable=True), Column("unit", self.tr("单位"), searchable=True),
                Column("college_name", self.tr("所在学院（回避）"))]


@dataclass(frozen=True)
class SheetLine:
    """A row of the score grid: the judge's row for a college and the college's indicators."""

    id: int  # the college's id
    row: SheetRow
    indicators: CollegeIndicators | None


class ScoreSheetModel(ColumnsModel):
    """One judge's score sheet: a row per college, a column per criterion (0 … maximum, half points), the total,
    comment, 回避 and its reason, then the college's objective indicators (click one to see its rows)."""

    #: A row was saved (the window's other views refresh).
    sheet_changed = Signal()

    def __init__(self, parent=None):
        self._criteria: list[CriterionRecord] = []
        super().__init__([], parent)
        self._lines: list[SheetLine] = []
        self._db: Database | None = None
        self._judge_id: int | None = None
        self.locked = False

    # --- content -----------------------------------------------------------------------------------------------

    def set_sheet(self, db: Database | None, judge_id: int | None, criteria: Sequence[CriterionRecord],
                  rows: Sequence[SheetRow], indicators: Sequence[CollegeIndicators], *, locked: bool) -> None:
        """Show ``rows`` of judge ``judge_id`` under ``criteria`` (editable unless ``locked``)."""
        self.beginResetModel()
        self._db, self._judge_id, self.locked = db, judge_id, locked
        self._criteria = list(criteria)
        self._columns = self._build(self._criteria)
        self._positions = {column.key: position for position, column in enumerate(self._columns)}
        by_id = {i.college_id: i for i in indicators}
        self._lines = [SheetLine(row.college_id, row, by_id.get(row.college_id)) for row in rows]
        self.endResetModel()

    def _build(self, criteria: Sequence[CriterionRecord]) -> list[Column]:
        editable = not self.locked
        columns = [Column("college", self.tr("学院"), value=lambda line: line.row.college_name)]
        # The indicators right beside the college, where the judge reads them while scoring.
        for key in INDICATOR_KEYS:
            columns.append(Column(
                f"indicator:{key}", msg.AWARD_IND_LABELS[key],
                value=lambda line, key=key: line.indicators.text(key) if line.indicators else "",
                align=LEFT, tooltip=lambda value: self.tr("{0}\n单击查看这个数字来自哪些记录").format(value),
                header_tooltip=msg.AWARD_IND_SOURCES.get(key, msg.AWARD_IND_SOURCES["participation_planned"])))
        for criterion in criteria:
            columns.append(Column(
                f"c{criterion.id}", f"{criterion.name}\n" + self.tr("（满分{0}）").format(
                    points_text(criterion.max_points)),
                value=lambda line, cid=criterion.id: line.row.scores.get(cid),
                text=lambda value: "" if value is None else points_text(value), align=RIGHT, editable=editable,
                header_tooltip=criterion.description or criterion.name,
                tooltip=lambda value, c=criterion: self.tr("{0}：0 到 {1} 分，可填半分").format(
                    c.name, points_text(c.max_points))))
        columns += [
            Column("total", self.tr("总分"), value=lambda line: line.row.total,
                   text=lambda value: "" if value is None else points_text(value), align=RIGHT),
            Column("comment", self.tr("评语"), value=lambda line: line.row.comment, editable=editable),
            Column("abstain", self.tr("回避"), value=lambda line: line.row.abstain, check=True, editable=editable,
                   align=CENTER),
            Column("reason", self.tr("回避理由"), value=lambda line: line.row.reason, editable=editable),
        ]
        return columns

    def build_columns(self) -> list[Column]:
        """The columns without a rubric yet."""
        return self._build(self._criteria)

    def line(self, row: int) -> SheetLine | None:
        """The line shown in ``row``."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def lines(self) -> list[SheetLine]:
        """Every line."""
        return list(self._lines)

    def indicator_key(self, column: int) -> str | None:
        """The indicator shown in ``column`` (None for another column)."""
        key = self._columns[column].key if 0 <= column < len(self._columns) else ""
        return key.split(":", 1)[1] if key.startswith("indicator:") else None

    # --- Qt ----------------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per college."""
        return 0 if parent.isValid() else len(self._lines)

    def record(self, row: int):
        """The line of ``row``."""
        return self.line(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Rows are headed by their college: the header stays in sight when the grid scrolls sideways to the
        comment and 回避 columns (the tab hides the college column)."""
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._lines):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._lines[section].row.college_name
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """A criterion cell is edited as the text it shows (27.5), not as the stored fraction."""
        if role == Qt.ItemDataRole.EditRole and index.isValid() and self.is_score_column(index.column()):
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def is_score_column(self, column: int) -> bool:
        """Whether ``column`` holds a criterion's scores."""
        key = self._columns[column].key if 0 <= column < len(self._columns) else ""
        return key[:1] == "c" and key[1:].isdigit()

    def row_brush(self, record: SheetLine) -> QBrush | None:
        """Grey for the judge's own college or an abstention, red for a row scored on some criteria only."""
        if record.row.own or record.row.abstain:
            return QBrush(OWN_TINT)
        if record.row.state == "partial":
            return QBrush(PARTIAL_TINT)
        return None

    def row_tooltip(self, record: SheetLine) -> str | None:
        """Why a row is tinted."""
        if record.row.own:
            return self.tr("评委来自该学院，应回避")
        if record.row.abstain:
            return self.tr("已回避：{0}").format(record.row.reason)
        if record.row.state == "partial":
            return self.tr("只评了部分项目：不完整的评分不计入结果")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Criterion cells of an abstained row cannot be edited; nothing can while the result is locked."""
        flags = super().flags(index)
        line = self.line(index.row()) if index.isValid() else None
        if line is not None and self.locked:
            flags &= ~(Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        elif line is not None and line.row.abstain and self._columns[index.column()].key.startswith("c"):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def commit(self, row: int, record: SheetLine, column: Column, value: object) -> bool:
        """Save an edited cell through the service (its message shown when refused)."""
        if self._db is None or self._judge_id is None:
            return False
        college = record.row.college_id
        try:
            if column.key.startswith("c") and column.key[1:].isdigit():
                text = "" if value is None else str(value).strip()
                saved = award_scores.set_score(self._db, self._judge_id, college, int(column.key[1:]), text or None)
            elif column.key == "comment":
                saved = award_scores.set_review(self._db, self._judge_id, college, comment=str(value or ""))
            elif column.key == "abstain":
                reason = record.row.reason or (msg.AWARD_OWN_COLLEGE_REASON if record.row.own else "")
                saved = award_scores.set_review(self._db, self._judge_id, college, abstain=bool(value),
                                          reason=reason if value else "")
            elif column.key == "reason":
                saved = award_scores.set_review(self._db, self._judge_id, college, reason=str(value or ""))
            else:
                return False
        except (ValidationError, NotFoundError, VocWeekError) as error:
            self.edit_refused.emit(str(error))
            return False
        self._lines[row] = SheetLine(record.id, saved, record.indicators)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        self.sheet_changed.emit()
        return True


@dataclass(frozen=True)
class RankingLine:
    """A row of the ranking: the texts shown, and the college's place in the result."""

    id: int
    cells: tuple[object, ...]
    status: str
    tied: bool
    flags: tuple[str, ...]
    tie_note: str


class ResultModel(ColumnsModel):
    """The ranking as the exports show it: rank, college, final, judges counted, each judge's total, criterion means,
    flags, tie notes and the result; awarded (or proposed) colleges tinted gold, a tie at the quota line orange."""

    def __init__(self, parent=None):
        super().__init__([], parent)
        self._lines: list[RankingLine] = []

    def build_columns(self) -> list[Column]:
        """None until a result is shown."""
        return []

    def set_view(self, view: ResultView | None) -> None:
        """Show ``view``'s ranking (None: nothing)."""
        self.beginResetModel()
        self._lines = []
        if view is None:
            self._columns = []
        else:
            header = award_export.ranking_header(view)
            numeric = {0, 2, 3} | set(range(4, 4 + len(view.judges) + len(view.criteria)))
            self._columns = [Column(str(index), title, value=lambda line, i=index: line.cells[i],
                                    align=RIGHT if index in numeric and index != 3 else CENTER if index == 3 else LEFT)
                             for index, title in enumerate(header)]
            for row, cells in zip(view.result.rows, award_export.ranking_rows(view), strict=True):
                self._lines.append(RankingLine(row.college_id, tuple(cells), award_export.status_of(view, row),
                                               row.tied_at_line and not view.lock.locked,
                                               tuple(f.text for f in row.flags), row.tie_note))
        self._positions = {column.key: position for position, column in enumerate(self._columns)}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per college."""
        return 0 if parent.isValid() else len(self._lines)

    def record(self, row: int) -> RankingLine | None:
        """The line of ``row``."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_brush(self, record: RankingLine) -> QBrush | None:
        """Gold for the awarded / proposed, orange for a tie across the quota line."""
        if record.tied:
            return QBrush(TIED_TINT)
        if record.status:
            return QBrush(AWARDED_TINT)
        return None

    def row_tooltip(self, record: RankingLine) -> str | None:
        """The flags and how a tie was settled."""
        parts = list(record.flags) + ([record.tie_note] if record.tie_note else [])
        return "\n".join(parts) or None
