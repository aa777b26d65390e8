"""The document model every stage reads: immutable, with offsets into the untouched input."""

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


#: `quick` constructors fill a frozen dataclass's fields with one dict update instead of its
#: __init__, which sets each field through object.__setattr__: a page of 50 000 short lines
#: builds three objects a line, and this is half the time.
_new = object.__new__


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    quotes: tuple[Quote, ...] = ()
    #: "en" when the whole sentence is English and is kept as it is.
    language: str = "fr"

    @classmethod
    def quick(cls, index: int, paragraph: int, start: int, end: int, text: str) -> Sentence:
        obj = _new(cls)
        obj.__dict__.update(
            index=index, paragraph=paragraph, start=start, end=end, text=text, quotes=(), language="fr"
        )
        return obj


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]
    kind: Kind = Kind.BODY

    @classmethod
    def quick(
        cls, index: int, start: int, end: int, text: str, sentences: tuple[Sentence, ...], kind: Kind
    ) -> Paragraph:
        obj = _new(cls)
        obj.__dict__.update(index=index, start=start, end=end, text=text, sentences=sentences, kind=kind)
        return obj


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
