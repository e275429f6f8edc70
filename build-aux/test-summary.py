#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Count every test case in a meson test log and print "N passed, N failed".

A GTest program speaks TAP, so each of its cases counts on its own; a test
that is a single command (a validator) counts once. A TAP program that died
before reporting all its cases counts as at least one failure.
"""

import json
import re
import sys

passed = failed = skipped = 0

with open(sys.argv[1], encoding='utf-8') as log:
    for line in log:
        entry = json.loads(line)
        result = entry['result']
        out = entry.get('stdout') or ''
        oks = len(re.findall(r'^ok \d+(?! # SKIP)', out, re.M))
        skips = len(re.findall(r'^ok \d+.* # SKIP', out, re.M))
        not_oks = len(re.findall(r'^not ok \d+', out, re.M))

        if oks or skips or not_oks:
            passed += oks
            skipped += skips
            failed += not_oks
            if result not in ('OK', 'SKIP') and not_oks == 0:
                failed += 1
        elif result == 'OK':
            passed += 1
        elif result == 'SKIP':
            skipped += 1
        else:
            failed += 1

summary = f'{passed} passed, {failed} failed'
if skipped:
    summary += f', {skipped} skipped'
print(summary)
sys.exit(1 if failed else 0)
