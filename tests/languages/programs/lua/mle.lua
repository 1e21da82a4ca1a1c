-- Allocates 1 GiB, 1 MiB at a time, keeping every block (each string's bytes are written).
local chunks = {}
for i = 1, 1024 do chunks[i] = string.rep(string.char(65 + i % 26), 1 << 20) .. i end
print(#chunks)
