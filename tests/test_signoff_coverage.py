"""Signing a new version: changes without an approved change request are named first (sign anyway or
cancel), and a baseline lists only the change requests whose changes it actually contains."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from consultdesk.ops import baselines as bl_ops
from consultdesk.ops import change_requests as cr_ops
from consultdesk.ops import clients, requirements
from consultdesk.ui.baselines.signoff_page import SignOffPage


@pytest.fixture
def signed(ctx):
    client = clients.create_client(ctx, "Northwind Logistics Ltd")
    engagement = clients.create_engagement(ctx, client, "WMS")
    ids = [requirements.create_requirement(ctx, engagement, t) for t in ("Pick list", "Wave planning", "Labels")]
    bl_ops.sign_off(ctx, engagement, "Anna", "client")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    return engagement, ids


def _approved_large_new_requirement(ctx, engagement) -> int:
    cr_id = cr_ops.create_change_request(ctx, engagement, "Returns module", [None], scope="large",
                                         meeting_held=True, written_confirmation="E-mail 2026-03-02")
    cr_ops.set_status(ctx, cr_id, "approved", decided_by="Change board")
    return cr_id


def _page(qtbot, ctx) -> SignOffPage:
    page = SignOffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_uncovered_changes_are_named_and_the_user_may_cancel_or_proceed(qtbot, ctx, asker, signed) -> None:
    engagement, (pick, wave, _labels) = signed
    _approved_large_new_requirement(ctx, engagement)
    requirements.update_requirement(ctx, pick, {"title": "Pick list (mobile)"})
    requirements.update_requirement(ctx, wave, {"urgency": 5})
    page = _page(qtbot, ctx)

    asker.queue(False)  # cancel at the warning: no form, nothing signed
    qtbot.mouseClick(page.sign_button, Qt.LeftButton)
    kind, _title, text = asker.asked[-1]
    assert kind == "confirm"
    assert "2 change(s) since v1 are not covered by an approved change request" in text
    assert "REQ-001 Pick list (mobile)" in text and "REQ-002 Wave planning" in text
    assert "CR-001 Returns module is approved, but none of its changes" in text and "v2 will not list it" in text
    assert len(asker.asked) == 1 and ctx.repos.baselines.latest(engagement).version == 1

    asker.queue(True, lambda dialog: dialog.fill("Anna") or True, True)  # sign anyway
    qtbot.mouseClick(page.sign_button, Qt.LeftButton)
    assert [k for k, _t, _x in asker.asked[1:]] == ["confirm", "dialog", "confirm"]
    v2 = ctx.repos.baselines.latest(engagement)
    assert v2.version == 2 and v2.change_requests == ()  # it does not claim the request it lacks
    status = ctx.repos.baselines.spec_status(engagement)  # signed v2, with what it changed over v1
    assert [c.change_request for c in status.changes_since] == ["", ""] and status.revisions[1].summary == ""


def test_covered_changes_sign_without_a_warning_and_the_request_is_listed(qtbot, ctx, asker, signed) -> None:
    engagement, (pick, _wave, _labels) = signed
    cr_id = _approved_large_new_requirement(ctx, engagement)
    rename = cr_ops.create_change_request(ctx, engagement, "Rename", [pick])
    cr_ops.set_status(ctx, rename, "approved", decided_by="Board")
    requirements.update_requirement(ctx, pick, {"title": "Pick list (mobile)"})
    pending = bl_ops.pending_version(ctx, engagement)
    # Only the rename has a change in the specification; the returns module was never added.
    assert [cr.code for cr in pending.contained] == ["CR-002"] and [cr.id for cr in pending.left_out] == [cr_id]
    requirements.create_requirement(ctx, engagement, "Returns")
    page = _page(qtbot, ctx)
    asker.queue(lambda dialog: dialog.fill("Anna") or True, True)
    qtbot.mouseClick(page.sign_button, Qt.LeftButton)
    assert [k for k, _t, _x in asker.asked] == ["dialog", "confirm"]
    v2 = ctx.repos.baselines.latest(engagement)
    assert v2.version == 2 and sorted(c.code for c in v2.change_requests) == ["CR-001", "CR-002"]
    assert bl_ops.pending_version(ctx, engagement).left_out == ()


def test_the_cli_records_only_contained_requests(ctx, signed) -> None:
    engagement, (pick, _wave, _labels) = signed
    _approved_large_new_requirement(ctx, engagement)
    requirements.update_requirement(ctx, pick, {"title": "Pick list v2"})
    # The op (what `baseline create` runs) applies the same rule as the page.
    v2 = bl_ops.sign_off(ctx, engagement, "Anna")
    assert v2.change_requests == ()
    assert ctx.repos.baselines.spec_status(engagement).revisions[1].summary == ""
