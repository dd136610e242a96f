"""Wire protocols as plug-ins: one module per protocol, one small interface.

A protocol decides how a service's values travel: where each member of an
operation goes (``locate``, ``bind``), the timestamp format of each location,
its settings from the model's metadata, and the template whose macros write
its serializers, deserializers and wire methods (``templates/protocols/``).
Families shared by several protocols are modules of their own: the REST
HTTP binding (``http_binding``), the RPC binding (``rpc``: everything in
the body, to ``/``), the JSON body codec (``json_body``), the form codec
(``form``: query-style ``Name.member.1=`` fields) and the XML body codec
(``xml_body``).

A service's protocol is chosen as botocore chooses it: from
``metadata.protocols``, the first of :data:`PRIORITY` that the model lists
and this generator supports; else ``metadata.protocol``.  Adding a protocol
means adding its module and its templates and registering it in
:data:`PROTOCOLS`; no shared template changes.
"""

from __future__ import annotations

from typing import Any, cast

from . import form, http_binding, json_body, rpc, xml_body
from .aws_json import AwsJson
from .base import Protocol
from .ec2 import Ec2
from .query import Query
from .rest_json import RestJson

#: Every protocol this generator speaks, by the name the model uses.
PROTOCOLS: dict[str, Protocol] = {
    p.name: p for p in (AwsJson(), RestJson(), Query(), Ec2())
}

#: botocore's order of preference when a model lists several protocols.
PRIORITY = ("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2")

#: The wire-family modules the templates call by name.
TEMPLATE_GLOBALS: dict[str, object] = {
    "http_binding": http_binding,
    "json_body": json_body,
    "form": form,
    "xml_body": xml_body,
}


def choose(metadata: dict[str, Any]) -> tuple[Protocol | None, str]:
    """The protocol of a model's metadata, or ``None`` and why not."""
    listed = metadata.get("protocols")
    if isinstance(listed, list) and listed:
        names = [str(p) for p in cast(list[object], listed)]
        for name in PRIORITY:
            if name in names and name in PROTOCOLS:
                return PROTOCOLS[name], ""
        return None, (
            f"none of the protocols the model lists ({', '.join(names)}) is supported"
            f" (supported: {', '.join(sorted(PROTOCOLS))})"
        )
    single = metadata.get("protocol")
    if isinstance(single, str) and single in PROTOCOLS:
        return PROTOCOLS[single], ""
    return None, (
        f"protocol {single or ''!r} is not supported (supported: {', '.join(sorted(PROTOCOLS))})"
    )


def select(metadata: dict[str, Any]) -> Protocol:
    """The protocol of a validated model (validation has rejected the others)."""
    protocol, reason = choose(metadata)
    if protocol is None:
        raise ValueError(reason)
    return protocol


__all__ = [
    "PRIORITY",
    "PROTOCOLS",
    "Protocol",
    "TEMPLATE_GLOBALS",
    "choose",
    "rpc",
    "select",
]
