"""The Peserta page: the event's roster, searched as you type; add, edit, remove, import and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.roster import people
from asn_event.roster.export import export_xlsx
from asn_event.roster.importer import ImportResult
from asn_event.roster.people import InvalidPerson, PersonDraft
from asn_event.roster.search import (
    PersonRow,
    RegistrationStatus,
    RosterCounts,
    RosterQuery,
    Scope,
    roster_counts,
)
from asn_event.ui.roster.import_dialog import ImportDialog
from asn_event.ui.roster.invitation_export import invitations_button
from asn_event.ui.roster.model import RosterTableModel
from asn_event.ui.roster.person_dialog import PersonDialog
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import error_text
from asn_event.ui.shell.fit import CompactButton
from asn_event.ui.shell.output import confirm_output
from asn_event.ui.shell.page import Page
from asn_event.ui.shell.tasks import run_with_dialog

SEARCH_DELAY_MS = 60  # one query per pause in typing, not per key of a fast typist
SEARCH_LIMIT = 300  # matches shown for a search; more letters narrow it down


NARROW_BELOW = 1000
"""Below this page width the roster table shows name, NIP, unit and Kehadiran only."""


class PesertaPage(Page):
    page_key = "peserta"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RosterTableModel(ctx.db, self, self.tasks)
        self._select_after: int | None = None  # a person just saved, chosen in the table once it shows them
        self.counts = RosterCounts(0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        head, self.title_label, self.subtitle_label = self.header(self.tr("Peserta"))
        layout.addWidget(head)

        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari nama, NIP atau unit kerja…"))
        self.search_edit.addAction(
            theme.icon("search", theme.MUTED, 18), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search_edit.setClearButtonEnabled(True)
        self.scope_combo = QComboBox()
        for scope, label in (
            (Scope.EVENT, self.tr("Terdaftar di acara ini")),
            (Scope.CHECKED_IN, self.tr("Sudah hadir")),
            (Scope.NOT_CHECKED_IN, self.tr("Belum hadir")),
            (Scope.ALL, self.tr("Semua orang di basis data")),
        ):
            self.scope_combo.addItem(label, scope)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.scope_combo)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.add_button = QPushButton(theme.icon("user-plus", theme.WHITE), self.tr("Tambah peserta"))
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(theme.icon("pencil"), self.tr("Ubah"))
        self.register_button = QPushButton(theme.icon("plus"), self.tr("Daftarkan ke acara"))
        self.remove_button = QPushButton(theme.icon("trash-2", theme.DANGER.fg), self.tr("Hapus dari acara"))
        self.remove_button.setProperty("danger", True)
        self.import_button = CompactButton(theme.icon("upload"), self.tr("Impor…"))
        self.import_button.setToolTip(self.tr("Impor daftar peserta dari Excel (.xlsx) atau CSV"))
        self.export_button = CompactButton(theme.icon("download"), self.tr("Ekspor…"))
        self.export_button.setToolTip(self.tr("Simpan daftar yang tampil sebagai Excel (.xlsx)"))
        buttons = (self.add_button, self.edit_button, self.register_button, self.remove_button)
        for button in buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        # Invitations are prepared days before, with the roster: the same button as on the desk.
        self.invitations_button = invitations_button(self, ctx, lambda: self.event_id, self.sig_status.emit)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.invitations_button)
        for button in buttons:
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never clip the words
        layout.addLayout(actions)

        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RosterTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in ((0, 300), (1, 190), (2, 80), (3, 150), (4, 200), (5, 140), (6, 130)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(RosterTableModel.POSITION, QHeaderView.ResizeMode.Stretch)
        self._narrow: bool | None = None
        self.empty_label = QLabel()
        self.empty_label.setObjectName("placeholderText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.search())
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.register_button.clicked.connect(self.register_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_edit.setFocus)
        self.model.sig_loaded.connect(self._searched)

    # --- loading -------------------------------------------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.refresh()

    def page_shown(self) -> None:
        self.refresh()
        self.search_edit.setFocus()

    def current_query(self) -> RosterQuery:
        return RosterQuery(self.search_edit.text(), self.scope_combo.currentData(), self.model.query.sort,
                           self.model.query.descending)  # fmt: skip

    def refresh(self) -> None:
        """Reload the counts and the table (after a change, or when the page is shown)."""
        db, event_id = self.ctx.db, self.event_id
        self.tasks.run("counts", lambda: roster_counts(db, event_id), self._counted, self.sig_status.emit)

    def _counted(self, counts: RosterCounts) -> None:
        self.counts = counts
        self.model.invalidate()
        self.subtitle_label.setText(
            self.tr(
                "{registered} terdaftar · {checked_in} hadir · %n orang di basis data", "", self.counts.people
            ).format(
                registered=self.counts.registered,
                checked_in=self.counts.checked_in,
            )
        )
        self.search()

    def search(self) -> None:
        """Run the search in the field (each pause in typing): the table only, not the counts."""
        self._search_timer.stop()
        try:
            self.model.load(self.event_id, self.current_query(), SEARCH_LIMIT)
        except DomainError as exc:
            self.sig_status.emit(error_text(exc))

    def _searched(self) -> None:
        """The search's result is in the table: the count line and the empty state follow it."""
        if self._select_after is not None:
            self._select(self._select_after)
            self._select_after = None
        counts = self.counts
        if self.model.truncated:
            self.count_label.setText(
                self.tr("{n} pertama · ketik lebih lengkap").format(n=len(self.model.ids))
            )
        else:
            self.count_label.setText(self.tr("{n} ditampilkan").format(n=len(self.model.ids)))
        if self.model.ids:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(self._empty_text(counts.registered))
            self.stack.setCurrentWidget(self.empty_label)
        self._update_buttons()

    def _empty_text(self, registered: int) -> str:
        if self.event_id is None:
            return self.tr("Belum ada acara. Buat acara di halaman Acara.")
        if self.search_edit.text().strip():
            return self.tr(
                "Tidak ada yang cocok dengan “{text}”. Periksa ejaan, atau cari dengan NIP."
            ).format(text=self.search_edit.text().strip())
        if registered == 0 and self.scope_combo.currentData() is Scope.EVENT:
            return self.tr("Belum ada peserta. Impor daftar dari Excel, atau tambah peserta satu per satu.")
        return self.tr("Tidak ada peserta dalam pilihan ini.")

    def selected_rows(self) -> list[PersonRow]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(index.row())
            if row is not None:
                rows.append(row)
        return rows

    def _update_buttons(self) -> None:
        has_event = self.event_id is not None
        selected = self.selected_rows()
        self.add_button.setEnabled(has_event)
        self.import_button.setEnabled(has_event)
        self.invitations_button.setEnabled(has_event)
        self.edit_button.setEnabled(len(selected) == 1)
        registered = [r for r in selected if r.status is not RegistrationStatus.NOT_REGISTERED]
        self.remove_button.setEnabled(has_event and bool(registered))
        self.register_button.setVisible(self.scope_combo.currentData() is Scope.ALL)
        self.register_button.setEnabled(has_event and len(registered) < len(selected))

    def _select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    # --- actions -------------------------------------------------------------------------------

    def add_person(self) -> None:
        if self.event_id is None:
            return
        event_id, db, clock = self.event_id, self.ctx.db, self.ctx.clock
        self._person_form(
            None,
            lambda draft: people.add_person(db, clock, event_id, draft),
            self.tr("{name} ditambahkan ke acara."),
        )

    def edit_person(self) -> None:
        selected = self.selected_rows()
        if len(selected) != 1:
            return
        person_id = selected[0].id
        db, clock, event_id = self.ctx.db, self.ctx.clock, self.event_id
        self._person_form(
            selected[0],
            lambda draft: people.update_person(db, clock, event_id, person_id, draft),
            self.tr("Data {name} disimpan."),
        )

    def _person_form(
        self, row: PersonRow | None, save: Callable[[PersonDraft], PersonRow], done: str
    ) -> None:
        """Show the form until it is saved or cancelled; a refused save keeps it open with the reason."""
        db = self.ctx.db
        self.tasks.run("units", lambda: people.list_units(db), lambda units: self._ask_person(PersonDialog(units, row, self), save, done))

    def _ask_person(self, dialog: PersonDialog, save: Callable[[PersonDraft], PersonRow], done: str) -> None:
        if not dialog.exec():
            return
        draft = dialog.draft()

        def attempt() -> PersonRow | InvalidPerson:
            try:
                return save(draft)
            except InvalidPerson as exc:
                return exc

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), message)
            self._ask_person(dialog, save, done)

        self.tasks.write(attempt, lambda outcome: self._person_saved(dialog, save, done, outcome), failed)

    def _person_saved(
        self, dialog: PersonDialog, save: Callable[[PersonDraft], PersonRow], done: str, outcome: PersonRow | InvalidPerson
    ) -> None:
        if isinstance(outcome, InvalidPerson):
            dialog.show_errors(outcome.errors)
            self._ask_person(dialog, save, done)
            return
        self._select_after = outcome.id  # once the table shows the new list
        self.refresh()
        self.sig_status.emit(done.format(name=outcome.name))

    def register_selected(self) -> None:
        if self.event_id is None:
            return
        ids = [r.id for r in self.selected_rows() if r.status is RegistrationStatus.NOT_REGISTERED]
        db, clock, event_id = self.ctx.db, self.ctx.clock, self.event_id
        self.tasks.write(lambda: people.register_people(db, clock, event_id, ids), self._registered)

    def _registered(self, added: int) -> None:
        self.refresh()
        self.sig_status.emit(self.tr("%n orang didaftarkan ke acara.", "", added))

    def remove_selected(self, confirm: bool = True) -> None:
        rows = [r for r in self.selected_rows() if r.status is not RegistrationStatus.NOT_REGISTERED]
        if self.event_id is None or not rows:
            return
        names = ", ".join(r.name for r in rows[:3]) + (
            self.tr(" dan {n} lainnya").format(n=len(rows) - 3) if len(rows) > 3 else ""
        )
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Hapus dari acara"),
                self.tr(
                    "Hapus {names} dari daftar acara ini? Data orangnya tetap tersimpan untuk acara lain."
                ).format(names=names),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, event_id, ids = self.ctx.db, self.event_id, [r.id for r in rows]
        self.tasks.write(lambda: people.remove_from_event(db, event_id, ids), self._removed)

    def _removed(self, result: Any) -> None:
        self.refresh()
        message = self.tr("%n peserta dihapus dari acara.", "", result.removed)
        if result.kept_checked_in:
            message += " " + self.tr("Tidak dihapus karena sudah hadir: {names}.").format(
                names=", ".join(result.kept_checked_in)
            )
        self.sig_status.emit(message)

    def open_import(self) -> ImportDialog | None:
        if self.event_id is None:
            return None
        dialog = ImportDialog(self.ctx, self.event_id, self)
        dialog.sig_imported.connect(self._imported)
        dialog.open()
        return dialog

    def _imported(self, result: ImportResult) -> None:
        self.refresh()
        self.sig_status.emit(
            self.tr(
                "Impor selesai: {added} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} dilewati."
            ).format(
                added=result.added, updated=result.updated, unchanged=result.unchanged, invalid=result.invalid
            )
        )

    def export(self) -> None:
        from asn_event.ui.shell.organizer_pin import ask_organizer_pin

        title = self.tr("Ekspor daftar peserta")
        if not ask_organizer_pin(self, self.ctx, title, [self.event_id] if self.event_id else None):
            return  # personal data leaves the laptop: the organizer's PIN, when one is set
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor daftar peserta"), "peserta.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not path:
            return
        target = confirm_output(self, Path(path).with_suffix(".xlsx"), asked=Path(path).suffix == ".xlsx")
        if target is None:
            return
        ctx, event_id, query = self.ctx, self.event_id, self.current_query()
        run_with_dialog(
            self,
            self.tr("Mengekspor daftar peserta…"),
            lambda p: export_xlsx(ctx.db, event_id, query, target, p),
            on_done=lambda n: self.sig_status.emit(
                self.tr("%n baris diekspor ke {file}.", "", n).format(file=target.name)
            ),
            on_failed=lambda message: QMessageBox.warning(self, self.tr("Ekspor gagal"), message),
        )

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """A narrow page (910 px at 150 %) keeps Kehadiran in sight: type, rank and position step aside
        (the person form shows them), and the name and NIP columns narrow."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_BELOW
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for column in (RosterTableModel.TYPE, RosterTableModel.RANK, RosterTableModel.POSITION):
            self.table.setColumnHidden(column, narrow)
        self.table.setColumnWidth(RosterTableModel.NAME, 240 if narrow else 300)
        self.table.setColumnWidth(RosterTableModel.NIP, 170 if narrow else 190)
