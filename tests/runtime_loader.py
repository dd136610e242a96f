"""Loads templates/runtime/ as a package for the tests.

The runtime files are copied into each output folder's ``_runtime``
package; here they are imported from the templates folder under a
synthetic package name, so that their relative imports work."""

from __future__ import annotations

import importlib
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

from .conftest import ROOT

RUNTIME = ROOT / "templates" / "runtime"
PACKAGE = "rt_under_test"


def load(module: str) -> Any:
    """``templates/runtime/<module>.py`` imported as ``rt_under_test.<module>``."""
    if PACKAGE not in sys.modules:
        package = types.ModuleType(PACKAGE)
        package.__path__ = [str(RUNTIME)]
        sys.modules[PACKAGE] = package
    return importlib.import_module(f"{PACKAGE}.{module}")


class AwsHome:
    """A temporary HOME with the two shared files, and an environment that
    points at them and keeps the chain off the network and off /etc."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.config_file = root / ".aws" / "config"
        self.credentials_file = root / ".aws" / "credentials"
        self.config_file.parent.mkdir(parents=True, exist_ok=True)
        self.env: dict[str, str] = {
            "HOME": str(root),
            "AWS_CONFIG_FILE": str(self.config_file),
            "AWS_SHARED_CREDENTIALS_FILE": str(self.credentials_file),
            "AWS_EC2_METADATA_DISABLED": "true",
            "BOTO_CONFIG": str(root / "no-boto-config"),
        }

    def config(self, text: str) -> AwsHome:
        self.config_file.write_text(textwrap.dedent(text), "utf-8")
        return self

    def credentials(self, text: str) -> AwsHome:
        self.credentials_file.write_text(textwrap.dedent(text), "utf-8")
        return self
