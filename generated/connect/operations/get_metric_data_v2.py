"""Gets metric data from the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.filter_v2 import FilterV2
from ..shapes.interval_details import IntervalDetails
from ..shapes.metric_result_v2 import MetricResultV2
from ..shapes.metric_v2 import MetricV2


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetMetricDataV2:
    """Gets metric data from the specified Connect Customer instance.

    ``GetMetricDataV2`` offers more features than `GetMetricData
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_GetMetricData.html>`__,
    the previous version of this API. It has new metrics, offers filtering
    at a metric level, and offers the ability to filter and group data by
    channels, queues, routing profiles, agents, and agent hierarchy levels.
    It can retrieve historical data for the last 3 months, at varying
    intervals. It does not support agent queues.

    For a description of the historical metrics that are supported by
    ``GetMetricDataV2`` and ``GetMetricData``, see `Metrics definitions
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
    in the *Connect Customer Administrator Guide*.

    .. note::

       When you make a successful API request, you can expect the following
       metric values in the response:

       1. **Metric value is null**: The calculation cannot be performed due
          to divide by zero or insufficient data
       2. **Metric value is a number (including 0) of defined type**: The
          number provided is the calculation result
       3. **MetricResult list is empty**: The request cannot find any data
          in the system

       The following guidelines can help you work with the API:

       - Each dimension in the metric response must contain a value

       - Each item in MetricResult must include all requested metrics

       - If the response is slow due to large result sets, try these
         approaches:

         - Narrow the time range of your request
         - Add filters to reduce the amount of data returned

    Fields:

    - ``resource_arn``: The Amazon Resource Name (ARN) of the resource.
    - ``start_time``: The timestamp, in UNIX Epoch time format, at which to start the reporting interval for the retrieval of historical metrics data.
    - ``end_time``: The timestamp, in UNIX Epoch time format, at which to end the reporting interval for the retrieval of historical metrics data.
    - ``filters``: Filtering is an operation that selects records that match a set of specified criteria.
    - ``metrics``: The metrics to retrieve.
    - ``interval``: The interval period and timezone to apply to returned metrics.
    - ``groupings``: The grouping applied to the metrics that are returned.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    resource_arn: str
    """The Amazon Resource Name (ARN) of the resource. This includes the
    ``instanceId`` an Connect Customer instance.
    """

    start_time: _dt.datetime
    """The timestamp, in UNIX Epoch time format, at which to start the
    reporting interval for the retrieval of historical metrics data. The
    time must be before the end time timestamp. The start and end time
    depends on the ``IntervalPeriod`` selected. By default the time range
    between start and end time is 35 days. Historical metrics are available
    for 3 months.
    """

    end_time: _dt.datetime
    """The timestamp, in UNIX Epoch time format, at which to end the reporting
    interval for the retrieval of historical metrics data. The time must be
    later than the start time timestamp. It cannot be later than the current
    timestamp.
    """

    filters: list[FilterV2]
    """Filtering is an operation that selects records that match a set of
    specified criteria. By narrowing the dataset before aggregation, filters
    ensure that only relevant records are included in the computation.

    **Filter keys**

    The following are valid filter keys for a ``GetMetricDataV2`` request:

    ``AGENT`` | ``AGENT_HIERARCHY_LEVEL_ONE`` |
    ``AGENT_HIERARCHY_LEVEL_TWO`` | ``AGENT_HIERARCHY_LEVEL_THREE`` |
    ``AGENT_HIERARCHY_LEVEL_FOUR`` | ``AGENT_HIERARCHY_LEVEL_FIVE`` |
    ``ANSWERING_MACHINE_DETECTION_STATUS`` | ``BOT_ALIAS`` | ``BOT_ID`` |
    ``BOT_INTENT_NAME`` | ``BOT_LOCALE`` | ``BOT_VERSION`` | ``CAMPAIGN`` |
    ``CAMPAIGN_DELIVERY_EVENT_TYPE`` | ``CAMPAIGN_EXCLUDED_EVENT_TYPE`` |
    ``CASE_STATUS`` | ``CASE_TEMPLATE_ARN`` | ``CHANNEL`` |
    ``contact/segmentAttributes/connect:Subtype`` |
    ``contact/segmentAttributes/connect:ValidationTestType`` |
    ``DISCONNECT_REASON`` | ``EVALUATION_FORM`` | ``EVALUATION_QUESTION`` |
    ``EVALUATION_SECTION`` | ``EVALUATION_SOURCE`` | ``EVALUATOR_ID`` |
    ``FEATURE`` | ``FLOW_ACTION_ID`` | ``FLOW_TYPE`` |
    ``FLOWS_MODULE_RESOURCE_ID`` | ``FLOWS_NEXT_RESOURCE_ID`` |
    ``FLOWS_NEXT_RESOURCE_QUEUE_ID`` | ``FLOWS_OUTCOME_TYPE`` |
    ``FLOWS_RESOURCE_ID`` | ``FORM_VERSION`` | ``INITIATING_FLOW`` |
    ``INITIATION_METHOD`` | ``INVOKING_RESOURCE_PUBLISHED_TIMESTAMP`` |
    ``INVOKING_RESOURCE_TYPE`` | ``PARENT_FLOWS_RESOURCE_ID`` |
    ``Q_CONNECT_ENABLED`` | ``QUEUE`` | ``RESOURCE_PUBLISHED_TIMESTAMP`` |
    ``ROUTING_PROFILE`` | ``ROUTING_STEP_EXPRESSION`` | ``TEST_CASE`` |
    ``TEST_CASE_EXECUTION_FAILURE_REASON`` | ``TEST_CASE_EXECUTION_RESULT``
    | ``TEST_CASE_EXECUTION_STATE``

    .. note::

       The following filter keys correspond to Connect Customer resources
       and are used for authorizing requests. A ``GetMetricDataV2`` request
       requires at least one of these filters:

       ``QUEUE``, ``ROUTING_PROFILE``, ``AGENT``,
       ``AGENT_HIERARCHY_LEVEL_ONE``, ``AGENT_HIERARCHY_LEVEL_TWO``,
       ``AGENT_HIERARCHY_LEVEL_THREE``, ``AGENT_HIERARCHY_LEVEL_FOUR``,
       ``AGENT_HIERARCHY_LEVEL_FIVE``, ``CAMPAIGN``, ``EVALUATION_FORM``,
       ``EVALUATOR_ID``

       You can use up to 5 filter keys in a single request, and up to 100
       filter values across all filter keys.

    **Filter values**

    - VOICE, CHAT, TASK, and EMAIL are valid filter values for the
      ``CHANNEL`` filter key. They do not count towards the limit of 100
      filter values. For example, a ``GetMetricDataV2`` request can filter
      by 50 queues, 35 agents, and 15 routing profiles for a total of 100
      filter values, along with 4 channel filters.

    - ``contact_lens_conversational_analytics`` is a valid filter value for
      the ``FEATURE`` filter key. It is available only for contacts analyzed
      by Contact Lens conversational analytics.

    - ``connect:Chat``, ``connect:SMS``, ``connect:Telephony``, and
      ``connect:WebRTC`` are valid filter value examples (not exhaustive)
      for the ``contact/segmentAttributes/connect:Subtype`` filter key.

    - ``ROUTING_STEP_EXPRESSION`` accepts a filter value up to 3,000
      characters in length. This filter is case-sensitive and
      order-sensitive. JSON string fields must be sorted in ascending order,
      and JSON array order must be preserved.

    - TRUE and FALSE are the only valid filter values for the
      ``Q_CONNECT_ENABLED`` filter key.

      - TRUE includes all contacts that had Connect AI Agents enabled as
        part of the flow.
      - FALSE includes all contacts that did not have Connect AI Agents
        enabled as part of the flow.

    - ``EXPERIENCE_VALIDATION`` and ``FLOW_VALIDATION`` are the only valid
      filter values for the
      ``contact/segmentAttributes/connect:ValidationTestType`` filter key.
      This filter is available only for contact record-driven metrics.

    - `Campaign
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-outbound-campaigns_Campaign.html>`__
      ARNs are valid filter values for the ``CAMPAIGN`` filter key.

    - To filter by phone number, see `Create a historical metrics report
      <https://docs.aws.amazon.com/connect/latest/adminguide/create-historical-metrics-report.html>`__
      in the *Connect Customer Administrator Guide*.
    """

    metrics: list[MetricV2]
    """The metrics to retrieve. Specify the name or metricId, groupings, and
    filters for each metric. The following historical metrics are available.
    For a description of each metric, see `Metrics definition
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
    in the *Connect Customer Administrator Guide*.

    .. note::

       MetricId should be used to reference custom metrics or out of the box
       metrics as Arn. If using MetricId, the limit is 20 MetricId per
       request.

    ABANDONMENT_RATE
        Unit: Percent

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        UI name: `Abandonment rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#abandonment-rate>`__

    AGENT_ADHERENT_TIME
        This metric is available only in Amazon Web Services Regions where
        `Forecasting, capacity planning, and scheduling
        <https://docs.aws.amazon.com/connect/latest/adminguide/regions.html#optimization_region>`__
        is available.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Adherent time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#adherent-time>`__

    AGENT_ANSWER_RATE
        Unit: Percent

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Agent answer rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-answer-rate>`__

    AGENT_NON_ADHERENT_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Non-adherent time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#non-adherent-time>`__

    AGENT_NON_RESPONSE
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Agent non-response
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-response>`__

    AGENT_NON_RESPONSE_WITHOUT_CUSTOMER_ABANDONS
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        Data for this metric is available starting from October 1, 2023
        0:00:00 GMT.

        UI name: `Agent non-response without customer abandons
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-response-without-customer-abandons>`__

    AGENT_OCCUPANCY
        Unit: Percentage

        Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

        UI name: `Occupancy
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#occupancy>`__

    AGENT_SCHEDULE_ADHERENCE
        This metric is available only in Amazon Web Services Regions where
        `Forecasting, capacity planning, and scheduling
        <https://docs.aws.amazon.com/connect/latest/adminguide/regions.html#optimization_region>`__
        is available.

        Unit: Percent

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Adherence
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#adherence>`__

    AGENT_SCHEDULED_TIME
        This metric is available only in Amazon Web Services Regions where
        `Forecasting, capacity planning, and scheduling
        <https://docs.aws.amazon.com/connect/latest/adminguide/regions.html#optimization_region>`__
        is available.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Scheduled time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#scheduled-time>`__

    AVG_ABANDON_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        Valid metric filter key: ``INITIATION_METHOD``

        UI name: `Average queue abandon time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-abandon-time>`__

    AVG_ACTIVE_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Average active time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-active-time>`__

    AVG_AFTER_CONTACT_WORK_TIME
        Unit: Seconds

        Valid metric filter key: ``INITIATION_METHOD``

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        UI name: `Average after contact work time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#after-contact-work-time>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    AVG_AGENT_CONCURRENCY
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Average agent concurrency
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-concurrency>`__

    AVG_AGENT_CONNECTING_TIME
        Unit: Seconds

        Valid metric filter key: ``INITIATION_METHOD``. For now, this metric
        only supports the following as ``INITIATION_METHOD``: ``INBOUND`` |
        ``OUTBOUND`` | ``CALLBACK`` | ``API``

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Average agent API connecting time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-api-connecting-time>`__

        .. note::

           The ``Negate`` key in metric-level filters is not applicable for
           this metric.

    AVG_AGENT_PAUSE_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Average agent pause time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-pause-time>`__

    AVG_BOT_CONVERSATION_TIME
        Unit: Seconds

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Bot ID, Bot alias, Bot
        version, Bot locale, Flows resource ID, Flows module resource ID,
        Flow type, Flow action ID, Invoking resource published timestamp,
        Initiation method, Invoking resource type, Parent flows resource ID

        UI name: `Average bot conversation time
        <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#average-bot-conversation-time>`__

    AVG_BOT_CONVERSATION_TURNS
        Unit: Count

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Bot ID, Bot alias, Bot
        version, Bot locale, Flows resource ID, Flows module resource ID,
        Flow type, Flow action ID, Invoking resource published timestamp,
        Initiation method, Invoking resource type, Parent flows resource ID

        UI name: `Average bot conversation turns
        <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#average-bot-conversation-turns>`__

    AVG_CASE_RELATED_CONTACTS
        Unit: Count

        Required filter key: CASE_TEMPLATE_ARN

        Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

        UI name: `Average contacts per case
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-contacts-per-case>`__

    AVG_CASE_RESOLUTION_TIME
        Unit: Seconds

        Required filter key: CASE_TEMPLATE_ARN

        Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

        UI name: `Average case resolution time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-case-resolution-time>`__

    AVG_CONTACT_DURATION
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        UI name: `Average contact duration
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-contact-duration>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    AVG_CONTACT_FIRST_RESPONSE_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Agent average contact first response wait time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-average-contact-first-response-wait-time>`__

    AVG_CONVERSATION_CLOSE_TIME
        Unit: Seconds

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average conversation close time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-conversation-close-time>`__

    AVG_CONVERSATION_DURATION
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        UI name: `Average conversation duration
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-conversation-duration>`__

    AVG_DIALS_PER_MINUTE
        This metric is available only for outbound campaigns that use the
        agent assisted voice and automated voice delivery modes.

        Unit: Count

        Valid groupings and filters: Agent, Campaign, Queue, Routing Profile

        UI name: `Average dials per minute
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-dials-per-minute>`__

    AVG_EVALUATION_SCORE
        Unit: Percent

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        Evaluation Form ID, Evaluation Section ID, Evaluation Question ID,
        Evaluation Source, Form Version, Queue, Routing Profile

        UI name: `Average evaluation score
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-evaluation-score>`__

    AVG_FIRST_RESPONSE_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average agent first response time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-first-response-time>`__

    AVG_FLOW_TIME
        Unit: Seconds

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Flow type, Flows module
        resource ID, Flows next resource ID, Flows next resource queue ID,
        Flows outcome type, Flows resource ID, Initiation method, Resource
        published timestamp

        UI name: `Average flow time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-flow-time>`__

    AVG_GREETING_TIME_AGENT
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average agent greeting time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-greeting-time>`__

    AVG_HANDLE_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        RoutingStepExpression

        UI name: `Average handle time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-handle-time>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    ACTIVE_AI_AGENTS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Type,
        AI Use Case, Channel, Queue, Routing Profile

        UI name: `Active AI Agents
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#active-ai-agents>`__

    AI_HANDOFF_RATE
        Unit: Percent

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `AI Handoff Rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-handoff-rate>`__

    AI_HANDOFFS
        Unit: Count

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `AI Handoffs
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-handoffs>`__

    AI_AGENT_INVOCATION_SUCCESS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Use Case, Channel, Queue, Routing Profile

        UI name: `AI Agent Invocation Success
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-agent-invocation-success>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_AGENT_INVOCATION_SUCCESS_RATE
        Unit: Percent

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Use Case, Channel, Queue, Routing Profile

        UI name: `AI Agent Invocation Success Rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-agent-invocation-success-rate>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_AGENT_INVOCATIONS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Type,
        AI Agent Name Version, AI Use Case, Channel, Queue, Routing Profile

        UI name: `AI Agent Invocations
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-agent-invocations>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_RESPONSE_COMPLETION_RATE
        Unit: Percent

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `AI Response Completion Rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-response-completion-rate>`__

    AI_INVOLVED_CONTACTS
        Unit: Count

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `AI Involved Contacts
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-involved-contacts>`__

    AI_PROMPT_INVOCATION_SUCCESS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI
        Prompt Type, AI Use Case, Channel, Queue, Routing Profile

        UI name: `AI Prompt Invocation Success
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-prompt-invocation-success>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_PROMPT_INVOCATION_SUCCESS_RATE
        Unit: Percent

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI
        Prompt Type, AI Use Case, Channel, Queue, Routing Profile

        UI name: `AI Prompt Invocation Success Rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-prompt-invocation-success-rate>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_PROMPT_INVOCATIONS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI
        Prompt Type, AI Use Case, Channel, Queue, Routing Profile

        UI name: `AI Prompt Invocations
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-prompt-invocations>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_TOOL_INVOCATION_SUCCESS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI
        Use Case, Channel, Queue, Routing Profile

        UI name: `AI Tool Invocation Success
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-tool-invocation-success>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_TOOL_INVOCATION_SUCCESS_RATE
        Unit: Percent

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI
        Use Case, Channel, Queue, Routing Profile

        UI name: `AI Tool Invocation Success Rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-tool-invocation-success-rate>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AI_TOOL_INVOCATIONS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI
        Use Case, Channel, Queue, Routing Profile

        UI name: `AI Tool Invocations
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-tool-invocations>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AVG_AI_AGENT_CONVERSATION_TURNS
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Use Case, Channel, Queue, Routing Profile

        UI name: `Average AI Agent Conversation Turns
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-agent-conversation-turns>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AVG_AI_CONVERSATION_TURNS
        Unit: Count

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `Average AI Conversation Turns
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-conversation-turns>`__

    AVG_AI_PROMPT_INVOCATION_LATENCY
        Unit: Milliseconds

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI
        Prompt Type, AI Use Case, Channel, Queue, Routing Profile

        UI name: `Average AI Prompt Invocation Latency
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-prompt-invocation-latency>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    AVG_AI_TOOL_INVOCATION_LATENCY
        Unit: Milliseconds

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name
        Version, AI Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI
        Use Case, Channel, Queue, Routing Profile

        UI name: `Average AI Tool Invocation Latency
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-tool-invocation-latency>`__

        .. note::

           AI Agent Name Version is not a valid filter but a valid grouping.

    KNOWLEDGE_CONTENT_REFERENCES
        Unit: Count

        Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Type,
        AI Use Case, Channel, Knowledge Base Name, Queue, Routing Profile

        UI name: `Knowledge Content References
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#knowledge-content-references>`__

    PROACTIVE_INTENT_ENGAGEMENT_RATE
        Unit: Percent

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `Proactive Intent Engagement Rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-engagement-rate>`__

    PROACTIVE_INTENT_RESPONSE_RATE
        Unit: Percent

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `Proactive Intent Response Rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-response-rate>`__

    PROACTIVE_INTENTS_ANSWERED
        Unit: Count

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `Proactive Intents Answered
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-answered>`__

    PROACTIVE_INTENTS_DETECTED
        Unit: Count

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `Proactive Intents Detected
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-detected>`__

    PROACTIVE_INTENTS_ENGAGED
        Unit: Count

        Valid groupings and filters: AI Use Case, Channel, Queue, Routing
        Profile

        UI name: `Proactive Intents Engaged
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-engaged>`__

    AVG_HOLD_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        UI name: `Average customer hold time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-hold-time>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    AVG_HOLD_TIME_ALL_CONTACTS
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average customer hold time all contacts
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-hold-time-all-contacts>`__

    AVG_HOLDS
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        UI name: `Average holds
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-holds>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    AVG_INTERACTION_AND_HOLD_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average agent interaction and customer hold time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interaction-and-customer-hold-time>`__

    AVG_INTERACTION_TIME
        Unit: Seconds

        Valid metric filter key: ``INITIATION_METHOD``

        Valid groupings and filters: Queue, Channel, Routing Profile,
        Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

        UI name: `Average agent interaction time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interaction-time>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    AVG_INTERRUPTIONS_AGENT
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average agent interruptions
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interruptions>`__

    AVG_INTERRUPTION_TIME_AGENT
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average agent interruption time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interruption-time>`__

    AVG_MESSAGE_LENGTH_AGENT
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average agent message length
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-message-length>`__

    AVG_MESSAGE_LENGTH_CUSTOMER
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average customer message length
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-message-length>`__

    AVG_MESSAGES
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average messages
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-messages>`__

    AVG_MESSAGES_AGENT
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average agent messages
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-messages>`__

    AVG_MESSAGES_BOT
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average bot messages
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-bot-messages>`__

    AVG_MESSAGES_CUSTOMER
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average customer messages
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-messages>`__

    AVG_NON_TALK_TIME
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average non-talk time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-non-talk-time>`__

    AVG_QUEUE_ANSWER_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile,
        Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

        UI name: `Average queue answer time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-answer-time>`__

        Valid metric level filters: ``INITIATION_METHOD``, ``FEATURE``,
        ``DISCONNECT_REASON``

        .. note::

           Feature is a valid filter but not a valid grouping.

    AVG_QUEUE_ANSWER_TIME_CUSTOMER_FIRST_CALLBACK
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Feature, contact/segmentAttributes/connect:Subtype, Q in Connect,
        Agent Hierarchy

        UI name: `Avg. queue answer time - customer first callback
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-answer-time-customer-first-callback>`__

    AVG_RESPONSE_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average agent response time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-response-time-agent>`__

    AVG_RESPONSE_TIME_CUSTOMER
        Unit: Seconds

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Average customer response time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-time-agent>`__

    AVG_RESOLUTION_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile,
        contact/segmentAttributes/connect:Subtype, Q in Connect

        UI name: `Average resolution time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-resolution-time>`__

    AVG_TALK_TIME
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average talk time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-talk-time>`__

    AVG_TALK_TIME_AGENT
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average agent talk time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-talk-time>`__

    AVG_TALK_TIME_CUSTOMER
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Average customer talk time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-talk-time>`__

    AVG_WAIT_TIME_AFTER_CUSTOMER_CONNECTION
        This metric is available only for outbound campaigns that use the
        agent assisted voice and automated voice delivery modes.

        Unit: Seconds

        Valid groupings and filters: Campaign

        UI name: `Average wait time after customer connection
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-wait-time-after-customer-connection>`__

    AVG_WAIT_TIME_AFTER_CUSTOMER_FIRST_CALLBACK_CONNECTION
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Feature, contact/segmentAttributes/connect:Subtype, Q in Connect,
        Agent Hierarchy

        UI name: `Avg. wait time after customer connection - customer first
        callback
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-wait-time-after-customer-connection-customer-first-callback>`__

    AVG_WEIGHTED_EVALUATION_SCORE
        Unit: Percent

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        Evaluation Form Id, Evaluation Section ID, Evaluation Question ID,
        Evaluation Source, Form Version, Queue, Routing Profile

        UI name: `Average weighted evaluation score
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-weighted-evaluation-score>`__

    BOT_CONVERSATIONS_COMPLETED
        Unit: Count

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Bot ID, Bot alias, Bot
        version, Bot locale, Flows resource ID, Flows module resource ID,
        Flow type, Flow action ID, Invoking resource published timestamp,
        Initiation method, Invoking resource type, Parent flows resource ID

        UI name: `Bot conversations completed
        <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-conversations-completed>`__

    BOT_INTENTS_COMPLETED
        Unit: Count

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Bot ID, Bot alias, Bot
        version, Bot locale, Bot intent name, Flows resource ID, Flows
        module resource ID, Flow type, Flow action ID, Invoking resource
        published timestamp, Initiation method, Invoking resource type,
        Parent flows resource ID

        UI name: `Bot intents completed
        <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-intents-completed>`__

    CAMPAIGN_CONTACTS_ABANDONED_AFTER_X
        This metric is available only for outbound campaigns using the agent
        assisted voice and automated voice delivery modes.

        Unit: Count

        Valid groupings and filters: Agent, Campaign

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you must enter
        ``GT`` (for *Greater than*).

        UI name: `Campaign contacts abandoned after X
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-contacts-abandoned-after-x>`__

    CAMPAIGN_CONTACTS_ABANDONED_AFTER_X_RATE
        This metric is available only for outbound campaigns using the agent
        assisted voice and automated voice delivery modes.

        Unit: Percent

        Valid groupings and filters: Agent, Campaign

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you must enter
        ``GT`` (for *Greater than*).

        UI name: `Campaign contacts abandoned after X rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-contacts-abandoned-after-x-rate>`__

    CAMPAIGN_INTERACTIONS
        This metric is available only for outbound campaigns using the email
        delivery mode.

        Unit: Count

        Valid metric filter key: CAMPAIGN_INTERACTION_EVENT_TYPE

        Valid groupings and filters: Campaign

        UI name: `Campaign interactions
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-interactions>`__

    CAMPAIGN_PROGRESS_RATE
        This metric is only available for outbound campaigns initiated using
        a customer segment. It is not available for event triggered
        campaigns.

        Unit: Percent

        Valid groupings and filters: Campaign, Campaign Execution Timestamp

        UI name: `Campaign progress rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-progress-rate>`__

    CAMPAIGN_SEND_ATTEMPTS
        This metric is available only for outbound campaigns.

        Unit: Count

        Valid groupings and filters: Campaign, Channel,
        contact/segmentAttributes/connect:Subtype

        UI name: `Campaign send attempts
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-send-attempts>`__

    CAMPAIGN_SEND_EXCLUSIONS
        This metric is available only for outbound campaigns.

        Valid metric filter key: CAMPAIGN_EXCLUDED_EVENT_TYPE

        Unit: Count

        Valid groupings and filters: Campaign, Campaign Excluded Event Type,
        Campaign Execution Timestamp

        UI name: `Campaign send exclusions
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-send-exclusions>`__

    CASES_CREATED
        Unit: Count

        Required filter key: CASE_TEMPLATE_ARN

        Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

        UI name: `Cases created
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-created>`__

    CONTACTS_CREATED
        Unit: Count

        Valid metric filter key: ``INITIATION_METHOD``

        Valid groupings and filters: Queue, Channel, Routing Profile,
        Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

        UI name: `Contacts created
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-created>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    CONTACTS_HANDLED
        Unit: Count

        Valid metric filter key: ``INITIATION_METHOD``,
        ``DISCONNECT_REASON``

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        RoutingStepExpression, Q in Connect

        UI name: `Contacts handled
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    CONTACTS_HANDLED_BY_CONNECTED_TO_AGENT
        Unit: Count

        Valid metric filter key: ``INITIATION_METHOD``

        Valid groupings and filters: Queue, Channel, Agent, Agent Hierarchy,
        contact/segmentAttributes/connect:Subtype, Q in Connect

        UI name: `Contacts handled (connected to agent timestamp)
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled-by-connected-to-agent-timestamp>`__

    CONTACTS_HOLD_ABANDONS
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Contacts hold disconnect
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-disconnect>`__

    CONTACTS_ON_HOLD_AGENT_DISCONNECT
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Contacts hold agent disconnect
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-agent-disconnect>`__

    CONTACTS_ON_HOLD_CUSTOMER_DISCONNECT
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Contacts hold customer disconnect
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-customer-disconnect>`__

    CONTACTS_PUT_ON_HOLD
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Contacts put on hold
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-put-on-hold>`__

    CONTACTS_TRANSFERRED_OUT_EXTERNAL
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Contacts transferred out external
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-external>`__

    CONTACTS_TRANSFERRED_OUT_INTERNAL
        Unit: Percent

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Contacts transferred out internal
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-internal>`__

    CONTACTS_QUEUED
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Contacts queued
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-queued>`__

    CONTACTS_QUEUED_BY_ENQUEUE
        Unit: Count

        Valid groupings and filters: Queue, Channel, Agent, Agent Hierarchy,
        contact/segmentAttributes/connect:Subtype

        UI name: `Contacts queued (enqueue timestamp)
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-queued-by-enqueue>`__

    CONTACTS_REMOVED_FROM_QUEUE_IN_X
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Q in
        Connect

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you can use
        ``LT`` (for "Less than") or ``LTE`` (for "Less than equal").

        UI name: `Contacts removed from queue in X seconds
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-removed-from-queue>`__

    CONTACTS_RESOLVED_IN_X
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile,
        contact/segmentAttributes/connect:Subtype, Q in Connect

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you can use
        ``LT`` (for "Less than") or ``LTE`` (for "Less than equal").

        UI name: `Contacts resolved in X
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-resolved>`__

    CONTACTS_TRANSFERRED_OUT
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
        Q in Connect

        UI name: `Contacts transferred out
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out>`__

        .. note::

           Feature is a valid filter but not a valid grouping.

    CONTACTS_TRANSFERRED_OUT_BY_AGENT
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Contacts transferred out by agent
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-by-agent>`__

    CONTACTS_TRANSFERRED_OUT_FROM_QUEUE
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Contacts transferred out queue
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-queue>`__

    CURRENT_CASES
        Unit: Count

        Required filter key: CASE_TEMPLATE_ARN

        Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

        UI name: `Current cases
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#current-cases>`__

    CONVERSATIONS_ABANDONED
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason,
        Feature, RoutingStepExpression, Initiation method, Routing Profile,
        Queue, Q in Connect

        UI name: `Conversations abandoned
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#conversations-abandoned>`__

    DELIVERY_ATTEMPTS
        This metric is available only for outbound campaigns.

        Unit: Count

        Valid metric filter key: ``ANSWERING_MACHINE_DETECTION_STATUS``,
        ``CAMPAIGN_DELIVERY_EVENT_TYPE``, ``DISCONNECT_REASON``

        Valid groupings and filters: Agent, Answering Machine Detection
        Status, Campaign, Campaign Delivery EventType, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason, Queue,
        Routing Profile

        UI name: `Delivery attempts
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#delivery-attempts>`__

        .. note::

           Campaign Delivery EventType filter and grouping are only
           available for SMS and Email campaign delivery modes. Agent,
           Queue, Routing Profile, Answering Machine Detection Status and
           Disconnect Reason are only available for agent assisted voice and
           automated voice delivery modes.

    DELIVERY_ATTEMPT_DISPOSITION_RATE
        This metric is available only for outbound campaigns. Dispositions
        for the agent assisted voice and automated voice delivery modes are
        only available with answering machine detection enabled.

        Unit: Percent

        Valid metric filter key: ``ANSWERING_MACHINE_DETECTION_STATUS``,
        ``CAMPAIGN_DELIVERY_EVENT_TYPE``, ``DISCONNECT_REASON``

        Valid groupings and filters: Agent, Answering Machine Detection
        Status, Campaign, Channel,
        contact/segmentAttributes/connect:Subtype, Disconnect Reason, Queue,
        Routing Profile

        UI name: `Delivery attempt disposition rate
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#delivery-attempt-disposition-rate>`__

        .. note::

           Campaign Delivery Event Type filter and grouping are only
           available for SMS and Email campaign delivery modes. Agent,
           Queue, Routing Profile, Answering Machine Detection Status and
           Disconnect Reason are only available for agent assisted voice and
           automated voice delivery modes.

    EVALUATIONS_PERFORMED
        Unit: Count

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        Evaluation Form ID, Evaluation Source, Form Version, Queue, Routing
        Profile

        UI name: `Evaluations performed
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#evaluations-performed>`__

    FLOWS_OUTCOME
        Unit: Count

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Flow type, Flows module
        resource ID, Flows next resource ID, Flows next resource queue ID,
        Flows outcome type, Flows resource ID, Initiation method, Resource
        published timestamp

        UI name: `Flows outcome
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-outcome>`__

    FLOWS_STARTED
        Unit: Count

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Flow type, Flows module
        resource ID, Flows resource ID, Initiation method, Resource
        published timestamp

        UI name: `Flows started
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-started>`__

    HUMAN_ANSWERED_CALLS
        This metric is available only for outbound campaigns. Dispositions
        for the agent assisted voice and automated voice delivery modes are
        only available with answering machine detection enabled.

        Unit: Count

        Valid groupings and filters: Agent, Campaign

        UI name: `Human answered
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#human-answered>`__

    MAX_FLOW_TIME
        Unit: Seconds

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Flow type, Flows module
        resource ID, Flows next resource ID, Flows next resource queue ID,
        Flows outcome type, Flows resource ID, Initiation method, Resource
        published timestamp

        UI name: `Maximum flow time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#maximum-flow-time>`__

    MAX_QUEUED_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Maximum queued time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#maximum-queued-time>`__

    MIN_FLOW_TIME
        Unit: Seconds

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Flow type, Flows module
        resource ID, Flows next resource ID, Flows next resource queue ID,
        Flows outcome type, Flows resource ID, Initiation method, Resource
        published timestamp

        UI name: `Minimum flow time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#minimum-flow-time>`__

    PERCENT_AUTOMATIC_FAILS
        Unit: Percent

        Valid groupings and filters: Agent, Agent Hierarchy, Channel,
        Evaluation Form ID, Evaluation Source, Form Version, Queue, Routing
        Profile

        UI name: `Automatic fails percent
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#automatic-fails-percent>`__

    PERCENT_BOT_CONVERSATIONS_OUTCOME
        Unit: Percent

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Bot ID, Bot alias, Bot
        version, Bot locale, Flows resource ID, Flows module resource ID,
        Flow type, Flow action ID, Invoking resource published timestamp,
        Initiation method, Invoking resource type, Parent flows resource ID

        UI name: `Percent bot conversations outcome
        <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#percent-bot-conversations-outcome>`__

    PERCENT_BOT_INTENTS_OUTCOME
        Unit: Percent

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Bot ID, Bot alias, Bot
        version, Bot locale, Bot intent name, Flows resource ID, Flows
        module resource ID, Flow type, Flow action ID, Invoking resource
        published timestamp, Initiation method, Invoking resource type,
        Parent flows resource ID

        UI name: `Percent bot intents outcome
        <https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#percent-bot-intents-outcome>`__

    PERCENT_CASES_FIRST_CONTACT_RESOLVED
        Unit: Percent

        Required filter key: CASE_TEMPLATE_ARN

        Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

        UI name: `Cases resolved on first contact
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-resolved-on-first-contact>`__

    PERCENT_CONTACTS_STEP_EXPIRED
        Unit: Percent

        Valid groupings and filters: Queue, RoutingStepExpression

        UI name: This metric is available in Real-time Metrics UI but not on
        the Historical Metrics UI.

    PERCENT_CONTACTS_STEP_JOINED
        Unit: Percent

        Valid groupings and filters: Queue, RoutingStepExpression

        UI name: This metric is available in Real-time Metrics UI but not on
        the Historical Metrics UI.

    PERCENT_FLOWS_OUTCOME
        Unit: Percent

        Valid metric filter key: ``FLOWS_OUTCOME_TYPE``

        Valid groupings and filters: Channel,
        contact/segmentAttributes/connect:Subtype, Flow type, Flows module
        resource ID, Flows next resource ID, Flows next resource queue ID,
        Flows outcome type, Flows resource ID, Initiation method, Resource
        published timestamp

        UI name: `Flows outcome percentage
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-outcome-percentage>`__.

        .. note::

           The ``FLOWS_OUTCOME_TYPE`` is not a valid grouping.

    PERCENT_NON_TALK_TIME
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Percentage

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Non-talk time percent
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#non-talk-time-percent>`__

    PERCENT_TALK_TIME
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Percentage

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Talk time percent
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#talk-time-percent>`__

    PERCENT_TALK_TIME_AGENT
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Percentage

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Agent talk time percent
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-talk-time-percent>`__

    PERCENT_TALK_TIME_CUSTOMER
        This metric is available only for contacts analyzed by Contact Lens
        conversational analytics.

        Unit: Percentage

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Customer talk time percent
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#customer-talk-time-percent>`__

    RECIPIENTS_ATTEMPTED
        This metric is only available for outbound campaigns initiated using
        a customer segment. It is not available for event triggered
        campaigns.

        Unit: Count

        Valid groupings and filters: Campaign, Campaign Execution Timestamp

        UI name: `Recipients attempted
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#recipients-attempted>`__

    RECIPIENTS_INTERACTED
        This metric is only available for outbound campaigns initiated using
        a customer segment. It is not available for event triggered
        campaigns.

        Valid metric filter key: CAMPAIGN_INTERACTION_EVENT_TYPE

        Unit: Count

        Valid groupings and filters: Campaign, Channel,
        contact/segmentAttributes/connect:Subtype, Campaign Execution
        Timestamp

        UI name: `Recipients interacted
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#recipients-interacted>`__

    RECIPIENTS_TARGETED
        This metric is only available for outbound campaigns initiated using
        a customer segment. It is not available for event triggered
        campaigns.

        Unit: Count

        Valid groupings and filters: Campaign, Campaign Execution Timestamp

        UI name: `Recipients targeted
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#recipients-targeted>`__

    REOPENED_CASE_ACTIONS
        Unit: Count

        Required filter key: CASE_TEMPLATE_ARN

        Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

        UI name: `Cases reopened
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-reopened>`__

    RESOLVED_CASE_ACTIONS
        Unit: Count

        Required filter key: CASE_TEMPLATE_ARN

        Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

        UI name: `Cases resolved
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-resolved>`__

    SERVICE_LEVEL
        You can include up to 20 SERVICE_LEVEL metrics in a request.

        Unit: Percent

        Valid groupings and filters: Queue, Channel, Routing Profile, Q in
        Connect

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you can use
        ``LT`` (for "Less than") or ``LTE`` (for "Less than equal").

        UI name: `Service level X
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#service-level>`__

    STEP_CONTACTS_QUEUED
        Unit: Count

        Valid groupings and filters: Queue, RoutingStepExpression

        UI name: This metric is available in Real-time Metrics UI but not on
        the Historical Metrics UI.

    SUM_AFTER_CONTACT_WORK_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `After contact work time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#after-contact-work-time>`__

    SUM_CONNECTING_TIME_AGENT
        Unit: Seconds

        Valid metric filter key: ``INITIATION_METHOD``. This metric only
        supports the following filter keys as ``INITIATION_METHOD``:
        ``INBOUND`` | ``OUTBOUND`` | ``CALLBACK`` | ``API`` |
        ``CALLBACK_CUSTOMER_FIRST_DIALED``

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Agent API connecting time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-api-connecting-time>`__

        .. note::

           The ``Negate`` key in metric-level filters is not applicable for
           this metric.

    CONTACTS_ABANDONED
        Unit: Count

        Metric filter:

        - Valid values: ``API``\\ | ``INCOMING`` | ``OUTBOUND`` |
          ``TRANSFER`` | ``CALLBACK`` | ``QUEUE_TRANSFER``\\ | ``Disconnect``
          | ``CALLBACK_CUSTOMER_FIRST_DIALED``

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype,
        RoutingStepExpression, Q in Connect

        UI name: `Contact abandoned
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-abandoned>`__

    SUM_CONTACTS_ABANDONED_IN_X
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile,
        contact/segmentAttributes/connect:Subtype, Q in Connect

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you can use
        ``LT`` (for "Less than") or ``LTE`` (for "Less than equal").

        UI name: `Contacts abandoned in X seconds
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-abandoned-in-x-seconds>`__

    SUM_CONTACTS_ANSWERED_IN_X
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile,
        contact/segmentAttributes/connect:Subtype, Q in Connect

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you can use
        ``LT`` (for "Less than") or ``LTE`` (for "Less than equal").

        UI name: `Contacts answered in X seconds
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-answered-in-x-seconds>`__

    SUM_CONTACT_FLOW_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Contact flow time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contact-flow-time>`__

    SUM_CONTACT_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

        UI name: `Agent on contact time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-on-contact-time>`__

    SUM_CONTACTS_DISCONNECTED
        Valid metric filter key: ``DISCONNECT_REASON``

        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, contact/segmentAttributes/connect:Subtype, Q in
        Connect

        UI name: `Contact disconnected
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contact-disconnected>`__

    SUM_ERROR_STATUS_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

        UI name: `Error status time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#error-status-time>`__

    SUM_HANDLE_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Contact handle time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contact-handle-time>`__

    SUM_HOLD_TIME
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Customer hold time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#customer-hold-time>`__

    SUM_IDLE_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

        UI name: `Agent idle time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-idle-time>`__

    SUM_INTERACTION_AND_HOLD_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy, Q in Connect

        UI name: `Agent interaction and hold time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-interaction-and-hold-time>`__

    SUM_INTERACTION_TIME
        Unit: Seconds

        Valid groupings and filters: Queue, Channel, Routing Profile, Agent,
        Agent Hierarchy

        UI name: `Agent interaction time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-interaction-time>`__

    SUM_NON_PRODUCTIVE_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

        UI name: `Agent non-productive time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-productive-time>`__

    SUM_ONLINE_TIME_AGENT
        Unit: Seconds

        Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

        UI name: `Online time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#online-time>`__

    SUM_RETRY_CALLBACK_ATTEMPTS
        Unit: Count

        Valid groupings and filters: Queue, Channel, Routing Profile,
        contact/segmentAttributes/connect:Subtype, Q in Connect

        UI name: `Callback attempts
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#callback-attempts>`__
    """

    interval: IntervalDetails | None = None
    """The interval period and timezone to apply to returned metrics.

    - ``IntervalPeriod``: An aggregated grouping applied to request metrics.
      Valid ``IntervalPeriod`` values are: ``FIFTEEN_MIN`` | ``THIRTY_MIN``
      | ``HOUR`` | ``DAY`` | ``WEEK`` | ``TOTAL``.

      For example, if ``IntervalPeriod`` is selected ``THIRTY_MIN``,
      ``StartTime`` and ``EndTime`` differs by 1 day, then Connect Customer
      returns 48 results in the response. Each result is aggregated by the
      THIRTY_MIN period. By default Connect Customer aggregates results
      based on the ``TOTAL`` interval period.

      The following list describes restrictions on ``StartTime`` and
      ``EndTime`` based on which ``IntervalPeriod`` is requested.

      - ``FIFTEEN_MIN``: The difference between ``StartTime`` and
        ``EndTime`` must be less than 3 days.
      - ``THIRTY_MIN``: The difference between ``StartTime`` and ``EndTime``
        must be less than 3 days.
      - ``HOUR``: The difference between ``StartTime`` and ``EndTime`` must
        be less than 3 days.
      - ``DAY``: The difference between ``StartTime`` and ``EndTime`` must
        be less than 35 days.
      - ``WEEK``: The difference between ``StartTime`` and ``EndTime`` must
        be less than 35 days.
      - ``TOTAL``: The difference between ``StartTime`` and ``EndTime`` must
        be less than 35 days.

    - ``TimeZone``: The timezone applied to requested metrics.
    """

    groupings: list[str] | None = None
    """The grouping applied to the metrics that are returned. For example, when
    results are grouped by queue, the metrics returned are grouped by queue.
    The values that are returned apply to the metrics for each queue. They
    are not aggregated for all queues.

    If no grouping is specified, a summary of all metrics is returned.

    Valid grouping keys: ``AGENT`` | ``AGENT_HIERARCHY_LEVEL_ONE`` |
    ``AGENT_HIERARCHY_LEVEL_TWO`` | ``AGENT_HIERARCHY_LEVEL_THREE`` |
    ``AGENT_HIERARCHY_LEVEL_FOUR`` | ``AGENT_HIERARCHY_LEVEL_FIVE`` |
    ``ANSWERING_MACHINE_DETECTION_STATUS`` | ``BOT_ID`` | ``BOT_ALIAS`` |
    ``BOT_VERSION`` | ``BOT_LOCALE`` | ``BOT_INTENT_NAME`` | ``CAMPAIGN`` |
    ``CAMPAIGN_DELIVERY_EVENT_TYPE`` | ``CAMPAIGN_EXCLUDED_EVENT_TYPE`` |
    ``CAMPAIGN_EXECUTION_TIMESTAMP`` | ``CASE_TEMPLATE_ARN`` |
    ``CASE_STATUS`` | ``CHANNEL`` |
    ``contact/segmentAttributes/connect:Subtype`` | ``DISCONNECT_REASON`` |
    ``EVALUATION_FORM`` | ``EVALUATION_SECTION`` | ``EVALUATION_QUESTION`` |
    ``EVALUATION_SOURCE`` | ``EVALUATOR_ID`` | ``FLOWS_RESOURCE_ID`` |
    ``FLOWS_MODULE_RESOURCE_ID`` | ``FLOW_ACTION_ID`` | ``FLOW_TYPE`` |
    ``FLOWS_OUTCOME_TYPE`` | ``FORM_VERSION`` | ``INITIATION_METHOD`` |
    ``INVOKING_RESOURCE_PUBLISHED_TIMESTAMP`` | ``INVOKING_RESOURCE_TYPE`` |
    ``PARENT_FLOWS_RESOURCE_ID`` | ``Q_CONNECT_ENABLED`` | ``QUEUE`` |
    ``RESOURCE_PUBLISHED_TIMESTAMP`` | ``ROUTING_PROFILE`` |
    ``ROUTING_STEP_EXPRESSION`` | ``TEST_CASE`` |
    ``TEST_CASE_EXECUTION_FAILURE_REASON`` | ``TEST_CASE_INVOCATION_METHOD``

    API, SCHEDULE, and EVENT are the only valid filterValues for
    TEST_CASE_INVOCATION_METHOD.

    OBSERVE_EVENT, SEND_INSTRUCTION, ASSERT_DATA, and
    OVERRIDE_SYSTEM_BEHAVIOR are the only valid filterValues for
    TEST_CASE_EXECUTION_FAILURE_REASON

    Type: Array of strings

    Array Members: Maximum number of 4 items

    Required: No
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.resource_arn
        if value is None:
            errors.append(prefix + "resource_arn: required but missing")
        else:
            path = prefix + "resource_arn"
            _rt.check_str(errors, path, value)
        value = self.start_time
        if value is None:
            errors.append(prefix + "start_time: required but missing")
        else:
            path = prefix + "start_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.end_time
        if value is None:
            errors.append(prefix + "end_time: required but missing")
        else:
            path = prefix + "end_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.filters
        if value is None:
            errors.append(prefix + "filters: required but missing")
        else:
            path = prefix + "filters"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 5)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FilterV2):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FilterV2, got {type(v1).__name__}"
                            )
        value = self.metrics
        if value is None:
            errors.append(prefix + "metrics: required but missing")
        else:
            path = prefix + "metrics"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, MetricV2):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected MetricV2, got {type(v1).__name__}"
                            )
        value = self.interval
        if value is not None:
            path = prefix + "interval"
            if isinstance(value, IntervalDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected IntervalDetails, got {type(value).__name__}"
                )
        value = self.groupings
        if value is not None:
            path = prefix + "groupings"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 4)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResourceArn"] = self.resource_arn
        result["StartTime"] = self.start_time
        result["EndTime"] = self.end_time
        result["Filters"] = [v1.to_dict() for v1 in self.filters]
        result["Metrics"] = [v1.to_dict() for v1 in self.metrics]
        if self.interval is not None:
            result["Interval"] = self.interval.to_dict()
        if self.groupings is not None:
            result["Groupings"] = list(self.groupings)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetMetricDataV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetMetricDataV2")
        return cls(
            resource_arn=_rt.required(data, "ResourceArn", path),
            start_time=_rt.required(data, "StartTime", path),
            end_time=_rt.required(data, "EndTime", path),
            filters=[
                FilterV2.from_dict(v1, path=path + "Filters" + f"[{i1}]" + ".")
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Filters", path), path + "Filters"
                    )
                )
            ],
            metrics=[
                MetricV2.from_dict(v1, path=path + "Metrics" + f"[{i1}]" + ".")
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Metrics", path), path + "Metrics"
                    )
                )
            ],
            interval=(
                None
                if (value := data.get("Interval")) is None
                else IntervalDetails.from_dict(value, path=path + "Interval" + ".")
            ),
            groupings=(
                None
                if (value := data.get("Groupings")) is None
                else list(_rt.expect_sequence(value, path + "Groupings"))
            ),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetMetricDataV2Response:
    """The response of GetMetricDataV2.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``metric_results``: Information about the metrics requested in the API request If no grouping is specified, a summary of metric data is returned.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    metric_results: list[MetricResultV2] | None = None
    """Information about the metrics requested in the API request If no
    grouping is specified, a summary of metric data is returned.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.metric_results
        if value is not None:
            path = prefix + "metric_results"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, MetricResultV2):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected MetricResultV2, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.metric_results is not None:
            result["MetricResults"] = [v1.to_dict() for v1 in self.metric_results]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetMetricDataV2Response:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetMetricDataV2Response")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            metric_results=(
                None
                if (value := data.get("MetricResults")) is None
                else [
                    MetricResultV2.from_dict(
                        v1, path=path + "MetricResults" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "MetricResults")
                    )
                ]
            ),
        )


class _GetMetricDataV2ResponseDraft:
    """A :class:`GetMetricDataV2Response` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "metric_results")
    http_status: int
    next_token: str | None
    metric_results: list[MetricResultV2] | None


def new_get_metric_data_v2(
    resource_arn: str,
    start_time: _dt.datetime,
    end_time: _dt.datetime,
    filters: list[FilterV2],
    metrics: list[MetricV2],
) -> GetMetricDataV2:
    """Create a :class:`GetMetricDataV2` with all optional fields omitted."""
    return GetMetricDataV2(
        resource_arn=resource_arn,
        start_time=start_time,
        end_time=end_time,
        filters=filters,
        metrics=metrics,
    )


get_metric_data_v2_resource_arn = _rt.Lens[GetMetricDataV2, str](
    lambda s: s.resource_arn,
    lambda s, v: _dc.replace(s, resource_arn=v),
    "get_metric_data_v2_resource_arn",
)
"""Lens on :attr:`GetMetricDataV2.resource_arn`."""


get_metric_data_v2_start_time = _rt.Lens[GetMetricDataV2, _dt.datetime](
    lambda s: s.start_time,
    lambda s, v: _dc.replace(s, start_time=v),
    "get_metric_data_v2_start_time",
)
"""Lens on :attr:`GetMetricDataV2.start_time`."""


get_metric_data_v2_end_time = _rt.Lens[GetMetricDataV2, _dt.datetime](
    lambda s: s.end_time,
    lambda s, v: _dc.replace(s, end_time=v),
    "get_metric_data_v2_end_time",
)
"""Lens on :attr:`GetMetricDataV2.end_time`."""


get_metric_data_v2_filters = _rt.Lens[GetMetricDataV2, list[FilterV2]](
    lambda s: s.filters,
    lambda s, v: _dc.replace(s, filters=v),
    "get_metric_data_v2_filters",
)
"""Lens on :attr:`GetMetricDataV2.filters`."""


get_metric_data_v2_metrics = _rt.Lens[GetMetricDataV2, list[MetricV2]](
    lambda s: s.metrics,
    lambda s, v: _dc.replace(s, metrics=v),
    "get_metric_data_v2_metrics",
)
"""Lens on :attr:`GetMetricDataV2.metrics`."""


get_metric_data_v2_interval = _rt.Lens[GetMetricDataV2, IntervalDetails | None](
    lambda s: s.interval,
    lambda s, v: _dc.replace(s, interval=v),
    "get_metric_data_v2_interval",
)
"""Lens on :attr:`GetMetricDataV2.interval`."""


get_metric_data_v2_groupings = _rt.Lens[GetMetricDataV2, list[str] | None](
    lambda s: s.groupings,
    lambda s, v: _dc.replace(s, groupings=v),
    "get_metric_data_v2_groupings",
)
"""Lens on :attr:`GetMetricDataV2.groupings`."""


get_metric_data_v2_next_token = _rt.Lens[GetMetricDataV2, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_metric_data_v2_next_token",
)
"""Lens on :attr:`GetMetricDataV2.next_token`."""


get_metric_data_v2_max_results = _rt.Lens[GetMetricDataV2, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "get_metric_data_v2_max_results",
)
"""Lens on :attr:`GetMetricDataV2.max_results`."""


def new_get_metric_data_v2_response(
    http_status: int,
) -> GetMetricDataV2Response:
    """Create a :class:`GetMetricDataV2Response` with all optional fields omitted."""
    return GetMetricDataV2Response(
        http_status=http_status,
    )


get_metric_data_v2_response_http_status = _rt.Lens[GetMetricDataV2Response, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_metric_data_v2_response_http_status",
)
"""Lens on :attr:`GetMetricDataV2Response.http_status`."""


get_metric_data_v2_response_next_token = _rt.Lens[GetMetricDataV2Response, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_metric_data_v2_response_next_token",
)
"""Lens on :attr:`GetMetricDataV2Response.next_token`."""


get_metric_data_v2_response_metric_results = _rt.Lens[
    GetMetricDataV2Response, list[MetricResultV2] | None
](
    lambda s: s.metric_results,
    lambda s, v: _dc.replace(s, metric_results=v),
    "get_metric_data_v2_response_metric_results",
)
"""Lens on :attr:`GetMetricDataV2Response.metric_results`."""


def _serialize(request: GetMetricDataV2, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/metrics/data"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ResourceArn"] = request.resource_arn
    data["StartTime"] = _rt.epoch_seconds(request.start_time)
    data["EndTime"] = _rt.epoch_seconds(request.end_time)
    data["Filters"] = [v1._to_json() for v1 in request.filters]
    data["Metrics"] = [v1._to_json() for v1 in request.metrics]
    if request.interval is not None:
        data["Interval"] = request.interval._to_json()
    if request.groupings is not None:
        data["Groupings"] = request.groupings
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> GetMetricDataV2Response:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetMetricDataV2ResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.metric_results = (
            None
            if (value := data.get("MetricResults")) is None
            else [
                MetricResultV2._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "MetricResults")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "MetricResults")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetMetricDataV2Response)


OPERATION: _rt.Operation[GetMetricDataV2, GetMetricDataV2Response] = _rt.Operation(
    "GetMetricDataV2",
    GetMetricDataV2,
    GetMetricDataV2Response,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.ResourceNotFoundException,
    ),
    _serialize,
    _deserialize,
)
"""The GetMetricDataV2 operation: its types, errors and wire codec."""
