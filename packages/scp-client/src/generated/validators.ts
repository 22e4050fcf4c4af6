// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, enumerated, isObject, missing, nested, notInEnum, oneOf, outOfBounds, typeMismatch, typed, undeclaredProperties } from "@cloudspecs/runtime/drift";

// biome-ignore-all lint: generated
/* eslint-disable */

const r0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?$", "u");
const k1 = new Set<string>(["id","port"]);
const k2 = new Set<string>(["account_id","created_at","created_by","desired_server_count","desired_server_count_editable","drain_enabled","drain_timeout","id","launch_configuration_id","launch_configuration_name","lb_server_groups","max_server_count","min_server_count","modified_at","modified_by","name","security_group_ids","server_name_prefix","state","subnet_ids","vpc_id"]);
const k3 = new Set<string>(["auto_scaling_groups","count"]);
const k4 = new Set<string>(["ctx","loc","msg","type_"]);
const k5 = new Set<string>(["account_id","created_at","created_by","desired_server_count","desired_server_count_editable","drain_enabled","drain_timeout","id","launch_configuration_id","launch_configuration_name","lb_server_groups","max_server_count","min_server_count","modified_at","modified_by","name","security_group_ids","server_name_prefix","state","subnet_ids","total_server_count","vpc_id"]);
const k6 = new Set<string>(["created_at","created_by","id","modified_at","modified_by","name","port"]);
const k7 = new Set<string>(["count","lb_server_groups"]);
const k8 = new Set<string>(["account_id","auto_scaling_group_id","created_at","created_by","id","modified_at","modified_by","notification_events","notification_state","user_email","user_id","user_name"]);
const k9 = new Set<string>(["count","notifications"]);
const k10 = new Set<string>(["account_id","auto_scaling_group_id","comparison_operator","cooldown_seconds","created_at","created_by","evaluation_minutes","id","metric_method","metric_type","modified_at","modified_by","name","scale_method","scale_type","scale_value","state","threshold","threshold_unit"]);
const k11 = new Set<string>(["count","policies"]);
const e12 = ["ONCE","DAILY","WEEKLY","MONTHLY"];
const k13 = new Set<string>(["account_id","created_at","created_by","day_of_month","day_of_week","description","desired_server_count","end_date","frequency","hour","id","max_server_count","min_server_count","minute","modified_at","modified_by","name","start_date","state","timezone"]);
const k14 = new Set<string>(["count","page","schedules","size","sort"]);
const e15 = [4,6];
const k16 = new Set<string>(["ip_address","version"]);
const k17 = new Set<string>(["ip_addresses","subnet_name"]);
const e18 = ["open_source","windows","rhel"];
const e19 = ["compute","container"];
const e20 = ["virtual_server","gpu_server","k8s_vm","k8s_gpu_vm"];
const k21 = new Set<string>(["name"]);
const k22 = new Set<string>(["disk","ephemeral","extra_specs","id","name","ram","swap","vcpus"]);
const k23 = new Set<string>(["delete_on_termination","id"]);
const k24 = new Set<string>(["account_id","addresses","auto_scaling_group_id","created_at","created_by","disk_config","id","image_id","is_marketplace","keypair_name","launch_configuration_id","lb_linked_state","locked","metadata","modified_at","name","planned_compute_os_type","product_category","product_offering","security_groups","server_group_id","server_type","state","volumes","vpc_id"]);
const k25 = new Set<string>(["servers"]);
const k26 = new Set<string>(["configs","count"]);
const k27 = new Set<string>(["checksum","container_format","created_at","disk_format","file","id","min_disk","min_ram","name","os_distro","os_hash_algo","os_hash_value","os_hidden","owner","owner_account_name","owner_user_name","protected","root_device_name","scp_image_type","scp_k8s_version","scp_original_image_type","scp_os_build_version","scp_os_version","size","status","updated_at","url","virtual_size","visibility","volumes"]);
const k28 = new Set<string>(["images"]);
const k29 = new Set<string>(["created_at","image_id","member_id","status","updated_at"]);
const k30 = new Set<string>(["members"]);
const k31 = new Set<string>(["fingerprint","name","public_key","type"]);
const k32 = new Set<string>(["keypairs"]);
const k33 = new Set<string>(["fingerprint","name","private_key","public_key","type"]);
const k34 = new Set<string>(["created_at","fingerprint","id","name","public_key","type","user_id"]);
const k35 = new Set<string>(["boot_index","size","type"]);
const k36 = new Set<string>(["account_id","auto_scaling_group_count","boot_disk_size","created_at","created_by","extra_disk_size","id","image_id","image_name","keypair_name","modified_at","modified_by","name","public_key","server_type_id","state","user_data","volumes"]);
const k37 = new Set<string>(["account_id","auto_scaling_group_count","created_at","created_by","id","image_id","image_name","keypair_name","modified_at","modified_by","name","public_key","server_type_id","state","user_data","volumes"]);
const k38 = new Set<string>(["in_use","limit","reserved"]);
const k39 = new Set<string>(["cores","id","instances","keypairs","metadata_items","ram","server_group_members","server_groups"]);
const k40 = new Set<string>(["account_id","id","members","name","policy","user_id"]);
const k41 = new Set<string>(["server_groups"]);
const k42 = new Set<string>(["description","disk","ephemeral","extra_specs","id","name","ram","swap","vcpus"]);
const k43 = new Set<string>(["server_types"]);
const k44 = new Set<string>(["account_id","addresses","auto_scaling_group_id","created_at","created_by","disk_config","id","image_id","is_marketplace","keypair_name","launch_configuration_id","locked","metadata","modified_at","name","planned_compute_os_type","product_category","product_offering","security_groups","server_group_id","server_type","state","volumes","vpc_id"]);
const k45 = new Set<string>(["id"]);
const k46 = new Set<string>(["output"]);
const k47 = new Set<string>(["image_id"]);
const k48 = new Set<string>(["ip_address"]);
const k49 = new Set<string>(["external_ip_address","id","private_nat_ip_id","state"]);
const k50 = new Set<string>(["external_ip_address","id","publicip_id","state"]);
const k51 = new Set<string>(["fixed_ips","mac_addr","port_id","port_state","private_static_nat","static_nat","subnet_id"]);
const k52 = new Set<string>(["interfaces"]);
const k53 = new Set<string>(["addresses"]);
const k54 = new Set<string>(["password"]);
const k55 = new Set<string>(["cidr"]);
const k56 = new Set<string>(["from_port","id","ip_protocol","ip_range","to_port"]);
const k57 = new Set<string>(["account_id","description","id","name","rules"]);
const k58 = new Set<string>(["security_groups"]);
const k59 = new Set<string>(["delete_on_termination","device","id","server_id","volume_id"]);
const k60 = new Set<string>(["volumes"]);
const k61 = new Set<string>(["created_at","description","id","metadata","name","size","status","updated_at","user_id","volume_id"]);
const k62 = new Set<string>(["count","snapshots"]);
const k63 = new Set<string>(["id","name","volume_id"]);
const k64 = new Set<string>(["transfers"]);
const k65 = new Set<string>(["auth_key","created_at","id","name","volume_id"]);
const k66 = new Set<string>(["created_at","id","name","volume_id"]);
const k67 = new Set<string>(["multiattach"]);
const k68 = new Set<string>(["description","extra_specs","id","name"]);
const k69 = new Set<string>(["volume_types"]);
const k70 = new Set<string>(["attached_at","device","id"]);
const k71 = new Set<string>(["checksum","container_format","disk_format","image_id","image_name","min_disk","min_ram","os_distro","scp_image_type","scp_k8s_version","scp_original_image_type","signature_verified","size"]);
const k72 = new Set<string>(["bootable","created_at","encrypted","id","modified_at","multiattach","name","servers","size","snapshot_id","state","user_id","volume_image_metadata","volume_type","volume_type_id"]);
const k73 = new Set<string>(["count","volumes"]);
const k74 = new Set<string>(["id","per_volume_size","snapshots","usages","volumes"]);
const k75 = new Set<string>(["delete_on_termination","device","server_id","volume_id"]);

function v3(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 6, "string", x);
  else {
    if (!r0.test(x)) outOfBounds(f, p, 6, "a string matching ^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?$", x);
  }
}
function v6(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 17, "object", x);
  else {
    typed(f, x.id, p, "/id", 18, 1, true);
    let y: any;
    y = x.port;
    if (y === undefined) missing(f, p + "/port", 19, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/port", 19, "integer", y);
      else {
        if (y < 1) outOfBounds(f, p + "/port", 19, "a number ≥ 1", y);
        if (y > 65534) outOfBounds(f, p + "/port", 19, "a number ≤ 65534", y);
      }
    }
    undeclaredProperties(f, x, p, 17, k1, false);
  }
}
function v5(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 15, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 16, "AutoScalingGroupLbServerGroup", v6, true);
      }
    }
  }
}
function v9(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 25, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        typed(f, y, q, "", 26, 1, true);
      }
    }
  }
}
function v10(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 29, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 30, 1, true);
    }
  }
}
function v2(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 3, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 4, 1, true);
    nested(f, x.created_at, p, "/created_at", 5, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 7, 1, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", 8, 4, true);
    typed(f, x.desired_server_count_editable, p, "/desired_server_count_editable", 9, 8, true);
    typed(f, x.drain_enabled, p, "/drain_enabled", 10, 8, true);
    typed(f, x.drain_timeout, p, "/drain_timeout", 11, 20, false);
    typed(f, x.id, p, "/id", 12, 1, true);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", 13, 1, true);
    typed(f, x.launch_configuration_name, p, "/launch_configuration_name", 14, 1, true);
    nested(f, x.lb_server_groups, p, "/lb_server_groups", 15, "array of AutoScalingGroupLbServerGroup or null", v5, false);
    typed(f, x.max_server_count, p, "/max_server_count", 20, 4, true);
    typed(f, x.min_server_count, p, "/min_server_count", 21, 4, true);
    nested(f, x.modified_at, p, "/modified_at", 22, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 23, 1, true);
    typed(f, x.name, p, "/name", 24, 1, true);
    nested(f, x.security_group_ids, p, "/security_group_ids", 25, "array of string or null", v9, false);
    typed(f, x.server_name_prefix, p, "/server_name_prefix", 27, 1, true);
    typed(f, x.state, p, "/state", 28, 1, true);
    nested(f, x.subnet_ids, p, "/subnet_ids", 29, "array of string", v10, false);
    typed(f, x.vpc_id, p, "/vpc_id", 31, 1, true);
    undeclaredProperties(f, x, p, 3, k2, false);
  }
}
function v1(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 2, "AutoScalingGroup", v2, true);
    }
  }
}
function v0(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 0, "object", x);
  else {
    nested(f, x.auto_scaling_groups, p, "/auto_scaling_groups", 1, "array of AutoScalingGroup", v1, true);
    typed(f, x.count, p, "/count", 32, 4, true);
    undeclaredProperties(f, x, p, 0, k3, false);
  }
}
function v15(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x) || x === null)) typeMismatch(f, p, 36, "object or null", x);
}
function v16(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 37, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        typed(f, y, q, "", 38, 5, true);
      }
    }
  }
}
function v14(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 35, "object", x);
  else {
    nested(f, x.ctx, p, "/ctx", 36, "object or null", v15, false);
    nested(f, x.loc, p, "/loc", 37, "array of string or integer or null", v16, false);
    typed(f, x.msg, p, "/msg", 39, 17, false);
    typed(f, x.type_, p, "/type_", 40, 17, false);
    undeclaredProperties(f, x, p, 35, k4, false);
  }
}
function v13(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 33, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 34, "ValidationErrorModel", v14, true);
    }
  }
}
function v21(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 52, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 53, "AutoScalingGroupLbServerGroup", v6, true);
      }
    }
  }
}
function v24(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 59, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        typed(f, y, q, "", 60, 1, true);
      }
    }
  }
}
function v25(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 63, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 64, 1, true);
    }
  }
}
function v19(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 41, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 42, 1, true);
    nested(f, x.created_at, p, "/created_at", 43, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 44, 1, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", 45, 4, true);
    typed(f, x.desired_server_count_editable, p, "/desired_server_count_editable", 46, 8, true);
    typed(f, x.drain_enabled, p, "/drain_enabled", 47, 8, true);
    typed(f, x.drain_timeout, p, "/drain_timeout", 48, 20, false);
    typed(f, x.id, p, "/id", 49, 1, true);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", 50, 1, true);
    typed(f, x.launch_configuration_name, p, "/launch_configuration_name", 51, 1, true);
    nested(f, x.lb_server_groups, p, "/lb_server_groups", 52, "array of AutoScalingGroupLbServerGroup or null", v21, false);
    typed(f, x.max_server_count, p, "/max_server_count", 54, 4, true);
    typed(f, x.min_server_count, p, "/min_server_count", 55, 4, true);
    nested(f, x.modified_at, p, "/modified_at", 56, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 57, 1, true);
    typed(f, x.name, p, "/name", 58, 1, true);
    nested(f, x.security_group_ids, p, "/security_group_ids", 59, "array of string or null", v24, false);
    typed(f, x.server_name_prefix, p, "/server_name_prefix", 61, 1, true);
    typed(f, x.state, p, "/state", 62, 1, true);
    nested(f, x.subnet_ids, p, "/subnet_ids", 63, "array of string", v25, false);
    typed(f, x.total_server_count, p, "/total_server_count", 65, 4, true);
    typed(f, x.vpc_id, p, "/vpc_id", 66, 1, true);
    undeclaredProperties(f, x, p, 41, k5, false);
  }
}
function v32(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 71, "object", x);
  else {
    nested(f, x.created_at, p, "/created_at", 72, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 73, 1, true);
    typed(f, x.id, p, "/id", 74, 1, true);
    nested(f, x.modified_at, p, "/modified_at", 75, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 76, 1, true);
    typed(f, x.name, p, "/name", 77, 1, true);
    typed(f, x.port, p, "/port", 78, 4, true);
    undeclaredProperties(f, x, p, 71, k6, false);
  }
}
function v31(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 69, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 70, "AutoScalingGroupLbServerGroupShowResponse", v32, true);
    }
  }
}
function v30(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 67, "object", x);
  else {
    typed(f, x.count, p, "/count", 68, 4, true);
    nested(f, x.lb_server_groups, p, "/lb_server_groups", 69, "array of AutoScalingGroupLbServerGroupShowResponse", v31, true);
    undeclaredProperties(f, x, p, 67, k7, false);
  }
}
function v42(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 91, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 92, 1, true);
    }
  }
}
function v39(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 83, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 84, 1, true);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", 85, 1, true);
    nested(f, x.created_at, p, "/created_at", 86, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 87, 1, true);
    typed(f, x.id, p, "/id", 88, 1, true);
    nested(f, x.modified_at, p, "/modified_at", 89, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 90, 1, true);
    nested(f, x.notification_events, p, "/notification_events", 91, "array of string", v42, true);
    typed(f, x.notification_state, p, "/notification_state", 93, 1, true);
    typed(f, x.user_email, p, "/user_email", 94, 1, true);
    typed(f, x.user_id, p, "/user_id", 95, 1, true);
    typed(f, x.user_name, p, "/user_name", 96, 1, true);
    undeclaredProperties(f, x, p, 83, k8, false);
  }
}
function v38(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 81, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 82, "AutoScalingGroupNotificationShowResponse", v39, true);
    }
  }
}
function v37(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 79, "object", x);
  else {
    typed(f, x.count, p, "/count", 80, 4, true);
    nested(f, x.notifications, p, "/notifications", 81, "array of AutoScalingGroupNotificationShowResponse", v38, true);
    undeclaredProperties(f, x, p, 79, k9, false);
  }
}
function v50(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 101, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 102, 1, true);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", 103, 1, true);
    typed(f, x.comparison_operator, p, "/comparison_operator", 104, 1, true);
    typed(f, x.cooldown_seconds, p, "/cooldown_seconds", 105, 4, true);
    nested(f, x.created_at, p, "/created_at", 106, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 107, 1, true);
    typed(f, x.evaluation_minutes, p, "/evaluation_minutes", 108, 4, true);
    typed(f, x.id, p, "/id", 109, 1, true);
    typed(f, x.metric_method, p, "/metric_method", 110, 1, true);
    typed(f, x.metric_type, p, "/metric_type", 111, 1, true);
    nested(f, x.modified_at, p, "/modified_at", 112, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 113, 1, true);
    typed(f, x.name, p, "/name", 114, 1, true);
    typed(f, x.scale_method, p, "/scale_method", 115, 1, true);
    typed(f, x.scale_type, p, "/scale_type", 116, 1, true);
    typed(f, x.scale_value, p, "/scale_value", 117, 4, true);
    typed(f, x.state, p, "/state", 118, 1, true);
    typed(f, x.threshold, p, "/threshold", 119, 4, true);
    typed(f, x.threshold_unit, p, "/threshold_unit", 120, 1, true);
    undeclaredProperties(f, x, p, 101, k10, false);
  }
}
function v49(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 99, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 100, "AutoScalingGroupPolicyShowResponse", v50, true);
    }
  }
}
function v48(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 97, "object", x);
  else {
    typed(f, x.count, p, "/count", 98, 4, true);
    nested(f, x.policies, p, "/policies", 99, "array of AutoScalingGroupPolicyShowResponse", v49, true);
    undeclaredProperties(f, x, p, 97, k11, false);
  }
}
function v62(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 136, "string", x);
  else {
    if (!e12.includes(x)) notInEnum(f, p, 136, e12, x);
  }
}
function v60(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 126, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 127, 1, true);
    nested(f, x.created_at, p, "/created_at", 128, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 129, 1, true);
    typed(f, x.day_of_month, p, "/day_of_month", 130, 17, true);
    typed(f, x.day_of_week, p, "/day_of_week", 131, 17, true);
    typed(f, x.description, p, "/description", 132, 17, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", 133, 20, true);
    typed(f, x.end_date, p, "/end_date", 134, 17, true);
    nested(f, x.frequency, p, "/frequency", 135, "JobSchedulingFrequencyEnum", v62, true);
    typed(f, x.hour, p, "/hour", 137, 4, true);
    typed(f, x.id, p, "/id", 138, 1, true);
    typed(f, x.max_server_count, p, "/max_server_count", 139, 20, true);
    typed(f, x.min_server_count, p, "/min_server_count", 140, 20, true);
    typed(f, x.minute, p, "/minute", 141, 4, true);
    nested(f, x.modified_at, p, "/modified_at", 142, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 143, 1, true);
    typed(f, x.name, p, "/name", 144, 1, true);
    typed(f, x.start_date, p, "/start_date", 145, 1, true);
    typed(f, x.state, p, "/state", 146, 1, true);
    typed(f, x.timezone, p, "/timezone", 147, 1, true);
    undeclaredProperties(f, x, p, 126, k13, false);
  }
}
function v59(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 124, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 125, "AutoScalingGroupScheduleShowResponse", v60, true);
    }
  }
}
function v66(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 149, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        typed(f, y, q, "", 150, 1, true);
      }
    }
  }
}
function v58(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 121, "object", x);
  else {
    typed(f, x.count, p, "/count", 122, 4, true);
    typed(f, x.page, p, "/page", 123, 4, true);
    nested(f, x.schedules, p, "/schedules", 124, "array of AutoScalingGroupScheduleShowResponse", v59, true);
    typed(f, x.size, p, "/size", 148, 4, true);
    nested(f, x.sort, p, "/sort", 149, "array of string or null", v66, false);
    undeclaredProperties(f, x, p, 121, k14, false);
  }
}
function v78(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 161, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", 162, 1, true);
    enumerated(f, x.version, p, "/version", 163, 4, e15, true);
    undeclaredProperties(f, x, p, 161, k16, false);
  }
}
function v77(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 159, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 160, "ServerShowResponseAddressIpAddress", v78, true);
    }
  }
}
function v76(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 158, "object", x);
  else {
    nested(f, x.ip_addresses, p, "/ip_addresses", 159, "array of ServerShowResponseAddressIpAddress", v77, true);
    typed(f, x.subnet_name, p, "/subnet_name", 164, 1, true);
    undeclaredProperties(f, x, p, 158, k17, false);
  }
}
function v75(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 156, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 157, "ServerShowResponseAddress", v76, true);
      }
    }
  }
}
function v82(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 176, "object", x);
}
function v84(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 180, "string", x);
  else {
    if (!e18.includes(x)) notInEnum(f, p, 180, e18, x);
  }
}
function v86(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 182, "string", x);
  else {
    if (!e19.includes(x)) notInEnum(f, p, 182, e19, x);
  }
}
function v88(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 184, "string", x);
  else {
    if (!e20.includes(x)) notInEnum(f, p, 184, e20, x);
  }
}
function v91(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 187, "object", x);
  else {
    typed(f, x.name, p, "/name", 188, 1, true);
    undeclaredProperties(f, x, p, 187, k21, false);
  }
}
function v90(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 185, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 186, "ServerShowResponseSecurityGroup", v91, true);
      }
    }
  }
}
function v94(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 194, "object", x);
}
function v93(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 191, "object", x);
  else {
    typed(f, x.disk, p, "/disk", 192, 4, true);
    typed(f, x.ephemeral, p, "/ephemeral", 193, 4, true);
    nested(f, x.extra_specs, p, "/extra_specs", 194, "object", v94, true);
    typed(f, x.id, p, "/id", 195, 17, false);
    typed(f, x.name, p, "/name", 196, 1, true);
    typed(f, x.ram, p, "/ram", 197, 4, true);
    typed(f, x.swap, p, "/swap", 198, 4, true);
    typed(f, x.vcpus, p, "/vcpus", 199, 4, true);
    undeclaredProperties(f, x, p, 191, k22, false);
  }
}
function v97(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 203, "object", x);
  else {
    typed(f, x.delete_on_termination, p, "/delete_on_termination", 204, 8, true);
    typed(f, x.id, p, "/id", 205, 1, true);
    undeclaredProperties(f, x, p, 203, k23, false);
  }
}
function v96(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 201, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 202, "ServerShowResponseVolume", v97, true);
    }
  }
}
function v74(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 154, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 155, 1, true);
    nested(f, x.addresses, p, "/addresses", 156, "array of ServerShowResponseAddress or null", v75, false);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", 165, 1, true);
    nested(f, x.created_at, p, "/created_at", 166, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 167, 1, true);
    typed(f, x.disk_config, p, "/disk_config", 168, 1, true);
    typed(f, x.id, p, "/id", 169, 1, true);
    typed(f, x.image_id, p, "/image_id", 170, 17, false);
    typed(f, x.is_marketplace, p, "/is_marketplace", 171, 24, false);
    typed(f, x.keypair_name, p, "/keypair_name", 172, 17, false);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", 173, 17, false);
    typed(f, x.lb_linked_state, p, "/lb_linked_state", 174, 17, false);
    typed(f, x.locked, p, "/locked", 175, 8, true);
    nested(f, x.metadata, p, "/metadata", 176, "object", v82, true);
    nested(f, x.modified_at, p, "/modified_at", 177, "Timestamp", v3, true);
    typed(f, x.name, p, "/name", 178, 1, true);
    nested(f, x.planned_compute_os_type, p, "/planned_compute_os_type", 179, "PlannedComputeOsType", v84, false);
    nested(f, x.product_category, p, "/product_category", 181, "ProductCategory", v86, false);
    nested(f, x.product_offering, p, "/product_offering", 183, "ProductOffering", v88, false);
    nested(f, x.security_groups, p, "/security_groups", 185, "array of ServerShowResponseSecurityGroup or null", v90, false);
    typed(f, x.server_group_id, p, "/server_group_id", 189, 17, false);
    nested(f, x.server_type, p, "/server_type", 190, "ServerShowResponseServerType", v93, true);
    typed(f, x.state, p, "/state", 200, 1, true);
    nested(f, x.volumes, p, "/volumes", 201, "array of ServerShowResponseVolume", v96, true);
    typed(f, x.vpc_id, p, "/vpc_id", 206, 17, false);
    undeclaredProperties(f, x, p, 154, k24, false);
  }
}
function v73(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 152, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 153, "AutoScalingGroupVirtualServerShowResponse", v74, true);
    }
  }
}
function v72(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 151, "object", x);
  else {
    nested(f, x.servers, p, "/servers", 152, "array of AutoScalingGroupVirtualServerShowResponse", v73, true);
    undeclaredProperties(f, x, p, 151, k25, false);
  }
}
function v102(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 208, "object", x);
}
function v101(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 207, "object", x);
  else {
    nested(f, x.configs, p, "/configs", 208, "object", v102, true);
    typed(f, x.count, p, "/count", 209, 4, true);
    undeclaredProperties(f, x, p, 207, k26, false);
  }
}
function v106(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 213, "object", x);
  else {
    typed(f, x.checksum, p, "/checksum", 214, 17, false);
    typed(f, x.container_format, p, "/container_format", 215, 1, true);
    typed(f, x.created_at, p, "/created_at", 216, 1, true);
    typed(f, x.disk_format, p, "/disk_format", 217, 1, true);
    typed(f, x.file, p, "/file", 218, 1, true);
    typed(f, x.id, p, "/id", 219, 1, true);
    typed(f, x.min_disk, p, "/min_disk", 220, 4, true);
    typed(f, x.min_ram, p, "/min_ram", 221, 4, true);
    typed(f, x.name, p, "/name", 222, 1, true);
    typed(f, x.os_distro, p, "/os_distro", 223, 17, false);
    typed(f, x.os_hash_algo, p, "/os_hash_algo", 224, 17, false);
    typed(f, x.os_hash_value, p, "/os_hash_value", 225, 17, false);
    typed(f, x.os_hidden, p, "/os_hidden", 226, 8, true);
    typed(f, x.owner, p, "/owner", 227, 1, true);
    typed(f, x.owner_account_name, p, "/owner_account_name", 228, 17, false);
    typed(f, x.owner_user_name, p, "/owner_user_name", 229, 17, false);
    typed(f, x.protected, p, "/protected", 230, 8, true);
    typed(f, x.root_device_name, p, "/root_device_name", 231, 17, false);
    typed(f, x.scp_image_type, p, "/scp_image_type", 232, 17, false);
    typed(f, x.scp_k8s_version, p, "/scp_k8s_version", 233, 17, false);
    typed(f, x.scp_original_image_type, p, "/scp_original_image_type", 234, 17, false);
    typed(f, x.scp_os_build_version, p, "/scp_os_build_version", 235, 17, false);
    typed(f, x.scp_os_version, p, "/scp_os_version", 236, 17, false);
    typed(f, x.size, p, "/size", 237, 20, false);
    typed(f, x.status, p, "/status", 238, 1, true);
    typed(f, x.updated_at, p, "/updated_at", 239, 1, true);
    typed(f, x.url, p, "/url", 240, 17, false);
    typed(f, x.virtual_size, p, "/virtual_size", 241, 20, false);
    typed(f, x.visibility, p, "/visibility", 242, 1, true);
    typed(f, x.volumes, p, "/volumes", 243, 17, false);
    undeclaredProperties(f, x, p, 213, k27, false);
  }
}
function v105(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 211, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 212, "ImageShowResponse", v106, true);
    }
  }
}
function v104(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 210, "object", x);
  else {
    nested(f, x.images, p, "/images", 211, "array of ImageShowResponse", v105, true);
    undeclaredProperties(f, x, p, 210, k28, false);
  }
}
function v114(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 247, "object", x);
  else {
    typed(f, x.created_at, p, "/created_at", 248, 1, true);
    typed(f, x.image_id, p, "/image_id", 249, 1, true);
    typed(f, x.member_id, p, "/member_id", 250, 1, true);
    typed(f, x.status, p, "/status", 251, 1, true);
    typed(f, x.updated_at, p, "/updated_at", 252, 1, true);
    undeclaredProperties(f, x, p, 247, k29, false);
  }
}
function v113(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 245, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 246, "ImageMemberShowResponse", v114, true);
    }
  }
}
function v112(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 244, "object", x);
  else {
    nested(f, x.members, p, "/members", 245, "array of ImageMemberShowResponse", v113, true);
    undeclaredProperties(f, x, p, 244, k30, false);
  }
}
function v122(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 256, "object", x);
  else {
    typed(f, x.fingerprint, p, "/fingerprint", 257, 1, true);
    typed(f, x.name, p, "/name", 258, 1, true);
    typed(f, x.public_key, p, "/public_key", 259, 1, true);
    typed(f, x.type, p, "/type", 260, 1, true);
    undeclaredProperties(f, x, p, 256, k31, false);
  }
}
function v121(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 254, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 255, "Keypair", v122, true);
    }
  }
}
function v120(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 253, "object", x);
  else {
    nested(f, x.keypairs, p, "/keypairs", 254, "array of Keypair", v121, true);
    undeclaredProperties(f, x, p, 253, k32, false);
  }
}
function v125(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 261, "object", x);
  else {
    typed(f, x.fingerprint, p, "/fingerprint", 262, 1, true);
    typed(f, x.name, p, "/name", 263, 1, true);
    typed(f, x.private_key, p, "/private_key", 264, 17, false);
    typed(f, x.public_key, p, "/public_key", 265, 1, true);
    typed(f, x.type, p, "/type", 266, 1, true);
    undeclaredProperties(f, x, p, 261, k33, false);
  }
}
function v127(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 267, "object", x);
  else {
    nested(f, x.created_at, p, "/created_at", 268, "Timestamp", v3, true);
    typed(f, x.fingerprint, p, "/fingerprint", 269, 1, true);
    typed(f, x.id, p, "/id", 270, 4, true);
    typed(f, x.name, p, "/name", 271, 1, true);
    typed(f, x.public_key, p, "/public_key", 272, 1, true);
    typed(f, x.type, p, "/type", 273, 1, true);
    typed(f, x.user_id, p, "/user_id", 274, 1, true);
    undeclaredProperties(f, x, p, 267, k34, false);
  }
}
function v134(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 295, "object", x);
  else {
    typed(f, x.boot_index, p, "/boot_index", 296, 4, true);
    typed(f, x.size, p, "/size", 297, 4, true);
    typed(f, x.type, p, "/type", 298, 17, false);
    undeclaredProperties(f, x, p, 295, k35, false);
  }
}
function v133(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 293, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 294, "LaunchConfigurationVolume", v134, true);
      }
    }
  }
}
function v130(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 275, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 276, 1, true);
    typed(f, x.auto_scaling_group_count, p, "/auto_scaling_group_count", 277, 20, false);
    typed(f, x.boot_disk_size, p, "/boot_disk_size", 278, 20, false);
    nested(f, x.created_at, p, "/created_at", 279, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 280, 1, true);
    typed(f, x.extra_disk_size, p, "/extra_disk_size", 281, 20, false);
    typed(f, x.id, p, "/id", 282, 1, true);
    typed(f, x.image_id, p, "/image_id", 283, 1, true);
    typed(f, x.image_name, p, "/image_name", 284, 1, true);
    typed(f, x.keypair_name, p, "/keypair_name", 285, 1, true);
    nested(f, x.modified_at, p, "/modified_at", 286, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 287, 1, true);
    typed(f, x.name, p, "/name", 288, 1, true);
    typed(f, x.public_key, p, "/public_key", 289, 17, false);
    typed(f, x.server_type_id, p, "/server_type_id", 290, 1, true);
    typed(f, x.state, p, "/state", 291, 1, true);
    typed(f, x.user_data, p, "/user_data", 292, 17, false);
    nested(f, x.volumes, p, "/volumes", 293, "array of LaunchConfigurationVolume or null", v133, false);
    undeclaredProperties(f, x, p, 275, k36, false);
  }
}
function v140(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 315, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 316, "LaunchConfigurationVolume", v134, true);
      }
    }
  }
}
function v137(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 299, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 300, 1, true);
    typed(f, x.auto_scaling_group_count, p, "/auto_scaling_group_count", 301, 20, false);
    nested(f, x.created_at, p, "/created_at", 302, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 303, 1, true);
    typed(f, x.id, p, "/id", 304, 1, true);
    typed(f, x.image_id, p, "/image_id", 305, 1, true);
    typed(f, x.image_name, p, "/image_name", 306, 1, true);
    typed(f, x.keypair_name, p, "/keypair_name", 307, 1, true);
    nested(f, x.modified_at, p, "/modified_at", 308, "Timestamp", v3, true);
    typed(f, x.modified_by, p, "/modified_by", 309, 1, true);
    typed(f, x.name, p, "/name", 310, 1, true);
    typed(f, x.public_key, p, "/public_key", 311, 17, false);
    typed(f, x.server_type_id, p, "/server_type_id", 312, 1, true);
    typed(f, x.state, p, "/state", 313, 1, true);
    typed(f, x.user_data, p, "/user_data", 314, 17, false);
    nested(f, x.volumes, p, "/volumes", 315, "array of LaunchConfigurationVolume or null", v140, false);
    undeclaredProperties(f, x, p, 299, k37, false);
  }
}
function v146(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 319, "object", x);
  else {
    typed(f, x.in_use, p, "/in_use", 320, 4, true);
    typed(f, x.limit, p, "/limit", 321, 4, true);
    typed(f, x.reserved, p, "/reserved", 322, 4, true);
    undeclaredProperties(f, x, p, 319, k38, false);
  }
}
function v145(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 317, "object", x);
  else {
    nested(f, x.cores, p, "/cores", 318, "ServerQuotaSetObject", v146, true);
    typed(f, x.id, p, "/id", 323, 1, true);
    nested(f, x.instances, p, "/instances", 324, "ServerQuotaSetObject", v146, true);
    nested(f, x.keypairs, p, "/keypairs", 325, "ServerQuotaSetObject", v146, true);
    nested(f, x.metadata_items, p, "/metadata_items", 326, "ServerQuotaSetObject", v146, true);
    nested(f, x.ram, p, "/ram", 327, "ServerQuotaSetObject", v146, true);
    nested(f, x.server_group_members, p, "/server_group_members", 328, "ServerQuotaSetObject", v146, true);
    nested(f, x.server_groups, p, "/server_groups", 329, "ServerQuotaSetObject", v146, true);
    undeclaredProperties(f, x, p, 317, k39, false);
  }
}
function v158(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 336, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 337, 1, true);
    }
  }
}
function v157(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 333, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 334, 1, true);
    typed(f, x.id, p, "/id", 335, 1, true);
    nested(f, x.members, p, "/members", 336, "array of string", v158, true);
    typed(f, x.name, p, "/name", 338, 1, true);
    typed(f, x.policy, p, "/policy", 339, 1, true);
    typed(f, x.user_id, p, "/user_id", 340, 1, true);
    undeclaredProperties(f, x, p, 333, k40, false);
  }
}
function v156(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 331, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 332, "ServerGroup", v157, true);
    }
  }
}
function v155(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 330, "object", x);
  else {
    nested(f, x.server_groups, p, "/server_groups", 331, "array of ServerGroup", v156, true);
    undeclaredProperties(f, x, p, 330, k41, false);
  }
}
function v166(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 348, "object", x);
}
function v165(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 344, "object", x);
  else {
    typed(f, x.description, p, "/description", 345, 17, true);
    typed(f, x.disk, p, "/disk", 346, 4, true);
    typed(f, x.ephemeral, p, "/ephemeral", 347, 4, true);
    nested(f, x.extra_specs, p, "/extra_specs", 348, "object", v166, true);
    typed(f, x.id, p, "/id", 349, 1, true);
    typed(f, x.name, p, "/name", 350, 1, true);
    typed(f, x.ram, p, "/ram", 351, 4, true);
    typed(f, x.swap, p, "/swap", 352, 4, true);
    typed(f, x.vcpus, p, "/vcpus", 353, 4, true);
    undeclaredProperties(f, x, p, 344, k42, false);
  }
}
function v164(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 342, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 343, "ServerType", v165, true);
    }
  }
}
function v163(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 341, "object", x);
  else {
    nested(f, x.server_types, p, "/server_types", 342, "array of ServerType", v164, true);
    undeclaredProperties(f, x, p, 341, k43, false);
  }
}
function v173(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 359, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 360, "ServerShowResponseAddress", v76, true);
      }
    }
  }
}
function v176(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 371, "object", x);
}
function v180(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, 377, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", 378, "ServerShowResponseSecurityGroup", v91, true);
      }
    }
  }
}
function v183(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 382, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 383, "ServerShowResponseVolume", v97, true);
    }
  }
}
function v172(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 357, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 358, 1, true);
    nested(f, x.addresses, p, "/addresses", 359, "array of ServerShowResponseAddress or null", v173, false);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", 361, 17, false);
    nested(f, x.created_at, p, "/created_at", 362, "Timestamp", v3, true);
    typed(f, x.created_by, p, "/created_by", 363, 1, true);
    typed(f, x.disk_config, p, "/disk_config", 364, 1, true);
    typed(f, x.id, p, "/id", 365, 1, true);
    typed(f, x.image_id, p, "/image_id", 366, 17, false);
    typed(f, x.is_marketplace, p, "/is_marketplace", 367, 24, false);
    typed(f, x.keypair_name, p, "/keypair_name", 368, 17, false);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", 369, 17, false);
    typed(f, x.locked, p, "/locked", 370, 8, true);
    nested(f, x.metadata, p, "/metadata", 371, "object", v176, true);
    nested(f, x.modified_at, p, "/modified_at", 372, "Timestamp", v3, true);
    typed(f, x.name, p, "/name", 373, 1, true);
    enumerated(f, x.planned_compute_os_type, p, "/planned_compute_os_type", 374, 1, e18, false);
    nested(f, x.product_category, p, "/product_category", 375, "ProductCategory", v86, false);
    nested(f, x.product_offering, p, "/product_offering", 376, "ProductOffering", v88, false);
    nested(f, x.security_groups, p, "/security_groups", 377, "array of ServerShowResponseSecurityGroup or null", v180, false);
    typed(f, x.server_group_id, p, "/server_group_id", 379, 17, false);
    nested(f, x.server_type, p, "/server_type", 380, "ServerShowResponseServerType", v93, true);
    typed(f, x.state, p, "/state", 381, 1, true);
    nested(f, x.volumes, p, "/volumes", 382, "array of ServerShowResponseVolume", v183, true);
    typed(f, x.vpc_id, p, "/vpc_id", 384, 17, false);
    undeclaredProperties(f, x, p, 357, k44, false);
  }
}
function v171(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 355, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 356, "ServerShowResponse", v172, true);
    }
  }
}
function v170(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 354, "object", x);
  else {
    nested(f, x.servers, p, "/servers", 355, "array of ServerShowResponse", v171, true);
    undeclaredProperties(f, x, p, 354, k25, false);
  }
}
function v189(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 388, "object", x);
  else {
    typed(f, x.id, p, "/id", 389, 1, true);
    undeclaredProperties(f, x, p, 388, k45, false);
  }
}
function v188(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 386, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 387, "ServerCreateResponseParam", v189, true);
    }
  }
}
function v187(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 385, "object", x);
  else {
    nested(f, x.servers, p, "/servers", 386, "array of ServerCreateResponseParam", v188, true);
    undeclaredProperties(f, x, p, 385, k25, false);
  }
}
function v194(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 390, "object", x);
  else {
    typed(f, x.output, p, "/output", 391, 17, false);
    undeclaredProperties(f, x, p, 390, k46, false);
  }
}
function v196(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 392, "object", x);
  else {
    typed(f, x.image_id, p, "/image_id", 393, 1, true);
    undeclaredProperties(f, x, p, 392, k47, false);
  }
}
function v202(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 400, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", 401, 1, true);
    undeclaredProperties(f, x, p, 400, k48, false);
  }
}
function v201(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 398, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 399, "InterfaceAttachmentFixedIp", v202, true);
    }
  }
}
function v204(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 406, "object", x);
  else {
    typed(f, x.external_ip_address, p, "/external_ip_address", 407, 1, true);
    typed(f, x.id, p, "/id", 408, 1, true);
    typed(f, x.private_nat_ip_id, p, "/private_nat_ip_id", 409, 17, false);
    typed(f, x.state, p, "/state", 410, 1, true);
    undeclaredProperties(f, x, p, 406, k49, false);
  }
}
function v206(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 412, "object", x);
  else {
    typed(f, x.external_ip_address, p, "/external_ip_address", 413, 1, true);
    typed(f, x.id, p, "/id", 414, 1, true);
    typed(f, x.publicip_id, p, "/publicip_id", 415, 17, false);
    typed(f, x.state, p, "/state", 416, 1, true);
    undeclaredProperties(f, x, p, 412, k50, false);
  }
}
function v200(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 397, "object", x);
  else {
    nested(f, x.fixed_ips, p, "/fixed_ips", 398, "array of InterfaceAttachmentFixedIp", v201, true);
    typed(f, x.mac_addr, p, "/mac_addr", 402, 1, true);
    typed(f, x.port_id, p, "/port_id", 403, 1, true);
    typed(f, x.port_state, p, "/port_state", 404, 1, true);
    nested(f, x.private_static_nat, p, "/private_static_nat", 405, "PrivateStaticNat", v204, false);
    nested(f, x.static_nat, p, "/static_nat", 411, "PublicStaticNat", v206, false);
    typed(f, x.subnet_id, p, "/subnet_id", 417, 1, true);
    undeclaredProperties(f, x, p, 397, k51, false);
  }
}
function v199(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 395, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 396, "InterfaceResponse", v200, true);
    }
  }
}
function v198(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 394, "object", x);
  else {
    nested(f, x.interfaces, p, "/interfaces", 395, "array of InterfaceResponse", v199, true);
    undeclaredProperties(f, x, p, 394, k52, false);
  }
}
function v212(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 419, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 420, "ServerShowResponseAddress", v76, true);
    }
  }
}
function v211(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 418, "object", x);
  else {
    nested(f, x.addresses, p, "/addresses", 419, "array of ServerShowResponseAddress", v212, true);
    undeclaredProperties(f, x, p, 418, k53, false);
  }
}
function v216(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 421, "object", x);
  else {
    typed(f, x.password, p, "/password", 422, 17, false);
    undeclaredProperties(f, x, p, 421, k54, false);
  }
}
function v223(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 438, "object", x);
  else {
    typed(f, x.cidr, p, "/cidr", 439, 1, true);
    undeclaredProperties(f, x, p, 438, k55, false);
  }
}
function v222(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 433, "object", x);
  else {
    typed(f, x.from_port, p, "/from_port", 434, 4, true);
    typed(f, x.id, p, "/id", 435, 1, true);
    typed(f, x.ip_protocol, p, "/ip_protocol", 436, 1, true);
    nested(f, x.ip_range, p, "/ip_range", 437, "SecurityGroupResponseRuleIpRange", v223, true);
    typed(f, x.to_port, p, "/to_port", 440, 4, true);
    undeclaredProperties(f, x, p, 433, k56, false);
  }
}
function v221(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 431, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 432, "SecurityGroupResponseRule", v222, true);
    }
  }
}
function v220(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 426, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", 427, 1, true);
    typed(f, x.description, p, "/description", 428, 1, true);
    typed(f, x.id, p, "/id", 429, 1, true);
    typed(f, x.name, p, "/name", 430, 1, true);
    nested(f, x.rules, p, "/rules", 431, "array of SecurityGroupResponseRule", v221, true);
    undeclaredProperties(f, x, p, 426, k57, false);
  }
}
function v219(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 424, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 425, "SecurityGroupResponse", v220, true);
    }
  }
}
function v218(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 423, "object", x);
  else {
    nested(f, x.security_groups, p, "/security_groups", 424, "array of SecurityGroupResponse", v219, true);
    undeclaredProperties(f, x, p, 423, k58, false);
  }
}
function v230(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 444, "object", x);
  else {
    typed(f, x.delete_on_termination, p, "/delete_on_termination", 445, 8, true);
    typed(f, x.device, p, "/device", 446, 1, true);
    typed(f, x.id, p, "/id", 447, 1, true);
    typed(f, x.server_id, p, "/server_id", 448, 1, true);
    typed(f, x.volume_id, p, "/volume_id", 449, 1, true);
    undeclaredProperties(f, x, p, 444, k59, false);
  }
}
function v229(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 442, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 443, "ServersVolumeResponse", v230, true);
    }
  }
}
function v228(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 441, "object", x);
  else {
    nested(f, x.volumes, p, "/volumes", 442, "array of ServersVolumeResponse", v229, true);
    undeclaredProperties(f, x, p, 441, k60, false);
  }
}
function v238(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x) || x === null)) typeMismatch(f, p, 458, "object or null", x);
}
function v237(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 454, "object", x);
  else {
    typed(f, x.created_at, p, "/created_at", 455, 1, true);
    typed(f, x.description, p, "/description", 456, 17, false);
    typed(f, x.id, p, "/id", 457, 1, true);
    nested(f, x.metadata, p, "/metadata", 458, "object or null", v238, false);
    typed(f, x.name, p, "/name", 459, 17, false);
    typed(f, x.size, p, "/size", 460, 4, true);
    typed(f, x.status, p, "/status", 461, 17, false);
    typed(f, x.updated_at, p, "/updated_at", 462, 17, false);
    typed(f, x.user_id, p, "/user_id", 463, 17, false);
    typed(f, x.volume_id, p, "/volume_id", 464, 1, true);
    undeclaredProperties(f, x, p, 454, k61, false);
  }
}
function v236(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 452, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 453, "SnapshotDetailResponse", v237, true);
    }
  }
}
function v235(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 450, "object", x);
  else {
    typed(f, x.count, p, "/count", 451, 20, false);
    nested(f, x.snapshots, p, "/snapshots", 452, "array of SnapshotDetailResponse", v236, true);
    undeclaredProperties(f, x, p, 450, k62, false);
  }
}
function v246(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 468, "object", x);
  else {
    typed(f, x.id, p, "/id", 469, 1, true);
    typed(f, x.name, p, "/name", 470, 17, false);
    typed(f, x.volume_id, p, "/volume_id", 471, 1, true);
    undeclaredProperties(f, x, p, 468, k63, false);
  }
}
function v245(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 466, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 467, "VolumeTransferAcceptResponse", v246, true);
    }
  }
}
function v244(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 465, "object", x);
  else {
    nested(f, x.transfers, p, "/transfers", 466, "array of VolumeTransferAcceptResponse", v245, true);
    undeclaredProperties(f, x, p, 465, k64, false);
  }
}
function v249(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 472, "object", x);
  else {
    typed(f, x.auth_key, p, "/auth_key", 473, 1, true);
    typed(f, x.created_at, p, "/created_at", 474, 1, true);
    typed(f, x.id, p, "/id", 475, 1, true);
    typed(f, x.name, p, "/name", 476, 17, false);
    typed(f, x.volume_id, p, "/volume_id", 477, 1, true);
    undeclaredProperties(f, x, p, 472, k65, false);
  }
}
function v251(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 478, "object", x);
  else {
    typed(f, x.created_at, p, "/created_at", 479, 1, true);
    typed(f, x.id, p, "/id", 480, 1, true);
    typed(f, x.name, p, "/name", 481, 17, false);
    typed(f, x.volume_id, p, "/volume_id", 482, 1, true);
    undeclaredProperties(f, x, p, 478, k66, false);
  }
}
function v257(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 489, "object", x);
  else {
    typed(f, x.multiattach, p, "/multiattach", 490, 17, false);
    undeclaredProperties(f, x, p, 489, k67, false);
  }
}
function v256(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 486, "object", x);
  else {
    typed(f, x.description, p, "/description", 487, 17, false);
    nested(f, x.extra_specs, p, "/extra_specs", 488, "VolumeTypeExtraSpecs", v257, true);
    typed(f, x.id, p, "/id", 491, 1, true);
    typed(f, x.name, p, "/name", 492, 17, false);
    undeclaredProperties(f, x, p, 486, k68, false);
  }
}
function v255(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 484, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 485, "VolumeTypeDetailResponse", v256, true);
    }
  }
}
function v254(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 483, "object", x);
  else {
    nested(f, x.volume_types, p, "/volume_types", 484, "array of VolumeTypeDetailResponse", v255, true);
    undeclaredProperties(f, x, p, 483, k69, false);
  }
}
function v269(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 503, "null", x);
}
function v267(x: any, p: string, f: DriftFinding[]): void {
  oneOf(f, p, 502, x, [v3, v269], true);
}
function v271(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 508, "object", x);
  else {
    nested(f, x.attached_at, p, "/attached_at", 509, "Timestamp", v3, true);
    typed(f, x.device, p, "/device", 510, 1, true);
    typed(f, x.id, p, "/id", 511, 1, true);
    undeclaredProperties(f, x, p, 508, k70, false);
  }
}
function v270(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 506, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 507, "VolumeServer", v271, true);
    }
  }
}
function v274(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 517, "object", x);
  else {
    typed(f, x.checksum, p, "/checksum", 518, 17, false);
    typed(f, x.container_format, p, "/container_format", 519, 17, false);
    typed(f, x.disk_format, p, "/disk_format", 520, 17, false);
    typed(f, x.image_id, p, "/image_id", 521, 17, false);
    typed(f, x.image_name, p, "/image_name", 522, 17, false);
    typed(f, x.min_disk, p, "/min_disk", 523, 20, false);
    typed(f, x.min_ram, p, "/min_ram", 524, 20, false);
    typed(f, x.os_distro, p, "/os_distro", 525, 17, false);
    typed(f, x.scp_image_type, p, "/scp_image_type", 526, 17, false);
    typed(f, x.scp_k8s_version, p, "/scp_k8s_version", 527, 17, false);
    typed(f, x.scp_original_image_type, p, "/scp_original_image_type", 528, 17, false);
    typed(f, x.signature_verified, p, "/signature_verified", 529, 24, false);
    typed(f, x.size, p, "/size", 530, 20, false);
    undeclaredProperties(f, x, p, 517, k71, false);
  }
}
function v265(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 497, "object", x);
  else {
    typed(f, x.bootable, p, "/bootable", 498, 8, true);
    nested(f, x.created_at, p, "/created_at", 499, "Timestamp", v3, true);
    typed(f, x.encrypted, p, "/encrypted", 500, 8, true);
    typed(f, x.id, p, "/id", 501, 1, true);
    nested(f, x.modified_at, p, "/modified_at", 502, "one of Timestamp, null", v267, true);
    typed(f, x.multiattach, p, "/multiattach", 504, 8, true);
    typed(f, x.name, p, "/name", 505, 17, false);
    nested(f, x.servers, p, "/servers", 506, "array of VolumeServer", v270, true);
    typed(f, x.size, p, "/size", 512, 4, true);
    typed(f, x.snapshot_id, p, "/snapshot_id", 513, 17, false);
    typed(f, x.state, p, "/state", 514, 1, true);
    typed(f, x.user_id, p, "/user_id", 515, 1, true);
    nested(f, x.volume_image_metadata, p, "/volume_image_metadata", 516, "VolumeImageMetadataResponse", v274, false);
    typed(f, x.volume_type, p, "/volume_type", 531, 1, true);
    typed(f, x.volume_type_id, p, "/volume_type_id", 532, 1, true);
    undeclaredProperties(f, x, p, 497, k72, false);
  }
}
function v264(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 495, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 496, "VolumeShowResponse", v265, true);
    }
  }
}
function v263(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 493, "object", x);
  else {
    typed(f, x.count, p, "/count", 494, 20, false);
    nested(f, x.volumes, p, "/volumes", 495, "array of VolumeShowResponse", v264, true);
    undeclaredProperties(f, x, p, 493, k73, false);
  }
}
function v280(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 536, "object", x);
  else {
    typed(f, x.in_use, p, "/in_use", 537, 4, true);
    typed(f, x.limit, p, "/limit", 538, 4, true);
    typed(f, x.reserved, p, "/reserved", 539, 4, true);
    undeclaredProperties(f, x, p, 536, k38, false);
  }
}
function v279(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 533, "object", x);
  else {
    typed(f, x.id, p, "/id", 534, 1, true);
    nested(f, x.per_volume_size, p, "/per_volume_size", 535, "VolumeQuotaSetObject", v280, true);
    nested(f, x.snapshots, p, "/snapshots", 540, "VolumeQuotaSetObject", v280, true);
    nested(f, x.usages, p, "/usages", 541, "VolumeQuotaSetObject", v280, true);
    nested(f, x.volumes, p, "/volumes", 542, "VolumeQuotaSetObject", v280, true);
    undeclaredProperties(f, x, p, 533, k74, true);
  }
}
function v288(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 543, "object", x);
  else {
    typed(f, x.delete_on_termination, p, "/delete_on_termination", 544, 8, true);
    typed(f, x.device, p, "/device", 545, 1, true);
    typed(f, x.server_id, p, "/server_id", 546, 1, true);
    typed(f, x.volume_id, p, "/volume_id", 547, 1, true);
    undeclaredProperties(f, x, p, 543, k75, false);
  }
}

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "scp",
  spec: "1.3+0911fda34bda",
  nodes: [-1,"/components/schemas/AutoScalingGroupListResponse",0,"auto_scaling_groups",1,"/items",-1,"/components/schemas/AutoScalingGroup",3,"account_id",3,"created_at",-1,"/components/schemas/Timestamp",3,"created_by",3,"desired_server_count",3,"desired_server_count_editable",3,"drain_enabled",3,"drain_timeout",3,"id",3,"launch_configuration_id",3,"launch_configuration_name",3,"lb_server_groups",15,"/items",-1,"/components/schemas/AutoScalingGroupLbServerGroup",17,"id",17,"port",3,"max_server_count",3,"min_server_count",3,"modified_at",3,"modified_by",3,"name",3,"security_group_ids",25,"/items",3,"server_name_prefix",3,"state",3,"subnet_ids",29,"/items",3,"vpc_id",0,"count",-1,"/components/schemas/ValidationErrorList",33,"/items",-1,"/components/schemas/ValidationErrorModel",35,"ctx",35,"loc",37,"/items",35,"msg",35,"type_",-1,"/components/schemas/AutoScalingGroupShowResponse",41,"account_id",41,"created_at",41,"created_by",41,"desired_server_count",41,"desired_server_count_editable",41,"drain_enabled",41,"drain_timeout",41,"id",41,"launch_configuration_id",41,"launch_configuration_name",41,"lb_server_groups",52,"/items",41,"max_server_count",41,"min_server_count",41,"modified_at",41,"modified_by",41,"name",41,"security_group_ids",59,"/items",41,"server_name_prefix",41,"state",41,"subnet_ids",63,"/items",41,"total_server_count",41,"vpc_id",-1,"/components/schemas/AutoScalingGroupLbServerGroupListResponse",67,"count",67,"lb_server_groups",69,"/items",-1,"/components/schemas/AutoScalingGroupLbServerGroupShowResponse",71,"created_at",71,"created_by",71,"id",71,"modified_at",71,"modified_by",71,"name",71,"port",-1,"/components/schemas/AutoScalingGroupNotificationListResponse",79,"count",79,"notifications",81,"/items",-1,"/components/schemas/AutoScalingGroupNotificationShowResponse",83,"account_id",83,"auto_scaling_group_id",83,"created_at",83,"created_by",83,"id",83,"modified_at",83,"modified_by",83,"notification_events",91,"/items",83,"notification_state",83,"user_email",83,"user_id",83,"user_name",-1,"/components/schemas/AutoScalingGroupPolicyListResponse",97,"count",97,"policies",99,"/items",-1,"/components/schemas/AutoScalingGroupPolicyShowResponse",101,"account_id",101,"auto_scaling_group_id",101,"comparison_operator",101,"cooldown_seconds",101,"created_at",101,"created_by",101,"evaluation_minutes",101,"id",101,"metric_method",101,"metric_type",101,"modified_at",101,"modified_by",101,"name",101,"scale_method",101,"scale_type",101,"scale_value",101,"state",101,"threshold",101,"threshold_unit",-1,"/components/schemas/AutoScalingGroupScheduleListResponse",121,"count",121,"page",121,"schedules",124,"/items",-1,"/components/schemas/AutoScalingGroupScheduleShowResponse",126,"account_id",126,"created_at",126,"created_by",126,"day_of_month",126,"day_of_week",126,"description",126,"desired_server_count",126,"end_date",126,"frequency",-1,"/components/schemas/JobSchedulingFrequencyEnum",126,"hour",126,"id",126,"max_server_count",126,"min_server_count",126,"minute",126,"modified_at",126,"modified_by",126,"name",126,"start_date",126,"state",126,"timezone",121,"size",121,"sort",149,"/items",-1,"/components/schemas/AutoScalingGroupVirtualServerListResponse",151,"servers",152,"/items",-1,"/components/schemas/AutoScalingGroupVirtualServerShowResponse",154,"account_id",154,"addresses",156,"/items",-1,"/components/schemas/ServerShowResponseAddress",158,"ip_addresses",159,"/items",-1,"/components/schemas/ServerShowResponseAddressIpAddress",161,"ip_address",161,"version",158,"subnet_name",154,"auto_scaling_group_id",154,"created_at",154,"created_by",154,"disk_config",154,"id",154,"image_id",154,"is_marketplace",154,"keypair_name",154,"launch_configuration_id",154,"lb_linked_state",154,"locked",154,"metadata",154,"modified_at",154,"name",154,"planned_compute_os_type",-1,"/components/schemas/PlannedComputeOsType",154,"product_category",-1,"/components/schemas/ProductCategory",154,"product_offering",-1,"/components/schemas/ProductOffering",154,"security_groups",185,"/items",-1,"/components/schemas/ServerShowResponseSecurityGroup",187,"name",154,"server_group_id",154,"server_type",-1,"/components/schemas/ServerShowResponseServerType",191,"disk",191,"ephemeral",191,"extra_specs",191,"id",191,"name",191,"ram",191,"swap",191,"vcpus",154,"state",154,"volumes",201,"/items",-1,"/components/schemas/ServerShowResponseVolume",203,"delete_on_termination",203,"id",154,"vpc_id",-1,"/components/schemas/DefaultConfigListResponse",207,"configs",207,"count",-1,"/components/schemas/ImageListResponse",210,"images",211,"/items",-1,"/components/schemas/ImageShowResponse",213,"checksum",213,"container_format",213,"created_at",213,"disk_format",213,"file",213,"id",213,"min_disk",213,"min_ram",213,"name",213,"os_distro",213,"os_hash_algo",213,"os_hash_value",213,"os_hidden",213,"owner",213,"owner_account_name",213,"owner_user_name",213,"protected",213,"root_device_name",213,"scp_image_type",213,"scp_k8s_version",213,"scp_original_image_type",213,"scp_os_build_version",213,"scp_os_version",213,"size",213,"status",213,"updated_at",213,"url",213,"virtual_size",213,"visibility",213,"volumes",-1,"/components/schemas/ImageMemberListResponse",244,"members",245,"/items",-1,"/components/schemas/ImageMemberShowResponse",247,"created_at",247,"image_id",247,"member_id",247,"status",247,"updated_at",-1,"/components/schemas/KeypairListResponse",253,"keypairs",254,"/items",-1,"/components/schemas/Keypair",256,"fingerprint",256,"name",256,"public_key",256,"type",-1,"/components/schemas/KeypairCreateResponse",261,"fingerprint",261,"name",261,"private_key",261,"public_key",261,"type",-1,"/components/schemas/KeypairShowResponse",267,"created_at",267,"fingerprint",267,"id",267,"name",267,"public_key",267,"type",267,"user_id",-1,"/components/schemas/LaunchConfigurationShowResponse",275,"account_id",275,"auto_scaling_group_count",275,"boot_disk_size",275,"created_at",275,"created_by",275,"extra_disk_size",275,"id",275,"image_id",275,"image_name",275,"keypair_name",275,"modified_at",275,"modified_by",275,"name",275,"public_key",275,"server_type_id",275,"state",275,"user_data",275,"volumes",293,"/items",-1,"/components/schemas/LaunchConfigurationVolume",295,"boot_index",295,"size",295,"type",-1,"/components/schemas/LaunchConfigurationDetailShowResponse",299,"account_id",299,"auto_scaling_group_count",299,"created_at",299,"created_by",299,"id",299,"image_id",299,"image_name",299,"keypair_name",299,"modified_at",299,"modified_by",299,"name",299,"public_key",299,"server_type_id",299,"state",299,"user_data",299,"volumes",315,"/items",-1,"/components/schemas/ServerQuotaSet",317,"cores",-1,"/components/schemas/ServerQuotaSetObject",319,"in_use",319,"limit",319,"reserved",317,"id",317,"instances",317,"keypairs",317,"metadata_items",317,"ram",317,"server_group_members",317,"server_groups",-1,"/components/schemas/ServerGroupListResponse",330,"server_groups",331,"/items",-1,"/components/schemas/ServerGroup",333,"account_id",333,"id",333,"members",336,"/items",333,"name",333,"policy",333,"user_id",-1,"/components/schemas/ServerTypeListResponse",341,"server_types",342,"/items",-1,"/components/schemas/ServerType",344,"description",344,"disk",344,"ephemeral",344,"extra_specs",344,"id",344,"name",344,"ram",344,"swap",344,"vcpus",-1,"/components/schemas/ServerListResponse",354,"servers",355,"/items",-1,"/components/schemas/ServerShowResponse",357,"account_id",357,"addresses",359,"/items",357,"auto_scaling_group_id",357,"created_at",357,"created_by",357,"disk_config",357,"id",357,"image_id",357,"is_marketplace",357,"keypair_name",357,"launch_configuration_id",357,"locked",357,"metadata",357,"modified_at",357,"name",357,"planned_compute_os_type",357,"product_category",357,"product_offering",357,"security_groups",377,"/items",357,"server_group_id",357,"server_type",357,"state",357,"volumes",382,"/items",357,"vpc_id",-1,"/components/schemas/ServerCreateResponse",385,"servers",386,"/items",-1,"/components/schemas/ServerCreateResponseParam",388,"id",-1,"/components/schemas/ServerConsoleLogResponse",390,"output",-1,"/components/schemas/ServerCreateImageResponse",392,"image_id",-1,"/components/schemas/ServerInterfaceListResponse",394,"interfaces",395,"/items",-1,"/components/schemas/InterfaceResponse",397,"fixed_ips",398,"/items",-1,"/components/schemas/InterfaceAttachmentFixedIp",400,"ip_address",397,"mac_addr",397,"port_id",397,"port_state",397,"private_static_nat",-1,"/components/schemas/PrivateStaticNat",406,"external_ip_address",406,"id",406,"private_nat_ip_id",406,"state",397,"static_nat",-1,"/components/schemas/PublicStaticNat",412,"external_ip_address",412,"id",412,"publicip_id",412,"state",397,"subnet_id",-1,"/components/schemas/ServerIpsResponse",418,"addresses",419,"/items",-1,"/components/schemas/ServerPasswordResponse",421,"password",-1,"/components/schemas/ServerSecurityGroupListResponse",423,"security_groups",424,"/items",-1,"/components/schemas/SecurityGroupResponse",426,"account_id",426,"description",426,"id",426,"name",426,"rules",431,"/items",-1,"/components/schemas/SecurityGroupResponseRule",433,"from_port",433,"id",433,"ip_protocol",433,"ip_range",-1,"/components/schemas/SecurityGroupResponseRuleIpRange",438,"cidr",433,"to_port",-1,"/components/schemas/ServerVolumesResponse",441,"volumes",442,"/items",-1,"/components/schemas/ServersVolumeResponse",444,"delete_on_termination",444,"device",444,"id",444,"server_id",444,"volume_id",-1,"/components/schemas/SnapshotListResponse",450,"count",450,"snapshots",452,"/items",-1,"/components/schemas/SnapshotDetailResponse",454,"created_at",454,"description",454,"id",454,"metadata",454,"name",454,"size",454,"status",454,"updated_at",454,"user_id",454,"volume_id",-1,"/components/schemas/VolumeTransferListResponse",465,"transfers",466,"/items",-1,"/components/schemas/VolumeTransferAcceptResponse",468,"id",468,"name",468,"volume_id",-1,"/components/schemas/VolumeTransferCreateResponse",472,"auth_key",472,"created_at",472,"id",472,"name",472,"volume_id",-1,"/components/schemas/VolumeTransferShowResponse",478,"created_at",478,"id",478,"name",478,"volume_id",-1,"/components/schemas/VolumeTypeListResponse",483,"volume_types",484,"/items",-1,"/components/schemas/VolumeTypeDetailResponse",486,"description",486,"extra_specs",-1,"/components/schemas/VolumeTypeExtraSpecs",489,"multiattach",486,"id",486,"name",-1,"/components/schemas/VolumeListResponse",493,"count",493,"volumes",495,"/items",-1,"/components/schemas/VolumeShowResponse",497,"bootable",497,"created_at",497,"encrypted",497,"id",497,"modified_at",-1,"/components/schemas/VolumeShowResponse/properties/modified_at/oneOf/1",497,"multiattach",497,"name",497,"servers",506,"/items",-1,"/components/schemas/VolumeServer",508,"attached_at",508,"device",508,"id",497,"size",497,"snapshot_id",497,"state",497,"user_id",497,"volume_image_metadata",-1,"/components/schemas/VolumeImageMetadataResponse",517,"checksum",517,"container_format",517,"disk_format",517,"image_id",517,"image_name",517,"min_disk",517,"min_ram",517,"os_distro",517,"scp_image_type",517,"scp_k8s_version",517,"scp_original_image_type",517,"signature_verified",517,"size",497,"volume_type",497,"volume_type_id",-1,"/components/schemas/VolumeQuotaSet",533,"id",533,"per_volume_size",-1,"/components/schemas/VolumeQuotaSetObject",536,"in_use",536,"limit",536,"reserved",533,"snapshots",533,"usages",533,"volumes",-1,"/components/schemas/VolumeServerAttachResponse",543,"delete_on_termination",543,"device",543,"server_id",543,"volume_id"],
  operations: {
    "GET /v1/auto-scaling-groups": ["listAutoScalingGroups", { "200": v0, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups": ["createAutoScalingGroup", { "201": v19, "400": v13, "401": 0, "403": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}": ["showAutoScalingGroup", { "200": v19, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}": ["updateAutoScalingGroup", { "200": v19, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}": ["deleteAutoScalingGroup", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": ["listAutoScalingGroupLbServerGroups", { "200": v30, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": ["updateAutoScalingGroupLbServerGroups", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": ["listAutoScalingGroupNotifications", { "200": v37, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": ["createAutoScalingGroupNotification", { "201": v37, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["showAutoScalingGroupNotification", { "200": v39, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["updateAutoScalingGroupNotification", { "200": v39, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["deleteAutoScalingGroupNotification", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies": ["listAutoScalingGroupPolicies", { "200": v48, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/policies": ["createAutoScalingGroupPolicy", { "201": v50, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["showAutoScalingGroupPolicy", { "200": v50, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["updateAutoScalingGroupPolicy", { "200": v50, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["deleteAutoScalingGroupPolicy", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": ["listAutoScalingGroupSchedules", { "200": v58, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": ["createAutoScalingGroupSchedule", { "201": v60, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["showAutoScalingGroupSchedule", { "200": v60, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["updateAutoScalingGroupSchedule", { "200": v60, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["deleteAutoScalingGroupSchedule", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/server-count": ["updateAutoScalingGroupServerCount", { "200": v19, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers": ["listAutoScalingGroupVirtualServers", { "200": v72, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/default-configs": ["listDefaultConfigs", { "200": v101, "400": v13, "401": 0, "403": 0 }],
    "GET /v1/images": ["listImages", { "200": v104, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/images": ["createImage", { "200": v106, "400": v13, "401": 0, "403": 0 }],
    "GET /v1/images/{image_id}": ["showImage", { "200": v106, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/images/{image_id}": ["updateImage", { "200": v106, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/images/{image_id}": ["deleteImage", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/images/{image_id}/import": ["importImage", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/images/{image_id}/members": ["listImageMembers", { "200": v112, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/images/{image_id}/members": ["createImageMember", { "200": v114, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/images/{image_id}/members/{member_id}": ["showImageMember", { "200": v114, "400": v13, "401": 0, "404": 0 }],
    "PUT /v1/images/{image_id}/members/{member_id}": ["updateImageMember", { "200": v114, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/images/{image_id}/members/{member_id}": ["deleteImageMember", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/images/{image_id}/share": ["createSharingImage", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/keypairs": ["listKeypairs", { "200": v120, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/keypairs": ["createKeypair", { "201": v125, "400": v13, "401": 0, "403": 0, "409": 0 }],
    "GET /v1/keypairs/{keypair_name}": ["showKeypair", { "200": v127, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/keypairs/{keypair_name}": ["deleteKeypair", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/launch-configurations": ["listLaunchConfigurations", { "200": v130, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/launch-configurations": ["createLaunchConfiguration", { "201": v137, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/launch-configurations/{launch_configuration_id}": ["showLaunchConfiguration", { "200": v137, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/launch-configurations/{launch_configuration_id}": ["deleteLaunchConfiguration", { "204": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/pending-images": ["listPendingImages", { "200": v104, "400": v13, "401": 0, "403": 0 }],
    "GET /v1/quota-sets": ["showQuotaSet", { "200": v145, "401": 0, "403": 0 }],
    "GET /v1/server-groups": ["listServerGroups", { "200": v155, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/server-groups": ["createServerGroup", { "201": v157, "400": v13, "401": 0, "403": 0, "409": 0 }],
    "GET /v1/server-groups/{server_group_id}": ["showServerGroup", { "200": v157, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/server-groups/{server_group_id}": ["deleteServerGroup", { "200": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/server-types": ["listServerTypes", { "200": v163, "400": v13, "401": 0, "403": 0 }],
    "GET /v1/server-types/{server_type_id}": ["showServerType", { "200": v165, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/servers": ["listVirtualServers", { "200": v170, "400": v13, "401": 0, "403": 0 }],
    "POST /v1/servers": ["createVirtualServer", { "202": v187, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}": ["showVirtualServer", { "200": v172, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/servers/{server_id}": ["updateVirtualServer", { "200": v172, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}": ["deleteVirtualServer", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/console-log": ["showVirtualServerConsoleLog", { "200": v194, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/dump": ["createVirtualServerDump", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/images": ["createVirtualServerCustomImage", { "202": v196, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/interfaces": ["listServerInterfaces", { "200": v198, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/interfaces": ["createServerInterface", { "200": v200, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/interfaces/{port_id}": ["showServerInterface", { "200": v198, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/servers/{server_id}/interfaces/{port_id}": ["updateServerInterface", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/interfaces/{port_id}": ["deleteServerInterface", { "200": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats": ["createServerInterfacePrivateNat", { "201": 0, "400": v13, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}": ["deleteServerInterfacePrivateNat", { "202": 0, "400": v13, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/interfaces/{port_id}/static-nats": ["createServerInterfaceNat", { "201": 0, "400": v13, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}": ["deleteServerInterfaceNat", { "202": 0, "400": v13, "403": 0, "404": 0 }],
    "GET /v1/servers/{server_id}/ips": ["listServerIps", { "200": v211, "400": v13, "401": 0, "403": 0 }],
    "GET /v1/servers/{server_id}/ips/{subnet_id}": ["showServerIp", { "200": v76, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/lock": ["lockVirtualServer", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/password": ["showVirtualServerPassword", { "200": v216, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/reboot": ["rebootVirtualServer", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/rebuild": ["rebuildVirtualServer", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/security-groups": ["listVirtualServerSecurityGroups", { "200": v218, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/security-groups": ["attachVirtualServerSecurityGroup", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "DELETE /v1/servers/{server_id}/security-groups/{security_group_id}": ["detachVirtualServerSecurityGroup", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/server-type": ["setVirtualServerType", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/start": ["startVirtualServer", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/stop": ["stopVirtualServer", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/unlock": ["unlockVirtualServer", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/servers/{server_id}/volumes": ["listServerVolumes", { "200": v228, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/volumes": ["createServerVolume", { "200": v230, "400": v13, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/volumes/{volume_id}": ["showServerVolume", { "200": v230, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/servers/{server_id}/volumes/{volume_id}": ["updateServerVolume", { "200": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/volumes/{volume_id}": ["deleteServerVolume", { "202": 0, "400": v13, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/snapshots": ["listSnapshot", { "200": v235, "400": v13, "401": 0 }],
    "POST /v1/snapshots": ["createSnapshot", { "202": v237, "400": v13, "401": 0 }],
    "GET /v1/snapshots/{snapshot_id}": ["showSnapshot", { "200": v237, "400": v13, "401": 0 }],
    "PUT /v1/snapshots/{snapshot_id}": ["updateSnapshot", { "200": v237, "400": v13, "401": 0 }],
    "DELETE /v1/snapshots/{snapshot_id}": ["deleteSnapshot", { "202": 0, "400": v13, "401": 0 }],
    "GET /v1/volume-transfer": ["listVolumeTransfer", { "200": v244, "400": v13, "401": 0 }],
    "POST /v1/volume-transfer": ["createVolumeTransfer", { "202": v249, "400": v13, "401": 0 }],
    "GET /v1/volume-transfer/{transfer_id}": ["showVolumeTransfer", { "200": v251, "400": v13, "401": 0 }],
    "DELETE /v1/volume-transfer/{transfer_id}": ["deleteVolumeTransfer", { "202": 0, "400": v13, "401": 0 }],
    "POST /v1/volume-transfer/{transfer_id}/accept": ["acceptVolumeTransfer", { "202": v246, "400": v13, "401": 0 }],
    "GET /v1/volume-types": ["listVolumeTypes", { "200": v254, "400": v13, "401": 0, "500": 0 }],
    "GET /v1/volume-types/default": ["showDefaultVolumeType", { "200": v256, "401": 0, "500": 0 }],
    "GET /v1/volume-types/{volume_type_id}": ["showVolumeType", { "200": v256, "400": v13, "401": 0, "500": 0 }],
    "GET /v1/volumes": ["listVolumes", { "200": v263, "400": v13, "401": 0 }],
    "POST /v1/volumes": ["createVolume", { "202": v265, "400": v13, "401": 0 }],
    "GET /v1/volumes/quota-sets": ["showVolumeQuotaSet", { "200": v279, "401": 0, "403": 0 }],
    "GET /v1/volumes/{volume_id}": ["showVolume", { "200": v265, "400": v13, "401": 0 }],
    "PUT /v1/volumes/{volume_id}": ["updateVolume", { "200": v265, "400": v13, "401": 0 }],
    "DELETE /v1/volumes/{volume_id}": ["deleteVolume", { "202": 0, "400": v13, "401": 0, "409": 0 }],
    "POST /v1/volumes/{volume_id}/revert": ["revertVolumeToSnapshot", { "202": 0, "400": v13, "401": 0, "409": 0 }],
    "POST /v1/volumes/{volume_id}/servers": ["attachVolumeToVirtualServer", { "202": v288, "400": v13, "401": 0, "409": 0 }],
    "DELETE /v1/volumes/{volume_id}/servers/{server_id}": ["detachVolumeFromVirtualServer", { "202": 0, "400": v13, "401": 0, "409": 0 }],
    "PUT /v1/volumes/{volume_id}/size": ["extendVolume", { "202": v265, "400": v13, "401": 0, "409": 0 }],
  },
});
