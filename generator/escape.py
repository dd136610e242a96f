"""The one place where spec text becomes Python source text.

Every string from a spec that reaches generated code — documentation, wire
names, enum values, patterns, error codes — is rendered by one of these
functions (the templates use them as the ``py_str`` and ``docstring``
filters).  Both are total: any string, including quotes, triple quotes,
backslashes, newlines, NUL, lone surrogates, ``{{ }}`` or non-ASCII text,
yields source that compiles and evaluates to exactly the input (a docstring
shows a lone surrogate as its ``\\uXXXX`` escape: it cannot hold one).
"""

from __future__ import annotations

import re
from typing import cast

_SIMPLE = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"'}


def _escape_char(char: str) -> str:
    code = ord(char)
    if char in _SIMPLE:
        return _SIMPLE[char]
    if code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF or char in "\u2028\u2029\x85\ufeff":
        # Lone surrogates cannot be written as UTF-8; the others are line or
        # byte-order marks some tools mishandle.  Spell them out.
        return f"\\u{code:04x}"
    if 0x80 <= code < 0xA0:
        return f"\\x{code:02x}"
    return char


# Every character _escape_char changes, and the newline docstrings keep: all
# others are copied as they are, so a regex finds the few that need work (a
# model holds millions of characters of documentation).
_SPECIAL = re.compile('[\x00-\x1f"\\\\\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]')


def _escape_match(match: re.Match[str]) -> str:
    return _escape_char(match.group())


def py_str(value: str) -> str:
    """A double-quoted Python string literal that evaluates to ``value``."""
    return '"' + _SPECIAL.sub(_escape_match, value) + '"'


def docstring(text: str) -> str:
    """The body of a triple-double-quoted docstring that reads as ``text``.

    Newlines stay real newlines (docstrings are for reading); backslashes,
    quotes that could close the string, and unprintable characters are
    escaped.  A lone surrogate reads as its escape (``\\ud800``), the one
    character a docstring cannot hold.  The caller writes the surrounding
    ``\"\"\"``.
    """
    return _SPECIAL.sub(_docstring_match, text)


def _docstring_match(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\n":
        return "\n"
    if char == '"':
        # Only a quote that starts a run of quotes, or ends the text, could
        # close the docstring; other quotes stay readable.
        text, after = match.string, match.end()
        closing = after == len(text) or text[after] == '"'
        return '\\"' if closing else '"'
    if 0xD800 <= ord(char) <= 0xDFFF:
        # A lone surrogate cannot be a docstring character: a ``class``
        # statement stores its docstring as UTF-8 and fails on one.  The
        # docstring shows its escape instead (``\ud800``), as the spec
        # spelled it.
        return f"\\\\u{ord(char):04x}"
    return _escape_char(char)


def py_value(value: object) -> str:
    """A JSON-like model value (None, bool, int, float, str, lists and dicts
    of them) as a Python literal; strings go through :func:`py_str`."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} has no literal")
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list):
        items = cast(list[object], value)
        return "[" + ", ".join(py_value(item) for item in items) + "]"
    if isinstance(value, dict):
        entries = cast(dict[object, object], value)
        return (
            "{"
            + ", ".join(f"{py_value(k)}: {py_value(v)}" for k, v in entries.items())
            + "}"
        )
    raise TypeError(f"{type(value).__name__} is not a model value")
