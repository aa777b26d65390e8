"""`bilingua bench` in a tiny configuration: every figure is in the JSON (no timing asserted),
and a limit that a path beats is reported as invalid with a non-zero exit."""

import json
import time

import pytest

from service.bench import best_of, check_limit, length_growth, steady_point
from tests.conftest import SEED_ARTICLE, run_cli


@pytest.fixture
def articles(tmp_path, seed_text):
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / "a.txt").write_text(seed_text, encoding="utf-8")
    (folder / "more" / "b.txt").write_text(
        SEED_ARTICLE.read_text(encoding="utf-8").replace("Musk", "Macron"), encoding="utf-8"
    )
    return folder


def bench(articles, out, env, *extra):
    args = ["bench", "--size", "tiny", "--articles", str(articles), "--clients", "1,2", "--repeat", "1"]
    return run_cli([*args, "--lengths", "1000,3000", "--out", str(out), *extra], env, timeout=600)


def test_bench_tiny_reports_every_figure(tmp_path, isolated_env, articles):
    out = tmp_path / "bench.json"
    done = bench(articles, out, isolated_env)
    report = json.loads(out.read_text())
    assert done.returncode == (2 if report["limit_invalid"] else 0), done.stderr
    work = report["workload"]
    assert work["articles"] == 2 and work["words"] > 0 and work["sentences"] > 0
    assert work["tokens_per_sentence"] > 0
    assert isinstance(report["decoding_length"], int) and report["decoding_length"] > 0
    sections = [report["limit"], report["naive"], report["pipeline"], *report["bulk"].values()]
    sections += [report["server"]["clients_1"], report["server"]["clients_2"], report["server"]["jobs"]]
    for section in sections:
        for figure in ("seconds", "words_per_s", "sentences_per_s", "spread_pct"):
            assert section[figure] >= 0 and section["words_per_s"] > 0, section
    for path in sections[2:]:  # each path run set against the limit's call timed around it
        assert len(path["paired_ratios"]) == len(path["runs_s"]) and path["paired_ratio"] > 0, path
    assert len(report["limit"]["runs_s"]) >= 3  # every grid point timed three times at least
    assert set(report["engine"]) == {"inter_threads", "intra_threads", "max_batch_tokens"}
    assert report["pipeline"]["p50_ms"] > 0 and report["pipeline"]["p95_ms"] > 0
    assert report["server"]["cold_start_s"] > 0 and report["server"]["peak_rss_mb"] > 0
    assert len(report["server"]["cold_starts_s"]) == 3
    assert report["peer"]["words_per_s"] > 0 and "splitter" in report["peer"]
    assert report["alone"]["ratio_p50"] > 0
    assert [r["chars"] for r in report["lengths"]] == [1000, 3000]
    assert all(r["raw_words_per_s"] > 0 and r["vs_raw"] > 0 for r in report["lengths"])
    assert report["adversarial"]["worst_ratio"] > 0 and report["adversarial"]["plain_s"] > 0
    for line in (
        "× (a)",
        "paired",
        "(d) HTTP API, 2 client(s)",
        "(e) bulk, 2 worker",
        "(f) job API",
        "(g) peer",
        "hostile input",
    ):
        assert line in done.stdout, line


def test_bench_says_when_a_path_beats_the_limit(tmp_path, isolated_env, articles):
    """A deliberately crippled limit: one thread and 8-token batches, while the paths run well
    (beam 8, so that the model's work, which batching saves, outweighs the paths' Python work on
    the tiny model, and best of three runs for the paths as for the limit: with beam 2 and one
    run per path the gap had shrunk to noise)."""
    out = tmp_path / "bench.json"
    extra = ("--grid", "1x1x8", "--engine", "2x1x2048", "--beam-size", "8", "--repeat", "3")
    done = bench(articles, out, isolated_env, *extra)
    assert done.returncode == 2
    assert "the limit (a) is invalid" in done.stderr and "LIMIT INVALID" in done.stdout
    assert json.loads(out.read_text())["limit_invalid"]


def test_bench_adversarial_row_alone(tmp_path, isolated_env, articles):
    out = tmp_path / "hostile.json"
    done = run_cli(["bench", "--adversarial", "--articles", str(articles), "--out", str(out)], isolated_env)
    row = json.loads(out.read_text())["adversarial"]
    assert set(row["generators_s"]) >= {"quotation marks", "short lines", "comment stamps"}
    assert done.returncode == (0 if row["worst_ratio"] <= row["target_ratio"] else 1), done.stderr
    assert "hostile input, analysis per 100,000 chars" in done.stdout and "Traceback" not in done.stderr


def test_length_growth_sets_the_longest_article_against_10k_for_pipeline_and_model():
    rows = [
        {"chars": 1_000, "words_per_s": 50.0, "raw_words_per_s": 90.0},
        {"chars": 10_000, "words_per_s": 100.0, "raw_words_per_s": 200.0},
        {"chars": 200_000, "words_per_s": 120.0, "raw_words_per_s": 250.0},
    ]
    assert length_growth(rows) == [
        "200,000 against 10,000 characters, words/s: pipeline +20%, the model alone on the same strings +25%"
    ]
    assert length_growth(rows[:1]) == [] and length_growth([{"chars": 10_000, "error": "x"}]) == []


def test_a_long_article_is_bounded_by_the_model_alone_on_its_own_strings():
    """A 200 000-character article batches better than the workload: above (a) is no proof of
    a wrong limit while the model alone on its strings is as fast; above both, it is."""
    slow = {"words_per_s": 500.0}
    report = {"limit": {"words_per_s": 1000.0}, "pipeline": slow, "server": {"jobs": slow}, "bulk": {}}
    long_article = {"chars": 200_000, "words_per_s": 1075.0, "raw_words_per_s": 1034.0}
    assert check_limit({**report, "lengths": [long_article]}) == []
    slow_model = {**long_article, "raw_words_per_s": 900.0}
    assert check_limit({**report, "lengths": [slow_model]}) == [
        "one article of 200,000 characters ran at 1.07 × the faster of (a) and the model alone on its strings"
    ]


def _point(inter: int, batch: int, runs: list[float]) -> dict:
    best = min(runs)
    return {
        "inter_threads": inter,
        "intra_threads": 1,
        "max_batch_tokens": batch,
        "runs_s": runs,
        "spread_pct": round(100 * (max(runs) - best) / best, 1),
    }


def test_the_paths_take_larger_batches_only_when_they_beat_the_noise():
    # b34's grid: 2048 tokens 6 % faster in median than 512, whose runs spread 21 %
    small = _point(2, 512, [23.418, 23.845, 19.732])
    large = _point(2, 2048, [21.765, 23.115, 21.408])
    slow = _point(1, 512, [31.1, 32.0, 36.8])
    assert steady_point([large, slow, small]) is small
    # clearly faster (by more than the smaller batch's spread): the larger batch
    faster = _point(2, 2048, [15.0, 15.2, 15.1])
    assert steady_point([small, faster, slow]) is faster
    # among points of one batch size, the fastest median wins outright
    assert steady_point([slow, small]) is small
    # b37: 2048 tokens faster for (a), but the paths' calls (one article, ~700 tokens over two
    # threads) would leave a thread idle: the smaller batch; a call of many articles fills it
    assert steady_point([small, faster, slow], call_tokens=700) is small
    assert steady_point([small, faster, slow], call_tokens=8000) is faster


def test_best_of_runs_a_short_task_until_its_runs_add_up_to_the_budget():
    calls = []
    runs = best_of(3, lambda: calls.append(time.sleep(0.01)), budget_s=0.2, most=50)
    assert 10 <= len(runs) < 50 and len(calls) == len(runs) and sum(runs) >= 0.2
    assert len(best_of(3, lambda: time.sleep(0.05), budget_s=0.05, most=50)) == 3  # repeat is the floor
    assert len(best_of(3, lambda: None, budget_s=10.0, most=5)) == 5  # and most the ceiling
