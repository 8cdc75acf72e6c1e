"""The one place every finished operation is announced (cf. Anki's operation_did_execute)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """What an operation touched: entity name -> ids. An empty id set means "some/unknown rows"."""

    touched: Mapping[str, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, entity: str, ids: Iterable[int] = ()) -> "Changes":
        return cls({entity: frozenset(ids)})

    def touches(self, *entities: str) -> bool:
        return any(e in self.touched for e in entities)

    def ids(self, entity: str) -> frozenset[int]:
        return self.touched.get(entity, frozenset())

    def __or__(self, other: "Changes") -> "Changes":
        merged = dict(self.touched)
        for entity, ids in other.touched.items():
            merged[entity] = merged.get(entity, frozenset()) | ids
        return Changes(merged)


class ChangeBus(QObject):
    """changed(changes, initiator): views refresh only what they show; the initiator may skip its own echo."""

    changed = Signal(object, object)
    # An undo/redo that could not be applied (e.g. the row vanished); the stored data is unchanged.
    failed = Signal(str)
    # An edit the rules refused ("A contact needs a name."): nothing was stored and the workspace is fine,
    # so the window says it for a while instead of marking the workspace NOT SAVED.
    refused = Signal(str)
