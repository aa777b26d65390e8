"""Bench row (g), the peer: argostranslate's own `translate()`, one call per article, as
LibreTranslate calls it, on the same model, beam and output length.

Run as `python -m service.bench_peer ARGS.json` in a process of its own: argostranslate's
translator imports stanza and MiniSBD at import time, and its sentence splitter downloads
a model on first use. Neither is installed (nor reachable) here, so this process puts
empty stand-ins for those two modules in front of the import and gives argostranslate
bilingua's own rule-based splitter instead of MiniSBD's. Everything else — paragraph
splitting, tokenisation, its `translate_batch` call (32-token batches), detokenisation —
is argostranslate's code. Prints one JSON object: seconds, words, articles.
"""

from __future__ import annotations

import json
import os
import sys
import time
import types


def _stand_in_modules() -> None:
    """Empty `stanza` and `minisbd` modules, so that `argostranslate.translate` imports."""
    if "stanza" not in sys.modules:
        sys.modules["stanza"] = types.ModuleType("stanza")
    if "minisbd" not in sys.modules:
        minisbd = types.ModuleType("minisbd")
        minisbd.SBDetect = object  # type: ignore[attr-defined]
        minisbd.models = types.SimpleNamespace(cache_dir="")  # type: ignore[attr-defined]
        sys.modules["minisbd"] = minisbd


class LocalSentencizer:
    """argostranslate's sentencizer interface over bilingua's splitter (no download)."""

    def __init__(self, pkg: object) -> None:
        self.pkg = pkg

    def split_sentences(self, text: str) -> list[str]:
        from translators.segment import segment

        return [s.text for p in segment(text) for s in p.sentences] or [text]


class _FixedLength:
    """The package's CTranslate2 translator with every output held at `length` tokens."""

    def __init__(self, inner: object, length: int) -> None:
        self.inner, self.length = inner, length

    def translate_batch(self, tokens: list, **kwargs: object) -> list:
        if self.length:
            kwargs |= {"min_decoding_length": self.length, "max_decoding_length": self.length}
        return self.inner.translate_batch(tokens, **kwargs)


def main(args_file: str) -> None:
    args = json.loads(open(args_file, encoding="utf-8").read())
    os.environ["ARGOS_PACKAGES_DIR"] = args["packages_dir"]
    os.environ["ARGOS_BEAM_SIZE"] = str(args["beam_size"])
    os.environ["ARGOS_INTER_THREADS"] = str(args["inter_threads"])
    os.environ["ARGOS_INTRA_THREADS"] = str(args["intra_threads"])
    _stand_in_modules()
    import ctranslate2
    from argostranslate import translate as argos

    argos.MiniSBDSentencizer = LocalSentencizer  # the default sentencizer for packages without one
    translation = argos.get_translation_from_codes("fr", "en")  # as LibreTranslate: cached per paragraph
    package = getattr(translation, "underlying", translation)
    model_dir = str(package.pkg.package_path / "model")
    package.translator = _FixedLength(
        ctranslate2.Translator(
            model_dir, inter_threads=args["inter_threads"], intra_threads=args["intra_threads"]
        ),
        args["decoding_length"],
    )
    articles = args["articles"]
    translation.translate("Le chat dort au soleil.")  # warm (not an article: its cache keeps the last text)
    best = float("inf")
    for _ in range(args["repeat"]):
        start = time.perf_counter()
        for text in articles:
            translation.translate(text)
        best = min(best, time.perf_counter() - start)
    print(
        json.dumps(
            {"seconds": best, "words": sum(len(t.split()) for t in articles), "articles": len(articles)}
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
