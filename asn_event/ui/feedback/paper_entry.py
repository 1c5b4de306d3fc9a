"""Paper entry: staff type paper forms with the keyboard alone.

First who filled it in: the invitation code (scanned or typed), the NIP, or a name to search
(Enter picks the first hit, arrow keys another); Enter on an empty field enters the sheet without
a name. The person's answer then counts for "Wajib sudah mengisi umpan balik", with the same
one-response rule as the kiosk and the phones. A digit answers a scale question and jumps to the
next one; Enter moves on from any question; Ctrl+Enter (or Enter on the save button) stores the
form and starts the next one, empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asn_event import tokens
from asn_event.checkin.people import PersonHit, find_people
from asn_event.checkin.service import CheckinDesk
from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.feedback import responses
from asn_event.feedback.forms import FormDef
from asn_event.nip import format_nip
from asn_event.ui.feedback.inputs import QuestionInput, input_style
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import code_check_text, error_text


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
        self._code: str | None = None  # the person's invitation code once found; None = no name
        self._desk: CheckinDesk | None = None
        self.setStyleSheet(input_style(large=False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        who_row = QHBoxLayout()
        who_label = QLabel(self.tr("Pengisi"))
        who_label.setObjectName("sectionTitle")
        who_row.addWidget(who_label)
        self.who = QLineEdit()
        self.who.setPlaceholderText(
            self.tr("Pindai atau ketik kode undangan, NIP, atau nama · kosong + Enter = tanpa nama")
        )
        self.who.setAccessibleName(self.tr("Pengisi formulir kertas"))
        self.who.setMaxLength(tokens.MAX_SCAN_CHARS)
        self.who.returnPressed.connect(self.find_person)
        self.who.textEdited.connect(self._who_edited)
        who_label.setBuddy(self.who)
        who_row.addWidget(self.who, 3)
        # Who was found sits beside the field, not on a line of its own: at 910x512 every line above
        # the questions pushed "Simpan formulir kertas" below the fold.
        self.who_state = QLabel()
        self.who_state.setWordWrap(True)
        self.who_state.setTextFormat(Qt.TextFormat.PlainText)  # a name from the roster is never markup
        self.who_state.hide()
        who_row.addWidget(self.who_state, 2)
        layout.addLayout(who_row)
        self.hits = QListWidget()
        self.hits.setMaximumHeight(150)
        self.hits.setAccessibleName(self.tr("Peserta yang cocok"))
        self.hits.itemActivated.connect(self._hit_chosen)
        self.hits.hide()
        layout.addWidget(self.hits)
        top = QHBoxLayout()
        hint = QLabel(
            self.tr("Angka = jawaban skala lalu lanjut · Enter = pertanyaan berikutnya · Ctrl+Enter = simpan")
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)  # one long line pushed "Simpan" off a 910 px wide window
        top.addWidget(hint, 1)
        top.addWidget(QLabel(self.tr("Unit kerja di kertas")))
        self.unit = QComboBox()
        self.unit.setMinimumWidth(200)
        # As wide as a short unit name, not the longest one: the hint beside it then needs two lines, not three.
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(16)
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
        self._set_person(None, "", None)
        self.who.clear()
        self.hits.hide()
        self.who.setFocus()

    # -- who filled in the sheet ---------------------------------------------------------------
    def _set_person(self, code: str | None, text: str, tone: theme.Tone | None) -> None:
        self._code = code
        self.who_state.setText(text)
        self.who_state.setVisible(bool(text))
        self.who_state.setStyleSheet(f"color: {tone.fg}; font-weight: 600;" if tone else "")
        self.unit.setEnabled(code is None)  # a person's unit comes from the roster

    def _who_edited(self) -> None:
        if self._code is not None:
            self._set_person(None, "", None)

    def find_person(self) -> None:
        """Enter in the who field: a code or NIP is checked, a name searched; empty means no name."""
        if self.form is None or self.form.id is None:
            return
        text = self.who.text().strip()
        if self.hits.isVisible() and self.hits.currentItem() is not None:
            self._hit_chosen(self.hits.currentItem())
            return
        if not text:
            self._set_person(None, self.tr("Tanpa nama: jawaban tidak dihitung untuk sertifikat siapa pun."), None)
            self._first_question()
            return
        digits = text.replace(" ", "").replace(".", "")
        if tokens.looks_like_code(text) or (len(digits) == 18 and digits.isdigit()):
            self._check(text)
            return
        try:
            hits = find_people(self._people_desk(), text)
        except DomainError as error:
            self._set_person(None, error_text(error), theme.DANGER)
            return
        self._show_hits(hits)

    def _people_desk(self) -> CheckinDesk:
        assert self.form is not None and self.form.event_id is not None
        if self._desk is None or self._desk.event_id != self.form.event_id:
            self._desk = CheckinDesk(self.ctx.db, self.ctx.clock, self.form.event_id, self.ctx.desk, self.ctx.staff)
        return self._desk

    def _show_hits(self, hits: list[PersonHit]) -> None:
        self.hits.clear()
        if not hits:
            self.hits.hide()
            self._set_person(
                None, self.tr("Tidak ada peserta yang cocok. Periksa ejaan, atau ketik NIP."), theme.WARNING
            )
            return
        for hit in hits:
            item = QListWidgetItem(f"{hit.name} · {hit.unit}" + (f" · {format_nip(hit.nip)}" if hit.nip else ""))
            item.setData(Qt.ItemDataRole.UserRole, hit.registration_id)
            self.hits.addItem(item)
        self.hits.setCurrentRow(0)
        self.hits.show()
        self._set_person(None, self.tr("Pilih orangnya: panah atas/bawah lalu Enter."), None)
        self.hits.setFocus()

    def _hit_chosen(self, item: QListWidgetItem) -> None:
        self.hits.hide()
        try:
            code = responses.code_for(self.ctx.db, item.data(Qt.ItemDataRole.UserRole))
        except DomainError as error:
            self._set_person(None, error_text(error), theme.DANGER)
            return
        self._check(code)

    def _check(self, code: str) -> None:
        assert self.form is not None and self.form.id is not None
        try:
            check = responses.check_start(self.ctx.db, self.form.id, code)
        except DomainError as error:
            self._set_person(None, error_text(error), theme.DANGER)
            return
        if check.status != responses.CodeStatus.READY:
            self._set_person(None, code_check_text(check.status), theme.DANGER)
            self.who.setFocus()
            self.who.selectAll()
            return
        if check.name is not None:
            text = f"\u2714 {check.name} · {check.unit or '-'}"
        else:
            text = "\u2714 " + self.tr("Kode sah. Formulir anonim: nama tidak disimpan.")
        self._set_person(code, text, theme.SUCCESS)
        self._first_question()

    def _first_question(self) -> None:
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
                self.ctx.db, self.ctx.clock, self.form.id, values, self._key, code=self._code,
                source=responses.Channel.PAPER.value, unit_id=self.unit.currentData() if self._code is None else None,
            )  # fmt: skip
        except (ValueError, DomainError) as error:
            self._tell(error_text(error), theme.DANGER)
            return
        if result.status == responses.SubmitStatus.INVALID:
            problems = {p.question_id: error_text(p.error) for p in result.problems}
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
        if result.status in (responses.SubmitStatus.ALREADY, responses.SubmitStatus.BAD_CODE):
            status = result.code_status or responses.CodeStatus.ALREADY
            self._tell(
                self.tr("Belum tersimpan: {reason}").format(reason=code_check_text(status)), theme.DANGER
            )
            self.who.setFocus()
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
        if event.key() == Qt.Key.Key_Escape and self.hits.isVisible():
            self.hits.hide()
            self.who.setFocus()
            return
        super().keyPressEvent(event)
