-- Shared by every scenario (loaded with dofile from the scenario scripts).
-- Counts statuses per thread in response(), sums them over the threads in done(), and prints one machine-readable
-- line that bench/run.sh parses:
--   BENCH requests=.. duration_us=.. rps=.. p50_us=.. p99_us=.. non2xx=.. created=.. sent=.. connect=.. read=.. write=.. timeout=.. statuses=503x12,...
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

-- globals in each thread's Lua state, read back with thread:get in done()
non2xx = 0
created = 0
codes = {}   -- non-2xx status -> count

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    codes[status] = (codes[status] or 0) + 1
  end
  if status == 201 then created = created + 1 end
end

function done(summary, latency, requests)
  local bad, made, sent, all = 0, 0, 0, {}
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
    made = made + (t:get("created") or 0)
    sent = sent + (t:get("sent") or 0)
    for code, n in pairs(t:get("codes") or {}) do all[code] = (all[code] or 0) + n end
  end
  local list = {}
  for code, n in pairs(all) do table.insert(list, code .. "x" .. n) end
  table.sort(list)
  local statuses = #list > 0 and table.concat(list, ",") or "-"
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d non2xx=%d created=%d sent=%d connect=%d read=%d write=%d timeout=%d statuses=%s\n",
    summary.requests, summary.duration, summary.requests / seconds, latency:percentile(50), latency:percentile(99),
    bad, made, sent, e.connect, e.read, e.write, e.timeout, statuses))
end
