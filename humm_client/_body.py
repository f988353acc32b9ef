"""Reading a response body: Content-Encoding decoded as it streams in, under a size cap.

Why here, above the transports: a 1 MB gzip body can inflate to gigabytes. Each chunk is
decompressed with a bound on its output (zlib's ``max_length``, brotli's
``output_buffer_limit``, zstd's ``max_length``), so no more than the cap (plus one chunk) is ever
held, whatever carried the bytes; the cap and the encodings are the same on every transport.
``Accept-Encoding`` offers only what can be decoded here: gzip and deflate always, br with
brotli >= 1.2 and zstd with ``compression.zstd`` (Python 3.14) or ``backports.zstd``.
"""

from __future__ import annotations

import importlib
import importlib.util
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._contract import Exchange

__all__ = ["BodyError", "accept_encoding", "read_body"]


class BodyError(Exception):
    """The body could not be read as sent: too large, or not decodable. ``too_large``: which."""

    def __init__(self, message: str, *, too_large: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.too_large = too_large


class _Decoder:
    """One Content-Encoding: ``decode(data, room)`` returns at most ``room`` bytes; ``pending``
    says whether more output is waiting (then ``decode(b"", room)`` again)."""

    name: str

    def decode(self, data: bytes, room: int) -> bytes:
        raise NotImplementedError

    def pending(self) -> bool:
        return False

    def finish(self) -> bytes:
        return b""


class _Zlib(_Decoder):
    def __init__(self, name: str) -> None:
        self.name = name
        # gzip: the gzip wrapper; deflate: zlib-wrapped, or raw deflate (as httpx, both are met).
        self._wbits = zlib.MAX_WBITS | 16 if name == "gzip" else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(self._wbits)
        self._first = True

    def decode(self, data: bytes, room: int) -> bytes:
        if not data:
            data = self._obj.unconsumed_tail
        try:
            out = self._obj.decompress(data, room)
        except zlib.error:
            if not (self._first and self.name == "deflate"):
                raise
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            out = self._obj.decompress(data, room)
        self._first = False
        return out

    def pending(self) -> bool:
        return bool(self._obj.unconsumed_tail)

    def finish(self) -> bytes:
        if self.name == "gzip" and not self._obj.eof:
            raise zlib.error("the compressed stream ends early")
        return self._obj.flush()


class _Brotli(_Decoder):
    name = "br"

    def __init__(self) -> None:
        import brotli  # type: ignore[import-untyped]  # no stubs in brotli 1.2

        self._obj = brotli.Decompressor()

    def decode(self, data: bytes, room: int) -> bytes:
        out: bytes = self._obj.process(data, output_buffer_limit=room)
        return out

    def pending(self) -> bool:
        return not self._obj.can_accept_more_data()


class _Zstd(_Decoder):
    name = "zstd"

    def __init__(self) -> None:
        module: Any = _zstd_module()
        self._obj = module.ZstdDecompressor()

    def decode(self, data: bytes, room: int) -> bytes:
        if self._obj.eof:  # a second frame: a fresh decompressor (as httpx does)
            data = self._obj.unused_data + data
            self._obj = type(self._obj)()
        out: bytes = self._obj.decompress(data, room)
        return out

    def pending(self) -> bool:
        return not self._obj.needs_input and not self._obj.eof


def _zstd_module() -> Any:
    for name in ("compression.zstd", "backports.zstd"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError("zstd")


def _has_brotli() -> bool:
    if importlib.util.find_spec("brotli") is None:
        return False
    import brotli

    return hasattr(brotli.Decompressor, "can_accept_more_data")  # 1.2: output_buffer_limit


def _has_zstd() -> bool:
    try:
        return importlib.util.find_spec("compression.zstd") is not None
    except ModuleNotFoundError:  # no "compression" package before Python 3.14
        pass
    try:
        return importlib.util.find_spec("backports.zstd") is not None
    except ModuleNotFoundError:
        return False


_DECODERS: dict[str, Callable[[], _Decoder]] = {
    "gzip": lambda: _Zlib("gzip"),
    "x-gzip": lambda: _Zlib("gzip"),
    "deflate": lambda: _Zlib("deflate"),
}
_OPTIONAL = {"br": (_has_brotli, _Brotli, "brotli"), "zstd": (_has_zstd, _Zstd, "zstd")}
_accept: str | None = None


def accept_encoding() -> str:
    """The Accept-Encoding header: what ``read_body`` can decode here (found once)."""
    global _accept
    if _accept is None:
        names = ["gzip", "deflate"]
        for name, (available, factory, _) in _OPTIONAL.items():
            if available():
                _DECODERS[name] = factory
                names.append(name)
        _accept = ", ".join(names)
    return _accept


def _decoder(encoding: str) -> _Decoder | None:
    """The decoder for a Content-Encoding header's value (None: identity)."""
    names = [part.strip().lower() for part in encoding.split(",") if part.strip()]
    names = [name for name in names if name != "identity"]
    if not names:
        return None
    if len(names) > 1:
        raise BodyError(
            f"the response's Content-Encoding {encoding!r} stacks encodings, which is not supported"
        )
    accept_encoding()
    factory = _DECODERS.get(names[0])
    if factory is None:
        hint = ""
        if names[0] in _OPTIONAL:
            hint = f" (install 'humm-client[{_OPTIONAL[names[0]][2]}]' to decode it)"
        raise BodyError(
            f"the response's Content-Encoding {names[0]!r} cannot be decoded here{hint}; "
            f"the request offered {accept_encoding()!r}"
        )
    return factory()


def _too_large(cap: int) -> BodyError:
    return BodyError(
        f"the response body is larger than max_response_size ({cap:,} bytes); raise it per client "
        "(HummClient(max_response_size=...)) or per call (max_response_size=...)",
        too_large=True,
    )


async def read_body(exchange: Exchange, cap: int) -> bytes:
    """The whole body of ``exchange``, decoded; ``BodyError`` past ``cap`` bytes or when corrupt."""
    encoding = exchange.content_encoding
    decoder = _decoder(encoding) if encoding else None
    first = await exchange.read_chunk()
    if decoder is None:
        if len(first) > cap:
            raise _too_large(cap)
        chunk = b"" if exchange.done or not first else await exchange.read_chunk()
        if not chunk:  # the common case: the whole body in one chunk, kept as it is
            return first
        parts, size = [first], len(first)
        while chunk:
            size += len(chunk)
            if size > cap:
                raise _too_large(cap)
            parts.append(chunk)
            chunk = await exchange.read_chunk()
        return b"".join(parts)
    if not first:  # an empty body (a 204, a HEAD answer) has nothing to decode
        return b""
    parts = []
    size = 0
    chunk = first
    try:
        while True:
            data = chunk
            while True:
                out = decoder.decode(data, cap - size + 1)
                size += len(out)
                if size > cap:
                    raise _too_large(cap)
                if out:
                    parts.append(out)
                if not decoder.pending():
                    break
                data = b""
            if not chunk:
                break
            chunk = await exchange.read_chunk()
        tail = decoder.finish()
    except BodyError:
        raise
    except Exception as exc:  # zlib.error, brotli.error, zstd's ZstdError
        raise BodyError(f"the {decoder.name} response body is corrupt ({exc})") from None
    size += len(tail)
    if size > cap:
        raise _too_large(cap)
    if tail:
        parts.append(tail)
    return parts[0] if len(parts) == 1 else b"".join(parts)
