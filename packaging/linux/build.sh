#!/usr/bin/env bash
# Build the Linux bundle, its .tar.gz and the .deb:
#
#   bash packaging/linux/build.sh            # dist/ava-desktop/, dist/*.tar.gz, dist/*.deb
#   bash packaging/linux/build.sh --no-model # the same without the 93 MB default model
#
# Needs the app installed with its 'local' and 'bundle' extras in the Python that runs this
# (PYTHON=..., default: python3): pip install ".[local,bundle]". Tools: dpkg-deb, readelf.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-python3}
model=1
for arg in "$@"; do
  case $arg in
    --no-model) model=0 ;;
    *) echo "usage: $0 [--no-model]" >&2; exit 2 ;;
  esac
done

version=$("$python" -c 'import ava_desktop; print(ava_desktop.__version__)')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
dist=$root/dist
work=$root/build/pyinstaller
suffix=$([[ $model == 1 ]] && echo "" || echo "-nomodel")

start=$(date +%s)
# llama.cpp's C++ server, built once per llama-cpp-python version (cached in ~/.cache);
# AVA_LLAMA_SERVER=python keeps llama-cpp-python's Python server in the bundle instead.
if [[ ${AVA_LLAMA_SERVER:-} != python ]]; then
  AVA_LLAMA_SERVER=$(PYTHON=$python bash packaging/linux/build_llama_server.sh)
  echo "llama-server: $AVA_LLAMA_SERVER ($(( $(date +%s) - start )) s)"
else
  AVA_LLAMA_SERVER=
fi
export AVA_LLAMA_SERVER
AVA_BUNDLE_MODEL=$model "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/ava-desktop.spec
echo "PyInstaller: $(( $(date +%s) - start )) s"
bundle=$dist/ava-desktop
"$bundle/ava-desktop" --version  # the frozen app starts at all

# ---- .tar.gz: the bundle as is (run ava-desktop-VERSION/ava-desktop) ----
tarball=$dist/ava-desktop-$version-linux-x86_64$suffix.tar.gz
tar -C "$dist" --transform "s,^ava-desktop,ava-desktop-$version," --owner=0 --group=0 \
  -czf "$tarball" ava-desktop

# ---- .deb: /opt/ava-desktop, /usr/bin link, menu entry, hicolor icons ----
pkg=$root/build/deb
rm -rf "$pkg"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/doc/ava-desktop"
cp -a "$bundle" "$pkg/opt/ava-desktop"
ln -s /opt/ava-desktop/ava-desktop "$pkg/usr/bin/ava-desktop"
install -m 644 resources/ava-desktop.desktop "$pkg/usr/share/applications/"
for png in resources/icons/ava-desktop-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/ava-desktop.png"
done
install -D -m 644 resources/icons/ava-desktop.svg \
  "$pkg/usr/share/icons/hicolor/scalable/apps/ava-desktop.svg"
install -m 644 LICENSE "$pkg/usr/share/doc/ava-desktop/copyright"
{ read -r depends; read -r recommends; } < <("$python" packaging/linux/deb_depends.py "$bundle")
installed=$(du -sk --apparent-size "$pkg" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED@/$installed/" \
    -e "s/@DEPENDS@/$depends/" -e "s/@RECOMMENDS@/$recommends/" \
    packaging/linux/deb/control.in > "$pkg/DEBIAN/control"
install -m 755 packaging/linux/deb/postinst packaging/linux/deb/postrm "$pkg/DEBIAN/"
chmod -R u=rwX,go=rX "$pkg"
deb=$dist/ava-desktop_${version}_$arch$suffix.deb
dpkg-deb --root-owner-group -Zxz -b "$pkg" "$deb" >/dev/null

echo "Built in $(( $(date +%s) - start )) s:"
printf '  %-55s %s\n' "$bundle/" "$(du -sh --apparent-size "$bundle" | cut -f1) installed" \
  "$tarball" "$(du -h --apparent-size "$tarball" | cut -f1)" \
  "$deb" "$(du -h --apparent-size "$deb" | cut -f1)"
