"""Agency names as the sheets write them, matched to the units of Kota Mojokerto."""

from __future__ import annotations

import pytest

from asn_event.roster.units import KnownUnit, UnitMatcher, UnitMatchKind


@pytest.fixture(scope="module")
def matcher() -> UnitMatcher:
    return UnitMatcher.mojokerto()


@pytest.mark.parametrize(
    ("written", "kind", "short_name"),
    [
        ("Dinas Lingkungan Hidup", UnitMatchKind.EXACT, "DLH"),
        ("dinkes ppkb", UnitMatchKind.SHORT_NAME, "Dinkes PPKB"),
        ("Dinkes P2KB", UnitMatchKind.ALIAS, "Dinkes PPKB"),
        ("DINKES-PPKB", UnitMatchKind.NORMALIZED, "Dinkes PPKB"),
        ("Kecamatan Magersari Kota Mojokerto", UnitMatchKind.NORMALIZED, "Kecamatan Magersari"),
        ("Sekretariat DPRD Kota Mojokerto", UnitMatchKind.NORMALIZED, "Setwan"),
        ("Dinas Kesehatan PPKB", UnitMatchKind.ABBREVIATION, "Dinkes PPKB"),
        ("Dinas Kesehatan, Pengendalian Penduduk dan KB", UnitMatchKind.ABBREVIATION, "Dinkes PPKB"),
        ("Badan Kepegawaian dan Pengembangan SDM", UnitMatchKind.ABBREVIATION, "BKPSDM"),
        ("Dinas Kependudukan & Pencatatan Sipil", UnitMatchKind.ABBREVIATION, "Disdukcapil"),
        ("Dinas Komunikasi Informatika", UnitMatchKind.ABBREVIATION, "Diskominfo"),
    ],
)
def test_written_agency_names_find_their_unit(matcher, written, kind, short_name):
    found = matcher.match(written)
    assert found.kind is kind
    assert found.unit is not None and found.unit.short_name == short_name


def test_initials_of_the_full_name_match_a_one_word_abbreviation():
    units = [KnownUnit(1, "Badan Penanggulangan Bencana Daerah", "", ())]
    found = UnitMatcher(units).match("B.P.B.D.")
    assert found.kind is UnitMatchKind.ABBREVIATION and found.unit is not None and found.unit.id == 1


def test_unknown_unit_is_a_proposal_with_a_suggestion_not_a_match(matcher):
    found = matcher.match("Kantor Kec Kranggan")
    assert found.kind is UnitMatchKind.NEW
    assert found.unit is None and not found.matched
    assert found.suggestion is not None and found.suggestion.short_name == "Kecamatan Kranggan"
    unknown = matcher.match("Dinas Pemadam Kebakaran")
    assert unknown.kind is UnitMatchKind.NEW and unknown.text == "Dinas Pemadam Kebakaran"


def test_empty_unit(matcher):
    assert matcher.match("  ").kind is UnitMatchKind.EMPTY
    assert matcher.match(None).kind is UnitMatchKind.EMPTY


def test_an_abbreviation_two_units_share_matches_neither():
    units = [KnownUnit(1, "Dinas Kesehatan Hewan", "DKH"), KnownUnit(2, "Dinas Kebersihan Hutan", "")]
    assert UnitMatcher(units).match("dkh").unit.id == 1  # the short name is exact
    shared = UnitMatcher([units[1], KnownUnit(3, "Dewan Kesenian Harian", "")])
    assert shared.match("DKH").kind is UnitMatchKind.NEW
