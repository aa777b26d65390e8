"""`bilingua eval` on the project's own seeds and on small inputs the tests write."""

import json

from summarizers import DEFAULT_METHOD, METHODS
from tests.conftest import ROOT, SEEDS, run_cli


def eval_annotations(folder, annotations, out, env):
    """`bilingua eval` on a folder of articles and its annotation file."""
    args = ["eval", "--articles", str(folder), "--annotations", str(annotations), "--out", str(out)]
    return run_cli(args, env, timeout=300)


def test_eval_seed_annotations(tmp_path, model_env):
    out = tmp_path / "eval.json"
    done = eval_annotations(SEEDS, SEEDS / "annotations.json", out, model_env)
    assert done.returncode == 0, done.stderr
    total = json.loads(out.read_text())["articles"]["total"]
    assert total["english_quotes"] == total["english_quotes_kept"] == 2
    assert total["english_quote_rate"] == 1.0
    assert total["chrome_lines_leaked"] == 0
    assert total["summaries_aligned"] and total["sentences_translated_once"]
    assert "000_d98255fcedecbf4b.txt" in done.stdout and "total" in done.stdout


def test_eval_fails_when_an_english_quote_is_altered(tmp_path, model_env):
    (tmp_path / "a.txt").write_text(
        "Le compte a publié « trains » puis il est parti très vite.", encoding="utf-8"
    )
    (tmp_path / "ann.json").write_text(
        json.dumps([{"file": "a.txt", "english_quotes": ["trains"], "french_quotes": [], "chrome_lines": []}])
    )
    done = eval_annotations(tmp_path, tmp_path / "ann.json", tmp_path / "e.json", model_env)
    assert done.returncode == 1  # « trains » is the same word in both languages: it gets translated
    assert "english_quote_rate 0.0 (target ≥ 0.97)" in done.stderr
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"file": "a.txt", "english_quotes": ["not in the file"]}]))
    failed = run_cli(["eval", "--articles", str(tmp_path), "--annotations", str(bad)], model_env)
    assert failed.returncode != 0 and "not in the file" in failed.stderr and "Traceback" not in failed.stderr


def test_eval_references_and_summaries(tmp_path, model_env):
    fr = tmp_path / "test.fra"
    en = tmp_path / "test.eng"
    fr.write_text("Le chat dort.\nIl a dit « I will always love you. »\n", encoding="utf-8")
    en.write_text("The cat sleeps.\nHe said « I will always love you. »\n", encoding="utf-8")
    sources = tmp_path / "docs.txt"
    gold = tmp_path / "gold.txt"
    doc = (ROOT / "seeds" / "000_d98255fcedecbf4b.txt").read_text(encoding="utf-8").replace("\n", " ")
    sources.write_text(
        f"{doc}\nLe gouvernement présente son budget. Les syndicats protestent. La grève commence.\n",
        encoding="utf-8",
    )
    gold.write_text(
        "Musk publie des vidéos d'amour générées par IA.\nLe budget provoque une grève.\n", encoding="utf-8"
    )
    out = tmp_path / "e.json"
    done = run_cli(
        [
            "eval",
            "--references",
            str(fr),
            str(en),
            "--summaries",
            str(sources),
            str(gold),
            "--words",
            "12",
            "--cross-validate",
            "2",
            "--out",
            str(out),
        ],
        model_env,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    refs = report["references"]
    assert refs["lines"] == 2 and 0 <= refs["chrF"] <= 100 and "chrF" in done.stdout
    summaries = report["summaries"]
    assert summaries["documents"] == 2 and "accented letters dropped" in summaries["tokenizer"]
    methods = {(r["method"], r["sentences"]) for r in summaries["rows"] if "sentences" in r}
    assert methods == {(m, n) for m in METHODS for n in (1, 2, 3)}
    assert {r["method"] for r in summaries["rows"] if r.get("words") == 12} == set(METHODS)
    lead2 = next(r for r in summaries["rows"] if r["method"] == "lead" and r.get("sentences") == 2)
    assert lead2["rouge1"] > 0
    assert summaries["default"] == DEFAULT_METHOD and "the default" in done.stdout
    against = summaries["default_against_lead"]
    assert [s["sentences"] for s in against] == [1, 2, 3]
    assert all(
        0 <= s[m]["p"] <= 1 and s[m]["low"] <= s[m]["high"]
        for s in against
        for m in ("rouge1", "rouge2", "rougeL")
    )
    cv = report["cross_validation"]
    assert cv["folds"] == 2 and len(cv["weights_per_fold"]) == 2 and cv["settings_tried"] == 480
    assert {r["method"] for r in cv["rows"]} == {"pacsum (cross-validated)", "lead"}


def test_eval_real_pages_corpus_meets_the_targets(tmp_path, model_env):
    """The corpus of real pages (development and held-out parts) through the real model."""
    # blind3/ (short excerpts, measured before its rules) still misses the chrome target: 3 of 30
    # lines (a rubric, a publication name, a caption that starts with the agency) read as headlines.
    # blind4/: measured once (README's Quality section: 5/7 English quotes, 1/12 French left,
    # 10/31 chrome); two general quote fixes and two chrome shapes (image file names, font-size
    # controls) came from it; the test keeps it where it is now (7/7, 0/12, 8/31)
    # blind5/: measured once (17/17, 0/17, 7/24 chrome, 2/35 body); four chrome shapes came from
    # it, and later the section heading an excerpt ends on past a photo's caption
    parts = (
        ("dev", 0.05, 0.97, 0, 0.01),
        ("heldout", 0.05, 0.97, 0, 0.01),
        ("blind", 0.05, 0.97, 0, 0.01),
        ("blind2", 0.05, 0.97, 0, 0.01),
        ("blind3", 0.05, 0.97, 0, 0.01),
        ("blind4", 0.23, 0.97, 0, 0.01),
        ("blind5", 0.05, 0.97, 0, 0.01),
        # blind6/: kept aside, measured once at the end (12/15 EN, 0/17 FR, 4/8 chrome, 2/29 body);
        # four general shapes followed (spaced straight quotes, a wrapped consent banner, two
        # authors signing, a list going on past the last paragraph); a flattened menu and a
        # one-word label still leak
        ("blind6", 0.25, 0.97, 0, 0.01),
        # blind7/: measured once (3/3, 0/17, 10/27 chrome, 1/35 body), then developed on
        ("blind7", 0.05, 0.97, 0, 0.01),
        # blind8/: measured once (3/3, 0/8, 8/27, 0/36); three shapes followed ("Auteur:" bylines,
        # back links, figure labels); a link list under an unknown marker ("En rafale") still leaks
        ("blind8", 0.20, 0.97, 0, 0.01),
        # blind9/: measured once at the end of a session (13/15 EN: two all-capital slogans lost;
        # 0/14 FR; 6/24 chrome; 0/33 body); blind10's shapes ("Close this search box.") moved it;
        # a quotation inside a caption (chrome) is no longer counted among its English quotes
        ("blind9", 0.13, 0.97, 0, 0.01),
        # blind10/: measured once before any rule of its session (8/10 EN, 0/7 FR, 14/30 chrome,
        # 1/49 body), then developed on; a site's description at the top and a forum's tagline
        # and "Information" label still leak
        ("blind10", 0.07, 0.97, 0, 0.01),
        # blind12/: measured once (0/1 EN, 0/8 FR, 11/28 chrome, 1/37 body), then developed on;
        # a survey's header and its introduction still leak
        ("blind12", 0.08, 0.97, 0, 0.01),
        # blind11/: kept aside a whole session and measured once at its end (8/8 EN, 0/23 FR,
        # 18/66 chrome, 4/100 body), then developed on the next session: a category page's
        # teasers, one Blogger label and a glossary's section heading remain
        ("blind11", 0.07, 0.97, 0, 0.01),
        # blind13/: kept aside until the end of the next session and measured once (9/12 EN, 0/37 FR,
        # 24/59 chrome, 4/120 body): then developed on (chrome shapes);
        # two unquoted English lines, a quotation in straight single quotes, captions without
        # a credit of their own shape and a site's tagline remain
        # since: typewriter single quotes, short English sentences and English after a colon
        # bring its English quotes to 12/12
        ("blind13", 0.11, 0.97, 0, 0.01),
        # blind14/: kept aside until the end of the third session and measured once (25/25 EN,
        # 0/36 FR, 21/76 chrome, 3/109 body); then developed on: captions told only by their
        # place, an image's alt, a trade magazine's tagline and a headline said three times remain;
        # the sixth session's taglines and captions bring it within every target (2/76 chrome)
        ("blind14", 0.05, 0.97, 0, 0.01),
        # blind15/: kept aside until the end of the fourth session and measured once (18/24 EN,
        # 0/63 FR, 29/72 chrome, 1/105 body): a transcript's timed lines after a credits marker
        # were dropped whole; then developed on: another article's teaser above the page, a
        # widget's label, a deal box, a poll's English question, a form's messages and a tag
        # line of names remain
        ("blind15", 0.10, 0.95, 0, 0.01),
        # blind16/: kept aside until the end of the fifth session and measured once (11/16 EN,
        # 0/38 FR, 33/123 chrome, 1/118 body): a press conference's transcript read as a
        # player's durations; then developed on: sites' names and taglines at the top, a
        # caption told by its place, an archive table of dates, a signature with its country
        # and a section label in capitals remain
        ("blind16", 0.09, 0.97, 0, 0.01),
        # blind17/: kept aside until the end of the sixth session and measured once (36/39 EN,
        # 0/65 FR, 29/101 chrome, 4/101 body): a recipe's steps past the last paragraph read as
        # the footer; then developed on: an English clause closing a French quotation, captions
        # with a verb, a long bio, a document site's Dutch chrome remain
        ("blind17", 0.14, 0.94, 0, 0.01),
    )
    for part, chrome, english, french_left, body in parts:
        folder = SEEDS / "pages" / part
        out = tmp_path / f"{part}.json"
        done = eval_annotations(folder, folder / "annotations.json", out, model_env)
        report = json.loads(out.read_text())["articles"]
        total = report["total"]
        assert total["english_quote_rate"] >= english
        assert total["french_quotes_left_untranslated"] <= french_left and total["quotes_cut"] == 0
        assert total["body_dropped_rate"] <= body
        assert total["chrome_translated_rate"] <= chrome
        assert done.returncode == (1 if report["targets_missed"] else 0)
        assert bool(report["targets_missed"]) is (
            chrome > 0.05 or english < 0.97 or french_left > 0 or body > 0.01
        )
    assert len(list((SEEDS / "pages").glob("*/*.txt"))) >= 330


def test_eval_html_pages_rules_alone_against_extractor_and_rules(tmp_path, model_env):
    manifest = SEEDS / "pages" / "html" / "pages.json"
    out = tmp_path / "html.json"
    done = run_cli(["eval", "--html", str(manifest), "--out", str(out)], model_env, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())["html"]
    assert len(report["pages"]) >= 15
    total = report["total"]
    assert total["chrome_lines"] >= 250 and total["body_lines"] >= 120
    both = total["extractor_and_rules"]
    # README's Quality section: the extractor keeps 1 chrome line of 262 and drops 3 body lines of
    # 129 (two titles it did not find, a lead in a box); the rules alone were tuned on these texts
    assert both["chrome_leaked"] <= 2 and both["body_dropped"] <= 3
    assert all(r["metadata"]["title"] for r in report["pages"])


def test_eval_reports_dropped_body_and_cut_quotes(tmp_path, model_env):
    (tmp_path / "a.txt").write_text(
        "Le ministre a parlé hier soir devant les députés réunis.\nPartager\nIl a dit « Bonjour. Au revoir. » hier.",
        encoding="utf-8",
    )
    ann = [
        {
            "file": "a.txt",
            "french_quotes": ["« Bonjour. Au revoir. »"],
            "chrome_lines": [],
            "body_lines": ["Partager"],  # annotated as body on purpose: it is dropped as chrome
        }
    ]
    (tmp_path / "ann.json").write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    done = eval_annotations(tmp_path, tmp_path / "ann.json", tmp_path / "e.json", model_env)
    assert done.returncode == 1 and "body_dropped_rate 1.0" in done.stderr
    row = json.loads((tmp_path / "e.json").read_text())["articles"]["articles"][0]
    assert row["body_lines_dropped"] == ["Partager"] and row["quotes_cut"] == []
