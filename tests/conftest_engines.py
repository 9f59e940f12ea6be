"""Engine fixtures: a throwaway PostgreSQL cluster (initdb in tmp, 127.0.0.1, stopped after), the sample
build loaded into it, a milvus-lite file in tmp, and a local 2-worker Ray cluster."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def postgres_url():
    """The URL of a fresh PostgreSQL cluster owned by an unprivileged OS user; removed at the end."""
    pytest.importorskip("psycopg", reason="install the engines extra: scripts/setup.sh test")
    from kg.backends.localpg import find_pg_bin, throwaway_postgres

    if find_pg_bin() is None:
        pytest.skip("PostgreSQL server binaries missing (Debian package postgresql; scripts/setup.sh test)")
    with throwaway_postgres() as pg:
        yield pg.url


@pytest.fixture(scope="session")
def pg_built(built, postgres_url):
    """The sample build's facts and graph loaded into PostgreSQL; the Config points at both."""
    from kg.backends.factory import load_store

    cfg = built.with_(store=postgres_url)
    load_store(cfg)
    return cfg


@pytest.fixture(scope="session")
def milvus_searchers(built, tmp_path_factory):
    """The sample build's passages and vectors in a milvus-lite file (project tokens), and two searchers
    that differ only in who answers the routes: the data dir (bm25s + FAISS) or Milvus."""
    pytest.importorskip("pymilvus", reason="install the engines extra: scripts/setup.sh test")
    pytest.importorskip("milvus_lite", reason="install the engines extra: scripts/setup.sh test")
    from index.backends.local import LocalPassageIndex
    from index.backends.milvus import MilvusPassageIndex, fill_from_data_dir
    from index.backends.searcher import RoutedSearcher

    local = RoutedSearcher(built.data_dir, built)
    local.routes = LocalPassageIndex.from_searcher(local)
    milvus = RoutedSearcher(built.data_dir, built)
    milvus.routes = MilvusPassageIndex(str(tmp_path_factory.mktemp("milvus") / "passages.db"), analyzer="project",
                                       tokenizer=milvus.tokenizer)
    fill_from_data_dir(milvus.routes, built.data_dir, built)
    yield local, milvus
    milvus.routes.close()
