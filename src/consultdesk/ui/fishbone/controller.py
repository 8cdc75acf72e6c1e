"""DiagramController: turns the view's intents (add, rename, delete, re-parent, navigate) into ops and
keeps the scene in step with the store (refresh on bus.changed for the diagnosis tables)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from consultdesk.bus import Changes
from consultdesk.context import AppContext
from consultdesk.domain.diagnosis import FishboneTree, navigate
from consultdesk.ops import diagnosis as ops
from consultdesk.ops.errors import OpError
from consultdesk.render.fishbone_items import Node
from consultdesk.ui.common.bus_follow import follow_bus
from consultdesk.ui.fishbone.view import FishboneView

TABLES = ("diagnoses", "diagnosis_bones", "diagnosis_causes")


class DiagramController(QObject):
    message = Signal(str)  # a refused drag or delete, shown in the tab's status line
    tree_changed = Signal(object)  # FishboneTree or None, after every refresh

    def __init__(self, ctx: AppContext, view: FishboneView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.diagnosis_id: int | None = None
        self.tree: FishboneTree | None = None
        view.handler = self
        self.follower = follow_bus(ctx, self, TABLES, self._on_changed)

    def show_diagnosis(self, diagnosis_id: int | None) -> None:
        self.view.editor.close_editor()  # an edit begun on another diagnosis must not land here
        self.diagnosis_id = diagnosis_id
        self.refresh()
        self.view.select(None)
        self.view.fit()

    def _on_changed(self, _changes: Changes) -> None:
        if self.diagnosis_id is not None:
            self.refresh()

    def refresh(self) -> None:
        current = self.view.current()
        self.tree = self.ctx.repos.diagnoses.tree(self.diagnosis_id) if self.diagnosis_id is not None else None
        self.view.fish_scene.show_tree(self.tree)
        if current is not None and self.view.fish_scene.item_for(current) is not None:
            self.view.select(current, ensure_visible=False)
        self.tree_changed.emit(self.tree)

    # --- the view's handler --------------------------------------------------------------------------
    def add_node(self, anchor: Node, as_child: bool, text: str) -> str | None:
        if self.tree is None or self.diagnosis_id is None:
            return None
        kind, node_id = anchor
        try:
            if kind == "head" or (kind == "bone" and not as_child):
                new: Node = ("bone", ops.add_bone(self.ctx, self.diagnosis_id, text, initiator=self))
            elif kind == "bone":
                new = ("cause", ops.add_cause(self.ctx, node_id, None, text, initiator=self))
            else:
                cause = self.tree.by_id[node_id]
                if as_child:
                    new = ("cause", ops.add_cause(self.ctx, cause.bone_id, node_id, text, initiator=self))
                else:
                    new = ("cause", ops.add_cause(self.ctx, cause.bone_id, cause.parent_id, text, node_id, self))
        except OpError as exc:
            return str(exc)
        self.view.select(new)  # keep the edited item in view
        return None

    def rename_node(self, node: Node, text: str) -> str | None:
        kind, node_id = node
        try:
            if kind == "head" and self.diagnosis_id is not None:  # the head is the phenomenon
                ops.update_diagnosis(self.ctx, self.diagnosis_id, {"phenomenon": text}, initiator=self)
            elif kind == "bone":
                ops.rename_bone(self.ctx, node_id, text, initiator=self)
            elif kind == "cause":
                ops.update_cause(self.ctx, node_id, {"text": text}, initiator=self)
        except OpError as exc:
            return str(exc)
        return None

    def delete_node(self, node: Node) -> None:
        if self.tree is None:
            return
        kind, node_id = node
        after = self.neighbour(node, "right")  # the parent (or the previous bone) keeps the focus
        try:
            if kind == "cause":
                ops.delete_cause(self.ctx, node_id, initiator=self)
            elif kind == "bone":
                if not self._bone_deletion_agreed(node_id):
                    return
                ops.delete_bone(self.ctx, node_id, initiator=self)
            else:
                return
        except OpError as exc:
            self.message.emit(str(exc))
            return
        self.view.select(after if self.view.fish_scene.item_for(after) is not None else None)

    def _bone_deletion_agreed(self, bone_id: int) -> bool:
        """A category that holds causes is deleted only after the user agrees."""
        count = ops.causes_on_bone(self.ctx, bone_id)
        bone = self.ctx.repos.diagnoses.bone(bone_id)
        if not count or bone is None:
            return True
        question = self.tr("The category “%1” holds %n cause(s). Delete it with all its causes?", "", count)
        return bool(self.ctx.asker.confirm(self.view, self.tr("Delete category"), question.replace("%1", bone.title)))

    def reparent(self, cause_id: int, target: Node) -> str | None:
        if self.tree is None:
            return None
        kind, target_id = target
        try:
            if kind == "bone":
                ops.move_cause(self.ctx, cause_id, target_id, None, initiator=self)
            else:
                parent = self.tree.by_id.get(target_id)
                if parent is None:
                    return None
                ops.move_cause(self.ctx, cause_id, parent.bone_id, target_id, initiator=self)
        except OpError as exc:
            self.message.emit(str(exc))
            return str(exc)
        self.view.select(("cause", cause_id))
        return None

    def move_bone(self, bone_id: int, step: int) -> None:
        """Reorder: step +1 moves the bone one place away from the head, -1 towards it."""
        if self.tree is None:
            return
        ids = [b.id for b in self.tree.bones]
        if bone_id in ids:
            ops.move_bone(self.ctx, bone_id, ids.index(bone_id) + step, initiator=self)
            self.view.select(("bone", bone_id))

    def neighbour(self, node: Node, direction: str) -> Node:
        if self.tree is None:
            return node
        if node[0] == "head":
            return ("bone", self.tree.bones[0].id) if direction == "left" and self.tree.bones else node  # type: ignore[return-value]
        if node[0] == "bone" and direction == "right" and self.tree.bones and self.tree.bones[0].id == node[1]:
            return ("head", 0)
        return navigate(self.tree, node, direction)

    def node_text(self, node: Node) -> str:
        if self.tree is None:
            return ""
        kind, node_id = node
        if kind == "bone":
            bone = self.tree.bone(node_id)
            return bone.title if bone else ""
        if kind == "cause":
            cause = self.tree.by_id.get(node_id)
            return cause.text if cause else ""
        return self.tree.diagnosis.phenomenon
