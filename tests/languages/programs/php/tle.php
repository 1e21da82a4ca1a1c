<?php
// Spins on the CPU forever.
$counter = 0;
while (true) {
    $counter++;
}
