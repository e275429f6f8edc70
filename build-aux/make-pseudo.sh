#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make-pseudo.sh POT OUTPUT_MO
#
# A pseudo-translation for tests: every message of the template wrapped in
# ⟦ ⟧, so that any text on screen without the marks escaped translation.
set -eu
pot=$1; out=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sed -e 's/charset=CHARSET/charset=UTF-8/' \
    -e 's/^"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"$/"Plural-Forms: nplurals=2; plural=(n != 1);\\n"/' \
    "$pot" > "$tmp/template.pot"
msgen -o "$tmp/en.po" "$tmp/template.pot"
msgfilter --keep-header -i "$tmp/en.po" -o "$tmp/pseudo.po" sed -e 's/^/⟦/' -e 's/$/⟧/'
mkdir -p "$(dirname "$out")"
msgfmt -o "$out" "$tmp/pseudo.po"
