"""The chat flow across two services, with the generated bindings only.

StartChatContact (Connect) returns a participant token; Connect
Participant's CreateParticipantConnection takes it in ``X-Amz-Bearer``; the
connection token it returns authorizes SendMessage, GetTranscript and
DisconnectParticipant.  Responses are stubbed with what the services send.
"""

from __future__ import annotations

import json

from generated import connect, connectparticipant
from generated.connect import new_participant_details, new_start_chat_contact
from generated.connectparticipant import (
    new_create_participant_connection,
    new_disconnect_participant,
    new_get_transcript,
    new_send_message,
)


def test_start_chat_then_connect_the_participant() -> None:
    start = connect.OPERATIONS["StartChatContact"]
    started = start.deserialize(
        200,
        {"Content-Type": "application/json"},
        json.dumps({"ContactId": "c-1", "ParticipantId": "p-1", "ParticipantToken": "ptok-123"}).encode(),
    )
    start_request = start.serialize(new_start_chat_contact("instance", "flow", new_participant_details("Jane")))
    assert start_request.path == "/contact/chat"

    create = connectparticipant.OPERATIONS["CreateParticipantConnection"]
    assert started.participant_token is not None
    request = new_create_participant_connection(started.participant_token)
    request = connectparticipant.create_participant_connection_type.set(request, ["WEBSOCKET", "CONNECTION_CREDENTIALS"])
    http = create.serialize(request)
    assert (http.method, http.path) == ("POST", "/participant/connection")
    assert http.headers["X-Amz-Bearer"] == "ptok-123"
    assert json.loads(http.body) == {"Type": ["WEBSOCKET", "CONNECTION_CREDENTIALS"]}
    assert "ParticipantToken" not in json.loads(http.body)

    connection = create.deserialize(
        200,
        {},
        json.dumps(
            {
                "Websocket": {"Url": "wss://example", "ConnectionExpiry": "2026-11-25T18:00:00Z"},
                "ConnectionCredentials": {"ConnectionToken": "ctok-9", "Expiry": "2026-11-25T18:00:00Z"},
            }
        ).encode(),
    )
    assert connection.connection_credentials is not None
    token = connection.connection_credentials.connection_token
    assert token == "ctok-9"

    send = connectparticipant.OPERATIONS["SendMessage"].serialize(
        new_send_message("text/plain", "hello", token), validate=True
    )
    assert send.headers["X-Amz-Bearer"] == "ctok-9"
    body = json.loads(send.body)
    assert body["Content"] == "hello" and body["ContentType"] == "text/plain" and "ClientToken" in body

    transcript = connectparticipant.OPERATIONS["GetTranscript"]
    assert transcript.serialize(new_get_transcript(token)).headers["X-Amz-Bearer"] == "ctok-9"
    result = transcript.deserialize(
        200,
        {},
        json.dumps(
            {"InitialContactId": "c-1", "Transcript": [{"Id": "m-1", "Content": "hello", "Type": "MESSAGE"}]}
        ).encode(),
    )
    assert result.transcript is not None and result.transcript[0].content == "hello"

    disconnect = connectparticipant.OPERATIONS["DisconnectParticipant"].serialize(new_disconnect_participant(token))
    assert disconnect.path == "/participant/disconnect" and disconnect.headers["X-Amz-Bearer"] == "ctok-9"
