"""The EvaluationNote shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationNote:
    """Information about notes for a contact evaluation.

    Fields:

    - ``value``: The note for an item (section or question) in a contact evaluation.
    """

    value: str | None = None
    """The note for an item (section or question) in a contact evaluation.

    .. note::

       Even though a note in an evaluation can have up to 3072 chars, there
       is also a limit on the total number of chars for all the notes in the
       evaluation combined. Assuming there are N questions in the evaluation
       being submitted, then the max char limit for all notes combined is N
       x 1024.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value, min_len=0, max_len=3072)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.value is not None:
            result["Value"] = self.value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationNote:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationNote")
        return cls(
            value=data.get("Value"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.value is not None:
            data["Value"] = self.value
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationNote:
        draft = _EvaluationNoteDraft()
        try:
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Value"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationNoteDraft:
    """A :class:`EvaluationNote` being decoded (see ``_rt.seal``)."""

    __slots__ = ("value",)
    value: str | None


def new_evaluation_note() -> EvaluationNote:
    """Create a :class:`EvaluationNote` with all optional fields omitted."""
    return EvaluationNote()


evaluation_note_value = _rt.Lens[EvaluationNote, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "evaluation_note_value",
)
"""Lens on :attr:`EvaluationNote.value`."""
