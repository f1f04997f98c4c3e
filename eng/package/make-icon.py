"""Draws the package icon (eng/package/icon.png, 128x128): a DynamoDB-like blue tile with three stacked rows
(a table of items). Written with the standard library only, so it runs anywhere: python3 eng/package/make-icon.py"""
import struct
import zlib
from pathlib import Path

SIZE = 128
BACKGROUND = (255, 255, 255, 0)
TILE = (32, 84, 160, 255)
ROW = (255, 255, 255, 255)
KEY = (255, 153, 0, 255)


def pixel(x, y):
    radius = 20
    inside_x = min(x, SIZE - 1 - x)
    inside_y = min(y, SIZE - 1 - y)
    if inside_x < radius and inside_y < radius:
        dx, dy = radius - inside_x, radius - inside_y
        if dx * dx + dy * dy > radius * radius:
            return BACKGROUND
    for top in (28, 56, 84):
        if top <= y < top + 18 and 22 <= x < 106:
            return KEY if x < 44 else ROW
    return TILE


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9))
       + chunk(b"IEND", b""))
Path(__file__).with_name("icon.png").write_bytes(png)
