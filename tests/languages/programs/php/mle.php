<?php
// Allocates and touches 1 GiB, 1 MiB at a time, keeping every block.
$chunks = [];
for ($i = 0; $i < 1024; $i++) {
    $chunks[] = str_repeat(chr(65 + $i % 26), 1 << 20);
}
echo count($chunks), "\n";
