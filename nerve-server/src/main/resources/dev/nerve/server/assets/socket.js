// The tab's one WebSocket: connects with its token and tab id, reconnects with backoff, and checks
// the connection with a ping every 20 s. The token lives in sessionStorage (one per tab); the tab id
// is handed over across a reload but not copied into a duplicated tab, which is how the server
// tells a reload from a duplicate.
import { P } from "./protocol.js";

const TOKEN = "nerve.token";
const HANDOFF = "nerve.tab";
const PING_EVERY = 20_000;
const PONG_WITHIN = 10_000;

export class Socket {
  #route;
  #onMessage;
  #onStatus;
  #ws = null;
  #attempts = 0;
  #tab;
  #pingTimer = null;
  #pongTimer = null;
  #pingId = 0;
  #stopped = false;

  constructor({ route, onMessage, onStatus }) {
    this.#route = route;
    this.#onMessage = onMessage;
    this.#onStatus = onStatus;
    this.#tab = sessionStorage.getItem(HANDOFF) ?? randomId();
    sessionStorage.removeItem(HANDOFF);
    addEventListener("pagehide", () => sessionStorage.setItem(HANDOFF, this.#tab));
    addEventListener("pageshow", () => sessionStorage.removeItem(HANDOFF));
    addEventListener("online", () => this.#reconnectNow());
  }

  connect() {
    const token = sessionStorage.getItem(TOKEN) ?? "";
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const query = new URLSearchParams({ token, tab: this.#tab, page: this.#route });
    const ws = new WebSocket(`${scheme}://${location.host}/_nerve/ws?${query}`);
    this.#ws = ws;
    ws.onopen = () => this.#onStatus("open");
    ws.onmessage = (event) => this.#receive(JSON.parse(event.data));
    ws.onclose = (event) => this.#closed(ws, event.code);
  }

  send(message) {
    if (this.#ws?.readyState === WebSocket.OPEN) this.#ws.send(JSON.stringify(message));
  }

  /** The server gave this tab a new token (it was a duplicate). */
  adopt(token) {
    sessionStorage.setItem(TOKEN, token);
  }

  #receive(message) {
    const type = message[P.TYPE];
    if (type === P.HYDRATE) {
      sessionStorage.setItem(TOKEN, message[P.TOKEN]);
      this.#attempts = 0;
      this.#startPings();
    }
    if (type === P.PONG) {
      clearTimeout(this.#pongTimer);
      return;
    }
    this.#onMessage(message);
  }

  #closed(ws, code) {
    if (ws !== this.#ws) return;
    this.#stopPings();
    this.#ws = null;
    if (code === P.CLOSE_REPLACED) {
      this.#stopped = true;
      this.#onStatus("replaced", code);
      return;
    }
    this.#onStatus("closed", code);
    const delay = Math.min(5_000, 250 * 2 ** this.#attempts++) * (0.75 + Math.random() / 2);
    setTimeout(() => this.connect(), delay);
  }

  #reconnectNow() {
    if (this.#stopped) return;
    if (!this.#ws) {
      this.#attempts = 0;
      this.connect();
    }
  }

  #startPings() {
    this.#stopPings();
    this.#pingTimer = setInterval(() => {
      this.send({ [P.TYPE]: P.PING, [P.ID]: ++this.#pingId });
      this.#pongTimer = setTimeout(() => this.#ws?.close(), PONG_WITHIN);
    }, PING_EVERY);
  }

  #stopPings() {
    clearInterval(this.#pingTimer);
    clearTimeout(this.#pongTimer);
  }
}

function randomId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
