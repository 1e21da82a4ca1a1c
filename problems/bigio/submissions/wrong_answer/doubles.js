// Sums in doubles: exact on small cases, loses the last digits on the large one.
const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((t) => t.length > 0);
const n = Number(tokens[0]);
let sum = 0;
for (let i = 1; i <= n; i++) sum += Number(tokens[i]);
console.log(sum.toFixed(0));
