"""Clocks. The core never calls time.* itself: it is handed one of these.

All times are seconds as floats on the clock's own monotonic timeline.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Monotonic seconds."""

    def sleep_until(self, deadline: float, cancel: threading.Event | None = None) -> bool:
        """Block until now() >= deadline. Returns False if `cancel` was set first."""

    def wall(self) -> datetime:
        """Wall-clock time with a UTC offset, for journal timestamps."""


class MonotonicClock:
    """The real clock: time.monotonic for scheduling, the local time zone for timestamps."""

    def now(self) -> float:
        return time.monotonic()

    def sleep_until(self, deadline: float, cancel: threading.Event | None = None) -> bool:
        cancel = cancel or threading.Event()
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return not cancel.is_set()
            # Event.wait wakes at once on cancel; otherwise sleeps the remainder.
            if cancel.wait(remaining):
                return False

    def wall(self) -> datetime:
        return datetime.now(timezone.utc).astimezone()


class FakeClock:
    """A clock for tests: sleeping jumps time forward, so a ten-minute practice runs in milliseconds."""

    def __init__(self, start: float = 0.0, wall_start: datetime | None = None):
        self._now = start
        self._start = start
        self._wall_start = wall_start or datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds

    def sleep_until(self, deadline: float, cancel: threading.Event | None = None) -> bool:
        if cancel is not None and cancel.is_set():
            return False
        with self._lock:
            self._now = max(self._now, deadline)
        return True

    def wall(self) -> datetime:
        from datetime import timedelta

        return self._wall_start + timedelta(seconds=self.now() - self._start)
