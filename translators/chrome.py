"""Tell the article from the page around it, paragraph by paragraph.

HTML extractors (trafilatura, jusText) need the markup, and users paste text. So
this works on what survives in plain text: what each line says by itself, its wording
and shape (translators.chrome_lines), weighed against its position (bylines and author
bios sit before or after the body; an inserted related-article headline is a headline
directly followed by another; menus come in runs; comments and teasers follow the article).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from translators.chrome_lines import (
    AGENCIES,
    ARCHIVE_HEADER,
    BIO_WORDS,
    BOILERPLATE,
    BYLINE,
    CONSENT,
    KICKER_MAX_WORDS,
    LETTERS,
    LIST_ITEM,
    LONG_PROSE_WORDS,
    MONTHS,
    MORE_BUTTON,
    NARRATIVE_MIN_WORDS,
    NEWSLETTER_NOTICE,
    RELATED_MARKER,
    SHARE_BUTTON,
    SHORT_NARRATIVE_WORDS,
    TERMINAL,
    TITLE_MAX_WORDS,
    WEEKDAYS,
    is_continuation,
    is_kicker,
    is_name,
    is_prose,
    is_signature,
    is_table_row,
    line_kind,
    tells_of_the_world,
)
from translators.document import Kind, Paragraph
from translators.memo import per_short_text
from translators.social import has_post_link, is_attribution

_I = re.IGNORECASE

_per_line = per_short_text(maxsize=1 << 14)


#: A line that opens on these goes on with the line above it when that one ends on no stop.
_VERSE_GOES_ON = re.compile(
    r"^(?:Qui|Que|Qu['’]|Dont|Où|Quand|Comme|Et|Mais|Ou|Car|Puis|And|But|Who|That|When)\b"
)


def _continues(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """Row i goes on with row i - 1's sentence: it starts with a small letter after a line
    that did not end one."""
    text, before = paragraphs[i].text, paragraphs[i - 1].text
    return text[:1].islower() and not TERMINAL.search(before) and not before.rstrip().endswith((":", "?"))


#: A transcript's line starts with its time: "02:25 That's right.", "00:01:12 Bonjour".
_TIMED = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(?=\S)")
#: This many timed lines in a row are a transcript, not a media player's durations.
TRANSCRIPT_ROWS = 3


def _seconds(text: str) -> int | None:
    """A timed line's time in seconds, None for a line without one."""
    timed = _TIMED.match(text)
    return sum(int(x) * 60**k for k, x in enumerate(reversed(timed.group().split(":")))) if timed else None


def _transcript_rows(paragraphs: Sequence[Paragraph]) -> list[int]:
    """Rows in runs of timed lines whose times go forward: a video page's transcript, what the
    speakers said (a live page's latest headlines, "13:08 …", "12:57 …", go back in time)."""
    rows: list[int] = []
    run: list[int] = []
    last = 0
    for i, p in enumerate([*paragraphs, None]):
        time = _seconds(p.text) if p is not None else None
        if time is not None and run and time >= last:
            run.append(i)
        else:
            if len(run) >= TRANSCRIPT_ROWS:
                rows.extend(run)
            run = [i] if time is not None else []
        last = time if time is not None else last
    return rows


#: A newsletter box's pitch above its form: one or two sentences.
NEWSLETTER_PITCH_WORDS = 40

#: A heading's list marker: "1 ", "2. ", "- ", "• ".
_HEADING_MARKER = re.compile(r"^(?:(\d{1,2})[.)]?|([-–—•*]))\s+\S")


def _marker(text: str) -> tuple[str, int] | None:
    match = _HEADING_MARKER.match(text)
    if not match:
        return None
    return ("number", int(match.group(1))) if match.group(1) else (match.group(2), 0)


def _continues_the_list(marker: tuple[str, int] | None, seen: set[tuple[str, int]]) -> bool:
    """A marker that goes on with the article's own list: the same dash, the next number."""
    if marker is None:
        return False
    kind, number = marker
    return (kind, number - 1) in seen if kind == "number" else marker in seen


def _posts(paragraphs: Sequence[Paragraph]) -> list[bool]:
    """Embedded posts: followed by their attribution, or carrying a post's link."""
    attributions = [is_attribution(p.text) for p in paragraphs]
    attributions.append(False)
    return [
        not attributions[i] and (attributions[i + 1] or has_post_link(p.text))
        for i, p in enumerate(paragraphs)
    ]


#: Lines of at most this many words, three or more in a row, are a menu.
MENU_WORDS = 3
#: A line this short that the page repeats word for word is furniture.
REPEATED_LINE_WORDS = 6
#: ... unless it is a headline of this many words said twice in a row: the first stays.
HEADLINE_TWICE_MIN_WORDS = 3


def _repeated_rows(paragraphs: Sequence[Paragraph]) -> set[int]:
    """Short unpunctuated lines the page says twice or more ("En lecture Suivant", a section
    name over each teaser): an article says a thing once, a page's furniture repeats. A
    name is left to the rules on authors (it is said again in the byline and over the bio)
    and is a byline once they have run."""
    seen: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        seen.setdefault(p.text, []).append(i)  # lines are trimmed
    repeated = {
        i
        for text, rows in seen.items()
        if len(rows) >= 2
        and len(text.split()) <= REPEATED_LINE_WORDS
        and not TERMINAL.search(text)
        and not is_name(text)
        for i in rows
    }
    # a headline said twice in a row (the page's title, then the article's) right above its
    # byline or its first paragraph is said once
    return {i for i in repeated if not _headline_said_twice(paragraphs, i)}


def _headline_said_twice(paragraphs: Sequence[Paragraph], i: int) -> bool:
    text = paragraphs[i].text
    if i + 2 >= len(paragraphs) or paragraphs[i + 1].text != text or (i and paragraphs[i - 1].text == text):
        return False
    below = paragraphs[i + 2].text
    return len(text.split()) >= HEADLINE_TWICE_MIN_WORDS and (
        len(below.split()) >= LONG_PROSE_WORDS
        or bool(BYLINE.search(below))
        or (len(below.split()) >= NARRATIVE_MIN_WORDS and bool(TERMINAL.search(below)))  # a standfirst
    )


#: A line this long said again is a headline's or a caption's echo (an image's alt text);
#: longer text said twice is the article's own.
ECHO_MAX_WORDS = 45
ECHO_MIN_LETTERS = 15


@_per_line
def _folded(text: str) -> str:
    """Letters only, lower case, accents off: "Le tweet dElon Musk qui a enflamme X" is the
    title "Le tweet d’Elon Musk qui a enflammé X" as an image's alt text or a slug gives it."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if c.isalpha())


def _echo_rows(paragraphs: Sequence[Paragraph]) -> tuple[set[int], set[int]]:
    """Lines that say an earlier line of up to ECHO_MAX_WORDS words again with its accents
    or punctuation lost, or followed by " | " and the site's name, or twice in a row, or with
    a credit: the first stays what it is, the copy is furniture; unless the first is itself a
    sentence and the copy its credited twin (a caption said twice: both are the picture's).
    (Lines repeated exactly are left to the rules on repeated lines and authors.)"""
    seen: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    rows: set[int] = set()
    twins: set[int] = set()
    for i, p in enumerate(paragraphs):
        text = p.text  # lines are trimmed
        if len(text.split()) > ECHO_MAX_WORDS:
            continue
        key = _folded(text)
        if len(key) < ECHO_MIN_LETTERS:
            continue
        bare = _CREDIT.sub("", text)
        bare_key = key if bare == text else _folded(bare)
        if key in seen and text not in seen[key]:
            rows.add(i)
        elif " | " in text and _folded(text.split(" | ", 1)[0]) in seen:
            rows.add(i)  # a headline with its page's name, as a page title: "Titre | Site | Scoop.it"
        elif bare != text and (twin := first.get(bare_key)) is not None:
            rows.add(i)  # a headline with its credit: "Titre AFP", "Titre (France 3)"
            if TERMINAL.search(paragraphs[twin].text):
                twins.add(twin)  # "Le président à l'Élysée, lundi." then the same with "(AFP)"
        elif _said_twice(bare_key, seen):
            rows.add(i)  # an image's alt and caption glued: "Titre Titre (France 3)"
        seen.setdefault(key, set()).add(text)
        first.setdefault(key, i)
    return rows, twins


#: A credit closing a line: in brackets, or an agency's name, after a photographer's or not.
_CREDIT = re.compile(rf"\s*\([^()]{{1,40}}\)$|\s*(?:[—–-]\s*)?(?:[^—–()/.]{{1,40}}/\s*)?(?:{AGENCIES})$", _I)


def _said_twice(key: str, seen: dict[str, set[str]]) -> bool:
    """An earlier line said twice in a row (its credit already cut)."""
    half = len(key) // 2
    return len(key) % 2 == 0 and key[:half] == key[half:] and key[:half] in seen


#: A review's strong point: "+ Autonomie" (a menu's "+ de vidéos" is "plus de").
_PLUS_ITEM = re.compile(r"^\+\s*(?!de\s|d['’])[^\W\d_]")


def _menu_rows(paragraphs: Sequence[Paragraph], free: list[bool]) -> set[int]:
    """Rows in runs of three or more short unpunctuated lines: navigation, share bars, forms.
    Items ending with ";" or "," are an enumeration in running text (a communiqué's list of
    those present, "S. E. Adama Barrow, Président de la République de Gambie ;"), not a menu,
    and neither are a review's strong points ("+ Autonomie", "+ Le S pen")."""
    rows: set[int] = set()
    run: list[int] = []
    for i, p in enumerate([*paragraphs, None]):
        short = (
            p is not None
            and free[i]
            and len(p.text.split()) <= MENU_WORDS
            and not TERMINAL.search(p.text)
            and not p.text.endswith((";", ",", ":"))  # a lead-in leads into its list
            and not _PLUS_ITEM.match(p.text)
        )
        if short:
            run.append(i)
            continue
        if len(run) >= 3 and not _led_in_list(paragraphs, run):
            rows.update(run)
        run = []
    return rows


def _led_in_list(paragraphs: Sequence[Paragraph], run: list[int]) -> bool:
    """A run of short lines under a line ending with ":" that are a list's items, not section
    names: most of them carry a number or open in lower case ("Ingrédients : / 3 œufs / 50 cl de
    lait", "Résultats de la 12e journée : / PSG 2-1 Lyon")."""
    first = run[0]
    if not first or not paragraphs[first - 1].text.rstrip().endswith(":"):
        return False
    itemlike = sum(
        bool(re.search(r"\d", paragraphs[k].text)) or paragraphs[k].text[:1].islower() for k in run
    )
    return 2 * itemlike > len(run)


#: The author a byline names: "Par Jean Dupont", "Jean Dupont, envoyé spécial", "Jean Dupont".
_AUTHOR = re.compile(
    r"^(?:(?i:par)\s+)?((?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:de\s+|du\s+|van\s+|von\s+)?[A-ZÀ-Ý][a-zà-ÿA-ZÀ-Ý'’-]+){1,2}))\b"
)
#: An author bio is a short paragraph; a long one after a name line is the article.
BIO_MAX_WORDS = 120
#: An author's box under a byline speaks in the first person, in a few lines.
SIGNED_BIO_MAX_WORDS = 60
_FIRST_PERSON = re.compile(r"\bje\s+suis\b", _I)


def _is_bio(para: Paragraph) -> bool:
    """A paragraph about the person named above it that says what they do."""
    return len(para.text.split()) <= BIO_MAX_WORDS and bool(BIO_WORDS.search(para.text))


_RUBRIC = re.compile(r"\s[-–|•/]\s")


#: A caption's date and place: "…, le 21 mars 2017 à Essen", "…, lundi 3 mai."
_CAPTION_DATE = re.compile(
    r",\s+(?:le\s+)?(?:(?:"
    + WEEKDAYS
    + r")\s+)?\d{1,2}(?:er)?\s+(?:"
    + MONTHS
    + r")(?:\s+\d{4})?\b[^.!?]{0,40}\.?$",
    _I,
)


#: How a credit line starts: "Crédit photo :", "Photo : Getty Images", "(Photo by Kevin Mazur)".
_CREDIT_START = re.compile(r"(?i)\(?(?:cr[ée]dits?\b|(?:photos?|images?)\s*(?::|by\b|©))")
#: A picture's caption is a sentence of at most this many words.
CAPTION_MAX_WORDS = 20


def _is_credit_only(text: str) -> bool:
    """A photo's credit on a line of its own: "© AFP/Patrik STOLLARZ", "Crédit photo : Reuters"."""
    return len(text.split()) <= 6 and (text.startswith("©") or bool(_CREDIT_START.match(text)))


#: A fact box's field: "Réalisateur:", "Note: 11/20", "Date de sortie: 5 mars 2014".
_FIELD = re.compile(
    r"^(?!(?:mots?-cl[ée]s?|tags?|cat[ée]gories?|rubriques?|th[èe]mes?|[ée]tiquettes?|sujets?|partage[rz]?|"
    r"publi[ée]|auteure?s?|par|source|cr[ée]dits?)\b)"  # a site's taxonomy and credits are its own
    r"[A-ZÀ-Ý][\w'’ ()-]{1,30}?\s?:(?:\s+\S+){0,5}\s*$",
    _I,
)


def _is_field(text: str, before: str) -> bool:
    """A line of a fact box under the title (a film's director, cast, length): a field, or the
    value on the line under a field's name ("Réalisateur:" / "Noam Murro")."""
    return bool(_FIELD.match(text)) or (bool(_FIELD.match(before)) and before.rstrip().endswith(":"))


#: A match's score line: "FC Nantes – RC Lens 0-0", "Stade Malherbe Caen 1-0 Toulouse FC".
_SCORE = re.compile(r"(?<![\d/.])\(?\d{1,2}\s?[-–]\s?\d{1,2}\)?(?![\d/.])")
_SCORE_WORD = re.compile(r"^(?:[A-ZÀ-Ý0-9][\w'’.-]*|de|du|des|la|le|les|d['’]\w+|et|[-–:()])$")
SCORE_LINE_WORDS = 12


def _is_score_line(text: str) -> bool:
    """A match's heading in a results report, not a teaser headline: team names and a score."""
    words = text.split()
    return (
        len(words) <= SCORE_LINE_WORDS
        and bool(_SCORE.search(text))
        and all(_SCORE_WORD.match(w) or _SCORE.fullmatch(w.rstrip(":")) for w in words)
    )


#: How many lines a lead-in ending with ":" may head as its list.
LEAD_IN_ROWS = 12


def _under_lead_in(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], i: int
) -> bool:
    """Row i is an item of the list a heading ending with ":" leads into, the rows between
    them items too ("Plus récent encore :" / "Downsize, downsizing (…)" / "Unassigned (…)")."""
    for k in range(i - 1, max(-1, i - 1 - LEAD_IN_ROWS), -1):
        if prose[k]:
            return False
        if kinds[k] is Kind.HEADING and paragraphs[k].text.rstrip().endswith(":"):
            return True
        if kinds[k] is not Kind.HEADING:
            return False
    return False


def _is_rubric(text: str, headline_below: bool) -> bool:
    """ "Moyen Orient et Monde - Focus", "À La Une - édito": a short line of section names
    with separators, above another headline (the title)."""
    return headline_below and len(text.split()) <= 6 and bool(_RUBRIC.search(text))


#: A bulleted item of a few words: a menu's or a tag list's entry ("• Angleterre"), never a title.
MENU_ITEM_WORDS = 5


def _is_menu_item(text: str) -> bool:
    return (
        bool(LIST_ITEM.match(text)) and len(text.split()) <= MENU_ITEM_WORDS + 1 and not TERMINAL.search(text)
    )


#: The article's last line may be a question to the reader ("Même pas un petit juron… ?"):
#: a sentence, not a headline, when it follows the last paragraph directly.
CLOSING_QUESTION_WORDS = 4


def _is_closing_question(text: str) -> bool:
    return (
        text.rstrip().endswith("?")
        and len(text.split()) >= CLOSING_QUESTION_WORDS
        and not _is_menu_item(text)
    )


#: A category's label above the title: one word in small letters ("pop-rock", "société").
_LABEL = re.compile(r"^[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*$")
HEADLINE_MIN_WORDS = 5


def _is_headline(text: str) -> bool:
    return len(text.split()) >= HEADLINE_MIN_WORDS and not TERMINAL.search(text)


#: A text that stops mid-sentence (copied or cut short) ends on its last line's word.
CUT_SENTENCE_WORDS = 12


def _is_cut_sentence(text: str) -> bool:
    return len(text.split()) >= CUT_SENTENCE_WORDS and text.rstrip()[-1:].islower()


#: A heading may end a copied text a caption's rows after its last paragraph.
LAST_HEADING_GAP = 4
LAST_HEADING_WORDS = 4


def _is_sentence_case(text: str) -> bool:
    """A headline as French papers write them: a capital, then words in small letters."""
    words = text.split()
    small = sum(w[:1].islower() for w in words[1:])
    return (
        len(words) >= LAST_HEADING_WORDS
        and words[0][:1].isupper()
        and small >= 0.6 * (len(words) - 1)
        and not TERMINAL.search(text)
    )


def _next_open(kinds: list[Kind | None], prose: list[bool]) -> list[int | None]:
    """For each row, the next row below it that is still unclassified or prose (one pass)."""
    out: list[int | None] = [None] * len(kinds)
    following: int | None = None
    for i in range(len(kinds) - 1, -1, -1):
        out[i] = following
        if kinds[i] is None or prose[i]:
            following = i
    return out


#: Prose this long is article text wherever it stands; shorter prose after the article's end
#: is an appeal, a form note or a teaser.
ARTICLE_PROSE_WORDS = 20
#: Boilerplate lines after the last long paragraph that mark the page's footer.
FOOTER_LINES = 2


def _article_rows(paragraphs: Sequence[Paragraph], prose: list[bool], posts: list[bool]) -> list[bool]:
    """Rows of prose long enough to be the article wherever they stand (posts aside)."""
    return [
        prose[i] and not posts[i] and len(p.text.split()) >= ARTICLE_PROSE_WORDS
        for i, p in enumerate(paragraphs)
    ]


def _end_of_article(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], posts: list[bool]
) -> None:
    """Short prose after the last long paragraph and past a chrome line is chrome too.

    The article ends where the page's furniture starts (share bars, forms, notices; one
    such line alone, "Publicité", can sit inside an article): a short paragraph after that
    is a call to action ("Lire le texte complet de l'appel.") or a form note, while a short
    closing paragraph after an inline "Lire aussi" or a heading, or one that tells of the world
    (a subject and its verb, nothing said to the reader), is still the article.
    """
    long_rows = [i for i, row in enumerate(_article_rows(paragraphs, prose, posts)) if row]
    if not long_rows:
        return
    # the article's last paragraphs may be the page's appeal to its reader, however long:
    # "Cet article est paru dans notre newsletter… Si vous êtes abonné…"
    i = max(k for k in range(len(paragraphs)) if prose[k])
    while (
        i > long_rows[0]
        and prose[i]
        and not posts[i]
        and len(paragraphs[i].text.split()) < TEASER_MAX_WORDS
        and _READER.search(paragraphs[i].text)
        and BOILERPLATE.search(paragraphs[i].text)
    ):
        prose[i] = False
        kinds[i] = Kind.BOILERPLATE
        i -= 1
    furniture = 0
    for i in range(long_rows[-1] + 1, len(paragraphs)):
        if kinds[i] is Kind.BOILERPLATE and LETTERS.search(paragraphs[i].text):
            furniture += 1  # a live blog's time markers ("13'", "14:02") are not a footer
        elif (
            furniture >= FOOTER_LINES
            and prose[i]
            and not posts[i]
            and not tells_of_the_world(paragraphs[i].text, SHORT_NARRATIVE_WORDS)
        ):
            # past a box inserted near the end ("Newsletter / Recevez … / Je m'inscris"), a short
            # paragraph that tells of the world is the article's last one, not a form's note
            prose[i] = False
            kinds[i] = Kind.BOILERPLATE


#: Lines above a teaser's blurb that its card may hold: headline, section, date.
CARD_HEAD_ROWS = 3
#: A related-article teaser is a paragraph of a few sentences; longer prose is the article.
TEASER_MAX_WORDS = 90
#: How far a related-section marker's section may reach.
RELATED_SECTION_ROWS = 40


def _related_section(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], posts: list[bool]
) -> None:
    """A bare section marker after the article ("Articles liés", "Pour approfondir") owns
    the teasers under it: headlines, their categories and dates, and their blurbs.

    A blurb is a paragraph of a few sentences standing alone between a headline or chrome
    line and the next one; once two blurbs show the list, a blurb may come in up to three
    short pieces (a kicker, a headline that ends with a full stop). The section ends at any
    other prose (two prose paragraphs in a row are an article). The marker is taken as a
    section only when no long paragraph of the article follows the section, so an inline
    "Lire aussi" between two parts of the article owns nothing but its own list. Sections are read from the bottom up, so that a
    section's blurbs do not count as article for the section above it.
    """
    n = len(paragraphs)
    words = [len(p.text.split()) for p in paragraphs]
    article = _article_rows(paragraphs, prose, posts)
    vocabulary = {i: _content_words(paragraphs[i].text) for i in range(n) if prose[i]}
    rows_with: dict[str, int] = {}
    for own in vocabulary.values():
        for w in own:
            rows_with[w] = rows_with.get(w, 0) + 1

    def article_going_on(i: int) -> bool:
        """A teaser's blurb says again a word of its headline; a paragraph that shares none with
        the line above it and two or more with the rest of the prose is the article's, past an
        inserted box ("Vidéo / 00:45 / De son côté, la Chine a promis de rendre le drone…")."""
        own = vocabulary[i]
        above: set[str] = set()
        for k in range(i - 1, max(-1, i - 1 - CARD_HEAD_ROWS), -1):
            if prose[k]:
                break
            above |= _content_words(paragraphs[k].text)  # the headline, its kicker, its date
        return not own & above and sum(rows_with[w] > 1 for w in own) >= TITLE_TIES

    def blurb(i: int) -> bool:
        return (
            prose[i]
            and not posts[i]
            and words[i] < TEASER_MAX_WORDS
            and not (i > 0 and prose[i - 1])
            and not (i + 1 < n and prose[i + 1])
            and not article_going_on(i)
        )

    article_after = [False] * (n + 1)
    remaining = sum(1 for i in range(n) if prose[i])  # teasers are prose rows, taken once
    for m in range(n - 1, -1, -1):
        article_after[m] = article[m] or article_after[m + 1]
        text = paragraphs[m].text
        if kinds[m] is not Kind.RELATED:
            continue
        if not ((words[m] <= 4 and RELATED_MARKER.search(text)) or is_continuation(text)):
            continue
        stop, teasers, end = m + 1, [], min(n, m + 1 + RELATED_SECTION_ROWS)
        if _headlines_only(paragraphs, prose, m + 1):
            end = stop  # a list of bare headlines: the prose below it is not theirs
        while stop < end:
            if not prose[stop]:
                stop += 1
                continue
            run = stop
            while run < end and prose[run] and not posts[run]:
                run += 1
            cards = len(teasers) >= 2 and run - stop <= 3 and sum(words[stop:run]) < TEASER_MAX_WORDS
            if not (blurb(stop) or cards):
                break
            teasers.extend(range(stop, run))
            stop = run
        if article_after[stop] or len(teasers) >= remaining:
            continue  # the article goes on below, or these are all the page's prose: the article
        remaining -= len(teasers)
        for i in teasers:
            prose[i] = False
            kinds[i] = Kind.RELATED
        article_after[m] = article_after[stop]


#: A teaser's blurb cut off by the page: it ends on an ellipsis.
_CUT_SHORT = re.compile(r"(?:…|\.\.\.)\s*[»”\"]?\s*$")
#: A card's kicker or date is short; a headline has this many words or more.
HEADLINE_MIN_WORDS = 4


def _bare_headline(para: Paragraph, kind: Kind | None) -> bool:
    """A headline not yet told apart, on a line of its own: no prose, a few words or more."""
    return (
        kind is None
        and len(para.text.split()) >= HEADLINE_MIN_WORDS
        and not is_prose(para.text, len(para.sentences))
        and not para.text.rstrip().endswith(":")
    )


def _headlines_only(paragraphs: Sequence[Paragraph], prose: list[bool], i: int) -> bool:
    """The two rows from `i` are headlines with no blurb between them: the marker's list is
    bare headlines ("Lire aussi : / Grève SNCF : … / Les prix de l'immobilier …"), and cards
    come all with a blurb or all without."""
    return i + 1 < len(paragraphs) and all(
        not prose[k] and len(paragraphs[k].text.split()) >= HEADLINE_MIN_WORDS for k in (i, i + 1)
    )


#: The page speaking to its reader: an account box, an offer ("vous devez être membre",
#: "Accédez à vos articles sauvegardés").
_READER = re.compile(r"\b(?:vous|votre|vos)\b", _I)
#: This many chrome rows in a row (menus, share bars, teaser lists) split the page into blocks.
BREAK_ROWS = 3
#: A block with less prose than this share of the biggest block's is the page around the article.
SIDE_BLOCK_SHARE = 0.2
#: A teaser card's blurb is a sentence or two.
CARD_MAX_WORDS = 40


_FURNITURE = frozenset({Kind.BOILERPLATE, Kind.RELATED, Kind.BYLINE})


def _side_blocks(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], posts: list[bool]
) -> None:
    """Prose cut off below the article by a run of chrome, and much smaller, is chrome too.

    A blog's description in the sidebar, the blurb of the next article after the "Article
    suivant" links, a comment-policy note: each is a sentence or two standing between runs
    of page furniture, while the article is the block that holds most of the prose.
    Headlines (short lines not yet told apart) neither make nor break a run of chrome.

    Below the last sizeable block, every block goes; a block whose prose paragraphs are all
    short and stand alone between headlines is a list of teaser cards (headline, section,
    blurb) and goes below the article whatever its size (it is the article only when nothing
    else is), but for one paragraph alone that tells of the world: the article's last, past
    an inserted box. A short entry between two long ones (a live blog) stays, as does a block with
    two paragraphs of 30 words or more in a row (an article's closing part after an inserted
    block of links). Above the article's head (its title, after the page's menus) only lists
    of two cards or more go, feature promotions: between the title and the article a small
    block is as often the standfirst or the first paragraph, set apart by the byline, the
    share bar, the photo or an inserted list of links. Embedded posts always stay.
    """
    n = len(paragraphs)
    block = [0] * n
    current, run = 0, 0
    for i, p in enumerate(paragraphs):
        if kinds[i] in _FURNITURE and LETTERS.search(p.text) and not _is_credit_only(p.text):
            run += 1  # a picture's credit is the article's picture: it does not cut the article
        elif prose[i]:
            if run >= BREAK_ROWS:
                current += 1
            run = 0
        block[i] = current
    mass = [0] * (current + 1)
    words = [len(p.text.split()) if prose[i] else 0 for i, p in enumerate(paragraphs)]
    running = [False] * (current + 1)
    cards = [True] * (current + 1)
    rows = [0] * (current + 1)
    for i in range(n):
        if not prose[i]:
            continue  # words[i] is 0: no mass, no running text
        mass[block[i]] += words[i]
        rows[block[i]] += 1
        # a card's blurb stands under its headline; under a button or a form's line ("Je
        # m'inscris"), a short paragraph is the article going on past an inserted box
        under_headline = not (i and (prose[i - 1] or kinds[i - 1] in (Kind.BOILERPLATE, Kind.BYLINE)))
        if not under_headline or words[i] > CARD_MAX_WORDS:
            cards[block[i]] = False
        if i and words[i] >= LONG_PROSE_WORDS and words[i - 1] >= LONG_PROSE_WORDS and prose[i - 1]:
            running[block[i]] = running[block[i]] or (block[i] == block[i - 1] and not posts[i])
    addressed = [0] * (current + 1)
    for i in range(n):
        if prose[i] and _READER.search(paragraphs[i].text):
            addressed[block[i]] += 1
    candidates = [b for b in range(current + 1) if not cards[b]] or list(range(current + 1))
    main = max(candidates, key=mass.__getitem__)
    biggest = mass[main]
    # one paragraph alone right below the article, however short, is as often its last one past
    # an inserted box as a card's blurb: it stays when it tells of the world ("Le vote final a eu
    # lieu …"), not when it speaks of the site or to its reader ("… et ce blog en suit …"); so do
    # the paragraphs of a block that is no list of cards when each of them tells of the world
    last_word = [True] * (current + 1)
    for i in range(n):
        if prose[i] and block[i] > main:
            text = paragraphs[i].text
            last_word[block[i]] = last_word[block[i]] and (
                tells_of_the_world(text, SHORT_NARRATIVE_WORDS)
                and not _CUT_SHORT.search(text)  # a teaser cut off: "… sonne l'impératif de …"
                and not (i and kinds[i - 1] is Kind.BYLINE)  # a comment under its author and time
            )
    last_word = [said and (rows[b] == 1 or not cards[b]) for b, said in enumerate(last_word)]
    kept = [
        b
        for b in range(current + 1)
        if b == main
        or running[b]
        or (b == main + 1 and last_word[b])
        or (mass[b] >= SIDE_BLOCK_SHARE * biggest and not (b > main and cards[b] and not last_word[b]))
    ]
    first_main = next((i for i in range(n) if prose[i] and block[i] == main), 0)
    head = _title_block(paragraphs, kinds, prose, first_main)
    for i in range(n):
        if not prose[i] or posts[i]:
            continue
        b = block[i]
        promotion = (cards[b] and rows[b] >= 2) or 2 * addressed[b] > rows[b]
        if b > kept[-1] or (i < head and b != main and promotion):
            prose[i] = False
            kinds[i] = Kind.BOILERPLATE


def _boxed(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], posts: list[bool]
) -> None:
    """A short sentence between two furniture lines is the text of a box: "Abonnez-vous à
    notre infolettre / Du lundi au samedi, découvrez l'essentiel. / Je m'abonne", unless it
    tells of the world (the article's last sentence above the page's footer). Share
    buttons do not make a box: a live blog's short entry sits between two share bars. Boxes
    come after the article has begun: above it, a title that ends with a full stop stands
    between the byline and the photo."""

    def furniture(i: int) -> bool:
        text = paragraphs[i].text
        return kinds[i] is Kind.BOILERPLATE and bool(LETTERS.search(text)) and not SHARE_BUTTON.search(text)

    article = _article_rows(paragraphs, prose, posts)
    start = article.index(True) + 1 if any(article) else len(paragraphs)
    for i in range(max(1, start), len(paragraphs) - 1):
        short = len(paragraphs[i].text.split()) < ARTICLE_PROSE_WORDS
        if (
            prose[i]
            and not posts[i]
            and short
            and furniture(i - 1)
            and furniture(i + 1)
            and not tells_of_the_world(paragraphs[i].text, SHORT_NARRATIVE_WORDS)
        ):
            prose[i] = False
            kinds[i] = Kind.BOILERPLATE


def _title_block(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], first: int
) -> int:
    """Where the article's head (rubric, title, subtitle) starts, above its first prose.

    A whole page pasted has its menus above the article, with headlines of other articles
    among them. The article's head is the last headline before the body that follows a run
    of furniture (three menu, notice or link lines with nothing but bylines, share buttons
    or symbols between them), and what follows it; headlines above it belong to the page.
    Furniture between the title and the body (a share bar, a caption) opens no new head,
    and prose (a standfirst) neither opens one nor breaks a run. A byline or dateline says
    where the head is too: the headlines right above the last one before the body are the
    title (and its kicker), whatever came above them.
    """
    run, start, group = 0, 0, None
    for i in range(first):
        text = paragraphs[i].text
        if kinds[i] is None and not prose[i]:
            if i and kinds[i - 1] is Kind.BYLINE and is_name(text):
                continue  # "Publié le 26 novembre / Adèle Bréau / Par Adèle Bréau": the author
            if run >= BREAK_ROWS:
                start = i
            run = 0
            group = i if group is None else group
            continue
        if not LETTERS.search(text):
            continue  # "›", a share count
        if kinds[i] is Kind.BYLINE and group is not None:
            start = max(start, group)
        if (
            kinds[i] in (Kind.BOILERPLATE, Kind.RELATED)
            and LETTERS.search(text)
            and not SHARE_BUTTON.search(text)
            and not _is_credit_only(text)
            and not _is_field(text, paragraphs[i - 1].text if i else "")
        ):
            run += 1
        group = None
    return start


#: A word ties a headline to its article when it is this long (grammar words are shorter).
TIE_WORD_LETTERS = 4
#: A line that goes on with the one above it opens on a small grammatical word ("de recherche en
#: accès libre"); a blog's title in lower case ("vade mecum d'une audience") does not.
_GOES_ON = re.compile(
    r"^(?:de|du|des|d['’]|et|en|[àa]|au|aux|pour|par|sur|dans|avec|la|le|les|l['’]|ou|qui|que)\b"
)
#: A title's words are compared with the article's on their first letters ("correctionnelle" is
#: "correctionnel"'s); a tagline's, whole, so that one shared stem does not keep it.
STEM_LETTERS = 7
#: Words a title shares with its article, at least, before the headlines above it are judged.
TITLE_TIES = 2


_WORDS = re.compile(r"[^\W\d_]+")


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, accents and a plural's last letter off: what a headline
    shares with its article ("Montréal" is "Montreal", "campagnes" is "campagne")."""
    return {
        w[:-1] if w[-1] in "sx" else w
        for w in (_folded(t) for t in _WORDS.findall(text))  # "d’audience" is "audience"
        if len(w) >= TIE_WORD_LETTERS
    }


def _site_lines(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], first: int
) -> list[int]:
    """Above the article's title, headlines that share no word with the article: the site's
    name and tagline ("Journal d'un avocat / Instantanés de la justice et du droit",
    "La référence des professionnels"). The title is the headline above the first paragraph
    that shares the most of its words with the article's prose; a headline below it is its
    subtitle, whatever it says."""
    rows = [
        i for i in range(first) if kinds[i] is None and not prose[i] and LETTERS.search(paragraphs[i].text)
    ]
    if len(rows) < 2:
        return []
    body: set[str] = set()
    for i in range(first, len(paragraphs)):
        if prose[i]:
            body |= _content_words(paragraphs[i].text)
    stems = {w[:STEM_LETTERS] for w in body}  # "correctionnelle" ties with "correctionnel"
    words = {i: _content_words(paragraphs[i].text) for i in rows}
    tied = {i: {w[:STEM_LETTERS] for w in words[i]} & stems for i in rows}
    share = {i: len(words[i] & body) / len(words[i]) if words[i] else 0.0 for i in rows}
    # a title is a headline's length: a longer line above the prose is a standfirst
    titles = [i for i in rows if len(paragraphs[i].text.split()) <= TITLE_MAX_WORDS]
    if not titles:
        return []
    title = max(titles, key=lambda i: (share[i], -i))
    if len(tied[title]) < TITLE_TIES:
        return []  # no headline is plainly the article's: the page's head is left as it is
    return [i for i in rows if i < title and words[i] and not words[i] & body]


#: A list mark alone on its line, its item on the next.
_LONE_MARK = re.compile(r"^[-–—•*·▪]$")
#: How many lines of teaser cards a related marker inside the article may own.
MARKER_CARD_ROWS = 10


def _owned_cards(paragraphs: Sequence[Paragraph], kinds: list[Kind | None], marker: int) -> None:
    """ "Sur le même sujet / Reportage / A Katmandou, exode sous pression / Par Sébastien
    Farcis": the lines under a marker up to the next prose are its teaser cards when they
    carry bylines; without one they may be the article's next section heading."""
    rows = []
    for k in range(marker + 1, min(len(paragraphs), marker + 1 + MARKER_CARD_ROWS)):
        if kinds[k] is None and is_prose(paragraphs[k].text, len(paragraphs[k].sentences)):
            break
        rows.append(k)
    if any(kinds[k] is Kind.BYLINE for k in rows):
        for k in rows:
            if kinds[k] is None:
                kinds[k] = Kind.RELATED


#: A comment's time stamp: "24 janvier 2017", "12h10", "le 22/11/2024 à 09:47", "il y a 2 heures".
STAMP = re.compile(
    r"^(?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    r"(?:\s*(?:à|-|,)?\s*\d{1,2}\s*[h:]\s*\d{2}(?:\s*min)?)?\.?$"
    r"|^\d{1,2}\s*[h:]\s*\d{2}$|^il\s+y\s+a\s+\d+\s+\w+$",
    _I,
)
#: A comment's author and stamp on one line: "A. Nonyme on 5 mai 2016 10 h 47 min".
NAME_AND_STAMP = re.compile(
    r"^\S[^.!?]{0,40}\s(?:on|le|a\s+écrit\s+le)\s+\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\s+\d{4}\b", _I
)
#: A list's stamp: a date or time alone, perhaps with a count (comments): "13/03", "12h43",
#: "19 février 2017 0".
LIST_STAMP = re.compile(
    r"^(?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:" + MONTHS + r")(?:\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|\d{1,2}\s*[h:]\s*\d{2})(?:\s*(?:à|-|,)?\s*\d{1,2}\s*[h:]\s*\d{2})?(?:\s+\d{1,4})?\.?$",
    _I,
)
#: An item of a stamped list is a headline or a comment's first words.
STAMPED_ITEM_WORDS = 15
STAMPED_ITEMS = 3


def _ends_a_sentence(text: str) -> bool:
    """A full stop, not an ellipsis cutting a teaser or a comment short ("Il faut qu’il...")."""
    text = text.rstrip()
    return text.endswith(".") and not text.endswith("..")


def _stamped_lists(paragraphs: Sequence[Paragraph], kinds: list[Kind | None], posts: list[bool]) -> None:
    """Lines that alternate with dates or times, three or more: a sidebar's latest articles
    or latest comments ("13/03 / Jean Perron a trouvé le bonheur en Gaspésie! / 10/03 / …").
    A live blog's entry is a kicker and a paragraph under its time, so it never alternates."""
    types = [
        "stamp"
        if LIST_STAMP.search(p.text)
        else "item"
        if kinds[i] is None and not posts[i] and len(p.text.split()) <= STAMPED_ITEM_WORDS
        else ""
        for i, p in enumerate(paragraphs)
    ]
    start = 0
    for i in range(1, len(paragraphs) + 1):
        if i < len(paragraphs) and types[i] and types[i - 1] and types[i] != types[i - 1]:
            continue
        run = range(start, i)
        items = [k for k in run if types[k] == "item"]
        # a live blog's short entries under their times are sentences; a list's are headlines
        sentences = sum(_ends_a_sentence(paragraphs[k].text) for k in items)
        if (
            len(items) >= STAMPED_ITEMS
            and len(run) - len(items) >= STAMPED_ITEMS - 1
            and 2 * sentences < len(items)
        ):
            for k in run:
                kinds[k] = Kind.RELATED if types[k] == "item" else Kind.BOILERPLATE
        start = i


#: Comment headers needed before the rows under them are taken as reader comments.
COMMENT_HEADERS = 2


def _comment_header(paragraphs: Sequence[Paragraph], i: int) -> int:
    """Rows taken by a comment's header at row i (author, then one or two stamps), or 0."""
    text = paragraphs[i].text
    if NAME_AND_STAMP.search(text):
        return 1
    if len(text.split()) > 3 or len(text) > 40 or TERMINAL.search(text) or STAMP.search(text):
        return 0
    k = i + 1
    while k < len(paragraphs) and k <= i + 2 and STAMP.search(paragraphs[k].text):
        k += 1
    return k - i if k > i + 1 else 0


#: How far a comment (header and text) may reach, and two comment headers may stand apart.
COMMENT_ROWS = 15


def _comments(
    paragraphs: Sequence[Paragraph], kinds: list[Kind | None], prose: list[bool], posts: list[bool]
) -> None:
    """Reader comments under the article: an author's name, a time stamp, the comment.

    Headers count when two or more follow one another (at most COMMENT_ROWS rows apart)
    after the article's first long paragraph: an article's own byline and date come once.
    A comment runs to the next header, the last one to the next furniture line.
    """
    n = len(paragraphs)
    article = _article_rows(paragraphs, prose, posts)
    if not any(article):
        return
    headers, i = [], article.index(True) + 1
    while i < n:
        taken = _comment_header(paragraphs, i) if not posts[i] else 0
        if taken and i + taken < n:
            headers.append(i)
        i += max(taken, 1)
    for k, h in enumerate(headers):
        after = headers[k + 1] if k + 1 < len(headers) and headers[k + 1] - h <= COMMENT_ROWS else None
        before = k > 0 and h - headers[k - 1] <= COMMENT_ROWS
        if after is None and not before:
            continue  # a lone header: an article's byline, a sidebar's "latest comments"
        end = after
        if end is None:
            end = h + 1
            while end < min(n, h + COMMENT_ROWS) and not (
                kinds[end] in (Kind.BOILERPLATE, Kind.RELATED) and LETTERS.search(paragraphs[end].text)
            ):
                end += 1
        for r in range(h, end):
            if not posts[r]:
                kinds[r] = kinds[r] or Kind.BOILERPLATE
                prose[r] = False


#: A marker this short is a label on its own line ("À lire aussi", "Sur le même sujet"): the
#: headline under it is its link, with or without a colon.
MARKER_LABEL_WORDS = 4
#: A title right above its byline has this many words; a menu's last item may have fewer.
TITLE_MIN_WORDS = 3
#: Furniture lines a "Lire aussi :" may have between it and its headline.
MARKER_SKIP_ROWS = 3


def classify(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Give each paragraph its kind; returns new paragraphs, the input is unchanged."""
    n = len(paragraphs)
    posts = _posts(paragraphs)
    kinds: list[Kind | None] = [None if posts[i] else line_kind(p.text) for i, p in enumerate(paragraphs)]
    begun = False
    for i in range(n - 1):
        text = paragraphs[i].text
        # above a photo's credit, its caption: the names of who is in it ("Bernard Stamm et
        # Clotilde Courau." / "©CasaAzulFilms"), or, once the article has begun, one short
        # sentence with no subject and verb ("Gary Lineker, dépité face à l'Allemagne en 1990." /
        # "Crédit: Imago"); the title above its picture's credit stays the title
        if (
            kinds[i] is None
            and not posts[i]
            and _is_credit_only(paragraphs[i + 1].text)
            and (
                is_signature(text.rstrip("."))
                or (
                    begun
                    and len(paragraphs[i].sentences) == 1
                    and len(text.split()) <= CAPTION_MAX_WORDS
                    and not text.rstrip().endswith((":", "?"))
                    and not tells_of_the_world(text, SHORT_NARRATIVE_WORDS)  # the article's last sentence
                )
            )
        ):
            kinds[i] = Kind.BOILERPLATE
            if i and paragraphs[i - 1].text == text and kinds[i - 1] is None:
                kinds[i - 1] = Kind.BOILERPLATE  # the picture's alt text, said right above it
        begun = begun or (
            kinds[i] is None
            and len(text.split()) >= ARTICLE_PROSE_WORDS
            and is_prose(text, len(paragraphs[i].sentences))
        )
    table_row = [is_table_row(p.text) for p in paragraphs]
    for i in range(n - 1):
        # a table's header above its rows: the same bars, the names of the columns
        text = paragraphs[i].text
        if "|" in text and table_row[i + 1] and text.count("|") == paragraphs[i + 1].text.count("|"):
            kinds[i] = None
    tables = {
        i
        for i, p in enumerate(paragraphs)
        if "|" in p.text and kinds[i] is None and (table_row[i] or (i + 1 < n and table_row[i + 1]))
    }
    spoken = _transcript_rows(paragraphs)
    for i in spoken:
        # a timed line of a transcript is what was said, judged without its time
        kinds[i] = None if posts[i] else line_kind(_TIMED.sub("", paragraphs[i].text, count=1))
    banner = False
    for i in range(n):
        # a consent banner wrapped by the copy: "… l’utilisation de cookies / et des données associées…"
        if banner and kinds[i] is None and not posts[i] and _continues(paragraphs, i):
            kinds[i] = Kind.BOILERPLATE
            continue
        banner = kinds[i] is Kind.BOILERPLATE and bool(CONSENT.search(paragraphs[i].text))
    # a newsletter box: its name and its pitch above the form's data notice
    for i in range(2, n):
        if kinds[i] is Kind.BOILERPLATE and NEWSLETTER_NOTICE.search(paragraphs[i].text):
            label, pitch = paragraphs[i - 2].text, paragraphs[i - 1].text
            if (
                kinds[i - 1] is None
                and len(pitch.split()) <= NEWSLETTER_PITCH_WORDS
                and len(label.split()) <= KICKER_MAX_WORDS
                and not TERMINAL.search(label)
                and kinds[i - 2] in (None, Kind.BOILERPLATE)
            ):
                kinds[i - 2] = kinds[i - 1] = Kind.BOILERPLATE
    repeated = _repeated_rows(paragraphs)
    for i in repeated:
        if kinds[i] is None and not posts[i]:
            kinds[i] = Kind.BOILERPLATE
    _stamped_lists(paragraphs, kinds, posts)
    for i in _menu_rows(paragraphs, [kinds[i] is None and not posts[i] for i in range(n)]):
        # the last line of a run, right above the byline, is the article's title ("Le Temps /
        # Suisse / Name in France / Publié le 12 mars 2024"), unless it is a section's name
        titled = (
            i + 1 < n
            and kinds[i + 1] is Kind.BYLINE
            and len(paragraphs[i].text.split()) >= TITLE_MIN_WORDS
            and not is_kicker(paragraphs[i].text)
        )
        if not titled:
            kinds[i] = Kind.BOILERPLATE

    # "Lire aussi :" owns the list items that follow it, or one bare headline
    for i in range(n):
        if kinds[i] is not Kind.RELATED or not RELATED_MARKER.search(paragraphs[i].text):
            continue
        j = i + 1
        while j < n:
            if (
                _LONE_MARK.match(paragraphs[j].text)
                and j + 1 < n
                and _bare_headline(paragraphs[j + 1], kinds[j + 1])
            ):
                j += 1  # an item whose mark stands on the line above it: "- / Rock en Seine 2024 : …"
            elif not (kinds[j] is None and LIST_ITEM.match(paragraphs[j].text)):
                break
            kinds[j] = Kind.RELATED
            j += 1
        label = paragraphs[i].text.rstrip()
        # ("Lire la suite" ends the post above it: the headline under it is the next post's)
        short_label = len(label.split()) <= MARKER_LABEL_WORDS and not is_continuation(label)
        if j == i + 1 and (label.endswith(":") or short_label):
            while j < min(n, i + 1 + MARKER_SKIP_ROWS) and kinds[j] is Kind.BOILERPLATE:
                j += 1  # "Lire aussi :", "Article réservé à nos abonnés", then the headline
            if j < n and kinds[j] is None and not is_prose(paragraphs[j].text, len(paragraphs[j].sentences)):
                kinds[j] = Kind.RELATED
                # more bare headlines right under it are the same list ("Lire aussi : / Grève
                # SNCF : … / Les prix de l'immobilier …"), up to the article's next paragraph
                j += 1
                while j < min(n, i + 1 + MARKER_CARD_ROWS) and _bare_headline(paragraphs[j], kinds[j]):
                    kinds[j] = Kind.RELATED
                    j += 1
        _owned_cards(paragraphs, kinds, i)

    prose = [
        posts[i] or (kinds[i] is None and is_prose(p.text, len(p.sentences)))
        for i, p in enumerate(paragraphs)
    ]
    if n and kinds[-1] is None and _is_cut_sentence(paragraphs[-1].text):
        prose[-1] = True  # a text that stops mid-sentence: the article goes on to its last word
    for i in spoken:
        prose[i] = prose[i] or kinds[i] is None  # a transcript's lines run on: prose, however short

    # an author block: name line(s), then a bio that names them or says what they do
    first_prose = prose.index(True) if any(prose) else n
    for i in range(1, n):
        if not prose[i] or posts[i]:
            continue
        named = i > first_prose and kinds[i - 1] is None and is_name(paragraphs[i - 1].text)
        # "Par Adèle Bréau / Ex-directrice de Terrafemina, je suis aussi auteure chez …"
        signed = kinds[i - 1] is Kind.BYLINE and bool(_FIRST_PERSON.search(paragraphs[i].text))
        if named or (signed and len(paragraphs[i].text.split()) <= SIGNED_BIO_MAX_WORDS):
            if _is_bio(paragraphs[i]):
                kinds[i] = Kind.BOILERPLATE
                prose[i] = False
                k = i - 1
                while k >= 0 and kinds[k] is None and is_name(paragraphs[k].text):
                    kinds[k] = Kind.BYLINE
                    k -= 1

    # a name the page repeats is its author's, wherever it stands
    for i in repeated:
        if kinds[i] is None and is_name(paragraphs[i].text):
            kinds[i] = Kind.BYLINE

    # the author's bio in one paragraph under the article, opening on the byline's name: "Par
    # Jean Dupont" … "Jean Dupont est journaliste indépendant, spécialiste des questions agricoles."
    authors = {
        m.group(1) for i in range(n) if kinds[i] is Kind.BYLINE and (m := _AUTHOR.match(paragraphs[i].text))
    }
    closing = max((i for i in range(n) if prose[i] and not posts[i]), default=None)
    if closing is not None and authors:
        text = paragraphs[closing].text
        if (
            any(text.startswith(name + " ") for name in authors)
            and len(text.split()) <= SIGNED_BIO_MAX_WORDS
            and _is_bio(paragraphs[closing])
            and any(prose[k] for k in range(closing))
        ):
            kinds[closing], prose[closing] = Kind.BOILERPLATE, False

    # the page's furniture first, so that a notice in the footer does not pass for the article
    # continuing below a teaser section; then again with the teasers gone
    _comments(paragraphs, kinds, prose, posts)
    _side_blocks(paragraphs, kinds, prose, posts)
    _related_section(paragraphs, kinds, prose, posts)
    _side_blocks(paragraphs, kinds, prose, posts)
    _boxed(paragraphs, kinds, prose, posts)
    _end_of_article(paragraphs, kinds, prose, posts)
    body_rows = [i for i in range(n) if prose[i]]
    if not body_rows:
        # no running text (a headline, a single line): translate it all
        return _with_kinds(paragraphs, kinds)
    first, last = body_rows[0], body_rows[-1]

    # a headline said again (its image's alt text, its caption) is furniture before the head is
    # looked for: a copy under the title is no headline group of its own
    echoes, captions = _echo_rows(paragraphs)
    for i in echoes:
        if kinds[i] is None and not prose[i]:
            kinds[i] = Kind.BOILERPLATE
    for i in captions:  # a caption said twice ends like a sentence: it is the picture's all the same
        if kinds[i] in (None, Kind.BODY) and not posts[i]:
            kinds[i], prose[i] = Kind.BOILERPLATE, False
    head = _title_block(paragraphs, kinds, prose, first)
    # a blog's archive page: what stands above its header ("Archive pour la catégorie …") is the
    # blog's own name and tagline
    archive = [i for i in range(first) if ARCHIVE_HEADER.search(paragraphs[i].text)]
    for i in range(max(head, archive[-1] if archive else 0)):
        if kinds[i] is None:
            kinds[i] = Kind.BOILERPLATE
    for i in _site_lines(paragraphs, kinds, prose, first):
        kinds[i] = Kind.BOILERPLATE
    title_seen = False
    next_open = _next_open(kinds, prose)
    # markers of the article's own headings ("1 Musk et…", "- Mark Daumail, du groupe…")
    listed = {
        m
        for i in range(first, last)
        if kinds[i] is None and not prose[i] and (m := _marker(paragraphs[i].text))
    }
    tail = last + 1
    listed_after = _lists_after(paragraphs, kinds, last)
    for i in range(n):
        if kinds[i] is not None:
            continue
        text = paragraphs[i].text
        if prose[i]:
            kinds[i] = Kind.BODY
        elif i < first:
            if is_name(text) and title_seen:
                kinds[i] = Kind.BYLINE
            elif i and kinds[i - 1] in _FURNITURE and _GOES_ON.match(text) and not _LABEL.match(text):
                kinds[i] = kinds[
                    i - 1
                ]  # the furniture's line goes on: "Répertoire de publications / de recherche…"
            elif i and _is_credit_only(paragraphs[i - 1].text) and _CAPTION_DATE.search(text):
                kinds[i] = (
                    Kind.BOILERPLATE
                )  # under a photo's credit, its caption: "…, le 21 mars 2017 à Essen"
            elif not title_seen and (
                (len(text.split()) <= 2 and is_name(text))
                or _is_rubric(text, next_open[i] is not None and next_open[i] < first)
                or _is_menu_item(text)
                or (
                    (_LABEL.match(text) or is_kicker(text))
                    and next_open[i] == i + 1
                    and _is_headline(paragraphs[i + 1].text)
                )
            ):
                kinds[i] = Kind.BOILERPLATE  # a section name above the title: "International"
            elif not title_seen:
                kinds[i] = Kind.TITLE
                title_seen = True
            else:
                kinds[i] = Kind.HEADING
        elif i == last + 1 and _is_closing_question(text):
            kinds[i] = Kind.BODY
        elif i == tail and _continues_the_list(marker := _marker(text), listed):
            kinds[i] = Kind.HEADING  # the article's list goes on past its last paragraph
            listed.add(marker)  # not None: it continues the list
            tail += 1
        elif (
            i == n - 1
            and i - last <= LAST_HEADING_GAP
            and _is_sentence_case(text)
            # a caption's lines may stand between (rows past the article keep a related kind
            # from before this loop), a rule or a link elsewhere not
            and all(
                kinds[k] is not Kind.RELATED and LETTERS.search(paragraphs[k].text)
                for k in range(last + 1, i)
            )
        ):
            kinds[i] = Kind.HEADING  # a text copied up to a section's heading, past a caption
        elif i in listed_after:
            kinds[i] = Kind.HEADING  # the article's list past its last paragraph: "Ingrédients :" …
        elif i > last:
            kinds[i] = Kind.BYLINE if is_name(text) else Kind.BOILERPLATE
        else:
            nxt = next_open[i]
            # a numbered heading below ("9. TorrentDownloads") makes this the end of an item
            followed_by_headline = (
                nxt is not None and not prose[nxt] and not LIST_ITEM.match(paragraphs[nxt].text)
            ) or (i + 1 < n and bool(MORE_BUTTON.match(paragraphs[i + 1].text)))
            if i in tables:
                kinds[i] = Kind.BODY  # a table's row, pasted with its bars
            elif is_signature(text):
                kinds[i] = Kind.BYLINE  # "Raymond Taube": a signature, not a section heading
            elif text.rstrip().endswith(":"):
                kinds[i] = Kind.HEADING  # "Le fil des événements de jeudi :" leads into what follows
            else:
                # a sentence broken over two lines ("… c’est toujours un crève-cœur / de faire une
                # liste ?") is not a headline above another
                broken = i + 1 < n and (
                    _continues(paragraphs, i + 1)
                    # a verse going on ("Quelle est cette langueur / Qui pénètre mon cœur ?")
                    or (
                        not TERMINAL.search(text)
                        and ":" not in text  # "Programme : Showrunners" is a label, not a verse
                        and bool(_VERSE_GOES_ON.match(paragraphs[i + 1].text))
                    )
                )
                # a list's last item ("+ Le S pen" above "Les moins") ends the list, not a teaser
                listed_item = (
                    bool(LIST_ITEM.match(text)) and i > 0 and bool(LIST_ITEM.match(paragraphs[i - 1].text))
                )
                # a match's score line heads its report ("Stade Malherbe Caen 1-0 Toulouse FC"); the
                # items under a lead-in ("Mais on peut aussi :") are its list, not teasers
                related = (
                    followed_by_headline
                    and not broken
                    and not listed_item
                    and not _is_score_line(text)
                    and not _under_lead_in(paragraphs, kinds, prose, i)
                )
                kinds[i] = Kind.RELATED if related else Kind.HEADING
    return _with_kinds(paragraphs, kinds)


#: A list's item is a line of a few words ("Préchauffez le four à 160°C", "180 g de beurre"); a
#: longer line under a list is a reader's comment or another article's teaser.
LIST_ITEM_WORDS = (3, 14)


def _lists_after(paragraphs: Sequence[Paragraph], kinds: list[Kind | None], last: int) -> set[int]:
    """Lists past the article's last paragraph that a lead-in of a few words ending with ":"
    opens ("Instructions : / Première étape / Préchauffez le four à 160°C / …"): the lead-in and
    its lines, when two or more of them are items (a few words, or a quantity). A section list
    ("Nos rubriques : / Politique / Sport") has no such items."""
    rows: set[int] = set()
    i = last + 1
    while i < len(paragraphs):
        text = paragraphs[i].text.rstrip()
        if not (kinds[i] is None and text.endswith(":") and len(text.split()) <= KICKER_MAX_WORDS + 2):
            i += 1
            continue
        chain, items, j = [i], 0, i + 1
        while j < len(paragraphs) and kinds[j] is None and not paragraphs[j].text.rstrip().endswith(":"):
            words = len(paragraphs[j].text.split())
            item = LIST_ITEM_WORDS[0] <= words <= LIST_ITEM_WORDS[1] or paragraphs[j].text[:1].isdigit()
            if not item and words > LIST_ITEM_WORDS[1]:
                break
            chain.append(j)
            items += item
            j += 1
        if items >= 2:
            rows.update(chain)
        i = j
    return rows


def _with_kinds(paragraphs: Sequence[Paragraph], kinds: list[Kind | None]) -> list[Paragraph]:
    # not dataclasses.replace: a page of 50 000 one-word lines is 50 000 calls
    return [
        p
        if (kinds[i] or Kind.BODY) is p.kind
        else Paragraph(p.index, p.start, p.end, p.text, p.sentences, kinds[i])
        for i, p in enumerate(paragraphs)
    ]
