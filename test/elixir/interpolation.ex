defmodule Sample.Interpolation do
  # String interpolation and to_string of every term type that has String.Chars;
  # inspect inside interpolation for the others.
  def start do
    IO.puts("int #{42} neg #{-7} big #{2 ** 70}")
    IO.puts("float #{1.5} #{0.1 + 0.2} #{1.0e-7} #{2.0e21} #{100.0}")
    IO.puts("atom #{:hello} #{true} #{nil}| module #{String} #{Sample.Interpolation}")
    IO.puts("string #{"inner"} nested #{"a #{"b #{:c}"}"}")
    IO.puts("charlist #{'abc'} list #{[?x, "yz", [?!]]}")
    IO.puts("quoted atom #{:"with space"}")
    IO.puts("inspect #{inspect([1, :a, "s"])} #{inspect({:t, 1.0})} #{inspect(%{k: 'v'})}")
    IO.puts("pid? #{is_pid(self())} ref #{is_reference(make_ref())}")
    IO.puts(to_string(123) <> to_string(:ok) <> to_string(1.25) <> to_string('ch'))
    IO.inspect(Enum.map([1, :a, "b", 2.5, 'cl'], &to_string/1))
    IO.inspect(Enum.map([1, :a, "b", 2.5, 'cl', [1], {1}, %{}, nil, self() == self()], &inspect/1))
    name = "World"
    IO.puts("Hello, #{name}!")
    IO.puts("#{1}#{2}#{3}")
    IO.puts("expression #{Enum.sum([1, 2, 3]) * 2} and #{if true, do: "yes"}")
    IO.puts("escaped \#{not interpolated}")
    try do
      IO.puts("tuple #{{1, 2}}")
    rescue
      e in Protocol.UndefinedError -> IO.puts("no String.Chars for #{inspect(e.value)}")
    end
    try do
      IO.puts("map #{%{a: 1}}")
    rescue
      e in Protocol.UndefinedError -> IO.puts("no String.Chars for #{inspect(e.value)}")
    end
    :ok
  end
end
