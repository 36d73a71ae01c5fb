defmodule Sample.Process do
  # spawn, send/receive, Process.sleep, send_after, monitors, links, registered names.
  def start do
    parent = self()
    pid = spawn(fn -> worker(parent) end)
    send(pid, {:square, 7})
    receive do
      {:result, n} -> IO.puts("square: #{n}")
    end
    send(pid, {:square, 12})
    receive do
      {:result, n} -> IO.puts("square: #{n}")
    end
    send(pid, :stop)
    receive do
      :stopped -> IO.puts("worker stopped")
    end

    pids = for i <- 1..5, do: spawn(fn -> send(parent, {:done, i, i * i}) end)
    IO.puts("spawned #{length(pids)}")
    results = for _ <- pids, do: (receive do {:done, i, v} -> {i, v} end)
    IO.inspect(Enum.sort(results))

    Process.send_after(self(), :tick, 20)
    receive do
      :tick -> IO.puts("tick")
    after
      1000 -> IO.puts("no tick")
    end

    receive do
      :never -> :ok
    after
      10 -> IO.puts("timeout")
    end

    {pid2, ref} = spawn_monitor(fn -> Process.sleep(10); exit(:boom) end)
    receive do
      {:DOWN, ^ref, :process, ^pid2, reason} -> IO.inspect(reason, label: "down")
    end

    pid3 = spawn(fn -> receive do _ -> :ok end end)
    ref3 = Process.monitor(pid3)
    IO.inspect(Process.alive?(pid3))
    send(pid3, :go)
    receive do
      {:DOWN, ^ref3, :process, _, reason} -> IO.inspect(reason, label: "down normally")
    end
    IO.inspect(Process.alive?(pid3))

    Process.register(self(), :sample_main)
    IO.inspect(Process.whereis(:sample_main) == self())
    send(:sample_main, :hello_by_name)
    receive do
      msg -> IO.inspect(msg)
    end

    Process.flag(:trap_exit, true)
    linked = spawn_link(fn -> exit(:linked_crash) end)
    receive do
      {:EXIT, ^linked, reason} -> IO.inspect(reason, label: "exit")
    end

    Process.put(:key, 42)
    IO.inspect(Process.get(:key))
    IO.inspect(Process.get(:nokey, :default))
    counter = spawn(fn -> counter(0) end)
    Enum.each(1..10, fn _ -> send(counter, :inc) end)
    send(counter, {:get, self()})
    receive do
      {:count, c} -> c
    end
  end

  defp worker(parent) do
    receive do
      {:square, n} ->
        send(parent, {:result, n * n})
        worker(parent)
      :stop ->
        send(parent, :stopped)
    end
  end

  defp counter(n) do
    receive do
      :inc -> counter(n + 1)
      {:get, from} -> send(from, {:count, n})
    end
  end
end
