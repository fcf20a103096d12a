"""Section 一 of the notice as a printable A4 page: the leadership group and the duty table."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vocweek_desktop.io.fonts import reportlab_font


@dataclass
class OrgTable:
    """What the organisation page shows."""

    school_name: str
    office_name: str
    title: str
    doc_number: str = ""
    leadership: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    departments: list[tuple[str, str, str]] = field(default_factory=list)  # (name, duty, head)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_org_table(path: Path, table: OrgTable) -> Path:
    """Render ``table`` to ``path`` (A4 portrait, the bundled font embedded); written atomically."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = reportlab_font()
    base = ParagraphStyle("base", fontName=font, fontSize=11, leading=17, wordWrap="CJK")
    school = ParagraphStyle("school", parent=base, fontSize=20, leading=28, alignment=TA_CENTER)
    heading = ParagraphStyle("heading", parent=base, fontSize=15, leading=22, alignment=TA_CENTER)
    small = ParagraphStyle("small", parent=base, fontSize=10, leading=14, alignment=TA_CENTER)
    section = ParagraphStyle("section", parent=base, fontSize=13, leading=20, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=10.5, leading=15)
    cell_center = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)

    story = [Paragraph(_escape(table.school_name), school)]
    story.append(Paragraph(_escape(f"{table.title}工作领导小组及职责分工"), heading))
    if table.doc_number:
        story.append(Paragraph(_escape(table.doc_number), small))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("一、组织领导", section))
    story.append(Paragraph(_escape(f"学校成立{table.title}工作领导小组，以确保此项工作的组织、协调与指导。"), base))
    story.append(Spacer(1, 2 * mm))
    roles: dict[str, list[str]] = {}
    for role, name in table.leadership:
        roles.setdefault(role, []).append(name)
    for role, names in roles.items():
        label = role if len(role) > 2 else "\u3000".join(role)
        story.append(Paragraph(_escape(f"{label}：{'、'.join(names)}"), base))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph("职责分工", section))
    rows = [[Paragraph("部门", cell_center), Paragraph("职责", cell_center), Paragraph("负责人", cell_center)]]
    rows += [[Paragraph(_escape(name), cell_center), Paragraph(_escape(duty), cell), Paragraph(_escape(head), cell_center)]
             for name, duty, head in table.departments]
    grid = Table(rows, colWidths=[32 * mm, 110 * mm, 28 * mm], repeatRows=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF7")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(grid)
    if table.office_name:
        story.append(Spacer(1, 10 * mm))
        story.append(Paragraph(_escape(f"{table.school_name}{table.office_name}"),
                               ParagraphStyle("sign", parent=base, alignment=2)))

    from vocweek_desktop.files import atomic_path

    with atomic_path(path) as partial:
        doc = SimpleDocTemplate(str(partial), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm, title=f"{table.title}组织机构表",
                                author=f"{table.school_name}{table.office_name}")
        doc.build(story)
    return Path(path)
