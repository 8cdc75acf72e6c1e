"""Import problems are translatable: every template has a zh_CN text with the same {placeholders}."""

from __future__ import annotations

import json
import re
from pathlib import Path

PARTS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "parts" / "requirements.json"


def test_every_problem_template_has_a_chinese_text_with_the_same_placeholders() -> None:
    from consultdesk.ui.board.import_texts import TEMPLATES

    table = json.loads(PARTS.read_text(encoding="utf-8"))["ImportProblems"]
    names = lambda text: sorted(re.findall(r"\{(\w+)\}", text))  # noqa: E731
    missing = [t for t in TEMPLATES if t not in table]
    assert missing == []
    assert [t for t in TEMPLATES if names(t) != names(table[t])] == []


def test_every_form_and_field_label_is_translated() -> None:
    import xml.etree.ElementTree as ET

    from consultdesk.ui.board.field_labels import FIELD_LABELS

    parts = json.loads(PARTS.read_text(encoding="utf-8"))
    form = Path(__file__).resolve().parent.parent / "forms" / "requirement_editor.ui"
    texts = {s.text for s in ET.parse(form).iter("string") if s.get("notr") != "true"}
    assert sorted(texts - parts["RequirementEditorForm"].keys()) == []
    assert sorted(set(FIELD_LABELS.values()) - parts["RequirementFields"].keys()) == []
