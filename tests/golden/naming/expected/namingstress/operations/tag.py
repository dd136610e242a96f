"""An operation named like a shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.builtins import Builtins
from ..shapes.lens import Lens
from ..shapes.tag_shape import TagShape

_KIND_VALUES = frozenset(
    (
        "text/plain",
        "1",
        "a b",
        "class",
        "camelCase",
        "VALUES",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Tag:
    """An operation named like a shape.

    Fields:

    - ``resource_arn``: The ``ResourceARN`` member.
    - ``tag``: A shape named like an operation.
    - ``ssekms_key_id``: An acronym run.
    - ``instance_arns``: The ``InstanceARNs`` member.
    - ``validate_``: Shadows a generated method.
    - ``to_dict_``: The ``ToDict`` member.
    - ``class_``: The ``class`` member.
    - ``from_``: The ``from`` member.
    - ``type``: The ``type`` member.
    """

    resource_arn: str
    """The ``ResourceARN`` member."""

    tag: TagShape
    """A shape named like an operation."""

    ssekms_key_id: str | None = None
    """An acronym run."""

    instance_arns: list[str] | None = None
    """The ``InstanceARNs`` member."""

    validate_: bool | None = None
    """Shadows a generated method."""

    to_dict_: bool | None = None
    """The ``ToDict`` member."""

    class_: str | None = None
    """The ``class`` member."""

    from_: str | None = None
    """The ``from`` member."""

    type: str | None = None
    """The ``type`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.resource_arn
        if value is None:
            errors.append(prefix + "resource_arn: required but missing")
        else:
            path = prefix + "resource_arn"
            _rt.check_str(errors, path, value)
        value = self.tag
        if value is None:
            errors.append(prefix + "tag: required but missing")
        else:
            path = prefix + "tag"
            if isinstance(value, TagShape):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected TagShape, got {type(value).__name__}")
        value = self.ssekms_key_id
        if value is not None:
            path = prefix + "ssekms_key_id"
            _rt.check_str(errors, path, value)
        value = self.instance_arns
        if value is not None:
            path = prefix + "instance_arns"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.validate_
        if value is not None:
            path = prefix + "validate_"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.to_dict_
        if value is not None:
            path = prefix + "to_dict_"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.class_
        if value is not None:
            path = prefix + "class_"
            _rt.check_str(errors, path, value)
        value = self.from_
        if value is not None:
            path = prefix + "from_"
            _rt.check_str(errors, path, value)
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_KIND_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResourceARN"] = self.resource_arn
        result["Tag"] = self.tag.to_dict()
        if self.ssekms_key_id is not None:
            result["SSEKMSKeyId"] = self.ssekms_key_id
        if self.instance_arns is not None:
            result["InstanceARNs"] = list(self.instance_arns)
        if self.validate_ is not None:
            result["Validate"] = self.validate_
        if self.to_dict_ is not None:
            result["ToDict"] = self.to_dict_
        if self.class_ is not None:
            result["class"] = self.class_
        if self.from_ is not None:
            result["from"] = self.from_
        if self.type is not None:
            result["type"] = self.type
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Tag:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Tag")
        return cls(
            resource_arn=_rt.required(data, "ResourceARN", path),
            tag=TagShape.from_dict(
                _rt.required(data, "Tag", path), path=path + "Tag" + "."
            ),
            ssekms_key_id=data.get("SSEKMSKeyId"),
            instance_arns=(
                None
                if (value := data.get("InstanceARNs")) is None
                else list(_rt.expect_sequence(value, path + "InstanceARNs"))
            ),
            validate_=data.get("Validate"),
            to_dict_=data.get("ToDict"),
            class_=data.get("class"),
            from_=data.get("from"),
            type=data.get("type"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TagResponse:
    """The response of Tag.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``http_status_``: Collides with nothing; the response's own field is http_status.
    - ``lambda_``: The ``lambda`` member.
    - ``lens_config``: An input shape named like the runtime's Lens.
    - ``rule``: A union whose members are named like the builtins the generated code annotates with.
    """

    http_status: int
    """The HTTP status code of the response."""

    http_status_: int | None = None
    """Collides with nothing; the response's own field is http_status."""

    lambda_: str | None = None
    """The ``lambda`` member."""

    lens_config: Lens | None = None
    """An input shape named like the runtime's Lens."""

    rule: Builtins | None = None
    """A union whose members are named like the builtins the generated code
    annotates with.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.http_status_
        if value is not None:
            path = prefix + "http_status_"
            _rt.check_number(errors, path, value, True)
        value = self.lambda_
        if value is not None:
            path = prefix + "lambda_"
            _rt.check_str(errors, path, value)
        value = self.lens_config
        if value is not None:
            path = prefix + "lens_config"
            if isinstance(value, Lens):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Lens, got {type(value).__name__}")
        value = self.rule
        if value is not None:
            path = prefix + "rule"
            if isinstance(value, Builtins):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Builtins, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.http_status_ is not None:
            result["HttpStatus"] = self.http_status_
        if self.lambda_ is not None:
            result["lambda"] = self.lambda_
        if self.lens_config is not None:
            result["LensConfig"] = self.lens_config.to_dict()
        if self.rule is not None:
            result["Rule"] = self.rule.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> TagResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TagResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            http_status_=data.get("HttpStatus"),
            lambda_=data.get("lambda"),
            lens_config=(
                None
                if (value := data.get("LensConfig")) is None
                else Lens.from_dict(value, path=path + "LensConfig" + ".")
            ),
            rule=(
                None
                if (value := data.get("Rule")) is None
                else Builtins.from_dict(value, path=path + "Rule" + ".")
            ),
        )


class _TagResponseDraft:
    """A :class:`TagResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "http_status_", "lambda_", "lens_config", "rule")
    http_status: int
    http_status_: int | None
    lambda_: str | None
    lens_config: Lens | None
    rule: Builtins | None


def new_tag(
    resource_arn: str,
    tag: TagShape,
) -> Tag:
    """Create a :class:`Tag` with all optional fields omitted."""
    return Tag(
        resource_arn=resource_arn,
        tag=tag,
    )


tag_resource_arn = _rt.Lens[Tag, str](
    lambda s: s.resource_arn,
    lambda s, v: _dc.replace(s, resource_arn=v),
    "tag_resource_arn",
)
"""Lens on :attr:`Tag.resource_arn`."""


tag_tag = _rt.Lens[Tag, TagShape](
    lambda s: s.tag,
    lambda s, v: _dc.replace(s, tag=v),
    "tag_tag",
)
"""Lens on :attr:`Tag.tag`."""


tag_ssekms_key_id = _rt.Lens[Tag, str | None](
    lambda s: s.ssekms_key_id,
    lambda s, v: _dc.replace(s, ssekms_key_id=v),
    "tag_ssekms_key_id",
)
"""Lens on :attr:`Tag.ssekms_key_id`."""


tag_instance_arns = _rt.Lens[Tag, list[str] | None](
    lambda s: s.instance_arns,
    lambda s, v: _dc.replace(s, instance_arns=v),
    "tag_instance_arns",
)
"""Lens on :attr:`Tag.instance_arns`."""


tag_validate = _rt.Lens[Tag, bool | None](
    lambda s: s.validate_,
    lambda s, v: _dc.replace(s, validate_=v),
    "tag_validate",
)
"""Lens on :attr:`Tag.validate_`."""


tag_to_dict = _rt.Lens[Tag, bool | None](
    lambda s: s.to_dict_,
    lambda s, v: _dc.replace(s, to_dict_=v),
    "tag_to_dict",
)
"""Lens on :attr:`Tag.to_dict_`."""


tag_class = _rt.Lens[Tag, str | None](
    lambda s: s.class_,
    lambda s, v: _dc.replace(s, class_=v),
    "tag_class",
)
"""Lens on :attr:`Tag.class_`."""


tag_from = _rt.Lens[Tag, str | None](
    lambda s: s.from_,
    lambda s, v: _dc.replace(s, from_=v),
    "tag_from",
)
"""Lens on :attr:`Tag.from_`."""


tag_type = _rt.Lens[Tag, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "tag_type",
)
"""Lens on :attr:`Tag.type`."""


def new_tag_response(
    http_status: int,
) -> TagResponse:
    """Create a :class:`TagResponse` with all optional fields omitted."""
    return TagResponse(
        http_status=http_status,
    )


tag_response_http_status = _rt.Lens[TagResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "tag_response_http_status",
)
"""Lens on :attr:`TagResponse.http_status`."""


tag_response_http_status_ = _rt.Lens[TagResponse, int | None](
    lambda s: s.http_status_,
    lambda s, v: _dc.replace(s, http_status_=v),
    "tag_response_http_status_",
)
"""Lens on :attr:`TagResponse.http_status_`."""


tag_response_lambda = _rt.Lens[TagResponse, str | None](
    lambda s: s.lambda_,
    lambda s, v: _dc.replace(s, lambda_=v),
    "tag_response_lambda",
)
"""Lens on :attr:`TagResponse.lambda_`."""


tag_response_lens_config = _rt.Lens[TagResponse, Lens | None](
    lambda s: s.lens_config,
    lambda s, v: _dc.replace(s, lens_config=v),
    "tag_response_lens_config",
)
"""Lens on :attr:`TagResponse.lens_config`."""


tag_response_rule = _rt.Lens[TagResponse, Builtins | None](
    lambda s: s.rule,
    lambda s, v: _dc.replace(s, rule=v),
    "tag_response_rule",
)
"""Lens on :attr:`TagResponse.rule`."""


def _serialize(request: Tag, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.resource_arn == "":
        raise _rt.ValidationError(
            ["resource_arn: a URI label must be set and not empty"]
        )
    path = "/tag/" + _rt.quote_label(request.resource_arn, "resource_arn")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Tag"] = request.tag._to_json()
    if request.ssekms_key_id is not None:
        data["SSEKMSKeyId"] = request.ssekms_key_id
    if request.instance_arns is not None:
        data["InstanceARNs"] = request.instance_arns
    if request.validate_ is not None:
        data["Validate"] = request.validate_
    if request.to_dict_ is not None:
        data["ToDict"] = request.to_dict_
    if request.class_ is not None:
        data["class"] = request.class_
    if request.from_ is not None:
        data["from"] = request.from_
    if request.type is not None:
        data["type"] = request.type
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> TagResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _TagResponseDraft()
    draft.http_status = status
    try:
        draft.http_status_ = (
            None
            if (value := data.get("HttpStatus")) is None
            else (value if type(value) is int else _rt.expect_int(value, "HttpStatus"))
        )
        draft.lambda_ = (
            None
            if (value := data.get("lambda")) is None
            else (value if type(value) is str else _rt.expect_str(value, "lambda"))
        )
        draft.lens_config = (
            None
            if (value := data.get("LensConfig")) is None
            else Lens._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "LensConfig")
                )
            )
        )
        draft.rule = (
            None
            if (value := data.get("Rule")) is None
            else Builtins._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Rule")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, TagResponse)


OPERATION: _rt.Operation[Tag, TagResponse] = _rt.Operation(
    "Tag",
    Tag,
    TagResponse,
    (_errors.HttpRequest,),
    _serialize,
    _deserialize,
)
"""The Tag operation: its types, errors and wire codec."""
