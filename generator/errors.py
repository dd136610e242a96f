"""Problems found in a spec, reported together.

Every stage that inspects a spec (load, validate) collects :class:`Problem`
values instead of raising on the first one; :class:`SpecError` carries all of
them to the command line, which prints one line per problem::

    specs/connect/service.yaml:12:5: /shapes/Foo/members/Bar: unknown shape 'Baz'
"""

from __future__ import annotations

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
        pointer = self.pointer or "/"
        return f"{self.file}:{self.line}:{self.col}: {pointer}: {self.message}"


class SpecError(Exception):
    """A spec could not be used; carries every problem that was found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def pointer_of(path: tuple[str | int, ...] | list[str | int]) -> str:
    """Join path segments into an RFC 6901 JSON pointer (``~`` and ``/`` escaped)."""
    return "".join(
        "/" + str(part).replace("~", "~0").replace("/", "~1") for part in path
    )
