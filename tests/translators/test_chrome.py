"""Which paragraphs are article and which are page chrome."""

from translators.chrome import classify
from translators.document import Kind
from translators.segment import segment


def kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind.value for p in classify(segment(text))}


def test_seed_article_kinds(seed_text):
    got = kinds(seed_text)
    assert (
        got[
            "Elon Musk utilise Grok Imagine pour créer des vidéos d’amour générées par IA et déclenche une vague de réactions sur X"
        ]
        == "title"
    )
    assert (
        got["AccueilActualitésElon Musk utilise Grok Imagine pour créer des vidéos d’amour générées par..."]
        == "boilerplate"
    )
    assert got["Publié le"] == got["par"] == "byline"
    assert got["Lire aussi :"] == "related"
    related = [t for t, k in got.items() if k == "related"]
    assert any(t.startswith("1. Comment l’outil d’IA DOGE") for t in related)
    assert any(t.startswith("2. Les enquêtes sur Tesla") for t in related)
    assert any(t.startswith("L’investissement de Tesla dans xAI") for t in related)
    assert any(t.startswith("Nouvelle vague de départs chez xAI") for t in related)
    assert got["Des réactions massives entre malaise, humour et critique"] == "heading"
    assert got["Joyce Carol Oates s’en mêle : une critique culturelle cinglante"] == "heading"
    assert got["Une polémique révélatrice du fossé entre Musk et le public"] == "heading"
    assert got["Caroline"] == "byline"
    bio = next(t for t in got if t.startswith('"Caroline est une rédactrice'))
    assert got[bio] == "boilerplate"
    for line in [
        "Partager cet article",
        "Actualités",
        "LAISSER UN COMMENTAIRE",
        "S'il vous plaît entrez votre commentaire!",
        "S'il vous plaît entrez votre nom ici",
    ]:
        assert got[line] == "boilerplate", line
    body = [t for t, k in got.items() if k == "body"]
    assert len(body) == 11
    assert body[0].startswith("Après l’approbation") and body[-1].startswith("En quelques vidéos")


ARTICLE = """Accueil > Monde > Europe
La réforme des retraites adoptée au Sénat
Par Jean Martin
Mis à jour le 12 mars 2024 à 10 h 05
Le Sénat a adopté mardi la réforme. Le vote a été serré.
À lire aussi : Les syndicats appellent à manifester jeudi
Les opposants dénoncent un passage en force. Ils promettent de continuer la lutte.
Une mobilisation qui s'essouffle
Les cortèges étaient moins fournis que la semaine précédente, selon la police.
Sur le même sujet
- Retraites : ce qui change au 1er septembre
- Le gouvernement face à la motion de censure
Abonnez-vous à notre newsletter
Tous droits réservés
"""


def test_constructed_article():
    got = kinds(ARTICLE)
    assert got["Accueil > Monde > Europe"] == "boilerplate"
    assert got["La réforme des retraites adoptée au Sénat"] == "title"
    assert got["Par Jean Martin"] == "byline"
    assert got["Mis à jour le 12 mars 2024 à 10 h 05"] == "byline"
    assert got["À lire aussi : Les syndicats appellent à manifester jeudi"] == "related"
    assert got["Une mobilisation qui s'essouffle"] == "heading"
    assert got["Sur le même sujet"] == "related"
    assert got["- Retraites : ce qui change au 1er septembre"] == "related"
    assert got["- Le gouvernement face à la motion de censure"] == "related"
    assert got["Abonnez-vous à notre newsletter"] == "boilerplate"
    assert got["Tous droits réservés"] == "boilerplate"
    assert [t for t, k in got.items() if k == "body"] == [
        "Le Sénat a adopté mardi la réforme. Le vote a été serré.",
        "Les opposants dénoncent un passage en force. Ils promettent de continuer la lutte.",
        "Les cortèges étaient moins fournis que la semaine précédente, selon la police.",
    ]


def test_text_without_prose_is_translated_whole():
    assert kinds("Bonjour") == {"Bonjour": "body"}
    assert kinds("Un titre sans point\nUn autre titre") == {
        "Un titre sans point": "body",
        "Un autre titre": "body",
    }


def test_body_without_chrome_is_all_body():
    text = "Première phrase du texte. Deuxième phrase.\nUn second paragraphe suit ici."
    assert set(kinds(text).values()) == {"body"}


def test_translated_kinds():
    assert not Kind.BODY.is_chrome and not Kind.TITLE.is_chrome and not Kind.HEADING.is_chrome
    assert Kind.RELATED.is_chrome and Kind.BOILERPLATE.is_chrome and Kind.BYLINE.is_chrome


SUBSCRIBER_PAGE = """International
Guerre en Ukraine : Kiev affirme avoir repoussé une offensive russe près de Kharkiv
Les forces ukrainiennes disent avoir stoppé l’avancée des troupes russes, au terme de trois jours de combats intenses.
Par Le Monde avec AFP
Publié aujourd’hui à 10h05, modifié à 11h20
Temps de Lecture 3 min.
Article réservé aux abonnés
Offrir l’article
Ajouter à vos sélections
Partager
L’armée ukrainienne a affirmé, mardi 12 mars, avoir repoussé une offensive russe d’ampleur dans la région de Kharkiv. « Nous avons tenu nos positions », a déclaré le porte-parole de l’état-major.
Selon Kiev, les pertes russes seraient importantes. Moscou n’a pas confirmé ces informations.
Lire aussi | Guerre en Ukraine : ce que l’on sait de l’offensive russe
Une situation toujours tendue
Les combats se poursuivent dans plusieurs localités, selon des sources locales. Les civils ont été évacués.
Le Monde avec AFP
Contribuer
Réutiliser ce contenu
Vous pouvez lire Le Monde sur 1 appareil à la fois
Ce message s’affichera sur l’autre appareil.
Newsletter
"""


def test_subscriber_page_with_rubric_credits_and_paywall_notes():
    got = kinds(SUBSCRIBER_PAGE)
    assert got["International"] == "boilerplate"  # the section name above the title
    assert (
        got["Guerre en Ukraine : Kiev affirme avoir repoussé une offensive russe près de Kharkiv"] == "title"
    )
    for line in [
        "Par Le Monde avec AFP",
        "Publié aujourd’hui à 10h05, modifié à 11h20",
        "Temps de Lecture 3 min.",
        "Le Monde avec AFP",
    ]:
        assert got[line] == "byline", line
    for line in [
        "Article réservé aux abonnés",
        "Offrir l’article",
        "Ajouter à vos sélections",
        "Partager",
        "Contribuer",
        "Réutiliser ce contenu",
        "Vous pouvez lire Le Monde sur 1 appareil à la fois",
        "Ce message s’affichera sur l’autre appareil.",
        "Newsletter",
    ]:
        assert got[line] == "boilerplate", line
    assert got["Lire aussi | Guerre en Ukraine : ce que l’on sait de l’offensive russe"] == "related"
    assert got["Une situation toujours tendue"] == "heading"
    assert [t for t, k in got.items() if k == "body"] == [
        "Les forces ukrainiennes disent avoir stoppé l’avancée des troupes russes, au terme de trois jours de combats intenses.",
        "L’armée ukrainienne a affirmé, mardi 12 mars, avoir repoussé une offensive russe d’ampleur dans la région de "
        "Kharkiv. « Nous avons tenu nos positions », a déclaré le porte-parole de l’état-major.",
        "Selon Kiev, les pertes russes seraient importantes. Moscou n’a pas confirmé ces informations.",
        "Les combats se poursuivent dans plusieurs localités, selon des sources locales. Les civils ont été évacués.",
    ]


def test_photo_captions_and_interview_credits_are_chrome():
    text = (
        "Le président a annoncé mardi une réforme importante du système de santé.\n"
        "Emmanuel Macron, le 12 mars 2024 à Paris. LUDOVIC MARIN / AFP\n"
        "Il a détaillé les mesures devant les députés réunis à l’Assemblée.\n"
        "Propos recueillis par Jeanne Martin\n"
        "Source : ministère de la Santé\n"
    )
    got = kinds(text)
    assert got["Emmanuel Macron, le 12 mars 2024 à Paris. LUDOVIC MARIN / AFP"] == "boilerplate"
    assert got["Propos recueillis par Jeanne Martin"] == "byline"
    assert got["Source : ministère de la Santé"] == "byline"
