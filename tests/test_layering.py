"""The house rules (docs/architecture.md), enforced: ui never imports store; nothing below ui imports ui;
domain imports neither Qt nor SQLite; only store touches SQLite."""

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


def test_the_check_sees_an_import() -> None:
    # The rules above pass on an empty answer: make sure the scan itself finds imports.
    assert "consultdesk.render.fishbone_image" in _imports(PACKAGE / "export" / "diagnosis_document.py")


def test_domain_is_pure() -> None:
    assert _violations("domain", ("PySide6", "sqlite_utils", "sqlite3", "consultdesk.store", "consultdesk.ui")) == []


BELOW_UI = ("domain", "store", "ops", "export", "transfer", "cli_commands", "render", "demo")


def test_nothing_below_ui_imports_ui() -> None:
    found = []
    for sub in BELOW_UI:
        found += _violations(sub, ("consultdesk.ui",))
    for path in PACKAGE.glob("*.py"):  # cli.py, integrity.py …: app.py is the one that builds the UI
        # app.py and launcher.py build the UI; registry.py reads every list of parts (the tabs' too)
        if path.name not in ("app.py", "launcher.py", "registry.py", "__main__.py"):
            found += [f"{path.name} imports {n}" for n in _imports(path) if n.startswith("consultdesk.ui")]
    assert found == []


def test_only_store_imports_sqlite() -> None:
    outside = []
    for sub in ("ui", "ops", "domain", "export", "transfer", "cli_commands", "render"):
        outside += _violations(sub, ("sqlite_utils", "sqlite3"))
    assert outside == []


def test_no_module_is_huge() -> None:
    big = [
        f"{p.relative_to(PACKAGE)}: {n} lines"
        for p in PACKAGE.rglob("*.py")
        if "forms" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    ]
    assert big == []
