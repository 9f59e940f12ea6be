"""kg.memory (each build stage's peak and held RSS, from /proc/self/status on Linux) and what the build holds."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

linux_only = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc only")


def _in_a_fresh_process(code: str) -> None:
    """Run `code` (asserts on a PeakMeter) in a new interpreter.

    Inside the whole suite's process (~1.8 GB, many libraries loaded) the allocator may place a test array in
    memory the process already holds and keep it after the free (CI saw a 64 MiB array move RSS by 0 MiB), so
    what the kernel reports would say nothing about the meter. A fresh interpreter holds ~30 MiB: an array of
    48-96 MiB gets its own pages there, and they go back on free.
    """
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr[-2000:]


@linux_only
def test_a_stage_that_allocates_and_frees_shows_its_peak_above_what_it_left_held():
    _in_a_fresh_process("""
        import numpy as np
        from kg.memory import PeakMeter
        m = PeakMeter(reset=True)  # each stage's own peak (the process's overall peak is of no use here)
        m.mark("before")
        a = np.ones(96 << 20, dtype=np.uint8)  # 96 MiB, touched
        del a
        m.mark("spike")
        assert m.peaks["spike"] - m.held["spike"] >= 80, m.summary()
        kept = np.ones(48 << 20, dtype=np.uint8)
        m.mark("kept")
        assert m.held["kept"] - m.held["spike"] >= 40 and kept[-1] == 1, m.summary()
        assert m.peaks["kept"] < m.peaks["spike"], m.summary()  # the spike's peak was reset, not carried over
        assert "spike" in m.summary() and m.summary().count("/") == 3
    """)


@linux_only
def test_without_reset_the_peaks_only_grow_and_the_process_peak_is_kept():
    _in_a_fresh_process("""
        import numpy as np
        from kg.memory import PeakMeter, rss_mb
        m = PeakMeter()
        a = np.ones(64 << 20, dtype=np.uint8)
        m.mark("big")
        del a
        m.mark("after")
        # (the kernel's RSS counters are cached per CPU: equal to within a few pages)
        assert m.peaks["after"] >= m.peaks["big"] - 1 and m.peaks["big"] >= m.held["big"] - 1, m.summary()
        assert m.held["big"] - m.held["after"] >= 50 and m.peaks["after"] - m.held["after"] >= 50, m.summary()
        assert rss_mb()[0] >= m.peaks["big"] - 1
    """)


def test_the_builds_task_texts_held_as_one_string_give_back_each_files_texts(facts):
    from index.tasks import task_texts
    from kg.pipeline import _TaskTexts

    tasks = facts["tasks"]
    counts = [3, 0, len(tasks) - 5, 2]
    held = _TaskTexts(tasks, counts)
    assert held.file(0) == task_texts(tasks[:3]) and held.file(1) == []
    assert held.file(2) == task_texts(tasks[3:-2]) and held.file(3) == task_texts(tasks[-2:])
    assert len(tasks) > 100
