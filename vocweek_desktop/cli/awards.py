"""The 优秀组织奖 without a window: score sheets out and in, the result, confirming and unlocking it, certificates
(PDF, calibration page) and the issue register."""

from __future__ import annotations

import json
from pathlib import Path

from vocweek_desktop.cli.common import (
    command,
    edition_id,
    export_file,
    import_files,
    opened,
    writing,
)


def register(commands) -> None:
    """scores template / import / result / export, award confirm / unlock, certificates [register]."""
    scores = commands.add_parser("scores", help="评奖打分：评分表导出、导入，评分结果")
    actions = scores.add_subparsers(dest="scores_command", metavar="操作", required=True)

    action = command  # every action takes --db, --operator and --edition

    template = action(actions, "template", "为每位评委导出一份评分表（--judge 给出的评委如不存在则先添加）", run_template)
    template.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    template.add_argument("--judge", action="append", default=[], metavar="NAME", help="评委姓名（可多次给出；默认全部评委）")
    imp = action(actions, "import", "导入评委交回的评分表：先检查，任何一份有错误则都不写入", run_import)
    imp.add_argument("files", nargs="+", metavar="FILE.xlsx", help="评分表")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入")
    result = action(actions, "result", "按评奖规则计算并列出排名", run_result)
    result.add_argument("--json", action="store_true",
                        help="以 JSON 输出：每个学院一个对象（college、rank、final、judges、flags）")
    export = action(actions, "export", "导出评分结果（含规则、排名、标注和每位评委的评分）", run_export)
    export.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf", help="输出 .xlsx 或 .pdf 文件")

    award = commands.add_parser("award", help="确认评奖结果（锁定评分）或解锁")
    award_actions = award.add_subparsers(dest="award_command", metavar="操作", required=True)
    confirm = action(award_actions, "confirm", "确认结果并锁定评分和评分标准", run_confirm)
    confirm.add_argument("--college", action="append", default=[], metavar="NAME",
                         help="名额线上有并列时，选定的学院（可多次给出）；没有并列时不接受")
    unlock = action(award_actions, "unlock", "解锁已确认的结果（需要理由，记入修改记录）", run_unlock)
    unlock.add_argument("--reason", required=True, metavar="TEXT", help="解锁理由")

    certificates = command(commands, "certificates", "打印荣誉证书（PDF，每个获奖学院一页，按名次）；"
                           "certificates register 导出发证登记表", run_certificates)
    certificates.add_argument("--out", metavar="FILE.pdf", help="输出的 PDF 文件")
    certificates.add_argument("--mode", choices=["blank", "overlay"], default="blank",
                              help="blank：空白纸（打印背景和印章）；overlay：套打到印好的证书纸上（默认 blank）")
    certificates.add_argument("--offset-x", type=float, default=None, metavar="MM",
                              help="打印机偏移，向右为正（毫米；默认取所存当前打印机的偏移）")
    certificates.add_argument("--offset-y", type=float, default=None, metavar="MM", help="打印机偏移，向下为正（毫米）")
    certificates.add_argument("--calibration", action="store_true", help="输出校准页，而不是证书")
    sub = certificates.add_subparsers(dest="certificates_command", metavar="操作")
    reg = action(sub, "register", "导出发证登记表（Excel）", run_register)
    reg.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出的 .xlsx 文件")


def run_template(args) -> int:
    """vocweek scores template."""
    from vocweek_desktop.services import award_judges, award_sheets

    with opened(args) as db:
        edition = edition_id(db, args)
        with writing(db):
            judges = award_judges.ensure_judges(db, edition, args.judge) if args.judge else None
            written = award_sheets.write_sheets(db, edition, args.out, [j.id for j in judges] if judges else None)
    for path in written:
        print(f"已导出：{path}")
    return 0


def run_import(args) -> int:
    """vocweek scores import: every score sheet checked first; nothing written when any has errors; all in one
    transaction."""
    from vocweek_desktop.services import award_sheets

    with opened(args) as db:
        edition = edition_id(db, args)
        return import_files(db, args.files, lambda name: award_sheets.preview_sheet(db, edition, name),
                            dry_run=args.dry_run)


def run_result(args) -> int:
    """vocweek scores result [--json]."""
    from vocweek_desktop.services import award_export, awards

    with opened(args) as db:
        view = awards.compute_result(db, edition_id(db, args))
    if args.json:
        print(json.dumps(view.json_rows(), ensure_ascii=False, indent=2))
        return 0
    print(f"{view.year}年{view.award_name}：{award_export.lock_line(view)}")
    for line in view.rule_lines:
        print(f"  {line}")
    for row in view.result.rows:
        rank = f"{row.rank:>3}" if row.rank is not None else "  —"
        final = f"{row.final:.2f}" if row.final is not None else "—"
        status = award_export.status_of(view, row)
        notes = "；".join([f.text for f in row.flags] + ([row.tie_note] if row.tie_note else []))
        print(f"{rank}  {row.name}  {final}  {row.counted} 位评委" + (f"  【{status}】" if status else "")
              + (f"  {notes}" if notes else ""))
    if view.result.needs_choice and not view.lock.locked:
        names = "、".join(view.result.name_of(c) for c in view.result.tied)
        print(f"名额线上并列：请用 vocweek award confirm --college 从 {names} 中选定 {view.result.open_places} 个。")
    return 0


def run_export(args) -> int:
    """vocweek scores export."""
    from vocweek_desktop.services import award_export

    return export_file(args, award_export.export_result)


def run_confirm(args) -> int:
    """vocweek award confirm."""
    from vocweek_desktop.services import awards

    with opened(args) as db:
        edition = edition_id(db, args)
        with writing(db):
            state = awards.confirm(db, edition, args.college)
        names = {row.college_id: row.name for row in awards.compute_result(db, edition).result.rows}
    print(f"已确认并锁定：{'、'.join(names[c] for c in state.awarded)}")
    return 0


def run_unlock(args) -> int:
    """vocweek award unlock."""
    from vocweek_desktop.services import awards

    with opened(args) as db:
        with writing(db):
            awards.unlock(db, edition_id(db, args), args.reason)
    print(f"已解锁（理由：{args.reason.strip()}）")
    return 0


def run_certificates(args) -> int:
    """vocweek certificates: the PDF of certificates (or the calibration page)."""
    from vocweek_desktop.domain import messages as msg
    from vocweek_desktop.domain.errors import ValidationError
    from vocweek_desktop.services import certificates

    if not args.out:
        raise ValidationError({"out": msg.CERT_CLI_NEEDS_OUT})
    if Path(args.out).suffix.lower() != ".pdf":
        raise ValidationError({"out": msg.CERT_CLI_NOT_PDF.format(name=Path(args.out).name)})
    with opened(args) as db:
        edition = edition_id(db, args)
        offset = None
        if args.offset_x is not None or args.offset_y is not None:
            _name, x, y = certificates.printer_offset(db, edition)
            offset = (args.offset_x if args.offset_x is not None else x,
                      args.offset_y if args.offset_y is not None else y)
        if args.calibration:
            path = certificates.print_calibration(db, edition, args.out, offset=offset)
            print(f"已导出校准页：{path}")
            return 0
        with writing(db):
            out = certificates.print_certificates(db, edition, args.out, mode=args.mode, offset=offset)
    mode = "套打" if args.mode == "overlay" else "空白纸"
    print(f"已导出：{args.out}（{len(out.recipients)} 页，{mode}）")
    for recipient in out.recipients:
        print(f"  {recipient.number_text}  {recipient.college}")
    if out.draft:
        print("结果尚未确认：证书带“样稿”水印，编号为预计编号，未登记发证。")
    if out.issued:
        print(f"发证 {len(out.issued)} 张：{'、'.join(out.issued)}")
    if out.reissued:
        print(f"补打 {len(out.reissued)} 张：{'、'.join(out.reissued)}")
    for flag in out.flags:
        print(f"提示：{flag}")
    return 0


def run_register(args) -> int:
    """vocweek certificates register."""
    from vocweek_desktop.services import certificates

    return export_file(args, certificates.export_register)
