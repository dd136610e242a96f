"""Protocol-independent parts of the conformance runners.

* :func:`load_cases` reads botocore's protocol-test files into :class:`Case`
  values with stable ids (``input/<id>``, ``output/<id>``, and for the
  legacy suites, whose cases have no id, ``legacy-input/<suite>.<case>``).
* :func:`plan_packages` groups cases into as few generated packages as
  possible: one per suite, split only when two cases of a suite define the
  same operation differently.
* :class:`Generated` runs the generator once for all packages and imports
  them on demand; a package the generator rejects or crashes on, or that
  fails to import, fails only its own cases.
* :func:`to_python` turns the vectors' value conventions (epoch numbers for
  timestamps, text for blobs, ``"NaN"`` strings for floats, ``null`` for an
  omitted member) into what the generated ``from_dict``/``to_dict`` use.
* :func:`differences` compares expected and actual values and describes
  every mismatch; :func:`request_problems` a serialized request with a
  case's ``serialized``, :func:`error_problems` a raised error with its
  ``errorCode``, ``errorMessage`` and ``error``.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import math
import sys
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

IDEMPOTENCY_TOKEN = "00000000-0000-4000-8000-000000000000"
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_FLOAT_WORDS = ("NaN", "Infinity", "-Infinity")


# --- vectors -----------------------------------------------------------------


@dataclass
class Case:
    """One protocol test case, with the suite it belongs to."""

    id: str  # e.g. "input/RestJsonFoo", "legacy-output/3.0"
    kind: str  # "input" or "output"
    source: str  # file, relative to the protocols folder
    suite_index: int
    case_index: int
    suite: dict[str, Any]
    case: dict[str, Any]
    package: str = ""

    @property
    def given(self) -> dict[str, Any]:
        return self.case["given"]

    @property
    def shapes(self) -> dict[str, Any]:
        return self.suite["shapes"]

    @property
    def title(self) -> str:
        """A one-line description for failure messages."""
        text = self.case.get("description") or self.suite.get("description") or ""
        return " ".join(str(text).split())


def load_cases(protocols: Path, source: str, kind: str, prefix: str) -> list[Case]:
    """Every case of one file; ``prefix`` starts each id (``input``, ``legacy-output`` …)."""
    suites = json.loads((protocols / source).read_text("utf-8"))
    cases: list[Case] = []
    for s_index, suite in enumerate(suites):
        for c_index, case in enumerate(suite["cases"]):
            ident = case.get("id") or f"{s_index}.{c_index}"
            cases.append(Case(f"{prefix}/{ident}", kind, source, s_index, c_index, suite, case))
    ids = [c.id for c in cases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{source}: duplicate case ids {duplicates}")
    return cases


# --- generation ----------------------------------------------------------------


@dataclass
class PackagePlan:
    """One generated package: a suite's shapes and the operations of some of its cases."""

    name: str
    model: dict[str, Any]
    cases: list[Case] = field(default_factory=list)


def plan_packages(cases: Iterable[Case], prefix: str, service_id: str) -> list[PackagePlan]:
    """Group ``cases`` into packages (sets ``case.package``); see the module docstring."""
    by_suite: dict[tuple[str, int], list[Case]] = {}
    for case in cases:
        by_suite.setdefault((case.source, case.suite_index), []).append(case)
    plans: list[PackagePlan] = []
    for (source, s_index), suite_cases in by_suite.items():
        suite = suite_cases[0].suite
        groups: list[PackagePlan] = []
        for case in suite_cases:
            name = case.given["name"]
            for group in groups:
                known = group.model["operations"].get(name)
                if known is None or known == case.given:
                    break
            else:
                metadata = dict(suite["metadata"])
                metadata.setdefault("serviceId", service_id)
                stem = source.removesuffix(".json").replace("/", "_").replace("-", "_")
                group = PackagePlan(
                    f"{prefix}_{stem}_{s_index}_{len(groups)}",
                    {"metadata": metadata, "shapes": suite["shapes"], "operations": {}},
                )
                groups.append(group)
            group.model["operations"][name] = case.given
            group.cases.append(case)
            case.package = group.name
        plans.extend(groups)
    return plans


class GenerationFailed(Exception):
    """The generator rejected or crashed on a package's spec, or it failed to import."""


class Generated:
    """The generated packages of a run: imported on first use, failures kept per package."""

    def __init__(self, plans: list[PackagePlan], work: Path) -> None:
        # The output folder is the package holding the services and their
        # runtime; named after the work folder so that two runs never meet
        # in sys.modules.
        self.out = work / ("bindings_" + re.sub(r"\W", "_", work.name))
        self.failures: dict[str, str] = {}
        self._modules: dict[str, ModuleType] = {}
        specs = work / "specs"
        specs.mkdir(parents=True, exist_ok=True)
        jobs = []
        from generator import pipeline

        for plan in plans:
            path = specs / f"{plan.name}.json"
            path.write_text(json.dumps(plan.model, indent=1), "utf-8")
            job = pipeline.Job(path, plan.name)
            try:  # load, validate, build: isolates a bad spec to its own package
                pipeline.load_service(job)
            except Exception as exc:
                self.failures[plan.name] = _describe(exc)
                continue
            jobs.append(job)
        self._generate(jobs)
        sys.path.insert(0, str(self.out.parent))

    def _generate(self, jobs: list[Any]) -> None:
        from generator import pipeline, write

        try:
            write.commit(pipeline.run(jobs, self.out, jobs_parallel=1, format=False))
            return
        except Exception:
            pass
        for job in jobs:  # something failed while rendering: find out which
            try:
                write.commit(pipeline.run([job], self.out, jobs_parallel=1, format=False))
            except Exception as exc:
                self.failures[job.package] = _describe(exc)

    def package(self, name: str) -> ModuleType:
        """The imported package ``name``; :class:`GenerationFailed` if it has none."""
        if name in self.failures:
            raise GenerationFailed(self.failures[name])
        module = self._modules.get(name)
        if module is None:
            qualified = f"{self.out.name}.{name}"
            for loaded in [m for m in sys.modules if m == qualified or m.startswith(qualified + ".")]:
                del sys.modules[loaded]
            try:
                module = importlib.import_module(qualified)
                runtime = importlib.import_module(f"{self.out.name}._runtime.models")
            except Exception as exc:
                self.failures[name] = "import failed: " + _describe(exc)
                raise GenerationFailed(self.failures[name]) from None
            runtime.token_factory = lambda: IDEMPOTENCY_TOKEN
            self._modules[name] = module
        return module

    def close(self) -> None:
        """Forget the packages: drop them from ``sys.modules`` and ``sys.path``."""
        root = self.out.name
        for loaded in [m for m in sys.modules if m == root or m.startswith(root + ".")]:
            del sys.modules[loaded]
        if str(self.out.parent) in sys.path:
            sys.path.remove(str(self.out.parent))


def _describe(exc: BaseException) -> str:
    from generator.errors import SpecError

    if isinstance(exc, SpecError):
        return "SpecError:\n" + str(exc)
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = "; ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)
    return f"{type(exc).__name__}: {exc} (at {where})"


# --- requests ----------------------------------------------------------------


def _list_header_names(case: Case) -> set[str]:
    """Lower-cased names of headers bound to list members of the input."""
    input_shape = case.given.get("input", {}).get("shape")
    if input_shape is None:
        return set()
    names = set()
    for name, member in case.shapes[input_shape].get("members", {}).items():
        if member.get("location") == "header" and case.shapes[member["shape"]]["type"] == "list":
            names.add(member.get("locationName", name).lower())
    return names


def _split_header_list(value: str) -> list[str]:
    """Items of a list-valued header: split at commas outside double quotes, stripped."""
    items, current, quoted, escaped = [], "", False, False
    for char in value:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            items.append(current.strip())
            current = ""
            continue
        current += char
    items.append(current.strip())
    return items


def _raw_payload(case: Case) -> bool:
    """Whether the input's payload member is a blob or string (sent as raw bytes)."""
    input_shape = case.given.get("input", {}).get("shape")
    if input_shape is None:
        return False
    shape = case.shapes[input_shape]
    payload = shape.get("payload")
    if payload is None:
        return False
    return case.shapes[shape["members"][payload]["shape"]]["type"] in ("blob", "string")


def _json_or_none(data: bytes | str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None


def request_problems(case: Case, http: Any, form: bool = False) -> list[str]:
    """Every way ``http`` differs from the case's ``serialized``.

    ``form``: the body is a form-encoded query/ec2 body, compared as the
    exact string (its fields in the model's order); its ``Content-Type``
    compares by media type, since the vectors leave out the
    ``; charset=utf-8`` botocore and the bindings send (the README's gotcha 2).
    """
    expected = case.case["serialized"]
    problems: list[str] = []
    if "method" in expected and http.method != expected["method"]:
        problems.append(f"method: expected {expected['method']!r}, got {http.method!r}")

    endpoint = urlsplit(case.suite.get("clientEndpoint") or "https://example.com")
    target = endpoint.path.rstrip("/") + http.target
    if target != expected["uri"]:
        problems.append(f"uri: expected {expected['uri']!r}, got {target!r}")

    ours = {name.lower(): value for name, value in http.headers.items()}
    list_headers = _list_header_names(case)
    for name, value in expected.get("headers", {}).items():
        got = ours.get(name.lower())
        if form and got is not None and name.lower() == "content-type":
            got, value = got.split(";")[0].strip(), value.split(";")[0].strip()
        if got is None:
            problems.append(f"header {name}: missing (expected {value!r})")
        elif got != value and not (
            name.lower() in list_headers and _split_header_list(got) == _split_header_list(value)
        ):
            problems.append(f"header {name}: expected {value!r}, got {got!r}")
    for name in expected.get("forbidHeaders", []):
        if name.lower() in ours:
            problems.append(f"header {name}: must be absent, got {ours[name.lower()]!r}")
    for name in expected.get("requireHeaders", []):
        if name.lower() != "content-length" and name.lower() not in ours:
            problems.append(f"header {name}: required but missing")

    if "body" in expected:
        want: str = expected["body"]
        body: bytes = http.body
        if form or _raw_payload(case) or want == "":
            if body != want.encode("utf-8"):
                problems.append(f"body: expected {want.encode('utf-8')!r}, got {body!r}")
        else:
            want_json, got_json = _json_or_none(want), _json_or_none(body)
            if want_json is None:
                if body != want.encode("utf-8"):
                    problems.append(f"body: expected {want!r}, got {body!r}")
            elif got_json is None and body.strip() != b"null":
                problems.append(f"body: expected JSON {want!r}, got {body!r}")
            else:
                problems.extend(f"body{d}" for d in differences(want_json, got_json))

    if "host" in expected:
        host = http.host_prefix + endpoint.netloc + endpoint.path.rstrip("/")
        if host != expected["host"]:
            problems.append(f"host: expected {expected['host']!r}, got {host!r}")
    return problems


# --- errors ------------------------------------------------------------------


def _error_member_value(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list):
        return [_error_member_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _error_member_value(v) for k, v in value.items()}
    return value


def error_problems(case: Case, package: Any, exc: BaseException) -> list[str]:
    """Every way the raised ``exc`` differs from the case's expected error."""
    from generator import names
    from tests.conftest import runtime_of

    code = case.case["errorCode"]
    shape_name = None
    for ref in case.given.get("errors", []):
        shape = case.shapes[ref["shape"]]
        if shape.get("error", {}).get("code", ref["shape"]) == code or ref["shape"] == code:
            shape_name = ref["shape"]
    problems: list[str] = []
    base = runtime_of(package, "errors").ServiceError
    if not isinstance(exc, base):
        return [f"expected a ServiceError for {code!r}, got {type(exc).__name__}: {exc}"]
    if shape_name is not None:
        class_name = names.class_name(shape_name)
        if type(exc).__name__ not in (class_name, class_name + "Error"):
            problems.append(f"class: expected {class_name}, got {type(exc).__name__}")
    if exc.code != code:
        problems.append(f"code: expected {code!r}, got {exc.code!r}")
    message = case.case.get("errorMessage", "")
    if exc.message != message:
        problems.append(f"message: expected {message!r}, got {exc.message!r}")
    if shape_name is None:
        return problems
    members = case.shapes[shape_name].get("members", {})
    message_member = next((m for m in ("message", "Message", "errorMessage") if m in members), None)
    expected = case.case.get("error", {})
    for member, ref in members.items():
        want = to_python(case.shapes, ref["shape"], expected.get(member))
        if member == message_member:
            got = exc.message if member in expected else None
        else:
            field = names.field_name(member, names.MODEL_METHODS | names.ERROR_ATTRIBUTES)
            if not hasattr(exc, field):
                problems.append(f"{member}: the exception has no attribute {field!r}")
                continue
            got = _error_member_value(getattr(exc, field))
        problems.extend(differences(want, got, member))
    for member in expected.keys() - members.keys():
        problems.append(f"{member}: expected in the error but not a member of {shape_name}")
    return problems


# --- values ------------------------------------------------------------------


def timestamp(value: Any) -> Any:
    """An aware UTC datetime for an epoch number; anything else unchanged."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _EPOCH + datetime.timedelta(seconds=value)
    return value


def to_python(shapes: dict[str, Any], shape_name: str | None, value: Any) -> Any:
    """Convert a vector value of shape ``shape_name`` to the bindings' Python form."""
    if shape_name is None or value is None:
        return value
    shape = shapes[shape_name]
    kind = shape["type"]
    if kind == "structure":
        if shape.get("document") or not isinstance(value, dict):
            return value
        members = shape.get("members", {})
        return {
            key: to_python(shapes, members[key]["shape"], item) if key in members else item
            for key, item in value.items()
            if item is not None
        }
    if kind == "list" and isinstance(value, list):
        member = shape["member"]["shape"]
        return [to_python(shapes, member, item) for item in value]
    if kind == "map" and isinstance(value, dict):
        member = shape["value"]["shape"]
        return {key: to_python(shapes, member, item) for key, item in value.items()}
    if kind == "timestamp":
        return timestamp(value)
    if kind == "blob" and isinstance(value, str):
        return value.encode("utf-8")
    if kind in ("float", "double") and value in _FLOAT_WORDS:
        return float(value)
    return value


def differences(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Every place where ``actual`` differs from ``expected`` (``[]`` if equal).

    Dicts compare by key sets and values, lists item by item; NaN equals
    NaN; an int equals the same float; bool never equals a number.
    """
    where = path or "<root>"
    if isinstance(expected, dict) and isinstance(actual, dict):
        found: list[str] = []
        for key in expected.keys() - actual.keys():
            found.append(f"{path}.{key}: missing (expected {expected[key]!r})")
        for key in actual.keys() - expected.keys():
            found.append(f"{path}.{key}: unexpected {actual[key]!r}")
        for key in expected.keys() & actual.keys():
            found.extend(differences(expected[key], actual[key], f"{path}.{key}"))
        return sorted(found)
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{where}: expected {len(expected)} items {expected!r}, got {len(actual)} {actual!r}"]
        found = []
        for index, (e, a) in enumerate(zip(expected, actual)):
            found.extend(differences(e, a, f"{path}[{index}]"))
        return found
    if isinstance(expected, bool) or isinstance(actual, bool):
        same = type(expected) is type(actual) and expected == actual
    elif isinstance(expected, float) and isinstance(actual, (int, float)):
        same = (math.isnan(expected) and math.isnan(actual)) or expected == actual
    else:
        same = type(expected) is type(actual) or {type(expected), type(actual)} <= {int, float}
        same = same and expected == actual
    return [] if same else [f"{where}: expected {expected!r}, got {actual!r}"]
