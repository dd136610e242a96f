"""Differential property tests: the generated bindings against botocore.

For every operation of the bundled models (``specs/connect``,
``specs/connectparticipant``), of the golden ``rest_features`` model and of
two more real rest-json models exactly as botocore ships them (``lambda``
and ``iot-data``, generated at test time; event-stream operations, which the
generator leaves out, excepted):

* requests -- boto3-style parameters generated from the model are serialized
  by the generated ``Operation.serialize`` and by botocore's rest-json
  serializer; method, path, query, headers, host prefix and the body must
  agree, and ``validate()`` must accept the (valid by construction)
  parameters.  Idempotency tokens are set explicitly, or left out for the
  bindings to fill in (botocore fills them in a handler, before
  serializing: it gets the same value);
* responses -- an output value generated from the model is put on the wire as
  a rest-json service would send it (with the odd null, unmodeled member,
  future union member or union ``__type``) and parsed by
  ``Operation.deserialize`` and botocore's rest-json parser; the parsed
  values must agree;
* errors -- each modeled error of the operation, sent with the code in the
  ``x-amzn-ErrorType`` header or the body's ``__type``/``code``, must raise
  the matching exception class with botocore's code, message and modeled
  fields; and any code on any operation, modeled or not, must give
  botocore's code and message.

Every example runs the bindings' JSON on orjson or on the standard library
(``runtime.use_orjson``), drawn at random.  botocore is the oracle only here;
the bindings never import it.  Where botocore is known to deviate from the
rest-json protocol the comparison is normalized, with a comment saying why.

``DIFFERENTIAL_EXAMPLES_SCALE=10`` multiplies every ``max_examples`` for a
deeper search.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import gzip
import importlib
import io
import json
import keyword
import math
import os
import re
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import botocore.model
import botocore.parsers
import botocore.serialize
import botocore.validate
import pytest
from botocore import xform_name
from botocore.awsrequest import HeadersDict
from botocore.response import StreamingBody
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import build, load, overrides, pipeline, write
from tests.conftest import newest_botocore_model
from tests.model_strategies import ModelStrategies, encode_response

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ("connect", "connectparticipant")  # specs/<name>/ -> generated.<name>

# Besides the bundled services, the golden ``rest_features`` case: a small
# model using every rest-json construct the bundled models do not (greedy
# labels, a literal query, query maps and timestamps, header lists,
# timestamps and jsonvalue headers, a prefix header map, statusCode,
# structure and blob payloads, blobs, documents, hostPrefix, an error with a
# custom code and a header-bound member).  Its committed generated tree is
# imported as the package ``features``.
GOLDEN_FEATURES = ROOT / "tests" / "golden" / "rest_features"
SPECS = {s: ROOT / "specs" / s / "service-2.json" for s in BUNDLED}
SPECS["features"] = GOLDEN_FEATURES / "service.yaml"
IMPORT_NAMES = {s: f"generated.{s}" for s in BUNDLED}
IMPORT_NAMES["features"] = "features"
if str(GOLDEN_FEATURES / "expected") not in sys.path:
    sys.path.append(str(GOLDEN_FEATURES / "expected"))

# More real models: rest-json services botocore ships, read from its data
# folder (newest API version) and generated at test time into a temporary
# folder (the ``generated_from_botocore`` fixture), each as the package
# ``differential_<service>``.
FROM_BOTOCORE = ("lambda", "iot-data")


def botocore_model_file(service: str) -> Path:
    """botocore's ``service-2.json.gz`` for the newest API version of ``service``."""
    path = newest_botocore_model(service)
    assert path is not None, f"botocore ships no model for {service}"
    return path


IMPORT_NAMES.update({s: "differential_" + s.replace("-", "_") for s in FROM_BOTOCORE})
SERVICES = (*BUNDLED, "features", *FROM_BOTOCORE)
LOCAL = (*BUNDLED, "features")  # the services with a model (and package) in this repository

# The models exactly as botocore ships them (the oracle's view, and the list
# of operations that must be covered) ...
MODELS = {
    s: json.loads(SPECS[s].read_text("utf-8")) if SPECS[s].suffix == ".json" else load.load_document(SPECS[s]).data
    for s in LOCAL
}
MODELS.update({s: json.loads(gzip.decompress(botocore_model_file(s).read_bytes())) for s in FROM_BOTOCORE})
# ... and as the generator sees them, with ``specs/<service>/overrides.yaml``
# applied (the Connect overrides single-escape double-escaped patterns, which
# the bindings then enforce): values are generated from these, so that they
# are valid for the bindings' ``validate()``.  (No overrides for botocore's.)
EFFECTIVE_MODELS = {s: overrides.load_with_overrides(SPECS[s]).data for s in LOCAL}
EFFECTIVE_MODELS.update({s: MODELS[s] for s in FROM_BOTOCORE})
BOTO_MODELS = {s: botocore.model.ServiceModel(MODELS[s], service_name=s) for s in SERVICES}
# The bindings' modules; those of FROM_BOTOCORE are added by generated_from_botocore.
PACKAGES = {s: importlib.import_module(IMPORT_NAMES[s]) for s in LOCAL}
ERRORS_MODULES = {s: importlib.import_module(f"{IMPORT_NAMES[s]}.errors") for s in LOCAL}
RUNTIMES = {s: importlib.import_module(f"{IMPORT_NAMES[s]}.runtime") for s in LOCAL}
STRATEGIES = {s: ModelStrategies(EFFECTIVE_MODELS[s]) for s in SERVICES}

SERIALIZER = botocore.serialize.create_serializer("rest-json", include_validation=False)
PARSER = botocore.parsers.create_parser("rest-json")
BOTO_VALIDATOR = botocore.validate.ParamValidator()


def service_base_error(service: str) -> type:
    """The package's root error class: the one deriving directly from runtime.ServiceError."""
    return next(
        cls
        for cls in vars(ERRORS_MODULES[service]).values()
        if isinstance(cls, type) and cls.__bases__ == (RUNTIMES[service].ServiceError,)
    )


SERVICE_BASE_ERRORS = {s: service_base_error(s) for s in LOCAL}

# The generator leaves event-stream operations out (with a warning): so do the tests.
EVENT_STREAM_OPERATIONS = {
    s: {name for name, op in MODELS[s]["operations"].items() if build.uses_event_stream(MODELS[s], op)}
    for s in SERVICES
}
OPERATIONS_TESTED = {
    s: [name for name in MODELS[s]["operations"] if name not in EVENT_STREAM_OPERATIONS[s]] for s in SERVICES
}
ALL_OPERATIONS = [(s, name) for s in SERVICES for name in OPERATIONS_TESTED[s]]
ERROR_CASES = [
    (s, name) for s, name in ALL_OPERATIONS if MODELS[s]["operations"][name].get("errors")
]

# ~470 operations x 3 properties: keep each property cheap, and botocore's
# models (~90 operations, added to keep the file's run time modest) cheaper.
# For a deeper search, scale every max_examples:
# DIFFERENTIAL_EXAMPLES_SCALE=10 pytest ...
SCALE = float(os.environ.get("DIFFERENTIAL_EXAMPLES_SCALE", "1"))
SERVICE_SCALE = {s: 0.6 for s in FROM_BOTOCORE}


def _examples(n: int, service: str | None = None) -> int:
    return max(1, round(n * SCALE * SERVICE_SCALE.get(service or "", 1)))


# too_slow/data_too_large: some inputs are large nested structures;
# filter_too_much: pattern-constrained strings are drawn and checked against
# the exact pattern, retrying (see model_strategies).
COMMON = dict(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def request_settings(service: str) -> settings:
    return settings(max_examples=_examples(15, service), **COMMON)


def response_settings(service: str) -> settings:
    return settings(max_examples=_examples(12, service), **COMMON)


def error_settings(service: str) -> settings:
    return settings(max_examples=_examples(8, service), **COMMON)


def set_json_backend(service: str, use_orjson: bool) -> None:
    """Run the bindings' JSON with orjson or the standard library (when the
    runtime offers the choice): each example picks one, so both are tested."""
    switch = getattr(RUNTIMES[service], "use_orjson", None)
    if switch is not None:
        switch(use_orjson)


FIXED_TOKEN = "0b8f1b7e-4d3a-4c52-9a1e-5f0c2d9e7a61"
_TOKEN_FACTORIES = {s: RUNTIMES[s].token_factory for s in LOCAL}
GENERATION_WARNINGS: dict[str, list[tuple[str, str]]] = {}  # service -> the generator's (pointer, message) warnings


@pytest.fixture(scope="session")
def generated_from_botocore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Generate the FROM_BOTOCORE models into a temporary folder and import them.

    Their modules join PACKAGES, ERRORS_MODULES, RUNTIMES, ... for the
    session; afterwards they are removed again (from sys.modules and sys.path too).
    """
    base = tmp_path_factory.mktemp("differential")
    out = base / "out"
    jobs = []
    for service in FROM_BOTOCORE:
        folder = base / "specs" / service
        folder.mkdir(parents=True)
        spec = folder / "service-2.json"
        spec.write_bytes(gzip.decompress(botocore_model_file(service).read_bytes()))
        jobs.append(pipeline.Job(spec, IMPORT_NAMES[service]))
    warnings: list[Any] = []
    result = pipeline.run(jobs, out, jobs_parallel=1, format=False, warnings=warnings)
    write.commit(result)
    for service, job in zip(FROM_BOTOCORE, jobs, strict=True):
        GENERATION_WARNINGS[service] = [(w.pointer, w.message) for w in warnings if w.file == str(job.spec)]
    sys.path.insert(0, str(out))
    try:
        for service in FROM_BOTOCORE:
            name = IMPORT_NAMES[service]
            PACKAGES[service] = importlib.import_module(name)
            ERRORS_MODULES[service] = importlib.import_module(f"{name}.errors")
            RUNTIMES[service] = importlib.import_module(f"{name}.runtime")
            SERVICE_BASE_ERRORS[service] = service_base_error(service)
            _TOKEN_FACTORIES[service] = RUNTIMES[service].token_factory
        yield
    finally:
        sys.path.remove(str(out))
        for service in FROM_BOTOCORE:
            for table in (PACKAGES, ERRORS_MODULES, RUNTIMES, SERVICE_BASE_ERRORS, _TOKEN_FACTORIES, GENERATION_WARNINGS):
                table.pop(service, None)
            name = IMPORT_NAMES[service]
            for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
                del sys.modules[module]


@pytest.fixture(autouse=True)
def _restore_runtime_settings(generated_from_botocore: None) -> Any:
    yield
    for service in SERVICES:
        set_json_backend(service, True)  # the default: orjson when installed
        RUNTIMES[service].token_factory = _TOKEN_FACTORIES[service]


def idempotency_token_members(service: str, operation: str) -> set[str]:
    model = MODELS[service]
    op = model["operations"][operation]
    if "input" not in op:
        return set()
    members = model["shapes"][op["input"]["shape"]]["members"]
    return {n for n, m in members.items() if m.get("idempotencyToken")}


def _ids(case: tuple[str, str]) -> str:
    return f"{case[0]}.{case[1]}"


# --- coverage -------------------------------------------------------------------


def test_every_operation_is_tested() -> None:
    """The parametrization covers exactly the operations of the models and the
    packages, but for event-stream ones, which the generator leaves out with a warning."""
    assert set(BUNDLED) == {p.name for p in (ROOT / "specs").iterdir() if p.is_dir()}
    for service in SERVICES:
        left_out = EVENT_STREAM_OPERATIONS[service]
        in_model = set(MODELS[service]["operations"]) - left_out
        tested = {name for s, name in ALL_OPERATIONS if s == service}
        generated = set(PACKAGES[service].OPERATIONS)
        assert tested == in_model, service
        assert generated == in_model, (service, generated ^ in_model)
        with_errors = {n for n, op in MODELS[service]["operations"].items() if op.get("errors")} - left_out
        assert {name for s, name in ERROR_CASES if s == service} == with_errors
        if service in GENERATION_WARNINGS:
            warned = {pointer for pointer, message in GENERATION_WARNINGS[service] if "event stream" in message}
            assert warned == {f"/operations/{name}" for name in left_out}, service
    assert len(ALL_OPERATIONS) == sum(len(OPERATIONS_TESTED[s]) for s in SERVICES)


# --- normalization ----------------------------------------------------------------


def strict(value: Any) -> Any:
    """A comparable form of a parsed value that keeps JSON/Python types apart.

    ``True == 1 == 1.0`` in Python; here ``bool``, ``int`` and ``float`` stay
    distinct, NaN equals NaN, and datetimes compare as UTC instants (botocore
    returns ``tzutc()`` datetimes, the bindings ``timezone.utc`` ones; a naive
    datetime is kept distinct so that it cannot pass for an aware one).
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return strict(value.to_dict())
    if isinstance(value, dict):
        return {k: strict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [strict(v) for v in value]
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", value)
    if isinstance(value, float):
        return ("float", "NaN") if math.isnan(value) else ("float", value)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return ("naive-datetime", value.isoformat())
        return ("datetime", value.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat())
    if isinstance(value, (bytes, bytearray)):
        return ("bytes", bytes(value))
    return value


def drop_nulls(value: Any) -> Any:
    """``value`` without ``None`` items in its lists and maps."""
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value if v is not None]
    return value


def split_header_list(value: str) -> list[str]:
    """Items of a list-valued header (RFC 7230 list, double-quoted items allowed)."""
    items: list[str] = []
    current = ""
    quoted = escaped = False
    for char in value:
        if escaped:
            current += char
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return items


def streaming_payload(service: str, operation: str) -> bool:
    """Whether the operation's input has a blob or string ``payload`` member."""
    model = MODELS[service]
    op = model["operations"][operation]
    if "input" not in op:
        return False
    shape = model["shapes"][op["input"]["shape"]]
    payload = shape.get("payload")
    return payload is not None and model["shapes"][shape["members"][payload]["shape"]]["type"] in ("blob", "string")


def botocore_output_quirks(service: str, operation: str, parsed: dict[str, Any], body: bytes) -> dict[str, Any]:
    """botocore's parse of a response, less three things it makes up.

    * A prefix-header map (``location: headers``) is ``{}`` when no header
      has the prefix; the bindings leave the member unset (the current Smithy
      protocol tests do not say; RestJsonHttpPrefixHeadersAreNotPresent was
      dropped from the response tests).
    * A structure ``payload`` member is ``{}`` when the body is empty; the
      bindings leave it unset (no payload was sent).
    * A blob ``payload`` member is ``b""`` when the body is empty (botocore
      hands back the stream, and reading it gives ``b""``); the bindings
      leave it unset, as Smithy says: an empty body is no payload, not an
      empty one.  An intended difference.
    """
    model = MODELS[service]
    op = model["operations"][operation]
    if "output" not in op:
        return parsed
    shape = model["shapes"][op["output"]["shape"]]
    result = dict(parsed)
    for name, member in shape["members"].items():
        if member.get("location") == "headers" and result.get(name) == {}:
            del result[name]
    payload = shape.get("payload")
    if payload is not None and not body.strip() and result.get(payload) == {}:
        del result[payload]
    blob_payload = payload is not None and model["shapes"][shape["members"][payload]["shape"]]["type"] == "blob"
    if blob_payload and body == b"" and result.get(payload) == b"":
        del result[payload]
    return result


def list_header_names(service: str, operation: str) -> set[str]:
    model = MODELS[service]
    op = model["operations"][operation]
    if "input" not in op:
        return set()
    names = set()
    for name, member in model["shapes"][op["input"]["shape"]]["members"].items():
        if member.get("location") == "header" and model["shapes"][member["shape"]]["type"] == "list":
            names.add(member.get("locationName", name).lower())
    return names


def botocore_query(serialized: dict[str, Any]) -> tuple[str, dict[str, list[str | None]]]:
    """botocore's path and query pairs, grouped by name in order.

    botocore leaves a literal ``?query`` of the ``requestUri`` inside
    ``url_path`` (its HTTP layer merges it later); split it off.
    """
    path, _, literal = serialized["url_path"].partition("?")
    query: dict[str, list[str | None]] = {}
    for part in filter(None, literal.split("&")):
        name, eq, val = part.partition("=")
        query.setdefault(urllib.parse.unquote(name), []).append(urllib.parse.unquote(val) if eq else None)
    for name, val in (serialized["query_string"] or {}).items():
        values = val if isinstance(val, list) else [val]
        if not values:
            # botocore keeps an empty list in ``query_string``; its HTTP layer
            # (``urlencode(doseq=True)``) then sends nothing for it, as Smithy
            # requires.  Nothing on the wire, so no entry here.
            continue
        query.setdefault(name, []).extend(str(v) for v in values)
    return path, query


def ours_query(pairs: list[tuple[str, str | None]]) -> dict[str, list[str | None]]:
    query: dict[str, list[str | None]] = {}
    for name, val in pairs:
        query.setdefault(name, []).append(val)
    return query


def parse_body(body: bytes) -> Any:
    return strict(json.loads(body)) if body.strip() else None


def ignorable_validation_errors(service: str, errors: list[str]) -> list[str]:
    """Validation messages not caused by a pattern the strategies could not satisfy."""
    skipped = STRATEGIES[service].impractical_patterns
    return [e for e in errors if not any(f"does not match the pattern {p!r}" in e for p in skipped)]


# --- requests ---------------------------------------------------------------------


@pytest.mark.parametrize("case", ALL_OPERATIONS, ids=_ids)
def test_request_matches_botocore(case: tuple[str, str]) -> None:
    service, name = case
    op = PACKAGES[service].OPERATIONS[name]
    op_model = BOTO_MODELS[service].operation_model(name)
    list_headers = list_header_names(service, name)
    ValidationError = RUNTIMES[service].ValidationError

    tokens = idempotency_token_members(service, name)
    streaming = streaming_payload(service, name)

    @request_settings(service)
    @given(STRATEGIES[service].input_params(name), st.booleans(), st.booleans())
    def check(params: dict[str, Any], use_orjson: bool, omit_tokens: bool) -> None:
        set_json_backend(service, use_orjson)
        if tokens and omit_tokens:
            # Left out, the bindings fill the token in (botocore does it in a
            # handler, not in the serializer): give botocore the same value
            # and it must land in the same place.
            params = {k: v for k, v in params.items() if k not in tokens}
            RUNTIMES[service].token_factory = lambda: FIXED_TOKEN
            try:
                request = op.input.from_dict(copy.deepcopy(params))
            except ValidationError as exc:
                pytest.fail(
                    f"boto3 fills in idempotency token(s) {sorted(tokens)} a caller leaves out, "
                    f"required or not; from_dict refuses: {exc.errors}"
                )
            params = {**params, **{t: FIXED_TOKEN for t in tokens}}
        else:
            request = op.input.from_dict(copy.deepcopy(params))
        # The strategies' own check: botocore's validator (required members,
        # types, minimums) must accept what they generate.
        report = BOTO_VALIDATOR.validate(params, op_model.input_shape)
        assert not report.has_errors(), f"strategy bug, botocore rejects {params!r}: {report.generate_report()}"
        try:
            request.validate()
        except ValidationError as exc:
            real = ignorable_validation_errors(service, exc.errors)
            assert not real, f"validate() rejects valid parameters {params!r}: {real}"
        ours = op.serialize(request, validate=False)
        theirs = SERIALIZER.serialize_to_request(copy.deepcopy(params), op_model)

        assert ours.method == theirs["method"]
        path, query = botocore_query(theirs)
        assert ours.path == path
        assert ours_query(ours.query) == query
        assert ours.host_prefix == theirs.get("host_prefix", "")

        our_headers = {k.lower(): v for k, v in ours.headers.items()}
        their_headers = {k.lower(): v for k, v in theirs["headers"].items()}
        assert len(our_headers) == len(ours.headers), "header names differ only in case"
        if streaming:
            # A blob/string payload is the body as is.  botocore never sets a
            # Content-Type for one; Smithy sends the payload's media type
            # (RestJsonHttpPayloadTraitsWithBlob: application/octet-stream).
            assert ours.body == theirs["body"]
            assert our_headers.pop("content-type", None) in (None, "application/octet-stream", "text/plain")
            their_headers.pop("content-type", None)
            our_body = their_body = None
        else:
            our_body, their_body = parse_body(ours.body), parse_body(theirs["body"])
        if our_body != their_body and our_body in (None, {}) and their_body in (None, {}):
            # An empty body and ``{}`` are equivalent for an input whose body
            # members are all unset (botocore sends ``{}`` with a JSON
            # Content-Type, Smithy's RestJsonEmptyInputAndEmptyOutput sends
            # nothing; services accept both).
            our_headers.pop("content-type", None)
            their_headers.pop("content-type", None)
        else:
            assert our_body == their_body
        for header in list_headers:
            # botocore joins list items with "," and Smithy with ", ": compare items.
            for h in (our_headers, their_headers):
                if header in h:
                    h[header] = split_header_list(h[header])
        assert our_headers == their_headers

    check()


# --- responses ---------------------------------------------------------------------


@pytest.mark.parametrize("case", ALL_OPERATIONS, ids=_ids)
def test_response_matches_botocore(case: tuple[str, str]) -> None:
    service, name = case
    model = MODELS[service]
    op = PACKAGES[service].OPERATIONS[name]
    op_model = BOTO_MODELS[service].operation_model(name)
    spec = model["operations"][name]
    status = spec["http"].get("responseCode", 200)
    output_shape = spec.get("output", {}).get("shape")

    @response_settings(service)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        set_json_backend(service, data.draw(st.booleans(), label="orjson"))
        value = data.draw(STRATEGIES[service].output_value(name), label="output")
        headers, body = encode_response(model, output_shape, value, status, data.draw)
        wire: Any = body
        if op_model.has_streaming_output:
            # A blob payload: botocore's HTTP layer hands the parser the body
            # as a stream (``endpoint.convert_to_response_dict``), which the
            # parser passes on as the member's value and a caller reads.
            # (Given bytes, the parser would decode them as UTF-8 instead.)
            wire = StreamingBody(io.BytesIO(body), len(body))
        theirs = PARSER.parse(
            {"status_code": status, "headers": HeadersDict(headers), "body": wire},
            op_model.output_shape,
        )
        theirs.pop("ResponseMetadata")
        if op_model.has_streaming_output:
            payload = op_model.output_shape.serialization["payload"]
            stream = theirs[payload]
            assert isinstance(stream, StreamingBody)
            theirs[payload] = stream.read()
        # botocore parses every list and map as sparse and keeps the nulls a
        # service sends in them; the rest-json protocol says a client drops
        # nulls from dense collections (Smithy protocol tests
        # RestJsonDeserializesDenseSetMapAndSkipsNull and friends).  None of
        # these models has a sparse collection, so drop them from botocore's.
        theirs = drop_nulls(botocore_output_quirks(service, name, theirs, body))
        ours = op.deserialize(status, dict(headers), body).to_dict()
        assert ours.pop("ResponseMetadata") == {"HTTPStatusCode": status}
        assert strict(ours) == strict(theirs)

    check()


LONE_SURROGATE_CASES = [
    ("connectparticipant", "SendMessage", {"Id": "x\ud800y", "AbsoluteTime": "2019-11-08T02:41:28.172Z"}),
    ("connect", "GetContactAttributes", {"Attributes": {"key": "value \udfff", "k\udc00": "v"}}),
]


@pytest.mark.parametrize("use_orjson", [False, True], ids=["stdlib-json", "orjson"])
@pytest.mark.parametrize("case", LONE_SURROGATE_CASES, ids=lambda c: f"{c[0]}.{c[1]}")
def test_response_with_lone_surrogate_matches_botocore(case: tuple[str, str, dict[str, Any]], use_orjson: bool) -> None:
    """A string with an unpaired surrogate, sent as a JSON escape (``"\\ud800"``).

    JSON allows the escape and Python's ``json`` (so botocore) reads it as a
    lone surrogate code point; the bindings must read the same whichever JSON
    backend they use.
    """
    service, name, body_value = case
    set_json_backend(service, use_orjson)
    body = json.dumps(body_value).encode("utf-8")  # ensure_ascii: the surrogates become \udXXX escapes
    assert b"\\ud" in body
    op_model = BOTO_MODELS[service].operation_model(name)
    theirs = PARSER.parse({"status_code": 200, "headers": HeadersDict({}), "body": body}, op_model.output_shape)
    theirs.pop("ResponseMetadata")
    ours = PACKAGES[service].OPERATIONS[name].deserialize(200, {}, body).to_dict()
    ours.pop("ResponseMetadata")
    assert strict(ours) == strict(theirs)


@pytest.mark.parametrize("use_orjson", [False, True], ids=["stdlib-json", "orjson"])
def test_error_with_lone_surrogate_matches_botocore(use_orjson: bool) -> None:
    """The same for an error body: its code (in ``__type``) and message must still be read."""
    set_json_backend("connect", use_orjson)
    body = json.dumps({"__type": "com.amazonaws.connect#ResourceNotFoundException", "Message": "no user \ud83d"}).encode()
    op_model = BOTO_MODELS["connect"].operation_model("DescribeUser")
    parsed = PARSER.parse({"status_code": 404, "headers": HeadersDict({}), "body": body}, op_model.output_shape)
    with pytest.raises(RUNTIMES["connect"].ServiceError) as info:
        PACKAGES["connect"].OPERATIONS["DescribeUser"].deserialize(404, {}, body)
    assert type(info.value) is ERRORS_MODULES["connect"].ERRORS["ResourceNotFoundException"]
    assert (info.value.code, info.value.message) == (parsed["Error"]["Code"], parsed["Error"]["Message"])


# --- errors -----------------------------------------------------------------------------


def field_name(member: str, spec: dict[str, Any]) -> str:
    """The bindings' attribute name for a member (README: naming rules; overrides' ``pythonName``)."""
    if "pythonName" in spec:
        return spec["pythonName"]
    name = re.sub(r"\W", "_", xform_name(member).lower())
    if keyword.iskeyword(name) or name in ("validate", "to_dict", "from_dict", "replace"):
        name += "_"
    return name


@pytest.mark.parametrize("case", ERROR_CASES, ids=_ids)
def test_errors_match_botocore(case: tuple[str, str]) -> None:
    service, name = case
    model = MODELS[service]
    boto_model = BOTO_MODELS[service]
    pkg = PACKAGES[service]
    op = pkg.OPERATIONS[name]
    op_model = boto_model.operation_model(name)
    error_names = [e["shape"] for e in model["operations"][name]["errors"]]
    namespace = "com.amazonaws." + service

    @error_settings(service)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        set_json_backend(service, data.draw(st.booleans(), label="orjson"))
        error_name = data.draw(st.sampled_from(error_names), label="error")
        shape = model["shapes"][error_name]
        code = shape.get("error", {}).get("code", error_name)
        status = shape.get("error", {}).get("httpStatusCode", 400)
        fields = data.draw(STRATEGIES[service].error_value(error_name), label="fields")
        # Modeled fields on the wire as for an output: header-bound ones in headers.
        headers, raw = encode_response(model, error_name, fields, status, data.draw)
        body_obj = json.loads(raw) if raw else {}
        for key in ("message", "Message"):
            body_obj.pop(key, None)
        message = data.draw(st.text(max_size=20), label="message")
        body_obj[data.draw(st.sampled_from(["message", "Message"]), label="message key")] = message
        headers["x-amzn-RequestId"] = "req-1"
        where = data.draw(
            st.sampled_from(["header", "header+suffix", "header+__type", "__type", "__type+ns", "code"]),
            label="code in",
        )
        if where.startswith("header"):
            suffix = ":http://internal.amazon.com/coral/com.amazon.coral.service/" if "suffix" in where else ""
            header_name = data.draw(st.sampled_from(["x-amzn-ErrorType", "X-Amzn-Errortype"]), label="header name")
            headers[header_name] = code + suffix
            if "__type" in where:
                # the header wins over the body
                body_obj["__type"] = namespace + "#SomeOtherException"
        elif where.startswith("__type"):
            body_obj["__type"] = (namespace + "#" + code) if "ns" in where else code
        else:
            body_obj["code"] = code
        body = json.dumps(body_obj).encode("utf-8")

        response = {"status_code": status, "headers": HeadersDict(headers), "body": body}
        parsed = PARSER.parse(response, op_model.output_shape)
        their_code, their_message = parsed["Error"]["Code"], parsed["Error"]["Message"]
        error_shape = boto_model.shape_for_error_code(their_code)
        assert error_shape is not None and error_shape.name == error_name
        modeled = PARSER.parse(response, error_shape)

        with pytest.raises(RUNTIMES[service].ServiceError) as info:
            op.deserialize(status, dict(headers), body)
        exc = info.value
        expected_class = ERRORS_MODULES[service].ERRORS[code]
        assert type(exc) is expected_class
        assert expected_class in op.errors
        assert issubclass(expected_class, SERVICE_BASE_ERRORS[service])
        assert (exc.code, exc.message, exc.http_status) == (their_code, their_message, status)
        assert exc.request_id == "req-1"
        for member in shape["members"]:
            if member.lower() == "message":
                continue  # compared above, as botocore's Error.Message
            ours = getattr(exc, field_name(member, EFFECTIVE_MODELS[service]["shapes"][error_name]["members"][member]))
            # (nulls in dense collections: see test_response_matches_botocore)
            assert strict(ours) == strict(drop_nulls(modeled.get(member))), member

    check()


@pytest.mark.parametrize("service", SERVICES)
def test_any_error_code_matches_botocore(service: str) -> None:
    """Any operation, any code -- modeled (even if not listed for that
    operation) or not: the same code and message as botocore, the modeled
    class for a modeled code and the service's base class otherwise."""
    boto_model = BOTO_MODELS[service]
    pkg = PACKAGES[service]
    operations = sorted(OPERATIONS_TESTED[service])
    modeled = sorted(shape.error_code for shape in boto_model.error_shapes)
    namespace = "com.amazonaws." + service

    @settings(max_examples=_examples(60, service), **COMMON)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        set_json_backend(service, data.draw(st.booleans(), label="orjson"))
        name = data.draw(st.sampled_from(operations), label="operation")
        code = data.draw(
            st.sampled_from(modeled) | st.from_regex(r"\A[A-Z][A-Za-z]{0,12}(Exception|Fault|Error)\Z"),
            label="code",
        )
        status = data.draw(st.sampled_from([400, 401, 403, 404, 409, 413, 429, 500, 502, 503]), label="status")
        body_obj: dict[str, Any] = {}
        message = data.draw(st.none() | st.text(max_size=20), label="message")
        if message is not None:
            body_obj[data.draw(st.sampled_from(["message", "Message"]), label="message key")] = message
        headers = {"x-amzn-RequestId": "req-2"}
        where = data.draw(st.sampled_from(["header", "__type", "code"]), label="code in")
        if where == "header":
            headers["x-amzn-ErrorType"] = code
        elif where == "__type":
            body_obj["__type"] = namespace + "#" + code
        else:
            body_obj["code"] = code
        body = json.dumps(body_obj).encode("utf-8")
        response = {"status_code": status, "headers": HeadersDict(headers), "body": body}
        parsed = PARSER.parse(response, boto_model.operation_model(name).output_shape)
        with pytest.raises(RUNTIMES[service].ServiceError) as info:
            pkg.OPERATIONS[name].deserialize(status, dict(headers), body)
        exc = info.value
        assert type(exc) is ERRORS_MODULES[service].ERRORS.get(code, SERVICE_BASE_ERRORS[service])
        assert (exc.code, exc.message, exc.http_status) == (parsed["Error"]["Code"], parsed["Error"]["Message"], status)

    check()


# --- the models themselves (last, so that -x runs the differential tests first) ---


@pytest.mark.parametrize("service", SERVICES)
def test_every_pattern_can_be_satisfied(service: str) -> None:
    """Each model pattern (after overrides) admits some string, else
    ``validate()`` -- and so ``serialize()`` by default -- refuses every value
    of its shapes.  (A pattern listed here either matches nothing, or uses
    regex syntax the strategies cannot generate for: look before blaming.)"""
    shapes = EFFECTIVE_MODELS[service]["shapes"]
    unsatisfied = {
        name: shape["pattern"]
        for name, shape in shapes.items()
        if shape.get("pattern") in STRATEGIES[service].impractical_patterns
    }
    assert not unsatisfied, f"no string found for these patterns: {unsatisfied}"
