"""The Acara page's "Cadangan" card: when the last good backup was made, back up now, restore, merge.

The work is done by the Qt-free :mod:`asn_event.backups` and :mod:`asn_event.merge`; this card asks
what to do (file, confirmation, organizer PIN) and shows the result in words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import long_date
from asn_event.ui.shell.errors import error_text, note_text
from asn_event.ui.shell.organizer_pin import ask_organizer_pin
from asn_event.ui.shell.page_tasks import PageTasks

if TYPE_CHECKING:
    from asn_event.retention import Retention

FILE_FILTER = "SQLite (*.sqlite *.db *.sqlite3)"


def wib_stamp(value) -> str:  # type: ignore[no-untyped-def]
    from asn_event.clock import to_wib
    from asn_event.formatting import clock_time

    return f"{long_date(to_wib(value).date())}, {clock_time(value)} WIB"


class BackupCard(QFrame):
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_backup_requested = Signal()
    """The organizer asked for a backup now (the window's backup timer makes it)."""
    sig_database_replaced = Signal()
    """A restore or a merge changed the database: every page reloads."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = theme.card_layout(self, self.tr("Cadangan"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state)
        self.backup_button = QPushButton(theme.icon("save"), self.tr("Cadangkan sekarang"))
        self.backup_button.clicked.connect(self.sig_backup_requested)
        self.restore_button = QPushButton(theme.icon("rotate-ccw"), self.tr("Pulihkan dari cadangan…"))
        self.restore_button.clicked.connect(self.choose_and_restore)
        self.merge_button = QPushButton(theme.icon("database"), self.tr("Gabungkan dari laptop lain…"))
        self.merge_button.setToolTip(
            self.tr("Check-in, peserta langsung dan umpan balik dari salinan basis data laptop lain.")
        )
        self.merge_button.clicked.connect(self.choose_and_merge)
        for button in (self.backup_button, self.restore_button, self.merge_button):
            layout.addWidget(button)
        if ctx.auto_backup is None and ctx.db.is_sqlite and ctx.db.url.database not in (None, "", ":memory:"):
            # Built outside the app (a screenshot, a test): show the backups there are, without a timer.
            from asn_event.backups import AutoBackup

            ctx.auto_backup = AutoBackup(Path(ctx.db.url.database or ""))
            ctx.auto_backup.find_last()
        file_based = ctx.auto_backup is not None
        self.backup_button.setVisible(file_based)
        self.restore_button.setVisible(file_based)
        self.show_state()

    # -- state --------------------------------------------------------------------------------
    def show_state(self, problem: str = "") -> None:
        auto = self.ctx.auto_backup
        if auto is None:
            self.state.setText(self.tr("Basis data server: cadangkan dengan alat server (pg_dump)."))
            return
        if problem:
            self.state.setStyleSheet(f"color: {theme.DANGER.fg};")
            self.state.setText(self.tr("Cadangan terakhir GAGAL: %1").replace("%1", problem))
            return
        self.state.setStyleSheet("")
        if auto.last_good is None or auto.last_made_at is None:
            self.state.setText(self.tr("Belum ada cadangan yang utuh. Cadangan dibuat otomatis tiap 10 menit bila ada perubahan."))
            return
        info = auto.last_good
        self.state.setText(
            self.tr("Cadangan utuh terakhir: %1 (%2 acara, %3 pendaftaran, %4 hadir). Otomatis tiap 10 menit.")
            .replace("%1", wib_stamp(auto.last_made_at))
            .replace("%2", str(info.events))
            .replace("%3", str(info.registrations))
            .replace("%4", str(info.checked_in))
        )
        self.state.setToolTip(str(info.path))

    def pin_allows(self, action: str, pin: str | None = None, event_ids: list[int] | None = None) -> bool:
        return ask_organizer_pin(self, self.ctx, action, event_ids, pin)

    # -- restore --------------------------------------------------------------------------------
    def choose_and_restore(self) -> None:
        from asn_event.backups import backups_dir

        auto = self.ctx.auto_backup
        start_in = backups_dir(auto.db_path if auto is not None else None)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas cadangan"), str(start_in), FILE_FILTER)
        if not name:
            return
        self.restore_from(Path(name))

    def restore_from(self, path: Path, *, pin: str | None = None, confirmed: bool = False) -> bool:
        """Check ``path``, ask (unless ``confirmed``), then replace the database with it."""
        from asn_event.backups import inspect_copy, restore

        title = self.tr("Pulihkan dari cadangan")
        auto = self.ctx.auto_backup
        if auto is None:
            return False
        try:
            info = inspect_copy(path)
        except DomainError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                title,
                self.tr(
                    "Ganti seluruh basis data dengan cadangan ini?\n%1\n%2 acara, %3 pendaftaran, %4 hadir.\n"
                    "Basis data sekarang disimpan dulu di folder cadangan."
                )
                .replace("%1", path.name)
                .replace("%2", str(info.events))
                .replace("%3", str(info.registrations))
                .replace("%4", str(info.checked_in)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self.pin_allows(title, pin):
            return False
        self.ctx.db.dispose()  # this window's own connections; another program's are refused below
        try:
            restored, kept = restore(path, auto.db_path, folder=auto.folder)
        except DomainError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        self.sig_status.emit(
            self.tr("Dipulihkan dari %1 (%2 pendaftaran). Basis data sebelumnya disimpan di %3.")
            .replace("%1", path.name)
            .replace("%2", str(restored.registrations))
            .replace("%3", str(kept) if kept else "-")
        )
        self.sig_database_replaced.emit()
        return True

    # -- merge ------------------------------------------------------------------------------------
    def choose_and_merge(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih salinan dari laptop lain"), "", FILE_FILTER)
        if not name:
            return
        self.merge_from(Path(name))

    def merge_from(self, path: Path, *, pin: str | None = None, wait: bool = False) -> None:
        """Merge ``path`` in the background (``wait``: here, for tests and scripts); report in a box."""
        from asn_event.backups import safety_backup
        from asn_event.merge import merge_from

        title = self.tr("Gabungkan dari laptop lain")
        if not self.pin_allows(title, pin):
            return
        db = self.ctx.db

        def work(_progress):  # type: ignore[no-untyped-def]
            safety_backup(db, "before-merge")
            return merge_from(db, path)

        if wait:
            try:
                self._merged(work(None))
            except DomainError as exc:
                self._merge_failed(error_text(exc))
            return
        from asn_event.ui.shell.tasks import run_with_dialog

        run_with_dialog(self, title, work, on_done=self._merged, on_failed=self._merge_failed)

    def _merged(self, report) -> None:  # type: ignore[no-untyped-def]
        self.last_merge = report
        if not report.events:
            self._merge_failed(self.tr("Tidak ada acara yang sama di kedua berkas (dicocokkan dengan kode acara)."))
            return
        lines = [
            self.tr("Acara: %1").replace("%1", ", ".join(report.events)),
            self.tr("%1 check-in baru, %2 dibuat lebih awal, %3 peserta langsung, %4 umpan balik.")
            .replace("%1", str(report.checkins_added))
            .replace("%2", str(report.checkins_earlier))
            .replace("%3", str(report.walk_ins_added))
            .replace("%4", str(report.responses_added)),
        ]
        if report.conflicts:
            lines.append(self.tr("Perlu diperhatikan (%1):").replace("%1", str(len(report.conflicts))))
            lines += [f"• {note_text(c)}" for c in report.conflicts[:8]]
        self.sig_status.emit(self.tr("Salinan laptop lain digabungkan."))
        self.sig_database_replaced.emit()
        self.report_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Digabungkan"), "\n".join(lines), parent=self)
        self.report_box.open()

    def _merge_failed(self, message: str) -> None:
        self.report_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Tidak digabungkan"), message, parent=self)
        self.report_box.open()


class PrivacyCard(QFrame):
    """How long this event keeps personal data; after that date, the offer to purge it."""

    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_purged = Signal()
    """The event's personal data was purged: the pages reload."""

    def __init__(self, ctx: AppContext, pin_check, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.pin_check = pin_check  # BackupCard.pin_allows: one PIN question for every action
        self.event_id: int | None = None
        self.tasks = PageTasks(ctx.db.is_sqlite, lambda message: self.sig_status.emit(message), self)
        layout = theme.card_layout(self, self.tr("Data pribadi"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.purge_button = QPushButton(theme.icon("trash-2"), self.tr("Hapus data pribadi acara ini…"))
        self.purge_button.clicked.connect(self.confirm_and_purge)
        layout.addWidget(self.purge_button)

    def set_event(self, event_id: int | None) -> None:
        from asn_event.retention import retention_of

        self.event_id = event_id
        self.tasks.forget()
        self.purge_button.hide()
        if event_id is None:
            self.state.setText("–")
            return
        db = self.ctx.db
        self.tasks.run("retention", lambda: retention_of(db, event_id), self._show_retention, self.state.setText)

    def _show_retention(self, kept: Retention) -> None:
        if kept.purged_at is not None:
            self.state.setText(self.tr("Data pribadi acara ini sudah dihapus. Jumlah hadir dan nomor sertifikat tetap ada."))
            return
        until = long_date(kept.until)
        if kept.due(self.ctx.clock.now().date()):
            self.state.setText(
                self.tr("Masa simpan data pribadi berakhir %1. Nama, NIP, tanda tangan dan jawaban teks peserta "
                        "sebaiknya dihapus.").replace("%1", until)
            )
            self.purge_button.show()
        else:
            self.state.setText(self.tr("Nama, NIP dan tanda tangan peserta disimpan sampai %1.").replace("%1", until))

    def confirm_and_purge(self, *, pin: str | None = None, confirmed: bool = False) -> bool:
        from asn_event.retention import purge_personal_data

        if self.event_id is None:
            return False
        title = self.tr("Hapus data pribadi")
        if not confirmed:
            answer = QMessageBox.question(
                self,
                title,
                self.tr("Hapus nama, NIP, tanda tangan dan jawaban teks peserta acara ini? Jumlah hadir, umpan "
                        "balik anonim dan nomor sertifikat tetap ada. Cadangan dibuat dulu."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self.pin_check(title, pin, [self.event_id]):
            return False
        try:
            report = purge_personal_data(self.ctx.db, self.ctx.clock, self.event_id)
        except DomainError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        self.sig_status.emit(
            self.tr("Data pribadi %1 peserta dihapus.").replace("%1", str(report.people_anonymised))
        )
        self.sig_purged.emit()
        self.set_event(self.event_id)
        return True
