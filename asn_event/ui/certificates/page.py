"""The Sertifikat page: who receives a certificate, the design with a live preview, batch, print, verify."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.certificates import service
from asn_event.certificates.batch import BatchResult, make_batch, reprint_pdf
from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.events import EventInfo, get_event
from asn_event.ui.certificates.design import DesignPanel
from asn_event.ui.certificates.models import (
    CandidateFilter,
    CandidateModel,
    ObjectRole,
    print_with_preview,
)
from asn_event.ui.certificates.table import CandidateTable
from asn_event.ui.certificates.verify import VerifyPanel
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import long_date
from asn_event.ui.shell.errors import error_text, note_text
from asn_event.ui.shell.fit import CompactButton, ScrollingTabs
from asn_event.ui.shell.output import confirm_output
from asn_event.ui.shell.page import Page
from asn_event.ui.shell.tasks import run_task, run_with_dialog

PREVIEW_WIDTH = 900


class SertifikatPage(Page):
    page_key = "sertifikat"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._preview_pending = False
        self._preview_running = False
        self._generation = 0  # of the list loads: only the newest one's answer is shown
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        head, self.title_label, self.subtitle_label = self.header(self.tr("Sertifikat"))
        outer.addWidget(head)
        # Each tab scrolls by itself: the design and verification tabs no longer widen the page.
        self.tabs = ScrollingTabs()
        self.tabs.addTab(self._build_people_tab(), theme.icon("users"), self.tr("Penerima"))
        self.design = DesignPanel(ctx)
        self.design.sig_saved.connect(self._design_saved)
        self.tabs.addTab(self.design, theme.icon("pen-line"), self.tr("Desain dan penomoran"))
        self.verify_panel = VerifyPanel(ctx)
        self.tabs.addTab(self.verify_panel, theme.icon("badge-check"), self.tr("Verifikasi"))
        outer.addWidget(self.tabs, 1)

    # -- building -----------------------------------------------------------------------------

    def _build_people_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        layout.addWidget(self.summary)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, unit atau nomor…"))
        self.search.textChanged.connect(self._filter)
        self.show_combo = QComboBox()
        self.show_combo.addItems(
            [self.tr("Semua peserta"), self.tr("Yang berhak"), self.tr("Yang tidak berhak")]
        )
        self.show_combo.currentIndexChanged.connect(self._filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_combo)
        layout.addLayout(filters)

        self.model = CandidateModel(self)
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = CandidateTable(self.model, self.proxy)
        layout.addWidget(self.table, 1)

        hand = QHBoxLayout()
        # The less frequent tools drop their words before the actions below lose their room.
        add = CompactButton(theme.icon("plus"), self.tr("Tambahkan manual"))
        add.setToolTip(self.tr("Hadir tetapi tidak terpindai: beri sertifikat"))
        add.clicked.connect(lambda: self._override(True))
        remove = CompactButton(theme.icon("minus"), self.tr("Keluarkan"))
        remove.setToolTip(self.tr("Tidak mengikuti sampai selesai: tanpa sertifikat"))
        remove.clicked.connect(lambda: self._override(False))
        follow = CompactButton(theme.icon("rotate-ccw"), self.tr("Ikuti aturan"))
        follow.clicked.connect(lambda: self._override(None))
        self.refresh_button = CompactButton(theme.icon("refresh-cw"), self.tr("Perbarui isi…"))
        self.refresh_button.setToolTip(
            self.tr(
                "Tulis ulang sertifikat terpilih dengan data terbaru (nama, JP, penandatangan); nomor tetap"
            )
        )
        self.refresh_button.clicked.connect(self.refresh_selected)
        self.require_feedback_box = QCheckBox(self.tr("Wajib sudah mengisi umpan balik"))
        self.require_feedback_box.toggled.connect(self._require_feedback_changed)
        for widget in (add, remove, follow, self.refresh_button):
            hand.addWidget(widget)
        hand.addStretch(1)
        hand.addWidget(self.require_feedback_box)
        layout.addLayout(hand)

        actions = QHBoxLayout()
        self.batch_button = QPushButton(theme.icon("file-text", theme.WHITE), self.tr("Buat PDF gabungan…"))
        self.batch_button.setProperty("primary", True)
        self.batch_button.clicked.connect(self.make_combined)
        per_person = QPushButton(theme.icon("users"), self.tr("PDF per orang…"))
        per_person.clicked.connect(self.make_per_person)
        self.print_button = QPushButton(theme.icon("printer"), self.tr("Cetak…"))
        self.print_button.setToolTip(
            self.tr("Cetak yang dipilih, atau semua yang berhak bila tidak ada yang dipilih")
        )
        self.print_button.clicked.connect(self.print_certificates)
        actions.addWidget(self.batch_button)
        actions.addWidget(per_person)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        return tab

    # -- loading --------------------------------------------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.setEnabled(event_id is not None)
        if event_id is None:
            self.subtitle_label.setText(self.tr("Belum ada acara. Buat acara di halaman Acara."))
            self.model.set_rows([])
            return
        self.design.load(event_id)
        db = self.ctx.db
        self.tasks.run("rule", lambda: service.get_settings(db, event_id).require_feedback, self._show_rule)
        if self.isVisible():  # a page built or switched in the background loads when it is shown
            self.reload()

    def _show_rule(self, with_feedback: bool) -> None:
        self.require_feedback_box.blockSignals(True)
        self.require_feedback_box.setChecked(with_feedback)
        self.require_feedback_box.blockSignals(False)

    def page_shown(self) -> None:
        if self.event_id is not None:
            self.reload()

    def reload(self) -> None:
        """Load the list on the task pool; the newest request wins (older answers are dropped)."""
        if self.event_id is None:
            return
        self._generation += 1
        generation, db, event_id = self._generation, self.ctx.db, self.event_id
        if not self.model.rows:
            self.summary.setText(self.tr("Memuat daftar peserta…"))

        def load(_progress: Any) -> tuple[EventInfo, list[service.Candidate]]:
            return get_event(db, event_id), service.list_candidates(db, event_id)

        run_task(
            load,
            on_done=lambda result: self._show_rows(generation, *result),
            on_failed=lambda message: self._load_failed(generation, message),
            owner=self,
        )

    def _load_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.summary.setText(message)
            self.sig_status.emit(message)

    def _show_rows(self, generation: int, event: EventInfo, rows: list[service.Candidate]) -> None:
        if generation != self._generation or event.id != self.event_id:
            return  # a newer load is on its way
        self.subtitle_label.setText(f"{event.title} · {long_date(event.date)}")
        self.model.set_rows(rows)
        eligible = sum(r.eligible for r in rows)
        numbered = sum(r.number is not None and r.eligible for r in rows)
        if not rows:
            self.summary.setText(self.tr("Belum ada peserta. Impor daftar di halaman Peserta."))
        elif not eligible:
            self.summary.setText(self.tr("Belum ada yang berhak sertifikat: belum ada yang check-in."))
        else:
            self.summary.setText(
                self.tr(
                    "{eligible} dari %n peserta berhak sertifikat · {numbered} sudah bernomor", "", len(rows)
                ).format(eligible=eligible, numbered=numbered)
            )
        self.batch_button.setEnabled(eligible > 0)
        self.print_button.setEnabled(eligible > 0)

    # -- people ---------------------------------------------------------------------------------

    def _filter(self) -> None:
        eligible = {0: None, 1: True, 2: False}[self.show_combo.currentIndex()]
        self.proxy.set_filter(self.search.text(), eligible)

    def _selected(self) -> list[service.Candidate]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(index, ObjectRole) for index in rows]

    def _override(self, value: bool | None) -> None:
        selected = self._selected()
        if not selected:
            self.sig_status.emit(self.tr("Pilih dulu peserta di daftar."))
            return
        try:
            for candidate in selected:
                service.set_override(self.ctx.db, candidate.registration_id, value)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Sertifikat"), error_text(error))
        self.reload()

    def refresh_selected(self) -> None:
        numbered = [c for c in self._selected() if c.number]
        if not numbered:
            self.sig_status.emit(self.tr("Pilih dulu peserta yang sertifikatnya sudah bernomor."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Perbarui isi sertifikat"),
            self.tr(
                "Isi %n sertifikat terpilih ditulis ulang dengan data peserta dan acara saat ini. "
                "Nomornya tetap. Sertifikat yang sudah tercetak tetap sah dengan isi lamanya. Lanjutkan?",
                "",
                len(numbered),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = service.refresh_certificates(self.ctx.db, self.ctx.clock, [c.registration_id for c in numbered])
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Sertifikat"), error_text(error))
            return
        self.sig_status.emit(self.tr("%n sertifikat diperbarui; cetak ulang bila perlu.", "", count))
        self.reload()

    def _require_feedback_changed(self, checked: bool) -> None:
        if self.event_id is None:
            return
        db, event_id = self.ctx.db, self.event_id
        self.tasks.write(
            lambda: service.set_require_feedback(db, event_id, checked),
            lambda _: self._rule_stored(checked),
            lambda message: (QMessageBox.warning(self, self.tr("Sertifikat"), message), self.reload()),
        )

    def _rule_stored(self, checked: bool) -> None:
        self.design.require_feedback = checked
        self.reload()

    def _design_saved(self, message: str) -> None:
        self.sig_status.emit(message)
        self.sig_events_changed.emit()
        self.reload()

    # -- batch and print --------------------------------------------------------------------------

    def make_combined(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF sertifikat"), "sertifikat.pdf", "PDF (*.pdf)"
        )
        out = confirm_output(self, path, asked=True) if path else None
        if out is not None:
            self._batch(out=out)

    def make_per_person(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder untuk PDF per orang"))
        chosen = confirm_output(self, folder, asked=False, folder=True) if folder else None
        if chosen is not None:
            self._batch(per_person=chosen)

    def _batch(self, out: Path | None = None, per_person: Path | None = None) -> None:
        assert self.event_id is not None
        db, clock, event_id = self.ctx.db, self.ctx.clock, self.event_id
        run_with_dialog(
            self,
            self.tr("Membuat sertifikat…"),
            lambda progress: make_batch(
                db, clock, event_id, out=out, per_person_dir=per_person, progress=progress
            ),
            on_done=self._batch_done,
            on_failed=self._failed,
            on_cancelled=lambda: self.sig_status.emit(
                self.tr("Pembuatan sertifikat dibatalkan; tidak ada berkas setengah jadi.")
            ),
        )

    def _batch_done(self, result: BatchResult) -> None:
        where = str(result.out) if result.out else self.tr("%n berkas per orang", "", len(result.per_person))
        self.sig_status.emit(
            self.tr("%n sertifikat disimpan ({new} nomor baru): {where}", "", result.pages).format(
                new=result.newly_issued, where=where
            )
        )
        if result.warnings:
            QMessageBox.information(self, self.tr("Sertifikat"), "\n\n".join(note_text(w) for w in result.warnings))
        self.reload()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Sertifikat"), message)
        self.reload()

    def print_certificates(self) -> None:
        assert self.event_id is not None
        db, clock, event_id = self.ctx.db, self.ctx.clock, self.event_id
        chosen = {c.registration_id for c in self._selected() if c.eligible}

        def work(progress: Any) -> tuple[bytes, tuple[int, ...]]:
            issued = service.issue_certificates(db, clock, event_id, progress=progress).certificates
            ids = [c.id for c in issued if not chosen or c.registration_id in chosen]
            return reprint_pdf(db, event_id, ids)

        run_with_dialog(
            self, self.tr("Menyiapkan cetak…"), work, on_done=self._print_ready, on_failed=self._failed
        )

    def _print_ready(self, result: tuple[bytes, tuple[int, ...]]) -> None:
        pdf, ids = result

        def printed(pages: list[int]) -> None:
            service.record_print(self.ctx.db, self.ctx.clock, [ids[i] for i in pages])
            self.sig_status.emit(self.tr("%n sertifikat dicetak.", "", len(pages)))
            self.reload()

        print_with_preview(self, pdf, self.tr("Cetak sertifikat"), printed)
