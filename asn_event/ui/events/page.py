"""The Acara page: create and edit events, copy one as the template for the next session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from asn_event import events as event_service
from asn_event.context import AppContext
from asn_event.events import EventContents, EventDraft, EventInfo, InvalidEvent
from asn_event.ui.events.backup_card import BackupCard, PrivacyCard
from asn_event.ui.events.delete_dialog import DeleteEventDialog
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import at_time, long_date, time_format
from asn_event.ui.shell.errors import field_error_text
from asn_event.ui.shell.page import Page
from asn_event.ui.shell.tasks import run_task, run_with_dialog

NEW = "new"
EDIT = "edit"
COPY = "copy"
STACK_BELOW = 900
"""Below this page width the summary cards go under the form instead of beside it."""


class AcaraPage(Page):
    page_key = "acara"

    sig_event_created = Signal(int)
    """A new event was saved (its id): the window switches to it."""
    sig_backup_requested = Signal()
    """The organizer asked for a backup now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.mode = EDIT
        self.info: EventInfo | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        head, self.title_label, self.subtitle_label = self.header(self.tr("Acara"))
        outer.addWidget(head)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("page")
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        self._columns = columns

        form_card = QFrame()
        form_card.setObjectName("card")
        form_layout = QVBoxLayout(form_card)
        form_layout.setContentsMargins(20, 16, 20, 16)
        self.form_title = QLabel()
        self.form_title.setObjectName("sectionTitle")
        form_layout.addWidget(self.form_title)

        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(12)

        self.title_edit = self._line(form, "title", self.tr("Judul acara"), 300)
        self.theme_edit = self._line(form, "theme", self.tr("Tema"), 500)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self._add(form, "date", self.tr("Tanggal"), self.date_edit)
        times = QWidget()
        times_row = QHBoxLayout(times)
        times_row.setContentsMargins(0, 0, 0, 0)
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat(time_format())
        self.end_edit = QTimeEdit()
        self.end_edit.setDisplayFormat(time_format())
        for edit in (self.start_edit, self.end_edit):
            edit.setMinimumWidth(96)
        self.has_end = QCheckBox(self.tr("sampai"))
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        times_row.addWidget(self.start_edit)
        times_row.addWidget(self.has_end)
        times_row.addWidget(self.end_edit)
        times_row.addWidget(QLabel("WIB"))
        times_row.addStretch(1)
        self._add(form, "start_time", self.tr("Jam mulai"), times)
        self.fields["end_time"] = self.end_edit
        self.venue_edit = self._line(form, "venue", self.tr("Tempat"), 300)
        self.city_edit = self._line(form, "city", self.tr("Kota (tempat tanda tangan)"), 100)
        self.organizer_edit = self._line(form, "organizer", self.tr("Penyelenggara"), 300)
        self.jp_spin = QSpinBox()
        self.jp_spin.setRange(0, event_service.MAX_JP)
        self.jp_spin.setSuffix(" JP")
        self.jp_spin.setMaximumWidth(120)

        self._add(form, "jp_hours", self.tr("Jam pelajaran"), self.jp_spin)
        self.signer_name_edit = self._line(form, "signer_name", self.tr("Nama penandatangan"), 200)
        self.signer_title_edit = self._line(form, "signer_title", self.tr("Jabatan penandatangan"), 300)
        self.signer_nip_edit = self._line(form, "signer_nip", self.tr("NIP penandatangan"), 24)
        self.signer_nip_edit.setPlaceholderText("19680411 199303 1 009")
        self.code_edit = self._line(form, "code", self.tr("Kode acara"), 40)
        self.code_edit.setPlaceholderText(self.tr("dibuat otomatis, mis. SINAR-20251117"))
        form_layout.addLayout(form)

        self.form_error = QLabel()
        self.form_error.setObjectName("errorText")
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        buttons = QHBoxLayout()
        self.save_button = QPushButton(theme.icon("save", theme.WHITE), self.tr("Simpan"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form_layout.addStretch(1)  # the side column may be the taller one: the form stays at the top
        columns.addWidget(form_card, 3)

        side = QVBoxLayout()
        side.setSpacing(12)
        summary = QFrame()
        summary_layout = theme.card_layout(summary, self.tr("Ringkasan"))
        self.summary_grid = QGridLayout()
        self.summary_labels: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(
            (
                ("when", self.tr("Waktu")),
                ("registered", self.tr("Terdaftar")),
                ("checked_in", self.tr("Hadir")),
                ("jp", self.tr("JP")),
            )
        ):
            name = QLabel(label)
            name.setObjectName("muted")
            value = QLabel("–")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.summary_grid.addWidget(value, row, 1)
            self.summary_labels[key] = value
        self.summary_grid.setColumnStretch(1, 1)
        summary_layout.addLayout(self.summary_grid)
        side.addWidget(summary)

        actions = QFrame()
        actions_layout = theme.card_layout(actions, self.tr("Acara lain"))
        self.new_button = QPushButton(theme.icon("plus"), self.tr("Acara baru"))
        self.new_button.clicked.connect(self.start_new)
        self.copy_button = QPushButton(theme.icon("copy"), self.tr("Salin untuk sesi berikutnya"))
        self.copy_button.setToolTip(
            self.tr("Agenda, formulir umpan balik dan desain sertifikat ikut disalin; peserta tidak.")
        )
        self.copy_button.clicked.connect(self.start_copy)
        actions_layout.addWidget(self.new_button)
        actions_layout.addWidget(self.copy_button)
        hint = QLabel(self.tr("Salinan memakai agenda, formulir dan sertifikat acara ini, tanpa peserta."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        actions_layout.addWidget(hint)
        self.delete_button = QPushButton(theme.icon("trash-2"), self.tr("Hapus acara ini…"))
        self.delete_button.setProperty("danger", True)
        self.delete_button.setToolTip(
            self.tr(
                "Untuk acara uji: menghapus acara beserta pendaftaran, pindaian, agenda, umpan balik dan sertifikatnya."
            )
        )
        self.delete_button.clicked.connect(lambda: self.delete_event())
        actions_layout.addWidget(self.delete_button)
        self.delete_dialog: DeleteEventDialog | None = None
        side.addWidget(actions)

        kiosk = QFrame()
        kiosk_layout = theme.card_layout(kiosk, self.tr("PIN kios"))
        self.pin_state = QLabel()
        self.pin_state.setWordWrap(True)
        kiosk_layout.addWidget(self.pin_state)
        self.pin_button = QPushButton(theme.icon("key-round"), self.tr("Atur PIN kios…"))
        self.pin_button.setToolTip(
            self.tr("PIN panitia untuk keluar dari kios check-in mandiri dan kios umpan balik.")
        )
        self.pin_button.clicked.connect(self.set_kiosk_pin)
        kiosk_layout.addWidget(self.pin_button)
        side.addWidget(kiosk)

        self.backup_card = BackupCard(ctx)
        self.backup_card.sig_status.connect(self.sig_status)
        self.backup_card.sig_backup_requested.connect(self.sig_backup_requested)
        self.backup_card.sig_database_replaced.connect(self.sig_events_changed)
        side.addWidget(self.backup_card)
        self.privacy_card = PrivacyCard(ctx, self.backup_card.pin_allows)
        self.privacy_card.sig_status.connect(self.sig_status)
        self.privacy_card.sig_purged.connect(self.sig_events_changed)
        side.addWidget(self.privacy_card)
        side.addStretch(1)
        columns.addLayout(side, 2)
        # "Simpan" (and what stops it) below the scrolling form, always in sight: at 910x512 it was cut
        # off under the form.
        outer.addWidget(self.form_error)
        outer.addLayout(buttons)

        self._show_mode()

    # -- building ---------------------------------------------------------------------------
    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("errorText")
        error.hide()
        column.addWidget(error)
        form.addRow(label, holder)
        self.fields[key] = widget
        self.errors[key] = error

    def _line(self, form: QFormLayout, key: str, label: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.textEdited.connect(lambda _text, k=key: self._clear_error(k))
        self._add(form, key, label, edit)
        return edit

    # -- state --------------------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.mode = EDIT if event_id is not None else NEW
        self.reload()
        self.privacy_card.set_event(event_id)

    def page_shown(self) -> None:
        if self.mode == EDIT:
            self.reload()

    def reload(self) -> None:
        if self.event_id is None:
            self._reloaded(None, None)
            return
        db, event_id, typed = self.ctx.db, self.event_id, self.read_draft()

        def arrived(info: event_service.EventInfo) -> None:
            # A server answers late: what the organizer typed meanwhile is kept, never overwritten.
            self._reloaded(info, None if self.read_draft() == typed else typed)

        def failed(message: str) -> None:
            self._show_form_error(message)
            self._reloaded(None, None)

        self.tasks.run("event", lambda: event_service.get_event(db, event_id), arrived, failed)

    def _reloaded(self, info: event_service.EventInfo | None, typed: EventDraft | None) -> None:
        self.info = info
        if typed is not None:
            self._show_summary()
            self._show_mode()
            return
        if self.info is None:
            self.mode = NEW
        self._fill(self._draft_for_mode())
        self._show_summary()
        self._show_mode()

    def _draft_for_mode(self) -> EventDraft:
        if self.mode == EDIT and self.info is not None:
            return event_service.draft_of(self.info)
        if self.mode == COPY and self.info is not None:
            draft = event_service.draft_of(self.info)
            draft.code = ""
            draft.date = None
            return draft
        return EventDraft(title="", date=None)

    def _show_mode(self) -> None:
        titles = {
            NEW: self.tr("Acara baru"),
            EDIT: self.tr("Data acara"),
            COPY: self.tr("Sesi berikutnya (salinan)"),
        }
        self.form_title.setText(titles[self.mode])
        self.cancel_button.setVisible(self.mode != EDIT and self.info is not None)
        self.copy_button.setEnabled(self.info is not None)
        self.delete_button.setEnabled(self.info is not None)
        if self.info is not None:
            self.subtitle_label.setText(f"{self.info.title} · {long_date(self.info.date)}")
        else:
            self.subtitle_label.setText(
                self.tr("Belum ada acara. Isi formulir di bawah untuk membuat acara.")
            )

    def _show_summary(self) -> None:
        info = self.info
        self.pin_button.setEnabled(info is not None)
        if info is None or not info.has_kiosk_pin:
            self.pin_state.setText(
                self.tr(
                    "Belum ada PIN. Tanpa PIN, kios hanya bisa ditutup dengan pintasan petugas Ctrl+Shift+K."
                )
            )
        else:
            self.pin_state.setText(self.tr("PIN sudah diatur. Hanya hash-nya yang disimpan."))
        if info is None:
            for label in self.summary_labels.values():
                label.setText("–")
            return
        self.summary_labels["when"].setText(
            f"{long_date(info.date)}\n{at_time(info.start_time)}\n{info.venue}"
        )
        self.summary_labels["registered"].setText(self.tr("%n orang", "", info.registered))
        self.summary_labels["checked_in"].setText(self.tr("%n orang", "", info.checked_in))
        self.summary_labels["jp"].setText(f"{info.jp_hours} JP")

    def _fill(self, draft: EventDraft) -> None:
        self._clear_errors()
        self.title_edit.setText(draft.title)
        self.theme_edit.setText(draft.theme)
        when = draft.date or date.today()
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        start = draft.start_time
        self.start_edit.setTime(QTime(start.hour, start.minute) if start else QTime(9, 0))
        self.has_end.setChecked(draft.end_time is not None)
        self.end_edit.setEnabled(draft.end_time is not None)
        end = draft.end_time
        self.end_edit.setTime(QTime(end.hour, end.minute) if end else QTime(12, 0))
        self.venue_edit.setText(draft.venue)
        self.city_edit.setText(draft.city)
        self.organizer_edit.setText(draft.organizer)
        self.jp_spin.setValue(draft.jp_hours)
        self.signer_name_edit.setText(draft.signer_name)
        self.signer_title_edit.setText(draft.signer_title)
        self.signer_nip_edit.setText(draft.signer_nip)
        self.code_edit.setText(draft.code)
        for edit in self.fields.values():
            if isinstance(edit, QLineEdit):
                edit.setCursorPosition(0)  # long titles show their beginning

    def read_draft(self) -> EventDraft:
        return EventDraft(
            title=self.title_edit.text(),
            theme=self.theme_edit.text(),
            date=self.date_edit.date().toPython(),
            start_time=self.start_edit.time().toPython(),
            end_time=self.end_edit.time().toPython() if self.has_end.isChecked() else None,
            venue=self.venue_edit.text(),
            city=self.city_edit.text(),
            organizer=self.organizer_edit.text(),
            jp_hours=self.jp_spin.value(),
            signer_name=self.signer_name_edit.text(),
            signer_title=self.signer_title_edit.text(),
            signer_nip=self.signer_nip_edit.text(),
            code=self.code_edit.text(),
        )

    # -- actions ------------------------------------------------------------------------------
    def start_new(self) -> None:
        self.mode = NEW
        self._fill(EventDraft())
        self._show_mode()
        self.title_edit.setFocus()

    def start_copy(self) -> None:
        if self.info is None:
            return
        self.mode = COPY
        self._fill(self._draft_for_mode())
        self._show_mode()
        self.date_edit.setFocus()

    def set_kiosk_pin(self) -> None:
        if self.info is None:
            return
        from asn_event.ui.checkin.dialogs import ask_kiosk_pin

        if ask_kiosk_pin(self, self.ctx, self.info.id):
            self.sig_status.emit(self.tr("PIN kios disimpan."))
            self.reload()

    def delete_event(self, *, pin: str | None = None) -> None:
        """Count what the event holds (off the GUI thread), then ask; ``pin``: the organizer PIN
        checked without asking (tests)."""
        if self.info is None:
            return
        event_id = self.info.id
        run_task(
            lambda _progress: event_service.event_contents(self.ctx.db, event_id),
            on_done=lambda contents: self._ask_delete(contents, pin),
            on_failed=lambda message: QMessageBox.warning(self, self.tr("Hapus acara"), message),
            owner=self,
        )

    def _ask_delete(self, contents: EventContents, pin: str | None) -> None:
        if contents.event_id != self.event_id:
            return  # another event was chosen meanwhile
        self.delete_dialog = DeleteEventDialog(contents, backed_up=self.ctx.db.is_sqlite, parent=self)
        self.delete_dialog.accepted.connect(lambda: self._delete_confirmed(contents, pin))
        self.delete_dialog.open()

    def _delete_confirmed(self, contents: EventContents, pin: str | None) -> None:
        title = self.tr("Hapus acara")
        force = self.delete_dialog.force if self.delete_dialog is not None else False
        if not self.backup_card.pin_allows(title, pin, [contents.event_id]):
            return
        run_with_dialog(
            self,
            self.tr("Membuat cadangan dan menghapus acara…"),
            lambda _progress: event_service.delete_event(self.ctx.db, contents.event_id, force=force),
            on_done=self._event_deleted,
            on_failed=lambda message: QMessageBox.warning(self, title, message),
        )

    def _event_deleted(self, removed: EventContents) -> None:
        self.sig_status.emit(self.tr("Acara %1 dihapus.").replace("%1", removed.title))
        self.sig_events_changed.emit()  # the window's switcher moves to another event

    def cancel_edit(self) -> None:
        self.mode = EDIT
        self.reload()

    def save(self) -> None:
        draft = self.read_draft()
        self._clear_errors()
        db, clock = self.ctx.db, self.ctx.clock
        if self.mode == EDIT and self.info is not None:
            event_id = self.info.id
            store = lambda: event_service.update_event(db, clock, event_id, draft)  # noqa: E731
            said = self.tr("Data acara disimpan.")
        elif self.mode == COPY and self.info is not None:
            event_id = self.info.id
            store = lambda: event_service.copy_as_template(db, clock, event_id, draft)  # noqa: E731
            said = self.tr("Sesi berikutnya dibuat dari salinan acara.")
        else:
            store = lambda: event_service.create_event(db, clock, draft)  # noqa: E731
            said = self.tr("Acara baru dibuat.")

        def attempt() -> event_service.EventInfo | InvalidEvent:
            try:
                return store()
            except InvalidEvent as exc:
                return exc

        self.save_button.setEnabled(False)
        self.tasks.write(
            attempt,
            lambda outcome: self._saved(outcome, said),
            lambda message: self._not_saved(message),
        )

    def _not_saved(self, message: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Tidak tersimpan"), message)

    def _saved(self, outcome: event_service.EventInfo | InvalidEvent, said: str) -> None:
        self.save_button.setEnabled(True)
        if isinstance(outcome, InvalidEvent):
            for error in outcome.errors:
                self._show_field_error(error.field, field_error_text(error))
            return
        saved = outcome
        self.sig_status.emit(said)
        self.mode = EDIT
        self.sig_events_changed.emit()
        if saved.id != self.event_id:
            self.sig_event_created.emit(saved.id)
        else:
            self.reload()

    # -- errors -------------------------------------------------------------------------------
    def _show_field_error(self, key: str, message: str) -> None:
        label = self.errors.get(key)
        widget = self.fields.get(key)
        if label is None:
            self._show_form_error(message)
            return
        label.setText(message)
        label.show()
        if isinstance(widget, QLineEdit):
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus()

    def _show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.show()

    def _clear_error(self, key: str) -> None:
        label = self.errors.get(key)
        if label is not None:
            label.hide()
        widget = self.fields.get(key)
        if isinstance(widget, QLineEdit) and widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _clear_errors(self) -> None:
        for key in self.errors:
            self._clear_error(key)
        self.form_error.hide()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """A narrow page (910 px at 150 %) puts the summary below the form instead of squeezing it."""
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < STACK_BELOW
            else QBoxLayout.Direction.LeftToRight
        )
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
