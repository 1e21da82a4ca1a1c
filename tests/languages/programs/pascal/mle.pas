{ Allocates and touches 1 GiB, 1 MiB at a time, keeping every block. }
program Hog;
const
  ChunkSize = 1024 * 1024;
var
  chunks: array[1..1024] of PByte;
  i: integer;
begin
  for i := 1 to 1024 do
  begin
    GetMem(chunks[i], ChunkSize);
    FillChar(chunks[i]^, ChunkSize, i and 255);
  end;
  writeln(chunks[1024][0]);
end.
