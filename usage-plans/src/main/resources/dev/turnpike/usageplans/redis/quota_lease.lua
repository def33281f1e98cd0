-- Quota reservations for leasing nodes, on the same counter as quota.lua (so leasing and plain
-- nodes share one quota). The counter counts requests admitted plus quota reserved by nodes and
-- not yet settled; quota.lua refuses at the limit, so reserved quota is never admitted twice.
-- KEYS[1] counter (quota.lua's key), KEYS[2] quota reserved and not yet settled,
-- KEYS[3] hash node id -> last reservation (ms), to count the active nodes.
-- ARGV[1] limit, ARGV[2] TTL in ms (until the period ends, plus slack), ARGV[3] chunk wanted
-- (0 = only settle), ARGV[4] granted by the reservation being settled (0 = none),
-- ARGV[5] its unspent part (given back), ARGV[6] node id, ARGV[7] node's now in ms,
-- ARGV[8] a node counts as active this long (ms) after its last reservation, ARGV[9] spread k.
-- Grants min(wanted, remaining / (k x active nodes), remaining), at least 1 while any is left.
-- Returns {granted, counter after the grant, reserved, active nodes} (the caller works out
-- limit - counter: a huge limit does not fit Redis's integer reply as a Lua number).
local limit = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3])
local settleGranted = tonumber(ARGV[4])
local settleUnspent = tonumber(ARGV[5])
local counted = tonumber(redis.call('GET', KEYS[1]) or '0')
local reserved = tonumber(redis.call('GET', KEYS[2]) or '0')
if settleGranted > 0 then
  counted = math.max(0, counted - math.min(settleUnspent, settleGranted))
  reserved = math.max(0, reserved - settleGranted)
end
local granted = 0
local nodes = 1
if wanted > 0 then
  local now = tonumber(ARGV[7])
  local window = tonumber(ARGV[8])
  redis.call('HSET', KEYS[3], ARGV[6], ARGV[7])
  redis.call('PEXPIRE', KEYS[3], ttl)
  local all = redis.call('HGETALL', KEYS[3])
  nodes = 0
  for i = 1, #all, 2 do
    if tonumber(all[i + 1]) >= now - window then
      nodes = nodes + 1
    else
      redis.call('HDEL', KEYS[3], all[i])
    end
  end
  if nodes < 1 then
    nodes = 1
  end
  local remaining = limit - counted
  if remaining > 0 then
    local chunk = math.floor(remaining / (tonumber(ARGV[9]) * nodes))
    granted = math.min(math.max(1, math.min(wanted, chunk)), remaining)
    counted = counted + granted
    reserved = reserved + granted
  end
end
if counted > 0 or redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('SET', KEYS[1], string.format('%d', counted), 'PX', ttl)
end
if reserved > 0 then
  redis.call('SET', KEYS[2], string.format('%d', reserved), 'PX', ttl)
else
  redis.call('DEL', KEYS[2])
end
return {granted, counted, reserved, nodes}
