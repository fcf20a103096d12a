"""The organisation service: the duty table (departments) and the leadership group."""

from __future__ import annotations

import pytest

from tests.services.audit_events import event_count, history_tuples
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.services import editions, organisation


def department_names(db, edition_id) -> list[str]:
    return [row.name for row in organisation.list_departments(db, edition_id)]


def members(db, edition_id) -> list[tuple[str, str]]:
    return [(row.role, row.name) for row in organisation.list_leadership(db, edition_id)]


def test_new_edition_has_the_duty_table_and_leadership(db, edition):
    assert department_names(db, edition.id) == ["教务处", "二级学院", "融媒体中心", "学生处、团委", "信息中心",
                                                 "后勤处", "保卫处"]
    assert members(db, edition.id)[:3] == [("组长", "栾好利"), ("副组长", "高莉"), ("副组长", "伍希")]
    routed = {row.name: row.need_key for row in organisation.list_departments(db, edition.id) if row.need_key is not None}
    assert routed == {"融媒体中心": "media", "信息中心": "it", "后勤处": "power", "保卫处": "security"}


def test_department_add_update_delete(db, edition):
    added = organisation.add_department(db, edition.id, {"name": "招生就业处", "duty": " 组织校园招聘会 ",
                                                         "head": "张 三", "need_key": ""})
    assert (added.name, added.duty, added.head, added.need_key, added.display_order) == (
        "招生就业处", "组织校园招聘会", "张三", None, 7)
    assert department_names(db, edition.id)[-1] == "招生就业处"

    updated = organisation.update_department(db, added.id, {"name": "招生就业处", "duty": "招聘会", "head": "李四",
                                                            "need_key": "power"})
    assert (updated.duty, updated.head, updated.need_key) == ("招聘会", "李四", "power")
    assert organisation.list_departments(db, edition.id)[-1] == updated

    organisation.delete_department(db, added.id)
    assert "招生就业处" not in department_names(db, edition.id)
    with pytest.raises(NotFoundError, match="找不到这个部门"):
        organisation.delete_department(db, added.id)
    with pytest.raises(NotFoundError, match="找不到这个部门"):
        organisation.update_department(db, added.id, {"name": "x"})


def test_department_duplicates_and_bad_input_write_nothing(db, edition):
    before = organisation.list_departments(db, edition.id)
    with pytest.raises(ConflictError) as caught:
        organisation.add_department(db, edition.id, {"name": "保 卫 处"})
    assert caught.value.message == "本年度已有名为“保卫处”的部门"
    with pytest.raises(ConflictError):
        organisation.update_department(db, before[0].id, {"name": "保卫处"})
    with pytest.raises(ValidationError) as caught:
        organisation.add_department(db, edition.id, {"name": ""})
    assert caught.value.fields == {"name": "名称不能为空"}
    with pytest.raises(ValidationError) as caught:
        organisation.update_department(db, before[0].id, {"name": "教务处", "need_key": "rocket"})
    assert "need_key" in caught.value.fields
    assert organisation.list_departments(db, edition.id) == before


def test_department_name_may_repeat_in_another_edition(db, edition):
    other = editions.create_from_defaults(db, 2025)
    organisation.delete_department(db, organisation.list_departments(db, other.id)[0].id)
    organisation.add_department(db, other.id, {"name": "教务处"})
    assert department_names(db, other.id)[-1] == "教务处"
    assert department_names(db, edition.id)[0] == "教务处"


def test_member_add_update_delete(db, edition):
    added = organisation.add_member(db, edition.id, {"role": "成员", "name": " 招生就业处负责人 "})
    assert (added.role, added.name, added.display_order) == ("成员", "招生就业处负责人", 10)
    updated = organisation.update_member(db, added.id, {"role": "副组长", "name": "李 四"})
    assert (updated.role, updated.name) == ("副组长", "李四")
    assert members(db, edition.id)[-1] == ("副组长", "李四")
    organisation.delete_member(db, added.id)
    assert ("副组长", "李四") not in members(db, edition.id)
    with pytest.raises(NotFoundError, match="找不到这位领导小组成员"):
        organisation.update_member(db, added.id, {"role": "成员", "name": "x"})
    with pytest.raises(NotFoundError):
        organisation.delete_member(db, added.id)


def test_member_bad_input_writes_nothing(db, edition):
    before = organisation.list_leadership(db, edition.id)
    with pytest.raises(ValidationError) as caught:
        organisation.add_member(db, edition.id, {"role": "主任", "name": ""})
    assert caught.value.fields == {"role": "职务“主任”无效，应为 组长、副组长 或 成员", "name": "名称不能为空"}
    with pytest.raises(ValidationError):
        organisation.update_member(db, before[0].id, {"role": "组长", "name": " "})
    assert organisation.list_leadership(db, edition.id) == before


def test_adding_to_a_missing_edition_says_so(db):
    with pytest.raises(NotFoundError, match="找不到这个年度"):
        organisation.add_department(db, 999, {"name": "教务处"})
    with pytest.raises(NotFoundError, match="找不到这个年度"):
        organisation.add_member(db, 999, {"role": "组长", "name": "栾好利"})


def test_move_rows(db, edition):
    rows = organisation.list_departments(db, edition.id)
    organisation.move_row(db, "department", rows[6].id, -6)
    assert department_names(db, edition.id)[:2] == ["保卫处", "教务处"]
    organisation.move_row(db, "department", rows[6].id, 100)
    assert department_names(db, edition.id)[-1] == "保卫处"
    assert [row.display_order for row in organisation.list_departments(db, edition.id)] == list(range(7))

    leader = organisation.list_leadership(db, edition.id)[0]
    organisation.move_row(db, "member", leader.id, 1)
    assert members(db, edition.id)[:2] == [("副组长", "高莉"), ("组长", "栾好利")]
    organisation.move_row(db, "member", leader.id, -1)
    assert members(db, edition.id)[0] == ("组长", "栾好利")
    with pytest.raises(NotFoundError, match="找不到这位领导小组成员"):
        organisation.move_row(db, "member", 999, 1)


def test_editions_do_not_share_rows(db, edition):
    other = editions.create_from_defaults(db, 2025)
    first = organisation.list_departments(db, other.id)[0]
    organisation.update_department(db, first.id, {"name": "教务处", "head": "新负责人"})
    assert organisation.list_departments(db, edition.id)[0].head == "高莉"
    organisation.move_row(db, "department", first.id, 3)
    assert department_names(db, edition.id)[0] == "教务处"


# --- audit trail ----------------------------------------------------------------------------------------


def test_department_changes_are_recorded(db, edition):
    db.operator = "王老师"
    added = organisation.add_department(db, edition.id, {"name": "招生就业处", "duty": "组织校园招聘会"})
    organisation.update_department(db, added.id, {"name": "招生就业处", "duty": "组织校园招聘会", "head": "李四",
                                                  "need_key": "power"})
    organisation.update_department(db, added.id, {"name": "招生就业处", "duty": "组织校园招聘会", "head": "李四",
                                                  "need_key": "power"})  # unchanged: no event
    organisation.move_row(db, "department", added.id, -1)
    organisation.delete_department(db, added.id)
    ed = edition.id
    assert history_tuples(db, "department", added.id) == [
        ("王老师", "create", ed, "招生就业处", None, {"name": "招生就业处", "duty": "组织校园招聘会"}),
        ("王老师", "update", ed, "招生就业处", {"head": "", "need_key": None}, {"head": "李四", "need_key": "用电"}),
        ("王老师", "move", ed, "招生就业处", {"display_order": 8}, {"display_order": 7}),
        ("王老师", "delete", ed, "招生就业处", {"name": "招生就业处", "duty": "组织校园招聘会", "head": "李四",
                                              "need_key": "用电"}, None),
    ]


def test_member_changes_are_recorded(db, edition):
    db.operator = "王老师"
    added = organisation.add_member(db, edition.id, {"role": "成员", "name": "招生就业处负责人"})
    organisation.update_member(db, added.id, {"role": "副组长", "name": "李四"})
    organisation.move_row(db, "member", added.id, 100)  # already last: nothing moves, nothing is recorded
    organisation.move_row(db, "member", added.id, -1)
    organisation.delete_member(db, added.id)
    assert [(action, summary, before, after) for _, action, _, summary, before, after
            in history_tuples(db, "member", added.id)] == [
        ("create", "成员 招生就业处负责人", None, {"role": "成员", "name": "招生就业处负责人"}),
        ("update", "副组长 李四", {"role": "成员", "name": "招生就业处负责人"}, {"role": "副组长", "name": "李四"}),
        ("move", "副组长 李四", {"display_order": 11}, {"display_order": 10}),
        ("delete", "副组长 李四", {"role": "副组长", "name": "李四"}, None),
    ]


def test_refused_organisation_changes_record_nothing(db, edition):
    department = organisation.list_departments(db, edition.id)[0]
    member = organisation.list_leadership(db, edition.id)[0]
    before = event_count(db)
    with pytest.raises(ConflictError):
        organisation.add_department(db, edition.id, {"name": "保卫处"})
    with pytest.raises(ConflictError):
        organisation.update_department(db, department.id, {"name": "保卫处"})
    with pytest.raises(ValidationError):
        organisation.add_member(db, edition.id, {"role": "主任", "name": "x"})
    with pytest.raises(ValidationError):
        organisation.update_member(db, member.id, {"role": "组长", "name": " "})
    with pytest.raises(NotFoundError):
        organisation.delete_member(db, 999)
    assert event_count(db) == before


def test_the_org_tables_font_choices_are_this_machines(tmp_path, monkeypatch):
    from tests.font_files import place
    from vocweek_desktop import paths

    monkeypatch.setenv("VOCWEEK_FONT_DIRS", str(tmp_path))
    assert organisation.org_table_fonts() == [("bundled", "霞鹜文楷（内置）")]
    place(paths.font_path(), tmp_path / "other" / "simsun.ttc")
    monkeypatch.setenv("VOCWEEK_FONT_DIRS", str(tmp_path / "other"))
    assert organisation.org_table_fonts() == [("simsun", "宋体"), ("bundled", "霞鹜文楷（内置）")]
