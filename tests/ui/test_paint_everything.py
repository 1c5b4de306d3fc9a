"""Every dialog and window of the app is painted, with content in it, under the pinned Qt.

The classes are found by walking asn_event/ui: every QDialog, QMainWindow and top-level window (a
kiosk, the stage) must have a builder below, so a new one cannot be forgotten. Each is painted
with what a real day puts in it: long names, signature strokes, errors shown, and the empty states.
A painter left open, a refused argument (QPen's keywords on PySide6 6.11 crashed the signature pad)
or a blank paint fails here instead of at the desk.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import socket
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import asn_event.ui
from asn_event.clock import FakeClock
from asn_event.context import AppContext

LONG_NAME = (
    "Prof. Dr. Ir. Hj. Raden Ajeng Siti Nurhasanah Kusumawardhani Wirjosoedarmo, S.E., M.M., M.Si., Ph.D."
)
LONG_UNIT = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kota Mojokerto"
STROKES = [[[0.05, 0.6], [0.15, 0.3], [0.25, 0.7], [0.35, 0.35], [0.5, 0.65], [0.7, 0.4], [0.9, 0.55]]]


def window_classes() -> list[type[QWidget]]:
    """Every dialog, main window and top-level window class defined in asn_event/ui."""
    found: list[type[QWidget]] = []
    for info in pkgutil.walk_packages(asn_event.ui.__path__, "asn_event.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name or not issubclass(cls, QWidget):
                continue
            if issubclass(cls, (QDialog, QMainWindow)) or "Kiosk" in name or name.endswith("Window"):
                found.append(cls)
    return found


def key(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


# -- builders: each yields (label, widget) pairs with content ------------------------------------


def _checkin_dialogs(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    from asn_event.ui.checkin import dialogs

    if cls is dialogs.SignatureDialog:
        empty = dialogs.SignatureDialog(LONG_NAME)
        yield "empty pad", empty
        signed = dialogs.SignatureDialog(LONG_NAME)
        signed.pad.strokes = [list(map(list, stroke)) for stroke in STROKES]
        yield "signed", signed
    elif cls is dialogs.UndoDialog:
        yield "long name", dialogs.UndoDialog(LONG_NAME, LONG_UNIT, "08.57")
    elif cls is dialogs.WalkInDialog:
        dialog = dialogs.WalkInDialog([LONG_UNIT, "Dinkes PPKB", "BKPSDM"], name=LONG_NAME)
        from asn_event.checkin.people import WalkInDraft, validate_walk_in

        dialog.show_problems(validate_walk_in(WalkInDraft(LONG_NAME, nip="1968 0411", unit="")))  # NIP and unit
        yield "problems shown", dialog
    elif cls is dialogs.PinDialog:
        dialog = dialogs.PinDialog("PIN kios", "PIN panitia untuk keluar dari mode kios.", confirm=True)
        dialog.show_error("Kedua PIN tidak sama. Ketik ulang.")
        yield "error shown", dialog


def _camera(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    yield "no camera", cls()


def _checkin_kiosk(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    from asn_event.ui.checkin.screens import sample_result

    idle = cls(ctx, event_id)
    idle.sounds.muted = True
    yield "idle", idle
    for state in ("accepted", "unknown"):
        kiosk = cls(ctx, event_id)
        kiosk.sounds.muted = True
        result = sample_result(ctx, event_id, state)
        if result is not None:
            kiosk.banner.show_result(result)
        yield state, kiosk


def _feedback_kiosk(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    from asn_event.feedback import service
    from asn_event.ui.feedback.kiosk import KioskSetup

    form = service.active_form(ctx.db, event_id)
    setup = KioskSetup(form, LONG_NAME, None)
    yield "start", cls(ctx, setup)
    answering = cls(ctx, setup)
    answering.begin(None, LONG_NAME)
    yield "a section", answering


def _phone(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    from asn_event.feedback import service

    form = service.active_form(ctx.db, event_id)
    yield "not serving yet", cls(ctx, form.id, LONG_NAME)
    serving = cls(ctx, form.id, LONG_NAME)
    loopback = serving.address.findData("127.0.0.1")
    serving.address.setCurrentIndex(max(loopback, 0))
    with socket.socket() as probe:  # a free port on this machine
        probe.bind(("127.0.0.1", 0))
        serving.port.setValue(probe.getsockname()[1])
    serving.start_server()
    try:
        yield "serving: address and QR code", serving
    finally:
        serving.stop_server()


def _about(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    yield "about", cls(ctx.db.display_name, "/home/meja/.config/BKPSDM/asn-event.conf")


def _delete_event(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    from datetime import date

    from asn_event.events import EventContents
    from asn_event.ui.events.delete_dialog import DeleteEventDialog

    contents = EventContents(event_id, "SINAR-20251117", LONG_UNIT, date(2025, 11, 17), 150, 3, 3, 5, 1, 1, 0, 0)
    yield "test event", DeleteEventDialog(contents, backed_up=True)
    issued = EventContents(event_id, "SINAR-20251117", LONG_UNIT, date(2025, 11, 17), 150, 140, 151, 5, 1, 98, 140, 12)
    yield "certificates issued, on a server", DeleteEventDialog(issued, backed_up=False)


def _import(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    yield "no file yet", cls(ctx, event_id)


def _person(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    from asn_event.roster.people import list_units

    units = list_units(ctx.db)
    yield "new person", cls(units)
    dialog = cls(units)
    dialog.name_edit.setText(LONG_NAME)
    dialog.nip_edit.setText("19680411 199313 2 009")  # a wrong NIP: its message shows
    yield "long name, wrong NIP", dialog


def _settings(ctx: AppContext, event_id: int, cls: type, settings) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    yield "settings", cls(settings)


def _server(ctx: AppContext, event_id: int, cls: type, settings) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    from asn_event.connection import ServerCheck

    yield "no server (this laptop's file)", cls(settings)
    dialog = cls(settings)
    dialog.use_server.setChecked(True)
    dialog.host_edit.setText("192.168.100.200")
    dialog.password_edit.setText("rahasia")
    dialog.answer.setText(dialog.words(ServerCheck.LOGIN))
    yield "server refused the password", dialog


def _main_window(
    ctx: AppContext, event_id: int, cls: type, settings, empty_ctx
) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell.pages import PAGES

    for spec in PAGES:
        window = cls(ctx, settings, event_id)
        window.resize(1366, 768)
        window.show_page(spec.key)
        yield f"page {spec.key}", window
    window = cls(empty_ctx, settings, None)  # a database without any event
    window.resize(910, 512)
    window.show_page("checkin")
    yield "no event", window


def _stage(ctx: AppContext, event_id: int, cls: type) -> Iterator[tuple[str, QWidget]]:
    from asn_event.stage.samples import SampleState, sample_timer

    for state in (SampleState.NORMAL, SampleState.OVERTIME, SampleState.MESSAGE):
        window = cls(animate=False)
        window.set_view(sample_timer(state).view())
        yield state.value, window


BUILDERS: dict[str, Callable[..., Iterator[tuple[str, QWidget]]]] = {
    "asn_event.ui.checkin.camera.CameraDialog": _camera,
    "asn_event.ui.checkin.dialogs.PinDialog": _checkin_dialogs,
    "asn_event.ui.checkin.dialogs.SignatureDialog": _checkin_dialogs,
    "asn_event.ui.checkin.dialogs.UndoDialog": _checkin_dialogs,
    "asn_event.ui.checkin.dialogs.WalkInDialog": _checkin_dialogs,
    "asn_event.ui.checkin.kiosk.CheckinKioskWindow": _checkin_kiosk,
    "asn_event.ui.feedback.kiosk.FeedbackKioskWindow": _feedback_kiosk,
    "asn_event.ui.feedback.phone.PhoneFormDialog": _phone,
    "asn_event.ui.shell.about.AboutDialog": _about,
    "asn_event.ui.events.delete_dialog.DeleteEventDialog": _delete_event,
    "asn_event.ui.roster.import_dialog.ImportDialog": _import,
    "asn_event.ui.roster.person_dialog.PersonDialog": _person,
    "asn_event.ui.shell.main_window.MainWindow": _main_window,
    "asn_event.ui.shell.server_dialog.ServerDialog": _server,
    "asn_event.ui.shell.settings_dialog.SettingsDialog": _settings,
    "asn_event.ui.stage.window.StageWindow": _stage,
}


def test_every_window_class_has_a_painter_here() -> None:
    classes = {key(cls) for cls in window_classes()}
    assert len(classes) >= 10  # the walk found the package's windows
    forgotten = sorted(classes - set(BUILDERS))
    assert not forgotten, f"add a builder to BUILDERS for: {forgotten}"
    gone = sorted(set(BUILDERS) - classes)
    assert not gone, f"these classes no longer exist: {gone}"


def _colours(image: QImage) -> int:
    seen = set()
    step = max(1, min(image.width(), image.height()) // 60)
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.fixture
def empty_ctx(db) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(db=db, clock=FakeClock(), desk="Meja 1", staff="")


@pytest.mark.parametrize("cls", window_classes(), ids=key)
def test_each_window_paints_with_content(qtbot, qtlog, ctx, demo, settings, empty_ctx, cls) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    builder = BUILDERS[key(cls)]
    extra = inspect.signature(builder).parameters
    kwargs = {
        name: value for name, value in (("settings", settings), ("empty_ctx", empty_ctx)) if name in extra
    }
    painted = 0
    for label, widget in builder(ctx, demo.event_id, cls, **kwargs):
        qtbot.addWidget(widget)
        if not isinstance(widget, QMainWindow):
            widget.resize(max(widget.sizeHint().width(), 480), max(widget.sizeHint().height(), 240))
        widget.show()
        qtbot.waitExposed(widget)
        image = widget.grab().toImage()
        assert not image.isNull() and image.width() > 100, label
        assert _colours(image) >= 3, f"{label}: painted blank"
        painted += 1
        if hasattr(widget, "leave"):
            widget.leave()  # kiosks refuse to close otherwise
        widget.close()
    assert painted
    problems = [
        record.message
        for record in qtlog.records
        if record.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and ("QPainter" in record.message or "paint" in record.message.lower())
    ]
    assert not problems, problems


def test_the_signature_strokes_show_as_ink(qtbot) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.checkin.dialogs import SignatureDialog

    blank, signed = SignatureDialog(LONG_NAME), SignatureDialog(LONG_NAME)
    signed.pad.strokes = [list(map(list, stroke)) for stroke in STROKES]
    for dialog in (blank, signed):
        qtbot.addWidget(dialog)
        dialog.show()
    ink = [_dark(d.pad.grab().toImage()) for d in (blank, signed)]
    assert ink[1] > ink[0] + 40


def _dark(image: QImage) -> int:
    from PySide6.QtGui import QColor

    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 100
    )
