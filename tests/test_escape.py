"""generator/escape.py: spec text as Python source, for any text at all."""

from __future__ import annotations

import ast

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.escape import docstring, py_str

# Any text: every plane, lone surrogates, and a bias towards the characters
# the escapes are about.
texts = st.text(alphabet=st.characters(codec=None)) | st.text(
    alphabet='"\'\\\n\r\t\x00\x1f\x7f\x85\x9f\xa0\u2028\u2029\ufeff\ud800\udfffa{}%'
)


@settings(max_examples=2000, deadline=None)
@given(texts)
@example('"""')
@example("\\")
@example('a"')
def test_py_str_evaluates_to_the_text(text: str) -> None:
    literal = py_str(text)
    assert "\n" not in literal and "\r" not in literal  # one line of source
    assert ast.literal_eval(literal) == text


def _shown(text: str) -> str:
    """What a docstring shows for ``text``: lone surrogates as their escapes."""
    return "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


@settings(max_examples=2000, deadline=None)
@given(texts)
@example('"')
@example('ends with a quote"')
@example('""""""')
@example("\\")
def test_docstring_reads_as_the_text(text: str) -> None:
    source = f'class C:\n    """{docstring(text)}"""\n'
    namespace: dict[str, object] = {}
    exec(compile(source, "<docstring>", "exec"), namespace)  # noqa: S102 - the point of the test
    assert namespace["C"].__doc__ == _shown(text)  # type: ignore[attr-defined]
