"""The intermediate model: every decision about the generated code, made once.

``build`` turns a validated spec into these values by running its passes
(see ``generator/passes``); the templates lay them out.  The model records
*decisions* -- shape kinds, names, wire names, locations, timestamp formats,
constraints, the protocol and its settings -- and never code text: the
Python a decision becomes is written only by the templates and by the codec
of each shape kind (``generator/codecs``) and of each wire family
(``generator/protocols``).

Names here are already valid identifiers (see ``names``); documentation is
still raw spec text, escaped by the templates' filters (see ``escape``).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Literal

#: The kinds of shape, one codec each (``generator/codecs``).  ``integer``
#: covers the model's integer, long, short, byte and biginteger; ``float``
#: its float, double and bigdecimal; ``enum`` is a string with known values;
#: ``union`` a structure of which exactly one member is set.
Kind = Literal[
    "string",
    "enum",
    "integer",
    "float",
    "boolean",
    "timestamp",
    "blob",
    "list",
    "map",
    "structure",
    "union",
    "document",
]


@dataclass(frozen=True, eq=False)
class Type:
    """A shape as a value type: its kind, its constraints, what it contains."""

    kind: Kind
    shape: str  # the spec's shape name
    min: int | float | None = None
    max: int | float | None = None
    pattern: str | None = None  # the model's pattern text (a Java regex)
    enum: tuple[str, ...] = ()  # known values of an enum
    item: Type | None = None  # the member type of a list
    item_timestamp_format: str | None = None  # the list's member reference's own format
    key: Type | None = None  # a map's key type
    value: Type | None = None  # a map's value type
    module: str = ""  # structures and unions: the module of their class
    class_name: str = ""  # structures and unions: their class
    timestamp_format: str | None = None  # the shape's own timestampFormat
    json_value: bool = False  # a string shape carrying JSON text (``jsonvalue``)
    media_type: str | None = None  # a string or blob shape's mediaType
    streaming: bool = False  # a blob streamed as a whole payload
    sensitive: bool = False  # its values never appear in a message or repr
    # XML and form-encoded names (query, ec2; rest-xml):
    flattened: bool = False  # a list or map shape's own ``flattened``
    item_name: str = ""  # a list's member name (its locationName), "" if none
    key_name: str = ""  # a map's key name (its locationName), "" if none
    value_name: str = ""  # a map's value name (its locationName), "" if none

    @property
    def is_structure(self) -> bool:
        """A structure or union: a generated class."""
        return self.kind in ("structure", "union")


@dataclass(frozen=True)
class Constant:
    """A module-level constant a class needs (an enum's values, a pattern)."""

    name: str
    kind: Literal["enum", "pattern"]
    values: tuple[str, ...] = ()
    source: str = ""
    translated: str = ""


@dataclass
class Scope:
    """One generated module's constants and the sibling classes it imports.

    The constants pass fills it; codecs look names up in it while the
    templates render the module.
    """

    module: str
    constants: list[Constant] = _field(default_factory=list[Constant])
    pattern_names: dict[str, str] = _field(
        default_factory=dict[str, str]
    )  # source -> name
    enum_names: dict[str, str] = _field(default_factory=dict[str, str])  # shape -> name
    imports: list[tuple[str, str]] = _field(default_factory=list[tuple[str, str]])
    uses_datetime: bool = False  # the module names ``_dt`` (so imports datetime)


#: Where a member travels in an HTTP request or response.
Location = Literal["", "uri", "querystring", "header", "headers", "statusCode"]


@dataclass
class Member:
    """One member of a structure: a dataclass field, and where it goes on the wire."""

    name: str  # the member's name in the spec: the key of to_dict()
    field: str  # the Python field name
    type: Type
    docs: str  # reStructuredText
    required: bool  # the constructor requires it (an idempotency token never is)
    nullable: bool  # the field's type admits None
    location: Location  # "" is the body
    wire_name: str  # the name on the wire in requests (and JSON responses), as the protocol says
    lens: str
    order: int = 0  # the member's position in the model (the wire order of form bodies)
    xml_name: str = (
        ""  # the member's element name in an XML body (responses of query, ec2)
    )
    flattened: bool = False  # a list or map whose items repeat the member's own name
    timestamp_format: str = ""  # a timestamp member's format where it travels
    json_value: bool = False  # a header carrying JSON (its field holds a Document)
    sensitive: bool = False
    deprecated: str = ""  # the deprecation message ("" when not deprecated)
    idempotency_token: bool = False
    is_payload: bool = False  # the whole body of its request or response

    @property
    def has_default(self) -> bool:
        """Whether the field defaults to None (every member the constructor does not require)."""
        return not self.required


@dataclass
class Structure:
    """A structure or union shape: one frozen dataclass."""

    shape: str  # the spec's shape name
    class_name: str
    snake: str
    constructor: str
    docs: str
    members: list[Member]
    module: str  # dotted module path inside the package, e.g. "shapes.chat_message"
    is_union: bool = False
    is_output: bool = False  # an operation's <Op>Response (carries http_status)
    http_status_lens: str = ""  # the lens on http_status, for outputs
    unknown_lens: str = ""  # the lens on sdk_unknown_member, for unions
    deprecated: str = ""
    encoded: bool = False  # sent nested in request bodies: has a wire encoder
    decoded: bool = False  # read nested from responses: has a wire decoder
    draft: str = ""  # the class its decoder fills, then seals; "" when it has none
    redact: bool = False  # a response that may carry sensitive values: errors show none

    @property
    def required_members(self) -> list[Member]:
        return [m for m in self.members if m.required]


@dataclass
class ErrorClass:
    """An exception shape: a subclass of the service's base error."""

    shape: str
    class_name: str
    code: str  # the error code the service sends
    http_status: int
    docs: str
    members: list[Member]  # modeled fields other than the message
    message_member: str  # wire name of the member holding the message, or ""
    payload: str | None = None  # the member that is the whole body, if any
    redact: bool = False  # may carry sensitive values: errors reading it show none
    # (module, class) of the shapes _from_response builds: imported there, not
    # at the top of errors.py, which every operation imports.
    imports: list[tuple[str, str]] = _field(default_factory=list[tuple[str, str]])


@dataclass
class EnumClass:
    """An enum shape: a StrEnum of the known values (the field itself stays str)."""

    shape: str
    class_name: str
    docs: str
    values: list[tuple[str, str]]  # (constant name, value)


@dataclass
class PathPart:
    """A piece of a request path, or of a host prefix: literal text or a label."""

    literal: str = ""
    member: Member | None = None
    greedy: bool = False


@dataclass
class HttpBinding:
    """Where an operation's members travel in an HTTP message.

    Built by ``protocols.http_binding`` for the protocols that bind members
    to the URI, query string, headers and status code, and by
    ``protocols.rpc`` for those that send every member in the body to ``/``.
    """

    path: list[PathPart]
    literal_query: list[tuple[str, str | None]]
    headers: list[Member]  # single headers and ``headers`` prefix maps
    query: list[Member]
    named_query: list[str]  # query names set by a member: a query map skips them
    payload: Member | None  # the member that is the whole body
    body: list[Member]  # members of a JSON (or XML) body object
    response_headers: bool  # the response reads headers
    response_body: bool  # the response reads a body object
    # headers every request of the operation carries (X-Amz-Target, Content-Type ...)
    constant_headers: list[tuple[str, str]] = _field(
        default_factory=list[tuple[str, str]]
    )
    # fields every form-encoded body starts with (Action, Version)
    constant_fields: list[tuple[str, str]] = _field(
        default_factory=list[tuple[str, str]]
    )


@dataclass(frozen=True)
class EndpointParameter:
    """A parameter of a service's endpoint rule set."""

    name: str
    type: str  # "string", "boolean" or "stringArray"
    builtin: (
        str | None
    )  # where a client takes it from (AWS::Region, SDK::Endpoint, ...)
    required: bool
    default: object
    docs: str


@dataclass
class EndpointRules:
    """A service's endpoint rule set (``endpoint-rule-set-1.json``), checked."""

    rules: dict[str, object]  # the rule set as the model gives it
    parameters: list[EndpointParameter]


@dataclass(frozen=True)
class EndpointInput:
    """An endpoint parameter an operation sets: from a member of its input
    (``contextParam``), a JMESPath expression over its input
    (``operationContextParams``), or a constant (``staticContextParams``)."""

    param: str
    member: Member | None = None
    value: object = None
    search: Expr | None = None


@dataclass
class Operation:
    """One operation: its two classes, its errors, and how it travels."""

    name: str
    method_name: str
    module: str
    docs: str
    summary: str
    http_method: str
    request_uri: str
    http_status: int  # the modeled success status (responseCode), default 200
    input: Structure
    output: Structure
    errors: list[str]  # error class names
    host_prefix: list[PathPart]  # endpoint.hostPrefix, with its labels
    scope: Scope
    binding: HttpBinding
    deprecated: str = ""
    endpoint_inputs: list[EndpointInput] = _field(default_factory=list[EndpointInput])
    result_wrapper: str = ""  # the element wrapping the output in the response (query)


@dataclass
class Module:
    """One generated Python file holding shared shapes."""

    name: str  # dotted module path inside the package
    structures: list[Structure]
    scope: Scope
    summary: str = ""


#: What a node of a typed JMESPath expression does (see :class:`Expr`).
ExprOp = Literal[
    "current",
    "field",
    "key",
    "index",
    "flatten",
    "project",
    "values",
    "filter",
    "compare",
    "and",
    "or",
    "not",
    "literal",
    "length",
    "keys",
    "select_list",  # args: (the current node, the items)
]


@dataclass(frozen=True, eq=False)
class Expr:
    """A JMESPath expression of the supported subset, typed against the model.

    ``generator/paths.py`` builds it from the text; ``codecs/search.py``
    writes it as Python over the generated dataclasses.  Each node reads
    the values of its ``args``; ``current`` is the value the innermost
    projection is at (the response, outside any projection):

    * ``field``: member ``name`` (Python ``field``) of a structure (``args[0]``);
    * ``key``: the value at key ``name`` of a map, or of any JSON value;
    * ``index``: item ``value`` (negative: from the end) of a list;
    * ``flatten``: a list with the items of its list items spliced in;
    * ``project``: ``args[1]`` on each item of the list ``args[0]``, nulls dropped;
    * ``values``: the values of a map, as a list;
    * ``filter``: ``args[2]`` on each item of ``args[0]`` for which ``args[1]``
      is true, nulls dropped;
    * ``compare`` (operator ``name``), ``and``, ``or``, ``not``: JMESPath's;
    * ``literal``: the JSON ``value``;
    * ``length``: of a string, list or map.

    ``type`` is the static type of the value (a ``document`` type: any JSON
    value); ``nullable``: whether it may be null.
    """

    op: ExprOp
    type: Type
    nullable: bool
    args: tuple[Expr, ...] = ()
    name: str = ""
    field: str = ""
    value: object = None
    source: str = ""  # the expression's text (on the root node)


@dataclass
class Paginator:
    """One paginator: how an operation's pages are asked for and read."""

    operation: Operation
    constant: str  # its name in the package's paginators module
    pages_method: str  # the Client's <operation>_pages
    items_method: str  # the Client's <operation>_items ("" when there is none)
    input_tokens: list[Member]  # set from the output tokens for the next page
    output_tokens: list[Expr]  # one per input token
    more_results: Expr | None  # when false, the page is the last
    limit: Member | None  # set from page_size
    result_keys: list[Expr]
    item: Type | None  # the type of the items of the one result key, when a list
    non_aggregate_keys: list[Expr]


#: An acceptor's matcher and the state it moves a waiter to.
Matcher = Literal["path", "pathAll", "pathAny", "status", "error"]
WaiterState = Literal["success", "failure", "retry"]


@dataclass
class Acceptor:
    """One acceptor of a waiter: when it matches, the waiter moves to ``state``."""

    state: WaiterState
    matcher: Matcher
    expected: (
        object  # a JSON value: the status code, the error code (or a boolean), ...
    )
    argument: Expr | None  # the path matchers' expression over the response
    function: str = ""  # the waiters module's function that computes the argument


@dataclass
class Waiter:
    """One waiter: an operation called until an acceptor says success or failure."""

    name: str
    operation: Operation
    constant: str  # its name in the package's waiters module
    method: str  # the Client's wait_<name>
    docs: str
    delay: int | float  # seconds between attempts
    max_attempts: int
    acceptors: list[Acceptor]


@dataclass(frozen=True)
class ProtocolSettings:
    """The wire protocol the service is generated for, and its model settings."""

    name: str  # the protocol's name in the model: "rest-json", ...
    template: str  # the template holding the protocol's macros
    runtime: str  # the runtime module its packages import as ``_rt``
    json_version: str = ""
    target_prefix: str = ""
    api_version: str = ""
    xml_namespace: str = ""
    query_compatible: bool = False


@dataclass
class Service:
    """Everything generated for one service package."""

    service_id: str
    package: str
    title: str
    docs: str
    api_version: str
    protocol: ProtocolSettings
    endpoint_prefix: str
    signing_name: str
    base_error: str
    operations: list[Operation]
    modules: list[Module]
    errors: list[ErrorClass]
    enums: list[EnumClass]
    error_scope: Scope
    endpoints: EndpointRules | None = None
    error_codes: list[tuple[str, str]] = _field(
        default_factory=list[tuple[str, str]]
    )  # (code, class name)
    # every public name of the package, mapped to the module that defines it
    exports: dict[str, str] = _field(default_factory=dict[str, str])
    exports_by_module: list[tuple[str, list[str]]] = _field(
        default_factory=list[tuple[str, list[str]]]
    )
    paginators: list[Paginator] = _field(default_factory=list[Paginator])
    waiters: list[Waiter] = _field(default_factory=list[Waiter])
    # (module, class) of what the paginators' and waiters' modules name in
    # their annotations (imported for type checkers only)
    paginator_imports: list[tuple[str, str]] = _field(
        default_factory=list[tuple[str, str]]
    )
    waiter_imports: list[tuple[str, str]] = _field(
        default_factory=list[tuple[str, str]]
    )
