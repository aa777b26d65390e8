"""Sentence splitting on the cases that broke the measured splitters, and on the seed."""

import pytest

from translators.segment import paragraph_spans, segment


def sentences(text: str) -> list[str]:
    return [s.text for p in segment(text) for s in p.sentences]


CASES = [
    # a sentence ending inside guillemets, then a new one
    (
        "Elle déclare : « I will always love you. » Musk précise que la vidéo a été générée.",
        ["Elle déclare : « I will always love you. »", "Musk précise que la vidéo a été générée."],
    ),
    # several sentences inside one quotation stay one sentence
    (
        "Il a dit : « C'est fini. Je pars. » Puis il est sorti.",
        ["Il a dit : « C'est fini. Je pars. »", "Puis il est sorti."],
    ),
    (
        "« Pourquoi ? » demande-t-il. Personne ne répond.",
        ["« Pourquoi ? » demande-t-il.", "Personne ne répond."],
    ),
    ("Il hésite... Puis il signe.", ["Il hésite...", "Puis il signe."]),
    ("Il hésite… Puis il signe.", ["Il hésite…", "Puis il signe."]),
    ("Il hésite… et il signe.", ["Il hésite… et il signe."]),
    (
        "M. Dupont et Mme Durand sont arrivés. Ils repartent.",
        ["M. Dupont et Mme Durand sont arrivés.", "Ils repartent."],
    ),
    ("Le Dr. Martin consulte. Le Pr. Leroy aussi.", ["Le Dr. Martin consulte.", "Le Pr. Leroy aussi."]),
    ("Publiée à 4 h 20 du matin. Elle a été vue.", ["Publiée à 4 h 20 du matin.", "Elle a été vue."]),
    (
        "Un plan de 1 000 milliards de dollars. Musk gagne.",
        ["Un plan de 1 000 milliards de dollars.", "Musk gagne."],
    ),
    (
        "L’homme n’a pas tardé. C’est l’autrice qui répond.",
        ["L’homme n’a pas tardé.", "C’est l’autrice qui répond."],
    ),
    ("Joyce C. Oates a répondu. Elle insiste.", ["Joyce C. Oates a répondu.", "Elle insiste."]),
    ("Voir p. 12 du rapport. Le reste suit.", ["Voir p. 12 du rapport.", "Le reste suit."]),
    ("Le taux est de 3.5 % cette année. Il baisse.", ["Le taux est de 3.5 % cette année.", "Il baisse."]),
    ("Il vit aux U.S.A. depuis 2010.", ["Il vit aux U.S.A. depuis 2010."]),
    ("Quelle surprise ! Vraiment ? Oui.", ["Quelle surprise !", "Vraiment ?", "Oui."]),
    ("Il cite “The Road. A novel.” Puis il lit.", ["Il cite “The Road. A novel.”", "Puis il lit."]),
    ('Il écrit "Bonjour. Au revoir." Puis il part.', ['Il écrit "Bonjour. Au revoir."', "Puis il part."]),
    ("Il coupe […] Le reste est lu.", ["Il coupe […] Le reste est lu."]),
    ("Le site 2051.fr publie. Il est lu.", ["Le site 2051.fr publie.", "Il est lu."]),
    ("Vers 50 av. J.-C. Rome domine.", ["Vers 50 av. J.-C. Rome domine."]),
    (
        "1. Comment l’outil peut-il transformer la gestion ?",
        ["1. Comment l’outil peut-il transformer la gestion ?"],
    ),
    ("Elle est partie (c'est confirmé.) Il reste.", ["Elle est partie (c'est confirmé.)", "Il reste."]),
    ("Il a dit « non ». — Pourquoi ?", ["Il a dit « non ».", "— Pourquoi ?"]),
    # a quote that never closes must not swallow the rest of the paragraph
    (
        "Il a dit « bonjour. Puis il part. Elle reste.",
        ["Il a dit « bonjour.", "Puis il part.", "Elle reste."],
    ),
    # a paragraph wrapped in quotes (an author bio) is still split
    # a short quotation that is the whole paragraph (a quoted post) stays one sentence;
    # a long one (an author bio in quotes) is cut into sentences
    ('"Caroline écrit. Elle explore l\'innovation."', ['"Caroline écrit. Elle explore l\'innovation."']),
    (
        '"Caroline écrit. ' + "Elle explore l'innovation et la technologie. " * 9 + 'Fin."',
        ['"Caroline écrit.', *["Elle explore l'innovation et la technologie."] * 9, 'Fin."'],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_tricky_sentences(text, expected):
    assert sentences(text) == expected


def test_offsets_point_into_untouched_input_with_crlf_and_odd_spaces():
    text = "\ufeffTitre\r\n\r\n\u00a0Première phrase.\u202fSeconde phrase !\r\nAutre ligne.\n"
    paragraphs = segment(text)
    assert [p.text for p in paragraphs] == ["Titre", "Première phrase.\u202fSeconde phrase !", "Autre ligne."]
    for p in paragraphs:
        assert text[p.start : p.end] == p.text
        for s in p.sentences:
            assert text[s.start : s.end] == s.text
    assert [s.text for s in paragraphs[1].sentences] == ["Première phrase.", "Seconde phrase !"]


def test_indices_run_through_the_document():
    paragraphs = segment("Un. Deux.\n\nTrois.")
    assert [(s.index, s.paragraph) for p in paragraphs for s in p.sentences] == [(0, 0), (1, 0), (2, 1)]


def test_blank_lines_are_not_paragraphs():
    assert paragraph_spans("a\n \n\t\nb") == [(0, 1), (6, 7)]


def test_seed_article_sentences(seed_text):
    got = sentences(seed_text)
    assert "on voit une femme animée sous la pluie déclarer : « I will always love you. »" in got[6]
    assert got[7].startswith("Musk précise que la vidéo")
    assert any(s.endswith("« You are so cringe. »") for s in got)
    assert "Publiée à 4 h 20" not in got  # the time is not a sentence break
    assert any("à 4 h 20 du matin" in s for s in got)
    assert len(got) == 40


WRAPPED = (
    "Le 6 août 2019, le député Mustapha Laabid a été condamné à six\n"
    "mois de prison avec sursis pour abus de confiance. Il a fait appel de\n"
    "cette décision devant la cour de Rennes.\n"
    "\n"
    "Le jugement sera rendu en octobre."
)


def test_prose_wrapped_at_a_fixed_width_is_one_paragraph_again():
    """Text copied from an e-mail or a PDF breaks lines mid-sentence: the sentences run on."""
    paragraphs = segment(WRAPPED)
    assert len(paragraphs) == 2
    assert [" ".join(s.text.split()) for s in paragraphs[0].sentences] == [
        "Le 6 août 2019, le député Mustapha Laabid a été condamné à six mois de prison avec "
        "sursis pour abus de confiance.",
        "Il a fait appel de cette décision devant la cour de Rennes.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a title ending without a period, its byline below
        "Bruxelles sous tension : le commerce est en berne et les quartiers enclavés\npar Nicolas de Pape",
        # a short line, a user name, a button, a list item, a blank line between paragraphs
        "accueil\nactualités du jour et du lendemain",
        "Vous désirez signaler des abus sur ce blogue? Écrivez-nous\ncraftylandry",
        "Pour faire face à l’épidémie, les hôpitaux sont dépendants de la solidarité\nplay",
        "— Benjamin Mendy (@benmendy23) November 13, 2018 et puis encore\nmerci @realDonaldTrump pour tout.",
        "Le député Mustapha Laabid a été condamné à six mois de prison ferme\n\nmais il a fait appel.",
    ],
)
def test_lines_that_are_not_wrapped_prose_stay_apart(text):
    assert len(segment(text)) == 2
