"""Serving never imports torch/stanza (argostranslate.translate) and never opens a network connection."""

import json
import subprocess
import sys
import textwrap
import time

import requests

from summarizers import METHODS
from tests.conftest import ROOT, free_port

GUARDED_SERVER = textwrap.dedent(
    """
    import atexit, json, signal, socket, sys

    attempts = []
    _connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(repr(address))
            raise OSError("network access attempted")
        return _connect(self, address)

    socket.socket.connect = connect
    socket.socket.connect_ex = lambda self, address: connect(self, address) or 0

    def report():
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "stanza", "spacy", "minisbd")
                       or m == "argostranslate.translate")
        print("REPORT " + json.dumps({"heavy": heavy, "attempts": attempts}), flush=True)

    atexit.register(report)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    from service.cli import main
    main(["serve", "--port", sys.argv[1]])
    """
)


def test_serving_requests_imports_no_torch_and_opens_no_connection(model_env, seed_text):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", GUARDED_SERVER, str(port)],
        env=model_env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                requests.get(url + "/health", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        for summarizer in METHODS:
            r = requests.post(
                url + "/v1/translate", json={"text": seed_text, "summarizer": summarizer}, timeout=60
            )
            assert r.status_code == 200, r.text
        assert requests.get(url + "/v1/models", timeout=10).status_code == 200
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    report = json.loads(out.split("REPORT ", 1)[1].splitlines()[0])
    assert report == {"heavy": [], "attempts": []}, out
