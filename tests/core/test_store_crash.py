"""kill -9 mid-stream: the database stays intact, the user's message is there, and at most
about one write-back interval of the streamed answer is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ava_desktop.core.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

CHILD = r"""
import sys, time
from ava_desktop.core.conversation.node import Node
from ava_desktop.core.conversation.saving import AnswerSaver
from ava_desktop.core.store import Store
store = Store.open(sys.argv[1])
conv = store.create_conversation("crash test")
user = store.add_message(conv.id, "user", "USER-QUESTION")
answer = store.add_message(conv.id, "assistant", "", state="streaming", model="m")
print("ready", conv.id, user.id, answer.id, flush=True)
node = Node.from_message(answer)
writer = AnswerSaver(store, node, interval=float(sys.argv[2]))
total = 0
for i in range(10**7):
    chunk = f"<{i:06d}>"
    node.chunks.append(chunk)
    writer.maybe_save()
    total += len(chunk)
    print(total, time.monotonic(), flush=True)
    time.sleep(float(sys.argv[3]))
"""


def _expected(length: int) -> str:
    text = "".join(f"<{i:06d}>" for i in range(length // 8 + 1))
    return text[:length]


def _run_and_kill(db: Path, interval: float, pause: float, run_for: float
                  ) -> tuple[list[int], list[tuple[int, float]], float]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(interval), str(pause)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("ready"), first + proc.stderr.read()  # type: ignore[union-attr]
        ids = [int(x) for x in first.split()[1:]]
        progress: list[tuple[int, float]] = []
        deadline = time.monotonic() + run_for
        while time.monotonic() < deadline:
            total, stamp = proc.stdout.readline().split()
            progress.append((int(total), float(stamp)))
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        for line in proc.stdout:  # whatever it printed before dying was committed before
            total, stamp = line.split()
            progress.append((int(total), float(stamp)))
    finally:
        proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    return ids, progress, killed_at


def _check(db: Path, ids: list[int]) -> str:
    conv_id, user_id, answer_id = ids
    with Store.open(db, check="full") as store:  # the lock died with the child
        assert store.integrity_check() == ["ok"]
        assert store.get_message(user_id).content == "USER-QUESTION"
        assert store.interrupted_message_ids == [answer_id]
        answer = store.get_message(answer_id)
        assert answer.state == "interrupted"
        assert [m.id for m in store.messages(conv_id)] == [user_id, answer_id]
        return answer.content


def test_kill_9_mid_stream_keeps_all_but_the_last_interval(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    ids, progress, killed_at = _run_and_kill(db, interval=0.5, pause=0.002, run_for=1.4)
    content = _check(db, ids)
    assert content == _expected(len(content))  # a clean prefix of what was streamed
    streamed = progress[-1][0]
    due = max((total for total, stamp in progress if stamp <= killed_at - 1.0), default=0)
    assert due > 0
    assert due <= len(content) <= streamed


@pytest.mark.parametrize("run_for", [0.25, 0.4, 0.55])
def test_kill_9_during_back_to_back_commits(tmp_path: Path, run_for: float) -> None:
    """interval=0: the kill lands inside a commit with high probability; WAL must hold."""
    db = tmp_path / "c.sqlite3"
    ids, progress, _ = _run_and_kill(db, interval=0.0, pause=0.0, run_for=run_for)
    content = _check(db, ids)
    assert content == _expected(len(content))
    assert len(content) >= progress[-1][0]  # everything it reported was already committed
