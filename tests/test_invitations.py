"""Invitation cards (PDF) and pictures (PNG): the QR codes in them scan back to the genuine codes."""

from __future__ import annotations

import io
import subprocess
from datetime import date, time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from asn_event.invitations import (
    Invitation,
    InvitationEvent,
    render_pdf,
    render_png,
    safe_filename,
    unique_filenames,
    write_pngs,
)
from asn_event.progress import Cancelled, Progress
from asn_event.tokens import make_code, read_scan, verify_code

SECRET = b"s" * 32
EVENT = InvitationEvent(
    title="Coaching Manajemen Kepegawaian — Sinar ASN Ber-AKHLAK",
    date=date(2025, 11, 17),
    start_time=time(8, 0),
    venue="Ruang Sabha Mandala Madya, Balai Kota Mojokerto",
    organizer="BKPSDM Kota Mojokerto",
)
NAMES = [
    ("Dr. Hj. Siti Aminah, S.E., M.M.", "Dinkes PPKB", "Kepala Bidang"),
    ("Budi Santoso, S.Kom.", "Diskominfo", "Pranata Komputer Ahli Muda"),
    (
        "Prof. Dr. Ir. H. Muhammad Abdurrahman Wahyudiningrat Kusumawardhana, M.Sc., Ph.D.",
        "Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman",
        "Kepala Seksi Jalan dan Jembatan",
    ),
    ("Ni Luh Ayu Děwi Çahyani", "Setda", ""),
    ("Rina Kusumawati", "", ""),
]


def _invitations(count: int) -> list[Invitation]:
    rows = []
    for i in range(count):
        name, unit, position = NAMES[i % len(NAMES)]
        rows.append(Invitation(i + 1, name, unit, position, make_code(SECRET, 3, i + 1)))
    return rows


def _decode(image: Image.Image) -> set[str]:
    return {r.text for r in zxingcpp.read_barcodes(image) if r.valid}


def test_pdf_pages_cards_and_every_qr_decodes(tmp_path: Path) -> None:
    invitations = _invitations(10)  # 8 on page one, 2 on page two
    pdf = render_pdf(EVENT, invitations)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    page_one = reader.pages[0].extract_text()
    assert "Siti Aminah" in page_one and "Senin, 17 November 2025, pukul 08.00 WIB" in page_one
    assert "Kusumawardhana" in page_one  # the long name is shrunk and wrapped, not cut
    assert "Halaman 1 dari 2" in page_one

    (tmp_path / "inv.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", str(tmp_path / "inv.pdf"), str(tmp_path / "p")], check=True
    )
    decoded: set[str] = set()
    for page in sorted(tmp_path.glob("p-*.png")):
        decoded |= _decode(Image.open(page))
    assert decoded == {inv.code for inv in invitations}
    for text in decoded:
        parsed = read_scan(text).first
        assert parsed is not None and verify_code(SECRET, parsed)


def test_pdf_with_no_one_is_one_empty_page() -> None:
    assert len(PdfReader(io.BytesIO(render_pdf(EVENT, []))).pages) == 1


def test_pdf_can_be_cancelled() -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        render_pdf(EVENT, _invitations(9), progress=progress)


def test_png_decodes_and_files_are_named_after_people(tmp_path: Path) -> None:
    invitations = _invitations(7)
    paths = write_pngs(EVENT, invitations, tmp_path / "png")
    assert [p.name for p in paths] == [
        "Siti_Aminah.png",
        "Budi_Santoso.png",
        "Muhammad_Abdurrahman_Wahyudiningrat_Kusumawardhana.png",
        "Ni_Luh_Ayu_Dewi_Cahyani.png",
        "Rina_Kusumawati.png",
        "Siti_Aminah_2.png",
        "Budi_Santoso_2.png",
    ]
    for path, invitation in zip(paths, invitations, strict=True):
        assert _decode(Image.open(path)) == {invitation.code}


def test_png_bytes_are_a_picture() -> None:
    image = Image.open(io.BytesIO(render_png(EVENT, _invitations(1)[0])))
    assert image.format == "PNG" and image.width == 800 and image.height > image.width


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Dr. Hj. Siti Aminah, S.E., M.M.", "Siti_Aminah"),
        ("../../etc/passwd", "etcpasswd"),
        ("CON", "CON_"),
        ("", "peserta"),
        ("   ", "peserta"),
        ("李小龙", "peserta"),
        ("Sa'adah / Nur: Laili?", "Saadah_Nur_Laili"),
        ("A" * 200, "A" * 60),
    ],
)
def test_safe_filename(name: str, stem: str) -> None:
    assert safe_filename(name) == stem


def test_unique_filenames_ignore_case() -> None:
    assert unique_filenames(["Budi", "BUDI", "budi"], ".png") == ["Budi.png", "BUDI_2.png", "budi_3.png"]


def test_longest_code_scans_when_printed_two_centimetres_wide(tmp_path: Path) -> None:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from asn_event.qr import draw_on_canvas, encode

    code = make_code(SECRET, 999_999_999, 999_999_999_999)
    assert encode(code).size <= 29  # QR version 3 at most
    canvas = Canvas(str(tmp_path / "small.pdf"), pagesize=(40 * mm, 40 * mm))
    draw_on_canvas(canvas, code, 10 * mm, 10 * mm, 20 * mm)
    canvas.save()
    # 100 dpi: about what a desk scanner or a phone camera resolves at a hand's distance.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", str(tmp_path / "small.pdf"), str(tmp_path / "s")], check=True
    )
    assert _decode(Image.open(next(tmp_path.glob("s-*.png")))) == {code}
