"""Tests for generator.load: parsing JSON/YAML specs with located problems."""

from __future__ import annotations

import gzip
import json
import math
import os
import pathlib
import time
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import generator.load as load_mod
from generator.errors import Problem, SpecError
from generator.load import (
    SPEC_FILENAMES,
    Document,
    find_spec,
    load_document,
    parse_document,
)

# --------------------------------------------------------------------------
# helpers


def problems_of(text: str | bytes, name: str = "spec.json", fmt: Any = None) -> list[Problem]:
    with pytest.raises(SpecError) as info:
        parse_document(text, name, fmt)
    return info.value.problems


def one_problem(text: str | bytes, name: str = "spec.json", fmt: Any = None) -> Problem:
    problems = problems_of(text, name, fmt)
    assert len(problems) == 1, problems
    return problems[0]


def offset_to_line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def line_col_to_offset(text: str, line: int, col: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + col - 1


def all_paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path in a JSON-compatible value (iterative: no recursion limit)."""
    out: list[tuple] = []
    todo: list[tuple[tuple, Any]] = [(prefix, value)]
    while todo:
        path, v = todo.pop()
        out.append(path)
        if isinstance(v, dict):
            todo.extend((path + (k,), c) for k, c in v.items())
        elif isinstance(v, list):
            todo.extend((path + (i,), c) for i, c in enumerate(v))
    return out


def strings(value: Any) -> list[str]:
    """All keys and string values in a JSON-compatible value."""
    out: list[str] = []
    for path in all_paths(value):
        out.extend(p for p in path if isinstance(p, str))
        leaf = get(value, path)
        if isinstance(leaf, str):
            out.append(leaf)
    return out


def get(value: Any, path: tuple) -> Any:
    for part in path:
        value = value[part]
    return value


def yaml_node_marks(text: str) -> dict[tuple, tuple[int, int]]:
    """Independent oracle: node start marks from PyYAML's pure-Python composer."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    marks: dict[tuple, tuple[int, int]] = {}
    todo: list[tuple[tuple, Any]] = [((), node)]
    while todo:
        path, n = todo.pop()
        marks[path] = (n.start_mark.line + 1, n.start_mark.column + 1)
        if isinstance(n, yaml.MappingNode):
            todo.extend((path + (k.value,), v) for k, v in n.value)
        elif isinstance(n, yaml.SequenceNode):
            todo.extend((path + (i,), v) for i, v in enumerate(n.value))
    return marks


# --------------------------------------------------------------------------
# JSON positions

JSON_DOC = """\
{
  "metadata": {"protocol": "rest-json", "apiVersion": "2017-08-08"},
  "operations": {
    "Op": {
      "name": "Op",
      "errors": [
        {"shape": "E1"},
        {"shape": "E\\u00e9"}
      ]
    }
  },
  "shapes": {"S": {"type": "string", "enum": ["a", "b",
      "c"]}, "w/x~y": 1.5}
}
"""


@pytest.mark.parametrize(
    "path, expected",
    [
        ((), (1, 1)),
        (("metadata",), (2, 15)),
        (("metadata", "protocol"), (2, 28)),
        (("metadata", "apiVersion"), (2, 55)),
        (("operations",), (3, 17)),
        (("operations", "Op"), (4, 11)),
        (("operations", "Op", "name"), (5, 15)),
        (("operations", "Op", "errors"), (6, 17)),
        (("operations", "Op", "errors", 0), (7, 9)),
        (("operations", "Op", "errors", 0, "shape"), (7, 19)),
        (("operations", "Op", "errors", 1), (8, 9)),
        (("operations", "Op", "errors", 1, "shape"), (8, 19)),
        (("shapes", "S", "enum", 0), (12, 47)),
        (("shapes", "S", "enum", 2), (13, 7)),
        (("shapes", "w/x~y"), (13, 23)),
        # missing paths: nearest existing ancestor
        (("operations", "Op", "errors", 5), (6, 17)),
        (("operations", "Nope", "name"), (3, 17)),
        (("shapes", "S", "type", "deeper"), (12, 28)),
        (("nothing",), (1, 1)),
        # a JSON pointer segment for an array index is accepted too
        (("operations", "Op", "errors", "1", "shape"), (8, 19)),
    ],
)
def test_json_positions(path: tuple, expected: tuple[int, int]) -> None:
    doc = parse_document(JSON_DOC, "doc.json")
    assert doc.locate(path) == expected


def test_json_positions_point_at_the_value() -> None:
    doc = parse_document(JSON_DOC, "doc.json")
    decoder = json.JSONDecoder()
    for path in all_paths(doc.data):
        offset = line_col_to_offset(JSON_DOC, *doc.locate(path))
        assert decoder.raw_decode(JSON_DOC, offset)[0] == get(doc.data, path), path


def test_json_escaped_key_and_data() -> None:
    doc = parse_document('{"a\\u00e9\\n": {"b": [true, null]}}', "x.json")
    assert doc.data == {"a\u00e9\n": {"b": [True, None]}}
    assert doc.locate(("a\u00e9\n", "b", 1)) == (1, 28)


def test_json_locate_is_lazy_and_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    real_scan = load_mod._scan_json
    calls = []

    def no_scan(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real_scan(*args, **kwargs)

    monkeypatch.setattr(load_mod, "_scan_json", no_scan)
    doc = parse_document(JSON_DOC, "doc.json")
    assert calls == []  # loading does not compute positions
    assert doc.locate(("metadata",)) == (2, 15)
    assert doc.locate(("shapes",)) == (12, 13)
    assert calls == [1]  # scanned once, then cached


def test_problem_uses_location_and_pointer() -> None:
    doc = parse_document(JSON_DOC, "specs/x/service-2.json")
    problem = doc.problem(("shapes", "w/x~y"), "bad")
    assert problem == Problem("specs/x/service-2.json", 13, 23, "/shapes/w~1x~0y", "bad")
    assert str(problem) == "specs/x/service-2.json:13:23: /shapes/w~1x~0y: bad"
    assert str(doc.problem((), "whole")) == "specs/x/service-2.json:1:1: /: whole"


def test_document_without_positions() -> None:
    doc = Document("x.json", {"a": 1})
    assert doc.locate(("a",)) == (0, 0)
    assert doc.problem(("a",), "m") == Problem("x.json", 0, 0, "/a", "m")
    assert doc == parse_document('{"a": 1}', "x.json")  # positions do not affect equality


def test_utf8_bom_and_columns_count_code_points() -> None:
    text = '{"k": "\u00e9\u00e9", "\U0001f600": 2}'
    doc = parse_document(b"\xef\xbb\xbf" + text.encode(), "x.json")
    assert doc.data == {"k": "\u00e9\u00e9", "\U0001f600": 2}
    assert doc.locate(("\U0001f600",)) == (1, 18)


# --------------------------------------------------------------------------
# YAML positions

YAML_DOC = """\
# a comment
metadata:
  protocol: rest-json
  apiVersion: '2017-08-08'
operations:
  Op:
    name: Op
    errors:
      - shape: E1
      - {shape: E2, fault: true}
    http: {method: POST, requestUri: /x}
shapes:
  S:
    type: string
    enum: [a, "b",
      c]
  T: !!str 12
"""


@pytest.mark.parametrize(
    "path, expected",
    [
        ((), (2, 1)),
        (("metadata",), (3, 3)),
        (("metadata", "protocol"), (3, 13)),
        (("metadata", "apiVersion"), (4, 15)),
        (("operations", "Op"), (7, 5)),
        (("operations", "Op", "name"), (7, 11)),
        (("operations", "Op", "errors"), (9, 7)),
        (("operations", "Op", "errors", 0), (9, 9)),
        (("operations", "Op", "errors", 0, "shape"), (9, 16)),
        (("operations", "Op", "errors", 1), (10, 9)),
        (("operations", "Op", "errors", 1, "fault"), (10, 28)),
        (("operations", "Op", "http", "requestUri"), (11, 38)),
        (("shapes", "S", "enum"), (15, 11)),
        (("shapes", "S", "enum", 1), (15, 15)),
        (("shapes", "S", "enum", 2), (16, 7)),
        (("shapes", "T"), (17, 6)),
        (("shapes", "S", "missing"), (14, 5)),
        (("operations", "Op", "errors", 7), (9, 7)),
    ],
)
def test_yaml_positions(path: tuple, expected: tuple[int, int]) -> None:
    doc = parse_document(YAML_DOC, "doc.yaml")
    assert doc.locate(path) == expected


def test_yaml_positions_match_pyyaml_marks() -> None:
    doc = parse_document(YAML_DOC, "doc.yaml")
    marks = yaml_node_marks(YAML_DOC)
    for path in all_paths(doc.data):
        assert doc.locate(path) == marks[path], path


@pytest.mark.parametrize(
    "text",
    [
        YAML_DOC,
        "a: &x 1\nb: *x\n",
        "a: !!python/object:os.system x\n",
        "a: 1\na: 2\n1: x\n",
        "a: [1, 2\n",
        "a: 1\n---\nb: 2\n",
        "[1]\n",
    ],
)
def test_pure_python_parser_fallback_agrees(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without libyaml the pure-Python parser gives the same data, positions, problems."""

    def outcome() -> Any:
        try:
            doc = parse_document(text, "x.yaml")
        except SpecError as exc:
            # syntax error wording differs between libyaml and PyYAML
            return [(p.line, p.col, p.pointer, p.message.split(":")[0]) for p in exc.problems]
        return doc.data, [doc.locate(path) for path in all_paths(doc.data)]

    with_c = outcome()
    monkeypatch.setattr(load_mod, "_YAML_LOADER", yaml.SafeLoader)
    assert outcome() == with_c


def test_yaml_data_model() -> None:
    doc = parse_document(YAML_DOC, "doc.yaml")
    assert doc.data["metadata"]["apiVersion"] == "2017-08-08"
    assert doc.data["operations"]["Op"]["errors"][1] == {"shape": "E2", "fault": True}
    assert doc.data["shapes"]["T"] == "12"


# --------------------------------------------------------------------------
# YAML scalar resolution: JSON data model, core-schema tags only


@pytest.mark.parametrize(
    "text, expected",
    [
        ("~", None),
        ("null", None),
        ("NULL", None),
        ("", None),
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("0", 0),
        ("-12", -12),
        ("+7", 7),
        ("0x1F", 31),
        ("1.5", 1.5),
        ("-2.", -2.0),
        (".5", 0.5),
        ("1.0e+20", 1e20),
        ("6.02e-23", 6.02e-23),
        # timestamps and dates stay strings (no datetime objects)
        ("2017-08-08", "2017-08-08"),
        ("2001-12-14t21:59:43.10-05:00", "2001-12-14t21:59:43.10-05:00"),
        # forms YAML 1.1 and 1.2 read differently stay strings
        ("yes", "yes"),
        ("No", "No"),
        ("on", "on"),
        ("OFF", "OFF"),
        ("y", "y"),
        ("1e5", "1e5"),
        ("0o17", "0o17"),
        ("017", "017"),
        ("1_000", "1_000"),
        ("1:30", "1:30"),
        ("0b101", "0b101"),
        ("=", "="),
        ("'true'", "true"),
        ('"12"', "12"),
        ("! 12", "12"),
        ("!!str 12", "12"),
        ("!!str", ""),
        ("!!int '42'", 42),
        ("!!int 0o17", 15),
        ("!!float 1", 1.0),
        ("!!float 1e5", 100000.0),
        ("!!bool true", True),
        ("!!null ''", None),
        ("!!seq [1]", [1]),
        ("!!map {a: 1}", {"a": 1}),
        ("!<tag:yaml.org,2002:str> 5", "5"),
    ],
)
def test_yaml_scalar_resolution(text: str, expected: Any) -> None:
    doc = parse_document(f"v: {text}\n", "x.yaml")
    value = doc.data["v"]
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(
    "text, message",
    [
        ("!!python/object:os.system x", "unsupported YAML tag '!!python/object:os.system'"),
        ("!!python/object/apply:os.system [ls]", "unsupported YAML tag '!!python/object/apply:os.system'"),
        ("!!binary aGk=", "unsupported YAML tag '!!binary'"),
        ("!!timestamp 2001-12-14", "unsupported YAML tag '!!timestamp'"),
        ("!!set {a}", "unsupported YAML tag '!!set'"),
        ("!!omap [a: 1]", "unsupported YAML tag '!!omap'"),
        ("!custom x", "unsupported YAML tag '!custom'"),
        ("!!int abc", "'abc' is not a valid !!int"),
        ("!!bool yes", "'yes' is not a valid !!bool"),
        ("!!float x", "'x' is not a valid !!float"),
        ("!!null 0", "'0' is not a valid !!null"),
        ("!!map x", "tag !!map cannot be used on a scalar"),
        ("!!str [1]", "tag !!str cannot be used on a sequence"),
        ("!!seq {a: 1}", "tag !!seq cannot be used on a mapping"),
        (".inf", ".inf is not allowed (the JSON data model has no NaN or infinities)"),
        ("-.Inf", "-.Inf is not allowed"),
        (".NaN", ".NaN is not allowed"),
        ("!!float .nan", ".nan is not allowed"),
        ("1.0e+999", "number 1.0e+999 is out of range for a float"),
        ("1" * 5000, "is too large"),
    ],
)
def test_yaml_rejected_scalars(text: str, message: str) -> None:
    problem = one_problem(f"a: 1\nv: {text}\n", "x.yaml")
    assert message in problem.message
    assert (problem.file, problem.line, problem.col, problem.pointer) == ("x.yaml", 2, 4, "/v")


def test_yaml_python_tags_never_construct_objects() -> None:
    problems = problems_of(
        "a: !!python/object/apply:os.system ['echo pwned']\n"
        "b: !!python/name:os.system ''\n",
        "x.yaml",
    )
    assert [p.pointer for p in problems] == ["/a", "/b"]
    assert all("unsupported YAML tag '!!python/" in p.message for p in problems)


def test_yaml_anchors_and_aliases_are_rejected() -> None:
    problems = problems_of("a: &base {x: 1}\nb: *base\nc: &s hi\n", "x.yaml")
    assert [(p.line, p.col, p.pointer) for p in problems] == [
        (1, 4, "/a"),
        (2, 4, "/b"),
        (3, 4, "/c"),
    ]
    assert "YAML anchor '&base' is not supported" in problems[0].message
    assert "YAML alias '*base' is not supported" in problems[1].message
    assert "YAML anchor '&s'" in problems[2].message


def test_yaml_billion_laughs_is_rejected_quickly() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    start = time.perf_counter()
    problems = problems_of("\n".join(lines) + "\n", "bomb.yaml")
    assert time.perf_counter() - start < 5.0  # expanding the aliases would take minutes
    assert len(problems) == 10 + 81  # 10 anchors, 81 aliases
    assert problems[1].message.startswith("YAML anchor '&a1'")
    assert problems[2].message.startswith("YAML alias '*a0'")


def test_yaml_merge_key_is_rejected() -> None:
    problem = one_problem("a:\n  <<: {x: 1}\n  y: 2\n", "x.yaml")
    assert (problem.line, problem.col, problem.pointer) == (2, 3, "/a")
    assert "merge key '<<' is not supported" in problem.message
    # a quoted '<<' is just a string key
    assert parse_document("a: {'<<': 1}\n", "x.yaml").data == {"a": {"<<": 1}}


def test_yaml_keys_must_be_strings() -> None:
    problems = problems_of(
        "shapes:\n  1: x\n  true: y\n  ~: z\n  ? [a, b]\n  : w\n  ? {k: v}\n  : u\n  ok: 1\n",
        "x.yaml",
    )
    assert [(p.line, p.col, p.pointer, p.message) for p in problems] == [
        (2, 3, "/shapes", "mapping key 1 is an integer; keys must be strings (quote it)"),
        (3, 3, "/shapes", "mapping key True is a boolean; keys must be strings (quote it)"),
        (4, 3, "/shapes", "mapping key None is null; keys must be strings (quote it)"),
        (5, 5, "/shapes", "mapping keys must be strings, not a list"),
        (7, 5, "/shapes", "mapping keys must be strings, not a mapping"),
    ]
    assert parse_document("'1': x\n\"true\": y\n", "x.yaml").data == {"1": "x", "true": "y"}


def test_yaml_duplicate_keys() -> None:
    problems = problems_of("a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\na: 2\n", "x.yaml")
    assert [(p.line, p.col, p.pointer, p.message) for p in problems] == [
        (5, 3, "/b/c", "duplicate key 'c' (first defined at line 3, column 3)"),
        (6, 1, "/a", "duplicate key 'a' (first defined at line 1, column 1)"),
    ]


def test_yaml_reports_all_problems_at_once() -> None:
    problems = problems_of(
        "a: !!binary aGk=\nb: *nope\nc: 1\nc: 2\nd: .nan\n", "x.yaml"
    )
    assert [p.line for p in problems] == [1, 2, 4, 5]


def test_yaml_syntax_error() -> None:
    problem = one_problem("metadata:\n  a: [1, 2\nshapes: {}\n", "x.yaml")
    assert (problem.line, problem.col) == (3, 7)
    assert problem.pointer == "/metadata/a"
    assert problem.message.startswith("invalid YAML: ")
    assert "while parsing a flow sequence at line 2, column 6" in problem.message

    problem = one_problem("a: 1\n b: 2\n", "x.yaml")
    assert (problem.line, problem.col) == (2, 3)
    assert "mapping values are not allowed" in problem.message

    problem = one_problem('a: "unterminated\n', "x.yaml")
    assert problem.line == 2 and problem.message.startswith("invalid YAML: ")


def test_yaml_multiple_documents() -> None:
    problem = one_problem("a: 1\n---\nb: 2\n", "x.yaml")
    assert (problem.line, problem.col) == (2, 1)
    assert problem.message == "more than one YAML document; a spec file holds exactly one"


def test_yaml_control_character() -> None:
    problem = one_problem("a: 1\nb: x\x07y\n", "x.yaml")
    assert (problem.line, problem.col) == (2, 5)
    assert problem.message == "character U+0007 is not allowed in YAML"


def test_yaml_deep_nesting() -> None:
    problem = one_problem("a: " + "[" * 2000 + "]" * 2000 + "\n", "x.yaml")
    assert problem.message == f"nested more than {load_mod.MAX_DEPTH} levels deep"
    # Located where the nesting got too deep: at our limit, or (PyYAML >= 6.0.4,
    # whose libyaml stops at 1000 levels first) at libyaml's.
    assert (problem.line, problem.col) in {(1, 3 + load_mod.MAX_DEPTH), (1, 3 + 1000)}


# --------------------------------------------------------------------------
# JSON problems


def test_json_syntax_error_position_and_pointer() -> None:
    problem = one_problem('{\n  "shapes": {\n    "S": {"type": "string" "x": 1}\n  }\n}\n')
    assert (problem.line, problem.col) == (3, 28)
    assert problem.pointer == "/shapes/S"
    assert problem.message == "invalid JSON: expecting ',' delimiter"


@pytest.mark.parametrize(
    "text, line, col, message",
    [
        ('{"a": [1, 2,]}', 1, 13, "invalid JSON: expecting value (trailing comma?)"),
        ('{"a": 1,\n}', 2, 1, "invalid JSON: expecting property name enclosed in double quotes (trailing comma?)"),
        ('{"a": "x\ty"}', 1, 9, "invalid JSON: invalid control character"),
        ('{"a": "abc', 1, 7, "invalid JSON: unterminated string"),
        ('{"a": 1} {}', 1, 10, "invalid JSON: extra data"),
        ("{'a': 1}", 1, 2, "invalid JSON: expecting property name enclosed in double quotes"),
        ('{"a": tru}', 1, 7, "invalid JSON: expecting value"),
        ('{"a": "\\q"}', 1, 8, "invalid JSON: invalid \\escape"),
        ("// comment\n{}", 1, 1, "invalid JSON: expecting value"),
    ],
)
def test_json_syntax_errors(text: str, line: int, col: int, message: str) -> None:
    problem = one_problem(text)
    assert (problem.line, problem.col, problem.message) == (line, col, message)


def test_json_duplicate_keys_nan_and_ranges_all_reported() -> None:
    text = (
        '{\n  "a": 1,\n  "b": {"x": NaN, "y": [Infinity, -Infinity]},\n'
        '  "a": 2,\n  "c": 1e999,\n  "d": {"k": 1, "k": {"z": 1}}\n}\n'
    )
    problems = problems_of(text)
    assert [(p.line, p.col, p.pointer, p.message) for p in problems] == [
        (3, 14, "/b/x", "NaN is not valid JSON (the data model has no NaN or infinities)"),
        (3, 25, "/b/y/0", "Infinity is not valid JSON (the data model has no NaN or infinities)"),
        (3, 35, "/b/y/1", "-Infinity is not valid JSON (the data model has no NaN or infinities)"),
        (4, 3, "/a", "duplicate key 'a' (first defined at line 2, column 3)"),
        (5, 8, "/c", "number 1e999 is out of range for a float"),
        (6, 17, "/d/k", "duplicate key 'k' (first defined at line 6, column 9)"),
    ]


def test_json_integer_too_large() -> None:
    problem = one_problem('{"a": [1, ' + "9" * 5000 + "]}")
    assert (problem.line, problem.col, problem.pointer) == (1, 11, "/a/1")
    assert "integer with 5000 digits is too large" in problem.message


def test_json_deep_nesting() -> None:
    problem = one_problem("[" * 100_000 + "]" * 100_000)
    assert problem.message == f"nested more than {load_mod.MAX_DEPTH} levels deep"
    assert (problem.line, problem.col) == (1, load_mod.MAX_DEPTH + 1)


# --------------------------------------------------------------------------
# problems common to both formats


@pytest.mark.parametrize("name", ["x.json", "x.yaml"])
@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff"])
def test_empty(name: str, text: str) -> None:
    problem = one_problem(text, name)
    assert (problem.line, problem.col, problem.pointer) == (0, 0, "")
    assert problem.message.startswith("empty file")


def test_yaml_only_comments_is_empty() -> None:
    assert one_problem("# nothing\n  # here\n", "x.yaml").message.startswith("empty file")


@pytest.mark.parametrize(
    "text, name, found, pos",
    [
        ("[1, 2]", "x.json", "a list", (1, 1)),
        ('\n  "abc"', "x.json", "a string", (2, 3)),
        ("3", "x.json", "an integer", (1, 1)),
        ("null", "x.json", "null", (1, 1)),
        ("- a\n- b\n", "x.yaml", "a list", (1, 1)),
        ("# c\njust text\n", "x.yaml", "a string", (2, 1)),
        ("---\n", "x.yaml", "null (the document is empty)", (2, 1)),
    ],
)
def test_top_level_must_be_a_mapping(text: str, name: str, found: str, pos: tuple) -> None:
    problem = one_problem(text, name)
    assert (problem.line, problem.col, problem.pointer) == (*pos, "")
    assert problem.message == (
        "a service model is a mapping with metadata, operations and shapes, not " + found
    )
    assert str(problem).startswith(f"{name}:{pos[0]}:{pos[1]}: /: a service model")


@pytest.mark.parametrize("name", ["x.json", "x.yaml"])
def test_not_utf8(name: str) -> None:
    problem = one_problem(b'{"a": 1,\n "b": "caf\xc3\xa9 \xff"}', name)
    assert (problem.line, problem.col) == (2, 13)
    assert problem.message == (
        "not valid UTF-8: byte 0xff at byte offset 22 (invalid start byte); "
        "specs must be UTF-8 encoded"
    )


def test_utf16_is_rejected_clearly() -> None:
    problem = one_problem('{"a": 1}'.encode("utf-16"), "x.json")
    assert problem.message == "file is UTF-16 encoded; specs must be UTF-8"


@pytest.mark.parametrize(
    "name, text, fmt, expected",
    [
        ("x.json", '{"a": 1}', None, {"a": 1}),
        ("x.YAML", "a: 1", None, {"a": 1}),
        ("x.yml", "a: 1", None, {"a": 1}),
        ("x.txt", '  {"a": 1}', None, {"a": 1}),
        ("x.txt", "a: 1", None, {"a": 1}),
        ("<stdin>", "a: 1", None, {"a": 1}),
        ("x.json", "a: 1", "yaml", {"a": 1}),
        ("x.yaml", '{"a": 1}', "json", {"a": 1}),
    ],
)
def test_format_choice(name: str, text: str, fmt: Any, expected: Any) -> None:
    assert parse_document(text, name, fmt).data == expected


def test_format_from_suffix_is_strict() -> None:
    assert one_problem("a: 1", "x.json").message == "invalid JSON: expecting value"


def test_bad_fmt_argument() -> None:
    with pytest.raises(ValueError):
        parse_document("{}", "x", "toml")  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# files


def test_load_document_json_and_yaml(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.json").write_text(JSON_DOC, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(YAML_DOC, encoding="utf-8")
    doc = load_document(tmp_path / "a.json")
    assert doc.path == str(tmp_path / "a.json")
    assert doc.locate(("operations", "Op", "errors", 1)) == (8, 9)
    doc = load_document(str(tmp_path / "a.yaml"))
    assert doc.path == str(tmp_path / "a.yaml")
    assert doc.locate(("operations", "Op", "errors", 1)) == (10, 9)


def test_load_document_file_errors(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(SpecError) as info:
        load_document(missing)
    assert info.value.problems == [Problem(str(missing), 0, 0, "", "file not found")]
    assert str(info.value) == f"{missing}: file not found"

    with pytest.raises(SpecError) as info:
        load_document(tmp_path)
    assert info.value.problems[0].message == "is a directory, not a service model file"

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(load_mod, "open", denied, raising=False)
    with pytest.raises(SpecError) as info:
        load_document(tmp_path / "x.json")
    assert info.value.problems[0].message == "permission denied: cannot read the file"

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(load_mod, "open", broken, raising=False)
    with pytest.raises(SpecError) as info:
        load_document(tmp_path / "x.json")
    assert info.value.problems[0].message == "cannot read the file: Input/output error"


def test_load_document_empty_and_bad_files(tmp_path: pathlib.Path) -> None:
    (tmp_path / "empty.yaml").write_bytes(b"")
    (tmp_path / "latin1.json").write_bytes('{"a": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(SpecError) as info:
        load_document(tmp_path / "empty.yaml")
    assert info.value.problems[0].message.startswith("empty file")
    with pytest.raises(SpecError) as info:
        load_document(tmp_path / "latin1.json")
    problem = info.value.problems[0]
    assert (problem.file, problem.line, problem.col) == (str(tmp_path / "latin1.json"), 1, 11)
    assert "not valid UTF-8: byte 0xe9" in problem.message


def test_find_spec(tmp_path: pathlib.Path) -> None:
    assert SPEC_FILENAMES == (
        "service-2.json",
        "service.json",
        "service.yaml",
        "service.yml",
        "service-2.yaml",
    )
    for name in reversed(SPEC_FILENAMES):
        (tmp_path / name).write_text("{}")
        assert find_spec(tmp_path) == tmp_path / name  # the earliest present wins
    assert find_spec(str(tmp_path / "service.yml")) == tmp_path / "service.yml"
    (tmp_path / "other.txt").write_text("a: 1")
    assert find_spec(tmp_path / "other.txt") == tmp_path / "other.txt"


def test_find_spec_errors(tmp_path: pathlib.Path) -> None:
    (tmp_path / "service-2.json").mkdir()  # a directory does not count
    with pytest.raises(SpecError) as info:
        find_spec(tmp_path)
    assert info.value.problems == [
        Problem(
            str(tmp_path),
            0,
            0,
            "",
            f"no service model in {tmp_path} (looked for service-2.json, service.json, "
            "service.yaml, service.yml, service-2.yaml)",
        )
    ]
    with pytest.raises(SpecError) as info:
        find_spec(tmp_path / "nope")
    assert info.value.problems[0].message == "no such file or directory"


# --------------------------------------------------------------------------
# the real Connect model


@pytest.fixture(scope="module")
def connect_json(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    botocore = pytest.importorskip("botocore")
    source = pathlib.Path(os.path.dirname(botocore.__file__), "data/connect/2017-08-08/service-2.json.gz")
    if not source.exists():
        pytest.skip("botocore has no Connect model")
    target = tmp_path_factory.mktemp("connect") / "service-2.json"
    target.write_bytes(gzip.decompress(source.read_bytes()))
    return target


INSTANCE_ID = ("shapes", "StartChatContactRequest", "members", "InstanceId")


def expected_instance_id_position(text: str) -> tuple[int, int]:
    """Find the value of StartChatContactRequest.members.InstanceId by text search."""
    shapes = text.index('"shapes":')
    shape = text.index('"StartChatContactRequest":', shapes)
    members = text.index('"members":', shape)
    key = text.index('"InstanceId":', members)
    value = key + len('"InstanceId":')
    while text[value] in " \t\r\n":
        value += 1
    return offset_to_line_col(text, value)


def test_connect_json_loads_fast_and_locates(connect_json: pathlib.Path) -> None:
    start = time.perf_counter()
    doc = load_document(connect_json)
    loaded = time.perf_counter() - start
    position = doc.locate(INSTANCE_ID)
    located = time.perf_counter() - start - loaded
    # Generous regression guards (the machine is shared; CI runs other jobs
    # beside this one): a few times the usual 0.2 s and 0.4 s.
    assert loaded < 1.5, f"loading took {loaded:.3f}s"
    assert loaded + located < 3.0, f"loading + first locate took {loaded + located:.3f}s"

    text = connect_json.read_text(encoding="utf-8")
    assert doc.data == json.loads(text)
    assert position == expected_instance_id_position(text)
    source_line = text.split("\n")[position[0] - 1]
    assert source_line[position[1] - 1] == "{" and '"InstanceId":' in source_line

    # every value of every shape maps back to exactly that value in the text
    decoder = json.JSONDecoder()
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    paths = [p for p in all_paths(doc.data) if len(p) <= 2 or p[0] == "shapes"]
    assert len(paths) > 10_000
    for path in paths[::5]:
        line, col = doc.locate(path)
        offset = line_starts[line - 1] + col - 1
        assert decoder.raw_decode(text, offset)[0] == get(doc.data, path), path


def test_connect_as_yaml_loads_equal_with_locations(connect_json: pathlib.Path, tmp_path: pathlib.Path) -> None:
    data = json.loads(connect_json.read_text(encoding="utf-8"))
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    target = tmp_path / "service.yaml"
    target.write_text(text, encoding="utf-8")

    start = time.perf_counter()
    doc = load_document(target)
    elapsed = time.perf_counter() - start
    assert doc.data == data
    assert elapsed < 5.0, f"YAML loading took {elapsed:.3f}s"

    line, col = doc.locate(INSTANCE_ID)
    lines = text.split("\n")
    assert lines[line - 2].strip() == "InstanceId:"
    assert lines[line - 1][col - 1 :].startswith("shape: InstanceId")
    assert doc.locate(INSTANCE_ID + ("shape",)) == (line, col + len("shape: "))


# --------------------------------------------------------------------------
# fuzzing: any input gives a Document or a SpecError, never anything else

# LOAD_FUZZ_EXAMPLES=20000 for a long run; no example database in the repo.
FUZZ = settings(
    max_examples=int(os.environ.get("LOAD_FUZZ_EXAMPLES", "300")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def parse_or_problems(text: str | bytes, name: str, fmt: Any) -> Document | None:
    try:
        doc = parse_document(text, name, fmt)
    except SpecError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.file == name
            assert not problem.message.startswith("internal error"), problem
            assert problem.line >= 0 and problem.col >= 0
            str(problem)
        return None
    assert isinstance(doc.data, dict)
    for path in all_paths(doc.data)[:50]:
        line, col = doc.locate(path)
        assert line >= 1 and col >= 1
    return doc


NAMES = st.sampled_from(["f.json", "f.yaml", "f.yml", "f", "f.txt"])
FMTS = st.sampled_from([None, "json", "yaml"])


@FUZZ
@given(st.binary(max_size=300), NAMES, FMTS)
def test_fuzz_bytes(data: bytes, name: str, fmt: Any) -> None:
    parse_or_problems(data, name, fmt)


@FUZZ
@given(st.text(max_size=300), NAMES, FMTS)
def test_fuzz_text(text: str, name: str, fmt: Any) -> None:
    parse_or_problems(text, name, fmt)


YAMLISH = st.lists(
    st.sampled_from(
        list("{}[]:,-?!&*|>'\"#%@`~ \t\n\r.0123456789abexyzNT\\<=")
        + ["!!", "---", "...", "\ufeff", "\x85", "\u2028", "!!str ", "&a ", "*a", "<<: "]
    ),
    max_size=60,
).map("".join)


@FUZZ
@given(YAMLISH, NAMES, FMTS)
def test_fuzz_syntax_soup(text: str, name: str, fmt: Any) -> None:
    parse_or_problems(text, name, fmt)


@FUZZ
@given(st.sampled_from([JSON_DOC, YAML_DOC]), st.data())
def test_fuzz_mutated_specs(base: str, data: st.DataObject) -> None:
    text = base
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 5)))
        text = text[:i] + data.draw(st.text(max_size=4)) + text[j:]
    name = "f.json" if base is JSON_DOC else "f.yaml"
    parse_or_problems(text, name, data.draw(FMTS))


# Structured round trips: positions are checked against independent oracles.

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)
json_documents = st.dictionaries(st.text(max_size=8), json_values, max_size=5)


@FUZZ
@given(json_documents, st.sampled_from([None, 0, 2, "\t"]), st.booleans())
def test_json_round_trip_positions(data: dict, indent: Any, ascii_only: bool) -> None:
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only)
    doc = parse_document(text, "f.json")
    assert doc.data == data
    decoder = json.JSONDecoder()
    for path in all_paths(data):
        offset = line_col_to_offset(text, *doc.locate(path))
        assert decoder.raw_decode(text, offset)[0] == get(data, path), path


@FUZZ
@given(json_documents, st.sampled_from([None, False, True]), st.booleans())
def test_yaml_round_trip_positions(data: dict, flow: Any, unicode: bool) -> None:
    # PyYAML's emitter folds raw NEL/LS/PS line breaks inside quoted scalars, so
    # its own loaders do not read them back either; only test them escaped.
    assume(not (unicode and any(c in text for text in strings(data) for c in "\x85\u2028\u2029")))
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=unicode)
    doc = parse_document(text, "f.yaml")
    assert doc.data == data
    marks = yaml_node_marks(text)
    for path in all_paths(data):
        assert doc.locate(path) == marks[path], path


def test_floats_round_trip_through_yaml() -> None:
    data = {"a": [1e20, -1e-05, 1.5e-07, 0.1, -0.0, 3.0, 12345678901234567890.0]}
    doc = parse_document(yaml.safe_dump(data), "f.yaml")
    assert doc.data == data
    assert all(isinstance(v, float) and math.isfinite(v) for v in doc.data["a"])


def test_documents_copy_and_pickle_with_positions() -> None:
    import copy
    import pickle

    for text, name in ((JSON_DOC, "d.json"), (YAML_DOC, "d.yaml")):
        doc = parse_document(text, name)
        for clone in (copy.deepcopy(doc), pickle.loads(pickle.dumps(doc))):
            assert clone == doc
            assert clone.locate(("operations", "Op", "errors", 1)) == doc.locate(
                ("operations", "Op", "errors", 1)
            )
