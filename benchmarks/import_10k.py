"""Benchmark: importing a 10,000-row 附件1 workbook (preview with validation + apply) against plain openpyxl.

Run: ``uv run python benchmarks/import_10k.py [--rows 10000] [--repeat 3]``. Builds the workbook as a college
would return it (title rows, header on row 5, the example row left in, dates and times as text and as cells,
counts as 约200人, several enterprises per cell), then times in the same run:

- plain: ``openpyxl.load_workbook(read_only=True)`` and iterating every row's values (nothing else);
- import: ``preview_workbook`` (safety checks, header search, parsing and validating every cell, matching)
  plus ``apply_import`` (one transaction, bulk inserts) into a fresh database;
- re-import: the same file again (every row matched, nothing written but the submission record and the
  file's audit event).

Prints the best of ``--repeat`` runs for each and the ratio. Goal (issue 3): import ≤ 2× plain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TOPICS = ["工业机器人", "数控加工", "新能源汽车", "智能网联", "大数据", "人工智能", "云计算", "网络安全", "建筑信息模型",
          "电子商务", "直播营销", "中医药", "护理技能", "非遗传承", "无人机", "智慧农业", "3D打印", "物联网"]
KINDS = ["成果展", "技能展示", "体验活动", "开放日", "宣讲会", "专题讲座", "技能竞赛", "进社区服务", "校友分享会"]
VENUES = ["东区科技广场", "图书馆一楼报告厅", "实训楼A座201", "学生活动中心", "体育馆", "周边社区服务中心"]
CATEGORIES = ["线下宣传展示", "数字化展览", "特色主题活动", "社会服务", "校园开放", "校园招聘会", "其他"]
THEMES = ["学院日", "学生日", "教师日", "企业日", None]
ENTERPRISES = ["四川智造科技有限公司", "成都数科技术有限公司", "重庆汽车装备股份有限公司", "德阳建工实业有限公司",
               "绵阳电子信息有限公司", "宜宾能源发展集团有限公司", "天府文旅服务有限公司"]
HEADER = ["序号", "活动名称", "活动类别", "主题日", "活动日期", "结束日期", "开始时间", "结束时间", "活动地点",
          "校内/校外", "线上/线下", "面向对象", "预计参与教师数", "预计参与学生数", "预计参与公众数", "合作企业",
          "负责人", "联系电话", "用电需求", "信息设备需求", "安保需求", "宣传拍摄需求", "活动简介"]


def build_workbook(path: Path, rows: int, seed: int = 7) -> Path:
    """A college's returned 附件1 with ``rows`` activities (write-only, so building it is quick)."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("活动信息表")
    ws.append(["附件1"])
    ws.append(["2024年职业教育活动周活动信息表"])
    ws.append(["学院：智能制造学院"])
    ws.append(["填写说明：每行填写一项活动……"])
    ws.append(HEADER)
    ws.append(["示例", "示例：智能制造技能展示", "线下宣传展示", "学院日", "5月13日"])
    for number in range(1, rows + 1):
        day = 12 + number % 7
        start = rng.choice(["9:30", "９：３０", "14:00", "下午3点", "晚上7点", dt.time(10, 0), "9点30"])
        first = rng.choice([f"5月{day}日", f"2024-05-{day:02d}", dt.datetime(2024, 5, day), f"2024年5月{day}日"])
        ws.append([
            number, f"{rng.choice(TOPICS)}{rng.choice(KINDS)}（第{number}场）", rng.choice(CATEGORIES),
            rng.choice(THEMES), first, None, start, None, rng.choice(VENUES), rng.choice(["校内", "校外"]),
            rng.choice(["线下", "线上", "线上+线下"]), "全校师生、社会公众", rng.randint(2, 30),
            rng.choice([rng.randint(20, 500), f"约{rng.randint(20, 500)}人"]), rng.randint(0, 200),
            "、".join(rng.sample(ENTERPRISES, rng.randint(0, 2))), rng.choice(["王老师", "李老师", "张伟"]),
            rng.choice(["13800138000", "028-37330101"]), rng.choice(["是", "否"]), rng.choice(["是", "否"]),
            rng.choice(["是", "否"]), rng.choice(["是", "否"]), "面向社会公众开放的职业体验活动，现场展示学生作品。",
        ])
    workbook.save(path)
    return path


def plain_read(path: Path) -> tuple[float, int]:
    """Plain openpyxl read-only iteration over every row's values."""
    import openpyxl

    began = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in workbook["活动信息表"].iter_rows(values_only=True))
    workbook.close()
    return time.perf_counter() - began, count


def fresh_database(folder: Path):
    """A new database with the 2024 edition and the college the workbook names."""
    from vocweek_desktop.services import colleges, editions
    from vocweek_desktop.store.engine import open_database

    path = folder / f"bench-{time.perf_counter_ns()}.sqlite3"
    db = open_database(path)
    edition = editions.create_from_defaults(db, 2024)
    colleges.add_college(db, edition.id, {"name": "智能制造学院"})
    return db, edition.id


def timed_import(db, edition_id: int, path: Path):
    """preview_workbook + apply_import; returns seconds and the result."""
    from vocweek_desktop.services import activities_import, imports

    began = time.perf_counter()
    preview = activities_import.preview_workbook(db, edition_id, path)
    previewed = time.perf_counter()
    result = imports.apply_import(db, preview)
    return time.perf_counter() - began, previewed - began, preview, result


def main(argv: list[str] | None = None) -> int:
    """Build, time, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vocweek-bench-") as folder:
        folder = Path(folder)
        began = time.perf_counter()
        path = build_workbook(folder / "附件1-智能制造学院.xlsx", args.rows)
        print(f"workbook: {args.rows} rows, {path.stat().st_size / 2**20:.1f} MB, built in "
              f"{time.perf_counter() - began:.2f} s")
        plain, imports, previews, reimports = [], [], [], []
        for _ in range(args.repeat):
            seconds, count = plain_read(path)
            plain.append(seconds)
            db, edition_id = fresh_database(folder)
            total, preview_seconds, preview, result = timed_import(db, edition_id, path)
            assert not preview.problems, preview.problems[:3]
            assert result.added == args.rows, result
            imports.append(total)
            previews.append(preview_seconds)
            again, _, preview, result = timed_import(db, edition_id, path)
            assert result.added == 0 and len(preview.unchanged) == args.rows, result
            reimports.append(again)
            db.close()
        best_plain, best_import = min(plain), min(imports)
        print(f"plain openpyxl read_only iteration: {best_plain:.2f} s ({count} rows)")
        print(f"import (preview {min(previews):.2f} s + apply): {best_import:.2f} s")
        print(f"re-import of the same file (all rows matched, unchanged): {min(reimports):.2f} s")
        print(f"ratio import / plain: {best_import / best_plain:.2f}x (goal <= 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
