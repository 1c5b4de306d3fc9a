"""The GUI composition root: QApplication, theme, translations, database, services, main window."""

from __future__ import annotations

import os
import sys
import threading

from asn_event import APP_NAME, APP_SLUG, ORGANIZATION


def display_missing() -> bool:
    """True on Linux without an X11/Wayland display and without QT_QPA_PLATFORM (Qt would abort)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_application(argv: list[str] | None = None, language: str | None = None):  # type: ignore[no-untyped-def]
    """The QApplication with theme and language (reuses a running instance, e.g. under pytest-qt).

    ``language`` ("id", "en") overrides the laptop's setting for this run without saving it.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from asn_event.ui.shell import theme
    from asn_event.ui.shell.settings import Settings

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION.split()[0])
        QCoreApplication.setApplicationName(APP_SLUG)
        app = QApplication(argv or [APP_SLUG])
    app.setApplicationDisplayName(APP_NAME)  # type: ignore[attr-defined]  # appended to window titles
    from asn_event.ui.shell.about import application_icon

    app.setWindowIcon(application_icon())  # type: ignore[attr-defined]  # every window and the taskbar
    theme.apply_theme(app)  # type: ignore[arg-type]
    use_language(app, language or Settings().language)
    return app


# The translators use_language installed; the next call removes them before installing its own.
_translators: list = []  # type: ignore[type-arg]


def use_language(app, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Speak ``language`` from now on: our strings from resources/translations/asn_event_{language}.qm
    (Indonesian is the source language and needs none) and Qt's own dialogs from qtbase_{language}.qm
    (resources/translations/qtbase_id.qm is the project's: Qt ships no Indonesian one).

    Widgets built afterwards use it (the settings dialog says: after a restart). Returns the loaded files.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from asn_event.paths import resource

    while _translators:
        app.removeTranslator(_translators.pop())
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [str(resource("translations", f"asn_event_{language}.qm"))] if language != "id" else []
    # Qt's own buttons and dialogs: the project's catalogue where Qt ships none (Indonesian), else Qt's.
    ours = resource("translations", f"qtbase_{language}.qm")
    candidates.append(str(ours) if ours.exists() else f"{qt_dir}/qtbase_{language}.qm")
    loaded = []
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(path) and app.installTranslator(translator):
            _translators.append(translator)
            loaded.append(path)
    return loaded


def open_or_explain(target: str | None):  # type: ignore[no-untyped-def]
    """Open the database for the GUI; on the default location, create it with the demo event."""
    from asn_event.backups import open_database  # a damaged file names its newest good backup
    from asn_event.paths import default_db_path

    # The full integrity check reads the whole file: it runs after the first paint (check_later).
    if target:
        return open_database(target, create=False, check=False), False
    path = default_db_path()
    fresh = not path.exists()
    return open_database(path, create=True, check=False), fresh


def server_target(settings):  # type: ignore[no-untyped-def]
    """The shared server set in Pengaturan as a URL, the password from the keyring or asked now.

    None (the file on this laptop) when no server is set or the person cancels the password question.
    """
    if not settings.server_host:
        return None
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from asn_event.connection import ServerAddress, load_password

    address = ServerAddress(
        settings.server_host, settings.server_port, settings.server_database, settings.server_user
    )
    password = load_password(address)
    if password is None:
        password, ok = QInputDialog.getText(
            None,
            APP_NAME,
            QCoreApplication.translate("Start", "Kata sandi server basis data untuk %1:").replace("%1", address.key),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
    return address.url(password)


def open_server_or_file(db_target: str | None, settings):  # type: ignore[no-untyped-def]
    """``--db``, else the shared server set in Pengaturan, else the file on this laptop.

    A server that does not answer at start is not a dead end: the person may try again, use the
    file on this laptop for this run (the setting stays), or close.
    """
    if db_target or not settings.server_host:
        return open_or_explain(db_target)
    from asn_event.db.errors import DatabaseError
    from asn_event.ui.shell.errors import error_text
    from asn_event.ui.shell.server_dialog import ask_when_server_down

    url = server_target(settings)
    while url is not None:
        try:
            return open_or_explain(url)
        except DatabaseError as exc:
            choice = ask_when_server_down(error_text(exc))
            if choice == "close":
                raise
            if choice == "local":
                break
    return open_or_explain(None)


def start(db_target: str | None = None, settings=None):  # type: ignore[no-untyped-def]
    """Open the database and show the main window; returns (app, window, db).

    Raises DatabaseError when the database cannot be used (the caller tells the user).
    """
    # Import SQLAlchemy and the services before PySide6: once PySide6 is imported, its import hook
    # (for __feature__) makes every later import markedly slower, and SQLAlchemy is most of start-up.
    import asn_event.events  # noqa: F401

    app = create_application(sys.argv[:1])
    from asn_event.context import AppContext
    from asn_event.ui.shell.main_window import MainWindow
    from asn_event.ui.shell.settings import Settings

    settings = settings or Settings()
    db, fresh = open_server_or_file(db_target, settings)
    ctx = AppContext(
        db=db, desk=settings.desk_name, staff=settings.staff_name, auto_backup=auto_backup_for(db, settings)
    )
    if fresh:
        from asn_event.demo import create_demo

        create_demo(db, ctx.clock)
    # The window lists the events once; an id it does not know (deleted, other database) falls back
    # to the newest event there.
    window = MainWindow(ctx, settings, settings.last_event_id or None)
    window.show_on_screen()
    from asn_event.ui.shell.probe import install_if_asked

    install_if_asked()  # only the operator tests ask (ASN_EVENT_PROBE)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(WARM_UP_DELAY_MS, warm_up)  # after the first paint, not racing it for the GIL
    QTimer.singleShot(WARM_UP_DELAY_MS, lambda: check_later(window, db))
    return app, window, db


def check_later(window, db):  # type: ignore[no-untyped-def]
    """``PRAGMA quick_check`` off the GUI thread; a damaged file is offered its newest good backup, or,
    without one, the window says so and closes (working on would risk more damage)."""
    from asn_event.backups import integrity_problem
    from asn_event.ui.shell.tasks import run_task

    def done(damaged) -> None:  # type: ignore[no-untyped-def]
        window.integrity_checked = damaged is None
        if damaged is None:
            return
        from PySide6.QtWidgets import QMessageBox

        from asn_event.ui.shell.errors import error_text
        from asn_event.ui.shell.restore_offer import offer_restore

        if damaged.backup is not None and offer_restore(damaged, window):
            from asn_event.backups import restore

            db.dispose()
            try:
                restore(damaged.backup.path, damaged.path)
            except DatabaseError as exc:
                QMessageBox.critical(window, APP_NAME, error_text(exc))
                window.close()
                return
            window.reload_events()
            window.show_status(str(damaged.backup.path))
            window.integrity_checked = True
            return
        QMessageBox.critical(window, APP_NAME, error_text(damaged))
        window.close()

    from asn_event.db.errors import DatabaseError

    window.integrity_task = run_task(lambda _p: integrity_problem(db), on_done=done)
    return window.integrity_task


WARM_UP_DELAY_MS = 250


def auto_backup_for(db, settings):  # type: ignore[no-untyped-def]
    """The automatic backups of a SQLite file (None for a server database), with the USB folder set."""
    if not db.is_sqlite or not db.url.database or db.url.database == ":memory:":
        return None
    from pathlib import Path

    from asn_event.backups import AutoBackup

    mirror = settings.backup_mirror.strip()
    return AutoBackup(Path(db.url.database), mirror=Path(mirror) if mirror else None)


def start_or_offer_restore(db_target: str | None = None, settings=None):  # type: ignore[no-untyped-def]
    """:func:`start`, but a damaged database with a good automatic backup is offered its restore.

    Returns (app, window, db), or raises the DatabaseError to tell the user (declined, no backup,
    or the restore itself refused).
    """
    from asn_event.db.errors import DatabaseDamaged

    try:
        return start(db_target, settings)
    except DatabaseDamaged as damaged:
        if damaged.backup is None:
            raise
        create_application(sys.argv[:1])
        from asn_event.ui.shell.restore_offer import offer_restore

        if not offer_restore(damaged):
            raise
        from asn_event.backups import restore

        restore(damaged.backup.path, damaged.path)  # type: ignore[attr-defined]
        return start(db_target, settings)


def warm_up() -> threading.Thread:
    """After the first paint, import what the first click will need, on a thread of its own.

    The event loop is idle while the person reads the screen, so these imports (SQLAlchemy's ORM
    and the models, about a tenth of a second) run without freezing the window, and so does the
    mappers' one-time set-up, which the first ORM query would otherwise do on the GUI thread
    (0.17 s when the Check-in page opened its desk). Qt Charts' library (the Umpan Balik results)
    is loaded here too: its first import took 14 ms of the page's first open.
    """

    def work() -> None:
        import PySide6.QtCharts  # noqa: F401
        import sqlalchemy.orm

        import asn_event.db.models  # noqa: F401

        sqlalchemy.orm.configure_mappers()

    thread = threading.Thread(target=work, name="asn-event-warm-up", daemon=True)
    thread.start()
    return thread


def install_excepthook(window) -> None:  # type: ignore[no-untyped-def]
    """An error escaping a slot is shown in plain words (and logged), never as a traceback."""
    from asn_event.ui.shell.errors import show_crash

    def hook(kind, exc, tb) -> None:  # type: ignore[no-untyped-def]
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_crash(window, exc)

    sys.excepthook = hook


def run_gui(db_target: str | None = None) -> int:
    if display_missing():
        print(
            "asn-event: tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong). Jalankan di desktop, atau set "
            "QT_QPA_PLATFORM=offscreen untuk uji. Perintah baris (mis. 'asn-event events') tetap bisa dipakai.",
            file=sys.stderr,
        )
        return 2
    from asn_event.db.errors import DatabaseError

    try:
        app, window, db = start_or_offer_restore(db_target)
    except DatabaseError as exc:
        from PySide6.QtWidgets import QMessageBox

        from asn_event.ui.shell.errors import error_text
        from asn_event.words import error_text as plain_text

        create_application(sys.argv[:1])
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        print(f"asn-event: {plain_text(exc)}", file=sys.stderr)
        return 2
    install_excepthook(window)
    code = app.exec()
    window.deleteLater()
    db.dispose()
    return int(code)


def run_self_test(out=None) -> int:  # type: ignore[no-untyped-def]
    """``asn-event --self-test``: every step of an event day in a throwaway folder; 0 when all pass.

    The database, settings and logs go to a temporary folder (``ASN_EVENT_DATA_DIR``), pages are
    drawn on the offscreen platform, and the folder is removed at the end: the user's own data
    and settings are never opened.
    """
    import time

    from asn_event import __version__, selftest
    from asn_event.paths import DATA_DIR_ENV

    out = out or sys.stdout
    started = time.perf_counter()
    runner = selftest.Runner(out)
    print(f"{APP_NAME} {__version__}: uji mandiri", file=out, flush=True)
    saved = {name: os.environ.get(name) for name in (DATA_DIR_ENV, "QT_QPA_PLATFORM")}
    with selftest.scratch_folder() as folder:
        os.environ[DATA_DIR_ENV] = str(folder / "data")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        scratch = selftest.Scratch(folder)
        try:
            _self_test_steps(runner, scratch)
        finally:
            if scratch.db is not None:
                scratch.db.dispose()
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    verdict = "semua lulus" if runner.ok else "ADA YANG GAGAL"
    print(
        f"Uji mandiri: {sum(c.ok for c in runner.checks)}/{len(runner.checks)} lulus, "
        f"{time.perf_counter() - started:.1f} s, {verdict}.",
        file=out,
        flush=True,
    )
    return 0 if runner.ok else 1


def _self_test_steps(runner, scratch) -> None:  # type: ignore[no-untyped-def]
    from asn_event import selftest

    chain = [
        ("zona waktu", selftest.check_timezone),
        ("basis data", selftest.check_database),
        ("acara contoh", selftest.check_demo),
        ("undangan + QR", selftest.check_invitation),
        ("check-in", selftest.check_checkin),
        ("umpan balik", selftest.check_feedback),
        ("driver PostgreSQL", selftest.check_postgres_driver),
    ]
    for name, step in chain:  # each needs the one before: stop at the first failure
        if not runner.run(name, lambda step=step: step(scratch)):
            return

    def qt() -> str:
        from PySide6.QtCore import QSettings

        # Settings go to ASN_EVENT_DATA_DIR; any other QSettings (Qt's own) to the scratch folder too.
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
                QSettings.setPath(kind, scope, str(scratch.folder / "qsettings"))
        app = create_application([APP_SLUG], language="id")
        return f"QApplication di platform {app.platformName()}"  # type: ignore[attr-defined]

    if not runner.run("Qt", qt):
        return
    from asn_event.context import AppContext
    from asn_event.ui.shell.selftest import check_printing, check_sounds, rasterize, screen_checks

    runner.run("bunyi", check_sounds)

    if runner.run("sertifikat + QR", lambda: selftest.check_certificate(scratch, rasterize)):
        runner.run("cetak", lambda: check_printing(scratch.folder / "sertifikat.pdf", scratch.folder))
    for name, step in selftest.check_reports(scratch, rasterize):
        runner.run(name, step)
    ctx = AppContext(db=scratch.database, clock=scratch.clock, desk="Uji mandiri")
    for name, step in screen_checks(ctx, scratch.event_id, scratch.folder):
        runner.run(name, step)
