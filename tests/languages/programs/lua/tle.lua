-- Spins on the CPU forever.
local counter = 0
while true do counter = counter + 1 end
