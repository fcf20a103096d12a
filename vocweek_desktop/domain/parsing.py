"""Tolerant parsers for the cells of a returned workbook (附件1 活动信息表 and the other forms, and text pasted from
Excel): what every parser shares, headcounts, and the cells of fixed choices. Dates are in ``parse_dates``, clock
times in ``parse_times``, header names in ``parse_headers``.

Every parser takes what openpyxl or the clipboard hands over (str, int, float — Excel serials for dates,
fractions of a day for times —, datetime.date/datetime/time, bool or None). Blank cells give None; a
value that cannot be understood raises ``ParseError`` whose text is the Chinese reason quoting the cell
as written, e.g. 日期“5月32日”无效. Nothing here imports Qt or openpyxl.

Choices made here (documented once, relied on by the import):
- 校内外 (partly off campus) counts as off campus: security and logistics plan for the outside part.
- Counts: 约200人, 200余人, 1,200, 1.2万 → the number; 100-200 (a range) and 若干 are refused.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Sequence

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import CATEGORIES, FORMS, STATUSES, THEME_DAYS

__all__ = [
    "CATEGORY_ALIASES",
    "ParseError",
    "cell_text",
    "is_blank_cell",
    "parse_bool",
    "parse_campus",
    "parse_category",
    "parse_count",
    "parse_form",
    "parse_status",
    "parse_theme_day",
]


class ParseError(ValueError):
    """A cell that cannot be understood; ``str(error)`` is the Chinese reason quoting the value."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


_BLANKS = {"", "-", "--", "—", "——", "–", "―", "−", "/", "\\", "无", "暂无", "n/a", "na", "none", "null", "空"}
_RANGE_SEP = r"(?:-+|—+|–+|―+|−+|~+|〜+|至|到)"
_WEEKDAY = r"(?:周|星期|礼拜)[一二三四五六日天七1-7]"
_WEEKDAY_RE = re.compile(
    rf"[(\[【]?\s*{_WEEKDAY}(?:\s*{_RANGE_SEP}\s*(?:周|星期|礼拜)?[一二三四五六日天七1-7])?\s*[)\]】]?"
)
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_RUN = re.compile(r"[〇零一二两三四五六七八九十百千]+")

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_MIN = (dt.date(1950, 1, 1) - _EXCEL_EPOCH).days
_SERIAL_MAX = (dt.date(2099, 12, 31) - _EXCEL_EPOCH).days
_RANGE_SEP_RE = re.compile(rf"\s*{_RANGE_SEP}\s*")


# ---------------------------------------------------------------------------------------------- helpers


def _shown(value: object) -> str:
    """The value as the user wrote it, for quoting in a message (one line, at most 40 characters)."""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _fold(value: object) -> str:
    """NFKC (full-width digits, colons, brackets → ASCII), lower case, runs of white space → one space."""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return " ".join(text.split())


def _is_blank(text: str) -> bool:
    return text in _BLANKS


def _cn_number(run: str) -> str:
    """一 → 1, 十三 → 13, 二〇二四 → 2024, 两百 → 200; a lone unit other than 十 is left as it is."""
    if not any(ch in _CN_UNITS for ch in run):
        return "".join(str(_CN_DIGITS[ch]) for ch in run)
    if run in ("百", "千"):
        return run
    total, digit = 0, None
    for ch in run:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return str(total + (digit or 0))


def _cn_digits(text: str) -> str:
    """Chinese numerals in ``text`` written as Arabic digits (五月十三日 → 5月13日, 九点半 → 9点半)."""
    return _CN_RUN.sub(lambda m: _cn_number(m.group()), text)


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _remember_text(function):
    """Cache a parser's answers for text cells, which a file repeats (是, 9:30, 5月13日); other values pass through.

    Only answers are cached, never errors, and only immutable values are returned, so sharing them is safe.
    """
    cached = functools.lru_cache(maxsize=8192)(function)

    @functools.wraps(function)
    def parse(value, **kwargs):
        if type(value) is str and len(value) <= 200:
            return cached(value, **kwargs)
        return function(value, **kwargs)

    parse.cache_clear = cached.cache_clear
    return parse


def cell_text(value: object) -> str | None:
    """A cell as text: whole floats without ``.0``, dates ISO (a datetime at midnight as its date); None stays None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def is_blank_cell(value: object) -> bool:
    """None, or text of white space only."""
    return value is None or (isinstance(value, str) and not value.strip())


def _prepare(value: object) -> str:
    """Folded text with weekday marks removed and Chinese numerals as digits."""
    text = _WEEKDAY_RE.sub(" ", unicodedata.normalize("NFKC", str(value)))
    return " ".join(_cn_digits(text).casefold().split())


# ---------------------------------------------------------------------------------------------- numbers

_COUNT_RE = re.compile(
    r"(?:约|大约|预计|估计|共计|共|合计|总计|计|近|超过|逾|不少于|至少|~)?"
    r"(?P<n>[0-9]{1,9}(?:\.[0-9]+)?)(?P<wan>万)?"
    r"(?:余|多|\+|以上|左右|上下)?(?:人次|人|名|位|个)?(?:余|多|以上|左右|上下)?",
    re.ASCII,
)


@_remember_text
def parse_count(value: object) -> int | None:
    """A headcount: 200, '200', '约200人', '200余人', '２００', '1,200', 200.0; '—'/'-'/'无'/'/' → None."""
    if value is None:
        return None
    shown = _shown(value)
    if isinstance(value, bool):
        raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
        number = int(value)
    else:
        text = _cn_digits(_fold(value)).replace(" ", "")
        if _is_blank(text):
            return None
        text = re.sub(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))", "", text)
        negative = text.startswith("-") and len(text) > 1 and text[1].isdigit()
        if negative:
            text = text[1:]
        found = _COUNT_RE.fullmatch(text)
        if found is None:
            if re.fullmatch(r"[^0-9]*[0-9]+(?:\.[0-9]+)?[^0-9]*" + _RANGE_SEP + r"[^0-9]*[0-9]+.*", text, re.ASCII):
                raise ParseError(msg.PARSE_COUNT_RANGE.format(value=shown))
            raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
        amount = float(found["n"]) * (10000 if found["wan"] else 1)
        if not amount.is_integer():
            raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
        number = -int(amount) if negative else int(amount)
    if number < 0:
        raise ParseError(msg.PARSE_COUNT_NEGATIVE.format(value=shown))
    return number


# ---------------------------------------------------------------------------------------------- choices

_TRUE_WORDS = {"是", "√", "✓", "✔", "☑", "有", "需要", "要", "需", "y", "yes", "true", "t", "1", "对", "是的", "●"}
_FALSE_WORDS = {"否", "×", "✗", "✘", "✕", "x", "无", "不需要", "不要", "不需", "无需", "没有", "不用", "n", "no",
                "false", "f", "0", "不", "☐", "○"}
_FALSE_PREFIXES = ("不需要", "不要", "无需", "不需", "不用", "没有", "否", "无")
_TRUE_PREFIXES = ("需要", "是", "有", "要", "需")


@_remember_text
def parse_bool(value: object) -> bool | None:
    """A yes/no cell: 是/否, √/×, ✓/✗, 有/无, 需要/不需要, 要/不要, Y/N, yes/no, TRUE/FALSE, 1/0; blank → None.

    A yes or no followed by a remark (需要（投影仪）, 否，自备) counts as that yes or no.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    shown = _shown(value)
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        raise ParseError(msg.PARSE_BOOL_UNKNOWN.format(value=shown))
    text = _fold(value).replace(" ", "")
    if text in _TRUE_WORDS:
        return True
    if text in _FALSE_WORDS:
        return False
    if _is_blank(text):
        return None
    for prefixes, answer in ((_FALSE_PREFIXES, False), (_TRUE_PREFIXES, True)):
        for prefix in prefixes:
            if text.startswith(prefix) and re.match(r"[(\[,;:、.。!]", text[len(prefix):]):
                return answer
    raise ParseError(msg.PARSE_BOOL_UNKNOWN.format(value=shown))


_ON_CAMPUS = {"校内", "本校", "校园内", "校内举办", "在校", "在校内", "院内", "学校", "内", "校园"}
_OFF_CAMPUS = {"校外", "外校", "校园外", "校外举办", "外", "社会", "社区", "企业"}
# Partly outside: counts as off campus (security and logistics plan for the outside part).
_BOTH_CAMPUS = {"校内外", "校内+校外", "校内和校外", "校内及校外", "校内、校外", "校内/校外", "校内,校外", "校外+校内",
                "校外、校内", "校内与校外", "内外"}


def _choice_key(value: object) -> str:
    """Folded text without spaces, a leading enumeration (1. / (一) / ①) or a trailing remark in brackets."""
    text = _fold(value).replace(" ", "")
    text = re.sub(r"^(?:\(?[0-9一二三四五六七八九十]{1,2}[).、]|\([0-9一二三四五六七八九十]{1,2}\))", "", text)
    bare = re.sub(r"\([^()]*\)$|\[[^\[\]]*\]$|【[^【】]*】$", "", text)
    return bare or text.strip("()[]【】")


def _choice_or_none(value: object) -> str | None:
    """``_choice_key`` of a cell, or None for an empty or blank one."""
    if value is None:
        return None
    key = _choice_key(value)
    return None if _is_blank(key) else key


def _bad_choice(field: str, value: object, choices: Sequence[str]) -> ParseError:
    """The refusal of a cell of ``field`` that is none of ``choices`` (活动形式“…”无效，应为：…)."""
    return ParseError(msg.BAD_CHOICE.format(label=msg.ACTIVITY_LABELS[field], value=_shown(value),
                                            choices="、".join(choices)))


@_remember_text
def parse_campus(value: object) -> bool | None:
    """校内 → False, 校外 → True (off campus), 校内外 → True (partly off campus); blank → None."""
    if isinstance(value, bool):
        return value
    key = _choice_or_none(value)
    if key is None:
        return None
    if key in _ON_CAMPUS:
        return False
    if key in _OFF_CAMPUS or key in _BOTH_CAMPUS:
        return True
    raise ParseError(msg.BAD_CHOICE.format(label="校内/校外", value=_shown(value), choices="校内、校外"))


_ONLINE = {"线上", "网上", "在线", "云上", "网络", "直播", "线上直播", "云端", "线上活动", "online"}
_OFFLINE = {"线下", "现场", "实地", "线下活动", "现场活动", "offline"}
_BOTH_FORM = {"混合", "混合式", "线上线下结合", "线上线下混合", "线上线下同步", "线下线上结合", "双线", "线上与线下",
              "线下与线上", "线上和线下", "线下和线上", "线上及线下", "线下及线上"}


@_remember_text
def parse_form(value: object) -> str | None:
    """线下, 线上, or 线上+线下 (also 线上线下, 线上、线下, 线下+线上, 混合); blank → None."""
    key = _choice_or_none(value)
    if key is None:
        return None
    if key in _ONLINE:
        return "线上"
    if key in _OFFLINE:
        return "线下"
    if key in _BOTH_FORM:
        return "线上+线下"
    pair = re.fullmatch(r"(线上|线下)[+&/,、和与及]?(线上|线下)(?:结合|混合|同步|相结合)?", key)
    if pair and pair[1] != pair[2]:
        return "线上+线下"
    raise _bad_choice("form", value, FORMS)


# Variants of each category (beyond the name itself, with or without 活动/类).
CATEGORY_ALIASES: dict[str, tuple[str, ...]] = {
    "线下宣传展示": ("线下宣传展示活动", "宣传展示", "线下展示", "线下宣传", "线下宣传展示类", "宣传展示活动"),
    "数字化展览": ("数字化展览活动", "数字展览", "数字化展示", "云展览", "云上展览", "线上展览", "网上展览", "数字化展馆"),
    "特色主题活动": ("特色主题", "主题活动", "特色活动"),
    "社会服务": ("社会服务活动", "志愿服务", "社会服务类", "服务社会"),
    "优秀校友寻访": ("校友寻访", "优秀校友寻访活动", "寻访优秀校友", "校友访谈"),
    "校友返校及工匠进校园": ("工匠进校园", "校友返校", "校友返校和工匠进校园", "校友返校、工匠进校园", "大国工匠进校园",
                             "校友返校暨工匠进校园", "能工巧匠进校园"),
    "校企集中签约": ("校企签约", "集中签约", "签约仪式", "校企合作签约", "校企集中签约仪式", "签约"),
    "校园开放": ("校园开放日", "开放日", "校园开放活动", "开放校园", "校园开放周"),
    "校园招聘会": ("校园招聘", "招聘会", "招聘", "双选会", "专场招聘会", "供需见面会"),
    "其他": ("其它", "其他活动", "其它活动"),
}


def _category_key(text: str) -> str:
    key = re.sub(r"[、,+/和与及暨]", "", text)
    for suffix in ("活动", "类", "仪式"):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
    return key


_CATEGORY_LOOKUP: dict[str, str] = {}
for _name in CATEGORIES:
    for _alias in (_name, *CATEGORY_ALIASES.get(_name, ())):
        _CATEGORY_LOOKUP.setdefault(_category_key(_fold(_alias).replace(" ", "")), _name)


@_remember_text
def parse_category(value: object) -> str | None:
    """One of the ten CATEGORIES, from its name or a common variant (校园招聘 → 校园招聘会); blank → None."""
    key = _choice_or_none(value)
    if key is None:
        return None
    found = _CATEGORY_LOOKUP.get(_category_key(key))
    if found is None:
        raise _bad_choice("category", value, CATEGORIES)
    return found


@_remember_text
def parse_theme_day(value: object) -> str | None:
    """学院日/学生日/教师日/企业日, also without 日 (企业 → 企业日) or as 企业主题日; blank and 无 → None."""
    key = _choice_or_none(value)
    if key is None or key in ("不属于", "非主题日", "否"):
        return None
    stem = key.removesuffix("主题日").removesuffix("日")
    if f"{stem}日" in THEME_DAYS:
        return f"{stem}日"
    raise _bad_choice("theme_day", value, THEME_DAYS)


_STATUS_WORDS = {
    "计划": "计划", "计划中": "计划", "拟举办": "计划", "待举办": "计划", "未举办": "计划", "未开始": "计划", "筹备中": "计划",
    "已举办": "已举办", "已完成": "已举办", "完成": "已举办", "已开展": "已举办", "已结束": "已举办", "举办": "已举办",
    "已办": "已举办", "已实施": "已举办",
    "取消": "取消", "已取消": "取消", "取消了": "取消", "不举办": "取消", "撤销": "取消", "作废": "取消",
}


@_remember_text
def parse_status(value: object) -> str | None:
    """计划 / 已举办 / 取消 (also 已完成 → 已举办, 取消了 → 取消); blank → None."""
    key = _choice_or_none(value)
    if key is None:
        return None
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key]
    raise _bad_choice("status", value, STATUSES)
