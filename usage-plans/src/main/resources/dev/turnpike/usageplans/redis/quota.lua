-- Quota counter for one period; the period start is part of the key, so a new period starts at 0.
-- KEYS[1] counter, ARGV[1] limit, ARGV[2] TTL in milliseconds (until the period ends, plus slack).
-- Returns {1 or 0 (allowed), requests counted in the period}. A refusal counts nothing.
local limit = tonumber(ARGV[1])
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used >= limit then
  return {0, used}
end
used = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, used}
