(* Spins on the CPU forever; the reference keeps the loop from being removed. *)
let () =
  let counter = ref 0 in
  while true do incr counter done;
  print_int !counter
