"""The command line: the same services as the GUI, without Qt.

Each subcommand lives in its own module under ``asn_event.cli`` with a ``register(subparsers)``
function that adds its parser and sets ``handler``. Exit codes: 0 done, 1 the work was refused
(bad data), 2 usage error or unreadable input. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from asn_event import __version__
from asn_event.cli.common import EXIT_REFUSED, EXIT_USAGE, CliError, add_db_option, say_error
from asn_event.domain.errors import DomainError as DatabaseError
from asn_event.domain.errors import NotFound, Refused
from asn_event.safe_output import OutputRefused, protect

# Subcommand modules are imported only when a subcommand is given: keep their own heavy imports
# (reportlab, openpyxl ...) inside their functions anyway, since `asn-event --help` imports them all.

# One line per subcommand module; each module registers its own parser.
COMMAND_MODULES: tuple[str, ...] = (
    "asn_event.cli.demo",
    "asn_event.cli.events",
    "asn_event.cli.screenshot",
    "asn_event.cli.backup",
    "asn_event.cli.restore",
    "asn_event.cli.merge",
    "asn_event.cli.purge",
    "asn_event.cli.office_key",
    "asn_event.cli.feedback",
    "asn_event.cli.serve_feedback",
    "asn_event.cli.certificates",
    "asn_event.cli.verify",
    "asn_event.cli.report",
    "asn_event.cli.invitations",
    "asn_event.cli.checkin",
    "asn_event.cli.import_roster",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, like every other error: what is wrong and where the usage is.
        message = " ".join(message.split())
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (lihat '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="asn-event",
        description="Sinar ASN Event Desk: check-in, timer panggung, umpan balik, sertifikat dan laporan.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="uji mandiri di folder sementara (data pengguna tidak disentuh); keluar 0 bila semua lulus",
    )
    add_db_option(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _gui_db(args_list: list[str]) -> tuple[bool, str | None]:
    """Whether the arguments only start the GUI (no subcommand), and the ``--db`` they give.

    The GUI path skips building the full parser, so no subcommand module is imported before the
    first paint."""
    if not args_list:
        return True, None
    if len(args_list) == 2 and args_list[0] == "--db":
        return True, args_list[1]
    if len(args_list) == 1 and args_list[0].startswith("--db="):
        return True, args_list[0].removeprefix("--db=")
    return False, None


def _protect_database(db: str | None) -> None:
    """Outputs are checked before the database is opened: name it protected from the start."""
    from asn_event.paths import default_db_path

    if db is None:
        protect(default_db_path())
    elif "://" not in db and db.strip() and "\x00" not in db:
        protect(os.path.expanduser(db))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    gui, db = _gui_db(args_list)
    if gui:
        from asn_event.app import run_gui

        return run_gui(db)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.self_test:
        if args.command is not None or args.db is not None:
            parser.error("--self-test berjalan sendiri, tanpa --db atau perintah lain")
        from asn_event.app import run_self_test

        return run_self_test()
    if args.command is None:
        from asn_event.app import run_gui

        return run_gui(args.db)
    _protect_database(args.db)
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        say_error(exc)
        return exc.exit_code
    except OutputRefused as exc:
        say_error(exc)
        return EXIT_USAGE
    except NotFound as exc:
        say_error(exc)
        return EXIT_USAGE
    except DatabaseError as exc:
        say_error(exc)
        # a rule's refusal that is also a ValueError (a PIN, an agenda, a number pattern, nobody to print) keeps exit 1
        return EXIT_REFUSED if isinstance(exc, ValueError) else EXIT_USAGE
    except (ValueError, OSError) as exc:
        say_error(exc)
        return EXIT_REFUSED if isinstance(exc, ValueError) else EXIT_USAGE
    except KeyboardInterrupt:
        say_error(Refused("cli_interrupted"))
        return 130
    except Exception as exc:  # last resort: one sentence here, the traceback in the log file
        from asn_event.crashlog import record, unexpected_message

        say_error(unexpected_message(exc, record(exc)))
        return EXIT_REFUSED
