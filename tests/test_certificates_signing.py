"""Certificate codes: signed with the office key, verified with the public key alone."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from asn_event import qr
from asn_event.certificates import (
    KeyFormatError,
    SignedFields,
    VerifyStatus,
    load_public_key,
    new_key_pair,
    public_key_pem,
    short_code,
    sign,
    verify,
)
from asn_event.certificates.signing import normalize_short_code, signable_text
from asn_event.words import error_text, verify_text

FIELDS = SignedFields(
    "800/001/417.405/2025", "Dr. Hj. Siti Aminah, S.E., M.M.", "CMK-2025-11", date(2025, 11, 17), 3
)


def test_a_signed_code_verifies_with_the_public_key_and_returns_its_fields() -> None:
    keys = new_key_pair()
    code = sign(keys, FIELDS)
    result = verify(code, keys.public_raw)
    assert result.valid and result.status is VerifyStatus.VALID
    assert result.fields == FIELDS
    assert result.as_dict()["fields"]["name"] == "Dr. Hj. Siti Aminah, S.E., M.M."


@pytest.mark.parametrize("position", [25, 30, 50, -10])
def test_one_altered_character_fails(position: int) -> None:
    keys = new_key_pair()
    code = sign(keys, FIELDS)
    original = code[position]
    altered = code[:position] + ("X" if original != "X" else "Y") + code[position + 1 :]
    result = verify(altered, keys.public_raw)
    assert not result.valid
    assert result.status in (VerifyStatus.FORGED, VerifyStatus.MALFORMED)


def test_a_changed_name_is_reported_as_forged_with_what_it_claims() -> None:
    keys = new_key_pair()
    code = sign(keys, FIELDS).replace("Siti Aminah", "Siti Aminan")
    result = verify(code, keys.public_raw)
    assert result.status is VerifyStatus.FORGED
    assert result.fields is not None and result.fields.name.startswith("Dr. Hj. Siti Aminan")
    assert "TIDAK SAH" in verify_text(result.status)


def test_a_code_from_another_office_is_not_valid_and_says_so() -> None:
    ours, theirs = new_key_pair(), new_key_pair()
    result = verify(sign(theirs, FIELDS), ours.public_raw)
    assert result.status is VerifyStatus.OTHER_KEY and not result.valid
    # Holding both keys, the right one is picked by its id.
    assert verify(sign(theirs, FIELDS), [ours.public_raw, theirs.public_raw]).valid


@pytest.mark.parametrize(
    "text", ["", "hello", "SA1:1:2:ABCDEFGHIJKLMNOP", "SASN1|zz|a|b|c|2025-13-45|2|" + "A" * 86]
)
def test_other_texts_are_not_certificate_codes(text: str) -> None:
    assert verify(text, new_key_pair().public_raw).status is VerifyStatus.MALFORMED


def test_public_key_travels_as_pem_and_verifies_on_another_laptop() -> None:
    keys = new_key_pair()
    pem = public_key_pem(keys.public_raw)
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
    assert load_public_key(pem) == keys.public_raw
    assert verify(sign(keys, FIELDS), pem).valid


def test_a_file_that_is_not_a_key_gives_a_clear_message() -> None:
    with pytest.raises(KeyFormatError) as caught:
        load_public_key("-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n")
    assert "kunci publik" in error_text(caught.value)


def test_names_with_apostrophes_and_accents_verify_even_when_typed_decomposed() -> None:
    keys = new_key_pair()
    name = signable_text("Ni Luh Putu Ayu Dewi Sri'ati  Ćahyani, S.Psi.")
    fields = SignedFields("800/002/417.405/2025", name, "CMK-2025-11", date(2025, 11, 17), 2)
    code = sign(keys, fields)
    assert verify(unicodedata.normalize("NFD", code) + "\n", keys.public_raw).valid


def test_fields_that_would_break_the_code_are_cleaned_before_signing() -> None:
    assert signable_text("Budi | Santoso\n S.E.") == "Budi / Santoso S.E."
    with pytest.raises(ValueError):
        SignedFields("1", "Budi|Santoso", "E", date(2025, 1, 1), 2)


def test_a_code_with_a_120_character_name_still_fits_a_qr_symbol() -> None:
    keys = new_key_pair()
    long_name = ("Prof. Dr. Ir. Hj. Raden Ajeng Kusumawardhani Sekar Ayu Cahyaningrum Putri " * 2)[
        :120
    ].strip()
    code = sign(keys, SignedFields("800/999/417.405/2025", long_name, "CMK-2025-11", date(2025, 11, 17), 2))
    assert qr.encode(code, "M").size <= 77  # version 15 or less: still scans at 26 mm


def test_short_code_is_stable_readable_and_forgiving_when_typed() -> None:
    code = sign(new_key_pair(), FIELDS)
    short = short_code(code)
    assert short == short_code(code)
    assert len(short) == 11 and short[5] == "-"
    assert not set(short) & set("ILOU")
    assert normalize_short_code(short.lower().replace("-", " ")) == short


def test_only_the_one_text_sign_writes_verifies() -> None:
    """Issue #11 item 9: no second encoding of a certificate verifies (the short code would change)."""
    from datetime import date

    from asn_event.certificates.signing import SignedFields, VerifyStatus, new_key_pair, sign, verify

    keys = new_key_pair()
    code = sign(keys, SignedFields("001/BKPSDM/2025", "Siti Aminah", "SINAR-1", date(2025, 11, 17), 3))
    assert verify(code, keys.public_raw).valid
    head, signature = code.rsplit("|", 1)
    last = signature[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    others = [signature[:-1] + c for c in alphabet if c != last]
    variants = [
        *(f"{head}|{s}" for s in others),  # unused bits of the last base64 character
        code.replace("|3|", "|03|"),
        code.replace("|3|", "|\uff13|"),  # full-width 3
        code.replace("|3|", "|\u0663|"),  # Arabic-Indic 3
        code.replace("2025-11-17", "\uff12025-11-17"),
    ]
    statuses = {verify(v, keys.public_raw).status for v in variants}
    assert VerifyStatus.VALID not in statuses
