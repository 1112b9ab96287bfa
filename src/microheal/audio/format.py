"""The one audio format the program works in: 16 kHz, mono, signed 16-bit PCM."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16_000
FRAME_MS = 20
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000


@dataclass(frozen=True)
class Audio:
    """Mono int16 samples at `rate` Hz."""

    samples: np.ndarray
    rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate

    def pcm(self) -> bytes:
        return self.samples.astype("<i2", copy=False).tobytes()

    @classmethod
    def silence(cls, seconds: float, rate: int = SAMPLE_RATE) -> "Audio":
        return cls(np.zeros(int(round(seconds * rate)), dtype=np.int16), rate)


@dataclass(frozen=True)
class Frame:
    """A short slice of input audio. `start` is seconds from the start of the stream."""

    pcm: bytes
    start: float

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / SAMPLE_RATE

    @property
    def end(self) -> float:
        return self.start + self.duration
