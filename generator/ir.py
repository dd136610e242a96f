"""The intermediate model: every decision about the generated code, made once.

``build`` turns a validated spec into these values; the templates only lay
them out.  Names here are already valid identifiers (see ``names``); text
here is still raw spec text, escaped by the templates' filters (see
``escape``).  Code fragments (``*_expr``, ``*_lines``) come from ``codec``.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field


@dataclass
class Constant:
    """A module-level constant a class needs (an enum's values, a pattern)."""

    name: str
    kind: str  # "enum" (values) or "pattern" (source, translated)
    values: tuple[str, ...] = ()
    source: str = ""
    translated: str = ""


@dataclass
class Member:
    """One member of a structure, as a dataclass field and on the wire."""

    name: str  # the member's name in the spec: the key of to_dict()
    field: str  # the Python field name
    annotation: str  # the Python type of the field, as written in code
    docs: str  # reStructuredText
    required: bool
    nullable: bool  # the field's type admits None
    has_default: bool  # the field defaults to None
    location: str  # "" (body), uri, querystring, header, headers, statusCode
    wire_name: str  # locationName, or the member name in a JSON body
    lens: str
    sensitive: bool = False
    deprecated: str = ""  # the deprecation message ("" when not deprecated)
    idempotency_token: bool = False
    is_payload: bool = False
    to_json_expr: str = ""  # over ``value`` (not None)
    from_json_expr: str = ""  # over ``value`` (not None)
    to_dict_expr: str = ""
    from_dict_expr: str = ""
    check_lines: list[str] = _field(
        default_factory=list[str]
    )  # over ``value``, ``prefix``
    default: str = ""  # the field's default in the class body ("" or " = None")
    param_annotation: str = ""  # the type of the smart constructor's parameter
    from_dict_arg: str = (
        ""  # ``field=...``, the constructor argument in from_dict, over ``data``
    )
    from_json_arg: str = (
        ""  # ``field=...``, the constructor argument in _from_json, over ``data``
    )


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
    constants: list[Constant] = _field(default_factory=list[Constant])
    # classes this one refers to, by (module, class name)
    references: set[tuple[str, str]] = _field(default_factory=set[tuple[str, str]])
    to_json: bool = False  # has _to_json (sent in request bodies)
    from_json: bool = False  # has _from_json (read from responses)
    sensitive_repr: list[str] = _field(
        default_factory=list[str]
    )  # f-string pieces of a masking __repr__

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
    # (module, class) of the shapes _from_response builds: imported there, not
    # at the top of errors.py, which every operation imports.
    imports: list[tuple[str, str]] = _field(default_factory=list[tuple[str, str]])
    parse_args: list[str] = _field(
        default_factory=list[str]
    )  # constructor arguments in _from_response
    bindings: list[str] = _field(
        default_factory=list[str]
    )  # locals the arguments read, from ``response``


@dataclass
class EnumClass:
    """An enum shape: a StrEnum of the known values (the field itself stays str)."""

    shape: str
    class_name: str
    docs: str
    values: list[tuple[str, str]]  # (constant name, value)


@dataclass
class PathPart:
    """A piece of an operation's request path: literal text or a label."""

    literal: str = ""
    member: Member | None = None
    greedy: bool = False
    value_expr: str = ""  # text of the label value, over ``request.<field>``


@dataclass
class Operation:
    """One operation: its two classes and its wire codec."""

    name: str
    method_name: str
    module: str
    docs: str
    http_method: str
    request_uri: str
    http_status: int  # the modeled success status (responseCode), default 200
    input: Structure
    output: Structure
    errors: list[str]  # error class names
    path_parts: list[PathPart]
    literal_query: list[tuple[str, str | None]]
    host_prefix: str  # Python expression (f-string) or ""
    serialize_lines: list[str]
    deserialize_lines: list[str]
    deprecated: str = ""
    summary: str = ""
    imports: list[tuple[str, str]] = _field(default_factory=list[tuple[str, str]])
    constants: list[Constant] = _field(default_factory=list[Constant])
    reads_body: bool = False
    reads_headers: bool = False
    uses_datetime: bool = False  # the module needs ``import datetime``


@dataclass
class Module:
    """One generated Python file holding shared shapes."""

    name: str  # dotted module path inside the package
    structures: list[Structure]
    imports: list[tuple[str, str]]  # (module, class) imported from siblings
    summary: str = ""
    constants: list[Constant] = _field(default_factory=list[Constant])
    uses_datetime: bool = False  # the module needs ``import datetime``


@dataclass
class Service:
    """Everything generated for one service package."""

    service_id: str
    package: str
    title: str
    docs: str
    api_version: str
    protocol: str
    endpoint_prefix: str
    signing_name: str
    base_error: str
    operations: list[Operation]
    modules: list[Module]
    errors: list[ErrorClass]
    enums: list[EnumClass]
    error_imports: list[tuple[str, str]] = _field(default_factory=list[tuple[str, str]])
    error_constants: list[Constant] = _field(default_factory=list[Constant])
    errors_use_datetime: bool = False  # errors.py needs ``import datetime``
    error_codes: list[tuple[str, str]] = _field(
        default_factory=list[tuple[str, str]]
    )  # (code, class name)
    # every public name of the package, mapped to the module that defines it
    exports: dict[str, str] = _field(default_factory=dict[str, str])
    exports_by_module: list[tuple[str, list[str]]] = _field(
        default_factory=list[tuple[str, list[str]]]
    )
