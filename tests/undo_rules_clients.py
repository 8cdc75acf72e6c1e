"""Rules of the undo state machine for the Clients tab: clients, contacts, engagements, interviews
(answers) and pre-visit questions."""

from __future__ import annotations

from hypothesis import strategies as st
from undo_strategies import dates, names, pick, session, texts, titles, typed, verb

from consultdesk.ops import clients as ops
from consultdesk.ops import interviews as iv

ANSWER_KEYS = ("need.pain_points", "need.notes", "goal.target")
CONTACT_KINDS = st.sampled_from(["decision_maker", "business_owner", "technical_owner", "affected_party"])
ENGAGEMENT_STATUS = st.sampled_from(["prospect", "active", "on_hold", "closed"])


class ClientRules:
    @verb("clients", None, name=names, industry=texts)
    def create_client(self, name: str, industry: str) -> None:
        self._op("clients", lambda page: ops.create_client(self.ctx, name, initiator=page, industry=industry))

    @verb("clients", lambda self: self._has("clients"), n=pick, name=names, background=texts, merge=session)
    def edit_client(self, n: int, name: str, background: str, merge: object) -> None:
        client = self._one("clients", n)
        changes = {"name": name} if n % 2 else {"background": background}
        self._op("clients", lambda page: ops.update_client(self.ctx, client, changes, page, merge))

    @verb("clients", lambda self: self._has("clients"), n=pick)
    def delete_client(self, n: int) -> None:
        client = self._one("clients", n)
        self._op("clients", lambda page: ops.delete_client(self.ctx, client, initiator=page))

    @verb("contacts", lambda self: self._has("clients"), n=pick, name=names, kind=CONTACT_KINDS)
    def create_contact(self, n: int, name: str, kind: str) -> None:
        client = self._one("clients", n)
        self._op("clients", lambda page: ops.create_contact(self.ctx, client, name, initiator=page, kind=kind))

    @verb("contacts", lambda self: self._has("contacts"), n=pick, email=st.sampled_from(["", "mia@example.com"]),
          kind=CONTACT_KINDS, merge=session)
    def edit_contact(self, n: int, email: str, kind: str, merge: object) -> None:
        contact = self._one("contacts", n)
        changes = {"email": email} if n % 2 else {"kind": kind}
        self._op("clients", lambda page: ops.update_contact(self.ctx, contact, changes, page, merge))

    @verb("contacts", lambda self: self._has("contacts"), n=pick)
    def delete_contact(self, n: int) -> None:
        contact = self._one("contacts", n)
        self._op("clients", lambda page: ops.delete_contact(self.ctx, contact, initiator=page))

    @verb("engagements", lambda self: self._has("clients"), n=pick, title=titles, show=st.booleans())
    def create_engagement(self, n: int, title: str, show: bool) -> None:
        client = self._one("clients", n)

        def create(page):
            engagement = ops.create_engagement(self.ctx, client, title, initiator=page)
            self._select(engagement, show)

        self._op("clients", create)

    @verb("engagements", lambda self: self._has("engagements"), n=pick, title=titles, status=ENGAGEMENT_STATUS,
          start=dates, merge=session)
    def edit_engagement(self, n: int, title: str, status: str, start: str, merge: object) -> None:
        engagement = self._one("engagements", n)
        changes = [{"title": title}, {"status": status}, {"start_date": start}][n % 3]
        self._op("clients", lambda page: ops.update_engagement(self.ctx, engagement, changes, page, merge))

    @verb("engagements", lambda self: self._has("engagements"), n=pick)
    def delete_engagement(self, n: int) -> None:
        engagement = self._one("engagements", n)
        self._op("clients", lambda page: ops.delete_engagement(self.ctx, engagement, initiator=page))

    # --- interviews and questions --------------------------------------------------------------------
    @verb("interviews", lambda self: self._has("engagements"), n=pick, title=titles, held=dates, show=st.booleans())
    def create_interview(self, n: int, title: str, held: str, show: bool) -> None:
        engagement = self._one("engagements", n)
        self._select(engagement, show)
        self._op("clients", lambda page: iv.create_interview(self.ctx, engagement, page, title=title, held_on=held))

    @verb("interviews", lambda self: self._has("interviews"), n=pick, notes=texts, merge=session)
    def edit_interview(self, n: int, notes: str, merge: object) -> None:
        interview = self._one("interviews", n)
        field = ("notes", "stressed", "to_confirm")[n % 3]
        for text in typed(notes, merge):
            self._op("clients", lambda page, text=text: iv.update_interview(self.ctx, interview, {field: text}, page, merge))

    @verb("interviews", lambda self: self._has("interviews"), n=pick, key=st.sampled_from(ANSWER_KEYS), answer=texts,
          merge=session)
    def answer_question(self, n: int, key: str, answer: str, merge: object) -> None:
        interview = self._one("interviews", n)
        for text in typed(answer, merge):
            self._op("clients", lambda page, text=text: iv.set_answer(self.ctx, interview, key, text, page, merge))

    @verb("interviews", lambda self: self._has("interviews"), n=pick)
    def delete_interview(self, n: int) -> None:
        interview = self._one("interviews", n)
        self._op("clients", lambda page: iv.delete_interview(self.ctx, interview, initiator=page))

    @verb("visit_questions", lambda self: self._has("engagements"), n=pick, question=titles)
    def add_visit_question(self, n: int, question: str) -> None:
        engagement = self._one("engagements", n)
        self._op("clients", lambda page: iv.add_visit_question(self.ctx, engagement, question, initiator=page))

    @verb("visit_questions", lambda self: self._has("visit_questions"), n=pick, answer=texts, merge=session)
    def answer_visit_question(self, n: int, answer: str, merge: object) -> None:
        question = self._one("visit_questions", n)
        changes = {"status": "answered", "answer": answer} if n % 2 else {"status": "open"}
        self._op("clients", lambda page: iv.update_visit_question(self.ctx, question, changes, page, merge))

    @verb("visit_questions", lambda self: self._has("visit_questions"), n=pick)
    def delete_visit_question(self, n: int) -> None:
        question = self._one("visit_questions", n)
        self._op("clients", lambda page: iv.delete_visit_question(self.ctx, question, initiator=page))
