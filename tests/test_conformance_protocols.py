"""AWS's awsJson, query and ec2 protocol tests (botocore's copy), run against generated bindings.

The companion of ``test_conformance_restjson.py`` (whose docstring says how
a case runs; the checks themselves are ``tests/conformance/harness.py``'s)
for every input and output file of ``json`` (awsJson 1.1), ``json_1_0``,
``json_1_0-query-compatible``, ``query`` and ``ec2``, and the ``legacy/``
files of json, query and ec2.  Ids are ``<key>/<case id>``, where the key
is the file's name without ``.json`` (the key ``conformance_skips.yaml``
and botocore's ignore list use; a legacy file shares its main file's key).

What differs from rest-json:

* query and ec2 request bodies are compared as exact strings (fields in the
  model's order), their ``Content-Type`` by media type (the vectors leave
  out the ``; charset=utf-8`` that botocore and the bindings send);
* the Smithy-derived query output suites give operations no
  ``resultWrapper``, which every real query model has: as botocore's own
  runner does, an output without one gets ``<Operation>Result`` (the
  element the responses wrap it in);
* every file is generated into one output folder (the suites are small).

Operations are otherwise generated exactly as the vectors state them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import runtime_of
from tests.conformance.harness import (
    Case,
    Generated,
    GenerationFailed,
    differences,
    error_problems,
    load_cases,
    plan_packages,
    request_problems,
    to_python,
)

CONFORMANCE = Path(__file__).resolve().parents[2] / "shared" / "conformance"
PROTOCOLS = CONFORMANCE / "botocore" / "protocols"
SKIP_FILE = Path(__file__).resolve().parent / "conformance_skips.yaml"

#: key -> (file under PROTOCOLS, kind, id prefix)
FILES: dict[str, list[tuple[str, str, str]]] = {
    "json": [
        ("input/json.json", "input", "input"),
        ("output/json.json", "output", "output"),
        ("legacy/input/json.json", "input", "legacy-input"),
        ("legacy/output/json.json", "output", "legacy-output"),
    ],
    "json_1_0": [
        ("input/json_1_0.json", "input", "input"),
        ("output/json_1_0.json", "output", "output"),
    ],
    "json_1_0-query-compatible": [
        ("input/json_1_0-query-compatible.json", "input", "input"),
        ("output/json_1_0-query-compatible.json", "output", "output"),
    ],
    "query": [
        ("input/query.json", "input", "input"),
        ("output/query.json", "output", "output"),
        ("legacy/input/query.json", "input", "legacy-input"),
        ("legacy/output/query.json", "output", "legacy-output"),
    ],
    "ec2": [
        ("input/ec2.json", "input", "input"),
        ("output/ec2.json", "output", "output"),
        ("legacy/input/ec2.json", "input", "legacy-input"),
        ("legacy/output/ec2.json", "output", "legacy-output"),
    ],
}
FORM_PROTOCOLS = ("query", "ec2")

if not PROTOCOLS.is_dir():
    pytest.skip(
        f"protocol test vectors not found at {PROTOCOLS} (CI checks out the shared data next to the repository)",
        allow_module_level=True,
    )


def _with_result_wrapper(case: Case) -> Case:
    """A Smithy-derived query output case, its output given ``<Operation>Result``."""
    output = case.given.get("output")
    if case.suite["metadata"].get("protocol") != "query" or output is None or "resultWrapper" in output:
        return case
    given = copy.deepcopy(case.given)
    given["output"]["resultWrapper"] = given["name"] + "Result"
    fixed = copy.copy(case)
    fixed.case = {**case.case, "given": given}
    return fixed


def _load(key: str) -> list[Case]:
    cases = []
    for source, kind, prefix in FILES[key]:
        for case in load_cases(PROTOCOLS, source, kind, f"{key}/{prefix}"):
            cases.append(_with_result_wrapper(case))
    return cases


CASES: dict[str, list[Case]] = {key: _load(key) for key in FILES}
ALL_CASES = [case for cases in CASES.values() for case in cases]
PLANS = plan_packages(ALL_CASES, "conformance_rpc", "RpcTest")
_SKIP_TABLE: dict[str, Any] = yaml.safe_load(SKIP_FILE.read_text("utf-8")) or {}
#: "<key>/<case id>" -> reason
SKIPS: dict[str, str] = {f"{key}/{ident}": reason for key in FILES for ident, reason in (_SKIP_TABLE.get(key) or {}).items()}


def _key(case: Case) -> str:
    return case.id.split("/", 1)[0]


def _params(kind: str) -> Iterator[Any]:
    for case in ALL_CASES:
        if case.kind != kind:
            continue
        marks = [pytest.mark.skip(reason=SKIPS[case.id])] if case.id in SKIPS else []
        yield pytest.param(case, id=case.id, marks=marks)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    result = Generated(PLANS, tmp_path_factory.mktemp("conformance-rpc"))
    yield result
    result.close()


def _package(generated: Generated, case: Case) -> Any:
    try:
        return generated.package(case.package)
    except GenerationFailed as exc:
        reason = str(exc)
    pytest.fail(f"{case.id} ({case.title}): no bindings for {case.package}: {reason}", pytrace=False)


def _fail(case: Case, problems: list[str]) -> None:
    if problems:
        lines = "\n  ".join(problems)
        pytest.fail(f"{case.id} ({case.title}):\n  {lines}", pytrace=False)


def _build_request(generated: Generated, case: Case) -> tuple[Any, Any]:
    package = _package(generated, case)
    operation = package.OPERATIONS[case.given["name"]]
    input_shape = case.given.get("input", {}).get("shape")
    params = to_python(case.shapes, input_shape, case.case.get("params") or {})
    return operation, operation.input.from_dict(params)


@pytest.mark.parametrize("case", _params("input"))
def test_request(generated: Generated, case: Case) -> None:
    operation, request = _build_request(generated, case)
    http = operation.serialize(request, validate=False)
    _fail(case, request_problems(case, http, form=_key(case) in FORM_PROTOCOLS))


@pytest.mark.parametrize("case", _params("input"))
def test_request_validates(generated: Generated, case: Case) -> None:
    operation, request = _build_request(generated, case)
    unchecked = operation.serialize(request, validate=False)
    try:
        checked = operation.serialize(request, validate=True)
    except runtime_of(_package(generated, case), "errors").ValidationError as exc:
        pytest.fail(f"{case.id} ({case.title}): validation rejects the vector's params: {'; '.join(exc.errors)}", pytrace=False)
    assert checked == unchecked


@pytest.mark.parametrize("case", _params("output"))
def test_response(generated: Generated, case: Case) -> None:
    package = _package(generated, case)
    operation = package.OPERATIONS[case.given["name"]]
    response = case.case["response"]
    status = response["status_code"]
    headers = response.get("headers") or {}
    body = (response.get("body") or "").encode("utf-8")
    if "errorCode" in case.case:
        try:
            result = operation.deserialize(status, headers, body)
        except Exception as exc:  # noqa: BLE001 - what it raises is the test
            problems = error_problems(case, package, exc)
        else:
            problems = [f"expected error {case.case['errorCode']!r}, got {result!r}"]
        _fail(case, problems)
        return
    try:
        result = operation.deserialize(status, headers, body)
    except Exception as exc:  # noqa: BLE001 - a failure to report, not a crash of the runner
        pytest.fail(f"{case.id} ({case.title}): deserialize raised {type(exc).__name__}: {exc}", pytrace=False)
    actual = result.to_dict()
    actual.pop("ResponseMetadata", None)
    output_shape = case.given.get("output", {}).get("shape")
    expected = to_python(case.shapes, output_shape, case.case.get("result") or {})
    _fail(case, differences(expected, actual))


# --- the skip file and the vectors ------------------------------------------------


def test_skip_file_names_existing_cases() -> None:
    known = {case.id for case in ALL_CASES}
    stale = sorted(set(SKIPS) - known)
    assert not stale, f"{SKIP_FILE.name} skips cases that do not exist: {stale}"
    for ident, reason in SKIPS.items():
        assert isinstance(reason, str) and reason.strip() and "\n" not in reason.strip(), (
            f"{SKIP_FILE.name}: {ident} needs a one-line reason"
        )


def test_vectors_are_all_collected() -> None:
    """The case counts of the shared data's README, file by file."""
    counts = {
        f"{key}/{prefix}": sum(1 for c in CASES[key] if c.id.startswith(f"{key}/{prefix}/"))
        for key, files in FILES.items()
        for _, _, prefix in files
    }
    assert counts == {
        "json/input": 54,
        "json/output": 58,
        "json/legacy-input": 24,
        "json/legacy-output": 20,
        "json_1_0/input": 21,
        "json_1_0/output": 32,
        "json_1_0-query-compatible/input": 1,
        "json_1_0-query-compatible/output": 2,
        "query/input": 38,
        "query/output": 38,
        "query/legacy-input": 25,
        "query/legacy-output": 19,
        "ec2/input": 29,
        "ec2/output": 29,
        "ec2/legacy-input": 12,
        "ec2/legacy-output": 13,
    }
