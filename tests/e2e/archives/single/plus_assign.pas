{ Accepted where fpc allows C-style operators (-Sc); a compile error on DOMjudge's line (-Sg). }
program PlusAssign;
var
  a, b: Int64;
begin
  readln(a, b);
  a += b;
  writeln(a);
end.
