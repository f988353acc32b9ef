"""An ASGI application behind the transport contract: the in-process fake's transport.

Why not ``httpx.ASGITransport``: the fake then goes through the same pipeline as every other
transport (the client's deadline cancels a slow app, the body is decoded and capped by
``_body``), with no httpx request to build. The app runs in the calling task, so a deadline
or a cancellation reaches it as a ``CancelledError``, as a dropped connection would.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from ._aiohttp import BufferedExchange
from ._contract import Exchange, Phases, Transport, TransportFailure

if TYPE_CHECKING:
    from ._wire import HummRequest

__all__ = ["ASGITransport"]

Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
    Awaitable[None],
]


class ASGITransport(Transport):
    """Calls ``app`` for each request, as one HTTP/1.1 exchange on ``client`` -> ``server``."""

    owned = True

    def __init__(self, app: ASGIApp) -> None:
        self._app = app
        self._closed = False

    @property
    def is_closed(self) -> bool:
        return self._closed

    async def send(self, request: HummRequest, phases: Phases) -> Exchange:
        import asyncio

        url = request.url
        headers = [(b"host", url.netloc)]
        headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request.fields.items()]
        body = request.body or b""
        if body:
            headers.append((b"content-length", str(len(body)).encode("ascii")))
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": url.scheme,
            "path": unquote(url.raw_path.split(b"?")[0].decode("ascii")),
            "raw_path": url.raw_path.split(b"?")[0],
            "query_string": url.query,
            "root_path": "",
            "headers": headers,
            "client": ("127.0.0.1", 50000),
            "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
        }
        done = asyncio.Event()
        sent_request = False
        status: int | None = None
        response_headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []

        async def receive() -> Message:
            nonlocal sent_request
            if sent_request:
                await done.wait()
                return {"type": "http.disconnect"}
            sent_request = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                response_headers.extend((bytes(k), bytes(v)) for k, v in message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                if not message.get("more_body", False):
                    done.set()

        try:
            await self._app(scope, receive, send)
        except Exception as exc:
            mapped = TransportFailure(
                f"the ASGI app raised {type(exc).__name__}: {exc}", kind=type(exc).__name__
            )
        else:
            if status is None:
                raise TransportFailure("the ASGI app returned without a response", kind="ASGIError")
            return BufferedExchange(status, b"", response_headers, b"".join(chunks))
        finally:
            done.set()
        raise mapped

    async def aclose(self) -> None:
        self._closed = True
