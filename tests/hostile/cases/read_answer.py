# Hunts for the answer file: the host path of the input (readlink /proc/self/fd/0) with .ans,
# that path under /.host, /proc/1/root and /proc/1/cwd, common relative paths, every mount's
# source, and every descriptor of every visible process.
import os
import re

SECRET = "hx-secret-answer"
found = []


def attempt(path):
    try:
        with open(path, errors="replace") as f:
            text = f.read(4096)
    except OSError:
        return
    if SECRET in text:
        found.append((path, text.strip()))


input_path = os.readlink("/proc/self/fd/0")
answer_path = re.sub(r"\.in$", ".ans", input_path)
problem_dir = os.path.dirname(os.path.dirname(os.path.dirname(answer_path)))
candidates = [answer_path, input_path + "/../1.ans", "1.ans", "../1.ans", "data/secret/1.ans",
              "/box/1.ans", "/tmp/1.ans", "/1.ans", "/box/answer", "/box/expected"]
for prefix in ("/.host", "/proc/1/root", "/proc/1/cwd", "/proc/self/root", "/proc/2/root"):
    candidates += [prefix + answer_path, prefix + "/data/secret/1.ans", prefix + "/1.ans"]
for line in open("/proc/self/mountinfo"):
    fields = line.split()
    candidates += [os.path.join(fields[4], "1.ans"), os.path.join(fields[4], "../1.ans")]
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        continue
    candidates += [f"/proc/{pid}/fd/{fd}" for fd in fds if fd not in ("0", "1", "2")]
for base in ("/box", "/tmp", "/", "/proc/1/cwd"):
    try:
        candidates += [os.path.join(base, n) for n in os.listdir(base) if n.endswith(".ans")]
    except OSError:
        pass
for path in candidates:
    attempt(path)
if found:
    print("PWNED-read_answer: " + ", ".join(path for path, _ in found))
    print(found[0][1])  # what a cheating solution would print
else:
    print("contained")
