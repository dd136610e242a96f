"""The interface every protocol plug-in implements."""

from __future__ import annotations

from typing import Any, ClassVar

from ..ir import HttpBinding, Location, ProtocolSettings, Structure


class Protocol:
    """What a wire protocol decides; one subclass per protocol.

    Every hook below is implemented by every plug-in (none inherits a
    default it did not choose): where members travel (``locate``,
    ``body_name``, ``bind``), what every request of an operation carries
    whatever its input (``request_headers``, ``request_fields``) and the
    protocol's settings from the model's metadata (``settings``).
    """

    #: The protocol's name in the model (``metadata.protocol``).
    name: ClassVar[str]
    #: The template (under ``templates/``) holding the protocol's macros:
    #: ``structure_methods(s)``, ``serializer(op)``, ``deserializer(op)``,
    #: ``read_error_response()``, ``error_class(response, table, base)``,
    #: ``error_bindings(e)`` and ``error_arguments(e)``.
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
            # present (botocore's test), even as an empty object
            query_compatible="awsQueryCompatible" in metadata,
        )

    def locate(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> tuple[Location, str]:
        """Where a member of an operation's input, output or error travels
        (``""``: the body) and its name there (in a request)."""
        raise NotImplementedError

    def body_name(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> str:
        """A member's name inside a nested body structure (in a request)."""
        raise NotImplementedError

    def bind(
        self, request_uri: str, request: Structure, response: Structure
    ) -> HttpBinding:
        """Where every member of an operation's request and response travels."""
        raise NotImplementedError

    def request_headers(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        """The headers every request of ``operation`` carries, whatever its
        input (``X-Amz-Target``, a fixed ``Content-Type``)."""
        raise NotImplementedError

    def request_fields(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        """The fields a form-encoded body of ``operation`` starts with
        (``Action``, ``Version``); none for other bodies."""
        raise NotImplementedError


def member_name(spec: dict[str, Any], target: dict[str, Any], member: str) -> str:
    """A member's ``locationName`` (the reference's, else its shape's), else its name."""
    return str(spec.get("locationName") or target.get("locationName") or member)
