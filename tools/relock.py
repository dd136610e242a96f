"""Refresh ``constraints.txt``, the lock of every package the README's commands install.

    python tools/relock.py            # newest versions pyproject's ranges allow
    python tools/relock.py --check    # exit 1 if a fresh resolution differs from the lock

It makes a scratch virtualenv, installs the project with its test extra
there *without* the lock (so pip picks the newest release each range in
``pyproject.toml`` admits), and writes what got installed, transitive
packages included, as exact pins.  Run the whole test suite afterwards
(the README's test command, which installs from the new lock) and commit
the lock only if it passes: a refresh is a deliberate change, never drift.

``pip`` and ``setuptools`` are left out: they come with the virtualenv
that ``python3 -m venv`` makes, not from the README's commands (the build
backend the editable install uses is pinned in pyproject's
``[build-system]``).
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "constraints.txt"
PROJECT = "aws-bindings-generator"

#: Installed by ``python3 -m venv`` itself, not by the README's commands.
SEEDED = frozenset({"pip", "setuptools"})

HEADER = """\
# The lock: the exact version of every package the README's two commands
# install (the project's dependencies and its test extra, transitive ones
# included).  pip honours it as a constraints file:
#     pip install -c constraints.txt -e '.[test]'
# pyproject.toml keeps the ranges a user of the generator may install; this
# file is what the repository's own commands and CI use.  Refresh it on
# purpose with `python tools/relock.py`, then run the whole test suite.
# tests/test_lock.py checks that it pins exactly what is installed.
"""


def normalize(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return "-".join(name.replace("_", "-").replace(".", "-").lower().split("-"))


def parse_lock(text: str) -> dict[str, str]:
    """``{normalized name: version}`` of a constraints file of ``name==version`` lines."""
    pins: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        if not sep or not name.strip() or not version.strip():
            raise ValueError(f"constraints.txt:{number}: not an exact pin: {raw!r}")
        pins[normalize(name.strip())] = version.strip()
    return pins


def resolve() -> dict[str, str]:
    """Install the project and its test extra into a scratch virtualenv, unlocked."""
    with tempfile.TemporaryDirectory(prefix="relock-") as scratch:
        env_dir = Path(scratch) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"],
            check=True,
        )
        frozen = subprocess.run(
            [str(python), "-m", "pip", "list", "--format=freeze", "--exclude-editable"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    pins = parse_lock(frozen)
    for name in SEEDED | {normalize(PROJECT)}:
        pins.pop(name, None)
    return pins


def render(pins: dict[str, str]) -> str:
    stamp = datetime.date.today().isoformat()
    lines = [HEADER, f"# Resolved on {stamp} with Python {sys.version.split()[0]}.\n"]
    lines += [f"{name}=={pins[name]}\n" for name in sorted(pins)]
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare a fresh resolution with the lock instead of writing it",
    )
    args = parser.parse_args(argv)
    pins = resolve()
    old = parse_lock(LOCK.read_text("utf-8")) if LOCK.is_file() else {}
    changes = [
        f"  {name}: {old.get(name, '-')} -> {pins.get(name, '-')}"
        for name in sorted(set(old) | set(pins))
        if old.get(name) != pins.get(name)
    ]
    if args.check:
        print("\n".join(changes) if changes else "the lock is current")
        return 1 if changes else 0
    LOCK.write_text(render(pins), "utf-8")
    print(f"wrote {LOCK.name}: {len(pins)} pins, {len(changes)} changed")
    print("\n".join(changes))
    print("now run the README's test command; commit the lock only if it passes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
