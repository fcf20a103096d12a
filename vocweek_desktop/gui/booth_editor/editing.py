"""The 展位布局 tab's edits of the selection: move, nudge, add, duplicate, delete, rotate, align, distribute and
number booths and features. Each is written at once through services/layout.py and pushed as one undo command.

A mixin of LayoutTab (gui/tabs/layout_tab.py): it uses the tab's ``db``, ``plaza``, ``scene``, ``view``,
``align_actions``, ``shown``, ``removed``, ``_push`` and ``_refused``.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QInputDialog

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.booth_editor.commands import AddCommand, DeleteCommand, UpdateCommand
from vocweek_desktop.gui.booth_editor.items import to_metres
from vocweek_desktop.services import layout
from vocweek_desktop.services.layout import Changes, Snapshot

FEATURE_SIZES = {"stage": (10.0, 5.0), "entrance": (6.0, 2.0), "power": (1.0, 1.0), "tree": (2.0, 2.0),
                 "aisle": (20.0, 3.0), "label": (6.0, 2.0)}


def next_numbers(taken: set[str], prefix: str, count: int, width: int = 2) -> list[str]:
    """``count`` free numbers with ``prefix``, after the highest one of that prefix already taken."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    highest = max((int(m.group(1)) for n in taken if (m := pattern.match(n))), default=0)
    numbers, candidate = [], highest + 1
    while len(numbers) < count:
        number = f"{prefix}{str(candidate).zfill(width)}"
        if number not in taken:
            numbers.append(number)
        candidate += 1
    return numbers


class EditingMixin:
    """Edits of the booths and features the editor has selected (each one undo step)."""

    def _update(self, changes: Changes, text: str) -> bool:
        try:
            before, now = layout.update_items(self.db, changes)
        except VocWeekError as error:
            self._refused(error)
            self.shown(Snapshot(tuple(i.record for i in self.scene.booths.values() if i.item_id in changes.booths),
                                tuple(i.record for i in self.scene.features.values()
                                      if i.item_id in changes.features)))
            return False
        self.shown(now)
        self._push(UpdateCommand(self.db, self, text, before, changes))
        return True

    def _on_items_moved(self, booth_ids: list, feature_ids: list, dx: float, dy: float) -> None:
        count = len(booth_ids) + len(feature_ids)
        self._move(booth_ids, feature_ids, dx, dy, self.tr("移动 {0} 项").format(count) if count > 1
                   else self.tr("移动 {0}").format(self._name(booth_ids, feature_ids)))

    def _name(self, booth_ids, feature_ids) -> str:
        if booth_ids:
            return self.scene.booths[booth_ids[0]].record.number
        record = self.scene.features[feature_ids[0]].record
        return record.label or geometry.FEATURE_KINDS.get(record.kind, "")

    def _move(self, booth_ids, feature_ids, dx: float, dy: float, text: str) -> None:
        changes = Changes(
            {i: {"x": round(self.scene.booths[i].record.x + dx, 4), "y": round(self.scene.booths[i].record.y + dy, 4)}
             for i in booth_ids},
            {i: {"x": round(self.scene.features[i].record.x + dx, 4),
                 "y": round(self.scene.features[i].record.y + dy, 4)} for i in feature_ids})
        self._update(changes, text)

    def nudge(self, dx: float, dy: float) -> None:
        """Arrow keys: move the selection by (dx, dy) metres."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if booth_ids or feature_ids:
            self._move(booth_ids, feature_ids, dx, dy, self.tr("微移 {0} 项").format(len(booth_ids) + len(feature_ids)))

    def _centre(self) -> tuple[float, float]:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        x, y = to_metres(centre.x()), to_metres(centre.y())
        if self.plaza is not None:
            x = min(max(x, 0.0), self.plaza.width)
            y = min(max(y, 0.0), self.plaza.depth)
        return x, y

    def _taken(self) -> set[str]:
        return {item.record.number for item in self.scene.booths.values()}

    def _prefix(self) -> str:
        booth_ids, _ = self.scene.selected_ids()
        if booth_ids:
            found = re.match(r"^(\D*)", self.scene.booths[booth_ids[-1]].record.number)
            return found.group(1) if found else "A"
        return "A"

    def add_booths(self, count: int = 1, *, width: float = 3.0, depth: float = 3.0, gap: float = 1.0,
                   horizontal: bool = True, kind: str = "标准展位", prefix: str | None = None,
                   at: tuple[float, float] | None = None) -> Snapshot | None:
        """Add ``count`` booths in a row (or column) from ``at`` (default: the view's centre), snapped to the grid;
        one undo step. Returns what was added."""
        if self.plaza is None:
            return None
        x, y = at or self._centre()
        grid = self.plaza.grid
        left = geometry.snap(x - width / 2, grid)
        top = geometry.snap(y - depth / 2, grid)
        numbers = next_numbers(self._taken(), self._prefix() if prefix is None else prefix, count)
        booths = []
        for index, number in enumerate(numbers):
            offset = index * ((width if horizontal else depth) + gap)
            bx = left + width / 2 + (offset if horizontal else 0)
            by = top + depth / 2 + (0 if horizontal else offset)
            booths.append({"number": number, "x": round(bx, 4), "y": round(by, 4), "width": width, "depth": depth,
                           "kind": kind})
        try:
            added = layout.add_items(self.db, self.plaza.id, booths)
        except VocWeekError as error:
            self._refused(error)
            return None
        self.shown(added)
        self.scene.select_only([self.scene.booths[b.id] for b in added.booths])
        text = self.tr("添加展位 {0}").format(numbers[0]) if count == 1 else \
            self.tr("添加 {0} 个展位（{1}–{2}）").format(count, numbers[0], numbers[-1])
        self._push(AddCommand(self.db, self, text, added))
        return added

    def add_booth(self) -> None:
        """Ins: one standard 3 m × 3 m booth in the middle of the view."""
        self.add_booths(1)

    def add_booths_dialog(self) -> None:
        """添加展位…: a size typed in, or a row of n with a gap."""
        if self.plaza is None:
            return
        from vocweek_desktop.gui.booth_editor.dialogs import AddBoothsDialog

        dialog = AddBoothsDialog(self, self._prefix())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.add_booths(values["count"], width=values["width"], depth=values["depth"], gap=values["gap"],
                        horizontal=values["horizontal"], kind=values["kind"], prefix=values["prefix"])

    def add_feature(self, kind: str | None = None) -> None:
        """添加场地设施…: a stage, entrance, power point, tree, aisle or text label in the middle of the view."""
        if self.plaza is None:
            return
        if kind is None:
            labels = list(geometry.FEATURE_KINDS.values())
            label, ok = QInputDialog.getItem(self, self.tr("添加场地设施"), self.tr("设施类型："), labels, 0, False)
            if not ok:
                return
            kind = next(key for key, text in geometry.FEATURE_KINDS.items() if text == label)
        width, depth = FEATURE_SIZES[kind]
        x, y = self._centre()
        values = {"kind": kind, "label": geometry.FEATURE_KINDS[kind] if kind in ("stage", "entrance", "label") else "",
                  "x": geometry.snap(x, self.plaza.grid), "y": geometry.snap(y, self.plaza.grid), "width": width,
                  "depth": depth}
        try:
            added = layout.add_items(self.db, self.plaza.id, (), [values])
        except VocWeekError as error:
            self._refused(error)
            return
        self.shown(added)
        self.scene.select_only([self.scene.features[f.id] for f in added.features])
        self._push(AddCommand(self.db, self, self.tr("添加{0}").format(geometry.FEATURE_KINDS[kind]), added))

    def delete_selected(self) -> None:
        """Del: delete the selection (one undo step)."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if not booth_ids and not feature_ids:
            return
        try:
            gone = layout.delete_items(self.db, booth_ids, feature_ids)
        except VocWeekError as error:
            self._refused(error)
            return
        self.removed(gone)
        count = len(booth_ids) + len(feature_ids)
        self._push(DeleteCommand(self.db, self, self.tr("删除 {0} 项").format(count) if count > 1
                                 else self.tr("删除 {0}").format(self._deleted_name(gone)), gone))

    @staticmethod
    def _deleted_name(snapshot: Snapshot) -> str:
        if snapshot.booths:
            return snapshot.booths[0].number
        feature = snapshot.features[0]
        return feature.label or geometry.FEATURE_KINDS.get(feature.kind, "")

    def duplicate_selected(self) -> None:
        """Ctrl+D: copies of the selection beside it (booths numbered on, without their college)."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if not booth_ids and not feature_ids:
            return
        shapes = [self.scene.booths[i] for i in booth_ids] + [self.scene.features[i] for i in feature_ids]
        span = max(s.area().right for s in shapes) - min(s.area().left for s in shapes)
        dx = geometry.snap(span + 1.0, self.plaza.grid)
        taken = self._taken()
        booths = []
        for booth_id in booth_ids:
            record = self.scene.booths[booth_id].record
            prefix = re.match(r"^(\D*)", record.number).group(1)
            number = next_numbers(taken, prefix, 1)[0]
            taken.add(number)
            booths.append({**record.values(), "number": number, "x": record.x + dx, "college_id": None})
        features = [{**self.scene.features[i].record.values(), "x": self.scene.features[i].record.x + dx}
                    for i in feature_ids]
        try:
            added = layout.add_items(self.db, self.plaza.id, booths, features)
        except VocWeekError as error:
            self._refused(error)
            return
        self.shown(added)
        self.scene.select_only([self.scene.booths[b.id] for b in added.booths] +
                               [self.scene.features[f.id] for f in added.features])
        self._push(AddCommand(self.db, self, self.tr("复制 {0} 项").format(len(booths) + len(features)), added))

    def rotate_selected(self) -> None:
        """R: turn the selection by 90° clockwise, each about its own centre."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if not booth_ids and not feature_ids:
            return
        changes = Changes({i: {"rotation": (self.scene.booths[i].record.rotation + 90) % 360} for i in booth_ids},
                          {i: {"rotation": (self.scene.features[i].record.rotation + 90) % 360} for i in feature_ids})
        self._update(changes, self.tr("旋转 {0} 项").format(len(booth_ids) + len(feature_ids)))

    def _areas(self) -> dict[tuple[str, int], geometry.Footprint]:
        booth_ids, feature_ids = self.scene.selected_ids()
        areas = {("b", i): self.scene.booths[i].area() for i in booth_ids}
        areas.update({("f", i): self.scene.features[i].area() for i in feature_ids})
        return areas

    def _apply_moves(self, moves: dict, text: str) -> None:
        booths, features = {}, {}
        for (kind, item_id), (dx, dy) in moves.items():
            if not dx and not dy:
                continue
            record = (self.scene.booths if kind == "b" else self.scene.features)[item_id].record
            target = booths if kind == "b" else features
            target[item_id] = {"x": round(record.x + dx, 4), "y": round(record.y + dy, 4)}
        if booths or features:
            self._update(Changes(booths, features), text)

    def align_selected(self, mode: str) -> None:
        """Align the selection on its extreme edge or centre (one undo step)."""
        areas = self._areas()
        if len(areas) >= 2:
            keyed = dict(enumerate(areas))
            moves = geometry.align({k: areas[key] for k, key in keyed.items()}, mode)
            self._apply_moves({keyed[k]: move for k, move in moves.items()},
                              self.align_actions[mode].text().replace("&", ""))

    def distribute_selected(self, horizontal: bool) -> None:
        """Equal gaps between the selected items (one undo step)."""
        areas = self._areas()
        if len(areas) >= 3:
            keyed = dict(enumerate(areas))
            moves = geometry.distribute({k: areas[key] for k, key in keyed.items()}, horizontal)
            self._apply_moves({keyed[k]: move for k, move in moves.items()},
                              self.tr("横向等距分布") if horizontal else self.tr("纵向等距分布"))

    def auto_number(self) -> None:
        """自动编号…: number the selected booths in reading order (one undo step)."""
        booth_ids, _ = self.scene.selected_ids()
        if not booth_ids:
            return
        from vocweek_desktop.gui.booth_editor.dialogs import AutoNumberDialog

        dialog = AutoNumberDialog(len(booth_ids), self, self._prefix())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.number_booths(booth_ids, **dialog.values())

    def number_booths(self, booth_ids: list[int], prefix: str, start: int, width: int, by_columns: bool) -> bool:
        """Number these booths in reading order; refused (a message, nothing changed) when a number is taken."""
        records = [self.scene.booths[i].record for i in booth_ids]
        numbers = layout.numbering(records, prefix, start, width, by_columns=by_columns)
        text = self.tr("自动编号 {0}–{1}").format(*(lambda n: (n[0], n[-1]))(sorted(numbers.values())))
        return self._update(Changes({i: {"number": n} for i, n in numbers.items()}), text)
