# Spins on the CPU forever.
defmodule Spin do
  def loop(counter), do: loop(counter + 1)
end

Spin.loop(0)
