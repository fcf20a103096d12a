"""Score sheets sent out and returned as Excel: one workbook per judge (the judge named in the title, the judge's
hidden id in a hidden sheet), a row per college, a column per criterion headed 名称（满分N）, a comment column and a
回避 column with its reason. A returned workbook goes through the import pipeline (services/imports.py): the same
tolerant reader and cell-addressed preview as 附件1, nothing written until confirmed, all or nothing.

A row left wholly blank is "not scored yet" (a college the judge had scored before and now left blank is offered
for deletion, unticked); a row with some criteria blank is an error, as is a score above the maximum, a negative
one, one that is not a number, a workbook of another edition or of a judge that does not exist.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import parsing, scoring
from vocweek_desktop.domain.errors import ConflictError, ValidationError
from vocweek_desktop.domain.organisers import OrganiserMatcher
from vocweek_desktop.domain.parsing import ParseError
from vocweek_desktop.domain.problems import Problem
from vocweek_desktop.files import safe_file_name
from vocweek_desktop.io.excel_read import ROW_UID, Column, TableSpec, clean_text, read_meta
from vocweek_desktop.services import award_scores, awards
from vocweek_desktop.services.awards import CriterionRecord
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import Context, Draft, Existing, Plan, Preview, PreviewColumn
from vocweek_desktop.services.imports import preview_file
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import AwardJudge, AwardReview, College, Edition

SHEET_TITLE = "评分表"
META_JUDGE_ID = "评委编号"
META_JUDGE = "评委"
META_YEAR = "年度"
UID_PREFIX = "college-"
_JUDGE_LABEL = ("评委", "评审专家", "专家", "评委姓名")


def _key(criterion_id: int) -> str:
    return f"c{criterion_id}"


def _points_parser(criterion: CriterionRecord):
    def parse(value: object) -> Fraction | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return rules.parse_points(value, criterion.name, criterion.max_points)
        except ValueError as error:
            raise ParseError(str(error)) from None
    return parse


def _abstain(value: object) -> bool | None:
    try:
        return parsing.parse_bool(value)
    except ParseError as error:
        raise ParseError(f"回避{error}") from None


def table_spec(criteria: Sequence[CriterionRecord]) -> TableSpec:
    """The score sheet's columns for this rubric: 学院, one per criterion (by its name; the 满分 note is ignored when
    matching), 评语, 回避, 回避理由 and the hidden row id."""
    columns = [Column("college", "学院", ("学院名称", "二级学院", "单位", "被评学院"), required=True)]
    columns += [Column(_key(c.id), c.header, (c.name,), required=True, parse=_points_parser(c)) for c in criteria]
    columns += [Column("comment", "评语", ("意见", "评价", "备注")),
                Column("abstain", "回避", ("是否回避",), parse=_abstain),
                Column("reason", "回避理由", ("回避原因", "理由")),
                Column(ROW_UID, "行ID", ("row_id", "行编号"))]
    return TableSpec(columns, anchor="college", min_columns=2, no_header_message=msg.AWARD_SHEET_NO_HEADER,
                     skip_in_blank=(ROW_UID, "college"))


@dataclass
class SheetContext(Context):
    """What the form knows while previewing one judge's workbook."""

    judge_id: int | None = None
    judge_name: str = ""
    judge_college: int | None = None
    matcher: OrganiserMatcher | None = None
    names: dict[int, str] | None = None
    locked: bool = False
    operator: str = ""


class ScoreSheetForm(Form):
    """导入评分表: a judge's returned workbook; rows matched to colleges by the hidden id, then by name."""

    title = msg.AWARD_SHEET_IMPORT_TITLE
    entity = "score"
    sheet_title = SHEET_TITLE
    unit = msg.UNIT_COLLEGES
    summary_template = msg.AWARD_SHEET_SUMMARY
    missing_template = msg.AWARD_SHEET_SUMMARY_MISSING
    deleted_template = msg.AWARD_SHEET_SUMMARY_CLEARED
    duplicate_message = msg.AWARD_SHEET_DUPLICATE
    empty_message = msg.AWARD_SHEET_EMPTY
    name_columns = (PreviewColumn("学院", lambda item: item.values["college"]),)
    missing_columns = (PreviewColumn("学院", lambda item: item.label),)

    def __init__(self, criteria: Sequence[CriterionRecord]):
        self.criteria = list(criteria)
        self.table = table_spec(self.criteria)
        self.labels = {**{_key(c.id): c.name for c in self.criteria}, "comment": "评语", "abstain": "回避",
                       "reason": "回避理由"}
        self.value_fields = (*(_key(c.id) for c in self.criteria), "comment", "abstain", "reason")
        self.preview_columns = (
            PreviewColumn("学院", lambda item: item.values["college"]),
            PreviewColumn("总分", lambda item: "回避" if item.values["abstain"] else scoring.points_text(
                sum((Fraction(item.values[_key(c.id)] or 0) for c in self.criteria), Fraction(0)))),
            PreviewColumn("评语", lambda item: item.values.get("comment") or ""))

    # --- reading --------------------------------------------------------------------------------------------------

    def read(self, path, *, progress=None, cancelled=None):
        """The sheet, the hidden facts (the judge's id, the year) and the rows above the header into ``extra``."""
        from vocweek_desktop.io.excel_safety import open_workbook, stream_rows

        read = super().read(path, progress=progress, cancelled=cancelled)
        read.extra["meta"] = read_meta(Path(path))
        title_rows = []
        with open_workbook(Path(path)) as workbook:
            for number, values in stream_rows(Path(path), workbook[read.sheet]):
                if number >= read.header.row:
                    break
                title_rows.append(values)
        read.extra["title_rows"] = title_rows
        return read

    def begin(self, session: Session, edition: Edition, read, *, source_kind: str, college_id: int | None):
        """Find the judge (hidden id, else 评委：name in the title rows); another edition's or an unknown judge, and
        a locked result, are problems of the whole file."""
        ctx = SheetContext(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header)
        ctx.file_problems.extend(self.missing_columns_problems(ctx))
        colleges = session.execute(select(College.id, College.name, College.short_name)
                                   .where(College.edition_id == edition.id)).all()
        ctx.matcher = OrganiserMatcher([tuple(row) for row in colleges], [])
        ctx.names = {row[0]: row[1] for row in colleges}
        meta: Mapping[str, str] = read.extra.get("meta", {})
        name = read.file.name if read.file else ""
        judge = None
        uid = meta.get(META_JUDGE_ID)
        if uid:
            judge = session.scalar(select(AwardJudge).where(AwardJudge.sheet_uid == uid))
            if judge is None:
                ctx.file_problems.append(Problem("", "", msg.AWARD_SHEET_JUDGE_UNKNOWN.format(
                    name=name, judge=meta.get(META_JUDGE, ""))))
            elif judge.edition_id != edition.id:
                other = session.get(Edition, judge.edition_id)
                ctx.file_problems.append(Problem("", "", msg.AWARD_SHEET_OTHER_EDITION.format(
                    name=name, judge=judge.name, year=other.year if other else "?", current=edition.year)))
                judge = None
        else:
            typed = _judge_in_title(read.extra.get("title_rows", ())) or meta.get(META_JUDGE)
            if typed:
                judge = session.scalar(select(AwardJudge).where(AwardJudge.edition_id == edition.id,
                                                                AwardJudge.name == typed))
            if judge is None:
                ctx.file_problems.append(Problem("", "", msg.AWARD_SHEET_NO_JUDGE.format(name=name,
                                                                                         judge=typed or "")))
        if judge is not None:
            ctx.judge_id, ctx.judge_name, ctx.judge_college = judge.id, judge.name, judge.college_id
        ctx.locked = awards.is_locked(session, edition.id)
        if ctx.locked:
            ctx.file_problems.append(Problem("", "", msg.AWARD_LOCKED))
        year = meta.get(META_YEAR)
        if year and year != str(edition.year) and judge is not None:
            ctx.warnings.append(msg.IMPORT_OTHER_YEAR.format(named=year, year=edition.year))
        return ctx

    def parse_values(self, ctx: SheetContext, draft: Draft, values: dict[str, object]) -> None:
        """Typed cells; the college from the hidden id (checked against the name), else from the name."""
        super().parse_values(ctx, draft, values)
        name = str(draft.values.pop("college", "") or "").strip()
        college_id = None
        if draft.uid and draft.uid.startswith(UID_PREFIX) and draft.uid[len(UID_PREFIX):].isdigit():
            candidate = int(draft.uid[len(UID_PREFIX):])
            if candidate in ctx.names:
                college_id = candidate
        found = ctx.matcher.find(name) if name else None
        if college_id is not None and found is not None and found.id != college_id:
            draft.problems.append(Problem(ctx.sheet, draft.cell("college"), msg.AWARD_SHEET_COLLEGE_MOVED.format(
                name=name, college=ctx.names[college_id]), draft.row))
        elif college_id is None and found is None:
            text = msg.IMPORT_UNKNOWN_COLLEGE.format(name=name) if name else msg.REQUIRED.format(label="学院")
            draft.problems.append(Problem(ctx.sheet, draft.cell("college"), text, draft.row))
        else:
            college_id = college_id if college_id is not None else found.id
        draft.note["college_id"] = college_id
        draft.values["college"] = ctx.names.get(college_id, name)

    # --- matching -------------------------------------------------------------------------------------------------

    def load_existing(self, session: Session, preview: Preview, uids) -> dict[int, Existing]:
        """The judge's sheet rows already stored, by review id."""
        ctx: SheetContext = preview.context
        if ctx.judge_id is None:
            return {}
        rows = awards._sheet_rows(session, preview.edition_id, [ctx.judge_id])
        ids = dict(session.execute(select(AwardReview.college_id, AwardReview.id)
                                   .where(AwardReview.judge_id == ctx.judge_id)).all())
        return {ids[cid]: Existing(ids[cid], f"{UID_PREFIX}{cid}", {**self._values(row), "college_id": cid,
                                                                  "college": row.college_name, "judge": ctx.judge_name})
                for (_judge, cid), row in rows.items()}

    def _values(self, row: awards.SheetRow) -> dict[str, object]:
        values: dict[str, object] = {_key(c.id): _cell_points(row.scores[c.id]) if c.id in row.scores else None
                                     for c in self.criteria}
        values.update(comment=row.comment, abstain=row.abstain, reason=row.reason)
        return values

    def row_key(self, ctx, draft: Draft) -> Hashable | None:
        """The college."""
        return draft.note.get("college_id")

    def record_key(self, record: Existing) -> Hashable | None:
        """The college."""
        return record.values["college_id"]

    def unique_key(self, cleaned: Mapping[str, object]) -> Hashable | None:
        """One row per college."""
        return cleaned["college"]

    def clean(self, ctx: SheetContext, draft: Draft, record: Existing | None):
        """A complete row: every criterion scored, or 回避 with a reason and no score; not the judge's own college."""
        if draft.note.get("college_id") is None:
            return None, []  # already a problem
        values = draft.values
        problems = []
        abstain = bool(values.get("abstain"))
        given = {c.id: values.get(_key(c.id)) for c in self.criteria}
        scored = [cid for cid, v in given.items() if v is not None]
        failed = {key for key in draft.failed}
        college_id = draft.note["college_id"]
        if abstain and scored:
            problems.append(Problem(ctx.sheet, draft.cell(_key(scored[0])), msg.AWARD_SHEET_ABSTAIN_WITH_SCORES,
                                    draft.row))
        elif not abstain:
            if college_id == ctx.judge_college and (scored or failed):
                problems.append(Problem(ctx.sheet, draft.cell("college"), msg.AWARD_OWN_COLLEGE.format(
                    judge=ctx.judge_name, college=ctx.names[college_id]), draft.row))
            elif not scored and not failed:
                problems.append(Problem(ctx.sheet, draft.cell("comment"), msg.AWARD_SHEET_ONLY_COMMENT, draft.row))
            else:
                for criterion in self.criteria:
                    key = _key(criterion.id)
                    if given[criterion.id] is None and key not in failed:
                        problems.append(Problem(ctx.sheet, draft.cell(key), msg.AWARD_SHEET_PARTIAL.format(
                            label=criterion.name), draft.row))
        try:
            comment, reason = rules.clean_review_text(values.get("comment"), values.get("reason")
                                                      or (msg.AWARD_OWN_COLLEGE_REASON if abstain
                                                          and college_id == ctx.judge_college else ""), abstain)
        except ValidationError as error:
            problems.extend(Problem(ctx.sheet, draft.cell("reason" if key == "abstain_reason" else key), text,
                                    draft.row) for key, text in error.fields.items())
            comment, reason = "", ""
        if problems or draft.failed:
            return None, problems
        cleaned: dict[str, object] = {"judge": ctx.judge_name, "college": ctx.names[college_id],
                                      "college_id": college_id, "comment": comment, "abstain": abstain,
                                      "reason": reason}
        # Points as 27.5 / 30 (not fractions): they are compared with the stored ones and written to the audit trail.
        cleaned.update({_key(c.id): (None if abstain or given[c.id] is None else _cell_points(given[c.id]))
                        for c in self.criteria})
        return cleaned, []

    def changes(self, ctx, record: Existing, cleaned, draft) -> dict[str, tuple[object, object]]:
        """Changed scores (as points), comment and 回避."""
        found = super().changes(ctx, record, cleaned, draft)
        return {key: tuple(self._shown(key, v) for v in pair) for key, pair in found.items()}

    def _shown(self, key: str, value: object) -> object:
        if key.startswith("c") and isinstance(value, int | float) and not isinstance(value, bool):
            return scoring.points_text(Fraction(value))
        return value

    def offers_missing(self, preview: Preview) -> bool:
        """Colleges scored before whose row is now blank are listed (deleted only when ticked)."""
        return True

    def missing_row(self, preview: Preview, record: Existing):
        """A college the judge scored before, now left blank."""
        from vocweek_desktop.services.import_records import MissingRow

        return MissingRow(record.id, record.row_uid, str(record.values.get("college", "")),
                          {k: self._shown(k, v) for k, v in record.values.items()},
                          str(record.values.get("college", "")))

    def describe(self, values: Mapping[str, object]) -> str:
        """评委 → 学院."""
        return msg.AWARD_SCORE_SUMMARY.format(judge=values.get("judge", ""), college=values.get("college", ""))

    def fingerprint(self, session: Session, edition_id: int) -> tuple:
        """How many sheet rows and the newest change: a change meanwhile re-matches the rows."""
        return tuple(session.execute(select(func.count(AwardReview.id), func.max(AwardReview.updated_at))
                                     .where(AwardReview.edition_id == edition_id)).one())

    # --- writing --------------------------------------------------------------------------------------------------

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """Each row as the judge's sheet row (scores replaced whole), the ticked blank ones removed."""
        ctx: SheetContext = preview.context
        awards.check_unlocked(session, preview.edition_id)
        judge = get_row(session, AwardJudge, ctx.judge_id, msg.AWARD_JUDGE_NOT_FOUND)
        criteria = awards._criteria(session, preview.edition_id)
        if [c.id for c in criteria] != [c.id for c in self.criteria]:
            raise ConflictError(msg.AWARD_SHEET_RUBRIC_CHANGED)
        for item in [*preview.to_add, *preview.to_update]:
            values = item.values
            college = session.get(College, values["college_id"])
            scores = {} if values["abstain"] else {c.id: rules.halves_of(Fraction(values[_key(c.id)]))
                                                   for c in criteria}
            # The pipeline records one event per row (entity "score", the college's id), as for every import.
            award_scores.write_review(session, None, judge, college, scores, values["comment"], values["abstain"],
                                values["reason"], criteria)
            item.record_id = college.id
        for missing in plan.delete:
            review = session.get(AwardReview, missing.record_id)
            if review is not None:
                award_scores.write_review(session, None, judge, session.get(College, review.college_id), {}, "", False, "",
                                    criteria)
                missing.record_id = review.college_id
        return len(plan.delete)


def _judge_in_title(rows: Sequence[Sequence[object]]) -> str | None:
    for values in rows:
        for value in values:
            text = clean_text(value)
            for label in _JUDGE_LABEL:
                if text.startswith(label) and ":" in text[:len(label) + 2]:
                    return text.split(":", 1)[1].split("(")[0].strip() or None
    return None


def form_for(db: Database, edition_id: int) -> ScoreSheetForm:
    """The score-sheet form for the edition's rubric as it is now."""
    return ScoreSheetForm(awards.list_criteria(db, edition_id))


def preview_sheet(db: Database, edition_id: int, path: str | Path, *, progress=None, cancelled=None) -> Preview:
    """Read and check a returned score sheet; writes nothing (``imports.apply_import`` writes it, all or nothing)."""
    form = form_for(db, edition_id)
    preview = preview_file(db, form, edition_id, path, progress=progress, cancelled=cancelled)
    preview.context.operator = db.operator
    return preview


# --- templates out -----------------------------------------------------------------------------------------------

def sheet_file_name(year: int, award: str, judge: str) -> str:
    """2024年优秀组织奖评分表-张三.xlsx"""
    return safe_file_name(msg.AWARD_SHEET_FILE.format(year=year, award=award, judge=judge), "评分表") + ".xlsx"


def write_sheets(db: Database, edition_id: int, folder: str | Path, judge_ids: Sequence[int] | None = None
                 ) -> list[Path]:
    """One score-sheet workbook per judge (all judges, or those in ``judge_ids``) in ``folder``, prefilled with what
    each judge has entered so far; the judge's own college is marked 回避."""
    from vocweek_desktop.io.excel_template import (
        ALL_COLUMNS,
        ChoiceList,
        PrintSetup,
        TemplateColumn,
        TemplateSpec,
        TitleRow,
        write_template,
    )

    folder = Path(folder)
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        criteria = awards._criteria(session, edition_id)
        judges = [j for j in awards._judges(session, edition_id) if judge_ids is None or j.id in judge_ids]
        if not judges:
            raise ValidationError({"judges": msg.AWARD_NO_JUDGES})
        if not criteria:
            raise ValidationError({"criteria": msg.AWARD_RUBRIC_ALL_ZERO})
        colleges = awards._colleges(session, edition_id)
        rows = awards._sheet_rows(session, edition_id)
        year, award = edition.year, edition.award_name
    columns = [TemplateColumn("college", "学院", 30)]
    columns += [TemplateColumn(_key(c.id), c.header, 14) for c in criteria]
    columns += [TemplateColumn("comment", "评语", 40), TemplateColumn("abstain", "回避", 8, choices="yesno"),
                TemplateColumn("reason", "回避理由", 18), TemplateColumn(ROW_UID, "行ID", 10, hidden=True)]
    maxima = "、".join(f"{c.name} {rules.points_label(c.max_points)} 分" for c in criteria)
    written = []
    for judge in judges:
        values = []
        for cid, name in colleges:
            row = rows.get((judge.id, cid))
            own = judge.college_id == cid
            item: dict[str, object] = {"college": name, ROW_UID: f"{UID_PREFIX}{cid}"}
            if row is not None:
                item.update({_key(c): _cell_points(p) for c, p in row.scores.items()})
                item.update(comment=row.comment or None, abstain="是" if row.abstain else None,
                            reason=row.reason or None)
            elif own:
                item.update(abstain="是", reason=msg.AWARD_OWN_COLLEGE_REASON)
            values.append(item)
        who = f"{judge.name}（{judge.unit}）" if judge.unit else judge.name
        spec = TemplateSpec(
            sheet_title=SHEET_TITLE, columns=columns,
            title_rows=[TitleRow(msg.AWARD_SHEET_TITLE.format(year=year, award=award), size=16, bold=True,
                                 merge=ALL_COLUMNS, centred=True, height=28),
                        TitleRow(f"评委：{who}", size=12, bold=True, merge=ALL_COLUMNS, height=20),
                        TitleRow(msg.AWARD_SHEET_HINT.format(maxima=maxima), size=10, merge=ALL_COLUMNS, wrap=True,
                                 height=44)],
            lists=[ChoiceList("yesno", "回避", ["是", "否"])], frozen_columns=1, spare_rows=0,
            print=PrintSetup(landscape=True), meta={META_JUDGE_ID: judge.sheet_uid, META_JUDGE: judge.name,
                                                    META_YEAR: str(year)})
        written.append(write_template(folder / sheet_file_name(year, award, judge.name), spec, values))
    return written


def _cell_points(points: Fraction) -> int | float:
    return int(points) if points.denominator == 1 else float(points)
