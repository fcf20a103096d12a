"""Table model of the recycle bin: the edition's deleted activities, as plain records sorted in Python."""

from __future__ import annotations

from vocweek_desktop.domain.dates import format_datetime, format_day
from vocweek_desktop.gui.models.records_model import Column, RecordsModel
from vocweek_desktop.services.activities import COLUMNS


class RecycleBinModel(RecordsModel):
    """BinnedActivity records: when each was deleted, its title, organiser, first day, venue and source."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self._year: int | None = None

    def build_columns(self) -> list[Column]:
        """删除时间, then the activity's own columns as the 活动报名 table heads them."""
        header = dict(COLUMNS)
        return [Column("deleted_at", self.tr("删除时间"), text=format_datetime, width=9.5),
                Column("title", self.tr(header["title"]), width=14),
                Column("organiser", self.tr(header["organiser"]), width=10),
                Column("first_date", self.tr(header["first_date"]), text=self._day, width=7.5),
                Column("venue", self.tr(header["venue"]), width=9),
                Column("source", self.tr(header["source"]), width=8)]

    def set_year(self, year: int | None) -> None:
        """Dates of this year are shown without it (5月13日（周一）)."""
        self._year = year

    def _day(self, value) -> str:
        return format_day(value, self._year)
