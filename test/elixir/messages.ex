defmodule Sample.Messages do
  # Processes: spawn, send/receive with timeouts, send_after, links with
  # trap_exit, monitors, registered names, Process.alive?/exit/info.
  def start do
    parent = self()
    pid = spawn(fn -> receive do {:ping, from} -> send(from, {:pong, self()}) end end)
    send(pid, {:ping, parent})
    receive do
      {:pong, ^pid} -> IO.puts("pong from child")
    after
      1000 -> IO.puts("timeout")
    end
    receive do
      :never -> :ok
    after
      10 -> IO.puts("nothing arrived")
    end
    Process.send_after(self(), :tick, 30)
    Process.send_after(self(), :tock, 10)
    IO.inspect(collect(2))
    ref = Process.send_after(self(), :cancelled, 1000)
    IO.inspect(is_integer(Process.cancel_timer(ref)))
    Process.flag(:trap_exit, true)
    linked = spawn_link(fn -> exit(:crashed) end)
    receive do
      {:EXIT, ^linked, reason} -> IO.inspect({:exit_signal, reason})
    end
    normal = spawn_link(fn -> :ok end)
    receive do
      {:EXIT, ^normal, reason} -> IO.inspect({:exit_signal, reason})
    end
    {mpid, mref} = spawn_monitor(fn -> raise "monitored crash" end)
    receive do
      {:DOWN, ^mref, :process, ^mpid, {%RuntimeError{message: m}, _stack}} -> IO.inspect({:down, m})
    end
    waiter = spawn(fn -> receive do :go -> :ok end end)
    ref2 = Process.monitor(waiter)
    IO.inspect(Process.alive?(waiter))
    Process.exit(waiter, :kill)
    receive do
      {:DOWN, ^ref2, :process, _, r} -> IO.inspect({:killed, r})
    end
    IO.inspect(Process.alive?(waiter))
    Process.register(self(), :main_proc)
    IO.inspect(Process.whereis(:main_proc) == self())
    send(:main_proc, :to_name)
    receive do
      :to_name -> IO.puts("named send ok")
    end
    Process.unregister(:main_proc)
    IO.inspect(Process.whereis(:main_proc))
    counter = spawn(fn -> loop(0) end)
    Enum.each(1..5, fn i -> send(counter, {:add, i}) end)
    send(counter, {:get, self()})
    receive do
      {:total, t} -> IO.inspect({:total, t})
    end
    Process.put(:key, :value)
    IO.inspect({Process.get(:key), Process.get(:nope, :dflt)})
    IO.inspect(Process.delete(:key))
    results =
      1..4
      |> Enum.map(fn i -> {i, spawn_worker(i)} end)
      |> Enum.map(fn {i, p} -> receive do {:result, ^p, v} -> {i, v} end end)
    IO.inspect(results)
    demo_selective()
    :done
  end

  defp spawn_worker(i) do
    me = self()
    spawn(fn -> send(me, {:result, self(), i * i}) end)
  end

  defp collect(0), do: []
  defp collect(n) do
    receive do
      msg -> [msg | collect(n - 1)]
    end
  end

  defp loop(acc) do
    receive do
      {:add, n} -> loop(acc + n)
      {:get, from} -> send(from, {:total, acc})
    end
  end

  defp demo_selective do
    send(self(), {:low, 1})
    send(self(), {:high, 2})
    send(self(), {:low, 3})
    first = receive do {:high, v} -> v end
    rest = collect(2)
    IO.inspect({first, rest})
  end
end
