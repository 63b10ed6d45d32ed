// The tab's copy of its state: values by "State.var", replaced by a hydrate, changed by deltas.
// Watchers of a key run after every change of it; a watcher removed meanwhile does not run.

export class Store {
  #values = new Map();
  #watchers = new Map();

  /** Replaces every value with the server's full state. */
  hydrate(states) {
    const changed = new Set(this.#values.keys());
    this.#values.clear();
    this.#merge(states, changed);
    this.#notify(changed);
  }

  /** Applies a delta: {State: {var: value}}. */
  apply(changes) {
    const changed = new Set();
    this.#merge(changes, changed);
    this.#notify(changed);
  }

  get(key) {
    return this.#values.get(key);
  }

  /** Runs fn whenever one of keys changes; returns the function that stops it. */
  watch(keys, fn) {
    const watcher = { fn, active: true };
    for (const key of keys) {
      if (!this.#watchers.has(key)) this.#watchers.set(key, new Set());
      this.#watchers.get(key).add(watcher);
    }
    return () => {
      watcher.active = false;
      for (const key of keys) this.#watchers.get(key)?.delete(watcher);
    };
  }

  #merge(states, changed) {
    for (const [state, vars] of Object.entries(states ?? {})) {
      for (const [name, value] of Object.entries(vars)) {
        const key = `${state}.${name}`;
        this.#values.set(key, value);
        changed.add(key);
      }
    }
  }

  #notify(keys) {
    const due = new Set();
    for (const key of keys) for (const watcher of this.#watchers.get(key) ?? []) due.add(watcher);
    for (const watcher of due) if (watcher.active) watcher.fn();
  }
}
