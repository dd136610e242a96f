"""Benchmarks: every figure a ratio against a peer measured in the same run.

    python bench/bench.py            # all of it (about two minutes)
    python bench/bench.py --quick    # fewer repetitions
    python bench/bench.py --only import --only serialize   # some of it
    python bench/bench.py --only protocols --only ec2      # awsJson/ec2 rows, EC2 at scale

Peers: botocore's rest-json serializer and parser (the same models), a
hand-written floor (straight-line code over the same dataclasses, then
``json.dumps``/``json.loads``), ``import boto3`` plus a Connect client, and
mypy-boto3-builder when it is installed (in its own virtualenv: set
``MYPY_BOTO3_BUILDER`` to its ``mypy_boto3_builder`` script).
Times are the fastest of interleaved rounds (fresh interpreters: medians);
the machine is shared, so only the ratios mean anything.  Needs the test extra (botocore) installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import botocore.model  # noqa: E402
import botocore.parsers  # noqa: E402
import botocore.serialize  # noqa: E402

import protocols  # noqa: E402  (bench/protocols.py)
from generated.connect import OPERATIONS  # noqa: E402
from generated._runtime import restjson as rt  # noqa: E402

MODEL = botocore.model.ServiceModel(
    json.loads((ROOT / "specs/connect/service-2.json").read_text())
)
ROWS: list[tuple[str, str, str, str, str]] = []


def fastest_us(
    fns: list[Callable[[], object]],
    number: int,
    repeat: int,
    json_mode: list[bool] | None = None,
) -> list[float]:
    """µs per call of each function: the fastest of ``repeat`` interleaved rounds.

    The machine is shared and its speed drifts: each round times every
    function once, in turn, so that a slow spell costs all of them alike, and
    the fastest round is kept (other jobs only ever add time; as the timeit
    documentation advises, the minimum is the figure to compare).
    ``json_mode[i]`` says whether the bindings use orjson while ``fns[i]`` runs.
    """
    times: list[list[float]] = [[] for _ in fns]
    modes = json_mode or [rt.use_orjson(True)] * len(fns)
    for _ in range(repeat):
        for fn, spent, fast in zip(fns, times, modes):
            rt.use_orjson(fast)
            spent.append(timeit.timeit(fn, number=number))
    rt.use_orjson(True)
    return [min(spent) / number * 1e6 for spent in times]


def row(
    what: str,
    ours: float,
    peer_name: str,
    peer: float,
    target: str,
    higher_is_better: bool = True,
) -> None:
    ratio = peer / ours if higher_is_better else ours / peer
    ROWS.append(
        (what, f"{ours:,.2f}", f"{peer_name} {peer:,.2f}", f"{ratio:.2f}x", target)
    )


PARAMS: dict[str, Any] = {
    "InstanceId": "12345678-1234-1234-1234-123456789012",
    "ContactFlowId": "87654321-4321-4321-4321-210987654321",
    "ParticipantDetails": {"DisplayName": "Jane Doe"},
    "Attributes": {"customerId": "42", "tier": "gold"},
    "InitialMessage": {
        "ContentType": "text/plain",
        "Content": "Hello, I need help with my order.",
    },
    "ClientToken": "5d1a9e1e-2b4c-4d55-8f61-9a1b2c3d4e5f",
}


def floor_serialize(request: Any) -> bytes:
    """The hand-written floor: straight-line dict building, then json.dumps."""
    details = request.participant_details
    message = request.initial_message
    return json.dumps(
        {
            "InstanceId": request.instance_id,
            "ContactFlowId": request.contact_flow_id,
            "ParticipantDetails": {"DisplayName": details.display_name},
            "Attributes": request.attributes,
            "InitialMessage": {
                "ContentType": message.content_type,
                "Content": message.content,
            },
            "ClientToken": request.client_token,
        }
    ).encode()


def bench_serialize(n: int, r: int) -> None:
    op = OPERATIONS["StartChatContact"]
    model = MODEL.operation_model("StartChatContact")
    plain = botocore.serialize.create_serializer("rest-json", include_validation=False)
    validating = botocore.serialize.create_serializer(
        "rest-json", include_validation=True
    )
    request = op.input.from_dict(PARAMS)
    have_orjson = rt.use_orjson(True)
    for fast in (False, True) if have_orjson else (False,):
        label = "orjson" if fast else "stdlib"
        ours, botocore_us, floor_us, ours_v, botocore_v = fastest_us(
            [
                lambda: op.serialize(request, validate=False),
                lambda: plain.serialize_to_request(PARAMS, model),
                lambda: floor_serialize(request),
                lambda: op.serialize(request),
                lambda: validating.serialize_to_request(PARAMS, model),
            ],
            n,
            r,
            json_mode=[fast, fast, fast, fast, fast],
        )
        row(
            f"serialize StartChatContact, no validation ({label})",
            ours,
            "floor",
            floor_us,
            "≤ 1.3x floor" if not fast else "",
            False,
        )
        row(
            f"serialize StartChatContact, no validation ({label})",
            ours,
            "botocore",
            botocore_us,
            "≥ 3.5x" if not fast else "≥ 8x",
        )
        row(
            f"serialize StartChatContact, validated ({label})",
            ours_v,
            "botocore validated",
            botocore_v,
            "≥ 3.5x",
        )


def list_users_body(count: int) -> bytes:
    users = [
        {
            "Id": f"{i:08d}-1234-1234-1234-123456789012",
            "Arn": f"arn:aws:connect:us-east-1:123456789012:instance/abc/agent/{i:08d}",
            "Username": f"user{i}",
            "LastModifiedTime": 1700000000 + i,
            "LastModifiedRegion": "us-east-1",
        }
        for i in range(count)
    ]
    return json.dumps(
        {"UserSummaryList": users, "NextToken": "next", "LastModifiedTime": 1700000000}
    ).encode()


def floor_parse_small(cls: Any, body: bytes) -> Any:
    data = json.loads(body)
    return cls(
        http_status=200,
        contact_id=data.get("ContactId"),
        participant_id=data.get("ParticipantId"),
        participant_token=data.get("ParticipantToken"),
    )


def bench_parse(n: int, r: int) -> None:
    import datetime

    from generated.connect import UserSummary

    parser = botocore.parsers.create_parser("rest-json")
    small_op = OPERATIONS["StartChatContact"]
    small = json.dumps(
        {
            "ContactId": "c" * 36,
            "ParticipantId": "p" * 36,
            "ParticipantToken": "t" * 300,
        }
    ).encode()
    large_op = OPERATIONS["ListUsers"]
    large = list_users_body(100)
    headers = {"x-amzn-RequestId": "req", "Content-Type": "application/json"}
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)

    def floor_large(body: bytes) -> Any:
        data = json.loads(body)
        return large_op.output(
            http_status=200,
            next_token=data.get("NextToken"),
            user_summary_list=[
                UserSummary(
                    id=u.get("Id"),
                    arn=u.get("Arn"),
                    username=u.get("Username"),
                    last_modified_time=epoch
                    + datetime.timedelta(seconds=u["LastModifiedTime"]),
                    last_modified_region=u.get("LastModifiedRegion"),
                )
                for u in data["UserSummaryList"]
            ],
        )

    cases = [
        (
            "StartChatContact response",
            small_op,
            small,
            lambda: floor_parse_small(small_op.output, small),
            "1.5x",
            n,
        ),
        (
            "ListUsers response, 100 users",
            large_op,
            large,
            lambda: floor_large(large),
            "2x",
            max(1, n // 50),
        ),
    ]
    have_orjson = rt.use_orjson(True)
    for what, op, body, floor, target, count in cases:
        shape = MODEL.operation_model(op.name).output_shape
        response = {
            "status_code": 200,
            "headers": {k.lower(): v for k, v in headers.items()},
            "body": body,
        }
        ours_std, floor_us, botocore_us, ours_fast = fastest_us(
            [
                lambda: op.deserialize(200, headers, body),
                floor,
                lambda: parser.parse(response, shape),
                lambda: op.deserialize(200, headers, body),
            ],
            count,
            r,
            json_mode=[False, False, False, True],
        )
        row(
            f"parse {what} (stdlib)", ours_std, "floor", floor_us, "≤ 1.3x floor", False
        )
        row(f"parse {what} (stdlib)", ours_std, "botocore", botocore_us, f"≥ {target}")
        if have_orjson:
            row(f"parse {what} (orjson)", ours_fast, "botocore", botocore_us, "≥ 3x")
    rt.use_orjson(True)


def bench_paginate(r: int) -> None:
    """``_items`` per item against botocore's paginator (bench/paging.py)."""
    from paging import measure  # bench/paging.py, beside this script

    for what, ours, peer, theirs in measure(r):
        row(what, ours, peer, theirs, "≥ 2x")


def fresh(codes: list[str], runs: int) -> list[float]:
    """Median wall time (ms) of a new interpreter running each of ``codes``.

    Bytecode caching is on (as for any installed package) and one warm-up
    run of each writes the caches first, for ours and for boto3 alike.  The
    codes run in interleaved rounds, so that drift costs all of them alike.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for code in codes:
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, env=env)
    times: list[list[float]] = [[] for _ in codes]
    for _ in range(runs):
        for code, spent in zip(codes, times):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, env=env)
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) * 1000 for spent in times]


def bench_import(runs: int) -> None:
    """Both installs: the default one (standard-library JSON; orjson blocked as
    if not installed) and the ``fast`` extra's (orjson, which itself imports
    ``uuid`` and ``zoneinfo``)."""
    use = (
        "from generated.connect import OPERATIONS, new_start_chat_contact, new_participant_details;"
        "OPERATIONS['StartChatContact'].serialize(new_start_chat_contact('i','f',new_participant_details('n')))"
    )
    without_orjson = "import sys; sys.modules['orjson'] = None;"  # import orjson now raises ImportError
    boto, baseline, ours_std, base_std, ours_fast = fresh(
        [
            "import boto3; boto3.client('connect', region_name='us-east-1')",
            "pass",
            without_orjson + use,
            without_orjson,
            use,
        ],
        runs,
    )
    for label, ours, base in (
        ("stdlib", ours_std, base_std),
        ("orjson", ours_fast, baseline),
    ):
        ROWS.append(
            (
                f"fresh interpreter: import StartChatContact + serialize ({label}; ms, minus bare startup)",
                f"{ours - base:,.1f}",
                f"import boto3 + client {boto - baseline:,.1f}",
                f"{(boto - baseline) / (ours - base):.1f}x",
                "≥ 10x",
            )
        )


def peak_rss(code: str) -> float:
    """Peak RSS (MiB) of a new interpreter running ``code``, as it reports itself."""
    probe = (
        code
        + "\nimport resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout.split()[-1]) / 1024


def timed(command: list[str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def builder_peer(work: Path, ours: float) -> tuple[str, str]:
    """mypy-boto3-builder generating Connect: the peer cell and the ratio.

    The builder is found on PATH or at ``$MYPY_BOTO3_BUILDER`` (it needs its
    own virtualenv: it pins another boto3).  When it fails on this Connect
    model, the time it took to fail is a lower bound on the time it needs,
    and the row says so.
    """
    builder = os.environ.get("MYPY_BOTO3_BUILDER") or shutil.which("mypy_boto3_builder")
    if not builder:
        return "mypy-boto3-builder: not installed (see MYPY_BOTO3_BUILDER)", "n/a"
    command = [
        builder,
        str(work / "mbb"),
        "-s",
        "connect",
        "--product",
        "boto3-services",
        "--no-smart-version",
    ]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    spent = time.perf_counter() - start
    if result.returncode == 0:
        return f"mypy-boto3-builder connect {spent:.2f}", f"{spent / ours:.1f}x"
    error = (result.stderr.strip().splitlines() or ["no output"])[-1][:60]
    return (
        f"mypy-boto3-builder connect ≥ {spent:.2f} (failed: {error})",
        f"≥ {spent / ours:.1f}x",
    )


def bench_regeneration() -> None:
    gen = [sys.executable, "-m", "generator", "generate", "--no-progress"]
    work = Path(tempfile.mkdtemp(prefix="bench-regen-"))
    try:
        shutil.copytree(ROOT / "specs", work / "specs")
        empty = timed(
            gen
            + [str(work / "specs" / s) for s in ("connect", "connectparticipant")]
            + ["--out", str(work / "out")]
        )
        unchanged = timed(
            gen
            + [str(work / "specs" / s) for s in ("connect", "connectparticipant")]
            + ["--out", str(work / "out")]
        )
        model = json.loads((work / "specs/connect/service-2.json").read_text())
        model["operations"]["StartChatContact"]["documentation"] += "<p>Changed.</p>"
        model["shapes"]["StartChatContactRequest"]["members"]["ExtraField"] = {
            "shape": "ClientToken"
        }
        (work / "specs/connect/service-2.json").write_text(json.dumps(model))
        one_op = timed(
            gen
            + [str(work / "specs" / s) for s in ("connect", "connectparticipant")]
            + ["--out", str(work / "out")]
        )
        ROWS.append(
            (
                "regenerate, nothing changed (s)",
                f"{unchanged:.2f}",
                "target 1 s",
                f"{1 / unchanged:.1f}x",
                "< 1 s",
            )
        )
        ROWS.append(
            (
                "regenerate after a one-operation change (s)",
                f"{one_op:.2f}",
                "target 3 s",
                f"{3 / one_op:.1f}x",
                "< 3 s",
            )
        )
        ROWS.append(
            (
                "regenerate from an empty folder (s)",
                f"{empty:.2f}",
                *builder_peer(work, empty),
                "≤ peer",
            )
        )
        specs = [str(work / "specs" / s) for s in ("connect", "connectparticipant")]
        rss_gen = peak_rss(
            f"from generator.cli import main\nmain(['generate', *{specs!r}, '--out', {str(work / 'out2')!r}])"
        )
        rss_import = peak_rss(
            "import generated.connect as c\nfor n in dir(c): getattr(c, n)"
        )
        ROWS.append(
            (
                "peak RSS, full regeneration from empty (MiB)",
                f"{rss_gen:.0f}",
                "",
                "",
                "reported",
            )
        )
        ROWS.append(
            (
                "peak RSS, process importing all of Connect (MiB)",
                f"{rss_import:.0f}",
                "",
                "",
                "reported",
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", help="also write the table as JSON to this file")
    parser.add_argument(
        "--only",
        choices=[
            "serialize",
            "parse",
            "paginate",
            "import",
            "regenerate",
            "protocols",
            "ec2",
        ],
        action="append",
        help="run only these (repeatable)",
    )
    args = parser.parse_args()
    n, r, runs = (2000, 5, 5) if args.quick else (20000, 7, 15)
    parts: dict[str, Callable[[], None]] = {
        "serialize": lambda: bench_serialize(n, r),
        "parse": lambda: bench_parse(n, r),
        "paginate": lambda: bench_paginate(r),
        "import": lambda: bench_import(runs),
        "regenerate": bench_regeneration,
        # awsJson and ec2 against botocore, and EC2 at scale (bench/protocols.py)
        "protocols": lambda: protocols.bench_wire(row, n, r),
        "ec2": lambda: protocols.bench_ec2(ROWS, fresh, runs),
    }
    for name, run in parts.items():
        if not args.only or name in args.only:
            run()
    header = ("measure", "ours (µs unless noted)", "peer", "ratio", "target")
    widths = [max(len(str(x[i])) for x in ROWS + [header]) for i in range(5)]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {os.uname().machine}"
    )
    for line in [header, tuple("-" * w for w in widths), *ROWS]:
        print(" | ".join(str(cell).ljust(w) for cell, w in zip(line, widths)))
    if args.json:
        Path(args.json).write_text(
            json.dumps([dict(zip(header, r)) for r in ROWS], indent=1)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
