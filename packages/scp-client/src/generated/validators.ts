// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, enumerated, isObject, missing, nested, notInEnum, oneOf, outOfBounds, typeMismatch, typed, undeclaredProperties } from "@cloudspecs/runtime/drift";

// biome-ignore-all lint: generated
/* eslint-disable */

const k0 = new Set<string>(["auto_scaling_groups","count"]);
const k1 = new Set<string>(["account_id","created_at","created_by","desired_server_count","desired_server_count_editable","drain_enabled","drain_timeout","id","launch_configuration_id","launch_configuration_name","lb_server_groups","max_server_count","min_server_count","modified_at","modified_by","name","security_group_ids","server_name_prefix","state","subnet_ids","total_server_count","vpc_id"]);
const k2 = new Set<string>(["count","lb_server_groups"]);
const k3 = new Set<string>(["count","notifications"]);
const k4 = new Set<string>(["account_id","auto_scaling_group_id","created_at","created_by","id","modified_at","modified_by","notification_events","notification_state","user_email","user_id","user_name"]);
const k5 = new Set<string>(["count","policies"]);
const k6 = new Set<string>(["account_id","auto_scaling_group_id","comparison_operator","cooldown_seconds","created_at","created_by","evaluation_minutes","id","metric_method","metric_type","modified_at","modified_by","name","scale_method","scale_type","scale_value","state","threshold","threshold_unit"]);
const k7 = new Set<string>(["count","page","schedules","size","sort"]);
const k8 = new Set<string>(["account_id","created_at","created_by","day_of_month","day_of_week","description","desired_server_count","end_date","frequency","hour","id","max_server_count","min_server_count","minute","modified_at","modified_by","name","start_date","state","timezone"]);
const k9 = new Set<string>(["servers"]);
const k10 = new Set<string>(["configs","count"]);
const k11 = new Set<string>(["images"]);
const k12 = new Set<string>(["checksum","container_format","created_at","disk_format","file","id","min_disk","min_ram","name","os_distro","os_hash_algo","os_hash_value","os_hidden","owner","owner_account_name","owner_user_name","protected","root_device_name","scp_image_type","scp_k8s_version","scp_original_image_type","scp_os_build_version","scp_os_version","size","status","updated_at","url","virtual_size","visibility","volumes"]);
const k13 = new Set<string>(["members"]);
const k14 = new Set<string>(["created_at","image_id","member_id","status","updated_at"]);
const k15 = new Set<string>(["keypairs"]);
const k16 = new Set<string>(["fingerprint","name","private_key","public_key","type"]);
const k17 = new Set<string>(["created_at","fingerprint","id","name","public_key","type","user_id"]);
const k18 = new Set<string>(["account_id","auto_scaling_group_count","boot_disk_size","created_at","created_by","extra_disk_size","id","image_id","image_name","keypair_name","modified_at","modified_by","name","public_key","server_type_id","state","user_data","volumes"]);
const k19 = new Set<string>(["account_id","auto_scaling_group_count","created_at","created_by","id","image_id","image_name","keypair_name","modified_at","modified_by","name","public_key","server_type_id","state","user_data","volumes"]);
const k20 = new Set<string>(["cores","id","instances","keypairs","metadata_items","ram","server_group_members","server_groups"]);
const k21 = new Set<string>(["server_groups"]);
const k22 = new Set<string>(["account_id","id","members","name","policy","user_id"]);
const k23 = new Set<string>(["server_types"]);
const k24 = new Set<string>(["description","disk","ephemeral","extra_specs","id","name","ram","swap","vcpus"]);
const e25 = ["open_source","windows","rhel"];
const k26 = new Set<string>(["account_id","addresses","auto_scaling_group_id","created_at","created_by","disk_config","id","image_id","is_marketplace","keypair_name","launch_configuration_id","locked","metadata","modified_at","name","planned_compute_os_type","product_category","product_offering","security_groups","server_group_id","server_type","state","volumes","vpc_id"]);
const k27 = new Set<string>(["output"]);
const k28 = new Set<string>(["image_id"]);
const k29 = new Set<string>(["interfaces"]);
const k30 = new Set<string>(["fixed_ips","mac_addr","port_id","port_state","private_static_nat","static_nat","subnet_id"]);
const k31 = new Set<string>(["addresses"]);
const k32 = new Set<string>(["ip_addresses","subnet_name"]);
const k33 = new Set<string>(["password"]);
const k34 = new Set<string>(["security_groups"]);
const k35 = new Set<string>(["volumes"]);
const k36 = new Set<string>(["delete_on_termination","device","id","server_id","volume_id"]);
const k37 = new Set<string>(["count","snapshots"]);
const k38 = new Set<string>(["created_at","description","id","metadata","name","size","status","updated_at","user_id","volume_id"]);
const k39 = new Set<string>(["transfers"]);
const k40 = new Set<string>(["auth_key","created_at","id","name","volume_id"]);
const k41 = new Set<string>(["created_at","id","name","volume_id"]);
const k42 = new Set<string>(["id","name","volume_id"]);
const k43 = new Set<string>(["volume_types"]);
const k44 = new Set<string>(["description","extra_specs","id","name"]);
const k45 = new Set<string>(["count","volumes"]);
const k46 = new Set<string>(["bootable","created_at","encrypted","id","modified_at","multiattach","name","servers","size","snapshot_id","state","user_id","volume_image_metadata","volume_type","volume_type_id"]);
const k47 = new Set<string>(["id","per_volume_size","snapshots","usages","volumes"]);
const k48 = new Set<string>(["delete_on_termination","device","server_id","volume_id"]);
const k49 = new Set<string>(["account_id","created_at","created_by","desired_server_count","desired_server_count_editable","drain_enabled","drain_timeout","id","launch_configuration_id","launch_configuration_name","lb_server_groups","max_server_count","min_server_count","modified_at","modified_by","name","security_group_ids","server_name_prefix","state","subnet_ids","vpc_id"]);
const k50 = new Set<string>(["ctx","loc","msg","type_"]);
const r51 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?$", "u");
const k52 = new Set<string>(["id","port"]);
const k53 = new Set<string>(["created_at","created_by","id","modified_at","modified_by","name","port"]);
const e54 = ["ONCE","DAILY","WEEKLY","MONTHLY"];
const k55 = new Set<string>(["account_id","addresses","auto_scaling_group_id","created_at","created_by","disk_config","id","image_id","is_marketplace","keypair_name","launch_configuration_id","lb_linked_state","locked","metadata","modified_at","name","planned_compute_os_type","product_category","product_offering","security_groups","server_group_id","server_type","state","volumes","vpc_id"]);
const k56 = new Set<string>(["fingerprint","name","public_key","type"]);
const k57 = new Set<string>(["boot_index","size","type"]);
const k58 = new Set<string>(["in_use","limit","reserved"]);
const k59 = new Set<string>(["id"]);
const e60 = ["compute","container"];
const e61 = ["virtual_server","gpu_server","k8s_vm","k8s_gpu_vm"];
const k62 = new Set<string>(["name"]);
const k63 = new Set<string>(["disk","ephemeral","extra_specs","id","name","ram","swap","vcpus"]);
const k64 = new Set<string>(["delete_on_termination","id"]);
const k65 = new Set<string>(["ip_address"]);
const k66 = new Set<string>(["external_ip_address","id","private_nat_ip_id","state"]);
const k67 = new Set<string>(["external_ip_address","id","publicip_id","state"]);
const e68 = [4,6];
const k69 = new Set<string>(["ip_address","version"]);
const k70 = new Set<string>(["account_id","description","id","name","rules"]);
const k71 = new Set<string>(["multiattach"]);
const k72 = new Set<string>(["attached_at","device","id"]);
const k73 = new Set<string>(["checksum","container_format","disk_format","image_id","image_name","min_disk","min_ram","os_distro","scp_image_type","scp_k8s_version","scp_original_image_type","signature_verified","size"]);
const k74 = new Set<string>(["from_port","id","ip_protocol","ip_range","to_port"]);
const k75 = new Set<string>(["cidr"]);

function s0(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          nested(f, y, q, "", n + 1, "AutoScalingGroupLbServerGroup", v54, true);
        }
      }
    }
  };
}
function s1(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          typed(f, y, q, "", n + 1, 1, true);
        }
      }
    }
  };
}
function s2(n: number) {
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
function s3(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  };
}
function s4(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          nested(f, y, q, "", n + 1, "LaunchConfigurationVolume", v59, true);
        }
      }
    }
  };
}
function s5(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          nested(f, y, q, "", n + 1, "ServerShowResponseAddress", v34, true);
        }
      }
    }
  };
}
function s6(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          nested(f, y, q, "", n + 1, "ServerShowResponseSecurityGroup", v64, true);
        }
      }
    }
  };
}
function s7(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "ServerShowResponseVolume", v66, true);
      }
    }
  };
}
function s8(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x) || x === null)) typeMismatch(f, p, n, "object or null", x);
  };
}
function s9(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.in_use, p, "/in_use", n + 1, 4, true);
      typed(f, x.limit, p, "/limit", n + 2, 4, true);
      typed(f, x.reserved, p, "/reserved", n + 3, 4, true);
      if (o) undeclaredProperties(f, x, p, n, k58, false);
    }
  };
}
function v0_0(x: any, p: string, f: DriftFinding[], n = 2): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AutoScalingGroup", v51, true);
    }
  }
}
function v0(x: any, p: string, f: DriftFinding[], n = 0): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.auto_scaling_groups, p, "/auto_scaling_groups", n + 1, "array of AutoScalingGroup", v0_0, true);
    typed(f, x.count, p, "/count", n + 4, 4, true);
    undeclaredProperties(f, x, p, n, k0, false);
  }
}
function v1(x: any, p: string, f: DriftFinding[], n = 5): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ValidationErrorModel", v52, true);
    }
  }
}
function v2(x: any, p: string, f: DriftFinding[], n = 7): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", n + 4, 4, true);
    typed(f, x.desired_server_count_editable, p, "/desired_server_count_editable", n + 5, 8, true);
    typed(f, x.drain_enabled, p, "/drain_enabled", n + 6, 8, true);
    typed(f, x.drain_timeout, p, "/drain_timeout", n + 7, 20, false);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", n + 9, 1, true);
    typed(f, x.launch_configuration_name, p, "/launch_configuration_name", n + 10, 1, true);
    nested(f, x.lb_server_groups, p, "/lb_server_groups", n + 11, "array of AutoScalingGroupLbServerGroup or null", v2_0, false);
    typed(f, x.max_server_count, p, "/max_server_count", n + 14, 4, true);
    typed(f, x.min_server_count, p, "/min_server_count", n + 15, 4, true);
    nested(f, x.modified_at, p, "/modified_at", n + 16, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 17, 1, true);
    typed(f, x.name, p, "/name", n + 18, 1, true);
    nested(f, x.security_group_ids, p, "/security_group_ids", n + 19, "array of string or null", v2_1, false);
    typed(f, x.server_name_prefix, p, "/server_name_prefix", n + 22, 1, true);
    typed(f, x.state, p, "/state", n + 23, 1, true);
    nested(f, x.subnet_ids, p, "/subnet_ids", n + 24, "array of string", v2_2, false);
    typed(f, x.total_server_count, p, "/total_server_count", n + 27, 4, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 28, 1, true);
    undeclaredProperties(f, x, p, n, k1, false);
  }
}
function v3_0(x: any, p: string, f: DriftFinding[], n = 39): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AutoScalingGroupLbServerGroupShowResponse", v55, true);
    }
  }
}
function v3(x: any, p: string, f: DriftFinding[], n = 36): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    nested(f, x.lb_server_groups, p, "/lb_server_groups", n + 2, "array of AutoScalingGroupLbServerGroupShowResponse", v3_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v4_0(x: any, p: string, f: DriftFinding[], n = 44): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AutoScalingGroupNotificationShowResponse", v5, true);
    }
  }
}
function v4(x: any, p: string, f: DriftFinding[], n = 41): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    nested(f, x.notifications, p, "/notifications", n + 2, "array of AutoScalingGroupNotificationShowResponse", v4_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v5(x: any, p: string, f: DriftFinding[], n = 46): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", n + 2, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    typed(f, x.id, p, "/id", n + 5, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 6, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 7, 1, true);
    nested(f, x.notification_events, p, "/notification_events", n + 8, "array of string", v5_0, true);
    typed(f, x.notification_state, p, "/notification_state", n + 11, 1, true);
    typed(f, x.user_email, p, "/user_email", n + 12, 1, true);
    typed(f, x.user_id, p, "/user_id", n + 13, 1, true);
    typed(f, x.user_name, p, "/user_name", n + 14, 1, true);
    undeclaredProperties(f, x, p, n, k4, false);
  }
}
function v6_0(x: any, p: string, f: DriftFinding[], n = 64): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AutoScalingGroupPolicyShowResponse", v7, true);
    }
  }
}
function v6(x: any, p: string, f: DriftFinding[], n = 61): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    nested(f, x.policies, p, "/policies", n + 2, "array of AutoScalingGroupPolicyShowResponse", v6_0, true);
    undeclaredProperties(f, x, p, n, k5, false);
  }
}
function v7(x: any, p: string, f: DriftFinding[], n = 66): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", n + 2, 1, true);
    typed(f, x.comparison_operator, p, "/comparison_operator", n + 3, 1, true);
    typed(f, x.cooldown_seconds, p, "/cooldown_seconds", n + 4, 4, true);
    nested(f, x.created_at, p, "/created_at", n + 5, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 6, 1, true);
    typed(f, x.evaluation_minutes, p, "/evaluation_minutes", n + 7, 4, true);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    typed(f, x.metric_method, p, "/metric_method", n + 9, 1, true);
    typed(f, x.metric_type, p, "/metric_type", n + 10, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 11, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 12, 1, true);
    typed(f, x.name, p, "/name", n + 13, 1, true);
    typed(f, x.scale_method, p, "/scale_method", n + 14, 1, true);
    typed(f, x.scale_type, p, "/scale_type", n + 15, 1, true);
    typed(f, x.scale_value, p, "/scale_value", n + 16, 4, true);
    typed(f, x.state, p, "/state", n + 17, 1, true);
    typed(f, x.threshold, p, "/threshold", n + 18, 4, true);
    typed(f, x.threshold_unit, p, "/threshold_unit", n + 19, 1, true);
    undeclaredProperties(f, x, p, n, k6, false);
  }
}
function v8_0(x: any, p: string, f: DriftFinding[], n = 90): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AutoScalingGroupScheduleShowResponse", v9, true);
    }
  }
}
function v8(x: any, p: string, f: DriftFinding[], n = 86): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    nested(f, x.schedules, p, "/schedules", n + 3, "array of AutoScalingGroupScheduleShowResponse", v8_0, true);
    typed(f, x.size, p, "/size", n + 6, 4, true);
    nested(f, x.sort, p, "/sort", n + 7, "array of string or null", v8_1, false);
    undeclaredProperties(f, x, p, n, k7, false);
  }
}
function v9(x: any, p: string, f: DriftFinding[], n = 96): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.day_of_month, p, "/day_of_month", n + 4, 17, true);
    typed(f, x.day_of_week, p, "/day_of_week", n + 5, 17, true);
    typed(f, x.description, p, "/description", n + 6, 17, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", n + 7, 20, true);
    typed(f, x.end_date, p, "/end_date", n + 8, 17, true);
    nested(f, x.frequency, p, "/frequency", n + 9, "JobSchedulingFrequencyEnum", v56, true);
    typed(f, x.hour, p, "/hour", n + 10, 4, true);
    typed(f, x.id, p, "/id", n + 11, 1, true);
    typed(f, x.max_server_count, p, "/max_server_count", n + 12, 20, true);
    typed(f, x.min_server_count, p, "/min_server_count", n + 13, 20, true);
    typed(f, x.minute, p, "/minute", n + 14, 4, true);
    nested(f, x.modified_at, p, "/modified_at", n + 15, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 16, 1, true);
    typed(f, x.name, p, "/name", n + 17, 1, true);
    typed(f, x.start_date, p, "/start_date", n + 18, 1, true);
    typed(f, x.state, p, "/state", n + 19, 1, true);
    typed(f, x.timezone, p, "/timezone", n + 20, 1, true);
    undeclaredProperties(f, x, p, n, k8, false);
  }
}
function v10_0(x: any, p: string, f: DriftFinding[], n = 119): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AutoScalingGroupVirtualServerShowResponse", v57, true);
    }
  }
}
function v10(x: any, p: string, f: DriftFinding[], n = 117): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.servers, p, "/servers", n + 1, "array of AutoScalingGroupVirtualServerShowResponse", v10_0, true);
    undeclaredProperties(f, x, p, n, k9, false);
  }
}
function v11(x: any, p: string, f: DriftFinding[], n = 121): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.configs, p, "/configs", n + 1, "object", v11_0, true);
    typed(f, x.count, p, "/count", n + 3, 4, true);
    undeclaredProperties(f, x, p, n, k10, false);
  }
}
function v12_0(x: any, p: string, f: DriftFinding[], n = 127): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ImageShowResponse", v13, true);
    }
  }
}
function v12(x: any, p: string, f: DriftFinding[], n = 125): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.images, p, "/images", n + 1, "array of ImageShowResponse", v12_0, true);
    undeclaredProperties(f, x, p, n, k11, false);
  }
}
function v13(x: any, p: string, f: DriftFinding[], n = 129): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.checksum, p, "/checksum", n + 1, 17, false);
    typed(f, x.container_format, p, "/container_format", n + 2, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 3, 1, true);
    typed(f, x.disk_format, p, "/disk_format", n + 4, 1, true);
    typed(f, x.file, p, "/file", n + 5, 1, true);
    typed(f, x.id, p, "/id", n + 6, 1, true);
    typed(f, x.min_disk, p, "/min_disk", n + 7, 4, true);
    typed(f, x.min_ram, p, "/min_ram", n + 8, 4, true);
    typed(f, x.name, p, "/name", n + 9, 1, true);
    typed(f, x.os_distro, p, "/os_distro", n + 10, 17, false);
    typed(f, x.os_hash_algo, p, "/os_hash_algo", n + 11, 17, false);
    typed(f, x.os_hash_value, p, "/os_hash_value", n + 12, 17, false);
    typed(f, x.os_hidden, p, "/os_hidden", n + 13, 8, true);
    typed(f, x.owner, p, "/owner", n + 14, 1, true);
    typed(f, x.owner_account_name, p, "/owner_account_name", n + 15, 17, false);
    typed(f, x.owner_user_name, p, "/owner_user_name", n + 16, 17, false);
    typed(f, x.protected, p, "/protected", n + 17, 8, true);
    typed(f, x.root_device_name, p, "/root_device_name", n + 18, 17, false);
    typed(f, x.scp_image_type, p, "/scp_image_type", n + 19, 17, false);
    typed(f, x.scp_k8s_version, p, "/scp_k8s_version", n + 20, 17, false);
    typed(f, x.scp_original_image_type, p, "/scp_original_image_type", n + 21, 17, false);
    typed(f, x.scp_os_build_version, p, "/scp_os_build_version", n + 22, 17, false);
    typed(f, x.scp_os_version, p, "/scp_os_version", n + 23, 17, false);
    typed(f, x.size, p, "/size", n + 24, 20, false);
    typed(f, x.status, p, "/status", n + 25, 1, true);
    typed(f, x.updated_at, p, "/updated_at", n + 26, 1, true);
    typed(f, x.url, p, "/url", n + 27, 17, false);
    typed(f, x.virtual_size, p, "/virtual_size", n + 28, 20, false);
    typed(f, x.visibility, p, "/visibility", n + 29, 1, true);
    typed(f, x.volumes, p, "/volumes", n + 30, 17, false);
    undeclaredProperties(f, x, p, n, k12, false);
  }
}
function v14_0(x: any, p: string, f: DriftFinding[], n = 162): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ImageMemberShowResponse", v15, true);
    }
  }
}
function v14(x: any, p: string, f: DriftFinding[], n = 160): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.members, p, "/members", n + 1, "array of ImageMemberShowResponse", v14_0, true);
    undeclaredProperties(f, x, p, n, k13, false);
  }
}
function v15(x: any, p: string, f: DriftFinding[], n = 164): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.created_at, p, "/created_at", n + 1, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 2, 1, true);
    typed(f, x.member_id, p, "/member_id", n + 3, 1, true);
    typed(f, x.status, p, "/status", n + 4, 1, true);
    typed(f, x.updated_at, p, "/updated_at", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k14, false);
  }
}
function v16_0(x: any, p: string, f: DriftFinding[], n = 172): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Keypair", v58, true);
    }
  }
}
function v16(x: any, p: string, f: DriftFinding[], n = 170): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.keypairs, p, "/keypairs", n + 1, "array of Keypair", v16_0, true);
    undeclaredProperties(f, x, p, n, k15, false);
  }
}
function v17(x: any, p: string, f: DriftFinding[], n = 174): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.fingerprint, p, "/fingerprint", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.private_key, p, "/private_key", n + 3, 17, false);
    typed(f, x.public_key, p, "/public_key", n + 4, 1, true);
    typed(f, x.type, p, "/type", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k16, false);
  }
}
function v18(x: any, p: string, f: DriftFinding[], n = 180): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.created_at, p, "/created_at", n + 1, "Timestamp", v53, true);
    typed(f, x.fingerprint, p, "/fingerprint", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 4, true);
    typed(f, x.name, p, "/name", n + 4, 1, true);
    typed(f, x.public_key, p, "/public_key", n + 5, 1, true);
    typed(f, x.type, p, "/type", n + 6, 1, true);
    typed(f, x.user_id, p, "/user_id", n + 7, 1, true);
    undeclaredProperties(f, x, p, n, k17, false);
  }
}
function v19(x: any, p: string, f: DriftFinding[], n = 188): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.auto_scaling_group_count, p, "/auto_scaling_group_count", n + 2, 20, false);
    typed(f, x.boot_disk_size, p, "/boot_disk_size", n + 3, 20, false);
    nested(f, x.created_at, p, "/created_at", n + 4, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 5, 1, true);
    typed(f, x.extra_disk_size, p, "/extra_disk_size", n + 6, 20, false);
    typed(f, x.id, p, "/id", n + 7, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 8, 1, true);
    typed(f, x.image_name, p, "/image_name", n + 9, 1, true);
    typed(f, x.keypair_name, p, "/keypair_name", n + 10, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 11, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 12, 1, true);
    typed(f, x.name, p, "/name", n + 13, 1, true);
    typed(f, x.public_key, p, "/public_key", n + 14, 17, false);
    typed(f, x.server_type_id, p, "/server_type_id", n + 15, 1, true);
    typed(f, x.state, p, "/state", n + 16, 1, true);
    typed(f, x.user_data, p, "/user_data", n + 17, 17, false);
    nested(f, x.volumes, p, "/volumes", n + 18, "array of LaunchConfigurationVolume or null", v19_0, false);
    undeclaredProperties(f, x, p, n, k18, false);
  }
}
function v20(x: any, p: string, f: DriftFinding[], n = 209): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.auto_scaling_group_count, p, "/auto_scaling_group_count", n + 2, 20, false);
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    typed(f, x.id, p, "/id", n + 5, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 6, 1, true);
    typed(f, x.image_name, p, "/image_name", n + 7, 1, true);
    typed(f, x.keypair_name, p, "/keypair_name", n + 8, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 9, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 10, 1, true);
    typed(f, x.name, p, "/name", n + 11, 1, true);
    typed(f, x.public_key, p, "/public_key", n + 12, 17, false);
    typed(f, x.server_type_id, p, "/server_type_id", n + 13, 1, true);
    typed(f, x.state, p, "/state", n + 14, 1, true);
    typed(f, x.user_data, p, "/user_data", n + 15, 17, false);
    nested(f, x.volumes, p, "/volumes", n + 16, "array of LaunchConfigurationVolume or null", v20_0, false);
    undeclaredProperties(f, x, p, n, k19, false);
  }
}
function v21(x: any, p: string, f: DriftFinding[], n = 228): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.cores, p, "/cores", n + 1, "ServerQuotaSetObject", v60, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    nested(f, x.instances, p, "/instances", n + 3, "ServerQuotaSetObject", v60, true);
    nested(f, x.keypairs, p, "/keypairs", n + 4, "ServerQuotaSetObject", v60, true);
    nested(f, x.metadata_items, p, "/metadata_items", n + 5, "ServerQuotaSetObject", v60, true);
    nested(f, x.ram, p, "/ram", n + 6, "ServerQuotaSetObject", v60, true);
    nested(f, x.server_group_members, p, "/server_group_members", n + 7, "ServerQuotaSetObject", v60, true);
    nested(f, x.server_groups, p, "/server_groups", n + 8, "ServerQuotaSetObject", v60, true);
    undeclaredProperties(f, x, p, n, k20, false);
  }
}
function v22_0(x: any, p: string, f: DriftFinding[], n = 239): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServerGroup", v23, true);
    }
  }
}
function v22(x: any, p: string, f: DriftFinding[], n = 237): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.server_groups, p, "/server_groups", n + 1, "array of ServerGroup", v22_0, true);
    undeclaredProperties(f, x, p, n, k21, false);
  }
}
function v23(x: any, p: string, f: DriftFinding[], n = 241): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    nested(f, x.members, p, "/members", n + 3, "array of string", v23_0, true);
    typed(f, x.name, p, "/name", n + 6, 1, true);
    typed(f, x.policy, p, "/policy", n + 7, 1, true);
    typed(f, x.user_id, p, "/user_id", n + 8, 1, true);
    undeclaredProperties(f, x, p, n, k22, false);
  }
}
function v24_0(x: any, p: string, f: DriftFinding[], n = 252): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServerType", v25, true);
    }
  }
}
function v24(x: any, p: string, f: DriftFinding[], n = 250): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.server_types, p, "/server_types", n + 1, "array of ServerType", v24_0, true);
    undeclaredProperties(f, x, p, n, k23, false);
  }
}
function v25(x: any, p: string, f: DriftFinding[], n = 254): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.description, p, "/description", n + 1, 17, true);
    typed(f, x.disk, p, "/disk", n + 2, 4, true);
    typed(f, x.ephemeral, p, "/ephemeral", n + 3, 4, true);
    nested(f, x.extra_specs, p, "/extra_specs", n + 4, "object", v25_0, true);
    typed(f, x.id, p, "/id", n + 6, 1, true);
    typed(f, x.name, p, "/name", n + 7, 1, true);
    typed(f, x.ram, p, "/ram", n + 8, 4, true);
    typed(f, x.swap, p, "/swap", n + 9, 4, true);
    typed(f, x.vcpus, p, "/vcpus", n + 10, 4, true);
    undeclaredProperties(f, x, p, n, k24, false);
  }
}
function v26_0(x: any, p: string, f: DriftFinding[], n = 267): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServerShowResponse", v28, true);
    }
  }
}
function v26(x: any, p: string, f: DriftFinding[], n = 265): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.servers, p, "/servers", n + 1, "array of ServerShowResponse", v26_0, true);
    undeclaredProperties(f, x, p, n, k9, false);
  }
}
function v27_0(x: any, p: string, f: DriftFinding[], n = 271): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServerCreateResponseParam", v61, true);
    }
  }
}
function v27(x: any, p: string, f: DriftFinding[], n = 269): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.servers, p, "/servers", n + 1, "array of ServerCreateResponseParam", v27_0, true);
    undeclaredProperties(f, x, p, n, k9, false);
  }
}
function v28(x: any, p: string, f: DriftFinding[], n = 273): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.addresses, p, "/addresses", n + 2, "array of ServerShowResponseAddress or null", v28_0, false);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", n + 5, 17, false);
    nested(f, x.created_at, p, "/created_at", n + 6, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 7, 1, true);
    typed(f, x.disk_config, p, "/disk_config", n + 8, 1, true);
    typed(f, x.id, p, "/id", n + 9, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 10, 17, false);
    typed(f, x.is_marketplace, p, "/is_marketplace", n + 11, 24, false);
    typed(f, x.keypair_name, p, "/keypair_name", n + 12, 17, false);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", n + 13, 17, false);
    typed(f, x.locked, p, "/locked", n + 14, 8, true);
    nested(f, x.metadata, p, "/metadata", n + 15, "object", v28_1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 17, "Timestamp", v53, true);
    typed(f, x.name, p, "/name", n + 18, 1, true);
    enumerated(f, x.planned_compute_os_type, p, "/planned_compute_os_type", n + 19, 1, e25, false);
    nested(f, x.product_category, p, "/product_category", n + 20, "ProductCategory", v62, false);
    nested(f, x.product_offering, p, "/product_offering", n + 21, "ProductOffering", v63, false);
    nested(f, x.security_groups, p, "/security_groups", n + 22, "array of ServerShowResponseSecurityGroup or null", v28_2, false);
    typed(f, x.server_group_id, p, "/server_group_id", n + 25, 17, false);
    nested(f, x.server_type, p, "/server_type", n + 26, "ServerShowResponseServerType", v65, true);
    typed(f, x.state, p, "/state", n + 27, 1, true);
    nested(f, x.volumes, p, "/volumes", n + 28, "array of ServerShowResponseVolume", v28_3, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 31, 17, false);
    undeclaredProperties(f, x, p, n, k26, false);
  }
}
function v29(x: any, p: string, f: DriftFinding[], n = 305): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.output, p, "/output", n + 1, 17, false);
    undeclaredProperties(f, x, p, n, k27, false);
  }
}
function v30(x: any, p: string, f: DriftFinding[], n = 307): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.image_id, p, "/image_id", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k28, false);
  }
}
function v31_0(x: any, p: string, f: DriftFinding[], n = 311): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "InterfaceResponse", v32, true);
    }
  }
}
function v31(x: any, p: string, f: DriftFinding[], n = 309): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.interfaces, p, "/interfaces", n + 1, "array of InterfaceResponse", v31_0, true);
    undeclaredProperties(f, x, p, n, k29, false);
  }
}
function v32_0(x: any, p: string, f: DriftFinding[], n = 315): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "InterfaceAttachmentFixedIp", v67, true);
    }
  }
}
function v32(x: any, p: string, f: DriftFinding[], n = 313): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.fixed_ips, p, "/fixed_ips", n + 1, "array of InterfaceAttachmentFixedIp", v32_0, true);
    typed(f, x.mac_addr, p, "/mac_addr", n + 4, 1, true);
    typed(f, x.port_id, p, "/port_id", n + 5, 1, true);
    typed(f, x.port_state, p, "/port_state", n + 6, 1, true);
    nested(f, x.private_static_nat, p, "/private_static_nat", n + 7, "PrivateStaticNat", v68, false);
    nested(f, x.static_nat, p, "/static_nat", n + 8, "PublicStaticNat", v69, false);
    typed(f, x.subnet_id, p, "/subnet_id", n + 9, 1, true);
    undeclaredProperties(f, x, p, n, k30, false);
  }
}
function v33_0(x: any, p: string, f: DriftFinding[], n = 325): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServerShowResponseAddress", v34, true);
    }
  }
}
function v33(x: any, p: string, f: DriftFinding[], n = 323): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.addresses, p, "/addresses", n + 1, "array of ServerShowResponseAddress", v33_0, true);
    undeclaredProperties(f, x, p, n, k31, false);
  }
}
function v34_0(x: any, p: string, f: DriftFinding[], n = 329): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServerShowResponseAddressIpAddress", v70, true);
    }
  }
}
function v34(x: any, p: string, f: DriftFinding[], n = 327): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 1, "array of ServerShowResponseAddressIpAddress", v34_0, true);
    typed(f, x.subnet_name, p, "/subnet_name", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k32, false);
  }
}
function v35(x: any, p: string, f: DriftFinding[], n = 332): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.password, p, "/password", n + 1, 17, false);
    undeclaredProperties(f, x, p, n, k33, false);
  }
}
function v36_0(x: any, p: string, f: DriftFinding[], n = 336): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SecurityGroupResponse", v71, true);
    }
  }
}
function v36(x: any, p: string, f: DriftFinding[], n = 334): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.security_groups, p, "/security_groups", n + 1, "array of SecurityGroupResponse", v36_0, true);
    undeclaredProperties(f, x, p, n, k34, false);
  }
}
function v37_0(x: any, p: string, f: DriftFinding[], n = 340): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ServersVolumeResponse", v38, true);
    }
  }
}
function v37(x: any, p: string, f: DriftFinding[], n = 338): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.volumes, p, "/volumes", n + 1, "array of ServersVolumeResponse", v37_0, true);
    undeclaredProperties(f, x, p, n, k35, false);
  }
}
function v38(x: any, p: string, f: DriftFinding[], n = 342): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.delete_on_termination, p, "/delete_on_termination", n + 1, 8, true);
    typed(f, x.device, p, "/device", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    typed(f, x.server_id, p, "/server_id", n + 4, 1, true);
    typed(f, x.volume_id, p, "/volume_id", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k36, false);
  }
}
function v39_0(x: any, p: string, f: DriftFinding[], n = 351): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SnapshotDetailResponse", v40, true);
    }
  }
}
function v39(x: any, p: string, f: DriftFinding[], n = 348): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.snapshots, p, "/snapshots", n + 2, "array of SnapshotDetailResponse", v39_0, true);
    undeclaredProperties(f, x, p, n, k37, false);
  }
}
function v40(x: any, p: string, f: DriftFinding[], n = 353): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.created_at, p, "/created_at", n + 1, 1, true);
    typed(f, x.description, p, "/description", n + 2, 17, false);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    nested(f, x.metadata, p, "/metadata", n + 4, "object or null", v40_0, false);
    typed(f, x.name, p, "/name", n + 6, 17, false);
    typed(f, x.size, p, "/size", n + 7, 4, true);
    typed(f, x.status, p, "/status", n + 8, 17, false);
    typed(f, x.updated_at, p, "/updated_at", n + 9, 17, false);
    typed(f, x.user_id, p, "/user_id", n + 10, 17, false);
    typed(f, x.volume_id, p, "/volume_id", n + 11, 1, true);
    undeclaredProperties(f, x, p, n, k38, false);
  }
}
function v41_0(x: any, p: string, f: DriftFinding[], n = 367): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VolumeTransferAcceptResponse", v44, true);
    }
  }
}
function v41(x: any, p: string, f: DriftFinding[], n = 365): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.transfers, p, "/transfers", n + 1, "array of VolumeTransferAcceptResponse", v41_0, true);
    undeclaredProperties(f, x, p, n, k39, false);
  }
}
function v42(x: any, p: string, f: DriftFinding[], n = 369): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.auth_key, p, "/auth_key", n + 1, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    typed(f, x.name, p, "/name", n + 4, 17, false);
    typed(f, x.volume_id, p, "/volume_id", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k40, false);
  }
}
function v43(x: any, p: string, f: DriftFinding[], n = 375): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.created_at, p, "/created_at", n + 1, 1, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    typed(f, x.name, p, "/name", n + 3, 17, false);
    typed(f, x.volume_id, p, "/volume_id", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k41, false);
  }
}
function v44(x: any, p: string, f: DriftFinding[], n = 380): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 17, false);
    typed(f, x.volume_id, p, "/volume_id", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k42, false);
  }
}
function v45_0(x: any, p: string, f: DriftFinding[], n = 386): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VolumeTypeDetailResponse", v46, true);
    }
  }
}
function v45(x: any, p: string, f: DriftFinding[], n = 384): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.volume_types, p, "/volume_types", n + 1, "array of VolumeTypeDetailResponse", v45_0, true);
    undeclaredProperties(f, x, p, n, k43, false);
  }
}
function v46(x: any, p: string, f: DriftFinding[], n = 388): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.description, p, "/description", n + 1, 17, false);
    nested(f, x.extra_specs, p, "/extra_specs", n + 2, "VolumeTypeExtraSpecs", v72, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    typed(f, x.name, p, "/name", n + 4, 17, false);
    undeclaredProperties(f, x, p, n, k44, false);
  }
}
function v47_0(x: any, p: string, f: DriftFinding[], n = 396): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VolumeShowResponse", v48, true);
    }
  }
}
function v47(x: any, p: string, f: DriftFinding[], n = 393): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.volumes, p, "/volumes", n + 2, "array of VolumeShowResponse", v47_0, true);
    undeclaredProperties(f, x, p, n, k45, false);
  }
}
function v48_0_0(x: any, p: string, f: DriftFinding[], n = 405): void {
  if (!(x === null)) typeMismatch(f, p, n, "null", x);
}
function v48_0(x: any, p: string, f: DriftFinding[], n = 404): void {
  oneOf(f, p, n, x, [v53, v48_0_0], true);
}
function v48_1(x: any, p: string, f: DriftFinding[], n = 409): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VolumeServer", v73, true);
    }
  }
}
function v48(x: any, p: string, f: DriftFinding[], n = 398): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.bootable, p, "/bootable", n + 1, 8, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v53, true);
    typed(f, x.encrypted, p, "/encrypted", n + 3, 8, true);
    typed(f, x.id, p, "/id", n + 4, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 5, "one of Timestamp, null", v48_0, true);
    typed(f, x.multiattach, p, "/multiattach", n + 8, 8, true);
    typed(f, x.name, p, "/name", n + 9, 17, false);
    nested(f, x.servers, p, "/servers", n + 10, "array of VolumeServer", v48_1, true);
    typed(f, x.size, p, "/size", n + 13, 4, true);
    typed(f, x.snapshot_id, p, "/snapshot_id", n + 14, 17, false);
    typed(f, x.state, p, "/state", n + 15, 1, true);
    typed(f, x.user_id, p, "/user_id", n + 16, 1, true);
    nested(f, x.volume_image_metadata, p, "/volume_image_metadata", n + 17, "VolumeImageMetadataResponse", v74, false);
    typed(f, x.volume_type, p, "/volume_type", n + 18, 1, true);
    typed(f, x.volume_type_id, p, "/volume_type_id", n + 19, 1, true);
    undeclaredProperties(f, x, p, n, k46, false);
  }
}
function v49(x: any, p: string, f: DriftFinding[], n = 418): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.per_volume_size, p, "/per_volume_size", n + 2, "VolumeQuotaSetObject", v75, true);
    nested(f, x.snapshots, p, "/snapshots", n + 3, "VolumeQuotaSetObject", v75, true);
    nested(f, x.usages, p, "/usages", n + 4, "VolumeQuotaSetObject", v75, true);
    nested(f, x.volumes, p, "/volumes", n + 5, "VolumeQuotaSetObject", v75, true);
    undeclaredProperties(f, x, p, n, k47, true);
  }
}
function v50(x: any, p: string, f: DriftFinding[], n = 424): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.delete_on_termination, p, "/delete_on_termination", n + 1, 8, true);
    typed(f, x.device, p, "/device", n + 2, 1, true);
    typed(f, x.server_id, p, "/server_id", n + 3, 1, true);
    typed(f, x.volume_id, p, "/volume_id", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k48, false);
  }
}
function v51(x: any, p: string, f: DriftFinding[], n = 429): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", n + 4, 4, true);
    typed(f, x.desired_server_count_editable, p, "/desired_server_count_editable", n + 5, 8, true);
    typed(f, x.drain_enabled, p, "/drain_enabled", n + 6, 8, true);
    typed(f, x.drain_timeout, p, "/drain_timeout", n + 7, 20, false);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", n + 9, 1, true);
    typed(f, x.launch_configuration_name, p, "/launch_configuration_name", n + 10, 1, true);
    nested(f, x.lb_server_groups, p, "/lb_server_groups", n + 11, "array of AutoScalingGroupLbServerGroup or null", v51_0, false);
    typed(f, x.max_server_count, p, "/max_server_count", n + 14, 4, true);
    typed(f, x.min_server_count, p, "/min_server_count", n + 15, 4, true);
    nested(f, x.modified_at, p, "/modified_at", n + 16, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 17, 1, true);
    typed(f, x.name, p, "/name", n + 18, 1, true);
    nested(f, x.security_group_ids, p, "/security_group_ids", n + 19, "array of string or null", v51_1, false);
    typed(f, x.server_name_prefix, p, "/server_name_prefix", n + 22, 1, true);
    typed(f, x.state, p, "/state", n + 23, 1, true);
    nested(f, x.subnet_ids, p, "/subnet_ids", n + 24, "array of string", v51_2, false);
    typed(f, x.vpc_id, p, "/vpc_id", n + 27, 1, true);
    undeclaredProperties(f, x, p, n, k49, false);
  }
}
function v52_1(x: any, p: string, f: DriftFinding[], n = 461): void {
  if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
  else {
    if (Array.isArray(x)) {
      const q = p + "/*";
      for (const y of x) {
        typed(f, y, q, "", n + 1, 5, true);
      }
    }
  }
}
function v52(x: any, p: string, f: DriftFinding[], n = 457): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.ctx, p, "/ctx", n + 1, "object or null", v52_0, false);
    nested(f, x.loc, p, "/loc", n + 3, "array of string or integer or null", v52_1, false);
    typed(f, x.msg, p, "/msg", n + 6, 17, false);
    typed(f, x.type_, p, "/type_", n + 7, 17, false);
    undeclaredProperties(f, x, p, n, k50, false);
  }
}
function v53(x: any, p: string, f: DriftFinding[], n = 465): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!r51.test(x)) outOfBounds(f, p, n, "a string matching ^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?$", x);
  }
}
function v54(x: any, p: string, f: DriftFinding[], n = 466): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    let y: any;
    y = x.port;
    if (y === undefined) missing(f, p + "/port", n + 2, "integer");
    else {
      if (!(Number.isInteger(y))) typeMismatch(f, p + "/port", n + 2, "integer", y);
      else {
        if (y < 1) outOfBounds(f, p + "/port", n + 2, "a number ≥ 1", y);
        if (y > 65534) outOfBounds(f, p + "/port", n + 2, "a number ≤ 65534", y);
      }
    }
    undeclaredProperties(f, x, p, n, k52, false);
  }
}
function v55(x: any, p: string, f: DriftFinding[], n = 469): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.created_at, p, "/created_at", n + 1, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 4, "Timestamp", v53, true);
    typed(f, x.modified_by, p, "/modified_by", n + 5, 1, true);
    typed(f, x.name, p, "/name", n + 6, 1, true);
    typed(f, x.port, p, "/port", n + 7, 4, true);
    undeclaredProperties(f, x, p, n, k53, false);
  }
}
function v56(x: any, p: string, f: DriftFinding[], n = 477): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e54.includes(x)) notInEnum(f, p, n, e54, x);
  }
}
function v57(x: any, p: string, f: DriftFinding[], n = 478): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.addresses, p, "/addresses", n + 2, "array of ServerShowResponseAddress or null", v57_0, false);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", n + 5, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 6, "Timestamp", v53, true);
    typed(f, x.created_by, p, "/created_by", n + 7, 1, true);
    typed(f, x.disk_config, p, "/disk_config", n + 8, 1, true);
    typed(f, x.id, p, "/id", n + 9, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 10, 17, false);
    typed(f, x.is_marketplace, p, "/is_marketplace", n + 11, 24, false);
    typed(f, x.keypair_name, p, "/keypair_name", n + 12, 17, false);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", n + 13, 17, false);
    typed(f, x.lb_linked_state, p, "/lb_linked_state", n + 14, 17, false);
    typed(f, x.locked, p, "/locked", n + 15, 8, true);
    nested(f, x.metadata, p, "/metadata", n + 16, "object", v57_1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 18, "Timestamp", v53, true);
    typed(f, x.name, p, "/name", n + 19, 1, true);
    nested(f, x.planned_compute_os_type, p, "/planned_compute_os_type", n + 20, "PlannedComputeOsType", v76, false);
    nested(f, x.product_category, p, "/product_category", n + 21, "ProductCategory", v62, false);
    nested(f, x.product_offering, p, "/product_offering", n + 22, "ProductOffering", v63, false);
    nested(f, x.security_groups, p, "/security_groups", n + 23, "array of ServerShowResponseSecurityGroup or null", v57_2, false);
    typed(f, x.server_group_id, p, "/server_group_id", n + 26, 17, false);
    nested(f, x.server_type, p, "/server_type", n + 27, "ServerShowResponseServerType", v65, true);
    typed(f, x.state, p, "/state", n + 28, 1, true);
    nested(f, x.volumes, p, "/volumes", n + 29, "array of ServerShowResponseVolume", v57_3, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 32, 17, false);
    undeclaredProperties(f, x, p, n, k55, false);
  }
}
function v58(x: any, p: string, f: DriftFinding[], n = 511): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.fingerprint, p, "/fingerprint", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.public_key, p, "/public_key", n + 3, 1, true);
    typed(f, x.type, p, "/type", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k56, false);
  }
}
function v59(x: any, p: string, f: DriftFinding[], n = 516): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.boot_index, p, "/boot_index", n + 1, 4, true);
    typed(f, x.size, p, "/size", n + 2, 4, true);
    typed(f, x.type, p, "/type", n + 3, 17, false);
    undeclaredProperties(f, x, p, n, k57, false);
  }
}
function v61(x: any, p: string, f: DriftFinding[], n = 524): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k59, false);
  }
}
function v62(x: any, p: string, f: DriftFinding[], n = 526): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e60.includes(x)) notInEnum(f, p, n, e60, x);
  }
}
function v63(x: any, p: string, f: DriftFinding[], n = 527): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e61.includes(x)) notInEnum(f, p, n, e61, x);
  }
}
function v64(x: any, p: string, f: DriftFinding[], n = 528): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.name, p, "/name", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k62, false);
  }
}
function v65(x: any, p: string, f: DriftFinding[], n = 530): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.disk, p, "/disk", n + 1, 4, true);
    typed(f, x.ephemeral, p, "/ephemeral", n + 2, 4, true);
    nested(f, x.extra_specs, p, "/extra_specs", n + 3, "object", v65_0, true);
    typed(f, x.id, p, "/id", n + 5, 17, false);
    typed(f, x.name, p, "/name", n + 6, 1, true);
    typed(f, x.ram, p, "/ram", n + 7, 4, true);
    typed(f, x.swap, p, "/swap", n + 8, 4, true);
    typed(f, x.vcpus, p, "/vcpus", n + 9, 4, true);
    undeclaredProperties(f, x, p, n, k63, false);
  }
}
function v66(x: any, p: string, f: DriftFinding[], n = 540): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.delete_on_termination, p, "/delete_on_termination", n + 1, 8, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k64, false);
  }
}
function v67(x: any, p: string, f: DriftFinding[], n = 543): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k65, false);
  }
}
function v68(x: any, p: string, f: DriftFinding[], n = 545): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.external_ip_address, p, "/external_ip_address", n + 1, 1, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    typed(f, x.private_nat_ip_id, p, "/private_nat_ip_id", n + 3, 17, false);
    typed(f, x.state, p, "/state", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k66, false);
  }
}
function v69(x: any, p: string, f: DriftFinding[], n = 550): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.external_ip_address, p, "/external_ip_address", n + 1, 1, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    typed(f, x.publicip_id, p, "/publicip_id", n + 3, 17, false);
    typed(f, x.state, p, "/state", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k67, false);
  }
}
function v70(x: any, p: string, f: DriftFinding[], n = 555): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", n + 1, 1, true);
    enumerated(f, x.version, p, "/version", n + 2, 4, e68, true);
    undeclaredProperties(f, x, p, n, k69, false);
  }
}
function v71_0(x: any, p: string, f: DriftFinding[], n = 564): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SecurityGroupResponseRule", v77, true);
    }
  }
}
function v71(x: any, p: string, f: DriftFinding[], n = 558): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    typed(f, x.name, p, "/name", n + 4, 1, true);
    nested(f, x.rules, p, "/rules", n + 5, "array of SecurityGroupResponseRule", v71_0, true);
    undeclaredProperties(f, x, p, n, k70, false);
  }
}
function v72(x: any, p: string, f: DriftFinding[], n = 566): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.multiattach, p, "/multiattach", n + 1, 17, false);
    undeclaredProperties(f, x, p, n, k71, false);
  }
}
function v73(x: any, p: string, f: DriftFinding[], n = 568): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.attached_at, p, "/attached_at", n + 1, "Timestamp", v53, true);
    typed(f, x.device, p, "/device", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k72, false);
  }
}
function v74(x: any, p: string, f: DriftFinding[], n = 572): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.checksum, p, "/checksum", n + 1, 17, false);
    typed(f, x.container_format, p, "/container_format", n + 2, 17, false);
    typed(f, x.disk_format, p, "/disk_format", n + 3, 17, false);
    typed(f, x.image_id, p, "/image_id", n + 4, 17, false);
    typed(f, x.image_name, p, "/image_name", n + 5, 17, false);
    typed(f, x.min_disk, p, "/min_disk", n + 6, 20, false);
    typed(f, x.min_ram, p, "/min_ram", n + 7, 20, false);
    typed(f, x.os_distro, p, "/os_distro", n + 8, 17, false);
    typed(f, x.scp_image_type, p, "/scp_image_type", n + 9, 17, false);
    typed(f, x.scp_k8s_version, p, "/scp_k8s_version", n + 10, 17, false);
    typed(f, x.scp_original_image_type, p, "/scp_original_image_type", n + 11, 17, false);
    typed(f, x.signature_verified, p, "/signature_verified", n + 12, 24, false);
    typed(f, x.size, p, "/size", n + 13, 20, false);
    undeclaredProperties(f, x, p, n, k73, false);
  }
}
function v76(x: any, p: string, f: DriftFinding[], n = 590): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e25.includes(x)) notInEnum(f, p, n, e25, x);
  }
}
function v77(x: any, p: string, f: DriftFinding[], n = 591): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.from_port, p, "/from_port", n + 1, 4, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    typed(f, x.ip_protocol, p, "/ip_protocol", n + 3, 1, true);
    nested(f, x.ip_range, p, "/ip_range", n + 4, "SecurityGroupResponseRuleIpRange", v78, true);
    typed(f, x.to_port, p, "/to_port", n + 5, 4, true);
    undeclaredProperties(f, x, p, n, k74, false);
  }
}
function v78(x: any, p: string, f: DriftFinding[], n = 597): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.cidr, p, "/cidr", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k75, false);
  }
}

const v2_0 = s0(19);
const v2_1 = s1(27);
const v2_2 = s2(32);
const v5_0 = s2(55);
const v8_1 = s1(94);
const v11_0 = s3(123);
const v19_0 = s4(207);
const v20_0 = s4(226);
const v23_0 = s2(245);
const v25_0 = s3(259);
const v28_0 = s5(276);
const v28_1 = s3(289);
const v28_2 = s6(296);
const v28_3 = s7(302);
const v40_0 = s8(358);
const v51_0 = s0(441);
const v51_1 = s1(449);
const v51_2 = s2(454);
const v52_0 = s8(459);
const v57_0 = s5(481);
const v57_1 = s3(495);
const v57_2 = s6(502);
const v57_3 = s7(508);
const v60 = s9(520, true);
const v65_0 = s3(534);
const v75 = s9(586, true);

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "scp",
  spec: "1.3+0911fda34bda",
  nodes: [-1,"/components/schemas/AutoScalingGroupListResponse",0,"auto_scaling_groups",0,"auto_scaling_groups",2,"/items",0,"count",-1,"/components/schemas/ValidationErrorList",5,"/items",-1,"/components/schemas/AutoScalingGroupShowResponse",7,"account_id",7,"created_at",7,"created_by",7,"desired_server_count",7,"desired_server_count_editable",7,"drain_enabled",7,"drain_timeout",7,"id",7,"launch_configuration_id",7,"launch_configuration_name",7,"lb_server_groups",7,"lb_server_groups",19,"/items",7,"max_server_count",7,"min_server_count",7,"modified_at",7,"modified_by",7,"name",7,"security_group_ids",7,"security_group_ids",27,"/items",7,"server_name_prefix",7,"state",7,"subnet_ids",7,"subnet_ids",32,"/items",7,"total_server_count",7,"vpc_id",-1,"/components/schemas/AutoScalingGroupLbServerGroupListResponse",36,"count",36,"lb_server_groups",36,"lb_server_groups",39,"/items",-1,"/components/schemas/AutoScalingGroupNotificationListResponse",41,"count",41,"notifications",41,"notifications",44,"/items",-1,"/components/schemas/AutoScalingGroupNotificationShowResponse",46,"account_id",46,"auto_scaling_group_id",46,"created_at",46,"created_by",46,"id",46,"modified_at",46,"modified_by",46,"notification_events",46,"notification_events",55,"/items",46,"notification_state",46,"user_email",46,"user_id",46,"user_name",-1,"/components/schemas/AutoScalingGroupPolicyListResponse",61,"count",61,"policies",61,"policies",64,"/items",-1,"/components/schemas/AutoScalingGroupPolicyShowResponse",66,"account_id",66,"auto_scaling_group_id",66,"comparison_operator",66,"cooldown_seconds",66,"created_at",66,"created_by",66,"evaluation_minutes",66,"id",66,"metric_method",66,"metric_type",66,"modified_at",66,"modified_by",66,"name",66,"scale_method",66,"scale_type",66,"scale_value",66,"state",66,"threshold",66,"threshold_unit",-1,"/components/schemas/AutoScalingGroupScheduleListResponse",86,"count",86,"page",86,"schedules",86,"schedules",90,"/items",86,"size",86,"sort",86,"sort",94,"/items",-1,"/components/schemas/AutoScalingGroupScheduleShowResponse",96,"account_id",96,"created_at",96,"created_by",96,"day_of_month",96,"day_of_week",96,"description",96,"desired_server_count",96,"end_date",96,"frequency",96,"hour",96,"id",96,"max_server_count",96,"min_server_count",96,"minute",96,"modified_at",96,"modified_by",96,"name",96,"start_date",96,"state",96,"timezone",-1,"/components/schemas/AutoScalingGroupVirtualServerListResponse",117,"servers",117,"servers",119,"/items",-1,"/components/schemas/DefaultConfigListResponse",121,"configs",121,"configs",121,"count",-1,"/components/schemas/ImageListResponse",125,"images",125,"images",127,"/items",-1,"/components/schemas/ImageShowResponse",129,"checksum",129,"container_format",129,"created_at",129,"disk_format",129,"file",129,"id",129,"min_disk",129,"min_ram",129,"name",129,"os_distro",129,"os_hash_algo",129,"os_hash_value",129,"os_hidden",129,"owner",129,"owner_account_name",129,"owner_user_name",129,"protected",129,"root_device_name",129,"scp_image_type",129,"scp_k8s_version",129,"scp_original_image_type",129,"scp_os_build_version",129,"scp_os_version",129,"size",129,"status",129,"updated_at",129,"url",129,"virtual_size",129,"visibility",129,"volumes",-1,"/components/schemas/ImageMemberListResponse",160,"members",160,"members",162,"/items",-1,"/components/schemas/ImageMemberShowResponse",164,"created_at",164,"image_id",164,"member_id",164,"status",164,"updated_at",-1,"/components/schemas/KeypairListResponse",170,"keypairs",170,"keypairs",172,"/items",-1,"/components/schemas/KeypairCreateResponse",174,"fingerprint",174,"name",174,"private_key",174,"public_key",174,"type",-1,"/components/schemas/KeypairShowResponse",180,"created_at",180,"fingerprint",180,"id",180,"name",180,"public_key",180,"type",180,"user_id",-1,"/components/schemas/LaunchConfigurationShowResponse",188,"account_id",188,"auto_scaling_group_count",188,"boot_disk_size",188,"created_at",188,"created_by",188,"extra_disk_size",188,"id",188,"image_id",188,"image_name",188,"keypair_name",188,"modified_at",188,"modified_by",188,"name",188,"public_key",188,"server_type_id",188,"state",188,"user_data",188,"volumes",188,"volumes",207,"/items",-1,"/components/schemas/LaunchConfigurationDetailShowResponse",209,"account_id",209,"auto_scaling_group_count",209,"created_at",209,"created_by",209,"id",209,"image_id",209,"image_name",209,"keypair_name",209,"modified_at",209,"modified_by",209,"name",209,"public_key",209,"server_type_id",209,"state",209,"user_data",209,"volumes",209,"volumes",226,"/items",-1,"/components/schemas/ServerQuotaSet",228,"cores",228,"id",228,"instances",228,"keypairs",228,"metadata_items",228,"ram",228,"server_group_members",228,"server_groups",-1,"/components/schemas/ServerGroupListResponse",237,"server_groups",237,"server_groups",239,"/items",-1,"/components/schemas/ServerGroup",241,"account_id",241,"id",241,"members",241,"members",245,"/items",241,"name",241,"policy",241,"user_id",-1,"/components/schemas/ServerTypeListResponse",250,"server_types",250,"server_types",252,"/items",-1,"/components/schemas/ServerType",254,"description",254,"disk",254,"ephemeral",254,"extra_specs",254,"extra_specs",254,"id",254,"name",254,"ram",254,"swap",254,"vcpus",-1,"/components/schemas/ServerListResponse",265,"servers",265,"servers",267,"/items",-1,"/components/schemas/ServerCreateResponse",269,"servers",269,"servers",271,"/items",-1,"/components/schemas/ServerShowResponse",273,"account_id",273,"addresses",273,"addresses",276,"/items",273,"auto_scaling_group_id",273,"created_at",273,"created_by",273,"disk_config",273,"id",273,"image_id",273,"is_marketplace",273,"keypair_name",273,"launch_configuration_id",273,"locked",273,"metadata",273,"metadata",273,"modified_at",273,"name",273,"planned_compute_os_type",273,"product_category",273,"product_offering",273,"security_groups",273,"security_groups",296,"/items",273,"server_group_id",273,"server_type",273,"state",273,"volumes",273,"volumes",302,"/items",273,"vpc_id",-1,"/components/schemas/ServerConsoleLogResponse",305,"output",-1,"/components/schemas/ServerCreateImageResponse",307,"image_id",-1,"/components/schemas/ServerInterfaceListResponse",309,"interfaces",309,"interfaces",311,"/items",-1,"/components/schemas/InterfaceResponse",313,"fixed_ips",313,"fixed_ips",315,"/items",313,"mac_addr",313,"port_id",313,"port_state",313,"private_static_nat",313,"static_nat",313,"subnet_id",-1,"/components/schemas/ServerIpsResponse",323,"addresses",323,"addresses",325,"/items",-1,"/components/schemas/ServerShowResponseAddress",327,"ip_addresses",327,"ip_addresses",329,"/items",327,"subnet_name",-1,"/components/schemas/ServerPasswordResponse",332,"password",-1,"/components/schemas/ServerSecurityGroupListResponse",334,"security_groups",334,"security_groups",336,"/items",-1,"/components/schemas/ServerVolumesResponse",338,"volumes",338,"volumes",340,"/items",-1,"/components/schemas/ServersVolumeResponse",342,"delete_on_termination",342,"device",342,"id",342,"server_id",342,"volume_id",-1,"/components/schemas/SnapshotListResponse",348,"count",348,"snapshots",348,"snapshots",351,"/items",-1,"/components/schemas/SnapshotDetailResponse",353,"created_at",353,"description",353,"id",353,"metadata",353,"metadata",353,"name",353,"size",353,"status",353,"updated_at",353,"user_id",353,"volume_id",-1,"/components/schemas/VolumeTransferListResponse",365,"transfers",365,"transfers",367,"/items",-1,"/components/schemas/VolumeTransferCreateResponse",369,"auth_key",369,"created_at",369,"id",369,"name",369,"volume_id",-1,"/components/schemas/VolumeTransferShowResponse",375,"created_at",375,"id",375,"name",375,"volume_id",-1,"/components/schemas/VolumeTransferAcceptResponse",380,"id",380,"name",380,"volume_id",-1,"/components/schemas/VolumeTypeListResponse",384,"volume_types",384,"volume_types",386,"/items",-1,"/components/schemas/VolumeTypeDetailResponse",388,"description",388,"extra_specs",388,"id",388,"name",-1,"/components/schemas/VolumeListResponse",393,"count",393,"volumes",393,"volumes",396,"/items",-1,"/components/schemas/VolumeShowResponse",398,"bootable",398,"created_at",398,"encrypted",398,"id",398,"modified_at",398,"modified_at",403,"/oneOf/1",398,"multiattach",398,"name",398,"servers",398,"servers",409,"/items",398,"size",398,"snapshot_id",398,"state",398,"user_id",398,"volume_image_metadata",398,"volume_type",398,"volume_type_id",-1,"/components/schemas/VolumeQuotaSet",418,"id",418,"per_volume_size",418,"snapshots",418,"usages",418,"volumes",-1,"/components/schemas/VolumeServerAttachResponse",424,"delete_on_termination",424,"device",424,"server_id",424,"volume_id",-1,"/components/schemas/AutoScalingGroup",429,"account_id",429,"created_at",429,"created_by",429,"desired_server_count",429,"desired_server_count_editable",429,"drain_enabled",429,"drain_timeout",429,"id",429,"launch_configuration_id",429,"launch_configuration_name",429,"lb_server_groups",429,"lb_server_groups",441,"/items",429,"max_server_count",429,"min_server_count",429,"modified_at",429,"modified_by",429,"name",429,"security_group_ids",429,"security_group_ids",449,"/items",429,"server_name_prefix",429,"state",429,"subnet_ids",429,"subnet_ids",454,"/items",429,"vpc_id",-1,"/components/schemas/ValidationErrorModel",457,"ctx",457,"ctx",457,"loc",457,"loc",461,"/items",457,"msg",457,"type_",-1,"/components/schemas/Timestamp",-1,"/components/schemas/AutoScalingGroupLbServerGroup",466,"id",466,"port",-1,"/components/schemas/AutoScalingGroupLbServerGroupShowResponse",469,"created_at",469,"created_by",469,"id",469,"modified_at",469,"modified_by",469,"name",469,"port",-1,"/components/schemas/JobSchedulingFrequencyEnum",-1,"/components/schemas/AutoScalingGroupVirtualServerShowResponse",478,"account_id",478,"addresses",478,"addresses",481,"/items",478,"auto_scaling_group_id",478,"created_at",478,"created_by",478,"disk_config",478,"id",478,"image_id",478,"is_marketplace",478,"keypair_name",478,"launch_configuration_id",478,"lb_linked_state",478,"locked",478,"metadata",478,"metadata",478,"modified_at",478,"name",478,"planned_compute_os_type",478,"product_category",478,"product_offering",478,"security_groups",478,"security_groups",502,"/items",478,"server_group_id",478,"server_type",478,"state",478,"volumes",478,"volumes",508,"/items",478,"vpc_id",-1,"/components/schemas/Keypair",511,"fingerprint",511,"name",511,"public_key",511,"type",-1,"/components/schemas/LaunchConfigurationVolume",516,"boot_index",516,"size",516,"type",-1,"/components/schemas/ServerQuotaSetObject",520,"in_use",520,"limit",520,"reserved",-1,"/components/schemas/ServerCreateResponseParam",524,"id",-1,"/components/schemas/ProductCategory",-1,"/components/schemas/ProductOffering",-1,"/components/schemas/ServerShowResponseSecurityGroup",528,"name",-1,"/components/schemas/ServerShowResponseServerType",530,"disk",530,"ephemeral",530,"extra_specs",530,"extra_specs",530,"id",530,"name",530,"ram",530,"swap",530,"vcpus",-1,"/components/schemas/ServerShowResponseVolume",540,"delete_on_termination",540,"id",-1,"/components/schemas/InterfaceAttachmentFixedIp",543,"ip_address",-1,"/components/schemas/PrivateStaticNat",545,"external_ip_address",545,"id",545,"private_nat_ip_id",545,"state",-1,"/components/schemas/PublicStaticNat",550,"external_ip_address",550,"id",550,"publicip_id",550,"state",-1,"/components/schemas/ServerShowResponseAddressIpAddress",555,"ip_address",555,"version",-1,"/components/schemas/SecurityGroupResponse",558,"account_id",558,"description",558,"id",558,"name",558,"rules",558,"rules",564,"/items",-1,"/components/schemas/VolumeTypeExtraSpecs",566,"multiattach",-1,"/components/schemas/VolumeServer",568,"attached_at",568,"device",568,"id",-1,"/components/schemas/VolumeImageMetadataResponse",572,"checksum",572,"container_format",572,"disk_format",572,"image_id",572,"image_name",572,"min_disk",572,"min_ram",572,"os_distro",572,"scp_image_type",572,"scp_k8s_version",572,"scp_original_image_type",572,"signature_verified",572,"size",-1,"/components/schemas/VolumeQuotaSetObject",586,"in_use",586,"limit",586,"reserved",-1,"/components/schemas/PlannedComputeOsType",-1,"/components/schemas/SecurityGroupResponseRule",591,"from_port",591,"id",591,"ip_protocol",591,"ip_range",591,"to_port",-1,"/components/schemas/SecurityGroupResponseRuleIpRange",597,"cidr"],
  operations: {
    "GET /v1/auto-scaling-groups": ["listAutoScalingGroups", { "200": v0, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups": ["createAutoScalingGroup", { "201": v2, "400": v1, "401": 0, "403": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}": ["showAutoScalingGroup", { "200": v2, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}": ["updateAutoScalingGroup", { "200": v2, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}": ["deleteAutoScalingGroup", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": ["listAutoScalingGroupLbServerGroups", { "200": v3, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": ["updateAutoScalingGroupLbServerGroups", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": ["listAutoScalingGroupNotifications", { "200": v4, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": ["createAutoScalingGroupNotification", { "201": v4, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["showAutoScalingGroupNotification", { "200": v5, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["updateAutoScalingGroupNotification", { "200": v5, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["deleteAutoScalingGroupNotification", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies": ["listAutoScalingGroupPolicies", { "200": v6, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/policies": ["createAutoScalingGroupPolicy", { "201": v7, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["showAutoScalingGroupPolicy", { "200": v7, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["updateAutoScalingGroupPolicy", { "200": v7, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["deleteAutoScalingGroupPolicy", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": ["listAutoScalingGroupSchedules", { "200": v8, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": ["createAutoScalingGroupSchedule", { "201": v9, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["showAutoScalingGroupSchedule", { "200": v9, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["updateAutoScalingGroupSchedule", { "200": v9, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["deleteAutoScalingGroupSchedule", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/server-count": ["updateAutoScalingGroupServerCount", { "200": v2, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers": ["listAutoScalingGroupVirtualServers", { "200": v10, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/default-configs": ["listDefaultConfigs", { "200": v11, "400": v1, "401": 0, "403": 0 }],
    "GET /v1/images": ["listImages", { "200": v12, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/images": ["createImage", { "200": v13, "400": v1, "401": 0, "403": 0 }],
    "GET /v1/images/{image_id}": ["showImage", { "200": v13, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/images/{image_id}": ["updateImage", { "200": v13, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/images/{image_id}": ["deleteImage", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/images/{image_id}/import": ["importImage", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/images/{image_id}/members": ["listImageMembers", { "200": v14, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/images/{image_id}/members": ["createImageMember", { "200": v15, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/images/{image_id}/members/{member_id}": ["showImageMember", { "200": v15, "400": v1, "401": 0, "404": 0 }],
    "PUT /v1/images/{image_id}/members/{member_id}": ["updateImageMember", { "200": v15, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/images/{image_id}/members/{member_id}": ["deleteImageMember", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/images/{image_id}/share": ["createSharingImage", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/keypairs": ["listKeypairs", { "200": v16, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/keypairs": ["createKeypair", { "201": v17, "400": v1, "401": 0, "403": 0, "409": 0 }],
    "GET /v1/keypairs/{keypair_name}": ["showKeypair", { "200": v18, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/keypairs/{keypair_name}": ["deleteKeypair", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/launch-configurations": ["listLaunchConfigurations", { "200": v19, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/launch-configurations": ["createLaunchConfiguration", { "201": v20, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/launch-configurations/{launch_configuration_id}": ["showLaunchConfiguration", { "200": v20, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/launch-configurations/{launch_configuration_id}": ["deleteLaunchConfiguration", { "204": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/pending-images": ["listPendingImages", { "200": v12, "400": v1, "401": 0, "403": 0 }],
    "GET /v1/quota-sets": ["showQuotaSet", { "200": v21, "401": 0, "403": 0 }],
    "GET /v1/server-groups": ["listServerGroups", { "200": v22, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/server-groups": ["createServerGroup", { "201": v23, "400": v1, "401": 0, "403": 0, "409": 0 }],
    "GET /v1/server-groups/{server_group_id}": ["showServerGroup", { "200": v23, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/server-groups/{server_group_id}": ["deleteServerGroup", { "200": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/server-types": ["listServerTypes", { "200": v24, "400": v1, "401": 0, "403": 0 }],
    "GET /v1/server-types/{server_type_id}": ["showServerType", { "200": v25, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/servers": ["listVirtualServers", { "200": v26, "400": v1, "401": 0, "403": 0 }],
    "POST /v1/servers": ["createVirtualServer", { "202": v27, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}": ["showVirtualServer", { "200": v28, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/servers/{server_id}": ["updateVirtualServer", { "200": v28, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}": ["deleteVirtualServer", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/console-log": ["showVirtualServerConsoleLog", { "200": v29, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/dump": ["createVirtualServerDump", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/images": ["createVirtualServerCustomImage", { "202": v30, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/interfaces": ["listServerInterfaces", { "200": v31, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/interfaces": ["createServerInterface", { "200": v32, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/interfaces/{port_id}": ["showServerInterface", { "200": v31, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/servers/{server_id}/interfaces/{port_id}": ["updateServerInterface", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/interfaces/{port_id}": ["deleteServerInterface", { "200": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats": ["createServerInterfacePrivateNat", { "201": 0, "400": v1, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}": ["deleteServerInterfacePrivateNat", { "202": 0, "400": v1, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/interfaces/{port_id}/static-nats": ["createServerInterfaceNat", { "201": 0, "400": v1, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}": ["deleteServerInterfaceNat", { "202": 0, "400": v1, "403": 0, "404": 0 }],
    "GET /v1/servers/{server_id}/ips": ["listServerIps", { "200": v33, "400": v1, "401": 0, "403": 0 }],
    "GET /v1/servers/{server_id}/ips/{subnet_id}": ["showServerIp", { "200": v34, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/lock": ["lockVirtualServer", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/password": ["showVirtualServerPassword", { "200": v35, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/reboot": ["rebootVirtualServer", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/rebuild": ["rebuildVirtualServer", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/security-groups": ["listVirtualServerSecurityGroups", { "200": v36, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/security-groups": ["attachVirtualServerSecurityGroup", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "DELETE /v1/servers/{server_id}/security-groups/{security_group_id}": ["detachVirtualServerSecurityGroup", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/server-type": ["setVirtualServerType", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/start": ["startVirtualServer", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/stop": ["stopVirtualServer", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/servers/{server_id}/unlock": ["unlockVirtualServer", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/servers/{server_id}/volumes": ["listServerVolumes", { "200": v37, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "POST /v1/servers/{server_id}/volumes": ["createServerVolume", { "200": v38, "400": v1, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/servers/{server_id}/volumes/{volume_id}": ["showServerVolume", { "200": v38, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/servers/{server_id}/volumes/{volume_id}": ["updateServerVolume", { "200": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/servers/{server_id}/volumes/{volume_id}": ["deleteServerVolume", { "202": 0, "400": v1, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/snapshots": ["listSnapshot", { "200": v39, "400": v1, "401": 0 }],
    "POST /v1/snapshots": ["createSnapshot", { "202": v40, "400": v1, "401": 0 }],
    "GET /v1/snapshots/{snapshot_id}": ["showSnapshot", { "200": v40, "400": v1, "401": 0 }],
    "PUT /v1/snapshots/{snapshot_id}": ["updateSnapshot", { "200": v40, "400": v1, "401": 0 }],
    "DELETE /v1/snapshots/{snapshot_id}": ["deleteSnapshot", { "202": 0, "400": v1, "401": 0 }],
    "GET /v1/volume-transfer": ["listVolumeTransfer", { "200": v41, "400": v1, "401": 0 }],
    "POST /v1/volume-transfer": ["createVolumeTransfer", { "202": v42, "400": v1, "401": 0 }],
    "GET /v1/volume-transfer/{transfer_id}": ["showVolumeTransfer", { "200": v43, "400": v1, "401": 0 }],
    "DELETE /v1/volume-transfer/{transfer_id}": ["deleteVolumeTransfer", { "202": 0, "400": v1, "401": 0 }],
    "POST /v1/volume-transfer/{transfer_id}/accept": ["acceptVolumeTransfer", { "202": v44, "400": v1, "401": 0 }],
    "GET /v1/volume-types": ["listVolumeTypes", { "200": v45, "400": v1, "401": 0, "500": 0 }],
    "GET /v1/volume-types/default": ["showDefaultVolumeType", { "200": v46, "401": 0, "500": 0 }],
    "GET /v1/volume-types/{volume_type_id}": ["showVolumeType", { "200": v46, "400": v1, "401": 0, "500": 0 }],
    "GET /v1/volumes": ["listVolumes", { "200": v47, "400": v1, "401": 0 }],
    "POST /v1/volumes": ["createVolume", { "202": v48, "400": v1, "401": 0 }],
    "GET /v1/volumes/quota-sets": ["showVolumeQuotaSet", { "200": v49, "401": 0, "403": 0 }],
    "GET /v1/volumes/{volume_id}": ["showVolume", { "200": v48, "400": v1, "401": 0 }],
    "PUT /v1/volumes/{volume_id}": ["updateVolume", { "200": v48, "400": v1, "401": 0 }],
    "DELETE /v1/volumes/{volume_id}": ["deleteVolume", { "202": 0, "400": v1, "401": 0, "409": 0 }],
    "POST /v1/volumes/{volume_id}/revert": ["revertVolumeToSnapshot", { "202": 0, "400": v1, "401": 0, "409": 0 }],
    "POST /v1/volumes/{volume_id}/servers": ["attachVolumeToVirtualServer", { "202": v50, "400": v1, "401": 0, "409": 0 }],
    "DELETE /v1/volumes/{volume_id}/servers/{server_id}": ["detachVolumeFromVirtualServer", { "202": 0, "400": v1, "401": 0, "409": 0 }],
    "PUT /v1/volumes/{volume_id}/size": ["extendVolume", { "202": v48, "400": v1, "401": 0, "409": 0 }],
  },
});
