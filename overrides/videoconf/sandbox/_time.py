"""The sandbox's clock and its list filters' bounds; instants are written and read by `videoconf._dates`' policy."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import math
import re
import threading
import time
from collections.abc import Callable

from videoconf._dates import at_midnight, parse_date, parse_instant
from videoconf._dates import format_date_time as format_instant

__all__ = ["Clock", "at_midnight", "format_instant", "parse_filter_instant", "parse_instant"]

_UNIX = re.compile(r"-?\d{1,12}(?:\.\d+)?", re.ASCII)


class _Timer:
    def __init__(self, due: float, loop: asyncio.AbstractEventLoop, callback: Callable[[], None]) -> None:
        self.due, self.loop, self._callback, self._fired = due, loop, callback, False

    def fire(self) -> None:
        # Runs on the timer's event loop, whichever of real time and `advance()` gets there first.
        if not self._fired:
            self._fired = True
            self._callback()


class Clock:
    """The time the sandbox reads: real time plus whatever `advance()` skipped.

    Rate-limit windows, processing times of transcriptions and summaries, timestamps and signed webhook times all
    follow it, so a test moves a sandbox past a window with `sandbox.config.clock.advance(60)` instead of sleeping.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._skipped = 0.0
        self._timers: list[_Timer] = []

    def __repr__(self) -> str:
        return f"Clock(skipped={self._skipped:g}s)"

    def time(self) -> float:
        """Seconds since the epoch."""
        return time.time() + self._skipped

    def monotonic(self) -> float:
        """Seconds that only ever grow, for measuring intervals."""
        return time.monotonic() + self._skipped

    def now(self) -> dt.datetime:
        """The current instant in UTC, to the second, as the vendors report their timestamps."""
        return dt.datetime.fromtimestamp(int(self.time()), dt.UTC)

    def call_later(self, delay: float, callback: Callable[[], None]) -> None:
        """Call `callback` on the running event loop once `delay` seconds have passed on this clock."""
        loop = asyncio.get_running_loop()
        timer = _Timer(self.monotonic() + delay, loop, callback)
        with self._lock:
            self._timers.append(timer)
        loop.call_later(delay, timer.fire)

    def advance(self, seconds: float) -> None:
        """Move this clock `seconds` ahead at once, firing the timers that fall due (safe from any thread)."""
        if not (math.isfinite(seconds) and seconds >= 0):
            raise ValueError(f"a clock only moves ahead, by a finite number of seconds, got {seconds}")
        with self._lock:
            self._skipped += seconds
            moment = self.monotonic()
            due = [timer for timer in self._timers if timer.due <= moment]
            self._timers = [timer for timer in self._timers if timer.due > moment]
        for timer in due:
            # A sandbox that has stopped has no loop to run its timers on; they are dropped with it.
            with contextlib.suppress(RuntimeError):
                timer.loop.call_soon_threadsafe(timer.fire)


def parse_filter_instant(text: str, *, unix: bool) -> dt.datetime | None:
    """A list filter's bound: an RFC 3339 date-time, a `YYYY-MM-DD` date (midnight UTC) or, if `unix`, epoch seconds."""
    value = parse_instant(text)
    if value is not None:
        return value
    day = parse_date(text)
    if day is not None:
        return at_midnight(day)
    if unix and _UNIX.fullmatch(text):
        try:
            return dt.datetime.fromtimestamp(float(text), dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None
