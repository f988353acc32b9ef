"""Serve the fake Humm API over HTTP: ``python -m humm_client.testing --port 8000``.

For non-Python consumers, ``curl`` and end-to-end tests; both hosts' paths are served on one
port. ``--seed FILE`` loads records (JSON or YAML: namespace -> list of records, as the API
answers them), ``--latency SECONDS`` delays every answer. Ctrl-C or SIGTERM stops it cleanly.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m humm_client.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--token", default=None, help="accept only this bearer token (default: any)")
    parser.add_argument("--seed", type=Path, default=None, help="records to start with (JSON or YAML)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    args = parser.parse_args(argv)
    if args.latency < 0:
        parser.error("--latency must be >= 0")

    try:
        import uvicorn
    except ModuleNotFoundError:
        raise SystemExit("serving the fake needs uvicorn: pip install 'humm-client[testing]'") from None

    from . import FakeHumm

    try:
        if args.seed is not None:
            fake = FakeHumm.from_seed(args.seed, token=args.token, latency=args.latency)
        else:
            fake = FakeHumm(token=args.token, latency=args.latency)
    except (OSError, ValueError) as exc:  # an unreadable or invalid seed file: say which and why
        raise SystemExit(f"python -m humm_client.testing: {exc}") from None
    seeded = f", {sum(fake.store.count(k) for k in fake.store.kinds())} seeded record(s)" if args.seed else ""
    print(
        f"FakeHumm: serving the Humm API on http://{args.host}:{args.port}{seeded} (Ctrl-C to stop)",
        flush=True,
    )
    uvicorn.run(fake, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
