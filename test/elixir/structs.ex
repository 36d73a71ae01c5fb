defmodule Sample.Structs.Point do
  defstruct x: 0, y: 0
end

defmodule Sample.Structs.User do
  defstruct [:name, age: 0, roles: []]
end

defimpl String.Chars, for: Sample.Structs.Point do
  def to_string(%{x: x, y: y}), do: "(#{x}, #{y})"
end

defmodule Sample.Structs do
  # defstruct, struct update/match, inspect of structs, a String.Chars implementation.
  alias Sample.Structs.{Point, User}

  def start do
    p = %Point{x: 1, y: 2}
    IO.inspect(p)
    IO.inspect(%Point{})
    IO.inspect(%{p | y: 5})
    IO.puts("point: #{p}")
    IO.puts(to_string(%Point{x: -1}))
    %Point{x: x} = p
    IO.inspect(x)
    u = %User{name: "ann"}
    IO.inspect(u)
    IO.inspect(u.roles)
    IO.inspect(struct(User, name: "bob", age: 3, bogus: 1))
    IO.inspect(Map.from_struct(p))
    IO.inspect(is_struct(p))
    IO.inspect(is_map(p))
    IO.inspect(match?(%Point{}, p))
    IO.inspect(match?(%User{}, p))
    IO.inspect([p, %Point{x: 3, y: 4}])
    IO.inspect(%{__struct__: NotAStruct, a: 1})
    IO.inspect(Enum.map([%Point{x: 1}, %Point{x: 2}], & &1.x))
    IO.inspect(p.__struct__)
    IO.inspect(distance(%Point{x: 3, y: 4}))
    %User{u | age: 40}
  end

  defp distance(%Point{x: x, y: y}), do: :math.sqrt(x * x + y * y)
end
