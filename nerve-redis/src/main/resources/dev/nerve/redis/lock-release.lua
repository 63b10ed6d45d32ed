-- Releases the lock if ARGV[1] still owns it (compare-and-delete), and wakes the waiters.
-- KEYS[1] lock key; ARGV[1] owner id, ARGV[2] released channel, ARGV[3] token
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', ARGV[2], ARGV[3])
  return 1
end
return 0
