"""SIGTERM on a real server: the translation in flight is answered, new connections are not
taken, and the process ends on its own."""

import signal
import threading
import time

import requests

from tests.conftest import ROOT, Server


def test_sigterm_lets_the_request_in_flight_finish(model_env):
    # every sentence decodes the same number of tokens: a request longer than waitress's own
    # 5 s of grace when it stops
    srv = Server({**model_env, "BILINGUA_FIXED_DECODING_LENGTH": "120"})
    text = "\n".join(
        f"Le dossier {i} arrive demain sur le bureau du ministre, qui le lira." for i in range(800)
    )
    answer: dict = {}

    def client() -> None:
        answer["response"] = requests.post(srv.url + "/v1/translate", json={"text": text}, timeout=120)

    thread = threading.Thread(target=client)
    thread.start()
    time.sleep(0.5)  # the translation is running
    srv.proc.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    try:
        requests.get(srv.url + "/health", timeout=2)
        refused = False
    except requests.ConnectionError:
        refused = True
    thread.join(timeout=120)
    code = srv.proc.wait(timeout=60)
    log = srv.stop()
    response = answer["response"]
    assert response.status_code == 200 and len(response.json()["segments"]) == 800
    assert refused, "a new connection was taken while draining"
    assert code == 0 and "bilingua: stopped" in log and "Traceback" not in log


def test_sigterm_right_after_heavy_load_ends_the_process(model_env, seed_text):
    """Under load the loop used to swallow the interrupt meant to end it, in a bare except
    around a callback, and the server never exited: it must, every time."""
    from service.bench import read_articles
    from service.config import load_config
    from service.loadtest import run

    srv = Server(model_env)
    articles = read_articles(ROOT / "seeds")
    run(srv.url, articles, clients=32, seconds=12, max_chars=load_config({}).max_chars, pid=None, warm_up_s=2)
    srv.proc.send_signal(signal.SIGTERM)
    code = srv.proc.wait(timeout=60)
    log = srv.stop()
    assert code == 0 and "bilingua: stopped" in log, log[-3000:]
