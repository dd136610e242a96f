"""How each kind of shape is typed, encoded, decoded and checked.

This is the one place that knows the rest-json wire form of every shape
type.  Each function returns a Python expression (or lines of code) over a
given variable; ``build`` stores them in the intermediate model and the
templates paste them in place.  Nested lists and maps get comprehension
variables numbered by depth (``v1``, ``k1``…), so expressions nest cleanly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import names
from .escape import py_str
from .ir import Constant
from .patterns import translate_pattern

INTEGER_TYPES = frozenset({"integer", "long", "short", "byte", "biginteger"})
FLOAT_TYPES = frozenset({"float", "double", "bigdecimal"})

#: The timestamp format each location uses unless the model names one.
DEFAULT_TIMESTAMP_FORMAT = {
    "body": "unixTimestamp",
    "header": "rfc822",
    "querystring": "iso8601",
    "uri": "iso8601",
}

_TIMESTAMP_TO_JSON = {
    "unixTimestamp": "_rt.epoch_seconds",
    "iso8601": "_rt.iso8601",
    "rfc822": "_rt.http_date",
}
_TIMESTAMP_TO_TEXT = {
    "unixTimestamp": "_rt.epoch_text",
    "iso8601": "_rt.iso8601",
    "rfc822": "_rt.http_date",
}


@dataclass
class Scope:
    """What one generated class needs besides its own code."""

    module: str
    constants: dict[str, Constant] = field(default_factory=dict[str, Constant])
    references: set[tuple[str, str]] = field(default_factory=set[tuple[str, str]])


class Codec:
    """Expressions for the shapes of one spec.

    ``classes`` maps a structure shape's name to ``(module, class name)``.
    """

    def __init__(
        self, shapes: dict[str, Any], classes: dict[str, tuple[str, str]]
    ) -> None:
        self.shapes = shapes
        self.classes = classes

    # --- types ---------------------------------------------------------------

    def shape(self, name: str) -> dict[str, Any]:
        """The shape ``name``; a ``character`` shape reads as a ``string``."""
        shape: dict[str, Any] = self.shapes[name]
        if shape["type"] == "character":
            return {**shape, "type": "string"}
        return shape

    def is_document(self, name: str) -> bool:
        shape = self.shape(name)
        return shape["type"] == "structure" and bool(shape.get("document"))

    def is_struct(self, name: str) -> bool:
        return self.shape(name)["type"] == "structure" and not self.is_document(name)

    def annotation(self, name: str, scope: Scope) -> str:
        shape = self.shape(name)
        kind = shape["type"]
        if kind == "string":
            return "str"
        if kind in INTEGER_TYPES:
            return "int"
        if kind in FLOAT_TYPES:
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "timestamp":
            return "_dt.datetime"
        if kind == "blob":
            return "bytes"
        if kind == "list":
            return f"list[{self.annotation(shape['member']['shape'], scope)}]"
        if kind == "map":
            return f"dict[str, {self.annotation(shape['value']['shape'], scope)}]"
        if self.is_document(name):
            return "_rt.Document"
        return self._class(name, scope)

    def _class(self, name: str, scope: Scope) -> str:
        module, cls = self.classes[name]
        if module != scope.module:
            scope.references.add((module, cls))
        return cls

    def timestamp_format(self, member: dict[str, Any], location: str) -> str:
        shape = self.shape(member["shape"])
        fmt = member.get("timestampFormat") or shape.get("timestampFormat")
        return str(fmt or DEFAULT_TIMESTAMP_FORMAT[location])

    # --- JSON bodies --------------------------------------------------------

    def to_json(
        self, name: str, var: str, depth: int = 1, fmt: str | None = None
    ) -> str:
        """JSON-ready value of ``var`` (a value of shape ``name``, not None).

        ``fmt`` is a timestamp format the member names, which wins over the shape's.
        """
        shape = self.shape(name)
        kind = shape["type"]
        if kind == "timestamp":
            return f"{_TIMESTAMP_TO_JSON[fmt or shape.get('timestampFormat') or 'unixTimestamp']}({var})"
        if kind == "blob":
            return f"_rt.b64encode({var})"
        if kind in FLOAT_TYPES:
            return f"_rt.float_to_json({var})"
        if kind == "list":
            item = f"v{depth}"
            inner = self.to_json(shape["member"]["shape"], item, depth + 1)
            return var if inner == item else f"[{inner} for {item} in {var}]"
        if kind == "map":
            key, item = f"k{depth}", f"v{depth}"
            inner = self.to_json(shape["value"]["shape"], item, depth + 1)
            return (
                var
                if inner == item
                else f"{{{key}: {inner} for {key}, {item} in {var}.items()}}"
            )
        if kind == "structure" and not self.is_document(name):
            return f"{var}._to_json()"
        return var

    def from_json(self, name: str, var: str, scope: Scope, depth: int = 1) -> str:
        """Python value of the JSON value ``var`` (not None) of shape ``name``.

        A string, integer or boolean checks its exact JSON type inline
        (``v if type(v) is str else _rt.expect_str(v)``): the value the
        service sends costs no call, anything else goes to the runtime's
        ``expect_*``, which raises the wire-type error.
        """
        shape = self.shape(name)
        kind = shape["type"]
        if kind == "string":
            return f"({var} if type({var}) is str else _rt.expect_str({var}))"
        if kind in INTEGER_TYPES:
            return f"({var} if type({var}) is int else _rt.expect_int({var}))"
        if kind in FLOAT_TYPES:
            return f"_rt.expect_float({var})"
        if kind == "boolean":
            return f"({var} if type({var}) is bool else _rt.expect_bool({var}))"
        if kind == "timestamp":
            return f"_rt.parse_timestamp({var})"
        if kind == "blob":
            return f"_rt.b64decode({var})"
        if kind == "list":
            item = f"v{depth}"
            inner = self.from_json(shape["member"]["shape"], item, scope, depth + 1)
            return (
                f"[{inner} for {item} in _rt.expect_list({var}) if {item} is not None]"
            )
        if kind == "map":
            key, item = f"k{depth}", f"v{depth}"
            inner = self.from_json(shape["value"]["shape"], item, scope, depth + 1)
            return f"{{{key}: {inner} for {key}, {item} in _rt.expect_object({var}).items() if {item} is not None}}"
        if self.is_document(name):
            return var
        return f"{self._class(name, scope)}._from_json(_rt.expect_object({var}))"

    # --- boto3-style dicts ------------------------------------------------------

    def to_dict(self, name: str, var: str, depth: int = 1) -> str:
        shape = self.shape(name)
        kind = shape["type"]
        if kind == "list":
            item = f"v{depth}"
            inner = self.to_dict(shape["member"]["shape"], item, depth + 1)
            return f"list({var})" if inner == item else f"[{inner} for {item} in {var}]"
        if kind == "map":
            key, item = f"k{depth}", f"v{depth}"
            inner = self.to_dict(shape["value"]["shape"], item, depth + 1)
            return (
                f"dict({var})"
                if inner == item
                else f"{{{key}: {inner} for {key}, {item} in {var}.items()}}"
            )
        if self.is_struct(name):
            return f"{var}.to_dict()"
        return var

    def from_dict(self, name: str, var: str, scope: Scope, depth: int = 1) -> str:
        shape = self.shape(name)
        kind = shape["type"]
        if kind == "list":
            item = f"v{depth}"
            inner = self.from_dict(shape["member"]["shape"], item, scope, depth + 1)
            return f"list({var})" if inner == item else f"[{inner} for {item} in {var}]"
        if kind == "map":
            key, item = f"k{depth}", f"v{depth}"
            inner = self.from_dict(shape["value"]["shape"], item, scope, depth + 1)
            return (
                f"dict({var})"
                if inner == item
                else f"{{{key}: {inner} for {key}, {item} in {var}.items()}}"
            )
        if self.is_struct(name):
            return f"{self._class(name, scope)}.from_dict({var})"
        return var

    # --- headers, query strings and URI labels ----------------------------

    def to_text(self, name: str, var: str, fmt: str) -> str:
        """Text of a scalar ``var`` in a header, query string or URI label."""
        kind = self.shape(name)["type"]
        if kind == "string":
            return var
        if kind == "boolean":
            return f"_rt.bool_text({var})"
        if kind in FLOAT_TYPES:
            return f"_rt.float_text({var})"
        if kind == "timestamp":
            return f"{_TIMESTAMP_TO_TEXT[fmt]}({var})"
        if kind == "blob":
            return f"_rt.b64encode({var})"
        return f"str({var})"

    def from_text(self, name: str, var: str) -> str:
        """Python value of a scalar sent as header text ``var``."""
        kind = self.shape(name)["type"]
        if kind == "string":
            if self.shape(name).get("jsonvalue"):
                return f"_rt.json_from_header({var})"
            return var
        if kind == "boolean":
            return f"_rt.bool_from_text({var})"
        if kind in INTEGER_TYPES:
            return f"_rt.int_from_text({var})"
        if kind in FLOAT_TYPES:
            return f"_rt.float_from_text({var})"
        if kind == "timestamp":
            return f"_rt.parse_timestamp({var})"
        if kind == "blob":
            return f"_rt.b64decode({var})"
        return var

    # --- validation ---------------------------------------------------------

    def check_lines(
        self, name: str, var: str, path: str, scope: Scope, depth: int = 1
    ) -> list[str]:
        """Lines that record every violation of ``var`` (not None).

        ``path`` names a variable holding the dotted path of ``var``; loops
        bind ``p1``, ``p2``… to their items' paths.
        """
        shape = self.shape(name)
        kind = shape["type"]
        lo, hi = shape.get("min"), shape.get("max")
        if kind == "string":
            args = [f"errors, {path}, {var}"]
            if lo is not None or hi is not None:
                args.append(f"min_len={_num(lo)}, max_len={_num(hi)}")
            if "pattern" in shape:
                args.append(f"pattern={self._pattern(shape['pattern'], scope)}")
            if "enum" in shape:
                args.append(f"enum={self._enum(name, shape['enum'], scope)}")
            return [f"_rt.check_str({', '.join(args)})"]
        if kind in INTEGER_TYPES or kind in FLOAT_TYPES:
            integral = kind in INTEGER_TYPES
            bounds = (
                f", minimum={_num(lo)}, maximum={_num(hi)}"
                if lo is not None or hi is not None
                else ""
            )
            return [f"_rt.check_number(errors, {path}, {var}, {integral}{bounds})"]
        if kind == "boolean":
            return [f'_rt.check_type(errors, {path}, {var}, bool, "bool")']
        if kind == "timestamp":
            return [f'_rt.check_type(errors, {path}, {var}, _dt.datetime, "datetime")']
        if kind == "blob":
            if lo is None and hi is None:
                return [f'_rt.check_type(errors, {path}, {var}, bytes, "bytes")']
            return [
                f'if _rt.check_type(errors, {path}, {var}, bytes, "bytes"):',
                f"    _rt.check_length(errors, {path}, len({var}), {_num(lo)}, {_num(hi)})",
            ]
        if kind in ("list", "map"):
            container = "list" if kind == "list" else "dict"
            lines = [
                f'if _rt.check_type(errors, {path}, {var}, {container}, "{container}"):'
            ]
            if lo is not None or hi is not None:
                lines.append(
                    f"    _rt.check_length(errors, {path}, len({var}), {_num(lo)}, {_num(hi)})"
                )
            item, key, item_path = f"v{depth}", f"k{depth}", f"p{depth}"
            if kind == "list":
                loop = f"for i{depth}, {item} in enumerate({var}):"
                bind = f'{item_path} = f"{{{path}}}[{{i{depth}}}]"'
                inner_name = shape["member"]["shape"]
                key_lines: list[str] = []
            else:
                loop = f"for {key}, {item} in {var}.items():"
                bind = f'{item_path} = f"{{{path}}}[{{{key}!r}}]"'
                inner_name = shape["value"]["shape"]
                key_lines = self.check_lines(
                    shape["key"]["shape"], key, item_path, scope, depth + 1
                )
            inner = self.check_lines(inner_name, item, item_path, scope, depth + 1)
            lines.append(f"    {loop}")
            lines.append(f"        {bind}")
            lines.extend("        " + line for line in key_lines)
            lines.append(f"        if {item} is None:")
            lines.append(
                f'            errors.append({item_path} + ": null is not allowed")'
            )
            lines.append("        else:")
            lines.extend("            " + line for line in inner)
            return lines
        if self.is_document(name):
            return [f"_rt.check_document(errors, {path}, {var})"]
        cls = self._class(name, scope)
        return [
            f"if isinstance({var}, {cls}):",
            f'    {var}._validate({path} + ".", errors)',
            "else:",
            f'    errors.append(f"{{{path}}}: expected {cls}, got {{type({var}).__name__}}")',
        ]

    def _pattern(self, pattern: str, scope: Scope) -> str:
        translated = translate_pattern(pattern)
        const = f"_PATTERN_{len([c for c in scope.constants.values() if c.kind == 'pattern']) + 1}"
        for existing in scope.constants.values():
            if existing.kind == "pattern" and existing.source == pattern:
                return existing.name
        scope.constants[const] = Constant(
            const, "pattern", source=pattern, translated=translated
        )
        return const

    def _enum(self, shape_name: str, values: list[str], scope: Scope) -> str:
        """The module constant holding an enum's values: ``_<SHAPE>_VALUES``,
        numbered when two shapes' names meet there (``FooBar``/``Foo_Bar``)."""
        stem = "_" + names.snake_case(shape_name).upper() + "_VALUES"
        wanted = tuple(values)
        const, n = stem, 1
        while const in scope.constants:
            if scope.constants[const].values == wanted:
                return const
            n += 1
            const = f"{stem}_{n}"
        scope.constants[const] = Constant(const, "enum", values=wanted)
        return const


def _num(value: Any) -> str:
    """A model bound as Python source (``None`` when absent)."""
    if value is None:
        return "None"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)


def literal(text: str) -> str:
    """A spec string as a Python literal (the escaping helper, re-exported for build)."""
    return py_str(text)
