// An uncaught exception: node exits with code 1.
const missing = undefined;
console.log(missing.length);
