"""ROUGE of the summaries against reference summaries, on the API's own segmentation.

Every method at every length (sentences, and words for equal-length comparisons), the
default against Lead with a paired bootstrap over documents, and the cross-validation of
the position-aware summarizer's weights (tuned on k − 1 folds, scored on the last).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict

import numpy as np

from service.pipeline import analyse
from summarizers import DEFAULT_METHOD, METHODS, summarize
from summarizers.extractive import pacsum_inputs
from summarizers.position import TUNED, Weights, order, similarities
from translators.document import Kind

ROUGE_TOKENIZER = (
    "rouge-score default (lowercased ASCII letters and digits; accented letters dropped), no stemming"
)
METRICS = ("rouge1", "rouge2", "rougeL")
BOOTSTRAP_RESAMPLES = 1000
#: The weights tried by --cross-validate (480 settings around the published PACSUM ones).
GRID = {
    "backward": (-3.0, -2.0, -1.5, -1.0),
    "beta": (0.0, 0.1),
    "position": (0.0, 0.1, 0.2, 0.3, 0.5),
    "length": (0.0, 0.05, 0.1, 0.2),
    "redundancy": (0.0, 0.25, 0.5),
}


def body_sentences(document: str) -> list[str]:
    doc = analyse(document)
    return [s.text for s in doc.sentences if doc.kind_of(s) is Kind.BODY]


class Scorer:
    """rouge-score F1 of a chosen set of sentences, each (document, choice) scored once."""

    def __init__(self, golds: Sequence[str], documents: Sequence[Sequence[str]]) -> None:
        from rouge_score import rouge_scorer

        self.rouge = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=False)
        self.golds, self.documents = golds, documents
        self.cache: dict[tuple[int, tuple[int, ...]], np.ndarray] = {}

    def __call__(self, doc: int, chosen: Iterable[int]) -> np.ndarray:
        key = (doc, tuple(chosen))
        if key not in self.cache:
            text = " ".join(self.documents[doc][i] for i in key[1])
            scores = self.rouge.score(self.golds[doc], text)
            self.cache[key] = np.array([scores[m].fmeasure for m in METRICS])
        return self.cache[key]


def paired_bootstrap(a: np.ndarray, b: np.ndarray, resamples: int = BOOTSTRAP_RESAMPLES) -> dict:
    """Mean difference a − b over documents, its 95 % interval, and the share of resamples
    in which a does not beat b (a one-sided p-value)."""
    diff = a - b
    rng = np.random.default_rng(0)
    means = diff[rng.integers(0, len(diff), (resamples, len(diff)))].mean(axis=1)
    return {
        "difference": round(float(diff.mean()) * 100, 2),
        "low": round(float(np.percentile(means, 2.5)) * 100, 2),
        "high": round(float(np.percentile(means, 97.5)) * 100, 2),
        "p": round(float((means <= 0).mean()), 4),
    }


def evaluate_summaries(
    sources: list[str],
    golds: list[str],
    lengths: Iterable[int],
    progress: Callable[[int], None],
    budgets: Iterable[int] = (),
) -> dict:
    """ROUGE-1/2/L F1 (×100, averaged over documents) for every method and length, and the
    default against Lead at each length."""
    if len(sources) != len(golds):
        raise ValueError(f"{len(sources)} documents but {len(golds)} reference summaries")
    lengths, budgets = list(lengths), list(budgets)
    documents = []
    for document in sources:
        documents.append(body_sentences(document))
        progress(1)
    score = Scorer(golds, documents)
    per_doc: dict[tuple[str, str, int], np.ndarray] = {}
    for method in METHODS:
        for unit, sizes in (("sentences", lengths), ("words", budgets)):
            for n in sizes:
                per_doc[(method, unit, n)] = np.array(
                    [
                        score(d, summarize(sentences, n, method, n if unit == "words" else None))
                        for d, sentences in enumerate(documents)
                    ]
                ).reshape(len(documents), len(METRICS))
    rows = [
        {
            "method": m,
            unit: n,
            **{k: round(float(v) * 100, 2) for k, v in zip(METRICS, a.mean(axis=0), strict=True)},
        }
        for (m, unit, n), a in per_doc.items()
    ]
    significance = [
        {
            "sentences": n,
            **{
                metric: paired_bootstrap(
                    per_doc[(DEFAULT_METHOD, "sentences", n)][:, k], per_doc[("lead", "sentences", n)][:, k]
                )
                for k, metric in enumerate(METRICS)
            },
        }
        for n in lengths
        if DEFAULT_METHOD != "lead"
    ]
    return {
        "documents": len(sources),
        "tokenizer": ROUGE_TOKENIZER,
        "default": DEFAULT_METHOD,
        "rows": rows,
        "default_against_lead": significance,
    }


def summary_table(report: dict) -> str:
    lines = [f"{'method':10} {'length':>12} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}"]
    for unit in ("sentences", "words"):
        for r in sorted((r for r in report["rows"] if unit in r), key=lambda r: (r[unit], -r["rouge1"])):
            name = r["method"] + (" *" if r["method"] == report["default"] else "")
            lines.append(
                f"{name:10} {r[unit]:>3} {unit:<8} {r['rouge1']:>8.2f} {r['rouge2']:>8.2f} {r['rougeL']:>8.2f}"
            )
    lines.append(
        f"* the default ({report['default']}); {report['documents']} documents; tokenizer: {report['tokenizer']}"
    )
    for s in report["default_against_lead"]:
        parts = [
            f"{m[:5].upper()}-{m[5:]} {s[m]['difference']:+.2f} [{s[m]['low']:+.2f}, {s[m]['high']:+.2f}] p={s[m]['p']:.3f}"
            for m in METRICS
        ]
        lines.append(f"{report['default']} − lead at {s['sentences']}: " + "; ".join(parts))
    return "\n".join(lines)


def cross_validate(
    sources: list[str],
    golds: list[str],
    lengths: Sequence[int],
    folds: int,
    progress: Callable[[int], None],
    grid: dict[str, Sequence[float]] = GRID,
) -> dict:
    """The position-aware summarizer's weights tuned on k − 1 folds (the setting whose worst
    margin over Lead, across metrics and lengths, is largest), scored on the held-out fold;
    every document is scored once, by weights that never saw it."""
    documents = [body_sentences(d) for d in sources]
    inputs = [pacsum_inputs(doc) for doc in documents]
    matrices = [similarities(words) for words, _ in inputs]
    sizes = [lengths for _, lengths in inputs]
    score = Scorer(golds, documents)
    settings = [
        Weights(**dict(zip(grid, values, strict=True))) for values in itertools.product(*grid.values())
    ]
    n = len(documents)
    # [setting, length, document, metric], and Lead's [length, document, metric]
    table = np.zeros((len(settings), len(lengths), n, len(METRICS)))
    lead = np.zeros((len(lengths), n, len(METRICS)))
    for d in range(n):
        for j, k in enumerate(lengths):
            lead[j, d] = score(d, range(min(k, len(documents[d]))))
        for s, weights in enumerate(settings):
            ranked = order(matrices[d], sizes[d], weights) if len(documents[d]) > min(lengths) else []
            for j, k in enumerate(lengths):
                chosen = sorted(ranked[:k]) if len(documents[d]) > k else range(len(documents[d]))
                table[s, j, d] = score(d, chosen)
        progress(1)

    def best(docs: np.ndarray) -> int:
        margins = (table[:, :, docs].mean(axis=2) - lead[:, docs].mean(axis=1)).reshape(len(settings), -1)
        return max(range(len(settings)), key=lambda s: (round(float(margins[s].min()), 4), margins[s].sum()))

    shuffled = np.random.default_rng(0).permutation(n)
    held = np.zeros_like(lead)
    chosen_per_fold = []
    for f in range(folds):
        test = shuffled[f::folds]
        s = best(np.setdiff1d(shuffled, test))
        chosen_per_fold.append(asdict(settings[s]))
        held[:, test] = table[s][:, test]
    overall = best(shuffled)
    rows = []
    for j, k in enumerate(lengths):
        for name, a in (("pacsum (cross-validated)", held[j]), ("lead", lead[j])):
            rows.append(
                {
                    "method": name,
                    "sentences": k,
                    **{m: round(float(v) * 100, 2) for m, v in zip(METRICS, a.mean(axis=0), strict=True)},
                }
            )
    return {
        "documents": n,
        "folds": folds,
        "settings_tried": len(settings),
        "weights_per_fold": chosen_per_fold,
        "weights_on_all": asdict(settings[overall]),
        "weights_in_code": asdict(TUNED),
        "rows": rows,
    }


def cross_validation_table(report: dict) -> str:
    lines = [f"{'method':26} {'sentences':>9} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}"]
    for r in report["rows"]:
        lines.append(
            f"{r['method']:26} {r['sentences']:>9} {r['rouge1']:>8.2f} {r['rouge2']:>8.2f} {r['rougeL']:>8.2f}"
        )
    lines.append(
        f"{report['folds']}-fold cross-validation over {report['settings_tried']} settings, {report['documents']} documents"
    )
    for f, w in enumerate(report["weights_per_fold"]):
        lines.append(f"fold {f + 1}: {w}")
    lines.append(
        f"tuned on all documents: {report['weights_on_all']}; in the code: {report['weights_in_code']}"
    )
    return "\n".join(lines)
