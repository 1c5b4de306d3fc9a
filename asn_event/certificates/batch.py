"""Certificate PDFs from the database: the batch (one PDF and/or one per person), reprints, the preview."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from asn_event.certificates.content import CertificateContent
from asn_event.certificates.numbering import NumberPattern
from asn_event.certificates.render import Design, render_certificates
from asn_event.certificates.service import (
    PersonLine,
    Signer,
    batch_order,
    eligibility_of,
    issue_numbers,
    issued_certificates,
    load_event,
    make_content,
    registrations_of,
    unit_name,
)
from asn_event.certificates.settings import CertificateSettings
from asn_event.certificates.signing import new_key_pair
from asn_event.clock import Clock
from asn_event.db import Database
from asn_event.db.models import Certificate
from asn_event.domain.errors import Refused
from asn_event.domain.notes import Note
from asn_event.filenames import not_reserved, unique_names
from asn_event.progress import Progress
from asn_event.safe_output import atomic_write
from asn_event.text_limits import clean

SAMPLE_PERSON = PersonLine(
    "Dr. Hj. Nama Peserta Contoh, S.E., M.M.",
    "198304122009022003",
    "PNS",
    "Analis Sumber Daya Manusia Aparatur",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
)


class NothingToPrint(Refused, ValueError):
    """No one is eligible yet (``cert_none_eligible``), or nothing was issued (``cert_none_issued``)."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    pages: int
    out: Path | None
    per_person: tuple[Path, ...]
    warnings: tuple[Note, ...]  # worded by asn_event.words.note_text
    newly_issued: int
    certificate_ids: tuple[int, ...]


def design_for(settings: CertificateSettings) -> Design:
    return Design(
        background=settings.background or None, signature=settings.signature or None, logo=settings.logo or None
    )


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def person_filenames(names: Iterable[str]) -> list[str]:
    """``Siti Aminah, S.E.pdf`` (titles kept, as on the certificate), safe and unique in one folder."""
    stems = (not_reserved(" ".join(_UNSAFE.sub(" ", clean(n)).split()).strip(" .")[:100] or "Sertifikat") for n in names)
    return unique_names(stems, ".pdf", lambda stem, n: f"{stem} ({n})")


class _Steps:
    """Progress over several renders: one step per page written."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def report(self, name: str) -> None:
        if self.progress is not None:
            self.progress.report(self.done, self.total, "certificate_for", name=name)
        self.done += 1


def _write(contents: Iterable[CertificateContent], path: Path, design: Design, steps: _Steps) -> tuple[str, ...]:
    """Render to ``path`` through a temporary file, so a cancelled batch leaves no half-written PDF."""

    def counted() -> Iterable[CertificateContent]:
        for content in contents:
            steps.report(content.name)
            yield content

    with atomic_write(path) as partial:
        report = render_certificates(counted(), partial, design)
    return report.warnings


def _contents(db: Database, ids: tuple[int, ...]) -> Iterator[CertificateContent]:
    """The stored texts of ``ids`` in order, read a batch at a time (never all of them at once)."""
    return (issued.content for issued in issued_certificates(db, ids))


def make_batch(
    db: Database,
    clock: Clock,
    event_id: int,
    out: Path | None = None,
    per_person_dir: Path | None = None,
    require_feedback: bool | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Issue certificates to everyone eligible (numbers kept) and write the PDF(s).

    The certificates stream from the database to the PDF: memory holds a batch of texts and the
    finished pages compressed, not every certificate of the event."""
    if out is None and per_person_dir is None:
        raise NothingToPrint("cert_no_output")
    issued = issue_numbers(db, clock, event_id, require_feedback, progress)
    if not issued.ids:
        raise NothingToPrint("cert_none_eligible")
    design = design_for(_settings(db, event_id))
    count = len(issued.ids)
    steps = _Steps(progress, count * ((out is not None) + (per_person_dir is not None)))
    warnings: list[Note] = []
    if out is not None:
        warnings.extend(_write(_contents(db, issued.ids), Path(out), design, steps))
    files: list[Path] = []
    if per_person_dir is not None:
        folder = Path(per_person_dir)
        folder.mkdir(parents=True, exist_ok=True)
        filenames = person_filenames(c.name for c in _contents(db, issued.ids))
        for content, filename in zip(_contents(db, issued.ids), filenames, strict=True):
            path = folder / filename
            for warning in _write([content], path, design, steps):
                if warning not in warnings:
                    warnings.append(warning)
            files.append(path)
    if progress is not None:
        progress.report(steps.total, steps.total, "")
    return BatchResult(
        pages=count,
        out=Path(out) if out is not None else None,
        per_person=tuple(files),
        warnings=tuple(warnings),
        newly_issued=issued.newly_issued,
        certificate_ids=issued.ids,
    )


def _settings(db: Database, event_id: int) -> CertificateSettings:
    with db.readers() as session:
        return CertificateSettings.from_json(load_event(session, event_id).certificate_settings)


def reprint_pdf(
    db: Database, event_id: int, certificate_ids: Iterable[int] | None = None
) -> tuple[bytes, tuple[int, ...]]:
    """Issued certificates exactly as stored (all of the event's, or the given ones) as PDF bytes."""
    with db.readers() as session:
        query = select(Certificate).where(Certificate.event_id == event_id)
        if certificate_ids is not None:
            query = query.where(Certificate.id.in_(list(certificate_ids)))
        certs = list(session.scalars(query))
        certs.sort(key=lambda c: batch_order(str(c.payload.get("unit", "")), str(c.payload.get("name", ""))))
        contents = [CertificateContent.from_payload(c.payload) for c in certs]
        ids = tuple(c.id for c in certs)
        settings = CertificateSettings.from_json(load_event(session, event_id).certificate_settings)
    if not contents:
        raise NothingToPrint("cert_none_issued")
    out = io.BytesIO()
    render_certificates(contents, out, design_for(settings))
    return out.getvalue(), ids


def preview_pdf(
    db: Database, event_id: int, settings: CertificateSettings, signer: Signer
) -> tuple[bytes, tuple[str, ...]]:
    """Page one as it would print with these (unsaved) settings: the first eligible person, or a sample.

    Signed with a throwaway key: a preview is never a certificate. Returns the PDF and any warnings.
    """
    checked = settings.validated()
    keys = new_key_pair()
    with db.readers() as session:
        event = load_event(session, event_id)
        session.expunge_all()
    event.signer_name, event.signer_title, event.signer_nip, event.jp_hours = (
        signer.name,
        signer.title,
        signer.nip or None,
        signer.jp_hours,
    )
    number = NumberPattern.parse(checked.number_pattern).format(1, event.date, event.code)
    with db.readers() as session:
        regs = [
            r
            for r in registrations_of(session, event_id)
            if eligibility_of(r, checked.require_feedback).eligible
        ]
        regs.sort(key=lambda r: batch_order(unit_name(r.person), r.person.name))
        person = PersonLine.of(regs[0]) if regs else SAMPLE_PERSON
    content = make_content(event, checked, person, number, keys)
    out = io.BytesIO()
    report = render_certificates([content], out, design_for(checked), title="Pratinjau sertifikat")
    return out.getvalue(), report.warnings
