-- Token bucket, the same arithmetic as dev.turnpike.usageplans.limit.TokenBucket.
-- KEYS[1] bucket hash {t = tokens, ts = last update, microseconds since the epoch}
-- ARGV[1] rate per second, ARGV[2] burst, ARGV[3] caller's now in microseconds,
-- ARGV[4] idle TTL in milliseconds, ARGV[5] whole-token tolerance.
-- Returns 1 when a token was taken, 0 when the bucket is empty.
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local ttl = tonumber(ARGV[4])
local tolerance = tonumber(ARGV[5])

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

local allowed = 0
if tokens >= 1 - tolerance then
  tokens = tokens - 1
  allowed = 1
end
-- Explicit formats: Lua's tostring keeps 14 digits, too few for microsecond timestamps.
redis.call('HSET', KEYS[1], 't', string.format('%.17g', tokens), 'ts', string.format('%.0f', ts))
redis.call('PEXPIRE', KEYS[1], ttl)
return allowed
