defmodule Sample.Exceptions.InsufficientFunds do
  defexception [:needed, :available]

  @impl true
  def message(%{needed: n, available: a}), do: "need #{n}, have #{a}"
end

defmodule Sample.Exceptions.Simple do
  defexception message: "simple default"
end

defmodule Sample.Exceptions do
  # raise/rescue of built-in and custom exceptions, reraise, try/else/after,
  # throw/catch, exit, error normalization, Exception functions.
  alias Sample.Exceptions.{InsufficientFunds, Simple}

  def start do
    IO.inspect(attempt(fn -> raise ArgumentError, message: "bad arg" end))
    IO.inspect(attempt(fn -> raise "plain runtime" end))
    IO.inspect(attempt(fn -> raise InsufficientFunds, needed: 10, available: 3 end))
    IO.inspect(attempt(fn -> raise Simple end))
    IO.inspect(attempt(fn -> raise Simple, "custom text" end))
    IO.inspect(attempt(fn -> :erlang.error(:badarith) end))
    IO.inspect(attempt(fn -> String.to_integer(opaque("12x")) end))
    IO.inspect(attempt(fn -> elem(opaque({}), 1) end))
    IO.inspect(attempt(fn -> opaque(%{}).field end))
    IO.inspect(attempt(fn -> apply(String, :no_such_fun, []) end))
    IO.inspect(attempt(fn -> Keyword.fetch!([a: 1], :b) end))
    IO.inspect(attempt(fn -> opaque([]) |> hd() end))
    IO.inspect(attempt(fn -> throw({:ball, 1}) end))
    IO.inspect(attempt(fn -> exit(:normal_exit) end))
    IO.inspect(attempt(fn -> :erlang.error({:custom, :reason}) end))
    e = %InsufficientFunds{needed: 5, available: 1}
    IO.inspect(Exception.message(e))
    IO.inspect(e)
    IO.inspect(is_exception(e))
    IO.inspect(InsufficientFunds.exception(needed: 1, available: 0))
    IO.inspect(try_else(1))
    IO.inspect(try_else(0))
    IO.inspect(nested())
    IO.inspect(catch_all(fn -> throw(:t) end))
    IO.inspect(catch_all(fn -> exit(:e) end))
    IO.inspect(catch_all(fn -> raise "r" end))
    IO.inspect(reraised())
    IO.inspect(Exception.format_banner(:throw, :oops))
    IO.inspect(Exception.format_banner(:exit, :gone))
    IO.inspect(Exception.format_banner(:error, %RuntimeError{message: "m"}))
    :ok
  end

  defp opaque(x), do: hd(Enum.reverse([x]))

  defp attempt(fun) do
    try do
      fun.()
    rescue
      e in InsufficientFunds -> {:funds, e.needed, Exception.message(e)}
      e in [ArgumentError, RuntimeError] -> {e.__struct__, e.message}
      e -> {:other, e.__struct__, Exception.message(e)}
    catch
      :throw, value -> {:thrown, value}
      :exit, reason -> {:exited, reason}
    after
      IO.write(".")
    end
  end

  defp try_else(n) do
    try do
      10 / n
    rescue
      ArithmeticError -> :div_by_zero
    else
      v when v > 5 -> {:big, v}
      v -> {:small, v}
    after
      IO.puts("after #{n}")
    end
  end

  defp nested do
    try do
      try do
        raise "inner"
      after
        IO.puts("inner after")
      end
    rescue
      e -> "outer caught #{e.message}"
    end
  end

  defp catch_all(fun) do
    try do
      fun.()
    catch
      kind, reason -> {kind, if(is_exception(reason), do: Exception.message(reason), else: reason)}
    end
  end

  defp reraised do
    try do
      try do
        raise ArgumentError, "first"
      rescue
        e -> reraise RuntimeError, [message: "wrapped: " <> e.message], __STACKTRACE__
      end
    rescue
      e -> e
    end
  end
end
