defmodule Sample.Streams do
  # Stream: lazy pipelines over lists, ranges and infinite sources, consumed by Enum.
  def start do
    s = Stream.map([1, 2, 3], fn x -> IO.puts("map #{x}"); x * 2 end)
    IO.puts("nothing ran yet")
    IO.inspect(Enum.to_list(s))
    IO.inspect(1..10 |> Stream.filter(&(rem(&1, 2) == 0)) |> Stream.map(&(&1 * &1)) |> Enum.to_list())
    IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Enum.take(10))
    IO.inspect(Stream.cycle([:a, :b, :c]) |> Enum.take(7))
    IO.inspect(Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(12))
    IO.inspect(Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list())
    IO.inspect(Stream.repeatedly(fn -> :x end) |> Enum.take(3))
    IO.inspect(Stream.iterate(1, &(&1 + 1)) |> Stream.filter(&(rem(&1, 7) == 0)) |> Enum.take(4))
    IO.inspect(Stream.iterate(1, &(&1 + 1)) |> Enum.find(&(&1 * &1 > 50)))
    IO.inspect(Stream.iterate(0, &(&1 + 3)) |> Enum.at(5))
    IO.inspect(Stream.iterate(1, &(&1 * 3)) |> Enum.take_while(&(&1 < 500)))
    IO.inspect(Stream.iterate(1, &(&1 + 1)) |> Stream.map(&(&1 * 10)) |> Enum.reduce_while(0, fn x, acc ->
      if acc > 100, do: {:halt, acc}, else: {:cont, acc + x}
    end))
    IO.inspect(1..20 |> Stream.take(5) |> Enum.to_list())
    IO.inspect(1..10 |> Stream.drop(7) |> Enum.to_list())
    IO.inspect(1..10 |> Stream.take_while(&(&1 < 4)) |> Enum.to_list())
    IO.inspect(1..10 |> Stream.drop_while(&(&1 < 8)) |> Enum.to_list())
    IO.inspect([:a, :b] |> Stream.with_index() |> Enum.to_list())
    IO.inspect(1..7 |> Stream.chunk_every(3) |> Enum.to_list())
    IO.inspect([1, 1, 2, 1, 3, 3] |> Stream.uniq() |> Enum.to_list())
    IO.inspect([1, 1, 2, 1, 3, 3] |> Stream.dedup() |> Enum.to_list())
    IO.inspect(1..5 |> Stream.scan(&(&1 + &2)) |> Enum.to_list())
    IO.inspect(1..3 |> Stream.flat_map(&[&1, -&1]) |> Enum.to_list())
    IO.inspect(Stream.concat([1, 2], Stream.cycle([0])) |> Enum.take(5))
    IO.inspect(Stream.concat([[1], 2..3, [4]]) |> Enum.sum())
    IO.inspect(1..3 |> Stream.each(&IO.puts("saw #{&1}")) |> Enum.map(&(&1 + 100)))
    IO.inspect(Stream.transform(1..10, 0, fn x, acc -> if acc >= 10, do: {:halt, acc}, else: {[x], acc + x} end) |> Enum.to_list())
    IO.inspect(Stream.resource(fn -> 3 end, fn 0 -> {:halt, 0}; n -> {[n], n - 1} end, fn _ -> IO.puts("closed") end) |> Enum.to_list())
    IO.inspect(Stream.iterate(1, &(&1 + 1)) |> Stream.map(&(&1 * &1)) |> Stream.chunk_every(2) |> Enum.take(3))
    IO.inspect(Stream.run(Stream.each(1..2, &IO.puts("run #{&1}"))))
    IO.inspect(Enum.zip(1..3, Stream.map([:a, :b, :c], & &1)))
    IO.inspect(Stream.iterate(2, &(&1 + 1)) |> Enum.any?(&(&1 > 10)))
    IO.inspect(Stream.map(1..3, & &1) |> Enum.all?(&(&1 > 0)))
    IO.inspect(Stream.with_index(~w(x y z), 1) |> Enum.map(fn {w, i} -> "#{i}#{w}" end) |> Enum.join(","))
    :ok
  end
end
