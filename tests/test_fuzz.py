"""Fuzzing the generator with broken specs and the bindings with broken responses.

(a) Mutated specs: a valid model (the rest-json feature golden or the bad
    specs' base) with keys deleted, values replaced by other types,
    references renamed, keys inserted, names duplicated and shape types
    changed.  The generator must either reject it with ``SpecError`` whose
    problems are all located (a JSON pointer, line and column > 0) or
    produce code that compiles and imports.  Nothing else may escape.

(b) Broken responses: random bytes, random JSON and random-but-plausible
    JSON objects (built from each output shape, with wrong types mixed in),
    random statuses and headers, fed to every operation's ``deserialize`` of
    ``generated.connect`` and ``generated.connectparticipant``.  Only
    ``runtime.DeserializationError`` and ``runtime.ServiceError`` subclasses
    may escape.

Both are seeded (hypothesis ``derandomize``; ``random.Random`` seeded by the
operation name), bounded in examples, and print nothing on success.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import random
import re
import signal
import sys
import traceback
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from .conftest import ROOT

# ==========================================================================
# (a) mutated specs

BASES = {
    "rest_features": ROOT / "tests" / "golden" / "rest_features" / "service.yaml",
    "bad_specs_base": ROOT / "tests" / "bad_specs" / "valid_base.yaml",
}

SHAPE_TYPES = ["structure", "list", "map", "string", "integer", "long", "float", "double", "boolean", "timestamp", "blob"]
LOCATIONS = ["uri", "querystring", "header", "headers", "statusCode"]
KNOWN_KEYS = [
    "type", "members", "member", "key", "value", "required", "shape", "location", "locationName", "enum", "min",
    "max", "pattern", "payload", "error", "exception", "fault", "documentation", "timestampFormat", "hostLabel",
    "idempotencyToken", "jsonvalue", "streaming", "document", "union", "sensitive", "deprecated",
    "deprecatedMessage", "http", "input", "output", "errors", "endpoint", "requestUri", "method", "responseCode",
    "name", "protocol", "serviceId", "pythonName", "httpStatusCode", "code", "box", "eventstream", "event",
]
TRICKY_PATTERNS = ["[a-", "\\X", "(?<=a+)b", "^\\p{L}+$", "\\", "(", "a{2,1}", "[^]", "\\Q", "(?i)x", "\\uD800", "$^"]
TRICKY_URIS = ["/", "/{Bucket}", "/{Key+}", "/{A}/{B}", "/x?y", "/x?y=1&z", "/{}", "/{Key+}/{Bucket+}", "x", "/{"]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**64), 2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(["", "structure", "string", "uri", "header", "GET", "/", "{X}", "rest-json", "Name", "1"])
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KNOWN_KEYS) | st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, path + (index,))


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _variants(name: str) -> list[str]:
    snake = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
    return [snake, name.lower(), name.upper(), name + "_", "_" + name, name.swapcase(), name[:1].lower() + name[1:]]


def mutate(draw: Any, spec: dict[str, Any]) -> list[str]:
    """Apply one random mutation to ``spec`` in place; return a description for ``note``."""
    shapes = spec.get("shapes") if isinstance(spec.get("shapes"), dict) else {}
    shape_names = sorted(shapes) or ["Missing"]
    paths = list(_paths(spec))[1:]
    kind = draw(
        st.sampled_from(
            ["delete", "replace", "rename_ref", "insert", "duplicate", "retype", "location", "uri", "payload", "pattern",
             "rename_shape", "enum", "add_member", "add_member", "add_member", "add_shape", "add_shape", "rename_ref"]
        )
    )
    if kind in ("delete", "replace") and paths:
        path = draw(st.sampled_from(paths))
        parent = _get(spec, path[:-1])
        if kind == "delete":
            del parent[path[-1]]
            return [f"delete {path}"]
        value = draw(json_values)
        parent[path[-1]] = value
        return [f"replace {path} with {value!r}"]
    if kind == "rename_ref":
        refs = [p for p in paths if p and p[-1] == "shape" and isinstance(_get(spec, p), str)]
        if refs:
            path = draw(st.sampled_from(refs))
            old = _get(spec, path)
            new = draw(st.sampled_from(shape_names + _variants(old) + [""]) | st.text(max_size=6))
            _get(spec, path[:-1])["shape"] = new
            return [f"reference {path}: {old!r} -> {new!r}"]
    if kind == "insert":
        containers = [p for p in [()] + paths if isinstance(_get(spec, p), dict)]
        path = draw(st.sampled_from(containers))
        key = draw(st.sampled_from(KNOWN_KEYS) | st.text(max_size=6))
        value = draw(json_values | st.sampled_from(shape_names + LOCATIONS + SHAPE_TYPES).map(str))
        _get(spec, path)[key] = value
        return [f"insert {path}[{key!r}] = {value!r}"]
    if kind == "duplicate":
        named = [p for p in [()] + paths if isinstance(_get(spec, p), dict) and p and p[-1] in ("shapes", "members", "operations")]
        named = [p for p in named if _get(spec, p)]
        if named:
            path = draw(st.sampled_from(named))
            mapping = _get(spec, path)
            old = draw(st.sampled_from(sorted(mapping)))
            new = draw(st.sampled_from(_variants(old)))
            mapping[new] = json.loads(json.dumps(mapping[old]))
            return [f"duplicate {path}/{old!r} as {new!r}"]
    if kind == "retype" and shapes:
        name = draw(st.sampled_from(sorted(shapes)))
        if isinstance(shapes[name], dict):
            shapes[name]["type"] = draw(st.sampled_from(SHAPE_TYPES))
            return [f"retype {name} to {shapes[name]['type']}"]
    if kind == "location":
        members = [p for p in paths if len(p) >= 2 and p[-2] == "members" and isinstance(_get(spec, p), dict)]
        if members:
            path = draw(st.sampled_from(members))
            member = _get(spec, path)
            member["location"] = draw(st.sampled_from(LOCATIONS))
            member["locationName"] = draw(st.sampled_from(["X-A", "a b", "", "Key", "Bucket", "x-meta-"]) | st.text(max_size=5))
            return [f"location {path}: {member['location']} {member['locationName']!r}"]
    if kind == "uri":
        ops = [p for p in paths if len(p) == 2 and p[0] == "operations" and isinstance(_get(spec, p), dict)]
        if ops:
            path = draw(st.sampled_from(ops))
            uri = draw(st.sampled_from(TRICKY_URIS) | st.text(max_size=8).map(lambda t: "/" + t))
            _get(spec, path).setdefault("http", {"method": "GET"})
            if isinstance(_get(spec, path)["http"], dict):
                _get(spec, path)["http"]["requestUri"] = uri
                return [f"requestUri {path}: {uri!r}"]
    if kind == "payload":
        structs = [n for n in sorted(shapes) if isinstance(shapes[n], dict) and shapes[n].get("type") == "structure"]
        if structs:
            name = draw(st.sampled_from(structs))
            members = shapes[name].get("members")
            choices = sorted(members) if isinstance(members, dict) and members else ["Nope"]
            shapes[name]["payload"] = draw(st.sampled_from(choices))
            return [f"payload {name}: {shapes[name]['payload']!r}"]
    if kind == "pattern" and shapes:
        name = draw(st.sampled_from(sorted(shapes)))
        if isinstance(shapes[name], dict):
            shapes[name]["pattern"] = draw(st.sampled_from(TRICKY_PATTERNS) | st.text(max_size=5))
            return [f"pattern {name}: {shapes[name]['pattern']!r}"]
    if kind == "rename_shape" and shapes:
        old = draw(st.sampled_from(sorted(shapes)))
        new = draw(st.sampled_from(_variants(old)) | st.text(min_size=1, max_size=6))
        shapes[new] = shapes.pop(old)
        if draw(st.booleans()):  # and its references too
            for path in list(_paths(spec)):
                if path and path[-1] == "shape" and _get(spec, path) == old:
                    _get(spec, path[:-1])["shape"] = new
        return [f"rename shape {old!r} -> {new!r}"]
    if kind == "enum" and shapes:
        name = draw(st.sampled_from(sorted(shapes)))
        if isinstance(shapes[name], dict):
            shapes[name]["enum"] = draw(st.lists(st.text(max_size=4) | st.sampled_from(["A", "a", "A_", "1", ""]), max_size=4))
            return [f"enum {name}: {shapes[name]['enum']!r}"]
    structs = [n for n in sorted(shapes) if isinstance(shapes[n], dict) and isinstance(shapes[n].get("members"), dict)]
    if kind == "add_member" and structs:
        owner = draw(st.sampled_from(structs))
        target = draw(st.sampled_from(shape_names))
        member: dict[str, Any] = {"shape": target}
        if draw(st.booleans()):
            member["location"] = draw(st.sampled_from(LOCATIONS))
            member["locationName"] = draw(st.sampled_from(["X-New", "New", "x-new-"]))
        name = draw(st.sampled_from(["Added", "added", "Validate", "Self", "self", "Type", "http_status", "Message", "super"]))
        shapes[owner]["members"][name] = member
        return [f"add member {owner}.{name} = {member!r}"]
    if kind == "add_shape" and structs:
        new = draw(st.sampled_from(["Added", "AddedList", "AddedMap", "OPERATION", "Lens", "Str"]))
        kind_of = draw(st.sampled_from(["list", "map", "structure", "string"]))
        target = draw(st.sampled_from(shape_names + [new]))
        shape: dict[str, Any] = {"type": kind_of}
        if kind_of == "list":
            shape["member"] = {"shape": target}
        elif kind_of == "map":
            shape.update(key={"shape": draw(st.sampled_from(shape_names))}, value={"shape": target})
        elif kind_of == "structure":
            shape["members"] = {"Inner": {"shape": target}}
        shapes[new] = shape
        owners = [n for n in structs if n != new]
        if not owners:
            return [f"add shape {new} = {shape!r}, unused"]
        owner = draw(st.sampled_from(owners))
        shapes[owner]["members"]["Added" + new] = {"shape": new}
        return [f"add shape {new} = {shape!r}, used by {owner}"]
    return ["(no-op)"]


_counter = iter(range(10**9))

#: Seconds one mutated spec may take to generate and import (it takes well under one);
#: once one hang was seen, later examples get the shorter limit, to bound the run.
TIME_LIMIT, TIME_LIMIT_AFTER_A_HANG = 10, 4


class Hang(BaseException):
    """Raised in the test's thread when generation runs past TIME_LIMIT (a BaseException,
    so that no ``except Exception`` in the generator swallows it)."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def interrupt(signum: int, frame: Any) -> None:
        raise Hang(f"did not finish in {seconds} s, interrupted in {frame.f_code.co_name}")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def restore_modules() -> Iterator[None]:
    before = set(sys.modules)
    yield
    for name in set(sys.modules) - before:
        if name.startswith("fuzzed"):
            del sys.modules[name]


MUTATION_EXAMPLES = 400


def test_mutated_specs_are_rejected_with_located_problems_or_generate(tmp_path: Path, restore_modules: None) -> None:
    """Every distinct failure is collected (by exception type and message) and reported at the end,
    each with the mutations of its first example, so one run lists all of them."""
    from generator.errors import SpecError

    findings: dict[str, list[str]] = {}  # kind -> the first example's mutations and outcome
    counts: dict[str, int] = {}

    def record(kind: str, steps: list[str], detail: str) -> None:
        findings.setdefault(kind, [*steps, detail])
        counts[kind] = counts.get(kind, 0) + 1

    @settings(
        max_examples=MUTATION_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],  # failures are recorded, not raised: nothing to shrink
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def one(data: st.DataObject) -> None:
        base = data.draw(st.sampled_from(sorted(BASES)), label="base")
        spec = yaml.safe_load(BASES[base].read_text("utf-8"))
        steps = [f"  base: {BASES[base].relative_to(ROOT)}"]
        for _ in range(data.draw(st.sampled_from([1, 1, 2, 2, 3, 4]), label="mutations")):
            steps += [f"  {line}" for line in mutate(data.draw, spec)]
        fmt = data.draw(st.sampled_from(["json", "json", "yaml"]), label="format")
        package = f"fuzzed{next(_counter)}"
        folder = tmp_path / package
        folder.mkdir()
        path = folder / f"service.{fmt}"
        if fmt == "json":
            path.write_text(json.dumps(spec, indent=1), "utf-8")
        else:
            path.write_text(yaml.safe_dump(spec, sort_keys=False), "utf-8")
        steps.append(f"  written as {fmt}")
        try:
            hung = any(kind.startswith("Hang") for kind in findings)
            with time_limit(TIME_LIMIT_AFTER_A_HANG if hung else TIME_LIMIT):
                _generate_and_import(path, package, folder / "out")
            event("generated")
        except SpecError as exc:
            event("rejected")
            for problem in exc.problems:
                located = problem.file == str(path) and problem.line > 0 and problem.col > 0
                pointed = problem.pointer == "" or problem.pointer.startswith("/")
                if not (located and pointed and problem.message):
                    record("unlocated problem: " + problem.message[:80], steps, f"  -> {problem}")
        except (Exception, Hang) as exc:  # noqa: BLE001 - anything else is a finding
            lines = traceback.format_exception(exc)
            kind = f"{type(exc).__name__}: {re.sub(r'[0-9]+', 'N', str(exc)[:100])}"
            frames = [ln.strip() for ln in lines if ln.strip().startswith("File ") and "test_fuzz.py" not in ln]
            where = frames[-1] if frames else ""
            record(kind, steps, f"  -> {kind}\n     at {where}")

    one()
    assert not findings, f"{len(findings)} distinct failure(s) in {MUTATION_EXAMPLES} mutated specs:\n" + "\n".join(
        f"* {kind} (seen {counts[kind]} time(s); first example:)\n" + "\n".join(lines) for kind, lines in findings.items()
    )


def _generate_and_import(path: Path, package: str, out: Path) -> None:
    """Generate ``path``; every file must compile and every module import."""
    from generator import load, pipeline, write

    result = pipeline.run([pipeline.Job(load.find_spec(path), package)], out, jobs_parallel=1, format=False)
    for rel, text in result.contents.items():
        if rel.endswith((".py", ".pyi")):
            compile(text, rel, "exec", dont_inherit=True)
    write.commit(result)
    for loaded in [m for m in sys.modules if m == out.name or m.startswith(out.name + ".")]:
        del sys.modules[loaded]  # an earlier folder of the same name
    sys.path.insert(0, str(out.parent))
    try:
        for rel in sorted(result.contents):
            if rel.startswith(package + "/") and rel.endswith(".py"):
                importlib.import_module(f"{out.name}." + rel[: -len(".py")].replace("/", ".").removesuffix(".__init__"))
        pkg = sys.modules[f"{out.name}.{package}"]
        for name in pkg.OPERATIONS:
            assert pkg.OPERATIONS[name].name == name
    finally:
        sys.path.remove(str(out.parent))


def test_a_model_whose_operations_are_all_gone_generates_code_that_compiles(tmp_path: Path, restore_modules: None) -> None:
    """Found by the mutation fuzz: ``operations: {}`` (or every operation left out, e.g. all
    event-stream ones) must still give a package that compiles and imports."""
    spec = yaml.safe_load(BASES["bad_specs_base"].read_text("utf-8"))
    spec["operations"] = {}
    path = tmp_path / "service.json"
    path.write_text(json.dumps(spec), "utf-8")
    _generate_and_import(path, "fuzzednoops", tmp_path / "out")


# ==========================================================================
# (b) broken responses for every operation of the bundled bindings

PACKAGES = {
    "connect": ROOT / "specs" / "connect" / "service-2.json",
    "connectparticipant": ROOT / "specs" / "connectparticipant" / "service-2.json",
}
EXAMPLES_PER_OPERATION = 100
STATUSES = [200, 200, 200, 201, 202, 204, 206, 299, 300, 301, 304, 399, 400, 401, 403, 404, 409, 418, 429, 499, 500, 502, 503, 599]
NASTY_TEXT = ["", " ", "\x00", "\ud800", "é", "😀", "NaN", "-Infinity", "1e400", "true", "null", "[]", "{}", "9" * 5000, "\r\n", "%00", "\\u0000"]
NASTY_JSON = [
    b"", b" ", b"null", b"[]", b"{}", b"[" * 5000 + b"]" * 5000, b'{"a":' * 3000 + b"1" + b"}" * 3000, b"NaN", b"1e999",
    b'"\\ud800"', b"\xef\xbb\xbf{}", b"\xff\xfe{\x00}\x00", b"{" + b'"a":1,' * 10 + b"}", b'{"__type": 5}',
    b'{"message": {"nested": [1, 2]}}', b'{"Message": null, "code": ["x"]}', b"9" * 5000, b'{"a": 1}garbage',
]


def _load_model(path: Path) -> dict[str, Any]:
    model: dict[str, Any] = json.loads(path.read_text("utf-8"))
    overrides = path.parent / "overrides.yaml"
    if overrides.is_file():
        from generator.overrides import merge_patch

        model = merge_patch(model, yaml.safe_load(overrides.read_text("utf-8")))
    return model


def _random_json(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 4 or roll < 0.5:
        return rng.choice(
            [None, True, False, 0, -1, 2**63, -(2**70), 1.5, -0.0, 1e308, float("nan"), float("inf"), rng.choice(NASTY_TEXT), rng.random()]
        )
    if roll < 0.75:
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(NASTY_TEXT + ["a", "message", "__type"]): _random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))}


class Plausible:
    """JSON values shaped like a model's shapes, with wrong types mixed in."""

    def __init__(self, model: dict[str, Any], rng: random.Random, wrong: float) -> None:
        self.shapes = model["shapes"]
        self.rng = rng
        self.wrong = wrong

    def value(self, name: str, depth: int = 0) -> Any:
        rng = self.rng
        if rng.random() < self.wrong or depth > 6:
            return _random_json(rng, 3)
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "structure":
            if shape.get("document"):
                return _random_json(rng)
            members = shape.get("members", {})
            chosen = [m for m in members if rng.random() < 0.7]
            return {members[m].get("locationName", m): self.value(members[m]["shape"], depth + 1) for m in chosen}
        if kind == "list":
            return [self.value(shape["member"]["shape"], depth + 1) for _ in range(rng.randint(0, 3))]
        if kind == "map":
            return {rng.choice(["k", "", "é", "\ud800"]) + str(i): self.value(shape["value"]["shape"], depth + 1) for i in range(rng.randint(0, 3))}
        if kind == "string":
            return rng.choice(shape.get("enum") or NASTY_TEXT + ["plain"])
        if kind in ("integer", "long"):
            return rng.choice([0, 1, -1, 2**31, 2**63, 10**30, 1.0, 1.5])
        if kind in ("float", "double"):
            return rng.choice([0.5, 1, -0.0, 1e308, "NaN", "Infinity", "-Infinity", "nan", 1e400 if rng.random() < 0.5 else 2])
        if kind == "boolean":
            return rng.choice([True, False, 0, "true"])
        if kind == "timestamp":
            return rng.choice(
                [0, 1.5, -1, 10**12, 10**20, -(10**20), "2020-01-01T00:00:00Z", "2020-02-30T00:00:00Z", "9999-12-31T23:59:59-01:00",
                 "Tue, 29 Apr 2014 18:30:38 GMT", "Mon, 99 Xyz 2014", "1e400", "nan", "", "٣", "1_000", float("nan")]
            )
        if kind == "blob":
            return rng.choice([base64.b64encode(b"\x00\xff").decode(), "not base64!", "", "=", "é", 5])
        return _random_json(rng)

    def header_text(self, name: str) -> str:
        kind = self.shapes[name]["type"]
        rng = self.rng
        if kind in ("integer", "long"):
            return rng.choice(["1", "-1", "", "x", "1.5", "9" * 5000, "١"])
        if kind == "boolean":
            return rng.choice(["true", "FALSE", "yes", ""])
        if kind == "timestamp":
            return rng.choice(["Tue, 29 Apr 2014 18:30:38 GMT", "0", "1e400", "garbage", "2020-01-01T00:00:00Z"])
        if kind == "list":
            return rng.choice(['a, "b,c", d', '"unterminated', '\\"', ""])
        return rng.choice(NASTY_TEXT + ["text", base64.b64encode(b'{"a": 1}').decode(), base64.b64encode(b"[" * 5000).decode()])


def _response(rng: random.Random, model: dict[str, Any], op_spec: dict[str, Any], errors: list[str]) -> tuple[int, dict[str, str], bytes]:
    roll = rng.random()
    status = rng.choice([200, 200, 201, 204]) if roll < 0.5 else rng.choice(STATUSES) if roll < 0.9 else rng.randint(100, 599)
    headers: dict[str, str] = {}
    plausible = Plausible(model, rng, wrong=rng.choice([0.0, 0.0, 0.02, 0.1, 0.3]))
    shape_name = op_spec.get("output", {}).get("shape")
    if not 200 <= status < 300 and op_spec.get("errors") and rng.random() < 0.7:
        shape_name = rng.choice(op_spec["errors"])["shape"]
        code = rng.choice([shape_name, *errors, "Unknown", ""])
        code = rng.choice([code, f"aws.ns#{code}", f"{code}:http://internal.amazon.com/", f" {code} ", code.lower()])
        if rng.random() < 0.5:
            headers["x-amzn-ErrorType"] = code
    kind = rng.random()
    if kind < 0.15:
        body = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40)))
    elif kind < 0.3:
        body = rng.choice(NASTY_JSON)
    elif kind < 0.45:
        body = json.dumps(_random_json(rng)).encode()
    else:
        value = plausible.value(shape_name) if shape_name else {}
        if isinstance(value, dict) and rng.random() < 0.3:
            value[rng.choice(["__type", "code", "Code"])] = rng.choice([shape_name or "", *errors, 7, None])
            value[rng.choice(["message", "Message", "errorMessage"])] = _random_json(rng, 3)
        payload = model["shapes"].get(shape_name or "", {}).get("payload")
        if payload and rng.random() < 0.5:
            target = model["shapes"][shape_name]["members"][payload]["shape"]
            kind_of = model["shapes"][target]["type"]
            value = plausible.value(target) if kind_of not in ("blob", "string") else rng.choice(NASTY_TEXT)
        # raw UTF-8 (lone surrogates written as CESU-style bytes, not valid UTF-8) or \u escapes
        body = json.dumps(value, ensure_ascii=rng.random() < 0.7).encode("utf-8", "surrogatepass")
    if shape_name:
        for member in model["shapes"][shape_name].get("members", {}).values():
            if member.get("location") in ("header", "headers") and rng.random() < 0.6:
                name = member.get("locationName", "x")
                if member["location"] == "headers":
                    name += rng.choice(["a", "", "é"])
                headers[rng.choice([name, name.lower(), name.upper()])] = plausible.header_text(member["shape"])
    for _ in range(rng.randint(0, 2)):
        headers[rng.choice(["x-amzn-RequestId", "Content-Type", "x-amz-request-id", "X-Amzn-ErrorType", "é"])] = rng.choice(NASTY_TEXT)
    return status, headers, body


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_deserialize_raises_only_documented_errors(package: str) -> None:
    pkg = importlib.import_module(f"generated.{package}")
    runtime = importlib.import_module("generated._runtime.restjson")
    errors_module = importlib.import_module(f"generated.{package}.errors")
    allowed = (runtime.DeserializationError, runtime.ServiceError)
    model = _load_model(PACKAGES[package])
    codes = sorted(errors_module.ERRORS)
    failures: list[str] = []
    for name in pkg.OPERATIONS:
        op = pkg.OPERATIONS[name]
        op_spec = model["operations"][name]
        rng = random.Random(zlib.crc32(f"{package}.{name}".encode()))
        for example in range(EXAMPLES_PER_OPERATION):
            status, headers, body = _response(rng, model, op_spec, codes)
            try:
                result = op.deserialize(status, headers, body)
            except allowed:
                continue
            except BaseException as exc:  # noqa: BLE001 - anything else is the finding
                failures.append(
                    f"{name} example {example}: {type(exc).__name__}: {str(exc)[:200]}\n"
                    f"    deserialize({status!r}, {headers!r:.300}, {body[:300]!r})"
                )
                if len(failures) >= 20:
                    break
                continue
            assert 200 <= status < 300 and isinstance(result, op.output), (name, status)
        if len(failures) >= 20:
            break
    assert not failures, f"{len(failures)} undocumented exception(s) escaped deserialize:\n" + "\n".join(failures)
