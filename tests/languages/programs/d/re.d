// An uncaught exception: the program exits with code 1.
void main() {
    throw new Exception("boom");
}
