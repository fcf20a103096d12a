"""The week's report: its totals against sums computed here from the database, the workbook (a sheet per table,
totals as numbers, no formula), the PDF (text, pages, fonts embedded, every chart present), and the outings part
from the outing requests."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.io.pdf.pdf_inspect import all_text, assert_fonts_embedded, image_count, page_sizes_mm, reader
from vocweek_desktop.domain.activities import normalize_enterprise, split_enterprises
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.publicity import CHANNELS
from vocweek_desktop.services import editions, report
from vocweek_desktop.services.database import create_demo
from vocweek_desktop.store.models import (
    Activity,
    ActivityEnterprise,
    College,
    CollegeParticipation,
    Enterprise,
    PublicityItem,
)

NOW = dt.datetime(2024, 5, 28, 9, 0)


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    """The demo after the week: reported figures, participation, publicity, files handed in."""
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    db = create_demo(path, with_afterweek=True)
    edition_id = editions.list_editions(db)[0].id
    yield db, edition_id, report.week_report(db, edition_id, now=NOW)
    db.close()


def live(db, *where):
    with db.transaction() as session:
        return session.execute(select(Activity).where(Activity.deleted_at.is_(None), *where)).scalars().all()


def test_totals_equal_sums_from_the_database(week):
    db, _ed, data = week
    activities = live(db)
    held = [a for a in activities if a.status == "已举办"]
    assert data.planned == sum(1 for a in activities if not a.added_after) > 0
    assert data.held == len(held) > 0
    assert data.cancelled == sum(1 for a in activities if a.status == "取消") > 0
    assert data.added == sum(1 for a in activities if a.added_after) == 1
    assert data.unreported == sum(1 for a in activities if a.status == "计划" and not a.added_after)
    assert data.moved == sum(1 for a in held if not a.added_after and a.actual_first_date is not None
                             and (a.actual_first_date, a.actual_last_date) != (a.first_date, a.last_date)) > 0
    assert data.person_times == (sum(a.actual_teachers or 0 for a in held), sum(a.actual_students or 0 for a in held),
                                 sum(a.actual_public or 0 for a in held))
    for name, planned, held_count, cancelled in data.categories:
        assert planned == sum(1 for a in activities if a.category == name and not a.added_after)
        assert held_count == sum(1 for a in held if a.category == name)
        assert cancelled == sum(1 for a in activities if a.category == name and a.status == "取消")
    for day, planned, held_count, _themes in data.days:
        assert planned == sum(1 for a in activities if not a.added_after and a.first_date <= day <= a.last_date)
        assert held_count == sum(1 for a in held if (a.actual_first_date or a.first_date) <= day
                                 <= (a.actual_last_date or a.last_date))
    with db.transaction() as session:
        colleges = {c.id: c for c in session.scalars(select(College))}
        parts = {p.college_id: p for p in session.scalars(select(CollegeParticipation))}
        channels = Counter(session.scalars(select(PublicityItem.channel)))
        planned_links = {}
        for activity_id, name in session.execute(select(ActivityEnterprise.activity_id, Enterprise.name)
                                                 .join(Enterprise)):
            planned_links.setdefault(activity_id, []).append(name)
    for figures in data.colleges:
        mine = [a for a in activities if a.college_id == figures.college_id]
        assert figures.held == sum(1 for a in mine if a.status == "已举办")
        assert figures.students == sum(a.actual_students or 0 for a in mine if a.status == "已举办")
        part = parts.get(figures.college_id)
        if part is None:
            assert figures.teacher_ratio is None and figures.teacher_total == colleges[figures.college_id].teacher_count
        else:
            assert figures.teacher_ratio == pytest.approx(part.teachers_participating / part.teacher_total)
            assert figures.student_ratio == pytest.approx(part.students_participating / part.student_total)
    names = {normalize_enterprise(n) for a in held
             for n in (split_enterprises(a.actual_enterprises) if a.actual_enterprises is not None
                       else planned_links.get(a.id, []))}
    assert len(data.enterprises) == len(names) > 0
    assert {c: n for c, _level, n in data.publicity_channels} == {c: channels.get(c, 0) for c in CHANNELS}
    assert data.publicity_total == sum(channels.values()) == 10
    assert dict(data.publicity_levels)["省级媒体"] == channels["省级媒体"]
    t_part = sum(p.teachers_participating for p in parts.values())
    t_total = sum(p.teacher_total for p in parts.values())
    assert dict(data.summary_rows())["教师参与率"] == pytest.approx(t_part / t_total)
    assert data.outings.total == 0 and data.outings.colleges == ()  # no outing requests in this week


def test_the_workbook_has_a_sheet_per_table_and_plain_number_totals(week, tmp_path):
    db, ed, data = week
    path = report.export_report(db, ed, tmp_path / "总结.xlsx", now=NOW)
    workbook = load_workbook(path)
    tables = data.tables()
    assert workbook.sheetnames == [t.sheet for t in tables]
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f" and not (isinstance(cell.value, str) and cell.value.startswith("="))
    ws = workbook["各学院活动"]
    header = [c.value for c in ws[2]]
    assert header[:3] == ["学院", "计划", "举办"]
    last = ws.max_row
    assert ws.cell(row=last, column=1).value == "合计"
    for column in range(2, len(header) + 1):
        column_sum = sum(ws.cell(row=r, column=column).value or 0 for r in range(3, last))
        assert ws.cell(row=last, column=column).value == column_sum
    assert ws.cell(row=last, column=3).value == data.held
    ratios = workbook["参与率"]
    assert ratios["D3"].number_format == "0.0%" and isinstance(ratios["D3"].value, float)


def test_the_pdf_has_its_cover_sections_tables_and_every_chart(week, tmp_path):
    db, ed, data = week
    path = report.export_report(db, ed, tmp_path / "总结.pdf", now=NOW)
    pdf = reader(path)
    pages = len(pdf.pages)
    assert 6 <= pages <= 14
    assert set(page_sizes_mm(pdf)) == {(210.0, 297.0)}
    text = all_text(pdf)
    cover = pdf.pages[0].extract_text()
    assert "2024年职业教育活动周总结数据" in cover and "“一技在手，一生无忧”" in cover and "四川科技职业学院" in cover
    for heading in ("一、总体情况", "二、活动开展情况", "三、参与情况", "四、合作企业", "五、社会服务外出", "六、宣传报道", "七、材料提交"):
        assert heading in text
    charts = data.charts()
    for number, chart in enumerate(charts, start=1):
        assert f"图{number}{chart.title}" in text
    assert sum(image_count(pdf, page) for page in range(pages)) == len(charts) == 6
    assert "第1页" not in text and f"第2页/共{pages}页" in text and f"第{pages}页/共{pages}页" in text  # a bare cover
    assert "总结数据" not in cover.replace("2024年职业教育活动周总结数据", "", 1)  # no running header on it
    assert f"实际举办（项）{data.held}" in text
    assert_fonts_embedded(pdf)


def test_only_pdf_and_xlsx(week, tmp_path):
    db, ed, _data = week
    with pytest.raises(ValidationError, match="总结报告只能保存为 PDF（.pdf）或 Excel（.xlsx）文件"):
        report.export_report(db, ed, tmp_path / "总结.docx")
    assert not (tmp_path / "总结.docx").exists()


def test_outings_are_the_approved_or_completed_requests_per_college(tmp_path):
    """The demo's requests in every state: the report counts those that went (已批准, 已完成) per college with their
    teachers and students, as summed here from the database, and lists every state."""
    from collections import Counter

    from vocweek_desktop.services import editions
    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store.models import College, OutingRequest

    db = create_demo(tmp_path / "demo.sqlite3", with_outings=True)
    try:
        edition_id = editions.newest_edition_id(db)
        with db.transaction() as session:
            rows = session.execute(sa.select(College.name, College.display_order, OutingRequest.state,
                                             OutingRequest.teacher_count, OutingRequest.student_count)
                                   .join(College, College.id == OutingRequest.college_id)).all()
        data = report.week_report(db, edition_id, now=NOW)
    finally:
        db.close()
    went = [r for r in rows if r.state in ("已批准", "已完成")]
    assert went and len(went) < len(rows)
    expected: dict[str, list[int]] = {}
    for name, _order, _state, teachers, students in sorted(went, key=lambda r: r.display_order):
        entry = expected.setdefault(name, [0, 0, 0])
        entry[0] += 1
        entry[1] += teachers or 0
        entry[2] += students or 0
    assert data.outings.colleges == tuple((name, *values) for name, values in expected.items())
    assert dict(data.outings.states) == dict(Counter(r.state for r in rows))
    assert data.outings.total == len(went) == dict(data.summary_rows())["社会服务外出（次）"]


def test_an_empty_edition_reports_zeros(db, edition, tmp_path):
    data = report.week_report(db, edition.id, now=NOW)
    assert (data.planned, data.held, data.publicity_total) == (0, 0, 0)
    path = report.export_report(db, edition.id, tmp_path / "空.pdf", now=NOW)
    assert "（无）" in all_text(path)
    with db.transaction() as session:
        assert session.scalar(select(func.count(Activity.id))) == 0


def test_the_participation_chart_is_labelled_as_a_rate_and_the_total_says_what_it_counts(week):
    """The rate chart's axis says 参与率 (not the activities' 项), and the 合计 row of the rate table, which leaves out
    the colleges that sent no 学院汇总, says so."""
    from vocweek_desktop.io.charts import bar_chart_figure

    _db, _ed, data = week
    [chart] = [c for c in data.charts() if c.key == "participation"]
    figure = bar_chart_figure(chart.labels, chart.series, unit=chart.unit, percent=chart.percent,
                              horizontal=chart.horizontal)
    assert figure.axes[0].get_xlabel() == "参与率"
    [table] = [t for t in data.tables() if t.sheet == "参与率"]
    reported = [row for row in table.rows if row[2] is not None]
    assert len(reported) < len(table.rows)  # the demo has colleges that did not report
    assert table.total[1] == sum(row[1] for row in reported)
    assert "合计只计已报送的学院" in table.note
