"""A web service that embeds appeal_rules through its JSON entry point, ``handle``.

The service is a plain WSGI application (standard library only): it takes a JSON request in the
body of a POST, passes it to :func:`appeal_rules.serialization.handle`, and answers 200 with the
result, or 422 with the error payload listing every problem and its path. ``handle`` never raises
for bad input, so the service needs no error handling of its own.

To serve it for real, hand ``application`` to any WSGI server (``wsgiref.simple_server``,
gunicorn, ...). Here it is called in-process, with no network, on four requests:

    python examples/service_embedding.py
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.util import setup_testing_defaults

from appeal_rules.serialization import SCHEMA_VERSION, handle

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    """POST a JSON request; get the result (200) or every problem with its path (422)."""
    if environ.get("REQUEST_METHOD") != "POST":
        start_response("405 Method Not Allowed", [("Allow", "POST"), ("Content-Type", "text/plain")])
        return [b"POST a JSON request; see docs/json.md\n"]
    length = int(environ.get("CONTENT_LENGTH") or 0)
    response = handle(environ["wsgi.input"].read(length))  # bytes are JSON text: handle parses them
    status = "422 Unprocessable Content" if response["kind"] == "error" else "200 OK"
    body = json.dumps(response, ensure_ascii=False).encode("utf-8")
    start_response(status, [("Content-Type", "application/json; charset=utf-8"),
                            ("Content-Length", str(len(body))),
                            ("X-Schema-Version", SCHEMA_VERSION)])
    return [body]


def post(payload: Any) -> tuple[str, dict[str, Any]]:
    """Call the application in-process, as a WSGI server would for a POST with ``payload``."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    environ: dict[str, Any] = {}
    setup_testing_defaults(environ)
    environ.update({"REQUEST_METHOD": "POST", "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body)})
    status: list[str] = []
    chunks = application(environ, lambda s, headers: status.append(s))
    return status[0], json.loads(b"".join(chunks))


def main() -> None:
    status, result = post({"kind": "deadline", "registered_on": "2024-12-31", "reviewer": "service_provider"})
    print(f"deadline -> {status}: due {result['due']} ({result['rule_version']}), "
          f"{len(result['counted'])} working days counted, {len(result['skipped'])} days skipped, "
          f"provisional: {result['provisional']}")

    status, result = post({
        "kind": "explain",
        "complaint": {"respondent": "state_corporation_employee", "appealed": "action", "channel": "post",
                      "lodged_on": "2025-03-03", "learned_on": "2025-02-20", "addressee": "state_corporation"},
        "registration": {"registered_on": "2025-03-04", "body": "state_corporation", "number": "No. 125"},
        "on": "2025-03-20",
    })
    options = ", ".join(f"{o['label']} (act by {o['act_by']})" for o in result["escalation"]["options"])
    print(f"explain -> {status}: goes to {', '.join(result['addressees'])}; due {result['deadline']['due']}; "
          f"on {result['on']} the stage is {result['escalation']['stage']}: {options}")

    status, result = post({"kind": "escalation", "stage": "first_instance_answered", "on": "2025-02-03",
                           "answered_on": "2025-01-20", "learned_on": "2025-01-10"})
    for option in result["options"]:
        sources = "; ".join(dict.fromkeys(s["act"] + ", " + s["provision"] for v in option["basis"]
                                          for s in v["sources"]))
        print(f"escalation -> {status}: {option['label']}, act by {option['act_by']} [{sources}]")

    status, result = post(b'{"kind": "deadline", "registered_on": "2024-13-01", "reviewer": "fax", "x": 1}')
    print(f"bad request -> {status}: {result['error']['type']}")
    for problem in result["error"]["problems"]:
        print(f"  {problem['path']}: {problem['message']} (accepted: {problem['accepted']})")


if __name__ == "__main__":
    main()
