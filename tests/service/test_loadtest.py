"""`bilingua loadtest` in a short configuration: a real server under a mix of every route and
of bad and hostile requests; no server error, every bad request refused with its 4xx."""

import json

from tests.conftest import SEED_ARTICLE, run_cli


def test_a_short_load_has_no_server_error_and_reports_every_route(tmp_path, isolated_env):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "load.json"
    args = ["loadtest", "--articles", str(articles), "--clients", "4", "--seconds", "6", "--out", str(out)]
    done = run_cli(args, isolated_env, timeout=300)
    report = json.loads(out.read_text())
    assert done.returncode == 0, done.stdout + done.stderr
    assert report["server_errors"] == 0 and report["connection_failures"] == 0 and report["requests"] > 20
    routes = report["routes"]
    assert set(routes["POST /v1/translate"]["statuses"]) <= {"200", "503"}  # JSON keys are strings
    for bad, status in (
        ("bad: malformed JSON", "400"),
        ("bad: oversized", "413"),
        ("bad: wrong type", "415"),
    ):
        if bad in routes:  # a short run may not draw every kind
            assert set(routes[bad]["statuses"]) == {status}, (bad, routes[bad])
    assert report["rss"]["after_warm_up_mb"] > 0 and "server RSS" in done.stdout
    assert "traceback" not in done.stderr
