import std.stdio;

void main() {
    int answer = "Hello World!";
    writeln(answer);
}
