"""The REST HTTP binding: members bound to the URI, query string, headers and status.

Shared by the REST protocols (rest-json today; rest-xml next).  It decides
where each member of an operation's input and output travels (the model's
``location`` and ``locationName``, read from the member and else from its
shape, as botocore reads them), splits the ``requestUri`` into literal text
and labels, and writes the text of a scalar in a header, a query string or a
URI label (the codec per kind at the bottom).  How the body is written is
the body codec's business (``json_body``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from ..codecs import timestamp
from ..escape import py_str
from ..ir import HttpBinding, Location, Member, PathPart, Structure, Type

_LABEL = re.compile(r"\{([^}]+)\}")

#: The timestamp format of each location when the model names none.
TIMESTAMP_DEFAULTS: dict[str, str] = {
    "header": "rfc822",
    "querystring": "iso8601",
    "uri": "iso8601",
}


def locate(
    member: str, spec: dict[str, Any], target: dict[str, Any]
) -> tuple[Location, str]:
    """Where a member of an operation's input, output or error travels, and its wire name."""
    location = cast(Location, spec.get("location") or target.get("location", ""))
    if location == "headers":  # the prefix of the headers a map collects
        return location, spec.get("locationName") or target.get("locationName") or ""
    return location, spec.get("locationName") or target.get("locationName") or member


def labels(template: str) -> list[tuple[str, bool]]:
    """The labels of a ``requestUri`` path or ``hostPrefix``: ``(name, greedy)``."""
    return [
        (m.group(1).rstrip("+"), m.group(1).endswith("+"))
        for m in _LABEL.finditer(template)
    ]


def split(template: str, members: dict[str, Member]) -> list[PathPart]:
    """Literal text and labels of a path or host prefix, labels resolved to members."""
    parts: list[PathPart] = []
    pos = 0
    for match in _LABEL.finditer(template):
        if match.start() > pos:
            parts.append(PathPart(literal=template[pos : match.start()]))
        label = match.group(1)
        parts.append(
            PathPart(member=members[label.rstrip("+")], greedy=label.endswith("+"))
        )
        pos = match.end()
    if pos < len(template):
        parts.append(PathPart(literal=template[pos:]))
    return parts


#: Where a member of a response may travel besides the body; a response
#: member bound anywhere else (a ``uri`` label, say) is read from the body.
RESPONSE_LOCATIONS = ("header", "headers", "statusCode")


def in_response_body(member: Member) -> bool:
    """Whether a response or error member is read from the body object."""
    return member.location not in RESPONSE_LOCATIONS and not member.is_payload


def bind(request_uri: str, request: Structure, response: Structure) -> HttpBinding:
    """Where every member of an operation travels."""
    path, _, query = request_uri.partition("?")
    literal_query: list[tuple[str, str | None]] = []
    for item in query.split("&") if query else []:
        name, eq, value = item.partition("=")
        literal_query.append((name, value if eq else None))
    inputs = request.members
    return HttpBinding(
        path=split(path, {m.wire_name: m for m in inputs if m.location == "uri"}),
        literal_query=literal_query,
        headers=[m for m in inputs if m.location in ("header", "headers")],
        query=[m for m in inputs if m.location == "querystring"],
        named_query=[
            m.wire_name
            for m in inputs
            if m.location == "querystring" and m.type.kind != "map"
        ],
        payload=next((m for m in inputs if m.is_payload), None),
        body=[m for m in inputs if not m.location and not m.is_payload],
        response_headers=any(m.location == "header" for m in response.members),
        response_body=any(in_response_body(m) for m in response.members),
    )


# --- text of scalars in headers, query strings and labels --------------------


def to_text(t: Type, var: str, fmt: str) -> str:
    """The text of scalar ``var`` (not None); ``fmt`` is a timestamp's format."""
    return _TO_TEXT[t.kind](t, var, fmt)


def from_text(t: Type, var: str, where: str = "") -> str:
    """The Python value of a scalar sent as header text ``var``; ``where``
    names the header in a wire-type error."""
    parser = "_rt.json_from_header" if t.json_value else _FROM_TEXT[t.kind]
    if parser is None:  # text is the value
        return var
    return f"{parser}({var}, {py_str(where)})" if where else f"{parser}({var})"


def _item_format(t: Type, location: str) -> str:
    assert t.item is not None
    return timestamp.resolve(
        t.item_timestamp_format, t.item, TIMESTAMP_DEFAULTS[location]
    )


def header_value(member: Member, var: str) -> str:
    """The checked text of header member ``var``: a list joins its items with
    ``, ``, a ``jsonvalue`` string is base64 of its JSON; what is not a valid
    header value is refused, naming the member, before anything is sent."""
    t = member.type
    if t.kind == "list":
        assert t.item is not None
        item = to_text(t.item, "v1", _item_format(t, "header"))
        if t.item.kind in ("string", "enum"):
            item = "_rt.quote_header_list_item(v1)"
        text = f'", ".join({item} for v1 in {var})'
    elif member.json_value:
        return f"_rt.json_header({var})"  # base64: always a valid header value
    else:
        text = to_text(t, var, member.timestamp_format)
    if text != var and t.kind not in ("string", "enum", "list"):
        return text  # numbers, booleans, timestamps and base64: always valid
    return f"_rt.header_value({text}, {py_str(member.field)})"


def query_item(t: Type) -> str:
    """The text of ``v1``, an item of a list-valued query member."""
    assert t.item is not None
    return to_text(t.item, "v1", _item_format(t, "querystring"))


def read_header(member: Member) -> str:
    """The value of header member from its text ``value``."""
    t = member.type
    if t.kind == "list":
        assert t.item is not None
        item = from_text(t.item, "v1", member.wire_name)
        http_dates = (
            t.item.kind == "timestamp" and _item_format(t, "header") == "rfc822"
        )
        split_list = (
            "_rt.split_http_date_list" if http_dates else "_rt.split_header_list"
        )
        return f"[{item} for v1 in {split_list}(value)]"
    if member.json_value:
        return f"_rt.json_from_header(value, {py_str(member.wire_name)})"
    return from_text(t, "value", member.wire_name)


def path_expression(parts: list[PathPart]) -> str:
    """The request path: literal text and percent-encoded labels, concatenated."""
    pieces: list[str] = []
    for part in parts:
        if part.member is None:
            pieces.append(py_str(part.literal))
            continue
        member = part.member
        quote = "_rt.quote_greedy_label" if part.greedy else "_rt.quote_label"
        text = to_text(member.type, f"request.{member.field}", member.timestamp_format)
        pieces.append(f"{quote}({text}, {py_str(member.field)})")
    return " + ".join(pieces) or '"/"'


def query_map(t: Type, var: str, named: list[str]) -> str:
    """The ``(name, value)`` pairs of a map-valued query member (a generator
    expression); names another member sets are skipped."""
    assert t.value is not None
    skip = f" if k1 not in {{{', '.join(py_str(n) for n in named)}}}" if named else ""
    if t.value.kind == "list":
        return f"(k1, v2) for k1, v1 in {var}.items(){skip} for v2 in v1"
    return f"(k1, v1) for k1, v1 in {var}.items(){skip}"


def _same(t: Type, var: str, fmt: str) -> str:
    return var


_TO_TEXT: dict[str, Callable[[Type, str, str], str]] = {
    "string": _same,
    "enum": _same,
    "integer": lambda t, var, fmt: f"str({var})",
    "float": lambda t, var, fmt: f"_rt.float_text({var})",
    "boolean": lambda t, var, fmt: f"_rt.bool_text({var})",
    "timestamp": lambda t, var, fmt: timestamp.to_text(fmt, var),
    "blob": lambda t, var, fmt: f"_rt.b64encode({var})",
}


#: The runtime function reading each kind from header text (None: the text itself).
_FROM_TEXT: dict[str, str | None] = {
    "string": None,
    "enum": None,
    "integer": "_rt.int_from_text",
    "float": "_rt.float_from_text",
    "boolean": "_rt.bool_from_text",
    "timestamp": "_rt.parse_timestamp",
    "blob": "_rt.b64decode",
}
