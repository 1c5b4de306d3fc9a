"""How fast are the feedback summary and the .xlsx export, against a bare baseline in the same run.

Baselines: a plain loop that only sums each scale question (what any summary must at least do),
and openpyxl writing the same response grid with no styling or escaping.

    python benchmarks/feedback_summary.py [--responses 5000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook

from asn_event.db.models import QuestionKind
from asn_event.feedback import AnswerValue, ResponseRecord, default_form, summarize
from asn_event.feedback.export import response_table, write_xlsx

UNITS = [f"Unit {i}" for i in range(25)]


def make_responses(form, count: int, seed: int = 1) -> list[ResponseRecord]:
    rng = random.Random(seed)
    records = []
    for _ in range(count):
        answers = {}
        for q in form.questions():
            if q.is_scale:
                low, high = q.scale_range
                answers[q.id] = AnswerValue(number=rng.randint(low, high))
            elif q.kind == QuestionKind.LONG_TEXT and rng.random() < 0.3:
                answers[q.id] = AnswerValue(text="Saran " * rng.randint(1, 40))
        records.append(ResponseRecord(answers, unit=rng.choice(UNITS)))
    return records


def best_of(fn, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=5000)
    args = parser.parse_args()
    form = default_form().with_ids()
    records = make_responses(form, args.responses)
    scale_ids = [q.id for q in form.questions() if q.is_scale]
    by_unit = {u: 10 for u in UNITS}

    def baseline_summary() -> None:
        sums = dict.fromkeys(scale_ids, 0)
        for r in records:
            for qid in scale_ids:
                a = r.answers.get(qid)
                if a is not None:
                    sums[qid] += a.number
        _ = {qid: s / len(records) for qid, s in sums.items()}

    ours = best_of(lambda: summarize(form, records, 250 * 25, by_unit))
    base = best_of(baseline_summary)
    print(
        f"summary of {args.responses} responses: ours {ours * 1000:.1f} ms, bare loop {base * 1000:.1f} ms, "
        f"ratio {ours / base:.1f}x"
    )

    summary = summarize(form, records, 250 * 25, by_unit)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder)

        def bare_xlsx() -> None:
            headers, rows = response_table(form, records)
            wb = Workbook(write_only=True)  # the same mode the project writes in
            ws = wb.create_sheet()
            ws.append(headers)
            for row in rows:
                ws.append(row)
            wb.save(target / "bare.xlsx")

        ours = best_of(lambda: write_xlsx(target / "ours.xlsx", form, summary, records), rounds=1)
        base = best_of(bare_xlsx, rounds=1)
    print(
        f"xlsx export of {args.responses} responses: ours {ours:.2f} s, bare openpyxl {base:.2f} s, "
        f"ratio {ours / base:.2f}x"
    )


if __name__ == "__main__":
    main()
