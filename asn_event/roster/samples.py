"""Roster files as an agency would send them, made from invented people: for benchmarks, the demo
import and the screenshots of the import preview. Nothing here is read by the import itself."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from asn_event.agencies import MOJOKERTO_AGENCIES
from asn_event.demo import generate_people
from asn_event.nip import format_nip

HEADERS = ("No", "Nama Lengkap", "NIP", "Pangkat/Gol", "Jabatan", "Unit Kerja", "No HP")


def sample_rows(count: int, seed: int = 29) -> list[list[object]]:
    """``count`` rows under :data:`HEADERS`, NIPs typed as text the way people type them."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for number, person in enumerate(generate_people(count, seed), start=1):
        agency = rng.choice(MOJOKERTO_AGENCIES)
        unit = rng.choice((agency.short_name, agency.name, *agency.aliases))
        nip = "" if person.nip is None else rng.choice((person.nip, format_nip(person.nip)))
        phone = f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}"
        rows.append([number, person.name, nip, person.rank, person.position, unit, phone])
    return rows


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], headers: Sequence[str] = HEADERS, sheet: str = "Peserta"
) -> Path:
    """A plain workbook (write-only mode, fast for 10,000 rows), NIP column as text."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def with_mistakes(rows: list[list[object]]) -> list[list[object]]:
    """The same rows with the mistakes the import preview must catch (for screenshots and tests)."""
    bad = [list(r) for r in rows]
    if len(bad) >= 8:
        bad[7][5] = "UPT Puskesmas Gedongan"  # a unit no agency list knows: proposed, not created
    if len(bad) >= 6:
        bad[1][2] = "19680411 199313 1 009"  # month 13
        bad[2][2] = 1.96804111993031e17  # a NIP Excel stored as a number
        bad[3][1] = ""  # no name
        bad[4][2] = "19800230 200501 2 001"  # 30 February
        bad[5] = [6, *bad[0][1:]]  # the first person twice
    return bad
