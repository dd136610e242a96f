"""Differential property tests of awsJson, query and ec2 bindings against botocore.

For every operation of DynamoDB and SQS (json; SQS is awsQueryCompatible),
STS, SNS and SimpleDB (query; SimpleDB's lists are flattened) and EC2 (ec2),
exactly as the pinned botocore ships their newest models, generated at test
time into a temporary folder (the ``bindings`` fixture):

* requests -- boto3-style parameters generated from the model are serialized
  by the bindings and by botocore's serializer for the protocol; method,
  path, headers, host prefix and the body must agree (a JSON body as JSON
  values, a form body field by field: a field name twice is a failure), and
  ``validate()`` must accept the (valid by construction) parameters;
* responses -- an output value generated from the model is put on the wire
  as the service would send it (JSON: ``model_strategies.encode_response``;
  XML: ``query_wire``) and parsed by the bindings and by botocore's parser;
  the values must agree;
* errors -- each modeled error of an operation must raise its class with
  botocore's code, message and modeled fields (SQS's sometimes with the
  ``x-amzn-query-error`` code that wins); and any code, modeled or not, on
  any operation must give botocore's code and message.

EC2's 765 operations get fewer examples each (every operation still runs:
it is also the scale test of the generator).  ``DIFFERENTIAL_EXAMPLES_SCALE``
scales every ``max_examples``, as in ``test_differential.py``, and
``DIFFERENTIAL_SERVICES=kms,iam,...`` adds any other json, query or ec2
service botocore ships (the generator is tried from outside that way).
"""

from __future__ import annotations

import copy
import functools
import gzip
import importlib
import json
import os
import sys
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import botocore.model
import botocore.parsers
import botocore.serialize
import botocore.validate
import pytest
from botocore.awsrequest import HeadersDict
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import build, names, pipeline, protocols, write
from tests import query_wire
from tests.conftest import newest_botocore_model
from tests.differential_support import COMMON, SCALE, drop_nulls, field_name, strict
from tests.model_strategies import ModelStrategies, encode_json, encode_response

def _model(service: str) -> dict[str, Any]:
    path = newest_botocore_model(service)
    assert path is not None, f"botocore ships no model for {service}"
    return json.loads(gzip.decompress(path.read_bytes()))


NAMED = ("dynamodb", "sqs", "sts", "sns", "sdb", "ec2")
EXTRA = tuple(s for s in os.environ.get("DIFFERENTIAL_SERVICES", "").split(",") if s.strip())
MODELS = {s: _model(s) for s in NAMED + EXTRA}


def _protocol(service: str) -> str:
    chosen, reason = protocols.choose(MODELS[service]["metadata"])
    assert chosen is not None and chosen.name in ("json", "query", "ec2"), (service, reason)
    return chosen.name


#: botocore's name of each service -> the protocol the bindings speak
SERVICES = {s: _protocol(s) for s in MODELS}
BOTO_MODELS = {s: botocore.model.ServiceModel(MODELS[s], service_name=s) for s in SERVICES}
SERIALIZERS = {p: botocore.serialize.create_serializer(p, include_validation=False) for p in set(SERVICES.values())}
PARSERS = {p: botocore.parsers.create_parser(p) for p in set(SERVICES.values())}
BOTO_VALIDATOR = botocore.validate.ParamValidator()

OPERATIONS_TESTED = {
    s: [n for n, op in MODELS[s]["operations"].items() if not build.uses_event_stream(MODELS[s], op)] for s in SERVICES
}
ALL_OPERATIONS = [(s, n) for s in SERVICES for n in OPERATIONS_TESTED[s]]
ERROR_CASES = [(s, n) for s, n in ALL_OPERATIONS if MODELS[s]["operations"][n].get("errors")]

# (requests, responses, errors) examples per operation: EC2 has ~7x the
# operations of the four others together.
EXAMPLES = {"ec2": (2, 2, 2)}
DEFAULT_EXAMPLES = (8, 6, 5)


def _examples(service: str, which: int) -> int:
    return max(1, round(EXAMPLES.get(service, DEFAULT_EXAMPLES)[which] * SCALE))


@functools.cache
def strategies(service: str) -> ModelStrategies:
    """The model's strategies, built on first use (EC2's probe its patterns)."""
    return ModelStrategies(MODELS[service])


def _ids(case: tuple[str, str]) -> str:
    return f"{case[0]}.{case[1]}"


class Bindings:
    """The generated packages of the session and their runtime modules."""

    def __init__(self, out: Path) -> None:
        self.packages: dict[str, ModuleType] = {}
        self.errors: dict[str, ModuleType] = {}
        for service in SERVICES:
            name = f"{out.name}.{package_name(service)}"
            self.packages[service] = importlib.import_module(name)
            self.errors[service] = importlib.import_module(f"{name}.errors")
        self.runtime_errors = importlib.import_module(f"{out.name}._runtime.errors")
        self.models = importlib.import_module(f"{out.name}._runtime.models")

    def base_error(self, service: str) -> type:
        return next(
            cls
            for cls in vars(self.errors[service]).values()
            if isinstance(cls, type) and cls.__bases__ == (self.runtime_errors.ServiceError,)
        )


def package_name(service: str) -> str:
    return "differential_" + service


@pytest.fixture(scope="session")
def bindings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bindings]:
    """Generate the five models into a temporary output folder and import them."""
    base = tmp_path_factory.mktemp("differential-protocols")
    out = base / "bindings_protocols"
    jobs = []
    for service in SERVICES:
        folder = base / "specs" / service
        folder.mkdir(parents=True)
        spec = folder / "service-2.json"
        spec.write_text(json.dumps(MODELS[service]), "utf-8")
        jobs.append(pipeline.Job(spec, package_name(service)))
    write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    sys.path.insert(0, str(base))
    try:
        result = Bindings(out)
        token_factory = result.models.token_factory
        yield result
        result.models.token_factory = token_factory
    finally:
        sys.path.remove(str(base))
        for module in [m for m in sys.modules if m == out.name or m.startswith(out.name + ".")]:
            del sys.modules[module]


# --- coverage -------------------------------------------------------------------


def test_every_operation_is_tested(bindings: Bindings) -> None:
    for service in SERVICES:
        in_model = set(OPERATIONS_TESTED[service])
        assert in_model == {n for s, n in ALL_OPERATIONS if s == service}
        assert set(bindings.packages[service].OPERATIONS) == in_model, service
        with_errors = {n for n in in_model if MODELS[service]["operations"][n].get("errors")}
        assert {n for s, n in ERROR_CASES if s == service} == with_errors
    assert len(OPERATIONS_TESTED["ec2"]) > 700


def test_the_protocols_are_botocores(bindings: Bindings) -> None:
    for service in NAMED:
        protocol = SERVICES[service]
        assert BOTO_MODELS[service].protocol == protocol
        runtime = bindings.packages[service].OPERATIONS[OPERATIONS_TESTED[service][0]]._serialize.__globals__["_rt"]
        assert runtime.__name__.rsplit(".", 1)[1] == {"json": "awsjson", "query": "query", "ec2": "ec2"}[protocol]


# --- requests ---------------------------------------------------------------------


FIXED_TOKEN = "0b8f1b7e-4d3a-4c52-9a1e-5f0c2d9e7a61"


def idempotency_token_members(service: str, operation: str) -> set[str]:
    op = MODELS[service]["operations"][operation]
    if "input" not in op:
        return set()
    members = MODELS[service]["shapes"][op["input"]["shape"]]["members"]
    return {n for n, m in members.items() if m.get("idempotencyToken")}


def form_fields(body: bytes) -> dict[str, str]:
    """A form body's fields; a name twice is a failure."""
    pairs = urllib.parse.parse_qsl(body.decode("ascii"), keep_blank_values=True, strict_parsing=bool(body))
    fields = dict(pairs)
    assert len(fields) == len(pairs), f"a field name repeats: {pairs}"
    return fields


def botocore_form_fields(body: dict[str, Any]) -> dict[str, str]:
    """botocore's form body (a dict its HTTP layer urlencodes: str() of each value)."""
    return {name: value if isinstance(value, str) else str(value) for name, value in body.items()}


@pytest.mark.parametrize("case", ALL_OPERATIONS, ids=_ids)
def test_request_matches_botocore(bindings: Bindings, case: tuple[str, str]) -> None:
    service, name = case
    protocol = SERVICES[service]
    op = bindings.packages[service].OPERATIONS[name]
    op_model = BOTO_MODELS[service].operation_model(name)
    tokens = idempotency_token_members(service, name)
    ValidationError = bindings.runtime_errors.ValidationError
    impractical = strategies(service).impractical_patterns

    @settings(max_examples=_examples(service, 0), **COMMON)
    @given(strategies(service).input_params(name), st.booleans())
    def check(params: dict[str, Any], omit_tokens: bool) -> None:
        bindings.models.token_factory = lambda: FIXED_TOKEN
        if tokens and omit_tokens:
            # Left out, the bindings fill the token in (botocore does it in a
            # handler, before serializing: it gets the same value).
            params = {k: v for k, v in params.items() if k not in tokens}
            request = op.input.from_dict(copy.deepcopy(params))
            params = {**params, **{t: FIXED_TOKEN for t in tokens}}
        else:
            request = op.input.from_dict(copy.deepcopy(params))
        if op_model.input_shape is not None:
            report = BOTO_VALIDATOR.validate(params, op_model.input_shape)
            assert not report.has_errors(), f"strategy bug, botocore rejects {params!r}: {report.generate_report()}"
        try:
            request.validate()
        except ValidationError as exc:
            real = [e for e in exc.errors if not any(f"does not match the pattern {p!r}" in e for p in impractical)]
            assert not real, f"validate() rejects valid parameters {params!r}: {real}"
        ours = op.serialize(request, validate=False)
        theirs = SERIALIZERS[protocol].serialize_to_request(copy.deepcopy(params), op_model)
        assert ours.method == theirs["method"]
        assert ours.path == theirs["url_path"] == "/"
        assert ours.query == [] and not theirs["query_string"]
        assert ours.host_prefix == theirs.get("host_prefix", "")
        assert {k.lower(): v for k, v in ours.headers.items()} == {k.lower(): v for k, v in theirs["headers"].items()}
        if protocol == "json":
            assert strict(json.loads(ours.body)) == strict(json.loads(theirs["body"]))
        else:
            assert form_fields(ours.body) == botocore_form_fields(theirs["body"])
            # (ours starts with Action and Version, as botocore's does)
            assert list(form_fields(ours.body))[:2] == ["Action", "Version"]

    check()


# --- responses ---------------------------------------------------------------------

_FLOAT_WORDS = ("NaN", "Infinity", "-Infinity")


def botocore_json_floats(shapes: dict[str, Any], shape_name: str, value: Any) -> Any:
    """botocore's awsJson parse with its float members read as floats.

    botocore's awsJson parser leaves a float or double member as the JSON
    value it got: ``"NaN"``, ``"Infinity"`` and ``"-Infinity"`` stay strings
    and ``0`` an int (its rest-json parser converts both); Smithy's awsJson
    tests (AwsJson11SupportsNaNFloatOutputs and friends, which the bindings
    pass) say a float member is a float.
    """
    shape = shapes[shape_name]
    kind = shape["type"]
    if kind in ("float", "double") and (value in _FLOAT_WORDS or type(value) is int):
        return float(value)
    if kind == "structure" and isinstance(value, dict) and not shape.get("document"):
        members = shape.get("members", {})
        return {k: botocore_json_floats(shapes, members[k]["shape"], v) if k in members else v for k, v in value.items()}
    if kind == "list" and isinstance(value, list):
        return [botocore_json_floats(shapes, shape["member"]["shape"], v) for v in value]
    if kind == "map" and isinstance(value, dict):
        return {k: botocore_json_floats(shapes, shape["value"]["shape"], v) for k, v in value.items()}
    return value



def wire_response(service: str, name: str, value: dict[str, Any], draw: Any) -> tuple[dict[str, str], bytes]:
    """Headers and body the service sends for the output ``value``."""
    model = MODELS[service]
    protocol = SERVICES[service]
    if protocol == "json":
        return encode_response(model, model["operations"][name].get("output", {}).get("shape"), value, 200, draw)
    return {"x-amzn-RequestId": "req-1234"}, query_wire.response_body(model, protocol, name, value, draw)


@pytest.mark.parametrize("case", ALL_OPERATIONS, ids=_ids)
def test_response_matches_botocore(bindings: Bindings, case: tuple[str, str]) -> None:
    service, name = case
    protocol = SERVICES[service]
    op = bindings.packages[service].OPERATIONS[name]
    op_model = BOTO_MODELS[service].operation_model(name)
    strats = strategies(service)  # (built outside @given: it probes patterns with hypothesis)

    @settings(max_examples=_examples(service, 1), **COMMON)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(strats.output_value(name), label="output")
        headers, body = wire_response(service, name, value, data.draw)
        theirs = PARSERS[protocol].parse(
            {"status_code": 200, "headers": HeadersDict(headers), "body": body}, op_model.output_shape
        )
        theirs.pop("ResponseMetadata")
        # botocore keeps the nulls a JSON service sends in dense lists and
        # maps; Smithy's awsJson tests say a client drops them (as the
        # bindings do): see test_differential.py.
        theirs = drop_nulls(theirs)
        if protocol == "json" and op_model.output_shape is not None:
            theirs = botocore_json_floats(MODELS[service]["shapes"], op_model.output_shape.name, theirs)
        ours = op.deserialize(200, dict(headers), body).to_dict()
        assert ours.pop("ResponseMetadata") == {"HTTPStatusCode": 200}
        assert strict(ours) == strict(theirs)

    check()


# --- errors -----------------------------------------------------------------------------


def error_wire(
    service: str, code: str, message: str | None, fields: dict[str, Any], shape: str | None, draw: Any
) -> tuple[dict[str, str], bytes]:
    """An error response with ``code`` and ``message`` as the service sends it."""
    model = MODELS[service]
    protocol = SERVICES[service]
    if protocol != "json":
        return {}, query_wire.error_body(model, protocol, code, message, fields, shape, draw)
    headers = {"x-amzn-RequestId": "req-err"}
    body: dict[str, Any] = {}
    if shape is not None:
        members = {n: m for n, m in model["shapes"][shape]["members"].items() if n.lower() != "message"}
        shapes = dict(model["shapes"], __error__={"type": "structure", "members": members})
        body = encode_json({"shapes": shapes}, "__error__", fields, draw)
    if message is not None:
        body[draw(st.sampled_from(["message", "Message"]), label="message key")] = message
    namespace = draw(st.sampled_from(["", f"com.amazonaws.{service}#"]), label="namespace")
    body["__type"] = namespace + code
    return headers, json.dumps(body).encode("utf-8")


def _shared_codes(service: str) -> set[str]:
    """The codes more than one error of the service sends (botocore's error_code)."""
    counts = Counter(shape.error_code for shape in BOTO_MODELS[service].error_shapes)
    return {code for code, count in counts.items() if count > 1}


SHARED_CODES = {s: _shared_codes(s) for s in SERVICES}


def _query_code(service: str, shape_name: str) -> str | None:
    """The query error code of an error of a query-compatible JSON service."""
    if "awsQueryCompatible" not in MODELS[service]["metadata"]:
        return None
    return MODELS[service]["shapes"][shape_name].get("error", {}).get("code")


@pytest.mark.parametrize("case", ERROR_CASES, ids=_ids)
def test_errors_match_botocore(bindings: Bindings, case: tuple[str, str]) -> None:
    service, name = case
    protocol = SERVICES[service]
    model = MODELS[service]
    boto_model = BOTO_MODELS[service]
    op = bindings.packages[service].OPERATIONS[name]
    op_model = boto_model.operation_model(name)
    error_names = [e["shape"] for e in model["operations"][name]["errors"]]
    strats = strategies(service)  # (built outside @given: it probes patterns with hypothesis)

    @settings(max_examples=_examples(service, 2), **COMMON)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        error_name = data.draw(st.sampled_from(error_names), label="error")
        shape = model["shapes"][error_name]
        status = shape.get("error", {}).get("httpStatusCode", 400)
        fields = data.draw(strats.error_value(error_name), label="fields")
        message = data.draw(st.none() | st.text(max_size=20), label="message")
        query_code = _query_code(service, error_name)
        if protocol == "json":
            # A JSON service names the shape in __type; a query-compatible
            # one adds its query code in x-amzn-query-error, which wins (and
            # which botocore needs to find an error whose code is not its
            # name; the bindings know both).
            headers, body = error_wire(service, error_name, message, fields, error_name, data.draw)
            if "awsQueryCompatible" in model["metadata"]:
                sent = data.draw(st.sampled_from(["modeled", "legacy", "none"]), label="x-amzn-query-error")
                if query_code is not None and query_code != error_name:
                    sent = "modeled"
                if sent == "modeled":
                    headers["x-amzn-query-error"] = f"{query_code or error_name};Sender"
                elif sent == "legacy":
                    # a query code the model does not know (SQS models none:
                    # AWS.SimpleQueueService.NonExistentQueue for QueueDoesNotExist)
                    headers["x-amzn-query-error"] = f"AWS.Legacy.{error_name};Sender"
        else:
            code = shape.get("error", {}).get("code", error_name)
            headers, body = error_wire(service, code, message, fields, error_name, data.draw)
        response = {"status_code": status, "headers": HeadersDict(headers), "body": body}
        parsed = PARSERS[protocol].parse(response, op_model.output_shape)
        their_code, their_message = parsed["Error"]["Code"], parsed["Error"].get("Message") or ""
        # The error a code the model does not know belongs to is the one its
        # __type names (botocore's QueryErrorCode, which its SQS handler
        # matches; the bindings do so for every query-compatible service).
        lookup = their_code
        if boto_model.shape_for_error_code(their_code) is None:
            lookup = parsed["Error"].get("QueryErrorCode", their_code)
        error_shape = boto_model.shape_for_error_code(lookup)
        assert error_shape is not None
        ambiguous = their_code in SHARED_CODES[service]
        # (a code two errors send is the last one's, in botocore and the bindings)
        assert error_shape.name == error_name or ambiguous
        modeled = PARSERS[protocol].parse(response, error_shape)

        with pytest.raises(bindings.runtime_errors.ServiceError) as info:
            op.deserialize(status, dict(headers), body)
        exc = info.value
        assert type(exc) is bindings.errors[service].ERRORS[lookup]
        assert type(exc).__name__ in (names.class_name(error_shape.name), names.class_name(error_shape.name) + "Error")
        assert type(exc) in op.errors or ambiguous
        assert (exc.code, exc.message, exc.http_status) == (their_code, their_message, status)
        assert exc.request_id == "req-err"
        for member, spec in model["shapes"][error_shape.name]["members"].items():
            if member.lower() == "message":
                continue  # compared above, as botocore's Error.Message
            ours = getattr(exc, field_name(member, spec))
            theirs = drop_nulls(modeled.get(member))
            if protocol == "json" and theirs is not None:
                theirs = botocore_json_floats(model["shapes"], spec["shape"], theirs)
            assert strict(ours) == strict(theirs), member

    check()


@pytest.mark.parametrize("service", list(SERVICES))
def test_any_error_code_matches_botocore(bindings: Bindings, service: str) -> None:
    """Any operation, any code -- modeled or not: botocore's code and message,
    the modeled class for a modeled code and the service's base class otherwise."""
    protocol = SERVICES[service]
    boto_model = BOTO_MODELS[service]
    operations = sorted(OPERATIONS_TESTED[service])
    modeled = sorted(shape.error_code for shape in boto_model.error_shapes)

    @settings(max_examples=max(1, round(60 * SCALE)), **COMMON)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(operations), label="operation")
        codes = st.from_regex(r"\A[A-Z][A-Za-z.]{0,12}(Exception|Fault|Error)\Z")
        code = data.draw(st.sampled_from(modeled) | codes if modeled else codes, label="code")
        status = data.draw(st.sampled_from([400, 403, 404, 409, 429, 500, 503]), label="status")
        message = data.draw(st.none() | st.text(max_size=20), label="message")
        headers, body = error_wire(service, code, message, {}, None, data.draw)
        response = {"status_code": status, "headers": HeadersDict(headers), "body": body}
        parsed = PARSERS[protocol].parse(response, boto_model.operation_model(name).output_shape)
        with pytest.raises(bindings.runtime_errors.ServiceError) as info:
            bindings.packages[service].OPERATIONS[name].deserialize(status, dict(headers), body)
        exc = info.value
        assert type(exc) is bindings.errors[service].ERRORS.get(code, bindings.base_error(service))
        assert (exc.code, exc.message, exc.http_status) == (
            parsed["Error"]["Code"],
            parsed["Error"].get("Message") or "",
            status,
        )
        assert exc.request_id == "req-err"

    check()
