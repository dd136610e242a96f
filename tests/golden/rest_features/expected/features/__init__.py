"""Feature Test Service: typed Python bindings.

Undocumented.

Generated from the ``Features`` model, API version
2024-02-02.  Every class, constructor, lens and
error is importable from this package; each loads its module on first use
(``__init__.pyi`` declares them all for type checkers and IDEs).
``OPERATIONS`` maps operation names to their :class:`~.._runtime.models.Operation`;
``Client`` (from ``client``) signs, sends and retries them.

The package is part of its output folder, whose ``_runtime`` it shares with
the other packages there: import it as ``<folder>.features``.
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
    "errors": "FeaturesError NotFound",
    "operations.put_object": "PutObject PutObjectResponse new_put_object new_put_object_response put_object_body put_object_bucket put_object_context put_object_epoch put_object_expires put_object_extra put_object_flags put_object_key put_object_limit put_object_meta put_object_response_details put_object_response_e_tag put_object_response_http_status put_object_response_meta put_object_response_modified put_object_response_status put_object_since put_object_tags put_object_token",
    "operations.search": "Search SearchResponse new_search new_search_response search_account_id search_client_token search_doc search_filter search_old search_query search_ratio search_raw search_response_http_status search_response_items search_response_next search_response_tree search_secret search_when search_when_iso",
    "shapes.details": "Details details_checksum details_size new_details",
    "shapes.filter": "Filter filter_by_name filter_by_range filter_not filter_sdk_unknown_member new_filter",
    "shapes.item": "Item item_created item_id item_scores new_item",
    "shapes.leaf": "Leaf Node leaf_parent leaf_weight new_leaf new_node node_children node_leaf node_value",
    "shapes.query": "Query new_query query_fields query_text",
    "shapes.range": "Range new_range range_high range_low",
}

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]] = _models.LazyOperations(
    __name__,
    {
        "PutObject": "operations.put_object",
        "Search": "operations.search",
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
