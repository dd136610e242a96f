"""Amazon Connect Service: typed Python bindings.

- `Connect Customer actions
  <https://docs.aws.amazon.com/connect/latest/APIReference/API_Operations_Amazon_Connect_Service.html>`__
- `Connect Customer data types
  <https://docs.aws.amazon.com/connect/latest/APIReference/API_Types_Amazon_Connect_Service.html>`__

Connect Customer is a cloud-based contact center solution that you use
to set up and manage a customer contact center and provide reliable
customer engagement at any scale.

Connect Customer provides metrics and real-time reporting that enable
you to optimize contact routing. You can also resolve customer issues
more efficiently by getting customers in touch with the appropriate
agents.

There are limits to the number of Connect Customer resources that you
can create. There are also limits to the number of requests that you can
make per second. For more information, see `Connect Customer Service
Quotas
<https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html>`__
in the *Connect Customer Administrator Guide*.

You can use an endpoint to connect programmatically to an Amazon Web
Services service. For a list of Connect Customer endpoints, see `Connect
Customer Endpoints
<https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.


Generated from the ``Connect`` model, API version
2017-08-08.  Every class, constructor, lens and
error is importable from this package; each loads its module on first use
(``__init__.pyi`` declares them all for type checkers and IDEs).
``OPERATIONS`` maps operation names to their :class:`~.._runtime.models.Operation`;
``Client`` (from ``client``) signs, sends and retries them.

The package is part of its output folder, whose ``_runtime`` it shares with
the other packages there: import it as ``<folder>.connect``.
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
    "enums": "AttachedFileInvalidRequestExceptionReason DisconnectOnCustomerExitParticipantType RehydrationType ResponseMode",
    "errors": "ConnectError InternalServiceException InvalidParameterException InvalidRequestException LimitExceededException ResourceNotFoundException ThrottlingException TooManyRequestsException",
    "operations.start_chat_contact": "StartChatContact StartChatContactResponse new_start_chat_contact new_start_chat_contact_response start_chat_contact_attributes start_chat_contact_chat_duration_in_minutes start_chat_contact_client_token start_chat_contact_contact_flow_id start_chat_contact_customer_id start_chat_contact_disconnect_on_customer_exit start_chat_contact_initial_message start_chat_contact_instance_id start_chat_contact_participant_configuration start_chat_contact_participant_details start_chat_contact_persistent_chat start_chat_contact_related_contact_id start_chat_contact_response_contact_id start_chat_contact_response_continued_from_contact_id start_chat_contact_response_http_status start_chat_contact_response_participant_id start_chat_contact_response_participant_token start_chat_contact_segment_attributes start_chat_contact_supported_messaging_content_types",
    "shapes.chat_message": "ChatMessage chat_message_content chat_message_content_type new_chat_message",
    "shapes.invalid_request_exception_reason": "InvalidRequestExceptionReason invalid_request_exception_reason_attached_file_invalid_request_exception_reason invalid_request_exception_reason_sdk_unknown_member new_invalid_request_exception_reason",
    "shapes.participant_configuration": "ParticipantConfiguration new_participant_configuration participant_configuration_response_mode",
    "shapes.participant_details": "ParticipantDetails new_participant_details participant_details_display_name",
    "shapes.persistent_chat": "PersistentChat new_persistent_chat persistent_chat_rehydration_type persistent_chat_source_contact_id",
    "shapes.segment_attribute_value": "SegmentAttributeValue new_segment_attribute_value segment_attribute_value_value_arn segment_attribute_value_value_integer segment_attribute_value_value_list segment_attribute_value_value_map segment_attribute_value_value_string",
}

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]] = _models.LazyOperations(
    __name__,
    {
        "StartChatContact": "operations.start_chat_contact",
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
