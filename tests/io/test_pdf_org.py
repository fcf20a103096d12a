"""The printed organisation table (section 一 of the notice): its text and its embedded font, read with pypdf."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tests.notice_facts import notice_facts
from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.io.pdf_org import OrgTable, write_org_table
from vocweek_desktop.services import editions, organisation


@pytest.fixture
def org_pdf(demo_db, tmp_path):
    edition = editions.list_editions(demo_db)[0]
    path = organisation.print_org_table(demo_db, edition.id, tmp_path / "out" / "组织机构表.pdf")
    return path, editions.get_edition(demo_db, edition.id)


def pdf_text(path) -> str:
    """All text of the PDF with white space removed (table cells wrap)."""
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(path).pages))


def test_org_table_text(org_pdf, demo_db):
    path, edition = org_pdf
    assert path.name == "组织机构表.pdf" and path.is_file()
    assert not list(path.parent.glob("*partial*"))
    text = pdf_text(path)
    facts = notice_facts()
    assert facts.school_name in text and edition.school_name == facts.school_name
    assert edition.title in text
    assert facts.doc_number in text
    assert "组长" in text and facts.leader in text
    for deputy in facts.deputies:
        assert deputy in text
    for name, duty, head in facts.departments:
        assert name in text and head in text
        assert duty.replace(" ", "") in text
    for row in organisation.list_departments(demo_db, edition.id):
        assert row.name in text and row.head in text


def _font_descriptor(font):
    font = font.get_object()
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    if "/DescendantFonts" in font:
        return font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    return None


def test_org_table_embeds_the_bundled_font(org_pdf):
    path, _ = org_pdf
    reader = PdfReader(path)
    embedded = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = _font_descriptor(font)
            if descriptor is not None and "/FontFile2" in descriptor:
                embedded.append(str(font.get_object()["/BaseFont"]))
    assert embedded and all("LXGW" in name for name in embedded)

    # Every visible character is drawn with that embedded font (none falls back to a standard font).
    used: set[str] = set()

    def visit(text, _cm, _tm, font_dict, _size):
        if text.strip() and font_dict is not None:
            used.add(str(font_dict["/BaseFont"]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert used and all("LXGW" in name for name in used)


def test_org_table_for_a_missing_edition(db, tmp_path):
    with pytest.raises(NotFoundError, match="找不到这个年度"):
        organisation.print_org_table(db, 999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_write_org_table_escapes_markup_and_wraps_long_tables(tmp_path):
    table = OrgTable(
        school_name="四川科技职业学院", office_name="教务处", title="2030年职业教育活动周",
        leadership=[("组长", "A&B <组长>")],
        departments=[(f"部门{index}", "职责" * 40, f"负责人{index}") for index in range(40)],
    )
    path = write_org_table(tmp_path / "long.pdf", table)
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    text = pdf_text(path)
    assert "A&B<组长>" in text
    assert "部门0" in text and "部门39" in text and "负责人39" in text
