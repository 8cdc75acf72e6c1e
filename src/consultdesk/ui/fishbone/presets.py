"""Category presets for the fishbone (6M) and the names a preset recognises as default categories.

Bone names are stored in the language the diagnosis was written in, so a default bone is recognised by
its English name and by its name in every language ConsultDesk ships (a Chinese diagnosis opened in the
English interface keeps its meanings too).
"""

from __future__ import annotations

from functools import cache
from typing import Callable

from PySide6.QtCore import QCoreApplication, QTranslator

from consultdesk.domain.diagnosis import BONE_MEANINGS, DEFAULT_BONES
from consultdesk.paths import resource

# Contexts of the category names: the default bones are named in the tab's context, the 6M names in
# their own (6M's environment is 环 in Chinese, the default bone's is 环境).
_DEFAULT_CONTEXT, _PRESET_CONTEXT = "DiagnosisTab", "FishbonePreset"


def six_m_preset() -> dict[str, str]:
    """Meaning -> 6M category name in the interface language, in the usual order 人机料法环测."""
    return {
        "people": QCoreApplication.translate("FishbonePreset", "Man"),
        "technology": QCoreApplication.translate("FishbonePreset", "Machine"),
        "material": QCoreApplication.translate("FishbonePreset", "Material"),
        "process": QCoreApplication.translate("FishbonePreset", "Method"),
        "environment": QCoreApplication.translate("FishbonePreset", "Environment"),
        "measurement": QCoreApplication.translate("FishbonePreset", "Measurement"),
    }


@cache
def _shipped_translators() -> tuple[QTranslator, ...]:
    translator = QTranslator(QCoreApplication.instance())  # owned by the application, like its own
    return (translator,) if translator.load(str(resource("i18n", "consultdesk_zh_CN.qm"))) else ()


def known_bone_names() -> dict[str, str]:
    """Every default or preset category name (English, the interface language, each shipped language)
    -> its meaning."""
    lookups: list[Callable[[str, str], str | None]] = [QCoreApplication.translate]
    lookups += [t.translate for t in _shipped_translators()]
    known = dict(BONE_MEANINGS)
    for source, meaning in BONE_MEANINGS.items():
        contexts = [_PRESET_CONTEXT] + ([_DEFAULT_CONTEXT] if source in DEFAULT_BONES else [])
        for context in contexts:
            for lookup in lookups:
                name = lookup(context, source)
                if name:
                    known.setdefault(name.strip(), meaning)
    return known
