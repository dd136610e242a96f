"""The subset of JMESPath that AWS's paginator and waiter files use: a parser.

botocore's ``paginators-1.json`` (``output_token``, ``result_key``,
``more_results``, ``non_aggregate_keys``) and ``waiters-2.json`` (an
acceptor's ``argument``) hold JMESPath expressions.  The generator compiles
them into plain Python over the generated dataclasses (``generator/paths.py``
types them against the model, ``codecs/search.py`` writes the code), so the
bindings need no JMESPath library.  This module reads the text into a
:class:`Node` tree, exactly as the reference parser (jmespath.py) would, for
the subset below; anything else is a :class:`JMESPathError` naming the
construct and its column.

The subset (every expression botocore 1.43 ships uses only these):

* identifiers, bare (``NextToken``) or quoted (``"Next-Token"``);
* sub-expressions ``a.b``, the current node ``@`` and parentheses;
* index ``a[-1]``, flatten ``a[]``, list wildcard ``a[*]``, map-value
  wildcard ``a.*`` and filters ``a[?b == 'x']``, each a projection of what
  follows it;
* ``||``, ``&&``, ``!`` and the comparators ``== != < <= > >=``;
* literals: raw strings ``'x'`` and JSON literals ``\\`0\\```;
* multi-select lists ``[a, b]`` (at the start or after ``.``);
* two functions, ``length()`` and ``keys()``.

Left out: slices ``[1:2]``, multi-select hashes ``{k: a}``, pipes
``a | b``, expression references ``&a`` and every other function.
(Multi-select lists and ``keys()`` are what DynamoDB's
``operationContextParams`` use, in the service model itself.)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Literal

#: The node kinds of a parsed expression (jmespath.py's AST names).
Kind = Literal[
    "field",  # value: the name
    "subexpression",  # children: (left, right): right evaluated on left's value
    "index_expression",  # children: (left, index)
    "index",  # value: the index (negative counts from the end)
    "flatten",  # children: (left,)
    "projection",  # children: (left, right): right on each item of left (a list)
    "value_projection",  # children: (left, right): right on each value of left (a map)
    "filter_projection",  # children: (left, right, condition)
    "comparator",  # value: the operator; children: (left, right)
    "or_expression",
    "and_expression",
    "not_expression",
    "literal",  # value: the JSON value
    "function_expression",  # value: the name; children: the arguments
    "multi_select_list",  # children: the expressions, each on the current node
    "current",
    "identity",  # the value a projection's right side starts from
]

#: The functions of the subset.
FUNCTIONS = {"length": 1, "keys": 1}

COMPARATORS = {"eq": "==", "ne": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}


@dataclass(frozen=True)
class Node:
    """One node of a parsed expression; ``offset`` is where it starts in the text."""

    kind: Kind
    children: tuple[Node, ...] = ()
    value: object = None
    offset: int = 0


class JMESPathError(Exception):
    """The text is not an expression of the subset; ``offset`` is where (0-based)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


# --------------------------------------------------------------------------
# Lexer

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"-?[0-9]+")
_SIMPLE = {
    ".": "dot",
    "*": "star",
    "]": "rbracket",
    ",": "comma",
    ":": "colon",
    "@": "current",
    "(": "lparen",
    ")": "rparen",
    "{": "lbrace",
    "}": "rbrace",
}
_TWO = {
    "||": "or",
    "&&": "and",
    "!=": "ne",
    "==": "eq",
    "<=": "lte",
    ">=": "gte",
    "[]": "flatten",
    "[?": "filter",
}
_ONE = {"|": "pipe", "&": "expref", "!": "not", "<": "lt", ">": "gt", "[": "lbracket"}


@dataclass(frozen=True)
class _Token:
    type: str
    value: object
    start: int


def _delimited(text: str, start: int, quote: str) -> tuple[str, int]:
    """The text between ``quote`` at ``start`` and the next unescaped one; the end."""
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return text[start + 1 : i], i + 1
        i += 1
    raise JMESPathError(f"unterminated {quote}...{quote}", start)


def tokens(text: str) -> list[_Token]:
    """The tokens of ``text``, ending with an ``eof`` token."""
    found: list[_Token] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in " \t\n\r":
            i += 1
        elif (m := _IDENTIFIER.match(text, i)) is not None:
            found.append(_Token("unquoted_identifier", m.group(), i))
            i = m.end()
        elif (m := _NUMBER.match(text, i)) is not None:
            found.append(_Token("number", int(m.group()), i))
            i = m.end()
        elif text.startswith(tuple(_TWO), i):
            found.append(_Token(_TWO[text[i : i + 2]], None, i))
            i += 2
        elif c in _SIMPLE:
            found.append(_Token(_SIMPLE[c], None, i))
            i += 1
        elif c in _ONE:
            found.append(_Token(_ONE[c], None, i))
            i += 1
        elif c == "=":
            raise JMESPathError("'=' is not an operator (did you mean '=='?)", i)
        elif c == '"':
            body, end = _delimited(text, i, '"')
            try:
                name = json.loads(f'"{body}"')
            except ValueError:
                raise JMESPathError("invalid quoted identifier", i) from None
            found.append(_Token("quoted_identifier", name, i))
            i = end
        elif c == "'":
            body, end = _delimited(text, i, "'")
            found.append(_Token("literal", body.replace("\\'", "'"), i))
            i = end
        elif c == "`":
            body, end = _delimited(text, i, "`")
            try:
                value: object = json.loads(body.replace("\\`", "`"))
            except ValueError:
                raise JMESPathError(f"invalid JSON literal `{body}`", i) from None
            found.append(_Token("literal", value, i))
            i = end
        else:
            raise JMESPathError(f"unexpected character {c!r}", i)
    found.append(_Token("eof", None, len(text)))
    return found


# --------------------------------------------------------------------------
# Parser: jmespath.py's Pratt parser, for the subset

_BINDING_POWER = {
    "eof": 0,
    "unquoted_identifier": 0,
    "quoted_identifier": 0,
    "literal": 0,
    "rbracket": 0,
    "rparen": 0,
    "comma": 0,
    "rbrace": 0,
    "number": 0,
    "current": 0,
    "expref": 0,
    "colon": 0,
    "pipe": 1,
    "or": 2,
    "and": 3,
    "eq": 5,
    "gt": 5,
    "lt": 5,
    "gte": 5,
    "lte": 5,
    "ne": 5,
    "flatten": 9,
    "star": 20,
    "filter": 21,
    "dot": 40,
    "not": 45,
    "lbrace": 50,
    "lbracket": 55,
    "lparen": 60,
}
_PROJECTION_STOP = 10

_UNSUPPORTED = {
    "pipe": "pipes (a | b) are not in the subset",
    "expref": "expression references (&a) are not in the subset",
    "lbrace": "multi-select hashes ({k: a}) are not in the subset",
}


def parse(text: str) -> Node:
    """The tree of ``text``; :class:`JMESPathError` if it is not in the subset."""
    parser = _Parser(text)
    node = parser.expression(0)
    if parser.current.type != "eof":
        parser.fail(parser.current, "unexpected")
    return node


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokens(text)
        self.at = 0

    @property
    def current(self) -> _Token:
        return self.tokens[self.at]

    def lookahead(self, n: int = 1) -> _Token:
        return self.tokens[min(self.at + n, len(self.tokens) - 1)]

    def advance(self) -> _Token:
        token = self.current
        self.at += 1
        return token

    def match(self, kind: str) -> _Token:
        if self.current.type != kind:
            self.fail(self.current, f"expected {kind}, found")
        return self.advance()

    def fail(self, token: _Token, what: str) -> None:
        shown = (
            "end of the expression"
            if token.type == "eof"
            else repr(self.text[token.start :][:12])
        )
        raise JMESPathError(f"{what} {shown}", token.start)

    def expression(self, binding_power: int) -> Node:
        token = self.advance()
        left = self.nud(token)
        while binding_power < _BINDING_POWER.get(self.current.type, 0):
            left = self.led(self.advance(), left)
        return left

    # -- prefix positions

    def nud(self, token: _Token) -> Node:
        kind, at = token.type, token.start
        if kind in _UNSUPPORTED:
            raise JMESPathError(_UNSUPPORTED[kind], at)
        if kind == "literal":
            return Node("literal", value=token.value, offset=at)
        if kind == "unquoted_identifier":
            return Node("field", value=token.value, offset=at)
        if kind == "quoted_identifier":
            if self.current.type == "lparen":
                raise JMESPathError("a quoted identifier cannot name a function", at)
            return Node("field", value=token.value, offset=at)
        if kind == "current":
            return Node("current", offset=at)
        if kind == "star":
            left = Node("identity", offset=at)
            right = (
                Node("identity", offset=self.current.start)
                if self.current.type == "rbracket"
                else self.projection_rhs(_BINDING_POWER["star"])
            )
            return Node("value_projection", (left, right), offset=at)
        if kind == "filter":
            return self.filter(Node("identity", offset=at), at)
        if kind == "flatten":
            left = Node("flatten", (Node("identity", offset=at),), offset=at)
            right = self.projection_rhs(_BINDING_POWER["flatten"])
            return Node("projection", (left, right), offset=at)
        if kind == "not":
            operand = self.expression(_BINDING_POWER["not"])
            return Node("not_expression", (operand,), offset=at)
        if kind == "lparen":
            inner = self.expression(0)
            self.match("rparen")
            return inner
        if kind == "lbracket":
            return self.bracket(Node("identity", offset=at), at)
        self.fail(token, "unexpected")
        raise AssertionError  # pragma: no cover - fail raises

    # -- infix positions

    def led(self, token: _Token, left: Node) -> Node:
        kind, at = token.type, token.start
        if kind in _UNSUPPORTED:
            raise JMESPathError(_UNSUPPORTED[kind], at)
        if kind == "dot":
            if self.current.type == "star":
                self.advance()
                right = self.projection_rhs(_BINDING_POWER["dot"])
                return Node("value_projection", (left, right), offset=left.offset)
            right = self.dot_rhs(_BINDING_POWER["dot"])
            return Node("subexpression", (left, right), offset=left.offset)
        if kind in ("or", "and"):
            right = self.expression(_BINDING_POWER[kind])
            return Node(f"{kind}_expression", (left, right), offset=left.offset)  # type: ignore[arg-type]
        if kind in COMPARATORS:
            right = self.expression(_BINDING_POWER[kind])
            return Node(
                "comparator", (left, right), COMPARATORS[kind], offset=left.offset
            )
        if kind == "flatten":
            flat = Node("flatten", (left,), offset=left.offset)
            right = self.projection_rhs(_BINDING_POWER["flatten"])
            return Node("projection", (flat, right), offset=left.offset)
        if kind == "filter":
            return self.filter(left, left.offset)
        if kind == "lbracket":
            return self.bracket(left, left.offset)
        if kind == "lparen":
            return self.function(left, token)
        self.fail(token, "unexpected")
        raise AssertionError  # pragma: no cover - fail raises

    def bracket(self, left: Node, at: int) -> Node:
        """After ``[``: an index, or ``*]`` (a list wildcard)."""
        token = self.current
        if token.type == "number":
            self.advance()
            if self.current.type == "colon":
                raise JMESPathError("slices ([a:b]) are not in the subset", token.start)
            self.match("rbracket")
            index = Node("index", value=token.value, offset=token.start)
            return Node("index_expression", (left, index), offset=at)
        if token.type == "colon":
            raise JMESPathError("slices ([a:b]) are not in the subset", token.start)
        if token.type == "star" and self.lookahead().type == "rbracket":
            self.advance()
            self.advance()
            right = self.projection_rhs(_BINDING_POWER["star"])
            return Node("projection", (left, right), offset=at)
        if left.kind == "identity":  # ``[a, b]`` where an expression starts
            return self.multi_select(at)
        self.fail(token, "expected a number or '*' in brackets, found")
        raise AssertionError  # pragma: no cover - fail raises

    def multi_select(self, at: int) -> Node:
        """After ``[``: ``a, b, ...]``, each evaluated on the current node."""
        items = [self.expression(0)]
        while self.current.type == "comma":
            self.advance()
            items.append(self.expression(0))
        self.match("rbracket")
        return Node("multi_select_list", tuple(items), offset=at)

    def filter(self, left: Node, at: int) -> Node:
        condition = self.expression(0)
        self.match("rbracket")
        right = (
            Node("identity", offset=self.current.start)
            if self.current.type == "flatten"
            else self.projection_rhs(_BINDING_POWER["filter"])
        )
        return Node("filter_projection", (left, right, condition), offset=at)

    def function(self, left: Node, token: _Token) -> Node:
        if left.kind != "field":
            self.fail(token, "a function call needs a name before")
        name = str(left.value)
        if name not in FUNCTIONS:
            raise JMESPathError(
                f"the function {name}() is not in the subset (only "
                f"{', '.join(f'{f}()' for f in FUNCTIONS)})",
                left.offset,
            )
        args: list[Node] = []
        while self.current.type != "rparen":
            args.append(self.expression(0))
            if self.current.type == "comma":
                self.advance()
        self.match("rparen")
        if len(args) != FUNCTIONS[name]:
            raise JMESPathError(
                f"{name}() takes {FUNCTIONS[name]} argument(s), not {len(args)}",
                left.offset,
            )
        return Node("function_expression", tuple(args), name, offset=left.offset)

    def projection_rhs(self, binding_power: int) -> Node:
        token = self.current
        if _BINDING_POWER.get(token.type, 0) < _PROJECTION_STOP:
            return Node("identity", offset=token.start)
        if token.type in ("lbracket", "filter"):
            return self.expression(binding_power)
        if token.type == "dot":
            self.advance()
            return self.dot_rhs(binding_power)
        self.fail(token, "unexpected")
        raise AssertionError  # pragma: no cover - fail raises

    def dot_rhs(self, binding_power: int) -> Node:
        token = self.current
        if token.type in ("unquoted_identifier", "quoted_identifier", "star"):
            return self.expression(binding_power)
        if token.type == "lbracket":
            self.advance()
            return self.multi_select(token.start)
        if token.type == "lbrace":
            raise JMESPathError(_UNSUPPORTED["lbrace"], token.start)
        self.fail(token, "expected a name after '.', found")
        raise AssertionError  # pragma: no cover - fail raises
