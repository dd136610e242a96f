"""Query Feature Test Service: typed Python bindings (declarations for type checkers)."""

import typing as _t

from .._runtime import models as _models
from .aio import AsyncClient as AsyncClient
from .client import Client as Client
from .enums import (
    Mode as Mode,
)
from .errors import (
    QueryfeaturesError as QueryfeaturesError,
    ThingConflict as ThingConflict,
)
from .operations.delete_thing import (
    DeleteThing as DeleteThing,
    DeleteThingResponse as DeleteThingResponse,
    delete_thing_name as delete_thing_name,
    delete_thing_response_http_status as delete_thing_response_http_status,
    new_delete_thing as new_delete_thing,
    new_delete_thing_response as new_delete_thing_response,
)
from .operations.put_thing import (
    PutThing as PutThing,
    PutThingResponse as PutThingResponse,
    new_put_thing as new_put_thing,
    new_put_thing_response as new_put_thing_response,
    put_thing_attributes as put_thing_attributes,
    put_thing_data as put_thing_data,
    put_thing_enabled as put_thing_enabled,
    put_thing_epoch as put_thing_epoch,
    put_thing_flat_pairs as put_thing_flat_pairs,
    put_thing_items as put_thing_items,
    put_thing_labels as put_thing_labels,
    put_thing_name as put_thing_name,
    put_thing_names as put_thing_names,
    put_thing_pairs as put_thing_pairs,
    put_thing_ratio as put_thing_ratio,
    put_thing_renamed as put_thing_renamed,
    put_thing_response_attributes as put_thing_response_attributes,
    put_thing_response_flat_pairs as put_thing_response_flat_pairs,
    put_thing_response_http_status as put_thing_response_http_status,
    put_thing_response_labels as put_thing_response_labels,
    put_thing_response_names as put_thing_response_names,
    put_thing_response_thing as put_thing_response_thing,
    put_thing_settings as put_thing_settings,
    put_thing_token as put_thing_token,
    put_thing_when as put_thing_when,
)
from .shapes.item import (
    Item as Item,
    item_key as item_key,
    item_value as item_value,
    new_item as new_item,
)
from .shapes.settings import (
    Settings as Settings,
    new_settings as new_settings,
    settings_child as settings_child,
    settings_depth as settings_depth,
    settings_mode as settings_mode,
)
from .shapes.thing import (
    Thing as Thing,
    new_thing as new_thing,
    thing_created as thing_created,
    thing_data as thing_data,
    thing_enabled as thing_enabled,
    thing_name as thing_name,
    thing_parts as thing_parts,
    thing_ratio as thing_ratio,
    thing_size as thing_size,
)

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]]

__all__ = [
    "OPERATIONS",
    "AsyncClient",
    "Client",
    "DeleteThing",
    "DeleteThingResponse",
    "Item",
    "Mode",
    "PutThing",
    "PutThingResponse",
    "QueryfeaturesError",
    "Settings",
    "Thing",
    "ThingConflict",
    "delete_thing_name",
    "delete_thing_response_http_status",
    "item_key",
    "item_value",
    "new_delete_thing",
    "new_delete_thing_response",
    "new_item",
    "new_put_thing",
    "new_put_thing_response",
    "new_settings",
    "new_thing",
    "put_thing_attributes",
    "put_thing_data",
    "put_thing_enabled",
    "put_thing_epoch",
    "put_thing_flat_pairs",
    "put_thing_items",
    "put_thing_labels",
    "put_thing_name",
    "put_thing_names",
    "put_thing_pairs",
    "put_thing_ratio",
    "put_thing_renamed",
    "put_thing_response_attributes",
    "put_thing_response_flat_pairs",
    "put_thing_response_http_status",
    "put_thing_response_labels",
    "put_thing_response_names",
    "put_thing_response_thing",
    "put_thing_settings",
    "put_thing_token",
    "put_thing_when",
    "settings_child",
    "settings_depth",
    "settings_mode",
    "thing_created",
    "thing_data",
    "thing_enabled",
    "thing_name",
    "thing_parts",
    "thing_ratio",
    "thing_size",
]
