"""The Application shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_APPLICATION_TYPE_VALUES = frozenset(
    (
        "MCP",
        "THIRD_PARTY_APPLICATION",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Application:
    """This API is in preview release for Connect Customer and is subject to
    change.

    A third-party application's metadata.

    Fields:

    - ``namespace``: Namespace of the application that you want to give access to.
    - ``application_permissions``: The permissions that the agent is granted on the application.
    - ``type``: Type of Application.
    """

    namespace: str | None = None
    """Namespace of the application that you want to give access to."""

    application_permissions: list[str] | None = None
    """The permissions that the agent is granted on the application. For
    third-party applications, only the ``ACCESS`` permission is supported.
    For MCP Servers, the permissions are tool Identifiers accepted by MCP
    Server.
    """

    type: str | None = None
    """Type of Application."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.namespace
        if value is not None:
            path = prefix + "namespace"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.application_permissions
        if value is not None:
            path = prefix + "application_permissions"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 50)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=128)
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_APPLICATION_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.namespace is not None:
            result["Namespace"] = self.namespace
        if self.application_permissions is not None:
            result["ApplicationPermissions"] = list(self.application_permissions)
        if self.type is not None:
            result["Type"] = self.type
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Application:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Application")
        return cls(
            namespace=data.get("Namespace"),
            application_permissions=(
                None
                if (value := data.get("ApplicationPermissions")) is None
                else list(_rt.expect_sequence(value, path + "ApplicationPermissions"))
            ),
            type=data.get("Type"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.namespace is not None:
            data["Namespace"] = self.namespace
        if self.application_permissions is not None:
            data["ApplicationPermissions"] = self.application_permissions
        if self.type is not None:
            data["Type"] = self.type
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Application:
        draft = _ApplicationDraft()
        try:
            draft.namespace = (
                None
                if (value := data.get("Namespace")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Namespace")
                )
            )
            draft.application_permissions = (
                None
                if (value := data.get("ApplicationPermissions")) is None
                else [
                    (
                        v1
                        if type(v1) is str
                        else _rt.expect_str(v1, "ApplicationPermissions")
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ApplicationPermissions")
                    )
                    if v1 is not None
                ]
            )
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ApplicationDraft:
    """A :class:`Application` being decoded (see ``_rt.seal``)."""

    __slots__ = ("namespace", "application_permissions", "type")
    namespace: str | None
    application_permissions: list[str] | None
    type: str | None


def new_application() -> Application:
    """Create a :class:`Application` with all optional fields omitted."""
    return Application()


application_namespace = _rt.Lens[Application, str | None](
    lambda s: s.namespace,
    lambda s, v: _dc.replace(s, namespace=v),
    "application_namespace",
)
"""Lens on :attr:`Application.namespace`."""


application_application_permissions = _rt.Lens[Application, list[str] | None](
    lambda s: s.application_permissions,
    lambda s, v: _dc.replace(s, application_permissions=v),
    "application_application_permissions",
)
"""Lens on :attr:`Application.application_permissions`."""


application_type = _rt.Lens[Application, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "application_type",
)
"""Lens on :attr:`Application.type`."""
