-- GET the URL given to wrk, anonymously (health, anon_list, tag_filter, article).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
