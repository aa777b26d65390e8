"""The job API: embedded (SQLite, in the server) and distributed (Redis, `bilingua worker`s)."""

import json
import os
import shutil
import signal
import subprocess
import time

import pytest
import requests

from tests.conftest import BILINGUA, ROOT, Server, free_port


def articles(seed_text, n):
    # distinct texts, so that no article is answered from another's cache
    return [{"id": f"art-{i:02d}", "text": f"Article numéro {i} du dossier.\n{seed_text}"} for i in range(n)]


def submit(srv, payload):
    return requests.post(srv.url + "/v1/jobs", json=payload, timeout=30)


def wait_done(srv, location, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = requests.get(srv.url + location, timeout=10).json()
        if status["status"] == "done":
            return status
        time.sleep(0.3)
    raise AssertionError(f"job not done in {timeout} s: {status}")


def results(srv, job_id):
    r = requests.get(f"{srv.url}/v1/jobs/{job_id}/results", timeout=30)
    assert r.headers["Content-Type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in r.text.splitlines()]


def assert_each_once(rows, expected_ids):
    ids = [r["id"] for r in rows]
    assert sorted(ids) == sorted(expected_ids)  # every article, none twice
    for row in rows:
        assert row["status"] == "done", row
        assert "« I will always love you. »" in row["result"]["translation"]


@pytest.fixture
def job_env(model_env, tmp_path):
    return model_env | {
        "BILINGUA_JOBS_DB": str(tmp_path / "jobs.sqlite3"),
        "BILINGUA_LEASE_SECONDS": "2",
        "BILINGUA_CACHE_SIZE": "0",
    }


def test_embedded_job_lifecycle(job_env, seed_text):
    srv = Server(job_env)
    try:
        payload = {
            "articles": [
                *articles(seed_text, 3),
                {
                    "id": "english",
                    "text": "This is an English text about "
                    "the weather in London and the price of tea, written in plain English by an English writer.",
                },
            ],
            "summary_sentences": 2,
            "summarizer": "lead",
        }
        r = submit(srv, payload)
        assert r.status_code == 202
        created = r.json()
        assert r.headers["Location"] == created["links"]["self"] == f"/v1/jobs/{created['id']}"
        assert created["total"] == 4
        status = wait_done(srv, r.headers["Location"])
        assert (status["done"], status["failed"], status["pending"], status["progress"]) == (3, 1, 0, 1.0)
        rows = results(srv, created["id"])
        assert [r["id"] for r in rows] == ["art-00", "art-01", "art-02", "english"]
        assert rows[-1] == {"id": "english", "status": "failed", "error": "not French"}
        assert all(len(r["result"]["summary"]["en"]) == 2 for r in rows[:3])

        missing = requests.get(srv.url + "/v1/jobs/nope", timeout=10)
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
        cancelled = requests.delete(f"{srv.url}/v1/jobs/{created['id']}", timeout=10).json()
        assert cancelled["status"] == "cancelled" and cancelled["done"] == 3  # results kept
    finally:
        srv.stop()


def test_a_job_summary_in_words_and_its_terms(server, seed_text):
    payload = {
        "articles": articles(seed_text, 1),
        "summary_words": 30,
        "keep": ["Grok Imagine"],
        "glossary": {"actionnaires": "shareholders"},
    }
    r = submit(server, payload)
    assert r.status_code == 202, r.text
    wait_done(server, r.headers["Location"])
    [row] = results(server, r.json()["id"])
    assert "shareholders" in row["result"]["translation"] and "Grok Imagine" in row["result"]["translation"]
    summary = row["result"]["summary"]
    assert summary["method"] == "pacsum" and summary["fr"]
    assert sum(len(s.split()) for s in summary["fr"]) <= 30 or len(summary["fr"]) == 1


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"articles": []}, 422),
        ({"articles": [{"id": "a", "text": "  "}]}, 422),
        ({"articles": [{"id": "a", "text": "Un."}, {"id": "a", "text": "Deux."}]}, 422),
        ({"articles": [{"text": "Un."}]}, 422),
        ({"articles": [{"id": "a", "text": "Un."}], "summarizer": "bart"}, 422),
        ({"articles": [{"id": "a", "text": "Un."}], "summary_words": 0}, 422),
        ({"articles": [{"id": str(i), "text": "Un."} for i in range(1001)]}, 413),
        ({"articles": [{"id": "a", "text": "é" * 200_001}]}, 413),
    ],
)
def test_job_request_errors(server, payload, status):
    r = submit(server, payload)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] in ("validation_error", "payload_too_large")


def test_job_total_size_limit(model_env, tmp_path):
    srv = Server(
        model_env | {"BILINGUA_JOBS_DB": str(tmp_path / "j.sqlite3"), "BILINGUA_MAX_JOB_CHARS": "1000"}
    )
    try:
        r = submit(srv, {"articles": [{"id": str(i), "text": "Le chat dort. " * 10} for i in range(10)]})
        assert r.status_code == 413 and r.json()["error"]["details"]["limit"] == 1000
    finally:
        srv.stop()


def test_embedded_server_restart_mid_job(job_env, seed_text):
    batch = articles(seed_text, 16)
    srv = Server(job_env)
    r = submit(srv, {"articles": batch, "summary_sentences": 1})
    location, job_id = r.headers["Location"], r.json()["id"]
    deadline = time.monotonic() + 60
    while requests.get(srv.url + location, timeout=10).json()["done"] < 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    srv.proc.send_signal(signal.SIGKILL)  # no goodbye: mid-article, queue half done
    srv.proc.wait()
    srv = Server(job_env)
    try:
        status = wait_done(srv, location)
        assert status["done"] == 16 and status["failed"] == 0
        assert_each_once(results(srv, job_id), [a["id"] for a in batch])
    finally:
        srv.stop()


@pytest.fixture
def redis_url(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("Debian's redis-server is not installed (scripts/system-packages installs it)")
    port = free_port()
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


def start_worker(env):
    return subprocess.Popen(
        [*BILINGUA, "worker"], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def test_redis_workers_survive_sigkill(job_env, redis_url, seed_text):
    import redis

    env = job_env | {"BILINGUA_REDIS_URL": redis_url}
    batch = articles(seed_text, 24)
    api = Server(env)  # with Redis the server only enqueues and reports
    workers = [start_worker(env), start_worker(env)]
    client = redis.Redis.from_url(redis_url)
    try:
        r = submit(api, {"articles": batch, "summary_sentences": 2})
        assert r.status_code == 202
        job_id, location = r.json()["id"], r.headers["Location"]
        victim = survivor = None
        killed_article = None
        deadline = time.monotonic() + 90
        while killed_article is None:
            assert time.monotonic() < deadline, "no worker took an article"
            for key, value in client.hgetall("huey.results.bilingua").items():
                key = key.decode()
                lease = json.loads(value) if ":lease:" in key else {}
                # whichever worker holds an article, its attempt counted: kill it mid-article
                holder = [w for w in workers if f":{w.pid}:" in lease.get("owner", "")]
                if holder and lease.get("attempt", 0) >= 1:
                    victim, survivor = holder[0], next(w for w in workers if w is not holder[0])
                    victim.send_signal(signal.SIGKILL)
                    killed_article = key.rsplit(":lease:", 1)[1]
                    break
            time.sleep(0.005)
        victim.wait()
        status = wait_done(api, location)
        assert status["done"] == 24 and status["failed"] == 0
        rows = results(api, job_id)
        assert_each_once(rows, [a["id"] for a in batch])
        attempts = json.loads(
            client.hget("huey.results.bilingua", f"bilingua:job:{job_id}:attempts:{killed_article}")
        )
        assert attempts >= 2  # it was taken again after the kill, and stored once
        assert survivor.poll() is None  # the other worker carried on
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGINT)
                try:
                    w.wait(15)
                except subprocess.TimeoutExpired:
                    w.kill()
        api.stop()
    assert os.path.exists(job_env["BILINGUA_JOBS_DB"]) is False  # Redis mode touched no SQLite queue


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_jobs_created_at_once_from_many_threads_are_all_registered_in_order(backend, tmp_path, request):
    """No job lost when many requests create jobs at once, and retired jobs leave the register."""
    import threading

    from service.jobs import JobQueue
    from service.pipeline import Options

    url = request.getfixturevalue("redis_url") if backend == "redis" else ""
    queue = JobQueue(url, str(tmp_path / "jobs.sqlite3"), 60.0, None)
    created: list[str] = []

    def create(n):
        for _ in range(n):
            created.append(queue.store.create([{"id": "a", "text": "Bonjour."}], Options())["id"])

    threads = [threading.Thread(target=create, args=(15,)) for _ in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(queue.store.active()) == sorted(created) and len(created) == 120
    for job_id in created[::2]:
        queue.store.retire(job_id)
    queue.store.retire(created[0])  # twice: still once retired
    left = set(created[1::2])
    assert set(queue.store.active()) == left and len(queue.store.active()) == len(left)


def test_jobs_left_active_by_the_previous_version_are_still_swept(tmp_path):
    import json as _json

    from service.jobs import JobQueue

    queue = JobQueue("", str(tmp_path / "jobs.sqlite3"), 60.0, None)
    # the list of active jobs the previous version kept
    queue.huey.storage.put_data("bilingua:active", _json.dumps(["job-a", "job-b"]).encode())
    assert queue.store.active() == ["job-a", "job-b"]
    queue.store.retire("job-a")
    assert queue.store.active() == ["job-b"]  # adopted once, not twice
