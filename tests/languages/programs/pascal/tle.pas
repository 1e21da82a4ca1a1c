{ Spins on the CPU forever. }
program Spin;
var
  counter: qword;
begin
  counter := 0;
  while counter <> 1 do
    counter := counter + 2;
  writeln(counter);
end.
