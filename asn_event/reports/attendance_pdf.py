"""The attendance list (Daftar Hadir): a table to file, with the signatures captured at the desk
drawn as vector paths, or an empty numbered box for a wet signature."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from asn_event.formatting import clock_time, long_date
from asn_event.pdf_fonts import register_fonts
from asn_event.progress import Progress
from asn_event.reports.attendance import AttendanceRow, AttendanceSheet, Stroke
from asn_event.reports.common import format_nip
from asn_event.reports.pdf_layout import (
    CELL_PADDING_X,
    CELL_PADDING_Y,
    CONTENT_WIDTH,
    MUTED,
    Styles,
    build_pdf,
    footer_label,
    grid_style,
    key_value_table,
    letterhead,
    make_styles,
    signer_block,
    text,
    when_text,
)
from asn_event.text_limits import TextField, fit_for_print

# Column widths in mm: No, Nama & NIP, Jabatan, Unit, Jam hadir, Tanda tangan (sum = content width).
COLUMNS_MM = (8.0, 58.0, 36.0, 24.0, 14.0, 34.0)
SIGNATURE_HEIGHT = 11 * mm
NUMBER_SMALL = 6.5  # points: the row number from 10,000 on
SIGNATURE_INK = colors.HexColor("#1A3A8A")  # ballpoint blue: reads as a signature, not as print


def column_widths() -> list[float]:
    widths = [w * mm for w in COLUMNS_MM]
    widths[1] += CONTENT_WIDTH - sum(widths)  # absorb rounding into the name column
    return widths


class SignatureBox(Flowable):
    """The signature cell's content: captured strokes scaled into the box, or the numbered line
    of a paper list (odd numbers on the left, even on the right, as Indonesian lists are signed)."""

    def __init__(self, number: int, strokes: tuple[Stroke, ...], height: float = SIGNATURE_HEIGHT) -> None:
        super().__init__()
        self.number = number
        self.strokes = strokes
        self.box_height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.box_height
        return self.width, self.height

    def draw(self) -> None:
        if self.strokes:
            self._draw_strokes()
        else:
            self._draw_line()

    def _draw_strokes(self) -> None:
        xs = [x for stroke in self.strokes for x, _ in stroke]
        ys = [y for stroke in self.strokes for _, y in stroke]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        span_x, span_y = max(x1 - x0, 0.02), max(y1 - y0, 0.02)
        pad = 1 * mm
        scale = min((self.width - 2 * pad) / span_x, (self.height - 2 * pad) / span_y)
        # Centre the drawing; pad y grows downwards, PDF y upwards.
        off_x = pad + ((self.width - 2 * pad) - span_x * scale) / 2
        off_y = pad + ((self.height - 2 * pad) - span_y * scale) / 2
        c = self.canv
        c.saveState()
        c.setStrokeColor(SIGNATURE_INK)
        c.setLineWidth(0.7)
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        for stroke in self.strokes:
            first = True
            for x, y in stroke:
                px = off_x + (x - x0) * scale
                py = off_y + (y1 - y) * scale
                if first:
                    path.moveTo(px, py)
                    first = False
                else:
                    path.lineTo(px, py)
            if len(stroke) == 1:  # a dot
                path.lineTo(off_x + (stroke[0][0] - x0) * scale + 0.3, off_y + (y1 - stroke[0][1]) * scale)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def _draw_line(self) -> None:
        c = self.canv
        fonts = register_fonts()
        c.saveState()
        c.setFillColor(MUTED)
        c.setStrokeColor(colors.HexColor("#C3CCD6"))
        c.setFont(fonts.sans, 7)
        half = self.width / 2
        left = 0 if self.number % 2 else half - 2 * mm
        label = f"{self.number}."
        c.drawString(left + 1, 2.2 * mm, label)
        c.setDash(1, 1.5)
        c.line(left + c.stringWidth(label, fonts.sans, 7) + 2, 2 * mm, left + half + 1 * mm, 2 * mm)
        c.restoreState()


class PlainLines(Flowable):
    """Plain text in one style, wrapped at spaces to the cell's width: a Paragraph without markup.

    A list row has five such texts; parsing them as markup and breaking them with Paragraph's
    general line breaker was half the time of a 100,000-person list. Text with a word wider than
    the cell goes to a real Paragraph, which splits long words (a name is never clipped)."""

    def __init__(self, value: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.value = unicodedata.normalize("NFC", value or "")
        self.style = style
        self.lines: list[str] = []
        self._fallback: Paragraph | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self.style
        words = self.value.split()
        if any(stringWidth(w, style.fontName, style.fontSize) > available_width for w in words):
            self._fallback = Paragraph(text(self.value), style)
            return self._fallback.wrap(available_width, available_height)
        self.lines = simpleSplit(self.value, style.fontName, style.fontSize, available_width) or [""]
        self.width, self.height = available_width, len(self.lines) * style.leading
        return self.width, self.height

    def draw(self) -> None:
        if self._fallback is not None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        canvas, style = self.canv, self.style
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize  # the first baseline where a Paragraph puts it
        for line in self.lines:
            canvas.drawString(0, y, line)
            y -= style.leading


def _name_cell(row: AttendanceRow, st: Styles) -> list[Flowable]:
    cell: list[Flowable] = [PlainLines(fit_for_print(row.name, TextField.NAME), st.cell_bold)]
    if row.nip:
        cell.append(PlainLines(f"NIP {format_nip(row.nip)}", st.small_muted))
    elif row.employment:
        cell.append(PlainLines(row.employment, st.small_muted))
    return cell


def _job_cell(row: AttendanceRow, st: Styles) -> list[Flowable]:
    cell: list[Flowable] = [PlainLines(fit_for_print(row.position, TextField.POSITION) or "–", st.cell)]
    if row.rank:
        cell.append(PlainLines(fit_for_print(row.rank, TextField.RANK), st.small_muted))
    return cell


HEADER = ("No", "Nama / NIP", "Jabatan", "Unit Kerja", "Jam hadir", "Tanda tangan")


class AttendanceRows(Flowable):
    """The table of the list from row ``start`` on, laid out one page at a time.

    Each split builds one ``Table`` (header + the rows that fit on this page, with their heights
    measured once) and a new ``AttendanceRows`` for the rest, so the work and the memory per page
    stay those of one page however long the list: one reportlab table for the whole list is
    measured again at every page break (quadratic; 100,000 people did not finish in ten minutes)."""

    def __init__(
        self,
        rows: Sequence[AttendanceRow],
        st: Styles,
        progress: Progress | None = None,
        start: int = 0,
        measured: dict[int, tuple[list[Any], float]] | None = None,
    ) -> None:
        super().__init__()
        self.rows, self.st, self.progress, self.start = rows, st, progress, start
        self.measured = measured if measured is not None else {}  # row index -> (cells, height)
        self._page: tuple[float, float, Table | None, int] | None = None  # (width, height, table, end)

    def _row(self, index: int) -> tuple[list[Any], float]:
        found = self.measured.get(index)
        if found is None:
            row, st, number = self.rows[index], self.st, index + 1
            cells: list[Any] = [
                str(number),
                _name_cell(row, st),
                _job_cell(row, st),
                PlainLines(row.unit, st.cell),
                clock_time(row.checked_in_at) if row.checked_in_at else "",
                SignatureBox(number, row.signature),
            ]
            found = self.measured[index] = (cells, _row_height(cells, column_widths()))
        return found

    def _table(self, data: list[list[Any]], heights: list[float]) -> Table:
        table = Table(data, colWidths=column_widths(), rowHeights=heights, repeatRows=1)
        style = grid_style(rows=len(data), zebra=False)
        fonts = register_fonts()
        for column in (0, 4):  # the number and the time: plain strings, no Paragraph to lay out
            style.append(("FONTNAME", (column, 1), (column, -1), fonts.sans))
            style.append(("FONTSIZE", (column, 1), (column, -1), self.st.cell.fontSize))
            style.append(("ALIGN", (column, 1), (column, -1), "CENTER"))
        if len(str(len(data) - 1 + self.start)) > 4:  # 10,000 and more: five digits fit the column smaller
            style.append(("FONTSIZE", (0, 1), (0, -1), NUMBER_SMALL))
            style.append(("LEFTPADDING", (0, 1), (0, -1), 1))
            style.append(("RIGHTPADDING", (0, 1), (0, -1), 1))
        for column in (0, 4, 5):
            style.append(("VALIGN", (column, 1), (column, -1), "MIDDLE"))
        table.setStyle(TableStyle(style))
        return table

    def _fit(self, width: float, height: float) -> tuple[Table | None, int]:
        """The table of the rows from ``start`` that fit into ``height``, and the index after them."""
        if self._page is not None and self._page[:2] == (width, height):
            return self._page[2], self._page[3]
        header: list[Any] = [Paragraph(h, self.st.head_cell) for h in HEADER]
        heights = [_row_height(header, column_widths())]
        data = [header]
        end = self.start
        while end < len(self.rows):
            cells, row_height = self._row(end)
            if sum(heights) + row_height > height:
                break
            heights.append(row_height)
            data.append(cells)
            end += 1
        table = self._table(data, heights) if len(data) > 1 else None
        if self.progress is not None and end > self.start:
            total = len(self.rows)
            self.progress.report(end, total, "building_rows", count=end, total=total)
        self._page = (width, height, table, end)
        return table, end

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        table, end = self._fit(available_width, available_height)
        if table is not None and end >= len(self.rows):
            self.width, self.height = table.wrap(available_width, available_height)
        else:  # more than this page holds: the frame asks split() for this page's share
            self.width, self.height = available_width, available_height + 1
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        table, end = self._fit(available_width, available_height)
        if table is None:
            return []  # not even one row fits under the header here: start on the next page
        for index in range(self.start, end):  # placed: only the rows still to come stay measured
            self.measured.pop(index, None)
        if end >= len(self.rows):
            return [table]
        return [table, AttendanceRows(self.rows, self.st, self.progress, end, self.measured)]

    def draw(self) -> None:
        assert self._page is not None and self._page[2] is not None
        self._page[2].drawOn(self.canv, 0, 0)


def _row_height(cells: Sequence[Any], widths: Sequence[float]) -> float:
    """A row's height as reportlab's Table would compute it: the tallest cell plus the padding.
    Plain strings (number, time) are one short line, never the tallest."""
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=True):
        if isinstance(cell, str):
            continue
        inner = width - CELL_PADDING_X
        items = cell if isinstance(cell, list) else [cell]
        tallest = max(tallest, sum(item.wrap(inner, 1e6)[1] for item in items))
    return tallest + CELL_PADDING_Y


def attendance_story(sheet: AttendanceSheet, st: Styles, progress: Progress | None = None) -> list[Flowable]:
    event = sheet.event
    story: list[Flowable] = [*letterhead(event, st)]
    story.append(Paragraph("DAFTAR HADIR", st.title))
    story.append(Paragraph(text(event.title), st.subtitle))
    if event.theme.strip():
        story.append(Paragraph(text(event.theme), st.theme))
    story.append(Spacer(1, 4 * mm))
    if sheet.all_registered:
        who = f"{sheet.registered} orang terdaftar; {sheet.present} sudah check-in"
    else:
        who = f"{sheet.present} orang hadir dari {sheet.registered} terdaftar"
    story.append(
        key_value_table(
            [
                ("Hari, tanggal", long_date(event.date)),
                ("Waktu", when_text(event)),
                ("Tempat", event.venue or "–"),
                ("Peserta", who),
            ],
            st,
        )
    )
    story.append(Spacer(1, 4 * mm))

    story.append(AttendanceRows(sheet.rows, st, progress))
    story.append(Spacer(1, 1.5 * mm))
    story.append(Paragraph(text(_note(sheet)), st.small_muted))
    story.append(KeepTogether(signer_block(event, st)))
    return story


def _note(sheet: AttendanceSheet) -> str:
    if sheet.all_registered:
        return "Daftar untuk tanda tangan di kertas: jam hadir dan tanda tangan dari meja check-in tidak dicetak."
    return "Jam hadir dalam WIB menurut sistem check-in. Tanda tangan yang tercetak direkam di meja check-in."


def render_attendance_pdf(sheet: AttendanceSheet, out: Path, progress: Progress | None = None) -> int:
    """Write the attendance list to ``out``; returns the number of pages."""
    st = make_styles()
    story = attendance_story(sheet, st, progress)
    if progress is not None:
        progress.report(len(sheet.rows), len(sheet.rows), "writing_pdf")
    return build_pdf(
        out,
        story,
        title=f"Daftar Hadir {sheet.event.title}",
        author=sheet.event.organizer or "Sinar ASN Event Desk",
        footer=footer_label("Daftar Hadir", sheet.event),
    )
