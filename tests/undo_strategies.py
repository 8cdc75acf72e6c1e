"""Strategies and the verb marker shared by the undo state machine and its rule sets."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable

from hypothesis import strategies as st

# Which existing row a verb works on: its index modulo the number of rows (so it shrinks to the first).
pick = st.integers(min_value=0, max_value=10_000)
# A typing session (one focus of a field); edits of one session merge into one undo step.
session = st.sampled_from([None, 1, 2])
# Blank names and titles are in the mix on purpose: a refused operation must change nothing.
names = st.sampled_from(["Acme", "华为咨询", "Zeta GmbH", "O'Brien & Co", "", "   "])
texts = st.sampled_from(["", "Short", "较长的说明文字", "line one\nline two", "Ünïcode ✓"])
titles = st.sampled_from(["Login", "报表导出", "Faster search", "", "Audit trail"])
scores = st.integers(min_value=1, max_value=5)
dates = st.sampled_from(["", "2026-03-31", "2026-12-01", "31/12/2026"])
FILE_CONTENTS = (b"date,amount\n2026-01-01,1250\n", b"rule: round half up\n", b"\x00\x01binary\xff", b"")


def typed(text: str, merge_session: object) -> list[str]:
    """What a field holds while someone types *text* in one session: the edits that merge into one step."""
    if merge_session is None or len(text) < 2:
        return [text]
    return [text[: len(text) // 2], text]


@dataclass(frozen=True)
class Verb:
    """One thing a user can do: a method of the machine, when it applies, and how to draw its arguments."""

    name: str
    family: str
    run: Callable[..., None]
    when: Callable[[Any], bool] | None
    strategies: dict[str, st.SearchStrategy]
    weight: int

    def __repr__(self) -> str:
        return self.name


def verb(
    family: str, when: Callable[[Any], bool] | None, weight: int = 1, **strategies: st.SearchStrategy
) -> Callable:
    """Mark a machine method as a verb of *family*, applicable when *when(machine)* holds (None: always).

    The machine has one hypothesis rule that draws a verb, then its arguments: with a rule per verb,
    hypothesis's swarm testing would switch whole areas off in most examples of a short run."""

    def mark(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def run(self: Any, **kwargs: Any) -> None:
            self.clean = False  # until the verb and its checks are done (teardown checks only clean runs)
            self.family = family
            fn(self, **kwargs)
            self._check_side_effects()
            self.clean = True

        run.verb = Verb(fn.__name__, family, run, when, strategies, weight)  # type: ignore[attr-defined]
        return run

    return mark
