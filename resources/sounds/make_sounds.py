"""Generate the three desk sounds (accepted, already, refused) as small WAV files.

Our own work, made from sine waves with this script (no samples from anywhere else); the WAV files
are under the project's licence. Run from the repository root to regenerate them:

    python resources/sounds/make_sounds.py

Each sound is distinct in pitch and rhythm, so staff tell them apart without looking:
accepted = two rising bright notes, already = two equal mid notes, refused = a low falling buzz.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent


def _note(frequency: float, seconds: float, *, harmonics: tuple[float, ...] = (1.0,), volume: float = 0.5) -> list[float]:
    count = int(RATE * seconds)
    attack = int(RATE * 0.008)
    samples = []
    for i in range(count):
        t = i / RATE
        envelope = min(1.0, i / attack) * math.exp(-3.5 * t / seconds)
        value = sum(h * math.sin(2 * math.pi * frequency * (n + 1) * t) for n, h in enumerate(harmonics))
        samples.append(volume * envelope * value / sum(harmonics))
    return samples


def _silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def _write(name: str, samples: list[float]) -> Path:
    path = HERE / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))
    return path


def main() -> None:
    bright = (1.0, 0.3, 0.1)
    _write("accepted.wav", _note(1046.5, 0.12, harmonics=bright) + _note(1568.0, 0.28, harmonics=bright))
    _write("already.wav", _note(659.3, 0.16, harmonics=bright) + _silence(0.06) + _note(659.3, 0.16, harmonics=bright))
    buzz = (1.0, 0.0, 0.5, 0.0, 0.3)  # odd harmonics: a rough, square-like tone
    _write("refused.wav", _note(220.0, 0.22, harmonics=buzz, volume=0.6) + _note(164.8, 0.38, harmonics=buzz, volume=0.6))


if __name__ == "__main__":
    main()
