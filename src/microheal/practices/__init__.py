"""Guided practices: breathing patterns and body-scan scripts (data), turned into timed cues, and the runner."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    at: float  # seconds from the practice start (unscaled)
    text: str | None = None  # words to speak, or None
    tone: str | None = None  # a tone name instead of / before words
    kind: str = "phase"  # "intro" | "phase" | "count" | "invite" | "close"
    max_seconds: float | None = None  # time until the next cue: speech must fit (shortened or dropped)


@dataclass(frozen=True)
class Practice:
    kind: str  # "breathing" | "body_scan"
    name: str  # pattern or script id, e.g. "box", "478", "body_scan"
    title: str  # "box breathing"
    cues: tuple[Cue, ...]
    planned_seconds: float  # total length, close included
