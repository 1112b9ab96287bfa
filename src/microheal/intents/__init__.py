"""Intents: the phrase table (data), slot parsing, grammar export per engine, tolerant text matching.

Knows nothing of audio or engines.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Intent:
    name: str  # one of INTENT_NAMES
    slots: dict = field(default_factory=dict, hash=False, compare=True)
    text: str = ""  # what was heard or typed
    score: float = 100.0  # 0..100 match score


# The intents the dialogue understands. Slots in brackets.
INTENT_NAMES = (
    "start_breathing",  # pattern: "box"|"478"|"coherent"|"breath_work"|<custom id>; rounds: int | minutes: float
    "start_body_scan",  # minutes: float; bedtime: bool
    "check_in",  # "how am I feeling", "check in"
    "progress",  # period: "today"|"week"|"month"
    "stop",
    "pause",
    "resume",
    "repeat",
    "slower",
    "help",  # "what can I say"
    "goodbye",
    "affirmation",  # "give me an affirmation"
    "anxious",  # "I feel anxious"
    "log_habit",  # habit: "said_no"|"sunlight"|"water"|"breathing"|"affirmation"|...
    "set_focus_habit",  # habit, routine (free text after "after")
    "gratitude",  # "gratitude journal"
    "safe_moment_note",  # "note a safe moment"
    "safe_moment_recall",  # "remind me of my safe moments"
    "undo",  # "that's wrong", "delete that"
)
