import * as fs from "fs";

const numbers: number[] = fs.readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
const sum: number = numbers[0] + numbers[1];
console.log(sum);
