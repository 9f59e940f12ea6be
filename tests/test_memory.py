"""kg.memory (each build stage's peak and held RSS, from /proc/self/status on Linux) and what the build holds."""

from pathlib import Path

import numpy as np
import pytest

from kg.memory import PeakMeter, rss_mb

linux_only = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc only")


@linux_only
def test_a_stage_that_allocates_and_frees_shows_its_peak_above_what_it_left_held():
    m = PeakMeter(reset=True)  # each stage's own peak (this test process's overall peak is of no use here)
    m.mark("before")
    a = np.ones(96 << 20, dtype=np.uint8)  # 96 MiB, touched
    del a
    m.mark("spike")
    assert m.peaks["spike"] - m.held["spike"] >= 80
    kept = np.ones(48 << 20, dtype=np.uint8)
    m.mark("kept")
    # Held memory does not fall while an array is kept. (How much it rises is not asserted: in a large process —
    # the whole suite's, ~1.7 GB — the allocator may place the array in memory the process already holds; CI saw
    # +5 MiB for 48.)
    assert m.held["kept"] >= m.held["spike"] - 1 and kept[-1] == 1
    assert m.peaks["kept"] < m.peaks["spike"]  # the spike's peak was reset, not carried over
    assert "spike" in m.summary() and m.summary().count("/") == 3


@linux_only
def test_without_reset_the_peaks_only_grow_and_the_process_peak_is_kept():
    m = PeakMeter()
    a = np.ones(64 << 20, dtype=np.uint8)
    m.mark("big")
    del a
    m.mark("after")
    # (the kernel's RSS counters are cached per CPU: equal to within a few pages)
    assert m.peaks["after"] >= m.peaks["big"] - 1 and m.peaks["big"] >= m.held["big"] - 1
    assert m.held["big"] - m.held["after"] >= 50 and m.peaks["after"] - m.held["after"] >= 50
    assert rss_mb()[0] >= m.peaks["big"] - 1


def test_the_builds_task_texts_held_as_one_string_give_back_each_files_texts(facts):
    from index.tasks import task_texts
    from kg.pipeline import _TaskTexts

    tasks = facts["tasks"]
    counts = [3, 0, len(tasks) - 5, 2]
    held = _TaskTexts(tasks, counts)
    assert held.file(0) == task_texts(tasks[:3]) and held.file(1) == []
    assert held.file(2) == task_texts(tasks[3:-2]) and held.file(3) == task_texts(tasks[-2:])
    assert len(tasks) > 100
