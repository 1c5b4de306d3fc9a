"""The Flask application behind the phone form: one page, one post, a thank-you page. Nothing else.

Every form page carries a signed token (itsdangerous, shipped with Flask) holding the form id and a
fresh submission key: a post without it, with a forged one, or for another form is refused; the
same post replayed carries the same key and stores nothing twice. Bodies over
:attr:`Limits.max_body` are refused, each address has a budget of requests per minute, answers
are escaped by Jinja wherever they are shown, and every answer carries security headers.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, Response, redirect, render_template, request, url_for
from itsdangerous import BadData, URLSafeTimedSerializer
from werkzeug.exceptions import HTTPException

from asn_event.clock import Clock
from asn_event.db.engine import Database
from asn_event.db.errors import DatabaseError, NotFound
from asn_event.db.models import QuestionKind
from asn_event.events import get_event
from asn_event.feedback import responses
from asn_event.feedback.forms import FormDef, QuestionDef
from asn_event.feedback.service import load_form
from asn_event.feedback.web.words import CODE_WORDS, WORDS, language

log = logging.getLogger(__name__)

TOKEN_SALT = "asn-event-phone-form"
FORM_SECONDS = 5.0
WHO_MAX = 100  # an invitation code has at most 43 characters, an NIP with spaces 21

SECURITY_HEADERS = {
    # Only this server's own stylesheet; no scripts, no frames, posts only back here.
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True, slots=True)
class Limits:
    """What one address may send: requests and posts per minute, body size, token age."""

    requests_per_minute: int = 120
    posts_per_minute: int = 20
    max_body: int = 256 * 1024  # a full form of long answers is well below this
    token_seconds: int = 6 * 3600  # a form page left open over lunch still sends


class RateLimit:
    """At most ``per_minute`` hits per address in any 60 seconds (sliding window, in memory).

    Hand-written rather than Flask-Limiter: twenty lines against a library with its own storage
    back-ends and a dozen dependencies, for one process serving one hall.
    """

    WINDOW = 60.0
    MAX_ADDRESSES = 10_000  # memory stays bounded however many addresses knock

    def __init__(self, per_minute: int, now: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._now = now
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = self._now()
        with self._lock:
            if len(self._hits) >= self.MAX_ADDRESSES:
                self._forget_idle(now)
            hits = self._hits.setdefault(address, deque())
            while hits and now - hits[0] >= self.WINDOW:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False
            hits.append(now)
            return True

    def _forget_idle(self, now: float) -> None:
        for address in [a for a, h in self._hits.items() if not h or now - h[-1] >= self.WINDOW]:
            del self._hits[address]
        if len(self._hits) >= self.MAX_ADDRESSES:  # all busy: start afresh rather than grow
            self._hits.clear()


@dataclass(frozen=True, slots=True)
class _Field:
    """One question as the template draws it."""

    question: QuestionDef
    number: int
    name: str
    choices: tuple[tuple[str, str], ...]  # (value sent, label shown)
    multiple: bool
    text: str  # "" for choice kinds, "short" or "long" for text kinds
    max_chars: int


def _fields(form: FormDef) -> list[tuple[str, list[_Field]]]:
    from asn_event.feedback.forms import LONG_TEXT_MAX, SHORT_TEXT_MAX

    sections = []
    number = 0
    for section in form.sections:
        fields = []
        for q in section.questions:
            number += 1
            text, max_chars, choices = "", 0, ()
            if q.is_scale:
                low, high = q.scale_range
                choices = tuple((str(v), q.value_label(v)) for v in range(low, high + 1))
            elif q.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
                choices = tuple((o, o) for o in q.options)
            elif q.kind == QuestionKind.SHORT_TEXT:
                text, max_chars = "short", SHORT_TEXT_MAX
            else:
                text, max_chars = "long", LONG_TEXT_MAX
            fields.append(
                _Field(q, number, f"q{q.id}", choices, q.kind == QuestionKind.MULTIPLE, text, max_chars)
            )
        sections.append((section.title, fields))
    return sections


def create_app(
    db: Database, clock: Clock, form_id: int, limits: Limits | None = None, *, secret: bytes | None = None
) -> Flask:
    """The phone form of ``form_id``; ``secret`` signs the form tokens (fresh per server by default)."""
    limits = limits or Limits()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secret or secrets.token_bytes(32),
        MAX_CONTENT_LENGTH=limits.max_body,
        MAX_FORM_MEMORY_SIZE=limits.max_body,
        MAX_FORM_PARTS=200,
        TEMPLATES_AUTO_RELOAD=False,
    )
    signer = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt=TOKEN_SALT)
    requests_limit = RateLimit(limits.requests_per_minute)
    posts_limit = RateLimit(limits.posts_per_minute)
    event_title = ""
    form = load_form(db, form_id)
    if form.event_id is not None:
        event_title = get_event(db, form.event_id).title

    def lang() -> str:
        return language(request.values.get("lang"))

    def words() -> dict[str, str]:
        return WORDS[lang()]

    def problem(key: str, status: int) -> Response:
        body = render_template("problem.html", w=words(), lang=lang(), message=words()[key])
        return Response(body, status=status, mimetype="text/html")

    @app.before_request
    def _limit() -> Response | None:
        if request.endpoint == "static":
            return None
        address = request.remote_addr or "?"
        if not requests_limit.allow(address) or (request.method == "POST" and not posts_limit.allow(address)):
            response = problem("too_many", 429)
            response.headers["Retry-After"] = "60"
            return response
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def page(
        current: FormDef,
        token: str,
        *,
        values: dict[str, object] | None = None,
        problems: dict[str, str] | None = None,
        who: str = "",
        who_problem: str = "",
        notice: str = "",
        status: int = 200,
    ) -> Response:
        body = render_template(
            "form.html",
            w=words(),
            lang=lang(),
            other_lang="en" if lang() == "id" else "id",
            form=current,
            event_title=event_title,
            sections=_fields(current),
            token=token,
            values=values or {},
            problems=problems or {},
            who=who,
            who_problem=who_problem,
            notice=notice,
        )
        return Response(body, status=status, mimetype="text/html")

    cached: list[tuple[float, FormDef]] = []
    # One phone stores at a time: the server's threads queue here instead of in SQLite's busy
    # handler, which sleeps in steps of up to 100 ms; a desk writing meanwhile waits for one phone.
    one_writer = threading.Lock()

    def current_form() -> FormDef:
        """The form as stored, read again at most every FORM_SECONDS: 200 phones, one read."""
        now = time.monotonic()
        if not cached or now - cached[0][0] > FORM_SECONDS:
            cached[:] = [(now, load_form(db, form_id))]
        return cached[0][1]

    @app.get("/")
    def show_form() -> Response:
        current = current_form()
        token = signer.dumps({"f": form_id, "k": responses.new_submission_key()})
        return page(current, token)

    def token_data() -> dict[str, object] | None:
        """The signed token's contents, or None when it is missing, forged, too old or for another form."""
        try:
            data = signer.loads(request.form.get("t", ""), max_age=limits.token_seconds)
        except BadData:
            return None
        if not isinstance(data, dict) or data.get("f") != form_id or not isinstance(data.get("k"), str):
            return None
        return data

    @app.post("/")
    def send_form() -> Response:
        current = current_form()  # only for reading the fields; submit checks against the stored form
        raw: dict[int, object] = {}
        values: dict[str, object] = {}
        for q in current.questions():
            name = f"q{q.id}"
            if q.kind == QuestionKind.MULTIPLE:
                raw[q.id] = values[name] = request.form.getlist(name)  # type: ignore[index]
            else:
                raw[q.id] = values[name] = request.form.get(name)  # type: ignore[index]
        who = request.form.get("who", "").strip()[:WHO_MAX]
        data = token_data()
        if data is None:
            # Nothing stored. The page comes back with what was typed and a fresh token, so a
            # phone whose page outlived a server restart loses nothing; a post forged on another
            # site stores nothing either, since only the person's own second press sends it.
            fresh = signer.dumps({"f": form_id, "k": responses.new_submission_key()})
            return page(current, fresh, values=values, who=who, notice=words()["expired"], status=400)
        code_words = CODE_WORDS[lang()]
        who_problem = ""
        with one_writer:
            result = responses.submit(
                db, clock, form_id, raw, str(data["k"]), code=who or None, source=responses.Channel.PHONE.value
            )
        if result.status in (responses.SubmitStatus.SAVED, responses.SubmitStatus.REPEATED):
            return redirect(url_for("thanks", lang=lang()), code=303)  # type: ignore[return-value]
        if who and result.status == responses.SubmitStatus.INVALID:
            # Answers to fix: say now, too, whether the code or NIP is right, so one resend does.
            check = responses.check_start(db, form_id, who)
            if check.status != responses.CodeStatus.READY:
                who_problem = code_words[check.status]
        problems = {f"q{p.question_id}": p.message for p in result.problems}
        if result.status == responses.SubmitStatus.ALREADY:
            who_problem = code_words[responses.CodeStatus.ALREADY]
        elif result.status == responses.SubmitStatus.BAD_CODE and result.code_status is not None:
            who_problem = code_words[result.code_status]
        return page(current, request.form["t"], values=values, problems=problems, who=who, who_problem=who_problem,
                    status=422)  # fmt: skip

    @app.get("/terima-kasih")
    def thanks() -> Response:
        body = render_template("thanks.html", w=words(), lang=lang(), event_title=event_title)
        return Response(body, mimetype="text/html")

    @app.errorhandler(413)
    def _too_large(_error: HTTPException) -> Response:
        return problem("too_large", 413)

    @app.errorhandler(404)
    @app.errorhandler(405)
    def _not_found(_error: HTTPException) -> Response:
        return problem("not_found", 404)

    @app.errorhandler(NotFound)
    def _no_form(_error: NotFound) -> Response:
        return problem("no_form", 404)

    @app.errorhandler(DatabaseError)
    def _busy(error: DatabaseError) -> Response:
        log.warning("phone form: %s", error)
        return problem("busy", 503)

    @app.errorhandler(Exception)
    def _failed(error: Exception) -> Response:
        if isinstance(error, HTTPException):
            return problem("failed", error.code or 500)
        log.exception("phone form failed")
        return problem("failed", 500)

    return app
