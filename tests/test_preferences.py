"""The operator's name kept for the CLI and the window: stored once, read back, bad files and names refused."""

from __future__ import annotations

import getpass
import json

import pytest

from vocweek_desktop import preferences
from vocweek_desktop.domain.errors import ValidationError


def test_nothing_stored_falls_back_to_the_computer_user():
    assert preferences.stored_operator() is None
    assert preferences.resolve_operator() == getpass.getuser()
    assert not preferences.preferences_path().exists()  # reading never writes


def test_stored_name_is_cleaned_kept_and_preferred(_isolated_folders):
    assert preferences.set_operator(" 张 伟 ") == "张伟"
    assert preferences.preferences_path().parent == _isolated_folders
    assert json.loads(preferences.preferences_path().read_text(encoding="utf-8")) == {"operator": "张伟"}
    assert preferences.stored_operator() == "张伟"
    assert preferences.resolve_operator() == "张伟"
    assert preferences.resolve_operator("李老师") == "李老师"  # --operator wins
    assert preferences.resolve_operator("  ") == "张伟"  # an empty --operator does not


def test_other_preferences_survive_a_new_name():
    preferences.preferences_path().write_text(json.dumps({"later": [1, 2]}), encoding="utf-8")
    preferences.set_operator("张伟")
    assert preferences.load() == {"later": [1, 2], "operator": "张伟"}


@pytest.mark.parametrize("name, message", [("", "操作人姓名不能为空"), ("  ", "操作人姓名不能为空"),
                                           ("长" * 101, "操作人姓名不能超过100个字")])
def test_bad_names_are_refused_and_nothing_is_written(name, message):
    with pytest.raises(ValidationError) as caught:
        preferences.set_operator(name)
    assert caught.value.fields == {"operator": message}
    assert not preferences.preferences_path().exists()


def test_a_too_long_operator_option_is_refused():
    with pytest.raises(ValidationError, match="操作人姓名不能超过100个字"):
        preferences.resolve_operator("长" * 101)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"operator": 5}', '{"operator": ""}', ""])
def test_an_unreadable_file_counts_as_nothing_stored(content):
    preferences.preferences_path().write_text(content, encoding="utf-8")
    assert preferences.stored_operator() is None
    assert preferences.resolve_operator() == getpass.getuser()
    assert preferences.set_operator("张伟") == "张伟"  # and is replaced by a sound one
    assert preferences.stored_operator() == "张伟"
