// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, codePoints, enumerated, formats, isObject, missing, nested, notInEnum, oneOf, outOfBounds, typeMismatch, typed, undeclaredProperties, wrongFormat } from "@cloudspecs/runtime/drift";

// biome-ignore-all lint: generated
/* eslint-disable */

const k0 = new Set<string>(["location","zone"]);
const k1 = new Set<string>([]);
const k2 = new Set<string>(["code","details","errorid","guid","message"]);
const k3 = new Set<string>(["forbidden"]);
const k4 = new Set<string>(["itemNotFound"]);
const e5 = ["self","bookmark"];
const k6 = new Set<string>(["href","rel"]);
const k7 = new Set<string>(["fixed_ip","instance_id","ip","links","pool"]);
const e8 = ["self","previous","first","next","last"];
const k9 = new Set<string>(["floating_ips","links"]);
const k10 = new Set<string>(["floating_ip"]);
const k11 = new Set<string>(["id","links","zone"]);
const k12 = new Set<string>(["links","servers"]);
const k13 = new Set<string>(["accessIPv4","accessIPv6","addresses","adminPass","created","flavor","flavorRef","hostId","id","image","imageRef","links","metadata","name","progress","securityGroup","status","tenantId","updated","userId","zone"]);
const e14 = ["BUILD","ACTIVE","PROCESSING","SUSPENDED","STOPPED","DELETED","UNKNOWN"];
const e15 = [4];
const k16 = new Set<string>(["addr","version"]);
const k17 = new Set<string>(["private","public"]);
const k18 = new Set<string>(["id","links"]);
const r19 = new RegExp("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})?$", "u");
const k20 = new Set<string>(["id","links","name"]);
const k21 = new Set<string>(["server"]);
const k22 = new Set<string>(["computeFault"]);
const k23 = new Set<string>(["accessIPv4","accessIPv6","addresses","adminPass","created","flavor","hostId","id","image","links","metadata","name","progress","securityGroup","status","tenantId","updated","userId","zone"]);
const k24 = new Set<string>(["conflict"]);
const r25 = new RegExp("^[0-9]{1,5}$", "u");
const k26 = new Set<string>(["cidr","fromPort","id","protocol","toPort"]);
const k27 = new Set<string>(["code","details","message"]);
const k28 = new Set<string>(["accountNumber","description","displayName","fault","id","links","rules","servers"]);
const k29 = new Set<string>(["links","securityGroups"]);
const k30 = new Set<string>(["securityGroup"]);
const k31 = new Set<string>(["cidr","fromPort","id","links","parentGroupId","protocol","toPort"]);
const k32 = new Set<string>(["securityGroupRule"]);
const r33 = new RegExp("^[0-9]+$", "u");
const k34 = new Set<string>(["device","id","serverId","volumeId"]);
const r35 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}Z?$", "u");
const e36 = ["Pending","Open","ClosePending"];
const k37 = new Set<string>(["attachments","availability_zone","created_at","display_description","display_name","id","links","metadata","size","snapshot_id","status","volume_type"]);
const k38 = new Set<string>(["links","volumes"]);
const k39 = new Set<string>(["volume"]);
const k40 = new Set<string>(["volumeAttachments"]);
const k41 = new Set<string>(["flavors","links"]);
const r42 = new RegExp("^[1-9][0-9]*$", "u");
const k43 = new Set<string>(["disk","id","links","name","ram","vcpu"]);
const k44 = new Set<string>(["flavor"]);
const k45 = new Set<string>(["id","links","name","zones"]);
const k46 = new Set<string>(["images","links"]);
const k47 = new Set<string>(["created","id","links","name","status","updated","zones"]);
const e48 = ["ACTIVE","SAVING","DELETED"];
const r49 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$", "u");
const k50 = new Set<string>(["image"]);

function v2(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 3, "object", x);
  else {
    typed(f, x.zone, p, "/zone", 4, 1, true);
    typed(f, x.location, p, "/location", 5, 1, true);
    undeclaredProperties(f, x, p, 3, k0, false);
  }
}
function v1(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 2, "Zone", v2, true);
    }
  }
}
function v0(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 0, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 0, "at least 1 property", x);
    const q = p + "/*";
    for (const k in x) {
      if (k1.has(k)) continue;
      const z = x[k];
      nested(f, z, q, "", 1, "array of Zone", v1, true);
    }
  }
}
function v6(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 8, "object", x);
  else {
    typed(f, x.message, p, "/message", 9, 1, true);
    let y: any;
    y = x.code;
    if (y === undefined) missing(f, p + "/code", 10, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/code", 10, "integer", y);
      else {
        if (y < 400) outOfBounds(f, p + "/code", 10, "a number ≥ 400", y);
        if (y > 599) outOfBounds(f, p + "/code", 10, "a number ≤ 599", y);
      }
    }
    typed(f, x.details, p, "/details", 11, 1, true);
    y = x.errorid;
    if (y !== undefined) {
      if (!(typeof y === "string")) typeMismatch(f, p + "/errorid", 12, "string", y);
      else {
        if (!formats["uuid"]!(y)) wrongFormat(f, p + "/errorid", 12, "uuid");
      }
    }
    y = x.guid;
    if (y !== undefined) {
      if (!(typeof y === "string")) typeMismatch(f, p + "/guid", 13, "string", y);
      else {
        if (!formats["uuid"]!(y)) wrongFormat(f, p + "/guid", 13, "uuid");
      }
    }
    undeclaredProperties(f, x, p, 8, k2, false);
  }
}
function v5(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 6, "object", x);
  else {
    nested(f, x.forbidden, p, "/forbidden", 7, "FaultDetail", v6, true);
    undeclaredProperties(f, x, p, 6, k3, false);
  }
}
function v9(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 14, "object", x);
  else {
    nested(f, x.itemNotFound, p, "/itemNotFound", 15, "FaultDetail", v6, true);
    undeclaredProperties(f, x, p, 14, k4, false);
  }
}
function v16(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 26, "object", x);
  else {
    let y: any;
    y = x.href;
    if (y === undefined) missing(f, p + "/href", 27, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/href", 27, "string", y);
      else {
        if (codePoints(y) < 1) outOfBounds(f, p + "/href", 27, "a string of at least 1 character", y);
      }
    }
    enumerated(f, x.rel, p, "/rel", 28, 1, e5, true);
    undeclaredProperties(f, x, p, 26, k6, false);
  }
}
function v15(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 24, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 25, "Link", v16, true);
    }
  }
}
function v14(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 19, "object", x);
  else {
    typed(f, x.instance_id, p, "/instance_id", 20, 17, true);
    let y: any;
    y = x.ip;
    if (y === undefined) missing(f, p + "/ip", 21, "string (ipv4)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/ip", 21, "string", y);
      else {
        if (!formats["ipv4"]!(y)) wrongFormat(f, p + "/ip", 21, "ipv4");
      }
    }
    typed(f, x.fixed_ip, p, "/fixed_ip", 22, 17, true);
    nested(f, x.links, p, "/links", 23, "Links", v15, true);
    typed(f, x.pool, p, "/pool", 29, 1, true);
    undeclaredProperties(f, x, p, 19, k7, false);
  }
}
function v13(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 17, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 18, "FlexibleIp", v14, true);
    }
  }
}
function v21(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 32, "object", x);
  else {
    enumerated(f, x.rel, p, "/rel", 33, 1, e8, true);
    let y: any;
    y = x.href;
    if (y === undefined) missing(f, p + "/href", 34, "string (uri-reference)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/href", 34, "string", y);
      else {
        if (!formats["uri-reference"]!(y)) wrongFormat(f, p + "/href", 34, "uri-reference");
      }
    }
    undeclaredProperties(f, x, p, 32, k6, false);
  }
}
function v20(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 31, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 32, "object", v21, true);
    }
  }
}
function v12(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 16, "object", x);
  else {
    nested(f, x.floating_ips, p, "/floating_ips", 17, "array of FlexibleIp", v13, true);
    nested(f, x.links, p, "/links", 30, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 16, k9, false);
  }
}
function v24(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 35, "object", x);
  else {
    nested(f, x.floating_ip, p, "/floating_ip", 36, "FlexibleIp", v14, true);
    undeclaredProperties(f, x, p, 35, k10, false);
  }
}
function v28(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 38, "array", x);
  else {
    if (x.length < 1) outOfBounds(f, p, 38, "at least 1 item", x);
    if (x.length > 1) outOfBounds(f, p, 38, "at most 1 item", x);
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 39, "FlexibleIp", v14, true);
    }
  }
}
function v27(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 37, "object", x);
  else {
    nested(f, x.floating_ip, p, "/floating_ip", 38, "array of FlexibleIp", v28, true);
    undeclaredProperties(f, x, p, 37, k10, false);
  }
}
function v33(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 43, "object", x);
  else {
    typed(f, x.id, p, "/id", 44, 1, true);
    typed(f, x.zone, p, "/zone", 45, 1, true);
    nested(f, x.links, p, "/links", 46, "Links", v15, true);
    undeclaredProperties(f, x, p, 43, k11, false);
  }
}
function v32(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 41, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 42, "ServerSummary", v33, true);
    }
  }
}
function v31(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 40, "object", x);
  else {
    nested(f, x.servers, p, "/servers", 41, "array of ServerSummary", v32, true);
    nested(f, x.links, p, "/links", 47, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 40, k12, false);
  }
}
function v41(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 56, "string", x);
  else {
    if (!e14.includes(x)) notInEnum(f, p, 56, e14, x);
  }
}
function v46(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 63, "object", x);
  else {
    enumerated(f, x.version, p, "/version", 64, 4, e15, true);
    let y: any;
    y = x.addr;
    if (y === undefined) missing(f, p + "/addr", 65, "string (ipv4)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/addr", 65, "string", y);
      else {
        if (!formats["ipv4"]!(y)) wrongFormat(f, p + "/addr", 65, "ipv4");
      }
    }
    undeclaredProperties(f, x, p, 63, k16, false);
  }
}
function v45(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 61, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 62, "ServerAddress", v46, true);
    }
  }
}
function v48(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 66, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 67, "ServerAddress", v46, true);
    }
  }
}
function v44(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 60, "object", x);
  else {
    nested(f, x.public, p, "/public", 61, "array of ServerAddress", v45, true);
    nested(f, x.private, p, "/private", 66, "array of ServerAddress", v48, true);
    undeclaredProperties(f, x, p, 60, k17, false);
  }
}
function v51(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 69, "object", x);
  else {
    typed(f, x.id, p, "/id", 70, 1, true);
    nested(f, x.links, p, "/links", 71, "Links", v15, true);
    undeclaredProperties(f, x, p, 69, k18, false);
  }
}
function v54(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 81, "object", x);
  else {
    if (Object.keys(x).length > 0) outOfBounds(f, p, 81, "at most 0 properties", x);
  }
}
function v40(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 52, "object", x);
  else {
    typed(f, x.id, p, "/id", 53, 1, true);
    typed(f, x.name, p, "/name", 54, 1, true);
    nested(f, x.status, p, "/status", 55, "ServerStatus", v41, true);
    let y: any;
    y = x.progress;
    if (y === undefined) missing(f, p + "/progress", 57, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/progress", 57, "integer", y);
      else {
        if (y < 0) outOfBounds(f, p + "/progress", 57, "a number ≥ 0", y);
        if (y > 100) outOfBounds(f, p + "/progress", 57, "a number ≤ 100", y);
      }
    }
    nested(f, x.links, p, "/links", 58, "Links", v15, true);
    nested(f, x.addresses, p, "/addresses", 59, "ServerAddresses", v44, true);
    nested(f, x.securityGroup, p, "/securityGroup", 68, "ServerSecurityGroup", v51, false);
    typed(f, x.userId, p, "/userId", 72, 1, true);
    typed(f, x.hostId, p, "/hostId", 73, 1, true);
    typed(f, x.zone, p, "/zone", 74, 1, false);
    y = x.created;
    if (y === undefined) missing(f, p + "/created", 75, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/created", 75, "string", y);
      else {
        if (!r19.test(y)) outOfBounds(f, p + "/created", 75, "a string matching ^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})?$", y);
      }
    }
    typed(f, x.updated, p, "/updated", 76, 17, true);
    typed(f, x.tenantId, p, "/tenantId", 77, 17, true);
    y = x.accessIPv4;
    if (y === undefined) missing(f, p + "/accessIPv4", 78, "string (ipv4)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/accessIPv4", 78, "string", y);
      else {
        if (!formats["ipv4"]!(y)) wrongFormat(f, p + "/accessIPv4", 78, "ipv4");
      }
    }
    typed(f, x.accessIPv6, p, "/accessIPv6", 79, 17, true);
    typed(f, x.adminPass, p, "/adminPass", 80, 17, false);
    nested(f, x.metadata, p, "/metadata", 81, "object", v54, true);
  }
}
function v57(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 85, "object", x);
  else {
    typed(f, x.id, p, "/id", 86, 1, true);
    typed(f, x.name, p, "/name", 87, 1, true);
    nested(f, x.links, p, "/links", 88, "Links", v15, true);
    undeclaredProperties(f, x, p, 85, k20, false);
  }
}
function v60(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 90, "object", x);
  else {
    typed(f, x.id, p, "/id", 91, 5, true);
    typed(f, x.name, p, "/name", 92, 1, true);
    nested(f, x.links, p, "/links", 93, "Links", v15, true);
    undeclaredProperties(f, x, p, 90, k20, false);
  }
}
function v56(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 82, "object", x);
  else {
    typed(f, x.adminPass, p, "/adminPass", 83, 1, true);
    nested(f, x.image, p, "/image", 84, "ServerImage", v57, false);
    nested(f, x.flavor, p, "/flavor", 89, "ServerFlavor", v60, false);
    nested(f, x.imageRef, p, "/imageRef", 94, "ServerImage", v57, false);
    nested(f, x.flavorRef, p, "/flavorRef", 95, "ServerFlavor", v60, false);
  }
}
function v39(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 50, k13, false);
  }
  v40(x, p, f);
  v56(x, p, f);
}
function v38(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 48, "object", x);
  else {
    nested(f, x.server, p, "/server", 49, "CreatedServer", v39, true);
    undeclaredProperties(f, x, p, 48, k21, false);
  }
}
function v67(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 96, "object", x);
  else {
    nested(f, x.computeFault, p, "/computeFault", 97, "FaultDetail", v6, true);
    undeclaredProperties(f, x, p, 96, k22, false);
  }
}
function v74(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 103, "object", x);
  else {
    nested(f, x.image, p, "/image", 104, "ServerImage", v57, true);
    nested(f, x.flavor, p, "/flavor", 105, "ServerFlavor", v60, true);
  }
}
function v72(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 101, k23, false);
  }
  v40(x, p, f);
  v74(x, p, f);
}
function v71(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 99, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 100, "Server", v72, true);
    }
  }
}
function v70(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 98, "object", x);
  else {
    nested(f, x.servers, p, "/servers", 99, "array of Server", v71, true);
    nested(f, x.links, p, "/links", 106, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 98, k12, false);
  }
}
function v80(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 107, "object", x);
  else {
    nested(f, x.server, p, "/server", 108, "Server", v72, true);
    undeclaredProperties(f, x, p, 107, k21, false);
  }
}
function v85(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 109, "object", x);
  else {
    nested(f, x.conflict, p, "/conflict", 110, "FaultDetail", v6, true);
    undeclaredProperties(f, x, p, 109, k24, false);
  }
}
function v102(x: any, p: string, f: DriftFinding[]): void {
  if (!(Number.isInteger(x))) typeMismatch(f, p, 125, "integer", x);
  else {
    if (x < 0) outOfBounds(f, p, 125, "a number ≥ 0", x);
    if (x > 65535) outOfBounds(f, p, 125, "a number ≤ 65535", x);
  }
}
function v103(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 126, "string", x);
  else {
    if (!r25.test(x)) outOfBounds(f, p, 126, "a string matching ^[0-9]{1,5}$", x);
  }
}
function v101(x: any, p: string, f: DriftFinding[]): void {
  oneOf(f, p, 124, x, [v102, v103], true);
}
function v100(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 121, "object", x);
  else {
    typed(f, x.id, p, "/id", 122, 1, true);
    nested(f, x.fromPort, p, "/fromPort", 123, "PortNumber", v101, true);
    nested(f, x.toPort, p, "/toPort", 127, "PortNumber", v101, true);
    typed(f, x.protocol, p, "/protocol", 128, 1, true);
    typed(f, x.cidr, p, "/cidr", 129, 1, true);
    undeclaredProperties(f, x, p, 121, k26, false);
  }
}
function v99(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 119, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 120, "GroupRule", v100, true);
    }
  }
}
function v107(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 130, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 131, 1, true);
    }
  }
}
function v108(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 133, "object", x);
  else {
    typed(f, x.message, p, "/message", 134, 1, true);
    typed(f, x.code, p, "/code", 135, 5, true);
    typed(f, x.details, p, "/details", 136, 1, true);
    undeclaredProperties(f, x, p, 133, k27, false);
  }
}
function v97(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 114, "object", x);
  else {
    typed(f, x.id, p, "/id", 115, 1, true);
    typed(f, x.displayName, p, "/displayName", 116, 1, true);
    typed(f, x.description, p, "/description", 117, 1, true);
    nested(f, x.links, p, "/links", 118, "Links", v15, true);
    nested(f, x.rules, p, "/rules", 119, "array of GroupRule", v99, true);
    nested(f, x.servers, p, "/servers", 130, "array of string", v107, true);
    typed(f, x.accountNumber, p, "/accountNumber", 132, 1, true);
    nested(f, x.fault, p, "/fault", 133, "object", v108, false);
    undeclaredProperties(f, x, p, 114, k28, false);
  }
}
function v96(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 112, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 113, "SecurityGroup", v97, true);
    }
  }
}
function v95(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 111, "object", x);
  else {
    nested(f, x.securityGroups, p, "/securityGroups", 112, "array of SecurityGroup", v96, true);
    nested(f, x.links, p, "/links", 137, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 111, k29, false);
  }
}
function v112(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 138, "object", x);
  else {
    nested(f, x.securityGroup, p, "/securityGroup", 139, "SecurityGroup", v97, true);
    undeclaredProperties(f, x, p, 138, k30, false);
  }
}
function v118(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 142, "object", x);
  else {
    typed(f, x.id, p, "/id", 143, 1, true);
    nested(f, x.fromPort, p, "/fromPort", 144, "PortNumber", v101, true);
    nested(f, x.toPort, p, "/toPort", 145, "PortNumber", v101, true);
    typed(f, x.protocol, p, "/protocol", 146, 1, true);
    typed(f, x.cidr, p, "/cidr", 147, 1, true);
    typed(f, x.parentGroupId, p, "/parentGroupId", 148, 1, true);
    nested(f, x.links, p, "/links", 149, "Links", v15, true);
    undeclaredProperties(f, x, p, 142, k31, false);
  }
}
function v117(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 140, "object", x);
  else {
    nested(f, x.securityGroupRule, p, "/securityGroupRule", 141, "SecurityGroupRule", v118, true);
    undeclaredProperties(f, x, p, 140, k32, false);
  }
}
function v129(x: any, p: string, f: DriftFinding[]): void {
  if (!(Number.isInteger(x))) typeMismatch(f, p, 158, "integer", x);
  else {
    if (x < 0) outOfBounds(f, p, 158, "a number ≥ 0", x);
  }
}
function v130(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 159, "string", x);
  else {
    if (!r33.test(x)) outOfBounds(f, p, 159, "a string matching ^[0-9]+$", x);
  }
}
function v128(x: any, p: string, f: DriftFinding[]): void {
  oneOf(f, p, 157, x, [v129, v130], true);
}
function v131(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 161, "object", x);
  else {
    const q = p + "/*";
    for (const k in x) {
      if (k1.has(k)) continue;
      const z = x[k];
      typed(f, z, q, "", 162, 1, true);
    }
  }
}
function v133(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 166, "object", x);
  else {
    typed(f, x.id, p, "/id", 167, 5, true);
    typed(f, x.serverId, p, "/serverId", 168, 5, true);
    typed(f, x.volumeId, p, "/volumeId", 169, 5, true);
    typed(f, x.device, p, "/device", 170, 1, true);
    undeclaredProperties(f, x, p, 166, k34, false);
  }
}
function v132(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 164, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 165, "VolumeAttachment", v133, true);
    }
  }
}
function v127(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 153, "object", x);
  else {
    typed(f, x.id, p, "/id", 154, 1, true);
    typed(f, x.display_name, p, "/display_name", 155, 1, true);
    typed(f, x.display_description, p, "/display_description", 156, 1, true);
    nested(f, x.size, p, "/size", 157, "one of integer, string", v128, true);
    typed(f, x.volume_type, p, "/volume_type", 160, 1, true);
    nested(f, x.metadata, p, "/metadata", 161, "object", v131, true);
    typed(f, x.availability_zone, p, "/availability_zone", 163, 1, true);
    nested(f, x.attachments, p, "/attachments", 164, "array of VolumeAttachment", v132, true);
    nested(f, x.links, p, "/links", 171, "Links", v15, true);
    typed(f, x.snapshot_id, p, "/snapshot_id", 172, 1, true);
    let y: any;
    y = x.created_at;
    if (y === undefined) missing(f, p + "/created_at", 173, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/created_at", 173, "string", y);
      else {
        if (!r35.test(y)) outOfBounds(f, p + "/created_at", 173, "a string matching ^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}Z?$", y);
      }
    }
    enumerated(f, x.status, p, "/status", 174, 1, e36, false);
    undeclaredProperties(f, x, p, 153, k37, false);
  }
}
function v126(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 151, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 152, "Volume", v127, true);
    }
  }
}
function v125(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 150, "object", x);
  else {
    nested(f, x.volumes, p, "/volumes", 151, "array of Volume", v126, true);
    nested(f, x.links, p, "/links", 175, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 150, k38, false);
  }
}
function v139(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 176, "object", x);
  else {
    nested(f, x.volume, p, "/volume", 177, "Volume", v127, true);
    undeclaredProperties(f, x, p, 176, k39, false);
  }
}
function v143(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 179, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 180, "VolumeAttachment", v133, true);
    }
  }
}
function v142(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 178, "object", x);
  else {
    nested(f, x.volumeAttachments, p, "/volumeAttachments", 179, "array of VolumeAttachment", v143, true);
    undeclaredProperties(f, x, p, 178, k40, false);
  }
}
function v149(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 184, "object", x);
  else {
    typed(f, x.id, p, "/id", 185, 1, true);
    typed(f, x.name, p, "/name", 186, 1, true);
    nested(f, x.links, p, "/links", 187, "Links", v15, true);
    undeclaredProperties(f, x, p, 184, k20, false);
  }
}
function v148(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 182, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 183, "FlavorSummary", v149, true);
    }
  }
}
function v147(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 181, "object", x);
  else {
    nested(f, x.flavors, p, "/flavors", 182, "array of FlavorSummary", v148, true);
    nested(f, x.links, p, "/links", 188, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 181, k41, false);
  }
}
function v155(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 191, "object", x);
  else {
    typed(f, x.id, p, "/id", 192, 1, true);
    typed(f, x.name, p, "/name", 193, 1, true);
    nested(f, x.links, p, "/links", 194, "Links", v15, true);
    let y: any;
    y = x.vcpu;
    if (y === undefined) missing(f, p + "/vcpu", 195, "integer or string");
    else {
      if (!(Number.isInteger(y) || typeof y === "string")) typeMismatch(f, p + "/vcpu", 195, "integer or string", y);
      else {
        if (typeof y === "string") {
          if (!r42.test(y)) outOfBounds(f, p + "/vcpu", 195, "a string matching ^[1-9][0-9]*$", y);
        }
        if (typeof y === "number") {
          if (y < 1) outOfBounds(f, p + "/vcpu", 195, "a number ≥ 1", y);
        }
      }
    }
    y = x.ram;
    if (y === undefined) missing(f, p + "/ram", 196, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/ram", 196, "integer", y);
      else {
        if (y < 0) outOfBounds(f, p + "/ram", 196, "a number ≥ 0", y);
      }
    }
    y = x.disk;
    if (y === undefined) missing(f, p + "/disk", 197, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/disk", 197, "integer", y);
      else {
        if (y < 0) outOfBounds(f, p + "/disk", 197, "a number ≥ 0", y);
      }
    }
    undeclaredProperties(f, x, p, 191, k43, false);
  }
}
function v154(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 189, "object", x);
  else {
    nested(f, x.flavor, p, "/flavor", 190, "Flavor", v155, true);
    undeclaredProperties(f, x, p, 189, k44, false);
  }
}
function v160(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 199, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 200, "Flavor", v155, true);
    }
  }
}
function v159(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 198, "object", x);
  else {
    nested(f, x.flavors, p, "/flavors", 199, "array of Flavor", v160, true);
    nested(f, x.links, p, "/links", 201, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 198, k41, false);
  }
}
function v168(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 209, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 210, 1, true);
    }
  }
}
function v166(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 205, "object", x);
  else {
    typed(f, x.id, p, "/id", 206, 1, true);
    typed(f, x.name, p, "/name", 207, 1, true);
    nested(f, x.links, p, "/links", 208, "Links", v15, true);
    nested(f, x.zones, p, "/zones", 209, "array of string", v168, true);
    undeclaredProperties(f, x, p, 205, k45, false);
  }
}
function v165(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 203, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 204, "Image", v166, true);
    }
  }
}
function v164(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 202, "object", x);
  else {
    nested(f, x.images, p, "/images", 203, "array of Image", v165, true);
    nested(f, x.links, p, "/links", 211, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 202, k46, false);
  }
}
function v175(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 205, "object", x);
  else {
    typed(f, x.id, p, "/id", 206, 1, true);
    typed(f, x.name, p, "/name", 207, 1, true);
    nested(f, x.links, p, "/links", 208, "Links", v15, true);
    nested(f, x.zones, p, "/zones", 209, "array of string", v168, true);
  }
}
function v177(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 217, "object", x);
  else {
    enumerated(f, x.status, p, "/status", 218, 1, e48, true);
    let y: any;
    y = x.created;
    if (y === undefined) missing(f, p + "/created", 219, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/created", 219, "string", y);
      else {
        if (!r49.test(y)) outOfBounds(f, p + "/created", 219, "a string matching ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$", y);
      }
    }
    typed(f, x.updated, p, "/updated", 220, 16, true);
  }
}
function v174(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 215, k47, false);
  }
  v175(x, p, f);
  v177(x, p, f);
}
function v173(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 213, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 214, "ImageDetail", v174, true);
    }
  }
}
function v172(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 212, "object", x);
  else {
    nested(f, x.images, p, "/images", 213, "array of ImageDetail", v173, true);
    nested(f, x.links, p, "/links", 221, "PageLinks", v20, false);
    undeclaredProperties(f, x, p, 212, k46, false);
  }
}
function v181(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 222, "object", x);
  else {
    nested(f, x.image, p, "/image", 223, "ImageDetail", v174, true);
    undeclaredProperties(f, x, p, 222, k50, false);
  }
}

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "hostway",
  spec: "flexcloud-2014+d91985e828f6",
  nodes: [-1,"/components/schemas/ZoneList",0,"/additionalProperties",1,"/items",-1,"/components/schemas/Zone",3,"zone",3,"location",-1,"/components/schemas/ForbiddenFault",6,"forbidden",-1,"/components/schemas/FaultDetail",8,"message",8,"code",8,"details",8,"errorid",8,"guid",-1,"/components/schemas/ItemNotFoundFault",14,"itemNotFound",-1,"/components/schemas/FlexibleIpList",16,"floating_ips",17,"/items",-1,"/components/schemas/FlexibleIp",19,"instance_id",19,"ip",19,"fixed_ip",19,"links",-1,"/components/schemas/Links",24,"/items",-1,"/components/schemas/Link",26,"href",26,"rel",19,"pool",16,"links",-1,"/components/schemas/PageLinks",31,"/items",32,"rel",32,"href",-1,"/components/schemas/FlexibleIpEnvelope",35,"floating_ip",-1,"/components/schemas/FlexibleIpView",37,"floating_ip",38,"/items",-1,"/components/schemas/ServerList",40,"servers",41,"/items",-1,"/components/schemas/ServerSummary",43,"id",43,"zone",43,"links",40,"links",-1,"/components/schemas/CreatedServerEnvelope",48,"server",-1,"/components/schemas/CreatedServer",50,"/allOf/0",-1,"/components/schemas/ServerBase",52,"id",52,"name",52,"status",-1,"/components/schemas/ServerStatus",52,"progress",52,"links",52,"addresses",-1,"/components/schemas/ServerAddresses",60,"public",61,"/items",-1,"/components/schemas/ServerAddress",63,"version",63,"addr",60,"private",66,"/items",52,"securityGroup",-1,"/components/schemas/ServerSecurityGroup",69,"id",69,"links",52,"userId",52,"hostId",52,"zone",52,"created",52,"updated",52,"tenantId",52,"accessIPv4",52,"accessIPv6",52,"adminPass",52,"metadata",50,"/allOf/1",82,"adminPass",82,"image",-1,"/components/schemas/ServerImage",85,"id",85,"name",85,"links",82,"flavor",-1,"/components/schemas/ServerFlavor",90,"id",90,"name",90,"links",82,"imageRef",82,"flavorRef",-1,"/components/schemas/ComputeFault",96,"computeFault",-1,"/components/schemas/ServerDetailList",98,"servers",99,"/items",-1,"/components/schemas/Server",101,"/allOf/0",101,"/allOf/1",103,"image",103,"flavor",98,"links",-1,"/components/schemas/ServerEnvelope",107,"server",-1,"/components/schemas/ConflictFault",109,"conflict",-1,"/components/schemas/SecurityGroupList",111,"securityGroups",112,"/items",-1,"/components/schemas/SecurityGroup",114,"id",114,"displayName",114,"description",114,"links",114,"rules",119,"/items",-1,"/components/schemas/GroupRule",121,"id",121,"fromPort",-1,"/components/schemas/PortNumber",-1,"/components/schemas/PortNumber/oneOf/0",-1,"/components/schemas/PortNumber/oneOf/1",121,"toPort",121,"protocol",121,"cidr",114,"servers",130,"/items",114,"accountNumber",114,"fault",133,"message",133,"code",133,"details",111,"links",-1,"/components/schemas/SecurityGroupEnvelope",138,"securityGroup",-1,"/components/schemas/SecurityGroupRuleEnvelope",140,"securityGroupRule",-1,"/components/schemas/SecurityGroupRule",142,"id",142,"fromPort",142,"toPort",142,"protocol",142,"cidr",142,"parentGroupId",142,"links",-1,"/components/schemas/VolumeList",150,"volumes",151,"/items",-1,"/components/schemas/Volume",153,"id",153,"display_name",153,"display_description",153,"size",-1,"/components/schemas/Volume/properties/size/oneOf/0",-1,"/components/schemas/Volume/properties/size/oneOf/1",153,"volume_type",153,"metadata",161,"/additionalProperties",153,"availability_zone",153,"attachments",164,"/items",-1,"/components/schemas/VolumeAttachment",166,"id",166,"serverId",166,"volumeId",166,"device",153,"links",153,"snapshot_id",153,"created_at",153,"status",150,"links",-1,"/components/schemas/VolumeEnvelope",176,"volume",-1,"/components/schemas/VolumeAttachmentList",178,"volumeAttachments",179,"/items",-1,"/components/schemas/FlavorList",181,"flavors",182,"/items",-1,"/components/schemas/FlavorSummary",184,"id",184,"name",184,"links",181,"links",-1,"/components/schemas/FlavorEnvelope",189,"flavor",-1,"/components/schemas/Flavor",191,"id",191,"name",191,"links",191,"vcpu",191,"ram",191,"disk",-1,"/components/schemas/FlavorDetailList",198,"flavors",199,"/items",198,"links",-1,"/components/schemas/ImageList",202,"images",203,"/items",-1,"/components/schemas/Image",205,"id",205,"name",205,"links",205,"zones",209,"/items",202,"links",-1,"/components/schemas/ImageDetailList",212,"images",213,"/items",-1,"/components/schemas/ImageDetail",215,"/allOf/0",215,"/allOf/1",217,"status",217,"created",217,"updated",212,"links",-1,"/components/schemas/ImageEnvelope",222,"image"],
  operations: {
    "GET /accounts/{accountId}/flexcloud/zone": ["listZones", { "200": v0, "401": 0, "403": v5, "404": v9 }],
    "GET /zone": ["listZonesForCurrentAccount", { "200": v0, "401": 0, "403": v5 }],
    "GET /accounts/{accountId}/flexcloud/os-floating-ips": ["listFlexibleIps", { "200": v12, "303": 0, "401": 0, "404": v9 }],
    "POST /accounts/{accountId}/flexcloud/os-floating-ips": ["allocateFlexibleIp", { "202": v24, "401": 0, "404": v9 }],
    "GET /os-floating-ips": ["listFlexibleIpsForCurrentAccount", { "200": v12, "303": 0, "401": 0 }],
    "POST /os-floating-ips": ["allocateFlexibleIpForCurrentAccount", { "202": v24, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}": ["getFlexibleIp", { "200": v27, "401": 0, "404": v9 }],
    "DELETE /accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}": ["releaseFlexibleIp", { "202": 0, "401": 0, "404": v9 }],
    "GET /os-floating-ips/{ipAddress}": ["getFlexibleIpForCurrentAccount", { "200": v27, "401": 0, "404": v9 }],
    "DELETE /os-floating-ips/{ipAddress}": ["releaseFlexibleIpForCurrentAccount", { "202": 0, "401": 0, "404": v9 }],
    "GET /accounts/{accountId}/flexcloud/servers": ["listServers", { "200": v31, "303": 0, "401": 0, "404": v9 }],
    "POST /accounts/{accountId}/flexcloud/servers": ["createServer", { "202": v38, "400": v67, "401": 0, "404": v9 }],
    "GET /servers": ["listServersForCurrentAccount", { "200": v31, "303": 0, "401": 0 }],
    "POST /servers": ["createServerForCurrentAccount", { "202": v38, "400": v67, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/servers/detail": ["listServersWithDetails", { "200": v70, "303": 0, "401": 0, "404": v9 }],
    "GET /servers/detail": ["listServersWithDetailsForCurrentAccount", { "200": v70, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/servers/{serverId}": ["getServer", { "200": v80, "401": 0, "404": v9 }],
    "PUT /accounts/{accountId}/flexcloud/servers/{serverId}": ["updateServer", { "200": v80, "400": v67, "401": 0, "403": v5, "404": v9, "409": v85 }],
    "DELETE /accounts/{accountId}/flexcloud/servers/{serverId}": ["deleteServer", { "204": 0, "401": 0, "403": v5, "404": v9, "409": v85 }],
    "GET /servers/{serverId}": ["getServerForCurrentAccount", { "200": v80, "401": 0, "404": v9 }],
    "PUT /servers/{serverId}": ["updateServerForCurrentAccount", { "200": v80, "400": v67, "401": 0, "403": v5, "404": v9, "409": v85 }],
    "DELETE /servers/{serverId}": ["deleteServerForCurrentAccount", { "204": 0, "401": 0, "403": v5, "404": v9, "409": v85 }],
    "POST /accounts/{accountId}/flexcloud/servers/{serverId}/action": ["performServerAction", { "202": 0, "400": v67, "401": 0, "403": v5, "404": v9, "405": v67, "409": v85, "500": v67, "502": v67, "503": v67 }],
    "POST /servers/{serverId}/action": ["performServerActionForCurrentAccount", { "202": 0, "400": v67, "401": 0, "403": v5, "404": v9, "405": v67, "409": v85, "500": v67, "502": v67, "503": v67 }],
    "GET /accounts/{accountId}/flexcloud/os-security-groups": ["listSecurityGroups", { "200": v95, "303": 0, "401": 0, "404": v9 }],
    "POST /accounts/{accountId}/flexcloud/os-security-groups": ["createSecurityGroup", { "201": v112, "400": v67, "401": 0, "404": v9 }],
    "GET /os-security-groups": ["listSecurityGroupsForCurrentAccount", { "200": v95, "303": 0, "401": 0 }],
    "POST /os-security-groups": ["createSecurityGroupForCurrentAccount", { "201": v112, "400": v67, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}": ["getSecurityGroup", { "200": v112, "401": 0, "404": v9 }],
    "DELETE /accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}": ["deleteSecurityGroup", { "204": 0, "401": 0, "404": v9 }],
    "GET /os-security-groups/{securityGroupId}": ["getSecurityGroupForCurrentAccount", { "200": v112, "401": 0, "404": v9 }],
    "DELETE /os-security-groups/{securityGroupId}": ["deleteSecurityGroupForCurrentAccount", { "204": 0, "401": 0, "404": v9 }],
    "POST /accounts/{accountId}/flexcloud/os-security-group-rules": ["createSecurityGroupRule", { "201": v117, "400": v67, "401": 0, "404": v9 }],
    "POST /os-security-group-rules": ["createSecurityGroupRuleForCurrentAccount", { "201": v117, "400": v67, "401": 0 }],
    "DELETE /accounts/{accountId}/flexcloud/os-security-group-rules/{ruleId}": ["deleteSecurityGroupRule", { "204": 0, "401": 0, "404": v9 }],
    "DELETE /os-security-group-rules/{ruleId}": ["deleteSecurityGroupRuleForCurrentAccount", { "204": 0, "401": 0, "404": v9 }],
    "GET /accounts/{accountId}/flexcloud/volumes": ["listVolumes", { "200": v125, "303": 0, "401": 0, "404": v9 }],
    "GET /volumes": ["listVolumesForCurrentAccount", { "200": v125, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/volumes/detail": ["listVolumesWithDetails", { "200": v125, "303": 0, "401": 0, "404": v9 }],
    "GET /volumes/detail": ["listVolumesWithDetailsForCurrentAccount", { "200": v125, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/volumes/{volumeId}": ["getVolume", { "200": v139, "401": 0, "404": v9 }],
    "DELETE /accounts/{accountId}/flexcloud/volumes/{volumeId}": ["deleteVolume", { "204": 0, "401": 0, "404": v9 }],
    "GET /volumes/{volumeId}": ["getVolumeForCurrentAccount", { "200": v139, "401": 0, "404": v9 }],
    "DELETE /volumes/{volumeId}": ["deleteVolumeForCurrentAccount", { "204": 0, "401": 0, "404": v9 }],
    "GET /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments": ["listServerVolumeAttachments", { "200": v142, "401": 0, "404": v9 }],
    "POST /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments": ["attachVolume", { "200": 0, "401": 0, "404": v9, "409": v85 }],
    "GET /servers/{serverId}/os-volume_attachments": ["listServerVolumeAttachmentsForCurrentAccount", { "200": v142, "401": 0, "404": v9 }],
    "POST /servers/{serverId}/os-volume_attachments": ["attachVolumeForCurrentAccount", { "200": 0, "401": 0, "404": v9, "409": v85 }],
    "GET /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}": ["getServerVolumeAttachment", { "200": v139, "401": 0, "404": v9 }],
    "DELETE /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}": ["detachVolume", { "204": 0, "401": 0, "404": v9 }],
    "GET /servers/{serverId}/os-volume_attachments/{volumeId}": ["getServerVolumeAttachmentForCurrentAccount", { "200": v139, "401": 0, "404": v9 }],
    "DELETE /servers/{serverId}/os-volume_attachments/{volumeId}": ["detachVolumeForCurrentAccount", { "204": 0, "401": 0, "404": v9 }],
    "GET /accounts/{accountId}/flexcloud/flavors": ["listFlavors", { "200": v147, "303": 0, "401": 0, "404": v9 }],
    "GET /flavors": ["listFlavorsForCurrentAccount", { "200": v147, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/flavors/{flavorId}": ["getFlavor", { "200": v154, "401": 0, "403": v5, "404": v9 }],
    "GET /flavors/{flavorId}": ["getFlavorForCurrentAccount", { "200": v154, "401": 0, "403": v5, "404": v9 }],
    "GET /accounts/{accountId}/flexcloud/flavors/detail": ["listFlavorsWithDetails", { "200": v159, "303": 0, "401": 0, "404": v9 }],
    "GET /flavors/detail": ["listFlavorsWithDetailsForCurrentAccount", { "200": v159, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/flavors/detail/{flavorId}": ["getFlavorDetails", { "200": v154, "401": 0, "403": v5, "404": v9 }],
    "GET /flavors/detail/{flavorId}": ["getFlavorDetailsForCurrentAccount", { "200": v154, "401": 0, "403": v5, "404": v9 }],
    "GET /accounts/{accountId}/flexcloud/images": ["listImages", { "200": v164, "303": 0, "401": 0, "404": v9 }],
    "GET /images": ["listImagesForCurrentAccount", { "200": v164, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/images/detail": ["listImagesWithDetails", { "200": v172, "303": 0, "401": 0, "404": v9 }],
    "GET /images/detail": ["listImagesWithDetailsForCurrentAccount", { "200": v172, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/images/{imageId}": ["getImage", { "200": v181, "401": 0, "403": v5, "404": v9 }],
    "GET /images/{imageId}": ["getImageForCurrentAccount", { "200": v181, "401": 0, "403": v5, "404": v9 }],
  },
});
