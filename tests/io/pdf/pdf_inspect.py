"""Reading back the PDFs the program writes, with pypdf (poppler is not on every machine, TRAPS.md): text per page,
page sizes in mm, the fonts and whether each is embedded, where text runs landed in mm from the paper's top-left,
pictures per page, viewer preferences. Later tests (map, slip, report, certificates) use it too."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

MM = 72 / 25.4
STANDARD_FONTS = frozenset({
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Symbol", "ZapfDingbats",
})


def reader(path) -> PdfReader:
    """The PDF opened with pypdf (a path or a file-like object)."""
    return path if isinstance(path, PdfReader) else PdfReader(path)


def page_texts(path) -> list[str]:
    """The text of each page as pypdf extracts it."""
    return [page.extract_text() for page in reader(path).pages]


def compact(text: str) -> str:
    """``text`` without white space (lines wrap, cells break: compare text without it)."""
    return re.sub(r"\s+", "", text)


def all_text(path) -> str:
    """The text of the whole document without white space."""
    return compact("".join(page_texts(path)))


def page_sizes_mm(path) -> list[tuple[float, float]]:
    """Width and height of each page in millimetres, rounded to 0.1 mm."""
    sizes = []
    for page in reader(path).pages:
        box = page.mediabox
        sizes.append((round(float(box.width) / MM, 1), round(float(box.height) / MM, 1)))
    return sizes


@dataclass(frozen=True)
class FontInfo:
    """A font named by a page (or a form on it)."""

    name: str  # BaseFont without the subset prefix
    subset: bool  # BaseFont starts with ABCDEF+
    embedded: bool  # its descriptor holds the font program
    truetype: bool  # the program is TrueType (FontFile2)


def _resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def _descriptor(font: DictionaryObject):
    if "/FontDescriptor" in font:
        return _resolve(font["/FontDescriptor"])
    if "/DescendantFonts" in font:
        return _resolve(_resolve(_resolve(font["/DescendantFonts"])[0]).get("/FontDescriptor"))
    return None


def _resources(resources, seen: set[int], visit) -> None:
    resources = _resolve(resources)
    if resources is None or id(resources) in seen:
        return
    seen.add(id(resources))
    visit(resources)
    for xobject in _resolve(resources.get("/XObject", {})).values():
        xobject = _resolve(xobject)
        if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            _resources(xobject["/Resources"], seen, visit)


def fonts(path) -> list[FontInfo]:
    """Every distinct font the pages and their forms use."""
    found: dict[str, FontInfo] = {}

    def visit(resources):
        for font in _resolve(resources.get("/Font", {})).values():
            font = _resolve(font)
            base = str(font.get("/BaseFont", "")).lstrip("/")
            descriptor = _descriptor(font)
            program = [key for key in ("/FontFile", "/FontFile2", "/FontFile3") if descriptor and key in descriptor]
            subset = bool(re.match(r"^[A-Z]{6}\+", base))
            name = base.split("+", 1)[1] if subset else base
            found.setdefault(base, FontInfo(name, subset, bool(program), "/FontFile2" in program))

    for page in reader(path).pages:
        _resources(page.get("/Resources"), set(), visit)
    return list(found.values())


def assert_fonts_embedded(path) -> list[FontInfo]:
    """Fail unless every font is an embedded TrueType subset (no standard Helvetica named anywhere); returns them."""
    found = fonts(path)
    bad = [font for font in found if not (font.embedded and font.subset and font.truetype)
           or font.name in STANDARD_FONTS]
    assert found and not bad, f"fonts not embedded as TrueType subsets: {bad}"
    return found


def image_count(path, page: int = 0) -> int:
    """How many pictures (image XObjects, in forms too) page ``page`` draws."""
    count = 0

    def visit(resources):
        nonlocal count
        count += sum(1 for xobject in _resolve(resources.get("/XObject", {})).values()
                     if _resolve(xobject).get("/Subtype") == "/Image")

    _resources(reader(path).pages[page].get("/Resources"), set(), visit)
    return count


def viewer_preferences(path) -> dict[str, str]:
    """The document's /ViewerPreferences as plain strings (``{"PrintScaling": "None"}``)."""
    prefs = _resolve(reader(path).trailer["/Root"].get("/ViewerPreferences", {}))
    return {str(key).lstrip("/"): str(value).lstrip("/") for key, value in prefs.items()}


@dataclass(frozen=True)
class TextRun:
    """A piece of text as drawn: where its baseline starts, in mm from the paper's top-left (y down)."""

    text: str
    x: float
    y: float
    size: float  # effective size in points (font size × the scale of the matrices)
    angle: float  # degrees, counter-clockwise
    font: str  # BaseFont without the subset prefix


def _multiply(m, n):
    a, b, c, d, e, f = m
    g, h, i, j, k, l = n  # noqa: E741
    return (a * g + b * i, a * h + b * j, c * g + d * i, c * h + d * j, e * g + f * i + k, e * h + f * j + l)


def text_runs(path, page: int = 0) -> list[TextRun]:
    """Every non-blank text run on page ``page``, in drawing order."""
    pdf_page = reader(path).pages[page]
    height = float(pdf_page.mediabox.top)
    runs: list[TextRun] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip():
            return
        matrix = _multiply([float(v) for v in tm], [float(v) for v in cm])
        scale = math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]))
        base = str(font_dict.get("/BaseFont", "")).lstrip("/") if font_dict is not None else ""
        runs.append(TextRun(text.strip("\n"), matrix[4] / MM, (height - matrix[5]) / MM, float(font_size) * scale,
                            math.degrees(math.atan2(matrix[1], matrix[0])), base.split("+", 1)[-1]))

    pdf_page.extract_text(visitor_text=visit)
    return runs


def find_run(runs: list[TextRun], text: str) -> TextRun:
    """The first run whose text contains ``text``."""
    for run in runs:
        if text in run.text:
            return run
    raise AssertionError(f"no text run contains {text!r}: {[run.text for run in runs]}")


def line_starts(path) -> list[str]:
    """The first character of every drawn line (every run) in the document."""
    pdf = reader(path)
    return [run.text.lstrip()[0] for page in range(len(pdf.pages)) for run in text_runs(pdf, page)]

