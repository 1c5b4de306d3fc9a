"""``asn-event verify TEXT``: is this certificate code genuine? Exit 0 valid, 1 not valid.

With ``--key FILE.pem`` the check needs nothing but the office's public key (a second laptop
without the database); otherwise the keys held in the database are used.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CliError,
    add_db_option,
    add_json_option,
    open_db,
    print_json,
    say_error,
)
from asn_event.formatting import date_only
from asn_event.words import verify_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("verify", help="periksa keaslian kode QR sertifikat")
    add_db_option(parser)
    add_json_option(parser)
    parser.add_argument("text", metavar="TEXT", help="isi kode QR sertifikat (dalam tanda kutip)")
    parser.add_argument(
        "--key", type=Path, metavar="FILE.pem", help="kunci publik kantor penerbit (tanpa basis data)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from asn_event.certificates.signing import (  # only for this command
        KeyFormatError,
        load_public_key,
        verify,
    )

    if args.key is not None:
        try:
            keys = [load_public_key(args.key.read_text(encoding="utf-8"))]
        except KeyFormatError as error:
            raise CliError("cli_key_unreadable", path=args.key, problem=error) from error
        except (UnicodeDecodeError, ValueError, TypeError) as error:
            raise CliError("cli_key_not_pem", path=args.key) from error
        except OSError as error:
            raise CliError("cli_key_file_unreadable", path=args.key, reason=error.strerror) from error
    else:
        from asn_event.certificates.service import known_public_keys

        db = open_db(args)
        try:
            keys = known_public_keys(db)
        finally:
            db.dispose()
    result = verify(args.text, keys)
    if args.json:
        print_json(result.as_dict())
    else:
        print(verify_text(result.status))
        if result.fields is not None:
            fields = result.fields
            print(f"  Nomor : {fields.number}")
            print(f"  Nama  : {fields.name}")
            print(f"  Acara : {fields.event}, {date_only(fields.date)}, {fields.jp} JP")
    if not result.valid:
        say_error(verify_text(result.status))
        return EXIT_REFUSED
    return EXIT_OK
