"""All migration sets, applied in order. Each area owns one sqlite_utils.Migrations set in its own module.

Core comes first because the other sets reference its tables.
"""

from __future__ import annotations

import importlib
from typing import Any

MIGRATION_MODULES = [
    "consultdesk.store.migrations_core",
    "consultdesk.store.migrations_requirements",
    "consultdesk.store.migrations_history",
    "consultdesk.store.migrations_specs",
    "consultdesk.store.migrations_diagnosis",
    "consultdesk.store.migrations_evidence",
    "consultdesk.store.migrations_baselines",
]


def migration_sets() -> list[Any]:
    return [importlib.import_module(name).migrations for name in MIGRATION_MODULES]


def known_migration_names() -> set[tuple[str, str]]:
    known: set[tuple[str, str]] = set()
    for migrations in migration_sets():
        known.update((migrations.name, m.name) for m in migrations._migrations)
    return known


def applied_migration_names(db: Any) -> set[tuple[str, str]]:
    if not db["_sqlite_migrations"].exists():
        return set()
    return {(r["migration_set"], r["name"]) for r in db.query("select migration_set, name from _sqlite_migrations")}


def has_pending(db: Any) -> bool:
    return any(m.pending(db) for m in migration_sets())


def apply_all(db: Any) -> None:
    for migrations in migration_sets():
        migrations.apply(db)
    db.execute(f"PRAGMA user_version={len(known_migration_names())}")
