(* An uncaught exception: the program exits with code 2. *)
let () = print_int (List.hd [])
