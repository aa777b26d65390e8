"""Refusals waitress makes before Flask sees the request, in the routes' JSON error shapes.

Waitress itself answers what it cannot hand to the app (a header block past its limit, a
malformed request line, a body past its limit) with a plain-text page. A client of this API
reads errors as JSON, so those answers are written in the shape of the route the request
names: LibreTranslate's `{"error": "message"}` on its routes, `{"error": {"code", …}}`
everywhere else.
"""

from __future__ import annotations

import json

from flask import Flask
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer
from waitress.task import ErrorTask
from werkzeug.exceptions import HTTPException

from service.errors import error_code

#: Endpoints in the LibreTranslate blueprint answer in its error shape.
LIBRE_BLUEPRINT = "libretranslate."


def _requested_path(request: object) -> str:
    """The path on the request line, if it arrived: waitress keeps the raw header block."""
    raw = getattr(request, "header_plus", b"") or b""
    line = raw.lstrip().split(b"\r\n", 1)[0].split(b" ")
    return line[1].split(b"?", 1)[0].decode("latin-1") if len(line) >= 2 else "/"


def json_error_body(app: Flask, path: str, status: int, message: str) -> bytes:
    try:
        endpoint, _ = app.url_map.bind("localhost").match(path, method="POST")
    except HTTPException:
        endpoint = ""
    if str(endpoint).startswith(LIBRE_BLUEPRINT):
        body: object = {"error": message}
    else:
        body = {"error": {"code": error_code(status), "message": message, "details": None}}
    return json.dumps(body).encode()


def _error_task(app: Flask) -> type[ErrorTask]:
    class JsonErrorTask(ErrorTask):
        def execute(self) -> None:
            error = self.request.error
            message = f"{error.reason}: {error.body}."
            body = json_error_body(app, _requested_path(self.request), error.code, message)
            self.status = f"{error.code} {error.reason}"
            self.response_headers.append(("Content-Type", "application/json"))
            self.set_close_on_finish()
            self.content_length = len(body)
            self.write(body)

    return JsonErrorTask


def answer_refusals_as_json(app: Flask, socket_map: dict) -> None:
    """Make every server listening in `socket_map` (the map given to waitress.create_server)
    write its own refusals as JSON."""
    channel = type("JsonErrorChannel", (HTTPChannel,), {"error_task_class": _error_task(app)})
    for dispatcher in list(socket_map.values()):
        if isinstance(dispatcher, BaseWSGIServer):
            dispatcher.channel_class = channel
