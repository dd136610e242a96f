"""Format rendered source: ruff (the default, fast) or black, with one style.

Generated code must be black-clean: ``black --check generated/`` passes.
ruff's formatter implements black's style and is about a hundred times
faster, and the templates avoid the few constructs where the two differ,
so either produces the same bytes; the test suite checks that black agrees
with every generated file.  The settings here match ``[tool.black]`` in
``pyproject.toml``.  ``write`` also skips formatting for files whose
rendered source did not change since the last run (see its manifest).
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import subprocess
import tempfile
from pathlib import Path

LINE_LENGTH = 88
FORMATTERS = ("ruff", "black")


class FormatError(Exception):
    """Rendered source was not valid Python (a generator bug, never user input)."""


def style_id() -> str:
    """What decides the bytes of formatted code, whichever formatter runs.

    Both formatters give the same bytes (the tests check it), so the
    manifest and the fingerprints record this rather than the formatter
    used: a folder generated with ``--formatter black`` is current for a
    ``check`` that formats with ruff.  A new version of either changes it.
    """
    return f"ruff {_ruff_version()} = black {_black_version()} py311 {LINE_LENGTH}"


def _black_version() -> str:
    try:
        return importlib.metadata.version("black")
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"


def _ruff_bin() -> str:
    try:
        finder = importlib.import_module("ruff.__main__").find_ruff_bin
    except ImportError as exc:  # pragma: no cover - ruff is a dependency
        raise FormatError(
            "the ruff formatter is not installed; pip install ruff, or use --formatter black"
        ) from exc
    return str(finder())


@functools.cache
def _ruff_version() -> str:
    out = subprocess.run(
        [_ruff_bin(), "--version"], capture_output=True, text=True, check=True
    ).stdout
    return out.split()[-1]


def format_source(path: str, source: str) -> str:
    """``source`` formatted by black; ``path`` names it in errors.

    black is imported here, not with the module: the commands that never
    format (``--help``, ``validate``, ``list``) do not need it.
    """
    import black
    from black.mode import Mode, TargetVersion
    from black.parsing import InvalidInput

    mode = Mode(
        target_versions={TargetVersion.PY311},
        line_length=LINE_LENGTH,
        is_pyi=path.endswith(".pyi"),
    )
    try:
        return black.format_str(source, mode=mode)
    except InvalidInput as exc:
        raise FormatError(f"{path}: generated source does not parse: {exc}") from exc


def format_many(
    items: list[tuple[str, str]], jobs: int = 1, formatter: str = "ruff"
) -> list[str]:
    """Format many files (``(relative path, source)`` pairs) with ``formatter``."""
    if not items:
        return []
    if formatter == "ruff":
        return _ruff_many(items)
    if jobs <= 1 or len(items) < 8:
        return [format_source(path, source) for path, source in items]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(
            pool.map(_format_item, items, chunksize=max(1, len(items) // (jobs * 8)))
        )


def _format_item(item: tuple[str, str]) -> str:
    return format_source(*item)


def _ruff_many(items: list[tuple[str, str]]) -> list[str]:
    """One ruff run over a scratch folder holding every file."""
    with tempfile.TemporaryDirectory(prefix="generator-format-") as scratch:
        root = Path(scratch)
        for rel, source in items:
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(source, "utf-8", newline="\n")
        command = [
            _ruff_bin(),
            "format",
            "--isolated",
            "--no-cache",
            "--quiet",
            f"--line-length={LINE_LENGTH}",
            "--target-version=py311",
            ".",
        ]
        result = subprocess.run(command, cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            raise FormatError(
                f"generated source does not format: {result.stderr.strip()[:2000]}"
            )
        return [(root / rel).read_text("utf-8") for rel, _ in items]
