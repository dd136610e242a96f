"""Naming Stress Service: typed Python bindings (declarations for type checkers)."""

import typing as _t

from .._runtime import models as _models
from .aio import AsyncClient as AsyncClient
from .client import Client as Client
from .enums import (
    Kind as Kind,
)
from .errors import (
    HttpRequest as HttpRequest,
    NamingStressError as NamingStressError,
)
from .operations.get_lens import (
    GetLens as GetLens,
    GetLensResponse as GetLensResponse,
    get_lens_class as get_lens_class,
    get_lens_none as get_lens_none,
    get_lens_response_http_status as get_lens_response_http_status,
    get_lens_response_lens as get_lens_response_lens,
    new_get_lens as new_get_lens,
    new_get_lens_response as new_get_lens_response,
)
from .operations.tag import (
    Tag as Tag,
    TagResponse as TagResponse,
    new_tag as new_tag,
    new_tag_response as new_tag_response,
    tag_class as tag_class,
    tag_from as tag_from,
    tag_instance_arns as tag_instance_arns,
    tag_resource_arn as tag_resource_arn,
    tag_response_http_status as tag_response_http_status,
    tag_response_http_status_ as tag_response_http_status_,
    tag_response_lambda as tag_response_lambda,
    tag_response_lens_config as tag_response_lens_config,
    tag_response_rule as tag_response_rule,
    tag_ssekms_key_id as tag_ssekms_key_id,
    tag_tag as tag_tag,
    tag_to_dict as tag_to_dict,
    tag_type as tag_type,
    tag_validate as tag_validate,
)
from .shapes.builtins import (
    Builtins as Builtins,
    builtins_dict as builtins_dict,
    builtins_int as builtins_int,
    builtins_list as builtins_list,
    builtins_object as builtins_object,
    builtins_sdk_unknown_member as builtins_sdk_unknown_member,
    builtins_str as builtins_str,
    new_builtins as new_builtins,
)
from .shapes.lens import (
    Lens as Lens,
    lens_class as lens_class,
    lens_none as lens_none,
    new_lens as new_lens,
)
from .shapes.operation import (
    Operation as Operation,
    new_operation as new_operation,
    operation_def as operation_def,
    operation_http_request as operation_http_request,
)
from .shapes.tag_shape import (
    TagShape as TagShape,
    new_tag_shape as new_tag_shape,
    tag_shape_key as tag_shape_key,
    tag_shape_value as tag_shape_value,
)

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]]

__all__ = [
    "OPERATIONS",
    "AsyncClient",
    "Client",
    "Builtins",
    "GetLens",
    "GetLensResponse",
    "HttpRequest",
    "Kind",
    "Lens",
    "NamingStressError",
    "Operation",
    "Tag",
    "TagResponse",
    "TagShape",
    "builtins_dict",
    "builtins_int",
    "builtins_list",
    "builtins_object",
    "builtins_sdk_unknown_member",
    "builtins_str",
    "get_lens_class",
    "get_lens_none",
    "get_lens_response_http_status",
    "get_lens_response_lens",
    "lens_class",
    "lens_none",
    "new_builtins",
    "new_get_lens",
    "new_get_lens_response",
    "new_lens",
    "new_operation",
    "new_tag",
    "new_tag_response",
    "new_tag_shape",
    "operation_def",
    "operation_http_request",
    "tag_class",
    "tag_from",
    "tag_instance_arns",
    "tag_resource_arn",
    "tag_response_http_status",
    "tag_response_http_status_",
    "tag_response_lambda",
    "tag_response_lens_config",
    "tag_response_rule",
    "tag_shape_key",
    "tag_shape_value",
    "tag_ssekms_key_id",
    "tag_tag",
    "tag_to_dict",
    "tag_type",
    "tag_validate",
]
