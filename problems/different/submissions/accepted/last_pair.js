// Reports the last pair found rather than the first, so it often differs from the .ans file.
const tokens = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
const [n, target] = tokens;
const firstPosition = new Map();
let answer = null;
for (let j = 1; j <= n; j++) {
  const value = tokens[1 + j];
  if (firstPosition.has(target - value)) answer = [firstPosition.get(target - value), j];
  if (!firstPosition.has(value)) firstPosition.set(value, j);
}
console.log(answer.join(" "));
