#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# format.sh [--check] [FILE…]
#
# Formats the C sources as .clang-format says, then writes the gettext
# macros as GNOME code does, with no space before their parenthesis
# (_("…"), N_(), C_(), NC_()): clang-format sees them as calls and would put
# one there. With no files, every C file git knows. With --check, changes
# nothing and fails, naming the files, if any would change.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

check=no
if [ "${1:-}" = "--check" ]; then
  check=yes
  shift
fi
if [ $# -eq 0 ]; then
  if git rev-parse --git-dir >/dev/null 2>&1; then
    set -- $(git ls-files '*.c' '*.h')
  else
    set -- $(find src tests build-aux -name '*.[ch]' | sort)
  fi
fi

gettext_macros='s/(^|[^A-Za-z0-9_])(_|N_|C_|NC_) \(/\1\2(/g'
status=0
for file in "$@"; do
  if [ "$check" = yes ]; then
    if ! clang-format --style=file "$file" | sed -E "$gettext_macros" | cmp -s - "$file"; then
      echo "$file is not formatted: run build-aux/format.sh $file" >&2
      status=1
    fi
  else
    clang-format -i --style=file "$file"
    sed -E -i "$gettext_macros" "$file"
  fi
done
exit $status
