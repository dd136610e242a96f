"""A service's paginators and waiters: the files beside its model, read and checked.

``specs/<service>/`` may hold, beside ``service-2.json``, botocore's
``paginators-1.json`` and ``waiters-2.json`` (``update`` copies them).  Both
are read with positions like the model (``load``), checked against their
JSON Schemas (``generator/schema/``) and then against the model: every
operation, input member and expression they name must exist, and every
expression must be in the JMESPath subset (``jmespath.py``) and mean
something for the response it reads (``paths.py``).  Every problem is
located in the file it is in.

:func:`read` does the checking for any view of the model -- the raw shapes
(:func:`raw_view`, for ``validate``) or the built structures (the pass in
``passes/paging.py``, which turns what it returns into the IR).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from . import load, names, validate
from .errors import Problem, SpecError, did_you_mean
from .ir import Acceptor, Expr, Matcher, Type, WaiterState
from .paths import Lookup, MemberInfo, PathError, compile, describe, same_type

PAGINATORS_FILE = "paginators-1.json"
WAITERS_FILE = "waiters-2.json"
COMPANION_FILES = (PAGINATORS_FILE, WAITERS_FILE)

_PATH_MATCHERS = ("path", "pathAll", "pathAny")


@dataclass(frozen=True)
class Companions:
    """The paginators and waiters files of a model (None: there is none)."""

    paginators: load.Document | None = None
    waiters: load.Document | None = None


def companion_files(spec: Path) -> list[Path]:
    """The paginators and waiters files beside ``spec`` that exist."""
    return [spec.parent / n for n in COMPANION_FILES if (spec.parent / n).is_file()]


def load_companions(spec: Path) -> Companions:
    """The paginators and waiters files beside ``spec``, parsed (SpecError if
    one cannot be read or parsed)."""
    found: dict[str, load.Document] = {}
    problems: list[Problem] = []
    for path in companion_files(spec):
        try:
            found[path.name] = load.load_document(path)
        except SpecError as exc:
            problems += exc.problems
    if problems:
        raise SpecError(problems)
    return Companions(found.get(PAGINATORS_FILE), found.get(WAITERS_FILE))


# --------------------------------------------------------------------------
# What the checks need to know of the model


@dataclass(frozen=True)
class OperationView:
    """An operation as the paginators and waiters see it."""

    inputs: Mapping[str, MemberInfo]  # its input's members, by model name
    output: Type  # its output structure: the root of the expressions


@dataclass(frozen=True)
class ModelView:
    """The generated operations (by name) and the members of every structure."""

    operations: Mapping[str, OperationView]
    lookup: Lookup
    all_operations: frozenset[str]  # the model's, generated or not


def raw_view(spec: dict[str, Any]) -> ModelView:
    """The view of a validated model's shapes, before anything is built."""
    from .passes.relations import uses_event_stream
    from .passes.types import Types

    shapes: dict[str, Any] = spec["shapes"]
    types = Types(shapes, {})

    def members(shape: str) -> dict[str, MemberInfo]:
        declared: dict[str, Any] = shapes[shape].get("members", {}) if shape else {}
        required: list[str] = shapes[shape].get("required", []) if shape else []
        return {
            name: MemberInfo(
                types.of(member["shape"]),
                names.field_name(name),
                nullable=name not in required or bool(member.get("idempotencyToken")),
            )
            for name, member in declared.items()
        }

    def lookup(t: Type) -> Mapping[str, MemberInfo]:
        return members(t.shape)

    operations: dict[str, OperationView] = {}
    for name, op in spec["operations"].items():
        if uses_event_stream(spec, op):
            continue
        input_shape = op.get("input", {}).get("shape", "")
        output_shape = op.get("output", {}).get("shape", "")
        operations[name] = OperationView(
            members(input_shape), Type("structure", output_shape)
        )
    return ModelView(operations, lookup, frozenset(spec["operations"]))


# --------------------------------------------------------------------------
# Reading the files


@dataclass
class PaginatorSpec:
    """One paginator of ``paginators-1.json``, checked: its expressions typed."""

    operation: str
    input_tokens: list[str]
    output_tokens: list[Expr]
    more_results: Expr | None
    limit_key: str | None
    result_keys: list[Expr]
    non_aggregate_keys: list[Expr]


@dataclass
class WaiterSpec:
    """One waiter of ``waiters-2.json``, checked."""

    name: str
    operation: str
    description: str
    delay: int | float
    max_attempts: int
    acceptors: list[Acceptor]


@dataclass
class Read:
    """What :func:`read` found: the paginators and waiters, and every problem."""

    paginators: list[PaginatorSpec] = field(default_factory=list[PaginatorSpec])
    waiters: list[WaiterSpec] = field(default_factory=list[WaiterSpec])
    problems: list[Problem] = field(default_factory=list[Problem])


def read(companions: Companions, view: ModelView) -> Read:
    """The paginators and waiters of ``companions`` checked against ``view``.

    Paginators and waiters of operations the bindings leave out (event
    streams) are skipped.
    """
    found = Read()
    for doc, schema in (
        (companions.paginators, "paginators"),
        (companions.waiters, "waiters"),
    ):
        if doc is not None:
            found.problems += validate.schema_problems(doc, schema)
    if found.problems:
        return found
    if companions.paginators is not None:
        _Reader(companions.paginators, view, found).paginators()
    if companions.waiters is not None:
        _Reader(companions.waiters, view, found).waiters()
    return found


def context_param_problems(doc: load.Document) -> list[Problem]:
    """The ``operationContextParams`` of a validated model whose JMESPath
    cannot mean anything for the operation's input (the same checks as the
    paginators' and waiters' expressions; the build compiles them)."""
    spec: dict[str, Any] = doc.data
    view = raw_view(spec)
    problems: list[Problem] = []
    for name, op in spec["operations"].items():
        params: dict[str, Any] = op.get("operationContextParams", {})
        input_shape = op.get("input", {}).get("shape", "")
        for param, value in params.items():
            text = str(value.get("path", ""))
            try:
                compile(text, Type("structure", input_shape), view.lookup)
            except PathError as exc:
                problems.append(
                    doc.problem(
                        ("operations", name, "operationContextParams", param, "path"),
                        exc.explain(text),
                    )
                )
    return problems


def check(spec: dict[str, Any], companions: Companions) -> list[Problem]:
    """Every problem of the paginators and waiters of a validated model."""
    return read(companions, raw_view(spec)).problems


def _one_or_more(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


class _Reader:
    def __init__(self, doc: load.Document, view: ModelView, found: Read) -> None:
        self.doc = doc
        self.view = view
        self.found = found

    def report(self, path: tuple[str | int, ...], message: str) -> None:
        self.found.problems.append(self.doc.problem(path, message))

    def operation(self, path: tuple[str | int, ...], name: str) -> OperationView | None:
        """The operation ``name``; reported if the model has none, None if
        the bindings leave it out."""
        op = self.view.operations.get(name)
        if op is None and name not in self.view.all_operations:
            self.report(
                path,
                f"no operation {name!r} in the model"
                f"{did_you_mean(name, self.view.all_operations)}",
            )
        return op

    def expression(
        self, path: tuple[str | int, ...], text: str, root: Type
    ) -> Expr | None:
        try:
            return compile(text, root, self.view.lookup)
        except PathError as exc:
            self.report(path, exc.explain(text))
            return None

    def expressions(
        self, path: tuple[str | int, ...], value: str | list[str], root: Type
    ) -> list[Expr] | None:
        """Each expression of a string or list of strings; None if any is wrong."""
        listed = isinstance(value, list)
        compiled = [
            self.expression(path + ((i,) if listed else ()), text, root)
            for i, text in enumerate(_one_or_more(value))
        ]
        return None if None in compiled else cast(list[Expr], compiled)

    # -- paginators

    def paginators(self) -> None:
        pagination: dict[str, Any] = self.doc.data["pagination"]
        for name, spec in pagination.items():
            path: tuple[str | int, ...] = ("pagination", name)
            op = self.operation(path, name)
            if op is not None:
                paginator = self.paginator(path, name, spec, op)
                if paginator is not None:
                    self.found.paginators.append(paginator)

    def paginator(
        self,
        path: tuple[str | int, ...],
        name: str,
        spec: dict[str, Any],
        op: OperationView,
    ) -> PaginatorSpec | None:
        before = len(self.found.problems)
        inputs = _one_or_more(spec["input_token"])
        outputs = self.expressions(
            path + ("output_token",), spec["output_token"], op.output
        )
        if len(inputs) != len(_one_or_more(spec["output_token"])):
            self.report(
                path + ("output_token",),
                f"{len(_one_or_more(spec['output_token']))} output token(s) for "
                f"{len(inputs)} input token(s): they go in pairs",
            )
        listed = isinstance(spec["input_token"], list)
        for i, token in enumerate(inputs):
            where = path + ("input_token",) + ((i,) if listed else ())
            member = self.input_member(where, token, op)
            if member is not None and not member.nullable:
                self.report(
                    where,
                    f"the input token {token!r} is required: the first page, "
                    "which has no token, could not be asked for",
                )
                continue
            if member is None or outputs is None or i >= len(outputs):
                continue
            if not same_type(outputs[i].type, member.type):
                self.report(
                    path + ("output_token",) + ((i,) if listed else ()),
                    f"{outputs[i].source!r} is {describe(outputs[i].type)}, but the "
                    f"input token {token!r} is {describe(member.type)}",
                )
        limit = spec.get("limit_key")
        if limit is not None:
            member = self.input_member(path + ("limit_key",), limit, op)
            if member is not None and member.type.kind not in ("integer", "string"):
                self.report(
                    path + ("limit_key",),
                    f"the limit key {limit!r} is {describe(member.type)}: "
                    "a page size is an integer (or a string)",
                )
        more = spec.get("more_results")
        more_results = (
            None
            if more is None
            else self.expression(path + ("more_results",), more, op.output)
        )
        results = self.expressions(
            path + ("result_key",), spec.get("result_key", []), op.output
        )
        keys = [
            self.expression(path + ("non_aggregate_keys", i), text, op.output)
            for i, text in enumerate(spec.get("non_aggregate_keys", []))
        ]
        if len(self.found.problems) > before or outputs is None or results is None:
            return None
        return PaginatorSpec(
            operation=name,
            input_tokens=inputs,
            output_tokens=outputs,
            more_results=more_results,
            limit_key=limit,
            result_keys=results,
            non_aggregate_keys=[k for k in keys if k is not None],
        )

    def input_member(
        self, path: tuple[str | int, ...], name: str, op: OperationView
    ) -> MemberInfo | None:
        member = op.inputs.get(name)
        if member is None:
            self.report(
                path,
                f"the operation's input has no member {name!r}"
                f"{did_you_mean(name, op.inputs)}",
            )
        return member

    # -- waiters

    def waiters(self) -> None:
        waiters: dict[str, Any] = self.doc.data["waiters"]
        for name, spec in waiters.items():
            path: tuple[str | int, ...] = ("waiters", name)
            if not names.snake_case(name).isidentifier():  # pragma: no cover
                self.report(path, f"{name!r} cannot name a method")
                continue
            op = self.operation(path + ("operation",), spec["operation"])
            if op is None:
                continue
            before = len(self.found.problems)
            acceptors = [
                self.acceptor(path + ("acceptors", i), acceptor, op)
                for i, acceptor in enumerate(spec["acceptors"])
            ]
            if len(self.found.problems) > before:
                continue
            self.found.waiters.append(
                WaiterSpec(
                    name=name,
                    operation=spec["operation"],
                    description=str(spec.get("description", "")),
                    delay=spec["delay"],
                    max_attempts=spec["maxAttempts"],
                    acceptors=[a for a in acceptors if a is not None],
                )
            )

    def acceptor(
        self, path: tuple[str | int, ...], spec: dict[str, Any], op: OperationView
    ) -> Acceptor | None:
        matcher: Matcher = spec["matcher"]
        state: WaiterState = spec["state"]
        expected: object = spec["expected"]
        if matcher == "status":
            if not isinstance(expected, int) or isinstance(expected, bool):
                self.report(
                    path + ("expected",), "a status matcher expects an HTTP status code"
                )
                return None
            return Acceptor(state, matcher, expected, None)
        if matcher == "error":
            if not isinstance(expected, (str, bool)):
                self.report(
                    path + ("expected",),
                    "an error matcher expects an error code, or true (any error) "
                    "or false (no error)",
                )
                return None
            return Acceptor(state, matcher, expected, None)
        text = spec.get("argument")
        if not isinstance(text, str):
            self.report(path, f"a {matcher} matcher needs an argument (an expression)")
            return None
        argument = self.expression(path + ("argument",), text, op.output)
        if argument is None:
            return None
        value_type = argument.type
        if matcher != "path":
            if argument.type.kind not in ("list", "document"):
                self.report(
                    path + ("argument",),
                    f"a {matcher} matcher needs a list, but {text!r} is "
                    f"{describe(argument.type)}",
                )
                return None
            value_type = argument.type.item or value_type
        if not _can_equal(value_type, expected):
            self.report(
                path + ("expected",),
                f"{text!r} is {describe(value_type)}: it never equals {expected!r}",
            )
            return None
        return Acceptor(state, matcher, expected, argument)


def _can_equal(t: Type, value: object) -> bool:
    """Whether a value of ``t`` can equal the JSON value ``value`` (Python's ==,
    as botocore compares)."""
    if t.kind == "document":
        return True
    if isinstance(value, bool):
        return t.kind == "boolean"
    if isinstance(value, (int, float)):
        return t.kind in ("integer", "float")
    if isinstance(value, str):
        return t.kind in ("string", "enum")
    return value is None
