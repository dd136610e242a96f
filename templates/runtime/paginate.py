"""Paging: ask for every page of a listing, one call per page.

Part of the runtime every generated package of this output folder shares.
A package's ``paginators`` module describes each paginator of its model as
a :class:`Paginator`: plain functions, generated from the model's
``paginators-1.json``, that read the next page's tokens from a page, put
them in the request, set the page size and list a page's items.

:class:`Pages` decides which request to send next and notices a token the
service sent before; it does no I/O, so the synchronous driver here
(:func:`pages`, which the generated ``Client.<operation>_pages`` uses) and
the asynchronous one (:func:`apages`, ``AsyncClient.<operation>_pages``)
run it alike: ask ``request``, call, ``received(page)``.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Generic, TypeVar

I = TypeVar("I")  # noqa: E741 - the operation's input
O = TypeVar("O")  # noqa: E741 - the operation's output: a page
K = TypeVar("K")  # the tokens of a page (a tuple, one per input token)
T = TypeVar("T")  # an item of a page


class PaginationError(Exception):
    """The service sent page tokens it had sent before: the pages would
    never end.  ``operation`` is the operation, ``tokens`` the repeated
    tokens and ``page`` the number of the page that carried them."""

    def __init__(self, operation: str, tokens: object, page: int) -> None:
        super().__init__(
            f"{operation}: page {page} carries the tokens {tokens!r}, which an "
            "earlier page carried: the pages would never end"
        )
        self.operation = operation
        self.tokens = tokens
        self.page = page


@dataclasses.dataclass(frozen=True, slots=True)
class Paginator(Generic[I, O, K, T]):
    """One paginator of a model, as functions of its requests and pages.

    ``next_tokens(page)``: the tokens of the page after ``page``, or None
    when it is the last (no token, or ``more_results`` false);
    ``with_tokens(request, tokens)``: the request for that page;
    ``with_page_size(request, size)``: the request with its limit member set
    (None: the operation has no page size); ``items(page)``: the page's
    items (None: the paginator has no one list of results).
    """

    operation: str
    next_tokens: Callable[[O], K | None]
    with_tokens: Callable[[I, K], I]
    with_page_size: Callable[[I, int], I] | None = None
    items: Callable[[O], Iterable[T]] | None = None


class Pages(Generic[I, O, K, T]):
    """Which page to ask for next; no I/O.

    ``request`` is the request of the next page (None when there is no more
    to ask for); ``received(page)`` records the page that request brought.
    """

    __slots__ = ("_paginator", "_request", "_max_pages", "_count", "_seen", "_listed")

    def __init__(
        self,
        paginator: Paginator[I, O, K, T],
        request: I,
        *,
        page_size: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        if page_size is not None:
            if paginator.with_page_size is None:
                raise ValueError(f"{paginator.operation} has no page size to set")
            if isinstance(page_size, bool) or page_size < 1:
                raise ValueError(f"page_size must be at least 1, got {page_size!r}")
            request = paginator.with_page_size(request, page_size)
        if max_pages is not None and (isinstance(max_pages, bool) or max_pages < 1):
            raise ValueError(f"max_pages must be at least 1, got {max_pages!r}")
        self._paginator = paginator
        self._request: I | None = request
        self._max_pages = max_pages
        self._count = 0
        self._seen: set[object] = set()
        self._listed: list[object] = []  # tokens that cannot be hashed

    @property
    def request(self) -> I | None:
        """The request of the next page, or None: the pages are all there."""
        return self._request

    @property
    def count(self) -> int:
        """How many pages were received."""
        return self._count

    def received(self, page: O) -> None:
        """Record the page the last ``request`` brought; raises
        :class:`PaginationError` when its tokens were seen before."""
        request = self._request
        if request is None:
            raise RuntimeError("no page was asked for")
        self._count += 1
        tokens = self._paginator.next_tokens(page)
        if tokens is None or (
            self._max_pages is not None and self._count >= self._max_pages
        ):
            self._request = None
            return
        if self._repeated(tokens):
            self._request = None
            raise PaginationError(self._paginator.operation, tokens, self._count)
        self._request = self._paginator.with_tokens(request, tokens)

    def _repeated(self, tokens: K) -> bool:
        try:
            if tokens in self._seen:
                return True
            self._seen.add(tokens)
        except TypeError:  # a token holding a dict or a list
            if tokens in self._listed:
                return True
            self._listed.append(tokens)
        return False


def pages(
    call: Callable[[I], O],
    paginator: Paginator[I, O, K, T],
    request: I,
    *,
    page_size: int | None = None,
    max_pages: int | None = None,
) -> Iterator[O]:
    """Every page, each one ``call`` (checks the arguments at once; calls
    nothing until the first page is asked for)."""
    return _drive(
        call, Pages(paginator, request, page_size=page_size, max_pages=max_pages)
    )


def _drive(call: Callable[[I], O], state: Pages[I, O, K, T]) -> Iterator[O]:
    while (request := state.request) is not None:
        page = call(request)
        yield page  # the page first: a repeated token is raised after it, as botocore does
        state.received(page)


def items(
    pages: Iterator[O],
    paginator: Paginator[I, O, K, T],
    *,
    max_items: int | None = None,
) -> Iterator[T]:
    """The items of every page, ``max_items`` at most: no page is asked for
    once that many items were read."""
    extract = _extractor(paginator, max_items)
    flat = itertools.chain.from_iterable(map(extract, pages))
    return flat if max_items is None else itertools.islice(flat, max_items)


def _extractor(
    paginator: Paginator[I, O, K, T], max_items: int | None
) -> Callable[[O], Iterable[T]]:
    extract = paginator.items
    if extract is None:
        raise ValueError(f"{paginator.operation} has no one list of items")
    if max_items is not None and (isinstance(max_items, bool) or max_items < 0):
        raise ValueError(f"max_items must be at least 0, got {max_items!r}")
    return extract


# --- asyncio -------------------------------------------------------------------


def apages(
    call: Callable[[I], Awaitable[O]],
    paginator: Paginator[I, O, K, T],
    request: I,
    *,
    page_size: int | None = None,
    max_pages: int | None = None,
) -> AsyncIterator[O]:
    """Every page, each one awaited ``call``: :func:`pages` for ``async for``
    (checks the arguments at once; calls nothing until the first page is
    asked for)."""
    return _adrive(
        call, Pages(paginator, request, page_size=page_size, max_pages=max_pages)
    )


async def _adrive(
    call: Callable[[I], Awaitable[O]], state: Pages[I, O, K, T]
) -> AsyncIterator[O]:
    while (request := state.request) is not None:
        page = await call(request)
        yield page  # the page first, as in _drive
        state.received(page)


def aitems(
    pages: AsyncIterator[O],
    paginator: Paginator[I, O, K, T],
    *,
    max_items: int | None = None,
) -> AsyncIterator[T]:
    """:func:`items` for ``async for``: no page is asked for once
    ``max_items`` items were read."""
    return _aitems(pages, _extractor(paginator, max_items), max_items)


async def _aitems(
    pages: AsyncIterator[O],
    extract: Callable[[O], Iterable[T]],
    max_items: int | None,
) -> AsyncIterator[T]:
    if max_items == 0:
        return
    count = 0
    try:
        async for page in pages:
            for item in extract(page):
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return
    finally:
        close = getattr(pages, "aclose", None)
        if close is not None:
            await close()  # the page driver stops now, not when collected
