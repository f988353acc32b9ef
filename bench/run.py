"""`make bench`: humm-client against raw httpx, raw aiohttp and openai-python, side by side.

Every figure is measured in this one run, against a loopback server the benchmark starts
and stops itself (bench/server.py, stdlib asyncio, one canned answer), and reported as a
ratio. Writes BENCHMARKS.md and prints it. `QUICK=1` (make bench QUICK=1) runs a few
hundred requests per cell to catch crashes in CI; it asserts nothing about speed.
"""

from __future__ import annotations

import asyncio
import datetime
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import uuid
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUICK = os.environ.get("QUICK", "") not in ("", "0")
N_REQUESTS = 300 if QUICK else 10_000
ROUNDS = 1 if QUICK else 5  # interleaved rounds for the floor / from_dict / HummClient rows
N_RSS = 3_000 if QUICK else 100_000
IMPORT_RUNS = 3 if QUICK else 9
SOURCE_ID = uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")
BODY = {"name": "Warehouse", "description": "Nightly sync of the analytics warehouse", "is_active": True,
        "selected_streams": ["orders", "customers"], "last_sync_row_count": 120_000}  # fmt: skip
PATH = f"/api/integration-sources/{SOURCE_ID}"

Send = Callable[[], Awaitable[Any]]


def start_server() -> tuple[subprocess.Popen[str], str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.server", str(port)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise RuntimeError("benchmark server did not start")
    return proc, f"http://127.0.0.1:{port}"


def pydantic_model(base: Any = None) -> Any:
    """The example response's model in pydantic v2 (on openai's BaseModel for its machinery)."""
    from enum import Enum
    from typing import Any as A

    from pydantic import BaseModel, Field

    BaseModel = base or BaseModel

    class ConnectionStatus(str, Enum):
        connected = "connected"
        disconnected = "disconnected"
        error = "error"
        unknown = "unknown"

    class DescriptionSource(str, Enum):
        ai_generated = "ai_generated"
        manual_edit = "manual_edit"
        imported = "imported"
        information_schema = "information_schema"

    class SourceType(str, Enum):
        database = "database"
        saas = "saas"

    class IntegrationSourceResponse(BaseModel):
        name: str
        source_type: SourceType
        connector_type: str
        organization_id: uuid.UUID
        id: uuid.UUID
        created_at: datetime.datetime
        updated_at: datetime.datetime
        description_version: int
        description: str | None = None
        is_system: bool = False
        is_sync: bool = False
        configuration: dict[str, A] | None = None
        capabilities: list[str] | None = None
        is_active: bool = True
        connection_status: ConnectionStatus = ConnectionStatus.unknown
        last_connection_test: datetime.datetime | None = None
        legacy_data_source_id: uuid.UUID | None = None
        system_source_id: uuid.UUID | None = None
        instance_label: str | None = Field(default=None, max_length=20)
        airbyte_source_id: str | None = None
        airbyte_connection_id: str | None = None
        airbyte_connection_ids: list[str] | None = None
        airbyte_destination_id: str | None = None
        last_sync_at: datetime.datetime | None = None
        last_sync_status: str | None = None
        last_sync_row_count: int | None = None
        selected_streams: list[str] | None = None
        description_source: DescriptionSource | None = None
        description_generated_at: datetime.datetime | None = None

    return IntegrationSourceResponse


# -- contenders: each returns (send, close) ------------------------------------------------


async def raw_httpx(url: str, stack: AsyncExitStack) -> Send:
    import httpx

    client = await stack.enter_async_context(httpx.AsyncClient(base_url=url))
    return lambda: _httpx_put(client)


async def tuned_httpx(url: str, stack: AsyncExitStack) -> Send:
    import httpx

    limits = httpx.Limits(max_connections=50, max_keepalive_connections=50)
    client = await stack.enter_async_context(httpx.AsyncClient(base_url=url, limits=limits))
    return lambda: _httpx_put(client)


async def httpx_aiohttp(url: str, stack: AsyncExitStack) -> Send:
    import httpx
    from httpx_aiohttp import AiohttpTransport

    client = await stack.enter_async_context(httpx.AsyncClient(base_url=url, transport=AiohttpTransport()))
    return lambda: _httpx_put(client)


async def _httpx_put(client: Any) -> Any:
    response = await client.put(PATH, json=BODY)
    return response.json()


async def raw_aiohttp(url: str, stack: AsyncExitStack) -> Send:
    import aiohttp

    session = await stack.enter_async_context(aiohttp.ClientSession(base_url=url))

    async def send() -> Any:
        async with session.put(PATH, json=BODY) as response:
            return await response.json()

    return send


async def aiohttp_floor(url: str, stack: AsyncExitStack) -> Send:
    """The floor: aiohttp with stdlib json both ways, no typed parsing."""
    import json

    import aiohttp

    session = await stack.enter_async_context(aiohttp.ClientSession(base_url=url))
    headers = {"Content-Type": "application/json"}

    async def send() -> Any:
        async with session.put(PATH, data=json.dumps(BODY).encode(), headers=headers) as response:
            return json.loads(await response.read())

    return send


async def aiohttp_from_dict(url: str, stack: AsyncExitStack) -> Send:
    """The floor plus the generated model's `from_dict`: what typed parsing costs on its own."""
    import json

    import aiohttp

    from humm_client.models import IntegrationSourceResponse

    session = await stack.enter_async_context(aiohttp.ClientSession(base_url=url))
    headers = {"Content-Type": "application/json"}

    async def send() -> Any:
        async with session.put(PATH, data=json.dumps(BODY).encode(), headers=headers) as response:
            return IntegrationSourceResponse.from_dict(json.loads(await response.read()))

    return send


async def humm_default(url: str, stack: AsyncExitStack) -> Send:
    from humm_client import HummClient

    humm = await stack.enter_async_context(HummClient(token="bench", base_url=url))
    return lambda: humm.integration_sources.update(SOURCE_ID, **BODY)


async def humm_on_httpx(url: str, stack: AsyncExitStack) -> Send:
    import httpx

    from humm_client import HummClient

    http = await stack.enter_async_context(httpx.AsyncClient())
    humm = await stack.enter_async_context(HummClient(token="bench", base_url=url, http_client=http))
    return lambda: humm.integration_sources.update(SOURCE_ID, **BODY)


async def openai_default(url: str, stack: AsyncExitStack) -> Send:
    from openai import AsyncOpenAI, BaseModel

    model = pydantic_model(BaseModel)
    client = await stack.enter_async_context(AsyncOpenAI(api_key="bench", base_url=url))
    return lambda: client.put(PATH, body=BODY, cast_to=model)


async def openai_aiohttp(url: str, stack: AsyncExitStack) -> Send:
    from openai import AsyncOpenAI, BaseModel, DefaultAioHttpClient

    model = pydantic_model(BaseModel)
    http = await stack.enter_async_context(DefaultAioHttpClient())
    client = await stack.enter_async_context(AsyncOpenAI(api_key="bench", base_url=url, http_client=http))
    return lambda: client.put(PATH, body=BODY, cast_to=model)


FLOOR = "raw aiohttp + `json.loads` (the floor)"
HUMM = "**`HummClient` (defaults)**"
CONTENDERS: dict[str, Callable[[str, AsyncExitStack], Awaitable[Send]]] = {
    FLOOR: aiohttp_floor,
    "aiohttp + `json.loads` + generated `from_dict`": aiohttp_from_dict,
    HUMM: humm_default,
    "raw `httpx.AsyncClient()`": raw_httpx,
    "raw aiohttp `ClientSession`": raw_aiohttp,
    "`HummClient(http_client=httpx.AsyncClient())`": humm_on_httpx,
    "httpx, tuned pool (50 connections)": tuned_httpx,
    "httpx + httpx-aiohttp 0.2 transport": httpx_aiohttp,
    "openai-python `AsyncOpenAI` (default client)": openai_default,
    "openai-python `AsyncOpenAI` (`DefaultAioHttpClient`)": openai_aiohttp,
}


async def throughput(
    factory: Callable[[str, AsyncExitStack], Awaitable[Send]], url: str, concurrency: int
) -> float:
    async with AsyncExitStack() as stack:
        send = await factory(url, stack)
        for _ in range(min(200, N_REQUESTS // 5)):  # warm up connections and caches
            await send()
        semaphore = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with semaphore:
                await send()

        gc.collect()
        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(N_REQUESTS)))
        return N_REQUESTS / (time.perf_counter() - started)


def parse_figures() -> dict[str, float]:
    import yaml

    from humm_client.models import IntegrationSourceResponse

    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    example = spec["paths"]["/api/integration-sources/{source_id}"]["put"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]["docs"]["value"]
    model = pydantic_model()
    assert IntegrationSourceResponse.from_dict(example).to_dict() == example
    n = 2_000 if QUICK else 50_000
    ours = (
        min(timeit.repeat(lambda: IntegrationSourceResponse.from_dict(example).to_dict(), number=n, repeat=3))
        / n
    )
    theirs = (
        min(timeit.repeat(lambda: model.model_validate(example).model_dump(mode="json"), number=n, repeat=3))
        / n
    )
    ours_parse = (
        min(timeit.repeat(lambda: IntegrationSourceResponse.from_dict(example), number=n, repeat=3)) / n
    )
    theirs_parse = min(timeit.repeat(lambda: model.model_validate(example), number=n, repeat=3)) / n
    # Parse, then read every attribute (what a lazy model would defer), each side.
    names = list(model.model_fields)
    ours_read = (
        min(
            timeit.repeat(
                lambda: _read_all(IntegrationSourceResponse.from_dict(example), names), number=n, repeat=3
            )
        )
        / n
    )
    theirs_read = (
        min(timeit.repeat(lambda: _read_all(model.model_validate(example), names), number=n, repeat=3)) / n
    )
    return {"ours": ours * 1e6, "pydantic": theirs * 1e6, "ours_parse": ours_parse * 1e6,
            "pydantic_parse": theirs_parse * 1e6, "ours_read": ours_read * 1e6,
            "pydantic_read": theirs_read * 1e6}  # fmt: skip


def _read_all(instance: Any, names: list[str]) -> None:
    for name in names:
        getattr(instance, name)


_PYCACHES: list[tempfile.TemporaryDirectory[str]] = []


def child_env(*, bytecode: bool = True) -> dict[str, str]:
    """The environment of a fresh interpreter that is timed.

    ``bytecode=True``: as an installed package runs (pip compiles it at install), whatever this
    shell says (``PYTHONDONTWRITEBYTECODE``); the bytecode lives in a temporary directory of this
    run, not in the tree, and the first child writes it (time a warm-up child first).
    ``bytecode=False``: every module compiled from source, as with bytecode writing turned off.
    """
    if len(_PYCACHES) < 2:
        _PYCACHES.extend(tempfile.TemporaryDirectory(prefix="humm-bench-pycache-") for _ in range(2))
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHES[0 if bytecode else 1].name
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def runtime_path(into: Path) -> Path:
    """A directory holding (as links) only the packages `pip install humm-client` brings.

    Why: this virtualenv also has the dev tools, and some change what `import httpx` costs
    (httpx imports its command line when click and rich are present). An interpreter started
    with ``-S`` and this directory plus the project on its path imports as a clean virtualenv
    would, without installing anything.
    """
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = ["humm-client"]
    while todo:
        dist = metadata.distribution(todo.pop())
        for text in dist.requires or []:
            req = Requirement(text)
            name = req.name.lower().replace("_", "-")
            if name not in seen and (req.marker is None or req.marker.evaluate({"extra": ""})):
                seen.add(name)
                todo.append(name)
    for name in seen:
        dist = metadata.distribution(name)
        for top in {Path(str(f)).parts[0] for f in dist.files or []}:
            source = Path(str(dist.locate_file(top)))
            if top.endswith((".dist-info", ".pth")) or top in ("..", "__pycache__") or not source.exists():
                continue
            link = into / top
            if not link.exists():
                link.symlink_to(source)
    return into


def import_time(module: str, path: Path | None = None) -> float:
    """Median wall time of `import module` in a fresh interpreter (bytecode cached), minus an empty
    one's. With ``path`` (see ``runtime_path``): only the project and what is on ``path``."""
    env = child_env()
    flags: list[str] = []
    if path is not None:
        env["PYTHONPATH"] = f"{path}{os.pathsep}{ROOT}"
        flags = ["-S"]

    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, *flags, "-c", code], check=True, cwd=ROOT, env=env)
        return time.perf_counter() - started

    run(f"import {module}")  # writes its bytecode

    empty = statistics.median(run("pass") for _ in range(IMPORT_RUNS))
    return statistics.median(run(f"import {module}") for _ in range(IMPORT_RUNS)) - empty


async def rss_growth(url: str) -> float:
    """RSS growth (MiB) over N_RSS requests through one HummClient, after a warm-up."""
    import psutil

    from humm_client import HummClient

    process = psutil.Process()
    async with HummClient(token="bench", base_url=url) as humm:
        semaphore = asyncio.Semaphore(50)

        async def one() -> None:
            async with semaphore:
                await humm.integration_sources.update(SOURCE_ID, **BODY)

        await asyncio.gather(*(one() for _ in range(2_000)))
        gc.collect()
        before = process.memory_info().rss
        done = 0
        while done < N_RSS:
            batch = min(5_000, N_RSS - done)
            await asyncio.gather(*(one() for _ in range(batch)))
            done += batch
        gc.collect()
        return (process.memory_info().rss - before) / 2**20


async def burst(url: str, factory: str) -> tuple[int, float]:
    """1,000 calls fired at once through one client with a 3 s timeout: errors and seconds."""
    import httpx

    from humm_client import HummClient

    started = time.perf_counter()
    if factory == "humm":
        async with HummClient(token="bench", base_url=url, timeout=3.0, max_retries=0) as humm:
            results = await asyncio.gather(
                *(humm.integration_sources.update(SOURCE_ID, **BODY) for _ in range(1_000)),
                return_exceptions=True,
            )
    else:
        async with httpx.AsyncClient(base_url=url, timeout=3.0) as client:
            results = await asyncio.gather(
                *(client.put(PATH, json=BODY) for _ in range(1_000)), return_exceptions=True
            )
    errors = sum(isinstance(r, BaseException) for r in results)
    return errors, time.perf_counter() - started


async def service_overhead(url: str) -> dict[str, float]:
    """What the rate-limit and tracing hooks cost a call, in client CPU µs (concurrency 1).

    - ``checks``: the statements the default path gained (is a host paused or a cap set? is the
      status 429/503? is there a tracer?), timed alone: with tracing absent (OpenTelemetry not
      installed, or ``HUMM_TRACING=off``) that is all the default path does more than before.
    - ``call``: a whole call's client CPU time with tracing absent, the yardstick.
    - ``unset`` / ``sdk``: a call with ``opentelemetry-api`` installed but no tracer provider set,
      and with the OpenTelemetry SDK recording every span (no exporter), from batches interleaved
      with the ``call`` client's so that machine noise hits all alike. Runs last: it sets the
      global tracer provider.
    """
    import httpx

    from humm_client import HummClient
    from humm_client._ratelimit import PAUSE_STATUSES

    os.environ["HUMM_TRACING"] = "off"
    absent = HummClient(token="bench", base_url=url)
    del os.environ["HUMM_TRACING"]
    traced = HummClient(token="bench", base_url=url)
    assert absent._tracing is None and traced._tracing is not None
    n_batch, rounds = (50, 4) if QUICK else (200, 15)

    async def batch(humm: HummClient) -> float:
        started = time.process_time()
        for _ in range(n_batch):
            await humm.integration_sources.update(SOURCE_ID, **BODY)
        return (time.process_time() - started) / n_batch

    async def compare() -> tuple[float, float]:
        await batch(absent), await batch(traced)  # warm up
        a: list[float] = []
        b: list[float] = []
        for _ in range(rounds):
            a.append(await batch(absent))
            b.append(await batch(traced))
        return statistics.median(a), statistics.median(b)

    response = httpx.Response(200)
    n = 20_000 if QUICK else 1_000_000
    empty = min(timeit.repeat(lambda: None, number=n, repeat=5)) / n
    checks = min(timeit.repeat(
        lambda: (absent._flow.engaged, response.status_code in PAUSE_STATUSES, absent._tracing is not None),
        number=n, repeat=5)) / n - empty  # fmt: skip
    import asyncio

    from humm_client._client import _Deadline

    async def deadlines(count: int) -> float:  # what HummClient._attempt does for its deadline
        loop, task = asyncio.get_running_loop(), asyncio.current_task()
        started = time.process_time()
        for _ in range(count):
            timer = loop.call_at(loop.time() + 30.0, _Deadline(task))
            timer.cancel()
        return (time.process_time() - started) / count

    deadline = min([await deadlines(n // 10) for _ in range(5)])
    try:
        call, unset = await compare()
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider

        trace.set_tracer_provider(TracerProvider())
        call_sdk, sdk = await compare()
    finally:
        await absent.aclose()
        await traced.aclose()
    return {"checks": checks * 1e6, "deadline": deadline * 1e6, "call": call * 1e6, "unset": (unset - call) * 1e6,
            "sdk": (sdk - call_sdk) * 1e6, "call_sdk": call_sdk * 1e6}  # fmt: skip


def versions() -> str:
    names = ["httpx", "aiohttp", "attrs", "openapi-python-client", "openai", "pydantic", "httpx-aiohttp"]
    return ", ".join(f"{n} {metadata.version(n)}" for n in names)


async def main() -> int:
    server, url = start_server()
    try:
        rates: dict[str, dict[int, float]] = {}
        # The floor, floor + from_dict and HummClient: ROUNDS interleaved rounds, median (the
        # ratios the goals are about; machine noise hits all three alike). The others: one round.
        key = list(CONTENDERS)[:3]
        samples: dict[str, dict[int, list[float]]] = {name: {1: [], 50: []} for name in key}
        for _ in range(ROUNDS):
            for concurrency in (1, 50):
                for name in key:
                    samples[name][concurrency].append(await throughput(CONTENDERS[name], url, concurrency))
        for name in key:
            rates[name] = {c: statistics.median(samples[name][c]) for c in (1, 50)}
            print(f"  {name}: {rates[name][1]:,.0f} / {rates[name][50]:,.0f} req/s (c1 / c50)", flush=True)
        for name, factory in CONTENDERS.items():
            if name in rates:
                continue
            rates[name] = {}
            for concurrency in (1, 50):
                rates[name][concurrency] = await throughput(factory, url, concurrency)
                print(
                    f"  {name}: concurrency {concurrency}: {rates[name][concurrency]:,.0f} req/s", flush=True
                )
        from . import first_request  # it imports this module

        cold = first_request.measure(url, IMPORT_RUNS)
        cold_source = first_request.measure(url, IMPORT_RUNS, bytecode=False)
        burst_humm = await burst(url, "humm")
        burst_httpx = await burst(url, "httpx") if not QUICK else None
        rss = await rss_growth(url)
        overhead = await service_overhead(url)  # last: it sets a global tracer provider
    finally:
        server.terminate()
        server.wait()
    parse = parse_figures()
    with tempfile.TemporaryDirectory(prefix="humm-bench-runtime-") as tmp:
        clean = runtime_path(Path(tmp))
        imports = {m: import_time(m, clean) for m in ("humm_client", "httpx")}
        imports |= {f"{m} (dev)": import_time(m) for m in ("humm_client", "httpx")}
    write_report(rates, parse, imports, rss, burst_humm, burst_httpx, overhead, cold, cold_source)
    return 0


def write_report(
    rates: dict[str, dict[int, float]],
    parse: dict[str, float],
    imports: dict[str, float],
    rss: float,
    burst_humm: tuple[int, float],
    burst_httpx: tuple[int, float] | None,
    overhead: dict[str, float],
    cold: dict[str, float],
    cold_source: dict[str, float],
) -> None:
    base = rates["raw `httpx.AsyncClient()`"]
    floor = rates[FLOOR]
    aio = rates["raw aiohttp `ClientSession`"]
    humm = rates[HUMM]
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench{' QUICK=1' if QUICK else ''}` on {datetime.date.today().isoformat()}: "
        f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; {versions()}.",
        "",
        f"Each cell: {N_REQUESTS:,} `PUT {PATH.split(str(SOURCE_ID))[0]}{{id}}` requests with a realistic body, "
        "answered by a loopback asyncio server (bench/server.py) with the documented example response, "
        "parsed into a typed model by every SDK contender. Ratios are against the floor (raw aiohttp with "
        "`json.dumps`/`json.loads`, no typed parsing) and raw `httpx.AsyncClient()`, measured in the same run; "
        f"the first three rows are the median of {ROUNDS} interleaved rounds. Event loop: {LOOP}. "
        "Absolute req/s vary with the machine's load (it may be shared): compare ratios within one run."
        + (" **QUICK run: too few requests for the figures to mean much.**" if QUICK else ""),
        "",
        "| client | req/s, concurrency 1 | × floor | × httpx | req/s, concurrency 50 | × floor | × httpx |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in rates.items():
        lines.append(
            f"| {name} | {r[1]:,.0f} | {r[1] / floor[1]:.2f} | {r[1] / base[1]:.2f} | {r[50]:,.0f} "
            f"| {r[50] / floor[50]:.2f} | {r[50] / base[50]:.2f} |"
        )
    ratio_import = imports["humm_client"] / imports["httpx"]
    lines += [
        "",
        "## Goals",
        "",
        "| goal | measured | met |",
        "|---|---|---|",
        f"| `HummClient` ≥ 0.75× the floor (raw aiohttp + `json.loads`) at concurrency 50 | "
        f"{humm[50] / floor[50]:.2f}× | {_met(humm[50] >= 0.75 * floor[50])} |",
        f"| `HummClient` ≥ 0.85× the floor at concurrency 1 | {humm[1] / floor[1]:.2f}× | "
        f"{_met(humm[1] >= 0.85 * floor[1])} |",
        f'| parse + `to_dict` ≥ 1.3× pydantic v2 `model_validate` + `model_dump(mode="json")` | '
        f"{parse['pydantic'] / parse['ours']:.2f}× ({parse['ours']:.1f} µs vs {parse['pydantic']:.1f} µs) | "
        f"{_met(parse['pydantic'] >= 1.3 * parse['ours'])} |",
        f"| parse, every attribute read ≥ 1.0× pydantic | {parse['pydantic_read'] / parse['ours_read']:.2f}× "
        f"({parse['ours_read']:.1f} µs vs {parse['pydantic_read']:.1f} µs) | "
        f"{_met(parse['pydantic_read'] >= parse['ours_read'])} |",
        f"| first request after `HummClient()` ≤ 20 ms (loopback, fresh process, bytecode cached) | "
        f"{cold['first call'] * 1000:.1f} ms ({cold_source['first call'] * 1000:.1f} ms from source) | "
        f"{_met(cold['first call'] <= 0.020)} |",
        f"| first namespace access ≤ 25 ms (fresh process, bytecode cached) | {cold['namespace'] * 1000:.1f} ms "
        f"({cold_source['namespace'] * 1000:.1f} ms from source) | "
        f"{_met(cold['namespace'] <= 0.025)} |",
        "| `import humm_client` ≤ 1.5× `import httpx`, runtime dependencies only (as a clean virtualenv), "
        f"bytecode cached | {imports['humm_client'] * 1000:.0f} ms vs {imports['httpx'] * 1000:.0f} ms "
        f"({ratio_import:.2f}×; in this dev virtualenv {imports['humm_client (dev)'] * 1000:.0f} ms vs "
        f"{imports['httpx (dev)'] * 1000:.0f} ms) | {_met(ratio_import <= 1.5)} |",
        f"| `HummClient` at concurrency 50 ≥ 3× raw httpx | {humm[50] / base[50]:.2f}× | {_met(humm[50] >= 3 * base[50])} |",
        f"| `HummClient` at concurrency 50 ≥ 0.33× raw aiohttp | {humm[50] / aio[50]:.2f}× | "
        f"{_met(humm[50] >= 0.33 * aio[50])} |",
        f"| `HummClient` at concurrency 1 ≥ raw httpx | {humm[1] / base[1]:.2f}× | {_met(humm[1] >= base[1])} |",
        f"| parse + `to_dict` ≥ pydantic v2 `model_validate` + `model_dump` | {parse['ours']:.1f} µs vs "
        f"{parse['pydantic']:.1f} µs ({parse['pydantic'] / parse['ours']:.2f}× pydantic's speed) | "
        f"{_met(parse['ours'] <= parse['pydantic'])} |",
        f"| RSS growth < 5 MiB over {N_RSS:,} requests through one client | {rss:+.1f} MiB | {_met(rss < 5)} |",
        f"| 1,000 concurrent calls, `timeout=3.0`, one client: 0 errors | `HummClient`: {burst_humm[0]} errors in "
        f"{burst_humm[1]:.2f} s"
        + (f"; raw httpx: {burst_httpx[0]} errors in {burst_httpx[1]:.2f} s" if burst_httpx else "")
        + f" | {_met(burst_humm[0] == 0)} |",
        f"| rate-limit and tracing hooks, tracing absent: ≤ 2 % of a call | {overhead['checks'] * 1000:.0f} ns "
        f"of {overhead['call']:.0f} µs client CPU ({overhead['checks'] / overhead['call']:.3%}) "
        f"| {_met(overhead['checks'] <= 0.02 * overhead['call'])} |",
        "",
        f"Parse alone: `from_dict` {parse['ours_parse']:.1f} µs, pydantic `model_validate` {parse['pydantic_parse']:.1f} µs.",
        "",
        f"Cold start (`python -m bench.first_request`, median of {IMPORT_RUNS} fresh processes, bytecode "
        "cached as after `pip install`, which compiles it): import "
        f"{cold['import'] * 1000:.0f} ms, `HummClient(...)` {cold['build'] * 1000:.0f} ms (imports aiohttp), "
        f"first namespace access {cold['namespace'] * 1000:.1f} ms, first call {cold['first call'] * 1000:.1f} ms, "
        f"second call {cold['second call'] * 1000:.1f} ms. With every module compiled from source "
        "(bytecode writing off, `PYTHONDONTWRITEBYTECODE=1`, or a read-only install without bytecode): "
        f"import {cold_source['import'] * 1000:.0f} ms, first namespace access "
        f"{cold_source['namespace'] * 1000:.1f} ms, first call {cold_source['first call'] * 1000:.1f} ms (its "
        "models compile on first use).",
        "",
        f"The per-attempt deadline (one loop timer, on every path) costs {overhead['deadline']:.2f} µs of "
        f"client CPU a call ({overhead['deadline'] / overhead['call']:.1%} of a call).",
        "",
        "Tracing, client CPU per call at concurrency 1, in batches interleaved with a client that has "
        f"tracing absent ({overhead['call']:.0f} µs a call): `opentelemetry-api` installed but no tracer "
        f"provider set {overhead['unset']:+.1f} µs ({overhead['unset'] / overhead['call']:+.1%}); the "
        f"OpenTelemetry SDK recording every span {overhead['sdk']:+.1f} µs "
        f"({overhead['sdk'] / overhead['call_sdk']:+.1%}).",
        "",
    ]
    lines += _misses(rates, parse, cold)
    lines += NOTES
    report = "\n".join(lines) + "\n"
    if not QUICK:
        (ROOT / "BENCHMARKS.md").write_text(report, encoding="utf-8")
    print(report)


def _misses(rates: dict[str, dict[int, float]], parse: dict[str, float], cold: dict[str, float]) -> list[str]:
    """Each of issue 13's goals this run missed: by how much, and why."""
    floor, humm = rates[FLOOR], rates[HUMM]
    typed = rates["aiohttp + `json.loads` + generated `from_dict`"]
    out: list[str] = []
    for concurrency, goal in ((50, 0.75), (1, 0.85)):
        ratio = humm[concurrency] / floor[concurrency]
        if ratio < goal:
            out.append(
                f"- Concurrency {concurrency}: {ratio:.2f}× the floor against {goal}× ({goal - ratio:.2f} short). "
                f"The typed parse alone takes the floor to {typed[concurrency] / floor[concurrency]:.2f}× (the "
                "`from_dict` row). The rest is Python per call: packing the arguments into the request model "
                "and its `to_dict`, building the request's URL and headers, the retry/flow-control/tracing "
                "checks and the response object."
            )
    speed, speed_read = parse["pydantic"] / parse["ours"], parse["pydantic_read"] / parse["ours_read"]
    if speed < 1.3 or speed_read < 1.0:
        out.append(
            f"- Parsing: {speed:.2f}× pydantic against 1.3× (parse + `to_dict`), {speed_read:.2f}× against 1.0× "
            "with every attribute read. The largest shares of the parse are the UUIDs' format check and "
            "object, then the datetimes; pydantic does both in Rust."
        )
    if cold["namespace"] > 0.025:
        out.append(
            f"- First namespace access: {cold['namespace'] * 1000:.0f} ms against 25 ms. A namespace module "
            "imports no model and no endpoint module (each operation's load on its first call); what is left "
            "is the namespace module itself."
        )
    if cold["first call"] > 0.020:
        out.append(
            f"- First request: {cold['first call'] * 1000:.0f} ms against 20 ms. It loads the operation's "
            "endpoint module and models (attrs builds each class as it is imported) before sending."
        )
    if out:
        out = ["## Goals missed, by how much and why", "", *out, ""]
    return out


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


NOTES = [
    "## Why these results",
    "",
    "- The default transport is `humm_client._aiohttp.AiohttpTransport`, aiohttp's connection pool behind the "
    "SDK's transport contract (`humm_client._contract`); the errors and raw responses a user sees are httpx's `Request`/`Response`. httpx's own pool is what collapses "
    "under concurrency; the tuned-pool row shows that raising its limits does not fix it. Every attempt runs under "
    "its deadline (one loop timer), and its body is read and decoded by the client under `max_response_size`.",
    "- `HummClient` sends straight to the aiohttp pool: method, the URL as text, the merged header dict (kept "
    "per operation) and the body bytes (orjson-encoded) go to aiohttp as they are. The `httpx.Request` and an "
    "identity-encoded answer's already-read `httpx.Response` are subclasses whose `url`, `headers` and "
    "stream are made only if read (errors, raw responses, debug logging); JSON is decoded with orjson. What "
    "is left between the floor and `HummClient` is the typed parse (the `from_dict` row shows its share), "
    "argument packing into the request model and its `to_dict` in Python, and the retry, flow-control and "
    "error-mapping code around each call.",
    "- Parsing: the generated attrs models parse in pure Python (strict type checks, exact datetime and UUID "
    "text kept for round-trips, unknown fields and enum values kept); pydantic v2 validates in compiled Rust "
    "(pydantic-core). A response model's `from_dict` is straight-line code: the instance is made with "
    "`object.__new__` and its slots stored directly, JSON types are checked by exact class, enums are looked "
    "up in a table, a UUID is a `uuid.UUID` subclass keeping the server's text (format checked with a regex, "
    "the integer computed on first use), a datetime is a plain `datetime.fromisoformat` result. On the "
    "29-field example (5 datetimes, 4 UUIDs) the UUIDs are still about a third of the parse.",
    "- aiohttp, asyncio and the transport are imported only when the first client is built, so `import "
    "humm_client` pays for httpx, attrs and orjson only; building the client loads them, so the first "
    "request does not. A namespace (`humm.integration_sources`) loads no model: each operation's endpoint module and "
    "models load on its first call. `python -m bench.first_request` times import, build, the first namespace "
    "access and the first and second calls in fresh processes, with the bytecode cached as after "
    "`pip install` and compiled from source.",
]


def _loop() -> tuple[str, Callable[[Any], int]]:
    """uvloop when it is installed (the server uses it too), else asyncio's default loop."""
    try:
        import uvloop  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return "asyncio (uvloop not installed)", asyncio.run
    return f"uvloop {metadata.version('uvloop')}", uvloop.run


LOOP, _run = _loop()

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(_run(main()))
