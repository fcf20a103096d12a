"""Certificates through the services: 样稿 before confirmation and nothing recorded, numbers issued once and kept
across reprints, each printing recorded, the register, the template's checks, pictures, offsets."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PIL import Image

from tests.award_data import scored
from tests.io.pdf.pdf_inspect import image_count, page_sizes_mm, page_texts, text_runs
from tests.services.audit_events import event_count
from vocweek_desktop.domain.errors import ConflictError, ValidationError
from vocweek_desktop.services import audit, award_scores, awards, certificates


@pytest.fixture
def env(db, edition):
    return scored(db, edition.id)


def _texts(path) -> list[str]:
    return [text.replace("\n", "") for text in page_texts(path)]


def test_before_confirmation_drafts_only_with_provisional_numbers_and_no_record(db, env, tmp_path):
    before = event_count(db)
    out = certificates.print_certificates(db, env.edition_id, tmp_path / "draft.pdf")
    assert out.draft and [r.college for r in out.recipients] == ["学院E", "学院A", "学院B", "学院C"]
    texts = _texts(tmp_path / "draft.pdf")
    assert all("样稿" in text for text in texts)
    assert "学院E：" in texts[0] and "川科教〔2024〕职教周第001号" in texts[0]
    assert event_count(db) == before and certificates.register(db, env.edition_id) == []


def test_confirmed_certificates_are_issued_once_and_keep_their_numbers(db, env, tmp_path):
    db.operator = "鄢涛"
    awards.confirm(db, env.edition_id)
    out = certificates.print_certificates(db, env.edition_id, tmp_path / "first.pdf", mode="overlay")
    assert not out.draft and out.issued == ("学院E", "学院A", "学院B", "学院C") and out.reissued == ()
    assert all("样稿" not in text for text in _texts(tmp_path / "first.pdf"))
    # Reprint only 学院B: same number, recorded as a reissue; a preview records nothing.
    certificates.print_certificates(db, env.edition_id, preview=True)
    out = certificates.print_certificates(db, env.edition_id, tmp_path / "again.pdf",
                                          college_ids=[env.colleges["学院B"]])
    assert out.reissued == ("学院B",) and [r.number_text for r in out.recipients] == ["川科教〔2024〕职教周第003号"]
    rows = certificates.register(db, env.edition_id)
    assert [(r.number_text, r.college, r.rank, r.reissues, r.issued_by) for r in rows] == [
        ("川科教〔2024〕职教周第001号", "学院E", 1, 0, "鄢涛"), ("川科教〔2024〕职教周第002号", "学院A", 2, 0, "鄢涛"),
        ("川科教〔2024〕职教周第003号", "学院B", 3, 1, "鄢涛"), ("川科教〔2024〕职教周第004号", "学院C", 4, 0, "鄢涛")]
    kinds = [e.action for e in audit.events(db, env.edition_id, entity="certificate")]
    assert sorted(kinds) == ["issue"] * 4 + ["reissue"]
    # A new pattern changes only numbers not yet issued; the register goes to Excel.
    awards.set_rule_setting(db, env.edition_id, "awards.number_pattern", "职教周证字{year}-{number:02d}")
    assert certificates.register(db, env.edition_id)[0].number_text == "川科教〔2024〕职教周第001号"
    path = certificates.export_register(db, env.edition_id, tmp_path / "register.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "2024年职业教育活动周荣誉证书发证登记表"
    assert [c.value for c in sheet[2]][:4] == ["序号", "证书编号", "获奖单位", "奖项"]
    assert [c.value for c in sheet[5]][1:3] == ["川科教〔2024〕职教周第003号", "学院B"]
    assert sheet.cell(5, 8).value == 1 and sheet.cell(5, 10).value == "有效"


def test_unlocked_again_the_register_says_which_are_no_longer_awarded(db, env, tmp_path):
    awards.confirm(db, env.edition_id)
    certificates.print_certificates(db, env.edition_id, tmp_path / "c.pdf")
    awards.unlock(db, env.edition_id, "复核")
    assert not any(r.current for r in certificates.register(db, env.edition_id))
    out = certificates.print_certificates(db, env.edition_id, tmp_path / "d.pdf")
    assert out.draft and out.reissued == ()  # drafts again while unlocked, nothing recorded


def test_the_template_is_checked_against_the_paper_and_kept(db, env):
    template = certificates.get_template(db, env.edition_id)
    assert (template.paper, template.width, template.height) == ("A4横向", 297.0, 210.0)
    recipient = next(f for f in template.fields if f.key == "recipient")
    with pytest.raises(ValidationError, match="“获奖单位”的位置（x 250、y 66、宽 217、高 14 毫米）不在 297×210 毫米的纸面内"):
        certificates.update_template(db, env.edition_id, {"fields": [{"key": "recipient", "x": 250}]})
    with pytest.raises(ValidationError, match="“正文”中的“{colege}”不是可用的占位符"):
        certificates.update_template(db, env.edition_id, {"fields": [{"key": "body", "text": "{colege}获奖"}]})
    with pytest.raises(ValidationError, match="“标题”的最小字号不能大于字号"):
        certificates.update_template(db, env.edition_id, {"fields": [{"key": "title", "size": 20, "min_size": 30}]})
    assert certificates.get_template(db, env.edition_id) == template
    changed = certificates.update_template(db, env.edition_id, {
        "issue_date": dt.date(2024, 5, 23), "fields": [{"key": "recipient", "x": 30, "align": "center"}]})
    assert next(f for f in changed.fields if f.key == "recipient").x == 30
    # A3 portrait with every box moved in proportion.
    a3 = certificates.update_template(db, env.edition_id, {"paper": "A3纵向"}, rescale=True)
    moved = next(f for f in a3.fields if f.key == "recipient")
    assert (a3.width, a3.height) == (297.0, 420.0) and moved.x == pytest.approx(30) and moved.y == pytest.approx(
        recipient.y * 2)
    custom = certificates.update_template(db, env.edition_id, {"paper": "自定义", "width": 260, "height": 185},
                                          rescale=True)
    assert (custom.width, custom.height) == (260.0, 185.0)
    with pytest.raises(ValidationError, match="纸张尺寸"):
        certificates.update_template(db, env.edition_id, {"paper": "自定义", "width": 5, "height": 185})


def test_pictures_are_checked_kept_and_printed_on_blank_paper_only(db, env, tmp_path):
    not_a_picture = tmp_path / "背景.png"
    not_a_picture.write_text("这不是图片", encoding="utf-8")
    with pytest.raises(ValidationError, match="背景图片：“背景.png”不是可用的图片"):
        certificates.set_picture(db, env.edition_id, "background", not_a_picture)
    picture = tmp_path / "seal.png"
    Image.new("RGBA", (80, 80), (200, 0, 0, 255)).save(picture)
    template = certificates.set_picture(db, env.edition_id, "seal", picture)
    assert template.has_seal and template.seal_name == "seal.png"
    certificates.set_picture(db, env.edition_id, "background", picture)
    certificates.print_certificates(db, env.edition_id, tmp_path / "blank.pdf")
    certificates.print_certificates(db, env.edition_id, tmp_path / "overlay.pdf", mode="overlay")
    assert image_count(tmp_path / "blank.pdf") == 2 and image_count(tmp_path / "overlay.pdf") == 0
    assert not certificates.set_picture(db, env.edition_id, "seal", None).has_seal


def test_printer_offsets_are_kept_per_printer_and_used(db, env, tmp_path):
    assert certificates.printer_offset(db, env.edition_id) == ("", 0.0, 0.0)
    certificates.set_printer_offset(db, env.edition_id, "教务处 HP", 1.5, -2)
    certificates.set_printer_offset(db, env.edition_id, "打印室 Canon", -0.5, 0.5)
    assert certificates.printers(db, env.edition_id) == {"教务处 HP": (1.5, -2.0), "打印室 Canon": (-0.5, 0.5)}
    assert certificates.printer_offset(db, env.edition_id) == ("打印室 Canon", -0.5, 0.5)
    path = tmp_path / "moved.pdf"
    certificates.print_certificates(db, env.edition_id, path, offset=(10, 0))
    plain = tmp_path / "plain.pdf"
    certificates.print_certificates(db, env.edition_id, plain, offset=(0, 0))
    moved = next(r for r in text_runs(path) if r.text.startswith("证书编号"))
    still = next(r for r in text_runs(plain) if r.text.startswith("证书编号"))
    assert moved.x - still.x == pytest.approx(10, abs=0.05) and moved.y == pytest.approx(still.y, abs=0.05)
    certificates.print_calibration(db, env.edition_id, tmp_path / "cal.pdf")
    assert page_sizes_mm(tmp_path / "cal.pdf") == [(297.0, 210.0)]
    assert "打印室 Canon，偏移 X -0.5 毫米、Y +0.5 毫米" in _texts(tmp_path / "cal.pdf")[0]


def test_nobody_to_print(db, edition, tmp_path):
    with pytest.raises(ConflictError, match="还没有获奖"):
        certificates.print_certificates(db, edition.id, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_a_reissue_after_a_new_confirmation_keeps_the_number_and_registers_the_new_rank(db, env, tmp_path):
    awards.confirm(db, env.edition_id)
    certificates.print_certificates(db, env.edition_id, tmp_path / "first.pdf")
    awards.unlock(db, env.edition_id, "学院D 复核")
    for judge in env.judges.values():  # 学院D now scores full marks from every judge: first place
        for criterion in env.criteria:
            award_scores.set_score(db, judge, env.colleges["学院D"], criterion.id, criterion.max_points)
    awards.confirm(db, env.edition_id)
    out = certificates.print_certificates(db, env.edition_id, tmp_path / "second.pdf")
    assert out.issued == ("学院D",) and out.reissued == ("学院E", "学院A", "学院B")
    rows = certificates.register(db, env.edition_id)
    assert [(r.number_text[-5:], r.college, r.rank, r.reissues, r.current) for r in rows] == [
        ("第001号", "学院E", 2, 1, True), ("第002号", "学院A", 3, 1, True), ("第003号", "学院B", 4, 1, True),
        ("第004号", "学院C", 4, 0, False), ("第005号", "学院D", 1, 0, True)]
    assert "学院E" in _texts(tmp_path / "second.pdf")[1] and "第001号" in _texts(tmp_path / "second.pdf")[1]


def test_printed_through_the_service_each_field_starts_where_the_template_and_the_offset_put_it(db, env, tmp_path):
    # The office's own template (a box moved, right-aligned), 套打 with the stored printer's offset: read back from the
    # PDF, the recipient ends at its box's right edge and the number starts at its box's left edge, both moved.
    template = certificates.update_template(db, env.edition_id, {"fields": [
        {"key": "recipient", "x": 30, "y": 60, "width": 200, "height": 16, "align": "right"}]})
    certificates.set_printer_offset(db, env.edition_id, "教务处 HP", 1.5, -2)
    path = tmp_path / "overlay.pdf"
    certificates.print_certificates(db, env.edition_id, path, mode="overlay")
    runs = text_runs(path)
    fields = {f.key: f for f in template.fields}
    recipient = next(r for r in runs if r.text == "学院E：")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from vocweek_desktop.io.pdf.fonts import bundled_font
    from vocweek_desktop.io.pdf.geometry import MM

    right = recipient.x + stringWidth(recipient.text, bundled_font(), recipient.size) / MM
    assert right == pytest.approx(30 + 200 + 1.5, abs=0.5) and 60 - 2 < recipient.y < 60 + 16 - 2
    number = next(r for r in runs if r.text.startswith("证书编号："))
    assert number.x == pytest.approx(fields["number"].x + 1.5, abs=0.5)
    assert fields["number"].y - 2 < number.y < fields["number"].y + fields["number"].height - 2
    assert not any(r.text == "荣誉证书" for r in runs)  # the title is on the bought paper


def test_an_offset_beyond_the_printers_range_is_refused_naming_it_and_nothing_is_written(db, env, tmp_path):
    path = tmp_path / "far.pdf"
    with pytest.raises(ValidationError, match="偏移 X “80” 毫米超出范围：应在 -50 到 50 毫米之间"):
        certificates.print_certificates(db, env.edition_id, path, offset=(80, 0))
    with pytest.raises(ValidationError, match="偏移 Y “-60” 毫米超出范围"):
        certificates.print_calibration(db, env.edition_id, path, offset=(0, -60))
    with pytest.raises(ValidationError, match="偏移 X “80” 毫米超出范围"):
        certificates.set_printer_offset(db, env.edition_id, "教务处 HP", 80, 0)
    assert not path.exists() and certificates.printers(db, env.edition_id) == {}
