"""orjson and the standard library give the bindings the same JSON values."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generated.connect import OPERATIONS
from generated._runtime import models
from generated._runtime import restjson as rt

from .strategies import instances

pytest.importorskip("orjson")

OPS = ["StartChatContact", "CreateUser", "UpdateContactAttributes"]


@pytest.fixture
def both() -> Iterator[None]:
    yield
    rt.use_orjson(True)


@pytest.mark.parametrize("name", OPS)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_requests_serialize_to_the_same_json(name: str, data: st.DataObject) -> None:
    op = OPERATIONS[name]
    request = data.draw(instances(op.input))
    factory = models.token_factory
    models.token_factory = lambda: "00000000-0000-4000-8000-000000000000"  # the same token both ways
    try:
        assert rt.use_orjson(True)
        fast = op.serialize(request, validate=False)
        rt.use_orjson(False)
        slow = op.serialize(request, validate=False)
    except (rt.ValidationError, ValueError, TypeError):
        rt.use_orjson(True)
        return  # a value no encoder accepts (e.g. an empty URI label)
    finally:
        rt.use_orjson(True)
        models.token_factory = factory
    assert (fast.method, fast.path, fast.query, fast.headers) == (slow.method, slow.path, slow.query, slow.headers)
    assert json.loads(fast.body or b"null") == json.loads(slow.body or b"null")


@pytest.mark.parametrize("name", OPS)
def test_responses_parse_to_the_same_values(name: str, both: None) -> None:
    op = OPERATIONS[name]
    bodies = [
        b"{}",
        json.dumps({"ContactId": "c", "UserId": "u", "UserArn": "arn", "Contacts": [], "TotalCount": 3}).encode(),
        b'{"Message": "\\ud800 lone surrogate", "EvaluationFormId": "x", "EvaluationFormArn": "y", "EvaluationFormVersion": 1}',
    ]
    for body in bodies:
        rt.use_orjson(True)
        fast = op.deserialize(200, {}, body)
        rt.use_orjson(False)
        slow = op.deserialize(200, {}, body)
        assert fast == slow
