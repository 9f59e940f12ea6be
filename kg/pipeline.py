"""The build: read → normalise → segment → extract → graph → index, written as a new generation of a data dir."""

from __future__ import annotations

import json
import logging
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import SAMPLE_CORPUS, Config
from kg.errors import DataDirUnwritable, GazetteError, InputError
from kg.parse import ParsedIssue, parse_issue
from kg.parse.read import check_readable
from kg.datadir import build_lock, check_apart, claim_data_dir, clean_leftovers, fault_point, new_generation
from kg.store import FORMAT_VERSION, generation_dir, sha256_file

__all__ = ["gazette_paths", "walk_inputs", "parse_corpus", "build", "add", "BuildReport", "Source", "drop_duplicates",
           "readable_files"]

log = logging.getLogger(__name__)


def _walk(folder: Path, recursive: bool, seen: set | None = None) -> tuple[list[Path], list[str]]:
    """Files under a folder, sorted; hidden files, Office lock files and (without recursion) sub-folders are
    listed with the reason instead. A folder linked back into the tree is read once."""
    files, notes = [], []
    seen = set() if seen is None else seen
    if folder.resolve() in seen:
        return files, [f"{folder}: folder already read (a link back into the tree)"]
    seen.add(folder.resolve())
    for q in sorted(folder.iterdir()):
        if q.name.startswith(".") or q.name.startswith("~$"):
            notes.append(f"{q}: {'hidden' if q.name.startswith('.') else 'Office lock'} {'folder' if q.is_dir() else 'file'}, not read")
        elif q.is_dir():
            if recursive:
                sub, sub_notes = _walk(q, recursive, seen)
                files += sub
                notes += sub_notes
            else:
                notes.append(f"{q}: folder not read (--no-recursive)")
        elif q.is_file():
            files.append(q)
        else:
            notes.append(f"{q}: not a regular file, not read")
    return files, notes


def walk_inputs(paths: list[str | Path] | None = None, recursive: bool = True) -> tuple[list[Path], list[str]]:
    """Expand files and folders (every file inside, sub-folders too unless `recursive` is False).

    Returns:
        (files, notes): the files to read, sorted per folder; one note per path left out, with the reason.

    Raises:
        InputError: a path does not exist. GazetteError: no file at all, or two files share a name stem
            (provenance is by file name and document ids by its stem).
    """
    out: list[Path] = []
    notes: list[str] = []
    for p in map(Path, paths or [SAMPLE_CORPUS]):
        if p.is_dir():
            files, why = _walk(p, recursive)
            out += files
            notes += why
        elif p.exists():
            out.append(p)
        else:
            raise InputError(p, "no such file or folder")
    if not out:
        raise GazetteError(f"no gazette files under {', '.join(map(str, paths or [SAMPLE_CORPUS]))}")
    stems: dict[str, list[Path]] = {}
    for p in out:
        stems.setdefault(p.stem, []).append(p)
    dupes = {k: v for k, v in stems.items() if len(v) > 1}
    if dupes:
        raise GazetteError("two gazette files share a name (provenance is by file name, ids by its stem): "
                           + "; ".join(" and ".join(map(str, v)) for v in dupes.values()))
    return out, notes


def gazette_paths(paths: list[str | Path] | None = None, recursive: bool = True) -> list[Path]:
    """The files to read under `paths` (see walk_inputs); default: the sample corpus."""
    return walk_inputs(paths, recursive)[0]


def parse_corpus(paths: list[Path], skip_bad: bool = False, ocr: bool | None = None) -> tuple[list[ParsedIssue], list[str]]:
    """Parse every file, whatever its format (kg.read chooses the reader by content).

    A file of a format no reader handles (an archive, a spreadsheet) is listed with its kind and left out;
    any other unreadable file (corrupt PDF, binary .txt, empty) raises, or with `skip_bad` is listed and
    left out.

    Returns:
        (issues, errors): the parsed files and one "path: reason" line per file left out.
    """
    issues, errors = [], []
    for p in paths:
        try:
            issues.append(parse_issue(p, ocr=ocr))
        except InputError as exc:
            _leave_out(exc, errors, skip_bad)
    return issues, errors


def _leave_out(exc: InputError, errors: list, skip_bad: bool) -> None:
    """The one policy for a file that cannot be read: a format no reader handles is listed (a warning) and
    left out; any other unreadable file raises, or with `skip_bad` is listed (an error) and left out."""
    from kg.read import UnsupportedFormat

    unsupported = isinstance(exc, UnsupportedFormat)
    if not (unsupported or skip_bad):
        raise exc
    errors.append(str(exc))
    (log.warning if unsupported else log.error)("%s", exc)


@dataclass
class BuildReport:
    data_dir: Path
    files: int
    documents: int
    counts: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: dict = field(default_factory=dict)
    generation: str = ""
    # {stage: [peak RSS so far, RSS held at its end]} in MiB (kg.memory; empty where /proc is not readable)
    memory_mb: dict = field(default_factory=dict)


def readable_files(files: list[Path], skip_bad: bool = False) -> tuple[list[Path], list[str]]:
    """The files that are regular and not too big (checked before any is opened: a FIFO would hang)."""
    ok, errors = [], []
    for p in files:
        try:
            check_readable(p)
        except InputError as exc:
            _leave_out(exc, errors, skip_bad)
            continue
        ok.append(p)
    return ok, errors


def drop_duplicates(files: list[Path]) -> tuple[list[Path], dict[str, str], list[str]]:
    """Keep one file per content: the same bytes under two names would count every fact twice.

    Returns:
        (files kept, {file name: its SHA-256}, warnings naming each duplicate and the file kept).
    """
    kept, hashes, seen, warnings = [], {}, {}, []
    for p in files:
        digest = sha256_file(p)
        if digest in seen:
            warnings.append(f"{p.name}: same content as {seen[digest]}; counted once")
            continue
        seen[digest] = p.name
        hashes[p.name] = digest
        kept.append(p)
    return kept, hashes, warnings


@dataclass(frozen=True)
class Source:
    """One input file of a build: its name (ids and provenance use it), where it is, its SHA-256.

    A file of the current generation that `add` / `remove` keep is known by its manifest entry: it need
    not be read again (its part holds what the build needs), nor even still be there.
    """

    name: str
    path: Path
    sha256: str


def _sources(files: list[Path]) -> tuple[list[Source], list[str]]:
    """Hash `files` and keep one per content (see drop_duplicates), in build order (by name)."""
    kept, hashes, warnings = drop_duplicates(sorted(files, key=lambda p: (p.name, str(p))))
    return [Source(p.name, p, hashes[p.name]) for p in kept], warnings


def build(paths: list[str | Path] | None, config: Config, skip_bad: bool = False, progress=None,
          wait: float = 0, as_of: str | None = None, recursive: bool = True, ocr: bool | None = None,
          mapped=None, on_step=None, jobs: int = 1) -> BuildReport:
    """Build a new generation of the data dir of `config` from gazette files and make it current.

    Files are processed one at a time (read, parse, extract, chunk; kg/parts.py keeps each file's
    results under DATA/parts/, and a file whose part is there already is not read again); only the
    cross-file steps see the whole corpus, as documents, per-file facts and BM25 term counts.
    Files are taken in order of their names, so any build of the same files gives the same data dir.

    Document states in the facts and the graph are computed as of `as_of` (default: today); queries
    recompute them for any date from the stored timelines.

    The data dir must be missing, empty or a gazette-kg data dir, and apart from the input; one build
    runs at a time (`wait`: seconds to wait for another, < 0 forever). The previous generation stays
    current until the new one is complete, whatever happens to this process.

    Args:
        progress: `fn(message)` for each stage's summary line.
        on_step: `fn(kg.progress.Step)` as each file is processed (counts and time left).
        recursive: walk sub-folders of the folders given.
        ocr: read scanned PDFs by OCR (None: when the `ocr` extra is installed; False: never).
        mapped: {part key: FilePart} already computed by a distributed map (kg/distributed.py).
        jobs: processes for the per-file stage (each still reads one file at a time).

    Raises:
        DataDirRefused, BuildLocked, DataDirUnwritable, InputError, GazetteError: one-line reasons.
    """
    data_dir = Path(config.data_dir)
    check_apart(data_dir, [Path(p) for p in (paths or [SAMPLE_CORPUS])])

    def inputs():
        files, notes = walk_inputs(paths, recursive)
        files, errors = readable_files(files, skip_bad)
        sources, warnings = _sources(files)
        return sources, notes + errors, warnings

    return _locked(config, inputs, skip_bad, progress, on_step, wait, as_of, ocr, mapped, jobs)


def add(files: list[str | Path], config: Config, remove: bool = False, skip_bad: bool = False, progress=None,
        wait: float = 0, as_of: str | None = None, recursive: bool = True, ocr: bool | None = None,
        on_step=None, jobs: int = 1) -> BuildReport:
    """Add gazette files to the data dir's corpus (or with `remove`, take files out by name) and build.

    Only the new files are read; the others come from their parts, and the cross-file steps run again:
    the result is the data dir a full build of the new corpus gives. An added file with the name of a
    file already in the corpus replaces it.

    Raises:
        DataDirMissing: nothing was built there yet. GazetteError: a file to remove is not in the corpus.
        (and what `build` raises)
    """
    data_dir = Path(config.data_dir)
    if not remove:
        check_apart(data_dir, [Path(p) for p in files])

    def inputs():
        from kg.store import load_manifest

        corpus = load_manifest(data_dir)["corpus"]
        current = {c["file"]: Source(c["file"], Path(c["path"] or c["file"]), c["sha256"]) for c in corpus}
        notes, errors, warnings = [], [], []
        if remove:
            names = {Path(f).name for f in files}
            missing = sorted(names - set(current))
            if missing:
                raise GazetteError(f"not in the corpus of {data_dir}: {', '.join(missing)}")
            keep = [s for n, s in current.items() if n not in names]
            if not keep:
                raise GazetteError(f"removing {', '.join(sorted(names))} would leave {data_dir} without any file")
            return keep, [], []
        new, notes = walk_inputs(files, recursive)
        new, errors = readable_files(new, skip_bad)
        hashed, warnings = _sources(new)
        merged = {**current, **{s.name: s for s in hashed}}
        # One file per content across old and new files, as a full build of them would keep.
        out, seen = [], {}
        for name in sorted(merged):
            s = merged[name]
            if s.sha256 in seen:
                warnings.append(f"{name}: same content as {seen[s.sha256]}; counted once")
                continue
            seen[s.sha256] = name
            out.append(s)
        return out, notes + errors, warnings

    return _locked(config, inputs, skip_bad, progress, on_step, wait, as_of, ocr, None, jobs)


def _locked(config: Config, inputs, skip_bad, progress, on_step, wait, as_of, ocr, mapped, jobs=1) -> BuildReport:
    import gc

    data_dir = Path(config.data_dir)
    claim_data_dir(data_dir)
    # The build makes millions of small dicts and lists and no reference cycles: the cyclic collector's
    # passes over them were a tenth of the time. It runs again when the build is done.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        with build_lock(data_dir, wait=wait):
            clean_leftovers(data_dir)
            return _build_locked(inputs, config, skip_bad, progress or (lambda msg: None), on_step, as_of, ocr,
                                 mapped, jobs)
    except OSError as exc:
        if not _inside(exc.filename, data_dir):
            raise  # an input folder that cannot be listed, …: the CLI prints it as one line
        where = f" ({exc.filename})" if exc.filename else ""
        raise DataDirUnwritable(f"cannot write the data dir {data_dir}: {exc.strerror or exc}{where}") from exc
    finally:
        if gc_was_on:
            gc.enable()


def _inside(filename, folder: Path) -> bool:
    if not filename:
        return True
    f, d = Path(filename).resolve(), Path(folder).resolve()
    return f == d or d in f.parents


class _Documents:
    """What the cross-file steps read of a file: its documents (kg.extract.resolve_all, kg.graph)."""

    def __init__(self, documents: list):
        self.documents = documents


def _file_part(src: Source, parts, config: Config, ocr, mapped, skip_bad: bool, errors: list):
    """The part of one file: stored, mapped elsewhere, or made now (and stored). None: left out.

    Returns:
        (FilePart without its lines and passages, or None; True when the file was read now).
    """
    from kg.parts import make_part, part_key

    key = part_key(src.sha256, src.name, config, ocr)
    part = parts.load(key)
    if part is not None:
        return part, False
    part = (mapped or {}).get(key)
    if part is None:
        if not src.path.is_file():
            raise InputError(src.path, "is gone, and the data dir keeps no part of it any more; build from the files")
        try:
            part, _ = make_part(src.path, key, src.sha256, config, ocr)
        except InputError as exc:
            _leave_out(exc, errors, skip_bad)
            return None, False
    parts.save(part)
    fault_point("part")
    part.issue = part.passages = None  # the lines go now; the writer reads them back file by file
    return part, True


def _make_part_file(path: str, key: str, sha256: str, config: Config, ocr, data_dir: str) -> bool:
    """In a worker process: make and store one file's part; False when the file cannot be read (the
    build reads it again itself to report why, as a single-process build does)."""
    import gc

    from kg.parts import PartStore, make_part

    gc.enable()  # a long-lived worker: whatever one file leaves behind is collected
    try:
        part, _ = make_part(Path(path), key, sha256, config, ocr)
    except InputError:
        return False
    PartStore(Path(data_dir)).save(part)
    return True


def _make_parts_in_parallel(sources, parts, config: Config, ocr, mapped, jobs: int, step) -> int:
    """Make the missing parts on `jobs` processes (each file alone, as the single-process stage does).

    Returns:
        how many files were read.
    """
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from kg.parts import part_key

    todo = []
    for src in sources:
        key = part_key(src.sha256, src.name, config, ocr)
        if not parts.has(key) and key not in (mapped or {}) and src.path.is_file():
            todo.append((src, key))
    step.advance(len(sources) - len(todo))
    if not todo:
        return 0
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo))) as pool:
        futures = [pool.submit(_make_part_file, str(src.path), key, src.sha256, config, ocr, str(config.data_dir))
                   for src, key in todo]
        for f in as_completed(futures):
            f.result()
            step.advance()
    return len(todo)


def share_strings(records, memo: dict):
    """`records` (a list of JSON records, or a dict of such lists) with their repeated strings shared: the
    facts of all files stay in memory for the reduce, and a part decoded from JSON holds a new copy of
    each repeated value (a document's title in each of its tasks, a unit's name, a file name, a task's
    text and its source text). Strings two levels deep are shared (a record's values, and the values of
    its dicts and lists: `source`, `lead`, `section`); values stay equal, so the results are the same."""
    lists = records.values() if isinstance(records, dict) else [records]
    for recs in lists:
        for r in recs if isinstance(recs, list) else ():
            if type(r) is not dict:
                continue
            for k, v in r.items():
                t = type(v)
                if t is str:
                    r[k] = memo.setdefault(v, v)
                elif t is dict:
                    for k2, v2 in v.items():
                        if type(v2) is str:
                            v[k2] = memo.setdefault(v2, v2)
                elif t is list:
                    for i, x in enumerate(v):
                        if type(x) is str:
                            v[i] = memo.setdefault(x, x)
                        elif type(x) is dict:
                            for k2, v2 in x.items():
                                if type(v2) is str:
                                    x[k2] = memo.setdefault(v2, v2)
    return records


def _pass_one(sources, parts, config, ocr, mapped, skip_bad, errors, on_step, jobs: int = 1):
    """Every file's part (made where missing): documents, header sources and facts of all, lines of none."""
    from kg.progress import Tracker
    from kg.store import document_from_dict

    documents, headers, per_file, done, made, memo = [], {}, [], [], 0, {}
    step = Tracker(on_step, "parse", len(sources))
    if jobs > 1:
        made = _make_parts_in_parallel(sources, parts, config, ocr, mapped, jobs, step)
        step = Tracker(None, "parse", len(sources))  # counted already
    for src in sources:
        part, fresh = _file_part(src, parts, config, ocr, mapped, skip_bad, errors)
        step.advance()
        if part is None:
            continue
        made += fresh and jobs <= 1
        documents += [document_from_dict(d) for d in share_strings(part.documents, memo)]
        headers.update(part.headers)
        per_file.append(share_strings(part.facts, memo))
        done.append((src, part.key, part.record, len(part.documents), len(part.facts.get("tasks", []))))
    return documents, headers, per_file, done, made


def _lines_of(src: Source, key: str, parts, config: Config, ocr, documents: list):
    """A file's `ParsedIssue` (lines included) and passages for the writer: from its part, or, where the
    part's lines are gone (kept only until the file's rows are in a generation), from the file again."""
    from kg.parts import make_part, parsed_issue

    row, passages = parts.lines(key), parts.passages(key)
    if row is None or passages is None:
        if not src.path.is_file():
            raise GazetteError(f"the part of {src.name} in {parts.folder} lacks its lines and the file is gone; "
                               "build from the files")
        part, issue = make_part(src.path, key, src.sha256, config, ocr)
        if [d.id for d in issue.documents] != [d.id for d in documents]:
            raise GazetteError(f"{src.name} changed during the build; build again")
        parts.save(part)
        return parsed_issue(part.issue, documents), part.passages
    return parsed_issue(row, documents), passages


def _give_back_memory() -> None:
    """Return the freed memory of the reduce (facts, graph) to the system before the index pass: collect
    what cycles it left (the collector is off during a build), then ask glibc to release its free pages
    (the dicts of a million records were malloc'd there; freed, they stayed in the process's RSS)."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the memory is reused by the index pass instead
        pass


class _TaskTexts:
    """What the who-leads index reads of each file's tasks (index.tasks.task_texts), held from the reduce
    to the end of the build as one string and the tasks' end offsets: two large blocks, outside Python's
    small-object arenas. (A string per task, made while the facts were in memory, sat in the arenas the
    facts had filled: a few hundred thousand of them kept most arenas from being given back once the
    facts were freed, ~500 MB at 200x the sample.)

    Args:
        tasks: facts["tasks"], in file order. counts: each file's number of tasks, in file order.
    """

    def __init__(self, tasks: list[dict], counts: list[int]):
        import numpy as np

        from index.tasks import task_texts

        texts = task_texts(tasks)
        self._text = "".join(texts)
        self._ends = np.cumsum([len(t) for t in texts], dtype=np.int64)
        del texts
        self._first = np.r_[0, np.cumsum(counts, dtype=np.int64)]

    def file(self, i: int) -> list[str]:
        """File i's task texts."""
        a, b = int(self._first[i]), int(self._first[i + 1])
        ends = self._ends[a:b].tolist()
        start = int(self._ends[a - 1]) if a else 0
        out = []
        for e in ends:
            out.append(self._text[start:e])
            start = e
        return out


def _passages_by_file(db: Path, n_files: int):
    """Each file's passages (`Passage.to_json()` dicts) in build order, read back from the kg.sqlite the writer
    made (the files' passages in DATA/parts go once a generation holds them; an unchanged file's were copied)."""
    from index.passages import PassageRows
    from kg.sqlitedb import connect_ro

    conn = connect_ro(db)
    conn.execute("PRAGMA cache_size = -2000")  # one scan in order: a small page cache (not a query's 32 MB)
    try:
        counts = dict(conn.execute("SELECT d.file_id, count(*) FROM passages p JOIN documents d ON d.ord = p.doc_ord "
                                   "GROUP BY d.file_id"))
        rows, pos = PassageRows(conn), 0
        for file_id in range(1, n_files + 1):
            n = counts.get(file_id, 0)
            passages = rows.file_passages(pos) if n else []
            if len(passages) != n:
                raise GazetteError(f"{db}: the passages of file {file_id} are not where the build wrote them")
            pos += n
            yield passages
    finally:
        conn.close()


def _build_locked(inputs, config: Config, skip_bad: bool, say, on_step=None, as_of: str | None = None,
                  ocr: bool | None = None, mapped=None, jobs: int = 1) -> BuildReport:
    from index.build import IndexBuilder
    from kg.parts import PartStore
    from kg.progress import Tracker
    from kg.memory import PeakMeter
    from kg.sqlitedb import DB_FILE
    from kg.writer import open_writer

    data_dir = Path(config.data_dir)
    t0 = time.perf_counter()
    meter = PeakMeter()  # where the memory goes, stage by stage (the CLI prints it; benchmarks/scale.py keeps it)
    sources, errors, warnings = inputs()
    parts = PartStore(data_dir)
    # Pass one: each file read, parsed, extracted and chunked alone (or taken from its part).
    documents, headers, per_file, done, made = _pass_one(sources, parts, config, ocr, mapped, skip_bad, errors,
                                                         on_step, jobs)
    if not done:
        raise GazetteError("no readable gazette file: " + "; ".join(errors))
    if not documents:
        raise GazetteError(f"no document found in {len(done)} file(s) ({', '.join(s.name for s in sources[:5])}): "
                           "no header (issuer + 关于… title + 文号 or 主送); nothing to index")
    timings = {"parse": time.perf_counter() - t0}
    meter.mark("parse")
    say(f"parsed {len(done)} files into {len(documents)} documents ({made} read, "
        f"{len(done) - made} unchanged, taken from {parts.folder})")
    fault_point("parse")

    # The cross-file steps, over documents and per-file facts only.
    from kg.extract import resolve_all
    from kg.graph import build_graph
    from kg.graphview import SEARCH_KEYS
    from kg.leangraph import NamesGraph

    t1 = time.perf_counter()
    facts = resolve_all([_Documents(documents)], per_file, as_of=as_of, release=True)
    del per_file
    meter.mark("resolve")
    # Only what the writer keeps of the graph (its nodes' names, the counts): a tenth of the full graph's memory.
    graph = build_graph([_Documents(documents)], facts, headers, into=NamesGraph(SEARCH_KEYS))
    timings["extract"] = time.perf_counter() - t1
    meter.mark("graph")
    say("extracted " + ", ".join(f"{len(v)} {k}" for k, v in facts.items() if isinstance(v, list)))
    fault_point("extract")

    try:
        previous = generation_dir(data_dir)  # its embedding cache is reused
    except GazetteError:  # a damaged pointer: build from scratch
        previous = data_dir
    with new_generation(data_dir) as (tmp, commit):
        t2 = time.perf_counter()
        writer = open_writer(tmp, config, previous=previous)
        index = IndexBuilder(config, tmp / "index", facts, previous / "index", progress=say, rows=parts)
        try:
            # Pass two: each file's rows to the writer, one file at a time: copied from the previous
            # generation where its part is unchanged, else from the part's lines and passages (the passages
            # the index gets in pass three, so that kg.sqlite's passage N is the index's row N); then the
            # cross-file results.
            step, first_doc, reused = Tracker(on_step, "write", len(done)), 0, 0
            for src, key, record, n_docs, _ in done:
                path = str(src.path.resolve()) if src.path.exists() else record["path"]
                docs = documents[first_doc:first_doc + n_docs]
                first_doc += n_docs
                record = {**record, "path": path}
                kept = writer.reuse_file(record, key, docs)
                if kept is not None:
                    reused += 1
                    warnings += [f"{record['file']}: {w}" for w in kept]
                else:
                    issue, passages = _lines_of(src, key, parts, config, ocr, docs)
                    issue.path = path
                    writer.add_file(issue, record, passages, key)
                    warnings += [f"{issue.file}: {w}" for w in issue.warnings]
                    del issue, passages
                step.advance()
            if reused:
                say(f"rows of {reused} unchanged files copied from the previous generation")
            meter.mark("write")
            written = writer.finish(documents, facts, graph)
            meter.mark("finish")
            # The graph goes first: the task texts made next reuse its freed memory.
            del graph
            counts = {k: len(v) for k, v in facts.items() if isinstance(v, list)}
            task_texts = _TaskTexts(facts["tasks"], [n for *_, n in done])
            # Only the index is left to write: the facts and documents go before its matrices come.
            del facts, documents, headers
            # From here on only each file's Source and part key are read. Their copies are made now, in the
            # arenas still in use, and pass one's records and keys (one in each stretch of memory the facts
            # filled) are freed with the facts: the arenas left empty go back to the system.
            done = [(src, key.encode().decode()) for src, key, *_ in done]
            written = json.loads(json.dumps(written))  # (its corpus list likewise: copied, the first freed)
            _give_back_memory()
            meter.mark("free")
            # Pass three: each file's passages to the index (their BM25 rows stored or made), BM25 written;
            # then each file's tasks (one jieba dictionary in memory at a time).
            step = Tracker(on_step, "index", len(done))
            with closing(_passages_by_file(tmp / DB_FILE, len(done))) as per_file:
                for (src, key, *_), passages in zip(done, per_file):
                    index.add_passages(passages, key)
                    step.advance()
            meter.mark("index")
            index.finish_passages()
            meter.mark("bm25")
            for i, (src, key, *_) in enumerate(done):
                index.add_tasks(task_texts.file(i), key)
            del task_texts
            index_info = index.finish()
            timings["index"] = time.perf_counter() - t2
            meter.mark("tasks")
        finally:
            writer.close()
            index.close()
        fault_point("index")
        final = commit({
            "format_version": FORMAT_VERSION,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            **written,
            "counts": counts,
            "errors": errors,
            "warnings": warnings,
            "index": index_info,
            "config": {k: v for k, v in config.index_params().items()},
            "store": _safe_store(config.store),
        })
    # The generation that was current until now stays (a reader may be reading it); older ones go,
    # and so do the parts of files no longer in the corpus and token rows no longer used.
    clean_leftovers(data_dir, keep={previous.name})
    # A part's lines, passages and token rows go too once the generation holds them (kg.parts: the next build
    # takes them from there).
    parts.prune({n for _, key, *_ in done for n in parts.names(key, lines=False)} | {f"{n}.npz" for n in index.used})
    if config.store != "files":  # the data dir is complete; copy its facts and graph into the store
        from kg.backends.factory import load_store

        t3 = time.perf_counter()
        load_store(config)
        timings["store"] = time.perf_counter() - t3
    timings["total"] = time.perf_counter() - t0
    meter.mark("store" if config.store != "files" else "commit")
    log.debug("memory (MiB) after each stage, peak so far/held: %s", meter.summary())
    return BuildReport(data_dir, len(done), written["documents"], counts, errors, warnings, timings, final.name,
                       {k: [round(v, 1), round(meter.held[k], 1)] for k, v in meter.peaks.items()})


def _safe_store(store: str) -> str:
    """The store URL as saved in the manifest: never its password."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", store)
