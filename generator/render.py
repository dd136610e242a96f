"""Render the intermediate model into Python source files with Jinja2.

The environment is strict (an undefined name is an error, never an empty
string) and has no autoescaping: spec text reaches the output only through
the ``py_str`` and ``docstring`` filters, both from ``escape``.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import jinja2

from . import escape
from .ir import Service
from .names import is_identifier

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


def template_files() -> list[Path]:
    """Every template file (for fingerprints of what generated output depends on)."""
    folder = (
        _TEMPLATE_DIR
        if _TEMPLATE_DIR.is_dir()
        else Path(str(resources.files("generator") / "templates"))
    )
    return sorted(folder.glob("*.j2"))


@functools.cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment, built once per process."""
    if _TEMPLATE_DIR.is_dir():
        loader: jinja2.BaseLoader = jinja2.FileSystemLoader(str(_TEMPLATE_DIR))
    else:  # installed without the source tree: templates ship as package data
        loader = jinja2.FileSystemLoader(
            str(resources.files("generator") / "templates")
        )
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["py_str"] = escape.py_str
    env.filters["docstring"] = _docstring
    return env


def render_service(service: Service) -> dict[str, str]:
    """Every file of a service package, by path relative to the output folder."""
    env = environment()
    pkg = service.package
    files: dict[str, str] = {}

    def put(path: str, template: str, **context: object) -> None:
        files[path] = env.get_template(template).render(service=service, **context)

    put(f"{pkg}/__init__.py", "package_init.py.j2")
    put(f"{pkg}/__init__.pyi", "package_init.pyi.j2")
    put(f"{pkg}/runtime.py", "runtime.py.j2")
    put(f"{pkg}/auth.py", "auth.py.j2")
    put(f"{pkg}/client.py", "client.py.j2")
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
    for op in service.operations:
        put(f"{pkg}/{op.module.replace('.', '/')}.py", "operation.py.j2", op=op)
    for module in service.modules:
        put(f"{pkg}/{module.name.replace('.', '/')}.py", "shapes.py.j2", module=module)
    return files


def render_root(folder: str, packages: list[str]) -> dict[str, str]:
    """The output folder's own files: it is a package (``folder``) that
    installs on its own (``pip install ./generated``), typed (``py.typed``),
    holding the service ``packages``."""
    env = environment()
    files = {
        "__init__.py": env.get_template("root_init.py.j2").render(),
        "py.typed": "",
    }
    if is_identifier(
        folder
    ):  # otherwise the folder cannot be imported as a package anyway
        subpackages = [
            f"{folder}.{p}{suffix}"
            for p in sorted(packages)
            for suffix in ("", ".operations", ".shapes")
        ]
        files["pyproject.toml"] = env.get_template("root_pyproject.toml.j2").render(
            folder=folder, packages=[folder, *subpackages]
        )
    return files
