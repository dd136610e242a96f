"""The generated clients: sign, send, retry and parse, against a loopback server.

Most tests talk to :class:`~tests.loopback_server.ScriptedServer` on
127.0.0.1 through the default urllib3 transport; the server checks every
signature with botocore's signer and answers from a script (429 sequences,
5xx, dropped connections, stalls).  Pure retry-policy tests use a fake
transport and a fake clock.  Nothing waits for real backoff: ``sleep`` is
injected everywhere.
"""

from __future__ import annotations

import collections
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from generated import connect, connectparticipant
from generated.connect import client as connect_client
from generated import _runtime
from generated._runtime import restjson as runtime
from generated.connect import new_participant_details, new_start_chat_contact
from generated.connect.client import Credentials, RetryConfig
from generator import names

from .async_adapter import AsyncFlavour
from .conftest import ROOT, runtime_of
from .loopback_server import DROP, Received, Reply, ScriptedServer, Stall, error

KEY, SECRET = "AKIDLOOPBACK", "loopback-secret"
TEMP_KEY, TEMP_SECRET, TEMP_TOKEN = "ASIALOOPBACK", "temporary-secret", "session-token-123"
CREDENTIALS = Credentials(KEY, SECRET)
STARTED = {"ContactId": "contact-1", "ParticipantId": "participant-1", "ParticipantToken": "ptok-1"}


class Sleeps:
    """An injected ``sleep`` that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture(autouse=True, params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every behaviour test runs twice: with ``Client``, and with ``AsyncClient``
    driven synchronously (tests/async_adapter.py) -- one behaviour, two drivers."""
    if request.param == "async":
        if request.node.get_closest_marker("sync_only"):
            pytest.skip("about the synchronous client itself")
        module = sys.modules[__name__]
        monkeypatch.setattr(module, "connect", AsyncFlavour(connect))
        monkeypatch.setattr(module, "connectparticipant", AsyncFlavour(connectparticipant))
    return str(request.param)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer({KEY: SECRET, TEMP_KEY: TEMP_SECRET}, {TEMP_KEY: TEMP_TOKEN}) as running:
        yield running


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def make_client(server: ScriptedServer, sleeps: Sleeps, **options: Any) -> connect.Client:
    options.setdefault("credentials", CREDENTIALS)
    options.setdefault("retry", RetryConfig(sleep=sleeps, jitter=lambda: 0.5))
    options.setdefault("timeout", (2.0, 5.0))
    return connect.Client("us-east-1", endpoint_url=server.url, **options)


def start_request(token: str | None = None) -> connect.StartChatContact:
    request = new_start_chat_contact("instance-1", "flow-1", new_participant_details("Jane"))
    return connect.start_chat_contact_client_token.set(request, token)


def assert_all_signed(server: ScriptedServer, service: str = "connect") -> None:
    for received in server.received:
        assert received.signature == "valid", received.signature
        assert (received.service, received.region) == (service, "us-east-1")


def tokens_sent(server: ScriptedServer) -> list[str]:
    return [r.json()["ClientToken"] for r in server.received]


# --- one call, end to end ------------------------------------------------------------


def test_start_chat_contact_is_signed_sent_and_parsed(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(Reply(200, STARTED))
    with make_client(server, sleeps) as client:
        response = client.start_chat_contact(start_request())
    assert isinstance(response, connect.StartChatContactResponse)
    assert (response.contact_id, response.participant_token, response.http_status) == ("contact-1", "ptok-1", 200)
    [received] = server.received
    assert (received.method, received.target) == ("PUT", "/contact/chat")
    assert received.header("Host") == f"127.0.0.1:{server.port}"
    assert received.header("Content-Type") == "application/json"
    assert (received.header("User-Agent") or "").startswith("aws-bindings-generator/")
    body = received.json()
    assert body["InstanceId"] == "instance-1" and body["ParticipantDetails"] == {"DisplayName": "Jane"}
    assert body["ClientToken"]  # filled in by the serializer
    assert received.header("X-Amz-Security-Token") is None
    assert_all_signed(server)
    assert sleeps.waits == []


def test_session_credentials_sign_the_security_token(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(Reply(200, STARTED))
    client = make_client(server, sleeps, credentials=Credentials(TEMP_KEY, TEMP_SECRET, TEMP_TOKEN))
    client.start_chat_contact(start_request())
    assert server.received[0].header("X-Amz-Security-Token") == TEMP_TOKEN
    assert_all_signed(server)


def test_get_with_labels_and_query(server: ScriptedServer, sleeps: Sleeps) -> None:
    arn = "arn:aws:connect:us-east-1:123456789012:instance/abc"
    server.script(Reply(200, {"tags": {"team": "blue"}}), Reply(200, {"InstanceSummaryList": [], "NextToken": "n2"}))
    client = make_client(server, sleeps)
    tags = client.list_tags_for_resource(connect.new_list_tags_for_resource(arn))
    listed = client.list_instances(connect.ListInstances(max_results=5, next_token="a/b+c="))
    assert tags.tags == {"team": "blue"} and listed.next_token == "n2"
    first, second = server.received
    assert first.method == "GET" and first.path == "/tags/arn%3Aaws%3Aconnect%3Aus-east-1%3A123456789012%3Ainstance%2Fabc"
    assert sorted(second.query) == [("maxResults", "5"), ("nextToken", "a/b+c=")]
    assert_all_signed(server)


def test_modeled_error_is_raised_at_once(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(error(400, "InvalidRequestException", "bad flow"))
    with pytest.raises(connect.InvalidRequestException) as caught:
        make_client(server, sleeps).start_chat_contact(start_request())
    assert caught.value.message == "bad flow" and caught.value.http_status == 400
    assert caught.value.request_id == "req-1"
    assert len(server.received) == 1 and sleeps.waits == []


def test_invalid_request_never_reaches_the_wire(sleeps: Sleeps) -> None:
    transport = FakeTransport()
    client = connect.Client("us-east-1", credentials=CREDENTIALS, http=transport)
    with pytest.raises(runtime.ValidationError, match="instance_id"):
        client.start_chat_contact(new_start_chat_contact("", "flow", new_participant_details("Jane")))
    assert transport.calls == []


# --- retries ----------------------------------------------------------------------------


def test_429_sequence_is_retried_with_the_same_token_and_fresh_signatures(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(
        error(429, "TooManyRequestsException", "Rate exceeded"),
        error(429, "TooManyRequestsException", "Rate exceeded"),
        Reply(200, STARTED),
    )
    ticks = iter(range(100))
    base = time.time()
    client = make_client(server, sleeps, clock=lambda: base + next(ticks))
    response = client.start_chat_contact(start_request())  # no ClientToken given: generated once
    assert response.participant_token == "ptok-1"
    assert len(server.received) == 3
    tokens = tokens_sent(server)
    assert len(set(tokens)) == 1, tokens
    dates = [r.header("X-Amz-Date") for r in server.received]
    assert len(set(dates)) == 3, "each attempt is signed anew"
    assert_all_signed(server)
    # full jitter (0.5 here) over the throttling base 0.5 s, doubling
    assert sleeps.waits == [0.25, 0.5]


def test_separate_calls_get_separate_tokens(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(Reply(200, STARTED), Reply(200, STARTED))
    client = make_client(server, sleeps)
    client.start_chat_contact(start_request())
    client.start_chat_contact(start_request())
    first, second = tokens_sent(server)
    assert first != second


def test_throttling_gives_up_after_max_attempts(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(*[error(429, "ThrottlingException")] * 4)
    client = make_client(server, sleeps, retry=RetryConfig(max_attempts=4, sleep=sleeps, jitter=lambda: 1.0))
    with pytest.raises(connect.ThrottlingException) as caught:
        client.create_instance(connect.new_create_instance("CONNECT_MANAGED", True, False))
    assert len(server.received) == 4
    assert len(set(tokens_sent(server))) == 1
    assert sleeps.waits == [0.5, 1.0, 2.0]
    assert "CreateInstance: gave up after 4 attempts" in caught.value.__notes__


def test_limit_exceeded_is_not_retried_by_default(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(error(429, "LimitExceededException", "concurrent chats"), Reply(200, STARTED))
    with pytest.raises(connect.LimitExceededException) as caught:
        make_client(server, sleeps).start_chat_contact(start_request("my-token"))
    assert caught.value.http_status == 429
    assert len(server.received) == 1 and sleeps.waits == []


def test_limit_exceeded_can_be_retried_when_configured(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(error(429, "LimitExceededException"), Reply(200, STARTED))
    retry = RetryConfig(no_retry_codes=frozenset(), sleep=sleeps, jitter=lambda: 1.0)
    response = make_client(server, sleeps, retry=retry).start_chat_contact(start_request("my-token"))
    assert response.contact_id == "contact-1"
    assert tokens_sent(server) == ["my-token", "my-token"]
    assert sleeps.waits == [0.5]  # retried as throttling (its status is 429)


@pytest.mark.parametrize(
    "reply",
    [
        error(500, "InternalServiceException"),
        Reply(502, b"<html>Bad Gateway</html>", {"Content-Type": "text/html"}),
        Reply(503, b""),
        error(504, "GatewayTimeout"),
        error(400, "RequestTimeoutException"),
    ],
    ids=["500-modeled", "502-html", "503-empty", "504", "transient-code"],
)
def test_transient_errors_are_retried(server: ScriptedServer, sleeps: Sleeps, reply: Reply) -> None:
    server.script(reply, Reply(200, STARTED))
    response = make_client(server, sleeps).start_chat_contact(start_request())
    assert response.contact_id == "contact-1"
    assert len(server.received) == 2 and len(set(tokens_sent(server))) == 1
    assert sleeps.waits == [0.05]  # 0.5 jitter x 0.1 s transient base
    assert_all_signed(server)


def test_dropped_connection_is_retried(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(DROP, DROP, Reply(200, STARTED))
    response = make_client(server, sleeps).start_chat_contact(start_request())
    assert response.contact_id == "contact-1"
    assert len(server.received) == 3 and len(set(tokens_sent(server))) == 1
    assert_all_signed(server)


def test_dropped_connections_exhaust_into_a_transport_error(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(DROP, DROP, DROP)
    with pytest.raises(connect_client.TransportError) as caught:
        make_client(server, sleeps).start_chat_contact(start_request())
    assert len(server.received) == 3
    assert "StartChatContact: gave up after 3 attempts" in caught.value.__notes__


def test_read_timeout_is_retried(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(Stall(3.0, Reply(200, STARTED)), Reply(200, STARTED))
    began = time.monotonic()
    response = make_client(server, sleeps, timeout=(2.0, 0.3)).start_chat_contact(start_request())
    assert response.contact_id == "contact-1"
    assert time.monotonic() - began < 2.5, "the stalled attempt was abandoned at the read timeout"
    assert len(server.received) == 2 and len(set(tokens_sent(server))) == 1


def test_read_timeouts_exhaust_into_read_timeout_error(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(Stall(3.0), Stall(3.0))
    client = make_client(server, sleeps, timeout=0.2, retry=RetryConfig(max_attempts=2, sleep=sleeps))
    with pytest.raises(connect_client.ReadTimeoutError):
        client.start_chat_contact(start_request())
    assert len(server.received) == 2


def test_connection_refused_is_retried_then_raised(sleeps: Sleeps) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = connect.Client(
        "us-east-1", credentials=CREDENTIALS, endpoint_url=f"http://127.0.0.1:{port}", retry=RetryConfig(sleep=sleeps)
    )
    with pytest.raises(connect_client.TransportError):
        client.start_chat_contact(start_request())
    assert len(sleeps.waits) == 2


def test_connection_errors_need_not_be_retried(server: ScriptedServer, sleeps: Sleeps) -> None:
    server.script(DROP, Reply(200, STARTED))
    retry = RetryConfig(retry_connection_errors=False, sleep=sleeps)
    with pytest.raises(connect_client.TransportError):
        make_client(server, sleeps, retry=retry).start_chat_contact(start_request())
    assert len(server.received) == 1


# --- the retry policy, with a fake transport and clock --------------------------------------


class FakeTransport:
    """Answers from a list: ``(status, headers, body)`` tuples or exceptions to raise."""

    def __init__(self, *answers: tuple[int, dict[str, str], bytes] | BaseException, clock: FakeClock | None = None) -> None:
        self.answers = collections.deque(answers)
        self.calls: list[tuple[str, str, dict[str, str], bytes, tuple[float, float]]] = []
        self.clock = clock

    def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        self.calls.append((method, url, dict(headers), body, timeout))
        if self.clock is not None:
            self.clock.now += 0.25
        answer = self.answers.popleft()
        if isinstance(answer, BaseException):
            raise answer
        return answer


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


OK = (200, {"Content-Type": "application/json"}, json.dumps(STARTED).encode())


def throttled(code: str = "ThrottlingException", status: int = 429) -> tuple[int, dict[str, str], bytes]:
    return status, {"x-amzn-ErrorType": code}, b"{}"


def test_total_time_bounds_the_retries() -> None:
    clock = FakeClock()
    transport = FakeTransport(*[throttled()] * 10, clock=clock)
    retry = RetryConfig(
        max_attempts=10, throttling_base_delay=1.0, max_total_time=4.0, jitter=lambda: 1.0,
        sleep=clock.sleep, monotonic=clock.monotonic,
    )
    client = connect.Client("us-east-1", credentials=CREDENTIALS, http=transport, retry=retry)
    with pytest.raises(connect.ThrottlingException) as caught:
        client.start_chat_contact(start_request())
    # t=0.25 fail, wait 1 -> 1.25; t=1.5 fail, wait 2 -> 3.5; t=3.75 fail, wait 4 would end at 7.75 > 4
    assert clock.waits == [1.0, 2.0]
    assert len(transport.calls) == 3
    assert any("max_total_time of 4.0 s reached" in note for note in caught.value.__notes__)


@pytest.mark.sync_only
def test_backoff_is_capped_full_jitter() -> None:
    draws = iter([0.0, 0.999, 0.5, 1.0])
    retry = RetryConfig(base_delay=0.1, throttling_base_delay=0.5, max_delay=3.0, jitter=lambda: next(draws))
    assert retry.delay(1, "transient") == 0.0
    assert retry.delay(2, "transient") == pytest.approx(0.999 * 0.2)
    assert retry.delay(3, "throttling") == pytest.approx(0.5 * 2.0)
    assert retry.delay(60, "throttling") == 3.0  # capped, and no overflow for late attempts


@pytest.mark.sync_only
def test_classification_table() -> None:
    retry = RetryConfig()
    classify = retry.classify
    assert classify(connect.TooManyRequestsException()) == "throttling"
    assert classify(connect.ThrottlingException()) == "throttling"
    assert classify(connect.ConnectError(code="SomethingNew", http_status=429)) == "throttling"
    assert classify(connect.LimitExceededException()) is None
    assert classify(connect.ServiceQuotaExceededException()) is None
    assert classify(connect.InternalServiceException()) == "transient"
    assert classify(connect.ConnectError(code="503", http_status=503)) == "transient"
    assert classify(connect.InvalidRequestException()) is None
    assert classify(connect.ResourceNotFoundException()) is None
    assert classify(connect.AccessDeniedException()) is None
    assert classify(runtime.DeserializationError("x", http_status=502)) == "transient"
    assert classify(runtime.DeserializationError("x", http_status=200)) is None
    assert classify(ConnectionResetError()) == "transient"
    assert classify(connect_client.ReadTimeoutError()) == "transient"
    assert classify(ValueError()) is None
    assert RetryConfig(no_retry_codes=frozenset()).classify(connect.LimitExceededException()) == "throttling"
    assert RetryConfig(retry_statuses=frozenset()).classify(connect.InternalServiceException()) is None
    with pytest.raises(ValueError):
        RetryConfig(max_attempts=0)


def test_bad_2xx_body_is_not_retried() -> None:
    transport = FakeTransport((200, {}, b"not json"), OK)
    client = connect.Client("us-east-1", credentials=CREDENTIALS, http=transport)
    with pytest.raises(runtime.DeserializationError):
        client.start_chat_contact(start_request())
    assert len(transport.calls) == 1


def test_oserror_from_a_custom_transport_is_transient() -> None:
    clock = FakeClock()
    transport = FakeTransport(ConnectionResetError(104, "reset"), OK)
    retry = RetryConfig(sleep=clock.sleep, monotonic=clock.monotonic)
    client = connect.Client("us-east-1", credentials=CREDENTIALS, http=transport, retry=retry)
    assert client.start_chat_contact(start_request()).contact_id == "contact-1"
    assert len(transport.calls) == 2
    assert transport.calls[0][3] == transport.calls[1][3], "the same body, token included, on every attempt"


# --- endpoints, hosts, options ---------------------------------------------------------------


def test_default_endpoint_comes_from_the_model() -> None:
    transport = FakeTransport(OK)
    connect.Client("eu-west-2", credentials=CREDENTIALS, http=transport, timeout=7).start_chat_contact(start_request())
    method, url, headers, _body, timeout = transport.calls[0]
    assert (method, url) == ("PUT", "https://connect.eu-west-2.amazonaws.com/contact/chat")
    assert headers["Host"] == "connect.eu-west-2.amazonaws.com" and timeout == (7.0, 7.0)
    assert "/eu-west-2/connect/aws4_request" in headers["Authorization"]

    participant = FakeTransport((200, {}, b"{}"))
    client = connectparticipant.Client("eu-west-2", credentials=CREDENTIALS, http=participant)
    client.disconnect_participant(connectparticipant.new_disconnect_participant("ctok"))
    _m, url, headers, _b, _t = participant.calls[0]
    assert url == "https://participant.connect.eu-west-2.amazonaws.com/participant/disconnect"
    assert "/eu-west-2/execute-api/aws4_request" in headers["Authorization"]


@pytest.mark.parametrize(
    "endpoint, url, host",
    [
        ("http://localhost:4566/base/", "http://localhost:4566/base/contact/chat", "localhost:4566"),
        ("https://Example.com:443", "https://example.com/contact/chat", "example.com"),
        ("http://[::1]:8080", "http://[::1]:8080/contact/chat", "[::1]:8080"),
    ],
)
def test_endpoint_url_overrides(endpoint: str, url: str, host: str) -> None:
    transport = FakeTransport(OK)
    connect.Client("us-east-1", credentials=CREDENTIALS, http=transport, endpoint_url=endpoint).start_chat_contact(
        start_request()
    )
    assert transport.calls[0][1] == url and transport.calls[0][2]["Host"] == host


@pytest.mark.parametrize("endpoint", ["ftp://example.com", "example.com", "http://h/?q=1", "http://user:pw@h"])
def test_bad_endpoint_url_is_rejected(endpoint: str) -> None:
    with pytest.raises(ValueError, match="endpoint_url"):
        connect.Client("us-east-1", credentials=CREDENTIALS, http=FakeTransport(), endpoint_url=endpoint)


def test_region_is_required_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_REGION", raising=False)
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    with pytest.raises(ValueError, match="no region"):
        connect.Client(credentials=CREDENTIALS, http=FakeTransport())
    with pytest.raises(ValueError, match="not a region"):
        connect.Client("us-east-1.evil.com/", credentials=CREDENTIALS, http=FakeTransport())
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-south-1")
    assert "connect.ap-south-1.amazonaws.com" in repr(connect.Client(credentials=CREDENTIALS, http=FakeTransport()))


HOSTED_SPEC = """
version: "2.0"
metadata:
  apiVersion: "2024-01-01"
  endpointPrefix: hosted
  protocol: rest-json
  serviceFullName: Host Prefix Service
  serviceId: Hosted
  signatureVersion: v4
  signingName: hosted-signing
operations:
  Find:
    name: Find
    http: {method: POST, requestUri: /find}
    endpoint: {hostPrefix: "{AccountId}.data."}
    input: {shape: FindRequest}
    output: {shape: FindResponse}
  Close:
    name: Close
    http: {method: POST, requestUri: /close}
    input: {shape: CloseRequest}
shapes:
  FindRequest:
    type: structure
    required: [AccountId]
    members:
      AccountId: {shape: Name, hostLabel: true}
  FindResponse:
    type: structure
    members:
      Count: {shape: Count}
  CloseRequest:
    type: structure
    members:
      Reason: {shape: Name}
  Name: {type: string, min: 1}
  Count: {type: integer}
"""


@pytest.mark.sync_only
def test_host_prefix_signing_name_and_reserved_method_names(generate_package: Callable[..., Any]) -> None:
    hosted = generate_package(HOSTED_SPEC, "hosted")
    answer = (200, {}, json.dumps({"Count": 3}).encode())
    transport = FakeTransport(answer, answer, (200, {}, b""))
    client = hosted.Client("us-east-1", credentials=CREDENTIALS, http=transport)
    assert client.find(hosted.new_find("acct-7")).count == 3
    _method, url, headers, _body, _timeout = transport.calls[0]
    assert url == "https://acct-7.data.hosted.us-east-1.amazonaws.com/find"
    assert headers["Host"] == "acct-7.data.hosted.us-east-1.amazonaws.com"
    assert "/us-east-1/hosted-signing/aws4_request" in headers["Authorization"]
    plain = hosted.Client(
        "us-east-1", credentials=CREDENTIALS, http=transport, endpoint_url="http://127.0.0.1:9", inject_host_prefix=False
    )
    plain.find(hosted.new_find("acct-7"))
    assert transport.calls[1][1] == "http://127.0.0.1:9/find"
    with pytest.raises(runtime_of(hosted).ValidationError, match="not a valid host label"):
        client.find(hosted.new_find("no/slashes"))
    # An operation named Close cannot take the client's own close().
    client.close_(hosted.Close(reason="done"))
    assert transport.calls[2][1] == "https://hosted.us-east-1.amazonaws.com/close"
    client.close()


@pytest.mark.sync_only
def test_client_methods_cannot_take_the_clients_own_names() -> None:
    assert names.operation_method_name("Close") == "close_"
    assert names.operation_method_name("CloseTunnel") == "close_tunnel"
    for package in (connect, connectparticipant):
        # (the class constants are upper case: no operation method can meet them)
        methods = {op for op in dir(package.Client) if not op.startswith("_") and not op.isupper()}
        # (besides an operation's method, <method>_pages and <method>_items of its paginator)
        paging = {m for m in methods if m.endswith(("_pages", "_items")) and m[: -len("_pages")] in methods}
        assert len(methods - paging) == len(package.OPERATIONS) + 1  # + close
        assert "close" in methods


# --- credentials ----------------------------------------------------------------------------------


@pytest.fixture
def bare_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def test_credentials_and_region_from_the_environment(
    server: ScriptedServer, sleeps: Sleeps, bare_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", TEMP_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", TEMP_SECRET)
    monkeypatch.setenv("AWS_SESSION_TOKEN", TEMP_TOKEN)
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    server.script(Reply(200, STARTED))
    client = connect.Client(endpoint_url=server.url, retry=RetryConfig(sleep=sleeps))
    client.start_chat_contact(start_request())
    assert server.received[0].access_key == TEMP_KEY
    assert_all_signed(server)


def test_credentials_from_a_profile(server: ScriptedServer, sleeps: Sleeps, bare_environment: Path) -> None:
    (bare_environment / ".aws").mkdir()
    (bare_environment / ".aws" / "credentials").write_text(
        f"[default]\naws_access_key_id = NOPE\naws_secret_access_key = nope\n\n"
        f"[chat]\naws_access_key_id = {KEY}\naws_secret_access_key = {SECRET}\n"
    )
    server.script(Reply(200, STARTED))
    client = connect.Client("us-east-1", profile="chat", endpoint_url=server.url, retry=RetryConfig(sleep=sleeps))
    client.start_chat_contact(start_request())
    assert server.received[0].access_key == KEY
    assert_all_signed(server)


def test_no_credentials_fails_when_the_client_is_made(bare_environment: Path) -> None:
    with pytest.raises(connect_client.NoCredentialsError, match="no AWS credentials found"):
        connect.Client("us-east-1", http=FakeTransport())
    connectparticipant.Client("us-east-1", http=FakeTransport(), unsigned=True)  # needs none


# --- the chat flow ---------------------------------------------------------------------------------


class ChatService:
    """Connect and Connect Participant, as far as the chat flow needs them."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self.connected = False
        self.disconnected = False

    def __call__(self, request: Received) -> Reply:
        route = (request.method, request.path)
        bearer = request.header("X-Amz-Bearer")
        body = request.json() or {}
        if route == ("PUT", "/contact/chat"):
            return Reply(200, STARTED)
        if route == ("POST", "/participant/connection"):
            if bearer != "ptok-1":
                return error(403, "AccessDeniedException", "bad participant token")
            self.connected = True
            return Reply(200, {
                "Websocket": {"Url": "wss://example.invalid/chat", "ConnectionExpiry": "2030-01-01T00:00:00Z"},
                "ConnectionCredentials": {"ConnectionToken": "ctok-1", "Expiry": "2030-01-01T00:00:00Z"},
            })
        if bearer != "ctok-1" or not self.connected:
            return error(403, "AccessDeniedException", "bad connection token")
        if route == ("POST", "/participant/message"):
            message_id = f"m-{len(self.messages) + 1}"
            self.messages.append({"Id": message_id, "Content": body["Content"], "ContentType": body["ContentType"],
                                  "Type": "MESSAGE", "ParticipantRole": "CUSTOMER", "AbsoluteTime": "2030-01-01T00:00:01.000Z"})
            return Reply(200, {"Id": message_id, "AbsoluteTime": "2030-01-01T00:00:01.000Z"})
        if route == ("POST", "/participant/transcript"):
            return Reply(200, {"InitialContactId": "contact-1", "Transcript": self.messages})
        if route == ("POST", "/participant/disconnect"):
            self.disconnected = True
            return Reply(200, {})
        return error(404, "UnknownOperationException")


@pytest.mark.parametrize("sign_participant", [False, True], ids=["participant-unsigned", "participant-signed"])
def test_chat_flow(server: ScriptedServer, sleeps: Sleeps, sign_participant: bool) -> None:
    service = ChatService()
    server.router = service
    retry = RetryConfig(sleep=sleeps)
    # A 429 on the first StartChatContact: the retry must reuse the token.
    server.script(error(429, "TooManyRequestsException", "Rate exceeded"))
    with connect.Client("us-east-1", credentials=CREDENTIALS, endpoint_url=server.url, retry=retry) as agent_side:
        started = agent_side.start_chat_contact(start_request())
    assert started.participant_token == "ptok-1"
    assert len(set(tokens_sent(server))) == 1

    participant_options: dict[str, Any] = {"credentials": CREDENTIALS} if sign_participant else {"unsigned": True}
    with connectparticipant.Client("us-east-1", endpoint_url=server.url, retry=retry, **participant_options) as customer:
        request = connectparticipant.new_create_participant_connection(started.participant_token)
        request = connectparticipant.create_participant_connection_type.set(request, ["CONNECTION_CREDENTIALS"])
        connection = customer.create_participant_connection(request)
        assert connection.connection_credentials is not None
        token = connection.connection_credentials.connection_token
        assert token == "ctok-1"
        sent = customer.send_message(connectparticipant.new_send_message("text/plain", "Hello!", token))
        assert sent.id == "m-1"
        transcript = customer.get_transcript(connectparticipant.new_get_transcript(token))
        assert transcript.transcript is not None
        assert [(item.content, item.participant_role) for item in transcript.transcript] == [("Hello!", "CUSTOMER")]
        customer.disconnect_participant(connectparticipant.new_disconnect_participant(token))
    assert service.disconnected

    connect_requests, participant_requests = server.received[:2], server.received[2:]
    assert [r.path for r in participant_requests] == [
        "/participant/connection", "/participant/message", "/participant/transcript", "/participant/disconnect",
    ]
    assert all(r.signature == "valid" and r.service == "connect" for r in connect_requests)
    if sign_participant:
        assert all(r.signature == "valid" and r.service == "execute-api" for r in participant_requests)
    else:
        assert all(r.signature == "unsigned" for r in participant_requests)
    assert [r.header("X-Amz-Bearer") for r in participant_requests] == ["ptok-1", "ctok-1", "ctok-1", "ctok-1"]


# --- packaging: lazy imports, the optional dependency ----------------------------------------------


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.sync_only
def test_importing_the_client_loads_no_operation_and_no_urllib3() -> None:
    result = _python(
        "import sys\n"
        "from generated.connect import Client\n"
        "from generated.connect.client import Client as Same, Credentials\n"
        "assert Client is Same\n"
        "class T:\n"
        "    def send(self, method, url, headers, body, timeout):\n"
        "        return 200, {}, b'{}'\n"
        "c = Client('us-east-1', credentials=Credentials('a', 'b'), http=T())\n"
        "ops = [m for m in sys.modules if m.startswith('generated.connect.operations.')]\n"
        "assert ops == [], ops\n"
        "from generated.connect import new_describe_instance\n"
        "c.describe_instance(new_describe_instance('i-1'))\n"
        "ops = sorted(m for m in sys.modules if m.startswith('generated.connect.operations.'))\n"
        "assert ops == ['generated.connect.operations.describe_instance'], ops\n"
        "assert 'urllib3' not in sys.modules\n"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.sync_only
def test_missing_urllib3_is_a_clear_error() -> None:
    result = _python(
        "import sys\n"
        "sys.modules['urllib3'] = None\n"
        "from generated.connect import Client\n"
        "from generated.connect.client import Credentials\n"
        "try:\n"
        "    Client('us-east-1', credentials=Credentials('a', 'b'))\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    assert result.returncode == 0, result.stderr
    assert "needs urllib3" in result.stdout and "`client` extra" in result.stdout and "http=" in result.stdout


# --- the README's examples run as written --------------------------------------------------------


def _readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("\n## Calling a service\n", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]


@pytest.mark.sync_only
def test_readme_chat_flow_runs(
    server: ScriptedServer, bare_environment: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = _readme_blocks()
    (async_example,) = [b for b in blocks if "asyncio.run(" in b]
    (retry_example,) = [b for b in blocks if "RetryConfig(" in b]
    (chat_flow,) = [b for b in blocks if b not in (async_example, retry_example)]
    for name, value in {
        "AWS_ACCESS_KEY_ID": KEY, "AWS_SECRET_ACCESS_KEY": SECRET, "AWS_REGION": "us-east-1",
        "CONNECT_INSTANCE_ID": "instance-1", "CONNECT_CONTACT_FLOW_ID": "flow-1",
    }.items():
        monkeypatch.setenv(name, value)
    server.router = ChatService()

    def local(cls: type[Any]) -> type[Any]:
        class Local(cls):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **options: Any) -> None:
                options.setdefault("endpoint_url", server.url)
                super().__init__(*args, **options)

        return Local

    monkeypatch.setattr(connect, "Client", local(connect.Client))
    monkeypatch.setattr(connectparticipant, "Client", local(connectparticipant.Client))
    monkeypatch.setattr(connect, "AsyncClient", local(connect.AsyncClient))
    exec(compile(chat_flow, "README.md", "exec"), {})
    assert capsys.readouterr().out == "CUSTOMER Hello!\n"
    assert [r.path for r in server.received] == [
        "/contact/chat", "/participant/connection", "/participant/message", "/participant/transcript",
        "/participant/disconnect",
    ]
    assert server.received[0].signature == "valid" and server.received[0].access_key == KEY
    assert {r.signature for r in server.received[1:]} == {"unsigned"}

    # the asyncio example: the same chat flow through the AsyncClients
    server.received.clear()
    server.router = ChatService()
    monkeypatch.setattr(connectparticipant, "AsyncClient", local(connectparticipant.AsyncClient))
    exec(compile(async_example, "README.md", "exec"), {})
    assert capsys.readouterr().out == "CUSTOMER Hello!\n"
    assert [r.path for r in server.received] == [
        "/contact/chat", "/participant/connection", "/participant/message", "/participant/transcript",
        "/participant/disconnect",
    ]
    assert server.received[0].signature == "valid" and server.received[0].access_key == KEY
    assert {r.signature for r in server.received[1:]} == {"unsigned"}

    namespace: dict[str, Any] = {}
    exec(compile(retry_example, "README.md", "exec"), namespace)
    assert namespace["retry"].max_attempts == 5 and "MyServiceSlowDown" in namespace["retry"].throttling_codes
    namespace["client"].close()
