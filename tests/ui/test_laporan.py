"""The Laporan page: counts, the empty state, saving a PDF and a spreadsheet through the task runner."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import update

from asn_event.db.models import Registration
from asn_event.ui.reports.page import LaporanPage


@pytest.fixture
def page(qtbot, ctx, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    widget = LaporanPage(ctx)
    qtbot.addWidget(widget)
    widget.set_event(demo.event_id)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _answer_dialog(monkeypatch, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def fake(parent, title, suggested, file_filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_empty_event_says_what_to_do_and_prints_the_door_list(page, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert "Hadir 0 dari 150 terdaftar" in page.counts_label.text()
    assert page.empty_banner.isVisible()
    assert "Daftar hadir kosong dapat dicetak untuk tanda tangan di pintu" in page.empty_text.text()
    assert page.all_registered.isChecked()
    out = tmp_path / "pintu.pdf"
    asked = _answer_dialog(monkeypatch, out)
    page.attendance_button.click()
    qtbot.waitUntil(lambda: "Tersimpan" in page.status_label.text(), timeout=30_000)
    assert asked and asked[0].endswith(".pdf") and "Daftar Hadir" in asked[0]
    assert str(out) in page.status_label.text() and "halaman" in page.status_label.text()
    assert page.open_folder_button.isVisible()
    assert len(PdfReader(str(out)).pages) >= 5
    assert page.attendance_button.isEnabled()


def test_saving_the_event_report_with_people_checked_in(
    page, ctx, demo, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():
        session.execute(
            update(Registration)
            .where(Registration.id <= 20)
            .values(checked_in_at=ctx.clock.now() + timedelta(minutes=2))
        )
    page.page_shown()
    assert "Hadir 20 dari 150 terdaftar" in page.counts_label.text()
    assert not page.empty_banner.isVisible()
    out = tmp_path / "laporan"  # no suffix typed: the page adds .pdf
    _answer_dialog(monkeypatch, out)
    page.event_button.click()
    qtbot.waitUntil(lambda: "Tersimpan" in page.status_label.text(), timeout=30_000)
    text = PdfReader(str(tmp_path / "laporan.pdf")).pages[0].extract_text()
    assert "20 orang" in text


def test_cancelled_dialog_saves_nothing(page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    page.xlsx_button.click()
    assert "Tersimpan" not in page.status_label.text()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".pdf")]
    assert page.xlsx_button.isEnabled()


def test_a_failure_is_shown_in_plain_words(page, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "berkas"
    blocked.write_text("bukan folder")
    _answer_dialog(monkeypatch, blocked / "rekap.xlsx")
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    page.jp_button.click()  # the folder is checked before any work starts
    assert len(warnings) == 1 and "tidak ada" in warnings[0] and "Traceback" not in warnings[0]
    assert not page.open_folder_button.isVisible()


def test_choosing_the_database_as_the_report_file_is_refused(page, ctx, demo, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue #11: a save dialog pointed at the open database (here through a link) writes nothing."""
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    before = demo.path.read_bytes()
    link = tmp_path / "laporan.pdf"
    link.symlink_to(demo.path)
    _answer_dialog(monkeypatch, link)
    page.attendance_button.click()
    assert warnings and "basis data" in warnings[0]
    assert "Tersimpan" not in page.status_label.text()
    assert demo.path.read_bytes() == before


def test_a_suffix_added_after_the_dialog_asks_before_replacing(page, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    existing = tmp_path / "rekap.pdf"
    existing.write_bytes(b"punya saya")
    asked: list[str] = []

    def no(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    _answer_dialog(monkeypatch, tmp_path / "rekap")  # the dialog never saw "rekap.pdf"
    page.attendance_button.click()
    assert asked and "rekap.pdf" in asked[0]
    assert existing.read_bytes() == b"punya saya"
