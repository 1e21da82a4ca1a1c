(* Allocates and touches 1 GiB, 1 MiB at a time, keeping every block. *)
let () =
  let chunks = ref [] in
  for i = 1 to 1024 do
    chunks := Bytes.make (1 lsl 20) (Char.chr (i land 255)) :: !chunks
  done;
  Printf.printf "%d\n" (List.length !chunks)
