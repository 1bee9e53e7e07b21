"""Print the .deb's Depends and Recommends for a built bundle, from what its ELF files link.

Why computed and not written by hand: a Qt plugin update can link one more library, and a
package that installs but cannot start is the worst outcome. Every shared library the bundle
needs and does not carry must map to a Debian package below; an unknown one fails the build
(add it to SONAME_PACKAGES). Libraries needed only by the GTK theme plugin or the CUPS print
plugin become Recommends (without GTK, Qt uses its own look; without CUPS, Print… prints to a
PDF file). Debian 13 / Ubuntu 24.04 renamed some
packages (``t64``); both names are accepted.

    python3 packaging/linux/deb_depends.py dist/ava-desktop   # -> two lines: Depends, Recommends
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# soname prefix -> Debian package (alternatives with " | ")
SONAME_PACKAGES = {
    "libc.so": "libc6", "libm.so": "libc6", "libdl.so": "libc6", "libpthread.so": "libc6",
    "librt.so": "libc6", "libresolv.so": "libc6", "ld-linux-x86-64.so": "libc6",
    "libstdc++.so": "libstdc++6", "libgcc_s.so": "libgcc-s1",
    "libssl.so.3": "libssl3t64 | libssl3", "libcrypto.so.3": "libssl3t64 | libssl3",
    "libglib-2.0.so": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so": "libglib2.0-0t64 | libglib2.0-0",
    "libgobject-2.0.so": "libglib2.0-0t64 | libglib2.0-0",
    "libgio-2.0.so": "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1.so": "libdbus-1-3",
    "libfontconfig.so": "libfontconfig1", "libfreetype.so": "libfreetype6",
    "libEGL.so": "libegl1", "libGL.so": "libgl1",
    "libxkbcommon.so": "libxkbcommon0", "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libX11.so": "libx11-6", "libX11-xcb.so": "libx11-xcb1", "libxcb.so": "libxcb1",
    "libxcb-cursor.so": "libxcb-cursor0", "libxcb-glx.so": "libxcb-glx0",
    "libxcb-icccm.so": "libxcb-icccm4", "libxcb-image.so": "libxcb-image0",
    "libxcb-keysyms.so": "libxcb-keysyms1", "libxcb-randr.so": "libxcb-randr0",
    "libxcb-render-util.so": "libxcb-render-util0", "libxcb-render.so": "libxcb-render0",
    "libxcb-shape.so": "libxcb-shape0", "libxcb-shm.so": "libxcb-shm0",
    "libxcb-sync.so": "libxcb-sync1", "libxcb-util.so": "libxcb-util1",
    "libxcb-xfixes.so": "libxcb-xfixes0", "libxcb-xkb.so": "libxcb-xkb1",
    "libwayland-client.so": "libwayland-client0", "libwayland-cursor.so": "libwayland-cursor0",
    "libwayland-egl.so": "libwayland-egl1",
    "libzstd.so": "libzstd1", "libbrotlidec.so": "libbrotli1", "libbrotlicommon.so": "libbrotli1",
    "libgssapi_krb5.so": "libgssapi-krb5-2",
    # the GTK theme plugin only
    "libgtk-3.so": "libgtk-3-0t64 | libgtk-3-0", "libgdk-3.so": "libgtk-3-0t64 | libgtk-3-0",
    "libgdk_pixbuf-2.0.so": "libgdk-pixbuf-2.0-0", "libpango-1.0.so": "libpango-1.0-0",
    "libpangocairo-1.0.so": "libpangocairo-1.0-0", "libcairo.so": "libcairo2",
    "libcairo-gobject.so": "libcairo-gobject2", "libharfbuzz.so": "libharfbuzz0b",
    "libatk-1.0.so": "libatk1.0-0t64 | libatk1.0-0",
    # the CUPS print plugin only (without it, Print… offers printing to a PDF file)
    "libcups.so": "libcups2t64 | libcups2",
}
# what only these need is recommended, not required
OPTIONAL_PLUGINS = ("libqgtk3.so", "libcupsprintersupport.so")


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True)
    return [line.split("[", 1)[1].rstrip("]") for line in out.stdout.splitlines()
            if "(NEEDED)" in line and "[" in line]


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def package_for(soname: str) -> str:
    for prefix in sorted(SONAME_PACKAGES, key=len, reverse=True):
        if soname.startswith(prefix):
            return SONAME_PACKAGES[prefix]
    raise SystemExit(f"deb_depends.py: no Debian package known for {soname}; add it to "
                     "SONAME_PACKAGES")


def main(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    carried = {p.name for p in bundle.rglob("*")}
    required: set[str] = set()
    optional: set[str] = set()
    for f in files:
        for soname in needed(f):
            if soname in carried:
                continue
            (optional if f.name in OPTIONAL_PLUGINS else required).add(package_for(soname))
    print(", ".join(sorted(required)))
    print(", ".join(sorted(optional - required)))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
