{ Division by zero: a run-time error, exit code 200. }
program Crash;
var
  a, b: longint;
begin
  a := 1;
  b := 0;
  writeln(a div b);
end.
