"""The operator suite's tools: the app in a real X server, driven only by real X input, checked in the database.

Each test starts ``python -m asn_event --db FILE`` on a copy of the demo database inside Xvfb with
openbox as the window manager, like a laptop at the desk. Widgets are found by object name,
accessible name or text in what the app's probe (asn_event/ui/shell/probe.py, switched on by
ASN_EVENT_PROBE) reports; the tests click there and type with xdotool at a USB scanner's speed
(8 ms a key), then look in the database and take screenshots of the root window.

Without Xvfb, xdotool or openbox every test here is skipped with the reason; .ci/run installs them.
Screenshots go to the test's temporary folder, and also to ASN_EVENT_OPERATOR_SHOTS when it is set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

TOOLS = ("Xvfb", "xdotool", "openbox", "xprop", "import")
REPO = Path(__file__).resolve().parents[2]
SCANNER_DELAY_MS = 8
"""A USB keyboard-wedge scanner types a character every few milliseconds."""
WAIT_S = 15.0
"""Longest wait for the app to show something (start-up on a busy 2-core CI machine included)."""


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class XServer:
    """Xvfb (display number chosen by Xvfb itself through -displayfd) with openbox on it."""

    def __init__(self, width: int, height: int) -> None:
        self.size = (width, height)
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + WAIT_S
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
        os.close(read_end)
        if not number.strip():
            self.stop()
            raise RuntimeError("Xvfb did not report a display number")
        self.display = f":{number.decode().strip()}"
        self.env = {**os.environ, "DISPLAY": self.display}
        # The window manager gets its own wait, and another start if it exits early (seen once on a
        # loaded CI machine: "openbox did not start"); what it said is kept for the failure message.
        said = ""
        for _attempt in range(3):
            # a file, not a pipe: a chatty openbox never blocks on it (it keeps its own descriptor)
            with tempfile.TemporaryFile() as log:
                self.wm = subprocess.Popen(
                    ["openbox", "--sm-disable"], env=self.env, stdout=subprocess.DEVNULL, stderr=log
                )
                deadline = time.monotonic() + WAIT_S
                while time.monotonic() < deadline and self.wm.poll() is None:
                    probe = subprocess.run(
                        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                        env=self.env,
                        capture_output=True,
                        text=True,
                    )
                    if "window id" in probe.stdout:
                        return
                    time.sleep(0.05)
                if self.wm.poll() is None:
                    self.wm.terminate()
                    self.wm.wait(5)
                log.seek(0)
                said = log.read().decode(errors="replace").strip()[-300:]
        self.stop()
        raise RuntimeError(f"openbox did not start on the Xvfb display ({said or 'no message'})")

    def stop(self) -> None:
        for process in (getattr(self, "wm", None), self.xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()


def _cannot_run(reason: str) -> None:
    """Skip with the reason; where the suite is required (CI sets ASN_EVENT_OPERATOR_REQUIRED), fail."""
    if os.environ.get("ASN_EVENT_OPERATOR_REQUIRED"):
        pytest.fail(f"the operator suite must run here, but {reason}")
    pytest.skip(reason)


def start_server(width: int, height: int) -> XServer:
    missing = _missing_tools()
    if missing:
        _cannot_run(
            f"operator tests need {', '.join(missing)} (apt-get install xvfb xdotool openbox x11-utils imagemagick)"
        )
    try:
        return XServer(width, height)
    except (OSError, RuntimeError) as error:
        _cannot_run(f"no X server for the operator tests: {error}")
        raise


Rect = tuple[int, int, int, int]


def centre(rect: Rect) -> tuple[int, int]:
    return rect[0] + rect[2] // 2, rect[1] + rect[3] // 2


def inside(rect: Rect, outer: Rect) -> bool:
    return (
        rect[0] >= outer[0]
        and rect[1] >= outer[1]
        and rect[0] + rect[2] <= outer[0] + outer[2]
        and rect[1] + rect[3] <= outer[1] + outer[3]
    )


class Operator:
    """The running app, seen through its probe and driven with xdotool."""

    def __init__(self, server: XServer, db_path: Path, folder: Path, name: str) -> None:
        self.server = server
        self.folder = folder
        self.name = name
        self.probe = folder / "probe.json"
        home = folder / "home"
        home.mkdir(exist_ok=True)
        env = {k: v for k, v in server.env.items() if k != "QT_QPA_PLATFORM"}
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_RUNTIME_DIR=str(home),
            ASN_EVENT_PROBE=str(self.probe),
            QT_LOGGING_RULES="qt.multimedia*=false",
            QT_ACCESSIBILITY="0",
        )
        self.log = open(folder / "app.log", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "asn_event", "--db", str(db_path)],
            cwd=REPO,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.shots: list[Path] = []
        self.wait_for(lambda s: self.window(s, "MainWindow"), "the main window")
        time.sleep(0.3)  # the first paint and the warm-up

    # -- looking ------------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """What the app shows now: ask its probe (a request file) and read the answer."""
        request = self.probe.with_name(f"{self.probe.name}.request")
        self.probe.unlink(missing_ok=True)
        request.touch()
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the app ended with exit code {self.process.returncode}: {self.log_text()}"
                )
            if not request.exists():
                try:
                    return json.loads(self.probe.read_text(encoding="utf-8"))
                except (FileNotFoundError, json.JSONDecodeError):
                    pass
            time.sleep(0.02)
        return {"windows": [], "focus": None, "screen": [0, 0, 0, 0]}

    def wait_db(self, check: Callable[[], Any], what: str, timeout: float = 10.0) -> Any:
        """Wait for the database to show ``check`` (the app is not asked anything meanwhile)."""
        deadline = time.monotonic() + timeout
        while True:
            result = check()
            if result:
                return result
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the app ended with exit code {self.process.returncode}: {self.log_text()}"
                )
            if time.monotonic() > deadline:
                shot = self.screenshot("timeout")
                raise AssertionError(
                    f"waited {timeout:.0f} s for {what}; screenshot {shot}; log: {self.log_text()}"
                )
            time.sleep(0.05)

    def log_text(self) -> str:
        self.log.flush()
        return (self.folder / "app.log").read_text(errors="replace")[-2000:]

    @staticmethod
    def window(snap: dict[str, Any], cls: str) -> dict[str, Any] | None:
        return next((w for w in snap["windows"] if w["class"] == cls), None)

    @staticmethod
    def widget(window: dict[str, Any] | None, **wanted: str) -> dict[str, Any] | None:
        """The first widget whose fields equal ``wanted`` (``text`` may be a prefix)."""
        if window is None:
            return None
        for widget in window["widgets"]:
            if all(
                (widget.get(key) or "").startswith(value) if key == "text" else widget.get(key) == value
                for key, value in wanted.items()
            ):
                return widget
        return None

    def find(self, cls: str, **wanted: str) -> dict[str, Any]:
        found: list[dict[str, Any]] = []

        def look(snap: dict[str, Any]) -> bool:
            widget = self.widget(self.window(snap, cls), **wanted)
            if widget is not None and widget["rect"][2] > 0:
                found.append(widget)
                return True
            return False

        self.wait_for(look, f"{wanted} in {cls}")
        return found[-1]

    def wait_for(self, predicate: Callable[[dict[str, Any]], Any], what: str, timeout: float = WAIT_S) -> Any:
        deadline = time.monotonic() + timeout
        began = time.monotonic()
        while True:
            snap = self.snapshot()
            result = predicate(snap)
            if result:
                if os.environ.get("XDESK_TRACE"):
                    print(f"{time.monotonic() - began:6.2f} s  {what}")
                return result
            if time.monotonic() > deadline:
                shot = self.screenshot("timeout")
                raise AssertionError(
                    f"waited {timeout:.0f} s for {what}; screenshot {shot}; log: {self.log_text()}"
                )
            time.sleep(0.1)

    def screenshot(self, label: str) -> Path:
        path = self.folder / f"{self.name}-{label}.png"
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.server.env, check=False, capture_output=True
        )
        keep = os.environ.get("ASN_EVENT_OPERATOR_SHOTS")
        if keep and path.exists():
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(keep) / path.name)
        self.shots.append(path)
        return path

    # -- acting (real X input only) -----------------------------------------------------------
    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.server.env, check=True)

    def click(self, target: Rect | tuple[int, int] | dict[str, Any], double: bool = False) -> None:
        if isinstance(target, dict):
            target = tuple(target["rect"])  # type: ignore[assignment]
        x, y = centre(target) if len(target) == 4 else target  # type: ignore[arg-type]
        self.move(x, y)
        self.xdotool("click", *(["--repeat", "2"] if double else []), "1")

    def move(self, x: int, y: int) -> None:
        """Move the pointer; ``--sync`` waits for the move, and would wait for ever for no move at all."""
        here = subprocess.run(
            ["xdotool", "getmouselocation", "--shell"], env=self.server.env, capture_output=True, text=True
        ).stdout
        if f"X={x}\n" in here and f"Y={y}\n" in here:
            return
        self.xdotool("mousemove", "--sync", str(x), str(y))

    def drag(self, points: list[tuple[int, int]]) -> None:
        self.move(*points[0])
        self.xdotool("mousedown", "1")
        for x, y in points[1:]:
            self.move(x, y)
        self.xdotool("mouseup", "1")

    def type(self, text: str, delay_ms: int = SCANNER_DELAY_MS) -> None:
        self.xdotool("type", "--delay", str(delay_ms), "--", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "40", *keys)

    def scan(self, code: str) -> None:
        """A USB scanner: the code at scanner speed, then Enter."""
        self.type(code)
        self.key("Return")

    def nav(self, page_text: str) -> None:
        nav = self.find("MainWindow", name="nav")
        row = next(r for r in nav["rows"] if r["text"] == page_text)
        self.click(tuple(row["rect"]))  # type: ignore[arg-type]

    # -- ending -------------------------------------------------------------------------------
    def stop(self) -> int | None:
        """End the app; the exit code if it had ended by itself (a crash), else None."""
        ended = self.process.poll()
        if ended is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()
        return ended
