"""The printed side of the layout: the 附件3 map (PDF at A4 or A3, either way round, or PNG at a chosen DPI) and the
展位需求清单 for 后勤处 (Excel). The map's title, date, time and venue come from the edition, so a showcase day that
moved shows its new date."""

from __future__ import annotations

from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_date_long, format_time
from vocweek_desktop.domain.errors import NotFoundError, ValidationError
from vocweek_desktop.domain.layout import number_key
from vocweek_desktop.domain.layout_map import MapBooth, MapFeature, MapInput, MapPlan, build_map, map_scale
from vocweek_desktop.services import editions
from vocweek_desktop.services.layout import LayoutData, get_layout, showcase_booths
from vocweek_desktop.store.engine import Database

MIN_DPI, MAX_DPI = 50, 1200


def map_input(db: Database, edition_id: int, data: LayoutData | None = None) -> MapInput:
    """What the map of an edition shows (plain values)."""
    edition = editions.get_edition(db, edition_id)
    data = data or get_layout(db, edition_id)
    if data.plaza is None:
        raise NotFoundError(msg.LAYOUT_NONE)
    colleges = {c.id: c for c in data.colleges}
    when = _when(edition, data.plaza.name)
    booths, legend = [], []
    for booth in sorted(data.booths, key=lambda b: number_key(b.number)):
        college = colleges.get(booth.college_id)
        booths.append(MapBooth(booth.number, booth.x, booth.y, booth.width, booth.depth, booth.rotation, booth.kind,
                               college.name if college else "", college.short_name if college else ""))
        legend.append((booth.number, college.name if college else (booth.notes or booth.kind),
                       college.contact_person if college else "", college.phone if college else ""))
    features = [MapFeature(f.kind, f.label, f.x, f.y, f.width, f.depth, f.rotation) for f in data.features]
    return MapInput(msg.LAYOUT_MAP_TITLE.format(year=edition.year), when, data.plaza.width, data.plaza.depth,
                    booths, features, legend, data.plaza.north)


def _when(edition, plaza_name: str) -> str:
    """展示时间：2024年5月13日（周一） 09:30–17:00    地点：东区科技广场 (the plaza's name when no venue is set)."""
    venue = edition.showcase_venue or plaza_name
    day = format_date_long(edition.showcase_date, weekday=True) if edition.showcase_date else ""
    if edition.showcase_start and edition.showcase_end:
        return msg.LAYOUT_MAP_WHEN.format(day=day, start=format_time(edition.showcase_start),
                                          end=format_time(edition.showcase_end), venue=venue)
    return msg.LAYOUT_MAP_WHEN_NO_TIME.format(day=day, venue=venue)


def scale_on(width: float, depth: float, paper: str = "A4", *, portrait: bool = False) -> int:
    """The N of 比例尺 1:N at which the map of a ``width`` × ``depth`` m plaza is drawn on this paper (no database)."""
    from vocweek_desktop.io.pdf.geometry import paper as named_paper

    sheet = named_paper(paper, landscape=not portrait)
    return map_scale(width, depth, (sheet.width, sheet.height))


def plan_map(db: Database, edition_id: int, paper: str = "A4", *, portrait: bool = False) -> MapPlan:
    """The map laid out on the paper (A4 or A3, landscape unless ``portrait``)."""
    from vocweek_desktop.io.pdf.fonts import bundled_font
    from vocweek_desktop.io.pdf.geometry import MM
    from vocweek_desktop.io.pdf.geometry import paper as named_paper
    from vocweek_desktop.io.pdf.text import text_width, vertical_metrics

    sheet = named_paper(paper, landscape=not portrait)
    font = bundled_font()
    ascent, descent = vertical_metrics(font)
    return build_map(map_input(db, edition_id), (sheet.width, sheet.height),
                     lambda text, size: text_width(text, font, size) / MM, ascent, descent)


def export_map(db: Database, edition_id: int, path: str | Path, *, paper: str = "A4", portrait: bool = False,
               dpi: int = 200) -> MapPlan:
    """导出位置分布图: a .pdf or .png by the file's ending; returns the plan drawn (its scale, pages)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise ValidationError({"path": msg.LAYOUT_MAP_FORMAT.format(name=path.name)})
    if suffix == ".png" and not (isinstance(dpi, int) and MIN_DPI <= dpi <= MAX_DPI):
        raise ValidationError({"dpi": msg.LAYOUT_DPI.format(value=dpi)})
    plan = plan_map(db, edition_id, paper, portrait=portrait)
    edition = editions.get_edition(db, edition_id)
    if suffix == ".pdf":
        from vocweek_desktop.io.pdf.layout_map import write_map_pdf

        write_map_pdf(plan, path, author=f"{edition.school_name}{edition.office_name}")
    else:
        from vocweek_desktop.io.map_png import write_map_png

        write_map_png(plan, path, dpi)
    return plan


def export_needs(db: Database, edition_id: int, path: str | Path) -> Path:
    """展位需求清单 for 后勤处: booth, college, power, tables, chairs, notes, with when and where and the totals
    (Excel, laid out to be printed)."""
    from vocweek_desktop.io.excel_tasks import write_booth_needs

    edition = editions.get_edition(db, edition_id)
    plaza = get_layout(db, edition_id).plaza
    rows = [(b.number, b.college, "是" if b.power else "否", b.tables, b.chairs, b.notes)
            for b in showcase_booths(db, edition_id)]
    return write_booth_needs(path, msg.LAYOUT_NEEDS_TITLE.format(year=edition.year),
                             _when(edition, plaza.name if plaza else ""), rows)
