-- wrk's figures as one line of JSON, so that the benchmark reads numbers rather than wrk's text.
-- Latencies are in microseconds; errors.status counts answers with a status of 400 or more.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p99Us":%d,"socketErrors":%d,"timeouts":%d,"badStatus":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    errors.connect + errors.read + errors.write, errors.timeout, errors.status))
end
