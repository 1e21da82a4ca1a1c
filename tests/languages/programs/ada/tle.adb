--  Spins on the CPU forever; Volatile keeps the optimizer from removing the loop.
procedure Main is
   Counter : Long_Long_Integer := 0 with Volatile;
begin
   loop
      Counter := (Counter + 1) mod 1_000_000;
   end loop;
end Main;
