"""`bilingua bench` in a tiny configuration: every figure is in the JSON (no timing asserted)."""

import json

from tests.conftest import SEED_ARTICLE, run_cli


def test_bench_tiny_reports_every_figure(tmp_path, isolated_env, seed_text):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(seed_text, encoding="utf-8")
    (articles / "b.txt").write_text(
        SEED_ARTICLE.read_text(encoding="utf-8").replace("Musk", "Macron"), encoding="utf-8"
    )
    out = tmp_path / "bench.json"
    done = run_cli(
        [
            "bench",
            "--size",
            "tiny",
            "--articles",
            str(articles),
            "--clients",
            "1,2",
            "--rounds",
            "1",
            "--out",
            str(out),
        ],
        isolated_env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    assert report["articles"] == 2 and report["words"] > 0 and report["sentences"] > 0
    assert isinstance(report["decoding_length"], int) and report["decoding_length"] > 0
    for section in ("limit", "naive", "pipeline"):
        for figure in ("seconds", "words_per_s", "sentences_per_s"):
            assert report[section][figure] > 0, (section, figure)
    assert set(report["limit"]["settings"]) == {"inter_threads", "intra_threads", "max_batch_tokens"}
    assert report["pipeline"]["p50_ms"] > 0 and report["pipeline"]["p95_ms"] > 0
    http = report["http"]
    assert http["cold_start_s"] > 0 and http["peak_rss_mb"] > 0
    for clients in ("clients_1", "clients_2"):
        assert {"words_per_s", "sentences_per_s", "p50_ms", "p95_ms"} <= set(http[clients])
    assert "× (a)" in done.stdout and "(d) HTTP API, 2 client(s)" in done.stdout
