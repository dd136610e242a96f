"""AWS's rest-json protocol tests (botocore's copy), run against generated bindings.

The vectors live outside the repository, in ``../shared/conformance`` (see
its README for the format and value conventions); the module is skipped when
that folder is missing.  Every suite becomes one generated package (split
when two of its cases define the same operation differently), generated once
per module.  Each case then runs as:

* ``test_request[input/<id>]``: ``params`` → ``Input.from_dict`` →
  ``serialize(validate=False)``, compared with ``serialized``: method, URI
  (path and query, exact), headers (a case-insensitive subset; list-valued
  header members compare item by item, since Smithy joins items with ``", "``
  and the legacy suites with ``","``), ``forbidHeaders``, body (JSON as
  values, raw payloads and empty bodies as bytes) and host.  The bindings
  never set ``Content-Length`` (the transport does), so ``requireHeaders:
  [Content-Length]`` is not checked, as in botocore.  Our ``HttpRequest``
  holds a path relative to the endpoint, so the runner, standing in for the
  transport, prefixes the path of the suite's ``clientEndpoint``.
* ``test_request_validates[input/<id>]``: the same request must also pass
  ``serialize(validate=True)`` and serialize identically.
* ``test_response[output/<id>]``: ``deserialize(status, headers, body)``;
  a success result's ``to_dict()`` (without ``ResponseMetadata``) must equal
  ``result``; an error must raise the error shape's class with ``code ==
  errorCode``, ``message == errorMessage`` (``""`` when absent, as botocore
  expects) and every modeled field equal to ``error`` (``None`` when absent).

Operations are generated from ``given`` exactly as the vectors state it (the
legacy output suites omit ``http``; no default is filled in, so a generator
that cannot cope fails those cases).  The one legacy input case without
``params`` (botocore skips it) runs with ``{}``.

``conformance_skips.yaml`` lists the cases we cannot or should not pass,
each with its reason.  Everything else, including cases botocore's own
ignore list skips, runs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

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
PROTOCOL = "rest-json"

#: (file under PROTOCOLS, kind, id prefix)
FILES = [
    ("input/rest-json.json", "input", "input"),
    ("output/rest-json.json", "output", "output"),
    ("legacy/input/rest-json.json", "input", "legacy-input"),
    ("legacy/output/rest-json.json", "output", "legacy-output"),
]

if not PROTOCOLS.is_dir():
    pytest.skip(
        f"protocol test vectors not found at {PROTOCOLS} (CI checks out the shared data next to the repository)",
        allow_module_level=True,
    )

CASES: list[Case] = [case for source, kind, prefix in FILES for case in load_cases(PROTOCOLS, source, kind, prefix)]
PLANS = plan_packages(CASES, "conformance_restjson", "RestJsonTest")
SKIPS: dict[str, str] = (yaml.safe_load(SKIP_FILE.read_text("utf-8")) or {}).get(PROTOCOL) or {}


def _params(kind: str) -> Iterator[Any]:
    for case in CASES:
        if case.kind != kind:
            continue
        marks = [pytest.mark.skip(reason=SKIPS[case.id])] if case.id in SKIPS else []
        yield pytest.param(case, id=case.id, marks=marks)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    result = Generated(PLANS, tmp_path_factory.mktemp("conformance-restjson"))
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


# --- requests ----------------------------------------------------------------


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
    _fail(case, request_problems(case, http))


def package_runtime(operation: Any) -> Any:
    """The (rest-json) runtime of the output folder ``operation`` belongs to."""
    return sys.modules[type(operation).__module__.rsplit(".", 1)[0] + ".restjson"]


@pytest.mark.parametrize("case", _params("input"))
def test_request_validates(generated: Generated, case: Case) -> None:
    operation, request = _build_request(generated, case)
    unchecked = operation.serialize(request, validate=False)
    try:
        checked = operation.serialize(request, validate=True)
    except package_runtime(operation).ValidationError as exc:
        rejected = "; ".join(exc.errors)
    else:
        rejected = ""
    if rejected:
        pytest.fail(f"{case.id} ({case.title}): validation rejects the vector's params: {rejected}", pytrace=False)
    assert checked == unchecked


# --- responses -----------------------------------------------------------------


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
        raised = f"{type(exc).__name__}: {exc}"
    else:
        raised = ""
    if raised:
        pytest.fail(f"{case.id} ({case.title}): deserialize raised {raised}", pytrace=False)
    actual = result.to_dict()
    actual.pop("ResponseMetadata", None)
    output_shape = case.given.get("output", {}).get("shape")
    expected = to_python(case.shapes, output_shape, case.case.get("result") or {})
    _fail(case, differences(expected, actual))


# --- the skip file ---------------------------------------------------------------


def test_skip_file_names_existing_cases() -> None:
    known = {case.id for case in CASES}
    stale = sorted(set(SKIPS) - known)
    assert not stale, f"{SKIP_FILE.name} skips cases that do not exist: {stale}"
    for ident, reason in SKIPS.items():
        assert isinstance(reason, str) and reason.strip() and "\n" not in reason.strip(), (
            f"{SKIP_FILE.name}: {ident} needs a one-line reason"
        )


def test_vectors_are_all_collected() -> None:
    counts = {prefix: sum(1 for c in CASES if c.id.startswith(prefix + "/")) for _, _, prefix in FILES}
    assert counts == {"input": 113, "output": 91, "legacy-input": 56, "legacy-output": 33}
