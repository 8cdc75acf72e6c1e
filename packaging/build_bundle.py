"""Build the desktop bundle for this machine from the *installed* consultdesk package.

    python packaging/build_bundle.py [--dist DIR] [--no-smoke-test]

Run it with the Python of an environment where `pip install ".[dist]"` was done (make dist does).
Output in DIR (default dist/):
  ConsultDesk/                       onedir bundle: ConsultDesk (GUI) + consultdesk-cli (console)
  ConsultDesk-<version>-linux-x86_64.tar.gz   (Linux; with share/ desktop entry, metainfo, icons)
  ConsultDesk.app                    (macOS; the .dmg is made by packaging/macos/make_dmg.sh)
Windows: packaging/windows/consultdesk.iss turns ConsultDesk/ into a per-user installer.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools"))


def installed_consultdesk() -> tuple[str, str]:
    import consultdesk
    from consultdesk.paths import APP_ID

    location = Path(consultdesk.__file__).resolve()
    if location.is_relative_to(ROOT / "src"):
        raise SystemExit("consultdesk is imported from the source tree; run with the Python of an "
                         "environment where it is installed (pip install '.[dist]').")
    return consultdesk.__version__, APP_ID


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def run_pyinstaller(dist: Path, work: Path, icons: Path) -> None:
    env = dict(os.environ, CONSULTDESK_ICON_DIR=str(icons))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / "consultdesk.spec")],
                   check=True, env=env, cwd=HERE)


def strip_symbols(bundle: Path) -> None:
    """Drop symbol tables and debug sections the libraries do not need to run (libpython: ~17 MB).

    Never inside the wheels' *.libs folders: those bundled libraries were rewritten by patchelf, and
    stripping numpy's OpenBLAS (PyInstaller's strip=True does) breaks it on the first chart. The smoke
    test draws a chart with the stripped bundle. --strip-unneeded keeps the dynamic symbols.
    """
    strip = shutil.which("strip")
    if strip is None or sys.platform != "linux":
        return
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or any(p.endswith(".libs") for p in path.parts):
            continue
        if "not stripped" in subprocess.run(["file", "-b", str(path)], capture_output=True, text=True).stdout:
            subprocess.run([strip, "--strip-unneeded", str(path)], check=True)


def copy_licences(bundle: Path) -> None:
    """Every shipped distribution's own licence files into licenses/<name>/ (notices, Help ▸ About)."""
    target = bundle / "licenses"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "LICENSE", target / "ConsultDesk-LICENSE")
    shutil.copy2(ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.md", target / "THIRD-PARTY-NOTICES.md")
    wanted = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name.lower() in {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pip", "setuptools", "pytest",
                            "pytest-qt", "pluggy", "iniconfig", "pygments", "consultdesk"}:
            continue
        files = [f for f in dist.files or [] if wanted.search(f.name) and ".dist-info" in str(f)]
        for file in files:
            source = Path(dist.locate_file(file))
            if source.is_file():
                (target / name).mkdir(exist_ok=True)
                shutil.copy2(source, target / name / source.name)


def add_linux_desktop_files(bundle: Path, icons: Path, version: str, app_id: str) -> None:
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / f"{app_id}.desktop", share / "applications" / f"{app_id}.desktop")
    metainfo = (HERE / "linux" / f"{app_id}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", datetime.date.today().isoformat())
    (share / "metainfo" / f"{app_id}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    for png in sorted((icons / "png").glob("*.png")):
        folder = share / "icons" / "hicolor" / png.stem / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, folder / f"{app_id}.png")
    shutil.copy2(HERE / "linux" / "install-desktop-entry.sh", bundle / "install-desktop-entry.sh")
    # The console twin: identical on Linux, so a link instead of a second copy of the archive.
    cli = bundle / "consultdesk-cli"
    cli.unlink(missing_ok=True)
    cli.symlink_to("ConsultDesk")


def validate_linux_metadata(bundle: Path, app_id: str) -> None:
    checks = [("appstreamcli", ["validate", "--no-net", str(bundle / "share" / "metainfo" / f"{app_id}.metainfo.xml")]),
              ("desktop-file-validate", [str(bundle / "share" / "applications" / f"{app_id}.desktop")])]
    for tool, args in checks:
        exe = shutil.which(tool)
        if exe is None:
            print(f"({tool} not installed: not validated)")
            continue
        result = subprocess.run([exe, *args], capture_output=True, text=True)
        print(result.stdout.strip() or f"{tool}: OK")
        if result.returncode != 0:
            raise SystemExit(f"{tool} rejected the desktop metadata:\n{result.stdout}{result.stderr}")


def make_archive(dist: Path, bundle: Path, version: str) -> Path:
    archive = dist / f"ConsultDesk-{version}-{platform_tag()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=f"ConsultDesk-{version}")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-smoke-test", action="store_true")
    args = parser.parse_args(argv)
    version, app_id = installed_consultdesk()
    from make_icons import make_icons

    icons = args.work / "icons"
    make_icons(icons)
    bundle = args.dist / "ConsultDesk"
    run_pyinstaller(args.dist, args.work / "pyinstaller", icons)
    strip_symbols(bundle)
    from trim_icu import trim_bundle

    trim_bundle(bundle)
    copy_licences(bundle)
    if sys.platform == "darwin":
        copy_licences(args.dist / "ConsultDesk.app" / "Contents" / "Resources")
    if sys.platform == "linux":
        add_linux_desktop_files(bundle, icons, version, app_id)
        validate_linux_metadata(bundle, app_id)
        archive = make_archive(args.dist, bundle, version)
        print(f"Archive: {archive} ({archive.stat().st_size / 2**20:.1f} MB)")
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"Bundle: {bundle} ({size / 2**20:.1f} MB unpacked)")
    if not args.no_smoke_test:
        from smoke_test import smoke_test

        return smoke_test(bundle)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
