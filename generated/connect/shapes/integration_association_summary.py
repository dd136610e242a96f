"""The IntegrationAssociationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_INTEGRATION_TYPE_VALUES = frozenset(
    (
        "EVENT",
        "VOICE_ID",
        "PINPOINT_APP",
        "WISDOM_ASSISTANT",
        "WISDOM_KNOWLEDGE_BASE",
        "WISDOM_QUICK_RESPONSES",
        "Q_MESSAGE_TEMPLATES",
        "CASES_DOMAIN",
        "APPLICATION",
        "FILE_SCANNER",
        "SES_IDENTITY",
        "ANALYTICS_CONNECTOR",
        "CALL_TRANSFER_CONNECTOR",
        "COGNITO_USER_POOL",
        "MESSAGE_PROCESSOR",
    )
)
_PATTERN_1 = _rt.Pattern(
    "^[a-zA-Z0-9_ -]+$",
    "^[a-zA-Z0-9_ -]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_SOURCE_TYPE_VALUES = frozenset(
    (
        "SALESFORCE",
        "ZENDESK",
        "CASES",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class IntegrationAssociationSummary:
    """Contains summary information about the associated AppIntegrations.

    Fields:

    - ``integration_association_id``: The identifier for the AppIntegration association.
    - ``integration_association_arn``: The Amazon Resource Name (ARN) for the AppIntegration association.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``integration_type``: The integration type.
    - ``integration_arn``: The Amazon Resource Name (ARN) for the AppIntegration.
    - ``source_application_url``: The URL for the external application.
    - ``source_application_name``: The user-provided, friendly name for the external application.
    - ``source_type``: The name of the source.
    """

    integration_association_id: str | None = None
    """The identifier for the AppIntegration association."""

    integration_association_arn: str | None = None
    """The Amazon Resource Name (ARN) for the AppIntegration association."""

    instance_id: str | None = None
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    integration_type: str | None = None
    """The integration type."""

    integration_arn: str | None = None
    """The Amazon Resource Name (ARN) for the AppIntegration."""

    source_application_url: str | None = None
    """The URL for the external application."""

    source_application_name: str | None = None
    """The user-provided, friendly name for the external application."""

    source_type: str | None = None
    """The name of the source."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.integration_association_id
        if value is not None:
            path = prefix + "integration_association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=200)
        value = self.integration_association_arn
        if value is not None:
            path = prefix + "integration_association_arn"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.integration_type
        if value is not None:
            path = prefix + "integration_type"
            _rt.check_str(errors, path, value, enum=_INTEGRATION_TYPE_VALUES)
        value = self.integration_arn
        if value is not None:
            path = prefix + "integration_arn"
            _rt.check_str(errors, path, value)
        value = self.source_application_url
        if value is not None:
            path = prefix + "source_application_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.source_application_name
        if value is not None:
            path = prefix + "source_application_name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=100, pattern=_PATTERN_1
            )
        value = self.source_type
        if value is not None:
            path = prefix + "source_type"
            _rt.check_str(errors, path, value, enum=_SOURCE_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.integration_association_id is not None:
            result["IntegrationAssociationId"] = self.integration_association_id
        if self.integration_association_arn is not None:
            result["IntegrationAssociationArn"] = self.integration_association_arn
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.integration_type is not None:
            result["IntegrationType"] = self.integration_type
        if self.integration_arn is not None:
            result["IntegrationArn"] = self.integration_arn
        if self.source_application_url is not None:
            result["SourceApplicationUrl"] = self.source_application_url
        if self.source_application_name is not None:
            result["SourceApplicationName"] = self.source_application_name
        if self.source_type is not None:
            result["SourceType"] = self.source_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> IntegrationAssociationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "IntegrationAssociationSummary")
        return cls(
            integration_association_id=data.get("IntegrationAssociationId"),
            integration_association_arn=data.get("IntegrationAssociationArn"),
            instance_id=data.get("InstanceId"),
            integration_type=data.get("IntegrationType"),
            integration_arn=data.get("IntegrationArn"),
            source_application_url=data.get("SourceApplicationUrl"),
            source_application_name=data.get("SourceApplicationName"),
            source_type=data.get("SourceType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> IntegrationAssociationSummary:
        draft = _IntegrationAssociationSummaryDraft()
        try:
            draft.integration_association_id = (
                None
                if (value := data.get("IntegrationAssociationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "IntegrationAssociationId")
                )
            )
            draft.integration_association_arn = (
                None
                if (value := data.get("IntegrationAssociationArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "IntegrationAssociationArn")
                )
            )
            draft.instance_id = (
                None
                if (value := data.get("InstanceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "InstanceId")
                )
            )
            draft.integration_type = (
                None
                if (value := data.get("IntegrationType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "IntegrationType")
                )
            )
            draft.integration_arn = (
                None
                if (value := data.get("IntegrationArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "IntegrationArn")
                )
            )
            draft.source_application_url = (
                None
                if (value := data.get("SourceApplicationUrl")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SourceApplicationUrl")
                )
            )
            draft.source_application_name = (
                None
                if (value := data.get("SourceApplicationName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SourceApplicationName")
                )
            )
            draft.source_type = (
                None
                if (value := data.get("SourceType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "SourceType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _IntegrationAssociationSummaryDraft:
    """A :class:`IntegrationAssociationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "integration_association_id",
        "integration_association_arn",
        "instance_id",
        "integration_type",
        "integration_arn",
        "source_application_url",
        "source_application_name",
        "source_type",
    )
    integration_association_id: str | None
    integration_association_arn: str | None
    instance_id: str | None
    integration_type: str | None
    integration_arn: str | None
    source_application_url: str | None
    source_application_name: str | None
    source_type: str | None


def new_integration_association_summary() -> IntegrationAssociationSummary:
    """Create a :class:`IntegrationAssociationSummary` with all optional fields omitted."""
    return IntegrationAssociationSummary()


integration_association_summary_integration_association_id = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.integration_association_id,
    lambda s, v: _dc.replace(s, integration_association_id=v),
    "integration_association_summary_integration_association_id",
)
"""Lens on :attr:`IntegrationAssociationSummary.integration_association_id`."""


integration_association_summary_integration_association_arn = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.integration_association_arn,
    lambda s, v: _dc.replace(s, integration_association_arn=v),
    "integration_association_summary_integration_association_arn",
)
"""Lens on :attr:`IntegrationAssociationSummary.integration_association_arn`."""


integration_association_summary_instance_id = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "integration_association_summary_instance_id",
)
"""Lens on :attr:`IntegrationAssociationSummary.instance_id`."""


integration_association_summary_integration_type = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.integration_type,
    lambda s, v: _dc.replace(s, integration_type=v),
    "integration_association_summary_integration_type",
)
"""Lens on :attr:`IntegrationAssociationSummary.integration_type`."""


integration_association_summary_integration_arn = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.integration_arn,
    lambda s, v: _dc.replace(s, integration_arn=v),
    "integration_association_summary_integration_arn",
)
"""Lens on :attr:`IntegrationAssociationSummary.integration_arn`."""


integration_association_summary_source_application_url = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.source_application_url,
    lambda s, v: _dc.replace(s, source_application_url=v),
    "integration_association_summary_source_application_url",
)
"""Lens on :attr:`IntegrationAssociationSummary.source_application_url`."""


integration_association_summary_source_application_name = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.source_application_name,
    lambda s, v: _dc.replace(s, source_application_name=v),
    "integration_association_summary_source_application_name",
)
"""Lens on :attr:`IntegrationAssociationSummary.source_application_name`."""


integration_association_summary_source_type = _rt.Lens[
    IntegrationAssociationSummary, str | None
](
    lambda s: s.source_type,
    lambda s, v: _dc.replace(s, source_type=v),
    "integration_association_summary_source_type",
)
"""Lens on :attr:`IntegrationAssociationSummary.source_type`."""
