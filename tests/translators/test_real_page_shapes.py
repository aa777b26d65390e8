"""Shapes seen on real pages: embedded posts, quotations over line breaks, chrome kinds.

The strings are made up in the shape of real pages (the real pages are in seeds/pages/);
each case stands for a general rule, not a site.
"""

import pytest

from service.pipeline import analyse


def kinds_and_languages(text):
    doc = analyse(text)
    return [(s.text, doc.kind_of(s).value, s.language) for s in doc.sentences]


def kinds_of(rows, line):
    """The kinds of the sentences that are exactly `line`."""
    return [kind for t, kind, _ in rows if t == line]


def kinds_inside(rows, text):
    """The kinds of the sentences inside `text`."""
    return {kind for t, kind, _ in rows if t in text}


def kinds_between_paragraphs(line):
    """The kinds of `line`'s sentences on a line of its own between two paragraphs of prose
    on each side (LONG: a paragraph of the article)."""
    rows = kinds_and_languages(f"{LONG}\n{LONG}\n{line}\n{LONG}\n{LONG}")
    return kinds_inside(rows, line)


BODY = (
    "Le président américain a publié plusieurs messages dimanche matin sur son compte, "
    "au lendemain de son retour d'un long voyage à l'étranger."
)


def test_post_on_the_same_line_as_its_attribution():
    text = f"{BODY}\nIs this what you want for your President??? With no ratings, media will go down along with our great USA! https://t.co/abc123 — Donald J. Trump (@realDonaldTrump) July 13, 2020\n{BODY}"
    rows = kinds_and_languages(text)
    post = [r for r in rows if "President???" in r[0] or "USA!" in r[0]]
    assert post and all(kind == "body" and lang == "en" for _, kind, lang in post)
    assert [kind for t, kind, _ in rows if t == "— Donald J. Trump (@realDonaldTrump) July 13, 2020"] == [
        "byline"
    ]


@pytest.mark.parametrize("date", ["July 13, 2020", "13 juillet 2020", "5 октября 2017 г.", ""])
def test_attribution_line_is_chrome_in_any_language(date):
    attribution = f"— Boaz Frankel (@boazf) {date}".strip()
    rows = kinds_and_languages(
        f"{BODY}\nPay for NATO or not! pic.twitter.com/XfhtU7fMFo\n{attribution}\n{BODY}"
    )
    assert [kind for t, kind, _ in rows if t == attribution] == ["byline"]
    assert [(kind, lang) for t, kind, lang in rows if t.startswith("Pay for NATO")] == [("body", "en")]


def test_french_post_is_translated_and_kept_as_body():
    rows = kinds_and_languages(
        f"{BODY}\n#Trump a écrit ce tweet il y a 3 ans https://t.co/xYz\n— Le Monde (@lemondefr) 1 juin 2017"
    )
    assert rows[1][1:] == ("body", "fr")


def test_quotation_over_line_breaks_is_one_sentence_and_kept():
    text = (
        f"{BODY}\nIl a écrit : « The FAKE NEWS media (failing @nytimes, @NBCNews,\n@ABC, @CBS, @CNN) is not my "
        "enemy, it is the enemy of the\nAmerican People ! »\n"
        "« Terrible ! Just found out that Obama had my wires tapped. This is\nMcCarthyism ! »\n" + BODY
    )
    doc = analyse(text)
    quoted = [s for s in doc.sentences if s.quotes]
    assert len(quoted) == 2
    assert all(doc.kind_of(s).value == "body" for s in quoted)
    assert all(q.kept for s in quoted for q in s.quotes)
    assert "McCarthyism" in quoted[1].text and "Terrible" in quoted[1].text


def test_unclosed_quote_does_not_swallow_following_lines():
    doc = analyse(f"Un « stray\n{BODY}\n{BODY}\n{BODY}\n{BODY}")
    assert len(doc.paragraphs) == 5


@pytest.mark.parametrize(
    "line",
    [
        "Catégories : Twitter",
        "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment les données de vos commentaires sont utilisées.",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Accès gratuit 4 jours – créez votre compte",
        "Posté par Emmanuel Torregano le 10 septembre 2014",
        "Mickaël Bazoge |",
        "GettyImages 1492072228 scaled",
        "Le chlorothalonil est utilisé dans la culture des céréales depuis cinquante ans. Image: Keystone",
        "Couverture de l'édition de cette semaine - © AFP/BELGA",
        "Lires nos articles sur la présidentielle",
        "Pesticide L'interdiction immédiate du pesticide est demandée par le gouvernement bernois. Plus...",
        "2",
        "La République en marche, Justice, Emmanuel Macron",
        "Vous avez lu 1 des 4 articles gratuits ce mois-ci.",
        "Roman Prymula, photo: Archives du Gouvernement tchèque",
        "12'16 Écouter Ajouter à la playlist Partager",
        "cc zuk0 https://flic.kr/p/s9X187",
        # datelines, bylines, counts, attachments, picture labels and credits, disclaimers
        "Vendredi 07 Mars, 2025 à Dakar",
        "Sophie Brunn, Clément Parrot le vendredi 14 juillet 2017",
        "Billet de blog 8 décembre 2017",
        "posté à 11h29, par JBB",
        "30 Billets",
        "JPEG - 41.2 ko",
        "Illustration 1",
        "Un perroquet empaillé, Muséum de Rouen © Maryline Coquidé, conservatrice",
        "Donald Trump à la Maison Blanche le 16 janvier 2018 NICHOLAS KAMM / AFP/Archives",
        "Emmanuel Macron se dirige vers la pyramide du Louvre, le 7 mai 2017. (REUTERS)",
        "Ce blog est personnel, la rédaction n’est pas à l’origine de ses contenus.",
        "Découvrez le journal en illimité pour 1€ seulement Découvrir les offres",
        "En ce moment",
        "read full story",
        "titrologue-a-yaounde.jpg",
        "A+ A A-",
        # glued menus, separator lists, breadcrumbs, sponsorship and offers
        "Guerre en UkraineAmériquesEuropeMoyen-OrientLe meilleur du journalisme européenAsie",
        "Piratage de Sony Pictures ▪ Fibre optique ▪ Gouvernance du Net ▪ Données personnelles",
        "Vous êtesAccueil»Torrent»Actu torrent»Les 10 plus gros trackers",
        "En partenariat avec la Commission européenne",
        "Nouveau : découvrez nos offres Premium !",
        # a WordPress comment form, field by field
        "Commentaires (12)",
        "Votre commentaire",
        "Nom *",
        "Site web",
    ],
)
def test_chrome_kinds(line):
    rows = kinds_and_languages(f"{BODY}\n{line}\n{BODY}")
    assert all(kind not in ("body", "title", "heading") for text, kind, _ in rows if text in line), rows


def test_a_keyword_does_not_make_long_prose_chrome():
    prose = (
        "Trump cite ici une émission de Fox News, chaîne avec laquelle il entretient des liens étroits, "
        "et renvoie ses abonnés vers la newsletter de la chaîne, qui publie chaque jour les commentaires "
        "de ses animateurs vedettes sur la politique de la Maison-Blanche et sur les cookies publicitaires."
    )
    rows = kinds_and_languages(f"{BODY}\nDonald J. Trump\n{prose}\n{BODY}")
    assert all(kind == "body" for text, kind, _ in rows if text in prose)


def test_rubric_above_the_title_is_chrome_and_title_is_translated():
    rows = kinds_and_languages(f"Moyen Orient et Monde - Focus\nLe Liban face à la crise\n{BODY}")
    assert rows[0][1] == "boilerplate" and rows[1][1] == "title"


def test_english_paragraph_is_kept_whole_with_its_short_sentences():
    text = (
        f"{BODY}\nPay for NATO or not! They owe us. Is this what you want for your President??? Sad!\n{BODY}"
    )
    rows = kinds_and_languages(text)
    assert [lang for t, _, lang in rows if t in text.splitlines()[1]] == ["en"] * 4


LONG = (
    "Le gouvernement a présenté mardi un projet de loi qui modifie en profondeur les règles "
    "de l'assurance chômage, au grand dam des syndicats qui dénoncent une réforme brutale et injuste."
)


def test_teasers_under_a_related_section_after_the_article_are_chrome():
    text = (
        f"{LONG}\n{LONG}\nArticles liés\nUn an à l’atelier, épisode 5 : une oralité éprouvante\n"
        "Intervenant à l’atelier, Philippe observe tout au long de l’année les élèves et raconte.\n"
        "Par Philippe Douroux\nLe 05/02/2020\nContre les E3C, les élèves gagnent une première bataille"
    )
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t.startswith("Intervenant")] == ["related"]


def test_inline_related_link_does_not_take_the_article_after_it():
    text = f"{LONG}\nÀ lire aussi\nUne autre histoire sans rapport\nLa suite est courte.\n{LONG}"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t == "La suite est courte."] == ["body"]


def test_live_blog_entries_between_time_markers_stay_body():
    entries = "\n".join(
        f"{m}'\nBelle occasion pour l'équipe numéro {m} sur coup-franc." for m in (13, 10, 7, 3)
    )
    rows = kinds_and_languages(f"{LONG}\n{entries}\nTous les sports\nFootball\nTennis")
    assert [kind for t, kind, _ in rows if t.startswith("Belle occasion")] == ["body"] * 4


def test_short_prose_after_the_page_footer_is_chrome():
    text = f"{LONG}\nJe fais un don\nAbonnez-vous à la newsletter\nUne autre façon d'agir au quotidien."
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t.startswith("Une autre façon")] == ["boilerplate"]


def test_teaser_blurbs_of_a_related_section_are_chrome_down_to_the_next_section():
    blurb = (
        "Dans cet entretien, l'ancien ministre analyse la crainte du déclassement qui saisit les "
        "électeurs européens depuis la crise financière, et ce qu'elle change aux votes."
    )
    teasers = "\n".join(
        f"Entretiens Politique\nUne conversation avec l'invité {k}\nPolitique\n{blurb}" for k in range(4)
    )
    text = f"{LONG}\n{LONG}\n{LONG}\nPour approfondir\n{teasers}\nÀ suivre\nUn témoignage du front\n10 mars 2020\n{blurb}"
    rows = kinds_and_languages(text)
    assert {kind for t, kind, _ in rows if t.startswith("Dans cet entretien")} <= {"related", "boilerplate"}
    assert [kind for t, kind, _ in rows if t.startswith("Le gouvernement")] == ["body"] * 3


def test_a_blurb_followed_by_the_article_going_on_is_body():
    closing = "Le texte sera examiné au Sénat en janvier, a précisé le ministre mardi soir."
    text = f"{LONG}\nÀ lire aussi\nUne autre histoire sans rapport\n{closing}\n{LONG}\nPartager\nFacebook"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t in (closing, LONG)] == ["body"] * 3


def test_small_prose_cut_off_below_the_article_by_page_furniture_is_chrome():
    sidebar = (
        "Hier à peine considérée, l'Asie devient l'une des clefs du monde contemporain, "
        "et ce blog en suit les soubresauts au jour le jour."
    )
    nav = "Partager cet article\nArticle précédent\nUn autre titre\nArticle suivant\nEncore un titre\nPlanète Asie"
    text = f"{LONG}\n{LONG}\n{LONG}\n{nav}\n{sidebar}\nNous contacter\nBoutique\nDons"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t == sidebar] == ["boilerplate"]
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 3


def test_a_short_first_paragraph_set_apart_by_inserted_links_stays_body():
    first = "Le ministre a accueilli jeudi matin un premier avion spécial à Roissy."
    cards = "Sur le même sujet\nReportage\nA Katmandou, exode sous pression\nPar Sébastien Farcis\nInterview\nNépal : un autre titre\nPar Laurence Defranoux"
    text = f"Un troisième Français mort au Népal\nAFP 30 avril 2015 à 07:19\n{first}\n{cards}\n{LONG}\n{LONG}\n{LONG}"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t == first] == ["body"]
    assert [kind for t, kind, _ in rows if t.startswith(("A Katmandou", "Népal"))] == ["related"] * 2
    assert [kind for t, kind, _ in rows if t.startswith("Un troisième")] == ["title"]


def test_headlines_in_the_menus_above_the_article_are_chrome_and_the_title_is_kept():
    menu = "\n".join(
        f"Article réservé aux abonnés\nUn autre article sur un sujet sans rapport numéro {k}\nÉconomie"
        for k in range(3)
    )
    head = "Politique\nSophie Binet met en garde Emmanuel Macron sur la gravité de la situation"
    share = "Par Bertrand Bissuel\nPartager\nFacebook\nTwitter\nCopier le lien"
    text = f"Se connecter\nS’abonner\nNewsletters\n{menu}\nGestion des cookies\nMentions légales\nPolitique de confidentialité\n{head}\n{share}\n{LONG}\n{LONG}"
    rows = kinds_and_languages(text)
    assert {kind for t, kind, _ in rows if t.startswith("Un autre article")} == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t.startswith("Sophie Binet")] in (["title"], ["heading"])


def test_teaser_cards_below_the_article_are_chrome_whatever_their_number():
    cards = "\n".join(
        f"Un titre d’un autre article numéro {k}\nFaits divers\nUn titre d’un autre article numéro {k}\n"
        f"La police a fait usage de gaz poivré lors de l’opération numéro {k}, menée mardi matin dans "
        "le quartier du centre-ville où des tentes étaient installées depuis des mois."
        for k in range(12)
    )
    furniture = "Partager cet article\nAbonnez-vous à notre infolettre\nLaisser un commentaire"
    text = f"{LONG}\n{LONG}\n{LONG}\n{furniture}\nLes plus populaires\nIl y a 2 heures\n{cards}\nAccessibilité\nAide"
    rows = kinds_and_languages(text)
    assert {kind for t, kind, _ in rows if t.startswith(("La police", "Un titre"))} <= {
        "boilerplate",
        "related",
    }
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 3


def test_consent_banner_flattened_menu_and_line_leading_into_a_list():
    banner = (
        "Nous utilisons les témoins de navigation (cookies) afin d'opérer et d’améliorer nos services ainsi "
        "qu'à des fins publicitaires. Le respect de votre vie privée est important pour nous. Si vous n'êtes "
        "pas à l'aise avec l'utilisation de ces informations, veuillez revoir vos paramètres."
    )
    menu = (
        "Monde Euronews Witness Monde No Comment Qatar 365 Spotlight The Global Conversation Top News Stories"
    )
    lead = "Le fil des événements de jeudi :"
    text = f"{banner}\n{menu}\n{LONG}\n{LONG}\n{lead}\n9h05 - La Bourse de Paris ouvre dans le vert\n{LONG}"
    rows = kinds_and_languages(text)
    assert {kind for t, kind, _ in rows if t in banner or t == menu} == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t == lead] == ["heading"]


def test_a_short_live_blog_entry_between_long_ones_stays_body():
    short = "Le match reprend après une courte interruption."
    bar = "Partager\nFacebook\nTwitter"
    text = f"{LONG} {LONG}\n{bar}\n{short}\n{bar}\n{LONG} {LONG}\n{bar}"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t == short] == ["body"]


def test_a_sentence_boxed_between_two_furniture_lines_is_chrome():
    box = "Du lundi au samedi, découvrez l’essentiel de l’actualité."
    text = f"{LONG}\n{LONG}\nAbonnez-vous à notre infolettre matinale\n{box}\nJe m'abonne\n{LONG}"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t == box] == ["boilerplate"]


def test_reader_comments_under_the_article_are_chrome():
    comments = "\n".join(
        f"lecteur{k}\n24 janvier 2017\n12h{10 + k}\n"
        "À ce compte-là, je verrais bien plus Landeskog avec Ottawa que Duchene, moins électrisant mais "
        "fiable, et qui ne coûterait pas trop cher en espoirs à l’organisation.\nMais qu’est-ce que ça prendrait ?"
        for k in range(3)
    )
    text = f"Par Mathias Brunet\n24 janvier 2017\n{LONG}\n{LONG}\n{LONG}\n85 commentaires\n{comments}\nRecherche\nBlogues\nSoccer"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 3
    assert {kind for t, kind, _ in rows if t.startswith(("À ce compte-là", "Mais qu’est-ce"))} == {
        "boilerplate"
    }


def test_a_byline_and_date_above_the_article_are_not_a_comment():
    text = f"Un titre d’article assez long\nJean Dupont\n24 janvier 2017\n{LONG}\nMarie Durand\n25 janvier 2017\n{LONG}"
    rows = kinds_and_languages(text)
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 2


def test_a_site_about_text_in_the_sidebar_below_the_article_is_chrome():
    about = (
        "NextWarez est un portail d'information et de documentation sur le sujet, qui traite de streaming, "
        "de téléchargement direct et de torrent.\n"
        "Retrouvez nos publications régulières le lundi, une chronique culture le mercredi et des tutoriels."
    )
    text = f"{LONG} {LONG}\n{LONG} {LONG}\n{LONG} {LONG}\n{LONG}\nPartager cet article\nÉtiquettes : torrent, DDL\nLaisser un commentaire\nA propos\n{about}\nContact"
    rows = kinds_and_languages(text)
    assert kinds_inside(rows, about) == {"boilerplate"}


def test_a_data_line_above_a_numbered_heading_stays_in_the_article():
    items = "\n".join(
        f"{k}. Tracker{k}\nCe site est connu des amateurs, mais fait sa première apparition dans le classement cette année.\n"
        f"RANG ALEXA : {k * 100} / 2016 #NC"
        for k in range(5, 0, -1)
    )
    rows = kinds_and_languages(f"{LONG}\n{items}\n{LONG}")
    assert {kind for t, kind, _ in rows if t.startswith("RANG ALEXA")} == {"heading"}


def test_a_brand_or_a_quotation_is_not_a_glued_menu_or_a_breadcrumb():
    for line in (
        "Il a publié la vidéo sur YouTube et LinkedIn",
        "« Oui », « non » et « peut-être »",
        "Le chat dort. <script>alert(1)</script> Il rêve. <b>x</b>",
    ):
        rows = kinds_and_languages(f"{LONG}\n{line}\n{LONG}")
        assert kinds_inside(rows, line) <= {"heading", "body", "related"}, rows


def test_a_short_line_the_page_repeats_is_furniture_but_a_name_is_left_to_the_byline_rules():
    text = f"En lecture Suivant\n{LONG}\nEn lecture Suivant\n{LONG}\nLa crise vue de Bruxelles\n{LONG}"
    rows = kinds_and_languages(text)
    assert {kind for t, kind, _ in rows if t == "En lecture Suivant"} == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t == "La crise vue de Bruxelles"] == ["heading"]


def test_lines_alternating_with_dates_are_a_sidebar_list_not_the_article():
    sidebar = "\n".join(f"{10 + k}/03\nUn titre de billet numéro {k}, court mais complet!" for k in range(4))
    comments = "\n".join(f"@lecteur{k} 11h35: Il faut qu’il...\n12h4{k}" for k in range(3))
    text = f"Blogues\nHockey\nChroniques\n{sidebar}\nUn titre de billet\nPar Mathias Brunet\n{LONG}\n{LONG}\n{comments}"
    rows = kinds_and_languages(text)
    assert {kind for t, kind, _ in rows if t.startswith(("Un titre de billet numéro", "@lecteur"))} == {
        "related"
    }
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 2


def test_a_live_blog_with_times_keeps_its_entries():
    entries = "\n".join(f"12:{10 + k}\nDéfense.\n{LONG}" for k in range(4))
    rows = kinds_and_languages(f"{LONG}\n{entries}")
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 5


def test_the_headline_over_the_byline_is_the_title_and_headlines_above_it_are_chrome():
    menu = "Politique\nSociété\nMonde\nÉconomie"
    others = "Ukraine, la drôle de guerre\nLe chaos libyen\nLa Grèce à gauche toute"
    head = "Accueil\n›\nMonde\nUn troisième Français mort dans le séisme au Népal\nAFP 30 avril 2015 à 07:19"
    rows = kinds_and_languages(f"{menu}\n{others}\n{head}\n{LONG}\n{LONG}")
    assert kinds_inside(rows, others) == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t.startswith("Un troisième")] == ["title"]


def test_an_account_box_above_the_article_is_chrome():
    box = (
        "Pour utiliser cette fonction, vous devez être membre.\nVous n'êtes pas encore membre ?\nM'inscrire\n"
        "L'utilisation de Facebook sert uniquement à simplifier votre inscription.\n"
        "Aucune de vos activités ne sera partagée sur votre page sans votre autorisation."
    )
    text = f"{box}\nVidéos\nDébats\nChroniques\nBlogues\nUn titre de billet\nPar Mathias Brunet\n{LONG}\n{LONG}\n{LONG}"
    rows = kinds_and_languages(text)
    assert kinds_inside(rows, box) == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 3


def test_the_pages_appeal_closing_the_article_is_chrome():
    appeal = (
        "Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes abonné, vous pouvez "
        "vous inscrire à cette lettre hebdomadaire en suivant ce lien. Chaque mardi, vous y trouverez "
        "les analyses de la rédaction."
    )
    text = f"{LONG}\n{LONG}\nPour ne rien manquer de l’actualité économique\n{appeal}\nJean Dupont"
    rows = kinds_and_languages(text)
    assert {kind for t, kind, _ in rows if t in appeal or t.startswith("Pour ne rien")} == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"] * 2


def test_a_sentence_title_between_the_byline_and_the_photo_is_not_a_box():
    title = "Non, il ne sera pas élu en 2012. Haut les coeurs et arrêtez de chouiner !"
    text = f"posté à 11h29, par JBB\n42 commentaires\n{title}\nJPEG - 41.2 ko\n{LONG}\n{LONG}"
    rows = kinds_and_languages(text)
    assert kinds_inside(rows, title) == {"body"}


def test_a_dispatch_after_an_agency_bar_is_the_article_and_a_playlist_question_too():
    dispatch = "AFP | Le président élu, dont les commentaires matinaux tiennent le monde en haleine, a parlé."
    question = "Vous présentez «The Game» comme une playlist."
    rows = kinds_and_languages(f"{LONG}\n{dispatch}\n{question}\n{LONG}")
    assert {kind for t, kind, _ in rows if t in dispatch or t in question} == {"body"}


def test_headlines_after_a_link_to_the_rest_of_a_cut_article_are_chrome():
    headlines = [
        "Des manuscrits oubliés d'un compositeur joués pour la première fois",
        '"Le plus grand parc de loisirs" ouvrira en Bretagne !',
        "Pourquoi le Japon rêve de cultiver la mangue, ce fruit capricieux ?",
    ]
    text = "\n".join([LONG, "Grâce à ce nouveau (...)", "(...) Cliquez ici pour voir la suite", *headlines])
    rows = kinds_and_languages(text)
    assert len([t for t, _, _ in rows if t in headlines]) == 3
    assert kinds_inside(rows, headlines) <= {"related", "boilerplate"}
    assert [kind for t, kind, _ in rows if t == LONG] == ["body"]


def test_bulleted_items_above_the_headline_are_a_menu_not_the_title():
    title = "Le maire dézingue ses adjoints et l'ambition de la ville en conseil municipal"
    rows = kinds_and_languages(
        f"S'abonner au mag\n  • Bretagne\n  • J28\n  • Rennes-Brest (3-3)\n{title}\n{LONG}"
    )
    assert {kind for t, kind, _ in rows if t.startswith("•")} == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t == title] == ["title"]


def test_a_question_closing_the_article_is_the_article():
    question = "Même pas un petit mot pour les supporters ?"
    rows = kinds_and_languages(f"{LONG}\n{LONG}\n{question}\nÀ lire aussi\nLes grands récits du mois")
    assert [kind for t, kind, _ in rows if t == question] == ["body"]


def test_a_headline_said_again_without_its_accents_is_its_images_alt_text():
    title = "Le tweet d’Élise Martin qui a enflammé le réseau"
    echo = "Le tweet dElise Martin qui a enflamme le reseau"
    rows = kinds_and_languages(f"{title}\n{echo}\n{LONG}")
    assert [kind for t, kind, _ in rows if t == title] == ["title"]
    assert [kind for t, kind, _ in rows if t == echo] == ["boilerplate"]


def test_straight_quotes_spaced_like_guillemets_pair():
    rows = analyse('Le célèbre " Just Do It ", dévoilé en 1988, puis le " Do it ", qui a inspiré la marque.')
    quotes = [q.text for s in rows.sentences for q in s.quotes]
    assert quotes == ["Just Do It", "Do it"]
    assert all(q.kept for s in rows.sentences for q in s.quotes)


def test_a_consent_banner_wrapped_over_lines_is_chrome():
    banner = [
        "En poursuivant votre navigation sur EXEMPLE.fr, vous acceptez l’utilisation de cookies",
        "et des données associées pour vous proposer des contenus adaptés à vos centres d’intérêts",
    ]
    rows = kinds_and_languages("\n".join([*banner, LONG, "et la suite du texte ici, en minuscules."]))
    # its lines are one paragraph again (a wrapped line), and chrome
    assert {kind for t, kind, _ in rows if banner[0] in t or banner[1] in t} == {"boilerplate"}
    assert [kind for t, kind, _ in rows if t.startswith("et la suite")] == ["body"]


def test_two_authors_signing_between_paragraphs_are_a_byline():
    rows = kinds_and_languages(f"{LONG}\nMichel Hoffmann et Rosa Wegmann\n{LONG}")
    assert [kind for t, kind, _ in rows if t == "Michel Hoffmann et Rosa Wegmann"] == ["byline"]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("1 Le maire et sa passion du vélo", "2 La ville déménage sa mairie"),
        ("- Marc Dupont, du groupe X", "- Léa Roy, à Télérama"),
    ],
)
def test_the_articles_list_going_on_past_its_last_paragraph_is_the_article(first, last):
    rows = kinds_and_languages(f"{LONG}\n{first}\n{LONG}\n{last}")
    assert [kind for t, kind, _ in rows if t == last] == ["heading"]


def test_a_title_in_title_case_is_not_a_menu():
    title = "Les 12 Mots À Connaître Avant De Monter Sa Boîte"
    rows = kinds_and_languages(f"logo_noir\nRechercher\n{title}\n{LONG}")
    assert [kind for t, kind, _ in rows if t == title] == ["title"]
    assert [kind for t, kind, _ in rows if t == "logo_noir"] == ["boilerplate"]


@pytest.mark.parametrize(
    "line",
    [
        "Un atelier de code / jdupont / Flickr",
        "top of page",
        "En ce moment Zelda Mario Kart Elden Ring GTA 6",
        "Marc - Journaliste exemple.fr",
        "Profil de Marc, Exemple.fr",
        "Auteur: Marc Dupont",
        "Retour au sommaire du dossier",
        "Figure 2.",
        # a site builder's furniture left in English on a French page
        "No comments yet.",
        "Leave a Reply",
        "Your new page is loading...",
        "Close this menu.",
        "Current selected tag: 'Sports'. Clear",
        "Tags",
        # counts and list pages, labels in brackets, an issue's date
        "2,4K views | +3 today",
        "Page 3 sur 12",
        "[Vidéo]",
        "Édition du lundi 6 janvier 2025",
        # a link back behind an arrow, credits that end with a licence or a permission
        "⇐ retour index",
        "Le port au lever du jour. Photo de Jeanne Dupuis (CC BY-SA 4.0)",
        "Les participants du sommet, Dakar, 2019. Utilisée avec permission.",
    ],
)
def test_site_furniture_of_other_shapes_is_chrome(line):
    rows = kinds_and_languages(f"{LONG}\n{line}\n{LONG}")
    kinds = kinds_inside(rows, line)  # the line, or its sentences
    assert kinds in ({"boilerplate"}, {"byline"})


def test_a_blogs_name_and_tagline_above_its_archive_header_are_chrome():
    top = ["Le Cinéma de Paul", "tout le cinéma que j’aime", "Archive pour la catégorie '2020-2029'"]
    title = "Le Voisin (id.) – créée par Jean Dupont et Marc Durand – 2022"
    rows = kinds_and_languages("\n".join([*top, title, LONG, LONG]))
    assert kinds_inside(rows, top) == {"boilerplate"}
    assert "boilerplate" not in kinds_inside(rows, title)


def test_a_headline_about_a_return_is_not_a_back_link():
    title = "Retour au calme dans les rues de Lyon après la manifestation"
    rows = kinds_and_languages(f"{title}\n{LONG}")
    assert [kind for t, kind, _ in rows if t == title] == ["title"]


def test_a_headline_said_again_with_the_sites_name_is_its_page_title():
    headline = "Les communes se préparent au double scrutin de juin"
    echo = f"{headline} | Veille des collectivités | Exemple.it"
    rows = kinds_and_languages(f"{LONG}\n{headline}\n{echo}\n{LONG}")
    assert "boilerplate" not in {kind for t, kind, _ in rows if t == headline}
    assert [kind for t, kind, _ in rows if t == echo] == ["boilerplate"]


def test_a_heading_in_title_case_with_elided_words_is_not_a_menu():
    heading = "Le Contexte Historique du Projet : Naissance d’une Idée"
    rows = kinds_and_languages(f"{LONG}\n{heading}\n{LONG}")
    assert [kind for t, kind, _ in rows if t == heading] == ["heading"]


@pytest.mark.parametrize(
    "text",
    [
        'Un gros plan sur un White Walker."Winter is coming" ? La prophétie se réalise.',  # glued
        "Dans les ” road show ” financiers, le français fait figure de langue morte.",  # ” both sides
        'La situation est "Game over” pour le club, selon lui.',  # straight, then curly
    ],
)
def test_english_quotes_in_marks_a_copy_mangled_are_kept(text):
    doc = analyse(text)
    quotes = [(q.text, q.kept) for s in doc.sentences for q in s.quotes]
    assert quotes in ([("Winter is coming", True)], [("road show", True)], [("Game over", True)])


@pytest.mark.parametrize("name", ["Anne-Catherine Renaud", "Jean-Pierre Dupont-Moretti"])
def test_an_author_with_a_hyphenated_name_between_paragraphs_is_a_byline(name):
    rows = kinds_and_languages(f"{LONG}\n{name}\n{LONG}")
    assert [kind for t, kind, _ in rows if t == name] == ["byline"]


@pytest.mark.parametrize(
    "line", ["À lire sur Exemple.fr.", "Revivez le direct du débat avec nos journalistes."]
)
def test_links_to_read_elsewhere_or_to_a_live_are_chrome(line):
    rows = kinds_and_languages(f"{LONG}\n{line}\n{LONG}")
    assert [kind for t, kind, _ in rows if t == line] == ["related"]


def test_a_headline_said_twice_above_its_dateline_is_the_title_once():
    title = "La science est-elle en crise ?"
    rows = kinds_and_languages(f"Sections\n{title}\n{title}\n15.01.2019, par\n{LONG}\n{LONG}")
    assert [kind for t, kind, _ in rows if t == title] in (
        ["title", "boilerplate"],
        ["heading", "boilerplate"],
    )


def test_a_single_curly_quote_closed_by_a_typewriter_apostrophe_pairs():
    doc = analyse(
        "Un rapport du FMI, ‘Rethinking the State - Selected Expenditure Reform Options', fait débat."
    )
    assert [(q.text, q.kept) for s in doc.sentences for q in s.quotes] == [
        ("Rethinking the State - Selected Expenditure Reform Options", True)
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # reported speech after a colon, no marks: English kept, as a quotation would be
        ("Il a dit de moi : « Tu es unique » et : Don’t act !", ["Don’t act !"]),
        ("Son slogan de campagne : Yes we can.", ["Yes we can."]),
        # French after a colon, or a quotation after it saying what is quoted, stays as it was
        ("Au programme : des films, des concerts et des expositions.", []),
        ("Résultat : un succès.", []),
        ("Il a lancé : « Keep calm » puis il est parti.", ["Keep calm"]),
    ],
)
def test_english_words_ending_a_french_sentence_after_a_colon_are_kept(text, kept):
    doc = analyse(text)
    assert [q.text for s in doc.sentences for q in s.quotes if q.kept] == kept
    assert all(s.language == "fr" for s in doc.sentences)


def test_a_short_english_sentence_in_a_french_paragraph_is_kept():
    doc = analyse(
        "La série s’arrête avant de sombrer dans l’erreur, et c’est tant mieux. "
        "Everything is connected. Bravo, Gilles. Des sans-abri."
    )
    languages = {s.text: s.language for s in doc.sentences}
    assert languages["Everything is connected."] == "en"
    assert languages["Bravo, Gilles."] == languages["Des sans-abri."] == "fr"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # typewriter single quotes around English inside a French quotation
        (
            "\"Rejoignez-nous pour le premier événement ('the first ever event', en anglais) au "
            "Steve Jobs Theater\", lit-on dans l'invitation.",
            [
                (
                    "Rejoignez-nous pour le premier événement ('the first ever event', en anglais) au "
                    "Steve Jobs Theater",
                    False,
                ),
                ("the first ever event", True),
            ],
        ),
        (
            "Il a lancé 'Keep calm and carry on' avant de partir.",
            [("Keep calm and carry on", True)],
        ),
        # French apostrophes, an elision typed with a space, no closer on the line: no quotation
        ("Il l'a dit aujourd'hui : les 'ricains sont là, qu' il vente ou non.", []),
        ("Une 'note sans fin\nsur deux lignes' ici.", []),
    ],
)
def test_typewriter_single_quotes_pair_only_around_a_phrase(text, quotes):
    doc = analyse(text)
    assert [(q.text, q.kept) for s in doc.sentences for q in s.quotes] == quotes


@pytest.mark.parametrize(
    "line",
    [
        # a metadata field, its value short or missing
        "Date de parution :",
        "Date : 3 mars 2024",
        "Auteur/autrice : redaction",
        "Journaliste : Service Culture",
        # a signature with its initial glued, a name and its handle
        "Marion.L.",
        "PAUL DURAND @pauldurand",
        # a CMS's cloaked e-mail address, a paper's e-reader, a social network's embed
        "Courriel : Cette adresse e-mail est protégée contre les robots spammeurs.",
        "La Gazette epaper",
        "Voir cette publication sur Instagram",
        "A post shared by Paul Durand (@pauldurand)",
        # a paywall's question, an English link back, labels in a bulleted list
        "Vous souhaitez lire la suite de cet article ?",
        "« Back to Recipes",
        "• Mots-clés : cuisine, été, recettes",
        "- Illustration",
        # a reader survey's box, a logo's alt text, a site's button, a magazine issue
        "Votre avis nous intéresse !",
        "Répondre à ce questionnaire ne vous prendra que cinq minutes.",
        "Merci pour votre participation.",
        "Logo de la Ville de Lyon",
        "Créer un sujet",
        "Hors-série n° 12, printemps 2019",
        # a caption closed by its photographer and agency
        "Le ministre (à dr.) salue les sauveteurs à Nice. Jean Dupont/Getty Images",
        # a special envoy, a wire desk's initials, a broadcast source line
        "De notre envoyée spéciale à Kiev",
        "AB/cd",
        "Le journal de 13 heures - France 2, le 12/05/2021",
        # a skip link with its key, paywall lines, a blog platform's buttons, an archive's year,
        # a site's bare address
        'Press "Tab" to skip to content',
        "La suite de ce reportage est accessible aux abonnés.",
        "Notre offre numérique (seulement 3,99€ par mois)",
        "Suivre ce blog Administration + Créer mon blog",
        "Année : 2019",
        "mon-potager.over-blog.com",
        # captions credited in other shapes
        "Des manifestants devant le Parlement. (©(AP PHOTO/JEAN DUPONT)",
        "Photo : Source : vidéo de la séance",
        "Le joueur pendant l'entraînement 2021Marie Durand / FFF",
        # a related link glued to its headline, pitches for a newsletter or a paywall
        "À lire aussiLe club change d'entraîneur",
        "Inscrivez-vous gratuitement à notre newsletter et recevez chaque semaine nos enquêtes, nos "
        "guides pratiques et nos conseils exclusifs, qui ne sont publiés nulle part ailleurs sur ce site, "
        "ni dans aucune revue !",
        "Cet article est exceptionnellement gratuit. Pour soutenir notre travail d'enquête, abonnez-vous "
        "dès aujourd'hui et découvrez toutes nos enquêtes exclusives, nos dossiers et nos archives depuis "
        "la création du site.",
        # a theme's English words, the US federal sites' banner, relative times
        "You are here",
        "Connect with us",
        "Subscribe to 24 Heures au Bénin feed 24 Heures au Bénin",
        "Official websites use .gov",
        "Updated: 8 hours 11 min ago",
        "• il y a 2 ans",
        # an old article's notice, a comment login prompt, an avatar, an embed loading, hashtags,
        # a player's skip links glued, a byline that says it is one
        "Cet article date de plus de sept ans.",
        "Connectez-vous à votre compte Exemple pour participer à la conversation.",
        "photo de profil",
        "Chargement du twitt...",
        "#Influenceuses #RéseauxSociaux #LangueFrançaise",
        "Passer au playerPasser au contenu principal",
        "Article rédigé par France 3",
        # a byline naming the genre, where the piece first ran, a magazine issue, a browser notice,
        # an image placeholder named in a theme's English
        "Une chronique de Jeanne Martin.",
        "Article paru dans Le Temps du 12/03/22",
        "Hebdo N° 1204 - Mars 2021",
        "Mettez à jour votre navigateur pour profiter pleinement de ce site. Mettre à jour mon navigateur",
        "Si votre navigateur ne rend pas la page correctement, lisez son contenu ci-dessous",
        "Article cover",
        "placeholder",
    ],
)
def test_page_labels_and_embeds_of_more_shapes_are_chrome(line):
    rows = kinds_and_languages(f"{LONG}\n{line}\n{LONG}")
    kinds = kinds_inside(rows, line)
    assert kinds in ({"boilerplate"}, {"byline"}, {"related"})


FIELD_AND_SENTENCE = "Date : le 12 mars, le conseil municipal a voté le budget de la ville à l'unanimité."
DATED_SENTENCE = "Le 16 décembre 2020 aurait dû être un jour de fête dans toute la ville de Bonn."
FIRST_PERSON = "Je suis arrivé à Kiev un matin de mars, sous la neige, avec deux collègues photographes."
CUT_OFF = "Le réalisateur est venu en débattre avec les spectateurs de la salle comble du cinéma de la"


@pytest.mark.parametrize(
    "text, line",
    [
        # a field's label with a sentence after it, not a byline
        (f"{LONG}\n{FIELD_AND_SENTENCE}\n{LONG}", FIELD_AND_SENTENCE),
        # a sentence opening on a date, not a dateline
        (f"{LONG}\n{DATED_SENTENCE}\n{LONG}", DATED_SENTENCE),
        # an opening paragraph in the first person under the byline, not an author's box
        (f"Le long voyage vers l'est\nPar Marie Dupont\n{FIRST_PERSON}\n{LONG}", FIRST_PERSON),
        # a text cut off mid-sentence keeps its last line, and a heading just above it
        (f"{LONG}\n{LONG}\n{CUT_OFF}", CUT_OFF),
        (f"{LONG}\n{LONG}\nLa soirée\n{CUT_OFF}", "La soirée"),
        # a question broken over two lines under a pull quote is not a related headline
        (
            f'{LONG}\n"Le bon moment pour les jeunes"\nVous venez de dévoiler la liste, '
            f"c'est toujours un crève-cœur\nde choisir?\n{LONG}",
            "Vous venez de dévoiler la liste, c'est toujours un crève-cœur",
        ),
    ],
)
def test_lines_in_the_shape_of_chrome_that_are_the_article(text, line):
    rows = kinds_and_languages(text)
    # the row holding the line (a line broken mid-sentence is one row with what follows)
    kinds = {kind for t, kind, _ in rows if t in line or line in t}
    assert kinds and kinds <= {"body", "heading"}  # translated, whichever


def test_the_authors_name_under_the_dateline_does_not_hide_the_title():
    title = "Simple et rapide : nous avons testé trois robots de cuisine"
    bio = "Journaliste depuis dix ans, je suis aussi auteure de deux romans et passionnée de jardinage."
    text = f"{title}\nPublié le 3 mars 2024\nMarie Dupont\nPar Marie Dupont\n{bio}\n{LONG}\n{LONG}"
    rows = kinds_and_languages(text)
    assert kinds_of(rows, title) == ["title"]
    assert kinds_of(rows, "Marie Dupont") == ["byline"]
    assert kinds_inside(rows, bio) == {"boilerplate"}  # the author's box


def test_a_category_label_in_small_letters_above_the_title_is_chrome():
    label, title = "hip-hop", "Le rappeur annonce une tournée européenne pour l'automne prochain"
    rows = kinds_and_languages(f"{label}\n{title}\n{LONG}\n{LONG}")
    assert kinds_of(rows, label) == ["boilerplate"]
    assert kinds_of(rows, title) == ["title"]


def test_a_text_copied_up_to_a_sections_heading_past_a_caption_keeps_the_heading():
    heading = "Le club se lance dans la bataille"
    rows = kinds_and_languages(f"{LONG}\n{LONG}\nLe capitaine à l'entraînement\nCrédit : AFP\n{heading}")
    assert kinds_of(rows, heading) == ["heading"]


def test_a_headline_past_a_rule_after_the_article_is_not_its_heading():
    rows = kinds_and_languages(
        f"{LONG}\n{LONG}\n————————————\nLe club annonce la suspension de son entraîneur"
    )
    assert "heading" not in {kind for t, kind, _ in rows if t.startswith("Le club annonce")}


def test_a_sentence_opening_on_a_time_ago_and_a_communiques_list_are_the_article():
    opening = "Il y a 10 ans, le premier billet du site était publié"
    items = [
        "2. Étaient présents à ce Sommet, les Chefs d'État et de Gouvernement suivants ou leurs représentants :",
        "S. E. Patrice Talon, Président de la République du Bénin ;",
        "S. E. Roch Kabore, Président du Faso ;",
        "S. E. Adama Barrow, Président de la République de Gambie ;",
    ]
    rows = kinds_and_languages("\n".join([f"{opening} {LONG}", LONG, *items]))
    assert {kind for t, kind, _ in rows if t.startswith(("Il y a", "2. ", "S. E."))} == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "Par la suite, le club a recruté trois joueurs venus de la deuxième division.",
        "Publié en 1998, ce roman a connu un succès immédiat en librairie.",
        "Mis à jour chaque semaine, le classement recense les meilleures ventes du pays.",
        "Il y a 3 jours, l'usine a fermé ses portes après quarante ans d'activité.",
        "Source : l'Insee publie ce jeudi ses chiffres du chômage pour le troisième trimestre.",
        "Partager le pouvoir n'a jamais été son fort, disent ses proches.",
        "Imprimer des billets ne suffira pas à relancer l'économie, selon lui.",
        "Newsletter, podcasts et vidéos : le journal diversifie son offre depuis deux ans.",
        "Abonnez-vous, répète le patron du journal devant les salariés réunis lundi.",
        "Accès gratuit aux musées pour les moins de 26 ans, annonce la ministre.",
        "Offre découverte : le parc propose une visite à prix réduit pendant tout l'été.",
    ],
)
def test_a_sentence_telling_of_the_world_in_chrome_words_is_the_article(line):
    """Chrome is made of words like these; a sentence with a subject and its verb, or a speaker,
    tells of the world unless it speaks to the reader or of the page (those stay chrome above)."""
    assert kinds_between_paragraphs(line) == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "Posted on 3 June 2022 by redaction",
        "by admin",
        "Like this:",
        "Like Loading...",
        "Be the first to like this.",
        "Proudly powered by WordPress",
        "Click to share on Facebook (Opens in new window)",
        "Continue reading →",
        "Filed under: Culture",
        "Tagged with: cinéma, Cannes",
        "Written by Marie Curie",
        "Last updated: June 3, 2022",
        "June 3, 2022",
        "4 min read",
        "Load more",
        "Scroll to top",
        "Manage preferences",
        "Spoilers",
    ],
)
def test_a_themes_english_furniture_on_a_french_page_is_chrome(line):
    assert kinds_between_paragraphs(line) <= {"boilerplate", "byline", "related"}


@pytest.mark.parametrize("line", ["Let it be.", "We will rock you", "I will always love you."])
def test_english_words_that_are_not_a_themes_furniture_are_kept(line):
    rows = kinds_and_languages(f"{LONG}\n{LONG}\n« {line} », chantait-elle.\n{LONG}")
    assert any(line in t and kind == "body" for t, kind, _ in rows)


@pytest.mark.parametrize(
    "line",
    [
        "Article plus ancien",
        "Afficher mon profil complet",
        "Flux des commentaires",
        "Ces articles pourraient vous intéresser",
        "Agrandir l'image",
        "Écouter l'article",
        "Signaler un contenu illicite",
        "Voir toute l'actualité",
        "Revenir à l'accueil",
        "Inscription à :",
        # a page loading, a comment box closed to strangers, a share prompt, a platform's credit,
        # a blog's labels, an estimated reading time, a post's place
        "Chargement...",
        "Veuillez patienter...",
        "Vous devez être connecté pour publier un commentaire.",
        "Cet article vous a plu ? Partagez-le !",
        "Thème Simple. Fourni par Blogger.",
        "Libellés : politique, élections",
        "Temps de lecture estimé : 4 minutes",
        "Posté dans Actualités",
        # credits: a photographer and the agency in brackets, an agency alone, a photographer after a bar
        "La ministre à l'Assemblée nationale, mardi. (Thomas Samson/AFP)",
        "Illustration. (Shutterstock)",
        "Archives AFP",
        "iStock",
        "Le maire, Jean Dupont (à gauche). | Marc Ollivier",
        # pointers to more of the site, in brackets or after an arrow
        "[Lire aussi] Le gouvernement annonce une réforme",
        "→ À lire : le gouvernement annonce une réforme",
        "Notre dossier : la réforme des retraites",
        "Pour aller plus loin : la réforme des retraites expliquée",
        "Ces articles pourraient vous intéresser",
        "La rédaction vous conseille",
        "Nos lecteurs ont aussi lu",
        "Vous pourriez aussi aimer",
        "Contenus partenaires",
        # offers, paywalls and forms in more words, advertising and partners' content
        "2 € le premier mois, sans engagement",
        "Soutenez une rédaction indépendante",
        "Offre spéciale : -30 % sur l'abonnement numérique",
        "Cet article est en accès libre",
        "Débloquer l'article",
        "En cliquant sur « Accepter », vous consentez à l'utilisation de traceurs.",
        "Merci pour votre inscription !",
        "Une erreur est survenue, veuillez réessayer.",
        "Publicité - Continuez à lire ci-dessous",
        "Contenu proposé par notre partenaire",
        "Accéder à nos enquêtes exclusives !",
        "Valider",
        # feeds, tags in the singular or behind a slash, authors in the plural, initials,
        # the agency in full, a widget's identifier, scripts turned off
        "Fil des articles - Fil des commentaires",
        "Mot-clé : Europe",
        "/ Catégories: 2019, Culture",
        "Auteur(s): La rédaction de Exemple.fr",
        "J.-M. L. & A. B.",
        "AFP Agence France-Presse",
        "fil-exemple-color2",
        "To use the map, JavaScript must be enabled in your browser.",
        # more datelines and credits
        "Mis en ligne le 4 avril 2022 à 9h15",
        "Dernière modification : 5 avril 2022",
        "Hier à 18h30",
        "Avril 2022",
        "Avec AFP",
        "Sources : AFP, Reuters",
        "Marie CURIE",
        "Marie Curie, à Varsovie",
        "Marie Curie (texte) et Jean Dupont (photos)",
        "Article mis à jour le 8 février 2021.",
        "Un message posté le lundi 9 août 2021",
    ],
)
def test_a_french_sites_own_words_alone_are_chrome(line):
    assert kinds_between_paragraphs(line) <= {"boilerplate", "byline", "related"}


@pytest.mark.parametrize(
    "line",
    [
        "L'article 49.3",
        "Un dossier sensible",
        "Un article de plus.",
        # a paywall's verbs asked in an interview, an advert's word in a headline
        "Recevez-vous des menaces depuis votre élection ?",
        "Soutenez-vous le gouvernement ?",
        "Publicité mensongère : l'entreprise condamnée",
        "Notre partenaire allemand",
        # an institution's name in capitals is not an author's
        "Université PSL",
    ],
)
def test_a_line_with_the_sites_words_and_one_of_its_own_is_the_article(line):
    assert kinds_between_paragraphs(line) <= {"body", "heading"}


def test_the_last_teaser_above_a_show_more_button_is_a_teaser():
    teasers = [
        "Deux morts dans des frappes sur une ville du nord du pays",
        "Le gouvernement annonce un plan d'aide aux agriculteurs touchés",
        "La capitale renforce ses mesures de sécurité avant le sommet",
    ]
    rows = kinds_and_languages(f"{LONG}\n{LONG}\n" + "\n".join(teasers) + f"\nAfficher plus\n{LONG}")
    assert all(kinds_of(rows, t) == ["related"] for t in teasers), rows


@pytest.mark.parametrize("kicker", ["Grand format", "Vrai ou faux", "Notre enquête", "Faits divers"])
def test_a_newsrooms_kicker_above_the_title_is_chrome_and_the_title_is_kept(kicker):
    title = "Le budget de la ville adopté après un long débat au conseil"
    rows = kinds_and_languages(f"{kicker}\n{title}\n{LONG}\n{LONG}")
    assert kinds_of(rows, kicker) == ["boilerplate"] and kinds_of(rows, title) == ["title"]


def test_a_short_title_above_its_standfirst_stays_the_title():
    title, standfirst = "Le grand départ", "Comment la ville a vu partir ses derniers habitants en dix ans"
    rows = kinds_and_languages(f"{title}\n{standfirst}\n{LONG}\n{LONG}")
    assert kinds_of(rows, title) == ["title"]


def test_a_headline_said_again_in_its_caption_and_alt_does_not_hide_the_title():
    """The title, then its image's alt text without the space before the colon, then the caption
    saying it twice with a credit, then a byline: the copies are furniture, the title is kept."""
    title = "Santé : le gouvernement présente son plan pour les hôpitaux"
    alt = title.replace(" :", ":")
    text = f"Publié le 3 mai 2021\n{title}\nPublié Mis à jour\n{alt}\n{alt} {alt} (France 3)\nArticle rédigé par France 3\n{LONG}\n{LONG}"
    rows = kinds_and_languages(text)
    assert kinds_of(rows, title) == ["title"]
    assert kinds_of(rows, f"{alt} {alt} (France 3)") == ["boilerplate"]


@pytest.mark.parametrize("heading", ["Contexte", "Méthodologie", "Résultats"])
def test_a_studys_one_word_section_heading_is_no_authors_name(heading):
    """Under the title and the author's name, the first section's heading is no second author."""
    rows = kinds_and_languages(
        f"Le rôle des patients dans la recherche médicale\nAnonyme\n\n{heading}\n\n{LONG}\n{LONG}"
    )
    assert kinds_of(rows, heading) == ["heading"]


def test_captions_said_twice_and_long_credited_captions_are_chrome():
    caption = (
        "Illustration: une infirmière tient la main d'un patient en unité de soins palliatifs à "
        "l'hôpital de la ville, dans le sud du pays, le 23 avril 2020."
    )
    credited = f"{caption} — Jean DUPONT / AFP"
    rows = kinds_and_languages(f"{LONG}\n{caption}\n{credited}\n{LONG}\n{LONG}")
    assert kinds_inside(rows, credited) == {"boilerplate"}


def test_a_headline_said_again_with_its_agency_is_a_caption_and_the_title_is_kept():
    title = "Un tweet énigmatique du président crée le buzz"
    rows = kinds_and_languages(f"{title}\n{title} AFP\nPublié le 3 mai 2021\n{LONG}\n{LONG}")
    assert kinds_of(rows, title) == ["title"] and kinds_of(rows, f"{title} AFP") == ["boilerplate"]


def test_long_chrome_lines_a_breadcrumb_and_a_third_party_notice():
    crumb = "Home > News and Press Room > Press Conferences > " + " ".join(
        ["Point de presse du ministre"] * 6
    )
    notice = (
        "Contenu tiers Pour afficher les contenus de prestataires tiers (Twitter, Instagram), vous "
        "devez autoriser tous les cookies et le partage de données avec ces prestataires externes. "
        "Charger le contenu Plus d'informations"
    )
    for line in (crumb, notice):
        assert kinds_between_paragraphs(line) == {"boilerplate"}, line


def test_an_attribution_via_a_network_is_chrome():
    rows = kinds_and_languages(f"{LONG}\nI'm an alien\n— Elon Musk (@elonmusk), via Twitter\n{LONG}")
    assert kinds_of(rows, "— Elon Musk (@elonmusk), via Twitter") == ["byline"]


def test_a_transcripts_timed_lines_after_a_credits_marker_stay_the_article():
    lines = [
        "00:40– Générique –",
        "00:46Les discussions sur la paix mettent à l'écart Paris et Berlin.",
        "00:55– I'll be dealing with the president largely on the phone.",
        "00:59We ultimately expect to meet.",
    ]
    rows = kinds_and_languages(f"{LONG}\n{LONG}\n" + "\n".join(lines))
    assert all(kinds_of(rows, line) in (["body"], ["heading"]) for line in lines[1:]), rows


def test_a_site_tagline_going_on_over_two_lines_is_chrome_like_its_first_line():
    text = f"LogoSite\nEnglish\nLogo\nRépertoire de publications\nde recherche en accès libre\nLES LICENCES OUVERTES\n{LONG}\n{LONG}"
    rows = kinds_and_languages(text)
    assert kinds_of(rows, "de recherche en accès libre") == ["boilerplate"]
    assert kinds_of(rows, "LES LICENCES OUVERTES") == ["title"]


def test_the_line_under_a_photos_credit_with_a_date_and_place_is_its_caption():
    caption = "Le sélectionneur en conférence de presse, le 21 mars 2017 à Essen"
    rows = kinds_and_languages(f"© AFP/Jean DUPONT\n{caption}\n{LONG}\n{LONG}")
    assert kinds_of(rows, caption) == ["boilerplate"]


@pytest.mark.parametrize(
    "line",
    [
        # a shop's or an affiliate's box
        "Voir l'offre chez Amazon",
        "Acheter maintenant",
        "Ajouter au panier",
        "Code promo : NOEL2024",
        "Bon plan : -30 % sur l'aspirateur Dyson V15 chez Darty",
        "Les meilleures offres du moment",
        "Livraison gratuite dès 49 € d'achat",
        "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission en cas d'achat.",
        "Publi-rédactionnel",
        # a poll or a readers' rating
        "Participer au sondage",
        "Cet article vous a-t-il été utile ?",
        "4,2 (128 avis)",
        # a weather box, an audio player, follow buttons, a jobs box
        "Aujourd'hui 18° / 9°",
        "Écouter l'article",
        "Disponible sur Apple Podcasts",
        "Suivre cet auteur",
        "Voir les 34 commentaires",
        "Voir toutes les offres d'emploi",
        # the site's own pages and controls: account, search, footer, app badge, gallery, comments
        "Se souvenir de moi",
        "Continuer avec Facebook",
        "Espace abonnés",
        "Tapez votre recherche",
        "Charte de modération",
        "Disponible sur Google Play",
        "Voir le diaporama",
        "Soyez le premier à commenter",
        "Trier par : Plus récents",
        "1,2k partages",
        "Feuilleter le journal",
        # more credits and paywall labels
        "Sources : Insee, Eurostat",
        "Avec l'AFP et Reuters",
        "Exclusif abonnés",
        "Suivez Jean Dupont sur X : @jdupont",
        "Voir tous les articles de Jean Dupont",
        # a forum's, a live page's, a blog's and a ticker's furniture
        "Message par jeanmi » 12 mars 2024, 10:15",
        "Inscrit le : 12/03/2010",
        "Re: Le budget de la ville",
        "Utilisateurs parcourant ce forum : Aucun utilisateur enregistré et 3 invités",
        "Revenir vers « Politique locale »",
        "Voir les posts précédents",
        "J'aime chargement…",
        "Blogueurs aiment cette page",
        "CAC 40 +0,45 %",
    ],
)
def test_a_widget_beside_the_article_is_chrome(line):
    assert kinds_between_paragraphs(line) <= {"boilerplate", "byline", "related"}


@pytest.mark.parametrize(
    "line",
    [
        # the same words in a headline or a sentence of an article about them
        "Sondage : Macron en tête des intentions de vote",
        "Les bons plans pour partir en vacances sans se ruiner",
        "Acheter sur Internet : les pièges à éviter",
        "Découvrir les prix de l'immobilier à Lyon",
        "Code promo : attention aux arnaques",
        "Soldes : les Français boudent les magasins",
        "Annonce du Premier ministre sur les retraites",
        "Les liens affiliés rapportent des millions aux blogueurs.",
        "Disponible sur YouTube, le film a été vu plus d'un million de fois en une semaine.",
        "Offres d'emploi : le nombre de postes vacants augmente",
        "Météo : un week-end sous la pluie",
        "Note : 16/20",
        "Durée : 2h10",
        "Mot de passe : les erreurs à éviter",
        "12 vues sur la mer depuis le phare",
        "Accessibilité",
        "Données personnelles",
        "Tous les articles de loi ont été adoptés en première lecture.",
        "Suivez les élections sur TikTok, le nouveau pari des jeunes",
        "Exclusif : le site ferme ses portes",
        "Sources d'inspiration : les peintres du Nord",
        "Étiqueté comme dangereux, le produit a été retiré des rayons la semaine dernière.",
        "Citation du jour : « Le courage n'est pas l'absence de peur »",
        "Messages : ce que les élus ont écrit aux habitants de la commune",
        "Nouveau sujet de discorde entre la mairie et l'opposition",
        "Message par message, la députée a répondu à chaque habitant.",
    ],
)
def test_a_headline_or_sentence_about_shops_polls_or_weather_is_the_article(line):
    assert kinds_between_paragraphs(line) <= {"body", "heading"}


REVIEW = (
    "Curiosité ou gadgets, popularisés avec l'iPhone en 2007, les smartphones ont envahi notre "
    "quotidien avec leurs fonctionnalités toujours plus évoluées et nombreuses, à tous les prix."
)
CLOSING = (
    "Oublié le Note 7 et ses batteries, le constructeur coréen est redevenu une référence avec "
    "son remplaçant, vendu cher mais doté d'un écran superbe et d'un stylet."
)


def test_a_reviews_strong_and_weak_points_are_the_article_and_so_is_what_follows_them():
    page = (
        "Comparatif : les meilleurs smartphones\n\n"
        f"{REVIEW}\n\n"
        "1. Samsung Galaxy Note 9 : le meilleur smartphone Android\n\n"
        "Les plus\n+ Autonomie\n+ Qualité d'affichage\n+ Le S pen\n"
        "Les moins\n- Bouton mal situé\n- Trop lourd\n\n"
        f"{CLOSING}\n"
    )
    rows = kinds_and_languages(page)
    assert kinds_inside(rows, CLOSING) == {"body"}
    for item in ("Les plus", "+ Autonomie", "+ Le S pen", "Les moins", "- Trop lourd"):
        assert set(kinds_of(rows, item)) <= {"heading", "body"}, item


def test_picture_credits_between_paragraphs_do_not_cut_the_article_from_its_title():
    intro = (
        "Le moment est venu de choisir votre nouveau smartphone. Vous avez peut-être déjà "
        "quelques critères en tête, un budget précis ou une marque favorite."
    )
    page = (
        "Comment choisir son smartphone ? Notre guide avant votre achat\n\n"
        "Gabriel Manceau\nSpécialiste Smartphone\n15 janvier 2022 à 17h17\n© Unsplash\n© Unsplash\n\n"
        f"{intro}\n\n"
        "© Pierre Crochart pour Clubic\n© Pierre Crochart pour Clubic\n\n"
        "Découvrez notre comparatif des meilleurs smartphones du moment. Lire la suite…\n\n"
        "À quoi sert votre smartphone ?\n\n"
        f"{REVIEW}\n"
    )
    rows = kinds_and_languages(page)
    assert kinds_inside(rows, intro) == {"body"}
    assert {kind for t, kind, _ in rows if t in page.split("\n")[0]} <= {"title", "heading", "body"}


def test_a_newsletter_box_with_its_name_pitch_and_data_notice_is_chrome():
    pitch = (
        "De la vie quotidienne aux grands enjeux, découvrez les sujets qui font la société locale, "
        "comme la justice, l'éducation, la santé et la famille."
    )
    notice = (
        "France Télévisions utilise votre adresse e-mail afin de vous envoyer la newsletter "
        '"Société". Vous pouvez vous désinscrire à tout moment via le lien en bas de cette '
        "newsletter. Notre politique de confidentialité"
    )
    page = f"{LONG}\n\nSociété\n{pitch}\n{notice}\n\n{LONG}\n"
    rows = kinds_and_languages(page)
    assert {kind for t, kind, _ in rows if t in pitch or t in notice or t == "Société"} <= {"boilerplate"}
    assert kinds_inside(rows, LONG) == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "Par Nerces,  publié le 15 novembre 2017 à 15h30, modifié le 22 novembre 2017 à 16h24.",
        "Publié le 15 novembre 2017 à 15h30, modifié le 22 novembre 2017 à 16h24.",
    ],
)
def test_a_byline_with_its_dates_written_as_a_sentence_is_a_byline(line):
    assert kinds_between_paragraphs(line) <= {"byline", "boilerplate"}


def test_the_articles_short_last_paragraph_after_an_inserted_box_is_the_article():
    last = "Le vote final a eu lieu peu avant minuit, par 32 voix contre 11."
    page = (
        "Budget : la ville adopte un plan d'économies\n\n"
        f"{LONG}\n\n{LONG.replace('mardi', 'lundi')}\n\n"
        "Newsletter\nRecevez chaque matin l'essentiel de l'actualité de votre ville.\nJe m'inscris\n\n"
        f"{last}\n"
    )
    rows = kinds_and_languages(page)
    assert kinds_of(rows, last) == ["body"]
    # the same place holding a form's note: chrome
    note = page.replace(last, "Vos données ne seront jamais cédées à des tiers.")
    rows = kinds_and_languages(note)
    assert kinds_of(rows, "Vos données ne seront jamais cédées à des tiers.") != ["body"]


def test_a_films_fact_box_under_its_title_does_not_hide_the_title():
    page = (
        "Suivre ce blog Administration + Créer mon blog\nPublicité\n\n"
        "24 mars 2014\n\n300 : la naissance d'un Empire\n\n"
        "Note: 11/20\n\nDate de sortie: 5 mars 2014\nRéalisateur:\nNoam Murro\n"
        "Acteurs principaux:\nSullivan Stapleton, Eva Green\nDurée:\n1h42\n\n"
        f"{LONG}\n\n{LONG.replace('mardi', 'lundi')}\n"
    )
    rows = kinds_and_languages(page)
    assert set(kinds_of(rows, "300 : la naissance d'un Empire")) <= {"title", "heading"}


def test_a_results_reports_score_lines_head_its_match_reports():
    page = (
        "La leçon de Monaco, de l’air pour Lille\n"
        "Une orgie de buts ce samedi soir sur les pelouses de Ligue 1. Un carton, des retournements "
        "de situation, du mental, du spectacle : qu'est-ce qui arrive à notre Ligue 1 ?\n"
        "Stade Malherbe Caen 1-0 Toulouse FC\n"
        "But : Santini (64e sp) pour Caen\n"
        f"{LONG}\n"
        "FC Nantes – SC Bastia 1-0\n"
        "But : Stępiński (18e) pour Nantes\n"
        f"{LONG.replace('mardi', 'lundi')}\n"
    )
    rows = kinds_and_languages(page)
    for line in ("Stade Malherbe Caen 1-0 Toulouse FC", "FC Nantes – SC Bastia 1-0"):
        assert kinds_of(rows, line) == ["heading"], line


LAST = "Le vote final a eu lieu peu avant minuit, par 32 voix contre 11."
HEAD = "Budget : la ville adopte un plan d'économies"


def test_an_inline_list_of_bare_headlines_owns_them_not_the_articles_last_paragraph():
    page = (
        f"{HEAD}\n\n{LONG}\n\n"
        "Lire aussi :\nGrève SNCF : le trafic perturbé jeudi\nLes prix de l'immobilier reculent à Lyon\n\n"
        f"{LAST}\n"
    )
    rows = kinds_and_languages(page)
    assert kinds_of(rows, LAST) == ["body"]
    for headline in ("Grève SNCF : le trafic perturbé jeudi", "Les prix de l'immobilier reculent à Lyon"):
        assert kinds_of(rows, headline) == ["related"], headline


def test_a_most_read_widget_above_a_one_paragraph_article_does_not_take_the_article():
    page = (
        "Les plus lus\nParamètres des cookies\n\n"
        f"{HEAD}\nPublié le 12 mars 2024 à 10h15\nPar Jean Dupont\n\n{LONG}\n"
    )
    rows = kinds_and_languages(page)
    assert kinds_inside(rows, LONG) == {"body"}


ARTICLE = [
    LONG,
    "Le maire a défendu un plan d'économies de douze millions d'euros, jugé indispensable pour "
    "contenir la dette, tandis que l'opposition dénonçait des coupes dans la culture.",
    "Les syndicats de la fonction publique territoriale ont appelé à une grève le 14 mars.",
    LAST,
]
BOXES = {
    "lire aussi": "Lire aussi :\nGrève SNCF : le trafic perturbé jeudi\nLes prix de l'immobilier reculent à Lyon",
    "newsletter": "Newsletter\nRecevez chaque matin l'essentiel de l'actualité.\nJe m'inscris",
    "share bar": "Partager sur Facebook\nPartager sur X\nCopier le lien",
    "credit": "© Jean Dupont / AFP",
    "advert": "Publicité",
    "video": "Vidéo\nLes images de l'incendie filmées par un habitant",
    "one link": "À lire aussi : Un incendie ravage un entrepôt à Vénissieux",
}


@pytest.mark.parametrize("box", sorted(BOXES))
@pytest.mark.parametrize("after", range(1, len(ARTICLE)))
def test_a_box_inserted_between_the_articles_paragraphs_drops_none_of_them(box, after):
    paragraphs = [*ARTICLE[:after], BOXES[box], *ARTICLE[after:]]
    page = f"{HEAD}\nPar Jean Dupont\n\n" + "\n\n".join(paragraphs) + "\n\nMentions légales\nPlan du site\n"
    rows = kinds_and_languages(page)
    for paragraph in ARTICLE:
        assert kinds_inside(rows, paragraph) == {"body"}, paragraph


def test_a_video_pages_transcript_is_what_was_said_english_lines_kept():
    page = (
        "Paris Saint-Germain v Le Havre AC: Luis Enrique press conference\n\nTranscription\n"
        "02:19 Bonjour à tous ceux qui n'étaient pas avec nous ce matin.\n"
        "02:21 Pour le quart d'heure d'entraînement des Rouges et Bleus,\n"
        "02:25 That's right. Welcome back to Campus PSG.\n"
        "02:27 We're here for the press conference at any moment.\n"
        "02:29 Luis Enrique will be joining us\n"
        "02:35 Exactement. C'est un match ô combien important\n"
        "02:39 Il suffit d'une victoire pour ça,\n"
    )
    rows = kinds_and_languages(page)
    for line in page.split("\n")[3:-1]:
        assert kinds_inside(rows, line) == {"body"}, line
    assert {lang for t, _, lang in rows if "Campus PSG" in t or "at any moment" in t} == {"en"}


def test_a_live_pages_latest_headlines_with_their_times_are_not_a_transcript():
    ticker = (
        "13:08 Les calories bientôt affichées sur les bouteilles d'alcool\n"
        "12:57 Un journaliste colombien s'envoie des menaces de mort\n"
        "12:47 Soldats accusés de viol en Centrafrique : la ministre évoque un «double crime»\n"
    )
    rows = kinds_and_languages(f"{LONG}\n\n{LONG.replace('mardi', 'lundi')}\n\n{ticker}")
    for line in ticker.split("\n")[:-1]:
        assert kinds_inside(rows, line) <= {"boilerplate", "related"}, line


def test_a_related_list_with_each_mark_on_its_own_line_is_owned_by_its_marker():
    page = (
        "Articles similaires...\n-\nRock en Seine 2024 : le festival incontournable de l'été\n"
        "-\nLe Paléo Festival : une aventure collective de 47 ans\n"
        f"{LONG}\n{LONG.replace('mardi', 'lundi')}\n"
    )
    rows = kinds_and_languages(page)
    for headline in (
        "Rock en Seine 2024 : le festival incontournable de l'été",
        "Le Paléo Festival : une aventure collective de 47 ans",
    ):
        assert kinds_of(rows, headline) == ["related"], headline


def test_a_list_under_a_lead_in_is_the_articles_and_a_title_said_twice_keeps_one_copy():
    title = "Euphémismes de saison (vocabulaire du licenciement)"
    items = ["Downsize, downsizing (a corporation downsizes, workers are downsized)", "Se séparer de"]
    page = (
        f"{title}\n\n{title}\n\nEuphémismes de saison, ou de la bonne santé du vocabulaire du licenciement…\n\n"
        f"{LONG}\n\nPlus récent encore (fin des années 1980) :\n{items[0]}\n{items[1]}\n"
        "Dégraisser (les effectifs, salariés « dégraissés »)\n\n"
        f"{LONG.replace('mardi', 'lundi')}\n"
    )
    rows = kinds_and_languages(page)
    assert sorted(kinds_of(rows, title)) == ["boilerplate", "title"]
    for item in items:
        assert set(kinds_of(rows, item)) <= {"heading", "body"}, item


@pytest.mark.parametrize(
    "line",
    [
        "Bernard Stamm et Clotilde Courau.",  # a caption above its credit
        "Gary Lineker, dépité face à l'Allemagne en 1990.",
        "Manifestation à Paris, en mars 2023.",
    ],
)
@pytest.mark.parametrize(
    "credit", ["©CasaAzulFilms", "Crédit: Imago", "Photo : Radio-Canada", "(Photo by Kevin Mazur)"]
)
def test_a_caption_above_its_credit_is_chrome(line, credit):
    rows = kinds_and_languages(f"{LONG}\n{line}\n{credit}\n{LONG.replace('mardi', 'lundi')}")
    assert kinds_inside(rows, line) <= {"boilerplate", "byline"}


def test_a_caption_said_twice_above_its_credit_is_chrome_both_times():
    line = "Le chef de l'opposition, Jean Dupont"
    rows = kinds_and_languages(
        f"{LONG}\n{line}\n{line}\nPhoto : Radio-Canada\n{LONG.replace('mardi', 'lundi')}"
    )
    assert set(kinds_of(rows, line)) == {"boilerplate"}


def test_the_title_above_its_pictures_credit_and_a_short_paragraph_stay_the_article():
    title = "Assurance chômage : la réforme présentée aux syndicats"
    short = "Le texte sera débattu au Parlement dès la semaine prochaine, avant l'été."
    rows = kinds_and_languages(
        f"{title}\nCrédit photo : AFP\n{LONG}\n{short}\n\n{LONG.replace('mardi', 'lundi')}"
    )
    assert kinds_of(rows, title) == ["title"]
    assert kinds_of(rows, short) == ["body"]


@pytest.mark.parametrize(
    "line",
    [
        "28 déc. 2017 | Lecture : 3 min.",
        "9 min readSep 18, 2019",
        "0 1 minute 10 heures",
        "Fil d'Ariane",
        "Résumé de l'article",
        "Vos réactions doivent respecter nos CGU.",
        "04:58Monde - Harris et Trump dans la dernière ligne droite",
        "387 followers 323 articles/week",
        "Surlignez la phrase que vous voulez partager sur Facebook et Twitter",
        "Axelle de Russé pour « Le Lesoir Magazine »",
        "Politis ( Vanina Delmas) le 09 décembre",
        "L'agent chargé du nettoyage de surface : irremplaçable ! (photo VlM)",
        "Capture d'écran",
        "Le patron de la start-up, le 28 octobre à Paris. (Jean Dupont/VU’ pour Libération)",
        "• FrançaisFrançais",
        "Suivez-nous sur notre page Facebook et notre canal Telegram",
    ],
)
def test_more_dates_reading_times_landmarks_and_credits_are_chrome(line):
    assert kinds_between_paragraphs(line) <= {"boilerplate", "byline", "related"}


@pytest.mark.parametrize(
    "line",
    [
        "Marine Le Pen pour la retraite à 60 ans",
        "UN NOUVEAU DESIGN POUR L’IPHONE 14",
        "Sept ans après, le procès s'ouvre enfin",
    ],
)
def test_headlines_with_the_same_shapes_stay_the_article(line):
    assert kinds_between_paragraphs(line) <= {"body", "heading"}


@pytest.mark.parametrize(
    "last",
    [
        "Carrefour a enterré Champion pour le remplacer par Market.",
        "Donald Trump déroge à la règle.",
        "Je me demandais si j'allais répondre à leurs attentes.",
        "C'est une très belle salle.",
        "C'était de loin la meilleure saison du club.",
        "Nous attendons toujours une réponse du ministère.",
    ],
)
def test_a_short_last_sentence_past_an_inserted_box_is_the_article(last):
    box = "Newsletter\nRecevez chaque matin l'essentiel de l'actualité.\nJe m'inscris"
    page = f"{HEAD}\n\n{LONG}\n\n{box}\n\n{last}\n\nMentions légales\nPlan du site\n"
    rows = kinds_and_languages(page)
    assert kinds_of(rows, last) == ["body"]


@pytest.mark.parametrize(
    "site",
    [
        "Journal d'un avocat\nInstantanés de la justice et du droit",
        "La référence des professionnels\ndes communications et du design",
        "Le Quotidien de Montreal",
    ],
)
def test_the_sites_name_and_tagline_above_the_title_are_chrome(site):
    title = "Assurance chômage : le gouvernement présente sa réforme aux syndicats"
    rows = kinds_and_languages(f"{site}\n{title}\n{LONG}\n{LONG}")
    assert kinds_inside(rows, site) == {"boilerplate"}
    assert kinds_of(rows, title) == ["title"]


@pytest.mark.parametrize(
    "head",
    [
        # a title that shares no word with the article above a standfirst of many words
        "LA TENDANCE SE CONFIRME\nLe gouvernement présente une réforme de l'assurance chômage que les "
        "syndicats jugent brutale, injuste et contraire à tous les engagements pris devant eux",
        # a title above a subtitle that shares one word only with the article
        "Le grand soir\nRéforme : épisode 2",
    ],
)
def test_a_title_that_shares_no_word_with_the_article_stays(head):
    title = head.split("\n")[0]
    rows = kinds_and_languages(f"{head}\n{LONG}\n{LONG}")
    assert kinds_of(rows, title) == ["title"]


ARTICLE_ON_DRONES = [
    "Le président américain a voulu pester contre la Chine au sujet du vol d'un drone de la marine, "
    "saisi jeudi en mer de Chine méridionale par un navire chinois.",
    "Le Pentagone a confirmé vendredi que le drone, un engin de surveillance océanographique, avait été "
    "saisi alors que des marins américains s'apprêtaient à le récupérer.",
]


@pytest.mark.parametrize(
    "box",
    [
        "Vidéo\nRegarder la vidéo\n00:45",
        "À lire aussi\nBudget 2025 : le gouvernement cherche 40 milliards",
        "Newsletter\nRecevez chaque matin l'essentiel de l'actualité.\nJe m'inscris",
    ],
)
@pytest.mark.parametrize("count", [1, 2])
def test_the_articles_last_paragraphs_past_a_box_stay_and_the_box_goes(box, count):
    last = [
        "De son côté, la Chine a promis de rendre le drone aux États-Unis.",
        "Pékin dénonce une provocation.",
    ]
    last = last[:count]
    page = "\n\n".join([HEAD, *ARTICLE_ON_DRONES, box, *last, "Mentions légales\nPlan du site\nContact"])
    rows = kinds_and_languages(page)
    assert kinds_inside(rows, "\n".join(last)) == {"body"}
    assert kinds_inside(rows, box) <= {"boilerplate", "related", "byline"}


@pytest.mark.parametrize(
    "line",
    [
        "Jean Dupont avec AFP Le 12/03/2024 à 18:32, mis à jour le 12/03/2024 à 19:05",
        "Ouest-France Jean Dupont. Publié le 12/03/2024 à 18h32",
        "Ce contenu a été publié le 12 mars 2024 - 18:32",
        "Jean Dupont — Édité par Marie Martin — 12 mars 2024 à 18h32",
        "Publié le 12 mars 2024 Lecture : 3 minutes.",
        "(Keystone-ATS)",
        "Avec les informations de La Presse canadienne",
        "Journaliste au service Politique",
        "La lecture des articles est réservée aux abonné·es. Se connecter",
        "Votre abonnement vous permet d'offrir jusqu'à 5 articles par mois.",
        "Cliquez sur « J’accepte » pour afficher le contenu.",
        "Gérer mes choix",
        "Chaque jour, notre rédaction vous réserve le meilleur de l’info locale et nationale.",
        "L’essentiel du jour : notre sélection exclusive",
        "Ne manquez plus rien de l'actualité",
        "Suivez Le Figaro sur Google Actualités",
        "Modifier la taille du texte",
        "L’info en continu",
        "Sujets liés",
        "Edition du soir",
        "DÉCRYPTAGE",
        # an embedded post's or player's lines
        "Afficher cette publication sur Instagram",
        "Voir sur TikTok",
        "Publication de Emmanuel Macron",
        "@taylorswift Merci Paris ♬ son original - Taylor Swift",
        "1 234 mentions J'aime",
        "Le contenu auquel vous tentez d'accéder n'est pas disponible.",
        "Voir le tweet",
        # under the article
        "Cet article est republié à partir de The Conversation sous licence Creative Commons. Lire l’article original.",
        "Cet article a initialement été publié sur le blog de l'auteur.",
        "Ce billet a été publié dans Non classé et marqué Europe, climat.",
        "Dans la même catégorie",
        "Classé dans : Actualités",
        "Vous avez repéré une erreur ? Signalez-la.",
        "Toute reproduction même partielle est interdite.",
        "3 réponses à « Le gouvernement présente sa réforme »",
        "Jean Dupont dit :",
        "Retour en haut de page",
        # an English theme's
        "Terms of Service",
        "Listen to this article",
        "You might also like",
        "More from this author",
        "Open in app",
        "ru24.pro",
        "12134 ARTICLES 0 COMMENTAIRES",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30",
        "This story is over 5 years old.",
        "Still want to read the full version? Full article",
        "Je suis abonné ou j'ai déjà acheté l'article",
        ">> Écoutez son discours à l'ONU (en anglais) :",
        "Archives du mot-clef : verbe",
        "Benjamin Moubèche -",
        "L'Informaticien - - RENCONTRE -",
        "Armin Hadzikadunic/jvmag.ch",
    ],
)
def test_a_news_sites_own_lines_between_paragraphs_are_chrome(line):
    assert kinds_between_paragraphs(line) <= {"boilerplate", "byline", "related"}


@pytest.mark.parametrize(
    "line",
    [
        "Le rapport, publié le 12 mars 2024, montre que le chômage a baissé.",
        "Contacté par notre rédaction, le maire n'a pas souhaité réagir.",
        "Journaliste au Monde pendant vingt ans, il a couvert toutes les guerres des Balkans.",
        "Cliquez sur le lien pour lire le rapport complet, a conseillé le ministre.",
        "Votre abonnement au gaz va augmenter de 10 % en janvier, prévient le fournisseur.",
        "Le texte, modifié le 15/03, doit encore être voté par le Sénat.",
        "Chaque jour, notre rédaction reçoit des dizaines de témoignages de lecteurs.",
        "Le texte a été publié dans sa version définitive au Journal officiel.",
        "Le maire dit : « Nous ne céderons pas. »",
    ],
)
def test_sentences_with_the_same_words_stay_the_article(line):
    assert kinds_between_paragraphs(line) == {"body"}


def test_a_title_right_above_its_byline_is_no_menu_item_whatever_stands_above_it():
    page = f"Le Temps\nSuisse\nName in France\nPublié le 12 mars 2024 à 18:32.\n{LONG}\n{LONG.replace('mardi', 'lundi')}"
    rows = kinds_and_languages(page)
    assert kinds_of(rows, "Name in France") == ["title"]
    assert kinds_inside(rows, "Le Temps\nSuisse") <= {"boilerplate", "byline"}


def test_a_live_blogs_one_sentence_entries_under_their_times_stay_the_article():
    entries = [
        "Le vote solennel est prévu mardi prochain, a annoncé la présidente de l'Assemblée.",
        "Les députés de l'opposition ont quitté l'hémicycle.",
        "« C'est un passage en force », dénonce un élu.",
        "La séance reprend.",
    ]
    times = ["18h32", "18h15", "17h58", "17h40"]
    page = "En direct : la réforme des retraites à l'Assemblée\n\n" + "\n\n".join(
        f"{t}\n\n{e}" for t, e in zip(times, entries, strict=True)
    )
    rows = kinds_and_languages(page)
    assert kinds_inside(rows, "\n".join(entries)) == {"body"}
    assert kinds_inside(rows, "\n".join(times)) <= {"boilerplate", "byline"}


@pytest.mark.parametrize(
    "line", ["Vous êtes ici : Accueil » Actualités", "Afficher le résumé", "Édition abonnés"]
)
def test_more_head_furniture_is_chrome(line):
    rows = kinds_and_languages(f"{HEAD}\n{line}\n{LONG}\n{LONG.replace('mardi', 'lundi')}")
    assert kinds_of(rows, line) in (["boilerplate"], ["byline"], ["related"])


@pytest.mark.parametrize(
    "lines",
    [
        ["Ingrédients :", "200 g de farine", "3 œufs", "50 cl de lait", "1 pincée de sel"],
        [
            "Il pleure dans mon cœur",
            "Comme il pleut sur la ville ;",
            "Quelle est cette langueur",
            "Qui pénètre mon cœur ?",
        ],
        ["Ville | Population | Variation", "Paris | 2 102 650 | -0,5 %", "Marseille | 873 076 | +0,4 %"],
        ["Résultats de la 12e journée :", "PSG 2-1 Lyon", "Marseille 0-0 Lille", "Monaco 3-2 Nice"],
        ["Le refrain dit :", "I will always love you", "And I hope life treats you kind"],
    ],
)
def test_a_recipes_list_a_poem_a_table_scores_and_lyrics_inside_the_article_stay(lines):
    page = "\n\n".join([HEAD, LONG, *lines, LONG.replace("mardi", "lundi")])
    rows = kinds_and_languages(page)
    assert kinds_inside(rows, "\n".join(lines)) <= {"body", "heading"}


@pytest.mark.parametrize(
    "last, kind",
    [
        ("Jean Dupont est journaliste indépendant, spécialiste des questions agricoles.", "boilerplate"),
        ("Jean Dupont est maire de Lyon depuis 2020 et candidat à sa réélection.", "body"),
    ],
)
def test_the_authors_bio_under_the_article_opens_on_the_bylines_name(last, kind):
    page = f"{HEAD}\n\nPar Jean Dupont\n\n{LONG}\n\n{LONG.replace('mardi', 'lundi')}\n\n{last}\n\nMentions légales"
    assert kinds_of(kinds_and_languages(page), last) == [kind]


def test_a_blogs_title_in_lower_case_under_its_skip_links_is_the_title_and_its_tagline_goes():
    head = "Journal d'un avocat\nInstantanés de la justice et du droit\nAller au contenu | Aller au menu"
    title = "vade mecum d'une audience correctionnelle"
    body = (
        "Nous pouvons tous être convoqués devant un tribunal correctionnel, que ce soit en tant que "
        "prévenu, partie civile ou témoin, et l'audience suit un rituel précis."
    )
    rows = kinds_and_languages(f"{head}\n{title}\n{body}\n{LONG}")
    assert kinds_of(rows, title) == ["title"]
    assert kinds_inside(rows, "Journal d'un avocat\nInstantanés de la justice et du droit") == {"boilerplate"}
