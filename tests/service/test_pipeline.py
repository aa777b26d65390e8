"""What users judge by meaning holds by construction, whatever the model says."""

import re

import pytest

from service.pipeline import Options, Pipeline
from summarizers import METHODS
from translators.models import InstalledModel

CHROME_LINES = [
    "Lire aussi :",
    "Comment l’outil d’IA DOGE peut-il transformer la gestion des régulations fédérales aux États-Unis ?",
    "Les enquêtes sur Tesla et The Boring Company vont-elles nuire à Elon Musk et ses projets ?",
    "L’investissement de Tesla dans xAI peut-il vraiment relancer la croissance",
    "Nouvelle vague de départs chez xAI",
    "Caroline est une rédactrice passionnée",
    "Partager cet article",
    "LAISSER UN COMMENTAIRE",
    "S'il vous plaît entrez votre commentaire!",
    "S'il vous plaît entrez votre nom ici",
    "Publié le",
]
ENGLISH_QUOTES = ["« I will always love you. »", "« You are so cringe. »"]


class TaggingEngine:
    """Stands in for the model: wraps each input so the output shows what was sent, and how often."""

    model = InstalledModel("fake", "1", "fr", "en", path=None)  # type: ignore[arg-type]

    def __init__(self):
        self.seen: list[str] = []

    def translate(self, texts):
        self.seen.extend(texts)
        return [f"⟦{t}⟧" for t in texts]


@pytest.fixture
def tagging():
    engine = TaggingEngine()
    return engine, Pipeline(packages_dir=None, engine=engine)  # type: ignore[arg-type]


def test_each_body_sentence_sent_once_and_returned_once(tagging, seed_text):
    engine, pipe = tagging
    result = pipe.run(seed_text)
    body = [s for s in result.segments if s.kind.value == "body"]
    for seg in body:
        assert seg.en is not None
        assert result.translation.count(seg.en) == 1
    assert len(engine.seen) == len(set(engine.seen))
    assert len(engine.seen) == len(set(engine.seen))  # nothing sent twice
    sent = "".join(engine.seen)
    for q in ENGLISH_QUOTES:
        assert q not in sent  # by default, kept out of the model altogether
    assert re.search(r"⟦Musk précise que la vidéo a été générée", result.translation)


def test_chrome_never_reaches_the_model(tagging, seed_text):
    engine, pipe = tagging
    result = pipe.run(seed_text)
    sent = "\n".join(engine.seen)
    for line in CHROME_LINES:
        assert line not in sent, line
        assert line not in result.translation, line
        assert all(line not in s for s in result.summary.fr), line
    assert "AccueilActualités" not in sent


def test_include_chrome_translates_it(tagging, seed_text):
    engine, pipe = tagging
    result = pipe.run(seed_text, Options(include_chrome=True))
    assert "⟦Partager cet article⟧" in result.translation
    assert all(seg.en is not None for seg in result.segments)
    # the summary still chooses among body sentences only
    kinds = {seg.index: seg.kind.value for seg in result.segments}
    assert {kinds[i] for i in result.summary.indices} == {"body"}


def test_english_quotes_verbatim_french_quotes_translated(tagging, seed_text):
    _, pipe = tagging
    result = pipe.run(seed_text)
    for q in ENGLISH_QUOTES:
        assert result.translation.count(q) == 1
        assert sum(q in seg.en for seg in result.segments if seg.en) == 1
    assert (
        "⟦Beaucoup ont vu dans cette séquence l’un des posts les plus « déprimants » de Musk"
        in result.translation
    )
    assert "« une menteuse qui aime être méchante »" in result.translation  # inside its ⟦sentence⟧


@pytest.mark.parametrize("method", METHODS)
def test_summaries_aligned(tagging, seed_text, method):
    _, pipe = tagging
    result = pipe.run(seed_text, Options(summary_sentences=4, summarizer=method))
    s = result.summary
    assert len(s.indices) == len(s.fr) == len(s.en) == 4
    assert s.indices == sorted(s.indices)
    by_index = {seg.index: seg for seg in result.segments}
    for i, fr, en in zip(s.indices, s.fr, s.en, strict=True):
        assert by_index[i].kind.value == "body"
        assert by_index[i].fr == fr and by_index[i].en == en


def test_model_returning_nothing_keeps_one_output_per_sentence(seed_text):
    class SilentEngine(TaggingEngine):
        def translate(self, texts):
            return ["" for _ in texts]

    result = Pipeline(None, engine=SilentEngine()).run(seed_text)  # type: ignore[arg-type]
    assert all(seg.en for seg in result.segments if seg.kind.value == "body")


def test_whole_english_paragraph_is_not_translated(tagging):
    engine, pipe = tagging
    text = (
        "Le président a pris la parole mardi devant la presse.\n"
        "We will not give up, and we will win this fight together.\n"
        "Il a ensuite quitté la salle sans répondre aux questions."
    )
    result = pipe.run(text)
    assert "We will not give up, and we will win this fight together." in result.translation
    assert not any("We will not" in t for t in engine.seen)


def test_real_model_through_installed_package(pipeline, seed_text):
    """The whole stack: built package installed by install_from_path, CTranslate2, SentencePiece."""
    result = pipeline.run(seed_text, Options(summary_sentences=3))
    assert result.model.name == "translate-fr_en-random"
    for q in ENGLISH_QUOTES:
        assert result.translation.count(q) == 1
    body = [seg for seg in result.segments if seg.kind.value == "body"]
    assert all(seg.en for seg in body)
    assert result.translation.count("\n\n") == len({seg.paragraph for seg in result.segments if seg.en}) - 1
    assert len(result.summary.fr) == len(result.summary.en) == 3
    assert set(result.timings_ms) == {"segment", "translate", "summarize"}


def test_overlong_sentence_is_translated_whole_in_runs(tagging):
    from translators.segment import MAX_WORDS

    engine, pipe = tagging
    words = [f"mot{i}," if i % 40 == 39 else f"mot{i}" for i in range(3 * MAX_WORDS + 7)]
    text = "Il a dit " + " ".join(words) + " et rien de plus."
    result = pipe.run(text)
    assert len(result.segments) == 1  # still one sentence, one output
    assert all(len(t.split()) <= MAX_WORDS for t in engine.seen)  # no run past the model's reach
    assert len(engine.seen) >= 4
    unwrapped = result.segments[0].en.replace("⟦", "").replace("⟧", "")
    assert unwrapped == text  # every word went through, once, in order


class MarkChangingEngine(TaggingEngine):
    """Like real models: turns « » into straight quotes and may drop the inner spaces."""

    def translate(self, texts):
        self.seen.extend(texts)
        return [
            t.replace("« ", '"')
            .replace(" »", '"')
            .upper()
            .replace("I WILL ALWAYS LOVE YOU.", "I will always love you.")
            for t in texts
        ]


class ManglingEngine(TaggingEngine):
    """A model that rewrites everything, English included."""

    def translate(self, texts):
        self.seen.extend(texts)
        return [t.upper() for t in texts]


def test_whole_sentence_used_when_the_model_carries_the_quote(seed_text):
    engine = MarkChangingEngine()
    result = Pipeline(None, engine=engine, quotes_in_context=True).run(seed_text)  # type: ignore[arg-type]
    seg = next(s for s in result.segments if "I will always love you." in s.fr)
    # the whole sentence's translation, with the quotation put back exactly, marks included
    assert (
        seg.en
        == "DANS LA PREMIÈRE VIDÉO, PUBLIÉE À 4 H 20 DU MATIN, ON VOIT UNE FEMME ANIMÉE SOUS LA PLUIE DÉCLARER : « I will always love you. »"
    )


def test_pieces_used_when_the_model_alters_the_quote(seed_text):
    engine = ManglingEngine()
    result = Pipeline(None, engine=engine, quotes_in_context=True).run(seed_text)  # type: ignore[arg-type]
    for q in ENGLISH_QUOTES:
        seg = next(s for s in result.segments if q in s.fr)
        assert seg.en.endswith(q)  # the French before it translated (upper-cased), the quote as it was
        assert seg.en.startswith(seg.fr[:20].upper())
        assert result.translation.count(q) == 1
