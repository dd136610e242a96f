"""The AnalyticsDataSetsResult shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AnalyticsDataSetsResult:
    """Information about datasets that are available to associate with:
    ``DataSetId``, ``DataSetName``.

    Fields:

    - ``data_set_id``: The identifier of the dataset.
    - ``data_set_name``: The name of the dataset.
    """

    data_set_id: str | None = None
    """The identifier of the dataset."""

    data_set_name: str | None = None
    """The name of the dataset."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_set_id
        if value is not None:
            path = prefix + "data_set_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.data_set_name
        if value is not None:
            path = prefix + "data_set_name"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.data_set_id is not None:
            result["DataSetId"] = self.data_set_id
        if self.data_set_name is not None:
            result["DataSetName"] = self.data_set_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AnalyticsDataSetsResult:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AnalyticsDataSetsResult")
        return cls(
            data_set_id=data.get("DataSetId"),
            data_set_name=data.get("DataSetName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AnalyticsDataSetsResult:
        draft = _AnalyticsDataSetsResultDraft()
        try:
            draft.data_set_id = (
                None
                if (value := data.get("DataSetId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "DataSetId")
                )
            )
            draft.data_set_name = (
                None
                if (value := data.get("DataSetName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DataSetName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AnalyticsDataSetsResultDraft:
    """A :class:`AnalyticsDataSetsResult` being decoded (see ``_rt.seal``)."""

    __slots__ = ("data_set_id", "data_set_name")
    data_set_id: str | None
    data_set_name: str | None


def new_analytics_data_sets_result() -> AnalyticsDataSetsResult:
    """Create a :class:`AnalyticsDataSetsResult` with all optional fields omitted."""
    return AnalyticsDataSetsResult()


analytics_data_sets_result_data_set_id = _rt.Lens[AnalyticsDataSetsResult, str | None](
    lambda s: s.data_set_id,
    lambda s, v: _dc.replace(s, data_set_id=v),
    "analytics_data_sets_result_data_set_id",
)
"""Lens on :attr:`AnalyticsDataSetsResult.data_set_id`."""


analytics_data_sets_result_data_set_name = _rt.Lens[
    AnalyticsDataSetsResult, str | None
](
    lambda s: s.data_set_name,
    lambda s, v: _dc.replace(s, data_set_name=v),
    "analytics_data_sets_result_data_set_name",
)
"""Lens on :attr:`AnalyticsDataSetsResult.data_set_name`."""
