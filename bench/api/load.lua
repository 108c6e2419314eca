-- wrk's script for bench/api/run.ts. wrk is C with LuaJIT in a process of its own, so the load
-- generator costs the machine little beside the server (see bench/api/wrk.ts for why that matters).
--
-- With BENCH_CHECK_INS set, each request is a check-in on the next episode of the benchmark clinic in
-- turn (e0 ... e<BENCH_EPISODES - 1>), with an Idempotency-Key of its own (BENCH_RUN keeps keys
-- unique across rounds against one database). Without it, wrk sends the request of its command line.
if os.getenv("BENCH_CHECK_INS") then
  local episodes = tonumber(os.getenv("BENCH_EPISODES") or "2000")
  local run = os.getenv("BENCH_RUN") or "run"
  local authorization = "Bearer " .. (os.getenv("BENCH_TOKEN") or "")
  local body = '{"date":"2026-03-09","painNow":4,"reliefSinceLastSession":true,"hep":"yes"}'
  local sent = 0
  function request()
    sent = sent + 1
    return wrk.format("POST", "/api/v1/episodes/e" .. (sent % episodes) .. "/check-ins", {
      ["Authorization"] = authorization,
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = "bench-" .. run .. "-" .. sent,
    }, body)
  end
end

-- One JSON line for the runner: how many, how fast, and anything that was not a success.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
