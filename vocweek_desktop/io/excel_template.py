"""The template a form sends out to be filled in: title rows, instructions, a header, an example row (ignored on
import), dropdowns from a hidden list sheet, a hidden row-id column (so a returned file updates the rows it came
with), frozen header, print setup — and every value written so Excel never runs it as a formula.

A form describes its template with a ``TemplateSpec``; ``write_template`` lays it out. The reading half is
``excel_read``: the header written here is found there by the same names.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vocweek_desktop.io.excel_export import DATE_FORMAT, PAPER_A4, display_width, print_setup, save_workbook, set_text
from vocweek_desktop.io.excel_read import EXAMPLE_MARK, META_SHEET

ALL_COLUMNS = -1  # a title row merged across every visible column
HEADER_FILL = "DDEBF7"
EXAMPLE_FILL = "EDEDED"


@dataclass(frozen=True)
class TemplateColumn:
    """One column of a template: key, header, width (Excel characters), number format, the dropdown list it
    takes its values from (a ``ChoiceList`` name), and whether it is the hidden row-id column."""

    key: str
    label: str
    width: float = 12
    number_format: str | None = None
    choices: str | None = None
    hidden: bool = False


@dataclass(frozen=True)
class ChoiceList:
    """A dropdown's values, kept in a column of the hidden list sheet (Excel limits inline lists to 255 characters).

    ``strict``: Excel refuses a value not in the list (else it only offers the list).
    """

    name: str
    header: str
    items: Sequence[object]
    strict: bool = True


@dataclass(frozen=True)
class TitleRow:
    """A row above the header: text, font, how far it is merged (a column count or ``ALL_COLUMNS``), height."""

    text: str
    size: float = 11
    bold: bool = False
    merge: int | None = None
    centred: bool = False
    wrap: bool = False
    color: str | None = None
    height: float | None = None


@dataclass(frozen=True)
class PrintSetup:
    """Paper, orientation, one page wide, margins (inches) and centring; the header rows repeat on every page."""

    paper: str = PAPER_A4
    landscape: bool = True
    margins: tuple[float, float, float, float] = (0.4, 0.4, 0.5, 0.5)  # left, right, top, bottom
    centred: bool = True


@dataclass(frozen=True)
class TemplateSpec:
    """Everything a form's template looks like; ``cell_value(key, value)`` turns a typed value into the cell's
    (是/否 for a flag, names joined by 、 for a list). The example row's hidden row-id cell says 示例, which is how
    the reader knows to leave it out."""

    sheet_title: str
    columns: Sequence[TemplateColumn]
    title_rows: Sequence[TitleRow] = ()
    example: Mapping[str, object] | None = None
    lists: Sequence[ChoiceList] = ()
    list_sheet_title: str = "下拉选项"
    frozen_columns: int = 0
    header_height: float | None = 32
    spare_rows: int = 300  # rows below the data that get the dropdowns
    print: PrintSetup = field(default_factory=PrintSetup)
    cell_value: Callable[[str, object], object] | None = None
    font_size: float = 11  # of the header, the example and the rows (fitted printing shrinks it: see PrintSetup)
    #: Facts about the whole file (whose score sheet, which year …) written as label/value rows into a hidden sheet;
    #: ``excel_read.read_meta`` reads them back.
    meta: Mapping[str, object] = field(default_factory=dict)
    meta_sheet_title: str = META_SHEET


def default_cell_value(_key: str, value: object) -> object:
    """是/否 for a flag, names joined by 、 for a list, nothing for empty text; other values as they are."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    if isinstance(value, str) and not value:
        return None
    return value




def write_template(path: str | Path, spec: TemplateSpec, rows: Iterable[Mapping[str, object]] = (), *,
                   more: Sequence[tuple[TemplateSpec, Iterable[Mapping[str, object]]]] = ()) -> Path:
    """Write ``spec``'s template to ``path`` (atomically), prefilled with ``rows`` (key → typed value); ``more`` adds
    further sheets, each laid out the same way from its own spec and rows (a form's second table)."""
    from openpyxl import Workbook

    workbook = Workbook()
    add_table_sheet(workbook, spec, rows, sheet=workbook.active)
    for extra_spec, extra_rows in more:
        add_table_sheet(workbook, extra_spec, extra_rows)
    workbook.active = 0
    return save_workbook(workbook, Path(path))


def add_table_sheet(workbook, spec: TemplateSpec, rows: Iterable[Mapping[str, object]] = (), *, sheet=None):
    """Lay ``spec``'s table out on ``sheet`` (default: a new sheet at the end of ``workbook``), prefilled with
    ``rows``; a workbook of several sheets (a form and its list) is built this way. Returns the sheet."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = list(spec.columns)
    to_cell = spec.cell_value or default_cell_value
    ws = sheet if sheet is not None else workbook.create_sheet(spec.sheet_title)
    ws.title = spec.sheet_title
    visible = sum(1 for column in columns if not column.hidden)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    for number, title in enumerate(spec.title_rows, start=1):
        cell = ws.cell(row=number, column=1)
        set_text(cell, title.text)
        cell.font = Font(size=title.size, bold=title.bold, color=title.color)
        if title.merge is not None:
            last = visible if title.merge == ALL_COLUMNS else title.merge
            ws.merge_cells(f"A{number}:{get_column_letter(last)}{number}")
        if title.centred:
            cell.alignment = Alignment(horizontal="center", vertical="center")
        elif title.wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if title.height is not None:
            ws.row_dimensions[number].height = title.height

    header_row = len(spec.title_rows) + 1
    size = spec.font_size
    header_font, header_fill = Font(bold=True, size=size), PatternFill("solid", fgColor=HEADER_FILL)
    # Excel's row height for one line of 11 pt text is 15 pt; a CJK character of 11 pt takes about two width units.
    line_height, char_units = 15 * size / 11, size / 11
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=header_row, column=index)
        set_text(cell, column.label)
        cell.font = header_font
        cell.fill = header_fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = column.width
        if column.hidden:
            ws.column_dimensions[get_column_letter(index)].hidden = True
    if spec.header_height is not None:
        ws.row_dimensions[header_row].height = spec.header_height

    def write_row(row: int, values: Mapping[str, object], styles: Mapping[str, object]) -> None:
        lines = 1
        for index, column in enumerate(columns, start=1):
            cell = ws.cell(row=row, column=index)
            value = to_cell(column.key, values.get(column.key))
            if value is not None:
                set_text(cell, value)
                if isinstance(value, str) and not column.hidden:
                    lines = max(lines, math.ceil(display_width(value) * char_units / max(column.width - 1, 1)))
            if column.number_format:
                cell.number_format = column.number_format
            for name, style in styles.items():
                setattr(cell, name, style)
        if lines > 1 or size != 11:  # openpyxl cannot autofit: give wrapped text the lines it needs (at most six)
            ws.row_dimensions[row].height = round(line_height * min(lines, 6), 1)

    wrapped = Alignment(wrap_text=True, vertical="center")
    row = header_row + 1
    if spec.example is not None:
        example = {**{c.key: EXAMPLE_MARK for c in columns if c.hidden}, **spec.example}
        write_row(row, example, {"font": Font(italic=True, color="7F7F7F", size=size),
                                      "fill": PatternFill("solid", fgColor=EXAMPLE_FILL), "border": border,
                                      "alignment": wrapped})
        row += 1
    first_data = row
    data_styles = {"border": border, "alignment": wrapped, **({"font": Font(size=size)} if size != 11 else {})}
    for values in rows:
        write_row(row, values, data_styles)
        row += 1
    # Spare rows get the dropdowns but no formatting: formatted empty rows would print as blank pages.
    last_row = max(row, first_data) + spec.spare_rows

    if spec.lists:
        lists = workbook.create_sheet(spec.list_sheet_title)
        ranges: dict[str, str] = {}
        for index, choice in enumerate(spec.lists, start=1):
            letter = get_column_letter(index)
            set_text(lists.cell(row=1, column=index), choice.header)
            for place, item in enumerate(choice.items, start=2):
                cell = lists.cell(row=place, column=index)
                set_text(cell, item)
                if isinstance(item, dt.date):
                    cell.number_format = DATE_FORMAT
            ranges[choice.name] = f"'{spec.list_sheet_title}'!${letter}$2:${letter}${len(choice.items) + 1}"
        lists.sheet_state = "hidden"
        for choice in spec.lists:
            rule = DataValidation(type="list", formula1=ranges[choice.name], allow_blank=True,
                                  showErrorMessage=choice.strict, errorTitle="请从下拉列表中选择",
                                  error="请从下拉列表中选择一项（可留空）。")
            for index, column in enumerate(columns, start=1):
                if column.choices == choice.name:
                    letter = get_column_letter(index)
                    rule.add(f"{letter}{header_row + 1}:{letter}{last_row}")
            ws.add_data_validation(rule)

    ws.freeze_panes = ws.cell(row=header_row + 1, column=spec.frozen_columns + 1)
    setup = spec.print
    print_setup(ws, header_row, paper=setup.paper, landscape=setup.landscape)
    ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom = setup.margins
    ws.print_options.horizontalCentered = setup.centred
    if spec.meta:
        meta = workbook.create_sheet(spec.meta_sheet_title)
        for number, (key, value) in enumerate(spec.meta.items(), start=1):
            set_text(meta.cell(row=number, column=1), key)
            set_text(meta.cell(row=number, column=2), value)
        meta.sheet_state = "hidden"
    workbook.active = 0
    return ws


# --- a form of labelled cells (one record per workbook: the 外出活动申请表) ------------------------------------------

@dataclass(frozen=True)
class FormField:
    """A labelled cell of a form sheet: its key, label (``required`` adds a *), a hint written beside the value, a
    dropdown, a number format, the row's height (long text), and whether the row is hidden (a record's id)."""

    key: str
    label: str
    hint: str = ""
    choices: Sequence[str] | None = None
    number_format: str | None = None
    height: float | None = None
    hidden: bool = False
    required: bool = False


@dataclass(frozen=True)
class FormSheetSpec:
    """A form sheet: title, instructions, then one row per field (a plain string is a section heading), in three
    columns — label, value, hint — of ``widths``; printed on A4 portrait, one page wide."""

    sheet_title: str
    title: str
    fields: Sequence[FormField | str]
    instructions: str = ""
    widths: tuple[float, float, float] = (18, 46, 30)
    list_sheet_title: str = "表单选项"
    font_size: float = 11


def add_form_sheet(workbook, spec: FormSheetSpec, values: Mapping[str, object], *, sheet=None,
                   cell_value: Callable[[str, object], object] | None = None) -> dict[str, str]:
    """Lay the form out on ``sheet`` (default: a new sheet), the values filled in (user text never a formula);
    returns each field's value cell (``B5``). ``excel_read.read_form`` reads it back by its labels."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    to_cell = cell_value or default_cell_value
    ws = sheet if sheet is not None else workbook.create_sheet(spec.sheet_title)
    ws.title = spec.sheet_title
    size = spec.font_size
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    label_fill, section_fill = PatternFill("solid", fgColor=HEADER_FILL), PatternFill("solid", fgColor="F2F2F2")
    wrapped = Alignment(wrap_text=True, vertical="center")
    for index, width in enumerate(spec.widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    title = ws.cell(row=1, column=1)
    set_text(title, spec.title)
    title.font = Font(size=size + 5, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:C1")
    ws.row_dimensions[1].height = 30
    row = 2
    if spec.instructions:
        note = ws.cell(row=row, column=1)
        set_text(note, spec.instructions)
        note.font = Font(size=size - 1, color="595959")
        note.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(f"A{row}:C{row}")
        lines = sum(max(1, math.ceil(display_width(part) / max(sum(spec.widths) - 2, 1)))
                    for part in spec.instructions.split("\n"))
        ws.row_dimensions[row].height = round(15 * (size - 1) / 11 * lines + 4, 1)
        row += 1

    cells: dict[str, str] = {}
    lists = None
    for item in spec.fields:
        if isinstance(item, str):
            heading = ws.cell(row=row, column=1)
            set_text(heading, item)
            heading.font = Font(size=size, bold=True)
            heading.fill = section_fill
            ws.merge_cells(f"A{row}:C{row}")
            row += 1
            continue
        label = ws.cell(row=row, column=1)
        set_text(label, f"*{item.label}" if item.required else item.label)
        label.font, label.fill, label.border, label.alignment = Font(size=size, bold=True), label_fill, border, wrapped
        cell = ws.cell(row=row, column=2)
        value = to_cell(item.key, values.get(item.key))
        if value is not None:
            set_text(cell, value)
        if item.number_format:
            cell.number_format = item.number_format
        cell.font, cell.border, cell.alignment = Font(size=size), border, wrapped
        if item.hint:
            hint = ws.cell(row=row, column=3)
            set_text(hint, item.hint)
            hint.font, hint.alignment = Font(size=size - 2, color="7F7F7F"), wrapped
        if item.height is not None:
            ws.row_dimensions[row].height = item.height
        if item.hidden:
            ws.row_dimensions[row].hidden = True
        if item.choices:
            inline = ",".join(str(choice) for choice in item.choices)
            if len(inline) <= 250 and not any("," in str(choice) for choice in item.choices):
                formula = f'"{inline}"'
            else:  # Excel refuses inline lists over 255 characters: the list goes to a hidden sheet
                if lists is None:
                    lists = workbook.create_sheet(spec.list_sheet_title)
                    lists.sheet_state = "hidden"
                column = lists.max_column + 1 if lists.max_row > 1 or lists["A1"].value else 1
                letter = get_column_letter(column)
                set_text(lists.cell(row=1, column=column), item.label)
                for place, choice in enumerate(item.choices, start=2):
                    set_text(lists.cell(row=place, column=column), choice)
                formula = f"'{spec.list_sheet_title}'!${letter}$2:${letter}${len(item.choices) + 1}"
            rule = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=False)
            rule.add(f"B{row}")
            ws.add_data_validation(rule)
        cells[item.key] = f"B{row}"
        row += 1

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:C{row - 1}"
    ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.5, 0.6, 0.6
    ws.print_options.horizontalCentered = True
    return cells
