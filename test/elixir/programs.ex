defmodule Sample.Programs.Account do
  defstruct owner: nil, balance: 0, history: []

  def open(owner), do: %__MODULE__{owner: owner}

  def deposit(%__MODULE__{} = acc, amount) when amount > 0 do
    {:ok, %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}}
  end
  def deposit(_acc, amount), do: {:error, "invalid amount #{amount}"}

  def withdraw(%__MODULE__{balance: b} = acc, amount) when amount <= b do
    {:ok, %{acc | balance: b - amount, history: [{:withdraw, amount} | acc.history]}}
  end
  def withdraw(acc, amount), do: {:error, "insufficient funds: #{acc.balance} < #{amount}"}
end

defmodule Sample.Programs do
  # Small realistic programs: CSV report, word count, bank account with
  # with-chains, a queue simulation with MapSet and Bitwise, then/tap pipes.
  alias Sample.Programs.Account
  import Bitwise

  @csv """
  name,dept,salary
  alice,eng,120
  bob,ops,90
  carol,eng,135
  dave,ops,80
  erin,sales,70
  """

  def start do
    rows =
      @csv
      |> String.split("\n", trim: true)
      |> tl()
      |> Enum.map(&String.split(&1, ","))
      |> Enum.map(fn [n, d, s] -> %{name: n, dept: String.to_atom(d), salary: String.to_integer(s)} end)

    rows
    |> Enum.group_by(& &1.dept)
    |> Enum.sort_by(fn {dept, _} -> dept end)
    |> Enum.each(fn {dept, people} ->
      total = people |> Enum.map(& &1.salary) |> Enum.sum()
      names = people |> Enum.map(& &1.name) |> Enum.join(", ")
      IO.puts("#{String.pad_trailing(to_string(dept), 6)}#{String.pad_leading(Integer.to_string(total), 5)}  #{names}")
    end)

    avg = Enum.sum(Enum.map(rows, & &1.salary)) / length(rows)
    IO.puts("average: #{Float.round(avg, 2)}")
    IO.inspect(Enum.max_by(rows, & &1.salary).name, label: "top earner")

    text = "the quick brown fox jumps over the lazy dog The DOG barks"
    text
    |> String.downcase()
    |> String.split()
    |> Enum.frequencies()
    |> Enum.filter(fn {_, c} -> c > 1 end)
    |> Enum.sort()
    |> IO.inspect(label: "repeated")

    result =
      with {:ok, acc} <- {:ok, Account.open("zoe")},
           {:ok, acc} <- Account.deposit(acc, 100),
           {:ok, acc} <- Account.withdraw(acc, 30) do
        acc
      end
    IO.inspect(result)
    IO.inspect(with {:ok, acc} <- Account.deposit(Account.open("x"), 10), do: Account.withdraw(acc, 50))
    IO.inspect(Account.deposit(Account.open("y"), -5))

    seen = Enum.reduce(~w(a b a c b d), MapSet.new(), &MapSet.put(&2, &1))
    IO.inspect(seen)
    IO.inspect({MapSet.member?(seen, "c"), MapSet.size(seen)})
    IO.inspect(MapSet.union(MapSet.new([1, 2]), MapSet.new([2, 3])))
    IO.inspect(MapSet.intersection(MapSet.new([1, 2]), MapSet.new([2, 3])))
    IO.inspect(MapSet.difference(MapSet.new([1, 2]), MapSet.new([2, 3])) |> MapSet.to_list())

    IO.inspect({band(0b1100, 0b1010), bor(1, 4), bxor(5, 1), bsl(1, 10), bsr(1024, 3), bnot(0)})
    IO.inspect(Integer.to_string(0xDEAD, 2) |> String.length())

    5
    |> then(&(&1 * 2))
    |> tap(&IO.puts("tapped #{&1}"))
    |> Kernel.+(1)
    |> IO.inspect(label: "then/tap")

    primes = Enum.reduce(2..50, [], fn n, acc -> if Enum.any?(acc, &(rem(n, &1) == 0)), do: acc, else: [n | acc] end)
    IO.inspect(Enum.reverse(primes))
    IO.inspect(Enum.map(1..10, &fib/1))
    :ok
  end

  defp fib(n) when n < 2, do: n
  defp fib(n), do: fib(n - 1) + fib(n - 2)
end
