"""Acceptance test cases per requirement with their runs."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.acceptance import TestCase, TestRun
from consultdesk.store.database import Store

_CASE = "t.id, t.requirement_id, t.title, t.steps, t.expected, t.position"


class AcceptanceRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _runs(self, where: str, params: list[Any]) -> dict[int, list[TestRun]]:
        runs: dict[int, list[TestRun]] = {}
        for r in self._store.query(
            f"select u.id, u.test_case_id, u.result, u.witness, u.run_on, u.notes from test_runs u "
            f"join test_cases t on t.id = u.test_case_id {where} order by u.run_on, u.id", params
        ):
            runs.setdefault(r["test_case_id"], []).append(TestRun(**r))
        return runs

    def for_engagement(self, engagement_id: int) -> list[TestCase]:
        """Every test case of the engagement, by requirement code then position."""
        where = "join requirements q on q.id = t.requirement_id where q.engagement_id = ?"
        rows = self._store.query(f"select {_CASE} from test_cases t {where} order by q.seq, t.position, t.id",
                                 [engagement_id])
        runs = self._runs(where, [engagement_id])
        return [TestCase(**r, runs=tuple(runs.get(r["id"], ()))) for r in rows]

    def for_requirement(self, requirement_id: int) -> list[TestCase]:
        rows = self._store.query(f"select {_CASE} from test_cases t where t.requirement_id = ? order by t.position, t.id",
                                 [requirement_id])
        runs = self._runs("where t.requirement_id = ?", [requirement_id])
        return [TestCase(**r, runs=tuple(runs.get(r["id"], ()))) for r in rows]

    def get(self, test_case_id: int) -> TestCase | None:
        rows = self._store.query(f"select {_CASE} from test_cases t where t.id = ?", [test_case_id])
        if not rows:
            return None
        runs = self._runs("where t.id = ?", [test_case_id])
        return TestCase(**rows[0], runs=tuple(runs.get(test_case_id, ())))

    def run(self, run_id: int) -> TestRun | None:
        rows = self._store.query("select id, test_case_id, result, witness, run_on, notes from test_runs where id = ?",
                                 [run_id])
        return TestRun(**rows[0]) if rows else None

    def next_position(self, requirement_id: int) -> int:
        return int(self._store.scalar(
            "select coalesce(max(position), 0) + 1 from test_cases where requirement_id = ?", [requirement_id]))

    def engagement_of_requirement(self, requirement_id: int) -> int | None:
        return self._store.scalar_id("select engagement_id from requirements where id = ?", [requirement_id])
