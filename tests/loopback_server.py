"""A scripted HTTP server on 127.0.0.1 that checks every request's SigV4 signature.

The signature is checked independently of the code under test: the server
rebuilds the request it received as a botocore ``AWSRequest`` (method, URL
as received, the headers the ``Authorization`` header says were signed, the
body) and has botocore's ``SigV4Auth`` compute the signature for the date the
request carries.  It also insists that ``host``, ``x-amz-date``,
``content-type`` and every ``x-amz-*`` header that arrived were signed, that
the credential scope names the expected region and service, and that the
date is within five minutes of now (as AWS does).

Answers come from a script (a queue of :class:`Reply`, :data:`DROP` or
:class:`Stall`), else from ``router``; each received request is recorded.
Every wait is bounded and :meth:`ScriptedServer.stop` wakes them.
"""

from __future__ import annotations

import calendar
import collections
import hmac
import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SIGNED_ALWAYS = ("host", "x-amz-date")
MAX_SKEW = 300.0


@dataclass
class Received:
    """One request as the server saw it, and the verdict on its signature."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes
    signature: str = ""  # "valid", "unsigned", or "invalid: <why>"
    access_key: str = ""
    service: str = ""
    region: str = ""

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def query(self) -> list[tuple[str, str]]:
        return urllib.parse.parse_qsl(self.target.partition("?")[2], keep_blank_values=True)

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Reply:
    """A scripted answer; a dict body is sent as JSON."""

    status: int = 200
    body: bytes | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, (dict, list)):
            headers.setdefault("Content-Type", "application/json")
            return json.dumps(self.body).encode(), headers
        return self.body, headers


def error(status: int, code: str, message: str = "") -> Reply:
    """A rest-json error response, the way AWS sends one."""
    return Reply(status, {"message": message or code}, {"x-amzn-ErrorType": f"{code}:http://internal.amazon.com/coral/x/"})


DROP = "drop"
"""Script entry: read the request, then close the connection without answering."""


@dataclass
class Stall:
    """Script entry: wait ``seconds`` (bounded, woken by stop), then answer ``then``."""

    seconds: float
    then: Reply = field(default_factory=Reply)


Action = Reply | Stall | str


def verify_signature(
    method: str,
    target: str,
    headers: list[tuple[str, str]],
    body: bytes,
    secrets: dict[str, str],
    tokens: dict[str, str | None],
) -> tuple[str, str, str, str]:
    """``(verdict, access key, region, service)`` for one received request."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    received = {name.lower(): value for name, value in headers}
    authorization = received.get("authorization")
    if authorization is None:
        return "unsigned", "", "", ""
    algorithm, _, rest = authorization.partition(" ")
    if algorithm != "AWS4-HMAC-SHA256":
        return f"invalid: algorithm {algorithm!r}", "", "", ""
    parts = dict(item.strip().split("=", 1) for item in rest.split(","))
    try:
        key, date, region, service, terminator = parts["Credential"].split("/")
        signed = parts["SignedHeaders"].split(";")
        signature = parts["Signature"]
    except (KeyError, ValueError):
        return f"invalid: malformed Authorization {authorization!r}", "", "", ""
    if terminator != "aws4_request" or key not in secrets:
        return f"invalid: credential {parts['Credential']!r}", key, region, service
    amz_date = received.get("x-amz-date", "")
    if amz_date[:8] != date:
        return f"invalid: x-amz-date {amz_date!r} is not of the scope's day {date}", key, region, service
    try:
        skew = abs(calendar.timegm(time.strptime(amz_date, "%Y%m%dT%H%M%SZ")) - time.time())
    except ValueError:
        return f"invalid: x-amz-date {amz_date!r}", key, region, service
    if skew > MAX_SKEW:
        return f"invalid: x-amz-date {amz_date!r} is {skew:.0f} s from now", key, region, service
    must_sign = set(SIGNED_ALWAYS) | {n for n in received if n.startswith("x-amz-") or n == "content-type"}
    if not must_sign <= set(signed):
        return f"invalid: unsigned headers {sorted(must_sign - set(signed))}", key, region, service
    if tokens.get(key) != received.get("x-amz-security-token"):
        return "invalid: wrong or missing x-amz-security-token", key, region, service
    request = AWSRequest(
        method=method,
        url=f"http://{received['host']}{target}",
        data=body,
        headers={name: received[name] for name in signed if name in received},
    )
    request.context["timestamp"] = amz_date
    oracle = SigV4Auth(Credentials(key, secrets[key], tokens.get(key)), service, region)
    canonical = oracle.canonical_request(request)
    if oracle.signed_headers(oracle.headers_to_sign(request)) != parts["SignedHeaders"]:
        return "invalid: SignedHeaders does not list the headers signed", key, region, service
    expected = oracle.signature(oracle.string_to_sign(request, canonical), request)
    if not hmac.compare_digest(expected, signature):
        return f"invalid: signature mismatch; botocore's canonical request:\n{canonical}", key, region, service
    return "valid", key, region, service


class ScriptedServer:
    """``with ScriptedServer(secrets) as server:`` → ``server.url``, ``server.received``."""

    def __init__(
        self,
        secrets: dict[str, str],
        tokens: dict[str, str | None] | None = None,
        router: Callable[[Received], Action] | None = None,
    ) -> None:
        self.secrets = secrets
        self.tokens = tokens or {}
        self.router = router
        self.received: list[Received] = []
        self._script: collections.deque[Action] = collections.deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- control -------------------------------------------------------------

    def script(self, *actions: Action) -> None:
        """Queue answers, used in order before the router."""
        with self._lock:
            self._script.extend(actions)

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def start(self) -> ScriptedServer:
        handler = _make_handler(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- serving -----------------------------------------------------------------

    def _next_action(self, request: Received) -> Action:
        with self._lock:
            self.received.append(request)
            if self._script:
                return self._script.popleft()
        if self.router is not None:
            return self.router(request)
        return error(404, "UnknownOperationException", f"no route for {request.method} {request.path}")

    def _wait(self, seconds: float) -> None:
        self._stopping.wait(min(seconds, 10.0))


def _make_handler(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 10  # a client that sends half a request cannot hold a thread for long

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = list(self.headers.items())
            verdict, key, region, service = verify_signature(
                self.command, self.path, headers, body, server.secrets, server.tokens
            )
            request = Received(self.command, self.path, headers, body, verdict, key, service, region)
            action = server._next_action(request)
            if action == DROP:
                self.close_connection = True
                return
            if isinstance(action, Stall):
                server._wait(action.seconds)
                action = action.then
            assert isinstance(action, Reply)
            payload, reply_headers = action.encoded()
            try:
                self.send_response(action.status)
                reply_headers.setdefault("x-amzn-RequestId", f"req-{len(server.received)}")
                for name, value in reply_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (a read timeout)

        do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = _handle

    return Handler
