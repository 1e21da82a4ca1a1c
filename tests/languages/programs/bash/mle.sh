# Grows one string to 1 GiB by doubling (bash keeps every byte in memory).
chunk=x
for _ in $(seq 30); do chunk=$chunk$chunk; done
echo ${#chunk}
