// A syntax error: node --check rejects it at compile time.
function main( {
  console.log("Hello World!");
}
