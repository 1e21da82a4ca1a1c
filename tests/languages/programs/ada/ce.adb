with Ada.Text_IO;

procedure Main is
   Answer : Integer := "Hello World!";
begin
   Ada.Text_IO.Put_Line (Integer'Image (Answer));
end Main;
