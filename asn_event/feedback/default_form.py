"""The default form "Evaluasi Coaching Ber-AKHLAK", written fresh for the Sinar ASN sessions.

One Likert item per core value as it shows in the session, three on the speaker, three on the
organization (the 4-point fit scale), an overall 1-10 rating and free-text suggestions.
"""

from __future__ import annotations

from asn_event.db.models import QuestionKind
from asn_event.feedback.forms import FormDef, QuestionDef, SectionDef

DEFAULT_FORM_TITLE = "Evaluasi Coaching Ber-AKHLAK"

# (core value, how it applies to the session)
CORE_VALUES: tuple[tuple[str, str], ...] = (
    (
        "Berorientasi Pelayanan",
        "Sesi ini mendorong saya memberi pelayanan yang lebih baik kepada masyarakat.",
    ),
    ("Akuntabel", "Sesi ini menegaskan tanggung jawab saya atas tugas dan penggunaan anggaran."),
    ("Kompeten", "Materi sesi ini menambah pengetahuan dan keterampilan kerja saya."),
    ("Harmonis", "Sesi ini mengajak saling menghargai antarpegawai dan antarperangkat daerah."),
    ("Loyal", "Sesi ini memperkuat komitmen saya kepada negara, daerah dan institusi."),
    ("Adaptif", "Sesi ini mendorong saya terbuka pada perubahan dan cara kerja baru."),
    ("Kolaboratif", "Sesi ini mendorong saya bekerja sama lintas unit untuk hasil bersama."),
)


def _likert(text: str, message: str) -> QuestionDef:
    return QuestionDef(QuestionKind.LIKERT5, text, required=True, required_message=message)


def _fit(text: str, message: str) -> QuestionDef:
    return QuestionDef(QuestionKind.SATISFACTION4, text, required=True, required_message=message)


def default_form() -> FormDef:
    values = tuple(
        _likert(f"{name}: {statement}", f"Mohon beri penilaian untuk nilai {name}.")
        for name, statement in CORE_VALUES
    )
    speaker = (
        _likert("Narasumber menyampaikan materi dengan jelas.", "Mohon nilai kejelasan narasumber."),
        _likert("Materi relevan dengan pekerjaan saya sehari-hari.", "Mohon nilai relevansi materi."),
        _likert(
            "Narasumber memulai dan mengakhiri sesi tepat waktu.", "Mohon nilai ketepatan waktu narasumber."
        ),
    )
    organization = (
        _fit("Waktu pelaksanaan acara", "Mohon nilai waktu pelaksanaan."),
        _fit("Ruangan dan tempat duduk", "Mohon nilai ruangan."),
        _fit("Pengeras suara dan tayangan", "Mohon nilai pengeras suara dan tayangan."),
        QuestionDef(
            QuestionKind.RATING10,
            "Secara keseluruhan, berapa nilai Anda untuk sesi ini?",
            required=True,
            required_message="Mohon beri nilai keseluruhan 1 sampai 10.",
        ),
    )
    suggestions = (
        QuestionDef(QuestionKind.LONG_TEXT, "Saran untuk sesi berikutnya"),
        QuestionDef(QuestionKind.SHORT_TEXT, "Topik yang ingin Anda dengar di sesi berikutnya"),
    )
    return FormDef(
        title=DEFAULT_FORM_TITLE,
        intro=(
            "Terima kasih telah mengikuti sesi ini. Penilaian Anda membantu kami menyiapkan sesi "
            "berikutnya. Pengisian sekitar 3 menit."
        ),
        sections=(
            SectionDef("Nilai Dasar ASN Ber-AKHLAK", values),
            SectionDef("Narasumber", speaker),
            SectionDef("Penyelenggaraan", organization),
            SectionDef("Saran", suggestions),
        ),
    )
