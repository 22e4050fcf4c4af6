// generated from packages/runtime/test/support/fixture-openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, enumerated, isObject, nested, outOfBounds, typeMismatch, typed, undeclaredProperties } from "../../../src/drift.js";

// biome-ignore-all lint: generated
/* eslint-disable */

const k0 = new Set<string>(["ok"]);
const k1 = new Set<string>(["current_page","total_pages"]);
const k2 = new Set<string>(["items","pagination"]);
const e3 = ["active","archived"];
const k4 = new Set<string>(["id","name","state","tags"]);
const k5 = new Set<string>(["code","description"]);
const k6 = new Set<string>(["error"]);

function v0(x: any, p: string, f: DriftFinding[], n = 0): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ok, p, "/ok", n + 1, 8, true);
    undeclaredProperties(f, x, p, n, k0, false);
  }
}
function v1_0(x: any, p: string, f: DriftFinding[], n = 4): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Item", v2, true);
    }
  }
}
function v1_1(x: any, p: string, f: DriftFinding[], n = 7): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.current_page, p, "/current_page", n + 1, 4, true);
    typed(f, x.total_pages, p, "/total_pages", n + 2, 4, true);
    undeclaredProperties(f, x, p, n, k1, false);
  }
}
function v1(x: any, p: string, f: DriftFinding[], n = 2): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.items, p, "/items", n + 1, "array of Item", v1_0, true);
    nested(f, x.pagination, p, "/pagination", n + 4, "object", v1_1, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v2_0(x: any, p: string, f: DriftFinding[], n = 15): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    if (x.length > 3) outOfBounds(f, p, n, "at most 3 items", x);
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", n + 1, 1, true);
    }
  }
}
function v2(x: any, p: string, f: DriftFinding[], n = 10): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    enumerated(f, x.state, p, "/state", n + 3, 1, e3, false);
    nested(f, x.tags, p, "/tags", n + 4, "array of string", v2_0, false);
    undeclaredProperties(f, x, p, n, k4, false);
  }
}
function v3_0(x: any, p: string, f: DriftFinding[], n = 19): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.code, p, "/code", n + 1, 1, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k5, false);
  }
}
function v3(x: any, p: string, f: DriftFinding[], n = 17): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.error, p, "/error", n + 1, "object", v3_0, true);
    undeclaredProperties(f, x, p, n, k6, false);
  }
}


export const validators = /* @__PURE__ */ defineValidators({
  vendor: "runtime",
  spec: "1+ba40bb6fd25f",
  nodes: [-1,"/paths/~1ping/get/responses/200/content/application~1json/schema",0,"ok",-1,"/paths/~1items/get/responses/200/content/application~1json/schema",2,"items",2,"items",4,"/items",2,"pagination",2,"pagination",7,"current_page",7,"total_pages",-1,"/components/schemas/Item",10,"id",10,"name",10,"state",10,"tags",10,"tags",15,"/items",-1,"/components/schemas/Error",17,"error",17,"error",19,"code",19,"description"],
  operations: {
    "GET /ping": ["ping", { "200": v0 }],
    "GET /items": ["listItems", { "200": v1 }],
    "POST /items": ["createItem", { "201": v2, "422": v3, "503": v3 }],
    "GET /items/{id}": ["getItem", { "200": v2, "404": v3 }],
    "PUT /items/{id}": ["replaceItem", { "200": v2 }],
    "DELETE /items/{id}": ["deleteItem", { "204": 0, "404": v3 }],
    "PATCH /items/{id}": ["updateItem", { "200": v2 }],
  },
});
