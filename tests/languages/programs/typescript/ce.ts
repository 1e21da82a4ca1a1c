// A type error: tsc rejects it.
const answer: number = "Hello World!";
console.log(answer);
