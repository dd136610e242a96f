"""Endpoint resolution: our rule-set interpreter vs botocore's EndpointProvider.

    python bench/endpoints.py [--rounds R] [--quick] [--json PATH]

Both sides load the same files, ``endpoint-rule-set-1.json`` of Connect and
S3 (the largest rule set) and ``partitions.json`` from
``../shared/conformance/botocore/endpoint-rules/``, and resolve the same
typical parameters (Connect in us-east-1; an S3 GetObject on a
virtual-hosted bucket; an S3 access point ARN).  Per case, in µs per resolve:

- first: a resolve the cache has not seen.  Ours clears its cache before each
  call (``RuleSet._memo.cache_clear()``, well under a µs); botocore's
  cache cannot be cleared, so its undecorated method runs
  (``EndpointProvider.resolve_endpoint.__wrapped__``), which is the work its
  cache wraps.
- memoized: the same parameters again, through each side's cache.  Ours
  keys its cache on the parameters with their values' types and copies the
  result (callers may change it); botocore hands back its shared result.
- build: constructing the resolver from the parsed JSON (once per client).

Times are the fastest of interleaved rounds: each round times every
candidate in turn, so a slow spell on the shared machine costs all alike,
and the minimum is the figure to compare (as the timeit documentation
advises).  Needs botocore (the test extra).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from botocore.endpoint_provider import EndpointProvider

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT.parent / "shared" / "conformance" / "botocore" / "endpoint-rules"

S3_COMMON: dict[str, object] = {
    "Region": "us-west-2",
    "UseFIPS": False,
    "UseDualStack": False,
    "ForcePathStyle": False,
    "Accelerate": False,
    "UseGlobalEndpoint": False,
    "DisableMultiRegionAccessPoints": False,
}
SERVICES = {"connect": 200, "s3": 20}
"""The rule sets, and how many builds to time per round."""
CASES: list[tuple[str, str, dict[str, object]]] = [
    ("Connect", "connect", {"Region": "us-east-1", "UseFIPS": False, "UseDualStack": False}),
    ("S3 GetObject", "s3", {**S3_COMMON, "Bucket": "amzn-s3-demo-bucket", "Key": "photos/cat.jpg"}),
    (
        "S3 access point ARN",
        "s3",
        {**S3_COMMON, "Bucket": "arn:aws:s3:us-west-2:123456789012:accesspoint/myendpoint"},
    ),
]


def load_ours() -> ModuleType:
    """templates/runtime/endpoints.py, imported from its path (as the tests do)."""
    path = ROOT / "templates" / "runtime" / "endpoints.py"
    spec = importlib.util.spec_from_file_location("aws_endpoints_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def resolvers(
    rules: Any, provider: EndpointProvider, params: dict[str, object]
) -> tuple[list[Callable[[], object]], list[Callable[[], object]]]:
    """([ours, botocore] resolving afresh, [ours, botocore] from their caches)."""
    uncached = EndpointProvider.resolve_endpoint.__wrapped__

    def ours_first() -> object:
        rules._memo.cache_clear()
        return rules.resolve(params)

    first = [ours_first, lambda: uncached(provider, **params)]
    return first, [lambda: rules.resolve(params), lambda: provider.resolve_endpoint(**params)]


def builders(ours: ModuleType, data: dict[str, Any], partitions: dict[str, Any]) -> list[Callable[[], object]]:
    """[ours, botocore] building a resolver from parsed JSON."""
    return [lambda: ours.RuleSet(data, partitions), lambda: EndpointProvider(data, partitions)]


def fastest_us(fns: list[Callable[[], object]], number: int, rounds: int) -> list[float]:
    """µs per call of each function: the fastest of ``rounds`` interleaved rounds."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for fn, spent in zip(fns, times, strict=True):
            spent.append(timeit.timeit(fn, number=number))
    return [min(spent) / number * 1e6 for spent in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (the fastest is kept)")
    parser.add_argument("--quick", action="store_true", help="a tenth of the calls per round")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args()
    rows: list[dict[str, object]] = []

    def row(case: str, kind: str, a: float, b: float) -> None:
        rows.append({"case": case, "kind": kind, "ours_us": a, "botocore_us": b, "ratio": a / b})
        digits = 0 if kind == "build" else 1
        print(f"{case:<28}{kind:>10}{a:>10.{digits}f}{b:>13.{digits}f}{a / b:>8.2f}")

    scale = 10 if args.quick else 1
    ours = load_ours()
    partitions = json.loads((RULES / "partitions.json").read_text())
    rule_sets = {name: json.loads((RULES / name / "endpoint-rule-set-1.json").read_text()) for name in SERVICES}
    print(f"{'case':<28}{'':>10}{'ours µs':>10}{'botocore µs':>13}{'ratio':>8}")
    for title, service, params in CASES:
        rules: Any = ours.RuleSet(rule_sets[service], partitions)
        provider = EndpointProvider(rule_sets[service], partitions)
        mine, theirs = rules.resolve(params), provider.resolve_endpoint(**params)
        assert (mine.url, mine.headers, mine.properties) == (theirs.url, theirs.headers, theirs.properties), title
        first, memoized = resolvers(rules, provider, params)
        for kind, fns, number in (("first", first, 2000), ("memoized", memoized, 50000)):
            row(title, kind, *fastest_us(fns, number // scale, args.rounds))
    for service, number in SERVICES.items():
        build = fastest_us(builders(ours, rule_sets[service], partitions), number // scale or 1, args.rounds)
        row(f"{service} rule set", "build", *build)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
