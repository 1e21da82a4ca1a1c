// An uncaught exception: std::terminate, SIGABRT.
#include <stdexcept>
int main() { throw std::runtime_error("boom"); }
