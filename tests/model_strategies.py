"""Hypothesis strategies built from a botocore ``service-2.json`` model.

Used by ``test_differential.py`` to drive the generated bindings and botocore
with the same inputs.  Everything here works on the *model* (plain dicts), not
on the generated code, so that a generator bug cannot hide itself by shaping
the test data.

* :meth:`ModelStrategies.input_params` -- boto3-style request parameters that
  satisfy every constraint of the model (lengths, ranges, enums, patterns,
  union arity, required members), so that ``validate()`` must accept them.
* :meth:`ModelStrategies.output_value` plus :func:`encode_response` -- a
  response value and the rest-json wire form a service would send for it.

Patterns: model patterns are Java regexes; ``generator.patterns`` translates
them to Python.  Hypothesis' ``st.from_regex`` is impractical on the
translations (the ``\\p{..}``/``\\P{C}`` classes become classes of hundreds
of ranges that take hypothesis 10-25 s *each* to compile, and ``(?a)``
patterns with non-ASCII literals fail with ``IncompatibleWithAlphabet``), so
strings for a pattern are generated here from the parsed translation
(``re._parser``) over a small alphabet (ASCII, Latin-1/Extended-A/B and a few
astral and special characters) and then filtered with the exact translated
pattern (``re.search``, i.e. Java ``find()``) and the length bounds.  A
pattern for which no value is found by a short probe is recorded in
:attr:`ModelStrategies.impractical_patterns` and its strings are generated
without the pattern (the tests then ignore that one pattern's validation
message).
"""

from __future__ import annotations

import base64
import datetime
import decimal
import email.utils
import calendar
import json
import math
import re
from re import _constants as _sre_c  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from generator.patterns import translate_pattern

UTC = datetime.timezone.utc

MAX_DEPTH = 3  # structures deeper than this get only their required members
HARD_DEPTH = 7  # beyond this, collections are as small as allowed and unions avoid nesting
MAX_EXTRA_ITEMS = 3  # collections get at most min + this many items
MAX_EXTRA_CHARS = 12  # unconstrained strings get at most min + this many characters

INT_BOUNDS = {"integer": (-(2**31), 2**31 - 1), "long": (-(2**63), 2**63 - 1)}

# Request timestamps: whole seconds (botocore's default serializer drops
# fractions), aware -- mostly UTC, sometimes another fixed offset, which both
# sides must convert to UTC.
_OFFSETS = [UTC, datetime.timezone(datetime.timedelta(hours=5, minutes=30)), datetime.timezone(-datetime.timedelta(hours=8))]
timestamps = st.datetimes(
    min_value=datetime.datetime(1900, 1, 2),
    max_value=datetime.datetime(2200, 1, 1),
    timezones=st.sampled_from(_OFFSETS),
).map(lambda d: d.replace(microsecond=0))

# Response timestamps: millisecond precision (what services send), UTC.
response_timestamps = st.datetimes(
    min_value=datetime.datetime(1900, 1, 2),
    max_value=datetime.datetime(2200, 1, 1),
    timezones=st.just(UTC),
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)

# Unconstrained text: any character, with URI/query/JSON/header delimiters
# and escapes (and a few multi-byte characters) drawn far more often than
# uniform sampling would.
_SPECIAL = list("/?#%&=+ ,;:@.~*'\"\\!$()[]{}<>|^`\t\n\r\x00\x7fé€😀")
text_chars = st.one_of(st.sampled_from(_SPECIAL), st.characters(exclude_categories=("Cs",)))


def any_text(min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    return st.text(text_chars, min_size=min_size, max_size=max_size)


header_token = st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,8}\Z")

# Header values a service sends: visible ASCII.
header_text = st.text(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=10
)

# --- pattern-driven text ------------------------------------------------------

_UNIVERSE = sorted(
    set(
        [chr(c) for c in (0x09, 0x0A, 0x0D)]
        + [chr(c) for c in range(0x20, 0x7F)]
        + [chr(c) for c in range(0xA0, 0x250)]
        + list("\x00\x1f\x7f\x85\u2028\u2029\u200b\u3000\u0301ЖжΩ中日本ｱعبה")
        + ["\U0001f600", "\U00010400", "\U0001d400", "\U00020000"]
    )
)

_CATEGORY_ESCAPES = {
    _sre_c.CATEGORY_DIGIT: r"\d",
    _sre_c.CATEGORY_NOT_DIGIT: r"\D",
    _sre_c.CATEGORY_SPACE: r"\s",
    _sre_c.CATEGORY_NOT_SPACE: r"\S",
    _sre_c.CATEGORY_WORD: r"\w",
    _sre_c.CATEGORY_NOT_WORD: r"\W",
}


class _Unsupported(Exception):
    pass


def _class_regex(items: list[Any], flags: int) -> re.Pattern[str]:
    """A one-character Python regex equivalent to a parsed class (``IN``) node."""
    out = []
    for op, av in items:
        if op is _sre_c.NEGATE:
            out.insert(0, "^")
        elif op is _sre_c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre_c.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _sre_c.CATEGORY and av in _CATEGORY_ESCAPES:
            out.append(_CATEGORY_ESCAPES[av])
        else:
            raise _Unsupported(f"class item {op} {av}")
    return re.compile("[" + "".join(out) + "]", flags & (re.ASCII | re.IGNORECASE))


def _class_candidates(items: list[Any], flags: int) -> list[list[str]]:
    """The characters of the alphabet a parsed class (``IN``) node matches,
    grouped by the class item that admits them (one group for a negated
    class): each group is then drawn equally often, so that a small range
    next to a large category (``[a-zA-Z\\d\\S]``) is not drowned out, which a
    lookahead such as ``(?=.*[a-z])`` needs."""
    if any(op is _sre_c.NEGATE for op, _av in items):
        whole = _class_regex(items, flags)
        return [[c for c in _UNIVERSE if whole.fullmatch(c)]]
    groups: list[list[str]] = []
    for op, av in items:
        extra: set[str] = set()
        if op is _sre_c.LITERAL:
            extra.add(chr(av))
        elif op is _sre_c.RANGE:
            lo, hi = av
            extra.update({chr(lo), chr(hi), chr((lo + hi) // 2)})
        pool = sorted(set(_UNIVERSE) | {c for c in extra if not 0xD800 <= ord(c) <= 0xDFFF})
        one = _class_regex([(op, av)], flags)
        group = [c for c in pool if one.fullmatch(c)]
        if group and group not in groups:
            groups.append(group)
    return groups


def _chars(candidates: list[str]) -> st.SearchStrategy[str]:
    if not candidates:
        return st.nothing()
    return st.sampled_from(candidates)


def _class_chars(groups: list[list[str]]) -> st.SearchStrategy[str]:
    groups = [g for g in groups if g]
    if not groups:
        return st.nothing()
    if len(groups) == 1:
        return st.sampled_from(groups[0])
    return st.sampled_from(groups).flatmap(st.sampled_from)


def _regex_strategy(parsed: Any, flags: int, stretch: int = 0) -> st.SearchStrategy[str]:
    """Strings matching the parsed regex (anchors and lookarounds ignored).

    Repeats run up to ``lo + max(4, stretch)`` times, so that a length
    minimum of ``stretch`` characters can be reached.
    """
    parts: list[st.SearchStrategy[str]] = []
    for op, av in parsed:
        if op is _sre_c.LITERAL:
            ch = chr(av)
            if flags & re.IGNORECASE and ch.lower() != ch.upper():
                parts.append(st.sampled_from([ch.lower(), ch.upper()]))
            else:
                parts.append(st.just(ch))
        elif op is _sre_c.NOT_LITERAL:
            parts.append(_chars([c for c in _UNIVERSE if ord(c) != av]))
        elif op is _sre_c.ANY:
            dotall = flags & re.DOTALL
            parts.append(_chars([c for c in _UNIVERSE if dotall or c != "\n"]))
        elif op is _sre_c.IN:
            parts.append(_class_chars(_class_candidates(av, flags)))
        elif op is _sre_c.BRANCH:
            parts.append(st.one_of(*[_regex_strategy(b, flags, stretch) for b in av[1]]))
        elif op is _sre_c.SUBPATTERN:
            _group, add, remove, sub = av
            parts.append(_regex_strategy(sub, (flags | add) & ~remove, stretch))
        elif op is _sre_c.ATOMIC_GROUP:
            parts.append(_regex_strategy(av, flags, stretch))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            # Enough repeats of the item's shortest match to reach the
            # length minimum (16 of ``([0-9a-f]{16})+`` make 256 characters).
            width = max(1, sub.getwidth()[0])
            needed = -(-stretch // width)
            extra = max(4, needed)
            cap = lo + extra if hi is _sre_c.MAXREPEAT or hi > lo + extra else hi
            item = _regex_strategy(sub, flags, stretch)
            repeats = st.lists(item, min_size=lo, max_size=cap)
            if min(needed, cap) > lo:
                # Now and then at least ``needed`` repeats, so that one
                # repeat alone reaches the length minimum: random list
                # sizes seldom reach a minimum of dozens (".*" with min 84).
                repeats = repeats | st.lists(item, min_size=min(needed, cap), max_size=cap)
            parts.append(repeats.map("".join))
        elif op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
            continue  # anchors and lookarounds: checked by the final filter
        else:
            raise _Unsupported(str(op))
    if not parts:
        return st.just("")
    if len(parts) == 1:
        return parts[0]
    return st.tuples(*parts).map("".join)


def _retrying(strategy: st.SearchStrategy[str], ok: Callable[[str], bool], tries: int = 10):
    @st.composite
    def draw_valid(draw: Any) -> str:
        for _ in range(tries):
            value = draw(strategy)
            if ok(value):
                return value
        assume(False)
        raise AssertionError("unreachable")

    return draw_valid()


class _Found(Exception):
    pass


def _satisfiable(strategy: st.SearchStrategy[str], ok: Callable[[str], bool]) -> bool:
    """Whether a few hundred draws of ``strategy`` include one that is ``ok``."""

    @settings(
        max_examples=300,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def probe(value: str) -> None:
        if ok(value):
            raise _Found

    try:
        probe()
    except _Found:
        return True
    return False


# --- the model ------------------------------------------------------------------


class ModelStrategies:
    """Strategies for the shapes of one service model (a ``service-2.json`` dict)."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.model = model
        self.shapes: dict[str, dict[str, Any]] = model["shapes"]
        self.impractical_patterns: set[str] = set()
        self._pattern_cache: dict[tuple[str, int, int | None], st.SearchStrategy[str]] = {}
        self._cache: dict[tuple[Any, ...], st.SearchStrategy[Any]] = {}
        # Probe every pattern now: the probe runs hypothesis' ``find``, which
        # must not run inside a test's ``@given``.
        for shape in self.shapes.values():
            if shape["type"] == "string" and "pattern" in shape and "enum" not in shape:
                for min_override in (0, 1):
                    lo = max(shape.get("min", 0), min_override)
                    self._pattern_text(shape["pattern"], lo, shape.get("max"))

    # -- scalars --

    def _string(
        self, shape: dict[str, Any], context: str, min_override: int = 0
    ) -> st.SearchStrategy[str]:
        lo = max(shape.get("min", 0), min_override)
        hi = shape.get("max")
        if "enum" in shape:
            values = [v for v in shape["enum"] if len(v) >= lo and (hi is None or len(v) <= hi)]
            return st.sampled_from(values or shape["enum"])
        if "pattern" in shape:
            return self._pattern_text(shape["pattern"], lo, hi)
        cap = lo + MAX_EXTRA_CHARS if hi is None else min(hi, lo + MAX_EXTRA_CHARS)
        if context == "response-header":
            return header_text.filter(lambda s: lo <= len(s) <= (hi if hi is not None else 10**9))
        if hi is not None and cap < hi <= 256:
            # now and then exactly as long as allowed
            # (hypothesis' own alphabet: its fast path for long text)
            return st.one_of(any_text(lo, cap), any_text(lo, cap), st.text(min_size=hi, max_size=hi))
        return any_text(lo, cap)

    def _pattern_text(self, pattern: str, lo: int, hi: int | None) -> st.SearchStrategy[str]:
        key = (pattern, lo, hi)
        if key in self._pattern_cache:
            return self._pattern_cache[key]
        translated = translate_pattern(pattern)
        regex = re.compile(translated)

        def ok(value: str) -> bool:
            return lo <= len(value) and (hi is None or len(value) <= hi) and regex.search(value) is not None

        strategy: st.SearchStrategy[str] | None = None
        try:
            parsed = _sre_parse.parse(translated)
            core = _regex_strategy(parsed, parsed.state.flags, lo)
            nodes = list(parsed)
            anchored_start = bool(nodes) and nodes[0][0] is _sre_c.AT
            anchored_end = bool(nodes) and nodes[-1][0] in (_sre_c.AT, _sre_c.ASSERT)
            pad = st.text(st.sampled_from(_UNIVERSE), max_size=4)
            if not anchored_start:
                core = st.tuples(pad, core).map("".join)
            if not anchored_end or lo > 0:
                core = core | st.tuples(core, pad).map("".join)
            candidate = _retrying(core, ok)
            if _satisfiable(core, ok):
                strategy = candidate
        except _Unsupported:
            strategy = None
        if strategy is None:
            self.impractical_patterns.add(pattern)
            cap = lo + MAX_EXTRA_CHARS if hi is None else min(hi, lo + MAX_EXTRA_CHARS)
            strategy = any_text(lo, cap)
        self._pattern_cache[key] = strategy
        return strategy

    def string_ok(self, name: str) -> Callable[[str], bool]:
        """Whether a string satisfies shape ``name``'s length, enum and pattern."""
        shape = self.shapes[name]
        lo, hi = shape.get("min", 0), shape.get("max")
        regex = re.compile(translate_pattern(shape["pattern"])) if "pattern" in shape else None
        enum = set(shape["enum"]) if "enum" in shape else None

        def ok(value: str) -> bool:
            return (
                lo <= len(value)
                and (hi is None or len(value) <= hi)
                and (enum is None or value in enum)
                and (regex is None or regex.search(value) is not None)
            )

        return ok

    def _number(self, shape: dict[str, Any]) -> st.SearchStrategy[Any]:
        kind = shape["type"]
        lo, hi = shape.get("min"), shape.get("max")
        if kind in INT_BOUNDS:
            dlo, dhi = INT_BOUNDS[kind]
            return st.integers(
                int(lo) if lo is not None else dlo, int(hi) if hi is not None else dhi
            )
        # float / double: NaN only when unbounded, infinities only on an open side.
        floats = st.floats(
            min_value=lo,
            max_value=hi,
            allow_nan=lo is None and hi is None,
            allow_infinity=lo is None or hi is None,
            width=32 if kind == "float" else 64,
        )
        ints = st.integers(
            math.ceil(lo) if lo is not None else -(2**31),
            math.floor(hi) if hi is not None else 2**31,
        )
        return floats | ints

    # -- any shape --

    def value(self, name: str, depth: int = 0, context: str = "body", member: dict[str, Any] | None = None) -> st.SearchStrategy[Any]:
        """Values of shape ``name`` in boto3's parameter style."""
        min_override = 0
        if member is not None and member.get("location") == "uri":
            min_override = 1  # an empty label is a client-side error (Smithy httpLabel)
        key = (name, min(depth, HARD_DEPTH + 1), context, min_override)
        if key not in self._cache:
            self._cache[key] = st.deferred(
                lambda: self._build(name, depth, context, min_override)
            )
        return self._cache[key]

    def _build(self, name: str, depth: int, context: str, min_override: int) -> st.SearchStrategy[Any]:
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "string":
            return self._string(shape, context, min_override)
        if kind in ("integer", "long", "float", "double"):
            return self._number(shape)
        if kind == "boolean":
            return st.booleans()
        if kind == "timestamp":
            return response_timestamps if context.startswith("response") else timestamps
        if kind == "blob":
            lo, hi = shape.get("min", 0), shape.get("max")
            cap = lo + 16 if hi is None else min(hi, lo + 16)
            return st.binary(min_size=lo, max_size=cap)
        if kind == "list":
            lo, hi = shape.get("min", 0), shape.get("max")
            extra = 0 if depth >= HARD_DEPTH else (1 if depth >= MAX_DEPTH else MAX_EXTRA_ITEMS)
            cap = lo + extra if hi is None else min(hi, lo + extra)
            item_context = context if context.startswith("response") else "body"
            return st.lists(
                self.value(shape["member"]["shape"], depth + 1, item_context),
                min_size=lo,
                max_size=cap,
            )
        if kind == "map":
            lo, hi = shape.get("min", 0), shape.get("max")
            extra = 0 if depth >= HARD_DEPTH else (1 if depth >= MAX_DEPTH else MAX_EXTRA_ITEMS)
            cap = lo + extra if hi is None else min(hi, lo + extra)
            inner = "response" if context.startswith("response") else "body"
            return st.dictionaries(
                self.value(shape["key"]["shape"], depth + 1, inner),
                self.value(shape["value"]["shape"], depth + 1, inner),
                min_size=lo,
                max_size=cap,
            )
        if kind == "structure":
            if shape.get("document"):
                # (not null itself: a document member set to null is the
                # member left out, in boto3 and the bindings alike; botocore
                # would send the null)
                return json_values.filter(lambda v: v is not None)
            return self._structure(shape, depth, response=context.startswith("response"))
        raise TypeError(f"no strategy for shape {name} of type {kind}")

    def _member_value(self, member: dict[str, Any], depth: int, top_level_output: bool = False, response: bool = False) -> st.SearchStrategy[Any]:
        context = "response" if response or top_level_output else "body"
        if top_level_output and member.get("location") in ("header", "headers"):
            context = "response-header"
        if member.get("location") == "headers":
            # A prefix-header map: keys become header names (lower-case
            # tokens), values header values.
            target = self.shapes[member["shape"]]
            keys = _retrying(header_token, self.string_ok(target["key"]["shape"]))
            values = header_text if context == "response-header" else self.value(target["value"]["shape"], depth + 1)
            return st.dictionaries(keys, values, max_size=2)
        if member.get("jsonvalue"):
            return json_values
        if member.get("hostLabel"):
            # a DNS label (botocore and the bindings both refuse anything else)
            return _retrying(
                st.from_regex(r"\A[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?\Z"), self.string_ok(member["shape"])
            )
        return self.value(member["shape"], depth + 1, context, member)

    def _structure(self, shape: dict[str, Any], depth: int, top_level_output: bool = False, response: bool = False) -> st.SearchStrategy[dict[str, Any]]:
        response = response or top_level_output
        members = shape["members"]
        if shape.get("union"):
            names = list(members)
            if depth >= HARD_DEPTH:
                flat = [n for n in names if self.shapes[members[n]["shape"]]["type"] not in ("structure", "list", "map")]
                names = flat or names
            return st.one_of(
                *[
                    st.fixed_dictionaries({n: self._member_value(members[n], depth, response=response)})
                    for n in names
                ]
            )
        required = set(shape.get("required", []))
        req = {n: self._member_value(m, depth, top_level_output, response) for n, m in members.items() if n in required}
        opt = (
            {}
            if depth > MAX_DEPTH
            else {n: self._member_value(m, depth, top_level_output, response) for n, m in members.items() if n not in required}
        )
        return st.fixed_dictionaries(req, optional=opt)

    # -- operations --

    def input_params(self, operation: str) -> st.SearchStrategy[dict[str, Any]]:
        """boto3 request parameters for ``operation``, idempotency tokens always set."""
        op = self.model["operations"][operation]
        if "input" not in op:
            return st.just({})
        shape = self.shapes[op["input"]["shape"]]
        tokens = {
            n: self._member_value(m, 0)
            for n, m in shape["members"].items()
            if m.get("idempotencyToken")
        }
        base = self._structure(shape, 0)
        if not tokens:
            return base
        return st.tuples(base, st.fixed_dictionaries(tokens)).map(lambda p: {**p[0], **p[1]})

    def output_value(self, operation: str) -> st.SearchStrategy[dict[str, Any]]:
        op = self.model["operations"][operation]
        if "output" not in op:
            return st.just({})
        return self._structure(self.shapes[op["output"]["shape"]], 0, top_level_output=True)

    def error_value(self, shape_name: str) -> st.SearchStrategy[dict[str, Any]]:
        return self._structure(self.shapes[shape_name], 0, response=True)


# --- the wire -----------------------------------------------------------------


def _timestamp_format(shape: dict[str, Any], member: dict[str, Any] | None, default: str) -> str:
    if member is not None and "timestampFormat" in member:
        return member["timestampFormat"]
    return shape.get("timestampFormat", default)


def _epoch(value: datetime.datetime) -> int:
    return calendar.timegm(value.astimezone(UTC).utctimetuple())


def _format_timestamp(value: datetime.datetime, fmt: str, draw: Any) -> Any:
    value = value.astimezone(UTC)
    millis = value.microsecond // 1000
    if fmt == "iso8601":
        text = value.strftime("%Y-%m-%dT%H:%M:%S")
        if millis or draw(st.booleans()):
            text += f".{millis:03d}"
        return text + "Z"
    if fmt == "rfc822":
        return email.utils.formatdate(_epoch(value), usegmt=True)
    # epoch seconds: an integer for whole seconds (sometimes written as a
    # float), else a float with the milliseconds
    seconds = _epoch(value)
    if millis:
        return float(decimal.Decimal(seconds) + decimal.Decimal(millis) / 1000)  # as JSON text would give
    return draw(st.sampled_from([seconds, float(seconds)]))


def encode_json(model: dict[str, Any], shape_name: str, value: Any, draw: Any, member: dict[str, Any] | None = None) -> Any:
    """The rest-json body form of ``value`` (a boto3-style value of ``shape_name``)."""
    shapes = model["shapes"]
    shape = shapes[shape_name]
    kind = shape["type"]
    if kind == "structure":
        if shape.get("document"):
            return value
        out: dict[str, Any] = {}
        for name, m in shape["members"].items():
            wire_name = m.get("locationName", name)
            if name in value:
                out[wire_name] = encode_json(model, m["shape"], value[name], draw, m)
            elif draw(st.integers(0, 9)) == 0:
                out[wire_name] = None  # services may send null for an absent member
        if not shape.get("union") and draw(st.integers(0, 9)) == 0:
            out["UnmodeledMemberForForwardCompatibility"] = {"x": [1, "y"]}
        if shape.get("union") and draw(st.integers(0, 9)) == 0:
            # Smithy: a client ignores "__type" in a union (RestJsonDeserializeIgnoreType)
            out["__type"] = "com.amazonaws.example#" + shape_name
        if shape.get("union") and draw(st.integers(0, 14)) == 0:
            # a member added to the union after this model: both sides must
            # report it as {"SDK_UNKNOWN_MEMBER": {"name": ...}}
            out = {"MemberFromTheFuture": {"x": 1}}
        return out
    if kind == "list":
        items = [encode_json(model, shape["member"]["shape"], v, draw) for v in value]
        if not shape.get("sparse") and draw(st.integers(0, 14)) == 0:
            # A null in a dense list: Smithy clients drop it (botocore keeps it).
            items.insert(draw(st.integers(0, len(items))), None)
        return items
    if kind == "map":
        entries = {k: encode_json(model, shape["value"]["shape"], v, draw) for k, v in value.items()}
        value_kind = model["shapes"][shape["value"]["shape"]]["type"]
        # (botocore itself crashes on a null map value of another type: int(None), ...)
        if not shape.get("sparse") and value_kind in ("string", "structure") and draw(st.integers(0, 14)) == 0:
            # A null in a dense map (RestJsonDeserializesDenseSetMapAndSkipsNull).
            entries.setdefault("keyWithNullValue", None)
        return entries
    if kind == "timestamp":
        return _format_timestamp(value, _timestamp_format(shape, member, "unixTimestamp"), draw)
    if kind == "blob":
        return base64.b64encode(value).decode("ascii")
    if kind in ("float", "double"):
        if isinstance(value, float) and math.isnan(value):
            return "NaN"
        if isinstance(value, float) and math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    return value


def _quote_header_item(item: str) -> str:
    if "," in item or '"' in item:
        return '"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return item


def encode_header(model: dict[str, Any], member: dict[str, Any], value: Any, draw: Any) -> str:
    shape = model["shapes"][member["shape"]]
    kind = shape["type"]
    if member.get("jsonvalue") or shape.get("jsonvalue"):
        return base64.b64encode(json.dumps(value).encode("utf-8")).decode("ascii")
    if kind == "timestamp":
        return str(_format_timestamp(value, _timestamp_format(shape, member, "rfc822"), draw))
    if kind == "list":
        item_member = shape["member"]
        items = [encode_header(model, item_member, v, draw) for v in value]
        return ", ".join(_quote_header_item(i) for i in items)
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("float", "double"):
        if isinstance(value, float) and math.isnan(value):
            return "NaN"
        if isinstance(value, float) and math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(float(value))
    return str(value)


def encode_response(model: dict[str, Any], output_shape: str | None, value: dict[str, Any], status: int, draw: Any) -> tuple[dict[str, str], bytes]:
    """Headers and body a rest-json service sends for the output ``value``."""
    headers: dict[str, str] = {"x-amzn-RequestId": "req-1234"}
    if output_shape is None:
        return headers, b""
    shape = model["shapes"][output_shape]
    members = shape["members"]
    payload = shape.get("payload")
    body_value: dict[str, Any] = {}
    for name, m in members.items():
        location = m.get("location")
        if name not in value:
            continue
        if location == "header":
            headers[m.get("locationName", name)] = encode_header(model, m, value[name], draw)
        elif location == "headers":
            prefix = m.get("locationName", "")
            prefix = draw(st.sampled_from([prefix, prefix.upper(), prefix.title()]))  # any case on the wire
            for k, v in value[name].items():
                headers[prefix + k] = v
        elif location == "statusCode":
            value[name] = status
        elif name != payload:
            body_value[name] = value[name]
    if payload is not None:
        m = members[payload]
        target = model["shapes"][m["shape"]]
        if payload not in value:
            return headers, b""
        if target["type"] == "blob":
            return headers, value[payload]
        if target["type"] == "string":
            return headers, value[payload].encode("utf-8")
        return headers, json.dumps(encode_json(model, m["shape"], value[payload], draw)).encode("utf-8")
    body_shape = {"type": "structure", "members": {n: m for n, m in members.items() if "location" not in m}}
    shapes_with_body = dict(model["shapes"], __body__=body_shape)
    encoded = encode_json({"shapes": shapes_with_body}, "__body__", body_value, draw)
    if not encoded and draw(st.booleans()):
        return headers, b""  # an empty body stands for {}
    return headers, json.dumps(encoded).encode("utf-8")
