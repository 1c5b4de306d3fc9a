"""A city's year at scale: every CLI step and every page open at 1,000 / 10,000 / 100,000 people.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--runs 1] [--steps demo attendance ...]
                               [--cache DIR] [--timeout 900]

The databases are built once (``demo --participants N --checked-in N --responses N/10``) and kept
under ``--cache`` (default: a folder in the system temp dir), so a second run starts measuring at
once. Each step runs as its own process (peak RSS from ``wait4``) on a copy of the database when it
writes. The sizes alternate within every round (1k, 10k, 100k, 1k, ...), so a change of machine
load hits every size alike; the median per size is printed with its peak RSS, and the growth
exponent between the two largest sizes: log(t_big / t_small) / log(N_big / N_small); 1.0 is linear.
Page opens are timed in a worker process: the GUI thread's CPU time from ``show_page`` until the
page's background loads have finished (and the wall time to that moment).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGES = ("acara", "peserta", "checkin", "timer", "umpan-balik", "sertifikat", "laporan")


@dataclass(frozen=True)
class Sample:
    seconds: float | None  # wall time (None: failed or killed); for a page, GUI-thread CPU time
    rss_mb: float
    note: str
    cpu: float | None = None  # the process's CPU seconds (user + system): steady under machine load


@dataclass(frozen=True)
class Step:
    name: str
    args: Callable[[Path, Path], list[str]]  # (database, scratch folder) -> CLI arguments
    writes: bool = False  # runs on a copy of the cached database


def _cli(*args: str) -> Callable[[Path, Path], list[str]]:
    def build(db: Path, tmp: Path) -> list[str]:
        return ["--db", str(db), *(a.replace("{tmp}", str(tmp)) for a in args)]

    return build


STEPS: tuple[Step, ...] = (
    Step("demo", lambda db, tmp: ["--db", str(tmp / "demo.sqlite"), "demo", "--participants", "{n}"]),
    Step("import", lambda db, tmp: ["--db", str(tmp / "import.sqlite"), "import", str(tmp / "roster.csv"),
                                    "--event", "1", "--create-units"]),
    Step("attendance", _cli("report", "attendance", "--event", "1", "--out", "{tmp}/hadir.pdf", "--force")),
    Step("attendance-xlsx", _cli("report", "attendance-xlsx", "--event", "1", "--out", "{tmp}/hadir.xlsx",
                                 "--force")),
    Step("jp", _cli("report", "jp", "--event", "1", "--out", "{tmp}/jp.xlsx", "--force")),
    Step("event-report", _cli("report", "event", "--event", "1", "--out", "{tmp}/laporan.pdf", "--force")),
    Step("feedback-export", _cli("feedback", "export", "--event", "1", "--out", "{tmp}/umpan.xlsx")),
    Step("invitations", _cli("invitations", "--event", "1", "--out", "{tmp}/undangan.pdf")),
    Step("certificates", _cli("certificates", "--event", "1", "--out", "{tmp}/sertifikat.pdf"), writes=True),
)  # fmt: skip
STEP_NAMES = (*(s.name for s in STEPS), "search", *(f"page:{p}" for p in PAGES))


def run_rss(argv: list[str], timeout: float, stdout_path: Path) -> Sample:
    """Run ``argv``; (wall seconds or None on failure/timeout, the child's own peak RSS in MB, last line)."""
    with stdout_path.open("w") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                return Sample(None, 0.0, f"killed after {timeout:.0f} s")
            time.sleep(0.02)
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = stdout_path.read_text(errors="replace").strip().splitlines()
    # A worker's result is its last JSON line (Qt may still print a warning after it).
    results = [line for line in lines if line.startswith("{")]
    last = results[-1] if results else lines[-1] if lines else ""
    ok = proc.returncode == 0
    return Sample(elapsed if ok else None, usage.ru_maxrss / 1024, last, usage.ru_utime + usage.ru_stime if ok else None)


def cli(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "asn_event", *args]


def build(cache: Path, n: int, timeout: float) -> Path:
    """The cached database of ``n`` people (all checked in, a tenth answered the form)."""
    db = cache / f"city{n}.sqlite"
    if db.exists():
        return db
    partial = cache / f"city{n}.part.sqlite"
    for leftover in cache.glob(f"city{n}.part.sqlite*"):
        leftover.unlink()
    print(f"  building the {n:,}-person database (once) ...", flush=True)
    argv = cli(["--db", str(partial), "demo", "--participants", str(n), "--checked-in", str(n),
                "--responses", str(n // 10)])  # fmt: skip
    subprocess.run(argv, cwd=ROOT, check=True, timeout=timeout * 4, stdout=subprocess.DEVNULL)
    partial.replace(db)
    roster_csv(cache / f"roster{n}.csv", n)
    return db


def roster_csv(path: Path, n: int) -> None:
    """A roster file of ``n`` invented people (other seed than the database: all new on import)."""
    from asn_event.agencies import MOJOKERTO_AGENCIES
    from asn_event.demo import generate_people

    units = [a.short_name or a.name for a in MOJOKERTO_AGENCIES]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nama", "NIP", "Status", "Pangkat/Golongan", "Jabatan", "Unit Kerja"])
        for number, p in enumerate(generate_people(n, seed=99)):
            writer.writerow([p.name, p.nip or "", p.employment.value, p.rank, p.position, units[number % len(units)]])


def prepare(step: Step, db: Path, cache: Path, n: int, tmp: Path) -> Path:
    for old in tmp.iterdir():
        if old.is_file():
            old.unlink()
    if step.name == "import":
        shutil.copy(cache / f"roster{n}.csv", tmp / "roster.csv")
        subprocess.run(cli(["--db", str(tmp / "import.sqlite"), "demo", "--participants", "0"]), cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    if step.writes:
        copy = tmp / "copy.sqlite"
        shutil.copy(db, copy)
        return copy
    return db


def measure_step(step: Step, db: Path, cache: Path, n: int, tmp: Path, timeout: float) -> Sample:
    target = prepare(step, db, cache, n, tmp)
    args = [a.replace("{n}", str(n)) for a in step.args(target, tmp)]
    return run_rss(cli(args), timeout, tmp / "out.txt")


def measure_search(db: Path, tmp: Path, timeout: float) -> Sample:
    """Search p95 in ms over typed keystrokes (a worker process), with the honest FTS baseline's p95."""
    argv = [sys.executable, __file__, "--search-worker", str(db)]
    run = run_rss(argv, timeout, tmp / "out.txt")
    if run.seconds is None:
        return run
    result = json.loads(run.note)
    note = f"p95 {result['p95_ms']:.1f} ms, bare FTS p95 {result['bare_p95_ms']:.1f} ms"
    return Sample(result["p95_ms"] / 1000, run.rss_mb, note)


def measure_page(page: str, db: Path, tmp: Path, timeout: float) -> Sample:
    argv = [sys.executable, __file__, "--page-worker", str(db), page]
    run = run_rss(argv, timeout, tmp / "out.txt")
    if run.seconds is None:
        return run
    result = json.loads(run.note)
    note = f"loaded after {result['wall_s'] * 1000:.0f} ms wall; module import {result['import_s'] * 1000:.0f} ms apart"
    return Sample(result["gui_s"], run.rss_mb, note)


# --- workers (run in their own process) --------------------------------------------------------


def search_worker(db_path: str) -> None:
    from asn_event.db import open_database
    from asn_event.events import latest_event_id
    from benchmarks.search import percentiles, time_alternating

    db = open_database(db_path)
    event_id = latest_event_id(db)
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(3):  # the two sides alternate keystroke by keystroke
        search, baseline = time_alternating(db, event_id)
        ours += search
        bare += baseline
    print(json.dumps({"p95_ms": percentiles(ours)[1], "bare_p95_ms": percentiles(bare)[1]}))


def page_worker(db_path: str, page: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from asn_event.app import create_application, warm_up
    from asn_event.context import AppContext
    from asn_event.db import open_database
    from asn_event.events import latest_event_id
    from asn_event.ui.shell import tasks
    from asn_event.ui.shell.main_window import STAGE_CHECK_DELAY_MS, MainWindow
    from asn_event.ui.shell.pages import PAGES as PAGE_SPECS
    from asn_event.ui.shell.settings import Settings

    app = create_application(sys.argv[:1], language="id")
    db = open_database(db_path)
    folder = tempfile.mkdtemp(prefix="asn-scale-settings-")
    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db=db), settings, latest_event_id(db))
    window.resize(1366, 768)
    window.show()
    tasks.wait_idle(app)
    warm_up().join()  # as the app does after its first paint (asn_event.app.start)
    # The window's one-time start-up checks (reopening the stage display ...) run before the page.
    settle = QEventLoop()
    QTimer.singleShot(STAGE_CHECK_DELAY_MS + 100, settle.quit)
    settle.exec()
    tasks.wait_idle(app)
    # The page's modules are imported once per run (the same at any size): timed apart, not in the open.
    spec = next(p for p in PAGE_SPECS if p.key == page)
    started = time.perf_counter()
    importlib.import_module(spec.module)
    imported = time.perf_counter() - started

    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: loop.quit() if not tasks.busy() else None)
    cpu, wall = time.thread_time(), time.perf_counter()
    window.show_page(page)
    timer.start()
    loop.exec()
    timer.stop()
    app.processEvents()
    gui, elapsed = time.thread_time() - cpu, time.perf_counter() - wall
    window.close()
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"gui_s": gui, "wall_s": elapsed, "import_s": imported}))


# --- the table ---------------------------------------------------------------------------------


def exponent(small: tuple[int, float], big: tuple[int, float]) -> float:
    return math.log(big[1] / small[1]) / math.log(big[0] / small[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=1, help="rounds (each round runs every size once)")
    parser.add_argument("--steps", nargs="+", default=list(STEP_NAMES), choices=STEP_NAMES, metavar="STEP")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "asn-event-scale")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before a step is killed")
    parser.add_argument("--build-only", action="store_true", help="only build the cached databases")
    parser.add_argument("--search-worker", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--page-worker", nargs=2, metavar=("DB", "PAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.search_worker:
        return search_worker(args.search_worker)
    if args.page_worker:
        return page_worker(*args.page_worker)

    args.cache.mkdir(parents=True, exist_ok=True)
    sizes = sorted(args.sizes)
    dbs = {n: build(args.cache, n, args.timeout) for n in sizes}
    if args.build_only:
        return None
    print(f"databases cached in {args.cache}; {args.runs} round(s), sizes alternate within each round")
    with tempfile.TemporaryDirectory(prefix="asn-scale-") as scratch:
        tmp = Path(scratch)
        for name in args.steps:
            samples: dict[int, list[Sample]] = {n: [] for n in sizes}
            for _ in range(args.runs):
                for n in sizes:
                    if name == "search":
                        samples[n].append(measure_search(dbs[n], tmp, args.timeout))
                    elif name.startswith("page:"):
                        samples[n].append(measure_page(name[5:], dbs[n], tmp, args.timeout))
                    else:
                        step = next(s for s in STEPS if s.name == name)
                        samples[n].append(measure_step(step, dbs[n], args.cache, n, tmp, args.timeout))
            report(name, samples)


def report(name: str, samples: dict[int, list[Sample]]) -> None:
    """One line per step: median time (and CPU seconds), peak RSS per size, growth between the two largest."""
    medians: dict[int, float | None] = {}
    cpus: dict[int, float | None] = {}
    cells = []
    for n, runs in samples.items():
        times = [r.seconds for r in runs if r.seconds is not None]
        cpu = [r.cpu for r in runs if r.cpu is not None]
        rss = max(r.rss_mb for r in runs)
        medians[n] = statistics.median(times) if len(times) == len(runs) else None
        cpus[n] = statistics.median(cpu) if len(cpu) == len(runs) else None
        if medians[n] is None:
            shown = f"FAILED ({runs[-1].note})"
        elif cpus[n] is not None:
            shown = f"{medians[n]:.2f} s (cpu {cpus[n]:.2f} s)"
        else:
            shown = f"{medians[n]:.3f} s ({runs[-1].note})"
        cells.append(f"{n:,}: {shown} {rss:.0f} MB")
    known = [(n, t) for n, t in medians.items() if t]
    known_cpu = [(n, t) for n, t in cpus.items() if t]
    growth = f"growth {exponent(known[-2], known[-1]):.2f}" if len(known) >= 2 else "growth -"
    if len(known_cpu) >= 2:
        growth += f" (cpu {exponent(known_cpu[-2], known_cpu[-1]):.2f})"
    print(f"{name:<18} " + " | ".join(cells) + f" | {growth}", flush=True)


if __name__ == "__main__":
    main()
