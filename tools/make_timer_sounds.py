"""Write the stage timer's cue sounds to resources/sounds/timer-*.wav (our own, CC0).

Short sine chimes with soft edges, 16-bit mono 22.05 kHz: one rising tone at warning, two at danger,
three lower, longer tones at the end. Run from the repository root: ``python tools/make_timer_sounds.py``.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# cue -> list of (frequency Hz, seconds, pause after)
CHIMES: dict[str, list[tuple[float, float, float]]] = {
    "warning": [(880.0, 0.35, 0.0)],
    "danger": [(988.0, 0.22, 0.08), (988.0, 0.22, 0.0)],
    "end": [(784.0, 0.3, 0.1), (659.0, 0.3, 0.1), (523.0, 0.6, 0.0)],
}


def tone(frequency: float, seconds: float, volume: float = 0.45) -> list[int]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.02)
    samples = []
    for n in range(count):
        envelope = min(1.0, n / fade, (count - n) / fade) * math.exp(-2.5 * n / count)
        value = math.sin(2 * math.pi * frequency * n / RATE) + 0.3 * math.sin(
            4 * math.pi * frequency * n / RATE
        )
        samples.append(int(32767 * volume * envelope * value / 1.3))
    return samples


def write(name: str, parts: list[tuple[float, float, float]]) -> Path:
    samples: list[int] = []
    for frequency, seconds, pause in parts:
        samples += tone(frequency, seconds) + [0] * int(RATE * pause)
    path = OUT / f"timer-{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, parts in CHIMES.items():
        print(write(name, parts))


if __name__ == "__main__":
    main()
