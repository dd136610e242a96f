"""Turn the HTML ``documentation`` strings of AWS service models into reST.

The documentation in a botocore ``service-2.json`` model is a fragment of
loosely written HTML: ``<p>``, ``<code>``, ``<a href>``, lists, ``<note>``
and ``<important>`` (AWS-specific), definition lists, ``<pre>``, headings
and character references, sometimes unclosed or malformed, sometimes plain
text.  :func:`html_to_rst` converts one such fragment into reStructuredText
that reads well as plain text in a docstring and parses cleanly with
docutils; :func:`first_sentence` picks a summary line out of the result.

Conversion rules (see the tests for exact output):

* Block elements (``<p>``, ``<div>``, ...) become paragraphs separated by
  one blank line.  Text is wrapped at ``width`` columns; a line is broken
  only at a space, never inside an inline literal or a URL, so a line may
  exceed ``width`` when one such unit is wider than the room left.
* ``<code>`` (also ``<tt>``, ``<kbd>``, ``<samp>``) becomes an inline literal
  ````x````.  Code text that an inline literal cannot hold (it contains
  two backticks in a row, or starts or ends with a backtick) becomes
  ``:literal:`x``` with backticks and backslashes escaped.
* ``<a href="U">text</a>`` becomes the anonymous reference
  ```text <U>`__``; characters that cannot appear in an embedded URI
  (space, ``<``, ``>``, backtick, backslash, a trailing ``_``) are
  percent-encoded.  A link whose text is its URL becomes the bare URL (when
  the URL is one docutils recognises unambiguously), a link without an
  ``href`` is just its text.
* ``<b>``/``<strong>`` become ``**x**`` and ``<i>``/``<em>``/``<cite>``/
  ``<var>`` become ``*x*``.  Whitespace just inside an element moves
  outside the markers, and an element with no visible text gets no markup.
* reST cannot nest inline markup, so one kind wins for each piece of text:
  link over literal over strong over emphasis.  ``<b>see <code>x</code></b>``
  gives ``**see** ``x````.
* Where markup touches text that is not whitespace or suitable punctuation
  (``<code>ARN</code>s``) the reST escaped space ``\\ `` is inserted, which
  renders as nothing: ````ARN``\\ s``.
* ``<ul>`` items become ``- `` bullets, ``<ol>`` items ``1.``, ``2.``, ...
  (honouring ``start``), continuation lines are indented under the item's
  text, nested lists are indented and set off by blank lines.  A list whose
  items are all single paragraphs is compact; otherwise items are separated
  by blank lines.  Empty items are dropped.
* ``<dl>``: each ``<dt>`` is a term line (never wrapped), its ``<dd>`` is
  indented four spaces beneath.
* ``<note>`` and ``<important>`` become ``.. note::`` and ``.. important::``
  directives with the content indented three spaces.
* ``<pre>`` becomes a ``::`` literal block indented four spaces, with its
  line structure kept (tabs expanded, common indentation removed).
* ``<h1>``..``<h6>`` become a paragraph in strong emphasis.  ``<br>`` and
  ``<hr>`` end the paragraph.  Other tags are dropped and their text kept;
  comments, declarations and processing instructions are dropped.
* Whitespace collapses as in HTML, except that every Unicode space
  (including no-break space) counts as a space, so that a line never starts
  or ends with invisible whitespace.  Character references are decoded.
  Control characters are removed and lone surrogates become U+FFFD.
* Text that reST would read as markup is escaped with a backslash only
  where reST would actually read it so: an ``*``, backtick or ``|`` that
  could open inline markup, an ``_`` that could end a reference
  (``name_``) or open an inline target (``_```), a paragraph whose first
  line would start a list, table, directive, section adornment and the
  like, a trailing ``::``.  Any other
  backslash in the text is kept as it is; it is doubled only where it
  would otherwise escape markup or whitespace that this module emits.

The functions are total (any ``str`` gives a ``str``, never an exception),
deterministic, and use only the standard library.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Container, Iterable, Sequence
from html.parser import HTMLParser
from typing import Final, Literal, TypeAlias, TypeVar, cast

__all__ = ["first_sentence", "html_to_rst"]

# --------------------------------------------------------------------------
# Character classes and patterns
# --------------------------------------------------------------------------

# Text: every Unicode space collapses; other control characters are dropped.
_WS_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile(
    "["
    + "".join(
        re.escape(chr(c))
        for c in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0))
        if not chr(c).isspace()
    )
    + "]"
)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")

# Characters after which inline markup may start / before which it may end
# (a conservative subset of docutils' rules: where unsure we insert "\ ").
_QUOTES = "\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a\u201e\u201a"
_START_OK = frozenset("-:/'\"<([{" + _QUOTES)
_END_OK = frozenset("-.,:;!?\\/'\")]}>" + _QUOTES)
# docutils refuses a start-string between a matching pair: '(' + '``)...'
_QUOTE_PAIRS = {
    "'": "'",
    '"': '"',
    "(": ")",
    "<": ">",
    "[": "]",
    "{": "}",
    "\u2018": "\u2019\u201a",
    "\u2019": "\u2018\u2019",
    "\u201c": "\u201d\u201e",
    "\u201d": "\u201c\u201d",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab\u00bb",
    "\u2039": "\u203a",
    "\u203a": "\u2039\u203a",
    "\u201e": "\u201f\u201c\u201d",
    "\u201a": "\u201b\u2018\u2019",
}

# First lines that docutils would not read as the start of a paragraph
# (patterns copied from docutils.parsers.rst.states.Body).
_ENUM = r"(?:[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)"
_OPTARG = r"(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)"
_OPTION = (
    r"(?:(?:-|\+)[a-zA-Z0-9](?: ?%(a)s)?|(?:--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =]%(a)s)?)"
    % {"a": _OPTARG}
)
_LINE_PAT = r"([!-/:-@\[-`{-~])\1* *$"
_BLOCK_START_RE = re.compile(
    "|".join(
        [
            r"[-+*\u2022\u2023\u2043](?: +|$)",  # bullet list
            r"(?:\(%(e)s\)|%(e)s\)|%(e)s\.)(?: +|$)" % {"e": _ENUM},  # enumerated
            r":(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):(?: +|$)",  # field
            r"%(o)s(?:, %(o)s)*(?:  +| ?$)" % {"o": _OPTION},  # option list
            r">>>(?: +|$)",  # doctest
            r"\|(?: +|$)",  # line block
            r"\+-[-+]+-\+ *$",  # grid table
            r"=+(?: +=+)+ *$",  # simple table
            r"\.\.(?: +|$)",  # explicit markup
            r"__(?: +|$)",  # anonymous target
            _LINE_PAT,  # transition or section adornment
        ]
    )
)
_UNDERLINE_RE = re.compile(_LINE_PAT)
_LITERAL_NEXT_RE = re.compile(r"(?<!\\)(\\\\)*::$")

# A URL that can stand alone as text and that docutils recognises whole.
_BARE_URL_RE = re.compile(
    r"(?:https?|ftp)://[A-Za-z0-9][A-Za-z0-9\-._~:/?#\[\]@!$&'()+,;=%]*"
    r"|mailto:[A-Za-z0-9][A-Za-z0-9\-._~@+%]*"
)
_EOF_MARKUP_RE = re.compile(r"<[A-Za-z/!?]")
_URL_UNSAFE_RE = re.compile(r"[\s<>`\\]")

# --------------------------------------------------------------------------
# Tag classes
# --------------------------------------------------------------------------

_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_CODE_TAGS = frozenset(("code", "tt", "kbd", "samp"))
_BOLD_TAGS = frozenset(("b", "strong"))
_ITALIC_TAGS = frozenset(("i", "em", "cite", "var", "dfn"))
_LIST_TAGS = frozenset(("ul", "ol", "menu", "dir"))
_ADMONITIONS = {"note": "note", "important": "important"}
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_PARA_TAGS = frozenset(
    """p div section article header footer main aside nav blockquote center
    address figure figcaption fieldset form details summary table thead tbody
    tfoot tr td th caption body html head title fullname examples example
    """.split()
)
# Elements that an implied </li> or </dd> does not reach past.
_LI_SCOPE = _LIST_TAGS | {"dl", "note", "important", "table"}
_DD_SCOPE = _LIST_TAGS | {"dl", "note", "important", "table"}

_BLOCKISH = (
    _PARA_TAGS
    | _LIST_TAGS
    | _HEADINGS
    | set(_ADMONITIONS)
    | {"li", "dl", "dt", "dd", "pre", "hr"}
)

_MAX_DEPTH = 80  # deeper start tags are ignored (their text is kept)

_BOLD, _ITALIC, _CODE = 1, 2, 4


class _Break(enum.Enum):
    BR = "br"


_BR: Final = _Break.BR  # paragraph break inside a run list

#: A link's key: ("a", number of the link in the fragment, url).
_LinkKey: TypeAlias = "tuple[Literal['a'], int, str]"
#: How a run of text is marked up: a link, "code", "b" (strong), "i"
#: (emphasis) or "" (plain text).
_RunKey: TypeAlias = "_LinkKey | Literal['code', 'b', 'i', '']"
#: A run of text (also a segment: a word or a marked-up piece of text).
_Run: TypeAlias = "tuple[str, _RunKey]"
#: A rendered piece: (text, breakable, opens_markup); see :func:`_render_seg`.
_Piece: TypeAlias = "tuple[str, bool, bool]"
_Block: TypeAlias = "_Para | _List | _DefList | _Admonition | _Literal"


def _clean(text: str) -> str:
    """Drop control characters and replace lone surrogates."""
    if _CONTROL_RE.search(text):
        text = _CONTROL_RE.sub("", text)
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
    return text


# --------------------------------------------------------------------------
# HTML -> element tree
# --------------------------------------------------------------------------


class _Elem:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Elem | str] = []


class _TreeBuilder(HTMLParser):
    """A forgiving HTML parser building a plain tree of :class:`_Elem`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Elem("#root", {})
        self.stack = [self.root]
        self.closing = False
        self.tail: list[str] = []

    def close(self) -> None:
        # At the end of input html.parser reports an unfinished tag, comment
        # or declaration ("x <p cla") as text; like a browser, drop it.
        self.closing = True
        super().close()
        tail = "".join(self.tail)
        match = _EOF_MARKUP_RE.search(tail)
        if match:
            tail = tail[: match.start()]
        if tail:
            self.stack[-1].children.append(tail)

    # <script> and <style> are parsed like any other element, so that an
    # unclosed one does not turn the rest of the input into raw text.
    def set_cdata_mode(self, *args: object, **kwargs: object) -> None:  # noqa: D102
        pass

    def clear_cdata_mode(self, *args: object, **kwargs: object) -> None:  # noqa: D102
        pass

    @staticmethod
    def _attrs(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in attrs:
            out.setdefault(name, value if value is not None else "")
        return out

    def _close_implied(self, targets: Container[str], scope: Container[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in targets:
                del self.stack[i:]
                return
            if tag in scope:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.stack[-1].children.append(_Elem(tag, self._attrs(attrs)))
            return
        if tag == "li":
            self._close_implied(("li",), _LI_SCOPE)
        elif tag in ("dt", "dd"):
            self._close_implied(("dt", "dd"), _DD_SCOPE)
        if len(self.stack) > _MAX_DEPTH:
            return
        elem = _Elem(tag, self._attrs(attrs))
        self.stack[-1].children.append(elem)
        self.stack.append(elem)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Elem(tag, self._attrs(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # </br> is read as <br> by browsers
            self.stack[-1].children.append(_Elem("br", {}))
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self.closing:
            self.tail.append(data)
        elif data:
            self.stack[-1].children.append(data)

    # Comments, declarations, processing instructions: dropped.
    def handle_comment(self, data: str) -> None:
        pass

    def handle_decl(self, decl: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass


def _parse(html: str) -> _Elem:
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception:  # pragma: no cover - html.parser is lenient
        pass
    return builder.root


# --------------------------------------------------------------------------
# Element tree -> blocks
# --------------------------------------------------------------------------


class _Para:
    __slots__ = ("runs",)

    def __init__(self, runs: list[_Run]) -> None:
        self.runs = runs


class _List:
    __slots__ = ("ordered", "start", "items", "implicit")

    def __init__(
        self, ordered: bool = False, start: int = 1, implicit: bool = False
    ) -> None:
        self.ordered = ordered
        self.start = start
        self.items: list[list[_Block]] = []
        self.implicit = implicit


class _DefItem:
    __slots__ = ("term", "blocks", "closed")

    def __init__(self, term: list[_Run], blocks: list[_Block], closed: bool) -> None:
        self.term = term  # the runs of the term ([] if none)
        self.blocks = blocks
        self.closed = closed  # closed by a <dd> (or by content without a term)


class _DefList:
    __slots__ = ("items", "implicit")

    def __init__(self, implicit: bool = False) -> None:
        self.items: list[_DefItem] = []
        self.implicit = implicit


class _Admonition:
    __slots__ = ("kind", "blocks")

    def __init__(self, kind: str, blocks: list[_Block]) -> None:
        self.kind = kind
        self.blocks = blocks


class _Literal:
    __slots__ = ("lines",)

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines


_ImplicitBlock = TypeVar("_ImplicitBlock", _List, _DefList)


def _run_key(flags: int, link: _LinkKey | None) -> _RunKey:
    if link is not None:
        return link  # ("a", id, url)
    if flags & _CODE:
        return "code"
    if flags & _BOLD:
        return "b"
    if flags & _ITALIC:
        return "i"
    return ""


def _has_text(runs: Iterable[_Run | _Break]) -> bool:
    for run in runs:
        if run is not _BR and run[0].strip():
            return True
    return False


class _Context:
    """Per-conversion state (link numbering)."""

    def __init__(self) -> None:
        self.next_link = 0

    def link(self, href: str) -> _LinkKey:
        self.next_link += 1
        return ("a", self.next_link, href)


class _Blocks:
    """Walks an element's children, producing a list of blocks."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.blocks: list[_Block] = []
        self.runs: list[_Run | _Break] = []

    def build(
        self, elem: _Elem, flags: int = 0, link: _LinkKey | None = None
    ) -> list[_Block]:
        self.walk(elem, flags, link)
        self.flush()
        return self.blocks

    def flush(self) -> None:
        runs, self.runs = self.runs, []
        para: list[_Run] = []
        for run in runs + [_BR]:
            if run is _BR:
                if _has_text(para):
                    self.blocks.append(_Para(para))
                para = []
            else:
                para.append(run)

    def _implicit(self, cls: type[_ImplicitBlock]) -> _ImplicitBlock:
        self.flush()
        last = self.blocks[-1] if self.blocks else None
        if isinstance(last, cls) and last.implicit:
            return last
        block = cls(implicit=True)
        self.blocks.append(block)
        return block

    def walk(self, elem: _Elem, flags: int, link: _LinkKey | None) -> None:
        for child in elem.children:
            if isinstance(child, str):
                self.runs.append((child, _run_key(flags, link)))
                continue
            tag = child.tag
            if tag in _CODE_TAGS:
                self.walk(child, flags | _CODE, link)
            elif tag in _BOLD_TAGS:
                self.walk(child, flags | _BOLD, link)
            elif tag in _ITALIC_TAGS:
                self.walk(child, flags | _ITALIC, link)
            elif tag == "a":
                href = _clean(child.attrs.get("href", "")).strip()
                self.walk(child, flags, self.ctx.link(href) if href else link)
            elif tag == "br":
                self.runs.append(_BR)
            elif tag == "hr":
                self.flush()
            elif tag in _PARA_TAGS:
                self.flush()
                self.walk(child, flags, link)
                self.flush()
            elif tag in _HEADINGS:
                self.flush()
                self.walk(child, flags | _BOLD, link)
                self.flush()
            elif tag in _LIST_TAGS:
                self.flush()
                block = self.list_block(child, flags, link)
                if block.items:
                    self.blocks.append(block)
            elif tag == "li":
                blocks = _Blocks(self.ctx).build(child, flags, link)
                if blocks:
                    self._implicit(_List).items.append(blocks)
            elif tag == "dl":
                self.flush()
                deflist = _DefList()
                self.fill_deflist(deflist, child.children, flags, link)
                if deflist.items:
                    self.blocks.append(deflist)
            elif tag in ("dt", "dd"):
                deflist = self._implicit(_DefList)  # now the last block
                self.fill_deflist(deflist, [child], flags, link)
                if not deflist.items:
                    self.blocks.pop()
            elif tag in _ADMONITIONS:
                self.flush()
                blocks = _Blocks(self.ctx).build(child, flags, link)
                if blocks:
                    self.blocks.append(_Admonition(_ADMONITIONS[tag], blocks))
            elif tag == "pre":
                self.flush()
                lines = _pre_lines(child)
                if lines:
                    self.blocks.append(_Literal(lines))
            else:  # unknown or inline-transparent element: keep its text
                self.walk(child, flags, link)

    def list_block(self, elem: _Elem, flags: int, link: _LinkKey | None) -> _List:
        start = 1
        if elem.tag == "ol":
            raw = elem.attrs.get("start", "").strip()
            if raw.isdigit() and raw.isascii() and 0 < len(raw) < 10:
                start = max(1, int(raw))
        block = _List(elem.tag == "ol", start)
        stray = _Elem("#stray", {})

        def flush_stray() -> None:
            if stray.children:
                blocks = _Blocks(self.ctx).build(stray, flags, link)
                stray.children = []
                if blocks:
                    if block.items:  # e.g. <ul><li>a</li><ul>..</ul></ul>
                        block.items[-1].extend(blocks)
                    else:
                        block.items.append(blocks)

        for child in elem.children:
            if isinstance(child, _Elem) and child.tag == "li":
                flush_stray()
                blocks = _Blocks(self.ctx).build(child, flags, link)
                if blocks:
                    block.items.append(blocks)
            else:
                stray.children.append(child)
        flush_stray()
        return block

    def fill_deflist(
        self,
        block: _DefList,
        children: Iterable[_Elem | str],
        flags: int,
        link: _LinkKey | None,
    ) -> None:
        items = block.items
        stray = _Elem("#stray", {})

        def flush_stray() -> None:
            if stray.children:
                blocks = _Blocks(self.ctx).build(stray, flags, link)
                stray.children = []
                if blocks:
                    if items and items[-1].closed:
                        items[-1].blocks.extend(blocks)
                    else:
                        items.append(_DefItem([], blocks, True))

        for child in children:
            if isinstance(child, _Elem) and child.tag == "dt":
                flush_stray()
                runs: list[_Run] = []
                _inline_runs(child, flags, link, runs, self.ctx)
                if not _has_text(runs):
                    continue
                if items and not items[-1].closed and items[-1].term:
                    # <dt>a</dt><dt>b</dt>: one term "a, b"
                    comma: list[_Run] = [(", ", "")]
                    items[-1].term.extend(comma + runs)
                else:
                    items.append(_DefItem(runs, [], False))
            elif isinstance(child, _Elem) and child.tag == "dd":
                flush_stray()
                blocks = _Blocks(self.ctx).build(child, flags, link)
                if items and (not items[-1].closed or items[-1].blocks):
                    items[-1].blocks.extend(blocks)
                    items[-1].closed = True
                elif blocks:
                    items.append(_DefItem([], blocks, True))
            else:
                stray.children.append(child)
        flush_stray()


def _inline_runs(
    elem: _Elem, flags: int, link: _LinkKey | None, out: list[_Run], ctx: _Context
) -> None:
    """Collect the text of ``elem`` as runs, ignoring block structure."""
    for child in elem.children:
        if isinstance(child, str):
            out.append((child, _run_key(flags, link)))
            continue
        tag = child.tag
        if tag in _VOID:
            out.append((" ", ""))
            continue
        sub_flags, sub_link = flags, link
        if tag in _CODE_TAGS:
            sub_flags |= _CODE
        elif tag in _BOLD_TAGS or tag in _HEADINGS:
            sub_flags |= _BOLD
        elif tag in _ITALIC_TAGS:
            sub_flags |= _ITALIC
        elif tag == "a":
            href = _clean(child.attrs.get("href", "")).strip()
            if href:
                sub_link = ctx.link(href)
        block = tag in _BLOCKISH
        if block:
            out.append((" ", ""))
        _inline_runs(child, sub_flags, sub_link, out, ctx)
        if block:
            out.append((" ", ""))


def _pre_text(elem: _Elem, out: list[str]) -> None:
    for child in elem.children:
        if isinstance(child, str):
            out.append(child)
        elif child.tag == "br":
            out.append("\n")
        else:
            if child.tag in _PARA_TAGS or child.tag == "li":
                out.append("\n")
            _pre_text(child, out)


def _pre_lines(elem: _Elem) -> list[str]:
    parts: list[str] = []
    _pre_text(elem, parts)
    text = _clean("".join(parts).replace("\r\n", "\n"))
    lines: list[str] = []
    for line in text.splitlines():
        line = line.expandtabs(8)
        line = "".join(" " if ch.isspace() else ch for ch in line).rstrip()
        lines.append(line)
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line]
    cut = min(indents) if indents else 0
    return [line[cut:] for line in lines]


# --------------------------------------------------------------------------
# Inline rendering
# --------------------------------------------------------------------------


def _segments(runs: Iterable[_Run]) -> list[_Run | None]:
    """Runs -> [(text, key) | None (a space)], whitespace collapsed."""
    merged: list[tuple[list[str], _RunKey]] = []
    for text, key in runs:
        if merged and merged[-1][1] == key:
            merged[-1][0].append(text)
        else:
            merged.append(([text], key))
    segs: list[_Run | None] = []
    for parts, key in merged:
        text = _WS_RE.sub(" ", _clean("".join(parts)))
        if not key:
            words = text.split(" ")
            for i, word in enumerate(words):
                if i:
                    segs.append(None)
                if word:
                    segs.append((word, ""))
        else:
            core = text.strip(" ")
            if text.startswith(" "):
                segs.append(None)
            if core:
                segs.append((core, key))
                if text.endswith(" "):
                    segs.append(None)
    out: list[_Run | None] = []
    for seg in segs:
        if seg is None:
            if out and out[-1] is not None:
                out.append(None)
        else:
            out.append(seg)
    if out and out[-1] is None:
        out.pop()
    return out


def _double_backslashes(chars: list[str], src: str) -> None:
    """Double each run of backslashes in ``src`` that would escape something
    this module relies on: an escape it emits, whitespace, or the end."""
    n = len(src)
    i = 0
    while i < n:
        if src[i] != "\\":
            i += 1
            continue
        j = i
        while j < n and src[j] == "\\":
            j += 1
        if j == n or chars[j].startswith("\\") or src[j].isspace():
            for k in range(i, j):
                chars[k] = "\\\\"
        i = j


def _escape_text(word: str, prev: str | None, nxt: str | None) -> str:
    """Escape a word of plain text (no spaces) for reST.

    ``prev``/``nxt`` describe the neighbours: ``" "`` for a space or the
    start/end of the paragraph, ``None`` for adjacent markup (unknown).
    """
    if not any(c in word for c in "*`|_\\"):
        return word
    n = len(word)
    chars = list(word)
    i = 0
    while i < n:
        c = word[i]
        if c in "*`|":
            before = word[i - 1] if i else prev
            after = word[i + 1] if i + 1 < n else nxt
            if (before is None or not before.isalnum()) and after != " ":
                chars[i] = "\\" + c
            i += 1
        elif c == "_":
            j = i
            while j < n and word[j] == "_":
                j += 1
            before = word[i - 1] if i else prev
            after = word[j] if j < n else nxt
            ends_reference = (
                before is None or before.isalnum() or before in "]`"
            ) and (after is None or not after.isalnum())
            starts_target = after == "`"  # "_`" opens an inline target
            if ends_reference or starts_target:
                for k in range(i, j):
                    chars[k] = "\\_"
            i = j
        else:
            i += 1
    _double_backslashes(chars, word)
    return "".join(chars)


def _escape_emphasis(text: str) -> str:
    chars = ["\\*" if c == "*" else c for c in text]
    _double_backslashes(chars, text)
    return "".join(chars)


def _escape_link_text(text: str) -> str:
    chars = ["\\`" if c == "`" else c for c in text]
    _double_backslashes(chars, text)
    return "".join(chars)


def _percent(match: re.Match[str]) -> str:
    return "".join("%%%02X" % b for b in match.group().encode("utf-8", "replace"))


def _url(href: str) -> str:
    url = re.sub(r"[\t\n\r]", "", href)  # as a browser's URL parser does
    url = _URL_UNSAFE_RE.sub(_percent, url)
    if url.endswith("_"):
        stripped = url.rstrip("_")
        url = stripped + "%5F" * (len(url) - len(stripped))
    return url


def _code(text: str) -> str:
    if "``" in text or text.startswith("`") or text.endswith("`"):
        return ":literal:`" + text.replace("\\", "\\\\").replace("`", "\\`") + "`"
    return "``" + text + "``"


def _render_seg(
    text: str, key: _RunKey, prev: str | None, nxt: str | None
) -> tuple[list[_Piece], bool, str]:
    """Return (pieces, is_markup, first content char) for one segment.

    A piece is ``(text, breakable, opens_markup)``: spaces in a breakable
    piece are places to wrap, ``opens_markup`` marks a piece that starts
    with an inline markup start-string.
    """
    if not key:
        return [(_escape_text(text, prev, nxt), False, False)], False, text[0]
    if key == "code":
        return [(_code(text), False, True)], True, text[0]
    if key == "b":
        esc = _escape_emphasis(text)
        return [("**" + esc + "**", True, True)], True, esc[0]
    if key == "i":
        esc = _escape_emphasis(text)
        return [("*" + esc + "*", True, True)], True, esc[0]
    href = key[2]
    if (
        text == href
        and _BARE_URL_RE.fullmatch(href)
        and not re.search(r"_(?!\w)", href)
    ):
        return [(href, False, False)], False, text[0]
    url = _url(href)
    if not url:  # pragma: no cover - href is never blank here
        return [(_escape_text(text, prev, nxt), True, False)], False, text[0]
    esc = _escape_link_text(text)
    pieces = [
        ("`" + esc, True, True),
        (" ", True, False),
        ("<" + url + ">`__", False, False),
    ]
    return pieces, True, esc[0]


def _inline_pieces(segs: Sequence[_Run | None]) -> list[_Piece]:
    """Segments -> pieces (see _render_seg) with adjacency escapes inserted."""
    pieces: list[_Piece] = []
    last_char: str | None = None  # last rendered char of the previous segment
    last_markup = False
    for idx, seg in enumerate(segs):
        if seg is None:
            pieces.append((" ", True, False))
            last_char = None
            continue
        text, key = seg
        prev = " " if idx == 0 or segs[idx - 1] is None else None
        nxt = " " if idx + 1 == len(segs) or segs[idx + 1] is None else None
        rendered, markup, content_first = _render_seg(text, key, prev, nxt)
        if last_char is not None and (markup or last_markup):
            first_char = rendered[0][0][0]
            need = False
            if markup and (
                last_char not in _START_OK
                or content_first in _QUOTE_PAIRS.get(last_char, "")
            ):
                need = True
            if last_markup and first_char not in _END_OK:
                need = True
            if need:
                pieces.append(("\\ ", False, False))
        pieces.extend(rendered)
        last_char = rendered[-1][0][-1]
        last_markup = markup
    return pieces


def _atoms(pieces: Iterable[_Piece]) -> tuple[list[str], set[int]]:
    """Pieces -> unbreakable words, and the indices of words opening markup."""
    atoms: list[str] = []
    markup: set[int] = set()
    cur: list[str] = []
    cur_markup = False

    def add(text: str, opens: bool) -> None:
        nonlocal cur_markup
        if text and not cur:
            cur_markup = opens
        if text:
            cur.append(text)

    def end_word() -> None:
        nonlocal cur
        if cur:
            if cur_markup:
                markup.add(len(atoms))
            atoms.append("".join(cur))
            cur = []

    for text, breakable, opens in pieces:
        if breakable and " " in text:
            parts = text.split(" ")
            add(parts[0], opens)
            for part in parts[1:]:
                end_word()
                add(part, False)
        else:
            add(text, opens)
    end_word()
    return atoms, markup


def _wrap(atoms: list[str], width: int) -> list[list[int]]:
    """Greedy wrap; returns the atom indices of each line."""
    lines: list[list[int]] = []
    line: list[int] = []
    length = 0
    for i, atom in enumerate(atoms):
        size = len(atom)
        if line and length + 1 + size > width:
            lines.append(line)
            line, length = [i], size
        else:
            length += size + (1 if line else 0)
            line.append(i)
    if line:
        lines.append(line)
    return lines


def _protect_line_start(atoms: list[str], markup: set[int], i: int) -> None:
    # "\" escapes the first character.  Before markup (whose start-string
    # must stay unescaped) and before a backslash (a line of backslashes
    # would still be a line of backslashes) the escaped space "\ ", which
    # renders as nothing, does the same job.
    atom = atoms[i]
    atoms[i] = ("\\ " if i in markup or atom.startswith("\\") else "\\") + atom
    markup.discard(i)


def _para_lines(runs: Iterable[_Run], width: int, wrap: bool = True) -> list[str]:
    segs = _segments(runs)
    if not segs:
        return []
    atoms, markup = _atoms(_inline_pieces(segs))
    if not atoms:
        return []
    width = width if wrap else 1 << 30
    protected: set[int] = set()
    while True:
        lines = _wrap(atoms, width)
        first = lines[0][0]
        if first not in protected and _BLOCK_START_RE.match(
            " ".join(atoms[i] for i in lines[0])
        ):
            protected.add(first)
            _protect_line_start(atoms, markup, first)
            continue
        if len(lines) > 1:
            second = lines[1][0]
            if second not in protected and _UNDERLINE_RE.match(
                " ".join(atoms[i] for i in lines[1])
            ):
                protected.add(second)
                _protect_line_start(atoms, markup, second)
                continue
        break
    last = atoms[-1]
    if _LITERAL_NEXT_RE.search(last):
        atoms[-1] = last[:-2] + "\\::"
        lines = _wrap(atoms, width)
    return [" ".join(atoms[i] for i in line) for line in lines]


def _term_line(runs: Iterable[_Run]) -> str:
    lines = _para_lines(runs, 0, wrap=False)
    if not lines:
        return ""
    # " : " would start a classifier
    return re.sub(r"(?<= ):(?= )", r"\\:", lines[0])


# --------------------------------------------------------------------------
# Block rendering
# --------------------------------------------------------------------------


def _indent(lines: list[str], first: str, rest: str) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            out.append("")
        else:
            out.append((first if i == 0 else rest) + line)
    return out


def _is_simple(blocks: list[_Block]) -> bool:
    return len(blocks) == 1 and isinstance(blocks[0], _Para)


def _render(blocks: Iterable[_Block], width: int) -> list[str]:
    out: list[str] = []
    for block in blocks:
        lines = _render_block(block, width)
        if not lines:
            continue
        if out:
            out.append("")
        out.extend(lines)
    return out


def _render_block(block: _Block, width: int) -> list[str]:
    if isinstance(block, _Para):
        return _para_lines(block.runs, width)
    if isinstance(block, _List):
        return _render_list(block, width)
    if isinstance(block, _DefList):
        return _render_deflist(block, width)
    if isinstance(block, _Admonition):
        body = _render(block.blocks, max(1, width - 3))
        if not body:
            return []
        return [".. %s::" % block.kind, ""] + _indent(body, "   ", "   ")
    return ["::", ""] + _indent(block.lines, "    ", "    ")  # a _Literal


def _render_list(block: _List, width: int) -> list[str]:
    rendered: list[tuple[list[str], bool]] = []
    number = block.start
    for blocks in block.items:
        marker = "%d. " % number if block.ordered else "- "
        body = _render(blocks, max(1, width - len(marker)))
        if not body:
            continue
        number += 1
        pad = " " * len(marker)
        rendered.append((_indent(body, marker, pad), _is_simple(blocks)))
    loose = not all(simple for _, simple in rendered)
    out: list[str] = []
    for lines, _ in rendered:
        if out and loose:
            out.append("")
        out.extend(lines)
    return out


def _render_deflist(block: _DefList, width: int) -> list[str]:
    chunks: list[list[str]] = []
    compact = True
    pending: list[list[str]] = []  # consecutive items with terms

    def flush() -> None:
        nonlocal pending
        if pending:
            group: list[str] = []
            for lines in pending:
                if group and not compact:
                    group.append("")
                group.extend(lines)
            chunks.append(group)
            pending = []

    entries: list[tuple[str, list[str], list[_Block]]] = []
    for item in block.items:
        term_runs, blocks = item.term, item.blocks
        term = _term_line(term_runs) if term_runs else ""
        body = _render(blocks, max(1, width - 4))
        entries.append((term, body, blocks))
        if term and body and not _is_simple(blocks):
            compact = False
    for term, body, _blocks in entries:
        if term and body:
            pending.append([term] + _indent(body, "    ", "    "))
        elif term:  # a term without definition: a paragraph of its own
            flush()
            chunks.append([term])
        elif body:  # a definition without term: its blocks, unindented
            flush()
            chunks.append(body)
    flush()
    out: list[str] = []
    for chunk in chunks:
        if out:
            out.append("")
        out.extend(chunk)
    return out


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def _fallback(html: str, width: int) -> str:
    """Last resort: strip anything tag-like and wrap what is left."""
    import html as html_module

    try:
        text = re.sub(r"<[^>]*>?", " ", html)
        text = html_module.unescape(text)
        return "\n".join(_para_lines([(text, "")], width))
    except Exception:  # pragma: no cover
        return ""


@functools.lru_cache(maxsize=8192)
def html_to_rst(html: str, width: int = 72) -> str:
    """Convert an AWS documentation HTML fragment to reStructuredText.

    Results are cached: a model repeats the same documentation on many
    members (half of Connect's 5,900 fragments are repeats).

    ``width`` is the column at which text is wrapped (at least 1).  The
    result has no leading or trailing blank lines and no trailing newline;
    it is ``""`` when the fragment has no visible text.
    """
    value = cast(object, html)  # untyped callers may pass anything: stay total
    if not isinstance(value, str):
        html = "" if value is None else str(value)
    try:
        width = max(1, int(width))
    except Exception:
        width = 72
    html = _clean(html)  # before parsing: removing "\0" from "<\0p>" makes a tag
    if "<" not in html and "&" not in html:
        root = _Elem("#root", {})
        root.children.append(html)
    else:
        root = _parse(html)
    try:
        blocks = _Blocks(_Context()).build(root)
        lines = _render(blocks, width)
    except Exception:  # pragma: no cover - defensive: stay total
        return _fallback(html, width)
    return "\n".join(line.rstrip() for line in lines).strip("\n")


_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs approx mr mrs ms dr st no nos fig ex incl".split()
)
_SENTENCE_CLOSERS = "\"')]\u2019\u201d"
_LIST_MARKER_RE = re.compile(
    r"(?:[-+*\u2022](?: +|$)|(?:\(%(e)s\)|%(e)s\)|%(e)s\.)(?: +|$))" % {"e": _ENUM}
)
_DIRECTIVE_RE = re.compile(r"\.\.\s+[\w-]+::")


def _skip_markup(text: str, i: int) -> int:
    """If inline markup starts at ``i``, return the index just past it."""
    n = len(text)
    if text.startswith("``", i):
        end = text.find("``", i + 2)
        while end != -1 and end + 2 < n and text[end + 2] == "`":
            end += 1
        return end + 2 if end != -1 else i + 1
    if text.startswith(":literal:`", i):
        j = i + len(":literal:`")
    elif text[i] == "`":
        j = i + 1
    elif text.startswith("**", i):
        end = text.find("**", i + 2)
        while end != -1 and text[end - 1] == "\\":
            end = text.find("**", end + 1)
        return end + 2 if end != -1 else i + 1
    elif text[i] == "*":
        j = i + 1
        while j < n:
            if text[j] == "\\":
                j += 2
                continue
            if text[j] == "*":
                return j + 1
            j += 1
        return i + 1
    else:
        return i + 1
    while j < n:  # interpreted text / reference: find the closing backtick
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == "`":
            j += 1
            while j < n and text[j] == "_":
                j += 1
            return j
        j += 1
    return i + 1


def _first_paragraph(rst: str) -> str:
    blocks: list[list[str]] = []
    cur: list[str] = []
    for line in rst.splitlines():
        if line.strip():
            cur.append(line.expandtabs(8))
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    skip_indent: int | None = None
    for block in blocks:
        indent = len(block[0]) - len(block[0].lstrip())
        if skip_indent is not None:
            if indent > skip_indent:
                continue  # content of a literal block
            skip_indent = None
        first = ""  # (set by the loop whenever block is not empty)
        while block:
            first = block[0].strip()
            indent = len(block[0]) - len(block[0].lstrip())
            marker = _LIST_MARKER_RE.match(first)
            while marker and marker.end() < len(first):
                first = first[marker.end() :]
                indent += marker.end()
                marker = _LIST_MARKER_RE.match(first)
            if _DIRECTIVE_RE.match(first):
                block = block[1:]  # the directive's content follows
                continue
            break
        if not block:
            continue
        if first == "::":
            skip_indent = indent
            continue
        if first.startswith("..") and (len(first) == 2 or first[2] == " "):
            continue  # comment or hyperlink target
        parts = [first]
        for line in block[1:]:
            if len(line) - len(line.lstrip()) != indent:
                break
            parts.append(line.strip())
        text = " ".join(p for p in parts if p)
        if text:
            return text
    return ""


def first_sentence(rst: str) -> str:
    """Return the first sentence of the first paragraph of ``rst``.

    Meant for the summary line of a docstring: inline markup is kept intact
    (a sentence never ends inside it) and the text is not wrapped.  A
    sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing
    quotes or brackets) followed by a space and a character that is not a
    lower-case letter; common abbreviations such as "e.g." do not end it.
    Without such an end the whole first paragraph is returned.
    """
    try:
        value = cast(object, rst)  # untyped callers may pass anything: stay total
        text = _first_paragraph(value if isinstance(value, str) else str(value))
        n = len(text)
        i = 0
        while i < n:
            c = text[i]
            if c == "\\":
                i += 2
                continue
            if c in "`*:":
                j = _skip_markup(text, i)
                if j > i + 1 or c != ":":
                    i = j
                    continue
            if c in ".!?":
                end = i + 1
                while end < n and text[end] in _SENTENCE_CLOSERS:
                    end += 1
                if end == n:
                    return text[:end]
                if text[end] == " ":
                    nxt = text[end + 1] if end + 1 < n else ""
                    word = text[:i].rsplit(" ", 1)[-1].lower().lstrip("(")
                    if (
                        not nxt.islower()
                        and not (c == "." and word in _ABBREVIATIONS)
                        and not (c == "." and len(word) == 1 and word.isalpha())
                    ):
                        return text[:end]
                i = end
                continue
            i += 1
        return text
    except Exception:  # pragma: no cover - defensive: stay total
        return ""
