"""Rewrite every golden tree from its spec: ``python tests/golden/update.py``.

Each ``tests/golden/<case>/`` holds ``service.yaml`` (or ``service-2.json``)
and ``expected/``, the exact tree ``python -m generator generate`` writes for
it.  Review the diff (``git diff tests/golden``) before committing: a golden
file is never edited by hand.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator import load, pipeline, render, write  # noqa: E402

GOLDEN = Path(__file__).resolve().parent


def cases() -> list[Path]:
    return sorted(
        p for p in GOLDEN.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
    )


def render_case(case: Path, out: Path) -> None:
    """Generate one case into ``out`` (an empty or missing folder).

    The manifest is left out: it fingerprints the generator's own code, so it
    would change with every edit to the generator, not just to its output.
    So is the shared runtime (``_runtime/``): it is ``templates/runtime/``
    copied, the same for every case (tests/test_runtime_layout.py checks
    the copy), and would only repeat itself in every golden tree.
    """
    result = pipeline.run([pipeline.Job(load.find_spec(case))], out, jobs_parallel=1)
    write.commit(result)
    (out / write.MANIFEST).unlink()
    shutil.rmtree(out / render.RUNTIME_FOLDER)


def main() -> int:
    for case in cases():
        expected = case / "expected"
        shutil.rmtree(expected, ignore_errors=True)
        render_case(case, expected)
        print(f"rewrote {expected.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
