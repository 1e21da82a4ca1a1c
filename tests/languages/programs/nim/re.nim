# An index out of bounds: an IndexDefect (bounds checks stay on with -d:release), exit code 1.
import std/os

let numbers = @[1]
echo numbers[paramCount() + 1]
