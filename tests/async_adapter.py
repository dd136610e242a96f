"""Drive an ``AsyncClient`` with the synchronous client's tests.

:class:`AsyncAsSync` runs each of its coroutines on a private event loop, and
wraps a synchronous test transport (``send`` a plain method) as an
asynchronous one, so that a test written for ``Client`` runs unchanged
against ``AsyncClient``: the same behaviour, through the asyncio driver.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any


class AsyncTransport:
    """A synchronous transport, awaited."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        result: tuple[int, Mapping[str, str], bytes] = self.inner.send(method, url, headers, body, timeout)
        return result


class AsyncAsSync:
    """An AsyncClient whose coroutines are run to completion on a private loop."""

    def __init__(self, factory: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        http = kwargs.get("http")
        if http is not None and not inspect.iscoroutinefunction(http.send):
            kwargs["http"] = AsyncTransport(http)
        self._loop = asyncio.new_event_loop()
        self._client = factory(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._client, name)
        if inspect.iscoroutinefunction(attr):
            return lambda *a, **k: self._loop.run_until_complete(attr(*a, **k))
        return attr

    def __repr__(self) -> str:
        return repr(self._client)

    def close(self) -> None:
        if not self._loop.is_closed():
            self._loop.run_until_complete(self._client.aclose())
            self._loop.close()

    def __enter__(self) -> AsyncAsSync:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncFlavour:
    """A generated package whose ``Client`` is its ``AsyncClient``, driven synchronously."""

    def __init__(self, package: ModuleType) -> None:
        self._package = package

    def __getattr__(self, name: str) -> Any:
        if name == "Client":
            return functools.partial(AsyncAsSync, self._package.AsyncClient)
        return getattr(self._package, name)
