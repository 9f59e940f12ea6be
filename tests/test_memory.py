"""kg.memory: each build stage's peak and held RSS, read from /proc/self/status (Linux)."""

from pathlib import Path

import numpy as np
import pytest

from kg.memory import PeakMeter, rss_mb

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc only")


def test_a_stage_that_allocates_and_frees_shows_its_peak_above_what_it_left_held():
    m = PeakMeter(reset=True)  # each stage's own peak (this test process's overall peak is of no use here)
    m.mark("before")
    a = np.ones(96 << 20, dtype=np.uint8)  # 96 MiB, touched
    del a
    m.mark("spike")
    assert m.peaks["spike"] - m.held["spike"] >= 80
    kept = np.ones(48 << 20, dtype=np.uint8)
    m.mark("kept")
    assert m.held["kept"] - m.held["spike"] >= 40 and kept[-1] == 1
    assert m.peaks["kept"] < m.peaks["spike"]  # the spike's peak was reset, not carried over
    assert "spike" in m.summary() and m.summary().count("/") == 3


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
