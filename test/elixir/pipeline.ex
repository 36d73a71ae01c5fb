defmodule Sample.Pipeline do
  # A small text-processing program: pipes, captures, comprehensions, with, recursion.
  @text """
  The quick brown fox jumps over the lazy dog.
  The dog sleeps; the fox runs away!
  A fox, a dog, and a cat.
  """

  def start do
    words =
      @text
      |> String.downcase()
      |> String.replace([".", ",", ";", "!"], "")
      |> String.split()

    IO.puts("words: #{length(words)}")
    freq = Enum.frequencies(words)
    top =
      freq
      |> Enum.sort_by(fn {w, c} -> {-c, w} end)
      |> Enum.take(5)
    IO.inspect(top)
    Enum.each(top, fn {w, c} -> IO.puts(String.pad_trailing(w, 8) <> String.duplicate("*", c)) end)
    lines = String.split(@text, "\n", trim: true)
    lines
    |> Enum.with_index(1)
    |> Enum.each(fn {line, i} -> IO.puts("#{i}: #{String.length(line)} chars, #{length(String.split(line))} words") end)
    IO.inspect(Enum.group_by(words, &String.length/1) |> Map.keys())
    longest = Enum.max_by(words, &String.length/1)
    IO.puts("longest: #{longest}")
    caps = words |> Enum.uniq() |> Enum.map(&String.capitalize/1) |> Enum.join(" ")
    IO.puts(caps)
    IO.inspect(parse_all(["1", "22", "x3", "4"]))
    IO.inspect(check(%{"a" => "1", "b" => "2"}))
    IO.inspect(check(%{"a" => "1"}))
    acronym = lines |> Enum.map(&String.first/1) |> Enum.join()
    IO.puts("acronym: #{acronym}")
    pairs = for w <- Enum.uniq(words), String.length(w) == 3, do: {w, String.reverse(w)}
    IO.inspect(pairs)
    Map.get(freq, "the")
  end

  defp parse_all(list) do
    Enum.map(list, fn s ->
      case Integer.parse(s) do
        {n, ""} -> {:ok, n}
        _ -> {:error, s}
      end
    end)
  end

  defp check(m) do
    with {:ok, a} <- Map.fetch(m, "a"),
         {:ok, b} <- Map.fetch(m, "b"),
         {x, _} <- Integer.parse(a),
         {y, _} <- Integer.parse(b) do
      {:sum, x + y}
    else
      :error -> :missing
    end
  end
end
