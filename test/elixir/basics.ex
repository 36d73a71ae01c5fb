defmodule Sample.Basics do
  # IO.puts / IO.inspect of the basic types, string interpolation, pattern matching.
  def start do
    IO.puts("Hello from Elixir")
    IO.puts(:an_atom)
    IO.puts(42)
    IO.puts(["io", ?d, "ata ", 'list'])
    name = "world"
    n = 3
    IO.puts("Hello, #{name}! n=#{n}, float=#{1.5}, atom=#{:ok}, nil=[#{nil}], list=#{'abc'}")
    IO.inspect(42)
    IO.inspect(-7)
    IO.inspect(3.14)
    IO.inspect(1.0e20)
    IO.inspect(2.0)
    IO.inspect(1000000.0)
    IO.inspect(:atom)
    IO.inspect(nil)
    IO.inspect(true)
    IO.inspect(:"with space")
    IO.inspect(String)
    IO.inspect("a string")
    IO.inspect("quotes \" and \\ and \n newline")
    IO.inspect('charlist')
    IO.inspect([1, 2, 3])
    IO.inspect([1, :two, "three", 4.0, [5]])
    IO.inspect({:ok, 1})
    IO.inspect({})
    IO.inspect(%{a: 1, b: "two"})
    IO.inspect(%{"key" => :value, 1 => 2})
    IO.inspect([a: 1, b: 2])
    IO.inspect(<<1, 2, 3>>)
    IO.inspect(1..10)
    IO.inspect([1 | 2])
    x = IO.inspect({:nested, [list: [1, 2], map: %{x: {1, 2}}]}, label: "labelled")
    {:nested, kw} = x
    IO.puts("kw has #{length(kw)} entries; inspect: #{inspect(kw)}")
    IO.puts(inspect(%{a: [1, 2, 3]}))
    {a, b} = {10, 20}
    IO.puts("a + b = #{a + b}, a * b = #{a * b}, div = #{div(b, 3)}, rem = #{rem(b, 3)}, #{b / 4}")
    result =
      case {a, b} do
        {10, y} when y > 15 -> "matched #{y}"
        _ -> "no match"
      end
    IO.puts(result)
    cond_result =
      cond do
        a > 100 -> :big
        a > 5 -> :medium
        true -> :small
      end
    IO.inspect(cond_result)
    IO.inspect(if(a == 10, do: "ten", else: "other"))
    IO.inspect(unless(a == 10, do: "other"))
    {:done, a + b}
  end
end
