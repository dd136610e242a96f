"""The UserIdentityInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "\\+[1-9]\\d{1,14}$",
    "(?a)\\+[1-9]\\d{1,14}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserIdentityInfo:
    """Contains information about the identity of a user.

    .. note::

       For Connect Customer instances that are created with the
       ``EXISTING_DIRECTORY`` identity management type, ``FirstName``,
       ``LastName``, and ``Email`` cannot be updated from within Connect
       Customer because they are managed by the directory.

    .. important::

       The ``FirstName`` and ``LastName`` length constraints below apply
       only to instances using SAML for identity management. If you are
       using Connect Customer for identity management, the length
       constraints are 1-255 for ``FirstName``, and 1-256 for ``LastName``.

    Fields:

    - ``first_name``: The first name.
    - ``last_name``: The last name.
    - ``email``: The email address.
    - ``secondary_email``: The user's secondary email address.
    - ``mobile``: The user's mobile number.
    """

    first_name: str | None = None
    """The first name. This is required if you are using Connect Customer or
    SAML for identity management. Inputs must be in Unicode Normalization
    Form C (NFC). Text containing characters in a non-NFC form (for example,
    decomposed characters or combining marks) are not accepted.
    """

    last_name: str | None = None
    """The last name. This is required if you are using Connect Customer or
    SAML for identity management. Inputs must be in Unicode Normalization
    Form C (NFC). Text containing characters in a non-NFC form (for example,
    decomposed characters or combining marks) are not accepted.
    """

    email: str | None = None
    """The email address. If you are using SAML for identity management and
    include this parameter, an error is returned.
    """

    secondary_email: str | None = None
    """The user's secondary email address. If you provide a secondary email,
    the user receives email notifications - other than password reset
    notifications - to this email address instead of to their primary email
    address.

    Pattern:
    ``(?=^.{0,265}$)[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}``
    """

    mobile: str | None = None
    """The user's mobile number."""

    def __repr__(self) -> str:
        fields = [
            "first_name=<sensitive>",
            "last_name=<sensitive>",
            "email=<sensitive>",
            "secondary_email=<sensitive>",
            f"mobile={self.mobile!r}",
        ]
        return f"UserIdentityInfo({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.first_name
        if value is not None:
            path = prefix + "first_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=255)
        value = self.last_name
        if value is not None:
            path = prefix + "last_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=300)
        value = self.email
        if value is not None:
            path = prefix + "email"
            _rt.check_str(errors, path, value)
        value = self.secondary_email
        if value is not None:
            path = prefix + "secondary_email"
            _rt.check_str(errors, path, value)
        value = self.mobile
        if value is not None:
            path = prefix + "mobile"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.first_name is not None:
            result["FirstName"] = self.first_name
        if self.last_name is not None:
            result["LastName"] = self.last_name
        if self.email is not None:
            result["Email"] = self.email
        if self.secondary_email is not None:
            result["SecondaryEmail"] = self.secondary_email
        if self.mobile is not None:
            result["Mobile"] = self.mobile
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserIdentityInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserIdentityInfo")
        return cls(
            first_name=data.get("FirstName"),
            last_name=data.get("LastName"),
            email=data.get("Email"),
            secondary_email=data.get("SecondaryEmail"),
            mobile=data.get("Mobile"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.first_name is not None:
            data["FirstName"] = self.first_name
        if self.last_name is not None:
            data["LastName"] = self.last_name
        if self.email is not None:
            data["Email"] = self.email
        if self.secondary_email is not None:
            data["SecondaryEmail"] = self.secondary_email
        if self.mobile is not None:
            data["Mobile"] = self.mobile
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UserIdentityInfo:
        draft = _UserIdentityInfoDraft()
        try:
            draft.first_name = (
                None
                if (value := data.get("FirstName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "FirstName")
                )
            )
            draft.last_name = (
                None
                if (value := data.get("LastName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "LastName")
                )
            )
            draft.email = (
                None
                if (value := data.get("Email")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Email"))
            )
            draft.secondary_email = (
                None
                if (value := data.get("SecondaryEmail")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SecondaryEmail")
                )
            )
            draft.mobile = (
                None
                if (value := data.get("Mobile")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Mobile"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UserIdentityInfoDraft:
    """A :class:`UserIdentityInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("first_name", "last_name", "email", "secondary_email", "mobile")
    first_name: str | None
    last_name: str | None
    email: str | None
    secondary_email: str | None
    mobile: str | None


def new_user_identity_info() -> UserIdentityInfo:
    """Create a :class:`UserIdentityInfo` with all optional fields omitted."""
    return UserIdentityInfo()


user_identity_info_first_name = _rt.Lens[UserIdentityInfo, str | None](
    lambda s: s.first_name,
    lambda s, v: _dc.replace(s, first_name=v),
    "user_identity_info_first_name",
)
"""Lens on :attr:`UserIdentityInfo.first_name`."""


user_identity_info_last_name = _rt.Lens[UserIdentityInfo, str | None](
    lambda s: s.last_name,
    lambda s, v: _dc.replace(s, last_name=v),
    "user_identity_info_last_name",
)
"""Lens on :attr:`UserIdentityInfo.last_name`."""


user_identity_info_email = _rt.Lens[UserIdentityInfo, str | None](
    lambda s: s.email,
    lambda s, v: _dc.replace(s, email=v),
    "user_identity_info_email",
)
"""Lens on :attr:`UserIdentityInfo.email`."""


user_identity_info_secondary_email = _rt.Lens[UserIdentityInfo, str | None](
    lambda s: s.secondary_email,
    lambda s, v: _dc.replace(s, secondary_email=v),
    "user_identity_info_secondary_email",
)
"""Lens on :attr:`UserIdentityInfo.secondary_email`."""


user_identity_info_mobile = _rt.Lens[UserIdentityInfo, str | None](
    lambda s: s.mobile,
    lambda s, v: _dc.replace(s, mobile=v),
    "user_identity_info_mobile",
)
"""Lens on :attr:`UserIdentityInfo.mobile`."""
