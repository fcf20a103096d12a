"""The main window's workbooks and dropped files: the 文件 menu's imports and exports (through gui/import_flow.py
and gui/afterweek_flow.py) and files dragged onto the window, each routed to where it belongs."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from vocweek_desktop.gui.afterweek_flow import AfterweekFlow, local_paths
from vocweek_desktop.gui.import_flow import ImportFlow


class WorkbookActions:
    """Part of MainWindow: the import and after-the-week flows, the menu entries that start them, and drops."""

    import_flow: ImportFlow
    afterweek_flow: AfterweekFlow

    def _build_flows(self) -> None:
        self.import_flow = ImportFlow(self, None, None)
        self.import_flow.data_changed.connect(self._on_import_data_changed)
        self.import_flow.imported.connect(self._on_imported)
        self.import_flow.status_message.connect(self.show_status)
        self.afterweek_flow = AfterweekFlow(self, registration_import=lambda paths: self.import_flow.import_files(paths),
                                            outing_import=self._import_outing_requests)
        self.afterweek_flow.data_changed.connect(self._on_import_data_changed)
        self.afterweek_flow.status_message.connect(self.show_status)
        self.setAcceptDrops(True)

    def import_workbooks_dialog(self) -> None:
        """文件 → 导入活动信息表: choose workbooks, preview each, write what the user confirms."""
        self.import_flow.choose_and_import()

    def write_templates_dialog(self) -> None:
        """文件 → 生成活动信息表."""
        self.import_flow.write_templates()

    def export_activities_dialog(self) -> None:
        """文件 → 导出活动: what the 活动报名 tab shows (its filter), or every activity."""
        self.import_flow.export_activities(self._filters.get("activities"))

    def export_tasks_dialog(self) -> None:
        """文件 → 导出部门任务单: one workbook, or one per department."""
        from vocweek_desktop.gui.task_lists_export import export_task_lists

        if self.db is None or self.edition_id is None:
            return
        written = export_task_lists(self, self.db, self.edition_id)
        if written:
            self.show_status(self.tr("已导出 {0} 个部门任务单文件").format(len(written)))

    def import_colleges_dialog(self) -> None:
        """文件 → 导入学院名单."""
        self.import_flow.import_colleges()

    def _on_import_data_changed(self) -> None:
        self._refresh_loaded_tabs()

    def _on_imported(self, activity_ids: list) -> None:
        """The activities tab, when it shows this edition, selects the rows an import wrote."""
        tab = next((tab for tab in self._loaded_tabs() if tab.page_name == "activities"), None)
        if tab is not None and self._tab_contexts.get(tab) == (self.db, self.edition_id):
            tab.show_request(list(activity_ids))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept files dragged onto the window."""
        if self.edition_id is not None and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Dropped files go where they belong: a 附件1 or 附件2 workbook, a publicity list or an outing request to its
        import (each with its preview), any other file is recorded as material a college handed in
        (gui/afterweek_flow.py)."""
        paths = local_paths(event.mimeData())
        if self.edition_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.afterweek_flow.route(paths)

    def _import_outing_requests(self, paths: list) -> bool:
        """Outing request workbooks dropped on the window: the 外出审批 tab, brought to the front, imports them."""
        tab = self.page("outings")
        if tab is None:
            return False
        self.tab_widget.setCurrentWidget(tab)
        self._sync_tab(tab)
        return bool(tab.import_requests(list(paths)))

    def _afterweek(self, name: str):
        """A slot calling AfterweekFlow's ``name`` (the flow is made after the actions)."""
        return lambda _checked=False: getattr(self.afterweek_flow, name)()
