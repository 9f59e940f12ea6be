"""Fault cases against real builds: killed builds, damaged data dirs, bad input, refused places, races.

Counts per group: cases tried, data lost (the previous build no longer answers as before, or a
user's file changed: must be 0), crashes (a traceback or a hang: must be 0) and undetected damage
(a damaged file read without an error: must be 0).

Run: python -m benchmarks.reliability [--kills 5]   (writes benchmarks/out/reliability.json)
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from benchmarks.common import ROOT, save, table
from kg.cli import main
from kg.config import SAMPLE_CORPUS
from kg.store import POINTER, generation_dir, read_json

ONE, OTHER = "003_4e5ccb238a0f172a.txt", "004_02113af7f14ec3cd.txt"
QUERY = "区发改局牵头 重点项目"
PHASES = ["parse", "extract", "index", "swap", "rename", "switched"]


def cli(*args, env=None, timeout=300) -> subprocess.CompletedProcess:
    e = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          env=e, timeout=timeout)


def run_main(*args) -> tuple[int, str, str]:
    """The CLI in this process; an exception escaping main() is a crash, reported as rc -1."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in args])
    except BaseException:  # noqa: BLE001 - counting crashes is the point
        return -1, out.getvalue(), err.getvalue() + traceback.format_exc()
    return code, out.getvalue(), err.getvalue()


def answers(data: Path) -> tuple:
    return (run_main("facts", "--data", data)[:2], run_main("search", QUERY, "--mode", "bm25", "--json", "--data", data)[:2])


def crashed(*stderrs: str) -> bool:
    return any("Traceback" in e for e in stderrs)


def one_line_error(code: int, err: str) -> bool:
    lines = err.splitlines()
    return code == 2 and bool(lines) and lines[-1].startswith("error: ") and not crashed(err)


def tree_digest(folder: Path) -> str:
    """Names, kinds and contents of everything under `folder`: equal before and after = untouched.

    Shared with tests/test_bad_input.py (as DAMAGE with tests/test_faults.py): one definition of
    "untouched" and of each damage for the benchmark and the tests."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


class Tally:
    def __init__(self):
        self.rows: dict[str, dict] = {}
        self.failures: list[str] = []

    def add(self, group: str, case: str, lost=False, crash=False, undetected=False) -> None:
        r = self.rows.setdefault(group, {"group": group, "cases": 0, "data_lost": 0, "crashes": 0, "undetected": 0})
        r["cases"] += 1
        r["data_lost"] += bool(lost)
        r["crashes"] += bool(crash)
        r["undetected"] += bool(undetected)
        if lost or crash or undetected:
            self.failures.append(f"{group}: {case}: lost={lost} crash={crash} undetected={undetected}")


def kills(t: Tally, work: Path, corpora, base: Path, before, after, n_random: int) -> None:
    for phase in PHASES:
        data = work / f"kill-{phase}"
        shutil.copytree(base, data)
        r = cli("build", corpora[1], "--data", data, "--embedder", "none", env={"GAZETTE_KG_FAULT": phase})
        want = after if phase == "switched" else before
        ok = answers(data) == want and run_main("verify", "--data", data)[0] == 0
        t.add("build killed at a phase", phase, lost=not ok, crash=r.returncode != 137 or crashed(r.stderr))
    rng = random.Random(9)
    for i in range(n_random):  # SIGKILL at a random instant of a build of the whole sample corpus
        data = work / f"sigkill-{i}"
        shutil.copytree(base, data)
        p = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", SAMPLE_CORPUS, "--data", data,
                              "--embedder", "none"], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(1.0, 12.0))
        p.send_signal(signal.SIGKILL)
        _, err = p.communicate()
        now = answers(data)
        finished = p.returncode == 0
        ok = (now == before or finished) and run_main("verify", "--data", data)[0] == 0
        t.add("SIGKILL at a random instant", f"#{i}", lost=not ok, crash=crashed(err))
        r = cli("build", corpora[0], "--data", data, "--embedder", "none")  # cleans what the kill left
        left = [q.name for q in data.iterdir() if q.name.endswith(".tmp")]
        t.add("SIGKILL at a random instant", f"#{i} next build", lost=bool(left) or r.returncode != 0,
              crash=crashed(r.stderr))


def _garble(p: Path) -> None:
    b = bytearray(p.read_bytes())
    mid = len(b) // 2
    b[mid : mid + 64] = bytes(x ^ 0x5A for x in b[mid : mid + 64])
    p.write_bytes(bytes(b))


DAMAGE = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "garbled": _garble,
    "emptied": lambda p: p.write_bytes(b""),
    "deleted": lambda p: p.unlink(),
}
READER = {"kg.sqlite": ["facts"]}


def damage(t: Tally, work: Path, base: Path, dense: Path) -> None:
    for src, group in ((base, "damaged file"), (dense, "damaged file (dense build)")):
        files = sorted(read_json(generation_dir(src) / "manifest.json")["files"]) + ["manifest.json", POINTER]
        if src is dense:
            files = [f for f in files if "dense" in f or "emb-" in f]
        for rel in files:
            for name, fn in DAMAGE.items():
                data = work / f"dmg-{src.name}-{rel.replace('/', '_')}-{name}"
                shutil.copytree(src, data)
                fn(data / POINTER if rel == POINTER else generation_dir(data) / rel)
                reader = [a.replace("{tmp}", str(work)) for a in READER.get(rel, ["search", QUERY])]
                results = [run_main("verify", "--data", data), run_main(*reader, "--data", data)]
                crash = any(code == -1 or crashed(err) for code, _, err in results)
                if "emb-" in rel:  # a cache: readers never need it, the next build recomputes it
                    t.add(group, f"{rel} {name}", crash=crash or results[1][0] != 0)
                    continue
                named = all(one_line_error(code, err) for code, _, err in results)
                t.add(group, f"{rel} {name}", crash=crash, undetected=not named)
                shutil.rmtree(data)


def bad_input(t: Tally, work: Path) -> None:
    real = (SAMPLE_CORPUS / ONE).read_bytes()
    cases = {
        "invalid byte": real[:5000] + b"\xff" + real[5000:],
        "binary": bytes(range(256)) * 40,
        "empty": b"",
        "目录 only": b"\n".join((SAMPLE_CORPUS / "000_47a7f2ad322c84aa.txt").read_bytes().splitlines()[:24]),
        "one 6 MB line": "区发改局牵头，区财政局配合，加快推进重点项目建设。".encode() * 200_000,
        "UTF-16 without BOM": real.decode("utf-8").encode("utf-16-le"),
        "GB18030 with a bad byte": real.decode("utf-8").encode("gb18030")[:9000] + b"\xff" + real.decode(
            "utf-8").encode("gb18030")[9000:],
    }
    for name, data in cases.items():
        folder = work / f"in-{len(t.rows)}-{hashlib.md5(name.encode()).hexdigest()[:6]}"
        folder.mkdir()
        (folder / "x.txt").write_bytes(data)
        before = tree_digest(folder)
        try:
            r = cli("build", folder, "--data", folder.parent / (folder.name + "-data"), "--embedder", "none",
                    timeout=300)
            hang = False
        except subprocess.TimeoutExpired:
            r, hang = None, True
        bad = hang or crashed(r.stderr) or not (r.returncode == 0 or one_line_error(r.returncode, r.stderr))
        t.add("bad input file", name, lost=tree_digest(folder) != before, crash=bad)
    fifo = work / "fifo-in" / "pipe.txt"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    for name, path in (("FIFO", fifo), ("device", Path("/dev/zero"))):
        try:
            r = cli("build", path, "--data", work / f"{name}-data", "--embedder", "none", timeout=120)
            t.add("bad input file", name, crash=not one_line_error(r.returncode, r.stderr))
        except subprocess.TimeoutExpired:
            t.add("bad input file", name, crash=True)


def refused(t: Tally, work: Path, corpora) -> None:
    theirs = work / "theirs"
    (theirs / "sub").mkdir(parents=True)
    (theirs / "thesis.txt").write_text("five years of work")
    note = work / "note.txt"
    note.write_text("keep")
    src = work / "refuse-in"
    shutil.copytree(corpora[0], src)
    for name, data in (("someone's folder", theirs), ("a file", note), ("the input itself", src),
                       ("inside the input", src / "data"), ("holding the input", work)):
        before = tree_digest(work)
        r = cli("build", src, "--data", data, "--embedder", "none")
        t.add("refused data dir", name, lost=tree_digest(work) != before, crash=not one_line_error(r.returncode, r.stderr))


def races(t: Tally, work: Path, corpora, base: Path, before, after) -> None:
    data = work / "race"
    shutil.copytree(base, data)
    for wait in ("-1", "0"):
        procs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "build", c, "--data", data, "--embedder", "none",
                                   "--wait", wait], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for c in corpora]
        results = [(p.wait(), p.stderr.read()) for p in procs]
        ok_codes = all(c == 0 for c, _ in results) if wait == "-1" else all(
            c == 0 or (one_line_error(c, e) and "is being built by pid" in e) for c, e in results)
        lost = answers(data) not in (before, after) or run_main("verify", "--data", data)[0] != 0
        t.add("two builds at once", f"--wait {wait}", lost=lost, crash=not ok_codes or crashed(*(e for _, e in results)))


def main_(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=5, help="builds killed at random instants")
    args = ap.parse_args(argv)
    t = Tally()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="gazette-kg-reliability-") as tmp:
        work = Path(tmp)
        corpora = []
        for name in (ONE, OTHER):
            (work / name[:3]).mkdir()
            shutil.copy(SAMPLE_CORPUS / name, work / name[:3] / name)
            corpora.append(work / name[:3])
        base, other, dense = work / "base", work / "other", work / "dense"
        for data, src, extra in ((base, corpora[0], ["--embedder", "none"]), (other, corpora[1], ["--embedder", "none"]),
                                 (dense, corpora[0], [])):
            assert run_main("build", src, "--data", data, *extra)[0] == 0
        before, after = answers(base), answers(other)
        kills(t, work, corpora, base, before, after, args.kills)
        damage(t, work, base, dense)
        bad_input(t, work)
        refused(t, work, corpora)
        races(t, work, corpora, base, before, after)
    rows = list(t.rows.values())
    total = {"group": "total", **{k: sum(r[k] for r in rows) for k in ("cases", "data_lost", "crashes", "undetected")}}
    rows.append(total)
    print(table(rows, ["group", "cases", "data_lost", "crashes", "undetected"]))
    print(f"cores: {os.cpu_count()}; {time.perf_counter() - t0:.0f} s")
    for f in t.failures:
        print("FAILED", f)
    path = save("reliability", {"rows": rows, "failures": t.failures, "seconds": time.perf_counter() - t0})
    print(f"saved {path}")
    return 1 if t.failures else 0


if __name__ == "__main__":
    sys.exit(main_())
