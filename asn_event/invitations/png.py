"""One invitation picture per person (PNG, Pillow), to send by chat; files named after the person."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from asn_event import APP_NAME, brand
from asn_event.invitations.data import Invitation, InvitationEvent, unique_filenames
from asn_event.names import nfc
from asn_event.paths import resource
from asn_event.progress import Progress
from asn_event.qr import encode
from asn_event.safe_output import write_bytes

WIDTH, HEIGHT = 800, 1120
MARGIN = 56
PRIMARY, ACCENT, TEXT, MUTED = brand.PRIMARY, brand.ACCENT, brand.TEXT, brand.MUTED


@cache
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    filename = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(resource("fonts", filename)), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if font.getlength(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _fit(
    text: str, bold: bool, sizes: Sequence[int], width: float, max_lines: int
) -> tuple[list[str], ImageFont.FreeTypeFont]:
    for size in sizes:
        font = _font(bold, size)
        lines = _wrap(text, font, width)
        if len(lines) <= max_lines and all(font.getlength(line) <= width for line in lines):
            return lines, font
    font = _font(bold, sizes[-1])
    return _wrap(text, font, width), font


def _draw_block(
    draw: ImageDraw.ImageDraw,
    lines: Sequence[str],
    font: ImageFont.FreeTypeFont,
    y: int,
    fill: str,
    center: bool = True,
) -> int:
    line_height = int(font.size * 1.3)
    for line in lines:
        x = (WIDTH - font.getlength(line)) / 2 if center else MARGIN
        draw.text((x, y), line, font=font, fill=fill)
        y += line_height
    return y


def _qr_image(code: str, side: int) -> Image.Image:
    matrix = encode(code)
    modules = matrix.size + 8
    module_px = max(1, side // modules)
    image = Image.new("1", (modules, modules), 1)
    pixels = image.load()
    for y, row in enumerate(matrix.rows):
        for x, dark in enumerate(row):
            if dark:
                pixels[x + 4, y + 4] = 0
    return image.resize((modules * module_px, modules * module_px), Image.NEAREST)


def render_png(event: InvitationEvent, invitation: Invitation) -> bytes:
    """The invitation as a portrait picture: who, the QR code, and the event."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    inner = WIDTH - 2 * MARGIN

    draw.rectangle((0, 0, WIDTH, 112), fill=PRIMARY)
    draw.rectangle((0, 112, WIDTH, 120), fill=ACCENT)
    _draw_block(draw, ["UNDANGAN"], _font(True, 34), 18, "white")
    organizer_lines, organizer_font = _fit(nfc(event.organizer or APP_NAME), False, (22, 20, 18), inner, 1)
    _draw_block(draw, organizer_lines[:1], organizer_font, 66, "white")

    y = 150
    name_lines, name_font = _fit(nfc(invitation.name), True, (40, 36, 32, 28, 24), inner, 2)
    y = _draw_block(draw, name_lines, name_font, y, TEXT)
    detail = " · ".join(part for part in (nfc(invitation.position), nfc(invitation.unit)) if part)
    detail_lines, detail_font = _fit(detail, False, (24, 22, 20, 18), inner, 3)
    y = _draw_block(draw, detail_lines, detail_font, y + 4, MUTED)

    qr = _qr_image(invitation.code, 420)
    image.paste(qr.convert("RGB"), ((WIDTH - qr.width) // 2, y + 16))
    y += 16 + qr.height
    y = _draw_block(draw, ["Tunjukkan kode ini di meja registrasi"], _font(False, 20), y, MUTED)

    title_lines, title_font = _fit(nfc(event.title), True, (28, 26, 24, 22, 20), inner, 3)
    y = _draw_block(draw, title_lines, title_font, y + 24, PRIMARY)
    when_lines, when_font = _fit(event.when, False, (24, 22, 20), inner, 2)
    y = _draw_block(draw, when_lines, when_font, y + 6, TEXT)
    venue_lines, venue_font = _fit(nfc(event.venue), False, (24, 22, 20, 18), inner, 2)
    y = _draw_block(draw, venue_lines, venue_font, y, TEXT)

    image = image.crop((0, 0, WIDTH, min(HEIGHT, y + MARGIN)))
    buffer = BytesIO()
    image.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def write_pngs(
    event: InvitationEvent,
    invitations: Sequence[Invitation],
    directory: Path,
    *,
    progress: Progress | None = None,
) -> list[Path]:
    """One PNG per person in ``directory`` (created), named after the person, and the index sheet
    ``daftar-undangan.xlsx`` beside them; returns the pictures' paths in order."""
    progress = progress or Progress()
    directory.mkdir(parents=True, exist_ok=True)
    names = unique_filenames((inv.name for inv in invitations), ".png")
    paths: list[Path] = []
    for index, (invitation, filename) in enumerate(zip(invitations, names, strict=True)):
        path = directory / filename  # a new export replaces the picture of an earlier one
        write_bytes(path, render_png(event, invitation))
        paths.append(path)
        progress.report(index + 1, len(invitations), "saving_invitation_images")
    write_index(invitations, paths, directory / INDEX_NAME)
    return paths


INDEX_NAME = "daftar-undangan.xlsx"
INDEX_HEADER = ("No", "Nama", "Unit kerja", "NIP", "Nomor HP", "Berkas gambar", "Kode undangan")


def write_index(invitations: Sequence[Invitation], paths: Sequence[Path], out: Path) -> Path:
    """The sheet beside the pictures: who each file is for (name, unit, NIP, phone, file, code), so a
    clerk sends ``Agus_Kurniawan_2.png`` to the right Agus by WhatsApp without opening it."""
    from asn_event.nip import format_nip
    from asn_event.reports.sheets import write_xlsx

    records = (
        (n, inv.name, inv.unit, format_nip(inv.nip), inv.phone, path.name, inv.code)
        for n, (inv, path) in enumerate(zip(invitations, paths, strict=True), start=1)
    )
    write_xlsx(out, "Daftar Undangan", INDEX_HEADER, records, widths={2: 36, 3: 30, 6: 32, 7: 40})
    return out
