"""`bilingua eval`: what users judge by meaning, measured on their own model and data.

Three modes: annotated articles (English quotes kept, chrome leaks, summary alignment,
sentences translated once), reference translations (chrF and BLEU with sacrebleu), and
reference summaries (ROUGE with rouge-score) on the same segmentation and summarizers
the API uses.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import pairwise
from pathlib import Path

from service.pipeline import Options, Pipeline, Result, analyse
from summarizers import METHODS, summarize
from translators.document import Kind
from translators.segment import segment

ROUGE_TOKENIZER = (
    "rouge-score default (lowercased ASCII letters and digits; accented letters dropped), no stemming"
)


class AnnotationError(ValueError):
    pass


def load_annotations(path: Path, articles_dir: Path) -> list[dict]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise AnnotationError(f"{path}: not JSON ({exc})") from exc
    if not isinstance(entries, list):
        raise AnnotationError(f"{path}: expected a JSON list of annotations")
    for entry in entries:
        text_path = articles_dir / entry["file"]
        text = text_path.read_text(encoding="utf-8")
        for field in ("english_quotes", "french_quotes", "chrome_lines"):
            for snippet in entry.get(field, []):
                if snippet not in text:
                    raise AnnotationError(f"{entry['file']}: {field} entry is not in the file: {snippet!r}")
    return entries


def check_article(result: Result, entry: dict) -> dict:
    """The meaning-level checks for one translated article."""
    translation = result.translation
    summary_texts = [*result.summary.fr, *result.summary.en]
    english = entry.get("english_quotes", [])
    kept = [q for q in english if q in translation]
    french = entry.get("french_quotes", [])
    leaked = []
    for line in entry.get("chrome_lines", []):
        sentences = [s.text for p in segment(line) for s in p.sentences]
        if any(s in translation or any(s in t for t in summary_texts) for s in sentences):
            leaked.append(line)
    s = result.summary
    aligned = len(s.fr) == len(s.en) == len(s.indices) and all(a < b for a, b in pairwise(s.indices))
    wanted = [seg for seg in result.segments if not seg.kind.is_chrome]
    once = (
        all(seg.en is not None for seg in wanted)
        and all(seg.en is None for seg in result.segments if seg.kind.is_chrome)
        and len({seg.index for seg in wanted}) == len(wanted)
    )
    return {
        "file": entry["file"],
        "english_quotes": len(english),
        "english_quotes_kept": len(kept),
        "altered_english_quotes": [q for q in english if q not in kept],
        "french_quotes": len(french),
        "french_quotes_left_verbatim": sum(q in translation for q in french),
        "chrome_lines": len(entry.get("chrome_lines", [])),
        "chrome_lines_leaked": leaked,
        "summary_aligned": aligned,
        "sentences_translated_once": once,
    }


def evaluate_articles(pipeline: Pipeline, articles_dir: Path, entries: list[dict], options: Options) -> dict:
    rows = []
    for entry in entries:
        text = (articles_dir / entry["file"]).read_text(encoding="utf-8")
        rows.append(check_article(pipeline.run(text, options), entry))
    total_en = sum(r["english_quotes"] for r in rows)
    total_kept = sum(r["english_quotes_kept"] for r in rows)
    return {
        "articles": rows,
        "total": {
            "english_quotes": total_en,
            "english_quotes_kept": total_kept,
            "english_quote_rate": round(total_kept / total_en, 4) if total_en else 1.0,
            "chrome_lines_leaked": sum(len(r["chrome_lines_leaked"]) for r in rows),
            "summaries_aligned": all(r["summary_aligned"] for r in rows),
            "sentences_translated_once": all(r["sentences_translated_once"] for r in rows),
        },
    }


def article_table(report: dict) -> str:
    lines = [f"{'file':36} {'EN quotes kept':>15} {'chrome leaked':>14} {'aligned':>8} {'once':>5}"]
    for r in report["articles"]:
        lines.append(
            f"{r['file'][:36]:36} {r['english_quotes_kept']:>7}/{r['english_quotes']:<7} "
            f"{len(r['chrome_lines_leaked']):>6}/{r['chrome_lines']:<7} {str(r['summary_aligned']):>8} "
            f"{str(r['sentences_translated_once']):>5}"
        )
    t = report["total"]
    lines.append(
        f"{'total':36} {t['english_quotes_kept']:>7}/{t['english_quotes']:<7} "
        f"{t['chrome_lines_leaked']:>6}{'':8} {str(t['summaries_aligned']):>8} "
        f"{str(t['sentences_translated_once']):>5}"
    )
    return "\n".join(lines)


def evaluate_references(
    pipeline: Pipeline,
    fr_lines: list[str],
    en_lines: list[str],
    progress: Callable[[int], None],
    batch: int = 32,
) -> dict:
    """chrF and BLEU of the pipeline's translations of sentence-aligned test sets."""
    from sacrebleu.metrics import BLEU, CHRF

    if len(fr_lines) != len(en_lines):
        raise ValueError(f"{len(fr_lines)} French lines but {len(en_lines)} English ones")
    hypotheses: list[str] = []
    for start in range(0, len(fr_lines), batch):
        chunk = fr_lines[start : start + batch]
        todo = [line for line in chunk if line.strip()]
        done = iter(pipeline.translate_texts(todo))
        hypotheses += [next(done) if line.strip() else "" for line in chunk]
        progress(len(chunk))
    chrf, bleu = CHRF(), BLEU()
    chrf_score = chrf.corpus_score(hypotheses, [en_lines])
    bleu_score = bleu.corpus_score(hypotheses, [en_lines])
    return {
        "lines": len(fr_lines),
        "chrF": round(chrf_score.score, 2),
        "BLEU": round(bleu_score.score, 2),
        "chrF_signature": str(chrf.get_signature()),
        "BLEU_signature": str(bleu.get_signature()),
    }


def body_sentences(document: str) -> list[str]:
    doc = analyse(document)
    return [s.text for s in doc.sentences if doc.kind_of(s) is Kind.BODY]


def evaluate_summaries(
    sources: list[str], golds: list[str], lengths: Iterable[int], progress: Callable[[int], None]
) -> dict:
    """ROUGE-1/2/L F1 (×100, averaged over documents) for every method and length."""
    from rouge_score import rouge_scorer

    if len(sources) != len(golds):
        raise ValueError(f"{len(sources)} documents but {len(golds)} reference summaries")
    lengths = list(lengths)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
    sums = {(m, n): {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0} for m in METHODS for n in lengths}
    for document, gold in zip(sources, golds, strict=True):
        sentences = body_sentences(document)
        for method in METHODS:
            for n in lengths:
                chosen = summarize(sentences, n, method)
                scores = scorer.score(gold, " ".join(sentences[i] for i in chosen))
                for key, score in scores.items():
                    sums[(method, n)][key] += score.fmeasure
        progress(1)
    count = len(sources) or 1
    rows = [
        {"method": m, "sentences": n, **{k: round(v * 100 / count, 2) for k, v in sums[(m, n)].items()}}
        for (m, n) in sums
    ]
    return {"documents": len(sources), "tokenizer": ROUGE_TOKENIZER, "rows": rows}


def summary_table(report: dict) -> str:
    lines = [f"{'method':10} {'sentences':>9} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}"]
    for r in sorted(report["rows"], key=lambda r: (r["sentences"], -r["rouge1"])):
        lines.append(
            f"{r['method']:10} {r['sentences']:>9} {r['rouge1']:>8.2f} {r['rouge2']:>8.2f} {r['rougeL']:>8.2f}"
        )
    lines.append(f"{report['documents']} documents; tokenizer: {report['tokenizer']}")
    return "\n".join(lines)
