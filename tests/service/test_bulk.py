"""`bilingua bulk` on a folder with broken files: progress, errors.jsonl, exit code, resume."""

import json

import pytest

from tests.conftest import ROOT, SEED_ARTICLE, run_cli

PAGE = (ROOT / "tests" / "data" / "page.html").read_text(encoding="utf-8")


@pytest.fixture
def articles(tmp_path, seed_text):
    src = tmp_path / "in"
    (src / "nested").mkdir(parents=True)
    (src / "seed.txt").write_text(seed_text, encoding="utf-8")
    (src / "nested" / "court.md").write_text("Le chat dort au soleil. Il rêve de souris.", encoding="utf-8")
    (src / "nested" / "page.html").write_text(
        "<html><body><h1>Un titre</h1><p>Elle a dit « You are so cringe. » puis elle est partie.</p></body></html>",
        encoding="utf-8",
    )
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00\x01 pas du texte")
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    (src / "english.txt").write_text(
        "This article is written in English from start to finish, and it talks about the weather "
        "in London, the price of tea, and the football results of the weekend.",
        encoding="utf-8",
    )
    (src / "ignored.pdf").write_bytes(b"%PDF")
    (src / "feed.jsonl").write_text(
        json.dumps({"id": "dépêche-1", "text": "Le gouvernement a présenté son budget. Il sera voté."}) + "\n"
        "{not json}\n" + json.dumps({"id": "saved-page", "html": PAGE}) + "\n",
        encoding="utf-8",
    )
    return src


def test_folder_with_broken_files(articles, tmp_path, model_env):
    out = tmp_path / "out"
    first = run_cli(["bulk", str(articles), "--out", str(out)], model_env)
    assert first.returncode == 1, first.stderr  # some articles failed
    assert "Traceback" not in first.stderr
    # non-TTY progress: one plain line per article, with counts, speed and ETA
    lines = [line for line in first.stderr.splitlines() if line.startswith("[")]
    assert len(lines) == 9
    assert lines[-1].startswith("[9/9]") and "words/s" in lines[-1] and "ETA" in lines[-1]
    assert "\r" not in first.stderr

    errors = {e["id"]: e["error"] for e in map(json.loads, (out / "errors.jsonl").read_text().splitlines())}
    assert set(errors) == {"bad", "empty", "english", "feed:2"}
    assert "UTF-8" in errors["bad"] and "empty" in errors["empty"] and "not French" in errors["english"]

    results = {p.name for p in out.glob("*.json")}
    assert results == {
        "seed.json",
        "nested__court.json",
        "nested__page.json",
        "dépêche-1.json",
        "saved-page.json",
    }
    seed = json.loads((out / "seed.json").read_text())
    assert "« I will always love you. »" in seed["translation"]
    assert len(seed["summary"]["fr"]) == len(seed["summary"]["en"]) == 3
    page = json.loads((out / "nested__page.json").read_text())
    assert "<p>" not in page["segments"][0]["fr"] and "« You are so cringe. »" in page["translation"]
    index = [json.loads(line) for line in (out / "summary.jsonl").read_text().splitlines()]
    assert {e["status"] for e in index} == {"translated", "failed"} and len(index) == 9

    stamps = {p: p.stat().st_mtime_ns for p in out.glob("*.json")}
    second = run_cli(["bulk", str(articles), "--out", str(out)], model_env)
    assert second.returncode == 1
    assert "5 already done, 4 to translate" in second.stderr
    assert "0 translated, 5 skipped, 4 failed" in second.stderr
    assert {p: p.stat().st_mtime_ns for p in out.glob("*.json")} == stamps  # nothing translated again


def test_half_written_result_is_redone(tmp_path, model_env):
    out = tmp_path / "out"
    out.mkdir()
    (out / "000_d98255fcedecbf4b.json").write_text('{"source_language": "fr", "segm')  # a crash mid-write
    done = run_cli(["bulk", str(SEED_ARTICLE), "--out", str(out)], model_env)
    assert done.returncode == 0, done.stderr
    assert "1 translated" in done.stderr
    assert json.loads((out / "000_d98255fcedecbf4b.json").read_text())["translation"]
    assert not list(out.glob("*.part"))


def test_jsonl_stream_and_workers(articles, tmp_path, model_env):
    done = run_cli(
        [
            "bulk",
            str(articles / "nested"),
            str(articles / "feed.jsonl"),
            "--format",
            "jsonl",
            "--workers",
            "2",
            "--summarizer",
            "lead",
            "--summary-words",
            "1",
        ],
        model_env,
    )
    assert done.returncode == 1  # the broken JSON line
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["id"] for r in rows} == {"court", "page", "dépêche-1", "feed:2", "saved-page"}
    ok = [r for r in rows if "error" not in r]
    saved = next(r for r in rows if r["id"] == "saved-page")
    assert saved["metadata"]["title"] == "La mairie ferme la piscine municipale pour deux ans"  # extracted
    assert "Le marché de Noël" not in saved["text"]
    assert all(r["summary"]["method"] == "lead" and len(r["summary"]["en"]) == 1 for r in ok)


def test_usage_errors(tmp_path, model_env):
    assert run_cli(["bulk", str(SEED_ARTICLE)], model_env).returncode == 2  # no --out
    bad = run_cli(["bulk", str(SEED_ARTICLE), "--out", str(tmp_path), "--summarizer", "x"], model_env)
    assert bad.returncode == 2 and "summarizer" in bad.stderr


def test_articles_translated_together_equal_one_at_a_time(tmp_path, model_env, pipeline):
    """bulk translates several articles at once (shared model calls): same bytes as alone."""
    from service.pipeline import Options
    from service.schemas import translate_response
    from tests.conftest import SEEDS

    pages = sorted((SEEDS / "pages" / "dev").glob("*.txt"))[:10]
    src = tmp_path / "in"
    src.mkdir()
    for page in pages:
        (src / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    env = model_env | {"BILINGUA_CACHE_SIZE": "0", "BILINGUA_BATCH_WAIT_MS": "50"}
    done = run_cli(["bulk", str(src), "--out", str(out)], env, timeout=300)
    assert done.returncode == 0, done.stderr
    for page in pages:
        together = json.loads((out / f"{page.stem}.json").read_text(encoding="utf-8"))
        alone = translate_response.dump(pipeline.run(page.read_text(encoding="utf-8"), Options()))
        together.pop("timings_ms"), alone.pop("timings_ms")
        assert together == alone, page.name


def test_worker_processes_share_the_translators_threads_out_over_the_cores():
    from service.bulk import worker_settings
    from translators.engine import EngineSettings

    two_replicas = EngineSettings(inter_threads=2, intra_threads=1)
    assert worker_settings(two_replicas, 2, 2) == EngineSettings(inter_threads=1, intra_threads=1)
    assert worker_settings(two_replicas, 1, 2) == two_replicas
    eight = worker_settings(EngineSettings(inter_threads=8, intra_threads=1), 2, 8)
    assert (eight.inter_threads, eight.intra_threads) == (4, 1)
    assert worker_settings(EngineSettings(inter_threads=1, intra_threads=4), 2, 4).intra_threads == 2
