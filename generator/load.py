"""Read a service model (botocore ``service-2.json`` shape) from JSON or YAML.

The result is a :class:`Document`: the parsed, JSON-compatible value plus a
way to turn a path inside it into a 1-based ``(line, column)`` for error
messages.  Everything wrong with the file is reported as a
:class:`~generator.errors.SpecError` carrying located
:class:`~generator.errors.Problem` values; no other exception escapes
:func:`load_document` / :func:`parse_document` for any input.

Positions
    Lines and columns are 1-based; columns count Unicode code points (a tab
    is one column).  A leading UTF-8 byte order mark is dropped and not
    counted.  JSON lines are separated by ``\\n`` (as in
    :class:`json.JSONDecodeError`); YAML lines by any YAML line break (as
    in the parser's marks).  The position of a path is where its *value*
    starts: the ``{``/``[``/first character of a JSON value, the start of
    a YAML node (for a block mapping that is its first key).

JSON
    Parsed by the C :mod:`json` module; positions are not computed while
    loading.  The first :meth:`Document.locate` call runs a small
    regex-driven scanner over the text that records where every value starts
    (in a tree shaped like the data) and caches it.  Duplicate keys,
    ``NaN``/``Infinity``, numbers that overflow a float and integers beyond
    Python's digit limit are problems; they are noticed cheaply by hooks while
    parsing and then located by the same scanner.  A syntax error is one
    problem at the decoder's line:col, with the pointer of the innermost
    container open there.

YAML
    Parsed event by event (libyaml's ``CSafeLoader`` parser when available,
    else PyYAML's pure-Python ``SafeLoader``); the value is built from the
    events by this module, never by PyYAML's constructors, so no Python
    object can be created and positions come for free from the event marks.

    * Only one document; anchors and aliases are rejected (no alias bombs);
      nesting deeper than :data:`MAX_DEPTH` is rejected.
    * Explicit tags: only the core-schema ``!!str !!int !!float !!bool
      !!null !!map !!seq`` (and the non-specific ``!``).  Anything else --
      ``!!python/...``, ``!!binary``, ``!!timestamp``, ``!!set``, local
      ``!foo`` -- is a problem.
    * Mapping keys must be strings; duplicate keys are problems; a plain
      ``<<`` merge key is a problem.
    * Plain (unquoted, untagged) scalars are typed only where YAML 1.1
      (PyYAML) and the YAML 1.2 core schema agree:
      ``~ null Null NULL`` and the empty scalar are null;
      ``true True TRUE false False FALSE`` are booleans;
      ``[-+]?(0|[1-9][0-9]*)`` and ``0x[0-9a-fA-F]+`` are integers;
      ``[-+]?[0-9]+.[0-9]*([eE][-+][0-9]+)?`` and ``.[0-9]+([eE][-+][0-9]+)?``
      are floats; ``.inf``/``.nan`` are problems (no non-finite numbers in the
      JSON data model).  Everything else is a string -- in particular
      timestamps and dates (``2017-08-08``) stay strings (no ``datetime``),
      as do ``yes/no/on/off``, ``1e5``, ``0o17``, ``017``, ``1_000`` and
      ``1:30``, which the two YAML versions read differently.  Because the
      typed forms are a subset of what both versions type, output of
      ``yaml.safe_dump`` (1.1) and of YAML 1.2 emitters reads back unchanged.

Format choice (:func:`parse_document` with ``fmt=None``)
    ``.json`` -> JSON; ``.yaml``/``.yml`` -> YAML (case-insensitive); any
    other name: JSON if the first non-blank character is ``{`` or ``[``,
    else YAML.
"""

from __future__ import annotations

import bisect
import enum
import json
import math
import os
import pathlib
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Generic, Literal, Protocol, TypeAlias, TypedDict, TypeVar

# PyYAML ships no annotations: without the optional types-PyYAML stubs mypy
# reports these imports (the ignores are unused when the stubs are installed).
import yaml  # type: ignore[import-untyped, unused-ignore]
from yaml.events import (  # type: ignore[import-untyped, unused-ignore]
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from generator.errors import Problem, SpecError, pointer_of

__all__ = [
    "SPEC_FILENAMES",
    "Document",
    "find_spec",
    "load_document",
    "parse_document",
]

Path: TypeAlias = "tuple[str | int, ...]"

#: A JSON-compatible value, as built from YAML events.
_Json: TypeAlias = "dict[str, _Json] | list[_Json] | str | int | float | bool | None"
_Scalar: TypeAlias = "str | int | float | bool | None"

#: A path as the tolerant JSON scanner records it: a value it meets where a
#: key should be (``{"a" {``, only in text that json rejects) has the part None.
_ScanPath: TypeAlias = "tuple[str | int | None, ...]"

#: 1-based (line, column) of a YAML node.
_LineCol: TypeAlias = "tuple[int, int]"

#: Model file names :func:`find_spec` looks for in a directory, in this order.
SPEC_FILENAMES = (
    "service-2.json",
    "service.json",
    "service.yaml",
    "service.yml",
    "service-2.yaml",
)

#: Deepest nesting accepted in YAML (JSON: as deep as :mod:`json` manages).
MAX_DEPTH = 500

_NOT_A_MAPPING = "a service model is a mapping with metadata, operations and shapes"


class _EventParser(Protocol):
    """The part of a PyYAML loader used here: its event stream."""

    def get_event(self) -> Event | None: ...

    def dispose(self) -> None: ...


class _Mark(Protocol):
    """A PyYAML position (``yaml.Mark`` or libyaml's); 0-based."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


_LoaderFactory: TypeAlias = "Callable[[str], _EventParser]"

_YAML_LOADER: _LoaderFactory = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


# --------------------------------------------------------------------------
# Document

#: A position: an offset into JSON text, a (line, column) of a YAML node.
_P = TypeVar("_P", int, tuple[int, int])

#: A child in a position tree: a ``_Node`` or, for a scalar, its position.
_Tree: TypeAlias = "_Node[_P] | _P"
_Children: TypeAlias = "dict[str | None, _Tree[_P]] | list[_Tree[_P]]"


class _Node(Generic[_P]):
    """Position of a mapping or sequence plus the positions inside it.

    ``children`` is a dict (key -> child) for a mapping, a list (index ->
    child) for a sequence; a child is a ``_Node`` or, for a scalar, just its
    position.  A tree keeps the cost per value constant however deep the
    document nests (a table keyed by path tuples would not).
    """

    __slots__ = ("pos", "children")

    pos: _P
    children: _Children[_P]

    def __init__(self, pos: _P, children: _Children[_P]) -> None:
        self.pos = pos
        self.children = children


def _walk(root: _Tree[_P] | None, path: Path) -> _P | None:
    """Position stored for ``path`` or for its nearest ancestor (None if empty)."""
    node = root
    best = node.pos if isinstance(node, _Node) else node
    for part in path:
        if not isinstance(node, _Node):
            break
        children = node.children
        if isinstance(children, dict):
            if not isinstance(part, str):
                break
            child = children.get(part)
        else:
            if isinstance(part, str) and part.isascii() and part.isdigit():
                part = int(part)  # a JSON pointer segment
            if (
                not isinstance(part, int)
                or isinstance(part, bool)
                or not 0 <= part < len(children)
            ):
                break
            child = children[part]
        if child is None:
            break
        node = child
        best = child.pos if isinstance(child, _Node) else child
    return best


class _Positions:
    def locate(self, path: Path) -> tuple[int, int]:
        raise NotImplementedError


class _YamlPositions(_Positions):
    """(line, col) of every YAML node, recorded while building the data."""

    def __init__(self, root: _Tree[_LineCol] | None) -> None:
        self._root = root

    def locate(self, path: Path) -> tuple[int, int]:
        return _walk(self._root, path) or (0, 0)


class _JsonPositions(_Positions):
    """Offsets of JSON values, scanned from the text on first use and cached."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lock = threading.Lock()
        self._root: _Tree[int] | None = None
        self._line_starts: list[int] | None = None

    def __getstate__(self) -> _JsonPositionsState:  # picklable/deep-copyable: no lock
        root, starts = self._build()
        return {"root": root, "starts": starts}

    def __setstate__(self, state: _JsonPositionsState) -> None:
        self._text = ""
        self._lock = threading.Lock()
        self._root = state["root"]
        self._line_starts = state["starts"]

    def _build(self) -> tuple[_Tree[int] | None, list[int]]:
        with self._lock:
            if self._line_starts is None:
                self._root = _scan_json(self._text).root
                self._line_starts = _line_starts(self._text)
                self._text = ""  # no longer needed
            return self._root, self._line_starts

    def locate(self, path: Path) -> tuple[int, int]:
        root, starts = self._build()
        offset = _walk(root, path)
        if offset is None:
            return (0, 0)
        return _line_col(starts, offset)


class _JsonPositionsState(TypedDict):
    root: _Tree[int] | None
    starts: list[int]


@dataclass(frozen=True)
class Document:
    """A parsed spec file.

    ``path`` is the display name used in problems, ``data`` the
    JSON-compatible value: a mapping (the loaders reject anything else) whose
    values are dict/list/str/int/float/bool/None.
    """

    path: str
    data: dict[str, Any]
    _positions: _Positions | None = field(default=None, compare=False, repr=False)

    def locate(self, path: Path) -> tuple[int, int]:
        """1-based ``(line, col)`` where the value at ``path`` starts.

        For a path that does not exist, the position of its nearest existing
        ancestor; ``(0, 0)`` if nothing is known.
        """
        if self._positions is None:
            return (0, 0)
        try:
            return self._positions.locate(tuple(path))
        except Exception:  # pragma: no cover - a position is only a hint
            return (0, 0)

    def problem(self, path: Path, message: str) -> Problem:
        """A :class:`Problem` located at ``path`` in this document."""
        line, col = self.locate(path)
        return Problem(self.path, line, col, pointer_of(tuple(path)), message)


# --------------------------------------------------------------------------
# Public entry points


def find_spec(path: str | os.PathLike[str]) -> pathlib.Path:
    """The model file for ``path``.

    A file is returned as is; for a directory, the first of
    :data:`SPEC_FILENAMES` (``service-2.json``, ``service.json``,
    ``service.yaml``, ``service.yml``, ``service-2.yaml``) that is a file in
    it.  Raises :class:`SpecError` if there is none or ``path`` is missing.
    """
    p = pathlib.Path(path)
    name = str(path)
    try:
        if p.is_dir():
            for candidate in SPEC_FILENAMES:
                if (p / candidate).is_file():
                    return p / candidate
            looked = ", ".join(SPEC_FILENAMES)
            raise _error(name, f"no service model in {name} (looked for {looked})")
        if p.exists():
            return p
    except OSError as exc:
        raise _error(name, f"cannot access: {exc.strerror or exc}") from None
    raise _error(name, "no such file or directory")


def load_document(path: str | os.PathLike[str]) -> Document:
    """Read and parse the spec file at ``path`` (format from its suffix)."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise _error(name, "file not found") from None
    except IsADirectoryError:
        raise _error(name, "is a directory, not a service model file") from None
    except PermissionError:
        raise _error(name, "permission denied: cannot read the file") from None
    except (OSError, ValueError) as exc:
        message = getattr(exc, "strerror", None) or str(exc)
        raise _error(name, f"cannot read the file: {message}") from None
    return parse_document(raw, name)


def parse_document(
    text: str | bytes,
    name: str,
    fmt: Literal["json", "yaml"] | None = None,
) -> Document:
    """Parse ``text`` (bytes must be UTF-8) as JSON or YAML.

    ``name`` is the display name used in problems.  ``fmt=None`` picks the
    format from the suffix of ``name``, else by sniffing (see the module
    docstring).  Raises :class:`SpecError`; ``ValueError`` only for a bad
    ``fmt`` argument.
    """
    if fmt not in (None, "json", "yaml"):
        raise ValueError(f"fmt must be 'json', 'yaml' or None, not {fmt!r}")
    name = str(name)
    try:
        return _parse(text, name, fmt)
    except SpecError:
        raise
    except Exception as exc:  # safety net: never leak a traceback to users
        raise _error(
            name, f"internal error while reading the spec: {type(exc).__name__}: {exc}"
        ) from None


# --------------------------------------------------------------------------
# Shared helpers


def _error(name: str, message: str, line: int = 0, col: int = 0) -> SpecError:
    return SpecError([Problem(name, line, col, "", message)])


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def _line_col(starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__  # pragma: no cover


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = (
            "UTF-32"
            if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))
            else "UTF-16"
        )
        raise _error(name, f"file is {enc} encoded; specs must be UTF-8", 1, 1)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start
        line = raw.count(b"\n", 0, start) + 1
        line_start = raw.rfind(b"\n", 0, start) + 1
        col = len(raw[line_start:start].decode("utf-8", "replace")) + 1
        raise _error(
            name,
            f"not valid UTF-8: byte 0x{raw[start]:02x} at byte offset {start} "
            f"({exc.reason}); specs must be UTF-8 encoded",
            line,
            col,
        ) from None


def _choose_format(text: str, name: str) -> Literal["json", "yaml"]:
    suffix = pathlib.PurePath(name).suffix.lower() if name else ""
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    stripped = text.lstrip(" \t\r\n")
    return "json" if stripped[:1] in ("{", "[") else "yaml"


def _parse(
    text: str | bytes, name: str, fmt: Literal["json", "yaml"] | None
) -> Document:
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = _decode(bytes(text), name)
    elif text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip(" \t\r\n"):
        raise _empty(name)
    if fmt is None:
        fmt = _choose_format(text, name)
    if fmt == "json":
        return _parse_json(text, name)
    return _parse_yaml(text, name)


def _empty(name: str) -> SpecError:
    return _error(
        name,
        "empty file: expected a service model (a mapping with metadata, "
        "operations and shapes)",
    )


# --------------------------------------------------------------------------
# JSON

# One token per match, after skipping whitespace, commas and colons (the
# scanner only runs on text json accepted, or on the prefix before an error).
# Groups: 1 string, 2 its ":" (a key), 3 bracket, 4 other scalar, 5 a lone
# '"' (an unterminated string: the prefix ends inside it).
_JSON_TOKEN = re.compile(
    r'[\s,:]*(?:("[^"\\]*(?:\\.[^"\\]*)*")(\s*:)?|([{}\[\]])|([^\s{}\[\]:,"]+)|("))',
    re.S,
)
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?\Z")
_NON_FINITE = {"NaN", "Infinity", "-Infinity"}


class _JsonScan:
    __slots__ = ("root", "problems", "container")

    def __init__(self) -> None:
        self.root: _Tree[int] | None = None  # _Node tree of value offsets
        self.problems: list[tuple[int, _ScanPath, str]] = []  # (offset, path, message)
        self.container: _ScanPath = ()


def _scan_json(
    text: str, *, end: int | None = None, check: bool = False, max_depth: int = 0
) -> _JsonScan:
    """Record the offset where each value of the JSON ``text`` starts.

    Tolerant: on malformed input it never raises, it just stops making sense.
    With ``check``, also report duplicate keys, non-finite and oversized
    numbers; with ``max_depth``, report the first container nested deeper.
    ``end`` stops the scan there; ``container`` is then the path of the
    innermost open container at that point.
    """
    scan = _JsonScan()
    problems = scan.problems
    # Per open container: (node, key, seen-key offsets); parts = its path.
    stack: list[tuple[_Node[int] | None, str | None, dict[str, int] | None]] = []
    parts: list[str | int | None] = []
    node: _Node[int] | None = None  # innermost open container
    in_obj = False
    key: str | None = None
    seen: dict[str, int] | None = None
    starts: list[int] | None = None
    deep_reported = False
    int_limit = (
        sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0
    )
    for m in _JSON_TOKEN.finditer(text, 0, len(text) if end is None else end):
        kind = m.lastindex
        if kind == 3:
            c: str = m.group(3)
            if c == "}" or c == "]":
                if stack:
                    node, key, seen = stack.pop()
                    if node is not None:
                        parts.pop()
                        in_obj = isinstance(node.children, dict)
                    else:
                        in_obj = False
                continue
        elif kind == 2:  # a key
            tok: str = m.group(1)
            if "\\" in tok:
                try:
                    decoded: str = json.loads(tok)
                    key = decoded
                except ValueError:
                    key = tok[1:-1]
            else:
                key = tok[1:-1]
            if seen is not None:
                start = m.start(1)
                first = seen.get(key)
                if first is not None:
                    if starts is None:
                        starts = _line_starts(text)
                    line, col = _line_col(starts, first)
                    problems.append(
                        (
                            start,
                            tuple(parts) + (key,),
                            f"duplicate key {key!r} (first defined at line {line}, "
                            f"column {col})",
                        )
                    )
                else:
                    seen[key] = start
            continue
        elif kind == 5 or kind is None:
            break
        else:
            c = '"' if kind == 1 else "0"
        # A value starts here: attach it to the open container.
        start = m.start(kind)
        new_node: _Node[int] | None = None  # the container that starts here
        value: _Tree[int]
        if c == "{" or c == "[":
            value = new_node = _Node(start, {} if c == "{" else [])
        else:
            value = start
            if check and kind == 4:
                message = _check_json_scalar(m.group(4), int_limit)
                if message:
                    here: _ScanPath = (
                        tuple(parts) + ((key if in_obj else len(node.children)),)
                        if node is not None
                        else ()
                    )
                    problems.append((start, here, message))
        part: str | int | None
        if node is None:
            if scan.root is None:
                scan.root = value
            part = None
        else:
            children = node.children
            if isinstance(children, dict):  # in_obj
                part = key
                if key not in children:  # keep the first of duplicate keys
                    children[key] = value
            else:
                part = len(children)
                children.append(value)
        if new_node is not None:
            stack.append((node, key, seen))
            if node is not None:
                parts.append(part)
            node = new_node
            in_obj = c == "{"
            key = None
            seen = {} if (check and in_obj) else None
            if max_depth and len(stack) > max_depth and not deep_reported:
                deep_reported = True
                problems.append(
                    (start, tuple(parts), f"nested more than {max_depth} levels deep")
                )
    scan.container = tuple(parts)
    return scan


def _scan_pointer(path: _ScanPath) -> str:
    """:func:`pointer_of` for a scanner path (None is spelt as ``str`` does)."""
    return pointer_of(tuple("None" if part is None else part for part in path))


def _check_json_scalar(tok: str, int_limit: int) -> str | None:
    if tok in _NON_FINITE:
        return f"{tok} is not valid JSON (the data model has no NaN or infinities)"
    m = _JSON_NUMBER.match(tok)
    if m is None:
        return None
    if m.group(1) is None and m.group(2) is None:
        digits = len(tok.lstrip("-"))
        if int_limit and digits > int_limit:
            return f"integer with {digits} digits is too large (limit {int_limit})"
        return None
    if math.isinf(float(tok)):
        return f"number {_shorten(tok)} is out of range for a float"
    return None


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _json_message(text: str, exc: json.JSONDecodeError) -> str:
    """The decoder's message, tidied, with a hint for a trailing comma."""
    msg = exc.msg.removesuffix(" at").removesuffix(" starting")
    msg = msg[:1].lower() + msg[1:]
    if text[exc.pos : exc.pos + 1] in ("}", "]") and text[: exc.pos].rstrip(
        " \t\r\n"
    ).endswith(","):
        msg += " (trailing comma?)"
    return msg


def _parse_json(text: str, name: str) -> Document:
    flags = {"check": False}

    def pairs_hook(pairs: list[tuple[str, _Json]]) -> dict[str, _Json]:
        result = dict(pairs)
        if len(result) != len(pairs):
            flags["check"] = True
        return result

    def parse_float(token: str) -> float:
        value = float(token)
        if math.isinf(value):
            flags["check"] = True
        return value

    def parse_constant(token: str) -> float:
        flags["check"] = True
        return float(token.replace("Infinity", "inf"))

    generic: str | None = None
    deep = False
    try:
        data = json.loads(
            text,
            object_pairs_hook=pairs_hook,
            parse_float=parse_float,
            parse_constant=parse_constant,
        )
    except json.JSONDecodeError as exc:
        container = _scan_json(text, end=exc.pos).container
        message = f"invalid JSON: {_json_message(text, exc)}"
        raise SpecError(
            [Problem(name, exc.lineno, exc.colno, _scan_pointer(container), message)]
        ) from None
    except RecursionError:
        deep = True
        flags["check"] = True
        generic = "nested too deeply"
    except ValueError as exc:  # e.g. an integer beyond the int/str digit limit
        flags["check"] = True
        generic = f"invalid JSON: {exc}"
    else:
        if not flags["check"]:
            document = Document(name, data, _JsonPositions(text))
            if not isinstance(data, dict):
                raise SpecError(
                    [document.problem((), f"{_NOT_A_MAPPING}, not {_type_name(data)}")]
                )
            return document

    # flags["check"] is set (every except clause above sets it): locate the problems.
    scan = _scan_json(text, check=True, max_depth=MAX_DEPTH if deep else 0)
    starts = _line_starts(text)
    problems = [
        Problem(name, *_line_col(starts, offset), _scan_pointer(path), message)
        for offset, path, message in scan.problems
    ]
    if not problems:
        problems = [Problem(name, 0, 0, "", generic or "invalid JSON")]
    raise SpecError(problems)


# --------------------------------------------------------------------------
# YAML

_CORE = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL, _INT, _FLOAT = (
    _CORE + t for t in ("str", "null", "bool", "int", "float")
)
_MAP, _SEQ = _CORE + "map", _CORE + "seq"

# Characters YAML allows in a stream (YAML 1.2 "c-printable").
_YAML_BAD_CHAR = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)

# Plain scalars typed by both YAML 1.1 (PyYAML) and the YAML 1.2 core schema.
_PLAIN_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_PLAIN_BOOL = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_PLAIN_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_PLAIN_FLOAT = re.compile(r"(?:[-+]?[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+][0-9]+)?\Z")
_PLAIN_NONFINITE = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z|\.(?:nan|NaN|NAN)\Z")
_PLAIN_FIRST = frozenset("~nNtTfF-+.0123456789")

# Explicitly tagged scalars: the YAML 1.2 core schema forms.
_CORE_INT = re.compile(r"[-+]?[0-9]+\Z|0o[0-7]+\Z|0x[0-9a-fA-F]+\Z")
_CORE_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")


class _Invalid(Exception):
    """A scalar could not be converted; the message says why."""


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _to_int(text: str) -> int:
    try:
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text)
    except ValueError:  # over the int/str digit limit
        raise _Invalid(f"integer {_shorten(text)} is too large") from None


def _to_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _Invalid(f"number {_shorten(text)} is out of range for a float")
    return value


def _plain_scalar(value: str) -> _Scalar:
    if value and value[0] not in _PLAIN_FIRST:
        return value
    if value in _PLAIN_NULL:
        return None
    if value in _PLAIN_BOOL:
        return _PLAIN_BOOL[value]
    if _PLAIN_INT.match(value) or _PLAIN_HEX.match(value):
        return _to_int(value)
    if _PLAIN_FLOAT.match(value):
        return _to_float(value)
    if _PLAIN_NONFINITE.match(value):
        raise _Invalid(
            f"{value} is not allowed (the JSON data model has no NaN or infinities)"
        )
    return value


def _tagged_scalar(tag: str, value: str) -> _Scalar:
    if tag == _STR:
        return value
    if tag == _NULL:
        if value in _PLAIN_NULL:
            return None
    elif tag == _BOOL:
        if value in _PLAIN_BOOL:
            return _PLAIN_BOOL[value]
    elif tag == _INT:
        if _CORE_INT.match(value):
            return _to_int(value)
    elif tag == _FLOAT:
        if _CORE_FLOAT.match(value):
            return _to_float(value)
        if _PLAIN_NONFINITE.match(value):
            raise _Invalid(
                f"{value} is not allowed (the JSON data model has no NaN or infinities)"
            )
    elif tag in (_MAP, _SEQ):
        raise _Invalid(f"tag {_tag_name(tag)} cannot be used on a scalar")
    else:
        raise _Invalid(_unsupported_tag(tag))
    raise _Invalid(f"{_shorten(value)!r} is not a valid {_tag_name(tag)}")


def _unsupported_tag(tag: str) -> str:
    return (
        f"unsupported YAML tag {_tag_name(tag)!r} (only the core schema tags "
        "!!str, !!int, !!float, !!bool, !!null, !!map and !!seq are allowed)"
    )


class _Sentinel(enum.Enum):
    NO_KEY = "no key"
    BAD_KEY = "bad key"


_NO_KEY: Final = _Sentinel.NO_KEY  # the next node of a mapping is a key
_BAD_KEY: Final = _Sentinel.BAD_KEY  # a rejected key (its value is dropped) or scalar
_BadKey: TypeAlias = "Literal[_Sentinel.BAD_KEY]"


class _Frame:
    """An open mapping or sequence while building YAML data."""

    __slots__ = ("value", "node", "part", "is_map", "key", "key_marks")

    def __init__(
        self,
        value: dict[str, _Json] | list[_Json],
        node: _Node[_LineCol] | None,
        part: str | int | None,
    ) -> None:
        self.value = value
        self.node = node  # None: positions inside are not recorded
        self.part = part  # key or index in the parent (None for the root)
        self.is_map = isinstance(value, dict)
        self.key: str | _Sentinel = _NO_KEY
        self.key_marks: dict[str, tuple[int, int]] = {}


def _mark_pos(mark: _Mark | None) -> tuple[int, int]:
    if mark is None:
        return (0, 0)
    return (mark.line + 1, mark.column + 1)


class _YamlBuilder:
    """Builds data and a position tree from parser events, collecting problems."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.root: _Json = None
        self.root_pos = (0, 0)
        self.tree: _Tree[_LineCol] | None = None

    def path(self, depth: int | None = None) -> Path:
        """Path of the innermost open container (or of the one at ``depth``)."""
        frames = self.stack if depth is None else self.stack[: depth + 1]
        return tuple(frame.part for frame in frames[1:] if frame.part is not None)

    def report(self, pos: tuple[int, int], path: Path, message: str) -> None:
        self.problems.append(
            Problem(self.name, pos[0], pos[1], pointer_of(path), message)
        )

    def in_key(self) -> bool:
        return (
            bool(self.stack) and self.stack[-1].is_map and self.stack[-1].key is _NO_KEY
        )

    def place(
        self, value: _Json | _BadKey, pos: _LineCol, scalar: bool
    ) -> tuple[Path, str | int | None, _Node[_LineCol] | None]:
        """Attach a scalar or a new collection.

        Returns its path (the parent's for a key), its part in the parent and
        the position node of a new collection (None if not recorded).
        """
        stack = self.stack
        node: _Node[_LineCol] | None = (
            _Node(pos, {} if isinstance(value, dict) else []) if not scalar else None
        )
        leaf: _Tree[_LineCol] = node if node is not None else pos
        if not stack:
            self.root = None if value is _BAD_KEY else value
            self.root_pos = pos
            self.tree = leaf
            return (), None, node
        top = stack[-1]
        container = top.value
        part: str | int
        if isinstance(container, dict):  # top.is_map
            key = top.key
            if key is _NO_KEY:  # this node is a key
                top.key = self.accept_key(top, value, pos, scalar)
                return self.path(), None, None
            top.key = _NO_KEY
            if key is _BAD_KEY:
                return self.path(), None, None
            part = key
            # None: placeholder for a rejected value; a problem is reported
            container[part] = None if value is _BAD_KEY else value
        else:
            part = len(container)
            container.append(None if value is _BAD_KEY else value)
        if top.node is None:
            return self.path() + (part,), part, None
        children = top.node.children
        if isinstance(children, list):
            children.append(leaf)
        elif isinstance(part, str):  # always: a mapping's children are a dict
            children[part] = leaf
        return self.path() + (part,), part, node

    def accept_key(
        self, top: _Frame, value: _Json | _BadKey, pos: _LineCol, scalar: bool
    ) -> str | _BadKey:
        if value is _BAD_KEY:
            return _BAD_KEY
        if not scalar:
            self.report(
                pos,
                self.path(),
                f"mapping keys must be strings, not {_type_name(value)}",
            )
            return _BAD_KEY
        if not isinstance(value, str):
            self.report(
                pos,
                self.path(),
                f"mapping key {value!r} is {_type_name(value)}; keys must be strings "
                "(quote it)",
            )
            return _BAD_KEY
        first = top.key_marks.get(value)
        if first is not None:
            self.report(
                pos,
                self.path() + (value,),
                f"duplicate key {value!r} (first defined at line {first[0]}, "
                f"column {first[1]})",
            )
            return _BAD_KEY
        top.key_marks[value] = pos
        return value

    def scalar(self, event: ScalarEvent) -> None:
        pos = _mark_pos(event.start_mark)
        tag = event.tag
        plain = tag is None and event.implicit[0]
        problem: str | None = None
        value: _Json | _BadKey
        try:
            if tag is None or tag == "!":
                value = _plain_scalar(event.value) if plain else event.value
            else:
                value = _tagged_scalar(tag, event.value)
        except _Invalid as exc:
            value, problem = _BAD_KEY, str(exc)
        if plain and value == "<<" and self.in_key():
            value, problem = _BAD_KEY, _MERGE_MESSAGE
        path, _, _ = self.place(value, pos, True)
        if event.anchor is not None:
            self.report(pos, path, _anchor_message(event.anchor))
        if problem is not None:
            self.report(pos, path, problem)

    def start(self, event: CollectionStartEvent, is_map: bool) -> None:
        pos = _mark_pos(event.start_mark)
        value: dict[str, _Json] | list[_Json] = {} if is_map else []
        path, part, node = self.place(value, pos, False)
        if event.anchor is not None:
            self.report(pos, path, _anchor_message(event.anchor))
        tag = event.tag
        if tag is not None and tag not in ("!", _MAP if is_map else _SEQ):
            if tag in (_MAP, _SEQ, _STR, _NULL, _BOOL, _INT, _FLOAT):
                what = "mapping" if is_map else "sequence"
                self.report(
                    pos, path, f"tag {_tag_name(tag)} cannot be used on a {what}"
                )
            else:
                self.report(pos, path, _unsupported_tag(tag))
        self.stack.append(_Frame(value, node, part))
        if len(self.stack) > MAX_DEPTH:
            self.report(pos, path, f"nested more than {MAX_DEPTH} levels deep")
            raise SpecError(self.problems)

    def end(self) -> None:
        if self.stack:
            self.stack.pop()

    def alias(self, event: AliasEvent) -> None:
        pos = _mark_pos(event.start_mark)
        path, _, _ = self.place(_BAD_KEY, pos, True)
        self.report(
            pos,
            path,
            f"YAML alias '*{event.anchor}' is not supported: anchors and "
            "aliases are rejected (write the value out in full)",
        )


def _parse_yaml(text: str, name: str) -> Document:
    bad = _YAML_BAD_CHAR.search(text)
    if bad:
        line, col = _line_col(_line_starts(text), bad.start())
        raise _error(
            name,
            f"character U+{ord(bad.group()):04X} is not allowed in YAML",
            line,
            col,
        )

    builder = _YamlBuilder(name)
    documents = 0
    loader = _YAML_LOADER(text)
    try:
        while True:
            event = loader.get_event()
            if event is None:
                break
            if type(event) is ScalarEvent:
                builder.scalar(event)
            elif type(event) is MappingStartEvent:
                builder.start(event, True)
            elif type(event) is SequenceStartEvent:
                builder.start(event, False)
            elif type(event) is MappingEndEvent or type(event) is SequenceEndEvent:
                builder.end()
            elif type(event) is AliasEvent:
                builder.alias(event)
            elif type(event) is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    builder.report(
                        _mark_pos(event.start_mark),
                        (),
                        "more than one YAML document; a spec file holds exactly one",
                    )
                    break
            elif type(event) is StreamEndEvent:
                break
    except yaml.MarkedYAMLError as exc:
        pos = _mark_pos(exc.problem_mark)
        message = exc.problem or "syntax error"
        if exc.context:
            message = f"{message} ({exc.context}"
            if exc.context_mark is not None and _mark_pos(exc.context_mark) != pos:
                cl, cc = _mark_pos(exc.context_mark)
                message += f" at line {cl}, column {cc}"
            message += ")"
        if (
            "maximum nesting depth" in message
        ):  # newer libyaml stops deep nesting itself
            builder.report(
                pos, builder.path(), f"nested more than {MAX_DEPTH} levels deep"
            )
        else:
            builder.report(pos, builder.path(), f"invalid YAML: {message}")
        raise SpecError(builder.problems) from None
    except yaml.YAMLError as exc:
        builder.report((0, 0), builder.path(), f"invalid YAML: {exc}")
        raise SpecError(builder.problems) from None
    finally:
        try:
            loader.dispose()
        except Exception:  # pragma: no cover
            pass

    if documents == 0:
        raise _empty(name)
    if builder.problems:
        raise SpecError(builder.problems)
    root = builder.root
    if not isinstance(root, dict):
        what = _type_name(root) + (" (the document is empty)" if root is None else "")
        line, col = builder.root_pos
        raise SpecError([Problem(name, line, col, "", f"{_NOT_A_MAPPING}, not {what}")])
    return Document(name, root, _YamlPositions(builder.tree))


_MERGE_MESSAGE = (
    "merge key '<<' is not supported (merges need aliases, which are rejected)"
)


def _anchor_message(anchor: str) -> str:
    return (
        f"YAML anchor '&{anchor}' is not supported: anchors and aliases are "
        "rejected (write the value out in full)"
    )
