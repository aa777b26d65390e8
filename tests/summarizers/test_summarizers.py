"""Summaries are sentence indices: sorted, bounded, the same for any language they are read in."""

import pytest

from summarizers import METHODS, summarize
from translators.chrome import classify
from translators.segment import segment


@pytest.fixture(scope="module")
def body(seed_text):
    return [s.text for p in classify(segment(seed_text)) if p.kind.value == "body" for s in p.sentences]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("count", [1, 3, 5])
def test_indices_sorted_unique_and_bounded(body, method, count):
    got = summarize(body, count, method)
    assert len(got) == count
    assert got == sorted(set(got))
    assert all(0 <= i < len(body) for i in got)


def test_lead_is_the_first_sentences(body):
    assert summarize(body, 3, "lead") == [0, 1, 2]


def test_methods_differ_from_lead_on_the_seed(body):
    chosen = {m: tuple(summarize(body, 3, m)) for m in METHODS}
    assert len(set(chosen.values())) > 1


@pytest.mark.parametrize("method", METHODS)
def test_short_and_degenerate_inputs(method):
    assert summarize([], 3, method) == []
    assert summarize(["Une seule phrase."], 3, method) == [0]
    assert summarize(["Un.", "Deux."], 0, method) == []
    dupes = ["La même phrase ici.", "La même phrase ici.", "Une autre phrase.", "Et encore une autre."]
    got = summarize(dupes, 2, method)
    assert len(got) == 2 and got == sorted(set(got))
    assert len(summarize(["le la", "les", "de du", "et"], 2, method)) == 2


def test_unknown_method():
    with pytest.raises(ValueError, match="unknown summarizer"):
        summarize(["a"], 1, "bart")


@pytest.mark.parametrize("method", METHODS)
def test_long_documents_stay_bounded(method):
    from summarizers.extractive import MAX_GRAPH_SENTENCES

    sentences = [f"Le conseil numéro {i} parle de sujet {i % 17} et de budget {i % 5}." for i in range(1500)]
    got = summarize(sentences, 3, method)
    assert len(got) == 3 and got == sorted(got)
    if method in ("lexrank", "textrank"):
        assert max(got) < MAX_GRAPH_SENTENCES


def test_lexrank_with_numpy_matrix_picks_what_sumys_lexrank_picks():
    """The default summarizer computes sumy's LexRank faster; the choices must not change."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from service.pipeline import analyse
    from summarizers import extractive
    from tests.conftest import SEEDS
    from translators.document import Kind

    fast = extractive._summarizer("lexrank")
    reference = LexRankSummarizer(extractive.stem)
    reference.stop_words = fast.stop_words
    tokenizer = extractive.WordTokenizer()

    def picks(summarizer, body):
        objects = [Sentence(text, tokenizer) for text in body]
        position = {id(s): i for i, s in enumerate(objects)}
        return sorted(position[id(s)] for s in summarizer(ObjectDocumentModel([Paragraph(objects)]), 3))

    compared = 0
    for path in sorted(SEEDS.rglob("*.txt")):
        doc = analyse(path.read_text(encoding="utf-8"))
        body = [s.text for s in doc.sentences if doc.kind_of(s) is Kind.BODY]
        if len(body) > 3:
            assert picks(fast, body) == picks(reference, body), path.name
            compared += 1
    assert compared >= 30


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("budget", [1, 25, 60, 10_000])
def test_a_word_budget_is_kept_with_at_least_one_sentence(body, method, budget):
    got = summarize(body, 0, method, words=budget)
    size = sum(len(body[i].split()) for i in got)
    assert got == sorted(set(got)) and got
    assert size <= budget or len(got) == 1
    if budget == 10_000 and method in ("pacsum", "lead"):
        assert len(got) == len(body)


def test_lead_by_words_is_the_first_sentences_that_fit():
    sentences = ["Un deux trois quatre.", "Cinq six sept.", "Huit neuf dix onze douze treize."]
    assert summarize(sentences, 0, "lead", words=7) == [0, 1]
    assert summarize(sentences, 0, "lead", words=3) == [0]


def test_pacsum_prefers_the_sentence_the_article_goes_on_about():
    sentences = [
        "Il faisait beau ce matin-là sur la côte.",
        "Le conseil municipal a voté la fermeture de la piscine municipale.",
        "La fermeture de la piscine inquiète les familles du quartier.",
        "Les nageurs du club devront trouver une autre piscine.",
        "La mairie promet de rouvrir la piscine après les travaux.",
    ]
    assert summarize(sentences, 1, "pacsum") == [1]
