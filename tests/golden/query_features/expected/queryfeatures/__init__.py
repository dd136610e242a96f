"""Query Feature Test Service: typed Python bindings.

Undocumented.

Generated from the ``QueryFeatures`` model, API version
2024-04-04.  Every class, constructor, lens and
error is importable from this package; each loads its module on first use
(``__init__.pyi`` declares them all for type checkers and IDEs).
``OPERATIONS`` maps operation names to their :class:`~.._runtime.models.Operation`;
``Client`` (from ``client``) signs, sends and retries them.

The package is part of its output folder, whose ``_runtime`` it shares with
the other packages there: import it as ``<folder>.queryfeatures``.
"""

from __future__ import annotations

if "." not in __name__:  # imported with the output folder itself on sys.path
    import os as _os

    _folder = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
    raise ImportError(
        f"{__name__} is a package of the bindings folder {_folder}: import it as "
        f"{_os.path.basename(_folder)}.{__name__}, with {_os.path.dirname(_folder)} "
        f"on sys.path (or pip install {_folder})"
    )

import importlib as _importlib
import typing as _t

from .. import _runtime
from .._runtime import models as _models

_runtime.require("0.2.0+e9513beec8d801a9", __name__)

# The public names each module defines, as one space-separated string per
# module: cheaper to load than a dict with one entry per name.
_MODULE_NAMES: dict[str, str] = {
    "client": "Client",
    "aio": "AsyncClient",
    "enums": "Mode",
    "errors": "QueryfeaturesError ThingConflict",
    "operations.delete_thing": "DeleteThing DeleteThingResponse delete_thing_name delete_thing_response_http_status new_delete_thing new_delete_thing_response",
    "operations.put_thing": "PutThing PutThingResponse new_put_thing new_put_thing_response put_thing_attributes put_thing_data put_thing_enabled put_thing_epoch put_thing_flat_pairs put_thing_items put_thing_labels put_thing_name put_thing_names put_thing_pairs put_thing_ratio put_thing_renamed put_thing_response_attributes put_thing_response_flat_pairs put_thing_response_http_status put_thing_response_labels put_thing_response_names put_thing_response_thing put_thing_settings put_thing_token put_thing_when",
    "shapes.item": "Item item_key item_value new_item",
    "shapes.settings": "Settings new_settings settings_child settings_depth settings_mode",
    "shapes.thing": "Thing new_thing thing_created thing_data thing_enabled thing_name thing_parts thing_ratio thing_size",
}

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]] = _models.LazyOperations(
    __name__,
    {
        "DeleteThing": "operations.delete_thing",
        "PutThing": "operations.put_thing",
    },
)
"""Every operation of the service by name, loaded on first access."""

_index: dict[str, str] = {}


def _all_names() -> dict[str, str]:
    """Every public name and its module (built once, for ``dir()`` and ``__all__``)."""
    if not _index:
        for module, names in _MODULE_NAMES.items():
            _index.update(dict.fromkeys(names.split(), module))
    return _index


def _module_of(name: str) -> str | None:
    # One name is looked up by scanning the strings (a substring test, then
    # the words of the few that contain it): much cheaper than building the
    # index of every name, which an import of one operation does not need.
    if _index:
        return _index.get(name)
    for module, names in _MODULE_NAMES.items():
        if name in names and name in names.split():
            return module
    return None


def __getattr__(name: str) -> _t.Any:
    if name == "__all__":
        return ["OPERATIONS", *sorted(_all_names())]
    module = _module_of(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_all_names()))
