"""Every naming rule of the generated code, in one place.

Spec names arrive as arbitrary strings; everything that becomes a Python
identifier passes through this module, which guarantees a valid, non-keyword,
ASCII identifier.  The rules:

* ``snake_case`` is botocore's ``xform_name`` (the rule boto3 uses for method
  names: ``ClientToken`` → ``client_token``, ``SSEKMSKeyId`` →
  ``ssekms_key_id``, a trailing plural acronym ``ARNs`` → ``_arns``), then
  lower-cased and sanitised.
* Class names keep the shape's name with its first letter upper-cased.
* A name that is a Python keyword or one of the names the
  generated code reserves gains a trailing ``_`` (``class`` → ``class_``,
  ``List`` → ``list_``, ``Validate`` → ``validate_``).
* Anything that is not an ASCII letter, digit or ``_`` becomes ``_``; a name
  that would start with a digit or an ``_`` gets a letter in front (``x`` for
  fields and functions, ``X`` for classes), so no spec name can reach a
  private or dunder name.
"""

from __future__ import annotations

import re
import unicodedata

_FIRST_CAP = re.compile("(.)([A-Z][a-z]+)")
_END_CAP = re.compile("([a-z0-9])([A-Z])")
_SPECIAL_PLURAL = re.compile("[A-Z]{2,}s$")
_NOT_IDENT = re.compile(r"[^0-9A-Za-z_]+")

#: Names a generated dataclass defines itself; a field may not shadow them.
MODEL_METHODS = frozenset({"validate", "to_dict", "from_dict", "replace"})

#: The field of a union that holds the name of a member these bindings do
#: not know (a service may add union members; botocore calls it the same).
UNKNOWN_UNION_MEMBER = "sdk_unknown_member"

#: Attributes every generated exception has, and the names its generated
#: ``__init__`` uses itself (``self``; ``super`` for ``super().__init__``);
#: modeled error fields may not take them (``Message`` is the exception's
#: message and maps onto it).
ERROR_ATTRIBUTES = frozenset(
    {
        "code",
        "message",
        "http_status",
        "request_id",
        "args",
        "with_traceback",
        "add_note",
        "self",
        "super",
    }
)

#: Python's hard keywords, fixed here (not read from the running
#: interpreter) so that output never depends on the Python version.
KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif "
    "else except finally for from global if import in is lambda nonlocal not or "
    "pass raise return try while with yield".split()
)

#: Builtins the generated modules use by name; a class may not shadow them.
USED_BUILTINS = frozenset(
    "Any AttributeError Exception KeyError TypeError ValueError bool bytes "
    "classmethod dict enumerate float frozenset int isinstance len list object "
    "property sorted str super tuple type".split()
)

#: Builtins the generated classes annotate with, inside their own bodies: a
#: field named like one would shadow it there (type checkers then read
#: ``errors: list[str]`` as the field), so such a field gains a ``_``.
ANNOTATION_BUILTINS = frozenset(
    "bool bytes dict float frozenset int list object str tuple".split()
)

#: Names generated modules bind at top level besides the generated classes.
RESERVED_MODULE_NAMES = frozenset(
    {"annotations", "OPERATION", "OPERATIONS", "ERRORS", "Client", "AsyncClient"}
)


def _botocore_xform(name: str) -> str:
    """botocore.xform_name, without its cache and its hand-written exceptions."""
    if "_" in name:
        return name
    special = _SPECIAL_PLURAL.search(name)
    if special is not None:
        matched = special.group()
        name = f"{name[: -len(matched)]}_{matched.lower()}"
    first = _FIRST_CAP.sub(r"\1_\2", name)
    return _END_CAP.sub(r"\1_\2", first).lower()


def _sanitize(text: str, lead: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _NOT_IDENT.sub("_", ascii_text)
    if not text or text[0].isdigit() or text[0] == "_":
        text = lead + (text if text.startswith("_") else "_" + text if text else "")
    return text


def _unreserve(name: str, reserved: frozenset[str] = frozenset()) -> str:
    while name in KEYWORDS or name in reserved:
        name += "_"
    return name


def snake_case(name: str) -> str:
    """The snake_case form of a spec name (no keyword check)."""
    return _sanitize(_botocore_xform(name).lower(), "x").strip("_") or "x"


def field_name(member: str, reserved: frozenset[str] = MODEL_METHODS) -> str:
    """The Python field name of a structure member."""
    return _unreserve(snake_case(member), reserved | ANNOTATION_BUILTINS)


def class_name(shape: str) -> str:
    """The Python class name of a shape."""
    text = _sanitize(shape, "X")
    text = text[0].upper() + text[1:]
    return _unreserve(text, USED_BUILTINS | RESERVED_MODULE_NAMES)


#: The longest module or package name: file systems cap a file name at 255
#: bytes, and the build may add a ``_<n>`` suffix and an extension.
MAX_FILE_STEM = 100


def _fit(stem: str) -> str:
    return stem[:MAX_FILE_STEM].rstrip("_") or "x"


def module_name(class_: str) -> str:
    """The module (file stem) that holds a class, cut to :data:`MAX_FILE_STEM`
    characters (the build numbers any two that meet)."""
    return _unreserve(_fit(snake_case(class_)))


def package_name(service_id: str) -> str:
    """The package of a service: ``serviceId`` lower-cased, non-alphanumerics removed."""
    text = re.sub("[^0-9a-z]", "", service_id.lower())
    if not text:
        raise ValueError(
            f"serviceId {service_id!r} has no letters or digits to name a package"
        )
    if text[0].isdigit():
        text = "service" + text
    return _unreserve(_fit(text))


def constructor_name(class_: str) -> str:
    """``new_<snake class>``, the smart constructor of a class."""
    return "new_" + snake_case(class_)


def draft_name(class_: str) -> str:
    """``_<Class>Draft``: the writable twin of a class its decoders fill
    (``_runtime.models.seal``).  Never a class's name, which has no leading
    underscore, nor a constant's, which has no lower-case letter."""
    return f"_{class_}Draft"


def lens_name(class_: str, field: str) -> str:
    """``<snake class>_<field>``, the lens of one field."""
    return f"{snake_case(class_)}_{field.rstrip('_')}"


def enum_member_name(value: str) -> str:
    """The constant name of an enum value (``text/plain`` → ``TEXT_PLAIN``)."""
    text = _sanitize(re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value).upper(), "V")
    text = re.sub("_+", "_", text).strip("_") or "V"
    if text[0].isdigit():
        text = "V_" + text
    return _unreserve(text, frozenset({"VALUES"}))


#: Public members of the generated ``Client`` besides its operation methods.
CLIENT_MEMBERS = frozenset({"close"})


def operation_method_name(operation: str) -> str:
    """The client method of an operation (``StartChatContact`` → ``start_chat_contact``).

    A name the client itself defines (``close``) gains a trailing ``_``.
    """
    return _unreserve(snake_case(operation), CLIENT_MEMBERS)


def is_identifier(text: str) -> bool:
    """Whether ``text`` is a safe generated identifier (ASCII, not a keyword)."""
    return text.isascii() and text.isidentifier() and text not in KEYWORDS
