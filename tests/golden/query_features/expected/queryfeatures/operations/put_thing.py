"""The PutThing operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import query as _rt
from ..shapes.item import Item
from ..shapes.settings import Settings
from ..shapes.thing import Thing


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PutThing:
    """The PutThing operation.

    Fields:

    - ``name``: The ``Name`` member.
    - ``settings``: The ``Settings`` member.
    - ``names``: The ``Names`` member.
    - ``items``: The ``Items`` member.
    - ``attributes``: The ``Attributes`` member.
    - ``renamed``: The ``Renamed`` member.
    - ``labels``: The ``Labels`` member.
    - ``pairs``: The ``Pairs`` member.
    - ``flat_pairs``: The ``FlatPairs`` member.
    - ``when``: The ``When`` member.
    - ``epoch``: The ``Epoch`` member.
    - ``data``: The ``Data`` member.
    - ``enabled``: The ``Enabled`` member.
    - ``ratio``: The ``Ratio`` member.
    - ``token``: The ``Token`` member.
    """

    name: str
    """The ``Name`` member."""

    settings: Settings | None = None
    """The ``Settings`` member."""

    names: list[str] | None = None
    """The ``Names`` member."""

    items: list[Item] | None = None
    """The ``Items`` member."""

    attributes: list[str] | None = None
    """The ``Attributes`` member."""

    renamed: list[str] | None = None
    """The ``Renamed`` member."""

    labels: dict[str, str] | None = None
    """The ``Labels`` member."""

    pairs: dict[str, int] | None = None
    """The ``Pairs`` member."""

    flat_pairs: dict[str, str] | None = None
    """The ``FlatPairs`` member."""

    when: _dt.datetime | None = None
    """The ``When`` member."""

    epoch: _dt.datetime | None = None
    """The ``Epoch`` member."""

    data: bytes | None = None
    """The ``Data`` member."""

    enabled: bool | None = None
    """The ``Enabled`` member."""

    ratio: float | None = None
    """The ``Ratio`` member."""

    token: str | None = None
    """The ``Token`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)
        value = self.settings
        if value is not None:
            path = prefix + "settings"
            if isinstance(value, Settings):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Settings, got {type(value).__name__}")
        value = self.names
        if value is not None:
            path = prefix + "names"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.items
        if value is not None:
            path = prefix + "items"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Item):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Item, got {type(v1).__name__}"
                            )
        value = self.attributes
        if value is not None:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.renamed
        if value is not None:
            path = prefix + "renamed"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.labels
        if value is not None:
            path = prefix + "labels"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=64)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.pairs
        if value is not None:
            path = prefix + "pairs"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=64)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_number(errors, p1, v1, True, minimum=0, maximum=None)
        value = self.flat_pairs
        if value is not None:
            path = prefix + "flat_pairs"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=64)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.when
        if value is not None:
            path = prefix + "when"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.epoch
        if value is not None:
            path = prefix + "epoch"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.data
        if value is not None:
            path = prefix + "data"
            _rt.check_type(errors, path, value, bytes, "bytes")
        value = self.enabled
        if value is not None:
            path = prefix + "enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.ratio
        if value is not None:
            path = prefix + "ratio"
            _rt.check_number(errors, path, value, False)
        value = self.token
        if value is not None:
            path = prefix + "token"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Name"] = self.name
        if self.settings is not None:
            result["Settings"] = self.settings.to_dict()
        if self.names is not None:
            result["Names"] = list(self.names)
        if self.items is not None:
            result["Items"] = [v1.to_dict() for v1 in self.items]
        if self.attributes is not None:
            result["Attributes"] = list(self.attributes)
        if self.renamed is not None:
            result["Renamed"] = list(self.renamed)
        if self.labels is not None:
            result["Labels"] = dict(self.labels)
        if self.pairs is not None:
            result["Pairs"] = dict(self.pairs)
        if self.flat_pairs is not None:
            result["FlatPairs"] = dict(self.flat_pairs)
        if self.when is not None:
            result["When"] = self.when
        if self.epoch is not None:
            result["Epoch"] = self.epoch
        if self.data is not None:
            result["Data"] = self.data
        if self.enabled is not None:
            result["Enabled"] = self.enabled
        if self.ratio is not None:
            result["Ratio"] = self.ratio
        if self.token is not None:
            result["Token"] = self.token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> PutThing:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PutThing")
        return cls(
            name=_rt.required(data, "Name", path),
            settings=(
                None
                if (value := data.get("Settings")) is None
                else Settings.from_dict(value, path=path + "Settings" + ".")
            ),
            names=(
                None
                if (value := data.get("Names")) is None
                else list(_rt.expect_sequence(value, path + "Names"))
            ),
            items=(
                None
                if (value := data.get("Items")) is None
                else [
                    Item.from_dict(v1, path=path + "Items" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Items"))
                ]
            ),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else list(_rt.expect_sequence(value, path + "Attributes"))
            ),
            renamed=(
                None
                if (value := data.get("Renamed")) is None
                else list(_rt.expect_sequence(value, path + "Renamed"))
            ),
            labels=(
                None
                if (value := data.get("Labels")) is None
                else dict(_rt.expect_mapping(value, path + "Labels"))
            ),
            pairs=(
                None
                if (value := data.get("Pairs")) is None
                else dict(_rt.expect_mapping(value, path + "Pairs"))
            ),
            flat_pairs=(
                None
                if (value := data.get("FlatPairs")) is None
                else dict(_rt.expect_mapping(value, path + "FlatPairs"))
            ),
            when=data.get("When"),
            epoch=data.get("Epoch"),
            data=data.get("Data"),
            enabled=data.get("Enabled"),
            ratio=data.get("Ratio"),
            token=data.get("Token"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PutThingResponse:
    """The response of PutThing.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``thing``: The ``Thing`` member.
    - ``attributes``: The ``Attributes`` member.
    - ``labels``: The ``Labels`` member.
    - ``flat_pairs``: The ``FlatPairs`` member.
    - ``names``: The ``Names`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    thing: Thing | None = None
    """The ``Thing`` member."""

    attributes: list[str] | None = None
    """The ``Attributes`` member."""

    labels: dict[str, str] | None = None
    """The ``Labels`` member."""

    flat_pairs: dict[str, str] | None = None
    """The ``FlatPairs`` member."""

    names: list[str] | None = None
    """The ``Names`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.thing
        if value is not None:
            path = prefix + "thing"
            if isinstance(value, Thing):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Thing, got {type(value).__name__}")
        value = self.attributes
        if value is not None:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.labels
        if value is not None:
            path = prefix + "labels"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=64)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.flat_pairs
        if value is not None:
            path = prefix + "flat_pairs"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=64)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.names
        if value is not None:
            path = prefix + "names"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.thing is not None:
            result["Thing"] = self.thing.to_dict()
        if self.attributes is not None:
            result["Attributes"] = list(self.attributes)
        if self.labels is not None:
            result["Labels"] = dict(self.labels)
        if self.flat_pairs is not None:
            result["FlatPairs"] = dict(self.flat_pairs)
        if self.names is not None:
            result["Names"] = list(self.names)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PutThingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PutThingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            thing=(
                None
                if (value := data.get("Thing")) is None
                else Thing.from_dict(value, path=path + "Thing" + ".")
            ),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else list(_rt.expect_sequence(value, path + "Attributes"))
            ),
            labels=(
                None
                if (value := data.get("Labels")) is None
                else dict(_rt.expect_mapping(value, path + "Labels"))
            ),
            flat_pairs=(
                None
                if (value := data.get("FlatPairs")) is None
                else dict(_rt.expect_mapping(value, path + "FlatPairs"))
            ),
            names=(
                None
                if (value := data.get("Names")) is None
                else list(_rt.expect_sequence(value, path + "Names"))
            ),
        )


class _PutThingResponseDraft:
    """A :class:`PutThingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "thing", "attributes", "labels", "flat_pairs", "names")
    http_status: int
    thing: Thing | None
    attributes: list[str] | None
    labels: dict[str, str] | None
    flat_pairs: dict[str, str] | None
    names: list[str] | None


def new_put_thing(
    name: str,
) -> PutThing:
    """Create a :class:`PutThing` with all optional fields omitted."""
    return PutThing(
        name=name,
    )


put_thing_name = _rt.Lens[PutThing, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "put_thing_name",
)
"""Lens on :attr:`PutThing.name`."""


put_thing_settings = _rt.Lens[PutThing, Settings | None](
    lambda s: s.settings,
    lambda s, v: _dc.replace(s, settings=v),
    "put_thing_settings",
)
"""Lens on :attr:`PutThing.settings`."""


put_thing_names = _rt.Lens[PutThing, list[str] | None](
    lambda s: s.names,
    lambda s, v: _dc.replace(s, names=v),
    "put_thing_names",
)
"""Lens on :attr:`PutThing.names`."""


put_thing_items = _rt.Lens[PutThing, list[Item] | None](
    lambda s: s.items,
    lambda s, v: _dc.replace(s, items=v),
    "put_thing_items",
)
"""Lens on :attr:`PutThing.items`."""


put_thing_attributes = _rt.Lens[PutThing, list[str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "put_thing_attributes",
)
"""Lens on :attr:`PutThing.attributes`."""


put_thing_renamed = _rt.Lens[PutThing, list[str] | None](
    lambda s: s.renamed,
    lambda s, v: _dc.replace(s, renamed=v),
    "put_thing_renamed",
)
"""Lens on :attr:`PutThing.renamed`."""


put_thing_labels = _rt.Lens[PutThing, dict[str, str] | None](
    lambda s: s.labels,
    lambda s, v: _dc.replace(s, labels=v),
    "put_thing_labels",
)
"""Lens on :attr:`PutThing.labels`."""


put_thing_pairs = _rt.Lens[PutThing, dict[str, int] | None](
    lambda s: s.pairs,
    lambda s, v: _dc.replace(s, pairs=v),
    "put_thing_pairs",
)
"""Lens on :attr:`PutThing.pairs`."""


put_thing_flat_pairs = _rt.Lens[PutThing, dict[str, str] | None](
    lambda s: s.flat_pairs,
    lambda s, v: _dc.replace(s, flat_pairs=v),
    "put_thing_flat_pairs",
)
"""Lens on :attr:`PutThing.flat_pairs`."""


put_thing_when = _rt.Lens[PutThing, _dt.datetime | None](
    lambda s: s.when,
    lambda s, v: _dc.replace(s, when=v),
    "put_thing_when",
)
"""Lens on :attr:`PutThing.when`."""


put_thing_epoch = _rt.Lens[PutThing, _dt.datetime | None](
    lambda s: s.epoch,
    lambda s, v: _dc.replace(s, epoch=v),
    "put_thing_epoch",
)
"""Lens on :attr:`PutThing.epoch`."""


put_thing_data = _rt.Lens[PutThing, bytes | None](
    lambda s: s.data,
    lambda s, v: _dc.replace(s, data=v),
    "put_thing_data",
)
"""Lens on :attr:`PutThing.data`."""


put_thing_enabled = _rt.Lens[PutThing, bool | None](
    lambda s: s.enabled,
    lambda s, v: _dc.replace(s, enabled=v),
    "put_thing_enabled",
)
"""Lens on :attr:`PutThing.enabled`."""


put_thing_ratio = _rt.Lens[PutThing, float | None](
    lambda s: s.ratio,
    lambda s, v: _dc.replace(s, ratio=v),
    "put_thing_ratio",
)
"""Lens on :attr:`PutThing.ratio`."""


put_thing_token = _rt.Lens[PutThing, str | None](
    lambda s: s.token,
    lambda s, v: _dc.replace(s, token=v),
    "put_thing_token",
)
"""Lens on :attr:`PutThing.token`."""


def new_put_thing_response(
    http_status: int,
) -> PutThingResponse:
    """Create a :class:`PutThingResponse` with all optional fields omitted."""
    return PutThingResponse(
        http_status=http_status,
    )


put_thing_response_http_status = _rt.Lens[PutThingResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "put_thing_response_http_status",
)
"""Lens on :attr:`PutThingResponse.http_status`."""


put_thing_response_thing = _rt.Lens[PutThingResponse, Thing | None](
    lambda s: s.thing,
    lambda s, v: _dc.replace(s, thing=v),
    "put_thing_response_thing",
)
"""Lens on :attr:`PutThingResponse.thing`."""


put_thing_response_attributes = _rt.Lens[PutThingResponse, list[str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "put_thing_response_attributes",
)
"""Lens on :attr:`PutThingResponse.attributes`."""


put_thing_response_labels = _rt.Lens[PutThingResponse, dict[str, str] | None](
    lambda s: s.labels,
    lambda s, v: _dc.replace(s, labels=v),
    "put_thing_response_labels",
)
"""Lens on :attr:`PutThingResponse.labels`."""


put_thing_response_flat_pairs = _rt.Lens[PutThingResponse, dict[str, str] | None](
    lambda s: s.flat_pairs,
    lambda s, v: _dc.replace(s, flat_pairs=v),
    "put_thing_response_flat_pairs",
)
"""Lens on :attr:`PutThingResponse.flat_pairs`."""


put_thing_response_names = _rt.Lens[PutThingResponse, list[str] | None](
    lambda s: s.names,
    lambda s, v: _dc.replace(s, names=v),
    "put_thing_response_names",
)
"""Lens on :attr:`PutThingResponse.names`."""


def _serialize(request: PutThing, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_token = request.token
    if idempotency_token is None:
        idempotency_token = _rt.new_idempotency_token()
    fields: list[tuple[str, str]] = [
        ("Action", "PutThing"),
        ("Version", "2024-04-04"),
    ]
    fields.append(("Name", request.name))
    if request.settings is not None:
        request.settings._to_query(fields, "Settings.")
    if request.names is not None:
        if request.names:
            for names_i1, names_v1 in enumerate(request.names, 1):
                fields.append((f"Names.member.{names_i1}", names_v1))
        else:
            fields.append(("Names", ""))
    if request.items is not None:
        if request.items:
            for items_i1, items_v1 in enumerate(request.items, 1):
                items_v1._to_query(fields, f"Items.Item.{items_i1}.")
        else:
            fields.append(("Items", ""))
    if request.attributes is not None:
        if request.attributes:
            for attributes_i1, attributes_v1 in enumerate(request.attributes, 1):
                fields.append((f"Attribute.{attributes_i1}", attributes_v1))
        else:
            fields.append(("Attributes", ""))
    if request.renamed is not None:
        if request.renamed:
            for renamed_i1, renamed_v1 in enumerate(request.renamed, 1):
                fields.append((f"Own.{renamed_i1}", renamed_v1))
        else:
            fields.append(("Own", ""))
    if request.labels is not None:
        for labels_i1, (labels_k1, labels_v1) in enumerate(request.labels.items(), 1):
            fields.append((f"Labels.entry.{labels_i1}.key", labels_k1))
            fields.append((f"Labels.entry.{labels_i1}.value", labels_v1))
    if request.pairs is not None:
        for pairs_i1, (pairs_k1, pairs_v1) in enumerate(request.pairs.items(), 1):
            fields.append((f"Pairs.entry.{pairs_i1}.Left", pairs_k1))
            fields.append((f"Pairs.entry.{pairs_i1}.Right", str(pairs_v1)))
    if request.flat_pairs is not None:
        for flat_pairs_i1, (flat_pairs_k1, flat_pairs_v1) in enumerate(
            request.flat_pairs.items(), 1
        ):
            fields.append((f"FlatPairs.{flat_pairs_i1}.key", flat_pairs_k1))
            fields.append((f"FlatPairs.{flat_pairs_i1}.value", flat_pairs_v1))
    if request.when is not None:
        fields.append(("When", _rt.iso8601(request.when)))
    if request.epoch is not None:
        fields.append(("Epoch", _rt.epoch_text(request.epoch)))
    if request.data is not None:
        fields.append(("Data", _rt.b64encode(request.data)))
    if request.enabled is not None:
        fields.append(("Enabled", _rt.bool_text(request.enabled)))
    if request.ratio is not None:
        fields.append(("Ratio", _rt.float_text(request.ratio)))
    fields.append(("Token", idempotency_token))
    return _rt.HttpRequest(
        method="POST",
        path="/",
        query=[],
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        body=_rt.form_body(fields),
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> PutThingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    node = _rt.read_xml_result(status, body, "PutThingResult")
    draft = _PutThingResponseDraft()
    draft.http_status = status
    try:
        first = _rt.xml_index(node)
        draft.thing = (
            None if (value := first.get("Thing")) is None else Thing._from_xml(value)
        )
        draft.attributes = (
            None
            if not (items := _rt.xml_all(node, "Attribute"))
            else [(v1.text or "") for v1 in items]
        )
        draft.labels = (
            None
            if (value := first.get("Labels")) is None
            else {
                (k1.text or ""): (v1.text or "")
                for k1, v1 in _rt.xml_entries(value, "key", "value")
            }
        )
        draft.flat_pairs = (
            None
            if not (items := _rt.xml_all(node, "FlatPairs"))
            else {
                (k1.text or ""): (v1.text or "")
                for k1, v1 in _rt.xml_flat_entries(items, "key", "value")
            }
        )
        draft.names = (
            None
            if (value := first.get("Names")) is None
            else [(v1.text or "") for v1 in value]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None
    return _rt.seal(draft, PutThingResponse)


OPERATION: _rt.Operation[PutThing, PutThingResponse] = _rt.Operation(
    "PutThing",
    PutThing,
    PutThingResponse,
    (_errors.ThingConflict,),
    _serialize,
    _deserialize,
)
"""The PutThing operation: its types, errors and wire codec."""
