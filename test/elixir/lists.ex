defmodule Sample.Lists do
  # List and Tuple functions, list operators, recursion over lists.
  def start do
    l = [3, 1, 4, 1, 5, 9, 2, 6]
    IO.inspect(List.first(l))
    IO.inspect(List.last(l))
    IO.inspect(List.first([]))
    IO.inspect(List.flatten([1, [2, [3, [4]]], 5]))
    IO.inspect(List.delete(l, 1))
    IO.inspect(List.delete_at(l, 0))
    IO.inspect(List.insert_at(l, 2, :x))
    IO.inspect(List.insert_at(l, -1, :end))
    IO.inspect(List.replace_at(l, 1, :y))
    IO.inspect(List.update_at(l, 2, &(&1 * 100)))
    IO.inspect(List.duplicate(:ab, 3))
    IO.inspect(List.wrap(nil))
    IO.inspect(List.wrap(:a))
    IO.inspect(List.zip([[1, 2, 3], [:a, :b, :c]]))
    IO.inspect(List.to_tuple([1, 2]))
    IO.inspect(List.to_string([?h, ?i, " there"]))
    IO.inspect(List.keyfind([{:a, 1}, {:b, 2}], :b, 0))
    IO.inspect(List.keystore([{:a, 1}], :b, 0, {:b, 2}))
    IO.inspect(List.keydelete([{:a, 1}, {:b, 2}], :a, 0))
    IO.inspect(List.foldl([1, 2, 3], [], fn x, acc -> [x | acc] end))
    IO.inspect(List.foldr([1, 2, 3], [], fn x, acc -> [x | acc] end))
    IO.inspect(List.pop_at(l, 3))
    IO.inspect([1, 2] ++ [3, 4])
    IO.inspect([1, 2, 3, 2] -- [2])
    IO.inspect([0 | [1, 2]])
    [h | t] = l
    IO.inspect({h, t})
    IO.inspect(hd(l))
    IO.inspect(tl(l))
    IO.inspect(length(l))
    IO.inspect(5 in l)
    IO.inspect(Enum.sort(l) |> Enum.dedup())
    t = {:a, "b", 3}
    IO.inspect(elem(t, 1))
    IO.inspect(put_elem(t, 0, :z))
    IO.inspect(tuple_size(t))
    IO.inspect(Tuple.to_list(t))
    IO.inspect(Tuple.append(t, :d))
    IO.inspect(Tuple.insert_at(t, 1, :ins))
    IO.inspect(Tuple.delete_at(t, 0))
    IO.inspect(Tuple.duplicate(0, 4))
    IO.inspect(quicksort(l))
    IO.inspect(my_reverse(l, []))
    IO.inspect(fib(20))
    IO.inspect(Enum.map(0..10, &fib/1))
    IO.inspect('hello' ++ ' world')
    IO.inspect([?a, ?b, ?c])
    IO.inspect([104, 101, 108, 108, 111, 0])
    sum(l)
  end

  defp quicksort([]), do: []
  defp quicksort([p | rest]) do
    quicksort(for x <- rest, x < p, do: x) ++ [p] ++ quicksort(for x <- rest, x >= p, do: x)
  end

  defp my_reverse([], acc), do: acc
  defp my_reverse([h | t], acc), do: my_reverse(t, [h | acc])

  defp fib(n) when n < 2, do: n
  defp fib(n), do: fib(n - 1) + fib(n - 2)

  defp sum([]), do: 0
  defp sum([h | t]), do: h + sum(t)
end
