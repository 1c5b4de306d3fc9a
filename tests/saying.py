"""``pytest.raises`` for a refusal, matched on the words a person reads (``asn_event.words``),
since a domain error's ``str()`` is only its code and parameters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from asn_event.words import error_text


@contextmanager
def raises_saying(kind: type[BaseException], words: str) -> Iterator[pytest.ExceptionInfo[BaseException]]:
    """The block raises ``kind``, and the one line shown for it contains ``words``."""
    with pytest.raises(kind) as caught:
        yield caught
    said = error_text(caught.value)
    assert words in said, said
