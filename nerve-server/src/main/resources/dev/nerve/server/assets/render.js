// Builds the DOM of a page description once and keeps each bound part in step with the store:
// only the attribute, text or list that a change touches is updated, never the whole page.
import { P } from "./protocol.js";
import { evaluate, follow, text } from "./expr.js";
import { setAttribute, setClass, setStyle, trackEditing } from "./bindings.js";
import { mountCond, mountEach } from "./lists.js";
import { listen } from "./listeners.js";

const REFUSED_TAGS = new Set(["script", "style", "iframe", "frame", "frameset", "object", "embed", "link", "meta", "base", "template"]);
const TAG = /^[a-z][a-z0-9]*$/;

/**
 * Mounts node into parent before `before` (null: at the end), in context ctx ({store, items, outbox}).
 * Returns {first, last, dispose}: the DOM range it occupies, and how to remove it and its bindings.
 */
export function mount(node, ctx, parent, before = null) {
  if (P.TAG in node) return mountElement(node, ctx, parent, before);
  if (P.TEXT in node) return mountText(node, ctx, parent, before);
  if (P.IF in node) return mountCond(node, ctx, parent, before, mount);
  if (P.EACH in node) return mountEach(node, ctx, parent, before, mount);
  throw new Error("unknown node in the page description");
}

function mountElement(node, ctx, parent, before) {
  const tag = node[P.TAG];
  if (!TAG.test(tag) || REFUSED_TAGS.has(tag)) throw new Error(`the tag ${tag} is not allowed`);
  const el = document.createElement(tag);
  const stops = [];
  for (const name of node[P.CLASS] ?? []) el.classList.add(name);
  for (const [name, e] of Object.entries(node[P.CLASS_IF] ?? {})) stops.push(follow(e, ctx, (on) => setClass(el, name, on)));
  for (const [property, e] of Object.entries(node[P.STYLE] ?? {})) stops.push(follow(e, ctx, (v) => setStyle(el, property, v)));
  for (const listener of node[P.ON] ?? []) listen(el, listener, ctx);
  const children = (node[P.CHILDREN] ?? []).map((child) => mount(child, ctx, el, null));
  // Attributes after children, so that a select's value finds its options.
  for (const [name, e] of Object.entries(node[P.ATTRS] ?? {})) stops.push(follow(e, ctx, (v) => setAttribute(el, name, v)));
  if ("value" in (node[P.ATTRS] ?? {})) trackEditing(el, () => ctx.outbox.isPending(el));
  parent.insertBefore(el, before);
  return {
    first: el,
    last: el,
    dispose() {
      stops.forEach((stop) => stop());
      children.forEach((child) => child.dispose());
      el.remove();
    },
  };
}

function mountText(node, ctx, parent, before) {
  const parts = node[P.TEXT];
  const textNode = document.createTextNode("");
  const render = () => { textNode.data = parts.map((part) => text(evaluate(part, ctx))).join(""); };
  const stops = parts.map((part) => follow(part, ctx, render));
  parent.insertBefore(textNode, before);
  return {
    first: textNode,
    last: textNode,
    dispose() {
      stops.forEach((stop) => stop());
      textNode.remove();
    },
  };
}
