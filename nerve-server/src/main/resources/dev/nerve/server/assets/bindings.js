// Writes bound values into the DOM: attributes, properties, styles, classes. Text is set as text;
// URLs are checked; a value that a user is editing is not overwritten under their cursor.
import { text } from "./expr.js";

const BOOLEAN = new Set(["disabled", "readonly", "required", "hidden", "selected", "multiple", "autofocus", "open"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "poster", "cite"]);
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);
const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;

/** Sets attribute name of el to value; null, undefined and false remove it. */
export function setAttribute(el, name, value) {
  if (!NAME.test(name) || name.toLowerCase().startsWith("on") || name === "style" || name === "srcdoc") {
    throw new Error(`attribute ${name} is not allowed`);
  }
  if (name === "value") return setValue(el, value);
  if (name === "checked") {
    el.nerveServerChecked = Boolean(value);
    el.checked = el.nerveServerChecked;
    return;
  }
  if (value === null || value === undefined || value === false || (BOOLEAN.has(name) && !value)) {
    el.removeAttribute(name);
    return;
  }
  const written = BOOLEAN.has(name) ? "" : text(value);
  if (URL_ATTRIBUTES.has(name) && !isSafeUrl(written, el.tagName === "IMG" && name === "src")) {
    el.removeAttribute(name);
    console.warn(`nerve: refused the ${name} ${written}`);
    return;
  }
  el.setAttribute(name, written);
}

export function setStyle(el, property, value) {
  if (value === null || value === undefined || value === false) el.style.removeProperty(property);
  else el.style.setProperty(property, text(value));
}

export function setClass(el, name, on) {
  el.classList.toggle(name, Boolean(on));
}

/** True for relative URLs and http(s), mailto and tel ones (and data: images where allowed). */
export function isSafeUrl(url, imageData = false) {
  try {
    const parsed = new URL(url, document.baseURI);
    return SAFE_SCHEMES.has(parsed.protocol) || (imageData && parsed.protocol === "data:" && /^data:image\//i.test(url));
  } catch {
    return false;
  }
}

/**
 * Tracks whether the user is editing an input, so the server's echo of an older value does not
 * overwrite what they are typing; once they leave the field it shows the server's value again.
 */
export function trackEditing(el, isPending) {
  el.addEventListener("input", () => { el.nerveEditing = true; });
  el.addEventListener("change", () => { el.nerveEditing = false; });
  el.addEventListener("blur", () => {
    el.nerveEditing = false;
    if (!isPending() && "nerveServerValue" in el) setValue(el, el.nerveServerValue);
  });
}

/**
 * Shows the server's values again on an element whose event the server has finished: after an
 * error, or when the handler left the var as it was, the element must not keep showing what the
 * user entered but the server refused (what the browser shows equals what is stored).
 */
export function resync(el) {
  if ("nerveServerChecked" in el) el.checked = el.nerveServerChecked;
  if ("nerveServerValue" in el && !el.nerveEditing) setValue(el, el.nerveServerValue);
}

function setValue(el, value) {
  el.nerveServerValue = value;
  if (el.nerveEditing && document.activeElement === el) return;
  const written = text(value);
  if (el.value !== written) el.value = written;
}
