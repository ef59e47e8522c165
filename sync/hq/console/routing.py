"""The console's route class: turns the few expected exceptions into the right page."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from fastapi.routing import APIRoute

from sync.contract.errors import NotFoundError, ValidationError
from sync.hq.console.pipeline import Forbidden
from sync.hq.console.web import CsrfFailure, SignInRequired, render, to_signin


def _session_of(request: Request) -> Any:
    return getattr(request.state, "console_session", None)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _refuse_control_characters(request: Request) -> None:
    """No page takes control characters in its address (PostgreSQL refuses NUL outright)."""
    texts = [request.url.path, *request.query_params.keys(), *request.query_params.values()]
    if any(_CONTROL.search(text) for text in texts):
        raise ValidationError("control characters in the address", key="error.filter.text")


class ConsoleRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                _refuse_control_characters(request)
                return await original(request)
            except SignInRequired:
                return to_signin(request)
            except CsrfFailure:
                return render(request, "error.html", _session_of(request), 403, reason="csrf")
            except Forbidden:
                return render(request, "error.html", _session_of(request), 403, reason="forbidden")
            except NotFoundError:
                return render(request, "error.html", _session_of(request), 404, reason="missing")
            except ValidationError as exc:
                return render(
                    request, "error.html", _session_of(request), 400, reason="invalid", key=exc.key
                )

        return handler
