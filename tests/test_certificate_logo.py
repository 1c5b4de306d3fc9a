"""The city's or agency's logo on certificates: PNG or SVG, drawn once per PDF, set per event."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from asn_event.certificates import Design, new_key_pair, render_certificates
from asn_event.certificates.sample import sample_content
from asn_event.certificates.settings import CertificateSettings
from asn_event.words import note_text

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120" viewBox="0 0 100 120">'
    '<path d="M50 2 L98 30 L88 118 L12 118 L2 30 Z" fill="#1F4E79"/>'
    '<text x="50" y="108" font-size="12" text-anchor="middle" fill="white">LOGOKOTA</text></svg>'
)


@pytest.fixture(scope="module")
def contents():  # type: ignore[no-untyped-def]
    keys = new_key_pair()
    return [sample_content(keys, seq=i + 1, name=f"Peserta Nomor {i + 1}, S.E.") for i in range(12)]


def _png(path: Path) -> Path:
    image = Image.new("RGBA", (400, 480), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((20, 20, 380, 460), fill=(31, 78, 121, 255))
    image.save(path)
    return path


def _render(contents, **design) -> tuple[bytes, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    report = render_certificates(contents, out, Design(**design))
    return out.getvalue(), report.warnings


def test_a_png_logo_is_stored_once_however_many_pages(contents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logo = str(_png(tmp_path / "logo.png"))
    plain, _ = _render(contents)
    one, warnings_one = _render(contents[:1], logo=logo)
    many, warnings = _render(contents, logo=logo)
    assert warnings == warnings_one == ()
    assert plain.count(b"/Subtype /Image") == 0
    assert many.count(b"/Subtype /Image") == one.count(b"/Subtype /Image") >= 1
    assert len(PdfReader(io.BytesIO(many)).pages) == 12
    assert abs((len(many) - len(plain)) - (len(one) - len(_render(contents[:1])[0]))) < 2048


def test_an_svg_logo_is_drawn_as_vectors_on_every_page_from_one_form(contents, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = tmp_path / "logo.svg"
    svg.write_text(SVG, encoding="utf-8")
    many, warnings = _render(contents, logo=str(svg))
    assert warnings == ()
    reader = PdfReader(io.BytesIO(many))
    assert all("LOGOKOTA" in page.extract_text() for page in reader.pages)
    plain, _ = _render(contents)
    assert len(many) - len(plain) < 8192  # the drawing once, not twelve times


@pytest.mark.parametrize("name", ["rusak.svg", "rusak.png", "hilang.png"])
def test_a_broken_logo_is_left_out_with_a_warning_and_certificates_still_made(contents, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    if not name.startswith("hilang"):
        path.write_bytes(b"<svg this is not" if name.endswith(".svg") else b"\x89PNG\r\n\x1a\n nope")
    pdf, warnings = _render(contents[:2], logo=str(path))
    assert len(warnings) == 1 and name in note_text(warnings[0]) and "tanpa logo" in note_text(warnings[0])
    assert "Peserta Nomor 1" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_the_logo_is_kept_in_the_event_settings() -> None:
    settings = replace(CertificateSettings(), logo=" /data/logo-kota.svg ")
    stored = settings.validated().to_json()
    assert stored["logo"] == "/data/logo-kota.svg"
    assert CertificateSettings.from_json(stored).logo == "/data/logo-kota.svg"
    assert CertificateSettings.from_json({}).logo == ""
