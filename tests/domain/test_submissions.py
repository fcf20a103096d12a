"""The rules of what colleges hand in: states against deadlines and extensions, guessing from file names, kept file
names, the reminder text."""

from __future__ import annotations

import datetime as dt

import pytest

from vocweek_desktop.domain import submissions as sub
from vocweek_desktop.domain.edition_settings import clean_setting
from vocweek_desktop.domain.errors import ValidationError

DEADLINE = dt.datetime(2024, 5, 23, 23, 59, 59)
BEFORE, AFTER = dt.datetime(2024, 5, 22, 10, 0), dt.datetime(2024, 5, 24, 9, 0)
EXTENSION = sub.Extension(dt.datetime(2024, 5, 26, 18, 0), "系部负责人出差")


@pytest.mark.parametrize(("received", "extension", "now", "expected"), [
    (None, None, BEFORE, sub.MISSING),
    (None, None, AFTER, sub.OVERDUE),
    (None, EXTENSION, AFTER, sub.EXTENDED),
    (None, EXTENSION, dt.datetime(2024, 5, 27), sub.OVERDUE),
    (BEFORE, None, AFTER, sub.ON_TIME),
    (AFTER, None, AFTER, sub.LATE),
    (AFTER, EXTENSION, AFTER, sub.ON_TIME),  # within the extension
    (dt.datetime(2024, 5, 27), EXTENSION, dt.datetime(2024, 5, 28), sub.LATE),
    (DEADLINE, None, AFTER, sub.ON_TIME),  # at the deadline itself
])
def test_state_against_the_deadline_that_holds(received, extension, now, expected):
    assert sub.state(received, DEADLINE, extension, now) == expected


def test_without_a_deadline_nothing_is_overdue_or_late():
    assert sub.state(None, None, None, AFTER) == sub.MISSING
    assert sub.state(AFTER, None, None, AFTER) == sub.ON_TIME
    assert not sub.is_late(AFTER, None)
    assert sub.is_late(AFTER, DEADLINE) and not sub.is_late(AFTER, DEADLINE, EXTENSION)


def test_each_kind_has_its_deadline():
    registration = dt.datetime(2024, 5, 10, 18, 0)
    assert sub.deadline_of(sub.REGISTRATION, registration, DEADLINE) == registration
    for kind in (sub.REPORT, sub.STATISTICS, sub.MEDIA, "活动视频"):
        assert sub.deadline_of(kind, registration, DEADLINE) == DEADLINE


COLLEGES = [(1, "智能制造学院（示例）", "智造"), (2, "汽车工程学院", "汽车"), (3, "智能制造与汽车学院", "")]


@pytest.mark.parametrize(("name", "expected"), [
    ("智能制造学院（示例）-工作总结报告.docx", 1),
    ("智能制造学院职教周总结.docx", 1),  # the name without its bracketed note
    ("【智造】照片.zip", 1),  # the short name
    ("汽车工程学院 附件2.xlsx", 2),
    ("智能制造与汽车学院总结.pdf", 3),  # the longest name wins over a shorter one it contains
    ("总结报告.docx", None),
    ("智造与汽车工程学院联合活动.docx", None),  # two colleges named as strongly: ask
])
def test_college_guessed_from_the_file_name(name, expected):
    assert sub.guess_college(name, COLLEGES) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("2024年职教周工作总结报告.docx", sub.REPORT),
    ("附件2：2024年职教周活动情况统计表.xlsx", sub.STATISTICS),
    ("附件1 活动信息表.xlsx", sub.REGISTRATION),
    ("2024年职教周活动信息统计表（附件1）.pdf", sub.REGISTRATION),  # the notice's own name for 附件1
    ("智造活动信息统计表.docx", sub.REGISTRATION),
    ("职教周活动情况统计表.pdf", sub.STATISTICS),
    ("附件一、附件二填写说明.pdf", None),  # names both: asked
    ("IMG_2033.JPG", sub.MEDIA),
    ("新闻照片.rar", sub.MEDIA),
    ("活动视频-剪辑版.docx", "活动视频"),  # the office's own kind, named in the file
    ("说明.txt", None),
])
def test_kind_guessed_from_the_file_name(name, expected):
    assert sub.guess_kind(name, sub.all_kinds(["活动视频"])) == expected


def test_years_named_and_stored_names():
    assert sub.years_named("2023年职教周总结（2024修订）.docx") == {2023, 2024}
    assert sub.years_named("总结20240523.docx") == set()
    assert sub.years_named("职教周总结2023.docx") == sub.years_named("总结_2023.docx") == {2023}
    for picture in ("IMG_2041.jpg", "DSC-2023.JPG", "DSCN2023.jpg", "IMG 2031.HEIC", "VID_2047.mp4", "P2023a.jpg"):
        assert sub.years_named(picture) == set(), picture  # a camera's picture number, not a year
    assert sub.stored_name("智能制造学院", sub.REPORT, ".DOCX") == "智能制造学院-工作总结报告.docx"
    assert sub.stored_name("汽车/工程", sub.STATISTICS, ".xlsx", 3) == "汽车_工程-附件2情况统计表-3.xlsx"
    assert sub.stored_name("学院", sub.MEDIA, "") == "学院-新闻图片影像资料"


def test_extra_kinds_setting_is_checked():
    assert clean_setting(sub.EXTRA_KINDS_KEY, ["活动视频", " 活动视频 ", "优秀案例"]) == ["活动视频", "优秀案例"]
    for bad in (["工作总结报告"], [""], ["x" * 31], "活动视频", [3]):
        with pytest.raises(ValidationError):
            clean_setting(sub.EXTRA_KINDS_KEY, bad)


def test_reminder_lists_what_is_owed_with_its_deadline():
    now = dt.datetime(2024, 5, 24, 9, 0)
    text = sub.reminder("汽车工程学院", [(sub.REPORT, DEADLINE, None), (sub.STATISTICS, DEADLINE, EXTENSION),
                                      (sub.MEDIA, None, None)],
                        office="教务处", contact="鄢涛，173882469@qq.com", year=2024, now=now)
    lines = text.splitlines()
    assert lines[0] == "【2024年职教周材料提醒】汽车工程学院：以下材料尚未提交，请抓紧报送："
    assert lines[1] == "1. 工作总结报告（截止 5月23日 23:59，已逾期，请尽快补交）"
    assert lines[2] == "2. 附件2 情况统计表（已延期至 5月26日 18:00）"
    assert lines[3] == "3. 新闻图片影像资料"
    assert lines[4] == "请发送至教务处（鄢涛，173882469@qq.com）。谢谢！"
    assert sub.reminder("汽车工程学院", [], office="", contact="", year=2024, now=now) == ""
