"""NIP of PNS and NI PPPK: the structure the BKN uses, and the mistakes people make typing it."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_event.nip import (
    InvalidNip,
    Nip,
    NipError,
    NipKind,
    NipProblem,
    Sex,
    format_nip,
    nip_from_cell,
    parse_nip,
    validate_nip,
)

PNS = "196804111993031009"  # born 11 April 1968, TMT CPNS March 1993, male, no. 9
PPPK = "199005122022212001"  # born 12 May 1990, PPPK 2022, first contract, female, no. 1


def test_pns_nip_gives_birth_date_sex_and_display_form():
    nip = validate_nip(PNS)
    assert nip.kind is NipKind.PNS
    assert nip.birth_date == date(1968, 4, 11)
    assert nip.sex is Sex.MALE
    assert (nip.appointment_year, nip.appointment_month, nip.sequence) == (1993, 3, 9)
    assert nip.display == "19680411 199303 1 009"
    assert str(nip) == nip.display


def test_pppk_number_is_told_apart_from_pns():
    nip = validate_nip(PPPK)
    assert nip.kind is NipKind.PPPK
    assert nip.birth_date == date(1990, 5, 12)
    assert nip.sex is Sex.FEMALE
    assert nip.appointment_year == 2022
    assert nip.appointment_month is None
    assert nip.display == "19900512 2022 2 1 2 001"


@pytest.mark.parametrize(
    "typed",
    ["19680411 199303 1 009", "19680411.199303.1.009", "19680411-199303-1-009", "'196804111993031009",
     " 196804111993031009 ", "19680411\u00a0199303\u00a01\u00a0009"],
)  # fmt: skip
def test_spaces_dots_dashes_and_excel_apostrophe_are_accepted(typed):
    assert validate_nip(typed).digits == PNS


@pytest.mark.parametrize(
    ("typed", "problem", "words"),
    [
        ("196804111993131009", NipProblem.APPOINTMENT, "bulan 01–12"),  # month 13
        ("196804111993001009", NipProblem.APPOINTMENT, "bukan TMT CPNS"),  # month 00
        ("196804111993033009", NipProblem.SEX_DIGIT, "harus 1 (laki-laki) atau 2 (perempuan)"),
        ("19680411199303100", NipProblem.LENGTH, "17 angka"),
        ("1968041119930310090", NipProblem.LENGTH, "19 angka"),
        ("19680411199303100A", NipProblem.NOT_DIGITS, "huruf"),
        ("196813111993031009", NipProblem.BIRTH_DATE, "tanggal lahir"),  # month 13 of birth
        ("196802301993031009", NipProblem.BIRTH_DATE, "tanggal lahir"),  # 30 February
        ("196804111980031009", NipProblem.APPOINTMENT, "umur saat diangkat 12"),
        ("199005122022202001", NipProblem.PPPK_CONTRACT, "tidak boleh 0"),
        ("196804111993031000", NipProblem.SEQUENCE, "Teks"),
        ("", NipProblem.EMPTY, "kosong"),
    ],
)
def test_refused_numbers_say_why(typed, problem, words):
    result = parse_nip(typed)
    assert isinstance(result, NipError)
    assert result.problem is problem
    assert words in result.reason
    with pytest.raises(InvalidNip) as raised:
        validate_nip(typed)
    assert raised.value.error.problem is problem
    assert isinstance(raised.value, ValueError)


def test_appointment_in_the_future_is_refused_when_today_is_known():
    assert isinstance(parse_nip("199801012025031001"), Nip)
    result = parse_nip("199801012025031001", today=date(2024, 6, 1))
    assert isinstance(result, NipError) and result.problem is NipProblem.APPOINTMENT


def test_format_leaves_a_wrong_number_as_cleaned_digits():
    assert format_nip("19680411-199303-1-009") == "19680411 199303 1 009"
    assert format_nip("1234") == "1234"


def test_excel_numbers_exact_or_damaged():
    assert nip_from_cell(196804111993031009) == PNS  # an integer the file stored in full
    assert nip_from_cell("196804111993031009") == PNS
    for damaged in (1.96804111993031e17, "1.96804E+17", "1,96804111993031E+17"):
        result = nip_from_cell(damaged)
        assert isinstance(result, NipError)
        assert result.problem is NipProblem.LOST_DIGITS
        assert "format kolom nip sebagai teks" in result.reason.lower()
    assert nip_from_cell(None) == ""


def _pns(rng: random.Random) -> str:
    year = rng.randint(1960, 1999)
    tmt = min(year + rng.randint(18, 35), 2025)
    return f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{tmt}{rng.randint(1, 12):02d}{rng.choice('12')}{rng.randint(1, 999):03d}"


def _pppk(rng: random.Random) -> str:
    year = rng.randint(1965, 2000)
    return f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(2021, 2025)}2{rng.randint(1, 9)}{rng.choice('12')}{rng.randint(1, 999):03d}"


@given(st.integers(min_value=0, max_value=2**32))
def test_every_well_formed_number_is_accepted_and_its_display_reads_back(seed):
    rng = random.Random(seed)
    for make, kind in ((_pns, NipKind.PNS), (_pppk, NipKind.PPPK)):
        digits = make(rng)
        nip = validate_nip(digits)
        assert nip.kind is kind
        assert nip.digits == digits
        assert validate_nip(nip.display) == nip


def test_employment_follows_the_nip_everywhere_a_person_is_made() -> None:
    from asn_event.domain import Employment
    from asn_event.nip import employment_for, validate_nip

    assert employment_for(validate_nip("198503152010012004")) is Employment.PNS
    assert employment_for(validate_nip("199001012023212001")) is Employment.PPPK
    assert employment_for(None) is Employment.NON_ASN
