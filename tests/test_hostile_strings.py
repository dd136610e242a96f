"""Hostile spec text: every string a model can carry must reach code as data.

Spec strings reach generated code in documentation (docstrings), enum
values, member and shape names, wire names (``locationName``), patterns,
error codes and the service's names.  Here they hold quotes, triple quotes,
backslashes, newlines, ``\\r``, Jinja and shell syntax, NUL and other control
characters, lone surrogates (JSON can carry them; the YAML loader rejects
them, see ``test_yaml_cannot_carry_lone_surrogates``), emoji, RTL marks and
U+2028, plus payloads that would run code if they ever escaped their
literal.  The checks: every generated file compiles, the package and every
module import, nothing of the payloads runs (sentinels), and the strings
come back exactly where the bindings show them: enum values (``enums.py``
and ``validate()``), wire names (serialized requests, parsed responses,
``to_dict`` keys), error codes (``ERRORS`` and error parsing) and patterns
(``_rt.Pattern(source, ...)``).

Which locations hold what: a JSON body key can be any string; a query name
any string (it is percent-encoded on the way out); a header name only an
HTTP token (``tests/bad_specs/header_name_not_a_token.yaml`` is the case
for the others); a URI label anything but ``{``, ``}``, ``?`` and a
trailing ``+``.
"""

from __future__ import annotations

import builtins
import importlib
import json
import re
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# --------------------------------------------------------------------------
# The payloads

FLAG = "HOSTILE_SPEC_TEXT_RAN"
#: An expression with a side effect we can see: it sets a builtin.
SET_FLAG = f'__import__("builtins").__dict__.__setitem__("{FLAG}", 1)'


def touch(path: Path) -> str:
    """An expression with a side effect on disk."""
    return f'__import__("pathlib").Path({str(path)!r}).touch()'


#: Fragments that break naive escaping, templating or tokenizing.
FRAGMENTS = [
    '"', "'", '"""', "'''", '""""""', "\\", "\\\\", "end\\", '\\"', '"\\', "a\"", '"a',
    "\n", "\r", "\r\n", "\t", "\x0b\x0c", "\n\n\n",
    "{{ 7 * 7 }}", "{% raw %}", "{%- endraw %}", "{# note #}", "{{", "}}", "{%", "%}",
    "${HOME}", "$(id)", "`id`", "#{x}", "%s %(x)s {0} {x!r}",
    "\x00", "\x01\x1f", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\ufeff", "\u200b",
    "\u200f", "\u202e", "\u2066", "😀", "👩‍👩‍👧", "𝔘𝔫𝔦", "é", "ﬁ", "İ", "\U0010ffff", "\ufffe",
    "\ud800", "\udfff",
    "\\N{BULLET}", "\\x41", "\\u0041", "\\U0001F600", "\\'", "\\\n",
    "<p>", "</p>", "<code>`x`</code>", "&quot;&#x27;&#0;&amp;", "<!-- c -->", "]]>",
    "\\b\\d+", "\\Q", "\\E", "[a-", "(?P<x>)", "*", "**", "`", "|", "_", "::", ".. note::", "#",
    "None", "True", "__import__", "os._exit(1)", "self", "__class__",
]

#: Ends the process if it ever runs: only used in a child process (test_hostile_corpus_in_a_fresh_interpreter).
EXIT_INJECTION = '"""); import os; os._exit(1)#'

#: Whole strings that try to end a literal or docstring and run code.
INJECTIONS = [
    f'"""); {SET_FLAG} #',
    f"'''); {SET_FLAG} #",
    f'"); {SET_FLAG} #',
    f"'); {SET_FLAG} #",
    f'\\"); {SET_FLAG} #',
    f'"\n{SET_FLAG}\n"',
    f'"""\n{SET_FLAG}\n"""',
    f"\\\n{SET_FLAG}",
    f"\r{SET_FLAG}",
    f"\u2028{SET_FLAG}",
    f"{{{{ {SET_FLAG} }}}}",
    f"{{% set x = {SET_FLAG} %}}",
    f'"""\x00"""; {SET_FLAG}',
]

#: Every fragment in one string (lone surrogates kept apart: JSON reads a pair as one character).
JOINED = "-".join(FRAGMENTS)

HOSTILE = list(dict.fromkeys(FRAGMENTS + INJECTIONS + ["", " ", "x" * 300, JOINED]))

#: Header names: HTTP tokens only, but every token character.
HEADER_NAMES = ["x-'quoted'", "x-!#$%&*+.^_`|~", "X-Mixed-CASE", "x-9"]

#: URI label names: anything but braces, '?' and a trailing '+'.
LABEL_NAMES = ['lab"el', "la\\bel", "l'a'b", "ü-label", "a b", "😀", "x\ny"]

#: Valid Java patterns full of quotes and backslashes, with a value each matches.
PATTERNS = [
    ("^[\"'\\\\]+$", "'\"\\"),
    ('\\Q"""\\E', 'a"""b'),
    ("'''", "'''"),
    ('\\\\"', '\\"'),
    ("[{}]+", "{}"),
    ('"\\n"', '"\n"'),
    ("\\u0022\\x27", "\"'"),
    ("^(?:\"|')\\s*$", '" '),
    ("^\\p{L}*\"$", 'é"'),
    ("\\{\\{ x \\}\\}", "{{ x }}"),
    ("\\$\\{HOME\\}", "${HOME}"),
    ("\\x00|\\u2028", "\u2028"),
    ("^[^\"]*$", "no quotes"),
]


def java_quote(text: str) -> str:
    """A Java regex matching ``text`` literally: every non-ASCII-alphanumeric escaped."""
    return "".join(c if c.isascii() and c.isalnum() else "\\" + c for c in text)


# --------------------------------------------------------------------------
# Building a spec around hostile strings


def short(text: str) -> str:
    """Text for operation and shape names.

    Cut to keep file names short (see ``test_very_long_names``).
    """
    return text[:40]


def no_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(c for c in value if not 0xD800 <= ord(c) <= 0xDFFF)
    if isinstance(value, list):
        return [no_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {no_surrogates(k): no_surrogates(v) for k, v in value.items()}
    return value


def _header_token_ok(name: str) -> bool:
    return re.fullmatch(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+", name) is not None


def hostile_spec(
    *,
    texts: list[str],
    enum_values: list[str],
    wire_names: list[str],
    error_codes: list[str],
    patterns: list[tuple[str, str]],
    title: str,
    headers: list[str] = HEADER_NAMES,
    labels: list[str] = LABEL_NAMES,
) -> dict[str, Any]:
    """One rest-json model that puts hostile strings everywhere a spec can.

    ``texts`` become documentation (service, operations, shapes, members,
    errors, deprecation messages), operation names and shape names (after
    an ASCII prefix that keeps the Python names distinct); ``MARK<n>``
    markers in them let tests find the text in docstrings.
    """
    assert all(_header_token_ok(h) for h in headers)
    docs = [f"{t} MARK{i} {t}" for i, t in enumerate(texts)]
    shapes: dict[str, Any] = {
        "Str": {"type": "string", "documentation": docs[0]},
        "Hostile": {"type": "string", "enum": enum_values, "documentation": docs[-1]},
    }
    echo_in: dict[str, Any] = {"Kind": {"shape": "Hostile", "documentation": docs[0]}}
    echo_out: dict[str, Any] = {}
    for i, wire in enumerate(wire_names):
        member = {"shape": "Str", "locationName": wire, "documentation": docs[i % len(docs)]}
        echo_in[f"B{i}{wire}"] = member
        echo_out[f"B{i}{wire}"] = dict(member)
        echo_in[f"Q{i}{wire}"] = {"shape": "Str", "location": "querystring", "locationName": wire}
    for i, name in enumerate(headers):
        echo_in[f"H{i}"] = {"shape": "Str", "location": "header", "locationName": name}
        echo_out[f"H{i}"] = {"shape": "Str", "location": "header", "locationName": name}
    for i, label in enumerate(labels):
        echo_in[f"U{i}"] = {"shape": "Str", "location": "uri", "locationName": label}
    for i, (pattern, _) in enumerate(patterns):
        shapes[f"P{i}"] = {"type": "string", "pattern": pattern}
        echo_in[f"Pat{i}"] = {"shape": f"P{i}"}
    for i, text in enumerate(texts[:12]):
        name = f"S{i}{short(text)}"
        shapes[name] = {
            "type": "structure",
            "members": {f"F{short(text)}": {"shape": "Str", "documentation": docs[i]}},
            "documentation": docs[i],
            "deprecated": True,
            "deprecatedMessage": text,
        }
        echo_in[f"Nested{i}"] = {"shape": name}
    errors = []
    for i, code in enumerate(error_codes):
        shapes[f"E{i}"] = {
            "type": "structure",
            "members": {"message": {"shape": "Str"}, f"Detail{i}": {"shape": "Str", "locationName": code}},
            "error": {"code": code, "httpStatusCode": 400 + i % 100},
            "exception": True,
            "documentation": docs[i % len(docs)],
        }
        errors.append({"shape": f"E{i}"})
    shapes["EchoRequest"] = {"type": "structure", "members": echo_in, "required": [f"U{i}" for i in range(len(labels))]}
    shapes["EchoResponse"] = {"type": "structure", "members": echo_out, "documentation": docs[0]}
    operations: dict[str, Any] = {
        "Echo": {
            "name": "Echo",
            "http": {"method": "POST", "requestUri": "/echo/" + "/".join(f"{{{label}}}" for label in labels)},
            "input": {"shape": "EchoRequest"},
            "output": {"shape": "EchoResponse"},
            "errors": errors,
            "documentation": docs[0],
        }
    }
    for i, text in enumerate(texts):
        operations[f"Op{i}{short(text)}"] = {
            "name": f"Op{i}{short(text)}",
            "http": {"method": "GET", "requestUri": f"/op/{i}"},
            "documentation": docs[i],
            "deprecated": i % 2 == 0,
            "deprecatedMessage": text,
        }
    return {
        "version": "2.0",
        "documentation": "\n".join(docs),
        "metadata": {
            "apiVersion": "2024-01-01",
            "endpointPrefix": "hostile",
            "protocol": "rest-json",
            "serviceFullName": title,
            "serviceId": "Hostile " + no_surrogates(title),
            "signatureVersion": "v4",
            "uid": title,
        },
        "operations": operations,
        "shapes": shapes,
    }


# --------------------------------------------------------------------------
# Generating and importing


_counter = iter(range(10**9))


class Generated:
    """A generated, written and imported package."""

    def __init__(self, package: ModuleType, contents: dict[str, str], modules: list[ModuleType], out: Path) -> None:
        self.pkg = package
        self.contents = contents
        self.modules = modules
        self.out = out
        self.rt = importlib.import_module(package.__name__.rsplit(".", 1)[0] + "._runtime.restjson")

    def patterns(self) -> dict[str, Any]:
        found = {}
        for module in self.modules:
            for value in vars(module).values():
                if isinstance(value, self.rt.Pattern):
                    found[value.source] = value
        return found


def generate(
    spec: dict[str, Any], tmp: Path, *, fmt: str = "json", format: bool = False, formatter: str | None = None
) -> Generated:
    """Write ``spec``, generate it, check every file compiles, import every module."""
    from generator import load, pipeline, write

    package = f"hostile{next(_counter)}"
    folder = tmp / package
    folder.mkdir(parents=True)
    path = folder / f"service.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(spec, indent=1), "ascii")  # \uXXXX escapes carry lone surrogates
    else:
        # (allow_unicode=False: PyYAML's emitter writes a raw U+0085 that YAML then reads as a line break)
        path.write_text(yaml.safe_dump(spec, sort_keys=False), "utf-8")
    out = folder / f"out_{package}"  # the package of the service and its runtime
    options: dict[str, Any] = {"formatter": formatter} if formatter else {}
    result = pipeline.run([pipeline.Job(load.find_spec(path), package)], out, jobs_parallel=1, format=format, **options)
    for rel, text in result.contents.items():
        if rel.endswith((".py", ".pyi")):
            compile(text, rel, "exec", dont_inherit=True)
    write.commit(result)
    sys.path.insert(0, str(folder))
    try:
        names = sorted(
            f"{out.name}." + rel[: -len(".py")].replace("/", ".").removesuffix(".__init__")
            for rel in result.contents
            if rel.endswith(".py") and rel.startswith(package + "/")
        )
        modules = [importlib.import_module(name) for name in names]
    finally:
        sys.path.remove(str(folder))
    return Generated(sys.modules[f"{out.name}.{package}"], result.contents, modules, out)


@pytest.fixture
def clean_modules() -> Iterator[None]:
    before = set(sys.modules)
    assert not hasattr(builtins, FLAG)
    yield
    for name in set(sys.modules) - before:
        if name.startswith("hostile"):
            del sys.modules[name]
    assert not hasattr(builtins, FLAG), "spec text ran as code"


# --------------------------------------------------------------------------
# The checks


def check_round_trips(
    gen: Generated,
    *,
    enum_values: list[str],
    wire_names: list[str],
    error_codes: list[str],
    patterns: list[tuple[str, str]],
    headers: list[str] = HEADER_NAMES,
    labels: list[str] = LABEL_NAMES,
    texts: list[str] = (),  # type: ignore[assignment]
    check_docs: bool = True,
) -> None:
    pkg, rt = gen.pkg, gen.rt
    op = pkg.OPERATIONS["Echo"]

    # enums: the class lists exactly the values; validate() accepts each, rejects others
    enum_class = importlib.import_module(pkg.__name__ + ".enums").Hostile
    assert [m.value for m in enum_class] == list(dict.fromkeys(enum_values))
    assert all(type(m.value) is str for m in enum_class)

    base: dict[str, Any] = {f"U{i}": f"v/{i} ?#%" for i in range(len(labels))}
    base.update({f"Pat{i}": value for i, (_, value) in enumerate(patterns)})
    for value in enum_values:
        op.input.from_dict({**base, "Kind": value}).validate()
    with pytest.raises(rt.ValidationError):
        op.input.from_dict({**base, "Kind": "\x00 surely not an enum value \x00"}).validate()

    # patterns: each is a module constant with its exact source, and matches its value
    found = gen.patterns()
    for pattern, value in patterns:
        assert pattern in found, f"pattern {pattern!r} is not in any module"
        assert found[pattern].source == pattern
        assert found[pattern].search(value), (pattern, value)

    # requests: wire names in body keys, query names, headers; member names in to_dict
    values: dict[str, Any] = dict(base, Kind=enum_values[0])
    for i, wire in enumerate(wire_names):
        values[f"B{i}{wire}"] = f"body {i} {wire}"
        values[f"Q{i}{wire}"] = f"query {i}"
    for i in range(len(headers)):
        values[f"H{i}"] = f"header {i}"
    request = op.input.from_dict(values)
    assert request.to_dict() == values
    assert op.input.from_dict(request.to_dict()) == request
    http = op.serialize(request)
    body = json.loads(http.body)
    expected_body = {wire: f"body {i} {wire}" for i, wire in enumerate(wire_names)}
    expected_body.update({"Kind": values["Kind"]}, **{f"Pat{i}": value for i, (_, value) in enumerate(patterns)})
    assert body == expected_body
    assert [pair for pair in http.query] == [(wire, f"query {i}") for i, wire in enumerate(wire_names)]
    for i, name in enumerate(headers):
        assert http.headers[name] == f"header {i}"
    assert http.path == "/echo/" + "/".join(
        urllib.parse.quote(f"v/{i} ?#%", safe="-_.~") for i in range(len(labels))
    )

    # responses: hostile JSON keys and header names are read back (keys with lone
    # surrogates left out: RFC 8259 leaves their reading open, and orjson refuses them)
    readable = [(i, wire) for i, wire in enumerate(wire_names) if wire == no_surrogates(wire)]
    response_body = json.dumps({wire: f"out {i}" for i, wire in readable}).encode()
    response_headers = {name.upper(): f"h{i}" for i, name in enumerate(headers)}
    response = op.deserialize(200, response_headers, response_body)
    expected = {f"B{i}{wire}": f"out {i}" for i, wire in readable}
    expected.update({f"H{i}": f"h{i}" for i in range(len(headers))})
    assert {k: v for k, v in response.to_dict().items() if k != "ResponseMetadata"} == expected

    # errors: ERRORS is keyed by the exact codes; the classes default to them; parsing finds them
    errors = importlib.import_module(pkg.__name__ + ".errors")
    for i, code in enumerate(error_codes):
        cls = errors.ERRORS[code]
        assert errors.ERRORS[f"E{i}"] is cls
        assert cls().code == code
        wire = rt.sanitize_error_code(code)
        if wire == code and code:
            detail = json.dumps({code: f"detail {i}"}).encode()
            with pytest.raises(cls) as caught:
                op.deserialize(400, {"x-amzn-ErrorType": code}, detail)
            assert caught.value.code == code
            if code == no_surrogates(code):  # (see the response check above)
                assert getattr(caught.value, f"detail{i}") == f"detail {i}"

    # operation names and documentation survive as data
    for i, text in enumerate(texts):
        name = f"Op{i}{short(text)}"
        assert pkg.OPERATIONS[name].name == name
        if check_docs:
            assert f"MARK{i}" in (pkg.OPERATIONS[name].input.__doc__ or "")
    if texts and check_docs:
        assert "MARK0" in (pkg.__doc__ or "")
        assert "MARK0" in (op.output.__doc__ or "")


# --------------------------------------------------------------------------
# Tests


def _corpus_spec(
    sentinel: Path, surrogates: bool = True, extra: list[str] = []  # noqa: B006 - never mutated
) -> tuple[dict[str, Any], dict[str, Any]]:
    def strings(items: list[str]) -> list[str]:
        items = items + extra
        return list(dict.fromkeys(items if surrogates else no_surrogates(items)))

    hostile = strings(HOSTILE)
    texts = strings(HOSTILE + [f"\"\"\"); {touch(sentinel)} #", f"'''\n{touch(sentinel)}\n'''"])
    args: dict[str, Any] = {
        "enum_values": strings(HOSTILE + [touch(sentinel)]),
        # (an empty locationName means "none": the member name is used, so it is left out here)
        "wire_names": [w for w in strings(HOSTILE + [touch(sentinel)]) if w],
        "error_codes": [c for c in hostile if c.strip() and not c.startswith("E")],
        "patterns": list({p: (p, v) for p, v in PATTERNS + [(java_quote(t), t) for t in hostile if t]}.values()),
    }
    title = (JOINED if surrogates else no_surrogates(JOINED)) + SET_FLAG
    spec = hostile_spec(texts=texts, title=title, **args)
    return spec, dict(args, texts=texts)


@pytest.mark.parametrize(
    ("formatter", "surrogates"),
    [(None, False), ("ruff", False), ("black", False), (None, True)],
    ids=["unformatted", "ruff", "black", "with-lone-surrogates"],
)
def test_hostile_corpus(tmp_path: Path, clean_modules: None, formatter: str | None, surrogates: bool) -> None:
    """The corpus everywhere; lone surrogates (JSON only) in a case of their own."""
    sentinel = tmp_path / "sentinel-ran"
    spec, args = _corpus_spec(sentinel, surrogates)
    gen = generate(spec, tmp_path, format=formatter is not None, formatter=formatter)
    check_round_trips(gen, **args)
    assert not sentinel.exists()


def test_hostile_corpus_in_a_fresh_interpreter(tmp_path: Path) -> None:
    """Import everything in a child process: an ``os._exit`` payload that ran would end it early."""
    sentinel = tmp_path / "sentinel-ran"
    spec, _ = _corpus_spec(sentinel, surrogates=False, extra=[EXIT_INJECTION])
    from generator import load, pipeline, write

    path = tmp_path / "service.json"
    path.write_text(json.dumps(spec), "ascii")
    out = tmp_path / "out"
    write.commit(pipeline.run([pipeline.Job(load.find_spec(path), "hostilechild")], out, jobs_parallel=1, format=False))
    script = (
        "import builtins, importlib, pathlib, sys\n"
        "root = pathlib.Path(sys.argv[1])\n"
        "sys.path.insert(0, str(root.parent))\n"
        "for p in sorted(root.joinpath('hostilechild').rglob('*.py')):\n"
        "    importlib.import_module('.'.join(p.relative_to(root.parent).with_suffix('').parts).removesuffix('.__init__'))\n"
        "from out import hostilechild\n"
        "for name in hostilechild.OPERATIONS: hostilechild.OPERATIONS[name]\n"
        "for name in dir(hostilechild): getattr(hostilechild, name)\n"
        f"assert not hasattr(builtins, {FLAG!r})\n"
        "print('imported')\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(out)], cwd=out, capture_output=True, text=True, timeout=300, check=False
    )
    assert child.returncode == 0 and child.stdout == "imported\n", child.stderr[-3000:]
    assert not sentinel.exists()


def test_the_same_corpus_from_yaml_generates_the_same_code(tmp_path: Path, clean_modules: None) -> None:
    """YAML carries every string of the corpus but lone surrogates; the output matches JSON's."""
    spec, _ = _corpus_spec(tmp_path / "sentinel-ran", surrogates=False)
    from generator import load

    text = yaml.safe_dump(spec, sort_keys=False)
    assert load.parse_document(text, "corpus.yaml").data == spec
    from_json = generate(spec, tmp_path / "json", fmt="json")
    from_yaml = generate(spec, tmp_path / "yaml", fmt="yaml")
    def normalized(g: Generated) -> dict[str, str]:
        short = g.pkg.__name__.rsplit(".", 1)[1]
        return {
            k.replace(g.out.name, "OUT").replace(short, "PKG"): v.replace(g.out.name, "OUT").replace(short, "PKG")
            for k, v in g.contents.items()
        }

    j, y = normalized(from_json), normalized(from_yaml)
    assert j == y


def test_yaml_cannot_carry_lone_surrogates() -> None:
    """A ``\\uD800`` escape in YAML is a located problem (JSON carries it, see above)."""
    from generator import load
    from generator.errors import SpecError

    text = 'metadata:\n  serviceFullName: "a\\uD800b"\n'
    with pytest.raises(SpecError) as caught:
        load.parse_document(text, "s.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.col) == (2, 24) and "invalid YAML" in problem.message
    doc = load.parse_document('{"metadata": {"serviceFullName": "a\\ud800b"}}', "s.json")
    assert doc.data["metadata"]["serviceFullName"] == "a\ud800b"


LONE = "\ud800"


def _lone_surrogate_case(where: str) -> dict[str, Any]:
    spec = _named_spec(
        {"Get": _op("Get", output="Out", errors=["Failure"], input="In")},
        {
            "In": {"type": "structure", "members": {"Item": {"shape": "Thing"}}},
            "Out": {"type": "structure", "members": {"Name": {"shape": "Str"}}},
            "Thing": {"type": "structure", "members": {"Name": {"shape": "Str"}}},
            "Failure": {"type": "structure", "members": {}, "exception": True},
        },
    )
    ops, shapes = spec["operations"], spec["shapes"]
    if where == "operation name":  # -> "The response of Get\ud800."
        ops["Get" + LONE] = dict(ops.pop("Get"), name="Get" + LONE)
    elif where == "shape name":  # -> "The Thing\ud800 shape."
        shapes["Thing" + LONE] = shapes.pop("Thing")
        shapes["In"]["members"]["Item"]["shape"] = "Thing" + LONE
    elif where == "error shape name":  # -> "The Failure\ud800 error."
        shapes["Failure" + LONE] = shapes.pop("Failure")
        ops["Get"]["errors"] = [{"shape": "Failure" + LONE}]
    elif where == "deprecatedMessage":  # -> ".. warning:: Deprecated. \ud800"
        shapes["Thing"].update(deprecated=True, deprecatedMessage=LONE)
        ops["Get"].update(deprecated=True, deprecatedMessage=LONE)
    elif where == "serviceFullName":  # -> "Base class of every error \ud800 returns."
        spec["metadata"]["serviceFullName"] = LONE
    return spec


@pytest.mark.parametrize(
    "where", ["operation name", "shape name", "error shape name", "deprecatedMessage", "serviceFullName"]
)
def test_lone_surrogates_in_class_docstrings(where: str, tmp_path: Path, clean_modules: None) -> None:
    """Text that reaches a class docstring without the HTML-to-reST pass keeps its lone surrogates,
    and ``class`` statements encode their docstring to UTF-8: the module must still import."""
    generate(_lone_surrogate_case(where), tmp_path)


def test_very_long_names(tmp_path: Path, clean_modules: None) -> None:
    """A 300-character operation or shape name: generated (file names cut to fit) or rejected, never OSError."""
    from generator.errors import SpecError

    long_op, long_shape = "Op" + "x" * 300, "Shape" + "y" * 300
    twin = long_op + "Twin"  # the same module name once cut to fit
    spec = _named_spec(
        {long_op: _op(long_op, output="Out"), twin: _op(twin, output="Out")},
        {"Out": {"type": "structure", "members": {"Item": {"shape": long_shape}}},
         long_shape: {"type": "structure", "members": {"Name": {"shape": "Str"}}}},
    )
    try:
        gen = generate(spec, tmp_path)
    except SpecError as exc:
        assert all(p.line > 0 and p.pointer for p in exc.problems), exc
        return
    for op in (long_op, twin):
        response = gen.pkg.OPERATIONS[op].deserialize(200, {}, b'{"Item": {"Name": "n"}}')
        assert response.to_dict()["Item"] == {"Name": "n"}
        assert type(response).__name__ == gen.pkg.OPERATIONS[op].output.__name__
    assert gen.pkg.OPERATIONS[long_op].input is not gen.pkg.OPERATIONS[twin].input


# --------------------------------------------------------------------------
# Names the generated modules themselves use


def _named_spec(ops: dict[str, Any], shapes: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": "2.0",
        "metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "n", "protocol": "rest-json", "serviceId": "N"},
        "operations": ops,
        "shapes": {"Str": {"type": "string"}, **shapes},
    }


def _op(name: str, output: str | None = None, errors: list[str] = (), input: str | None = None) -> dict[str, Any]:  # type: ignore[assignment]
    op: dict[str, Any] = {"name": name, "http": {"method": "POST", "requestUri": f"/{len(name)}"}}
    if output:
        op["output"] = {"shape": output}
    if input:
        op["input"] = {"shape": input}
    if errors:
        op["errors"] = [{"shape": e} for e in errors]
    return op


#: Every local and module-level name the templates use, as member names.
LOCAL_NAMES = [
    "self", "cls", "data", "value", "status", "headers", "body", "lowered", "request", "response", "path",
    "query", "errors", "prefix", "result", "message", "code", "http_status", "request_id", "k1", "v1", "p1",
    "i1", "exc", "error_class", "validate", "super", "OPERATION", "OPERATIONS", "annotations",
    "_rt", "_t", "_dc", "_dt", "_errors", "__init__", "__class__", "__slots__", "type", "str", "None",
]


@pytest.mark.parametrize(
    "name",
    LOCAL_NAMES,
)
def test_a_member_named_like_the_generated_code_s_own_names(name: str, tmp_path: Path, clean_modules: None) -> None:
    """A member called ``self``, ``data``, ``super``... in an input, an output and an error."""
    members = {name: {"shape": "Str"}, "Other": {"shape": "Str"}}
    spec = _named_spec(
        {"Get": _op("Get", output="GetOut", errors=["Failure"], input="GetIn")},
        {
            "GetIn": {"type": "structure", "members": dict(members), "required": [name]},
            "GetOut": {"type": "structure", "members": dict(members)},
            "Failure": {
                "type": "structure",
                "members": dict(members, message={"shape": "Str"}),
                "exception": True,
                "error": {"httpStatusCode": 409},
            },
        },
    )
    gen = generate(spec, tmp_path)
    op = gen.pkg.OPERATIONS["Get"]
    values = {name: "<value>", "Other": "<other>"}
    request = op.input.from_dict(values)
    assert request.to_dict() == values
    assert json.loads(op.serialize(request).body) == values
    response = op.deserialize(200, {}, json.dumps(values).encode())
    assert response.to_dict() == {"ResponseMetadata": {"HTTPStatusCode": 200}, **values}
    with pytest.raises(gen.pkg.Failure) as caught:
        op.deserialize(409, {"x-amzn-ErrorType": "Failure"}, json.dumps({**values, "message": "m"}).encode())
    assert caught.value.code == "Failure" and caught.value.message == "m"


def test_an_operation_named_operation(tmp_path: Path, clean_modules: None) -> None:
    """Operation modules bind ``OPERATION``: a class of that name gains the
    reserved-name ``_`` (``OPERATION_``) rather than being shadowed by it."""
    spec = _named_spec(
        {"OPERATION": _op("OPERATION", output="Out", input="In")},
        {
            "In": {"type": "structure", "members": {"Name": {"shape": "Str"}}, "required": ["Name"]},
            "Out": {"type": "structure", "members": {"Name": {"shape": "Str"}}},
        },
    )
    gen = generate(spec, tmp_path)
    op = gen.pkg.OPERATIONS["OPERATION"]
    assert gen.pkg.OPERATION_ is op.input
    request = gen.pkg.new_operation("x")
    assert isinstance(request, op.input)
    assert json.loads(op.serialize(request).body) == {"Name": "x"}


def test_a_shape_named_operation(tmp_path: Path, clean_modules: None) -> None:
    spec = _named_spec(
        {"Get": _op("Get", output="Out")},
        {
            "Out": {"type": "structure", "members": {"Item": {"shape": "OPERATION"}}},
            "OPERATION": {"type": "structure", "members": {"Name": {"shape": "Str"}}},
        },
    )
    gen = generate(spec, tmp_path)
    response = gen.pkg.OPERATIONS["Get"].deserialize(200, {}, b'{"Item": {"Name": "x"}}')
    assert response.to_dict()["Item"] == {"Name": "x"}


def test_enum_shapes_whose_names_differ_only_in_underscores(tmp_path: Path, clean_modules: None) -> None:
    """``FooBar`` and ``Foo_Bar`` are two classes; each field is checked against its own values."""
    spec = _named_spec(
        {"Get": _op("Get", input="In")},
        {
            "In": {"type": "structure", "members": {"A": {"shape": "FooBar"}, "B": {"shape": "Foo_Bar"}}},
            "FooBar": {"type": "string", "enum": ["a-only"]},
            "Foo_Bar": {"type": "string", "enum": ["b-only"]},
        },
    )
    gen = generate(spec, tmp_path)
    op = gen.pkg.OPERATIONS["Get"]
    op.input.from_dict({"A": "a-only", "B": "b-only"}).validate()
    with pytest.raises(gen.rt.ValidationError):
        op.input.from_dict({"B": "a-only"}).validate()


# --------------------------------------------------------------------------
# Hypothesis: random hostile strings in every position

def hostile_text(surrogates: bool) -> st.SearchStrategy[str]:
    pieces = [f for f in FRAGMENTS + INJECTIONS if surrogates or f == no_surrogates(f)]
    parts = st.sampled_from(pieces) | st.characters(codec=None) | st.text(max_size=3)
    if surrogates:
        parts |= st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
    return st.lists(parts, min_size=1, max_size=6).map("".join).filter(_no_surrogate_pairs)


def _no_surrogate_pairs(text: str) -> bool:
    """JSON would read a high+low surrogate pair back as one astral character."""
    return re.search("[\ud800-\udbff][\udc00-\udfff]", text) is None


def _hostile_case(draw: Any, *, labels: bool, surrogates: bool = False) -> dict[str, Any]:
    text = hostile_text(surrogates)
    texts = draw(st.lists(text, min_size=1, max_size=3))
    label_names = st.lists(
        text.filter(lambda s: not re.search(r"[{}?]|\+$", s)).map(lambda s: "L" + s), min_size=1, max_size=2, unique=True
    )
    return {
        "texts": texts,
        "enum_values": draw(st.lists(text, min_size=1, max_size=4, unique=True)),
        "wire_names": draw(st.lists(text.filter(bool), min_size=1, max_size=4, unique=True)),
        "error_codes": draw(
            st.lists(text.filter(lambda c: c.strip() and not c.startswith("E")), min_size=1, max_size=3, unique=True)
        ),
        "patterns": [(java_quote(t), t) for t in draw(st.lists(text, min_size=1, max_size=3, unique=True))],
        "title": draw(text),
        "labels": draw(label_names) if labels else LABEL_NAMES[:1],
    }


SETTINGS: dict[str, Any] = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
}


@settings(max_examples=40, **SETTINGS)  # type: ignore[arg-type]
@given(data=st.data())
def test_random_hostile_strings(data: st.DataObject, tmp_path: Path, clean_modules: None) -> None:
    case = _hostile_case(data.draw, labels=True)
    gen = generate(hostile_spec(**case), tmp_path / f"h{next(_counter)}")
    check_round_trips(gen, check_docs=False, **{k: v for k, v in case.items() if k != "title"})


@settings(max_examples=15, **SETTINGS)  # type: ignore[arg-type]
@given(data=st.data())
def test_random_hostile_strings_with_lone_surrogates(data: st.DataObject, tmp_path: Path, clean_modules: None) -> None:
    """JSON carries lone surrogates (``\\udXXX`` escapes); they are data like any other text."""
    case = _hostile_case(data.draw, labels=True, surrogates=True)
    gen = generate(hostile_spec(**case), tmp_path / f"h{next(_counter)}")
    check_round_trips(gen, check_docs=False, **{k: v for k, v in case.items() if k != "title"})


@settings(max_examples=6, **SETTINGS)  # type: ignore[arg-type]
@given(data=st.data())
def test_random_hostile_strings_through_the_formatters(
    data: st.DataObject, tmp_path: Path, clean_modules: None
) -> None:
    case = _hostile_case(data.draw, labels=False)
    formatter = data.draw(st.sampled_from(["ruff", "black"]), label="formatter")
    gen = generate(hostile_spec(**case), tmp_path / f"h{next(_counter)}", format=True, formatter=formatter)
    check_round_trips(gen, check_docs=False, **{k: v for k, v in case.items() if k != "title"})
