"""Tests for generator.docs: AWS documentation HTML -> reStructuredText."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import time

# A test dependency: the generated docstrings must parse as reST.
import docutils.core
import docutils.nodes
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from generator.docs import first_sentence, html_to_rst  # noqa: E402

# Raw HTML tag text that must never survive conversion.
TAG_RE = re.compile(
    r"</?(?:p|code|a|b|i|em|strong|ul|ol|li|note|important|dl|dt|dd|pre|br|"
    r"h[1-6]|div|span)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def rst_problems(rst: str) -> list[str]:
    """docutils messages of level >= 2 (warning) for ``rst``."""
    stream = io.StringIO()
    overrides = {
        "report_level": 2,
        "halt_level": 5,
        "warning_stream": stream,
        "file_insertion_enabled": False,
        "raw_enabled": False,
    }
    tree = docutils.core.publish_doctree(rst, settings_overrides=overrides)
    walk = tree.findall if hasattr(tree, "findall") else tree.traverse
    messages = [
        node.astext()
        for node in walk(docutils.nodes.system_message)
        if node["level"] >= 2
    ]
    if not messages and stream.getvalue():
        messages.append(stream.getvalue())
    return messages


# --------------------------------------------------------------------------
# Paragraphs, whitespace, entities
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, expected",
    [
        ("", ""),
        ("   \n\t ", ""),
        ("<p></p><p>  </p>", ""),
        ("plain text, no tags", "plain text, no tags"),
        ("  plain\n\n  text  ", "plain text"),
        ("<p>One.</p> <p>Two.</p>", "One.\n\nTwo."),
        ("<p>a\n   b\t\tc</p>", "a b c"),
        ("<p>x</p>\n\n<p>   </p>\n", "x"),
        (
            "<p>A &amp; B &lt;tag&gt; &#x2019; &#8212; &quot;q&quot;</p>",
            'A & B <tag> \u2019 \u2014 "q"',
        ),
        ("AT&T &unknown; &amp", "AT&T &unknown; &"),
        ("<p>a<br/>b<br>c</p>", "a\n\nb\n\nc"),
        ("<p>a<br/><br/><br/>b</p>", "a\n\nb"),
        ("<p>a</p><hr/><p>b</p>", "a\n\nb"),
        ("<div>block <span>inline</span></div>after", "block inline\n\nafter"),
        ("<p>unknown <foo>tags</foo> <bar/>keep text</p>", "unknown tags keep text"),
        ("<p>one<p>two", "one\n\ntwo"),
        ("<!-- comment --><p>x<?pi?></p><!DOCTYPE html>", "x"),
        (
            '<p class="title"> <b>Supported resource types</b> </p>',
            "**Supported resource types**",
        ),
        ("<h2>Heading</h2><p>text</p>", "**Heading**\n\ntext"),
        ("<h3>Use <code>x</code></h3>", "**Use** ``x``"),
        ("caf\u00e9 \u65e5\u672c", "caf\u00e9 \u65e5\u672c"),
        ("a\u00a0b", "a b"),
    ],
)
def test_blocks_and_text(html, expected):
    assert html_to_rst(html) == expected


def test_wrapping_at_width():
    words = " ".join("word%d" % i for i in range(40))
    out = html_to_rst("<p>%s</p>" % words, width=30)
    lines = out.split("\n")
    assert all(len(line) <= 30 for line in lines)
    assert " ".join(lines) == words
    assert lines[0] == "word0 word1 word2 word3 word4"


def test_default_width_is_72():
    out = html_to_rst("<p>%s</p>" % ("abcd " * 60))
    assert max(len(line) for line in out.split("\n")) == 69
    assert all(len(line) <= 72 for line in out.split("\n"))


def test_never_breaks_inside_inline_literal():
    html = "<p>aaaa bbbb <code>one two three four</code> cccc</p>"
    assert html_to_rst(html, width=12) == ("aaaa bbbb\n``one two three four``\ncccc")


def test_never_breaks_inside_url_and_long_atom_gets_own_line():
    url = "https://docs.aws.amazon.com/connect/latest/adminguide/" + "x" * 40 + ".html"
    out = html_to_rst(
        '<p>See the <a href="%s">admin guide</a> now.</p>' % url, width=40
    )
    assert out == "See the `admin guide\n<%s>`__\nnow." % url
    # a long bare word is not broken either
    assert html_to_rst("a " + "b" * 50 + " c", width=10) == "a\n" + "b" * 50 + "\nc"


def test_width_is_clamped():
    assert html_to_rst("<p>a b</p>", width=0) == "a\nb"
    assert html_to_rst("<p>a b</p>", width=-5) == "a\nb"


# --------------------------------------------------------------------------
# Inline markup
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, expected",
    [
        (
            "<p>Call <code>StartChatContact</code> now.</p>",
            "Call ``StartChatContact`` now.",
        ),
        ("<code>a  b</code>", "``a b``"),
        ("<p>x <code> padded </code> y</p>", "x ``padded`` y"),
        ("<p>x<code> </code>y</p>", "x y"),
        ("<p><code></code>x</p>", "x"),
        ("<p>Use <code>ARN</code>s.</p>", "Use ``ARN``\\ s."),
        ("<p>pre<code>fix</code></p>", "pre\\ ``fix``"),
        ("<p>(<code>x</code>), <code>y</code>: z</p>", "(``x``), ``y``: z"),
        ("<p>(<code>)</code></p>", "(\\ ``)``"),
        ("<code>&lt;view-id&gt;:$SAVED</code>", "``<view-id>:$SAVED``"),
        ("<code>a`b</code>", "``a`b``"),
        ("<code>a``b</code>", ":literal:`a\\`\\`b`"),
        ("<code>`x`</code>", ":literal:`\\`x\\``"),
        ("<code>C:\\dir\\</code>", "``C:\\dir\\``"),
        ("<code>x</code><code>y</code>", "``xy``"),
        ("<code>x</code> <code>y</code>", "``x`` ``y``"),
        ("<b>bold</b> <strong>strong</strong>", "**bold** **strong**"),
        ("<i>it</i> <em>em</em>", "*it* *em*"),
        ("<b> spaced </b>.", "**spaced** ."),
        ("a<b> </b>b <i></i>c", "a b c"),
        ("foo<b>bar</b>baz", "foo\\ **bar**\\ baz"),
        ("<b>a*b</b> <i>*</i>", "**a\\*b** *\\**"),
        ("<b>a\\</b>", "**a\\\\**"),
        ("<b>x</b><i>y</i>", "**x**\\ *y*"),
        ("<b><i>both</i></b>", "**both**"),
        ("<b><code>x</code></b>", "``x``"),
        ("<b>see <code>x</code> here</b>", "**see** ``x`` **here**"),
        ("<i>Connect <b>Admin</b> Guide</i>", "*Connect* **Admin** *Guide*"),
    ],
)
def test_inline(html, expected):
    assert html_to_rst(html) == expected


@pytest.mark.parametrize(
    "html, expected",
    [
        (
            '<a href="https://example.com/x">the docs</a>',
            "`the docs <https://example.com/x>`__",
        ),
        (
            '<a href="https://example.com/x">the docs</a> <a href="https://example.com/y">the docs</a>',
            "`the docs <https://example.com/x>`__ `the docs <https://example.com/y>`__",
        ),
        (
            '<a href="https://example.com">https://example.com</a>',
            "https://example.com",
        ),
        (
            'see <a href="https://example.com/a_b">https://example.com/a_b</a>.',
            "see https://example.com/a_b.",
        ),
        (
            '<a href="https://example.com/a_/b">https://example.com/a_/b</a>',
            "`https://example.com/a_/b <https://example.com/a_/b>`__",
        ),
        ('<a name="anchor">no href</a>', "no href"),
        ('<a href="  ">blank href</a>', "blank href"),
        ('<a href="https://x.com"> </a>x', "x"),
        (
            '<a href="https://x.com"><code>Foo</code> API</a>',
            "`Foo API <https://x.com>`__",
        ),
        ('<a href="https://x.com"><i>Guide</i></a>', "`Guide <https://x.com>`__"),
        (
            '<a href="https://x.com/a b<c>`d\\e_">t</a>',
            "`t <https://x.com/a%20b%3Cc%3E%60d%5Ce%5F>`__",
        ),
        (
            '<a href="https://x.com/\n  a\u00a0b">t</a>',
            "`t <https://x.com/%20%20a%C2%A0b>`__",
        ),
        ('<a href="u">a `tick`</a>', "`a \\`tick\\` <u>`__"),
        ('<a href="u">x</a>s', "`x <u>`__\\ s"),
        ('<a href="API_Foo.html">Foo</a>', "`Foo <API_Foo.html>`__"),
        ('<a href="https://a.com?x=1&amp;y=2">q</a>', "`q <https://a.com?x=1&y=2>`__"),
    ],
)
def test_links(html, expected):
    assert html_to_rst(html, width=200) == expected


@pytest.mark.parametrize(
    "html, expected",
    [
        ("*star `tick |pipe", "\\*star \\`tick \\|pipe"),
        ("5 * 3 a*b a|b", "5 * 3 a*b a|b"),
        (
            "name_ x __init__ [1]_ snake_case",
            "name\\_ x __init\\_\\_ [1]\\_ snake_case",
        ),
        ("had `RedactedOnly` set", "had \\`RedactedOnly` set"),
        # "0-9_" followed by punctuation would be a reference to "a-zA-Z0-9";
        # the literal backslash is kept as it is ...
        ("[a-zA-Z0-9_-.\\@]+", "[a-zA-Z0-9\\_-.\\@]+"),
        ("\\*", "\\*"),
        # ... unless it would escape whitespace, the end, or an escape
        ("\\", "\\ \\\\"),  # "\ " keeps a line of backslashes from being a transition
        ("end\\ C:\\", "end\\\\ C:\\\\"),
        ("\\*x", "\\\\\\*x"),
    ],
)
def test_text_escaping(html, expected):
    assert html_to_rst(html) == expected


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<p>- dash</p>", "\\- dash"),
        ("<p>* star</p>", "\\* star"),
        ("<p>1. one</p>", "\\1. one"),
        ("<p>(a) x</p>", "\\(a) x"),
        ("<p>#. auto</p>", "\\#. auto"),
        ("<p>.. note:: x</p>", "\\.. note:: x"),
        ("<p>:field: value</p>", "\\:field: value"),
        ("<p>&gt;&gt;&gt; prompt</p>", "\\>>> prompt"),
        ("<p>| line</p>", "\\| line"),
        ("<p>----</p>", "\\----"),
        ("<p>--verbose</p>", "\\--verbose"),
        ("<p>Ends with::</p>", "Ends with\\::"),
        ("<p>Text :: </p>", "Text \\::"),
        ("<p>Normal: text</p>", "Normal: text"),
        ("<p>-1 means unlimited</p>", "-1 means unlimited"),
    ],
)
def test_block_start_escaping(html, expected):
    assert html_to_rst(html) == expected


def test_second_line_underline_is_escaped():
    assert html_to_rst("<p>Title ====</p>", width=6) == "Title\n\\===="


# --------------------------------------------------------------------------
# Lists, definition lists, admonitions, literal blocks
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<ul><li>a</li><li>b</li></ul>", "- a\n- b"),
        ("<ul> <li> <p>a</p> </li> <li> <p>b</p> </li> </ul>", "- a\n- b"),
        ("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b"),
        ('<ol start="9"><li>a</li><li>b</li></ol>', "9. a\n10. b"),
        ('<ol start="x"><li>a</li></ol>', "1. a"),
        ("<ul><li></li><li><p> </p></li><li>x</li></ul>", "- x"),
        ("<ul><li> </li></ul><p>after</p>", "after"),
        ("<p>Intro:</p><ul><li>a</li></ul><p>Outro.</p>", "Intro:\n\n- a\n\nOutro."),
        (
            "<ul><li><p>one</p><p>two</p></li><li>three</li></ul>",
            "- one\n\n  two\n\n- three",
        ),
        (
            "<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>",
            "- a\n\n  - b\n  - c\n\n- d",
        ),
        ("<ol><li>a<ol><li>b</li></ol></li></ol>", "1. a\n\n   1. b"),
        ("<ul><li>a</li><ul><li>b</li></ul></ul>", "- a\n\n  - b"),
        ("<ul><li>a<li>b</ul>", "- a\n- b"),
        ("<li>stray</li><li>items</li>", "- stray\n- items"),
        ("<ul><li>- x</li></ul>", "- \\- x"),
        ("<ul><li><note>n</note></li><li>b</li></ul>", "- .. note::\n\n     n\n\n- b"),
    ],
)
def test_lists(html, expected):
    assert html_to_rst(html) == expected


def test_list_item_continuation_is_indented():
    html = "<ul><li>%s</li></ul>" % ("word " * 20)
    assert html_to_rst(html, width=31) == (
        "- word word word word word word\n"
        "  word word word word word word\n"
        "  word word word word word word\n"
        "  word word"
    )
    assert max(map(len, html_to_rst(html, width=30).split("\n"))) == 26
    html = "<ol>" + "<li>x y z</li>" * 10 + "</ol>"
    out = html_to_rst(html, width=7)
    assert out.split("\n")[:2] == ["1. x y", "   z"]
    assert out.split("\n")[-2:] == ["10. x y", "    z"]


@pytest.mark.parametrize(
    "html, expected",
    [
        (
            "<dl><dt>TERM</dt><dd><p>def one</p></dd><dt>T2</dt><dd>def2</dd></dl>",
            "TERM\n    def one\nT2\n    def2",
        ),
        (
            "<dl> <dt>A</dt> <dd> <p>Unit: COUNT</p> <p>More</p> </dd> <dt>B</dt> <dd>x</dd> </dl>",
            "A\n    Unit: COUNT\n\n    More\n\nB\n    x",
        ),
        ("<dl><dt><code>Code</code> term</dt><dd>d</dd></dl>", "``Code`` term\n    d"),
        ("<dl><dt>a</dt><dt>b</dt><dd>d</dd></dl>", "a, b\n    d"),
        ("<dl><dt>a</dt><dd>d1</dd><dd>d2</dd></dl>", "a\n    d1\n\n    d2"),
        ("<dl><dt>lonely</dt></dl>", "lonely"),
        ("<dl><dd>no term</dd></dl>", "no term"),
        ("<dl><dt>a : b</dt><dd>d</dd></dl>", "a \\: b\n    d"),
        ("<dl><dt>- x</dt><dd>d</dd></dl>", "\\- x\n    d"),
        ("<dt>x</dt><dd>y</dd>", "x\n    y"),
        ("<dl><dt> </dt><dd> </dd></dl>", ""),
    ],
)
def test_definition_lists(html, expected):
    assert html_to_rst(html) == expected


def test_definition_term_is_not_wrapped():
    out = html_to_rst("<dl><dt>%s</dt><dd>x</dd></dl>" % ("long " * 30), width=20)
    assert out.split("\n")[0] == ("long " * 30).strip()


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<note><p>Be careful.</p></note>", ".. note::\n\n   Be careful."),
        ("<important>Really</important>", ".. important::\n\n   Really"),
        ("<note> <p>a</p> <ul><li>b</li></ul> </note>", ".. note::\n\n   a\n\n   - b"),
        ("<note> </note><p>x</p>", "x"),
        ("<p>a</p><note>n</note><p>b</p>", "a\n\n.. note::\n\n   n\n\nb"),
    ],
)
def test_admonitions(html, expected):
    assert html_to_rst(html) == expected


def test_admonition_content_wraps_inside_indent():
    out = html_to_rst("<note>%s</note>" % ("word " * 10), width=20)
    assert (
        out
        == ".. note::\n\n   word word word\n   word word word\n   word word word\n   word"
    )


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<pre>  line1\n    line2\n</pre>", "::\n\n    line1\n      line2"),
        (
            '<p>Example:</p><pre>{\n  "a": 1\n}</pre>',
            'Example:\n\n::\n\n    {\n      "a": 1\n    }',
        ),
        ("<pre><code>x &lt; y</code><br/>z</pre>", "::\n\n    x < y\n    z"),
        ("<pre>\n\n</pre>", ""),
        ("<pre>a\n\n\tb  </pre>", "::\n\n    a\n\n            b"),
        ("<pre>" + "x" * 100 + "</pre>", "::\n\n    " + "x" * 100),
    ],
)
def test_pre(html, expected):
    assert html_to_rst(html) == expected


# --------------------------------------------------------------------------
# Malformed input and totality
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, expected",
    [
        ("a < b", "a < b"),
        ("a <", "a <"),
        ("a<3b", "a<3b"),
        ("x <p", "x"),
        ("x <p class='a", "x"),
        ("x <!-- open comment", "x"),
        ("<b>x <p", "**x**"),
        ("</p></p>x</b>", "x"),
        ("<<p>>", "\\<\n\n\\>"),
        ("<script><p>x", "x"),
        ("<p>x &lt;p&gt; y</p>", "x <p> y"),
        ("\x00nul\x07 \ud800 \x85ok\u2028line", "nul \ufffd ok line"),
        ("<p>" + "<b>" * 500 + "deep" + "</b>" * 500 + "</p>", "**deep**"),
    ],
)
def test_malformed(html, expected):
    assert html_to_rst(html) == expected


def test_deep_nesting_does_not_recurse_forever():
    html = "<ul><li>" * 300 + "x" + "</li></ul>" * 300
    out = html_to_rst(html)
    assert out.strip().endswith("x")
    assert "<" not in out


def test_non_str_input_is_tolerated():
    assert html_to_rst(None) == ""  # type: ignore[arg-type]


def test_deterministic():
    html = '<p>a <a href="u">x</a> <a href="v">x</a></p><ul><li>b</li></ul>'
    assert html_to_rst(html) == html_to_rst(html)


# --------------------------------------------------------------------------
# first_sentence
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rst, expected",
    [
        ("", ""),
        ("One. Two.", "One."),
        ("One sentence only", "One sentence only"),
        ("Wrapped\nsentence here. Next one.", "Wrapped sentence here."),
        ("\n\nFirst para.\n\nSecond para.", "First para."),
        ("Use e.g. this value. Then.", "Use e.g. this value."),
        ("Version 1.2.3 is out. Yes.", "Version 1.2.3 is out."),
        ("Is it? Yes.", "Is it?"),
        ("Stop (really.) Go.", "Stop (really.)"),
        ("Lower. case continues. Here", "Lower. case continues."),
        ("Use ``a. B`` here. Next.", "Use ``a. B`` here."),
        (
            "See `Doc. Title <https://x.com/a. b>`__ now. Next.",
            "See `Doc. Title <https://x.com/a. b>`__ now.",
        ),
        ("**Bold. Text** end. Next.", "**Bold. Text** end."),
        ("Ends with a dot.", "Ends with a dot."),
        ("Escaped\\. Dot. More.", "Escaped\\. Dot."),
        (".. note::\n\n   Inside note. More.", "Inside note."),
        ("::\n\n    code. Here.\n\nAfter. More.", "After."),
        ("- item one. More.\n- item two", "item one."),
    ],
)
def test_first_sentence(rst, expected):
    assert first_sentence(rst) == expected


def test_first_sentence_of_converted_doc():
    rst = html_to_rst(
        "<p>Initiates a flow to start a new chat for the customer. Response of "
        "this API provides a token.</p><p>More.</p>"
    )
    assert (
        first_sentence(rst) == "Initiates a flow to start a new chat for the customer."
    )


# --------------------------------------------------------------------------
# Real models
# --------------------------------------------------------------------------


def _model_path(service: str, version: str) -> str | None:
    try:
        import botocore
    except ImportError:  # pragma: no cover
        return None
    path = os.path.join(
        os.path.dirname(botocore.__file__),
        "data",
        service,
        version,
        "service-2.json.gz",
    )
    return path if os.path.exists(path) else None


def _docs(obj):
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "documentation" and isinstance(value, str):
                yield value
            else:
                yield from _docs(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _docs(value)


def _model(service: str, version: str):
    path = _model_path(service, version)
    if path is None:
        pytest.skip("botocore model %s/%s not available" % (service, version))
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


MODELS = [("connect", "2017-08-08"), ("connectparticipant", "2018-09-07")]


@pytest.fixture(scope="module", params=MODELS, ids=[m[0] for m in MODELS])
def model_docs(request):
    model = _model(*request.param)
    docs = list(_docs(model))
    assert docs
    return model, docs, [html_to_rst(doc) for doc in docs]


def test_models_convert_without_tags(model_docs):
    _model_obj, docs, outs = model_docs
    for doc, out in zip(docs, outs):
        assert isinstance(out, str)
        assert out == out.strip("\n")
        assert "\n\n\n" not in out
        if "&lt;" not in doc:
            assert "<p>" not in out and "<code>" not in out
            assert "<a " not in out and "</" not in out, (doc, out)
            assert not TAG_RE.search(out), (doc, out)
            assert "<" not in out.replace("<https://", ""), (doc, out)
        if "<" in doc or "&" in doc or doc.strip():
            assert out.strip() or not re.sub(r"<[^>]*>", "", doc).strip()
        for line in out.split("\n"):
            assert line == line.rstrip()
        summary = first_sentence(out)
        assert "\n" not in summary


def test_connect_conversion_is_fast():
    docs = list(_docs(_model("connect", "2017-08-08")))
    # CPU time of this process, so that a busy machine does not fail the test
    start = time.process_time()
    for doc in docs:
        html_to_rst(doc)
    elapsed = time.process_time() - start
    assert elapsed < 2.0, "converting %d docs took %.2fs" % (len(docs), elapsed)


def test_start_chat_contact():
    model = _model("connect", "2017-08-08")
    out = html_to_rst(model["operations"]["StartChatContact"]["documentation"])
    assert out.startswith(
        "Initiates a flow to start a new chat for the customer. Response of this\n"
        "API provides a token required to obtain credentials from the\n"
        "`CreateParticipantConnection\n"
        "<https://docs.aws.amazon.com/connect-participant/latest/APIReference/"
        "API_CreateParticipantConnection.html>`__\n"
    )
    assert (
        "\n- API rate limit is exceeded. API TPS throttling returns a\n"
        "  ``TooManyRequests`` exception.\n" in out
    )
    assert (
        first_sentence(out) == "Initiates a flow to start a new chat for the customer."
    )


def test_model_sample_is_valid_rst(model_docs):
    _model_obj, docs, outs = model_docs
    step = max(1, len(outs) // 400)
    sample = outs[::step]
    # always include the structurally richest documents
    sample += sorted(outs, key=lambda o: (-o.count("\n"), o))[:20]
    sample += [o for d, o in zip(docs, outs) if "<dl>" in d or "<ol>" in d or "`" in d]
    for out in sample:
        assert rst_problems(out) == [], out


@pytest.mark.parametrize(
    "html",
    [
        "<p>Use <code>ARN</code>s, <b>x</b>y, <i>*</i>, <code>a``b</code>.</p>",
        "<p>*star `tick |pipe name_ __init__ [1]_ _`target`</p>",
        "<p>- a</p><p>1. b</p><p>x::</p><p>----</p><p>.. x</p><p>:a: b</p>",
        "<ul><li>a<ul><li>b</li></ul></li><li><p>c</p><p>d</p></li></ul>",
        "<dl><dt>a : b</dt><dd>x</dd><dt>c</dt></dl><dd>orphan</dd>",
        "<note><pre>code</pre></note><important></important>",
        '<a href="https://x.com/a_">t_</a> <a href="u">`q`</a>',
        "end\\ C:\\ <b>a\\</b><code>b\\</code>x\\",
    ],
)
def test_tricky_outputs_are_valid_rst(html):
    out = html_to_rst(html)
    assert rst_problems(out) == [], out


# --------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------

TAGS = [
    "p",
    "code",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "ul",
    "ol",
    "li",
    "note",
    "important",
    "dl",
    "dt",
    "dd",
    "pre",
    "br",
    "h2",
    "span",
    "div",
    "x",
]
WORD_CHARS = "ab1_*`|\\:.-#()[]'\"/ \u2019\u00e9\u00a0\n"

words = st.text(alphabet=WORD_CHARS, min_size=1, max_size=8)


@st.composite
def html_fragments(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 5 if depth < 4 else 1))
        if kind <= 1:
            parts.append(draw(words))
        elif kind == 2:
            parts.append(
                draw(
                    st.sampled_from(
                        [
                            "&amp;",
                            "&lt;",
                            "&#x2019;",
                            "&bogus;",
                            "<br/>",
                            " ",
                            "<",
                            ">",
                            "a>b",
                            "&gt;",
                        ]
                    )
                )
            )
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = ""
            if tag == "a" and draw(st.booleans()):
                attrs = ' href="%s"' % draw(
                    st.sampled_from(
                        [
                            "https://example.com/x",
                            "https://e.com/a_",
                            "rel.html",
                            "a b",
                            "",
                        ]
                    )
                )
            inner = draw(html_fragments(depth=depth + 1))
            close = "</%s>" % tag if draw(st.integers(0, 4)) else ""
            parts.append("<%s%s>%s%s" % (tag, attrs, inner, close))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(
    st.text()
    | st.lists(
        st.text(max_size=5)
        | st.sampled_from(
            [
                "<p>",
                "</a>",
                "<a href='x'>",
                "<ul><li>",
                "<",
                ">",
                "&",
                "&lt;",
                "\\",
                "\x00",
            ]
        )
    ).map("".join)
)
def test_any_text_is_converted(text):
    out = html_to_rst(text)
    assert isinstance(out, str)
    assert out == out.strip("\n")
    assert isinstance(first_sentence(out), str)


tag_soup = st.lists(
    st.one_of(
        # text that cannot itself spell a tag (a "<" or ">" in the text may
        # legitimately display as "<p>", as it does in a browser)
        st.text(
            alphabet=st.characters(
                blacklist_categories=("Cs",), blacklist_characters="<>&"
            ),
            max_size=6,
        ),
        st.builds(
            "{}{}{}{}{}".format,
            st.sampled_from(["<", "</", "< ", "<!", "<!--", "<?"]),
            st.sampled_from(TAGS),
            st.sampled_from(["", " ", " href='u'", ' class="x', " a=b c", "/", "\x00"]),
            st.sampled_from([">", "/>", "", " >", "-->"]),
            st.sampled_from(["", " ", "x"]),
        ),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(tag_soup)
def test_tag_soup_never_leaks_tags(html):
    out = html_to_rst(html)
    assert not TAG_RE.search(out), (html, out)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_fragments(), st.integers(8, 100))
def test_generated_html(html, width):
    out = html_to_rst(html, width=width)
    assert out == html_to_rst(html, width=width)
    assert out == out.strip("\n")
    if "<pre" not in html:  # a literal block keeps its blank lines
        assert "\n\n\n" not in out
    if (
        "&lt;" not in html
        and "<<" not in html
        and ">" not in re.sub(r"<[^<>]*>", "", html)
    ):
        # "<" + "<b>a</b>" + ">" displays as "<a>", so text may spell a tag
        assert not TAG_RE.search(out), out
    for line in out.split("\n"):
        assert line == line.rstrip()
        assert "\t" not in line
    assert "\n" not in first_sentence(out)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=12), max_size=40),
    st.integers(12, 80),
)
def test_plain_text_wraps_within_width(ws, width):
    out = html_to_rst("<p>%s</p>" % " ".join(ws), width=width)
    lines = out.split("\n") if out else []
    assert all(len(line) <= width for line in lines)
    assert " ".join(lines) == " ".join(ws)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_fragments(), st.integers(10, 80))
@example("_`", 10)  # an inline target start-string (found by this test)
@example("see _`this` and x__`y`", 20)
def test_generated_html_is_valid_rst(html, width):
    out = html_to_rst(html, width=width)
    assert rst_problems(out) == [], (html, out)
