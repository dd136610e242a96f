"""The EvaluationReviewRequestComment shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationReviewRequestComment:
    """A comment provided when requesting an evaluation review.

    Fields:

    - ``comment``: The text content of the review request comment.
    - ``created_time``: The timestamp when the evaluation review request comment was created.
    - ``created_by``: The user who created the evaluation review request comment.
    """

    comment: str | None = None
    """The text content of the review request comment."""

    created_time: _dt.datetime | None = None
    """The timestamp when the evaluation review request comment was created."""

    created_by: str | None = None
    """The user who created the evaluation review request comment."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.comment
        if value is not None:
            path = prefix + "comment"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
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
        if self.comment is not None:
            result["Comment"] = self.comment
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.created_by is not None:
            result["CreatedBy"] = self.created_by
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationReviewRequestComment:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationReviewRequestComment")
        return cls(
            comment=data.get("Comment"),
            created_time=data.get("CreatedTime"),
            created_by=data.get("CreatedBy"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationReviewRequestComment:
        draft = _EvaluationReviewRequestCommentDraft()
        try:
            draft.comment = (
                None
                if (value := data.get("Comment")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Comment"))
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


class _EvaluationReviewRequestCommentDraft:
    """A :class:`EvaluationReviewRequestComment` being decoded (see ``_rt.seal``)."""

    __slots__ = ("comment", "created_time", "created_by")
    comment: str | None
    created_time: _dt.datetime | None
    created_by: str | None


def new_evaluation_review_request_comment() -> EvaluationReviewRequestComment:
    """Create a :class:`EvaluationReviewRequestComment` with all optional fields omitted."""
    return EvaluationReviewRequestComment()


evaluation_review_request_comment_comment = _rt.Lens[
    EvaluationReviewRequestComment, str | None
](
    lambda s: s.comment,
    lambda s, v: _dc.replace(s, comment=v),
    "evaluation_review_request_comment_comment",
)
"""Lens on :attr:`EvaluationReviewRequestComment.comment`."""


evaluation_review_request_comment_created_time = _rt.Lens[
    EvaluationReviewRequestComment, _dt.datetime | None
](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "evaluation_review_request_comment_created_time",
)
"""Lens on :attr:`EvaluationReviewRequestComment.created_time`."""


evaluation_review_request_comment_created_by = _rt.Lens[
    EvaluationReviewRequestComment, str | None
](
    lambda s: s.created_by,
    lambda s, v: _dc.replace(s, created_by=v),
    "evaluation_review_request_comment_created_by",
)
"""Lens on :attr:`EvaluationReviewRequestComment.created_by`."""
