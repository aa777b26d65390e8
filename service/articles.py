"""One article through the pipeline for bulk work: checked, translated, shaped as the API's JSON.

The CLI's bulk mode and the job workers both call `process`, so an article gives the
same result, or the same error, whichever way it was submitted.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.pipeline import Options, Pipeline
from service.schemas import translate_response
from translators.html import html_to_text
from translators.language import looks_french


class ArticleError(ValueError):
    """The article itself is unusable (retrying will not help); the message says why."""


def check(text: str) -> None:
    if not text.strip():
        raise ArticleError("empty article")
    if not looks_french(text):
        raise ArticleError("not French")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


@dataclass(frozen=True)
class Outcome:
    result: dict
    words: int


def process(pipeline: Pipeline, text: str, options: Options) -> Outcome:
    """`text` is a page's HTML when options.format is "html": its words are checked, and the
    pipeline extracts the article."""
    check(html_to_text(text) if options.format == "html" else text)
    result = translate_response.dump(pipeline.run(text, options))
    return Outcome(result, len(text.split()))
