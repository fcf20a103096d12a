"""The 附件1 workflow without a window: template, import, export."""

from __future__ import annotations

import sys

from vocweek_desktop.cli.common import command, import_files, opened, parse_received, write_templates


def register(commands) -> None:
    """template / import / export: the 附件1 workflow without a window."""
    template = command(commands, "template", "生成附件1活动信息表（预填该学院已有的活动）", run_template)
    which = template.add_mutually_exclusive_group(required=True)
    which.add_argument("--college", metavar="NAME", help="学院名称：生成这一个学院的文件")
    which.add_argument("--all", action="store_true", help="每个学院一个文件，写入 --out 指定的文件夹")
    template.add_argument("--out", required=True, metavar="FILE|DIR", help="输出文件（--college）或文件夹（--all）")

    imp = command(commands, "import", "导入学院交回的活动信息表：先检查，有错误则不写入", run_import)
    imp.add_argument("files", nargs="+", metavar="FILE", help="一个或多个 .xlsx 文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入")
    imp.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，只导入正确的行")
    imp.add_argument("--college", metavar="NAME", help="这些文件属于哪个学院（默认按文件标题行“学院：…”）")
    imp.add_argument("--received", metavar='"2024-05-10 17:30"', help="收到文件的时间（默认：文件的修改时间）")
    imp.add_argument("--delete-missing", action="store_true",
                     help="把该学院原有、但文件中已没有的活动移入回收站（默认只列出，不删除）")

    export = command(commands, "export", "导出活动清单或各部门的保障任务清单", run_export)
    export.add_argument("what", choices=["activities", "tasks"], help="activities：活动清单；tasks：部门任务清单")
    export.add_argument("--out", required=True, metavar="FILE|DIR",
                        help="输出的 .xlsx 文件（tasks 加 --per-department 时为文件夹）")
    export.add_argument("--per-department", action="store_true",
                        help="tasks：每个部门一个工作簿，写入 --out 指定的文件夹（默认一个工作簿，每个部门一张工作表）")


def run_template(args) -> int:
    """vocweek template."""
    from vocweek_desktop.services import activities_templates

    return write_templates(args, activities_templates.write_templates)


def run_import(args) -> int:
    """vocweek import: every file checked first; nothing written when any has errors; all files in one transaction."""
    from vocweek_desktop.services import activities_import, colleges, editions

    received = parse_received(args.received)
    with opened(args) as db:
        edition_id = editions.newest_edition_id(db, args.edition)
        college_id = colleges.college_id_by_name(db, edition_id, args.college) if args.college else None
        return import_files(db, args.files, lambda name: activities_import.preview_workbook(
            db, edition_id, name, received_at=received, college_id=college_id), dry_run=args.dry_run,
            skip_errors=args.skip_errors, delete_missing=args.delete_missing)


def run_export(args) -> int:
    """vocweek export."""
    from vocweek_desktop.services import activities_export, editions, task_lists

    if args.per_department and args.what != "tasks":
        print("错误：--per-department 只用于 tasks（部门任务清单）", file=sys.stderr)
        return 2
    with opened(args) as db:
        edition_id = editions.newest_edition_id(db, args.edition)
        if args.what == "activities":
            written = [activities_export.export_activities(db, edition_id, args.out)]
        else:
            written = task_lists.export_tasks(db, edition_id, args.out, per_department=args.per_department)
    for path in written:
        print(f"已导出：{path}")
    return 0
