#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Count every test case in meson test logs and print "N passed, N failed".

    test-summary.py [LABEL=]testlog.json...

A GTest program speaks TAP, so each of its cases counts on its own; a test
that is a single command (a validator) counts once. A TAP program that died
before reporting all its cases counts as at least one failure. With several
logs (the passes of the test command), each gets a line of its own, and the
last line is the total. A log that is missing counts as a failure: its pass
did not run.
"""

import json
import os
import re
import sys


def count(path):
    passed = failed = skipped = 0
    failures = []
    with open(path, encoding='utf-8') as log:
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
            if result not in ('OK', 'SKIP', 'EXPECTEDFAIL'):
                failures.append(entry['name'])
    return passed, failed, skipped, failures


def main(args):
    total_passed = total_failed = total_skipped = 0
    for arg in args:
        label, _, path = arg.rpartition('=')
        if not os.path.exists(path):
            print(f'{label or path}: no log; that pass did not run')
            total_failed += 1
            continue
        passed, failed, skipped, failures = count(path)
        if len(args) > 1:
            line = f'{label or path}: {passed} passed, {failed} failed'
            if failures:
                line += ' (' + ', '.join(failures) + ')'
            print(line)
        total_passed += passed
        total_failed += failed
        total_skipped += skipped

    if total_skipped:
        print(f'{total_skipped} skipped')
    print(f'{total_passed} passed, {total_failed} failed')
    return 1 if total_failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
