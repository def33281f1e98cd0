-- Leases up to N tokens at once from the same bucket hash as token_bucket.lua (same refill math),
-- so leasing nodes and plain nodes share one bucket.
-- KEYS[1] bucket hash {t = tokens, ts = last update, microseconds since the epoch}
-- ARGV[1] rate per second, ARGV[2] burst, ARGV[3] caller's now in microseconds,
-- ARGV[4] idle TTL in milliseconds, ARGV[5] whole-token tolerance, ARGV[6] tokens wanted (>= 1).
-- Returns {tokens granted, microseconds until `wanted` tokens are there (when none were granted;
-- -1 when the bucket never refills)}. All or nothing: grants min(wanted, burst) whole tokens when
-- they are there, else none (a partial grant would cost the node another round trip soon; the
-- tokens left wait in the bucket for whoever asks next).
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local ttl = tonumber(ARGV[4])
local tolerance = tonumber(ARGV[5])
local wanted = tonumber(ARGV[6])

local state = redis.call('HMGET', KEYS[1], 't', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = burst
  ts = now
end
if now > ts then
  tokens = tokens + (now - ts) * rate / 1000000
  ts = now
end
if tokens > burst then
  tokens = burst
end

local target = math.min(wanted, burst)
local granted = 0
local wait = 0
if target >= 1 and tokens + tolerance >= target then
  granted = target
  tokens = tokens - granted
else
  if rate > 0 and target >= 1 then
    -- Rounded down: an early retry costs one more call, a late one would refuse a due token.
    wait = math.floor((target - tokens) * 1000000 / rate)
  else
    wait = -1
  end
end
redis.call('HSET', KEYS[1], 't', string.format('%.17g', tokens), 'ts', string.format('%.0f', ts))
redis.call('PEXPIRE', KEYS[1], ttl)
return {granted, wait}
