"""'Buka formulir untuk ponsel' on the Umpan Balik page: start on a picked address, QR, stage, counts, stop."""

from __future__ import annotations

import socket

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from asn_event.feedback import responses, service
from asn_event.ui.checkin.camera import decode_grey
from asn_event.ui.feedback.page import UmpanBalikPage
from asn_event.ui.feedback.phone import LOOPBACK
from asn_event.ui.stage.page import TimerPage


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def decoded(image: QImage) -> list[str]:
    """What a phone camera reads in ``image``."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return decode_grey(bytes(grey.constBits()), grey.width(), grey.height(), grey.bytesPerLine())


@pytest.fixture
def page(qtbot, ctx, demo):  # type: ignore[no-untyped-def]
    page = UmpanBalikPage(ctx)
    qtbot.addWidget(page)
    page.set_event(demo.event_id)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page.form_id is not None, timeout=10000)  # the forms are read on the task pool
    return page


def start_phone_form(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.phone_button, Qt.MouseButton.LeftButton)
    dialog = page.phone
    assert dialog is not None and dialog.isVisible()
    addresses = [dialog.address.itemData(i) for i in range(dialog.address.count())]
    assert LOOPBACK in addresses and "0.0.0.0" not in addresses and "::" not in addresses
    dialog.address.setCurrentIndex(addresses.index(LOOPBACK))
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.server is not None, dialog.message.text()
    return dialog


def test_the_phone_form_starts_shows_a_readable_qr_and_counts_phone_answers(qtbot, page, demo):
    dialog = start_phone_form(qtbot, page)
    url = dialog.url.text()
    assert url == f"http://127.0.0.1:{dialog.port.value()}/"
    assert decoded(dialog.grab().toImage()) == [url]  # the dialog, painted, shows a code a phone reads
    assert "formulir ponsel aktif" in page.counts.text()
    form = service.load_form(demo.db, page.form_id)
    page_html = requests.get(url, timeout=10).text
    token = page_html.split('name="t" value="')[1].split('"')[0]
    data = {"t": token, **{f"q{q.id}": "4" for q in form.questions() if q.is_scale}}
    assert requests.post(url, data=data, timeout=10, allow_redirects=False).status_code == 303
    page.refresh_counts()
    assert "kios 0 · kertas 0 · ponsel 1 = 1 dari 0 hadir" in page.counts.text()
    # "Tutup" stops the server: the address answers no more
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert page.phone is None
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=5)
    assert "aktif" not in page.counts.text()


def test_the_qr_goes_to_the_stage_display_and_comes_off_again(qtbot, ctx, page):
    timer = TimerPage(ctx)
    qtbot.addWidget(timer)
    timer.set_event(page.event_id)
    page.sig_stage_qr.connect(timer.show_qr)  # as the main window wires them
    dialog = start_phone_form(qtbot, page)
    qtbot.mouseClick(dialog.stage_button, Qt.MouseButton.LeftButton)
    assert timer.stage_window is not None and timer.stage_window.isVisible()
    display = timer.stage_window.display
    display.resize(1280, 720)
    assert display.qr is not None and display.qr.url == dialog.url.text()
    assert decoded(display.grab().toImage()) == [dialog.url.text()]  # readable on the stage screen
    assert timer.control.preview.qr == display.qr  # the operator sees what the hall sees
    qtbot.mouseClick(dialog.stage_button, Qt.MouseButton.LeftButton)
    assert display.qr is None and decoded(display.grab().toImage()) == []  # the timer is back
    qtbot.mouseClick(dialog.stage_button, Qt.MouseButton.LeftButton)
    dialog.close()  # stopping the form takes its code off the stage too
    assert display.qr is None


def test_a_port_in_use_is_a_plain_message_and_closing_the_page_stops_the_form(qtbot, page, demo):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        qtbot.mouseClick(page.phone_button, Qt.MouseButton.LeftButton)
        dialog = page.phone
        dialog.address.setCurrentIndex(dialog.address.findData(LOOPBACK))
        dialog.port.setValue(taken.getsockname()[1])
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.server is None and "Pilih port lain" in dialog.message.text()
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    url = dialog.url.text()
    assert requests.get(url, timeout=10).status_code == 200
    page.close()  # the main window closes its pages when the app quits
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=5)


def test_live_counts_by_channel_against_attendance(qtbot, page, demo, clock):
    from test_feedback_web import person

    from asn_event.checkin.service import CheckinDesk

    form = service.load_form(demo.db, page.form_id)
    answers = {q.id: 4 for q in form.questions() if q.is_scale}
    desk = CheckinDesk(demo.db, clock, demo.event_id)
    for index, source in enumerate(["kiosk", "kiosk", "paper", "phone"]):
        _reg, code, _nip = person(demo.db, demo.event_id, index)
        desk.scan(code)
        responses.submit(demo.db, clock, form.id, answers, responses.new_submission_key(), code=code, source=source)
    for index in range(4, 8):
        desk.scan(person(demo.db, demo.event_id, index)[1])
    page.refresh_counts()
    assert page.counts.text() == "Respons: kios 2 · kertas 1 · ponsel 1 = 4 dari 8 hadir (50%)"


def test_a_laptop_without_a_network_is_told_what_to_do(qtbot, ctx, demo, monkeypatch):
    from asn_event.ui.feedback import phone

    monkeypatch.setattr(phone, "laptop_addresses", lambda: [])
    form = service.active_form(demo.db, demo.event_id)
    dialog = phone.PhoneFormDialog(ctx, form.id, form.title)
    qtbot.addWidget(dialog)
    assert [dialog.address.itemData(i) for i in range(dialog.address.count())] == [LOOPBACK]
    assert "belum tersambung ke jaringan" in dialog.message.text() and "hotspot" in dialog.message.text()


def test_the_main_window_sends_the_phone_forms_qr_to_the_timers_stage_and_stops_it_on_close(qtbot, ctx, settings, demo):
    from asn_event.app import create_application
    from asn_event.ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(window)
    window.show()
    feedback = window.show_page("umpan-balik")
    qtbot.waitUntil(lambda: feedback.form_id is not None, timeout=10000)  # the forms are read on the task pool
    dialog = start_phone_form(qtbot, feedback)
    url = dialog.url.text()
    qtbot.mouseClick(dialog.stage_button, Qt.MouseButton.LeftButton)
    timer = window.pages["timer"]  # built on demand for the stage display
    assert timer.stage_window is not None and timer.stage_window.display.qr.url == url
    window.close()  # closing the app
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=5)
