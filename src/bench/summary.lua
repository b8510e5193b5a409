-- wrk script for src/bench/run.sh: adds one machine-readable line to wrk's own report.
-- It defines only done(), so wrk keeps its fast path (no Lua per request or response).
-- wrk counts as "status" errors the responses with a status of 400 or more; run.sh checks
-- beforehand that every page answers 200, not a redirect.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p95_us=%d p99_us=%d max_us=%d"
      .. " connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status))
end
