"""Pictures for PDFs (a certificate's background, a seal, the plaza's plan), checked before they are used.

Pillow comes with reportlab (and matplotlib); its header is read first, so a picture that is not one, or one of
too many pixels (a decompression bomb), is refused before anything is decoded.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.files import describe_os_error

MAX_PIXELS = 50_000_000
FORMATS = frozenset({"PNG", "JPEG", "BMP", "GIF", "TIFF", "MPO"})


class ImageError(VocWeekError):
    """A picture that cannot be used; the message names the file."""


@dataclass(frozen=True, eq=False)
class PdfImage:
    """A checked picture, decoded once, ready to be drawn on any number of pages."""

    name: str
    width: int  # pixels
    height: int
    reader: object = field(repr=False)  # reportlab ImageReader

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.width / self.height


def load_image(source: str | Path | bytes, *, name: str | None = None, max_pixels: int = MAX_PIXELS) -> PdfImage:
    """Read and check a picture from a file or from bytes (a picture kept in the database: pass its ``name``).

    Refused with a message naming the picture: a missing or unreadable file, a file that is not a picture (or a
    broken one), a picture of more than ``max_pixels`` pixels.
    """
    from PIL import Image, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader

    if isinstance(source, bytes | bytearray):
        label, data = name or "图片", bytes(source)
    else:
        path = Path(source)
        label = name or path.name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ImageError(msg.IMAGE_MISSING.format(name=label)) from None
        except OSError as exc:
            raise ImageError(msg.IMAGE_UNREADABLE.format(name=label, detail=describe_os_error(exc))) from exc
    invalid = ImageError(msg.IMAGE_INVALID.format(name=label))
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89 and refuses from 179 megapixels; the limit here is lower and checked below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
            width, height = picture.size
            if picture.format not in FORMATS or width <= 0 or height <= 0:
                raise invalid
            if width * height > max_pixels:
                raise ImageError(msg.IMAGE_TOO_BIG.format(name=label, pixels=round(width * height / 10_000),
                                                          width=width, height=height, limit=max_pixels // 10_000))
            picture.load()  # decode now: a truncated file fails here, not halfway through writing a PDF
    except ImageError:
        raise
    except Image.DecompressionBombError as exc:  # refused by Pillow while opening: its message holds the count
        found = re.search(r"\((\d+) pixels\)", str(exc))
        pixels = round(int(found.group(1)) / 10_000) if found else "上亿"
        raise ImageError(msg.IMAGE_TOO_BIG_PIXELS.format(name=label, pixels=pixels, limit=max_pixels // 10_000)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise invalid from None
    if picture.mode not in ("RGB", "RGBA", "L", "CMYK"):
        picture = picture.convert("RGBA" if "A" in picture.getbands() or "transparency" in picture.info else "RGB")
    return PdfImage(label, width, height, ImageReader(picture))
