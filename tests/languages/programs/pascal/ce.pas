program Broken;
var
  answer: integer;
begin
  answer := 'Hello World!';
  writeln(answer);
end.
