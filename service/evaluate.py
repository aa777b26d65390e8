"""`bilingua eval`: what users judge by meaning, measured on their own model and data.

Annotated articles (English quotes kept, chrome leaks, summary alignment, sentences
translated once) and reference translations (chrF and BLEU with sacrebleu); reference
summaries are service.eval_summaries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from service.pipeline import Options, Pipeline, Result
from translators.marks import OPENING


class AnnotationError(ValueError):
    pass


ANNOTATION_FIELDS = ("english_quotes", "french_quotes", "chrome_lines", "body_lines")
#: What users judge by meaning, as rates over an annotated corpus (issue "Real pages").
TARGETS = {
    "english_quote_rate": ("≥", 0.97),
    "french_quotes_left_untranslated": ("≤", 0),
    "chrome_translated_rate": ("≤", 0.05),
    "body_dropped_rate": ("≤", 0.01),
}


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
        for field in ANNOTATION_FIELDS:
            for snippet in entry.get(field, []):
                if snippet not in text:
                    raise AnnotationError(f"{entry['file']}: {field} entry is not in the file: {snippet!r}")
    return entries


def _occurrences(text: str, snippet: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(snippet)
    while at >= 0 and snippet:
        spans.append((at, at + len(snippet)))
        at = text.find(snippet, at + 1)
    return spans


def _translated(result: Result, span: tuple[int, int], summary: set[int]) -> bool:
    """A chrome line leaks when a sentence inside it was translated or summarised."""
    lo, hi = span
    return any(
        seg.en is not None or seg.index in summary
        for seg in result.segments
        if seg.start < hi and seg.end > lo
    )


def _dropped(result: Result, span: tuple[int, int]) -> bool:
    """A body line is dropped when any sentence inside it was left untranslated."""
    lo, hi = span
    return any(seg.en is None for seg in result.segments if seg.start < hi and seg.end > lo)


def _cut_inside(result: Result, span: tuple[int, int]) -> bool:
    """A quotation is cut when a sentence starts strictly inside it."""
    lo, hi = span
    return any(lo < seg.start < hi - 1 for seg in result.segments)


def check_article(result: Result, entry: dict) -> dict:
    """The meaning-level checks for one translated article."""
    text = result.text
    translation = result.translation
    english = entry.get("english_quotes", [])
    kept = [q for q in english if q in translation]
    french = [q for q in entry.get("french_quotes", []) if len(q.split()) >= 2]
    chosen = set(result.summary.indices)
    leaked = [
        line
        for line in entry.get("chrome_lines", [])
        if any(_translated(result, span, chosen) for span in _occurrences(text, line))
    ]
    body = entry.get("body_lines", [])
    dropped = [line for line in body if any(_dropped(result, span) for span in _occurrences(text, line))]
    quotes = [q for q in (*english, *entry.get("french_quotes", [])) if q[:1] in OPENING]
    cut = [q for q in quotes if any(_cut_inside(result, span) for span in _occurrences(text, q))]
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
        "french_quotes_left_untranslated": [q for q in french if q in translation],
        "chrome_lines": len(entry.get("chrome_lines", [])),
        "chrome_lines_leaked": leaked,
        "body_lines": len(body),
        "body_lines_dropped": dropped,
        "quotes_cut": cut,
        "summary_aligned": aligned,
        "sentences_translated_once": once,
    }


def _rate(part: int, whole: int, empty: float) -> float:
    return round(part / whole, 4) if whole else empty


def evaluate_articles(pipeline: Pipeline, articles_dir: Path, entries: list[dict], options: Options) -> dict:
    rows = []
    for entry in entries:
        text = (articles_dir / entry["file"]).read_text(encoding="utf-8")
        rows.append(check_article(pipeline.run(text, options), entry))

    def count(key: str) -> int:
        return sum(r[key] if isinstance(r[key], int) else len(r[key]) for r in rows)

    total = {
        "articles": len(rows),
        "english_quotes": count("english_quotes"),
        "english_quotes_kept": count("english_quotes_kept"),
        "french_quotes": count("french_quotes"),
        "french_quotes_left_untranslated": count("french_quotes_left_untranslated"),
        "chrome_lines": count("chrome_lines"),
        "chrome_lines_leaked": count("chrome_lines_leaked"),
        "body_lines": count("body_lines"),
        "body_lines_dropped": count("body_lines_dropped"),
        "quotes_cut": count("quotes_cut"),
        "summaries_aligned": all(r["summary_aligned"] for r in rows),
        "sentences_translated_once": all(r["sentences_translated_once"] for r in rows),
    }
    total["english_quote_rate"] = _rate(total["english_quotes_kept"], total["english_quotes"], 1.0)
    total["chrome_translated_rate"] = _rate(total["chrome_lines_leaked"], total["chrome_lines"], 0.0)
    total["body_dropped_rate"] = _rate(total["body_lines_dropped"], total["body_lines"], 0.0)
    missed = [
        f"{key} {total[key]} (target {op} {bound})"
        for key, (op, bound) in TARGETS.items()
        if (total[key] < bound if op == "≥" else total[key] > bound)
    ]
    if not (total["summaries_aligned"] and total["sentences_translated_once"]):
        missed.append("summaries not aligned or a sentence not translated exactly once")
    return {"articles": rows, "total": total, "targets_missed": missed}


def article_table(report: dict) -> str:
    head = f"{'file':40} {'EN kept':>9} {'FR verb.':>9} {'chrome tr.':>10} {'body drop':>9} {'cut':>4}"
    lines = [head]

    def row(name: str, r: dict) -> str:
        def n(key: str) -> int:
            return r[key] if isinstance(r[key], int) else len(r[key])

        return (
            f"{name[:40]:40} {n('english_quotes_kept'):>4}/{n('english_quotes'):<4} "
            f"{n('french_quotes_left_untranslated'):>4}/{n('french_quotes'):<4} "
            f"{n('chrome_lines_leaked'):>5}/{n('chrome_lines'):<4} "
            f"{n('body_lines_dropped'):>4}/{n('body_lines'):<4} {n('quotes_cut'):>4}"
        )

    lines += [row(r["file"], r) for r in report["articles"]]
    t = report["total"]
    lines.append(row("total", t))
    lines.append(
        f"English quotes kept {t['english_quote_rate']:.1%}, chrome lines translated "
        f"{t['chrome_translated_rate']:.1%}, body lines dropped {t['body_dropped_rate']:.1%}; "
        f"summaries aligned {t['summaries_aligned']}, each sentence once {t['sentences_translated_once']}"
    )
    lines += [f"target missed: {m}" for m in report["targets_missed"]]
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
