"""Which changes since a baseline the approved change requests cover, and which requests a version contains.

A change request covers the diff entries of the requirements it links to; a "new requirement" link covers
one added requirement (each added requirement is claimed once). A version *contains* a request only when
at least one of its changes is actually in that version: an approved request whose requirement was never
added or edited brings nothing, so the baseline must not claim it (it stays pending for a later version).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from consultdesk.domain.change_requests import ChangeRequest
from consultdesk.domain.spec_status import FieldChange

EMPTY_CONTENT: dict[str, Any] = {"requirements": [], "sections": {}}


@dataclass(frozen=True)
class Coverage:
    covering: dict[str, str] = field(default_factory=dict)  # code (or "section:<key>") -> "CR-002 (approved)"
    contained: tuple[ChangeRequest, ...] = ()  # candidates with at least one change in the new content


def coverage(candidates: Sequence[ChangeRequest], changed: Iterable[str], added: Sequence[str]) -> Coverage:
    """*candidates*: the approved requests that may cover the diff, in filing order; *changed*: codes of
    requirements edited, added or removed in it; *added*: codes of the added ones, in their order."""
    changed_codes = set(changed)
    unclaimed = list(added)
    covering: dict[str, str] = {}
    contained: list[ChangeRequest] = []
    for cr in candidates:
        present = False
        for link in cr.links:
            if link.is_new:
                if unclaimed:  # one "new requirement" link covers one added requirement
                    covering.setdefault(unclaimed.pop(0), cr.label)
                    present = True
            elif link.code:
                covering.setdefault(link.code, cr.label)
                present = present or link.code in changed_codes
        if present:
            contained.append(cr)
    return Coverage(covering, tuple(contained))


@dataclass(frozen=True)
class PendingVersion:
    """What signing the current specification as the next version would record."""

    version: int
    since: int | None  # the version the changes are counted from (None: the first baseline)
    changes: tuple[FieldChange, ...] = ()
    contained: tuple[ChangeRequest, ...] = ()
    left_out: tuple[ChangeRequest, ...] = ()  # approved, in no baseline, none of their changes present

    @property
    def uncovered(self) -> tuple[FieldChange, ...]:
        """Changes no approved change request covers; the first baseline has nothing to cover."""
        if self.since is None:
            return ()
        return tuple(c for c in self.changes if not c.change_request)
