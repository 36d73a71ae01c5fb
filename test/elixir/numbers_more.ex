defmodule Sample.NumbersMore do
  # Integer/Float parsing, printing, rounding and arithmetic.
  require Integer

  def start do
    IO.inspect({Integer.parse("42"), Integer.parse("42abc"), Integer.parse("abc"), Integer.parse("-7 ")})
    IO.inspect({Integer.parse("ff", 16), Integer.parse("101", 2), Integer.parse("+5")})
    IO.inspect({Integer.to_string(255), Integer.to_string(255, 16), Integer.to_string(-10, 2)})
    IO.inspect({Integer.digits(1234), Integer.undigits([1, 2, 3]), Integer.digits(255, 16)})
    IO.inspect({Integer.gcd(12, 18), Integer.mod(-7, 3), rem(-7, 3), div(-7, 2), Integer.floor_div(-7, 2)})
    IO.inspect({Integer.is_even(4), Integer.is_odd(4), Integer.pow(2, 10)})
    IO.inspect({Float.parse("3.14"), Float.parse("1e3"), Float.parse("-0.5x"), Float.parse("nope")})
    IO.inspect({Float.round(3.14159, 2), Float.round(2.5), Float.ceil(1.01), Float.floor(-1.5), Float.ceil(1.234, 1)})
    IO.inspect({Float.to_string(1.5), Float.to_string(1.0e20), Float.to_string(0.1)})
    IO.inspect({round(2.5), round(-2.5), trunc(-3.7), ceil(1.2), floor(-1.2)})
    IO.inspect({1 / 3, 2 / 2, 10 / 4, 1.0e-10, 123456789.0, 1.0e16})
    IO.inspect({abs(-5), abs(-2.5), max(1, 2.0), min(:a, 1)})
    IO.inspect(2 ** 100)
    IO.inspect(Integer.to_string(2 ** 64 - 1))
    IO.inspect(div(10 ** 30, 7))
    IO.inspect({0.1 + 0.2, 100.0, -0.0, 1.0e100, 5.0e-324})
    IO.inspect({is_integer(5), is_float(5.0), is_number(:a)})
    IO.inspect({5 == 5.0, 5 === 5.0, 1 < :atom})
    IO.puts("#{3.0} #{1.0e-5} #{7} #{-12.75}")
    IO.inspect(:erlang.float_to_binary(3.14159, decimals: 2))
    IO.inspect(Integer.to_charlist(42))
    IO.inspect(Enum.map([1.23456, 9.999], &Float.round(&1, 1)))
    :ok
  end
end
