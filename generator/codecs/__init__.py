"""One codec per shape kind: the Python code text of a value of that kind.

Each module here holds the codec of one kind of shape (``string``, ``enum``,
``integer``, …, ``structure``, ``union``, ``document``), a small class with
the same four methods:

* ``annotation(t)`` -- the field's Python type;
* ``check(t, var, path, scope, depth)`` -- lines that record every
  constraint ``var`` breaks (the body of ``validate()``);
* ``to_dict(t, var, depth)`` / ``from_dict(t, var, depth)`` -- boto3's
  parameter style, both ways.

How a kind travels on the wire is not here: each wire family
(``generator/protocols``) has its own codec per kind.  Expressions nest:
lists and maps bind comprehension variables numbered by ``depth`` (``v1``,
``k1``, ``p1`` …).  The templates call these through :mod:`generator.render`.
"""

from __future__ import annotations

from ..ir import Kind
from .base import REGISTRY, Codec, annotation, check, from_dict, to_dict
from .blob import BlobCodec
from .boolean import BooleanCodec
from .document import DocumentCodec
from .enum import EnumCodec
from .list import ListCodec
from .map import MapCodec
from .number import FloatCodec, IntegerCodec
from .string import StringCodec
from .structure import StructureCodec, UnionCodec
from .timestamp import TimestampCodec

CODECS: dict[Kind, Codec] = {
    "string": StringCodec(),
    "enum": EnumCodec(),
    "integer": IntegerCodec(),
    "float": FloatCodec(),
    "boolean": BooleanCodec(),
    "timestamp": TimestampCodec(),
    "blob": BlobCodec(),
    "list": ListCodec(),
    "map": MapCodec(),
    "structure": StructureCodec(),
    "union": UnionCodec(),
    "document": DocumentCodec(),
}
REGISTRY.update(CODECS)


__all__ = ["CODECS", "Codec", "annotation", "check", "from_dict", "to_dict"]
