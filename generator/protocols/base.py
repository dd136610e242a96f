"""The interface every protocol plug-in implements."""

from __future__ import annotations

from typing import Any, ClassVar

from ..ir import HttpBinding, Location, ProtocolSettings, Structure


class Protocol:
    """What a wire protocol decides; one subclass per protocol."""

    #: The protocol's name in the model (``metadata.protocol``).
    name: ClassVar[str]
    #: The template (under ``templates/``) holding the protocol's macros:
    #: ``structure_methods(s, scope)``, ``serializer(op)``,
    #: ``deserializer(op)``, ``error_arguments(e)`` and ``error_bindings(e)``.
    template: ClassVar[str]
    #: The module of the shared runtime (``<out>/_runtime/``) gathering what
    #: the protocol's packages use; generated modules import it as ``_rt``.
    runtime: ClassVar[str]
    #: The timestamp format of each location when the model names none.
    timestamp_defaults: ClassVar[dict[str, str]]

    def settings(self, metadata: dict[str, Any]) -> ProtocolSettings:
        """The protocol and its settings from the model's metadata."""
        return ProtocolSettings(
            name=self.name,
            template=self.template,
            runtime=self.runtime,
            json_version=str(metadata.get("jsonVersion", "")),
            target_prefix=str(metadata.get("targetPrefix", "")),
            api_version=str(metadata.get("apiVersion", "")),
            xml_namespace=str(metadata.get("xmlNamespace", "")),
            query_compatible=bool(metadata.get("awsQueryCompatible")),
        )

    def locate(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> tuple[Location, str]:
        """Where a member of an operation's input, output or error travels
        (``""``: the body) and its name there."""
        raise NotImplementedError

    def body_name(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> str:
        """A member's name inside a nested body structure."""
        return str(spec.get("locationName") or target.get("locationName") or member)

    def bind(
        self, request_uri: str, request: Structure, response: Structure
    ) -> HttpBinding:
        """Where every member of an operation's request and response travels."""
        raise NotImplementedError
