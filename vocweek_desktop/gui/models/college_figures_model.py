"""Table model of the 活动总结 tab: each college's activities planned and held (from the 附件2 it returned), the
person-times, the participation ratios and the publicity about it."""

from __future__ import annotations

from vocweek_desktop.domain.report import percent_text
from vocweek_desktop.gui.models.records_model import LEFT, RIGHT, Column, RecordsModel


def _count(value: object) -> str:
    return "—" if value is None else str(value)


class CollegeFiguresModel(RecordsModel):
    """Rows of ``services.report.CollegeFigures``, in the colleges' order; any column sorts."""

    def build_columns(self) -> list[Column]:
        """学院, then the counts, ratios, enterprises and publicity."""
        def number(key: str, header: str, tip: str = "") -> Column:
            return Column(key, header, text=_count, align=RIGHT, header_tooltip=tip)

        def ratio(key: str, header: str, tip: str) -> Column:
            return Column(key, header, text=percent_text, align=RIGHT, header_tooltip=tip,
                          sort_key=lambda value: -1.0 if value is None else value)

        return [
            Column("name", self.tr("学院"), align=LEFT, searchable=True),
            number("planned", self.tr("计划"), self.tr("报名的活动（附件1）")),
            number("held", self.tr("举办"), self.tr("实际举办的活动（含改期、报名后新增）")),
            number("moved", self.tr("改期")),
            number("cancelled", self.tr("取消")),
            number("added", self.tr("新增"), self.tr("报名后新增的活动（附件2 中补充的）")),
            number("unreported", self.tr("未填报"), self.tr("情况统计表中还没有填写实际情况的活动")),
            number("teachers", self.tr("教师人次")),
            number("students", self.tr("学生人次")),
            number("public", self.tr("公众人次")),
            ratio("teacher_ratio", self.tr("教师参与率"), self.tr("参与教师人数 ÷ 教师总数（人数，不是人次）")),
            ratio("student_ratio", self.tr("学生参与率"), self.tr("参与学生人数 ÷ 学生总数（人数，不是人次）")),
            number("enterprises", self.tr("合作企业")),
            number("publicity", self.tr("宣传报道")),
        ]
