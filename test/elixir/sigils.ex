defmodule Sample.Sigils do
  # Sigils, heredocs, escapes, charlists.
  def start do
    IO.inspect(~w(alpha beta gamma))
    IO.inspect(~w(ok error)a)
    IO.inspect(~w(x y)c)
    IO.inspect(~s(with "quotes" and #{1 + 1}))
    IO.inspect(~S(no #{interpolation} \n here))
    IO.inspect(~c(chars))
    IO.inspect(~s[brackets] <> ~s{braces} <> ~s|pipes|)
    text = """
    line one
      indented "two"
    three #{:interp}
    """
    IO.write(text)
    IO.inspect(text)
    IO.inspect(String.split(text, "\n", trim: true))
    IO.inspect("tab\there\nnewline \\ backslash \u00e9 \x41")
    IO.inspect('charlist')
    IO.inspect([104, 105])
    IO.inspect([0, 1, 2])
    IO.inspect('hé')
    IO.inspect(?a)
    IO.inspect(is_list('abc'))
    IO.inspect(to_string('abc') == "abc")
    IO.inspect(<<104, 101, 108, 108, 111>>)
    IO.inspect(<<1, 2, 3>>)
    IO.inspect(<<0xFF::16>>)
    IO.inspect(<<1::3>>)
    IO.puts(~s(multi\nline))
    :ok
  end
end
