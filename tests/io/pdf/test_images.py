"""Pictures are checked before use: not a picture, broken, or too many pixels → a Chinese message naming the file."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from vocweek_desktop.io.pdf.images import ImageError, load_image


def png(width=60, height=40, mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height), "#c00000" if mode != "P" else 3).save(buffer, format="PNG")
    return buffer.getvalue()


def test_pictures_from_files_and_from_bytes(tmp_path):
    path = tmp_path / "公章.png"
    path.write_bytes(png(60, 40))
    picture = load_image(path)
    assert (picture.name, picture.width, picture.height, picture.aspect) == ("公章.png", 60, 40, 1.5)
    jpeg = io.BytesIO()
    Image.new("RGB", (30, 30), "white").save(jpeg, format="JPEG")
    assert load_image(jpeg.getvalue(), name="底图.jpg").name == "底图.jpg"
    assert load_image(png(mode="P")).width == 60  # a palette picture is converted for reportlab
    assert load_image(png(mode="LA")).height == 40


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 not a picture", "这是一个文本文件".encode(), png()[:60]])
def test_what_is_not_a_usable_picture_is_refused_by_name(tmp_path, content):
    path = tmp_path / "证书底图.png"
    path.write_bytes(content)
    with pytest.raises(ImageError, match="“证书底图.png”不是可用的图片（支持 PNG、JPEG、BMP、GIF、TIFF），或文件已损坏"):
        load_image(path)


def test_a_missing_file_and_a_folder_are_refused_by_name(tmp_path):
    with pytest.raises(ImageError, match="找不到图片文件“没有.png”"):
        load_image(tmp_path / "没有.png")
    (tmp_path / "文件夹.png").mkdir()
    with pytest.raises(ImageError, match="无法读取图片“文件夹.png”"):
        load_image(tmp_path / "文件夹.png")


def test_too_many_pixels_are_refused_before_decoding(tmp_path):
    path = tmp_path / "平面图.png"
    path.write_bytes(png(400, 300))
    with pytest.raises(ImageError, match=r"图片“平面图.png”有 12 万像素（400×300），超过上限 10 万像素"):
        load_image(path, max_pixels=100_000)
    assert load_image(path, max_pixels=120_000).width == 400


def test_a_picture_claiming_a_huge_size_is_refused_from_its_header(tmp_path):
    data = bytearray(png(10, 10))
    # IHDR follows the 8-byte signature: length, type, width, height, ..., then its CRC.
    data[16:24] = struct.pack(">II", 20_000, 20_000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    path = tmp_path / "炸弹.png"
    path.write_bytes(bytes(data))
    with pytest.raises(ImageError, match=r"图片“炸弹.png”有 40000 万像素，超过上限 5000 万像素"):
        load_image(path)  # Pillow itself refuses this one while opening it
    data[16:24] = struct.pack(">II", 10_000, 10_000)  # 100 megapixels: Pillow only warns, the check here refuses
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    path.write_bytes(bytes(data))
    with pytest.raises(ImageError, match=r"图片“炸弹.png”有 10000 万像素（10000×10000），超过上限 5000 万像素"):
        load_image(path)
