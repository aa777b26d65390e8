"""What one line of a page says by itself: its wording ("Lire aussi :", "Partager cet
article", "Publié le", a theme's "Proudly powered by WordPress") and its shape (prose ends
with a full stop, a menu line is capitalised words, a caption ends on its credit).

The page-level rules in translators.chrome weigh these against the line's place.
"""

from __future__ import annotations

import re

from translators.document import Kind
from translators.language import ELIDED
from translators.memo import per_short_text
from translators.segment import LIST_MARK
from translators.social import is_attribution

_I = re.IGNORECASE

_per_line = per_short_text(maxsize=1 << 14)

RELATED_MARKER = re.compile(
    r"^(?:[►▶>»•|\[(→➜➔⇒\s]*)(?:[àa]\s+)?(?:lire?s?|voir|d[ée]couvrir)\s+(?:aussi|[ée]galement|encore|plus)(?:\b|(?-i:(?=[A-ZÀ-Ý])))"
    r"|^(?:[►▶>»•|\[(→➜➔⇒\s]*)[àa]\s+(?:lire|voir|d[ée]couvrir)\s*:"
    # pointers to more of the site: "Notre dossier : …", "Ces articles pourraient vous intéresser"
    r"|^(?:retrouvez\s+)?notre\s+dossier\b|^d[ée]couvrez\s+aussi\b|^pour\s+aller\s+plus\s+loin\s*:"
    r"|^nos\s+autres\s+articles\b|^(?:ces|d['’]autres)\s+articles\s+(?:peuvent|pourraient)\s+vous\s+int[ée]resser"
    r"|^(?:s[ée]lectionn[ée]s?|recommand[ée]s?)\s+pour\s+vous$|^[àa]\s+ne\s+pas\s+manquer$|^derni[èe]res\s+infos$"
    r"|^la\s+r[ée]daction\s+vous\s+(?:conseille|recommande)|^nos\s+lecteurs\s+ont\s+(?:aussi\s+)?lu"
    r"|^vous\s+(?:pourriez|aimerez)\s+aussi(?:\s+aimer)?$|^ailleurs\s+sur\s+le\s+web$|^contenus?\s+partenaires?$"
    r"|^(?:[àa]\s+)?lire?s?\s+(?:la suite|notre|nos|sur)\b"
    # a live to follow or watch again: "Revivez le direct du vote…"
    r"|^(?:revivez|suivez|retrouvez)\s+(?:le|notre|tout\s+le)\s+(?:direct|live|fil\s+en\s+direct)\b"
    r"|^(?:lire|voir|consulter|t[ée]l[ée]charger)\s+(?:le|la|l['’])\s*(?:texte|article|dossier|tribune|rapport|appel|entretien|interview)\b"
    r"|^(?:articles?\s+en\s+relation|sur\s+ce\s+th[èe]me|les\s+(?:plus\s+partag[ée]s|derni[èe]res\s+(?:news|infos|actus?)))"
    r"|^(?:voir|regarder)\s+la\s+vid[ée]o\b|^en\s+vid[ée]o\s*[,:]|^(?:article|[ée]pisode)\s+(?:suivant|pr[ée]c[ée]dent)\b"
    r"|^sur\s+le\s+m[êe]me\s+(?:sujet|th[èe]me)|^dans\s+la\s+m[êe]me\s+(?:cat[ée]gorie|th[ée]matique|s[ée]rie)"
    r"|^dans\s+la\s+m[êe]me\s+rubrique"
    r"|^(?:nos\s+)?articles?\s+(?:li[ée]s|similaires|associ[ée]s|recommand[ée]s)"
    r"|^(?:pour\s+)?aller\s+plus\s+loin\s*:?\s*$|^pour\s+approfondir\s*:?\s*$|^[àa]\s+suivre\s*:?\s*$"
    r"|^(?:les\s+)?plus\s+lus\b"
    r"|^(?:related|read\s+also|see\s+also)\b",
    _I,
)
#: The marker of a list item, to read the item itself ("• Mots-clés : …" is a tag line).
LIST_ITEM = re.compile(LIST_MARK.pattern + r"\S")

#: Share buttons' words and the networks they name: both share-button shapes and the chrome
#: patterns below are built from them.
_SHARE_WORDS = r"partage[rz]|share|tweet(?:er)?|imprimer|copier(?:/coller)?\s+le\s+lien|lien\s+copi[ée]"
_NETWORKS = r"facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|telegram|messenger|flipboard"
SHARE_BUTTON = re.compile(
    rf"^(?:{_SHARE_WORDS})\b|^(?:{_NETWORKS}|google\+|envoyer)(?:\s*:\s*\S+)?$",
    _I,
)
#: The header of a blog's archive page: "Archive pour la catégorie '2020-2029'".
ARCHIVE_HEADER = re.compile(
    r"^archives?\s+(?:pour|de|du|des)\s+(?:la\s+|le\s+|l['’]\s*)?(?:cat[ée]gorie|[ée]tiquette|mot-cl(?:[ée]|ef)|mois|auteur|tag)\b",
    re.IGNORECASE,
)
#: Picture agencies and photo libraries, as credits name them (matched without case).
AGENCIES = (
    r"AFP|REUTERS|AP|SIPA|MAXPPP|HANS\s+LUCAS|ABACA|BELGA|GETTY\s*IMAGES?|KEYSTONE|EPA|DPA|IMAGO|"
    r"SHUTTERSTOCK|ISTOCK(?:PHOTO)?"
)
#: A long caption still ends on its agency's credit: "… le 23 avril 2020. — Jean Dupont / AFP".
CREDIT_END = re.compile(rf"(?:/\s*(?:{AGENCIES})|\((?:[^()]{{0,40}}/\s*)?(?:{AGENCIES})\))\s*$", _I)
BOILERPLATE = re.compile(
    rf"^(?:{_SHARE_WORDS}|envoyer\s+par\s+e-?mail)\b"
    rf"|^(?:{_NETWORKS})$"
    r"|^(?:\s*(?:facebook|twitter|flipboard|send|linkedin|messenger|whatsapp|telegram|bluesky|threads|pinterest|"
    r"reddit|e-?mail|courriel|imprimer|print)\s*){3,}$"  # a share bar flattened: "FacebookTwitterFlipboard…"
    r"|laisse[rz]\s+un\s+commentaire|entrez\s+votre|votre\s+adresse\s+(?:e-?)?mail"
    r"|^\d*\s*commentaires?\s*(?:\(\d+\))?\s*$|^r[ée]pondre$|^annuler\s+la\s+r[ée]ponse"
    r"|^votre\s+(?:commentaire|message|nom|pr[ée]nom|e-?mail|adresse)\b|^site\s+(?:web|internet)\s*\*?$"
    r"|enregistrer\s+mon\s+nom|^(?:publier|envoyer)(?:\s+(?:le|un|mon)\s+commentaire)?\s*!?$"
    r"|abonnez-vous|s['’]abonner|newsletter|inscrivez-vous|d[ée]j[àa]\s+abonn[ée]"
    r"|tous\s+droits\s+r[ée]serv[ée]s|^©|politique\s+de\s+confidentialit[ée]|cookies?\b"
    r"|mentions\s+l[ée]gales|^(?:contenu\s+)?(?:publicit[ée]|sponsoris[ée])$"
    r"|^(?:accueil|actualit[ée]s|home|menu|rechercher|recherche|retour\s+en\s+haut|suivez-nous)$"
    # a site builder's own words, in English on French pages ("top of page", "skip to content",
    # "« Back to Glossary Index"), a social network's embed ("View this post on Instagram")
    r"|^(?:(?:back\s+to\s+|go\s+to\s+)?(?:top|bottom)(?:\s+of\s+(?:the\s+)?page)?|skip\s+to\s+(?:main\s+)?content)$"
    r"|^\W*back\s+to\s+(?:the\s+)?\w+(?:\s+\w+){0,3}\W*$|\bskip\s+to\s+(?:main\s+)?content\b"
    r"|^(?:view|voir)\s+(?:this\s+(?:post|profile)|cette\s+publication|ce\s+(?:post|profil))\s+(?:on|sur)\s+\w+$"
    r"|^(?:a\s+post\s+shared\s+by|une\s+publication\s+partag[ée]e\s+par)\b"
    r"|^(?:no\s+comments?(?:\s+yet)?|leave\s+a\s+(?:reply|comment)|(?:your\s+)?(?:new\s+)?(?:post|page|content)\s+is\s+loading|loading)\W*$"
    r"|^close\s+(?:this|the)\s+[\w\s]{1,20}\.?$|\bcurrent(?:ly)?\s+selected\s+\w+\s*:|^(?:tags|categories|archives|search|reply|follow)$"
    # a count of views or followers ("160.3K views | +0 today"), a page of a list ("Page 2 sur 5")
    r"|^[\d.,]+\s*[KkMm]?\s+(?:views|vues|followers|abonn[ée]s|likes|j['’]aime|partages?|shares)(?=\s*(?:$|[·•|,–-]|\d))|^page\s+\d+\s+(?:sur|of|/)\s+\d+$"
    # a label in brackets ("[En attente]", "[Vidéo]"), a forum's furniture
    r"|^\[[^\[\]]{1,30}\]$|^r[èe]gles?\s+du\s+forum$"
    # an author's profile link ("Profil de Logan, Jeuxvideo.com")
    r"|^(?:voir\s+le\s+)?profil\s+de\s+[A-ZÀ-Ý][^!?]{0,40}$"
    # an identifier left as text: an image's alt ("logo_blanc"), a widget's id
    r"|^[A-Za-z]+(?:_[A-Za-z0-9]+)+$"
    # a trending bar: its label, then the topics ("En ce moment Genshin Impact Valhalla…")
    r"|^(?:en\s+ce\s+moment|tendances?|sujets?\s+du\s+moment)\s+[A-ZÀ-Ý0-9][^.!?]{0,120}$"
    r"|^(?:passer|fermer)\s+la\s+publicit[ée]$"
    r"|\b(?:lire|consulter|d[ée]couvrir)\s+la\s+suite\s+de\s+(?:cet|l['’])\s*article|^[\w'’ -]{1,30}\s+e-?paper$"
    r"|\baux\s+abonn[ée]s\s*[.!]?$|(?<![\d.,])[\d.,]+\s*€\s*(?:par|/)\s*mois\b|\bsuivre\s+ce\s+blog\b|\bcr[ée]er\s+(?:mon|un|votre)\s+blog\b"
    r"|^(?:ann[ée]e|mois|archives?)\s*:\s*\d{4}$|^(?-i:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|fr|net|org|be|ch|ca|info|blog|[a-z]{2,6}))$"
    r"|r[ée]serv[ée]e?s?\s+(?:aux|[àa]\s+nos)\s+abonn[ée]s|\bil\s+vous\s+reste\s+[\d.,]+\s*%|^offrir\s+(?:cet|l['’])\s*article|^ajouter\s+[àa]\s+(?:vos|mes)\s+s[ée]lections"
    r"|^(?:contribuer|r[ée]utiliser\s+ce\s+contenu|voir\s+plus|en\s+savoir\s+plus|[ée]couter(?:\s+cet\s+article)?)$"
    r"|vous\s+pouvez\s+lire\s+.{1,40}\s+sur\s+\d+\s+appareil|s['’]affichera\s+sur\s+l['’]autre\s+appareil"
    rf"|/\s*(?:{AGENCIES})(?:\s*/\s*\w+)?\s*$"
    rf"|\((?:{AGENCIES}|DR)(?:\s*/[^)]{{0,30}})?\)\s*$"
    # a photographer and the agency in brackets, an agency's name alone: "(Thomas Samson/AFP)", "iStock"
    rf"|\([^()]{{1,40}}/\s*(?:{AGENCIES})\)\s*$|^(?:archives?\s+)?(?:{AGENCIES}|unsplash|pixabay)$"
    # section labels, a count of things ("42 commentaires", "30 Billets"), an attachment, a picture's label
    r"|^(?:read\s+(?:more|full\s+(?:story|article))|continue\s+reading)\s*(?:\.\.\.|…|»|›|>)?$"
    r"|^(?:en\s+ce\s+moment|[àa]\s+la\s+une|tendances?|en\s+direct|derni[èe]re\s+minute|breaking\s+news)\s*:?$"
    r"|^(?:\d{1,6}\s+(?:commentaires?|billets?|articles?|r[ée]actions?|vid[ée]os?|photos?|images?|partages?|vues|abonn[ée]s|"
    r"messages?|r[ée]ponses?|publications?|posts?|likes?|followers?|membres?|sujets?|pages?|[ée]pisodes?|r[ée]sultats?|"
    r"contributions?|avis|votes?|notes?|comments?|replies|views|shares|items?|produits?|offres?|annonces?|dossiers?|[ée]ditions?)\s*){1,3}$"
    r"|^(?:jpe?g|png|gif|pdf|mp3|mp4|docx?|zip)\s*[-–:]"
    r"|\b\d+(?:[.,]\d+)?\s*(?:ko|mo|kb|mb)\s*\)?\s*$"
    r"|^(?:illustration|photo|image|vid[ée]o|graphique|infographie|carte|diaporama|figure|fig\.|tableau)\s*\d*\s*[.:]?$"
    # a link back to where the page came from ("Retour au programme de la conférence")
    r"|^retour\s+(?:[àa]\s+la|[àa]\s+l['’]|au|aux)\s*(?:liste|programme|sommaire|accueil|page|article|menu|blog|site|rubrique|dossier|r[ée]sultats?)\b[^.!?]{0,60}$"
    # an image's file name left as its alt text, font-size controls ("A+ A A-")
    r"|^\S+\.(?:jpe?g|png|gif|webp|svg)$|^[A-Za-z][+-]?(?:\s+[A-Za-z][+-]?){1,4}$"
    r"|la\s+r[ée]daction\s+n['’]est\s+pas\s+[àa]\s+l['’]origine|\b(?:ce|cet)\s+(?:blog|espace)\s+est\s+personnel"
    # tags and categories
    r"|^\W{0,3}(?:cat[ée]gories?|tags?|mots?[- ]cl[ée]s?|[ée]tiquettes?|th[èe]mes?|sujets?|libell[ée]s)\s*[:>]"
    # comment systems, a CMS's cloaked e-mail address
    r"|adresse\s+(?:e-?)?mail\s+est\s+prot[ée]g[ée]e\s+contre\s+les\s+robots|akismet|champs\s+obligatoires|ne\s+sera\s+pas\s+publi[ée]e|caract[èe]res\s+restants"
    r"|charte\s+des\s+commentaires|pour\s+(?:pouvoir\s+)?commenter|signaler\s+(?:un\s+abus|une\s+erreur|ce\s+commentaire)"
    # paywalls and accounts
    r"|cr[ée]e[rz]\s+(?:votre|un)\s+compte|acc[èe]s\s+(?:gratuit|illimit[ée])|profitez\s+de\s+tous\s+nos"
    r"|^je\s+m['’]abonne|^se\s+connecter|^connexion$|^abo\s*\+|d[ée]j[àa]\s+inscrit|essai\s+gratuit"
    r"|offre\s+d[ée]couverte|identifiants?\s+de\s+connexion|mot\s+de\s+passe\s*(?:oubli[ée]\s*)?[?:*]?\s*$|\barticles?\s+gratuits?\b"
    r"|\bnos\s+offres\b|d[ée]couvr\w*\s+les\s+offres|\ben\s+illimit[ée]\b|^en\s+partenariat\s+avec\s+[^.!?]{1,60}$"
    # newsletters, privacy, donations, downloads, media players
    r"|dans\s+votre\s+bo[iî]te\s+(?:mail|e-?mail|aux\s+lettres)|vos\s+donn[ée]es\s+(?:personnelles|et\s+vos\s+droits)"
    r"|\bfai(?:re|s)\s+un\s+don\b|^j['’]agis\b|soutenez[- ]nous|rejoignez[- ]nous|\bcontribuez\s+[àa]|^t[ée]l[ée]charger\b"
    r"|ajouter\s+[àa]\s+(?:la|ma)\s+playlist|^playlist$|dur[ée]e\s+de\s+l['’](?:audio|[ée]mission|vid[ée]o)|^\d{1,2}['’:]\d{2}(?=\s)|^embed$"
    # comment and contact forms: field labels, notes
    r"|\bce\s+champ\b|\(obligatoire\)|\*\s*$|laissez\s+simplement|^[ée]crire\s+un\s+(?:commentaire|message)"
    # page furniture
    r"|n['’]engag(?:e|ent)\s+que\s+(?:leurs?|son|ses)\s+auteur|^pour\s+citer\s+cet\s+article|^gardons\s+le\s+contact"
    r"|^(?:fermer|ok|close|valider|confirmer|haut\s+de\s+page|retour\s+en\s+haut|qui\s+sommes-nous\b.*)$|^portail\s+des?\b"
    r"|^\d+(?:[.,]\d+)?\s*(?:euros?\b|€)|\s[>›]\s*$"
    # a lone count (shares, comments), a jump link, a screen reader's list bounds
    r"|^\d{1,5}$|^(?:aller|passer|acc[ée]der)\s+(?:directement\s+)?au\s+contenu|^(?:d[ée]but|fin)\s+du\s+contenu\b"
    r"|^(?:d[ée]but|fin)\s+de\s+la\s+liste\b|^passer\s+la\s+liste"
    # notices: an old article, the comments' opinions
    r"|\bne\s+(?:sont|soient|seraient)\s+plus\s+[àa]\s+jour\b|\bopinions?\s+exprim[ée]es\b"
    # a reader survey's box, a logo's alt text, a site's button, a magazine issue's reference
    r"|\bvotre\s+avis\s+nous\s+int[ée]resse|\br[ée]pondre\s+[àa]\s+(?:ce|cette|notre|l['’])\s*(?:enqu[êe]te|questionnaire|sondage)"
    r"|\bmerci\s+(?:beaucoup\s+)?(?:pour|de)\s+votre\s+participation|^logo\s+(?:du|de|des|d['’])\s*\S"
    r"|^cr[ée]er\s+un\s+(?:contenu|sujet|post|article)$"
    r"|^(?:(?:hors-s[ée]rie|mensuel|hebdo(?:madaire)?|bimestriel|trimestriel|magazine|revue)\s+)?(?:n°|num[ée]ro)\s*\d+\s*[,–—-]\s*[^.!?]{0,40}$"
    # a theme's own words in English ("You are here", "Connect with us", "Subscribe to … feed"),
    # the US federal sites' banner (their French translations carry it)
    r"|^(?:you\s+are\s+here|connect\s+with\s+us|follow\s+us(?:\s+on\s+\w+)?|stay\s+connected|published|posted|"
    r"share\s+(?:this|on)(?:\s+\w+)?|related\s+(?:posts|articles|stories)|recent\s+posts|popular\s+posts|"
    r"previous\s+(?:post|article)|next\s+(?:post|article)|sign\s+(?:in|up)|log\s+in|search\s+for)\s*:?$"
    r"|^subscribe\s+to\b[^.!?]{0,60}\bfeed\b|\bofficial\s+websites?\s+(?:of|use)\b|\.gov\s+websites?\b"
    r"|^here['’]s\s+how\s+you\s+know$"
    # an old article's notice, a comment box's login prompt, an avatar, an embed still loading
    r"|^cet\s+article\s+(?:date\s+de|a)\s+plus\s+d['’e]\s*\w+\s+(?:ans?|ann[ée]es?|mois)\b"
    r"|\bconnectez-vous\b[^.!?]{0,60}\bpour\s+(?:participer|commenter|r[ée]agir|laisser|[ée]crire)\b"
    r"|^(?:photo\s+de\s+profil|profile\s+(?:picture|photo)|avatar)$"
    r"|^chargement\s+(?:du|de\s+la|des|en\s+cours)\b[^.!?]{0,30}(?:\.\.\.|…)?$"
    # a line of hashtags alone, a player's skip link glued to the next one
    r"|^(?:#[^\W_][\w-]*\s*){2,}$|passer\s+au\s+(?:player|lecteur|contenu\s+principal)"
    # a notice about the reader's browser; an image's placeholder named in a theme's English
    r"|\bmett(?:ez|re)\s+[àa]\s+jour\s+(?:votre|mon|ton)\s+navigateur|\bvotre\s+navigateur\s+(?:n['’]est|ne)\b"
    r"|^(?:article\s+|featured\s+|post\s+)?(?:cover|placeholder|thumbnail)(?:\s+image)?$"
    # offers and paywalls in more words, a form's answers, advertising and partners' content
    r"|\bsans\s+engagement(?:\s+de\s+dur[ée]e)?\s*[.!]?$|^soutenez\s+(?:une?|la|le|les|notre|nos|l['’])\b|^acc[ée]de[rz]\s+[àa]\b"
    r"|^d[ée]bloque[rz]\s+(?:l['’]article|cet\s+article|ce\s+contenu|la\s+suite)|^recevez\s+(?:chaque|tous\s+les|gratuitement|notre|nos|l['’]essentiel)"
    r"|^offre\s+(?:sp[ée]ciale|d['’]essai|limit[ée]e|exceptionnelle)\b|\babonnement\s+(?:num[ée]rique|papier|digital)\b"
    r"|^(?:cet\s+article|ce\s+contenu|vous\s+lisez[^.!?]{0,40})\s+(?:est\s+)?en\s+acc[èe]s\s+libre|^(?:contenu|article)\s+r[ée]serv[ée]$"
    r"|r[ée]serv[ée]e?s?\s+aux\s+(?:membres|inscrits)|\ben\s+cliquant\s+sur\b|\bvous\s+consentez\b"
    r"|\bmerci\s+(?:pour|de)\s+votre\s+(?:inscription|abonnement|commentaire|message|vote)"
    r"|\bvotre\s+(?:inscription|abonnement|commentaire|message|demande)\s+a\s+(?:bien\s+)?[ée]t[ée]"
    r"|^une\s+erreur\s+(?:est\s+survenue|s['’]est\s+produite)|^publicit[ée]\s*[-–:|]\s*(?:continue|la\s+suite|lire)|\bapr[èe]s\s+(?:la|cette)\s+publicit[ée]"
    r"|^(?:article|contenu)\s+(?:sponsoris[ée]|partenaire|propos[ée]\s+par)|\b(?:propos[ée]|offert|r[ée]dig[ée])\s+par\s+notre\s+partenaire\b"
    r"|\bvous\s+est\s+offert\s+par\b"
    # an image's or a widget's identifier ("fil-educavox-color1"), a notice that scripts are off
    r"|^(?=[\w-]*\d)(?=[\w-]*[-_])[\w-]{10,}$|\b(?:enable|activate|activer|activez)\s+javascript\b"
    r"|\bjavascript\s+(?:must\s+be|doit\s+[êe]tre|is\s+disabled|est\s+d[ée]sactiv[ée])"
    # a page still loading, a comment box closed to strangers, a share prompt, a blog platform's credit
    r"|^chargement\s*(?:\.\.\.|…)?$|^veuillez\s+patienter\b|\bvous\s+devez\s+[êe]tre\s+(?:connect|inscrit|abonn|identifi)"
    r"|\bpartagez-(?:le|la|les)\b|\b(?:fourni|propuls[ée])\s+par\s+(?:blogger|wordpress|over-?blog|drupal|joomla|spip|wix|ghost)\b",
    _I,
)
#: A line that is no words: arrows, a close button, font-size controls ("-A+A"); or an arrow and
#: a few words, a link back ("⇐ retour index").
_NO_WORDS = re.compile(
    r"^[^A-Za-zÀ-ÿ]*(?:[A-Za-zÀ-ÿ][^A-Za-zÀ-ÿ]*){0,2}$|^[<>←→↑↓‹›⇐⇒⟵⟶]\s*\w+(?:\s+\w+){0,2}$"
)
#: A short line that is mostly a link or an address: a photo credit, a contact.
_LINK_LINE = re.compile(r"https?://\S+|\bwww\.\S+")
#: Photo captions and credits: "… Image: Keystone", "… - © AFP/BELGA", "Illustration Ivan Debs",
#: "… - Screenshot @burnedyourtweet", and image alt text with a stock number.
CAPTION = re.compile(
    r"(?:^|[\s.(–—-])(?:Image|Photo|Illustration|Cr[ée]dits?(?:\s+photo)?|Screenshot|Capture\s+d['’][ée]cran)"
    r"\s*[:/-]?\s*[@©]?\s*[\w@][\w@.&/' -]{1,40}\)?$"
    r"|(?:^|[\s,.(–—-])(?i:photos?|images?|illustrations?|cr[ée]dits?(?:\s+photo)?)\s*:\s*[^.!?]{1,60}$"
    r"|(?:©|\([Cc©]\))\s*\(?[\w@.&/' -]{2,40}\)?\)?$|©\s*[A-ZÀ-Ý][^.!?]*$"
    r"|^(?i:plus\s+d['’]informations?\s+sur\s+l['’]image)\b"  # a picture's description for screen readers
    # a credit in brackets closing a caption, in lower case too: "… irremplaçable ! (photo VlM)"
    # or a photographer and an agency or paper: "… le 28 octobre à Paris. (Cyril Zannettacci/VU’ pour Libération)"
    r"|\((?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}[A-ZÀ-Ý][\w'’.-]*\s*/\s*[^()/]{1,40}\)\s*$"
    # a photographer and the site, as a credit: "Armin Hadzikadunic/jvmag.ch"
    r"|^(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})\s*/\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$"
    # a language switcher: the language's name said twice, glued ("FrançaisFrançais")
    r"|^(?:[•*·-]\s*)?((?-i:[A-ZÀ-Ý][a-zà-ÿ]{3,}))\1$"
    r"|\((?i:photos?|images?|illustrations?|cr[ée]dits?)\b[^()]{1,40}\)\s*$"
    r"|^(?i:capture\s+d['’][ée]cran)\.?$"
    # a photographer and the agency in capitals, glued or not: "…Media Day 2020Corinne Dubreuil / FFT"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][\w'’-]+\s*/\s*[A-Z]{2,10}$"
    # a caption ending on its photographer after a bar: "Le maire (à gauche). | Marc Ollivier"
    r"|[.)]\s*\|\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}$"
    r"|^\S+(?:\s+\S+){0,3}\s+\d{6,}(?:\s+\w+)?$"
    # a licence or a permission closing the credit: "… (CC BY-SA 3.0)", "… Utilisée avec permission."
    r"|\bCC\s+(?:BY(?:-(?:SA|NC|ND))*|0)(?:\s+\d(?:\.\d)?)?\s*\)?\.?$"
    r"|(?i:\b(?:utilis[ée]e?s?|reprodui[ts]e?s?|publi[ée]e?s?)\s+avec\s+(?:sa\s+|leur\s+|l['’]aimable\s+)?"
    r"(?:permission|autorisation)|\bused\s+with\s+permission)\.?$"
    # "Title / author / Flickr": a photo's credit in the photo libraries' own shape
    r"|/\s*[^/]{1,40}/\s*(?i:flickr|unsplash|wikimedia(?:\s+commons)?|pixabay|pexels|shutterstock|istock(?:photo)?|"
    r"getty\s*images?|adobe\s*stock|alamy|depositphotos)\s*$"
)
#: The button that ends a list of teasers: the headline above it is the list's last.
MORE_BUTTON = re.compile(
    r"^(?:afficher|voir|charger)\s+plus(?:\s+d['’]articles)?\s*$|^(?:load|show|see|view)\s+more\s*$", _I
)
#: A line that announces more elsewhere: a teaser ending "Plus...", "Lire la suite".
TEASER = re.compile(
    r"(?:\bPlus|\bLire\s+la\s+suite|\bRead\s+more|\bEn\s+savoir\s+plus)\s*(?:\.\.\.|…|»|›|>)\s*$", _I
)
#: A link to the rest of a cut article: "(...) Cliquez ici pour voir la suite", "Lire la suite
#: de l'article". What follows it on the page is not that article.
CONTINUATION = re.compile(
    r"^\W*(?:\(?(?:\.\.\.|…)\)?\s*)?(?:cliquez\s+ici\s+pour\s+)?(?:voir|lire|afficher)\s+la\s+suite\b"
    r"|^\W*continue[rz]\s+(?:la|votre|[àa])\s+lecture\b|^\W*la\s+suite\s+(?:de\s+l['’]article|apr[èe]s)\b",
    _I,
)
CONTINUATION_MAX_WORDS = 10
#: Keywords signal chrome in short lines only: a paragraph this long is prose whatever it mentions.
LONG_PROSE_WORDS = 30
#: Breadcrumbs glued by text extraction: "AccueilActualitésElon Musk…".
GLUED_BREADCRUMB = re.compile(r"^(?:Accueil|Home)(?:\s*[»>›/|]\s*|(?=[A-ZÀ-Ý]))")

MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    r"|janv\.?|févr\.?|fév\.?|avr\.?|juil\.?|sept\.|oct\.?|nov\.?|déc\.?"  # "28 déc. 2017"
)
WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
#: A sentence that tells of the world keeps the words chrome is made of from making it chrome
#: ("Partager le pouvoir n'a jamais été son fort, disent ses proches.", "Publié en 1998, ce roman a
#: connu un succès immédiat."): this many words, a full stop, and a subject with its verb or a
#: speaker; unless it speaks to the reader or of the page ("Votre adresse e-mail ne sera pas publiée.").
NARRATIVE_MIN_WORDS = 8
_VERB = (
    r"(?:est|sont|[ée]tait|[ée]taient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|aurait|fut|furent|"
    r"fait|font|va|vont|peut|peuvent|doit|doivent|n['’]\w+|ne\s+\w+|[mts]e\s+\w+|[mts]['’]\w+|y\s+a|"
    r"(?!(?:contre|entre|comme|notre|votre|m[êe]me|presque|quelque|chaque|autre|lorsque|puisque|jusque)\b)"
    rf"(?!(?:{MONTHS})\b)"  # "le 15 novembre" is a date, not a subject and its verb
    r"\w{3,}(?:ait|aient|era|eront|erait|[èe]rent|ent|it|e))"
)
_SUBJECT = (
    r"(?:il|elle|ils|elles|on|je|j['’]|nous|c['’]|cela|[çc]a|qui|"
    r"(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|tout|toute)\s*(?!\d)[\w'’-]+"
    r"(?:\s+(?:de\s+|du\s+|des\s+|d['’]\s*)?[\w'’-]+){0,2}"
    r"|(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?))"  # a name: "Carrefour a enterré …", "Donald Trump déroge …"
)
_CLAUSE = re.compile(
    rf"(?:^|[,:;]\s+|\s)(?:{_SUBJECT})\s+(?:{_VERB})\b"
    # "C'est de pouvoir …", "Ce dont nous avons besoin …": the subject glued to its verb, and "nous"
    r"|\bc['’](?:est|[ée]tait|[ée]taient|sera|serait)\b|\bnous\s+(?:\w+ons|sommes)\b",
    _I,
)
_SPEAKER = re.compile(
    r",\s+(?:a\s+|avait\s+)?(?:lanc[ée]|lance|r[ée]p[èe]te|affirm[ée]?|expliqu[ée]|explique|dit|disent|d[ée]clar[ée]|d[ée]clare|"
    r"assure|promet|estime|souligne|annonce|ajoute|confie|rappelle|indique|pr[ée]cise)\b|\bselon\s+(?:lui|elle|eux|le|la|les|l['’]|un|une)\b",
    _I,
)
_TO_THE_READER = re.compile(
    r"\b(?:vous|votre|vos|(?!chez\b|assez\b)\w{2,}ez|cet\s+article|ce\s+(?:site|blog|contenu|champ|commentaire|formulaire)|cette\s+(?:page|publication|adresse|vid[ée]o)|"
    r"nos\s+(?:articles|contenus|lecteurs|abonn\w+|offres|services|partenaires)|notre\s+(?:site|newsletter|r[ée]daction|journal|blog)|"
    r"abonn\w+|inscri\w+|connect\w+|e-?mail|courriel|spam\w*|les\s+(?:opinions|commentaires|propos)|leurs?\s+auteurs?)\b",
    _I,
)


#: A paragraph already standing where the article could go on (past an inserted box) needs
#: fewer words to read as the article's: "C'est une très belle salle."
SHORT_NARRATIVE_WORDS = 4


def tells_of_the_world(text: str, min_words: int = NARRATIVE_MIN_WORDS) -> bool:
    if len(text.split()) < min_words or not TERMINAL.search(text):
        return False
    return bool(_SPEAKER.search(text)) or (bool(_CLAUSE.search(text)) and not _TO_THE_READER.search(text))


#: A line that starts with a date: a dateline, unless a sentence follows the date (see DATED_SENTENCE_WORDS).
DATELINE = re.compile(
    r"^(?:le\s+)?(?:(?:"
    + WEEKDAYS
    + r")\s+)?\d{1,2}(?:er)?\s+(?:"
    + MONTHS
    + r"),?\s+\d{4}(?!\s*:)"  # "2 décembre 2019 : Reportage…" is a dated item, not a dateline
    r"|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    _I,
)
#: "Le 16 décembre 2020 aurait dû être une journée de fête en Allemagne." is prose: past the date,
#: this many words and a full stop make a sentence ("12 mars 2021 Mis à jour le 13 mars à 10h45" is not).
DATED_SENTENCE_WORDS = 7
BYLINE = re.compile(
    r"^(?:publi[ée]e?|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|modifi[ée]e?|actualis[ée]e?)\b"
    r"|^par\b(?!\s+ailleurs|\s+exemple|\s+contre)"
    r"|" + DATELINE.pattern + r""
    r"|^(?:[•·]\s*)?il\s+y\s+a\s+\d+\s+(?:min|minutes?|h|heures?|jours?)\b"
    # "• il y a 2 ans" alone ("Il y a 10 ans, le premier billet…" is a sentence)
    r"|^(?:[•·]\s*)?il\s+y\s+a\s+\d+\s+(?:semaines?|mois|ans?|ann[ée]es?)$"
    r"|^(?:(?:updated|posted|published)\s*:?\s*)?\d+\s+(?:min(?:ute)?s?|hours?|days?|weeks?|months?|years?)"
    r"(?:\s+\d+\s+(?:min(?:ute)?s?))?\s+ago$"
    r"|^(?:temps\s+de\s+)?lecture(?:\s+estim[ée]e?)?\s*:?\s*\d+\s*min|^\d+\s*min(?:utes?)?\s+de\s+lecture"
    r"|^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*[-–—,|]\s*(?:journaliste|r[ée]dact(?:eur|rice)|reporter|"
    r"correspondante?|chroniqueu(?:r|se)|envoy[ée]e?\s+sp[ée]ciale?)\b"  # "Logan - Journaliste jeuxvideo.com"
    r"|^(?:auteure?(?:\(e?s\))?|autrice|texte|r[ée]daction)\s*:\s*[A-ZÀ-Ý]"  # "Auteur: Simon Kabbaj"
    # a metadata field, its value short or missing: "Date : 09 octobre 2021", "Auteur/autrice : x"
    r"|^(?:date(?:\s+de\s+(?:publication|parution|mise\s+[àa]\s+jour|cr[ée]ation))?|auteure?(?:\s*/\s*autrice)?"
    r"|autrice|journaliste|(?:la\s+)?sources?|e-?mail|courriel)\s*:(?:\s*\S+){0,6}\s*$"
    # a signature with its initial glued ("Peinda.B."), a name and its handle ("ANOUCH SEYDTAGHIA @Anouch")
    r"|^(?-i:[A-ZÀ-Ý][a-zà-ÿ]+\.?\s?(?:[A-Z]\.){1,2})$"
    r"|^[-–—]?\s*(?-i:[A-ZÀ-Ý][\w'’.-]+(?:[\s,]+[A-ZÀ-Ý][\w'’.-]+){0,4})\s+@\w{2,}$"
    r"|^(?:de\s+)?(?:notre|votre)\s+(?:envoy[ée]e?\s+sp[ée]ciale?|correspondante?)\b[^.!?]{0,40}$"
    r"|^(?-i:[A-Z]{1,4}(?:/[A-Za-z]{1,4}){1,3})$|^[^.!?]{1,40}\s[-–]\s[^.!?]{1,30},\s+le\s+\d{1,2}/\d{1,2}/\d{2,4}$"
    # more datelines and credits: "Mis en ligne le …", "Dernière modification : …", "Hier à 18h30",
    # "Mars 2021", "Avec AFP", "La rédaction", "Sources : AFP, Reuters", "Jean DUPONT",
    # "Jean Dupont, à Lyon", "Jean Dupont (texte) et Marie Curie (photos)"
    r"|^mis\s+en\s+ligne\b|^derni[èe]re\s+(?:modification|mise\s+[àa]\s+jour)\b"
    r"|^(?:aujourd['’]hui|hier|avant-hier)\s+[àa]\s+\d{1,2}\s*[h:]\s*\d{0,2}$|^(?:" + MONTHS + r")\s+\d{4}$"
    # a photographer's or writer's credit for a publication: "Axelle de Russé pour « Le Lesoir Magazine »"
    r"|^(?-i:[A-ZÀ-Ý][a-zà-ÿ'’.-]+(?:\s+(?:de|du|des|d['’]|van|von|le|la)?\s*[A-ZÀ-Ý][a-zà-ÿ'’.-]+){1,3}\s+pour)\s+(?:«\s*)?"
    r"(?:(?:le|la|les|l['’])\s*)?(?-i:[A-ZÀ-Ý])[^.!?]{0,40}$"
    # a press review's source: "Politis ( Vanina Delmas) le 09 décembre"
    r"|^[A-ZÀ-Ý][\w'’. -]{1,30}\s*\(\s*[A-ZÀ-Ý][^()]{1,40}\)\s*,?\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?:"
    + MONTHS
    + r")"
    r"|^avec\s+(?:l['’]\s*)?(?:AFP|Reuters|AP|agences?|Belga|ATS)(?:\s*(?:,|et)\s*(?:l['’]\s*)?(?:AFP|Reuters|AP|Belga|ATS))*\.?$"
    r"|^(?:la\s+)?r[ée]daction$"
    r"|^sources?\s*:?\s*(?:AFP|Reuters|AP|Belga|ATS)(?:\s*(?:,|et)\s*(?:AFP|Reuters|AP|Belga|ATS))*\.?$"
    r"|^(?!(?:universit[ée]|groupe|banque|agence|minist[èe]re|lyc[ée]e|coll[èe]ge|association|festival|club|stade|"
    r"institut|centre|mus[ée]e|th[ée][âa]tre|parti|mouvement|conseil|office|r[ée]gion|ville|mairie)\b)"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{2,}(?:[- ][A-ZÀ-Ý]{2,})?)$"
    r"|^(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}),\s+(?:à|au|aux|en)\s+(?-i:[A-ZÀ-Ý])[\w'’ -]{1,30}$"
    r"|^[^.!?]{0,60}\((?:textes?|photos?|vid[ée]os?|illustrations?|dessins?|infographie)\)"
    # initials signing ("J.-L. D. & R. G.-V."), the agency named in full
    r"|^(?-i:[A-Z]\.(?:-[A-Z]\.)?(?:\s*[A-Z]\.(?:-[A-Z]\.)?)*)(?:\s*(?:&|et|,)\s*(?-i:[A-Z]\.(?:-[A-Z]\.)?(?:\s*[A-Z]\.(?:-[A-Z]\.)?)*))*$"
    r"|^(?:AFP\s+)?agence\s+france[- ]presse$"
    # where the piece first ran: "Article paru dans Le Monde du 18/08/21"
    r"|^(?:article|texte|interview|entretien|tribune|chronique|billet)\s+(?:paru|publi[ée])e?\s+(?:dans|sur|le|en)\b[^!?]{0,60}$"
    r"|^propos\s+recueillis\s+par\b|^une?\s+(?:texte|article|reportage|dossier|chronique|enqu[êe]te|[ée]dito(?:rial)?|billet|"
    r"tribune|analyse|entretien|interview|portrait|papier)\s+(?:de|d['’])\s*(?-i:[A-ZÀ-Ý])[^.!?]{0,40}\.?$"
    r"|^[—–-]\s*une\s+citation\s+de\b|^(?:source|cr[ée]dits?(?:\s+photo)?)\s*:"
    r"|^(?:(?:une?\s+|l['’]\s*)?(?:article|texte|billet|contenu|message)\s+)?(?:post[ée]e?|[ée]crit(?:e)?|r[ée]dig[ée]e?)\s+(?:par|le|à|dans)\b"
    r"|^(?:article|texte|billet|contenu)\s+(?:mis\s+[àa]\s+jour|modifi[ée]|publi[ée]|actualis[ée])\s+(?:le|[àa])\b[^!?]{0,40}$|^cr[ée]{1,2}e?\s*:"
    r"|^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*\|(?=(?:\s*\S+){0,10}\s*$)"
    # "Sophie Brunn, Clément Parrot le vendredi 14 juillet 2017", "Billet de blog 8 décembre 2017",
    # an issue's date: "Édition du mardi 2 décembre 2025"
    r"|^(?:(?-i:[A-ZÀ-Ý][\w'’.-]+(?:[\s,]+(?:et\s+)?[A-ZÀ-Ý][\w'’.-]+){1,5})\s+le|billet(?:\s+de\s+blog)?|chronique|[ée]dito(?:rial)?|tribune|[ée]dition|num[ée]ro|parution)"
    r"\s+(?:du\s+)?(?:(?:" + WEEKDAYS + r")\s+)?\d{1,2}(?:er)?\s+(?:" + MONTHS + r"),?\s+\d{4}"
    r"|^\S+\s+(?:le\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+(?:à|-)\s+\d{1,2}[:h]\d{2}$"  # a comment's author and time
    r"|^(?:[\w'’. -]{2,40}\s+avec\s+)?(?:AFP|Reuters|AP|l['’]AFP)\.?$"
    r"|^(?:AFP|Reuters|AP|Belga|ATS)\b[\s,|-]+(?:le\s+)?\d{1,2}(?:er)?\s+(?:" + MONTHS + r")\b"
    # a dateline inside a credit line: "Jean Dupont avec AFP Le 12/03/2024 à 18:32, mis à jour le …",
    # "Ce contenu a été publié le 12 mars 2024 - 18:32", "Jean Dupont — Édité par Marie Martin — …"
    r"|\b(?:publi[ée]e?|mis\s+[àa]\s+jour|modifi[ée]e?)\s+(?:le\s+)?(?:(?:"
    + WEEKDAYS
    + r")\s+)?\d{1,2}(?:er)?"
    r"(?:\s+(?:" + MONTHS + r")|\s*[/.-]\s*\d{1,2}\b)|\s[—–-]\s+[ée]dit[ée]e?\s+par\s"
    # the agency alone in brackets, the sources of a report, the author's desk
    r"|^\(\s*(?:[\w-]{1,12}[-/])?(?:AFP|Reuters|AP|Belga|ATS|dpa|CP|APS|MAP|ANSA|EFE)\s*\)\.?$"
    r"|^avec\s+(?:les\s+)?informations?\s+(?:de|d['’]|du|des)\b[^.!?]{1,60}$"
    r"|^(?:journaliste|r[ée]dact(?:eur|rice)|reporter|correspondante?|chroniqueu(?:r|se))\s+(?:au|[àa]|aux|chez|pour|du)\s"
    r"[^.!?]{1,50}$",
    _I,
)
BIO_WORDS = re.compile(
    r"\b(?:journaliste|r[ée]dact(?:eur|rice)|auteure?|autrice|chroniqueu(?:r|se)|correspondante?|"
    r"passionn[ée]e?|dipl[ôo]m[ée]e?|rejoint\s+la\s+r[ée]daction)\b",
    _I,
)
#: Two letters in a row: a line with words, not only signs and digits.
LETTERS = re.compile(r"[^\W\d_]{2}")
TERMINAL = re.compile(r"[.!…][\s»”\"’')\]]*$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*$")


#: A sentence that leads into a list ("Étaient présents à ce Sommet, les Chefs d'État … :")
#: has this many words; a heading ending with a colon has fewer.
LEAD_IN_WORDS = 12


def is_prose(text: str, sentences: int) -> bool:
    """Running text: ends like a sentence, or is too long to be a heading; an item of an
    enumeration ending with ";", or a long sentence leading into a list with ":"."""
    if TERMINAL.search(text) or text.endswith(";"):
        return True
    if text.endswith(":") and len(text.split()) >= LEAD_IN_WORDS:
        return True
    return sentences > 1 or len(text) > 160


#: A report's or a study's section headings: one capitalised word, and no one's name.
SECTION_NOUNS = frozenset(
    """annexes bilan conclusion conclusions contexte définition discussion enjeux historique
    introduction méthode méthodes méthodologie objectifs origines perspectives présentation
    recommandations résultats résumé synthèse témoignages""".split()
)


@_per_line
def is_name(text: str) -> bool:
    words = text.split()
    if len(words) == 1 and words[0].rstrip(":").lower() in SECTION_NOUNS:
        return False  # "Contexte": a section's heading
    return 1 <= len(words) <= 4 and len(text) <= 40 and all(_NAME_WORD.match(w) for w in words)


_SIGNATURE_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*\.?$|^[A-Z]\.$")


_NAMES_JOINED = re.compile(r"\s+(?:et|and|&)\s+|\s*,\s+")


def is_signature(text: str) -> bool:
    """A person's name alone on a line: two or three capitalised words; or two or three such
    names joined ("Michael Hotz et Robin Wegmüller")."""
    names = _NAMES_JOINED.split(text.strip())
    return len(names) <= 3 and all(
        2 <= len(words := name.split()) <= 3 and all(_SIGNATURE_WORD.match(w) for w in words)
        for name in names
    )


#: "La République en marche, Justice, Emmanuel Macron": three or more short capitalised
#: items and nothing else, a list of tags or partners rather than a sentence.
TAG_LIST = re.compile(r"^[A-ZÀ-Ý][^,.;:!?]{0,30}(?:,\s*[A-ZÀ-Ý][^,.;:!?]{0,30}){2,}\.?$")


#: A widget the page sets beside the article, each kind in its own words: a shop's or an
#: affiliate's box ("Voir l'offre chez …", "Code promo : …", "Cet article contient des liens
#: affiliés"), a poll or readers' rating ("Participer au sondage", "4,2 (128 avis)"), a
#: weather box ("Aujourd'hui 18° / 9°"), an audio player ("Écouter l'article", "Disponible sur Spotify"),
#: and the buttons that follow a topic or count its comments ("Suivre ce sujet", "Voir les 34
#: commentaires"). Each fragment names the widget, not a word an article also uses alone
#: ("Soldes" needs its discount, "Résultats" its poll).
_APOS = r"['’]"
_PRICE = r"(?:\d\s?%|\d\s?€|€\s?\d)"
_WHERE = r"(?:\s+(?:chez|sur)\s+\S+(?:\s+\S+)?)?\s*$"  # "… chez Fnac", "… sur Amazon"
_SHOP = (
    rf"^(?:voir|d[ée]couvrir|je\s+profite\s+de|profite[rz]\s+de)\s+(?:l{_APOS}|les?\s+|cette\s+|toutes\s+les\s+)?"
    rf"(?:offres?|promos?|bons?\s+plans?|deals?|prix){_WHERE}"
    rf"|^(?:acheter|commander)(?:\s+maintenant)?{_WHERE}|^ajouter\s+au\s+panier$|^comparer\s+les\s+prix$"
    rf"|^code\s+promo\s*:?\s*[A-Z0-9-]{{4,}}$|^(?:bons?\s+plans?|promo(?:\s+flash)?|soldes)\s*:.*{_PRICE}"
    r"|^(?:le|les)\s+(?:bons?\s+plans?|(?:meilleur(?:e)?s?\s+)?(?:offres?|deals?))\s+"
    r"(?:du\s+(?:jour|moment)|[àa]\s+ne\s+pas\s+(?:manquer|rater))\s*:?$"
    rf"|^profite[rz]\s+de\s+-?\s?\d+\s?%|^livraison\s+(?:gratuite|offerte)\s+d[èe]s\s.*{_PRICE}|^meilleur\s+prix\s*:.*{_PRICE}"
    r"|\bliens?\s+(?:affili[ée]s|d['’]affiliation|sponsoris[ée]s)\b|\b(?:percevoir|toucher)\s+une\s+commission\b"
    r"|^(?:publi-?r[ée]dactionnel|(?:contenu|article)\s+sponsoris[ée]|annonces?|votre\s+publicit[ée]\s+ici"
    r"|nos\s+partenaires)$|^sponsoris[ée]\s+par\s"
)
_POLL = (
    r"^(?:sondage|votez\s*!?|voir\s+les\s+r[ée]sultats|r[ée]sultats\s+du\s+sondage|participer\s+au\s+sondage"
    r"|donnez\s+votre\s+avis|noter\s+cet\s+article|merci\s+pour\s+votre\s+vote\s*!?)$"
    r"|^cet\s+article\s+vous\s+a-t-il\s+(?:[ée]t[ée]\s+utile|plu)\s*\?"
    r"|^\d(?:[.,]\d)?\s*\(\d[\d\s]*avis\)$|^[★☆⭐✩]+$"
)
_WEATHER = rf"^m[ée]t[ée]o$|^(?:aujourd{_APOS}hui\s+)?-?\d{{1,2}}\s?°C?\s*/\s*-?\d{{1,2}}\s?°C?$"
_AUDIO = (
    rf"^(?:[ée]couter|[ée]coutez)\s+(?:l{_APOS}article|cet\s+article|le\s+podcast|l{_APOS}[ée]pisode|sur\s)"
    r"|^lecture\s+audio$|^disponible\s+sur\s+(?:apple\s+podcasts|spotify|deezer|google\s+podcasts|youtube)"
    r"(?:\s*(?:,|et)\s+\S+(?:\s+\S+)?)*\s*$"
    rf"|^(?:s{_APOS}abonner\s+au\s+podcast|t[ée]l[ée]charger\s+l{_APOS}[ée]pisode)$"
)
_FOLLOW = (
    rf"^suivre\s+(?:ce\s+sujet|cet\s+auteur|cette\s+(?:rubrique|th[ée]matique)|l{_APOS}auteur)$"
    r"|^(?:recevoir\s+les\s+alertes|activer\s+les\s+notifications)$|^voir\s+les\s+\d+\s+commentaires$"
    rf"|^(?:offres\s+d{_APOS}emploi|voir\s+toutes\s+les\s+offres(?:\s+d{_APOS}emploi)?|postuler)$"
)
#: The site's own pages and controls, each a whole line: an account's ("Se souvenir de moi",
#: "Continuer avec Facebook", "Espace abonnés"), the search box's, the footer's ("CGU",
#: "Charte de modération"), an app's badge, a gallery's and accessibility's controls, the comment
#: list's ("Trier par : Plus récents"), an edition's.
_ACCOUNT = (
    r"^(?:se\s+souvenir\s+de\s+moi|identifiant"
    r"|(?:se\s+connecter|continuer|connexion|s['’]inscrire)\s+avec\s+(?:google|facebook|apple|twitter|x|linkedin)"
    r"|mon\s+(?:compte|espace|profil)|espace\s+(?:abonn[ée]s?|annonceurs|client|membres?|pro)|se\s+d[ée]connecter"
    r"|d[ée]connexion|mes\s+(?:alertes|favoris|newsletters|abonnements|articles\s+sauvegard[ée]s))$"
)
_SEARCH = r"^(?:rechercher\s+sur\s+le\s+site|tapez\s+votre\s+recherche|aucun\s+r[ée]sultat(?:\s+trouv[ée])?|lancer\s+la\s+recherche)$"
_FOOTER = (
    r"^(?:cgu|cgv|conditions\s+g[ée]n[ée]rales(?:\s+d['’]utilisation|\s+de\s+vente)?"
    r"|charte\s+de\s+(?:mod[ée]ration|confidentialit[ée])|publicit[ée]\s*:\s*contactez-nous|plan\s+du\s+site"
    r"|nous\s+contacter|qui\s+sommes-nous\s*\?|espace\s+presse)$"
    r"|^(?:disponible|t[ée]l[ée]charge[rz](?:-la)?)\s+sur\s+(?:google\s+play|l['’]app\s+store|app\s+store)$"
    r"|^t[ée]l[ée]charge[rz]\s+(?:notre|l['’])\s*application$"
)
_CONTROLS = (
    r"^(?:voir\s+(?:le\s+diaporama|la\s+galerie(?:\s+photos?)?|toutes\s+les\s+photos)|plein\s+[ée]cran"
    r"|aller\s+(?:au\s+menu|[àa]\s+la\s+recherche|au\s+pied\s+de\s+page)|contraste\s+(?:[ée]lev[ée]|renforc[ée])"
    r"|soyez\s+le\s+premier\s+[àa]\s+(?:commenter|r[ée]agir)|(?:afficher|charger)\s+plus\s+de\s+commentaires"
    r"|nous\s+suivre|(?:suivez|rejoignez|retrouvez)-nous\s+sur\s+[^.!?]{1,60}|souten(?:ir|ez)\s+notre\s+journalisme"
    r"|le\s+journal\s+du\s+jour|feuilleter\s+le\s+journal|[ée]dition\s+num[ée]rique|en\s+continu|tous\s+les\s+articles)$"
    r"|^(?:fil\s+d['’]ariane|(?:r[ée]sum[ée]|corps|contenu(?:\s+m[ée]dias?)?)\s+de\s+l['’]article|navigation\s+principale"
    r"|pied\s+de\s+page|en\s+bref\s*:?|autres\s+vid[ée]os)$"  # a page's landmarks for screen readers, a box's label
    r"|\bsurlign\w*\b.{0,60}\bpartag"
    r"|^(?:vos\s+(?:r[ée]actions|commentaires)|les\s+commentaires)\b.{0,60}\b(?:respecter|conformes?|mod[ée]r[ée]s?)\b"
    r"|^\d+\s*min(?:ute)?s?\s+read|^(?:\d+\s+)+(?:min(?:ute)?s?|heures?|jours?)(?:\s+\d+\s+(?:min(?:ute)?s?|heures?|jours?))*$"
    r"|^(?:\d{1,2}:\d{2}|\d{1,2}/\d{1,2})(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)\s+-\s"  # "04:58Monde - …": a feed's dated teaser
    r"|^(?-i:[a-z]{2,12}\d{1,4})$"  # an image's identifier: "dai1"
    r"|^trier\s+par\s*:|^suivez\s+[^.!?]{1,40}\s+sur\s+(?:x|twitter|instagram|facebook|linkedin|bluesky|threads|tiktok)(?:\s*:\s*@\w+)?\s*$"
    r"|^voir\s+tous\s+(?:les\s+)?(?:articles|billets|posts|contenus|publications)\s+de\s"
)
#: A forum's furniture around its posts ("Message par jeanmi » 12 mars 2024", "Inscrit le :
#: 12/03/2010", "Re: …", "Poster une réponse"), a live page's and a blog's buttons, a market
#: ticker ("CAC 40 +0,45 %"), a sports widget's links.
_FORUM = (
    r"^(?:citation|r[ée]pondre\s+avec\s+citation|haut|hors\s+ligne|en\s+ligne|mod[ée]rat(?:eur|rice)|index\s+du\s+forum"
    r"|qui\s+est\s+en\s+ligne\s*\?|poster\s+une\s+r[ée]ponse|nouveau\s+sujet|[ée]pingl[ée]|actualiser|charger\s+plus"
    r"|voir\s+les\s+(?:posts|messages)\s+pr[ée]c[ée]dents|direct\s+comment[ée]|r[ée]sultats\s+et\s+calendrier"
    r"|voir\s+(?:le|tout\s+le)\s+classement(?:\s+complet)?)$"
    r"|^message\s+par\s+\S+\s*»|^re\s*:\s|^aller\s+[àa]\s+la\s+page\b|^utilisateurs\s+parcourant\s+ce\s+forum\b"
    r"|^revenir\s+vers\s+«|^derni[èe]re\s+[ée]dition\s+par\s+\S+\s+le\b"
    r"|^(?:messages|inscrit\s+le|inscription|localisation)\s*:\s*[^.!?]{1,30}$"
    rf"|^j{_APOS}aime\s+chargement|^(?:(?:un|\d+)\s+)?blogueurs?\s+aimen?t\s+(?:cette\s+page|ceci)|^[ée]tiquet[ée]\s+\S"
    r"|^(?-i:[A-Z][\w /&.-]{1,20})\s+[+−-]\s?\d+(?:[.,]\d+)?\s?%$|^(?-i:[A-Z]{3}/[A-Z]{3})\s+\d+[.,]\d+$"
)
#: A news site's own lines around its articles: paywall and gift offers ("La lecture des articles
#: est réservée aux abonné·es", "Votre abonnement vous permet d'offrir …"), a consent box's
#: controls ("Gérer mes choix", "Cliquez sur « J'accepte » pour afficher le contenu"), the site
#: speaking of itself ("Chaque jour, notre rédaction vous réserve …", "Ne manquez plus rien de
#: l'actualité"), its sections' labels ("L'info en continu", "Sujets liés", "Édition du soir") and
#: a kicker alone in capitals ("DÉCRYPTAGE").
_PRESS = (
    r"\br[ée]serv[ée]e?s?\s+(?:aux|[àa]\s+nos)\s+abonn|^votre\s+abonnement\s+(?:vous\s+permet|inclut|comprend)\b"
    r"|^cliquez\s+sur\s+(?:[«\"“]|le\s+bouton\b).{0,60}\bpour\s+(?:afficher|voir|lire|acc[ée]der)\b"
    r"|^(?:g[ée]rer\s+mes\s+choix|j['’]accepte|je\s+refuse|tout\s+(?:accepter|refuser)|continuer\s+sans\s+accepter"
    r"|param[ée]trer\s+(?:les\s+)?cookies|(?:modifier|augmenter|r[ée]duire|diminuer)\s+la\s+taille\s+du\s+texte)$"
    r"|^suivez\s+[^.!?]{1,40}\s+sur\s+google\s+(?:actualit[ée]s|news)$"
    r"|\bnotre\s+(?:r[ée]daction|s[ée]lection|newsletter|application|appli)\s+vous\b|^ne\s+manquez\s+(?:plus\s+)?rien\b"
    r"|\bnotre\s+s[ée]lection\s+(?:exclusive|du\s+jour)\b"
    r"|^(?:l['’]info\s+en\s+continu|sujets?\s+li[ée]s|[àa]\s+d[ée]couvrir|[ée]dition\s+du\s+(?:soir|matin|jour)"
    r"|l['’]essentiel\s+de\s+l['’]actu(?:alit[ée])?|info\s+(?:le|la|l['’])\s*\S+(?:\s+\S+)?)$"
    r"|^(?-i:D[ÉE]CRYPTAGE|ANALYSE|T[ÉE]MOIGNAGES?|R[ÉE]CIT|[ÉE]DITO(?:RIAL)?|CHRONIQUE|TRIBUNE|ENTRETIEN|REPORTAGE"
    r"|ENQU[ÊE]TE|INTERVIEW|PORTRAIT|EXCLUSIF|OPINION|INFOGRAPHIE|VID[ÉE]OS?|EN\s+DIRECT|DIRECT)$"
)
_PLATFORMS = r"(?:instagram|facebook|x|twitter|threads|tiktok|youtube|bluesky|linkedin|dailymotion|vimeo|spotify|deezer|soundcloud)"
#: An embedded post's or player's own lines: "Afficher cette publication sur Instagram", "Voir sur
#: TikTok", "Publication de Emmanuel Macron", "1 234 mentions J'aime", "♬ son original - …",
#: "Le contenu auquel vous tentez d'accéder n'est pas disponible".
_EMBED = (
    r"^(?:voir|afficher|regarder|lire|ouvrir|[ée]couter)(?:\s+(?:cette|la|ce|le|plus|l['’]))?(?:\s*(?:publication|post|"
    r"tweet|vid[ée]o|message|int[ée]gralit[ée]))?\s+(?:sur|dans)\s+" + _PLATFORMS + r"$"
    r"|^(?:publication|post|tweet|message)\s+(?:de|d['’])\s*(?-i:[A-ZÀ-Ý@])[\w@.'’-]*(?:\s+[\w@.'’-]+){0,3}$"
    r"|♬\s*(?:son\s+original|original\s+sound)"
    r"|^(?:j['’]aime|(?:[\d  ]+\s+)?mentions?\s+j['’]aime|voir\s+tous\s+les\s+commentaires|ajouter\s+un\s+commentaire(?:\.\.\.|…)?"
    r"|(?:vid[ée]o|contenu)\s+(?:int[ée]gr[ée]e?|embarqu[ée]e?)|(?:voir|afficher)\s+(?:le|ce)\s+tweet)$"
    r"|^le\s+contenu\s+auquel\s+vous\s+(?:tentez|essayez)\s+d['’]acc[ée]der\b"
)
#: What a page says under its article: where it first ran ("Cet article est republié à partir de
#: The Conversation sous licence Creative Commons"), a blog's filing line, appeals to report an
#: error or to give, the copyright's terms, a comment list's header and a commenter's "… dit :".
_TAIL = (
    r"\bsous\s+licence\s+creative\s+commons\b"
    r"|^class[ée]e?s?\s+(?:dans|sous)\s*:|^vous\s+avez\s+(?:rep[ée]r[ée]|remarqu[ée]|trouv[ée])\s+une\s+(?:erreur|faute|coquille)"
    r"|^une\s+question\s*,\s*une\s+remarque\b|\breproduction\b.{0,40}\binterdite\b"
    r"|^vous\s+[êe]tes\s+ici\b|^(?:afficher|masquer|voir)\s+le\s+r[ée]sum[ée]$|^[ée]dition\s+(?:abonn[ée]s|premium)$"
    # an English site's notes, a subscriber's button, a pointer to a player, a video's label,
    # a byline or rubric cut after its dash ("Benjamin Moubèche -", "L'Informaticien - - RENCONTRE -")
    r"|^fyi\.?$|^this\s+(?:story|article|post|content)\s+is\s+(?:over|more\s+than)\s+\d+\s+(?:years?|months?)\s+old\b"
    r"|\bread\s+the\s+full\s+(?:version|article|story)\b|^je\s+suis\s+(?:d[ée]j[àa]\s+)?abonn[ée]"
    r"|^(?:>>|►|▶|→|⇒)\s*[^.!?]{3,80}:\s*$|^vid[ée]o\.\s+[^.!?]{1,60}$"
    r"|^(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})\s[-–—]$|\s-\s+-\s"
    r"|^(?:retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|faites\s+un\s+don|version\s+imprimable)$"
    r"|^\d+\s+(?:r[ée]ponses?|commentaires?|r[ée]actions?)\s+(?:[àa]|sur)\s+[«\"“]"
    r"|^(?-i:[A-ZÀ-Ý@][\w@.'’-]*(?:\s+(?:de\s+|du\s+|van\s+|von\s+)?[A-ZÀ-Ý][\w@.'’-]*){0,3})\s+(?:dit|a\s+dit|says)\s*:$"
)
FURNITURE = re.compile(
    "|".join(
        (
            _SHOP,
            _POLL,
            _WEATHER,
            _AUDIO,
            _FOLLOW,
            _ACCOUNT,
            _SEARCH,
            _FOOTER,
            _CONTROLS,
            _FORUM,
            _PRESS,
            _EMBED,
            _TAIL,
        )
    ),
    _I,
)
#: Where the piece first ran, said as a sentence ("Cet article a initialement été publié sur le
#: blog de l'auteur.", "Ce billet a été publié dans Non classé …"): the page's note, though it
#: reads as a subject and its verb.
SITE_NOTE = re.compile(
    r"^(?:cet|ce|l['’])?\s*(?:article|texte|billet|entretien|tribune|post|contenu|chronique)\b.{0,40}"
    r"\b(?:republi[ée]e?|initialement\s+(?:[ée]t[ée]\s+)?(?:publi[ée]e?|paru)|(?:publi[ée]e?|paru)e?\s+"
    r"(?:initialement|[àa]\s+l['’]origine|d['’]abord))\b"
    r"|^ce\s+(?:billet|article|post)\s+a\s+[ée]t[ée]\s+publi[ée]\s+dans\b",
    _I,
)
#: Such a line is short; longer, the words are the article's ("… toucher une commission …").
FURNITURE_MAX_WORDS = 25


#: A cookie or consent banner says what it is in its first words, however long it goes on.
CONSENT = re.compile(
    r"^(?:inscrivez-vous|abonnez-vous)\b.{0,120}\b(?:newsletter|lettre\s+d['’]information|abonn[ée]s?|offre)\b"
    r"|^cet\s+article\s+est\s+(?:exceptionnellement\s+)?(?:gratuit|offert|en\s+acc[èe]s\s+libre)\b"
    r"|^(?:nous\s+utilisons|ce\s+site\s+(?:web\s+)?utilise|en\s+poursuivant\s+votre\s+navigation|"
    r"(?:nos\s+partenaires\s+et\s+)?nous\s+(?:d[ée]posons|stockons))\b.{0,80}\b(?:cookies?|t[ée]moins|traceurs)\b"
    r"|^contenus?\s+(?:tiers|externes?)\b.{0,120}\bcookies?\b",
    _I,
)
CONSENT_MAX_WORDS = 120
#: A newsletter form's data notice: "France Télévisions utilise votre adresse e-mail afin de vous
#: envoyer la newsletter … Vous pouvez vous désinscrire à tout moment …".
NEWSLETTER_NOTICE = re.compile(
    r"^[^.!?]{0,60}\butilise(?:ra)?\s+votre\s+adresse\s+(?:e-?mail|[ée]lectronique|courriel)\b.{0,120}"
    r"\b(?:newsletter|lettre\s+d['’]information|d[ée]sinscrire|d[ée]sabonner)\b",
    _I,
)


#: A menu flattened into one line: "Monde Euronews Witness No Comment Qatar 365 Spotlight…".
MENU_LINE_WORDS = 8
MENU_LINE_CAPITALISED = 0.75


#: French grammatical words: a menu names sections, a title in title case links its words with
#: these ("Avant De Lancer Sa Start-Up").
_GRAMMAR_WORDS = frozenset(
    "le la les l un une des du de d à a au aux en et ou pour par sur sans avec dans sa son ses leur "
    "leurs ce cet cette ces qui que quoi comment pourquoi avant après est sont".split()
)
TITLE_CASE_GRAMMAR_WORDS = 3
#: A title is a line of at most this many words; a menu flattened into one line runs longer.
TITLE_MAX_WORDS = 16


_ELIDED = re.compile(rf"^{ELIDED}", _I)


def _is_grammar_word(word: str) -> bool:
    """ "du", "le", and an elided one joined to its word: "d’une", "l’Anecdote"."""
    return word.lower() in _GRAMMAR_WORDS or bool(_ELIDED.match(word))


def _is_menu_line(text: str) -> bool:
    """Eight words or more, nearly all capitalised: section names, not a sentence (French
    sentences, titles included, are mostly lowercase words)."""
    words = [w for w in text.split() if LETTERS.search(w)]
    if len(words) < MENU_LINE_WORDS or TERMINAL.search(text):
        return False
    if len(words) <= TITLE_MAX_WORDS and sum(_is_grammar_word(w) for w in words) >= TITLE_CASE_GRAMMAR_WORDS:
        return False  # "Les 25 Termes À Connaître Avant De Lancer Sa Start-Up": a title in title case
    return sum(w[0].isupper() for w in words) >= MENU_LINE_CAPITALISED * len(words)


#: A site builder's own words, in English on French pages (their themes are often English): a
#: line made of nothing else (a network's name alone is left to the rules on share bars) ("Proudly powered by WordPress", "Click to share on Twitter (Opens in
#: new window)", "Like Loading...", "2 min read") or a label and its short value ("Filed under:
#: Politique", "Written by Jean Dupont", "Posted on 12 March 2021 by admin").
ENGLISH_INTERFACE_WORDS = frozenset(
    """a about accept all am and are author back be browser by cancel categories category click
    close comment comments contact content cookie cookies copied copy copyright editor's email
    entries feed fields filed first follow for friend home i in last leave like link listen load
    loading log manage marked menu meta min minute minutes most my name navigation new
    newsletter next not of on open opens our picks podcast policy popular post posted posts
    powered preferences previous primary print privacy proudly published read reading recent
    related reply required reserved rights save scroll search see share show sign sponsored
    subscribe tagged tags terms the theme this time to toggle top trending under up updated use
    video view watch website will window with wordpress wordpress.org written you your
    advertisement pm ago continue more photo photos spoiler spoilers alert information service
    trending now listen article might also from story app page""".split()
)
#: English words that are French words too: a line of these alone is French ("Comment ?").
_FRENCH_TOO = frozenset({"a", "comment", "on", "contact", "menu", "top", "video", "podcast", "newsletter"})
_NETWORK = re.compile(rf"^(?:{_NETWORKS}|reddit|instagram|youtube|tiktok|bluesky)$")
_ENGLISH_MONTHS = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$"
)
_INTERFACE_LABEL = re.compile(
    r"^(?:posted(?:\s+(?:on|in|by))?|published(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|filed\s+under|tagged(?:\s+with)?|"
    r"written\s+by|author|by|categor(?:y|ies)|tags?)\s*:?\s+\S[^.!?]{0,60}$",
    _I,
)
#: Interface lines are short: a longer line of such words is a sentence.
INTERFACE_MAX_WORDS = 12


#: A French site's own words: a line of nothing else is the site talking about itself
#: ("Article plus ancien", "Afficher mon profil complet", "Flux des commentaires", "Vous aimerez
#: aussi", "Agrandir l'image", "Lecture zen"). Grammar words do not count towards it, and a number
#: or any other word makes the line the article's ("L'article 49.3", "Un dossier sensible"), and
#: so does a full stop ("Un article de plus.").
FRENCH_INTERFACE_WORDS = frozenset(
    """abonné abonnés abonnement accepter accueil actualité actualités adresse afficher agrandir
    ajouter ami anciens ancien annuler archives article articles auteur automatique blog catégories
    commentaire commentaires commentés complet connexion contacter contenu contenus continuer direct
    disponible e-mail écouter écrire enregistrer envoyer favoris fenêtre fermer fil flux fourni galerie
    gérer image info infos inscription inscrire inscris intéresser lecture lire lus menu méta
    navigation page pages paramétrer partager plan plus podcasts pourraient précédent profil
    propulsé publications publier réagir récent récents récentes refuser réseaux revenir rss
    rubrique signaler sociaux sommaire sponsorisés suivant suivez-nous taille texte thème vidéo vidéos
    voir zen aimerez fièrement illicite sujet même aussi site suivante suivantes dossier aucun
    dans wordpress blogger libellés billets propos spoiler montrer masquer premium exclusif""".split()
)
#: Grammar words a French interface line is made with, besides its own words.
_FRENCH_GRAMMAR = frozenset(
    """à au aux avec ce ces cet cette d de des du en et je l la le les ma mes mon n nous par plus pour
    qui sur tout toute toutes un une vos votre vous sans est ne pas ou a m s t""".split()
)
_FRENCH_TOKEN = re.compile(r"[\w-]+", re.UNICODE)


def _french_tokens(text: str) -> list[str]:
    """Lower-case words and hyphenated words, elisions cut off: "l'actualité" is "l", "actualité"."""
    return [w.lower() for w in _FRENCH_TOKEN.findall(text.replace("’", "'").replace("'", " "))]


def _is_french_interface(text: str) -> bool:
    words = [w for w in _french_tokens(text) if w.strip("-")]
    if not words or len(words) > INTERFACE_MAX_WORDS:
        return False
    if len(words) >= 3 and re.search(r"[^.]\.$", text):
        return False  # "Un article de plus.": a sentence
    own = [w for w in words if w not in _FRENCH_GRAMMAR]
    return bool(own) and all(w in FRENCH_INTERFACE_WORDS for w in own)


#: A kicker: the genre or section a newsroom prints above its headline ("Grand format",
#: "Vrai ou faux", "Notre enquête", "Faits divers").
KICKER_WORDS = frozenset(
    """actu actualité analyse brève chaud chronique culture débats décryptage direct divers dossier
    économie édito enquête entretien environnement essentiel europe exclusif explications
    fact-checking faits faux flash focus format grand idées info infos infographie insolite
    international interview live long monde opinion planète podcast politique portrait rafale
    récit régions reportage santé sciences société spécial sport story témoignage témoignages
    tribune vidéo vrai zoom notre nos""".split()
)
KICKER_MAX_WORDS = 3


def is_kicker(text: str) -> bool:
    own = [w for w in _french_tokens(text) if w not in _FRENCH_GRAMMAR]
    return 0 < len(text.split()) <= KICKER_MAX_WORDS and bool(own) and all(w in KICKER_WORDS for w in own)


def _is_english_interface(text: str) -> bool:
    if len(text.split()) > INTERFACE_MAX_WORDS:
        return False
    if _INTERFACE_LABEL.match(text):
        return True
    words = [w.lower().strip(".'’") for w in re.findall(r"[A-Za-z][A-Za-z'’.]*", text)]
    return any(
        (w in ENGLISH_INTERFACE_WORDS and w not in _FRENCH_TOO) or _ENGLISH_MONTHS.match(w) for w in words
    ) and all(w in ENGLISH_INTERFACE_WORDS or _NETWORK.match(w) or _ENGLISH_MONTHS.match(w) for w in words)


#: Menu items glued by text extraction: "Guerre en UkraineAmériquesEuropeMoyen-Orient…". Two
#: joins in one word: a brand has one ("YouTube", "LinkedIn"), a handle or tag is left out.
_GLUE = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-Ý][a-zà-ÿ]")
#: Items set apart by a list separator: "Piratage de Sony Pictures ▪ Fibre optique ▪ …".
_SEPARATOR = re.compile(r"\s[▪•·|]\s")
SEPARATED_ITEMS = 4
SEPARATED_ITEM_WORDS = 5


#: A breadcrumb that ends on a long title: "Home > News and Press Room > … > Point de presse de …".
_LONG_CRUMB = re.compile(r"^(?:Accueil|Home)\s*[>›»]\s*[^.!?]{1,60}\s[>›»]\s")
#: A breadcrumb's separators: "Vous êtesAccueil»Torrent»Actu torrent»…", "Accueil > Monde".
BREADCRUMB_MAX_WORDS = 25
#: "›" and "»" anywhere, ">" only between spaces (not a tag's bracket: "<b>").
_CRUMB = re.compile(r"[›»]|\s>\s")


def _is_breadcrumb(text: str) -> bool:
    """Two breadcrumb separators or more in a short line ("»" only where no "«" opens a quote)."""
    return "«" not in text and len(text.split()) <= BREADCRUMB_MAX_WORDS and len(_CRUMB.findall(text)) >= 2


def _is_glued_menu(text: str) -> bool:
    return not TERMINAL.search(text) and any(
        len(_GLUE.findall(word)) >= 2 for word in text.split() if word[0] not in "@#" and "://" not in word
    )


def _is_separated_list(text: str) -> bool:
    """Four items or more between list separators, a few words each: a menu, not a sentence."""
    items = _SEPARATOR.split(text)
    return len(items) >= SEPARATED_ITEMS and len(text.split()) <= SEPARATED_ITEM_WORDS * len(items)


def is_continuation(text: str) -> bool:
    return len(text.split()) <= CONTINUATION_MAX_WORDS and bool(CONTINUATION.search(text))


#: A table's number cell: "2 102 650", "-0,5 %", "12,4".
_NUMBER_CELL = re.compile(r"^[-+−]?\d[\d\s  .,]*\s*(?:%|€|\$|£)?$")


def is_table_row(text: str) -> bool:
    """A table's row pasted with its bars: three cells or more, a number alone in one of them
    ("Paris | 2 102 650 | -0,5 %"); a menu's or a signature's bars hold no such cell."""
    if "|" not in text:
        return False  # most lines: no split for them
    cells = [c.strip() for c in text.split("|")]
    cells = [c for c in cells if c]
    return (
        len(cells) >= 3
        and any(_NUMBER_CELL.match(c) for c in cells)
        and any(LETTERS.search(c) for c in cells)
    )


@_per_line
def line_kind(text: str) -> Kind | None:
    if is_attribution(text):
        return Kind.BYLINE
    if is_table_row(text):
        return None
    if _is_menu_line(text) or _is_glued_menu(text) or _is_separated_list(text) or _is_breadcrumb(text):
        return Kind.BOILERPLATE
    if len(text.split()) >= LONG_PROSE_WORDS:
        if _NO_WORDS.search(text):
            return Kind.BOILERPLATE  # "1 2 3 … 31": a calendar's numbers, no words however long
        if len(text.split()) <= CONSENT_MAX_WORDS and (
            CONSENT.search(text)
            or NEWSLETTER_NOTICE.search(text)
            or _LONG_CRUMB.search(text)
            or CREDIT_END.search(text)
        ):
            return Kind.BOILERPLATE
        return None
    if RELATED_MARKER.search(text) or TEASER.search(text) or is_continuation(text):
        return Kind.RELATED
    if (
        GLUED_BREADCRUMB.search(text)
        or CAPTION.search(text)
        or ARCHIVE_HEADER.search(text)
        or _is_english_interface(text)
        or _is_french_interface(text)
    ):
        return Kind.BOILERPLATE
    if (
        BOILERPLATE.search(text)
        or ((mark := LIST_MARK.match(text)) and (item := text[mark.end() :]) and BOILERPLATE.search(item))
    ) and not tells_of_the_world(text):
        return Kind.BOILERPLATE
    if len(text.split()) <= FURNITURE_MAX_WORDS and FURNITURE.search(text) and not tells_of_the_world(text):
        return Kind.BOILERPLATE
    if SITE_NOTE.search(text):
        return Kind.BOILERPLATE
    if TAG_LIST.search(text) and all(len(item.split()) <= 4 for item in text.rstrip(".").split(",")):
        return Kind.BOILERPLATE
    if _NO_WORDS.search(text) or (_LINK_LINE.search(text) and len(_LINK_LINE.sub("", text).split()) <= 4):
        return Kind.BOILERPLATE
    if BYLINE.search(text) and not tells_of_the_world(text) and not _is_dated_sentence(text):
        return Kind.BYLINE
    return None


def _is_dated_sentence(text: str) -> bool:
    date = DATELINE.match(text)
    return (
        bool(date) and len(text[date.end() :].split()) >= DATED_SENTENCE_WORDS and bool(TERMINAL.search(text))
    )
