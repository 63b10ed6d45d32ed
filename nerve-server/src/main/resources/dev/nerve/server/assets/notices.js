// What the framework itself shows: toasts (errors and handlers' notices) and, only while the
// socket is down, a small connection badge. Messages are always set as text.

export class Notices {
  #toasts;
  #badge;
  #badgeTimer = null;

  constructor(body) {
    this.#toasts = element("div", "nerve-toasts");
    this.#toasts.setAttribute("role", "status");
    this.#toasts.setAttribute("aria-live", "polite");
    this.#badge = element("div", "nerve-connection");
    this.#badge.hidden = true;
    body.append(this.#toasts, this.#badge);
  }

  toast(message, level = "info") {
    const toast = element("div", `nerve-toast nerve-toast-${safeLevel(level)}`);
    const text = element("span", "nerve-toast-text");
    text.textContent = message;
    const close = element("button", "nerve-toast-close");
    close.type = "button";
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "×";
    close.addEventListener("click", () => toast.remove());
    toast.append(text, close);
    this.#toasts.append(toast);
    setTimeout(() => toast.remove(), level === "error" ? 8_000 : 5_000);
  }

  /** Shows the badge if the socket stays down for a moment; hides it when the tab is live again. */
  connection(status) {
    clearTimeout(this.#badgeTimer);
    if (status === "live") {
      this.#badge.hidden = true;
      return;
    }
    const text = status === "replaced" ? "This tab connected again elsewhere" : "Reconnecting…";
    this.#badgeTimer = setTimeout(() => {
      this.#badge.textContent = text;
      this.#badge.hidden = false;
    }, 400);
  }
}

function element(tag, className) {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function safeLevel(level) {
  return ["info", "success", "warning", "error"].includes(level) ? level : "info";
}
