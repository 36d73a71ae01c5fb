defmodule Sample.Errors do
  # raise/rescue, throw/catch, exits, error structs and messages.
  def start do
    IO.inspect(safe(fn -> raise "boom" end))
    IO.inspect(safe(fn -> raise ArgumentError, "bad thing" end))
    IO.inspect(safe(fn -> raise ArgumentError end))
    IO.inspect(safe(fn -> 1 / zero() end))
    IO.inspect(safe(fn -> {:ok, _} = opaque({:error, 1}) end))
    IO.inspect(safe(fn -> Map.fetch!(opaque(%{a: 1}), :b) end))
    IO.inspect(safe(fn -> Enum.reduce(opaque([]), &(&1 + &2)) end))
    IO.inspect(safe(fn -> throw(:thrown) end))
    IO.inspect(safe(fn -> exit(:bye) end))
    IO.inspect(safe(fn -> case zero() do 1 -> :one end end))
    result =
      try do
        raise RuntimeError, message: "custom"
      rescue
        e in RuntimeError -> {:rescued, e.message, e}
      after
        IO.puts("after runs")
      end
    IO.inspect(result)
    IO.inspect(catch_it())
    {:ok, :finished}
  end

  defp zero, do: opaque(0)
  defp opaque(x), do: hd(Enum.reverse([x]))

  defp safe(fun) do
    try do
      fun.()
    rescue
      e in [ArgumentError, RuntimeError] -> {:arg_or_runtime, Exception.message(e)}
      e -> {:other, e.__struct__, Exception.message(e)}
    catch
      :throw, v -> {:caught, v}
      :exit, r -> {:exit, r}
    end
  end

  defp catch_it do
    try do
      Enum.each(1..10, fn x -> if x == 4, do: throw({:found, x}) end)
      :not_found
    catch
      {:found, x} -> x
    end
  end
end
