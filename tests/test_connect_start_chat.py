"""StartChatContact used as a user would: the API of amazonka's binding, in Python."""

from __future__ import annotations

import dataclasses
import json
import uuid

import pytest

from generated.connect import (
    OPERATIONS,
    ChatMessage,
    ConnectError,
    LimitExceededException,
    ParticipantDetails,
    StartChatContact,
    StartChatContactResponse,
    TooManyRequestsException,
    ThrottlingException,
    new_chat_message,
    new_participant_details,
    new_start_chat_contact,
    new_start_chat_contact_response,
    participant_details_display_name,
    start_chat_contact_attributes,
    start_chat_contact_client_token,
    start_chat_contact_contact_flow_id,
    start_chat_contact_initial_message,
    chat_message_content,
    start_chat_contact_instance_id,
    start_chat_contact_participant_details,
    start_chat_contact_response_contact_id,
    start_chat_contact_response_http_status,
    start_chat_contact_response_participant_id,
    start_chat_contact_response_participant_token,
)
from generated._runtime.restjson import DeserializationError, HttpRequest, ServiceError, ValidationError

OP = OPERATIONS["StartChatContact"]


def request() -> StartChatContact:
    return new_start_chat_contact("instance-1", "flow-1", new_participant_details("Jane"))


def test_smart_constructor_takes_the_required_fields_in_spec_order() -> None:
    r = new_start_chat_contact("i", "f", ParticipantDetails(display_name="Jane"))
    assert (r.instance_id, r.contact_flow_id, r.participant_details.display_name) == ("i", "f", "Jane")
    assert r.client_token is None and r.attributes is None and r.initial_message is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.instance_id = "other"  # type: ignore[misc]
    assert new_start_chat_contact_response(200) == StartChatContactResponse(http_status=200)


def test_lenses_get_set_over() -> None:
    r = request()
    assert start_chat_contact_instance_id.get(r) == "instance-1"
    r2 = start_chat_contact_client_token.set(r, "token-1")
    assert r2.client_token == "token-1" and r.client_token is None
    r3 = start_chat_contact_contact_flow_id.over(r2, str.upper)
    assert r3.contact_flow_id == "FLOW-1"
    r4 = start_chat_contact_attributes.set(r3, {"k": "v"})
    assert r4.attributes == {"k": "v"}


def test_lens_composition_through_participant_details() -> None:
    display = start_chat_contact_participant_details >> participant_details_display_name
    r = request()
    assert display.get(r) == "Jane"
    assert display.set(r, "Joe").participant_details == ParticipantDetails(display_name="Joe")
    assert display.over(r, lambda s: s + "!").participant_details.display_name == "Jane!"


def test_lens_composition_through_an_optional_field() -> None:
    empty = new_chat_message("text/plain", "")
    content = start_chat_contact_initial_message.non(empty) >> chat_message_content
    r = request()
    assert content.get(r) == ""
    with_message = content.set(r, "hello")
    assert with_message.initial_message == ChatMessage(content_type="text/plain", content="hello")
    assert content.set(with_message, "").initial_message is None


def test_serialize_produces_the_exact_request() -> None:
    r = start_chat_contact_client_token.set(request(), "token-1")
    r = dataclasses.replace(r, attributes={"customer": "42"}, initial_message=new_chat_message("text/plain", "hi"))
    http = OP.serialize(r)
    assert isinstance(http, HttpRequest)
    assert (http.method, http.path, http.query) == ("PUT", "/contact/chat", [])
    assert http.headers == {"Content-Type": "application/json"}
    assert json.loads(http.body) == {
        "InstanceId": "instance-1",
        "ContactFlowId": "flow-1",
        "ParticipantDetails": {"DisplayName": "Jane"},
        "Attributes": {"customer": "42"},
        "InitialMessage": {"ContentType": "text/plain", "Content": "hi"},
        "ClientToken": "token-1",
    }


def test_an_omitted_client_token_becomes_a_fresh_uuid4() -> None:
    first = json.loads(OP.serialize(request()).body)["ClientToken"]
    second = json.loads(OP.serialize(request()).body)["ClientToken"]
    assert uuid.UUID(first).version == 4 and first != second


def test_serialize_validates_by_default() -> None:
    bad = new_start_chat_contact("", "flow", new_participant_details(""))
    with pytest.raises(ValidationError) as info:
        OP.serialize(bad)
    assert info.value.errors == [
        "instance_id: length 0 is below the minimum 1",
        "participant_details.display_name: length 0 is below the minimum 1",
    ]
    assert json.loads(OP.serialize(bad, validate=False).body)["InstanceId"] == ""


def test_deserialize_a_200_response() -> None:
    body = b'{"ContactId": "c-1", "ParticipantId": "p-1", "ParticipantToken": "tok"}'
    response = OP.deserialize(200, {"x-amzn-RequestId": "rid"}, body)
    assert response == StartChatContactResponse(
        http_status=200, contact_id="c-1", participant_id="p-1", participant_token="tok"
    )
    assert start_chat_contact_response_http_status.get(response) == 200
    assert start_chat_contact_response_contact_id.get(response) == "c-1"
    assert start_chat_contact_response_participant_id.get(response) == "p-1"
    assert start_chat_contact_response_participant_token.get(response) == "tok"


@pytest.mark.parametrize(
    ("code", "cls"),
    [("LimitExceededException", LimitExceededException), ("TooManyRequestsException", TooManyRequestsException)],
)
def test_429_errors_raise_their_own_typed_exception(code: str, cls: type[ConnectError]) -> None:
    headers = {"x-amzn-ErrorType": f"{code}:http://internal.amazon.com/coral/com.amazonaws.connect/", "x-amzn-RequestId": "r-9"}
    with pytest.raises(cls) as info:
        OP.deserialize(429, headers, b'{"message": "Rate exceeded"}')
    error = info.value
    assert isinstance(error, ConnectError) and isinstance(error, ServiceError)
    assert (error.code, error.message, error.http_status, error.request_id) == (code, "Rate exceeded", 429, "r-9")


def test_error_code_from_the_body_with_a_namespace() -> None:
    with pytest.raises(ThrottlingException):
        OP.deserialize(429, {}, b'{"__type": "com.amazonaws.connect#ThrottlingException", "Message": "slow"}')


def test_unknown_error_code_is_the_generic_service_error() -> None:
    with pytest.raises(ConnectError) as info:
        OP.deserialize(503, {}, b'{"__type": "SomethingNew", "message": "?"}')
    assert type(info.value) is ConnectError and info.value.code == "SomethingNew"


def test_a_malformed_response_is_a_deserialization_error() -> None:
    with pytest.raises(DeserializationError):
        OP.deserialize(200, {}, b"<html>proxy error</html>")
    with pytest.raises(DeserializationError):
        OP.deserialize(200, {}, b'{"ContactId": 42}')


def test_to_dict_and_from_dict_round_trip() -> None:
    r = dataclasses.replace(request(), attributes={"a": "b"}, initial_message=new_chat_message("text/plain", "hi"))
    d = r.to_dict()
    assert d["ParticipantDetails"] == {"DisplayName": "Jane"}
    assert StartChatContact.from_dict(d) == r
    response = StartChatContactResponse(http_status=200, contact_id="c")
    assert StartChatContactResponse.from_dict(response.to_dict()) == response


def test_operation_object() -> None:
    assert OP.name == "StartChatContact"
    assert OP.input is StartChatContact and OP.output is StartChatContactResponse
    assert LimitExceededException in OP.errors
