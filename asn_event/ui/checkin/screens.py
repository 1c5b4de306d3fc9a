"""Screenshot builders for the desk in each result state (``--state accepted|already|refused``).

The banner shows a result built from the first registrations, read-only: taking a screenshot never
checks anybody in.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication, QWidget

from asn_event.checkin import ScanResult, ScanStatus
from asn_event.checkin.people import find_people
from asn_event.context import AppContext
from asn_event.ui.shell.screenshots import ScreenshotRequest, settle


def sample_result(ctx: AppContext, event_id: int, state: str) -> ScanResult | None:
    from asn_event.checkin.service import CheckinDesk
    from asn_event.invitations.collect import collect_invitations

    desk = CheckinDesk(ctx.db, ctx.clock, event_id, ctx.desk)
    _event, invitations = collect_invitations(ctx.db, event_id)
    if state in ("refused", "unknown"):
        return ScanResult(ScanStatus.UNKNOWN, raw="8991002101234")
    if state == "forged":
        return ScanResult(ScanStatus.FORGED, raw="SA1:1:1:AAAAAAAAAAAAAAAA")
    if not invitations or state not in ("accepted", "already"):
        return None
    hit = find_people(desk, invitations[0].name)[0]
    now = ctx.clock.now()
    accepted = state == "accepted"
    return ScanResult(
        ScanStatus.ACCEPTED if accepted else ScanStatus.ALREADY,
        registration_id=hit.registration_id,
        name=hit.name,
        nip=hit.nip,
        unit=hit.unit,
        position=hit.position,
        checked_in_at=now if accepted else now - timedelta(minutes=4),
        desk=ctx.desk if accepted else "Meja 2",
    )


def desk_builder(ctx: AppContext, event_id: int | None, request: ScreenshotRequest) -> QWidget:
    from asn_event.ui.shell.main_window import MainWindow
    from asn_event.ui.shell.settings import Settings

    window = MainWindow(ctx, request.settings or Settings(), event_id)
    window.resize(request.size)
    window.show()
    page = window.show_page("checkin")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    if event_id is not None:
        result = sample_result(ctx, event_id, request.state or "accepted")
        if result is not None:
            page.banner.show_result(result)  # type: ignore[attr-defined]
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)  # the counts load off the GUI thread
    settle(app, 10)
    return window
