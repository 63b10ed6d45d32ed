// Turns DOM events into Nerve events: evaluates the listener's arguments, appends what the event
// passes (a value, a form's fields, a key), and hands the call to the outbox.
import { P } from "./protocol.js";
import { evaluate } from "./expr.js";

/** Adds one listener of a page description to el. */
export function listen(el, listener, ctx) {
  const event = listener[P.EVENT];
  const key = listener[P.KEY];
  el.addEventListener(event, (domEvent) => {
    if (event === "submit") domEvent.preventDefault();
    if (key && domEvent.key !== key) return;
    if (key) domEvent.preventDefault();
    const args = listener[P.ARGS].map((arg) => evaluate(arg, ctx));
    const passed = passes(listener[P.PASSES], el, domEvent);
    if (passed !== undefined) args.push(passed);
    ctx.outbox.send(listener[P.HANDLER], args, { debounce: listener[P.DEBOUNCE] ?? 0, source: el });
  });
  if (listener[P.DEBOUNCE]) el.addEventListener("blur", () => ctx.outbox.flush(el));
}

function passes(kind, el, domEvent) {
  switch (kind) {
    case "value": return el.type === "checkbox" || el.type === "radio" ? el.checked : el.value;
    case "form": return formFields(el);
    case "key": return domEvent.key;
    default: return undefined;
  }
}

function formFields(form) {
  const fields = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") fields[name] = value;
  }
  for (const box of form.querySelectorAll("input[type=checkbox][name]")) fields[box.name] = box.checked;
  return fields;
}
