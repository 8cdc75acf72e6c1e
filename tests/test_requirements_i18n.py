"""Import problems are translatable: every template has a zh_CN text with the same {placeholders}."""

from __future__ import annotations

import json
import re
from pathlib import Path

PARTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "parts"


def _parts() -> dict[str, dict[str, str]]:
    """Every area's Chinese texts, merged by context (import/export texts live in import.json)."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(PARTS_DIR.glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(messages)
    return merged


def test_every_problem_template_has_a_chinese_text_with_the_same_placeholders() -> None:
    from consultdesk.ui.board.import_texts import TEMPLATES

    table = _parts()["ImportProblems"]
    names = lambda text: sorted(re.findall(r"\{(\w+)\}", text))  # noqa: E731
    missing = [t for t in TEMPLATES if t not in table]
    assert missing == []
    assert [t for t in TEMPLATES if names(t) != names(table[t])] == []


def test_every_form_and_field_label_is_translated() -> None:
    import xml.etree.ElementTree as ET

    from consultdesk.ui.board.field_labels import FIELD_LABELS

    parts = _parts()
    form = Path(__file__).resolve().parent.parent / "forms" / "requirement_editor.ui"
    texts = {s.text for s in ET.parse(form).iter("string") if s.get("notr") != "true"}
    assert sorted(texts - parts["RequirementEditorForm"].keys()) == []
    assert sorted(set(FIELD_LABELS.values()) - parts["RequirementFields"].keys()) == []
