"""The layout as one workbook: sheet 场地 (宽度(米), 深度(米), 网格(米) as label and value) and sheet 展位 (one row per
booth). Exported for planning in Excel and for logistics; imported back through the import pipeline — the same
tolerant reader and preview as 附件1, problems by cell, booths matched by 展位号, nothing written until the preview
is confirmed, and all or nothing."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import parse_headers, parsing
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.organisers import OrganiserMatcher
from vocweek_desktop.domain.parsing import ParseError
from vocweek_desktop.domain.problems import Problem, cell_name
from vocweek_desktop.io.excel_read import Column, TableSpec, clean_text
from vocweek_desktop.services import audit
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import Context, Draft, Existing, Plan, Preview, PreviewColumn
from vocweek_desktop.services.imports import preview_file
from vocweek_desktop.services.layout import BOOTH_FIELDS, get_layout
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Booth, College, Layout

PLAZA_SHEET = msg.LAYOUT_WORKBOOK_PLAZA
BOOTH_SHEET = msg.LAYOUT_WORKBOOK_BOOTHS
#: Sheet 场地: (key, label as written, other labels it may have).
PLAZA_ROWS = (("width", "宽度(米)", ("宽度", "宽", "场地宽度")), ("depth", "深度(米)", ("深度", "深", "场地深度", "进深")),
              ("grid", "网格(米)", ("网格", "网格间距")), ("name", "名称", ("场地名称", "场地")))
HEADERS = ("展位号", "学院", "X(米)", "Y(米)", "宽(米)", "深(米)", "旋转", "类型", "用电", "桌数", "椅数", "备注")


def _metres(key: str):
    def parse(value: object) -> float | None:
        if value is None:
            return None
        try:
            return geometry.parse_metres(value, key)
        except ValidationError as error:
            raise ParseError(error.fields[key]) from None
    return parse


def _rotation(value: object) -> int | None:
    if value is None:
        return None
    text = clean_text(value).removesuffix("°").removesuffix("度")
    try:
        number = float(text)
    except ValueError:
        number = -1
    if number not in geometry.ROTATIONS:
        raise ParseError(msg.BAD_CHOICE.format(label="旋转", value=value, choices="0、90、180、270"))
    return int(number)


def _kind(value: object) -> str | None:
    if value is None:
        return None
    text = clean_text(value)
    if text not in geometry.BOOTH_KINDS:
        raise ParseError(msg.BAD_CHOICE.format(label="类型", value=value, choices="、".join(geometry.BOOTH_KINDS)))
    return text


def _power(value: object) -> bool | None:
    try:
        return parsing.parse_bool(value)
    except ParseError as error:
        raise ParseError(f"用电{error}") from None


def _count(label: str):
    def parse(value: object) -> int | None:
        try:
            return parsing.parse_count(value)
        except ParseError as error:
            raise ParseError(str(error).replace("人数", label, 1)) from None
    return parse


BOOTH_TABLE = TableSpec(
    [Column("number", "展位号", ("展位编号", "编号", "展位"), required=True),
     Column("college", "学院", ("学院名称", "使用学院", "二级学院", "单位")),
     Column("x", "X(米)", ("x坐标", "横坐标", "中心x"), required=True, parse=_metres("x")),
     Column("y", "Y(米)", ("y坐标", "纵坐标", "中心y"), required=True, parse=_metres("y")),
     Column("width", "宽(米)", ("宽度", "展位宽度", "宽"), parse=_metres("width")),
     Column("depth", "深(米)", ("深度", "进深", "展位深度", "深"), parse=_metres("depth")),
     Column("rotation", "旋转", ("旋转角度", "角度", "方向"), parse=_rotation),
     Column("kind", "类型", ("展位类型",), parse=_kind),
     Column("power", "用电", ("是否用电", "用电需求", "电源"), parse=_power),
     Column("tables", "桌数", ("桌子", "桌"), parse=_count("桌数")),
     Column("chairs", "椅数", ("椅子", "椅"), parse=_count("椅数")),
     Column("notes", "备注", ("说明",))],
    anchor="number", no_header_message=msg.LAYOUT_IMPORT_NO_HEADER)
_LABELS = {key: label for key, label in zip(("number", "college", "x", "y", "width", "depth", "rotation", "kind",
                                              "power", "tables", "chairs", "notes"), HEADERS, strict=True)}
_LABELS["college_id"] = "学院"


class LayoutContext(Context):
    """The form's lookups: the plaza as the file gives it, the edition's colleges, the layout's id, who imports."""

    plaza: dict[str, object]
    plaza_cells: dict[str, str]
    matcher: OrganiserMatcher
    college_names: dict[int, str]
    layout_id: int | None
    operator: str = ""


def read_plaza(path: Path) -> tuple[dict[str, object], dict[str, str]]:
    """Sheet 场地's values by key (as written) and the cell of each value; ({}, {}) without the sheet."""
    from vocweek_desktop.io.excel_safety import open_workbook, stream_rows

    found: dict[str, object] = {}
    cells: dict[str, str] = {}
    lookup = {parse_headers.normalize_header(name): key for key, label, aliases in PLAZA_ROWS for name in (label, *aliases)}
    with open_workbook(path) as workbook:
        if PLAZA_SHEET not in workbook.sheetnames:
            return {}, {}
        for number, values in stream_rows(path, workbook[PLAZA_SHEET]):
            for column, value in enumerate(values[:-1]):
                key = lookup.get(parse_headers.normalize_header(value)) if isinstance(value, str) else None
                if key is not None and key not in found:
                    found[key] = values[column + 1]
                    cells[key] = cell_name(column + 1, number)
                    break
    return found, cells


class LayoutForm(Form):
    """导入展位布局: booths matched by 展位号; the plaza's size from sheet 场地; colleges matched by name."""

    title = msg.LAYOUT_IMPORT_TITLE
    entity = "booth"
    table = BOOTH_TABLE
    sheet_title = BOOTH_SHEET
    labels = _LABELS
    value_fields = BOOTH_FIELDS
    unit = msg.UNIT_BOOTHS
    summary_template = msg.LAYOUT_SUMMARY
    missing_template = msg.LAYOUT_SUMMARY_MISSING
    duplicate_message = msg.LAYOUT_IMPORT_DUPLICATE
    model = Booth
    preview_columns = (PreviewColumn("展位号", lambda item: item.values["number"]),
                       PreviewColumn("学院", lambda item: item.values.get("college") or ""),
                       PreviewColumn("位置", lambda item: f"({item.values['x']:g}, {item.values['y']:g})"),
                       PreviewColumn("尺寸", lambda item: f"{item.values['width']:g}×{item.values['depth']:g}"))
    name_columns = (PreviewColumn("展位号", lambda item: item.values["number"]),)
    missing_columns = (PreviewColumn("展位号", lambda item: item.label),)

    def read(self, path, *, progress=None, cancelled=None):
        """Sheet 展位, and sheet 场地 into ``extra``."""
        read = super().read(path, progress=progress, cancelled=cancelled)
        read.extra["plaza"] = read_plaza(Path(path))
        return read

    def begin(self, session: Session, edition, read, *, source_kind: str, college_id: int | None) -> Context:
        """The plaza (its problems block every row: the file is imported whole or not at all) and the colleges."""
        ctx = LayoutContext(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header)
        ctx.file_problems.extend(self.missing_columns_problems(ctx))
        colleges = session.execute(select(College.id, College.name, College.short_name)
                                   .where(College.edition_id == edition.id)).all()
        ctx.matcher = OrganiserMatcher([tuple(row) for row in colleges], [])
        ctx.college_names = {row[0]: row[1] for row in colleges}
        current = session.scalars(select(Layout).where(Layout.edition_id == edition.id)).first()
        ctx.layout_id = current.id if current is not None else None
        raw, cells = read.extra.get("plaza", ({}, {}))
        ctx.plaza_cells = cells
        ctx.plaza = {"name": current.name if current else "", "grid": current.grid if current else geometry.DEFAULT_GRID}
        if current is not None:
            ctx.plaza.update(width=current.width, depth=current.depth)
        name = raw.get("name")
        if name not in (None, ""):
            ctx.plaza["name"] = str(name).strip()
        missing = [key for key in ("width", "depth") if key not in raw and current is None]
        if missing:
            ctx.file_problems.append(Problem(PLAZA_SHEET, "", msg.LAYOUT_IMPORT_NO_PLAZA.format(name=read.file.name
                                                                                              if read.file else "")))
        for key in ("width", "depth", "grid"):
            if key not in raw:
                continue
            try:
                value = geometry.parse_metres(raw[key], key if key == "grid" else f"plaza_{key}")
            except ValidationError as error:
                ctx.file_problems.append(Problem(PLAZA_SHEET, cells[key], next(iter(error.fields.values()))))
                continue
            if value <= 0:
                label = msg.LAYOUT_LABELS["grid" if key == "grid" else f"plaza_{key}"]
                ctx.file_problems.append(Problem(PLAZA_SHEET, cells[key], msg.LAYOUT_SIZE_NOT_POSITIVE.format(
                    label=label, value=f"{value:g}")))
                continue
            ctx.plaza[key] = value
        if current is not None and not ctx.file_problems:
            before = (current.width, current.depth, current.grid)
            after = (ctx.plaza["width"], ctx.plaza["depth"], ctx.plaza["grid"])
            if before != after:
                ctx.warnings.append(f"场地将由 {before[0]:g}×{before[1]:g} 米（网格 {before[2]:g} 米）改为 "
                                    f"{after[0]:g}×{after[1]:g} 米（网格 {after[2]:g} 米）")
        return ctx

    def parse_values(self, ctx: LayoutContext, draft: Draft, values: dict[str, object]) -> None:
        """Typed cells, and the college's name matched to one of the edition's colleges."""
        super().parse_values(ctx, draft, values)
        name = draft.values.pop("college", None)
        if "college" not in ctx.header.columns:
            return
        if not name:
            draft.values["college_id"] = None
            return
        found = ctx.matcher.find(name)
        if found is None:
            draft.problems.append(Problem(ctx.sheet, draft.cell("college"),
                                          msg.IMPORT_UNKNOWN_COLLEGE.format(name=name), draft.row))
            draft.failed.add("college_id")
        else:
            draft.values["college_id"] = found.id

    def load_existing(self, session: Session, preview: Preview, uids) -> dict[int, Existing]:
        """The booths of the edition's layout (none when it has no layout yet)."""
        layout_id = preview.context.layout_id if preview.context else None
        if layout_id is None:
            return {}
        rows = session.scalars(select(Booth).where(Booth.layout_id == layout_id))
        return {b.id: Existing(b.id, f"booth-{b.id}", {key: getattr(b, key) for key in BOOTH_FIELDS}) for b in rows}

    def row_key(self, ctx, draft: Draft) -> Hashable | None:
        """The booth's number."""
        return str(draft.values.get("number") or "").strip() or None

    def record_key(self, record: Existing) -> Hashable | None:
        """The booth's number."""
        return record.values["number"]

    def unique_key(self, cleaned: Mapping[str, object]) -> Hashable | None:
        """One row per 展位号."""
        return cleaned["number"]

    def clean(self, ctx: LayoutContext, draft: Draft, record: Existing | None):
        """The row over the booth it updates (a new booth is 3 m × 3 m unless the file says), checked as a booth and
        against the plaza's size."""
        merged = dict(record.values) if record is not None else {
            "width": geometry.STANDARD_SIZE[0], "depth": geometry.STANDARD_SIZE[1], "rotation": 0,
            "kind": geometry.BOOTH_KINDS[0], "power": False, "tables": 0, "chairs": 0, "notes": "", "college_id": None}
        merged.update({k: v for k, v in draft.values.items() if v is not None or k in ("college_id", "notes")})
        merged["notes"] = merged.get("notes") or ""
        try:
            cleaned = geometry.clean_booth(merged)
        except ValidationError as error:
            return None, [Problem(ctx.sheet, draft.cell(key), text, draft.row) for key, text in error.fields.items()
                          if key not in draft.failed]
        cleaned["college_id"] = merged.get("college_id")
        width, depth = geometry.extents(cleaned["width"], cleaned["depth"], cleaned["rotation"])
        plaza_w, plaza_d = ctx.plaza.get("width"), ctx.plaza.get("depth")
        if plaza_w is not None and plaza_d is not None and (width > plaza_w + 1e-6 or depth > plaza_d + 1e-6):
            cell = draft.cell("width" if width > plaza_w else "depth")
            return None, [Problem(ctx.sheet, cell, msg.LAYOUT_PLAZA_TOO_SMALL.format(
                width=f"{plaza_w:g}", depth=f"{plaza_d:g}", booth=f"{width:g}×{depth:g}"), draft.row)]
        return cleaned, []

    def changes(self, ctx, record: Existing, cleaned, draft) -> dict[str, tuple[object, object]]:
        """Changed fields; a changed college is shown by name."""
        found = super().changes(ctx, record, cleaned, draft)
        if "college_id" in found:
            old, new = found.pop("college_id")
            found["college_id"] = (ctx.college_names.get(old, ""), ctx.college_names.get(new, ""))
        return found

    def offers_missing(self, preview: Preview) -> bool:
        """Booths the file no longer has are listed (deleted only when ticked)."""
        return True

    def describe(self, values: Mapping[str, object]) -> str:
        """The booth's number."""
        return str(values.get("number", ""))

    def fingerprint(self, session: Session, edition_id: int) -> tuple:
        """How many booths and the newest id: a change meanwhile re-matches the rows."""
        layout_id = session.scalar(select(Layout.id).where(Layout.edition_id == edition_id))
        return tuple(session.execute(select(func.count(Booth.id), func.max(Booth.id))
                                     .where(Booth.layout_id == layout_id)).one()) + (layout_id,)

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """The plaza (created or updated), then the booths: new, changed, and the missing ones chosen."""
        ctx: LayoutContext = preview.context
        plaza = session.scalars(select(Layout).where(Layout.edition_id == preview.edition_id)).first()
        values = {key: ctx.plaza[key] for key in ("name", "width", "depth", "grid")}
        if plaza is None:
            plaza = Layout(edition_id=preview.edition_id, **values)
            session.add(plaza)
            session.flush()
            audit.record(session, getattr(ctx, "operator", ""), entity="layout", entity_id=plaza.id, action="create",
                         edition_id=preview.edition_id, after=values, at=plan.now)
        else:
            old = {key: getattr(plaza, key) for key in values}
            for key, value in values.items():
                setattr(plaza, key, value)
            audit.record_update(session, getattr(ctx, "operator", ""), entity="layout", entity_id=plaza.id, edition_id=preview.edition_id,
                                old=old, new=values)
        ctx.layout_id = plaza.id
        rows = []
        for item in preview.to_add:
            rows.append(Booth(layout_id=plaza.id, **{k: item.values.get(k) for k in BOOTH_FIELDS}))
        session.add_all(rows)
        for item, row in zip(preview.to_add, rows, strict=True):
            session.flush()
            item.record_id = row.id
        for item in preview.to_update:
            booth = session.get(Booth, item.record_id)
            for key in BOOTH_FIELDS:
                setattr(booth, key, item.values.get(key))
        doomed = [m.record_id for m in plan.delete]
        for booth_id in doomed:
            session.delete(session.get(Booth, booth_id))
        session.flush()
        return len(doomed)


FORM = LayoutForm()


def preview_layout(db: Database, edition_id: int, path: str | Path, *, progress=None, cancelled=None) -> Preview:
    """Read and check a layout workbook; writes nothing (``imports.apply_import`` writes it, all or nothing)."""
    preview = preview_file(db, FORM, edition_id, path, progress=progress, cancelled=cancelled)
    preview.context.operator = db.operator  # the plaza's own audit event is written by the form
    return preview


def export_layout(db: Database, edition_id: int, path: str | Path) -> Path:
    """导出布局: sheets 场地 and 展位 (the colleges by name), as the import reads them back."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from vocweek_desktop.io.excel_export import save_workbook, set_text, write_sheet

    data = get_layout(db, edition_id)
    plaza = data.plaza
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = PLAZA_SHEET
    values = {"width": plaza.width, "depth": plaza.depth, "grid": plaza.grid, "name": plaza.name} if plaza else \
        {"width": 60.0, "depth": 40.0, "grid": geometry.DEFAULT_GRID, "name": ""}
    for row, (key, label, _aliases) in enumerate(PLAZA_ROWS, start=1):
        set_text(sheet.cell(row=row, column=1), label)
        sheet.cell(row=row, column=1).font = Font(bold=True)
        set_text(sheet.cell(row=row, column=2), values[key])
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 12, 24
    names = {c.id: c.name for c in data.colleges}
    booths = workbook.create_sheet(BOOTH_SHEET)
    rows = [(b.number, names.get(b.college_id, ""), b.x, b.y, b.width, b.depth, b.rotation, b.kind,
             "是" if b.power else "否", b.tables, b.chairs, b.notes)
            for b in sorted(data.booths, key=lambda b: b.number)]
    write_sheet(booths, HEADERS, rows, widths=(10, 28, 9, 9, 9, 9, 7, 10, 7, 7, 7, 30))
    return save_workbook(workbook, Path(path))
