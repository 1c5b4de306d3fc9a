"""The desk under a real operator: clicks anywhere, a USB scanner's keys, F4, the kiosk, the stage, a pen stroke.

Every step is real X input (xdotool) into the app started as a clerk starts it; every outcome is
read from the database the app writes, and each scenario leaves screenshots behind.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select
from xdesk import Operator, inside

from asn_event.checkin.attendance import attendance, recent_scans
from asn_event.checkin.options import set_kiosk_pin, set_signature_enabled
from asn_event.clock import SystemClock
from asn_event.db.models import Registration
from asn_event.invitations.collect import collect_invitations
from asn_event.stage import service as stage_service
from asn_event.stage.view import TimerStatus

BUTTONS = ("QPushButton", "CompactButton", "QToolButton", "QCheckBox", "QComboBox")


@pytest.fixture
def invitations(demo):  # type: ignore[no-untyped-def]
    return collect_invitations(demo.db, demo.event_id)[1]


def present(demo) -> int:  # type: ignore[no-untyped-def]
    return attendance(demo.db, demo.event_id).present


def wait_until(check, what: str, operator: Operator, timeout: float = 10.0):  # type: ignore[no-untyped-def]
    return operator.wait_db(check, what, timeout)


def open_checkin(operator: Operator) -> None:
    operator.nav("Check-in")
    operator.find("MainWindow", name="scanField")
    operator.wait_for(lambda s: (s["focus"] or {}).get("name") == "scanField", "the focus in the scan field")


def random_point_off_buttons(
    operator: Operator, rng, area: list[int], avoid_rows: bool = False
) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A random point in ``area`` that is no button, check box or picker (those open dialogs or pages)."""
    window = operator.window(operator.snapshot(), "MainWindow")
    assert window is not None
    blocked = [w["rect"] for w in window["widgets"] if w["class"] in BUTTONS]
    if avoid_rows:
        nav = operator.widget(window, name="nav")
        blocked += [r["rect"] for r in (nav or {}).get("rows", []) if r["text"] != "Check-in"]
    for _ in range(200):
        point = (
            rng.randrange(area[0] + 2, area[0] + area[2] - 2),
            rng.randrange(area[1] + 2, area[1] + area[3] - 2),
        )
        if not any(inside((point[0], point[1], 1, 1), tuple(r)) for r in blocked):  # type: ignore[arg-type]
            return point
    raise AssertionError(f"no free point in {area}")


def test_thirty_scans_at_scanner_speed_after_clicks_anywhere(
    x_laptop, launch, demo, invitations, rng
) -> None:  # type: ignore[no-untyped-def]
    operator = launch(x_laptop)
    open_checkin(operator)
    window = operator.window(operator.snapshot(), "MainWindow")
    sidebar = operator.widget(window, name="sidebar")["rect"]  # type: ignore[index]
    page = operator.widget(window, name="pageScroll")
    assert page is not None
    for number, invitation in enumerate(invitations[:30], start=1):
        where = number % 4
        if where == 0:  # the event picker, opened and closed with Esc
            operator.click(operator.find("MainWindow", name="eventSwitcher"))
            time.sleep(0.15)
            operator.key("Escape")
        elif where == 1:
            operator.click(random_point_off_buttons(operator, rng, sidebar, avoid_rows=True))
        else:
            operator.click(random_point_off_buttons(operator, rng, page["rect"]))
        operator.scan(invitation.code)
        wait_until(lambda n=number: present(demo) == n, f"scan {number} counted", operator)
    scans = [e for e in recent_scans(demo.db, demo.event_id, 100) if e.status != "undo"]
    assert [e.status for e in scans] == ["accepted"] * 30  # no scan lost, none merged or cut
    assert {e.registration_id for e in scans} == {i.registration_id for i in invitations[:30]}
    snap = operator.snapshot()
    nav = operator.widget(operator.window(snap, "MainWindow"), name="nav")
    assert any(r["selected"] and r["text"] == "Check-in" for r in nav["rows"])  # never jumped to another page
    operator.screenshot("after-30-scans")


def test_f4_after_choosing_an_old_row_undoes_the_person_on_the_banner(
    x_laptop, launch, demo, invitations
) -> None:  # type: ignore[no-untyped-def]
    operator = launch(x_laptop)
    open_checkin(operator)
    first, *others = invitations[:5]
    operator.scan(first.code)
    wait_until(lambda: present(demo) == 1, "A checked in", operator)
    recent = operator.find("MainWindow", accessible="Pindaian terakhir")
    operator.wait_for(
        lambda s: (
            operator.widget(operator.window(s, "MainWindow"), accessible="Pindaian terakhir") or {}
        ).get("rows"),
        "A in the recent list",
    )
    recent = operator.find("MainWindow", accessible="Pindaian terakhir")
    operator.click(tuple(recent["rows"][0]["rect"]))  # the operator clicks A's row
    for invitation in others:
        operator.scan(invitation.code)
    wait_until(lambda: present(demo) == 5, "B..E checked in", operator)
    operator.key("F4")
    dialog = operator.find("UndoDialog", name="sectionTitle")
    assert dialog["text"] == others[-1].name  # the dialog names E, the person on the banner
    operator.screenshot("undo-dialog")
    operator.type("salah orang", delay_ms=30)
    operator.key("Return")
    wait_until(lambda: present(demo) == 4, "the undo written", operator)
    with demo.db.sessions() as session:
        checked = dict(session.execute(select(Registration.id, Registration.checked_in_at)).all())
    assert checked[others[-1].registration_id] is None
    assert checked[first.registration_id] is not None


def kiosk_open(operator: Operator) -> bool:
    return operator.window(operator.snapshot(), "CheckinKioskWindow") is not None


def test_the_kiosk_is_left_with_the_staff_keys_only_without_a_pin(
    x_laptop, launch, demo, invitations
) -> None:  # type: ignore[no-untyped-def]
    operator = launch(x_laptop)
    open_checkin(operator)
    operator.click(operator.find("MainWindow", text="Mode kios"))
    operator.wait_for(
        lambda s: (operator.window(s, "CheckinKioskWindow") or {}).get("full_screen"), "the kiosk full screen"
    )
    operator.scan(invitations[0].code)
    wait_until(lambda: present(demo) == 1, "a participant checks in at the kiosk", operator)
    operator.screenshot("kiosk-welcome")
    operator.key("ctrl+shift+k")  # no PIN set: the staff keys leave
    operator.wait_for(lambda s: operator.window(s, "CheckinKioskWindow") is None, "the kiosk closed")

    set_kiosk_pin(demo.db, SystemClock(), demo.event_id, "4827")
    operator.click(operator.find("MainWindow", text="Mode kios"))
    operator.wait_for(lambda s: operator.window(s, "CheckinKioskWindow"), "the kiosk again")
    operator.key("ctrl+shift+k")  # with a PIN the staff keys only ask for it
    operator.wait_for(lambda s: operator.window(s, "PinDialog"), "the PIN asked")
    operator.screenshot("kiosk-pin")
    operator.type("1111", delay_ms=30)
    operator.key("Return")
    operator.find("PinDialog", name="errorText")
    assert kiosk_open(operator)
    operator.key("Escape")  # the dialog closed without the PIN: the kiosk stays
    time.sleep(0.3)
    assert kiosk_open(operator)
    operator.key("Escape")  # Esc asks for the PIN too
    operator.wait_for(lambda s: operator.window(s, "PinDialog"), "the PIN asked by Esc")
    operator.type("4827", delay_ms=30)
    operator.key("Return")
    operator.wait_for(lambda s: operator.window(s, "CheckinKioskWindow") is None, "the kiosk left with the PIN")


def stage_timer(demo):  # type: ignore[no-untyped-def]
    return stage_service.load_timer(demo.db, SystemClock(), demo.event_id).timer


def test_the_stage_window_takes_the_timer_keys_and_goes_full_screen(x_laptop, launch, demo) -> None:  # type: ignore[no-untyped-def]
    operator = launch(x_laptop)
    operator.nav("Timer")
    operator.click(operator.find("MainWindow", text="Tampilkan di layar panggung"))
    operator.wait_for(
        lambda s: (operator.window(s, "StageWindow") or {}).get("active"), "the stage window active"
    )
    operator.key("space")  # no click into it first
    wait_until(lambda: stage_timer(demo).status is TimerStatus.RUNNING, "the segment started", operator)
    before = stage_timer(demo).remaining()
    operator.key("minus")
    wait_until(lambda: stage_timer(demo).remaining() < before - 30, "a minute taken off", operator)
    operator.key("b")
    wait_until(lambda: stage_timer(demo).blackout, "the blackout", operator)
    operator.key("b")
    wait_until(lambda: not stage_timer(demo).blackout, "the blackout lifted", operator)
    operator.key("F11")  # the only screen: full screen all the same (a mirrored projector)
    operator.wait_for(
        lambda s: (operator.window(s, "StageWindow") or {}).get("full_screen"), "the stage full screen"
    )
    stage = operator.window(operator.snapshot(), "StageWindow")
    assert stage["rect"][2:] == [1366, 768]  # type: ignore[index]
    operator.screenshot("stage-full-screen")
    operator.key("F11")
    operator.wait_for(
        lambda s: not (operator.window(s, "StageWindow") or {}).get("full_screen"), "back to a window"
    )
    stage = operator.window(operator.snapshot(), "StageWindow")
    operator.click(tuple(stage["rect"]), double=True)  # type: ignore[index]
    operator.wait_for(
        lambda s: (operator.window(s, "StageWindow") or {}).get("full_screen"),
        "full screen by a double-click",
    )
    operator.key("space")
    wait_until(
        lambda: stage_timer(demo).status is TimerStatus.PAUSED, "paused from the stage window", operator
    )


def test_a_signature_drawn_on_the_pad_is_saved(x_laptop, launch, demo, invitations) -> None:  # type: ignore[no-untyped-def]
    set_signature_enabled(demo.db, SystemClock(), demo.event_id, True)
    operator = launch(x_laptop)
    open_checkin(operator)
    operator.scan(invitations[2].code)
    dialog = operator.wait_for(lambda s: operator.window(s, "SignatureDialog"), "the signature pad")
    pad = operator.find("SignatureDialog", name="signaturePad")
    x, y, w, h = pad["rect"]
    stroke = [(x + 30 + i * (w - 60) // 24, y + h // 2 + (25 if i % 2 else -25)) for i in range(25)]
    operator.drag(stroke)
    operator.screenshot("signature-drawn")
    operator.click(operator.find("SignatureDialog", text="Simpan tanda tangan"))
    operator.wait_for(lambda s: operator.window(s, "SignatureDialog") is None, "the pad closed")
    with demo.db.sessions() as session:
        signature = session.scalar(
            select(Registration.signature).where(Registration.id == invitations[2].registration_id)
        )
    assert signature and len(signature[0]) >= 10  # one stroke with its points
    assert dialog["title"]
    statuses = [e.status for e in recent_scans(demo.db, demo.event_id, 10)]
    assert "signature" in statuses
    operator.screenshot("after-signature")


# Per page, the main actions that must be whole on a 910x512 screen without scrolling (by text prefix or
# accessible name, as the probe reports them).
MAIN_ACTIONS_SMALL = {
    "Check-in": [
        ("name", "scanField"),
        ("text", "Peserta baru"),
        ("text", "Kamera"),
        ("text", "Batalkan check-in"),
    ],
    "Acara": [("text", "Simpan")],
    "Umpan Balik": [("text", "Buka kios")],
    "Sertifikat": [("text", "Buat PDF gabungan"), ("text", "PDF per orang"), ("text", "Cetak")],
    "Timer": [
        ("accessible", "Mulai (Spasi)"),
        ("accessible", "Berikutnya (N)"),
        ("accessible", "1 menit (-)"),
        ("accessible", "Layar gelap (B)"),
        ("text", "Tampilkan di layar panggung"),
    ],
}


def test_at_910x512_the_main_actions_show_without_scrolling(x_small, launch, demo, invitations) -> None:  # type: ignore[no-untyped-def]
    operator = launch(x_small)
    snap = operator.snapshot()
    main = operator.window(snap, "MainWindow")
    assert main is not None and main["maximized"]
    screen = tuple(snap["screen"])
    assert inside(tuple(main["frame"]), screen), (main["frame"], screen)  # the title bar and status bar too
    missing = []
    for page in ("Acara", "Peserta", "Check-in", "Timer", "Umpan Balik", "Sertifikat", "Laporan"):
        operator.nav(page)
        time.sleep(0.6)  # the page lays out and loads
        operator.screenshot(f"910x512-{page.lower().replace(' ', '-')}")
        window = operator.window(operator.snapshot(), "MainWindow")
        for field, value in MAIN_ACTIONS_SMALL.get(page, []):
            widget = operator.widget(window, **{field: value})
            if widget is None or not widget["whole"] or not inside(tuple(widget["rect"]), screen):
                missing.append(f"{page}: {value}")
    assert not missing, f"cut off or scrolled away at 910x512: {missing}"
    operator.nav("Check-in")
    operator.find("MainWindow", name="scanField")
    operator.scan(invitations[5].code)
    operator.wait_db(lambda: present(demo) == 1, "a scan at 910x512")
    time.sleep(0.3)  # the banner is painted
    operator.screenshot("910x512-after-scan")


def test_the_feedback_kiosk_with_a_pin_is_left_only_with_the_pin(x_laptop, launch, demo) -> None:  # type: ignore[no-untyped-def]
    set_kiosk_pin(demo.db, SystemClock(), demo.event_id, "2468")
    operator = launch(x_laptop)
    operator.nav("Umpan Balik")
    operator.click(operator.find("MainWindow", text="Buka kios"))
    operator.wait_for(
        lambda s: (operator.window(s, "FeedbackKioskWindow") or {}).get("full_screen"), "the feedback kiosk"
    )
    operator.key("ctrl+shift+k")  # a participant found the staff keys: only the PIN is asked
    operator.wait_for(lambda s: operator.window(s, "QInputDialog"), "the PIN asked")
    operator.key("Escape")
    operator.wait_for(lambda s: operator.window(s, "QInputDialog") is None, "the PIN dialog closed")
    assert operator.window(operator.snapshot(), "FeedbackKioskWindow") is not None
    operator.key("ctrl+shift+k")
    operator.wait_for(lambda s: operator.window(s, "QInputDialog"), "the PIN asked again")
    operator.type("2468", delay_ms=30)
    operator.key("Return")
    operator.wait_for(lambda s: operator.window(s, "FeedbackKioskWindow") is None, "the kiosk left with the PIN")


def test_enter_on_a_name_several_people_share_shows_the_list(x_laptop, launch, demo) -> None:  # type: ignore[no-untyped-def]
    from asn_event.roster.people import PersonDraft, add_person

    ids = {
        add_person(demo.db, SystemClock(), demo.event_id, PersonDraft(name=f"Lukman {last}")).registration_id
        for last in ("Hakim", "Harahap", "Sidik")
    }
    operator = launch(x_laptop)
    open_checkin(operator)
    operator.type("lukman", delay_ms=120)  # a person typing
    operator.key("Return")
    results = operator.wait_for(
        lambda s: next(
            (
                w
                for w in operator.window(s, "MainWindow")["widgets"]
                if w["class"] == "QListWidget"
                and len(w.get("rows", [])) >= 3
                and all("Lukman" in r["text"] for r in w["rows"][:3])
            ),
            None,
        ),
        "the Lukmans listed",
    )
    time.sleep(0.5)
    assert present(demo) == 0  # Enter did not pick one of them
    operator.key("Down", "Down", "Return")
    operator.wait_db(lambda: present(demo) == 1, "the chosen Lukman checked in")
    with demo.db.sessions() as session:
        checked = set(session.scalars(select(Registration.id).where(Registration.checked_in_at.is_not(None))))
    assert checked <= ids and len(checked) == 1
    assert results["rows"]
