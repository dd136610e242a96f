"""Endpoint resolution: the Smithy rules language 1.0, as AWS's rule sets use it.

Copied verbatim into every generated package as ``_runtime/endpoints.py``; it
imports nothing but the standard library.  Use::

    rules = RuleSet(json.load(rule_set_file), json.load(partitions_file))
    endpoint = rules.resolve({"Region": "eu-west-1", "UseFIPS": True})
    endpoint.url, endpoint.headers, endpoint.properties

``rule_set_file`` is a service's ``endpoint-rule-set-1.json``;
``partitions_file`` is botocore's ``partitions.json`` (the table
``aws.partition`` reads).

How it works
------------
``RuleSet(...)`` parses the rule set once into a tree of small node objects:
expressions (constants, references, templates, ``getAttr`` and function
calls) and rules (tree, endpoint and error rules).  Parsing checks what can be
checked without parameters, and raises ValueError naming the place
(``rules[2].rules[0].conditions[1].argv[0]: ...``): unknown functions, wrong
argument counts, references to names that are neither parameters nor assigned
earlier on the rule's path, malformed templates and ``getAttr`` paths.

``resolve(params)`` looks the parameters up in its cache (below); on a miss
it:

1. binds the parameters: rejects names the rule set does not declare, applies
   ``default`` values, checks ``required`` parameters and each value's type
   (``string``: str, ``boolean``: bool, ``stringArray``: a list or tuple of
   str).  A parameter given as None counts as not given.
2. walks the rules in order.  A rule's conditions are function calls, in
   order; a condition holds unless its value is False or None (an unset
   optional).  ``"assign": name`` binds a condition's value for the rule's
   later conditions and its sub-rules, never for its siblings.  The first
   rule whose conditions all hold decides: an endpoint rule yields its URL,
   headers and properties (template strings filled in at any depth); an error
   rule raises EndpointResolutionError with its message; a tree rule goes on
   into its own rules, and when none of them matches, evaluation continues
   after the tree rule (as botocore does).  No match at all is an error too.

Outcomes are memoized per RuleSet, keyed on the parameters as given (names,
values, and the values' types, so that ``1`` never passes for ``True``): the
cache holds the outcomes (endpoints, and error rules' messages) of the last
``CACHE_SIZE`` (128) distinct parameter mappings, the least recently used
going first.  A client that resolves the same parameters call after call pays
for the rules once.  Each ``resolve`` returns its own Endpoint (fresh dicts and
lists), so callers may change it.  A RuleSet never changes after it is built,
and the cache is thread-safe: share one per service.

Template strings
----------------
Every string in a rule set is a template: ``{Name}`` is the value of
parameter or assigned variable ``Name``; ``{name#path}`` is
``getAttr(name, path)``; ``{{`` and ``}}`` stand for literal braces.  A
placeholder must evaluate to a string.

Functions
---------
Every function botocore's 429 rule sets call (botocore 1.43.67's data):

``isSet(value)``
    True when the value is set (not None).
``not(value)``
    Boolean negation; an unset value counts as false, so ``not`` gives True.
``booleanEquals(a, b)`` / ``stringEquals(a, b)``
    Equality of two booleans / two strings; anything else is an error.
``getAttr(value, path)``
    Walks a literal path into records and arrays: ``name``,
    ``authSchemes[0].name``, ``[0]``.  A missing key or an index past the end
    gives None (unset).
``aws.partition(region)``
    The partition record of a region (``name``, ``dnsSuffix``,
    ``dualStackDnsSuffix``, ``supportsFIPS``, ``supportsDualStack``,
    ``implicitGlobalRegion``): first the partition that lists the region
    explicitly (the region entry's keys other than ``description`` override
    the partition's outputs), else the first partition whose ``regionRegex``
    matches the whole region, else the ``aws`` partition.
``aws.parseArn(value)``
    ``arn:partition:service:region:account-id:resource`` into a record
    ``partition``, ``service``, ``region``, ``accountId``, ``resourceId``
    (the resource split on ``:`` and ``/``); None unless it starts with
    ``arn:`` and has a non-empty partition, service and resource.
``parseURL(value)``
    ``scheme``, ``authority``, ``path``, ``normalizedPath`` (dot segments and
    empty segments removed, percent-encoded, ending in ``/``) and ``isIp``;
    None for anything but an http(s) URL with a host, a valid port and no
    query.  botocore's ``parse_url`` is the reference, down to splitting
    ``;params`` off the path the way ``urllib.parse.urlparse`` does.
``isValidHostLabel(value, allowSubDomains)``
    An RFC 1123 label (ASCII letters, digits and inner hyphens, 1 to 63
    characters); with ``allowSubDomains`` every dot-separated part must be.
``substring(value, start, stop, reverse)``
    Characters ``start`` to ``stop`` (counted from the end when ``reverse``);
    None when the range does not fit or the value is not all ASCII.
``uriEncode(value)``
    Percent-encodes everything but ASCII letters, digits and ``-._~`` (UTF-8).
``aws.isVirtualHostableS3Bucket(value, allowSubDomains)``
    At least 3 characters, no upper case, not an IPv4 address, and a valid
    host label (with sub-domains if allowed).

An unset (None) argument gets botocore's answer: False from
``isValidHostLabel`` and ``aws.isVirtualHostableS3Bucket``, None from
``parseURL``, ``aws.parseArn``, ``uriEncode`` and ``getAttr``, the ``aws``
partition from ``aws.partition``, an error from the others.  A value of the
wrong type is an EndpointResolutionError naming the function.

Where this differs from botocore
--------------------------------
Only on inputs that no real endpoint or valid rule set has:

- host labels and partition region patterns are matched as ASCII against
  the whole string (botocore's ``\\d`` and ``\\w`` accept non-ASCII digits
  and letters, and its ``$`` a trailing newline);
- ``aws.partition`` follows Smithy: a partition listing the region wins over
  every pattern, a region entry's overrides apply, and the fallback is the
  partition named ``aws`` (botocore tries each partition's list and pattern in
  turn, ignores overrides and falls back on the first partition: the same
  answers for its ``partitions.json``, which has no overrides and lists
  ``aws`` first);
- ``parseURL`` answers None where botocore raises (an unclosed ``[``, an
  authority without a host), ``getAttr`` of an unset value None where
  botocore raises, and ``substring`` None for a negative start;
- a function given a value of the wrong type, and a template, header or URL
  that is not a string, raise EndpointResolutionError (botocore raises
  TypeError or AttributeError, or writes ``None`` into the string).

Why an interpreter
------------------
The alternative is to compile each rule set into Python code at generation
time.  Interpreting was chosen because it is already fast enough to vanish
next to the request it serves, and it keeps the rules as data: one module,
tested once against every rule set's official cases, instead of 429
generated modules of nested ``if`` statements (S3's rule set alone is 920 kB
of JSON) whose correctness would rest on a second implementation of these
semantics inside the generator.  Measured by ``bench/endpoints.py`` against
botocore 1.43.11's ``EndpointProvider`` on the same files (CPython 3.11 on a
shared 2-core machine, fastest of 9 interleaved rounds; there the absolute
figures vary by up to half between runs, the ratios much less):

    ========================  ======  ========  =====
    µs per resolve            ours    botocore  ratio
    ========================  ======  ========  =====
    Connect, first            10.9    21.1      0.52
    Connect, memoized         3.0     2.2       1.38
    S3 GetObject, first       57.8    275.5     0.21
    S3 GetObject, memoized    4.6     2.1       2.16
    S3 access point, first    71.3    195.6     0.36
    S3 access point, memo.    4.5     2.0       2.26
    ========================  ======  ========  =====

A first resolve, paid once per parameter combination, is 2 to 5 times faster
than botocore's and costs tens of microseconds; a memoized one costs a few
(botocore's hands back one shared object, this one also keys on the
values' types and copies the result); a signed HTTPS request costs milliseconds.
Compiled code could only shave part of a cost that is small and paid once.
Building a RuleSet parses everything up front: about 9 ms for S3 and 0.3 ms
for Connect (botocore: 0.7 and 0.04 ms, as it parses templates again at every
resolve), so build one per service and process.
"""

from __future__ import annotations

import functools
import re
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Protocol, TypeAlias, cast

__all__ = ["CACHE_SIZE", "Endpoint", "EndpointResolutionError", "RuleSet"]

CACHE_SIZE: Final = 128
"""How many distinct parameter combinations a RuleSet remembers the outcome of."""


# ---------------------------------------------------------------------------
# The public API
# ---------------------------------------------------------------------------


class EndpointResolutionError(Exception):
    """No endpoint for these parameters.

    Raised when an error rule matches (the message is the rule's error text,
    templates filled in), when no rule matches, when a parameter is unknown,
    missing or of the wrong type, or when the rule set applies a function to a
    value of the wrong type.
    """


@dataclass(frozen=True)
class Endpoint:
    """A resolved endpoint: where to send the request, and how."""

    url: str
    """The endpoint URL, e.g. ``https://s3.eu-west-1.amazonaws.com``."""
    headers: dict[str, list[str]]
    """Headers to add to the request (usually empty)."""
    properties: dict[str, object]
    """Further settings, e.g. ``authSchemes``: a list of auth schemes, each with
    ``name`` (``sigv4``, ``sigv4a``, ...), ``signingName``, ``signingRegion``
    (``signingRegionSet`` for sigv4a) and ``disableDoubleEncoding``."""


class RuleSet:
    """An endpoint rule set, ready to resolve parameters to endpoints.

    ``rule_set`` is a parsed ``endpoint-rule-set-1.json``, ``partitions`` a
    parsed ``partitions.json``.  Raises ValueError, naming the place, when
    either is malformed or uses something this resolver does not support.
    """

    def __init__(
        self, rule_set: Mapping[str, object], partitions: Mapping[str, object]
    ) -> None:
        spec = _object(rule_set, "rule set")
        declared = _object(spec.get("parameters", {}), "parameters")
        self._parameters = tuple(
            _parameter(name, node, f"parameters.{name}")
            for name, node in declared.items()
        )
        self._names = frozenset(declared)
        functions = dict(_LIBRARY)
        functions["aws.partition"] = (1, _Partitions(partitions).lookup)
        parser = _Parser(functions)
        self._rules = parser.rules(spec.get("rules"), "rules", self._names)
        self._memo = functools.lru_cache(maxsize=CACHE_SIZE)(self._outcome)

    def resolve(self, params: Mapping[str, object]) -> Endpoint:
        """The endpoint for ``params``, keyed by the rule set's parameter names
        (``{"Region": "us-east-1", "UseFIPS": False}``).

        Raises EndpointResolutionError when an error rule matches, no rule
        matches, or a parameter is unknown, missing or of the wrong type.
        """
        # The memo key is the parameters as given, with their values' types:
        # True and 1 are equal and hash alike, but only True is a boolean.
        types = tuple(map(type, params.values()))
        try:
            outcome = self._memo(tuple(params.items()), types)
        except TypeError:  # unhashable: a list (a string array), or a wrong type
            self._bind(params)  # raises EndpointResolutionError for a wrong type
            items = tuple((k, _hashable(v)) for k, v in params.items())
            outcome = self._memo(items, types)
        if isinstance(outcome, _Failure):
            raise EndpointResolutionError(outcome.message)
        return Endpoint(
            url=outcome.url,
            headers={name: list(values) for name, values in outcome.headers.items()},
            properties=_copy_object(outcome.properties),
        )

    def _outcome(
        self, items: tuple[tuple[str, object], ...], types: tuple[type, ...]
    ) -> _Outcome:
        """Bind the parameters and walk the rules (``types`` is only part of
        the memo key)."""
        scope = self._bind(dict(items))
        outcome = _first_match(self._rules, scope)
        if outcome is None:
            given = ", ".join(f"{k}={v!r}" for k, v in scope.items() if v is not None)
            return _Failure(f"No endpoint rule matched the parameters: {given}")
        return outcome

    def _bind(self, params: Mapping[str, object]) -> _Scope:
        """Every parameter's value (None when unset), defaults applied, names
        and types checked: the scope the rules start from."""
        if not self._names.issuperset(params):
            unknown = sorted(repr(n) for n in params if n not in self._names)
            known = ", ".join(p.name for p in self._parameters)
            raise EndpointResolutionError(
                f"Unknown endpoint parameter{'s' if len(unknown) > 1 else ''} "
                f"{', '.join(unknown)}; this rule set's parameters are: {known}"
            )
        scope: _Scope = {}
        for parameter in self._parameters:
            value = params.get(parameter.name)
            if value is None:
                value = parameter.default
                if value is None and parameter.required:
                    raise EndpointResolutionError(
                        f"Missing required endpoint parameter {parameter.name!r}"
                    )
            elif type(value) is not parameter.kind or parameter.kind is tuple:
                value = parameter.convert(value)  # checks, and lists to tuples
            scope[parameter.name] = value
        return scope


# ---------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------

_PARAMETER_KINDS: Final[dict[str, tuple[type, str]]] = {
    "string": (str, "a string"),
    "boolean": (bool, "a boolean"),
    "stringarray": (tuple, "a list of strings"),
}
"""A parameter ``type`` (compared case-insensitively: rule sets spell it
``string`` and ``String``) → the Python type of its values, and its name in
error messages.  String arrays are held as tuples, so that they can be part of
the memo key."""


@dataclass(frozen=True)
class _Parameter:
    name: str
    kind: type
    """str, bool or tuple."""
    description: str
    """What ``kind`` is called in error messages: ``a boolean``."""
    required: bool
    default: object
    """The default value (of ``kind``), or None."""

    def convert(self, value: object) -> object:
        """``value`` as a value of this parameter, or EndpointResolutionError."""
        given = type(value).__name__
        if self.kind is tuple and isinstance(value, list | tuple):
            items = cast("Sequence[object]", value)
            if all(isinstance(item, str) for item in items):
                return tuple(items)
        elif isinstance(value, self.kind):
            return value
        raise EndpointResolutionError(
            f"Endpoint parameter {self.name!r} must be {self.description}, not {given}"
        )


def _parameter(name: str, node: object, where: str) -> _Parameter:
    spec = _object(node, where)
    type_name = _string(spec.get("type"), f"{where}.type")
    if type_name.lower() not in _PARAMETER_KINDS:
        raise ValueError(
            f"{where}.type: {type_name!r} is not string, boolean or stringArray"
        )
    kind, description = _PARAMETER_KINDS[type_name.lower()]
    required = spec.get("required", False)
    if not isinstance(required, bool):
        raise ValueError(f"{where}.required: expected a boolean")
    parameter = _Parameter(name, kind, description, required, None)
    default = spec.get("default")
    if default is None:
        return parameter
    try:
        default = parameter.convert(default)
    except EndpointResolutionError as error:
        raise ValueError(f"{where}.default: {error}") from None
    return _Parameter(name, kind, description, required, default)


# ---------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------

_Scope: TypeAlias = dict[str, object]
"""Parameter values and assigned variables by name; None means unset."""


class _Expression(Protocol):
    """A node that computes a value in a scope."""

    def evaluate(self, scope: _Scope) -> object: ...


class _Constant:
    """A literal: a string without placeholders, a boolean, a number."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def evaluate(self, scope: _Scope) -> object:
        return self.value


class _Reference:
    """``{"ref": name}``: a parameter or an assigned variable."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def evaluate(self, scope: _Scope) -> object:
        # The parser has checked that the name is bound on every path here.
        return scope[self.name]


class _Template:
    """A string with placeholders: the parts' strings, concatenated."""

    __slots__ = ("parts", "source")

    def __init__(self, parts: tuple[_Expression, ...], source: str) -> None:
        self.parts = parts
        self.source = source

    def evaluate(self, scope: _Scope) -> str:
        pieces: list[str] = []
        for part in self.parts:
            value = part.evaluate(scope)
            if not isinstance(value, str):
                raise EndpointResolutionError(
                    f"Template {self.source!r}: a placeholder is "
                    f"{_describe(value)}, not a string"
                )
            pieces.append(value)
        return "".join(pieces)


class _GetAttr:
    """``getAttr(target, path)``, the path parsed into keys and indexes."""

    __slots__ = ("path", "steps", "target")

    def __init__(
        self, target: _Expression, steps: tuple[str | int, ...], path: str
    ) -> None:
        self.target = target
        self.steps = steps
        self.path = path

    def evaluate(self, scope: _Scope) -> object:
        value = self.target.evaluate(scope)
        for step in self.steps:
            if value is None:
                return None
            if isinstance(step, int) and isinstance(value, list | tuple):
                items = cast("Sequence[object]", value)
                value = items[step] if step < len(items) else None
            elif isinstance(step, str) and isinstance(value, dict):
                value = cast("dict[str, object]", value).get(step)
            else:
                raise EndpointResolutionError(
                    f"getAttr {self.path!r}: cannot look up {step!r} in "
                    f"{_describe(value)}"
                )
        return value


class _Call:
    """A library function applied to its arguments' values."""

    __slots__ = ("args", "function")

    def __init__(
        self, function: Callable[..., object], args: tuple[_Expression, ...]
    ) -> None:
        self.function = function
        self.args = args

    def evaluate(self, scope: _Scope) -> object:
        return self.function(*[arg.evaluate(scope) for arg in self.args])


class _IsSet:
    """``isSet`` of a reference, the usual form: is the name set?"""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def evaluate(self, scope: _Scope) -> bool:
        return scope[self.name] is not None


class _BooleanIs:
    """``booleanEquals`` with one literal side, the usual form: is the other
    side that boolean?  (Half of all function calls in AWS's rule sets.)"""

    __slots__ = ("expected", "expression")

    def __init__(self, expression: _Expression, expected: bool) -> None:
        self.expression = expression
        self.expected = expected

    def evaluate(self, scope: _Scope) -> bool:
        value = self.expression.evaluate(scope)
        if value is self.expected:
            return True
        if isinstance(value, bool):
            return False
        raise _argument_error("booleanEquals", value, self.expected)


class _Object:
    """An object literal in endpoint properties; its strings are templates."""

    __slots__ = ("items",)

    def __init__(self, items: tuple[tuple[str, _Expression], ...]) -> None:
        self.items = items

    def evaluate(self, scope: _Scope) -> dict[str, object]:
        return {key: value.evaluate(scope) for key, value in self.items}


class _Array:
    """An array literal in endpoint properties."""

    __slots__ = ("items",)

    def __init__(self, items: tuple[_Expression, ...]) -> None:
        self.items = items

    def evaluate(self, scope: _Scope) -> list[object]:
        return [item.evaluate(scope) for item in self.items]


# ---------------------------------------------------------------------------
# Rules and their outcomes
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Resolved:
    """An endpoint rule's outcome (shared through the cache: never mutated)."""

    url: str
    headers: dict[str, list[str]]
    properties: dict[str, object]


@dataclass(frozen=True, slots=True)
class _Failure:
    """An error rule's outcome, or no rule matching."""

    message: str


_Outcome: TypeAlias = _Resolved | _Failure


class _Rule:
    """Conditions, and what follows when they all hold (``_conclude``)."""

    __slots__ = ("assigns", "conditions")

    def __init__(self, conditions: tuple[tuple[_Expression, str | None], ...]) -> None:
        self.conditions = conditions
        """(expression, name to assign its value to, or None), in order."""
        self.assigns = any(name is not None for _, name in conditions)

    def evaluate(self, scope: _Scope) -> _Outcome | None:
        if self.assigns:
            scope = scope.copy()  # assignments stay within this rule and below
        for expression, name in self.conditions:
            value = expression.evaluate(scope)
            if value is None or value is False:
                return None
            if name is not None:
                scope[name] = value
        return self._conclude(scope)

    def _conclude(self, scope: _Scope) -> _Outcome | None:
        raise NotImplementedError  # each kind of rule defines it


class _TreeRule(_Rule):
    """Goes on into its own rules; the first of them that matches decides."""

    __slots__ = ("rules",)

    def __init__(
        self,
        conditions: tuple[tuple[_Expression, str | None], ...],
        rules: tuple[_Rule, ...],
    ) -> None:
        super().__init__(conditions)
        self.rules = rules

    def _conclude(self, scope: _Scope) -> _Outcome | None:
        return _first_match(self.rules, scope)


class _EndpointRule(_Rule):
    """Yields an endpoint: URL, headers and properties, templates filled in."""

    __slots__ = ("headers", "properties", "url")

    def __init__(
        self,
        conditions: tuple[tuple[_Expression, str | None], ...],
        url: _Expression,
        headers: tuple[tuple[str, tuple[_Expression, ...]], ...],
        properties: _Object,
    ) -> None:
        super().__init__(conditions)
        self.url = url
        self.headers = headers
        self.properties = properties

    def _conclude(self, scope: _Scope) -> _Outcome:
        return _Resolved(
            url=_expect_string(self.url.evaluate(scope), "The endpoint URL"),
            headers={
                name: [
                    _expect_string(value.evaluate(scope), f"Header {name!r}")
                    for value in values
                ]
                for name, values in self.headers
            },
            properties=self.properties.evaluate(scope),
        )


class _ErrorRule(_Rule):
    """Yields an error message, templates filled in."""

    __slots__ = ("message",)

    def __init__(
        self,
        conditions: tuple[tuple[_Expression, str | None], ...],
        message: _Expression,
    ) -> None:
        super().__init__(conditions)
        self.message = message

    def _conclude(self, scope: _Scope) -> _Outcome:
        message = self.message.evaluate(scope)
        return _Failure(_expect_string(message, "The error rule's message"))


def _first_match(rules: tuple[_Rule, ...], scope: _Scope) -> _Outcome | None:
    for rule in rules:
        outcome = rule.evaluate(scope)
        if outcome is not None:
            return outcome
    return None


# ---------------------------------------------------------------------------
# Parsing a rule set into rules and expressions
# ---------------------------------------------------------------------------

_IDENTIFIER: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PATH_PART: Final = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)?(?:\[([0-9]+)\])?")
_TEMPLATE_TOKEN: Final = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
"""An escaped brace, a placeholder (its content is group 1), or a stray brace."""


class _Parser:
    """Turns the rule set's JSON into rules, checking it on the way.

    ``where`` arguments locate a node for error messages; ``bound`` holds the
    names a reference may use there (the parameters, and the variables that
    earlier conditions on the rule's path assign).
    """

    def __init__(self, functions: Mapping[str, tuple[int, Callable[..., object]]]):
        self._functions = functions
        """Function name → (number of arguments, implementation)."""
        self._templates: dict[str, tuple[_Expression, frozenset[str]]] = {}
        """Template text → its node and the names it refers to: rule sets
        repeat their URL templates many times over."""

    def rules(
        self, node: object, where: str, bound: frozenset[str]
    ) -> tuple[_Rule, ...]:
        return tuple(
            self.rule(item, f"{where}[{i}]", bound)
            for i, item in enumerate(_array(node, where))
        )

    def rule(self, node: object, where: str, bound: frozenset[str]) -> _Rule:
        spec = _object(node, where)
        conditions: list[tuple[_Expression, str | None]] = []
        for i, item in enumerate(_array(spec.get("conditions"), f"{where}.conditions")):
            condition, name = self.condition(item, f"{where}.conditions[{i}]", bound)
            conditions.append((condition, name))
            if name is not None:
                bound = bound | {name}
        kind = spec.get("type")
        if kind == "tree":
            rules = self.rules(spec.get("rules"), f"{where}.rules", bound)
            return _TreeRule(tuple(conditions), rules)
        if kind == "endpoint":
            return self.endpoint_rule(
                tuple(conditions), spec, f"{where}.endpoint", bound
            )
        if kind == "error":
            message = self.expression(spec.get("error"), f"{where}.error", bound)
            return _ErrorRule(tuple(conditions), message)
        raise ValueError(f"{where}.type: {kind!r} is not 'tree', 'endpoint' or 'error'")

    def endpoint_rule(
        self,
        conditions: tuple[tuple[_Expression, str | None], ...],
        rule: Mapping[str, object],
        where: str,
        bound: frozenset[str],
    ) -> _EndpointRule:
        spec = _object(rule.get("endpoint"), where)
        url = self.expression(spec.get("url"), f"{where}.url", bound)
        headers = tuple(
            (
                name,
                tuple(
                    self.expression(value, f"{where}.headers.{name}[{i}]", bound)
                    for i, value in enumerate(_array(values, f"{where}.headers.{name}"))
                ),
            )
            for name, values in _object(
                spec.get("headers", {}), f"{where}.headers"
            ).items()
        )
        properties = self.object_literal(
            _object(spec.get("properties", {}), f"{where}.properties"),
            f"{where}.properties",
            bound,
        )
        return _EndpointRule(conditions, url, headers, properties)

    def condition(
        self, node: object, where: str, bound: frozenset[str]
    ) -> tuple[_Expression, str | None]:
        spec = _object(node, where)
        if "fn" not in spec:
            raise ValueError(f"{where}: a condition is a function call ('fn', 'argv')")
        expression = self.call(spec, where, bound)
        name = spec.get("assign")
        if name is None:
            return expression, None
        name = _string(name, f"{where}.assign")
        if not _IDENTIFIER.fullmatch(name):
            raise ValueError(f"{where}.assign: {name!r} is not an identifier")
        if name in bound:
            raise ValueError(f"{where}.assign: {name!r} is already bound here")
        return expression, name

    def expression(
        self, node: object, where: str, bound: frozenset[str]
    ) -> _Expression:
        if isinstance(node, str):
            return self.template(node, where, bound)
        if isinstance(node, bool | int):
            return _Constant(node)
        spec = _as_object(node)
        if spec is not None:
            if "ref" in spec:
                return self.reference(
                    _string(spec["ref"], f"{where}.ref"), where, bound
                )
            if "fn" in spec:
                if "assign" in spec:
                    raise ValueError(f"{where}: only a condition may assign")
                return self.call(spec, where, bound)
        raise ValueError(
            f"{where}: expected a string, a boolean, a number, "
            f"{{'ref': ...}} or {{'fn': ...}}, not {_json_type(node)}"
        )

    def reference(self, name: str, where: str, bound: frozenset[str]) -> _Reference:
        if name not in bound:
            raise ValueError(
                f"{where}: {name!r} is neither a parameter nor assigned "
                "by an earlier condition"
            )
        return _Reference(name)

    def call(
        self, spec: Mapping[str, object], where: str, bound: frozenset[str]
    ) -> _Expression:
        name = _string(spec.get("fn"), f"{where}.fn")
        argv = _array(spec.get("argv"), f"{where}.argv")
        if name == "getAttr":
            if len(argv) != 2 or not isinstance(argv[1], str):
                raise ValueError(f"{where}: getAttr takes a value and a literal path")
            target = self.expression(argv[0], f"{where}.argv[0]", bound)
            return _GetAttr(target, _path(argv[1], f"{where}.argv[1]"), argv[1])
        if name not in self._functions:
            known = ", ".join(sorted([*self._functions, "getAttr"]))
            raise ValueError(f"{where}: unsupported function {name!r} (known: {known})")
        arity, function = self._functions[name]
        if len(argv) != arity:
            raise ValueError(
                f"{where}: {name} takes {arity} arguments, not {len(argv)}"
            )
        args = tuple(
            self.expression(arg, f"{where}.argv[{i}]", bound)
            for i, arg in enumerate(argv)
        )
        if function is _is_set and isinstance(args[0], _Reference):
            return _IsSet(args[0].name)
        if function is _boolean_equals:
            for expression, other in (args, args[::-1]):
                if isinstance(other, _Constant) and isinstance(other.value, bool):
                    return _BooleanIs(expression, other.value)
        return _Call(function, args)

    def template(self, text: str, where: str, bound: frozenset[str]) -> _Expression:
        if "{" not in text and "}" not in text:
            return _Constant(text)
        if text not in self._templates:
            self._templates[text] = self.parse_template(text, where)
        node, names = self._templates[text]
        if not names <= bound:
            name = min(names - bound)
            self.reference(name, f"{where} {{{name}}}", bound)  # raises
        return node

    def parse_template(
        self, text: str, where: str
    ) -> tuple[_Expression, frozenset[str]]:
        """The node for a template, and the names its placeholders use."""
        names: set[str] = set()
        parts: list[_Expression] = []
        literal: list[str] = []
        position = 0
        for token in _TEMPLATE_TOKEN.finditer(text):
            literal.append(text[position : token.start()])
            position = token.end()
            if token[0] in ("{{", "}}"):
                literal.append(token[0][0])
                continue
            placeholder = token[1]
            if placeholder is None:
                raise ValueError(f"{where}: unmatched {token[0]!r} in {text!r}")
            if "".join(literal):
                parts.append(_Constant("".join(literal)))
            literal = []
            name, hash_sign, path = placeholder.partition("#")
            if not _IDENTIFIER.fullmatch(name):
                raise ValueError(
                    f"{where}: {{{placeholder}}} is not {{name}} or {{name#path}}"
                )
            names.add(name)
            reference = _Reference(name)
            if hash_sign:
                parts.append(_GetAttr(reference, _path(path, where), path))
            else:
                parts.append(reference)
        literal.append(text[position:])
        if "".join(literal) or not parts:
            parts.append(_Constant("".join(literal)))
        if len(parts) == 1 and isinstance(parts[0], _Constant):
            return parts[0], frozenset()
        return _Template(tuple(parts), text), frozenset(names)

    def literal(self, node: object, where: str, bound: frozenset[str]) -> _Expression:
        """A value inside endpoint properties: objects, arrays, templates, scalars."""
        if isinstance(node, str):
            return self.template(node, where, bound)
        spec = _as_object(node)
        if spec is not None:
            return self.object_literal(spec, where, bound)
        if isinstance(node, list):
            items_ = cast("list[object]", node)
            return _Array(
                tuple(
                    self.literal(v, f"{where}[{i}]", bound)
                    for i, v in enumerate(items_)
                )
            )
        if node is None or isinstance(node, bool | int | float):
            return _Constant(node)
        raise ValueError(f"{where}: unexpected {_json_type(node)}")

    def object_literal(
        self, node: Mapping[str, object], where: str, bound: frozenset[str]
    ) -> _Object:
        return _Object(
            tuple((k, self.literal(v, f"{where}.{k}", bound)) for k, v in node.items())
        )


def _path(path: str, where: str) -> tuple[str | int, ...]:
    """A getAttr path (``authSchemes[0].name``) as keys and indexes."""
    steps: list[str | int] = []
    for part in path.split("."):
        match = _PATH_PART.fullmatch(part)
        if not part or match is None:
            raise ValueError(f"{where}: {path!r} is not a getAttr path")
        key, index = match.groups()
        if key is not None:
            steps.append(key)
        if index is not None:
            steps.append(int(index))
    return tuple(steps)


def _as_object(node: object) -> Mapping[str, object] | None:
    """``node`` if it is a JSON object, else None."""
    return cast("Mapping[str, object]", node) if isinstance(node, Mapping) else None


def _object(node: object, where: str) -> Mapping[str, object]:
    if not isinstance(node, Mapping):
        raise ValueError(f"{where}: expected an object, not {_json_type(node)}")
    return cast("Mapping[str, object]", node)


def _array(node: object, where: str) -> Sequence[object]:
    if not isinstance(node, list):
        raise ValueError(f"{where}: expected an array, not {_json_type(node)}")
    return cast("list[object]", node)


def _string(node: object, where: str) -> str:
    if not isinstance(node, str):
        raise ValueError(f"{where}: expected a string, not {_json_type(node)}")
    return node


def _json_type(node: object) -> str:
    if node is None:
        return "null (or nothing)"
    names: dict[type, str] = {
        bool: "a boolean",
        str: "a string",
        list: "an array",
        dict: "an object",
    }
    return names.get(type(node), f"a {type(node).__name__}")


# ---------------------------------------------------------------------------
# Values: checks, descriptions, copies
# ---------------------------------------------------------------------------


def _describe(value: object) -> str:
    """A value's kind for an error message (never the value: it may be long)."""
    return "unset" if value is None else f"a {type(value).__name__}"


def _expect_string(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise EndpointResolutionError(f"{what} is {_describe(value)}, not a string")
    return value


def _hashable(value: object) -> object:
    """A list as a tuple; anything else as it is."""
    return tuple(cast("list[object]", value)) if isinstance(value, list) else value


def _copy_object(value: dict[str, object]) -> dict[str, object]:
    """A deep copy of endpoint properties (built of dicts, lists and scalars)."""
    return {key: _copy(item) for key, item in value.items()} if value else {}


def _copy(value: object) -> object:
    if isinstance(value, dict):
        return _copy_object(cast("dict[str, object]", value))
    if isinstance(value, list):
        return [_copy(item) for item in cast("list[object]", value)]
    return value


def _argument_error(function: str, *args: object) -> EndpointResolutionError:
    kinds = ", ".join(_describe(arg) for arg in args)
    return EndpointResolutionError(f"{function} cannot take ({kinds})")


# ---------------------------------------------------------------------------
# The function library (what each function does: the module docstring)
# ---------------------------------------------------------------------------


def _is_set(value: object) -> bool:
    return value is not None


def _not(value: object) -> bool:
    if value is None:
        return True
    if not isinstance(value, bool):
        raise _argument_error("not", value)
    return not value


def _boolean_equals(a: object, b: object) -> bool:
    if not isinstance(a, bool) or not isinstance(b, bool):
        raise _argument_error("booleanEquals", a, b)
    return a is b


def _string_equals(a: object, b: object) -> bool:
    if not isinstance(a, str) or not isinstance(b, str):
        raise _argument_error("stringEquals", a, b)
    return a == b


def _substring(
    value: object, start: object, stop: object, reverse: object
) -> str | None:
    if (
        not isinstance(value, str)
        or type(start) is not int
        or type(stop) is not int
        or not isinstance(reverse, bool)
    ):
        raise _argument_error("substring", value, start, stop, reverse)
    if not 0 <= start < stop <= len(value) or not value.isascii():
        return None
    if reverse:
        return value[len(value) - stop : len(value) - start]
    return value[start:stop]


_HOST_LABEL: Final = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
"""An RFC 1123 host label (match it against the whole string)."""


def _is_valid_host_label(value: object, allow_sub_domains: object) -> bool:
    if value is None:
        return False
    if not isinstance(value, str) or not isinstance(allow_sub_domains, bool):
        raise _argument_error("isValidHostLabel", value, allow_sub_domains)
    labels = value.split(".") if allow_sub_domains else [value]
    return all(_HOST_LABEL.fullmatch(label) for label in labels)


def _is_virtual_hostable_s3_bucket(value: object, allow_sub_domains: object) -> bool:
    if value is None:
        return False
    if not isinstance(value, str) or not isinstance(allow_sub_domains, bool):
        raise _argument_error("aws.isVirtualHostableS3Bucket", value, allow_sub_domains)
    if len(value) < 3 or value.lower() != value or _IPV4.fullmatch(value):
        return False
    return _is_valid_host_label(value, allow_sub_domains)


def _uri_encode(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _argument_error("uriEncode", value)
    try:
        return urllib.parse.quote(value, safe="-._~")
    except UnicodeEncodeError:  # a lone surrogate: not text UTF-8 can carry
        raise EndpointResolutionError(
            "uriEncode: the value is not valid Unicode"
        ) from None


def _parse_arn(value: object) -> dict[str, object] | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _argument_error("aws.parseArn", value)
    parts = value.split(":", 5)
    if len(parts) < 6 or parts[0] != "arn":
        return None
    _, partition, service, region, account_id, resource = parts
    if not partition or not service or not resource:
        return None
    return {
        "partition": partition,
        "service": service,
        "region": region,
        "accountId": account_id,
        "resourceId": resource.replace(":", "/").split("/"),
    }


# parseURL's IP address patterns, as botocore (and urllib3) accept them: IPv4
# is four dot-separated groups of 1-3 digits (999.1.1.1 passes); IPv6 is RFC
# 3986's IPv6address with an optional zone ("%25" or "%" and a zone id).
_IPV4_TEXT: Final = r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}"
_IPV4: Final = re.compile(_IPV4_TEXT)
_H16: Final = "[0-9A-Fa-f]{1,4}"
_LS32: Final = f"(?:{_H16}:{_H16}|{_IPV4_TEXT})"
_IPV6_TEXT: Final = "|".join(
    [
        f"(?:{_H16}:){{6}}{_LS32}",
        f"::(?:{_H16}:){{5}}{_LS32}",
        f"(?:{_H16})?::(?:{_H16}:){{4}}{_LS32}",
        f"(?:(?:{_H16}:){{0,1}}{_H16})?::(?:{_H16}:){{3}}{_LS32}",
        f"(?:(?:{_H16}:){{0,2}}{_H16})?::(?:{_H16}:){{2}}{_LS32}",
        f"(?:(?:{_H16}:){{0,3}}{_H16})?::{_H16}:{_LS32}",
        f"(?:(?:{_H16}:){{0,4}}{_H16})?::{_LS32}",
        f"(?:(?:{_H16}:){{0,5}}{_H16})?::{_H16}",
        f"(?:(?:{_H16}:){{0,6}}{_H16})?::",
    ]
)
_IPV6_ZONE: Final = r"(?:%25|%)(?:[A-Za-z0-9._!\-~]|%[A-Fa-f0-9]{2})+"
_IPV6: Final = re.compile(f"(?:{_IPV6_TEXT})(?:{_IPV6_ZONE})?")


def _parse_url(value: object) -> dict[str, object] | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _argument_error("parseURL", value)
    try:
        url = urllib.parse.urlparse(value)
        url.port  # noqa: B018 - raises ValueError unless a number in 0-65535
    except ValueError:  # a bad port, or an unclosed "[" in the host
        return None
    host = url.hostname
    if url.scheme not in ("http", "https") or url.query or host is None:
        return None
    try:
        normalized_path = urllib.parse.quote(_normalize_path(url.path))
    except UnicodeEncodeError:  # a lone surrogate
        return None
    if not normalized_path.endswith("/"):
        normalized_path += "/"
    # As botocore: a URL with a tab or newline (urlparse drops them) is no IPv6.
    ipv6 = _IPV6.fullmatch(host) is not None and not any(c in value for c in "\t\r\n")
    return {
        "scheme": url.scheme,
        "authority": url.netloc,
        "path": url.path,
        "normalizedPath": normalized_path,
        "isIp": _IPV4.fullmatch(host) is not None or ipv6,
    }


def _normalize_path(path: str) -> str:
    """RFC 3986 dot-segment removal that also drops empty segments (AWS
    collapses ``//``), as botocore's ``normalize_url_path``; "" becomes "/"."""
    if not path:
        return "/"
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != ".":
            segments.append(segment)
    lead = "/" if path.startswith("/") else ""
    trail = "/" if path.endswith("/") and segments else ""
    return lead + "/".join(segments) + trail


class _Partitions:
    """``aws.partition`` over one ``partitions.json``."""

    def __init__(self, data: Mapping[str, object]) -> None:
        self._by_region: dict[str, dict[str, object]] = {}
        """Explicitly listed region → its partition record."""
        self._patterns: list[tuple[re.Pattern[str], dict[str, object]]] = []
        """(regionRegex, partition record), in file order."""
        default: dict[str, object] | None = None
        partitions = _array(
            _object(data, "partitions.json").get("partitions"), "partitions"
        )
        for i, node in enumerate(partitions):
            where = f"partitions[{i}]"
            partition = _object(node, where)
            name = _string(partition.get("id"), f"{where}.id")
            outputs = _object(partition.get("outputs"), f"{where}.outputs")
            record = {**outputs, "name": name}
            pattern = _string(partition.get("regionRegex"), f"{where}.regionRegex")
            try:
                self._patterns.append((re.compile(pattern, re.ASCII), record))
            except re.error as error:
                raise ValueError(f"{where}.regionRegex: {error}") from None
            regions = _object(partition.get("regions", {}), f"{where}.regions")
            for region, entry in regions.items():
                overrides = _object(entry, f"{where}.regions.{region}")
                self._by_region.setdefault(
                    region,
                    record | {k: v for k, v in overrides.items() if k != "description"},
                )
            if name == "aws":
                default = record
        if default is None:
            raise ValueError("partitions.json: no 'aws' partition to fall back on")
        self._default = default

    def lookup(self, region: object) -> dict[str, object]:
        """The partition record for ``region`` (never mutated by the rules)."""
        if region is None:
            return self._default  # as botocore
        if not isinstance(region, str):
            raise _argument_error("aws.partition", region)
        listed = self._by_region.get(region)
        if listed is not None:
            return listed
        for pattern, record in self._patterns:
            if pattern.fullmatch(region):
                return record
        return self._default


_LIBRARY: Final[dict[str, tuple[int, Callable[..., object]]]] = {
    "isSet": (1, _is_set),
    "not": (1, _not),
    "booleanEquals": (2, _boolean_equals),
    "stringEquals": (2, _string_equals),
    "substring": (4, _substring),
    "isValidHostLabel": (2, _is_valid_host_label),
    "parseURL": (1, _parse_url),
    "uriEncode": (1, _uri_encode),
    "aws.parseArn": (1, _parse_arn),
    "aws.isVirtualHostableS3Bucket": (2, _is_virtual_hostable_s3_bucket),
}
"""Function name → (number of arguments, implementation); ``getAttr`` is parsed
into its own node, and ``aws.partition`` is bound to each RuleSet's partitions."""
