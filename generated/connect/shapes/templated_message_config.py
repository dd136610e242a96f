"""The TemplatedMessageConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.template_attributes import TemplateAttributes


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TemplatedMessageConfig:
    """Information about template message configuration.

    Fields:

    - ``knowledge_base_id``: The identifier of the knowledge base.
    - ``message_template_id``: The identifier of the message template Id.
    - ``template_attributes``: Information about template attributes, that is, CustomAttributes or CustomerProfileAttributes.
    """

    knowledge_base_id: str
    """The identifier of the knowledge base. Can be either the ID or the ARN.
    URLs cannot contain the ARN.
    """

    message_template_id: str
    """The identifier of the message template Id."""

    template_attributes: TemplateAttributes
    """Information about template attributes, that is, CustomAttributes or
    CustomerProfileAttributes.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.knowledge_base_id
        if value is None:
            errors.append(prefix + "knowledge_base_id: required but missing")
        else:
            path = prefix + "knowledge_base_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.message_template_id
        if value is None:
            errors.append(prefix + "message_template_id: required but missing")
        else:
            path = prefix + "message_template_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.template_attributes
        if value is None:
            errors.append(prefix + "template_attributes: required but missing")
        else:
            path = prefix + "template_attributes"
            if isinstance(value, TemplateAttributes):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TemplateAttributes, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["KnowledgeBaseId"] = self.knowledge_base_id
        result["MessageTemplateId"] = self.message_template_id
        result["TemplateAttributes"] = self.template_attributes.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TemplatedMessageConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TemplatedMessageConfig")
        return cls(
            knowledge_base_id=_rt.required(data, "KnowledgeBaseId", path),
            message_template_id=_rt.required(data, "MessageTemplateId", path),
            template_attributes=TemplateAttributes.from_dict(
                _rt.required(data, "TemplateAttributes", path),
                path=path + "TemplateAttributes" + ".",
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["KnowledgeBaseId"] = self.knowledge_base_id
        data["MessageTemplateId"] = self.message_template_id
        data["TemplateAttributes"] = self.template_attributes._to_json()
        return data


def new_templated_message_config(
    knowledge_base_id: str,
    message_template_id: str,
    template_attributes: TemplateAttributes,
) -> TemplatedMessageConfig:
    """Create a :class:`TemplatedMessageConfig` with all optional fields omitted."""
    return TemplatedMessageConfig(
        knowledge_base_id=knowledge_base_id,
        message_template_id=message_template_id,
        template_attributes=template_attributes,
    )


templated_message_config_knowledge_base_id = _rt.Lens[TemplatedMessageConfig, str](
    lambda s: s.knowledge_base_id,
    lambda s, v: _dc.replace(s, knowledge_base_id=v),
    "templated_message_config_knowledge_base_id",
)
"""Lens on :attr:`TemplatedMessageConfig.knowledge_base_id`."""


templated_message_config_message_template_id = _rt.Lens[TemplatedMessageConfig, str](
    lambda s: s.message_template_id,
    lambda s, v: _dc.replace(s, message_template_id=v),
    "templated_message_config_message_template_id",
)
"""Lens on :attr:`TemplatedMessageConfig.message_template_id`."""


templated_message_config_template_attributes = _rt.Lens[
    TemplatedMessageConfig, TemplateAttributes
](
    lambda s: s.template_attributes,
    lambda s, v: _dc.replace(s, template_attributes=v),
    "templated_message_config_template_attributes",
)
"""Lens on :attr:`TemplatedMessageConfig.template_attributes`."""
