"""The booth layout without a window: the layout workbook out and in, the check, and the 附件3 map."""

from __future__ import annotations

from functools import partial

from vocweek_desktop.cli.common import (
    command,
    edition_id,
    export_file,
    import_files,
    opened,
)


def register(commands) -> None:
    """layout export / import / check, and layout-map."""
    group = commands.add_parser("layout", help="展位布局：导出、导入布局工作簿，检查布局")
    actions = group.add_subparsers(dest="layout_command", metavar="操作", required=True)
    action = partial(command, actions)  # every action takes --db, --operator and --edition

    export = action("export", "导出布局工作簿（工作表“场地”和“展位”）", run_export)
    export.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出的 .xlsx 文件")
    imp = action("import", "导入布局工作簿：先检查，有错误则不写入（按展位号对应）", run_import)
    imp.add_argument("file", metavar="FILE.xlsx", help="布局工作簿")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入")
    imp.add_argument("--delete-missing", action="store_true", help="删除文件中已没有的展位（默认只列出）")
    action("check", "检查布局：重叠、超出场地、一个学院多个展位、没有展位的学院；有问题时退出码为 1", run_check)

    drawing = command(commands, "layout-map", "导出附件3 学院集中展示位置分布图（PDF 或 PNG）", run_map)
    drawing.add_argument("--out", required=True, metavar="FILE.pdf|FILE.png", help="输出文件：.pdf 或 .png")
    drawing.add_argument("--paper", default="A4", choices=["A4", "A3"], help="纸张（默认 A4）")
    drawing.add_argument("--portrait", action="store_true", help="纵向（默认横向）")
    drawing.add_argument("--dpi", type=int, default=200, metavar="N", help="PNG 的分辨率（默认 200）")
    drawing.add_argument("--needs", metavar="FILE.xlsx", help="同时导出后勤处的展位需求清单")


def run_export(args) -> int:
    """vocweek layout export."""
    from vocweek_desktop.services import layout_workbook

    return export_file(args, layout_workbook.export_layout)


def run_import(args) -> int:
    """vocweek layout import."""
    from vocweek_desktop.services import layout_workbook

    with opened(args) as db:
        edition = edition_id(db, args)
        return import_files(db, [args.file], lambda name: layout_workbook.preview_layout(db, edition, name),
                            dry_run=args.dry_run, delete_missing=args.delete_missing)


def run_check(args) -> int:
    """vocweek layout check: one line per problem; exit 1 when there is one."""
    from vocweek_desktop.services import layout

    with opened(args) as db:
        problems = layout.check_layout(db, edition_id(db, args))
    for problem in problems:
        print(problem.text)
    if not problems:
        print("布局没有问题。")
    return 1 if problems else 0


def run_map(args) -> int:
    """vocweek layout-map."""
    from vocweek_desktop.services import layout_map

    with opened(args) as db:
        edition = edition_id(db, args)
        plan = layout_map.export_map(db, edition, args.out, paper=args.paper, portrait=args.portrait, dpi=args.dpi)
        if args.needs:
            layout_map.export_needs(db, edition, args.needs)
    print(f"已导出：{args.out}（{args.paper}{'纵向' if args.portrait else '横向'}，比例尺 1:{plan.scale}，"
          f"{len(plan.pages)} 页）")
    if args.needs:
        print(f"已导出：{args.needs}")
    return 0
