"""Acceptance: test cases per requirement and their runs (pass / fail / not run, witness, date)."""

from __future__ import annotations

from dataclasses import dataclass

RESULTS = ("not_run", "pass", "fail")


@dataclass(frozen=True)
class TestRun:
    __test__ = False  # not a pytest class

    id: int
    test_case_id: int
    result: str
    witness: str = ""
    run_on: str = ""
    notes: str = ""


@dataclass(frozen=True)
class TestCase:
    __test__ = False

    id: int
    requirement_id: int
    title: str
    steps: str = ""
    expected: str = ""
    position: int = 0
    runs: tuple[TestRun, ...] = ()

    @property
    def latest(self) -> TestRun | None:
        return max(self.runs, key=lambda r: (r.run_on, r.id)) if self.runs else None

    @property
    def result(self) -> str:
        """The result of the latest run; "not_run" when never run."""
        latest = self.latest
        return latest.result if latest else "not_run"


@dataclass(frozen=True)
class Progress:
    total: int = 0
    passed: int = 0
    failed: int = 0

    @property
    def not_run(self) -> int:
        return self.total - self.passed - self.failed

    @property
    def accepted(self) -> bool:
        """Every case of the requirement passed at its latest run."""
        return self.total > 0 and self.passed == self.total


def progress(cases: list[TestCase]) -> Progress:
    results = [c.result for c in cases]
    return Progress(len(results), results.count("pass"), results.count("fail"))
