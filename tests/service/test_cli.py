"""`bilingua translate`: the API's JSON with --json, readable columns without."""

import json

import requests

from tests.conftest import SEED_ARTICLE, run_cli


def test_translate_json_matches_the_api(model_env, server, seed_text):
    done = run_cli(["translate", str(SEED_ARTICLE), "--json"], model_env)
    assert done.returncode == 0, done.stderr
    cli = json.loads(done.stdout)
    api = requests.post(server.url + "/v1/translate", json={"text": seed_text}, timeout=60).json()
    for body in (cli, api):
        body.pop("timings_ms")
    assert cli == api
    assert "« I will always love you. »" in cli["translation"]


def test_translate_stdin_side_by_side(model_env, seed_text):
    done = run_cli(["translate", "-", "-n", "2", "--summarizer", "lead"], model_env, input=seed_text)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "│ " in out
    assert "« I will always love you. »" in out
    assert "summary (lead)" in out
    assert "LAISSER UN COMMENTAIRE" not in out
    assert "not translated" in out


def test_translate_summary_in_words(model_env, seed_text):
    done = run_cli(["translate", "-", "--json", "--summary-words", "40"], model_env, input=seed_text)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)["summary"]
    assert summary["method"] == "pacsum" and summary["fr"]
    assert sum(len(s.split()) for s in summary["fr"]) <= 40 or len(summary["fr"]) == 1
    bad = run_cli(["translate", "-", "--summary-words", "0"], model_env, input=seed_text)
    assert bad.returncode == 2 and "summary_words" in bad.stderr


def test_translate_errors_exit_nonzero_without_traceback(model_env, isolated_env, tmp_path):
    blank = run_cli(["translate", "-"], model_env, input="   \n")
    assert blank.returncode != 0 and "Text is empty" in blank.stderr
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    undecodable = run_cli(["translate", str(binary)], model_env)
    assert undecodable.returncode != 0 and "not UTF-8" in undecodable.stderr
    bad_option = run_cli(["translate", str(SEED_ARTICLE), "--summarizer", "bart"], model_env)
    assert bad_option.returncode != 0 and "summarizer" in bad_option.stderr
    no_model = run_cli(
        ["translate", str(SEED_ARTICLE)], isolated_env | {"BILINGUA_PACKAGES_DIR": str(tmp_path / "e")}
    )
    assert no_model.returncode != 0
    assert "No French→English model is installed" in no_model.stderr
    assert "bilingua model install" in no_model.stderr
    for done in (blank, undecodable, bad_option, no_model):
        assert "Traceback" not in done.stderr


def test_bad_configuration_is_a_usage_error(model_env):
    done = run_cli(["translate", str(SEED_ARTICLE)], model_env | {"BILINGUA_BEAM_SIZE": "two"})
    assert done.returncode == 2 and "BILINGUA_BEAM_SIZE" in done.stderr


def test_quotes_in_context_keeps_quotes_with_a_model_that_rewrites_them(model_env):
    # the random model never carries the quote through, so every such sentence falls back to pieces
    done = run_cli(
        ["translate", str(SEED_ARTICLE), "--json"], model_env | {"BILINGUA_QUOTES_IN_CONTEXT": "true"}
    )
    assert done.returncode == 0, done.stderr
    translation = json.loads(done.stdout)["translation"]
    assert (
        translation.count("« I will always love you. »") == translation.count("« You are so cringe. »") == 1
    )
    bad = run_cli(["translate", str(SEED_ARTICLE)], model_env | {"BILINGUA_QUOTES_IN_CONTEXT": "maybe"})
    assert bad.returncode == 2 and "BILINGUA_QUOTES_IN_CONTEXT" in bad.stderr


def test_translate_with_keep_file_glossary_and_operator_patterns(model_env, tmp_path):
    (tmp_path / "keep.txt").write_text("###T01###\n", encoding="utf-8")
    (tmp_path / "glossary.tsv").write_text("Assemblée nationale\tNational Assembly\n", encoding="utf-8")
    (tmp_path / "patterns.txt").write_text(r"\bJIRA-\d+\b" + "\n", encoding="utf-8")
    text = "Le président de l'Assemblée nationale cite ###T01### et le ticket JIRA-4521 ce matin."
    env = {**model_env, "BILINGUA_KEEP_PATTERNS_FILE": str(tmp_path / "patterns.txt")}
    args = [
        "translate",
        "-",
        "--json",
        "--keep-file",
        str(tmp_path / "keep.txt"),
        "--glossary",
        str(tmp_path / "glossary.tsv"),
    ]
    done = run_cli(args, env, input=text)
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert all(s in body["translation"] for s in ("National Assembly", "###T01###", "JIRA-4521"))
    bad = run_cli(
        ["translate", "-"],
        {**model_env, "BILINGUA_KEEP_PATTERNS_FILE": str(tmp_path / "none.txt")},
        input=text,
    )
    assert (
        bad.returncode == 2 and "BILINGUA_KEEP_PATTERNS_FILE" in bad.stderr and "Traceback" not in bad.stderr
    )
