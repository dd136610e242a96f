"""Per-item cost of a paginator's items: the generated client vs botocore's paginator.

Both page through the same scripted pages of Connect's ListUsers (10 pages
of 100 users; each page's token names the next one) with no network: each
page is one whole client call -- validate, serialize, sign (SigV4), a
transport that answers at once, parse.  Ours is ``Client.list_users_items``
over an in-process transport; botocore's is its client's
``get_paginator("list_users")`` with the send stubbed by a ``before-send``
handler (signing happens before that event), its items read the two ways
botocore offers: ``.paginate().search("UserSummaryList")`` and a loop over
each page's ``UserSummaryList``.  Times are the fastest of interleaved
rounds (the machine is shared: only the ratios mean anything).

    python bench/paging.py [--rounds R]      # or: python bench/bench.py --only paginate
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.parse
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generated import connect  # noqa: E402
from generated.connect.client import Credentials  # noqa: E402

PAGES, PER_PAGE = 10, 100
HEADERS = {"Content-Type": "application/json", "x-amzn-RequestId": "req-1"}
ACCESS_KEY, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
INSTANCE = "12345678-1234-1234-1234-123456789012"


def scripted_pages() -> dict[str | None, bytes]:
    """Each page's body, by the token that asks for it (None: the first)."""
    pages: dict[str | None, bytes] = {}
    for page in range(PAGES):
        users = [
            {
                "Id": f"{page:04d}{i:04d}-1234-1234-1234-123456789012",
                "Arn": f"arn:aws:connect:us-east-1:123456789012:instance/abc/agent/{page}-{i}",
                "Username": f"user-{page}-{i}",
                "LastModifiedTime": 1700000000 + i,
                "LastModifiedRegion": "us-east-1",
            }
            for i in range(PER_PAGE)
        ]
        body: dict[str, object] = {"UserSummaryList": users}
        if page < PAGES - 1:
            body["NextToken"] = f"token-{page + 1}"
        pages[None if page == 0 else f"token-{page}"] = json.dumps(body).encode()
    return pages


def _token(url: str) -> str | None:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query)).get("nextToken")


class ScriptedTransport:
    """Answers each ListUsers request with the page its token names."""

    def __init__(self, pages: Mapping[str | None, bytes]) -> None:
        self.pages = pages

    def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        return 200, HEADERS, self.pages[_token(url)]


def ours(pages: Mapping[str | None, bytes]) -> Callable[[], int]:
    client = connect.Client("us-east-1", credentials=Credentials(ACCESS_KEY, SECRET), http=ScriptedTransport(pages))
    request = connect.new_list_users(INSTANCE)

    def run() -> int:
        count = 0
        for _ in client.list_users_items(request):
            count += 1
        return count

    return run


def botocore_runs(pages: Mapping[str | None, bytes]) -> tuple[Callable[[], int], Callable[[], int]]:
    import botocore.session
    from botocore.awsrequest import AWSResponse

    class Raw:
        def __init__(self, body: bytes) -> None:
            self.body = body

        def stream(self, **_: object) -> object:
            yield self.body

    def before_send(request: object, **_: object) -> AWSResponse:
        url: str = request.url  # type: ignore[attr-defined]
        return AWSResponse(url, 200, HEADERS, Raw(pages[_token(url)]))

    session = botocore.session.get_session()
    client = session.create_client(
        "connect", region_name="us-east-1", aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET
    )
    client.meta.events.register("before-send.connect.ListUsers", before_send)
    paginator = client.get_paginator("list_users")

    def search() -> int:
        count = 0
        for _ in paginator.paginate(InstanceId=INSTANCE).search("UserSummaryList"):
            count += 1
        return count

    def loop() -> int:
        count = 0
        for page in paginator.paginate(InstanceId=INSTANCE):
            for _ in page["UserSummaryList"]:
                count += 1
        return count

    return search, loop


def per_item_us(runs: list[Callable[[], int]], rounds: int) -> list[float]:
    """µs per item of each run: the fastest of ``rounds`` interleaved rounds."""
    best = [float("inf")] * len(runs)
    for run in runs:  # warm up: imports, caches, lazily loaded operations
        assert run() == PAGES * PER_PAGE
    for _ in range(rounds):
        for i, run in enumerate(runs):
            began = time.perf_counter()
            items = run()
            best[i] = min(best[i], (time.perf_counter() - began) / items * 1e6)
    return best


def measure(rounds: int) -> list[tuple[str, float, str, float]]:
    """(what, ours µs per item, peer, peer µs per item) rows."""
    pages = scripted_pages()
    search, loop = botocore_runs(pages)
    mine, theirs_search, theirs_loop = per_item_us([ours(pages), search, loop], rounds)
    what = f"ListUsers items, {PAGES} pages of {PER_PAGE} (µs per item)"
    return [
        (what, mine, "botocore paginate().search()", theirs_search),
        (what, mine, "botocore page loop", theirs_loop),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (the fastest is kept)")
    args = parser.parse_args()
    for what, mine, peer, theirs in measure(args.rounds):
        print(f"{what}: ours {mine:.2f}, {peer} {theirs:.2f}: {theirs / mine:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
