"""Hostile I/O: invalid unions, header injection, dot labels, wrong types,
slow and oversized responses, secrets in messages.

Each test here reproduces one way an attacker or a careless caller broke the
bindings (each failed before the fix), and checks the project's own typed
error comes out instead, in time, naming what is wrong and quoting no secret.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from generated import _runtime, connect, connectparticipant
from generated._runtime import restjson as rt
from generated._runtime.credentials import Credentials
from generated._runtime.sigv4 import SigV4Signer
from generated._runtime.transport import ReadTimeoutError, Timeout, Urllib3Transport
from generated.connect.client import RetryConfig

CREDENTIALS = Credentials("AKIDHOSTILE", "hostile-secret-key", "hostile-session-token")


class Recording:
    """A transport that records what it was asked to send and answers one reply."""

    def __init__(self, status: int = 200, body: bytes = b"{}", headers: Mapping[str, str] | None = None):
        self.calls: list[tuple[str, str, dict[str, str], bytes]] = []
        self.reply = (status, dict(headers or {}), body)

    def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        self.calls.append((method, url, dict(headers), body))
        return self.reply


# --- 1. unions: exactly one member ------------------------------------------------


def _attached_file(created_by: object) -> bytes:
    return json.dumps({"FileArn": "arn", "CreatedBy": created_by}).encode()


def test_a_union_with_two_members_set_is_refused() -> None:
    op = connect.OPERATIONS["GetAttachedFile"]
    body = _attached_file({"ConnectUserArn": "a", "AWSIdentityArn": "b"})
    with pytest.raises(rt.DeserializationError, match=r"CreatedBy: expected a union with one member set, got 2"):
        op.deserialize(200, {}, body)


def test_a_union_with_no_member_set_is_refused() -> None:
    op = connect.OPERATIONS["GetAttachedFile"]
    for empty in ({}, {"ConnectUserArn": None}, {"__type": "x"}):
        with pytest.raises(rt.DeserializationError, match=r"CreatedBy: expected a union with one member set, got none"):
            op.deserialize(200, {}, _attached_file(empty))


def test_a_union_with_one_member_or_one_unknown_member_reads() -> None:
    op = connect.OPERATIONS["GetAttachedFile"]
    known = op.deserialize(200, {}, _attached_file({"ConnectUserArn": "a"}))
    assert known.created_by is not None and known.created_by.connect_user_arn == "a"
    assert known.created_by.sdk_unknown_member is None
    unknown = op.deserialize(200, {}, _attached_file({"SomethingNew": {"x": 1}}))
    assert unknown.created_by is not None and unknown.created_by.sdk_unknown_member == "SomethingNew"


# --- 4. dot labels ---------------------------------------------------------------------


@pytest.mark.parametrize("label", [".", ".."])
def test_dot_labels_are_refused_naming_the_member(label: str) -> None:
    transport = Recording()
    client = connect.Client("us-east-1", credentials=CREDENTIALS, http=transport)
    with pytest.raises(rt.ValidationError, match=rf"user_id: a URI label may not be '{label}'"):
        client.describe_user(connect.new_describe_user(label, "instance"))
    assert transport.calls == []


def test_a_label_holding_dots_that_are_no_segment_is_sent_as_it_is() -> None:
    transport = Recording(body=b"{}")
    client = connect.Client("us-east-1", credentials=CREDENTIALS, http=transport)
    client.describe_user(connect.new_describe_user("a..b", "i.d"))
    assert transport.calls[0][1].endswith("/users/i.d/a..b")


def test_a_greedy_label_may_not_hold_a_dot_segment() -> None:
    with pytest.raises(rt.ValidationError, match=r"key: a URI label may not hold the path segment '\.\.'"):
        rt.quote_greedy_label("a/../b", "key")
    assert rt.quote_greedy_label("a/.b/c.", "key") == "a/.b/c."


# --- 5. header values ---------------------------------------------------------------


@pytest.mark.parametrize(
    "token, why",
    [
        ("tok\r\nX-Injected: yes", r"'\\r' at index 3"),
        ("tok\nX", r"'\\n' at index 3"),
        ("tok\x00", r"'\\x00' at index 3"),
        ("tok\x7f", r"'\\x7f' at index 3"),
        ("töken", r"'ö' at index 1"),
        ("t\u2028", r"'\\u2028' at index 1"),
    ],
)
def test_invalid_header_values_are_refused_before_anything_is_sent(token: str, why: str) -> None:
    transport = Recording()
    client = connectparticipant.Client("us-east-1", unsigned=True, http=transport)
    with pytest.raises(rt.ValidationError, match=rf"^connection_token: a header value may hold only visible ASCII.*{why}"):
        client.send_message(connectparticipant.new_send_message("text/plain", "hi", token))
    assert transport.calls == []


def test_valid_header_values_pass_unchanged() -> None:
    transport = Recording(body=b"{}")
    client = connectparticipant.Client("us-east-1", unsigned=True, http=transport)
    client.send_message(connectparticipant.new_send_message("text/plain", "hi", "a b\tc~!"))
    assert transport.calls[0][2]["X-Amz-Bearer"] == "a b\tc~!"


def test_prefix_header_names_are_checked() -> None:
    assert rt.header_name("x-amz-meta-Fine", "metadata") == "x-amz-meta-Fine"
    for bad in ("x-amz-meta-a b", "x-amz-meta-\r\n", "x-amz-meta-é", ""):
        with pytest.raises(rt.ValidationError, match=r"^metadata: "):
            rt.header_name(bad, "metadata")


# --- 6. from_dict and wire decoding name the path of a wrong type -------------------


def test_from_dict_with_a_string_where_a_structure_belongs() -> None:
    with pytest.raises(rt.ValidationError) as caught:
        connect.StartChatContact.from_dict(
            {"InstanceId": "i", "ContactFlowId": "f", "ParticipantDetails": "Jane"}
        )
    assert caught.value.errors == ["ParticipantDetails: expected a dict, got str"]


def test_from_dict_with_a_list_for_the_whole_object() -> None:
    with pytest.raises(rt.ValidationError, match=r"^StartChatContact: expected a dict, got list$"):
        connect.StartChatContact.from_dict([("InstanceId", "i")])  # type: ignore[arg-type]


def test_from_dict_with_none_for_a_required_nested_member() -> None:
    with pytest.raises(rt.ValidationError, match=r"^ParticipantDetails: required but missing$"):
        connect.StartChatContact.from_dict({"InstanceId": "i", "ContactFlowId": "f", "ParticipantDetails": None})


def test_from_dict_paths_reach_into_lists_and_maps() -> None:
    base = {"InstanceId": "i", "ContactFlowId": "f", "ParticipantDetails": {"DisplayName": "J"}}
    with pytest.raises(rt.ValidationError, match=r"^SupportedMessagingContentTypes: expected a list, got str$"):
        connect.StartChatContact.from_dict({**base, "SupportedMessagingContentTypes": "text/plain"})
    with pytest.raises(rt.ValidationError, match=r"^SegmentAttributes\['k'\]: expected a dict, got int$"):
        connect.StartChatContact.from_dict({**base, "SegmentAttributes": {"k": 5}})
    with pytest.raises(rt.ValidationError, match=r"^InitialMessage.ContentType: required but missing$"):
        connect.StartChatContact.from_dict({**base, "InitialMessage": {"Content": "x"}})


def test_wire_decoding_names_the_path_of_a_wrong_type() -> None:
    op = connect.OPERATIONS["ListUsers"]
    body = json.dumps({"UserSummaryList": [{"Id": "u1"}, {"Id": 7}]}).encode()
    with pytest.raises(rt.DeserializationError, match=r"UserSummaryList\[1\]\.Id: expected a string, got int 7"):
        op.deserialize(200, {}, body)
    body = json.dumps({"UserSummaryList": {"not": "a list"}}).encode()
    with pytest.raises(rt.DeserializationError, match=r"UserSummaryList: expected an array, got dict"):
        op.deserialize(200, {}, body)


# --- 8. secrets ---------------------------------------------------------------------------


def test_a_sensitive_member_breaking_a_constraint_is_not_quoted() -> None:
    secret = "hunter2 is a bad password"
    request = connect.new_create_user(
        "jane", ["profile-1"], "routing-1", "instance-1"
    )
    request = connect.create_user_password.set(request, secret)
    with pytest.raises(rt.ValidationError) as caught:
        request.validate()
    message = str(caught.value)
    assert "password: the value does not match the pattern" in message
    assert secret not in message and secret not in repr(caught.value)


def test_a_response_carrying_secrets_shows_no_excerpt_and_no_value() -> None:
    op = connect.OPERATIONS["GetFederationToken"]
    token = "AccessTokenSecretXYZ"
    for body in (
        b"<html>oops " + token.encode() + b"</html>",
        json.dumps({"Credentials": {"AccessToken": 12345, "RefreshToken": token}}).encode(),
    ):
        with pytest.raises(rt.DeserializationError) as caught:
            op.deserialize(200, {}, body)
        assert token not in str(caught.value) and "12345" not in str(caught.value)
        assert caught.value.excerpt == ""


def test_a_response_without_secrets_keeps_its_excerpt() -> None:
    with pytest.raises(rt.DeserializationError) as caught:
        connect.OPERATIONS["ListUsers"].deserialize(200, {}, b"<html>proxy error</html>")
    assert "proxy error" in str(caught.value)


def test_signatures_and_requests_show_no_secret_in_their_repr() -> None:
    request = rt.HttpRequest("POST", "/users", [("token", "q-secret")], {"X-Amz-Bearer": "h-secret"}, b'{"Password":"b-secret"}')
    signature = SigV4Signer("us-east-1", "connect").sign(request, host="h", credentials=CREDENTIALS, timestamp=0)
    for text in (repr(request), str(request), repr(signature), str(signature)):
        for secret in ("q-secret", "h-secret", "b-secret", "hostile-session-token", "hostile-secret-key", signature.signature):
            assert secret not in text, (secret, text)


# --- 2 and 3. a slow, a compressed, a huge response ----------------------------------


class RawServer:
    """A loopback server answering each connection with what ``respond``
    writes (the request is read first, up to the end of its headers)."""

    def __init__(self, respond: Any) -> None:
        self.respond = respond
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop = threading.Event()
        self.targets: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                self.targets.append(data.split(b" ", 2)[1].decode())
                try:
                    self.respond(conn, self.stop)
                except OSError:
                    pass

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def raw_server(request: pytest.FixtureRequest) -> Iterator[Any]:
    servers: list[RawServer] = []

    def make(respond: Any) -> RawServer:
        server = RawServer(respond)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


def trickle_body(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
    while not stop.wait(0.2):
        conn.sendall(b" ")


def trickle_headers(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    while not stop.wait(0.2):
        conn.sendall(b"a")


@pytest.mark.parametrize("respond", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_a_trickling_server_cannot_hold_a_call_past_its_deadline(raw_server: Any, respond: Any) -> None:
    server = raw_server(respond)
    retry = RetryConfig(max_attempts=1, max_total_time=1.5)
    client = connect.Client("us-east-1", credentials=CREDENTIALS, endpoint_url=server.url, retry=retry, timeout=(1, 1))
    started = time.monotonic()
    with pytest.raises(ReadTimeoutError):
        client.list_users(connect.new_list_users("instance"))
    elapsed = time.monotonic() - started
    # without the deadline the trickle never ends; 3 s of slack for a busy machine
    assert elapsed < 1.5 + 3, f"the call took {elapsed:.2f} s, its deadline was 1.5 s"
    client.close()


def test_retries_stop_at_the_deadline_too(raw_server: Any) -> None:
    server = raw_server(trickle_body)
    retry = RetryConfig(max_attempts=10, max_total_time=1.2, base_delay=0.01, sleep=time.sleep)
    client = connect.Client("us-east-1", credentials=CREDENTIALS, endpoint_url=server.url, retry=retry, timeout=(1, 0.5))
    started = time.monotonic()
    with pytest.raises(ReadTimeoutError) as caught:
        client.list_users(connect.new_list_users("instance"))
    assert time.monotonic() - started < 1.2 + 3  # the trickle never ends on its own
    assert any("max_total_time" in note for note in getattr(caught.value, "__notes__", []) + [str(caught.value)])
    client.close()


def test_a_compressed_response_the_client_did_not_ask_for_is_refused(raw_server: Any) -> None:
    bomb = gzip.compress(b"0" * (50 * 1024 * 1024))  # 50 MiB of zeros in ~50 KiB

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(bomb)}\r\n\r\n".encode()
            + bomb
        )

    server = raw_server(respond)
    client = connect.Client("us-east-1", credentials=CREDENTIALS, endpoint_url=server.url, retry=RetryConfig(max_attempts=1))
    with pytest.raises(rt.DeserializationError, match=r"encoded as 'gzip', which the client did not accept"):
        client.list_users(connect.new_list_users("instance"))
    client.close()


def test_the_client_asks_for_identity(raw_server: Any) -> None:
    transport = Recording(body=b"{}")
    connect.Client("us-east-1", credentials=CREDENTIALS, http=transport).list_users(connect.new_list_users("i"))
    headers = transport.calls[0][2]
    assert headers["Accept-Encoding"] == "identity"
    assert "accept-encoding" in headers["Authorization"]  # signed like every other header


def test_a_body_larger_than_the_limit_is_not_read_to_its_end(raw_server: Any) -> None:
    sent = []

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n")
        block = b" " * 65536
        for _ in range(15000):  # up to ~1 GB, unless the client hangs up
            conn.sendall(block)
            sent.append(len(block))

    server = raw_server(respond)
    limit = 1024 * 1024
    client = connect.Client(
        "us-east-1", credentials=CREDENTIALS, endpoint_url=server.url, retry=RetryConfig(max_attempts=1), max_response_size=limit
    )
    with pytest.raises(rt.DeserializationError, match=rf"larger than max_response_size \({limit} bytes\)"):
        client.list_users(connect.new_list_users("instance"))
    client.close()
    time.sleep(0.3)
    assert sum(sent) < 64 * limit  # the client hung up: the server could not send it all


def test_a_custom_transport_s_oversized_body_is_refused_too() -> None:
    transport = Recording(body=b" " * 2048)
    client = connect.Client("us-east-1", credentials=CREDENTIALS, http=transport, max_response_size=1024)
    with pytest.raises(rt.DeserializationError, match=r"larger than max_response_size \(1024 bytes\)"):
        client.list_users(connect.new_list_users("i"))


def test_the_default_transport_sends_the_path_as_given(raw_server: Any) -> None:
    def respond(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")

    server = raw_server(respond)
    transport = Urllib3Transport()
    status, _, body = transport.send("GET", server.url + "/a/./b/../c?x=1", {"Host": "h"}, b"", Timeout(1, 1))
    assert (status, body) == (200, b"{}")
    assert server.targets == ["/a/./b/../c?x=1"]
    transport.close()


def test_the_runtime_is_the_folder_s() -> None:
    assert rt.__name__.startswith(_runtime.__name__)
