"""BaseURL.join builds exactly the URL httpx would parse from the whole string."""

from __future__ import annotations

import httpx
import pytest

from humm_client._urls import BaseURL


@pytest.mark.parametrize(
    "base", ["https://config.heyhumm.ai", "http://127.0.0.1:8000", "http://h.test/prefix"]
)
@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/integration-sources/3c90c3cc-0d44-4b50-8888-8dd25736052a", None),
        ("/api/integration-sources/..%2Forganization%2Fx", None),
        ("/memories", {"organization_id": "o-1", "limit": 5, "offset": 0, "flag": True}),
        ("/memories/search/semantic", {"query": "support SLA 24 hours & more", "status": "approved"}),
        ("/path with space/é", {"q": "ü"}),  # not plain URL text: httpx's own parser
    ],
)
def test_join_equals_httpx(base: str, path: str, params: dict[str, object] | None) -> None:
    ours = BaseURL(base).join(path, params)
    theirs = httpx.URL(base + path, params=params)
    assert ours == theirs
    assert str(ours) == str(theirs)
    assert ours.raw_path == theirs.raw_path
    assert ours.host == theirs.host and ours.port == theirs.port


def test_invalid_base_url_is_rejected_once() -> None:
    with pytest.raises(httpx.InvalidURL):
        BaseURL("http://[::1")
