"""``asn-event --self-test``: the day of an event in miniature, in a throwaway folder.

A clerk (or CI, or a technician with a fresh bundle) runs it to prove the program works on this
machine: a new database, the demo event, an invitation whose QR is read back, a check-in, a
feedback response, a certificate whose QR verifies with the office's public key, every report,
and every page drawn. One line per check with its time; exit 0 when all pass.

The steps here are Qt-free; drawing (PDF pages to pixels, the GUI pages) is handed in by the
caller (``asn_event.app.run_self_test``), so this module stays below ``ui``.
"""

from __future__ import annotations

import io
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from PIL import Image

from asn_event.clock import Clock, SystemClock
from asn_event.db import Database
from asn_event.db.models import QuestionKind

# How a PDF page becomes pixels (QtPdf in the app): path, page index, width in pixels -> image.
Rasterize = Callable[[Path, int, int], Image.Image]

DEMO_PARTICIPANTS = 12


class CheckFailed(Exception):
    """A check saw something wrong; the message says what, in one line."""


@dataclass
class Check:
    name: str
    ok: bool
    seconds: float
    detail: str


@dataclass
class Scratch:
    """What the checks hand each other: the throwaway folder, database and event."""

    folder: Path
    clock: Clock = field(default_factory=SystemClock)
    db: Database | None = None
    event_id: int = 0
    code: str = ""  # the invitation code read back from the QR
    registration_id: int = 0

    @property
    def database(self) -> Database:
        if self.db is None:
            raise CheckFailed("basis data belum dibuat")
        return self.db


class Runner:
    """Runs checks in order, times each, prints one line per check; stops after the first failure
    when later checks need its result."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.checks: list[Check] = []

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def run(self, name: str, step: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail, ok = step(), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # the self-test reports every failure as a line, never a traceback
            from asn_event.words import error_text

            detail, ok = f"{type(exc).__name__}: {error_text(exc)}", False
        check = Check(name, ok, time.perf_counter() - started, detail)
        self.checks.append(check)
        mark = "OK   " if ok else "GAGAL"
        print(f"{mark} {check.seconds:6.2f} s  {name}: {detail}", file=self.out, flush=True)
        return ok


def decode_qr(image: Image.Image) -> list[str]:
    """The texts of the QR codes zxing-cpp finds in ``image``."""
    import zxingcpp

    return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


def not_blank(image: Image.Image, what: str) -> None:
    """A drawn page has more than one colour; a blank or failed render has one."""
    low, high = image.convert("L").getextrema()
    if high - low < 64:
        raise CheckFailed(f"{what} kosong (tidak ada yang tergambar)")


# --- the checks, in order ------------------------------------------------------------------------


def check_database(scratch: Scratch) -> str:
    from asn_event.db import open_database

    path = scratch.folder / "self-test.sqlite"
    scratch.db = open_database(path, create=True)
    return f"basis data baru dibuat dan dimigrasi di {path.parent.name}/"


def check_demo(scratch: Scratch) -> str:
    from asn_event.demo import create_demo

    scratch.event_id = create_demo(scratch.database, scratch.clock, participants=DEMO_PARTICIPANTS)
    return f"acara contoh #{scratch.event_id} dengan {DEMO_PARTICIPANTS} peserta"


def check_invitation(scratch: Scratch) -> str:
    from asn_event.invitations import render_png
    from asn_event.invitations.collect import collect_invitations

    event, invitations = collect_invitations(scratch.database, scratch.event_id)
    if not invitations:
        raise CheckFailed("tidak ada undangan")
    invitation = invitations[0]
    image = Image.open(io.BytesIO(render_png(event, invitation)))
    texts = decode_qr(image)
    if texts != [invitation.code]:
        raise CheckFailed(f"QR undangan terbaca {texts!r}, bukan kode undangannya")
    scratch.code, scratch.registration_id = texts[0], invitation.registration_id
    return f"undangan PNG {image.width}x{image.height}, QR terbaca kembali"


def check_checkin(scratch: Scratch) -> str:
    from asn_event.checkin import ScanStatus
    from asn_event.checkin.service import CheckinDesk

    desk = CheckinDesk(scratch.database, scratch.clock, scratch.event_id, desk="Uji mandiri")
    result = desk.scan(scratch.code)
    if result.status is not ScanStatus.ACCEPTED:
        raise CheckFailed(f"pindai kode ditolak ({result.status.value})")
    again = desk.scan(scratch.code)
    if again.status is not ScanStatus.ALREADY:
        raise CheckFailed(f"pindai kedua tidak dikenali sebagai sudah hadir ({again.status.value})")
    return "kode dari QR diterima; pindai kedua: sudah hadir"


def _answers(questions) -> dict[int, object]:  # type: ignore[no-untyped-def]
    values = {QuestionKind.LIKERT5: 4, QuestionKind.SATISFACTION4: 3, QuestionKind.RATING10: 9}
    return {q.id: values[q.kind] for q in questions if q.kind in values}


def check_feedback(scratch: Scratch) -> str:
    from asn_event.feedback import responses
    from asn_event.feedback.service import active_form

    form = active_form(scratch.database, scratch.event_id)
    if form is None:
        raise CheckFailed("acara contoh tanpa formulir umpan balik")
    result = responses.submit(
        scratch.database,
        scratch.clock,
        form.id,
        _answers(form.questions()),
        uuid.uuid4().hex,
        code=scratch.code,
    )
    if result.status is not responses.SubmitStatus.SAVED:
        raise CheckFailed(f"jawaban tidak tersimpan ({result.status.name})")
    return f"satu jawaban tersimpan untuk formulir '{form.title}'"


def check_certificate(scratch: Scratch, rasterize: Rasterize) -> str:
    from asn_event.certificates.batch import make_batch
    from asn_event.certificates.service import office_public_key_pem
    from asn_event.certificates.signing import load_public_key, verify

    out = scratch.folder / "sertifikat.pdf"
    batch = make_batch(scratch.database, scratch.clock, scratch.event_id, out=out)
    if batch.pages != 1:
        raise CheckFailed(f"{batch.pages} sertifikat, padahal satu orang hadir")
    public_key = load_public_key(office_public_key_pem(scratch.database, scratch.clock))
    image = rasterize(out, 0, 2000)
    not_blank(image, "halaman sertifikat")
    texts = decode_qr(image)
    if len(texts) != 1:
        raise CheckFailed(f"{len(texts)} kode QR terbaca di sertifikat, seharusnya satu")
    verification = verify(texts[0], [public_key])
    if not verification.valid:
        raise CheckFailed(f"QR sertifikat tidak sah dengan kunci publik kantor ({verification.status})")
    return f"PDF {out.stat().st_size // 1024} KB; QR terbaca dan sah dengan kunci publik"


def check_reports(scratch: Scratch, rasterize: Rasterize) -> Iterator[tuple[str, Callable[[], str]]]:
    """One check per report: PDFs get their first page drawn, sheets are read back."""
    from asn_event.reports import files

    db, event_id, folder = scratch.database, scratch.event_id, scratch.folder

    def pdf(name: str, save: Callable[[Path], object]) -> Callable[[], str]:
        def step() -> str:
            path = folder / name
            save(path)
            not_blank(rasterize(path, 0, 800), f"halaman 1 {name}")
            return f"{name} {path.stat().st_size // 1024} KB, halaman 1 tergambar"

        return step

    def sheet(name: str, save: Callable[[Path], object], rows_at_least: int) -> Callable[[], str]:
        def step() -> str:
            from openpyxl import load_workbook

            path = folder / name
            save(path)
            workbook = load_workbook(path, read_only=True)
            try:
                rows = sum(1 for _ in workbook.active.iter_rows())  # type: ignore[union-attr]
            finally:
                workbook.close()
            if rows < rows_at_least:
                raise CheckFailed(f"{name} hanya {rows} baris")
            return f"{name} terbaca kembali, {rows} baris"

        return step

    def invitation_cards() -> str:
        from asn_event.invitations import render_pdf
        from asn_event.invitations.collect import collect_invitations
        from asn_event.invitations.pdf import CardLayout

        event, invitations = collect_invitations(db, event_id)
        path = folder / "undangan.pdf"
        path.write_bytes(render_pdf(event, invitations))
        on_page = {i.code for i in invitations[: CardLayout().per_page]}
        read = set(decode_qr(rasterize(path, 0, 2400)))
        if read != on_page:
            raise CheckFailed(f"{len(read & on_page)} dari {len(on_page)} QR di halaman 1 terbaca")
        return f"undangan.pdf, {len(on_page)} kartu di halaman 1, semua QR terbaca"

    def feedback_export() -> str:
        from asn_event.feedback.responses import export_form
        from asn_event.feedback.service import active_form

        form = active_form(db, event_id)
        if form is None:
            raise CheckFailed("acara contoh tanpa formulir umpan balik")
        results = export_form(db, form.id, folder / "umpan-balik.xlsx")
        if results.summary.responses != 1:
            raise CheckFailed(f"{results.summary.responses} jawaban diekspor, seharusnya 1")
        return sheet("umpan-balik.xlsx", lambda p: None, 2)()

    yield "kartu undangan", invitation_cards
    yield "ekspor umpan balik", feedback_export
    yield (
        "laporan daftar hadir",
        pdf("daftar-hadir.pdf", lambda p: files.save_attendance_pdf(db, event_id, p)),
    )
    yield (
        "laporan kegiatan",
        pdf("laporan-kegiatan.pdf", lambda p: files.save_event_report_pdf(db, scratch.clock, event_id, p)),
    )
    yield (
        "laporan rekap JP",
        sheet("rekap-jp.xlsx", lambda p: files.save_jp_xlsx(db, p, event_id=event_id), 2),
    )
    yield (
        "laporan kehadiran",
        sheet(
            "kehadiran.xlsx", lambda p: files.save_attendance_export(db, event_id, p), DEMO_PARTICIPANTS + 1
        ),
    )


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A temporary folder, removed afterwards (what Windows still holds open is left to the system)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="asn-event-self-test-", ignore_cleanup_errors=True) as name:
        yield Path(name)


def check_timezone(scratch: Scratch) -> str:
    """WIB from the system's zone database, and from the tzdata package Windows relies on."""
    from datetime import UTC, datetime
    from importlib import resources

    from asn_event.clock import WIB

    offset = datetime(2025, 11, 17, 1, 30, tzinfo=UTC).astimezone(WIB).utcoffset()
    if offset is None or offset.total_seconds() != 7 * 3600:
        raise CheckFailed(f"WIB bukan UTC+7 ({offset})")
    try:
        data = resources.files("tzdata.zoneinfo.Asia").joinpath("Jakarta").read_bytes()
    except (ImportError, OSError) as exc:
        raise CheckFailed(f"paket tzdata tanpa Asia/Jakarta ({type(exc).__name__})") from exc
    if not data.startswith(b"TZif"):
        raise CheckFailed("berkas zona Asia/Jakarta dari tzdata rusak")
    return "WIB = UTC+7; Asia/Jakarta juga ada di paket tzdata (untuk Windows)"


def check_postgres_driver(scratch: Scratch) -> str:
    """psycopg and its libpq load (desks sharing a server need them); no server is contacted."""
    try:
        import psycopg
    except ImportError:
        return "psycopg tidak terpasang: program ini membuka berkas SQLite saja"
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://uji@localhost/uji")  # builds the dialect, connects never
    try:
        if engine.dialect.driver != "psycopg":
            raise CheckFailed(f"dialek PostgreSQL memakai {engine.dialect.driver}, bukan psycopg")
    finally:
        engine.dispose()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {psycopg.pq.version()}"
