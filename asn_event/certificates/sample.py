"""An invented certificate for previews, tests and benchmarks (no real person)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from asn_event.certificates.content import CertificateContent, build_content
from asn_event.certificates.numbering import DEFAULT_PATTERN, NumberPattern
from asn_event.certificates.signing import KeyPair, SignedFields, short_code, sign

SAMPLE_EVENT_DATE = date(2025, 11, 17)
SAMPLE_EVENT_CODE = "CMK-2025-11"


def sample_content(
    keys: KeyPair,
    seq: int = 1,
    name: str = "Dr. Hj. Siti Aminah, S.E., M.M.",
    nip: str | None = "198304122009022003",
    employment: str = "PNS",
    position: str = "Kepala Bidang Pengembangan Kompetensi",
    unit: str = "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
    pattern: str = DEFAULT_PATTERN,
    extra_lines: tuple[str, ...] = (),
) -> CertificateContent:
    number = NumberPattern.parse(pattern).format(seq, SAMPLE_EVENT_DATE, SAMPLE_EVENT_CODE)
    draft = build_content(
        number=number,
        name=name,
        nip=nip,
        employment=employment,
        position=position,
        unit=unit,
        event_title="Coaching Manajemen Kepegawaian — Ning Ita Sinar ASN",
        event_theme="Sesi Inspirasi dan Arahan ASN Ber-AKHLAK",
        event_date=SAMPLE_EVENT_DATE,
        venue="Ruang Sabha Mandala Madya, Kota Mojokerto",
        jp=2,
        organizer="Pemerintah Kota Mojokerto · Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        city="Mojokerto",
        signed_on=SAMPLE_EVENT_DATE,
        signer_title="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Mojokerto",
        signer_name="Drs. Bambang Wicaksono, M.Si.",
        signer_nip="196804111993031009",
        extra_lines=extra_lines,
    )
    fields = SignedFields(draft.number, draft.name, SAMPLE_EVENT_CODE, SAMPLE_EVENT_DATE, draft.jp)
    code = sign(keys, fields)
    return replace(draft, verification_text=code, short_code=short_code(code))
