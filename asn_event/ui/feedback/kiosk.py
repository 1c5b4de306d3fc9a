"""The feedback kiosk: a full-screen window participants fill in themselves, one section per screen.

Start (scan the invitation code, or start anonymously) -> sections -> thank-you -> a fresh form.
Nothing is stored until the last section is sent, so closing mid-form leaves no half response.
Leaving needs the organizer PIN (Esc); the staff shortcut (KIOSK_STAFF_SHORTCUT, Ctrl+Shift+K) leaves
only when no PIN is set, and asks for the PIN otherwise. Enter in an answer moves on to the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.feedback import responses
from asn_event.feedback.forms import FormDef
from asn_event.feedback.validation import check_answers
from asn_event.kiosk_pin import verify_pin
from asn_event.ui.checkin.dialogs import KIOSK_STAFF_SHORTCUT
from asn_event.ui.feedback.inputs import QuestionInput, input_style
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import code_check_text, error_text

STAFF_SHORTCUT = KIOSK_STAFF_SHORTCUT
THANKS_SECONDS = 8
IDLE_SECONDS = 180  # a form left half-filled goes back to the start (nothing stored)


@dataclass(frozen=True, slots=True)
class KioskSetup:
    """What the kiosk shows, read by the page before opening it."""

    form: FormDef
    event_title: str
    pin_hash: str | None


KIOSK_STYLE = f"""
QWidget#kiosk {{ background: {theme.SURFACE}; }}
QLabel#kioskTitle {{ font-size: 30pt; font-weight: 700; color: {theme.PRIMARY}; }}
QLabel#kioskSub {{ font-size: 16pt; color: {theme.MUTED}; }}
QLabel#kioskSection {{ font-size: 22pt; font-weight: 700; color: {theme.PRIMARY}; }}
QLabel#kioskMessage {{ font-size: 16pt; font-weight: 600; border-radius: 8px; padding: 14px; }}
QLabel#kioskThanks {{ font-size: 44pt; font-weight: 700; color: {theme.SUCCESS.fg}; }}
QLineEdit#kioskScan {{ font-size: 20pt; min-height: 56px; }}
QPushButton#kioskButton {{ font-size: 17pt; min-height: 64px; min-width: 200px; padding: 8px 28px; }}
QScrollArea {{ border: none; background: transparent; }}
""" + input_style(large=True)


class FeedbackKioskWindow(QWidget):
    sig_submitted = Signal(int)
    """A response was stored (its id)."""
    sig_left = Signal()
    """The kiosk was closed by staff."""

    def __init__(self, ctx: AppContext, setup: KioskSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup = setup
        self.form = setup.form
        assert self.form.id is not None
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Kios Umpan Balik"))
        self.setStyleSheet(KIOSK_STYLE)
        self._may_close = False
        self._code: str | None = None
        self._key = responses.new_submission_key()
        self._section = 0
        self.inputs: list[list[QuestionInput]] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.stack.addWidget(self._build_start())
        self.section_pages = QStackedWidget()
        self.stack.addWidget(self._build_sections())
        self.stack.addWidget(self._build_thanks())

        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_SECONDS * 1000)
        self.thanks_timer.timeout.connect(self.reset)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_SECONDS * 1000)
        self.idle_timer.timeout.connect(self.abandoned)
        for section, inputs in enumerate(self.inputs):
            for index, widget in enumerate(inputs):
                widget.sig_changed.connect(self.idle_timer.start)
                widget.sig_next.connect(lambda s=section, i=index: self.next_question(s, i))
        QShortcut(QKeySequence(STAFF_SHORTCUT), self, activated=self.staff_shortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.ask_pin)
        self.reset()

    # -- screens -------------------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        title = QLabel(self.form.title)
        title.setObjectName("kioskTitle")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        event = QLabel(self.setup.event_title)
        event.setObjectName("kioskSub")
        event.setWordWrap(True)
        event.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.form.intro)
        intro.setObjectName("kioskSub")
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (title, event, intro):
            box.addWidget(widget)
        box.addSpacing(24)
        if self.form.anonymous:
            how = self.tr("Jawaban Anda anonim. Pindai kode QR undangan Anda, atau tekan Mulai.")
        else:
            how = self.tr("Pindai kode QR pada undangan Anda untuk mulai mengisi.")
        hint = QLabel(how)
        hint.setObjectName("kioskSub")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.scan = QLineEdit()
        self.scan.setObjectName("kioskScan")
        self.scan.setPlaceholderText(self.tr("Pindai kode di sini"))
        self.scan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan.returnPressed.connect(self.scanned)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.scan, 3)
        row.addStretch(1)
        box.addLayout(row)
        self.start_message = QLabel()
        self.start_message.setObjectName("kioskMessage")
        self.start_message.setWordWrap(True)
        self.start_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_message.hide()
        box.addWidget(self.start_message)
        if self.form.anonymous:
            start = QPushButton(self.tr("Mulai tanpa kode"))
            start.setObjectName("kioskButton")
            start.setProperty("primary", True)
            start.clicked.connect(lambda: self.begin(None))
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(start)
            buttons.addStretch(1)
            box.addLayout(buttons)
        box.addStretch(2)
        return page

    def _build_sections(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(12)
        self.greeting = QLabel()
        self.greeting.setObjectName("kioskSub")
        box.addWidget(self.greeting)
        self.section_title = QLabel()
        self.section_title.setObjectName("kioskSection")
        self.section_title.setWordWrap(True)
        box.addWidget(self.section_title)
        number = 0
        for section in self.form.sections:
            inputs = []
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            inner = QWidget()
            inner_box = QVBoxLayout(inner)
            inner_box.setSpacing(14)
            for question in section.questions:
                number += 1
                widget = QuestionInput(question, number, large=True)
                inputs.append(widget)
                inner_box.addWidget(widget)
            inner_box.addStretch(1)
            scroll.setWidget(inner)
            self.section_pages.addWidget(scroll)
            self.inputs.append(inputs)
        box.addWidget(self.section_pages, 1)
        self.section_message = QLabel()
        self.section_message.setObjectName("kioskMessage")
        self.section_message.setWordWrap(True)
        self.section_message.hide()
        box.addWidget(self.section_message)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Kembali"))
        self.back_button.setObjectName("kioskButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("kioskButton")
        self.next_button.setProperty("primary", True)
        self.next_button.setAutoDefault(True)  # Enter on the focused button presses it
        self.next_button.clicked.connect(self.forward)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        box.addLayout(bar)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        icon = QLabel()
        icon.setPixmap(theme.icon_pixmap("circle-check", theme.SUCCESS.fg, 120))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks = QLabel(self.tr("Terima kasih!"))
        thanks.setObjectName("kioskThanks")
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text = QLabel()
        self.thanks_text.setObjectName("kioskSub")
        self.thanks_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text.setWordWrap(True)
        done = QPushButton(self.tr("Selesai"))
        done.setObjectName("kioskButton")
        done.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(done)
        row.addStretch(1)
        for widget in (icon, thanks, self.thanks_text):
            box.addWidget(widget)
        box.addSpacing(24)
        box.addLayout(row)
        box.addStretch(2)
        return page

    # -- flow ----------------------------------------------------------------------------------
    def _tell(self, label: QLabel, text: str, tone: theme.Tone | None) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if tone is not None:
            label.setStyleSheet(f"color: {tone.fg}; background: {tone.bg};")

    def reset(self) -> None:
        """A fresh, empty form for the next person."""
        self.thanks_timer.stop()
        self.idle_timer.stop()
        self._code = None
        self._key = responses.new_submission_key()
        for inputs in self.inputs:
            for widget in inputs:
                widget.clear()
        self.scan.clear()
        self._tell(self.start_message, "", None)
        self.stack.setCurrentIndex(0)
        self.scan.setFocus()

    def scanned(self) -> None:
        raw = self.scan.text().strip()
        self.scan.clear()
        if not raw:
            return
        try:
            check = responses.check_start(self.ctx.db, self.form.id, raw)  # type: ignore[arg-type]
        except DomainError as error:
            self._tell(self.start_message, error_text(error), theme.DANGER)
            return
        if check.status == responses.CodeStatus.READY:
            self.begin(raw, check.name)
            return
        tone = theme.WARNING if check.status == responses.CodeStatus.ALREADY else theme.DANGER
        self._tell(self.start_message, code_check_text(check.status), tone)

    def begin(self, code: str | None, name: str | None = None) -> None:
        self._code = code
        self._key = responses.new_submission_key()
        if name:
            self.greeting.setText(self.tr("Halo, {name} · terima kasih sudah hadir.").format(name=name))
        else:
            self.greeting.setText(self.tr("Jawaban Anda anonim.") if self.form.anonymous else "")
        self.show_section(0)
        self.stack.setCurrentIndex(1)

    def show_section(self, index: int) -> None:
        self._section = index
        count = len(self.form.sections)
        section = self.form.sections[index]
        self.section_title.setText(
            self.tr("Bagian {n} dari {total} · {title}").format(n=index + 1, total=count, title=section.title)
        )
        self.section_pages.setCurrentIndex(index)
        self.back_button.setVisible(index > 0)
        self.next_button.setEnabled(True)
        last = index == count - 1
        self.next_button.setText(self.tr("Kirim jawaban") if last else self.tr("Lanjut ›"))
        self._tell(self.section_message, "", None)
        self.idle_timer.start()
        if self.inputs[index]:
            self.inputs[index][0].focus_input()

    def abandoned(self) -> None:
        """Nobody touched the half-filled form for a while: start over so the next person sees no answers."""
        if self.stack.currentIndex() != 1:
            return
        self.reset()
        self._tell(
            self.start_message,
            self.tr("Formulir sebelumnya ditinggal tanpa dikirim dan tidak disimpan. Silakan mulai lagi."),
            theme.WARNING,
        )

    def back(self) -> None:
        if self._section > 0:
            self.show_section(self._section - 1)

    def _section_ok(self, index: int) -> bool:
        widgets = self.inputs[index]
        values = {w.question.id: w.value() for w in widgets}
        _, problems = check_answers([w.question for w in widgets], values)
        by_id = {p.question_id: error_text(p.error) for p in problems}
        first = None
        for widget in widgets:
            message = by_id.get(widget.question.id)
            widget.show_problem(message)
            if message and first is None:
                first = widget
        if first is not None:
            scroll = self.section_pages.widget(index)
            assert isinstance(scroll, QScrollArea)
            scroll.ensureWidgetVisible(first)
            first.focus_input()
            self._tell(
                self.section_message,
                self.tr("Ada %n jawaban yang perlu dilengkapi. Lihat tanda merah.", "", len(problems)),
                theme.DANGER,
            )
            return False
        return True

    def forward(self) -> None:
        if not self._section_ok(self._section):
            return
        if self._section < len(self.form.sections) - 1:
            self.show_section(self._section + 1)
            return
        self.submit()

    def submit(self) -> None:
        self.next_button.setEnabled(False)  # a double tap sends once; the key guards the rest
        values = {w.question.id: w.value() for inputs in self.inputs for w in inputs}
        try:
            result = responses.submit(
                self.ctx.db,
                self.ctx.clock,
                self.form.id,
                values,
                self._key,
                code=self._code,  # type: ignore[arg-type]
            )
        except (ValueError, OSError, DomainError) as error:
            self.next_button.setEnabled(True)
            self._tell(self.section_message, error_text(error), theme.DANGER)
            return
        status = result.status
        if status in (responses.SubmitStatus.SAVED, responses.SubmitStatus.REPEATED):
            if status == responses.SubmitStatus.SAVED and result.response_id is not None:
                self.sig_submitted.emit(result.response_id)
            self.thanks_text.setText(self.tr("Jawaban Anda tersimpan. Layar siap untuk peserta berikutnya."))
            self.stack.setCurrentIndex(2)
            self.idle_timer.stop()
            self.thanks_timer.start()
            return
        self.next_button.setEnabled(True)
        if status == responses.SubmitStatus.INVALID:
            message = error_text(result.problems[0].error) if result.problems else ""
            self._tell(self.section_message, message, theme.DANGER)
        else:  # already answered, or the code went bad meanwhile
            code_status = result.code_status or responses.CodeStatus.ALREADY
            self.reset()
            self._tell(self.start_message, code_check_text(code_status), theme.WARNING)

    def next_question(self, section: int, index: int) -> None:
        """Enter in an answer: on to the next question of the section, or to the next section."""
        if section != self._section or self.stack.currentIndex() != 1:
            return
        inputs = self.inputs[section]
        if index + 1 < len(inputs):
            following = inputs[index + 1]
            following.focus_input()
            scroll = self.section_pages.widget(section)
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(following)
        else:
            self.next_button.setFocus()  # one more Enter (or a tap) sends the section on

    # -- leaving -------------------------------------------------------------------------------
    def staff_shortcut(self) -> None:
        """Ctrl+Shift+K: leaves at once only when no PIN is set; with a PIN, the PIN is the only way out."""
        if self.setup.pin_hash:
            self.ask_pin()
        else:
            self.leave()

    def ask_pin(self) -> None:
        if not self.setup.pin_hash:
            QMessageBox.information(
                self,
                self.tr("Keluar dari kios"),
                self.tr("PIN panitia belum diatur. Petugas dapat keluar dengan {keys}.").format(
                    keys=STAFF_SHORTCUT
                ),
            )
            return
        pin, ok = QInputDialog.getText(
            self, self.tr("Keluar dari kios"), self.tr("PIN panitia:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        if verify_pin(pin, self.setup.pin_hash):
            self.leave()
        else:
            QMessageBox.warning(self, self.tr("Keluar dari kios"), self.tr("PIN salah. Kios tetap terbuka."))

    def leave(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            return
        self.thanks_timer.stop()
        self.idle_timer.stop()
        self.sig_left.emit()
        super().closeEvent(event)
