defmodule Sample.IoKernel do
  # IO functions with iodata and devices, Kernel helpers, Atom, binaries and bit syntax.
  def start do
    IO.puts(["iodata ", ?o, "k", [" ", ["nested"]]])
    IO.write("no newline|")
    IO.write(:stdio, "stdio device\n")
    IO.puts(:stdio, 'charlist line')
    IO.inspect(:stdio, {:device, 1}, [])
    IO.inspect(IO.iodata_to_binary(["a", ?b, ["c"]]))
    IO.inspect(IO.iodata_length(["ab", ?c]))
    IO.inspect(IO.chardata_to_string(['hé', "llo"]))
    IO.puts(:io_lib.format("~p and ~s", [[1, 2], "str"]))
    :io.format("erlang format ~w ~.2f~n", [:atom, 3.14159])
    IO.inspect({Atom.to_string(:hello), Atom.to_charlist(:hi), String.to_existing_atom("ok")})
    IO.inspect({to_string(:"Elixir.Foo"), inspect(Foo), Module.concat(Foo, Bar), Module.concat(["A", "B"])})
    IO.inspect({is_atom(nil), is_boolean(nil), is_binary("x"), is_bitstring(<<1::1>>), is_function(&is_atom/1, 1)})
    IO.inspect({hd([1, 2]), tl([1, 2]), length([1, 2]), byte_size("héllo"), bit_size(<<1::5>>)})
    IO.inspect({elem({:a, :b}, 1), tuple_size({}), map_size(%{a: 1})})
    IO.inspect({div(17, 5), rem(17, 5), 17 / 5, max(3, 7), min(3, 7), abs(-3)})
    IO.inspect({node() == :nonode@nohost or is_atom(node()), is_pid(self())})
    IO.inspect(binding_free(1, 2))
    IO.inspect(apply(Enum, :sum, [[1, 2, 3]]))
    IO.inspect(apply(fn a, b -> a - b end, [10, 4]))
    f = &String.upcase/1
    IO.inspect(f.("captured"))
    g = &(&1 <> &2)
    IO.inspect(g.("con", "cat"))
    IO.inspect(Function.identity(:same))
    <<a::8, b::16, rest::binary>> = <<1, 0, 2, "tail">>
    IO.inspect({a, b, rest})
    <<x::4, y::4>> = <<0xAB>>
    IO.inspect({x, y})
    IO.inspect(<<300::16-big>> <> <<300::16-little>>)
    IO.inspect(<<1.5::float-32>>)
    <<f32::float-32>> = <<1.5::float-32>>
    IO.inspect(f32)
    IO.inspect(for <<b::1 <- <<0b10110000>> >>, do: b)
    IO.inspect(:binary.bin_to_list("abc"))
    IO.inspect(Base.encode16("hi"))
    IO.inspect(Base.encode64("hello world"))
    IO.inspect(Base.decode64!("aGVsbG8="))
    IO.inspect(String.to_charlist("abc") |> List.to_string())
    IO.inspect(:erlang.term_to_binary(:ok) |> :erlang.binary_to_term())
    IO.inspect(Kernel.to_string(12.0))
    IO.inspect(Kernel.is_struct(1..2))
    IO.inspect(Kernel.is_map_key(%{a: 1}, :a))
    :ok
  end

  defp binding_free(a, b), do: [a: a, b: b]
end
