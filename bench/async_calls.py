"""Async throughput: concurrent ``start_chat_contact`` calls, the generated
``AsyncClient`` vs aiobotocore's, both with no network.

Each side makes ``--calls`` calls at once (``asyncio.gather``) on one
client and reports calls per second (the best of ``--repeats`` rounds):
validate and serialize the request, sign it (SigV4), hand it to a
transport that answers at once with a canned 200, parse the response.
Ours uses an in-process async transport; aiobotocore's send is stubbed
with a ``before-send`` handler (signing happens before that event, so
aiobotocore still signs).

aiobotocore pins botocore to a narrow range, so it runs in a virtualenv of
its own, given by ``AIOBOTOCORE_PYTHON`` (its interpreter):

    python3 -m venv /tmp/aiobv && /tmp/aiobv/bin/pip install aiobotocore==3.10.0
    AIOBOTOCORE_PYTHON=/tmp/aiobv/bin/python python bench/async_calls.py

Without it, only our figure is printed.  ``--side aiobotocore`` is what
runs in that virtualenv.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # client_call, when imported as a module
from client_call import ACCESS_KEY, BODY, HEADERS, PARAMS, SECRET  # noqa: E402 - the same canned call


async def ours(calls: int, repeats: int) -> float:
    from generated import connect
    from generated.connect.client import Credentials

    class CannedTransport:
        async def send(
            self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
        ) -> tuple[int, Mapping[str, str], bytes]:
            await asyncio.sleep(0)  # a real transport yields to the loop
            return 200, HEADERS, BODY

    async with connect.AsyncClient(
        "us-east-1", credentials=Credentials(ACCESS_KEY, SECRET), http=CannedTransport()
    ) as client:
        request = connect.StartChatContact.from_dict(PARAMS)
        return await best(lambda: client.start_chat_contact(request), calls, repeats)


async def aiobotocores(calls: int, repeats: int) -> float:
    from aiobotocore.awsrequest import AioAWSResponse
    from aiobotocore.session import get_session

    class Raw:
        async def read(self) -> bytes:
            return BODY

    async def before_send(request: object, **_: object) -> AioAWSResponse:
        await asyncio.sleep(0)
        return AioAWSResponse("https://connect.us-east-1.amazonaws.com/contact/chat", 200, HEADERS, Raw())

    session = get_session()
    async with session.create_client(
        "connect", region_name="us-east-1", aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET
    ) as client:
        client.meta.events.register("before-send.connect.StartChatContact", before_send)
        return await best(lambda: client.start_chat_contact(**PARAMS), calls, repeats)


async def best(call: Callable[[], Awaitable[object]], calls: int, repeats: int) -> float:
    """The best calls per second over ``repeats`` rounds of ``calls`` concurrent calls."""
    await asyncio.gather(*(call() for _ in range(min(calls, 100))))  # warm up
    rates = []
    for _ in range(repeats):
        began = time.perf_counter()
        await asyncio.gather(*(call() for _ in range(calls)))
        rates.append(calls / (time.perf_counter() - began))
    return max(rates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1000, help="concurrent calls per round")
    parser.add_argument("--repeats", type=int, default=5, help="rounds (the best is reported)")
    parser.add_argument("--side", choices=["both", "ours", "aiobotocore"], default="both")
    args = parser.parse_args()
    if args.side == "aiobotocore":
        print(asyncio.run(aiobotocores(args.calls, args.repeats)))
        return 0
    mine = asyncio.run(ours(args.calls, args.repeats))
    print(f"generated AsyncClient: {mine:10,.0f} calls/s ({args.calls} concurrent, best of {args.repeats})")
    if args.side == "ours":
        return 0
    peer = os.environ.get("AIOBOTOCORE_PYTHON")
    if not peer:
        print("aiobotocore          : not measured (set AIOBOTOCORE_PYTHON; see the module docstring)")
        return 0
    result = subprocess.run(
        [peer, __file__, "--side", "aiobotocore", "--calls", str(args.calls), "--repeats", str(args.repeats)],
        capture_output=True, text=True, check=True,
    )
    theirs = float(result.stdout.strip().splitlines()[-1])
    print(f"aiobotocore          : {theirs:10,.0f} calls/s")
    print(f"ratio                : {mine / theirs:.1f}x the calls per second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
