"""What the 优秀组织奖 may be (notice 七): the default rubric, the award settings, how a criterion, a judge and a
score are checked, certificate numbers, and the certificate template's papers, fields and placeholders.

The result rule itself is ``domain/scoring.py``.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from vocweek_desktop.domain import edition_settings as settings
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.scoring import Rules

# The notice's three criteria (七), 30 / 40 / 30 points by default: (name, description, maximum points).
DEFAULT_CRITERIA: tuple[tuple[str, str, int], ...] = (
    ("策划组织与宣传推广", "活动周的策划和各项组织工作，在官网、新媒体及各种形式的宣传推广力度", 30),
    ("线下活动数量及质量", "在线下组织开展活动的数量及质量，如在校内设点位，为校内师生及家属提供健康护理、生活服务、"
     "家电维修保养、传统工艺、职业礼仪知识等活动的开展效果", 40),
    ("师生参与及企业贡献", "师生参与职教周人数占比，合作企业参与度及贡献", 30),
)
MAX_CRITERION_POINTS = 1000
NAME_LIMIT = 100
DESCRIPTION_LIMIT = 2000
JUDGE_NAME_LIMIT = 50
UNIT_LIMIT = 100
COMMENT_LIMIT = 2000
REASON_LIMIT = 200
DEFAULT_NUMBER_PATTERN = "川科教〔{year}〕职教周第{number:03d}号"
NUMBER_FIELDS = frozenset({"year", "number"})
MAX_OFFSET_MM = 50.0


# --- settings ----------------------------------------------------------------------------------------------------

def _spread(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return settings.number(0, MAX_CRITERION_POINTS)(value)


def _tie_break(value: object) -> list[int]:
    items = list(value) if isinstance(value, list | tuple) else None
    if items is None or not items:
        raise ValueError
    cleaned = [settings.whole_number(1, 50)(item) for item in items]
    if len(set(cleaned)) != len(cleaned):
        raise ValueError
    return cleaned


def _pattern(value: object) -> str:
    text = str(value).strip() if isinstance(value, str) else None
    if not text or len(text) > 100:
        raise ValueError
    format_number(text, 2024, 1)  # raises ValueError when it cannot be filled in
    return text


def _offsets(value: object) -> dict[str, list[float]]:
    if not isinstance(value, Mapping):
        raise ValueError
    cleaned: dict[str, list[float]] = {}
    for name, pair in value.items():
        if not isinstance(name, str) or len(name) > 200 or not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValueError
        cleaned[name] = [settings.number(-MAX_OFFSET_MM, MAX_OFFSET_MM)(v) for v in pair]
    return cleaned


def _printer(value: object) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError
    return value.strip()


TRIM_THRESHOLD = "awards.trim_threshold"
MIN_JUDGES = "awards.min_judges"
SPREAD_LIMIT = "awards.spread_limit"
TIE_BREAK = "awards.tie_break"
NUMBER_PATTERN = "awards.number_pattern"
PRINTER_OFFSETS = "awards.printer_offsets"
PRINTER = "awards.printer"
#: The settings that change the result (refused while the result is locked).
RULE_SETTINGS = (TRIM_THRESHOLD, MIN_JUDGES, SPREAD_LIMIT, TIE_BREAK)

settings.register(
    settings.Setting(TRIM_THRESHOLD, "去掉最高分和最低分的评委人数", 5, settings.whole_number(3, 50)),
    settings.Setting(MIN_JUDGES, "评委人数下限（少于即标注）", 3, settings.whole_number(1, 50)),
    settings.Setting(SPREAD_LIMIT, "评委总分差距上限（分）", 20, _spread),
    settings.Setting(TIE_BREAK, "同分比较顺序（评分标准序号）", [2, 3, 1], _tie_break),
    settings.Setting(NUMBER_PATTERN, "证书编号格式", DEFAULT_NUMBER_PATTERN, _pattern),
    settings.Setting(PRINTER_OFFSETS, "各打印机偏移（毫米）", {}, _offsets),
    settings.Setting(PRINTER, "当前打印机", "", _printer),
)


def rules_from(values: Mapping[str, object], quota: int) -> Rules:
    """The rule's settings from the edition's awards.* values and its quota."""
    spread = values.get(SPREAD_LIMIT)
    return Rules(trim_threshold=int(values[TRIM_THRESHOLD]), min_judges=int(values[MIN_JUDGES]),
                 spread_limit=Fraction(str(spread)) if spread is not None else None,
                 tie_break=tuple(int(v) for v in values[TIE_BREAK]), quota=int(quota))


# --- points ------------------------------------------------------------------------------------------------------

def halves_of(points: Fraction) -> int:
    """Points → half points, as stored."""
    return int(points * 2)


def points_of(halves: int) -> Fraction:
    """Half points, as stored → points."""
    return Fraction(halves, 2)


def _number(value: object) -> Fraction | None:
    """A cell or typed value as a number (None when it is not one): 27, 27.5, "27.5", "２７.５", "27.5分"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        return Fraction(value).limit_denominator(1000) if math.isfinite(value) else None
    text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("分").strip()
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
        return None
    return Fraction(text)


def parse_points(value: object, label: str, maximum: Fraction) -> Fraction:
    """A score for criterion ``label``: a number from 0 to ``maximum`` in half points; ValueError with the Chinese
    reason (naming the criterion and the value as written) otherwise."""
    shown = str(value).strip()
    number = _number(value)
    if number is None:
        raise ValueError(msg.AWARD_SCORE_NOT_NUMBER.format(label=label, value=shown))
    if number < 0:
        raise ValueError(msg.AWARD_SCORE_NEGATIVE.format(label=label, value=shown))
    if number > maximum:
        raise ValueError(msg.AWARD_SCORE_TOO_HIGH.format(label=label, value=shown, maximum=points_label(maximum)))
    if (number * 2).denominator != 1:
        raise ValueError(msg.AWARD_SCORE_NOT_HALF.format(label=label, value=shown))
    return number


def points_label(points: Fraction) -> str:
    """30, 27.5: points as written in a header (满分30)."""
    return str(int(points)) if points.denominator == 1 else f"{float(points):g}"


# --- rubric and judges -------------------------------------------------------------------------------------------

def clean_criterion(values: Mapping[str, object]) -> dict[str, object]:
    """A criterion's name, description and maximum points checked; ValidationError by field."""
    errors: dict[str, str] = {}
    name = str(values.get("name") or "").strip()
    if not name:
        errors["name"] = msg.REQUIRED.format(label="名称")
    elif len(name) > NAME_LIMIT:
        errors["name"] = msg.TOO_LONG.format(label="名称", limit=NAME_LIMIT)
    description = str(values.get("description") or "").strip()
    if len(description) > DESCRIPTION_LIMIT:
        errors["description"] = msg.TOO_LONG.format(label="说明", limit=DESCRIPTION_LIMIT)
    raw = values.get("max_points")
    number = _number(raw) if raw is not None else None
    maximum = Fraction(0)
    if number is None or number < 0 or number > MAX_CRITERION_POINTS or (number * 2).denominator != 1:
        errors["max_points"] = msg.AWARD_MAX_POINTS_BAD.format(value="" if raw is None else raw,
                                                               limit=MAX_CRITERION_POINTS)
    else:
        maximum = number
    if errors:
        raise ValidationError(errors)
    return {"name": name, "description": description, "max_points": maximum}


def clean_judge(values: Mapping[str, object]) -> dict[str, object]:
    """A judge's name, unit and own college (id or None) checked; ValidationError by field."""
    errors: dict[str, str] = {}
    name = str(values.get("name") or "").strip()
    if not name:
        errors["name"] = msg.REQUIRED.format(label="评委姓名")
    elif len(name) > JUDGE_NAME_LIMIT:
        errors["name"] = msg.TOO_LONG.format(label="评委姓名", limit=JUDGE_NAME_LIMIT)
    unit = str(values.get("unit") or "").strip()
    if len(unit) > UNIT_LIMIT:
        errors["unit"] = msg.TOO_LONG.format(label="单位", limit=UNIT_LIMIT)
    if errors:
        raise ValidationError(errors)
    college = values.get("college_id")
    return {"name": name, "unit": unit, "college_id": int(college) if college else None}


def clean_review_text(comment: object, reason: object, abstain: bool) -> tuple[str, str]:
    """A sheet row's comment and 回避 reason, trimmed and checked (a reason is required with 回避; one typed before
    ticking 回避 is kept)."""
    comment_text = str(comment or "").strip()
    reason_text = str(reason or "").strip()
    errors: dict[str, str] = {}
    if len(comment_text) > COMMENT_LIMIT:
        errors["comment"] = msg.TOO_LONG.format(label="评语", limit=COMMENT_LIMIT)
    if abstain and not reason_text:
        errors["abstain_reason"] = msg.AWARD_ABSTAIN_NEEDS_REASON
    if len(reason_text) > REASON_LIMIT:
        errors["abstain_reason"] = msg.TOO_LONG.format(label="回避理由", limit=REASON_LIMIT)
    if errors:
        raise ValidationError(errors)
    return comment_text, reason_text


# --- certificate numbers -----------------------------------------------------------------------------------------

def format_number(pattern: str, year: int, number: int) -> str:
    """A certificate number from the pattern (川科教〔{year}〕职教周第{number:03d}号); ValueError when the pattern
    names another field, lacks {number} or cannot be filled in."""
    try:
        names = {name.split(".")[0].split("[")[0] for _text, name, _spec, _conv in string.Formatter().parse(pattern)
                 if name is not None}
    except ValueError:
        raise ValueError(pattern) from None
    if "number" not in names or not names <= NUMBER_FIELDS:
        raise ValueError(pattern)
    try:
        return pattern.format(year=year, number=number)
    except (ValueError, IndexError, KeyError):
        raise ValueError(pattern) from None


# --- certificate template ----------------------------------------------------------------------------------------

#: Paper choices: name → (width, height) in mm; 自定义 takes the size typed in.
PAPERS: dict[str, tuple[float, float] | None] = {
    "A4横向": (297.0, 210.0), "A4纵向": (210.0, 297.0), "A3横向": (420.0, 297.0), "A3纵向": (297.0, 420.0),
    "自定义": None,
}
DEFAULT_PAPER = "A4横向"
ALIGNMENTS = {"left": "左对齐", "center": "居中", "right": "右对齐"}
MODES = {"blank": "空白纸", "overlay": "套打"}
FONT_SIZE_RANGE = (4.0, 200.0)
PLACEHOLDERS: dict[str, str] = {
    "college": "获奖单位（学院名称）", "award": "奖项名称", "year": "年度", "theme": "活动周主题",
    "school": "学校名称", "date": "颁发日期", "number": "证书编号", "rank": "名次",
}


@dataclass(frozen=True)
class FieldDefault:
    """A field of the default template on A4 landscape: key, label, text, box (mm), size, smallest size, alignment,
    printed when 套打."""

    key: str
    label: str
    text: str
    box: tuple[float, float, float, float]
    size: float
    min_size: float
    align: str
    on_overlay: bool


FIELD_DEFAULTS: tuple[FieldDefault, ...] = (
    FieldDefault("title", "标题", "荣誉证书", (48.5, 28.0, 200.0, 26.0), 48, 30, "center", False),
    FieldDefault("recipient", "获奖单位", "{college}：", (40.0, 66.0, 217.0, 14.0), 24, 14, "left", True),
    FieldDefault("body", "正文", "在{year}年职业教育活动周“{theme}”系列活动中，组织有力、成效显著，"
                 "荣获“{award}”。\n特发此证，以资鼓励。", (52.0, 86.0, 205.0, 42.0), 20, 12, "left", True),
    FieldDefault("issuer", "落款单位", "{school}", (172.0, 142.0, 90.0, 11.0), 18, 12, "center", True),
    FieldDefault("date", "日期", "{date}", (172.0, 155.0, 90.0, 10.0), 16, 10, "center", True),
    FieldDefault("number", "证书编号", "证书编号：{number}", (20.0, 186.0, 130.0, 8.0), 10, 7, "left", True),
)
FIELD_LABELS = {field.key: field.label for field in FIELD_DEFAULTS}
BASE_PAPER = (297.0, 210.0)
DEFAULT_SEAL_BOX = (190.0, 126.0, 40.0, 40.0)


def scaled_box(box: tuple[float, float, float, float], paper: tuple[float, float],
               base: tuple[float, float] = BASE_PAPER) -> tuple[float, float, float, float]:
    """A box laid out on ``base`` paper moved and sized in proportion to ``paper`` (rounded to 0.5 mm)."""
    sx, sy = paper[0] / base[0], paper[1] / base[1]
    x, y, w, h = box
    return tuple(round(v * 2) / 2 for v in (x * sx, y * sy, w * sx, h * sy))  # type: ignore[return-value]


def placeholders_in(text: str) -> list[str]:
    """The placeholder names in a field's text; ValueError for braces that do not pair up."""
    return [name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None]


def check_field_text(label: str, text: str) -> None:
    """Refuse a field text with a placeholder that does not exist or unpaired braces (naming the field)."""
    try:
        names = placeholders_in(text)
    except ValueError:
        raise ValidationError({"text": msg.CERT_TEXT_BRACES.format(label=label)}) from None
    unknown = [name for name in names if name not in PLACEHOLDERS]
    if unknown:
        raise ValidationError({"text": msg.CERT_TEXT_PLACEHOLDER.format(
            label=label, name="{" + unknown[0] + "}", choices=" ".join("{" + key + "}" for key in PLACEHOLDERS))})


def fill(text: str, values: Mapping[str, object]) -> str:
    """A field's text with its placeholders filled in (a placeholder without a value is left empty)."""
    return text.format_map({key: values.get(key, "") for key in PLACEHOLDERS})


def clean_field(label: str, values: Mapping[str, object], paper: tuple[float, float]) -> dict[str, object]:
    """A certificate field's box, sizes, alignment and text checked against the paper (ValidationError naming the
    field: a box off the paper, a size out of range, an unknown placeholder)."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    for key in ("x", "y", "width", "height", "size", "min_size"):
        value = _number(values.get(key)) if values.get(key) is not None else None
        if value is None:
            errors[key] = msg.CERT_FIELD_NOT_NUMBER.format(label=label, what=msg.CERT_FIELD_PARTS[key],
                                                           value=values.get(key, ""))
            continue
        cleaned[key] = float(value)
    if errors:
        raise ValidationError(errors)
    x, y, width, height = (cleaned[k] for k in ("x", "y", "width", "height"))
    if width <= 0 or height <= 0 or x < 0 or y < 0 or x + width > paper[0] + 1e-6 or y + height > paper[1] + 1e-6:
        raise ValidationError({"box": msg.PDF_BOX_OFF_PAPER.format(
            label=label, x=f"{x:g}", y=f"{y:g}", width=f"{width:g}", height=f"{height:g}",
            paper_width=f"{paper[0]:g}", paper_height=f"{paper[1]:g}")})
    low, high = FONT_SIZE_RANGE
    for key in ("size", "min_size"):
        if not low <= cleaned[key] <= high:
            raise ValidationError({key: msg.CERT_FONT_SIZE.format(label=label, what=msg.CERT_FIELD_PARTS[key],
                                                                   value=f"{cleaned[key]:g}", low=f"{low:g}",
                                                                   high=f"{high:g}")})
    if cleaned["min_size"] > cleaned["size"]:
        raise ValidationError({"min_size": msg.CERT_MIN_OVER_SIZE.format(label=label)})
    align = str(values.get("align") or "left")
    if align not in ALIGNMENTS:
        raise ValidationError({"align": msg.BAD_CHOICE.format(label=f"“{label}”的对齐方式", value=align,
                                                              choices="、".join(ALIGNMENTS.values()))})
    text = str(values.get("text") or "")
    check_field_text(label, text)
    cleaned.update(align=align, text=text, on_overlay=bool(values.get("on_overlay", True)))
    return cleaned
