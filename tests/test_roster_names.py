"""Names keep their academic titles; the key for search and duplicates drops them."""

from __future__ import annotations

import pytest

from asn_event.names import clean_display, name_key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Dr. Hj. Ika Puspitasari, S.E., M.M.", "ika puspitasari"),
        ("IKA  PUSPITASARI", "ika puspitasari"),
        ("Drs. H. Moch. Ali Imron, M.Si", "moch ali imron"),
        ("Hj.Siti Aminah,S.Pd", "siti aminah"),
        ("Prof.Dr.H.Ali Rahman", "ali rahman"),
        ("Ns. Dewi Lestari S.Kep", "dewi lestari"),
        ("Ahmad Dhani Ph.D", "ahmad dhani"),
        ("Siti Nur'aini", "siti nuraini"),
        ("Muhammad Ali, A.Md.Kep.", "muhammad ali"),
    ],
)
def test_key_without_titles_case_and_punctuation(written, key):
    assert name_key(written) == key


def test_display_keeps_titles_exactly_as_written():
    assert clean_display("  Dr. Hj. Ika Puspitasari,  S.E., M.M. ") == "Dr. Hj. Ika Puspitasari, S.E., M.M."
