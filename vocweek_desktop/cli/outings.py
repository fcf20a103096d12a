"""Outing approvals without a window: the request workbook out and in, the list, each decision, the printed slip,
the 保卫处 list and the office's rules. A refused decision exits 1 and says why (the same Chinese reason as the
window)."""

from __future__ import annotations

import json
from functools import partial

from vocweek_desktop.cli.common import (
    command,
    edition_id,
    import_files,
    opened,
    parse_received,
    writing,
)

#: Decisions: subcommand → (action, help).
DECISIONS = {
    "submit": ("submit", "提交申请（草稿或已退回的申请）"),
    "approve": ("approve", "批准申请（出发时间已过时须用 --late-reason 说明补办原因）"),
    "return": ("return", "退回申请（须用 --reason 说明原因）"),
    "withdraw": ("withdraw", "撤回申请"),
    "complete": ("complete", "标记为已完成（外出已结束）"),
}


def register(commands) -> None:
    """outings template / import / list / submit / approve / return / withdraw / complete / slip / export / settings."""
    group = commands.add_parser("outings", help="外出审批：申请表、审批、审批表打印、保卫处名单")
    actions = group.add_subparsers(dest="outings_command", metavar="操作", required=True)
    action = partial(command, actions)  # every action takes --db, --operator and --edition

    template = action("template", "生成外出活动申请表（一个学院的空白表，或按 --number 预填一份申请）", run_template)
    which = template.add_mutually_exclusive_group(required=True)
    which.add_argument("--college", metavar="NAME", help="学院名称")
    which.add_argument("--number", metavar="WC-2024-001", help="预填这份申请（修改后导回即更新它）")
    template.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出的 .xlsx 文件")

    imp = action("import", "导入外出活动申请表：先检查，有错误则不写入；新申请为“已提交”", run_import)
    imp.add_argument("files", nargs="+", metavar="FILE", help="一个或多个 .xlsx 文件（每个文件一份申请）")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入")
    imp.add_argument("--received", metavar='"2024-05-10 17:30"', help="收到文件的时间（默认：文件的修改时间）")

    listing = action("list", "列出外出申请", run_list)
    listing.add_argument("--state", metavar="S", help="只列出这个状态（草稿、已提交、已批准、已退回、已撤回、已完成，或英文名）")
    listing.add_argument("--college", metavar="NAME", help="只列出这个学院的申请")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")

    for name, (_action, help_text) in DECISIONS.items():
        parser = action(name, help_text, run_decision)
        parser.add_argument("number", metavar="NUMBER", help="申请编号，如 WC-2024-001")
        if name == "return":
            parser.add_argument("--reason", required=True, metavar="T", help="退回原因")
        else:
            parser.add_argument("--comment", default="", metavar="T", help="意见")
        if name == "approve":
            parser.add_argument("--late-reason", default="", metavar="T", help="补办原因（出发时间已过时必填）")

    history = action("history", "列出一份申请的全部记录（谁在什么时候做了什么）", run_history)
    history.add_argument("number", metavar="NUMBER", help="申请编号")

    slip = action("slip", "打印外出活动审批表（PDF；未批准的申请带“未批准”水印）", run_slip)
    slip.add_argument("numbers", nargs="+", metavar="NUMBER", help="一个或多个申请编号（多份印在一个 PDF 中）")
    slip.add_argument("--out", required=True, metavar="FILE.pdf", help="输出的 .pdf 文件")

    export = action("export", "导出保卫处名单：已批准的外出活动，按日期排列（Excel）", run_export)
    export.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出的 .xlsx 文件")
    export.add_argument("--from", dest="date_from", metavar="2024-05-13", help="从这一天起")
    export.add_argument("--to", dest="date_to", metavar="2024-05-18", help="到这一天止")

    settings = action("settings", "查看或修改外出审批规则：至少提前天数、必备材料", run_settings)
    settings.add_argument("--lead-days", type=int, metavar="N", help="至少提前几天报备")
    settings.add_argument("--papers", metavar="材料,材料", help="必备材料，用逗号分隔（车辆合同对租用车辆总是必备）")


def _day(text: str | None):
    import datetime as dt

    from vocweek_desktop.domain.errors import ValidationError

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise ValidationError({"date": f"日期“{text}”无效，应写成 2024-05-13"}) from None


def run_template(args) -> int:
    """vocweek outings template."""
    from vocweek_desktop.services import colleges, outings, outings_workbook

    with opened(args) as db:
        edition = edition_id(db, args)
        if args.number:
            path = outings_workbook.write_request_template(db, edition, args.out,
                                                           outing_id=outings.find_outing(db, edition, args.number))
        else:
            path = outings_workbook.write_request_template(
                db, edition, args.out, college_id=colleges.college_id_by_name(db, edition, args.college))
    print(f"已生成：{path}")
    return 0


def run_import(args) -> int:
    """vocweek outings import: every file checked first; nothing written when any has errors; all in one transaction."""
    from vocweek_desktop.services import outings_workbook

    received = parse_received(args.received)
    with opened(args) as db:
        edition = edition_id(db, args)
        return import_files(db, args.files, lambda name: outings_workbook.preview_request(
            db, edition, name, received_at=received), dry_run=args.dry_run)


def _plain(record) -> dict[str, object]:
    def moment(value):
        return value.isoformat(sep=" ", timespec="minutes") if value else None

    return {
        "number": record.number, "state": record.state, "college": record.college_name, "title": record.title,
        "activity": record.activity_title or None, "destination": record.destination, "address": record.address,
        "departure": moment(record.departure), "return": moment(record.return_at),
        "teachers": record.teacher_count, "students": record.student_count, "lead_teacher": record.lead_teacher,
        "lead_phone": record.lead_phone, "transport": record.transport, "papers": list(record.papers),
        "missing_papers": list(record.missing_papers), "participants": len(record.participants),
        "late_reason": record.late_reason or None, "warning": record.lead_warning,
        "received": moment(record.received_at), "submitted": moment(record.submitted_at),
    }


def run_list(args) -> int:
    """vocweek outings list."""
    from vocweek_desktop.domain import outings as rules
    from vocweek_desktop.domain.dates import format_datetime
    from vocweek_desktop.services import colleges, outings

    with opened(args) as db:
        edition = edition_id(db, args)
        flt = outings.OutingFilter(
            state=rules.parse_state(args.state) if args.state else None,
            college_id=colleges.college_id_by_name(db, edition, args.college) if args.college else None)
        records = outings.list_outings(db, edition, flt)
    if args.json:
        print(json.dumps([_plain(record) for record in records], ensure_ascii=False, indent=2))
        return 0
    for record in records:
        when = f"{format_datetime(record.departure)} → {format_datetime(record.return_at)}" if record.departure \
            else "（未定时间）"
        notes = []
        if record.missing_papers and record.state not in rules.FINAL_STATES:
            notes.append(f"缺：{'、'.join(record.missing_papers)}")
        if record.late_reason:
            notes.append("补办")
        line = f"{record.number}\t{record.state}\t{record.college_name}\t{record.title}\t{when}\t{record.total} 人"
        print(line + (f"\t{'；'.join(notes)}" if notes else ""))
    if not records:
        print("没有符合条件的外出申请。")
    return 0


def run_decision(args) -> int:
    """vocweek outings submit / approve / return / withdraw / complete NUMBER: exit 1 with the reason when refused."""
    from vocweek_desktop.services import outings

    action = DECISIONS[args.outings_command][0]
    comment = args.reason if action == "return" else args.comment
    with opened(args) as db:
        outing_id = outings.find_outing(db, edition_id(db, args), args.number)
        with writing(db):
            result = outings.transition(db, outing_id, action, comment=comment,
                                        late_reason=getattr(args, "late_reason", ""))
    record = result.record
    print(f"{record.number}（{record.college_name}，{record.title}）现为“{record.state}”")
    for warning in result.warnings:
        print(f"提示：{warning}")
    return 0


def run_history(args) -> int:
    """vocweek outings history NUMBER."""
    from vocweek_desktop.domain.dates import format_datetime
    from vocweek_desktop.services import outings

    with opened(args) as db:
        events = outings.history(db, outings.find_outing(db, edition_id(db, args), args.number))
    for event in events:
        lines = event.change_lines() if event.action != "create" else [event.summary]
        print(f"{format_datetime(event.at)}\t{event.operator}\t{event.action_label}\t{'；'.join(lines)}")
    return 0


def run_slip(args) -> int:
    """vocweek outings slip NUMBER... --out FILE.pdf."""
    from vocweek_desktop.services import outings, outings_print

    with opened(args) as db:
        edition = edition_id(db, args)
        ids = [outings.find_outing(db, edition, number) for number in args.numbers]
        pages = outings_print.write_slips(db, ids, args.out)
    print(f"已导出：{args.out}（{len(ids)} 份，{pages} 页）")
    return 0


def run_export(args) -> int:
    """vocweek outings export --out FILE.xlsx: the 保卫处 list."""
    from vocweek_desktop.services import outings_print

    with opened(args) as db:
        path = outings_print.export_security_list(db, edition_id(db, args), args.out, date_from=_day(args.date_from),
                                                  date_to=_day(args.date_to))
    print(f"已导出：{path}")
    return 0


def run_settings(args) -> int:
    """vocweek outings settings: print the rules, change those given."""
    from vocweek_desktop.services import outings

    with opened(args) as db:
        edition = edition_id(db, args)
        if args.lead_days is not None or args.papers is not None:
            papers = [p.strip() for p in args.papers.replace("，", ",").split(",") if p.strip()] \
                if args.papers is not None else None
            with writing(db):
                outings.set_office_rules(db, edition, lead_days=args.lead_days, papers=papers)
        lead_days, papers = outings.office_rules(db, edition)
    print(f"至少提前天数：{lead_days}")
    print(f"必备材料：{'、'.join(papers) or '（无）'}（租用车辆时另须车辆合同）")
    return 0
