"""Models: lenses, the ``Document`` type, operations, patterns, idempotency tokens.

Part of the runtime every generated package of this output folder shares
(``_runtime``); standard library only.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar, Union

if TYPE_CHECKING:
    from .errors import ServiceError
    from .http import HttpRequest

S = TypeVar("S")
A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 - an operation's input type
O = TypeVar("O")  # noqa: E741 - an operation's output type

Document: TypeAlias = Union[
    None, bool, int, float, str, list["Document"], dict[str, "Document"]
]
"""A JSON value, the type of ``document`` shapes."""


class Lens(Generic[S, A]):
    """A getter and a setter for one part ``A`` of an immutable whole ``S``.

    ``lens.get(s)`` reads, ``lens.set(s, v)`` returns a new ``S`` with the
    part replaced, ``lens.over(s, f)`` applies ``f`` to the part.  Lenses
    compose with ``>>``: ``outer >> inner`` focuses on ``inner``'s part of
    ``outer``'s part.  To compose through an optional part, first turn it
    into a total one with :meth:`non`.

    Generated lenses are created as ``Lens[Whole, Part](get, set, name)``, so
    their ``__orig_class__`` records both types for introspection.
    """

    def __init__(
        self, get: Callable[[S], A], set: Callable[[S, A], S], name: str = ""
    ) -> None:
        self._get = get
        self._set = set
        self.name = name

    def get(self, whole: S) -> A:
        """Return the part of ``whole`` this lens focuses on."""
        return self._get(whole)

    def set(self, whole: S, part: A) -> S:
        """Return a copy of ``whole`` with the focused part replaced by ``part``."""
        return self._set(whole, part)

    def over(self, whole: S, f: Callable[[A], A]) -> S:
        """Return a copy of ``whole`` with ``f`` applied to the focused part."""
        return self._set(whole, f(self._get(whole)))

    def __rshift__(self, inner: Lens[A, B]) -> Lens[S, B]:
        outer = self

        def get(whole: S) -> B:
            return inner.get(outer.get(whole))

        def set(whole: S, part: B) -> S:
            return outer.set(whole, inner.set(outer.get(whole), part))

        return Lens(get, set, f"{outer.name} >> {inner.name}")

    def non(self: Lens[S, T | None], default: T) -> Lens[S, T]:
        """Treat a missing part as ``default``, and ``default`` as missing.

        Like Haskell's ``non``: ``get`` returns ``default`` where the part is
        ``None``, and setting a value equal to ``default`` stores ``None``, so
        the lens laws still hold.  This is how a lens composes through an
        optional field::

            (start_chat_contact_initial_message.non(empty) >> chat_message_content)
        """
        outer = self

        def get(whole: S) -> T:
            part = outer.get(whole)
            return default if part is None else part

        def set(whole: S, part: T) -> S:
            return outer.set(whole, None if part == default else part)

        return Lens(get, set, f"{outer.name}.non({default!r})")

    def __repr__(self) -> str:
        return f"Lens({self.name})"


class LazyOperations(Mapping[str, "Operation[Any, Any]"]):
    """The package's ``OPERATIONS``: each operation's module loads on first access."""

    def __init__(self, package: str, modules: dict[str, str]) -> None:
        self._package = package
        self._modules = modules

    def __getitem__(self, name: str) -> Operation[Any, Any]:
        module = importlib.import_module("." + self._modules[name], self._package)
        operation: Operation[Any, Any] = module.OPERATION
        return operation

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


class Operation(Generic[I, O]):
    """One operation of the service: its types, errors and wire codec."""

    __slots__ = (
        "name",
        "input",
        "output",
        "errors",
        "endpoint_params",
        "_serialize",
        "_deserialize",
    )

    def __init__(
        self,
        name: str,
        input: type[I],
        output: type[O],
        errors: tuple[type[ServiceError], ...],
        serialize: Callable[[I, bool], HttpRequest],
        deserialize: Callable[[int, Mapping[str, str], bytes], O],
        endpoint_params: Callable[[I], dict[str, object]] | None = None,
    ) -> None:
        self.name = name
        self.input = input
        self.output = output
        self.errors = errors
        #: The endpoint parameters a request sets (its members bound by
        #: ``contextParam``, and ``staticContextParams``), or None.
        self.endpoint_params = endpoint_params
        self._serialize = serialize
        self._deserialize = deserialize

    def serialize(self, request: I, *, validate: bool = True) -> HttpRequest:
        """Build the HTTP request for ``request`` (validated first by default)."""
        return self._serialize(request, validate)

    def deserialize(self, status: int, headers: Mapping[str, str], body: bytes) -> O:
        """Read a response: the output for a 2xx status, else raise its error."""
        return self._deserialize(status, headers, body)

    def __repr__(self) -> str:
        return f"Operation({self.name})"


def seal(draft: object, cls: type[T]) -> T:
    """``draft``, filled by a decoder, made an instance of the frozen ``cls``.

    A generated decoder reads a response into a *draft*: a plain class with
    the same ``__slots__`` as the frozen dataclass ``cls``, whose slots it
    assigns one by one.  Retyping the finished draft (``__class__``, which
    Python allows between classes of the same slot layout) gives a ``cls``
    equal to the one ``cls(**fields)`` would build, without the frozen
    ``__init__``: that sets each field through ``object.__setattr__``, and
    was most of the time of decoding a response (63% for a DynamoDB
    attribute value).  A draft whose slots
    differ from ``cls``'s raises ``TypeError`` here, never a broken value.
    """
    draft.__class__ = cls
    return draft  # type: ignore[return-value]  # pyright: ignore[reportReturnType]


def _uuid4() -> str:
    """A random (version 4) UUID as text, made as ``uuid.uuid4()`` makes it
    (importing ``uuid`` costs milliseconds: it loads ``platform``)."""
    n = int.from_bytes(os.urandom(16), "big")
    n = (n & ~(0xC000 << 48)) | (0x8000 << 48)  # the RFC 4122 variant
    n = (n & ~(0xF000 << 64)) | (4 << 76)  # version 4
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


token_factory: Callable[[], str] = _uuid4
"""Makes idempotency tokens; replace it to make them predictable in tests."""


def new_idempotency_token() -> str:
    """A fresh idempotency token (a random UUID4 unless replaced)."""
    return token_factory()


class Pattern:
    """A regular expression compiled on first use, so that importing a module
    compiles none: a model's ``pattern`` (the text the model gives and its
    Python translation), or one of the runtime's own.
    """

    __slots__ = ("source", "translated", "_regex")

    def __init__(self, source: str, translated: str | None = None) -> None:
        self.source = source
        self.translated = source if translated is None else translated
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled translation."""
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.translated)
        return regex

    def search(self, value: str) -> bool:
        """Whether the pattern matches somewhere in ``value`` (patterns are not anchored)."""
        return self.regex.search(value) is not None
