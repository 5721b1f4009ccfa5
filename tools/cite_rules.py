#!/usr/bin/env python3
"""Rewrite rule citations in C++ comments into pointers at docs/rules.md.

Comments used to cite paragraph tags of the Partner Center article ("[175]", "[164]-[180]",
"[128], [152]") or sections of a rules reference kept outside the repository ("program-rules §6",
"[§9]", "§2-§5"). This tool replaces each such citation with the docs/rules.md section it belongs
to, using docs/tag-map.tsv:

    // [179]-[180] only an actual invoice ...   ->  // docs/rules.md#case-evidence: only an actual invoice ...
    ... annually" [113]. Format: ...            ->  ... annually" (docs/rules.md#rule-sets-by-program-year). Format: ...
    // Triage of program-rules §6, in ...       ->  // Triage of docs/rules.md#case-triage, in ...

Only comments change: string literals, character literals and code are never touched, and neither
are translator comments (//: and /*: */), which lupdate copies into the .ts files. A citation whose
tags are not all in the map is left as it is and reported. Running the tool again changes nothing.
Changed files are passed through clang-format (the project's .clang-format) unless --no-format.

Usage:
    tools/cite_rules.py                 # rewrite app/ core/ ui/ tests/ bench/ in place
    tools/cite_rules.py --check         # exit 1 and list the files that still carry citations
    tools/cite_rules.py --diff [PATH..] # show what would change, write nothing
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ["app", "core", "ui", "tests", "bench"]
EXTENSIONS = {".h", ".hpp", ".cpp", ".cc", ".cxx"}

# --- the citation grammar ---------------------------------------------------------------------

_DASH = r"\s*[-\u2013\u2014]\s*"
_TAG = r"\[\d{3}\]"
_TAG_ITEM = rf"(?<![\w\]]){_TAG}(?:{_DASH}{_TAG})?"
_SEC = r"\u00a7\d+(?:\.\d+)?"
_SEC_ITEM = rf"{_SEC}(?:{_DASH}{_SEC})?"
_SEC_LIST = rf"{_SEC_ITEM}(?:\s*,\s*{_SEC_ITEM})*"
_PREFIX = r"(?:program-rules(?:\.md)?\s+)?"
# "[§9]", "[§3.3]", "[program-rules §9 reminders]": the words after the section are dropped.
_BRACKET_SEC = rf"(?<![\w\]])\[{_PREFIX}{_SEC_LIST}(?:\s+[A-Za-z][A-Za-z ]*)?\]"
_BARE_SEC = rf"{_PREFIX}{_SEC_LIST}"
_ITEM = rf"(?:{_TAG_ITEM}|{_BRACKET_SEC}|{_BARE_SEC})"
CITATION = re.compile(rf"{_ITEM}(?:(?:\s*,\s*|[ \t]+(?:and[ \t]+)?){_ITEM})*")

_TAG_RANGE = re.compile(rf"\[(\d{{3}})\](?:{_DASH}\[(\d{{3}})\])?")
_SEC_RANGE = re.compile(rf"\u00a7(\d+(?:\.\d+)?)(?:{_DASH}\u00a7(\d+(?:\.\d+)?))?")


@dataclass
class Row:
    key: str
    pointer: str
    context: re.Pattern | None


class TagMap:
    def __init__(self, path: Path):
        self.rows: dict[str, list[Row]] = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#") or line.startswith("reference\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or not cols[1].startswith("docs/"):
                raise SystemExit(f"{path}:{number}: expected 'reference<TAB>docs/...#anchor[<TAB>context]'")
            context = re.compile(cols[2]) if len(cols) > 2 and cols[2] else None
            self.rows.setdefault(cols[0], []).append(Row(cols[0], cols[1], context))
        # Rows with a context are tried first, in file order; the row without one is the default.
        for rows in self.rows.values():
            rows.sort(key=lambda r: r.context is None)

    def lookup(self, key: str, line: str) -> str | None:
        for row in self.rows.get(key, []):
            if row.context is None or row.context.search(line):
                return row.pointer
        return None


def pointers_for(citation: str, line: str, tags: TagMap) -> list[str] | None:
    """The pointers a citation stands for, in order, or None when a tag is not in the map."""
    out: list[str] = []

    def add(p: str | None) -> bool:
        if p is None:
            return False
        if p not in out:
            out.append(p)
        return True

    # Work through the citation left to right, tags and sections alike.
    items = sorted(
        [(m.start(), "tag", m) for m in _TAG_RANGE.finditer(citation)]
        + [(m.start(), "sec", m) for m in _SEC_RANGE.finditer(citation)],
        key=lambda t: t[0],
    )
    for _, kind, m in items:
        first, last = m.group(1), m.group(2)
        if kind == "tag":
            if last is None:
                ok = add(tags.lookup(first, line))
            elif (p := tags.lookup(f"{first}-{last}", line)) is not None:
                ok = add(p)
            else:
                ok = all(add(tags.lookup(str(n), line)) for n in range(int(first), int(last) + 1))
        else:
            if last is None:
                ok = add(tags.lookup(f"\u00a7{first}", line))
            elif (p := tags.lookup(f"\u00a7{first}-\u00a7{last}", line)) is not None:
                ok = add(p)
            else:
                lo, hi = int(float(first)), int(float(last))
                ok = all(add(tags.lookup(f"\u00a7{n}", line)) for n in range(lo, hi + 1))
        if not ok:
            return None
    return out or None


# --- comments in C++ source -------------------------------------------------------------------


def comment_spans(src: str) -> list[tuple[int, int]]:
    """(start, end) of every comment's text, after its opening // or /*, before */ or the newline."""
    spans = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "/" and src.startswith("//", i):
            end = src.find("\n", i)
            end = n if end < 0 else end
            spans.append((i + 2, end))
            i = end
        elif c == "/" and src.startswith("/*", i):
            end = src.find("*/", i + 2)
            end = n if end < 0 else end
            spans.append((i + 2, end))
            i = end + 2
        elif c == '"':
            raw = re.search(r'(?:^|[^\w])(?:u8|u|U|L)?R$', src[max(0, i - 3) : i])
            if raw:
                m = re.match(r'"([^()\\\s]{0,16})\(', src[i:])
                if m:
                    close = ")" + m.group(1) + '"'
                    end = src.find(close, i + m.end())
                    i = n if end < 0 else end + len(close)
                    continue
            i += 1
            while i < n and src[i] != '"' and src[i] != "\n":
                i += 2 if src[i] == "\\" else 1
            i += 1
        elif c == "'":
            # A digit separator (1'000'000) is not a character literal.
            j = i - 1
            while j >= 0 and (src[j].isalnum() or src[j] in "_.'"):
                j -= 1
            if j + 1 < i and src[j + 1].isdigit():
                i += 1
                continue
            i += 1
            while i < n and src[i] != "'" and src[i] != "\n":
                i += 2 if src[i] == "\\" else 1
            i += 1
        else:
            i += 1
    return spans


def line_of(src: str, pos: int) -> tuple[int, int]:
    start = src.rfind("\n", 0, pos) + 1
    end = src.find("\n", pos)
    return start, (len(src) if end < 0 else end)


def continues_sentence(src: str, comment_start: int) -> bool:
    """Whether the // comment starting here continues an unfinished sentence on the line above."""
    line_start, _ = line_of(src, comment_start)
    if line_start == 0 or src[line_start:comment_start].strip():
        return False
    prev_start, prev_end = line_of(src, line_start - 1)
    prev = src[prev_start:prev_end].strip()
    if not prev.startswith("//"):
        return False
    text = prev[2:].strip()
    return bool(text) and text[-1] not in ".:;!?"


# After these words a pointer reads as part of the sentence: "the fallback of docs/rules.md#...".
BARE_AFTER = {"of", "in", "see", "by", "from", "under", "per", "and", "or"}


def previous_word(text: str) -> str:
    words = re.findall(r"[A-Za-z]+(?=[^A-Za-z]*$)", text)
    return words[-1].lower() if words else ""


def inside_parentheses(text: str) -> bool:
    """Whether the end of `text` is inside a parenthesis opened in it (read from the right)."""
    depth = 0
    for ch in reversed(text):
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return True
            depth -= 1
    return False


def rewrite_comment(src: str, start: int, end: int, tags: TagMap, warn) -> str:
    body = src[start:end]
    if body.startswith(":"):  # translator comment: lupdate copies it into the .ts files
        return body
    line_start, line_end = line_of(src, start)
    out, last = [], 0
    for m in CITATION.finditer(body):
        text = m.group(0).rstrip()
        if not re.search(r"\[\d{3}\]|\u00a7\d", text):
            continue
        # The context a row may ask for is the comment's own line of text.
        ls, le = line_of(body, m.start())
        pointers = pointers_for(text, body[ls:le], tags)
        if pointers is None:
            warn(f"no mapping for {text!r} in: {src[line_start:line_end].strip()}")
            continue
        mend = m.start() + len(text)
        pointer = ", ".join(pointers)
        before = body[: m.start()]
        after = body[mend:]
        # The comment's text begins here (a block comment's continuation lines start with '*')...
        head = re.sub(r"^[\s*]*", "", before.split("\n")[-1]) == ""
        # ...unless the // comment on the line above is an unfinished sentence that this line goes on with.
        continued = head and before.strip() == "" and continues_sentence(src, start - 2)
        if continued:
            prev_start, prev_end = line_of(src, line_start - 1)
            context_before = src[prev_start:prev_end]
        else:
            context_before = before
        stripped = context_before.rstrip()
        open_parens = inside_parentheses(before)
        if head and not continued:
            rest = after.lstrip()
            replacement = pointer + (":" if rest and rest[0] not in ":,;.)" else "")
            if replacement.endswith(":") and after[:1] != " ":
                replacement += " "
        elif not text.startswith("[") or previous_word(stripped) in BARE_AFTER:
            replacement = pointer
        elif stripped.endswith("(") and after.lstrip()[:1] == ")":
            replacement = pointer
        elif open_parens or stripped.endswith(")"):
            # Already inside parentheses, or right after a closing one: no second pair.
            replacement = f"see {pointer}"
            if before and not before.rstrip().endswith(","):
                out.append(body[last : len(before.rstrip())] + ",")
                out.append(before[len(before.rstrip()) :])
                out.append(replacement)
                last = mend
                continue
        else:
            replacement = f"({pointer})"
        out.append(body[last : m.start()])
        out.append(replacement)
        last = mend
    out.append(body[last:])
    return "".join(out)


def column_limit() -> int:
    try:
        m = re.search(r"^ColumnLimit:\s*(\d+)", (ROOT / ".clang-format").read_text(), re.M)
        return int(m.group(1)) if m else 80
    except OSError:
        return 80


def lift_long_trailing_comments(src: str, limit: int) -> str:
    """A trailing comment that now makes its line too long goes on its own line above the code,
    so that clang-format wraps the comment rather than the statement."""
    edits = []
    for start, end in comment_spans(src):
        if src[start - 2 : start] != "//" or "docs/rules.md#" not in src[start:end]:
            continue
        line_start, line_end = line_of(src, start)
        code = src[line_start : start - 2]
        if not code.strip() or line_end - line_start <= limit:
            continue
        indent = code[: len(code) - len(code.lstrip())]
        edits.append((line_start, line_end, f"{indent}//{src[start:end].rstrip()}\n{code.rstrip()}"))
    for line_start, line_end, text in reversed(edits):
        src = src[:line_start] + text + src[line_end:]
    return src


def rewrite(src: str, tags: TagMap, warn) -> str:
    pieces, last = [], 0
    for start, end in comment_spans(src):
        pieces.append(src[last:start])
        pieces.append(rewrite_comment(src, start, end, tags, warn))
        last = end
    pieces.append(src[last:])
    new = "".join(pieces)
    return new if new == src else lift_long_trailing_comments(new, column_limit())


def source_files(paths: list[str]) -> list[Path]:
    files = []
    for p in paths:
        path = (ROOT / p) if not Path(p).is_absolute() else Path(p)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                f
                for f in sorted(path.rglob("*"))
                if f.suffix in EXTENSIONS and "tests/data" not in f.as_posix() and f.is_file()
            )
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS, help="files or folders (default: %(default)s)")
    parser.add_argument("--map", default=str(ROOT / "docs/tag-map.tsv"), help="the mapping file")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file would change")
    mode.add_argument("--diff", action="store_true", help="write nothing; print a unified diff")
    parser.add_argument("--no-format", action="store_true", help="do not run clang-format on changed files")
    args = parser.parse_args()

    tags = TagMap(Path(args.map))
    warnings: list[str] = []
    changed: list[Path] = []
    for f in source_files(args.paths):
        src = f.read_text(encoding="utf-8")
        rel = f.relative_to(ROOT) if f.is_relative_to(ROOT) else f
        new = rewrite(src, tags, lambda msg: warnings.append(f"{rel}: {msg}"))
        if new == src:
            continue
        changed.append(f)
        if args.diff:
            sys.stdout.writelines(
                difflib.unified_diff(src.splitlines(True), new.splitlines(True), f"a/{rel}", f"b/{rel}")
            )
        elif args.check:
            print(rel)
        else:
            f.write_text(new, encoding="utf-8")

    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.check or args.diff:
        return 1 if changed else 0
    if changed and not args.no_format:
        clang_format = shutil.which("clang-format") or shutil.which("clang-format-14")
        if clang_format:
            subprocess.run([clang_format, "-i", *map(str, changed)], cwd=ROOT, check=True)
        else:
            print("warning: clang-format not found; run tools/format.sh", file=sys.stderr)
    print(f"{len(changed)} file(s) rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
