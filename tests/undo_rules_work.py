"""Rules of the undo state machine for the Board (requirements: create, edit, drag, import, delete),
the Diagnosis tab (problem, bones, causes, solution plan) and the Specifications tab (sections, change
requests, sign-off)."""

from __future__ import annotations

from hypothesis import strategies as st
from undo_strategies import dates, names, pick, scores, session, texts, titles, typed, verb

from consultdesk.domain.diagnosis import BONE_MEANINGS
from consultdesk.domain.spec_sections import SectionKey
from consultdesk.ops import baselines as baseline_ops
from consultdesk.ops import change_requests as cr_ops
from consultdesk.ops import diagnosis as dx
from consultdesk.ops import diagnosis_plan as plan
from consultdesk.ops import requirements as req_ops
from consultdesk.ops import specs as spec_ops
from consultdesk.ops.requirement_import import import_requirements

REQ_TYPES = st.sampled_from(["business", "experience", "strategic", "technical"])
REQ_STATUS = st.sampled_from(["proposed", "to_confirm", "confirmed", "rejected", "in_progress", "done"])
CR_STATUS = st.sampled_from(["assessing", "approved", "rejected", "implemented"])
CODES = st.sampled_from([None, "IMP-1", "IMP-2", "REQ-001"])  # None: the next REQ number


class WorkRules:
    def _diagnosis_of_bone(self, bone_id: int) -> int:
        return self.conn.execute("select diagnosis_id from diagnosis_bones where id = ?", (bone_id,)).fetchone()[0]

    # --- requirements (Board) ------------------------------------------------------------------------
    @verb("requirements", lambda self: self._has("engagements"), n=pick, title=titles, value=scores, urgency=scores,
          kind=REQ_TYPES, show=st.booleans())
    def create_requirement(self, n: int, title: str, value: int, urgency: int, kind: str, show: bool) -> None:
        engagement = self._one("engagements", n)
        self._select(engagement, show)
        source = self._one("interviews", n, "engagement_id = ?", (engagement,)) if n % 3 == 0 else None
        self._op("board", lambda page: req_ops.create_requirement(
            self.ctx, engagement, title, page, value=value, urgency=urgency, type=kind, source_interview_id=source))

    @verb("requirements", lambda self: self._has("requirements"), n=pick, title=titles, text=texts,
          status=REQ_STATUS, cost=st.one_of(st.none(), scores), merge=session)
    def edit_requirement(self, n: int, title: str, text: str, status: str, cost: int | None, merge: object) -> None:
        requirement = self._one("requirements", n)
        changes = [{"title": title}, {"description": text, "goal": text}, {"status": status}, {"cost": cost},
                   {"is_core": n % 2 == 0, "tag": text}][n % 5]
        self._op("board", lambda page: req_ops.update_requirement(self.ctx, requirement, changes, page, merge))

    @verb("requirement_moves", lambda self: self._has("requirements"), n=pick, count=st.integers(1, 3), value=scores,
          urgency=scores)
    def drag_cards(self, n: int, count: int, value: int, urgency: int) -> None:
        first = self._one("requirements", n)
        (engagement,) = self.conn.execute("select engagement_id from requirements where id = ?", (first,)).fetchone()
        self._select(engagement, True)
        ids = self._ids("requirements", "engagement_id = ?", (engagement,))[:count]
        # Cards dragged together keep their offsets, so each lands on a score of its own.
        moves = {rid: (1 + (value + i) % 5, 1 + (urgency + 2 * i) % 5) for i, rid in enumerate(ids)}
        self._op("board", lambda page: req_ops.move_requirements(self.ctx, moves, page))

    @verb("requirements", lambda self: self._has("requirements"), n=pick, status=REQ_STATUS)
    def set_requirement_status(self, n: int, status: str) -> None:
        requirement = self._one("requirements", n)
        self._op("board", lambda page: req_ops.set_status(self.ctx, [requirement], status, page))

    @verb("requirement_import", lambda self: self._has("engagements"), n=pick,
          rows=st.lists(st.tuples(titles, CODES, scores), min_size=1, max_size=3))
    def import_rows(self, n: int, rows: list) -> None:
        engagement = self._one("engagements", n)
        # Rows as the file check hands them over: a code appears once in a file (a repeat is refused there).
        seen: set = set()
        checked = []
        for title, code, value in rows:
            checked.append({"title": title or "Imported", "code": None if code in seen else code, "value": value})
            seen.add(code)
        self._op("board", lambda page: import_requirements(self.ctx, engagement, checked, page))

    @verb("requirements", lambda self: self._has("requirements"), n=pick, count=st.integers(1, 2))
    def delete_requirements(self, n: int, count: int) -> None:
        ids = self._ids("requirements")
        chosen = [ids[(n + k) % len(ids)] for k in range(count)]
        self._op("board", lambda page: req_ops.delete_requirements(self.ctx, chosen, page))

    # --- diagnosis ----------------------------------------------------------------------------------
    @verb("diagnosis", lambda self: self._has("engagements"), n=pick, title=titles,
          bones=st.lists(st.sampled_from(["People", "Process", "Tools", "数据"]), max_size=3), show=st.booleans())
    def create_diagnosis(self, n: int, title: str, bones: list, show: bool) -> None:
        engagement = self._one("engagements", n)
        self._select(engagement, show)
        self._op("diagnosis", lambda page: dx.create_diagnosis(self.ctx, engagement, title, bones, page))

    @verb("diagnosis", lambda self: self._has("diagnoses"), n=pick, text=texts, merge=session)
    def edit_problem(self, n: int, text: str, merge: object) -> None:
        diagnosis = self._one("diagnoses", n)
        self._show_diagnosis(diagnosis, n // 7)
        field = ("phenomenon", "impact", "scope", "impact_client", "impact_us", "title")[n % 6]
        for value in typed(text, merge):
            self._op("diagnosis", lambda page, value=value: dx.update_diagnosis(self.ctx, diagnosis, {field: value}, page, merge))

    @verb("diagnosis", lambda self: self._has("diagnoses"), n=pick)
    def delete_diagnosis(self, n: int) -> None:
        diagnosis = self._one("diagnoses", n)
        self._op("diagnosis", lambda page: dx.delete_diagnosis(self.ctx, diagnosis, page))

    @verb("bones", lambda self: self._has("diagnoses"), n=pick, title=names, preset=st.booleans())
    def add_bones(self, n: int, title: str, preset: bool) -> None:
        diagnosis = self._one("diagnoses", n)
        self._show_diagnosis(diagnosis, n // 7)
        if preset:
            six_m = {"people": "Man", "technology": "Machine", "material": "Material", "process": "Method",
                     "environment": "Environment", "measurement": "Measurement"}
            self._op("diagnosis", lambda page: dx.apply_bone_preset(self.ctx, diagnosis, six_m, BONE_MEANINGS, page))
        else:
            self._op("diagnosis", lambda page: dx.add_bone(self.ctx, diagnosis, title, page))

    @verb("bones", lambda self: self._has("diagnosis_bones"), n=pick, title=names, index=st.integers(0, 4),
          merge=session)
    def edit_bone(self, n: int, title: str, index: int, merge: object) -> None:
        bone = self._one("diagnosis_bones", n)
        if n % 2:
            self._op("diagnosis", lambda page: dx.rename_bone(self.ctx, bone, title, page, merge))
        else:
            self._op("diagnosis", lambda page: dx.move_bone(self.ctx, bone, index, page))

    @verb("bones", lambda self: self._has("diagnosis_bones"), n=pick, agree=st.booleans())
    def delete_bone(self, n: int, agree: bool) -> None:
        bone = self._one("diagnosis_bones", n)
        self._show_diagnosis(self._diagnosis_of_bone(bone), n // 7)
        if self._has_rows("diagnosis_causes", "bone_id = ?", (bone,)):
            self.asker.queue(agree)  # "The category holds n causes. Delete it with all its causes?"
        # As the fishbone does it: the question is the UI's, the delete the op's.
        self._op("diagnosis", lambda page: page.controller.delete_node(("bone", bone)))

    @verb("causes", lambda self: self._has("diagnosis_bones"), n=pick, text=titles, nested=st.booleans(),
          after=st.booleans(), root=st.booleans())
    def add_cause(self, n: int, text: str, nested: bool, after: bool, root: bool) -> None:
        bone = self._one("diagnosis_bones", n)
        self._show_diagnosis(self._diagnosis_of_bone(bone), n // 7)
        parent = self._one("diagnosis_causes", n, "bone_id = ?", (bone,)) if nested else None
        sibling_where = "bone_id = ? and parent_id is ?"
        after_id = self._one("diagnosis_causes", n + 1, sibling_where, (bone, parent)) if after else None
        self._op("diagnosis", lambda page: dx.add_cause(
            self.ctx, bone, parent, text, after_id, page, is_root=root))

    @verb("causes", lambda self: self._has("diagnosis_causes"), n=pick, text=texts,
          status=st.sampled_from(["unverified", "confirmed", "ruled_out"]), merge=session)
    def edit_cause(self, n: int, text: str, status: str, merge: object) -> None:
        cause = self._one("diagnosis_causes", n)
        bone = self.conn.execute("select bone_id from diagnosis_causes where id = ?", (cause,)).fetchone()[0]
        self._show_diagnosis(self._diagnosis_of_bone(bone), n // 7)
        changes = [{"text": text}, {"status": status}, {"is_root": n % 2 == 0},
                   {"verification_method": text, "verification_result": text}][n % 4]
        self._op("diagnosis", lambda page: dx.update_cause(self.ctx, cause, changes, page, merge))

    @verb("causes", lambda self: self._has("diagnosis_causes"), n=pick, to=pick, onto_bone=st.booleans())
    def move_cause(self, n: int, to: int, onto_bone: bool) -> None:
        cause = self._one("diagnosis_causes", n)
        (diagnosis,) = self.conn.execute(
            "select b.diagnosis_id from diagnosis_causes c join diagnosis_bones b on b.id = c.bone_id where c.id = ?",
            (cause,)).fetchone()
        bone = self._one("diagnosis_bones", to, "diagnosis_id = ?", (diagnosis,))
        parent = None if onto_bone else self._one("diagnosis_causes", to, "bone_id = ?", (bone,))
        self._op("diagnosis", lambda page: dx.move_cause(self.ctx, cause, bone, parent, page))

    @verb("causes", lambda self: self._has("diagnosis_causes"), n=pick)
    def delete_cause(self, n: int) -> None:
        cause = self._one("diagnosis_causes", n)
        self._op("diagnosis", lambda page: dx.delete_cause(self.ctx, cause, page))

    @verb("plan", lambda self: self._has("diagnoses"), n=pick, title=titles, long_term=st.booleans())
    def add_phase(self, n: int, title: str, long_term: bool) -> None:
        diagnosis = self._one("diagnoses", n)
        self._show_diagnosis(diagnosis, n // 7)
        term = "long_term" if long_term else "short_term"
        self._op("diagnosis", lambda page: plan.add_phase(self.ctx, diagnosis, term, title, page))

    @verb("plan", lambda self: self._has("solution_phases"), n=pick, title=titles, deadline=dates,
          cause=st.booleans())
    def add_task(self, n: int, title: str, deadline: str, cause: bool) -> None:
        phase = self._one("solution_phases", n)
        cause_id = self._one("diagnosis_causes", n) if cause else None
        self._op("diagnosis", lambda page: plan.add_task(
            self.ctx, phase, title, page, deadline=deadline, root_cause_id=cause_id))

    @verb("plan", lambda self: self._has("solution_tasks"), n=pick, owner=names, deadline=dates, merge=session)
    def edit_task(self, n: int, owner: str, deadline: str, merge: object) -> None:
        task = self._one("solution_tasks", n)
        changes = [{"owner": owner}, {"deadline": deadline}, {"done": n % 2 == 0}][n % 3]
        self._op("diagnosis", lambda page: plan.update_task(self.ctx, task, changes, page, merge))

    @verb("plan", lambda self: self._has("solution_phases"), n=pick, title=titles, merge=session)
    def edit_phase(self, n: int, title: str, merge: object) -> None:
        phase = self._one("solution_phases", n)
        for value in typed(title, merge):
            self._op("diagnosis", lambda page, value=value: plan.update_phase(self.ctx, phase, {"title": value}, page, merge))

    @verb("plan", lambda self: self._has("solution_phases"), n=pick, whole_phase=st.booleans())
    def delete_plan_part(self, n: int, whole_phase: bool) -> None:
        task = self._one("solution_tasks", n)
        if whole_phase or task is None:
            phase = self._one("solution_phases", n)
            self._op("diagnosis", lambda page: plan.delete_phase(self.ctx, phase, page))
        else:
            self._op("diagnosis", lambda page: plan.delete_task(self.ctx, task, page))

    # --- specifications -------------------------------------------------------------------------------
    @verb("spec_sections", lambda self: self._has("engagements"), n=pick, key=st.sampled_from(list(SectionKey)),
          text=texts, merge=session, show=st.booleans())
    def write_section(self, n: int, key: SectionKey, text: str, merge: object, show: bool) -> None:
        engagement = self._one("engagements", n)
        self._select(engagement, show)
        for value in typed(text, merge):
            self._op("specs", lambda page, value=value: spec_ops.set_section_text(self.ctx, engagement, key, value, page, merge))

    @verb("change_requests", lambda self: self._has("engagements"), n=pick, title=titles,
          links=st.lists(st.one_of(st.none(), pick), max_size=2), large=st.booleans())
    def file_change_request(self, n: int, title: str, links: list, large: bool) -> None:
        engagement = self._one("engagements", n)
        requirement_ids = [None if k is None else self._one("requirements", k, "engagement_id = ?", (engagement,))
                           for k in links]
        self._op("specs", lambda page: cr_ops.create_change_request(
            self.ctx, engagement, title, requirement_ids, page, scope="large" if large else "small"))

    @verb("change_requests", lambda self: self._has("change_requests"), n=pick, text=texts, held=st.booleans(),
          relink=st.booleans())
    def edit_change_request(self, n: int, text: str, held: bool, relink: bool) -> None:
        cr = self._one("change_requests", n)
        (engagement,) = self.conn.execute("select engagement_id from change_requests where id = ?", (cr,)).fetchone()
        links = self._ids("requirements", "engagement_id = ?", (engagement,))[n % 3:][:2] if relink else None
        changes = {"reason": text, "meeting_held": held, "written_confirmation": text if held else ""}
        self._op("specs", lambda page: cr_ops.edit_change_request(self.ctx, cr, changes, links, page))

    @verb("change_requests", lambda self: self._has("change_requests"), n=pick, status=CR_STATUS, by=names)
    def decide_change_request(self, n: int, status: str, by: str) -> None:
        cr = self._one("change_requests", n)
        self._op("specs", lambda page: cr_ops.set_status(self.ctx, cr, status, by, "noted", page))

    @verb("change_requests", lambda self: self._has("change_requests"), n=pick)
    def delete_change_request(self, n: int) -> None:
        cr = self._one("change_requests", n)
        self._op("specs", lambda page: cr_ops.delete_change_request(self.ctx, cr, page))

    @verb("sign_off", lambda self: self._has("requirements"), n=pick, signer=names)
    def sign_off(self, n: int, signer: str) -> None:
        engagement = self._one("engagements", n, "id in (select engagement_id from requirements)")
        self._select(engagement, True)
        self._sign_off(lambda page: baseline_ops.sign_off(self.ctx, engagement, signer, initiator=page))

    @verb("sign_off", lambda self: self._has("baselines"), n=pick, signer=names, client=st.booleans())
    def add_signoff(self, n: int, signer: str, client: bool) -> None:
        latest = self._one("baselines", n, "id in (select max(id) from baselines group by engagement_id)")
        side = "client" if client else "us"
        self._sign_again(lambda page: baseline_ops.add_signoff(self.ctx, latest, signer, side, initiator=page))
