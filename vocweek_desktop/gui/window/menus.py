"""The main window's actions and menus: 文件, 编辑 (filled by the tab in front), 视图 and 帮助, and the window's key
bindings, which yield to a tab's own while that tab is in front."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication


class WindowMenus:
    """Part of MainWindow: every QAction of the window and the menu bar that lists them."""

    def _action(self, text: str, slot, shortcut=None, status_tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if status_tip:
            action.setStatusTip(status_tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("打开数据库…"), self.open_database_dialog,
                                        QKeySequence.StandardKey.Open, self.tr("打开另一个数据库文件"))
        self.new_database_action = self._action(self.tr("新建数据库…"), self.new_database_dialog,
                                                QKeySequence.StandardKey.New, self.tr("新建一个空的数据库文件"))
        self.save_as_action = self._action(self.tr("另存为…"), self.save_as_dialog, "Ctrl+Shift+S",
                                           self.tr("把当前数据库完整复制到另一个文件，并改为编辑那个文件"))
        self.quit_action = self._action(self.tr("退出"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action(self.tr("刷新"), self.refresh_all, QKeySequence.StandardKey.Refresh,
                                           self.tr("重新读取数据库"))
        self.about_action = self._action(self.tr("关于…"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.import_action = self._action(self.tr("导入活动信息表…"), self.import_workbooks_dialog, "Ctrl+I",
                                          self.tr("导入各学院交回的附件1 活动信息表（导入前先预览）；也可把文件拖到窗口上"))
        self.template_action = self._action(self.tr("生成活动信息表…"), self.write_templates_dialog, None,
                                            self.tr("为一个或全部学院生成附件1 活动信息表模板"))
        self.export_activities_action = self._action(self.tr("导出活动…"), self.export_activities_dialog, "Ctrl+E",
                                                     self.tr("把活动（活动报名页当前筛选出的）导出为 Excel"))
        self.export_tasks_action = self._action(self.tr("导出部门任务单…"), self.export_tasks_dialog, None,
                                                self.tr("按用电、信息设备、安保、宣传拍摄需求，为各部门导出任务单"))
        self.import_colleges_action = self._action(self.tr("导入学院名单…"), self.import_colleges_dialog, None,
                                                   self.tr("从 Excel 导入学院名单（导入前先预览）"))
        # After the week: 附件2 out and in, the files colleges hand in, the week's report (gui/afterweek_flow.py).
        self.statistics_template_action = self._action(self.tr("生成情况统计表…"), self._afterweek("write_statistics_templates"),
                                                       None, self.tr("为一个或全部学院生成附件2 情况统计表"))
        self.import_statistics_action = self._action(self.tr("导入情况统计表…"),
                                                     self._afterweek("choose_and_import_statistics"), None,
                                                     self.tr("导入学院交回的附件2（导入前先预览计划与实际的差异）"))
        self.record_submission_action = self._action(self.tr("记录提交的材料…"), self._afterweek("choose_and_record"),
                                                     None, self.tr("记录学院提交的总结、图片等文件；也可把文件拖到窗口上"))
        self.export_report_action = self._action(self.tr("导出活动周总结…"), self._afterweek("export_report"), None,
                                                 self.tr("导出活动周总结数据（PDF 报告）"))
        self.workbook_actions = (self.import_action, self.template_action, self.export_activities_action,
                                 self.export_tasks_action, self.import_colleges_action,
                                 self.statistics_template_action, self.import_statistics_action,
                                 self.record_submission_action, self.export_report_action)
        self.new_edition_action = self._action(self.tr("新建年度…"), self.new_edition_dialog, None,
                                               self.tr("按通知的默认设置或复制已有年度，新建一个年度的活动周"))
        self.edition_settings_action = self._action(self.tr("活动周设置…"), self.edition_settings_dialog, None,
                                                    self.tr("修改所选年度的标题、日期、截止时间、奖项和联系人"))
        self.history_action = self._action(self.tr("修改记录…"), self.edition_history_dialog, None,
                                           self.tr("查看所选年度最近的修改：谁在什么时候改了什么"))
        self.operator_action = self._action(self.tr("操作人…"), self.change_operator_dialog, None,
                                            self.tr("修改记录中的操作人姓名"))
        #: The window's own key bindings, to give back when a tab that took one over is no longer in front.
        self._window_shortcuts = {action: action.shortcut() for action in self.findChildren(QAction)
                                  if not action.shortcut().isEmpty()}

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.template_action)
        file_menu.addAction(self.import_colleges_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_activities_action)
        file_menu.addAction(self.export_tasks_action)
        file_menu.addSeparator()
        for action in (self.statistics_template_action, self.import_statistics_action, self.record_submission_action,
                       self.export_report_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.history_action)
        file_menu.addAction(self.operator_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        # Shown with their usual keys but not bound to them: the widget with the focus handles the keys
        # itself, and a window-wide binding could clash with a tab's own shortcut.
        self.standard_edit_actions: list[QAction] = []
        for text, key in ((self.tr("剪切"), QKeySequence.StandardKey.Cut),
                          (self.tr("复制"), QKeySequence.StandardKey.Copy),
                          (self.tr("粘贴"), QKeySequence.StandardKey.Paste),
                          (self.tr("全选"), QKeySequence.StandardKey.SelectAll)):
            hint = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action = QAction(f"{text}\t{hint}", self)
            action.triggered.connect(partial(self._forward_key, key))
            self.standard_edit_actions.append(action)

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addAction(self.refresh_action)
        self.view_menu = view_menu

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu
        self._fill_edit_menu()

    def _fill_edit_menu(self) -> None:
        # Not QMenu.clear(): PySide invalidates the Python side of every action it removes, and the undo
        # stack's own actions (made in C++) then raise "already deleted" the next time the tab is shown.
        for action in self.edit_menu.actions():
            self.edit_menu.removeAction(action)
        tab = self.current_tab()
        actions: list[QAction] = []
        if tab is not None:
            provider = getattr(tab, "edit_actions", None)
            actions = list(provider()) if callable(provider) else [a for a in tab.actions() if a.text()]
        for action in actions or self.standard_edit_actions:
            self.edit_menu.addAction(action)
        self._yield_shortcuts_to(actions)

    def _yield_shortcuts_to(self, tab_actions: list[QAction]) -> None:
        """While a tab binds a key the window binds too (Ctrl+N: 新增活动 and 新建数据库), the tab's wins.

        Two live bindings of one key are ambiguous to Qt, which then triggers neither.
        """
        taken = {action.shortcut() for action in tab_actions if not action.shortcut().isEmpty()}
        for action, key in self._window_shortcuts.items():
            action.setShortcut(QKeySequence() if key in taken else key)

    def _forward_key(self, key: QKeySequence.StandardKey) -> None:
        """编辑 menu's standard entries: press the key in the widget that has the focus."""
        target = QApplication.focusWidget()
        if target is None or not self.isAncestorOf(target):
            return
        combination = QKeySequence(key)[0]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, combination.key(), combination.keyboardModifiers()))
