# Exits with a non-zero code, as a failing command under set -e does.
set -e
false
echo "not reached"
