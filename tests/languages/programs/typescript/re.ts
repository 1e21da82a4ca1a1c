// An uncaught exception: node exits with code 1.
function fail(): never {
  throw new Error("boom");
}
fail();
