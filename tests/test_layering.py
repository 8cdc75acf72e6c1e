"""The house rules of DESIGN.md, enforced: ui never imports store; domain imports neither Qt nor SQLite."""

from __future__ import annotations

import ast
from pathlib import Path

import consultdesk

PACKAGE = Path(consultdesk.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                base = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level])
                names.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.add(node.module)
    return names


def _violations(subpackage: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / subpackage).rglob("*.py")):
        for name in _imports(path):
            if name.startswith(forbidden):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_ui_does_not_touch_storage() -> None:
    assert _violations("ui", ("consultdesk.store", "sqlite_utils", "sqlite3")) == []


def test_domain_is_pure() -> None:
    assert _violations("domain", ("PySide6", "sqlite_utils", "sqlite3", "consultdesk.store", "consultdesk.ui")) == []


def test_only_store_imports_sqlite() -> None:
    outside = []
    for sub in ("ui", "ops", "domain", "export", "cli_commands"):
        outside += _violations(sub, ("sqlite_utils", "sqlite3"))
    assert outside == []


def test_no_module_is_huge() -> None:
    big = [
        f"{p.relative_to(PACKAGE)}: {n} lines"
        for p in PACKAGE.rglob("*.py")
        if "forms" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    ]
    assert big == []
