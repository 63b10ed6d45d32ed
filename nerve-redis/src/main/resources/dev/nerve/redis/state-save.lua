-- Merges changed vars into a token's states, only while ARGV[1] owns the lock; all or nothing.
-- KEYS[1] lock key, KEYS[2] state index key, KEYS[3..] state keys
-- ARGV[1] owner id, ARGV[2] token TTL in ms, then per state key: its name, n, and n field/value pairs
-- Returns each state's new version, in KEYS order. A state key created here starts its versions at
-- the server's time in microseconds, so a copy of an earlier life of the key never looks current.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return redis.error_reply('NERVE_LOCK_LOST')
end
local ttl = ARGV[2]
local versions = {}
local a = 3
for i = 3, #KEYS do
  local name, n = ARGV[a], tonumber(ARGV[a + 1])
  a = a + 2
  if redis.call('EXISTS', KEYS[i]) == 0 then
    local now = redis.call('TIME')
    redis.call('HSET', KEYS[i], '#version', now[1] .. string.format('%06d', tonumber(now[2])))
  end
  for _ = 1, n do
    redis.call('HSET', KEYS[i], ARGV[a], ARGV[a + 1])
    a = a + 2
  end
  versions[#versions + 1] = redis.call('HINCRBY', KEYS[i], '#version', 1)
  redis.call('PEXPIRE', KEYS[i], ttl)
  redis.call('SADD', KEYS[2], name)
end
redis.call('PEXPIRE', KEYS[2], ttl)
return versions
