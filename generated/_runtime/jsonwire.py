"""JSON bodies: encoding, decoding, wire-type checks and JSON error responses.

Part of the runtime every generated package of this output folder shares;
used by the protocols whose bodies are JSON.  orjson is used when installed
(the ``fast`` extra), the standard library otherwise.
"""

from __future__ import annotations

import importlib
import json
import math
from collections.abc import Callable, Mapping
from typing import Any, cast

from .errors import (
    DeserializationError,
    ErrorResponse,
    WireTypeError,
    sanitize_error_code,
)
from .http import lower_headers


def float_to_json(value: float) -> float | str:
    """A float as it appears in a JSON body (``NaN`` and infinities as strings)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False)


def _c_encoder() -> Callable[[Any, int], Any] | None:
    """The C encoder behind _ENCODER, built once, as ``json.encoder`` builds it.

    ``_ENCODER.encode`` builds a new one on every call, which costs as much
    as encoding a small request.  It writes exactly what _ENCODER writes but
    skips the circular-reference check (a cycle, possible only inside a
    user's document value, ends in a RecursionError: a ValueError below).
    None on Pythons without the C accelerator.
    """
    try:
        from _json import make_encoder
    except ImportError:
        return None
    return make_encoder(
        None,  # no circular-reference markers
        _ENCODER.default,
        json.encoder.encode_basestring_ascii,
        None,  # indent
        ":",  # key separator
        ",",  # item separator
        False,  # sort_keys
        False,  # skipkeys
        False,  # allow_nan
    )


_C_ENCODER = _c_encoder()


def _stdlib_dumps(value: Any) -> bytes:
    if _C_ENCODER is None:
        return _ENCODER.encode(value).encode("utf-8")
    try:
        return "".join(_C_ENCODER(value, 0)).encode("utf-8")
    except RecursionError:
        raise ValueError(
            "value cannot be written as JSON: it contains itself, or nests deeper than the recursion limit"
        ) from None


_DECODER = json.JSONDecoder()


def _stdlib_loads(data: bytes) -> Any:
    """``json.loads(data)``, with a short path for the usual UTF-8 object.

    ``json.loads`` first guesses the encoding and matches whitespace with a
    regular expression before and after the value, which costs more than
    decoding a small response.  A body that starts with ``{`` (and is not
    UTF-16: no NUL second byte) is UTF-8 by json's own rules, so it is decoded
    as json.loads would decode it, then read with ``raw_decode``; anything
    else goes through json.loads itself.
    """
    if data[:1] != b"{" or data[1:2] == b"\x00":
        return json.loads(data)
    text = data.decode("utf-8", "surrogatepass")
    value, end = _DECODER.raw_decode(text)
    if end != len(text):  # only JSON whitespace may follow, as json.loads says
        extra = len(text) - len(text[end:].lstrip(" \t\n\r"))
        if extra != len(text):
            raise json.JSONDecodeError("Extra data", text, extra)
    return value


def _orjson() -> Any:
    try:
        return importlib.import_module("orjson")
    except ImportError:
        return None


_dumps: Callable[[Any], bytes] = _stdlib_dumps
_loads: Callable[[bytes], Any] = _stdlib_loads


def use_orjson(enabled: bool = True) -> bool:
    """Encode and decode JSON with orjson (if installed) or the standard library.

    The bindings pick orjson at import when it is installed (the ``fast``
    extra); both produce the same JSON values for everything the models
    allow (orjson reads integers beyond 64 bits as floats, and the standard
    library is used for writing them).  Returns whether orjson is now in use.
    """
    global _dumps, _loads
    module = _orjson() if enabled else None
    if module is None:
        _dumps, _loads = _stdlib_dumps, _stdlib_loads
        return False
    fast_dumps: Callable[[Any], bytes] = module.dumps

    def dumps_with_fallback(value: Any) -> bytes:
        # What orjson cannot encode (ints beyond 64 bits): the standard library can.
        try:
            return fast_dumps(value)
        except TypeError:
            return _stdlib_dumps(value)

    fast_loads: Callable[[bytes], Any] = module.loads

    def loads_with_fallback(data: bytes) -> Any:
        # What orjson refuses but JSON allows (escaped lone surrogates, NaN):
        # the standard library reads it.
        try:
            return fast_loads(data)
        except ValueError:
            return _stdlib_loads(data)

    _dumps, _loads = dumps_with_fallback, loads_with_fallback
    return True


use_orjson()


def dumps(value: Any) -> bytes:
    """Compact JSON bytes of ``value``."""
    return _dumps(value)


def expect_str(value: Any, where: str = "") -> str:
    """``value`` when it is a string; a wire-type error otherwise."""
    if isinstance(value, str):
        return value
    raise WireTypeError("a string", value, where)


def expect_int(value: Any, where: str = "") -> int:
    """``value`` when it is an integer (not a bool); a wire-type error otherwise."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise WireTypeError("an integer", value, where)


def expect_float(value: Any, where: str = "") -> float:
    """A float from a JSON number or ``"NaN"``/``"Infinity"``/``"-Infinity"``."""
    if isinstance(value, float):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if value in ("NaN", "Infinity", "-Infinity"):
        return float(value)
    raise WireTypeError("a number", value, where)


def expect_bool(value: Any, where: str = "") -> bool:
    """``value`` when it is a boolean; a wire-type error otherwise."""
    if isinstance(value, bool):
        return value
    raise WireTypeError("a boolean", value, where)


#: ``dict`` and ``list`` typed as a JSON object and array.  Generated
#: decoders test ``type(value) is JSON_OBJECT`` before calling
#: ``expect_object`` (the loaders make exact dicts and lists, so the common
#: case costs no call); a test against the bare ``dict`` would narrow
#: ``Any`` to ``dict[Unknown, Unknown]``, which strict type checkers refuse.
JSON_OBJECT: type[dict[str, Any]] = dict
JSON_ARRAY: type[list[Any]] = list


def expect_list(value: Any, where: str = "") -> list[Any]:
    """``value`` when it is a JSON array; a wire-type error otherwise."""
    if isinstance(value, list):
        # (isinstance narrows Any to list[Unknown] for pyright; no cast() call
        # here: this runs for every array of every response)
        return value  # pyright: ignore[reportUnknownVariableType]
    raise WireTypeError("an array", value, where)


def expect_object(value: Any, where: str = "") -> dict[str, Any]:
    """``value`` when it is a JSON object; a wire-type error otherwise."""
    if isinstance(value, dict):
        # (as in expect_list: no cast() call for every object of every response)
        return value  # pyright: ignore[reportUnknownVariableType]
    raise WireTypeError("an object", value, where)


def unknown_union_member(data: dict[str, Any], known: tuple[str, ...]) -> str | None:
    """The member a union response set when it is none of the ``known`` ones
    (a member the service added later), else None; a wire-type error unless
    exactly one member is set (botocore: "one and only one")."""
    set_members = [name for name in known if data.get(name) is not None]
    if len(set_members) == 1:
        return None
    if set_members:
        raise WireTypeError(
            "a union with one member set",
            data,
            got=f"{len(set_members)} ({', '.join(set_members)})",
        )
    for name, value in data.items():
        if name != "__type" and value is not None:
            return name
    raise WireTypeError("a union with one member set", data, got="none")


def read_json_body(status: int, body: bytes, redact: bool = False) -> dict[str, Any]:
    """The JSON object in a response body (``{}`` for an empty body);
    ``redact``: the error shows no excerpt (the model carries secrets)."""
    if not body or body.isspace():
        return {}
    try:
        data = _loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise DeserializationError(
            f"body is not JSON ({exc})", http_status=status, body=body, redact=redact
        ) from None
    if not isinstance(data, dict):
        raise DeserializationError(
            f"body is a JSON {type(data).__name__}, not an object",
            http_status=status,
            body=body,
            redact=redact,
        )
    return cast(dict[str, object], data)


def read_json_value(status: int, body: bytes) -> Any:
    """Any JSON value in a response body (``None`` for an empty body)."""
    if not body or body.isspace():
        return None
    try:
        return _loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise DeserializationError(
            f"body is not JSON ({exc})", http_status=status, body=body
        ) from None


def read_rest_json_error(
    status: int, headers: Mapping[str, str], raw: bytes
) -> ErrorResponse:
    """Read the code, message and body of a rest-json error response.

    The code comes from the ``x-amzn-ErrorType`` header, else the body's
    ``__type``, ``code`` or ``Code``; a body that is not a JSON object (an
    HTML page from a proxy, say) leaves the body empty.
    """
    lowered = lower_headers(headers)
    body: dict[str, Any] = {}
    if raw.strip():
        try:
            parsed = _loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            parsed = None
        if isinstance(parsed, dict):
            body = cast(dict[str, Any], parsed)
    code: Any = lowered.get("x-amzn-errortype")
    if not code:
        code = body.get("__type") or body.get("code") or body.get("Code") or ""
    code = sanitize_error_code(code) if isinstance(code, str) else ""
    message: Any = body.get(
        "message", body.get("Message", body.get("errorMessage", ""))
    )
    if not isinstance(message, str):
        message = "" if message is None else json.dumps(message)
    request_id = lowered.get("x-amzn-requestid") or lowered.get("x-amz-request-id")
    return ErrorResponse(code, message, body, lowered, status, request_id, raw)
