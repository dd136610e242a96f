"""Translate AWS model ``pattern`` regexes into Python :mod:`re` patterns.

Smithy (and so every botocore ``service-2.json``) attaches regexes to string
shapes.  They are written for ``java.util.regex`` -- the models use Java-only
syntax such as ``\\p{Alpha}``, ``\\p{IsAlphabetic}``, ``\\z``, possessive
quantifiers, ``[a&&[^b]]`` and UTF-16 surrogate pairs -- and they are *not*
anchored: a value is valid when the regex matches somewhere in it, i.e.
``Matcher.find()`` / :func:`re.search`.

:func:`translate_pattern` turns such a regex into a Python pattern string that
accepts exactly the strings Java accepts, when used as::

    re.search(translated, value)               # no flags needed

or raises :class:`PatternError` naming the construct and its offset.

Semantics (the reference is current OpenJDK ``java.util.regex``; the output
was checked against JDK 17 on every botocore model pattern):

* ``\\d \\w \\s \\b`` and their negations are ASCII-only in Java (without the
  ``U`` flag), and ``(?i)`` folds ASCII letters only: Python's ``re.ASCII``
  semantics.  A translation that depends on it starts with ``(?a)``, so it
  behaves the same compiled with flags 0 or with ``re.ASCII``.  (Pass
  ``assume_ascii_flag=True`` if the caller always compiles with ``re.ASCII``
  and wants such patterns copied without the prefix.)
* ``.`` excludes Java's line terminators ``\\n \\r \\u0085 \\u2028 \\u2029``;
  ``$`` and ``\\Z`` also match before a final line terminator (``\\r\\n``
  counts as one); ``^``/``$`` under ``(?m)`` and ``(?d)`` follow Java.  These
  are spelled out with classes and lookarounds because Python's ``.`` and
  ``$`` only know ``\\n``.
* ``\\p{..}``/``\\P{..}`` (general categories, ``Is``-properties, the POSIX
  and ``java*`` names) become explicit code point ranges from the committed
  table in :mod:`generator.unicode_data` (Unicode ``UNICODE_VERSION``), so the
  output does not depend on the interpreter's :mod:`unicodedata`.
* ``\\uD83D\\uDE00`` (a UTF-16 pair) is the one code point U+1F600, and a class
  range between two pairs is an astral range, as in Java.  A class item
  ``\\uD800-\\uDBFF\\uDC00-\\uDFFF`` (a high-surrogate range directly followed
  by a low-surrogate range, the UTF-16 idiom for "any astral character") is
  read as those surrogates plus every astral character whose UTF-16 halves
  fall in the two ranges.  (Java itself would join ``\\uDBFF\\uDC00`` into one
  code point; the idiom's intent is taken instead.)  Other lone surrogates
  stay lone surrogates.
* Possessive quantifiers and atomic groups are passed through, so the output
  needs Python 3.11 or newer when the source uses them.

Known, unavoidable differences: Java (19+) also counts a nonspacing mark that
follows a letter or digit as a word character for ``\\b``/``\\B``, which a
Python regex cannot express -- the output uses ASCII ``\\b`` (as ECMA-262
does; JDK 18 and older used Unicode letters and digits).  Java's ``find()``
may start a match on the low half of a surrogate pair when the pattern
explicitly accepts lone low surrogates.  A quantified ``\\R`` backtracks
between ``\\r\\n`` and ``\\r`` as in current JDKs (JDK 17 did not).
The tables are Unicode ``UNICODE_VERSION``; a JDK on another Unicode version
differs for the code points whose properties changed in between.

Output is printable ASCII only.  Parts of the pattern that mean the same in
Python are copied unchanged, so a pattern that needs no rewriting comes back
byte-for-byte.
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from collections.abc import Iterable, Sequence
from itertools import product
from typing import Literal, NamedTuple, TypeAlias, cast

from generator import unicode_data

__all__ = [
    "FLAGS",
    "DoubleEscape",
    "PatternError",
    "UNICODE_VERSION",
    "compile_pattern",
    "suspicious_double_escapes",
    "translate_pattern",
]

#: Flags to compile translations with: none (``re.ASCII`` gives the same
#: results, see ``assume_ascii_flag``).
FLAGS = 0

#: Unicode version of the tables that ``\p{..}`` classes are expanded from.
UNICODE_VERSION = unicode_data.UNICODE_VERSION

MAX_CP = 0x10FFFF


class PatternError(ValueError):
    """A pattern cannot be translated (unsupported, or invalid in Java)."""

    def __init__(self, reason: str, pattern: str, offset: int) -> None:
        self.reason = reason
        self.pattern = pattern
        self.offset = offset
        super().__init__(f"{reason} at offset {offset} in pattern {pattern!r}")


@functools.lru_cache(maxsize=4096)
def translate_pattern(pattern: str, *, assume_ascii_flag: bool = False) -> str:
    """Return a Python ``re`` pattern equivalent to the Java/Smithy ``pattern``.

    Results are cached: models repeat the same patterns on many shapes.

    Use the result with :func:`re.search` (no flags needed).  With
    ``assume_ascii_flag=True`` the result may rely on being compiled with
    ``re.ASCII`` instead of starting with ``(?a)``.  Raises
    :class:`PatternError` when the pattern cannot be translated.
    """
    try:
        out = _Translator(pattern).translate()
    except PatternError:
        raise
    except (TypeError, ValueError, IndexError, KeyError, RecursionError) as exc:
        # A construct the translator does not model: never a crash, always a located message.
        raise PatternError(
            f"cannot translate this pattern ({type(exc).__name__})", pattern, 0
        ) from None
    if not assume_ascii_flag and _needs_ascii(out):
        out = "(?a)" + out
    return out


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """``re.compile(translate_pattern(pattern), FLAGS)``."""
    return re.compile(translate_pattern(pattern), FLAGS)


def _needs_ascii(text: str) -> bool:
    """Does the Python pattern ``text`` mean something else without re.ASCII?
    (It uses ``\\d \\D \\w \\W \\s \\S \\b \\B`` or case-insensitivity.)"""
    i = 0
    while i < len(text):
        if text[i] == "\\":
            if text[i + 1 : i + 2] in ("d", "D", "w", "W", "s", "S", "b", "B"):
                return True
            i += 2
            continue
        if text.startswith("(?", i):
            j = i + 2
            while j < len(text) and text[j] in "aiLmsux-":
                if text[j] == "i":
                    return True
                j += 1
        i += 1
    return False


# ---------------------------------------------------------------------------
# Code point sets: normalised tuples of disjoint, non-adjacent, sorted
# inclusive ranges ((lo, hi), ...).

_CS: TypeAlias = "tuple[tuple[int, int], ...]"

#: What a property lookup gives: a set, "unsupported" (Java knows the name but
#: there is no table for it) or None (no such property).
_Prop: TypeAlias = "_CS | Literal['unsupported'] | None"


def _norm(ranges: Iterable[tuple[int, int]]) -> _CS:
    out: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1][1] = hi
        else:
            out.append([lo, hi])
    return tuple((lo, hi) for lo, hi in out)


def _union(*sets: Iterable[tuple[int, int]]) -> _CS:
    return _norm([r for s in sets for r in s])


def _negate(cs: Iterable[tuple[int, int]]) -> _CS:
    out: list[tuple[int, int]] = []
    nxt = 0
    for lo, hi in cs:
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= MAX_CP:
        out.append((nxt, MAX_CP))
    return tuple(out)


def _inter(a: _CS, b: _CS) -> _CS:
    return _negate(_union(_negate(a), _negate(b)))


def _contains(cs: _CS, cp: int) -> bool:
    i = bisect.bisect_right(cs, (cp, MAX_CP + 1)) - 1
    return i >= 0 and cs[i][0] <= cp <= cs[i][1]


def _cs(*items: int | tuple[int, int]) -> _CS:
    """Build a set from code points and (lo, hi) pairs."""
    return _norm([(x, x) if isinstance(x, int) else x for x in items])


_ALL = ((0, MAX_CP),)
_EMPTY: _CS = ()
_ASCII_LETTERS = _cs((0x41, 0x5A), (0x61, 0x7A))


def _fold(cs: _CS) -> _CS:
    """Close ``cs`` under ASCII case folding (what Java's and Python's ASCII
    case-insensitive matching does to a set of characters)."""
    extra: list[tuple[int, int]] = []
    for lo, hi in _inter(cs, _ASCII_LETTERS):
        extra.append((lo ^ 0x20, hi ^ 0x20))
    return _union(cs, extra) if extra else cs


# ---------------------------------------------------------------------------
# Unicode tables and Java's named character classes.

_tables: dict[str, _CS] = {}


def _table(name: str) -> _CS:
    cs = _tables.get(name)
    if cs is None:
        if name == "Cn":
            cs = _negate(_union(*(_table(c) for c in unicode_data.CATEGORIES)))
        else:
            text = unicode_data.CATEGORIES.get(name) or unicode_data.PROPERTIES[name]
            ranges: list[tuple[int, int]] = []
            for word in text.split():
                lo, _, hi = word.partition("-")
                ranges.append((int(lo, 16), int(hi or lo, 16)))
            cs = _norm(ranges)
        _tables[name] = cs
    return cs


def _cats(*names: str) -> _CS:
    return _union(*(_table(n) for n in names))


_GROUPS = {
    "L": ("Lu", "Ll", "Lt", "Lm", "Lo"),
    "M": ("Mn", "Me", "Mc"),
    "N": ("Nd", "Nl", "No"),
    "Z": ("Zs", "Zl", "Zp"),
    "C": ("Cc", "Cf", "Co", "Cs", "Cn"),
    "P": ("Pd", "Ps", "Pe", "Pc", "Po", "Pi", "Pf"),
    "S": ("Sm", "Sc", "Sk", "So"),
    "LC": ("Lu", "Ll", "Lt"),
    "LD": ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd"),
}
_TWO_LETTER = set(unicode_data.CATEGORIES) | {"Cn"}

_ASCII_CTYPES = {
    "ASCII": _cs((0, 0x7F)),
    "Alnum": _cs((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)),
    "Alpha": _cs((0x41, 0x5A), (0x61, 0x7A)),
    "Blank": _cs(0x09, 0x20),
    "Cntrl": _cs((0, 0x1F), 0x7F),
    "Digit": _cs((0x30, 0x39)),
    "Graph": _cs((0x21, 0x7E)),
    "Lower": _cs((0x61, 0x7A)),
    "Print": _cs((0x20, 0x7E)),
    "Punct": _cs((0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)),
    "Space": _cs((0x09, 0x0D), 0x20),
    "Upper": _cs((0x41, 0x5A)),
    "XDigit": _cs((0x30, 0x39), (0x41, 0x46), (0x61, 0x66)),
}


def _white_space() -> _CS:  # CharPredicates.WHITE_SPACE
    return _union(_cats("Zs", "Zl", "Zp"), _cs((0x09, 0x0D), 0x85))


def _hex_digit() -> _CS:  # CharPredicates.HEX_DIGIT
    return _union(
        _table("Nd"),
        _cs((0x30, 0x39), (0x41, 0x46), (0x61, 0x66)),
        _cs((0xFF10, 0xFF19), (0xFF21, 0xFF26), (0xFF41, 0xFF46)),
    )


def _graph() -> _CS:  # CharPredicates.GRAPH
    return _negate(_cats("Zs", "Zl", "Zp", "Cc", "Cs", "Cn"))


def _blank() -> _CS:
    return _union(_table("Zs"), _cs(0x09))


def _cased(ci: bool, own: _CS) -> _CS:
    if ci:
        return _union(_table("Lowercase"), _table("Uppercase"), _table("Lt"))
    return own


def _noncharacters() -> _CS:
    return _cs(
        (0xFDD0, 0xFDEF),
        *[(p | 0xFFFE, p | 0xFFFF) for p in range(0, 0x110000, 0x10000)],
    )


def _identifier_ignorable() -> _CS:  # Character.isIdentifierIgnorable
    return _union(_cs((0, 8), (0x0E, 0x1B), (0x7F, 0x9F)), _table("Cf"))


def _unicode_predicate(name: str, ci: bool) -> _Prop:
    """CharPredicates.getUnicodePredicate (``name`` upper-cased)."""
    if name == "ALPHABETIC":
        return _table("Alphabetic")
    if name == "ASSIGNED":
        return _negate(_table("Cn"))
    if name == "CONTROL":
        return _table("Cc")
    if name in ("HEXDIGIT", "HEX_DIGIT"):
        return _hex_digit()
    if name == "IDEOGRAPHIC":
        return _table("Ideographic")
    if name in ("JOINCONTROL", "JOIN_CONTROL"):
        return _cs((0x200C, 0x200D))
    if name == "LETTER":
        return _cats(*_GROUPS["L"])
    if name == "LOWERCASE":
        return _cased(ci, _table("Lowercase"))
    if name in ("NONCHARACTERCODEPOINT", "NONCHARACTER_CODE_POINT"):
        return _noncharacters()
    if name == "TITLECASE":
        return _cased(ci, _table("Lt"))
    if name == "PUNCTUATION":
        return _cats(*_GROUPS["P"])
    if name == "UPPERCASE":
        return _cased(ci, _table("Uppercase"))
    if name in ("WHITESPACE", "WHITE_SPACE"):
        return _white_space()
    if name == "WORD":
        return _union(
            _table("Alphabetic"),
            _cats("Mn", "Me", "Mc", "Nd", "Pc"),
            _cs((0x200C, 0x200D)),
        )
    if name in (
        "EMOJI",
        "EMOJI_PRESENTATION",
        "EMOJI_MODIFIER",
        "EMOJI_MODIFIER_BASE",
        "EMOJI_COMPONENT",
        "EXTENDED_PICTOGRAPHIC",
    ):
        return "unsupported"
    return None


def _posix_predicate(name: str, ci: bool) -> _CS | None:
    """CharPredicates.getPosixPredicate (``name`` upper-cased)."""
    if name == "ALPHA":
        return _table("Alphabetic")
    if name == "LOWER":
        return _cased(ci, _table("Lowercase"))
    if name == "UPPER":
        return _cased(ci, _table("Uppercase"))
    if name == "SPACE":
        return _white_space()
    if name == "PUNCT":
        return _cats(*_GROUPS["P"])
    if name == "XDIGIT":
        return _hex_digit()
    if name == "ALNUM":
        return _union(_table("Alphabetic"), _table("Nd"))
    if name == "CNTRL":
        return _table("Cc")
    if name == "DIGIT":
        return _table("Nd")
    if name == "BLANK":
        return _blank()
    if name == "GRAPH":
        return _graph()
    if name == "PRINT":
        return _inter(_union(_graph(), _blank()), _negate(_table("Cc")))
    return None


def _for_property(name: str, ci: bool) -> _Prop:
    """CharPredicates.forProperty: categories, POSIX (ASCII) and java* names."""
    if name in ("Lu", "Ll", "Lt"):
        return _cats("Lu", "Ll", "Lt") if ci else _table(name)
    if name in _TWO_LETTER:
        return _table(name)
    if name in _GROUPS:
        return _cats(*_GROUPS[name])
    if name == "L1":
        return _cs((0, 0xFF))
    if name == "all":
        return _ALL
    if name in ("Lower", "Upper"):
        return _ASCII_CTYPES["Alpha"] if ci else _ASCII_CTYPES[name]
    if name in _ASCII_CTYPES:
        return _ASCII_CTYPES[name]
    if name == "javaLowerCase":
        return _cased(ci, _table("Lowercase"))
    if name == "javaUpperCase":
        return _cased(ci, _table("Uppercase"))
    if name == "javaTitleCase":
        return _cased(ci, _table("Lt"))
    if name == "javaAlphabetic":
        return _table("Alphabetic")
    if name == "javaIdeographic":
        return _table("Ideographic")
    if name == "javaDigit":
        return _table("Nd")
    if name == "javaDefined":
        return _negate(_table("Cn"))
    if name == "javaLetter":
        return _cats(*_GROUPS["L"])
    if name == "javaLetterOrDigit":
        return _cats(*_GROUPS["LD"])
    if name == "javaJavaIdentifierStart":
        return _cats(*_GROUPS["L"], "Nl", "Sc", "Pc")
    if name == "javaIdentifierIgnorable":
        return _identifier_ignorable()
    if name == "javaJavaIdentifierPart":
        return _union(
            _cats(*_GROUPS["L"], "Sc", "Pc", "Nd", "Nl", "Mc", "Mn"),
            _identifier_ignorable(),
        )
    if name == "javaSpaceChar":
        return _cats("Zs", "Zl", "Zp")
    if name == "javaWhitespace":
        spaces = _inter(_cats("Zs", "Zl", "Zp"), _negate(_cs(0xA0, 0x2007, 0x202F)))
        return _union(spaces, _cs((0x09, 0x0D), (0x1C, 0x1F)))
    if name == "javaISOControl":
        return _cs((0, 0x1F), (0x7F, 0x9F))
    if name == "javaMirrored":
        return _table("Bidi_Mirrored")
    if name in ("javaUnicodeIdentifierStart", "javaUnicodeIdentifierPart"):
        return "unsupported"
    return None


_HORIZ_WS = _cs(
    0x09, 0x20, 0xA0, 0x1680, 0x180E, (0x2000, 0x200A), 0x202F, 0x205F, 0x3000
)
_VERT_WS = _cs((0x0A, 0x0D), 0x85, 0x2028, 0x2029)
_ASCII_DIGIT = _cs((0x30, 0x39))
_ASCII_WORD = _cs((0x30, 0x39), (0x41, 0x5A), 0x5F, (0x61, 0x7A))
_ASCII_SPACE = _cs((0x09, 0x0D), 0x20)

# Python spellings of Java constructs that Python's syntax lacks.
_PY_DOT = r"[^\n\r\x85\u2028\u2029]"
_PY_DOLLAR = r"(?=(?:\r\n|(?<!\r)\n|[\r\x85\u2028\u2029])?\Z)"
_PY_DOLLAR_M = r"(?=[\n\r\x85\u2028\u2029]|\Z)(?!(?<=\r)\n)"
_PY_UNIX_DOLLAR_M = r"(?=\n|\Z)"
_PY_CARET_M = r"(?<![^\n\r\x85\u2028\u2029])(?!\Z)(?!(?<=\r)\n)"
_PY_UNIX_CARET_M = r"(?<![^\n])(?!\Z)"
_PY_LINE_ENDING = r"(?:\r\n|[\n\x0B\f\r\x85\u2028\u2029])"

# Java flag bits (java.util.regex.Pattern).
_UNIX_LINES = 0x01
_CASE_INSENSITIVE = 0x02
_COMMENTS = 0x04
_MULTILINE = 0x08
_DOTALL = 0x20
_UNICODE_CASE = 0x40
_CANON_EQ = 0x80
_UNICODE_CHARACTER_CLASS = 0x100


# ---------------------------------------------------------------------------
# Emitting characters and sets as Python pattern text.

_PY_CLASS_SPECIAL = set("\\]^-[&~|")
_PY_SPECIAL = set(".^$*+?{}[]\\|()")
_NAMED_ESCAPES = {0x09: r"\t", 0x0A: r"\n", 0x0D: r"\r", 0x0C: r"\f", 0x0B: r"\x0B"}


def _esc(cp: int, in_class: bool) -> str:
    if 0x20 <= cp < 0x7F:
        c = chr(cp)
        if c.isalnum():
            return c
        if c in (_PY_CLASS_SPECIAL if in_class else _PY_SPECIAL):
            return "\\" + c
        return c
    if cp in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[cp]
    if cp < 0x100:
        return f"\\x{cp:02X}"
    if cp < 0x10000:
        return f"\\u{cp:04X}"
    return f"\\U{cp:08X}"


def _ranges_text(cs: _CS) -> str:
    parts: list[str] = []
    for lo, hi in cs:
        if lo == hi:
            parts.append(_esc(lo, True))
        elif hi == lo + 1:
            parts.append(_esc(lo, True) + _esc(hi, True))
        else:
            parts.append(_esc(lo, True) + "-" + _esc(hi, True))
    return "".join(parts)


def _set_text(cs: _CS) -> str:
    """A short bracket expression for ``cs`` (positive or negated)."""
    if not cs:
        return "[^\\x00-\\U0010FFFF]"
    if cs == _ALL:
        return "[\\x00-\\U0010FFFF]"
    pos = "[" + _ranges_text(cs) + "]"
    neg = "[^" + _ranges_text(_negate(cs)) + "]"
    # A positive class reads more naturally; negate only when that is clearly shorter.
    return neg if len(neg) + 16 < len(pos) else pos


# Python's reading of a bracket expression (re._parser, Python 3.11), used to
# check that text we emit (or copy) means exactly the set Java means.
_PY_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_PY_CLASS_CATS = {
    "d": _ASCII_DIGIT,
    "D": _negate(_ASCII_DIGIT),
    "s": _ASCII_SPACE,
    "S": _negate(_ASCII_SPACE),
    "w": _ASCII_WORD,
    "W": _negate(_ASCII_WORD),
}
_HEX = set("0123456789abcdefABCDEF")
_OCT = set("01234567")

#: An item of a bracket expression as Python reads it: (kind, value,
#: next_index); a "raw" character (unescaped), a "lit" code point, a "set".
_PyClassToken: TypeAlias = (
    "tuple[Literal['raw', 'lit'], int, int] | tuple[Literal['set'], _CS, int]"
)


def _py_class_escape(text: str, i: int) -> _PyClassToken | None:
    """Parse an escape starting at ``text[i] == '\\'`` inside a class.

    Returns (kind, value, next_index) with kind 'lit' or 'set', or None when
    Python would reject it."""
    if i + 1 >= len(text):
        return None
    c = text[i + 1]
    if c in _PY_ESCAPES:
        return "lit", _PY_ESCAPES[c], i + 2
    if c in _PY_CLASS_CATS:
        return "set", _PY_CLASS_CATS[c], i + 2
    for letter, ndig in (("x", 2), ("u", 4), ("U", 8)):
        if c == letter:
            digits = text[i + 2 : i + 2 + ndig]
            if len(digits) != ndig or not set(digits) <= _HEX:
                return None
            value = int(digits, 16)
            if value > MAX_CP:
                return None
            return "lit", value, i + 2 + ndig
    if c in _OCT:
        j = i + 2
        while j < len(text) and j < i + 4 and text[j] in _OCT:
            j += 1
        value = int(text[i + 1 : j], 8)
        if value > 0o377:
            return None
        return "lit", value, j
    if c.isdigit() and c.isascii():
        return None
    if c.isascii() and c.isalpha():
        return None
    return "lit", ord(c), i + 2


def _py_class(text: str) -> _CS | None:
    """The set Python 3.11 reads from ``text`` (a whole bracket expression),
    or None if Python would reject it, warn about it, or read something else
    than one bracket expression."""
    if len(text) < 2 or text[0] != "[":
        return None
    i = 1
    if text[i] == "[":
        return None  # FutureWarning: possible nested set
    negate = text[i] == "^"
    if negate:
        i += 1
    items: list[tuple[int, int]] = []

    def get(i: int) -> _PyClassToken | None:
        """The item at ``i``; None at the end or for an escape Python rejects."""
        if i >= len(text):
            return None
        if text[i] == "\\":
            return _py_class_escape(text, i)
        return "raw", ord(text[i]), i + 1

    while True:
        tok = get(i)
        if tok is None:
            return None
        if tok[0] == "raw":
            if tok[1] == 0x5D and items:
                i = tok[2]
                break
            ch = chr(tok[1])
            j = tok[2]
            if items and ch in "-&~|" and j < len(text) and text[j] == ch:
                return None  # FutureWarning: possible set operation
            tok = ("lit", tok[1], j)
        i = tok[2]
        if i < len(text) and text[i] == "-":
            that = get(i + 1)
            if that is None:
                return None
            if that[0] == "raw" and that[1] == 0x5D:
                items.extend(tok[1] if tok[0] == "set" else [(tok[1], tok[1])])
                items.append((0x2D, 0x2D))
                i = that[2]
                break
            if that[0] == "raw" and that[1] == 0x2D:
                return None  # FutureWarning: possible set difference
            if tok[0] != "lit" or that[0] == "set":
                return None
            if that[1] < tok[1]:
                return None
            items.append((tok[1], that[1]))
            i = that[2]
        else:
            items.extend(tok[1] if tok[0] == "set" else [(tok[1], tok[1])])
    if i != len(text):
        return None
    cs = _norm(items)
    return _negate(cs) if negate else cs


# ---------------------------------------------------------------------------
# Syntax tree of a parsed Java pattern.


class _Node:
    start = 0
    end = 0
    sens_cache: frozenset[bool] | None = None  # see _sens


class _Seq(_Node):
    def __init__(self, items: list[_Node]) -> None:
        self.items = items


class _Alt(_Node):
    def __init__(self, branches: list[_Node]) -> None:
        self.branches = branches


class _Group(_Node):
    # kind: capture, named, noncap, flags, ahead, nahead, behind, nbehind, atomic
    def __init__(
        self,
        kind: str,
        body: _Node,
        name: str | None = None,
        ci: bool = False,
        dotall: bool = False,
        index: int | None = None,
    ) -> None:
        self.kind = kind
        self.body = body
        self.name = name
        self.ci = ci  # Java case-insensitivity inside a "flags" group
        self.dotall = dotall
        self.index = index


class _Char(_Node):
    def __init__(self, cp: int, ci: bool) -> None:
        self.cp = cp
        self.ci = ci


class _Set(_Node):
    """A character class: ``cs`` is the exact set Java matches."""

    def __init__(
        self,
        cs: _CS,
        ci: bool,
        escape: str | None = None,
        items: list[_ClassItem] | None = None,
        negated: bool = False,
    ) -> None:
        self.cs = cs
        self.ci = ci
        self.escape = escape  # for \d \D \s \S \w \W: the letter
        self.items = (
            items  # for bracket expressions that can be re-emitted item by item
        )
        self.negated = negated


class _Dot(_Node):
    def __init__(self, mode: str) -> None:
        self.mode = mode  # java, unix, all


class _Anchor(_Node):
    def __init__(self, kind: str) -> None:
        self.kind = kind


class _Backref(_Node):
    def __init__(self, num: int, ci: bool, name: str | None = None) -> None:
        self.num = num
        self.ci = ci
        self.name = name


class _LineEnding(_Node):
    pass


class _Empty(_Node):
    pass


class _Quant(_Node):
    def __init__(
        self, child: _Node, lo: int, hi: int | None, mode: str, qstart: int
    ) -> None:
        self.child = child
        self.lo = lo
        self.hi = hi  # None: unbounded
        self.mode = mode  # "", "?", "+"
        self.qstart = qstart


class _ClassItem:
    def __init__(
        self, kind: str, start: int, end: int, cs: _CS, cp: int | None = None
    ) -> None:
        self.kind = kind  # char, range, cls, astral
        self.start = start
        self.end = end
        self.cs = cs
        self.cp = cp


# Lazily evaluated class predicates (Java's BitClass is mutated after it has
# been captured by an intersection, so evaluation must wait for the end).
class _Bits:
    def __init__(self) -> None:
        self.chars: set[int] = set()


_SetPred: TypeAlias = "tuple[Literal['set'], _CS]"
_UnionPred: TypeAlias = "tuple[Literal['union'], _Pred, _Pred]"
# The right operand is None for "[\u0100a&&]" (see _Translator.clazz).
_AndPred: TypeAlias = "tuple[Literal['and'], _Pred, _Pred | None]"
_NegPred: TypeAlias = "tuple[Literal['neg'], _Pred]"
_Pred: TypeAlias = "_Bits | _SetPred | _UnionPred | _AndPred | _NegPred"


def _union_pred(a: _Pred, b: _Pred) -> _Pred:
    return ("union", a, b)


def _and_pred(a: _Pred, b: _Pred | None) -> _Pred:
    return ("and", a, b)


def _eval(p: _Pred | None) -> _CS:
    if isinstance(p, _Bits):
        return _cs(*p.chars)
    if p is None:
        # The right operand of "[\u0100a&&]" (Java: prev.and(null), which fails
        # only when matching); it has always ended the translation like this.
        raise TypeError("'NoneType' object is not subscriptable")
    if p[0] == "set":
        return p[1]
    if p[0] == "union":
        return _union(_eval(p[1]), _eval(p[2]))
    if p[0] == "and":
        return _inter(_eval(p[1]), _eval(p[2]))
    return _negate(_eval(p[1]))  # "neg"


def _ishex(cp: int) -> bool:
    return cp < 0x80 and chr(cp) in _HEX


def _is_high(cp: int) -> bool:
    return 0xD800 <= cp <= 0xDBFF


def _is_low(cp: int) -> bool:
    return 0xDC00 <= cp <= 0xDFFF


def _to_cp(high: int, low: int) -> int:
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)


class _JavaError(Exception):
    def __init__(self, reason: str, index: int) -> None:
        self.reason = reason
        self.index = index


# ---------------------------------------------------------------------------
# The translator: a port of java.util.regex.Pattern's parser followed by an
# emitter of Python syntax.


class _Translator:
    def __init__(self, pattern: str) -> None:
        if not isinstance(cast(object, pattern), str):  # untyped callers
            raise TypeError("pattern must be a str")
        self.pattern = pattern
        # Code points as Java sees them (a UTF-16 pair is one code point).
        temp: list[int] = []
        origin: list[int] = []
        i = 0
        combined = False
        while i < len(pattern):
            c = ord(pattern[i])
            if _is_high(c) and i + 1 < len(pattern) and _is_low(ord(pattern[i + 1])):
                temp.append(_to_cp(c, ord(pattern[i + 1])))
                origin.append(i)
                i += 2
                combined = True
                continue
            temp.append(c)
            origin.append(i)
            i += 1
        temp, origin, quoted = self._remove_qe_quoting(temp, origin)
        self.verbatim = not combined and not quoted
        self.plen = len(temp)
        self.temp = temp + [0, 0]
        self.origin = origin + [len(pattern), len(pattern)]
        self.cursor = 0
        self.flags = 0
        self.group_count = 1
        self.open_groups: set[int] = set()
        self.named: dict[str, int] = {}
        self.root: _Node | None = None
        self.predicate: _CS | None = None
        self.class_depth = 0
        self.class_items: list[_ClassItem] | None = None
        self.class_complex = False

    # -- errors -------------------------------------------------------------

    def _offset(self, index: int) -> int:
        index = max(0, min(index, len(self.origin) - 1))
        return self.origin[index]

    def error(self, reason: str, index: int | None = None) -> _JavaError:
        """A construct Java rejects (Java's own message)."""
        if index is None:
            index = self.cursor - 1
        return _JavaError(f"invalid Java regex: {reason}", index)

    def unsupported(self, what: str, index: int) -> _JavaError:
        return _JavaError(f"cannot translate {what}", index)

    # -- \Q...\E ------------------------------------------------------------

    @staticmethod
    def _remove_qe_quoting(
        temp: list[int], origin: list[int]
    ) -> tuple[list[int], list[int], bool]:
        plen = len(temp)
        i = 0
        while i < plen - 1:
            if temp[i] != 0x5C:
                i += 1
            elif temp[i + 1] != 0x51:
                i += 2
            else:
                break
        if i >= plen - 1:
            return temp, origin, False
        nt = temp[:i]
        no = origin[:i]
        i += 2
        in_quote = True
        begin_quote = True

        def at(k: int) -> int:
            return temp[k] if k < plen else 0

        while i < plen:
            c = temp[i]
            o = origin[i]
            i += 1
            if c >= 0x80 or chr(c).isalpha():
                nt.append(c)
                no.append(o)
            elif 0x30 <= c <= 0x39:
                if begin_quote:
                    nt.extend((0x5C, 0x78, 0x33))
                    no.extend((o, o, o))
                nt.append(c)
                no.append(o)
            elif c != 0x5C:
                if in_quote:
                    nt.append(0x5C)
                    no.append(o)
                nt.append(c)
                no.append(o)
            elif in_quote:
                if at(i) == 0x45:
                    i += 1
                    in_quote = False
                else:
                    nt.extend((0x5C, 0x5C))
                    no.extend((o, o))
            else:
                if at(i) == 0x51:
                    i += 1
                    in_quote = True
                    begin_quote = True
                    continue
                nt.append(c)
                no.append(o)
                if i != plen:
                    nt.append(temp[i])
                    no.append(origin[i])
                    i += 1
            begin_quote = False
        return nt, no, True

    # -- cursor primitives (as in Pattern.java, minus COMMENTS mode) -------

    def has(self, f: int) -> bool:
        return bool(self.flags & f)

    def peek(self) -> int:
        return self.temp[self.cursor]

    def read(self) -> int:
        ch = self.temp[self.cursor]
        self.cursor += 1
        return ch

    def next(self) -> int:
        self.cursor += 1
        return self.temp[self.cursor]

    def skip(self) -> int:
        ch = self.temp[self.cursor + 1]
        self.cursor += 2
        return ch

    def unread(self) -> None:
        self.cursor -= 1

    def accept(self, ch: int, reason: str) -> None:
        if self.read() != ch:
            raise self.error(reason)

    def text(self, start: int, end: int) -> str | None:
        if not self.verbatim:
            return None
        return self.pattern[start:end]

    # -- parsing ------------------------------------------------------------

    def parse(self) -> _Node:
        node = self.expr()
        if self.cursor != self.plen:
            if self.peek() == 0x29:
                raise self.error("Unmatched closing ')'", self.cursor)
            raise self.error("Unexpected internal error", self.cursor)
        return node

    def expr(self) -> _Node:
        start = self.cursor
        branches: list[_Node] = []
        while True:
            branches.append(self.sequence())
            if self.peek() != 0x7C:
                break
            self.next()
        if len(branches) == 1:
            return branches[0]
        node = _Alt(branches)
        node.start, node.end = start, self.cursor
        return node

    def sequence(self) -> _Seq:
        items: list[_Node] = []
        start = self.cursor
        while True:
            ch = self.peek()
            node_start = self.cursor
            node: _Node | None
            if ch == 0x28:  # (
                node = self.group0()
                if node is not None:
                    items.append(node)
                continue
            if ch == 0x5B:  # [
                node = self.bracket()
            elif ch == 0x5C:  # backslash
                ch = self.next()
                if ch in (0x70, 0x50):  # p P
                    node = self.property_node(node_start, ch)
                else:
                    self.unread()
                    node = self.atom_escape()
            elif ch == 0x5E:  # ^
                self.next()
                if self.has(_MULTILINE):
                    kind = "unixcaret_m" if self.has(_UNIX_LINES) else "caret_m"
                else:
                    kind = "begin"
                node = _Anchor(kind)
            elif ch == 0x24:  # $
                self.next()
                if self.has(_UNIX_LINES):
                    kind = "unixdollar_m" if self.has(_MULTILINE) else "unixdollar"
                else:
                    kind = "dollar_m" if self.has(_MULTILINE) else "dollar"
                node = _Anchor(kind)
            elif ch == 0x2E:  # .
                self.next()
                if self.has(_DOTALL):
                    node = _Dot("all")
                elif self.has(_UNIX_LINES):
                    node = _Dot("unix")
                else:
                    node = _Dot("java")
            elif ch in (0x7C, 0x29):  # | )
                break
            elif ch in (0x3F, 0x2A, 0x2B):  # ? * +
                self.next()
                raise self.error(f"Dangling meta character '{chr(ch)}'")
            elif ch == 0 and self.cursor >= self.plen:
                break
            elif ch == 0x7B:  # { where an atom should be: an empty slice
                node = _Empty()
            else:
                node = self.literal(ch)
            node.start, node.end = node_start, self.cursor
            items.append(self.closure(node))
        seq = _Seq(items)
        seq.start, seq.end = start, self.cursor
        return seq

    def literal(self, ch: int) -> _Char:
        self.next()
        return _Char(ch, self.has(_CASE_INSENSITIVE))

    def property_node(self, start: int, ch: int) -> _Set:
        comp = ch == 0x50
        one_letter = True
        ch = self.next()
        if ch != 0x7B:
            self.unread()
        else:
            one_letter = False
        cs = self.family(one_letter, comp, start)
        return _Set(cs, self.has(_CASE_INSENSITIVE))

    def atom_escape(self) -> _Node:
        ch = self.escape(False, True, False)
        if ch >= 0:
            return _Char(ch, self.has(_CASE_INSENSITIVE))
        node = self.root
        if node is None:
            raise AssertionError("escape created no node")
        self.root = None
        return node

    def bracket(self) -> _Set:
        outer = self.class_depth == 0
        if outer:
            self.class_items = []
            self.class_complex = False
        self.class_depth += 1
        try:
            pred, negated = self.clazz(True)
        finally:
            self.class_depth -= 1
        cs = _eval(pred)
        items = None
        if outer:
            if not self.class_complex:
                items = self.class_items
            self.class_items = None
        node = _Set(cs, self.has(_CASE_INSENSITIVE), items=items, negated=negated)
        return node

    def clazz(self, consume: bool) -> tuple[_Pred, bool]:
        prev: _Pred | None = None
        curr: _Pred | None = None
        bits = _Bits()
        is_neg = False
        has_bits = False
        ch = self.next()
        if ch == 0x5E and self.temp[self.cursor - 1] == 0x5B:
            ch = self.next()
            is_neg = True
        while True:
            if ch == 0x5B:  # nested class: union
                self.class_complex = True
                self.class_depth += 1
                try:
                    curr, _ = self.clazz(True)
                finally:
                    self.class_depth -= 1
                prev = curr if prev is None else _union_pred(prev, curr)
                ch = self.peek()
                continue
            if ch == 0x26:  # &
                ch = self.next()
                if ch == 0x26:
                    self.class_complex = True
                    ch = self.next()
                    right: _Pred | None = None
                    while ch != 0x5D and ch != 0x26:
                        self.class_depth += 1
                        try:
                            if ch == 0x5B:
                                sub, _ = self.clazz(True)
                                right = (
                                    sub if right is None else _union_pred(right, sub)
                                )
                            else:
                                self.unread()
                                right, _ = self.clazz(False)
                        finally:
                            self.class_depth -= 1
                        ch = self.peek()
                    if has_bits:
                        if prev is None:
                            prev = curr = bits
                        else:
                            prev = _union_pred(prev, bits)
                        has_bits = False
                    if right is not None:
                        curr = right
                    if prev is None:
                        if right is None:
                            raise self.error("Bad class syntax")
                        prev = right
                    else:
                        prev = _and_pred(prev, curr)
                    continue
                self.unread()  # a literal &
            elif ch == 0 and self.cursor >= self.plen:
                raise self.error("Unclosed character class")
            elif ch == 0x5D:  # ]
                if prev is not None or has_bits:
                    if consume:
                        self.next()
                    if prev is None:
                        prev = bits
                    elif has_bits:
                        prev = _union_pred(prev, bits)
                    return (("neg", prev) if is_neg else prev), is_neg
            curr = self.range_(bits)
            if curr is None:
                has_bits = True
            elif prev is None:
                prev = curr
            elif prev is not curr:
                prev = _union_pred(prev, curr)
            ch = self.peek()

    def _record(self, kind: str, start: int, cs: _CS, cp: int | None = None) -> None:
        if self.class_depth == 1 and self.class_items is not None:
            self.class_items.append(_ClassItem(kind, start, self.cursor, cs, cp))

    def range_(self, bits: _Bits) -> _SetPred | None:
        start = self.cursor
        ch = self.peek()
        if ch == 0x5C:
            ch = self.next()
            if ch in (0x70, 0x50):  # \p \P
                comp = ch == 0x50
                one_letter = True
                ch = self.next()
                if ch != 0x7B:
                    self.unread()
                else:
                    one_letter = False
                cs = self.family(one_letter, comp, start)
                self._record("cls", start, cs)
                return ("set", cs)
            isrange = self.temp[self.cursor + 1] == 0x2D
            self.unread()
            ch = self.escape(True, True, isrange)
            if ch == -1:
                pred = self.predicate
                if pred is None:
                    raise AssertionError("escape created no class")
                self.predicate = None
                self._record("cls", start, pred)
                return ("set", pred)
        else:
            self.next()
        if ch >= 0:
            if self.peek() == 0x2D:  # -
                end_range = self.temp[self.cursor + 1]
                if end_range == 0x5B:
                    return self.bits_or_single(bits, ch, start)
                if end_range != 0x5D:
                    astral = self.surrogate_idiom(ch, start)
                    if astral is not None:
                        return astral
                    self.next()
                    m = self.peek()
                    if m == 0x5C:
                        m = self.escape(True, False, True)
                    else:
                        self.next()
                    if m < ch:
                        raise self.error("Illegal character range")
                    cs = _cs((ch, m))
                    if self.has(_CASE_INSENSITIVE):
                        cs = _fold(cs)
                    self._record("range", start, cs)
                    return ("set", cs)
            return self.bits_or_single(bits, ch, start)
        raise self.error(f"Unexpected character '{chr(ch)}'")

    def surrogate_idiom(self, lo: int, start: int) -> _SetPred | None:
        """``\\uD800-\\uDBFF\\uDC00-\\uDFFF``: a lone-high-surrogate range followed
        directly by a low-surrogate range means the astral characters whose
        UTF-16 halves lie in the two ranges (plus the lone surrogates)."""
        if not _is_high(lo):
            return None
        t = self.temp
        c = self.cursor  # at '-'
        m = re.match(
            r"-\\u([0-9A-Fa-f]{4})\\u([0-9A-Fa-f]{4})-\\u([0-9A-Fa-f]{4})",
            "".join(chr(x) if x < 0x110000 else "\0" for x in t[c : c + 20]),
        )
        if not m:
            return None
        hi, l1, l2 = (int(g, 16) for g in m.groups())
        if not (_is_high(hi) and _is_low(l1) and _is_low(l2)) or hi < lo or l2 < l1:
            return None
        self.cursor = c + m.end()
        parts = [(lo, hi), (l1, l2)]
        for h in range(lo, hi + 1):
            parts.append((_to_cp(h, l1), _to_cp(h, l2)))
        cs = _norm(parts)
        self._record("astral", start, cs)
        return ("set", cs)

    def bits_or_single(self, bits: _Bits, ch: int, start: int) -> _SetPred | None:
        ci = self.has(_CASE_INSENSITIVE)
        cs = _fold(_cs(ch)) if ci and ch < 0x80 else _cs(ch)
        self._record("char", start, cs, ch)
        if ch < 256:
            bits.chars.update(x for lo, hi in cs for x in range(lo, hi + 1))
            return None
        return ("set", cs)

    def family(self, single_letter: bool, complement: bool, start: int) -> _CS:
        self.next()
        if single_letter:
            c = self.temp[self.cursor]
            name = chr(c)
            self.read()
        else:
            i = self.cursor
            while True:
                if self.cursor >= self.plen:
                    self.cursor = self.plen + 1
                    raise self.error("Unclosed character family")
                if self.read() == 0x7D:
                    break
            j = self.cursor
            if i + 1 >= j:
                raise self.error("Empty character family")
            name = "".join(chr(x) for x in self.temp[i : j - 1])
        ci = self.has(_CASE_INSENSITIVE)
        p: _Prop = None
        if "=" in name:
            key, _, value = name.partition("=")
            key = key.lower()
            if key in ("sc", "script", "blk", "block"):
                raise self.unsupported(
                    f"Unicode script/block property \\p{{{name}}} (no such table)",
                    start,
                )
            if key in ("gc", "general_category"):
                p = _for_property(value, ci)
            if p is None:
                raise self.error(
                    f"Unknown Unicode property {{name=<{key}>, value=<{value}>}}"
                )
        else:
            if name.startswith("In"):
                raise self.unsupported(
                    f"Unicode block property \\p{{{name}}} (no such table)", start
                )
            if name.startswith("Is"):
                short = name[2:]
                upper = short.upper()
                p = _unicode_predicate(upper, ci)
                if p is None:
                    p = _posix_predicate(upper, ci)
                if p is None:
                    p = _for_property(short, ci)
                if p is None:
                    raise self.unsupported(
                        f"\\p{{{name}}}: not a supported property (Unicode scripts have no table)",
                        start,
                    )
            else:
                p = _for_property(name, ci)
            if p is None:
                raise self.error(f"Unknown character property name {{{name}}}")
        if p == "unsupported":
            raise self.unsupported(f"property \\p{{{name}}} (no table for it)", start)
        return _negate(p) if complement else p

    def escape(self, inclass: bool, create: bool, isrange: bool) -> int:
        """Pattern.escape: returns a code point, or -1 after setting
        ``self.root`` (outside classes) / ``self.predicate`` (inside)."""
        start = self.cursor
        ch = self.skip()
        c = chr(ch)
        ci = self.has(_CASE_INSENSITIVE)

        def cls(cs: _CS, letter: str | None = None) -> int:
            if create:
                if inclass:
                    self.predicate = cs
                else:
                    node = _Set(cs, ci, escape=letter)
                    node.start, node.end = start, self.cursor
                    self.root = node
            return -1

        def meta(node: _Node) -> int:
            if inclass:
                raise self.error("Illegal/unsupported escape sequence")
            if create:
                node.start, node.end = start, self.cursor
                self.root = node
            return -1

        if c == "0":
            return self.octal()
        if c in "123456789":
            if inclass:
                raise self.error("Illegal/unsupported escape sequence")
            if create:
                ref = self.ref(ch - 0x30, start)
                ref.start, ref.end = start, self.cursor
                self.root = ref
            return -1
        if c == "A":
            return meta(_Anchor("A"))
        if c == "B":
            return meta(_Anchor("nbound"))
        if c == "D":
            return cls(_negate(_ASCII_DIGIT), "D")
        if c == "G":
            return meta(_Anchor("lastmatch"))
        if c == "H":
            return cls(_negate(_HORIZ_WS))
        if c == "N":
            raise self.unsupported("named character escape \\N{...}", start)
        if c == "R":
            return meta(_LineEnding())
        if c == "S":
            return cls(_negate(_ASCII_SPACE), "S")
        if c == "V":
            return cls(_negate(_VERT_WS))
        if c == "W":
            return cls(_negate(_ASCII_WORD), "W")
        if c == "X":
            if inclass:
                raise self.error("Illegal/unsupported escape sequence")
            raise self.unsupported("grapheme cluster escape \\X", start)
        if c == "Z":
            return meta(_Anchor("unixdollar" if self.has(_UNIX_LINES) else "dollar"))
        if c == "a":
            return 0x07
        if c == "b":
            if inclass:
                raise self.error("Illegal/unsupported escape sequence")
            if self.peek() == 0x7B and self.temp[self.cursor + 1] == 0x67:  # \b{g
                if self.temp[self.cursor + 2] != 0x7D:
                    self.cursor += 3
                    raise self.error("Illegal/unsupported escape sequence")
                raise self.unsupported("grapheme boundary \\b{g}", start)
            return meta(_Anchor("bound"))
        if c == "c":
            if self.cursor < self.plen:
                return self.read() ^ 64
            raise self.error("Illegal control escape sequence")
        if c == "d":
            return cls(_ASCII_DIGIT, "d")
        if c == "e":
            return 0x1B
        if c == "f":
            return 0x0C
        if c == "h":
            return cls(_HORIZ_WS)
        if c == "k":
            if inclass:
                raise self.error("Illegal/unsupported escape sequence")
            if self.read() != 0x3C:
                raise self.error("\\k is not followed by '<' for named capturing group")
            name = self.groupname(self.read())
            if name not in self.named:
                raise self.error(f"named capturing group <{name}> does not exist")
            num = self.named[name]
            if num in self.open_groups:
                raise self.unsupported(
                    f"backreference to group <{name}> inside that group", start
                )
            return meta(_Backref(num, ci, name))
        if c == "n":
            return 0x0A
        if c == "r":
            return 0x0D
        if c == "s":
            return cls(_ASCII_SPACE, "s")
        if c == "t":
            return 0x09
        if c == "u":
            return self.u()
        if c == "v":
            if isrange:
                return 0x0B
            return cls(_VERT_WS)
        if c == "w":
            return cls(_ASCII_WORD, "w")
        if c == "x":
            return self.x()
        if c == "z":
            return meta(_Anchor("end"))
        if c.isascii() and c.isalpha():
            raise self.error("Illegal/unsupported escape sequence")
        if ch == 0 and self.cursor > self.plen:
            self.cursor = self.plen + 1
        return ch

    def ref(self, num: int, start: int) -> _Backref:
        while True:
            ch = self.peek()
            if 0x30 <= ch <= 0x39:
                new = num * 10 + (ch - 0x30)
                if self.group_count - 1 < new:
                    break
                num = new
                self.read()
            else:
                break
        if num >= self.group_count:
            raise self.unsupported(
                f"backreference \\{num} to a group that does not exist yet", start
            )
        if num in self.open_groups:
            raise self.unsupported(
                f"backreference \\{num} inside the group it refers to", start
            )
        return _Backref(num, self.has(_CASE_INSENSITIVE))

    def octal(self) -> int:
        def isoct(x: int) -> bool:
            return 0x30 <= x <= 0x37

        n = self.read()
        if isoct(n):
            m = self.read()
            if isoct(m):
                o = self.read()
                if isoct(o) and n <= 0x33:
                    return (n - 0x30) * 64 + (m - 0x30) * 8 + (o - 0x30)
                self.unread()
                return (n - 0x30) * 8 + (m - 0x30)
            self.unread()
            return n - 0x30
        raise self.error("Illegal octal escape sequence")

    def x(self) -> int:
        n = self.read()
        if _ishex(n):
            m = self.read()
            if _ishex(m):
                return int(chr(n) + chr(m), 16)
        elif n == 0x7B and _ishex(self.peek()):
            value = 0
            while True:
                n = self.read()
                if not _ishex(n):
                    break
                value = value * 16 + int(chr(n), 16)
                if value > MAX_CP:
                    raise self.error("Hexadecimal codepoint is too big")
            if n != 0x7D:
                raise self.error("Unclosed hexadecimal escape sequence")
            return value
        raise self.error("Illegal hexadecimal escape sequence")

    def uxxxx(self) -> int:
        value = 0
        for _ in range(4):
            ch = self.read()
            if not _ishex(ch):
                raise self.error("Illegal Unicode escape sequence")
            value = value * 16 + int(chr(ch), 16)
        return value

    def u(self) -> int:
        n = self.uxxxx()
        if _is_high(n):
            cur = self.cursor
            if self.read() == 0x5C and self.read() == 0x75:
                n2 = self.uxxxx()
                if _is_low(n2):
                    return _to_cp(n, n2)
            self.cursor = cur
        return n

    def groupname(self, ch: int) -> str:
        def alpha(x: int) -> bool:
            return x < 0x80 and chr(x).isalpha()

        def alnum(x: int) -> bool:
            return x < 0x80 and chr(x).isalnum()

        if not alpha(ch):
            raise self.error("capturing group name does not start with a Latin letter")
        name: list[str] = []
        while True:
            name.append(chr(ch))
            ch = self.read()
            if not alnum(ch):
                break
        if ch != 0x3E:
            raise self.error("named capturing group is missing trailing '>'")
        return "".join(name)

    def group0(self) -> _Node | None:
        start = self.cursor
        save = self.flags
        ch = self.next()
        index: int | None = None
        name: str | None = None
        if ch == 0x3F:  # ?
            ch = self.skip()
            c = chr(ch) if ch < 0x110000 else ""
            if c == ":":
                kind = "noncap"
                body = self.expr()
            elif c in ("=", "!"):
                kind = "ahead" if c == "=" else "nahead"
                body = self.expr()
            elif c == ">":
                kind = "atomic"
                body = self.expr()
            elif c == "<":
                ch = self.read()
                if ch not in (0x3D, 0x21):
                    name = self.groupname(ch)
                    if name in self.named:
                        raise self.error(
                            f"Named capturing group <{name}> is already defined"
                        )
                    kind = "named"
                    index = self.group_count
                    self.group_count += 1
                    self.named[name] = index
                    self.open_groups.add(index)
                    body = self.expr()
                else:
                    kind = "behind" if ch == 0x3D else "nbehind"
                    body = self.expr()
                    if _width(body)[1] is None:
                        # (newer JDKs reject this; JDK 17 accepted some forms)
                        raise self.unsupported(
                            "lookbehind without a maximum length", start
                        )
            elif c in ("$", "@"):
                raise self.error("Unknown group type")
            else:
                self.unread()
                flag_start = self.cursor
                self.add_flag()
                self.check_flags(flag_start)
                ch = self.read()
                if ch == 0x29:  # )
                    return None  # flags stay in force until the enclosing group ends
                if ch != 0x3A:
                    raise self.error("Unknown inline modifier")
                kind = "flags"
                node_ci = self.has(_CASE_INSENSITIVE)
                node_dotall = self.has(_DOTALL)
                body = self.expr()
                self.accept(0x29, "Unclosed group")
                self.flags = save
                node = _Group(kind, body, ci=node_ci, dotall=node_dotall)
                node.start, node.end = start, self.cursor
                return self.closure(node)
        else:
            kind = "capture"
            index = self.group_count
            self.group_count += 1
            self.open_groups.add(index)
            body = self.expr()
        self.accept(0x29, "Unclosed group")
        self.flags = save
        if index is not None:
            self.open_groups.discard(index)
        node = _Group(kind, body, name=name, index=index)
        node.start, node.end = start, self.cursor
        return self.closure(node)

    def add_flag(self) -> None:
        ch = self.peek()
        bits = {
            "i": _CASE_INSENSITIVE,
            "m": _MULTILINE,
            "s": _DOTALL,
            "d": _UNIX_LINES,
            "u": _UNICODE_CASE,
            "c": _CANON_EQ,
            "x": _COMMENTS,
            "U": _UNICODE_CHARACTER_CLASS | _UNICODE_CASE,
        }
        while True:
            c = chr(ch) if ch < 0x110000 else ""
            if c in bits and c:
                self.flags |= bits[c]
            elif c == "-":
                ch = self.next()
                while True:
                    c = chr(ch) if ch < 0x110000 else ""
                    if c in bits and c:
                        self.flags &= ~bits[c]
                    else:
                        return
                    ch = self.next()
            else:
                return
            ch = self.next()

    def check_flags(self, start: int) -> None:
        if self.has(_COMMENTS):
            raise self.unsupported("comments mode (?x)", start)
        if self.has(_UNICODE_CHARACTER_CLASS):
            raise self.unsupported("Unicode character class mode (?U)", start)
        if self.has(_CANON_EQ):
            raise self.unsupported("canonical equivalence mode (?c)", start)
        if self.has(_UNICODE_CASE) and self.has(_CASE_INSENSITIVE):
            raise self.unsupported("Unicode case folding (?iu)", start)

    def closure(self, node: _Node) -> _Node:
        ch = self.peek()
        qstart = self.cursor
        if ch == 0x3F:  # ?
            return self._quant(node, 0, 1, qstart)
        if ch == 0x2A:  # *
            return self._quant(node, 0, None, qstart)
        if ch == 0x2B:  # +
            return self._quant(node, 1, None, qstart)
        if ch == 0x7B:  # {
            ch = self.skip()
            if 0x30 <= ch <= 0x39:
                cmin = 0
                while True:
                    cmin = cmin * 10 + (ch - 0x30)
                    if cmin > 0x7FFFFFFF:
                        raise self.error("Illegal repetition range")
                    ch = self.read()
                    if not 0x30 <= ch <= 0x39:
                        break
                if ch == 0x2C:  # ,
                    ch = self.read()
                    if ch == 0x7D:
                        self.unread()
                        return self._quant(node, cmin, None, qstart)
                    cmax = 0
                    while 0x30 <= ch <= 0x39:
                        cmax = cmax * 10 + (ch - 0x30)
                        if cmax > 0x7FFFFFFF:
                            raise self.error("Illegal repetition range")
                        ch = self.read()
                else:
                    cmax = cmin
                if ch != 0x7D:
                    raise self.error("Unclosed counted closure")
                if cmax < cmin:
                    raise self.error("Illegal repetition range")
                self.unread()
                return self._quant(node, cmin, cmax, qstart)
            raise self.error("Illegal repetition")
        return node

    def _quant(self, node: _Node, lo: int, hi: int | None, qstart: int) -> _Quant:
        ch = self.next()  # qtype()
        mode = ""
        if ch == 0x3F:
            self.next()
            mode = "?"
        elif ch == 0x2B:
            self.next()
            mode = "+"
        q = _Quant(node, lo, hi, mode, qstart)
        q.start, q.end = node.start, self.cursor
        return q

    # -- emitting -----------------------------------------------------------

    def translate(self) -> str:
        try:
            tree = self.parse()
            prefix = ""
            ci = dotall = False
            if self.verbatim:
                m = re.match(r"\(\?([is]+)\)", self.pattern)
                if m:
                    prefix = m.group(0)
                    ci = "i" in m.group(1)
                    dotall = "s" in m.group(1)
            out = prefix + self.emit(tree, ci, dotall)
        except _JavaError as e:
            raise PatternError(e.reason, self.pattern, self._offset(e.index)) from None
        except RecursionError:
            raise PatternError(
                "pattern is nested too deeply", self.pattern, 0
            ) from None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                re.compile(out, re.ASCII)
        except (re.error, Warning, OverflowError, RecursionError) as e:
            raise PatternError(
                f"internal error: translation {out!r} is not a valid Python pattern ({e})",
                self.pattern,
                0,
            ) from None
        return out

    def src(self, node: _Node) -> str | None:
        if node.start < 0:
            return None
        return self.text(self._offset(node.start), self._offset(node.end))

    def emit(self, node: _Node, ci: bool, dotall: bool) -> str:
        if isinstance(node, _Seq):
            return self.emit_items(node.items, ci, dotall)
        if isinstance(node, _Alt):
            return "|".join(self.emit(b, ci, dotall) for b in node.branches)
        if isinstance(node, _Char):
            return self.emit_char(node)
        if isinstance(node, _Set):
            return self.emit_set(node, ci)
        if isinstance(node, _Dot):
            if node.mode == "java":
                return _PY_DOT
            if node.mode == "unix":
                return "[^\\n]" if dotall else "."
            return "." if dotall else "(?s:.)"
        if isinstance(node, _Anchor):
            return self.emit_anchor(node)
        if isinstance(node, _Backref):
            if node.name is not None:
                return f"(?P={node.name})"
            return f"\\{node.num}"
        if isinstance(node, _LineEnding):
            return _PY_LINE_ENDING
        if isinstance(node, _Empty):
            return ""
        if isinstance(node, _Quant):
            return self.emit_quant(node, ci, dotall)
        if isinstance(node, _Group):
            return self.emit_group(node, ci, dotall)
        raise AssertionError(type(node))

    def emit_items(self, items: Sequence[_Node], ci: bool, dotall: bool) -> str:
        """Emit a sequence; runs of items whose Java case-insensitivity differs
        from the context ``ci`` are wrapped in ``(?i:...)`` / ``(?-i:...)``."""
        parts: list[tuple[str, bool]] = []
        flip = frozenset({not ci})
        i = 0
        while i < len(items):
            if _sens(items[i]) == flip:
                last = j = i
                while j < len(items) and _sens(items[j]) <= flip:
                    if _sens(items[j]):
                        last = j
                    j += 1
                inner = _join(
                    [self.emit_part(it, not ci, dotall) for it in items[i : last + 1]]
                )
                parts.append((("(?i:" if not ci else "(?-i:") + inner + ")", False))
                i = last + 1
            else:
                parts.append(self.emit_part(items[i], ci, dotall))
                i += 1
        return _join(parts)

    def emit_part(self, item: _Node, ci: bool, dotall: bool) -> tuple[str, bool]:
        text = self.emit(item, ci, dotall)
        return text, isinstance(item, _Backref) and item.name is None

    def emit_char(self, node: _Char) -> str:
        text = self.src(node)
        if text is not None and _char_text_ok(text, node.cp):
            return text
        return _esc(node.cp, False)

    def emit_set(self, node: _Set, ci: bool) -> str:
        want = node.cs
        original = self.src(node)
        if node.escape is not None:
            return original if original is not None else "\\" + node.escape

        def valid(text: str) -> bool:
            got = _py_class(text)
            if got is None:
                return False
            return (_fold(got) if ci else got) == want

        if (
            original is not None
            and original.startswith("[")
            and _printable(original)
            and valid(original)
        ):
            return original
        candidates: list[str] = []
        canonical = _set_text(want)
        if valid(canonical):
            candidates.append(canonical)
        if node.items is not None:
            itemwise = self.itemwise(node.items, node.negated)
            if valid(itemwise):
                candidates.append(itemwise)
        if not candidates:
            raise AssertionError(f"no valid spelling for class at {node.start}")
        return min(candidates, key=len)

    def itemwise(self, items: list[_ClassItem], negated: bool) -> str:
        """A bracket expression spelled item by item (``items`` of a _Set)."""
        parts: list[str] = []
        for k, it in enumerate(items):
            text = self.text(self._offset(it.start), self._offset(it.end))
            cp = it.cp
            if cp is not None:  # it.kind == "char"
                c = chr(cp) if cp < 0x110000 else ""
                if (
                    text is not None
                    and _char_text_ok(text, cp)
                    and not (len(text) == 1 and c in _PY_CLASS_SPECIAL)
                ):
                    parts.append(text)
                elif c == "-" and (k == 0 or k == len(items) - 1):
                    parts.append("-")
                else:
                    parts.append(_esc(cp, True))
            elif it.kind == "range":
                got = (
                    _py_class("[" + text + "]")
                    if text is not None and _printable(text)
                    else None
                )
                if text is not None and got is not None and it.cs in (got, _fold(got)):
                    parts.append(text)
                else:
                    parts.append(_ranges_text(it.cs))
            elif it.kind == "cls" and text in (
                "\\d",
                "\\D",
                "\\w",
                "\\W",
                "\\s",
                "\\S",
            ):
                parts.append(text)
            else:
                parts.append(_ranges_text(it.cs))
        return "[" + ("^" if negated else "") + "".join(parts) + "]"

    def emit_anchor(self, node: _Anchor) -> str:
        kind = node.kind
        if kind == "begin":
            return "^"
        if kind == "A":
            return "\\A"
        if kind == "lastmatch":
            return "\\A"
        if kind == "end":
            return "\\Z"
        if kind == "bound":
            return "\\b"
        if kind == "nbound":
            return "\\B"
        if kind == "dollar":
            return _PY_DOLLAR
        if kind == "unixdollar":
            return "$"
        if kind == "dollar_m":
            return _PY_DOLLAR_M
        if kind == "unixdollar_m":
            return _PY_UNIX_DOLLAR_M
        if kind == "caret_m":
            return _PY_CARET_M
        if kind == "unixcaret_m":
            return _PY_UNIX_CARET_M
        raise AssertionError(kind)

    def emit_quant(self, node: _Quant, ci: bool, dotall: bool) -> str:
        child = node.child
        if _zero_width(child):
            # Repeating something that consumes nothing: once is as good as
            # many, and an optional one always succeeds.
            if node.lo >= 1:
                return self.emit(child, ci, dotall)
            if _has_capture(child):
                text = self.emit(child, ci, dotall)
                return "(?:" + text + (")?" if node.hi != 0 else "){0}")
            return ""
        text = self.emit(child, ci, dotall)
        qtext = None
        if self.verbatim:
            qtext = self.text(self._offset(node.qstart), self._offset(node.end))
        if qtext is None:
            lo, hi = node.lo, node.hi
            if (lo, hi) == (0, 1):
                qtext = "?"
            elif (lo, hi) == (0, None):
                qtext = "*"
            elif (lo, hi) == (1, None):
                qtext = "+"
            elif hi is None:
                qtext = f"{{{lo},}}"
            elif lo == hi:
                qtext = f"{{{lo}}}"
            else:
                qtext = f"{{{lo},{hi}}}"
            qtext += node.mode
        return text + qtext

    def emit_group(self, node: _Group, ci: bool, dotall: bool) -> str:
        kind = node.kind
        if kind == "flags":
            spec_on: list[str] = []
            spec_off: list[str] = []
            if node.ci != ci:
                (spec_on if node.ci else spec_off).append("i")
            if node.dotall != dotall:
                (spec_on if node.dotall else spec_off).append("s")
            spec = "".join(spec_on) + ("-" + "".join(spec_off) if spec_off else "")
            body = self.emit(node.body, node.ci, node.dotall)
            return "(?" + spec + ":" + body + ")"
        if kind in ("behind", "nbehind"):
            return self.emit_lookbehind(node, ci, dotall)
        body = self.emit(node.body, ci, dotall)
        if kind == "named":
            prefix = f"(?P<{node.name}>"
        else:
            prefix = {
                "capture": "(",
                "noncap": "(?:",
                "ahead": "(?=",
                "nahead": "(?!",
                "atomic": "(?>",
            }[kind]
        return prefix + body + ")"

    def emit_lookbehind(self, node: _Group, ci: bool, dotall: bool) -> str:
        op = "(?<=" if node.kind == "behind" else "(?<!"
        lo, hi = _width(node.body)
        if _contains_backref(node.body):
            raise self.unsupported("backreference inside a lookbehind", node.start)
        if lo == hi:
            return op + self.emit(node.body, ci, dotall) + ")"
        variants = _fixed_variants(node.body)
        if variants is None:
            raise self.unsupported("variable-length lookbehind", node.start)
        texts: list[str] = []
        for v in variants:
            t = op + self.emit_items(v, ci, dotall) + ")"
            if t not in texts:
                texts.append(t)
        if node.kind == "behind":
            return "(?:" + "|".join(texts) + ")"
        return "(?:" + "".join(texts) + ")"


def _join(parts: list[tuple[str, bool]]) -> str:
    """Concatenate emitted items; a numbered backreference followed by a digit
    is grouped, since Python would read ``\\1`` + ``0`` as ``\\10``."""
    out: list[str] = []
    for k, (text, backref) in enumerate(parts):
        if backref and k + 1 < len(parts) and parts[k + 1][0][:1].isdigit():
            text = "(?:" + text + ")"
        out.append(text)
    return "".join(out)


def _printable(text: str) -> bool:
    return text.isascii() and text.isprintable()


def _char_text_ok(text: str, cp: int) -> bool:
    """Does Python read ``text`` (copied from the source) as exactly ``cp``,
    and is it printable ASCII?"""
    if not text.isascii() or not text.isprintable():
        return False
    if len(text) == 1:
        return ord(text) == cp
    if text[0] != "\\":
        return False
    if len(text) == 2:
        c = text[1]
        if not c.isalnum():
            return ord(c) == cp
        return {"t": 9, "n": 10, "r": 13, "f": 12, "a": 7}.get(c) == cp
    if text[1] == "x" and len(text) == 4 and set(text[2:]) <= _HEX:
        return int(text[2:], 16) == cp
    if text[1] == "u" and len(text) == 6 and set(text[2:]) <= _HEX:
        return int(text[2:], 16) == cp
    return False


def _zero_width(node: _Node) -> bool:
    if isinstance(node, (_Anchor, _Empty)):
        return True
    if isinstance(node, _Group):
        return node.kind in ("ahead", "nahead", "behind", "nbehind")
    return False


def _has_capture(node: _Node) -> bool:
    if isinstance(node, _Group):
        return node.kind in ("capture", "named") or _has_capture(node.body)
    if isinstance(node, _Seq):
        return any(_has_capture(i) for i in node.items)
    if isinstance(node, _Alt):
        return any(_has_capture(b) for b in node.branches)
    if isinstance(node, _Quant):
        return _has_capture(node.child)
    return False


def _contains_backref(node: _Node) -> bool:
    if isinstance(node, _Backref):
        return True
    if isinstance(node, _Group):
        return _contains_backref(node.body)
    if isinstance(node, _Seq):
        return any(_contains_backref(i) for i in node.items)
    if isinstance(node, _Alt):
        return any(_contains_backref(b) for b in node.branches)
    if isinstance(node, _Quant):
        return _contains_backref(node.child)
    return False


_NO_SENS: frozenset[bool] = frozenset()


def _sens(node: _Node) -> frozenset[bool]:
    """Which Java case-insensitivity settings the node's matching depends on."""
    cached = node.sens_cache
    if cached is not None:
        return cached
    s: frozenset[bool]
    if isinstance(node, _Char):
        s = frozenset({node.ci}) if _contains(_ASCII_LETTERS, node.cp) else frozenset()
    elif isinstance(node, _Set):
        s = frozenset({node.ci}) if _inter(node.cs, _ASCII_LETTERS) else frozenset()
    elif isinstance(node, _Backref):
        s = frozenset({node.ci})
    elif isinstance(node, _Seq):
        s = _NO_SENS.union(*(_sens(i) for i in node.items))
    elif isinstance(node, _Alt):
        s = _NO_SENS.union(*(_sens(b) for b in node.branches))
    elif isinstance(node, _Quant):
        s = _sens(node.child)
    elif isinstance(node, _Group):
        s = frozenset() if node.kind == "flags" else _sens(node.body)
    else:
        s = frozenset()
    node.sens_cache = s
    return s


def _width(node: _Node) -> tuple[int, int | None]:
    """(min, max) number of code points the node matches; max None if unbounded."""
    if isinstance(node, (_Char, _Set, _Dot)):
        return 1, 1
    if isinstance(node, (_Anchor, _Empty)):
        return 0, 0
    if isinstance(node, _LineEnding):
        return 1, 2
    if isinstance(node, _Backref):
        return 0, None
    if isinstance(node, _Seq):
        lo = 0
        hi: int | None = 0
        for item in node.items:
            a, b = _width(item)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if isinstance(node, _Alt):
        ws = [_width(b) for b in node.branches]
        lo = min(w[0] for w in ws)
        highs = [w[1] for w in ws if w[1] is not None]
        return lo, (max(highs) if len(highs) == len(ws) else None)
    if isinstance(node, _Quant):
        if _zero_width(node.child):
            return 0, 0
        a, b = _width(node.child)
        hi = None if node.hi is None or b is None else b * node.hi
        return a * node.lo, hi
    if isinstance(node, _Group):
        if node.kind in ("ahead", "nahead", "behind", "nbehind"):
            return 0, 0
        return _width(node.body)
    raise AssertionError(type(node))


_MAX_VARIANTS = 256


def _fixed_variants(node: _Node) -> list[list[_Node]] | None:
    """Split ``node`` into fixed-width alternatives (lists of items), or None."""
    result: list[list[_Node]]
    if isinstance(node, (_Char, _Set, _Dot, _Anchor, _Empty)):
        return [[node]]
    if isinstance(node, _LineEnding):
        cr, lf = _Char(0x0D, False), _Char(0x0A, False)
        for n in (cr, lf):
            n.start = n.end = -1
        s = _Set(_VERT_WS, False)
        s.start = s.end = -1
        return [[cr, lf], [s]]
    if isinstance(node, _Seq):
        result = [[]]
        for item in node.items:
            vs = _fixed_variants(item)
            if vs is None or len(result) * len(vs) > _MAX_VARIANTS:
                return None
            result = [a + b for a in result for b in vs]
        return result
    if isinstance(node, _Alt):
        result = []
        for b in node.branches:
            vs = _fixed_variants(b)
            if vs is None:
                return None
            result.extend(vs)
        return result if len(result) <= _MAX_VARIANTS else None
    if isinstance(node, _Group):
        lo, hi = _width(node)
        if lo == hi:
            return [[node]]
        if node.kind == "noncap":
            return _fixed_variants(node.body)
        return None
    if isinstance(node, _Quant):
        lo, hi = _width(node)
        if lo == hi:
            return [[node]]
        if node.hi is None or _has_capture(node.child) or node.mode == "+":
            return None
        child = _fixed_variants(node.child)
        if child is None:
            return None
        result = []
        for k in range(node.lo, node.hi + 1):
            for combo in product(child, repeat=k):
                result.append([x for part in combo for x in part])
                if len(result) > _MAX_VARIANTS:
                    return None
        return result
    return None


# ---------------------------------------------------------------------------
# Review helper.


class DoubleEscape(NamedTuple):
    offset: int  # of the escaped backslash ``\\``
    text: str  # a few characters from there on
    in_class: bool
    strong: bool  # True: the would-be escape changes what matches; False: the
    #               class merely also admits a backslash (``[a-z\\-]``)


_ESCAPE_LETTERS = set("dDwWsSbBntrfvhHuxzZAR")


def suspicious_double_escapes(pattern: str) -> list[DoubleEscape]:
    """Spots where a regex escape seems to have been escaped once too often.

    ``^[\\\\P{C}]*$`` (JSON ``"^[\\\\\\\\P{C}]*$"``) is, for Java, a class of a
    backslash, ``P``, ``{``, ``C`` and ``}`` -- almost certainly meant as
    ``\\P{C}``.  Flags an escaped backslash followed by ``p{``/``P{`` or an
    escape letter (``\\\\d``, ``\\\\S``, ...), and -- outside a class -- by a
    metacharacter (``\\\\.``, ``\\\\+``): those are "strong".  Inside a class,
    ``\\\\.``/``\\\\-`` etc. only add the backslash to the set: "weak".  The
    translation itself always keeps Java's literal reading.
    """
    found: list[DoubleEscape] = []
    i = 0
    in_class = False
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern.startswith("\\\\", i) and i + 2 < n:
                nxt = pattern[i + 2]
                strong: bool | None = None
                if (
                    nxt in "pP"
                    and pattern[i + 3 : i + 4] == "{"
                    or nxt in _ESCAPE_LETTERS
                ):
                    strong = True
                elif nxt in ".+*?-":
                    strong = not in_class
                if strong is not None:
                    found.append(DoubleEscape(i, pattern[i : i + 6], in_class, strong))
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "]" and in_class:
            in_class = False
        i += 1
    return found
