"""Document export panel: language, company template (remembered), one button per document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultdesk.context import AppContext
from consultdesk.ui.specs.export_runner import KINDS, ExportRunner

LANGUAGES = (("en", "English"), ("zh_CN", "中文（简体）"))  # shown in their own language
LANG_KEY, TEMPLATE_KEY = "documents/language", "documents/template"
BUTTON_NAMES = {"spec": "exportSpecButton", "summary": "exportSummaryButton",
                "diagnosis": "exportDiagnosisButton", "dispute": "exportDisputeButton"}


class ExportPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._memory: dict[str, str] = {}  # settings stand-in when the context has no QSettings (tests)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("documentLanguage")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._initial_language()), 0))
        self.language_combo.activated.connect(lambda _i: self._store(LANG_KEY, self.language()))
        self.template_label = QLabel(self)
        self.template_label.setObjectName("templateLabel")
        self.template_label.setWordWrap(True)
        self.choose_template_button = QPushButton(self)
        self.choose_template_button.setObjectName("chooseTemplateButton")
        self.choose_template_button.clicked.connect(self.choose_template)
        self.default_template_button = QPushButton(self)
        self.default_template_button.setObjectName("defaultTemplateButton")
        self.default_template_button.clicked.connect(lambda: self.set_template(None))
        self.runner = ExportRunner(ctx, self, lambda: (self.language(), self.effective_template()))
        self.buttons: dict[str, QPushButton] = {}
        self.form = QFormLayout()
        self.language_caption = QLabel(self)
        self.template_caption = QLabel(self)
        self.form.addRow(self.language_caption, self.language_combo)
        self.form.addRow(self.template_caption, self.template_label)
        template_buttons = QHBoxLayout()
        template_buttons.addWidget(self.choose_template_button)
        template_buttons.addWidget(self.default_template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(template_buttons)
        from consultdesk.export.pdf import converter

        self.pdf_converter = converter()  # found once: LibreOffice or Word, or None
        self.pdf_check = QCheckBox(self)
        self.pdf_check.setObjectName("exportPdfCheck")
        self.pdf_check.setEnabled(self.pdf_converter is not None)
        self.pdf_note = QLabel(self)
        self.pdf_note.setObjectName("pdfNote")
        self.pdf_note.setWordWrap(True)
        self.runner.pdf_wanted = lambda: self.pdf_check.isEnabled() and self.pdf_check.isChecked()
        layout.addWidget(self.pdf_check)
        layout.addWidget(self.pdf_note)
        layout.addSpacing(8)
        for kind in KINDS:
            button = QPushButton(self)
            button.setObjectName(BUTTON_NAMES[kind.key])
            button.clicked.connect(lambda _=False, key=kind.key: self.runner.export(key))
            layout.addWidget(button)
            self.buttons[kind.key] = button
        layout.addStretch(1)
        self.retranslate()

    # -- options ------------------------------------------------------------------------------------
    def language(self) -> str:
        return self.language_combo.currentData() or "en"

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(code), 0))
        self._store(LANG_KEY, self.language())

    def template(self) -> Path | None:
        value = self._value(TEMPLATE_KEY)
        return Path(value) if value else None

    def effective_template(self) -> Path | None:
        """The remembered template if it still exists; a moved/deleted one falls back to the default."""
        template = self.template()
        return template if template is not None and template.is_file() else None

    def set_template(self, path: Path | None) -> None:
        self._store(TEMPLATE_KEY, str(path) if path else "")
        self._show_template()

    def choose_template(self) -> None:
        path = self.ctx.asker.open_file(self, self.tr("Company template"), self.tr("Word documents (*.docx *.dotx)"))
        if path:
            self.set_template(Path(path))

    def _initial_language(self) -> str:
        remembered = self._value(LANG_KEY)
        if remembered:
            return remembered
        # The UI language is the default document language (i18n sets the default QLocale).
        return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"

    def _show_template(self) -> None:
        template = self.template()
        if template is None:
            self.template_label.setText(self.tr("Default template"))
        elif template.is_file():
            self.template_label.setText(template.name)
        else:
            self.template_label.setText(self.tr("{name} (missing: the default is used)").format(name=template.name))
        self.template_label.setToolTip(str(template) if template else "")
        self.default_template_button.setEnabled(template is not None)

    def _value(self, key: str) -> str:
        if self.ctx.settings is not None:
            value = self.ctx.settings.value(key)
            return str(value) if value else ""
        return self._memory.get(key, "")

    def _store(self, key: str, value: str) -> None:
        if self.ctx.settings is not None:
            self.ctx.settings.setValue(key, value)
        else:
            self._memory[key] = value

    # -- language -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Documents"))
        self.language_caption.setText(self.tr("Language:"))
        self.template_caption.setText(self.tr("Template:"))
        self.choose_template_button.setText(self.tr("Choose template…"))
        self.default_template_button.setText(self.tr("Use default"))
        titles = {"spec": self.tr("Requirements Specification…"), "summary": self.tr("Requirement summary…"),
                  "diagnosis": self.tr("Diagnosis report…"), "dispute": self.tr("Dispute minutes…")}
        for key, button in self.buttons.items():
            button.setText(titles[key])
        self.pdf_check.setText(self.tr("Also export as PDF"))
        if self.pdf_converter is None:
            from consultdesk.export.pdf import unavailable_text

            self.pdf_note.setText(unavailable_text())
        else:
            self.pdf_note.setText(self.tr("PDF made with {tool}.").format(
                tool="LibreOffice" if self.pdf_converter == "libreoffice" else "Microsoft Word"))
        self._show_template()
