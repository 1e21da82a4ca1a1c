# Memory bomb in Python: keep 16 MiB bytearrays (which touch their pages) up to 3 GiB; 2 GiB
# wins (see memory_malloc.c).
import sys

blocks = []
try:
    while len(blocks) < 192:
        blocks.append(bytearray(16 << 20))
except MemoryError:
    pass
mib = len(blocks) * 16
print(f"PWNED-memory_bomb_py: {mib} MiB" if mib >= 2048 else f"contained at {mib} MiB")
sys.stdout.flush()
