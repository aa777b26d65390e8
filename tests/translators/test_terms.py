"""Spans kept as written and glossary terms: matching, cutting, and what the output holds."""

import pytest

from service.pipeline import analyse, translate_sentences
from translators.terms import Terms, compile_patterns, find_terms, parse_glossary


class Marker:
    """A stand-in model that marks what it was sent, so the test sees what reached it."""

    def translate(self, texts):
        return [f"<{t}>" for t in texts]


def translated(text, terms):
    doc = analyse(text)
    outputs, applied = translate_sentences(Marker(), list(doc.sentences), False, terms)
    return outputs, applied


def test_kept_spans_come_out_byte_for_byte_and_never_reach_the_model():
    outputs, applied = translated("Le code ###T01### a changé hier soir.", Terms(keep=("###T01###",)))
    assert "###T01###" in outputs[0] and "<###T01###>" not in outputs[0]
    assert [(t.kind, t.text) for t in applied[0]] == [("keep", "###T01###")]


@pytest.mark.parametrize(
    "text",
    [
        "Le président de l'Assemblée nationale a parlé.",
        "Le président de l’assemblée Nationale a parlé.",
        "ASSEMBLÉE NATIONALE : le président a parlé.",
    ],
)
def test_glossary_terms_match_any_case_and_after_an_elision(text):
    outputs, applied = translated(text, Terms(glossary=(("Assemblée nationale", "National Assembly"),)))
    assert "National Assembly" in outputs[0]
    assert [t.kind for t in applied[0]] == ["glossary"]
    assert "ssemblée" not in outputs[0].lower()  # the French term never reached the model


def test_glossary_terms_match_whole_words_only():
    assert find_terms("Les chatons dorment.", Terms(glossary=(("chat", "cat"),))) == []
    assert [t.en for t in find_terms("Le chat, les chats.", Terms(glossary=(("chat", "cat"),)))] == ["cat"]


def test_overlaps_keep_the_first_then_the_longest():
    terms = Terms(keep=("Grok",), glossary=(("Grok Imagine", "Grok Imagine"), ("Imagine", "Picture")))
    assert [(t.kind, t.text) for t in find_terms("Avec Grok Imagine, oui.", terms)] == [
        ("glossary", "Grok Imagine")
    ]


def test_a_term_inside_a_kept_english_quotation_stays_part_of_it():
    text = "Il a dit « I love the Grok Imagine tool. » hier."
    outputs, applied = translated(text, Terms(glossary=(("Grok Imagine", "GROK"),)))
    assert "« I love the Grok Imagine tool. »" in outputs[0] and applied[0] == []


def test_operator_patterns_keep_what_they_match():
    patterns = compile_patterns(["# ticket numbers", r"\bJIRA-\d+\b"])
    outputs, applied = translated("Le ticket JIRA-4521 est fermé.", Terms(patterns=patterns))
    assert "JIRA-4521" in outputs[0] and "<JIRA-4521>" not in outputs[0]
    with pytest.raises(ValueError, match="line 1"):
        compile_patterns(["(unclosed"])


def test_glossary_files_in_the_formats_users_write():
    lines = [
        "# a comment",
        "Assemblée nationale\tNational Assembly",
        "Sénat,Senate",
        "garde à vue = police custody",
        "",
    ]
    assert parse_glossary(lines) == [
        ("Assemblée nationale", "National Assembly"),
        ("Sénat", "Senate"),
        ("garde à vue", "police custody"),
    ]
    with pytest.raises(ValueError, match="line 1"):
        parse_glossary(["only one column"])


def test_hundreds_of_long_terms_cost_linear_time_on_a_long_sentence():
    """199 strings sharing long prefixes, on one long sentence that almost matches them all:
    four times the text costs at most 2.5² times the CPU time (best of two runs, plus slack)."""
    import time

    terms = Terms(
        keep=tuple("a" * k + "b" for k in range(1, 200)),
        glossary=tuple(("a" * k + "c", "x") for k in range(1, 200)),
    )

    def best(size):
        text = "a" * size
        times = []
        for _ in range(2):
            started = time.thread_time()
            assert find_terms(text, terms) == []
            times.append(time.thread_time() - started)
        return min(times)

    best(100)  # patterns compiled before timing
    assert best(80_000) <= 2.5**2 * best(20_000) + 0.05
