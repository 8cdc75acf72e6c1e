"""A hypothesis state machine that works in every area of the real main window and undoes/redoes at random.

The model it checks against is the simplest one the single workspace history allows: `states[i]` is the
database dump when the history's index is i. A new step replaces everything after the current index; an
edit that merges into the step below replaces the top state; an undo or redo must land exactly on the
state recorded for its new index (ids and timestamps included). A sign-off clears the history by design,
so the state right after it becomes the new start. Tables the schema keeps append-only (the history
chain) are left out of the dumps and checked to only grow (see undo_dump.py).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget
from undo_dump import HISTORY_HEAD, append_only_tables, assert_only_grew, column_counts, difference, dump, rows_of
from undo_strategies import FILE_CONTENTS, Verb, pick, verb

from consultdesk.ops.errors import OpError

TAB_OF_AREA = {"clients": "clientsTab", "board": "boardTab", "diagnosis": "diagnosisTab",
               "evidence": "evidenceTab", "specs": "specsTab"}
# The part of the app each family of verbs works in: every run must reach all of them.
AREA_OF_FAMILY = {
    "clients": "clients", "contacts": "clients", "engagements": "clients", "interviews": "clients",
    "visit_questions": "clients", "requirements": "board", "requirement_moves": "board",
    "requirement_import": "board", "diagnosis": "diagnosis", "causes": "diagnosis", "bones": "diagnosis",
    "plan": "diagnosis", "evidence_cases": "evidence", "evidence_items": "evidence", "attachments": "evidence",
    "links": "evidence", "consensus": "evidence", "spec_sections": "specs", "change_requests": "specs",
    "sign_off": "specs", "undo": "undo", "redo": "redo",
}

def vars_of(cls: type) -> dict[str, Any]:
    """Attributes of a class and its bases (the verbs live in mixins)."""
    out: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        out.update(vars(base))
    return out


class UndoMachine(RuleBasedStateMachine):
    base_dir: Path  # set by the test: where each example's workspace goes
    stats: Counter  # set by the test: what the examples of one run did

    def __init__(self) -> None:
        super().__init__()
        from consultdesk.app import open_main_window
        from consultdesk.ui.asker import ScriptedAsker

        # Windows earlier tests closed are only deleted once an event loop runs; until then the language
        # switch below would reach them too (and their closed workspaces).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.clean = True
        self.family = ""
        self.steps = 0
        self.root = Path(tempfile.mkdtemp(dir=self.base_dir))
        self.slot_errors: list[tuple] = []
        self._hook = sys.excepthook
        # An exception in a Qt slot (a view refreshing) is only printed by PySide; catch it as a failure.
        sys.excepthook = lambda *exc: self.slot_errors.append(exc)
        self.asker = ScriptedAsker()
        self.window = open_main_window(self.root / "workspace", lang="en", asker=self.asker)
        self.ctx = self.window.ctx
        self.history = self.ctx.history
        self.conn = self.ctx.store.conn
        self.audit = append_only_tables(self.conn)
        assert "history" in self.audit
        self.columns = column_counts(self.conn, self.audit | HISTORY_HEAD)
        self.files = []
        for n, content in enumerate(FILE_CONTENTS):
            path = self.root / f"evidence-{n}.csv"
            path.write_bytes(content)
            self.files.append(path)
        self.states = [self._dump()]
        self.audit_rows = {t: rows_of(self.conn, t) for t in self.audit}
        self.stats["examples"] += 1

    # --- observing --------------------------------------------------------------------------------
    def _dump(self) -> dict:
        return dump(self.conn, self.audit | HISTORY_HEAD, self.columns)

    def _settle(self) -> None:
        QCoreApplication.processEvents()

    def _expect(self, state: dict, what: str) -> None:
        actual = self._dump()
        assert actual == state, f"{what}: {difference(state, actual)}"

    def _check_side_effects(self) -> None:
        self._settle()
        assert not self.slot_errors, f"a view raised: {self.slot_errors[0][1]!r}"
        assert not self.asker.answers, "a scripted answer was not used"
        for table in self.audit:
            rows = rows_of(self.conn, table)
            assert_only_grew(self.audit_rows[table], rows, table)
            self.audit_rows[table] = rows
        files = self.ctx.repos.evidence.files
        for (sha,) in self.conn.execute("select distinct sha256 from evidence_attachments"):
            assert files.verify(sha) == "ok", f"the stored file of an attachment is {files.verify(sha)}"

    # --- acting -----------------------------------------------------------------------------------
    def _page(self, area: str) -> QWidget:
        return self.window.findChild(QWidget, TAB_OF_AREA[area])

    def _op(self, area: str, call: Callable[[QWidget], Any]) -> None:
        """Run one operation from the tab of its area (the page is the initiator, so the views refresh)."""
        page = self._page(area)
        self.window.tabs.setCurrentWidget(page)
        index, count = self.history.index(), self.history.count()
        try:
            call(page)
        except OpError:
            self.stats["refused"] += 1
            moved = (self.history.index(), self.history.count()) != (index, count)
            assert not moved, "a refused operation moved the history"
            self._expect(self.states[index], "a refused operation changed data")
            return
        self._settle()
        now = self._dump()
        if self.history.index() == index + 1:
            assert self.history.count() == index + 1, "a new step must drop the steps undone before it"
            self.states[index + 1:] = [now]
        elif index and self.history.index() == index - 1:
            # The edit merged into the step below and brought it back to where it started: the step is gone.
            assert self.history.count() == index - 1, "a step merged back to no change must leave the history"
            self._expect(self.states[index - 1], "an edit that dropped its step as a no-op")
            del self.states[index:]
            self.stats["merged"] += 1
            self.stats["merged to nothing"] += 1
        else:
            assert self.history.index() == index, "one operation made more than one undo step"
            if now == self.states[index]:
                if self.history.count() == index < count:
                    # Typed and erased again in one session: no step is left, but like any edit it dropped
                    # the steps undone before it.
                    del self.states[index + 1:]
                    self.stats["merged to nothing"] += 1
                else:
                    assert self.history.count() == count, "a no-op dropped the redo steps"
                self.stats["no-op"] += 1
                return
            below = self.history.command(index - 1) if index else None
            assert below is not None and below.id() != -1, "data changed without an undo step"
            assert self.history.count() == index, "a merged edit must drop the steps undone before it"
            self.states[index:] = [now]
            self.stats["merged"] += 1
        self._count()

    def _count(self) -> None:
        self.stats["operations"] += 1
        self.stats[self.family] += 1
        area = AREA_OF_FAMILY.get(self.family)
        if area:
            self.stats[f"area:{area}"] += 1

    def _ids(self, table: str, where: str = "", params: tuple = ()) -> list[int]:
        sql = f"select id from [{table}] {('where ' + where) if where else ''} order by id"
        return [row[0] for row in self.conn.execute(sql, params)]

    def _one(self, table: str, n: int, where: str = "", params: tuple = ()) -> int | None:
        ids = self._ids(table, where, params)
        return ids[n % len(ids)] if ids else None

    def _has(self, table: str) -> bool:
        return self.conn.execute(f"select exists(select 1 from [{table}])").fetchone()[0] == 1

    def _has_rows(self, table: str, where: str, params: tuple) -> bool:
        return bool(self._ids(table, where, params))

    def _sign_off(self, call: Callable[[QWidget], Any]) -> None:
        """A sign-off clears the history by design: check everything before it can be undone and redone,
        then the state right after it is the new start."""
        index = self.history.index()
        self.round_trip()
        while self.history.index() > index:
            self._undo_one()
        page = self._page("specs")
        self.window.tabs.setCurrentWidget(page)
        try:
            call(page)
        except OpError:
            self.stats["refused"] += 1
            assert self.history.index() == index, "a refused sign-off moved the history"
            self._expect(self.states[index], "a refused sign-off changed data")
            return
        self._settle()
        assert self.history.count() == 0, "a sign-off clears the history"
        self.states = [self._dump()]
        self._count()

    def _sign_again(self, call: Callable[[QWidget], Any]) -> None:
        """A further sign-off is recorded once and is not undoable: no undo or redo may lose it. Every state
        of the history that holds its baseline gains the row (a delete's undo snapshot takes it along)."""
        page = self._page("specs")
        self.window.tabs.setCurrentWidget(page)
        index, count = self.history.index(), self.history.count()
        known = set(self._ids("signoffs"))
        try:
            call(page)
        except OpError:
            self.stats["refused"] += 1
            self._expect(self.states[index], "a refused sign-off changed data")
            return
        self._settle()
        assert (self.history.index(), self.history.count()) == (index, count), "a sign-off record is not a step"
        (row,) = [tuple(r) for r in self.conn.execute("select * from signoffs") if r[0] not in known]
        for state in self.states:
            if any(baseline[0] == row[1] for baseline in state["baselines"]):
                state["signoffs"] = sorted(state["signoffs"] + [row])
        self._expect(self.states[index], "after a further sign-off")
        self._count()

    def _show_case(self, case_id: int | None, really: bool) -> None:
        """Open the case on the Evidence tab, so its items, chain and meeting pages show what changes."""
        if not really or case_id is None:
            return
        (engagement,) = self.conn.execute(
            "select engagement_id from dispute_cases where id = ?", (case_id,)).fetchone()
        self._select(engagement, True)
        page = self._page("evidence")
        self.window.tabs.setCurrentWidget(page)
        page.select_case(case_id)

    def _show_diagnosis(self, diagnosis_id: int | None, sub_page: int) -> None:
        """Open the diagnosis on one of its pages (problem, diagram, sheet, plan) — half of the time."""
        if diagnosis_id is None or sub_page % 2:
            return
        (engagement,) = self.conn.execute(
            "select engagement_id from diagnoses where id = ?", (diagnosis_id,)).fetchone()
        self._select(engagement, True)
        page = self._page("diagnosis")
        self.window.tabs.setCurrentWidget(page)
        for row in range(page.list.count()):
            if page.list.item(row).data(Qt.ItemDataRole.UserRole) == diagnosis_id:
                page.list.setCurrentRow(row)
        page.pages.setCurrentIndex(sub_page // 2 % page.pages.count())

    def _select(self, engagement_id: int | None, really: bool) -> None:
        """Work on that engagement the way a user would, so the views show what is being changed."""
        if not really or engagement_id is None:
            return
        client = self.conn.execute("select client_id from engagements where id = ?", (engagement_id,)).fetchone()
        self.ctx.selection.set_client(client[0])
        self.ctx.selection.set_engagement(engagement_id)

    # --- the one rule ------------------------------------------------------------------------------
    @classmethod
    def verbs(cls) -> list[Verb]:
        found = [member.verb for _name, member in sorted(vars_of(cls).items()) if hasattr(member, "verb")]
        return [v for v in found for _ in range(v.weight)]

    @rule(data=st.data())
    def act(self, data: st.DataObject) -> None:
        """Pick a part of the app (uniformly, so a short run reaches all of them), then one of its verbs."""
        possible: dict[str, list[Verb]] = {}
        for v in self.verbs():
            if v.when is None or v.when(self):
                possible.setdefault(v.family, []).append(v)
        # A family weighs as much as its heaviest verb (undo and redo come up more often than the rest).
        families = [f for f in sorted(possible) for _ in range(max(v.weight for v in possible[f]))]
        # Hypothesis starts from (and shrinks towards) choice 0. Counting from a point that moves on each
        # step makes that simplest run go round every part instead of repeating the first one.
        self.steps += 1
        family = families[(data.draw(st.integers(0, len(families) - 1)) + self.steps) % len(families)]
        verbs = possible[family]
        chosen = verbs[(data.draw(st.integers(0, len(verbs) - 1)) + self.steps) % len(verbs)]
        data.draw(st.just(chosen.name), label="verb")
        kwargs = data.draw(st.fixed_dictionaries(chosen.strategies), label=chosen.name)
        self.stats[f"verb:{chosen.name}"] += 1
        chosen.run(self, **kwargs)

    # --- undo / redo ------------------------------------------------------------------------------
    @verb("undo", lambda self: self.history.canUndo(), 6, steps=st.integers(1, 3), via_menu=st.booleans())
    def undo(self, steps: int, via_menu: bool) -> None:
        for _ in range(steps):
            self._undo_one(via_menu)

    @verb("redo", lambda self: self.history.canRedo(), 3, steps=st.integers(1, 3), via_menu=st.booleans())
    def redo(self, steps: int, via_menu: bool) -> None:
        for _ in range(steps):
            self._redo_one(via_menu)

    def _undo_one(self, via_menu: bool = False) -> None:
        index = self.history.index()
        if index == 0:
            return
        command = self.history.command(index - 1)
        text, area = command.text(), getattr(command, "area", "")
        chain = len(rows_of(self.conn, "history"))
        if via_menu:
            self.window.undo_action.trigger()
        else:
            assert self.history.undo(), f"undo of {text!r} failed"
        assert self.history.index() == index - 1, f"undo of {text!r} did not step back"
        if area == "evidence":  # an evidence change is undone by a new entry in the chain, never erased
            assert len(rows_of(self.conn, "history")) > chain, f"undo of {text!r} left no entry in the history"
        self._expect(self.states[index - 1], f"after undoing {text!r}")
        self.stats["undo"] += 1
        self.stats["operations"] += 1
        self.stats["area:undo"] += 1

    def _redo_one(self, via_menu: bool = False) -> None:
        index = self.history.index()
        if index == self.history.count():
            return
        text = self.history.command(index).text()
        if via_menu:
            self.window.redo_action.trigger()
        else:
            assert self.history.redo(), f"redo of {text!r} failed"
        assert self.history.index() == index + 1, f"redo of {text!r} did not step forward"
        self._expect(self.states[index + 1], f"after redoing {text!r}")
        self.stats["redo"] += 1
        self.stats["operations"] += 1
        self.stats["area:redo"] += 1

    def round_trip(self) -> None:
        """Undo everything (back to the start), then redo everything (back to the end)."""
        while self.history.canUndo():
            self._undo_one()
        self._expect(self.states[0], "after undoing everything")
        while self.history.canRedo():
            self._redo_one()
        self._expect(self.states[-1], "after redoing everything")

    @verb("undo", lambda self: self.history.count() > 0)
    def undo_everything_then_redo_everything(self) -> None:
        self.round_trip()

    @verb("tabs", None, 2, n=pick)
    def switch_tab(self, n: int) -> None:
        self.window.tabs.setCurrentIndex(n % self.window.tabs.count())

    @verb("tabs", None, n=st.sampled_from(["zh_CN", "en"]))
    def switch_language(self, n: str) -> None:
        self.window.set_language(n)  # View ▸ Language: every view retranslates live

    @verb("tabs", lambda self: self._has("engagements"), 2, n=pick)
    def select_engagement(self, n: int) -> None:
        self._select(self._one("engagements", n), True)

    def teardown(self) -> None:
        try:
            if self.clean:
                self.round_trip()
                self._check_side_effects()
        finally:
            sys.excepthook = self._hook
            self.window.close()  # closes the workspace too
            self.window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # not left for the next example
            shutil.rmtree(self.root, ignore_errors=True)
