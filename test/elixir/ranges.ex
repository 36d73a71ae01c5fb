defmodule Sample.Ranges do
  # Ranges: steps, membership, pattern matching, Enum over them, inspect.
  def start do
    r = 1..10
    IO.inspect(r)
    IO.inspect(1..10//2)
    IO.inspect(10..1//-1)
    IO.inspect(Enum.to_list(1..10//3))
    IO.inspect(Enum.to_list(10..1//-4))
    IO.inspect(5 in r)
    IO.inspect(11 in r)
    IO.inspect(4 in 1..10//3)
    first..last = r
    IO.inspect({first, last})
    %Range{first: f, last: l, step: s} = 3..9//3
    IO.inspect({f, l, s})
    IO.inspect(Range.new(1, 5))
    IO.inspect(Range.new(1, 5, 2) |> Enum.to_list())
    IO.inspect(Enum.count(1..100//7))
    IO.inspect(Enum.map(0..-4//-2, &(&1 * 3)))
    IO.inspect(for i <- 1..9//4, do: i)
    IO.inspect(Enum.reduce(1..5, &(&1 * &2)))
    IO.inspect(Enum.member?(1..5, 3.0))
    IO.inspect("range #{inspect(2..8)}")
    IO.inspect(Enum.empty?(1..0//1))
    IO.inspect(Enum.slice(100..200, 0..3))
    IO.inspect(Enum.zip(1..3, 10..12))
    Enum.each(3..1//-1, &IO.puts/1)
    :ok
  end
end
