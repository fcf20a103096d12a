"""After the week without a window: the 附件2 statistics (templates and imports), the files colleges hand in, the
publicity list, and the week's report."""

from __future__ import annotations

import json
import sys
from functools import partial

from vocweek_desktop.cli.common import (
    command,
    edition_id,
    export_file,
    import_files,
    opened,
    parse_received,
    write_templates,
    writing,
)
from vocweek_desktop.domain.dates import format_datetime


def _group(commands, name: str, help_text: str, dest: str):
    group = commands.add_parser(name, help=help_text)
    actions = group.add_subparsers(dest=dest, metavar="操作", required=True)

    return partial(command, actions)  # every action takes --db, --operator and --edition


def register(commands) -> None:
    """stats template / import, submissions record / list / extend, publicity import / export, report."""
    stats = _group(commands, "stats", "附件2 情况统计表：生成模板、导入学院交回的统计表", "stats_command")
    template = stats("template", "生成附件2 情况统计表（预填该学院报名的活动）", run_template)
    which = template.add_mutually_exclusive_group(required=True)
    which.add_argument("--college", metavar="NAME", help="学院名称：生成这一个学院的文件")
    which.add_argument("--all", action="store_true", help="每个学院一个文件，写入 --out 指定的文件夹")
    template.add_argument("--out", required=True, metavar="FILE|DIR", help="输出文件（--college）或文件夹（--all）")
    imp = stats("import", "导入学院交回的情况统计表：先检查，有错误则不写入", run_import)
    imp.add_argument("files", nargs="+", metavar="FILE", help="一个或多个 .xlsx 文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题（含计划与实际的对比），不写入")
    imp.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，只导入正确的行")
    imp.add_argument("--college", metavar="NAME", help="这些文件属于哪个学院（默认按文件标题行“学院：…”）")
    imp.add_argument("--received", metavar='"2024-05-23 17:30"', help="收到文件的时间（默认：文件的修改时间）")

    submissions = _group(commands, "submissions", "学院提交的材料：记录文件、查看提交情况、延期", "submissions_command")
    record = submissions("record", "记录学院提交的文件（复制到数据库旁的管理文件夹）", run_record)
    record.add_argument("files", nargs="+", metavar="FILE", help="一个或多个文件")
    record.add_argument("--college", required=True, metavar="NAME", help="学院名称")
    record.add_argument("--kind", required=True, metavar="KIND", help="材料种类，如 工作总结报告、新闻图片影像资料")
    record.add_argument("--received", metavar='"2024-05-23 17:30"', help="收到时间（默认：文件的修改时间）")
    record.add_argument("--note", default="", metavar="TEXT", help="备注")
    record.add_argument("--force", action="store_true", help="文件名写的是其他学院或其他年度时也记录")
    listing = submissions("list", "各学院 × 各材料的提交情况（未交/已交/逾期/延期/补交）", run_list)
    listing.add_argument("--json", action="store_true", help="以 JSON 输出（含每个学院的催交提醒）")
    kinds = submissions("kinds", "列出材料种类；--set 设置本年度另外要求的材料（如“活动视频、优秀案例”）", run_kinds)
    kinds.add_argument("--set", metavar="A、B", default=None, help="另外要求的材料，用顿号或逗号分隔；空字符串表示没有")
    extend = submissions("extend", "为学院的某项材料延期", run_extend)
    extend.add_argument("--college", required=True, metavar="NAME", help="学院名称")
    extend.add_argument("--kind", required=True, metavar="KIND", help="材料种类")
    extend.add_argument("--until", required=True, metavar='"2024-05-26 18:00"', help="新的截止时间")
    extend.add_argument("--reason", required=True, metavar="TEXT", help="延期原因")

    publicity = _group(commands, "publicity", "宣传报道：导入、导出", "publicity_command")
    pub_import = publicity("import", "导入宣传报道表：先检查，有错误则不写入（按行ID、链接或渠道+标题对应）", run_publicity_import)
    pub_import.add_argument("file", metavar="FILE.xlsx", help="宣传报道工作簿")
    pub_import.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入")
    pub_import.add_argument("--skip-errors", action="store_true", help="跳过有错误的行")
    pub_export = publicity("export", "导出宣传报道表（可修改后再导入）", run_publicity_export)
    pub_export.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出的 .xlsx 文件")

    summary = command(commands, "report", "导出活动周总结数据：PDF（封面、图表、表格）或 Excel（每张表一个工作表）", run_report)
    summary.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="输出文件：.pdf 或 .xlsx")


def run_template(args) -> int:
    """vocweek stats template."""
    from vocweek_desktop.services import statistics_templates

    return write_templates(args, statistics_templates.write_templates)


def run_import(args) -> int:
    """vocweek stats import: every 附件2 checked first; nothing written when any has errors; all in one transaction."""
    from vocweek_desktop.services import colleges, statistics_import

    received = parse_received(args.received)
    with opened(args) as db:
        edition = edition_id(db, args)
        college_id = colleges.college_id_by_name(db, edition, args.college) if args.college else None
        return import_files(db, args.files, lambda name: statistics_import.preview_workbook(
            db, edition, name, received_at=received, college_id=college_id), dry_run=args.dry_run,
            skip_errors=args.skip_errors)


def run_record(args) -> int:
    """vocweek submissions record."""
    from vocweek_desktop.domain.errors import VocWeekError
    from vocweek_desktop.services import colleges, submissions

    received = parse_received(args.received)
    refused = 0
    with opened(args) as db:
        edition = edition_id(db, args)
        college_id = colleges.college_id_by_name(db, edition, args.college)
        with writing(db):
            for name in args.files:
                try:
                    record = submissions.record_submission(db, edition, college_id, args.kind, name,
                                                           received_at=received, note=args.note,
                                                           check_name=not args.force)
                except submissions.FileNameMismatch as exc:
                    print(f"错误：{exc}（确认无误时加 --force）", file=sys.stderr)
                    refused += 1
                    continue
                except VocWeekError as exc:  # a refusal, or a kept copy that cannot be written: the next file
                    if "kind" in getattr(exc, "fields", {}):
                        raise
                    print(f"错误：{exc}", file=sys.stderr)
                    refused += 1
                    continue
                late = "，逾期" if record.late else ""
                print(f"已记录：{record.college} {record.kind}“{record.file_name}”（收到 "
                      f"{format_datetime(record.received_at)}{late}，{record.size} 字节）→ {record.path}")
    return 1 if refused else 0


def run_list(args) -> int:
    """vocweek submissions list: the matrix, one line per college (or JSON)."""
    from vocweek_desktop.services import submissions

    with opened(args) as db:
        matrix = submissions.submission_matrix(db, edition_id(db, args))
    if args.json:
        print(json.dumps({"year": matrix.year, "now": matrix.now.isoformat(sep=" ", timespec="minutes"),
                          "kinds": list(matrix.kinds), "colleges": submissions.matrix_rows(matrix),
                          "missing_files": [r.stored_path for r in matrix.missing_files]},
                         ensure_ascii=False, indent=2))
        return 0
    deadlines = "；".join(f"{kind} {deadline:%m-%d %H:%M}" for kind, deadline in matrix.deadlines.items() if deadline)
    print(f"{matrix.year} 年度，截止：{deadlines}（统计时间 {format_datetime(matrix.now)}）")
    print("学院\t" + "\t".join(matrix.kinds))
    for row in matrix.rows:
        print(row.name + "\t" + "\t".join(cell.state + (f"({cell.count})" if cell.count > 1 else "")
                                          for cell in row.cells))
    for record in matrix.missing_files:
        print(f"注意：{record.college}的“{record.file_name}”已不在管理文件夹中（{record.path}）")
    return 0


def run_kinds(args) -> int:
    """vocweek submissions kinds [--set A、B]."""
    from vocweek_desktop.services import submissions

    with opened(args) as db:
        edition = edition_id(db, args)
        if args.set is not None:
            wanted = [part.strip() for part in args.set.replace("，", "、").replace(",", "、").split("、") if part.strip()]
            with writing(db):
                kinds = submissions.set_extra_kinds(db, edition, wanted)
        else:
            kinds = submissions.list_kinds(db, edition)
    for kind in kinds:
        print(kind)
    return 0


def run_extend(args) -> int:
    """vocweek submissions extend."""
    from vocweek_desktop.services import colleges, submissions

    until = parse_received(args.until)
    with opened(args) as db:
        edition = edition_id(db, args)
        college_id = colleges.college_id_by_name(db, edition, args.college)
        with writing(db):
            granted = submissions.grant_extension(db, edition, college_id, args.kind, until, args.reason)
    print(f"已延期：{args.college} {granted.kind} 至 {format_datetime(granted.until)}（{granted.reason}）")
    return 0


def run_publicity_import(args) -> int:
    """vocweek publicity import."""
    from vocweek_desktop.services import publicity

    with opened(args) as db:
        edition = edition_id(db, args)
        return import_files(db, [args.file], lambda name: publicity.preview_workbook(db, edition, name),
                            dry_run=args.dry_run, skip_errors=args.skip_errors)


def run_publicity_export(args) -> int:
    """vocweek publicity export."""
    from vocweek_desktop.services import publicity

    return export_file(args, publicity.export_items)


def run_report(args) -> int:
    """vocweek report."""
    from vocweek_desktop.services import report

    return export_file(args, report.export_report)
