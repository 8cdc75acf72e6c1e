"""Diagnoses, bones, causes and the solution plan: rows <-> domain objects (reads only; writes go through ops)."""

from __future__ import annotations

from typing import Any

from consultdesk.domain.diagnosis import (
    Bone,
    Cause,
    CauseStatus,
    Diagnosis,
    FishboneTree,
    PlanTerm,
    SolutionPhase,
    SolutionTask,
)
from consultdesk.store.database import Store

_DIAGNOSIS_COLS = ", ".join(Diagnosis.__dataclass_fields__)
_BONE_COLS = ", ".join(Bone.__dataclass_fields__)
_CAUSE_COLS = ", ".join(f"c.{name}" for name in Cause.__dataclass_fields__)
_PHASE_COLS = ", ".join(SolutionPhase.__dataclass_fields__)
_TASK_COLS = ", ".join(f"t.{name}" for name in SolutionTask.__dataclass_fields__)


def cause_from_row(row: dict[str, Any]) -> Cause:
    return Cause(
        **{
            **row,
            "status": CauseStatus(row["status"]),
            "is_root": bool(row["is_root"]),
        }
    )


def _task(row: dict[str, Any]) -> SolutionTask:
    return SolutionTask(**{**row, "done": bool(row["done"])})


class DiagnosisRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_engagement(self, engagement_id: int) -> list[Diagnosis]:
        rows = self._store.query(
            f"select {_DIAGNOSIS_COLS} from diagnoses where engagement_id = ? order by id", [engagement_id]
        )
        return [Diagnosis(**r) for r in rows]

    def get(self, diagnosis_id: int) -> Diagnosis | None:
        rows = self._store.query(f"select {_DIAGNOSIS_COLS} from diagnoses where id = ?", [diagnosis_id])
        return Diagnosis(**rows[0]) if rows else None

    def bones(self, diagnosis_id: int) -> list[Bone]:
        rows = self._store.query(
            f"select {_BONE_COLS} from diagnosis_bones where diagnosis_id = ? order by position, id", [diagnosis_id]
        )
        return [Bone(**r) for r in rows]

    def bone(self, bone_id: int) -> Bone | None:
        rows = self._store.query(f"select {_BONE_COLS} from diagnosis_bones where id = ?", [bone_id])
        return Bone(**rows[0]) if rows else None

    def causes(self, diagnosis_id: int) -> list[Cause]:
        rows = self._store.query(
            f"select {_CAUSE_COLS} from diagnosis_causes c join diagnosis_bones b on b.id = c.bone_id"
            " where b.diagnosis_id = ? order by c.position, c.id",
            [diagnosis_id],
        )
        return [cause_from_row(r) for r in rows]

    def cause(self, cause_id: int) -> Cause | None:
        rows = self._store.query(f"select {_CAUSE_COLS} from diagnosis_causes c where c.id = ?", [cause_id])
        return cause_from_row(rows[0]) if rows else None

    def diagnosis_of_bone(self, bone_id: int) -> int | None:
        return self._store.scalar_id("select diagnosis_id from diagnosis_bones where id = ?", [bone_id])

    def diagnosis_of_cause(self, cause_id: int) -> int | None:
        return self._store.scalar_id(
            "select b.diagnosis_id from diagnosis_causes c join diagnosis_bones b on b.id = c.bone_id where c.id = ?",
            [cause_id],
        )

    def tree(self, diagnosis_id: int) -> FishboneTree | None:
        diagnosis = self.get(diagnosis_id)
        if diagnosis is None:
            return None
        return FishboneTree(diagnosis, self.bones(diagnosis_id), self.causes(diagnosis_id))

    def phases(self, diagnosis_id: int) -> list[SolutionPhase]:
        rows = self._store.query(
            f"select {_PHASE_COLS} from solution_phases where diagnosis_id = ?"
            " order by case term when 'short_term' then 0 else 1 end, position, id",
            [diagnosis_id],
        )
        return [SolutionPhase(**{**r, "term": PlanTerm(r["term"])}) for r in rows]

    def phase(self, phase_id: int) -> SolutionPhase | None:
        rows = self._store.query(f"select {_PHASE_COLS} from solution_phases where id = ?", [phase_id])
        return SolutionPhase(**{**rows[0], "term": PlanTerm(rows[0]["term"])}) if rows else None

    def tasks(self, diagnosis_id: int) -> list[SolutionTask]:
        rows = self._store.query(
            f"select {_TASK_COLS} from solution_tasks t join solution_phases p on p.id = t.phase_id"
            " where p.diagnosis_id = ? order by t.phase_id, t.position, t.id",
            [diagnosis_id],
        )
        return [_task(r) for r in rows]

    def task(self, task_id: int) -> SolutionTask | None:
        rows = self._store.query(f"select {_TASK_COLS} from solution_tasks t where t.id = ?", [task_id])
        return _task(rows[0]) if rows else None

    def diagnosis_of_phase(self, phase_id: int) -> int | None:
        return self._store.scalar_id("select diagnosis_id from solution_phases where id = ?", [phase_id])

    def max_position(self, table: str, column: str, owner_id: int | None) -> int:
        """Highest position among siblings (-1 when none); table/column come from code, never from input."""
        assert table in {"diagnosis_bones", "diagnosis_causes", "solution_phases", "solution_tasks"}
        if owner_id is None:
            raise ValueError("owner_id required")
        value = self._store.scalar(f"select max(position) from [{table}] where [{column}] = ?", [owner_id])
        return -1 if value is None else int(value)

    def next_id(self, table: str) -> int:
        """The id the next row of a diagnosis table will get (ops pre-assign ids inside one command)."""
        assert table in {"diagnoses", "diagnosis_bones", "diagnosis_causes", "solution_phases", "solution_tasks"}
        return int(self._store.scalar(f"select coalesce(max(id), 0) + 1 from [{table}]"))
