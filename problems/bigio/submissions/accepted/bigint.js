// Sums can reach 2e17, beyond 2^53: BigInt keeps them exact.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((t) => t.length > 0);
const n = Number(tokens[0]);
let sum = 0n;
for (let i = 1; i <= n; i++) sum += BigInt(tokens[i]);
console.log(sum.toString());
