"""Tests for generator/schema/service-model.schema.json.

The schema describes botocore's service-2.json format. It must accept every
model the installed botocore ships and every model derived from botocore's
protocol-test suites, and reject malformed models with errors that point at
the offending key.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .conftest import BOTOCORE_DATA, newest_botocore_model

REPO = Path(__file__).resolve().parent.parent
SCHEMA_PATH = REPO / "generator" / "schema" / "service-model.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)  # built once for the whole module

BOTOCORE_MODELS = sorted(BOTOCORE_DATA.glob("*/*/service-2.json.gz"))

CONFORMANCE = Path("/work/shared/conformance/botocore/protocols")
CONFORMANCE_FILES = sorted(
    p
    for p in [*CONFORMANCE.glob("*/*.json"), *CONFORMANCE.glob("legacy/*/*.json")]
    if p.name != "protocol-tests-ignore-list.json"
)


def _describe(errors: list[ValidationError], limit: int = 20) -> str:
    lines = [f"{e.json_path}: [{e.validator}] {e.message[:200]}" for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"... and {len(errors) - limit} more")
    return "\n".join(lines)


def _load_botocore(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _conformance_models(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """One model per case: the suite's metadata and shapes plus the case's operation."""
    for s, suite in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        for c, case in enumerate(suite["cases"]):
            given = case["given"]
            model = {
                "metadata": suite["metadata"],
                "operations": {given["name"]: given},
                "shapes": suite["shapes"],
            }
            yield f"suite {s} ({suite.get('description')}) case {c} ({case.get('id')})", model


# --------------------------------------------------------------------------
# The schema itself


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_documents_forward_compatibility() -> None:
    description = SCHEMA["description"]
    assert "unknown" in description.lower() or "does not know" in description
    assert "allowed" in description


CONDITIONAL_KEYWORDS = {"if", "then", "else", "allOf", "anyOf", "oneOf", "not"}


def _subschemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property schema and every $defs entry, with a readable location."""
    if isinstance(node, dict):
        for keyword in ("properties", "$defs"):
            for name, sub in node.get(keyword, {}).items():
                yield f"{where}/{keyword}/{name}", sub
        for key, value in node.items():
            # Conditions and overlays re-mention keys defined elsewhere.
            if key not in CONDITIONAL_KEYWORDS:
                yield from _subschemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _subschemas(value, f"{where}/{i}")


def test_every_definition_and_property_is_described() -> None:
    undocumented = []
    for where, sub in _subschemas(SCHEMA, "#"):
        if "description" in sub:
            continue
        ref = sub.get("$ref", "")
        target = SCHEMA["$defs"].get(ref.rpartition("/")[2], {}) if ref.startswith("#/$defs/") else {}
        if "description" not in target:
            undocumented.append(where)
    assert not undocumented, "no description: " + ", ".join(undocumented)


# --------------------------------------------------------------------------
# Real models


def test_botocore_models_found() -> None:
    assert len(BOTOCORE_MODELS) >= 400
    assert len({p.parent.parent.name for p in BOTOCORE_MODELS}) >= 400


@pytest.mark.parametrize(
    "path",
    BOTOCORE_MODELS,
    ids=[f"{p.parent.parent.name}/{p.parent.name}" for p in BOTOCORE_MODELS],
)
def test_botocore_model_is_valid(path: Path) -> None:
    errors = list(VALIDATOR.iter_errors(_load_botocore(path)))
    assert not errors, _describe(errors)


def test_conformance_files_found() -> None:
    names = {str(p.relative_to(CONFORMANCE)) for p in CONFORMANCE_FILES}
    assert len(names) == 30  # 10 input + 10 output (one empty) + 5 + 5 legacy
    assert "legacy/input/rest-xml.json" in names and "output/ec2.json" in names


@pytest.mark.parametrize(
    "path", CONFORMANCE_FILES, ids=[str(p.relative_to(CONFORMANCE)) for p in CONFORMANCE_FILES]
)
def test_conformance_models_are_valid(path: Path) -> None:
    failures = []
    for label, model in _conformance_models(path):
        errors = list(VALIDATOR.iter_errors(model))
        if errors:
            failures.append(f"{label}:\n{_describe(errors, 5)}")
    assert not failures, "\n".join(failures[:10])


def _enum(definition: dict[str, Any]) -> set[str]:
    return set(definition["enum"])


def test_closed_vocabularies_match_what_occurs() -> None:
    """Each enum lists exactly the values found in botocore's models and test suites.

    Validation already proves occurring values are a subset of each enum; this
    proves the enums hold nothing that was never seen (except HTTP methods).
    """
    seen: dict[str, set[str]] = {"type": set(), "location": set(), "timestampFormat": set(), "protocol": set()}

    def scan(model: dict[str, Any]) -> None:
        md = model["metadata"]
        seen["protocol"].update([md["protocol"], *md.get("protocols", [])] if "protocol" in md else md["protocols"])
        for shape in model["shapes"].values():
            seen["type"].add(shape["type"])
            for holder in [shape, *shape.get("members", {}).values()]:
                for key in ("location", "timestampFormat"):
                    if key in holder:
                        seen[key].add(holder[key])

    for path in BOTOCORE_MODELS:
        scan(_load_botocore(path))
    for path in CONFORMANCE_FILES:
        for _, model in _conformance_models(path):
            scan(model)

    defs = SCHEMA["$defs"]
    assert seen["type"] == _enum(defs["shape"]["properties"]["type"])
    assert seen["location"] == _enum(defs["location"])
    assert seen["timestampFormat"] == _enum(defs["timestampFormat"])
    assert seen["protocol"] == _enum(defs["protocolName"])


# --------------------------------------------------------------------------
# A small hand-written model, and what the schema does with variations of it


def base_model() -> dict[str, Any]:
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2024-01-01",
            "endpointPrefix": "things",
            "protocol": "rest-json",
            "protocols": ["rest-json"],
            "serviceFullName": "Example Things",
            "serviceId": "Things",
            "signatureVersion": "v4",
            "uid": "things-2024-01-01",
            "auth": ["aws.auth#sigv4"],
        },
        "operations": {
            "GetThing": {
                "name": "GetThing",
                "http": {"method": "GET", "requestUri": "/things/{ThingId}", "responseCode": 200},
                "input": {"shape": "GetThingRequest"},
                "output": {"shape": "GetThingResponse"},
                "errors": [{"shape": "NotFound"}],
                "endpoint": {"hostPrefix": "api."},
                "readonly": True,
                "documentation": "<p>Gets a thing.</p>",
            }
        },
        "shapes": {
            "GetThingRequest": {
                "type": "structure",
                "required": ["ThingId"],
                "members": {
                    "ThingId": {"shape": "ThingId", "location": "uri", "locationName": "ThingId"},
                    "Since": {"shape": "Stamp", "location": "querystring", "locationName": "since"},
                    "Token": {"shape": "ThingId", "location": "header", "locationName": "x-token"},
                },
            },
            "GetThingResponse": {
                "type": "structure",
                "members": {
                    "Tags": {"shape": "TagList"},
                    "Attributes": {"shape": "AttributeMap"},
                    "Color": {"shape": "Color"},
                    "Size": {"shape": "Size"},
                    "Weight": {"shape": "Weight"},
                    "Data": {"shape": "Data"},
                    "Flag": {"shape": "Flag"},
                    "Extra": {"shape": "Doc"},
                    "Status": {"shape": "Size", "location": "statusCode"},
                },
                "payload": "Data",
            },
            "ThingId": {"type": "string", "min": 1, "max": 64, "pattern": "^[a-z]+$"},
            "Color": {"type": "string", "enum": ["RED", "GREEN"]},
            "TagList": {"type": "list", "member": {"shape": "ThingId"}, "min": 0, "max": 10},
            "AttributeMap": {"type": "map", "key": {"shape": "ThingId"}, "value": {"shape": "ThingId"}},
            "Stamp": {"type": "timestamp", "timestampFormat": "iso8601"},
            "Size": {"type": "integer", "min": -5, "max": 5, "box": True},
            "Weight": {"type": "double", "min": 0.5, "max": 1e6},
            "Data": {"type": "blob", "streaming": True},
            "Flag": {"type": "boolean"},
            "Doc": {"type": "structure", "document": True},
            "NotFound": {
                "type": "structure",
                "members": {"Message": {"shape": "ThingId"}},
                "error": {"httpStatusCode": 404, "code": "NotFound", "senderFault": True},
                "exception": True,
            },
        },
    }


def errors_of(model: dict[str, Any]) -> list[ValidationError]:
    return list(VALIDATOR.iter_errors(model))


def test_base_model_is_valid() -> None:
    errors = errors_of(base_model())
    assert not errors, _describe(errors)


def test_unknown_keys_are_allowed_everywhere() -> None:
    model = base_model()
    future = {"anything": [1, "two", None]}
    targets = [
        model,
        model["metadata"],
        model["operations"]["GetThing"],
        model["operations"]["GetThing"]["http"],
        model["operations"]["GetThing"]["input"],
        model["operations"]["GetThing"]["errors"][0],
        model["shapes"]["GetThingRequest"],
        model["shapes"]["GetThingRequest"]["members"]["ThingId"],
        model["shapes"]["TagList"]["member"],
        model["shapes"]["NotFound"]["error"],
    ]
    for target in targets:
        target["xFutureKey"] = future
    # Keys of another shape type are unknown for this one, hence allowed.
    model["shapes"]["ThingId"]["member"] = "not checked on a string shape"
    errors = errors_of(model)
    assert not errors, _describe(errors)


def test_rpc_protocol_operations_may_omit_http() -> None:
    model = base_model()
    model["metadata"].update(protocol="json", protocols=["json"], jsonVersion="1.1", targetPrefix="Things")
    del model["operations"]["GetThing"]["http"]
    errors = errors_of(model)
    assert not errors, _describe(errors)


def test_protocols_alone_satisfy_the_protocol_requirement() -> None:
    model = base_model()
    del model["metadata"]["protocol"]
    assert not errors_of(model)
    # ...and still select the REST rules.
    del model["operations"]["GetThing"]["http"]
    assert [(e.json_path, e.validator) for e in errors_of(model)] == [("$.operations.GetThing", "required")]


def test_xml_namespace_may_be_string_or_object() -> None:
    model = base_model()
    model["metadata"]["protocol"] = model["metadata"]["protocols"][0] = "rest-xml"
    model["shapes"]["GetThingRequest"]["xmlNamespace"] = "https://example.com/ns"
    model["shapes"]["GetThingResponse"]["members"]["Color"]["xmlNamespace"] = {"prefix": "c", "uri": "urn:c"}
    model["operations"]["GetThing"]["input"].update(locationName="GetThing", xmlNamespace={"uri": "urn:x"})
    assert not errors_of(model)


Mutation = Callable[[dict[str, Any]], None]


def _set(*path: str | int, value: Any) -> Mutation:
    def mutate(model: dict[str, Any]) -> None:
        node: Any = model
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _delete(*path: str | int) -> Mutation:
    def mutate(model: dict[str, Any]) -> None:
        node: Any = model
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return mutate


OP = ("operations", "GetThing")
REQ = ("shapes", "GetThingRequest")

# (id, mutation, expected json_path, expected validator). Each mutation must
# produce exactly that one error.
NEGATIVE_CASES: list[tuple[str, Mutation, str, str]] = [
    ("member-location-body", _set(*REQ, "members", "ThingId", "location", value="body"),
     "$.shapes.GetThingRequest.members.ThingId.location", "enum"),
    ("shape-location-unknown", _set("shapes", "Size", "location", value="cookie"),
     "$.shapes.Size.location", "enum"),
    ("shape-type-unknown", _set("shapes", "Size", "type", value="bigdecimal"),
     "$.shapes.Size.type", "enum"),
    ("shape-without-type", _delete("shapes", "Flag", "type"),
     "$.shapes.Flag", "required"),
    ("shape-not-an-object", _set("shapes", "Flag", value="boolean"),
     "$.shapes.Flag", "type"),
    ("required-not-an-array", _set(*REQ, "required", value="ThingId"),
     "$.shapes.GetThingRequest.required", "type"),
    ("required-duplicate", _set(*REQ, "required", value=["ThingId", "ThingId"]),
     "$.shapes.GetThingRequest.required", "uniqueItems"),
    ("required-non-string", _set(*REQ, "required", value=["ThingId", 7]),
     "$.shapes.GetThingRequest.required[1]", "type"),
    ("member-without-shape", _delete(*REQ, "members", "ThingId", "shape"),
     "$.shapes.GetThingRequest.members.ThingId", "required"),
    ("member-shape-not-string", _set(*REQ, "members", "ThingId", "shape", value={"name": "ThingId"}),
     "$.shapes.GetThingRequest.members.ThingId.shape", "type"),
    ("members-not-an-object", _set(*REQ, "members", value=["ThingId"]),
     "$.shapes.GetThingRequest.members", "type"),
    ("structure-without-members", _delete("shapes", "GetThingResponse", "members"),
     "$.shapes.GetThingResponse", "required"),
    ("list-without-member", _delete("shapes", "TagList", "member"),
     "$.shapes.TagList", "required"),
    ("list-member-without-shape", _set("shapes", "TagList", "member", value={"locationName": "item"}),
     "$.shapes.TagList.member", "required"),
    ("list-negative-max", _set("shapes", "TagList", "max", value=-1),
     "$.shapes.TagList.max", "minimum"),
    ("map-without-value", _delete("shapes", "AttributeMap", "value"),
     "$.shapes.AttributeMap", "required"),
    ("map-without-key", _delete("shapes", "AttributeMap", "key"),
     "$.shapes.AttributeMap", "required"),
    ("string-min-as-string", _set("shapes", "ThingId", "min", value="1"),
     "$.shapes.ThingId.min", "type"),
    ("string-pattern-not-string", _set("shapes", "ThingId", "pattern", value=["^a$"]),
     "$.shapes.ThingId.pattern", "type"),
    ("integer-min-fractional", _set("shapes", "Size", "min", value=0.5),
     "$.shapes.Size.min", "type"),
    ("double-max-as-string", _set("shapes", "Weight", "max", value="1e6"),
     "$.shapes.Weight.max", "type"),
    ("enum-non-string", _set("shapes", "Color", "enum", value=["RED", 1]),
     "$.shapes.Color.enum[1]", "type"),
    ("enum-duplicate", _set("shapes", "Color", "enum", value=["RED", "RED"]),
     "$.shapes.Color.enum", "uniqueItems"),
    ("timestamp-format-unknown", _set("shapes", "Stamp", "timestampFormat", value="epoch"),
     "$.shapes.Stamp.timestampFormat", "enum"),
    ("member-timestamp-format-unknown",
     _set(*REQ, "members", "Since", "timestampFormat", value="rfc3339"),
     "$.shapes.GetThingRequest.members.Since.timestampFormat", "enum"),
    ("blob-streaming-not-bool", _set("shapes", "Data", "streaming", value="yes"),
     "$.shapes.Data.streaming", "type"),
    ("error-status-as-string", _set("shapes", "NotFound", "error", "httpStatusCode", value="404"),
     "$.shapes.NotFound.error.httpStatusCode", "type"),
    ("error-code-not-string", _set("shapes", "NotFound", "error", "code", value=404),
     "$.shapes.NotFound.error.code", "type"),
    ("error-sender-fault-not-bool", _set("shapes", "NotFound", "error", "senderFault", value="true"),
     "$.shapes.NotFound.error.senderFault", "type"),
    ("http-method-unknown", _set(*OP, "http", "method", value="FETCH"),
     "$.operations.GetThing.http.method", "enum"),
    ("http-method-lowercase", _set(*OP, "http", "method", value="get"),
     "$.operations.GetThing.http.method", "enum"),
    ("request-uri-without-slash", _set(*OP, "http", "requestUri", value="things/{ThingId}"),
     "$.operations.GetThing.http.requestUri", "pattern"),
    ("rest-http-without-request-uri", _delete(*OP, "http", "requestUri"),
     "$.operations.GetThing.http", "required"),
    ("response-code-as-string", _set(*OP, "http", "responseCode", value="200"),
     "$.operations.GetThing.http.responseCode", "type"),
    ("operation-without-http", _delete(*OP, "http"),
     "$.operations.GetThing", "required"),
    ("operation-without-name", _delete(*OP, "name"),
     "$.operations.GetThing", "required"),
    ("input-without-shape", _set(*OP, "input", value={"locationName": "GetThing"}),
     "$.operations.GetThing.input", "required"),
    ("output-shape-not-string", _set(*OP, "output", "shape", value=None),
     "$.operations.GetThing.output.shape", "type"),
    ("errors-not-an-array", _set(*OP, "errors", value={"shape": "NotFound"}),
     "$.operations.GetThing.errors", "type"),
    ("errors-entry-without-shape", _set(*OP, "errors", value=[{"documentation": "x"}]),
     "$.operations.GetThing.errors[0]", "required"),
    ("endpoint-without-host-prefix", _set(*OP, "endpoint", value={}),
     "$.operations.GetThing.endpoint", "required"),
    ("idempotent-not-bool", _set(*OP, "idempotent", value="true"),
     "$.operations.GetThing.idempotent", "type"),
    ("metadata-missing-protocol", lambda m: [m["metadata"].pop(k) for k in ("protocol", "protocols")],
     "$.metadata", "required"),
    ("metadata-protocol-unknown", _set("metadata", "protocol", value="graphql"),
     "$.metadata.protocol", "enum"),
    ("metadata-protocols-empty", _set("metadata", "protocols", value=[]),
     "$.metadata.protocols", "minItems"),
    ("metadata-json-version-unknown", _set("metadata", "jsonVersion", value="2.0"),
     "$.metadata.jsonVersion", "enum"),
    ("metadata-api-version-not-a-date", _set("metadata", "apiVersion", value="v1"),
     "$.metadata.apiVersion", "pattern"),
    ("xml-namespace-object-without-uri", _set(*REQ, "xmlNamespace", value={"prefix": "x"}),
     "$.shapes.GetThingRequest.xmlNamespace", "required"),
    ("model-without-shapes", _delete("shapes"),
     "$", "required"),
]


@pytest.mark.parametrize(
    ("mutation", "json_path", "validator"),
    [case[1:] for case in NEGATIVE_CASES],
    ids=[case[0] for case in NEGATIVE_CASES],
)
def test_invalid_model_is_rejected(mutation: Mutation, json_path: str, validator: str) -> None:
    model = base_model()
    mutation(model)
    found = [(e.json_path, e.validator) for e in errors_of(model)]
    assert found == [(json_path, validator)], _describe(errors_of(model))


def test_negative_cases_cover_enough_distinct_problems() -> None:
    assert len({case[0] for case in NEGATIVE_CASES}) == len(NEGATIVE_CASES) >= 15


def test_metadata_protocol_message_names_the_key() -> None:
    model = base_model()
    del model["metadata"]["protocol"], model["metadata"]["protocols"]
    (error,) = errors_of(model)
    assert error.message == "'protocol' is a required property"


# --------------------------------------------------------------------------
# YAML-written models


def test_yaml_model_is_valid_and_yaml_pitfalls_are_caught() -> None:
    yaml = pytest.importorskip("yaml")
    model = yaml.safe_load(yaml.safe_dump(base_model()))
    assert not errors_of(model)

    text = """
version: "2.0"
metadata:
  apiVersion: 2024-01-01        # unquoted: YAML makes this a date
  protocol: json
operations: {}
shapes:
  Switch:
    type: string
    enum: [ON, OFF]             # unquoted: YAML 1.1 makes these booleans
"""
    found = sorted((e.json_path, e.validator) for e in errors_of(yaml.safe_load(text)))
    assert found == [
        ("$.metadata.apiVersion", "type"),
        ("$.shapes.Switch.enum[0]", "type"),
        ("$.shapes.Switch.enum[1]", "type"),
    ]


# The newest model of every service that speaks rest-json (the protocol the
# generator supports): the generator's own checks -- schema, then the
# semantic ones -- must accept every one of them as AWS ships it.
def _newest_rest_json_models() -> list[Path]:
    newest = [newest_botocore_model(p.name) for p in sorted(BOTOCORE_DATA.iterdir()) if p.is_dir()]
    return [path for path in newest if path is not None and _protocol(_load_botocore(path)["metadata"]) == "rest-json"]


def _protocol(metadata: dict[str, Any]) -> str | None:
    """The protocol a client uses: the first of ``protocols``, else ``protocol``."""
    return (metadata.get("protocols") or [metadata.get("protocol")])[0]


REST_JSON_MODELS = _newest_rest_json_models()


def test_rest_json_models_found() -> None:
    assert len(REST_JSON_MODELS) >= 200


@pytest.mark.parametrize("path", REST_JSON_MODELS, ids=[p.parent.parent.name for p in REST_JSON_MODELS])
def test_rest_json_model_passes_the_generators_checks(path: Path) -> None:
    from generator import load, validate
    from generator.errors import SpecError

    doc = load.parse_document(gzip.decompress(path.read_bytes()).decode("utf-8"), str(path))
    try:
        validate.validate(doc)
    except SpecError as exc:
        pytest.fail("\n".join(str(p) for p in exc.problems[:20]))
