"""Issue #11: a property test of the whole command line, run in-process with generated arguments,
paths and file contents for every command (``screenshot`` at small sizes, so it stays quick).

Whatever is given: the exit code is 0, 1 or 2; stderr never holds a traceback nor the
"unexpected error" sentence, and is one line when the command did not succeed; a command that
failed leaves the database file exactly as it was (except checkin's append-only scan log); no
file is written in the working folder except the outputs the command was given."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asn_event.cli import main

EVENT_IDS = st.sampled_from(["1", "2", "0", "-3", "99999999999999999999", "x", "", "١"])
ODD_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
NAMES = st.sampled_from(
    ["out.pdf", "out.xlsx", "out.csv", "out.png", "key.pem", "folder", "acara.sqlite", "acara.sqlite-wal",
     "acara.sqlite-shm", "acara.2025-11-17-083000.before-0002.sqlite", "existing.pdf", "existing.csv", "",
     "missing/out.pdf", "sub", "sub/out.pdf", ".", "..", "out"]
) | ODD_TEXT.map(lambda t: t.replace("/", "_") + ".pdf")  # fmt: skip
FILE_CONTENT = st.one_of(
    st.binary(max_size=300),
    st.lists(st.tuples(ODD_TEXT, st.sampled_from(["", "198504122010012003", "1.98E+17", "BKPSDM", "x"])), max_size=6).map(
        lambda rows: ("Nama,NIP\n" + "".join(f'"{a.replace(chr(34), "")}",{b}\n' for a, b in rows)).encode("utf-8", "replace")
    ),
    st.sampled_from([b"", b"\xff\xfeN\x00", b"PK\x03\x04garbage", b"%PDF-1.7", b"sep=;\n", b"Nama\n" + b"A" * 140_000]),
)  # fmt: skip
FLAGS = st.lists(st.sampled_from(["--json", "--force", "--dry-run", "--create-units", "--all-registered"]), max_size=2)


@st.composite
def command(draw: st.DrawFn) -> tuple[list[str], list[str], bytes]:
    """(arguments, the output names it was given, the content of the input file 'input')."""
    kind = draw(st.sampled_from(
        ["events", "import", "invitations", "checkin", "feedback", "certificates", "key", "verify", "report", "backup", "demo",
         "screenshot", "bogus"]
    ))  # fmt: skip
    event = ["--event", draw(EVENT_IDS)] if draw(st.booleans()) or kind != "report" else []
    out = draw(NAMES)
    content = draw(FILE_CONTENT)
    flags = draw(FLAGS)
    if kind == "events":
        return ["events", *flags[:1]], [], content
    if kind == "import":
        return ["import", draw(st.sampled_from(["input", "input.xlsx", "nope.csv", "folder", ""])), *event, *flags], [], content
    if kind == "invitations":
        return ["invitations", *event, "--out", out, *flags], [out], content
    if kind == "checkin":
        codes = draw(st.lists(ODD_TEXT | st.sampled_from(["SA1:1:1:X", "{code}"]), min_size=1, max_size=3))
        dashes = ["--"] if draw(st.booleans()) else []
        return ["checkin", *event, *dashes, *codes], [], content
    if kind == "feedback":
        return ["feedback", "export", *event, "--out", out, *flags], [out], content
    if kind == "certificates":
        per_person = ["--per-person", draw(NAMES)] if draw(st.booleans()) else []
        return ["certificates", *event, "--out", out, *per_person, *flags], [out, *per_person[1:]], content
    if kind == "key":
        return ["certificates", "--export-key", out, *flags], [out], content
    if kind == "verify":
        key = ["--key", draw(st.sampled_from(["input", "key.pem", "nope.pem", "folder"]))] if draw(st.booleans()) else []
        return ["verify", draw(ODD_TEXT | st.just("{certificate}")), *key, *flags[:1]], [], content
    if kind == "report":
        which = draw(st.sampled_from(["attendance", "event", "jp", "attendance-xlsx", "x"]))
        year = ["--year", draw(st.sampled_from(["2025", "25", "99999999999999999999999", "x"]))] if draw(st.booleans()) else []
        return ["report", which, *event, "--out", out, *year, *flags], [out], content
    if kind == "backup":
        return ["backup", "--out", out], [out], content
    if kind == "screenshot":
        page = draw(st.sampled_from(["acara", "stage", "checkin-desk", "zzz", ""]))
        size = draw(st.sampled_from(["320x200", "99999x99999", "0x0", "x", "١٣٦٦x768"]))
        state = ["--state", draw(st.sampled_from(["overtime", "accepted", "zzz", ""]))] if draw(st.booleans()) else []
        return ["screenshot", page, "--size", size, *state, *event, "--out", out, *flags[:1]], [out], content
    if kind == "demo":
        return ["demo", "--participants", draw(st.sampled_from(["0", "2", "-1", "x", "99999999"]))], [], content
    return [draw(ODD_TEXT), *flags], [], content


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-template")
    db = folder / "acara.sqlite"
    assert main(["demo", "--participants", "8", "--db", str(db)]) == 0
    return db


def _run(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(args)
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 2
    return code, err.getvalue()


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=command())
def test_any_command_line_keeps_the_contract(template: Path, case: tuple[list[str], list[str], bytes]) -> None:
    args, outputs, content = case
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        db = work / "acara.sqlite"
        shutil.copy(template, db)
        shutil.copy(template, work / "acara.2025-11-17-083000.before-0002.sqlite")
        (work / "folder").mkdir()
        (work / "sub").mkdir()
        (work / "existing.pdf").write_bytes(b"%PDF punya saya")
        (work / "existing.csv").write_text("punya saya")
        (work / "input").write_bytes(content)
        args = [a.replace("{code}", "SA1:1:1:AAAA").replace("{certificate}", "SASN1|ABCDEF12|1|A|E|2025-01-01|2|" + "A" * 86) for a in args]
        before = _snapshot(work)
        cwd = os.getcwd()
        os.chdir(work)
        try:
            code, err = _run([*args, "--db", str(db)])
        finally:
            os.chdir(cwd)
        assert code in (0, 1, 2), (args, code, err)
        assert "Traceback" not in err and "tidak terduga" not in err, (args, err)
        if code != 0:
            assert len(err.strip().splitlines()) == 1, (args, err)
        after = _snapshot(work)
        allowed = {"acara.sqlite", "acara.sqlite-wal", "acara.sqlite-shm", "acara.sqlite-journal"}
        for out in outputs:
            allowed.add(os.path.normpath(out))
        changed = {p for p in set(before) | set(after) if before.get(p) != after.get(p)}
        stray = {p for p in changed if p not in allowed and not any(p.startswith(o + os.sep) for o in allowed)}
        assert not stray, (args, code, err, stray)
        if code != 0 and args[0] != "checkin":  # checkin keeps every refused scan in its audit log
            assert after["acara.sqlite"] == before["acara.sqlite"], (args, code, err)
