"""The benchmark's LLM server, run as its own process so the app's CPU time is its own.

``python _server.py SPEC_JSON``: prints the base URL, serves every chat request with the
answer SPEC describes (see ``streaming.py``; the first ``math_tabs`` requests get an
answer full of formulas instead) and appends the CLOCK_MONOTONIC time at which
each stream's last byte was written to ``SPEC["stamps"]``; exits when stdin closes.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _paths  # noqa: E402  (the installed ava_desktop first, see _paths.py)

_paths.setup()

from _workload import answer, tokens  # noqa: E402

from tests.servers import LLMServer  # noqa: E402


class StampingServer(LLMServer):
    """Writes when each stream ended, so the app can measure end-to-screen latency."""

    stamps: Path | None = None

    async def _stream(self, request, rec, r):  # type: ignore[no-untyped-def, override]
        resp = await super()._stream(request, rec, r)
        if self.stamps is not None:
            with self.stamps.open("a") as f:
                f.write(f"{time.monotonic():.6f}\n")
        return resp


def main() -> None:
    spec = json.loads(sys.argv[1])
    text = answer(spec["answer_tokens"] * spec["token_chars"], seed=spec.get("seed", 7),
                  code_heavy=spec.get("code_heavy", False),
                  math_heavy=spec.get("math_heavy", False))
    server = StampingServer(models=["bench-model"])
    server.stamps = Path(spec["stamps"])
    for _ in range(spec.get("math_tabs", 0)):  # the first requests get formulas, then prose
        server.reply(tokens=tokens(answer(spec["answer_tokens"] * spec["token_chars"],
                                          seed=spec.get("seed", 7), math_heavy=True),
                                   spec["token_chars"]),
                     rate=spec.get("rate"), model="bench-model")
    server.set_default(tokens=tokens(text, spec["token_chars"]), rate=spec.get("rate"),
                       model="bench-model")
    server.start()
    print(server.base_url, flush=True)
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()
