"""Publicity channels, their levels and the rules of one item."""

from __future__ import annotations

import datetime as dt

import pytest

from vocweek_desktop.domain import publicity
from vocweek_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(("text", "channel"), [
    ("学校官网", "学校官网"), ("官网", "学校官网"), ("公众号", "微信公众号"), ("ＷＥＩＢＯ", "微博"),
    ("人民日报", "国家级媒体"), ("四川日报", "省级媒体"), ("其它", "其他"), ("朋友圈", None), ("", None),
])
def test_channel_words(text, channel):
    assert publicity.match_channel(text) == channel


def test_levels():
    assert [publicity.level_of(c) for c in publicity.CHANNELS] == [
        "校级媒体", "校级媒体", "校级媒体", "校级媒体", "校级媒体", "省级媒体", "国家级媒体", "其他"]


def test_an_item_is_cleaned():
    item = publicity.clean_item({"channel": "公众号", "title": " 我校举办职教周 ", "link": "https://mp.weixin.qq.com/s/x",
                                 "published_on": dt.datetime(2024, 5, 13, 10, 0)})
    assert item["channel"] == "微信公众号" and item["title"] == "我校举办职教周"
    assert item["published_on"] == dt.date(2024, 5, 13)


def test_a_bad_item_names_every_field():
    with pytest.raises(ValidationError) as error:
        publicity.clean_item({"channel": "朋友圈", "title": "", "link": "mp.weixin", "published_on": "昨天"})
    assert set(error.value.fields) == {"channel", "title", "link", "published_on"}
    assert error.value.fields["channel"].startswith("渠道“朋友圈”无效")
