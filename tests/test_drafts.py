"""Decoders fill a writable draft and seal it into the frozen dataclass.

``_runtime.models.seal`` retypes a draft (``__class__``) instead of calling
the frozen ``__init__``; that is only sound when the draft has exactly the
dataclass's slots.  Here: every draft of the bundled bindings mirrors its
class (slot names, order and declared types), a sealed value is a genuine
frozen, hashable, equal instance, and a draft of another layout is refused.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import pkgutil
from types import ModuleType

import pytest

import generated
from generated import connect
from generated._runtime import models
from generator import names


def _modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(generated.__path__, "generated."):
        if "._runtime" in info.name or info.name.endswith((".aio", ".client")):
            continue
        found.append(importlib.import_module(info.name))
    return found


def _pairs() -> list[tuple[type, type]]:
    pairs = []
    for module in _modules():
        for name, value in vars(module).items():
            draft = getattr(module, names.draft_name(name), None)
            if dataclasses.is_dataclass(value) and draft is not None:
                pairs.append((value, draft))
    return pairs


PAIRS = _pairs()


def test_the_bundled_bindings_have_drafts() -> None:
    # every operation output has one, and the shared shapes read from responses
    assert len(PAIRS) > len(connect.OPERATIONS)
    outputs = {cls for cls, _ in PAIRS if "http_status" in cls.__slots__}
    assert {op.output for op in connect.OPERATIONS.values()} <= outputs


@pytest.mark.parametrize("cls, draft", PAIRS, ids=[f"{c.__module__}.{c.__name__}" for c, _ in PAIRS])
def test_a_draft_mirrors_its_class(cls: type, draft: type) -> None:
    assert dataclasses.is_dataclass(cls)
    fields = dataclasses.fields(cls)
    assert draft.__slots__ == cls.__slots__ == tuple(f.name for f in fields)
    # the same declared types (strings: the modules use postponed annotations)
    assert draft.__annotations__ == {f.name: f.type for f in fields}
    assert draft.__bases__ == (object,) and "__dict__" not in vars(draft)


def test_a_sealed_value_is_a_genuine_frozen_instance() -> None:
    body = {"ContactId": "c-1", "ParticipantId": "p-1", "ParticipantToken": "t-1"}
    op = connect.OPERATIONS["StartChatContact"]
    decoded = op.deserialize(200, {}, json.dumps(body).encode())
    built = connect.StartChatContactResponse(
        http_status=200, contact_id="c-1", participant_id="p-1", participant_token="t-1"
    )
    assert type(decoded) is connect.StartChatContactResponse
    assert decoded == built and hash(decoded) == hash(built) and repr(decoded) == repr(built)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decoded.contact_id = "other"  # type: ignore[misc]
    assert dataclasses.replace(decoded, contact_id="c-2").contact_id == "c-2"
    assert dataclasses.asdict(decoded) == dataclasses.asdict(built)


def test_seal_refuses_a_draft_of_another_layout() -> None:
    class Short:
        __slots__ = ("http_status",)

    draft = Short()
    draft.http_status = 200
    with pytest.raises(TypeError, match="layout"):
        models.seal(draft, connect.StartChatContactResponse)
    assert type(draft) is Short
