"""Serve the fake Humm API over HTTP: ``python -m humm_client.testing --port 8000``.

For non-Python consumers and for ``curl``; both hosts' paths are served on one port.
"""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m humm_client.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--token", default=None, help="accept only this bearer token (default: any)")
    args = parser.parse_args(argv)

    try:
        import uvicorn
    except ModuleNotFoundError:
        raise SystemExit("serving the fake needs uvicorn: pip install 'humm-client[testing]'") from None

    from . import FakeHumm

    print(f"FakeHumm: serving the Humm API on http://{args.host}:{args.port} (Ctrl-C to stop)", flush=True)
    uvicorn.run(FakeHumm(token=args.token), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
