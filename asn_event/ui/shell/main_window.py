"""The main window: sidebar of pages, event switcher, status bar. Pages get the context at construction."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asn_event import APP_NAME
from asn_event import events as event_service
from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.ui.events.page import AcaraPage
from asn_event.ui.shell import theme
from asn_event.ui.shell.backup_timer import BackupTimer
from asn_event.ui.shell.dates import short_date
from asn_event.ui.shell.fit import ElidedLabel, PageScroll
from asn_event.ui.shell.page import Page
from asn_event.ui.shell.page_tasks import PageTasks
from asn_event.ui.shell.pages import PAGES, PageSpec
from asn_event.ui.shell.settings import Settings

MINIMUM_SIZE = QSize(860, 440)
SIDEBAR_WIDE, SIDEBAR_NARROW = 200, 164
NARROW_BELOW = 1100
TITLE_BAR_ALLOWANCE = 40
STAGE_CHECK_DELAY_MS = 400  # after the first paint and the warm-up (app.WARM_UP_DELAY_MS)
"""Room left for the window manager's title bar when the first size is taken from the screen's free area."""
"""Below this window width the sidebar narrows, so the pages keep their room at 150 % scaling."""


class MainWindow(QMainWindow):
    sig_event_changed = Signal(object)
    """The shown event changed (its id, or None when the database has no event)."""

    def __init__(self, ctx: AppContext, settings: Settings, event_id: int | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.event_id: int | None = None
        self.pages: dict[str, Page] = {}
        self.scrolls: dict[str, PageScroll] = {}
        self.setWindowTitle(APP_NAME)
        # A 1366x768 laptop at 150 % scaling is 910x512 logical pixels, less the taskbar and title bar.
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(self._first_size())

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())

        right = QWidget()
        right.setObjectName("page")
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_topbar())
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        row.addWidget(right, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.event_label = QLabel()
        self.loading_label = QLabel(self.tr("Memuat…"))
        self.loading_label.setObjectName("muted")
        self.loading_label.hide()
        self._loading: set[QObject] = set()
        self.statusBar().addPermanentWidget(self.loading_label)
        self.statusBar().addPermanentWidget(self.event_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.db_label.setText(self.tr("Basis data: %1").replace("%1", ctx.db.display_name))
        self.db_label.setToolTip(ctx.db.display_name)

        for index in range(min(len(PAGES), 9)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.nav.setCurrentRow(i))

        self.backup_timer: BackupTimer | None = None
        if ctx.auto_backup is not None:
            self.backup_timer = BackupTimer(ctx.auto_backup, self)
            self.backup_timer.sig_done.connect(self._backup_done)
            self.backup_timer.sig_failed.connect(self._backup_failed)
            self.backup_timer.start()

        self.tasks = PageTasks(inline=ctx.db.is_sqlite, on_failed=self.show_status, parent=self)
        self.tasks.sig_busy.connect(lambda on: self._loading_changed(self.tasks, on))
        if not self.tasks.inline and event_id is not None:
            self.set_event(event_id)  # the pages start loading it while the list of events comes
        self.reload_events(select=event_id)
        self.nav.setCurrentRow(0)

    # -- size and place ---------------------------------------------------------------------
    @staticmethod
    def _first_size() -> QSize:
        """1366x768 where the screen has room, else the room there is (its title bar still on screen)."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1366, 768)
        area = screen.availableGeometry()
        return QSize(min(1366, area.width()), min(768, area.height() - TITLE_BAR_ALLOWANCE))

    def show_on_screen(self) -> None:
        """Show as the operator left it; the first time maximized within the screen's free area.

        Never sized to the whole screen: on a 1366x768 laptop the title bar and the taskbar would push
        the status bar and the bottom of the pages off the screen.
        """
        saved = self.settings.window_geometry
        if (
            saved
            and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
            and self._on_a_screen()
        ):
            self.show()
        else:
            self.resize(self._first_size())
            self.showMaximized()

    def _on_a_screen(self) -> bool:
        frame = self.frameGeometry()
        return any(screen.availableGeometry().intersects(frame) for screen in QGuiApplication.screens())

    # -- building ---------------------------------------------------------------------------
    def page_title(self, key: str) -> str:
        titles = {
            "acara": self.tr("Acara"),
            "peserta": self.tr("Peserta"),
            "checkin": self.tr("Check-in"),
            "timer": self.tr("Timer"),
            "umpan-balik": self.tr("Umpan Balik"),
            "sertifikat": self.tr("Sertifikat"),
            "laporan": self.tr("Laporan"),
        }
        return titles.get(key, key)

    def _build_sidebar(self) -> QWidget:
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDE)
        self.sidebar = sidebar
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(0)
        brand = QLabel("SINAR ASN")
        brand.setObjectName("brand")
        sub = QLabel(self.tr("Event Desk · BKPSDM"))
        sub.setObjectName("brandSub")
        layout.addWidget(brand)
        layout.addWidget(sub)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        for spec in PAGES:
            item = QListWidgetItem(theme.icon(spec.icon, theme.WHITE, 20), self.page_title(spec.key))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        layout.addWidget(self.nav, 1)
        self.desk_button = QPushButton(theme.icon("monitor", theme.WHITE, 18), self.settings.desk_name)
        self.desk_button.setObjectName("deskButton")
        self.desk_button.setToolTip(self.tr("Nama meja, petugas dan bahasa laptop ini. Klik untuk mengubah."))
        self.desk_button.clicked.connect(self.edit_settings)
        layout.addWidget(self.desk_button)
        self.about_button = QPushButton(theme.icon("info", theme.WHITE, 18), self.tr("Tentang"))
        self.about_button.setObjectName("deskButton")
        self.about_button.setToolTip(self.tr("Versi, lokasi data dan lisensi (F1)"))
        self.about_button.clicked.connect(self.show_about)
        layout.addWidget(self.about_button)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, activated=self.show_about)
        return sidebar

    def _build_topbar(self) -> QWidget:
        bar = QWidget()
        bar.setStyleSheet(f"background: {theme.WHITE}; border-bottom: 1px solid {theme.BORDER};")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 8, 24, 8)
        self.top_title = ElidedLabel()
        self.top_title.setStyleSheet(f"border: none; font-weight: 600; color: {theme.PRIMARY};")
        row.addWidget(self.top_title, 1)
        label = QLabel(self.tr("Acara:"))
        label.setStyleSheet("border: none;")
        row.addWidget(label)
        self.switcher = QComboBox()
        self.switcher.setObjectName("eventSwitcher")
        self.switcher.setMinimumWidth(200)
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.switcher.setMinimumContentsLength(30)
        self.switcher.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.switcher.setToolTip(self.tr("Pilih acara yang sedang dikerjakan"))
        self.switcher.currentIndexChanged.connect(self._switcher_changed)
        row.addWidget(self.switcher)
        return bar

    # -- pages ------------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for ``key``, built the first time it is needed."""
        if key not in self.pages:
            spec: PageSpec = next(p for p in PAGES if p.key == key)
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            page: Page = cls(self.ctx)
            page.sig_status.connect(self.show_status)
            page.sig_loading.connect(lambda on, p=page: self._loading_changed(p, on))
            page.sig_events_changed.connect(lambda: self.reload_events(select=self.event_id))
            if isinstance(page, AcaraPage):
                page.sig_event_created.connect(lambda eid: self.reload_events(select=eid))
                page.sig_backup_requested.connect(self.backup_now)
            if key == "umpan-balik":  # the phone form's QR code goes to the Timer page's stage display
                page.sig_stage_qr.connect(lambda qr: self.page("timer").show_qr(qr))  # type: ignore[attr-defined]
            page.use_settings(self.settings)
            page.set_event(self.event_id)
            self.pages[key] = page
            self.scrolls[key] = PageScroll(page)
            self.stack.addWidget(self.scrolls[key])
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        row = next(i for i, p in enumerate(PAGES) if p.key == key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        page = self.page(key)
        self.stack.setCurrentWidget(self.scrolls[key])
        page.page_shown()
        self._update_title()

    # -- events -----------------------------------------------------------------------------
    def _loading_changed(self, source: QObject, on: bool) -> None:
        """A quiet "Memuat…" in the status bar while a page waits for the server."""
        if on:
            self._loading.add(source)
        else:
            self._loading.discard(source)
        self.loading_label.setVisible(bool(self._loading))

    def reload_events(self, select: int | None = None) -> None:
        db = self.ctx.db
        wanted = select if select is not None else self.event_id

        def failed(message: str) -> None:
            self.show_status(message)
            self._show_events([], wanted)

        self.tasks.run(
            "events", lambda: event_service.list_events(db), lambda e: self._show_events(e, wanted), failed
        )

    def _show_events(self, events: list[event_service.EventInfo], wanted: int | None) -> None:
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for e in events:
            self.switcher.addItem(f"{short_date(e.date)} · {e.title}", e.id)
        self.switcher.blockSignals(False)
        if not events:
            self.switcher.addItem(self.tr("Belum ada acara"), None)
            self.set_event(None)
            return
        index = self.switcher.findData(wanted) if wanted is not None else -1
        self.switcher.setCurrentIndex(index if index >= 0 else 0)
        self._switcher_changed(self.switcher.currentIndex())

    def _switcher_changed(self, index: int) -> None:
        event_id = self.switcher.itemData(index)
        if event_id != self.event_id:
            self.set_event(event_id)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        if self.backup_timer is not None:
            self.backup_timer.active = event_id is not None
        if event_id is not None:
            self.settings.last_event_id = event_id
        for page in self.pages.values():
            page.set_event(event_id)
        if event_id is not None and "timer" not in self.pages:
            # After the first paint: the check reads the agenda through the ORM, which start-up defers.
            QTimer.singleShot(STAGE_CHECK_DELAY_MS, self, lambda: self._reopen_stage(event_id))
        self._update_title()
        self.sig_event_changed.emit(event_id)

    def _reopen_stage(self, event_id: int) -> None:
        """A segment under way (the app was closed or crashed mid-talk): the Timer page reopens its stage display."""
        if event_id != self.event_id or "timer" in self.pages:
            return
        db, clock = self.ctx.db, self.ctx.clock

        def running(_: object) -> None:
            if event_id == self.event_id and "timer" not in self.pages:
                self.page("timer")

        self.tasks.run(
            "stage-check",
            lambda: _segment_running(db, clock, event_id) or None,
            lambda answer: running(answer) if answer else None,
        )

    def _update_title(self) -> None:
        key = PAGES[max(self.nav.currentRow(), 0)].key
        event_text = self.switcher.currentText() if self.event_id is not None else self.tr("belum ada acara")
        self.top_title.setText(f"{self.page_title(key)} · {event_text}")
        # The system adds " — Sinar ASN Event Desk" (the application's display name) on the title bar.
        self.setWindowTitle(f"{self.page_title(key)} · {event_text}")
        self.event_label.setText(self.tr("Acara: %1").replace("%1", event_text))

    # -- backups ----------------------------------------------------------------------------
    def backup_now(self, label: str = "manual") -> None:
        if self.backup_timer is not None and self.backup_timer.tick(force=True, label=label):
            self.show_status(self.tr("Membuat cadangan…"))

    def _backup_done(self, result: object) -> None:
        acara = self.pages.get("acara")
        if isinstance(acara, AcaraPage):
            acara.backup_card.show_state()
        if getattr(result, "made", None) is not None:
            self.show_status(self.tr("Cadangan dibuat dan diperiksa utuh."))

    def _backup_failed(self, message: str) -> None:
        acara = self.pages.get("acara")
        if isinstance(acara, AcaraPage):
            acara.backup_card.show_state(message)
        self.statusBar().showMessage(self.tr("Cadangan gagal: %1").replace("%1", message), 30_000)

    # -- misc -------------------------------------------------------------------------------
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def edit_settings(self) -> None:
        from asn_event.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.ctx.desk = self.settings.desk_name
            self.ctx.staff = self.settings.staff_name
            self.desk_button.setText(self.settings.desk_name)
            if self.ctx.auto_backup is not None:
                mirror = self.settings.backup_mirror
                self.ctx.auto_backup.mirror = Path(mirror) if mirror else None
            self.show_status(self.tr("Pengaturan disimpan."))

    def show_about(self) -> None:
        from asn_event.ui.shell.about import AboutDialog

        AboutDialog(self.ctx.db.display_name, self.settings.store.fileName(), self).exec()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.sidebar.setFixedWidth(SIDEBAR_WIDE if event.size().width() >= NARROW_BELOW else SIDEBAR_NARROW)
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if self.backup_timer is not None:
            self.backup_timer.stop()
        for page in self.pages.values():
            page.close()
        super().closeEvent(event)


def _segment_running(db: object, clock: object, event_id: int) -> bool:
    from asn_event.stage.agenda import AgendaError
    from asn_event.stage.service import segment_running

    try:
        return segment_running(db, clock, event_id)  # type: ignore[arg-type]
    except (DomainError, AgendaError):
        return False  # the Timer page says what is wrong when it is opened
