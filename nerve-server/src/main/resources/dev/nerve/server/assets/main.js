// Boots a page: renders its description, connects, and applies what the server sends.
import { P } from "./protocol.js";
import { Store } from "./store.js";
import { mount } from "./render.js";
import { Outbox } from "./outbox.js";
import { Socket } from "./socket.js";
import { Notices } from "./notices.js";
import { isSafeUrl, resync } from "./bindings.js";

const page = document.getElementById("nerve-page");
const root = document.getElementById("nerve-root");
const store = new Store();
const notices = new Notices(document.body);
const socket = new Socket({ route: page.dataset.route, onMessage: receive, onStatus: status });
const outbox = new Outbox((message) => socket.send(message), root);

mount(JSON.parse(page.textContent), { store, items: [], outbox }, root);
socket.connect();

function receive(message) {
  switch (message[P.TYPE]) {
    case P.HYDRATE:
      store.hydrate(message[P.STATE]);
      root.dataset.state = "live";
      root.removeAttribute("aria-busy");
      notices.connection("live");
      outbox.live();
      break;
    case P.DELTA:
      store.apply(message[P.CHANGES]);
      finished(message[P.EVENT]);
      break;
    case P.ERROR:
      notices.toast(message[P.MESSAGE], "error");
      finished(message[P.EVENT]);
      break;
    case P.TOAST:
      notices.toast(message[P.MESSAGE], message[P.LEVEL]);
      break;
    case P.REDIRECT:
      if (isSafeUrl(message[P.URL])) location.assign(message[P.URL]);
      break;
    case P.NEW_TOKEN:
      socket.adopt(message[P.TOKEN]);
      break;
    default:
      console.warn("nerve: unknown message", message[P.TYPE]);
  }
}

/** The server finished an event: its element shows the stored values again (see bindings.resync). */
function finished(id) {
  if (id == null) return;
  const source = outbox.finished(id);
  if (source) resync(source);
}

function status(state) {
  if (state === "open") return;
  root.dataset.state = state === "replaced" ? "replaced" : "reconnecting";
  outbox.offline();
  notices.connection(state);
}
