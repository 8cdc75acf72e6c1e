"""Rules of the undo state machine for the Evidence tab: dispute cases, items, attached files (small temp
files, some with the same content), chain links, and the consensus (reviewers, meeting, action items)."""

from __future__ import annotations

from hypothesis import strategies as st
from undo_strategies import dates, names, pick, session, texts, titles, typed, verb

from consultdesk.ops import evidence as case_ops
from consultdesk.ops import evidence_attach as attach
from consultdesk.ops import evidence_consensus as consensus
from consultdesk.ops import evidence_items as items

KINDS = st.sampled_from(["raw_data", "processing_logic", "business_rule", "comparison", "test_case", "other"])
NUMBERS = st.sampled_from(["1250", "1,250.5", "", "abc", "0"])
CASE_STATUS = st.sampled_from(["investigating", "consensus", "meeting_held", "resolved"])
ROOT_CAUSES = st.sampled_from(["", "client_data_error", "rule_misunderstanding", "other"])


class EvidenceRules:
    @verb("evidence_cases", lambda self: self._has("engagements"), n=pick, title=titles, show=st.booleans())
    def create_case(self, n: int, title: str, show: bool) -> None:
        engagement = self._one("engagements", n)
        self._select(engagement, show)
        self._op("evidence", lambda page: case_ops.create_case(self.ctx, engagement, title, page, metric="Revenue"))

    @verb("evidence_cases", lambda self: self._has("dispute_cases"), n=pick, number=NUMBERS, text=texts,
          cause=ROOT_CAUSES, merge=session)
    def edit_case(self, n: int, number: str, text: str, cause: str, merge: object) -> None:
        case = self._one("dispute_cases", n)
        self._show_case(case, n % 3 == 0)
        if n % 4 == 2:
            for value in typed(text, merge):
                self._op("evidence", lambda page, value=value: case_ops.update_case(
                    self.ctx, case, {"conclusion": value}, page, merge))
            return
        changes = [{"computed_value": number}, {"expected_value": number}, {},
                   {"root_cause": cause, "root_cause_text": text}][n % 4]
        self._op("evidence", lambda page: case_ops.update_case(self.ctx, case, changes, page, merge))

    @verb("evidence_cases", lambda self: self._has("dispute_cases"), n=pick, status=CASE_STATUS,
          reason=st.sampled_from(["", "client insisted"]))
    def move_case(self, n: int, status: str, reason: str) -> None:
        case = self._one("dispute_cases", n)
        self._op("evidence", lambda page: case_ops.set_status(self.ctx, case, status, reason, page))

    @verb("evidence_cases", lambda self: self._has("dispute_cases"), n=pick)
    def delete_case(self, n: int) -> None:
        case = self._one("dispute_cases", n)
        self._op("evidence", lambda page: case_ops.delete_case(self.ctx, case, page))

    @verb("evidence_items", lambda self: self._has("dispute_cases"), n=pick, kind=KINDS, title=titles,
          files=st.lists(st.integers(0, 3), max_size=2))
    def add_item(self, n: int, kind: str, title: str, files: list) -> None:
        case = self._one("dispute_cases", n)
        self._show_case(case, n % 2 == 0)
        if not files:
            self._op("evidence", lambda page: items.add_item(self.ctx, case, kind, title, page, source="ERP"))
            return

        def drop(page):  # files dropped on the case: one new item holding them
            stored = attach.store_files(self.ctx, [self.files[f] for f in files])
            attach.add_item_with_files(self.ctx, case, kind, stored, title, page)

        self._op("evidence", drop)

    @verb("evidence_items", lambda self: self._has("evidence_items"), n=pick, text=texts, kind=KINDS, captured=dates,
          merge=session)
    def edit_item(self, n: int, text: str, kind: str, captured: str, merge: object) -> None:
        item = self._one("evidence_items", n)
        if n % 4 == 0:
            for value in typed(text, merge):
                self._op("evidence", lambda page, value=value: items.update_item(self.ctx, item, {"excerpt": value}, page, merge))
            return
        changes = [{}, {"kind": kind}, {"captured_at": captured}, {"title": text}][n % 4]
        self._op("evidence", lambda page: items.update_item(self.ctx, item, changes, page, merge))

    @verb("evidence_items", lambda self: self._has("evidence_items"), n=pick)
    def delete_item(self, n: int) -> None:
        item = self._one("evidence_items", n)
        self._op("evidence", lambda page: items.delete_item(self.ctx, item, page))

    @verb("attachments", lambda self: self._has("evidence_items"), n=pick,
          files=st.lists(st.integers(0, 3), min_size=1, max_size=2))
    def attach_files(self, n: int, files: list) -> None:
        item = self._one("evidence_items", n)
        self._show_case(self.conn.execute("select case_id from evidence_items where id = ?", (item,)).fetchone()[0],
                        n % 2 == 0)
        self._op("evidence", lambda page: attach.attach_paths(self.ctx, item, [self.files[f] for f in files], page))

    @verb("attachments", lambda self: self._has("evidence_attachments"), n=pick)
    def detach_file(self, n: int) -> None:
        attachment = self._one("evidence_attachments", n)
        self._op("evidence", lambda page: attach.detach(self.ctx, attachment, page))

    @verb("links", lambda self: self._has("evidence_items"), n=pick, m=pick)
    def link_items(self, n: int, m: int) -> None:
        source = self._one("evidence_items", n)
        (case,) = self.conn.execute("select case_id from evidence_items where id = ?", (source,)).fetchone()
        target = self._one("evidence_items", m, "case_id = ? and id <> ?", (case, source))
        self._show_case(case, n % 2 == 0)
        self._op("evidence", lambda page: items.link_items(self.ctx, source, target, page))

    @verb("links", lambda self: self._has("evidence_links"), n=pick, both=st.booleans())
    def unlink(self, n: int, both: bool) -> None:
        ids = self._ids("evidence_links")
        chosen = sorted({ids[n % len(ids)], ids[(n + 1) % len(ids)]} if both else {ids[n % len(ids)]})
        self._op("evidence", lambda page: items.unlink(self.ctx, chosen, page))

    # --- consensus ------------------------------------------------------------------------------------
    @verb("consensus", lambda self: self._has("dispute_cases"), n=pick, name=names, agreed=st.booleans())
    def add_reviewer(self, n: int, name: str, agreed: bool) -> None:
        case = self._one("dispute_cases", n)
        self._show_case(case, n % 2 == 0)
        self._op("evidence", lambda page: consensus.add_reviewer(self.ctx, case, name, page, agreed=agreed))

    @verb("consensus", lambda self: self._has("evidence_reviewers"), n=pick, agreed=st.booleans(), remark=texts)
    def edit_reviewer(self, n: int, agreed: bool, remark: str) -> None:
        reviewer = self._one("evidence_reviewers", n)
        changes = {"agreed": agreed} if n % 2 else {"remark": remark}
        self._op("evidence", lambda page: consensus.update_reviewer(self.ctx, reviewer, changes, page))

    @verb("consensus", lambda self: self._has("evidence_reviewers"), n=pick)
    def delete_reviewer(self, n: int) -> None:
        reviewer = self._one("evidence_reviewers", n)
        self._op("evidence", lambda page: consensus.delete_reviewer(self.ctx, reviewer, page))

    @verb("consensus", lambda self: self._has("dispute_cases"), n=pick, facts=texts, held=dates, cause=ROOT_CAUSES,
          merge=session)
    def record_meeting(self, n: int, facts: str, held: str, cause: str, merge: object) -> None:
        case = self._one("dispute_cases", n)
        self._show_case(case, n % 2 == 0)
        if n % 3:
            if n % 3 == 1:
                self._op("evidence", lambda page: consensus.save_meeting(self.ctx, case, {"held_on": held}, page, merge))
            else:  # the agreed root cause is the case's field
                self._op("evidence", lambda page: case_ops.update_case(self.ctx, case, {"root_cause": cause}, page))
            return
        for text in typed(facts, merge):
            self._op("evidence", lambda page, text=text: consensus.save_meeting(
                self.ctx, case, {"confirmed_facts": text}, page, merge))

    @verb("consensus", lambda self: self._has("dispute_cases"), n=pick, what=titles, due=dates,
          client_side=st.booleans(), at_meeting=st.booleans())
    def add_action(self, n: int, what: str, due: str, client_side: bool, at_meeting: bool) -> None:
        case = self._one("dispute_cases", n)
        meeting = self._one("evidence_meetings", n, "case_id = ?", (case,)) if at_meeting else None
        self._show_case(case, n % 2 == 0)
        self._op("evidence", lambda page: consensus.add_action(
            self.ctx, case, what, page, due_on=due, side="client" if client_side else "ours", meeting_id=meeting))

    @verb("consensus", lambda self: self._has("evidence_actions"), n=pick,
          status=st.sampled_from(["open", "done", "dropped"]), who=names)
    def edit_action(self, n: int, status: str, who: str) -> None:
        action = self._one("evidence_actions", n)
        changes = {"status": status} if n % 2 else {"who": who}
        self._op("evidence", lambda page: consensus.update_action(self.ctx, action, changes, page))

    @verb("consensus", lambda self: self._has("evidence_actions") or self._has("evidence_meetings"), n=pick)
    def delete_action(self, n: int) -> None:
        action = self._one("evidence_actions", n)
        if action is None:
            return
        self._op("evidence", lambda page: consensus.delete_action(self.ctx, action, page))
