"""The 2024 notice's facts (川科教发〔2024〕26号), the defaults from which every new edition starts.

Names are stored without the notice's padding spaces (高 莉 → 高莉). The 二级学院 row's head is a
role (院长、书记), not a person.
"""

from __future__ import annotations

import datetime as dt

from vocweek_desktop.domain.dates import move_to_year

NOTICE_YEAR = 2024

EDITION_2024: dict[str, object] = {
    "year": 2024,
    "title": "2024年职业教育活动周",
    "theme": "一技在手，一生无忧",
    "doc_number": "川科教发〔2024〕26号",
    "week_start": dt.date(2024, 5, 12),
    "week_end": dt.date(2024, 5, 18),
    "showcase_date": dt.date(2024, 5, 13),
    "showcase_start": dt.time(9, 30),
    "showcase_end": dt.time(17, 0),
    "showcase_venue": "东区科技广场",
    "registration_deadline": dt.datetime(2024, 5, 10, 18, 0),
    "report_deadline": dt.datetime(2024, 5, 23, 23, 59, 59),
    "award_name": "优秀组织奖",
    "award_quota": 4,
    "school_name": "四川科技职业学院",
    "office_name": "教务处",
}

CONTACTS_2024: list[dict[str, str]] = [
    {"name": "湛兴波", "phone": "028-37330356", "email": ""},
    {"name": "鄢涛", "phone": "028-37330356", "email": "173882469@qq.com"},
]

LEADERSHIP_2024: list[tuple[str, str]] = [
    ("组长", "栾好利"),
    ("副组长", "高莉"),
    ("副组长", "伍希"),
    ("成员", "教务处负责人"),
    ("成员", "学生处团委负责人"),
    ("成员", "融媒体中心负责人"),
    ("成员", "保卫处负责人"),
    ("成员", "信息中心负责人"),
    ("成员", "后勤处负责人"),
    ("成员", "各二级学院院长和书记"),
]

# (name, duty, head, need routed to it)
DEPARTMENTS_2024: list[tuple[str, str, str, str | None]] = [
    ("教务处", "牵头组织学校职教周整体工作，安排、协调、指导职教周内各项工作", "高莉", None),
    ("二级学院", "组织、策划、执行本院职教周内各项活动，确保活动有序开展，撰写总结报告等工作", "院长、书记", None),
    ("融媒体中心", "负责职教周内各项活动图片影像资料拍摄及新闻报道，后续撰写发布新闻向省教育厅及各大媒体投稿等相关工作",
     "邹凯", "media"),
    ("学生处、团委", "组织及配合各学院开展丰富多彩的职教周活动及特色服务活动。", "伍希", None),
    ("信息中心", "职教周期间使用到信息设备运维保障", "熊阿布", "it"),
    ("后勤处", "职教周期间用电相关后勤保障工作", "肖镇海", "power"),
    ("保卫处", "职教周期间内各项活动安全保障工作", "周鹏", "security"),
]

ROLES = ("组长", "副组长", "成员")

# Activity needs and the unit each is routed to (notice section 一, duty table).
NEED_LABELS: dict[str, str] = {"power": "用电", "it": "信息设备", "security": "安保", "media": "宣传拍摄"}

# Sample colleges for `vocweek demo`: clearly marked （示例） so nobody mistakes them for real data.
SAMPLE_COLLEGES: list[dict[str, object]] = [
    {"name": "智能制造学院（示例）", "short_name": "智造", "dean": "王建国", "party_secretary": "李红梅",
     "contact_person": "张伟", "phone": "028-37330101", "email": "zhizao@example.edu.cn",
     "teacher_count": 86, "student_count": 2350},
    {"name": "汽车工程学院（示例）", "short_name": "汽车", "dean": "刘志强", "party_secretary": "陈静",
     "contact_person": "杨帆", "phone": "028-37330102", "email": "qiche@example.edu.cn",
     "teacher_count": 72, "student_count": 1980},
    {"name": "信息工程学院（示例）", "short_name": "信息", "dean": "赵明", "party_secretary": "周丽",
     "contact_person": "吴昊", "phone": "13808080101", "email": "xinxi@example.edu.cn",
     "teacher_count": 95, "student_count": 2860},
    {"name": "建筑工程学院（示例）", "short_name": "建工", "dean": "孙立新", "party_secretary": "郑晓燕",
     "contact_person": "冯磊", "phone": "028-37330104", "email": "jiangong@example.edu.cn",
     "teacher_count": 64, "student_count": 1720},
    {"name": "经济管理学院（示例）", "short_name": "经管", "dean": "黄丽华", "party_secretary": "何军",
     "contact_person": "许婷", "phone": "028-37330105转8012", "email": "jingguan@example.edu.cn",
     "teacher_count": 58, "student_count": 2140},
    {"name": "医药健康学院（示例）", "short_name": "医药", "dean": "林涛", "party_secretary": "罗敏",
     "contact_person": "高源", "phone": "13908080106", "email": "yiyao@example.edu.cn",
     "teacher_count": 77, "student_count": 2510},
    {"name": "艺术设计学院（示例）", "short_name": "艺设", "dean": "谢雨", "party_secretary": "韩冰",
     "contact_person": "唐糖", "phone": "028-37330107", "email": "yishe@example.edu.cn",
     "teacher_count": 49, "student_count": 1380},
    {"name": "航空学院（示例）", "short_name": "航空", "dean": "邓飞", "party_secretary": "曹雪",
     "contact_person": "彭程", "phone": "028-37330108", "email": "hangkong@example.edu.cn",
     "teacher_count": 53, "student_count": 1290},
    {"name": "现代农业学院（示例）", "short_name": "农业", "dean": "曾庆丰", "party_secretary": "蒋萍",
     "contact_person": "蔡勇", "phone": "028-37330109", "email": "nongye@example.edu.cn",
     "teacher_count": 41, "student_count": 980},
    {"name": "马克思主义学院（示例）", "short_name": "马院", "dean": "袁正", "party_secretary": "潘虹",
     "contact_person": "杜鹃", "phone": "028-37330110", "email": "mayuan@example.edu.cn",
     "teacher_count": 38, "student_count": 0},
]


def edition_defaults(year: int) -> dict[str, object]:
    """The notice's edition settings with every date moved to ``year``; another year's document number is left open."""
    values = dict(EDITION_2024)
    if year == NOTICE_YEAR:
        return values
    values["year"] = year
    values["title"] = f"{year}年职业教育活动周"
    values["doc_number"] = f"川科教发〔{year}〕号"
    return {key: move_to_year(value, year) for key, value in values.items()}
