// Spins on the CPU forever; volatileStore keeps the optimizer from removing the loop.
import core.volatile : volatileLoad, volatileStore;

void main() {
    ulong counter = 0;
    while (true) volatileStore(&counter, volatileLoad(&counter) + 1);
}
