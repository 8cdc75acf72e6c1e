"""The sign-off and change-request pages, driven like a user (clicks, scripted dialogs/questions)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from consultdesk.ops import change_requests as cr_ops
from consultdesk.ops import clients, requirements
from consultdesk.ui.baselines.cr_dialog import NEW_REQUIREMENT
from consultdesk.ui.baselines.cr_page import ChangeRequestsPage
from consultdesk.ui.baselines.signoff_page import SignOffPage


@pytest.fixture
def eng(ctx):
    client = clients.create_client(ctx, "Northwind Logistics Ltd")
    engagement = clients.create_engagement(ctx, client, "WMS")
    ids = [requirements.create_requirement(ctx, engagement, t) for t in ("Pick list", "Wave planning")]
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    return engagement, ids


def _signoff_page(qtbot, ctx) -> SignOffPage:
    page = SignOffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_sign_off_through_the_page_then_see_changes(qtbot, ctx, asker, eng) -> None:
    engagement, (pick, _wave) = eng
    page = _signoff_page(qtbot, ctx)
    assert "not signed off yet" in page.status_label.text()
    asker.queue(lambda dialog: dialog.fill("Anna Berg", "client", "approved", "per e-mail") or True, True)
    qtbot.mouseClick(page.sign_button, Qt.LeftButton)
    kinds = [(k, t) for k, _title, t in asker.asked]
    assert kinds[0][0] == "dialog" and kinds[1][0] == "confirm" and "cannot be changed or undone" in kinds[1][1]
    baseline = ctx.repos.baselines.latest(engagement)
    assert baseline.version == 1 and baseline.signoffs[0].signer == "Anna Berg"
    assert "Signed" in page.status_label.text() and baseline.sha256 in page.status_label.text()
    assert page.baselines.rowCount() == 1 and page.signoffs.rowCount() == 1
    assert page.diff.rowCount() == 0
    requirements.update_requirement(ctx, pick, {"title": "Pick list (mobile)"})  # the page refreshes on the bus
    assert page.diff.rowCount() == 1 and page.diff.uncovered() == 1
    row = [page.diff.index(0, c).data() for c in range(5)]
    assert row[2:] == ["Pick list", "Pick list (mobile)", "Not covered"]
    assert "1 change(s) not covered" in page.uncovered_label.text()
    assert "Draft of v2" in page.status_label.text()
    # A further sign-off record on v1.
    asker.queue(lambda dialog: dialog.fill("Li Wei", "us", "authored") or True)
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    assert page.signoffs.rowCount() == 2


def test_sign_off_cancelled_at_the_question_changes_nothing(qtbot, ctx, asker, eng) -> None:
    engagement, _ = eng
    page = _signoff_page(qtbot, ctx)
    asker.queue(lambda dialog: dialog.fill("Anna") or True, False)
    qtbot.mouseClick(page.sign_button, Qt.LeftButton)
    assert ctx.repos.baselines.latest(engagement) is None


def test_sign_off_refusals_are_explained(qtbot, ctx, asker, eng) -> None:
    engagement, _ = eng
    page = _signoff_page(qtbot, ctx)

    def empty_signer(dialog) -> bool:
        dialog.fill("   ")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # the form says so before the op does
        return True

    asker.queue(empty_signer, True)
    qtbot.mouseClick(page.sign_button, Qt.LeftButton)
    assert asker.asked[-1][0] == "warn" and "name of the person signing" in asker.asked[-1][2]
    other = clients.create_engagement(ctx, ctx.selection.client_id, "Empty")
    ctx.selection.set_engagement(other)
    qtbot.mouseClick(page.sign_button, Qt.LeftButton)
    assert asker.asked[-1][0] == "warn" and "no requirements" in asker.asked[-1][2]
    assert ctx.repos.baselines.latest(engagement) is None and ctx.repos.baselines.latest(other) is None


def test_change_request_page_flow(qtbot, ctx, asker, eng) -> None:
    engagement, (pick, wave) = eng
    now = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
    page = ChangeRequestsPage(ctx, clock=lambda: now)
    qtbot.addWidget(page)
    page.show()

    def fill(dialog) -> bool:
        dialog.form.crTitle.setText("Export as Excel")
        dialog.form.crRequestedBy.setText("Anna")
        dialog.form.crImpactCost.setText("+1 person-day")
        dialog.check_links([wave, NEW_REQUIREMENT])
        return True

    asker.queue(fill)
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    cr = ctx.repos.change_requests.for_engagement(engagement)[0]
    assert [link.code for link in cr.links] == ["", "REQ-002"]
    assert page.model.rowCount() == 1 and page.selected().id == cr.id
    assert page.model.index(0, page.model.LINKS).data() == "new requirement, REQ-002"
    # The 24 h countdown against the page's clock.
    ctx.store.db.execute("update change_requests set submitted_at = ?", [(now - timedelta(hours=25)).isoformat()])
    page.refresh()
    assert page.model.index(0, page.model.DUE).data() == "Overdue by 1 h 00 min"
    assert "1 overdue" in page.summary.text()
    assert not page.buttons["implemented"].isEnabled() and page.buttons["approve"].isEnabled()
    asker.queue("Change board")
    qtbot.mouseClick(page.buttons["approve"], Qt.LeftButton)
    cr = ctx.repos.change_requests.get(cr.id)
    assert cr.status.value == "approved" and cr.decided_by == "Change board"
    assert page.model.index(0, page.model.DUE).data() == "Decided late"
    ctx.undo_stack("specs").undo()
    assert ctx.repos.change_requests.get(cr.id).status.value == "submitted"


def test_approving_a_cr_for_a_deleted_requirement_is_reported(qtbot, ctx, asker, eng) -> None:
    engagement, (pick, wave) = eng
    cr_id = cr_ops.create_change_request(ctx, engagement, "Drop waves", [wave])
    requirements.delete_requirements(ctx, [wave])
    page = ChangeRequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.problems.isVisible() and "REQ-002, which has been deleted" in page.problems.text()
    assert page.model.index(0, page.model.LINKS).data() == "REQ-002 (deleted)"
    page.view.selectRow(0)
    asker.queue(True, "Board")
    qtbot.mouseClick(page.buttons["approve"], Qt.LeftButton)
    assert "has been deleted" in asker.asked[0][2]
    assert ctx.repos.change_requests.get(cr_id).status.value == "approved"


def test_pages_live_in_the_specifications_tab(window) -> None:
    pages = window.findChild(object, "specPages")
    assert pages is not None
    for name in ("signOffPage", "changeRequestsPage"):
        page = pages.findChild(QWidget, name)
        assert page is not None
        pages.setCurrentIndex([i for i in range(pages.count()) if pages.widget(i).isAncestorOf(page)][0])
        assert page.isVisibleTo(pages)


def test_board_cards_carry_the_changed_since_signoff_mark(qtbot, ctx, eng) -> None:
    from consultdesk.ops import baselines as bl_ops
    from consultdesk.ui.board.tab import BoardTab

    engagement, (pick, wave) = eng
    tab = BoardTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    cards = lambda: {c.req.code: c.changed_since_signoff for c in tab.scene.cards.values()}  # noqa: E731
    assert cards() == {"REQ-001": False, "REQ-002": False}  # no baseline: nothing is marked
    bl_ops.sign_off(ctx, engagement, "Anna")
    requirements.update_requirement(ctx, pick, {"title": "Pick list (mobile)"})
    requirements.create_requirement(ctx, engagement, "Returns")
    assert cards() == {"REQ-001": True, "REQ-002": False, "REQ-003": True}
    ctx.undo_stack("board").undo()
    ctx.undo_stack("board").undo()
    assert cards() == {"REQ-001": False, "REQ-002": False}
    requirements.update_requirement(ctx, wave, {"urgency": 5})
    assert cards()["REQ-002"] is True
    bl_ops.sign_off(ctx, engagement, "Anna")  # v2 includes the edit: the mark goes away
    assert cards() == {"REQ-001": False, "REQ-002": False}
    tab.show_engagement(None)
    tab.show_engagement(engagement)
    assert cards() == {"REQ-001": False, "REQ-002": False}


def test_requirements_table_marks_rows_changed_since_signoff(ctx, eng) -> None:
    from consultdesk.ops import baselines as bl_ops
    from consultdesk.ui.board.requirements_model import CHANGED_MARK, COL_CODE, RequirementsTableModel

    engagement, (pick, wave) = eng
    model = RequirementsTableModel(ctx)
    model.set_engagement(engagement)
    marks = lambda: [model.index(r, COL_CODE).data(Qt.DecorationRole) == CHANGED_MARK  # noqa: E731
                     for r in range(model.rowCount())]
    assert marks() == [False, False]
    bl_ops.sign_off(ctx, engagement, "Anna")
    requirements.update_requirement(ctx, wave, {"value": 5})
    assert marks() == [False, True]
    assert "Changed since the last sign-off" in model.index(1, COL_CODE).data(Qt.ToolTipRole)
    requirements.create_requirement(ctx, engagement, "Returns")
    assert marks() == [False, True, True]
    bl_ops.sign_off(ctx, engagement, "Anna")
    assert marks() == [False, False, False]
