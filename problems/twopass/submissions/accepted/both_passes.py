# Pass 1 doubles the value; pass 2 (the validator's nextpass.in) adds one.
pass_number, value = map(int, input().split())
print(2 * value if pass_number == 1 else value + 1)
