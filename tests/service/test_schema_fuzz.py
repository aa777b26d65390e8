"""Schemathesis against the running server's own /openapi.json: generated valid and invalid
requests on every operation; no server error, and every answer as the document says."""

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import Server

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def test_no_server_error_and_no_answer_that_contradicts_the_schema(model_env, tmp_path):
    # short limits keep the run to seconds: generated texts stay small, the limits are tested
    server = Server(
        {
            **model_env,
            "BILINGUA_MAX_CHARS": "2000",
            "BILINGUA_MAX_DECODING_LENGTH": "16",
            "BILINGUA_JOBS_DB": str(tmp_path / "jobs.sqlite3"),
            "BILINGUA_MAX_JOB_CHARS": "4000",
        }
    )
    st = Path(sys.executable).with_name("st")
    done = subprocess.run(
        [
            str(st),
            "run",
            server.url + "/openapi.json",
            "--checks",
            CHECKS,
            "--max-examples",
            "25",  # per operation and phase: a few minutes at most
            "--workers",
            "2",
            "--seed",
            "20261126",
            "--request-timeout",
            "30",
            "--report-dir",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path), "NO_COLOR": "1"},
    )
    log = server.stop()
    report = done.stdout[-6000:] + done.stderr[-2000:]
    assert "Traceback" not in log, log
    assert done.returncode == 0, report
    tested = re.search(r"Tested: (\d+)", done.stdout)
    assert tested and int(tested.group(1)) >= 17, report  # every operation of the document
