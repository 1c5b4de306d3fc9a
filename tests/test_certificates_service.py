"""Issuing certificates from the database: eligibility, stable numbers, reprints, keys, print counts."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from asn_event.certificates import NumberPatternError, VerifyStatus, verify
from asn_event.certificates.batch import NothingToPrint, make_batch, preview_pdf, reprint_pdf
from asn_event.certificates.service import (
    Eligibility,
    find_by_short_code,
    get_settings,
    get_signer,
    issue_certificates,
    list_candidates,
    office_public_key_pem,
    record_print,
    save_settings,
    set_override,
    verify_text,
)
from asn_event.certificates.settings import CertificateSettings
from asn_event.db.models import Person, Registration
from asn_event.events import InvalidEvent
from asn_event.progress import Cancelled, Progress
from asn_event.words import error_text


def _registrations(demo) -> list[int]:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session:
        return list(
            session.scalars(
                select(Registration.id)
                .where(Registration.event_id == demo.event_id)
                .order_by(Registration.id)
            )
        )


def _check_in(demo, clock, ids, feedback=False) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():
        for reg in session.scalars(select(Registration).where(Registration.id.in_(ids))):
            reg.checked_in_at = clock.now()
            if feedback:
                reg.feedback_done_at = clock.now() + timedelta(hours=3)


def test_nobody_checked_in_means_nothing_to_print_with_what_to_do(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert {c.status for c in list_candidates(demo.db, demo.event_id)} == {Eligibility.NOT_ATTENDED}
    with pytest.raises(NothingToPrint) as caught:
        make_batch(demo.db, clock, demo.event_id, out=tmp_path / "s.pdf")
    assert "check-in" in error_text(caught.value)
    assert not (tmp_path / "s.pdf").exists()


def test_batch_of_the_checked_in_sorted_by_unit_then_name(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _registrations(demo)[:6]
    _check_in(demo, clock, ids)
    result = make_batch(
        demo.db, clock, demo.event_id, out=tmp_path / "all.pdf", per_person_dir=tmp_path / "each"
    )
    assert result.pages == 6 and result.newly_issued == 6
    reader = PdfReader(tmp_path / "all.pdf")
    assert len(reader.pages) == 6
    eligible = [c for c in list_candidates(demo.db, demo.event_id) if c.eligible]
    assert [c.registration_id for c in eligible] != [] and len(eligible) == 6
    units = [c.unit for c in eligible]
    assert units == sorted(units, key=str.casefold)
    for page, candidate in zip(reader.pages, eligible, strict=True):
        text = page.extract_text()
        assert candidate.name in text and candidate.number in text and "3 JP" in text
    assert sorted(p.name for p in result.per_person) == sorted(f"{c.name.rstrip('.')}.pdf" for c in eligible)
    assert all(len(PdfReader(p).pages) == 1 for p in result.per_person)


def test_numbers_are_stable_and_reprints_identical_after_edits(demo, clock) -> None:  # type: ignore[no-untyped-def]
    ids = _registrations(demo)
    _check_in(demo, clock, ids[:4])
    first = issue_certificates(demo.db, clock, demo.event_id)
    numbers = {c.registration_id: (c.seq, c.number) for c in first.certificates}
    assert sorted(seq for seq, _ in numbers.values()) == [1, 2, 3, 4]
    assert all(number.startswith("800/00") for _, number in numbers.values())
    original_pdf, cert_ids = reprint_pdf(demo.db, demo.event_id)

    # The roster changes after issuing; two more people arrive.
    with demo.db.sessions() as session, session.begin():
        reg = session.get(Registration, ids[0])
        person = session.get(Person, reg.person_id)
        old_name, person.name = person.name, "Nama Diubah Sesudah Cetak"
    _check_in(demo, clock, ids[4:6])
    second = issue_certificates(demo.db, clock, demo.event_id)
    assert second.newly_issued == 2
    again = {c.registration_id: (c.seq, c.number) for c in second.certificates}
    assert {k: again[k] for k in numbers} == numbers
    assert sorted(again[i][0] for i in ids[4:6]) == [5, 6]
    kept = next(c for c in second.certificates if c.registration_id == ids[0])
    assert kept.name == old_name

    reprint, _ = reprint_pdf(demo.db, demo.event_id, cert_ids)
    before = [p.get_contents().get_data() for p in PdfReader(io.BytesIO(original_pdf)).pages]
    after = [p.get_contents().get_data() for p in PdfReader(io.BytesIO(reprint)).pages]
    assert before == after


def test_feedback_rule_and_hand_overrides(demo, clock) -> None:  # type: ignore[no-untyped-def]
    ids = _registrations(demo)
    _check_in(demo, clock, ids[:3], feedback=True)
    _check_in(demo, clock, ids[3:5])
    assert sum(c.eligible for c in list_candidates(demo.db, demo.event_id)) == 5
    assert sum(c.eligible for c in list_candidates(demo.db, demo.event_id, require_feedback=True)) == 3
    set_override(demo.db, ids[10], True)  # attended without scanning: added by hand
    set_override(demo.db, ids[0], False)  # left after ten minutes: removed by hand
    by_id = {c.registration_id: c for c in list_candidates(demo.db, demo.event_id, require_feedback=True)}
    assert by_id[ids[10]].status is Eligibility.ADDED and by_id[ids[10]].eligible
    assert by_id[ids[0]].status is Eligibility.REMOVED and not by_id[ids[0]].eligible
    assert by_id[ids[3]].status is Eligibility.NO_FEEDBACK
    issued = issue_certificates(demo.db, clock, demo.event_id, require_feedback=True)
    assert {c.registration_id for c in issued.certificates} == {ids[1], ids[2], ids[10]}


def test_codes_verify_with_the_exported_public_key_alone(demo, clock) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, _registrations(demo)[:2])
    cert = issue_certificates(demo.db, clock, demo.event_id).certificates[0]
    pem = office_public_key_pem(demo.db, clock)
    assert office_public_key_pem(demo.db, clock) == pem  # one office key, created once
    assert verify(cert.content.verification_text, pem).valid
    assert verify_text(demo.db, cert.content.verification_text).status is VerifyStatus.VALID
    assert find_by_short_code(demo.db, cert.content.short_code.lower()).number == cert.number


def test_print_count_is_recorded(demo, clock) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, _registrations(demo)[:2])
    certs = issue_certificates(demo.db, clock, demo.event_id).certificates
    assert record_print(demo.db, clock, [certs[0].id]) == 1
    record_print(demo.db, clock, [certs[0].id, certs[1].id])
    counts = {c.number: c.print_count for c in list_candidates(demo.db, demo.event_id) if c.number}
    assert counts == {certs[0].number: 2, certs[1].number: 1}


def test_settings_are_validated_and_kept(demo, clock) -> None:  # type: ignore[no-untyped-def]
    signer = get_signer(demo.db, demo.event_id)
    with pytest.raises(NumberPatternError):
        save_settings(demo.db, clock, demo.event_id, CertificateSettings(number_pattern="800/{year}"), signer)
    with pytest.raises(InvalidEvent, match="NIP"):
        save_settings(demo.db, clock, demo.event_id, CertificateSettings(), type(signer)("A", "B", "123", 2))
    settings = CertificateSettings(
        number_pattern="SERT/{seq:04d}/{year}", extra_lines=("Sah tanpa tanda tangan basah.",)
    )
    save_settings(demo.db, clock, demo.event_id, settings, type(signer)("Budi", "Kepala", "", 4))
    assert get_settings(demo.db, demo.event_id) == settings
    assert get_signer(demo.db, demo.event_id).jp_hours == 4
    _check_in(demo, clock, _registrations(demo)[:1])
    assert issue_certificates(demo.db, clock, demo.event_id).certificates[0].number == "SERT/0001/2025"


def test_preview_shows_page_one_with_unsaved_settings(demo, clock) -> None:  # type: ignore[no-untyped-def]
    signer = get_signer(demo.db, demo.event_id)
    pdf, warnings = preview_pdf(
        demo.db, demo.event_id, CertificateSettings(number_pattern="X/{seq:03d}"), signer
    )
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "X/001" in text and "Nama Peserta Contoh" in text and warnings == ()


def test_cancelling_the_batch_leaves_no_half_written_file(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, _registrations(demo)[:5])
    (tmp_path / "out").mkdir()

    def cancel_on_third(done: int, total: int, text: str) -> None:
        if done == 3:
            progress.cancel()

    progress = Progress(on_report=cancel_on_third)
    with pytest.raises(Cancelled):
        make_batch(demo.db, clock, demo.event_id, out=tmp_path / "out" / "s.pdf", progress=progress)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_corrected_name_reaches_the_certificate_only_when_refreshed_and_keeps_its_number(demo, clock) -> None:  # type: ignore[no-untyped-def]
    from asn_event.certificates.service import refresh_certificates

    ids = _registrations(demo)
    _check_in(demo, clock, ids[:3])
    issued = issue_certificates(demo.db, clock, demo.event_id).certificates
    target = next(c for c in issued if c.registration_id == ids[0])
    with demo.db.sessions() as session, session.begin():
        person = session.get(Person, session.get(Registration, ids[0]).person_id)
        person.name = "Dr. Siti Aminah Rahmawati, S.E., M.M."  # the typo fixed after printing
    assert refresh_certificates(demo.db, clock, [ids[0], ids[5]]) == 1  # ids[5] has none yet
    after = {c.registration_id: c for c in issue_certificates(demo.db, clock, demo.event_id).certificates}
    fixed = after[ids[0]]
    assert fixed.name == "Dr. Siti Aminah Rahmawati, S.E., M.M."
    assert (fixed.seq, fixed.number) == (target.seq, target.number)
    result = verify_text(demo.db, fixed.content.verification_text)
    assert result.status is VerifyStatus.VALID and result.fields.name == fixed.name
    others = {c.registration_id: c.number for c in issued if c.registration_id != ids[0]}
    assert {k: after[k].number for k in others} == others


def test_per_person_files_are_unique_and_allowed_on_windows() -> None:
    from asn_event.certificates.batch import person_filenames

    names = ["Siti Aminah, S.E.", "siti aminah, s.e.", "Con", 'A/B: "C"?']
    assert person_filenames(names) == ["Siti Aminah, S.E.pdf", "siti aminah, s.e (2).pdf", "Con_.pdf", "A B C.pdf"]
