"""A bounded load test against a real server: many clients, a mix of every route and of bad
and hostile requests; what an operator wants to know before exposing the service.

Reports per route: requests, statuses, p50/p95 latency; server errors (5xx other than the
503s of backpressure, which are the service refusing on purpose), and the server's resident
memory after warm-up and at the end.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import requests

HOSTILE = '“ « " ‹ „ ” » ’ ' * 2000


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


class Mix:
    """One client's next request: (route label, callable returning a response)."""

    def __init__(self, url: str, articles: list[str], max_chars: int, seed: int) -> None:
        self.url, self.articles, self.max_chars = url, articles, max_chars
        self.rng = random.Random(seed)
        self.session = requests.Session()
        self.choices: list[tuple[float, Callable[[], tuple[str, requests.Response]]]] = [
            (0.40, self.translate),
            (0.20, self.libretranslate),
            (0.10, self.job),
            (0.10, self.health),
            (0.05, self.malformed),
            (0.05, self.oversized),
            (0.05, self.hostile),
            (0.05, self.wrong_type),
        ]

    def next(self) -> tuple[str, requests.Response]:
        pick = self.rng.random()
        for weight, make in self.choices:
            if pick < weight:
                return make()
            pick -= weight
        return self.choices[-1][1]()

    def _post(self, path: str, **kwargs: object) -> requests.Response:
        return self.session.post(self.url + path, timeout=300, **kwargs)

    def translate(self) -> tuple[str, requests.Response]:
        text = self.rng.choice(self.articles)[: self.max_chars]
        return "POST /v1/translate", self._post("/v1/translate", json={"text": text})

    def libretranslate(self) -> tuple[str, requests.Response]:
        lines = [p for p in self.rng.choice(self.articles).split("\n") if p.strip()]
        paragraph = self.rng.choice(lines) if lines else "Bonjour."
        payload = {"q": paragraph[:2000], "source": "fr", "target": "en"}
        return "POST /translate", self._post("/translate", json=payload)

    def job(self) -> tuple[str, requests.Response]:
        articles = [{"id": str(i), "text": self.rng.choice(self.articles)[:20_000]} for i in range(2)]
        created = self._post("/v1/jobs", json={"articles": articles})
        if created.status_code == 202:
            status = self.session.get(self.url + created.headers["Location"], timeout=60)
            if status.status_code >= 500:
                return "GET /v1/jobs/<id>", status
        return "POST /v1/jobs", created

    def health(self) -> tuple[str, requests.Response]:
        return "GET /health", self.session.get(self.url + "/health", timeout=60)

    def malformed(self) -> tuple[str, requests.Response]:
        body = self.rng.choice(['{"text": "Bonjour', "[" * 50_000, '{"text": "\\ud800 x"}'])
        return "bad: malformed JSON", self._post(
            "/v1/translate", data=body, headers={"Content-Type": "application/json"}
        )

    def oversized(self) -> tuple[str, requests.Response]:
        return "bad: oversized", self._post("/v1/translate", json={"text": "a" * (self.max_chars + 1)})

    def hostile(self) -> tuple[str, requests.Response]:
        return "hostile: quotation marks", self._post(
            "/v1/translate", json={"text": HOSTILE[: self.max_chars]}
        )

    def wrong_type(self) -> tuple[str, requests.Response]:
        return "bad: wrong type", self._post(
            "/v1/translate", data="Bonjour", headers={"Content-Type": "text/plain"}
        )


def run(
    url: str,
    articles: list[str],
    clients: int,
    seconds: float,
    max_chars: int,
    pid: int | None,
    warm_up_s: float = 10.0,
    progress: Callable[[str], None] = lambda _: None,
) -> dict:
    latencies: dict[str, list[float]] = defaultdict(list)
    statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    failures: list[str] = []
    lock = threading.Lock()
    started = time.monotonic()
    stop_at = started + seconds
    rss: dict[str, float] = {}

    def client(k: int) -> None:
        mix = Mix(url, articles, max_chars, seed=k)
        while time.monotonic() < stop_at:
            t0 = time.monotonic()
            try:
                route, response = mix.next()
                status = response.status_code
            except requests.RequestException as exc:
                route, status = "connection", 0
                with lock:
                    failures.append(f"{type(exc).__name__}: {exc}"[:200])
            with lock:
                latencies[route].append(time.monotonic() - t0)
                statuses[route][status] += 1

    def sampler() -> None:
        if pid is None:
            return
        time.sleep(min(warm_up_s, seconds / 2))
        rss["after_warm_up_mb"] = rss_mb(pid)
        progress(f"RSS after warm-up {rss['after_warm_up_mb']} MB")

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    watcher = threading.Thread(target=sampler, daemon=True)
    watcher.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    watcher.join()
    if pid is not None:
        rss["end_mb"] = rss_mb(pid)
    routes = {}
    for route in sorted(latencies):
        values = sorted(latencies[route])
        routes[route] = {
            "requests": len(values),
            "statuses": dict(sorted(statuses[route].items())),
            "p50_ms": round(statistics.median(values) * 1000, 1),
            "p95_ms": round(values[max(0, int(0.95 * len(values)) - 1)] * 1000, 1),
        }
    server_errors = sum(n for r in routes.values() for s, n in r["statuses"].items() if s >= 500 and s != 503)
    report = {
        "clients": clients,
        "seconds": seconds,
        "requests": sum(r["requests"] for r in routes.values()),
        "server_errors": server_errors,
        "connection_failures": len(failures),
        "refused_503": sum(r["statuses"].get(503, 0) for r in routes.values()),
        "routes": routes,
        "rss": rss,
        "failure_samples": failures[:5],
    }
    if "after_warm_up_mb" in rss and "end_mb" in rss:
        rss["growth_pct"] = round(
            100 * (rss["end_mb"] - rss["after_warm_up_mb"]) / rss["after_warm_up_mb"], 1
        )
    return report


def table(report: dict) -> str:
    lines = [
        f"{report['clients']} clients for {report['seconds']:.0f} s: {report['requests']} requests, "
        f"{report['server_errors']} server errors (5xx other than 503), {report['refused_503']} refused "
        f"with 503 (backpressure), {report['connection_failures']} connection failures",
        f"{'route':32} {'requests':>8} {'p50 ms':>9} {'p95 ms':>9}  statuses",
    ]
    for route, r in report["routes"].items():
        statuses = ", ".join(f"{s}: {n}" for s, n in r["statuses"].items())
        lines.append(f"{route:32} {r['requests']:>8} {r['p50_ms']:>9,.1f} {r['p95_ms']:>9,.1f}  {statuses}")
    rss = report["rss"]
    if "growth_pct" in rss:
        lines.append(
            f"server RSS {rss['after_warm_up_mb']:.0f} MB after warm-up, {rss['end_mb']:.0f} MB at the end "
            f"({rss['growth_pct']:+.1f} %)"
        )
    return "\n".join(lines)
