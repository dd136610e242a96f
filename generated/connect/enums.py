"""Known values of the enums of Amazon Connect Service.

Enums are open: fields keep the type ``str`` and a value the service added
after these bindings were generated is accepted as it is.  Values you send
are checked against these lists by ``validate()``.
"""

from __future__ import annotations

import enum as _enum


class AccessType(_enum.StrEnum):
    """Undocumented."""

    ALLOW = "ALLOW"


class ActionType(_enum.StrEnum):
    """Undocumented."""

    CREATE_TASK = "CREATE_TASK"
    ASSIGN_CONTACT_CATEGORY = "ASSIGN_CONTACT_CATEGORY"
    GENERATE_EVENTBRIDGE_EVENT = "GENERATE_EVENTBRIDGE_EVENT"
    SEND_NOTIFICATION = "SEND_NOTIFICATION"
    CREATE_CASE = "CREATE_CASE"
    UPDATE_CASE = "UPDATE_CASE"
    ASSIGN_SLA = "ASSIGN_SLA"
    END_ASSOCIATED_TASKS = "END_ASSOCIATED_TASKS"
    SUBMIT_AUTO_EVALUATION = "SUBMIT_AUTO_EVALUATION"


class AgentAvailabilityTimer(_enum.StrEnum):
    """Undocumented."""

    TIME_SINCE_LAST_ACTIVITY = "TIME_SINCE_LAST_ACTIVITY"
    TIME_SINCE_LAST_INBOUND = "TIME_SINCE_LAST_INBOUND"


class AgentStatusState(_enum.StrEnum):
    """Undocumented."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class AgentStatusType(_enum.StrEnum):
    """Undocumented."""

    ROUTABLE = "ROUTABLE"
    CUSTOM = "CUSTOM"
    OFFLINE = "OFFLINE"


class AiUseCase(_enum.StrEnum):
    """Undocumented."""

    AGENT_ASSISTANCE = "AgentAssistance"
    SELF_SERVICE = "SelfService"


class AllowedUserAction(_enum.StrEnum):
    """Undocumented."""

    CALL = "CALL"
    DISCARD = "DISCARD"


class AnsweringMachineDetectionStatus(_enum.StrEnum):
    """Undocumented."""

    ANSWERED = "ANSWERED"
    UNDETECTED = "UNDETECTED"
    ERROR = "ERROR"
    HUMAN_ANSWERED = "HUMAN_ANSWERED"
    SIT_TONE_DETECTED = "SIT_TONE_DETECTED"
    SIT_TONE_BUSY = "SIT_TONE_BUSY"
    SIT_TONE_INVALID_NUMBER = "SIT_TONE_INVALID_NUMBER"
    FAX_MACHINE_DETECTED = "FAX_MACHINE_DETECTED"
    VOICEMAIL_BEEP = "VOICEMAIL_BEEP"
    VOICEMAIL_NO_BEEP = "VOICEMAIL_NO_BEEP"
    AMD_UNRESOLVED = "AMD_UNRESOLVED"
    AMD_UNANSWERED = "AMD_UNANSWERED"
    AMD_ERROR = "AMD_ERROR"
    AMD_NOT_APPLICABLE = "AMD_NOT_APPLICABLE"


class ApplicationType(_enum.StrEnum):
    """Undocumented."""

    MCP = "MCP"
    THIRD_PARTY_APPLICATION = "THIRD_PARTY_APPLICATION"


class ArtifactStatus(_enum.StrEnum):
    """Undocumented."""

    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    IN_PROGRESS = "IN_PROGRESS"


class AttachedFileInvalidRequestExceptionReason(_enum.StrEnum):
    """Undocumented."""

    INVALID_FILE_SIZE = "INVALID_FILE_SIZE"
    INVALID_FILE_TYPE = "INVALID_FILE_TYPE"
    INVALID_FILE_NAME = "INVALID_FILE_NAME"


class AttachedFileServiceQuotaExceededExceptionReason(_enum.StrEnum):
    """Undocumented."""

    TOTAL_FILE_SIZE_EXCEEDED = "TOTAL_FILE_SIZE_EXCEEDED"
    TOTAL_FILE_COUNT_EXCEEDED = "TOTAL_FILE_COUNT_EXCEEDED"


class AttachmentScope(_enum.StrEnum):
    """The scope of the attachment. Valid values are:

    - ``EMAIL`` - Attachments for email messages.
    - ``CHAT`` - Attachments for chat conversations.
    - ``CASE`` - Attachments for cases.
    - ``TASK`` - Attachments for tasks.
    """

    EMAIL = "EMAIL"
    CHAT = "CHAT"
    CASE = "CASE"
    TASK = "TASK"


class AutoEvaluationStatus(_enum.StrEnum):
    """Undocumented."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"


class BehaviorType(_enum.StrEnum):
    """Undocumented."""

    ROUTE_CURRENT_CHANNEL_ONLY = "ROUTE_CURRENT_CHANNEL_ONLY"
    ROUTE_ANY_CHANNEL = "ROUTE_ANY_CHANNEL"


class BooleanComparisonType(_enum.StrEnum):
    """Undocumented."""

    IS_TRUE = "IS_TRUE"
    IS_FALSE = "IS_FALSE"


class Channel(_enum.StrEnum):
    """Undocumented."""

    VOICE = "VOICE"
    CHAT = "CHAT"
    TASK = "TASK"
    EMAIL = "EMAIL"


class ChatEventType(_enum.StrEnum):
    """Undocumented."""

    DISCONNECT = "DISCONNECT"
    MESSAGE = "MESSAGE"
    EVENT = "EVENT"


class Comparison(_enum.StrEnum):
    """Undocumented."""

    LT = "LT"


class ConfigurableNotificationPriority(_enum.StrEnum):
    """The priority level that can be set when creating a customer
    notification. Valid values are HIGH and LOW. URGENT priority is reserved
    for system-generated notifications.
    """

    HIGH = "HIGH"
    LOW = "LOW"


class ContactFlowModuleState(_enum.StrEnum):
    """Undocumented."""

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


class ContactFlowModuleStatus(_enum.StrEnum):
    """Undocumented."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class ContactFlowState(_enum.StrEnum):
    """Undocumented."""

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


class ContactFlowStatus(_enum.StrEnum):
    """Undocumented."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class ContactFlowType(_enum.StrEnum):
    """Undocumented."""

    CONTACT_FLOW = "CONTACT_FLOW"
    CUSTOMER_QUEUE = "CUSTOMER_QUEUE"
    CUSTOMER_HOLD = "CUSTOMER_HOLD"
    CUSTOMER_WHISPER = "CUSTOMER_WHISPER"
    AGENT_HOLD = "AGENT_HOLD"
    AGENT_WHISPER = "AGENT_WHISPER"
    OUTBOUND_WHISPER = "OUTBOUND_WHISPER"
    AGENT_TRANSFER = "AGENT_TRANSFER"
    QUEUE_TRANSFER = "QUEUE_TRANSFER"
    CAMPAIGN = "CAMPAIGN"


class ContactInitiationMethod(_enum.StrEnum):
    """Undocumented."""

    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"
    TRANSFER = "TRANSFER"
    QUEUE_TRANSFER = "QUEUE_TRANSFER"
    CALLBACK = "CALLBACK"
    API = "API"
    DISCONNECT = "DISCONNECT"
    MONITOR = "MONITOR"
    EXTERNAL_OUTBOUND = "EXTERNAL_OUTBOUND"
    WEBRTC_API = "WEBRTC_API"
    AGENT_REPLY = "AGENT_REPLY"
    FLOW = "FLOW"


class ContactInteractionType(_enum.StrEnum):
    """Undocumented."""

    AGENT = "AGENT"
    AUTOMATED = "AUTOMATED"
    CUSTOMER = "CUSTOMER"


class ContactMediaProcessingFailureMode(_enum.StrEnum):
    """Undocumented."""

    DELIVER_UNPROCESSED_MESSAGE = "DELIVER_UNPROCESSED_MESSAGE"
    DO_NOT_DELIVER_UNPROCESSED_MESSAGE = "DO_NOT_DELIVER_UNPROCESSED_MESSAGE"


class ContactMetricName(_enum.StrEnum):
    """Undocumented."""

    ESTIMATED_WAIT_TIME = "ESTIMATED_WAIT_TIME"
    POSITION_IN_QUEUE = "POSITION_IN_QUEUE"


class ContactParticipantRole(_enum.StrEnum):
    """Undocumented."""

    AGENT = "AGENT"
    SYSTEM = "SYSTEM"
    CUSTOM_BOT = "CUSTOM_BOT"
    CUSTOMER = "CUSTOMER"


class ContactRecordingType(_enum.StrEnum):
    """Undocumented."""

    AGENT = "AGENT"
    IVR = "IVR"
    SCREEN = "SCREEN"


class ContactState(_enum.StrEnum):
    """Undocumented."""

    INCOMING = "INCOMING"
    PENDING = "PENDING"
    CONNECTING = "CONNECTING"
    CONNECTED = "CONNECTED"
    CONNECTED_ONHOLD = "CONNECTED_ONHOLD"
    MISSED = "MISSED"
    ERROR = "ERROR"
    ENDED = "ENDED"
    REJECTED = "REJECTED"


class CurrentMetricName(_enum.StrEnum):
    """The current metric names."""

    AGENTS_ONLINE = "AGENTS_ONLINE"
    AGENTS_AVAILABLE = "AGENTS_AVAILABLE"
    AGENTS_ON_CALL = "AGENTS_ON_CALL"
    AGENTS_NON_PRODUCTIVE = "AGENTS_NON_PRODUCTIVE"
    AGENTS_AFTER_CONTACT_WORK = "AGENTS_AFTER_CONTACT_WORK"
    AGENTS_ERROR = "AGENTS_ERROR"
    AGENTS_STAFFED = "AGENTS_STAFFED"
    CONTACTS_IN_QUEUE = "CONTACTS_IN_QUEUE"
    OLDEST_CONTACT_AGE = "OLDEST_CONTACT_AGE"
    CONTACTS_SCHEDULED = "CONTACTS_SCHEDULED"
    AGENTS_ON_CONTACT = "AGENTS_ON_CONTACT"
    SLOTS_ACTIVE = "SLOTS_ACTIVE"
    SLOTS_AVAILABLE = "SLOTS_AVAILABLE"
    ESTIMATED_WAIT_TIME = "ESTIMATED_WAIT_TIME"


class DataTableAttributeValueType(_enum.StrEnum):
    """Undocumented."""

    TEXT = "TEXT"
    NUMBER = "NUMBER"
    BOOLEAN = "BOOLEAN"
    TEXT_LIST = "TEXT_LIST"
    NUMBER_LIST = "NUMBER_LIST"


class DataTableLockLevel(_enum.StrEnum):
    """Undocumented."""

    NONE = "NONE"
    DATA_TABLE = "DATA_TABLE"
    PRIMARY_VALUE = "PRIMARY_VALUE"
    ATTRIBUTE = "ATTRIBUTE"
    VALUE = "VALUE"


class DataTableStatus(_enum.StrEnum):
    """Undocumented."""

    PUBLISHED = "PUBLISHED"


class DateComparisonType(_enum.StrEnum):
    """Undocumented."""

    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"
    GREATER_THAN_OR_EQUAL_TO = "GREATER_THAN_OR_EQUAL_TO"
    LESS_THAN_OR_EQUAL_TO = "LESS_THAN_OR_EQUAL_TO"
    EQUAL_TO = "EQUAL_TO"


class DateTimeComparisonType(_enum.StrEnum):
    """Undocumented."""

    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"
    GREATER_THAN_OR_EQUAL_TO = "GREATER_THAN_OR_EQUAL_TO"
    LESS_THAN_OR_EQUAL_TO = "LESS_THAN_OR_EQUAL_TO"
    EQUAL_TO = "EQUAL_TO"
    RANGE = "RANGE"


class DecimalComparisonType(_enum.StrEnum):
    """Undocumented."""

    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    GREATER = "GREATER"
    LESSER_OR_EQUAL = "LESSER_OR_EQUAL"
    LESSER = "LESSER"
    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    RANGE = "RANGE"


class DeviceType(_enum.StrEnum):
    """Undocumented."""

    GCM = "GCM"
    APNS = "APNS"
    APNS_SANDBOX = "APNS_SANDBOX"


class DirectoryType(_enum.StrEnum):
    """Undocumented."""

    SAML = "SAML"
    CONNECT_MANAGED = "CONNECT_MANAGED"
    EXISTING_DIRECTORY = "EXISTING_DIRECTORY"


class DisconnectOnCustomerExitParticipantType(_enum.StrEnum):
    """Undocumented."""

    AGENT = "AGENT"


class EmailHeaderType(_enum.StrEnum):
    """Undocumented."""

    REFERENCES = "REFERENCES"
    MESSAGE_ID = "MESSAGE_ID"
    IN_REPLY_TO = "IN_REPLY_TO"
    X_SES_SPAM_VERDICT = "X_SES_SPAM_VERDICT"
    X_SES_VIRUS_VERDICT = "X_SES_VIRUS_VERDICT"


class EncryptionType(_enum.StrEnum):
    """Undocumented."""

    KMS = "KMS"


class EndpointType(_enum.StrEnum):
    """Undocumented."""

    TELEPHONE_NUMBER = "TELEPHONE_NUMBER"
    VOIP = "VOIP"
    CONTACT_FLOW = "CONTACT_FLOW"
    CONNECT_PHONENUMBER_ARN = "CONNECT_PHONENUMBER_ARN"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"


class EntityType(_enum.StrEnum):
    """Undocumented."""

    USER = "USER"
    AI_AGENT = "AI_AGENT"


class EvaluationFormItemEnablementAction(_enum.StrEnum):
    """Undocumented."""

    DISABLE = "DISABLE"
    ENABLE = "ENABLE"


class EvaluationFormItemEnablementOperator(_enum.StrEnum):
    """Undocumented."""

    OR = "OR"
    AND = "AND"


class EvaluationFormItemEnablementSourceType(_enum.StrEnum):
    """Undocumented."""

    QUESTION_REF_ID = "QUESTION_REF_ID"


class EvaluationFormItemEnablementSourceValueType(_enum.StrEnum):
    """Undocumented."""

    OPTION_REF_ID = "OPTION_REF_ID"


class EvaluationFormItemSourceValuesComparator(_enum.StrEnum):
    """Undocumented."""

    IN = "IN"
    NOT_IN = "NOT_IN"
    ALL_IN = "ALL_IN"
    EXACT = "EXACT"


class EvaluationFormLanguageCode(_enum.StrEnum):
    """Undocumented."""

    DE_DE = "de-DE"
    EN_US = "en-US"
    ES_ES = "es-ES"
    FR_FR = "fr-FR"
    IT_IT = "it-IT"
    PT_BR = "pt-BR"
    JA_JP = "ja-JP"
    KO_KR = "ko-KR"
    ZH_CN = "zh-CN"


class EvaluationFormMultiSelectQuestionDisplayMode(_enum.StrEnum):
    """Undocumented."""

    DROPDOWN = "DROPDOWN"
    CHECKBOX = "CHECKBOX"


class EvaluationFormQuestionAutomationAnswerSourceType(_enum.StrEnum):
    """Undocumented."""

    CONTACT_LENS_DATA = "CONTACT_LENS_DATA"
    GEN_AI = "GEN_AI"


class EvaluationFormQuestionType(_enum.StrEnum):
    """Undocumented."""

    TEXT = "TEXT"
    SINGLESELECT = "SINGLESELECT"
    NUMERIC = "NUMERIC"
    MULTISELECT = "MULTISELECT"
    DATETIME = "DATETIME"


class EvaluationFormScoringMode(_enum.StrEnum):
    """Undocumented."""

    QUESTION_ONLY = "QUESTION_ONLY"
    SECTION_ONLY = "SECTION_ONLY"


class EvaluationFormScoringStatus(_enum.StrEnum):
    """Undocumented."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class EvaluationFormSingleSelectQuestionDisplayMode(_enum.StrEnum):
    """Undocumented."""

    DROPDOWN = "DROPDOWN"
    RADIO = "RADIO"


class EvaluationFormVersionStatus(_enum.StrEnum):
    """Undocumented."""

    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"


class EvaluationQuestionAnswerAnalysisType(_enum.StrEnum):
    """Undocumented."""

    CONTACT_LENS_DATA = "CONTACT_LENS_DATA"
    GEN_AI = "GEN_AI"


class EvaluationReviewNotificationRecipientType(_enum.StrEnum):
    """Undocumented."""

    USER_ID = "USER_ID"


class EvaluationStatus(_enum.StrEnum):
    """Undocumented."""

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    REVIEW_REQUESTED = "REVIEW_REQUESTED"
    UNDER_REVIEW = "UNDER_REVIEW"


class EvaluationSuggestedAnswerStatus(_enum.StrEnum):
    """Undocumented."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"


class EvaluationTranscriptType(_enum.StrEnum):
    """Undocumented."""

    RAW = "RAW"
    REDACTED = "REDACTED"


class EvaluationType(_enum.StrEnum):
    """Undocumented."""

    STANDARD = "STANDARD"
    CALIBRATION = "CALIBRATION"


class EventSourceName(_enum.StrEnum):
    """Undocumented."""

    ON_POST_CALL_ANALYSIS_AVAILABLE = "OnPostCallAnalysisAvailable"
    ON_REAL_TIME_CALL_ANALYSIS_AVAILABLE = "OnRealTimeCallAnalysisAvailable"
    ON_REAL_TIME_CHAT_ANALYSIS_AVAILABLE = "OnRealTimeChatAnalysisAvailable"
    ON_POST_CHAT_ANALYSIS_AVAILABLE = "OnPostChatAnalysisAvailable"
    ON_EMAIL_ANALYSIS_AVAILABLE = "OnEmailAnalysisAvailable"
    ON_ZENDESK_TICKET_CREATE = "OnZendeskTicketCreate"
    ON_ZENDESK_TICKET_STATUS_UPDATE = "OnZendeskTicketStatusUpdate"
    ON_SALESFORCE_CASE_CREATE = "OnSalesforceCaseCreate"
    ON_CONTACT_EVALUATION_SUBMIT = "OnContactEvaluationSubmit"
    ON_METRIC_DATA_UPDATE = "OnMetricDataUpdate"
    ON_CASE_CREATE = "OnCaseCreate"
    ON_CASE_UPDATE = "OnCaseUpdate"
    ON_SLA_BREACH = "OnSlaBreach"
    ON_ALERT_UPDATE = "OnAlertUpdate"
    ON_SCHEDULE_PUBLISH = "OnSchedulePublish"
    ON_SCHEDULE_UPDATE = "OnScheduleUpdate"
    ON_SCHEDULE_TIME_OFF_REQUEST_ACTIVITY = "OnScheduleTimeOffRequestActivity"


class ExecutionRecordStatus(_enum.StrEnum):
    """Undocumented."""

    PASSED = "PASSED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    STOPPED = "STOPPED"


class FailureReasonCode(_enum.StrEnum):
    """Undocumented."""

    INVALID_ATTRIBUTE_KEY = "INVALID_ATTRIBUTE_KEY"
    INVALID_CUSTOMER_ENDPOINT = "INVALID_CUSTOMER_ENDPOINT"
    INVALID_SYSTEM_ENDPOINT = "INVALID_SYSTEM_ENDPOINT"
    INVALID_QUEUE = "INVALID_QUEUE"
    INVALID_OUTBOUND_STRATEGY = "INVALID_OUTBOUND_STRATEGY"
    MISSING_CAMPAIGN = "MISSING_CAMPAIGN"
    MISSING_CUSTOMER_ENDPOINT = "MISSING_CUSTOMER_ENDPOINT"
    MISSING_QUEUE_ID_AND_SYSTEM_ENDPOINT = "MISSING_QUEUE_ID_AND_SYSTEM_ENDPOINT"
    REQUEST_THROTTLED = "REQUEST_THROTTLED"
    IDEMPOTENCY_EXCEPTION = "IDEMPOTENCY_EXCEPTION"
    INTERNAL_ERROR = "INTERNAL_ERROR"


class FileStatusType(_enum.StrEnum):
    """Undocumented."""

    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    PROCESSING = "PROCESSING"
    FAILED = "FAILED"


class FileUseCaseType(_enum.StrEnum):
    """Undocumented."""

    CONTACT_ANALYSIS = "CONTACT_ANALYSIS"
    EMAIL_MESSAGE = "EMAIL_MESSAGE"
    EMAIL_MESSAGE_PLAIN_TEXT = "EMAIL_MESSAGE_PLAIN_TEXT"
    EMAIL_MESSAGE_REDACTED = "EMAIL_MESSAGE_REDACTED"
    EMAIL_MESSAGE_PLAIN_TEXT_REDACTED = "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED"
    ATTACHMENT = "ATTACHMENT"


class FilterV2StringConditionComparisonOperator(_enum.StrEnum):
    """Undocumented."""

    NOT_EXISTS = "NOT_EXISTS"


class FlowAssociationResourceType(_enum.StrEnum):
    """Undocumented."""

    SMS_PHONE_NUMBER = "SMS_PHONE_NUMBER"
    INBOUND_EMAIL = "INBOUND_EMAIL"
    OUTBOUND_EMAIL = "OUTBOUND_EMAIL"
    ANALYTICS_CONNECTOR = "ANALYTICS_CONNECTOR"
    WHATSAPP_MESSAGING_PHONE_NUMBER = "WHATSAPP_MESSAGING_PHONE_NUMBER"


class FlowModuleType(_enum.StrEnum):
    """Undocumented."""

    MCP = "MCP"


class Grouping(_enum.StrEnum):
    """Undocumented."""

    QUEUE = "QUEUE"
    CHANNEL = "CHANNEL"
    ROUTING_PROFILE = "ROUTING_PROFILE"
    ROUTING_STEP_EXPRESSION = "ROUTING_STEP_EXPRESSION"
    AGENT_STATUS = "AGENT_STATUS"
    SUBTYPE = "SUBTYPE"
    VALIDATION_TEST_TYPE = "VALIDATION_TEST_TYPE"


class HierarchyGroupMatchType(_enum.StrEnum):
    """Undocumented."""

    EXACT = "EXACT"
    WITH_CHILD_GROUPS = "WITH_CHILD_GROUPS"


class HistoricalMetricName(_enum.StrEnum):
    """The historical metric names."""

    CONTACTS_QUEUED = "CONTACTS_QUEUED"
    CONTACTS_HANDLED = "CONTACTS_HANDLED"
    CONTACTS_ABANDONED = "CONTACTS_ABANDONED"
    CONTACTS_CONSULTED = "CONTACTS_CONSULTED"
    CONTACTS_AGENT_HUNG_UP_FIRST = "CONTACTS_AGENT_HUNG_UP_FIRST"
    CONTACTS_HANDLED_INCOMING = "CONTACTS_HANDLED_INCOMING"
    CONTACTS_HANDLED_OUTBOUND = "CONTACTS_HANDLED_OUTBOUND"
    CONTACTS_HOLD_ABANDONS = "CONTACTS_HOLD_ABANDONS"
    CONTACTS_TRANSFERRED_IN = "CONTACTS_TRANSFERRED_IN"
    CONTACTS_TRANSFERRED_OUT = "CONTACTS_TRANSFERRED_OUT"
    CONTACTS_TRANSFERRED_IN_FROM_QUEUE = "CONTACTS_TRANSFERRED_IN_FROM_QUEUE"
    CONTACTS_TRANSFERRED_OUT_FROM_QUEUE = "CONTACTS_TRANSFERRED_OUT_FROM_QUEUE"
    CONTACTS_MISSED = "CONTACTS_MISSED"
    CALLBACK_CONTACTS_HANDLED = "CALLBACK_CONTACTS_HANDLED"
    API_CONTACTS_HANDLED = "API_CONTACTS_HANDLED"
    OCCUPANCY = "OCCUPANCY"
    HANDLE_TIME = "HANDLE_TIME"
    AFTER_CONTACT_WORK_TIME = "AFTER_CONTACT_WORK_TIME"
    QUEUED_TIME = "QUEUED_TIME"
    ABANDON_TIME = "ABANDON_TIME"
    QUEUE_ANSWER_TIME = "QUEUE_ANSWER_TIME"
    HOLD_TIME = "HOLD_TIME"
    INTERACTION_TIME = "INTERACTION_TIME"
    INTERACTION_AND_HOLD_TIME = "INTERACTION_AND_HOLD_TIME"
    SERVICE_LEVEL = "SERVICE_LEVEL"


class HoursOfOperationDays(_enum.StrEnum):
    """Undocumented."""

    SUNDAY = "SUNDAY"
    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"


class InboundMessageSourceType(_enum.StrEnum):
    """Undocumented."""

    RAW = "RAW"


class InitiateAs(_enum.StrEnum):
    """Undocumented."""

    CONNECTED_TO_USER = "CONNECTED_TO_USER"
    COMPLETED = "COMPLETED"


class InstanceAttributeType(_enum.StrEnum):
    """Undocumented."""

    INBOUND_CALLS = "INBOUND_CALLS"
    OUTBOUND_CALLS = "OUTBOUND_CALLS"
    CONTACTFLOW_LOGS = "CONTACTFLOW_LOGS"
    CONTACT_LENS = "CONTACT_LENS"
    AUTO_RESOLVE_BEST_VOICES = "AUTO_RESOLVE_BEST_VOICES"
    USE_CUSTOM_TTS_VOICES = "USE_CUSTOM_TTS_VOICES"
    EARLY_MEDIA = "EARLY_MEDIA"
    MULTI_PARTY_CONFERENCE = "MULTI_PARTY_CONFERENCE"
    HIGH_VOLUME_OUTBOUND = "HIGH_VOLUME_OUTBOUND"
    ENHANCED_CONTACT_MONITORING = "ENHANCED_CONTACT_MONITORING"
    ENHANCED_CHAT_MONITORING = "ENHANCED_CHAT_MONITORING"
    MULTI_PARTY_CHAT_CONFERENCE = "MULTI_PARTY_CHAT_CONFERENCE"
    MESSAGE_STREAMING = "MESSAGE_STREAMING"


class InstanceReplicationStatus(_enum.StrEnum):
    """Undocumented."""

    INSTANCE_REPLICATION_COMPLETE = "INSTANCE_REPLICATION_COMPLETE"
    INSTANCE_REPLICATION_IN_PROGRESS = "INSTANCE_REPLICATION_IN_PROGRESS"
    INSTANCE_REPLICATION_FAILED = "INSTANCE_REPLICATION_FAILED"
    INSTANCE_REPLICA_DELETING = "INSTANCE_REPLICA_DELETING"
    INSTANCE_REPLICATION_DELETION_FAILED = "INSTANCE_REPLICATION_DELETION_FAILED"
    RESOURCE_REPLICATION_NOT_STARTED = "RESOURCE_REPLICATION_NOT_STARTED"


class InstanceStatus(_enum.StrEnum):
    """Undocumented."""

    CREATION_IN_PROGRESS = "CREATION_IN_PROGRESS"
    ACTIVE = "ACTIVE"
    CREATION_FAILED = "CREATION_FAILED"


class InstanceStorageResourceType(_enum.StrEnum):
    """Undocumented."""

    CHAT_TRANSCRIPTS = "CHAT_TRANSCRIPTS"
    CALL_RECORDINGS = "CALL_RECORDINGS"
    SCHEDULED_REPORTS = "SCHEDULED_REPORTS"
    MEDIA_STREAMS = "MEDIA_STREAMS"
    CONTACT_TRACE_RECORDS = "CONTACT_TRACE_RECORDS"
    AGENT_EVENTS = "AGENT_EVENTS"
    REAL_TIME_CONTACT_ANALYSIS_SEGMENTS = "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS"
    ATTACHMENTS = "ATTACHMENTS"
    CONTACT_EVALUATIONS = "CONTACT_EVALUATIONS"
    SCREEN_RECORDINGS = "SCREEN_RECORDINGS"
    REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS = (
        "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS"
    )
    REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS = (
        "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS"
    )
    EMAIL_MESSAGES = "EMAIL_MESSAGES"


class IntegrationType(_enum.StrEnum):
    """Undocumented."""

    EVENT = "EVENT"
    VOICE_ID = "VOICE_ID"
    PINPOINT_APP = "PINPOINT_APP"
    WISDOM_ASSISTANT = "WISDOM_ASSISTANT"
    WISDOM_KNOWLEDGE_BASE = "WISDOM_KNOWLEDGE_BASE"
    WISDOM_QUICK_RESPONSES = "WISDOM_QUICK_RESPONSES"
    Q_MESSAGE_TEMPLATES = "Q_MESSAGE_TEMPLATES"
    CASES_DOMAIN = "CASES_DOMAIN"
    APPLICATION = "APPLICATION"
    FILE_SCANNER = "FILE_SCANNER"
    SES_IDENTITY = "SES_IDENTITY"
    ANALYTICS_CONNECTOR = "ANALYTICS_CONNECTOR"
    CALL_TRANSFER_CONNECTOR = "CALL_TRANSFER_CONNECTOR"
    COGNITO_USER_POOL = "COGNITO_USER_POOL"
    MESSAGE_PROCESSOR = "MESSAGE_PROCESSOR"


class IntervalPeriod(_enum.StrEnum):
    """Undocumented."""

    FIFTEEN_MIN = "FIFTEEN_MIN"
    THIRTY_MIN = "THIRTY_MIN"
    HOUR = "HOUR"
    DAY = "DAY"
    WEEK = "WEEK"
    TOTAL = "TOTAL"


class IvrRecordingTrack(_enum.StrEnum):
    """Undocumented."""

    ALL = "ALL"


class LexVersion(_enum.StrEnum):
    """Undocumented."""

    V1 = "V1"
    V2 = "V2"


class ListFlowAssociationResourceType(_enum.StrEnum):
    """Undocumented."""

    WHATSAPP_MESSAGING_PHONE_NUMBER = "WHATSAPP_MESSAGING_PHONE_NUMBER"
    VOICE_PHONE_NUMBER = "VOICE_PHONE_NUMBER"
    INBOUND_EMAIL = "INBOUND_EMAIL"
    OUTBOUND_EMAIL = "OUTBOUND_EMAIL"
    ANALYTICS_CONNECTOR = "ANALYTICS_CONNECTOR"


class LocaleCode(_enum.StrEnum):
    """The locale code for localized content. Supported values include en_US,
    de_DE, es_ES, fr_FR, id_ID, it_IT, ja_JP, ko_KR, pt_BR, zh_CN, and
    zh_TW.
    """

    EN_US = "en_US"
    DE_DE = "de_DE"
    ES_ES = "es_ES"
    FR_FR = "fr_FR"
    ID_ID = "id_ID"
    IT_IT = "it_IT"
    JA_JP = "ja_JP"
    KO_KR = "ko_KR"
    PT_BR = "pt_BR"
    ZH_CN = "zh_CN"
    ZH_TW = "zh_TW"


class MediaStreamType(_enum.StrEnum):
    """Undocumented."""

    AUDIO = "AUDIO"
    VIDEO = "VIDEO"


class MediaType(_enum.StrEnum):
    """Undocumented."""

    IMAGE_LOGO_LIGHT_FAVICON = "IMAGE_LOGO_LIGHT_FAVICON"
    IMAGE_LOGO_DARK_FAVICON = "IMAGE_LOGO_DARK_FAVICON"
    IMAGE_LOGO_LIGHT_HORIZONTAL = "IMAGE_LOGO_LIGHT_HORIZONTAL"
    IMAGE_LOGO_DARK_HORIZONTAL = "IMAGE_LOGO_DARK_HORIZONTAL"


class MeetingFeatureStatus(_enum.StrEnum):
    """Undocumented."""

    AVAILABLE = "AVAILABLE"
    UNAVAILABLE = "UNAVAILABLE"


class MonitorCapability(_enum.StrEnum):
    """Undocumented."""

    SILENT_MONITOR = "SILENT_MONITOR"
    BARGE = "BARGE"


class MultiSelectQuestionRuleCategoryAutomationCondition(_enum.StrEnum):
    """Undocumented."""

    PRESENT = "PRESENT"
    NOT_PRESENT = "NOT_PRESENT"


class NextContactType(_enum.StrEnum):
    """Undocumented."""

    QUICK_CONNECT = "QUICK_CONNECT"


class NotificationContentType(_enum.StrEnum):
    """Undocumented."""

    PLAIN_TEXT = "PLAIN_TEXT"


class NotificationDeliveryType(_enum.StrEnum):
    """Undocumented."""

    EMAIL = "EMAIL"


class NotificationPriority(_enum.StrEnum):
    """The priority level of a notification. Valid values are URGENT (reserved
    for system-generated notifications during availability or security
    events), HIGH, and LOW. High priority notifications are displayed above
    low priority notifications in the notification widget.
    """

    URGENT = "URGENT"
    HIGH = "HIGH"
    LOW = "LOW"


class NotificationSource(_enum.StrEnum):
    """The source that created the notification. Possible values include
    CUSTOMER (user-created), RULES (rule-generated), and SYSTEM
    (system-generated).
    """

    CUSTOMER = "CUSTOMER"
    RULES = "RULES"
    SYSTEM = "SYSTEM"


class NotificationStatus(_enum.StrEnum):
    """The status of a notification for a specific user. Valid values are READ,
    UNREAD, and HIDDEN (removes the notification from the widget).
    """

    READ = "READ"
    UNREAD = "UNREAD"
    HIDDEN = "HIDDEN"


class NumberComparisonType(_enum.StrEnum):
    """Undocumented."""

    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    GREATER = "GREATER"
    LESSER_OR_EQUAL = "LESSER_OR_EQUAL"
    LESSER = "LESSER"
    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    RANGE = "RANGE"


class NumericQuestionPropertyAutomationLabel(_enum.StrEnum):
    """Undocumented."""

    OVERALL_CUSTOMER_SENTIMENT_SCORE = "OVERALL_CUSTOMER_SENTIMENT_SCORE"
    OVERALL_AGENT_SENTIMENT_SCORE = "OVERALL_AGENT_SENTIMENT_SCORE"
    CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT = "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT"
    CUSTOMER_SENTIMENT_SCORE_WITH_AGENT = "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT"
    NON_TALK_TIME = "NON_TALK_TIME"
    NON_TALK_TIME_PERCENTAGE = "NON_TALK_TIME_PERCENTAGE"
    NUMBER_OF_INTERRUPTIONS = "NUMBER_OF_INTERRUPTIONS"
    CONTACT_DURATION = "CONTACT_DURATION"
    AGENT_INTERACTION_DURATION = "AGENT_INTERACTION_DURATION"
    CUSTOMER_HOLD_TIME = "CUSTOMER_HOLD_TIME"
    LONGEST_HOLD_DURATION = "LONGEST_HOLD_DURATION"
    NUMBER_OF_HOLDS = "NUMBER_OF_HOLDS"
    AGENT_INTERACTION_AND_HOLD_DURATION = "AGENT_INTERACTION_AND_HOLD_DURATION"


class OperationalStatus(_enum.StrEnum):
    """Undocumented."""

    OPEN = "OPEN"
    CLOSED = "CLOSED"


class OutboundMessageSourceType(_enum.StrEnum):
    """Undocumented."""

    TEMPLATE = "TEMPLATE"
    RAW = "RAW"


class OutboundStrategyType(_enum.StrEnum):
    """Undocumented."""

    AGENT_FIRST = "AGENT_FIRST"


class OverrideDays(_enum.StrEnum):
    """Undocumented."""

    SUNDAY = "SUNDAY"
    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"


class OverrideType(_enum.StrEnum):
    """Undocumented."""

    STANDARD = "STANDARD"
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class ParticipantRole(_enum.StrEnum):
    """Undocumented."""

    AGENT = "AGENT"
    CUSTOMER = "CUSTOMER"
    SYSTEM = "SYSTEM"
    CUSTOM_BOT = "CUSTOM_BOT"
    SUPERVISOR = "SUPERVISOR"


class ParticipantState(_enum.StrEnum):
    """Undocumented."""

    INITIAL = "INITIAL"
    CONNECTED = "CONNECTED"
    DISCONNECTED = "DISCONNECTED"
    MISSED = "MISSED"


class ParticipantTimerAction(_enum.StrEnum):
    """Undocumented."""

    UNSET = "Unset"


class ParticipantTimerType(_enum.StrEnum):
    """Undocumented."""

    IDLE = "IDLE"
    DISCONNECT_NONCUSTOMER = "DISCONNECT_NONCUSTOMER"


class ParticipantType(_enum.StrEnum):
    """Undocumented."""

    ALL = "ALL"
    MANAGER = "MANAGER"
    AGENT = "AGENT"
    CUSTOMER = "CUSTOMER"
    THIRDPARTY = "THIRDPARTY"


class PhoneNumberCountryCode(_enum.StrEnum):
    """Undocumented."""

    AF = "AF"
    AL = "AL"
    DZ = "DZ"
    AS = "AS"
    AD = "AD"
    AO = "AO"
    AI = "AI"
    AQ = "AQ"
    AG = "AG"
    AR = "AR"
    AM = "AM"
    AW = "AW"
    AU = "AU"
    AT = "AT"
    AZ = "AZ"
    BS = "BS"
    BH = "BH"
    BD = "BD"
    BB = "BB"
    BY = "BY"
    BE = "BE"
    BZ = "BZ"
    BJ = "BJ"
    BM = "BM"
    BT = "BT"
    BO = "BO"
    BA = "BA"
    BW = "BW"
    BR = "BR"
    IO = "IO"
    VG = "VG"
    BN = "BN"
    BG = "BG"
    BF = "BF"
    BI = "BI"
    KH = "KH"
    CM = "CM"
    CA = "CA"
    CV = "CV"
    KY = "KY"
    CF = "CF"
    TD = "TD"
    CL = "CL"
    CN = "CN"
    CX = "CX"
    CC = "CC"
    CO = "CO"
    KM = "KM"
    CK = "CK"
    CR = "CR"
    HR = "HR"
    CU = "CU"
    CW = "CW"
    CY = "CY"
    CZ = "CZ"
    CD = "CD"
    DK = "DK"
    DJ = "DJ"
    DM = "DM"
    DO = "DO"
    TL = "TL"
    EC = "EC"
    EG = "EG"
    SV = "SV"
    GQ = "GQ"
    ER = "ER"
    EE = "EE"
    ET = "ET"
    FK = "FK"
    FO = "FO"
    FJ = "FJ"
    FI = "FI"
    FR = "FR"
    PF = "PF"
    GA = "GA"
    GM = "GM"
    GE = "GE"
    DE = "DE"
    GH = "GH"
    GI = "GI"
    GR = "GR"
    GL = "GL"
    GD = "GD"
    GU = "GU"
    GT = "GT"
    GG = "GG"
    GN = "GN"
    GW = "GW"
    GY = "GY"
    HT = "HT"
    HN = "HN"
    HK = "HK"
    HU = "HU"
    IS = "IS"
    IN = "IN"
    ID = "ID"
    IR = "IR"
    IQ = "IQ"
    IE = "IE"
    IM = "IM"
    IL = "IL"
    IT = "IT"
    CI = "CI"
    JM = "JM"
    JP = "JP"
    JE = "JE"
    JO = "JO"
    KZ = "KZ"
    KE = "KE"
    KI = "KI"
    KW = "KW"
    KG = "KG"
    LA = "LA"
    LV = "LV"
    LB = "LB"
    LS = "LS"
    LR = "LR"
    LY = "LY"
    LI = "LI"
    LT = "LT"
    LU = "LU"
    MO = "MO"
    MK = "MK"
    MG = "MG"
    MW = "MW"
    MY = "MY"
    MV = "MV"
    ML = "ML"
    MT = "MT"
    MH = "MH"
    MR = "MR"
    MU = "MU"
    YT = "YT"
    MX = "MX"
    FM = "FM"
    MD = "MD"
    MC = "MC"
    MN = "MN"
    ME = "ME"
    MS = "MS"
    MA = "MA"
    MZ = "MZ"
    MM = "MM"
    NA = "NA"
    NR = "NR"
    NP = "NP"
    NL = "NL"
    AN = "AN"
    NC = "NC"
    NZ = "NZ"
    NI = "NI"
    NE = "NE"
    NG = "NG"
    NU = "NU"
    KP = "KP"
    MP = "MP"
    NO = "NO"
    OM = "OM"
    PK = "PK"
    PW = "PW"
    PA = "PA"
    PG = "PG"
    PY = "PY"
    PE = "PE"
    PH = "PH"
    PN = "PN"
    PL = "PL"
    PT = "PT"
    PR = "PR"
    QA = "QA"
    CG = "CG"
    RE = "RE"
    RO = "RO"
    RU = "RU"
    RW = "RW"
    BL = "BL"
    SH = "SH"
    KN = "KN"
    LC = "LC"
    MF = "MF"
    PM = "PM"
    VC = "VC"
    WS = "WS"
    SM = "SM"
    ST = "ST"
    SA = "SA"
    SN = "SN"
    RS = "RS"
    SC = "SC"
    SL = "SL"
    SG = "SG"
    SX = "SX"
    SK = "SK"
    SI = "SI"
    SB = "SB"
    SO = "SO"
    ZA = "ZA"
    KR = "KR"
    ES = "ES"
    LK = "LK"
    SD = "SD"
    SR = "SR"
    SJ = "SJ"
    SZ = "SZ"
    SE = "SE"
    CH = "CH"
    SY = "SY"
    TW = "TW"
    TJ = "TJ"
    TZ = "TZ"
    TH = "TH"
    TG = "TG"
    TK = "TK"
    TO = "TO"
    TT = "TT"
    TN = "TN"
    TR = "TR"
    TM = "TM"
    TC = "TC"
    TV = "TV"
    VI = "VI"
    UG = "UG"
    UA = "UA"
    AE = "AE"
    GB = "GB"
    US = "US"
    UY = "UY"
    UZ = "UZ"
    VU = "VU"
    VA = "VA"
    VE = "VE"
    VN = "VN"
    WF = "WF"
    EH = "EH"
    YE = "YE"
    ZM = "ZM"
    ZW = "ZW"


class PhoneNumberType(_enum.StrEnum):
    """Undocumented."""

    TOLL_FREE = "TOLL_FREE"
    DID = "DID"
    UIFN = "UIFN"
    SHARED = "SHARED"
    THIRD_PARTY_TF = "THIRD_PARTY_TF"
    THIRD_PARTY_DID = "THIRD_PARTY_DID"
    SHORT_CODE = "SHORT_CODE"


class PhoneNumberWorkflowStatus(_enum.StrEnum):
    """Undocumented."""

    CLAIMED = "CLAIMED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"


class PhoneType(_enum.StrEnum):
    """Undocumented."""

    SOFT_PHONE = "SOFT_PHONE"
    DESK_PHONE = "DESK_PHONE"


class PropertyValidationExceptionReason(_enum.StrEnum):
    """Undocumented."""

    INVALID_FORMAT = "INVALID_FORMAT"
    UNIQUE_CONSTRAINT_VIOLATED = "UNIQUE_CONSTRAINT_VIOLATED"
    REFERENCED_RESOURCE_NOT_FOUND = "REFERENCED_RESOURCE_NOT_FOUND"
    RESOURCE_NAME_ALREADY_EXISTS = "RESOURCE_NAME_ALREADY_EXISTS"
    REQUIRED_PROPERTY_MISSING = "REQUIRED_PROPERTY_MISSING"
    NOT_SUPPORTED = "NOT_SUPPORTED"


class QuestionRuleCategoryAutomationCondition(_enum.StrEnum):
    """Undocumented."""

    PRESENT = "PRESENT"
    NOT_PRESENT = "NOT_PRESENT"


class QueueStatus(_enum.StrEnum):
    """Undocumented."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class QueueType(_enum.StrEnum):
    """Undocumented."""

    STANDARD = "STANDARD"
    AGENT = "AGENT"


class QuickConnectType(_enum.StrEnum):
    """Undocumented."""

    USER = "USER"
    QUEUE = "QUEUE"
    PHONE_NUMBER = "PHONE_NUMBER"
    FLOW = "FLOW"


class RealTimeContactAnalysisOutputType(_enum.StrEnum):
    """Undocumented."""

    RAW = "Raw"
    REDACTED = "Redacted"


class RealTimeContactAnalysisPostContactSummaryFailureCode(_enum.StrEnum):
    """Undocumented."""

    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    INSUFFICIENT_CONVERSATION_CONTENT = "INSUFFICIENT_CONVERSATION_CONTENT"
    FAILED_SAFETY_GUIDELINES = "FAILED_SAFETY_GUIDELINES"
    INVALID_ANALYSIS_CONFIGURATION = "INVALID_ANALYSIS_CONFIGURATION"
    INTERNAL_ERROR = "INTERNAL_ERROR"


class RealTimeContactAnalysisPostContactSummaryStatus(_enum.StrEnum):
    """Undocumented."""

    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


class RealTimeContactAnalysisSegmentType(_enum.StrEnum):
    """Undocumented."""

    TRANSCRIPT = "Transcript"
    CATEGORIES = "Categories"
    ISSUES = "Issues"
    EVENT = "Event"
    ATTACHMENTS = "Attachments"
    POST_CONTACT_SUMMARY = "PostContactSummary"


class RealTimeContactAnalysisSentimentLabel(_enum.StrEnum):
    """Undocumented."""

    POSITIVE = "POSITIVE"
    NEGATIVE = "NEGATIVE"
    NEUTRAL = "NEUTRAL"


class RealTimeContactAnalysisStatus(_enum.StrEnum):
    """Undocumented."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


class RealTimeContactAnalysisSupportedChannel(_enum.StrEnum):
    """Undocumented."""

    VOICE = "VOICE"
    CHAT = "CHAT"


class RecordingStatus(_enum.StrEnum):
    """Undocumented."""

    AVAILABLE = "AVAILABLE"
    DELETED = "DELETED"


class RecurrenceFrequency(_enum.StrEnum):
    """Undocumented."""

    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


class ReferenceStatus(_enum.StrEnum):
    """Undocumented."""

    AVAILABLE = "AVAILABLE"
    DELETED = "DELETED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    PROCESSING = "PROCESSING"
    FAILED = "FAILED"


class ReferenceType(_enum.StrEnum):
    """Undocumented."""

    URL = "URL"
    ATTACHMENT = "ATTACHMENT"
    CONTACT_ANALYSIS = "CONTACT_ANALYSIS"
    NUMBER = "NUMBER"
    STRING = "STRING"
    DATE = "DATE"
    EMAIL = "EMAIL"
    EMAIL_MESSAGE = "EMAIL_MESSAGE"
    EMAIL_MESSAGE_PLAIN_TEXT = "EMAIL_MESSAGE_PLAIN_TEXT"
    EMAIL_MESSAGE_PLAIN_TEXT_REDACTED = "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED"
    EMAIL_MESSAGE_REDACTED = "EMAIL_MESSAGE_REDACTED"


class RehydrationType(_enum.StrEnum):
    """Undocumented."""

    ENTIRE_PAST_SESSION = "ENTIRE_PAST_SESSION"
    FROM_SEGMENT = "FROM_SEGMENT"


class ResourceType(_enum.StrEnum):
    """Undocumented."""

    CONTACT = "CONTACT"
    CONTACT_FLOW = "CONTACT_FLOW"
    INSTANCE = "INSTANCE"
    PARTICIPANT = "PARTICIPANT"
    HIERARCHY_LEVEL = "HIERARCHY_LEVEL"
    HIERARCHY_GROUP = "HIERARCHY_GROUP"
    USER = "USER"
    PHONE_NUMBER = "PHONE_NUMBER"


class ResponseMode(_enum.StrEnum):
    """Undocumented."""

    INCREMENTAL = "INCREMENTAL"
    COMPLETE = "COMPLETE"


class RoutingCriteriaStepStatus(_enum.StrEnum):
    """Undocumented."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    JOINED = "JOINED"
    EXPIRED = "EXPIRED"


class RulePublishStatus(_enum.StrEnum):
    """Undocumented."""

    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"


class ScreenShareCapability(_enum.StrEnum):
    """Undocumented."""

    SEND = "SEND"


class SearchContactsMatchType(_enum.StrEnum):
    """Undocumented."""

    MATCH_ALL = "MATCH_ALL"
    MATCH_ANY = "MATCH_ANY"
    MATCH_EXACT = "MATCH_EXACT"
    MATCH_NONE = "MATCH_NONE"


class SearchContactsTimeRangeConditionType(_enum.StrEnum):
    """Undocumented."""

    NOT_EXISTS = "NOT_EXISTS"


class SearchContactsTimeRangeType(_enum.StrEnum):
    """Undocumented."""

    INITIATION_TIMESTAMP = "INITIATION_TIMESTAMP"
    SCHEDULED_TIMESTAMP = "SCHEDULED_TIMESTAMP"
    CONNECTED_TO_AGENT_TIMESTAMP = "CONNECTED_TO_AGENT_TIMESTAMP"
    DISCONNECT_TIMESTAMP = "DISCONNECT_TIMESTAMP"
    ENQUEUE_TIMESTAMP = "ENQUEUE_TIMESTAMP"


class SearchableQueueType(_enum.StrEnum):
    """Undocumented."""

    STANDARD = "STANDARD"


class SingleSelectQuestionRuleCategoryAutomationCondition(_enum.StrEnum):
    """Undocumented."""

    PRESENT = "PRESENT"
    NOT_PRESENT = "NOT_PRESENT"


class SlaAssignmentType(_enum.StrEnum):
    """Undocumented."""

    CASES = "CASES"


class SlaType(_enum.StrEnum):
    """Undocumented."""

    CASE_FIELD = "CaseField"


class SortOrder(_enum.StrEnum):
    """Undocumented."""

    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"


class SortableFieldName(_enum.StrEnum):
    """Undocumented."""

    INITIATION_TIMESTAMP = "INITIATION_TIMESTAMP"
    SCHEDULED_TIMESTAMP = "SCHEDULED_TIMESTAMP"
    CONNECTED_TO_AGENT_TIMESTAMP = "CONNECTED_TO_AGENT_TIMESTAMP"
    DISCONNECT_TIMESTAMP = "DISCONNECT_TIMESTAMP"
    INITIATION_METHOD = "INITIATION_METHOD"
    CHANNEL = "CHANNEL"
    EXPIRY_TIMESTAMP = "EXPIRY_TIMESTAMP"


class SourceType(_enum.StrEnum):
    """Undocumented."""

    SALESFORCE = "SALESFORCE"
    ZENDESK = "ZENDESK"
    CASES = "CASES"


class Statistic(_enum.StrEnum):
    """Undocumented."""

    SUM = "SUM"
    MAX = "MAX"
    AVG = "AVG"


class Status(_enum.StrEnum):
    """Undocumented."""

    COMPLETE = "COMPLETE"
    IN_PROGRESS = "IN_PROGRESS"
    DELETED = "DELETED"


class StorageType(_enum.StrEnum):
    """Undocumented."""

    S3 = "S3"
    KINESIS_VIDEO_STREAM = "KINESIS_VIDEO_STREAM"
    KINESIS_STREAM = "KINESIS_STREAM"
    KINESIS_FIREHOSE = "KINESIS_FIREHOSE"


class StringComparisonType(_enum.StrEnum):
    """Undocumented."""

    STARTS_WITH = "STARTS_WITH"
    CONTAINS = "CONTAINS"
    EXACT = "EXACT"


class TargetListType(_enum.StrEnum):
    """Undocumented."""

    PROFICIENCIES = "PROFICIENCIES"


class TaskTemplateFieldType(_enum.StrEnum):
    """Undocumented."""

    NAME = "NAME"
    DESCRIPTION = "DESCRIPTION"
    SCHEDULED_TIME = "SCHEDULED_TIME"
    QUICK_CONNECT = "QUICK_CONNECT"
    URL = "URL"
    NUMBER = "NUMBER"
    TEXT = "TEXT"
    TEXT_AREA = "TEXT_AREA"
    DATE_TIME = "DATE_TIME"
    BOOLEAN = "BOOLEAN"
    SINGLE_SELECT = "SINGLE_SELECT"
    EMAIL = "EMAIL"
    SELF_ASSIGN = "SELF_ASSIGN"
    EXPIRY_DURATION = "EXPIRY_DURATION"


class TaskTemplateStatus(_enum.StrEnum):
    """Undocumented."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class TestCaseEntryPointType(_enum.StrEnum):
    """Undocumented."""

    VOICE_CALL = "VOICE_CALL"
    CHAT = "CHAT"


class TestCaseExecutionStatus(_enum.StrEnum):
    """The status of a test case execution."""

    INITIATED = "INITIATED"
    PASSED = "PASSED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    STOPPED = "STOPPED"


class TestCaseStatus(_enum.StrEnum):
    """The status of a test case."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class TimerEligibleParticipantRoles(_enum.StrEnum):
    """Undocumented."""

    CUSTOMER = "CUSTOMER"
    AGENT = "AGENT"


class TrafficDistributionGroupStatus(_enum.StrEnum):
    """Undocumented."""

    CREATION_IN_PROGRESS = "CREATION_IN_PROGRESS"
    ACTIVE = "ACTIVE"
    CREATION_FAILED = "CREATION_FAILED"
    PENDING_DELETION = "PENDING_DELETION"
    DELETION_FAILED = "DELETION_FAILED"
    UPDATE_IN_PROGRESS = "UPDATE_IN_PROGRESS"


class TrafficType(_enum.StrEnum):
    """Undocumented."""

    GENERAL = "GENERAL"
    CAMPAIGN = "CAMPAIGN"


class Unit(_enum.StrEnum):
    """Undocumented."""

    SECONDS = "SECONDS"
    COUNT = "COUNT"
    PERCENT = "PERCENT"


class UseCaseType(_enum.StrEnum):
    """Undocumented."""

    RULES_EVALUATION = "RULES_EVALUATION"
    CONNECT_CAMPAIGNS = "CONNECT_CAMPAIGNS"


class VideoCapability(_enum.StrEnum):
    """Undocumented."""

    SEND = "SEND"


class ViewStatus(_enum.StrEnum):
    """Undocumented."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class ViewType(_enum.StrEnum):
    """Undocumented."""

    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    AWS_MANAGED = "AWS_MANAGED"


class Visibility(_enum.StrEnum):
    """Undocumented."""

    ALL = "ALL"
    ASSIGNED = "ASSIGNED"
    NONE = "NONE"


class VocabularyLanguageCode(_enum.StrEnum):
    """Undocumented."""

    AR_AE = "ar-AE"
    DE_CH = "de-CH"
    DE_DE = "de-DE"
    EN_AB = "en-AB"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_IE = "en-IE"
    EN_IN = "en-IN"
    EN_US = "en-US"
    EN_WL = "en-WL"
    ES_ES = "es-ES"
    ES_US = "es-US"
    FR_CA = "fr-CA"
    FR_FR = "fr-FR"
    HI_IN = "hi-IN"
    IT_IT = "it-IT"
    JA_JP = "ja-JP"
    KO_KR = "ko-KR"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    ZH_CN = "zh-CN"
    EN_NZ = "en-NZ"
    EN_ZA = "en-ZA"
    CA_ES = "ca-ES"
    DA_DK = "da-DK"
    FI_FI = "fi-FI"
    ID_ID = "id-ID"
    MS_MY = "ms-MY"
    NL_NL = "nl-NL"
    NO_NO = "no-NO"
    PL_PL = "pl-PL"
    SV_SE = "sv-SE"
    TL_PH = "tl-PH"


class VocabularyState(_enum.StrEnum):
    """Undocumented."""

    CREATION_IN_PROGRESS = "CREATION_IN_PROGRESS"
    ACTIVE = "ACTIVE"
    CREATION_FAILED = "CREATION_FAILED"
    DELETE_IN_PROGRESS = "DELETE_IN_PROGRESS"


class VoiceEnhancementMode(_enum.StrEnum):
    """Undocumented."""

    VOICE_ISOLATION = "VOICE_ISOLATION"
    NOISE_SUPPRESSION = "NOISE_SUPPRESSION"
    NONE = "NONE"


class VoiceRecordingTrack(_enum.StrEnum):
    """Undocumented."""

    FROM_AGENT = "FROM_AGENT"
    TO_AGENT = "TO_AGENT"
    ALL = "ALL"


class WorkspaceFontFamily(_enum.StrEnum):
    """Undocumented."""

    ARIAL = "Arial"
    COURIER_NEW = "Courier New"
    GEORGIA = "Georgia"
    TIMES_NEW_ROMAN = "Times New Roman"
    TREBUCHET = "Trebuchet"
    VERDANA = "Verdana"
