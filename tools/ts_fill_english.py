#!/usr/bin/env python3
"""Completes translations/learnpartner_en.ts: the sources are English, so every unfinished
entry takes its source text (plural entries get a singular and a plural form).

Run after `cmake --build build --target update_translations`:
    tools/ts_fill_english.py translations/learnpartner_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def plural_forms(source):
    # "%n invoice(s)" -> ("%n invoice", "%n invoices"); "%n entry(ies)" -> ("%n entry", "%n entries")
    singular = re.sub(r"\((\w+)\)", "", source)
    plural = re.sub(r"y\(ies\)", "ies", source)
    plural = re.sub(r"\((\w+)\)", r"\1", plural)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text or ""
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    print(f"{path}: {filled} entries filled")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
