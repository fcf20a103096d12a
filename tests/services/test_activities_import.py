"""附件1 in through the service: preview (nothing written), apply (one transaction), round trips, bad files, paste."""

from __future__ import annotations

import datetime as dt
import os

import openpyxl
import pytest

from tests.services.import_env import add, by_row, counts, live
from tests.xlsx_helpers import (
    ENTITY_BOMB,
    college_workbook,
    make_cfb,
    rewrite_members,
    simple_workbook,
    template_row,
    with_empty_rows,
)
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import NothingToImport, ValidationError, VocWeekError
from vocweek_desktop.io.excel_activities import TEMPLATE_FIELDS
from vocweek_desktop.io.excel_safety import WorkbookError
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services import activities_import as reg
from vocweek_desktop.services import activities_templates as templates
from vocweek_desktop.services import activity_bin, audit, imports
from vocweek_desktop.store.models import RegistrationSubmission

# --- tolerance -----------------------------------------------------------------------------------------------


def test_what_colleges_really_send_is_understood(env, tmp_path):
    rows = [
        template_row(seq="示例", title="示例：技能展示", first_date="5月13日"),
        template_row(seq="１", title="  技能展示  ", category="线下宣传展示活动", first_date="５月１３日",
                     start_time="９：３０", end_time="11:30", expected_students="２００", venue=" 东区广场 "),
        template_row(seq=2, title="校园开放", first_date="2024.5.14", start_time="9点30", end_time="下午3点",
                     expected_students="约200人", expected_teachers="20人", off_campus="校外", form="线上线下",
                     need_power="√", need_media="需要"),
        template_row(seq=3, title="晚会", first_date="2024/5/15", start_time="晚上7点", theme_day="学生"),
        template_row(seq=4, title="签约", first_date="2024年5月16日", category="校企签约",
                     enterprises="四川 某某科技（有限）公司、成都乙厂"),
        template_row(seq=5, title="序列号日期", first_date=45425),
        template_row(seq=6, title="日期单元格", first_date=dt.datetime(2024, 5, 17), start_time=dt.time(14, 0)),
        template_row(seq=7, title="一格写日期和时间", first_date="5月13日 9:30-11:30"),
        template_row(seq=8, title="上午", first_date="5月13日上午"),
        template_row(seq=9, title="三天展览", first_date="5月13日-15日", form="线上"),
        [None] * 10,
        template_row(seq=10),
        [],
    ]
    path = college_workbook(tmp_path / "智能制造.xlsx", rows, header_row=5,
                            above=[["附件1"], ["2024年职教周活动信息表"], ["学院：智能制造学院"], [None]],
                            merges=["A2:W2", "A3:F3"])
    before = counts(env.db)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert counts(env.db) == before  # a preview writes nothing
    assert preview.problems == [] and preview.error_rows == []
    assert preview.college == reg.Organiser("college", env.smart.id, "智能制造学院")
    assert preview.examples == [6]
    values = by_row(preview)
    assert sorted(values) == list(range(7, 16))
    assert values[7]["title"] == "技能展示" and values[7]["venue"] == "东区广场"
    assert values[7]["category"] == "线下宣传展示"
    assert (values[7]["first_date"], values[7]["start_time"], values[7]["end_time"]) == (
        dt.date(2024, 5, 13), dt.time(9, 30), dt.time(11, 30))
    assert values[7]["expected_students"] == 200
    assert (values[8]["first_date"], values[8]["start_time"], values[8]["end_time"]) == (
        dt.date(2024, 5, 14), dt.time(9, 30), dt.time(15, 0))
    assert (values[8]["expected_students"], values[8]["expected_teachers"]) == (200, 20)
    assert values[8]["off_campus"] is True and values[8]["form"] == "线上+线下"
    assert values[8]["need_power"] and values[8]["need_media"] and not values[8]["need_it"]
    assert (values[9]["first_date"], values[9]["start_time"], values[9]["theme_day"]) == (
        dt.date(2024, 5, 15), dt.time(19, 0), "学生日")
    assert values[10]["first_date"] == dt.date(2024, 5, 16) and values[10]["category"] == "校企集中签约"
    assert values[10]["enterprises"] == ["四川某某科技（有限）公司", "成都乙厂"]  # as written, padding space gone
    assert values[11]["first_date"] == dt.date(2024, 5, 13)
    assert (values[12]["first_date"], values[12]["start_time"]) == (dt.date(2024, 5, 17), dt.time(14, 0))
    assert (values[13]["first_date"], values[13]["start_time"], values[13]["end_time"]) == (
        dt.date(2024, 5, 13), dt.time(9, 30), dt.time(11, 30))
    assert (values[14]["start_time"], values[14]["end_time"]) == (dt.time(8, 30), dt.time(12, 0))
    assert (values[15]["first_date"], values[15]["last_date"]) == (dt.date(2024, 5, 13), dt.date(2024, 5, 15))
    assert preview.summary() == "新增 9 行，更新 0 行，未变 0 行"


def test_header_over_two_merged_rows_and_reordered_columns(env, tmp_path):
    top = ["活动名称", "活动时间", None, None, "备注", "预计参与人数", None, None, "负责人"]
    bottom = [None, "日期", "开始", "结束", None, "教师", "学生", "社会公众", None]
    path = college_workbook(tmp_path / "two.xlsx", [bottom, ["校园开放", "5月14日", "9:00", "11:00", "无", 5, "80人",
                                                              "约40人", "李老师"]],
                            header=top, header_row=4, merges=["B4:D4", "F4:H4", "A4:A5", "E4:E5", "I4:I5"])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    (item,) = preview.to_add
    assert item.row == 6
    assert (item.values["first_date"], item.values["start_time"], item.values["end_time"]) == (
        dt.date(2024, 5, 14), dt.time(9), dt.time(11))
    assert (item.values["expected_teachers"], item.values["expected_students"], item.values["expected_public"]) == (
        5, 80, 40)
    assert item.values["person_in_charge"] == "李老师"
    assert any("“备注”" in w for w in preview.warnings)


def test_columns_a_college_adds_are_kept_in_the_notes(env, tmp_path):
    """备注 and 说明 columns go into 活动简介 with their headers as labels, and the preview says so; importing the same
    file again, or a template that already carries those lines, changes nothing."""
    header = ["序号", "活动名称", "活动日期", "活动简介", "备注", "说明"]
    rows = [[1, "技能展示", "5月13日", "现场操作演示", "需要两张桌子", None],
            [2, "校园开放", "5月14日", None, None, "上午场"],
            [3, "无备注", "5月15日", "简介", None, None]]
    path = college_workbook(tmp_path / "extra.xlsx", rows, header=header)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert {item.title: item.values["description"] for item in preview.to_add} == {
        "技能展示": "现场操作演示\n备注：需要两张桌子", "校园开放": "说明：上午场", "无备注": "简介"}
    assert preview.file_warnings == [msg.XLSX_KEPT_COLUMNS.format(columns="“备注”、“说明”")]
    assert not any("已忽略" in warning for warning in preview.warnings)
    imports.apply_import(env.db, preview)
    again = reg.preview_workbook(env.db, env.edition.id, path)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 3)

    # A template prefilled with the stored notes, sent back with the same 备注: the line is not added twice.
    template = templates.write_templates(env.db, env.edition.id, tmp_path / "t.xlsx", college_id=env.smart.id)[0]
    workbook = openpyxl.load_workbook(template)
    sheet = workbook["活动信息表"]
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 2).value == "活动名称")
    last = sheet.max_column + 1
    sheet.cell(header_row, last, "备注")
    for row in range(header_row + 1, sheet.max_row + 1):
        if sheet.cell(row, 2).value == "技能展示":
            sheet.cell(row, last, "需要两张桌子")
    workbook.save(template)
    returned = reg.preview_workbook(env.db, env.edition.id, template)
    assert returned.to_update == [] and len(returned.unchanged) == 3


def test_pasted_rows_keep_unknown_columns_in_the_notes_too(env):
    preview = reg.preview_paste(env.db, env.edition.id, "学院\t活动名称\t活动日期\t备注\r\n"
                                                        "智能制造学院\t技能展示\t5月13日\t自带展板\r\n")
    assert [item.values["description"] for item in preview.to_add] == ["备注：自带展板"]
    assert preview.file_warnings == [msg.XLSX_KEPT_COLUMNS.format(columns="“备注”")]


# --- errors, with their cells ----------------------------------------------------------------------------------


def test_phones_follow_the_forms_rule(env, tmp_path):
    """The import refuses what the 新增活动 form refuses, with the same message, and stores numbers the same way."""
    rows = [template_row(title="无区号", first_date="5月13日", phone="37330110"),
            template_row(title="分组手机", first_date="5月13日", phone="139 8080 1234"),
            template_row(title="数字手机", first_date="5月13日", phone=13980801235),
            template_row(title="座机", first_date="5月13日", phone="028 37330110")]
    preview = reg.preview_workbook(env.db, env.edition.id, college_workbook(tmp_path / "phones.xlsx", rows))
    assert [p.text for p in preview.problems] == [
        "活动信息表!R6：" + msg.BAD_PHONE.format(label="联系电话", value="37330110")]
    with pytest.raises(ValidationError) as refused:
        add(env, phone="37330110")
    assert refused.value.fields["phone"] == preview.problems[0].message
    assert {item.title: item.values["phone"] for item in preview.to_add} == {
        "分组手机": "13980801234", "数字手机": "13980801235", "座机": "028-37330110"}


def test_every_error_is_reported_with_its_cell(env, tmp_path):
    rows = [
        template_row(title="坏日期", first_date="5月32日"),
        template_row(title="坏时间", first_date="5月13日", start_time="25:00"),
        template_row(title="坏人数", first_date="5月13日", expected_students="很多"),
        template_row(title="坏类别", first_date="5月13日", category="文艺汇演"),
        template_row(title="坏需求", first_date="5月13日", need_power="也许"),
        template_row(title="时间颠倒", first_date="5月13日", start_time="11:00", end_time="10:00"),
        template_row(title="日期颠倒", first_date="5月15日", last_date="5月13日"),
        template_row(category="线下宣传展示", first_date="5月13日", venue="广场"),
        template_row(title="坏电话", first_date="5月13日", phone="12345"),
        template_row(title="没日期", venue="广场"),
        template_row(title="好的", first_date="5月13日"),
    ]
    path = college_workbook(tmp_path / "errors.xlsx", rows)
    before = counts(env.db)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [p.text for p in preview.problems] == [
        "活动信息表!E6：日期“5月32日”无效",
        "活动信息表!G7：时间“25:00”无效",
        "活动信息表!N8：人数“很多”不是整数，请填写具体数字（如 200）",
        "活动信息表!C9：" + msg.BAD_CHOICE.format(label="活动类别", value="文艺汇演", choices="、".join(
            ("线下宣传展示", "数字化展览", "特色主题活动", "社会服务", "优秀校友寻访", "校友返校及工匠进校园",
             "校企集中签约", "校园开放", "校园招聘会", "其他"))),
        "活动信息表!S10：“也许”应填 是 或 否",
        "活动信息表!H11：结束时间（10:00）应晚于开始时间（11:00）",
        "活动信息表!F12：结束日期（2024-05-13）不能早于活动日期（2024-05-15）",
        "活动信息表!B13：活动名称不能为空",
        "活动信息表!R14：" + msg.BAD_PHONE.format(label="联系电话", value="12345"),
        "活动信息表!E15：活动日期不能为空",
    ]
    assert [e.row for e in preview.error_rows] == list(range(6, 16))
    assert [item.row for item in preview.to_add] == [16]
    with pytest.raises(ValidationError) as caught:
        imports.apply_import(env.db, preview)
    assert str(caught.value) == "有 10 行存在错误，未导入任何内容。请改正后重新导入，或选择“跳过错误行”只导入正确的行。"
    assert counts(env.db) == before

    result = imports.apply_import(env.db, preview, skip_error_rows=True)
    assert (result.added, result.skipped) == (1, 10)
    assert [a.title for a in live(env.db)] == ["好的"]

    skipped = imports.export_error_rows(preview, tmp_path / "退回.xlsx")
    ws = openpyxl.load_workbook(skipped).active
    assert [c.value for c in ws[1]][:4] == ["原行号", "问题", "序号", "活动名称"]
    assert [ws.cell(r, 1).value for r in range(2, 12)] == list(range(6, 16))
    assert ws["B2"].value == "E6：日期“5月32日”无效" and ws["D2"].value == "坏日期" and ws["G2"].value == "5月32日"


def test_unknown_college_named_in_the_title_blocks_every_row(env, tmp_path):
    path = college_workbook(tmp_path / "x.xlsx", [template_row(title="a", first_date="5月13日")],
                            above=[["附件1"], ["2024年职教周活动信息表"], ["学院：不存在学院"]])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [p.text for p in preview.problems] == ["活动信息表!A3：学院“不存在学院”不在本年度的学院名单中"]
    assert len(preview.error_rows) == 1 and not preview.to_add
    assert imports.apply_import(env.db, preview, skip_error_rows=True).added == 0
    assert counts(env.db)["activities"] == 0


def test_no_college_anywhere(env, tmp_path):
    path = college_workbook(tmp_path / "y.xlsx", [template_row(title="a", first_date="5月13日")],
                            above=[["2024年职教周活动信息表"]], header_row=2)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [p.text for p in preview.problems] == ["活动信息表：" + msg.IMPORT_NO_COLLEGE]
    preview = reg.preview_workbook(env.db, env.edition.id, path, college_id=env.auto.id)
    assert preview.problems == [] and preview.to_add[0].organiser.name == "汽车工程学院"


def test_college_column_with_an_unknown_name(env, tmp_path):
    path = college_workbook(tmp_path / "z.xlsx", [["智造", "a", "5月13日"], ["外星学院", "b", "5月13日"],
                                                   ["汽车工程学院", "c", "5月14日"]],
                            header=["学院", "活动名称", "活动日期"], header_row=1, above=[])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [p.text for p in preview.problems] == ["活动信息表!A3：学院“外星学院”不在本年度的学院名单中"]
    assert [(i.row, i.organiser.name) for i in preview.to_add] == [(2, "智能制造学院"), (4, "汽车工程学院")]
    assert preview.college is None


def test_missing_date_column_is_a_file_problem(env, tmp_path):
    path = college_workbook(tmp_path / "nodate.xlsx", [["a", "广场"]], header=["活动名称", "活动地点"])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert preview.problems[0].message == msg.XLSX_NO_COLUMN.format(row=5, label="活动日期")
    assert preview.has_errors


# --- the round trip --------------------------------------------------------------------------------------------


def fill_template(path, rows: list[dict], start: int = 7) -> None:
    workbook = openpyxl.load_workbook(path)
    ws = workbook["活动信息表"]
    for offset, values in enumerate(rows):
        for key, value in values.items():
            ws.cell(row=start + offset, column=TEMPLATE_FIELDS.index(key) + 1, value=value)
    workbook.save(path)


FILLED = [
    {"title": "智能制造成果展", "category": "线下宣传展示", "theme_day": "学院日", "first_date": dt.datetime(2024, 5, 13),
     "last_date": dt.datetime(2024, 5, 15), "start_time": dt.time(9, 30), "end_time": dt.time(17, 0),
     "venue": "东区科技广场", "off_campus": "校内", "form": "线下", "audience": "校内师生、社会公众",
     "expected_teachers": 10, "expected_students": 300, "expected_public": 50,
     "enterprises": "成都甲科技有限公司、四川乙集团", "person_in_charge": "王老师", "phone": "13800138000",
     "need_power": "是", "need_it": "否", "need_security": "是", "need_media": "是", "description": "展示成果"},
    {"title": "社区家电义修", "category": "社会服务", "theme_day": "学生日", "first_date": dt.datetime(2024, 5, 16),
     "start_time": dt.time(14, 0), "end_time": dt.time(17, 30), "venue": "龙泉社区", "off_campus": "校外",
     "form": "线下", "expected_students": 20, "person_in_charge": "李老师", "phone": "028-37330101",
     "need_power": "否", "need_it": "否", "need_security": "是", "need_media": "否"},
]


def test_template_fill_import_equals_what_was_filled(env, tmp_path):
    (path,) = templates.write_templates(env.db, env.edition.id, tmp_path / "t.xlsx", college_id=env.smart.id)
    fill_template(path, FILLED)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert preview.problems == [] and len(preview.to_add) == 2 and preview.examples == [6]
    result = imports.apply_import(env.db, preview)
    assert (result.added, result.updated) == (2, 0)
    first, second = (activity_service.get_activity(env.db, a.id) for a in live(env.db))
    assert first.organiser == "智能制造学院"
    expected = dict(FILLED[0], first_date=dt.date(2024, 5, 13), last_date=dt.date(2024, 5, 15), off_campus=False,
                    need_power=True, need_it=False, need_security=True, need_media=True,
                    enterprises=["成都甲科技有限公司", "四川乙集团"])
    assert {k: first.values[k] for k in expected} == expected
    assert second.values["off_campus"] is True and second.values["last_date"] == dt.date(2024, 5, 16)
    assert first.values["source_kind"] == "import" and first.values["source_row"] == 7
    assert first.values["source_file"] == "t.xlsx" and first.values["source_sheet"] == "活动信息表"


def test_reimport_updates_the_same_rows_by_row_id(env, tmp_path):
    (path,) = templates.write_templates(env.db, env.edition.id, tmp_path / "t.xlsx", college_id=env.smart.id)
    fill_template(path, FILLED)
    imports.apply_import(env.db, reg.preview_workbook(env.db, env.edition.id, path))
    ids = [a.id for a in live(env.db)]
    # the office sends the prefilled template back; the college corrects a title and a date
    (again,) = templates.write_templates(env.db, env.edition.id, tmp_path / "t2.xlsx", college_id=env.smart.id)
    ws = openpyxl.load_workbook(again)["活动信息表"]
    assert ws["X7"].value and ws["B7"].value == "智能制造成果展"
    fill_template(again, [{"title": "智能制造成果展（修订）"}, {"first_date": "5月17日"}])
    preview = reg.preview_workbook(env.db, env.edition.id, again)
    assert [(i.row, i.changes) for i in preview.to_update] == [
        (7, {"title": ("智能制造成果展", "智能制造成果展（修订）")}),
        (8, {"first_date": (dt.date(2024, 5, 16), dt.date(2024, 5, 17)),
             "last_date": (dt.date(2024, 5, 16), dt.date(2024, 5, 17))}),
    ]
    assert not preview.to_add and not preview.missing
    imports.apply_import(env.db, preview)
    rows = live(env.db)
    assert [a.id for a in rows] == ids  # same rows, no duplicates
    assert [a.title for a in rows] == ["智能制造成果展（修订）", "社区家电义修"]
    assert rows[1].first_date == rows[1].last_date == dt.date(2024, 5, 17)
    # importing the very same file again changes nothing
    preview = reg.preview_workbook(env.db, env.edition.id, again)
    assert (len(preview.to_add), len(preview.to_update), len(preview.unchanged)) == (0, 0, 2)


def test_reimport_without_row_ids_matches_title_and_date(env, tmp_path):
    rows = [template_row(title="技能 展示", first_date="5月13日", venue="A"),
            template_row(title="校园开放", first_date="5月14日")]
    path = college_workbook(tmp_path / "own.xlsx", rows)
    imports.apply_import(env.db, reg.preview_workbook(env.db, env.edition.id, path))
    changed = college_workbook(tmp_path / "own2.xlsx", [template_row(title="技能展示", first_date="2024-05-13",
                                                                     venue="B"), rows[1]])
    preview = reg.preview_workbook(env.db, env.edition.id, changed)
    assert [(i.row, i.changes) for i in preview.to_update] == [(6, {"venue": ("A", "B"), "title": ("技能 展示", "技能展示")})]
    assert len(preview.unchanged) == 1 and not preview.to_add
    imports.apply_import(env.db, preview)
    assert counts(env.db)["activities"] == 2


def test_a_dropped_row_is_offered_for_deletion_and_deleted_only_when_chosen(env, tmp_path):
    kept = add(env, title="保留的活动")
    dropped = add(env, title="被删掉的活动", first_date=dt.date(2024, 5, 14))
    other = add(env, title="别的学院的活动", college_id=env.auto.id)
    (path,) = templates.write_templates(env.db, env.edition.id, tmp_path / "t.xlsx", college_id=env.smart.id)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["活动信息表"]
    assert [ws.cell(r, 2).value for r in (7, 8)] == ["保留的活动", "被删掉的活动"]
    ws.delete_rows(8)
    workbook.save(path)

    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [(m.title, m.row_uid, m.organiser) for m in preview.missing] == [
        ("被删掉的活动", dropped.row_uid, "智能制造学院")]
    imports.apply_import(env.db, preview)
    assert {a.title for a in live(env.db)} == {"保留的活动", "被删掉的活动", "别的学院的活动"}

    preview = reg.preview_workbook(env.db, env.edition.id, path)
    result = imports.apply_import(env.db, preview, delete_uids=[dropped.row_uid, other.row_uid, kept.row_uid])
    assert result.deleted == 1  # only a row the preview listed as missing
    assert {a.title for a in live(env.db)} == {"保留的活动", "别的学院的活动"}
    binned = activity_service.get_activity(env.db, dropped.id)
    assert binned.values["deleted_at"] is not None  # in the recycle bin, restorable
    assert activity_bin.restore_activities(env.db, [dropped.id]) == 1


def test_a_row_whose_activity_is_in_the_recycle_bin_comes_back(env, tmp_path):
    activity = add(env, title="回收站里的")
    (path,) = templates.write_templates(env.db, env.edition.id, tmp_path / "t.xlsx", college_id=env.smart.id)
    activity_bin.delete_activities(env.db, [activity.id])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [(i.activity_id, i.restore) for i in preview.to_update] == [(activity.id, True)]
    assert any(msg.IMPORT_RESTORED in w for w in preview.warnings)
    result = imports.apply_import(env.db, preview)
    assert result.restored == 1 and [a.id for a in live(env.db)] == [activity.id]


def test_copied_row_with_the_same_hidden_id_becomes_a_new_activity(env, tmp_path):
    activity = add(env, title="原活动")
    (path,) = templates.write_templates(env.db, env.edition.id, tmp_path / "t.xlsx", college_id=env.smart.id)
    fill_template(path, [{"title": "复制出来的新活动", "first_date": "5月15日", "row_uid": activity.row_uid}], start=8)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [i.row for i in preview.unchanged] == [7] and [i.row for i in preview.to_add] == [8]
    assert any("行ID与第 7 行相同" in w for w in preview.warnings)
    imports.apply_import(env.db, preview)
    rows = live(env.db)
    assert len(rows) == 2 and len({a.row_uid for a in rows}) == 2


def test_enterprises_are_counted_once_across_colleges(env, tmp_path):
    a = college_workbook(tmp_path / "a.xlsx", [template_row(title="签约", first_date="5月13日",
                                                             enterprises="四川 某某科技（有限）公司")])
    b = college_workbook(tmp_path / "b.xlsx", [template_row(title="招聘", first_date="5月14日",
                                                             enterprises="四川某某科技(有限)公司，成都乙厂")],
                         above=[["学院：汽车工程学院"]], header_row=2)
    for path in (a, b):
        imports.apply_import(env.db, reg.preview_workbook(env.db, env.edition.id, path))
    assert counts(env.db)["enterprises"] == 2 and counts(env.db)["links"] == 3


# --- warnings, received time, provenance ------------------------------------------------------------------------


def test_another_college_or_year_is_flagged(env, tmp_path):
    path = college_workbook(tmp_path / "w.xlsx", [template_row(title="a", first_date="5月13日")],
                            above=[["2023年职教周活动信息表"], ["学院：汽车工程学院"]], header_row=3)
    preview = reg.preview_workbook(env.db, env.edition.id, path, college_id=env.smart.id)
    assert msg.IMPORT_OTHER_COLLEGE.format(named="汽车工程学院", selected="智能制造学院") in preview.warnings
    assert msg.IMPORT_OTHER_YEAR.format(named=2023, year=2024) in preview.warnings
    assert preview.to_add[0].organiser.name == "智能制造学院"


def test_a_date_outside_the_week_is_allowed_but_flagged(env, tmp_path):
    path = college_workbook(tmp_path / "o.xlsx", [template_row(title="提前的活动", first_date="5月8日")])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert len(preview.to_add) == 1
    assert preview.warnings == ["活动信息表!E6：" + msg.IMPORT_OUTSIDE_WEEK.format(
        first=dt.date(2024, 5, 8), last="", start=dt.date(2024, 5, 12), end=dt.date(2024, 5, 18))]


def test_received_time_defaults_to_the_file_time_and_is_stored(env, tmp_path):
    path = college_workbook(tmp_path / "r.xlsx", [template_row(title="a", first_date="5月13日")])
    received = dt.datetime(2024, 5, 10, 17, 30)
    os.utime(path, (received.timestamp(), received.timestamp()))
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert preview.received_at == received
    result = imports.apply_import(env.db, preview)
    (activity,) = live(env.db)
    assert activity.received_at == received
    with env.db.transaction() as session:
        submission = session.get(RegistrationSubmission, result.submission_ids[0])
        assert (submission.college_id, submission.file_name, submission.received_at, submission.rows_added) == (
            env.smart.id, "r.xlsx", received, 1)
    edited = dt.datetime(2024, 5, 11, 9, 0)  # the user corrects the time in the preview
    fill_template(path, [{"venue": "新地点"}], start=6)
    result = imports.apply_import(env.db, reg.preview_workbook(env.db, env.edition.id, path), received_at=edited)
    assert live(env.db)[0].received_at == edited
    with env.db.transaction() as session:
        assert session.get(RegistrationSubmission, result.submission_ids[0]).received_at == edited


# --- one transaction, cancel, stale previews -----------------------------------------------------------------


def test_a_failure_half_way_leaves_the_database_unchanged(env, tmp_path, monkeypatch):
    add(env, title="已有活动")
    path = college_workbook(tmp_path / "f.xlsx", [template_row(title="新活动", first_date="5月13日", enterprises="甲公司"),
                                                   template_row(title="已有活动", first_date="5月13日", venue="改")])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    before = counts(env.db)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(reg, "_links", boom)  # after the rows were inserted and the enterprise created
    with pytest.raises(RuntimeError):
        imports.apply_import(env.db, preview)
    assert counts(env.db) == before
    assert [a.venue for a in live(env.db)] == [""]


def test_cancel_during_preview_writes_nothing(env, tmp_path):
    path = college_workbook(tmp_path / "c.xlsx", [template_row(title=f"活动{i}", first_date="5月13日")
                                                   for i in range(700)])
    before = counts(env.db)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(imports.ImportCancelled) as caught:
        reg.preview_workbook(env.db, env.edition.id, path, cancelled=cancelled)
    assert str(caught.value) == msg.IMPORT_CANCELLED
    assert counts(env.db) == before
    progress = []
    reg.preview_workbook(env.db, env.edition.id, path, progress=lambda d, t: progress.append((d, t)))
    assert progress[-1][0] == progress[-1][1]
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_a_stale_preview_is_matched_again_and_never_duplicates(env, tmp_path):
    path = college_workbook(tmp_path / "s.xlsx", [template_row(title="技能展示", first_date="5月13日")])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert len(preview.to_add) == 1
    add(env, title="技能展示")  # someone typed it in meanwhile
    result = imports.apply_import(env.db, preview)
    assert result.added == 0
    assert counts(env.db)["activities"] == 1


def test_applying_the_same_preview_twice_does_not_duplicate(env, tmp_path):
    path = college_workbook(tmp_path / "twice.xlsx", [template_row(title="技能展示", first_date="5月13日")])
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    imports.apply_import(env.db, preview)
    imports.apply_import(env.db, preview)
    assert counts(env.db)["activities"] == 1


# --- bad files -----------------------------------------------------------------------------------------------


def _bad_files(tmp_path):
    good = college_workbook(tmp_path / "good.xlsx", [template_row(title="a", first_date="5月13日")])
    text = tmp_path / "文本.xlsx"
    text.write_bytes(b"just some text, not a workbook")
    corrupt = tmp_path / "损坏.xlsx"
    corrupt.write_bytes(good.read_bytes()[:900])
    return {
        "文本.xlsx": (text, "不是 Excel 工作簿"),
        "旧版.xls": (make_cfb(tmp_path / "旧版.xls", ["Workbook"]), "旧版 Excel 格式（.xls）"),
        "加密.xlsx": (make_cfb(tmp_path / "加密.xlsx", ["EncryptionInfo", "EncryptedPackage"]), "设置了打开密码"),
        "损坏.xlsx": (corrupt, "已损坏或不完整"),
        "炸弹.xlsx": (rewrite_members(good, tmp_path / "炸弹.xlsx", {}, add={"xl/media/x.bin": b"\0" * 8 * 2**20}),
                    "疑似压缩炸弹"),
        "实体.xlsx": (rewrite_members(good, tmp_path / "实体.xlsx", {"xl/worksheets/sheet1.xml": ENTITY_BOMB.encode()}),
                    "疑似 XML 炸弹"),
        "空表.xlsx": (simple_workbook(tmp_path / "空表.xlsx", [["姓名"]]), "没有找到活动信息表的表头"),
    }


def test_bad_files_are_refused_and_nothing_changes(env, tmp_path):
    add(env)
    before = counts(env.db)
    for name, (path, expected) in _bad_files(tmp_path).items():
        with pytest.raises(WorkbookError) as caught:
            reg.preview_workbook(env.db, env.edition.id, path)
        assert f"“{name}”" in str(caught.value) and expected in str(caught.value), name
    assert counts(env.db) == before


def test_million_empty_formatted_rows_are_read_quickly_with_a_note(env, tmp_path):
    source = college_workbook(tmp_path / "src.xlsx", [template_row(title="技能展示", first_date="5月13日")])
    path = with_empty_rows(source, tmp_path / "百万空行.xlsx", 1_000_000, after=6)
    before = counts(env.db)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [i.row for i in preview.to_add] == [6]
    assert msg.XLSX_BLANK_RUN.format(sheet="活动信息表", row=6, count=1000) in preview.warnings
    assert counts(env.db) == before


# --- pasted rows ------------------------------------------------------------------------------------------------


def test_paste_with_a_header_row_in_the_text(env):
    rows = [["活动名称", "活动日期", "活动地点"], ["技能展示", "5月13日", "广场"], ["", "", ""], ["坏", "5月40日", ""]]
    preview = reg.preview_rows(env.db, env.edition.id, rows, college_id=env.smart.id)
    assert [i.row for i in preview.to_add] == [2]
    assert [p.text for p in preview.problems] == ["B4：日期“5月40日”无效"]
    assert preview.missing == []  # a paste never offers deletions
    result = imports.apply_import(env.db, preview, skip_error_rows=True)
    (activity,) = live(env.db)
    assert result.added == 1 and activity.source_kind == "paste" and activity.source_file == "剪贴板"
    assert activity.received_at is None


def test_paste_without_header_uses_the_template_order(env):
    rows = [template_row(seq=1, title="技能展示", first_date="5月13日", venue="广场")]
    preview = reg.preview_rows(env.db, env.edition.id, rows, college_id=env.smart.id)
    assert preview.to_add[0].values["venue"] == "广场"


def test_paste_with_an_organiser_column_and_a_given_header(env):
    header = ["组织单位", "活动名称", "活动日期"]
    rows = [["汽车工程学院", "试驾", "5月14日"], ["学生处、团委", "志愿服务", "5月15日"]]
    preview = reg.preview_rows(env.db, env.edition.id, rows, header=header)
    assert [(i.organiser.kind, i.organiser.name) for i in preview.to_add] == [
        ("college", "汽车工程学院"), ("department", "学生处、团委")]
    imports.apply_import(env.db, preview)
    assert {a.department_id is not None for a in live(env.db)} == {True, False}


def test_paste_text_copied_from_excel_or_from_the_table(env):
    for text, message in (("\r\n\t\r\n", msg.PASTE_EMPTY), ("活动名称\t活动日期\r\n", msg.PASTE_ONLY_HEADER)):
        with pytest.raises(NothingToImport) as caught:
            reg.preview_paste(env.db, env.edition.id, text)
        assert str(caught.value) == message
    # The table's own headers (组织单位, 预计学生, 用电) mean what they mean there.
    preview = reg.preview_paste(env.db, env.edition.id, "组织单位\t活动名称\t活动日期\t预计学生\t用电\r\n"
                                                        "智造\t技能展示\t5月13日\t约200人\t是\r\n")
    (item,) = preview.to_add
    assert (item.organiser.name, item.values["expected_students"], item.values["need_power"]) == (
        "智能制造学院", 200, True)
    assert preview.source_kind == "paste" and preview.source_name == "剪贴板" and preview.received_at is None
    # Without a header: the table's column order (组织单位, 活动名称, 活动类别, 主题日, 活动日期, …).
    preview = reg.preview_paste(env.db, env.edition.id, "汽车工程学院\t试驾\t社会服务\t企业日\t2024-05-16\r\n")
    assert [(i.organiser.name, i.title, i.values["category"]) for i in preview.to_add] == [
        ("汽车工程学院", "试驾", "社会服务")]
    # Problems name the lines as pasted (the header is line 1).
    preview = reg.preview_paste(env.db, env.edition.id, "活动名称\t活动日期\r\n好\t5月13日\r\n坏\t5月32日\r\n",
                                college_id=env.auto.id)
    assert [p.text for p in preview.problems] == ["B3：日期“5月32日”无效"] and preview.college.name == "汽车工程学院"


def test_an_import_is_recorded_in_the_audit_trail(env, tmp_path):
    kept = add(env, title="保留的活动")
    dropped = add(env, title="被删掉的活动", first_date=dt.date(2024, 5, 14))
    (path,) = templates.write_templates(env.db, env.edition.id, tmp_path / "t.xlsx", college_id=env.smart.id)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["活动信息表"]
    ws["I7"] = "新地点"
    ws.delete_rows(8)
    ws["B8"], ws["E8"] = "新活动", "5月15日"
    workbook.save(path)
    earlier = {e.id for e in audit.events(env.db, env.edition.id)}

    result = imports.apply_import(env.db, reg.preview_workbook(env.db, env.edition.id, path),
                                  delete_uids=[dropped.row_uid])

    events = [e for e in reversed(audit.events(env.db, env.edition.id)) if e.id not in earlier]
    new = next(a for a in live(env.db) if a.title == "新活动")
    assert [(e.entity, e.action, e.entity_id, e.summary) for e in events] == [
        ("activity", "import", None, f"t.xlsx：{result.summary()}"),
        ("activity", "create", new.id, "新活动"),
        ("activity", "update", kept.id, "保留的活动"),
        ("activity", "delete", dropped.id, "智能制造学院 2024-05-14 被删掉的活动"),
    ]
    assert result.summary() == "新增 1 行，更新 1 行，未变 0 行，删除（移入回收站） 1 行"
    assert (events[2].before, events[2].after) == ({"venue": ""}, {"venue": "新地点"})
    assert events[1].after["first_date"] == "2024-05-15" and events[3].before["title"] == "被删掉的活动"
    assert {e.operator for e in events} == {env.db.operator}
    assert events[0].after == {"source": "import", "file": "t.xlsx", "sheet": "活动信息表", "added": 1, "updated": 1,
                               "deleted": 1, "skipped": 0}


# --- several files, one transaction ---------------------------------------------------------------------------


def test_several_files_are_written_in_one_transaction(env, tmp_path):
    """A failure in the third file leaves the first two unwritten too; the same batch goes in whole afterwards."""
    from vocweek_desktop.services import colleges as college_service

    third = college_service.add_college(env.db, env.edition.id, {"name": "信息工程学院"})
    files = [college_workbook(tmp_path / f"{name}.xlsx", [template_row(title=f"{name}活动", first_date="5月13日")],
                              above=[["附件1"], ["2024年职教周活动信息表"], [f"学院：{name}"]])
             for name in ("智能制造学院", "汽车工程学院", "信息工程学院")]
    previews = [reg.preview_workbook(env.db, env.edition.id, path, received_at=dt.datetime(2024, 5, 9, 10))
                for path in files]
    before = counts(env.db)
    real_write = reg.ActivityForm.write
    calls = []

    def failing_third(self, session, preview, plan):
        calls.append(preview.source_name)
        if len(calls) == 3:
            raise imports.IntegrityError("INSERT", {}, Exception("FOREIGN KEY constraint failed"))
        return real_write(self, session, preview, plan)

    reg.ActivityForm.write = failing_third
    try:
        with pytest.raises(VocWeekError) as failed:
            imports.apply_imports(env.db, [imports.ImportChoice(p) for p in previews])
    finally:
        reg.ActivityForm.write = real_write
    assert calls == [path.name for path in files]
    assert counts(env.db) == before  # not even the first two files' rows or submissions
    assert "信息工程学院.xlsx" in str(failed.value) and "3 个文件都没有导入" in str(failed.value)
    assert audit.events(env.db, env.edition.id, entity="activity") == []

    results = imports.apply_imports(env.db, [imports.ImportChoice(p) for p in previews])
    assert [r.added for r in results] == [1, 1, 1]
    assert sorted(a.title for a in live(env.db)) == ["信息工程学院活动", "智能制造学院活动", "汽车工程学院活动"]
    assert counts(env.db)["submissions"] == 3 and third.id
