// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, codePoints, enumerated, isObject, missing, nested, notInEnum, oneOf, outOfBounds, typeMismatch, typed, undeclaredProperties } from "@cloudspecs/runtime/drift";

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
const k49 = new Set<string>(["count","links","vpcs"]);
const k50 = new Set<string>(["errors"]);
const k51 = new Set<string>(["vpc"]);
const k52 = new Set<string>(["max_count"]);
const k53 = new Set<string>(["vpc_cidr_availability"]);
const k54 = new Set<string>(["count","links","subnets"]);
const k55 = new Set<string>(["subnet"]);
const k56 = new Set<string>(["subnet_cidr_availability"]);
const k57 = new Set<string>(["count","links","ports"]);
const k58 = new Set<string>(["port"]);
const k59 = new Set<string>(["count","links","port_ip_availabilities"]);
const k60 = new Set<string>(["count","links","publicips"]);
const k61 = new Set<string>(["publicip"]);
const k62 = new Set<string>(["count","internet_gateways","links"]);
const k63 = new Set<string>(["internet_gateway"]);
const k64 = new Set<string>(["creatable_types"]);
const k65 = new Set<string>(["creatable_vpcs"]);
const k66 = new Set<string>(["count","links","nat_gateways"]);
const k67 = new Set<string>(["nat_gateway"]);
const k68 = new Set<string>(["count","page","private_nats","size","sort"]);
const k69 = new Set<string>(["private_nat"]);
const k70 = new Set<string>(["private_nat_cidr_availability"]);
const k71 = new Set<string>(["count","page","private_nat_ips","size","sort"]);
const k72 = new Set<string>(["private_nat_ip"]);
const k73 = new Set<string>(["count","page","size","sort","transit_gateways"]);
const k74 = new Set<string>(["transit_gateway"]);
const k75 = new Set<string>(["count","page","size","sort","transit_gateway_rules"]);
const k76 = new Set<string>(["transit_gateway_rule"]);
const k77 = new Set<string>(["count","destination_cidr_availabilities"]);
const k78 = new Set<string>(["count","page","size","sort","transit_gateway_vpc_connections"]);
const k79 = new Set<string>(["transit_gateway_vpc_connection"]);
const k80 = new Set<string>(["count","links","vpc_endpoints"]);
const k81 = new Set<string>(["vpc_endpoint"]);
const k82 = new Set<string>(["count","links","vpc_endpoint_connectable_resources"]);
const k83 = new Set<string>(["vpc_endpoint_ip_availability"]);
const k84 = new Set<string>(["vpc_endpoint_resource_availability"]);
const k85 = new Set<string>(["count","page","size","sort","vpc_peerings"]);
const k86 = new Set<string>(["vpc_peering"]);
const k87 = new Set<string>(["count","vpc_peering_availability"]);
const k88 = new Set<string>(["count","page","size","sort","vpc_peering_rules"]);
const k89 = new Set<string>(["vpc_peering_rule"]);
const k90 = new Set<string>(["count","links","security_groups"]);
const k91 = new Set<string>(["security_group"]);
const k92 = new Set<string>(["security_group_rules","security_group_rules_per_sg","security_groups"]);
const k93 = new Set<string>(["count","links","security_group_rules"]);
const k94 = new Set<string>(["security_group_rule"]);
const k95 = new Set<string>(["security_group_rules"]);
const k96 = new Set<string>(["account_id","created_at","created_by","desired_server_count","desired_server_count_editable","drain_enabled","drain_timeout","id","launch_configuration_id","launch_configuration_name","lb_server_groups","max_server_count","min_server_count","modified_at","modified_by","name","security_group_ids","server_name_prefix","state","subnet_ids","vpc_id"]);
const k97 = new Set<string>(["ctx","loc","msg","type_"]);
const r98 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?$", "u");
const k99 = new Set<string>(["id","port"]);
const k100 = new Set<string>(["created_at","created_by","id","modified_at","modified_by","name","port"]);
const e101 = ["ONCE","DAILY","WEEKLY","MONTHLY"];
const k102 = new Set<string>(["account_id","addresses","auto_scaling_group_id","created_at","created_by","disk_config","id","image_id","is_marketplace","keypair_name","launch_configuration_id","lb_linked_state","locked","metadata","modified_at","name","planned_compute_os_type","product_category","product_offering","security_groups","server_group_id","server_type","state","volumes","vpc_id"]);
const k103 = new Set<string>(["fingerprint","name","public_key","type"]);
const k104 = new Set<string>(["boot_index","size","type"]);
const k105 = new Set<string>(["in_use","limit","reserved"]);
const k106 = new Set<string>(["id"]);
const e107 = ["compute","container"];
const e108 = ["virtual_server","gpu_server","k8s_vm","k8s_gpu_vm"];
const k109 = new Set<string>(["name"]);
const k110 = new Set<string>(["disk","ephemeral","extra_specs","id","name","ram","swap","vcpus"]);
const k111 = new Set<string>(["delete_on_termination","id"]);
const k112 = new Set<string>(["ip_address"]);
const k113 = new Set<string>(["external_ip_address","id","private_nat_ip_id","state"]);
const k114 = new Set<string>(["external_ip_address","id","publicip_id","state"]);
const e115 = [4,6];
const k116 = new Set<string>(["ip_address","version"]);
const k117 = new Set<string>(["account_id","description","id","name","rules"]);
const k118 = new Set<string>(["multiattach"]);
const k119 = new Set<string>(["attached_at","device","id"]);
const k120 = new Set<string>(["checksum","container_format","disk_format","image_id","image_name","min_disk","min_ram","os_distro","scp_image_type","scp_k8s_version","scp_original_image_type","signature_verified","size"]);
const r121 = new RegExp("^[a-zA-Z0-9-]*$", "u");
const k122 = new Set<string>(["account_id","cidr","created_at","created_by","description","id","modified_at","modified_by","name","state"]);
const k123 = new Set<string>(["available","cidr","message"]);
const r124 = new RegExp("^[a-zA-Z0-9]*$", "u");
const k125 = new Set<string>(["account_id","cidr","created_at","created_by","gateway_ip_address","id","modified_at","modified_by","name","state","type","vpc_id","vpc_name"]);
const k126 = new Set<string>(["account_id","allocation_pools","cidr","created_at","created_by","description","dns_nameservers","gateway_ip_address","host_routes","id","modified_at","modified_by","name","state","type","vpc_id","vpc_name"]);
const k127 = new Set<string>(["available","cidr","message","vpc_id"]);
const k128 = new Set<string>(["account_id","attached_resource_id","attached_resource_type","created_at","description","fixed_ip_address","id","mac_address","modified_at","name","state","subnet_id","subnet_name","vpc_id","vpc_name"]);
const k129 = new Set<string>(["account_id","attached_resource_id","attached_resource_type","created_at","description","fixed_ip_address","id","mac_address","modified_at","name","security_groups","state","subnet_id","subnet_name","vpc_id","vpc_name"]);
const k130 = new Set<string>(["available","fixed_ip_address","message","subnet_id"]);
const k131 = new Set<string>(["account_id","attached_resource_id","attached_resource_name","attached_resource_type","created_at","created_by","description","id","ip_address","modified_at","modified_by","state","type"]);
const k132 = new Set<string>(["account_id","created_at","created_by","description","firewall_id","id","loggable","modified_at","modified_by","name","state","type","vpc_id","vpc_name"]);
const k133 = new Set<string>(["vpc_id","vpc_name"]);
const k134 = new Set<string>(["account_id","created_at","created_by","description","id","modified_at","modified_by","name","nat_gateway_ip_address","publicip_id","state","subnet_cidr","subnet_id","subnet_name","vpc_id","vpc_name"]);
const k135 = new Set<string>(["account_id","cidr","created_at","created_by","description","direct_connect_id","direct_connect_name","id","modified_at","modified_by","name","state","vpc_id","vpc_name"]);
const k136 = new Set<string>(["available","cidr","direct_connect_id","message"]);
const k137 = new Set<string>(["attached_resource_id","attached_resource_name","attached_resource_type","created_at","created_by","id","ip_address","modified_at","modified_by","private_nat_id","state"]);
const k138 = new Set<string>(["account_id","bandwidth","created_at","created_by","description","firewall_ids","id","modified_at","modified_by","name","state","uplink_enabled"]);
const k139 = new Set<string>(["account_id","created_at","created_by","description","destination_cidr","destination_resource_id","destination_resource_name","destination_type","id","modified_at","modified_by","source_resource_id","source_resource_name","source_type","state","tgw_connection_vpc_id","tgw_connection_vpc_name"]);
const k140 = new Set<string>(["available","connected_vpc_id","destination_cidr","destination_type","message"]);
const k141 = new Set<string>(["account_id","created_at","created_by","id","modified_at","modified_by","state","transit_gateway_id","vpc_id","vpc_name"]);
const k142 = new Set<string>(["account_id","created_at","created_by","description","endpoint_ip_address","id","modified_at","modified_by","name","resource_info","resource_key","resource_type","state","subnet_id","subnet_name","vpc_id","vpc_name"]);
const k143 = new Set<string>(["resource_info","resource_key","resource_type"]);
const k144 = new Set<string>(["available","endpoint_ip_address","message","subnet_id"]);
const k145 = new Set<string>(["available","message","resource_key","resource_type","vpc_id"]);
const k146 = new Set<string>(["account_type","approver_vpc_account_id","approver_vpc_id","approver_vpc_name","created_at","created_by","description","id","modified_at","modified_by","name","requester_vpc_account_id","requester_vpc_id","requester_vpc_name","state"]);
const k147 = new Set<string>(["approver_vpc_account_id","approver_vpc_id","available","message","requester_vpc_account_id","requester_vpc_id"]);
const k148 = new Set<string>(["created_at","created_by","destination_cidr","destination_vpc_id","destination_vpc_name","destination_vpc_type","id","modified_at","modified_by","source_vpc_id","source_vpc_name","source_vpc_type","state","vpc_peering_id"]);
const k149 = new Set<string>(["available","destination_cidr","destination_vpc_type","message"]);
const k150 = new Set<string>(["account_id","created_at","created_by","description","id","loggable","modified_at","modified_by","name","rule_count","state"]);
const k151 = new Set<string>(["limit","used"]);
const k152 = new Set<string>(["created_at","created_by","description","direction","ethertype","id","modified_at","modified_by","port_range_max","port_range_min","protocol","remote_group_id","remote_group_name","remote_ip_prefix","security_group_id"]);
const k153 = new Set<string>(["from_port","id","ip_protocol","ip_range","to_port"]);
const e154 = ["CREATING","ACTIVE","DELETED","ERROR"];
const k155 = new Set<string>(["code","detail","status"]);
const e156 = ["CREATING","ACTIVE","DELETING","DELETED","ERROR"];
const e157 = ["GENERAL","LOCAL","VPC_ENDPOINT"];
const k158 = new Set<string>(["end","start"]);
const k159 = new Set<string>(["destination","nexthop"]);
const k160 = new Set<string>(["id","name"]);
const e161 = ["VM","ALB","LB","BM","DB","NAT_GW","GPU_NODE","VPN"];
const e162 = ["RESERVED","ATTACHED","DELETED"];
const e163 = ["IGW","GGW","SIGW"];
const e164 = ["VM","BM"];
const e165 = ["CREATING","ACTIVE","DELETING","DELETED","ERROR","EDITING"];
const e166 = ["VPC","TGW"];
const e167 = ["FS","OBS","SCR"];
const e168 = ["SAME","DIFFERENT"];
const e169 = ["REQUESTER_VPC","APPROVER_VPC"];
const e170 = ["ingress","egress"];
const k171 = new Set<string>(["cidr"]);

function s0(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "ValidationErrorModel", v100, true);
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
          nested(f, y, q, "", n + 1, "AutoScalingGroupLbServerGroup", v102, true);
        }
      }
    }
  };
}
function s2(n: number) {
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
function s3(n: number) {
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
function s4(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  };
}
function s5(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          nested(f, y, q, "", n + 1, "LaunchConfigurationVolume", v107, true);
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
          nested(f, y, q, "", n + 1, "ServerShowResponseAddress", v34, true);
        }
      }
    }
  };
}
function s7(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          nested(f, y, q, "", n + 1, "ServerShowResponseSecurityGroup", v112, true);
        }
      }
    }
  };
}
function s8(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "ServerShowResponseVolume", v114, true);
      }
    }
  };
}
function s9(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x) || x === null)) typeMismatch(f, p, n, "object or null", x);
  };
}
function s10(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x) || x === null)) typeMismatch(f, p, n, "array or null", x);
    else {
      if (Array.isArray(x)) {
        const q = p + "/*";
        for (const y of x) {
          typed(f, y, q, "", n + 1, 0, true);
        }
      }
    }
  };
}
function s11(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "SecurityGroupRule", v155, true);
      }
    }
  };
}
function s12(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.in_use, p, "/in_use", n + 1, 4, true);
      typed(f, x.limit, p, "/limit", n + 2, 4, true);
      typed(f, x.reserved, p, "/reserved", n + 3, 4, true);
      if (o) undeclaredProperties(f, x, p, n, k105, false);
    }
  };
}
function s13(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
    else {
      if (!e156.includes(x)) notInEnum(f, p, n, e156, x);
    }
  };
}
function s14(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
    else {
      if (!e162.includes(x)) notInEnum(f, p, n, e162, x);
    }
  };
}
function s15(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
    else {
      if (!e163.includes(x)) notInEnum(f, p, n, e163, x);
    }
  };
}
function s16(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
    else {
      if (!e165.includes(x)) notInEnum(f, p, n, e165, x);
    }
  };
}
function v0_0(x: any, p: string, f: DriftFinding[], n = 2): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AutoScalingGroup", v99, true);
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
function v2(x: any, p: string, f: DriftFinding[], n = 7): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
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
    nested(f, x.modified_at, p, "/modified_at", n + 16, "Timestamp", v101, true);
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
      nested(f, y, q, "", n + 1, "AutoScalingGroupLbServerGroupShowResponse", v103, true);
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
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    typed(f, x.id, p, "/id", n + 5, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 6, "Timestamp", v101, true);
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
    nested(f, x.created_at, p, "/created_at", n + 5, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 6, 1, true);
    typed(f, x.evaluation_minutes, p, "/evaluation_minutes", n + 7, 4, true);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    typed(f, x.metric_method, p, "/metric_method", n + 9, 1, true);
    typed(f, x.metric_type, p, "/metric_type", n + 10, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 11, "Timestamp", v101, true);
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
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.day_of_month, p, "/day_of_month", n + 4, 17, true);
    typed(f, x.day_of_week, p, "/day_of_week", n + 5, 17, true);
    typed(f, x.description, p, "/description", n + 6, 17, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", n + 7, 20, true);
    typed(f, x.end_date, p, "/end_date", n + 8, 17, true);
    nested(f, x.frequency, p, "/frequency", n + 9, "JobSchedulingFrequencyEnum", v104, true);
    typed(f, x.hour, p, "/hour", n + 10, 4, true);
    typed(f, x.id, p, "/id", n + 11, 1, true);
    typed(f, x.max_server_count, p, "/max_server_count", n + 12, 20, true);
    typed(f, x.min_server_count, p, "/min_server_count", n + 13, 20, true);
    typed(f, x.minute, p, "/minute", n + 14, 4, true);
    nested(f, x.modified_at, p, "/modified_at", n + 15, "Timestamp", v101, true);
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
      nested(f, y, q, "", n + 1, "AutoScalingGroupVirtualServerShowResponse", v105, true);
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
      nested(f, y, q, "", n + 1, "Keypair", v106, true);
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
    nested(f, x.created_at, p, "/created_at", n + 1, "Timestamp", v101, true);
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
    nested(f, x.created_at, p, "/created_at", n + 4, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 5, 1, true);
    typed(f, x.extra_disk_size, p, "/extra_disk_size", n + 6, 20, false);
    typed(f, x.id, p, "/id", n + 7, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 8, 1, true);
    typed(f, x.image_name, p, "/image_name", n + 9, 1, true);
    typed(f, x.keypair_name, p, "/keypair_name", n + 10, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 11, "Timestamp", v101, true);
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
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    typed(f, x.id, p, "/id", n + 5, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 6, 1, true);
    typed(f, x.image_name, p, "/image_name", n + 7, 1, true);
    typed(f, x.keypair_name, p, "/keypair_name", n + 8, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 9, "Timestamp", v101, true);
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
    nested(f, x.cores, p, "/cores", n + 1, "ServerQuotaSetObject", v108, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    nested(f, x.instances, p, "/instances", n + 3, "ServerQuotaSetObject", v108, true);
    nested(f, x.keypairs, p, "/keypairs", n + 4, "ServerQuotaSetObject", v108, true);
    nested(f, x.metadata_items, p, "/metadata_items", n + 5, "ServerQuotaSetObject", v108, true);
    nested(f, x.ram, p, "/ram", n + 6, "ServerQuotaSetObject", v108, true);
    nested(f, x.server_group_members, p, "/server_group_members", n + 7, "ServerQuotaSetObject", v108, true);
    nested(f, x.server_groups, p, "/server_groups", n + 8, "ServerQuotaSetObject", v108, true);
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
      nested(f, y, q, "", n + 1, "ServerCreateResponseParam", v109, true);
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
    nested(f, x.created_at, p, "/created_at", n + 6, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 7, 1, true);
    typed(f, x.disk_config, p, "/disk_config", n + 8, 1, true);
    typed(f, x.id, p, "/id", n + 9, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 10, 17, false);
    typed(f, x.is_marketplace, p, "/is_marketplace", n + 11, 24, false);
    typed(f, x.keypair_name, p, "/keypair_name", n + 12, 17, false);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", n + 13, 17, false);
    typed(f, x.locked, p, "/locked", n + 14, 8, true);
    nested(f, x.metadata, p, "/metadata", n + 15, "object", v28_1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 17, "Timestamp", v101, true);
    typed(f, x.name, p, "/name", n + 18, 1, true);
    enumerated(f, x.planned_compute_os_type, p, "/planned_compute_os_type", n + 19, 1, e25, false);
    nested(f, x.product_category, p, "/product_category", n + 20, "ProductCategory", v110, false);
    nested(f, x.product_offering, p, "/product_offering", n + 21, "ProductOffering", v111, false);
    nested(f, x.security_groups, p, "/security_groups", n + 22, "array of ServerShowResponseSecurityGroup or null", v28_2, false);
    typed(f, x.server_group_id, p, "/server_group_id", n + 25, 17, false);
    nested(f, x.server_type, p, "/server_type", n + 26, "ServerShowResponseServerType", v113, true);
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
      nested(f, y, q, "", n + 1, "InterfaceAttachmentFixedIp", v115, true);
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
    nested(f, x.private_static_nat, p, "/private_static_nat", n + 7, "PrivateStaticNat", v116, false);
    nested(f, x.static_nat, p, "/static_nat", n + 8, "PublicStaticNat", v117, false);
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
      nested(f, y, q, "", n + 1, "ServerShowResponseAddressIpAddress", v118, true);
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
      nested(f, y, q, "", n + 1, "SecurityGroupResponse", v119, true);
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
    nested(f, x.extra_specs, p, "/extra_specs", n + 2, "VolumeTypeExtraSpecs", v120, true);
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
  oneOf(f, p, n, x, [v101, v48_0_0], true);
}
function v48_1(x: any, p: string, f: DriftFinding[], n = 409): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VolumeServer", v121, true);
    }
  }
}
function v48(x: any, p: string, f: DriftFinding[], n = 398): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.bootable, p, "/bootable", n + 1, 8, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
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
    nested(f, x.volume_image_metadata, p, "/volume_image_metadata", n + 17, "VolumeImageMetadataResponse", v122, false);
    typed(f, x.volume_type, p, "/volume_type", n + 18, 1, true);
    typed(f, x.volume_type_id, p, "/volume_type_id", n + 19, 1, true);
    undeclaredProperties(f, x, p, n, k46, false);
  }
}
function v49(x: any, p: string, f: DriftFinding[], n = 418): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.per_volume_size, p, "/per_volume_size", n + 2, "VolumeQuotaSetObject", v123, true);
    nested(f, x.snapshots, p, "/snapshots", n + 3, "VolumeQuotaSetObject", v123, true);
    nested(f, x.usages, p, "/usages", n + 4, "VolumeQuotaSetObject", v123, true);
    nested(f, x.volumes, p, "/volumes", n + 5, "VolumeQuotaSetObject", v123, true);
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
function v51_1(x: any, p: string, f: DriftFinding[], n = 435): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Vpc", v124, true);
    }
  }
}
function v51(x: any, p: string, f: DriftFinding[], n = 429): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v51_0, false);
    nested(f, x.vpcs, p, "/vpcs", n + 5, "array of Vpc", v51_1, true);
    undeclaredProperties(f, x, p, n, k49, false);
  }
}
function v52(x: any, p: string, f: DriftFinding[], n = 437): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k50, false);
  }
  oneOf(f, p, n, x, [v125, v126], true);
}
function v53(x: any, p: string, f: DriftFinding[], n = 438): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.vpc, p, "/vpc", n + 1, "Vpc", v124, true);
    undeclaredProperties(f, x, p, n, k51, false);
  }
}
function v54(x: any, p: string, f: DriftFinding[], n = 440): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.max_count, p, "/max_count", n + 1, 4, true);
    undeclaredProperties(f, x, p, n, k52, false);
  }
}
function v55(x: any, p: string, f: DriftFinding[], n = 442): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.vpc_cidr_availability, p, "/vpc_cidr_availability", n + 1, "AvailableVpcCidrDetail", v127, true);
    undeclaredProperties(f, x, p, n, k53, false);
  }
}
function v56_1(x: any, p: string, f: DriftFinding[], n = 450): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Subnet", v128, true);
    }
  }
}
function v56(x: any, p: string, f: DriftFinding[], n = 444): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v56_0, false);
    nested(f, x.subnets, p, "/subnets", n + 5, "array of Subnet", v56_1, true);
    undeclaredProperties(f, x, p, n, k54, false);
  }
}
function v57(x: any, p: string, f: DriftFinding[], n = 452): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.subnet, p, "/subnet", n + 1, "SubnetDetail", v129, true);
    undeclaredProperties(f, x, p, n, k55, false);
  }
}
function v58(x: any, p: string, f: DriftFinding[], n = 454): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.subnet_cidr_availability, p, "/subnet_cidr_availability", n + 1, "AvailableSubnetCidrDetail", v130, true);
    undeclaredProperties(f, x, p, n, k56, false);
  }
}
function v59_1(x: any, p: string, f: DriftFinding[], n = 462): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "PortSummary", v131, true);
    }
  }
}
function v59(x: any, p: string, f: DriftFinding[], n = 456): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v59_0, false);
    nested(f, x.ports, p, "/ports", n + 5, "array of PortSummary", v59_1, true);
    undeclaredProperties(f, x, p, n, k57, false);
  }
}
function v60(x: any, p: string, f: DriftFinding[], n = 464): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.port, p, "/port", n + 1, "Port", v132, true);
    undeclaredProperties(f, x, p, n, k58, false);
  }
}
function v61_1(x: any, p: string, f: DriftFinding[], n = 472): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "PortIpAvailabilityResponse", v133, true);
    }
  }
}
function v61(x: any, p: string, f: DriftFinding[], n = 466): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v61_0, false);
    nested(f, x.port_ip_availabilities, p, "/port_ip_availabilities", n + 5, "array of PortIpAvailabilityResponse", v61_1, true);
    undeclaredProperties(f, x, p, n, k59, false);
  }
}
function v62_1(x: any, p: string, f: DriftFinding[], n = 480): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "Publicip", v134, true);
    }
  }
}
function v62(x: any, p: string, f: DriftFinding[], n = 474): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v62_0, false);
    nested(f, x.publicips, p, "/publicips", n + 5, "array of Publicip", v62_1, true);
    undeclaredProperties(f, x, p, n, k60, false);
  }
}
function v63(x: any, p: string, f: DriftFinding[], n = 482): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.publicip, p, "/publicip", n + 1, "Publicip", v134, true);
    undeclaredProperties(f, x, p, n, k61, false);
  }
}
function v64_0(x: any, p: string, f: DriftFinding[], n = 487): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "InternetGateway", v135, true);
    }
  }
}
function v64(x: any, p: string, f: DriftFinding[], n = 484): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.internet_gateways, p, "/internet_gateways", n + 2, "array of InternetGateway", v64_0, true);
    nested(f, x.links, p, "/links", n + 5, "array of any value or null", v64_1, false);
    undeclaredProperties(f, x, p, n, k62, false);
  }
}
function v65(x: any, p: string, f: DriftFinding[], n = 492): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.internet_gateway, p, "/internet_gateway", n + 1, "InternetGateway", v135, true);
    undeclaredProperties(f, x, p, n, k63, false);
  }
}
function v66(x: any, p: string, f: DriftFinding[], n = 494): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.creatable_types, p, "/creatable_types", n + 1, "array of string", v66_0, true);
    undeclaredProperties(f, x, p, n, k64, false);
  }
}
function v67_0(x: any, p: string, f: DriftFinding[], n = 500): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "CreatableVpcDetail", v136, true);
    }
  }
}
function v67(x: any, p: string, f: DriftFinding[], n = 498): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.creatable_vpcs, p, "/creatable_vpcs", n + 1, "array of CreatableVpcDetail", v67_0, true);
    undeclaredProperties(f, x, p, n, k65, false);
  }
}
function v68_1(x: any, p: string, f: DriftFinding[], n = 508): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "NatGateway", v137, true);
    }
  }
}
function v68(x: any, p: string, f: DriftFinding[], n = 502): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v68_0, false);
    nested(f, x.nat_gateways, p, "/nat_gateways", n + 5, "array of NatGateway", v68_1, true);
    undeclaredProperties(f, x, p, n, k66, false);
  }
}
function v69(x: any, p: string, f: DriftFinding[], n = 510): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.nat_gateway, p, "/nat_gateway", n + 1, "NatGateway", v137, true);
    undeclaredProperties(f, x, p, n, k67, false);
  }
}
function v70_0(x: any, p: string, f: DriftFinding[], n = 516): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "PrivateNat", v138, true);
    }
  }
}
function v70(x: any, p: string, f: DriftFinding[], n = 512): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    nested(f, x.private_nats, p, "/private_nats", n + 3, "array of PrivateNat", v70_0, true);
    typed(f, x.size, p, "/size", n + 6, 4, true);
    nested(f, x.sort, p, "/sort", n + 7, "array of string or null", v70_1, false);
    undeclaredProperties(f, x, p, n, k68, false);
  }
}
function v71(x: any, p: string, f: DriftFinding[], n = 522): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.private_nat, p, "/private_nat", n + 1, "PrivateNat", v138, true);
    undeclaredProperties(f, x, p, n, k69, false);
  }
}
function v72(x: any, p: string, f: DriftFinding[], n = 524): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.private_nat_cidr_availability, p, "/private_nat_cidr_availability", n + 1, "PrivateNatCidrAvailabilityDetail", v139, true);
    undeclaredProperties(f, x, p, n, k70, false);
  }
}
function v73_0(x: any, p: string, f: DriftFinding[], n = 530): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "PrivateNatIp", v140, true);
    }
  }
}
function v73(x: any, p: string, f: DriftFinding[], n = 526): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    nested(f, x.private_nat_ips, p, "/private_nat_ips", n + 3, "array of PrivateNatIp", v73_0, true);
    typed(f, x.size, p, "/size", n + 6, 4, true);
    nested(f, x.sort, p, "/sort", n + 7, "array of string or null", v73_1, false);
    undeclaredProperties(f, x, p, n, k71, false);
  }
}
function v74(x: any, p: string, f: DriftFinding[], n = 536): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.private_nat_ip, p, "/private_nat_ip", n + 1, "PrivateNatIp", v140, true);
    undeclaredProperties(f, x, p, n, k72, false);
  }
}
function v75_1(x: any, p: string, f: DriftFinding[], n = 546): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "TransitGateway", v141, true);
    }
  }
}
function v75(x: any, p: string, f: DriftFinding[], n = 538): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    typed(f, x.size, p, "/size", n + 3, 4, true);
    nested(f, x.sort, p, "/sort", n + 4, "array of string or null", v75_0, false);
    nested(f, x.transit_gateways, p, "/transit_gateways", n + 7, "array of TransitGateway", v75_1, true);
    undeclaredProperties(f, x, p, n, k73, false);
  }
}
function v76(x: any, p: string, f: DriftFinding[], n = 548): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.transit_gateway, p, "/transit_gateway", n + 1, "TransitGateway", v141, true);
    undeclaredProperties(f, x, p, n, k74, false);
  }
}
function v77_1(x: any, p: string, f: DriftFinding[], n = 558): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "TransitGatewayRule", v142, true);
    }
  }
}
function v77(x: any, p: string, f: DriftFinding[], n = 550): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    typed(f, x.size, p, "/size", n + 3, 4, true);
    nested(f, x.sort, p, "/sort", n + 4, "array of string or null", v77_0, false);
    nested(f, x.transit_gateway_rules, p, "/transit_gateway_rules", n + 7, "array of TransitGatewayRule", v77_1, true);
    undeclaredProperties(f, x, p, n, k75, false);
  }
}
function v78(x: any, p: string, f: DriftFinding[], n = 560): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.transit_gateway_rule, p, "/transit_gateway_rule", n + 1, "TransitGatewayRule", v142, true);
    undeclaredProperties(f, x, p, n, k76, false);
  }
}
function v79_0(x: any, p: string, f: DriftFinding[], n = 565): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "TransitGatewayRuleAvailabilityDetail", v143, true);
    }
  }
}
function v79(x: any, p: string, f: DriftFinding[], n = 562): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    nested(f, x.destination_cidr_availabilities, p, "/destination_cidr_availabilities", n + 2, "array of TransitGatewayRuleAvailabilityDetail", v79_0, true);
    undeclaredProperties(f, x, p, n, k77, false);
  }
}
function v80_1(x: any, p: string, f: DriftFinding[], n = 575): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "TransitGatewayVpcConnection", v144, true);
    }
  }
}
function v80(x: any, p: string, f: DriftFinding[], n = 567): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    typed(f, x.size, p, "/size", n + 3, 4, true);
    nested(f, x.sort, p, "/sort", n + 4, "array of string or null", v80_0, false);
    nested(f, x.transit_gateway_vpc_connections, p, "/transit_gateway_vpc_connections", n + 7, "array of TransitGatewayVpcConnection", v80_1, true);
    undeclaredProperties(f, x, p, n, k78, false);
  }
}
function v81(x: any, p: string, f: DriftFinding[], n = 577): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.transit_gateway_vpc_connection, p, "/transit_gateway_vpc_connection", n + 1, "TransitGatewayVpcConnection", v144, true);
    undeclaredProperties(f, x, p, n, k79, false);
  }
}
function v82_1(x: any, p: string, f: DriftFinding[], n = 585): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VpcEndpoint", v145, true);
    }
  }
}
function v82(x: any, p: string, f: DriftFinding[], n = 579): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v82_0, false);
    nested(f, x.vpc_endpoints, p, "/vpc_endpoints", n + 5, "array of VpcEndpoint", v82_1, true);
    undeclaredProperties(f, x, p, n, k80, false);
  }
}
function v83(x: any, p: string, f: DriftFinding[], n = 587): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.vpc_endpoint, p, "/vpc_endpoint", n + 1, "VpcEndpoint", v145, true);
    undeclaredProperties(f, x, p, n, k81, false);
  }
}
function v84_1(x: any, p: string, f: DriftFinding[], n = 595): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VpcEndpointConnectableResourceDetail", v146, true);
    }
  }
}
function v84(x: any, p: string, f: DriftFinding[], n = 589): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v84_0, false);
    nested(f, x.vpc_endpoint_connectable_resources, p, "/vpc_endpoint_connectable_resources", n + 5, "array of VpcEndpointConnectableResourceDetail", v84_1, true);
    undeclaredProperties(f, x, p, n, k82, false);
  }
}
function v85(x: any, p: string, f: DriftFinding[], n = 597): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.vpc_endpoint_ip_availability, p, "/vpc_endpoint_ip_availability", n + 1, "VpcEndpointIpAvailabilityDetail", v147, true);
    undeclaredProperties(f, x, p, n, k83, false);
  }
}
function v86(x: any, p: string, f: DriftFinding[], n = 599): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.vpc_endpoint_resource_availability, p, "/vpc_endpoint_resource_availability", n + 1, "VpcEndpointResourceAvailabilityDetail", v148, true);
    undeclaredProperties(f, x, p, n, k84, false);
  }
}
function v87_1(x: any, p: string, f: DriftFinding[], n = 609): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VpcPeering", v149, true);
    }
  }
}
function v87(x: any, p: string, f: DriftFinding[], n = 601): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    typed(f, x.size, p, "/size", n + 3, 4, true);
    nested(f, x.sort, p, "/sort", n + 4, "array of string or null", v87_0, false);
    nested(f, x.vpc_peerings, p, "/vpc_peerings", n + 7, "array of VpcPeering", v87_1, true);
    undeclaredProperties(f, x, p, n, k85, false);
  }
}
function v88(x: any, p: string, f: DriftFinding[], n = 611): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.vpc_peering, p, "/vpc_peering", n + 1, "VpcPeering", v149, true);
    undeclaredProperties(f, x, p, n, k86, false);
  }
}
function v89_0(x: any, p: string, f: DriftFinding[], n = 616): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VpcPeeringAvailabilityDetail", v150, true);
    }
  }
}
function v89(x: any, p: string, f: DriftFinding[], n = 613): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    nested(f, x.vpc_peering_availability, p, "/vpc_peering_availability", n + 2, "array of VpcPeeringAvailabilityDetail", v89_0, true);
    undeclaredProperties(f, x, p, n, k87, false);
  }
}
function v90_1(x: any, p: string, f: DriftFinding[], n = 626): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VpcPeeringRule", v151, true);
    }
  }
}
function v90(x: any, p: string, f: DriftFinding[], n = 618): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    typed(f, x.page, p, "/page", n + 2, 4, true);
    typed(f, x.size, p, "/size", n + 3, 4, true);
    nested(f, x.sort, p, "/sort", n + 4, "array of string or null", v90_0, false);
    nested(f, x.vpc_peering_rules, p, "/vpc_peering_rules", n + 7, "array of VpcPeeringRule", v90_1, true);
    undeclaredProperties(f, x, p, n, k88, false);
  }
}
function v91(x: any, p: string, f: DriftFinding[], n = 628): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.vpc_peering_rule, p, "/vpc_peering_rule", n + 1, "VpcPeeringRule", v151, true);
    undeclaredProperties(f, x, p, n, k89, false);
  }
}
function v92_0(x: any, p: string, f: DriftFinding[], n = 633): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VpcPeeringRuleAvailabilityDetail", v152, true);
    }
  }
}
function v92(x: any, p: string, f: DriftFinding[], n = 630): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 4, true);
    nested(f, x.destination_cidr_availabilities, p, "/destination_cidr_availabilities", n + 2, "array of VpcPeeringRuleAvailabilityDetail", v92_0, true);
    undeclaredProperties(f, x, p, n, k77, false);
  }
}
function v93_1(x: any, p: string, f: DriftFinding[], n = 641): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SecurityGroup", v153, true);
    }
  }
}
function v93(x: any, p: string, f: DriftFinding[], n = 635): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v93_0, false);
    nested(f, x.security_groups, p, "/security_groups", n + 5, "array of SecurityGroup", v93_1, true);
    undeclaredProperties(f, x, p, n, k90, false);
  }
}
function v94(x: any, p: string, f: DriftFinding[], n = 643): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.security_group, p, "/security_group", n + 1, "SecurityGroup", v153, true);
    undeclaredProperties(f, x, p, n, k91, false);
  }
}
function v95(x: any, p: string, f: DriftFinding[], n = 645): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.security_group_rules, p, "/security_group_rules", n + 1, "SecurityGroupQuota", v154, true);
    nested(f, x.security_group_rules_per_sg, p, "/security_group_rules_per_sg", n + 2, "SecurityGroupQuota", v154, true);
    nested(f, x.security_groups, p, "/security_groups", n + 3, "SecurityGroupQuota", v154, true);
    undeclaredProperties(f, x, p, n, k92, false);
  }
}
function v96(x: any, p: string, f: DriftFinding[], n = 649): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.count, p, "/count", n + 1, 20, false);
    nested(f, x.links, p, "/links", n + 2, "array of any value or null", v96_0, false);
    nested(f, x.security_group_rules, p, "/security_group_rules", n + 5, "array of SecurityGroupRule", v96_1, true);
    undeclaredProperties(f, x, p, n, k93, false);
  }
}
function v97(x: any, p: string, f: DriftFinding[], n = 657): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.security_group_rule, p, "/security_group_rule", n + 1, "SecurityGroupRule", v155, true);
    undeclaredProperties(f, x, p, n, k94, false);
  }
}
function v98(x: any, p: string, f: DriftFinding[], n = 659): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.security_group_rules, p, "/security_group_rules", n + 1, "array of SecurityGroupRule", v98_0, true);
    undeclaredProperties(f, x, p, n, k95, false);
  }
}
function v99(x: any, p: string, f: DriftFinding[], n = 663): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.desired_server_count, p, "/desired_server_count", n + 4, 4, true);
    typed(f, x.desired_server_count_editable, p, "/desired_server_count_editable", n + 5, 8, true);
    typed(f, x.drain_enabled, p, "/drain_enabled", n + 6, 8, true);
    typed(f, x.drain_timeout, p, "/drain_timeout", n + 7, 20, false);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", n + 9, 1, true);
    typed(f, x.launch_configuration_name, p, "/launch_configuration_name", n + 10, 1, true);
    nested(f, x.lb_server_groups, p, "/lb_server_groups", n + 11, "array of AutoScalingGroupLbServerGroup or null", v99_0, false);
    typed(f, x.max_server_count, p, "/max_server_count", n + 14, 4, true);
    typed(f, x.min_server_count, p, "/min_server_count", n + 15, 4, true);
    nested(f, x.modified_at, p, "/modified_at", n + 16, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 17, 1, true);
    typed(f, x.name, p, "/name", n + 18, 1, true);
    nested(f, x.security_group_ids, p, "/security_group_ids", n + 19, "array of string or null", v99_1, false);
    typed(f, x.server_name_prefix, p, "/server_name_prefix", n + 22, 1, true);
    typed(f, x.state, p, "/state", n + 23, 1, true);
    nested(f, x.subnet_ids, p, "/subnet_ids", n + 24, "array of string", v99_2, false);
    typed(f, x.vpc_id, p, "/vpc_id", n + 27, 1, true);
    undeclaredProperties(f, x, p, n, k96, false);
  }
}
function v100_1(x: any, p: string, f: DriftFinding[], n = 695): void {
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
function v100(x: any, p: string, f: DriftFinding[], n = 691): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.ctx, p, "/ctx", n + 1, "object or null", v100_0, false);
    nested(f, x.loc, p, "/loc", n + 3, "array of string or integer or null", v100_1, false);
    typed(f, x.msg, p, "/msg", n + 6, 17, false);
    typed(f, x.type_, p, "/type_", n + 7, 17, false);
    undeclaredProperties(f, x, p, n, k97, false);
  }
}
function v101(x: any, p: string, f: DriftFinding[], n = 699): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!r98.test(x)) outOfBounds(f, p, n, "a string matching ^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?$", x);
  }
}
function v102(x: any, p: string, f: DriftFinding[], n = 700): void {
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
    undeclaredProperties(f, x, p, n, k99, false);
  }
}
function v103(x: any, p: string, f: DriftFinding[], n = 703): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.created_at, p, "/created_at", n + 1, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 4, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 5, 1, true);
    typed(f, x.name, p, "/name", n + 6, 1, true);
    typed(f, x.port, p, "/port", n + 7, 4, true);
    undeclaredProperties(f, x, p, n, k100, false);
  }
}
function v104(x: any, p: string, f: DriftFinding[], n = 711): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e101.includes(x)) notInEnum(f, p, n, e101, x);
  }
}
function v105(x: any, p: string, f: DriftFinding[], n = 712): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.addresses, p, "/addresses", n + 2, "array of ServerShowResponseAddress or null", v105_0, false);
    typed(f, x.auto_scaling_group_id, p, "/auto_scaling_group_id", n + 5, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 6, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 7, 1, true);
    typed(f, x.disk_config, p, "/disk_config", n + 8, 1, true);
    typed(f, x.id, p, "/id", n + 9, 1, true);
    typed(f, x.image_id, p, "/image_id", n + 10, 17, false);
    typed(f, x.is_marketplace, p, "/is_marketplace", n + 11, 24, false);
    typed(f, x.keypair_name, p, "/keypair_name", n + 12, 17, false);
    typed(f, x.launch_configuration_id, p, "/launch_configuration_id", n + 13, 17, false);
    typed(f, x.lb_linked_state, p, "/lb_linked_state", n + 14, 17, false);
    typed(f, x.locked, p, "/locked", n + 15, 8, true);
    nested(f, x.metadata, p, "/metadata", n + 16, "object", v105_1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 18, "Timestamp", v101, true);
    typed(f, x.name, p, "/name", n + 19, 1, true);
    nested(f, x.planned_compute_os_type, p, "/planned_compute_os_type", n + 20, "PlannedComputeOsType", v156, false);
    nested(f, x.product_category, p, "/product_category", n + 21, "ProductCategory", v110, false);
    nested(f, x.product_offering, p, "/product_offering", n + 22, "ProductOffering", v111, false);
    nested(f, x.security_groups, p, "/security_groups", n + 23, "array of ServerShowResponseSecurityGroup or null", v105_2, false);
    typed(f, x.server_group_id, p, "/server_group_id", n + 26, 17, false);
    nested(f, x.server_type, p, "/server_type", n + 27, "ServerShowResponseServerType", v113, true);
    typed(f, x.state, p, "/state", n + 28, 1, true);
    nested(f, x.volumes, p, "/volumes", n + 29, "array of ServerShowResponseVolume", v105_3, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 32, 17, false);
    undeclaredProperties(f, x, p, n, k102, false);
  }
}
function v106(x: any, p: string, f: DriftFinding[], n = 745): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.fingerprint, p, "/fingerprint", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.public_key, p, "/public_key", n + 3, 1, true);
    typed(f, x.type, p, "/type", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k103, false);
  }
}
function v107(x: any, p: string, f: DriftFinding[], n = 750): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.boot_index, p, "/boot_index", n + 1, 4, true);
    typed(f, x.size, p, "/size", n + 2, 4, true);
    typed(f, x.type, p, "/type", n + 3, 17, false);
    undeclaredProperties(f, x, p, n, k104, false);
  }
}
function v109(x: any, p: string, f: DriftFinding[], n = 758): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k106, false);
  }
}
function v110(x: any, p: string, f: DriftFinding[], n = 760): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e107.includes(x)) notInEnum(f, p, n, e107, x);
  }
}
function v111(x: any, p: string, f: DriftFinding[], n = 761): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e108.includes(x)) notInEnum(f, p, n, e108, x);
  }
}
function v112(x: any, p: string, f: DriftFinding[], n = 762): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.name, p, "/name", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k109, false);
  }
}
function v113(x: any, p: string, f: DriftFinding[], n = 764): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.disk, p, "/disk", n + 1, 4, true);
    typed(f, x.ephemeral, p, "/ephemeral", n + 2, 4, true);
    nested(f, x.extra_specs, p, "/extra_specs", n + 3, "object", v113_0, true);
    typed(f, x.id, p, "/id", n + 5, 17, false);
    typed(f, x.name, p, "/name", n + 6, 1, true);
    typed(f, x.ram, p, "/ram", n + 7, 4, true);
    typed(f, x.swap, p, "/swap", n + 8, 4, true);
    typed(f, x.vcpus, p, "/vcpus", n + 9, 4, true);
    undeclaredProperties(f, x, p, n, k110, false);
  }
}
function v114(x: any, p: string, f: DriftFinding[], n = 774): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.delete_on_termination, p, "/delete_on_termination", n + 1, 8, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k111, false);
  }
}
function v115(x: any, p: string, f: DriftFinding[], n = 777): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k112, false);
  }
}
function v116(x: any, p: string, f: DriftFinding[], n = 779): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.external_ip_address, p, "/external_ip_address", n + 1, 1, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    typed(f, x.private_nat_ip_id, p, "/private_nat_ip_id", n + 3, 17, false);
    typed(f, x.state, p, "/state", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k113, false);
  }
}
function v117(x: any, p: string, f: DriftFinding[], n = 784): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.external_ip_address, p, "/external_ip_address", n + 1, 1, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    typed(f, x.publicip_id, p, "/publicip_id", n + 3, 17, false);
    typed(f, x.state, p, "/state", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k114, false);
  }
}
function v118(x: any, p: string, f: DriftFinding[], n = 789): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", n + 1, 1, true);
    enumerated(f, x.version, p, "/version", n + 2, 4, e115, true);
    undeclaredProperties(f, x, p, n, k116, false);
  }
}
function v119_0(x: any, p: string, f: DriftFinding[], n = 798): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SecurityGroupResponseRule", v157, true);
    }
  }
}
function v119(x: any, p: string, f: DriftFinding[], n = 792): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    typed(f, x.name, p, "/name", n + 4, 1, true);
    nested(f, x.rules, p, "/rules", n + 5, "array of SecurityGroupResponseRule", v119_0, true);
    undeclaredProperties(f, x, p, n, k117, false);
  }
}
function v120(x: any, p: string, f: DriftFinding[], n = 800): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.multiattach, p, "/multiattach", n + 1, 17, false);
    undeclaredProperties(f, x, p, n, k118, false);
  }
}
function v121(x: any, p: string, f: DriftFinding[], n = 802): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.attached_at, p, "/attached_at", n + 1, "Timestamp", v101, true);
    typed(f, x.device, p, "/device", n + 2, 1, true);
    typed(f, x.id, p, "/id", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k119, false);
  }
}
function v122(x: any, p: string, f: DriftFinding[], n = 806): void {
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
    undeclaredProperties(f, x, p, n, k120, false);
  }
}
function v124(x: any, p: string, f: DriftFinding[], n = 824): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.cidr, p, "/cidr", n + 2, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    let y: any;
    y = x.description;
    if (y !== undefined) {
      if (!(typeof y === "string" || y === null)) typeMismatch(f, p + "/description", n + 5, "string or null", y);
      else {
        if (typeof y === "string") {
          if (codePoints(y) > 50) outOfBounds(f, p + "/description", n + 5, "a string of at most 50 characters", y);
        }
      }
    }
    typed(f, x.id, p, "/id", n + 6, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 7, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 8, 1, true);
    y = x.name;
    if (y === undefined) missing(f, p + "/name", n + 9, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/name", n + 9, "string", y);
      else {
        if (codePoints(y) < 3) outOfBounds(f, p + "/name", n + 9, "a string of at least 3 characters", y);
        if (codePoints(y) > 20) outOfBounds(f, p + "/name", n + 9, "a string of at most 20 characters", y);
        if (!r121.test(y)) outOfBounds(f, p + "/name", n + 9, "a string matching ^[a-zA-Z0-9-]*$", y);
      }
    }
    nested(f, x.state, p, "/state", n + 10, "VpcState", v158, true);
    undeclaredProperties(f, x, p, n, k122, false);
  }
}
function v126_0(x: any, p: string, f: DriftFinding[], n = 839): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "NetworkError", v159, true);
    }
  }
}
function v126(x: any, p: string, f: DriftFinding[], n = 837): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.errors, p, "/errors", n + 1, "array of NetworkError", v126_0, true);
  }
}
function v127(x: any, p: string, f: DriftFinding[], n = 841): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.cidr, p, "/cidr", n + 2, 1, true);
    typed(f, x.message, p, "/message", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k123, false);
  }
}
function v128(x: any, p: string, f: DriftFinding[], n = 845): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.cidr, p, "/cidr", n + 2, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    typed(f, x.gateway_ip_address, p, "/gateway_ip_address", n + 5, 17, true);
    typed(f, x.id, p, "/id", n + 6, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 7, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 8, 1, true);
    let y: any;
    y = x.name;
    if (y === undefined) missing(f, p + "/name", n + 9, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/name", n + 9, "string", y);
      else {
        if (codePoints(y) < 3) outOfBounds(f, p + "/name", n + 9, "a string of at least 3 characters", y);
        if (codePoints(y) > 20) outOfBounds(f, p + "/name", n + 9, "a string of at most 20 characters", y);
        if (!r124.test(y)) outOfBounds(f, p + "/name", n + 9, "a string matching ^[a-zA-Z0-9]*$", y);
      }
    }
    nested(f, x.state, p, "/state", n + 10, "SubnetState", v160, true);
    nested(f, x.type, p, "/type", n + 11, "SubnetType", v161, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 12, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 13, 1, true);
    undeclaredProperties(f, x, p, n, k125, false);
  }
}
function v129_0(x: any, p: string, f: DriftFinding[], n = 862): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SubnetAllocationPool", v162, true);
    }
  }
}
function v129_2(x: any, p: string, f: DriftFinding[], n = 873): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SubnetHostRoute", v163, true);
    }
  }
}
function v129(x: any, p: string, f: DriftFinding[], n = 859): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.allocation_pools, p, "/allocation_pools", n + 2, "array of SubnetAllocationPool", v129_0, false);
    typed(f, x.cidr, p, "/cidr", n + 5, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 6, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 7, 1, true);
    let y: any;
    y = x.description;
    if (y !== undefined) {
      if (!(typeof y === "string" || y === null)) typeMismatch(f, p + "/description", n + 8, "string or null", y);
      else {
        if (typeof y === "string") {
          if (codePoints(y) > 50) outOfBounds(f, p + "/description", n + 8, "a string of at most 50 characters", y);
        }
      }
    }
    nested(f, x.dns_nameservers, p, "/dns_nameservers", n + 9, "array of string", v129_1, false);
    typed(f, x.gateway_ip_address, p, "/gateway_ip_address", n + 12, 17, true);
    nested(f, x.host_routes, p, "/host_routes", n + 13, "array of SubnetHostRoute", v129_2, false);
    typed(f, x.id, p, "/id", n + 16, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 17, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 18, 1, true);
    y = x.name;
    if (y === undefined) missing(f, p + "/name", n + 19, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/name", n + 19, "string", y);
      else {
        if (codePoints(y) < 3) outOfBounds(f, p + "/name", n + 19, "a string of at least 3 characters", y);
        if (codePoints(y) > 20) outOfBounds(f, p + "/name", n + 19, "a string of at most 20 characters", y);
        if (!r124.test(y)) outOfBounds(f, p + "/name", n + 19, "a string matching ^[a-zA-Z0-9]*$", y);
      }
    }
    nested(f, x.state, p, "/state", n + 20, "SubnetState", v160, true);
    nested(f, x.type, p, "/type", n + 21, "SubnetType", v161, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 22, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 23, 1, true);
    undeclaredProperties(f, x, p, n, k126, false);
  }
}
function v130(x: any, p: string, f: DriftFinding[], n = 883): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.cidr, p, "/cidr", n + 2, 1, true);
    typed(f, x.message, p, "/message", n + 3, 1, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k127, false);
  }
}
function v131(x: any, p: string, f: DriftFinding[], n = 888): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.attached_resource_id, p, "/attached_resource_id", n + 2, 1, true);
    typed(f, x.attached_resource_type, p, "/attached_resource_type", n + 3, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 4, "Timestamp", v101, true);
    typed(f, x.description, p, "/description", n + 5, 1, true);
    typed(f, x.fixed_ip_address, p, "/fixed_ip_address", n + 6, 1, true);
    typed(f, x.id, p, "/id", n + 7, 1, true);
    typed(f, x.mac_address, p, "/mac_address", n + 8, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 9, "Timestamp", v101, true);
    typed(f, x.name, p, "/name", n + 10, 1, true);
    typed(f, x.state, p, "/state", n + 11, 1, true);
    typed(f, x.subnet_id, p, "/subnet_id", n + 12, 1, true);
    typed(f, x.subnet_name, p, "/subnet_name", n + 13, 1, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 14, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 15, 1, true);
    undeclaredProperties(f, x, p, n, k128, false);
  }
}
function v132_0(x: any, p: string, f: DriftFinding[], n = 916): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "PortSecurityGroup", v164, true);
    }
  }
}
function v132(x: any, p: string, f: DriftFinding[], n = 904): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.attached_resource_id, p, "/attached_resource_id", n + 2, 1, true);
    typed(f, x.attached_resource_type, p, "/attached_resource_type", n + 3, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 4, "Timestamp", v101, true);
    typed(f, x.description, p, "/description", n + 5, 1, true);
    typed(f, x.fixed_ip_address, p, "/fixed_ip_address", n + 6, 1, true);
    typed(f, x.id, p, "/id", n + 7, 1, true);
    typed(f, x.mac_address, p, "/mac_address", n + 8, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 9, "Timestamp", v101, true);
    typed(f, x.name, p, "/name", n + 10, 1, true);
    nested(f, x.security_groups, p, "/security_groups", n + 11, "array of PortSecurityGroup", v132_0, true);
    typed(f, x.state, p, "/state", n + 14, 1, true);
    typed(f, x.subnet_id, p, "/subnet_id", n + 15, 1, true);
    typed(f, x.subnet_name, p, "/subnet_name", n + 16, 1, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 17, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 18, 1, true);
    undeclaredProperties(f, x, p, n, k129, false);
  }
}
function v133(x: any, p: string, f: DriftFinding[], n = 923): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.fixed_ip_address, p, "/fixed_ip_address", n + 2, 1, true);
    typed(f, x.message, p, "/message", n + 3, 1, true);
    typed(f, x.subnet_id, p, "/subnet_id", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k130, false);
  }
}
function v134(x: any, p: string, f: DriftFinding[], n = 928): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.attached_resource_id, p, "/attached_resource_id", n + 2, 17, false);
    typed(f, x.attached_resource_name, p, "/attached_resource_name", n + 3, 17, false);
    nested(f, x.attached_resource_type, p, "/attached_resource_type", n + 4, "PublicipAttachedResourceType", v165, false);
    nested(f, x.created_at, p, "/created_at", n + 5, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 6, 1, true);
    typed(f, x.description, p, "/description", n + 7, 17, false);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    typed(f, x.ip_address, p, "/ip_address", n + 9, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 10, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 11, 1, true);
    nested(f, x.state, p, "/state", n + 12, "PublicipState", v166, true);
    nested(f, x.type, p, "/type", n + 13, "PublicipType", v167, true);
    undeclaredProperties(f, x, p, n, k131, false);
  }
}
function v135(x: any, p: string, f: DriftFinding[], n = 942): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.description, p, "/description", n + 4, 17, false);
    typed(f, x.firewall_id, p, "/firewall_id", n + 5, 17, false);
    typed(f, x.id, p, "/id", n + 6, 1, true);
    typed(f, x.loggable, p, "/loggable", n + 7, 8, false);
    nested(f, x.modified_at, p, "/modified_at", n + 8, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 9, 1, true);
    typed(f, x.name, p, "/name", n + 10, 1, true);
    nested(f, x.state, p, "/state", n + 11, "InternetGatewayState", v168, true);
    nested(f, x.type, p, "/type", n + 12, "InternetGatewayType", v169, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 13, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 14, 1, true);
    undeclaredProperties(f, x, p, n, k132, false);
  }
}
function v136(x: any, p: string, f: DriftFinding[], n = 957): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.vpc_id, p, "/vpc_id", n + 1, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k133, false);
  }
}
function v137(x: any, p: string, f: DriftFinding[], n = 960): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.description, p, "/description", n + 4, 17, false);
    typed(f, x.id, p, "/id", n + 5, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 6, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 7, 1, true);
    typed(f, x.name, p, "/name", n + 8, 1, true);
    typed(f, x.nat_gateway_ip_address, p, "/nat_gateway_ip_address", n + 9, 1, true);
    typed(f, x.publicip_id, p, "/publicip_id", n + 10, 17, false);
    nested(f, x.state, p, "/state", n + 11, "NatGatewayState", v170, true);
    typed(f, x.subnet_cidr, p, "/subnet_cidr", n + 12, 1, true);
    typed(f, x.subnet_id, p, "/subnet_id", n + 13, 1, true);
    typed(f, x.subnet_name, p, "/subnet_name", n + 14, 1, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 15, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 16, 1, true);
    undeclaredProperties(f, x, p, n, k134, false);
  }
}
function v138(x: any, p: string, f: DriftFinding[], n = 977): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.cidr, p, "/cidr", n + 2, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    typed(f, x.description, p, "/description", n + 5, 17, false);
    typed(f, x.direct_connect_id, p, "/direct_connect_id", n + 6, 1, true);
    typed(f, x.direct_connect_name, p, "/direct_connect_name", n + 7, 17, false);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 9, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 10, 1, true);
    typed(f, x.name, p, "/name", n + 11, 1, true);
    nested(f, x.state, p, "/state", n + 12, "PrivateNatState", v171, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 13, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 14, 17, false);
    undeclaredProperties(f, x, p, n, k135, false);
  }
}
function v139(x: any, p: string, f: DriftFinding[], n = 992): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.cidr, p, "/cidr", n + 2, 1, true);
    typed(f, x.direct_connect_id, p, "/direct_connect_id", n + 3, 1, true);
    typed(f, x.message, p, "/message", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k136, false);
  }
}
function v140(x: any, p: string, f: DriftFinding[], n = 997): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.attached_resource_id, p, "/attached_resource_id", n + 1, 17, false);
    typed(f, x.attached_resource_name, p, "/attached_resource_name", n + 2, 17, false);
    nested(f, x.attached_resource_type, p, "/attached_resource_type", n + 3, "PrivateNatIpAttachedResourceType", v172, false);
    nested(f, x.created_at, p, "/created_at", n + 4, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 5, 1, true);
    typed(f, x.id, p, "/id", n + 6, 1, true);
    typed(f, x.ip_address, p, "/ip_address", n + 7, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 8, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 9, 1, true);
    typed(f, x.private_nat_id, p, "/private_nat_id", n + 10, 1, true);
    nested(f, x.state, p, "/state", n + 11, "PrivateNatIpState", v173, true);
    undeclaredProperties(f, x, p, n, k137, false);
  }
}
function v141(x: any, p: string, f: DriftFinding[], n = 1009): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    typed(f, x.bandwidth, p, "/bandwidth", n + 2, 20, false);
    nested(f, x.created_at, p, "/created_at", n + 3, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 4, 1, true);
    typed(f, x.description, p, "/description", n + 5, 17, false);
    typed(f, x.firewall_ids, p, "/firewall_ids", n + 6, 17, false);
    typed(f, x.id, p, "/id", n + 7, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 8, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 9, 1, true);
    let y: any;
    y = x.name;
    if (y === undefined) missing(f, p + "/name", n + 10, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/name", n + 10, "string", y);
      else {
        if (codePoints(y) < 3) outOfBounds(f, p + "/name", n + 10, "a string of at least 3 characters", y);
        if (codePoints(y) > 20) outOfBounds(f, p + "/name", n + 10, "a string of at most 20 characters", y);
        if (!r124.test(y)) outOfBounds(f, p + "/name", n + 10, "a string matching ^[a-zA-Z0-9]*$", y);
      }
    }
    nested(f, x.state, p, "/state", n + 11, "TransitGatewayState", v174, true);
    typed(f, x.uplink_enabled, p, "/uplink_enabled", n + 12, 8, false);
    undeclaredProperties(f, x, p, n, k138, false);
  }
}
function v142(x: any, p: string, f: DriftFinding[], n = 1022): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.description, p, "/description", n + 4, 1, true);
    typed(f, x.destination_cidr, p, "/destination_cidr", n + 5, 1, true);
    typed(f, x.destination_resource_id, p, "/destination_resource_id", n + 6, 17, true);
    typed(f, x.destination_resource_name, p, "/destination_resource_name", n + 7, 17, false);
    nested(f, x.destination_type, p, "/destination_type", n + 8, "TransitGatewayRuleDestinationType", v175, true);
    typed(f, x.id, p, "/id", n + 9, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 10, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 11, 1, true);
    typed(f, x.source_resource_id, p, "/source_resource_id", n + 12, 17, true);
    typed(f, x.source_resource_name, p, "/source_resource_name", n + 13, 17, false);
    nested(f, x.source_type, p, "/source_type", n + 14, "TransitGatewayRuleDestinationType", v175, true);
    nested(f, x.state, p, "/state", n + 15, "RoutingRuleState", v176, true);
    typed(f, x.tgw_connection_vpc_id, p, "/tgw_connection_vpc_id", n + 16, 17, true);
    typed(f, x.tgw_connection_vpc_name, p, "/tgw_connection_vpc_name", n + 17, 17, false);
    undeclaredProperties(f, x, p, n, k139, false);
  }
}
function v143(x: any, p: string, f: DriftFinding[], n = 1040): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.connected_vpc_id, p, "/connected_vpc_id", n + 2, 1, true);
    typed(f, x.destination_cidr, p, "/destination_cidr", n + 3, 1, true);
    nested(f, x.destination_type, p, "/destination_type", n + 4, "TransitGatewayRuleDestinationType", v175, true);
    typed(f, x.message, p, "/message", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k140, false);
  }
}
function v144(x: any, p: string, f: DriftFinding[], n = 1046): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.id, p, "/id", n + 4, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 5, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 6, 1, true);
    nested(f, x.state, p, "/state", n + 7, "TransitGatewayVpcConnectionState", v177, true);
    typed(f, x.transit_gateway_id, p, "/transit_gateway_id", n + 8, 1, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 9, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 10, 1, true);
    undeclaredProperties(f, x, p, n, k141, false);
  }
}
function v145(x: any, p: string, f: DriftFinding[], n = 1057): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.description, p, "/description", n + 4, 17, false);
    typed(f, x.endpoint_ip_address, p, "/endpoint_ip_address", n + 5, 1, true);
    typed(f, x.id, p, "/id", n + 6, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 7, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 8, 1, true);
    typed(f, x.name, p, "/name", n + 9, 1, true);
    typed(f, x.resource_info, p, "/resource_info", n + 10, 1, true);
    typed(f, x.resource_key, p, "/resource_key", n + 11, 1, true);
    nested(f, x.resource_type, p, "/resource_type", n + 12, "VpcEndpointResourceType", v178, true);
    nested(f, x.state, p, "/state", n + 13, "VpcEndpointState", v179, true);
    typed(f, x.subnet_id, p, "/subnet_id", n + 14, 1, true);
    typed(f, x.subnet_name, p, "/subnet_name", n + 15, 1, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 16, 1, true);
    typed(f, x.vpc_name, p, "/vpc_name", n + 17, 1, true);
    undeclaredProperties(f, x, p, n, k142, false);
  }
}
function v146(x: any, p: string, f: DriftFinding[], n = 1075): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.resource_info, p, "/resource_info", n + 1, 1, true);
    typed(f, x.resource_key, p, "/resource_key", n + 2, 1, true);
    nested(f, x.resource_type, p, "/resource_type", n + 3, "VpcEndpointResourceType", v178, true);
    undeclaredProperties(f, x, p, n, k143, false);
  }
}
function v147(x: any, p: string, f: DriftFinding[], n = 1079): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.endpoint_ip_address, p, "/endpoint_ip_address", n + 2, 1, true);
    typed(f, x.message, p, "/message", n + 3, 1, true);
    typed(f, x.subnet_id, p, "/subnet_id", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k144, false);
  }
}
function v148(x: any, p: string, f: DriftFinding[], n = 1084): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.message, p, "/message", n + 2, 1, true);
    typed(f, x.resource_key, p, "/resource_key", n + 3, 1, true);
    nested(f, x.resource_type, p, "/resource_type", n + 4, "VpcEndpointResourceType", v178, true);
    typed(f, x.vpc_id, p, "/vpc_id", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k145, false);
  }
}
function v149(x: any, p: string, f: DriftFinding[], n = 1090): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.account_type, p, "/account_type", n + 1, "VpcPeeringAccountType", v180, true);
    typed(f, x.approver_vpc_account_id, p, "/approver_vpc_account_id", n + 2, 1, true);
    typed(f, x.approver_vpc_id, p, "/approver_vpc_id", n + 3, 1, true);
    typed(f, x.approver_vpc_name, p, "/approver_vpc_name", n + 4, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 5, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 6, 1, true);
    typed(f, x.description, p, "/description", n + 7, 17, false);
    typed(f, x.id, p, "/id", n + 8, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 9, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 10, 1, true);
    let y: any;
    y = x.name;
    if (y === undefined) missing(f, p + "/name", n + 11, "string");
    else {
      if (!(typeof y === "string")) typeMismatch(f, p + "/name", n + 11, "string", y);
      else {
        if (codePoints(y) < 3) outOfBounds(f, p + "/name", n + 11, "a string of at least 3 characters", y);
        if (codePoints(y) > 20) outOfBounds(f, p + "/name", n + 11, "a string of at most 20 characters", y);
        if (!r124.test(y)) outOfBounds(f, p + "/name", n + 11, "a string matching ^[a-zA-Z0-9]*$", y);
      }
    }
    typed(f, x.requester_vpc_account_id, p, "/requester_vpc_account_id", n + 12, 1, true);
    typed(f, x.requester_vpc_id, p, "/requester_vpc_id", n + 13, 1, true);
    typed(f, x.requester_vpc_name, p, "/requester_vpc_name", n + 14, 1, true);
    nested(f, x.state, p, "/state", n + 15, "VpcPeeringState", v181, true);
    undeclaredProperties(f, x, p, n, k146, false);
  }
}
function v150(x: any, p: string, f: DriftFinding[], n = 1106): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.approver_vpc_account_id, p, "/approver_vpc_account_id", n + 1, 1, true);
    typed(f, x.approver_vpc_id, p, "/approver_vpc_id", n + 2, 1, true);
    typed(f, x.available, p, "/available", n + 3, 8, true);
    typed(f, x.message, p, "/message", n + 4, 1, true);
    typed(f, x.requester_vpc_account_id, p, "/requester_vpc_account_id", n + 5, 1, true);
    typed(f, x.requester_vpc_id, p, "/requester_vpc_id", n + 6, 1, true);
    undeclaredProperties(f, x, p, n, k147, false);
  }
}
function v151(x: any, p: string, f: DriftFinding[], n = 1113): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.created_at, p, "/created_at", n + 1, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 2, 1, true);
    typed(f, x.destination_cidr, p, "/destination_cidr", n + 3, 1, true);
    typed(f, x.destination_vpc_id, p, "/destination_vpc_id", n + 4, 1, true);
    typed(f, x.destination_vpc_name, p, "/destination_vpc_name", n + 5, 1, true);
    nested(f, x.destination_vpc_type, p, "/destination_vpc_type", n + 6, "VpcPeeringRuleDestinationVpcType", v182, true);
    typed(f, x.id, p, "/id", n + 7, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 8, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 9, 1, true);
    typed(f, x.source_vpc_id, p, "/source_vpc_id", n + 10, 1, true);
    typed(f, x.source_vpc_name, p, "/source_vpc_name", n + 11, 1, true);
    nested(f, x.source_vpc_type, p, "/source_vpc_type", n + 12, "VpcPeeringRuleDestinationVpcType", v182, true);
    nested(f, x.state, p, "/state", n + 13, "RoutingRuleState", v176, true);
    typed(f, x.vpc_peering_id, p, "/vpc_peering_id", n + 14, 1, true);
    undeclaredProperties(f, x, p, n, k148, false);
  }
}
function v152(x: any, p: string, f: DriftFinding[], n = 1128): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.available, p, "/available", n + 1, 8, true);
    typed(f, x.destination_cidr, p, "/destination_cidr", n + 2, 1, true);
    nested(f, x.destination_vpc_type, p, "/destination_vpc_type", n + 3, "VpcPeeringRuleDestinationVpcType", v182, true);
    typed(f, x.message, p, "/message", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k149, false);
  }
}
function v153(x: any, p: string, f: DriftFinding[], n = 1133): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.account_id, p, "/account_id", n + 1, 1, true);
    nested(f, x.created_at, p, "/created_at", n + 2, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 3, 1, true);
    typed(f, x.description, p, "/description", n + 4, 17, true);
    typed(f, x.id, p, "/id", n + 5, 1, true);
    typed(f, x.loggable, p, "/loggable", n + 6, 8, true);
    nested(f, x.modified_at, p, "/modified_at", n + 7, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 8, 1, true);
    typed(f, x.name, p, "/name", n + 9, 1, true);
    typed(f, x.rule_count, p, "/rule_count", n + 10, 4, false);
    typed(f, x.state, p, "/state", n + 11, 1, true);
    undeclaredProperties(f, x, p, n, k150, false);
  }
}
function v154(x: any, p: string, f: DriftFinding[], n = 1145): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.limit, p, "/limit", n + 1, 4, false);
    typed(f, x.used, p, "/used", n + 2, 4, false);
    undeclaredProperties(f, x, p, n, k151, false);
  }
}
function v155(x: any, p: string, f: DriftFinding[], n = 1148): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.created_at, p, "/created_at", n + 1, "Timestamp", v101, true);
    typed(f, x.created_by, p, "/created_by", n + 2, 1, true);
    typed(f, x.description, p, "/description", n + 3, 17, true);
    nested(f, x.direction, p, "/direction", n + 4, "SecurityGroupRuleDirection", v183, true);
    typed(f, x.ethertype, p, "/ethertype", n + 5, 17, false);
    typed(f, x.id, p, "/id", n + 6, 1, true);
    nested(f, x.modified_at, p, "/modified_at", n + 7, "Timestamp", v101, true);
    typed(f, x.modified_by, p, "/modified_by", n + 8, 1, true);
    typed(f, x.port_range_max, p, "/port_range_max", n + 9, 20, true);
    typed(f, x.port_range_min, p, "/port_range_min", n + 10, 20, true);
    typed(f, x.protocol, p, "/protocol", n + 11, 17, true);
    typed(f, x.remote_group_id, p, "/remote_group_id", n + 12, 17, true);
    typed(f, x.remote_group_name, p, "/remote_group_name", n + 13, 17, false);
    typed(f, x.remote_ip_prefix, p, "/remote_ip_prefix", n + 14, 17, true);
    typed(f, x.security_group_id, p, "/security_group_id", n + 15, 1, true);
    undeclaredProperties(f, x, p, n, k152, false);
  }
}
function v156(x: any, p: string, f: DriftFinding[], n = 1164): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e25.includes(x)) notInEnum(f, p, n, e25, x);
  }
}
function v157(x: any, p: string, f: DriftFinding[], n = 1165): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.from_port, p, "/from_port", n + 1, 4, true);
    typed(f, x.id, p, "/id", n + 2, 1, true);
    typed(f, x.ip_protocol, p, "/ip_protocol", n + 3, 1, true);
    nested(f, x.ip_range, p, "/ip_range", n + 4, "SecurityGroupResponseRuleIpRange", v184, true);
    typed(f, x.to_port, p, "/to_port", n + 5, 4, true);
    undeclaredProperties(f, x, p, n, k153, false);
  }
}
function v158(x: any, p: string, f: DriftFinding[], n = 1171): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e154.includes(x)) notInEnum(f, p, n, e154, x);
  }
}
function v159(x: any, p: string, f: DriftFinding[], n = 1172): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.code, p, "/code", n + 1, 1, true);
    typed(f, x.detail, p, "/detail", n + 2, 1, false);
    typed(f, x.status, p, "/status", n + 3, 4, false);
    undeclaredProperties(f, x, p, n, k155, false);
  }
}
function v161(x: any, p: string, f: DriftFinding[], n = 1177): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e157.includes(x)) notInEnum(f, p, n, e157, x);
  }
}
function v162(x: any, p: string, f: DriftFinding[], n = 1178): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.end, p, "/end", n + 1, 1, true);
    typed(f, x.start, p, "/start", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k158, false);
  }
}
function v163(x: any, p: string, f: DriftFinding[], n = 1181): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.destination, p, "/destination", n + 1, 1, true);
    typed(f, x.nexthop, p, "/nexthop", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k159, false);
  }
}
function v164(x: any, p: string, f: DriftFinding[], n = 1184): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 17, false);
    typed(f, x.name, p, "/name", n + 2, 17, false);
    undeclaredProperties(f, x, p, n, k160, false);
  }
}
function v165(x: any, p: string, f: DriftFinding[], n = 1187): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e161.includes(x)) notInEnum(f, p, n, e161, x);
  }
}
function v172(x: any, p: string, f: DriftFinding[], n = 1194): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e164.includes(x)) notInEnum(f, p, n, e164, x);
  }
}
function v175(x: any, p: string, f: DriftFinding[], n = 1197): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e166.includes(x)) notInEnum(f, p, n, e166, x);
  }
}
function v178(x: any, p: string, f: DriftFinding[], n = 1200): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e167.includes(x)) notInEnum(f, p, n, e167, x);
  }
}
function v180(x: any, p: string, f: DriftFinding[], n = 1202): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e168.includes(x)) notInEnum(f, p, n, e168, x);
  }
}
function v182(x: any, p: string, f: DriftFinding[], n = 1204): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e169.includes(x)) notInEnum(f, p, n, e169, x);
  }
}
function v183(x: any, p: string, f: DriftFinding[], n = 1205): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e170.includes(x)) notInEnum(f, p, n, e170, x);
  }
}
function v184(x: any, p: string, f: DriftFinding[], n = 1206): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.cidr, p, "/cidr", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k171, false);
  }
}

const v1 = s0(5);
const v2_0 = s1(19);
const v2_1 = s2(27);
const v2_2 = s3(32);
const v5_0 = s3(55);
const v8_1 = s2(94);
const v11_0 = s4(123);
const v19_0 = s5(207);
const v20_0 = s5(226);
const v23_0 = s3(245);
const v25_0 = s4(259);
const v28_0 = s6(276);
const v28_1 = s4(289);
const v28_2 = s7(296);
const v28_3 = s8(302);
const v40_0 = s9(358);
const v51_0 = s10(432);
const v56_0 = s10(447);
const v59_0 = s10(459);
const v61_0 = s10(469);
const v62_0 = s10(477);
const v64_1 = s10(490);
const v66_0 = s3(496);
const v68_0 = s10(505);
const v70_1 = s2(520);
const v73_1 = s2(534);
const v75_0 = s2(543);
const v77_0 = s2(555);
const v80_0 = s2(572);
const v82_0 = s10(582);
const v84_0 = s10(592);
const v87_0 = s2(606);
const v90_0 = s2(623);
const v93_0 = s10(638);
const v96_0 = s10(652);
const v96_1 = s11(655);
const v98_0 = s11(661);
const v99_0 = s1(675);
const v99_1 = s2(683);
const v99_2 = s3(688);
const v100_0 = s9(693);
const v105_0 = s6(715);
const v105_1 = s4(729);
const v105_2 = s7(736);
const v105_3 = s8(742);
const v108 = s12(754, true);
const v113_0 = s4(768);
const v123 = s12(820, true);
const v125 = s0(835);
const v129_1 = s3(869);
const v160 = s13(1176);
const v166 = s14(1188);
const v167 = s15(1189);
const v168 = s13(1190);
const v169 = s15(1191);
const v170 = s13(1192);
const v171 = s13(1193);
const v173 = s14(1195);
const v174 = s16(1196);
const v176 = s13(1198);
const v177 = s13(1199);
const v179 = s13(1201);
const v181 = s16(1203);

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "scp",
  spec: "1.3+9337a266bd7e",
  nodes: [-1,"/components/schemas/AutoScalingGroupListResponse",0,"auto_scaling_groups",0,"auto_scaling_groups",2,"/items",0,"count",-1,"/components/schemas/ValidationErrorList",5,"/items",-1,"/components/schemas/AutoScalingGroupShowResponse",7,"account_id",7,"created_at",7,"created_by",7,"desired_server_count",7,"desired_server_count_editable",7,"drain_enabled",7,"drain_timeout",7,"id",7,"launch_configuration_id",7,"launch_configuration_name",7,"lb_server_groups",7,"lb_server_groups",19,"/items",7,"max_server_count",7,"min_server_count",7,"modified_at",7,"modified_by",7,"name",7,"security_group_ids",7,"security_group_ids",27,"/items",7,"server_name_prefix",7,"state",7,"subnet_ids",7,"subnet_ids",32,"/items",7,"total_server_count",7,"vpc_id",-1,"/components/schemas/AutoScalingGroupLbServerGroupListResponse",36,"count",36,"lb_server_groups",36,"lb_server_groups",39,"/items",-1,"/components/schemas/AutoScalingGroupNotificationListResponse",41,"count",41,"notifications",41,"notifications",44,"/items",-1,"/components/schemas/AutoScalingGroupNotificationShowResponse",46,"account_id",46,"auto_scaling_group_id",46,"created_at",46,"created_by",46,"id",46,"modified_at",46,"modified_by",46,"notification_events",46,"notification_events",55,"/items",46,"notification_state",46,"user_email",46,"user_id",46,"user_name",-1,"/components/schemas/AutoScalingGroupPolicyListResponse",61,"count",61,"policies",61,"policies",64,"/items",-1,"/components/schemas/AutoScalingGroupPolicyShowResponse",66,"account_id",66,"auto_scaling_group_id",66,"comparison_operator",66,"cooldown_seconds",66,"created_at",66,"created_by",66,"evaluation_minutes",66,"id",66,"metric_method",66,"metric_type",66,"modified_at",66,"modified_by",66,"name",66,"scale_method",66,"scale_type",66,"scale_value",66,"state",66,"threshold",66,"threshold_unit",-1,"/components/schemas/AutoScalingGroupScheduleListResponse",86,"count",86,"page",86,"schedules",86,"schedules",90,"/items",86,"size",86,"sort",86,"sort",94,"/items",-1,"/components/schemas/AutoScalingGroupScheduleShowResponse",96,"account_id",96,"created_at",96,"created_by",96,"day_of_month",96,"day_of_week",96,"description",96,"desired_server_count",96,"end_date",96,"frequency",96,"hour",96,"id",96,"max_server_count",96,"min_server_count",96,"minute",96,"modified_at",96,"modified_by",96,"name",96,"start_date",96,"state",96,"timezone",-1,"/components/schemas/AutoScalingGroupVirtualServerListResponse",117,"servers",117,"servers",119,"/items",-1,"/components/schemas/DefaultConfigListResponse",121,"configs",121,"configs",121,"count",-1,"/components/schemas/ImageListResponse",125,"images",125,"images",127,"/items",-1,"/components/schemas/ImageShowResponse",129,"checksum",129,"container_format",129,"created_at",129,"disk_format",129,"file",129,"id",129,"min_disk",129,"min_ram",129,"name",129,"os_distro",129,"os_hash_algo",129,"os_hash_value",129,"os_hidden",129,"owner",129,"owner_account_name",129,"owner_user_name",129,"protected",129,"root_device_name",129,"scp_image_type",129,"scp_k8s_version",129,"scp_original_image_type",129,"scp_os_build_version",129,"scp_os_version",129,"size",129,"status",129,"updated_at",129,"url",129,"virtual_size",129,"visibility",129,"volumes",-1,"/components/schemas/ImageMemberListResponse",160,"members",160,"members",162,"/items",-1,"/components/schemas/ImageMemberShowResponse",164,"created_at",164,"image_id",164,"member_id",164,"status",164,"updated_at",-1,"/components/schemas/KeypairListResponse",170,"keypairs",170,"keypairs",172,"/items",-1,"/components/schemas/KeypairCreateResponse",174,"fingerprint",174,"name",174,"private_key",174,"public_key",174,"type",-1,"/components/schemas/KeypairShowResponse",180,"created_at",180,"fingerprint",180,"id",180,"name",180,"public_key",180,"type",180,"user_id",-1,"/components/schemas/LaunchConfigurationShowResponse",188,"account_id",188,"auto_scaling_group_count",188,"boot_disk_size",188,"created_at",188,"created_by",188,"extra_disk_size",188,"id",188,"image_id",188,"image_name",188,"keypair_name",188,"modified_at",188,"modified_by",188,"name",188,"public_key",188,"server_type_id",188,"state",188,"user_data",188,"volumes",188,"volumes",207,"/items",-1,"/components/schemas/LaunchConfigurationDetailShowResponse",209,"account_id",209,"auto_scaling_group_count",209,"created_at",209,"created_by",209,"id",209,"image_id",209,"image_name",209,"keypair_name",209,"modified_at",209,"modified_by",209,"name",209,"public_key",209,"server_type_id",209,"state",209,"user_data",209,"volumes",209,"volumes",226,"/items",-1,"/components/schemas/ServerQuotaSet",228,"cores",228,"id",228,"instances",228,"keypairs",228,"metadata_items",228,"ram",228,"server_group_members",228,"server_groups",-1,"/components/schemas/ServerGroupListResponse",237,"server_groups",237,"server_groups",239,"/items",-1,"/components/schemas/ServerGroup",241,"account_id",241,"id",241,"members",241,"members",245,"/items",241,"name",241,"policy",241,"user_id",-1,"/components/schemas/ServerTypeListResponse",250,"server_types",250,"server_types",252,"/items",-1,"/components/schemas/ServerType",254,"description",254,"disk",254,"ephemeral",254,"extra_specs",254,"extra_specs",254,"id",254,"name",254,"ram",254,"swap",254,"vcpus",-1,"/components/schemas/ServerListResponse",265,"servers",265,"servers",267,"/items",-1,"/components/schemas/ServerCreateResponse",269,"servers",269,"servers",271,"/items",-1,"/components/schemas/ServerShowResponse",273,"account_id",273,"addresses",273,"addresses",276,"/items",273,"auto_scaling_group_id",273,"created_at",273,"created_by",273,"disk_config",273,"id",273,"image_id",273,"is_marketplace",273,"keypair_name",273,"launch_configuration_id",273,"locked",273,"metadata",273,"metadata",273,"modified_at",273,"name",273,"planned_compute_os_type",273,"product_category",273,"product_offering",273,"security_groups",273,"security_groups",296,"/items",273,"server_group_id",273,"server_type",273,"state",273,"volumes",273,"volumes",302,"/items",273,"vpc_id",-1,"/components/schemas/ServerConsoleLogResponse",305,"output",-1,"/components/schemas/ServerCreateImageResponse",307,"image_id",-1,"/components/schemas/ServerInterfaceListResponse",309,"interfaces",309,"interfaces",311,"/items",-1,"/components/schemas/InterfaceResponse",313,"fixed_ips",313,"fixed_ips",315,"/items",313,"mac_addr",313,"port_id",313,"port_state",313,"private_static_nat",313,"static_nat",313,"subnet_id",-1,"/components/schemas/ServerIpsResponse",323,"addresses",323,"addresses",325,"/items",-1,"/components/schemas/ServerShowResponseAddress",327,"ip_addresses",327,"ip_addresses",329,"/items",327,"subnet_name",-1,"/components/schemas/ServerPasswordResponse",332,"password",-1,"/components/schemas/ServerSecurityGroupListResponse",334,"security_groups",334,"security_groups",336,"/items",-1,"/components/schemas/ServerVolumesResponse",338,"volumes",338,"volumes",340,"/items",-1,"/components/schemas/ServersVolumeResponse",342,"delete_on_termination",342,"device",342,"id",342,"server_id",342,"volume_id",-1,"/components/schemas/SnapshotListResponse",348,"count",348,"snapshots",348,"snapshots",351,"/items",-1,"/components/schemas/SnapshotDetailResponse",353,"created_at",353,"description",353,"id",353,"metadata",353,"metadata",353,"name",353,"size",353,"status",353,"updated_at",353,"user_id",353,"volume_id",-1,"/components/schemas/VolumeTransferListResponse",365,"transfers",365,"transfers",367,"/items",-1,"/components/schemas/VolumeTransferCreateResponse",369,"auth_key",369,"created_at",369,"id",369,"name",369,"volume_id",-1,"/components/schemas/VolumeTransferShowResponse",375,"created_at",375,"id",375,"name",375,"volume_id",-1,"/components/schemas/VolumeTransferAcceptResponse",380,"id",380,"name",380,"volume_id",-1,"/components/schemas/VolumeTypeListResponse",384,"volume_types",384,"volume_types",386,"/items",-1,"/components/schemas/VolumeTypeDetailResponse",388,"description",388,"extra_specs",388,"id",388,"name",-1,"/components/schemas/VolumeListResponse",393,"count",393,"volumes",393,"volumes",396,"/items",-1,"/components/schemas/VolumeShowResponse",398,"bootable",398,"created_at",398,"encrypted",398,"id",398,"modified_at",398,"modified_at",403,"/oneOf/1",398,"multiattach",398,"name",398,"servers",398,"servers",409,"/items",398,"size",398,"snapshot_id",398,"state",398,"user_id",398,"volume_image_metadata",398,"volume_type",398,"volume_type_id",-1,"/components/schemas/VolumeQuotaSet",418,"id",418,"per_volume_size",418,"snapshots",418,"usages",418,"volumes",-1,"/components/schemas/VolumeServerAttachResponse",424,"delete_on_termination",424,"device",424,"server_id",424,"volume_id",-1,"/components/schemas/VpcListResponse",429,"count",429,"links",429,"links",432,"/items",429,"vpcs",429,"vpcs",435,"/items",-1,"/components/responses/NetworkBadRequest/content/application~1json/schema",-1,"/components/schemas/VpcShowResponse",438,"vpc",-1,"/components/schemas/CheckMaxCountShowResponse",440,"max_count",-1,"/components/schemas/AvailableVpcCidrResponse",442,"vpc_cidr_availability",-1,"/components/schemas/SubnetListResponse",444,"count",444,"links",444,"links",447,"/items",444,"subnets",444,"subnets",450,"/items",-1,"/components/schemas/SubnetShowResponse",452,"subnet",-1,"/components/schemas/AvailableSubnetCidrResponse",454,"subnet_cidr_availability",-1,"/components/schemas/PortListResponse",456,"count",456,"links",456,"links",459,"/items",456,"ports",456,"ports",462,"/items",-1,"/components/schemas/PortShowResponse",464,"port",-1,"/components/schemas/PortIpAvailabilityListResponse",466,"count",466,"links",466,"links",469,"/items",466,"port_ip_availabilities",466,"port_ip_availabilities",472,"/items",-1,"/components/schemas/PublicipListResponse",474,"count",474,"links",474,"links",477,"/items",474,"publicips",474,"publicips",480,"/items",-1,"/components/schemas/PublicipShowResponse",482,"publicip",-1,"/components/schemas/InternetGatewayListResponse",484,"count",484,"internet_gateways",484,"internet_gateways",487,"/items",484,"links",484,"links",490,"/items",-1,"/components/schemas/InternetGatewayShowResponse",492,"internet_gateway",-1,"/components/schemas/CreatableTypeListResponse",494,"creatable_types",494,"creatable_types",496,"/items",-1,"/components/schemas/CreatableVpcListResponse",498,"creatable_vpcs",498,"creatable_vpcs",500,"/items",-1,"/components/schemas/NatGatewayListResponse",502,"count",502,"links",502,"links",505,"/items",502,"nat_gateways",502,"nat_gateways",508,"/items",-1,"/components/schemas/NatGatewayShowResponse",510,"nat_gateway",-1,"/components/schemas/PrivateNatListResponse",512,"count",512,"page",512,"private_nats",512,"private_nats",516,"/items",512,"size",512,"sort",512,"sort",520,"/items",-1,"/components/schemas/PrivateNatShowResponse",522,"private_nat",-1,"/components/schemas/PrivateNatCidrAvailabilityShowResponse",524,"private_nat_cidr_availability",-1,"/components/schemas/PrivateNatIpListResponse",526,"count",526,"page",526,"private_nat_ips",526,"private_nat_ips",530,"/items",526,"size",526,"sort",526,"sort",534,"/items",-1,"/components/schemas/PrivateNatIpShowResponse",536,"private_nat_ip",-1,"/components/schemas/TransitGatewayListResponse",538,"count",538,"page",538,"size",538,"sort",538,"sort",543,"/items",538,"transit_gateways",538,"transit_gateways",546,"/items",-1,"/components/schemas/TransitGatewayShowResponse",548,"transit_gateway",-1,"/components/schemas/TransitGatewayRuleListResponse",550,"count",550,"page",550,"size",550,"sort",550,"sort",555,"/items",550,"transit_gateway_rules",550,"transit_gateway_rules",558,"/items",-1,"/components/schemas/TransitGatewayRuleShowResponse",560,"transit_gateway_rule",-1,"/components/schemas/TransitGatewayRuleAvailabilityResponse",562,"count",562,"destination_cidr_availabilities",562,"destination_cidr_availabilities",565,"/items",-1,"/components/schemas/TransitGatewayVpcConnectionListResponse",567,"count",567,"page",567,"size",567,"sort",567,"sort",572,"/items",567,"transit_gateway_vpc_connections",567,"transit_gateway_vpc_connections",575,"/items",-1,"/components/schemas/TransitGatewayVpcConnectionShowResponse",577,"transit_gateway_vpc_connection",-1,"/components/schemas/VpcEndpointListResponse",579,"count",579,"links",579,"links",582,"/items",579,"vpc_endpoints",579,"vpc_endpoints",585,"/items",-1,"/components/schemas/VpcEndpointShowResponse",587,"vpc_endpoint",-1,"/components/schemas/VpcEndpointConnectableResourceListResponse",589,"count",589,"links",589,"links",592,"/items",589,"vpc_endpoint_connectable_resources",589,"vpc_endpoint_connectable_resources",595,"/items",-1,"/components/schemas/VpcEndpointShowIpAvailabilityResponse",597,"vpc_endpoint_ip_availability",-1,"/components/schemas/VpcEndpointResourceAvailabilityShowResponse",599,"vpc_endpoint_resource_availability",-1,"/components/schemas/VpcPeeringListResponse",601,"count",601,"page",601,"size",601,"sort",601,"sort",606,"/items",601,"vpc_peerings",601,"vpc_peerings",609,"/items",-1,"/components/schemas/VpcPeeringShowResponse",611,"vpc_peering",-1,"/components/schemas/VpcPeeringAvailabilityResponse",613,"count",613,"vpc_peering_availability",613,"vpc_peering_availability",616,"/items",-1,"/components/schemas/VpcPeeringRuleListResponse",618,"count",618,"page",618,"size",618,"sort",618,"sort",623,"/items",618,"vpc_peering_rules",618,"vpc_peering_rules",626,"/items",-1,"/components/schemas/VpcPeeringRuleShowResponse",628,"vpc_peering_rule",-1,"/components/schemas/VpcPeeringRuleAvailabilityResponse",630,"count",630,"destination_cidr_availabilities",630,"destination_cidr_availabilities",633,"/items",-1,"/components/schemas/SecurityGroupListResponse",635,"count",635,"links",635,"links",638,"/items",635,"security_groups",635,"security_groups",641,"/items",-1,"/components/schemas/SecurityGroupShowResponse",643,"security_group",-1,"/components/schemas/SecurityGroupQuotaResponse",645,"security_group_rules",645,"security_group_rules_per_sg",645,"security_groups",-1,"/components/schemas/SecurityGroupRuleListResponse",649,"count",649,"links",649,"links",652,"/items",649,"security_group_rules",649,"security_group_rules",655,"/items",-1,"/components/schemas/SecurityGroupRuleShowResponse",657,"security_group_rule",-1,"/components/schemas/SecurityGroupRulesCreateResponse",659,"security_group_rules",659,"security_group_rules",661,"/items",-1,"/components/schemas/AutoScalingGroup",663,"account_id",663,"created_at",663,"created_by",663,"desired_server_count",663,"desired_server_count_editable",663,"drain_enabled",663,"drain_timeout",663,"id",663,"launch_configuration_id",663,"launch_configuration_name",663,"lb_server_groups",663,"lb_server_groups",675,"/items",663,"max_server_count",663,"min_server_count",663,"modified_at",663,"modified_by",663,"name",663,"security_group_ids",663,"security_group_ids",683,"/items",663,"server_name_prefix",663,"state",663,"subnet_ids",663,"subnet_ids",688,"/items",663,"vpc_id",-1,"/components/schemas/ValidationErrorModel",691,"ctx",691,"ctx",691,"loc",691,"loc",695,"/items",691,"msg",691,"type_",-1,"/components/schemas/Timestamp",-1,"/components/schemas/AutoScalingGroupLbServerGroup",700,"id",700,"port",-1,"/components/schemas/AutoScalingGroupLbServerGroupShowResponse",703,"created_at",703,"created_by",703,"id",703,"modified_at",703,"modified_by",703,"name",703,"port",-1,"/components/schemas/JobSchedulingFrequencyEnum",-1,"/components/schemas/AutoScalingGroupVirtualServerShowResponse",712,"account_id",712,"addresses",712,"addresses",715,"/items",712,"auto_scaling_group_id",712,"created_at",712,"created_by",712,"disk_config",712,"id",712,"image_id",712,"is_marketplace",712,"keypair_name",712,"launch_configuration_id",712,"lb_linked_state",712,"locked",712,"metadata",712,"metadata",712,"modified_at",712,"name",712,"planned_compute_os_type",712,"product_category",712,"product_offering",712,"security_groups",712,"security_groups",736,"/items",712,"server_group_id",712,"server_type",712,"state",712,"volumes",712,"volumes",742,"/items",712,"vpc_id",-1,"/components/schemas/Keypair",745,"fingerprint",745,"name",745,"public_key",745,"type",-1,"/components/schemas/LaunchConfigurationVolume",750,"boot_index",750,"size",750,"type",-1,"/components/schemas/ServerQuotaSetObject",754,"in_use",754,"limit",754,"reserved",-1,"/components/schemas/ServerCreateResponseParam",758,"id",-1,"/components/schemas/ProductCategory",-1,"/components/schemas/ProductOffering",-1,"/components/schemas/ServerShowResponseSecurityGroup",762,"name",-1,"/components/schemas/ServerShowResponseServerType",764,"disk",764,"ephemeral",764,"extra_specs",764,"extra_specs",764,"id",764,"name",764,"ram",764,"swap",764,"vcpus",-1,"/components/schemas/ServerShowResponseVolume",774,"delete_on_termination",774,"id",-1,"/components/schemas/InterfaceAttachmentFixedIp",777,"ip_address",-1,"/components/schemas/PrivateStaticNat",779,"external_ip_address",779,"id",779,"private_nat_ip_id",779,"state",-1,"/components/schemas/PublicStaticNat",784,"external_ip_address",784,"id",784,"publicip_id",784,"state",-1,"/components/schemas/ServerShowResponseAddressIpAddress",789,"ip_address",789,"version",-1,"/components/schemas/SecurityGroupResponse",792,"account_id",792,"description",792,"id",792,"name",792,"rules",792,"rules",798,"/items",-1,"/components/schemas/VolumeTypeExtraSpecs",800,"multiattach",-1,"/components/schemas/VolumeServer",802,"attached_at",802,"device",802,"id",-1,"/components/schemas/VolumeImageMetadataResponse",806,"checksum",806,"container_format",806,"disk_format",806,"image_id",806,"image_name",806,"min_disk",806,"min_ram",806,"os_distro",806,"scp_image_type",806,"scp_k8s_version",806,"scp_original_image_type",806,"signature_verified",806,"size",-1,"/components/schemas/VolumeQuotaSetObject",820,"in_use",820,"limit",820,"reserved",-1,"/components/schemas/Vpc",824,"account_id",824,"cidr",824,"created_at",824,"created_by",824,"description",824,"id",824,"modified_at",824,"modified_by",824,"name",824,"state",-1,"/components/schemas/ValidationErrorList",835,"/items",-1,"/components/schemas/NetworkErrorResponse",837,"errors",837,"errors",839,"/items",-1,"/components/schemas/AvailableVpcCidrDetail",841,"available",841,"cidr",841,"message",-1,"/components/schemas/Subnet",845,"account_id",845,"cidr",845,"created_at",845,"created_by",845,"gateway_ip_address",845,"id",845,"modified_at",845,"modified_by",845,"name",845,"state",845,"type",845,"vpc_id",845,"vpc_name",-1,"/components/schemas/SubnetDetail",859,"account_id",859,"allocation_pools",859,"allocation_pools",862,"/items",859,"cidr",859,"created_at",859,"created_by",859,"description",859,"dns_nameservers",859,"dns_nameservers",869,"/items",859,"gateway_ip_address",859,"host_routes",859,"host_routes",873,"/items",859,"id",859,"modified_at",859,"modified_by",859,"name",859,"state",859,"type",859,"vpc_id",859,"vpc_name",-1,"/components/schemas/AvailableSubnetCidrDetail",883,"available",883,"cidr",883,"message",883,"vpc_id",-1,"/components/schemas/PortSummary",888,"account_id",888,"attached_resource_id",888,"attached_resource_type",888,"created_at",888,"description",888,"fixed_ip_address",888,"id",888,"mac_address",888,"modified_at",888,"name",888,"state",888,"subnet_id",888,"subnet_name",888,"vpc_id",888,"vpc_name",-1,"/components/schemas/Port",904,"account_id",904,"attached_resource_id",904,"attached_resource_type",904,"created_at",904,"description",904,"fixed_ip_address",904,"id",904,"mac_address",904,"modified_at",904,"name",904,"security_groups",904,"security_groups",916,"/items",904,"state",904,"subnet_id",904,"subnet_name",904,"vpc_id",904,"vpc_name",-1,"/components/schemas/PortIpAvailabilityResponse",923,"available",923,"fixed_ip_address",923,"message",923,"subnet_id",-1,"/components/schemas/Publicip",928,"account_id",928,"attached_resource_id",928,"attached_resource_name",928,"attached_resource_type",928,"created_at",928,"created_by",928,"description",928,"id",928,"ip_address",928,"modified_at",928,"modified_by",928,"state",928,"type",-1,"/components/schemas/InternetGateway",942,"account_id",942,"created_at",942,"created_by",942,"description",942,"firewall_id",942,"id",942,"loggable",942,"modified_at",942,"modified_by",942,"name",942,"state",942,"type",942,"vpc_id",942,"vpc_name",-1,"/components/schemas/CreatableVpcDetail",957,"vpc_id",957,"vpc_name",-1,"/components/schemas/NatGateway",960,"account_id",960,"created_at",960,"created_by",960,"description",960,"id",960,"modified_at",960,"modified_by",960,"name",960,"nat_gateway_ip_address",960,"publicip_id",960,"state",960,"subnet_cidr",960,"subnet_id",960,"subnet_name",960,"vpc_id",960,"vpc_name",-1,"/components/schemas/PrivateNat",977,"account_id",977,"cidr",977,"created_at",977,"created_by",977,"description",977,"direct_connect_id",977,"direct_connect_name",977,"id",977,"modified_at",977,"modified_by",977,"name",977,"state",977,"vpc_id",977,"vpc_name",-1,"/components/schemas/PrivateNatCidrAvailabilityDetail",992,"available",992,"cidr",992,"direct_connect_id",992,"message",-1,"/components/schemas/PrivateNatIp",997,"attached_resource_id",997,"attached_resource_name",997,"attached_resource_type",997,"created_at",997,"created_by",997,"id",997,"ip_address",997,"modified_at",997,"modified_by",997,"private_nat_id",997,"state",-1,"/components/schemas/TransitGateway",1009,"account_id",1009,"bandwidth",1009,"created_at",1009,"created_by",1009,"description",1009,"firewall_ids",1009,"id",1009,"modified_at",1009,"modified_by",1009,"name",1009,"state",1009,"uplink_enabled",-1,"/components/schemas/TransitGatewayRule",1022,"account_id",1022,"created_at",1022,"created_by",1022,"description",1022,"destination_cidr",1022,"destination_resource_id",1022,"destination_resource_name",1022,"destination_type",1022,"id",1022,"modified_at",1022,"modified_by",1022,"source_resource_id",1022,"source_resource_name",1022,"source_type",1022,"state",1022,"tgw_connection_vpc_id",1022,"tgw_connection_vpc_name",-1,"/components/schemas/TransitGatewayRuleAvailabilityDetail",1040,"available",1040,"connected_vpc_id",1040,"destination_cidr",1040,"destination_type",1040,"message",-1,"/components/schemas/TransitGatewayVpcConnection",1046,"account_id",1046,"created_at",1046,"created_by",1046,"id",1046,"modified_at",1046,"modified_by",1046,"state",1046,"transit_gateway_id",1046,"vpc_id",1046,"vpc_name",-1,"/components/schemas/VpcEndpoint",1057,"account_id",1057,"created_at",1057,"created_by",1057,"description",1057,"endpoint_ip_address",1057,"id",1057,"modified_at",1057,"modified_by",1057,"name",1057,"resource_info",1057,"resource_key",1057,"resource_type",1057,"state",1057,"subnet_id",1057,"subnet_name",1057,"vpc_id",1057,"vpc_name",-1,"/components/schemas/VpcEndpointConnectableResourceDetail",1075,"resource_info",1075,"resource_key",1075,"resource_type",-1,"/components/schemas/VpcEndpointIpAvailabilityDetail",1079,"available",1079,"endpoint_ip_address",1079,"message",1079,"subnet_id",-1,"/components/schemas/VpcEndpointResourceAvailabilityDetail",1084,"available",1084,"message",1084,"resource_key",1084,"resource_type",1084,"vpc_id",-1,"/components/schemas/VpcPeering",1090,"account_type",1090,"approver_vpc_account_id",1090,"approver_vpc_id",1090,"approver_vpc_name",1090,"created_at",1090,"created_by",1090,"description",1090,"id",1090,"modified_at",1090,"modified_by",1090,"name",1090,"requester_vpc_account_id",1090,"requester_vpc_id",1090,"requester_vpc_name",1090,"state",-1,"/components/schemas/VpcPeeringAvailabilityDetail",1106,"approver_vpc_account_id",1106,"approver_vpc_id",1106,"available",1106,"message",1106,"requester_vpc_account_id",1106,"requester_vpc_id",-1,"/components/schemas/VpcPeeringRule",1113,"created_at",1113,"created_by",1113,"destination_cidr",1113,"destination_vpc_id",1113,"destination_vpc_name",1113,"destination_vpc_type",1113,"id",1113,"modified_at",1113,"modified_by",1113,"source_vpc_id",1113,"source_vpc_name",1113,"source_vpc_type",1113,"state",1113,"vpc_peering_id",-1,"/components/schemas/VpcPeeringRuleAvailabilityDetail",1128,"available",1128,"destination_cidr",1128,"destination_vpc_type",1128,"message",-1,"/components/schemas/SecurityGroup",1133,"account_id",1133,"created_at",1133,"created_by",1133,"description",1133,"id",1133,"loggable",1133,"modified_at",1133,"modified_by",1133,"name",1133,"rule_count",1133,"state",-1,"/components/schemas/SecurityGroupQuota",1145,"limit",1145,"used",-1,"/components/schemas/SecurityGroupRule",1148,"created_at",1148,"created_by",1148,"description",1148,"direction",1148,"ethertype",1148,"id",1148,"modified_at",1148,"modified_by",1148,"port_range_max",1148,"port_range_min",1148,"protocol",1148,"remote_group_id",1148,"remote_group_name",1148,"remote_ip_prefix",1148,"security_group_id",-1,"/components/schemas/PlannedComputeOsType",-1,"/components/schemas/SecurityGroupResponseRule",1165,"from_port",1165,"id",1165,"ip_protocol",1165,"ip_range",1165,"to_port",-1,"/components/schemas/VpcState",-1,"/components/schemas/NetworkError",1172,"code",1172,"detail",1172,"status",-1,"/components/schemas/SubnetState",-1,"/components/schemas/SubnetType",-1,"/components/schemas/SubnetAllocationPool",1178,"end",1178,"start",-1,"/components/schemas/SubnetHostRoute",1181,"destination",1181,"nexthop",-1,"/components/schemas/PortSecurityGroup",1184,"id",1184,"name",-1,"/components/schemas/PublicipAttachedResourceType",-1,"/components/schemas/PublicipState",-1,"/components/schemas/PublicipType",-1,"/components/schemas/InternetGatewayState",-1,"/components/schemas/InternetGatewayType",-1,"/components/schemas/NatGatewayState",-1,"/components/schemas/PrivateNatState",-1,"/components/schemas/PrivateNatIpAttachedResourceType",-1,"/components/schemas/PrivateNatIpState",-1,"/components/schemas/TransitGatewayState",-1,"/components/schemas/TransitGatewayRuleDestinationType",-1,"/components/schemas/RoutingRuleState",-1,"/components/schemas/TransitGatewayVpcConnectionState",-1,"/components/schemas/VpcEndpointResourceType",-1,"/components/schemas/VpcEndpointState",-1,"/components/schemas/VpcPeeringAccountType",-1,"/components/schemas/VpcPeeringState",-1,"/components/schemas/VpcPeeringRuleDestinationVpcType",-1,"/components/schemas/SecurityGroupRuleDirection",-1,"/components/schemas/SecurityGroupResponseRuleIpRange",1206,"cidr"],
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
    "GET /v1/vpcs": ["listVpcs", { "200": v51, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/vpcs": ["createVpc", { "201": v53, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpcs/check-max-count": ["showMaxCount", { "200": v54, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpcs/vpc-cidr-availabilities": ["checkVpcCidrAvailabilities", { "200": v55, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpcs/{vpc_id}": ["showVpc", { "200": v53, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/vpcs/{vpc_id}": ["setVpc", { "200": v53, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/vpcs/{vpc_id}": ["deleteVpc", { "204": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/subnets": ["listSubnets", { "200": v56, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/subnets": ["createSubnet", { "202": v57, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/subnets/subnet-cidr-availabilities": ["checkSubnetCidrAvailabilities", { "200": v58, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/subnets/{subnet_id}": ["showSubnet", { "200": v57, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/subnets/{subnet_id}": ["setSubnet", { "200": v57, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/subnets/{subnet_id}": ["deleteSubnet", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/ports": ["listPorts", { "200": v59, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/ports": ["createPort", { "201": v60, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/ports/port-ip-availabilities": ["listPortIpAvailabilities", { "200": v61, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/ports/{port_id}": ["showPort", { "200": v60, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/ports/{port_id}": ["setPort", { "200": v60, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/ports/{port_id}": ["deletePort", { "204": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/publicips": ["listPublicip", { "200": v62, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/publicips": ["createPublicip", { "201": v63, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/publicips/{publicip_id}": ["showPublicip", { "200": v63, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/publicips/{publicip_id}": ["setPublicip", { "200": v63, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/publicips/{publicip_id}": ["deletePublicip", { "204": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/internet-gateways": ["listInternetGateways", { "200": v64, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/internet-gateways": ["createInternetGateway", { "202": v65, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/internet-gateways/creatable-types": ["listInternetGatewayCreatableTypes", { "200": v66, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/internet-gateways/creatable-vpcs": ["listInternetGatewayCreatableVpcs", { "200": v67, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/internet-gateways/{internet_gateway_id}": ["showInternetGateway", { "200": v65, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/internet-gateways/{internet_gateway_id}": ["setInternetGateway", { "200": v65, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/internet-gateways/{internet_gateway_id}": ["deleteInternetGateway", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/nat-gateways": ["listNatGateways", { "200": v68, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/nat-gateways": ["createNatGateway", { "202": v69, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/nat-gateways/{nat_gateway_id}": ["showNatGateway", { "200": v69, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/nat-gateways/{nat_gateway_id}": ["setNatGateway", { "200": v69, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/nat-gateways/{nat_gateway_id}": ["deleteNatGateway", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/private-nats": ["listPrivateNats", { "200": v70, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/private-nats": ["createPrivateNat", { "202": v71, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/private-nats/private-nat-cidr-availabilities": ["checkPrivateNatCidrAvailabilities", { "200": v72, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/private-nats/{private_nat_id}": ["showPrivateNat", { "200": v71, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/private-nats/{private_nat_id}": ["setPrivateNat", { "200": v71, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/private-nats/{private_nat_id}": ["deletePrivateNat", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/private-nats/{private_nat_id}/private-nat-ips": ["listPrivateNatIps", { "200": v73, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/private-nats/{private_nat_id}/private-nat-ips": ["createPrivateNatIp", { "201": v74, "400": v52, "401": 0, "403": 0 }],
    "DELETE /v1/private-nats/{private_nat_id}/private-nat-ips/{private_nat_ip_id}": ["deletePrivateNatIp", { "204": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/transit-gateways": ["listTransitGateways", { "200": v75, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/transit-gateways": ["createTransitGateway", { "202": v76, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/transit-gateways/{transit_gateway_id}": ["showTransitGateway", { "200": v76, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/transit-gateways/{transit_gateway_id}": ["setTransitGateway", { "200": v76, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/transit-gateways/{transit_gateway_id}": ["deleteTransitGateway", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/transit-gateways/{transit_gateway_id}/routing-rules": ["listTransitGatewayRules", { "200": v77, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/transit-gateways/{transit_gateway_id}/routing-rules": ["createTransitGatewayRule", { "202": v78, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/transit-gateways/{transit_gateway_id}/routing-rules/destination-cidr-availabilities": ["listTransitGatewayRoutingRuleAvailabilities", { "200": v79, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/transit-gateways/{transit_gateway_id}/routing-rules/{routing_rule_id}": ["deleteTransitGatewayRule", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/transit-gateways/{transit_gateway_id}/vpc-connections": ["listTransitGatewayVpcConnections", { "200": v80, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/transit-gateways/{transit_gateway_id}/vpc-connections": ["createTransitGatewayVpcConnection", { "202": v81, "400": v52, "401": 0, "403": 0 }],
    "DELETE /v1/transit-gateways/{transit_gateway_id}/vpc-connections/{vpc_connection_id}": ["deleteTransitGatewayVpcConnection", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/vpc-endpoints": ["listVpcEndpoints", { "200": v82, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/vpc-endpoints": ["createVpcEndpoint", { "202": v83, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpc-endpoints/connectable-resources": ["listVpcEndpointConnectableResources", { "200": v84, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpc-endpoints/vpc-endpoint-ip-availabilities": ["checkVpcEndpointIpAddressAvailabilities", { "200": v85, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpc-endpoints/vpc-endpoint-resource-availabilities": ["checkVpcEndpointResourceAvailabilities", { "200": v86, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpc-endpoints/{vpc_endpoint_id}": ["showVpcEndpoint", { "200": v83, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/vpc-endpoints/{vpc_endpoint_id}": ["setVpcEndpoint", { "200": v83, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/vpc-endpoints/{vpc_endpoint_id}": ["deleteVpcEndpoint", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/vpc-peerings": ["listVpcPeerings", { "200": v87, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/vpc-peerings": ["createVpcPeering", { "202": v88, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpc-peerings/peering-availabilities": ["listVpcPeeringAvailabilities", { "200": v89, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/vpc-peerings/{vpc_peering_id}": ["showVpcPeering", { "200": v88, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/vpc-peerings/{vpc_peering_id}": ["setVpcPeering", { "200": v88, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/vpc-peerings/{vpc_peering_id}": ["deleteVpcPeering", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/vpc-peerings/{vpc_peering_id}/routing-rules": ["listVpcPeeringRules", { "200": v90, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/vpc-peerings/{vpc_peering_id}/routing-rules": ["createVpcPeeringRule", { "202": v91, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/vpc-peerings/{vpc_peering_id}/routing-rules/destination-cidr-availabilities": ["listVpcPeeringRoutingRuleAvailabilities", { "200": v92, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/vpc-peerings/{vpc_peering_id}/routing-rules/{routing_rule_id}": ["deleteVpcPeeringRule", { "202": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/security-groups": ["listSecurityGroups", { "200": v93, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/security-groups": ["createSecurityGroup", { "201": v94, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/security-groups/metrics/quotas": ["getSecurityGroupQuotas", { "200": v95, "400": v52, "401": 0, "403": 0 }],
    "GET /v1/security-groups/{security_group_id}": ["showSecurityGroup", { "200": v94, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "PUT /v1/security-groups/{security_group_id}": ["setSecurityGroup", { "200": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/security-groups/{security_group_id}": ["deleteSecurityGroup", { "204": 0, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/security-group-rules": ["listSecurityGroupRules", { "200": v96, "400": v52, "401": 0, "403": 0 }],
    "POST /v1/security-group-rules": ["createSecurityGroupRule", { "201": v97, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "POST /v1/security-group-rules/bulk": ["createSecurityGroupRules", { "201": v98, "400": v52, "401": 0, "403": 0, "404": 0, "409": 0 }],
    "GET /v1/security-group-rules/{security_group_id}/downloads": ["downloadSecurityGroupRules", { "200": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "GET /v1/security-group-rules/{security_group_rule_id}": ["showSecurityGroupRule", { "200": v97, "400": v52, "401": 0, "403": 0, "404": 0 }],
    "DELETE /v1/security-group-rules/{security_group_rule_id}": ["deleteSecurityGroupRule", { "204": 0, "400": v52, "401": 0, "403": 0, "404": 0 }],
  },
});
