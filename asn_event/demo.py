"""The demo event: generated, invented people (no real person), so a newcomer sees a working event.

``create_demo`` builds the agencies of Kota Mojokerto, N participants with Indonesian names,
academic titles, structurally valid NIPs (PNS and PPPK) and non-ASN staff without NIP, their
registrations, and the session's agenda. Nobody is checked in: the doors have not opened yet.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import insert, select

from asn_event.agencies import MOJOKERTO_AGENCIES
from asn_event.clock import Clock, to_wib
from asn_event.db import Database
from asn_event.db.models import (
    Employment,
    Event,
    Person,
    Registration,
    RegistrationSource,
    Unit,
)
from asn_event.events import EventDraft, create_event
from asn_event.feedback.service import create_default_form
from asn_event.names import name_key
from asn_event.roster.importer import insert_people
from asn_event.stage.agenda import DEFAULT_AGENDA

DEMO_TITLE = "Coaching Manajemen Kepegawaian"
DEMO_THEME = "Ning Ita Sinar ASN (Sesi Inspirasi dan Arahan ASN Ber-AKHLAK)"
DEMO_VENUE = "Ruang Sabha Mandala Madya, Kantor Pemerintah Kota Mojokerto"

BATCH = 2000  # rows per executemany: memory bounded by a batch, not by the event

DEMO_AGENDA = DEFAULT_AGENDA  # the demo event's agenda is the default for new events

MALE_FIRST = [
    "Agus",
    "Bambang",
    "Budi",
    "Dedi",
    "Eko",
    "Fajar",
    "Hadi",
    "Hendra",
    "Joko",
    "Muhammad",
    "Moch.",
    "Nur",
    "Rudi",
    "Slamet",
    "Sugeng",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Arif",
    "Dwi",
    "Heru",
    "Imam",
    "Kukuh",
    "Lukman",
    "Rizky",
    "Sigit",
    "Taufik",
    "Yudha",
    "Bagus",
    "Dimas",
    "Ahmad",
    "Anang",
]
FEMALE_FIRST = [
    "Siti",
    "Sri",
    "Dewi",
    "Endang",
    "Fitri",
    "Indah",
    "Kurniawati",
    "Lilik",
    "Nur",
    "Puji",
    "Ratna",
    "Rina",
    "Sulistyowati",
    "Tri",
    "Wulan",
    "Yuliana",
    "Anik",
    "Dyah",
    "Erna",
    "Evi",
    "Hartini",
    "Ika",
    "Lia",
    "Nanik",
    "Novita",
    "Retno",
    "Ririn",
    "Setyorini",
    "Umi",
    "Wiwik",
    "Ayu",
]
MALE_LAST = [
    "Santoso",
    "Prasetyo",
    "Wibowo",
    "Hidayat",
    "Setiawan",
    "Purnomo",
    "Kusuma",
    "Susanto",
    "Wijaya",
    "Kurniawan",
    "Saputra",
    "Nugroho",
    "Utomo",
    "Hartono",
    "Sulistyo",
    "Firmansyah",
    "Maulana",
    "Ramadhan",
    "Ma'ruf",
    "Rohman",
    "Ardiansyah",
    "Cahyono",
]
FEMALE_LAST = [
    "Rahmawati",
    "Handayani",
    "Lestari",
    "Puspitasari",
    "Wahyuni",
    "Suryani",
    "Anggraini",
    "Aminah",
    "Fauziah",
    "Mahmudah",
    "Sholikhah",
    "Fitriani",
    "Kusumawati",
    "Wulandari",
    "Setyowati",
    "Hidayati",
    "Purwanti",
]
PREFIX_TITLES = ("", "", "", "", "", "", "Dr. ", "H. ", "Hj. ", "Ir. ", "drg. ", "Drs. ")
SUFFIX_TITLES = (
    "",
    ", S.E.",
    ", S.E., M.M.",
    ", S.Kom.",
    ", S.Sos., M.Si.",
    ", S.H., M.H.",
    ", S.T.",
    ", S.Kep., Ns.",
    ", A.Md.Kep.",
    ", S.Pd., M.Pd.",
    ", S.A.P., M.A.P.",
    ", S.K.M., M.Kes.",
    ", S.I.Kom.",
    ", S.Ak.",
)
PNS_RANKS = (
    "Pengatur (II/c)",
    "Penata Muda (III/a)",
    "Penata Muda Tingkat I (III/b)",
    "Penata (III/c)",
    "Penata Tingkat I (III/d)",
    "Pembina (IV/a)",
    "Pembina Tingkat I (IV/b)",
)
PPPK_RANKS = ("Golongan V", "Golongan VII", "Golongan IX", "Golongan X")
POSITIONS = (
    "Kepala Bidang",
    "Kepala Subbagian Umum dan Kepegawaian",
    "Sekretaris",
    "Analis Sumber Daya Manusia Aparatur Ahli Muda",
    "Pranata Komputer Ahli Pertama",
    "Perencana Ahli Muda",
    "Penata Kelola Sistem dan Teknologi Informasi",
    "Pengadministrasi Perkantoran",
    "Perawat Ahli Pertama",
    "Analis Kebijakan Ahli Muda",
    "Auditor Ahli Pertama",
    "Penyuluh Kesehatan Masyarakat",
    "Pengelola Keuangan",
    "Lurah",
    "Arsiparis Ahli Pertama",
)
NON_ASN_POSITIONS = ("Tenaga Pendukung Administrasi", "Operator Komputer", "Pramu Bakti", "Pengemudi")


@dataclass(frozen=True, slots=True)
class DemoPerson:
    name: str
    nip: str | None
    employment: Employment
    rank: str
    position: str
    sex: str


def _birth(rng: random.Random, first: int, last: int) -> date:
    return date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))


def make_pns_nip(rng: random.Random, sex: str) -> str:
    """Birth date YYYYMMDD + TMT CPNS YYYYMM + sex digit + 3-digit sequence."""
    birth = _birth(rng, 1966, 1997)
    tmt_year = min(birth.year + rng.randint(22, 30), 2024)
    return (
        f"{birth:%Y%m%d}{tmt_year}{rng.randint(1, 12):02d}{1 if sex == 'L' else 2}{rng.randint(1, 999):03d}"
    )


def make_pppk_nip(rng: random.Random, sex: str) -> str:
    """Birth date + appointment year + type digit 2 + contract count + sex digit + sequence."""
    birth = _birth(rng, 1975, 1998)
    year = rng.randint(2021, 2025)
    return f"{birth:%Y%m%d}{year}2{rng.randint(1, 3)}{1 if sex == 'L' else 2}{rng.randint(1, 999):03d}"


def generate_people(count: int, seed: int = 17) -> list[DemoPerson]:
    """``count`` invented participants: about 70% PNS, 15% PPPK, 15% non-ASN, NIPs unique."""
    rng = random.Random(seed)
    people: list[DemoPerson] = []
    used_nips: set[str] = set()
    for _ in range(count):
        sex = rng.choice("LP")
        first = rng.choice(MALE_FIRST if sex == "L" else FEMALE_FIRST)
        last_names = MALE_LAST if sex == "L" else FEMALE_LAST
        middle = rng.choice(last_names) if rng.random() < 0.35 else ""
        last = rng.choice(last_names)
        base = " ".join(p for p in (first, middle if middle != last else "", last) if p)
        prefix = rng.choice(PREFIX_TITLES)
        if prefix in ("H. ",) and sex == "P":
            prefix = "Hj. "
        elif prefix == "Hj. " and sex == "L":
            prefix = "H. "
        roll = rng.random()
        if roll < 0.70:
            employment, rank = Employment.PNS, rng.choice(PNS_RANKS)
            make = make_pns_nip
        elif roll < 0.85:
            employment, rank = Employment.PPPK, rng.choice(PPPK_RANKS)
            make = make_pppk_nip
        else:
            employment, rank, make = Employment.NON_ASN, "", None
        nip = None
        if make is not None:
            nip = make(rng, sex)
            while nip in used_nips:
                nip = make(rng, sex)
            used_nips.add(nip)
        suffix = rng.choice(SUFFIX_TITLES) if employment is not Employment.NON_ASN else ""
        position = rng.choice(POSITIONS if make else NON_ASN_POSITIONS)
        people.append(DemoPerson(f"{prefix}{base}{suffix}", nip, employment, rank, position, sex))
    return people


def ensure_units(db: Database) -> dict[str, int]:
    """The agencies of Kota Mojokerto as units (created once); short name -> unit id."""
    with db.sessions() as session, session.begin():
        existing = {u.short_name: u.id for u in session.scalars(select(Unit))}
        for agency in MOJOKERTO_AGENCIES:
            if agency.short_name not in existing:
                unit = Unit(name=agency.name, short_name=agency.short_name, aliases=list(agency.aliases))
                session.add(unit)
                session.flush()
                existing[agency.short_name] = unit.id
        return existing


def create_demo(db: Database, clock: Clock, participants: int = 150, seed: int = 17) -> int:
    """Create the demo event with ``participants`` invented people; returns the event id."""
    units = ensure_units(db)
    today = to_wib(clock.now()).date()
    head_nip = make_pns_nip(random.Random(seed + 1), "L")
    event = create_event(
        db,
        clock,
        EventDraft(
            title=DEMO_TITLE,
            theme=DEMO_THEME,
            date=today,
            start_time=time(9, 0),
            end_time=time(12, 0),
            venue=DEMO_VENUE,
            city="Mojokerto",
            organizer="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Mojokerto",
            jp_hours=3,
            signer_name="Drs. Agus Wicaksono, M.Si.",
            signer_title="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            signer_nip=head_nip,
        ),
    )
    now = clock.now()
    rng = random.Random(seed)
    unit_ids = list(units.values())
    people = generate_people(participants, seed)
    with db.sessions() as session, session.begin():
        known = set(session.scalars(select(Person.nip).where(Person.nip.is_not(None))))
        rows = [
            {
                "name": p.name,
                "name_key": name_key(p.name),
                "nip": p.nip,
                "employment": p.employment,
                "rank": p.rank,
                "position": p.position,
                "unit_id": rng.choice(unit_ids),
                "sex": p.sex,
                "phone": "",
                "created_at": now,
                "updated_at": now,
            }
            for p in people
            if p.nip is None or p.nip not in known
        ]
        ids = insert_people(session, rows)
        registrations = [
            {"event_id": event.id, "person_id": pid, "source": RegistrationSource.ROSTER, "registered_at": now}
            for pid in ids
        ]
        for start in range(0, len(registrations), BATCH):
            session.execute(insert(Registration.__table__), registrations[start : start + BATCH])
        demo_event = session.get(Event, event.id)
        assert demo_event is not None
        demo_event.options = {**(demo_event.options or {}), "demo": True}
    create_default_form(db, clock, event.id)
    return event.id
