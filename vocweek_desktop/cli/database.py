"""Whole-file commands: demo, check, backup."""

from __future__ import annotations

from vocweek_desktop import paths
from vocweek_desktop.cli.common import command, opened, operator, print_notices


def register(commands) -> None:
    """Add demo, check and backup."""
    demo = command(commands, "demo", "新建含 2024 年度与示例学院的演示数据库", run_demo, edition=False)
    demo.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    demo.add_argument("--activities", action="store_true", help="同时加入示例活动（便于试用活动报名与概览）")
    demo.add_argument("--layout", action="store_true", help="同时加入示例展示场地，每个示例学院一个展位")
    demo.add_argument("--outings", action="store_true", help="同时加入各种状态的示例外出申请")
    demo.add_argument("--afterweek", action="store_true",
                      help="同时加入活动周之后的示例：情况统计表填报的实际情况、宣传报道、各学院提交的材料（含示例活动）")
    demo.add_argument("--awards", action="store_true", help="同时加入示例评委及其评分（便于试用评奖打分）")
    command(commands, "check", "检查数据库完整性与结构版本（只读）", run_check, edition=False)
    backup = command(commands, "backup", "把数据库一致地复制到另一个文件", run_backup, edition=False)
    backup.add_argument("--out", required=True, metavar="FILE", help="备份文件")


def run_demo(args) -> int:
    """vocweek demo."""
    from vocweek_desktop.services.database import create_demo

    path = paths.database_path(getattr(args, "db", None))
    db = create_demo(path, force=args.force, with_activities=args.activities,
                     with_layout=args.layout, with_outings=args.outings, with_afterweek=args.afterweek,
                     with_awards=args.awards, operator=operator(args))
    db.close()
    print_notices(db.notices)
    print(f"已创建演示数据库：{path}")
    return 0


def run_check(args) -> int:
    """vocweek check."""
    from vocweek_desktop.services.database import check_database

    result = check_database(paths.database_path(getattr(args, "db", None)))
    print(result.line)
    return 0 if result.ok else 1


def run_backup(args) -> int:
    """vocweek backup."""
    from vocweek_desktop.services.database import save_copy

    with opened(args) as db:
        target = save_copy(db, args.out)
    print(f"已备份到：{target}")
    return 0
