<?php
// An uncaught exception: php exits with code 255.
throw new RuntimeException("boom");
