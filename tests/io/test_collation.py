"""Sort keys of Chinese text: compared as plain strings (as SQLite compares them) they give pinyin order."""

from __future__ import annotations

import functools
import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import NOTICE_PATH
from vocweek_desktop.io.collation import KEY_CHARS, sort_key


def _icu():
    from PySide6.QtCore import QCollator, QCoreApplication, QLocale

    QCoreApplication.instance() or QCoreApplication([])
    return QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def test_chinese_sorts_by_pinyin_numbers_as_numbers_and_case_is_ignored():
    """As Excel sorts a Chinese list: numbers, then Latin letters (any case), then Chinese by pinyin."""
    words = ["智能制造学院", "保卫处", "安全", "东区科技广场", "图书馆", "实训楼", "阿里", "第10场", "第2场", "Apple",
             "banana", "", "2号楼", "学生处、团委", "后勤处", "AI数字人"]
    assert sorted(words, key=sort_key) == ["", "2号楼", "AI数字人", "Apple", "banana", "阿里", "安全", "保卫处",
                                           "第2场", "第10场", "东区科技广场", "后勤处", "实训楼", "图书馆",
                                           "学生处、团委", "智能制造学院"]


def test_full_width_and_case_give_the_same_key():
    assert sort_key("ＡＢＣ　１２") == sort_key("abc 12") == sort_key("ABC 12")
    assert sort_key("第０２场") == sort_key("第2场")


def test_the_words_of_the_notice_sort_as_icu_sorts_them():
    """Every word of the real notice (489 of them) in the order ICU's Chinese collation gives (QCollator)."""
    collator = _icu()
    words = sorted(set(re.findall(r"[\u4e00-\u9fff]{2,8}", NOTICE_PATH.read_text(encoding="utf-8"))))
    ours = sorted(words, key=lambda word: (sort_key(word), word))
    icu = sorted(words, key=functools.cmp_to_key(lambda a, b: collator.compare(a, b) or (a > b) - (a < b)))
    assert len(words) > 400 and ours == icu


def test_han_characters_sort_as_icu_sorts_them():
    collator = _icu()
    sample = [chr(code) for code in random.Random(7).sample(range(0x4E00, 0xA000), 3000)]
    ours = sorted(sample, key=lambda char: (sort_key(char), char))
    icu = sorted(sample, key=functools.cmp_to_key(lambda a, b: collator.compare(a, b) or (a > b) - (a < b)))
    assert ours == icu


@settings(deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_keys_are_stable_text_that_sqlite_compares_as_python_does(first, second):
    import sqlite3

    keys = sorted([sort_key(first), sort_key(second)])
    connection = sqlite3.connect(":memory:")
    connection.execute("create table t (k text)")
    connection.executemany("insert into t values (?)", [(key,) for key in keys[::-1]])
    assert [row[0] for row in connection.execute("select k from t order by k")] == keys


def test_only_the_first_characters_decide():
    assert sort_key("甲" * KEY_CHARS + "乙") == sort_key("甲" * KEY_CHARS + "丙")
    assert sort_key("甲" * (KEY_CHARS - 1) + "乙") != sort_key("甲" * (KEY_CHARS - 1) + "丙")
