"""The Builtins shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Builtins:
    """A union whose members are named like the builtins the generated code
    annotates with.

    Fields:

    - ``list_``: The ``List`` member.
    - ``dict_``: The ``Dict`` member.
    - ``str_``: The ``Str`` member.
    - ``int_``: The ``Int`` member.
    - ``object_``: The ``Object`` member.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    list_: list[str] | None = None
    """The ``List`` member."""

    dict_: dict[str, str] | None = None
    """The ``Dict`` member."""

    str_: str | None = None
    """The ``Str`` member."""

    int_: int | None = None
    """The ``Int`` member."""

    object_: bool | None = None
    """The ``Object`` member."""

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
        value = self.list_
        if value is not None:
            path = prefix + "list_"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.dict_
        if value is not None:
            path = prefix + "dict_"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.str_
        if value is not None:
            path = prefix + "str_"
            _rt.check_str(errors, path, value)
        value = self.int_
        if value is not None:
            path = prefix + "int_"
            _rt.check_number(errors, path, value, True)
        value = self.object_
        if value is not None:
            path = prefix + "object_"
            _rt.check_type(errors, path, value, bool, "bool")
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "Builtins")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "Builtins",
            (self.list_ is not None)
            + (self.dict_ is not None)
            + (self.str_ is not None)
            + (self.int_ is not None)
            + (self.object_ is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.list_ is not None:
            result["List"] = list(self.list_)
        if self.dict_ is not None:
            result["Dict"] = dict(self.dict_)
        if self.str_ is not None:
            result["Str"] = self.str_
        if self.int_ is not None:
            result["Int"] = self.int_
        if self.object_ is not None:
            result["Object"] = self.object_
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Builtins:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Builtins")
        return cls(
            list_=(
                None
                if (value := data.get("List")) is None
                else list(_rt.expect_sequence(value, path + "List"))
            ),
            dict_=(
                None
                if (value := data.get("Dict")) is None
                else dict(_rt.expect_mapping(value, path + "Dict"))
            ),
            str_=data.get("Str"),
            int_=data.get("Int"),
            object_=data.get("Object"),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Builtins:
        draft = _BuiltinsDraft()
        try:
            draft.list_ = (
                None
                if (value := data.get("List")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "List"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "List")
                    )
                    if v1 is not None
                ]
            )
            draft.dict_ = (
                None
                if (value := data.get("Dict")) is None
                else {
                    k1: (v1 if type(v1) is str else _rt.expect_str(v1, "Dict"))
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Dict")
                    ).items()
                    if v1 is not None
                }
            )
            draft.str_ = (
                None
                if (value := data.get("Str")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Str"))
            )
            draft.int_ = (
                None
                if (value := data.get("Int")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Int"))
            )
            draft.object_ = (
                None
                if (value := data.get("Object")) is None
                else (
                    value if type(value) is bool else _rt.expect_bool(value, "Object")
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "List",
                    "Dict",
                    "Str",
                    "Int",
                    "Object",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _BuiltinsDraft:
    """A :class:`Builtins` being decoded (see ``_rt.seal``)."""

    __slots__ = ("list_", "dict_", "str_", "int_", "object_", "sdk_unknown_member")
    list_: list[str] | None
    dict_: dict[str, str] | None
    str_: str | None
    int_: int | None
    object_: bool | None
    sdk_unknown_member: str | None


def new_builtins() -> Builtins:
    """Create a :class:`Builtins` with all optional fields omitted."""
    return Builtins()


builtins_sdk_unknown_member = _rt.Lens[Builtins, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "builtins_sdk_unknown_member",
)
"""Lens on :attr:`Builtins.sdk_unknown_member`."""


builtins_list = _rt.Lens[Builtins, list[str] | None](
    lambda s: s.list_,
    lambda s, v: _dc.replace(s, list_=v),
    "builtins_list",
)
"""Lens on :attr:`Builtins.list_`."""


builtins_dict = _rt.Lens[Builtins, dict[str, str] | None](
    lambda s: s.dict_,
    lambda s, v: _dc.replace(s, dict_=v),
    "builtins_dict",
)
"""Lens on :attr:`Builtins.dict_`."""


builtins_str = _rt.Lens[Builtins, str | None](
    lambda s: s.str_,
    lambda s, v: _dc.replace(s, str_=v),
    "builtins_str",
)
"""Lens on :attr:`Builtins.str_`."""


builtins_int = _rt.Lens[Builtins, int | None](
    lambda s: s.int_,
    lambda s, v: _dc.replace(s, int_=v),
    "builtins_int",
)
"""Lens on :attr:`Builtins.int_`."""


builtins_object = _rt.Lens[Builtins, bool | None](
    lambda s: s.object_,
    lambda s, v: _dc.replace(s, object_=v),
    "builtins_object",
)
"""Lens on :attr:`Builtins.object_`."""
