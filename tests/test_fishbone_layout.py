"""Geometry of the pure-Python fishbone layout: alternation, branching, wrapping, and no overlaps."""

from __future__ import annotations

import math
import random

from consultdesk.domain.fishbone_layout import BoneInput, Rect, layout_fishbone, overlapping_pairs


def fake_measure(text: str, max_width: float) -> tuple[float, float]:
    """7 px per character, 15 px per line, wrapped at max_width (CJK counts double)."""
    width = sum(14.0 if ord(ch) > 0x2E80 else 7.0 for ch in text)
    lines = max(1, math.ceil(width / max_width))
    return min(width, max_width), lines * 15.0


def random_bones(count: int, bones: int = 4, seed: int = 7, max_depth: int = 6) -> list[BoneInput]:
    rng = random.Random(seed)
    out, next_id = [], 1
    for b in range(bones):
        causes, depth = [], 0
        for _ in range(count // bones):
            depth = rng.choice([0, depth, min(depth + 1, max_depth), max(depth - 1, 0)]) if causes else 0
            text = " ".join("word" for _ in range(rng.randint(1, 30)))
            causes.append((next_id, depth, text))
            next_id += 1
        out.append(BoneInput(100 + b, f"Bone {b}", causes))
    return out


def test_300_causes_never_overlap():
    bones = random_bones(300)
    layout = layout_fishbone("The system stalls at peak hours", bones, fake_measure)
    assert len(layout.causes) == 300
    assert overlapping_pairs(layout) == []
    # brute force too, so the sweep itself cannot hide a bug
    boxes = [r for _, _, r in layout.all_boxes()]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_overlap_detector_can_fail():
    assert Rect(0, 0, 10, 10).intersects(Rect(5, 5, 10, 10))
    assert not Rect(0, 0, 10, 10).intersects(Rect(10, 0, 10, 10))


def test_bones_alternate_above_and_below_and_columns_go_left():
    bones = random_bones(40, bones=6)
    layout = layout_fishbone("Head", bones, fake_measure)
    placed = [layout.bones[b.bone_id] for b in bones]
    assert [p.above for p in placed] == [True, False, True, False, True, False]
    for p in placed:
        assert (p.label.bottom <= 0) if p.above else (p.label.y >= 0)
        assert p.line[0][1] == 0  # every bone starts on the spine
    joins = [p.line[0][0] for p in placed[::2]]
    assert joins == sorted(joins, reverse=True)  # first bones nearest the head
    assert all(layout.head.x > p.line[0][0] for p in placed)
    for cause in layout.causes.values():
        above = layout.bones[cause.bone_id].above
        assert (cause.rect.bottom <= 0) if above else (cause.rect.y >= 0)


def test_sub_causes_branch_from_their_parent_four_levels_deep():
    chain = [(i + 1, i, f"why {i}") for i in range(5)]
    layout = layout_fishbone("Head", [BoneInput(1, "Technology", chain)], fake_measure)
    rects = [layout.causes[i + 1].rect for i in range(5)]
    for parent, child, cid in zip(rects, rects[1:], range(2, 6), strict=False):
        assert child.right < parent.right  # indented away from the bone
        assert child.bottom <= parent.y  # further from the spine (above bone)
        end = layout.causes[cid].connector[-1]
        assert end[1] == parent.y and parent.x <= end[0] <= parent.right  # hangs from the parent box
    top = layout.causes[1]
    (x1, y1), (x2, y2) = layout.bones[1].line
    end_x, end_y = top.connector[-1]
    # the top-level connector ends on the bone line
    assert abs((end_x - x1) * (y2 - y1) - (x2 - x1) * (end_y - y1)) < 1e-6


def test_long_text_wraps_within_the_width():
    text = "连接池容量在需求阶段从未评估" * 10
    layout = layout_fishbone("Head", [BoneInput(1, "技术", [(1, 0, text), (2, 0, "short")])], fake_measure)
    long_box, short_box = layout.causes[1].rect, layout.causes[2].rect
    assert long_box.w <= 170 + 2 * 6 + 16 + 0.01
    assert long_box.h > 5 * short_box.h


def test_empty_diagram_and_empty_bone():
    layout = layout_fishbone("", [], fake_measure)
    assert layout.causes == {} and layout.bones == {}
    layout = layout_fishbone("Head", [BoneInput(1, "People", [])], fake_measure)
    assert layout.bones[1].label.bottom < 0
