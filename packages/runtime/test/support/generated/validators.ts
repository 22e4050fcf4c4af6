// generated from packages/runtime/test/support/fixture-openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, enumerated, isObject, nested, outOfBounds, typeMismatch, typed, undeclaredProperties } from "../../../src/drift.js";

// biome-ignore-all lint: generated
/* eslint-disable */

const k0 = new Set<string>(["ok"]);
const e1 = ["active","archived"];
const k2 = new Set<string>(["id","name","state","tags"]);
const k3 = new Set<string>(["current_page","total_pages"]);
const k4 = new Set<string>(["items","pagination"]);
const k5 = new Set<string>(["code","description"]);
const k6 = new Set<string>(["error"]);

function v0(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 0, "object", x);
  else {
    typed(f, x.ok, p, "/ok", 1, 8, true);
    undeclaredProperties(f, x, p, 0, k0, false);
  }
}
function v4(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 9, "array", x);
  else {
    if (x.length > 3) outOfBounds(f, p, 9, "at most 3 items", x);
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 10, 1, true);
    }
  }
}
function v3(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 5, "object", x);
  else {
    typed(f, x.id, p, "/id", 6, 1, true);
    typed(f, x.name, p, "/name", 7, 1, true);
    enumerated(f, x.state, p, "/state", 8, 1, e1, false);
    nested(f, x.tags, p, "/tags", 9, "array of string", v4, false);
    undeclaredProperties(f, x, p, 5, k2, false);
  }
}
function v2(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 3, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 4, "Item", v3, true);
    }
  }
}
function v6(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 11, "object", x);
  else {
    typed(f, x.current_page, p, "/current_page", 12, 4, true);
    typed(f, x.total_pages, p, "/total_pages", 13, 4, true);
    undeclaredProperties(f, x, p, 11, k3, false);
  }
}
function v1(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 2, "object", x);
  else {
    nested(f, x.items, p, "/items", 3, "array of Item", v2, true);
    nested(f, x.pagination, p, "/pagination", 11, "object", v6, true);
    undeclaredProperties(f, x, p, 2, k4, false);
  }
}
function v9(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 15, "object", x);
  else {
    typed(f, x.code, p, "/code", 16, 1, true);
    typed(f, x.description, p, "/description", 17, 1, true);
    undeclaredProperties(f, x, p, 15, k5, false);
  }
}
function v8(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 14, "object", x);
  else {
    nested(f, x.error, p, "/error", 15, "object", v9, true);
    undeclaredProperties(f, x, p, 14, k6, false);
  }
}

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "runtime",
  spec: "1+ba40bb6fd25f",
  nodes: [-1,"/paths/~1ping/get/responses/200/content/application~1json/schema",0,"ok",-1,"/paths/~1items/get/responses/200/content/application~1json/schema",2,"items",3,"/items",-1,"/components/schemas/Item",5,"id",5,"name",5,"state",5,"tags",9,"/items",2,"pagination",11,"current_page",11,"total_pages",-1,"/components/schemas/Error",14,"error",15,"code",15,"description"],
  operations: {
    "GET /ping": ["ping", { "200": v0 }],
    "GET /items": ["listItems", { "200": v1 }],
    "POST /items": ["createItem", { "201": v3, "422": v8, "503": v8 }],
    "GET /items/{id}": ["getItem", { "200": v3, "404": v8 }],
    "PUT /items/{id}": ["replaceItem", { "200": v3 }],
    "DELETE /items/{id}": ["deleteItem", { "204": 0, "404": v8 }],
    "PATCH /items/{id}": ["updateItem", { "200": v3 }],
  },
});
