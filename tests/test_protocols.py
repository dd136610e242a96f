"""Protocol plug-ins: which protocol a model gets, and that it is botocore's choice."""

from __future__ import annotations

import gzip
import json

import pytest
from botocore.model import ServiceModel

from generator import protocols

from .conftest import BOTOCORE_DATA, newest_botocore_model


def _newest_models() -> list[tuple[str, dict[str, object]]]:
    found = []
    for folder in sorted(p for p in BOTOCORE_DATA.iterdir() if p.is_dir()):
        path = newest_botocore_model(folder.name)
        if path is not None:
            found.append((folder.name, json.loads(gzip.decompress(path.read_bytes()))))
    return found


def test_every_botocore_model_gets_botocores_protocol_when_supported() -> None:
    models = _newest_models()
    assert len(models) > 400
    chosen = 0
    for name, model in models:
        metadata = model["metadata"]
        assert isinstance(metadata, dict)
        ours, reason = protocols.choose(metadata)
        theirs = ServiceModel(model, name).protocol
        if theirs in protocols.PROTOCOLS:
            assert ours is not None and ours.name == theirs, (name, theirs, reason)
            chosen += 1
        elif ours is not None:
            # botocore prefers a protocol we do not speak yet; ours must be
            # one the model lists, the first of botocore's order we support.
            listed = metadata.get("protocols") or [metadata.get("protocol")]
            assert ours.name in listed, (name, ours.name, listed)
        else:
            assert reason, name
    assert chosen >= 250


def test_a_listed_protocol_we_do_not_speak_is_skipped_for_one_we_do() -> None:
    unsupported = [p for p in protocols.PRIORITY if p not in protocols.PROTOCOLS]
    supported = [p for p in protocols.PRIORITY if p in protocols.PROTOCOLS]
    if not unsupported:
        pytest.skip("every botocore protocol is supported")
    ours, _ = protocols.choose({"protocols": [unsupported[0], supported[-1]]})
    assert ours is not None and ours.name == supported[-1]


def test_no_supported_protocol_names_the_listed_ones() -> None:
    unsupported = [p for p in protocols.PRIORITY if p not in protocols.PROTOCOLS]
    ours, reason = protocols.choose({"protocols": unsupported, "protocol": "rest-json"})
    assert ours is None
    for name in unsupported:
        assert name in reason
    ours, reason = protocols.choose({})
    assert ours is None and "not supported" in reason
