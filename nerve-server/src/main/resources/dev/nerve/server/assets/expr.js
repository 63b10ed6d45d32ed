// Evaluates the expressions of a page description: constants, vars, foreach items, operations.
// Expressions are data; nothing here turns text into code.
import { P } from "./protocol.js";

const OPS = Object.freeze({
  not: ([a]) => !a,
  and: ([a, b]) => Boolean(a && b),
  or: ([a, b]) => Boolean(a || b),
  eq: ([a, b]) => same(a, b),
  ne: ([a, b]) => !same(a, b),
  lt: ([a, b]) => a < b,
  le: ([a, b]) => a <= b,
  gt: ([a, b]) => a > b,
  ge: ([a, b]) => a >= b,
  add: ([a, b]) => Number(a) + Number(b),
  sub: ([a, b]) => Number(a) - Number(b),
  mul: ([a, b]) => Number(a) * Number(b),
  div: ([a, b]) => Number(a) / Number(b),
  mod: ([a, b]) => Number(a) % Number(b),
  concat: (parts) => parts.map(text).join(""),
  len: ([a]) => (a == null ? 0 : a.length ?? Object.keys(a).length),
  get: ([object, field]) => (object == null ? undefined : object[field]),
  cond: ([test, then, otherwise]) => (test ? then : otherwise),
});

/** The value of expression e in context ctx ({store, items}). */
export function evaluate(e, ctx) {
  if (e === null || typeof e !== "object") return e;
  if (P.LITERAL in e) return e[P.LITERAL];
  if (P.VAR in e) return ctx.store.get(e[P.VAR]);
  if (P.ITEM in e) return ctx.items[e[P.ITEM]]?.value;
  if (P.INDEX in e) return ctx.items[e[P.INDEX]]?.index;
  if (P.OP in e) {
    const op = OPS[e[P.OP]];
    if (!op) throw new Error(`unknown operation ${e[P.OP]}`);
    return op(e[P.ARGS].map((arg) => evaluate(arg, ctx)));
  }
  return undefined;
}

/** The store keys ("State.var") that e reads. */
export function dependencies(e, into = new Set()) {
  if (e === null || typeof e !== "object") return into;
  if (P.VAR in e) into.add(e[P.VAR]);
  if (P.OP in e) for (const arg of e[P.ARGS]) dependencies(arg, into);
  return into;
}

/** A value as text: nothing for null, JSON for objects. Always text, never markup. */
export function text(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Keeps fn(value) in step with e: runs it now and after every change of what e reads. Returns the stop function. */
export function follow(e, ctx, fn) {
  const run = () => fn(evaluate(e, ctx));
  run();
  const keys = dependencies(e);
  return keys.size === 0 ? () => {} : ctx.store.watch(keys, run);
}

function same(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
