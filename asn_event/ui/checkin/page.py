"""The Check-in page: the desk. Scan, search by name/NIP, walk-ins, undo, live counts per unit.

Slots stay thin: read the widget, call the desk service, show the typed result. A scan runs on the
GUI thread (a fraction of a millisecond on SQLite, so the banner follows the scanner at once); the
counts, the not-yet-arrived list and the recent scans reload off the GUI thread, shortly after a
scan, and within a second of another desk's commit (a :class:`ChangeWatcher` thread: LISTEN/NOTIFY
on PostgreSQL, ``PRAGMA data_version`` on SQLite), with a slow timer as a safety net.

When the server is out of reach a scan is kept (:class:`PendingScans`), the banner says so, and
the kept scans are sent again every few seconds until they are stored; nobody is shown as
checked in before the server took the check-in. The kept scans are also written to a small file in
the data folder, so closing the program (or a flat battery) loses none of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.checkin import ScanResult, ScanStatus
from asn_event.checkin import attendance as attendance_service
from asn_event.checkin import options as desk_options
from asn_event.checkin.attendance import LogEntry
from asn_event.checkin.changes import ChangeWatcher
from asn_event.checkin.pending import PendingScan, PendingScans, journal_path
from asn_event.checkin.people import InvalidWalkIn, PersonHit, find_people, register_walk_in
from asn_event.checkin.search import best_unique
from asn_event.checkin.service import CheckinDesk
from asn_event.context import AppContext
from asn_event.domain import DeskAction
from asn_event.events import EventInfo, get_event
from asn_event.nip import format_nip
from asn_event.paths import data_dir
from asn_event.roster.people import list_units
from asn_event.roster.units import UnitMatcher
from asn_event.ui.checkin import desk_work
from asn_event.ui.checkin.attendance_panel import AttendancePanel
from asn_event.ui.checkin.dialogs import SignatureDialog, UndoDialog, WalkInDialog, ask_kiosk_pin
from asn_event.ui.checkin.scanner_keys import ScannerKeys
from asn_event.ui.checkin.status import mark_for, status_word
from asn_event.ui.checkin.widgets import DeskSounds, RecentScans, ResultBanner, ScanField
from asn_event.ui.roster.invitation_export import invitations_button
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import clock_time, day_month
from asn_event.ui.shell.errors import error_text, guarded, scan_text
from asn_event.ui.shell.fit import CompactButton
from asn_event.ui.shell.page import Page
from asn_event.ui.shell.settings import Settings
from asn_event.ui.shell.tasks import run_task

REFRESH_AFTER_SCAN_MS = 400
UNDOABLE = (ScanStatus.ACCEPTED, ScanStatus.ALREADY, DeskAction.WALK_IN, DeskAction.MANUAL)
"""Rows of "Pindaian terakhir" that name a check-in F4 can take back."""
REFRESH_EVERY_MS = 8000
ROW_CHOICE_SECONDS = 20.0
"""A row chosen in "Pindaian terakhir" is the undo target this long, unless a scan came after it."""
RETRY_EVERY_MS = 2000
ACTIVE_DESK_MINUTES = 10


class _ChangeBridge(QObject):
    """Carries the watcher thread's calls onto the GUI thread (queued signals)."""

    sig_changed = Signal()
    """Another desk (or this one) committed something."""
    sig_link = Signal(bool)
    """The watcher's own connection to the database went down (False) or came back (True)."""


class CheckinPage(Page):
    page_key = "checkin"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.desk: CheckinDesk | None = None
        self.sounds = DeskSounds(self)
        self.hits: list[PersonHit] = []
        self._picked = False  # the operator moved in the search results with the arrows
        self._retry_scan = ""  # a scan that failed without storing anything, kept for Enter
        self._refreshing = False
        self._row_chosen_at: float | None = None
        self.kiosk: QWidget | None = None
        self.pending = PendingScans()
        self._refresh_again = False
        self._sending = False  # kept scans on their way to the server
        self._bridge = _ChangeBridge(self)
        self._bridge.sig_changed.connect(self._other_desk_changed)
        self._bridge.sig_link.connect(self._link_changed)
        self.watcher: ChangeWatcher | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 8)
        outer.setSpacing(8)
        # Title and tools on one row, the event below across the whole width: at 150 % scaling a
        # subtitle squeezed beside the tools wrapped into five lines.
        head_row = QHBoxLayout()
        self.title = QLabel(self.tr("Check-in"))
        self.title.setObjectName("pageTitle")
        head_row.addWidget(self.title)
        head_row.addStretch(1)
        self.signature_box = QCheckBox(self.tr("Tanda tangan di meja"))
        self.signature_box.setToolTip(
            self.tr("Setelah check-in, peserta menandatangani di layar (bisa dilewati).")
        )
        self.signature_box.toggled.connect(self._signature_toggled)
        head_row.addWidget(self.signature_box)
        self.mute = CompactButton(QIcon(), "")
        self.mute.setCheckable(True)
        self.mute.toggled.connect(self._mute_toggled)
        head_row.addWidget(self.mute)
        outer.addLayout(head_row)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        # The event and, on the same row, the desks at work: a row less on a small screen.
        subtitle_row = QHBoxLayout()
        subtitle_row.addWidget(self.subtitle, 3)
        self.desks_label = QLabel()
        self.desks_label.setObjectName("pageSubtitle")
        self.desks_label.setWordWrap(True)
        self.desks_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        subtitle_row.addWidget(self.desks_label, 2)
        outer.addLayout(subtitle_row)

        scan_row = QHBoxLayout()
        self.scan_field = ScanField()
        self.scanner_keys = ScannerKeys(self, self.scan_field)
        self.scan_field.setPlaceholderText(self.tr("Pindai kode, atau ketik nama / NIP lalu Enter …"))
        self.scan_field.setFont(theme.font(15))
        # The theme's "min-height: 20px" for line edits replaces setMinimumHeight when the field is
        # polished, and 20 px cut the descenders (g, y, p) of 15 pt text: the field asks for its line.
        line = self.scan_field.fontMetrics().height()
        self.scan_field.setStyleSheet(f"QLineEdit#scanField {{ min-height: {line + 2}px; }}")
        self.scan_field.sig_scanned.connect(self.handle_scan)
        self.scan_field.sig_search.connect(self.show_search)
        self.scan_field.sig_search_submitted.connect(self.submit_search)
        self.scan_field.sig_navigate.connect(self._navigate)
        scan_row.addWidget(self.scan_field, 1)
        outer.addLayout(scan_row)
        self.results = QListWidget()
        self.results.setMaximumHeight(150)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemActivated.connect(
            lambda item: self._check_in_hit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.results.itemClicked.connect(lambda item: self._check_in_hit(item.data(Qt.ItemDataRole.UserRole)))
        self.results.hide()
        outer.addWidget(self.results)

        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        # A nested layout takes its parent's spacing: the body's 16 px between the banner, the title
        # and the recent scans scrolled the page 20 px at 910x512 after a scan.
        left.setSpacing(6)
        self.banner = ResultBanner()
        left.addWidget(self.banner, 3)
        recent_title = QLabel(self.tr("Pindaian terakhir"))
        recent_title.setObjectName("sectionTitle")
        left.addWidget(recent_title)
        self.recent = RecentScans()
        self.recent.setAccessibleName(self.tr("Pindaian terakhir"))
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setMinimumHeight(36)
        self.recent.setAutoScroll(False)  # the newest scans stay in sight above a chosen row
        # A long name gets "…" instead of a sideways scroll bar, which took the one row a
        # 910x512 window has room for.
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setUniformItemSizes(True)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.itemClicked.connect(self._row_chosen)
        left.addWidget(self.recent, 1)  # the banner comes first when the page is short
        buttons = QHBoxLayout()
        self.walk_in_button = QPushButton(theme.icon("user-plus"), self.tr("Peserta baru"))
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.camera_button = QPushButton(theme.icon("camera"), self.tr("Kamera"))
        self.camera_button.clicked.connect(self.open_camera)
        self.undo_button = QPushButton(theme.icon("undo-2"), self.tr("Batalkan check-in"))
        self.undo_button.setProperty("danger", True)
        self.undo_button.clicked.connect(self.undo_selected)
        self.kiosk_button = CompactButton(theme.icon("maximize"), self.tr("Mode kios"))
        self.kiosk_button.clicked.connect(self.open_kiosk)
        self.pin_button = CompactButton(theme.icon("key-round"), self.tr("PIN kios"))
        self.pin_button.clicked.connect(self.set_pin)
        self.invitations_button = invitations_button(self, ctx, lambda: self.event_id, self.sig_status.emit)
        # The buttons never take the focus from the scan field; a function key reaches each one.
        for button, key in (
            (self.walk_in_button, "F2"),
            (self.camera_button, "F3"),
            (self.undo_button, "F4"),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setText(f"{button.text()} ({key})")
            button.setToolTip(self.tr("Tombol %1").replace("%1", key))
            # The page is the only one shown while the key can act: the keys work wherever the focus is
            # in the window (the sidebar, the event picker), never on another page.
            shortcut = QShortcut(QKeySequence(key), self, button.click)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Less frequent tools sit in the header, so the action row fits at 150 % scaling.
        for button in (self.invitations_button, self.kiosk_button, self.pin_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            head_row.insertWidget(2, button)
        body.addLayout(left, 3)

        self.attendance = AttendancePanel()
        body.addWidget(self.attendance, 2)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)  # across the whole width, so the words and keys fit at 150 %

        self._refresh_soon = QTimer(self, singleShot=True, interval=REFRESH_AFTER_SCAN_MS)
        self._refresh_soon.timeout.connect(self.refresh)
        self._refresh_timer = QTimer(self, interval=REFRESH_EVERY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._retry_timer = QTimer(self, interval=RETRY_EVERY_MS)
        self._retry_timer.timeout.connect(self.retry_pending)
        self.destroyed.connect(lambda: self._stop_watching())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._mute_toggled(False)
        self._set_enabled(False)

    # -- event and desk -----------------------------------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.desk = None
        self._stop_watching()
        self.banner.show_idle()
        self.results.hide()
        if event_id is None:
            self.subtitle.setText(self.tr("Belum ada acara. Buat acara di halaman Acara."))
            self._set_enabled(False)
            return
        self._set_enabled(False)
        if not self.tasks.inline:
            self.subtitle.setText(self.tr("Memuat…"))
        ctx = self.ctx

        def load() -> tuple[CheckinDesk, bool, EventInfo]:
            desk = CheckinDesk(ctx.db, ctx.clock, event_id, ctx.desk, ctx.staff)
            return desk, desk_options.signature_enabled(ctx.db, event_id), get_event(ctx.db, event_id)

        self.tasks.run("event", load, lambda loaded: self._event_loaded(event_id, *loaded), self._event_failed)

    def _event_failed(self, message: str) -> None:
        self.subtitle.setText(message)
        self._set_enabled(False)

    def _event_loaded(self, event_id: int, desk: CheckinDesk, signature: bool, info: EventInfo) -> None:
        self.desk = desk
        self.subtitle.setText(f"{info.title} · {day_month(info.date)}")
        self.signature_box.blockSignals(True)
        self.signature_box.setChecked(signature)
        self.signature_box.blockSignals(False)
        self._set_enabled(True)
        # Scans kept while the server was away, also by an earlier run of the program: sent first.
        self.pending = PendingScans(journal_path(data_dir(), self.ctx.db.display_name, event_id))
        if len(self.pending):
            self.banner.show_offline(len(self.pending))
            self._retry_timer.start()
        self.refresh()
        if self.isVisible():
            self._start_watching()

    def page_shown(self) -> None:
        self.scan_field.setFocus()
        self.scanner_keys.set_active(True)
        self.refresh()
        self._refresh_timer.start()
        self._start_watching()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.scanner_keys.set_active(True)
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._refresh_timer.stop()
        self.scanner_keys.set_active(False)
        self._stop_watching()
        super().hideEvent(event)

    def _start_watching(self) -> None:
        if self.event_id is None or (self.watcher is not None and self.watcher.running):
            return
        bridge = self._bridge
        self.watcher = ChangeWatcher(
            self.ctx.db.url, self.event_id, bridge.sig_changed.emit, bridge.sig_link.emit
        )
        self.watcher.start()

    def _stop_watching(self) -> None:
        watcher, self.watcher = self.watcher, None
        if watcher is not None:
            watcher.stop()

    def _other_desk_changed(self) -> None:
        if not self._refresh_soon.isActive():
            self._refresh_soon.start()

    def _link_changed(self, up: bool) -> None:
        if up:
            self.retry_pending()
            self.refresh()
        else:
            self.desks_label.setText(self.tr("⚠ Koneksi ke server terputus. Pindaian disimpan dan dikirim ulang."))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.scan_field, self.walk_in_button, self.camera_button, self.undo_button,
                       self.kiosk_button, self.pin_button, self.signature_box, self.invitations_button):  # fmt: skip
            widget.setEnabled(enabled)

    def _current_desk(self) -> CheckinDesk | None:
        desk = self.desk
        if desk is not None and (
            desk.desk != self.ctx.desk.strip()[:60] or desk.staff != self.ctx.staff.strip()[:100]
        ):
            self.desk = desk = desk.at_desk(self.ctx.desk, self.ctx.staff)
        return desk

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """In scanning mode the scan field keeps the focus: clicks elsewhere on the page give it back."""
        if new is None or new is self.scan_field or not self.isVisible() or not self.scan_field.isEnabled():
            return
        if self.isAncestorOf(new):
            QTimer.singleShot(0, self.scan_field, self.scan_field.setFocus)

    # -- scanning and searching -----------------------------------------------------------------

    def handle_scan(self, text: str) -> ScanResult | None:
        desk = self._current_desk()
        if desk is None:
            return None
        self.results.hide()
        kept = PendingScan(raw=text, kept_at=self.ctx.clock.now())  # the time before the attempt
        if len(self.pending):  # keep the order: this scan waits behind the kept ones
            self._keep(kept)
            return None
        # The barcode of an ID card carries the NIP: the worker finds the person by it.
        shown: list[ScanResult] = []
        self.tasks.write(
            lambda: desk_work.scan(desk, text),
            lambda outcome: self._scanned(outcome, kept, text, shown),
            self.show_problem,
        )
        return shown[0] if shown else None  # a SQLite desk answers at once; a server desk when it arrives

    def _scanned(self, outcome: desk_work.ScanOutcome, kept: PendingScan, text: str, shown: list[ScanResult]) -> None:
        """A scan's outcome, in scan order: the banner shows it, or the scan is kept for the server."""
        if outcome.lost:  # the server is away: kept on disk, sent again in order by the retry timer
            if outcome.registration_id is not None:
                kept = PendingScan(registration_id=outcome.registration_id, kept_at=kept.kept_at)
            self._keep(kept)
            return
        if outcome.problem is not None:
            # Nothing was stored (busy, disk full): the code waits in the field, selected, and Enter
            # scans it again once the problem is solved.
            self.show_problem(error_text(outcome.problem))
            if outcome.registration_id is None:
                self._retry_scan = text
                self.scan_field.setText(text)
                self.scan_field.selectAll()
            return
        assert outcome.result is not None
        self._retry_scan = ""
        self.show_result(outcome.result)
        shown.append(outcome.result)

    def _keep(self, scan: PendingScan) -> None:
        try:
            kept = self.pending.keep(scan)
        except OSError as exc:  # kept in memory, but not on disk: say so, the desk goes on
            self.sig_status.emit(
                self.tr("Pindaian tersimpan di memori saja (berkas tidak bisa ditulis: %1). Jangan tutup aplikasi.")
                .replace("%1", str(exc))
            )
            kept = True
        if not kept:
            self.banner.show_idle(self.tr("Terlalu banyak pindaian menunggu server. Catat nama peserta di kertas."))
            return
        self.banner.show_offline(len(self.pending))
        self.sounds.play(ScanResult(ScanStatus.UNKNOWN).tone)
        self.scan_field.setFocus()
        self._retry_timer.start()

    def retry_pending(self) -> None:
        """Send the kept scans again; show each stored one, keep the banner red while some wait."""
        desk = self._current_desk()
        if desk is None or not len(self.pending):
            self._retry_timer.stop()
            return
        if self._sending:
            return  # the last try is still under way
        self._sending = True
        pending = self.pending
        self.tasks.write(lambda: desk_work.send_kept(desk, pending), lambda outcome: self._sent(pending, outcome))

    def _sent(self, pending: PendingScans, outcome: desk_work.RetryOutcome) -> None:
        self._sending = False
        if pending is not self.pending:
            return  # another event is shown now; its own kept scans are sent by its own timer
        if outcome.problem is not None:  # busy, disk full, journal unwritable: kept, tried again
            self.show_problem(error_text(outcome.problem))
            return
        done = outcome.done
        if len(self.pending):
            self.banner.show_offline(len(self.pending))
        else:
            self._retry_timer.stop()
            if done:
                self.show_result(done[-1])
            self.sig_status.emit(
                self.tr("%n pindaian yang menunggu sudah tercatat.", "", len(done))
            )

    def show_problem(self, text: str) -> None:
        """The banner is this page's message line; the status bar repeats it."""
        self.banner.show_idle(text)
        self.sig_status.emit(text)
        self.scan_field.setFocus()

    def show_result(self, result: ScanResult) -> None:
        # The person on the banner is the one F4 undoes from now on: a row chosen before is forgotten.
        self._row_chosen_at = None
        self.recent.setCurrentRow(-1)
        self.recent.clearSelection()
        self.recent.scrollToTop()
        self.banner.show_result(result)
        self.sounds.play(result.tone)
        self.sig_status.emit(scan_text(result))
        self._refresh_soon.start()
        self.scan_field.setFocus()
        if result.status is ScanStatus.ACCEPTED and self.signature_box.isChecked():
            QTimer.singleShot(0, self, lambda: self.ask_signature(result))

    def show_search(self, text: str, then: Callable[[], None] | None = None) -> None:
        """Find the people matching ``text`` and list them; ``then`` runs once they are shown."""
        desk = self._current_desk()
        if desk is None or not text.strip():
            self._show_hits(text, [], then)
            return
        self.tasks.run(
            "search",
            lambda: find_people(desk, text),
            lambda hits: self._show_hits(text, hits, then) if self.scan_field.text() in (text, "") else None,
        )

    def _show_hits(self, text: str, hits: list[PersonHit], then: Callable[[], None] | None) -> None:
        self.results.clear()
        self._picked = False
        self.hits = hits
        for hit in self.hits:
            state = (
                self.tr("sudah hadir %1").replace("%1", clock_time(hit.checked_in_at))
                if hit.checked_in_at
                else self.tr("belum hadir")
            )
            nip = f" · {format_nip(hit.nip)}" if hit.nip else ""
            item = QListWidgetItem(f"{hit.name}{nip} · {hit.unit} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, hit.registration_id)
            self.results.addItem(item)
        if best_unique(self.hits) is not None:
            self.results.setCurrentRow(0)  # Enter checks in the one clear match
        elif text.strip() and not self.hits:
            self.results.addItem(
                self.tr("Tidak ditemukan. Periksa ejaan, atau daftarkan sebagai peserta baru.")
            )
        self.results.setVisible(bool(text.strip()))
        if then is not None:
            then()

    def submit_search(self, text: str) -> None:
        """Enter after typing: check in the match the operator picked, or the one clearly above the rest.

        Several equal matches (three people named Lukman) are shown for the operator to pick with the
        arrows and Enter; Enter alone never chooses among them.
        """
        if self._retry_scan and text == self._retry_scan:
            self.scan_field.reset()
            self.handle_scan(text)
            return
        if not self.hits or self.results.isHidden():
            self.show_search(text, then=self._submit_hits)
            return
        self._submit_hits()

    def _submit_hits(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self.hits):
            if self.hits:
                self.sig_status.emit(self.tr("Beberapa nama cocok. Pilih dengan panah ↑/↓ lalu tekan Enter."))
            return
        if self._picked or best_unique(self.hits) is self.hits[row]:
            self._check_in_hit(self.hits[row].registration_id)

    def _navigate(self, step: int) -> None:
        if self.hits:
            current = self.results.currentRow()
            row = 0 if current < 0 else current + step
            self.results.setCurrentRow(max(0, min(len(self.hits) - 1, row)))
            self._picked = True

    @guarded
    def _check_in_hit(self, registration_id: int | None) -> ScanResult | None:
        desk = self._current_desk()
        if desk is None or registration_id is None:
            return None
        self.scan_field.reset()
        self.results.hide()
        self.hits = []
        kept = PendingScan(registration_id=registration_id, kept_at=self.ctx.clock.now())
        if len(self.pending):
            self._keep(kept)
            return None
        shown: list[ScanResult] = []
        self.tasks.write(
            lambda: desk_work.check_in(desk, registration_id),
            lambda outcome: self._scanned(outcome, kept, "", shown),
            self.show_problem,
        )
        return shown[0] if shown else None

    # -- desk actions -------------------------------------------------------------------------

    @guarded
    def open_walk_in(self) -> None:
        desk = self._current_desk()
        if desk is None:
            return
        db, name = self.ctx.db, self.scan_field.text()

        def units() -> tuple[list[str], UnitMatcher]:
            return (
                sorted(u.unit for u in attendance_service.attendance(db, desk.event_id).units),
                UnitMatcher(list_units(db)),
            )

        self.tasks.run(
            "walk-in",
            units,
            lambda found: self._ask_walk_in(desk, WalkInDialog(found[0], self, name=name, matcher=found[1])),
        )

    def _ask_walk_in(self, desk: CheckinDesk, dialog: WalkInDialog) -> None:
        """Ask for the walk-in's details; stored on the desk's worker, asked again while they are wrong."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.scan_field.setFocus()
            return
        draft = dialog.draft()

        def register() -> ScanResult | InvalidWalkIn:
            try:
                return register_walk_in(desk, draft)
            except InvalidWalkIn as exc:
                return exc

        self.tasks.write(
            register,
            lambda outcome: self._walked_in(desk, dialog, outcome),
            lambda message: self._walk_in_refused(message),
        )

    def _walked_in(self, desk: CheckinDesk, dialog: WalkInDialog, outcome: ScanResult | InvalidWalkIn) -> None:
        if isinstance(outcome, InvalidWalkIn):
            dialog.show_problems(outcome.problems)
            self._ask_walk_in(desk, dialog)
            return
        self.scan_field.reset()
        self.results.hide()  # the "not found" list of the search before is answered now
        self.hits = []
        self.show_result(outcome)
        self.scan_field.setFocus()

    def _walk_in_refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Peserta baru"), message)
        self.scan_field.setFocus()

    def _row_chosen(self, item: QListWidgetItem) -> None:
        self._row_chosen_at = time.monotonic() if item.data(Qt.ItemDataRole.UserRole) else None
        self.scan_field.setFocus()

    def _chosen_entry(self) -> LogEntry | None:
        """The row of "Pindaian terakhir" the operator chose in the last few seconds (no scan since)."""
        item = self.recent.currentItem()
        if (
            item is None
            or self._row_chosen_at is None
            or time.monotonic() - self._row_chosen_at > ROW_CHOICE_SECONDS
        ):
            return None
        entry = item.data(Qt.ItemDataRole.UserRole)
        return entry if isinstance(entry, LogEntry) else None

    def _undo_target(self) -> tuple[int, str, str, str] | None:
        """Who F4 undoes: the person on the banner, unless a row was chosen just now (id, name, unit, time)."""
        entry = self._chosen_entry()
        if entry is not None and entry.registration_id is not None:
            return entry.registration_id, entry.name, entry.unit, clock_time(entry.at)
        result = self.banner.result
        if result is not None and result.registration_id is not None and result.checked_in_at is not None:
            return result.registration_id, result.name, result.unit, clock_time(result.checked_in_at)
        return None

    @guarded
    def undo_selected(self) -> None:
        desk = self._current_desk()
        target = self._undo_target()
        if desk is None or target is None:
            self.sig_status.emit(
                self.tr("Pilih pindaian di daftar 'Pindaian terakhir' yang akan dibatalkan.")
            )
            return
        registration_id, name, unit, when = target
        dialog = UndoDialog(name, unit, when, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason = dialog.reason.text()
            self.tasks.write(
                lambda: desk.undo(registration_id, reason),
                self._undone,
                lambda message: QMessageBox.warning(self, self.tr("Batalkan check-in"), message),
            )
        self.scan_field.setFocus()

    def _undone(self, undone: Any) -> None:
        self.banner.show_idle(self.tr("Check-in %1 dibatalkan").replace("%1", undone.name))
        self.sig_status.emit(self.tr("Check-in %1 dibatalkan.").replace("%1", undone.name))
        self.refresh()
        self.scan_field.setFocus()

    @guarded
    def ask_signature(self, result: ScanResult) -> None:
        desk = self._current_desk()
        if desk is None or result.registration_id is None:
            return
        dialog = SignatureDialog(result.name, self)
        registration_id = result.registration_id
        if dialog.exec() == QDialog.DialogCode.Accepted:
            strokes = dialog.pad.strokes
            self.tasks.write(lambda: desk.save_signature(registration_id, strokes), lambda _: None)
        else:
            why = "dilewati" if dialog.skipped else "ditutup"
            self.tasks.write(lambda: desk.skip_signature(registration_id, why), lambda _: None)
        self.scan_field.setFocus()

    @guarded
    def _signature_toggled(self, on: bool) -> None:
        if self.event_id is not None:
            db, clock, event_id = self.ctx.db, self.ctx.clock, self.event_id
            self.tasks.write(lambda: desk_options.set_signature_enabled(db, clock, event_id, on), lambda _: None)
        self.scan_field.setFocus()

    def use_settings(self, settings: Settings) -> None:
        self.mute.setChecked(settings.sound_muted)
        self.mute.toggled.connect(lambda muted: setattr(settings, "sound_muted", muted))

    def _mute_toggled(self, muted: bool) -> None:
        self.sounds.muted = muted
        self.mute.setIcon(theme.icon("volume-x" if muted else "volume-2"))
        self.mute.setText(self.tr("Suara mati") if muted else self.tr("Suara"))
        self.scan_field.setFocus()

    def set_pin(self) -> None:
        if self.event_id is None:
            return
        if ask_kiosk_pin(self, self.ctx, self.event_id):
            self.sig_status.emit(self.tr("PIN kios disimpan."))
        self.scan_field.setFocus()

    def open_kiosk(self) -> None:
        if self.desk is None:
            return
        from asn_event.ui.checkin.kiosk import CheckinKioskWindow

        self.kiosk = CheckinKioskWindow(self.ctx, self.desk.event_id, sounds=self.sounds, desk=self.desk)
        self.kiosk.sig_closed.connect(self.refresh)
        self.kiosk.showFullScreen()

    def open_camera(self) -> None:
        from asn_event.ui.checkin.camera import CameraDialog

        dialog = CameraDialog(self)
        dialog.sig_code.connect(self.handle_scan)
        dialog.exec()
        self.scan_field.setFocus()

    # -- live counts ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.event_id is None:
            return
        if self._refreshing:  # a change arrived while reading: read once more afterwards
            self._refresh_again = True
            return
        self._refreshing = True
        self._refresh_again = False
        db, event_id = self.ctx.db, self.event_id
        since = self.ctx.clock.now() - timedelta(minutes=ACTIVE_DESK_MINUTES)

        def load(_progress):  # type: ignore[no-untyped-def]
            return (
                attendance_service.attendance(db, event_id),
                attendance_service.not_arrived(db, event_id),
                attendance_service.recent_scans(db, event_id, 30),
                attendance_service.active_desks(db, event_id, since),
            )

        run_task(load, on_done=self._show_counts, on_failed=self._refresh_failed)

    def _refresh_failed(self, message: str) -> None:
        self._refreshing = False
        self.sig_status.emit(message)

    def _show_counts(self, data) -> None:  # type: ignore[no-untyped-def]
        self._refreshing = False
        if self._refresh_again:
            QTimer.singleShot(0, self, self.refresh)
        counts, missing, recent, desks = data
        self.attendance.show_data(counts, missing)
        self._show_desks(desks)
        chosen = self._chosen_entry()
        scrolled = self.recent.verticalScrollBar().value()
        self.recent.clear()
        for entry in recent:
            mark = mark_for(entry.status)
            who = entry.name or status_word(entry.status)
            item = QListWidgetItem(f"{clock_time(entry.at)}  {mark}  {who} · {entry.desk}")
            if entry.status in UNDOABLE and entry.registration_id:
                item.setData(Qt.ItemDataRole.UserRole, entry)
            self.recent.addItem(item)
            if chosen is not None and entry == chosen and self.recent.currentItem() is None:
                self.recent.setCurrentItem(item)
        if chosen is None:
            self._row_chosen_at = None
        self.recent.verticalScrollBar().setValue(scrolled if chosen is not None else 0)

    def _show_desks(self, desks) -> None:  # type: ignore[no-untyped-def]
        """Which desks scanned in the last minutes (this one marked), with counts in the tooltip;
        the link state instead while the server is out of reach."""
        if self.watcher is not None and self.watcher.linked is False:
            return
        own = self.desk.desk if self.desk is not None else ""
        if not desks:
            self.desks_label.setText(self.tr("Meja aktif: –"))  # one short line: the banner needs the height
            self.desks_label.setToolTip(self.tr("Meja aktif: belum ada pindaian dalam 10 menit terakhir."))
            return
        names = [self.tr("%1 (meja ini)").replace("%1", d.desk) if d.desk == own else d.desk for d in desks]
        self.desks_label.setText(self.tr("Meja aktif: %1").replace("%1", " · ".join(names)))
        self.desks_label.setToolTip(
            "\n".join(
                self.tr("%1: %2 pindaian, terakhir %3")
                .replace("%2", str(d.scans))
                .replace("%3", clock_time(d.last_at))
                .replace("%1", d.desk)
                for d in desks
            )
        )
