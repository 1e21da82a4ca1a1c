const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
throw new Error(`refusing to add ${a} and ${b}`);
