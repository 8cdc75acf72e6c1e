"""The helper views follow the change bus with: watched tables, stale while hidden, own echo skipped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from consultdesk.bus import Changes
from consultdesk.ops import clients as client_ops
from consultdesk.ui.common.bus_follow import follow_bus, merged


class Window:
    """A shown window with two tabs: the first is current, the second (``background``) hidden."""

    def __init__(self, qtbot, ctx) -> None:
        self.tabs = QTabWidget()
        qtbot.addWidget(self.tabs)
        self.front, self.background = QLabel("front"), QLabel("background")
        self.tabs.addTab(self.front, "Front")
        self.tabs.addTab(self.background, "Background")
        self.tabs.show()
        qtbot.waitExposed(self.tabs)


@pytest.fixture
def client(ctx) -> int:
    return client_ops.create_client(ctx, "Huaxin")


def recorder(ctx, owner, tables=("clients",)):
    seen: list[Changes] = []
    return follow_bus(ctx, owner, tables, seen.append), seen


def test_visible_view_refreshes_at_once_with_the_changed_ids(qtbot, ctx, client):
    window = Window(qtbot, ctx)
    _follower, seen = recorder(ctx, window.front)
    client_ops.update_client(ctx, client, {"industry": "Education"})
    assert [c.ids("clients") for c in seen] == [frozenset({client})]


def test_hidden_view_is_stale_and_refreshes_once_when_shown(qtbot, ctx, client):
    window = Window(qtbot, ctx)
    follower, seen = recorder(ctx, window.background)
    other = client_ops.create_client(ctx, "Mingde")
    client_ops.update_client(ctx, client, {"industry": "Education"})
    assert seen == [] and follower.stale
    window.tabs.setCurrentWidget(window.background)
    assert len(seen) == 1
    assert seen[0].ids("clients") == {client, other}  # the notices it missed, merged into one
    assert not follower.stale
    window.tabs.setCurrentWidget(window.front)
    window.tabs.setCurrentWidget(window.background)
    assert len(seen) == 1  # nothing missed: showing it again does not refresh


def test_view_of_a_window_not_shown_refreshes_at_once(ctx, client):
    page = QLabel()  # built, not shown yet: there is no later showing to wait for
    _follower, seen = recorder(ctx, page)
    client_ops.update_client(ctx, client, {"industry": "Education"})
    assert len(seen) == 1


def test_own_echo_is_skipped_but_its_undo_is_shown(qtbot, ctx, client):
    window = Window(qtbot, ctx)
    follower, seen = recorder(ctx, window.front)
    with follower.own_edit():
        client_ops.update_client(ctx, client, {"industry": "Education"}, initiator=window.front)
    assert seen == []
    ctx.history.undo()  # carries the same initiator, but is not the echo of a commit
    assert len(seen) == 1
    assert ctx.repos.clients.get_client(client).industry != "Education"


def test_only_the_own_initiator_is_skipped_inside_a_commit(qtbot, ctx, client):
    window = Window(qtbot, ctx)
    follower, seen = recorder(ctx, window.front)
    commit = follower.own(lambda value, by: client_ops.update_client(ctx, client, {"industry": value}, initiator=by))
    commit("Education", window.background)
    assert len(seen) == 1  # another initiator's notice, even inside our commit, refreshes
    client_ops.update_client(ctx, client, {"industry": "Retail"}, initiator=window.front)
    assert len(seen) == 2  # our initiator outside a commit (e.g. a menu action) refreshes too


def test_notice_of_an_unwatched_table_is_ignored(qtbot, ctx, client):
    window = Window(qtbot, ctx)
    follower, seen = recorder(ctx, window.front)
    hidden_follower, hidden_seen = recorder(ctx, window.background)
    client_ops.create_engagement(ctx, client, "Portal")
    assert seen == [] and hidden_seen == [] and not hidden_follower.stale


def test_every_notice_with_no_tables_named(qtbot, ctx, client):
    window = Window(qtbot, ctx)
    _follower, seen = recorder(ctx, window.front, tables=None)
    client_ops.create_engagement(ctx, client, "Portal")
    assert [c.touches("engagements") for c in seen] == [True]


def test_invalidate_refreshes_a_visible_view_and_marks_a_hidden_one(qtbot, ctx):
    window = Window(qtbot, ctx)
    front, front_seen = recorder(ctx, window.front)
    back, back_seen = recorder(ctx, window.background)
    front.invalidate()
    back.invalidate()
    assert len(front_seen) == 1 and back_seen == [] and back.stale
    window.tabs.setCurrentWidget(window.background)
    assert len(back_seen) == 1


def test_stopped_follower_hears_nothing(qtbot, ctx, client):
    window = Window(qtbot, ctx)
    follower, seen = recorder(ctx, window.front)
    follower.stop()
    follower.stop()
    client_ops.update_client(ctx, client, {"industry": "Education"})
    follower.invalidate()  # marks nothing: a stopped view is not refreshed any more either
    assert seen == []


def test_client_form_skips_its_own_echo_and_shows_an_undo(qtbot, ctx, client):
    from consultdesk.ui.clients.client_page import ClientPage

    page = ClientPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.show_client(client)
    reloads: list[Changes] = []
    page.follower._refresh = lambda changes, real=page.follower._refresh: (reloads.append(changes), real(changes))
    field = page.form.clientIndustry
    field.setFocus()
    qtbot.keyClicks(field, "Education")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert ctx.repos.clients.get_client(client).industry == "Education"
    assert reloads == []  # the form already shows what it stored
    ctx.history.undo()
    assert len(reloads) == 1 and field.text() == ""


tables = st.sampled_from(["clients", "engagements", "requirements"])
notices = st.builds(Changes, st.dictionaries(tables, st.frozensets(st.integers(1, 5), max_size=3), max_size=3))


@given(st.lists(notices, min_size=1, max_size=5))
def test_merged_notice_names_what_any_of_them_named(changes: list[Changes]) -> None:
    total = changes[0]
    for more in changes[1:]:
        total = merged(total, more)
    for table in {t for c in changes for t in c.touched}:
        assert total.touches(table)
        named = [c.touched[table] for c in changes if table in c.touched]
        if any(not ids for ids in named):
            assert total.ids(table) == frozenset()  # "some rows" wins: a view reloads the table
        else:
            assert total.ids(table) == frozenset().union(*named)
