"""``asn-event serve-feedback``: the URL on the first line, the form served, a clean stop on a signal."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "asn_event", "serve-feedback", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("stop_with", [signal.SIGTERM, signal.SIGINT])
def test_serves_until_a_signal_and_prints_the_url_first(demo, stop_with) -> None:  # type: ignore[no-untyped-def]
    demo.db.dispose()
    process = start("--db", str(demo.path), "--event", str(demo.event_id), "--port", "0")
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        page = requests.get(url, timeout=10)
        assert page.status_code == 200 and "Evaluasi Coaching Ber-AKHLAK" in page.text
        process.send_signal(stop_with)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Traceback" not in err and "dihentikan" in err
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=5)


def test_refuses_in_one_line_without_a_form_or_with_a_bad_address(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite"
    subprocess.run([sys.executable, "-m", "asn_event", "demo", "--db", str(db), "--participants", "0"],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    bad_host = subprocess.run(
        [sys.executable, "-m", "asn_event", "serve-feedback", "--db", str(db), "--event", "1", "--host", "semua"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert bad_host.returncode == 1
    assert bad_host.stderr.count("\n") == 1 and "bukan alamat IP" in bad_host.stderr
    missing = subprocess.run(
        [sys.executable, "-m", "asn_event", "serve-feedback", "--db", str(db), "--event", "99"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 2 and "Acara nomor 99 tidak ada" in missing.stderr
