"""The attendance list and the event report as a clerk files them: names, NIPs, page numbers,
signatures drawn as ink, long names wrapped inside their cell."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from asn_event.clock import WIB, FakeClock
from asn_event.db.models import AgendaItem, Event, Person, Registration
from asn_event.reports import files
from asn_event.reports.attendance import load_attendance
from asn_event.reports.attendance_pdf import column_widths
from asn_event.reports.common import NobodyCheckedIn, format_nip
from asn_event.reports.pdf_layout import MARGIN_X, PAGE_WIDTH

LONG_NAME = (
    "Dr. Hj. Raden Ayu Sulistyowati Kusumaningrum Puspitaningtyas Rahmawatiningsih "
    "Handayani Wulandari Tyas, S.E., M.M., M.H."
)
ZIGZAG = [[[0.1, 0.8], [0.3, 0.2], [0.5, 0.8], [0.7, 0.2], [0.9, 0.8]]]


def check_in(demo, clock, count: int, *, signatures: dict[int, list] | None = None) -> list[int]:  # type: ignore[no-untyped-def]
    """Check in the first ``count`` registrations (by id); returns their person ids."""
    signatures = signatures or {}
    with demo.db.sessions() as session, session.begin():
        regs = session.scalars(
            select(Registration).where(Registration.event_id == demo.event_id).order_by(Registration.id)
        ).all()[:count]
        for n, reg in enumerate(regs):
            reg.checked_in_at = clock.now() + timedelta(minutes=n)
            reg.checkin_desk = "Meja 1"
            reg.signature = signatures.get(n)
        return [reg.person_id for reg in regs]


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_attendance_list_holds_names_nips_and_page_numbers(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = check_in(demo, clock, 3)
    saved = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "hadir.pdf")
    pages, content = pdf_text(saved.path)
    assert saved.rows == 3 and saved.pages == pages == 1
    assert "DAFTAR HADIR" in content and "Halaman 1 dari 1" in content
    assert "Senin, 17 November 2025" in content and "pukul 09.00" in content
    with demo.db.sessions() as session:
        for person in session.scalars(select(Person).where(Person.id.in_(people))):
            assert person.name.split(",")[0] in content.replace("\n", " ")
            if person.nip:
                assert format_nip(person.nip) in content
    assert "3 orang hadir dari 150 terdaftar" in content
    assert "Drs. Agus Wicaksono, M.Si." in content  # the signer block closes the list


def test_nobody_checked_in_refuses_the_list_of_the_present(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NobodyCheckedIn, match="Belum ada peserta yang check-in"):
        files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_paper_list_for_the_door_has_every_registered_person_on_several_pages(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "pintu.pdf", all_registered=True)
    pages, content = pdf_text(saved.path)
    assert saved.rows == 150
    assert pages >= 5
    assert f"Halaman 1 dari {pages}" in content and f"Halaman {pages} dari {pages}" in content
    assert "150." in content  # the last numbered signature line


def test_pages_grow_with_participants(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    check_in(demo, clock, 5)
    few = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "few.pdf")
    check_in(demo, clock, 120)
    many = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "many.pdf")
    assert few.pages == 1 and many.pages > few.pages + 3


def _ink_columns(pdf: Path, tmp_path: Path, dpi: int = 72) -> list[int]:
    """x positions (in points) of ballpoint-blue pixels on page 1."""
    from PIL import Image

    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True
    )
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    xs = []
    for y in range(image.height):
        for x in range(image.width):
            r, g, b = image.getpixel((x, y))
            if b > 100 and b - r > 50 and b - g > 30:
                xs.append(x * 72 // dpi)
    return xs


def test_captured_signature_is_drawn_as_ink_in_the_signature_cell(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    check_in(demo, clock, 2, signatures={0: ZIGZAG})
    saved = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "ttd.pdf")
    content = PdfReader(str(saved.path)).pages[0].get_contents().get_data().decode("latin-1")
    assert " l\n" in content or " l " in content  # line-to path operators
    widths = column_widths()
    left = MARGIN_X + sum(widths[:5])
    xs = _ink_columns(saved.path, tmp_path)
    assert len(xs) > 20, "the signature strokes should leave ink on the page"
    assert all(left - 1 <= x <= left + widths[5] + 1 for x in xs)


def test_without_signature_there_is_no_ink(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    check_in(demo, clock, 2)
    saved = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "basah.pdf")
    assert _ink_columns(saved.path, tmp_path) == []


def test_long_name_wraps_inside_its_cell(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert len(LONG_NAME) == 120
    person_ids = check_in(demo, clock, 1)
    with demo.db.sessions() as session, session.begin():
        session.get(Person, person_ids[0]).name = LONG_NAME
    saved = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "panjang.pdf")
    widths = column_widths()
    cell_left = MARGIN_X + widths[0]
    cell_right = cell_left + widths[1]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from asn_event.pdf_fonts import register_fonts

    bold = register_fonts().sans_bold
    pieces: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):  # type: ignore[no-untyped-def]
        if text.strip() and any(word in text for word in ("Kusumaningrum", "Raden", "M.H.")):
            x = tm[4] * cm[0] + cm[4]
            pieces.append((text, x, x + stringWidth(text.strip(), bold, font_size * tm[0])))

    PdfReader(str(saved.path)).pages[0].extract_text(visitor_text=visit)
    assert len(pieces) >= 2, "a 120-character name takes several lines"
    for text, start, end in pieces:
        assert cell_left <= start and end <= cell_right + 0.5, (text, start, end, cell_right)
        assert end <= PAGE_WIDTH - MARGIN_X
    _, content = pdf_text(saved.path)
    for word in LONG_NAME.replace(",", " ").split():
        assert word in content  # nothing clipped


def test_event_report_tells_attendance_agenda_and_offset(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    check_in(demo, clock, 30)
    with demo.db.sessions() as session, session.begin():
        event = session.get(Event, demo.event_id)
        start = datetime.combine(event.date, event.start_time, tzinfo=WIB) + timedelta(minutes=5)
        items = session.scalars(select(AgendaItem).where(AgendaItem.event_id == demo.event_id)).all()
        for item in items:
            item.actual_start = start
            start += timedelta(seconds=item.planned_seconds)
            item.actual_end = start
    saved = files.save_event_report_pdf(demo.db, clock, demo.event_id, tmp_path / "laporan.pdf")
    pages, content = pdf_text(saved.path)
    flat = " ".join(content.split())
    assert "LAPORAN PELAKSANAAN KEGIATAN" in flat
    assert "30 orang (20,0%)" in flat and "150 orang" in flat
    assert "Pengarahan Wali Kota Mojokerto" in flat and "terlambat 5 menit" in flat
    assert "Acara selesai 5 menit lebih lambat dari jadwal." in flat
    assert "0 tanggapan masuk dari 30 peserta hadir" in flat and "Belum ada sertifikat" in flat
    assert f"Halaman 1 dari {pages}" in flat


def test_rehearsal_hours_away_from_the_plan_is_measured_from_its_real_start(
    demo, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():  # a rehearsal in the afternoon
        event = session.get(Event, demo.event_id)
        start = datetime.combine(event.date, event.start_time, tzinfo=WIB) + timedelta(hours=5)
        items = session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == demo.event_id).order_by(AgendaItem.position)
        ).all()
        items[0].actual_start = start
        items[0].actual_end = start + timedelta(seconds=items[0].planned_seconds + 180)
    saved = files.save_event_report_pdf(demo.db, clock, demo.event_id, tmp_path / "gladi.pdf")
    flat = " ".join(pdf_text(saved.path)[1].split())
    assert "Acara dimulai pukul 14.00 WIB, jauh dari jadwal pukul 09.00 WIB" in flat
    assert "tepat waktu" in flat and "terlambat 5 jam" not in flat
    assert "(3 menit lebih lama)" in flat
    assert "Segmen terakhir yang tercatat, Pembukaan, selesai 3 menit lebih lambat dari jadwal." in flat


@pytest.mark.parametrize("anonymous", [False, True])
def test_event_report_lists_suggestions_with_means_and_rate(  # type: ignore[no-untyped-def]
    demo, clock, tmp_path: Path, anonymous: bool
) -> None:
    from asn_event import tokens
    from asn_event.db.models import FeedbackForm, QuestionKind, Unit
    from asn_event.feedback import responses, service

    check_in(demo, clock, 40)
    form = service.active_form(demo.db, demo.event_id)
    assert form is not None and form.id is not None
    suggestion = next(q.id for q in form.questions() if q.kind == QuestionKind.LONG_TEXT)
    with demo.db.sessions() as session, session.begin():
        session.get(FeedbackForm, form.id).anonymous = anonymous
        event = session.get(Event, demo.event_id)
        regs = session.scalars(
            select(Registration).where(Registration.event_id == demo.event_id).order_by(Registration.id)
        ).all()[:36]
        codes = [tokens.make_code(event.secret, demo.event_id, r.id) for r in regs]
        units = [session.get(Unit, r.person.unit_id).short_name if r.person.unit_id else "" for r in regs]
    long_answer = "Mohon " + "jadwal dibuat lebih longgar " * 30 + "AKHIR"
    texts = [
        long_answer,
        "Sound system bagus 👍",
        *(f"Saran nomor {n} tentang sesi" for n in range(2, 32)),
        "Pengeras suara kurang jelas.",
        "pengeras  suara kurang   jelas",
        " Pengeras suara kurang jelas! ",
        "-",
    ]
    for n, (code, said) in enumerate(zip(codes, texts, strict=True)):
        answers: dict[int, object] = {suggestion: said}
        for q in form.questions():
            if q.is_scale:
                scale = {QuestionKind.LIKERT5: 4, QuestionKind.SATISFACTION4: 3}
                answers[q.id] = scale.get(q.kind, 9 if n % 2 else 8)  # rating 1-10: 8 and 9 in turns
        result = responses.submit(demo.db, clock, form.id, answers, f"key-{n}", code=code)
        assert result.status is responses.SubmitStatus.SAVED, result
    saved = files.save_event_report_pdf(demo.db, clock, demo.event_id, tmp_path / "saran.pdf")
    flat = " ".join(pdf_text(saved.path)[1].split())

    assert "36 tanggapan masuk dari 40 peserta hadir (tingkat pengisian 90,0%)" in flat
    assert (
        "rata-rata 4,0 dari 5" in flat and "rata-rata 3,0 dari 4" in flat and "rata-rata 8,5 dari 10" in flat
    )
    assert "Saran untuk sesi berikutnya (35 jawaban)" in flat  # "-" says nothing and is not listed
    assert "“Pengeras suara kurang jelas.” — 3 peserta" in flat  # one line for three people
    assert flat.count("ngeras suara kurang") == 1
    assert "“Sound system bagus”" in flat  # the emoji the font cannot draw is left out, not a box
    assert "AKHIR" not in flat and "lebih longgar j…”" in flat  # cut at 400 characters, marked
    shown = [n for n in range(2, 32) if f"Saran nomor {n} tentang sesi”" in flat]
    assert shown == list(range(2, 29))  # 30 lines: the repeated answer, the long one, the emoji one, 27 more
    assert "dan 3 jawaban lain" in flat
    if anonymous:
        assert "(anonim)" in flat
        assert "“Saran nomor 2 tentang sesi” —" not in flat
        assert "— 3 peserta (" not in flat
    else:
        assert f"“Saran nomor 2 tentang sesi” — {units[2]}" in flat
        assert "— 3 peserta (" in flat


def test_event_report_of_an_empty_event_still_reads(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved = files.save_event_report_pdf(demo.db, clock, demo.event_id, tmp_path / "kosong.pdf")
    _, content = pdf_text(saved.path)
    flat = " ".join(content.split())
    assert "0 orang (0,0%)" in flat
    assert "Waktu pelaksanaan belum dicatat" in flat


def test_rows_are_sorted_by_unit_then_name(demo, clock) -> None:  # type: ignore[no-untyped-def]
    check_in(demo, clock, 40)
    rows = load_attendance(demo.db, demo.event_id).rows
    units = [r.unit.casefold() for r in rows]
    assert units == sorted(units)
    assert len(rows) == 40


def test_closing_and_signer_share_a_page_right_after_the_sections(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from asn_event.db.models import FeedbackForm

    with demo.db.sessions() as session, session.begin():  # a short report: no form to summarise
        for form in session.scalars(select(FeedbackForm).where(FeedbackForm.event_id == demo.event_id)):
            session.delete(form)
    saved = files.save_event_report_pdf(demo.db, clock, demo.event_id, tmp_path / "laporan.pdf")
    texts = [" ".join(p.extract_text().split()) for p in PdfReader(str(saved.path)).pages]
    closing = next(i for i, t in enumerate(texts) if "VI. Penutup" in t)
    assert "Drs. Agus Wicaksono, M.Si." in texts[closing]
    assert "V. Sertifikat" in texts[closing]  # no page break forced before the closing


def test_report_is_stamped_in_wib(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = (
        (datetime(2025, 11, 17, 10, 30, tzinfo=UTC), "17 November 2025 pukul 17.30 WIB"),
        (datetime(2025, 11, 17, 17, 30, tzinfo=UTC), "18 November 2025 pukul 00.30 WIB"),
    )
    for now, expected in cases:
        saved = files.save_event_report_pdf(demo.db, FakeClock(now), demo.event_id, tmp_path / "l.pdf")
        _, content = pdf_text(saved.path)
        assert expected in " ".join(content.split())


def test_malformed_signature_data_is_skipped_not_fatal(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from asn_event.reports.attendance import clean_signature

    raw = [[["a", 1], [0.2, 2.0]], "x", [[0.5, 0.5]], []]
    assert clean_signature(raw) == (((0.2, 1.0),), ((0.5, 0.5),))
    assert clean_signature({"not": "strokes"}) == ()
    check_in(demo, clock, 1, signatures={0: raw})
    saved = files.save_attendance_pdf(demo.db, demo.event_id, tmp_path / "aneh.pdf")
    assert saved.pages == 1
