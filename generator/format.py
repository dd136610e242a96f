"""Format rendered source with black, the project's fixed formatter settings.

``black --check generated/`` must agree with what this writes, so the mode
here and ``[tool.black]`` in ``pyproject.toml`` are the same settings.
Formatting is the slow stage; ``write`` skips it for files whose rendered
source has not changed since the last run (see its manifest).
"""

from __future__ import annotations

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=88)
STUB_MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=88, is_pyi=True)

#: Identifies the formatter in the manifest: a new black may format differently.
FORMATTER_ID = f"black {black.__version__} py311 88"


class FormatError(Exception):
    """Rendered source was not valid Python (a generator bug, never user input)."""


def format_source(path: str, source: str) -> str:
    """``source`` formatted by black; ``path`` names it in errors."""
    try:
        return black.format_str(source, mode=STUB_MODE if path.endswith(".pyi") else MODE)
    except black.InvalidInput as exc:
        raise FormatError(f"{path}: generated source does not parse: {exc}") from exc


def format_many(items: list[tuple[str, str]], jobs: int = 1) -> list[str]:
    """Format many files, in ``jobs`` processes when there are enough of them."""
    if jobs <= 1 or len(items) < 8:
        return [format_source(path, source) for path, source in items]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_format_item, items, chunksize=max(1, len(items) // (jobs * 8))))


def _format_item(item: tuple[str, str]) -> str:
    return format_source(*item)
