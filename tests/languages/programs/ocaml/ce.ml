let () = print_endline (1 + "Hello World!")
