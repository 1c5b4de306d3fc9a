"""Self check-in: a full-screen kiosk where participants scan their own invitation.

No search, no buttons: a scan shows the welcome (or what to do) in large type and returns to the
invitation to scan after a few seconds. Leaving needs the organizer PIN (Esc); the staff shortcut
Ctrl+Shift+K leaves only while no PIN is set, and asks for the PIN otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from asn_event.checkin import ScanResult, ScanStatus
from asn_event.checkin import options as desk_options
from asn_event.checkin.service import CheckinDesk
from asn_event.context import AppContext
from asn_event.ui.checkin.dialogs import KIOSK_STAFF_SHORTCUT, PinDialog
from asn_event.ui.checkin.widgets import DeskSounds, ResultBanner, ScanField
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import clock_time
from asn_event.ui.shell.page_tasks import PageTasks

BACK_TO_IDLE_MS = 6000
STAFF_SHORTCUT = KIOSK_STAFF_SHORTCUT


class CheckinKioskWindow(QWidget):
    sig_closed = Signal()
    """The kiosk was left (PIN or staff shortcut)."""

    def __init__(
        self, ctx: AppContext, event_id: int, sounds: DeskSounds | None = None, desk: CheckinDesk | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("page")
        self.setWindowTitle(self.tr("Check-in mandiri"))
        self.ctx = ctx
        self.event_id = event_id
        # The desk's own (already read) when opened from the Check-in page: opening reads nothing.
        kiosk_desk = f"{ctx.desk} (kios)"
        self.desk = (
            desk.at_desk(kiosk_desk, ctx.staff)
            if desk is not None and desk.event_id == event_id
            else CheckinDesk(ctx.db, ctx.clock, event_id, kiosk_desk, ctx.staff)
        )
        self.tasks = PageTasks(ctx.db.is_sqlite, self.banner_problem, self)
        self.sounds = sounds or DeskSounds(self)
        self._may_close = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 32)
        layout.setSpacing(24)
        title = QLabel(self.desk.event_title)
        title.setFont(theme.font(26, bold=True))
        title.setStyleSheet(f"color: {theme.PRIMARY};")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.banner = ResultBanner(scale=1.5)
        layout.addWidget(self.banner, 1)
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Arahkan kode QR undangan ke pemindai"))
        self.scan_field.setFont(theme.font(14))
        self.scan_field.setEchoMode(ScanField.EchoMode.NoEcho)
        self.scan_field.sig_scanned.connect(self.handle_scan)
        layout.addWidget(self.scan_field)
        hint = QLabel(self.tr("Petugas: tekan Esc dan masukkan PIN panitia untuk keluar."))
        hint.setObjectName("muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self._idle_timer = QTimer(self, singleShot=True, interval=BACK_TO_IDLE_MS)
        self._idle_timer.timeout.connect(self.show_idle)
        QShortcut(QKeySequence(STAFF_SHORTCUT), self, activated=self.staff_shortcut)
        self.scan_field.installEventFilter(self)  # the scan field has the focus: its keys come here first
        self.show_idle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers()
            staff = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if event.key() == Qt.Key.Key_K and (modifiers & staff) == staff:
                self.staff_shortcut()
                return True
            if event.key() == Qt.Key.Key_Escape:
                QTimer.singleShot(0, self, self.ask_pin)
                return True
        return super().eventFilter(watched, event)

    def show_idle(self) -> None:
        self.banner.show_idle(self.tr("Silakan pindai undangan Anda"))
        self.banner.detail.setText(self.tr("Tunjukkan kode QR pada undangan ke pemindai di bawah layar."))
        self.scan_field.setFocus()

    def handle_scan(self, text: str) -> ScanResult | None:
        """Store the scan (on one ordered worker for a server database) and show its outcome."""
        desk, shown = self.desk, []
        self.tasks.write(lambda: desk.scan(text), lambda result: shown.append(self._scanned(result)))
        return shown[0] if shown else None  # a SQLite file answers at once; a server when it arrives

    def banner_problem(self, message: str) -> None:
        self.banner.show_idle(message)

    def _scanned(self, result: ScanResult) -> ScanResult:
        self.show_result(result)
        self.sounds.play(result.tone)
        self._idle_timer.start()
        self.scan_field.setFocus()
        return result

    def show_result(self, result: ScanResult) -> None:
        """A scan's outcome in words for the public."""
        self.banner.show_result(result)
        # The kiosk speaks to the public: no staff instructions, and no accusation in red for a code the
        # camera could not read; the desk staff see the details in the scan log.
        if result.status is ScanStatus.ALREADY:
            when = clock_time(result.checked_in_at) if result.checked_in_at else ""
            self.banner.advice.setText(
                self.tr("Anda sudah tercatat hadir pukul %1 WIB. Silakan masuk.").replace("%1", when)
            )
        elif not result.known_person:
            self.banner.show_message(
                theme.WARNING,
                "triangle-alert",
                self.tr("KODE BELUM BISA DIBACA"),
                self.tr("Silakan menuju meja registrasi."),
                self.tr("Petugas akan membantu Anda."),
            )

    def ask_pin(self) -> None:
        if not desk_options.has_kiosk_pin(self.ctx.db, self.event_id):
            self.banner.show_idle(self.tr("Belum ada PIN kios"))
            self.banner.detail.setText(
                self.tr("Atur PIN di halaman Check-in (PIN kios), atau petugas menekan %1.").replace(
                    "%1", STAFF_SHORTCUT
                )
            )
            self._idle_timer.start()
            return
        dialog = PinDialog(self.tr("Keluar dari mode kios"), self.tr("Masukkan PIN panitia:"), parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if desk_options.check_kiosk_pin(self.ctx.db, self.event_id, dialog.pin.text()):
                self.leave()
                return
            dialog.pin.clear()
            dialog.show_error(self.tr("PIN salah."))
        self.scan_field.setFocus()

    def staff_shortcut(self) -> None:
        """Ctrl+Shift+K: leaves at once only when no PIN is set; with a PIN, the PIN is the only way out."""
        if desk_options.has_kiosk_pin(self.ctx.db, self.event_id):
            QTimer.singleShot(0, self, self.ask_pin)
        else:
            self.leave()

    def leave(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()  # Alt+F4 on the kiosk does nothing; the PIN or the staff shortcut leaves
            return
        self.sig_closed.emit()
        super().closeEvent(event)


def screenshot_builder(ctx: AppContext, event_id: int | None, request) -> QWidget:  # type: ignore[no-untyped-def]
    if event_id is None:
        raise ValueError("Layar kios butuh acara. Buat acara contoh dengan 'asn-event demo'.")
    from asn_event.ui.checkin.screens import sample_result

    window = CheckinKioskWindow(ctx, event_id)
    window.sounds.muted = True
    result = sample_result(ctx, event_id, request.state) if request.state else None
    if result is not None:
        window.show_result(result)  # the public's words, as a real scan shows them
    return window
