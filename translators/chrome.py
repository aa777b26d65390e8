"""Tell the article from the page around it, paragraph by paragraph.

HTML extractors (trafilatura, jusText) need the markup, and users paste text. So
this works on what survives in plain text: wording ("Lire aussi :", "Partager cet
article", "Publié le"), shape (prose ends with a full stop, headings and headlines
do not) and position (bylines and author bios sit before or after the body; an
inserted related-article headline is a headline directly followed by another).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from translators.document import Kind, Paragraph
from translators.language import ELIDED
from translators.memo import per_short_text
from translators.segment import LIST_MARK
from translators.social import has_post_link, is_attribution

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
    r"|^sur\s+le\s+m[êe]me\s+(?:sujet|th[èe]me)"
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
    r"^archives?\s+(?:pour|de|du|des)\s+(?:la\s+|le\s+|l['’]\s*)?(?:cat[ée]gorie|[ée]tiquette|mot-cl[ée]|mois|auteur|tag)\b",
    re.IGNORECASE,
)
#: Picture agencies and photo libraries, as credits name them (matched without case).
_AGENCIES = (
    r"AFP|REUTERS|AP|SIPA|MAXPPP|HANS\s+LUCAS|ABACA|BELGA|GETTY\s*IMAGES?|KEYSTONE|EPA|DPA|IMAGO|"
    r"SHUTTERSTOCK|ISTOCK(?:PHOTO)?"
)
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
    r"|^[\d.,]+\s*[KkMm]?\s+(?:views|vues|followers|abonn[ée]s|likes|j['’]aime)\b|^page\s+\d+\s+(?:sur|of|/)\s+\d+$"
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
    r"|^(?:ann[ée]e|mois|archives?)\s*:\s*\d{4}$|^(?-i:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|fr|net|org|be|ch|ca|info|blog))$"
    r"|r[ée]serv[ée]e?s?\s+(?:aux|[àa]\s+nos)\s+abonn[ée]s|\bil\s+vous\s+reste\s+[\d.,]+\s*%|^offrir\s+(?:cet|l['’])\s*article|^ajouter\s+[àa]\s+(?:vos|mes)\s+s[ée]lections"
    r"|^(?:contribuer|r[ée]utiliser\s+ce\s+contenu|voir\s+plus|en\s+savoir\s+plus|[ée]couter(?:\s+cet\s+article)?)$"
    r"|vous\s+pouvez\s+lire\s+.{1,40}\s+sur\s+\d+\s+appareil|s['’]affichera\s+sur\s+l['’]autre\s+appareil"
    rf"|/\s*(?:{_AGENCIES})(?:\s*/\s*\w+)?\s*$"
    rf"|\((?:{_AGENCIES}|DR)(?:\s*/[^)]{{0,30}})?\)\s*$"
    # a photographer and the agency in brackets, an agency's name alone: "(Thomas Samson/AFP)", "iStock"
    rf"|\([^()]{{1,40}}/\s*(?:{_AGENCIES})\)\s*$|^(?:archives?\s+)?(?:{_AGENCIES}|unsplash|pixabay)$"
    # section labels, a count of things ("42 commentaires", "30 Billets"), an attachment, a picture's label
    r"|^(?:read\s+(?:more|full\s+(?:story|article))|continue\s+reading)\s*(?:\.\.\.|…|»|›|>)?$"
    r"|^(?:en\s+ce\s+moment|[àa]\s+la\s+une|tendances?|en\s+direct|derni[èe]re\s+minute|breaking\s+news)\s*:?$"
    r"|^\d{1,4}\s+[^\W\d_]+$|^(?:jpe?g|png|gif|pdf|mp3|mp4|docx?|zip)\s*[-–:]"
    r"|\b\d+(?:[.,]\d+)?\s*(?:ko|mo|kb|mb)\s*\)?\s*$"
    r"|^(?:illustration|photo|image|vid[ée]o|graphique|infographie|carte|diaporama|figure|fig\.|tableau)\s*\d*\s*[.:]?$"
    # a link back to where the page came from ("Retour au programme de la conférence")
    r"|^retour\s+(?:[àa]\s+la|[àa]\s+l['’]|au|aux)\s*(?:liste|programme|sommaire|accueil|page|article|menu|blog|site|rubrique|dossier|r[ée]sultats?)\b[^.!?]{0,60}$"
    # an image's file name left as its alt text, font-size controls ("A+ A A-")
    r"|^\S+\.(?:jpe?g|png|gif|webp|svg)$|^[A-Za-z][+-]?(?:\s+[A-Za-z][+-]?){1,4}$"
    r"|la\s+r[ée]daction\s+n['’]est\s+pas\s+[àa]\s+l['’]origine|\b(?:ce|cet)\s+(?:blog|espace)\s+est\s+personnel"
    # tags and categories
    r"|^(?:cat[ée]gories?|tags?|mots[- ]cl[ée]s|[ée]tiquettes?|th[èe]mes?|sujets?|libell[ée]s)\s*[:>]"
    # comment systems, a CMS's cloaked e-mail address
    r"|adresse\s+(?:e-?)?mail\s+est\s+prot[ée]g[ée]e\s+contre\s+les\s+robots|akismet|champs\s+obligatoires|ne\s+sera\s+pas\s+publi[ée]e|caract[èe]res\s+restants"
    r"|charte\s+des\s+commentaires|pour\s+(?:pouvoir\s+)?commenter|signaler\s+(?:un\s+abus|une\s+erreur|ce\s+commentaire)"
    # paywalls and accounts
    r"|cr[ée]e[rz]\s+(?:votre|un)\s+compte|acc[èe]s\s+(?:gratuit|illimit[ée])|profitez\s+de\s+tous\s+nos"
    r"|^je\s+m['’]abonne|^se\s+connecter|^connexion$|^abo\s*\+|d[ée]j[àa]\s+inscrit|essai\s+gratuit"
    r"|offre\s+d[ée]couverte|identifiants?\s+de\s+connexion|mot\s+de\s+passe|\barticles?\s+gratuits?\b"
    r"|\bnos\s+offres\b|d[ée]couvr\w*\s+les\s+offres|\ben\s+illimit[ée]\b|^en\s+partenariat\s+avec\s+[^.!?]{1,60}$"
    # newsletters, privacy, donations, downloads, media players
    r"|dans\s+votre\s+bo[iî]te\s+(?:mail|e-?mail|aux\s+lettres)|vos\s+donn[ée]es\s+(?:personnelles|et\s+vos\s+droits)"
    r"|\bfai(?:re|s)\s+un\s+don\b|^j['’]agis\b|soutenez[- ]nous|rejoignez[- ]nous|\bcontribuez\s+[àa]|^t[ée]l[ée]charger\b"
    r"|ajouter\s+[àa]\s+(?:la|ma)\s+playlist|^playlist$|dur[ée]e\s+de\s+l['’](?:audio|[ée]mission|vid[ée]o)|^\d{1,2}['’:]\d{2}\b|^embed$"
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
    r"|\bsans\s+engagement(?:\s+de\s+dur[ée]e)?\s*[.!]?$|^soutenez\s+(?:une?|la|le|les|notre|nos|l['’])\b|^acc[ée]dez\s+[àa]\b"
    r"|^d[ée]bloque[rz]\s+(?:l['’]article|cet\s+article|ce\s+contenu|la\s+suite)|^recevez\s+(?:chaque|tous\s+les|gratuitement|notre|nos|l['’]essentiel)"
    r"|^offre\s+(?:sp[ée]ciale|d['’]essai|limit[ée]e|exceptionnelle)\b|\babonnement\s+(?:num[ée]rique|papier|digital)\b"
    r"|^(?:cet\s+article|ce\s+contenu|vous\s+lisez[^.!?]{0,40})\s+(?:est\s+)?en\s+acc[èe]s\s+libre|^(?:contenu|article)\s+r[ée]serv[ée]$"
    r"|r[ée]serv[ée]e?s?\s+aux\s+(?:membres|inscrits)|\ben\s+cliquant\s+sur\b|\bvous\s+consentez\b"
    r"|\bmerci\s+(?:pour|de)\s+votre\s+(?:inscription|abonnement|commentaire|message|vote)"
    r"|\bvotre\s+(?:inscription|abonnement|commentaire|message|demande)\s+a\s+(?:bien\s+)?[ée]t[ée]"
    r"|^une\s+erreur\s+(?:est\s+survenue|s['’]est\s+produite)|^publicit[ée]\s*[-–:|]\s*(?:continue|la\s+suite|lire)|\bapr[èe]s\s+(?:la|cette)\s+publicit[ée]"
    r"|^(?:article|contenu)\s+(?:sponsoris[ée]|partenaire|propos[ée]\s+par)|\b(?:propos[ée]|offert|r[ée]dig[ée])\s+par\s+notre\s+partenaire\b"
    r"|\bvous\s+est\s+offert\s+par\b"
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

_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
#: A sentence that tells of the world keeps the words chrome is made of from making it chrome
#: ("Partager le pouvoir n'a jamais été son fort, disent ses proches.", "Publié en 1998, ce roman a
#: connu un succès immédiat."): this many words, a full stop, and a subject with its verb or a
#: speaker; unless it speaks to the reader or of the page ("Votre adresse e-mail ne sera pas publiée.").
NARRATIVE_MIN_WORDS = 8
_VERB = (
    r"(?:est|sont|[ée]tait|[ée]taient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|aurait|fut|furent|"
    r"fait|font|va|vont|peut|peuvent|doit|doivent|n['’]\w+|ne\s+\w+|se\s+\w+|s['’]\w+|y\s+a|"
    r"(?!(?:contre|entre|comme|notre|votre|m[êe]me|presque|quelque|chaque|autre|lorsque|puisque|jusque)\b)"
    r"\w{3,}(?:ait|aient|era|eront|erait|[èe]rent|ent|it|e))"
)
_SUBJECT = (
    r"(?:il|elle|ils|elles|on|je|j['’]|nous|c['’]|cela|[çc]a|qui|"
    r"(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|tout|toute)\s*[\w'’-]+"
    r"(?:\s+(?:de\s+|du\s+|des\s+|d['’]\s*)?[\w'’-]+){0,2})"
)
_CLAUSE = re.compile(rf"(?:^|[,:;]\s+|\s)(?:{_SUBJECT})\s+(?:{_VERB})\b", _I)
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


def _tells_of_the_world(text: str) -> bool:
    if len(text.split()) < NARRATIVE_MIN_WORDS or not _TERMINAL.search(text):
        return False
    return bool(_SPEAKER.search(text)) or (bool(_CLAUSE.search(text)) and not _TO_THE_READER.search(text))


#: A line that starts with a date: a dateline, unless a sentence follows the date (see DATED_SENTENCE_WORDS).
DATELINE = re.compile(
    r"^(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+(?:"
    + _MONTHS
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
    r"|^(?:auteure?|autrice|texte|r[ée]daction)\s*:\s*[A-ZÀ-Ý]"  # "Auteur: Simon Kabbaj"
    # a metadata field, its value short or missing: "Date : 09 octobre 2021", "Auteur/autrice : x"
    r"|^(?:date(?:\s+de\s+(?:publication|parution|mise\s+[àa]\s+jour|cr[ée]ation))?|auteure?(?:\s*/\s*autrice)?"
    r"|autrice|journaliste|(?:la\s+)?source|e-?mail|courriel)\s*:(?:\s*\S+){0,6}\s*$"
    # a signature with its initial glued ("Peinda.B."), a name and its handle ("ANOUCH SEYDTAGHIA @Anouch")
    r"|^(?-i:[A-ZÀ-Ý][a-zà-ÿ]+\.?\s?(?:[A-Z]\.){1,2})$"
    r"|^[-–—]?\s*(?-i:[A-ZÀ-Ý][\w'’.-]+(?:[\s,]+[A-ZÀ-Ý][\w'’.-]+){0,4})\s+@\w{2,}$"
    r"|^(?:de\s+)?(?:notre|votre)\s+(?:envoy[ée]e?\s+sp[ée]ciale?|correspondante?)\b[^.!?]{0,40}$"
    r"|^(?-i:[A-Z]{1,4}(?:/[A-Za-z]{1,4}){1,3})$|^[^.!?]{1,40}\s[-–]\s[^.!?]{1,30},\s+le\s+\d{1,2}/\d{1,2}/\d{2,4}$"
    # more datelines and credits: "Mis en ligne le …", "Dernière modification : …", "Hier à 18h30",
    # "Mars 2021", "Avec AFP", "La rédaction", "Sources : AFP, Reuters", "Jean DUPONT",
    # "Jean Dupont, à Lyon", "Jean Dupont (texte) et Marie Curie (photos)"
    r"|^mis\s+en\s+ligne\b|^derni[èe]re\s+(?:modification|mise\s+[àa]\s+jour)\b"
    r"|^(?:aujourd['’]hui|hier|avant-hier)\s+[àa]\s+\d{1,2}\s*[h:]\s*\d{0,2}$|^(?:" + _MONTHS + r")\s+\d{4}$"
    r"|^avec\s+(?:l['’]\s*)?(?:AFP|Reuters|AP|agences?|Belga|ATS)\.?$|^(?:la\s+)?r[ée]daction$"
    r"|^sources?\s*:?\s*(?:AFP|Reuters|AP|Belga|ATS)(?:\s*(?:,|et)\s*(?:AFP|Reuters|AP|Belga|ATS))*\.?$"
    r"|^(?!(?:universit[ée]|groupe|banque|agence|minist[èe]re|lyc[ée]e|coll[èe]ge|association|festival|club|stade|"
    r"institut|centre|mus[ée]e|th[ée][âa]tre|parti|mouvement|conseil|office|r[ée]gion|ville|mairie)\b)"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{2,}(?:[- ][A-ZÀ-Ý]{2,})?)$"
    r"|^(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}),\s+(?:à|au|aux|en)\s+(?-i:[A-ZÀ-Ý])[\w'’ -]{1,30}$"
    r"|^[^.!?]{0,60}\((?:textes?|photos?|vid[ée]os?|illustrations?|dessins?|infographie)\)"
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
    r"\s+(?:du\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+(?:"
    + _MONTHS
    + r"),?\s+\d{4}"
    r"|^\S+\s+(?:le\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+(?:à|-)\s+\d{1,2}[:h]\d{2}$"  # a comment's author and time
    r"|^(?:[\w'’. -]{2,40}\s+avec\s+)?(?:AFP|Reuters|AP|l['’]AFP)\.?$"
    r"|^(?:AFP|Reuters|AP|Belga|ATS)\b[\s,|-]+(?:le\s+)?\d{1,2}(?:er)?\s+(?:" + _MONTHS + r")\b",
    _I,
)
BIO_WORDS = re.compile(
    r"\b(?:journaliste|r[ée]dact(?:eur|rice)|auteure?|autrice|chroniqueu(?:r|se)|correspondante?|"
    r"passionn[ée]e?|dipl[ôo]m[ée]e?|rejoint\s+la\s+r[ée]daction)\b",
    _I,
)
_TERMINAL = re.compile(r"[.!…][\s»”\"’')\]]*$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*$")


#: A sentence that leads into a list ("Étaient présents à ce Sommet, les Chefs d'État … :")
#: has this many words; a heading ending with a colon has fewer.
LEAD_IN_WORDS = 12


def _is_prose(text: str, sentences: int) -> bool:
    """Running text: ends like a sentence, or is too long to be a heading; an item of an
    enumeration ending with ";", or a long sentence leading into a list with ":"."""
    if _TERMINAL.search(text) or text.endswith(";"):
        return True
    if text.endswith(":") and len(text.split()) >= LEAD_IN_WORDS:
        return True
    return sentences > 1 or len(text) > 160


@_per_line
def _is_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and len(text) <= 40 and all(_NAME_WORD.match(w) for w in words)


_SIGNATURE_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*\.?$|^[A-Z]\.$")


_NAMES_JOINED = re.compile(r"\s+(?:et|and|&)\s+|\s*,\s+")


def _is_signature(text: str) -> bool:
    """A person's name alone on a line: two or three capitalised words; or two or three such
    names joined ("Michael Hotz et Robin Wegmüller")."""
    names = _NAMES_JOINED.split(text.strip())
    return len(names) <= 3 and all(
        2 <= len(words := name.split()) <= 3 and all(_SIGNATURE_WORD.match(w) for w in words)
        for name in names
    )


def _continues(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """Row i goes on with row i - 1's sentence: it starts with a small letter after a line
    that did not end one."""
    text, before = paragraphs[i].text, paragraphs[i - 1].text
    return text[:1].islower() and not _TERMINAL.search(before) and not before.rstrip().endswith((":", "?"))


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


#: "La République en marche, Justice, Emmanuel Macron": three or more short capitalised
#: items and nothing else, a list of tags or partners rather than a sentence.
TAG_LIST = re.compile(r"^[A-ZÀ-Ý][^,.;:!?]{0,30}(?:,\s*[A-ZÀ-Ý][^,.;:!?]{0,30}){2,}\.?$")


#: A cookie or consent banner says what it is in its first words, however long it goes on.
CONSENT = re.compile(
    r"^(?:inscrivez-vous|abonnez-vous)\b.{0,120}\b(?:newsletter|lettre\s+d['’]information|abonn[ée]s?|offre)\b"
    r"|^cet\s+article\s+est\s+(?:exceptionnellement\s+)?(?:gratuit|offert|en\s+acc[èe]s\s+libre)\b"
    r"|^(?:nous\s+utilisons|ce\s+site\s+(?:web\s+)?utilise|en\s+poursuivant\s+votre\s+navigation|"
    r"(?:nos\s+partenaires\s+et\s+)?nous\s+(?:d[ée]posons|stockons))\b.{0,80}\b(?:cookies?|t[ée]moins|traceurs)\b",
    _I,
)
CONSENT_MAX_WORDS = 120


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
    words = [w for w in text.split() if _LETTERS.search(w)]
    if len(words) < MENU_LINE_WORDS or _TERMINAL.search(text):
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
    advertisement pm ago continue more photo photos""".split()
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
    dans wordpress blogger libellés""".split()
)
#: Grammar words a French interface line is made with, besides its own words.
_FRENCH_GRAMMAR = frozenset(
    """à au aux avec ce ces cet cette d de des du en et je l la le les ma mes mon n nous par plus pour
    qui sur tout toute toutes un une vos votre vous sans est ne pas ou a m s t""".split()
)
_FRENCH_TOKEN = re.compile(r"[\w-]+", re.UNICODE)


def _is_french_interface(text: str) -> bool:
    words = [w.lower() for w in _FRENCH_TOKEN.findall(text.replace("’", "'").replace("'", " "))]
    if not words or len(words) > INTERFACE_MAX_WORDS:
        return False
    if len(words) >= 3 and re.search(r"[^.]\.$", text):
        return False  # "Un article de plus.": a sentence
    own = [w for w in words if w not in _FRENCH_GRAMMAR]
    return bool(own) and all(w in FRENCH_INTERFACE_WORDS for w in own)


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


#: A breadcrumb's separators: "Vous êtesAccueil»Torrent»Actu torrent»…", "Accueil > Monde".
BREADCRUMB_MAX_WORDS = 25
#: "›" and "»" anywhere, ">" only between spaces (not a tag's bracket: "<b>").
_CRUMB = re.compile(r"[›»]|\s>\s")


def _is_breadcrumb(text: str) -> bool:
    """Two breadcrumb separators or more in a short line ("»" only where no "«" opens a quote)."""
    return "«" not in text and len(text.split()) <= BREADCRUMB_MAX_WORDS and len(_CRUMB.findall(text)) >= 2


def _is_glued_menu(text: str) -> bool:
    return not _TERMINAL.search(text) and any(
        len(_GLUE.findall(word)) >= 2 for word in text.split() if word[0] not in "@#" and "://" not in word
    )


def _is_separated_list(text: str) -> bool:
    """Four items or more between list separators, a few words each: a menu, not a sentence."""
    items = _SEPARATOR.split(text)
    return len(items) >= SEPARATED_ITEMS and len(text.split()) <= SEPARATED_ITEM_WORDS * len(items)


def _is_continuation(text: str) -> bool:
    return len(text.split()) <= CONTINUATION_MAX_WORDS and bool(CONTINUATION.search(text))


@_per_line
def _pattern_kind(text: str) -> Kind | None:
    if is_attribution(text):
        return Kind.BYLINE
    if _is_menu_line(text) or _is_glued_menu(text) or _is_separated_list(text) or _is_breadcrumb(text):
        return Kind.BOILERPLATE
    if len(text.split()) >= LONG_PROSE_WORDS:
        return Kind.BOILERPLATE if len(text.split()) <= CONSENT_MAX_WORDS and CONSENT.search(text) else None
    if RELATED_MARKER.search(text) or TEASER.search(text) or _is_continuation(text):
        return Kind.RELATED
    if (
        GLUED_BREADCRUMB.search(text)
        or CAPTION.search(text)
        or ARCHIVE_HEADER.search(text)
        or _is_english_interface(text)
        or _is_french_interface(text)
    ):
        return Kind.BOILERPLATE
    told = _tells_of_the_world(text)
    if not told and (
        BOILERPLATE.search(text)
        or ((mark := LIST_MARK.match(text)) and (item := text[mark.end() :]) and BOILERPLATE.search(item))
    ):
        return Kind.BOILERPLATE
    if TAG_LIST.search(text) and all(len(item.split()) <= 4 for item in text.rstrip(".").split(",")):
        return Kind.BOILERPLATE
    if _NO_WORDS.search(text) or (_LINK_LINE.search(text) and len(_LINK_LINE.sub("", text).split()) <= 4):
        return Kind.BOILERPLATE
    if BYLINE.search(text) and not told and not _is_dated_sentence(text):
        return Kind.BYLINE
    return None


def _is_dated_sentence(text: str) -> bool:
    date = DATELINE.match(text)
    return (
        bool(date)
        and len(text[date.end() :].split()) >= DATED_SENTENCE_WORDS
        and bool(_TERMINAL.search(text))
    )


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
        and not _TERMINAL.search(text)
        and not _is_name(text)
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
        len(below.split()) >= LONG_PROSE_WORDS or bool(BYLINE.search(below))
    )


#: A line this long said again is a headline's or a caption's echo (an image's alt text);
#: longer text said twice is the article's own.
ECHO_MAX_WORDS = 30
ECHO_MIN_LETTERS = 15


@_per_line
def _folded(text: str) -> str:
    """Letters only, lower case, accents off: "Le tweet dElon Musk qui a enflamme X" is the
    title "Le tweet d’Elon Musk qui a enflammé X" as an image's alt text or a slug gives it."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if c.isalpha())


def _echo_rows(paragraphs: Sequence[Paragraph]) -> set[int]:
    """Lines that say an earlier line of up to ECHO_MAX_WORDS words again with its accents
    or punctuation lost, or followed by " | " and the site's name: the first stays what it
    is, the copy is furniture. (Lines repeated exactly are left to the rules on repeated
    lines and authors.)"""
    seen: dict[str, set[str]] = {}
    rows: set[int] = set()
    for i, p in enumerate(paragraphs):
        text = p.text  # lines are trimmed
        if len(text.split()) > ECHO_MAX_WORDS:
            continue
        key = _folded(text)
        if len(key) < ECHO_MIN_LETTERS:
            continue
        if key in seen and text not in seen[key]:
            rows.add(i)
        elif " | " in text and _folded(text.split(" | ", 1)[0]) in seen:
            rows.add(i)  # a headline with its page's name, as a page title: "Titre | Site | Scoop.it"
        seen.setdefault(key, set()).add(text)
    return rows


def _menu_rows(paragraphs: Sequence[Paragraph], free: list[bool]) -> set[int]:
    """Rows in runs of three or more short unpunctuated lines: navigation, share bars, forms.
    Items ending with ";" or "," are an enumeration in running text (a communiqué's list of
    those present, "S. E. Adama Barrow, Président de la République de Gambie ;"), not a menu."""
    rows: set[int] = set()
    run: list[int] = []
    for i, p in enumerate([*paragraphs, None]):
        short = (
            p is not None
            and free[i]
            and len(p.text.split()) <= MENU_WORDS
            and not _TERMINAL.search(p.text)
            and not p.text.endswith((";", ","))
        )
        if short:
            run.append(i)
            continue
        if len(run) >= 3:
            rows.update(run)
        run = []
    return rows


#: An author bio is a short paragraph; a long one after a name line is the article.
BIO_MAX_WORDS = 120
#: An author's box under a byline speaks in the first person, in a few lines.
SIGNED_BIO_MAX_WORDS = 60
_FIRST_PERSON = re.compile(r"\bje\s+suis\b", _I)


def _is_bio(para: Paragraph) -> bool:
    """A paragraph about the person named above it that says what they do."""
    return len(para.text.split()) <= BIO_MAX_WORDS and bool(BIO_WORDS.search(para.text))


_RUBRIC = re.compile(r"\s[-–|•/]\s")


def _is_rubric(text: str, headline_below: bool) -> bool:
    """ "Moyen Orient et Monde - Focus", "À La Une - édito": a short line of section names
    with separators, above another headline (the title)."""
    return headline_below and len(text.split()) <= 6 and bool(_RUBRIC.search(text))


#: A bulleted item of a few words: a menu's or a tag list's entry ("• Angleterre"), never a title.
MENU_ITEM_WORDS = 5


def _is_menu_item(text: str) -> bool:
    return (
        bool(LIST_ITEM.match(text))
        and len(text.split()) <= MENU_ITEM_WORDS + 1
        and not _TERMINAL.search(text)
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
    return len(text.split()) >= HEADLINE_MIN_WORDS and not _TERMINAL.search(text)


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
        and not _TERMINAL.search(text)
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
_LETTERS = re.compile(r"[^\W\d_]{2}")
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
    closing paragraph after an inline "Lire aussi" or a heading is still the article.
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
        if kinds[i] is Kind.BOILERPLATE and _LETTERS.search(paragraphs[i].text):
            furniture += 1  # a live blog's time markers ("13'", "14:02") are not a footer
        elif furniture >= FOOTER_LINES and prose[i] and not posts[i]:
            prose[i] = False
            kinds[i] = Kind.BOILERPLATE


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

    def blurb(i: int) -> bool:
        return (
            prose[i]
            and not posts[i]
            and words[i] < TEASER_MAX_WORDS
            and not (i > 0 and prose[i - 1])
            and not (i + 1 < n and prose[i + 1])
        )

    article_after = [False] * (n + 1)
    for m in range(n - 1, -1, -1):
        article_after[m] = article[m] or article_after[m + 1]
        text = paragraphs[m].text
        if kinds[m] is not Kind.RELATED:
            continue
        if not ((words[m] <= 4 and RELATED_MARKER.search(text)) or _is_continuation(text)):
            continue
        stop, teasers, end = m + 1, [], min(n, m + 1 + RELATED_SECTION_ROWS)
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
        if article_after[stop]:
            continue
        for i in teasers:
            prose[i] = False
            kinds[i] = Kind.RELATED
        article_after[m] = article_after[stop]


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
    else is). A short entry between two long ones (a live blog) stays, as does a block with
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
        if kinds[i] in _FURNITURE and _LETTERS.search(p.text):
            run += 1
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
        if (i and prose[i - 1]) or words[i] > CARD_MAX_WORDS:
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
    kept = [
        b
        for b in range(current + 1)
        if b == main or running[b] or (mass[b] >= SIDE_BLOCK_SHARE * biggest and not (b > main and cards[b]))
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
    notre infolettre / Du lundi au samedi, découvrez l'essentiel. / Je m'abonne". Share
    buttons do not make a box: a live blog's short entry sits between two share bars. Boxes
    come after the article has begun: above it, a title that ends with a full stop stands
    between the byline and the photo."""

    def furniture(i: int) -> bool:
        text = paragraphs[i].text
        return kinds[i] is Kind.BOILERPLATE and bool(_LETTERS.search(text)) and not SHARE_BUTTON.search(text)

    article = _article_rows(paragraphs, prose, posts)
    start = article.index(True) + 1 if any(article) else len(paragraphs)
    for i in range(max(1, start), len(paragraphs) - 1):
        short = len(paragraphs[i].text.split()) < ARTICLE_PROSE_WORDS
        if prose[i] and not posts[i] and short and furniture(i - 1) and furniture(i + 1):
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
            if i and kinds[i - 1] is Kind.BYLINE and _is_name(text):
                continue  # "Publié le 26 novembre / Adèle Bréau / Par Adèle Bréau": the author
            if run >= BREAK_ROWS:
                start = i
            run = 0
            group = i if group is None else group
            continue
        if not _LETTERS.search(text):
            continue  # "›", a share count
        if kinds[i] is Kind.BYLINE and group is not None:
            start = max(start, group)
        if (
            kinds[i] in (Kind.BOILERPLATE, Kind.RELATED)
            and _LETTERS.search(text)
            and not SHARE_BUTTON.search(text)
        ):
            run += 1
        group = None
    return start


#: How many lines of teaser cards a related marker inside the article may own.
MARKER_CARD_ROWS = 10


def _owned_cards(paragraphs: Sequence[Paragraph], kinds: list[Kind | None], marker: int) -> None:
    """ "Sur le même sujet / Reportage / A Katmandou, exode sous pression / Par Sébastien
    Farcis": the lines under a marker up to the next prose are its teaser cards when they
    carry bylines; without one they may be the article's next section heading."""
    rows = []
    for k in range(marker + 1, min(len(paragraphs), marker + 1 + MARKER_CARD_ROWS)):
        if kinds[k] is None and _is_prose(paragraphs[k].text, len(paragraphs[k].sentences)):
            break
        rows.append(k)
    if any(kinds[k] is Kind.BYLINE for k in rows):
        for k in rows:
            if kinds[k] is None:
                kinds[k] = Kind.RELATED


#: A comment's time stamp: "24 janvier 2017", "12h10", "le 22/11/2024 à 09:47", "il y a 2 heures".
STAMP = re.compile(
    r"^(?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:" + _MONTHS + r")\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    r"(?:\s*(?:à|-|,)?\s*\d{1,2}\s*[h:]\s*\d{2}(?:\s*min)?)?\.?$"
    r"|^\d{1,2}\s*[h:]\s*\d{2}$|^il\s+y\s+a\s+\d+\s+\w+$",
    _I,
)
#: A comment's author and stamp on one line: "A. Nonyme on 5 mai 2016 10 h 47 min".
NAME_AND_STAMP = re.compile(
    r"^\S[^.!?]{0,40}\s(?:on|le|a\s+écrit\s+le)\s+\d{1,2}(?:er)?\s+(?:" + _MONTHS + r")\s+\d{4}\b", _I
)
#: A list's stamp: a date or time alone, perhaps with a count (comments): "13/03", "12h43",
#: "19 février 2017 0".
LIST_STAMP = re.compile(
    r"^(?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:" + _MONTHS + r")(?:\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|\d{1,2}\s*[h:]\s*\d{2})(?:\s*(?:à|-|,)?\s*\d{1,2}\s*[h:]\s*\d{2})?(?:\s+\d{1,4})?\.?$",
    _I,
)
#: An item of a stamped list is a headline or a comment's first words.
STAMPED_ITEM_WORDS = 15
STAMPED_ITEMS = 3


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
        if len(items) >= STAMPED_ITEMS and len(run) - len(items) >= STAMPED_ITEMS - 1:
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
    if len(text.split()) > 3 or len(text) > 40 or _TERMINAL.search(text) or STAMP.search(text):
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
                kinds[end] in (Kind.BOILERPLATE, Kind.RELATED) and _LETTERS.search(paragraphs[end].text)
            ):
                end += 1
        for r in range(h, end):
            if not posts[r]:
                kinds[r] = kinds[r] or Kind.BOILERPLATE
                prose[r] = False


#: Furniture lines a "Lire aussi :" may have between it and its headline.
MARKER_SKIP_ROWS = 3


def classify(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Give each paragraph its kind; returns new paragraphs, the input is unchanged."""
    n = len(paragraphs)
    posts = _posts(paragraphs)
    kinds: list[Kind | None] = [None if posts[i] else _pattern_kind(p.text) for i, p in enumerate(paragraphs)]
    banner = False
    for i in range(n):
        # a consent banner wrapped by the copy: "… l’utilisation de cookies / et des données associées…"
        if banner and kinds[i] is None and not posts[i] and _continues(paragraphs, i):
            kinds[i] = Kind.BOILERPLATE
            continue
        banner = kinds[i] is Kind.BOILERPLATE and bool(CONSENT.search(paragraphs[i].text))
    repeated = _repeated_rows(paragraphs)
    for i in repeated:
        if kinds[i] is None and not posts[i]:
            kinds[i] = Kind.BOILERPLATE
    _stamped_lists(paragraphs, kinds, posts)
    for i in _menu_rows(paragraphs, [kinds[i] is None and not posts[i] for i in range(n)]):
        kinds[i] = Kind.BOILERPLATE

    # "Lire aussi :" owns the list items that follow it, or one bare headline
    for i in range(n):
        if kinds[i] is not Kind.RELATED or not RELATED_MARKER.search(paragraphs[i].text):
            continue
        j = i + 1
        while j < n and kinds[j] is None and LIST_ITEM.match(paragraphs[j].text):
            kinds[j] = Kind.RELATED
            j += 1
        if j == i + 1 and paragraphs[i].text.rstrip().endswith(":"):
            while j < min(n, i + 1 + MARKER_SKIP_ROWS) and kinds[j] is Kind.BOILERPLATE:
                j += 1  # "Lire aussi :", "Article réservé à nos abonnés", then the headline
            if j < n and kinds[j] is None and not _is_prose(paragraphs[j].text, len(paragraphs[j].sentences)):
                kinds[j] = Kind.RELATED
        _owned_cards(paragraphs, kinds, i)

    prose = [
        posts[i] or (kinds[i] is None and _is_prose(p.text, len(p.sentences)))
        for i, p in enumerate(paragraphs)
    ]
    if n and kinds[-1] is None and _is_cut_sentence(paragraphs[-1].text):
        prose[-1] = True  # a text that stops mid-sentence: the article goes on to its last word

    # an author block: name line(s), then a bio that names them or says what they do
    first_prose = prose.index(True) if any(prose) else n
    for i in range(1, n):
        if not prose[i] or posts[i]:
            continue
        named = i > first_prose and kinds[i - 1] is None and _is_name(paragraphs[i - 1].text)
        # "Par Adèle Bréau / Ex-directrice de Terrafemina, je suis aussi auteure chez …"
        signed = kinds[i - 1] is Kind.BYLINE and bool(_FIRST_PERSON.search(paragraphs[i].text))
        if named or (signed and len(paragraphs[i].text.split()) <= SIGNED_BIO_MAX_WORDS):
            if _is_bio(paragraphs[i]):
                kinds[i] = Kind.BOILERPLATE
                prose[i] = False
                k = i - 1
                while k >= 0 and kinds[k] is None and _is_name(paragraphs[k].text):
                    kinds[k] = Kind.BYLINE
                    k -= 1

    # a name the page repeats is its author's, wherever it stands
    for i in repeated:
        if kinds[i] is None and _is_name(paragraphs[i].text):
            kinds[i] = Kind.BYLINE

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

    head = _title_block(paragraphs, kinds, prose, first)
    # a blog's archive page: what stands above its header ("Archive pour la catégorie …") is the
    # blog's own name and tagline
    archive = [i for i in range(first) if ARCHIVE_HEADER.search(paragraphs[i].text)]
    for i in range(max(head, archive[-1] if archive else 0)):
        if kinds[i] is None:
            kinds[i] = Kind.BOILERPLATE
    title_seen = False
    next_open = _next_open(kinds, prose)
    echoes = _echo_rows(paragraphs)
    # markers of the article's own headings ("1 Musk et…", "- Mark Daumail, du groupe…")
    listed = {
        m
        for i in range(first, last)
        if kinds[i] is None and not prose[i] and (m := _marker(paragraphs[i].text))
    }
    tail = last + 1
    for i in range(n):
        if kinds[i] is not None:
            continue
        text = paragraphs[i].text
        if prose[i]:
            kinds[i] = Kind.BODY
        elif i in echoes:
            kinds[i] = Kind.BOILERPLATE  # a headline said again by its image's alt text
        elif i < first:
            if _is_name(text) and title_seen:
                kinds[i] = Kind.BYLINE
            elif not title_seen and (
                (len(text.split()) <= 2 and _is_name(text))
                or _is_rubric(text, next_open[i] is not None and next_open[i] < first)
                or _is_menu_item(text)
                or (_LABEL.match(text) and next_open[i] == i + 1 and _is_headline(paragraphs[i + 1].text))
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
                kinds[k] is not Kind.RELATED and _LETTERS.search(paragraphs[k].text)
                for k in range(last + 1, i)
            )
        ):
            kinds[i] = Kind.HEADING  # a text copied up to a section's heading, past a caption
        elif i > last:
            kinds[i] = Kind.BYLINE if _is_name(text) else Kind.BOILERPLATE
        else:
            nxt = next_open[i]
            # a numbered heading below ("9. TorrentDownloads") makes this the end of an item
            followed_by_headline = (
                nxt is not None and not prose[nxt] and not LIST_ITEM.match(paragraphs[nxt].text)
            ) or (i + 1 < n and bool(MORE_BUTTON.match(paragraphs[i + 1].text)))
            if _is_signature(text):
                kinds[i] = Kind.BYLINE  # "Raymond Taube": a signature, not a section heading
            elif text.rstrip().endswith(":"):
                kinds[i] = Kind.HEADING  # "Le fil des événements de jeudi :" leads into what follows
            else:
                # a sentence broken over two lines ("… c’est toujours un crève-cœur / de faire une
                # liste ?") is not a headline above another
                broken = i + 1 < n and _continues(paragraphs, i + 1)
                kinds[i] = Kind.RELATED if followed_by_headline and not broken else Kind.HEADING
    return _with_kinds(paragraphs, kinds)


def _with_kinds(paragraphs: Sequence[Paragraph], kinds: list[Kind | None]) -> list[Paragraph]:
    # not dataclasses.replace: a page of 50 000 one-word lines is 50 000 calls
    return [
        p
        if (kinds[i] or Kind.BODY) is p.kind
        else Paragraph(p.index, p.start, p.end, p.text, p.sentences, kinds[i])
        for i, p in enumerate(paragraphs)
    ]
