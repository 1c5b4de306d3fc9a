"""Certificate batch speed and size: 1,000 certificates against a bare reportlab floor, same run.

The floor draws the same background (one form) and the same texts at fixed places with plain
``drawCentredString``: no fitting, no QR code. The project adds text fitting, the signed QR code
(zxing-cpp, one path) and the short code. Targets: ratio at most 3.0, under 4 KB per page beyond
the first. Run: ``python benchmarks/certificates.py [--count 1000]``.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.pdfgen.canvas import Canvas

from asn_event.certificates import Design, new_key_pair, render_certificates
from asn_event.certificates.design import FORM_NAME, define_background
from asn_event.certificates.fit import MM
from asn_event.certificates.layout import DEFAULT_LAYOUT
from asn_event.certificates.render import body_texts
from asn_event.certificates.sample import sample_content
from asn_event.pdf_fonts import register_fonts

FIRST = ["Siti", "Budi", "Ahmad", "Dewi", "Eko", "Rina", "Agus", "Nur", "Hendra", "Wulan", "Yusuf", "Ratna"]
MIDDLE = ["", "Aminah", "Santoso", "Prasetyo", "Lestari", "Kurniawan", "Rahmawati", "Hidayat", "Puspitasari"]
PREFIX = ["", "", "Dr. ", "Drs. ", "Hj. ", "Ir. ", "dr. "]
SUFFIX = ["", ", S.E.", ", S.Sos., M.Si.", ", S.Kom.", ", S.H., M.H.", ", S.Pd.", ", A.Md.Kep.", ", M.M."]


def invented_name(i: int) -> str:
    name = f"{PREFIX[i % 7]}{FIRST[i % 12]} {MIDDLE[(i // 3) % 9]} {FIRST[(i // 7) % 12]}wati{SUFFIX[i % 8]}"
    return " ".join(name.split())


def floor(contents, out) -> None:  # type: ignore[no-untyped-def]
    """Bare reportlab: the same background form and texts at fixed positions, no fitting, no QR."""
    fonts = register_fonts()
    layout = DEFAULT_LAYOUT
    canvas = Canvas(out, pagesize=(297 * MM, 210 * MM), pageCompression=1)
    define_background(canvas, layout, None)
    for content in contents:
        canvas.doForm(FORM_NAME)
        y = 195 * MM
        lines = [content.organizer.upper(), "SERTIFIKAT", f"Nomor: {content.number}"]
        lines += [text for texts in body_texts(content).values() for text in texts]
        lines += [
            content.short_code,
            "Kode verifikasi",
            "Pindai QR untuk memeriksa",
            "keaslian sertifikat ini.",
        ]
        lines += [f"{content.jp} JP", "JAM PELAJARAN", content.signing_place_date, content.signer_title]
        lines += [content.signer_name, f"NIP {content.signer_nip}"]
        for line in lines:
            canvas.setFont(fonts["serif"], 11)
            canvas.drawCentredString(148 * MM, y, line)
            y -= 7 * MM
        canvas.showPage()
    canvas.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per side (the machine is shared)")
    args = parser.parse_args()
    register_fonts()
    keys = new_key_pair()

    started = time.perf_counter()
    contents = [sample_content(keys, seq=i + 1, name=invented_name(i)) for i in range(args.count)]
    issue_s = time.perf_counter() - started

    # Warm up font subsetting and caches once for both sides, outside the timed runs.
    floor(contents[:2], io.BytesIO())
    render_certificates(contents[:2], io.BytesIO(), Design())

    floor_s = ours_s = float("inf")
    for _ in range(args.repeat):  # alternate the sides so a busy moment hits both alike
        floor_out = io.BytesIO()
        started = time.perf_counter()
        floor(contents, floor_out)
        floor_s = min(floor_s, time.perf_counter() - started)

        ours_out = io.BytesIO()
        started = time.perf_counter()
        render_certificates(contents, ours_out, Design())
        ours_s = min(ours_s, time.perf_counter() - started)

    one = io.BytesIO()
    render_certificates(contents[:1], one, Design())
    per_page = (len(ours_out.getvalue()) - len(one.getvalue())) / max(args.count - 1, 1)
    ratio = ours_s / floor_s
    print(f"certificates: {args.count} (best of {args.repeat} runs per side)")
    print(f"sign + build content (not in the ratio): {issue_s:.3f} s")
    print(f"floor (bare reportlab, same background and text, no QR): {floor_s:.3f} s")
    print(f"project renderer (fitting, signed QR, short code):     {ours_s:.3f} s")
    print(f"ratio: {ratio:.2f}  (target <= 3.0) {'OK' if ratio <= 3.0 else 'OVER'}")
    print(
        f"file: {len(ours_out.getvalue()) / 1024:.0f} KB; first page alone {len(one.getvalue()) / 1024:.0f} KB"
    )
    print(
        f"bytes per page beyond the first: {per_page:.0f}  (target < 4096) {'OK' if per_page < 4096 else 'OVER'}"
    )
    print(f"floor file: {len(floor_out.getvalue()) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
