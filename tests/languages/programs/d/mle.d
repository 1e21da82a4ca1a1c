// Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
import std.stdio;

void main() {
    ubyte[][] chunks;
    foreach (i; 0 .. 1024) {
        auto chunk = new ubyte[1 << 20];
        chunk[] = cast(ubyte) i;
        chunks ~= chunk;
    }
    writeln(chunks.length);
}
