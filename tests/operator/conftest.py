"""Fixtures of the operator suite (see xdesk.py): X servers at two laptop sizes, and the app launched on the demo."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from xdesk import Operator, XServer, start_server


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/operator/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.operator)


@pytest.fixture(scope="session")
def x_laptop() -> Iterator[XServer]:
    """A 1366x768 laptop screen at 100 %."""
    server = start_server(1366, 768)
    yield server
    server.stop()


@pytest.fixture
def x_small() -> Iterator[XServer]:
    """The same laptop at 150 % scaling: 910x512 logical pixels."""
    server = start_server(910, 512)
    yield server
    server.stop()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(20251117)


@pytest.fixture
def launch(tmp_path: Path, demo, request):  # type: ignore[no-untyped-def]
    """launch(server) -> Operator: the app on the demo database (the test's copy), on that X server."""
    started: list[Operator] = []

    def start(server: XServer) -> Operator:
        demo.db.dispose()  # the app is the only writer; the test reads with fresh connections
        folder = tmp_path / f"run{len(started)}"
        folder.mkdir()
        operator = Operator(server, demo.path, folder, request.node.name.replace("/", "_")[:60])
        started.append(operator)
        return operator

    yield start
    for operator in started:
        crashed = operator.stop()
        assert crashed is None, f"the app ended by itself with exit code {crashed}: {operator.log_text()}"
