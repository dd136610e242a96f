"""The DescribeWidgets operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import ec2 as _rt
from ..shapes.filter import Filter
from ..shapes.widget import Widget


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeWidgets:
    """The DescribeWidgets operation.

    Fields:

    - ``filters``: The ``Filters`` member.
    - ``widget_ids``: The ``WidgetIds`` member.
    - ``dry_run``: The ``DryRun`` member.
    - ``max_results``: The ``MaxResults`` member.
    - ``client_token``: The ``ClientToken`` member.
    """

    filters: list[Filter] | None = None
    """The ``Filters`` member."""

    widget_ids: list[str] | None = None
    """The ``WidgetIds`` member."""

    dry_run: bool | None = None
    """The ``DryRun`` member."""

    max_results: int | None = None
    """The ``MaxResults`` member."""

    client_token: str | None = None
    """The ``ClientToken`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.filters
        if value is not None:
            path = prefix + "filters"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Filter):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Filter, got {type(v1).__name__}"
                            )
        value = self.widget_ids
        if value is not None:
            path = prefix + "widget_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.dry_run
        if value is not None:
            path = prefix + "dry_run"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.filters is not None:
            result["Filters"] = [v1.to_dict() for v1 in self.filters]
        if self.widget_ids is not None:
            result["WidgetIds"] = list(self.widget_ids)
        if self.dry_run is not None:
            result["DryRun"] = self.dry_run
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeWidgets:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeWidgets")
        return cls(
            filters=(
                None
                if (value := data.get("Filters")) is None
                else [
                    Filter.from_dict(v1, path=path + "Filters" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Filters")
                    )
                ]
            ),
            widget_ids=(
                None
                if (value := data.get("WidgetIds")) is None
                else list(_rt.expect_sequence(value, path + "WidgetIds"))
            ),
            dry_run=data.get("DryRun"),
            max_results=data.get("MaxResults"),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeWidgetsResponse:
    """The response of DescribeWidgets.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``widgets``: The ``Widgets`` member.
    - ``next_token``: The ``NextToken`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    widgets: list[Widget] | None = None
    """The ``Widgets`` member."""

    next_token: str | None = None
    """The ``NextToken`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.widgets
        if value is not None:
            path = prefix + "widgets"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Widget):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Widget, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.widgets is not None:
            result["Widgets"] = [v1.to_dict() for v1 in self.widgets]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeWidgetsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeWidgetsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            widgets=(
                None
                if (value := data.get("Widgets")) is None
                else [
                    Widget.from_dict(v1, path=path + "Widgets" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Widgets")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _DescribeWidgetsResponseDraft:
    """A :class:`DescribeWidgetsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "widgets", "next_token")
    http_status: int
    widgets: list[Widget] | None
    next_token: str | None


def new_describe_widgets() -> DescribeWidgets:
    """Create a :class:`DescribeWidgets` with all optional fields omitted."""
    return DescribeWidgets()


describe_widgets_filters = _rt.Lens[DescribeWidgets, list[Filter] | None](
    lambda s: s.filters,
    lambda s, v: _dc.replace(s, filters=v),
    "describe_widgets_filters",
)
"""Lens on :attr:`DescribeWidgets.filters`."""


describe_widgets_widget_ids = _rt.Lens[DescribeWidgets, list[str] | None](
    lambda s: s.widget_ids,
    lambda s, v: _dc.replace(s, widget_ids=v),
    "describe_widgets_widget_ids",
)
"""Lens on :attr:`DescribeWidgets.widget_ids`."""


describe_widgets_dry_run = _rt.Lens[DescribeWidgets, bool | None](
    lambda s: s.dry_run,
    lambda s, v: _dc.replace(s, dry_run=v),
    "describe_widgets_dry_run",
)
"""Lens on :attr:`DescribeWidgets.dry_run`."""


describe_widgets_max_results = _rt.Lens[DescribeWidgets, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "describe_widgets_max_results",
)
"""Lens on :attr:`DescribeWidgets.max_results`."""


describe_widgets_client_token = _rt.Lens[DescribeWidgets, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "describe_widgets_client_token",
)
"""Lens on :attr:`DescribeWidgets.client_token`."""


def new_describe_widgets_response(
    http_status: int,
) -> DescribeWidgetsResponse:
    """Create a :class:`DescribeWidgetsResponse` with all optional fields omitted."""
    return DescribeWidgetsResponse(
        http_status=http_status,
    )


describe_widgets_response_http_status = _rt.Lens[DescribeWidgetsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_widgets_response_http_status",
)
"""Lens on :attr:`DescribeWidgetsResponse.http_status`."""


describe_widgets_response_widgets = _rt.Lens[
    DescribeWidgetsResponse, list[Widget] | None
](
    lambda s: s.widgets,
    lambda s, v: _dc.replace(s, widgets=v),
    "describe_widgets_response_widgets",
)
"""Lens on :attr:`DescribeWidgetsResponse.widgets`."""


describe_widgets_response_next_token = _rt.Lens[DescribeWidgetsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "describe_widgets_response_next_token",
)
"""Lens on :attr:`DescribeWidgetsResponse.next_token`."""


def _serialize(request: DescribeWidgets, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    fields: list[tuple[str, str]] = [
        ("Action", "DescribeWidgets"),
        ("Version", "2016-11-15"),
    ]
    if request.filters is not None:
        for filters_i1, filters_v1 in enumerate(request.filters, 1):
            filters_v1._to_query(fields, f"Filter.{filters_i1}.")
    if request.widget_ids is not None:
        for widget_ids_i1, widget_ids_v1 in enumerate(request.widget_ids, 1):
            fields.append((f"WidgetId.{widget_ids_i1}", widget_ids_v1))
    if request.dry_run is not None:
        fields.append(("DryRun", _rt.bool_text(request.dry_run)))
    if request.max_results is not None:
        fields.append(("MaxResults", str(request.max_results)))
    fields.append(("ClientTokenQuery", idempotency_client_token))
    return _rt.HttpRequest(
        method="POST",
        path="/",
        query=[],
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        body=_rt.form_body(fields),
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeWidgetsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    node = _rt.read_xml_result(status, body, "")
    draft = _DescribeWidgetsResponseDraft()
    draft.http_status = status
    try:
        first = _rt.xml_index(node)
        draft.widgets = (
            None
            if (value := first.get("widgetSet")) is None
            else [Widget._from_xml(v1) for v1 in value]
        )
        draft.next_token = (
            None if (value := first.get("nextToken")) is None else (value.text or "")
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None
    return _rt.seal(draft, DescribeWidgetsResponse)


OPERATION: _rt.Operation[DescribeWidgets, DescribeWidgetsResponse] = _rt.Operation(
    "DescribeWidgets",
    DescribeWidgets,
    DescribeWidgetsResponse,
    (),
    _serialize,
    _deserialize,
)
"""The DescribeWidgets operation: its types, errors and wire codec."""
