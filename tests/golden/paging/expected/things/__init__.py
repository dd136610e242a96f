"""Things Service: typed Python bindings.

Undocumented.

Generated from the ``Things`` model, API version
2024-01-01.  Every class, constructor, lens and
error is importable from this package; each loads its module on first use
(``__init__.pyi`` declares them all for type checkers and IDEs).
``OPERATIONS`` maps operation names to their :class:`~.._runtime.models.Operation`;
``Client`` (from ``client``) signs, sends and retries them.

The package is part of its output folder, whose ``_runtime`` it shares with
the other packages there: import it as ``<folder>.things``.
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
    "enums": "ThingState",
    "errors": "ThingNotFound ThingsError",
    "operations.describe_thing": "DescribeThing DescribeThingResponse describe_thing_id describe_thing_response_groups describe_thing_response_http_status describe_thing_response_output describe_thing_response_thing new_describe_thing new_describe_thing_response",
    "operations.list_groups": "ListGroups ListGroupsResponse list_groups_next_token list_groups_response_groups list_groups_response_http_status list_groups_response_next_token new_list_groups new_list_groups_response",
    "operations.list_objects": "ListObjects ListObjectsResponse list_objects_marker list_objects_max_keys list_objects_response_contents list_objects_response_http_status list_objects_response_is_truncated list_objects_response_name list_objects_response_next_marker new_list_objects new_list_objects_response",
    "operations.list_pairs": "ListPairs ListPairsResponse list_pairs_marker list_pairs_page_size list_pairs_response_http_status list_pairs_response_is_truncated list_pairs_response_items list_pairs_response_next_marker list_pairs_response_others list_pairs_response_sub list_pairs_sub_marker new_list_pairs new_list_pairs_response",
    "operations.list_things": "ListThings ListThingsResponse list_things_max_results list_things_next_token list_things_response_http_status list_things_response_next_token list_things_response_things new_list_things new_list_things_response",
    "shapes.group": "Group group_members group_name group_parts new_group",
    "shapes.object": "Object new_object object_key object_size",
    "shapes.part": "Part new_part part_name part_state",
    "shapes.sub_markers": "SubMarkers new_sub_markers sub_markers_next_sub_marker",
    "shapes.tag": "Tag new_tag tag_value",
    "shapes.thing": "Thing new_thing thing_count thing_id thing_parts thing_state thing_tags",
}

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]] = _models.LazyOperations(
    __name__,
    {
        "DescribeThing": "operations.describe_thing",
        "ListGroups": "operations.list_groups",
        "ListObjects": "operations.list_objects",
        "ListPairs": "operations.list_pairs",
        "ListThings": "operations.list_things",
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
