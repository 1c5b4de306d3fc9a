"""The Sertifikat page on the demo event: eligibility list, overrides, live preview, verify panel."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select, update

from asn_event.certificates import new_key_pair, render_certificates, service
from asn_event.certificates.sample import sample_content
from asn_event.certificates.service import Eligibility
from asn_event.db.models import Registration
from asn_event.ui.certificates.models import (
    COL_STATUS,
    CandidateFilter,
    CandidateModel,
    ObjectRole,
    landscape_printer,
    paint_pages,
)
from asn_event.ui.certificates.page import SertifikatPage

pytestmark = pytest.mark.qt


def _check_in(demo, clock, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():
        ids = list(session.scalars(select(Registration.id).order_by(Registration.id).limit(count)))
        session.execute(
            update(Registration).where(Registration.id.in_(ids)).values(checked_in_at=clock.now())
        )
    return ids


def _loaded(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The list loads on the task pool: wait until its answer has been shown."""
    from asn_event.ui.shell import tasks

    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20000)


@pytest.fixture
def page(qtbot, ctx, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    widget = SertifikatPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_the_list_says_who_is_eligible_in_words_and_filters(page, qtbot, demo, clock) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, 3)
    page.set_event(demo.event_id)
    _loaded(page, qtbot)
    assert "3 dari 150 peserta berhak" in page.summary.text()
    page.show_combo.setCurrentIndex(1)
    assert page.proxy.rowCount() == 3
    status = page.proxy.index(0, COL_STATUS).data()
    assert status == "Berhak (hadir)"
    page.show_combo.setCurrentIndex(2)
    assert page.proxy.rowCount() == 147


def test_adding_someone_by_hand_makes_them_eligible(page, demo, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.set_event(demo.event_id)
    _loaded(page, qtbot)
    assert not page.batch_button.isEnabled()
    page.table.selectRow(0)
    chosen = page.proxy.index(0, 0).data(ObjectRole)
    page._override(True)
    _loaded(page, qtbot)
    rows = {c.registration_id: c for c in service.list_candidates(demo.db, demo.event_id)}
    assert rows[chosen.registration_id].status is Eligibility.ADDED
    assert page.batch_button.isEnabled()
    assert "1 dari 150" in page.summary.text()


def test_the_design_preview_renders_page_one_off_the_gui_thread(page, demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.set_event(demo.event_id)
    _loaded(page, qtbot)
    page.tabs.setCurrentWidget(page.design)
    page.design.refresh_preview()
    qtbot.waitUntil(lambda: page.design.preview_image is not None, timeout=15000)
    image = page.design.preview_image
    assert image.width() > image.height() > 0  # landscape
    page.design.pattern_edit.setText("800/{tahun}")
    assert "{tahun}" in page.design.pattern_hint.text()


def test_verify_panel_tells_genuine_from_forged(page, qtbot, demo, clock) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, 1)
    page.set_event(demo.event_id)
    _loaded(page, qtbot)
    cert = service.issue_certificates(demo.db, clock, demo.event_id).certificates[0]
    panel = page.verify_panel
    panel.code_edit.setText(cert.content.verification_text)
    panel.check()
    assert "ASLI" in panel.banner_text.text() and cert.name in panel.banner_text.text()
    panel.code_edit.setText(cert.content.verification_text.replace("|3|", "|8|"))
    panel.check()
    assert "TIDAK SAH" in panel.banner_text.text()
    panel.code_edit.setText(cert.content.short_code.lower())
    panel.check()
    assert "Terdaftar di basis data ini" in panel.banner_text.text()


def test_model_rows_carry_the_candidate(qapp) -> None:  # type: ignore[no-untyped-def]
    model = CandidateModel()
    row = service.Candidate(1, "Budi", None, "Dinkes", True, False, None, Eligibility.ATTENDED, "800/001", 2)
    model.set_rows([row])
    proxy = CandidateFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("dinkes", True)
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(ObjectRole) is row
    proxy.set_filter("dinkes", False)
    assert proxy.rowCount() == 0


def test_batch_runs_off_the_gui_thread_and_writes_the_pdf(page, demo, clock, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, 4)
    page.set_event(demo.event_id)
    _loaded(page, qtbot)
    messages: list[str] = []
    page.sig_status.connect(messages.append)
    page._batch(out=tmp_path / "sertifikat.pdf")
    qtbot.waitUntil(lambda: any("4 sertifikat disimpan" in m for m in messages), timeout=20000)
    assert (tmp_path / "sertifikat.pdf").stat().st_size > 0
    _loaded(page, qtbot)
    assert "4 sudah bernomor" in page.summary.text()


def test_printing_records_the_print_count_of_the_pages_printed(page, demo, clock, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, 3)
    page.set_event(demo.event_id)
    _loaded(page, qtbot)
    shown: list[bytes] = []

    def fake_dialog(parent, pdf, title, on_printed) -> None:  # type: ignore[no-untyped-def]
        shown.append(pdf)
        on_printed([0, 2])  # the user chose pages 1 and 3

    monkeypatch.setattr("asn_event.ui.certificates.page.print_with_preview", fake_dialog)
    page.print_certificates()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    counts = sorted(c.print_count for c in service.list_candidates(demo.db, demo.event_id) if c.eligible)
    assert counts == [0, 1, 1]


def test_the_pages_chosen_in_the_print_dialog_are_the_ones_printed(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys = new_key_pair()
    source = tmp_path / "in.pdf"
    render_certificates([sample_content(keys, seq=i + 1) for i in range(3)], source)
    document = QPdfDocument(None)
    document.load(str(source))
    printer = landscape_printer("Cetak sertifikat", document.pageCount())
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addPage(3)
    printer.setPageRanges(ranges)
    assert paint_pages(document, printer) == [0, 2]
    page = PdfReader(tmp_path / "out.pdf").pages
    assert len(page) == 2 and page[0].mediabox.width > page[0].mediabox.height


def test_refreshing_a_numbered_certificate_after_a_name_fix(page, qtbot, demo, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from asn_event.db.models import Person

    ids = _check_in(demo, clock, 2)
    service.issue_certificates(demo.db, clock, demo.event_id)
    with demo.db.sessions() as session, session.begin():
        person = session.get(Person, session.get(Registration, ids[0]).person_id)
        person.name = "Nama Sudah Dibetulkan, S.E."
    page.set_event(demo.event_id)
    _loaded(page, qtbot)
    page.show_combo.setCurrentIndex(1)  # the eligible: both numbered
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(ObjectRole).registration_id == ids[0]
    )
    page.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.refresh_button.click()
    issued = {
        c.registration_id: c for c in service.issue_certificates(demo.db, clock, demo.event_id).certificates
    }
    assert issued[ids[0]].name == "Nama Sudah Dibetulkan, S.E."
    assert issued[ids[0]].seq in (1, 2)
