"""Problem diagnosis (docs/diagnosis.md): the problem in three layers, the fishbone tree, the solution plan.

Pure values and rules: tree walks, re-parent checks, keyboard navigation, diagnosis-sheet rows and the
solution-plan flags (overdue tasks, root causes without a remedy). No Qt, no SQL.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterable, Iterator


class CauseStatus(str, Enum):
    UNVERIFIED = "unverified"
    CONFIRMED = "confirmed"
    RULED_OUT = "ruled_out"


class PlanTerm(str, Enum):
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"


# Default bones and the 6M preset, as English source texts (translated by the caller, context "diagnosis").
DEFAULT_BONES = ("People", "Process", "Technology", "Environment")
SIX_M_BONES = ("Man", "Machine", "Method", "Material", "Measurement", "Environment")
# What each category means, so a preset renames a bone by meaning rather than by position: the default
# bone People becomes 6M's Man, Process becomes Method, Technology becomes Machine.
BONE_MEANINGS = {
    "People": "people", "Process": "process", "Technology": "technology", "Environment": "environment",
    "Man": "people", "Method": "process", "Machine": "technology", "Material": "material",
    "Measurement": "measurement",
}
MAX_TEXT = 2000  # a cause is a sentence or two, not an essay; longer text is refused


@dataclass(frozen=True)
class Diagnosis:
    id: int | None
    engagement_id: int
    title: str
    phenomenon: str = ""
    impact: str = ""
    scope: str = ""
    impact_client: str = ""
    impact_us: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class Bone:
    id: int | None
    diagnosis_id: int
    position: int
    title: str


@dataclass(frozen=True)
class Cause:
    id: int | None
    bone_id: int
    parent_id: int | None
    position: int
    text: str
    verification_method: str = ""
    verification_result: str = ""
    status: CauseStatus = CauseStatus.UNVERIFIED
    is_root: bool = False  # the one "root cause or not" flag; a cause that is not root is a direct cause


@dataclass(frozen=True)
class SolutionPhase:
    id: int | None
    diagnosis_id: int
    term: PlanTerm
    position: int
    title: str


@dataclass(frozen=True)
class SolutionTask:
    id: int | None
    phase_id: int
    position: int
    title: str
    owner: str = ""
    deadline: str | None = None  # ISO date
    root_cause_id: int | None = None
    done: bool = False


def validate_text(text: str | None) -> str | None:
    """Why a cause/bone/task text is refused, or None when it is fine."""
    if text is None or not text.strip():
        return "empty"
    if len(text) > MAX_TEXT:
        return "too_long"
    return None


def parse_deadline(text: str | None) -> str | None:
    """'' / None -> None; a valid ISO date -> itself; anything else raises ValueError."""
    if text is None or not text.strip():
        return None
    return _dt.date.fromisoformat(text.strip()).isoformat()


@dataclass
class FishboneTree:
    """The bones and causes of one diagnosis, indexed for walks (built once per refresh)."""

    diagnosis: Diagnosis
    bones: list[Bone]
    causes: list[Cause]
    by_id: dict[int, Cause] = field(init=False)
    children: dict[int | None, list[Cause]] = field(init=False)  # parent cause id -> children
    top: dict[int, list[Cause]] = field(init=False)  # bone id -> top-level causes

    def __post_init__(self) -> None:
        self.bones = sorted(self.bones, key=lambda b: (b.position, b.id or 0))
        self.by_id = {c.id: c for c in self.causes if c.id is not None}
        self.children = {}
        self.top = {b.id: [] for b in self.bones if b.id is not None}
        for cause in sorted(self.causes, key=lambda c: (c.position, c.id or 0)):
            if cause.parent_id is None:
                self.top.setdefault(cause.bone_id, []).append(cause)
            else:
                self.children.setdefault(cause.parent_id, []).append(cause)

    def kids(self, cause_id: int) -> list[Cause]:
        return self.children.get(cause_id, [])

    def walk(self, bone_id: int) -> Iterator[tuple[Cause, int]]:
        """Depth-first (cause, depth) of one bone, in display order."""
        stack = [(c, 0) for c in reversed(self.top.get(bone_id, []))]
        while stack:
            cause, depth = stack.pop()
            yield cause, depth
            stack.extend((k, depth + 1) for k in reversed(self.kids(cause.id)))  # type: ignore[arg-type]

    def subtree_ids(self, cause_id: int) -> list[int]:
        out, stack = [], [cause_id]
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(k.id for k in self.kids(current))  # type: ignore[misc]
        return out

    def depth(self, cause_id: int) -> int:
        depth, cause = 0, self.by_id[cause_id]
        while cause.parent_id is not None:
            depth, cause = depth + 1, self.by_id[cause.parent_id]
        return depth

    def siblings(self, cause: Cause) -> list[Cause]:
        return self.top.get(cause.bone_id, []) if cause.parent_id is None else self.kids(cause.parent_id)

    def bone(self, bone_id: int) -> Bone | None:
        return next((b for b in self.bones if b.id == bone_id), None)

    def root_causes(self) -> list[Cause]:
        return [c for b in self.bones for c, _ in self.walk(b.id) if c.is_root]  # type: ignore[arg-type]


def reparent_problem(tree: FishboneTree, cause_id: int, new_bone_id: int, new_parent_id: int | None) -> str | None:
    """Why moving a cause there is refused (None when allowed): no cycles, parent on the same bone."""
    if cause_id not in tree.by_id:
        return "missing"
    if tree.bone(new_bone_id) is None:
        return "other_diagnosis"
    if new_parent_id is not None:
        parent = tree.by_id.get(new_parent_id)
        if parent is None:
            return "other_diagnosis"
        if new_parent_id in tree.subtree_ids(cause_id):
            return "cycle"
        if parent.bone_id != new_bone_id:
            return "bone_mismatch"
    return None


@dataclass(frozen=True)
class PresetPlan:
    renames: list[tuple[int, str]]  # (bone id, new title)
    additions: list[str]  # titles of new bones, in the preset's order


def preset_plan(bones: Iterable[Bone], known: dict[str, str], preset: dict[str, str]) -> PresetPlan:
    """Map a preset (meaning -> title) onto existing bones by meaning.

    known maps every default or preset category name (in any language) to its meaning. A bone whose
    name is not known was named by the user and stays as it is; so does a second bone of a meaning
    already taken. Meanings no bone has yet become new bones."""
    renames: list[tuple[int, str]] = []
    taken: set[str] = set()
    for bone in sorted(bones, key=lambda b: (b.position, b.id or 0)):
        meaning = known.get(bone.title.strip())
        if meaning is None or meaning not in preset or meaning in taken or bone.id is None:
            continue
        taken.add(meaning)
        if bone.title != preset[meaning]:
            renames.append((bone.id, preset[meaning]))
    return PresetPlan(renames, [title for meaning, title in preset.items() if meaning not in taken])


# --- keyboard navigation -----------------------------------------------------------------------------
# A node is ("bone", id) or ("cause", id). Left goes deeper (children sit left of their parent in the
# drawing), Right goes back towards the spine, Up/Down walk the siblings.

Node = tuple[str, int]


def navigate(tree: FishboneTree, node: Node, key: str) -> Node:
    kind, node_id = node
    if kind == "bone":
        ids = [b.id for b in tree.bones]
        index = ids.index(node_id) if node_id in ids else 0
        if key == "left":
            first = tree.top.get(node_id, [])
            return ("cause", first[0].id) if first else node  # type: ignore[return-value]
        step = {"up": -1, "down": 1, "right": -1}.get(key, 0)
        return ("bone", ids[max(0, min(len(ids) - 1, index + step))])  # type: ignore[return-value]
    cause = tree.by_id.get(node_id)
    if cause is None:
        return node
    if key == "left":
        kids = tree.kids(node_id)
        return ("cause", kids[0].id) if kids else node  # type: ignore[return-value]
    if key == "right":
        return ("bone", cause.bone_id) if cause.parent_id is None else ("cause", cause.parent_id)
    siblings = tree.siblings(cause)
    index = [s.id for s in siblings].index(node_id)
    index = max(0, min(len(siblings) - 1, index + (1 if key == "down" else -1)))
    return ("cause", siblings[index].id)  # type: ignore[return-value]


# --- diagnosis sheet ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetRow:
    bone: Bone
    cause: Cause
    depth: int


def sheet_rows(tree: FishboneTree) -> list[SheetRow]:
    """One row per cause in the standard diagnosis-sheet order: bone by bone, depth first."""
    return [SheetRow(b, c, d) for b in tree.bones for c, d in tree.walk(b.id)]  # type: ignore[arg-type]


# --- solution plan flags ------------------------------------------------------------------------------


def is_overdue(task: SolutionTask, today: _dt.date) -> bool:
    if task.done or not task.deadline:
        return False
    try:
        return _dt.date.fromisoformat(task.deadline) < today
    except ValueError:
        return False


def overdue_tasks(tasks: Iterable[SolutionTask], today: _dt.date) -> list[SolutionTask]:
    return [t for t in tasks if is_overdue(t, today)]


def roots_without_remedy(tree: FishboneTree, tasks: Iterable[SolutionTask]) -> list[Cause]:
    """Root causes that no task of the plan addresses (a dangling link counts as none)."""
    linked = {t.root_cause_id for t in tasks if t.root_cause_id is not None}
    return [c for c in tree.root_causes() if c.id not in linked]
