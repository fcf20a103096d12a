"""The one place a college's name in a file is matched: exact, normalised, short name, a unique prefix."""

from __future__ import annotations

from vocweek_desktop.domain.organisers import Organiser, OrganiserMatcher

MATCHER = OrganiserMatcher([(1, "智能制造学院", "智造"), (2, "智能交通学院", None), (3, "汽车工程学院", "")],
                           [(9, "学生处、团委")])


def test_names_as_files_write_them():
    assert MATCHER.find("汽车工程学院") == Organiser("college", 3, "汽车工程学院")
    assert MATCHER.find(" 汽车 工程学院 ") == MATCHER.find("汽车工程学院")  # spaces do not count
    assert MATCHER.find("智造") == Organiser("college", 1, "智能制造学院")  # the short name
    assert MATCHER.find("汽车工程") == MATCHER.find("汽车工程学院")  # a unique prefix
    assert MATCHER.find("学生处、团委") == Organiser("department", 9, "学生处、团委")


def test_ambiguous_or_unknown_names_are_not_guessed():
    assert MATCHER.find("智能") is None  # 智能制造学院 or 智能交通学院
    assert MATCHER.find("外星学院") is None and MATCHER.find("") is None
    assert MATCHER.by_id("college", 2).name == "智能交通学院" and MATCHER.by_id("department", 1) is None
