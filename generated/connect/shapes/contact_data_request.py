"""The ContactDataRequest shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.campaign import Campaign
from ..shapes.endpoint import Endpoint
from ..shapes.outbound_strategy import OutboundStrategy


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactDataRequest:
    """Request object with information to create a contact.

    Fields:

    - ``system_endpoint``: Endpoint associated with the Connect Customer instance from which outbound contact will be initiated for the campaign.
    - ``customer_endpoint``: Endpoint of the customer for which contact will be initiated.
    - ``request_identifier``: Identifier to uniquely identify individual requests in the batch.
    - ``queue_id``: The identifier of the queue associated with the Connect Customer instance in which contacts that are created will be queued.
    - ``attributes``: List of attributes to be stored in a contact.
    - ``campaign``: Structure to store information associated with a campaign.
    - ``outbound_strategy``: Information about the outbound strategy.
    """

    system_endpoint: Endpoint | None = None
    """Endpoint associated with the Connect Customer instance from which
    outbound contact will be initiated for the campaign.
    """

    customer_endpoint: Endpoint | None = None
    """Endpoint of the customer for which contact will be initiated."""

    request_identifier: str | None = None
    """Identifier to uniquely identify individual requests in the batch."""

    queue_id: str | None = None
    """The identifier of the queue associated with the Connect Customer
    instance in which contacts that are created will be queued.
    """

    attributes: dict[str, str] | None = None
    """List of attributes to be stored in a contact."""

    campaign: Campaign | None = None
    """Structure to store information associated with a campaign."""

    outbound_strategy: OutboundStrategy | None = None
    """Information about the outbound strategy."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.system_endpoint
        if value is not None:
            path = prefix + "system_endpoint"
            if isinstance(value, Endpoint):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Endpoint, got {type(value).__name__}")
        value = self.customer_endpoint
        if value is not None:
            path = prefix + "customer_endpoint"
            if isinstance(value, Endpoint):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Endpoint, got {type(value).__name__}")
        value = self.request_identifier
        if value is not None:
            path = prefix + "request_identifier"
            _rt.check_str(errors, path, value, min_len=None, max_len=80)
        value = self.queue_id
        if value is not None:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
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
        value = self.campaign
        if value is not None:
            path = prefix + "campaign"
            if isinstance(value, Campaign):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Campaign, got {type(value).__name__}")
        value = self.outbound_strategy
        if value is not None:
            path = prefix + "outbound_strategy"
            if isinstance(value, OutboundStrategy):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundStrategy, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.system_endpoint is not None:
            result["SystemEndpoint"] = self.system_endpoint.to_dict()
        if self.customer_endpoint is not None:
            result["CustomerEndpoint"] = self.customer_endpoint.to_dict()
        if self.request_identifier is not None:
            result["RequestIdentifier"] = self.request_identifier
        if self.queue_id is not None:
            result["QueueId"] = self.queue_id
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.campaign is not None:
            result["Campaign"] = self.campaign.to_dict()
        if self.outbound_strategy is not None:
            result["OutboundStrategy"] = self.outbound_strategy.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactDataRequest:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactDataRequest")
        return cls(
            system_endpoint=(
                None
                if (value := data.get("SystemEndpoint")) is None
                else Endpoint.from_dict(value, path=path + "SystemEndpoint" + ".")
            ),
            customer_endpoint=(
                None
                if (value := data.get("CustomerEndpoint")) is None
                else Endpoint.from_dict(value, path=path + "CustomerEndpoint" + ".")
            ),
            request_identifier=data.get("RequestIdentifier"),
            queue_id=data.get("QueueId"),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            campaign=(
                None
                if (value := data.get("Campaign")) is None
                else Campaign.from_dict(value, path=path + "Campaign" + ".")
            ),
            outbound_strategy=(
                None
                if (value := data.get("OutboundStrategy")) is None
                else OutboundStrategy.from_dict(
                    value, path=path + "OutboundStrategy" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.system_endpoint is not None:
            data["SystemEndpoint"] = self.system_endpoint._to_json()
        if self.customer_endpoint is not None:
            data["CustomerEndpoint"] = self.customer_endpoint._to_json()
        if self.request_identifier is not None:
            data["RequestIdentifier"] = self.request_identifier
        if self.queue_id is not None:
            data["QueueId"] = self.queue_id
        if self.attributes is not None:
            data["Attributes"] = self.attributes
        if self.campaign is not None:
            data["Campaign"] = self.campaign._to_json()
        if self.outbound_strategy is not None:
            data["OutboundStrategy"] = self.outbound_strategy._to_json()
        return data


def new_contact_data_request() -> ContactDataRequest:
    """Create a :class:`ContactDataRequest` with all optional fields omitted."""
    return ContactDataRequest()


contact_data_request_system_endpoint = _rt.Lens[ContactDataRequest, Endpoint | None](
    lambda s: s.system_endpoint,
    lambda s, v: _dc.replace(s, system_endpoint=v),
    "contact_data_request_system_endpoint",
)
"""Lens on :attr:`ContactDataRequest.system_endpoint`."""


contact_data_request_customer_endpoint = _rt.Lens[ContactDataRequest, Endpoint | None](
    lambda s: s.customer_endpoint,
    lambda s, v: _dc.replace(s, customer_endpoint=v),
    "contact_data_request_customer_endpoint",
)
"""Lens on :attr:`ContactDataRequest.customer_endpoint`."""


contact_data_request_request_identifier = _rt.Lens[ContactDataRequest, str | None](
    lambda s: s.request_identifier,
    lambda s, v: _dc.replace(s, request_identifier=v),
    "contact_data_request_request_identifier",
)
"""Lens on :attr:`ContactDataRequest.request_identifier`."""


contact_data_request_queue_id = _rt.Lens[ContactDataRequest, str | None](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "contact_data_request_queue_id",
)
"""Lens on :attr:`ContactDataRequest.queue_id`."""


contact_data_request_attributes = _rt.Lens[ContactDataRequest, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "contact_data_request_attributes",
)
"""Lens on :attr:`ContactDataRequest.attributes`."""


contact_data_request_campaign = _rt.Lens[ContactDataRequest, Campaign | None](
    lambda s: s.campaign,
    lambda s, v: _dc.replace(s, campaign=v),
    "contact_data_request_campaign",
)
"""Lens on :attr:`ContactDataRequest.campaign`."""


contact_data_request_outbound_strategy = _rt.Lens[
    ContactDataRequest, OutboundStrategy | None
](
    lambda s: s.outbound_strategy,
    lambda s, v: _dc.replace(s, outbound_strategy=v),
    "contact_data_request_outbound_strategy",
)
"""Lens on :attr:`ContactDataRequest.outbound_strategy`."""
