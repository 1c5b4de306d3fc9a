"""The scan path before the database: every text gives a typed verdict."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from asn_event.checkin import ScanResult, ScanStatus, Tone
from asn_event.checkin.judge import judge
from asn_event.tokens import make_code

THIS, OTHER, GONE = 3, 4, 99
SECRETS = {THIS: b"t" * 32, OTHER: b"o" * 32}


def _judge(raw: str):
    return judge(raw, THIS, SECRETS[THIS], SECRETS.get)


def test_genuine_code_of_this_event_goes_to_lookup() -> None:
    verdict = _judge(make_code(SECRETS[THIS], THIS, 42))
    assert verdict.status is None
    assert verdict.code is not None and verdict.code.registration_id == 42


def test_code_of_another_known_event_is_wrong_event() -> None:
    verdict = _judge(make_code(SECRETS[OTHER], OTHER, 42))
    assert verdict.status is ScanStatus.WRONG_EVENT
    assert verdict.other_event_id == OTHER


def test_code_of_an_event_this_database_never_had_is_wrong_event() -> None:
    verdict = _judge(make_code(b"x" * 32, GONE, 42))
    assert verdict.status is ScanStatus.WRONG_EVENT


def test_altered_registration_is_forged() -> None:
    code = make_code(SECRETS[THIS], THIS, 42)
    assert _judge(code.replace(":42:", ":43:")).status is ScanStatus.FORGED


def test_event_id_altered_to_another_known_event_is_forged() -> None:
    code = make_code(SECRETS[THIS], THIS, 42)
    assert _judge(code.replace(f"SA1:{THIS}:", f"SA1:{OTHER}:")).status is ScanStatus.FORGED


def test_signed_with_another_secret_is_forged() -> None:
    assert _judge(make_code(b"z" * 32, THIS, 42)).status is ScanStatus.FORGED


def test_partial_and_garbage() -> None:
    code = make_code(SECRETS[THIS], THIS, 42)
    assert _judge(code[:20]).status is ScanStatus.PARTIAL
    assert _judge("8991002101234").status is ScanStatus.UNKNOWN
    assert _judge("http://example.com/x'y").status is ScanStatus.UNKNOWN
    assert _judge("").status is ScanStatus.UNKNOWN


def test_every_refusal_is_red_with_words() -> None:
    for status in ScanStatus:
        result = ScanResult(status, name="Budi Santoso", desk="Meja 2")
        assert result.reason
        expected = {ScanStatus.ACCEPTED: Tone.SUCCESS, ScanStatus.ALREADY: Tone.WARNING}.get(
            status, Tone.DANGER
        )
        assert result.tone is expected


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=120),
        st.text(alphabet="SA1:;0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZÖ&é'\"(-è_çà ", max_size=60),
        st.builds(
            lambda i, cut: make_code(SECRETS[THIS], THIS, i)[:cut], st.integers(1, 10**6), st.integers(0, 45)
        ),
    )
)
def test_any_text_gives_a_typed_verdict(raw: str) -> None:
    verdict = _judge(raw)
    assert verdict.status is None or isinstance(verdict.status, ScanStatus)
    if verdict.status is None:
        assert verdict.code is not None and verdict.code.event_id == THIS
