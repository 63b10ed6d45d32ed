-- Extends the lock if ARGV[1] still owns it. KEYS[1] lock key; ARGV[1] owner id, ARGV[2] expiry in ms
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
