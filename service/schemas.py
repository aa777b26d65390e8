"""marshmallow schemas: what the API accepts, and the one shape every front end returns."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, ValidationError, fields, post_dump, post_load, validate, validates

from summarizers import DEFAULT_METHOD, METHODS
from translators.document import Kind
from translators.terms import MAX_TERM_CHARS, MAX_TERMS

MAX_SUMMARY_SENTENCES = 20
MAX_SUMMARY_WORDS = 2000


def flat_messages(messages: object) -> str:
    """Validation messages as one line, whatever their nesting (a list item's, a dict key's)."""
    if isinstance(messages, dict):
        return "; ".join(f"{k}: {flat_messages(v)}" for k, v in messages.items())
    if isinstance(messages, list):
        return " ".join(flat_messages(m) for m in messages)
    return str(messages)


def _keep_field(description: str) -> fields.List:
    return fields.List(
        fields.String(validate=validate.Length(1, MAX_TERM_CHARS)),
        load_default=list,
        validate=validate.Length(max=MAX_TERMS),
        metadata={"description": description},
    )


def _glossary_field(description: str) -> fields.Dict:
    return fields.Dict(
        keys=fields.String(validate=validate.Length(1, MAX_TERM_CHARS)),
        values=fields.String(validate=validate.Length(0, MAX_TERM_CHARS)),
        load_default=dict,
        validate=validate.Length(max=MAX_TERMS),
        metadata={"description": description},
    )


class OptionsSchema(Schema):
    @post_load
    def _as_options(self, data: dict, **_: object) -> dict:
        """keep and glossary as the pipeline's Options hold them: tuples, pairs in order."""
        if "keep" in data:
            data["keep"] = tuple(data["keep"])
        if "glossary" in data:
            data["glossary"] = tuple(data["glossary"].items())
        return data

    summary_sentences = fields.Integer(
        strict=True,
        load_default=3,
        validate=validate.Range(0, MAX_SUMMARY_SENTENCES),
        metadata={"description": "Sentences in each summary (0 for none)."},
    )
    summary_words = fields.Integer(
        strict=True,
        load_default=None,
        allow_none=True,
        validate=validate.Range(1, MAX_SUMMARY_WORDS),
        metadata={
            "description": "A length in words instead of a sentence count: the method's best sentences "
            "while they fit (at least one). Overrides summary_sentences."
        },
    )
    summarizer = fields.String(
        load_default=DEFAULT_METHOD,
        validate=validate.OneOf(METHODS),
        metadata={"description": "Extractive method choosing the summary sentences."},
    )
    include_chrome = fields.Boolean(
        load_default=False,
        metadata={"description": "Also translate page chrome (bylines, related links, boilerplate)."},
    )
    keep = _keep_field("Exact strings kept as they are in the English (placeholders, names, code).")
    glossary = _glossary_field(
        "French term → English term: each occurrence (case-insensitive, whole words, after an elided "
        "article too) comes out as the given English."
    )
    format = fields.String(
        load_default="text",
        validate=validate.OneOf(["text", "html"]),
        metadata={
            "description": "html: `text` is a web page; its article is extracted (trafilatura) before the "
            "chrome rules run, and the response gives the extracted text and the page's metadata."
        },
    )


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Text is empty.")


class TranslateRequestSchema(OptionsSchema):
    text = fields.String(
        required=True,
        validate=_not_blank,
        metadata={"description": "The French article, as plain text (or a page's HTML with format html)."},
    )


class ArticleSchema(Schema):
    id = fields.String(required=True, validate=validate.Length(1, 200))
    text = fields.String(required=True, validate=_not_blank)


class JobRequestSchema(OptionsSchema):
    articles = fields.List(
        fields.Nested(ArticleSchema),
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "Articles to translate, each with an id unique in the job."},
    )

    @validates("articles")
    def _unique_ids(self, value: list[dict], **_: object) -> None:
        ids = [a.get("id") for a in value if isinstance(a, dict) and a.get("id")]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValidationError(f"Duplicate article ids: {', '.join(duplicates)}.")


class JobStatusSchema(Schema):
    id = fields.String()
    status = fields.String(metadata={"description": "queued, running, done or cancelled"})
    total = fields.Integer()
    done = fields.Integer()
    failed = fields.Integer()
    pending = fields.Integer()
    progress = fields.Float(metadata={"description": "0–1"})
    created = fields.Float(metadata={"description": "Unix time"})
    links = fields.Dict(keys=fields.String(), values=fields.String())


class QuoteSchema(Schema):
    start = fields.Integer(metadata={"description": "Offset of the opening mark in the input."})
    end = fields.Integer(metadata={"description": "Offset just past the closing mark."})
    text = fields.String(metadata={"description": "The quoted words, without the marks."})
    language = fields.String(metadata={"description": "fr or en."})
    kept = fields.Boolean(metadata={"description": "Copied verbatim into the English output."})


class TermSchema(Schema):
    start = fields.Integer(
        metadata={"description": "Offset of the term in the input (the extracted text for html)."}
    )
    end = fields.Integer()
    kind = fields.String(metadata={"description": "keep (copied as written) or glossary (replaced)."})
    text = fields.String(metadata={"description": "The source text matched."})
    en = fields.String(metadata={"description": "What the English has in its place."})


class SegmentSchema(Schema):
    index = fields.Integer()
    paragraph = fields.Integer()
    kind = fields.Enum(Kind, by_value=True)
    start = fields.Integer(metadata={"description": "Offset of the sentence in the input text."})
    end = fields.Integer()
    fr = fields.String()
    en = fields.String(allow_none=True, metadata={"description": "null when not translated (chrome)."})
    language = fields.String(metadata={"description": "en when the whole sentence is English and kept."})
    quotes = fields.List(fields.Nested(QuoteSchema))
    terms = fields.List(
        fields.Nested(TermSchema), metadata={"description": "Spans kept or replaced by the glossary."}
    )


class SummarySchema(Schema):
    method = fields.String()
    indices = fields.List(fields.Integer(), metadata={"description": "Segment indices, in document order."})
    fr = fields.List(fields.String())
    en = fields.List(fields.String())


class PageMetadataSchema(Schema):
    title = fields.String(allow_none=True)
    author = fields.String(allow_none=True)
    date = fields.String(
        allow_none=True, metadata={"description": "As the page gives it (often YYYY-MM-DD)."}
    )
    sitename = fields.String(allow_none=True)
    url = fields.String(allow_none=True)


class ModelSchema(Schema):
    name = fields.String()
    version = fields.String()


class TranslateResponseSchema(Schema):
    source_language = fields.String()
    target_language = fields.String()
    model = fields.Nested(ModelSchema)
    segments = fields.List(fields.Nested(SegmentSchema))
    translation = fields.String(
        metadata={"description": "English text, paragraphs separated by blank lines."}
    )
    summary = fields.Nested(SummarySchema)
    timings_ms = fields.Dict(keys=fields.String(), values=fields.Float())
    text = fields.String(
        metadata={
            "description": "With format html only: the extracted article, which segment offsets point into."
        }
    )
    metadata = fields.Nested(
        PageMetadataSchema,
        metadata={"description": "With format html only: what the page says about the article."},
    )

    left_out = fields.List(
        fields.String(),
        metadata={
            "description": "With format html only: the page's lines the extractor left out (navigation, "
            "asides, footers): chrome, not translated."
        },
    )

    @post_dump(pass_original=True)
    def _html_only(self, data: dict, original: object, **_: object) -> dict:
        if getattr(original, "format", "text") != "html":
            for name in ("text", "metadata", "left_out"):
                data.pop(name, None)
        return data


class ErrorBodySchema(Schema):
    code = fields.String()
    message = fields.String()
    details = fields.Raw(allow_none=True)


class ErrorSchema(Schema):
    error = fields.Nested(ErrorBodySchema)


translate_request = TranslateRequestSchema()
job_request = JobRequestSchema()
translate_response = TranslateResponseSchema()


# --- LibreTranslate-compatible endpoints ---------------------------------------------


class TextOrTexts(fields.Field):
    """LibreTranslate's `q`: one string, or a list of strings translated one by one."""

    def _deserialize(self, value, attr, data, **kwargs):  # noqa: ANN001, ANN202
        if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return value
        raise ValidationError("Must be a string or a list of strings.")


class LibreTranslateRequestSchema(Schema):
    class Meta:
        unknown = EXCLUDE  # LibreTranslate clients send fields of their own

    q = TextOrTexts(required=True, metadata={"description": "Text, or list of texts, to translate."})
    source = fields.String(load_default="auto", validate=validate.OneOf(["fr", "auto"]))
    target = fields.String(load_default="en", validate=validate.OneOf(["en"]))
    format = fields.String(load_default="text", validate=validate.OneOf(["text", "html"]))
    api_key = fields.String(load_default=None, allow_none=True)
    alternatives = fields.Integer(load_default=0, validate=validate.Range(0, 10))
    keep = _keep_field("bilingua's extension: exact strings kept as they are.")
    glossary = _glossary_field("bilingua's extension: French term → English term.")


class DetectedLanguageSchema(Schema):
    language = fields.String()
    confidence = fields.Float(metadata={"description": "0–100"})


class LibreTranslateResponseSchema(Schema):
    translatedText = TextOrTexts()  # noqa: N815 - LibreTranslate's name
    detectedLanguage = fields.Raw(  # noqa: N815
        metadata={"description": "With source=auto: a DetectedLanguage, or a list of them for a list q."}
    )
    alternatives = fields.Raw(
        metadata={
            "description": "With alternatives > 0: a list of other translations, or one such list per text "
            "for a list q (always empty: one model gives one translation).",
            "anyOf": [
                {"type": "array", "items": {"type": "string"}},
                {"type": "array", "items": {"type": "array", "items": {"type": "string"}}},
            ],
        }
    )


class DetectRequestSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    q = fields.String(required=True)
    api_key = fields.String(load_default=None, allow_none=True)


class LanguageSchema(Schema):
    code = fields.String()
    name = fields.String()
    targets = fields.List(fields.String())


class LibreErrorSchema(Schema):
    error = fields.String(metadata={"description": "LibreTranslate's error shape: a message."})


class LoadSchema(Schema):
    in_flight = fields.Integer(metadata={"description": "translations running now"})
    queued = fields.Integer(metadata={"description": "translations waiting for a place"})
    max_inflight = fields.Integer()
    queue_depth = fields.Integer()
    saturated = fields.Boolean(metadata={"description": "every place taken: new translations get 503"})


class HealthSchema(Schema):
    status = fields.String(metadata={"description": "ok, or saturated when translations are refused"})
    model_loaded = fields.Boolean()
    model = fields.Nested(ModelSchema, allow_none=True)
    load = fields.Nested(LoadSchema)


class InstalledModelSchema(Schema):
    name = fields.String()
    version = fields.String()
    source_language = fields.String()
    target_language = fields.String()
    path = fields.String()
    active = fields.Boolean()


class ModelListSchema(Schema):
    models = fields.List(fields.Nested(InstalledModelSchema))
