"""The asyncio client: concurrency, a loop that never blocks, shared refreshes.

Its behaviour is the synchronous client's (tests/test_client.py runs every
behaviour test against both); here is what only concurrency shows: 200
StartChatContact calls at once against the loopback server (429s included,
every signature checked with botocore's signer), no callback holding the
loop, one credential refresh for a hundred waiting tasks, and the call
deadline under asyncio.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generated import connect
from generated._runtime import config as rt_config
from generated._runtime.credentials import Credentials, RefreshingCredentialSource
from generated._runtime.transport import ReadTimeoutError
from generated.connect.client import RetryConfig

from .loopback_server import Received, Reply, ScriptedServer, error

KEY, SECRET = "AKIDASYNC", "async-secret"
TEMP_KEY, TEMP_SECRET, TEMP_TOKEN = "ASIAASYNC", "async-temporary-secret", "async-session-token"
STARTED = {"ContactId": "c", "ParticipantId": "p", "ParticipantToken": "t"}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer({KEY: SECRET, TEMP_KEY: TEMP_SECRET}, {TEMP_KEY: TEMP_TOKEN}) as running:
        yield running


def start_request(n: int) -> connect.StartChatContact:
    return connect.new_start_chat_contact(f"instance-{n}", "flow", connect.new_participant_details(f"Jane {n}"))


class Every:
    """A router answering 429 to the first attempt of every ``nth`` call."""

    def __init__(self, nth: int) -> None:
        self.nth = nth
        self.seen: set[str] = set()
        self.lock = threading.Lock()

    def __call__(self, request: Received) -> Reply:
        token = (request.json() or {}).get("ClientToken", "")
        instance = (request.json() or {}).get("InstanceId", "")
        with self.lock:
            first = token not in self.seen
            self.seen.add(token)
        if first and int(instance.rsplit("-", 1)[1]) % self.nth == 0:
            return error(429, "TooManyRequestsException", "slow down")
        return Reply(200, STARTED)


def test_two_hundred_concurrent_calls_with_429_retries_all_signed(server: ScriptedServer) -> None:
    server.router = Every(5)

    async def main() -> list[connect.StartChatContactResponse]:
        retry = RetryConfig(base_delay=0.01, throttling_base_delay=0.01, max_attempts=4)
        async with await connect.AsyncClient.open(
            "us-east-1", credentials=Credentials(KEY, SECRET), endpoint_url=server.url, retry=retry
        ) as client:
            return await asyncio.gather(*(client.start_chat_contact(start_request(n)) for n in range(200)))

    results = asyncio.run(main())
    assert len(results) == 200 and all(r.contact_id == "c" for r in results)
    assert len(server.received) == 200 + 40  # every fifth call retried once
    assert all(r.signature == "valid" for r in server.received)
    tokens = [r.json()["ClientToken"] for r in server.received]
    assert len(set(tokens)) == 200  # a retry reuses its call's token; calls never share one


class BlockingProbe:
    """Records blocking calls made on the loop's thread: ``time.sleep``, file
    opens, and reads, writes and connects on blocking sockets.  (asyncio's
    own sockets are non-blocking; a worker thread may do all of these.)"""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.thread = threading.get_ident()
        self.calls: list[str] = []
        real_sleep, real_open = time.sleep, open

        def sleep(seconds: float) -> None:
            self._note(f"time.sleep({seconds})")
            real_sleep(seconds)

        def opener(file: object, *args: object, **kwargs: object) -> object:
            self._note(f"open({file!r})")
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(time, "sleep", sleep)
        monkeypatch.setattr("builtins.open", opener)
        for name in ("recv", "recv_into", "send", "sendall", "connect"):
            real = getattr(socket.socket, name)

            def wrapper(sock: socket.socket, *args: object, _real: object = real, _name: str = name) -> object:
                if sock.gettimeout() != 0.0:
                    self._note(f"blocking socket.{_name}")
                return _real(sock, *args)  # type: ignore[operator]

            monkeypatch.setattr(socket.socket, name, wrapper)

    def _note(self, what: str) -> None:
        if threading.get_ident() == self.thread:
            self.calls.append(what)


def test_nothing_blocks_the_loop(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No blocking call runs on the loop's thread during 100 concurrent calls
    (retries and their waits included): the probe records every sleep, file
    open and blocking socket call made on it, which is the exact check.
    asyncio's debug mode is a coarse backstop for a step that holds the
    loop on CPU; its threshold is 2 s because the loopback server shares
    the process (and the GIL) with the loop on a shared 2-core machine,
    where a healthy step was once seen taking 0.25 s."""
    server.router = Every(7)
    slow: list[str] = []

    async def main() -> list[str]:
        loop = asyncio.get_running_loop()
        retry = RetryConfig(base_delay=0.01, throttling_base_delay=0.01)
        client = await connect.AsyncClient.open(
            "us-east-1", credentials=Credentials(KEY, SECRET), endpoint_url=server.url, retry=retry
        )
        await client.start_chat_contact(start_request(1))  # warm: imports, the session
        probe = BlockingProbe(monkeypatch)
        loop.set_debug(True)
        loop.slow_callback_duration = 2.0
        with caplog.at_level(logging.WARNING, logger="asyncio"):
            await asyncio.gather(*(client.start_chat_contact(start_request(n)) for n in range(100)))
        loop.set_debug(False)
        monkeypatch.undo()
        slow.extend(r.getMessage() for r in caplog.records if "took" in r.getMessage())
        await client.aclose()
        return probe.calls

    blocking = asyncio.run(main())
    assert blocking == [], blocking[:10]
    assert not slow, slow


def test_one_refresh_for_a_hundred_waiting_tasks(server: ScriptedServer) -> None:
    server.router = lambda request: Reply(200, STARTED)
    fetches = []
    clock = [1_000_000.0]

    def fetch() -> Credentials:
        fetches.append(threading.current_thread().name)
        time.sleep(0.2)  # a slow STS or IMDS round trip, off the loop
        return Credentials(
            TEMP_KEY,
            TEMP_SECRET,
            TEMP_TOKEN,
            expiration=datetime.datetime.fromtimestamp(clock[0] + 3600, datetime.timezone.utc),
        )

    expired = Credentials(
        TEMP_KEY, TEMP_SECRET, TEMP_TOKEN, expiration=datetime.datetime.fromtimestamp(clock[0] - 1, datetime.timezone.utc)
    )
    source = RefreshingCredentialSource(fetch, "test", initial=expired, clock=lambda: clock[0])

    async def main() -> None:
        ticks = 0

        async def heartbeat() -> None:  # counts while the refresh runs: the loop is free
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        beat = asyncio.create_task(heartbeat())
        async with await connect.AsyncClient.open(
            "us-east-1", credentials=source, endpoint_url=server.url
        ) as client:
            await asyncio.gather(*(client.start_chat_contact(start_request(n)) for n in range(100)))
        beat.cancel()
        assert ticks >= 10, "the loop was blocked while the credentials were refreshed"

    asyncio.run(main())
    assert len(fetches) == 1 and fetches[0] != threading.main_thread().name
    assert all(r.signature == "valid" and r.access_key == TEMP_KEY for r in server.received)


def test_the_call_deadline_holds_under_asyncio() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def trickle() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{")
            while not stop.wait(0.2):
                try:
                    conn.sendall(b" ")
                except OSError:
                    return

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"

    async def main() -> float:
        retry = RetryConfig(max_attempts=1, max_total_time=1.0)
        async with connect.AsyncClient(
            "us-east-1", credentials=Credentials(KEY, SECRET), endpoint_url=url, retry=retry, timeout=(1, 1)
        ) as client:
            started = time.monotonic()
            with pytest.raises(ReadTimeoutError, match="max_total_time"):
                await client.list_users(connect.new_list_users("i"))
            return time.monotonic() - started

    try:
        assert asyncio.run(main()) < 1.0 + 3  # the trickle never ends on its own
    finally:
        stop.set()
        listener.close()


def test_open_reads_the_configuration_off_the_loop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    threads: list[str] = []
    real = rt_config.load_config

    def recording(*args: object, **kwargs: object) -> rt_config.SharedConfig:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("generated._runtime.client.load_config", recording)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    (tmp_path / "config").write_text("[default]\nregion = eu-central-1\n")

    async def main() -> str:
        client = await connect.AsyncClient.open(credentials=Credentials(KEY, SECRET), http=_NoNetwork())
        return repr(client)

    assert "eu-central-1" in asyncio.run(main())
    assert threads and threads[0] != threading.main_thread().name


class _NoNetwork:
    async def send(self, *args: object) -> tuple[int, dict[str, str], bytes]:
        raise AssertionError("no request expected")


def test_the_asyncio_client_is_exported_and_typed() -> None:
    assert connect.AsyncClient.__module__ == "generated.connect.aio"
    method = connect.AsyncClient.start_chat_contact
    assert asyncio.iscoroutinefunction(method)
    assert json.dumps(sorted(connect.AsyncClient.ENDPOINT_PARAMETERS)) == json.dumps(sorted(connect.Client.ENDPOINT_PARAMETERS))


def test_the_blocking_probe_sees_a_blocking_wait(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The probe above can fail: a retry wait that sleeps on the loop is caught."""
    server.router = Every(1)  # every call's first attempt is throttled

    async def main() -> list[str]:
        retry = RetryConfig(base_delay=0.01, throttling_base_delay=0.01, sleep=lambda s: time.sleep(s))
        client = await connect.AsyncClient.open(
            "us-east-1", credentials=Credentials(KEY, SECRET), endpoint_url=server.url, retry=retry
        )
        await client.start_chat_contact(start_request(2))
        probe = BlockingProbe(monkeypatch)
        await client.start_chat_contact(start_request(3))
        monkeypatch.undo()
        await client.aclose()
        return probe.calls

    assert any(call.startswith("time.sleep") for call in asyncio.run(main()))
