"""Where a build's memory goes: the process's peak and current RSS at the end of each stage (Linux).

At each stage's end `PeakMeter.mark` reads VmHWM (the peak RSS so far) and VmRSS (what is held now)
from /proc/self/status: two numbers, no measurable cost. The stage whose mark first shows the final
peak is where the peak is; what a stage leaves held is what the next stages start from.

(Linux can reset the peak, by writing "5" to /proc/self/clear_refs, to see each stage's own peak; the
build does not: the kernel's peak is also what `/usr/bin/time -v` and `getrusage` report for the whole
process, and a reset would hide the earlier stages' peaks from them. `PeakMeter(reset=True)` does it,
for a developer looking inside one stage.)
"""

from __future__ import annotations

import logging
from pathlib import Path

__all__ = ["PeakMeter", "rss_mb"]

log = logging.getLogger(__name__)

_STATUS = Path("/proc/self/status")
_CLEAR = Path("/proc/self/clear_refs")


def rss_mb() -> tuple[float, float] | None:
    """(peak RSS so far, RSS now) of this process in MiB (VmHWM, VmRSS); None where /proc does not say."""
    try:
        fields = dict(line.split(":", 1) for line in _STATUS.read_text().splitlines() if ":" in line)
        return int(fields["VmHWM"].split()[0]) / 1024, int(fields["VmRSS"].split()[0]) / 1024  # kB
    except (OSError, KeyError, ValueError):
        return None


class PeakMeter:
    """The peak RSS (MiB) reached by the end of each stage, and the RSS each stage left held.

    `mark(stage)` at a stage's end records both; a stage marked twice keeps the higher numbers.
    `peaks` and `held` stay empty where /proc/self/status cannot be read.

    Args:
        reset: start each stage's peak afresh (clear_refs; see the module docstring): `peaks` is then
            each stage's own peak, and the process's overall peak as the kernel reports it is lost.
    """

    def __init__(self, reset: bool = False):
        self.peaks: dict[str, float] = {}
        self.held: dict[str, float] = {}
        self._reset = reset and self._clear()

    @staticmethod
    def _clear() -> bool:
        try:
            _CLEAR.write_text("5")
            return True
        except OSError:
            return False

    def mark(self, stage: str) -> None:
        got = rss_mb()
        if got is None:
            return
        peak, now = got
        self.peaks[stage] = max(peak, self.peaks.get(stage, 0.0))
        self.held[stage] = max(now, self.held.get(stage, 0.0))
        log.debug("memory after %s: peak %.0f MiB, held %.0f MiB", stage, peak, now)
        if self._reset:
            self._clear()

    def summary(self) -> str:
        """One line: each stage's peak so far and the RSS it left held ("parse 693/650, …")."""
        return ", ".join(f"{k} {v:.0f}/{self.held[k]:.0f}" for k, v in self.peaks.items())
