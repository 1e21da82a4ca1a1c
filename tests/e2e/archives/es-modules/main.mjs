import { readFileSync } from "node:fs";
import { add } from "./arith.mjs";
const [a, b] = readFileSync(0, "utf8").trim().split(/\s+/).map(BigInt);
console.log(add(a, b).toString());
