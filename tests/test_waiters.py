"""Waiters of real models and of the golden model, beside botocore's waiter.

Each waiter runs twice over the same scripted responses: in the generated
client (a scripted transport; each attempt one normal call) and in
botocore's ``Waiter`` (its operation method parsing the same bytes with
botocore's parser, as a client would, an error coming back as its error
response).  The outcome must be the same: success or a ``WaiterError`` with
botocore's reason, after as many calls, with the same sleeps.

* rest-json models as botocore ships them: Lambda (``FunctionActiveV2`` and
  the rest: path acceptors, an ``error: false`` success), Glacier (status
  and error), EKS (path and error), Route 53 Recovery Control Config
  (path, and status 404/500 on errors); for every acceptor, a response that
  matches it, alone and after one that matches nothing, then attempts
  running out and an error no acceptor expects;
* the golden ``paging`` model: pathAll and pathAny over nested
  projections, filters, map values, ``length()``, ``&&``, ``||`` and ``!``;
* DynamoDB's ``TableExists`` (json) and EC2's ``InstanceRunning`` (ec2,
  pathAll/pathAny over ``Reservations[].Instances[].State.Name``): run
  through botocore now; through the bindings once their protocols generate
  (skipped until then).
"""

from __future__ import annotations

import copy
import functools
import gzip
import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import botocore.exceptions
import botocore.model
import botocore.parsers
import botocore.waiter
import jmespath.exceptions
import pytest
from botocore.awsrequest import HeadersDict
from hypothesis import HealthCheck, given, settings

from generator import jmespath as subset
from generator import load, names, pipeline, protocols, write

from .async_adapter import AsyncAsSync
from .conftest import (
    ROOT,
    import_bindings,
    newest_botocore_model,
    runtime_of,
    unimport_bindings,
)
from .model_strategies import ModelStrategies

GOLDEN_PAGING = ROOT / "tests" / "golden" / "paging"
REST_JSON = ("lambda", "glacier", "eks", "route53-recovery-control-config")
OTHER_PROTOCOLS = ("dynamodb", "ec2")
PACKAGE_NAMES = {s: "w_" + s.replace("-", "_") for s in (*REST_JSON, *OTHER_PROTOCOLS)}
DELAY, ATTEMPTS = 0.5, 3  # every wait here: botocore's WaiterConfig and the bindings' arguments
EXAMPLE = settings(max_examples=1, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))


def botocore_files(service: str) -> Path:
    model = newest_botocore_model(service)
    assert model is not None
    return model.parent


@functools.cache
def model_of(service: str) -> dict[str, Any]:
    if service == "things":
        return load.load_document(GOLDEN_PAGING / "service.yaml").data
    return json.loads(gzip.decompress((botocore_files(service) / "service-2.json.gz").read_bytes()))


@functools.cache
def waiters_of(service: str) -> dict[str, Any]:
    folder = GOLDEN_PAGING if service == "things" else botocore_files(service)
    found: dict[str, Any] = json.loads((folder / "waiters-2.json").read_text())["waiters"]
    return found


@functools.cache
def strategies_of(service: str) -> ModelStrategies:
    return ModelStrategies(model_of(service))


def builds(service: str) -> bool:
    chosen, _ = protocols.choose(model_of(service)["metadata"])
    return chosen is not None


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    """The models generated at test time (their waiters and paginators
    beside them, as ``update`` puts them), imported."""
    base = tmp_path_factory.mktemp("waiters")
    out = base / "bindings_waiters"
    jobs = [pipeline.Job(load.find_spec(GOLDEN_PAGING), "things")]
    for service in (*REST_JSON, *(s for s in OTHER_PROTOCOLS if builds(s))):
        folder = base / "specs" / service
        folder.mkdir(parents=True)
        source = botocore_files(service)
        (folder / "service-2.json").write_bytes(gzip.decompress((source / "service-2.json.gz").read_bytes()))
        for name in ("paginators-1.json", "waiters-2.json"):
            if (source / name).is_file():
                shutil.copyfile(source / name, folder / name)
        jobs.append(pipeline.Job(folder / "service-2.json", PACKAGE_NAMES[service]))
    write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    import_bindings(out)
    yield {job.package or "": importlib.import_module(f"{out.name}.{job.package}") for job in jobs}
    unimport_bindings(out)


# --- the two sides ------------------------------------------------------------------------------

Response = tuple[int, dict[str, str], bytes]


class Script:
    """The responses of one run, in order; the last one again and again."""

    def __init__(self, responses: list[Response]) -> None:
        assert responses
        self.responses = list(responses)
        self.calls = 0

    def next(self) -> Response:
        self.calls += 1
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]


class Transport:
    def __init__(self, script: Script) -> None:
        self.script = script

    def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        return self.script.next()


Outcome = tuple[str, int, list[float], str]  # ("success" | "failure", calls, sleeps, reason)


def ours(package: ModuleType, service: str, waiter: str, params: dict[str, Any], responses: list[Response]) -> Outcome:
    """The Client's waiter over the scripted responses; the AsyncClient's
    (through the asyncio driver) must come to the same outcome."""
    client_module = importlib.import_module(f"{package.__name__}.client")
    aio_module = importlib.import_module(f"{package.__name__}.aio")
    outcomes = [
        _our_wait(client_module, factory, package, service, waiter, params, responses)
        for factory in (client_module.Client, functools.partial(AsyncAsSync, aio_module.AsyncClient))
    ]
    assert outcomes[0] == outcomes[1], "the AsyncClient's waiter differs from the Client's"
    return outcomes[0]


def _our_wait(
    client_module: ModuleType, factory: Callable[..., Any], package: ModuleType, service: str, waiter: str,
    params: dict[str, Any], responses: list[Response],
) -> Outcome:
    script, sleeps = Script(responses), []
    with factory(
        "us-east-1",
        credentials=client_module.Credentials("AKID", "secret"),
        http=Transport(script),
        retry=client_module.RetryConfig(max_attempts=1, sleep=sleeps.append),  # one send per attempt, as botocore's side
    ) as client:
        method = getattr(client, f"wait_{names.snake_case(waiter)}")
        request = package.OPERATIONS[waiters_of(service)[waiter]["operation"]].input.from_dict(params)
        try:
            method(request, delay=DELAY, max_attempts=ATTEMPTS)
        except client_module.WaiterError as error:
            assert error.attempts == script.calls and error.name == waiter
            return "failure", script.calls, sleeps, error.reason
    return "success", script.calls, sleeps, ""


def theirs(
    service: str, waiter: str, params: dict[str, Any], responses: list[Response], monkeypatch: pytest.MonkeyPatch
) -> Outcome:
    model = model_of(service)
    protocol = model["metadata"]["protocol"]
    boto_model = botocore.model.ServiceModel(model, service_name=service)
    config = waiters_of(service)[waiter]
    op_model = boto_model.operation_model(config["operation"])
    parser = botocore.parsers.create_parser(protocol)
    script, sleeps = Script(responses), []

    def method(**kwargs: Any) -> dict[str, Any]:
        status, headers, body = script.next()
        parsed: dict[str, Any] = parser.parse(
            {"status_code": status, "headers": HeadersDict(headers), "body": body}, op_model.output_shape
        )
        return parsed  # an error response too, as NormalizedOperationMethod returns ClientError's

    monkeypatch.setattr(botocore.waiter.time, "sleep", sleeps.append)
    boto_waiter = botocore.waiter.Waiter(waiter, botocore.waiter.SingleWaiterConfig(copy.deepcopy(config)), method)
    try:
        boto_waiter.wait(**copy.deepcopy(params), WaiterConfig={"Delay": DELAY, "MaxAttempts": ATTEMPTS})
    except botocore.exceptions.WaiterError as error:
        return "failure", script.calls, sleeps, str(error.kwargs["reason"])
    except jmespath.exceptions.JMESPathTypeError as error:
        # length() of null: botocore's waiter stops with jmespath's type
        # error, where the bindings' acceptor does not match (null)
        return "crash", script.calls, sleeps, str(error)
    return "success", script.calls, sleeps, ""


def same(ours_: Outcome, theirs_: Outcome) -> None:
    """The same outcome; botocore's 'Max attempts exceeded. Previously accepted
    state: ...' names the last acceptor of the list rather than the one that
    matched when the last attempt matched none, so only its start is compared.
    Where botocore crashed (jmespath's type error) the bindings carried on:
    nothing to compare."""
    if theirs_[0] == "crash":
        assert ours_[0] in ("success", "failure")
        return
    if ours_[3].startswith("Max attempts exceeded") and theirs_[3].startswith("Max attempts exceeded"):
        ours_, theirs_ = ours_[:3] + ("",), theirs_[:3] + ("",)
    assert ours_ == theirs_


# --- responses for rest-json and json models ----------------------------------------------------


def json_response(model: dict[str, Any], body: dict[str, Any], status: int = 200) -> Response:
    content = "application/x-amz-json-1.0" if model["metadata"]["protocol"] == "json" else "application/json"
    return status, {"Content-Type": content, "x-amzn-RequestId": "req-1"}, json.dumps(body).encode()


def json_error(model: dict[str, Any], code: str, status: int = 400, message: str = "it went wrong") -> Response:
    return status, {"x-amzn-ErrorType": code, "Content-Type": "application/json", "x-amzn-RequestId": "req-1"}, json.dumps(
        {"__type": code, "message": message}
    ).encode()


def _member(model: dict[str, Any], shape: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = model["shapes"][shape]["members"][name]
    return found


def body_at(model: dict[str, Any], shape: str, node: subset.Node, leaf: Any) -> Any:
    """A JSON body of ``shape`` in which ``node`` (fields, ``[]`` projections)
    reads ``leaf`` (a list of items where a projection is); None when the
    expression has another form."""
    if node.kind in ("identity", "current"):
        return leaf
    if node.kind == "field":
        member = _member(model, shape, str(node.value))
        if member.get("location"):
            return None
        return {member.get("locationName", node.value): leaf}
    if node.kind == "subexpression":
        left, right = node.children
        inner_shape = _shape_of(model, shape, left)
        inner = body_at(model, inner_shape, right, leaf) if inner_shape else None
        return None if inner is None else body_at(model, shape, left, inner)
    if node.kind == "projection" and node.children[0].kind == "flatten":
        base = node.children[0].children[0]
        list_shape = _shape_of(model, shape, base)
        if list_shape is None or model["shapes"][list_shape]["type"] != "list":
            return None
        item_shape = model["shapes"][list_shape]["member"]["shape"]
        items = [body_at(model, item_shape, node.children[1], value) for value in leaf]
        return None if None in items else body_at(model, shape, base, items)
    return None


def _shape_of(model: dict[str, Any], shape: str, node: subset.Node) -> str | None:
    if node.kind == "field":
        return str(_member(model, shape, str(node.value))["shape"])
    if node.kind == "subexpression":
        inner = _shape_of(model, shape, node.children[0])
        return None if inner is None else _shape_of(model, inner, node.children[1])
    return None


def matching(model: dict[str, Any], output: str, acceptor: dict[str, Any]) -> Response | None:
    """A response the acceptor matches (None when it cannot be built generically)."""
    expected = acceptor["expected"]
    if acceptor["matcher"] == "error":
        if expected is True:
            return json_error(model, "AnyError")
        if expected is False:
            return json_response(model, {})
        return json_error(model, expected)
    if acceptor["matcher"] == "status":
        return json_response(model, {}, expected) if expected < 300 else json_error(model, "SomeError", expected)
    node = subset.parse(acceptor["argument"])
    leaf = {"path": expected, "pathAll": [expected, expected], "pathAny": ["SOMETHING_ELSE", expected]}[acceptor["matcher"]]
    body = body_at(model, output, node, leaf)
    return None if body is None else json_response(model, body)


def scenarios(model: dict[str, Any], config: dict[str, Any]) -> list[list[Response]]:
    output = model["operations"][config["operation"]]["output"]["shape"]
    neutral = json_response(model, {})
    found: list[list[Response]] = []
    for acceptor in config["acceptors"]:
        response = matching(model, output, acceptor)
        if response is not None:
            found += [[response], [neutral, response]]
    found += [[neutral], [json_error(model, "UnexpectedError", 400, "no such thing")]]
    return found


# --- rest-json models as botocore ships them ------------------------------------------------------

REAL_WAITERS = [(s, w) for s in REST_JSON for w in sorted(waiters_of(s))]


def test_the_real_waiters_cover_every_matcher_rest_json_models_use() -> None:
    matchers = {a["matcher"] for s, w in REAL_WAITERS for a in waiters_of(s)[w]["acceptors"]}
    assert matchers == {"path", "status", "error"}  # pathAll/pathAny: golden, DynamoDB, EC2 below
    assert ("lambda", "FunctionActiveV2") in REAL_WAITERS


@pytest.mark.parametrize(("service", "waiter"), REAL_WAITERS, ids=[f"{s}.{w}" for s, w in REAL_WAITERS])
def test_real_waiters_agree_with_botocore(
    service: str, waiter: str, packages: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = model_of(service)
    config = waiters_of(service)[waiter]
    package = packages[PACKAGE_NAMES[service]]

    @EXAMPLE
    @given(strategies_of(service).input_params(config["operation"]))
    def check(params: dict[str, Any]) -> None:
        outcomes = set()
        for responses in scenarios(model, config):
            theirs_ = theirs(service, waiter, params, responses, monkeypatch)
            same(ours(package, service, waiter, params, responses), theirs_)
            outcomes.add(theirs_[0])
        assert outcomes == {"success", "failure"} or not any(a["state"] == "success" for a in config["acceptors"])

    check()


def test_function_active_v2_step_by_step(packages: dict[str, ModuleType]) -> None:
    lambda_ = packages[PACKAGE_NAMES["lambda"]]
    client_module = importlib.import_module(f"{lambda_.__name__}.client")
    model = model_of("lambda")

    def state(value: str) -> Response:
        return json_response(model, {"Configuration": {"FunctionName": "f", "State": value}})

    def run(responses: list[Response], **options: Any) -> tuple[Any, list[float], Script]:
        script, sleeps = Script(responses), []
        clock = iter(range(0, 1000, 10))  # 10 s between readings
        client = client_module.Client(
            "us-east-1", credentials=client_module.Credentials("AKID", "secret"), http=Transport(script),
            retry=client_module.RetryConfig(max_attempts=1, sleep=sleeps.append, monotonic=lambda: float(next(clock))),
        )
        request = lambda_.new_get_function("f")
        return client.wait_function_active_v2(request, **options), sleeps, script

    response, sleeps, script = run([state("Pending"), state("Pending"), state("Active")])
    assert response.configuration.state == "Active" and response.http_status == 200  # the response that succeeded
    assert sleeps == [1, 1] and script.calls == 3  # the model's delay: 1 s

    with pytest.raises(client_module.WaiterError) as caught:
        run([state("Pending"), state("Failed")], delay=2.5)
    error = caught.value
    assert error.last_state == "failure" and error.attempts == 2
    assert error.reason == 'Waiter encountered a terminal failure state: For expression "Configuration.State" we matched expected path: "Failed"'
    assert "Waiter FunctionActiveV2 failed" in str(error) and "(last state: failure)" in str(error)
    assert error.last_response.configuration.state == "Failed"

    with pytest.raises(client_module.WaiterError) as caught:
        run([state("Pending")], max_attempts=2)
    assert caught.value.last_state == "retry" and caught.value.reason.startswith("Max attempts exceeded. Previously accepted state")

    with pytest.raises(client_module.WaiterError) as caught:  # the time runs out before the attempts
        run([state("Pending")], delay=4, max_wait=15)
    assert caught.value.attempts == 1 and "max_wait of 15 s exceeded" in caught.value.reason

    with pytest.raises(client_module.WaiterError) as caught:
        run([state("Pending"), json_error(model, "ResourceNotFoundException", 404, "Function not found")])
    assert caught.value.reason == "An error occurred (ResourceNotFoundException): Function not found"
    assert caught.value.last_state == "retry"  # the state before the error
    assert isinstance(caught.value.__cause__, lambda_.ResourceNotFoundException)

    with pytest.raises(ValueError, match="max_attempts"):
        run([state("Active")], max_attempts=0)


def test_a_not_exists_waiter_returns_none(packages: dict[str, ModuleType]) -> None:
    eks = packages[PACKAGE_NAMES["eks"]]
    client_module = importlib.import_module(f"{eks.__name__}.client")
    model = model_of("eks")
    script = Script([json_response(model, {"cluster": {"status": "DELETING"}}), json_error(model, "ResourceNotFoundException", 404)])
    client = client_module.Client(
        "us-east-1", credentials=client_module.Credentials("AKID", "secret"), http=Transport(script),
        retry=client_module.RetryConfig(max_attempts=1, sleep=lambda _: None),
    )
    assert client.wait_cluster_deleted(eks.new_describe_cluster("c")) is None  # success was an error
    assert script.calls == 2


# --- the golden model: every construct ----------------------------------------------------------


def thing(state: str = "PENDING", parts: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"Id": "t1", "State": state}
    if parts is not None:
        found["Parts"] = [{"Name": f"p{i}", "State": s} for i, s in enumerate(parts)]
    found.update(extra)
    return found


GOLDEN_MODEL = model_of("things")
GOLDEN_RESPONSES: dict[str, Response] = {
    "nothing": json_response(GOLDEN_MODEL, {}),
    "pending": json_response(GOLDEN_MODEL, {"Thing": thing()}),
    "ready": json_response(GOLDEN_MODEL, {"Thing": thing("READY")}),
    "a part broken": json_response(GOLDEN_MODEL, {"Thing": thing(parts=["OK", "BROKEN"])}),
    "groups all ok": json_response(GOLDEN_MODEL, {"Groups": [{"Parts": [{"State": "OK"}]}, {"Parts": [{"State": "OK"}, {"State": "OK"}]}]}),
    "groups some ok": json_response(GOLDEN_MODEL, {"Groups": [{"Parts": [{"State": "OK"}]}, {"Parts": [{"State": "NO"}]}]}),
    "groups empty": json_response(GOLDEN_MODEL, {"Groups": [{"Parts": []}, {}]}),
    "two ok parts": json_response(GOLDEN_MODEL, {"Thing": thing(parts=["OK", "OK", "NO"])}),
    "two ok parts, broken": json_response(GOLDEN_MODEL, {"Thing": thing("BROKEN", parts=["OK", "OK"])}),
    "one ok part": json_response(GOLDEN_MODEL, {"Thing": thing(parts=["OK", "NO"], Count=3)}),
    "tag done": json_response(GOLDEN_MODEL, {"Thing": thing(Tags={"a": {"Value": "x"}, "b": {"Value": "done"}}, Count=1)}),
    "output": json_response(GOLDEN_MODEL, {"Output": "console text", "Thing": thing(Count=2)}),
    "empty output": json_response(GOLDEN_MODEL, {"Output": "", "Thing": thing(Count=0)}),
    "count zero": json_response(GOLDEN_MODEL, {"Thing": thing(Count=0)}),
    "not found": json_error(GOLDEN_MODEL, "ThingNotFound", 404, "no thing"),
    "gone": json_error(GOLDEN_MODEL, "SomethingElse", 410, "gone"),
    "server error": json_error(GOLDEN_MODEL, "InternalError", 500, "oops"),
}
GOLDEN_SEQUENCES = [[name] for name in GOLDEN_RESPONSES] + [
    ["nothing", name] for name in GOLDEN_RESPONSES
] + [["pending", "not found", "groups empty"], ["groups empty", "count zero"]]


@pytest.mark.parametrize("waiter", sorted(waiters_of("things")))
def test_golden_waiters_agree_with_botocore(
    waiter: str, packages: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    package = packages["things"]
    outcomes = set()
    for sequence in GOLDEN_SEQUENCES:
        responses = [GOLDEN_RESPONSES[name] for name in sequence]
        theirs_ = theirs("things", waiter, {"Id": "t1"}, responses, monkeypatch)
        same(ours(package, "things", waiter, {"Id": "t1"}, responses), theirs_)
        outcomes.add((theirs_[0], theirs_[3].split(":")[0]))
    assert {"success", "failure"} <= {o for o, _ in outcomes}, outcomes


def test_golden_acceptors_each_match_some_response(packages: dict[str, ModuleType]) -> None:
    """Every acceptor of the golden waiters is the first to match one of the
    scripted responses (so the comparison above exercises each of them)."""
    package = packages["things"]
    waiters = importlib.import_module(f"{package.__name__}.waiters")
    deserialize = package.OPERATIONS["DescribeThing"].deserialize
    ServiceError = runtime_of(package, "errors").ServiceError
    outcomes: list[Any] = []
    for status, headers, body in GOLDEN_RESPONSES.values():
        try:
            outcomes.append(deserialize(status, headers, body))
        except ServiceError as error:
            outcomes.append(error)
    for waiter in (waiters.THING_READY, waiters.THING_GONE, waiters.THING_COUNTED):
        first = {next((i for i, a in enumerate(waiter.acceptors) if a.matches(o)), None) for o in outcomes}
        assert set(range(len(waiter.acceptors))) <= first, (waiter.name, first)


# --- DynamoDB (json) and EC2 (ec2): through the bindings once their protocols generate ------------

EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/"


def ec2_instances(*states: str) -> Response:
    items = "".join(f"<item><instanceId>i-{n}</instanceId><instanceState><code>0</code><name>{s}</name></instanceState></item>" for n, s in enumerate(states))
    body = (
        f'<DescribeInstancesResponse xmlns="{EC2_NS}"><requestId>req-1</requestId>'
        f"<reservationSet><item><reservationId>r-1</reservationId><instancesSet>{items}</instancesSet></item></reservationSet>"
        "</DescribeInstancesResponse>"
    )
    return 200, {"Content-Type": "text/xml;charset=UTF-8"}, body.encode()


def ec2_error(code: str) -> Response:
    body = f"<Response><Errors><Error><Code>{code}</Code><Message>not there</Message></Error></Errors><RequestID>req-1</RequestID></Response>"
    return 400, {"Content-Type": "text/xml;charset=UTF-8"}, body.encode()


DYNAMODB = model_of("dynamodb")
OTHER_CASES: dict[str, tuple[str, str, dict[str, Any], list[tuple[list[Response], str]]]] = {
    "dynamodb.TableExists": ("dynamodb", "TableExists", {"TableName": "t"}, [
        ([json_response(DYNAMODB, {"Table": {"TableStatus": "ACTIVE"}})], "success"),
        ([json_response(DYNAMODB, {"Table": {"TableStatus": "CREATING"}})] * 2
         + [json_response(DYNAMODB, {"Table": {"TableStatus": "ACTIVE"}})], "success"),
        ([json_error(DYNAMODB, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", 400, "no table")], "failure"),
        ([json_error(DYNAMODB, "ValidationException")], "failure"),
    ]),
    "ec2.InstanceRunning": ("ec2", "InstanceRunning", {"InstanceIds": ["i-0"]}, [
        ([ec2_instances("running", "running")], "success"),
        ([ec2_instances("pending", "running"), ec2_instances("running")], "success"),
        ([ec2_instances("running", "terminated")], "failure"),
        ([ec2_error("InvalidInstanceID.NotFound"), ec2_instances("running")], "success"),
        ([ec2_instances()], "failure"),
        ([ec2_error("UnauthorizedOperation")], "failure"),
    ]),
}


@pytest.mark.parametrize("case", sorted(OTHER_CASES))
def test_dynamodb_and_ec2_waiters_agree_with_botocore(
    case: str, packages: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, waiter, params, runs = OTHER_CASES[case]
    for responses, expected in runs:  # the scripts are what botocore reads as intended
        assert theirs(service, waiter, params, responses, monkeypatch)[0] == expected
    kinds = {a["matcher"] for a in waiters_of(service)[waiter]["acceptors"]}
    assert kinds == ({"path", "error"} if service == "dynamodb" else {"pathAll", "pathAny", "error"})
    if not builds(service):
        pytest.skip("protocol not supported yet")
    for responses, _ in runs:
        same(
            ours(packages[PACKAGE_NAMES[service]], service, waiter, params, responses),
            theirs(service, waiter, params, responses, monkeypatch),
        )


# --- the generated waiters and paginators are typed ---------------------------------------------


def test_generated_paging_modules_pass_mypy_and_pyright_strict(tmp_path: Path) -> None:
    """The golden model, every construct of the subset in its paginators and
    waiters, type-checked in strict mode (Connect's paginators are checked
    with the rest of generated/; those of every rest-json model botocore
    ships were checked once, by hand, the same way)."""
    out = tmp_path / "typed_paging"
    write.commit(pipeline.run([pipeline.Job(load.find_spec(GOLDEN_PAGING), "things")], out, jobs_parallel=1, format=False))
    targets = ["typed_paging/things"]
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *targets],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )
    assert mypy.returncode == 0, mypy.stdout[-5000:]
    pyright = shutil.which("pyright") or shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.fail("pyright is not installed (it is in the test extra)")
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11", "include": targets})
    )
    result = subprocess.run(
        [pyright, "-p", "pyrightconfig.json", "--pythonpath", sys.executable, "--outputjson"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )
    report = json.loads(result.stdout)
    problems = [f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"]]
    assert not problems, "\n".join(problems[:30])
    assert report["summary"]["filesAnalyzed"] >= 10


# --- the README's waiting example runs as written -----------------------------------------------


def test_readme_waiting_example_runs(
    packages: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from .loopback_server import Reply, ScriptedServer
    from .test_paging import readme_block

    example = readme_block("Waiting")
    assert "from generated import WaiterError, lambda_\n" in example
    lambda_ = packages[PACKAGE_NAMES["lambda"]]
    client_module = importlib.import_module(f"{lambda_.__name__}.client")
    sleeps: list[float] = []
    for name, value in {
        "AWS_ACCESS_KEY_ID": "AKIDREADME", "AWS_SECRET_ACCESS_KEY": "readme-secret", "AWS_REGION": "us-east-1",
        "FUNCTION_NAME": "my-function",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)

    def state(value: str) -> Reply:
        return Reply(200, {"Configuration": {"FunctionName": "my-function", "State": value}})

    with ScriptedServer({"AKIDREADME": "readme-secret"}) as server:

        class Local(client_module.Client):  # type: ignore[misc, name-defined]
            def __init__(self, *args: Any, **options: Any) -> None:
                retry = client_module.RetryConfig(sleep=sleeps.append)
                super().__init__(*args, endpoint_url=server.url, retry=retry, **options)

        namespace: dict[str, Any] = {"lambda_": _with_client(lambda_, Local), "WaiterError": client_module.WaiterError}
        code = example.replace("from generated import WaiterError, lambda_\n", "")
        server.script(state("Pending"), state("Pending"), state("Active"))
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102
        assert capsys.readouterr().out == "Active\n" and sleeps == [1, 1]
        server.script(state("Pending"), state("Failed"))
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102
        assert capsys.readouterr().out.startswith("not active: Waiter encountered a terminal failure state")
        assert all(r.signature == "valid" and r.service == "lambda" for r in server.received)
        assert {r.path for r in server.received} == {"/2015-03-31/functions/my-function"}


def _with_client(package: ModuleType, client: type) -> ModuleType:
    """``package`` with its ``Client`` replaced (a copy: the package is shared)."""
    copied = ModuleType(package.__name__)
    copied.__dict__.update({"Client": client, "new_get_function": package.new_get_function})
    return copied
