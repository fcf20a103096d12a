"""Table model of an edition's publicity items: date, channel and its level, title, college, activity, link."""

from __future__ import annotations

from vocweek_desktop.domain.dates import format_iso_day
from vocweek_desktop.gui.models.records_model import CENTER, LEFT, Column, RecordsModel

SOURCES = {"manual": "手工录入", "paste": "粘贴", "import": "导入"}


class PublicityModel(RecordsModel):
    """Publicity items, newest first as the service lists them; searched over title, college, activity and link."""

    def build_columns(self) -> list[Column]:
        """发布日期, 渠道, 级别, 标题, 学院, 相关活动, 链接, 来源."""
        return [
            Column("published_on", self.tr("发布日期"), text=lambda day: format_iso_day(day), align=CENTER),
            Column("channel", self.tr("渠道"), align=CENTER, searchable=True),
            Column("level", self.tr("级别"), align=CENTER),
            Column("title", self.tr("标题"), align=LEFT, searchable=True, width=24),
            Column("college", self.tr("学院"), align=LEFT, searchable=True),
            Column("activity", self.tr("相关活动"), align=LEFT, searchable=True),
            Column("link", self.tr("链接"), align=LEFT, searchable=True, width=20),
            Column("source_kind", self.tr("来源"), text=lambda kind: self.tr(SOURCES.get(kind, kind)), align=CENTER),
        ]
