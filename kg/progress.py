"""Progress of long builds: counts and time left per stage, as a callback for the app and tqdm bars for the CLI.

A build reports a `Step` after each unit of work (`build(..., on_step=fn)`); `Step.text()` is the
Chinese line the app can show (解析 12/900 份文件 · 剩余约 3 分钟). `cli_progress()` draws the same
on stderr with tqdm when stderr is a terminal, and nothing otherwise.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

__all__ = ["Step", "Tracker", "STAGES", "time_left_text", "cli_progress"]

# Stage → (label, unit) as shown to the user.
STAGES = {"parse": ("解析", "份文件"), "write": ("写入", "份文件"), "index": ("索引", "份文件"), "embed": ("向量化", "段")}


def time_left_text(seconds: float | None) -> str:
    """剩余约 N 分钟 / N 秒 / N 小时 M 分钟 (rounded up; empty while unknown)."""
    if seconds is None:
        return ""
    s = max(0, int(seconds + 0.999))
    if s < 60:
        return f"剩余约 {s} 秒"
    m = (s + 59) // 60
    if m < 60:
        return f"剩余约 {m} 分钟"
    return f"剩余约 {m // 60} 小时 {m % 60} 分钟"


@dataclass(frozen=True)
class Step:
    """Where a stage stands: `done` of `total` units after `elapsed` seconds.

    Attributes:
        stage: "parse" (read, parse, extract, chunk each file), "write" (each file's lines), "index" (each
            file's passages and term counts), … (keys of STAGES).
        eta: seconds left, estimated from the rate so far (None before the first unit).
    """

    stage: str
    done: int
    total: int
    elapsed: float
    eta: float | None

    @property
    def label(self) -> str:
        return STAGES.get(self.stage, (self.stage, ""))[0]

    @property
    def unit(self) -> str:
        return STAGES.get(self.stage, ("", "项"))[1]

    def text(self) -> str:
        """解析 12/900 份文件 · 剩余约 3 分钟"""
        left = time_left_text(self.eta) if self.done < self.total else "完成"
        return f"{self.label} {self.done}/{self.total} {self.unit}" + (f" · {left}" if left else "")


class Tracker:
    """Counts one stage's units and calls `callback(Step)` after each (no callback: does nothing)."""

    def __init__(self, callback, stage: str, total: int):
        self.callback, self.stage, self.total = callback, stage, total
        self.done = 0
        self.t0 = time.perf_counter()
        if callback:
            callback(Step(stage, 0, total, 0.0, None))

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.callback:
            return
        elapsed = time.perf_counter() - self.t0
        eta = elapsed / self.done * (self.total - self.done) if self.done else None
        self.callback(Step(self.stage, self.done, self.total, elapsed, eta))


class _Bars:
    """One tqdm bar per stage on `stream`, its postfix the Chinese time left."""

    def __init__(self, stream):
        self.stream = stream
        self.bar = None
        self.stage = None

    def __call__(self, step: Step) -> None:
        from tqdm import tqdm

        if step.stage != self.stage:
            self.close()
            self.stage = step.stage
            self.bar = tqdm(total=step.total, desc=step.label, unit=step.unit, file=self.stream, leave=False,
                            bar_format="{desc} {n_fmt}/{total_fmt} " + step.unit + " |{bar}| {postfix}")
        self.bar.n = step.done
        self.bar.set_postfix_str(time_left_text(step.eta) if step.done < step.total else "完成", refresh=False)
        self.bar.refresh()
        if step.done >= step.total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar, self.stage = None, None


def cli_progress(quiet: bool = False, stream=None):
    """The CLI's `on_step`: tqdm bars on stderr when it is a terminal and not `quiet`; else None."""
    stream = stream or sys.stderr
    if quiet or not getattr(stream, "isatty", lambda: False)():
        return None
    return _Bars(stream)
