defmodule Sample.InspectOpts do
  # IO.inspect with label:, limit:, charlists:, width: and pretty printing of
  # large nested terms; inspect/2; IO.inspect in pipes.
  def start do
    IO.inspect([1, 2, 3], label: "list")
    IO.inspect(%{a: 1}, label: :map)
    IO.inspect(Enum.to_list(1..100), limit: 5)
    IO.inspect(Enum.to_list(1..100))
    IO.inspect('abc', charlists: :as_lists)
    IO.inspect([97, 98], charlists: :as_charlists)
    IO.inspect(String.duplicate("abcdef", 20), printable_limit: 10)
    IO.inspect({:a, [1, 2], %{b: "c"}}, width: 10)
    big = for i <- 1..12, into: %{}, do: {:"key_#{i}", {i, "value number #{i}"}}
    IO.inspect(big)
    IO.inspect(Enum.map(1..6, fn i -> %{id: i, name: "item #{i}", tags: [:x, :y]} end))
    IO.inspect([a: 1, b: [c: 2, d: [e: 3]]])
    IO.inspect(["a long string that goes on and on", "another long string here", "and a third one"])
    IO.puts(inspect(Enum.to_list(1..40), pretty: true, width: 30))
    IO.puts(inspect(%{nested: %{deep: %{deeper: [1, 2, 3]}}}, pretty: true, width: 20))
    r = [3, 1, 2] |> IO.inspect(label: "before") |> Enum.sort() |> IO.inspect(label: "after")
    IO.inspect(r == [1, 2, 3])
    IO.inspect({1.0, -0.0, 1.0e10, 123.456, :"quoted atom", :ok?, :<>, :"Elixir.Foo", Foo.Bar})
    IO.inspect(["é", <<200>>, <<0>>, "\e[0m", "multi\nline", "tab\t", "quote\"s", "\#{x}"])
    IO.inspect([{:ok, self() == self()}, [], {}, %{}, [[]]])
    IO.inspect(%{1 => 2, :a => 3, "s" => 4, [1] => 5, {1} => 6})
    IO.inspect([:a | :b])
    IO.inspect([1, 2 | 3])
    IO.inspect(fn -> :ok end |> is_function())
    IO.inspect(MapSet.new([3, 1, 2]))
    IO.inspect(1..3 |> Enum.map(&(&1 * 2)), label: "doubled")
    :ok
  end
end
