program Solve;
uses Arith;
var a, b: Int64;
begin
  read(a, b);
  writeln(Add(a, b));
end.
