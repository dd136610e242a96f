"""EC2 Feature Test Service: typed Python bindings (declarations for type checkers)."""

import typing as _t

from .._runtime import models as _models
from .aio import AsyncClient as AsyncClient
from .client import Client as Client
from .enums import (
    WidgetState as WidgetState,
)
from .errors import (
    Ec2FeaturesError as Ec2FeaturesError,
)
from .operations.describe_widgets import (
    DescribeWidgets as DescribeWidgets,
    DescribeWidgetsResponse as DescribeWidgetsResponse,
    describe_widgets_client_token as describe_widgets_client_token,
    describe_widgets_dry_run as describe_widgets_dry_run,
    describe_widgets_filters as describe_widgets_filters,
    describe_widgets_max_results as describe_widgets_max_results,
    describe_widgets_response_http_status as describe_widgets_response_http_status,
    describe_widgets_response_next_token as describe_widgets_response_next_token,
    describe_widgets_response_widgets as describe_widgets_response_widgets,
    describe_widgets_widget_ids as describe_widgets_widget_ids,
    new_describe_widgets as new_describe_widgets,
    new_describe_widgets_response as new_describe_widgets_response,
)
from .shapes.filter import (
    Filter as Filter,
    filter_name as filter_name,
    filter_values as filter_values,
    new_filter as new_filter,
)
from .shapes.tag import (
    Tag as Tag,
    new_tag as new_tag,
    tag_key as tag_key,
    tag_value as tag_value,
)
from .shapes.widget import (
    Widget as Widget,
    new_widget as new_widget,
    widget_cpu_count as widget_cpu_count,
    widget_launch_time as widget_launch_time,
    widget_state as widget_state,
    widget_tags as widget_tags,
    widget_widget_id as widget_widget_id,
)

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]]

__all__ = [
    "OPERATIONS",
    "AsyncClient",
    "Client",
    "DescribeWidgets",
    "DescribeWidgetsResponse",
    "Ec2FeaturesError",
    "Filter",
    "Tag",
    "Widget",
    "WidgetState",
    "describe_widgets_client_token",
    "describe_widgets_dry_run",
    "describe_widgets_filters",
    "describe_widgets_max_results",
    "describe_widgets_response_http_status",
    "describe_widgets_response_next_token",
    "describe_widgets_response_widgets",
    "describe_widgets_widget_ids",
    "filter_name",
    "filter_values",
    "new_describe_widgets",
    "new_describe_widgets_response",
    "new_filter",
    "new_tag",
    "new_widget",
    "tag_key",
    "tag_value",
    "widget_cpu_count",
    "widget_launch_time",
    "widget_state",
    "widget_tags",
    "widget_widget_id",
]
