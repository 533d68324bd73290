"""Draws the toolbar icon (a green shield with a white tick) at 16/32/48/128 px, with no dependencies.
Run once; the PNGs are committed under public/icons/."""
import struct, zlib, math, os

def shield(x, y):
    # Shield outline in unit square: flat top, sides curving to a point at the bottom.
    if y < 0.08 or y > 0.95: return False
    half = 0.40 if y < 0.55 else 0.40 * math.cos((y - 0.55) / 0.40 * math.pi / 2)
    return abs(x - 0.5) <= half

def tick(x, y):
    def seg(ax, ay, bx, by, w):
        dx, dy = bx - ax, by - ay
        t = max(0, min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) < w
    return seg(0.30, 0.48, 0.45, 0.64, 0.06) or seg(0.45, 0.64, 0.71, 0.32, 0.06)

def pixel(x, y):
    if not shield(x, y): return (0, 0, 0, 0)
    return (255, 255, 255, 255) if tick(x, y) else (22, 128, 78, 255)

def png(size):
    rows = b''
    for j in range(size):
        row = b'\x00'
        for i in range(size):
            # 4x supersampling for smooth edges at small sizes
            acc = [0, 0, 0, 0]
            for sj in range(4):
                for si in range(4):
                    p = pixel((i + (si + .5) / 4) / size, (j + (sj + .5) / 4) / size)
                    for k in range(4): acc[k] += p[k]
            row += bytes(a // 16 for a in acc)
        rows += row
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

out = os.path.join(os.path.dirname(__file__), '..', 'public', 'icons')
os.makedirs(out, exist_ok=True)
for s in (16, 32, 48, 128):
    with open(os.path.join(out, f'icon-{s}.png'), 'wb') as f: f.write(png(s))
