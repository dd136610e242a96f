"""Per-call cost of one ``start_chat_contact``: the generated client vs boto3.

Both sides do the same work with no network: validate and serialize the
request, sign it (SigV4), hand it to a transport that answers at once with
a canned 200, and parse the response.  Ours uses a fake in-process
transport; boto3's send is stubbed with a ``before-send`` event handler
(signing happens before that event, so boto3 still signs).  Prints the
median cost per call of each and the ratio; the target is ours <= 1/5 of
boto3's.

    python bench/client_call.py [--calls N] [--repeats R]

Needs boto3 (not a dependency of the project: ``pip install boto3``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generated import connect  # noqa: E402
from generated.connect.client import Credentials  # noqa: E402

BODY = json.dumps({"ContactId": "contact-1", "ParticipantId": "participant-1", "ParticipantToken": "ptok-1"}).encode()
HEADERS = {"Content-Type": "application/json", "x-amzn-RequestId": "req-1"}
ACCESS_KEY, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
#: The call's parameters in boto3's style (ours: ``StartChatContact.from_dict``).
PARAMS = {
    "InstanceId": "instance-1",
    "ContactFlowId": "flow-1",
    "ParticipantDetails": {"DisplayName": "Jane"},
    "ClientToken": "token-1",
}


class CannedTransport:
    """The fake transport: answers every request with the same 200."""

    def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        return 200, HEADERS, BODY


def ours() -> Callable[[], object]:
    client = connect.Client("us-east-1", credentials=Credentials(ACCESS_KEY, SECRET), http=CannedTransport())
    request = connect.StartChatContact.from_dict(PARAMS)
    return lambda: client.start_chat_contact(request)


def boto3s() -> Callable[[], object]:
    import boto3
    from botocore.awsrequest import AWSResponse

    class Raw:
        def stream(self, **_: object) -> object:
            yield BODY

    def before_send(request: object, **_: object) -> AWSResponse:
        return AWSResponse("https://connect.us-east-1.amazonaws.com/contact/chat", 200, HEADERS, Raw())

    session = boto3.session.Session(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET, region_name="us-east-1")
    client = session.client("connect")
    client.meta.events.register("before-send.connect.StartChatContact", before_send)
    return lambda: client.start_chat_contact(**PARAMS)


def per_call(call: Callable[[], object], calls: int, repeats: int) -> float:
    """Median seconds per call over ``repeats`` timed batches of ``calls`` calls."""
    for _ in range(max(50, calls // 10)):  # warm up: imports, caches
        call()
    batches = []
    for _ in range(repeats):
        began = time.perf_counter()
        for _ in range(calls):
            call()
        batches.append((time.perf_counter() - began) / calls)
    return statistics.median(batches)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls per timed batch")
    parser.add_argument("--repeats", type=int, default=7, help="timed batches (the median is reported)")
    args = parser.parse_args()
    mine = per_call(ours(), args.calls, args.repeats)
    theirs = per_call(boto3s(), max(1, args.calls // 4), args.repeats)
    ratio = mine / theirs
    print(f"generated client: {mine * 1e6:8.1f} us per call (median of {args.repeats} x {args.calls})")
    print(f"boto3           : {theirs * 1e6:8.1f} us per call (median of {args.repeats} x {max(1, args.calls // 4)})")
    print(f"ratio           : {ratio:.3f} (1/{1 / ratio:.1f}); target <= 0.200: {'met' if ratio <= 0.2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
