"""A loopback HTTP/1.1 server for the benchmarks: stdlib asyncio, keep-alive, one canned answer.

It parses just enough HTTP (headers, Content-Length) to stay far from being the bottleneck,
and answers every request with the seed PUT's documented example response.
Run: python -m bench.server PORT   (prints "ready" when listening).
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import yaml

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


def example_response() -> bytes:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    op = spec["paths"]["/api/integration-sources/{source_id}"]["put"]
    body = op["responses"]["200"]["content"]["application/json"]["examples"]["docs"]["value"]
    return json.dumps(body).encode()


BODY = example_response()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
    + str(len(BODY)).encode()
    + b"\r\nconnection: keep-alive\r\n\r\n"
    + BODY
)


class Http(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's TCPTransport is not an asyncio.Transport subclass (it has the same methods),
        # so no isinstance check here: it crashed every connection under uvloop.
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).lower()
            length = 0
            at = head.find(b"content-length:")
            if at >= 0:
                length = int(head[at + 15 : head.find(b"\r\n", at) if head.find(b"\r\n", at) > 0 else None])
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            del self.buffer[:total]
            assert self.transport is not None
            self.transport.write(RESPONSE)


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Http, "127.0.0.1", port, backlog=4096)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        import uvloop  # type: ignore[import-not-found]

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(int(sys.argv[1])))
