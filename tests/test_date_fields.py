"""Dates are picked, not typed as free text: what cannot be a date cannot be entered, a valid date is
stored in ISO form, an end before the start is refused with a message, and text stored before the date
pickers existed ("昨天下午") is shown and kept, never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from consultdesk.ops import clients as client_ops
from consultdesk.ops import evidence as ops_case
from consultdesk.ops import evidence_items as ops_items
from consultdesk.ops import interviews as iv_ops
from consultdesk.ops.errors import OpError


def _show(window, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _type_date(qtbot, field, text: str) -> None:
    """Like a user: into the field, select what it shows, type, Tab out."""
    field.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key_Tab)


@pytest.fixture
def engagement_form(window, qtbot):
    _show(window, qtbot)
    ctx = window.ctx
    client = client_ops.create_client(ctx, "Delta Foods")
    engagement = client_ops.create_engagement(ctx, client, "Warehouse revamp")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    tab = window.findChild(QWidget, "clientsTab")
    window.findChild(QWidget, "mainTabs").setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.engagements_page)
    page = tab.engagements_page
    page.inner.setCurrentWidget(page.details)
    return page.details, engagement


def test_engagement_dates_are_typed_as_dates_and_stored_iso(qtbot, window, engagement_form) -> None:
    form, engagement = engagement_form
    start, end = form.form.engagementStart, form.form.engagementEnd
    assert start.edit.text() == "No date" and start.edit.calendarPopup()
    _type_date(qtbot, start, "2026-09-01")
    assert window.ctx.repos.clients.get_engagement(engagement).start_date == "2026-09-01"
    # Letters (or "昨天下午") cannot be typed into a date: the field keeps the date it had.
    _type_date(qtbot, start, "tomorrow")
    start.setFocus()
    for char in "昨天下午":  # typed through an input method: key events carrying the text
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(start.edit, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))
    qtbot.keyClick(start.edit, Qt.Key_Tab)
    assert start.edit.text() == "2026-09-01"
    assert window.ctx.repos.clients.get_engagement(engagement).start_date == "2026-09-01"
    # Impossible days are not accepted either: 30 February does not appear.
    _type_date(qtbot, end, "2026-02-30")
    assert end.edit.text() != "2026-02-30"


def test_an_end_before_the_start_is_refused_with_a_message(qtbot, window, engagement_form) -> None:
    form, engagement = engagement_form
    start, end = form.form.engagementStart, form.form.engagementEnd
    _type_date(qtbot, start, "2026-09-01")
    _type_date(qtbot, end, "2026-08-15")
    stored = window.ctx.repos.clients.get_engagement(engagement)
    assert (stored.start_date, stored.end_date) == ("2026-09-01", "")
    error = form.form.engagementDatesError
    assert error.isVisible() and "end date cannot be before the start date" in error.text()
    _type_date(qtbot, end, "2026-12-20")
    assert window.ctx.repos.clients.get_engagement(engagement).end_date == "2026-12-20"
    assert not error.isVisible()
    # Delete empties an optional date ("No date").
    end.setFocus()
    qtbot.keyClick(end.edit, Qt.Key_Delete)
    assert window.ctx.repos.clients.get_engagement(engagement).end_date == ""
    assert end.edit.text() == "No date"


def test_ops_refuse_dates_not_in_iso_form(ctx) -> None:
    client = client_ops.create_client(ctx, "Acme")
    engagement = client_ops.create_engagement(ctx, client, "WMS", start_date="2026-03-01")
    with pytest.raises(OpError, match="2026-03-31"):
        client_ops.update_engagement(ctx, engagement, {"end_date": "31/12/2026"})
    with pytest.raises(OpError, match="cannot be before"):
        client_ops.update_engagement(ctx, engagement, {"end_date": "2026-02-28"})
    with pytest.raises(OpError, match="cannot be before"):
        client_ops.create_engagement(ctx, client, "Bad", start_date="2026-03-02", end_date="2026-03-01")
    with pytest.raises(OpError, match="2026-03-31"):
        iv_ops.create_interview(ctx, engagement, held_on="昨天下午")
    case = ops_case.create_case(ctx, engagement, "Orders")
    with pytest.raises(OpError, match="14:05"):
        ops_items.add_item(ctx, case, "raw_data", "Export", captured_at="昨天下午")
    item = ops_items.add_item(ctx, case, "raw_data", "Export", captured_at="2025-04-02 10:15")
    assert ctx.repos.evidence.items(case)[0].captured_at == "2025-04-02 10:15" and item


def test_an_interview_date_stored_as_free_text_is_shown_and_kept(qtbot, window) -> None:
    _show(window, qtbot)
    ctx = window.ctx
    client = client_ops.create_client(ctx, "Delta Foods")
    engagement = client_ops.create_engagement(ctx, client, "Warehouse revamp")
    interview = iv_ops.create_interview(ctx, engagement, title="First visit", held_on="2026-03-02")
    ctx.repos.rows.update("interviews", interview, {"held_on": "上周三下午"})  # as an older version stored it
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    tab = window.findChild(QWidget, "clientsTab")
    window.findChild(QWidget, "mainTabs").setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.engagements_page)
    page = tab.engagements_page.interviews
    tab.engagements_page.inner.setCurrentWidget(page)
    page.list.setCurrentRow(0)
    held = page.editor.form.interviewHeldOn
    qtbot.waitUntil(held.warning.isVisible)
    assert "上周三下午" in held.warning.text() and held.edit.text() == "No date"
    # Passing through the field and editing another one leaves the stored text alone.
    held.setFocus()
    qtbot.keyClick(held.edit, Qt.Key_Tab)
    title = page.editor.form.interviewTitle
    title.setFocus()
    qtbot.keyClick(title, Qt.Key_End)
    qtbot.keyClicks(title, " (ops)")
    qtbot.keyClick(title, Qt.Key_Tab)
    stored = ctx.repos.rows.get("interviews", interview)
    assert stored["held_on"] == "上周三下午" and stored["title"].endswith("(ops)")
    # Picking a date replaces it, in ISO form.
    _type_date(qtbot, held, "2026-03-04")
    assert ctx.repos.rows.get("interviews", interview)["held_on"] == "2026-03-04"
    assert not held.warning.isVisible()


def test_capture_time_is_a_date_and_time_and_free_text_is_kept(qtbot, ctx) -> None:
    client = client_ops.create_client(ctx, "华信教育")
    engagement = client_ops.create_engagement(ctx, client, "家长端 App")
    ctx.selection.set_client(client)
    ctx.selection.set_engagement(engagement)
    case = ops_case.create_case(ctx, engagement, "3 月有效订单数")
    item = ops_items.add_item(ctx, case, "raw_data", "订单导出", captured_at="2025-04-02 10:15")
    ctx.repos.rows.update("evidence_items", item, {"captured_at": "昨天下午"})  # stored before the picker
    from consultdesk.ui.evidence.tab import EvidenceTab

    tab = EvidenceTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.pages.setCurrentWidget(tab.items_panel)
    tab.items_panel.select_item(item)
    captured = tab.items_panel.detail.form.itemCapturedAt
    assert captured.edit.displayFormat() == "yyyy-MM-dd HH:mm"
    assert captured.warning.isVisible() and "昨天下午" in captured.warning.text()
    detail_title = tab.items_panel.detail.form.itemTitle
    detail_title.setFocus()
    qtbot.keyClick(detail_title, Qt.Key_End)
    qtbot.keyClicks(detail_title, " April")
    qtbot.keyClick(detail_title, Qt.Key_Tab)
    assert ctx.repos.evidence.items(case)[0].captured_at == "昨天下午"  # kept, not lost
    _type_date(qtbot, captured, "2025-04-03 09:40")
    assert ctx.repos.evidence.items(case)[0].captured_at == "2025-04-03 09:40"
    # Picking a day in the calendar popup stores it (the time stays).
    captured.edit.calendarWidget().setSelectedDate(QDate(2025, 4, 5))
    captured.edit.calendarWidget().clicked.emit(QDate(2025, 4, 5))
    qtbot.waitUntil(lambda: ctx.repos.evidence.items(case)[0].captured_at == "2025-04-05 09:40")


@pytest.mark.parametrize("with_time, text", [(False, "2025-09-01"), (True, "2025-04-03 09:40")])
@pytest.mark.parametrize("shown", ["", "2024-01-15 08:00"])
def test_a_date_typed_with_its_separators_lands_in_the_right_sections(qtbot, with_time, text, shown) -> None:
    # Qt moves on to the month once the year is full; the "-" typed next must not skip the month as well.
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from consultdesk.ui.common.date_field import DateField

    host = QWidget()
    qtbot.addWidget(host)
    before = QLineEdit(host)
    field = DateField(host)
    layout = QVBoxLayout(host)
    layout.addWidget(before)
    layout.addWidget(field)
    field.configure(with_time=with_time)
    field.set_value(shown if with_time else shown[:10])
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    edited = []
    field.edited.connect(lambda: edited.append(field.value()))
    before.setFocus()
    qtbot.keyClick(before, Qt.Key_Tab)  # tabbed in: the whole date is selected
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key_Return)
    assert edited == [text]
