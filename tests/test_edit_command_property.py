"""Property: whatever mix of edits (in random edit sessions), undos and redos one record gets, the stored
value is the model's after every action, and no step of the history leaves the record as it found it.

The model is the merge rule: an edit continues the step below when it is of the same edit session (and
that step is not undone), a step whose edits come back to its first value is dropped, and everything else
is a step of its own. It runs for each kind of record that is typed into: a client, a requirement, a
diagnosis, a specification section (whose first text creates its row) and an evidence record.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultdesk.domain.spec_sections import SectionKey
from consultdesk.ops import clients as client_ops
from consultdesk.ops import diagnosis as diagnosis_ops
from consultdesk.ops import evidence as case_ops
from consultdesk.ops import requirements as req_ops
from consultdesk.ops import specs as spec_ops


@dataclass(frozen=True)
class Kind:
    values: tuple[str, ...]
    create: Callable[[Any, int], int]  # (ctx, engagement) -> the record (or what finds it)
    write: Callable[[Any, int, str, object], object]  # (ctx, record, value, session)
    read: Callable[[Any, int], Any]  # what is stored, as the model compares it
    predict: Callable[[Any, str], Any]  # (stored, value typed) -> what is stored afterwards


def _field(value: Any, typed: str) -> Any:
    return typed


def _section(stored: tuple[bool, str], typed: str) -> tuple[bool, str]:
    exists, _text = stored
    return (True, typed) if exists or typed else stored  # an empty section needs no row


SECTION = SectionKey.BACKGROUND
KINDS = {
    "client": Kind(
        ("a", "b", "c"),
        lambda ctx, e: client_ops.create_client(ctx, "a"),
        lambda ctx, r, v, s: client_ops.update_client(ctx, r, {"name": v}, merge_session=s),
        lambda ctx, r: ctx.repos.clients.get_client(r).name, _field),
    "requirement": Kind(
        ("a", "b", "c"),
        lambda ctx, e: req_ops.create_requirement(ctx, e, "a"),
        lambda ctx, r, v, s: req_ops.update_requirement(ctx, r, {"title": v}, merge_session=s),
        lambda ctx, r: ctx.repos.requirements.get(r).title, _field),
    "diagnosis": Kind(
        ("a", "b", "c"),
        lambda ctx, e: diagnosis_ops.create_diagnosis(ctx, e, "a", ["People"]),
        lambda ctx, r, v, s: diagnosis_ops.update_diagnosis(ctx, r, {"title": v}, session=s),
        lambda ctx, r: ctx.repos.diagnoses.get(r).title, _field),
    "spec section": Kind(
        ("", "a", "b"),
        lambda ctx, e: e,
        lambda ctx, e, v, s: spec_ops.set_section_text(ctx, e, SECTION, v, merge_session=s),
        lambda ctx, e: (ctx.repos.spec_sections.row_id(e, SECTION) is not None,
                        ctx.repos.spec_sections.for_engagement(e).get(SECTION, "")),
        _section),
    "evidence case": Kind(
        ("a", "b", "c"),
        lambda ctx, e: case_ops.create_case(ctx, e, "a"),
        lambda ctx, r, v, s: case_ops.update_case(ctx, r, {"title": v}, merge_session=s),
        lambda ctx, r: ctx.repos.evidence.get_case(r).title, _field),
}

ACTIONS = st.lists(st.one_of(st.just("undo"), st.just("redo"),
                             st.tuples(st.sampled_from([None, 1, 2]), st.integers(0, 2))), max_size=30)


@pytest.mark.parametrize("kind_name", sorted(KINDS))
@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_edits_undo_and_redo_of_one_record_follow_the_merge_rule(ctx, kind_name: str, actions: list) -> None:
    kind = KINDS[kind_name]
    client = client_ops.create_client(ctx, "Northwind")
    record = kind.create(ctx, client_ops.create_engagement(ctx, client, "WMS"))
    history = ctx.history
    history.clear()
    steps: list[list] = []  # the model: [session, stored before, stored after] per undo step
    index, stored = 0, kind.read(ctx, record)
    for action in actions:
        if action == "undo":
            assert history.undo() == (index > 0)
            if index:
                index -= 1
                stored = steps[index][1]
        elif action == "redo":
            assert history.redo() == (index < len(steps))
            if index < len(steps):
                stored = steps[index][2]
                index += 1
        else:
            session, pick = action
            kind.write(ctx, record, kind.values[pick], session)
            after = kind.predict(stored, kind.values[pick])
            if after == stored:
                assert (history.index(), history.count()) == (index, len(steps)), "a no-op is no step"
                continue
            del steps[index:]
            if session is not None and steps and steps[-1][0] == session:
                steps[-1][2] = after
                if steps[-1][1] == after:
                    steps.pop()
            else:
                steps.append([session, stored, after])
            index, stored = len(steps), after
        assert (history.index(), history.count()) == (index, len(steps))
        assert kind.read(ctx, record) == stored
    # Walk the whole history: every step must change what is stored.
    while history.undo():
        pass
    boundaries = [kind.read(ctx, record)]
    while history.redo():
        boundaries.append(kind.read(ctx, record))
    assert len(boundaries) == len(steps) + 1
    assert all(a != b for a, b in itertools.pairwise(boundaries)), f"a step that does nothing: {boundaries}"
    assert boundaries[1:] == [step[2] for step in steps]
