"""Packaging files kept in step: one application id, valid desktop metadata, icons, licence, README."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from consultdesk.paths import APP_ID, resource

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(ROOT / "tools"))


def test_one_reverse_dns_application_id_everywhere() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9]+)+\.[A-Za-z0-9]+", APP_ID)
    desktop = PACKAGING / "linux" / f"{APP_ID}.desktop"
    metainfo = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    assert f"Icon={APP_ID}" in desktop.read_text(encoding="utf-8")
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text and f">{APP_ID}.desktop</launchable>" in text
    assert f'#define AppId "{APP_ID}"' in (PACKAGING / "windows" / "consultdesk.iss").read_text(encoding="utf-8")
    assert "AppUserModelID: \"{#AppId}\"" in (PACKAGING / "windows" / "consultdesk.iss").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in (PACKAGING / "consultdesk.spec").read_text(encoding="utf-8")
    assert f"APP_ID={APP_ID}" in (PACKAGING / "linux" / "install-desktop-entry.sh").read_text(encoding="utf-8")


def test_app_sets_the_desktop_file_name(qapp) -> None:
    from PySide6.QtGui import QGuiApplication

    from consultdesk.app import identify_application

    identify_application(qapp)
    assert QGuiApplication.desktopFileName() == APP_ID


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates(tmp_path: Path) -> None:
    source = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    filled = tmp_path / f"{APP_ID}.metainfo.xml"
    filled.write_text(source.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-12-01"), encoding="utf-8")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(filled)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    entry = PACKAGING / "linux" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_icons_from_the_svg(tmp_path: Path, qapp) -> None:
    from make_icons import PNG_SIZES, make_icons
    from PIL import Image

    made = make_icons(tmp_path)
    for size in PNG_SIZES:
        with Image.open(made["png"] / f"{size}x{size}.png") as png:
            assert png.size == (size, size)
            assert png.getpixel((size // 2, size // 2))[3] == 255  # drawn, not an empty canvas
    assert {16, 512} <= set(PNG_SIZES)
    with Image.open(made["ico"]) as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(made["icns"]) as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_bundle_leaves_out_what_is_never_loaded() -> None:
    from bundle_filter import _keep

    keep = [("PySide6/Qt/plugins/platforms/libqxcb.so", "/v/PySide6/Qt/plugins/platforms/libqxcb.so"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/v/x"),
            ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/v/x"),
            ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/v/x"),
            ("numpy.libs/libscipy_openblas64_.so", "/v/numpy.libs/libscipy_openblas64_.so"),
            ("libsqlite3.so.0", "/usr/lib/x86_64-linux-gnu/libsqlite3.so.0")]
    drop = [("PySide6/Qt/plugins/platforms/libqeglfs.so", "/v/x"),
            ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "/v/x"),
            ("PySide6/Qt/plugins/imageformats/libqtiff.so", "/v/x"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/v/x"),
            ("PySide6/Qt/lib/libQt6Network.so.6", "/v/x"),
            ("libGL.so.1", "/usr/lib/x86_64-linux-gnu/libGL.so.1"),
            ("libfontconfig.so.1", "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1"),
            ("matplotlib/mpl-data/sample_data/goog.npz", "/v/x")]
    assert [d for d, s in keep if not _keep(d, s)] == []
    assert [d for d, s in drop if _keep(d, s)] == []


def test_icu_trim_keeps_english_chinese_and_shared_data() -> None:
    from trim_icu import keep

    for item in ("root.res", "en.res", "en_GB.res", "zh.res", "zh_Hans_CN.res", "coll/zh.res", "pool.res",
                 "res_index.res", "coll/ucadata.icu", "cnvalias.icu", "zone/zh_Hant.res", "uts46.nrm",
                 "supplementalData.res", "brkitr/cjdict.dict"):
        assert keep(item), item
    for item in ("de.res", "ja_JP.res", "coll/es_.res", "curr/fr.res", "translit/root.res", "unames.icu",
                 "ibm-37_P100-1995.cnv"):
        assert not keep(item), item


def test_licence_in_repository_wheel_and_package() -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    files = {str(f) for f in importlib.metadata.distribution("consultdesk").files}
    assert any(f.endswith(".dist-info/licenses/LICENSE") for f in files)
    assert resource("licenses", "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "LICENSE" in project["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert project["project"]["license"] == "MIT"


def test_bundler_is_a_dist_extra_not_a_runtime_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.lower().startswith("pyinstaller") for dep in project["optional-dependencies"]["dist"])
    assert not any("pyinstaller" in dep.lower() for dep in project["dependencies"])


def test_make_test_never_builds_the_bundle() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^test:.*?\n((?:\t.*\n)+)", makefile, re.M).group(0)
    assert "tools/run_tests.py" in recipe and not re.search(r"dist|pyinstaller|build_bundle", recipe, re.I)
    runner = (ROOT / "tools" / "run_tests.py").read_text(encoding="utf-8")
    assert '"pytest"' in runner and not re.search(r"pyinstaller|build_bundle", runner, re.I)
    assert re.search(r"^dist:.*\n(\t.*\n)*\t.*build_bundle\.py", makefile, re.M)


def test_readme_install_section_above_unchanged_quick_start() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index("## For users: install") < readme.index("## Quick start")
    first_block = re.search(r"```\n(.*?)```", readme, re.S).group(1)
    assert first_block == ("make run     # install and launch the app (the first run offers a demo workspace)\n"
                           "make test    # install and run the whole test suite\n")
    assert "py -m venv" in readme and "pip install" in readme and "libxcb-cursor0" in readme


def test_release_workflow_builds_and_smoke_tests_three_systems() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in workflow
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "packaging/build_bundle.py" in workflow  # it ends with the smoke test
    assert "consultdesk.iss" in workflow and "make_dmg.sh" in workflow
    actionlint = shutil.which("actionlint")
    if actionlint:
        result = subprocess.run([actionlint, str(ROOT / ".github" / "workflows" / "release.yml")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
