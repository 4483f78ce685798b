#!/usr/bin/env python3
"""Packs the app icon's PNG renders (resources/icons/smtpdoctor-N.png) into a Windows .ico or a
macOS .icns, so the installers' icons always match the wizard's without committed binaries or
platform tools (no ImageMagick on Windows, no iconutil needed: both formats may hold PNG data).

    make_platform_icon.py ico  OUT.ico  PNG...
    make_platform_icon.py icns OUT.icns PNG...
"""
import struct
import sys

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# ICNS element types that hold PNG data, by pixel size (a 2x entry reuses a larger render).
ICNS_TYPES = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],   # 32x32 and 16x16@2x
    64: [b"icp6", b"ic12"],   # 64x64 and 32x32@2x
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],  # 256x256 and 128x128@2x
}


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        sys.exit(f"make_platform_icon: {path} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        sys.exit(f"make_platform_icon: {path} is {width}x{height}, icons must be square")
    return width, data


def make_ico(images):
    # ICONDIR, then one 16-byte ICONDIRENTRY per image, then the PNG data (Vista and later).
    images = [(size, data) for size, data in sorted(images) if size <= 256]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size == 256 else size  # 0 means 256 in the one-byte fields
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def make_icns(images):
    body = b""
    for size, data in sorted(images):
        for kind in ICNS_TYPES.get(size, []):
            body += kind + struct.pack(">I", 8 + len(data)) + data
    if not body:
        sys.exit("make_platform_icon: none of the PNG sizes fits an .icns entry")
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv):
    if len(argv) < 4 or argv[1] not in ("ico", "icns"):
        sys.exit(__doc__)
    images = [read_png(p) for p in argv[3:]]
    out = make_ico(images) if argv[1] == "ico" else make_icns(images)
    with open(argv[2], "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main(sys.argv)
