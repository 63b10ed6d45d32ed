-- Keeps a token's states alive for another TTL. KEYS[1] state index key; ARGV[1] TTL in ms, ARGV[2] state key prefix
local names = redis.call('SMEMBERS', KEYS[1])
for _, name in ipairs(names) do
  redis.call('PEXPIRE', ARGV[2] .. name, ARGV[1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return #names
