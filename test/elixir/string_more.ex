defmodule Sample.StringMore do
  # String API on ASCII and Latin-1 text.
  def start do
    s = "  Hello, World  "
    IO.inspect({String.trim(s), String.trim_leading(s), String.trim_trailing(s)})
    IO.inspect(String.trim("xxhixx", "x"))
    IO.inspect(String.split("a,b,,c", ","))
    IO.inspect(String.split("a,b,,c", ",", trim: true))
    IO.inspect(String.split("a-b_c", ["-", "_"]))
    IO.inspect(String.split("  lots   of \t space\n"))
    IO.inspect(String.split("k=v=w", "=", parts: 2))
    IO.inspect({String.upcase("straße café"), String.downcase("ÉCOLE Été"), String.capitalize("élan VITAL")})
    IO.inspect(String.replace("a.b.c", ".", "/"))
    IO.inspect(String.replace("a.b.c", ".", "/", global: false))
    IO.inspect(String.replace("banana", "an", fn m -> String.upcase(m) end))
    IO.inspect({String.contains?("hello", "ell"), String.contains?("hello", ["x", "lo"])})
    IO.inspect({String.starts_with?("hello", "he"), String.starts_with?("hello", ["x", "h"]), String.ends_with?("hello", "lo")})
    IO.inspect({String.slice("héllo wörld", 1, 4), String.slice("hello", 1..3), String.slice("hello", -3..-1), String.slice("hello", 2..-1//1)})
    IO.inspect({String.at("héllo", 1), String.at("abc", 5), String.first("élan"), String.last("café")})
    IO.inspect({String.pad_leading("42", 5, "0"), String.pad_trailing("ab", 4), String.pad_leading("abc", 2), String.pad_leading("7", 6, "ab")})
    IO.inspect({String.to_integer("123"), String.to_integer("-77"), String.to_integer("ff", 16), String.to_float("2.5")})
    IO.inspect(String.graphemes("façade"))
    IO.inspect(String.codepoints("naïve"))
    IO.inspect({String.length("naïve"), byte_size("naïve")})
    IO.inspect(String.duplicate("ab", 3))
    IO.inspect(String.reverse("àbc"))
    IO.inspect(String.split_at("hello", 2))
    IO.inspect(String.to_atom("dyn_atom"))
    IO.inspect(String.to_charlist("hé"))
    IO.inspect(String.valid?("ok"))
    IO.inspect(String.equivalent?("a", "a"))
    IO.inspect("abc" <> "def")
    <<first::binary-size(2), rest::binary>> = "prefix"
    IO.inspect({first, rest})
    "key: " <> value = "key: secret"
    IO.inspect(value)
    IO.inspect(String.split("1 2 3") |> Enum.map(&String.to_integer/1) |> Enum.sum())
    IO.puts(String.pad_trailing("Name", 8) <> "|" <> String.pad_leading("Qty", 5))
    IO.inspect(String.next_grapheme("abc"))
    IO.inspect(String.printable?("abc\n"))
    :ok
  end
end
