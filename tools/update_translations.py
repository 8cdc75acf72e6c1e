"""Refresh resources/i18n/consultdesk_zh_CN.ts from the sources and compile the .qm.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --merge resources/i18n/parts/*.json
        also fills translations from JSON files {"Context": {"source text": "译文"}}

The .ts is what the app ships (compiled to .qm); the parts files are where each area keeps its texts.
A parts text is matched by its exact (context, source): a text lupdate did not extract is listed as
"not in the sources" (see docs/architecture.md, "Translations").
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
    before = messages(ts_path) if ts_path.exists() else {}
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts_path)],
                   check=True, capture_output=True)
    mark_plurals(ts_path, before)


def mark_plurals(ts_path: Path, before: dict[tuple[str, str], str]) -> None:
    """Make every message with a %n count a plural (numerus) message, keeping its translation.

    lupdate's Python parser flags a plural only for self.tr(text, "", n) or a count written as a number;
    QCoreApplication.translate(context, text, "", count) with a variable count is extracted as a plain
    message (and its plural translation from the last run is dropped), so it could not have forms per count."""
    tree = ET.parse(ts_path)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source or message.get("numerus") == "yes":
                continue
            translation = message.find("translation")
            assert translation is not None
            kept = before.get((context.findtext("name") or "", source), "")
            text = translation.text if translation.text and translation.text.strip() else kept
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
            message.set("numerus", "yes")
            if text and translation.get("type") == "unfinished":
                translation.attrib.pop("type")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def parts(json_files: list[Path]) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from the parts files; a later file wins."""
    table: dict[tuple[str, str], str] = {}
    for path in json_files:
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, translation in messages.items():
                table[(context, source)] = translation
    return table


def merge(ts_path: Path, json_files: list[Path]) -> int:
    """Set the .ts messages the parts files hold, by exact (context, source): the parts are the source of
    the translations they name (a changed translation replaces the old one), the .ts keeps the rest."""
    table = parts(json_files)
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            assert translation is not None
            if key in table and (_is_unfinished(translation) or "".join(translation.itertext()).strip() != table[key]):
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


def not_in_sources(ts_path: Path, json_files: list[Path]) -> list[tuple[str, str]]:
    """Parts texts lupdate did not extract: a text the code no longer has, a context that differs from the
    code's, or a call lupdate cannot see (a helper instead of a literal translate call)."""
    extracted = set(messages(ts_path))
    return sorted(key for key in parts(json_files) if key not in extracted)


def messages(ts_path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation ("" when unfinished); plural texts from <numerusform>."""
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = "" if _is_unfinished(translation) else "".join(translation.itertext()).strip()
            out[(context.findtext("name") or "", message.findtext("source") or "")] = text
    return out


def _is_unfinished(translation: ET.Element) -> bool:
    text = "".join(translation.itertext())
    return translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip()


def unfinished(ts_path: Path) -> list[tuple[str, str]]:
    return [key for key, text in messages(ts_path).items() if not text]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--merge", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    TS.parent.mkdir(parents=True, exist_ok=True)
    if not TS.exists():
        TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN"></TS>\n',
                      encoding="utf-8")
    lupdate(TS)
    stray: list[tuple[str, str]] = []
    if args.merge:
        print(f"filled {merge(TS, args.merge)} translations")
        stray = not_in_sources(TS, args.merge)
        for context, source in stray:
            print(f"not in the sources: [{context}] {source}")
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    missing = unfinished(TS)
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    print(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated")
    return 1 if missing or stray else 0


if __name__ == "__main__":
    raise SystemExit(main())
