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
    "consultdesk.store.migrations_integrity",
    "consultdesk.store.migrations_followup",
    # Last: the search index reads every other set's tables (a set added later is picked up by
    # search_ddl.is_current / rebuild on open, wherever it is listed).
    "consultdesk.store.migrations_search",
]


# How many migrations this release knows (tests/test_migrations.py keeps it equal to the sets below).
# A workspace whose user_version and migration log both say this is opened without importing the
# migration sets (and sqlite_utils with them): the common case, and a faster start.
SCHEMA_VERSION = 14


def is_current(conn: Any) -> bool:
    """True when every migration of this release is applied and none unknown (cheap, raw SQL)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    logged = conn.execute(
        "select count(*) from sqlite_master where type = 'table' and name = '_sqlite_migrations'"
    ).fetchone()[0]
    return bool(logged) and conn.execute("select count(*) from _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION


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
