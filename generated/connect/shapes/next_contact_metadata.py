"""The NextContactMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.quick_connect_contact_data import QuickConnectContactData


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class NextContactMetadata:
    """Metadata information for next contact.

    Fields:

    - ``quick_connect_contact_data``: Quick connect contact data for the next contact metadata.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    quick_connect_contact_data: QuickConnectContactData | None = None
    """Quick connect contact data for the next contact metadata."""

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.quick_connect_contact_data
        if value is not None:
            path = prefix + "quick_connect_contact_data"
            if isinstance(value, QuickConnectContactData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QuickConnectContactData, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "NextContactMetadata")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "NextContactMetadata",
            (self.quick_connect_contact_data is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.quick_connect_contact_data is not None:
            result["QuickConnectContactData"] = (
                self.quick_connect_contact_data.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> NextContactMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "NextContactMetadata")
        return cls(
            quick_connect_contact_data=(
                None
                if (value := data.get("QuickConnectContactData")) is None
                else QuickConnectContactData.from_dict(
                    value, path=path + "QuickConnectContactData" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> NextContactMetadata:
        draft = _NextContactMetadataDraft()
        try:
            draft.quick_connect_contact_data = (
                None
                if (value := data.get("QuickConnectContactData")) is None
                else QuickConnectContactData._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "QuickConnectContactData")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data, ("QuickConnectContactData",)
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _NextContactMetadataDraft:
    """A :class:`NextContactMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = ("quick_connect_contact_data", "sdk_unknown_member")
    quick_connect_contact_data: QuickConnectContactData | None
    sdk_unknown_member: str | None


def new_next_contact_metadata() -> NextContactMetadata:
    """Create a :class:`NextContactMetadata` with all optional fields omitted."""
    return NextContactMetadata()


next_contact_metadata_sdk_unknown_member = _rt.Lens[NextContactMetadata, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "next_contact_metadata_sdk_unknown_member",
)
"""Lens on :attr:`NextContactMetadata.sdk_unknown_member`."""


next_contact_metadata_quick_connect_contact_data = _rt.Lens[
    NextContactMetadata, QuickConnectContactData | None
](
    lambda s: s.quick_connect_contact_data,
    lambda s, v: _dc.replace(s, quick_connect_contact_data=v),
    "next_contact_metadata_quick_connect_contact_data",
)
"""Lens on :attr:`NextContactMetadata.quick_connect_contact_data`."""
