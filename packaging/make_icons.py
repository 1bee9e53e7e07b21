"""Write packaging/windows/ava-desktop.ico and packaging/macos/ava-desktop.icns from the
PNGs in resources/icons (both formats may hold PNG data as is: no image library needed).

    python packaging/make_icons.py     # after changing the icon; the outputs are committed
"""

from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png(size: int) -> bytes:
    data = (ICONS / f"ava-desktop-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", size
    return data


def ico() -> bytes:
    images = [png(s) for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns() -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data
                    for kind, data in ((k, png(s)) for s, k in ICNS_TYPES.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    (ROOT / "packaging" / "windows" / "ava-desktop.ico").write_bytes(ico())
    (ROOT / "packaging" / "macos" / "ava-desktop.icns").write_bytes(icns())
    print("wrote ava-desktop.ico and ava-desktop.icns")
