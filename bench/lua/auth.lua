-- GET the URL given to wrk with "Authorization: Token $BENCH_TOKEN" (auth_user, feed).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
wrk.headers["Authorization"] = "Token " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
