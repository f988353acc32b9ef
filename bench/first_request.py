"""Cold start: `import humm_client`, `HummClient(...)` and the first call, each timed in fresh processes.

Run: python -m bench.first_request [RUNS]. Prints the median of each phase over RUNS (default 7)
fresh interpreters, against the loopback benchmark server (bench/server.py). "namespace" is the
first use of `humm.integration_sources` (it loads that namespace's generated modules); "first
call" is then the first request, which should not include importing the transport.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from .run import ROOT, child_env, start_server

CHILD = """
import asyncio, json, sys, time, uuid
t0 = time.perf_counter()
import humm_client
t1 = time.perf_counter()
humm = humm_client.HummClient(token="bench", base_url=sys.argv[1])
t2 = time.perf_counter()
async def main():
    t3 = time.perf_counter()
    await humm.integration_sources.update(uuid.UUID(int=1), name="Warehouse")
    t4 = time.perf_counter()
    await humm.integration_sources.update(uuid.UUID(int=1), name="Warehouse")
    t5 = time.perf_counter()
    await humm.aclose()
    return t4 - t3, t5 - t4
t = time.perf_counter()
humm.integration_sources  # loads the namespace's generated modules
namespace = time.perf_counter() - t
first, second = asyncio.run(main())
print(json.dumps({"import": t1 - t0, "build": t2 - t1, "namespace": namespace, "first call": first,
                  "second call": second}))
"""


def measure(url: str, runs: int, *, bytecode: bool = True) -> dict[str, float]:
    """Median seconds of each phase over ``runs`` fresh interpreters, against the server at ``url``.

    ``bytecode``: as an installed package runs (compiled once, by a warm-up child), or with
    every module compiled from source (see ``run.child_env``).
    """
    env = child_env(bytecode=bytecode)

    def child() -> dict[str, float]:
        done = subprocess.run([sys.executable, "-c", CHILD, url], check=True, cwd=ROOT, env=env,
                              capture_output=True, text=True)  # fmt: skip
        result: dict[str, float] = json.loads(done.stdout)
        return result

    child()  # warm-up: writes the bytecode (with bytecode=False, the OS file cache only)
    samples = [child() for _ in range(runs)]
    return {phase: statistics.median(s[phase] for s in samples) for phase in samples[0]}


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    server, url = start_server()
    try:
        for bytecode, title in ((True, "bytecode cached, as installed"), (False, "compiled from source")):
            medians = measure(url, runs, bytecode=bytecode)
            print(f"{title} (median of {runs}):")
            for phase, seconds in medians.items():
                print(f"{phase:>14}: {seconds * 1000:7.1f} ms")
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
