"""The pattern-driven string strategies of ``tests/model_strategies.py``.

``test_differential.py`` relies on them to produce values the bindings'
``validate()`` must accept; a pattern they cannot satisfy is only reported
there (``test_every_pattern_can_be_satisfied``).  These cases pin down two
kinds of constraint real models use that the strategies once missed.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.patterns import translate_pattern
from tests.model_strategies import ModelStrategies

CASES = [
    # A length minimum far above what random repeat counts reach
    # (lambda's TagsErrorMessage: ".*", min 84).
    {"type": "string", "pattern": ".*", "min": 84, "max": 1000},
    {"type": "string", "pattern": "[a-z]*x", "min": 40, "max": 41},
    # Lookaheads that need characters of a small range of a class that also
    # holds a large category (connect's Password).
    {"type": "string", "pattern": "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$", "min": 8, "max": 64},
    {"type": "string", "pattern": "^(?=.*[_])(?=.*[0-7])[\\w\\s_0-7]{3,9}$"},
]


@pytest.mark.parametrize("shape", CASES, ids=lambda s: s["pattern"])
def test_pattern_with_hard_constraints_is_satisfied(shape: dict[str, object]) -> None:
    strategies = ModelStrategies({"shapes": {"S": shape}})
    assert not strategies.impractical_patterns
    regex = re.compile(translate_pattern(str(shape["pattern"])))
    lo, hi = shape.get("min", 0), shape.get("max")

    @settings(max_examples=30, database=None, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(strategies.value("S"))
        assert regex.search(value) is not None
        assert lo <= len(value) and (hi is None or len(value) <= hi)  # type: ignore[operator]

    check()
