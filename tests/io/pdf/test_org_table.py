"""The printed organisation table (section 一 of the notice): its text, its numbered headings, its body font
(仿宋/宋体 where the system has them) and only embedded fonts, read back with pypdf."""

from __future__ import annotations

import pytest

from tests.font_files import OTHER_FONT_NAME, place
from tests.io.pdf import pdf_inspect
from tests.notice_facts import NOTICE_PATH, notice_facts
from vocweek_desktop import paths
from vocweek_desktop.domain.errors import NotFoundError, ValidationError
from vocweek_desktop.io.pdf import fonts
from vocweek_desktop.io.pdf.org_table import OrgTable, write_org_table
from vocweek_desktop.services import editions, organisation


@pytest.fixture
def org_pdf(demo_db, tmp_path):
    edition = editions.list_editions(demo_db)[0]
    path = organisation.print_org_table(demo_db, edition.id, tmp_path / "out" / "组织机构表.pdf")
    return path, editions.get_edition(demo_db, edition.id)


def test_org_table_text(org_pdf, demo_db):
    path, edition = org_pdf
    assert path.name == "组织机构表.pdf" and path.is_file()
    assert [p.name for p in path.parent.iterdir()] == ["组织机构表.pdf"]  # no partial file left beside it
    text = pdf_inspect.all_text(path)
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
    assert pdf_inspect.page_sizes_mm(path) == [(210, 297)]
    assert "第1页" not in text  # one page: no page number


def test_section_headings_are_numbered_as_in_the_notice(org_pdf):
    path, _ = org_pdf
    runs = [run.text.strip() for run in pdf_inspect.text_runs(path)]
    assert "一、组织领导" in runs and "二、职责分工" in runs
    assert runs.index("一、组织领导") < runs.index("二、职责分工")
    assert "\n一、组织领导\n" in NOTICE_PATH.read_text(encoding="utf-8")  # as the notice writes it


def test_org_table_embeds_only_the_bundled_font_when_the_system_has_no_official_one(org_pdf):
    path, _ = org_pdf
    embedded = pdf_inspect.assert_fonts_embedded(path)  # and no Helvetica named anywhere (TRAPS.md)
    assert [font.name for font in embedded] == ["LXGWWenKai-Regular"]
    # Every visible character is drawn with that embedded font (none falls back to a standard font).
    assert {run.font for run in pdf_inspect.text_runs(path)} == {"LXGWWenKai-Regular"}
    assert pdf_inspect.viewer_preferences(path) == {"PrintScaling": "None"}


def test_the_body_font_is_the_official_one_when_the_system_has_it(demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, str(tmp_path / "fonts"))
    place(paths.font_path(), tmp_path / "fonts" / "simsun.ttc")
    assert [(font.key, font.label) for font in fonts.available_body_fonts()] == [
        ("simsun", "宋体"), ("bundled", "霞鹜文楷（内置）")]
    edition = editions.list_editions(demo_db)[0]
    path = organisation.print_org_table(demo_db, edition.id, tmp_path / "宋体.pdf", font="simsun")
    assert "二、职责分工" in pdf_inspect.all_text(path)
    pdf_inspect.assert_fonts_embedded(path)
    path = organisation.print_org_table(demo_db, edition.id, tmp_path / "内置.pdf", font="bundled")
    assert [font.name for font in pdf_inspect.assert_fonts_embedded(path)] == ["LXGWWenKai-Regular"]
    with pytest.raises(ValidationError, match="本机没有找到可嵌入 PDF 的“仿宋”字体，可选：simsun（宋体）、bundled"):
        organisation.print_org_table(demo_db, edition.id, tmp_path / "仿宋.pdf", font="fangsong")
    assert not (tmp_path / "仿宋.pdf").exists()


def test_the_best_font_is_the_default_and_is_the_only_one_embedded(demo_db, tmp_path, monkeypatch, other_font):
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, str(tmp_path / "fonts"))
    place(other_font, tmp_path / "fonts" / "simfang.ttf")
    assert fonts.available_body_fonts()[0].key == "fangsong"
    edition = editions.list_editions(demo_db)[0]
    path = organisation.print_org_table(demo_db, edition.id, tmp_path / "org.pdf")
    assert [font.name for font in pdf_inspect.assert_fonts_embedded(path)] == [OTHER_FONT_NAME]
    assert {run.font for run in pdf_inspect.text_runs(path)} == {OTHER_FONT_NAME}


def test_org_table_for_a_missing_edition(db, tmp_path):
    with pytest.raises(NotFoundError, match="找不到这个年度"):
        organisation.print_org_table(db, 999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_write_org_table_prints_text_as_typed_and_breaks_long_tables(tmp_path):
    table = OrgTable(
        school_name="四川科技职业学院", office_name="教务处", title="2030年职业教育活动周",
        leadership=[("组长", "A&B <组长>")],
        departments=[(f"部门{index}", "职责" * 40, f"负责人{index}") for index in range(40)],
    )
    path = write_org_table(tmp_path / "long.pdf", table)
    pages = pdf_inspect.page_texts(path)
    assert len(pages) >= 2
    text = pdf_inspect.all_text(path)
    assert "A&B<组长>" in text
    assert "部门0" in text and "部门39" in text and "负责人39" in text
    for number, page in enumerate(pages, start=1):  # several pages: numbered, the header row on each
        assert f"第{number}页/共{len(pages)}页" in pdf_inspect.compact(page)
        assert "部门职责负责人" in pdf_inspect.compact(page)
