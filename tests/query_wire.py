"""The XML a query or ec2 service sends, from a value of the model: for the differential tests.

Written from the protocols' documentation and the real services' responses,
on the *model* (plain dicts), never on the generated code:

* query: ``<OperationResponse xmlns=...><OperationResult>`` (the output's
  ``resultWrapper``) ``...members...</OperationResult><ResponseMetadata>
  <RequestId>...</RequestId></ResponseMetadata></OperationResponse>``;
  errors ``<ErrorResponse><Error><Type>Sender</Type><Code>...</Code>
  <Message>...</Message>...members...</Error><RequestId>...</RequestId>
  </ErrorResponse>``;
* ec2: ``<OperationResponse xmlns=...><requestId>...</requestId>...members...
  </OperationResponse>``; errors ``<Response><Errors><Error><Code>...
  </Code><Message>...</Message></Error></Errors><RequestID>...</RequestID>
  </Response>``.

A member's element is named by its ``locationName``, else (a flattened
list) its list's member name, else its own name; a list's items are
``<member>`` (or the list's member name), a map's ``<entry><key/><value/>
</entry>`` (or the key's and value's names).  Text is escaped; characters
XML 1.0 cannot carry at all are replaced by ``?`` (a service cannot send
them either; both parsers then read the same bytes).  Whitespace between
elements, an XML declaration, a prefixed namespace and unmodeled elements
are drawn now and then (an ec2 error, a document without a namespace,
gets no prefix).
"""

from __future__ import annotations

import base64
import math
import re
from typing import Any

from hypothesis import strategies as st

from tests.model_strategies import _format_timestamp

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    """``value`` as element text: escaped, CR kept, impossible characters replaced."""
    value = _NOT_XML.sub("?", value)
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def element_name(shapes: dict[str, Any], name: str, member: dict[str, Any]) -> str:
    target = shapes[member["shape"]]
    own = member.get("locationName") or target.get("locationName")
    if own:
        return own
    if target["type"] == "list" and (member.get("flattened") or target.get("flattened")):
        item = target["member"].get("locationName") or shapes[target["member"]["shape"]].get("locationName")
        if item:
            return item
    return name


def _scalar(shape: dict[str, Any], member: dict[str, Any] | None, value: Any, draw: Any) -> str:
    kind = shape["type"]
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "timestamp":
        fmt = (member or {}).get("timestampFormat") or shape.get("timestampFormat") or "iso8601"
        return str(_format_timestamp(value, fmt, draw))
    if kind == "blob":
        return base64.b64encode(value).decode("ascii")
    if kind in ("float", "double"):
        if isinstance(value, float) and math.isnan(value):
            return "NaN"
        if isinstance(value, float) and math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if kind == "string":
        return xml_text(value)
    return str(value)


class XmlWriter:
    """Writes values of one model as a service would, drawing the incidental choices."""

    def __init__(self, model: dict[str, Any], draw: Any, prefixed: bool = True) -> None:
        self.shapes: dict[str, Any] = model["shapes"]
        self.draw = draw
        self.pretty = draw(st.booleans(), label="pretty XML")
        # now and then every element in a prefixed namespace (<aws:Name>)
        self.prefix = "aws:" if prefixed and draw(st.integers(0, 4), label="prefixed") == 0 else ""

    def _ws(self) -> str:
        return "\n  " if self.pretty else ""

    def element(self, name: str, content: str) -> str:
        name = self.prefix + name
        return f"{self._ws()}<{name}>{content}</{name}>" if content else f"{self._ws()}<{name}/>"

    def value(self, shape_name: str, value: Any, member: dict[str, Any] | None = None) -> str:
        """The content of the element holding ``value``."""
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            return self.members(shape, value)
        if kind == "list":
            item = shape["member"].get("locationName") or self.shapes[shape["member"]["shape"]].get("locationName") or "member"
            return "".join(self.element(item, self.value(shape["member"]["shape"], v, shape["member"])) for v in value)
        if kind == "map":
            return "".join(self.element("entry", self._entry(shape, k, v)) for k, v in value.items())
        return _scalar(shape, member, value, self.draw)

    def _entry(self, shape: dict[str, Any], key: Any, value: Any) -> str:
        key_name = shape["key"].get("locationName") or "key"
        value_name = shape["value"].get("locationName") or "value"
        return self.element(key_name, self.value(shape["key"]["shape"], key, shape["key"])) + self.element(
            value_name, self.value(shape["value"]["shape"], value, shape["value"])
        )

    def members(self, shape: dict[str, Any], value: dict[str, Any]) -> str:
        """The elements of a structure's members set in ``value``."""
        out: list[str] = []
        for name, member in shape.get("members", {}).items():
            if name not in value:
                continue
            target = self.shapes[member["shape"]]
            tag = element_name(self.shapes, name, member)
            flattened = member.get("flattened") or target.get("flattened")
            if target["type"] == "list" and flattened:
                out.extend(self.element(tag, self.value(target["member"]["shape"], v, target["member"])) for v in value[name])
            elif target["type"] == "map" and flattened:
                out.extend(self.element(tag, self._entry(target, k, v)) for k, v in value[name].items())
            else:
                out.append(self.element(tag, self.value(member["shape"], value[name], member)))
        # (not in a union: there an unmodeled element is an unknown member,
        # and one beside a known member is a response botocore refuses)
        if not shape.get("union") and self.draw(st.integers(0, 9), label="unmodeled element") == 0:
            out.insert(
                self.draw(st.integers(0, len(out)), label="where"),
                self.element("UnmodeledElementForForwardCompatibility", "<x>1</x>"),
            )
        return "".join(out)

    def document(self, root: str, content: str, namespace: str) -> bytes:
        prolog = '<?xml version="1.0" encoding="UTF-8"?>\n' if self.draw(st.booleans(), label="prolog") else ""
        root = self.prefix + root
        declaration = f'xmlns:{self.prefix[:-1]}="{namespace}"' if self.prefix else f'xmlns="{namespace}"'
        return f"{prolog}<{root} {declaration}>{content}{self._ws()}</{root}>".encode("utf-8")


def response_body(model: dict[str, Any], protocol: str, operation: str, value: dict[str, Any], draw: Any) -> bytes:
    """The body a query or ec2 service sends for the output ``value`` of ``operation``."""
    op = model["operations"][operation]
    writer = XmlWriter(model, draw)
    content = writer.members(model["shapes"][op["output"]["shape"]], value) if "output" in op else ""
    version = model["metadata"]["apiVersion"]
    if protocol == "ec2":
        return writer.document(
            f"{operation}Response",
            writer.element("requestId", "req-1234") + content,
            f"http://ec2.amazonaws.com/doc/{version}/",
        )
    wrapped = writer.element(op["output"]["resultWrapper"], content) if "output" in op else ""
    metadata = writer.element("ResponseMetadata", writer.element("RequestId", "req-1234"))
    return writer.document(
        f"{operation}Response", wrapped + metadata, f"https://{model['metadata']['endpointPrefix']}.amazonaws.com/doc/{version}/"
    )


def error_body(
    model: dict[str, Any], protocol: str, code: str, message: str | None, fields: dict[str, Any], shape: str | None, draw: Any
) -> bytes:
    """The body of an error response: ``code``, ``message`` (None: no element)
    and the modeled ``fields`` of the error shape ``shape``."""
    writer = XmlWriter(model, draw, prefixed=protocol != "ec2")
    parts = [writer.element("Code", xml_text(code))]
    if message is not None:
        parts.append(writer.element("Message", xml_text(message)))
    if shape is not None:
        # (a member named Code or Type is the envelope's own element, which
        # is written above: CloudSearch's BaseException models its Code)
        envelope = {"message", "code", "type"}
        members = {n: m for n, m in model["shapes"][shape].get("members", {}).items() if n.lower() not in envelope}
        parts.append(writer.members({"members": members}, fields))
    if protocol == "ec2":
        error = writer.element("Errors", writer.element("Error", "".join(parts)))
        return f"<Response>{error}{writer.element('RequestID', 'req-err')}</Response>".encode("utf-8")
    error = writer.element("Error", writer.element("Type", "Sender") + "".join(parts))
    namespace = f"https://{model['metadata']['endpointPrefix']}.amazonaws.com/doc/{model['metadata']['apiVersion']}/"
    return writer.document("ErrorResponse", error + writer.element("RequestId", "req-err"), namespace)
