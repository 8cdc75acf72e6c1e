"""The registry of modules loaded by name: complete, every entry present, a missing one an error."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import consultdesk
from consultdesk import registry

PACKAGE = Path(consultdesk.__file__).parent
DYNAMIC_CALLS = {"import_module", "__import__", "find_spec", "import_part", "optional_module"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _loads_by_name(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in DYNAMIC_CALLS:
                return True
    return False


def test_every_module_that_loads_by_name_is_a_registered_loader() -> None:
    loaders = {_module_name(p) for p in PACKAGE.rglob("*.py") if _loads_by_name(p)}
    loaders.discard("consultdesk.registry")
    # a new list of modules loaded by name must be read by the registry, or bundles would lack them
    assert sorted(loaders - set(registry.LOADERS)) == []


def test_every_registered_part_exists() -> None:
    names = registry.loaded_by_name()
    assert registry.missing_parts(names) == []
    # the lists of every kind are really read (a reader that returns nothing would pass the above)
    for expected in ("consultdesk.cli_commands.demo_cmd", "consultdesk.ui.board.tab",
                     "consultdesk.store.migrations_core", "consultdesk.demo.clients",
                     "consultdesk.store.db_check", "consultdesk.export.spec_document",
                     "consultdesk.ui.specs.sections_page",
                     "consultdesk.cli_commands.export_documents"):
        assert expected in names


def test_registry_follows_the_lists_where_parts_are_added(monkeypatch: pytest.MonkeyPatch) -> None:
    from consultdesk import cli
    from consultdesk.ui import tabs

    monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, "consultdesk.cli_commands.newer_cmd"])
    monkeypatch.setattr(tabs, "TABS", [*tabs.TABS, tabs.TabSpec("xTab", "consultdesk.ui.later.tab", "XTab", "X", "x")])
    names = registry.loaded_by_name()
    assert {"consultdesk.cli_commands.newer_cmd", "consultdesk.ui.later.tab"} <= set(names)
    assert registry.missing_parts(names) == ["consultdesk.cli_commands.newer_cmd", "consultdesk.ui.later.tab"]
    with pytest.raises(registry.MissingParts, match="newer_cmd"):
        registry.check_parts()


def test_a_bundle_missing_a_part_refuses_to_start(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from consultdesk import cli, paths

    monkeypatch.setattr(paths, "is_bundle", lambda: True)
    monkeypatch.setattr(paths, "prepare_runtime", lambda: None)
    monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, "consultdesk.cli_commands.gone_cmd"])
    assert cli.main(["list"]) == 2
    err = capsys.readouterr().err
    assert "incomplete" in err and "consultdesk.cli_commands.gone_cmd" in err


def test_bundle_keeps_matplotlib_cache_per_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    from consultdesk import paths

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "temporary-from-the-bootloader"))
    paths.prepare_runtime()
    folder = Path(__import__("os").environ["MPLCONFIGDIR"])
    assert folder.is_dir() and folder.name == "matplotlib" and (tmp_path / "cache") in folder.parents


def test_a_bundle_checks_the_names_it_was_built_with(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from consultdesk import cli, paths

    monkeypatch.setattr(paths, "is_bundle", lambda: True)
    monkeypatch.setattr(paths, "prepare_runtime", lambda: None)
    monkeypatch.setattr(registry, "bundled_names", lambda: ["consultdesk.cli", "consultdesk.demo.left_out"])
    assert cli.main(["list"]) == 2
    assert "consultdesk.demo.left_out" in capsys.readouterr().err


def test_bundled_list_is_read_from_beside_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert registry.bundled_names() is None  # an installed package has no such list
    fake = tmp_path / "registry.py"
    (tmp_path / registry.BUNDLE_LIST).write_text("consultdesk.cli\n\nconsultdesk.demo\n", encoding="utf-8")
    monkeypatch.setattr(registry, "__file__", str(fake))
    assert registry.bundled_names() == ["consultdesk.cli", "consultdesk.demo"]
