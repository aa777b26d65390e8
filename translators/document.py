"""The document model every stage reads, with offsets into the untouched input.

No stage changes an object it was given: each builds new ones (`dataclasses.replace`).
Sentences and paragraphs are plain slotted dataclasses rather than frozen ones: a frozen
dataclass sets each field through object.__setattr__, and a page of 50 000 one-letter
lines builds three such objects a line; that was a third of its analysis time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a paragraph is on the page; only `TRANSLATED` kinds reach the model by default."""

    TITLE = "title"
    BODY = "body"
    HEADING = "heading"
    BYLINE = "byline"
    RELATED = "related"
    BOILERPLATE = "boilerplate"

    @property
    def is_chrome(self) -> bool:
        return self not in TRANSLATED


TRANSLATED = frozenset({Kind.TITLE, Kind.BODY, Kind.HEADING})


@dataclass(frozen=True)
class Quote:
    """A quotation inside a sentence. `start`/`end` cover the marks; `text` is the words inside."""

    start: int
    end: int
    text: str
    language: str
    kept: bool


@dataclass(slots=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    quotes: tuple[Quote, ...] = ()
    #: "en" when the whole sentence is English and is kept as it is.
    language: str = "fr"


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]
    kind: Kind = Kind.BODY


@dataclass(frozen=True)
class Document:
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...] = field(init=False)

    def __post_init__(self) -> None:
        flat = tuple(s for p in self.paragraphs for s in p.sentences)
        object.__setattr__(self, "sentences", flat)

    def kind_of(self, sentence: Sentence) -> Kind:
        return self.paragraphs[sentence.paragraph].kind
