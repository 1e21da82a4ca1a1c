# Makes itself unkillable by the OOM killer (oom_score_adj -1000 needs CAP_SYS_RESOURCE), then
# allocates without bound: the memory limit must still end it (MLE).
import sys

try:
    with open("/proc/self/oom_score_adj", "w") as f:
        f.write("-1000")
    print("PWNED-oom_score_adj: the OOM killer will skip this process")
except OSError:
    print("contained")
sys.stdout.flush()
blocks = []
while True:
    blocks.append(bytearray(16 << 20))
