package dev.nerve.redis;

import dev.nerve.store.Lease;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The keys and arguments of one {@code state-save.lua} call, and how to read its answer. */
record SaveCall(String[] keys, String[] args, List<String> names) {

    static SaveCall of(Lease lease, Map<String, Map<String, String>> changes, RedisKeys redisKeys, Duration tokenTimeToLive) {
        String token = lease.token();
        List<String> keys = new ArrayList<>(List.of(redisKeys.lock(token), redisKeys.stateIndex(token)));
        List<String> args = new ArrayList<>(List.of(lease instanceof RedisLock.RedisLease redis ? redis.owner : "", Long.toString(tokenTimeToLive.toMillis())));
        List<String> names = new ArrayList<>();
        changes.forEach((stateName, vars) -> {
            names.add(stateName);
            keys.add(redisKeys.state(token, stateName));
            args.add(stateName);
            args.add(Integer.toString(vars.size()));
            vars.forEach((var, json) -> {
                args.add(var);
                args.add(json);
            });
        });
        return new SaveCall(keys.toArray(String[]::new), args.toArray(String[]::new), names);
    }

    /** State name → new version, from the script's answer (versions in key order). */
    Map<String, Long> versions(List<Long> answer) {
        Map<String, Long> versions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) versions.put(names.get(i), answer.get(i));
        return versions;
    }
}
