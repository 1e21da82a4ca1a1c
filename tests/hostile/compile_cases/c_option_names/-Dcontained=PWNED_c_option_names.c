/* A file, not an option. */
int harmless_unit;
