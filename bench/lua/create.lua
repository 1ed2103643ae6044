-- POST /api/articles with a unique title (run id + thread id + counter) and three tags.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
wrk.headers["Authorization"] = "Token " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
wrk.headers["Content-Type"] = "application/json"
local run = os.getenv("BENCH_RUN") or "run"
local n = 0

sent = 0   -- requests written, read back in done(): the ones still in flight when wrk stops have no response

function request()
  n = n + 1
  sent = sent + 1
  local body = string.format(
    '{"article":{"title":"Bench %s %s-%d","description":"written by bench/run.sh",' ..
    '"body":"Thread %s, request %d of a load test.","tagList":["bench","bench-%d","bench-t%s"]}}',
    run, tostring(tid), n, tostring(tid), n, n % 10, tostring(tid))
  return wrk.format("POST", "/api/articles", nil, body)
end
