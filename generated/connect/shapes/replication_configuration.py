"""The ReplicationConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.replication_status_summary import ReplicationStatusSummary

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ReplicationConfiguration:
    """Details about the status of the replication of a source Connect Customer
    instance across Amazon Web Services Regions. Use these details to
    understand the general status of a given replication. For information
    about why a replication process may fail, see `Why a ReplicateInstance
    call fails
    <https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html#why-replicateinstance-fails>`__
    in the *Create a replica of your existing Connect Customer instance*
    topic in the *Connect Customer Administrator Guide*.

    Fields:

    - ``replication_status_summary_list``: A list of replication status summaries.
    - ``source_region``: The Amazon Web Services Region where the source Connect Customer instance was created.
    - ``global_sign_in_endpoint``: The URL that is used to sign-in to your Connect Customer instance according to your traffic distribution group configuration.
    """

    replication_status_summary_list: list[ReplicationStatusSummary] | None = None
    """A list of replication status summaries. The summaries contain details
    about the replication of configuration information for Connect Customer
    resources, for each Amazon Web Services Region.
    """

    source_region: str | None = None
    """The Amazon Web Services Region where the source Connect Customer
    instance was created. This is the Region where the `ReplicateInstance
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html>`__
    API was called to start the replication process.
    """

    global_sign_in_endpoint: str | None = None
    """The URL that is used to sign-in to your Connect Customer instance
    according to your traffic distribution group configuration. For more
    information about sign-in and traffic distribution groups, see
    `Important things to know
    <https://docs.aws.amazon.com/connect/latest/adminguide/setup-traffic-distribution-groups.html>`__
    in the *Create traffic distribution groups* topic in the *Connect
    Customer Administrator Guide*.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.replication_status_summary_list
        if value is not None:
            path = prefix + "replication_status_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 11)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ReplicationStatusSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ReplicationStatusSummary, got {type(v1).__name__}"
                            )
        value = self.source_region
        if value is not None:
            path = prefix + "source_region"
            _rt.check_str(
                errors, path, value, min_len=8, max_len=31, pattern=_PATTERN_1
            )
        value = self.global_sign_in_endpoint
        if value is not None:
            path = prefix + "global_sign_in_endpoint"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.replication_status_summary_list is not None:
            result["ReplicationStatusSummaryList"] = [
                v1.to_dict() for v1 in self.replication_status_summary_list
            ]
        if self.source_region is not None:
            result["SourceRegion"] = self.source_region
        if self.global_sign_in_endpoint is not None:
            result["GlobalSignInEndpoint"] = self.global_sign_in_endpoint
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ReplicationConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ReplicationConfiguration")
        return cls(
            replication_status_summary_list=(
                None
                if (value := data.get("ReplicationStatusSummaryList")) is None
                else [
                    ReplicationStatusSummary.from_dict(
                        v1, path=path + "ReplicationStatusSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "ReplicationStatusSummaryList"
                        )
                    )
                ]
            ),
            source_region=data.get("SourceRegion"),
            global_sign_in_endpoint=data.get("GlobalSignInEndpoint"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ReplicationConfiguration:
        draft = _ReplicationConfigurationDraft()
        try:
            draft.replication_status_summary_list = (
                None
                if (value := data.get("ReplicationStatusSummaryList")) is None
                else [
                    ReplicationStatusSummary._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ReplicationStatusSummaryList")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ReplicationStatusSummaryList")
                    )
                    if v1 is not None
                ]
            )
            draft.source_region = (
                None
                if (value := data.get("SourceRegion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SourceRegion")
                )
            )
            draft.global_sign_in_endpoint = (
                None
                if (value := data.get("GlobalSignInEndpoint")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "GlobalSignInEndpoint")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ReplicationConfigurationDraft:
    """A :class:`ReplicationConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "replication_status_summary_list",
        "source_region",
        "global_sign_in_endpoint",
    )
    replication_status_summary_list: list[ReplicationStatusSummary] | None
    source_region: str | None
    global_sign_in_endpoint: str | None


def new_replication_configuration() -> ReplicationConfiguration:
    """Create a :class:`ReplicationConfiguration` with all optional fields omitted."""
    return ReplicationConfiguration()


replication_configuration_replication_status_summary_list = _rt.Lens[
    ReplicationConfiguration, list[ReplicationStatusSummary] | None
](
    lambda s: s.replication_status_summary_list,
    lambda s, v: _dc.replace(s, replication_status_summary_list=v),
    "replication_configuration_replication_status_summary_list",
)
"""Lens on :attr:`ReplicationConfiguration.replication_status_summary_list`."""


replication_configuration_source_region = _rt.Lens[
    ReplicationConfiguration, str | None
](
    lambda s: s.source_region,
    lambda s, v: _dc.replace(s, source_region=v),
    "replication_configuration_source_region",
)
"""Lens on :attr:`ReplicationConfiguration.source_region`."""


replication_configuration_global_sign_in_endpoint = _rt.Lens[
    ReplicationConfiguration, str | None
](
    lambda s: s.global_sign_in_endpoint,
    lambda s, v: _dc.replace(s, global_sign_in_endpoint=v),
    "replication_configuration_global_sign_in_endpoint",
)
"""Lens on :attr:`ReplicationConfiguration.global_sign_in_endpoint`."""
