-- POST /api/users/login with a demo user's correct email and password ($BENCH_EMAIL, $BENCH_PASSWORD).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"user":{"email":"%s","password":"%s"}}',
  assert(os.getenv("BENCH_EMAIL"), "BENCH_EMAIL is not set"), os.getenv("BENCH_PASSWORD") or "inkwell-demo")
