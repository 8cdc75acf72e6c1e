"""The workspace search box as a user drives it: Ctrl+K, typing (ASCII keys and Chinese commits),
arrows and Enter open the record in its tab; filters; recent searches; the board filter and the
requirements list keep the same requirements."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from consultdesk.ops import clients as client_ops
from consultdesk.ops import requirements as req_ops


def type_chinese(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _setup(window) -> dict[str, int]:
    ctx = window.ctx
    acme = client_ops.create_client(ctx, "华信教育")
    portal = client_ops.create_engagement(ctx, acme, "家长端 App")
    northwind = client_ops.create_client(ctx, "Northwind")
    wms = client_ops.create_engagement(ctx, northwind, "WMS rework")
    ids = {"portal": portal, "wms": wms}
    ids["login"] = req_ops.create_requirement(ctx, portal, "登录超时", acceptance="家长端 3 秒内登录")
    ids["pick"] = req_ops.create_requirement(ctx, wms, "Pick-list stalls", description="waves released late")
    ctx.selection.set_client(acme)
    ctx.selection.set_engagement(portal)
    return ids


def _box(window):
    return window.findChild(QWidget, "workspaceSearch")


def test_ctrl_k_type_enter_opens_the_card_selected_on_the_board(window, qtbot) -> None:
    ids = _setup(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    box = _box(window)
    assert QApplication.focusWidget() is box
    qtbot.keyClicks(box, "pick-list")
    assert box.results.isVisible()
    assert [hit.record_id for hit in box.hits if hit.table == "requirements"] == [ids["pick"]]
    qtbot.keyClick(box, Qt.Key_Return)
    assert not box.results.isVisible()
    board = window.findChild(QWidget, "boardTab")
    assert window.tabs.currentIndex() == window.tab_pages.index(board)
    assert window.ctx.selection.engagement_id == ids["wms"]  # switched client and engagement
    assert [card.requirement_id for card in board.scene.selected_cards()] == [ids["pick"]]
    assert board.requirements_panel.selected_ids() == [ids["pick"]]  # and its row in the list
    assert window.findChild(QWidget, "boardTab").scene.card(ids["pick"]).objectName() == "card-REQ-001"


def test_chinese_results_grouped_and_clicked(window, qtbot) -> None:
    ids = _setup(window)
    box = _box(window)
    box.setFocus()
    type_chinese(box, "家长端")
    kinds = [hit.kind for hit in box.hits]
    assert kinds == sorted(kinds, key=["engagement", "requirement"].index)  # grouped in kind order
    assert set(kinds) == {"engagement", "requirement"}
    rows = box.results.list
    headings = [rows.item(i).text() for i in range(rows.count()) if not rows.item(i).flags() & Qt.ItemIsEnabled]
    assert headings == ["Engagements (1)", "Requirements (1)"]
    label = box.results.findChild(QWidget, f"searchHit-requirements-{ids['login']}")
    assert "家长端" in label.text() and "background-color" in label.text()  # the word is marked
    hits = [rows.item(i).data(Qt.UserRole + 1) for i in range(rows.count())]
    row = next(i for i, hit in enumerate(hits) if hit is not None and hit.table == "requirements")
    rect = rows.visualItemRect(rows.item(row))
    qtbot.mouseClick(rows.viewport(), Qt.LeftButton, pos=rect.center())
    board = window.findChild(QWidget, "boardTab")
    assert [card.requirement_id for card in board.scene.selected_cards()] == [ids["login"]]


def test_filters_by_kind_and_current_engagement(window, qtbot) -> None:
    _setup(window)
    box = _box(window)
    box.setFocus()
    qtbot.keyClicks(box, "w")
    assert {hit.engagement for hit in box.hits} >= {"WMS rework"}
    box.results.engagement_only.setChecked(True)  # current engagement: 家长端 App
    assert all(hit.engagement == "家长端 App" for hit in box.hits)
    box.results.engagement_only.setChecked(False)
    kinds = box.results.kind_filter
    kinds.setCurrentIndex(kinds.findData("engagement"))
    assert {hit.kind for hit in box.hits} == {"engagement"}


def test_down_arrow_moves_and_escape_closes(window, qtbot) -> None:
    _setup(window)
    box = _box(window)
    box.setFocus()
    qtbot.keyClicks(box, "re")
    first = box.results.list.currentRow()
    qtbot.keyClick(box, Qt.Key_Down)
    assert box.results.list.currentRow() > first
    qtbot.keyClick(box, Qt.Key_Escape)
    assert not box.results.isVisible()


def test_last_searches_are_kept(window, qtbot) -> None:
    _setup(window)
    box = _box(window)
    box.setFocus()
    for text in ("pick", "stalls"):
        box.clear()
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key_Return)
    box.setFocus()
    box.clear()
    box.refresh()
    rows = box.results.list
    assert [rows.item(i).text() for i in range(1, rows.count())] == ["stalls", "pick"]
    assert window.ctx.settings.value("search/recent") == ["stalls", "pick"]


def test_search_follows_edits_undo_included(window, qtbot) -> None:
    ids = _setup(window)
    box = _box(window)
    box.setFocus()
    type_chinese(box, "验证码")
    assert box.hits == []
    req_ops.update_requirement(window.ctx, ids["login"], {"risks": "验证码收不到"})
    assert [hit.record_id for hit in box.hits] == [ids["login"]]
    window.ctx.undo_stack("board").undo()
    assert box.hits == []


def test_board_filter_and_requirements_list_keep_the_same_requirements(window, qtbot) -> None:
    ctx = window.ctx
    ids = _setup(window)
    portal = ids["portal"]
    fields = ["title", "description", "goal", "current_state", "success_criteria", "acceptance", "risks", "tag"]
    expected = {ids["login"]}
    for index, name in enumerate(fields[1:]):
        expected.add(req_ops.create_requirement(ctx, portal, f"需求 {index}", **{name: "家长端相关"}))
    req_ops.create_requirement(ctx, portal, "教师端", description="无关")
    board = window.findChild(QWidget, "boardTab")
    window.tabs.setCurrentIndex(window.tab_pages.index(board))
    panel = board.ensure_panel()
    type_chinese(board.filter_bar.text_edit, "家长端")
    board.filter_bar.flush()
    on_board = {rid for rid, card in board.scene.cards.items() if not card.dimmed}
    type_chinese(panel.filter_edit, "家长端")
    in_list = {panel.requirement_id_at(row) for row in range(panel.proxy.rowCount())}
    assert on_board == in_list == expected
    from consultdesk.domain.search import SearchQuery

    found = ctx.repos.search.search(SearchQuery("家长端", kinds=frozenset({"requirement"}), engagement_id=portal))
    assert {hit.record_id for hit in found} == expected


def test_every_kind_of_demo_record_opens_in_its_tab(qtbot, demo_dir, asker) -> None:
    """Each table the search finds has a tab that selects its records (the reveal contract)."""
    from consultdesk.app import open_main_window
    from consultdesk.domain.search import SearchHit
    from consultdesk.store.search_registry import SOURCES
    from consultdesk.ui.search.reveal import TAB_FOR_TABLE, open_hit

    window = open_main_window(demo_dir, lang="en", asker=asker)
    qtbot.addWidget(window)
    store = window.ctx.store
    for source in SOURCES:
        row = store.query(f"select id from {source.table} order by id limit 1")
        if not row:
            continue
        doc = store.query("select engagement_id, client_id from search_docs where id = ?",
                          [source.no * 10**12 + row[0]["id"]])[0]
        client = doc["client_id"]
        if doc["engagement_id"] is not None:
            client = window.ctx.repos.clients.get_engagement(doc["engagement_id"]).client_id
        hit = SearchHit(kind=source.kind, table=source.table, record_id=row[0]["id"], title="", snippet="",
                        client_id=client, engagement_id=doc["engagement_id"])
        assert open_hit(window, hit), source.table
        assert window.tab_pages[window.tabs.currentIndex()].objectName() == TAB_FOR_TABLE[source.table]
    qtbot.wait(20)  # let the tabs finish what they deferred (the board builds its list after showing)
    window.close()


def test_ctrl_shift_f_from_the_board_focuses_the_search(window, qtbot) -> None:
    _setup(window)
    board = window.findChild(QWidget, "boardTab")
    window.tabs.setCurrentIndex(window.tab_pages.index(board))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert QApplication.focusWidget() is _box(window)
    assert _box(window).results.isVisible()
