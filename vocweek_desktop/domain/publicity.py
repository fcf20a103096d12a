"""Publicity items (notice 五 and 六(五), criterion 1 of 七): the channels a report can appear on, the level of each
channel, the words people use for them, and the rules of one item."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.validation import check_length, clean_name, clean_text

CHANNELS: tuple[str, ...] = ("学校官网", "微信公众号", "视频号", "抖音", "微博", "省级媒体", "国家级媒体", "其他")
#: Levels, from the school's own media up; the report counts items per level.
SCHOOL, PROVINCIAL, NATIONAL, OTHER = "校级媒体", "省级媒体", "国家级媒体", "其他"
LEVELS: tuple[str, ...] = (SCHOOL, PROVINCIAL, NATIONAL, OTHER)
_LEVEL_OF = {"学校官网": SCHOOL, "微信公众号": SCHOOL, "视频号": SCHOOL, "抖音": SCHOOL, "微博": SCHOOL,
             "省级媒体": PROVINCIAL, "国家级媒体": NATIONAL, "其他": OTHER}
_ALIASES = {
    "学校官网": ("官网", "学校网站", "校园网", "学院官网", "网站", "门户网站", "学校主页", "官方网站"),
    "微信公众号": ("公众号", "微信", "微信号", "官方微信", "微信推文"),
    "视频号": ("微信视频号",),
    "抖音": ("抖音号", "抖音短视频", "douyin"),
    "微博": ("新浪微博", "官方微博", "weibo"),
    "省级媒体": ("省级", "省媒", "省级报刊", "四川日报", "四川电视台", "四川教育", "省教育厅网站", "省级网站"),
    "国家级媒体": ("国家级", "央媒", "中央媒体", "人民日报", "新华社", "中国教育报", "央视", "中国青年报", "教育部网站"),
    "其他": ("其它", "其他媒体", "其它媒体"),
}
_LOOKUP = {unicodedata.normalize("NFKC", name).casefold(): channel
           for channel, names in _ALIASES.items() for name in (channel, *names)}
TEXT_LIMITS = {"title": 300, "link": 1000, "notes": 2000}
_LINK = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)


def level_of(channel: str) -> str:
    """校级媒体 / 省级媒体 / 国家级媒体 / 其他 for a channel."""
    return _LEVEL_OF.get(channel, OTHER)


def match_channel(value: object) -> str | None:
    """The channel a cell names (官网 → 学校官网, 公众号 → 微信公众号, 人民日报 → 国家级媒体); None when blank or unknown."""
    text = "".join(unicodedata.normalize("NFKC", str(value or "")).split()).casefold()
    return _LOOKUP.get(text) if text else None


def clean_item(values: Mapping[str, object]) -> dict[str, object]:
    """A publicity item's values checked: a channel of CHANNELS, a title, a link that looks like one (or none), a
    date (or none); raises ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    raw_channel = values.get("channel")
    channel = raw_channel if raw_channel in CHANNELS else match_channel(raw_channel)
    if channel is None:
        if raw_channel in (None, ""):
            errors["channel"] = msg.REQUIRED.format(label=msg.PUBLICITY_LABELS["channel"])
        else:
            errors["channel"] = msg.BAD_CHOICE.format(label=msg.PUBLICITY_LABELS["channel"], value=raw_channel,
                                                      choices="、".join(CHANNELS))
    cleaned["channel"] = channel
    cleaned["title"] = clean_text(values.get("title"))
    if not cleaned["title"]:
        errors["title"] = msg.REQUIRED.format(label=msg.PUBLICITY_LABELS["title"])
    cleaned["link"] = clean_name(values.get("link"))
    if cleaned["link"] and not _LINK.match(cleaned["link"]):
        errors["link"] = msg.PUBLICITY_BAD_LINK.format(value=cleaned["link"])
    cleaned["notes"] = clean_text(values.get("notes"))
    for field, limit in TEXT_LIMITS.items():
        check_length(errors, field, cleaned[field], limit)
    published = values.get("published_on")
    if published is not None and not isinstance(published, dt.date):
        errors["published_on"] = msg.PUBLICITY_BAD_DATE.format(value=published)
    if isinstance(published, dt.datetime):
        published = published.date()
    cleaned["published_on"] = published
    cleaned["college_id"] = values.get("college_id")
    cleaned["activity_id"] = values.get("activity_id")
    if errors:
        raise ValidationError(errors)
    return cleaned
