#!/usr/bin/env python3
"""The licence header of every source file: an SPDX identifier and a copyright line.

    tools/spdx.py --check   list the .cpp, .h, .cmake and CMakeLists.txt files without the header
                            (exit 1 if any; tst_spdx runs this)
    tools/spdx.py --fix     add the header at the top of each of them

The header (C++; CMake files use "#"):

    // SPDX-License-Identifier: Apache-2.0
    // SPDX-FileCopyrightText: <year> Learning Partner Desk contributors

Build directories, hidden folders, test data and fuzzing corpora are not sources and are skipped.
"""
import datetime
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LICENSE = "Apache-2.0"
HOLDER = "Learning Partner Desk contributors"
SKIP = {os.path.join("tests", "data"), os.path.join("tests", "fuzz", "corpus")}
# The header must be in the first lines of the file.
HEAD_LINES = 5


def comment_for(name):
    if name.endswith((".cpp", ".h")):
        return "//"
    if name.endswith(".cmake") or name == "CMakeLists.txt":
        return "#"
    return None


def sources():
    for top, dirs, files in os.walk(ROOT):
        rel = os.path.relpath(top, ROOT)
        dirs[:] = sorted(d for d in dirs
                         if not d.startswith(".")
                         and not (rel == "." and d.startswith("build"))
                         and os.path.normpath(os.path.join(rel, d)) not in SKIP)
        for name in sorted(files):
            marker = comment_for(name)
            if marker:
                yield os.path.normpath(os.path.join(rel, name)), marker


def has_header(text, marker):
    head = text.splitlines()[:HEAD_LINES]
    licensed = any(re.fullmatch(re.escape(marker) + r" SPDX-License-Identifier: " + re.escape(LICENSE), l.rstrip())
                   for l in head)
    copyright = any(re.match(re.escape(marker) + r" (SPDX-FileCopyrightText: |Copyright )\S", l) for l in head)
    return licensed and copyright


def header(marker):
    year = datetime.date.today().year
    return (f"{marker} SPDX-License-Identifier: {LICENSE}\n"
            f"{marker} SPDX-FileCopyrightText: {year} {HOLDER}\n")


def main(argv):
    if len(argv) != 2 or argv[1] not in ("--check", "--fix"):
        sys.stderr.write(__doc__)
        return 2
    fix = argv[1] == "--fix"
    missing = []
    count = 0
    for rel, marker in sources():
        count += 1
        path = os.path.join(ROOT, rel)
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        if has_header(text, marker):
            continue
        if fix:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(header(marker) + text)
        missing.append(rel)
    if count == 0:
        sys.stderr.write("no source file found under %s\n" % ROOT)
        return 1
    if fix:
        print("%d of %d files given the header" % (len(missing), count))
        return 0
    if missing:
        sys.stderr.write("%d of %d files have no SPDX header (run tools/spdx.py --fix):\n" % (len(missing), count))
        sys.stderr.write("".join("  %s\n" % m for m in missing))
        return 1
    print("%d files, each with its SPDX header" % count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
