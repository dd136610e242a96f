"""Problems found in a spec, reported together; and usage errors.

Every stage that inspects a spec (load, validate) collects :class:`Problem`
values instead of raising on the first one; :class:`SpecError` carries all of
them to the command line, which prints one line per problem::

    specs/connect/service.yaml:12:5: /shapes/Foo/members/Bar: unknown shape 'Baz'

A problem about a whole file that has no position (a missing file, an empty
one) is printed without the ``line:col`` and pointer::

    specs/conect: no such file or directory

:class:`UsageError` is a command that cannot run as given (a wrong argument,
an unknown name, a malformed setting): the command line prints its message
and exits 64, with nothing changed.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in one spec file.

    ``pointer`` is an RFC 6901 JSON pointer into the document ("" for the
    whole document); ``line`` and ``col`` are 1-based, 0 when unknown.
    """

    file: str
    line: int
    col: int
    pointer: str
    message: str

    def __str__(self) -> str:
        if not self.line:  # no position: the file (or a path inside it) as a whole
            where = f"{self.file}: {self.pointer}" if self.pointer else self.file
            return f"{where}: {self.message}"
        pointer = self.pointer or "/"
        return f"{self.file}:{self.line}:{self.col}: {pointer}: {self.message}"


class SpecError(Exception):
    """A spec could not be used; carries every problem that was found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(Exception):
    """The command cannot run as given: say why (and what was meant, if clear)."""


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``candidates`` to ``name``, or ``""``."""
    pool = list(candidates)
    close = difflib.get_close_matches(name, pool, n=3, cutoff=0.6)
    if not close:
        lowered = {c.lower(): c for c in pool}
        close = [lowered[name.lower()]] if name.lower() in lowered else []
    if not close:
        return ""
    return " (did you mean " + " or ".join(repr(c) for c in close) + "?)"


def pointer_of(path: tuple[str | int, ...] | list[str | int]) -> str:
    """Join path segments into an RFC 6901 JSON pointer (``~`` and ``/`` escaped)."""
    return "".join(
        "/" + str(part).replace("~", "~0").replace("/", "~1") for part in path
    )
