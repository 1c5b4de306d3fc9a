"""The event report (Laporan Kegiatan): what a civil servant files after the session.

Event data, attendance (overall and per unit, walk-ins), the agenda planned against actual,
feedback, certificates and a short closing, signed by the event's signer.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from asn_event import brand
from asn_event.clock import to_wib
from asn_event.feedback.forms import SCALE_RANGES
from asn_event.feedback.summary import FeedbackSummary, QuestionSummary
from asn_event.formatting import clock_time, date_only, long_date
from asn_event.reports.common import decimal_id, minutes_text, percent
from asn_event.reports.pdf_layout import (
    CONTENT_WIDTH,
    HEADER_BG,
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
from asn_event.reports.summary import EventReport, Suggestion, SuggestionGroup, suggestion_groups
from asn_event.stage.schedule import ScheduleRow

SOURCE_WORDS = {"kiosk": "lewat kios", "paper": "dari lembar kertas"}
UNITS_NAMED = 3  # a repeated suggestion names this many units, then "dan N unit lain"


def _table(data: list[list[object]], widths_mm: list[float], *, align_right_from: int = 1) -> Table:
    widths = [w * mm for w in widths_mm]
    widths[0] += CONTENT_WIDTH - sum(widths)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(grid_style(rows=len(data))))
    return table


def _offset_text(seconds: float | None) -> str:
    """``tepat waktu``, ``terlambat 5 menit``, ``lebih awal 3 menit``."""
    if seconds is None:
        return "–"
    if abs(seconds) < 60:
        return "tepat waktu"
    return f"{'terlambat' if seconds > 0 else 'lebih awal'} {minutes_text(seconds)}"


def _span(start: object, end: object) -> str:
    if start is None:
        return "belum berjalan"
    if end is None:
        return f"{clock_time(start)}–…"  # type: ignore[arg-type]
    return f"{clock_time(start)}–{clock_time(end)}"  # type: ignore[arg-type]


def _event_section(report: EventReport, st: Styles) -> list[Flowable]:
    e = report.event
    pairs = [("Nama kegiatan", e.title)]
    if e.theme.strip():
        pairs.append(("Tema", e.theme))
    pairs += [
        ("Hari, tanggal", long_date(e.date)),
        ("Waktu", when_text(e)),
        ("Tempat", e.venue or "–"),
        ("Penyelenggara", e.organizer or "–"),
        ("Bobot", f"{e.jp_hours} JP (jam pelajaran)"),
        ("Kode acara", e.code),
    ]
    return [Paragraph("I. Data Kegiatan", st.heading), key_value_table(pairs, st, 34 * mm)]


def _attendance_section(report: EventReport, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("II. Kehadiran", st.heading)]
    absent = report.registered - report.present
    story.append(
        key_value_table(
            [
                ("Peserta terdaftar", f"{report.registered} orang"),
                ("Hadir", f"{report.present} orang ({percent(report.present, report.registered)})"),
                ("Tidak hadir", f"{absent} orang"),
                ("Tanpa undangan", f"{report.walk_ins} orang didaftarkan di meja check-in"),
            ],
            st,
            34 * mm,
        )
    )
    if report.units:
        story.append(Spacer(1, 3 * mm))
        data: list[list[object]] = [
            [Paragraph(h, st.head_cell) for h in ("Unit kerja", "Terdaftar", "Hadir", "Persentase")]
        ]
        for unit in report.units:
            data.append(
                [
                    Paragraph(text(unit.unit), st.cell),
                    Paragraph(str(unit.registered), st.cell_right),
                    Paragraph(str(unit.present), st.cell_right),
                    Paragraph(percent(unit.present, unit.registered), st.cell_right),
                ]
            )
        data.append(
            [
                Paragraph("Jumlah", st.cell_bold),
                Paragraph(str(report.registered), st.cell_right),
                Paragraph(str(report.present), st.cell_right),
                Paragraph(percent(report.present, report.registered), st.cell_right),
            ]
        )
        story.append(_table(data, [80, 28, 28, 28]))
    return story


def _duration_text(row: ScheduleRow) -> str:
    """``47 menit``, ``47 menit (2 menit lebih lama)``."""
    if row.actual_seconds is None:
        return ""
    words = minutes_text(row.actual_seconds)
    diff = row.difference_seconds or 0
    if abs(diff) >= 60:
        words += f" ({minutes_text(diff)} {'lebih lama' if diff > 0 else 'lebih singkat'})"
    return f"<br/>{words}"


def _agenda_cells(row: ScheduleRow, st: Styles) -> list[object]:
    title = [Paragraph(text(row.title), st.cell_bold)]
    if row.speaker:
        title.append(Paragraph(text(row.speaker), st.small_muted))
    if row.planned_start is None:
        planned = minutes_text(row.planned_seconds)
    else:
        planned_end = row.planned_start + timedelta(seconds=row.planned_seconds)
        planned = f"{_span(row.planned_start, planned_end)}<br/>{minutes_text(row.planned_seconds)}"
    return [
        Paragraph(str(row.position), st.cell_right),
        title,
        Paragraph(planned, st.cell),
        Paragraph(_span(row.actual_start, row.actual_end) + _duration_text(row), st.cell),
        Paragraph(_offset_text(row.start_delay_seconds), st.cell),
    ]


def _schedule_summary(report: EventReport) -> str:
    offset = report.schedule_offset_seconds
    if offset is None:
        return "Waktu pelaksanaan belum dicatat oleh timer panggung."
    finished = [r for r in report.agenda if r.actual_end is not None]
    if len(finished) == len(report.agenda):
        subject = "Acara selesai"
    else:
        subject = f"Segmen terakhir yang tercatat, {finished[-1].title}, selesai"
    if abs(offset) < 60:
        return f"{subject} tepat sesuai jadwal."
    return f"{subject} {minutes_text(offset)} {'lebih lambat' if offset > 0 else 'lebih cepat'} dari jadwal."


def _agenda_section(report: EventReport, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("III. Susunan Acara: Rencana dan Pelaksanaan", st.heading)]
    if not report.agenda:
        story.append(Paragraph("Susunan acara tidak dicatat untuk kegiatan ini.", st.body))
        return story
    if report.plan_moved:
        first = report.agenda[0].planned_start
        assert first is not None
        story.append(
            Paragraph(
                text(
                    f"Acara dimulai pukul {clock_time(first)} WIB, jauh dari jadwal pukul "
                    f"{clock_time(report.scheduled_start)} WIB (misalnya gladi), sehingga jam rencana "
                    "di bawah dihitung dari mulai yang sebenarnya."
                ),
                st.body,
            )
        )
        story.append(Spacer(1, 2 * mm))
    data: list[list[object]] = [
        [Paragraph(h, st.head_cell) for h in ("No", "Acara", "Rencana (WIB)", "Pelaksanaan (WIB)", "Selisih mulai")]
    ]
    data += [_agenda_cells(row, st) for row in report.agenda]
    widths = [8, 58, 30, 46, 30]
    table = Table(data, colWidths=[w * mm + (CONTENT_WIDTH - 172 * mm if i == 1 else 0) for i, w in enumerate(widths)],
                  repeatRows=1)
    table.setStyle(TableStyle(grid_style(rows=len(data))))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(text(_schedule_summary(report)), st.body))
    return story


def _printable(value: str, font_name: str) -> str:
    """Drop characters the report font cannot draw (emoji typed on a kiosk would print as boxes)."""
    glyphs = pdfmetrics.getFont(font_name).face.charToGlyph
    return " ".join("".join(c for c in value if ord(c) in glyphs or c.isspace()).split())


def _result_text(q: QuestionSummary) -> str:
    if q.mean is not None and q.kind in SCALE_RANGES:
        return f"rata-rata {decimal_id(q.mean)} dari {SCALE_RANGES[q.kind][1]}"
    chosen = sorted((b for b in q.distribution if b.count), key=lambda b: -b.count)[:3]
    if chosen:
        return "; ".join(f"{text(b.label)} ({b.count})" for b in chosen)
    if q.answered and not q.distribution:
        return "jawaban isian, lihat daftar di bawah"
    return "–"


def _intro_text(fb: FeedbackSummary) -> str:
    rate = "–" if fb.rate is None else f"{decimal_id(100 * fb.rate)}%"
    line = (
        f"Formulir “{fb.form_title}”{' (anonim)' if fb.anonymous else ''}: {fb.responses} tanggapan masuk "
        f"dari {fb.attendance} peserta hadir (tingkat pengisian {rate})"
    )
    sources = [f"{n} {SOURCE_WORDS.get(source, source)}" for source, n in fb.by_source if n]
    if len(sources) > 1:
        line += ", " + " dan ".join([", ".join(sources[:-1]), sources[-1]])
    return line + "."


def _question_table(fb: FeedbackSummary, st: Styles) -> Table:
    rows: list[list[object]] = [[Paragraph(h, st.head_cell) for h in ("No", "Pertanyaan", "Dijawab", "Hasil")]]
    style = grid_style(rows=1, zebra=False)
    section = None
    for n, q in enumerate(fb.questions, start=1):
        if q.section != section and q.section.strip():
            section = q.section
            rows.append([Paragraph(text(section), st.cell_bold), "", "", ""])
            style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                      ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEADER_BG)]
        rows.append(
            [
                Paragraph(str(n), st.cell_right),
                Paragraph(text(q.text), st.cell),
                Paragraph(str(q.answered), st.cell_right),
                Paragraph(_result_text(q), st.cell),
            ]
        )
    widths = [8, 96, 18, 52]
    table = Table(rows, colWidths=[w * mm + (CONTENT_WIDTH - 174 * mm if i == 1 else 0) for i, w in enumerate(widths)],
                  repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _suggestion_line(line: Suggestion, font_name: str) -> str:
    said = f"“{text(_printable(line.text, font_name))}”"
    who = f"{line.count} peserta" if line.count > 1 else ""
    if line.units:
        units = ", ".join(line.units[:UNITS_NAMED])
        if len(line.units) > UNITS_NAMED:
            units += f", dan {len(line.units) - UNITS_NAMED} unit lain"
        who = f"{who} ({units})" if who else units
    return f"{said} <font color='{brand.MUTED}'>— {text(who)}</font>" if who else said


def _suggestion_list(groups: tuple[SuggestionGroup, ...], st: Styles) -> list[Flowable]:
    bullet = ParagraphStyle("bullet", parent=st.small, leftIndent=10, bulletIndent=2, spaceAfter=1.5)
    story: list[Flowable] = []
    for group in groups:
        story.append(Spacer(1, 3 * mm))
        head = f"{group.question} ({group.answers} jawaban)"
        lines = [Paragraph(_suggestion_line(line, bullet.fontName), bullet, bulletText="•") for line in group.shown]
        story.append(KeepTogether([Paragraph(text(head), st.cell_bold), *lines[:2]]))
        story += lines[2:]
        if group.hidden:
            story.append(Paragraph(f"dan {group.hidden} jawaban lain (lihat ekspor umpan balik).", st.small_muted))
    return story


def _feedback_section(report: EventReport, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("IV. Umpan Balik Peserta", st.heading)]
    fb = report.feedback
    if fb is None:
        story.append(Paragraph("Tidak ada formulir umpan balik untuk kegiatan ini.", st.body))
        return story
    story.append(Paragraph(text(_intro_text(fb)), st.body))
    if fb.questions:
        story.append(Spacer(1, 2 * mm))
        story.append(_question_table(fb, st))
    story += _suggestion_list(suggestion_groups(fb), st)
    return story


def _certificate_section(report: EventReport, st: Styles) -> list[Flowable]:
    c = report.certificates
    if c.issued == 0:
        line = "Belum ada sertifikat yang diterbitkan."
    else:
        numbers = c.first_number if c.issued == 1 else f"{c.first_number} s.d. {c.last_number}"
        # Every issued certificate was made as a PDF (a batch file or the print preview); "printed"
        # counts only what was sent to a printer from the program, so say both, plainly.
        line = (
            f"{c.issued} sertifikat dibuat (PDF), nomor {numbers}. "
            f"Dicetak langsung dari aplikasi: {c.printed} dari {c.issued}; "
            "PDF yang dicetak dari program lain tidak terhitung di sini."
        )
    return [KeepTogether([Paragraph("V. Sertifikat", st.heading), Paragraph(text(line), st.body)])]


def _closing(report: EventReport, st: Styles) -> list[Flowable]:
    e = report.event
    closing = (
        f"Demikian laporan pelaksanaan kegiatan {e.title} pada {long_date(e.date)} ini dibuat "
        "sebagai bahan evaluasi dan pertanggungjawaban. Daftar hadir terlampir terpisah."
    )
    return [Paragraph("VI. Penutup", st.heading), Paragraph(text(closing), st.body)]


def event_report_story(report: EventReport, st: Styles) -> list[Flowable]:
    e = report.event
    story: list[Flowable] = [*letterhead(e, st)]
    story.append(Paragraph("LAPORAN PELAKSANAAN KEGIATAN", st.title))
    story.append(Paragraph(text(e.title), st.subtitle))
    if e.theme.strip():
        story.append(Paragraph(text(e.theme), st.theme))
    story.append(Spacer(1, 3 * mm))
    story += _event_section(report, st)
    story += _attendance_section(report, st)
    story += _agenda_section(report, st)
    story += _feedback_section(report, st)
    story += _certificate_section(report, st)
    story.append(KeepTogether([*_closing(report, st), *signer_block(e, st)]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            text(f"Disusun dengan Sinar ASN Event Desk, {date_only(to_wib(report.generated_at).date())} "
                 f"pukul {clock_time(report.generated_at)} WIB."),
            st.small_muted,
        )
    )
    return story


def render_event_report_pdf(report: EventReport, out: Path) -> int:
    """Write the event report to ``out``; returns the number of pages."""
    st = make_styles()
    return build_pdf(
        out,
        event_report_story(report, st),
        title=f"Laporan Kegiatan {report.event.title}",
        author=report.event.organizer or "Sinar ASN Event Desk",
        footer=footer_label("Laporan Kegiatan", report.event),
    )
