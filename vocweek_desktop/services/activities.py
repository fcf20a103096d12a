"""Activities of an edition: the registrations table's columns, querying it in SQL (filter, search, sort, windows),
and adding and editing activities (one at a time, or pasted into cells).

Lists are read with Core selects and fetched in windows, never all rows into Python: the registrations tab
stays smooth at 100,000 activities. The recycle bin is ``activity_bin``; the stored sort keys ``activity_keys``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import and_, case, delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import (
    CATEGORIES,
    FORMS,
    STATUSES,
    THEME_DAYS,
    clean_activity,
    normalize_enterprise,
)
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.organisers import Organiser, OrganiserMatcher
from vocweek_desktop.io import collation
from vocweek_desktop.services import audit
from vocweek_desktop.services.activity_keys import SOURCE_LABELS, TEXT_SORT_KEYS, refresh_enterprise_keys, sort_keys
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, ActivityEnterprise, College, Department, Edition, Enterprise

# (key, header) of the registrations table, the export and the clipboard, in display order.
COLUMNS: list[tuple[str, str]] = [
    ("organiser", "组织单位"),
    ("title", "活动名称"),
    ("category", "活动类别"),
    ("theme_day", "主题日"),
    ("first_date", "活动日期"),
    ("last_date", "结束日期"),
    ("start_time", "开始时间"),
    ("end_time", "结束时间"),
    ("venue", "活动地点"),
    ("off_campus", "校内/校外"),
    ("form", "线上/线下"),
    ("audience", "面向对象"),
    ("expected_teachers", "预计教师"),
    ("expected_students", "预计学生"),
    ("expected_public", "预计公众"),
    ("actual_teachers", "实际教师"),
    ("actual_students", "实际学生"),
    ("actual_public", "实际公众"),
    ("enterprises", "合作企业"),
    ("person_in_charge", "负责人"),
    ("phone", "联系电话"),
    ("need_power", "用电"),
    ("need_it", "信息设备"),
    ("need_security", "安保"),
    ("need_media", "宣传拍摄"),
    ("status", "状态"),
    ("description", "活动简介"),
    ("source", "来源"),
]
COLUMN_KEYS = [key for key, _ in COLUMNS]
#: What fetch_activities may sort by: any column, or when a row went to the recycle bin.
SORT_KEYS = frozenset(COLUMN_KEYS) | {"deleted_at"}
EDITABLE_FIELDS = frozenset(COLUMN_KEYS) - {"organiser", "source"}
#: What an activity's audit events record, in the table's column order: its organiser by name, and every field.
AUDITED_FIELDS = [key for key in COLUMN_KEYS if key != "source"]
#: Columns of fixed choices sort by the pinyin of their values (the values are known: no stored key needed).
_CHOICES = {"category": CATEGORIES, "theme_day": THEME_DAYS, "form": FORMS, "status": STATUSES}


@dataclass(frozen=True)
class ActivityFilter:
    """What the registrations tab shows; None means no restriction."""

    organiser: tuple[str, int] | None = None
    category: str | None = None
    day: dt.date | None = None
    theme_day: str | None = None
    off_campus: bool | None = None
    form: str | None = None
    status: str | None = None
    search: str = ""
    outside_week_only: bool = False
    deleted: bool = False  # True: the recycle bin


@dataclass(frozen=True)
class ActivityRow:
    """One row of the table: ``values`` in COLUMNS order, plus the flags the view needs."""

    id: int
    row_uid: str
    values: tuple
    outside_week: bool
    college_id: int | None
    department_id: int | None
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True)
class ActivityRecord:
    """Every field of one activity (for the edit form)."""

    id: int
    edition_id: int
    row_uid: str
    college_id: int | None
    department_id: int | None
    organiser: str
    values: dict[str, object] = field(default_factory=dict)


_organiser_name = func.coalesce(College.name, Department.name)
_enterprise_names = (
    select(func.group_concat(Enterprise.name, "、"))
    .join(ActivityEnterprise, ActivityEnterprise.enterprise_id == Enterprise.id)
    .where(ActivityEnterprise.activity_id == Activity.id)
    .correlate(Activity)
    .scalar_subquery()
)
_source = case((Activity.source_kind == "import", Activity.source_file),
               (Activity.source_kind == "paste", literal(SOURCE_LABELS["paste"])), else_=literal(SOURCE_LABELS["manual"]))


def _column(key: str):
    if key == "organiser":
        return _organiser_name
    if key == "enterprises":
        return _enterprise_names
    if key == "source":
        return _source
    return getattr(Activity, key)


def _sort_columns(key: str) -> list:
    """What ``key`` sorts by: a text column's stored pinyin key, a choice's pinyin, the organiser's place (the
    colleges in their own order 序号, then the departments in theirs), or the value itself."""
    if key in TEXT_SORT_KEYS:
        return [getattr(Activity, TEXT_SORT_KEYS[key])]
    if key == "enterprises":
        return [Activity.enterprises_key]
    if key == "source":
        return [Activity.source_key]
    if key in _CHOICES:
        column = getattr(Activity, key)
        return [case({value: collation.sort_key(value) for value in _CHOICES[key]}, value=column, else_=column)]
    if key == "organiser":
        return [Activity.college_id.is_(None), func.coalesce(College.display_order, Department.display_order),
                func.coalesce(Activity.college_id, Activity.department_id)]
    return [_column(key)]


def _where(edition: Edition, flt: ActivityFilter, *, scan: bool = False):
    # ``scan``: compare edition_id through an expression, so SQLite cannot pick the edition index for it.
    clauses = [(Activity.edition_id + 0 if scan else Activity.edition_id) == edition.id,
               Activity.deleted_at.is_not(None) if flt.deleted else Activity.deleted_at.is_(None)]
    if flt.organiser is not None:
        kind, organiser_id = flt.organiser
        clauses.append((Activity.college_id if kind == "college" else Activity.department_id) == organiser_id)
    for name in ("category", "theme_day", "form", "status", "off_campus"):
        value = getattr(flt, name)
        if value is not None:
            clauses.append(getattr(Activity, name) == value)
    if flt.day is not None:
        clauses.append(and_(Activity.first_date <= flt.day, Activity.last_date >= flt.day))
    if flt.outside_week_only:
        clauses.append(or_(Activity.first_date < edition.week_start, Activity.last_date > edition.week_end))
    text = flt.search.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        clauses.append(or_(
            Activity.title.like(pattern, escape="\\"),
            Activity.venue.like(pattern, escape="\\"),
            Activity.person_in_charge.like(pattern, escape="\\"),
            # Matching enterprises are found once (IN), not once per activity (a correlated EXISTS).
            Activity.id.in_(select(ActivityEnterprise.activity_id)
                            .join(Enterprise, Enterprise.id == ActivityEnterprise.enterprise_id)
                            .where(Enterprise.name.like(pattern, escape="\\"))),
        ))
    return and_(*clauses)


def _joined(statement):
    return (statement.outerjoin(College, College.id == Activity.college_id)
            .outerjoin(Department, Department.id == Activity.department_id))


def count_activities(db: Database, edition_id: int, flt: ActivityFilter = ActivityFilter()) -> int:
    """How many activities match ``flt``."""
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        # Without a filter the edition index alone answers (a covering count). With a filter on other columns and
        # none on an indexed one, a sequential read beats an index walk with a rowid lookup per row (3× at 100k).
        narrowed = flt.organiser is not None or flt.day is not None
        other = any(getattr(flt, name) is not None for name in ("category", "theme_day", "form", "status", "off_campus"))
        scan = not narrowed and (other or flt.outside_week_only or bool(flt.search.strip()))
        statement = select(func.count()).select_from(Activity)
        return session.scalar(statement.where(_where(edition, flt, scan=scan)))


def _order_by(key: str, descending: bool) -> list:
    key = key if key in SORT_KEYS else "first_date"
    order_by = [column.desc() if descending else column.asc() for column in _sort_columns(key)]
    order_by.append(Activity.id.desc() if descending else Activity.id)
    if key in ("first_date", "last_date") and not descending:
        order_by.insert(1, Activity.start_time)
    return order_by


def _window_ids(session: Session, edition: Edition, flt: ActivityFilter, sort_key: str, descending: bool,
                offset: int, limit: int) -> list[int]:
    """The ids of one window, sorted; only the sort key is computed for every matching row.

    Measured at 100,000 rows: selecting every displayed column (the enterprise list is a subquery per row)
    before sorting made the last window cost 1–2 s; sorting ids alone, then reading the window's rows by id,
    costs about what the sort itself costs (0.02–0.3 s, most for the enterprise list).
    """
    # Unless a filter narrows the rows or the edition index gives the order (first_date; ascending, ties go by
    # start_time, which the index lacks, so only near the top), read the table in sequence: SQLite otherwise
    # walks that index and looks each row up by rowid, ~3× slower at 100,000 rows.
    by_index = sort_key == "first_date" and (descending or offset < 5000)
    scan = not by_index and flt.organiser is None and flt.day is None
    statement = select(Activity.id).where(_where(edition, flt, scan=scan))
    if sort_key == "organiser":
        statement = _joined(statement)
    return list(session.scalars(statement.order_by(*_order_by(sort_key, descending)).offset(offset).limit(limit)))


def _rows_by_id(session: Session, edition: Edition, ids: list[int]) -> list[ActivityRow]:
    """The table rows of ``ids``, in that order (ids that do not exist are left out)."""
    if not ids:
        return []
    outside = or_(Activity.first_date < edition.week_start, Activity.last_date > edition.week_end)
    statement = _joined(select(Activity.id, Activity.row_uid, outside, Activity.college_id, Activity.department_id,
                               Activity.deleted_at, *[_column(key) for key in COLUMN_KEYS]))
    found = {}
    for start in range(0, len(ids), 500):  # stay well under SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        found.update((row[0], row) for row in session.execute(
            statement.where(Activity.id.in_(chunk), Activity.edition_id == edition.id)))
    return [ActivityRow(id=row[0], row_uid=row[1], outside_week=bool(row[2]), college_id=row[3],
                        department_id=row[4], deleted_at=row[5], values=tuple(row[6:]))
            for row in (found[i] for i in ids if i in found)]


def fetch_activities(db: Database, edition_id: int, flt: ActivityFilter = ActivityFilter(), *,
                     sort_key: str = "first_date", descending: bool = False,
                     offset: int = 0, limit: int = 200) -> list[ActivityRow]:
    """One window of matching rows, sorted in SQL by ``sort_key`` (a COLUMNS key or "deleted_at"; ties by id)."""
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        ids = _window_ids(session, edition, flt, sort_key, descending, offset, limit)
        return _rows_by_id(session, edition, ids)


def positions(db: Database, edition_id: int, activity_ids: Iterable[int], flt: ActivityFilter = ActivityFilter(), *,
              sort_key: str = "first_date", descending: bool = False) -> dict[int, int]:
    """Where these activities are among the rows ``fetch_activities`` gives for ``flt`` in that order (0-based);
    those the filter hides are left out. For showing rows just pasted, imported or restored."""
    ids = list(dict.fromkeys(activity_ids))
    if not ids:
        return {}
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        number = func.row_number().over(order_by=_order_by(sort_key, descending)).label("position")
        ranked = select(Activity.id, number).where(_where(edition, flt))
        if sort_key == "organiser":
            ranked = _joined(ranked)
        ranked = ranked.subquery()
        found: dict[int, int] = {}
        for start in range(0, len(ids), 500):
            found.update((activity_id, position - 1) for activity_id, position in session.execute(
                select(ranked.c.id, ranked.c.position).where(ranked.c.id.in_(ids[start:start + 500]))))
        return found


def activity_rows(db: Database, edition_id: int, activity_ids: Iterable[int]) -> list[ActivityRow]:
    """The table rows of the given activities of an edition, in the order given (binned ones included)."""
    with db.transaction() as session:
        return _rows_by_id(session, load_edition(session, edition_id), list(activity_ids))


def organisers(db: Database, edition_id: int) -> list[Organiser]:
    """Colleges (in display order), then departments: who may organise an activity."""
    with db.transaction() as session:
        colleges = session.execute(select(College.id, College.name).where(College.edition_id == edition_id)
                                   .order_by(College.display_order, College.id))
        departments = session.execute(select(Department.id, Department.name)
                                      .where(Department.edition_id == edition_id)
                                      .order_by(Department.display_order, Department.id))
        return ([Organiser("college", i, n) for i, n in colleges]
                + [Organiser("department", i, n) for i, n in departments if n != "二级学院"])


def organiser_matcher(session: Session, edition_id: int) -> OrganiserMatcher:
    """The edition's colleges and departments, for finding one by the name a file or a user gives."""
    colleges = session.execute(select(College.id, College.name, College.short_name)
                               .where(College.edition_id == edition_id))
    departments = session.execute(select(Department.id, Department.name).where(Department.edition_id == edition_id))
    return OrganiserMatcher(colleges, [(i, n) for i, n in departments if n != "二级学院"])


def _record(activity: Activity, session: Session) -> ActivityRecord:
    values = {key: getattr(activity, key) for key in EDITABLE_FIELDS if key != "enterprises"}
    values["enterprises"] = [e.name for e in activity.enterprises]
    for key in ("source_kind", "source_file", "source_sheet", "source_row", "received_at", "deleted_at"):
        values[key] = getattr(activity, key)
    organiser = session.get(College, activity.college_id) if activity.college_id else \
        session.get(Department, activity.department_id)
    return ActivityRecord(id=activity.id, edition_id=activity.edition_id, row_uid=activity.row_uid,
                          college_id=activity.college_id, department_id=activity.department_id,
                          organiser=organiser.name if organiser else "", values=values)


def _load(session: Session, activity_id: int) -> Activity:
    return get_row(session, Activity, activity_id, msg.ACTIVITY_NOT_FOUND)


def _audited(record: ActivityRecord) -> dict[str, object]:
    """The values an audit event records of an activity (organiser by name, enterprises by name)."""
    return {key: record.organiser if key == "organiser" else record.values.get(key) for key in AUDITED_FIELDS}


def get_activity(db: Database, activity_id: int) -> ActivityRecord:
    """Every field of one activity."""
    with db.transaction() as session:
        return _record(_load(session, activity_id), session)


def _clean(values: Mapping[str, object]) -> dict[str, object]:
    """``clean_activity`` plus the rule that an activity has an organiser, every problem reported at once."""
    missing = values.get("college_id") is None and values.get("department_id") is None
    errors = {"organiser": msg.ORGANISER_REQUIRED} if missing else {}
    try:
        cleaned = clean_activity(values)
    except ValidationError as exc:
        raise ValidationError(errors | exc.fields) from None
    if errors:
        raise ValidationError(errors)
    return cleaned


def _one_day_moves_whole(current: Mapping[str, object], changes: Mapping[str, object]) -> dict[str, object]:
    """A one-day activity whose first day is moved, and whose last day is not given, stays one day long."""
    changes = dict(changes)
    if "first_date" in changes and "last_date" not in changes and current["first_date"] == current["last_date"]:
        changes["last_date"] = changes["first_date"]
    return changes


def _check_organiser(session: Session, edition_id: int, college_id, department_id) -> None:
    if (college_id is None) == (department_id is None):
        raise ValidationError({"organiser": msg.ORGANISER_REQUIRED})
    model, row_id = (College, college_id) if college_id is not None else (Department, department_id)
    row = session.get(model, row_id)
    if row is None or row.edition_id != edition_id:
        raise ValidationError({"organiser": msg.ORGANISER_UNKNOWN.format(name=row_id)})


def enterprise_ids(session: Session, edition_id: int, names: Iterable[str]) -> list[int]:
    """Ids of the named enterprises, created when new; one enterprise however it is spelt."""
    ids: list[int] = []
    for name in names:
        key = normalize_enterprise(name)
        if not key:
            continue
        found = session.scalar(select(Enterprise.id).where(Enterprise.edition_id == edition_id,
                                                           Enterprise.norm_name == key))
        if found is None:
            found = session.scalar(insert(Enterprise).values(edition_id=edition_id, name=name, norm_name=key)
                                   .returning(Enterprise.id))
        if found not in ids:
            ids.append(found)
    return ids


def set_enterprises(session: Session, activity_id: int, edition_id: int, names: Iterable[str]) -> None:
    """Replace the partner enterprises of an activity."""
    session.execute(delete(ActivityEnterprise).where(ActivityEnterprise.activity_id == activity_id))
    ids = enterprise_ids(session, edition_id, names)
    if ids:
        session.execute(insert(ActivityEnterprise), [{"activity_id": activity_id, "enterprise_id": i} for i in ids])
    session.flush()  # the activity's own row first: the key is written over it
    refresh_enterprise_keys(session, [activity_id])


def new_row_uid() -> str:
    """A stable id for a new activity (goes into the hidden column of templates and exports)."""
    return uuid.uuid4().hex


def add_activity(db: Database, edition_id: int, values: Mapping[str, object], *,
                 source_kind: str = "manual") -> ActivityRecord:
    """Add one activity; ``values`` holds college_id or department_id and typed fields (validated)."""
    cleaned = _clean(values)
    enterprises = cleaned.pop("enterprises")
    with db.transaction() as session:
        load_edition(session, edition_id)
        college_id, department_id = values.get("college_id"), values.get("department_id")
        _check_organiser(session, edition_id, college_id, department_id)
        activity = Activity(edition_id=edition_id, row_uid=values.get("row_uid") or new_row_uid(),
                            college_id=college_id, department_id=department_id, source_kind=source_kind, **cleaned,
                            **sort_keys({**cleaned, "source_kind": source_kind}))
        session.add(activity)
        session.flush()
        set_enterprises(session, activity.id, edition_id, enterprises)
        session.expire(activity, ["enterprises"])
        record = _record(activity, session)
        audit.record(session, db.operator, entity="activity", entity_id=activity.id, action="create",
                     edition_id=edition_id, after=audit.filled(_audited(record)), summary=activity.title)
        return record


def update_activity(db: Database, activity_id: int, changes: Mapping[str, object]) -> ActivityRecord:
    """Change some fields of an activity; the whole row is validated again, nothing is saved when it fails.

    Moving the first day of a one-day activity without giving its last day moves the whole activity.
    """
    with db.transaction() as session:
        return _change(session, db.operator, _load(session, activity_id), changes)[1]


def update_activities(db: Database, changes: Mapping[int, Mapping[str, object]]) -> dict[int, tuple[dict, dict]]:
    """Change fields of several activities in ONE transaction (a paste into the table, or its undo): typed values by
    activity id, each row validated as ``update_activity`` validates it. Returns, per activity, the fields that
    changed before and after. Raises ValidationError with fields "<activity id>:<field>" naming every refused value;
    then nothing is written."""
    with db.transaction() as session:
        return _change_many(session, db.operator, {activity_id: dict(values) for activity_id, values in changes.items()},
                            {})


_DATE_CELL_EXTRAS = ("last_date", "start_time", "end_time")


class _SameName(dict):
    """The "cell" of each field in a pasted row is the field itself (problems name it; the table knows where it is)."""

    def __missing__(self, key: str) -> str:
        return key


def paste_cells(db: Database, edition_id: int, cells: Iterable[tuple[int, str, str]]) -> dict[int, tuple[dict, dict]]:
    """Text pasted into cells of the table, as (activity id, field, text): each read as an import reads its cell
    (5月14日, 9：30, 约200人, 是), then written as ``update_activities`` writes, all or none."""
    from vocweek_desktop.domain.activity_rows import parse_activity_cells

    texts: dict[int, dict[str, object]] = {}
    for activity_id, key, text in cells:
        texts.setdefault(activity_id, {})[key] = text if str(text or "").strip() else None
    with db.transaction() as session:
        year = load_edition(session, edition_id).year
        errors: dict[str, str] = {}
        typed: dict[int, dict[str, object]] = {}
        for activity_id, values in texts.items():
            parsed, problems = parse_activity_cells(values, _SameName(), year, "", 0)
            for problem in problems:
                errors.setdefault(f"{activity_id}:{problem.cell}", problem.message)
            if not problems:
                # What was pasted, and what a date cell said besides its day (5月13日-15日, 5月13日 9:30-11:30);
                # not the empty start time the parser gives a row that has an end time only.
                typed[activity_id] = {key: value for key, value in parsed.items()
                                      if key in values or (value is not None and key in _DATE_CELL_EXTRAS)}
        return _change_many(session, db.operator, typed, errors,
                            pasted={i: list(values) for i, values in texts.items()}, edition_id=edition_id)


def _change_many(session: Session, operator: str, changes: Mapping[int, Mapping[str, object]], errors: dict[str, str], *,
                 pasted: Mapping[int, list[str]] | None = None,
                 edition_id: int | None = None) -> dict[int, tuple[dict, dict]]:
    """Apply ``changes`` activity by activity; every refusal goes into ``errors`` (under the pasted field it comes
    from when the rule is about another field), and any refusal raises before the transaction commits."""
    changed: dict[int, tuple[dict, dict]] = {}
    for activity_id, values in changes.items():
        fields = (pasted or {}).get(activity_id) or list(values)
        try:
            activity = session.get(Activity, activity_id)
            if activity is None or (edition_id is not None and activity.edition_id != edition_id):
                raise ValidationError({fields[0]: msg.ACTIVITY_NOT_FOUND})
            old, new = _change(session, operator, activity, values)
        except ValidationError as exc:
            for field, text in exc.fields.items():
                errors.setdefault(f"{activity_id}:{field if field in fields else fields[0]}", text)
            continue
        keys = [key for key in EDITABLE_FIELDS if old.values.get(key) != new.values.get(key)]
        if keys:
            changed[activity_id] = ({key: old.values.get(key) for key in keys}, {key: new.values.get(key) for key in keys})
    if errors:
        raise ValidationError(errors)
    return changed


def _change(session: Session, operator: str, activity: Activity,
            changes: Mapping[str, object]) -> tuple[ActivityRecord, ActivityRecord]:
    """Change fields of one loaded activity, the whole row validated again; (before, after)."""
    old = _record(activity, session)
    current = old.values
    changes = _one_day_moves_whole(current, changes)
    merged = {**current, **{k: v for k, v in changes.items() if k in EDITABLE_FIELDS}}
    cleaned = clean_activity(merged)
    enterprises = cleaned.pop("enterprises")
    college_id = changes.get("college_id", activity.college_id)
    department_id = changes.get("department_id", activity.department_id)
    if "college_id" in changes and changes["college_id"] is not None:
        department_id = None
    if "department_id" in changes and changes["department_id"] is not None:
        college_id = None
    _check_organiser(session, activity.edition_id, college_id, department_id)
    activity.college_id, activity.department_id = college_id, department_id
    for name, value in {**cleaned, **sort_keys(cleaned)}.items():
        setattr(activity, name, value)
    if "enterprises" in changes:
        set_enterprises(session, activity.id, activity.edition_id, enterprises)
        session.expire(activity, ["enterprises"])
    session.flush()
    record = _record(activity, session)
    audit.record_update(session, operator, entity="activity", entity_id=activity.id,
                        edition_id=activity.edition_id, old=_audited(old), new=_audited(record),
                        summary=activity.title)
    return old, record
