// Events on their way to the server: numbered, debounced per element where asked, held back while
// the socket is down and sent once the tab is hydrated again. The root element's data-pending
// attribute counts events the server has not finished yet.
import { P } from "./protocol.js";

export class Outbox {
  #send;
  #root;
  #nextId = 1;
  #live = false;
  #held = [];
  #timers = new Map();
  #unfinished = new Set();

  constructor(send, root) {
    this.#send = send;
    this.#root = root;
    this.#count();
  }

  /** Sends handler(args), at once or after `debounce` ms of quiet from the same source element. */
  send(handler, args, { debounce = 0, source = null } = {}) {
    if (debounce > 0 && source) {
      clearTimeout(this.#timers.get(source)?.timer);
      const timer = setTimeout(() => this.flush(source), debounce);
      this.#timers.set(source, { timer, handler, args });
      this.#count();
      return;
    }
    this.#enqueue(handler, args);
  }

  /** Sends a debounced event of source now, if one waits. */
  flush(source) {
    const waiting = this.#timers.get(source);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.#timers.delete(source);
    this.#enqueue(waiting.handler, waiting.args);
  }

  /** True while source has an event waiting or unfinished. */
  isPending(source) {
    return this.#timers.has(source);
  }

  /** The tab is hydrated: send what was held back. */
  live() {
    this.#live = true;
    const held = this.#held;
    this.#held = [];
    for (const message of held) this.#deliver(message);
  }

  /** The socket is down: hold events until the next hydrate. */
  offline() {
    this.#live = false;
    this.#unfinished.clear();
    this.#count();
  }

  /** The server finished event id (a delta or an error carried it). */
  finished(id) {
    this.#unfinished.delete(id);
    this.#count();
  }

  #enqueue(handler, args) {
    const message = { [P.TYPE]: P.EVENT, [P.ID]: this.#nextId++, [P.HANDLER]: handler, [P.ARGS]: args };
    if (this.#live) this.#deliver(message);
    else this.#held.push(message);
    this.#count();
  }

  #deliver(message) {
    this.#unfinished.add(message[P.ID]);
    this.#send(message);
    this.#count();
  }

  #count() {
    this.#root.dataset.pending = String(this.#unfinished.size + this.#held.length + this.#timers.size);
  }
}
