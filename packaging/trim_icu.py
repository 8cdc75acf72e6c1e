"""Shrink the ICU data library Qt ships on Linux (libicudata, ~31 MB) to what ConsultDesk can use.

Qt links ICU for collation, time zones, converters and locale names, and the data library carries
every locale of the world. The app's languages are English and Chinese, so the locale data of the
other languages, transliteration rules, Unicode character names and the legacy-charset converters is
removed with ICU's own icupkg, and the library is rebuilt with the same name and symbol. The root
locale and every English and Chinese variant stay. (The converters serve only Qt's QStringConverter
by charset name, which the app never uses: it reads .csv files with Python's codecs.)

    python packaging/trim_icu.py BUNDLE_DIR      (needs icupkg from icu-devtools, and gcc)

Skipped, with a note, where the tools are missing or the bundle has no libicudata (Windows, macOS).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)$")
NOT_A_LOCALE = {"res_index"}
KEPT_LANGUAGES = ("en", "zh", "yue")  # Hong Kong Chinese data refers to Cantonese
DROPPED_TREES = ("translit/",)
DROPPED_ITEMS = {"unames.icu"}


def keep(item: str) -> bool:
    if item in DROPPED_ITEMS or item.startswith(DROPPED_TREES) or item.endswith(".cnv"):
        return False
    stem, ext = os.path.splitext(os.path.basename(item))
    if ext != ".res" or stem in NOT_A_LOCALE or not LOCALE.match(stem):
        return True  # shared data: pools, indexes, supplemental data, converters, rules
    language = stem.split("_")[0]
    return stem == "root" or language in KEPT_LANGUAGES


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol holding the data package."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True,
                         check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            return parts[3], _file_offset(library, address), size
    raise RuntimeError(f"no ICU data symbol in {library}")


def _file_offset(library: Path, address: int) -> int:
    out = subprocess.run(["readelf", "-lW", str(library)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "LOAD":
            offset, vaddr, filesz = int(parts[1], 16), int(parts[2], 16), int(parts[4], 16)
            if vaddr <= address < vaddr + filesz:
                return address - vaddr + offset
    raise RuntimeError(f"address {address:#x} not mapped in {library}")


def trim(library: Path) -> tuple[int, int]:
    """Rewrite *library* in place; returns (bytes before, bytes after)."""
    symbol, offset, size = _symbol(library)
    version = re.search(r"\d+", symbol).group()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        # icupkg names the items in a package after its file name: both must be icudtNNl.dat.
        full, small = work / f"icudt{version}l.dat", work / "out" / f"icudt{version}l.dat"
        small.parent.mkdir()
        with library.open("rb") as f:
            f.seek(offset)
            full.write_bytes(f.read(size))
        items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
        dropped = [item for item in items if not keep(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)], check=True,
                       capture_output=True)
        source = work / "data.S"
        source.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
            f'.incbin "{small}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8")
        rebuilt = work / library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(rebuilt),
                        str(source)], check=True)
        before = library.stat().st_size
        shutil.copy2(rebuilt, library)
        return before, library.stat().st_size


def trim_bundle(bundle: Path) -> None:
    libraries = sorted(p for p in bundle.rglob("libicudata.so*") if p.is_file() and not p.is_symlink())
    if not libraries:
        return
    missing = [tool for tool in ("icupkg", "gcc", "nm", "readelf") if shutil.which(tool) is None]
    if missing:
        print(f"(ICU data left whole: {', '.join(missing)} not installed; apt-get install icu-devtools gcc)")
        return
    for library in libraries:
        before, after = trim(library)
        print(f"ICU data {library.name}: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB (English and Chinese)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    trim_bundle(Path(sys.argv[1]))
