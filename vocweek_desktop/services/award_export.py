"""导出评分结果: the result to Excel or PDF with the rule in words, the ranking with its flags and tie notes, and every
judge's scores (a sheet per judge in Excel, a table per judge in the PDF); a PDF of an unconfirmed result carries a
未确认 watermark. Also the two charts (finals; criteria per college) for the tab and for saving."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_datetime
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.scoring import CollegeResult, points_text
from vocweek_desktop.services.awards import ResultView, compute_result
from vocweek_desktop.store.engine import Database

SUFFIXES = (".xlsx", ".pdf")


def _cell(view: ResultView, row: CollegeResult, judge_id: int) -> str:
    """What the ranking shows under a judge for a college: the total, (去掉) when trimmed, 回避, 未评, 不完整."""
    total = next((t for t in row.totals if t.judge_id == judge_id), None)
    if total is not None:
        mark = msg.AWARD_DROPPED[total.dropped] if total.dropped else ""
        return points_text(total.total) + mark
    if judge_id in row.abstained:
        return msg.AWARD_CELL_ABSTAINED
    if judge_id in row.incomplete:
        return msg.AWARD_CELL_PARTIAL
    return msg.AWARD_CELL_UNSCORED


def status_of(view: ResultView, row: CollegeResult) -> str:
    """获奖 / 建议获奖 / 并列待定 / "" for a college."""
    if row.college_id in view.awarded:
        return msg.AWARD_STATUS_AWARDED if view.lock.locked else msg.AWARD_STATUS_PROPOSED
    if row.tied_at_line and not view.lock.locked:
        return msg.AWARD_STATUS_TIED
    return ""


def ranking_header(view: ResultView) -> list[str]:
    """The ranking table's header: rank, college, final, judges counted, each judge, each criterion mean, flags."""
    return (["名次", "学院", "最终得分", "计入评委"] + [j.name for j in view.judges]
            + [f"{c.name}平均" for c in view.criteria] + ["标注", "同分说明", "结果"])


def ranking_rows(view: ResultView) -> list[list[object]]:
    """The ranking table's rows (values as text, finals to two decimals)."""
    rows = []
    for row in view.result.rows:
        rows.append([row.rank if row.rank is not None else "—", row.name,
                     f"{row.final:.2f}" if row.final is not None else "—",
                     f"{row.counted}{msg.AWARD_TRIMMED_NOTE if row.trimmed else ''}"]
                    + [_cell(view, row, j.id) for j in view.judges]
                    + [f"{row.mean_of(c.id):.2f}" if row.mean_of(c.id) is not None else "—" for c in view.criteria]
                    + ["；".join(f.text for f in row.flags), row.tie_note, status_of(view, row)])
    return rows


def judge_rows(view: ResultView, judge_id: int) -> list[list[object]]:
    """One judge's sheet: a row per college with each criterion's points, the total, comment and 回避."""
    rows = []
    for row in view.result.rows:
        review = view.reviews.get((judge_id, row.college_id))
        if review is None:
            rows.append([row.name] + [""] * len(view.criteria) + ["", "", msg.AWARD_CELL_UNSCORED])
            continue
        scores = [points_text(review.scores[c.id]) if c.id in review.scores else "" for c in view.criteria]
        total = points_text(sum(review.scores.values(), Fraction(0))) if review.scores else ""
        state = msg.AWARD_CELL_ABSTAINED + (f"：{review.reason}" if review.reason else "") if review.abstain \
            else msg.AWARD_SHEET_STATES[review.state]
        rows.append([row.name, *scores, total, review.comment, state])
    return rows


def judge_header(view: ResultView) -> list[str]:
    """A judge's sheet header."""
    return ["学院", *[c.header for c in view.criteria], "总分", "评语", "状态"]


def lock_line(view: ResultView) -> str:
    """确认于 … 由 … / 尚未确认."""
    lock = view.lock
    if lock.locked:
        return msg.AWARD_LOCK_LINE.format(at=format_datetime(lock.confirmed_at), by=lock.confirmed_by or "—")
    return msg.AWARD_UNCONFIRMED_LINE


def export_result(db: Database, edition_id: int, path: str | Path) -> Path:
    """Write the result to ``path``: an Excel workbook (.xlsx) or a PDF (.pdf), by its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError({"path": msg.AWARD_EXPORT_FORMAT.format(name=path.name)})
    view = compute_result(db, edition_id)
    return _write_excel(view, path) if suffix == ".xlsx" else _write_pdf(view, path)


def _title(view: ResultView) -> str:
    return msg.AWARD_RESULT_TITLE.format(year=view.year, award=view.award_name)


def _write_excel(view: ResultView, path: Path) -> Path:
    from openpyxl import Workbook

    from vocweek_desktop.io.excel_export import save_workbook, sheet_name, write_rows_sheet

    workbook = Workbook(write_only=True)
    header = ranking_header(view)
    widths = [6, 26, 10, 9] + [10] * len(view.judges) + [12] * len(view.criteria) + [30, 40, 10]
    figures = range(2, 4 + len(view.judges) + len(view.criteria))  # final … the last criterion mean
    means = {4 + len(view.judges) + index: "0.00" for index in range(len(view.criteria))}
    write_rows_sheet(workbook, msg.AWARD_SHEET_RESULT, header, (_figures(row, figures) for row in ranking_rows(view)),
                     widths, caption=f"{_title(view)}（{lock_line(view)}）", formats={2: "0.00", **means})
    write_rows_sheet(workbook, msg.AWARD_SHEET_RULE, ["评奖规则"], ([line] for line in view.rule_lines), [120],
                     caption=_title(view))
    used: set[str] = set()
    for judge in view.judges:
        title = sheet_name(f"评委-{judge.name}", used)
        scores = range(1, len(view.criteria) + 2)  # each criterion and the total
        write_rows_sheet(workbook, title, judge_header(view),
                         (_figures(row, scores) for row in judge_rows(view, judge.id)),
                         [26] + [14] * len(view.criteria) + [8, 40, 16],
                         caption=f"评委：{judge.name}" + (f"（{judge.unit}）" if judge.unit else ""))
    return save_workbook(workbook, path)


def _figures(row: list[object], columns: range) -> list[object]:
    """``row`` with the figures in ``columns`` as numbers (93.25, 2, 27.5) so that Excel sorts and sums them; marks
    such as 回避, — or 95（去掉） stay text."""
    typed = list(row)
    for column in columns:
        value = typed[column]
        if isinstance(value, str) and re.fullmatch(r"\d+(\.\d+)?", value):
            number = Decimal(value)
            typed[column] = int(number) if number == number.to_integral_value() else float(number)
    return typed


def _write_pdf(view: ResultView, path: Path) -> Path:
    from reportlab.platypus import KeepTogether

    from vocweek_desktop.io.pdf.document import Text, TextStyle, space, table, write_document
    from vocweek_desktop.io.pdf.fonts import bundled_font
    from vocweek_desktop.io.pdf.geometry import paper

    font = bundled_font()
    body = TextStyle(font, size=10.5, leading=16)
    heading = body.but(size=18, leading=26, align="center")
    section = body.but(size=13, leading=20, space_before=8, space_after=4)
    cell = body.but(size=8.5, leading=11)
    page = paper("A4", landscape=True)
    usable = page.width - 30
    story = [Text(_title(view), heading), Text(lock_line(view), body.but(align="center", color="#555555")),
             Text(msg.AWARD_PDF_RULE, section)]
    story.extend(Text(line, body) for line in view.rule_lines)
    story.append(Text(msg.AWARD_PDF_RANKING, section))
    header = ranking_header(view)
    fixed = {0: 10, 1: 32, 2: 16, 3: 14}
    tail = [34, 50, 18]
    rest = len(header) - len(fixed) - len(tail)
    share = max((usable - sum(fixed.values()) - sum(tail)) / max(rest, 1), 11)
    widths = [fixed.get(i, share) for i in range(len(header) - len(tail))] + tail
    scale = usable / sum(widths)
    widths = [w * scale for w in widths]
    story.append(table([header, *ranking_rows(view)], widths, cell,
                       aligns=["center", "left", "right", "center"] + ["right"] * rest + ["left", "left", "center"]))
    for judge in view.judges:
        jh = judge_header(view)
        jw = [40] + [24] * len(view.criteria) + [14, 0, 24]
        jw[-2] = max(usable - sum(jw), 30)
        scale = usable / sum(jw)
        # The judge's name stays with (the start of) the judge's table.
        story.append(KeepTogether([
            Text(f"评委：{judge.name}" + (f"（{judge.unit}）" if judge.unit else ""), section),
            table([jh, *judge_rows(view, judge.id)], [w * scale for w in jw], cell,
                  aligns=["left"] + ["right"] * (len(view.criteria) + 1) + ["left", "left"])]))
        story.append(space(2))
    return write_document(path, story, page=page, font=font, title=_title(view), margins=(15, 15, 18, 15),
                          watermark="" if view.lock.locked else msg.AWARD_PDF_UNCONFIRMED, page_numbers="always")


def finals_figure(view: ResultView, **options):
    """The finals chart of a result (awarded or proposed colleges in gold)."""
    from vocweek_desktop.io.charts import award_finals_figure

    rows = [(row.name, float(row.final), row.college_id in view.awarded) for row in view.result.rows
            if row.final is not None]
    return award_finals_figure(rows, **options)


def criteria_figure(view: ResultView, **options):
    """The criteria-per-college chart of a result."""
    from vocweek_desktop.io.charts import award_criteria_figure

    ranked = [row for row in view.result.rows if row.final is not None]
    return award_criteria_figure([row.name for row in ranked], [c.name for c in view.criteria],
                                 [[float(row.mean_of(c.id) or 0) for c in view.criteria] for row in ranked], **options)


def save_charts(db: Database, edition_id: int, finals_path: str | Path, criteria_path: str | Path | None = None
                ) -> list[Path]:
    """Both charts to image or PDF files (by suffix)."""
    from vocweek_desktop.io.charts import save_figure

    view = compute_result(db, edition_id)
    written = [save_figure(finals_figure(view, width=8.0), finals_path)]
    if criteria_path is not None:
        written.append(save_figure(criteria_figure(view, width=8.0), criteria_path))
    return written
