"""The certificate's layout as data: boxes in millimetres (origin at the lower left), text styles.

A4 landscape, 297 x 210 mm. The renderer fits each text into its box (shrinking, then wrapping,
never clipping); the body is a flow of items centred vertically in its box, so a two-line name or a
missing theme moves what follows instead of leaving a hole.
"""

from __future__ import annotations

from dataclasses import dataclass

from asn_event.brand import ACCENT, MUTED, PRIMARY, TEXT

__all__ = ["ACCENT", "MUTED", "PRIMARY", "TEXT"]


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def centre_x(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str  # a role from pdf_fonts.register_fonts(): "serif-bold", "sans" ...
    size: float  # points
    color: str = TEXT
    min_size: float | None = None  # shrink on one line down to this (None: never shrink)
    max_lines: int = 1  # wrap into at most this many lines before shrinking further
    wrapped_min_size: float | None = None  # when wrapped, shrink down to this before breaking more lines
    leading: float = 1.25  # line height as a multiple of the size
    char_space: float = 0.0  # points between letters
    upper: bool = False


@dataclass(frozen=True, slots=True)
class BodyItem:
    """One text in the body flow: ``field`` names a CertificateContent text made by the renderer."""

    field: str
    style: TextStyle
    gap_before: float = 0.0  # mm above this item
    rule_after: bool = False  # a short accent line under it
    # The same on every certificate of an event (title, theme, date ...): drawn once per PDF as a
    # form and placed under the person's lines. Shared items come last in the flow.
    shared: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    page_width: float = 297.0
    page_height: float = 210.0
    header: Box = Box(40, 174, 217, 16)
    logo: Box = Box(17, 166, 22, 26)  # top left inside the frame, beside the header
    header_style: TextStyle = TextStyle(
        "sans-bold", 9.5, PRIMARY, min_size=7, max_lines=2, char_space=1.2, upper=True
    )
    title: Box = Box(40, 152, 217, 22)
    title_style: TextStyle = TextStyle("serif-bold", 42, PRIMARY, char_space=9)
    number: Box = Box(40, 144, 217, 7)
    number_style: TextStyle = TextStyle("sans", 10, MUTED, min_size=7)
    body: Box = Box(30, 64, 237, 75.5)
    body_items: tuple[BodyItem, ...] = ()
    qr: Box = Box(27, 22, 26, 26)  # the code itself; a white quiet zone is kept around it
    qr_caption: Box = Box(57, 22, 55, 26)
    qr_caption_style: TextStyle = TextStyle("sans", 7.5, MUTED, min_size=6, max_lines=3)
    qr_code_style: TextStyle = TextStyle("sans-bold", 10, TEXT, char_space=0.8)
    seal: Box = Box(128.5, 20, 40, 40)
    seal_style: TextStyle = TextStyle("serif-bold", 17, PRIMARY, min_size=10)
    seal_caption_style: TextStyle = TextStyle("sans-bold", 5.8, PRIMARY, char_space=0.6, upper=True)
    signature: Box = Box(178, 18, 92, 44)
    place_date_style: TextStyle = TextStyle("serif", 10.5, TEXT, min_size=8)
    signer_title_style: TextStyle = TextStyle(
        "serif", 10.5, TEXT, min_size=10, max_lines=3, wrapped_min_size=8
    )
    signer_name_style: TextStyle = TextStyle(
        "serif-bold", 11, TEXT, min_size=8, max_lines=2, wrapped_min_size=8
    )
    signer_nip_style: TextStyle = TextStyle("serif", 10, TEXT, min_size=8)
    signature_image_height: float = 15.0


DEFAULT_BODY = (
    BodyItem("given_to", TextStyle("serif-italic", 13, MUTED)),
    BodyItem(
        "name",
        TextStyle("serif-bold", 30, PRIMARY, min_size=21, max_lines=2, wrapped_min_size=15, leading=1.15),
        gap_before=3,
        rule_after=True,
    ),
    BodyItem("nip", TextStyle("sans", 10.5, TEXT, min_size=8), gap_before=3.5),
    BodyItem(
        "position_unit",
        TextStyle("sans", 10.5, TEXT, min_size=8.5, max_lines=2, wrapped_min_size=8),
        gap_before=1,
    ),
    BodyItem("role", TextStyle("serif-italic", 13, MUTED), gap_before=5, shared=True),
    BodyItem(
        "event_title",
        TextStyle("serif-bold", 15, TEXT, min_size=12, max_lines=2, wrapped_min_size=10),
        gap_before=2,
        shared=True,
    ),
    BodyItem(
        "event_theme",
        TextStyle("serif-italic", 11.5, TEXT, min_size=9.5, max_lines=2, wrapped_min_size=8.5),
        gap_before=1,
        shared=True,
    ),
    BodyItem(
        "when_where",
        TextStyle("sans", 10.5, TEXT, min_size=8.5, max_lines=2, wrapped_min_size=8),
        gap_before=3.5,
        shared=True,
    ),
    BodyItem(
        "extra",
        TextStyle("sans-italic", 9, MUTED, min_size=7.5, max_lines=3, wrapped_min_size=7),
        gap_before=2.5,
        shared=True,
    ),
)

DEFAULT_LAYOUT = Layout(body_items=DEFAULT_BODY)
