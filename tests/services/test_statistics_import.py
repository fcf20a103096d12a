"""附件2 情况统计表: the template per college, and the round trip with what actually happened — held, moved,
cancelled, not reported, added after registration — plus the college's participation and every kind of bad input."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.services.audit_events import event_count
from tests.xlsx_print import smallest_printed_text
from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.services import activities, colleges, imports, statistics_import, statistics_templates
from vocweek_desktop.services import submissions as submission_service
from vocweek_desktop.store.models import Activity, CollegeParticipation, Submission

DAY = dt.date(2024, 5, 13)


@pytest.fixture
def stats_env(db, edition):
    """智能制造学院 (86 teachers, 2350 students) with four registered activities; 汽车工程学院 with one."""
    smart = colleges.add_college(db, edition.id, {"name": "智能制造学院", "short_name": "智造", "teacher_count": 86,
                                                  "student_count": 2350})
    auto = colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    made = {}
    for title, day, category, enterprises in (("数控加工技能展示", 13, "线下宣传展示", "甲机床厂"),
                                              ("实训室开放日", 14, "校园开放", ""),
                                              ("校企签约仪式", 15, "校企集中签约", "乙科技公司"),
                                              ("工匠进校园讲座", 16, "校友返校及工匠进校园", "")):
        made[title] = activities.add_activity(db, edition.id, {
            "college_id": smart.id, "title": title, "category": category, "first_date": dt.date(2024, 5, day),
            "enterprises": enterprises})
    other = activities.add_activity(db, edition.id, {"college_id": auto.id, "title": "汽车维修进社区",
                                                     "first_date": dt.date(2024, 5, 15)})
    return SimpleNamespace(db=db, edition=edition, smart=smart, auto=auto, made=made, other=other)


def template(env, tmp_path):
    [path] = statistics_templates.write_templates(env.db, env.edition.id, tmp_path / "附件2.xlsx",
                                                  college_id=env.smart.id)
    return path


def rows_by_title(ws) -> dict[str, int]:
    return {ws.cell(row=r, column=2).value: r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value}


def fill(path, target, changes: dict[str, dict[str, object]], *, new_rows=(), totals=None, title=None):
    """Write ``changes`` (activity title → column letter → value) into the 附件2 at ``path``, save as ``target``."""
    workbook = load_workbook(path)
    ws = workbook["活动情况"]
    where = rows_by_title(ws)
    for name, cells in changes.items():
        for letter, value in cells.items():
            ws[f"{letter}{where[name]}"] = value
    row = ws.max_row + 1
    for cells in new_rows:
        for letter, value in cells.items():
            ws[f"{letter}{row}"] = value
        row += 1
    if title is not None:
        ws["A3"] = title
    for letter, value in (totals or {}).items():
        workbook["学院汇总"][f"{letter}4"] = value
    workbook.save(target)
    return target


def test_the_template_prefills_each_registered_activity_with_its_hidden_row_id(stats_env, tmp_path):
    env = stats_env
    path = template(env, tmp_path)
    workbook = load_workbook(path)
    assert [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"] == ["活动情况", "学院汇总"]
    ws = workbook["活动情况"]
    assert ws["A1"].value == "附件2" and ws["A2"].value == "2024年职业教育活动周情况统计表"
    assert ws["A3"].value == "学院：智能制造学院"
    assert "填写说明" in ws["A4"].value and "请于5月23日前报教务处" in ws["A4"].value
    assert [c.value for c in ws[5]] == ["序号", "活动名称", "活动类别", "计划日期", "实际举办", "实际日期",
                                        "参与教师(人次)", "参与学生(人次)", "社会公众(人次)", "参与企业",
                                        "媒体报道(篇)", "备注", "行ID"]
    assert ws.column_dimensions["M"].hidden
    assert ws["M6"].value == "示例"  # the example row, left out on import
    prefilled = [(ws[f"B{r}"].value, ws[f"D{r}"].value.date(), ws[f"M{r}"].value) for r in range(7, 11)]
    assert prefilled == [(title, record.values["first_date"], record.row_uid) for title, record in env.made.items()]
    assert ws["B11"].value is None  # room for activities added after registration
    validations = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    assert any(ref.startswith("E6") and "下拉选项" in formula for ref, formula in validations.items())
    totals = workbook["学院汇总"]
    assert [c.value for c in totals[3]] == ["学院", "教师总数", "学生总数", "参与教师人数", "参与学生人数"]
    assert [c.value for c in totals[4]] == ["智能制造学院", 86, 2350, None, None]
    size, cell = smallest_printed_text(ws, rows=range(5, 11))
    assert size >= 9, f"{cell} prints at {size:.1f} pt"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4


def test_round_trip_with_planned_versus_held(stats_env, tmp_path):
    env = stats_env
    db = env.db
    filled = fill(template(env, tmp_path), tmp_path / "智能制造学院-附件2.xlsx", {
        "数控加工技能展示": {"E": "是", "G": 12, "H": "约260人", "I": 80, "J": "甲机床厂、丙模具公司", "K": 2,
                       "L": "效果很好"},
        "实训室开放日": {"E": "改期", "F": "5月17日", "G": 6, "H": 120},
        "校企签约仪式": {"E": "否", "L": "企业行程调整"},
        # 工匠进校园讲座: left as prefilled (not reported)
    }, new_rows=[{"B": "无人机表演", "C": "线下宣传展示", "F": "2024-05-18", "H": 300, "I": 150}],
        totals={"D": 40, "E": 700})

    preview = statistics_import.preview_workbook(db, env.edition.id, filled,
                                                 received_at=dt.datetime(2024, 5, 22, 16, 0))
    assert not preview.problems
    assert preview.college.name == "智能制造学院"  # from 学院：… in the title rows
    outcomes = {item.title: item.outcome for item in [*preview.to_add, *preview.to_update, *preview.unchanged]}
    assert outcomes == {"数控加工技能展示": "如期举办", "实训室开放日": "改期", "校企签约仪式": "取消",
                        "工匠进校园讲座": "未填写", "无人机表演": "新增"}
    assert preview.file_warnings[0] == "计划 4 项：如期举办 1 项，改期 1 项，取消 1 项，未填写 1 项；报名后新增 1 项"
    assert preview.file_warnings[1].startswith("以下 1 项已报名的活动在统计表中没有填写，导入后仍为“计划”：5月16日（周四） 工匠进校园讲座")
    assert "活动情况!F8：改期：计划 5月14日（周二），实际 5月17日（周五）" in preview.row_notes
    assert preview.summary() == "新增活动 1 项，更新 3 项，未变 1 项"

    result = imports.apply_import(db, preview)
    assert (result.added, result.updated, result.unchanged) == (1, 3, 1)
    with db.transaction() as session:
        got = {a.title: a for a in session.scalars(select(Activity).where(Activity.college_id == env.smart.id))}
        held, moved, cancelled, silent, new = (got[t] for t in ("数控加工技能展示", "实训室开放日", "校企签约仪式",
                                                                "工匠进校园讲座", "无人机表演"))
        assert (held.status, held.actual_teachers, held.actual_students, held.actual_public, held.media_reports) == (
            "已举办", 12, 260, 80, 2)
        assert held.actual_enterprises == "甲机床厂、丙模具公司" and held.actual_notes == "效果很好"
        assert (held.actual_first_date, held.expected_students) == (DAY, None)  # planned figures untouched
        assert held.reported_at == dt.datetime(2024, 5, 22, 16, 0)
        assert (moved.status, moved.first_date, moved.actual_first_date) == ("已举办", dt.date(2024, 5, 14),
                                                                             dt.date(2024, 5, 17))
        assert (cancelled.status, cancelled.actual_first_date, cancelled.actual_notes) == ("取消", None, "企业行程调整")
        assert (silent.status, silent.reported_at) == ("计划", None)
        assert (new.added_after, new.status, new.category, new.first_date, new.actual_public) == (
            True, "已举办", "线下宣传展示", dt.date(2024, 5, 18), 150)
        part = session.scalars(select(CollegeParticipation)).one()
        assert (part.teacher_total, part.student_total, part.teachers_participating,
                part.students_participating) == (86, 2350, 40, 700)
        kept = session.scalars(select(Submission)).one()
        assert (kept.kind, kept.source, kept.received_at) == (kinds.STATISTICS, "import",
                                                              dt.datetime(2024, 5, 22, 16, 0))
    assert submission_service.submission_path(db, kept.id).read_bytes() == filled.read_bytes()
    # The activity the 附件2 added sorts among the others in 活动报名, by pinyin (无 after 数 and 实, before 校).
    rows = activities.fetch_activities(db, env.edition.id, activities.ActivityFilter(organiser=("college", env.smart.id)),
                                       sort_key="title")
    assert [row.values[activities.COLUMN_KEYS.index("title")] for row in rows] == ["工匠进校园讲座", "实训室开放日", "数控加工技能展示", "无人机表演",
                                                "校企签约仪式"]

    # The same file again: nothing changes, and it is not kept twice.
    again = statistics_import.preview_workbook(db, env.edition.id, filled)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 5)
    assert again.file_warnings[0] == "计划 4 项：如期举办 1 项，改期 1 项，取消 1 项，未填写 1 项；报名后新增 1 项"
    imports.apply_import(db, again)
    with db.transaction() as session:
        assert session.scalar(select(func.count(Submission.id))) == 1
        assert session.scalar(select(func.count(Activity.id))) == 6

    # A template written now carries what was reported.
    ws = load_workbook(template(env, tmp_path))["活动情况"]
    where = rows_by_title(ws)
    assert [ws[f"{c}{where['实训室开放日']}"].value for c in "EFG"] == ["改期", dt.datetime(2024, 5, 17), 6]
    assert ws[f"E{where['校企签约仪式']}"].value == "否"
    assert ws[f"E{where['无人机表演']}"].value == "是"


@pytest.mark.parametrize(("cells", "cell", "message"), [
    ({"G": -3}, "G7", "参与教师人次“-3”不能为负数"),
    ({"H": "很多"}, "H7", "参与学生人次“很多”不是整数，请填写具体数字（如 200）"),
    ({"E": "改期"}, "F7", "实际举办为“改期”，请填写实际日期"),
    ({"E": "否", "H": 30}, "H7", "活动未举办，参与学生(人次)不应填写（填写的是 30）"),
    ({"E": "也许"}, "E7", "实际举办“也许”无效，应为：是、否、改期"),
    ({"F": "5月32日"}, "F7", "日期“5月32日”无效"),
    ({"K": "两篇"}, "K7", "媒体报道篇数“两篇”不是整数，请填写具体数字（如 200）"),
])
def test_bad_cells_are_named_and_nothing_is_written(stats_env, tmp_path, cells, cell, message):
    env = stats_env
    filled = fill(template(env, tmp_path), tmp_path / "bad.xlsx", {"数控加工技能展示": cells,
                                                                   "实训室开放日": {"E": "是", "H": 50}})
    preview = statistics_import.preview_workbook(env.db, env.edition.id, filled)
    assert [(p.sheet, p.cell, p.message) for p in preview.problems] == [("活动情况", cell, message)]
    events = event_count(env.db)
    with pytest.raises(ValidationError):
        imports.apply_import(env.db, preview)
    with env.db.transaction() as session:
        assert session.scalar(select(func.count(Activity.id)).where(Activity.status != "计划")) == 0
    assert event_count(env.db) == events


def test_participants_above_the_headcount_block_the_whole_file(stats_env, tmp_path):
    env = stats_env
    filled = fill(template(env, tmp_path), tmp_path / "totals.xlsx", {"数控加工技能展示": {"E": "是", "H": 100}},
                  totals={"D": 90, "C": 2000, "E": 2100})
    preview = statistics_import.preview_workbook(env.db, env.edition.id, filled)
    texts = [p.text for p in preview.problems]
    assert "学院汇总!D4：参与教师人数 90 超过了教师总数 86（人数不是人次，不能超过总人数）" in texts
    assert "学院汇总!E4：参与学生人数 2100 超过了学生总数 2000（人数不是人次，不能超过总人数）" in texts
    assert len(preview.error_rows) == 4  # every row blocked: the file is imported whole or not at all
    assert any("学生总数 2000 与学院名单中的 2350 不同" in w for w in preview.warnings)


def test_a_row_of_another_college_and_a_file_of_another_year(stats_env, tmp_path):
    env = stats_env
    path = template(env, tmp_path)
    workbook = load_workbook(path)
    ws = workbook["活动情况"]
    ws["A2"] = "2023年职业教育活动周情况统计表"
    ws["M7"] = env.other.row_uid  # a row id copied from 汽车工程学院's file
    workbook.save(tmp_path / "mixed.xlsx")
    preview = statistics_import.preview_workbook(env.db, env.edition.id, tmp_path / "mixed.xlsx")
    assert "工作簿标题写的是 2023 年，而当前年度是 2024 年，请确认没有拿错文件。" in preview.file_warnings
    assert [(p.cell, p.message) for p in preview.problems] == [
        ("M7", "这一行是“汽车工程学院”的活动（见隐藏的行ID），不属于本表的学院")]


def test_a_college_chosen_over_the_one_the_file_names(stats_env, tmp_path):
    env = stats_env
    preview = statistics_import.preview_workbook(env.db, env.edition.id, template(env, tmp_path),
                                                 college_id=env.auto.id)
    assert "工作簿写的是“智能制造学院”，与所选学院“汽车工程学院”不一致；将按“汽车工程学院”导入。" in preview.file_warnings
    # The rows' hidden ids belong to 智能制造学院's activities: every one is refused.
    assert {p.message for p in preview.problems} == {"这一行是“智能制造学院”的活动（见隐藏的行ID），不属于本表的学院"}


def test_a_workbook_that_is_no_statistics_form(stats_env, tmp_path):
    from openpyxl import Workbook

    from vocweek_desktop.io.excel_safety import WorkbookError

    workbook = Workbook()
    workbook.active.append(["活动名称", "活动日期"])
    workbook.active.append(["x", "5月13日"])
    workbook.save(tmp_path / "附件1.xlsx")
    with pytest.raises(WorkbookError, match="没有找到附件2 情况统计表的表头"):
        statistics_import.preview_workbook(stats_env.db, stats_env.edition.id, tmp_path / "附件1.xlsx")


def test_templates_for_every_college(stats_env, tmp_path):
    written = statistics_templates.write_templates(stats_env.db, stats_env.edition.id, tmp_path / "out")
    assert [p.name for p in written] == ["2024年职教周活动情况统计表-智能制造学院.xlsx",
                                         "2024年职教周活动情况统计表-汽车工程学院.xlsx"]
    ws = load_workbook(written[1])["活动情况"]
    assert ws["B7"].value == "汽车维修进社区"


def test_the_preview_shows_what_the_totals_sheet_will_write(stats_env, tmp_path):
    """学院汇总 is written with the activities: its figures (a blank one said as 未填) are in the preview's notes."""
    env = stats_env
    filled = fill(template(env, tmp_path), tmp_path / "填好的.xlsx", {"数控加工技能展示": {"E": "是", "G": 12}},
                  totals={"D": 40})
    preview = statistics_import.preview_workbook(env.db, env.edition.id, filled)
    assert "学院汇总：参与教师 40 / 教师总数 86（46.5%）；参与学生 未填 / 学生总数 2350" in preview.file_warnings
    imports.apply_import(env.db, preview)
    with env.db.transaction() as session:
        part = session.scalars(select(CollegeParticipation)).one()
        assert (part.teachers_participating, part.teacher_total, part.students_participating) == (40, 86, None)
