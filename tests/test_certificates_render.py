"""The certificate PDF: pages, texts, the longest names on paper, a QR that scans and verifies."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from asn_event.certificates import Design, ImageStatus, check_image, new_key_pair, render_certificates, verify
from asn_event.certificates.fit import MM, fit_text
from asn_event.certificates.layout import DEFAULT_BODY
from asn_event.certificates.sample import sample_content
from asn_event.pdf_fonts import register_fonts
from asn_event.words import error_text, note_text

LONG_NAME = (
    "Prof. Dr. Ir. Hj. Raden Ajeng Kusumawardhani Sekar Ayu Cahyaningrum Putri Wijayakusuma "
    "Sastrodiningrat, S.H., M.H., M.Kn., Ph.D."
)[:120]
PAGE_W, PAGE_H = 297 * MM, 210 * MM


@pytest.fixture(scope="module")
def keys():  # type: ignore[no-untyped-def]
    return new_key_pair()


def _render(contents, **design) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    render_certificates(contents, out, Design(**design))
    return out.getvalue()


def test_one_page_per_certificate_holding_name_number_and_jp(keys) -> None:  # type: ignore[no-untyped-def]
    names = ["Budi Santoso", "Dra. Ni Luh Putu Ayu Sri'ati, M.Pd.", "Ahmad Fauzi Ḥakim, S.Kom."]
    contents = [sample_content(keys, seq=i + 1, name=n) for i, n in enumerate(names)]
    reader = PdfReader(io.BytesIO(_render(contents)))
    assert len(reader.pages) == 3
    for page, content in zip(reader.pages, contents, strict=True):
        text = page.extract_text()
        assert content.name in text
        assert content.number in text
        assert "2 JP" in text
        assert "SERTIFIKAT" in text and "sebagai Peserta" in text
        assert "Senin, 17 November 2025" in text
        assert "NIP 19830412 200902 2 003" in text


def _text_runs(page) -> list[tuple[str, float, float, float]]:  # type: ignore[no-untyped-def]
    """(text, x, y, width in points) of every string drawn directly on the page."""
    runs: list[tuple[str, float, float, float]] = []
    by_postscript = {pdfmetrics.getFont(n).face.name.decode(): n for n in register_fonts().names()}

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        text = text.strip()
        if not text or font is None:
            return
        base = by_postscript[str(font.get("/BaseFont", "")).split("+")[-1].lstrip("/")]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((text, x, y, stringWidth(text, base, size * tm[0] * cm[0])))

    page.extract_text(visitor_text=visit)
    return runs


def test_every_character_of_a_120_character_name_is_on_the_page(keys) -> None:  # type: ignore[no-untyped-def]
    assert len(LONG_NAME) == 120
    content = sample_content(keys, name=LONG_NAME, nip=None, employment="non-ASN")
    page = PdfReader(io.BytesIO(_render([content]))).pages[0]
    words = set(LONG_NAME.split())
    name_runs = [run for run in _text_runs(page) if set(run[0].split()) <= words and len(run[0]) > 10]
    assert "".join(run[0] for run in name_runs).replace(" ", "") == LONG_NAME.replace(" ", "")
    inner = 15 * MM  # inside the inner frame, not only inside the paper
    for text, x, y, width in name_runs:
        assert inner < x and x + width < PAGE_W - inner, text
        assert inner < y < PAGE_H - inner, text
    assert len(name_runs) == 2  # two lines, not one unreadably small line


def test_names_shrink_then_wrap_then_shrink_but_never_overflow() -> None:
    style = DEFAULT_BODY[1].style
    short = fit_text("Budi Santoso", style, 237)
    assert short.lines == ("Budi Santoso",) and short.size == style.size
    medium = fit_text("Dr. Hj. Siti Aminah Kusumawardhani, S.E., M.M.", style, 237)
    assert len(medium.lines) == 1 and style.min_size <= medium.size < style.size
    long = fit_text(LONG_NAME, style, 237)
    assert len(long.lines) == 2 and long.size >= style.wrapped_min_size
    unbroken = fit_text("A" * 120, style, 237)
    assert len(unbroken.lines) == 1
    width = stringWidth(unbroken.lines[0], "NotoSerif-Bold", unbroken.size)
    assert width <= 237 * MM


def _decode_qr(pdf: bytes, tmp_path: Path) -> list[str]:
    (tmp_path / "c.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(tmp_path / "c.pdf"), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png")))
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def test_the_printed_qr_scans_and_verifies_with_the_public_key(keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content = sample_content(keys, name=LONG_NAME)
    texts = _decode_qr(_render([content]), tmp_path)
    assert texts == [content.verification_text]
    result = verify(texts[0], keys.public_raw)
    assert result.valid and result.fields is not None and result.fields.name == LONG_NAME
    assert not verify(texts[0].replace("Raden", "Radan"), keys.public_raw).valid


def test_the_background_is_stored_once_and_pages_stay_small(keys) -> None:  # type: ignore[no-untyped-def]
    contents = [sample_content(keys, seq=i + 1, name=f"Peserta Nomor {i + 1}, S.E.") for i in range(20)]
    many, one = _render(contents), _render(contents[:1])
    reader = PdfReader(io.BytesIO(many))
    forms = {
        page["/Resources"]["/XObject"].raw_get(name).idnum
        for page in reader.pages
        for name in page["/Resources"]["/XObject"]
        if "Background" in name
    }
    assert len(forms) == 1
    assert (len(many) - len(one)) / 19 < 4096


def _image(path: Path, size: tuple[int, int]) -> Path:
    Image.new("RGB", size, (250, 246, 235)).save(path)
    return path


def test_a_background_image_of_the_right_shape_is_used(keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    background = _image(tmp_path / "bg.png", (2339, 1654))
    assert check_image(background).status is ImageStatus.OK
    out = io.BytesIO()
    report = render_certificates([sample_content(keys)], out, Design(background=str(background)))
    assert report.warnings == ()
    assert "Siti Aminah" in PdfReader(out).pages[0].extract_text()


def test_a_wrong_size_background_is_cropped_with_a_warning(keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    background = _image(tmp_path / "square.png", (800, 800))
    out = io.BytesIO()
    report = render_certificates([sample_content(keys)], out, Design(background=str(background)))
    assert len(report.warnings) == 1 and "dipotong" in note_text(report.warnings[0])
    assert len(PdfReader(out).pages) == 1


def test_a_broken_background_or_signature_file_still_gives_a_readable_certificate(
    keys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "latar.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a png")
    missing = tmp_path / "ttd.png"
    out = io.BytesIO()
    report = render_certificates(
        [sample_content(keys)], out, Design(background=str(broken), signature=str(missing))
    )
    said = [note_text(w) for w in report.warnings]
    assert any(w.startswith("Latar: berkas latar.png bukan gambar") for w in said)
    assert any("Tanda tangan: berkas ttd.png tidak ditemukan" in w and "tanpa gambar tanda tangan" in w for w in said)
    assert "Siti Aminah" in PdfReader(out).pages[0].extract_text()


def test_a_signature_image_is_placed_once_per_pdf(keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signature = tmp_path / "ttd.png"
    Image.new("RGBA", (600, 240), (0, 0, 0, 0)).save(signature)
    contents = [sample_content(keys, seq=i + 1) for i in range(3)]
    one, three = io.BytesIO(), io.BytesIO()
    render_certificates(contents[:1], one, Design(signature=str(signature)))
    report = render_certificates(contents, three, Design(signature=str(signature)))
    assert report.warnings == ()
    images = three.getvalue().count(b"/Subtype /Image")
    assert images >= 1 and images == one.getvalue().count(b"/Subtype /Image")


def test_no_certificates_is_a_clear_message(keys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError) as caught:
        render_certificates([], io.BytesIO())
    assert "belum ada peserta" in error_text(caught.value)


def test_content_survives_the_payload_round_trip(keys) -> None:  # type: ignore[no-untyped-def]
    content = sample_content(keys, extra_lines=("Sertifikat ini sah tanpa tanda tangan basah.",))
    assert type(content).from_payload(content.to_payload()) == content
    assert replace(content, name="X") != content
