--  Allocates and touches 1 GiB, 1 MiB at a time, keeping every block.
with Ada.Text_IO;

procedure Main is
   type Chunk is array (1 .. 1_048_576) of Character;
   type Chunk_Access is access Chunk;
   Chunks : array (1 .. 1024) of Chunk_Access;
begin
   for I in Chunks'Range loop
      Chunks (I) := new Chunk'(others => Character'Val (65 + I mod 26));
   end loop;
   Ada.Text_IO.Put_Line (Chunks (1024) (1) & "");
end Main;
