"""Bad input and bad places: each gives one clear line and a non-zero exit, and touches nothing of the user's."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import stat
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.parse.read import check_readable, decode_bytes, read_gazette
from kg.store import MARKER, generation_dir

ONE = "000_47a7f2ad322c84aa.txt"  # 8 documents and the 目录 before them


def run_main(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def one_line_error(code: int, err: str) -> bool:
    """A non-zero exit with one `error:` line, the last one (progress lines may come before it)."""
    lines = err.splitlines()
    return (code == 2 and bool(lines) and lines[-1].startswith("error: ")
            and sum(ln.startswith("error: ") for ln in lines) == 1 and "Traceback" not in err)


from benchmarks.reliability import tree_digest  # noqa: E402  (the benchmark's definition of untouched)


@pytest.fixture
def src(tmp_path, corpus) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus / ONE, folder / ONE)
    return folder


def build(src, data, *extra):
    return run_main("build", src, "--data", data, "--embedder", "none", *extra)


# -- where a build may write -----------------------------------------------------------------------

def test_a_folder_of_someone_elses_files_is_refused_and_untouched(src, tmp_path):
    theirs = tmp_path / "theirs"
    (theirs / "sub").mkdir(parents=True)
    (theirs / "thesis.txt").write_text("five years of work")
    (theirs / "sub" / "data.csv").write_text("1,2")
    before = tree_digest(theirs)
    code, _, err = build(src, theirs)
    assert one_line_error(code, err) and "not a gazette-kg data dir" in err
    assert tree_digest(theirs) == before


def test_a_file_given_as_data_dir_is_refused_and_untouched(src, tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("keep me")
    code, _, err = build(src, f)
    assert one_line_error(code, err) and "is not a folder" in err
    assert f.read_text() == "keep me" and sorted(p.name for p in tmp_path.iterdir()) == ["in", "notes.txt"]


@pytest.mark.parametrize("where", ["the input itself", "inside the input", "holding the input"])
def test_a_data_dir_overlapping_the_input_is_refused(src, tmp_path, where):
    data = {"the input itself": src, "inside the input": src / "data", "holding the input": tmp_path}[where]
    before = tree_digest(tmp_path)
    code, _, err = build(src, data)
    assert one_line_error(code, err) and "input" in err
    assert tree_digest(tmp_path) == before


def test_an_empty_folder_becomes_a_marked_data_dir(src, tmp_path):
    data = tmp_path / "empty"
    data.mkdir()
    code, out, err = build(src, data)
    assert code == 0, err
    assert json.loads((data / MARKER).read_text())["tool"] == "gazette-kg"
    assert "9 documents" in out


def test_a_data_dir_of_the_old_flat_layout_says_rebuild_and_a_build_migrates_it(src, tmp_path):
    data = tmp_path / "data"
    assert build(src, data)[0] == 0
    flat = tmp_path / "flat"
    shutil.copytree(generation_dir(data), flat)  # the old layout: the build's files at the top
    (flat / "kg.sqlite").rename(flat / "facts.json")  # format 1 held JSON files (kg.datadir._FLAT)
    manifest = json.loads((flat / "manifest.json").read_text())
    manifest["format_version"] = 1
    (flat / "manifest.json").write_text(json.dumps(manifest))
    code, _, err = run_main("docs", "--data", flat)
    assert one_line_error(code, err) and "format 1" in err and f"gazette-kg build --data {flat}" in err
    code, _, err = build(src, flat)
    assert code == 0, err
    assert not (flat / "manifest.json").exists() and (flat / MARKER).exists()
    assert run_main("docs", "--data", flat)[1] == run_main("docs", "--data", data)[1]


def test_disk_full_is_one_line_and_keeps_the_previous_generation(src, tmp_path, monkeypatch):
    data = tmp_path / "data"
    assert build(src, data)[0] == 0
    gen = generation_dir(data)

    import kg.writer

    def full(self, *args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.path))

    monkeypatch.setattr(kg.writer.SqliteWriter, "finish", full)
    code, _, err = build(src, data)
    assert one_line_error(code, err) and "No space left on device" in err and "kg.sqlite" in err
    assert generation_dir(data) == gen and not [p for p in data.iterdir() if p.name.endswith(".tmp")]
    assert run_main("verify", "--data", data)[0] == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_a_read_only_data_dir_is_one_line(src, tmp_path):
    data = tmp_path / "data"
    assert build(src, data)[0] == 0
    data.chmod(0o555)
    try:
        code, _, err = build(src, data)
    finally:
        data.chmod(0o755)
    assert one_line_error(code, err)


# -- what a build reads ----------------------------------------------------------------------------

def test_a_fifo_and_a_device_are_refused_by_type_without_blocking(src, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is a FIFO"):
        check_readable(fifo)
    with pytest.raises(InputError, match="is a FIFO"):
        read_gazette(fifo)  # opened without blocking: refused on the descriptor too
    with pytest.raises(InputError, match="is a device"):
        check_readable("/dev/zero")
    code, _, err = run_main("build", src / ONE, fifo, "--data", tmp_path / "data", "--embedder", "none")
    assert one_line_error(code, err) and "pipe.txt: is a FIFO" in err
    code, out, err = run_main("build", src / ONE, fifo, "--data", tmp_path / "data", "--embedder", "none",
                              "--skip-bad")
    assert code == 0 and "9 documents" in out and "pipe.txt: is a FIFO" in err


def test_a_file_over_the_size_limit_is_refused(src, tmp_path, monkeypatch):
    monkeypatch.setenv("GAZETTE_KG_MAX_FILE_MB", "0.05")
    code, _, err = build(src, tmp_path / "data")
    assert one_line_error(code, err) and "over the 0 MB limit" in err and "GAZETTE_KG_MAX_FILE_MB" in err


def test_the_same_content_under_two_names_is_reported_and_counted_once(src, tmp_path):
    shutil.copy(src / ONE, src / "copy-of-000.txt")
    code, out, err = build(src, tmp_path / "data")
    assert code == 0 and "1 files, 9 documents" in out
    assert f"copy-of-000.txt: same content as {ONE}; counted once" in err


def test_an_invalid_byte_is_replaced_and_reported_with_line_and_offset(src, tmp_path):
    data = (src / ONE).read_bytes()
    cut = data.index("各镇政府、街道办事处".encode())  # at the start of a line
    line = data[:cut].count(b"\n") + 1
    (src / ONE).write_bytes(data[:cut] + b"\xff" + data[cut:])
    code, out, err = build(src, tmp_path / "data")
    assert code == 0 and "9 documents" in out
    assert f"{ONE}: line {line}, byte offset {cut}: invalid utf-8 byte(s) ff replaced with U+FFFD" in err


def test_a_few_invalid_bytes_keep_the_encoding_many_do_not():
    text = "区发展和改革局牵头，区财政局配合。\n" * 40
    few = text.encode("utf-8")
    few = few[:100] + b"\xfe" + few[100:]
    warnings = []
    out, enc = decode_bytes(few, "x", warnings)
    assert enc == "utf-8" and out.count("\ufffd") == 1 and "byte offset 100" in warnings[0]
    gbk = text.encode("gb18030")
    assert decode_bytes(gbk, "x") == (text, "gb18030")  # not UTF-8 with replacements
    with pytest.raises(InputError, match="binary"):
        decode_bytes(os.urandom(4000).replace(b"\x00", b"\x01"), "noise")


def test_a_file_with_only_a_toc_or_no_header_is_reported_not_a_traceback(src, tmp_path, corpus):
    # Every file is at least one document: a 目录 alone, or one 5 MB line without a header, is still text
    # to search; the build says that no header was found instead of failing.
    text = (corpus / ONE).read_text(encoding="utf-8").splitlines()
    toc_only = tmp_path / "toc"
    toc_only.mkdir()
    (toc_only / "toc.txt").write_text("\n".join(text[:24]) + "\n", encoding="utf-8")
    code, out, err = build(toc_only, tmp_path / "d1")
    assert code == 0 and "1 documents" in out and "toc.txt: no document header found" in err
    assert "Traceback" not in err
    one_line = tmp_path / "line"
    one_line.mkdir()
    (one_line / "long.txt").write_text("区发改局牵头，区财政局配合，加快推进重点项目建设。" * 200_000, encoding="utf-8")
    code, out, err = build(one_line, tmp_path / "d2")
    assert code == 0 and "1 documents" in out and "long.txt: no document header found" in err
    assert "Traceback" not in err


# -- the command line ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def data(tmp_path_factory, corpus):
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(corpus / ONE, folder)
    out = tmp_path_factory.mktemp("data") / "d"
    assert run_main("build", folder, "--data", out, "--embedder", "none")[0] == 0
    return out


@pytest.mark.parametrize("k", ["0", "-1", "x"])
def test_k_must_be_at_least_one(data, k, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["search", "外资", "-k", k, "--data", str(data)])
    assert exc.value.code == 2 and "-k" in capsys.readouterr().err


def test_queries_file_errors_are_one_line_and_a_bom_is_stripped(data, tmp_path):
    code, _, err = run_main("search", "--queries", tmp_path / "missing.txt", "--data", data)
    assert one_line_error(code, err) and "missing.txt" in err
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("区发改局牵头\n".encode("gb18030"))
    code, _, err = run_main("search", "--queries", gbk, "--data", data)
    assert one_line_error(code, err) and "not UTF-8" in err
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeff信用信息归集\n".encode("utf-8"))
    code, out, err = run_main("search", "--queries", bom, "--data", data, "-k", "1")
    assert code == 0 and json.loads(out)["query"] == "信用信息归集"


def test_an_os_error_in_any_command_is_one_line(data, tmp_path):
    code, _, err = run_main("export", "-o", tmp_path / "no" / "such" / "dir" / "g.graphml", "--data", data)
    assert one_line_error(code, err) and "No such file or directory" in err


def test_jiebas_cache_is_private_to_the_user(tmp_path, monkeypatch):
    from index.tokenize import Tokenizer, jieba_cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = jieba_cache_dir()
    assert folder == tmp_path / "cache" / "gazette-kg"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and folder.stat().st_uid == os.getuid()
    tk = Tokenizer(["区发展和改革局"])._jieba()
    assert Path(tk.tmp_dir) == folder and not str(tk.tmp_dir).startswith("/tmp/jieba")
