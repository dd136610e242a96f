"""The RPC binding: every member in the body, every request to ``/``.

Shared by the protocols that name the operation in the request rather than
in its URI (awsJson by ``X-Amz-Target``, query and ec2 by ``Action``).  As
botocore does for them, the model's ``location`` traits and ``requestUri``
are ignored: the path is ``/`` and each member of the input goes into the
body, each member of the output and errors is read from it.
"""

from __future__ import annotations

from ..ir import HttpBinding, PathPart, Structure


def bind(request: Structure, response: Structure) -> HttpBinding:
    """Every member of the request in its body, every member of the response in its body."""
    return HttpBinding(
        path=[PathPart(literal="/")],
        literal_query=[],
        headers=[],
        query=[],
        named_query=[],
        payload=None,
        body=list(request.members),
        response_headers=False,
        response_body=bool(response.members),
    )
