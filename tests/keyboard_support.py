"""Builds the pages the keyboard tests drive: shown, active windows on a fresh engagement."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.diagnosis import DEFAULT_BONES
from consultdesk.ops import clients as client_ops
from consultdesk.ops import diagnosis as ops


def engagement_for(ctx: Any) -> int:
    """A client with one engagement, both selected."""
    client = client_ops.create_client(ctx, "Huaxin")
    engagement = client_ops.create_engagement(ctx, client, "Portal")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    return engagement


def shown(qtbot: Any, widget: Any) -> Any:
    """*widget* added to qtbot, shown at a desktop size and active, so it can hold the focus."""
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def diagnosis_tab(qtbot: Any, ctx: Any, causes: tuple[str, ...] = ()) -> Any:
    """The Diagnosis tab on one diagnosis (empty phenomenon) with *causes* on its first bone."""
    from consultdesk.ui.fishbone.tab import DiagnosisTab

    diagnosis = ops.create_diagnosis(ctx, engagement_for(ctx), "Login fails", DEFAULT_BONES, phenomenon="")
    bone = ctx.repos.diagnoses.tree(diagnosis).bones[0].id
    for text in causes:
        ops.add_cause(ctx, bone, None, text)
    return shown(qtbot, DiagnosisTab(ctx))
