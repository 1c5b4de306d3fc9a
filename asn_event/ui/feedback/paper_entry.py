"""Paper entry: staff type paper forms with the keyboard alone.

A digit answers a scale question and jumps to the next one; Enter moves on from any question;
Ctrl+Enter (or Enter on the save button) stores the form and starts the next one, empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.feedback import responses
from asn_event.feedback.forms import FormDef
from asn_event.ui.feedback.inputs import QuestionInput, input_style
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import error_text


class PaperEntry(QWidget):
    sig_saved = Signal(int)
    """A paper form was stored (the response id)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDef | None = None
        self.inputs: list[QuestionInput] = []
        self.saved_count = 0
        self._key = responses.new_submission_key()
        self.setStyleSheet(input_style(large=False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        hint = QLabel(
            self.tr("Angka = jawaban skala lalu lanjut · Enter = pertanyaan berikutnya · Ctrl+Enter = simpan")
        )
        hint.setObjectName("muted")
        top.addWidget(hint, 1)
        top.addWidget(QLabel(self.tr("Unit kerja di kertas")))
        self.unit = QComboBox()
        self.unit.setMinimumWidth(200)
        top.addWidget(self.unit)
        layout.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.clear_button = QPushButton(theme.icon("rotate-ccw"), self.tr("Kosongkan"))
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(theme.icon("save", theme.WHITE), self.tr("Simpan formulir kertas"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.save)

    def set_units(self, units: list[tuple[int, str]]) -> None:
        self.unit.clear()
        self.unit.addItem(self.tr("(tidak diisi)"), None)
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)

    def load(self, form: FormDef | None) -> None:
        self.form = form
        self.inputs = []
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setSpacing(6)
        if form is not None:
            number = 0
            for section in form.sections:
                title = QLabel(section.title)
                title.setObjectName("sectionTitle")
                box.addWidget(title)
                for question in section.questions:
                    number += 1
                    widget = QuestionInput(question, number, large=False)
                    widget.sig_next.connect(lambda w=widget: self._next_after(w))
                    self.inputs.append(widget)
                    box.addWidget(widget)
        box.addStretch(1)
        self.scroll.setWidget(inner)
        self.setEnabled(form is not None)
        self.clear()

    def _next_after(self, widget: QuestionInput) -> None:
        index = self.inputs.index(widget)
        if index + 1 < len(self.inputs):
            self._focus(self.inputs[index + 1])
        else:
            self.save_button.setFocus()

    def _focus(self, widget: QuestionInput) -> None:
        self.scroll.ensureWidgetVisible(widget, 0, 40)
        widget.focus_input()

    def clear(self) -> None:
        self._key = responses.new_submission_key()
        for widget in self.inputs:
            widget.clear()
        self.unit.setCurrentIndex(0)
        if self.inputs:
            self._focus(self.inputs[0])

    def _tell(self, text: str, tone: theme.Tone) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {tone.fg}; font-weight: 600;")

    def save(self) -> None:
        if self.form is None or self.form.id is None:
            return
        values = {w.question.id: w.value() for w in self.inputs}
        try:
            result = responses.submit(
                self.ctx.db, self.ctx.clock, self.form.id, values, self._key, source="paper",
                unit_id=self.unit.currentData(),
            )  # fmt: skip
        except (ValueError, DomainError) as error:
            self._tell(error_text(error), theme.DANGER)
            return
        if result.status == responses.SubmitStatus.INVALID:
            problems = {p.question_id: p.message for p in result.problems}
            first = None
            for widget in self.inputs:
                message = problems.get(widget.question.id)
                widget.show_problem(message)
                if message and first is None:
                    first = widget
            self._tell(
                self.tr("%n jawaban perlu diperbaiki; belum tersimpan.", "", len(problems)),
                theme.DANGER,
            )
            if first is not None:
                self._focus(first)
            return
        if result.status == responses.SubmitStatus.SAVED:
            self.saved_count += 1
            if result.response_id is not None:
                self.sig_saved.emit(result.response_id)
        self._tell(
            self.tr("Tersimpan. Formulir kertas sesi ini: {n}. Silakan ketik lembar berikutnya.").format(
                n=self.saved_count
            ),
            theme.SUCCESS,
        )
        self.clear()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.save_button.hasFocus():
            self.save()
            return
        super().keyPressEvent(event)
