program Empty;
begin
end.
