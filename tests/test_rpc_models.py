"""Every newest json, query and ec2 model botocore ships: validated, and its IR built.

The generator's semantic checks must accept each of them as AWS ships it,
and ``build`` must make its intermediate model.  (Its JSON Schema accepts
every model botocore ships, every API version: ``test_schema.py``'s
``test_botocore_model_is_valid``; not repeated here.)  A model is taken
when the generator chooses one of these protocols for it
(``protocols.choose``: those that list smithy-rpc-v2-cbor and json build
through json).  Building ~170 models costs most of a minute of CPU, nearly
all of it converting documentation: the models are checked by a pool of one
worker per CPU, once, and each has its own test of the outcome.  Six of
them are also generated, imported and compared with botocore by
``test_differential_protocols.py``; ``test_a_sample_of_each_protocol_generates_and_imports``
generates more here.
"""

from __future__ import annotations

import gzip
import json
import os
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from generator import load, pipeline, protocols, validate, write
from generator.errors import SpecError

from .conftest import BOTOCORE_DATA, import_bindings, newest_botocore_model, unimport_bindings

PROTOCOLS = ("json", "query", "ec2")


def _chosen(path: Path) -> str | None:
    metadata = json.loads(gzip.decompress(path.read_bytes()))["metadata"]
    chosen, _ = protocols.choose(metadata)
    return None if chosen is None else chosen.name


def _newest() -> dict[str, tuple[Path, str]]:
    found: dict[str, tuple[Path, str]] = {}
    for folder in sorted(p for p in BOTOCORE_DATA.iterdir() if p.is_dir()):
        path = newest_botocore_model(folder.name)
        if path is None:
            continue
        protocol = _chosen(path)
        if protocol in PROTOCOLS:
            found[folder.name] = (path, protocol)
    return found


MODELS = _newest()


def check_model(path: Path) -> str:
    """Check and build one model: "" when both succeed, else what went wrong."""
    from generator import build

    try:
        doc = load.parse_document(gzip.decompress(path.read_bytes()).decode("utf-8"), str(path))
        problems = validate.semantic_problems(doc)
        if problems:
            raise SpecError(problems)
        service = build.build(doc)
    except SpecError as exc:
        return "\n".join(str(p) for p in exc.problems[:20])
    except Exception:  # noqa: BLE001 - a crash is this model's failure, reported in full
        return traceback.format_exc()
    if not service.operations:
        return "the model builds no operation"
    return ""


@pytest.fixture(scope="module")
def outcomes() -> dict[str, str]:
    names = sorted(MODELS)
    with ProcessPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        results = pool.map(check_model, [MODELS[n][0] for n in names], chunksize=4)
        return dict(zip(names, results, strict=True))


def test_every_protocol_has_its_models() -> None:
    counts = Counter(protocol for _, protocol in MODELS.values())
    assert counts["json"] >= 150 and counts["query"] >= 15 and counts["ec2"] == 1, counts
    # the services that list smithy-rpc-v2-cbor first build through json
    cbor_first = [
        name
        for name, (path, _) in MODELS.items()
        if json.loads(gzip.decompress(path.read_bytes()))["metadata"].get("protocols", [""])[0] == "smithy-rpc-v2-cbor"
    ]
    assert len(cbor_first) >= 5, cbor_first


@pytest.mark.parametrize("service", sorted(MODELS), ids=lambda s: f"{s}-{MODELS[s][1]}")
def test_model_validates_and_builds(outcomes: dict[str, str], service: str) -> None:
    problem = outcomes[service]
    assert not problem, f"{service} ({MODELS[service][1]}):\n{problem}"


# More services of each protocol than the differential tests generate (EC2
# is the only ec2 model): generated in full, imported, and every operation
# module loaded.  KMS speaks awsJson 1.1 (DynamoDB and SQS 1.0), CloudWatch
# lists smithy-rpc-v2-cbor, json and query, ElastiCache is a large query model.
SAMPLE = {"json": ["kms", "cloudwatch"], "query": ["elasticache"], "ec2": []}


@pytest.mark.parametrize("protocol", [p for p in PROTOCOLS if SAMPLE[p]])
def test_a_sample_of_each_protocol_generates_and_imports(protocol: str, tmp_path: Path) -> None:
    from generator import build

    out = tmp_path / f"bindings_sample_{protocol}"
    models = {}
    jobs = []
    for service in SAMPLE[protocol]:
        assert MODELS[service][1] == protocol, service
        spec = tmp_path / "specs" / service / "service-2.json"
        spec.parent.mkdir(parents=True)
        spec.write_bytes(gzip.decompress(MODELS[service][0].read_bytes()))
        models[service] = json.loads(spec.read_text("utf-8"))
        jobs.append(pipeline.Job(spec))
    write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    try:
        for service, model in models.items():
            package = import_bindings(out, pipeline.package_of(None, model))
            expected = {n for n, op in model["operations"].items() if not build.uses_event_stream(model, op)}
            assert set(package.OPERATIONS) == expected, service
            for name in expected:  # every operation module imports
                assert package.OPERATIONS[name].name == name
            assert package.Client.__name__ == "Client"
    finally:
        unimport_bindings(out)
