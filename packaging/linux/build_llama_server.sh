#!/usr/bin/env bash
# Build llama.cpp's C++ `llama-server` from the sources vendored in the llama-cpp-python
# sdist of the installed version (the same llama.cpp the pip install runs), portable
# (-DGGML_NATIVE=OFF), static (no libllama/libggml .so beside it), and cache it by that
# version under ~/.cache/ava-llama-server/VERSION/llama-server. Prints the binary's path.
#
#   bash packaging/linux/build_llama_server.sh [VERSION]   # default: the installed version
set -euo pipefail
python=${PYTHON:-python3}
version=${1:-$("$python" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))')}
cache=${AVA_LLAMA_CACHE:-$HOME/.cache/ava-llama-server}/$version
out=$cache/llama-server
if [[ -x $out ]]; then echo "$out"; exit 0; fi
mkdir -p "$cache"
src=$cache/src
if [[ ! -d $src/vendor/llama.cpp ]]; then
  "$python" -m pip download -q --no-binary :all: --no-deps "llama-cpp-python==$version" \
    -d "$cache" >&2
  rm -rf "$src" && mkdir -p "$src"
  tar -xzf "$cache/llama_cpp_python-$version.tar.gz" -C "$src" --strip-components=1
fi
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$src/vendor/llama.cpp" -B "$cache/build" -DCMAKE_BUILD_TYPE=Release \
  -DGGML_NATIVE=OFF -DBUILD_SHARED_LIBS=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=ON \
  -DLLAMA_BUILD_SERVER=ON -DGGML_OPENMP=OFF >&2
cmake --build "$cache/build" --target llama-server -j "$jobs" >&2
strip --strip-unneeded -o "$out.tmp" "$cache/build/bin/llama-server"
mv "$out.tmp" "$out"
rm -rf "$cache/build" "$src" "$cache"/llama_cpp_python-*.tar.gz  # only the binary is cached
echo "$out"
