"""The import pipeline with a form it has never seen: a toy 展位表 (booth list) defined here by its spec alone —
columns, a row rule, a natural key, a table to write to — goes through template, preview, apply and re-import."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from vocweek_desktop.domain import parsing
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.io.excel_read import Column, TableSpec, read_table
from vocweek_desktop.io.excel_template import ALL_COLUMNS, ChoiceList, TemplateColumn, TemplateSpec, TitleRow
from vocweek_desktop.io.excel_template import write_template as write_form_template
from vocweek_desktop.services import audit, imports
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import PreviewColumn

SHEET = "展位表"


class ToyBase(DeclarativeBase):
    """A metadata of its own: the toy's table is created in the test database, beside the real ones."""


class Booth(ToyBase):
    """A booth of the central showcase (the shape a later issue's layout will have)."""

    __tablename__ = "toy_booths"
    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int]
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    number: Mapped[str]
    width: Mapped[int | None]
    college: Mapped[str] = mapped_column(default="")


BOOTH_TABLE = TableSpec(
    [Column("number", "展位号", ("展位编号", "编号"), required=True),
     Column("width", "宽度（米）", ("宽度", "展位宽度"), required=True, parse=parsing.parse_count),
     Column("college", "学院", ("使用学院",)),
     Column("row_uid", "行ID")],
    anchor="number", no_header_message="“{name}”中没有展位表的表头", skip_in_blank=("row_uid",))


class BoothForm(Form):
    """The whole form: what it is called, its columns, its row rule, its key, where it is written."""

    title = "导入展位表"
    entity = "booth"
    table = BOOTH_TABLE
    labels = {"number": "展位号", "width": "宽度", "college": "学院"}
    value_fields = ("number", "width", "college")
    model = Booth
    uid_column = "row_uid"
    preview_columns = (PreviewColumn("展位号", lambda item: item.values["number"]),
                       PreviewColumn("宽度", lambda item: str(item.values["width"])))
    name_columns = (PreviewColumn("展位号", lambda item: item.values["number"]),)

    def validate(self, values):
        """A booth is at least 2 m wide."""
        if not values.get("width") or values["width"] < 2:
            raise ValidationError({"width": f"展位宽度“{values.get('width')}”不能小于 2 米"})
        return values

    def row_key(self, ctx, draft):
        """The booth's number."""
        return draft.values.get("number") or None

    def record_key(self, record):
        """The booth's number."""
        return record.values["number"]


FORM = BoothForm()


def template(path, booths=()):
    """The toy's template through the shared writer: title rows, example row, dropdown, hidden row id."""
    spec = TemplateSpec(
        sheet_title=SHEET,
        columns=[TemplateColumn("number", "展位号", 10), TemplateColumn("width", "宽度（米）", 10),
                 TemplateColumn("college", "学院", 20, choices="colleges"), TemplateColumn("row_uid", "行ID", 34,
                                                                                        hidden=True)],
        title_rows=[TitleRow("2024年职教周集中展示展位表", size=16, bold=True, merge=ALL_COLUMNS, centred=True),
                    TitleRow("填写说明：每行一个展位。", wrap=True, merge=ALL_COLUMNS)],
        example={"number": "A00", "width": 3, "college": "示例学院"},
        lists=[ChoiceList("colleges", "学院", ("智能制造学院", "汽车工程学院"))],
        frozen_columns=1,
    )
    return write_form_template(path, spec, booths)


def fill(path, rows, start=5):
    """Type rows into the template under its example row (row 4), as a college would."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook[SHEET]
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            ws.cell(start + offset, column).value = value
    workbook.save(path)
    return path


@pytest.fixture
def booths_db(db):
    """The test database with the toy's table."""
    ToyBase.metadata.create_all(db.engine)
    return db


def stored(db):
    """The booths in the database: (number, width, college, row id), by id."""
    with db.transaction() as session:
        return [tuple(row) for row in session.execute(
            select(Booth.number, Booth.width, Booth.college, Booth.row_uid).order_by(Booth.id))]


def test_a_new_form_needs_only_its_spec(booths_db, edition, tmp_path):
    db = booths_db
    path = fill(template(tmp_path / "展位.xlsx"), [["A01", "3", "智能制造学院"], ["A02", "很多", "汽车工程学院"],
                                                   ["A03", 1, ""], ["A04", "４", "汽车工程学院"]])
    read = read_table(path, BOOTH_TABLE)
    assert read.header.row == 3 and read.examples == [4] and read.year == 2024

    preview = imports.preview_file(db, FORM, edition.id, path)
    assert stored(db) == []  # a preview writes nothing
    assert [(item.row, item.values) for item in preview.to_add] == [
        (5, {"number": "A01", "width": 3, "college": "智能制造学院"}),
        (8, {"number": "A04", "width": 4, "college": "汽车工程学院"})]
    assert [p.text for p in preview.problems] == ["展位表!B6：人数“很多”不是整数，请填写具体数字（如 200）",
                                                  "展位表!B7：展位宽度“1”不能小于 2 米"]
    assert preview.summary() == "新增 2 行，更新 0 行，未变 0 行，有错误 2 行"
    with pytest.raises(ValidationError):
        imports.apply_import(db, preview)
    assert stored(db) == []

    result = imports.apply_import(db, preview, skip_error_rows=True)
    assert (result.added, result.skipped) == (2, 2)
    first, second = stored(db)
    assert first[:3] == ("A01", 3, "智能制造学院") and second[:3] == ("A04", 4, "汽车工程学院")
    events = audit.events(db, edition.id, entity="booth")
    assert [(e.action, e.summary) for e in reversed(events)] == [
        ("import", "展位.xlsx：新增 2 行，更新 0 行，未变 0 行，跳过有错误的 2 行"),
        ("create", "A01"), ("create", "A04")]


def test_reimport_updates_by_hidden_row_id_then_by_natural_key(booths_db, edition, tmp_path):
    db = booths_db
    imports.apply_import(db, imports.preview_file(db, FORM, edition.id, fill(
        template(tmp_path / "a.xlsx"), [["A01", 3, "智能制造学院"], ["A02", 4, "汽车工程学院"]])))
    before = stored(db)
    # The office sends the list out again, prefilled with the booths and their hidden row ids.
    rows = [{"number": n, "width": w, "college": c, "row_uid": uid} for n, w, c, uid in before]
    path = template(tmp_path / "b.xlsx", rows)
    assert openpyxl.load_workbook(path)[SHEET].column_dimensions["D"].hidden
    # Renumbered: found by its row id. Typed again without a row id: found by its number.
    fill(path, [["B01"]], start=5)
    fill(path, [["A02", 5, "汽车工程学院", None], ["A03", 3, "智能制造学院"]], start=6)

    preview = imports.preview_file(db, FORM, edition.id, path)
    assert [(i.row, i.changes) for i in preview.to_update] == [
        (5, {"number": ("A01", "B01")}), (6, {"width": (4, 5)})]
    assert [i.values["number"] for i in preview.to_add] == ["A03"]
    imports.apply_import(db, preview)
    after = stored(db)
    assert [row[:3] for row in after] == [("B01", 3, "智能制造学院"), ("A02", 5, "汽车工程学院"),
                                          ("A03", 3, "智能制造学院")]
    assert [row[3] for row in after[:2]] == [row[3] for row in before]  # the same records, no duplicates
    update = [e for e in audit.events(db, edition.id, entity="booth") if e.action == "update"]
    assert [(e.before, e.after) for e in reversed(update)] == [({"number": "A01"}, {"number": "B01"}),
                                                               ({"width": 4}, {"width": 5})]


def test_a_file_without_a_required_column_blocks_every_row(booths_db, edition, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = SHEET
    workbook.active.append(["展位号", "学院"])
    workbook.active.append(["A01", "智能制造学院"])
    workbook.save(tmp_path / "x.xlsx")
    preview = imports.preview_file(booths_db, FORM, edition.id, tmp_path / "x.xlsx")
    assert [p.text for p in preview.problems] == ["展位表：表头第 1 行没有“宽度（米）”列，无法导入。"]
    assert [e.row for e in preview.error_rows] == [2] and not preview.to_add


def test_rows_with_errors_go_back_with_their_reasons(booths_db, edition, tmp_path):
    path = fill(template(tmp_path / "e.xlsx"), [["A01", 1, "智能制造学院"]])
    preview = imports.preview_file(booths_db, FORM, edition.id, path)
    written = imports.export_error_rows(preview, tmp_path / "退回.xlsx")
    ws = openpyxl.load_workbook(written).active
    assert [c.value for c in ws[1]] == ["原行号", "问题", "展位号", "宽度(米)", "学院", "行ID"]  # headers as read (NFKC)
    assert [c.value for c in ws[2]][:5] == [5, "B5：展位宽度“1”不能小于 2 米", "A01", 1, "智能制造学院"]


class BoothWithContacts(BoothForm):
    """A form that reads a second sheet too: the contact person of each college, from 联系人."""

    def read(self, path, *, progress=None, cancelled=None):
        """The booths, and the contacts sheet into ``extra``."""
        read = super().read(path, progress=progress, cancelled=cancelled)
        contacts = read_table(path, CONTACTS, sheet="联系人")
        read.extra["contacts"] = {row.values[0]: row.values[1] for row in contacts.rows}
        return read

    def begin(self, session, edition, read, *, source_kind, college_id):
        """Keep the contacts for the rows."""
        ctx = super().begin(session, edition, read, source_kind=source_kind, college_id=college_id)
        ctx.contacts = read.extra["contacts"]
        return ctx

    def parse_values(self, ctx, draft, values):
        """A booth's college gets its contact appended, as the layout's legend will show it."""
        super().parse_values(ctx, draft, values)
        college = draft.values.get("college")
        if college in ctx.contacts:
            draft.values["college"] = f"{college}（{ctx.contacts[college]}）"


CONTACTS = TableSpec([Column("college", "学院"), Column("person", "联系人")], anchor="college",
                     no_header_message="“{name}”中没有联系人表")


def test_a_form_may_read_more_than_one_sheet(booths_db, edition, tmp_path):
    path = fill(template(tmp_path / "c.xlsx"), [["A01", 3, "智能制造学院"]])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.create_sheet("联系人")
    sheet.append(["学院", "联系人"])
    sheet.append(["智能制造学院", "王老师"])
    workbook.save(path)
    preview = imports.preview_file(booths_db, BoothWithContacts(), edition.id, path)
    assert preview.sheet == SHEET
    assert [i.values["college"] for i in preview.to_add] == ["智能制造学院（王老师）"]
