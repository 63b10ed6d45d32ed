-- Forgets the tab's holder if it is still ARGV[1]. KEYS[1] tab key
if redis.call('HGET', KEYS[1], 'conn') == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
