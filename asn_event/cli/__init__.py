"""The command line: the same services as the GUI, without Qt.

Each subcommand lives in its own module under ``asn_event.cli`` with a ``register(subparsers)``
function that adds its parser and sets ``handler``. Exit codes: 0 done, 1 the work was refused
(bad data), 2 usage error or unreadable input. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from asn_event import __version__
from asn_event.cli.common import EXIT_REFUSED, EXIT_USAGE, CliError, add_db_option
from asn_event.db.errors import DatabaseError, NotFound

# One line per subcommand module; each module registers its own parser.
COMMAND_MODULES: tuple[str, ...] = (
    "asn_event.cli.demo",
    "asn_event.cli.events",
    "asn_event.cli.screenshot",
    "asn_event.cli.import_roster",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="asn-event",
        description="Sinar ASN Event Desk: check-in, timer panggung, umpan balik, sertifikat dan laporan.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_db_option(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from asn_event.app import run_gui

        return run_gui(args.db)
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        print(f"asn-event: {exc}", file=sys.stderr)
        return exc.code
    except NotFound as exc:
        print(f"asn-event: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:
        print(f"asn-event: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, OSError) as exc:
        print(f"asn-event: {exc}", file=sys.stderr)
        return EXIT_REFUSED if isinstance(exc, ValueError) else EXIT_USAGE
    except KeyboardInterrupt:
        print("asn-event: dihentikan.", file=sys.stderr)
        return 130
