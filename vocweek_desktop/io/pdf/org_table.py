"""Section 一 of the notice as a printable A4 page: the leadership group and the duty table, its headings numbered
as the notice numbers them, its body in the font chosen for official documents (仿宋/宋体 where the system has
them, the bundled font otherwise)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vocweek_desktop.io.pdf.document import Text, TextStyle, space, table, write_document
from vocweek_desktop.io.pdf.fonts import bundled_font


@dataclass
class OrgTable:
    """What the organisation page shows."""

    school_name: str
    office_name: str
    title: str
    doc_number: str = ""
    leadership: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    departments: list[tuple[str, str, str]] = field(default_factory=list)  # (name, duty, head)


SECTION_LEADERSHIP = "一、组织领导"
SECTION_DUTIES = "二、职责分工"


def write_org_table(path: Path, table_data: OrgTable, *, font: str | None = None) -> Path:
    """Render the table to ``path`` (A4 portrait, ``font``: a registered name, default the bundled font; every
    font embedded); written atomically."""
    font = font or bundled_font()
    body = TextStyle(font, size=12, leading=20, align="justify")
    school = body.but(size=20, leading=30, align="center")
    heading = body.but(size=16, leading=26, align="center")
    small = body.but(size=11, leading=18, align="center")
    section = body.but(size=14, leading=22, space_before=8, space_after=4)
    cell = body.but(size=11, leading=16)

    story = [Text(table_data.school_name, school), Text(f"{table_data.title}工作领导小组及职责分工", heading)]
    if table_data.doc_number:
        story.append(Text(table_data.doc_number, small))
    story.append(space(6))
    story.append(Text(SECTION_LEADERSHIP, section))
    story.append(Text(f"学校成立{table_data.title}工作领导小组，以确保此项工作的组织、协调与指导。", body.but(indent=2)))
    story.append(space(2))
    roles: dict[str, list[str]] = {}
    for role, name in table_data.leadership:
        roles.setdefault(role, []).append(name)
    for role, names in roles.items():
        label = role if len(role) > 2 else "\u3000".join(role)
        story.append(Text(f"{label}：{'、'.join(names)}", body.but(indent=2)))
    story.append(space(4))
    story.append(Text(SECTION_DUTIES, section))
    rows = [["部门", "职责", "负责人"]] + [[name, duty, head] for name, duty, head in table_data.departments]
    story.append(table(rows, [32, 110, 28], cell, aligns=["center", "justify", "center"]))
    if table_data.office_name:
        story.append(space(10))
        story.append(Text(f"{table_data.school_name}{table_data.office_name}", body.but(align="right")))
    return write_document(path, story, font=font, title=f"{table_data.title}组织机构表",
                          author=f"{table_data.school_name}{table_data.office_name}", page_numbers="several")
