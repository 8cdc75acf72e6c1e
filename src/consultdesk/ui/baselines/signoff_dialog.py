"""The sign-off form: signer, side, meaning, comment (shown through ctx.asker.run_dialog)."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from consultdesk.domain.baseline import MEANINGS as MEANING_KEYS
from consultdesk.domain.baseline import SIDES as SIDE_KEYS
from consultdesk.ui.baselines.labels import MEANINGS, SIDES, tr
from consultdesk.ui.forms.ui_signoff import Ui_SignOffForm


class SignOffDialog(QDialog):
    def __init__(self, summary: str, warning: str, side: str = "client", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signOffDialog")
        self.setWindowTitle(self.tr("Sign off specification"))
        body = QWidget(self)
        self.form = Ui_SignOffForm()
        self.form.setupUi(body)  # type: ignore[no-untyped-call]  # pyside6-uic writes no annotations
        for key in SIDE_KEYS:
            self.form.signOffSide.addItem(tr(SIDES, key), key)
        for key in MEANING_KEYS:
            self.form.signOffMeaning.addItem(tr(MEANINGS, key), key)
        self.form.signOffSide.setCurrentIndex(self.form.signOffSide.findData(side))
        self.form.signOffSummary.setText(summary)
        self.form.signOffWarning.setText(warning)
        self.form.signOffWarning.setStyleSheet("color: #8a4b00;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.signOffSigner.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self._update_ok()

    def _update_ok(self) -> None:
        # An empty signer is refused by the op too; disabling OK just says so earlier.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.signer()))

    def fill(self, signer: str, side: str = "client", meaning: str = "approved", comment: str = "") -> None:
        """Used by tests and scripted askers."""
        self.form.signOffSigner.setText(signer)
        self.form.signOffSide.setCurrentIndex(self.form.signOffSide.findData(side))
        self.form.signOffMeaning.setCurrentIndex(self.form.signOffMeaning.findData(meaning))
        self.form.signOffComment.setPlainText(comment)

    def signer(self) -> str:
        return self.form.signOffSigner.text().strip()

    def side(self) -> str:
        return cast(str, self.form.signOffSide.currentData())

    def meaning(self) -> str:
        return cast(str, self.form.signOffMeaning.currentData())

    def comment(self) -> str:
        return self.form.signOffComment.toPlainText().strip()
