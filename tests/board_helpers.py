"""Helpers for the board tests: build a board on a fresh engagement and drive it with QTest."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from consultdesk.ops import clients as client_ops
from consultdesk.ops import requirements as ops


def make_engagement(ctx) -> int:
    client_id = client_ops.create_client(ctx, "华信教育")
    engagement_id = client_ops.create_engagement(ctx, client_id, "家长端 App 稳定性优化")
    ctx.selection.set_client(client_id)
    ctx.selection.set_engagement(engagement_id)
    return engagement_id


def add(ctx, engagement_id: int, title: str, value: int, urgency: int, **fields) -> int:
    return ops.create_requirement(ctx, engagement_id, title, value=value, urgency=urgency, **fields)


def card_point(tab, requirement_id: int) -> QPoint:
    card = tab.scene.card(requirement_id)
    return tab.view.mapFromScene(card.sceneBoundingRect().center())


def cell_point(tab, cell: tuple[int, int], where: str = "center") -> QPoint:
    rect = tab.scene.geometry.cell_rect(cell)
    point = {"center": rect.center(), "bottom_right": rect.bottomRight() - QPointF(6, 6),
             "top_left": rect.topLeft() + QPointF(2, 2)}[where]
    return tab.view.mapFromScene(point)


def drag(tab, start: QPoint, end: QPoint, modifiers=Qt.NoModifier) -> None:
    """Press, move in a few steps (as a hand does), release — on the board's viewport."""
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, Qt.LeftButton, modifiers, start)
    for step in range(1, 6):
        point = start + (end - start) * (step / 5)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.LeftButton, modifiers, end)


def scores(ctx, requirement_id: int) -> tuple[int, int]:
    requirement = ctx.repos.requirements.get(requirement_id)
    return requirement.value, requirement.urgency


def card_named(tab, name: str):
    return next((item for item in tab.view.scene().items() if getattr(item, "objectName", lambda: "")() == name),
                None)
