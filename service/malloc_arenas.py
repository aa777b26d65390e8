"""Fewer glibc malloc arenas for the long-running processes (server, job worker).

glibc gives each thread that allocates under contention an arena of its own (up to eight
per core) and keeps what it freed in them: with the HTTP threads, the job workers and
CTranslate2's replicas, the server's peak RSS grew by the freed batches of every arena
(4 clients then three jobs of 41 articles at 2048-token batches: 599 and 630 MB with
glibc's sixteen arenas on two cores, 535 and 549 MB with two, no slower). MALLOC_ARENA_MAX,
when the operator sets it, wins: glibc reads it at start-up.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

#: mallopt's parameter number for the arena cap (glibc's malloc.h: M_ARENA_MAX).
_M_ARENA_MAX = -8
#: Arenas the service's processes use.
SERVICE_ARENAS = 2


def cap_malloc_arenas(arenas: int = SERVICE_ARENAS) -> bool:
    """Cap the arenas before the process starts its threads; False where it cannot (not glibc)."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_ARENA_MAX, arenas))
