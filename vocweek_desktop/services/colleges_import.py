"""The college list in: a workbook of colleges (the 学院 tab's export, or the office's own list) through the import
pipeline — matched by name, new colleges added at the end of the list, known ones updated."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import parsing
from vocweek_desktop.domain.errors import ConflictError
from vocweek_desktop.domain.organisers import Organiser, OrganiserMatcher
from vocweek_desktop.domain.problems import Problem
from vocweek_desktop.domain.rules import clean_college
from vocweek_desktop.domain.validation import clean_name
from vocweek_desktop.io.excel_read import Column, TableSpec
from vocweek_desktop.services import ordering
from vocweek_desktop.services.activities import organiser_matcher
from vocweek_desktop.services.colleges import COLLEGE_COLUMNS
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import Context, Draft, Existing, Plan, Preview, PreviewColumn
from vocweek_desktop.services.imports import preview_file
from vocweek_desktop.services.rows import get_row
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import College

#: Column → the headers a college list may use for it (the first is the 学院 tab's own).
COLLEGE_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("学院名称", "学院", "二级学院", "名称", "单位名称", "院系", "学院全称"),
    "short_name": ("简称", "学院简称"),
    "dean": ("院长", "院长姓名"),
    "party_secretary": ("书记", "党总支书记", "党委书记", "书记姓名"),
    "contact_person": ("联系人", "职教周联系人"),
    "phone": ("联系电话", "电话", "手机", "联系方式", "手机号码"),
    "email": ("电子邮箱", "邮箱", "email", "e-mail", "电子邮件"),
    "teacher_count": ("教师人数", "教师数", "专任教师数", "教职工数", "教师总数"),
    "student_count": ("学生人数", "学生数", "在校生数", "在校学生数", "学生总数"),
}
_PARSERS = {"teacher_count": parsing.parse_count, "student_count": parsing.parse_count}
_KEYS = tuple(key for key, _ in COLLEGE_COLUMNS)
_SHOWN = ("name", "dean", "party_secretary", "contact_person", "phone", "teacher_count", "student_count")
_LABELS = dict(COLLEGE_COLUMNS)

_NO_HEADER = msg.COLLEGE_IMPORT_NO_HEADER.format(
    name="{name}", aliases="、".join(f"“{alias}”" for alias in COLLEGE_HEADER_ALIASES["name"][1:]),
    columns="、".join(f"“{names[0]}”" for key, names in COLLEGE_HEADER_ALIASES.items() if key != "name"))
COLLEGE_TABLE = TableSpec([Column(key, names[0], names[1:], parse=_PARSERS.get(key))
                           for key, names in COLLEGE_HEADER_ALIASES.items()],
                          anchor="name", no_header_message=_NO_HEADER)


def _shown(key: str):
    return lambda item: FORM.format(key, item.values.get(key))


@dataclass
class CollegeContext(Context):
    """A college list's lookups: the edition's colleges by the names files use, and which row took which college."""

    matcher: OrganiserMatcher | None = None
    claimed: dict[int, int] = field(default_factory=dict)  # college id → the first row naming it


class CollegeListForm(Form):
    """A list of colleges with their dean, secretary, contact and headcounts; one row per college."""

    title = msg.IMPORT_COLLEGES_TITLE
    entity = "college"
    table = COLLEGE_TABLE
    sheet_title = "学院名单"
    labels = _LABELS
    value_fields = _KEYS
    unit = msg.UNIT_COLLEGES
    summary_template = msg.SUMMARY_COLLEGES
    duplicate_message = msg.IMPORT_COLLEGE_DUPLICATE
    model = College
    preview_columns = tuple(PreviewColumn(_LABELS[key], _shown(key)) for key in _SHOWN)
    name_columns = (PreviewColumn(_LABELS["name"], _shown("name")),)

    def begin(self, session: Session, edition, read, *, source_kind: str, college_id: int | None) -> CollegeContext:
        """The edition's colleges, found by name as the 附件1 import and the templates find them."""
        ctx = CollegeContext(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header)
        found = organiser_matcher(session, edition.id)
        ctx.matcher = OrganiserMatcher([(o.id, o.name, short) for o, short in zip(
            found.colleges, found.college_shorts, strict=True)], [])
        ctx.file_problems.extend(self.missing_columns_problems(ctx))
        return ctx

    def parse_values(self, ctx: CollegeContext, draft: Draft, values: dict[str, object]) -> None:
        """The row's fields, and the existing college its name refers to (``OrganiserMatcher.find``)."""
        super().parse_values(ctx, draft, values)
        name = clean_name(draft.values.get("name"))
        draft.note["college"] = ctx.matcher.find(name) if name else None

    def load_existing(self, session: Session, preview: Preview, uids) -> dict[int, Existing]:
        """The edition's colleges."""
        rows = session.scalars(select(College).where(College.edition_id == preview.edition_id))
        return {c.id: Existing(c.id, None, {key: getattr(c, key) for key in _KEYS}) for c in rows}

    def row_key(self, ctx, draft: Draft) -> Hashable | None:
        """The college the name refers to, else the name as it will be stored (a new college)."""
        college: Organiser | None = draft.note.get("college")
        if college is not None:
            return "id", college.id
        name = clean_name(draft.values.get("name"))
        return ("name", name) if name else None

    def record_key(self, record: Existing) -> Hashable | None:
        """The college."""
        return "id", record.id

    def clean(self, ctx: CollegeContext, draft: Draft, record: Existing | None) -> tuple[dict | None, list[Problem]]:
        """The 学院 tab's rules; a row naming a college an earlier row took is a duplicate, and a known college keeps
        its stored name however the file spells it."""
        college: Organiser | None = draft.note.get("college")
        if college is not None:
            first = ctx.claimed.setdefault(college.id, draft.row)
            if first != draft.row:
                return None, [Problem(ctx.sheet, draft.cell("name"), msg.IMPORT_COLLEGE_DUPLICATE.format(
                    first=first, row=draft.row, name=college.name), draft.row)]
        cleaned, problems = super().clean(ctx, draft, record)
        if cleaned is not None and record is not None:
            cleaned["name"] = record.values["name"]
        return cleaned, problems

    def row_warnings(self, ctx: CollegeContext, draft: Draft, cleaned: Mapping[str, object]) -> list[Problem]:
        """A row whose name is spelt otherwise than the college it updates says which college it was taken for."""
        written = clean_name(draft.values.get("name"))
        if written == cleaned["name"] or draft.note.get("college") is None:
            return []
        return [Problem(ctx.sheet, draft.cell("name"), msg.IMPORT_COLLEGE_MATCHED.format(
            name=written, college=cleaned["name"]), draft.row)]

    def validate(self, values: dict[str, object]) -> dict[str, object]:
        """The rules of the 学院 tab (name required, headcounts, phone and e-mail)."""
        return clean_college(values)

    def unique_key(self, cleaned: Mapping[str, object]) -> Hashable | None:
        """One row per college."""
        return cleaned["name"]

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """New colleges at the end of the list (refused when another took the name meanwhile); known ones updated."""
        names = set(session.scalars(select(College.name).where(College.edition_id == preview.edition_id)))
        order = ordering.next_order(session, College, preview.edition_id)
        for item in preview.to_add:
            if item.values["name"] in names:
                raise ConflictError(msg.DUPLICATE_COLLEGE.format(name=item.values["name"]))
            college = College(edition_id=preview.edition_id, display_order=order, **item.values)
            session.add(college)
            session.flush()
            item.record_id = college.id
            order += 1
        for item in preview.to_update:
            college = get_row(session, College, item.record_id, msg.COLLEGE_NOT_FOUND)
            for key, value in item.values.items():
                setattr(college, key, value)
        session.flush()
        return 0

    def describe(self, values: Mapping[str, object]) -> str:
        """The college's name."""
        return str(values.get("name", ""))


FORM = CollegeListForm()


def preview_colleges(db: Database, edition_id: int, path: str | Path) -> Preview:
    """Read a college list (the columns of the 学院 tab's export, matched by name); writes nothing."""
    return preview_file(db, FORM, edition_id, path)
