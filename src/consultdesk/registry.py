"""Every module ConsultDesk loads by name, gathered in one place a bundler can see.

Parts stay listed where they are used (one line each: `cli.COMMAND_MODULES`, `ui.tabs.TABS`,
`store.schema.MIGRATION_MODULES`, `demo.DEMO_PARTS`, `integrity.CHECKS`, ...). This module collects
those lists, so a newly added command, tab or migration set is picked up without touching it:

- the PyInstaller spec (packaging/consultdesk.spec) passes `loaded_by_name()` as hidden imports,
  because a module named only in a string is invisible to its import analysis;
- a bundle checks at start (`check_parts`) that every one of them is there, so a part left out of a
  build is an error the smoke test sees, never a menu or document that silently goes missing.

A module that loads others by name must be one of `LOADERS`; tests/test_registry.py fails otherwise.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterable

BUNDLE_LIST = "bundled-parts.txt"

# Module -> how to read the names it loads. Each reader imports only that module.
_Reader = Callable[[], Iterable[str]]


def _cli() -> Iterable[str]:
    from consultdesk import cli

    return cli.COMMAND_MODULES


def _export_commands() -> Iterable[str]:
    from consultdesk.cli_commands import export_cmd

    return export_cmd.HANDLERS.values()


def _tabs() -> Iterable[str]:
    from consultdesk.ui import tabs

    return (spec.module for spec in tabs.TABS)


def _spec_pages() -> Iterable[str]:
    from consultdesk.ui.specs import tab

    return (module for module, _cls, _title in tab.SPEC_PAGES)


def _migrations() -> Iterable[str]:
    from consultdesk.store import schema

    return schema.MIGRATION_MODULES


def _demo() -> Iterable[str]:
    from consultdesk import demo

    return demo.DEMO_PARTS


def _checks() -> Iterable[str]:
    from consultdesk import integrity

    return (ref.partition(":")[0] for ref in integrity.CHECKS)


def _documents() -> Iterable[str]:
    from consultdesk.export import request

    return request.DOCUMENT_BUILDERS.values()


LOADERS: dict[str, _Reader] = {
    "consultdesk.cli": _cli,
    "consultdesk.cli_commands.export_cmd": _export_commands,
    "consultdesk.ui.tabs": _tabs,
    "consultdesk.ui.specs.tab": _spec_pages,
    "consultdesk.store.schema": _migrations,
    "consultdesk.demo": _demo,
    "consultdesk.integrity": _checks,
    "consultdesk.export.request": _documents,
    # These import by a name taken from one of the lists above (no list of their own).
    "consultdesk.cli_commands.export_documents": _documents,
    "consultdesk.ui.specs.export_runner": _documents,
    "consultdesk.ui.followup.export": _documents,
}


class MissingParts(RuntimeError):
    """Parts of the application are missing: an incomplete installation or bundle."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(
            "This ConsultDesk installation is incomplete; missing parts: " + ", ".join(names)
            + ". Reinstall ConsultDesk."
        )
        self.names = names


def loaded_by_name() -> list[str]:
    """Every module imported by name somewhere in the app, sorted, without duplicates."""
    readers = dict.fromkeys(LOADERS.values())
    return sorted({name for reader in readers for name in reader()})


def missing_parts(names: Iterable[str] | None = None) -> list[str]:
    missing = []
    for name in loaded_by_name() if names is None else names:
        try:
            found = importlib.util.find_spec(name) is not None
        except ImportError:  # a parent package is missing too
            found = False
        if not found:
            missing.append(name)
    return missing


def bundled_names() -> list[str] | None:
    """The list the bundle was built with (written by the spec beside the package), None elsewhere.

    Reading the lists themselves imports the tabs and their widgets (~0.6 s): a bundle's start
    checks the names it was built with instead, which only looks each one up.
    """
    path = Path(__file__).with_name(BUNDLE_LIST)
    try:
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError:
        return None


def check_parts(names: Iterable[str] | None = None) -> None:
    """Raise MissingParts naming every registered module (or every one of *names*) not found."""
    missing = missing_parts(names)
    if missing:
        raise MissingParts(missing)


def import_part(name: str) -> ModuleType:
    """Import a registered part; a missing one raises (it is a broken installation, not an option)."""
    return importlib.import_module(name)
