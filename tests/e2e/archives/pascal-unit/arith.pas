unit Arith;
interface
function Add(a, b: Int64): Int64;
implementation
function Add(a, b: Int64): Int64;
begin
  Add := a + b;
end;
end.
