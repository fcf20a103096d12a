"""附件1 templates out: one file per college, its college named."""

from __future__ import annotations

import openpyxl

from vocweek_desktop.services import activities_templates as templates


def test_templates_for_all_colleges(env, tmp_path):
    written = templates.write_templates(env.db, env.edition.id, tmp_path / "out")
    assert [p.name for p in written] == ["2024年职教周活动信息表-智能制造学院.xlsx", "2024年职教周活动信息表-汽车工程学院.xlsx"]
    assert openpyxl.load_workbook(written[1])["活动信息表"]["A3"].value == "学院：汽车工程学院"
