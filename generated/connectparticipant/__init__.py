"""Amazon Connect Participant Service: typed Python bindings.

- `Participant Service actions
  <https://docs.aws.amazon.com/connect/latest/APIReference/API_Operations_Amazon_Connect_Participant_Service.html>`__
- `Participant Service data types
  <https://docs.aws.amazon.com/connect/latest/APIReference/API_Types_Amazon_Connect_Participant_Service.html>`__

Amazon Connect is an easy-to-use omnichannel cloud contact center
service that enables companies of any size to deliver superior customer
service at a lower cost. Amazon Connect communications capabilities make
it easy for companies to deliver personalized interactions across
communication channels, including chat.

Use the Amazon Connect Participant Service to manage participants (for
example, agents, customers, and managers listening in), and to send
messages and events within a chat contact. The APIs in the service
enable the following: sending chat messages, attachment sharing,
managing a participant's connection state and message events, and
retrieving chat transcripts.


Generated from the ``ConnectParticipant`` model, API version
2018-09-07.  Every class, constructor, lens and
error is importable from this package; each loads its module on first use
(``__init__.pyi`` declares them all for type checkers and IDEs).
``OPERATIONS`` maps operation names to their :class:`~.._runtime.models.Operation`;
``Client`` (from ``client``) signs, sends and retries them.

The package is part of its output folder, whose ``_runtime`` it shares with
the other packages there: import it as ``<folder>.connectparticipant``.
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
    "enums": "ArtifactStatus ChatItemType ConnectionType MeetingFeatureStatus MessageProcessingStatus ParticipantRole ResourceType ScanDirection SortKey",
    "errors": "AccessDeniedException ConflictException ConnectparticipantError InternalServerException ResourceNotFoundException ServiceQuotaExceededException ThrottlingException ValidationException",
    "operations.cancel_participant_authentication": "CancelParticipantAuthentication CancelParticipantAuthenticationResponse cancel_participant_authentication_connection_token cancel_participant_authentication_response_http_status cancel_participant_authentication_session_id new_cancel_participant_authentication new_cancel_participant_authentication_response",
    "operations.complete_attachment_upload": "CompleteAttachmentUpload CompleteAttachmentUploadResponse complete_attachment_upload_attachment_ids complete_attachment_upload_client_token complete_attachment_upload_connection_token complete_attachment_upload_response_http_status new_complete_attachment_upload new_complete_attachment_upload_response",
    "operations.create_participant_connection": "CreateParticipantConnection CreateParticipantConnectionResponse create_participant_connection_connect_participant create_participant_connection_participant_token create_participant_connection_response_connection_credentials create_participant_connection_response_http_status create_participant_connection_response_web_rtc_connection create_participant_connection_response_websocket create_participant_connection_type new_create_participant_connection new_create_participant_connection_response",
    "operations.describe_view": "DescribeView DescribeViewResponse describe_view_connection_token describe_view_response_http_status describe_view_response_view describe_view_view_token new_describe_view new_describe_view_response",
    "operations.disconnect_participant": "DisconnectParticipant DisconnectParticipantResponse disconnect_participant_client_token disconnect_participant_connection_token disconnect_participant_response_http_status new_disconnect_participant new_disconnect_participant_response",
    "operations.get_attachment": "GetAttachment GetAttachmentResponse get_attachment_attachment_id get_attachment_connection_token get_attachment_response_attachment_size_in_bytes get_attachment_response_http_status get_attachment_response_url get_attachment_response_url_expiry get_attachment_url_expiry_in_seconds new_get_attachment new_get_attachment_response",
    "operations.get_authentication_url": "GetAuthenticationUrl GetAuthenticationUrlResponse get_authentication_url_connection_token get_authentication_url_redirect_uri get_authentication_url_response_authentication_url get_authentication_url_response_http_status get_authentication_url_session_id new_get_authentication_url new_get_authentication_url_response",
    "operations.get_transcript": "GetTranscript GetTranscriptResponse get_transcript_connection_token get_transcript_contact_id get_transcript_max_results get_transcript_next_token get_transcript_response_http_status get_transcript_response_initial_contact_id get_transcript_response_next_token get_transcript_response_transcript get_transcript_scan_direction get_transcript_sort_order get_transcript_start_position new_get_transcript new_get_transcript_response",
    "operations.send_event": "SendEvent SendEventResponse new_send_event new_send_event_response send_event_client_token send_event_connection_token send_event_content send_event_content_type send_event_response_absolute_time send_event_response_http_status send_event_response_id",
    "operations.send_message": "SendMessage SendMessageResponse new_send_message new_send_message_response send_message_client_token send_message_connection_token send_message_content send_message_content_type send_message_response_absolute_time send_message_response_http_status send_message_response_id send_message_response_message_metadata",
    "operations.start_attachment_upload": "StartAttachmentUpload StartAttachmentUploadResponse new_start_attachment_upload new_start_attachment_upload_response start_attachment_upload_attachment_name start_attachment_upload_attachment_size_in_bytes start_attachment_upload_client_token start_attachment_upload_connection_token start_attachment_upload_content_type start_attachment_upload_response_attachment_id start_attachment_upload_response_http_status start_attachment_upload_response_upload_metadata",
    "shapes.attachment_item": "AttachmentItem attachment_item_attachment_id attachment_item_attachment_name attachment_item_content_type attachment_item_status new_attachment_item",
    "shapes.attendee": "Attendee attendee_attendee_id attendee_join_token new_attendee",
    "shapes.audio_features": "AudioFeatures audio_features_echo_reduction new_audio_features",
    "shapes.connection_credentials": "ConnectionCredentials connection_credentials_connection_token connection_credentials_expiry new_connection_credentials",
    "shapes.item": "Item item_absolute_time item_attachments item_contact_id item_content item_content_type item_display_name item_id item_message_metadata item_participant_id item_participant_role item_related_contact_id item_type new_item",
    "shapes.meeting_features_configuration": "MeetingFeaturesConfiguration meeting_features_configuration_audio new_meeting_features_configuration",
    "shapes.message_metadata": "MessageMetadata message_metadata_message_id message_metadata_message_processing_status message_metadata_receipts new_message_metadata",
    "shapes.message_processing_metadata": "MessageProcessingMetadata message_processing_metadata_message_processing_status new_message_processing_metadata",
    "shapes.receipt": "Receipt new_receipt receipt_delivered_timestamp receipt_read_timestamp receipt_recipient_participant_id",
    "shapes.start_position": "StartPosition new_start_position start_position_absolute_time start_position_id start_position_most_recent",
    "shapes.upload_metadata": "UploadMetadata new_upload_metadata upload_metadata_headers_to_include upload_metadata_url upload_metadata_url_expiry",
    "shapes.view": "View new_view view_arn view_content view_id view_name view_version",
    "shapes.view_content": "ViewContent new_view_content view_content_actions view_content_input_schema view_content_template",
    "shapes.web_rtc_connection": "WebRTCConnection new_web_rtc_connection web_rtc_connection_attendee web_rtc_connection_meeting",
    "shapes.web_rtc_media_placement": "WebRTCMediaPlacement new_web_rtc_media_placement web_rtc_media_placement_audio_fallback_url web_rtc_media_placement_audio_host_url web_rtc_media_placement_event_ingestion_url web_rtc_media_placement_signaling_url",
    "shapes.web_rtc_meeting": "WebRTCMeeting new_web_rtc_meeting web_rtc_meeting_media_placement web_rtc_meeting_meeting_features web_rtc_meeting_meeting_id",
    "shapes.websocket": "Websocket new_websocket websocket_connection_expiry websocket_url",
}

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]] = _models.LazyOperations(
    __name__,
    {
        "CancelParticipantAuthentication": "operations.cancel_participant_authentication",
        "CompleteAttachmentUpload": "operations.complete_attachment_upload",
        "CreateParticipantConnection": "operations.create_participant_connection",
        "DescribeView": "operations.describe_view",
        "DisconnectParticipant": "operations.disconnect_participant",
        "GetAttachment": "operations.get_attachment",
        "GetAuthenticationUrl": "operations.get_authentication_url",
        "GetTranscript": "operations.get_transcript",
        "SendEvent": "operations.send_event",
        "SendMessage": "operations.send_message",
        "StartAttachmentUpload": "operations.start_attachment_upload",
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
