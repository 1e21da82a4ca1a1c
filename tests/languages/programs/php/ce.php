<?php
// A syntax error: php -l rejects it at compile time.
echo "Hello World!\n"
echo "missing semicolon\n";
