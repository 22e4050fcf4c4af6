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
        nested(f, y, q, "", n + 1, "Zone", v24, true);
      }
    }
  };
}
function s1(n: number) {
  const a0 = s0(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      const q = p + "/*";
      for (const k in x) {
        if (k0.has(k)) continue;
        const z = x[k];
        nested(f, z, q, "", n + 1, "array of Zone", a0, true);
      }
    }
  };
}
function s2(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.forbidden, p, "/forbidden", n + 1, "FaultDetail", v25, true);
      if (o) undeclaredProperties(f, x, p, n, k1, false);
    }
  };
}
function s3(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.itemNotFound, p, "/itemNotFound", n + 1, "FaultDetail", v25, true);
      if (o) undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s4(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "FlexibleIp", v26, true);
      }
    }
  };
}
function s5(n: number, o: boolean) {
  const a0 = s4(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.floating_ips, p, "/floating_ips", n + 1, "array of FlexibleIp", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s6(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.floating_ip, p, "/floating_ip", n + 1, "FlexibleIp", v26, true);
      if (o) undeclaredProperties(f, x, p, n, k4, false);
    }
  };
}
function s7(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      if (x.length < 1) outOfBounds(f, p, n, "at least 1 item", x);
      if (x.length > 1) outOfBounds(f, p, n, "at most 1 item", x);
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "FlexibleIp", v26, true);
      }
    }
  };
}
function s8(n: number, o: boolean) {
  const a0 = s7(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.floating_ip, p, "/floating_ip", n + 1, "array of FlexibleIp", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k4, false);
    }
  };
}
function s9(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "ServerSummary", v28, true);
      }
    }
  };
}
function s10(n: number, o: boolean) {
  const a0 = s9(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.servers, p, "/servers", n + 1, "array of ServerSummary", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k5, false);
    }
  };
}
function s11(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.server, p, "/server", n + 1, "CreatedServer", v29, true);
      if (o) undeclaredProperties(f, x, p, n, k6, false);
    }
  };
}
function s12(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.computeFault, p, "/computeFault", n + 1, "FaultDetail", v25, true);
      if (o) undeclaredProperties(f, x, p, n, k7, false);
    }
  };
}
function s13(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "Server", v30, true);
      }
    }
  };
}
function s14(n: number, o: boolean) {
  const a0 = s13(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.servers, p, "/servers", n + 1, "array of Server", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k5, false);
    }
  };
}
function s15(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.server, p, "/server", n + 1, "Server", v30, true);
      if (o) undeclaredProperties(f, x, p, n, k6, false);
    }
  };
}
function s16(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.conflict, p, "/conflict", n + 1, "FaultDetail", v25, true);
      if (o) undeclaredProperties(f, x, p, n, k8, false);
    }
  };
}
function s17(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "SecurityGroup", v31, true);
      }
    }
  };
}
function s18(n: number, o: boolean) {
  const a0 = s17(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.securityGroups, p, "/securityGroups", n + 1, "array of SecurityGroup", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k9, false);
    }
  };
}
function s19(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.securityGroup, p, "/securityGroup", n + 1, "SecurityGroup", v31, true);
      if (o) undeclaredProperties(f, x, p, n, k10, false);
    }
  };
}
function s20(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.securityGroupRule, p, "/securityGroupRule", n + 1, "SecurityGroupRule", v32, true);
      if (o) undeclaredProperties(f, x, p, n, k11, false);
    }
  };
}
function s21(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "Volume", v33, true);
      }
    }
  };
}
function s22(n: number, o: boolean) {
  const a0 = s21(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.volumes, p, "/volumes", n + 1, "array of Volume", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k12, false);
    }
  };
}
function s23(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.volume, p, "/volume", n + 1, "Volume", v33, true);
      if (o) undeclaredProperties(f, x, p, n, k13, false);
    }
  };
}
function s24(n: number) {
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
function s25(n: number, o: boolean) {
  const a0 = s24(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.volumeAttachments, p, "/volumeAttachments", n + 1, "array of VolumeAttachment", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k14, false);
    }
  };
}
function s26(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "FlavorSummary", v35, true);
      }
    }
  };
}
function s27(n: number, o: boolean) {
  const a0 = s26(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.flavors, p, "/flavors", n + 1, "array of FlavorSummary", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k15, false);
    }
  };
}
function s28(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.flavor, p, "/flavor", n + 1, "Flavor", v36, true);
      if (o) undeclaredProperties(f, x, p, n, k16, false);
    }
  };
}
function s29(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "Flavor", v36, true);
      }
    }
  };
}
function s30(n: number, o: boolean) {
  const a0 = s29(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.flavors, p, "/flavors", n + 1, "array of Flavor", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k15, false);
    }
  };
}
function s31(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "Image", v37, true);
      }
    }
  };
}
function s32(n: number, o: boolean) {
  const a0 = s31(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.images, p, "/images", n + 1, "array of Image", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k17, false);
    }
  };
}
function s33(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "ImageDetail", v38, true);
      }
    }
  };
}
function s34(n: number, o: boolean) {
  const a0 = s33(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.images, p, "/images", n + 1, "array of ImageDetail", a0, true);
      nested(f, x.links, p, "/links", n + 4, "PageLinks", v27, false);
      if (o) undeclaredProperties(f, x, p, n, k17, false);
    }
  };
}
function s35(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.image, p, "/image", n + 1, "ImageDetail", v38, true);
      if (o) undeclaredProperties(f, x, p, n, k18, false);
    }
  };
}
function s36(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.zone, p, "/zone", n + 1, 1, true);
      typed(f, x.location, p, "/location", n + 2, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k19, false);
    }
  };
}
function s37(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
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
      if (o) undeclaredProperties(f, x, p, n, k20, false);
    }
  };
}
function s38(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
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
      if (o) undeclaredProperties(f, x, p, n, k21, false);
    }
  };
}
function s39(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
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
  };
}
function s40(n: number) {
  const a0 = s39(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "object", a0, true);
      }
    }
  };
}
function s41(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.zone, p, "/zone", n + 2, 1, true);
      nested(f, x.links, p, "/links", n + 3, "Links", v39, true);
      if (o) undeclaredProperties(f, x, p, n, k24, false);
    }
  };
}
function s42(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.adminPass, p, "/adminPass", n + 1, 1, true);
      nested(f, x.image, p, "/image", n + 2, "ServerImage", v41, false);
      nested(f, x.flavor, p, "/flavor", n + 3, "ServerFlavor", v42, false);
      nested(f, x.imageRef, p, "/imageRef", n + 4, "ServerImage", v41, false);
      nested(f, x.flavorRef, p, "/flavorRef", n + 5, "ServerFlavor", v42, false);
    }
  };
}
function s43(n: number, o: boolean) {
  const a0 = s42(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      if (o) undeclaredProperties(f, x, p, n, k25, false);
    }
    v40(x, p, f);
    a0(x, p, f);
  };
}
function s44(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.image, p, "/image", n + 1, "ServerImage", v41, true);
      nested(f, x.flavor, p, "/flavor", n + 2, "ServerFlavor", v42, true);
    }
  };
}
function s45(n: number, o: boolean) {
  const a0 = s44(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      if (o) undeclaredProperties(f, x, p, n, k26, false);
    }
    v40(x, p, f);
    a0(x, p, f);
  };
}
function s46(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "GroupRule", v43, true);
      }
    }
  };
}
function s47(n: number) {
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
function s48(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.message, p, "/message", n + 1, 1, true);
      typed(f, x.code, p, "/code", n + 2, 5, true);
      typed(f, x.details, p, "/details", n + 3, 1, true);
      undeclaredProperties(f, x, p, n, k27, false);
    }
  };
}
function s49(n: number, o: boolean) {
  const a0 = s46(n + 6), a1 = s47(n + 9), a2 = s48(n + 13);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.displayName, p, "/displayName", n + 2, 1, true);
      typed(f, x.description, p, "/description", n + 3, 1, true);
      nested(f, x.links, p, "/links", n + 4, "Links", v39, true);
      nested(f, x.rules, p, "/rules", n + 5, "array of GroupRule", a0, true);
      nested(f, x.servers, p, "/servers", n + 8, "array of string", a1, true);
      typed(f, x.accountNumber, p, "/accountNumber", n + 11, 1, true);
      nested(f, x.fault, p, "/fault", n + 12, "object", a2, false);
      if (o) undeclaredProperties(f, x, p, n, k28, false);
    }
  };
}
function s50(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      nested(f, x.fromPort, p, "/fromPort", n + 2, "PortNumber", v44, true);
      nested(f, x.toPort, p, "/toPort", n + 3, "PortNumber", v44, true);
      typed(f, x.protocol, p, "/protocol", n + 4, 1, true);
      typed(f, x.cidr, p, "/cidr", n + 5, 1, true);
      typed(f, x.parentGroupId, p, "/parentGroupId", n + 6, 1, true);
      nested(f, x.links, p, "/links", n + 7, "Links", v39, true);
      if (o) undeclaredProperties(f, x, p, n, k29, false);
    }
  };
}
function s51(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Number.isInteger(x))) typeMismatch(f, p, n, "integer", x);
    else {
      if (x < 0) outOfBounds(f, p, n, "a number ≥ 0", x);
    }
  };
}
function s52(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
    else {
      if (!r30.test(x)) outOfBounds(f, p, n, "a string matching ^[0-9]+$", x);
    }
  };
}
function s53(n: number) {
  const a0 = s51(n + 1), a1 = s52(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    oneOf(f, p, n, x, [a0, a1], true);
  };
}
function s54(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      const q = p + "/*";
      for (const k in x) {
        if (k0.has(k)) continue;
        const z = x[k];
        typed(f, z, q, "", n + 1, 1, true);
      }
    }
  };
}
function s55(n: number, o: boolean) {
  const a0 = s53(n + 5), a1 = s54(n + 10), a2 = s24(n + 14);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.display_name, p, "/display_name", n + 2, 1, true);
      typed(f, x.display_description, p, "/display_description", n + 3, 1, true);
      nested(f, x.size, p, "/size", n + 4, "one of integer, string", a0, true);
      typed(f, x.volume_type, p, "/volume_type", n + 8, 1, true);
      nested(f, x.metadata, p, "/metadata", n + 9, "object", a1, true);
      typed(f, x.availability_zone, p, "/availability_zone", n + 12, 1, true);
      nested(f, x.attachments, p, "/attachments", n + 13, "array of VolumeAttachment", a2, true);
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
      if (o) undeclaredProperties(f, x, p, n, k33, false);
    }
  };
}
function s56(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 5, true);
      typed(f, x.serverId, p, "/serverId", n + 2, 5, true);
      typed(f, x.volumeId, p, "/volumeId", n + 3, 5, true);
      typed(f, x.device, p, "/device", n + 4, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k34, false);
    }
  };
}
function s57(n: number, o: boolean) {
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
function s58(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
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
      if (o) undeclaredProperties(f, x, p, n, k37, false);
    }
  };
}
function s59(n: number, o: boolean) {
  const a0 = s47(n + 5);
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
function s60(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
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
  };
}
function s61(n: number, o: boolean) {
  const a0 = s60(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      if (o) undeclaredProperties(f, x, p, n, k39, false);
    }
    v45(x, p, f);
    a0(x, p, f);
  };
}
function s62(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "Link", v46, true);
      }
    }
  };
}
function s63(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length > 0) outOfBounds(f, p, n, "at most 0 properties", x);
    }
  };
}
function s64(n: number, o: boolean) {
  const a0 = s63(n + 18);
  return (x: any, p: string, f: DriftFinding[]): void => {
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
      nested(f, x.metadata, p, "/metadata", n + 17, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k43, false);
    }
  };
}
function s65(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 5, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      nested(f, x.links, p, "/links", n + 3, "Links", v39, true);
      if (o) undeclaredProperties(f, x, p, n, k35, false);
    }
  };
}
function s66(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      nested(f, x.fromPort, p, "/fromPort", n + 2, "PortNumber", v44, true);
      nested(f, x.toPort, p, "/toPort", n + 3, "PortNumber", v44, true);
      typed(f, x.protocol, p, "/protocol", n + 4, 1, true);
      typed(f, x.cidr, p, "/cidr", n + 5, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k44, false);
    }
  };
}
function s67(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Number.isInteger(x))) typeMismatch(f, p, n, "integer", x);
    else {
      if (x < 0) outOfBounds(f, p, n, "a number ≥ 0", x);
      if (x > 65535) outOfBounds(f, p, n, "a number ≤ 65535", x);
    }
  };
}
function s68(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
    else {
      if (!r45.test(x)) outOfBounds(f, p, n, "a string matching ^[0-9]{1,5}$", x);
    }
  };
}
function s69(n: number) {
  const a0 = s67(n + 1), a1 = s68(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    oneOf(f, p, n, x, [a0, a1], true);
  };
}
function s70(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
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
      if (o) undeclaredProperties(f, x, p, n, k23, false);
    }
  };
}
function s71(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
    else {
      if (!e47.includes(x)) notInEnum(f, p, n, e47, x);
    }
  };
}
function s72(n: number) {
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
function s73(n: number, o: boolean) {
  const a0 = s72(n + 2), a1 = s72(n + 5);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.public, p, "/public", n + 1, "array of ServerAddress", a0, true);
      nested(f, x.private, p, "/private", n + 4, "array of ServerAddress", a1, true);
      if (o) undeclaredProperties(f, x, p, n, k48, false);
    }
  };
}
function s74(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      nested(f, x.links, p, "/links", n + 2, "Links", v39, true);
      if (o) undeclaredProperties(f, x, p, n, k49, false);
    }
  };
}
function s75(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
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
      if (o) undeclaredProperties(f, x, p, n, k51, false);
    }
  };
}

const v0 = s1(0);
const v1 = s2(4, true);
const v2 = s3(6, true);
const v3 = s5(8, true);
const v4 = s6(13, true);
const v5 = s8(15, true);
const v6 = s10(19, true);
const v7 = s11(24, true);
const v8 = s12(26, true);
const v9 = s14(28, true);
const v10 = s15(33, true);
const v11 = s16(35, true);
const v12 = s18(37, true);
const v13 = s19(42, true);
const v14 = s20(44, true);
const v15 = s22(46, true);
const v16 = s23(51, true);
const v17 = s25(53, true);
const v18 = s27(57, true);
const v19 = s28(62, true);
const v20 = s30(64, true);
const v21 = s32(69, true);
const v22 = s34(74, true);
const v23 = s35(79, true);
const v24 = s36(81, true);
const v25 = s37(84, true);
const v26 = s38(90, true);
const v27 = s40(96);
const v28 = s41(101, true);
const v29 = s43(105, true);
const v30 = s45(114, true);
const v31 = s49(120, true);
const v32 = s50(137, true);
const v33 = s55(145, true);
const v34 = s56(165, true);
const v35 = s57(170, true);
const v36 = s58(174, true);
const v37 = s59(181, true);
const v38 = s61(188, true);
const v39 = s62(195);
const v40 = s64(197, false);
const v41 = s57(216, true);
const v42 = s65(220, true);
const v43 = s66(224, true);
const v44 = s69(230);
const v45 = s59(181, false);
const v46 = s70(233, true);
const v47 = s71(236);
const v48 = s73(237, true);
const v49 = s74(244, true);
const v50 = s75(247, true);

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
