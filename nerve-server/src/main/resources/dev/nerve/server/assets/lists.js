// Conditionals and keyed lists. Each occupies a range between two comment anchors; a change
// mounts, moves or removes only the parts that changed, keyed by element.
import { P } from "./protocol.js";
import { follow } from "./expr.js";

/** Shows the "then" or the "else" branch as the test changes. */
export function mountCond(node, ctx, parent, before, mount) {
  const start = parent.insertBefore(document.createComment("if"), before);
  const end = parent.insertBefore(document.createComment("/if"), before);
  let shown;
  let branch = null;
  const stop = follow(node[P.IF], ctx, (test) => {
    if (Boolean(test) === shown) return;
    shown = Boolean(test);
    branch?.dispose();
    const next = shown ? node[P.THEN] : node[P.ELSE];
    branch = next ? mount(next, ctx, end.parentNode, end) : null;
  });
  return { first: start, last: end, dispose() { stop(); branch?.dispose(); start.remove(); end.remove(); } };
}

/** Renders the template per element, keyed by a field (or the element's content). */
export function mountEach(node, ctx, parent, before, mount) {
  const start = parent.insertBefore(document.createComment("each"), before);
  const end = parent.insertBefore(document.createComment("/each"), before);
  const scope = node[P.SCOPE];
  const usesIndex = mentionsIndex(node[P.TEMPLATE], scope);
  let mounted = new Map();
  const stop = follow(node[P.EACH], ctx, (list) => {
    mounted = reconcile(Array.isArray(list) ? list : [], mounted);
  });

  function reconcile(list, previous) {
    const entries = keyed(list, node[P.KEY]);
    const next = new Map();
    for (const [key, old] of previous) {
      const entry = entries.get(key);
      if (!entry || entry.json !== old.json || (usesIndex && entry.index !== old.index)) old.view.dispose();
    }
    let cursor = end;
    for (const entry of [...entries.values()].reverse()) {
      const old = previous.get(entry.key);
      const keep = old && old.json === entry.json && !(usesIndex && entry.index !== old.index);
      const view = keep ? old.view : mount(node[P.TEMPLATE], withItem(ctx, scope, entry), end.parentNode, cursor);
      if (keep && view.last.nextSibling !== cursor) moveBefore(view, cursor);
      next.set(entry.key, { json: entry.json, index: entry.index, view });
      cursor = view.first;
    }
    return next;
  }

  return {
    first: start,
    last: end,
    dispose() { stop(); for (const { view } of mounted.values()) view.dispose(); start.remove(); end.remove(); },
  };
}

function keyed(list, field) {
  const entries = new Map();
  const seen = new Map();
  list.forEach((value, index) => {
    const json = JSON.stringify(value);
    let key = field && value !== null && typeof value === "object" ? JSON.stringify(value[field]) : json;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    if (repeat) key = `${key}#${repeat}`;
    entries.set(key, { key, value, index, json });
  });
  return entries;
}

function withItem(ctx, scope, entry) {
  const items = ctx.items.slice();
  items[scope] = { value: entry.value, index: entry.index };
  return { ...ctx, items };
}

function moveBefore(view, cursor) {
  const parent = cursor.parentNode;
  let node = view.first;
  const stopAt = view.last.nextSibling;
  while (node && node !== stopAt) {
    const next = node.nextSibling;
    parent.insertBefore(node, cursor);
    node = next;
  }
}

function mentionsIndex(template, scope) {
  return JSON.stringify(template).includes(`"${P.INDEX}":${scope}`);
}
