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
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from huey import RedisHuey, SqliteHuey, crontab
from huey.constants import EmptyData
from huey.consumer import Consumer
from huey.exceptions import TaskLockedException

from service.articles import ArticleError, process
from service.pipeline import Options, Pipeline

MAX_ATTEMPTS = 3
#: How long a request waits for the active-jobs list another request is updating.
LOCK_WAIT_S = 30.0
TASK_NAME = "bilingua.translate_article"


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
        with self._active_jobs_lock():
            active = self._get("bilingua:active") or []
            self._put("bilingua:active", [*active, job_id])
        return meta

    def meta(self, job_id: str) -> dict | None:
        return self._get(self._k(job_id))  # type: ignore[return-value]

    def active(self) -> list[str]:
        return self._get("bilingua:active") or []  # type: ignore[return-value]

    @contextmanager
    def _active_jobs_lock(self) -> Iterator[None]:
        """huey's task lock, waited for: it refuses at once when another request holds it
        (two status requests retiring the same finished job at the same moment)."""
        lock = self.huey.lock_task("bilingua-active-jobs")
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                lock.acquire()
                break
            except TaskLockedException:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.005)
        try:
            yield
        finally:
            lock.release()

    def retire(self, job_id: str) -> None:
        with self._active_jobs_lock():
            self._put("bilingua:active", [j for j in self.active() if j != job_id])

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

    def queued_at(self, job_id: str, article_id: str) -> float:
        return float(self._get(self._k(job_id, "queued", article_id)) or 0)

    # reports
    def status(self, meta: dict) -> dict:
        ids = meta["article_ids"]
        done = sum(self.kv.has_data_for_key(self._k(meta["id"], "result", a)) for a in ids)
        failed = sum(self.kv.has_data_for_key(self._k(meta["id"], "error", a)) for a in ids)
        total = len(ids)
        if meta["cancelled"]:
            state = "cancelled"
        elif done + failed == total:
            state = "done"
        elif done + failed == 0 and not any(self.lease(meta["id"], a) for a in ids):
            state = "queued"
        else:
            state = "running"
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

    def outcomes(self, meta: dict) -> Iterator[dict]:
        for article_id in meta["article_ids"]:
            outcome = self.outcome(meta["id"], article_id)
            if outcome is not None:
                yield outcome


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
            self._enqueue(meta["id"], article["id"])
        return meta

    def _enqueue(self, job_id: str, article_id: str) -> None:
        self.store.mark_queued(job_id, article_id)
        self.task(job_id, article_id)

    def sweep(self, job_ids: list[str] | None = None) -> int:
        """Re-enqueue unfinished articles that no live worker holds and the queue does not hold."""
        waiting = {tuple(t.args) for t in self.huey.pending() if t.name == TASK_NAME}
        now, requeued = time.time(), 0
        for job_id in job_ids if job_ids is not None else self.store.active():
            meta = self.store.meta(job_id)
            if meta is None or meta["cancelled"]:
                continue
            unfinished = [a for a in meta["article_ids"] if not self.store.finished(job_id, a)]
            if not unfinished:
                self.store.retire(job_id)
                continue
            for article_id in unfinished:
                lease = self.store.lease(job_id, article_id)
                if lease is not None and lease["expires"] > now:
                    continue
                if (job_id, article_id) in waiting:
                    continue
                if now - self.store.queued_at(job_id, article_id) < self.lease_seconds:
                    continue  # just taken off the queue, about to be leased
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

    def embedded_consumer(self, workers: int) -> Consumer:
        """Worker threads in the server's own process (no Redis): start() it, stop() it at exit."""
        return _NoSignalsConsumer(self.huey, workers=workers, worker_type="thread", max_delay=1.0)

    def consumer(self, workers: int) -> Consumer:
        return self.huey.create_consumer(workers=workers, worker_type="thread", max_delay=1.0)
