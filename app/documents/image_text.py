"""Text of an image file (JPEG, PNG, GIF, TIFF): OCR of its first frame."""

from __future__ import annotations

import io
import warnings

from PIL import Image

from app.documents.limits import Limits
from app.documents.ocr import Ocr, prepare
from app.documents.outcome import NoText


def open_image(data: bytes, limits: Limits) -> Image.Image:
    # Pillow refuses images above MAX_IMAGE_PIXELS (x2 as an error, x1 as a warning we make an error):
    # a 437 KB PNG can claim 3.6 gigapixels.
    Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise NoText(
            f"the image is larger than {limits.max_image_pixels} pixels (setting documents.max_image_pixels)"
        ) from None
    except (OSError, SyntaxError, ValueError):
        raise NoText("the image is damaged or truncated and cannot be decoded") from None
    return image


def image_text(data: bytes, limits: Limits, ocr: Ocr) -> str:
    ocr.require()
    image = open_image(data, limits)
    return ocr.read(prepare(image))
