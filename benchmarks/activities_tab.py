"""Benchmark: the 活动报名 tab over 100,000 activities — first paint, re-sort, peak memory.

Run: ``uv run python benchmarks/activities_tab.py [--rows 100000] [--keep DB]``. Prints one line per figure.
Goal (issue 3): first paint and re-sort each under 0.5 s, peak memory under 400 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞晓东海波宁雪梅婷峰斌鑫宇浩凯"
TOPICS = ["工业机器人", "数控加工", "新能源汽车", "智能网联", "大数据", "人工智能", "云计算", "网络安全",
          "建筑信息模型", "装配式建筑", "电子商务", "直播营销", "中医药", "护理技能", "非遗传承", "陶艺",
          "无人机", "航空维修", "智慧农业", "茶艺", "思政微课", "工匠精神", "3D打印", "物联网"]
KINDS = ["成果展", "技能展示", "体验活动", "开放日", "宣讲会", "专题讲座", "技能竞赛", "进社区服务",
         "校友分享会", "校企签约仪式", "招聘会", "云上展厅", "作品展", "职业体验营"]
VENUES = ["东区科技广场", "图书馆一楼报告厅", "实训楼A座201", "实训楼B座大厅", "学生活动中心", "体育馆",
          "行政楼三楼会议室", "智能制造实训基地", "汽车实训中心", "线上（学校官网）", "周边社区服务中心",
          "市职教园区", "合作企业厂区", "西区大学生创业园"]
AUDIENCES = ["全校师生", "社会公众", "中小学生及家长", "行业企业", "校友", "新生", "社区居民"]
ENTERPRISE_PARTS = (["四川", "成都", "重庆", "德阳", "绵阳", "宜宾", "华西", "天府"],
                    ["智造", "数科", "汽车", "建工", "医药", "航空", "农业", "电子", "信息", "文旅", "物流", "能源"],
                    ["科技", "技术", "装备", "服务", "实业", "发展"],
                    ["有限公司", "股份有限公司", "集团有限公司", "有限责任公司"])


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def build_database(path: Path, rows: int, *, seed: int = 2024):
    """A demo database with ``rows`` activities (Core executemany), several colleges and ~1,500 enterprises."""
    from sqlalchemy import insert, select

    from vocweek_desktop.domain.activities import CATEGORIES, FORMS, STATUSES, THEME_DAYS, normalize_enterprise
    from vocweek_desktop.services.activities import new_row_uid
    from vocweek_desktop.services.activity_keys import enterprises_key, sort_keys
    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store.models import Activity, ActivityEnterprise, College, Department, Edition, Enterprise

    rng = random.Random(seed)
    db = create_demo(path, force=True)
    with db.transaction() as session:
        edition_id, week_start = session.execute(select(Edition.id, Edition.week_start)).one()
        colleges = list(session.scalars(select(College.id).where(College.edition_id == edition_id)))
        departments = list(session.scalars(select(Department.id).where(Department.edition_id == edition_id)))
        names: dict[str, str] = {}
        while len(names) < 1500:
            name = "".join(rng.choice(part) for part in ENTERPRISE_PARTS)
            names.setdefault(normalize_enterprise(name), name)
        session.execute(insert(Enterprise), [{"edition_id": edition_id, "name": n, "norm_name": k}
                                             for k, n in names.items()])
        names_by_id = dict(session.execute(select(Enterprise.id, Enterprise.name)
                                           .where(Enterprise.edition_id == edition_id)).all())
        enterprise_ids = list(names_by_id)
        start_id = (session.scalar(select(Activity.id).order_by(Activity.id.desc()).limit(1)) or 0) + 1
        batch, links = [], []
        for i in range(rows):
            first = week_start + dt.timedelta(days=rng.randint(-1, 6) if rng.random() < 0.02 else rng.randint(0, 6))
            last = first + dt.timedelta(days=rng.choice((0, 0, 0, 0, 1, 2, 6)))
            hour = rng.randint(8, 19)
            start = dt.time(hour, rng.choice((0, 30))) if rng.random() < 0.9 else None
            end = dt.time(min(hour + rng.randint(1, 3), 22), 0) if start else None
            by_college = rng.random() < 0.9
            topic, kind = rng.choice(TOPICS), rng.choice(KINDS)
            batch.append({
                "edition_id": edition_id, "row_uid": new_row_uid(),
                "college_id": rng.choice(colleges) if by_college else None,
                "department_id": None if by_college else rng.choice(departments),
                "title": f"{topic}{kind}（第{i % 50 + 1}场）", "category": rng.choice(CATEGORIES),
                "theme_day": rng.choice(THEME_DAYS) if rng.random() < 0.4 else None,
                "first_date": first, "last_date": last, "start_time": start, "end_time": end,
                "venue": rng.choice(VENUES), "off_campus": rng.random() < 0.15, "form": rng.choice(FORMS),
                "audience": rng.choice(AUDIENCES), "expected_teachers": rng.randint(2, 60),
                "expected_students": rng.randint(20, 800), "expected_public": rng.choice((None, 0, 50, 200)),
                "actual_teachers": None, "actual_students": None, "actual_public": None,
                "person_in_charge": _name(rng), "phone": f"138{rng.randint(0, 99999999):08d}",
                "description": f"围绕{topic}开展{kind}，展示职业教育成果，邀请师生和社会公众参与。",
                "need_power": rng.random() < 0.5, "need_it": rng.random() < 0.3,
                "need_security": rng.random() < 0.2, "need_media": rng.random() < 0.4,
                "status": rng.choice(STATUSES), "source_kind": rng.choice(("manual", "import", "paste")),
                "source_file": "智能制造学院活动信息表.xlsx", "source_sheet": "活动信息表",
                "source_row": i % 200 + 4, "received_at": None, "created_at": dt.datetime(2024, 5, 8, 9, 0),
                "updated_at": dt.datetime(2024, 5, 8, 9, 0), "deleted_at": None,
            })
            batch[-1].update(sort_keys(batch[-1]))  # the pinyin sort keys the services write with the text
            chosen = sorted(rng.sample(enterprise_ids, rng.choice((0, 1, 1, 2, 3))))
            batch[-1]["enterprises_key"] = enterprises_key(names_by_id[e] for e in chosen)
            for enterprise in chosen:
                links.append({"activity_id": start_id + i, "enterprise_id": enterprise})
        # Core executemany on the tables (the ORM bulk path is slower, TRAPS.md).
        session.execute(insert(Activity.__table__), batch)
        session.execute(insert(ActivityEnterprise.__table__), links)
    return db, edition_id


class _PaintWatch:
    """Counts paint events of a widget (the viewport of the table)."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, watched, event):  # noqa: N802, N805 - Qt's name
                if event.type() == QEvent.Type.Paint:
                    self.paints += 1
                return False

        self.paints = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def wait_for_paint(self, app, after: int, timeout: float = 60.0) -> None:
        """Process events until a paint beyond ``after`` was delivered (and finished)."""
        deadline = time.perf_counter() + timeout
        while self.paints <= after:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("no paint")


def _peak_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / 1024 if sys.platform != "darwin" else usage / 1024 / 1024


def measure(db, edition_id: int) -> dict[str, float]:
    """First paint, re-sorts, a search and a jump to the last row, in seconds; peak memory in MB."""
    from PySide6.QtCore import Qt

    from vocweek_desktop.app import create_application

    app = create_application([])
    from vocweek_desktop.gui.tabs.activities_tab import ActivitiesTab

    figures: dict[str, float] = {"peak_memory_before_tab_mb": _peak_mb()}
    start = time.perf_counter()
    tab = ActivitiesTab()
    tab.resize(1280, 800)
    tab.set_context(db, edition_id)
    watch = _PaintWatch(tab.ui.table_view.viewport())
    tab.show()
    watch.wait_for_paint(app, 0)
    figures["first_paint_s"] = time.perf_counter() - start
    assert tab.model.rowCount() > 0

    view = tab.ui.table_view
    for key, order in (("title", Qt.SortOrder.AscendingOrder), ("organiser", Qt.SortOrder.AscendingOrder),
                       ("venue", Qt.SortOrder.DescendingOrder), ("enterprises", Qt.SortOrder.AscendingOrder),
                       ("first_date", Qt.SortOrder.AscendingOrder)):
        painted = watch.paints
        start = time.perf_counter()
        view.sortByColumn(tab.model.column_of(key), order)
        watch.wait_for_paint(app, painted)
        figures[f"sort_{key}_{'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}_s"] = \
            time.perf_counter() - start

    painted = watch.paints
    start = time.perf_counter()
    view.scrollToBottom()
    watch.wait_for_paint(app, painted)
    figures["jump_to_last_row_s"] = time.perf_counter() - start

    painted = watch.paints
    start = time.perf_counter()
    tab.ui.search_edit.setText("四川")
    tab._apply_search_now()  # what Enter does; typing waits SEARCH_DELAY_MS first
    watch.wait_for_paint(app, painted)
    figures["search_s"] = time.perf_counter() - start
    figures["search_rows"] = tab.model.rowCount()
    figures["windows_in_memory"] = len(tab.model.loaded_windows())
    figures["peak_memory_mb"] = _peak_mb()
    tab.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    """Build the database in a child process (so its memory does not count), then measure here and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="database file to build once and reuse")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build_only:
        start = time.perf_counter()
        db, _edition = build_database(args.build_only, args.rows)
        db.close()
        print(f"built {args.rows:,} activities in {time.perf_counter() - start:.1f} s")
        return 0
    from vocweek_desktop.services import editions
    from vocweek_desktop.services.activities import count_activities
    from vocweek_desktop.store.engine import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "bench-activities.sqlite3"
        if args.keep and path.exists():
            print(f"reusing {path}")
        else:
            subprocess.run([sys.executable, __file__, "--rows", str(args.rows), "--build-only", str(path)],
                           check=True)
        db = open_database(path)
        edition_id = editions.list_editions(db)[0].id
        print(f"activities: {count_activities(db, edition_id):,}")
        figures = measure(db, edition_id)
        db.close()
    goals = {"first_paint_s": 0.5, "sort_title_asc_s": 0.5, "peak_memory_mb": 400}
    for name, value in figures.items():
        goal = goals.get(name)
        mark = "" if goal is None else f"  (goal < {goal}: {'met' if value < goal else 'MISSED'})"
        print(f"{name:28s} {value:10.3f}{mark}" if isinstance(value, float) else f"{name:28s} {value:10d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
