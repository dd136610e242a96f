"""The ChatStreamingConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ChatStreamingConfiguration:
    """The streaming configuration, such as the Amazon SNS streaming endpoint.

    Fields:

    - ``streaming_endpoint_arn``: The Amazon Resource Name (ARN) of the standard Amazon SNS topic.
    """

    streaming_endpoint_arn: str
    """The Amazon Resource Name (ARN) of the standard Amazon SNS topic. The
    Amazon Resource Name (ARN) of the streaming endpoint that is used to
    publish real-time message streaming for chat conversations.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.streaming_endpoint_arn
        if value is None:
            errors.append(prefix + "streaming_endpoint_arn: required but missing")
        else:
            path = prefix + "streaming_endpoint_arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=350)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["StreamingEndpointArn"] = self.streaming_endpoint_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ChatStreamingConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ChatStreamingConfiguration")
        return cls(
            streaming_endpoint_arn=_rt.required(data, "StreamingEndpointArn", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["StreamingEndpointArn"] = self.streaming_endpoint_arn
        return data


def new_chat_streaming_configuration(
    streaming_endpoint_arn: str,
) -> ChatStreamingConfiguration:
    """Create a :class:`ChatStreamingConfiguration` with all optional fields omitted."""
    return ChatStreamingConfiguration(
        streaming_endpoint_arn=streaming_endpoint_arn,
    )


chat_streaming_configuration_streaming_endpoint_arn = _rt.Lens[
    ChatStreamingConfiguration, str
](
    lambda s: s.streaming_endpoint_arn,
    lambda s, v: _dc.replace(s, streaming_endpoint_arn=v),
    "chat_streaming_configuration_streaming_endpoint_arn",
)
"""Lens on :attr:`ChatStreamingConfiguration.streaming_endpoint_arn`."""
