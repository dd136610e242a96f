"""The EvaluationReviewMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_review_request_comment import EvaluationReviewRequestComment


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationReviewMetadata:
    """Metadata information about an evaluation review.

    Fields:

    - ``review_request_comments``: Comments provided when requesting the evaluation review.
    - ``review_id``: The unique identifier for the evaluation review.
    - ``requested_time``: The timestamp when the evaluation review was requested.
    - ``requested_by``: The user who requested the evaluation review.
    - ``created_time``: The timestamp when the evaluation review was created.
    - ``created_by``: The user who created the evaluation review.
    """

    review_request_comments: list[EvaluationReviewRequestComment] | None
    """Comments provided when requesting the evaluation review."""

    review_id: str | None = None
    """The unique identifier for the evaluation review."""

    requested_time: _dt.datetime | None = None
    """The timestamp when the evaluation review was requested."""

    requested_by: str | None = None
    """The user who requested the evaluation review."""

    created_time: _dt.datetime | None = None
    """The timestamp when the evaluation review was created.

    .. warning:: Deprecated. CreatedTime is deprecated. (since 02/17/2026)
    """

    created_by: str | None = None
    """The user who created the evaluation review.

    .. warning:: Deprecated. CreatedBy is deprecated. (since 02/17/2026)
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.review_request_comments
        if value is None:
            errors.append(prefix + "review_request_comments: required but missing")
        else:
            path = prefix + "review_request_comments"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationReviewRequestComment):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationReviewRequestComment, got {type(v1).__name__}"
                            )
        value = self.review_id
        if value is not None:
            path = prefix + "review_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.requested_time
        if value is not None:
            path = prefix + "requested_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.requested_by
        if value is not None:
            path = prefix + "requested_by"
            _rt.check_str(errors, path, value)
        value = self.created_time
        if value is not None:
            path = prefix + "created_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.created_by
        if value is not None:
            path = prefix + "created_by"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.review_request_comments is not None:
            result["ReviewRequestComments"] = [
                v1.to_dict() for v1 in self.review_request_comments
            ]
        if self.review_id is not None:
            result["ReviewId"] = self.review_id
        if self.requested_time is not None:
            result["RequestedTime"] = self.requested_time
        if self.requested_by is not None:
            result["RequestedBy"] = self.requested_by
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.created_by is not None:
            result["CreatedBy"] = self.created_by
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationReviewMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationReviewMetadata")
        return cls(
            review_request_comments=(
                None
                if (value := data.get("ReviewRequestComments")) is None
                else [
                    EvaluationReviewRequestComment.from_dict(
                        v1, path=path + "ReviewRequestComments" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ReviewRequestComments")
                    )
                ]
            ),
            review_id=data.get("ReviewId"),
            requested_time=data.get("RequestedTime"),
            requested_by=data.get("RequestedBy"),
            created_time=data.get("CreatedTime"),
            created_by=data.get("CreatedBy"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationReviewMetadata:
        draft = _EvaluationReviewMetadataDraft()
        try:
            draft.review_request_comments = (
                None
                if (value := data.get("ReviewRequestComments")) is None
                else [
                    EvaluationReviewRequestComment._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ReviewRequestComments")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ReviewRequestComments")
                    )
                    if v1 is not None
                ]
            )
            draft.review_id = (
                None
                if (value := data.get("ReviewId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ReviewId")
                )
            )
            draft.requested_time = (
                None
                if (value := data.get("RequestedTime")) is None
                else _rt.parse_timestamp(value, "RequestedTime")
            )
            draft.requested_by = (
                None
                if (value := data.get("RequestedBy")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RequestedBy")
                )
            )
            draft.created_time = (
                None
                if (value := data.get("CreatedTime")) is None
                else _rt.parse_timestamp(value, "CreatedTime")
            )
            draft.created_by = (
                None
                if (value := data.get("CreatedBy")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "CreatedBy")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationReviewMetadataDraft:
    """A :class:`EvaluationReviewMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "review_request_comments",
        "review_id",
        "requested_time",
        "requested_by",
        "created_time",
        "created_by",
    )
    review_request_comments: list[EvaluationReviewRequestComment] | None
    review_id: str | None
    requested_time: _dt.datetime | None
    requested_by: str | None
    created_time: _dt.datetime | None
    created_by: str | None


def new_evaluation_review_metadata(
    review_request_comments: list[EvaluationReviewRequestComment],
) -> EvaluationReviewMetadata:
    """Create a :class:`EvaluationReviewMetadata` with all optional fields omitted."""
    return EvaluationReviewMetadata(
        review_request_comments=review_request_comments,
    )


evaluation_review_metadata_review_request_comments = _rt.Lens[
    EvaluationReviewMetadata, list[EvaluationReviewRequestComment] | None
](
    lambda s: s.review_request_comments,
    lambda s, v: _dc.replace(s, review_request_comments=v),
    "evaluation_review_metadata_review_request_comments",
)
"""Lens on :attr:`EvaluationReviewMetadata.review_request_comments`."""


evaluation_review_metadata_review_id = _rt.Lens[EvaluationReviewMetadata, str | None](
    lambda s: s.review_id,
    lambda s, v: _dc.replace(s, review_id=v),
    "evaluation_review_metadata_review_id",
)
"""Lens on :attr:`EvaluationReviewMetadata.review_id`."""


evaluation_review_metadata_requested_time = _rt.Lens[
    EvaluationReviewMetadata, _dt.datetime | None
](
    lambda s: s.requested_time,
    lambda s, v: _dc.replace(s, requested_time=v),
    "evaluation_review_metadata_requested_time",
)
"""Lens on :attr:`EvaluationReviewMetadata.requested_time`."""


evaluation_review_metadata_requested_by = _rt.Lens[
    EvaluationReviewMetadata, str | None
](
    lambda s: s.requested_by,
    lambda s, v: _dc.replace(s, requested_by=v),
    "evaluation_review_metadata_requested_by",
)
"""Lens on :attr:`EvaluationReviewMetadata.requested_by`."""


evaluation_review_metadata_created_time = _rt.Lens[
    EvaluationReviewMetadata, _dt.datetime | None
](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "evaluation_review_metadata_created_time",
)
"""Lens on :attr:`EvaluationReviewMetadata.created_time`."""


evaluation_review_metadata_created_by = _rt.Lens[EvaluationReviewMetadata, str | None](
    lambda s: s.created_by,
    lambda s, v: _dc.replace(s, created_by=v),
    "evaluation_review_metadata_created_by",
)
"""Lens on :attr:`EvaluationReviewMetadata.created_by`."""
