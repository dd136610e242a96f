"""Pass 5b, paginators and waiters: what the client's paging and waiting methods do.

Reads ``paginators-1.json`` and ``waiters-2.json`` (``generator/paging.py``)
against the built operations, so every expression's fields are the
generated classes' own, and records, per paginator: the input members that
carry the tokens, the typed expressions of the output tokens, of
``more_results`` and of the result keys, the page-size member and the type
of the items (when there is one result key and it is a list); per waiter:
its acceptors as data.  It claims the client's method names
(``<operation>_pages``, ``<operation>_items``, ``wait_<waiter>``) after the
operations' (a clash gains ``_``), and the module constants, and lists the
classes their annotations name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .. import names
from ..docs import html_to_rst
from ..errors import SpecError
from ..ir import Expr, Member, Module, Operation, Paginator, Structure, Type, Waiter
from ..paging import Companions, ModelView, OperationView, read
from ..paths import Lookup, MemberInfo


def _info(members: list[Member]) -> dict[str, MemberInfo]:
    return {m.name: MemberInfo(m.type, m.field, m.nullable) for m in members}


def shared_structures(modules: list[Module]) -> dict[str, Structure]:
    """The structures of the shapes modules, by shape name."""
    return {s.shape: s for module in modules for s in module.structures}


def view(operations: list[Operation], modules: list[Module]) -> ModelView:
    """The built operations and structures, as the checks see them."""
    shared = shared_structures(modules)
    roots: dict[int, Structure] = {}
    ops: dict[str, OperationView] = {}
    for op in operations:
        root = Type(
            "structure",
            op.output.shape,
            module=op.module,
            class_name=op.output.class_name,
        )
        roots[id(root)] = op.output
        ops[op.name] = OperationView(_info(op.input.members), root)

    def lookup(t: Type) -> Mapping[str, MemberInfo]:
        structure = roots.get(id(t)) or shared.get(t.shape)
        return _info(structure.members) if structure is not None else {}

    return ModelView(ops, lookup, frozenset(ops))


def input_lookup(
    operation: Operation, shared: Mapping[str, Structure]
) -> tuple[Type, Lookup]:
    """The type of an operation's input and the members of every structure
    it reaches (``shared``: :func:`shared_structures`): the root of an
    expression over a request."""
    root = Type(
        "structure",
        operation.input.shape,
        module=operation.module,
        class_name=operation.input.class_name,
    )

    def lookup(t: Type) -> Mapping[str, MemberInfo]:
        structure = operation.input if t is root else shared.get(t.shape)
        return _info(structure.members) if structure is not None else {}

    return root, lookup


class _Names:
    """Names taken in one namespace; a clash gains a suffix."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def claim(self, wanted: str, suffix: str = "_") -> str:
        name = wanted
        while name in self.taken:
            name += suffix
        self.taken.add(name)
        return name


def build(
    companions: Companions, operations: list[Operation], modules: list[Module]
) -> tuple[list[Paginator], list[Waiter]]:
    """The paginators and waiters of the service; SpecError lists every problem."""
    found = read(companions, view(operations, modules))
    if found.problems:
        raise SpecError(found.problems)
    by_name = {op.name: op for op in operations}
    methods = _Names({op.method_name for op in operations} | set(names.CLIENT_MEMBERS))
    constants = _Names(set())
    paginators: list[Paginator] = []
    for spec in sorted(found.paginators, key=lambda p: p.operation):
        op = by_name[spec.operation]
        inputs = {m.name: m for m in op.input.members}
        stem = names.snake_case(op.name)
        item = _items_of(spec.result_keys)
        paginators.append(
            Paginator(
                operation=op,
                constant=constants.claim(stem.upper()),
                pages_method=methods.claim(f"{stem}_pages"),
                items_method=methods.claim(f"{stem}_items") if item else "",
                input_tokens=[inputs[t] for t in spec.input_tokens],
                output_tokens=spec.output_tokens,
                more_results=spec.more_results,
                limit=inputs[spec.limit_key] if spec.limit_key else None,
                result_keys=spec.result_keys,
                item=item,
                non_aggregate_keys=spec.non_aggregate_keys,
            )
        )
    waiters: list[Waiter] = []
    functions: dict[tuple[str, str], str] = {}  # (operation, expression) -> function
    for w in sorted(found.waiters, key=lambda w: w.name):
        for acceptor in w.acceptors:
            if acceptor.argument is not None:
                key = (w.operation, acceptor.argument.source)
                if key not in functions:
                    op_stem = names.snake_case(w.operation)
                    functions[key] = f"_{op_stem}_{len(functions) + 1}"
                acceptor.function = functions[key]
        stem = names.snake_case(w.name)
        waiters.append(
            Waiter(
                name=w.name,
                operation=by_name[w.operation],
                constant=constants.claim(stem.upper()),
                method=methods.claim(f"wait_{stem}"),
                docs=html_to_rst(w.description),
                delay=w.delay,
                max_attempts=w.max_attempts,
                acceptors=w.acceptors,
            )
        )
    return paginators, waiters


def _items_of(result_keys: list[Expr]) -> Type | None:
    """The type of the items ``_items`` yields: those of the one result key,
    when it is a list of a known type."""
    if len(result_keys) != 1 or result_keys[0].type.kind != "list":
        return None
    item = result_keys[0].type.item
    return item if item is not None and item.kind != "document" else None


def imports(
    paginators: list[Paginator], waiters: list[Waiter]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(module, class) of the classes the paginators' and the waiters' modules
    name in their annotations: inputs, outputs, tokens and items."""
    paging: set[tuple[str, str]] = set()
    for p in paginators:
        paging |= {
            (p.operation.module, p.operation.input.class_name),
            (p.operation.module, p.operation.output.class_name),
        }
        for t in [m.type for m in p.input_tokens] + ([p.item] if p.item else []):
            paging |= {(s.module, s.class_name) for s in _structures(t)}
    waiting = {(w.operation.module, w.operation.output.class_name) for w in waiters}
    return sorted(paging), sorted(waiting)


def _structures(t: Type) -> Iterator[Type]:
    if t.is_structure:
        yield t
    for inner in (t.item, t.key, t.value):
        if inner is not None:
            yield from _structures(inner)
