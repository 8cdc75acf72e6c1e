"""Shared fixtures: every test gets its own temporary workspace; dialogs are scripted, never modal."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# --import-mode=importlib does not put tests/ on the path: the shared helper modules beside the tests need it.
sys.path.insert(0, str(Path(__file__).parent))

import tempfile  # noqa: E402

import pytest  # noqa: E402

# Before any fixture (module-scoped ones run before the per-test isolation below): the user's real
# data, settings and history key are never reachable from a test process or its subprocesses.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="consultdesk-tests-"))
for _name, _sub in (("CONSULTDESK_DATA_DIR", "default-workspace"), ("XDG_DATA_HOME", "xdg-data"),
                    ("XDG_CONFIG_HOME", "xdg-config"), ("XDG_STATE_HOME", "xdg-state"),
                    ("XDG_CACHE_HOME", "xdg-cache"), ("CONSULTDESK_CONFIG_DIR", "consultdesk-config")):
    os.environ[_name] = str(_SESSION_HOME / _sub)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never touch the user's real data dir or settings, even by accident.
    monkeypatch.setenv("CONSULTDESK_DATA_DIR", str(tmp_path / "default-workspace"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # The history key and the issued-heads record live in the config dir: never the user's real one.
    monkeypatch.setenv("CONSULTDESK_CONFIG_DIR", str(tmp_path / "consultdesk-config"))


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that switches the UI to Chinese must not leave the next one translated."""
    yield
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(data_dir: Path):
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def asker():
    from consultdesk.ui.asker import ScriptedAsker

    return ScriptedAsker()


@pytest.fixture
def ctx(qapp, workspace, asker):
    """A headless AppContext on a fresh workspace (ops and models, no main window)."""
    from consultdesk.context import AppContext

    return AppContext(workspace=workspace, asker=asker)


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    from consultdesk.demo import load_demo
    from consultdesk.store.workspace import open_workspace

    ws = open_workspace(data_dir)
    load_demo(ws)
    ws.close()
    return data_dir


@pytest.fixture
def window(qtbot, data_dir: Path, asker):
    """The real main window on a fresh workspace, English UI."""
    from consultdesk.app import open_main_window

    win = open_main_window(data_dir, lang="en", asker=asker)
    qtbot.addWidget(win)
    yield win
    if win.isVisible():
        win.close()


def run_cli(*args: str, data_dir: Path | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process, capturing output (fast; the subprocess path is tested separately)."""
    import contextlib
    import io

    from consultdesk.cli import main

    argv = (["--data-dir", str(data_dir)] if data_dir else []) + list(args)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli():
    return run_cli
