"""A city-sized attendance list: laid out one page at a time, with the column header on every page
and every registered person on exactly one row."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from asn_event.clock import FakeClock
from asn_event.db import open_database
from asn_event.db.models import Event, Person, Registration
from asn_event.demo import create_demo
from asn_event.reports import files
from asn_event.reports.common import format_nip

PEOPLE = 3000
NIP_PRINTED = re.compile(r"NIP (\d{8} \d{4,6}(?: \d){1,3} \d{3})")


def test_attendance_list_of_3000_has_the_header_on_every_page_and_everyone_once(
    _template_db: Path, tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "city.sqlite"
    shutil.copy(_template_db, path)
    db = open_database(path)
    event_id = create_demo(db, clock, participants=PEOPLE)
    with db.sessions() as session:
        people = session.execute(
            select(Person.nip, Person.employment).join(Registration).where(Registration.event_id == event_id)
        ).all()
        signer_nip = session.get(Event, event_id).signer_nip  # type: ignore[union-attr]
    saved = files.save_attendance_pdf(db, event_id, tmp_path / "hadir.pdf", all_registered=True)
    db.dispose()

    pages = [page.extract_text() for page in PdfReader(str(saved.path)).pages]
    assert saved.rows == PEOPLE and saved.pages == len(pages) > 100
    printed: Counter[str] = Counter()
    without_nip = 0
    for number, content in enumerate(pages, start=1):
        for word in ("No", "Nama / NIP", "Jabatan", "Unit Kerja", "Jam", "Tanda tangan"):
            assert word in content, f"page {number} lacks the column '{word}'"
        assert f"Halaman {number} dari {len(pages)}" in content
        printed.update(NIP_PRINTED.findall(content))
        without_nip += content.count("non-ASN")
    expected = Counter(format_nip(nip) for nip, _ in people if nip)
    expected[format_nip(signer_nip)] += 1  # the signer's, under the list
    assert printed == expected  # every person with a NIP on exactly one row
    assert without_nip == sum(1 for nip, _ in people if not nip)  # and everyone without one
    assert "DAFTAR HADIR" in pages[0] and "DAFTAR HADIR" not in pages[1]
