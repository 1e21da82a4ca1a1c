// Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
const chunks = [];
for (let i = 0; i < 1024; i++) chunks.push(new Uint8Array(1 << 20).fill(i & 0xff));
console.log(chunks.length);
