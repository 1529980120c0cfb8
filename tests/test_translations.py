"""The Portuguese translation is complete, and every translatable text reaches it; English's
file gives every text with a count its singular and plural.

lupdate (Qt's own tool) reads the code as `make translations-update` does; the test fails if
it finds a text the committed .ts file lacks, if an entry is unfinished, or if a translation
loses a placeholder. A static check makes sure every translated text is written the way
lupdate can read: `self.tr("...")` in a QObject, or `QCoreApplication.translate("Context",
"...")` with literal words; a wrapper function would hide its texts from lupdate.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "revsearch_pt_BR.ts"
# English's own file holds only the texts with a count (`make translations-update` runs lupdate
# with -pluralonly for it): "%n days" needs "1 day" from somewhere.
TS_EN = ROOT / "resources" / "i18n" / "revsearch_en.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
SOURCES = sorted((ROOT / "desktop_app").rglob("*.py"))


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    if not LUPDATE.exists():
        pytest.fail(f"{LUPDATE} is missing: PySide6's tools are part of the test install")
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    listing = out.with_suffix(".lst")
    listing.write_text("\n".join(str(p) for p in SOURCES), encoding="utf-8")
    subprocess.run(
        [str(LUPDATE), "-locations", "none", f"@{listing}", "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    return _messages(out)


def test_every_text_in_the_code_is_in_the_translation_file(extracted):
    committed = _messages(TS)
    missing = sorted(set(extracted) - set(committed))
    assert not missing, f"run `make translations-update` and translate: {missing[:10]}"
    # Texts no longer in the code stay out of the file, so translators never work in vain.
    gone = sorted(set(committed) - set(extracted))
    assert not gone, f"run `make translations-update` to drop: {gone[:10]}"


def test_every_entry_is_translated_and_keeps_its_placeholders():
    problems = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        texts = _texts(message)
        where = f"[{context}] {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished {where}")
            continue
        numerus = message.get("numerus") == "yes"
        if numerus and len(texts) != 2:
            problems.append(f"needs a singular and a plural: {where}")
        for text in texts:
            if not text.strip():
                problems.append(f"empty {where}")
            for placeholder in set(re.findall(r"%\d", source)):
                if placeholder not in text:
                    problems.append(f"{placeholder} lost in {where}")
            if numerus and "%n" in source and "%n" not in text:
                problems.append(f"%n lost in {where}")
    assert not problems, "\n".join(problems[:20])


def _translation_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr in ("tr", "translate")) or (
            isinstance(func, ast.Name) and func.id in ("tr", "_tr", "translate")
        ):
            yield node, func


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translated_text_is_written_the_way_lupdate_reads_it():
    problems = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
                problems.append(f"{where}:{node.lineno} a tr() wrapper hides texts from lupdate")
        for fstring in (node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)):
            for call, _func in _translation_calls(fstring):
                # lupdate does not look inside an f-string's {...}: the text would be missing.
                problems.append(f"{where}:{call.lineno} a translation inside an f-string")
        for call, func in _translation_calls(tree):
            line = f"{where}:{call.lineno}"
            if isinstance(func, ast.Name) and func.id != "translate":
                problems.append(f"{line} {func.id}(...) is not read by lupdate")
            elif isinstance(func, ast.Name) or (
                isinstance(func.value, ast.Name)
                and func.value.id in ("QCoreApplication", "QApplication", "QGuiApplication")
                and func.attr == "translate"
            ):
                if len(call.args) < 2 or not all(_literal(a) for a in call.args[:2]):
                    problems.append(f"{line} translate() needs a literal context and text")
                if len(call.args) >= 4 or any(k.arg == "n" for k in call.keywords):
                    # lupdate marks a plural only in self.tr(text, "", n): elsewhere the
                    # entry has one form, and Qt finds no translation for a count of 2.
                    problems.append(f"{line} a count (%n) needs self.tr() in a QObject")
            elif func.attr == "tr":
                owner = func.value
                if not (isinstance(owner, ast.Name) and owner.id == "self"):
                    problems.append(f"{line} .tr() on another object takes the wrong context")
                elif not call.args or not _literal(call.args[0]):
                    problems.append(f"{line} self.tr() of a variable: lupdate cannot see it")
    assert not problems, "\n".join(problems)


def test_english_gives_every_text_with_a_count_its_singular_and_plural(extracted):
    committed = _messages(TS_EN)
    plurals = {key for key, message in extracted.items() if message.get("numerus") == "yes"}
    assert plurals, "no texts with a count found"
    missing, extra = sorted(plurals - set(committed)), sorted(set(committed) - plurals)
    assert not missing and not extra, (
        "run `make translations-update` and fill resources/i18n/revsearch_en.ts: "
        f"missing {missing[:5]}, extra {extra[:5]}"
    )
    problems = []
    for (context, source), message in committed.items():
        where = f"[{context}] {source!r}"
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished {where}")
            continue
        texts = _texts(message)
        if len(texts) != 2 or not all(text.strip() for text in texts):
            problems.append(f"needs a singular and a plural: {where}")
            continue
        singular, plural = texts
        for text in (singular, plural):
            if "%n" not in text or set(re.findall(r"%\d", source)) - set(re.findall(r"%\d", text)):
                problems.append(f"a placeholder lost in {where}")
        if "(s)" in plural or "(es)" in plural or "(s)" in singular or "(es)" in singular:
            problems.append(f"choose the form, not (s): {where}")
    assert not problems, "\n".join(problems[:20])


def test_the_english_file_says_it_is_english():
    root = ET.parse(TS_EN).getroot()
    assert root.get("language") == "en"
