"""The NewSessionDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.chat_streaming_configuration import ChatStreamingConfiguration
from ..shapes.participant_details import ParticipantDetails


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class NewSessionDetails:
    """Payload of chat properties to apply when starting a new contact.

    Fields:

    - ``supported_messaging_content_types``: The supported chat message content types.
    - ``participant_details``: The customer's details.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``streaming_configuration``: The streaming configuration, such as the Amazon SNS streaming endpoint.
    """

    supported_messaging_content_types: list[str] | None = None
    """The supported chat message content types. Supported types are
    ``text/plain``, ``text/markdown``, ``application/json``,
    ``application/vnd.amazonaws.connect.message.interactive``, and
    ``application/vnd.amazonaws.connect.message.interactive.response``.

    Content types must always contain ``text/plain``. You can then put any
    other supported type in the list. For example, all the following lists
    are valid because they contain ``text/plain``:
    ``[text/plain, text/markdown, application/json]``,
    ``[text/markdown, text/plain]``,
    ``[text/plain, application/json, application/vnd.amazonaws.connect.message.interactive.response]``.
    """

    participant_details: ParticipantDetails | None = None
    """The customer's details."""

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes. They can be accessed in flows just
    like any other contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per
    contact. Attribute keys can include only alphanumeric, dash, and
    underscore characters.
    """

    streaming_configuration: ChatStreamingConfiguration | None = None
    """The streaming configuration, such as the Amazon SNS streaming endpoint."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.supported_messaging_content_types
        if value is not None:
            path = prefix + "supported_messaging_content_types"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=100)
        value = self.participant_details
        if value is not None:
            path = prefix + "participant_details"
            if isinstance(value, ParticipantDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantDetails, got {type(value).__name__}"
                )
        value = self.attributes
        if value is not None:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=32767)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=32767)
        value = self.streaming_configuration
        if value is not None:
            path = prefix + "streaming_configuration"
            if isinstance(value, ChatStreamingConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatStreamingConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.supported_messaging_content_types is not None:
            result["SupportedMessagingContentTypes"] = list(
                self.supported_messaging_content_types
            )
        if self.participant_details is not None:
            result["ParticipantDetails"] = self.participant_details.to_dict()
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.streaming_configuration is not None:
            result["StreamingConfiguration"] = self.streaming_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> NewSessionDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "NewSessionDetails")
        return cls(
            supported_messaging_content_types=(
                None
                if (value := data.get("SupportedMessagingContentTypes")) is None
                else list(
                    _rt.expect_sequence(value, path + "SupportedMessagingContentTypes")
                )
            ),
            participant_details=(
                None
                if (value := data.get("ParticipantDetails")) is None
                else ParticipantDetails.from_dict(
                    value, path=path + "ParticipantDetails" + "."
                )
            ),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            streaming_configuration=(
                None
                if (value := data.get("StreamingConfiguration")) is None
                else ChatStreamingConfiguration.from_dict(
                    value, path=path + "StreamingConfiguration" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.supported_messaging_content_types is not None:
            data["SupportedMessagingContentTypes"] = (
                self.supported_messaging_content_types
            )
        if self.participant_details is not None:
            data["ParticipantDetails"] = self.participant_details._to_json()
        if self.attributes is not None:
            data["Attributes"] = self.attributes
        if self.streaming_configuration is not None:
            data["StreamingConfiguration"] = self.streaming_configuration._to_json()
        return data


def new_new_session_details() -> NewSessionDetails:
    """Create a :class:`NewSessionDetails` with all optional fields omitted."""
    return NewSessionDetails()


new_session_details_supported_messaging_content_types = _rt.Lens[
    NewSessionDetails, list[str] | None
](
    lambda s: s.supported_messaging_content_types,
    lambda s, v: _dc.replace(s, supported_messaging_content_types=v),
    "new_session_details_supported_messaging_content_types",
)
"""Lens on :attr:`NewSessionDetails.supported_messaging_content_types`."""


new_session_details_participant_details = _rt.Lens[
    NewSessionDetails, ParticipantDetails | None
](
    lambda s: s.participant_details,
    lambda s, v: _dc.replace(s, participant_details=v),
    "new_session_details_participant_details",
)
"""Lens on :attr:`NewSessionDetails.participant_details`."""


new_session_details_attributes = _rt.Lens[NewSessionDetails, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "new_session_details_attributes",
)
"""Lens on :attr:`NewSessionDetails.attributes`."""


new_session_details_streaming_configuration = _rt.Lens[
    NewSessionDetails, ChatStreamingConfiguration | None
](
    lambda s: s.streaming_configuration,
    lambda s, v: _dc.replace(s, streaming_configuration=v),
    "new_session_details_streaming_configuration",
)
"""Lens on :attr:`NewSessionDetails.streaming_configuration`."""
