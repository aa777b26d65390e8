"""Two ways in for a saved page, measured on the same annotations: the page's text with the
chrome rules alone, and its HTML through the extractor (trafilatura) and then the rules.

A manifest lists each page's HTML (.html or .html.gz) and the rendered text it was annotated
on (`chrome_lines`, `body_lines` of that text's annotation file). Lines are found with their
white space collapsed, since the extractor and the browser lay out spaces differently: a
chrome line leaks when a sentence inside it is translated; a body line is dropped when it is
missing from what the path kept or a sentence inside it is left untranslated.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from service.pipeline import Options, Pipeline, Result

_SPACE = re.compile(r"\s+")


def _collapsed(text: str) -> tuple[str, list[int]]:
    """`text` with each run of white space made one space, and each character's offset in `text`."""
    out, where = [], []
    for match in re.finditer(r"\s+|\S+", text):
        if match.group().isspace():
            out.append(" ")
            where.append(match.start())
        else:
            out.append(match.group())
            where.extend(range(match.start(), match.end()))
    return "".join(out), where


def _spans(result: Result, line: str) -> list[tuple[int, int]]:
    text, where = _collapsed(result.text)
    needle = _SPACE.sub(" ", line).strip()
    spans, at = [], text.find(needle)
    while at >= 0 and needle:
        spans.append((where[at], where[at + len(needle) - 1] + 1))
        at = text.find(needle, at + 1)
    return spans


def _overlapping(result: Result, span: tuple[int, int]) -> list:
    return [s for s in result.segments if s.start < span[1] and s.end > span[0]]


def check(result: Result, entry: dict) -> dict:
    leaked = [
        line
        for line in entry.get("chrome_lines", [])
        if any(s.en is not None for span in _spans(result, line) for s in _overlapping(result, span))
    ]
    dropped = []
    for line in entry.get("body_lines", []):
        spans = _spans(result, line)
        if not spans or any(s.en is None for span in spans for s in _overlapping(result, span)):
            dropped.append(line)
    return {"chrome_leaked": leaked, "body_dropped": dropped}


def _read_page(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


def evaluate_pages(pipeline: Pipeline, manifest: Path, corpus: Path) -> dict:
    """Both paths on every page of the manifest; `corpus` holds the annotated texts."""
    pages = json.loads(manifest.read_text(encoding="utf-8"))
    annotations: dict[str, dict] = {}
    rows = []
    for page in pages:
        text_path = corpus / page["text"]
        part = text_path.parent
        if part not in annotations:
            annotations[part] = {
                e["file"]: e for e in json.loads((part / "annotations.json").read_text("utf-8"))
            }
        entry = annotations[part][text_path.name]
        rules = check(pipeline.run(text_path.read_text(encoding="utf-8"), Options()), entry)
        extracted = pipeline.run(_read_page(manifest.parent / page["html"]), Options(format="html"))
        both = check(extracted, entry)
        rows.append(
            {
                "html": page["html"],
                "source": page.get("source", ""),
                "chrome_lines": len(entry.get("chrome_lines", [])),
                "body_lines": len(entry.get("body_lines", [])),
                "rules_alone": rules,
                "extractor_and_rules": both,
                "metadata": extracted.metadata,
            }
        )
    totals = {}
    for path in ("rules_alone", "extractor_and_rules"):
        totals[path] = {
            "chrome_leaked": sum(len(r[path]["chrome_leaked"]) for r in rows),
            "body_dropped": sum(len(r[path]["body_dropped"]) for r in rows),
        }
    totals["chrome_lines"] = sum(r["chrome_lines"] for r in rows)
    totals["body_lines"] = sum(r["body_lines"] for r in rows)
    return {"pages": rows, "total": totals}


def pages_table(report: dict) -> str:
    head = f"{'page':36} {'rules: chrome':>13} {'body drop':>9}   {'extractor+rules: chrome':>23} {'body drop':>9}"
    lines = [head]
    for r in report["pages"]:
        a, b = r["rules_alone"], r["extractor_and_rules"]
        lines.append(
            f"{r['html'][:-8] if r['html'].endswith('.html.gz') else r['html']:36} "
            f"{len(a['chrome_leaked']):>7}/{r['chrome_lines']:<5} {len(a['body_dropped']):>4}/{r['body_lines']:<4}   "
            f"{len(b['chrome_leaked']):>17}/{r['chrome_lines']:<5} {len(b['body_dropped']):>4}/{r['body_lines']:<4}"
        )
    t = report["total"]
    a, b = t["rules_alone"], t["extractor_and_rules"]
    lines.append(
        f"{'total':36} {a['chrome_leaked']:>7}/{t['chrome_lines']:<5} {a['body_dropped']:>4}/{t['body_lines']:<4}   "
        f"{b['chrome_leaked']:>17}/{t['chrome_lines']:<5} {b['body_dropped']:>4}/{t['body_lines']:<4}"
    )
    return "\n".join(lines)
