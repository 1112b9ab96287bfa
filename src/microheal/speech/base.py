"""The engine-neutral recognizer interface. The rest of the program never knows which engine runs."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol


class Mode(enum.Enum):
    COMMANDS = "commands"  # closed grammar of command phrasings (plus [unk] where the engine has it)
    DICTATION = "dictation"  # free speech, for answers to questions


@dataclass(frozen=True)
class Hypothesis:
    text: str  # lower-case words, single spaces; "" for nothing recognised
    final: bool
    confidence: float | None = None  # 0..1 where the engine gives one


class Recognizer(Protocol):
    name: str  # "vosk" | "pocketsphinx"
    language: str  # e.g. "en-us", "ko"

    def set_mode(self, mode: Mode) -> None:
        """Switch grammar; discards any utterance in progress."""

    def accept(self, pcm: bytes) -> list[Hypothesis]:
        """Feed 16 kHz mono int16 PCM. Returns partials, and finals when the engine itself ends an utterance."""

    def finish(self) -> Hypothesis:
        """End the current utterance now (our own endpointer decided) and return its final hypothesis."""

    def reset(self) -> None:
        """Drop the utterance in progress."""


class Speaker(Protocol):
    """Speech out. Implemented by speech.speaker.Speaker (pyttsx3 render -> PCM -> a Player)."""

    def say(self, text: str, *, max_seconds: float | None = None) -> float | None:
        """Start speaking `text` now without blocking.

        Returns the onset time on the speaker's clock (when the first sample went to playback),
        or None when nothing was played (text empty, or it cannot fit in max_seconds even shortened).
        Speech already playing is cut off first.
        """

    def tone(self, name: str = "soft", *, max_seconds: float | None = None) -> float | None:
        """Start a short gentle tone now; same return as say()."""

    def stop(self) -> None:
        """Cut off whatever is playing, at once."""

    def speaking(self) -> bool:
        """True while audio is still playing (or, for a recording sink, would still be playing)."""

    def speaking_between(self, start: float, end: float) -> bool:
        """True if any of our own speech overlapped [start, end] on the clock (so we don't hear ourselves)."""

    def wait(self) -> None:
        """Block until current speech has finished playing."""
