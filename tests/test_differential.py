"""Differential property tests: the generated bindings against botocore.

For every operation of every bundled service model:

* requests -- boto3-style parameters generated from the model are serialized
  by the generated ``Operation.serialize`` and by botocore's rest-json
  serializer; method, path, query, headers, host prefix and the parsed JSON
  body must agree, and ``validate()`` must accept the (valid by
  construction) parameters;
* responses -- an output value generated from the model is put on the wire as
  a rest-json service would send it and parsed by ``Operation.deserialize``
  and botocore's rest-json parser; the parsed values must agree;
* errors -- each modeled error of the operation, sent with the code in the
  ``x-amzn-ErrorType`` header or the body's ``__type``/``code``, must raise
  the matching exception class with botocore's code, message and modeled
  fields.

botocore is the oracle only here; the bindings never import it.  Where
botocore is known to deviate from the rest-json protocol the comparison is
normalized, with a comment saying why.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import importlib
import json
import keyword
import math
import re
import urllib.parse
from pathlib import Path
from typing import Any

import botocore.model
import botocore.parsers
import botocore.serialize
import pytest
from botocore import xform_name
from botocore.awsrequest import HeadersDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.model_strategies import ModelStrategies, encode_json, encode_response

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ("connect", "connectparticipant")

MODELS = {s: json.loads((ROOT / "specs" / s / "service-2.json").read_text("utf-8")) for s in SERVICES}
BOTO_MODELS = {s: botocore.model.ServiceModel(MODELS[s], service_name=s) for s in SERVICES}
PACKAGES = {s: importlib.import_module(f"generated.{s}") for s in SERVICES}
ERRORS_MODULES = {s: importlib.import_module(f"generated.{s}.errors") for s in SERVICES}
RUNTIMES = {s: importlib.import_module(f"generated.{s}.runtime") for s in SERVICES}
STRATEGIES = {s: ModelStrategies(MODELS[s]) for s in SERVICES}

SERIALIZER = botocore.serialize.create_serializer("rest-json", include_validation=False)
PARSER = botocore.parsers.create_parser("rest-json")

# The package's root error class: the one deriving directly from runtime.ServiceError.
SERVICE_BASE_ERRORS = {
    s: next(
        cls
        for cls in vars(ERRORS_MODULES[s]).values()
        if isinstance(cls, type) and cls.__bases__ == (RUNTIMES[s].ServiceError,)
    )
    for s in SERVICES
}

ALL_OPERATIONS = [(s, name) for s in SERVICES for name in MODELS[s]["operations"]]
ERROR_CASES = [
    (s, name) for s, name in ALL_OPERATIONS if MODELS[s]["operations"][name].get("errors")
]

# ~380 operations x 3 properties: keep each property cheap.
COMMON = dict(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
REQUEST_SETTINGS = settings(max_examples=15, **COMMON)
RESPONSE_SETTINGS = settings(max_examples=12, **COMMON)
ERROR_SETTINGS = settings(max_examples=8, **COMMON)


def _ids(case: tuple[str, str]) -> str:
    return f"{case[0]}.{case[1]}"


# --- coverage -------------------------------------------------------------------


def test_every_operation_is_tested() -> None:
    """The parametrization covers exactly the operations of the models and the packages."""
    for service in SERVICES:
        in_model = set(MODELS[service]["operations"])
        tested = {name for s, name in ALL_OPERATIONS if s == service}
        generated = set(PACKAGES[service].OPERATIONS)
        assert tested == in_model, service
        assert generated == in_model, (service, generated ^ in_model)
        with_errors = {n for n, op in MODELS[service]["operations"].items() if op.get("errors")}
        assert {name for s, name in ERROR_CASES if s == service} == with_errors
    assert len(ALL_OPERATIONS) == sum(len(MODELS[s]["operations"]) for s in SERVICES)


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

    @REQUEST_SETTINGS
    @given(STRATEGIES[service].input_params(name))
    def check(params: dict[str, Any]) -> None:
        request = op.input.from_dict(copy.deepcopy(params))
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

        our_body, their_body = parse_body(ours.body), parse_body(theirs["body"])
        our_headers = {k.lower(): v for k, v in ours.headers.items()}
        their_headers = {k.lower(): v for k, v in theirs["headers"].items()}
        assert len(our_headers) == len(ours.headers), "header names differ only in case"
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

    @RESPONSE_SETTINGS
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(STRATEGIES[service].output_value(name), label="output")
        headers, body = encode_response(model, output_shape, value, status, data.draw)
        theirs = PARSER.parse(
            {"status_code": status, "headers": HeadersDict(headers), "body": body},
            op_model.output_shape,
        )
        theirs.pop("ResponseMetadata")
        ours = op.deserialize(status, dict(headers), body).to_dict()
        assert ours.pop("ResponseMetadata") == {"HTTPStatusCode": status}
        assert strict(ours) == strict(theirs)

    check()


# --- errors -----------------------------------------------------------------------------


def field_name(member: str) -> str:
    """The bindings' attribute name for a member (README: naming rules)."""
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

    @ERROR_SETTINGS
    @given(st.data())
    def check(data: st.DataObject) -> None:
        error_name = data.draw(st.sampled_from(error_names), label="error")
        shape = model["shapes"][error_name]
        code = shape.get("error", {}).get("code", error_name)
        status = shape.get("error", {}).get("httpStatusCode", 400)
        fields = data.draw(STRATEGIES[service].error_value(error_name), label="fields")
        body_obj = encode_json(model, error_name, fields, data.draw)
        for key in ("message", "Message"):
            body_obj.pop(key, None)
        message = data.draw(st.text(max_size=20), label="message")
        body_obj[data.draw(st.sampled_from(["message", "Message"]), label="message key")] = message
        headers = {"x-amzn-RequestId": "req-1"}
        where = data.draw(st.sampled_from(["header", "header+suffix", "__type", "__type+ns", "code"]), label="code in")
        if where.startswith("header"):
            suffix = ":http://internal.amazon.com/coral/com.amazon.coral.service/" if "suffix" in where else ""
            header_name = data.draw(st.sampled_from(["x-amzn-ErrorType", "X-Amzn-Errortype"]), label="header name")
            headers[header_name] = code + suffix
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
            ours = getattr(exc, field_name(member))
            assert strict(ours) == strict(modeled.get(member)), member

    check()
