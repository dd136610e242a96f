"""Cost of making a client: the generated ``connect.Client`` vs botocore's.

Making a client reads the shared config and credentials files, resolves
credentials through the provider chain (here: a profile's keys in the
shared credentials file, found after the environment variables are
tried), and resolves the endpoint with Connect's rule set.  Both sides do
it from the same files in a temporary HOME, with no network:

* ours: ``connect.Client("us-east-1")``;
* botocore, two ways: ``Session().create_client("connect", "us-east-1")``
  with a new session each time (as a new process: the model is read and
  parsed again), and ``create_client`` on one session kept for the run
  (its loader's cache warm: the cheapest botocore gets).

Then the first call's extra cost: the per-call endpoint (cached per
client on our side) and credentials are the same objects afterwards, so
``bench/client_call.py`` already measures every later call.

    python bench/client_setup.py [--clients N] [--repeats R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generated import connect  # noqa: E402


def home() -> Path:
    """A HOME whose default profile has keys; no AWS_* variable set."""
    root = Path(tempfile.mkdtemp(prefix="bench-home-"))
    (root / ".aws").mkdir()
    (root / ".aws" / "config").write_text("[default]\nregion = us-east-1\nretry_mode = standard\n")
    (root / ".aws" / "credentials").write_text(
        "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n"
    )
    for name in list(os.environ):
        if name.startswith("AWS_"):
            del os.environ[name]
    os.environ.update(
        HOME=str(root),
        AWS_CONFIG_FILE=str(root / ".aws" / "config"),
        AWS_SHARED_CREDENTIALS_FILE=str(root / ".aws" / "credentials"),
        AWS_EC2_METADATA_DISABLED="true",
    )
    return root


def ours() -> object:
    client = connect.Client("us-east-1")
    client.close()
    return client


def botocore_new_session() -> object:
    import botocore.session

    client = botocore.session.Session().create_client("connect", "us-east-1")
    client.close()
    return client


def botocore_one_session() -> Callable[[], object]:
    import botocore.session

    session = botocore.session.Session()

    def make() -> object:
        client = session.create_client("connect", "us-east-1")
        client.close()
        return client

    return make


def per_client(make: Callable[[], object], clients: int, repeats: int) -> float:
    """Median seconds per client over ``repeats`` timed batches."""
    for _ in range(3):  # warm up: imports, botocore's model cache
        make()
    batches = []
    for _ in range(repeats):
        began = time.perf_counter()
        for _ in range(clients):
            make()
        batches.append((time.perf_counter() - began) / clients)
    return statistics.median(batches)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="clients per timed batch")
    parser.add_argument("--repeats", type=int, default=5, help="timed batches (the median is reported)")
    args = parser.parse_args()
    home()
    few = max(1, args.clients // 10)
    mine = per_client(ours, args.clients, args.repeats)
    fresh = per_client(botocore_new_session, few, args.repeats)
    warm = per_client(botocore_one_session(), few, args.repeats)
    print(f"generated client             : {mine * 1e3:8.2f} ms per client (median of {args.repeats} x {args.clients})")
    print(f"botocore, a new session each : {fresh * 1e3:8.2f} ms per client (median of {args.repeats} x {few})")
    print(f"botocore, one session        : {warm * 1e3:8.2f} ms per client (median of {args.repeats} x {few})")
    print(f"ratios                       : {mine / fresh:.4f} (1/{fresh / mine:.0f}), {mine / warm:.4f} (1/{warm / mine:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
