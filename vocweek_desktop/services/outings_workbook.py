"""The 外出活动申请表 workbook: a college may send its request as Excel — sheet 外出活动申请表 with the form's fields as
labelled cells, sheet 参与人员 with the list of people — and the office imports it through the same pipeline as
附件1 (services/imports.py): tolerant reading, problems named by sheet and cell, a preview, nothing written until
it is confirmed, all or nothing.

One workbook is one request. It is matched by its hidden 申请ID, then by its 申请编号, and a file with neither (a
college's blank template) by the open request of its college with its title and departure; a new one lands in 已提交 with
the time the file was received, and importing the same request again updates it (a returned or approved request
goes back to 已提交, to be decided again). The template is written per college, or prefilled from a request so that
the college can correct it and send it back.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain import parse_dates, parsing
from vocweek_desktop.domain.dates import format_datetime, format_moment
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.organisers import OrganiserMatcher, name_key
from vocweek_desktop.domain.parsing import ParseError
from vocweek_desktop.domain.problems import Problem
from vocweek_desktop.io.excel_read import ROW_UID, Column, Header, SheetRead, TableSpec, read_form, read_table
from vocweek_desktop.io.excel_safety import WorkbookError
from vocweek_desktop.services import outings
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import Context, Draft, Existing, Plan, Preview, PreviewColumn
from vocweek_desktop.services.imports import preview_file
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, OutingRequest

FORM_SHEET = msg.OUTING_FORM_SHEET
PARTICIPANT_SHEET = msg.OUTING_PARTICIPANT_SHEET
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
YES_NO = ("是", "否")
_L = msg.OUTING_LABELS

#: The form's labelled cells: (key, label as the template writes it, other labels a college may use).
FORM_LABELS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("college", "学院", ("学院名称", "申请学院", "二级学院", "申报单位", "单位")),
    ("number", "申请编号", ("编号",)),
    ("activity", "相关活动", ("关联活动", "对应活动", "所属活动")),
    ("title", "活动名称", ("外出活动名称", "活动主题", "外出事由")),
    ("destination", "目的地", ("外出地点", "活动地点", "前往地点")),
    ("address", "详细地址", ("地址",)),
    ("departure", "出发时间", ("出发日期时间", "外出时间", "离校时间")),
    ("return_at", "返回时间", ("返校时间", "返回日期时间")),
    ("teacher_count", "教师人数", ("带队教师人数", "教师数")),
    ("student_count", "学生人数", ("学生数",)),
    ("lead_teacher", "带队教师", ("带队老师", "负责教师", "带队负责人")),
    ("lead_phone", "带队教师电话", ("带队教师联系电话", "带队老师电话", "联系电话")),
    ("transport", "交通方式", ("出行方式",)),
    ("vehicle_plate", "车牌号", ("车牌", "车牌号码")),
    ("vehicle_company", "租车公司", ("车辆公司", "客运公司")),
    ("driver", "驾驶员", ("司机", "驾驶员姓名")),
    ("insured", "是否购买保险", ("保险", "购买保险")),
    ("insurer", "保险公司", ()),
    ("policy_number", "保单号", ("保单号码",)),
    ("safety_plan", "安全预案", ("安全措施", "安全保障措施")),
    ("emergency_contact", "紧急联系人", ()),
    ("emergency_phone", "紧急联系电话", ("紧急联系人电话",)),
    *((f"paper:{paper}", paper, ()) for paper in rules.PAPERS),
    ("notes", "备注", ("说明",)),
    (ROW_UID, "申请ID", ("申请id",)),
)
FORM_FIELDS = tuple(Column(key, label, aliases) for key, label, aliases in FORM_LABELS)
PARTICIPANT_TABLE = TableSpec(
    [Column("name", "姓名", ("参与人员", "人员姓名"), required=True),
     Column("role", "身份", ("类别", "教师/学生", "人员类别", "角色")),
     Column("unit", "班级或单位", ("班级", "单位", "所在班级", "部门", "班级/单位")),
     Column("phone", "联系电话", ("电话", "手机", "手机号", "联系方式")),
     Column(ROW_UID, "行ID")],
    anchor="name", no_header_message=msg.OUTING_IMPORT_NO_PARTICIPANTS, skip_in_blank=(ROW_UID,))
_COUNTS = ("teacher_count", "student_count")
_UID = re.compile(r"[0-9A-Za-z_-]{1,32}")  # the hidden id as written by the template (anything else is ignored)
_DATETIMES = ("departure", "return_at")


# --- the template ---------------------------------------------------------------------------------------------------

def _form_spec(year: int, activity_titles: list[str], colleges: list[str]):
    from vocweek_desktop.io.excel_template import FormField, FormSheetSpec

    required = set(rules.REQUIRED_WHEN_FILED) | {"college", "title", "lead_phone"}
    fields: list = ["一、基本信息"]
    hints = {
        "college": "", "number": "由教务处填写；重新报送时请保留", "activity": "可选：本学院在活动周报名的活动",
        "departure": "如 2024-05-15 08:00", "return_at": "如 2024-05-15 17:30", "teacher_count": "与名单一致",
        "student_count": "与名单一致", "transport": "步行、校车、租用车辆、公共交通、其他",
        "vehicle_plate": "租用车辆时必填", "vehicle_company": "租用车辆时必填", "driver": "租用车辆时必填",
        "insured": "是 或 否", "insurer": "购买保险时必填", "policy_number": "购买保险时必填",
        "safety_plan": "行前教育、分组带队、交通与饮食安全、突发情况处置等",
    }
    choices = {"college": colleges, "activity": activity_titles, "transport": list(rules.TRANSPORTS),
               "insured": list(YES_NO), **{f"paper:{p}": list(YES_NO) for p in rules.PAPERS}}
    sections = {"transport": "二、交通与保险", "safety_plan": "三、安全预案与紧急联系", "paper:活动方案": "四、已附材料（是/否）",
                "notes": "五、其他"}
    for key, label, _aliases in FORM_LABELS:
        if key in sections:
            fields.append(sections[key])
        hint = hints.get(key, "")
        if key.startswith("paper:") and key[6:] == rules.VEHICLE_CONTRACT:
            hint = "租用车辆时必须提供"
        fields.append(FormField(key, label, hint=hint, choices=choices.get(key),
                                number_format=DATETIME_FORMAT if key in _DATETIMES else None,
                                height=110 if key == "safety_plan" else 48 if key == "notes" else None,
                                hidden=key == ROW_UID, required=key in required))
    return FormSheetSpec(sheet_title=FORM_SHEET, title=msg.OUTING_TEMPLATE_TITLE.format(year=year), fields=fields,
                         instructions=msg.OUTING_TEMPLATE_NOTE)


def _participant_spec(year: int):
    from vocweek_desktop.io.excel_template import (
        ALL_COLUMNS,
        ChoiceList,
        PrintSetup,
        TemplateColumn,
        TemplateSpec,
        TitleRow,
    )

    return TemplateSpec(
        sheet_title=PARTICIPANT_SHEET,
        columns=[TemplateColumn("name", "姓名", 14), TemplateColumn("role", "身份", 10, choices="roles"),
                 TemplateColumn("unit", "班级或单位", 26), TemplateColumn("phone", "联系电话", 20),
                 TemplateColumn(ROW_UID, "行ID", 10, hidden=True)],
        title_rows=[TitleRow(msg.OUTING_PARTICIPANTS_TITLE.format(year=year), size=14, bold=True, merge=ALL_COLUMNS,
                             centred=True, height=26),
                    TitleRow(msg.OUTING_PARTICIPANTS_NOTE, size=10, merge=ALL_COLUMNS, wrap=True, color="595959",
                             height=30)],
        example={"name": "张三", "role": "学生", "unit": "汽修2201班", "phone": "13800138000"},
        lists=[ChoiceList("roles", "身份", rules.ROLES)],
        list_sheet_title="名单选项", spare_rows=200, print=PrintSetup(landscape=False),
    )


def _cell_value(key: str, value: object) -> object:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value in ("", None):
        return None
    return value


def write_request_template(db: Database, edition_id: int, path: str | Path, *, college_id: int | None = None,
                           outing_id: int | None = None) -> Path:
    """外出活动申请表 for a college to fill in (its name, its activities in the dropdown), or prefilled from request
    ``outing_id`` with its hidden id and number, so the corrected file updates that request when imported."""
    from openpyxl import Workbook

    from vocweek_desktop.io.excel_export import save_workbook
    from vocweek_desktop.io.excel_template import add_form_sheet, add_table_sheet

    values: dict[str, object] = {}
    people: list[dict[str, object]] = []
    if outing_id is not None:
        record = outings.get_outing(db, outing_id)
        edition_id, college_id = record.edition_id, record.college_id
        values = {key: getattr(record, key) for key in outings.SCALAR_FIELDS}
        values.update(college=record.college_name, number=record.number, activity=record.activity_title,
                      **{ROW_UID: record.row_uid}, **{f"paper:{p}": p in record.papers for p in rules.PAPERS})
        people = [person.as_dict() for person in record.participants]
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        names = list(session.scalars(select(College.name).where(College.edition_id == edition_id)
                                     .order_by(College.display_order, College.id)))
        titles: list[str] = []
        if college_id is not None:
            college = session.get(College, college_id)
            if college is None or college.edition_id != edition_id:
                raise ValidationError({"college_id": msg.OUTING_COLLEGE_OTHER_EDITION})
            values.setdefault("college", college.name)
            titles = list(dict.fromkeys(session.scalars(
                select(Activity.title).where(Activity.college_id == college_id, Activity.deleted_at.is_(None))
                .order_by(Activity.off_campus.desc(), Activity.first_date))))
        year = edition.year
    workbook = Workbook()
    add_form_sheet(workbook, _form_spec(year, titles, names), values, sheet=workbook.active, cell_value=_cell_value)
    add_table_sheet(workbook, _participant_spec(year), people)
    workbook.active = 0
    return save_workbook(workbook, Path(path))


# --- the import -----------------------------------------------------------------------------------------------------

class OutingContext(Context):
    """The form's lookups for one file: the labelled cells, the people read from the second sheet, the colleges,
    each college's activities, who imports."""

    cells: dict[str, str]
    people: SheetRead | None
    matcher: OrganiserMatcher
    college_names: dict[int, str]
    activities: dict[int, list[tuple[int, str]]]
    operator: str = ""
    # The requests still open by (college, title, departure): a file without number or hidden id is matched by them.
    by_content: dict[tuple, str]
    # Changes of state made by ``write``, recorded by ``after_audit`` after the create / update events: (request,
    # state before, comment, fields changed, warnings).
    transitions: list[tuple[OutingRequest, str | None, str, tuple[str, ...], tuple[str, ...]]]


def _people_cells(read: SheetRead | None, number: int, key: str) -> str:
    from vocweek_desktop.domain.problems import cell_name

    if read is None:
        return ""
    column = read.header.columns.get(key, read.header.columns.get("name", 0))
    return cell_name(column, number)


class OutingForm(Form):
    """导入外出活动申请表: one request per workbook, matched by its hidden 申请ID, then by its 申请编号."""

    title = msg.OUTING_IMPORT_TITLE
    entity = outings.ENTITY
    table = TableSpec([Column(key, label, aliases) for key, label, aliases in FORM_LABELS],
                      anchor="title", no_header_message=msg.OUTING_IMPORT_NO_FORM)
    sheet_title = FORM_SHEET
    labels = {**_L, **{f"paper:{p}": p for p in rules.PAPERS}}
    value_fields = rules.FIELDS
    unit = msg.UNIT_OUTINGS
    summary_template = msg.OUTING_SUMMARY
    missing_template = msg.OUTING_SUMMARY_MISSING
    receives = True
    received_hint = msg.OUTING_RECEIVED_HINT
    model = OutingRequest
    uid_column = "row_uid"  # a hidden id already used (another edition's request) is not taken over
    preview_columns = (PreviewColumn("编号", lambda item: item.values.get("number") or "（新）"),
                       PreviewColumn("学院", lambda item: item.values.get("college", "")),
                       PreviewColumn("活动名称", lambda item: item.values.get("title", "")),
                       PreviewColumn("出发", lambda item: format_datetime(item.values.get("departure"))),
                       PreviewColumn("返回", lambda item: format_datetime(item.values.get("return_at"))),
                       PreviewColumn("人数", lambda item: f"教师 {item.values.get('teacher_count') or 0}，"
                                                        f"学生 {item.values.get('student_count') or 0}"))
    name_columns = (PreviewColumn("申请", lambda item: f"{item.values.get('number', '')} {item.values.get('title', '')}"),)

    # --- reading: the labelled cells as one row, the people into ``extra`` -------------------------------------

    def read(self, path, *, progress=None, cancelled=None) -> SheetRead:
        """Sheet 外出活动申请表 (by its labels) as one row; sheet 参与人员 (a table) into ``extra``."""
        path = Path(path)
        form = read_form(path, FORM_FIELDS, anchor="title", no_form_message=msg.OUTING_IMPORT_NO_FORM,
                         sheet=FORM_SHEET, min_fields=3) if _has_sheet(path, FORM_SHEET) else \
            read_form(path, FORM_FIELDS, anchor="title", no_form_message=msg.OUTING_IMPORT_NO_FORM, min_fields=3)
        keys = list(form.values)
        header = Header(row=0, last_row=0, columns={key: index for index, key in enumerate(keys)},
                        labels=tuple(self.labels.get(key, "申请ID") for key in keys))
        number = int("".join(ch for ch in form.cells.get("title", "A1") if ch.isdigit()) or 1)
        read = SheetRead(file=path, sheet=form.sheet, header=header)
        from vocweek_desktop.io.excel_read import RawRow

        read.rows.append(RawRow(number, tuple(form.values[key] for key in keys)))
        read.extra["cells"] = dict(form.cells)
        try:
            read.extra["people"] = read_table(path, PARTICIPANT_TABLE, sheet=PARTICIPANT_SHEET) \
                if _has_sheet(path, PARTICIPANT_SHEET) else None
        except WorkbookError:
            read.extra["people"] = None
        if progress is not None:
            progress(1, 1)
        return read

    def deadline_of(self, edition) -> None:
        """None: a request has no deadline of the edition (the 报名截止 is 附件1's); its lead time is measured from the
        received time to its own departure."""
        return None

    def begin(self, session: Session, edition, read: SheetRead, *, source_kind: str,
              college_id: int | None) -> Context:
        """The colleges, their activities, the cells; a workbook without its list of people cannot be imported."""
        ctx = OutingContext(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header)
        ctx.cells = dict(read.extra.get("cells", {}))
        ctx.people = read.extra.get("people")
        if ctx.people is None:
            ctx.file_problems.append(Problem(PARTICIPANT_SHEET, "", msg.OUTING_IMPORT_NO_PARTICIPANTS.format(
                name=read.file.name if read.file else "")))
        else:
            ctx.warnings.extend(ctx.people.notices)
        colleges = session.execute(select(College.id, College.name, College.short_name)
                                   .where(College.edition_id == edition.id)).all()
        ctx.matcher = OrganiserMatcher([tuple(row) for row in colleges], [])
        ctx.college_names = {row[0]: row[1] for row in colleges}
        ctx.activities = {}
        for activity_id, college, title in session.execute(
                select(Activity.id, Activity.college_id, Activity.title)
                .where(Activity.edition_id == edition.id, Activity.deleted_at.is_(None), Activity.college_id.isnot(None))
                .order_by(Activity.off_campus.desc(), Activity.first_date)):
            ctx.activities.setdefault(college, []).append((activity_id, title))
        return ctx

    def parse(self, ctx: OutingContext, number: int, raw: tuple) -> Draft:
        """The request's cells → typed values, each problem at its cell; the people → their list."""
        columns = ctx.header.columns
        cells = {key: ctx.cells.get(key, "") for key in columns}
        draft = Draft(number, raw, cells, ctx.cells.get("title", "A1"))
        values = {key: raw[index] for key, index in columns.items()}
        uid = parsing.cell_text(values.pop(ROW_UID, None))
        draft.uid = uid if uid and _UID.fullmatch(uid) else None
        self.parse_values(ctx, draft, values)
        return draft

    def parse_values(self, ctx: OutingContext, draft: Draft, values: dict[str, object]) -> None:
        """College and activity by name, times with the edition's year, counts, 是/否, papers ticked, the people."""
        problems = draft.problems

        def problem(key: str, text: str) -> None:
            problems.append(Problem(ctx.sheet, draft.cell(key), text, draft.row))
            draft.failed.add(key)

        papers: list[str] = []
        draft.cells["college_id"] = draft.cell("college")
        draft.cells["activity_id"] = draft.cell("activity")
        for key, value in values.items():
            text = parsing.cell_text(value)
            try:
                if key == "college":
                    if text:
                        found = ctx.matcher.find(text)
                        if found is None:
                            problem("college_id", msg.IMPORT_UNKNOWN_COLLEGE.format(name=text))
                        else:
                            draft.values["college_id"] = found.id
                            draft.note["college"] = found.name
                elif key == "number":
                    draft.note["number"] = text or ""
                elif key == "activity":
                    draft.note["activity"] = text or ""
                elif key in _DATETIMES:
                    draft.values[key] = self._moment(key, value, ctx.year)
                elif key in _COUNTS:
                    draft.values[key] = parsing.parse_count(value)
                elif key == "insured":
                    draft.values[key] = bool(parsing.parse_bool(value))
                elif key.startswith("paper:"):
                    if parsing.parse_bool(value):
                        papers.append(key[6:])
                else:
                    draft.values[key] = text or ""
            except ParseError as error:
                message = str(error)
                if key in _COUNTS:
                    message = message.replace("人数", _L[key], 1)
                elif key == "insured" or key.startswith("paper:"):
                    message = f"{self.label(key)}{message}"
                problem(key, message)
        if any(key.startswith("paper:") for key in values):
            draft.values["papers"] = papers
        if ctx.people is not None:
            draft.values["participants"] = self._people(ctx, draft)

    @staticmethod
    def _moment(key: str, value: object, year: int) -> dt.datetime | None:
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.replace(second=0, microsecond=0)
        day, start, _end = parse_dates.parse_date_time(value, year=year)
        if day is None:
            return None
        if start is None:
            raise ParseError(msg.OUTING_DATETIME_NO_TIME.format(label=_L[key], value=parsing.cell_text(value)))
        return dt.datetime.combine(day, start.replace(second=0))

    def _people(self, ctx: OutingContext, draft: Draft) -> list[dict[str, object]]:
        people = ctx.people
        columns = people.header.columns
        for key in ("name", "role"):
            if key not in columns:
                draft.problems.append(Problem(PARTICIPANT_SHEET, "", msg.XLSX_NO_COLUMN.format(
                    row=max(people.header.row, 1), label=PARTICIPANT_TABLE.by_key[key].label), draft.row))
                draft.failed.add("participants")
        found = []
        for row in people.rows:
            values = {key: row.get(columns.get(key)) for key in ("name", "role", "unit", "phone")}
            values = {key: parsing.cell_text(value) or "" for key, value in values.items()}
            person, errors = rules.clean_participant(values)
            for key, text in errors.items():
                draft.problems.append(Problem(PARTICIPANT_SHEET, _people_cells(people, row.number, key), text,
                                              draft.row))
                draft.failed.add("participants")
            found.append(person)
        return found

    # --- matching --------------------------------------------------------------------------------------------------

    def load_existing(self, session: Session, preview: Preview, uids) -> dict[int, Existing]:
        """The edition's requests, their values and state; the open ones also by college, title and departure."""
        found = {}
        ctx: OutingContext = preview.context
        ctx.by_content = {}
        for outing in session.scalars(select(OutingRequest).where(OutingRequest.edition_id == preview.edition_id)
                                      .order_by(OutingRequest.id)):
            values = outings.values_of(outing)
            values.update(number=outing.number, state=outing.state)
            found[outing.id] = Existing(outing.id, outing.row_uid, values)
            key = _content_key(outing.college_id, outing.title, outing.departure)
            if key is not None and outing.state not in rules.FINAL_STATES:
                ctx.by_content.setdefault(key, outing.number)
        return found

    def row_key(self, ctx: OutingContext, draft: Draft) -> Hashable | None:
        """The 申请编号 written in the file; without one (a college's blank template), the number of the open request
        of the same college with the same title and departure — the same file received twice is one request."""
        number = draft.note.get("number")
        if not number:
            values = draft.values
            key = _content_key(values.get("college_id"), values.get("title"), values.get("departure"))
            number = getattr(ctx, "by_content", {}).get(key) if key is not None else None
            draft.note["same_as"] = number
        return name_key(number) or None

    def record_key(self, record: Existing) -> Hashable | None:
        """A request's number."""
        return name_key(record.values["number"])

    def row_warnings(self, ctx: OutingContext, draft: Draft, cleaned) -> list[Problem]:
        """An activity the college does not have, a number the edition does not have."""
        warnings = []
        if draft.note.get("activity_unknown"):
            warnings.append(Problem(ctx.sheet, draft.cell("activity"), msg.OUTING_ACTIVITY_UNKNOWN.format(
                name=draft.note["activity"]), draft.row))
        if draft.note.get("same_as") and draft.note.get("matched"):
            warnings.append(Problem(ctx.sheet, draft.cell("title"), msg.OUTING_IMPORT_SAME_CONTENT.format(
                number=draft.note["same_as"]), draft.row))
        if draft.note.get("number") and not draft.note.get("matched"):
            warnings.append(Problem(ctx.sheet, draft.cell("number"), msg.OUTING_IMPORT_NUMBER_NEW.format(
                number=draft.note["number"]), draft.row))
        return warnings

    def clean(self, ctx: OutingContext, draft: Draft, record: Existing | None):
        """The file's values over the request it updates, checked as a filed request; a request that is over
        (withdrawn, completed) or belongs to another college is not updated."""
        problems: list[Problem] = []
        merged = {key: value for key, value in (record.values if record else {}).items() if key in rules.FIELDS}
        merged.update(draft.values)
        draft.note["matched"] = record is not None
        if record is not None:
            draft.note["number"] = record.values["number"]
            if record.values["state"] in rules.FINAL_STATES:
                problems.append(Problem(ctx.sheet, draft.cell("number"), msg.OUTING_IMPORT_CLOSED.format(
                    number=record.values["number"], state=record.values["state"]), draft.row))
            elif draft.values.get("college_id") not in (None, record.values["college_id"]):
                problems.append(Problem(ctx.sheet, draft.cell("college"), msg.OUTING_IMPORT_FILE_COLLEGE.format(
                    named=draft.note.get("college"), number=record.values["number"],
                    college=ctx.college_names.get(record.values["college_id"], "")), draft.row))
        college_id = merged.get("college_id")
        title = draft.note.get("activity")
        if "activity" in ctx.header.columns:
            merged["activity_id"] = None
            if title and college_id is not None:
                match = next((i for i, t in ctx.activities.get(college_id, []) if name_key(t) == name_key(title)),
                             None)
                merged["activity_id"] = match
                draft.note["activity_unknown"] = match is None
        try:
            cleaned = rules.clean_outing(merged, filed=True)
        except ValidationError as error:
            for key, text in error.fields.items():
                if key in draft.failed:
                    continue
                if key == "participants":
                    problems.append(Problem(PARTICIPANT_SHEET, "", text, draft.row))
                else:
                    problems.append(Problem(ctx.sheet, draft.cell(key), text, draft.row))
            return None, problems
        if problems:
            return None, problems
        # Shown by the preview (not stored: the request's values are rules.FIELDS).
        cleaned.update(college=ctx.college_names.get(cleaned["college_id"], ""), number=draft.note.get("number") if
                       record is not None else "")
        return cleaned, []

    def changes(self, ctx: OutingContext, record: Existing, cleaned, draft) -> dict[str, tuple[object, object]]:
        """Changed fields as a user reads them: the college and activity by name, people as 姓名（身份…）."""
        found = super().changes(ctx, record, cleaned, draft)
        for key in ("college_id", "activity_id"):
            if key in found:
                old, new = found[key]
                name = ctx.college_names.get if key == "college_id" else self._activity_title(ctx)
                found[key] = (name(old, "") if old is not None else "", name(new, "") if new is not None else "")
        if "participants" in found:
            old, new = found["participants"]
            found["participants"] = ([outings.person_text(p) for p in old], [outings.person_text(p) for p in new])
        return found

    @staticmethod
    def _activity_title(ctx: OutingContext):
        titles = {i: t for pairs in ctx.activities.values() for i, t in pairs}
        return lambda activity_id, default: titles.get(activity_id, default)

    def format(self, key: str, value: object) -> str:
        """The people as a list of names."""
        if key == "participants" and isinstance(value, list):
            return "、".join(str(v) for v in value) or msg.PREVIEW_EMPTY
        return super().format(key, value)

    def describe(self, values: Mapping[str, object]) -> str:
        """WC-2024-001 新能源汽车维修进社区."""
        return f"{values.get('number', '')} {values.get('title', '')}".strip()

    def fingerprint(self, session: Session, edition_id: int) -> tuple:
        """How many requests and when one last changed: a change meanwhile matches the file again."""
        return tuple(session.execute(select(func.count(OutingRequest.id), func.max(OutingRequest.updated_at))
                                     .where(OutingRequest.edition_id == edition_id)).one())

    # --- writing ---------------------------------------------------------------------------------------------------

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """New requests land in 已提交 with the received time; updated ones are filed again (a returned or approved
        request goes back to 已提交). Each change of state is a transition event, written by ``after_audit`` once
        the pipeline has written the create / update events (a history reads: created, then filed)."""
        ctx: OutingContext = preview.context
        ctx.transitions = []
        received = plan.received or plan.now
        comment = msg.OUTING_IMPORTED.format(file=preview.source_name, received=format_moment(received))
        lead_days = outings.rules_in(session, preview.edition_id).lead_days
        year = ctx.year
        for item in preview.to_add:
            outing = OutingRequest(edition_id=preview.edition_id, number=outings.new_number(session,
                                                                                            preview.edition_id, year),
                                   row_uid=item.row_uid or uuid.uuid4().hex, state=rules.SUBMITTED,
                                   source_kind="import", source_file=preview.source_name, received_at=received,
                                   submitted_at=received, created_at=plan.now, updated_at=plan.now)
            outings.store_values(outing, item.values)
            session.add(outing)
            session.flush()
            item.record_id, item.row_uid = outing.id, outing.row_uid
            warning = rules.lead_time_warning(received, outing.departure, lead_days)
            ctx.transitions.append((outing, None, comment, (), (warning,) if warning else ()))
            item.values = {"number": outing.number, **outings.audited(session, item.values)}
        for item in preview.to_update:
            outing = session.get(OutingRequest, item.record_id)
            before = outing.state
            outings.store_values(outing, item.values)
            outing.source_kind, outing.source_file, outing.received_at = "import", preview.source_name, received
            outing.updated_at = plan.now
            if before != rules.SUBMITTED:
                outing.state = rules.SUBMITTED
                text, changed = comment, ()
                if before == rules.APPROVED:
                    changed = tuple(self.label(key) for key in item.changes)
                    text = f"{comment}；{msg.OUTING_EDITED_AFTER_APPROVAL.format(fields='、'.join(changed))}"
                else:
                    outing.submitted_at = received
                warning = rules.lead_time_warning(outing.submitted_at, outing.departure, lead_days)
                ctx.transitions.append((outing, before, text, changed, (warning,) if warning else ()))
            session.flush()
            item.values = {"number": outing.number, **outings.audited(session, item.values)}
        return 0


    def after_audit(self, session: Session, preview: Preview, plan: Plan) -> None:
        """The changes of state ``write`` made, each a transition event after the request's create / update event."""
        ctx: OutingContext = preview.context
        for outing, before, comment, changed, warnings in getattr(ctx, "transitions", []):
            outings.transition_event(session, ctx.operator, outing, before, comment=comment, changed=changed,
                                     warnings=warnings, at=plan.now)
        ctx.transitions = []


def _content_key(college_id: object, title: object, departure: object) -> tuple | None:
    """What makes a request without number the same request: its college, its title, when it leaves."""
    if college_id is None or not title or not isinstance(departure, dt.datetime):
        return None
    return college_id, name_key(str(title)), departure.replace(second=0, microsecond=0)


def is_request_workbook(path: str | Path) -> bool:
    """Whether a workbook is a 外出活动申请表 (dropped on the window, it goes to that import): it has the template's
    sheet, or a sheet labelled as a request — 学院, 活动名称, 目的地 and the departure among them. An unreadable file is
    not one (the caller says what it is)."""
    path = Path(path)
    try:
        if _has_sheet(path, FORM_SHEET):
            return True
        form = read_form(path, FORM_FIELDS, anchor="title", no_form_message="{name}", min_fields=4)
    except (WorkbookError, OSError):
        return False
    return {"college", "destination", "departure"} <= set(form.labels)


def _has_sheet(path: Path, title: str) -> bool:
    from vocweek_desktop.io.excel_safety import open_workbook

    with open_workbook(path) as workbook:
        return title in workbook.sheetnames


FORM = OutingForm()


def preview_request(db: Database, edition_id: int, path: str | Path, *, received_at: dt.datetime | None = None,
                    progress=None, cancelled=None) -> Preview:
    """Read and check a request workbook; writes nothing (``imports.apply_import`` writes it, all or nothing)."""
    preview = preview_file(db, FORM, edition_id, path, received_at=received_at, progress=progress,
                           cancelled=cancelled)
    preview.context.operator = db.operator  # the transition events are written by the form
    return preview


# --- people pasted from Excel ----------------------------------------------------------------------------------------

def people_from_text(text: str) -> tuple[list[dict[str, object]], list[str]]:
    """People copied from Excel (tab-separated text): (the people, the problems). A first line that names the
    columns (姓名, 身份, …) is the header; without one the columns are 姓名, 身份, 班级或单位, 联系电话. Each row is
    checked as on the 参与人员 sheet; a problem names its pasted line. NothingToImport when the text holds no rows."""
    from vocweek_desktop.domain.errors import NothingToImport
    from vocweek_desktop.io.tsv import parse_tsv

    rows = parse_tsv(text or "")
    if not rows:
        raise NothingToImport(msg.PASTE_EMPTY)
    numbered = [(number, tuple(row)) for number, row in enumerate(rows, start=1)]
    header = PARTICIPANT_TABLE.find_header(numbered[:1])
    if header is not None:
        columns, data = header.columns, numbered[1:]
        if not data:
            raise NothingToImport(msg.PASTE_EMPTY)
    else:
        columns, data = {"name": 0, "role": 1, "unit": 2, "phone": 3}, numbered
    people, problems = [], []
    for number, row in data:
        values = {key: parsing.cell_text(row[column]) if column < len(row) else ""
                  for key, column in columns.items() if key != ROW_UID}
        person, errors = rules.clean_participant(values)
        problems.extend(msg.OUTING_PARTICIPANT_ROW.format(row=number, message=text) for text in errors.values())
        people.append(person)
    return people, problems


@dataclass(frozen=True)
class PeopleFile:
    """The people read from an Excel list: who they are, the problems (each named by sheet and cell), the sheet read,
    and whether the list said who is a teacher (a list without a 身份 column is a list of students)."""

    people: list[dict[str, object]]
    problems: list[str]
    sheet: str
    roles_given: bool


def people_from_workbook(path: str | Path, *, progress=None, cancelled=None) -> PeopleFile:
    """People from an Excel file (a 学生名单, the 参与人员 sheet of a request workbook): that sheet when the workbook
    has one, else the first with a 姓名 column and one more it knows (身份, 班级或单位, 联系电话). Each row is checked
    as on the 参与人员 sheet; without a 身份 column everyone is a 学生. WorkbookError for a file that cannot be read
    or holds no such list; NothingToImport when the list has no one on it."""
    from vocweek_desktop.domain.errors import NothingToImport
    from vocweek_desktop.domain.problems import cell_name

    path = Path(path)
    read = read_table(path, PARTICIPANT_TABLE, sheet=PARTICIPANT_SHEET if _has_sheet(path, PARTICIPANT_SHEET) else None,
                      progress=progress, cancelled=cancelled)
    columns = read.header.columns
    roles_given = "role" in columns
    people, problems = [], []
    for row in read.rows:
        values = {key: parsing.cell_text(row.get(columns.get(key))) or "" for key in ("name", "role", "unit", "phone")}
        if not roles_given:
            values["role"] = rules.STUDENT
        person, errors = rules.clean_participant(values)
        problems.extend(Problem(read.sheet, cell_name(columns.get(key, columns["name"]), row.number), text).text
                        for key, text in errors.items())
        people.append(person)
    if not people:
        raise NothingToImport(msg.OUTING_PEOPLE_FILE_EMPTY.format(name=path.name, sheet=read.sheet))
    return PeopleFile(people, problems, read.sheet, roles_given)
