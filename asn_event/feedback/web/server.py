"""Serving the phone form with waitress in a background thread, and stopping it cleanly.

waitress has no public "stop" for a server run in a thread, so this module runs waitress's own
event loop one turn at a time and checks a stop flag between turns; on stop it refuses new
connections, lets requests in progress finish (a few seconds at most), then closes every socket.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import threading
import time
from typing import Self

from flask import Flask
from waitress import create_server
from waitress.server import BaseWSGIServer

from asn_event.clock import Clock
from asn_event.db.engine import Database
from asn_event.domain.errors import Refused
from asn_event.feedback.web import DEFAULT_HOST, DEFAULT_PORT
from asn_event.feedback.web.app import Limits, create_app

log = logging.getLogger(__name__)
# waitress warns on stderr whenever a request waits for a free thread; a hall of phones does that.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)

THREADS = 4  # four phones served at once; the rest wait a few milliseconds in line
DRAIN_SECONDS = 5.0


class ServerStartFailed(Refused, OSError):
    """The address or port cannot be used; ``code`` says why (worded by ``asn_event.words``)."""


def url_for_address(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


class BackgroundServer:
    """A WSGI application served by waitress on ``host:port`` in a thread until :meth:`stop`.

    ``port=0`` picks a free port (tests, benchmarks). Never binds every interface unless asked:
    ``0.0.0.0`` or ``::`` must be given explicitly.
    """

    def __init__(self, app: Flask, host: str, port: int, max_body: int) -> None:
        try:
            ipaddress.ip_address(host)
        except ValueError as error:
            raise ServerStartFailed("server_bad_address", host=host) from error
        if not 0 <= port <= 65535:
            raise ServerStartFailed("server_bad_port", port=port, default=DEFAULT_PORT)
        self.app = app
        self.host = host
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            self._server: BaseWSGIServer = create_server(  # type: ignore[assignment]
                self.app,
                host=host,
                port=port,
                threads=THREADS,
                ident="",
                max_request_body_size=max_body * 4,
                clear_untrusted_proxy_headers=True,
                channel_timeout=30,
            )
        except OSError as error:
            raise ServerStartFailed(
                "server_cannot_open", url=url_for_address(host, port), reason=error.strerror or str(error)
            ) from error
        self.port = int(self._server.effective_port)  # type: ignore[attr-defined]

    @property
    def url(self) -> str:
        return url_for_address(self.host, self.port)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Self:
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="phone-form", daemon=True)
            self._thread.start()
        return self

    def _serve(self) -> None:
        server = self._server
        loop = server.asyncore.loop
        while not self._stop.is_set():
            loop(timeout=0.5, map=server._map, use_poll=True, count=1)
        # Refuse new connections, then let the requests already in progress be answered.
        server.accepting = False
        server.del_channel()
        server.socket.close()
        dispatcher = server.task_dispatcher
        deadline = time.monotonic() + DRAIN_SECONDS
        while time.monotonic() < deadline and (dispatcher.queue or dispatcher.active_count or self._writing()):
            loop(timeout=0.05, map=server._map, use_poll=True, count=1)
        dispatcher.shutdown(timeout=DRAIN_SECONDS)
        for channel in list(server._map.values()):
            channel.close()

    def _writing(self) -> bool:
        return any(
            getattr(channel, "total_outbufs_len", 0) for channel in self._server._map.values()
        )

    def stop(self) -> None:
        """Stop serving and wait for the thread; safe to call twice, or before :meth:`start`."""
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread is None:
            self._server.close()
            self._server.task_dispatcher.shutdown(timeout=DRAIN_SECONDS)
            return
        if self._thread.is_alive():
            with contextlib.suppress(OSError):  # the loop saw the stop first and closed its trigger
                self._server.pull_trigger()  # wake the loop so it sees the stop at once
        self._thread.join(timeout=DRAIN_SECONDS * 3)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


class FeedbackServer(BackgroundServer):
    """The phone form of one feedback form (see :func:`~asn_event.feedback.web.app.create_app`)."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        form_id: int,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        limits: Limits | None = None,
    ) -> None:
        limits = limits or Limits()
        super().__init__(create_app(db, clock, form_id, limits), host, port, limits.max_body)
