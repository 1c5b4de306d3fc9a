"""Start-up time: process start to the main window painted with the event's data, against a bare
PySide6 window (QApplication + QMainWindow + a label) in the same run, both offscreen.

    python benchmarks/startup.py [--runs 5]

Prints both medians and the ratio (target: at most 4.0). Also lists heavy modules that the app
imported before its first paint (alembic, reportlab, openpyxl, QtMultimedia, QtCharts must not be).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Sinar ASN"))
window.resize(1366, 768)
window.show()
def shown():
    import os, time
    print("SHOWN", time.time(), flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""

APP = """
import sys
import asn_event.cli  # the console script's first import, as in 'asn-event --db X'
from asn_event.app import start
from PySide6.QtCore import QSettings, QTimer
from asn_event.ui.shell.settings import Settings
app, window, db = start(sys.argv[1], Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
assert window.switcher.count() >= 1 and window.event_id is not None
def shown():
    import os, time
    heavy = [m for m in ("sqlalchemy.orm", "alembic", "reportlab", "openpyxl", "PySide6.QtMultimedia", "PySide6.QtCharts",
                         "PySide6.QtPdf") if m in sys.modules]
    print("SHOWN", time.time(), flush=True)
    print("HEAVY", ",".join(heavy), flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""


def run(code: str, *args: str) -> tuple[float, str]:
    """Seconds from spawning the process to its first painted window (the child reports the moment
    the event loop has shown the window, then exits at once, so interpreter teardown is not timed)."""
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"child failed:\n{result.stderr}")
    shown = next(line for line in result.stdout.splitlines() if line.startswith("SHOWN"))
    return float(shown.split()[1]) - start, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "startup.sqlite"
        ini = Path(tmp) / "settings.ini"
        subprocess.run([sys.executable, "-m", "asn_event", "demo", "--db", str(db)], check=True,
                       capture_output=True)
        run(BARE)  # warm the file cache for both
        run(APP, str(db), str(ini))
        bare, app = [], []
        heavy = ""
        for _ in range(args.runs):
            bare.append(run(BARE)[0])
            elapsed, out = run(APP, str(db), str(ini))
            app.append(elapsed)
            heavy = next(x for x in out.splitlines() if x.startswith("HEAVY")).removeprefix("HEAVY").strip()
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window : median {bare_median:.3f} s over {args.runs} runs")
    print(f"asn-event main window: median {app_median:.3f} s over {args.runs} runs")
    print(f"ratio                : {app_median / bare_median:.2f} (target <= 4.0)")
    print(f"heavy modules before first paint: {heavy or 'none'}")


if __name__ == "__main__":
    main()
