"""Quotations: found with their marks, their language decided, English ones kept out of the model."""

import pytest

from service.pipeline import analyse
from translators.document import Sentence
from translators.language import language_of
from translators.quotes import annotate, find_quotes, pieces


def sentence(text: str, start: int = 0) -> Sentence:
    return annotate(Sentence(0, 0, start, start + len(text), text))


def kept_pieces(text: str) -> list[str]:
    """Pieces copied as they are, leaving out bare punctuation between them."""
    return [p.text for p in pieces(sentence(text)) if not p.translate and any(c.isalpha() for c in p.text)]


def translated_pieces(text: str) -> list[str]:
    return [p.text.strip() for p in pieces(sentence(text)) if p.translate]


CASES = [
    # (sentence, kept verbatim, sent to the model)
    (
        "on voit une femme déclarer : « I will always love you. »",
        ["« I will always love you. »"],
        ["on voit une femme déclarer :"],
    ),
    ("« You are so cringe. » a-t-il écrit.", ["« You are so cringe. »"], ["a-t-il écrit."]),
    ("Il a lancé «I love you» avant de partir.", ["«I love you»"], ["Il a lancé", "avant de partir."]),
    (
        "Il a écrit “We are going to Mars” puis « Make America Great Again » hier.",
        ["“We are going to Mars”", "« Make America Great Again »"],
        ["Il a écrit", "puis", "hier."],
    ),
    (
        'Le slogan "Just do it, whatever it takes" revient.',
        ['"Just do it, whatever it takes"'],
        ["Le slogan", "revient."],
    ),
    ("Le mot ‹ thank you very much › suffit.", ["‹ thank you very much ›"], ["Le mot", "suffit."]),
    # French quotations are translated with their sentence
    ("les posts les plus « déprimants » de Musk.", [], ["les posts les plus « déprimants » de Musk."]),
    (
        "d’être « une menteuse qui aime être méchante ».",
        [],
        ["d’être « une menteuse qui aime être méchante »."],
    ),
    # nested: an English quote inside a French one is kept, the French around it translated
    (
        "Il dit « elle a chanté “I will always love you” sous la pluie ».",
        ["“I will always love you”"],
        ["Il dit « elle a chanté", "sous la pluie »."],
    ),
    # nested: a French quote inside an English one stays with the English
    (
        "Il écrit « She said “non merci” and left the room ».",
        ["« She said “non merci” and left the room »"],
        ["Il écrit"],
    ),
    # a sentence that is only an English quotation is not sent at all
    ("« I will always love you. »", ["« I will always love you. »"], []),
]


@pytest.mark.parametrize(("text", "kept", "translated"), CASES, ids=[c[0][:40] for c in CASES])
def test_english_quotes_are_kept_and_french_translated(text, kept, translated):
    assert kept_pieces(text) == kept
    assert translated_pieces(text) == translated


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_pieces_give_the_sentence_back(text):
    assert "".join(p.text for p in pieces(sentence(text))) == text


def test_quote_offsets_and_text_point_into_the_input():
    text = "Elle déclare : « I will always love you. » puis part."
    quotes = find_quotes(text, offset=100)
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.text, q.language, q.kept) == ("I will always love you.", "en", True)
    assert text[q.start - 100 : q.end - 100] == "« I will always love you. »"


def test_whole_english_sentence_is_kept():
    s = sentence("This is a sentence written entirely in English by the author.")
    assert s.language == "en"
    assert [p.translate for p in pieces(s)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Les enquêtes sur Tesla et The Boring Company vont-elles nuire à Elon Musk ?",
        "The Boring Company va bien selon le patron.",
        "Elon Musk tweete sur X tous les jours.",
        "les posts les plus « déprimants » de Musk.",
    ],
)
def test_french_sentence_with_english_words_is_french(text):
    assert sentence(text).language == "fr"


@pytest.mark.parametrize(
    ("span", "language"),
    [
        ("I will always love you.", "en"),
        ("You are so cringe.", "en"),
        ("Make America Great Again", "en"),
        ("fake news", "en"),
        ("Thank you", "en"),
        ("déprimants", "fr"),
        ("post le plus divorcé de toute l’histoire du site", "fr"),
        ("une menteuse qui aime être méchante", "fr"),
        ("Je t’aimerai toujours", "fr"),
        ("C’est fini. Je pars.", "fr"),
        ("Au revoir", "fr"),
        ("merci", "fr"),
        ("Oui", "fr"),
        ("ne poste rien qui montre qu’il aime ce que les autres aiment", "fr"),
        # one to four words: per-word frequencies in English and French
        ("cringe", "en"),
        ("swifty", "en"),
        ("masters", "en"),
        ("MAGA", "en"),
        ("Cruel Summer", "en"),
        ("Thiiiiiiiiis close to", "en"),
        ("politiques", "fr"),
        ("Enfin", "fr"),
        ("trains", "fr"),  # the same word in both languages: translated
        # a word rare in French that English uses more is English, a rare French word French
        ("ghoul", "en"),
        ("jokers", "en"),
        ("gribouillis", "fr"),
        ("mirliton", "fr"),
        ("fausses informations", "fr"),
        # a single word no language knows is a coinage or a name: kept as written
        ("qwzrtlyx", "en"),
        # French grammatical words and no English ones: French, names and hashtags whatever
        ("Le swing incroyable de Donald Trump #CrookedHillary", "fr"),
        # a name is as frequent in both languages: the words around it decide
        ("Maduro grey", "en"),
        ("Maduro démission", "fr"),
        ("Macron président", "fr"),
    ],
)
def test_language_of_short_spans(span, language):
    assert language_of(span) == language


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Il parle d’« abusive » procédure.", False),  # the sentence elides into it: French
        ("Il a dénoncé une « abusive » décision.", True),
        ("Un tweet « Dont worry bro » a suivi.", True),
    ],
)
def test_one_word_quote_after_french_elision_is_french(text, kept):
    assert sentence(text).quotes[0].kept is kept


@pytest.mark.parametrize(
    ("source", "english", "expected"),
    [
        (
            "Elle dit « I love you » hier.",
            'She says "I love you" yesterday.',
            "She says « I love you » yesterday.",
        ),
        (
            "Elle dit « I love you » hier.",
            "She says «I love you» yesterday.",
            "She says « I love you » yesterday.",
        ),
        (
            "Elle dit « I love you » hier.",
            "She says I love you yesterday.",
            "She says « I love you » yesterday.",
        ),
        (
            "Il a écrit “We are going to Mars” puis « Make America Great Again » hier.",
            'He wrote "We are going to Mars" then "Make America Great Again" yesterday.',
            "He wrote “We are going to Mars” then « Make America Great Again » yesterday.",
        ),
        ("Elle dit « I love you » hier.", 'She says "I loved you" yesterday.', None),
        (
            "Il a écrit “We are going to Mars” puis « Make America Great Again » hier.",
            'He wrote "We are going to Mars" then "MAGA" yesterday.',
            None,
        ),
    ],
)
def test_restore_kept_quotes_in_a_whole_sentence_translation(source, english, expected):
    from translators.quotes import restore_kept

    assert restore_kept(english, sentence(source)) == expected


def test_single_curly_quotes_pair_and_apostrophes_do_not():
    from translators.quotes import find_quotes

    [quote] = find_quotes("La langue est trop pauvre (trop ‘cheap’), elle ne fait pas le poids.")
    assert (quote.text, quote.kept) == ("cheap", True)
    [inner] = find_quotes("Il l’a dit : ‘c’est fini’ et l’homme part.")
    assert inner.text == "c’est fini" and not inner.kept
    assert find_quotes("Le chat d’Henri dort, l’homme aussi.") == ()


@pytest.mark.parametrize(
    "slogan", ["FRANCE IS IN THE AIR", "Live in air you love", "Made for the way you live"]
)
def test_an_english_slogan_of_five_words_or_more_is_kept(slogan):
    doc = analyse(f"La campagne s’affiche partout : « {slogan} », dit l’affiche du ministère.")
    assert [(q.text, q.kept) for s in doc.sentences for q in s.quotes] == [(slogan, True)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("« We will fight, a-t-il lancé, and we will win. »", ["« We will fight", "and we will win. »"]),
        (
            "« This is the end, explique Jean Dupont, of a long story. »",
            ["« This is the end", "of a long story. »"],
        ),
        ("“We are ready, selon elle, to start again.”", ["“We are ready", "to start again.”"]),
    ],
)
def test_an_english_quotation_with_the_writers_words_inside_is_kept_around_them(text, parts):
    kept = [text[q.start : q.end] for q in find_quotes(text) if q.kept]
    assert kept == parts


def test_a_french_quotation_with_the_writers_words_inside_is_translated_whole():
    text = "« Nous allons gagner, a-t-il affirmé, et nous gagnerons. »"
    assert [q.kept for q in find_quotes(text)] == [False]


def test_an_english_quotation_with_commas_and_no_french_words_inside_is_kept_whole():
    text = "« It was, a date I will never forget, the best day of my life. »"
    assert [text[q.start : q.end] for q in find_quotes(text) if q.kept] == [text]


@pytest.mark.parametrize(
    "text, english",
    [
        (
            "Voici l'exemple en anglais : The board adopted an immunization strategy that aims to increase "
            "needles in arms.",
            "The board adopted an immunization strategy that aims to increase needles in arms.",
        ),
        (
            "Il s'agit des titres suivants : European Journal of the History of Economic Thought, Management "
            "Science, Journal of Public Economics, Social Choice and Welfare.",
            "European Journal of the History of Economic Thought, Management Science, Journal of Public "
            "Economics, Social Choice and Welfare.",
        ),
    ],
)
def test_a_long_english_tail_after_a_colon_is_kept(text, english):
    assert english in kept_pieces(text)
    assert not any("The board" in t or "Journal" in t for t in translated_pieces(text))


@pytest.mark.parametrize("title", ["Put A Date On It", "Who's Afraid Of Little Old Me ?"])
def test_an_english_title_in_title_case_is_kept(title):
    assert any(
        title in p for p in kept_pieces(f"Avec “{title}”, le rappeur offre un excellent single à ses fans.")
    )


def test_a_french_title_in_title_case_is_translated():
    assert not any("Retour" in p for p in kept_pieces("Il a lu « Le Retour Du Roi De France » cet été."))


@pytest.mark.parametrize(
    "text, inside",
    [
        ("La chaîne dénonce la « frilosité des grandes chaînes« .", "frilosité des grandes chaînes"),
        ("Il parle d'un « mensonge« , d'une « information erronée« , etc.", "information erronée"),
    ],
)
def test_an_opening_guillemet_typed_where_the_closing_one_goes_closes_the_quotation(text, inside):
    assert inside in [q.text for q in sentence(text).quotes]
