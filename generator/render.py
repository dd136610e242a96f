"""Render the intermediate model into Python source files with Jinja2.

The environment is strict (an undefined name is an error, never an empty
string) and has no autoescaping: spec text reaches the output only through
the ``py_str`` and ``docstring`` filters, both from ``escape``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any, cast

import jinja2

from . import __version__, codecs, endpoints, escape, protocols
from .codecs import search as search_codec
from .docs import first_sentence
from .ir import Expr, Member, Service, Structure, Type
from .names import UNKNOWN_UNION_MEMBER

_TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"


def _docstring(text: str, indent: int = 0) -> str:
    """A docstring body: escaped, continuation lines indented by ``indent``."""
    body = escape.docstring(text.strip()) or "Undocumented."
    pad = " " * indent
    lines = body.split("\n")
    if len(lines) == 1:
        return body
    return "\n".join(
        [lines[0]] + [pad + line if line else "" for line in lines[1:]] + [pad]
    )


def _field_type(member: Member) -> str:
    """The Python type of a member's field (``| None`` when it may be unset)."""
    annotation = codecs.annotation(member.type)
    return f"{annotation} | None" if member.nullable else annotation


def _class_docs(structure: Structure) -> str:
    """A class's documentation and a list of its fields with the first
    sentence of each one's: ``help()`` and pydoc show the class docstring,
    while the fields' own docstrings are seen only by IDEs and Sphinx."""
    lines: list[str] = []
    if structure.is_output:
        lines.append("- ``http_status``: The HTTP status code of the response.")
    for member in structure.members:
        summary = first_sentence(member.docs) or f"The ``{member.name}`` member."
        lines.append(f"- ``{member.field}``: {' '.join(summary.split())}")
    if structure.is_union:
        lines.append(
            f"- ``{UNKNOWN_UNION_MEMBER}``: The member a response set that these"
            " bindings do not know, if any."
        )
    if not lines:
        return structure.docs
    return structure.docs + "\n\nFields:\n\n" + "\n".join(lines)


def _compact_json(value: object) -> str:
    """``value`` as compact JSON text (ASCII, so the literal stays plain)."""
    return json.dumps(value, separators=(",", ":"))


def _first_line(text: str) -> str:
    """The first sentence of plain text, on one line."""
    return " ".join((first_sentence(text) or text).split())


def _kwarg(field: str, expr: str, indent: int = 12) -> str:
    """``field=expr`` as one argument line of an exploded call, black-stable.

    black wraps a conditional-expression argument in parentheses exactly
    when its line would exceed the line length; ruff keeps whatever
    parentheses it is given.  Writing them here the way black would makes
    both formatters produce the same bytes.
    """
    line = f"{field}={expr},"
    if " if " in expr and indent + len(line) > 88:
        return f"{field}=({expr})"
    return f"{field}={expr}"


def _search(expr: Expr, root: str, wrapped: bool = False) -> str:
    """A typed JMESPath expression as Python over ``root`` (parenthesized
    with ``wrapped`` unless it is one name, attribute or call)."""
    return search_codec.python(expr, root, wrapped=wrapped)


def _literal(value: object) -> str:
    """A JSON value (an acceptor's ``expected``) as a Python literal."""
    return escape.py_str(value) if isinstance(value, str) else repr(value)


def _structures(t: Type) -> list[Type]:
    found = [t] if t.is_structure else []
    for inner in (t.item, t.key, t.value):
        if inner is not None:
            found += _structures(inner)
    return found


def _client_annotation(t: Type) -> str:
    """The type of a paginator's items as ``client.py`` names it: its
    classes imported as ``_item_<Class>`` (see :func:`_client_item_imports`)."""
    text = codecs.annotation(t)
    for s in _structures(t):
        text = re.sub(rf"\b{re.escape(s.class_name)}\b", f"_item_{s.class_name}", text)
    return text


def _client_item_imports(service: Service) -> list[str]:
    """The imports (for type checkers) of what the client's ``_items``
    methods yield."""
    items = [p.item for p in service.paginators if p.item is not None]
    lines = sorted(
        {
            f"from .{s.module} import {s.class_name} as _item_{s.class_name}"
            for t in items
            for s in _structures(t)
        }
    )
    annotations = " ".join(codecs.annotation(t) for t in items)
    if "_dt." in annotations:
        lines.insert(0, "import datetime as _dt")
    if "_rt." in annotations:
        lines.append(f"from .._runtime import {service.protocol.runtime} as _rt")
    return lines


def _template_dir() -> Path:
    if _TEMPLATE_DIR.is_dir():
        return _TEMPLATE_DIR
    # installed without the source tree: templates ship as package data
    return Path(str(resources.files("generator") / "templates"))


def template_files() -> list[Path]:
    """Every template file, in nested folders too (for the fingerprints of
    what generated output depends on)."""
    folder = _template_dir()
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix in (".j2", ".py")
    )


@functools.cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment, built once per process."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_template_dir())),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["py_str"] = escape.py_str
    env.filters["docstring"] = _docstring
    env.filters["field_type"] = _field_type
    env.filters["class_docs"] = _class_docs
    env.filters["compact_json"] = _compact_json
    env.filters["first_line"] = _first_line
    env.filters["py_value"] = escape.py_value
    # The codecs the templates call (jinja2's stubs type these tables
    # narrowly, for its own defaults; any callable or namespace may go in).
    names = cast(dict[str, Any], env.globals)
    names["kwarg"] = _kwarg
    names["codec"] = codecs
    names["search"] = _search
    names["literal"] = _literal
    names["annotation"] = codecs.annotation
    names["client_annotation"] = _client_annotation
    names["client_item_imports"] = _client_item_imports
    names.update(protocols.TEMPLATE_GLOBALS)
    tests = cast(dict[str, Any], env.tests)
    tests["in_response_body"] = protocols.http_binding.in_response_body
    return env


def render_service(service: Service) -> dict[str, str]:
    """Every file of a service package, by path relative to the output folder."""
    env = environment()
    pkg = service.package
    files: dict[str, str] = {}

    def put(path: str, template: str, **context: object) -> None:
        files[path] = env.get_template(template).render(service=service, **context)

    put(f"{pkg}/__init__.py", "package_init.py.j2", runtime_stamp=runtime_stamp())
    put(f"{pkg}/__init__.pyi", "package_init.pyi.j2")
    put(f"{pkg}/client.py", "client.py.j2", generator_version=__version__)
    put(f"{pkg}/aio.py", "aio_client.py.j2")
    if service.endpoints is not None:
        put(f"{pkg}/endpoints.py", "endpoints.py.j2")
    put(f"{pkg}/errors.py", "errors.py.j2")
    put(f"{pkg}/enums.py", "enums.py.j2")
    put(
        f"{pkg}/operations/__init__.py",
        "subpackage_init.py.j2",
        summary=f"The operations of {service.title}, one module each.",
    )
    put(
        f"{pkg}/shapes/__init__.py",
        "subpackage_init.py.j2",
        summary=f"The shared shapes of {service.title}.",
    )
    if service.paginators:
        put(f"{pkg}/paginators.py", "paginators.py.j2")
    if service.waiters:
        put(f"{pkg}/waiters.py", "waiters.py.j2")
    for op in service.operations:
        put(f"{pkg}/{op.module.replace('.', '/')}.py", "operation.py.j2", op=op)
    for module in service.modules:
        put(f"{pkg}/{module.name.replace('.', '/')}.py", "shapes.py.j2", module=module)
    return files


#: The folder, inside the output folder, of the runtime every package shares.
RUNTIME_FOLDER = "_runtime"


def _runtime_sources() -> list[Path]:
    return sorted((_template_dir() / "runtime").glob("*.py"))


def runtime_source(name: str) -> Path:
    """The source of one module of the shared runtime (``templates/runtime/<name>``)."""
    return _template_dir() / "runtime" / name


@functools.cache
def runtime_stamp() -> str:
    """The generator's version and a hash of the runtime's sources: a package
    checks at import that its folder's runtime is the one it was made for."""
    digest = hashlib.sha256()
    for path in _runtime_sources() + [
        _template_dir() / "runtime_init.py.j2",
        _template_dir() / "runtime_partitions.py.j2",
        endpoints.PARTITIONS_FILE,
    ]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def render_runtime() -> dict[str, str]:
    """The shared runtime: ``_runtime/<module>.py`` copied from
    ``templates/runtime/``, and its ``__init__`` stamped with the version."""
    files = {
        f"{RUNTIME_FOLDER}/{path.name}": path.read_text("utf-8")
        for path in _runtime_sources()
    }
    files[f"{RUNTIME_FOLDER}/__init__.py"] = (
        environment()
        .get_template("runtime_init.py.j2")
        .render(stamp=runtime_stamp(), generator_version=__version__)
    )
    files[f"{RUNTIME_FOLDER}/partitions.py"] = (
        environment()
        .get_template("runtime_partitions.py.j2")
        .render(partitions=endpoints.partitions())
    )
    return files


def render_root(folder: str, packages: list[str]) -> dict[str, str]:
    """The output folder's own files: it is a package (``folder``, a Python
    identifier) holding the service ``packages`` and the runtime they share,
    typed (``py.typed``), that installs on its own (``pip install <path>``)."""
    env = environment()
    subpackages = [
        f"{folder}.{p}{suffix}"
        for p in sorted(packages)
        for suffix in ("", ".operations", ".shapes")
    ]
    distribution = folder if "aws" in folder.lower() else f"{folder}-aws-bindings"
    return {
        "__init__.py": env.get_template("root_init.py.j2").render(),
        "py.typed": "",
        "pyproject.toml": env.get_template("root_pyproject.toml.j2").render(
            folder=folder,
            distribution=distribution.replace("_", "-"),
            version=__version__,
            packages=[folder, f"{folder}.{RUNTIME_FOLDER}", *subpackages],
        ),
    }
