"""The client flow driven as a user: type, tab out, rename, undo/redo, contacts, engagements, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from consultdesk.app import open_main_window


def _show(window, qtbot) -> None:
    # Focus (and so "leaving a field") only works in the active window, as for a real user.
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _clients_tab(window):
    return window.findChild(type(window.tab_pages[0]), "clientsTab")


def _type_and_leave(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Tab)  # leaving the field commits it


def _list_names(tab) -> list[str]:
    proxy = tab.client_list.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_new_client_rename_undo_redo(window, qtbot) -> None:
    _show(window, qtbot)
    tab = _clients_tab(window)
    qtbot.mouseClick(tab.client_list.new_button, Qt.LeftButton)
    name_edit = tab.client_page.form.clientName
    _type_and_leave(qtbot, name_edit, "Acme R&D <x>")
    assert _list_names(tab) == ["Acme R&D <x>"]
    client_id = window.ctx.selection.client_id
    assert window.ctx.repos.clients.get_client(client_id).name == "Acme R&D <x>"

    _type_and_leave(qtbot, name_edit, "Acme Research")
    assert window.ctx.repos.clients.get_client(client_id).name == "Acme Research"
    assert window.undo_action.text() == "Undo Rename client (Clients)"

    window.undo_action.trigger()
    assert window.ctx.repos.clients.get_client(client_id).name == "Acme R&D <x>"
    assert name_edit.text() == "Acme R&D <x>"
    assert _list_names(tab) == ["Acme R&D <x>"]
    window.redo_action.trigger()
    assert name_edit.text() == "Acme Research"
    assert _list_names(tab) == ["Acme Research"]


def test_empty_name_is_refused_inline(window, qtbot) -> None:
    _show(window, qtbot)
    tab = _clients_tab(window)
    qtbot.mouseClick(tab.client_list.new_button, Qt.LeftButton)
    _type_and_leave(qtbot, tab.client_page.form.clientName, "Beta")
    client_id = window.ctx.selection.client_id
    name_edit = tab.client_page.form.clientName
    name_edit.setFocus()
    qtbot.keyClick(name_edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(name_edit, Qt.Key_Backspace)
    qtbot.keyClick(name_edit, Qt.Key_Tab)
    error = tab.client_page.form.clientNameError
    assert error.isVisible() and "name" in error.text()
    assert window.ctx.repos.clients.get_client(client_id).name == "Beta"
    assert window.findChild(object, "qt_msgbox_label") is None  # inline, not a dialog
    _type_and_leave(qtbot, name_edit, "Beta Ltd")
    assert not error.isVisible()


def test_text_round_trips_exactly(window, qtbot) -> None:
    _show(window, qtbot)
    tab = _clients_tab(window)
    tab.start_new_client()
    _type_and_leave(qtbot, tab.client_page.form.clientName, "Gamma")
    background = "R&D <x> 😀 مرحبا 中文\n" + ("notes from the visit " * 5 + "\n") * 10_000  # ~1 MB
    # As if pasted: typed text is committed after a short pause.
    tab.client_page.form.clientBackground.setPlainText(background)
    tab.client_page.flush()
    client_id = window.ctx.selection.client_id
    assert window.ctx.repos.clients.get_client(client_id).background == background
    tab.client_page.show_client(None)
    tab.client_page.show_client(client_id)  # shown again from the stored value (wraps anywhere: fast)
    assert tab.client_page.form.clientBackground.toPlainText() == background
    # One 1 MB "word" (a pasted blob) is shown without freezing the form (Qt's word wrap would take ~1 min).
    blob = "x" * (1 << 20)
    from consultdesk.ops.clients import update_client

    update_client(window.ctx, client_id, {"history": blob})
    assert tab.client_page.form.clientHistory.toPlainText() == blob


def test_contacts_engagements_interview_survive_reopen(qtbot, data_dir: Path, asker) -> None:
    window = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    _show(window, qtbot)
    tab = _clients_tab(window)
    tab.start_new_client()
    _type_and_leave(qtbot, tab.client_page.form.clientName, "Delta Foods")
    client_id = window.ctx.selection.client_id

    tab.pages.setCurrentWidget(tab.contacts_page)
    qtbot.keyClicks(tab.contacts_page.new_name, "Mia Chen")
    qtbot.keyClick(tab.contacts_page.new_name, Qt.Key_Return)
    model = tab.contacts_page.model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, model.KIND), "decision_maker")
    assert window.undo_action.text() == "Undo Edit contact (Clients)"

    tab.pages.setCurrentWidget(tab.engagements_page)
    page = tab.engagements_page
    qtbot.keyClicks(page.new_title, "Warehouse revamp")
    qtbot.keyClick(page.new_title, Qt.Key_Return)
    engagement_id = window.ctx.selection.engagement_id
    assert page.list.currentItem().text() == "Warehouse revamp"
    combo = page.details.form.engagementClassification
    combo.setCurrentIndex(combo.findData("architecture_rework"))
    combo.activated.emit(combo.currentIndex())
    assert window.ctx.repos.clients.get_engagement(engagement_id).classification.value == "architecture_rework"

    page.inner.setCurrentWidget(page.interviews)
    qtbot.mouseClick(page.interviews.new_button, Qt.LeftButton)
    answer = page.interviews.editor.answer_edits["impact.loss"]
    answer.setFocus()
    qtbot.keyClicks(answer, "300 late orders a day")
    qtbot.waitUntil(lambda: "impact.loss" in window.ctx.repos.interviews.answers(page.interviews.editor.interview_id))
    assert window.undo_action.text() == "Undo Edit interview answer (Clients)"

    page.inner.setCurrentWidget(page.questions)
    qtbot.keyClicks(page.questions.new_question, "Who signs the specification?")
    qtbot.keyClick(page.questions.new_question, Qt.Key_Return)
    questions_model = page.questions.model
    assert questions_model.setData(questions_model.index(0, 0), Qt.Checked.value, Qt.CheckStateRole)
    window.close()

    again = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(again)
    tab = _clients_tab(again)
    assert again.ctx.selection.client_id == client_id
    assert tab.client_page.form.clientName.text() == "Delta Foods"
    contacts = again.ctx.repos.clients.contacts(client_id)
    assert [(c.name, c.kind.value) for c in contacts] == [("Mia Chen", "decision_maker")]
    assert tab.engagements_page.list.currentItem().text() == "Warehouse revamp"
    interview = again.ctx.repos.interviews.for_engagement(engagement_id)[0]
    assert again.ctx.repos.interviews.answers(interview.id)["impact.loss"] == "300 late orders a day"
    assert tab.engagements_page.interviews.editor.answer_edits["impact.loss"].toPlainText() == "300 late orders a day"
    question = again.ctx.repos.interviews.visit_questions(engagement_id)[0]
    assert (question.question, question.status.value) == ("Who signs the specification?", "answered")
    again.close()


def test_search_filters_the_list_and_delete_is_undoable(qtbot, demo_dir: Path, asker) -> None:
    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    tab = _clients_tab(window)
    repos = window.ctx.repos
    plain = window.ctx.repos.clients.find_client("Northwind Logistics Ltd")
    # A client without signed or evidential records can be deleted outright.
    from consultdesk.ops import clients as client_ops

    spare = client_ops.create_client(window.ctx, "Northern Spare Co")
    assert len(_list_names(tab)) == 3
    qtbot.keyClicks(tab.client_list.search, "northern")
    assert _list_names(tab) == ["Northern Spare Co"]
    tab.client_list.table.selectRow(0)
    asker.queue(True)
    qtbot.mouseClick(tab.client_list.delete_button, Qt.LeftButton)
    assert asker.asked[-1][0] == "confirm"
    assert repos.clients.get_client(spare) is None
    window.undo_action.trigger()
    assert repos.clients.get_client(spare) is not None
    assert plain is not None
    window.close()
    QApplication.processEvents()


def test_ctrl_n_starts_a_new_client_from_the_clients_tab(qtbot, demo_dir: Path, asker) -> None:
    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    _show(window, qtbot)
    tab = _clients_tab(window)
    tab.client_list.table.setFocus()
    qtbot.keyClick(tab.client_list.table, Qt.Key_N, Qt.ControlModifier)
    name = tab.client_page.form.clientName
    qtbot.waitUntil(name.hasFocus)
    assert name.text() == "" and window.ctx.selection.client_id is None
    qtbot.keyClicks(name, "Epsilon GmbH")
    qtbot.keyClick(name, Qt.Key_Return)
    assert window.ctx.repos.clients.find_client("Epsilon GmbH") is not None
    window.close()


def test_refused_name_stays_while_other_fields_are_stored(window, qtbot) -> None:
    _show(window, qtbot)
    tab = _clients_tab(window)
    tab.start_new_client()
    form = tab.client_page.form
    _type_and_leave(qtbot, form.clientName, "Zeta")
    client_id = window.ctx.selection.client_id
    form.clientName.setFocus()
    qtbot.keyClick(form.clientName, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(form.clientName, Qt.Key_Backspace)
    qtbot.keyClick(form.clientName, Qt.Key_Tab)  # refused: empty
    _type_and_leave(qtbot, form.clientIndustry, "Retail")  # another field is stored meanwhile
    assert window.ctx.repos.clients.get_client(client_id).industry == "Retail"
    assert form.clientName.text() == "" and form.clientNameError.isVisible()
    window.undo_action.trigger()  # an undo shows the stored record again
    qtbot.waitUntil(lambda: form.clientIndustry.text() == "")
