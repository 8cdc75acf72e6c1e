"""Fishbone layout in pure Python: where every box and line of the diagram goes.

Shape (the head on the right, the spine along y = 0):

    label                  label
       \\  [cause]─┐           \\
        \\ [cause]─┼─────────── \\
   ======\\========================== [ head ]
         /  [cause]──────────  /
        /     [sub]─┘        /
    label                  label

Bones alternate above and below the spine; each pair of bones shares one column, columns run from the
head towards the tail. Within a bone every cause gets its own row (depth-first order), so two causes
of one bone never share a y band; sub-causes are indented away from the bone and hang from their
parent by an elbow connector. Columns never share an x band, and the spine keeps above from below:
hence nothing overlaps, whatever the number of causes. Text is measured by a callback (Qt font metrics
in the app, a fake in tests) so this module stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

Point = tuple[float, float]
# measure(text, max_width) -> (width, height) of the wrapped text
Measure = Callable[[str, float], tuple[float, float]]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def intersects(self, other: "Rect") -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def moved(self, dx: float, dy: float = 0.0) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def united(self, other: "Rect") -> "Rect":
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True)
class LayoutParams:
    text_width: float = 170.0  # wrap cause text at this width
    label_width: float = 150.0  # wrap bone labels
    head_width: float = 190.0  # wrap the head (the phenomenon)
    pad: float = 6.0  # inside a box, around the text
    badge: float = 16.0  # room on the left of a cause for its status icon
    indent: float = 24.0  # sub-cause indent per level
    row_gap: float = 8.0  # between two cause rows
    spine_gap: float = 22.0  # between the spine and the nearest row
    stub: float = 18.0  # shortest horizontal line from a top-level cause to its bone
    slant: float = 0.35  # bone slant (dx per dy) ...
    slant_max: float = 110.0  # ... capped so very tall bones do not become very wide
    empty_bone: float = 50.0  # length of a bone without causes
    column_gap: float = 36.0
    head_gap: float = 24.0
    tail: float = 30.0  # spine beyond the last column


@dataclass(frozen=True)
class BonePlacement:
    bone_id: int
    above: bool
    label: Rect
    line: tuple[Point, Point]  # from the spine to the label


@dataclass(frozen=True)
class CausePlacement:
    cause_id: int
    bone_id: int
    depth: int
    rect: Rect
    connector: tuple[Point, ...]  # polyline from the box to its bone or parent box


@dataclass
class FishboneLayout:
    head: Rect
    spine: tuple[Point, Point]
    bones: dict[int, BonePlacement] = field(default_factory=dict)
    causes: dict[int, CausePlacement] = field(default_factory=dict)

    @property
    def bounds(self) -> Rect:
        box = self.head
        for bone in self.bones.values():
            box = box.united(bone.label)
        for cause in self.causes.values():
            box = box.united(cause.rect)
        x1 = min(box.x, self.spine[0][0])
        return Rect(x1, box.y, box.right - x1, box.h)

    def all_boxes(self) -> list[tuple[str, int, Rect]]:
        out = [("head", 0, self.head)]
        out += [("bone", b.bone_id, b.label) for b in self.bones.values()]
        out += [("cause", c.cause_id, c.rect) for c in self.causes.values()]
        return out


@dataclass(frozen=True)
class BoneInput:
    bone_id: int
    title: str
    causes: Sequence[tuple[int, int, str]]  # (cause id, depth, text) in depth-first display order


def layout_fishbone(
    head_text: str,
    bones: Sequence[BoneInput],
    measure: Measure,
    label_measure: Measure | None = None,
    params: LayoutParams = LayoutParams(),
    head_measure: Measure | None = None,
) -> FishboneLayout:
    label_measure = label_measure or measure
    head_measure = head_measure or label_measure
    p = params
    placed = [_place_bone(bone, index % 2 == 0, measure, label_measure, p) for index, bone in enumerate(bones)]
    # Columns from the head leftwards; a column holds bone 2k (above) and 2k+1 (below).
    result_bones: dict[int, BonePlacement] = {}
    result_causes: dict[int, CausePlacement] = {}
    right = 0.0  # the right edge available for the next column (head side is x > 0)
    for start in range(0, len(placed), 2):
        column = placed[start : start + 2]
        local_left = min(b.left for b in column)
        local_right = max(b.right for b in column)
        dx = right - local_right
        for bone in column:
            result_bones[bone.placement.bone_id] = _shift_bone(bone.placement, dx)
            for cause in bone.causes:
                result_causes[cause.cause_id] = _shift_cause(cause, dx)
        right = dx + local_left - p.column_gap
    tail_x = right + p.column_gap - p.tail if placed else -p.tail
    hw, hh = head_measure(head_text or " ", p.head_width)
    head = Rect(p.head_gap, -(hh + 2 * p.pad) / 2, hw + 2 * p.pad, hh + 2 * p.pad)
    return FishboneLayout(head, ((tail_x, 0.0), (p.head_gap, 0.0)), result_bones, result_causes)


@dataclass
class _PlacedBone:
    placement: BonePlacement
    causes: list[CausePlacement]
    left: float
    right: float


def _place_bone(bone: BoneInput, above: bool, measure: Measure, label_measure: Measure, p: LayoutParams) -> _PlacedBone:
    """Lay out one bone in local coordinates: it meets the spine at (0, 0)."""
    sign = -1.0 if above else 1.0  # above the spine means negative y
    rows: list[tuple[int, int, float, float, float]] = []  # (id, depth, w, h, near edge distance)
    distance = p.spine_gap
    for cause_id, depth, text in bone.causes:
        tw, th = measure(text or " ", p.text_width)
        w, h = tw + 2 * p.pad + p.badge, max(th, 1.0) + 2 * p.pad
        rows.append((cause_id, depth, w, h, distance))
        distance += h + p.row_gap
    length = max(distance, p.spine_gap + p.empty_bone)
    dx = min(p.slant * length, p.slant_max)

    def bone_x(dist: float) -> float:  # x of the bone line at a distance from the spine
        return -dx * dist / length

    x_ref = -dx - p.stub  # right edge of top-level boxes: left of the whole bone line
    causes: list[CausePlacement] = []
    stack: list[CausePlacement] = []  # open ancestors of the current row
    for cause_id, depth, w, h, near in rows:
        right = x_ref - depth * p.indent
        y = sign * near if not above else -(near + h)
        rect = Rect(right - w, y, w, h)
        mid_y = y + h / 2
        del stack[depth:]
        if depth == 0 or not stack:
            connector: tuple[Point, ...] = ((right, mid_y), (bone_x(abs(mid_y)), mid_y))
        else:
            parent = stack[-1].rect
            trunk = parent.right - p.indent / 2
            edge = parent.y if above else parent.bottom
            connector = ((right, mid_y), (trunk, mid_y), (trunk, edge))
        placed = CausePlacement(cause_id, bone.bone_id, depth, rect, connector)
        causes.append(placed)
        stack.append(placed)
    lw, lh = label_measure(bone.title or " ", p.label_width)
    lw, lh = lw + 2 * p.pad, lh + 2 * p.pad
    label = Rect(-dx - lw / 2, -(length + lh) if above else length, lw, lh)
    line = ((0.0, 0.0), (-dx, sign * length))
    left = min([label.x] + [c.rect.x for c in causes])
    right_edge = max(0.0, label.right)
    return _PlacedBone(BonePlacement(bone.bone_id, above, label, line), causes, left, right_edge)


def _shift_bone(bone: BonePlacement, dx: float) -> BonePlacement:
    (x1, y1), (x2, y2) = bone.line
    return BonePlacement(bone.bone_id, bone.above, bone.label.moved(dx), ((x1 + dx, y1), (x2 + dx, y2)))


def _shift_cause(cause: CausePlacement, dx: float) -> CausePlacement:
    connector = tuple((x + dx, y) for x, y in cause.connector)
    return CausePlacement(cause.cause_id, cause.bone_id, cause.depth, cause.rect.moved(dx), connector)


def overlapping_pairs(layout: FishboneLayout) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """Every pair of boxes that intersect (sweep over x; used by tests and the integrity of exports)."""
    boxes = sorted(layout.all_boxes(), key=lambda b: b[2].x)
    found = []
    active: list[tuple[str, int, Rect]] = []
    for kind, item_id, rect in boxes:
        active = [a for a in active if a[2].right > rect.x]
        found += [((a[0], a[1]), (kind, item_id)) for a in active if a[2].intersects(rect)]
        active.append((kind, item_id, rect))
    return found
