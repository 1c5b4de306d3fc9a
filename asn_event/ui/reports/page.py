"""The Laporan page: save the attendance list, the event report, the JP recap and the attendance
export. Files are written off the GUI thread (``run_with_dialog``); the status line names the saved
file and opens its folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_event import events as event_service
from asn_event.context import AppContext
from asn_event.events import EventInfo
from asn_event.progress import Progress
from asn_event.reports import files
from asn_event.reports.common import JP_YEARLY_TARGET, ReportKind, SavedReport
from asn_event.ui.reports.card import ReportCard
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import long_date
from asn_event.ui.shell.output import confirm_output
from asn_event.ui.shell.page import Page
from asn_event.ui.shell.tasks import run_with_dialog

PDF_FILTER = "PDF (*.pdf)"
XLSX_FILTER = "Excel (*.xlsx)"
CSV_FILTER = "CSV (*.csv)"


def safe_file_stem(text: str) -> str:
    """A file name part without characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|]+', " ", text).strip()[:80] or "laporan"


class LaporanPage(Page):
    page_key = "laporan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.info: EventInfo | None = None
        self.last_dir = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        self.last_saved: SavedReport | None = None
        self.busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        head, self.title_label, self.subtitle_label = self.header(self.tr("Laporan"))
        outer.addWidget(head)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("sectionTitle")
        outer.addWidget(self.counts_label)

        self.empty_banner = QFrame()
        self.empty_banner.setStyleSheet(
            f"QFrame {{ background: {theme.WARNING.bg}; border: 1px solid #F0D9A0; border-radius: 6px; }}"
            f"QLabel {{ color: {theme.WARNING.fg}; border: none; background: transparent; }}"
        )
        banner_row = QHBoxLayout(self.empty_banner)
        banner_row.setContentsMargins(12, 8, 12, 8)
        banner_icon = QLabel()
        banner_icon.setPixmap(theme.icon_pixmap("info", theme.WARNING.fg, 20))
        banner_row.addWidget(banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        banner_row.addWidget(self.empty_text, 1)
        outer.addWidget(self.empty_banner)
        outer.addSpacing(8)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("page")
        scroll.setWidget(body)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        outer.addWidget(scroll, 1)

        self.attendance_card = ReportCard(
            "clipboard-list",
            self.tr("Daftar Hadir"),
            self.tr("Nama dan NIP, jabatan, unit kerja, jam hadir dan tanda tangan; urut per unit. "
                    "Siap ditandatangani dan diarsipkan."),
        )
        self.all_registered = QCheckBox(self.tr("Semua peserta terdaftar"))
        self.attendance_card.options.addWidget(self.all_registered)
        hint = QLabel(self.tr("Jam hadir kosong: daftar kertas untuk tanda tangan di pintu."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        hint.setContentsMargins(24, 0, 0, 0)
        self.attendance_card.options.addWidget(hint)
        self.attendance_button = self.attendance_card.add_button(self.tr("Simpan PDF…"))
        self.attendance_button.clicked.connect(self.save_attendance_pdf)

        self.event_card = ReportCard(
            "file-text",
            self.tr("Laporan Kegiatan"),
            self.tr("Data acara, kehadiran per unit, agenda rencana dan pelaksanaan, umpan balik, "
                    "sertifikat dan penutup, dengan tanda tangan penanggung jawab."),
        )
        self.event_button = self.event_card.add_button(self.tr("Simpan PDF…"))
        self.event_button.clicked.connect(self.save_event_report)

        self.jp_card = ReportCard(
            "award",
            self.tr("Rekap JP"),
            self.tr("Jam pelajaran per peserta per tahun dari semua acara, dibandingkan target %1 JP.").replace(
                "%1", str(JP_YEARLY_TARGET)
            ),
        )
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Tahun")))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setMinimumWidth(100)
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        self.jp_card.options.addLayout(year_row)
        self.jp_only_event = QCheckBox(self.tr("Hanya peserta acara ini"))
        self.jp_only_event.setChecked(True)
        self.jp_card.options.addWidget(self.jp_only_event)
        self.jp_button = self.jp_card.add_button(self.tr("Simpan Excel…"), "file-spreadsheet")
        self.jp_button.clicked.connect(self.save_jp)

        self.export_card = ReportCard(
            "file-spreadsheet",
            self.tr("Ekspor Kehadiran"),
            self.tr("Semua peserta terdaftar dengan status hadir, jam dan meja check-in, untuk diolah di Excel."),
        )
        self.csv_button = self.export_card.add_button(self.tr("Simpan CSV…"), "download", primary=False)
        self.csv_button.clicked.connect(lambda: self.save_attendance_export(csv=True))
        self.xlsx_button = self.export_card.add_button(self.tr("Simpan Excel…"), "file-spreadsheet")
        self.xlsx_button.clicked.connect(lambda: self.save_attendance_export(csv=False))

        self.filings_card = ReportCard(
            "shield-check",
            self.tr("Berkas untuk instansi"),
            self.tr("Riwayat diklat siap unggah ke SIASN, register sertifikat (nomor, nama, NIP, unit, tanggal, "
                    "dicetak) dan catatan pindai semua meja, sebagai Excel."),
        )
        self.scanlog_button = self.filings_card.add_button(self.tr("Catatan pindai…"), "download", primary=False)
        self.scanlog_button.clicked.connect(lambda: self.save_filing(ReportKind.SCANLOG_XLSX))
        self.register_button = self.filings_card.add_button(self.tr("Register sertifikat…"), "download", primary=False)
        self.register_button.clicked.connect(lambda: self.save_filing(ReportKind.CERTIFICATES_XLSX))
        self.siasn_button = self.filings_card.add_button(self.tr("SIASN…"), "file-spreadsheet")
        self.siasn_button.clicked.connect(lambda: self.save_filing(ReportKind.SIASN_XLSX))

        for index, card in enumerate((self.attendance_card, self.event_card, self.jp_card, self.export_card)):
            grid.addWidget(card, index // 2, index % 2)
        grid.addWidget(self.filings_card, 2, 0, 1, 2)  # across both columns: three buttons fit
        grid.setRowStretch(3, 1)
        self.buttons = (self.attendance_button, self.event_button, self.jp_button, self.csv_button, self.xlsx_button,
                        self.scanlog_button, self.register_button, self.siasn_button)  # fmt: skip

        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 8, 0, 0)
        self.status_icon = QLabel()
        self.status_icon.setFixedSize(22, 22)
        status_row.addWidget(self.status_icon)
        self.status_label = QLabel(self.tr("Pilih laporan yang ingin disimpan."))
        self.status_label.setObjectName("muted")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row.addWidget(self.status_label, 1)
        self.open_folder_button = QPushButton(theme.icon("folder-open"), self.tr("Buka folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        status_row.addWidget(self.open_folder_button)
        outer.addLayout(status_row)

    # -- state --------------------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.reload()

    def page_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.event_id is None:
            self._show_event(None)
            return
        db, event_id = self.ctx.db, self.event_id

        def failed(message: str) -> None:
            self.show_error(message)
            self._show_event(None)

        self.tasks.run("event", lambda: event_service.get_event(db, event_id), self._show_event, failed)

    def _show_event(self, info: event_service.EventInfo | None) -> None:
        self.info = info
        for button in self.buttons:
            button.setEnabled(info is not None and not self.busy)
        if info is None:
            self.subtitle_label.setText(self.tr("Belum ada acara. Buat acara di halaman Acara."))
            self.counts_label.setText("")
            self.empty_banner.hide()
            return
        self.subtitle_label.setText(f"{info.title} · {long_date(info.date)}")
        self.counts_label.setText(
            self.tr("Hadir %1 dari %2 terdaftar").replace("%1", str(info.checked_in)).replace("%2", str(info.registered))
        )
        if self.year_spin.property("event") != info.id:  # another event: its year, its participants
            self.year_spin.setValue(info.date.year)
            self.year_spin.setProperty("event", info.id)
            self.jp_only_event.setChecked(True)
        if info.registered == 0:
            self.empty_text.setText(self.tr("Belum ada peserta terdaftar. Impor daftar peserta di halaman Peserta."))
            self.empty_banner.show()
        elif info.checked_in == 0:
            self.empty_text.setText(
                self.tr("Belum ada yang check-in. Daftar hadir kosong dapat dicetak untuk tanda tangan di pintu.")
            )
            self.empty_banner.show()
            self.all_registered.setChecked(True)
        else:
            self.empty_banner.hide()
        self.all_registered.setEnabled(info.checked_in > 0)
        self.jp_only_event.setEnabled(info.checked_in > 0)

    # -- actions ------------------------------------------------------------------------------
    def _ask_path(self, title: str, stem: str, suffix: str, file_filter: str) -> Path | None:
        from asn_event.ui.shell.organizer_pin import ask_organizer_pin

        if not ask_organizer_pin(self, self.ctx, title, [self.event_id] if self.event_id else None):
            return None  # personal data leaves the laptop: the organizer's PIN, when one is set
        suggested = self.last_dir / f"{safe_file_stem(stem)}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        checked = confirm_output(self, path, asked=path == Path(chosen))
        if checked is not None:
            self.last_dir = checked.parent
        return checked

    def _stem(self, what: str) -> str:
        assert self.info is not None
        return f"{what} {self.info.code}"

    def save_attendance_pdf(self) -> None:
        if self.info is None:
            return
        path = self._ask_path(self.tr("Simpan daftar hadir"), self._stem("Daftar Hadir"), ".pdf", PDF_FILTER)
        if path is None:
            return
        all_registered = self.all_registered.isChecked() or self.info.checked_in == 0
        db, event_id = self.ctx.db, self.info.id
        self._run(
            self.tr("Menyusun daftar hadir…"),
            lambda progress: files.save_attendance_pdf(
                db, event_id, path, all_registered=all_registered, progress=progress
            ),
        )

    def save_event_report(self) -> None:
        if self.info is None:
            return
        path = self._ask_path(self.tr("Simpan laporan kegiatan"), self._stem("Laporan Kegiatan"), ".pdf", PDF_FILTER)
        if path is None:
            return
        db, clock, event_id = self.ctx.db, self.ctx.clock, self.info.id
        self._run(
            self.tr("Menyusun laporan kegiatan…"),
            lambda progress: files.save_event_report_pdf(db, clock, event_id, path, progress=progress),
        )

    def save_jp(self) -> None:
        if self.info is None:
            return
        year = self.year_spin.value()
        only_event = self.jp_only_event.isChecked() and self.info.checked_in > 0
        path = self._ask_path(self.tr("Simpan rekap JP"), f"Rekap JP {year}", ".xlsx", XLSX_FILTER)
        if path is None:
            return
        db = self.ctx.db
        event_id = self.info.id if only_event else None
        self._run(
            self.tr("Menghitung rekap JP…"),
            lambda progress: files.save_jp_xlsx(db, path, year=year, event_id=event_id, progress=progress),
        )

    def save_attendance_export(self, *, csv: bool) -> None:
        if self.info is None:
            return
        suffix, file_filter = (".csv", CSV_FILTER) if csv else (".xlsx", XLSX_FILTER)
        path = self._ask_path(self.tr("Simpan data kehadiran"), self._stem("Kehadiran"), suffix, file_filter)
        if path is None:
            return
        db, event_id = self.ctx.db, self.info.id
        self._run(
            self.tr("Menyimpan data kehadiran…"),
            lambda progress: files.save_attendance_export(db, event_id, path, progress=progress),
        )

    def save_filing(self, kind: ReportKind) -> None:
        """SIASN sheet, certificate register or scan log as .xlsx."""
        if self.info is None:
            return
        save, stem, title = {
            ReportKind.SIASN_XLSX: (files.save_siasn_xlsx, "SIASN Riwayat Diklat", self.tr("Simpan riwayat diklat SIASN")),
            ReportKind.CERTIFICATES_XLSX: (
                files.save_certificate_register, "Register Sertifikat", self.tr("Simpan register sertifikat")
            ),
            ReportKind.SCANLOG_XLSX: (files.save_scan_log, "Catatan Pindai", self.tr("Simpan catatan pindai")),
        }[kind]
        path = self._ask_path(title, self._stem(stem), ".xlsx", XLSX_FILTER)
        if path is None:
            return
        db, event_id = self.ctx.db, self.info.id
        self._run(title, lambda progress: save(db, event_id, path, progress=progress))

    def _run(self, title: str, work: Callable[[Progress], Any]) -> None:
        self.busy = True
        for button in self.buttons:
            button.setEnabled(False)
        self.show_status("clock", theme.MUTED, title)
        run_with_dialog(self, title, work, on_done=self._saved, on_failed=self._failed, on_cancelled=self._cancelled)

    def _finish(self) -> None:
        self.busy = False
        self.reload()

    def _saved(self, saved: SavedReport) -> None:
        self.last_saved = saved
        self._finish()
        if saved.kind in (ReportKind.ATTENDANCE_PDF, ReportKind.EVENT_PDF):
            detail = self.tr("%n halaman", "", saved.pages)
        else:
            detail = self.tr("%n baris", "", saved.rows)
        message = self.tr("Tersimpan: %1 (%2)").replace("%1", str(saved.path)).replace("%2", detail)
        self.show_status("circle-check", theme.SUCCESS.fg, message)
        self.open_folder_button.show()
        self.sig_status.emit(message)

    def _failed(self, message: str) -> None:
        self._finish()
        self.show_error(message)

    def _cancelled(self) -> None:
        self._finish()
        self.show_status("info", theme.MUTED, self.tr("Dibatalkan. Tidak ada berkas yang disimpan."))

    def show_error(self, message: str) -> None:
        self.show_status("circle-alert", theme.DANGER.fg, self.tr("Tidak tersimpan: %1").replace("%1", message))
        self.open_folder_button.hide()

    def show_status(self, icon: str, color: str, message: str) -> None:
        self.status_icon.setPixmap(theme.icon_pixmap(icon, color, 20))
        self.status_label.setText(message)
        self.status_label.setStyleSheet(f"color: {color};")

    def open_folder(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved.path.parent)))
