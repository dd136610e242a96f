"""XML bodies: one safe parser, reading values from its elements, XML errors.

Part of the runtime every generated package of this output folder shares;
used by the protocols whose responses are XML (query, ec2; rest-xml next).

:func:`parse_xml` is the one way a body becomes elements.  It uses the
standard library's expat, hardened: a document type declaration is refused
(so no DTD, no entity declaration, no entity expansion, no external entity
is ever read), as is a body larger than :data:`MAX_BYTES` or nesting deeper
than :data:`MAX_DEPTH`.  Elements come without namespaces (``<a:Name>`` and
``<Name xmlns="...">`` are both ``Name``), their text unchanged.  Anything
malformed or refused is a :class:`~.errors.DeserializationError`.

The generated deserializers read the elements straight: a structure indexes
its children once (:func:`xml_index`) and reads each member from there;
scalars are read strictly from an element's text (``xml_int``, ...), and a
bad one raises the wire-type error their caller turns into a
``DeserializationError``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeAlias

from .errors import DeserializationError, ErrorResponse, WireTypeError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

XmlNode: TypeAlias = "Element"
"""An element of a parsed body (``xml.etree.ElementTree.Element``)."""

#: The largest body :func:`parse_xml` reads (bytes).
MAX_BYTES = 64 * 1024 * 1024
#: The deepest nesting of elements :func:`parse_xml` accepts.
MAX_DEPTH = 128


class _Refused(Exception):
    """A construct the parser does not accept (raised from its handlers)."""


def _refuse_doctype(*_: object) -> None:
    raise _Refused("a document type declaration (DOCTYPE) is not accepted")


def _refuse_entity(*_: object) -> None:
    raise _Refused("an entity declaration is not accepted")


def _refuse_external(*_: object) -> int:
    raise _Refused("an external entity is not accepted")


def parse_xml(status: int, body: bytes) -> XmlNode:
    """The root element of an XML body; a DeserializationError for anything
    that is not a well-formed document within the limits (see the module)."""
    if len(body) > MAX_BYTES:
        raise DeserializationError(
            f"XML body of {len(body)} bytes is larger than {MAX_BYTES}",
            http_status=status,
            body=body,
        )
    # Imported on first use: an operation module is imported without them.
    from xml.etree import ElementTree
    from xml.parsers import expat

    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate()  # no namespace processing: names as written
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    start, end = builder.start, builder.end
    depth = 0

    def on_start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(f"elements nest deeper than {MAX_DEPTH}")
        start(tag if ":" not in tag else tag.rpartition(":")[2], attributes)

    def on_end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        end(tag)

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(body, True)
        return builder.close()
    except _Refused as exc:
        reason = str(exc)
    except (expat.ExpatError, ValueError, RecursionError, MemoryError) as exc:
        reason = f"not well-formed XML ({exc})"
    raise DeserializationError(reason, http_status=status, body=body)


def _empty() -> XmlNode:
    from xml.etree import ElementTree

    return ElementTree.Element("")


def read_xml_result(status: int, body: bytes, wrapper: str) -> XmlNode:
    """The element holding an output's members: the root of the body, or
    its child ``wrapper`` (query's ``resultWrapper``) when one is named.

    An empty body, or a missing wrapper, holds no members (an empty element).
    """
    if not body.strip():
        return _empty()
    root = parse_xml(status, body)
    if not wrapper:
        return root
    for child in root:
        if child.tag == wrapper:
            return child
    return _empty()


def xml_index(node: XmlNode) -> dict[str, XmlNode]:
    """The children of ``node`` by name (the first, where a name repeats)."""
    index: dict[str, XmlNode] = {}
    for child in node:
        if child.tag not in index:
            index[child.tag] = child
    return index


def xml_all(node: XmlNode, name: str) -> list[XmlNode]:
    """Every child of ``node`` named ``name`` (a flattened list's items)."""
    return [child for child in node if child.tag == name]


def _entry(entry: XmlNode, key: str, value: str) -> tuple[XmlNode, XmlNode]:
    found_key: XmlNode | None = None
    found_value: XmlNode | None = None
    for child in entry:
        if child.tag == key and found_key is None:
            found_key = child
        elif child.tag == value and found_value is None:
            found_value = child
    if found_key is None or found_value is None:
        raise WireTypeError(f"a map entry with <{key}> and <{value}>", entry.tag)
    return found_key, found_value


def xml_entries(node: XmlNode, key: str, value: str) -> list[tuple[XmlNode, XmlNode]]:
    """The ``(key, value)`` elements of each entry of a map's element."""
    return [_entry(entry, key, value) for entry in node]


def xml_flat_entries(
    entries: Iterable[XmlNode], key: str, value: str
) -> list[tuple[XmlNode, XmlNode]]:
    """The ``(key, value)`` elements of a flattened map's entries."""
    return [_entry(entry, key, value) for entry in entries]


def _text(node: XmlNode) -> str:
    return node.text or ""


def xml_int(node: XmlNode) -> int:
    """An integer element."""
    text = _text(node).strip()
    if text.lstrip("+-").isdigit() and text.isascii():
        try:
            return int(text)
        except ValueError:  # more digits than int() reads
            pass
    raise WireTypeError("an integer", text)


def xml_float(node: XmlNode) -> float:
    """A float element (``NaN``, ``Infinity`` and ``-Infinity`` included)."""
    text = _text(node).strip()
    if text in ("NaN", "Infinity", "-Infinity"):
        return float(text)
    try:
        value = float(text)
    except ValueError:
        raise WireTypeError("a number", text) from None
    if math.isnan(value) or math.isinf(value):  # "nan", "inf", "1e999" ...
        raise WireTypeError("a number", text)
    return value


def xml_bool(node: XmlNode) -> bool:
    """A boolean element: ``true`` or ``false``."""
    text = _text(node).strip()
    if text == "true":
        return True
    if text == "false":
        return False
    raise WireTypeError("true or false", text)


def xml_unknown_member(
    index: Mapping[str, XmlNode], known: tuple[str, ...]
) -> str | None:
    """The member a union response set, if it is none of the ``known`` ones."""
    if any(name in index for name in known):
        return None
    return next(iter(index), None)


class XmlErrorResponse(ErrorResponse):
    """An error response read from an XML body: also its ``<Error>`` element."""

    __slots__ = ("node",)

    def __init__(
        self,
        node: XmlNode,
        code: str,
        message: str,
        headers: dict[str, str],
        http_status: int,
        request_id: str | None,
        raw: bytes,
    ) -> None:
        super().__init__(code, message, {}, headers, http_status, request_id, raw)
        self.node = node


def _child(node: XmlNode | None, *names: str) -> XmlNode | None:
    """The first child of ``node`` with the first of ``names`` that it has."""
    if node is None:
        return None
    for name in names:
        for child in node:
            if child.tag == name:
                return child
    return None


def _first(*nodes: XmlNode | None) -> XmlNode | None:
    # (an element without children is false: test for None)
    return next((node for node in nodes if node is not None), None)


def read_xml_error(
    status: int, headers: Mapping[str, str], raw: bytes
) -> ErrorResponse:
    """Read the code, message and request id of an XML error response.

    The ``<Error>`` element is the root (rest-xml's S3), a child of the
    root (query's ``<ErrorResponse>``) or of its ``<Errors>`` (ec2's
    ``<Response>``); the request id is the root's ``<RequestId>`` (query),
    ``<RequestID>`` (ec2) or the error's own, else the ``x-amzn-RequestId``
    header.  A body that is not XML (an HTML page from a proxy, say) leaves
    code and message empty.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    root: XmlNode | None = None
    if raw.strip():
        try:
            root = parse_xml(status, raw)
        except DeserializationError:
            root = None
    error: XmlNode | None = None
    if root is not None:
        error = (
            root
            if root.tag == "Error"
            else _first(_child(root, "Error"), _child(_child(root, "Errors"), "Error"))
        )
    code_node, message_node = _child(error, "Code"), _child(error, "Message")
    request_id_node = _first(
        _child(root, "RequestId", "RequestID"), _child(error, "RequestId")
    )
    request_id = (
        request_id_node.text
        if request_id_node is not None and request_id_node.text
        else lowered.get("x-amzn-requestid") or lowered.get("x-amz-request-id")
    )
    return XmlErrorResponse(
        error if error is not None else _empty(),
        (code_node.text or "").strip() if code_node is not None else "",
        (message_node.text or "") if message_node is not None else "",
        lowered,
        status,
        request_id,
        raw,
    )


def error_node(response: ErrorResponse) -> XmlNode:
    """The ``<Error>`` element of an XML error response (empty for any other)."""
    if isinstance(response, XmlErrorResponse):
        return response.node
    return _empty()
