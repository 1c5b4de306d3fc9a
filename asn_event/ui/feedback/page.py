"""The Umpan Balik page: results, the form editor, paper entry, and the kiosk for participants."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asn_event import events as event_service
from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.events import EventInfo
from asn_event.feedback import responses, service
from asn_event.feedback.forms import FormDef
from asn_event.feedback.service import FormInfo
from asn_event.ui.feedback.editor import FormEditor
from asn_event.ui.feedback.kiosk import FeedbackKioskWindow, KioskSetup
from asn_event.ui.feedback.paper_entry import PaperEntry
from asn_event.ui.feedback.phone import PhoneFormDialog
from asn_event.ui.feedback.results import ResultsView, percent
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import long_date
from asn_event.ui.shell.errors import error_text
from asn_event.ui.shell.fit import CompactButton, ScrollingTabs
from asn_event.ui.shell.output import confirm_output
from asn_event.ui.shell.page import Page
from asn_event.ui.shell.tasks import run_task

COUNTS_EVERY_MS = 3000  # the live counts line; two small counting queries on the read connection


class UmpanBalikPage(Page):
    page_key = "umpan-balik"

    sig_stage_qr = Signal(object)
    """Show a StageQr (the phone form's address) on the stage display, or None to take it off."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form_id: int | None = None
        self._keep_editor = False
        self._results_running = False  # a summary is being made on the task pool
        self._results_again = False  # ... and another was asked for meanwhile
        self.kiosk: FeedbackKioskWindow | None = None
        self.phone: PhoneFormDialog | None = None
        self._export_task = None
        self._paper_form: FormDef | None = None
        self._paper_stale = False  # the paper tab still shows an earlier form than _paper_form
        self._loading = 0  # the newest background load of the event's forms; older ones are dropped
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        head, self.title_label, self.subtitle = self.header(self.tr("Umpan Balik"))
        layout.addWidget(head)

        bar = QHBoxLayout()
        self.form_pick = QComboBox()
        self.form_pick.setMinimumWidth(180)
        self.form_pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form_pick.setMinimumContentsLength(18)
        self.form_pick.setAccessibleName(self.tr("Formulir"))
        self.form_pick.currentIndexChanged.connect(self._form_picked)
        bar.addWidget(self.form_pick, 1)
        self.default_button = CompactButton(theme.icon("plus"), self.tr("Bawaan"))
        self.default_button.setToolTip(self.tr("Tambah formulir bawaan Evaluasi Coaching Ber-AKHLAK"))
        self.default_button.clicked.connect(self.add_default)
        self.copy_button = CompactButton(theme.icon("copy"), self.tr("Salin…"))
        self.copy_button.setToolTip(self.tr("Salin formulir dari acara lain"))
        self.copy_button.clicked.connect(self.copy_from_other)
        bar.addStretch(0)
        bar.addWidget(self.default_button)
        bar.addWidget(self.copy_button)
        self.export_button = CompactButton(theme.icon("download"), self.tr("Ekspor…"))
        self.export_button.clicked.connect(self.export)
        self.kiosk_button = QPushButton(theme.icon("monitor", theme.WHITE), self.tr("Buka kios"))
        self.kiosk_button.setProperty("primary", True)
        self.kiosk_button.clicked.connect(self.open_kiosk)
        self.phone_button = QPushButton(theme.icon("qr-code"), self.tr("Buka formulir untuk ponsel"))
        self.phone_button.setToolTip(
            self.tr("Sajikan formulir di jaringan tempat acara; peserta mengisi dari ponsel lewat kode QR")
        )
        self.phone_button.clicked.connect(self.open_phone_form)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        # The second row: responses by channel, beside the two channels participants use themselves.
        channels = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("muted")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Respons per saluran"))
        channels.addWidget(self.counts, 1)
        channels.addWidget(self.phone_button)
        channels.addWidget(self.kiosk_button)
        layout.addLayout(channels)
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_EVERY_MS)
        self.counts_timer.timeout.connect(self.refresh_counts)

        # Each tab scrolls by itself: the paper entry no longer widens the page past "Buka kios".
        self.tabs = ScrollingTabs()
        self.results = ResultsView()
        self.editor = FormEditor(ctx)
        self.editor.sig_saved.connect(self._form_saved)
        self.paper = PaperEntry(ctx)
        self.paper.sig_saved.connect(lambda _id: self.refresh_results())
        self.tabs.addTab(self.results, theme.icon("chart-bar"), self.tr("Hasil"))
        self.tabs.addTab(self.editor, theme.icon("pencil"), self.tr("Formulir"))
        self.tabs.addTab(self.paper, theme.icon("clipboard-list"), self.tr("Entri kertas"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.empty = QLabel()
        self.empty.setObjectName("placeholderText")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    # -- loading -------------------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.form_id = None
        self._reload_in_background()

    def page_shown(self) -> None:
        if not self._results_running:  # one on its way (the event was just set) is fresh enough
            self.refresh_results()
        self.counts_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.counts_timer.stop()
        super().hideEvent(event)

    def refresh_counts(self) -> None:
        """Responses so far by channel against attendance, e.g. "kios 12 · kertas 3 · ponsel 40"."""
        if self.form_id is None:
            self.counts.setText("")
            return
        db, form_id = self.ctx.db, self.form_id
        self.tasks.run(
            "counts",
            lambda: responses.channel_counts(db, form_id),
            lambda counts: self._show_counts(form_id, counts),
            lambda message: self.counts.setText(message) if form_id == self.form_id else None,
        )

    def _show_counts(self, form_id: int, counts: responses.ChannelCounts) -> None:
        if form_id != self.form_id:
            return  # another form is shown now
        Channel = responses.Channel
        text = self.tr("Respons: kios {kiosk} · kertas {paper} · ponsel {phone} = {total} dari {attended} hadir").format(
            kiosk=counts.of(Channel.KIOSK), paper=counts.of(Channel.PAPER), phone=counts.of(Channel.PHONE),
            total=counts.total, attended=counts.attended,
        )  # fmt: skip
        if counts.attended:
            text += f" ({percent(counts.total / counts.attended)})"
        if self.phone is not None and self.phone.server is not None:
            text += " · " + self.tr("formulir ponsel aktif di {url}").format(url=self.phone.server.url)
        self.counts.setText(text)

    def _status(self, text: str) -> None:
        self.sig_status.emit(text)

    def _fail(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Umpan Balik"), error_text(error))

    def reload(self, keep_editor: bool = False) -> None:
        """Read the event's forms and show them (after an action of the user's on this page)."""
        ctx, event_id, form_id = self.ctx, self.event_id, self.form_id
        self.tasks.run(
            "forms", lambda: _load(ctx, event_id, form_id), lambda loaded: self._reloaded(loaded, keep_editor)
        )

    def _reloaded(self, loaded: _Loaded, keep_editor: bool) -> None:
        self._keep_editor = keep_editor
        try:
            self._show_loaded(loaded)
        finally:
            self._keep_editor = False

    def _reload_in_background(self) -> None:
        """Read the event's forms on the task pool (a new event): the page opens at once."""
        self._loading += 1
        ticket, ctx, event_id, form_id = self._loading, self.ctx, self.event_id, self.form_id
        for widget in (self.default_button, self.copy_button, self.form_pick):
            widget.setEnabled(False)
        run_task(
            lambda _progress: _load(ctx, event_id, form_id),
            on_done=lambda loaded: self._loaded_arrived(ticket, loaded),
            on_failed=lambda message: self._loaded_arrived(ticket, None, message),
            owner=self,
        )

    def _loaded_arrived(self, ticket: int, loaded: _Loaded | None, failure: str = "") -> None:
        if ticket != self._loading:
            return  # another event was chosen meanwhile; its own load is on its way
        if loaded is None:
            self._status(failure)
            return
        self._show_loaded(loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        has_event = loaded.event is not None
        for widget in (self.default_button, self.copy_button, self.form_pick):
            widget.setEnabled(has_event)
        if loaded.event is not None:
            self.subtitle.setText(f"{loaded.event.title} · {long_date(loaded.event.date)}")
            self.paper.set_units(list(loaded.units))
        else:
            self.subtitle.setText(self.tr("Belum ada acara. Buat acara di halaman Acara."))
        self.form_pick.blockSignals(True)
        self.form_pick.clear()
        for f in loaded.forms:
            state = self.tr("aktif") if f.active else self.tr("nonaktif")
            text = self.tr("{title} · %n respons · {state}", "", f.responses).format(
                title=f.title, state=state
            )
            self.form_pick.addItem(text, f.id)
        if loaded.form is not None:
            self.form_pick.setCurrentIndex(self.form_pick.findData(loaded.form.id))
        self.form_pick.blockSignals(False)
        self._show_form(loaded.form.id if loaded.form is not None else None, loaded.form)

    def _form_saved(self, form: object) -> None:
        """The editor stored the form: refresh the list, paper entry and results, keep the editor."""
        self.reload(keep_editor=True)

    def _form_picked(self) -> None:
        form_id, db = self.form_pick.currentData(), self.ctx.db
        if form_id is None:
            self._show_form(None)
            return
        self.tasks.run(
            "form",
            lambda: service.load_form(db, form_id),
            lambda form: self._show_form(form_id, form) if self.form_pick.currentData() == form_id else None,
        )

    def _show_form(self, form_id: int | None, form: FormDef | None = None) -> None:
        """Show form ``form_id``; ``form`` is that form when the caller has read it already."""
        self.form_id = form_id
        has_form = form_id is not None
        self.body.setCurrentWidget(self.tabs if has_form else self.empty)
        for widget in (self.export_button, self.kiosk_button, self.phone_button, self.form_pick, self.counts):
            widget.setVisible(has_form)
        self.empty.setText(
            self.tr(
                "Belum ada formulir umpan balik untuk acara ini. Tekan \u201cBawaan\u201d untuk formulir "
                "Evaluasi Coaching Ber-AKHLAK, atau salin formulir dari acara lain."
            )
        )
        if not self._keep_editor:
            self.editor.load(form)
        # The paper sheet's inputs (one widget per question) are built when its tab is first shown.
        self._paper_form = form
        self._paper_stale = self.tabs.currentWidget() is not self.paper
        if not self._paper_stale:
            self.paper.load(form)
        self.refresh_results()

    def refresh_results(self) -> None:
        """Summarise the answers on the task pool (100,000 responses take seconds); while one
        summary is being made, further requests make one more after it, not one each."""
        if self.form_id is None:
            self.results.show_summary(None)
            return
        if self._results_running:
            self._results_again = True
            return
        self._results_running, self._results_again = True, False
        db, form_id = self.ctx.db, self.form_id
        run_task(
            lambda _progress: responses.form_results(db, form_id),
            on_done=lambda results: self._results_arrived(form_id, results.summary),
            on_failed=lambda message: self._results_arrived(form_id, None, message),
            owner=self,
        )

    def _results_arrived(self, form_id: int, summary: object, failure: str = "") -> None:
        self._results_running = False
        if self._results_again or form_id != self.form_id:
            self.refresh_results()  # asked again meanwhile, or another form is shown now
            return
        if failure:
            self._status(failure)
            return
        self.results.show_summary(summary)  # type: ignore[arg-type]
        self.refresh_counts()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.results:
            self.refresh_results()
        elif self.tabs.widget(index) is self.paper and self._paper_stale:
            self._paper_stale = False
            self.paper.load(self._paper_form)
        elif self.tabs.widget(index) is self.paper and self.paper.inputs:
            self.paper.clear()

    # -- actions -------------------------------------------------------------------------------
    def add_default(self) -> None:
        if self.event_id is None:
            return
        try:
            form = service.create_default_form(self.ctx.db, self.ctx.clock, self.event_id)
        except (DomainError, ValueError) as error:
            self._fail(error)
            return
        self.form_id = form.id
        self.reload()
        self._status(self.tr("Formulir Evaluasi Coaching Ber-AKHLAK ditambahkan."))

    def copy_from_other(self) -> None:
        if self.event_id is None:
            return
        choices = service.other_event_forms(self.ctx.db, self.event_id)
        if not choices:
            QMessageBox.information(
                self, self.tr("Salin formulir"), self.tr("Belum ada formulir di acara lain untuk disalin.")
            )
            return
        labels = [label for _, label in choices]
        label, ok = QInputDialog.getItem(
            self, self.tr("Salin formulir"), self.tr("Salin formulir dari:"), labels, 0, False
        )
        if not ok:
            return
        form_id = choices[labels.index(label)][0]
        try:
            form = service.copy_form(self.ctx.db, self.ctx.clock, form_id, self.event_id)
        except (DomainError, ValueError) as error:
            self._fail(error)
            return
        self.form_id = form.id
        self.reload()
        self._status(self.tr("Formulir disalin: {title}").format(title=form.title))

    def export(self) -> None:
        if self.form_id is None:
            return
        from asn_event.ui.shell.organizer_pin import ask_organizer_pin

        if not ask_organizer_pin(
            self, self.ctx, self.tr("Ekspor hasil umpan balik"), [self.event_id] if self.event_id else None
        ):
            return  # personal data leaves the laptop: the organizer's PIN, when one is set
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor hasil umpan balik"),
            str(Path.home() / "umpan-balik.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        checked = confirm_output(self, target, asked=target == Path(path))
        if checked is None:
            return
        target = checked
        form_id = self.form_id
        db = self.ctx.db
        self.export_button.setEnabled(False)

        def done(results: responses.FormResults) -> None:
            self.export_button.setEnabled(True)
            self._status(
                self.tr("Diekspor ke {path}: %n respons ({rate}).", "", results.summary.responses).format(
                    path=target, rate=percent(results.summary.rate)
                )
            )

        def failed(message: str) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Ekspor gagal"), message)

        self._export_task = run_task(
            lambda _p: responses.export_form(db, form_id, target), on_done=done, on_failed=failed, owner=self
        )

    def kiosk_setup(self) -> KioskSetup | None:
        if self.form_id is None or self.event_id is None:
            return None
        form = service.load_form(self.ctx.db, self.form_id)
        event = event_service.get_event(self.ctx.db, self.event_id)
        return KioskSetup(form, event.title, service.kiosk_pin_hash(self.ctx.db, self.event_id))

    def open_kiosk(self) -> None:
        setup = self.kiosk_setup()
        if setup is None:
            return
        self.kiosk = FeedbackKioskWindow(self.ctx, setup)
        self.kiosk.sig_left.connect(self._kiosk_left)
        self.kiosk.showFullScreen()
        self._status(self.tr("Kios dibuka. Keluar dengan Esc dan PIN panitia."))

    def open_phone_form(self) -> None:
        """Show the phone form dialog (one at a time: a second press brings the running one forward)."""
        if self.phone is not None:
            self.phone.show()
            self.phone.raise_()
            self.phone.activateWindow()
            return
        if self.form_id is None:
            return
        form = service.load_form(self.ctx.db, self.form_id)
        self.phone = PhoneFormDialog(self.ctx, self.form_id, form.title, self)
        self.phone.sig_stage_qr.connect(self.sig_stage_qr)
        self.phone.sig_running.connect(self._phone_running)
        self.phone.finished.connect(self._phone_closed)
        self.phone.show()

    def _phone_running(self, running: bool) -> None:
        self.refresh_counts()
        if running and self.phone is not None and self.phone.server is not None:
            self._status(self.tr("Formulir ponsel aktif di {url}").format(url=self.phone.server.url))
        elif not running:
            self._status(self.tr("Formulir ponsel dihentikan."))

    def _phone_closed(self) -> None:
        if self.phone is not None:
            self.phone.stop_server()
            self.phone.deleteLater()
        self.phone = None
        self.refresh_counts()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The app is closing: the phone form stops with it."""
        if self.phone is not None:
            self.phone.stop_server()
        super().closeEvent(event)

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.reload()
        self._status(self.tr("Kios ditutup."))


@dataclass(frozen=True)
class _Loaded:
    """What the page shows of an event, read in one go (on the task pool when the event changes)."""

    event: EventInfo | None
    forms: tuple[FormInfo, ...]
    units: tuple[tuple[int, str], ...]
    form: FormDef | None  # the form to show: the one shown before, else the newest active one


def _load(ctx: AppContext, event_id: int | None, form_id: int | None) -> _Loaded:
    if event_id is None:
        return _Loaded(None, (), (), None)
    db = ctx.db
    forms = service.list_forms(db, event_id)
    event = event_service.get_event(db, event_id)
    units = service.unit_choices(db)
    wanted = form_id
    if wanted not in {f.id for f in forms}:
        active = [f for f in forms if f.active]
        pick = (active or list(forms) or [None])[-1]
        wanted = pick.id if pick is not None else None
    return _Loaded(event, forms, units, service.load_form(db, wanted) if wanted is not None else None)
