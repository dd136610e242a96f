"""One runtime per output folder: copied verbatim, stamped, shared by every package.

The generated packages of a folder import ``<folder>._runtime`` (one root
``ServiceError`` for every service), a package refuses a runtime of another
generator version, and the generator's wheel ships every template it uses.
"""

from __future__ import annotations

import fnmatch
import importlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import generated
from generated.connect.errors import ConnectError
from generated.connectparticipant.errors import ConnectparticipantError
from generator import load, pipeline, render, write
from generator.protocols import PROTOCOLS

from .conftest import ROOT, import_bindings, unimport_bindings

RUNTIME_SOURCES = ROOT / "templates" / "runtime"


def test_the_folder_holds_the_runtime_sources_verbatim() -> None:
    folder = ROOT / "generated" / render.RUNTIME_FOLDER
    sources = sorted(p.name for p in RUNTIME_SOURCES.glob("*.py"))
    # (__init__ carries the stamp, partitions the table: rendered, not copied)
    copied = sorted(
        p.name
        for p in folder.glob("*.py")
        if p.name not in ("__init__.py", "partitions.py")
    )
    assert copied == sources
    for name in sources:
        assert (folder / name).read_bytes() == (
            RUNTIME_SOURCES / name
        ).read_bytes(), name
    stamp = render.runtime_stamp()
    assert f'VERSION = "{stamp}"' in (folder / "__init__.py").read_text("utf-8")


def test_one_service_error_root_for_every_service() -> None:
    root = generated.ServiceError
    assert root.__module__ == "generated._runtime.errors"
    assert issubclass(ConnectError, root) and issubclass(ConnectparticipantError, root)
    assert ConnectError.__bases__ == (root,) and ConnectparticipantError.__bases__ == (
        root,
    )
    try:
        raise ConnectparticipantError("boom", code="X")
    except generated.ServiceError as caught:  # one except clause for both services
        assert caught.code == "X"


def test_an_operation_imports_only_what_its_protocol_needs() -> None:
    probe = (
        "import sys\n"
        "from generated.connect.operations.start_chat_contact import OPERATION\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('generated._runtime.'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = {name.rsplit(".", 1)[1] for name in result.stdout.split()}
    assert loaded == {
        "errors",
        "http",
        "jsonwire",
        "models",
        "restjson",
        "timestamps",
        "validation",
    }


def test_a_package_refuses_a_runtime_of_another_generator(tmp_path: Path) -> None:
    out = tmp_path / "mixed"
    spec = load.find_spec(ROOT / "tests" / "golden" / "naming")
    write.commit(pipeline.run([pipeline.Job(spec)], out, jobs_parallel=1, format=False))
    init = out / render.RUNTIME_FOLDER / "__init__.py"
    init.write_text(
        init.read_text("utf-8").replace(render.runtime_stamp(), "0.0.1+someoneelse"),
        "utf-8",
    )
    try:
        with pytest.raises(
            ImportError,
            match=r"generated for the bindings runtime 0\.2\.0\+.*runtime in its folder is 0\.0\.1\+someoneelse",
        ):
            import_bindings(out, "namingstress")
    finally:
        unimport_bindings(out)


def test_the_wheel_ships_every_template_and_module() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"][
        "setuptools"
    ]
    packages = set(config["packages"])
    for folder in (ROOT / "generator").rglob("*.py"):
        package = ".".join(folder.parent.relative_to(ROOT).parts)
        assert package in packages, f"{package} is not in [tool.setuptools] packages"
    patterns = config["package-data"]["generator.templates"]
    for path in render.template_files():
        rel = path.relative_to(ROOT / "templates").as_posix()
        assert any(
            fnmatch.fnmatch(rel, p) and rel.count("/") == p.count("/") for p in patterns
        ), f"templates/{rel} is not in the package data"
    schema = config["package-data"]["generator"]
    for path in (ROOT / "generator").rglob("*.json"):
        rel = path.relative_to(ROOT / "generator").as_posix()
        assert any(
            fnmatch.fnmatch(rel, p) for p in schema
        ), f"generator/{rel} is not in the package data"


def test_help_shows_every_field_with_its_summary() -> None:
    import pydoc

    from generated.connect import StartChatContact

    text = pydoc.render_doc(StartChatContact, renderer=pydoc.plaintext)
    assert "- ``participant_details``: Information identifying the participant." in text
    fields = [f for f in StartChatContact.__dataclass_fields__]
    for field in fields:
        assert f"- ``{field}``: " in text, field


@pytest.mark.parametrize(
    "folder, distribution",
    [
        ("generated", "generated-aws-bindings"),
        ("aws", "aws"),
        ("my_aws_sdk", "my-aws-sdk"),
    ],
)
def test_the_bindings_distribution_is_named_after_the_folder(
    folder: str, distribution: str
) -> None:
    pyproject = tomllib.loads(render.render_root(folder, ["connect"])["pyproject.toml"])
    assert pyproject["project"]["name"] == distribution
    assert f"{folder}._runtime" in pyproject["tool"]["setuptools"]["packages"]
    assert set(pyproject["project"]["optional-dependencies"]) == {
        "client",
        "async",
        "fast",
    }


@pytest.mark.parametrize(
    ("case", "operation", "runtime"),
    [
        (
            "json_rpc",
            "put_record",
            {
                "awsjson",
                "errors",
                "http",
                "jsonwire",
                "models",
                "querycompat",
                "timestamps",
                "validation",
            },
        ),
        (
            "query_features",
            "put_thing",
            {
                "errors",
                "formwire",
                "http",
                "models",
                "query",
                "timestamps",
                "validation",
                "xmlwire",
            },
        ),
        (
            "ec2_features",
            "describe_widgets",
            {
                "ec2",
                "query",  # the ec2 runtime re-exports the query runtime's names
                "errors",
                "formwire",
                "http",
                "models",
                "timestamps",
                "validation",
                "xmlwire",
            },
        ),
    ],
)
def test_an_operation_of_each_protocol_imports_only_its_runtime(
    case: str, operation: str, runtime: set[str], tmp_path: Path
) -> None:
    """The runtime modules an operation of awsJson, query and ec2 loads; and
    the XML parser (``xml.etree``, ``pyexpat``) only when a response is read."""
    out = tmp_path / "layout_protocols"
    spec = load.find_spec(ROOT / "tests" / "golden" / case)
    write.commit(pipeline.run([pipeline.Job(spec)], out, jobs_parallel=1, format=False))
    package = next(p.name for p in out.iterdir() if (p / "operations").is_dir())
    probe = (
        "import sys\n"
        f"from {out.name}.{package}.operations.{operation} import OPERATION\n"
        f"print(' '.join(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('{out.name}._runtime.'))))\n"
        "print('xml.etree.ElementTree' in sys.modules, 'pyexpat' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded, xml_loaded = result.stdout.splitlines()
    assert set(loaded.split()) == runtime
    assert xml_loaded == "False False"


def _rt_names(text: str) -> set[str]:
    return set(re.findall(r"\b_rt\.([A-Za-z_][A-Za-z_0-9]*)", text))


def _template_closure(root: str) -> list[Path]:
    """A template and every template it imports, transitively."""
    seen: list[Path] = []
    todo = [root]
    while todo:
        path = ROOT / "templates" / todo.pop()
        if path in seen:
            continue
        seen.append(path)
        todo += re.findall(r'{%-?\s*import\s+"([^"]+)"', path.read_text("utf-8"))
    return seen


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
def test_every_runtime_name_the_generated_code_can_use_exists(protocol: str) -> None:
    """Every ``_rt.<name>`` a package of this protocol can contain is in its
    runtime module: the names of the shared templates (models, operations,
    errors) and codecs, of the protocol's own templates, and of the Python
    codec families those templates call.  (A query union's ``from_dict``
    once called ``_rt.unknown_member_name``, which the query runtime lacked:
    an AttributeError at run time that no golden had a union to show.)"""
    plugin = PROTOCOLS[protocol]
    templates = [
        t
        for root in ("shapes.py.j2", "operation.py.j2", "errors.py.j2", plugin.template)
        for t in _template_closure(root)
    ]
    texts = [t.read_text("utf-8") for t in templates]
    texts += [p.read_text("utf-8") for p in (ROOT / "generator" / "codecs").glob("*.py")]
    for family in ("json_body", "xml_body", "form", "http_binding"):
        if any(f"{family}." in text for text in texts[: len(templates)]):
            texts.append((ROOT / "generator" / "protocols" / f"{family}.py").read_text("utf-8"))
    used = set().union(*map(_rt_names, texts))
    assert {"seal", "Operation", "required"} <= used  # the scan finds what it should
    runtime = importlib.import_module(f"generated._runtime.{plugin.runtime}")
    assert sorted(n for n in used if not hasattr(runtime, n)) == []
    assert used <= set(runtime.__all__)
