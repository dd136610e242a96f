"""Amazon Connect Service: typed Python bindings (declarations for type checkers)."""

import typing as _t

from .._runtime import models as _models
from .aio import AsyncClient as AsyncClient
from .client import Client as Client
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
    invalid_request_exception_reason_sdk_unknown_member as invalid_request_exception_reason_sdk_unknown_member,
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

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]]

__all__ = [
    "OPERATIONS",
    "AsyncClient",
    "Client",
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
    "invalid_request_exception_reason_sdk_unknown_member",
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
