"""Swap staged output into place, one unit at a time, each atomically.

A *unit* is a top-level entry of the output folder: a package folder (a
service, ``_runtime``, ``.generator-api``) or a file (``__init__.py``,
``pyproject.toml``, the manifest).  A folder unit is staged whole -- the
current folder hard-linked file by file, then the changed files written
anew, the removed ones dropped -- and then exchanged with the live folder in
one step, so that at every instant, even under ``kill -9``, a package is
entirely its old or entirely its new version:

* Linux: ``renameat2(RENAME_EXCHANGE)``; macOS: ``renamex_np(RENAME_SWAP)``
  (both through ctypes);
* elsewhere, or on a file system that cannot exchange: the live folder is
  renamed aside and the staged one renamed in (two renames: for an instant
  the package is missing, never mixed).

Files are replaced with ``os.replace`` (atomic everywhere).  The manifest
goes last, so an interrupted run leaves it describing the old output and
``check`` reports the folder stale.  SIGINT and SIGTERM during the swap roll
back every unit already swapped; any other failure does too.  A staging
folder left by a run that was killed is removed by the next run
(:func:`remove_leftovers`): with every unit swapped whole, it holds only
old versions or unused new ones.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import signal
import sys
import threading
from collections.abc import Callable, Generator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

#: The prefix of the staging folders runs make inside the output folder.
STAGE_PREFIX = ".generator-stage-"

_RENAME_EXCHANGE = 2  # linux/fs.h
_RENAME_SWAP = 2  # macOS sys/stdio.h
_AT_FDCWD = -100


def _libc_exchange() -> Callable[[bytes, bytes], int] | None:
    """The platform's atomic exchange of two paths, if it has one."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    except OSError:
        return None
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        renameat2 = libc.renameat2
        return lambda a, b: int(renameat2(_AT_FDCWD, a, _AT_FDCWD, b, _RENAME_EXCHANGE))
    if sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        renamex_np = libc.renamex_np
        return lambda a, b: int(renamex_np(a, b, _RENAME_SWAP))
    return None


_EXCHANGE = _libc_exchange()


def exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two existing paths; False where the platform or
    the file system cannot (nothing is changed then)."""
    if _EXCHANGE is None:
        return False
    if _EXCHANGE(os.fsencode(a), os.fsencode(b)) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False  # the kernel or the file system cannot exchange
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def remove_leftovers(out: Path) -> list[Path]:
    """Remove staging folders an interrupted run left in ``out``; return them."""
    found = sorted(out.glob(STAGE_PREFIX + "*")) if out.is_dir() else []
    for path in found:
        shutil.rmtree(path, ignore_errors=True)
    return found


def link_tree(source: Path, target: Path) -> None:
    """``target`` as a copy of the folder ``source`` whose files are hard
    links (a file is written anew, never in place, before it changes)."""
    for folder, _, files in os.walk(source):
        here = target / Path(folder).relative_to(source)
        here.mkdir(parents=True, exist_ok=True)
        for name in files:
            try:
                os.link(Path(folder) / name, here / name, follow_symlinks=False)
            except OSError:
                shutil.copy2(Path(folder) / name, here / name, follow_symlinks=False)


class Transaction:
    """Units swapped in so far, and how to undo each."""

    def __init__(self, out: Path, stage: Path) -> None:
        self.out = out
        self.stage = stage
        self.backup = stage / ".backup"
        self.undo: list[Callable[[], object]] = []
        self.interrupted: int | None = None

    def check(self) -> None:
        """Raise KeyboardInterrupt when SIGINT or SIGTERM arrived meanwhile."""
        if self.interrupted is not None:
            raise KeyboardInterrupt

    def folder(self, unit: str) -> None:
        """Put the staged folder ``unit`` in place of the live one (or remove
        the live one when nothing was staged)."""
        live, staged = self.out / unit, self.stage / unit
        aside = self.backup / unit
        aside.parent.mkdir(parents=True, exist_ok=True)
        if not staged.exists():  # the unit goes away
            if live.exists():
                os.rename(live, aside)
                self.undo.append(lambda: os.rename(aside, live))
        elif not live.exists():
            os.rename(staged, live)
            self.undo.append(lambda: os.rename(live, staged))
        elif exchange(live, staged):
            self.undo.append(lambda: exchange(live, staged))
        else:  # two renames: missing for an instant, never mixed
            os.rename(live, aside)
            try:
                os.rename(staged, live)
            except BaseException:
                os.rename(aside, live)
                raise

            def back() -> None:
                os.rename(live, staged)
                os.rename(aside, live)

            self.undo.append(back)
        self.check()

    def file(self, unit: str) -> None:
        """Put the staged file ``unit`` in place (or remove the live one)."""
        live, staged = self.out / unit, self.stage / unit
        aside = self.backup / unit
        aside.parent.mkdir(parents=True, exist_ok=True)
        had_live = live.is_file()
        if had_live:
            os.link(live, aside)
        if staged.exists():
            os.replace(staged, live)
        elif had_live:
            live.unlink()
        if had_live:
            self.undo.append(lambda: os.replace(aside, live))
        else:
            self.undo.append(lambda: live.unlink(missing_ok=True))
        self.check()

    def rollback(self) -> None:
        for step in reversed(self.undo):
            step()
        self.undo.clear()


@contextmanager
def transaction(out: Path, stage: Path) -> Generator[Transaction, None, None]:
    """Swap units in; on an exception, SIGINT or SIGTERM, roll back every
    unit already swapped, then raise."""
    tx = Transaction(out, stage)
    previous: dict[
        signal.Signals, Callable[[int, FrameType | None], object] | int | None
    ] = {}

    def hold(signum: int, frame: FrameType | None) -> None:
        tx.interrupted = signum

    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, hold)
    try:
        yield tx
        tx.check()
    except BaseException:
        tx.rollback()
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if tx.interrupted == signal.SIGTERM:
            raise SystemExit(128 + signal.SIGTERM)
