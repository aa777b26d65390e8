"""Background jobs on huey: SQLite in the server's process by default, Redis across machines.

huey is the queue and runs the workers. What it does not give is delivery to a
second worker when the first dies mid-task (it has no acknowledgements), so each
article carries a lease in huey's own key-value store: a worker renews it while it
works, and `sweep` re-enqueues any unfinished article whose lease ran out and that is
not waiting in the queue. Results are written with `put_if_empty`, so an article
processed twice is still stored once.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from huey import RedisHuey, SqliteHuey, crontab
from huey.constants import EmptyData
from huey.consumer import Consumer

from service.articles import ArticleError, process
from service.pipeline import Options, Pipeline

MAX_ATTEMPTS = 3
TASK_NAME = "bilingua.translate_article"
#: The register of jobs: a counter, each job's id under its number, the first one not retired.
_JOB_COUNT = "bilingua:jobs"
_JOB_NUMBER = "bilingua:jobs:"
_FIRST_ACTIVE = "bilingua:jobs-first-active"
_PEEK_BATCH = 500
_LEGACY_ACTIVE = "bilingua:active"


def make_huey(redis_url: str, jobs_db: str):  # noqa: ANN201 - huey's class
    if redis_url:
        return RedisHuey("bilingua", url=redis_url)
    Path(jobs_db).parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("bilingua", filename=jobs_db)


class JobStore:
    """Jobs, texts, leases and results as JSON in huey's key-value storage (SQLite or Redis)."""

    def __init__(self, huey) -> None:  # noqa: ANN001
        self.huey = huey
        self.kv = huey.storage

    # keys
    @staticmethod
    def _k(job_id: str, part: str = "", article_id: str = "") -> str:
        return f"bilingua:job:{job_id}" + (f":{part}:{article_id}" if part else "")

    def _get(self, key: str) -> object | None:
        data = self.kv.peek_data(key)
        return None if data is EmptyData else json.loads(data)

    def _put(self, key: str, value: object) -> None:
        self.kv.put_data(key, json.dumps(value, ensure_ascii=False).encode())

    def _put_once(self, key: str, value: object) -> bool:
        return self.kv.put_if_empty(key, json.dumps(value, ensure_ascii=False).encode())

    # jobs
    def create(self, articles: list[dict], options: Options, owner: str | None = None) -> dict:
        job_id = uuid.uuid4().hex
        for article in articles:
            self._put(self._k(job_id, "text", article["id"]), article["text"])
        meta = {
            "id": job_id,
            "created": time.time(),
            "article_ids": [a["id"] for a in articles],
            "options": asdict(options),
            "cancelled": False,
            "owner": owner,  # the creator's key id when keys are set
        }
        self._put(self._k(job_id), meta)
        self._register(job_id)
        return meta

    def _register(self, job_id: str) -> None:
        """The register of jobs: numbered in order by an atomic counter, no lock to wait for."""
        number = self.kv.incr(_JOB_COUNT)
        self._put(f"{_JOB_NUMBER}{number}", job_id)

    def meta(self, job_id: str) -> dict | None:
        return self._get(self._k(job_id))  # type: ignore[return-value]

    def active(self) -> list[str]:
        """Jobs not yet retired, oldest first: those numbered from the first one not retired.

        Under load a shared list rewritten under a lock made each job's creation wait
        seconds (each step of the lock's holder waiting for the GIL among the server's busy
        threads); numbers from an atomic counter and a flag per retired job need no lock."""
        legacy = self.kv.pop_data(_LEGACY_ACTIVE)  # a queue written by a version before the register
        for job_id in [] if legacy is EmptyData else json.loads(legacy):
            self._register(job_id)
        count = self.kv.incr(_JOB_COUNT, 0)
        first = int(self._get(_FIRST_ACTIVE) or 1)
        numbers = range(first, count + 1)
        job_ids = self._many([f"{_JOB_NUMBER}{n}" for n in numbers])
        retired = self._many([self._k(str(j), "retired") if j else "" for j in job_ids])
        rows = list(zip(numbers, job_ids, retired, strict=True))
        # a number whose id is not written yet (a job being created) holds the mark too
        now_first = next((n for n, j, r in rows if not j or not r), count + 1)
        if now_first > first:
            self._put(_FIRST_ACTIVE, now_first)  # racing sweeps may write an older one: it is rescanned
        return [str(j) for _, j, r in rows if j and not r]

    def _many(self, keys: list[str]) -> list[object | None]:
        values: list[object | None] = []
        for at in range(0, len(keys), _PEEK_BATCH):
            batch = keys[at : at + _PEEK_BATCH]
            found = self.kv.peek_many(batch)  # only the keys that exist
            values += [json.loads(found[k]) if k in found else None for k in batch]
        return values

    def retire(self, job_id: str) -> None:
        self._put(self._k(job_id, "retired"), True)

    def cancel(self, job_id: str) -> None:
        meta = self.meta(job_id)
        if meta is not None:
            self._put(self._k(job_id), meta | {"cancelled": True})
            self.retire(job_id)

    def text(self, job_id: str, article_id: str) -> str | None:
        return self._get(self._k(job_id, "text", article_id))  # type: ignore[return-value]

    # outcomes, each stored once
    def put_result(self, job_id: str, article_id: str, result: dict) -> bool:
        return self._put_once(self._k(job_id, "result", article_id), result)

    def put_error(self, job_id: str, article_id: str, error: str) -> bool:
        return self._put_once(self._k(job_id, "error", article_id), error)

    def finished(self, job_id: str, article_id: str) -> bool:
        return self.kv.has_data_for_key(self._k(job_id, "result", article_id)) or self.kv.has_data_for_key(
            self._k(job_id, "error", article_id)
        )

    def outcome(self, job_id: str, article_id: str) -> dict | None:
        result = self._get(self._k(job_id, "result", article_id))
        if result is not None:
            return {"id": article_id, "status": "done", "result": result}
        error = self._get(self._k(job_id, "error", article_id))
        if error is not None:
            return {"id": article_id, "status": "failed", "error": error}
        return None

    def attempt(self, job_id: str, article_id: str) -> int:
        key = self._k(job_id, "attempts", article_id)
        count = int(self._get(key) or 0) + 1
        self._put(key, count)
        return count

    # leases: who is working on an article, until when
    def lease(self, job_id: str, article_id: str) -> dict | None:
        return self._get(self._k(job_id, "lease", article_id))  # type: ignore[return-value]

    @staticmethod
    def _lease_value(owner: str, ttl: float, attempt: int) -> dict:
        return {"owner": owner, "expires": time.time() + ttl, "attempt": attempt}

    def acquire(self, job_id: str, article_id: str, owner: str, ttl: float) -> bool:
        key = self._k(job_id, "lease", article_id)
        value = self._lease_value(owner, ttl, 0)
        if self._put_once(key, value):
            return True
        current = self.lease(job_id, article_id)
        if current is not None and current["expires"] < time.time():
            self.kv.pop_data(key)
            return self._put_once(key, value)
        return False

    def renew(self, job_id: str, article_id: str, owner: str, ttl: float, attempt: int) -> None:
        """Extend the lease; it also says which attempt the holder is on."""
        self._put(self._k(job_id, "lease", article_id), self._lease_value(owner, ttl, attempt))

    def release(self, job_id: str, article_id: str) -> None:
        self.kv.pop_data(self._k(job_id, "lease", article_id))

    def mark_queued(self, job_id: str, article_id: str) -> None:
        self._put(self._k(job_id, "queued", article_id), time.time())

    def waits(self, meta: dict, article_ids: list[str]) -> list[tuple[dict | None, float]]:
        """Each article's lease and when it was last queued, read at once (a job's articles
        are first queued when it is created)."""
        job_id = meta["id"]
        keys = [self._k(job_id, part, a) for a in article_ids for part in ("lease", "queued")]
        values = self._many(keys)
        return [
            (values[2 * i], float(values[2 * i + 1] or meta["created"]))  # type: ignore[arg-type]
            for i in range(len(article_ids))
        ]

    # reports
    def status(self, meta: dict) -> dict:
        ids = meta["article_ids"]
        done = sum(self.kv.has_data_for_key(self._k(meta["id"], "result", a)) for a in ids)
        failed = sum(self.kv.has_data_for_key(self._k(meta["id"], "error", a)) for a in ids)
        if meta["cancelled"]:
            state = "cancelled"
        elif done + failed == len(ids):
            state = "done"
        elif done + failed == 0 and not any(self._many([self._k(meta["id"], "lease", a) for a in ids])):
            state = "queued"
        else:
            state = "running"
        return _status(meta, state, done, failed)

    @staticmethod
    def new_status(meta: dict) -> dict:
        """What `status` says of a job just created, without asking the store."""
        return _status(meta, "queued" if meta["article_ids"] else "done", 0, 0)

    def outcomes(self, meta: dict) -> Iterator[dict]:
        for article_id in meta["article_ids"]:
            outcome = self.outcome(meta["id"], article_id)
            if outcome is not None:
                yield outcome


def _status(meta: dict, state: str, done: int, failed: int) -> dict:
    total = len(meta["article_ids"])
    return {
        "id": meta["id"],
        "status": state,
        "total": total,
        "done": done,
        "failed": failed,
        "pending": total - done - failed,
        "progress": round((done + failed) / total, 4) if total else 1.0,
        "created": meta["created"],
    }


class _NoSignalsConsumer(Consumer):
    """huey's consumer inside `bilingua serve`: the server, not huey, owns the signals."""

    def _set_signal_handlers(self) -> None:
        pass


class JobQueue:
    """The jobs API's side (submit, report) and the workers' side (translate, sweep)."""

    def __init__(self, redis_url: str, jobs_db: str, lease_seconds: float, pipeline: Pipeline | None) -> None:
        self.huey = make_huey(redis_url, jobs_db)
        self.store = JobStore(self.huey)
        self.lease_seconds = lease_seconds
        self.pipeline = pipeline
        self.owner = f"{socket.gethostname()}:{os.getpid()}"
        self.task = self.huey.task(name=TASK_NAME)(self._translate)
        self.huey.periodic_task(crontab(), name="bilingua.sweep")(self.sweep)

    # submitting side
    def submit(self, articles: list[dict], options: Options, owner: str | None = None) -> dict:
        meta = self.store.create(articles, options, owner)
        for article in articles:
            self.task(meta["id"], article["id"])  # queued at the job's creation time
        return meta

    def _enqueue(self, job_id: str, article_id: str) -> None:
        self.store.mark_queued(job_id, article_id)
        self.task(job_id, article_id)

    def sweep(self, job_ids: list[str] | None = None) -> int:
        """Re-enqueue unfinished articles that no live worker holds and the queue does not hold.

        The queue is read only when some article has had neither a lease nor a place in the
        queue for a lease's length: reading it unpickles every pending task, and a status
        request (which sweeps its job) must not cost the length of everyone's queue."""
        now = time.time()
        stale: list[tuple[str, str]] = []
        for job_id in job_ids if job_ids is not None else self.store.active():
            meta = self.store.meta(job_id)
            if meta is None or meta["cancelled"]:
                continue
            unfinished = [a for a in meta["article_ids"] if not self.store.finished(job_id, a)]
            if not unfinished:
                self.store.retire(job_id)
                continue
            for article_id, (lease, queued_at) in zip(
                unfinished, self.store.waits(meta, unfinished), strict=True
            ):
                if lease is not None and lease["expires"] > now:
                    continue
                if now - queued_at < self.lease_seconds:
                    continue  # queued a moment ago, or just taken off the queue to be leased
                stale.append((job_id, article_id))
        if not stale:
            return 0
        waiting = {tuple(t.args) for t in self.huey.pending() if t.name == TASK_NAME}
        requeued = 0
        for job_id, article_id in stale:
            if (job_id, article_id) in waiting:
                self.store.mark_queued(job_id, article_id)  # still in line: look again in a lease's time
            else:
                self._enqueue(job_id, article_id)
                requeued += 1
        return requeued

    # working side
    def _translate(self, job_id: str, article_id: str) -> None:
        store = self.store
        meta = store.meta(job_id)
        if meta is None or meta["cancelled"] or store.finished(job_id, article_id):
            return
        owner = f"{self.owner}:{threading.get_ident()}"
        if not store.acquire(job_id, article_id, owner, self.lease_seconds):
            return  # another worker has it
        attempt = store.attempt(job_id, article_id)
        store.renew(job_id, article_id, owner, self.lease_seconds, attempt)
        stop = threading.Event()

        def heartbeat() -> None:
            while not stop.wait(self.lease_seconds / 3):
                store.renew(job_id, article_id, owner, self.lease_seconds, attempt)

        beat = threading.Thread(target=heartbeat, daemon=True)
        beat.start()
        try:
            if attempt > MAX_ATTEMPTS:
                store.put_error(job_id, article_id, f"gave up after {MAX_ATTEMPTS} attempts")
                return
            text = store.text(job_id, article_id) or ""
            try:
                outcome = process(self._pipeline(), text, Options(**meta["options"]))
            except ArticleError as exc:
                store.put_error(job_id, article_id, str(exc))
                return
            store.put_result(job_id, article_id, outcome.result)
        finally:
            stop.set()
            beat.join()
            store.release(job_id, article_id)

    def _pipeline(self) -> Pipeline:
        if self.pipeline is None:
            raise RuntimeError("this process only enqueues; run `bilingua worker` to translate")
        return self.pipeline

    def embedded_consumer(self, workers: int, shutdown_timeout: float | None = None) -> Consumer:
        """Worker threads in the server's own process (no Redis): start() it, stop(graceful=True)
        it at exit, so that no translation is running when the process ends (CTranslate2
        aborts the process, "terminate called without an active exception", when its
        translator is destroyed in the middle of one)."""
        return _NoSignalsConsumer(
            self.huey, workers=workers, worker_type="thread", max_delay=1.0, shutdown_timeout=shutdown_timeout
        )

    def consumer(self, workers: int) -> Consumer:
        return self.huey.create_consumer(workers=workers, worker_type="thread", max_delay=1.0)
