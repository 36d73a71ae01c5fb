defmodule Sample.Comprehensions do
  # for with generators, filters, patterns, into:, uniq:, reduce:, bitstrings.
  def start do
    IO.inspect(for x <- 1..10, rem(x, 2) == 0, x > 4, do: x)
    IO.inspect(for x <- 1..3, y <- x..3, do: {x, y})
    IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
    IO.inspect(for {k, v} <- [a: 1, b: 2], into: %{}, do: {v, k})
    IO.inspect(for w <- ~w(a b c), into: "", do: String.upcase(w))
    IO.inspect(for x <- [1, 2, 1, 3, 2], uniq: true, do: x * 10)
    IO.inspect(for x <- 1..5, reduce: 0 do
      acc -> acc + x * x
    end)
    IO.inspect(for x <- ~w(a b a), reduce: %{} do
      acc -> Map.update(acc, x, 1, &(&1 + 1))
    end)
    IO.inspect(for <<c <- "hello">>, c != ?l, do: c)
    IO.inspect(for <<c <- "abc">>, into: "", do: <<c - 32>>)
    IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 128, 255>> >>, do: {r, g, b})
    IO.inspect(for x <- [1, 2], y <- [3, 4], x + y > 4, do: x * y)
    IO.inspect(for i <- 1..3, into: MapSet.new(), do: rem(i, 2))
    IO.inspect(for x <- [], do: x)
    IO.inspect(for {name, age} when age > 18 <- [{"a", 20}, {"b", 10}], do: name)
    matrix = for r <- 1..3, do: for(c <- 1..3, do: r * c)
    IO.inspect(matrix)
    IO.inspect(for row <- matrix, x <- row, into: [], do: x)
    IO.inspect(for n <- 1..20, prime?(n), do: n)
    IO.inspect(Map.new(for c <- ?a..?e, do: {<<c>>, c}))
    :ok
  end

  defp prime?(n) when n < 2, do: false
  defp prime?(n), do: Enum.all?(2..max(2, trunc(:math.sqrt(n))), &(&1 == n or rem(n, &1) != 0))
end
