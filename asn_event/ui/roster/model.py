"""The roster table's model: it holds the ordered ids of a search and fetches rows as they are shown.

100,000 people cost 100,000 integers in memory; a row's data is read (a page at a time, by primary
key) only when the view paints it. Sorting is a new query in the database, not a sort in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon

from asn_event.context import Database
from asn_event.roster.search import (
    PersonRow,
    RegistrationStatus,
    RosterQuery,
    SortKey,
    fetch_rows,
    search_ids,
)
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import clock_time
from asn_event.ui.shell.page_tasks import PageTasks

Index = QModelIndex | QPersistentModelIndex

PAGE = 100
MAX_CACHED = 5000


class RosterTableModel(QAbstractTableModel):
    NAME, NIP, TYPE, RANK, POSITION, UNIT, STATUS = range(7)
    COLUMN_COUNT = 7
    ObjectRole = Qt.ItemDataRole.UserRole + 1
    """The row's :class:`PersonRow`."""

    SORT_KEYS = {
        NAME: SortKey.NAME,
        NIP: SortKey.NIP,
        TYPE: SortKey.EMPLOYMENT,
        RANK: SortKey.RANK,
        POSITION: SortKey.POSITION,
        UNIT: SortKey.UNIT,
        STATUS: SortKey.STATUS,
    }

    sig_loaded = Signal()
    """A search's result is shown (at once on a SQLite file, when the server answered otherwise)."""

    def __init__(self, db: Database, parent: QObject | None = None, tasks: PageTasks | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks  # the page's database work: searches and rows off the GUI thread on a server
        self.event_id: int | None = None
        self.query = RosterQuery()
        self.ids: list[int] = []
        self.limit: int | None = None
        self._rows: dict[int, PersonRow] = {}
        self._asked: set[int] = set()  # first rows of the pages being read
        self._unfiltered: dict[tuple[object, ...], list[int]] = {}
        self._headers = (
            self.tr("Nama"),
            self.tr("NIP"),
            self.tr("Jenis"),
            self.tr("Pangkat/Gol"),
            self.tr("Jabatan"),
            self.tr("Unit kerja"),
            self.tr("Kehadiran"),
        )
        self._status_words = {
            RegistrationStatus.NOT_REGISTERED: self.tr("Tidak terdaftar"),
            RegistrationStatus.REGISTERED: self.tr("Terdaftar"),
            RegistrationStatus.CHECKED_IN: self.tr("Hadir"),
        }
        self._icons: dict[RegistrationStatus, QIcon] = {}

    # --- loading -------------------------------------------------------------------------------

    def load(self, event_id: int | None, query: RosterQuery, limit: int | None = None) -> None:
        """Run the search and show its result (the rows are fetched when painted).

        The unfiltered list (everybody in the scope, all of them) is kept until :meth:`invalidate`,
        so clearing the search field shows it again at once.
        """
        key = (event_id, query.scope, query.sort, query.descending)
        unfiltered = not query.text.strip()
        if unfiltered and key in self._unfiltered:
            self._show(event_id, query, limit, self._unfiltered[key])
            return
        db = self.db

        def found(ids: list[int]) -> None:
            if unfiltered:
                self._unfiltered[key] = ids
            self._show(event_id, query, limit, ids)

        self._run("ids", lambda: search_ids(db, event_id, query, None if unfiltered else limit), found)

    def _run(self, kind: str, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        if self.tasks is None:
            on_done(fn())
        else:
            self.tasks.run(kind, fn, on_done)

    def _show(self, event_id: int | None, query: RosterQuery, limit: int | None, ids: list[int]) -> None:
        self.beginResetModel()
        self.event_id, self.query, self.ids, self.limit = event_id, query, ids, limit
        self._rows.clear()
        self._asked.clear()
        self.endResetModel()
        self.sig_loaded.emit()

    def invalidate(self) -> None:
        """The data changed: forget the kept unfiltered lists."""
        self._unfiltered.clear()

    @property
    def truncated(self) -> bool:
        """The search found more than the limit; only the first ``limit`` are shown."""
        return self.limit is not None and bool(self.query.text.strip()) and len(self.ids) >= self.limit

    def reload(self) -> None:
        self.load(self.event_id, self.query, self.limit)

    def row_at(self, row: int) -> PersonRow | None:
        if not 0 <= row < len(self.ids):
            return None
        found = self._rows.get(row)
        if found is None:
            self._fetch_page(row)
            found = self._rows.get(row)
        return found

    def row_of(self, person_id: int) -> int:
        try:
            return self.ids.index(person_id)
        except ValueError:
            return -1

    def _fetch_page(self, row: int) -> None:
        if len(self._rows) > MAX_CACHED:
            self._rows.clear()
        start = row - row % PAGE
        if start in self._asked:
            return  # on its way
        page_ids = self.ids[start : start + PAGE]
        db, event_id = self.db, self.event_id
        self._asked.add(start)

        def fetched(rows: list[PersonRow]) -> None:
            self._asked.discard(start)
            if self.ids[start : start + PAGE] != page_ids:
                return  # another search is shown now
            by_id = {r.id: r for r in rows}
            for offset, person_id in enumerate(page_ids):
                if person_id in by_id:
                    self._rows[start + offset] = by_id[person_id]
            if self.tasks is not None and not self.tasks.inline and page_ids:  # arrived later: repaint
                last = start + len(page_ids) - 1
                self.dataChanged.emit(self.index(start, 0), self.index(last, self.COLUMN_COUNT - 1))

        self._run(f"rows-{start}", lambda: fetch_rows(db, event_id, page_ids), fetched)

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.ObjectRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.UNIT:
                return row.unit_name
            if column == self.NAME:
                return row.name
        if column == self.STATUS:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._status_icon(row.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(
                    theme.SUCCESS.fg if row.status is RegistrationStatus.CHECKED_IN else theme.MUTED
                )
        if column == self.NIP and role == Qt.ItemDataRole.FontRole:
            return theme.font(10.5)
        return None

    def _display(self, row: PersonRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.NIP:
            return row.nip_display or "—"
        if column == self.TYPE:
            return row.employment.value
        if column == self.RANK:
            return row.rank
        if column == self.POSITION:
            return row.position
        if column == self.UNIT:
            return row.unit or "—"
        words = self._status_words[row.status]
        if row.status is RegistrationStatus.CHECKED_IN and row.checked_in_at is not None:
            return f"{words} {clock_time(row.checked_in_at)}"
        return words

    def _status_icon(self, status: RegistrationStatus) -> QIcon:
        if status not in self._icons:
            name, color = {
                RegistrationStatus.CHECKED_IN: ("circle-check", theme.SUCCESS.fg),
                RegistrationStatus.REGISTERED: ("clock", theme.MUTED),
                RegistrationStatus.NOT_REGISTERED: ("minus", theme.MUTED),
            }[status]
            self._icons[status] = theme.icon(name, color, 16)
        return self._icons[status]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.load(self.event_id, RosterQuery(self.query.text, self.query.scope, key, descending), self.limit)
