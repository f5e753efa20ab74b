"""Network hygiene shared by tests and the Telegram load benchmark."""

from __future__ import annotations

import os

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def clear_proxies() -> None:
    """Everything here talks to 127.0.0.1 directly, whatever proxy the machine is set up with."""
    for name in PROXY_VARIABLES:
        os.environ.pop(name, None)
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
