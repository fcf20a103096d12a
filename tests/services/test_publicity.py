"""Publicity items: entered by hand (audited), pasted from Excel and imported from a workbook through the pipeline,
exported and imported back as updates; bad rows named by cell."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from tests.services.audit_events import event_count, history_tuples
from vocweek_desktop.domain.errors import NothingToImport, ValidationError
from vocweek_desktop.services import activities, imports, publicity


@pytest.fixture
def open_day(env):
    return activities.add_activity(env.db, env.edition.id, {"college_id": env.smart.id, "title": "实训室开放日",
                                                            "first_date": dt.date(2024, 5, 14)})


def test_an_item_entered_by_hand(env, open_day):
    item = publicity.add_item(env.db, env.edition.id, {
        "channel": "公众号", "title": "智能制造学院实训室开放日", "link": "https://mp.weixin.qq.com/s/a1",
        "published_on": dt.date(2024, 5, 14), "activity_id": open_day.id})
    assert (item.channel, item.level, item.college, item.activity) == ("微信公众号", "校级媒体", "智能制造学院",
                                                                       "实训室开放日")
    changed = publicity.update_item(env.db, item.id, {"channel": "四川日报"})
    assert (changed.channel, changed.level) == ("省级媒体", "省级媒体")
    history = history_tuples(env.db, "publicity", item.id)
    assert [h[1] for h in history] == ["create", "update"]
    assert history[1][4:] == ({"channel": "微信公众号"}, {"channel": "省级媒体"})
    assert publicity.delete_items(env.db, [item.id, 999]) == [item.id]
    assert publicity.list_items(env.db, env.edition.id) == []


def test_a_bad_item_is_refused_with_every_reason(env, open_day):
    events = event_count(env.db)
    with pytest.raises(ValidationError) as error:
        publicity.add_item(env.db, env.edition.id, {"channel": "朋友圈", "title": " ", "link": "weixin",
                                                    "college_id": env.auto.id, "activity_id": open_day.id})
    assert set(error.value.fields) == {"channel", "title", "link"}
    with pytest.raises(ValidationError, match="活动“实训室开放日”不是汽车工程学院的活动"):
        publicity.add_item(env.db, env.edition.id, {"channel": "官网", "title": "x", "college_id": env.auto.id,
                                                    "activity_id": open_day.id})
    assert event_count(env.db) == events


PASTED = ("渠道\t标题\t链接\t发布日期\t学院\t相关活动\n"
          "公众号\t实训室开放日圆满举行\thttps://mp.weixin.qq.com/s/b2\t5月14日\t智造\t实训室开放日\n"
          "人民日报\t四川一职校举办职教周\thttp://people.com.cn/x\t2024-05-16\t\t\n"
          "抖音\t开放日短视频\t\t5.32\t美术学院\t\n")


def test_rows_pasted_from_excel_go_through_the_preview(env, open_day):
    preview = publicity.preview_paste(env.db, env.edition.id, PASTED)
    assert [(p.cell, p.message) for p in preview.problems] == [
        ("D4", "日期“5.32”无法识别，请写成 5月13日 或 2024-05-13"), ("E4", "学院“美术学院”不在本年度的学院名单中")]
    assert preview.summary() == "新增 2 条报道，更新 0 条，未变 0 条，有错误 1 行"
    result = imports.apply_import(env.db, preview, skip_error_rows=True)
    assert (result.added, result.skipped) == (2, 1)
    items = {i.title: i for i in publicity.list_items(env.db, env.edition.id)}
    assert items["实训室开放日圆满举行"].activity_id == open_day.id
    assert items["实训室开放日圆满举行"].college_id == env.smart.id
    assert items["四川一职校举办职教周"].level == "国家级媒体"
    assert {i.source_kind for i in items.values()} == {"paste"}


def test_paste_without_a_header_takes_the_list_order(env):
    preview = publicity.preview_paste(env.db, env.edition.id, "官网\t我校启动职教周\thttps://www.example.edu.cn/1\n")
    assert preview.to_add[0].values["channel"] == "学校官网"
    with pytest.raises(NothingToImport):
        publicity.preview_paste(env.db, env.edition.id, "\n\n")


def test_exported_list_imports_back_as_updates(env, tmp_path):
    first = publicity.add_item(env.db, env.edition.id, {"channel": "官网", "title": "启动仪式",
                                                        "link": "https://www.example.edu.cn/a"})
    path = publicity.export_items(env.db, env.edition.id, tmp_path / "宣传报道.xlsx")
    workbook = load_workbook(path)
    ws = workbook["宣传报道"]
    assert [c.value for c in ws[3]][:7] == ["渠道", "标题", "链接", "发布日期", "学院", "相关活动", "备注"]
    assert ws["H5"].value == first.row_uid and ws.column_dimensions["H"].hidden
    ws["B5"] = "启动仪式（图文）"
    ws.append(["视频号", "开放日直播回放", "https://channels.weixin.qq.com/x", "5月15日", "汽车工程学院"])
    ws.append(["视频号", "开放日直播回放", "https://channels.weixin.qq.com/x", "5月15日", "汽车工程学院"])
    workbook.save(tmp_path / "改过.xlsx")
    preview = publicity.preview_workbook(env.db, env.edition.id, tmp_path / "改过.xlsx")
    assert [p.text for p in preview.problems] == [
        "宣传报道!B7：第 6 行与第 7 行是同一篇报道（channels.weixin.qq.com/x）"]
    assert preview.to_update[0].changes == {"title": ("启动仪式", "启动仪式（图文）")}
    imports.apply_import(env.db, preview, skip_error_rows=True)
    titles = sorted(i.title for i in publicity.list_items(env.db, env.edition.id))
    assert titles == ["启动仪式（图文）", "开放日直播回放"]
