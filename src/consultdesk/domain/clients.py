"""Clients, contacts, engagements."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum


class CounterpartKind(str, Enum):
    DECISION_MAKER = "decision_maker"
    BUSINESS_OWNER = "business_owner"
    TECHNICAL_OWNER = "technical_owner"
    AFFECTED_PARTY = "affected_party"


class Classification(str, Enum):
    FEATURE_OPTIMISATION = "feature_optimisation"
    ARCHITECTURE_REWORK = "architecture_rework"
    NEW_TECHNOLOGY = "new_technology"


class EngagementStatus(str, Enum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


@dataclass(frozen=True)
class Client:
    id: int | None
    name: str
    industry: str = ""
    size: str = ""
    tech_level: str = ""
    background: str = ""
    history: str = ""
    archived_at: str = ""  # set: hidden from pickers and read-only, still checked and restorable


@dataclass(frozen=True)
class Contact:
    id: int | None
    client_id: int
    name: str
    role: str = ""
    kind: CounterpartKind = CounterpartKind.BUSINESS_OWNER
    phone: str = ""
    email: str = ""
    messaging: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Engagement:
    id: int | None
    client_id: int
    title: str
    classification: Classification = Classification.FEATURE_OPTIMISATION
    budget_range: str = ""
    expected_duration: str = ""
    compatibility: str = ""
    status: EngagementStatus = EngagementStatus.ACTIVE
    start_date: str = ""
    end_date: str = ""
    notes: str = ""
    archived_at: str = ""


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


def validate_name(name: str) -> str | None:
    """The reason a client/contact name is refused, or None when it is fine."""
    if not name or not name.strip():
        return "empty"
    return None
