"""The event report (Laporan Kegiatan): what a civil servant files after the session.

Event data, attendance (overall and per unit, walk-ins), the agenda planned against actual,
feedback, certificates and a short closing, signed by the event's signer.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from asn_event.clock import to_wib
from asn_event.formatting import clock_time, date_only, long_date
from asn_event.reports.common import decimal_id, minutes_text, percent
from asn_event.reports.pdf_layout import (
    CONTENT_WIDTH,
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
from asn_event.reports.summary import AgendaRow, EventReport


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


def _agenda_cells(row: AgendaRow, number: int, st: Styles) -> list[object]:
    title = [Paragraph(text(row.title), st.cell_bold)]
    if row.speaker:
        title.append(Paragraph(text(row.speaker), st.small_muted))
    actual = row.actual_seconds
    return [
        Paragraph(str(number), st.cell_right),
        title,
        Paragraph(f"{_span(row.planned_start, row.planned_end)}<br/>{minutes_text(row.planned_seconds)}", st.cell),
        Paragraph(
            _span(row.actual_start, row.actual_end) + (f"<br/>{minutes_text(actual)}" if actual is not None else ""),
            st.cell,
        ),
        Paragraph(_offset_text(row.start_offset_seconds), st.cell),
    ]


def _agenda_section(report: EventReport, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("III. Susunan Acara: Rencana dan Pelaksanaan", st.heading)]
    if not report.agenda:
        story.append(Paragraph("Susunan acara tidak dicatat untuk kegiatan ini.", st.body))
        return story
    data: list[list[object]] = [
        [Paragraph(h, st.head_cell) for h in ("No", "Acara", "Rencana (WIB)", "Pelaksanaan (WIB)", "Selisih mulai")]
    ]
    data += [_agenda_cells(row, n, st) for n, row in enumerate(report.agenda, start=1)]
    widths = [8, 62, 34, 34, 34]
    table = Table(data, colWidths=[w * mm + (CONTENT_WIDTH - 172 * mm if i == 1 else 0) for i, w in enumerate(widths)],
                  repeatRows=1)
    table.setStyle(TableStyle(grid_style(rows=len(data))))
    story.append(table)
    offset = report.schedule_offset_seconds
    if offset is None:
        summary = "Waktu pelaksanaan belum dicatat oleh timer panggung."
    elif abs(offset) < 60:
        summary = "Acara selesai tepat sesuai jadwal."
    else:
        direction = "lebih lambat" if offset > 0 else "lebih cepat"
        summary = f"Acara selesai {minutes_text(offset)} {direction} dari jadwal."
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(text(summary), st.body))
    return story


def _feedback_section(report: EventReport, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("IV. Umpan Balik Peserta", st.heading)]
    fb = report.feedback
    if fb.forms == 0:
        story.append(Paragraph("Tidak ada formulir umpan balik untuk kegiatan ini.", st.body))
        return story
    story.append(
        Paragraph(
            text(
                f"{fb.responses} tanggapan masuk dari {report.present} peserta hadir "
                f"(tingkat pengisian {percent(fb.responses, report.present)})."
            ),
            st.body,
        )
    )
    rows: list[list[object]] = [[Paragraph(h, st.head_cell) for h in ("No", "Pertanyaan", "Dijawab", "Hasil")]]
    for n, q in enumerate(fb.questions, start=1):
        if q.mean is not None and q.scale_max is not None:
            result = f"rata-rata {decimal_id(q.mean)} dari {q.scale_max}"
        elif q.top_choices:
            result = "; ".join(f"{text(choice)} ({count})" for choice, count in q.top_choices)
        elif q.answered:
            result = "jawaban isian (lihat rekap umpan balik)"
        else:
            result = "–"
        rows.append(
            [
                Paragraph(str(n), st.cell_right),
                Paragraph(text(q.text), st.cell),
                Paragraph(str(q.answered), st.cell_right),
                Paragraph(result, st.cell),
            ]
        )
    if len(rows) > 1:
        story.append(Spacer(1, 2 * mm))
        widths = [8, 96, 18, 52]
        table = Table(rows, colWidths=[w * mm + (CONTENT_WIDTH - 174 * mm if i == 1 else 0) for i, w in enumerate(widths)],
                      repeatRows=1)
        table.setStyle(TableStyle(grid_style(rows=len(rows))))
        story.append(table)
    return story


def _certificate_section(report: EventReport, st: Styles) -> list[Flowable]:
    c = report.certificates
    if c.issued == 0:
        line = "Belum ada sertifikat yang diterbitkan."
    else:
        numbers = c.first_number if c.issued == 1 else f"{c.first_number} s.d. {c.last_number}"
        line = f"{c.issued} sertifikat diterbitkan ({c.printed} sudah dicetak), nomor {numbers}."
    return [Paragraph("V. Sertifikat", st.heading), Paragraph(text(line), st.body)]


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
