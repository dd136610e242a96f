"""The SuccessfulRequest shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SuccessfulRequest:
    """Request for which contact was successfully created.

    Fields:

    - ``request_identifier``: Request identifier provided in the API call in the ContactDataRequest to create a contact.
    - ``contact_id``: The contactId of the contact that was created successfully.
    """

    request_identifier: str | None = None
    """Request identifier provided in the API call in the ContactDataRequest to
    create a contact.
    """

    contact_id: str | None = None
    """The contactId of the contact that was created successfully."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.request_identifier
        if value is not None:
            path = prefix + "request_identifier"
            _rt.check_str(errors, path, value, min_len=None, max_len=80)
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.request_identifier is not None:
            result["RequestIdentifier"] = self.request_identifier
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SuccessfulRequest:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SuccessfulRequest")
        return cls(
            request_identifier=data.get("RequestIdentifier"),
            contact_id=data.get("ContactId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SuccessfulRequest:
        draft = _SuccessfulRequestDraft()
        try:
            draft.request_identifier = (
                None
                if (value := data.get("RequestIdentifier")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RequestIdentifier")
                )
            )
            draft.contact_id = (
                None
                if (value := data.get("ContactId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ContactId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SuccessfulRequestDraft:
    """A :class:`SuccessfulRequest` being decoded (see ``_rt.seal``)."""

    __slots__ = ("request_identifier", "contact_id")
    request_identifier: str | None
    contact_id: str | None


def new_successful_request() -> SuccessfulRequest:
    """Create a :class:`SuccessfulRequest` with all optional fields omitted."""
    return SuccessfulRequest()


successful_request_request_identifier = _rt.Lens[SuccessfulRequest, str | None](
    lambda s: s.request_identifier,
    lambda s, v: _dc.replace(s, request_identifier=v),
    "successful_request_request_identifier",
)
"""Lens on :attr:`SuccessfulRequest.request_identifier`."""


successful_request_contact_id = _rt.Lens[SuccessfulRequest, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "successful_request_contact_id",
)
"""Lens on :attr:`SuccessfulRequest.contact_id`."""
