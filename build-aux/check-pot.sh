#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-pot.sh SOURCE_ROOT [XGETTEXT_ARGS…]
#
# Fails when po/soften.pot does not hold exactly the messages of the files in
# po/POTFILES.in. Only the messages are compared (and their contexts and
# plurals), not line numbers, so the template need not be regenerated for an
# edit that moves code about. The xgettext flags are those of meson's 'glib'
# preset plus the exercise keys given as arguments.
set -eu
top=$1; shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$top"
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files"

# Every file with a message to translate must be listed, or its messages
# never reach translators (and the comparison below cannot see them).
{
  grep -rlE '\b(N?C?_|ngettext|g_dngettext)[[:space:]]*\(' src --include='*.c'
  grep -l 'translatable="yes"' resources/ui/*.ui
  ls data/exercises/*.exercise.desktop.in data/help/*.desktop.in
} | sort > "$tmp/needed"
sort "$tmp/files" > "$tmp/listed"
if ! comm -23 "$tmp/needed" "$tmp/listed" > "$tmp/unlisted" || [ -s "$tmp/unlisted" ]; then
  echo "po/POTFILES.in does not list these files, which have messages to translate:" >&2
  cat "$tmp/unlisted" >&2
  exit 1
fi
xgettext --package-name=soften -f "$tmp/files" -o "$tmp/fresh.pot" \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  "$@"

# msgcmp: every message of the second file must be in the first.
if ! msgcmp --use-untranslated po/soften.pot "$tmp/fresh.pot" 2> "$tmp/missing" ||
   ! msgcmp --use-untranslated "$tmp/fresh.pot" po/soften.pot 2> "$tmp/stale"; then
  cat "$tmp/missing" "$tmp/stale" >&2
  echo "po/soften.pot is out of date: run the update-pot target (meson compile -C _build soften-pot) and commit it" >&2
  exit 1
fi
echo "po/soften.pot holds exactly the messages of the sources"
