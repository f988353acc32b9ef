"""Throughput probe: python -m bench.quick_probe PORT N CONC."""

import asyncio, sys, time, json
import httpx


async def run(name, send, n, conc):
    sem = asyncio.Semaphore(conc)

    async def one():
        async with sem:
            await send()

    t = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    dt = time.perf_counter() - t
    print(f"{name:30s} conc={conc:3d} {n / dt:8.0f} req/s")


async def main(port, n, conc):
    url = f"http://127.0.0.1:{port}/api/integration-sources/3c90c3cc-0d44-4b50-8888-8dd25736052a"
    body = {"name": "Warehouse", "description": "nightly", "is_active": True}
    async with httpx.AsyncClient() as c:

        async def s():
            (await c.put(url, json=body)).json()

        await run("httpx default", s, n, conc)
    import aiohttp

    async with aiohttp.ClientSession() as sess:

        async def s2():
            async with sess.put(url, json=body) as r:
                await r.json()

        await run("aiohttp raw", s2, n, conc)
    from httpx_aiohttp import AiohttpTransport

    async with httpx.AsyncClient(transport=AiohttpTransport()) as c:

        async def s3():
            (await c.put(url, json=body)).json()

        await run("httpx+aiohttp transport", s3, n, conc)


asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
