-- An error: lua exits with code 1.
local missing = nil
print(missing.field)
