"""Which field a header cell of a returned 附件1 names: the accepted header names of every field
(``HEADER_ALIASES``), headers over two rows (预计参与人数 above 教师), and the normalising that makes 活动名称（必填）*
match 活动名称. 备注 is not mapped to any field (notes are not the activity's description)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["HEADER_ALIASES", "match_header", "normalize_header"]

# ---------------------------------------------------------------------------------------------- headers

# field key → header names (the template's own first, then variants). Matched after normalize_header.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "序", "no", "no.", "顺序号"),
    "row_uid": ("行ID", "row_uid", "rowid", "行标识", "行编号ID"),
    "college": ("学院", "学院名称", "二级学院", "院系", "系部", "承办学院", "组织单位", "主办单位", "举办单位", "承办单位",
                "申报单位", "填报单位", "单位", "所属学院", "所属单位", "所在学院"),
    "title": ("活动名称", "活动主题", "活动名", "名称", "活动项目", "项目名称", "活动标题", "主题"),
    "category": ("活动类别", "类别", "活动类型", "类型", "活动分类", "分类"),
    "theme_day": ("主题日", "活动主题日", "所属主题日", "主题日类别"),
    "date_time": ("日期时间", "活动时间", "时间", "活动日期时间", "活动日期及时间", "举办时间", "开展时间", "起止时间",
                  "活动起止时间"),
    "first_date": ("活动日期", "日期", "开始日期", "举办日期", "活动开始日期", "起始日期", "开展日期", "起止日期",
                   "活动起止日期"),
    "last_date": ("结束日期", "活动结束日期", "截止日期", "终止日期"),
    "start_time": ("开始时间", "起始时间", "活动开始时间"),
    "end_time": ("结束时间", "活动结束时间", "截止时间", "终止时间"),
    "venue": ("活动地点", "地点", "场地", "举办地点", "活动场地", "地址", "活动地址", "开展地点", "场所", "具体地点"),
    "off_campus": ("校内/校外", "校内外", "是否校外", "是否在校外", "校内或校外", "校内校外"),
    "form": ("线上/线下", "线上或线下", "活动形式", "形式", "举办形式", "开展形式", "活动方式", "方式"),
    "audience": ("面向对象", "参与对象", "对象", "面向人群", "活动对象", "受众", "参加对象", "服务对象"),
    "expected_teachers": ("预计参与教师数", "参与教师人数", "教师人数", "教师数", "预计教师人数", "参与教师数",
                          "预计参与教师人数", "教师参与人数"),
    "expected_students": ("预计参与学生数", "参与学生人数", "学生人数", "学生数", "预计学生人数", "参与学生数",
                          "预计参与学生人数", "学生参与人数"),
    "expected_public": ("预计参与公众数", "公众人数", "社会公众人数", "参与公众人数", "公众数", "参与公众数",
                        "预计公众人数", "预计参与公众人数", "预计参与社会公众人数", "社会公众数"),
    "actual_teachers": ("实际参与教师数", "实际参与教师人数", "实际教师人数"),
    "actual_students": ("实际参与学生数", "实际参与学生人数", "实际学生人数"),
    "actual_public": ("实际参与公众数", "实际参与公众人数", "实际公众人数"),
    "enterprises": ("合作企业", "合作单位", "合作企业名称", "参与企业", "合作方", "企业名称", "合作企业单位", "企业"),
    "person_in_charge": ("负责人", "联系人", "活动负责人", "负责人姓名", "联系人姓名", "活动联系人", "责任人"),
    "phone": ("联系电话", "电话", "手机", "联系方式", "手机号", "手机号码", "联系人电话", "负责人电话", "电话号码"),
    "need_power": ("用电需求", "是否用电", "用电", "是否需要用电", "电力需求", "电源需求", "需要用电"),
    "need_it": ("信息设备需求", "信息设备", "网络", "设备需求", "网络需求", "网络设备需求", "信息化设备需求",
                "网络及设备需求", "是否需要信息设备"),
    "need_security": ("安保需求", "安保", "安全保障", "安全保障需求", "是否需要安保", "安保人员"),
    "need_media": ("宣传拍摄需求", "宣传", "拍摄", "新闻宣传", "宣传报道", "拍摄需求", "宣传需求", "宣传报道需求",
                   "是否需要宣传拍摄", "摄影摄像"),
    "description": ("活动简介", "简介", "活动内容", "内容", "活动内容简介", "内容简介", "活动概述", "活动说明"),
    "status": ("状态", "活动状态", "举办状态"),
}

_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|<[^<>]*>|〔[^〔〕]*〕")


def normalize_header(text: object) -> str:
    """A header cell reduced for matching: no spaces or new lines, half-width, lower case, no (说明), no * marks."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    folded = "".join(folded.split())
    stripped = _BRACKETS.sub("", folded)
    if stripped.strip("*※★☆:：/、|-_"):
        folded = stripped
    folded = re.sub(r"[*※★☆:：/、|\-_()\[\]【】〔〕<>]", "", folded)
    return folded.removesuffix("必填").removesuffix("选填")


# Headers over two rows: a merged parent cell (预计参与人数) above its children (教师 / 学生 / 公众).
# Matched as parent + child, so 预计参与人数 over 教师 (or a flattened 预计参与人数-教师) → expected_teachers.
_HEADER_GROUPS: tuple[tuple[tuple[str, ...], dict[str, str]], ...] = (
    (("预计参与人数", "预计参与", "参与人数", "预计人数", "人数", "预计参加人数", "参加人数", "参与对象人数"),
     {"教师": "expected_teachers", "教师数": "expected_teachers", "教师人数": "expected_teachers",
      "学生": "expected_students", "学生数": "expected_students", "学生人数": "expected_students",
      "公众": "expected_public", "公众数": "expected_public", "公众人数": "expected_public",
      "社会公众": "expected_public", "社会人员": "expected_public"}),
    (("实际参与人数", "实际参与", "实际人数", "实际参加人数"),
     {"教师": "actual_teachers", "教师数": "actual_teachers", "教师人数": "actual_teachers",
      "学生": "actual_students", "学生数": "actual_students", "学生人数": "actual_students",
      "公众": "actual_public", "公众数": "actual_public", "公众人数": "actual_public", "社会公众": "actual_public"}),
    (("需求", "活动需求", "保障需求", "相关需求", "是否需要", "需要", "支持需求", "服务需求", "所需保障"),
     {"用电": "need_power", "电力": "need_power", "电源": "need_power",
      "信息设备": "need_it", "网络": "need_it", "设备": "need_it", "网络设备": "need_it",
      "安保": "need_security", "安全保障": "need_security", "安全": "need_security",
      "宣传拍摄": "need_media", "宣传": "need_media", "拍摄": "need_media"}),
    (("活动时间", "时间", "举办时间", "起止时间"),
     {"开始": "start_time", "起": "start_time", "开始时间": "start_time", "结束": "end_time", "止": "end_time",
      "至": "end_time", "结束时间": "end_time", "日期": "first_date"}),
    (("活动日期", "日期", "起止日期"),
     {"开始": "first_date", "起": "first_date", "开始日期": "first_date", "结束": "last_date", "止": "last_date",
      "至": "last_date", "结束日期": "last_date"}),
    (("负责人", "联系人", "活动负责人"),
     {"姓名": "person_in_charge", "电话": "phone", "联系电话": "phone", "手机": "phone", "联系方式": "phone"}),
)

_HEADER_LOOKUP: dict[str, str] = {}
for _field, _names in HEADER_ALIASES.items():
    for _alias in _names:
        _HEADER_LOOKUP.setdefault(normalize_header(_alias), _field)
_HEADER_PAIRS: dict[tuple[str, str], str] = {}
_HEADER_FLAT: dict[str, str] = {}
for _parents, _children in _HEADER_GROUPS:
    for _parent in _parents:
        for _child, _field in _children.items():
            _HEADER_PAIRS.setdefault((normalize_header(_parent), normalize_header(_child)), _field)
            _HEADER_FLAT.setdefault(normalize_header(_parent + _child), _field)


def match_header(text: object, parent: object = None) -> str | None:
    """The field key a header cell names (活动名称 → 'title', *活动日期（必填） → 'first_date'), or None.

    ``parent`` is the merged cell above a two-row header: 教师 under 预计参与人数 → 'expected_teachers'.
    """
    key = normalize_header(text)
    if not key:
        return None
    upper = normalize_header(parent)
    if upper and upper != key:
        field = _HEADER_PAIRS.get((upper, key)) or _HEADER_FLAT.get(upper + key)
        if field:
            return field
    field = _HEADER_LOOKUP.get(key) or _HEADER_FLAT.get(key)
    if field is None and len(key) > 2 and key[-1] in "人名个次":
        field = _HEADER_LOOKUP.get(key[:-1])  # 预计参与教师数/人 → 预计参与教师数人
    return field
