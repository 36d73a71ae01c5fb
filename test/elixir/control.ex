defmodule Sample.Control do
  # with/else, case with guards, cond, if/unless, multi-clause functions and fns, pin.
  def start do
    IO.inspect(checkout(%{"qty" => "3", "price" => "10"}))
    IO.inspect(checkout(%{"qty" => "x", "price" => "10"}))
    IO.inspect(checkout(%{"price" => "10"}))
    IO.inspect(checkout(%{"qty" => "0", "price" => "10"}))
    Enum.each([-5, 0, 7, 3.5, :x, "s", [1], {1, 2}, nil], &IO.puts(classify(&1)))
    Enum.each([1, 15, 30, 100], fn n -> IO.puts(grade(n)) end)
    IO.inspect(Enum.map(1..15, &fizz/1))
    expected = 3
    IO.inspect(Enum.map([1, 3, 5], fn
      ^expected -> :match
      n when n > expected -> :bigger
      _ -> :smaller
    end))
    IO.inspect(if true, do: :yes, else: :no)
    IO.inspect(if nil, do: :yes)
    IO.inspect(unless false, do: :ran)
    x = if 0, do: "0 is truthy", else: "falsy"
    IO.inspect(x)
    IO.inspect(fact(20))
    IO.inspect(len([1, 2, 3]))
    IO.inspect(sum_tail(Enum.to_list(1..1000), 0))
    {a, b} = swap({1, 2})
    IO.inspect({a, b})
    IO.inspect(default_args())
    IO.inspect(default_args(5))
    IO.inspect(nested_case({:ok, {:user, "ann", 30}}))
    IO.inspect(nested_case({:ok, {:user, "kid", 5}}))
    IO.inspect(nested_case(:error))
    [t, f, n] = Enum.reverse([nil, false, true])
    IO.inspect(t and f or not f)
    IO.inspect(n || :fallback)
    IO.inspect(t && :second)
    IO.inspect(is_nil(n) and is_atom(t))
    result =
      with {:ok, a} <- {:ok, 1},
           b = a + 1,
           true <- b > 1 do
        {:sum, a + b}
      end
    IO.inspect(result)
    :ok
  end

  defp checkout(params) do
    with {:ok, qty_s} <- Map.fetch(params, "qty"),
         {qty, ""} <- Integer.parse(qty_s),
         {:positive, true} <- {:positive, qty > 0},
         {price, ""} <- Integer.parse(params["price"]) do
      {:ok, qty * price}
    else
      :error -> {:error, :missing_qty}
      :error_atom -> :never
      {:positive, false} -> {:error, :zero_qty}
      other -> {:error, {:unparsable, other}}
    end
  end

  defp classify(n) when is_integer(n) and n < 0, do: "negative integer"
  defp classify(0), do: "zero"
  defp classify(n) when is_integer(n), do: "positive integer"
  defp classify(n) when is_float(n), do: "float #{n}"
  defp classify(nil), do: "nil"
  defp classify(a) when is_atom(a), do: "atom #{a}"
  defp classify(s) when is_binary(s), do: "string #{s}"
  defp classify(l) when is_list(l), do: "list of #{length(l)}"
  defp classify(t) when is_tuple(t) and tuple_size(t) == 2, do: "pair"

  defp grade(n) do
    cond do
      n < 10 -> "small #{n}"
      n < 20 -> "medium #{n}"
      rem(n, 10) == 0 and n < 50 -> "round #{n}"
      true -> "large #{n}"
    end
  end

  defp fizz(n) do
    case {rem(n, 3), rem(n, 5)} do
      {0, 0} -> "FizzBuzz"
      {0, _} -> "Fizz"
      {_, 0} -> "Buzz"
      _ -> n
    end
  end

  defp fact(0), do: 1
  defp fact(n) when n > 0, do: n * fact(n - 1)
  defp len([]), do: 0
  defp len([_ | t]), do: 1 + len(t)
  defp sum_tail([], acc), do: acc
  defp sum_tail([h | t], acc), do: sum_tail(t, acc + h)
  defp swap({a, b}), do: {b, a}
  defp default_args(a \\ 1, b \\ 2), do: {a, b}

  defp nested_case(v) do
    case v do
      {:ok, {:user, name, age}} when age >= 18 -> "adult #{name}"
      {:ok, {:user, name, _}} -> "minor #{name}"
      _ -> "unknown"
    end
  end
end
