#!/usr/bin/env python3
"""Fills the unfinished entries of a .ts file from the translations other .ts files hold.

When two branches each changed the sources and their .ts files, keep one .ts file, refresh it from the
merged sources with `cmake --build build --target update_translations`, then take every translation
the others already had:
    tools/ts_merge.py translations/learnpartner_it.ts OTHER_it.ts [MORE_it.ts ...]

An entry is matched by (context, source, comment) first; then by (source, comment) in any context
when every pool agrees on one translation (a string that only moved to another class). The entries
nobody had stay unfinished: translate them, then run update_translations again.
"""
import sys
import xml.etree.ElementTree as ET


def key_of(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return source, comment, message.get("numerus") == "yes"


def value_of(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if message.get("numerus") == "yes":
        forms = tuple(f.text or "" for f in translation.findall("numerusform"))
        return forms if any(forms) else None
    return translation.text or None


def main(target, pools):
    exact, loose = {}, {}
    for path in pools:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                value = value_of(message)
                if value is None:
                    continue
                key = key_of(message)
                exact.setdefault((name,) + key, value)
                loose.setdefault(key, set()).add(value)
    tree = ET.parse(target)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            key = key_of(message)
            value = exact.get((name,) + key)
            if value is None and len(loose.get(key, ())) == 1:
                value = next(iter(loose[key]))
            if value is None:
                left += 1
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            filled += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    with open(target, encoding="utf-8") as f:
        text = f.read()
    with open(target, "w", encoding="utf-8") as f:
        text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.write(text if text.endswith("\n") else text + "\n")
    print(f"{target}: {filled} filled from the others, {left} still unfinished")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
