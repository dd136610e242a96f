"""Endpoint rule sets through the generated packages and clients.

Every case of AWS's endpoint tests for the bundled services runs through
``generated.<pkg>.endpoints.resolve_endpoint`` (the rule sets in
``specs/<service>/`` are the ones beside the tests); the cases that go
through an operation (``operationInputs``) run through a generated client
with a recording transport, for every service whose model the generator
builds.  tests/test_endpoint_rules.py runs all 14,027 cases against the
runtime's resolver directly.
"""

from __future__ import annotations

import gzip
import importlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from generated import connect, connectparticipant
from generated._runtime.credentials import Credentials
from generated.connect import endpoints as connect_endpoints
from generated.connectparticipant import endpoints as participant_endpoints
from generator import load, pipeline, protocols, write

from .conftest import ROOT, SHARED, import_bindings, newest_botocore_model, unimport_bindings

RULES = SHARED / "conformance" / "botocore" / "endpoint-rules"
CREDENTIALS = Credentials("AKIDENDPOINT", "endpoint-secret")


def _cases(service: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((RULES / service / "endpoint-tests-1.json").read_text())["testCases"]
    return cases


@pytest.mark.parametrize(
    "service, module", [("connect", connect_endpoints), ("connectparticipant", participant_endpoints)]
)
def test_the_bundled_rule_sets_are_the_tested_ones_and_pass_every_case(service: str, module: Any) -> None:
    bundled = json.loads((ROOT / "specs" / service / "endpoint-rule-set-1.json").read_text())
    assert bundled == json.loads((RULES / service / "endpoint-rule-set-1.json").read_text())
    assert json.loads(module.RULE_SET) == bundled
    cases = _cases(service)
    assert cases
    for case in cases:
        expect = case["expect"]
        if "error" in expect:
            with pytest.raises(module.EndpointResolutionError) as caught:
                module.resolve_endpoint(case.get("params", {}))
            assert str(caught.value) == expect["error"], case["documentation"]
        else:
            endpoint = module.resolve_endpoint(case.get("params", {}))
            assert endpoint.url == expect["endpoint"]["url"], case["documentation"]
            assert endpoint.headers == expect["endpoint"].get("headers", {}), case["documentation"]
            assert endpoint.properties == expect["endpoint"].get("properties", {}), case["documentation"]


class Recording:
    def __init__(self, body: bytes = b"{}") -> None:
        self.calls: list[tuple[str, str, dict[str, str]]] = []
        self.body = body

    def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        self.calls.append((method, url, dict(headers)))
        return 200, {}, self.body


def _scope(headers: Mapping[str, str]) -> tuple[str, str]:
    """(region, service) of a SigV4 Authorization header's credential scope."""
    credential = headers["Authorization"].split("Credential=", 1)[1].split(",", 1)[0]
    _, _, region, service, _ = credential.split("/")
    return region, service


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in list(__import__("os").environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    return tmp_path


def _list_users(client: connect.Client, transport: Recording) -> tuple[str, dict[str, str]]:
    client.list_users(connect.new_list_users("instance-1"))
    return transport.calls[-1][1], transport.calls[-1][2]


def test_the_client_resolves_china_govcloud_fips_and_dual_stack(clean_env: Path) -> None:
    transport = Recording()
    url, headers = _list_users(connect.Client("cn-north-1", credentials=CREDENTIALS, http=transport), transport)
    assert url.startswith("https://connect.cn-north-1.amazonaws.com.cn/")
    assert _scope(headers) == ("cn-north-1", "connect")
    url, _ = _list_users(
        connect.Client("us-gov-west-1", credentials=CREDENTIALS, http=transport, use_fips=True), transport
    )
    assert url.startswith(connect_endpoints.resolve_endpoint({"Region": "us-gov-west-1", "UseFIPS": True}).url)
    url, _ = _list_users(
        connect.Client("us-east-1", credentials=CREDENTIALS, http=transport, use_dualstack=True), transport
    )
    assert url.startswith("https://connect.us-east-1.api.aws/")


def test_fips_and_endpoints_come_from_the_environment_and_the_config_file(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    transport = Recording()
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "true")
    url, _ = _list_users(connect.Client("us-east-1", credentials=CREDENTIALS, http=transport), transport)
    assert url.startswith("https://connect-fips.us-east-1.amazonaws.com/")
    monkeypatch.delenv("AWS_USE_FIPS_ENDPOINT")
    monkeypatch.setenv("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:9999/base")
    url, headers = _list_users(connect.Client("us-east-1", credentials=CREDENTIALS, http=transport), transport)
    assert url.startswith("http://127.0.0.1:9999/base/users-summary/instance-1")
    assert headers["Host"] == "127.0.0.1:9999"
    monkeypatch.delenv("AWS_ENDPOINT_URL_CONNECT")
    (clean_env / "config").write_text(
        "[default]\nregion = eu-west-2\nservices = local\n\n[services local]\nconnect =\n  endpoint_url = http://localhost:4566\n"
    )
    client = connect.Client(credentials=CREDENTIALS, http=transport)
    url, headers = _list_users(client, transport)
    assert url.startswith("http://localhost:4566/") and _scope(headers) == ("eu-west-2", "connect")


def test_a_rule_that_refuses_the_configuration_fails_when_the_client_is_made(clean_env: Path) -> None:
    with pytest.raises(connect_endpoints.EndpointResolutionError, match="FIPS and custom endpoint are not supported"):
        connect.Client("us-east-1", credentials=CREDENTIALS, http=Recording(), use_fips=True, endpoint_url="https://x")


def test_unknown_endpoint_params_are_refused(clean_env: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown endpoint_params \['Regoin'\]"):
        connect.Client("us-east-1", credentials=CREDENTIALS, http=Recording(), endpoint_params={"Regoin": "x"})


def test_connect_participant_signs_for_its_signing_name(clean_env: Path) -> None:
    transport = Recording()
    client = connectparticipant.Client("ap-southeast-2", credentials=CREDENTIALS, http=transport)
    client.describe_view(connectparticipant.new_describe_view("view-token", "connection-token"))
    url, headers = transport.calls[-1][1], transport.calls[-1][2]
    assert url.startswith("https://participant.connect.ap-southeast-2.amazonaws.com/")
    assert _scope(headers) == ("ap-southeast-2", "execute-api")


# --- operationInputs: through a generated client -----------------------------------


def _services_with_operation_inputs() -> list[str]:
    found = []
    for folder in sorted(p for p in RULES.iterdir() if p.is_dir()):
        if any("operationInputs" in case for case in _cases(folder.name)):
            found.append(folder.name)
    return found


OPERATION_SERVICES = _services_with_operation_inputs() if RULES.is_dir() else []


@pytest.fixture(scope="module")
def bindings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The services with operationInputs whose protocol the generator speaks,
    generated with the rule set beside their tests."""
    base = tmp_path_factory.mktemp("endpoint_ops")
    out = base / "endpoint_bindings"
    jobs, skipped = [], {}
    for service in OPERATION_SERVICES:
        model_path = newest_botocore_model(service)
        assert model_path is not None
        model = json.loads(gzip.decompress(model_path.read_bytes()))
        chosen, reason = protocols.choose(model["metadata"])
        if chosen is None:
            skipped[service] = reason
            continue
        folder = base / "specs" / service
        folder.mkdir(parents=True)
        (folder / "service-2.json").write_text(json.dumps(model))
        (folder / "endpoint-rule-set-1.json").write_bytes((RULES / service / "endpoint-rule-set-1.json").read_bytes())
        jobs.append(pipeline.Job(load.find_spec(folder), service.replace("-", "_")))
    if jobs:
        write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    packages = {service: import_bindings(out, service.replace("-", "_")) for service in OPERATION_SERVICES if service not in skipped}
    yield {"packages": packages, "skipped": skipped}
    unimport_bindings(out)


@pytest.mark.parametrize("service", OPERATION_SERVICES)
def test_operation_inputs_through_the_client(service: str, bindings: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if service in bindings["skipped"]:
        pytest.skip(f"{service}: {bindings['skipped'][service]}")
    for name in list(__import__("os").environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    package = bindings["packages"][service]
    endpoints = importlib.import_module(f"{package.__name__}.endpoints")
    deserialization_error = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.errors").DeserializationError
    builtin_names = {builtin: name for name, builtin in endpoints.PARAMETERS.items() if builtin}
    ran = 0
    missing: set[str] = set()
    for case in _cases(service):
        for inputs in case.get("operationInputs", []):
            options: dict[str, Any] = {"endpoint_params": {}}
            for builtin, value in inputs.get("builtInParams", {}).items():
                key = {"AWS::Region": "region", "AWS::UseFIPS": "use_fips", "AWS::UseDualStack": "use_dualstack", "SDK::Endpoint": "endpoint_url"}.get(builtin)
                if key is not None:
                    options[key] = value
                else:
                    options["endpoint_params"][builtin_names[builtin]] = value
            for param, value in inputs.get("clientParams", {}).items():
                options["endpoint_params"][param] = value
            options.setdefault("region", "us-east-1")
            transport = Recording()
            expect = case["expect"]
            if inputs["operationName"] not in package.OPERATIONS:
                # the vectors come from a newer botocore than the pinned model
                missing.add(inputs["operationName"])
                continue
            operation = package.OPERATIONS[inputs["operationName"]]
            request = operation.input.from_dict(inputs.get("operationParams", {}))
            schemes = [s["name"] for s in expect.get("endpoint", {}).get("properties", {}).get("authSchemes", [])]
            sigv4a_only = bool(schemes) and "sigv4" not in schemes
            try:
                client = package.Client(credentials=CREDENTIALS, http=transport, **options)
                method = getattr(client, __import__("generator").names.operation_method_name(inputs["operationName"]))
                method(request)
            except endpoints.EndpointResolutionError as exc:
                if sigv4a_only:  # SigV4a is not supported: said so, at once
                    assert "must be signed with sigv4a: only SigV4 is supported" in str(exc), case["documentation"]
                    ran += 1
                    continue
                assert "error" in expect, (case["documentation"], str(exc))
                assert str(exc) == expect["error"], case["documentation"]
                ran += 1
                continue
            except deserialization_error:
                pass  # the recorded request is what is checked, not the canned answer's parse
            except Exception:
                if "error" in expect:
                    raise
                raise
            assert "endpoint" in expect, case["documentation"]
            url = transport.calls[-1][1]
            assert url.startswith(expect["endpoint"]["url"].rstrip("/") + "/"), (case["documentation"], url)
            for scheme in expect["endpoint"].get("properties", {}).get("authSchemes", [])[:1]:
                region, signing = _scope(transport.calls[-1][2])
                assert signing == scheme.get("signingName", signing) and region == scheme.get("signingRegion", region), case["documentation"]
            ran += 1
    assert ran > 0
    assert len(missing) <= 2, f"operations of the vectors the model lacks: {sorted(missing)}"


def test_the_partition_table_is_botocore_s() -> None:
    import botocore

    from generated._runtime.partitions import partitions

    theirs = json.loads((Path(botocore.__file__).parent / "data" / "partitions.json").read_text())
    ours = json.loads((ROOT / "generator" / "data" / "partitions.json").read_text())
    assert ours == theirs == partitions()


# --- operationContextParams: JMESPath over the request, compiled ------------------------------------

CONTEXT_REQUESTS = {
    "TransactWriteItems": {"TransactItems": [
        {"Put": {"TableName": "arn:aws:dynamodb:us-east-1:111111111111:table/a", "Item": {}}},
        {"ConditionCheck": {"TableName": "b", "Key": {}, "ConditionExpression": "x"}},
        {"Delete": {"TableName": "c", "Key": {}}},
        {"Update": {"TableName": "d", "Key": {}, "UpdateExpression": "SET x = y"}},
    ]},
    "TransactGetItems": {"TransactItems": [{"Get": {"TableName": "t1", "Key": {}}}, {"Get": {"TableName": "t2", "Key": {}}}]},
    "BatchWriteItem": {"RequestItems": {"t1": [{"DeleteRequest": {"Key": {}}}], "t2": []}},
    "BatchGetItem": {"RequestItems": {"a": {"Keys": [{}]}, "b": {"Keys": [{}]}}},
    "ImportTable": {
        "S3BucketSource": {"S3Bucket": "bucket"}, "InputFormat": "CSV",
        "TableCreationParameters": {"TableName": "imported", "AttributeDefinitions": [], "KeySchema": []},
    },
}


def test_operation_context_params_compute_what_jmespath_computes(bindings: dict[str, Any]) -> None:
    """DynamoDB's ``operationContextParams`` (``keys()``, multi-select lists,
    projections), compiled to Python, against jmespath.search of the same
    request, for every operation that has them."""
    import jmespath

    if "dynamodb" in bindings["skipped"]:
        pytest.skip(bindings["skipped"]["dynamodb"])
    model_path = newest_botocore_model("dynamodb")
    assert model_path is not None
    model = json.loads(gzip.decompress(model_path.read_bytes()))
    package = bindings["packages"]["dynamodb"]
    with_params = {name: op["operationContextParams"] for name, op in model["operations"].items() if "operationContextParams" in op}
    assert set(with_params) == set(CONTEXT_REQUESTS)
    for name, params in with_params.items():
        operation = package.OPERATIONS[name]
        ours = operation.endpoint_params(operation.input.from_dict(CONTEXT_REQUESTS[name]))
        for param, spec in params.items():
            expected = jmespath.search(spec["path"], CONTEXT_REQUESTS[name])
            assert ours[param] == expected and expected, (name, param, ours[param], expected)
