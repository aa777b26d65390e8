"""Stopping without dropping work: on SIGTERM the server stops accepting connections, lets
the requests it holds finish and their answers go out, then exits.

Waitress writes answers from its main loop, so the loop keeps running while requests
drain; a watcher thread ends it once none is left (or the grace period is over) by emptying
its map of sockets: the loop runs while the map holds any. (It used to raise
KeyboardInterrupt in the main thread; under load the loop sometimes swallowed it, in a
bare `except:` around a callback, and the server never exited.)
"""

from __future__ import annotations

import logging
import threading
import time

from flask import Flask

log = logging.getLogger("bilingua.drain")
#: Time left for the last answers to be written once their requests are done.
FLUSH_S = 0.3


class InFlight:
    """Requests the app is handling right now."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.count = 0

    def enter(self) -> None:
        with self._lock:
            self.count += 1

    def leave(self, _exc: BaseException | None = None) -> None:
        with self._lock:
            self.count -= 1


def install(app: Flask) -> InFlight:
    counter = InFlight()
    app.extensions["bilingua.inflight"] = counter
    app.before_request(counter.enter)
    app.teardown_request(counter.leave)
    return counter


def drain_then_stop(server, socket_map: dict, counter: InFlight, grace_s: float) -> None:  # noqa: ANN001 - waitress server
    """Stop accepting, wait for the requests in flight (at most `grace_s`), stop the loop
    (`socket_map` is the map given to waitress.create_server).

    Runs in the signal handler, inside the loop's interrupted select: the listening socket
    leaves the loop's map here and is closed by the watcher once the loop has gone round.
    """
    server.accepting = False
    server.del_channel()
    server.pull_trigger()
    log.info("SIGTERM: no new connections; waiting for %d request(s) in flight", counter.count)

    def watch() -> None:
        time.sleep(FLUSH_S)
        server.socket.close()  # new connections are refused from now on
        deadline = time.monotonic() + grace_s
        while counter.count > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        if counter.count:
            log.warning("stopping with %d request(s) still running after %.0f s", counter.count, grace_s)
        time.sleep(FLUSH_S)  # the last answers are written by the loop
        socket_map.clear()  # the loop ends when its map is empty ...
        server.pull_trigger()  # ... and this wakes it from its wait

    threading.Thread(target=watch, name="bilingua-drain", daemon=True).start()
