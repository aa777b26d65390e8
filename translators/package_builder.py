"""Build a real-format Argos package with random weights.

No pretrained fr→en package can be fetched where the tests, CI and benchmarks run, so
they build one: a SentencePiece model trained on given texts and a CTranslate2
Transformer filled with seeded random weights, zipped with `metadata.json` like a
published `.argosmodel`. Its output is not English; its format and its cost are real.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ModelSize:
    layers: int
    d_model: int
    heads: int
    ffn: int
    vocab_size: int


#: About 0.5 MB: builds in about a second, for tests.
TINY = ModelSize(layers=2, d_model=64, heads=4, ffn=128, vocab_size=400)
#: The dimensions of the published Argos fr→en model, for benchmarks.
BASE = ModelSize(layers=6, d_model=512, heads=8, ffn=2048, vocab_size=32000)


def train_sentencepiece(texts: Iterable[str], vocab_size: int) -> bytes:
    import sentencepiece

    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        model_type="unigram",
        minloglevel=2,
    )
    return model.getvalue()


def _pieces(sp_model: bytes) -> list[str]:
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_proto=sp_model)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _fill_weights(spec, size: ModelSize, vocab: int, eos_id: int, seed: int) -> None:  # noqa: ANN001
    import numpy as np
    from ctranslate2.specs import model_spec

    rng = np.random.default_rng(seed)
    d, ffn = size.d_model, size.ffn

    def shape_of(scope: str) -> tuple[int, ...]:
        parts = scope.split("/")
        leaf, layer = parts[-1], parts[-2]
        if leaf in ("gamma", "beta"):
            return (d,)
        if layer.startswith("embeddings") or layer == "projection":
            return (vocab,) if leaf == "bias" else (vocab, d)
        if parts[-3] == "ffn":
            out_in = (ffn, d) if layer == "linear_0" else (d, ffn)
        elif parts[-3] == "self_attention":
            out_in = (3 * d, d) if layer == "linear_0" else (d, d)
        else:  # encoder-decoder attention: query, fused key/value, output
            out_in = (2 * d, d) if layer == "linear_1" else (d, d)
        return out_in[:1] if leaf == "bias" else out_in

    def fill(layer, scope: str, value) -> None:  # noqa: ANN001
        name = scope.split("/")[-1]
        if value is not None or name.startswith("_"):
            return
        shape = shape_of(scope)
        if name == "gamma":
            array = np.ones(shape, dtype=np.float32)
        elif name in ("beta", "bias"):
            array = np.zeros(shape, dtype=np.float32)
        else:
            array = rng.normal(0.0, shape[-1] ** -0.5, size=shape).astype(np.float32)
        setattr(layer, name, array)

    model_spec.visit_spec(spec, fill)
    # end sentences after ~20 tokens on average, like real outputs, instead of running to the cap
    bias = np.zeros((vocab,), dtype=np.float32)
    bias[eos_id] = np.log(vocab / 20.0)
    spec.decoder.projection.bias = bias


def build_package(
    out_dir: Path,
    texts: Iterable[str],
    size: ModelSize = TINY,
    seed: int = 1234,
    version: str = "0.0.1",
    name: str = "translate-fr_en-random",
) -> Path:
    """Write `<out_dir>/<name>.argosmodel` and return its path."""
    import ctranslate2

    sp_model = train_sentencepiece(texts, size.vocab_size)
    pieces = _pieces(sp_model)
    # a small corpus cannot fill a 32 000-piece vocabulary: pad the model's side so that the
    # embeddings and the output projection have the published size (and cost)
    pieces += [f"▁<extra_{i}>" for i in range(size.vocab_size - len(pieces))]
    spec = ctranslate2.specs.TransformerSpec.from_config((size.layers, size.layers), size.heads)
    _fill_weights(spec, size, len(pieces), eos_id=pieces.index("</s>"), seed=seed)
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization="int8")

    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"{name}.argosmodel"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / name
        (root / "model").mkdir(parents=True)
        spec.save(str(root / "model"))
        (root / "sentencepiece.model").write_bytes(sp_model)
        metadata = {
            "package_version": version,
            "argos_version": "1.11.0",
            "code": name,
            "from_code": "fr",
            "from_name": "French",
            "to_code": "en",
            "to_name": "English",
            "type": "translate",
            "links": [],
        }
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2))
        (root / "README.md").write_text(
            f"# {name}\n\nRandom weights ({size}); a format and speed stand-in, not a translator.\n"
        )
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(root.rglob("*")):
                zf.write(path, path.relative_to(tmp))
    return archive
