-- The states whose stored version differs from the caller's (see append_changed).
-- KEYS[1] the state index key, KEYS[2..] state keys; ARGV[1] token TTL in ms, ARGV[2..] versions held.
return append_changed({}, 2, 2, KEYS[1], ARGV[1])
