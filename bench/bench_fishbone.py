"""Fishbone speed: 300 causes full layout + first paint, and adding one cause (store + undo + re-layout +
repaint), each against a bare baseline measured in the same run (the machine is noisy).

Targets: full layout + first paint <= 200 ms; add one cause <= 50 ms median.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView  # noqa: E402

from consultdesk.context import AppContext  # noqa: E402
from consultdesk.domain.diagnosis import DEFAULT_BONES, FishboneTree  # noqa: E402
from consultdesk.ops import clients as client_ops  # noqa: E402
from consultdesk.ops import diagnosis as ops  # noqa: E402
from consultdesk.store.workspace import open_workspace  # noqa: E402

TEXTS = ["数据库连接数不足（高峰期连接池耗尽）", "Shift leads print pick lists manually after the briefing",
         "连接池容量未评估", "Printer queue drops jobs", "发布流程缺少压力测试环节，近 6 次发布均未做压测"]


def build_workspace(count: int):
    ws = open_workspace(Path(tempfile.mkdtemp()) / "bench")
    ctx = AppContext(workspace=ws)
    client = client_ops.create_client(ctx, "Bench")
    engagement = client_ops.create_engagement(ctx, client, "Bench")
    diagnosis = ops.create_diagnosis(ctx, engagement, "Login fails", DEFAULT_BONES, phenomenon="Login keeps failing")
    bones = [b.id for b in ws.repos.diagnoses.bones(diagnosis)]
    rng = random.Random(5)
    rows = ws.repos.rows
    made: list[tuple[int, int]] = []
    with ws.store.transaction():
        for i in range(count):
            parent, bone = (rng.choice(made) if made and rng.random() < 0.6 else (None, rng.choice(bones)))
            cause = rows.insert("diagnosis_causes", {"bone_id": bone, "parent_id": parent, "position": i,
                                                     "text": f"{rng.choice(TEXTS)} #{i}"})
            made.append((cause, bone))
    return ws, ctx, diagnosis, bones


def time_ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def bare_scene(count: int) -> QGraphicsView:
    scene = QGraphicsScene()
    for i in range(count):
        rect = QGraphicsRectItem(0, 0, 180, 30)
        rect.setPos((i % 20) * 200, (i // 20) * 40)
        scene.addItem(rect)
        text = QGraphicsSimpleTextItem(f"{TEXTS[i % len(TEXTS)]} #{i}", rect)
        text.setPos(4, 6)
    view = QGraphicsView(scene)
    view.keep_scene = scene  # the view does not own its scene
    view.resize(1280, 800)
    return view


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from consultdesk.render.fishbone_scene import FishboneScene
    from consultdesk.render.text_metrics import TextMetrics
    from consultdesk.ui.fishbone.controller import DiagramController
    from consultdesk.ui.fishbone.view import FishboneView

    ws, ctx, diagnosis, bones = build_workspace(300)
    full, base_full = [], []
    for _ in range(5):
        views: list = []
        base_full.append(time_ms(lambda views=views: views.append(bare_scene(300)))
                         + time_ms(lambda views=views: views[0].grab()))
        scene = FishboneScene(TextMetrics(), cached=True)  # cold text cache: every text is measured
        view = FishboneView(scene)
        view.resize(1280, 800)
        tree = ws.repos.diagnoses.tree(diagnosis)

        def layout_and_paint(scene: FishboneScene = scene, tree: FishboneTree | None = tree, view: FishboneView = view) -> None:
            scene.show_tree(tree)
            view.fit()
            view.grab()

        full.append(time_ms(layout_and_paint))
        assert len(scene.cause_items) == 300

    scene = FishboneScene(cached=True)  # as in the tab
    view = FishboneView(scene)
    view.resize(1280, 800)
    view.show()
    controller = DiagramController(ctx, view)
    controller.show_diagnosis(diagnosis)
    app.processEvents()
    add, base_add = [], []
    base_view = bare_scene(300)
    base_view.show()
    for i in range(30):
        def one(i: int = i) -> None:
            cause = ops.add_cause(ctx, bones[i % 4], None, f"new cause {i}", initiator=controller)
            view.select(("cause", cause))
            view.viewport().repaint()

        add.append(time_ms(one))

        def baseline(i: int = i) -> None:
            with ws.store.transaction():
                ws.repos.rows.insert("clients", {"name": f"baseline {i}"})
            base_view.scene().addItem(QGraphicsRectItem(0, 0, 10, 10))
            base_view.viewport().repaint()

        base_add.append(time_ms(baseline))
    assert len(scene.cause_items) == 330
    view.resetTransform()  # 100 % zoom: text is painted (fitted, far-out boxes skip their text)
    add_100 = []
    for i in range(30):
        def one_100(i: int = i) -> None:
            cause = ops.add_cause(ctx, bones[i % 4], None, f"zoomed cause {i}", initiator=controller)
            view.select(("cause", cause))  # scrolls the new cause into view
            view.viewport().repaint()

        add_100.append(time_ms(one_100))

    rows = [
        ("300 causes: layout + first paint", statistics.median(full), statistics.median(base_full), 200),
        ("add one cause (store+undo+relayout+repaint)", statistics.median(add), statistics.median(base_add), 50),
        ("add one cause, 100% zoom", statistics.median(add_100), statistics.median(base_add), 50),
    ]
    print(f"{'measure':46} {'median ms':>10} {'bare ms':>9} {'ratio':>7} {'target':>7}")
    status = 0
    for name, value, base, target in rows:
        print(f"{name:46} {value:10.1f} {base:9.1f} {value / max(base, 1e-6):7.1f} {target:6d}ms")
        status |= value > target
    ws.close()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
