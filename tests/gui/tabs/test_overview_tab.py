"""The 概览 tab: what it shows, where a click routes, and the chart drawn only once the tab is visible."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from vocweek_desktop.gui.tabs.overview_tab import OverviewTab
from vocweek_desktop.services import activities, colleges
from vocweek_desktop.services.activities import ActivityFilter

D = dt.date
NOW = dt.datetime(2024, 5, 8, 12, 30)  # deadline 2024-05-10 18:00: 2 days 5 hours left
CHART_TIMEOUT_MS = 60_000  # matplotlib builds its font cache on first use on a fresh machine


def _add(db, edition_id, college_id, title, first, last=None, form="线下", theme_day=None, category="其他"):
    return activities.add_activity(db, edition_id, {
        "college_id": college_id, "title": title, "first_date": first, "last_date": last or first, "form": form,
        "theme_day": theme_day, "category": category}).id


@pytest.fixture
def data(db, edition):
    """Three colleges: 甲 with a three-day exhibition and a talk, 乙 online only, 丙 nothing; 18 May is empty."""
    ids = {name: colleges.add_college(db, edition.id, {"name": name}).id for name in ("甲学院", "乙学院", "丙学院")}
    _add(db, edition.id, ids["甲学院"], "成果展", D(2024, 5, 12), D(2024, 5, 14), theme_day="学院日",
         category="线下宣传展示")
    _add(db, edition.id, ids["甲学院"], "讲座", D(2024, 5, 13), theme_day="学生日", category="特色主题活动")
    _add(db, edition.id, ids["乙学院"], "云展", D(2024, 5, 15), D(2024, 5, 17), form="线上", category="数字化展览")
    return ids


@pytest.fixture
def tab(qtbot, db, edition, data):
    """The tab over the crafted data, with the clock pinned, not yet shown."""
    page = OverviewTab()
    qtbot.addWidget(page)
    page.clock = lambda: NOW
    page.set_context(db, edition.id)
    return page


def _shown(qtbot, page):
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_days_side_by_side_with_counts_and_theme_days(tab):
    assert [c.date_label.text() for c in tab.day_cards] == [
        "5月12日 周日", "5月13日 周一", "5月14日 周二", "5月15日 周三", "5月16日 周四", "5月17日 周五", "5月18日 周六"]
    assert [c.count_label.text() for c in tab.day_cards] == ["1", "2", "1", "1", "1", "1", "0"]
    assert [c.theme_label.text().replace("\u2060", "").replace("\u00a0", " ").replace("\n", " · ")
            for c in tab.day_cards[:3]] == ["学院日 1", "学院日 1 · 学生日 1", "学院日 1"]
    empty = tab.day_cards[6]
    assert empty.unit_label.text() == "无活动" and empty.property("empty") is True
    assert [c.property("empty") for c in tab.day_cards[:6]] == [False] * 6
    # Cards lie in one row, left to right.
    assert tab.day_cards[0].parent() is tab.ui.days_group
    assert [tab.ui.days_layout.indexOf(c) for c in tab.day_cards] == list(range(7))


@pytest.mark.parametrize("width", [1366, 1000, 820])
def test_theme_days_on_a_card_break_between_days_never_leaving_a_dot_at_a_line_end(qtbot, tab, db, edition, data,
                                                                                   width):
    for theme in ("教师日", "企业日"):
        _add(db, edition.id, data["丙学院"], f"{theme}活动", D(2024, 5, 13), theme_day=theme)
    tab.reload()
    tab.resize(width, 700)
    tab.show()
    qtbot.waitExposed(tab)
    label = tab.day_cards[1].theme_label
    qtbot.waitUntil(lambda: "·" in label.text() or "\n" in label.text())
    lines = [line.replace("\u2060", "").replace("\u00a0", " ") for line in label.text().split("\n")]
    assert " · ".join(lines) == "学院日 1 · 学生日 1 · 教师日 1 · 企业日 1"  # every theme day, in order
    metrics = label.fontMetrics()
    for line in lines:
        assert not line.startswith("·") and not line.endswith("·"), lines
        assert metrics.horizontalAdvance(line) <= label.contentsRect().width(), lines  # Qt need not wrap it again
    assert label.height() >= metrics.lineSpacing() * len(lines)  # every line shown
    if width == 1366:
        assert len(lines) <= 2  # wide cards keep several days on a line


def test_theme_day_and_category_tables_show_every_row_in_a_1600_by_1000_window(qtbot, window):
    window.resize(1600, 1000)
    overview = window.tab_widget.widget(0)
    assert isinstance(overview, OverviewTab) and window.tab_widget.currentIndex() == 0
    qtbot.waitUntil(lambda: overview.chart_canvas is not None, timeout=CHART_TIMEOUT_MS)  # laid out as the user sees it
    for table in (overview.ui.theme_table, overview.ui.category_table):
        qtbot.waitUntil(lambda t=table: not t.verticalScrollBar().isVisible())
        last = table.rowCount() - 1
        assert table.rowCount() >= 4
        assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()


def test_theme_day_and_category_tables(tab):
    theme = tab.ui.theme_table
    assert [(theme.item(r, 0).text(), theme.item(r, 1).text()) for r in range(theme.rowCount())] == [
        ("学院日", "1"), ("学生日", "1"), ("教师日", "0"), ("企业日", "0")]
    assert "5月12日 1，5月13日 1，5月14日 1" in theme.item(0, 0).toolTip()
    category = tab.ui.category_table
    rows = {category.item(r, 0).text(): category.item(r, 1).text() for r in range(category.rowCount())}
    assert rows["线下宣传展示"] == "1" and rows["数字化展览"] == "1" and rows["其他"] == "0"


def test_summary_and_warnings_text(tab):
    summary = tab.ui.summary_label.text()
    assert "共 <b>3</b> 项活动" in summary and "距截止还有 2 天 5 小时" in summary and "已报名学院 2/3" in summary
    texts = [tab.ui.warnings_list.item(i).text() for i in range(tab.ui.warnings_list.count())]
    assert texts == [
        "5月18日（周六）没有安排任何活动（通知要求“天天有活动”）",
        "丙学院尚未报名任何活动（截止 5月10日 18:00，距截止还有 2 天 5 小时）",
        "乙学院没有线下活动（1 项活动均为线上）",
    ]
    assert tab.ui.warnings_group.title() == "需要注意（3）"


def test_clicking_a_day_requests_that_day(qtbot, tab):
    _shown(qtbot, tab)
    with qtbot.waitSignal(tab.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(tab.day_cards[1], Qt.MouseButton.LeftButton)
    assert blocker.args == ["activities", ActivityFilter(day=D(2024, 5, 13))]
    tab.day_cards[6].setFocus()
    with qtbot.waitSignal(tab.navigate, timeout=2000) as blocker:
        qtbot.keyClick(tab.day_cards[6], Qt.Key.Key_Return)
    assert blocker.args == ["activities", ActivityFilter(day=D(2024, 5, 18))]


def test_clicking_a_warning_requests_its_filter(qtbot, tab, data):
    _shown(qtbot, tab)
    view = tab.ui.warnings_list
    emitted = []
    tab.navigate.connect(lambda page, flt: emitted.append(flt) if page == "activities" else None)
    for row in range(view.count()):
        rect = view.visualItemRect(view.item(row))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted == [ActivityFilter(day=D(2024, 5, 18)),
                       ActivityFilter(organiser=("college", data["丙学院"])),
                       ActivityFilter(organiser=("college", data["乙学院"]))]
    # Enter on the current warning routes too.
    view.setCurrentRow(2)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert emitted[-1] == ActivityFilter(organiser=("college", data["乙学院"]))
    assert len(emitted) == 4


def test_clicking_a_theme_day_or_category_row(qtbot, tab):
    _shown(qtbot, tab)
    emitted = []
    tab.navigate.connect(lambda page, flt: emitted.append(flt) if page == "activities" else None)
    for table, row in ((tab.ui.theme_table, 1), (tab.ui.category_table, 0)):
        rect = table.visualItemRect(table.item(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted == [ActivityFilter(theme_day="学生日"), ActivityFilter(category="线下宣传展示")]


def test_chart_is_drawn_only_after_show(qtbot, tab):
    assert tab.chart_canvas is None  # set_context on a hidden tab draws nothing
    _shown(qtbot, tab)
    qtbot.waitUntil(lambda: tab.chart_canvas is not None, timeout=CHART_TIMEOUT_MS)
    axes = tab.chart_canvas.figure.axes[0]
    bars = {label.get_text(): patch.get_width() for label, patch in zip(axes.get_yticklabels(), axes.patches,
                                                                         strict=True)}
    assert bars == {"甲学院": 2, "乙学院": 1, "丙学院": 0}
    assert tab.chart_canvas.isVisible() and not tab.ui.chart_placeholder.isVisible()
    assert tab.ui.save_chart_button.isEnabled()


def test_chart_says_it_is_loading_until_drawn_never_that_there_is_no_data(qtbot, tab, monkeypatch):
    from vocweek_desktop.io import charts

    placeholder = tab.ui.chart_placeholder
    assert placeholder.text() == "正在绘制图表…" and not placeholder.isHidden()  # figures read, chart not yet drawn
    seen = []
    real = charts.activities_per_college_figure

    def building(*args, **kwargs):  # what the user sees while matplotlib builds the chart
        seen.append((placeholder.isVisible(), placeholder.text()))
        return real(*args, **kwargs)

    monkeypatch.setattr(charts, "activities_per_college_figure", building)
    _shown(qtbot, tab)
    qtbot.waitUntil(lambda: tab.chart_canvas is not None, timeout=CHART_TIMEOUT_MS)
    assert seen == [(True, "正在绘制图表…")]
    assert placeholder.isHidden()

    tab.set_context(None, None)  # nothing to show: that is said, and nothing is loading
    assert placeholder.text() == "没有可显示的数据" and not placeholder.isHidden()


def test_clicking_a_bar_requests_that_college(qtbot, tab, data):
    _shown(qtbot, tab)
    qtbot.waitUntil(lambda: tab.chart_canvas is not None, timeout=CHART_TIMEOUT_MS)
    canvas = tab.chart_canvas
    canvas.draw()
    axes = canvas.figure.axes[0]
    patch = next(p for p, label in zip(axes.patches, axes.get_yticklabels(), strict=True)
                 if label.get_text() == "甲学院")
    box = patch.get_window_extent()
    ratio = canvas.device_pixel_ratio
    pos = QPoint(int((box.x0 + box.x1) / 2 / ratio), int(canvas.height() - (box.y0 + box.y1) / 2 / ratio))
    with qtbot.waitSignal(tab.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["activities", ActivityFilter(organiser=("college", data["甲学院"]))]


def test_refresh_shows_new_data_and_redraws_the_chart(qtbot, tab, db, edition, data):
    _shown(qtbot, tab)
    qtbot.waitUntil(lambda: tab.chart_canvas is not None, timeout=CHART_TIMEOUT_MS)
    first_canvas = tab.chart_canvas
    _add(db, edition.id, data["丙学院"], "周六义诊", D(2024, 5, 18))
    tab.refresh()
    assert tab.day_cards[6].count_label.text() == "1" and tab.day_cards[6].property("empty") is False
    qtbot.waitUntil(lambda: tab.chart_canvas is not None and tab.chart_canvas is not first_canvas,
                    timeout=CHART_TIMEOUT_MS)
    widths = {label.get_text(): p.get_width() for label, p in zip(tab.chart_canvas.figure.axes[0].get_yticklabels(),
                                                                  tab.chart_canvas.figure.axes[0].patches,
                                                                  strict=True)}
    assert widths["丙学院"] == 1
    texts = [tab.ui.warnings_list.item(i).text() for i in range(tab.ui.warnings_list.count())]
    assert texts == ["乙学院没有线下活动（1 项活动均为线上）"]


def test_refresh_while_hidden_waits_for_show(qtbot, tab, db, edition, data):
    _add(db, edition.id, data["丙学院"], "周六义诊", D(2024, 5, 18))
    tab.refresh()
    assert tab.day_cards[6].count_label.text() == "0"  # not reloaded while hidden
    _shown(qtbot, tab)
    assert tab.day_cards[6].count_label.text() == "1"


def test_no_edition_clears_everything(tab):
    tab.set_context(None, None)
    assert tab.day_cards == [] and tab.ui.warnings_list.count() == 0 and tab.ui.theme_table.rowCount() == 0
    assert tab.ui.summary_label.text() == "没有选择年度。"
    assert tab.tab_title() == "概览"


def test_no_warnings_says_so(qtbot, db, edition):
    college = colleges.add_college(db, edition.id, {"name": "甲学院"}).id
    _add(db, edition.id, college, "全周展览", D(2024, 5, 12), D(2024, 5, 18))
    page = OverviewTab()
    qtbot.addWidget(page)
    page.set_context(db, edition.id)
    assert page.ui.warnings_list.count() == 1
    item = page.ui.warnings_list.item(0)
    assert item.text().startswith("没有需要注意的问题")
    emitted = []
    page.navigate.connect(lambda *args: emitted.append(args))
    page._on_warning_clicked(item)
    assert emitted == []


def test_save_chart_as_png(qtbot, tab, tmp_path, monkeypatch):
    target = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    messages = []
    tab.status_message.connect(messages.append)
    tab.save_chart_dialog()
    assert target.read_bytes().startswith(b"\x89PNG")
    assert messages == [f"图表已保存到 {target}"]


def test_matplotlib_is_not_loaded_until_the_chart_is_drawn(tmp_path):
    """Building the tab and loading figures (window start-up) must not import matplotlib."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from vocweek_desktop.services.database import create_demo
        from vocweek_desktop.gui.tabs.overview_tab import OverviewTab
        db = create_demo(sys.argv[1])
        tab = OverviewTab()
        tab.set_context(db, 1)
        print(len(tab.day_cards), "matplotlib" in sys.modules)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VOCWEEK_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "demo.sqlite3")], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["7", "False"]


def test_showing_again_later_updates_the_time_left_without_requerying(qtbot, tab, monkeypatch):
    _shown(qtbot, tab)
    assert "距截止还有 2 天 5 小时" in tab.ui.summary_label.text()
    tab.hide()
    import vocweek_desktop.gui.tabs.overview_tab as module

    monkeypatch.setattr(module, "week_overview", lambda *a, **k: pytest.fail("queried again"))
    tab.clock = lambda: dt.datetime(2024, 5, 10, 21, 0)
    tab.show()
    assert "已逾期 3 小时" in tab.ui.summary_label.text()
    assert "丙学院尚未报名任何活动（截止 5月10日 18:00，已逾期 3 小时）" in [
        tab.ui.warnings_list.item(i).text() for i in range(tab.ui.warnings_list.count())]
