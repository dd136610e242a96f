"""Per-service overrides: a merge patch on the model, with pythonName renames."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from .conftest import runtime_of

from generator.errors import SpecError
from generator.overrides import load_with_overrides, merge_patch
from generator.pipeline import Job, load_service

MODEL = textwrap.dedent(
    """\
    version: "2.0"
    metadata: {apiVersion: "2024-01-01", endpointPrefix: ov, protocol: rest-json, serviceId: Ov}
    operations:
      Keep: {name: Keep, http: {method: POST, requestUri: /keep}, input: {shape: KeepIn}}
      Drop: {name: Drop, http: {method: POST, requestUri: /drop}, input: {shape: DropIn}}
    shapes:
      KeepIn: {type: structure, members: {Item: {shape: Item}, MaxResults: {shape: Num}}}
      DropIn: {type: structure, members: {Only: {shape: OnlyDrop}}}
      Item: {type: structure, members: {Name: {shape: Text}}}
      OnlyDrop: {type: structure, members: {X: {shape: Text}}}
      Text: {type: string, pattern: '\\\\d+'}
      Num: {type: integer}
    """
)


def write(tmp_path: Path, overrides: str) -> Path:
    (tmp_path / "service.yaml").write_text(MODEL)
    (tmp_path / "overrides.yaml").write_text(textwrap.dedent(overrides))
    return tmp_path / "service.yaml"


def test_merge_patch_follows_rfc_7386() -> None:
    assert merge_patch({"a": 1, "b": {"c": 2, "d": 3}}, {"b": {"c": None, "e": 4}, "f": [1]}) == {
        "a": 1,
        "b": {"d": 3, "e": 4},
        "f": [1],
    }
    assert merge_patch({"a": 1}, [1, 2]) == [1, 2]


def test_drop_an_operation_rename_a_shape_and_a_field_fix_a_pattern(tmp_path: Path, generate_package) -> None:
    spec = write(
        tmp_path,
        """\
        operations:
          Drop: null
        shapes:
          Item: {pythonName: Thing}
          KeepIn:
            members:
              MaxResults: {pythonName: page_size}
          Text: {pattern: '\\d+'}
        """,
    )
    pkg = generate_package(spec, "ov_pkg")
    assert list(pkg.OPERATIONS) == ["Keep"]
    assert not hasattr(pkg, "OnlyDrop") and not hasattr(pkg, "Drop")
    request = pkg.Keep(item=pkg.Thing(name="42"), page_size=3)
    assert request.to_dict() == {"Item": {"Name": "42"}, "MaxResults": 3}
    request.validate()
    with pytest.raises(runtime_of(pkg).ValidationError):
        pkg.Keep(item=pkg.Thing(name="abc")).validate()


def test_problems_are_located_in_the_overrides_file(tmp_path: Path) -> None:
    spec = write(tmp_path, "shapes:\n  Text: {pattern: '[a-'}\n  Item: {pythonName: 'not valid'}\n")
    with pytest.raises(SpecError) as info:
        load_service(Job(spec))
    lines = [str(p) for p in info.value.problems]
    assert any(line.startswith(f"{tmp_path / 'overrides.yaml'}:2:") and "/shapes/Text/pattern" in line for line in lines)
    assert any("overrides.yaml:3:" in line and "pythonName 'not valid'" in line for line in lines)


def test_no_overrides_file_means_the_model_as_is(tmp_path: Path) -> None:
    (tmp_path / "service.yaml").write_text(MODEL)
    doc = load_with_overrides(tmp_path / "service.yaml")
    assert set(doc.data["operations"]) == {"Keep", "Drop"}


def test_connect_overrides_fix_the_double_escaped_phone_number() -> None:
    from generated._runtime import restjson as runtime
    from generated.connect import new_start_outbound_voice_contact

    request = new_start_outbound_voice_contact("+14155550100", "flow", "instance")
    request.validate()
    bad = new_start_outbound_voice_contact("4155550100", "flow", "instance")
    with pytest.raises(runtime.ValidationError, match="destination_phone_number"):
        bad.validate()


TYPOS = [
    # (overrides.yaml, line of the problem, its pointer, what the message says)
    (
        "operations:\n  Dorp: null\n",
        2,
        "/operations/Dorp",
        "no operation 'Dorp' in the model to remove (did you mean 'Drop'?)",
    ),
    (
        "operations:\n  Keep: {documentaton: x}\n",
        2,
        "/operations/Keep/documentaton",
        "unknown key 'documentaton' in an operation (did you mean 'documentation'",
    ),
    (
        "shapes:\n  KeepIn:\n    requird: [Item]\n",
        3,
        "/shapes/KeepIn/requird",
        "unknown key 'requird' in a structure shape (did you mean 'required'?)",
    ),
    (
        "shapes:\n  Itme: {pythonName: Thing}\n",
        2,
        "/shapes/Itme",
        "no shape 'Itme' in the model (did you mean 'Item'?); a new shape needs its 'type'",
    ),
    (
        "shapes:\n  OnlyDorp: null\n",
        2,
        "/shapes/OnlyDorp",
        "no shape 'OnlyDorp' in the model to remove (did you mean 'OnlyDrop'?)",
    ),
    (
        "shapes:\n  KeepIn:\n    members:\n      MaxResult: {pythonName: page_size}\n",
        4,
        "/shapes/KeepIn/members/MaxResult",
        "no member 'MaxResult' in shape 'KeepIn' (did you mean 'MaxResults'?)",
    ),
    (
        "shapes:\n  KeepIn:\n    members:\n      MaxResults: {pythonNmae: page_size}\n",
        4,
        "/shapes/KeepIn/members/MaxResults/pythonNmae",
        "unknown key 'pythonNmae' in a member (did you mean 'pythonName'?)",
    ),
    (
        "shapes:\n  Text: {patern: x}\n",
        2,
        "/shapes/Text/patern",
        "unknown key 'patern' in a string shape (did you mean 'pattern'?)",
    ),
    (
        "metdata: {serviceId: X}\n",
        1,
        "/metdata",
        "unknown key 'metdata' in the model (did you mean 'metadata'?)",
    ),
]


@pytest.mark.parametrize(("overrides", "line", "pointer", "message"), TYPOS)
def test_typos_in_overrides_are_errors(tmp_path: Path, overrides: str, line: int, pointer: str, message: str) -> None:
    spec = write(tmp_path, overrides)
    with pytest.raises(SpecError) as info:
        load_service(Job(spec))
    [problem] = info.value.problems
    assert (problem.file, problem.line, problem.pointer) == (str(tmp_path / "overrides.yaml"), line, pointer)
    assert message in problem.message, problem.message


def test_overrides_may_add_whole_operations_shapes_and_members(tmp_path: Path, generate_package) -> None:
    spec = write(
        tmp_path,
        """\
        operations:
          Extra: {name: Extra, http: {method: GET, requestUri: /extra}, input: {shape: ExtraIn}}
        shapes:
          ExtraIn: {type: structure, members: {Flag: {shape: Flag}}}
          Flag: {type: boolean}
          KeepIn:
            members:
              Note: {shape: Text, pythonName: remark}
        """,
    )
    pkg = generate_package(spec, "ov_added")
    assert set(pkg.OPERATIONS) == {"Keep", "Drop", "Extra"}
    assert pkg.Keep(remark="1").to_dict() == {"Note": "1"}
