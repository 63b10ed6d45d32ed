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
  #unfinished = new Map(); // event id → the element that sent it, or null

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
    this.#enqueue(handler, args, source);
  }

  /** Sends a debounced event of source now, if one waits. */
  flush(source) {
    const waiting = this.#timers.get(source);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.#timers.delete(source);
    this.#enqueue(waiting.handler, waiting.args, source);
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
    for (const { message, source } of held) this.#deliver(message, source);
  }

  /** The socket is down: hold events until the next hydrate. */
  offline() {
    this.#live = false;
    this.#unfinished.clear();
    this.#count();
  }

  /** The server finished event id (a delta or an error carried it); returns the element that sent it, if any. */
  finished(id) {
    const source = this.#unfinished.get(id) ?? null;
    this.#unfinished.delete(id);
    this.#count();
    return source;
  }

  #enqueue(handler, args, source) {
    const message = { [P.TYPE]: P.EVENT, [P.ID]: this.#nextId++, [P.HANDLER]: handler, [P.ARGS]: args };
    if (this.#live) this.#deliver(message, source);
    else this.#held.push({ message, source });
    this.#count();
  }

  #deliver(message, source) {
    this.#unfinished.set(message[P.ID], source);
    this.#send(message);
    this.#count();
  }

  #count() {
    this.#root.dataset.pending = String(this.#unfinished.size + this.#held.length + this.#timers.size);
  }
}
