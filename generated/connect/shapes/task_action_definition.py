"""The TaskActionDefinition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.reference import Reference


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskActionDefinition:
    """Information about the task action.

    Fields:

    - ``name``: The name.
    - ``contact_flow_id``: The identifier of the flow.
    - ``description``: The description.
    - ``references``: Information about the reference when the ``referenceType`` is ``URL``.
    """

    name: str | None
    """The name. Supports variable injection. For more information, see
    `JSONPath reference
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html>`__
    in the *Connect Customer Administrators Guide*.
    """

    contact_flow_id: str | None
    """The identifier of the flow."""

    description: str | None = None
    """The description. Supports variable injection. For more information, see
    `JSONPath reference
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html>`__
    in the *Connect Customer Administrators Guide*.
    """

    references: dict[str, Reference] | None = None
    """Information about the reference when the ``referenceType`` is ``URL``.
    Otherwise, null. (Supports variable injection in the ``Value`` field.)
    """

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
            _rt.check_str(errors, path, value, min_len=1, max_len=512)
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.references
        if value is not None:
            path = prefix + "references"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=4096)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Reference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Reference, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.contact_flow_id is not None:
            result["ContactFlowId"] = self.contact_flow_id
        if self.description is not None:
            result["Description"] = self.description
        if self.references is not None:
            result["References"] = {
                k1: v1.to_dict() for k1, v1 in self.references.items()
            }
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskActionDefinition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskActionDefinition")
        return cls(
            name=data.get("Name"),
            contact_flow_id=data.get("ContactFlowId"),
            description=data.get("Description"),
            references=(
                None
                if (value := data.get("References")) is None
                else {
                    k1: Reference.from_dict(
                        v1, path=path + "References" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "References").items()
                }
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.contact_flow_id is not None:
            data["ContactFlowId"] = self.contact_flow_id
        if self.description is not None:
            data["Description"] = self.description
        if self.references is not None:
            data["References"] = {
                k1: v1._to_json() for k1, v1 in self.references.items()
            }
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskActionDefinition:
        draft = _TaskActionDefinitionDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.contact_flow_id = (
                None
                if (value := data.get("ContactFlowId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactFlowId")
                )
            )
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
            draft.references = (
                None
                if (value := data.get("References")) is None
                else {
                    k1: Reference._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "References")
                        )
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "References")
                    ).items()
                    if v1 is not None
                }
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskActionDefinitionDraft:
    """A :class:`TaskActionDefinition` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "contact_flow_id", "description", "references")
    name: str | None
    contact_flow_id: str | None
    description: str | None
    references: dict[str, Reference] | None


def new_task_action_definition(
    name: str,
    contact_flow_id: str,
) -> TaskActionDefinition:
    """Create a :class:`TaskActionDefinition` with all optional fields omitted."""
    return TaskActionDefinition(
        name=name,
        contact_flow_id=contact_flow_id,
    )


task_action_definition_name = _rt.Lens[TaskActionDefinition, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "task_action_definition_name",
)
"""Lens on :attr:`TaskActionDefinition.name`."""


task_action_definition_contact_flow_id = _rt.Lens[TaskActionDefinition, str | None](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "task_action_definition_contact_flow_id",
)
"""Lens on :attr:`TaskActionDefinition.contact_flow_id`."""


task_action_definition_description = _rt.Lens[TaskActionDefinition, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "task_action_definition_description",
)
"""Lens on :attr:`TaskActionDefinition.description`."""


task_action_definition_references = _rt.Lens[
    TaskActionDefinition, dict[str, Reference] | None
](
    lambda s: s.references,
    lambda s, v: _dc.replace(s, references=v),
    "task_action_definition_references",
)
"""Lens on :attr:`TaskActionDefinition.references`."""
