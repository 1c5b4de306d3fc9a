"""The import dialog: choose a file, check the columns, see the preview with every invalid row, import.

Reading, checking and writing run off the GUI thread (``ui.tasks``) with progress and cancel;
nothing is written until the user presses "Impor".
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_event import words
from asn_event.clock import to_wib
from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.progress import Progress
from asn_event.roster.headers import ColumnMapping, Field, guess_mapping
from asn_event.roster.importer import ImportResult, commit_import, plan_import
from asn_event.roster.reader import RosterFile, read_roster_file
from asn_event.roster.rows import ParsedRoster, parse_roster
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import note_text, row_problem_text
from asn_event.ui.shell.tasks import Task, run_task, user_message

ALL_SHEETS = ""
MAX_SHOWN_ERRORS = 2000
WIDE_SCREEN = 1100
"""Below this screen width the column mapping shows two fields a row (910 px at 150 % scaling)."""


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters




class ImportDialog(QDialog):
    sig_imported = Signal(object)
    """Rows were written: the :class:`ImportResult`."""

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.roster: RosterFile | None = None
        self.parsed: ParsedRoster | None = None
        self.preview: ImportResult | None = None
        self.task: Task | None = None
        self.mappings: dict[str, ColumnMapping] = {}
        self.synchronous = False  # screenshots: run each step at once on this thread
        self.setWindowTitle(self.tr("Impor daftar peserta"))
        # Within the screen: a 1366x768 laptop at 150 % has 910x512 (the dialog was 1008 px wide there).
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        narrow = room is not None and room.width() < WIDE_SCREEN
        self.resize(
            min(980, room.width() - 40) if room is not None else 980,
            min(680, room.height() - 60) if room is not None else 680,
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(
            self.tr("Pilih berkas Excel (.xlsx) atau CSV dari perangkat daerah")
        )
        choose = QPushButton(theme.icon("file-spreadsheet"), self.tr("Pilih berkas…"))
        choose.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(180)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(QLabel(self.tr("Sheet")))
        file_row.addWidget(self.sheet_combo)
        layout.addLayout(file_row)

        mapping_card = QFrame()
        mapping_card.setObjectName("card")
        mapping_layout = QVBoxLayout(mapping_card)
        mapping_layout.setContentsMargins(16, 10, 16, 10)
        title = QLabel(self.tr("Kolom"))
        title.setObjectName("sectionTitle")
        self.mapping_hint = QLabel(self.tr("Kolom dikenali dari judulnya. Ubah bila ada yang keliru."))
        self.mapping_hint.setObjectName("muted")
        mapping_layout.addWidget(title)
        mapping_layout.addWidget(self.mapping_hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.field_combos: dict[Field, QComboBox] = {}
        per_row = 2 if narrow else 3  # a narrow screen gets two fields a row instead of three
        for i, f in enumerate(Field):
            combo = QComboBox()
            combo.setMinimumWidth(140 if narrow else 170)
            combo.currentIndexChanged.connect(lambda _i, f=f: self._mapping_changed(f))
            self.field_combos[f] = combo
            label = QCoreApplication.translate("Words", words.COLUMNS[f.value])  # shared with the row problems
            grid.addWidget(QLabel(label), i // per_row, (i % per_row) * 2)
            grid.addWidget(combo, i // per_row, (i % per_row) * 2 + 1)
        mapping_layout.addLayout(grid)
        layout.addWidget(mapping_card)

        self.summary = QLabel(self.tr("Belum ada berkas. Pilih berkas untuk melihat pratinjau."))
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("muted")
        self.create_units = QCheckBox()
        self.create_units.setVisible(False)
        self.create_units.toggled.connect(lambda _on: self._start_preview())
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.create_units)

        self.errors_table = QTableWidget(0, 3)
        self.errors_table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Baris"), self.tr("Alasan")])
        self.errors_table.verticalHeader().setVisible(False)
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setWordWrap(True)
        header = self.errors_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.errors_table, 1)

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("muted")
        self.cancel_button = QPushButton(self.tr("Hentikan"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_task)
        self.import_button = QPushButton(theme.icon("upload", theme.WHITE), self.tr("Impor"))
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.progress_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(close)
        bottom.addWidget(self.import_button)
        layout.addLayout(bottom)
        self._set_mapping_enabled(False)

    # --- steps ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih daftar peserta"),
            "",
            self.tr("Excel atau CSV (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self.roster = None
        self.mappings = {}
        self._run(lambda p: read_roster_file(path, None, p), self._file_read, self.tr("Membaca berkas…"))

    def _file_read(self, roster: RosterFile) -> None:
        self.roster = roster
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        if len(roster.sheets) > 1:
            self.sheet_combo.addItem(self.tr("Semua sheet"), ALL_SHEETS)
        for table in roster.sheets:
            self.sheet_combo.addItem(table.sheet, table.sheet)
        self.sheet_combo.blockSignals(False)
        self._sheet_changed()

    def _chosen(self) -> RosterFile | None:
        if self.roster is None:
            return None
        sheet = self.sheet_combo.currentData()
        if not sheet:
            return self.roster
        tables = tuple(t for t in self.roster.sheets if t.sheet == sheet)
        return RosterFile(self.roster.path, self.roster.kind, tables, self.roster.notes)

    def _sheet_changed(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        single = len(chosen.sheets) == 1
        self._set_mapping_enabled(single)
        if single:
            table = chosen.sheets[0]
            mapping = self.mappings.get(table.sheet) or guess_mapping(table.headers)
            self.mappings[table.sheet] = mapping
            labels = [self.tr("(tidak diimpor)")] + [
                f"{column_letter(i)} · {h or self.tr('(tanpa judul)')}" for i, h in enumerate(table.headers)
            ]
            for f, combo in self.field_combos.items():
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(labels[0], None)
                for i, label in enumerate(labels[1:]):
                    combo.addItem(label, i)
                column = mapping.get(f)
                combo.setCurrentIndex(0 if column is None else column + 1)
                combo.blockSignals(False)
        self._start_preview()

    def _set_mapping_enabled(self, enabled: bool) -> None:
        for combo in self.field_combos.values():
            combo.setEnabled(enabled)
        if not enabled and self.roster is not None:
            self.mapping_hint.setText(
                self.tr(
                    "Semua sheet dibaca dengan kolom yang dikenali. Pilih satu sheet untuk mengatur kolom sendiri."
                )
            )
        elif enabled:
            self.mapping_hint.setText(self.tr("Kolom dikenali dari judulnya. Ubah bila ada yang keliru."))

    def _mapping_changed(self, f: Field) -> None:
        chosen = self._chosen()
        if chosen is None or len(chosen.sheets) != 1:
            return
        sheet = chosen.sheets[0].sheet
        mapping = self.mappings.get(sheet, ColumnMapping()).with_column(f, self.field_combos[f].currentData())
        self.mappings[sheet] = mapping
        for other, combo in self.field_combos.items():  # a column feeds one field: clear the others
            if other is not f and mapping.get(other) is None and combo.currentData() is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._start_preview()

    def _start_preview(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        mappings = dict(self.mappings)
        today = to_wib(self.ctx.clock.now()).date()
        create = self.create_units.isChecked()
        db, event_id = self.ctx.db, self.event_id

        def work(progress: Progress) -> tuple[ParsedRoster, ImportResult]:
            parsed = parse_roster(chosen, mappings, today, progress)
            return parsed, plan_import(db, event_id, parsed, create_units=create, progress=progress)

        self._run(work, self._preview_ready, self.tr("Memeriksa baris…"))

    def _preview_ready(self, value: tuple[ParsedRoster, ImportResult]) -> None:
        self.parsed, self.preview = value
        self.show_preview(self.preview)

    def start_import(self) -> None:
        if self.parsed is None or self.preview is None:
            return
        parsed, create = self.parsed, self.create_units.isChecked()
        ctx, event_id = self.ctx, self.event_id

        def work(p: Progress) -> ImportResult:
            from asn_event.backups import safety_backup

            safety_backup(ctx.db, "before-import")  # a way back from a wrong sheet
            return commit_import(ctx.db, ctx.clock, event_id, parsed, create_units=create, progress=p)

        self._run(work, self._imported, self.tr("Menyimpan…"))

    def _imported(self, result: ImportResult) -> None:
        self.sig_imported.emit(result)
        self.accept()

    # --- showing -------------------------------------------------------------------------------

    def show_preview(self, result: ImportResult) -> None:
        self.summary.setText(
            self.tr("%n baris siap diimpor: {added} baru · {updated} diperbarui · {unchanged} tidak berubah"
                    " · {invalid} tidak valid", "", result.valid).format(
                added=result.added, updated=result.updated,
                unchanged=result.unchanged, invalid=result.invalid,
            )
        )  # fmt: skip
        fg = theme.DANGER.fg if result.valid == 0 else theme.PRIMARY
        self.summary.setStyleSheet(f"color: {fg};")
        notes = [note_text(note) for note in result.notes]
        if result.registered:
            notes.insert(0, self.tr("%n orang akan didaftarkan ke acara ini.", "", result.registered))
        self.notes.setText("\n".join(notes))
        if result.new_units:
            shown = ", ".join(
                f"{p.text} ({p.rows})"
                + (self.tr(" — mirip {s}?").format(s=p.suggestion.label) if p.suggestion else "")
                for p in result.new_units[:6]
            )
            more = (
                self.tr(" dan {n} lainnya").format(n=len(result.new_units) - 6)
                if len(result.new_units) > 6
                else ""
            )
            self.create_units.blockSignals(True)
            self.create_units.setText(self.tr("Buat unit kerja baru untuk nama yang tidak dikenal: {units}{more}. "
                                              "Bila tidak dicentang, pesertanya disimpan tanpa unit.").format(units=shown, more=more))  # fmt: skip
            self.create_units.blockSignals(False)
        self.create_units.setVisible(bool(result.new_units))
        self.errors_table.setRowCount(min(len(result.errors), MAX_SHOWN_ERRORS))
        danger = theme.icon("circle-x", theme.DANGER.fg, 16)
        for i, error in enumerate(result.errors[:MAX_SHOWN_ERRORS]):
            sheet_item = QTableWidgetItem(danger, error.sheet)
            row_item = QTableWidgetItem(str(error.row))
            row_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.errors_table.setItem(i, 0, sheet_item)
            self.errors_table.setItem(i, 1, row_item)
            self.errors_table.setItem(i, 2, QTableWidgetItem(row_problem_text(error)))
        self.errors_table.resizeRowsToContents()
        self.errors_table.setVisible(bool(result.errors))
        self.import_button.setText(self.tr("Impor %n baris", "", result.valid))
        self.import_button.setEnabled(result.valid > 0)

    def show_failure(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setStyleSheet(f"color: {theme.DANGER.fg};")
        self.notes.setText("")
        self.errors_table.setRowCount(0)
        self.import_button.setEnabled(False)

    # --- background work -----------------------------------------------------------------------

    def _run(self, fn: Callable[[Progress], Any], done: Callable[[Any], None], label: str) -> None:
        if self.task is not None and not self.task.finished:
            self.task.cancel()
        if self.synchronous:
            try:
                value = fn(Progress())
            except (DomainError, ValueError, OSError) as exc:
                self.show_failure(user_message(exc))
                return
            done(value)
            return
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.progress_label.setText(label)

        def finished() -> None:
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            self.progress_label.setText("")

        def on_done(value: Any) -> None:
            if self.task is not task:
                return  # a newer preview replaced this one
            finished()
            done(value)

        def on_failed(message: str) -> None:
            if self.task is task:
                finished()
                self.show_failure(message)

        def on_cancelled() -> None:
            if self.task is task:
                finished()
                self.show_failure(self.tr("Dihentikan. Basis data tidak diubah."))

        def on_progress(n: int, total: int, text: str) -> None:
            if self.task is task:
                self.progress.setRange(0, max(total, 0))
                self.progress.setValue(min(n, total))
                self.progress_label.setText(text)

        task = run_task(
            fn, on_done=on_done, on_failed=on_failed, on_cancelled=on_cancelled, on_progress=on_progress, owner=self
        )
        self.task = task

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def reject(self) -> None:
        self.cancel_task()
        super().reject()


def screenshot_builder(ctx: AppContext, event_id: int | None, request: Any) -> QWidget:
    """The import preview of a sample sheet with the usual mistakes (``asn-event screenshot impor``)."""
    from asn_event.roster.samples import sample_rows, with_mistakes, write_xlsx

    if event_id is None:
        raise ValueError("Belum ada acara. Buat acara contoh dengan 'asn-event demo'.")
    dialog = ImportDialog(ctx, event_id)
    dialog.synchronous = True
    # The sample sheet is read whole by open_file: its folder goes at once, nothing is left in the temp dir.
    with tempfile.TemporaryDirectory(prefix="asn-impor-") as folder:
        path = write_xlsx(Path(folder) / "Peserta Dinkes PPKB.xlsx", with_mistakes(sample_rows(40)))
        dialog.open_file(path)
    return dialog
