--  An unhandled exception: the program exits with code 1.
procedure Main is
begin
   raise Program_Error;
end Main;
