"""``python -m asn_event`` and the ``asn-event`` console script."""

from __future__ import annotations

import sys


def main() -> int:
    from asn_event.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
