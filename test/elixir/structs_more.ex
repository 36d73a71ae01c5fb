defmodule Sample.StructsMore.Point do
  defstruct x: 0, y: 0

  def new(x, y), do: %__MODULE__{x: x, y: y}
  def add(%__MODULE__{x: x1, y: y1}, %__MODULE__{x: x2, y: y2}), do: new(x1 + x2, y1 + y2)
end

defmodule Sample.StructsMore.User do
  @enforce_keys [:name]
  defstruct [:name, email: nil, roles: [], active: true]
end

defmodule Sample.StructsMore.Shape do
  defstruct kind: :circle, size: 1, meta: %{}
end

defmodule Sample.StructsMore do
  # defstruct with defaults and enforce_keys, updates, pattern matching, nesting.
  alias Sample.StructsMore.{Point, User, Shape}

  def start do
    p = Point.new(1, 2)
    IO.inspect(p)
    IO.inspect(%Point{})
    IO.inspect(Point.add(p, %Point{x: 10}))
    IO.inspect(%{p | y: 5})
    IO.inspect(p.x + p.y)
    %Point{x: px} = p
    IO.inspect(px)
    u = %User{name: "ann", roles: [:admin]}
    IO.inspect(u)
    IO.inspect(describe(u))
    IO.inspect(describe(%User{name: "bob", active: false}))
    IO.inspect(describe(p))
    IO.inspect(describe(%{name: "map"}))
    IO.inspect(is_map(p))
    IO.inspect(p.__struct__)
    IO.inspect(Map.from_struct(p))
    IO.inspect(struct(Point, x: 7, z: 9))
    IO.inspect(struct(p, %{y: 8}))
    IO.inspect(match?(%Point{}, p))
    IO.inspect(match?(%Point{}, %{x: 1, y: 2}))
    IO.inspect(Map.keys(u))
    s = %Shape{meta: %{color: "red", tags: [:a]}}
    IO.inspect(s)
    IO.inspect(put_in(s.meta.color, "blue"))
    IO.inspect(update_in(s.meta.tags, &[:b | &1]))
    IO.inspect(s.meta.color)
    IO.inspect([p, Point.new(3, 4)] |> Enum.map(& &1.x))
    IO.inspect(Enum.sort_by([Point.new(3, 1), Point.new(1, 5)], & &1.x))
    IO.puts("point #{inspect(p)} and #{p.x}")
    IO.inspect(%{points: [p], user: u})
    try do
      struct!(User, nope: 1)
    rescue
      e in KeyError -> IO.inspect({:key_error, e.key})
    end
    :ok
  end

  defp describe(%User{name: name, active: true}), do: "active user #{name}"
  defp describe(%User{name: name}), do: "inactive user #{name}"
  defp describe(%Point{x: x, y: y}) when x < y, do: {:rising, x, y}
  defp describe(%{} = other), do: {:plain, map_size(other)}
end
