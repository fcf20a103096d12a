"""附件2 情况统计表 in: what actually happened to a college's activities, through the import pipeline.

A row is matched to its activity by the hidden row id, then by title and planned date. 实际举办 是 / 改期 marks it
held (on the 实际日期 for a move), 否 cancels it (取消); the person-times, enterprises, media reports and note are
stored beside the planned figures, which stay as registered. A row that matches no registered activity is a new
activity, added and marked "added after registration". A row left as the template prefilled it says nothing and
changes nothing; registered activities the file does not report on are named in the preview. Sheet 学院汇总 gives
the college's participation in people (CollegeParticipation), which may not exceed its headcounts; a problem there
blocks the whole file. The workbook itself is kept as the college's 附件2 submission. All in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import parse_dates, parsing
from vocweek_desktop.domain import statistics as rules
from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.domain.dates import format_day, format_span
from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.domain.organisers import OrganiserMatcher, name_key
from vocweek_desktop.domain.parsing import ParseError
from vocweek_desktop.domain.problems import Problem, cell_name
from vocweek_desktop.io.excel_read import ROW_UID, SheetRead, read_table
from vocweek_desktop.io.excel_statistics import PARTICIPATION_TABLE, STATISTICS_TABLE, TOTALS_SHEET
from vocweek_desktop.services import activity_keys, audit
from vocweek_desktop.services import submissions as submission_service
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import Context, Draft, Existing, Plan, Preview, PreviewColumn, PreviewRow
from vocweek_desktop.services.imports import preview_file
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, CollegeParticipation, Edition

#: What a matched activity gets from its row (compared on re-import).
VALUE_FIELDS: tuple[str, ...] = ("status", "actual_first_date", "actual_last_date", *rules.ACTUAL_COUNTS,
                                 "actual_enterprises", "media_reports", "actual_notes")
#: What a new activity (added after registration) is given besides them.
NEW_FIELDS: tuple[str, ...] = ("title", "category", "first_date", "last_date")
LABELS = {**msg.STATISTICS_LABELS, "actual_first_date": "实际日期", "actual_last_date": "实际结束日期"}
PLAN_HELD, PLAN_MOVED, PLAN_CANCELLED, PLAN_NEW, PLAN_SILENT = "如期举办", "改期", "取消", "新增", "未填写"


@dataclass
class StatisticsContext(Context):
    """A 附件2's lookups: the college it is about, the week, the college's headcounts and the totals sheet."""

    matcher: OrganiserMatcher | None = None
    week: tuple[dt.date, dt.date] | None = None
    headcounts: tuple[int | None, int | None] = (None, None)
    participation: dict[str, int | None] | None = None
    participation_before: dict[str, int | None] | None = None
    college_names: dict[int, str] = field(default_factory=dict)
    operator: str = ""
    files_folder: Path | None = None
    source: Path | None = None


class StatisticsRow(PreviewRow):
    """A valid row of a 附件2: an activity's actual figures, or an activity added after registration. Its values
    carry (for a registered activity) ``_title`` and ``_planned``, its title and planned dates, for showing only."""

    @property
    def title(self) -> str:
        """The activity's title."""
        return str(self.values.get("_title") or self.values.get("title") or "")

    @property
    def planned(self) -> tuple[dt.date, dt.date] | None:
        """The registered dates (None for an activity added after registration)."""
        return self.values.get("_planned")

    @property
    def outcome(self) -> str:
        """如期举办 / 改期 / 取消 / 新增 / 未填写."""
        values = self.values
        if values.get("added_after"):
            return PLAN_NEW
        if values.get("status") == "取消":
            return PLAN_CANCELLED
        if values.get("status") != "已举办":
            return PLAN_SILENT
        if self.planned is not None and (values.get("actual_first_date"), values.get("actual_last_date")) \
                != self.planned:
            return PLAN_MOVED
        return PLAN_HELD


def _count_text(key: str):
    return lambda item: "" if item.values.get(key) is None else str(item.values[key])


def _actual_day(item) -> str:
    values = item.values
    if values.get("status") == "取消" or values.get("actual_first_date") is None:
        return ""
    return format_span(values["actual_first_date"], values.get("actual_last_date"))


class StatisticsForm(Form):
    """附件2 情况统计表: one college's activities as held, and its participation in people."""

    title = msg.STATISTICS_IMPORT_TITLE
    entity = "activity"
    table = STATISTICS_TABLE
    sheet_title = "活动情况"
    labels = LABELS
    value_fields = VALUE_FIELDS
    summary_template = msg.STATISTICS_SUMMARY
    errors_hint = msg.IMPORT_ERRORS_HINT_COLLEGE
    empty_message = msg.STATISTICS_EMPTY
    has_college = True
    receives = True
    received_document = msg.RECEIVED_STATISTICS
    deadline_label = msg.DEADLINE_REPORT
    model = Activity
    uid_column = "row_uid"
    row_type = StatisticsRow
    preview_columns = (
        PreviewColumn(LABELS["title"], lambda item: item.title),
        PreviewColumn(LABELS["first_date"], lambda item: format_span(*item.planned) if item.planned else ""),
        PreviewColumn(LABELS["held"], lambda item: item.outcome),
        PreviewColumn(LABELS["actual_first_date"], _actual_day),
        PreviewColumn("教师", _count_text("actual_teachers")),
        PreviewColumn("学生", _count_text("actual_students")),
        PreviewColumn("公众", _count_text("actual_public")),
        PreviewColumn("报道", _count_text("media_reports")),
    )
    name_columns = (PreviewColumn(LABELS["title"], lambda item: item.title),)

    def deadline_of(self, edition: Edition) -> dt.datetime | None:
        """附件2 is due with the other material after the week, by the report deadline (notice 六(四))."""
        return kinds.deadline_of(kinds.STATISTICS, edition.registration_deadline, edition.report_deadline)

    # --- reading --------------------------------------------------------------------------------------------------

    def read(self, path: Path, *, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> SheetRead:
        """Sheet 活动情况, and sheet 学院汇总 (when the workbook has it) into ``extra``."""
        read = read_table(path, self.table, progress=progress, cancelled=cancelled)
        from vocweek_desktop.io.excel_safety import WorkbookError

        try:
            read.extra["totals"] = read_table(path, PARTICIPATION_TABLE, sheet=TOTALS_SHEET)
        except WorkbookError:
            read.extra["totals"] = None
        return read

    def begin(self, session: Session, edition: Edition, read: SheetRead, *, source_kind: str,
              college_id: int | None) -> StatisticsContext:
        """The college (chosen, else named in the title rows), another year flagged, the totals sheet checked."""
        colleges = session.execute(select(College.id, College.name, College.short_name, College.teacher_count,
                                          College.student_count).where(College.edition_id == edition.id)).all()
        matcher = OrganiserMatcher([(c.id, c.name, c.short_name) for c in colleges], [])
        ctx = StatisticsContext(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header,
                                matcher=matcher, week=(edition.week_start, edition.week_end),
                                college_names={c.id: c.name for c in colleges}, source=read.file)
        selected = matcher.by_id("college", college_id) if college_id is not None else None
        if college_id is not None and selected is None:
            raise NotFoundError(msg.COLLEGE_NOT_FOUND)
        named = matcher.find(read.college) if read.college else None
        if read.college and selected is not None and named != selected:
            ctx.warnings.append(msg.IMPORT_OTHER_COLLEGE.format(named=read.college, selected=selected.name))
        elif read.college and named is None and selected is None:
            ctx.file_problems.append(Problem(read.sheet, read.college_cell or "",
                                             msg.IMPORT_UNKNOWN_COLLEGE.format(name=read.college)))
        if read.year is not None and read.year != edition.year:
            ctx.warnings.append(msg.IMPORT_OTHER_YEAR.format(named=read.year, year=edition.year))
        ctx.college = selected or named
        if ctx.college is None and not (read.college and named is None):
            ctx.file_problems.append(Problem(read.sheet, read.college_cell or "", msg.IMPORT_NO_COLLEGE))
        ctx.file_problems.extend(self.missing_columns_problems(ctx))
        if ctx.college is not None:
            own = next(c for c in colleges if c.id == ctx.college.id)
            ctx.headcounts = (own.teacher_count, own.student_count)
            self._check_totals(session, ctx, read.extra.get("totals"))
        return ctx

    def _check_totals(self, session: Session, ctx: StatisticsContext, totals: SheetRead | None) -> None:
        if totals is None:
            ctx.warnings.append(msg.STATISTICS_NO_TOTALS_SHEET.format(sheet=TOTALS_SHEET))
            return
        sheet = totals.sheet
        rows = totals.rows
        if not rows:
            ctx.warnings.append(msg.STATISTICS_TOTALS_EMPTY.format(sheet=sheet))
            return
        if len(rows) > 1:
            ctx.warnings.append(msg.STATISTICS_TOTALS_ONE_ROW.format(sheet=sheet, row=rows[0].number))
        row = rows[0]
        columns = totals.header.columns
        values: dict[str, int | None] = {}
        cells = {key: cell_name(column, row.number) for key, column in columns.items()}
        for key in rules.PARTICIPATION_FIELDS:
            if key not in columns:
                continue
            try:
                values[key] = PARTICIPATION_TABLE.by_key[key].parse(row.get(columns[key]))
            except ParseError as error:
                ctx.file_problems.append(Problem(sheet, cells[key], str(error), row.number))
        named = row.get(columns.get("college"))
        if named not in (None, "") and ctx.matcher.find(str(named)) not in (None, ctx.college):
            ctx.warnings.append(msg.STATISTICS_TOTALS_OTHER_COLLEGE.format(
                sheet=sheet, cell=cells["college"], named=str(named).strip(), college=ctx.college.name))
        cleaned, errors = rules.clean_participation(values, ctx.headcounts)
        for key, text in errors.items():
            ctx.file_problems.append(Problem(sheet, cells.get(key, ""), text, row.number))
        for key, total in (("teacher_total", ctx.headcounts[0]), ("student_total", ctx.headcounts[1])):
            if values.get(key) is not None and total is not None and values[key] != total:
                ctx.warnings.append(msg.STATISTICS_HEADCOUNT_DIFFERS.format(
                    sheet=sheet, cell=cells[key], label=LABELS[key], value=values[key], known=total))
        if any(values.get(key) is not None for key in rules.PARTICIPATION_FIELDS):
            ctx.participation = cleaned
            before = session.scalars(select(CollegeParticipation).where(
                CollegeParticipation.edition_id == ctx.edition_id,
                CollegeParticipation.college_id == ctx.college.id)).first()
            ctx.participation_before = {key: getattr(before, key) for key in rules.PARTICIPATION_FIELDS} \
                if before is not None else None

    def cells(self, columns: Mapping[str, int], number: int) -> dict[str, str]:
        """Every field's cell; the actual dates are reported at 实际日期."""
        cells = super().cells(columns, number)
        if "actual_date" in cells:
            cells["actual_first_date"] = cells["actual_last_date"] = cells["actual_date"]
        if "first_date" in cells:
            cells["last_date"] = cells["first_date"]
        return cells

    def parse_values(self, ctx: StatisticsContext, draft: Draft, values: dict[str, object]) -> None:
        """Typed cells: dates of the edition's year, 实际举办 as 是 / 否 / 改期, counts as numbers."""
        values.pop("seq", None)
        values.pop("college", None)
        parsers: dict[str, Callable[[object], object]] = {
            "title": lambda v: parsing.cell_text(v) or "",
            "category": parsing.parse_category,
            "first_date": lambda v: parse_dates.parse_date_range(v, year=ctx.year),
            "held": rules.parse_held,
            "actual_date": lambda v: parse_dates.parse_date_range(v, year=ctx.year),
            "actual_enterprises": lambda v: parsing.cell_text(v),
            "actual_notes": lambda v: parsing.cell_text(v) or "",
        }
        for key, value in values.items():
            column = self.table.by_key.get(key)
            parse = parsers.get(key) or (column.parse if column is not None else None)
            if parse is None:
                continue
            try:
                parsed = parse(value)
            except ParseError as error:
                draft.problems.append(Problem(ctx.sheet, draft.cell(key), str(error), draft.row))
                draft.failed.add(key)
                continue
            if key == "first_date":
                draft.values["first_date"], draft.values["last_date"] = parsed
            elif key == "actual_date":
                draft.values["actual_first_date"], draft.values["actual_last_date"] = parsed
            else:
                draft.values[key] = parsed
        draft.organiser = ctx.college

    # --- matching -------------------------------------------------------------------------------------------------

    def load_existing(self, session: Session, preview: Preview, uids: Sequence[str]) -> dict[int, Existing]:
        """The college's live activities, and any the row ids name (another college's is refused at its row)."""
        college_id = preview.college.id if preview.college is not None else None
        where = Activity.deleted_at.is_(None) & (Activity.college_id == college_id)
        if uids:
            where = where | Activity.row_uid.in_(list(uids))
        keys = (*NEW_FIELDS, *VALUE_FIELDS, "added_after")
        columns = [getattr(Activity, key) for key in keys]
        found = {}
        for row in session.execute(select(Activity.id, Activity.row_uid, Activity.college_id, Activity.department_id,
                                          Activity.deleted_at, *columns)
                                   .where(Activity.edition_id == preview.edition_id, where)):
            values = dict(zip(keys, row[5:], strict=True))
            organiser = ("college", row[2]) if row[2] is not None else ("department", row[3])
            found[row[0]] = Existing(row[0], row[1], values, row[4] is not None, organiser)
        return found

    def row_key(self, ctx: StatisticsContext, draft: Draft) -> Hashable | None:
        """Title and planned date (a row added after registration has only its actual date: an activity it added
        carries that date as its own, so the same file imported again finds it)."""
        title = draft.values.get("title")
        first = draft.values.get("first_date") or draft.values.get("actual_first_date")
        if not title or not isinstance(first, dt.date):
            return None
        return name_key(title), first

    def record_key(self, record: Existing) -> Hashable | None:
        """Title and planned date (only the college's own activities)."""
        return name_key(record.values["title"]), record.values["first_date"]

    # --- validating -----------------------------------------------------------------------------------------------

    def clean(self, ctx: StatisticsContext, draft: Draft, record: Existing | None) -> tuple[dict | None,
                                                                                          list[Problem]]:
        """A matched row's actual figures (a row saying nothing keeps the activity as it is); a new row becomes an
        activity added after registration."""
        if draft.problems:
            return None, []
        if ctx.college is None:
            return None, [Problem(ctx.sheet, draft.anchor_cell, msg.IMPORT_NO_COLLEGE, draft.row)]
        if record is not None and (record.deleted or record.organiser != ("college", ctx.college.id)):
            owner = ctx.college_names.get(record.organiser[1], "") if record.organiser[0] == "college" else ""
            text = msg.STATISTICS_ROW_OTHER_COLLEGE.format(college=owner) if owner and not record.deleted \
                else msg.STATISTICS_ROW_GONE
            return None, [Problem(ctx.sheet, draft.cells.get(ROW_UID, draft.anchor_cell), text, draft.row)]
        values = dict(draft.values)
        if record is not None:
            planned = (record.values["first_date"], record.values["last_date"])
            shown = {"_title": record.values["title"], "_planned": planned,
                     "added_after": record.values["added_after"]}
            if not rules.is_reported(values):
                return {**{key: record.values[key] for key in VALUE_FIELDS}, **shown}, []
            cleaned, errors = rules.clean_actual(values, planned)
        else:
            if not values.get("title"):
                return None, [Problem(ctx.sheet, draft.cell("title"), msg.REQUIRED.format(label=LABELS["title"]),
                                      draft.row)]
            shown = {}
            cleaned, errors = rules.clean_actual(values, None)
            if cleaned["status"] == "取消":
                errors.setdefault("held", msg.STATISTICS_NEW_NOT_HELD)
        if errors:
            return None, [Problem(ctx.sheet, draft.cell(key), text, draft.row) for key, text in errors.items()]
        result = {**{key: cleaned.get(key) for key in VALUE_FIELDS}, **shown}
        if record is None:
            result.update(title=values["title"][:200], category=values.get("category") or "其他",
                          first_date=cleaned["actual_first_date"], last_date=cleaned["actual_last_date"],
                          added_after=True)
            draft.note["category_defaulted"] = not values.get("category")
        return result, []

    def row_warnings(self, ctx: StatisticsContext, draft: Draft, cleaned: Mapping[str, object]) -> list[Problem]:
        """A move, a new activity, a date outside the week."""
        found = []
        planned = cleaned.get("_planned")
        first, last = cleaned.get("actual_first_date"), cleaned.get("actual_last_date")
        if cleaned.get("added_after") and planned is None:  # to be added (one added before is matched: planned)
            found.append(Problem(ctx.sheet, draft.cell("title"), msg.STATISTICS_NEW_ACTIVITY.format(
                title=cleaned["title"], category=cleaned["category"]), draft.row))
            if draft.note.get("category_defaulted"):
                found.append(Problem(ctx.sheet, draft.cell("category"), msg.STATISTICS_CATEGORY_DEFAULT, draft.row))
        elif planned is not None and first is not None and (first, last) != planned and not cleaned.get("added_after"):
            found.append(Problem(ctx.sheet, draft.cell("actual_first_date"), msg.STATISTICS_MOVED.format(
                planned=format_span(*planned), actual=format_span(first, last)), draft.row))
        week = ctx.week
        if first is not None and week is not None and (first < week[0] or last > week[1]):
            found.append(Problem(ctx.sheet, draft.cell("actual_first_date"), msg.STATISTICS_OUTSIDE_WEEK.format(
                day=format_day(first), start=format_day(week[0]), end=format_day(week[1])), draft.row))
        return found

    def fingerprint(self, session: Session, edition_id: int) -> tuple:
        """Count, newest id and last change of the edition's activities."""
        return tuple(session.execute(select(func.count(Activity.id), func.max(Activity.id),
                                            func.max(Activity.updated_at))
                                     .where(Activity.edition_id == edition_id)).one())

    # --- writing --------------------------------------------------------------------------------------------------

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """The actual figures of matched activities, the new activities, and the college's participation."""
        ctx: StatisticsContext = preview.context
        now = plan.now
        stamp = {"reported_at": plan.received, "updated_at": now}
        if preview.to_update:
            session.execute(update(Activity), [{"id": item.record_id, **{k: item.values[k] for k in VALUE_FIELDS},
                                                **stamp} for item in preview.to_update])
        if preview.to_add:
            rows = []
            for item in preview.to_add:
                item.row_uid = item.row_uid or uuid.uuid4().hex
                rows.append({"edition_id": preview.edition_id, "row_uid": item.row_uid, "college_id": ctx.college.id,
                             **{k: item.values[k] for k in (*NEW_FIELDS, *VALUE_FIELDS)}, "added_after": True,
                             "source_kind": "import", "source_file": preview.source_name[:500],
                             "source_sheet": preview.sheet[:100], "source_row": item.row, "received_at": plan.received,
                             "created_at": now, **stamp})
                rows[-1] |= activity_keys.sort_keys(rows[-1])  # the 活动报名 table sorts by these
            inserted = session.execute(insert(Activity).returning(Activity.id, Activity.row_uid), rows)
            ids = {uid: activity_id for activity_id, uid in inserted}
            for item in preview.to_add:
                item.record_id = ids[item.row_uid]
        if ctx.participation is not None:
            self._write_participation(session, ctx, plan)
        return 0

    def _write_participation(self, session: Session, ctx: StatisticsContext, plan: Plan) -> None:
        row = session.scalars(select(CollegeParticipation).where(
            CollegeParticipation.edition_id == ctx.edition_id,
            CollegeParticipation.college_id == ctx.college.id)).first()
        values = dict(ctx.participation)
        if row is None:
            row = CollegeParticipation(edition_id=ctx.edition_id, college_id=ctx.college.id)
            session.add(row)
        before = {key: getattr(row, key) for key in rules.PARTICIPATION_FIELDS}
        for key, value in values.items():
            setattr(row, key, value)
        row.received_at = plan.received
        session.flush()
        if before != values:
            audit.record(session, ctx.operator, entity="participation", entity_id=row.id,
                         action="update" if any(v is not None for v in before.values()) else "create",
                         edition_id=ctx.edition_id, before=audit.changes(before, values)[0] or None,
                         after=audit.changes(before, values)[1], summary=ctx.college.name, at=plan.now)

    def record_submission(self, session: Session, preview: Preview, plan: Plan) -> tuple[int, ...]:
        """The workbook kept as the college's 附件2 (unless the very same file is already kept)."""
        ctx: StatisticsContext = preview.context
        source = preview.file
        if preview.source_kind != "import" or source is None or ctx.files_folder is None or ctx.college is None:
            return ()
        source = Path(source)
        sha, size = submission_service.file_digest(source)
        if submission_service.find_by_hash(session, preview.edition_id, sha) is not None:
            return ()
        edition = session.get(Edition, preview.edition_id)
        college = session.get(College, ctx.college.id)
        row = submission_service.keep_file(session, ctx.files_folder, edition, college, kinds.STATISTICS, source,
                                           sha=sha, size=size, received_at=plan.received or plan.now,
                                           operator=ctx.operator, source_kind="import", now=plan.now)
        return (row.id,)

    # --- showing --------------------------------------------------------------------------------------------------

    def describe(self, values: Mapping[str, object]) -> str:
        """The activity's title (when the row has it)."""
        return str(values.get("title") or "")

    def label(self, key: str) -> str:
        """The label of a changed field."""
        return LABELS.get(key, key)


FORM = StatisticsForm()


@dataclass(frozen=True)
class PlannedVsHeld:
    """How a 附件2 compares with what was registered: counts of each outcome, and the registered activities it
    does not report on."""

    planned: int
    held: int
    moved: int
    cancelled: int
    new: int
    silent: tuple[str, ...]

    def text(self) -> str:
        """计划 12 项：如期举办 8 项，改期 2 项，取消 1 项，未填写 1 项；报名后新增 2 项."""
        return msg.STATISTICS_PLANNED_VS_HELD.format(planned=self.planned, held=self.held, moved=self.moved,
                                                     cancelled=self.cancelled, silent=len(self.silent), new=self.new)


def planned_vs_held(db: Database, preview: Preview) -> PlannedVsHeld:
    """Compare a previewed 附件2 with the college's registered activities."""
    outcomes = [item.outcome for item in (*preview.to_add, *preview.to_update, *preview.unchanged)]
    reported_ids = {item.record_id for item in (*preview.to_update, *preview.unchanged)
                    if item.record_id is not None and item.outcome != PLAN_SILENT}
    silent: list[str] = []
    planned = 0
    if preview.college is not None:
        with db.transaction() as session:
            for activity_id, title, first in session.execute(
                    select(Activity.id, Activity.title, Activity.first_date)
                    .where(Activity.edition_id == preview.edition_id, Activity.college_id == preview.college.id,
                           Activity.deleted_at.is_(None), Activity.added_after.is_(False))
                    .order_by(Activity.first_date, Activity.id)):
                planned += 1
                if activity_id not in reported_ids:
                    silent.append(f"{format_day(first)} {title}")
    return PlannedVsHeld(planned, outcomes.count(PLAN_HELD), outcomes.count(PLAN_MOVED),
                         outcomes.count(PLAN_CANCELLED), outcomes.count(PLAN_NEW), tuple(silent))


def preview_workbook(db: Database, edition_id: int, path: str | Path, *, received_at: dt.datetime | None = None,
                     college_id: int | None = None, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Preview:
    """Read and check a returned 附件2; writes nothing. The planned-vs-held comparison is the first warning; the
    registered activities it does not report on are named."""
    preview = preview_file(db, FORM, edition_id, path, received_at=received_at, college_id=college_id,
                           progress=progress, cancelled=cancelled)
    ctx: StatisticsContext = preview.context
    ctx.operator = db.operator
    ctx.files_folder = submission_service.files_folder(db)
    if preview.college is not None and not ctx.file_problems:  # rows with errors are left out of the comparison
        comparison = planned_vs_held(db, preview)
        notes = [comparison.text()]
        if comparison.silent:
            shown = "；".join(comparison.silent[:10]) + ("……" if len(comparison.silent) > 10 else "")
            notes.append(msg.STATISTICS_SILENT.format(count=len(comparison.silent), titles=shown))
        if ctx.participation is not None:  # what the 学院汇总 sheet will write, in view before it is
            notes.append(rules.participation_text(ctx.participation))
        preview.file_warnings[:0] = notes
        preview.warnings[:0] = notes
    return preview
