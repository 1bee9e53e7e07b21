"""Build a data folder for the README screenshots: a dozen conversations over the last months
(one pinned), an open one with code and a table, the theme and the window size.

    python docs/screenshot_data.py DIR --theme dark --size 1280x800
    AVA_DATA_DIR=DIR OPENAI_BASE_URL=http://127.0.0.1:9/v1 ava-desktop --model gpt-4o-mini
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from ava_desktop.core.paths import AppPaths
from ava_desktop.core.settings import Settings, SettingsStore
from ava_desktop.core.store import DB_FILENAME, Store

DAY = 86400
ANSWER = """Here is a quick **Python** example that reads a file and counts words:

```python
from collections import Counter

def top_words(path: str, n: int = 5) -> list[tuple[str, int]]:
    with open(path, encoding="utf-8") as f:
        return Counter(f.read().split()).most_common(n)
```

| Approach | Speed | Memory |
|---|---|---|
| `Counter` | fast | O(unique words) |
| manual dict | fast | O(unique words) |

> Tip: use `str.casefold()` to count *Word* and *word* together.

- [x] read the file once
- [ ] strip punctuation first[^1]

[^1]: `str.translate` with `str.maketrans("", "", string.punctuation)`.

See the [docs](https://docs.python.org/3/library/collections.html#collections.Counter).
"""
OTHERS = [
    ("Trip plan for Lisbon in May", 0.2), ("Explain Rust lifetimes simply", 0.5),
    ("SQL: window functions vs GROUP BY", 1.1), ("Birthday message for Sam", 1.3),
    ("Refactor the settings dialog", 3), ("Sourdough starter schedule", 5),
    ("Regex for ISO dates", 6), ("Kubernetes liveness vs readiness", 12),
    ("Draft: quarterly update email", 20), ("Compare PySide6 and PyQt6", 40),
    ("Notes on transformer attention", 70), ("Tax receipt checklist", 100),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    paths = AppPaths.resolve(args.dir).ensure()
    now = time.time()
    with Store.open(paths.data_dir / DB_FILENAME) as store:
        for title, days in OTHERS:
            conv = store.create_conversation(title, "env", "gpt-4o-mini")
            store.add_message(conv.id, "user", title)
            store.add_message(conv.id, "assistant", "…", model="gpt-4o-mini")
            store.touch(conv.id, now - days * DAY)
        pinned = store.create_conversation("Project glossary", "env", "gpt-4o-mini")
        store.add_message(pinned.id, "user", "Glossary")
        store.touch(pinned.id, now - 30 * DAY)
        store.set_pinned(pinned.id, True)
        main_conv = store.create_conversation("Show me how to count words in a file", "env",
                                              "gpt-4o-mini")
        store.add_message(main_conv.id, "user", "Show me how to count words in a file")
        store.add_message(main_conv.id, "assistant", ANSWER, model="gpt-4o-mini",
                          timings={"tokens_per_s": 227.0, "ttft_s": 0.02})
        store.save_window_state([main_conv.id], 0)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    width, height = (int(v) for v in args.size.split("x"))
    probe = QWidget()
    probe.setGeometry(0, 0, width, height)
    geometry = base64.b64encode(bytes(probe.saveGeometry().data())).decode()
    del app
    settings = Settings(theme=args.theme, window_geometry=geometry, local_discovery=False)
    SettingsStore(paths.settings_file).save(settings)
    print(paths.data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
