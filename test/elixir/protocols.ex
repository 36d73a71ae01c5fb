defprotocol Sample.Protocols.Describe do
  @doc "a short description"
  def describe(value)
end

defprotocol Sample.Protocols.Size do
  @fallback_to_any true
  def size(value)
end

defmodule Sample.Protocols.Box do
  defstruct items: []
end

defmodule Sample.Protocols.Temp do
  defstruct degrees: 0
end

defimpl Sample.Protocols.Describe, for: Sample.Protocols.Box do
  def describe(%{items: items}), do: "box of #{length(items)}"
end

defimpl Sample.Protocols.Describe, for: Integer do
  def describe(n) when n < 0, do: "negative"
  def describe(_), do: "integer"
end

defimpl Sample.Protocols.Describe, for: [List, Tuple] do
  def describe(x), do: "collection #{inspect(x)}"
end

defimpl Sample.Protocols.Describe, for: BitString do
  def describe(s), do: "string #{s}"
end

defimpl Sample.Protocols.Describe, for: Map do
  def describe(m), do: "map with #{map_size(m)} keys"
end

defimpl Sample.Protocols.Size, for: Sample.Protocols.Box do
  def size(box), do: length(box.items)
end

defimpl Sample.Protocols.Size, for: Any do
  def size(_), do: :unknown
end

defimpl String.Chars, for: Sample.Protocols.Temp do
  def to_string(%{degrees: d}), do: "#{d}°C"
end

defimpl Inspect, for: Sample.Protocols.Temp do
  def inspect(%{degrees: d}, _opts), do: "#Temp<#{d}>"
end

defimpl Enumerable, for: Sample.Protocols.Box do
  def count(box), do: {:ok, length(box.items)}
  def member?(box, x), do: {:ok, x in box.items}
  def slice(_), do: {:error, __MODULE__}
  def reduce(box, acc, fun), do: Enumerable.List.reduce(box.items, acc, fun)
end

defmodule Sample.Protocols do
  # User protocols (unconsolidated dispatch), fallback to Any, String.Chars,
  # Inspect and Enumerable implemented for a struct.
  alias Sample.Protocols.{Describe, Size, Box, Temp}

  def start do
    box = %Box{items: [3, 1, 2]}
    for v <- [box, 5, -1, [1, 2], {:a}, "hi", %{a: 1}] do
      IO.puts(Describe.describe(v))
    end
    IO.inspect(Size.size(box))
    IO.inspect(Size.size(42))
    IO.inspect(Describe.impl_for(:atom))
    IO.inspect(Describe.impl_for(7))
    try do
      Describe.describe(:atom)
    rescue
      e in Protocol.UndefinedError -> IO.inspect({e.protocol, e.value})
    end
    t = %Temp{degrees: 21}
    IO.puts("temp is #{t}")
    IO.inspect(t)
    IO.inspect([t, t])
    IO.inspect(Enum.map(box, &(&1 * 2)))
    IO.inspect(Enum.sort(box))
    IO.inspect(Enum.sum(box))
    :ok
  end
end
