"""The week's report (活动周总结数据): the school-wide figures the office reports to the provincial education department,
computed from the database as plain data, in ONE transaction.

What counts (every count is of live activities, not in the recycle bin):
- planned: the registered activities (附件1), cancelled ones included; added after registration: those a 附件2 added;
- held: status 已举办 (a 附件2 said 是 or 改期, or the office set it), including the added ones; moved: held on other
  days than registered; cancelled: status 取消; not reported: registered and still 计划;
- by day: a planned activity counts on each of its registered days, a held one on each day it was held (clipped to
  the week); person-times (人次) are summed over held activities;
- participation ratio: people who took part over the college's headcount, from its 附件2 totals sheet (the
  headcount from the 学院 list when the sheet left it blank); unknown until the 附件2 came in;
- partner enterprises: distinct (however spelt) over held activities, as the 附件2 names them, else as registered;
- off-campus social-service outings: the approved or completed outing requests;
- publicity by channel and level; submissions by kind against their deadlines, as the 概览 matrix has them.

``export_report`` writes it as Excel (one sheet per table, totals as numbers) or as the A4 PDF with charts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import submissions as kinds_rules
from vocweek_desktop.domain.activities import CATEGORIES, THEME_DAYS, normalize_enterprise, split_enterprises
from vocweek_desktop.domain.dates import days_between, format_date_long, format_datetime, format_day, weekday_name
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.outings import APPROVED_STATES
from vocweek_desktop.domain.publicity import CHANNELS, LEVELS, level_of
from vocweek_desktop.domain.report import COUNT, PERCENT, TEXT, ReportChart, ReportColumn, ReportSection, ReportTable
from vocweek_desktop.domain.statistics import ratio
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.services.submissions import Matrix, files_folder, matrix_in
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    Activity,
    ActivityEnterprise,
    College,
    CollegeParticipation,
    Enterprise,
    OutingRequest,
    PublicityItem,
)

REPORT_FORMATS = (".pdf", ".xlsx")


@dataclass(frozen=True)
class CollegeFigures:
    """One college's week: activities planned / held / moved / cancelled / added / not reported, person-times,
    headcounts and people who took part, distinct partner enterprises, publicity items."""

    college_id: int | None
    name: str
    planned: int = 0
    held: int = 0
    moved: int = 0
    cancelled: int = 0
    added: int = 0
    unreported: int = 0
    teachers: int = 0
    students: int = 0
    public: int = 0
    teacher_total: int | None = None
    teachers_participating: int | None = None
    student_total: int | None = None
    students_participating: int | None = None
    enterprises: int = 0
    publicity: int = 0

    @property
    def id(self) -> int | None:
        """The college's id (what a table of rows keeps its selection by)."""
        return self.college_id

    @property
    def teacher_ratio(self) -> float | None:
        """Teachers who took part over the teachers of the college."""
        return ratio(self.teachers_participating, self.teacher_total)

    @property
    def student_ratio(self) -> float | None:
        """Students who took part over the students of the college."""
        return ratio(self.students_participating, self.student_total)


@dataclass(frozen=True)
class OutingFigures:
    """Off-campus social-service outings: per college (name, outings that went, teachers, students), and all
    requests by state."""

    colleges: tuple[tuple[str, int, int, int], ...]
    states: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        """Outings that went (approved or completed)."""
        return sum(row[1] for row in self.colleges)


@dataclass(frozen=True)
class WeekReport:
    """Everything the report says, as plain values."""

    edition_id: int
    year: int
    title: str
    theme: str
    school: str
    office: str
    week_start: dt.date
    week_end: dt.date
    generated_at: dt.datetime
    colleges: tuple[CollegeFigures, ...]
    departments: CollegeFigures | None
    categories: tuple[tuple[str, int, int, int], ...]  # (category, planned, held, cancelled)
    days: tuple[tuple[dt.date, int, int, tuple[str, ...]], ...]  # (day, planned, held, theme days kept)
    theme_days: tuple[tuple[str, int, int], ...]  # (theme day, planned, held)
    enterprises: tuple[tuple[str, int, str], ...]  # (name, held activities, colleges)
    outings: OutingFigures
    publicity_channels: tuple[tuple[str, str, int], ...]  # (channel, level, items)
    publicity_levels: tuple[tuple[str, int], ...]
    matrix: Matrix

    # --- the totals ------------------------------------------------------------------------------------------------

    def _sum(self, name: str) -> int:
        units = [*self.colleges, *([self.departments] if self.departments else [])]
        return sum(getattr(unit, name) for unit in units)

    @property
    def planned(self) -> int:
        """Registered activities."""
        return self._sum("planned")

    @property
    def held(self) -> int:
        """Activities held (added ones included)."""
        return self._sum("held")

    @property
    def moved(self) -> int:
        """Activities held on other days than registered."""
        return self._sum("moved")

    @property
    def cancelled(self) -> int:
        """Activities cancelled."""
        return self._sum("cancelled")

    @property
    def added(self) -> int:
        """Activities added after registration."""
        return self._sum("added")

    @property
    def unreported(self) -> int:
        """Registered activities nothing was reported about yet."""
        return self._sum("unreported")

    @property
    def person_times(self) -> tuple[int, int, int]:
        """Teachers, students and members of the public, in person-times."""
        return self._sum("teachers"), self._sum("students"), self._sum("public")

    @property
    def publicity_total(self) -> int:
        """Publicity items."""
        return sum(count for _c, _l, count in self.publicity_channels)

    def participation_totals(self) -> tuple[int | None, int | None, int | None, int | None]:
        """(teachers who took part, teachers, students who took part, students) over the colleges that reported
        both numbers; None when none did."""
        teachers = [(c.teachers_participating, c.teacher_total) for c in self.colleges
                    if c.teachers_participating is not None and c.teacher_total]
        students = [(c.students_participating, c.student_total) for c in self.colleges
                    if c.students_participating is not None and c.student_total]
        return (sum(p for p, _t in teachers) if teachers else None, sum(t for _p, t in teachers) if teachers else None,
                sum(p for p, _t in students) if students else None, sum(t for _p, t in students) if students else None)

    def submission_counts(self) -> list[tuple[str, dict[str, int]]]:
        """Per kind: how many colleges are in each state."""
        return [(kind, self.matrix.counts(kind)) for kind in self.matrix.kinds]

    # --- as tables and charts ----------------------------------------------------------------------------------------

    def summary_rows(self) -> list[tuple[str, object]]:
        """(indicator, value) of the summary table."""
        teachers, students, public = self.person_times
        t_part, t_total, s_part, s_total = self.participation_totals()
        on_time = sum(counts[kinds_rules.ON_TIME] for _kind, counts in self.submission_counts())
        due = sum(sum(counts.values()) for _kind, counts in self.submission_counts())
        rows: list[tuple[str, object]] = [
            ("参与学院（个）", len(self.colleges)),
            ("计划活动（项）", self.planned),
            ("实际举办（项）", self.held),
            ("其中：改期举办（项）", self.moved),
            ("其中：报名后新增（项）", self.added),
            ("取消（项）", self.cancelled),
            ("尚未填报实际情况（项）", self.unreported),
            ("有活动的天数（天）", sum(1 for day in self.days if day[2])),
            ("参与教师（人次）", teachers),
            ("参与学生（人次）", students),
            ("参与社会公众（人次）", public),
            ("教师参与率", ratio(t_part, t_total)),
            ("学生参与率", ratio(s_part, s_total)),
            ("合作企业（家）", len(self.enterprises)),
            ("社会服务外出（次）", self.outings.total),
        ]
        rows += [("宣传报道（篇）", self.publicity_total),
                 ("按时提交的材料（项/应交项）", f"{on_time}/{due}")]
        return rows

    def sections(self) -> list[ReportSection]:
        """The report's numbered sections with their tables and charts, in order."""
        count = ReportColumn
        sections: list[ReportSection] = []
        summary = ReportTable("总体情况", "总体情况", (count("指标", TEXT, 90), count("数值", COUNT, 40)),
                              tuple((label, _summary_value(value)) for label, value in self.summary_rows()))
        sections.append(ReportSection("一、总体情况", msg.REPORT_INTRO.format(
            title=self.title, start=format_date_long(self.week_start), end=format_date_long(self.week_end),
            colleges=len(self.colleges), planned=self.planned, held=self.held), (summary,)))

        categories = ReportTable(
            "按类别", "活动类别", (count("活动类别", TEXT, 60), count("计划（项）"), count("举办（项）"), count("取消（项）")),
            tuple(self.categories), total=("合计", *(sum(r[i] for r in self.categories) for i in (1, 2, 3))))
        category_chart = ReportChart("categories", "各类别活动数", tuple(r[0] for r in self.categories),
                                     (("计划", tuple(r[1] for r in self.categories)),
                                      ("举办", tuple(r[2] for r in self.categories))), horizontal=True)
        days = ReportTable(
            "按日期", "每日活动", (count("日期", TEXT, 30), count("星期", TEXT, 16), count("计划（项）"), count("举办（项）"),
                               count("主题日", TEXT, 50)),
            tuple((format_day(d, weekday=False), weekday_name(d), planned, held, "、".join(themes))
                  for d, planned, held, themes in self.days))
        day_chart = ReportChart("days", "每日活动数", tuple(format_day(d[0], weekday=False) for d in self.days),
                                (("计划", tuple(d[1] for d in self.days)), ("举办", tuple(d[2] for d in self.days))))
        themes = ReportTable("主题日", "主题日活动", (count("主题日", TEXT, 40), count("计划（项）"), count("举办（项）")),
                             tuple(self.theme_days),
                             total=("合计", sum(r[1] for r in self.theme_days), sum(r[2] for r in self.theme_days)))
        sections.append(ReportSection("二、活动开展情况", msg.REPORT_ACTIVITIES.format(
            held=self.held, moved=self.moved, added=self.added, cancelled=self.cancelled,
            days=sum(1 for d in self.days if d[2]), total_days=len(self.days)),
            (categories, category_chart, days, day_chart, themes)))

        units = [*self.colleges, *([self.departments] if self.departments else [])]
        activity_rows = tuple((u.name, u.planned, u.held, u.moved, u.cancelled, u.added, u.teachers, u.students,
                               u.public) for u in units)
        college_activities = ReportTable(
            "各学院活动", "各学院活动与参与人次",
            (count("学院", TEXT, 38), count("计划", width=14), count("举办", width=14), count("改期", width=14),
             count("取消", width=14), count("新增", width=14), count("教师人次", width=18), count("学生人次", width=18),
             count("公众人次", width=18)),
            activity_rows, total=("合计", *(sum(r[i] for r in activity_rows) for i in range(1, 9))))
        t_part, t_total, s_part, s_total = self.participation_totals()
        participation = ReportTable(
            "参与率", "各学院师生参与率（人数）",
            (count("学院", TEXT, 38), count("教师总数", width=17), count("参与教师", width=17),
             count("教师参与率", PERCENT, 18), count("学生总数", width=17), count("参与学生", width=17),
             count("学生参与率", PERCENT, 18), count("合作企业", width=16)),
            tuple((c.name, c.teacher_total, c.teachers_participating, c.teacher_ratio, c.student_total,
                   c.students_participating, c.student_ratio, c.enterprises) for c in self.colleges),
            total=("合计", t_total, t_part, ratio(t_part, t_total), s_total, s_part, ratio(s_part, s_total),
                   len(self.enterprises)),
            note=msg.REPORT_RATIO_NOTE)
        ratio_chart = ReportChart("participation", "各学院师生参与率", tuple(c.name for c in self.colleges),
                                  (("教师", tuple(c.teacher_ratio or 0.0 for c in self.colleges)),
                                   ("学生", tuple(c.student_ratio or 0.0 for c in self.colleges))),
                                  unit="参与率", percent=True, horizontal=True)
        person_chart = ReportChart("person_times", "各学院参与人次", tuple(u.name for u in units),
                                   (("教师", tuple(u.teachers for u in units)), ("学生", tuple(u.students for u in units)),
                                    ("社会公众", tuple(u.public for u in units))), unit="人次", stacked=True,
                                   horizontal=True)
        teachers, students, public = self.person_times
        sections.append(ReportSection("三、参与情况", msg.REPORT_PEOPLE.format(
            teachers=teachers, students=students, public=public),
            (college_activities, person_chart, participation, ratio_chart)))

        enterprises = ReportTable("合作企业", "合作企业", (count("序号", width=12), count("企业名称", TEXT, 90),
                                                       count("参与活动（项）", width=26), count("学院", TEXT, 42)),
                                  tuple((n, *row) for n, row in enumerate(self.enterprises, start=1)),
                                  note="" if self.enterprises else msg.REPORT_NONE)
        sections.append(ReportSection("四、合作企业", msg.REPORT_ENTERPRISES.format(count=len(self.enterprises)),
                                      (enterprises,)))
        outings = ReportTable("社会服务外出", "社会服务外出（已批准或已完成）",
                              (count("学院", TEXT, 60), count("外出（次）"), count("教师（人）"), count("学生（人）")),
                              self.outings.colleges, total=("合计", *(sum(r[i] for r in self.outings.colleges)
                                                                    for i in (1, 2, 3))),
                              note="外出申请：" + ("，".join(f"{state} {n}" for state, n in self.outings.states) or "无"))
        sections.append(ReportSection("五、社会服务外出", msg.REPORT_OUTINGS.format(count=self.outings.total), (outings,)))
        number = 6
        channels = ReportTable("宣传-渠道", "宣传报道（按渠道）",
                               (count("渠道", TEXT, 40), count("级别", TEXT, 30), count("报道（篇）")),
                               self.publicity_channels, total=("合计", "", self.publicity_total))
        levels = ReportTable("宣传-级别", "宣传报道（按级别）", (count("级别", TEXT, 40), count("报道（篇）")),
                             self.publicity_levels, total=("合计", self.publicity_total))
        channel_chart = ReportChart("publicity", "宣传报道（按渠道）", tuple(r[0] for r in self.publicity_channels),
                                    (("报道", tuple(r[2] for r in self.publicity_channels)),), unit="篇")
        sections.append(ReportSection(f"{_NUMBERS[number]}、宣传报道", msg.REPORT_PUBLICITY.format(
            count=self.publicity_total, levels="，".join(f"{level} {n} 篇" for level, n in self.publicity_levels if n)
            or "无"), (channels, levels, channel_chart)))
        number += 1
        states = kinds_rules.STATES
        counts = self.submission_counts()
        submissions = ReportTable("材料提交", "材料提交情况（学院数）",
                                  (count("材料", TEXT, 50), *(count(state, width=20) for state in states)),
                                  tuple((kind, *(c[state] for state in states)) for kind, c in counts))
        detail = ReportTable("材料提交明细", "各学院材料提交明细",
                             (count("学院", TEXT, 40), *(count(kind, TEXT, 26) for kind in self.matrix.kinds)),
                             tuple((row.name, *(_cell_text(cell) for cell in row.cells)) for row in self.matrix.rows))
        submission_chart = ReportChart("submissions", "材料提交情况", tuple(kind for kind, _c in counts),
                                       tuple((state, tuple(c[state] for _k, c in counts)) for state in states),
                                       unit="个学院", stacked=True, horizontal=True)
        sections.append(ReportSection(f"{_NUMBERS[number]}、材料提交", msg.REPORT_SUBMISSIONS.format(
            when=format_datetime(self.matrix.now)), (submissions, submission_chart, detail)))
        return sections

    def tables(self) -> list[ReportTable]:
        """Every table, in the report's order (the workbook's sheets)."""
        return [part for section in self.sections() for part in section.parts if isinstance(part, ReportTable)]

    def charts(self) -> list[ReportChart]:
        """Every chart, in the report's order."""
        return [part for section in self.sections() for part in section.parts if isinstance(part, ReportChart)]


_NUMBERS = "零一二三四五六七八九十"


def _summary_value(value: object) -> object:
    """A count stays a number (Excel sums it); a ratio is shown as a percentage; nothing known is "—"."""
    if isinstance(value, float):
        from vocweek_desktop.domain.report import percent_text

        return percent_text(value)
    return "—" if value is None else value


def _cell_text(cell) -> str:
    if cell.first_received is not None:
        return f"{cell.state} {cell.first_received:%m-%d %H:%M}"
    if cell.extension is not None and cell.state == kinds_rules.EXTENDED:
        return f"{cell.state}至{cell.extension.until:%m-%d}"
    return cell.state


# --- computing -----------------------------------------------------------------------------------------------------

def outing_figures(session: Session, edition_id: int) -> OutingFigures:
    """Off-campus social-service outings of the edition: per college the approved or completed requests (those that
    went, or go, out) with their teachers and students, and every request by state."""
    states = tuple((state, n) for state, n in session.execute(
        select(OutingRequest.state, func.count()).where(OutingRequest.edition_id == edition_id)
        .group_by(OutingRequest.state).order_by(OutingRequest.state)))
    gone = (select(College.name, func.count(), func.coalesce(func.sum(OutingRequest.teacher_count), 0),
                   func.coalesce(func.sum(OutingRequest.student_count), 0))
            .join(College, College.id == OutingRequest.college_id)
            .where(OutingRequest.edition_id == edition_id, OutingRequest.state.in_(APPROVED_STATES))
            .group_by(College.id).order_by(College.display_order, College.id))
    return OutingFigures(tuple((name, n, int(t or 0), int(s or 0)) for name, n, t, s in session.execute(gone)), states)


def _clip(first: dt.date, last: dt.date, week: list[dt.date]) -> list[int]:
    return [index for index, day in enumerate(week) if first <= day <= last]


def week_report(db: Database, edition_id: int, *, now: dt.datetime | None = None) -> WeekReport:
    """The figures of the edition's week as they stand (submissions judged at ``now``, default: the current time)."""
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        week = days_between(edition.week_start, edition.week_end)
        rows = session.execute(select(
            Activity.id, Activity.college_id, Activity.department_id, Activity.category, Activity.theme_day,
            Activity.status, Activity.first_date, Activity.last_date, Activity.actual_first_date,
            Activity.actual_last_date, Activity.actual_teachers, Activity.actual_students, Activity.actual_public,
            Activity.actual_enterprises, Activity.added_after)
            .where(Activity.edition_id == edition_id, Activity.deleted_at.is_(None))).all()
        planned_enterprises: dict[int, list[str]] = defaultdict(list)
        for activity_id, name in session.execute(
                select(ActivityEnterprise.activity_id, Enterprise.name)
                .join(Enterprise, Enterprise.id == ActivityEnterprise.enterprise_id)
                .where(Enterprise.edition_id == edition_id).order_by(Enterprise.id)):
            planned_enterprises[activity_id].append(name)
        colleges = session.execute(select(College.id, College.name, College.teacher_count, College.student_count)
                                   .where(College.edition_id == edition_id)
                                   .order_by(College.display_order, College.id)).all()
        participation = {row.college_id: row for row in session.scalars(
            select(CollegeParticipation).where(CollegeParticipation.edition_id == edition_id))}
        publicity = session.execute(select(PublicityItem.channel, PublicityItem.college_id)
                                    .where(PublicityItem.edition_id == edition_id)).all()
        outings = outing_figures(session, edition_id)
        matrix = matrix_in(session, files_folder(db), edition, now)

    units: dict[object, dict[str, int]] = defaultdict(Counter)
    unit_enterprises: dict[object, set[str]] = defaultdict(set)
    by_category = {name: [0, 0, 0] for name in CATEGORIES}
    by_theme = {name: [0, 0] for name in THEME_DAYS}
    planned_days, held_days = [0] * len(week), [0] * len(week)
    themes_on: list[set[str]] = [set() for _ in week]
    enterprises: dict[str, list] = {}
    college_names = {c.id: c.name for c in colleges}
    for (activity_id, college_id, _department_id, category, theme_day, status, first, last, actual_first, actual_last,
         teachers, students, public, actual_enterprises, added) in rows:
        unit = college_id if college_id is not None else "departments"
        figures = units[unit]
        held = status == "已举办"
        if not added:
            figures["planned"] += 1
            by_category.setdefault(category, [0, 0, 0])[0] += 1
            if theme_day:
                by_theme.setdefault(theme_day, [0, 0])[0] += 1
            for index in _clip(first, last, week):
                planned_days[index] += 1
            if status == "计划":
                figures["unreported"] += 1
        else:
            figures["added"] += 1
        if status == "取消":
            figures["cancelled"] += 1
            by_category.setdefault(category, [0, 0, 0])[2] += 1
        if not held:
            continue
        figures["held"] += 1
        by_category.setdefault(category, [0, 0, 0])[1] += 1
        if theme_day:
            by_theme.setdefault(theme_day, [0, 0])[1] += 1
        days = (actual_first or first, actual_last or actual_first or last)
        if not added and actual_first is not None and days != (first, last):
            figures["moved"] += 1
        for index in _clip(*days, week):
            held_days[index] += 1
            if theme_day:
                themes_on[index].add(theme_day)
        figures["teachers"] += teachers or 0
        figures["students"] += students or 0
        figures["public"] += public or 0
        names = split_enterprises(actual_enterprises) if actual_enterprises is not None \
            else planned_enterprises.get(activity_id, [])
        for name in names:
            key = normalize_enterprise(name)
            entry = enterprises.setdefault(key, [name, 0, []])
            entry[1] += 1
            owner = college_names.get(college_id, msg.REPORT_DEPARTMENTS)
            if owner not in entry[2]:
                entry[2].append(owner)
            unit_enterprises[unit].add(key)
    publicity_by_college = Counter(college_id for _channel, college_id in publicity if college_id is not None)

    def figures_of(unit: object, name: str, teacher_total=None, student_total=None, part=None) -> CollegeFigures:
        counts = units.get(unit, Counter())
        return CollegeFigures(
            college_id=unit if isinstance(unit, int) else None, name=name,
            **{key: counts.get(key, 0) for key in ("planned", "held", "moved", "cancelled", "added", "unreported",
                                                   "teachers", "students", "public")},
            teacher_total=part.teacher_total if part is not None and part.teacher_total is not None
            else teacher_total,
            teachers_participating=part.teachers_participating if part is not None else None,
            student_total=part.student_total if part is not None and part.student_total is not None
            else student_total,
            students_participating=part.students_participating if part is not None else None,
            enterprises=len(unit_enterprises.get(unit, ())),
            publicity=publicity_by_college.get(unit, 0) if isinstance(unit, int) else 0)

    college_figures = tuple(figures_of(c.id, c.name, c.teacher_count, c.student_count, participation.get(c.id))
                            for c in colleges)
    departments = figures_of("departments", msg.REPORT_DEPARTMENTS) if "departments" in units else None
    channel_counts = Counter(channel for channel, _college in publicity)
    channels = tuple((channel, level_of(channel), channel_counts.get(channel, 0)) for channel in CHANNELS)
    levels = tuple((level, sum(n for c, lv, n in channels if lv == level)) for level in LEVELS)
    return WeekReport(
        edition_id=edition.id, year=edition.year, title=edition.title, theme=edition.theme,
        school=edition.school_name, office=edition.office_name, week_start=edition.week_start,
        week_end=edition.week_end, generated_at=now, colleges=college_figures, departments=departments,
        categories=tuple((name, *values) for name, values in by_category.items()),
        days=tuple((day, planned_days[i], held_days[i], tuple(t for t in THEME_DAYS if t in themes_on[i]))
                   for i, day in enumerate(week)),
        theme_days=tuple((name, *values) for name, values in by_theme.items()),
        enterprises=tuple((name, n, "、".join(owners)) for name, n, owners in
                          sorted(enterprises.values(), key=lambda e: (-e[1], e[0]))),
        outings=outings, publicity_channels=channels, publicity_levels=levels, matrix=matrix)


def export_report(db: Database, edition_id: int, path: str | Path, *, now: dt.datetime | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the week's report to ``path``: a .pdf (A4, cover, charts, tables, page numbers) or a .xlsx (one sheet
    per table, totals as numbers). The file is written whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise ValidationError({"out": msg.REPORT_FORMAT.format(name=path.name)})
    report = week_report(db, edition_id, now=now)
    if suffix == ".xlsx":
        from vocweek_desktop.io.excel_report import write_report_workbook

        return write_report_workbook(path, report.tables(), title=_cover_title(report))
    from vocweek_desktop.io.pdf.week_report import ReportCover, write_report_pdf

    cover = ReportCover(title=_cover_title(report), theme=report.theme, school=report.school, office=report.office,
                        period=f"{format_date_long(report.week_start)}至{format_date_long(report.week_end)}",
                        date=format_date_long(report.generated_at.date()))
    return write_report_pdf(path, cover, report.sections(), progress=progress)


def _cover_title(report: WeekReport) -> str:
    title = report.title if str(report.year) in report.title else f"{report.year}年{report.title}"
    return f"{title}总结数据"
