"""The bundled desk sounds: one per tone, short, distinct, and really WAV."""

from __future__ import annotations

import hashlib
import wave

from asn_event.checkin import Tone
from asn_event.paths import resource
from asn_event.ui.checkin.status import LOOKS


def test_one_short_wav_per_tone() -> None:
    digests = set()
    for tone in Tone:
        path = resource("sounds", LOOKS[tone].sound)
        with wave.open(str(path), "rb") as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        assert 0.2 <= seconds <= 1.0  # long enough to hear, short enough not to hold up the queue
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == len(Tone)
    assert (resource("sounds") / "README.md").read_text().count("our own")
