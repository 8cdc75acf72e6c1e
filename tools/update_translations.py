"""Refresh resources/i18n/consultdesk_zh_CN.ts from the sources and compile the .qm.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --merge resources/i18n/parts/*.json
        also fills translations from JSON files {"Context": {"source text": "译文"}}

The .ts is the single source of translations (edit it with pyside6-linguist or with --merge).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "consultdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / f"pyside6-{name}"
    return str(local) if local.exists() else (shutil.which(f"pyside6-{name}") or f"pyside6-{name}")


def sources() -> list[str]:
    files = [p for p in (ROOT / "src" / "consultdesk").rglob("*.py") if "ui/forms" not in p.as_posix()]
    return [str(p) for p in sorted(files)] + [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]


def lupdate(ts_path: Path) -> None:
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts_path)],
                   check=True, capture_output=True)


def merge(ts_path: Path, json_files: list[Path]) -> int:
    table: dict[tuple[str, str], str] = {}
    for path in json_files:
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, translation in messages.items():
                table[(context, source)] = translation
    # lupdate files texts passed through helpers such as _tr(text) under the context "": any
    # context's translation of the same source serves them (the app's translator falls back to "").
    by_source = {source: translation for (_context, source), translation in table.items()}
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            key = (name, source)
            if not name and source in by_source:
                table[key] = by_source[source]
            if key in table and _is_unfinished(translation):
                if message.get("numerus") == "yes":
                    # Chinese has a single plural form: one <numerusform> holds it.
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    ET.SubElement(translation, "numerusform").text = table[key]
                else:
                    translation.text = table[key]
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def _is_unfinished(translation: ET.Element) -> bool:
    text = "".join(translation.itertext())
    return translation.get("type") == "unfinished" or not text.strip()


def unfinished(ts_path: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if _is_unfinished(translation):
                missing.append((context.findtext("name"), message.findtext("source")))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--merge", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    TS.parent.mkdir(parents=True, exist_ok=True)
    if not TS.exists():
        TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN"></TS>\n',
                      encoding="utf-8")
    lupdate(TS)
    if args.merge:
        print(f"filled {merge(TS, args.merge)} translations")
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    missing = unfinished(TS)
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    print(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
