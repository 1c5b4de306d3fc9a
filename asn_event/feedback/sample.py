"""Invented answers for the demo event: screenshots, benchmarks and trying the results page.

Checks in part of the roster and submits answers through :func:`responses.submit`, like a kiosk.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import bindparam, select, update

from asn_event import tokens
from asn_event.clock import Clock
from asn_event.db.engine import Database
from asn_event.db.models import Event, QuestionKind, Registration
from asn_event.feedback import responses, service

SUGGESTIONS = (
    "Materi sangat membuka wawasan, semoga ada sesi lanjutan per bidang.",
    "Waktu tanya jawab mohon ditambah, banyak yang belum sempat bertanya.",
    "Pengeras suara di bagian belakang kurang jelas.",
    "Contoh kasus pelayanan publik sangat relevan dengan tugas kami 👍",
    "Mohon materi dibagikan dalam bentuk PDF setelah acara.",
    "Ruangan agak dingin, tetapi secara umum acara tertib dan tepat waktu.",
    "Sesi Ber-AKHLAK seperti ini perlu rutin tiap triwulan.",
)
TOPICS = ("Manajemen kinerja", "Literasi digital", "Pelayanan prima", "Penyusunan SKP", "Etika ASN")


def _answer(rng: random.Random, kind: QuestionKind) -> int:
    if kind == QuestionKind.LIKERT5:
        return rng.choices((2, 3, 4, 5), (1, 3, 9, 7))[0]
    if kind == QuestionKind.SATISFACTION4:
        return rng.choices((1, 2, 3, 4), (1, 2, 8, 5))[0]
    return rng.choices(range(5, 11), (1, 1, 3, 6, 5, 3))[0]


def add_sample_responses(
    db: Database, clock: Clock, event_id: int, checked_in: int = 90, answered: int = 64, seed: int = 5
) -> int:
    """Check in ``checked_in`` people and store ``answered`` responses; returns the form id."""
    rng = random.Random(seed)
    form = service.active_form(db, event_id) or service.create_default_form(db, clock, event_id)
    assert form.id is not None
    start = clock.now()
    with db.sessions.begin() as session:
        secret = session.get(Event, event_id).secret  # type: ignore[union-attr]
        reg_ids = list(session.scalars(select(Registration.id).where(Registration.event_id == event_id)))
        chosen = rng.sample(reg_ids, min(checked_in, len(reg_ids)))
        # Core executemany in batches: 100,000 check-ins without 100,000 ORM objects.
        for first in range(0, len(chosen), 2000):
            session.execute(
                update(Registration.__table__).where(Registration.__table__.c.id == bindparam("reg_id")),
                [
                    {
                        "reg_id": reg_id,
                        "checked_in_at": start - timedelta(minutes=90) + timedelta(seconds=20 * number),
                        "checkin_desk": "Meja 1",
                    }
                    for number, reg_id in enumerate(chosen[first : first + 2000], start=first)
                ],
            )
        codes = [tokens.make_code(secret, event_id, reg_id) for reg_id in chosen[:answered]]
    for number, code in enumerate(codes[:answered]):
        values: dict[int, object] = {}
        for q in form.questions():
            assert q.id is not None
            if q.is_scale:
                values[q.id] = _answer(rng, q.kind)
            elif q.kind == QuestionKind.LONG_TEXT and rng.random() < 0.35:
                values[q.id] = rng.choice(SUGGESTIONS)
            elif q.kind == QuestionKind.SHORT_TEXT and rng.random() < 0.25:
                values[q.id] = rng.choice(TOPICS)
        source = "paper" if number % 8 == 7 else "phone" if number % 3 == 0 else "kiosk"
        responses.submit(
            db,
            clock,
            form.id,
            values,
            responses.new_submission_key(),
            code=code,
            source=source,
        )
    return form.id
