"""200 phones send the feedback form within a minute while a second desk checks people in.

    python benchmarks/phone_feedback.py [--phones 200] [--seconds 60] [--rounds 2]

The phone form runs in this process (waitress, four threads, its own sessions), as in the app; the
check-in desk is a separate process on the same SQLite file, scanning one code every 200 ms. The
phones are simulated from loopback (one thread per phone in flight): each loads the form, sends it
with its own invitation code, and one in ten double-taps Send (the same post twice). All phones
share the address 127.0.0.1, so the per-address limit is raised for the run; a real hall has one
address per phone.

Rounds alternate, ``--rounds`` times: the desk alone, the desk while phones post to the form, and
the desk while the same number of phones post to a bare Flask app on waitress that stores nothing
(the baseline). Printed: phone p95 (page, send) against the bare baseline with the ratio, desk scan
p95 alone and with phones with the ratio, and the check that every phone response is stored once.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests
from flask import Flask, redirect
from sqlalchemy import func, select

from asn_event import tokens
from asn_event.clock import SystemClock
from asn_event.db import open_database
from asn_event.db.models import Event, Registration, Response
from asn_event.demo import create_demo
from asn_event.feedback.service import active_form
from asn_event.feedback.web.app import Limits
from asn_event.feedback.web.server import BackgroundServer, FeedbackServer

SCAN_EVERY = 0.2
FLOOD_LIMITS = Limits(requests_per_minute=100_000, posts_per_minute=100_000)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else float("nan")


def ms(values: list[float]) -> str:
    return f"p50 {percentile(values, 50) * 1000:7.1f} ms   p95 {percentile(values, 95) * 1000:7.1f} ms"


def desk_worker(db_path: str, event_id: int, codes_file: str, seconds: float) -> None:
    """Run in a separate process: scan the codes one every SCAN_EVERY seconds, print latencies as JSON."""
    from asn_event.checkin.service import CheckinDesk

    db = open_database(db_path, create=False)
    desk = CheckinDesk(db, SystemClock(), event_id, desk="Meja 2")
    codes = Path(codes_file).read_text().split()
    latencies, refused = [], 0
    start = time.perf_counter()
    for index, code in enumerate(codes):
        wait = start + index * SCAN_EVERY - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        if time.perf_counter() - start > seconds:
            break
        began = time.perf_counter()
        result = desk.scan(code)
        latencies.append(time.perf_counter() - began)
        refused += result.status.value != "accepted"
    db.dispose()
    print(json.dumps({"latencies": latencies, "refused": refused}))


def bare_app(page: str) -> Flask:
    """The baseline: the same page bytes and a redirect, nothing checked, nothing stored."""
    app = Flask("bare")

    @app.get("/")
    def show() -> str:
        return page

    @app.post("/")
    def send():  # type: ignore[no-untyped-def]
        return redirect("/terima-kasih", code=303)

    return app


def phone(url: str, code: str, answers: dict[str, str], double_tap: bool) -> tuple[float, float]:
    with requests.Session() as session:
        began = time.perf_counter()
        page = session.get(url, timeout=30)
        loaded = time.perf_counter() - began
        match = re.search(r'name="t" value="([^"]+)"', page.text)
        token = match.group(1) if match else ""
        data = {"t": token, "who": code, **answers}
        began = time.perf_counter()
        sent = session.post(url, data=data, timeout=30, allow_redirects=False)
        posted = time.perf_counter() - began
        if sent.status_code != 303:
            raise RuntimeError(f"phone {code}: {sent.status_code}")
        if double_tap:
            session.post(url, data=data, timeout=30, allow_redirects=False)
    return loaded, posted


def run_phones(url: str, codes: list[str], answers: dict[str, str], seconds: float) -> tuple[list[float], list[float]]:
    loads: list[float] = []
    posts: list[float] = []
    lock = threading.Lock()
    start = time.perf_counter()

    def one(index: int, code: str) -> None:
        wait = start + index * seconds / len(codes) - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        loaded, posted = phone(url, code, answers, double_tap=index % 10 == 0)
        with lock:
            loads.append(loaded)
            posts.append(posted)

    with ThreadPoolExecutor(max_workers=32) as pool:
        for future in [pool.submit(one, i, code) for i, code in enumerate(codes)]:
            future.result()
    return loads, posts


def start_desk(db_path: Path, event_id: int, codes: list[str], seconds: float, tmp: Path) -> subprocess.Popen[str]:
    codes_file = tmp / f"desk-{time.monotonic_ns()}.txt"
    codes_file.write_text("\n".join(codes))
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from benchmarks.phone_feedback import desk_worker; "
        "desk_worker(sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5]))"
    )
    root = str(Path(__file__).resolve().parent.parent)
    return subprocess.Popen(
        [sys.executable, "-c", script, root, str(db_path), str(event_id), str(codes_file), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0, help="the phones of all rounds send within this")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    per_round = args.phones // args.rounds
    round_seconds = args.seconds / args.rounds
    scans_per_round = int(round_seconds / SCAN_EVERY) + 1
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db_path = tmp / "bench.sqlite"
        db = open_database(db_path)
        clock = SystemClock()
        participants = args.phones + scans_per_round * 3 * args.rounds + 10
        event_id = create_demo(db, clock, participants=participants)
        form = active_form(db, event_id)
        assert form is not None and form.id is not None
        with db.sessions() as session:
            secret = session.get(Event, event_id).secret
            ids = list(session.scalars(select(Registration.id).where(Registration.event_id == event_id).order_by(Registration.id)))
        codes = [tokens.make_code(secret, event_id, i) for i in ids]
        phone_codes, desk_codes = codes[: args.phones], codes[args.phones :]
        answers = {f"q{q.id}": str(q.scale_range[1]) for q in form.questions() if q.is_scale}
        print(f"{participants} registrations; {args.phones} phones in {args.rounds} rounds of {round_seconds:.0f} s; "
              f"desk scans every {SCAN_EVERY * 1000:.0f} ms in a separate process")  # fmt: skip

        server = FeedbackServer(db, clock, form.id, "127.0.0.1", 0, FLOOD_LIMITS).start()
        page = requests.get(server.url, timeout=10).text
        bare = BackgroundServer(bare_app(page), "127.0.0.1", 0, 1 << 20).start()
        desk: dict[str, list[float]] = {"alone": [], "phones": [], "bare": []}
        phones: dict[str, tuple[list[float], list[float]]] = {"phones": ([], []), "bare": ([], [])}
        refused = 0
        try:
            for number in range(args.rounds):
                for kind in ("alone", "phones", "bare"):
                    scan_codes, desk_codes = desk_codes[:scans_per_round], desk_codes[scans_per_round:]
                    worker = start_desk(db_path, event_id, scan_codes, round_seconds, tmp)
                    time.sleep(0.5)  # the worker's start-up is not a scan
                    round_codes = phone_codes[number * per_round : (number + 1) * per_round]
                    if kind == "alone":
                        time.sleep(round_seconds)
                    else:
                        url = server.url if kind == "phones" else bare.url
                        loads, posts = run_phones(url, round_codes, answers, round_seconds)
                        phones[kind][0].extend(loads)
                        phones[kind][1].extend(posts)
                    out, _ = worker.communicate(timeout=round_seconds * 3 + 60)
                    result = json.loads(out)
                    desk[kind].extend(result["latencies"])
                    refused += result["refused"]
                    print(f"round {number + 1} {kind:6}: desk {ms(result['latencies'])}", flush=True)
        finally:
            server.stop()
            bare.stop()

        with db.sessions() as session:
            stored = session.scalar(select(func.count(Response.id)).where(Response.source == "phone")) or 0
            people = session.scalar(select(func.count(func.distinct(Response.registration_id)))) or 0
        db.dispose()

    (form_loads, form_posts), (bare_loads, bare_posts) = phones["phones"], phones["bare"]
    print()
    print(f"phone page   form {ms(form_loads)}   bare {ms(bare_loads)}   "
          f"ratio p95 {percentile(form_loads, 95) / percentile(bare_loads, 95):5.2f}")  # fmt: skip
    print(f"phone send   form {ms(form_posts)}   bare {ms(bare_posts)}   "
          f"ratio p95 {percentile(form_posts, 95) / percentile(bare_posts, 95):5.2f}")  # fmt: skip
    print(f"desk scan    alone {ms(desk['alone'])}   with phones {ms(desk['phones'])}   "
          f"ratio p95 {percentile(desk['phones'], 95) / percentile(desk['alone'], 95):5.2f}")  # fmt: skip
    sent = len(form_posts)
    print(f"stored: {stored} phone responses from {sent} phones ({sent // 10 + (sent % 10 > 0)} double-tapped), "
          f"{people} people; desk refusals {refused}")  # fmt: skip
    if stored != sent or people != sent or refused:
        raise SystemExit("FAILED: a response was lost or stored twice, or the desk refused a valid code")


if __name__ == "__main__":
    main()
