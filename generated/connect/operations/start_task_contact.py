"""Initiates a flow to start a new task contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.reference import Reference
from ..shapes.segment_attribute_value import SegmentAttributeValue
from ..shapes.task_attachment import TaskAttachment


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartTaskContact:
    """Initiates a flow to start a new task contact. For more information about
    task contacts, see `Concepts: Tasks in Connect Customer
    <https://docs.aws.amazon.com/connect/latest/adminguide/tasks.html>`__ in
    the *Connect Customer Administrator Guide*.

    When using ``PreviousContactId`` and ``RelatedContactId`` input
    parameters, note the following:

    - ``PreviousContactId``

      - Any updates to user-defined task contact attributes on any contact
        linked through the same ``PreviousContactId`` will affect every
        contact in the chain.
      - There can be a maximum of 12 linked task contacts in a chain. That
        is, 12 task contacts can be created that share the same
        ``PreviousContactId``.

    - ``RelatedContactId``

      - Copies contact attributes from the related task contact to the new
        contact.
      - Any update on attributes in a new task contact does not update
        attributes on previous contact.
      - There’s no limit on the number of task contacts that can be created
        that use the same ``RelatedContactId``.

    In addition, when calling StartTaskContact include only one of these
    parameters: ``ContactFlowID``, ``QuickConnectID``, or
    ``TaskTemplateID``. Only one parameter is required as long as the task
    template has a flow configured to run it. If more than one parameter is
    specified, or only the ``TaskTemplateID`` is specified but it does not
    have a flow configured, the request returns an error because Connect
    Customer cannot identify the unique flow to run when the task is
    created.

    A ``ServiceQuotaExceededException`` occurs when the number of open tasks
    exceeds the active tasks quota or there are already 12 tasks referencing
    the same ``PreviousContactId``. For more information about service
    quotas for task contacts, see `Connect Customer service quotas
    <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of a task that is shown to an agent in the Contact Control Panel (CCP).
    - ``previous_contact_id``: The identifier of the previous chat, voice, or task contact.
    - ``contact_flow_id``: The identifier of the flow for initiating the tasks.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``references``: A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    - ``description``: A description of the task that is shown to an agent in the Contact Control Panel (CCP).
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``scheduled_time``: The timestamp, in Unix Epoch seconds format, at which to start running the inbound flow.
    - ``task_template_id``: A unique identifier for the task template.
    - ``quick_connect_id``: The identifier for the quick connect.
    - ``related_contact_id``: The contactId that is `related <https://docs.aws.amazon.com/connect/latest/adminguide/tasks.html#linked-tasks>`__ to this contact.
    - ``segment_attributes``: A set of system defined key-value pairs stored on individual contact segments (unique contact ID) using an attribute map.
    - ``attachments``: List of S3 presigned URLs of task attachments and their file name.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str
    """The name of a task that is shown to an agent in the Contact Control
    Panel (CCP).
    """

    previous_contact_id: str | None = None
    """The identifier of the previous chat, voice, or task contact. Any updates
    to user-defined attributes to task contacts linked using the same
    ``PreviousContactID`` will affect every contact in the chain. There can
    be a maximum of 12 linked task contacts in a chain.
    """

    contact_flow_id: str | None = None
    """The identifier of the flow for initiating the tasks. To see the
    ContactFlowId in the Connect Customer admin website, on the navigation
    menu go to **Routing**, **Flows**. Choose the flow. On the flow page,
    under the name of the flow, choose **Show additional flow information**.
    The ContactFlowId is the last part of the ARN, shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/**846ec553-a005-41c0-8341-xxxxxxxxxxxx**
    """

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes, and can be accessed in flows just
    like any other contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per
    contact. Attribute keys can include only alphanumeric, dash, and
    underscore characters.
    """

    references: dict[str, Reference] | None = None
    """A formatted URL that is shown to an agent in the Contact Control Panel
    (CCP). Tasks can have the following reference types at the time of
    creation: ``URL`` | ``NUMBER`` | ``STRING`` | ``DATE`` | ``EMAIL``.
    ``ATTACHMENT`` is not a supported reference type during task creation.
    """

    description: str | None = None
    """A description of the task that is shown to an agent in the Contact
    Control Panel (CCP).
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    scheduled_time: _dt.datetime | None = None
    """The timestamp, in Unix Epoch seconds format, at which to start running
    the inbound flow. The scheduled time cannot be in the past. It must be
    within up to 6 days in future.
    """

    task_template_id: str | None = None
    """A unique identifier for the task template. For more information about
    task templates, see `Create task templates
    <https://docs.aws.amazon.com/connect/latest/adminguide/task-templates.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    quick_connect_id: str | None = None
    """The identifier for the quick connect. Tasks that are created by using
    ``QuickConnectId`` will use the flow that is defined on agent or queue
    quick connect. For more information about quick connects, see `Create
    quick connects
    <https://docs.aws.amazon.com/connect/latest/adminguide/quick-connects.html>`__.
    """

    related_contact_id: str | None = None
    """The contactId that is `related
    <https://docs.aws.amazon.com/connect/latest/adminguide/tasks.html#linked-tasks>`__
    to this contact. Linking tasks together by using ``RelatedContactID``
    copies over contact attributes from the related task contact to the new
    task contact. All updates to user-defined attributes in the new task
    contact are limited to the individual contact ID, unlike what happens
    when tasks are linked by using ``PreviousContactID``. There are no
    limits to the number of contacts that can be linked by using
    ``RelatedContactId``.
    """

    segment_attributes: dict[str, SegmentAttributeValue] | None = None
    """A set of system defined key-value pairs stored on individual contact
    segments (unique contact ID) using an attribute map. The attributes are
    standard Connect Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to set Contact Expiry as a duration in minutes
    and set a UserId for the User who created a task.

    .. note::

       To set contact expiry, a ValueMap must be specified containing the
       integer number of minutes the contact will be active for before
       expiring, with ``SegmentAttributes`` like {
       ``"connect:ContactExpiry": {"ValueMap" : { "ExpiryDuration": { "ValueInteger": 135}}}}``.

       To set the created by user, a valid AgentResourceId must be supplied,
       with ``SegmentAttributes`` like {
       ``"connect:CreatedByUser" { "ValueString": "arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/agent/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"}}}``.
    """

    attachments: list[TaskAttachment] | None = None
    """List of S3 presigned URLs of task attachments and their file name. You
    can have a maximum of 5 attachments per task.
    """

    def __repr__(self) -> str:
        fields = [
            f"instance_id={self.instance_id!r}",
            "name=<sensitive>",
            f"previous_contact_id={self.previous_contact_id!r}",
            f"contact_flow_id={self.contact_flow_id!r}",
            f"attributes={self.attributes!r}",
            f"references={self.references!r}",
            "description=<sensitive>",
            f"client_token={self.client_token!r}",
            f"scheduled_time={self.scheduled_time!r}",
            f"task_template_id={self.task_template_id!r}",
            f"quick_connect_id={self.quick_connect_id!r}",
            f"related_contact_id={self.related_contact_id!r}",
            f"segment_attributes={self.segment_attributes!r}",
            "attachments=<sensitive>",
        ]
        return f"StartTaskContact({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.previous_contact_id
        if value is not None:
            path = prefix + "previous_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.contact_flow_id
        if value is not None:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.attributes
        if value is not None:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=32767)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=32767)
        value = self.references
        if value is not None:
            path = prefix + "references"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=4096)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Reference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Reference, got {type(v1).__name__}"
                            )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.scheduled_time
        if value is not None:
            path = prefix + "scheduled_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.task_template_id
        if value is not None:
            path = prefix + "task_template_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.quick_connect_id
        if value is not None:
            path = prefix + "quick_connect_id"
            _rt.check_str(errors, path, value)
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.segment_attributes
        if value is not None:
            path = prefix + "segment_attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=128)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SegmentAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SegmentAttributeValue, got {type(v1).__name__}"
                            )
        value = self.attachments
        if value is not None:
            path = prefix + "attachments"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 5)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TaskAttachment):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TaskAttachment, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Name"] = self.name
        if self.previous_contact_id is not None:
            result["PreviousContactId"] = self.previous_contact_id
        if self.contact_flow_id is not None:
            result["ContactFlowId"] = self.contact_flow_id
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.references is not None:
            result["References"] = {
                k1: v1.to_dict() for k1, v1 in self.references.items()
            }
        if self.description is not None:
            result["Description"] = self.description
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        if self.scheduled_time is not None:
            result["ScheduledTime"] = self.scheduled_time
        if self.task_template_id is not None:
            result["TaskTemplateId"] = self.task_template_id
        if self.quick_connect_id is not None:
            result["QuickConnectId"] = self.quick_connect_id
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.segment_attributes is not None:
            result["SegmentAttributes"] = {
                k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
            }
        if self.attachments is not None:
            result["Attachments"] = [v1.to_dict() for v1 in self.attachments]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartTaskContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartTaskContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
            previous_contact_id=data.get("PreviousContactId"),
            contact_flow_id=data.get("ContactFlowId"),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            references=(
                None
                if (value := data.get("References")) is None
                else {
                    k1: Reference.from_dict(
                        v1, path=path + "References" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "References").items()
                }
            ),
            description=data.get("Description"),
            client_token=data.get("ClientToken"),
            scheduled_time=data.get("ScheduledTime"),
            task_template_id=data.get("TaskTemplateId"),
            quick_connect_id=data.get("QuickConnectId"),
            related_contact_id=data.get("RelatedContactId"),
            segment_attributes=(
                None
                if (value := data.get("SegmentAttributes")) is None
                else {
                    k1: SegmentAttributeValue.from_dict(
                        v1, path=path + "SegmentAttributes" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(
                        value, path + "SegmentAttributes"
                    ).items()
                }
            ),
            attachments=(
                None
                if (value := data.get("Attachments")) is None
                else [
                    TaskAttachment.from_dict(
                        v1, path=path + "Attachments" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Attachments")
                    )
                ]
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartTaskContactResponse:
    """The response of StartTaskContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of this contact within the Connect Customer instance.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of this contact within the Connect Customer instance."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartTaskContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartTaskContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
        )


class _StartTaskContactResponseDraft:
    """A :class:`StartTaskContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id")
    http_status: int
    contact_id: str | None


def new_start_task_contact(
    instance_id: str,
    name: str,
) -> StartTaskContact:
    """Create a :class:`StartTaskContact` with all optional fields omitted."""
    return StartTaskContact(
        instance_id=instance_id,
        name=name,
    )


start_task_contact_instance_id = _rt.Lens[StartTaskContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_task_contact_instance_id",
)
"""Lens on :attr:`StartTaskContact.instance_id`."""


start_task_contact_name = _rt.Lens[StartTaskContact, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "start_task_contact_name",
)
"""Lens on :attr:`StartTaskContact.name`."""


start_task_contact_previous_contact_id = _rt.Lens[StartTaskContact, str | None](
    lambda s: s.previous_contact_id,
    lambda s, v: _dc.replace(s, previous_contact_id=v),
    "start_task_contact_previous_contact_id",
)
"""Lens on :attr:`StartTaskContact.previous_contact_id`."""


start_task_contact_contact_flow_id = _rt.Lens[StartTaskContact, str | None](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "start_task_contact_contact_flow_id",
)
"""Lens on :attr:`StartTaskContact.contact_flow_id`."""


start_task_contact_attributes = _rt.Lens[StartTaskContact, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "start_task_contact_attributes",
)
"""Lens on :attr:`StartTaskContact.attributes`."""


start_task_contact_references = _rt.Lens[StartTaskContact, dict[str, Reference] | None](
    lambda s: s.references,
    lambda s, v: _dc.replace(s, references=v),
    "start_task_contact_references",
)
"""Lens on :attr:`StartTaskContact.references`."""


start_task_contact_description = _rt.Lens[StartTaskContact, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "start_task_contact_description",
)
"""Lens on :attr:`StartTaskContact.description`."""


start_task_contact_client_token = _rt.Lens[StartTaskContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_task_contact_client_token",
)
"""Lens on :attr:`StartTaskContact.client_token`."""


start_task_contact_scheduled_time = _rt.Lens[StartTaskContact, _dt.datetime | None](
    lambda s: s.scheduled_time,
    lambda s, v: _dc.replace(s, scheduled_time=v),
    "start_task_contact_scheduled_time",
)
"""Lens on :attr:`StartTaskContact.scheduled_time`."""


start_task_contact_task_template_id = _rt.Lens[StartTaskContact, str | None](
    lambda s: s.task_template_id,
    lambda s, v: _dc.replace(s, task_template_id=v),
    "start_task_contact_task_template_id",
)
"""Lens on :attr:`StartTaskContact.task_template_id`."""


start_task_contact_quick_connect_id = _rt.Lens[StartTaskContact, str | None](
    lambda s: s.quick_connect_id,
    lambda s, v: _dc.replace(s, quick_connect_id=v),
    "start_task_contact_quick_connect_id",
)
"""Lens on :attr:`StartTaskContact.quick_connect_id`."""


start_task_contact_related_contact_id = _rt.Lens[StartTaskContact, str | None](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "start_task_contact_related_contact_id",
)
"""Lens on :attr:`StartTaskContact.related_contact_id`."""


start_task_contact_segment_attributes = _rt.Lens[
    StartTaskContact, dict[str, SegmentAttributeValue] | None
](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "start_task_contact_segment_attributes",
)
"""Lens on :attr:`StartTaskContact.segment_attributes`."""


start_task_contact_attachments = _rt.Lens[
    StartTaskContact, list[TaskAttachment] | None
](
    lambda s: s.attachments,
    lambda s, v: _dc.replace(s, attachments=v),
    "start_task_contact_attachments",
)
"""Lens on :attr:`StartTaskContact.attachments`."""


def new_start_task_contact_response(
    http_status: int,
) -> StartTaskContactResponse:
    """Create a :class:`StartTaskContactResponse` with all optional fields omitted."""
    return StartTaskContactResponse(
        http_status=http_status,
    )


start_task_contact_response_http_status = _rt.Lens[StartTaskContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_task_contact_response_http_status",
)
"""Lens on :attr:`StartTaskContactResponse.http_status`."""


start_task_contact_response_contact_id = _rt.Lens[StartTaskContactResponse, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_task_contact_response_contact_id",
)
"""Lens on :attr:`StartTaskContactResponse.contact_id`."""


def _serialize(request: StartTaskContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/task"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["Name"] = request.name
    if request.previous_contact_id is not None:
        data["PreviousContactId"] = request.previous_contact_id
    if request.contact_flow_id is not None:
        data["ContactFlowId"] = request.contact_flow_id
    if request.attributes is not None:
        data["Attributes"] = request.attributes
    if request.references is not None:
        data["References"] = {
            k1: v1._to_json() for k1, v1 in request.references.items()
        }
    if request.description is not None:
        data["Description"] = request.description
    data["ClientToken"] = idempotency_client_token
    if request.scheduled_time is not None:
        data["ScheduledTime"] = _rt.epoch_seconds(request.scheduled_time)
    if request.task_template_id is not None:
        data["TaskTemplateId"] = request.task_template_id
    if request.quick_connect_id is not None:
        data["QuickConnectId"] = request.quick_connect_id
    if request.related_contact_id is not None:
        data["RelatedContactId"] = request.related_contact_id
    if request.segment_attributes is not None:
        data["SegmentAttributes"] = {
            k1: v1._to_json() for k1, v1 in request.segment_attributes.items()
        }
    if request.attachments is not None:
        data["Attachments"] = [v1._to_json() for v1 in request.attachments]
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> StartTaskContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartTaskContactResponseDraft()
    draft.http_status = status
    try:
        draft.contact_id = (
            None
            if (value := data.get("ContactId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactId"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, StartTaskContactResponse)


OPERATION: _rt.Operation[StartTaskContact, StartTaskContactResponse] = _rt.Operation(
    "StartTaskContact",
    StartTaskContact,
    StartTaskContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.ServiceQuotaExceededException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The StartTaskContact operation: its types, errors and wire codec."""
