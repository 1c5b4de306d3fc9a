"""The phone form served for real on 127.0.0.1 and talked to with a real HTTP client (requests).

Every bad input of issue #14 is sent as a phone (or an attacker on the venue Wi-Fi) would send it:
refused or stored once, never a crash, never half a response, and the server keeps serving.
"""

from __future__ import annotations

import re
import socket

import pytest
import requests
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import func, select

from asn_event import tokens
from asn_event.checkin.service import CheckinDesk
from asn_event.db.models import Answer, Event, Person, QuestionKind, Registration, Response
from asn_event.feedback import responses as fb
from asn_event.feedback import service
from asn_event.feedback.web.app import TOKEN_SALT, Limits
from asn_event.feedback.web.server import FeedbackServer, ServerStartFailed
from asn_event.words import error_text


@pytest.fixture
def form(demo):
    return service.active_form(demo.db, demo.event_id)


@pytest.fixture
def server(demo, clock, form):
    with FeedbackServer(demo.db, clock, form.id, "127.0.0.1", 0) as running:
        yield running


def token_of(page: str) -> str:
    match = re.search(r'name="t" value="([^"]+)"', page)
    assert match, "the form page carries a token"
    return match.group(1)


def answers(form, **overrides) -> dict[str, object]:
    data: dict[str, object] = {}
    for q in form.questions():
        if q.is_scale:
            data[f"q{q.id}"] = str(q.scale_range[1] - 1)
    data.update(overrides)
    return data


def fresh_post(server, form, **fields):
    page = requests.get(server.url, timeout=10)
    return requests.post(
        server.url, data={"t": token_of(page.text), **answers(form), **fields}, timeout=10, allow_redirects=False
    )


def stored(db, model=Response) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(model.id))) or 0


def person(db, event_id: int, index: int = 0) -> tuple[int, str, str | None]:
    """(registration id, invitation code, NIP) of the event's index-th person."""
    with db.sessions() as session:
        event = session.get(Event, event_id)
        reg_id, nip = session.execute(
            select(Registration.id, Person.nip)
            .join(Person, Registration.person_id == Person.id)
            .where(Registration.event_id == event_id, Person.nip.is_not(None))
            .order_by(Registration.id)
            .offset(index)
            .limit(1)
        ).one()
        return reg_id, tokens.make_code(event.secret, event_id, reg_id), nip


def test_the_form_renders_with_every_question_and_security_headers(server, form):
    page = requests.get(server.url, timeout=10)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    for q in form.questions():
        assert f'name="q{q.id}"' in page.text
    assert "Kirim jawaban" in page.text and 'lang="id"' in page.text
    assert "Nilai Dasar ASN Ber-AKHLAK" in page.text  # section titles, as on the kiosk
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script" not in page.text and "http" not in page.text.split("<main>")[1]  # nothing from outside
    css = requests.get(server.url + "static/phone.css", timeout=10)
    assert css.status_code == 200 and "#1F4E79" in css.text
    english = requests.get(server.url, params={"lang": "en"}, timeout=10)
    assert "Send answers" in english.text and 'lang="en"' in english.text


def test_a_valid_post_stores_one_phone_response_and_thanks(server, demo, form):
    reply = fresh_post(server, form)
    assert reply.status_code == 303 and "/terima-kasih" in reply.headers["Location"]
    thanks = requests.get(server.url + "terima-kasih", timeout=10)
    assert "Terima kasih" in thanks.text
    (record,) = fb.response_records(demo.db, form.id)
    assert record.source == "phone"
    assert len(record.answers) == sum(q.is_scale for q in form.questions())


def test_only_the_form_is_served(server, demo):
    for path in ("admin", "hasil", "results", "peserta", "static/../asn_event.sqlite", "terima-kasih/x"):
        reply = requests.get(server.url + path, timeout=10)
        assert reply.status_code == 404, path
        assert "Traceback" not in reply.text
    assert requests.delete(server.url, timeout=10).status_code == 404


def test_missing_forged_and_foreign_tokens_are_refused(server, demo, form):
    data = answers(form)
    reply = requests.post(server.url, data=data, timeout=10)
    assert reply.status_code == 400 and "belum ada yang tersimpan" in reply.text
    # the page comes back with the answers kept and a fresh token: pressing Send again stores them
    first = form.questions()[0]
    assert f'name="q{first.id}" value="{data[f"q{first.id}"]}" checked' in reply.text
    resent = requests.post(server.url, data={**data, "t": token_of(reply.text)}, timeout=10, allow_redirects=False)
    assert resent.status_code == 303 and stored(demo.db) == 1
    forged = URLSafeTimedSerializer(b"not the server's key", salt=TOKEN_SALT).dumps({"f": form.id, "k": "a" * 32})
    reply = requests.post(server.url, data={**data, "t": forged}, timeout=10)
    assert reply.status_code == 400 and "kedaluwarsa atau tidak sah" in reply.text
    own = server.app.config["SECRET_KEY"]
    other_form = URLSafeTimedSerializer(own, salt=TOKEN_SALT).dumps({"f": form.id + 99, "k": "b" * 32})
    assert requests.post(server.url, data={**data, "t": other_form}, timeout=10).status_code == 400
    assert stored(demo.db) == 1  # only the person's own resend


def test_a_replayed_post_is_stored_once(server, demo, form):
    token = token_of(requests.get(server.url, timeout=10).text)
    replies = [
        requests.post(server.url, data={"t": token, **answers(form)}, timeout=10, allow_redirects=False)
        for _ in range(3)
    ]
    assert [r.status_code for r in replies] == [303, 303, 303]
    assert stored(demo.db) == 1


def test_a_ten_megabyte_body_is_refused_and_the_server_keeps_serving(server, demo, form):
    token = token_of(requests.get(server.url, timeout=10).text)
    suggestion = next(q for q in form.questions() if q.kind == QuestionKind.LONG_TEXT)
    data = {"t": token, **answers(form), f"q{suggestion.id}": "x" * 10_000_000}
    reply = requests.post(server.url, data=data, timeout=30)
    assert reply.status_code == 413
    assert stored(demo.db) == 0 and stored(demo.db, Answer) == 0
    assert fresh_post(server, form).status_code == 303


def test_a_thousand_posts_a_minute_from_one_address_are_cut_off_after_its_budget(server, demo, form):
    token = token_of(requests.get(server.url, timeout=10).text)
    budget = Limits().posts_per_minute
    with requests.Session() as phone:
        replies = [
            phone.post(server.url, data={"t": token, **answers(form)}, timeout=10, allow_redirects=False)
            for _ in range(1000)
        ]
    codes = [r.status_code for r in replies]
    assert codes[:budget] == [303] * budget
    assert set(codes[budget:]) == {429}
    assert replies[-1].headers["Retry-After"] == "60" and "Tunggu satu menit" in replies[-1].text
    assert stored(demo.db) == 1
    # another address (another phone) is not held up by this one: its budget is its own
    assert server.app.test_client().get("/", environ_base={"REMOTE_ADDR": "10.0.0.7"}).status_code == 200


def test_html_and_script_in_answers_are_stored_as_text_and_shown_escaped(server, demo, form):
    short = next(q for q in form.questions() if q.kind in (QuestionKind.LONG_TEXT, QuestionKind.SHORT_TEXT))
    first_scale = next(q for q in form.questions() if q.is_scale and q.required)
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    # a required answer left out: the page comes back with the typed text kept, escaped
    reply = fresh_post(server, form, **{f"q{short.id}": attack, f"q{first_scale.id}": ""})
    assert reply.status_code == 422
    assert "<script>alert" not in reply.text and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in reply.text
    assert "Mohon beri penilaian untuk nilai Berorientasi Pelayanan." in reply.text
    assert stored(demo.db) == 0
    assert fresh_post(server, form, **{f"q{short.id}": attack}).status_code == 303
    (record,) = fb.response_records(demo.db, form.id)
    assert record.answers[short.id].text == attack


def test_wrong_invitation_codes_are_refused_with_words(server, demo, form):
    _reg_id, code, _nip = person(demo.db, demo.event_id)
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    for typed, words in (
        (forged, "tidak sah"),
        ("Budi Santoso", "bukan kode undangan atau NIP"),
        ("199001012020121001", "NIP ini tidak terdaftar"),
    ):
        reply = fresh_post(server, form, who=typed)
        assert reply.status_code == 422 and words in reply.text, typed
    assert stored(demo.db) == 0


def test_a_code_or_nip_counts_for_the_person_once_across_kiosk_and_phone(server, demo, clock, form):
    reg_id, code, nip = person(demo.db, demo.event_id, 0)
    other_id, _other_code, other_nip = person(demo.db, demo.event_id, 1)
    # the kiosk first, then the same person on a phone, by code and by NIP: stored once
    kiosk = fb.submit(demo.db, clock, form.id, {int(k[1:]): v for k, v in answers(form).items()},
                      fb.new_submission_key(), code=code)  # fmt: skip
    assert kiosk.status == fb.SubmitStatus.SAVED
    for typed in (code.lower(), nip):
        reply = fresh_post(server, form, who=typed)
        assert reply.status_code == 422 and "sudah mengisi formulir ini" in reply.text
    # another person by NIP typed with spaces: stored and counted for the certificate
    spaced = f"{other_nip[:8]} {other_nip[8:14]} {other_nip[14]} {other_nip[15:]}"
    assert fresh_post(server, form, who=spaced).status_code == 303
    with demo.db.sessions() as session:
        assert session.get(Registration, other_id).feedback_done_at is not None
        sources = dict(session.execute(select(Response.registration_id, Response.source)).all())
    assert sources == {reg_id: "kiosk", other_id: "phone"}
    # and the other way round: answered on the phone, the kiosk says so at the scan
    other_code = tokens.make_code(*_secret_and_event(demo), other_id)
    assert fb.check_start(demo.db, form.id, other_code).status == fb.CodeStatus.ALREADY


def _secret_and_event(demo) -> tuple[bytes, int]:
    with demo.db.sessions() as session:
        return session.get(Event, demo.event_id).secret, demo.event_id


def test_the_desk_keeps_checking_in_while_phones_post(server, demo, clock, form):
    desk = CheckinDesk(demo.db, clock, demo.event_id)
    for index in range(5):
        _reg, code, _nip = person(demo.db, demo.event_id, 10 + index)
        assert fresh_post(server, form).status_code == 303
        assert desk.scan(code).status.value == "accepted"
    assert stored(demo.db) == 5


def test_the_server_stops_cleanly_and_frees_its_port(demo, clock, form):
    server = FeedbackServer(demo.db, clock, form.id, "127.0.0.1", 0).start()
    port = server.port
    assert requests.get(server.url, timeout=10).status_code == 200
    server.stop()
    assert not server.running
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url, timeout=5)
    server.stop()  # twice is harmless
    with socket.socket() as probe:  # the port is free for the next start
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


def test_an_address_in_use_or_not_an_address_is_a_plain_message(server, demo, clock, form):
    with pytest.raises(ServerStartFailed) as caught:
        FeedbackServer(demo.db, clock, form.id, "127.0.0.1", server.port)
    assert "Pilih port lain" in error_text(caught.value)
    with pytest.raises(ServerStartFailed) as caught:
        FeedbackServer(demo.db, clock, form.id, "semua", 8765)
    assert "bukan alamat IP" in error_text(caught.value)


def test_a_form_deleted_while_serving_is_a_plain_page_not_a_crash(demo, clock):
    form = service.create_default_form(demo.db, clock, demo.event_id)
    with FeedbackServer(demo.db, clock, form.id, "127.0.0.1", 0) as server:
        page = requests.get(server.url, timeout=10)
        service.delete_form(demo.db, form.id)
        reply = requests.post(server.url, data={"t": token_of(page.text), **answers(form)}, timeout=10)
        assert reply.status_code == 404 and "Formulir umpan balik tidak ditemukan" in reply.text
        assert "Traceback" not in reply.text
    assert stored(demo.db) == 0


def test_markup_sent_from_a_phone_is_printed_as_text_in_the_event_report(server, demo, clock, form, tmp_path):
    from pypdf import PdfReader

    from asn_event.reports import files

    suggestion = next(q for q in form.questions() if q.kind == QuestionKind.LONG_TEXT)
    attack = "<b>Tebal</b> <font color='red'>merah</font> & <script>x()</script>"
    assert fresh_post(server, form, **{f"q{suggestion.id}": attack}).status_code == 303
    files.save_event_report_pdf(demo.db, clock, demo.event_id, tmp_path / "laporan.pdf")
    printed = " ".join(page.extract_text() for page in PdfReader(tmp_path / "laporan.pdf").pages)
    assert "<b>Tebal</b>" in printed and "<script>x()</script>" in printed
