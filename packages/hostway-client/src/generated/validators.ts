// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, codePoints, enumerated, formats, isObject, missing, nested, notInEnum, oneOf, outOfBounds, typeMismatch, typed, undeclaredProperties, wrongFormat } from "@cloudspecs/runtime/drift";

// biome-ignore-all lint: generated
/* eslint-disable */

const k0 = new Set<string>([]);
const k1 = new Set<string>(["forbidden"]);
const k2 = new Set<string>(["itemNotFound"]);
const k3 = new Set<string>(["floating_ips","links"]);
const k4 = new Set<string>(["floating_ip"]);
const k5 = new Set<string>(["links","servers"]);
const k6 = new Set<string>(["server"]);
const k7 = new Set<string>(["computeFault"]);
const k8 = new Set<string>(["conflict"]);
const k9 = new Set<string>(["links","securityGroups"]);
const k10 = new Set<string>(["securityGroup"]);
const k11 = new Set<string>(["securityGroupRule"]);
const k12 = new Set<string>(["links","volumes"]);
const k13 = new Set<string>(["volume"]);
const k14 = new Set<string>(["volumeAttachments"]);
const k15 = new Set<string>(["flavors","links"]);
const k16 = new Set<string>(["flavor"]);
const k17 = new Set<string>(["images","links"]);
const k18 = new Set<string>(["image"]);
const k19 = new Set<string>(["location","zone"]);
const k20 = new Set<string>(["code","details","errorid","guid","message"]);
const k21 = new Set<string>(["fixed_ip","instance_id","ip","links","pool"]);
const e22 = ["self","previous","first","next","last"];
const k23 = new Set<string>(["href","rel"]);
const k24 = new Set<string>(["id","links","zone"]);
const k25 = new Set<string>(["accessIPv4","accessIPv6","addresses","adminPass","created","flavor","flavorRef","hostId","id","image","imageRef","links","metadata","name","progress","securityGroup","status","tenantId","updated","userId","zone"]);
const k26 = new Set<string>(["accessIPv4","accessIPv6","addresses","adminPass","created","flavor","hostId","id","image","links","metadata","name","progress","securityGroup","status","tenantId","updated","userId","zone"]);
const k27 = new Set<string>(["code","details","message"]);
const k28 = new Set<string>(["accountNumber","description","displayName","fault","id","links","rules","servers"]);
const k29 = new Set<string>(["cidr","fromPort","id","links","parentGroupId","protocol","toPort"]);
const r30 = new RegExp("^[0-9]+$", "u");
const r31 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}Z?$", "u");
const e32 = ["Pending","Open","ClosePending"];
const k33 = new Set<string>(["attachments","availability_zone","created_at","display_description","display_name","id","links","metadata","size","snapshot_id","status","volume_type"]);
const k34 = new Set<string>(["device","id","serverId","volumeId"]);
const k35 = new Set<string>(["id","links","name"]);
const r36 = new RegExp("^[1-9][0-9]*$", "u");
const k37 = new Set<string>(["disk","id","links","name","ram","vcpu"]);
const k38 = new Set<string>(["id","links","name","zones"]);
const k39 = new Set<string>(["created","id","links","name","status","updated","zones"]);
const e40 = ["ACTIVE","SAVING","DELETED"];
const r41 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$", "u");
const r42 = new RegExp("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})?$", "u");
const k43 = new Set<string>(["accessIPv4","accessIPv6","addresses","adminPass","created","hostId","id","links","metadata","name","progress","securityGroup","status","tenantId","updated","userId","zone"]);
const k44 = new Set<string>(["cidr","fromPort","id","protocol","toPort"]);
const r45 = new RegExp("^[0-9]{1,5}$", "u");
const e46 = ["self","bookmark"];
const e47 = ["BUILD","ACTIVE","PROCESSING","SUSPENDED","STOPPED","DELETED","UNKNOWN"];
const k48 = new Set<string>(["private","public"]);
const k49 = new Set<string>(["id","links"]);
const e50 = [4];
const k51 = new Set<string>(["addr","version"]);

function s0(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "VolumeAttachment", v34, true);
      }
    }
  };
}
function s1(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        typed(f, y, q, "", n + 1, 1, true);
      }
    }
  };
}
function s2(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      nested(f, x.links, p, "/links", n + 3, "Links", v39, true);
      if (o) undeclaredProperties(f, x, p, n, k35, false);
    }
  };
}
function s3(n: number, o: boolean) {
  const a0 = s1(n + 5);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      nested(f, x.links, p, "/links", n + 3, "Links", v39, true);
      nested(f, x.zones, p, "/zones", n + 4, "array of string", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k38, false);
    }
  };
}
function s4(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "ServerAddress", v50, true);
      }
    }
  };
}
function v0_0(x: any, p: string, f: DriftFinding[], n = 2): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Zone", v24, true);
    }
  }
}
function v0(x: any, p: string, f: DriftFinding[], n = 0): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    const q = p + "/*";
    for (const k in x) {
      if (k0.has(k)) continue;
      const z = x[k];
      nested(f, z, q, "", n + 1, "array of Zone", v0_0, true);
    }
  }
}
function v1(x: any, p: string, f: DriftFinding[], n = 4): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.forbidden, p, "/forbidden", n + 1, "FaultDetail", v25, true);
    undeclaredProperties(f, x, p, n, k1, false);
  }
}
function v2(x: any, p: string, f: DriftFinding[], n = 6): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.itemNotFound, p, "/itemNotFound", n + 1, "FaultDetail", v25, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v3_0(x: any, p: string, f: DriftFinding[], n = 10): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "FlexibleIp", v26, true);
    }
  }
}
function v3(x: any, p: string, f: DriftFinding[], n = 8): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.floating_ips, p, "/floating_ips", n + 1, "array of FlexibleIp", v3_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v4(x: any, p: string, f: DriftFinding[], n = 13): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.floating_ip, p, "/floating_ip", n + 1, "FlexibleIp", v26, true);
    undeclaredProperties(f, x, p, n, k4, false);
  }
}
function v5_0(x: any, p: string, f: DriftFinding[], n = 17): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    if (x.length < 1) outOfBounds(f, p, n, "at least 1 item", x);
    if (x.length > 1) outOfBounds(f, p, n, "at most 1 item", x);
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "FlexibleIp", v26, true);
    }
  }
}
function v5(x: any, p: string, f: DriftFinding[], n = 15): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.floating_ip, p, "/floating_ip", n + 1, "array of FlexibleIp", v5_0, true);
    undeclaredProperties(f, x, p, n, k4, false);
  }
}
function v6_0(x: any, p: string, f: DriftFinding[], n = 21): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServerSummary", v28, true);
    }
  }
}
function v6(x: any, p: string, f: DriftFinding[], n = 19): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.servers, p, "/servers", n + 1, "array of ServerSummary", v6_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k5, false);
  }
}
function v7(x: any, p: string, f: DriftFinding[], n = 24): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.server, p, "/server", n + 1, "CreatedServer", v29, true);
    undeclaredProperties(f, x, p, n, k6, false);
  }
}
function v8(x: any, p: string, f: DriftFinding[], n = 26): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.computeFault, p, "/computeFault", n + 1, "FaultDetail", v25, true);
    undeclaredProperties(f, x, p, n, k7, false);
  }
}
function v9_0(x: any, p: string, f: DriftFinding[], n = 30): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Server", v30, true);
    }
  }
}
function v9(x: any, p: string, f: DriftFinding[], n = 28): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.servers, p, "/servers", n + 1, "array of Server", v9_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k5, false);
  }
}
function v10(x: any, p: string, f: DriftFinding[], n = 33): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.server, p, "/server", n + 1, "Server", v30, true);
    undeclaredProperties(f, x, p, n, k6, false);
  }
}
function v11(x: any, p: string, f: DriftFinding[], n = 35): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.conflict, p, "/conflict", n + 1, "FaultDetail", v25, true);
    undeclaredProperties(f, x, p, n, k8, false);
  }
}
function v12_0(x: any, p: string, f: DriftFinding[], n = 39): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SecurityGroup", v31, true);
    }
  }
}
function v12(x: any, p: string, f: DriftFinding[], n = 37): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.securityGroups, p, "/securityGroups", n + 1, "array of SecurityGroup", v12_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k9, false);
  }
}
function v13(x: any, p: string, f: DriftFinding[], n = 42): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.securityGroup, p, "/securityGroup", n + 1, "SecurityGroup", v31, true);
    undeclaredProperties(f, x, p, n, k10, false);
  }
}
function v14(x: any, p: string, f: DriftFinding[], n = 44): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.securityGroupRule, p, "/securityGroupRule", n + 1, "SecurityGroupRule", v32, true);
    undeclaredProperties(f, x, p, n, k11, false);
  }
}
function v15_0(x: any, p: string, f: DriftFinding[], n = 48): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Volume", v33, true);
    }
  }
}
function v15(x: any, p: string, f: DriftFinding[], n = 46): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.volumes, p, "/volumes", n + 1, "array of Volume", v15_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k12, false);
  }
}
function v16(x: any, p: string, f: DriftFinding[], n = 51): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.volume, p, "/volume", n + 1, "Volume", v33, true);
    undeclaredProperties(f, x, p, n, k13, false);
  }
}
function v17(x: any, p: string, f: DriftFinding[], n = 53): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.volumeAttachments, p, "/volumeAttachments", n + 1, "array of VolumeAttachment", v17_0, true);
    undeclaredProperties(f, x, p, n, k14, false);
  }
}
function v18_0(x: any, p: string, f: DriftFinding[], n = 59): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "FlavorSummary", v35, true);
    }
  }
}
function v18(x: any, p: string, f: DriftFinding[], n = 57): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.flavors, p, "/flavors", n + 1, "array of FlavorSummary", v18_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k15, false);
  }
}
function v19(x: any, p: string, f: DriftFinding[], n = 62): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.flavor, p, "/flavor", n + 1, "Flavor", v36, true);
    undeclaredProperties(f, x, p, n, k16, false);
  }
}
function v20_0(x: any, p: string, f: DriftFinding[], n = 66): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Flavor", v36, true);
    }
  }
}
function v20(x: any, p: string, f: DriftFinding[], n = 64): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.flavors, p, "/flavors", n + 1, "array of Flavor", v20_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k15, false);
  }
}
function v21_0(x: any, p: string, f: DriftFinding[], n = 71): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Image", v37, true);
    }
  }
}
function v21(x: any, p: string, f: DriftFinding[], n = 69): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.images, p, "/images", n + 1, "array of Image", v21_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k17, false);
  }
}
function v22_0(x: any, p: string, f: DriftFinding[], n = 76): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ImageDetail", v38, true);
    }
  }
}
function v22(x: any, p: string, f: DriftFinding[], n = 74): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.images, p, "/images", n + 1, "array of ImageDetail", v22_0, true);
    nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
    undeclaredProperties(f, x, p, n, k17, false);
  }
}
function v23(x: any, p: string, f: DriftFinding[], n = 79): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.image, p, "/image", n + 1, "ImageDetail", v38, true);
    undeclaredProperties(f, x, p, n, k18, false);
  }
}
function v24(x: any, p: string, f: DriftFinding[], n = 81): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.zone, p, "/zone", n + 1, 1, true);
    typed(f, x.location, p, "/location", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k19, false);
  }
}
function v25(x: any, p: string, f: DriftFinding[], n = 84): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.message, p, "/message", n + 1, 1, true);
    let y: any;
    y = x.code;
    if (y === undefined) missing(f, p + "/code", n + 2, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/code", n + 2, "integer", y);
      else {
        if (y < 400) outOfBounds(f, p + "/code", n + 2, "a number ≥ 400", y);
        if (y > 599) outOfBounds(f, p + "/code", n + 2, "a number ≤ 599", y);
      }
    }
    typed(f, x.details, p, "/details", n + 3, 1, true);
    y = x.errorid;
    if (y !== undefined) {
      if (!(typeof y === "string")) typeMismatch(f, p + "/errorid", n + 4, "string", y);
      else {
        if (!formats["uuid"]!(y)) wrongFormat(f, p + "/errorid", n + 4, "uuid");
      }
    }
    y = x.guid;
    if (y !== undefined) {
      if (!(typeof y === "string")) typeMismatch(f, p + "/guid", n + 5, "string", y);
      else {
        if (!formats["uuid"]!(y)) wrongFormat(f, p + "/guid", n + 5, "uuid");
      }
    }
    undeclaredProperties(f, x, p, n, k20, false);
  }
}
function v26(x: any, p: string, f: DriftFinding[], n = 90): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.instance_id, p, "/instance_id", n + 1, 17, true);
    let y: any;
    y = x.ip;
    if (y === undefined) missing(f, p + "/ip", n + 2, "string (ipv4)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/ip", n + 2, "string", y);
      else {
        if (!formats["ipv4"]!(y)) wrongFormat(f, p + "/ip", n + 2, "ipv4");
      }
    }
    typed(f, x.fixed_ip, p, "/fixed_ip", n + 3, 17, true);
    nested(f, x.links, p, "/links", n + 4, "Links", v39, true);
    typed(f, x.pool, p, "/pool", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k21, false);
  }
}
function v27_0(x: any, p: string, f: DriftFinding[], n = 98): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.rel, p, "/rel", n + 1, 1, e22, true);
    let y: any;
    y = x.href;
    if (y === undefined) missing(f, p + "/href", n + 2, "string (uri-reference)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/href", n + 2, "string", y);
      else {
        if (!formats["uri-reference"]!(y)) wrongFormat(f, p + "/href", n + 2, "uri-reference");
      }
    }
    undeclaredProperties(f, x, p, n, k23, false);
  }
}
function v27(x: any, p: string, f: DriftFinding[], n = 96): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "object", v27_0, true);
    }
  }
}
function v28(x: any, p: string, f: DriftFinding[], n = 101): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.zone, p, "/zone", n + 2, 1, true);
    nested(f, x.links, p, "/links", n + 3, "Links", v39, true);
    undeclaredProperties(f, x, p, n, k24, false);
  }
}
function v29_0(x: any, p: string, f: DriftFinding[], n = 108): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.adminPass, p, "/adminPass", n + 1, 1, true);
    nested(f, x.image, p, "/image", n + 2, "ServerImage", v41, false);
    nested(f, x.flavor, p, "/flavor", n + 3, "ServerFlavor", v42, false);
    nested(f, x.imageRef, p, "/imageRef", n + 4, "ServerImage", v41, false);
    nested(f, x.flavorRef, p, "/flavorRef", n + 5, "ServerFlavor", v42, false);
  }
}
function v29(x: any, p: string, f: DriftFinding[], n = 105): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k25, false);
  }
  v40(x, p, f);
  v29_0(x, p, f);
}
function v30_0(x: any, p: string, f: DriftFinding[], n = 117): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.image, p, "/image", n + 1, "ServerImage", v41, true);
    nested(f, x.flavor, p, "/flavor", n + 2, "ServerFlavor", v42, true);
  }
}
function v30(x: any, p: string, f: DriftFinding[], n = 114): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k26, false);
  }
  v40(x, p, f);
  v30_0(x, p, f);
}
function v31_0(x: any, p: string, f: DriftFinding[], n = 126): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "GroupRule", v43, true);
    }
  }
}
function v31_2(x: any, p: string, f: DriftFinding[], n = 133): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.message, p, "/message", n + 1, 1, true);
    typed(f, x.code, p, "/code", n + 2, 5, true);
    typed(f, x.details, p, "/details", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k27, false);
  }
}
function v31(x: any, p: string, f: DriftFinding[], n = 120): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.displayName, p, "/displayName", n + 2, 1, true);
    typed(f, x.description, p, "/description", n + 3, 1, true);
    nested(f, x.links, p, "/links", n + 4, "Links", v39, true);
    nested(f, x.rules, p, "/rules", n + 5, "array of GroupRule", v31_0, true);
    nested(f, x.servers, p, "/servers", n + 8, "array of string", v31_1, true);
    typed(f, x.accountNumber, p, "/accountNumber", n + 11, 1, true);
    nested(f, x.fault, p, "/fault", n + 12, "object", v31_2, false);
    undeclaredProperties(f, x, p, n, k28, false);
  }
}
function v32(x: any, p: string, f: DriftFinding[], n = 137): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.fromPort, p, "/fromPort", n + 2, "PortNumber", v44, true);
    nested(f, x.toPort, p, "/toPort", n + 3, "PortNumber", v44, true);
    typed(f, x.protocol, p, "/protocol", n + 4, 1, true);
    typed(f, x.cidr, p, "/cidr", n + 5, 1, true);
    typed(f, x.parentGroupId, p, "/parentGroupId", n + 6, 1, true);
    nested(f, x.links, p, "/links", n + 7, "Links", v39, true);
    undeclaredProperties(f, x, p, n, k29, false);
  }
}
function v33_0_0(x: any, p: string, f: DriftFinding[], n = 151): void {
  if (!(Number.isInteger(x))) typeMismatch(f, p, n, "integer", x);
  else {
    if (x < 0) outOfBounds(f, p, n, "a number ≥ 0", x);
  }
}
function v33_0_1(x: any, p: string, f: DriftFinding[], n = 152): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!r30.test(x)) outOfBounds(f, p, n, "a string matching ^[0-9]+$", x);
  }
}
function v33_0(x: any, p: string, f: DriftFinding[], n = 150): void {
  oneOf(f, p, n, x, [v33_0_0, v33_0_1], true);
}
function v33_1(x: any, p: string, f: DriftFinding[], n = 155): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    const q = p + "/*";
    for (const k in x) {
      if (k0.has(k)) continue;
      const z = x[k];
      typed(f, z, q, "", n + 1, 1, true);
    }
  }
}
function v33(x: any, p: string, f: DriftFinding[], n = 145): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.display_name, p, "/display_name", n + 2, 1, true);
    typed(f, x.display_description, p, "/display_description", n + 3, 1, true);
    nested(f, x.size, p, "/size", n + 4, "one of integer, string", v33_0, true);
    typed(f, x.volume_type, p, "/volume_type", n + 8, 1, true);
    nested(f, x.metadata, p, "/metadata", n + 9, "object", v33_1, true);
    typed(f, x.availability_zone, p, "/availability_zone", n + 12, 1, true);
    nested(f, x.attachments, p, "/attachments", n + 13, "array of VolumeAttachment", v33_2, true);
    nested(f, x.links, p, "/links", n + 16, "Links", v39, true);
    typed(f, x.snapshot_id, p, "/snapshot_id", n + 17, 1, true);
    let y: any;
    y = x.created_at;
    if (y === undefined) missing(f, p + "/created_at", n + 18, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/created_at", n + 18, "string", y);
      else {
        if (!r31.test(y)) outOfBounds(f, p + "/created_at", n + 18, "a string matching ^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}Z?$", y);
      }
    }
    enumerated(f, x.status, p, "/status", n + 19, 1, e32, false);
    undeclaredProperties(f, x, p, n, k33, false);
  }
}
function v34(x: any, p: string, f: DriftFinding[], n = 165): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 5, true);
    typed(f, x.serverId, p, "/serverId", n + 2, 5, true);
    typed(f, x.volumeId, p, "/volumeId", n + 3, 5, true);
    typed(f, x.device, p, "/device", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k34, false);
  }
}
function v36(x: any, p: string, f: DriftFinding[], n = 174): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.links, p, "/links", n + 3, "Links", v39, true);
    let y: any;
    y = x.vcpu;
    if (y === undefined) missing(f, p + "/vcpu", n + 4, "integer or string");
    else {
      if (!(Number.isInteger(y) || typeof y === "string")) typeMismatch(f, p + "/vcpu", n + 4, "integer or string", y);
      else {
        if (typeof y === "string") {
          if (!r36.test(y)) outOfBounds(f, p + "/vcpu", n + 4, "a string matching ^[1-9][0-9]*$", y);
        }
        if (typeof y === "number") {
          if (y < 1) outOfBounds(f, p + "/vcpu", n + 4, "a number ≥ 1", y);
        }
      }
    }
    y = x.ram;
    if (y === undefined) missing(f, p + "/ram", n + 5, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/ram", n + 5, "integer", y);
      else {
        if (y < 0) outOfBounds(f, p + "/ram", n + 5, "a number ≥ 0", y);
      }
    }
    y = x.disk;
    if (y === undefined) missing(f, p + "/disk", n + 6, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/disk", n + 6, "integer", y);
      else {
        if (y < 0) outOfBounds(f, p + "/disk", n + 6, "a number ≥ 0", y);
      }
    }
    undeclaredProperties(f, x, p, n, k37, false);
  }
}
function v38_0(x: any, p: string, f: DriftFinding[], n = 191): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.status, p, "/status", n + 1, 1, e40, true);
    let y: any;
    y = x.created;
    if (y === undefined) missing(f, p + "/created", n + 2, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/created", n + 2, "string", y);
      else {
        if (!r41.test(y)) outOfBounds(f, p + "/created", n + 2, "a string matching ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$", y);
      }
    }
    typed(f, x.updated, p, "/updated", n + 3, 16, true);
  }
}
function v38(x: any, p: string, f: DriftFinding[], n = 188): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k39, false);
  }
  v45(x, p, f);
  v38_0(x, p, f);
}
function v39(x: any, p: string, f: DriftFinding[], n = 195): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Link", v46, true);
    }
  }
}
function v40_0(x: any, p: string, f: DriftFinding[], n = 215): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length > 0) outOfBounds(f, p, n, "at most 0 properties", x);
  }
}
function v40(x: any, p: string, f: DriftFinding[], n = 197): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.status, p, "/status", n + 3, "ServerStatus", v47, true);
    let y: any;
    y = x.progress;
    if (y === undefined) missing(f, p + "/progress", n + 4, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/progress", n + 4, "integer", y);
      else {
        if (y < 0) outOfBounds(f, p + "/progress", n + 4, "a number ≥ 0", y);
        if (y > 100) outOfBounds(f, p + "/progress", n + 4, "a number ≤ 100", y);
      }
    }
    nested(f, x.links, p, "/links", n + 5, "Links", v39, true);
    nested(f, x.addresses, p, "/addresses", n + 6, "ServerAddresses", v48, true);
    nested(f, x.securityGroup, p, "/securityGroup", n + 7, "ServerSecurityGroup", v49, false);
    typed(f, x.userId, p, "/userId", n + 8, 1, true);
    typed(f, x.hostId, p, "/hostId", n + 9, 1, true);
    typed(f, x.zone, p, "/zone", n + 10, 1, false);
    y = x.created;
    if (y === undefined) missing(f, p + "/created", n + 11, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/created", n + 11, "string", y);
      else {
        if (!r42.test(y)) outOfBounds(f, p + "/created", n + 11, "a string matching ^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})?$", y);
      }
    }
    typed(f, x.updated, p, "/updated", n + 12, 17, true);
    typed(f, x.tenantId, p, "/tenantId", n + 13, 17, true);
    y = x.accessIPv4;
    if (y === undefined) missing(f, p + "/accessIPv4", n + 14, "string (ipv4)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/accessIPv4", n + 14, "string", y);
      else {
        if (!formats["ipv4"]!(y)) wrongFormat(f, p + "/accessIPv4", n + 14, "ipv4");
      }
    }
    typed(f, x.accessIPv6, p, "/accessIPv6", n + 15, 17, true);
    typed(f, x.adminPass, p, "/adminPass", n + 16, 17, false);
    nested(f, x.metadata, p, "/metadata", n + 17, "object", v40_0, true);
  }
}
function v42(x: any, p: string, f: DriftFinding[], n = 220): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 5, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.links, p, "/links", n + 3, "Links", v39, true);
    undeclaredProperties(f, x, p, n, k35, false);
  }
}
function v43(x: any, p: string, f: DriftFinding[], n = 224): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.fromPort, p, "/fromPort", n + 2, "PortNumber", v44, true);
    nested(f, x.toPort, p, "/toPort", n + 3, "PortNumber", v44, true);
    typed(f, x.protocol, p, "/protocol", n + 4, 1, true);
    typed(f, x.cidr, p, "/cidr", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k44, false);
  }
}
function v44_0(x: any, p: string, f: DriftFinding[], n = 231): void {
  if (!(Number.isInteger(x))) typeMismatch(f, p, n, "integer", x);
  else {
    if (x < 0) outOfBounds(f, p, n, "a number ≥ 0", x);
    if (x > 65535) outOfBounds(f, p, n, "a number ≤ 65535", x);
  }
}
function v44_1(x: any, p: string, f: DriftFinding[], n = 232): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!r45.test(x)) outOfBounds(f, p, n, "a string matching ^[0-9]{1,5}$", x);
  }
}
function v44(x: any, p: string, f: DriftFinding[], n = 230): void {
  oneOf(f, p, n, x, [v44_0, v44_1], true);
}
function v46(x: any, p: string, f: DriftFinding[], n = 233): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    let y: any;
    y = x.href;
    if (y === undefined) missing(f, p + "/href", n + 1, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/href", n + 1, "string", y);
      else {
        if (codePoints(y) < 1) outOfBounds(f, p + "/href", n + 1, "a string of at least 1 character", y);
      }
    }
    enumerated(f, x.rel, p, "/rel", n + 2, 1, e46, true);
    undeclaredProperties(f, x, p, n, k23, false);
  }
}
function v47(x: any, p: string, f: DriftFinding[], n = 236): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e47.includes(x)) notInEnum(f, p, n, e47, x);
  }
}
function v48(x: any, p: string, f: DriftFinding[], n = 237): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.public, p, "/public", n + 1, "array of ServerAddress", v48_0, true);
    nested(f, x.private, p, "/private", n + 4, "array of ServerAddress", v48_1, true);
    undeclaredProperties(f, x, p, n, k48, false);
  }
}
function v49(x: any, p: string, f: DriftFinding[], n = 244): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.links, p, "/links", n + 2, "Links", v39, true);
    undeclaredProperties(f, x, p, n, k49, false);
  }
}
function v50(x: any, p: string, f: DriftFinding[], n = 247): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.version, p, "/version", n + 1, 4, e50, true);
    let y: any;
    y = x.addr;
    if (y === undefined) missing(f, p + "/addr", n + 2, "string (ipv4)");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/addr", n + 2, "string", y);
      else {
        if (!formats["ipv4"]!(y)) wrongFormat(f, p + "/addr", n + 2, "ipv4");
      }
    }
    undeclaredProperties(f, x, p, n, k51, false);
  }
}

const v17_0 = s0(55);
const v31_1 = s1(129);
const v33_2 = s0(159);
const v35 = s2(170, true);
const v37 = s3(181, true);
const v41 = s2(216, true);
const v45 = s3(181, false);
const v48_0 = s4(239);
const v48_1 = s4(242);

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "hostway",
  spec: "flexcloud-2014+d91985e828f6",
  nodes: [-1,"/components/schemas/ZoneList",0,"/additionalProperties",0,"/additionalProperties",2,"/items",-1,"/components/schemas/ForbiddenFault",4,"forbidden",-1,"/components/schemas/ItemNotFoundFault",6,"itemNotFound",-1,"/components/schemas/FlexibleIpList",8,"floating_ips",8,"floating_ips",10,"/items",8,"links",-1,"/components/schemas/FlexibleIpEnvelope",13,"floating_ip",-1,"/components/schemas/FlexibleIpView",15,"floating_ip",15,"floating_ip",17,"/items",-1,"/components/schemas/ServerList",19,"servers",19,"servers",21,"/items",19,"links",-1,"/components/schemas/CreatedServerEnvelope",24,"server",-1,"/components/schemas/ComputeFault",26,"computeFault",-1,"/components/schemas/ServerDetailList",28,"servers",28,"servers",30,"/items",28,"links",-1,"/components/schemas/ServerEnvelope",33,"server",-1,"/components/schemas/ConflictFault",35,"conflict",-1,"/components/schemas/SecurityGroupList",37,"securityGroups",37,"securityGroups",39,"/items",37,"links",-1,"/components/schemas/SecurityGroupEnvelope",42,"securityGroup",-1,"/components/schemas/SecurityGroupRuleEnvelope",44,"securityGroupRule",-1,"/components/schemas/VolumeList",46,"volumes",46,"volumes",48,"/items",46,"links",-1,"/components/schemas/VolumeEnvelope",51,"volume",-1,"/components/schemas/VolumeAttachmentList",53,"volumeAttachments",53,"volumeAttachments",55,"/items",-1,"/components/schemas/FlavorList",57,"flavors",57,"flavors",59,"/items",57,"links",-1,"/components/schemas/FlavorEnvelope",62,"flavor",-1,"/components/schemas/FlavorDetailList",64,"flavors",64,"flavors",66,"/items",64,"links",-1,"/components/schemas/ImageList",69,"images",69,"images",71,"/items",69,"links",-1,"/components/schemas/ImageDetailList",74,"images",74,"images",76,"/items",74,"links",-1,"/components/schemas/ImageEnvelope",79,"image",-1,"/components/schemas/Zone",81,"zone",81,"location",-1,"/components/schemas/FaultDetail",84,"message",84,"code",84,"details",84,"errorid",84,"guid",-1,"/components/schemas/FlexibleIp",90,"instance_id",90,"ip",90,"fixed_ip",90,"links",90,"pool",-1,"/components/schemas/PageLinks",96,"/items",96,"/items",98,"rel",98,"href",-1,"/components/schemas/ServerSummary",101,"id",101,"zone",101,"links",-1,"/components/schemas/CreatedServer",105,"/allOf/0",105,"/allOf/1",105,"/allOf/1",108,"adminPass",108,"image",108,"flavor",108,"imageRef",108,"flavorRef",-1,"/components/schemas/Server",114,"/allOf/0",114,"/allOf/1",114,"/allOf/1",117,"image",117,"flavor",-1,"/components/schemas/SecurityGroup",120,"id",120,"displayName",120,"description",120,"links",120,"rules",120,"rules",126,"/items",120,"servers",120,"servers",129,"/items",120,"accountNumber",120,"fault",120,"fault",133,"message",133,"code",133,"details",-1,"/components/schemas/SecurityGroupRule",137,"id",137,"fromPort",137,"toPort",137,"protocol",137,"cidr",137,"parentGroupId",137,"links",-1,"/components/schemas/Volume",145,"id",145,"display_name",145,"display_description",145,"size",145,"size",149,"/oneOf/0",149,"/oneOf/1",145,"volume_type",145,"metadata",145,"metadata",155,"/additionalProperties",145,"availability_zone",145,"attachments",145,"attachments",159,"/items",145,"links",145,"snapshot_id",145,"created_at",145,"status",-1,"/components/schemas/VolumeAttachment",165,"id",165,"serverId",165,"volumeId",165,"device",-1,"/components/schemas/FlavorSummary",170,"id",170,"name",170,"links",-1,"/components/schemas/Flavor",174,"id",174,"name",174,"links",174,"vcpu",174,"ram",174,"disk",-1,"/components/schemas/Image",181,"id",181,"name",181,"links",181,"zones",181,"zones",186,"/items",-1,"/components/schemas/ImageDetail",188,"/allOf/0",188,"/allOf/1",188,"/allOf/1",191,"status",191,"created",191,"updated",-1,"/components/schemas/Links",195,"/items",-1,"/components/schemas/ServerBase",197,"id",197,"name",197,"status",197,"progress",197,"links",197,"addresses",197,"securityGroup",197,"userId",197,"hostId",197,"zone",197,"created",197,"updated",197,"tenantId",197,"accessIPv4",197,"accessIPv6",197,"adminPass",197,"metadata",197,"metadata",-1,"/components/schemas/ServerImage",216,"id",216,"name",216,"links",-1,"/components/schemas/ServerFlavor",220,"id",220,"name",220,"links",-1,"/components/schemas/GroupRule",224,"id",224,"fromPort",224,"toPort",224,"protocol",224,"cidr",-1,"/components/schemas/PortNumber",230,"/oneOf/0",230,"/oneOf/1",-1,"/components/schemas/Link",233,"href",233,"rel",-1,"/components/schemas/ServerStatus",-1,"/components/schemas/ServerAddresses",237,"public",237,"public",239,"/items",237,"private",237,"private",242,"/items",-1,"/components/schemas/ServerSecurityGroup",244,"id",244,"links",-1,"/components/schemas/ServerAddress",247,"version",247,"addr"],
  operations: {
    "GET /accounts/{accountId}/flexcloud/zone": ["listZones", { "200": v0, "401": 0, "403": v1, "404": v2 }],
    "GET /zone": ["listZonesForCurrentAccount", { "200": v0, "401": 0, "403": v1 }],
    "GET /accounts/{accountId}/flexcloud/os-floating-ips": ["listFlexibleIps", { "200": v3, "303": 0, "401": 0, "404": v2 }],
    "POST /accounts/{accountId}/flexcloud/os-floating-ips": ["allocateFlexibleIp", { "202": v4, "401": 0, "404": v2 }],
    "GET /os-floating-ips": ["listFlexibleIpsForCurrentAccount", { "200": v3, "303": 0, "401": 0 }],
    "POST /os-floating-ips": ["allocateFlexibleIpForCurrentAccount", { "202": v4, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}": ["getFlexibleIp", { "200": v5, "401": 0, "404": v2 }],
    "DELETE /accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}": ["releaseFlexibleIp", { "202": 0, "401": 0, "404": v2 }],
    "GET /os-floating-ips/{ipAddress}": ["getFlexibleIpForCurrentAccount", { "200": v5, "401": 0, "404": v2 }],
    "DELETE /os-floating-ips/{ipAddress}": ["releaseFlexibleIpForCurrentAccount", { "202": 0, "401": 0, "404": v2 }],
    "GET /accounts/{accountId}/flexcloud/servers": ["listServers", { "200": v6, "303": 0, "401": 0, "404": v2 }],
    "POST /accounts/{accountId}/flexcloud/servers": ["createServer", { "202": v7, "400": v8, "401": 0, "404": v2 }],
    "GET /servers": ["listServersForCurrentAccount", { "200": v6, "303": 0, "401": 0 }],
    "POST /servers": ["createServerForCurrentAccount", { "202": v7, "400": v8, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/servers/detail": ["listServersWithDetails", { "200": v9, "303": 0, "401": 0, "404": v2 }],
    "GET /servers/detail": ["listServersWithDetailsForCurrentAccount", { "200": v9, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/servers/{serverId}": ["getServer", { "200": v10, "401": 0, "404": v2 }],
    "PUT /accounts/{accountId}/flexcloud/servers/{serverId}": ["updateServer", { "200": v10, "400": v8, "401": 0, "403": v1, "404": v2, "409": v11 }],
    "DELETE /accounts/{accountId}/flexcloud/servers/{serverId}": ["deleteServer", { "204": 0, "401": 0, "403": v1, "404": v2, "409": v11 }],
    "GET /servers/{serverId}": ["getServerForCurrentAccount", { "200": v10, "401": 0, "404": v2 }],
    "PUT /servers/{serverId}": ["updateServerForCurrentAccount", { "200": v10, "400": v8, "401": 0, "403": v1, "404": v2, "409": v11 }],
    "DELETE /servers/{serverId}": ["deleteServerForCurrentAccount", { "204": 0, "401": 0, "403": v1, "404": v2, "409": v11 }],
    "POST /accounts/{accountId}/flexcloud/servers/{serverId}/action": ["performServerAction", { "202": 0, "400": v8, "401": 0, "403": v1, "404": v2, "405": v8, "409": v11, "500": v8, "502": v8, "503": v8 }],
    "POST /servers/{serverId}/action": ["performServerActionForCurrentAccount", { "202": 0, "400": v8, "401": 0, "403": v1, "404": v2, "405": v8, "409": v11, "500": v8, "502": v8, "503": v8 }],
    "GET /accounts/{accountId}/flexcloud/os-security-groups": ["listSecurityGroups", { "200": v12, "303": 0, "401": 0, "404": v2 }],
    "POST /accounts/{accountId}/flexcloud/os-security-groups": ["createSecurityGroup", { "201": v13, "400": v8, "401": 0, "404": v2 }],
    "GET /os-security-groups": ["listSecurityGroupsForCurrentAccount", { "200": v12, "303": 0, "401": 0 }],
    "POST /os-security-groups": ["createSecurityGroupForCurrentAccount", { "201": v13, "400": v8, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}": ["getSecurityGroup", { "200": v13, "401": 0, "404": v2 }],
    "DELETE /accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}": ["deleteSecurityGroup", { "204": 0, "401": 0, "404": v2 }],
    "GET /os-security-groups/{securityGroupId}": ["getSecurityGroupForCurrentAccount", { "200": v13, "401": 0, "404": v2 }],
    "DELETE /os-security-groups/{securityGroupId}": ["deleteSecurityGroupForCurrentAccount", { "204": 0, "401": 0, "404": v2 }],
    "POST /accounts/{accountId}/flexcloud/os-security-group-rules": ["createSecurityGroupRule", { "201": v14, "400": v8, "401": 0, "404": v2 }],
    "POST /os-security-group-rules": ["createSecurityGroupRuleForCurrentAccount", { "201": v14, "400": v8, "401": 0 }],
    "DELETE /accounts/{accountId}/flexcloud/os-security-group-rules/{ruleId}": ["deleteSecurityGroupRule", { "204": 0, "401": 0, "404": v2 }],
    "DELETE /os-security-group-rules/{ruleId}": ["deleteSecurityGroupRuleForCurrentAccount", { "204": 0, "401": 0, "404": v2 }],
    "GET /accounts/{accountId}/flexcloud/volumes": ["listVolumes", { "200": v15, "303": 0, "401": 0, "404": v2 }],
    "GET /volumes": ["listVolumesForCurrentAccount", { "200": v15, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/volumes/detail": ["listVolumesWithDetails", { "200": v15, "303": 0, "401": 0, "404": v2 }],
    "GET /volumes/detail": ["listVolumesWithDetailsForCurrentAccount", { "200": v15, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/volumes/{volumeId}": ["getVolume", { "200": v16, "401": 0, "404": v2 }],
    "DELETE /accounts/{accountId}/flexcloud/volumes/{volumeId}": ["deleteVolume", { "204": 0, "401": 0, "404": v2 }],
    "GET /volumes/{volumeId}": ["getVolumeForCurrentAccount", { "200": v16, "401": 0, "404": v2 }],
    "DELETE /volumes/{volumeId}": ["deleteVolumeForCurrentAccount", { "204": 0, "401": 0, "404": v2 }],
    "GET /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments": ["listServerVolumeAttachments", { "200": v17, "401": 0, "404": v2 }],
    "POST /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments": ["attachVolume", { "200": 0, "401": 0, "404": v2, "409": v11 }],
    "GET /servers/{serverId}/os-volume_attachments": ["listServerVolumeAttachmentsForCurrentAccount", { "200": v17, "401": 0, "404": v2 }],
    "POST /servers/{serverId}/os-volume_attachments": ["attachVolumeForCurrentAccount", { "200": 0, "401": 0, "404": v2, "409": v11 }],
    "GET /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}": ["getServerVolumeAttachment", { "200": v16, "401": 0, "404": v2 }],
    "DELETE /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}": ["detachVolume", { "204": 0, "401": 0, "404": v2 }],
    "GET /servers/{serverId}/os-volume_attachments/{volumeId}": ["getServerVolumeAttachmentForCurrentAccount", { "200": v16, "401": 0, "404": v2 }],
    "DELETE /servers/{serverId}/os-volume_attachments/{volumeId}": ["detachVolumeForCurrentAccount", { "204": 0, "401": 0, "404": v2 }],
    "GET /accounts/{accountId}/flexcloud/flavors": ["listFlavors", { "200": v18, "303": 0, "401": 0, "404": v2 }],
    "GET /flavors": ["listFlavorsForCurrentAccount", { "200": v18, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/flavors/{flavorId}": ["getFlavor", { "200": v19, "401": 0, "403": v1, "404": v2 }],
    "GET /flavors/{flavorId}": ["getFlavorForCurrentAccount", { "200": v19, "401": 0, "403": v1, "404": v2 }],
    "GET /accounts/{accountId}/flexcloud/flavors/detail": ["listFlavorsWithDetails", { "200": v20, "303": 0, "401": 0, "404": v2 }],
    "GET /flavors/detail": ["listFlavorsWithDetailsForCurrentAccount", { "200": v20, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/flavors/detail/{flavorId}": ["getFlavorDetails", { "200": v19, "401": 0, "403": v1, "404": v2 }],
    "GET /flavors/detail/{flavorId}": ["getFlavorDetailsForCurrentAccount", { "200": v19, "401": 0, "403": v1, "404": v2 }],
    "GET /accounts/{accountId}/flexcloud/images": ["listImages", { "200": v21, "303": 0, "401": 0, "404": v2 }],
    "GET /images": ["listImagesForCurrentAccount", { "200": v21, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/images/detail": ["listImagesWithDetails", { "200": v22, "303": 0, "401": 0, "404": v2 }],
    "GET /images/detail": ["listImagesWithDetailsForCurrentAccount", { "200": v22, "303": 0, "401": 0 }],
    "GET /accounts/{accountId}/flexcloud/images/{imageId}": ["getImage", { "200": v23, "401": 0, "403": v1, "404": v2 }],
    "GET /images/{imageId}": ["getImageForCurrentAccount", { "200": v23, "401": 0, "403": v1, "404": v2 }],
  },
});
