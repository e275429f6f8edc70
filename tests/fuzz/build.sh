#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer harnesses with clang (the project itself builds with
# gcc): each harness and the engine's sources, compiled together with
# -fsanitize=fuzzer,address,undefined. Only the engine is fuzzed, so GLib and
# GIO are all it links.
#
#   tests/fuzz/build.sh BUILD_DIR
#
# BUILD_DIR is a configured meson build directory (for its config.h); the
# harnesses go to BUILD_DIR/tests/fuzz/. A harness is rebuilt only when one
# of its sources is newer than it.

set -eu

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$fuzz_dir/../.." && pwd)
build=$(cd "$1" && pwd)
out="$build/tests/fuzz"
engine="$top/src/engine"
# What the build generates for the engine: soften-enums.[ch] (see
# src/engine/meson.build).
generated="$build/src/engine"
cc=${CC_FUZZ:-clang}

if [ ! -f "$build/config.h" ]; then
  echo "$0: $build/config.h is missing; run meson setup first" >&2
  exit 1
fi
if [ ! -f "$generated/soften-enums.c" ]; then
  echo "$0: $generated/soften-enums.c is missing; run meson compile first" >&2
  exit 1
fi
if ! command -v "$cc" >/dev/null 2>&1; then
  echo "$0: $cc is missing; install clang and libclang-rt-14-dev (build-aux/soften-dev does)" >&2
  exit 1
fi

mkdir -p "$out"

glib_flags=$(pkg-config --cflags --libs glib-2.0 gobject-2.0 gio-2.0)
cflags="-std=gnu11 -g -O1 -fno-omit-frame-pointer
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
  -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Werror
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74
  -I$build -I$top/src -I$engine -I$generated -I$fuzz_dir
  -DFUZZ_EXERCISES_DIR=\"$top/data/exercises\""

# build NAME SOURCE...: rebuilds $out/NAME if any source or header is newer.
build () {
  name=$1
  shift
  target="$out/$name"
  stale=no

  if [ ! -x "$target" ]; then
    stale=yes
  else
    for f in "$@" "$fuzz_dir/fuzz-common.h" "$fuzz_dir/build.sh" "$build/config.h" "$engine"/*.h \
             "$generated/soften-enums.h"; do
      if [ "$f" -nt "$target" ]; then
        stale=yes
        break
      fi
    done
  fi

  if [ $stale = no ]; then
    echo "$name: up to date"
    return
  fi

  echo "$name: building with $cc"
  # shellcheck disable=SC2086 # the flags are meant to split
  "$cc" $cflags -o "$target.tmp" "$@" $glib_flags -lm
  mv "$target.tmp" "$target"
}

# Every engine source, so that a new file in src/engine/ needs no change
# here.
set -- "$engine"/*.c "$generated/soften-enums.c"

build fuzz-exercise-file "$fuzz_dir/fuzz-exercise-file.c" "$@"

build fuzz-script-store "$fuzz_dir/fuzz-script-store.c" "$@"

build fuzz-stdin "$fuzz_dir/fuzz-stdin.c" "$@"

build fuzz-import "$fuzz_dir/fuzz-import.c" "$@"
