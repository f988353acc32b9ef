"""The ``httpx.Request``/``httpx.Response`` the default client sends and receives.

Why a module of their own: ``HummClient`` builds a ``HummRequest`` on every call, and
``import humm_client`` must not load the transport (asyncio, ssl, aiohttp): these classes
need only httpx. Each keeps the parts it was made from as they are (the URL text, the
header dict, the body bytes; the raw header list) and makes the httpx objects a user may
read (``url``, ``headers``, ``stream``) on first access, as httpx itself would make them.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._json import loads as load_json
from ._urls import RequestURL

__all__ = ["REDACTED", "SECRET_HEADERS", "HummRequest", "HummResponse"]

#: Headers whose values errors, logs and spans never show.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
REDACTED = "[redacted]"

Stream = httpx.SyncByteStream | httpx.AsyncByteStream


def _lazy_stream() -> Any:
    """A ``stream`` attribute made from ``_content`` on first read: the body is already in hand,
    and a stream object is needed only by what reads it as httpx would (mocks, user code)."""

    def get(self: Any) -> Stream:
        made: Stream | None = self.__dict__.get("_humm_stream")
        if made is None:
            made = self.__dict__["_humm_stream"] = httpx.ByteStream(self._content)
        return made

    def put(self: Any, value: Stream) -> None:
        self.__dict__["_humm_stream"] = value

    return property(get, put)


class HummRequest(httpx.Request):
    """The default client's ``httpx.Request``, built from parts that are already valid.

    The one way a request is built: ``HummClient`` checks the headers and builds the URL; every
    transport sends ``method``, ``target.text`` (the URL), ``fields`` (the merged header dict) and
    ``body`` as they are. What a user may read (an error's or a raw response's ``request.url`` and
    ``request.headers``, with the Host and Content-Length httpx adds) is made on first access,
    exactly as ``httpx.Request`` makes it.
    """

    def __init__(
        self,
        method: str,
        target: RequestURL,
        fields: dict[str, str],
        body: bytes | None,
        extensions: dict[str, Any],
    ) -> None:
        self.method = method.upper()
        self.target = target
        self.fields = fields
        self.body = body
        self.extensions = extensions
        self._content = body or b""

    @property
    def url(self) -> httpx.URL:
        made: httpx.URL | None = self.__dict__.get("_humm_url")
        if made is None:
            made = self.__dict__["_humm_url"] = self.target.url()
        return made

    @url.setter
    def url(self, value: httpx.URL) -> None:
        self.__dict__["_humm_url"] = value

    stream = _lazy_stream()

    @property
    def headers(self) -> httpx.Headers:
        made: httpx.Headers | None = self.__dict__.get("_humm_headers")
        if made is None:
            made = httpx.Request(self.method, self.url, headers=self.fields, content=self.body).headers
            self.__dict__["_humm_headers"] = made
        return made

    @headers.setter
    def headers(self, value: httpx.Headers) -> None:
        self.__dict__["_humm_headers"] = value

    def redacted(self) -> HummRequest:
        """A copy whose credentials read ``[redacted]``: what errors keep (and may pickle)."""
        fields = {
            name: REDACTED if name.lower() in SECRET_HEADERS else value for name, value in self.fields.items()
        }
        copy = HummRequest(self.method, self.target, fields, self.body, {})
        url = self.__dict__.get("_humm_url")
        if url is not None:
            copy.url = url
        return copy

    def __getstate__(self) -> dict[str, Any]:
        self.headers  # noqa: B018 - made before pickling, like an httpx.Request's
        state = super().__getstate__()
        del state["target"]  # the URL is kept as the httpx.URL it makes
        state.pop("_humm_stream", None)  # as httpx drops a request's stream
        return state


class HummResponse(httpx.Response):
    """Every call's response, whatever carried it: the body already read and decoded;
    ``json()`` decodes with orjson (see ``humm_client._json``), and the ``httpx.Headers`` are made
    from the raw header list on first access."""

    stream = _lazy_stream()

    @classmethod
    def received(
        cls,
        status: int,
        raw_headers: list[tuple[bytes, bytes]] | tuple[tuple[bytes, bytes], ...],
        content: bytes,
        request: httpx.Request,
        reason: bytes,
    ) -> HummResponse:
        """A response whose body was read and decoded: what ``httpx.Response(...)`` + ``aread()`` make."""
        self = cls.__new__(cls)
        self.status_code = status
        self.__dict__["_humm_raw_headers"] = raw_headers
        self._request = request
        self.next_request = None
        self.extensions = {"http_version": b"HTTP/1.1", "reason_phrase": reason}
        self.history = []
        self.default_encoding = "utf-8"
        self._content = content
        self._num_bytes_downloaded = len(content)
        self.is_stream_consumed = self.is_closed = True
        return self

    @property
    def headers(self) -> httpx.Headers:
        made: httpx.Headers | None = self.__dict__.get("_humm_headers")
        if made is None:
            made = httpx.Headers(self.__dict__.get("_humm_raw_headers"))
            self.__dict__["_humm_headers"] = made
        return made

    @headers.setter
    def headers(self, value: httpx.Headers) -> None:
        self.__dict__["_humm_headers"] = value

    def __getstate__(self) -> dict[str, Any]:
        self.headers  # noqa: B018 - made before pickling
        state = super().__getstate__()
        state.pop("_humm_stream", None)  # as httpx drops a response's stream
        return state

    def json(self, **kwargs: Any) -> Any:
        if kwargs:
            return super().json(**kwargs)
        return load_json(self.content)
