"""A server out of reach: a plain message after seconds, not a desk frozen for minutes.

Needs only the PostgreSQL driver (the ``postgres`` extra), no server: a Unix socket that accepts
the connection and never answers stands in for a server lost behind a broken network.
"""

from __future__ import annotations

import socket
import tempfile
import threading
from pathlib import Path

import pytest

from asn_event.db import engine as engine_module
from asn_event.db import open_database
from asn_event.db.errors import ConnectionLost, DatabaseError
from asn_event.words import error_text

pytest.importorskip("psycopg", reason="the PostgreSQL driver is not installed (pip install '.[postgres]')")


def test_a_server_that_never_answers_is_reported_after_the_connect_timeout(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(engine_module, "SERVER_CONNECT_TIMEOUT_S", 1)
    folder = Path(tempfile.mkdtemp(prefix="asn-mute-"))  # short: a socket path has ~100 characters
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(folder / ".s.PGSQL.5432"))
    listener.listen(4)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept_and_stay_silent() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept_and_stay_silent, daemon=True)
    thread.start()
    outcome: list[object] = []

    def open_it() -> None:
        try:
            outcome.append(open_database(f"postgresql+psycopg://asn@/sinar?host={folder}"))
        except DatabaseError as error:
            outcome.append(error)

    desk = threading.Thread(target=open_it, daemon=True)
    try:
        desk.start()
        desk.join(timeout=20)
        assert not desk.is_alive(), "still waiting for a server that never answers"
        assert accepted  # it did reach the mute server, and gave up by itself
        (error,) = outcome
        assert isinstance(error, ConnectionLost)
        text = error_text(error)  # the line the desk and the command line show
        assert "tidak dapat dihubungi" in text and str(folder) in text and "\n" not in text
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()
        (folder / ".s.PGSQL.5432").unlink()
        folder.rmdir()
