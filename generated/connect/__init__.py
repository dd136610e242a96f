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
error is importable from this package; each loads its module on first use.
``OPERATIONS`` maps operation names to their :class:`~.runtime.Operation`.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

from . import runtime as _rt

if _t.TYPE_CHECKING:
    from .enums import (
        AttachedFileInvalidRequestExceptionReason as AttachedFileInvalidRequestExceptionReason,
        DisconnectOnCustomerExitParticipantType as DisconnectOnCustomerExitParticipantType,
        RehydrationType as RehydrationType,
        ResponseMode as ResponseMode,
    )
    from .errors import (
        ConnectError as ConnectError,
        InternalServiceException as InternalServiceException,
        InvalidParameterException as InvalidParameterException,
        InvalidRequestException as InvalidRequestException,
        LimitExceededException as LimitExceededException,
        ResourceNotFoundException as ResourceNotFoundException,
        ThrottlingException as ThrottlingException,
        TooManyRequestsException as TooManyRequestsException,
    )
    from .operations.start_chat_contact import (
        StartChatContact as StartChatContact,
        StartChatContactResponse as StartChatContactResponse,
        new_start_chat_contact as new_start_chat_contact,
        new_start_chat_contact_response as new_start_chat_contact_response,
        start_chat_contact_attributes as start_chat_contact_attributes,
        start_chat_contact_chat_duration_in_minutes as start_chat_contact_chat_duration_in_minutes,
        start_chat_contact_client_token as start_chat_contact_client_token,
        start_chat_contact_contact_flow_id as start_chat_contact_contact_flow_id,
        start_chat_contact_customer_id as start_chat_contact_customer_id,
        start_chat_contact_disconnect_on_customer_exit as start_chat_contact_disconnect_on_customer_exit,
        start_chat_contact_initial_message as start_chat_contact_initial_message,
        start_chat_contact_instance_id as start_chat_contact_instance_id,
        start_chat_contact_participant_configuration as start_chat_contact_participant_configuration,
        start_chat_contact_participant_details as start_chat_contact_participant_details,
        start_chat_contact_persistent_chat as start_chat_contact_persistent_chat,
        start_chat_contact_related_contact_id as start_chat_contact_related_contact_id,
        start_chat_contact_response_contact_id as start_chat_contact_response_contact_id,
        start_chat_contact_response_continued_from_contact_id as start_chat_contact_response_continued_from_contact_id,
        start_chat_contact_response_http_status as start_chat_contact_response_http_status,
        start_chat_contact_response_participant_id as start_chat_contact_response_participant_id,
        start_chat_contact_response_participant_token as start_chat_contact_response_participant_token,
        start_chat_contact_segment_attributes as start_chat_contact_segment_attributes,
        start_chat_contact_supported_messaging_content_types as start_chat_contact_supported_messaging_content_types,
    )
    from .shapes.chat_message import (
        ChatMessage as ChatMessage,
        chat_message_content as chat_message_content,
        chat_message_content_type as chat_message_content_type,
        new_chat_message as new_chat_message,
    )
    from .shapes.invalid_request_exception_reason import (
        InvalidRequestExceptionReason as InvalidRequestExceptionReason,
        invalid_request_exception_reason_attached_file_invalid_request_exception_reason as invalid_request_exception_reason_attached_file_invalid_request_exception_reason,
        new_invalid_request_exception_reason as new_invalid_request_exception_reason,
    )
    from .shapes.participant_configuration import (
        ParticipantConfiguration as ParticipantConfiguration,
        new_participant_configuration as new_participant_configuration,
        participant_configuration_response_mode as participant_configuration_response_mode,
    )
    from .shapes.participant_details import (
        ParticipantDetails as ParticipantDetails,
        new_participant_details as new_participant_details,
        participant_details_display_name as participant_details_display_name,
    )
    from .shapes.persistent_chat import (
        PersistentChat as PersistentChat,
        new_persistent_chat as new_persistent_chat,
        persistent_chat_rehydration_type as persistent_chat_rehydration_type,
        persistent_chat_source_contact_id as persistent_chat_source_contact_id,
    )
    from .shapes.segment_attribute_value import (
        SegmentAttributeValue as SegmentAttributeValue,
        new_segment_attribute_value as new_segment_attribute_value,
        segment_attribute_value_value_arn as segment_attribute_value_value_arn,
        segment_attribute_value_value_integer as segment_attribute_value_value_integer,
        segment_attribute_value_value_list as segment_attribute_value_value_list,
        segment_attribute_value_value_map as segment_attribute_value_value_map,
        segment_attribute_value_value_string as segment_attribute_value_value_string,
    )

_EXPORTS: dict[str, str] = {
    "AttachedFileInvalidRequestExceptionReason": "enums",
    "ChatMessage": "shapes.chat_message",
    "ConnectError": "errors",
    "DisconnectOnCustomerExitParticipantType": "enums",
    "InternalServiceException": "errors",
    "InvalidParameterException": "errors",
    "InvalidRequestException": "errors",
    "InvalidRequestExceptionReason": "shapes.invalid_request_exception_reason",
    "LimitExceededException": "errors",
    "ParticipantConfiguration": "shapes.participant_configuration",
    "ParticipantDetails": "shapes.participant_details",
    "PersistentChat": "shapes.persistent_chat",
    "RehydrationType": "enums",
    "ResourceNotFoundException": "errors",
    "ResponseMode": "enums",
    "SegmentAttributeValue": "shapes.segment_attribute_value",
    "StartChatContact": "operations.start_chat_contact",
    "StartChatContactResponse": "operations.start_chat_contact",
    "ThrottlingException": "errors",
    "TooManyRequestsException": "errors",
    "chat_message_content": "shapes.chat_message",
    "chat_message_content_type": "shapes.chat_message",
    "invalid_request_exception_reason_attached_file_invalid_request_exception_reason": "shapes.invalid_request_exception_reason",
    "new_chat_message": "shapes.chat_message",
    "new_invalid_request_exception_reason": "shapes.invalid_request_exception_reason",
    "new_participant_configuration": "shapes.participant_configuration",
    "new_participant_details": "shapes.participant_details",
    "new_persistent_chat": "shapes.persistent_chat",
    "new_segment_attribute_value": "shapes.segment_attribute_value",
    "new_start_chat_contact": "operations.start_chat_contact",
    "new_start_chat_contact_response": "operations.start_chat_contact",
    "participant_configuration_response_mode": "shapes.participant_configuration",
    "participant_details_display_name": "shapes.participant_details",
    "persistent_chat_rehydration_type": "shapes.persistent_chat",
    "persistent_chat_source_contact_id": "shapes.persistent_chat",
    "segment_attribute_value_value_arn": "shapes.segment_attribute_value",
    "segment_attribute_value_value_integer": "shapes.segment_attribute_value",
    "segment_attribute_value_value_list": "shapes.segment_attribute_value",
    "segment_attribute_value_value_map": "shapes.segment_attribute_value",
    "segment_attribute_value_value_string": "shapes.segment_attribute_value",
    "start_chat_contact_attributes": "operations.start_chat_contact",
    "start_chat_contact_chat_duration_in_minutes": "operations.start_chat_contact",
    "start_chat_contact_client_token": "operations.start_chat_contact",
    "start_chat_contact_contact_flow_id": "operations.start_chat_contact",
    "start_chat_contact_customer_id": "operations.start_chat_contact",
    "start_chat_contact_disconnect_on_customer_exit": "operations.start_chat_contact",
    "start_chat_contact_initial_message": "operations.start_chat_contact",
    "start_chat_contact_instance_id": "operations.start_chat_contact",
    "start_chat_contact_participant_configuration": "operations.start_chat_contact",
    "start_chat_contact_participant_details": "operations.start_chat_contact",
    "start_chat_contact_persistent_chat": "operations.start_chat_contact",
    "start_chat_contact_related_contact_id": "operations.start_chat_contact",
    "start_chat_contact_response_contact_id": "operations.start_chat_contact",
    "start_chat_contact_response_continued_from_contact_id": "operations.start_chat_contact",
    "start_chat_contact_response_http_status": "operations.start_chat_contact",
    "start_chat_contact_response_participant_id": "operations.start_chat_contact",
    "start_chat_contact_response_participant_token": "operations.start_chat_contact",
    "start_chat_contact_segment_attributes": "operations.start_chat_contact",
    "start_chat_contact_supported_messaging_content_types": "operations.start_chat_contact",
}

OPERATIONS: _t.Mapping[str, _rt.Operation[_t.Any, _t.Any]] = _rt.LazyOperations(
    __name__,
    {
        "StartChatContact": "operations.start_chat_contact",
    },
)
"""Every operation of the service by name, loaded on first access."""

__all__ = [
    "OPERATIONS",
    "AttachedFileInvalidRequestExceptionReason",
    "ChatMessage",
    "ConnectError",
    "DisconnectOnCustomerExitParticipantType",
    "InternalServiceException",
    "InvalidParameterException",
    "InvalidRequestException",
    "InvalidRequestExceptionReason",
    "LimitExceededException",
    "ParticipantConfiguration",
    "ParticipantDetails",
    "PersistentChat",
    "RehydrationType",
    "ResourceNotFoundException",
    "ResponseMode",
    "SegmentAttributeValue",
    "StartChatContact",
    "StartChatContactResponse",
    "ThrottlingException",
    "TooManyRequestsException",
    "chat_message_content",
    "chat_message_content_type",
    "invalid_request_exception_reason_attached_file_invalid_request_exception_reason",
    "new_chat_message",
    "new_invalid_request_exception_reason",
    "new_participant_configuration",
    "new_participant_details",
    "new_persistent_chat",
    "new_segment_attribute_value",
    "new_start_chat_contact",
    "new_start_chat_contact_response",
    "participant_configuration_response_mode",
    "participant_details_display_name",
    "persistent_chat_rehydration_type",
    "persistent_chat_source_contact_id",
    "segment_attribute_value_value_arn",
    "segment_attribute_value_value_integer",
    "segment_attribute_value_value_list",
    "segment_attribute_value_value_map",
    "segment_attribute_value_value_string",
    "start_chat_contact_attributes",
    "start_chat_contact_chat_duration_in_minutes",
    "start_chat_contact_client_token",
    "start_chat_contact_contact_flow_id",
    "start_chat_contact_customer_id",
    "start_chat_contact_disconnect_on_customer_exit",
    "start_chat_contact_initial_message",
    "start_chat_contact_instance_id",
    "start_chat_contact_participant_configuration",
    "start_chat_contact_participant_details",
    "start_chat_contact_persistent_chat",
    "start_chat_contact_related_contact_id",
    "start_chat_contact_response_contact_id",
    "start_chat_contact_response_continued_from_contact_id",
    "start_chat_contact_response_http_status",
    "start_chat_contact_response_participant_id",
    "start_chat_contact_response_participant_token",
    "start_chat_contact_segment_attributes",
    "start_chat_contact_supported_messaging_content_types",
]


def __getattr__(name: str) -> _t.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
