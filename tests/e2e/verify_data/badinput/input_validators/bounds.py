# Valid input: one line "A B" with 0 <= A, B <= MAX; MAX is 100, or --max N from the test
# group's input_validator_args (data/secret/test_group.yaml gives 1000).
import re
import sys

limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else 100
data = sys.stdin.read()
match = re.fullmatch(r"(\d+) (\d+)\n", data)
if not match:
    print("expected one line of two non-negative integers", file=sys.stderr)
    sys.exit(43)
if any(int(x) > limit for x in match.groups()):
    print(f"a number is over {limit}", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
