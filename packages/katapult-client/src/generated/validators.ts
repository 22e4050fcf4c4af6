// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, enumerated, isObject, nested, notInEnum, oneOf, outOfBounds, typeMismatch, typed, undeclaredProperties } from "@cloudspecs/runtime/drift";

// biome-ignore-all lint: generated
/* eslint-disable */

const k0 = new Set<string>(["current_page","large_set","per_page","total","total_pages"]);
const k1 = new Set<string>(["authorized_ip_addresses","expires_at","id","name","organization_id","rate_limit","scopes","secret"]);
const k2 = new Set<string>(["api_tokens","pagination"]);
const e3 = ["missing_api_token"];
const k4 = new Set<string>(["code","description","detail"]);
const k5 = new Set<string>(["error"]);
const e6 = ["unauthorized_network_for_api_token"];
const k7 = new Set<string>(["ip_address"]);
const e8 = ["invalid_api_token"];
const k9 = new Set<string>(["details"]);
const e10 = ["invalid_capabilities_token"];
const e11 = ["scope_not_granted"];
const k12 = new Set<string>(["scopes"]);
const e13 = ["organization_suspended"];
const e14 = ["organization_not_activated"];
const e15 = ["permission_denied"];
const e16 = ["organization_not_found"];
const e17 = ["rate_limit_reached"];
const k18 = new Set<string>(["total_permitted"]);
const e19 = ["service_unavailable"];
const k20 = new Set<string>(["key","value"]);
const k21 = new Set<string>(["annotations","api_token"]);
const e22 = ["validation_error"];
const k23 = new Set<string>(["errors"]);
const k24 = new Set<string>(["id","name"]);
const k25 = new Set<string>(["api_token"]);
const e26 = ["api_token_not_found"];
const e27 = ["pending","configured"];
const k28 = new Set<string>(["all_buckets_read","all_objects_read","all_objects_write","created_at","id","name","read_buckets","region","s3_access_key_id","s3_secret_access_key","server_url","state","write_buckets"]);
const k29 = new Set<string>(["object_storage_access_key"]);
const e30 = ["object_storage_account_not_provisioned"];
const e31 = ["object_storage_account_suspended"];
const e32 = ["object_storage_cluster_not_found"];
const e33 = ["object_storage_account_not_found"];
const e34 = ["object_in_trash"];
const k35 = new Set<string>(["id","keep_until","object_id","object_type"]);
const k36 = new Set<string>(["trash_object"]);
const k37 = new Set<string>(["object_storage_access_keys","pagination"]);
const e38 = ["object_storage_access_key_not_found"];
const e39 = ["task_queueing_error"];
const e40 = ["object_storage_provisioning_error"];
const k41 = new Set<string>(["success"]);
const e42 = ["network_error"];
const k43 = new Set<string>(["address","id","name"]);
const k44 = new Set<string>(["address_list_entries","pagination"]);
const e45 = ["address_list_not_found"];
const k46 = new Set<string>(["address_list_entry"]);
const e47 = ["address_list_entry_not_found"];
const k48 = new Set<string>(["global","id","name"]);
const k49 = new Set<string>(["address_lists","pagination"]);
const k50 = new Set<string>(["entries","global","id","name"]);
const k51 = new Set<string>(["address_list","annotations"]);
const k52 = new Set<string>(["address_list"]);
const k53 = new Set<string>(["all_keys_read","all_keys_write","public_list","public_read","read_key_ids","write_key_ids"]);
const k54 = new Set<string>(["access_control_list","created_at","custom_domain","label","name","object_count","public_url","serve_static_site","size","state","static_site_error","static_site_index"]);
const k55 = new Set<string>(["object_storage_bucket"]);
const e56 = ["object_storage_bucket_not_found"];
const e57 = ["multiple_object_storage_buckets_found"];
const e58 = ["object_storage_bucket_deletion_error"];
const k59 = new Set<string>(["bucket_name","filename","folder","full_path","public_url","size"]);
const k60 = new Set<string>(["object_details"]);
const e61 = ["object_not_found"];
const k62 = new Set<string>(["url"]);
const e63 = ["pending","running","completed","failed"];
const k64 = new Set<string>(["id","name","status"]);
const e65 = ["draft","failed","pending","complete","building"];
const k66 = new Set<string>(["id","state"]);
const k67 = new Set<string>(["annotations","build","hostname","task","virtual_machine_build"]);
const e68 = ["resource_creation_restricted"];
const e69 = ["zone_not_found"];
const e70 = ["data_center_not_found"];
const e71 = ["package_not_found"];
const e72 = ["disk_template_not_found"];
const e73 = ["network_not_found"];
const e74 = ["location_required"];
const e75 = ["one_system_disk_required"];
const e76 = ["invalid_spec_xml"];
const k77 = new Set<string>(["fqdn","hostname","id","name","state"]);
const e78 = ["stopped","failed","started","starting","allocated","allocating","resetting","migrating","stopping","shutting_down","transferring","orphaned"];
const k79 = new Set<string>(["created_at","id","spec_xml","state","virtual_machine"]);
const k80 = new Set<string>(["annotations","build","virtual_machine_build"]);
const e81 = ["build_not_found"];
const e82 = ["lets_encrypt","custom","self_signed"];
const e83 = ["pending","issue_failed","issued","issuing"];
const k84 = new Set<string>(["expires_at","id","issuer","last_issued_at","name","state"]);
const k85 = new Set<string>(["certificates","pagination"]);
const k86 = new Set<string>(["additional_names","authorization_method","certificate","certificate_api_url","chain","created_at","expires_at","id","issue_error","issuer","last_issued_at","name","private_key","state"]);
const k87 = new Set<string>(["certificate"]);
const e88 = ["certificate_not_found"];
const k89 = new Set<string>(["expires_at","id","url","virtual_machine"]);
const k90 = new Set<string>(["console_session"]);
const e91 = ["virtual_machine_not_found"];
const e92 = ["virtual_machine_must_be_started"];
const k93 = new Set<string>(["current_state"]);
const k94 = new Set<string>(["countries","pagination"]);
const k95 = new Set<string>(["eu","id","iso_code2","iso_code3","name","time_zone"]);
const k96 = new Set<string>(["country"]);
const e97 = ["country_not_found"];
const k98 = new Set<string>(["country_states","pagination"]);
const k99 = new Set<string>(["code","country","id","name"]);
const k100 = new Set<string>(["country_state"]);
const e101 = ["country_state_not_found"];
const k102 = new Set<string>(["currencies","pagination"]);
const k103 = new Set<string>(["id","iso_code","name","symbol"]);
const k104 = new Set<string>(["currency"]);
const e105 = ["currency_not_found"];
const k106 = new Set<string>(["default_ttl","id","name","verified"]);
const k107 = new Set<string>(["dns_zones","pagination"]);
const k108 = new Set<string>(["dns_zone"]);
const k109 = new Set<string>(["nameservers"]);
const e110 = ["dns_zone_not_found"];
const k111 = new Set<string>(["deleted"]);
const e112 = ["dns_zone_not_verified"];
const k113 = new Set<string>(["country","id","name","permalink"]);
const k114 = new Set<string>(["data_centers"]);
const k115 = new Set<string>(["data_center"]);
const k116 = new Set<string>(["id","name","permalink"]);
const k117 = new Set<string>(["data_center","default","id","name","permalink"]);
const k118 = new Set<string>(["network"]);
const k119 = new Set<string>(["id","iops","name","permalink","speed_in_mb"]);
const k120 = new Set<string>(["disk_io_profiles","pagination"]);
const k121 = new Set<string>(["attached_iso","bus_type","cpu_cores","created_at","data_center","description","fqdn","gpu_type","gpus","group","hostname","hypervisor","id","initial_root_password","installation","io_profile","ip_addresses","memory_in_gb","name","organization","package","size_in_gb","state","storage_speed","tag_names","tags","use_dedicated_cpus","virtual_machine_disk","wwn","zone"]);
const k122 = new Set<string>(["data_center","id","name","permalink"]);
const k123 = new Set<string>(["activated_at","address1","address2","address3","address4","billing_name","country","country_state","created_at","currency","id","infrastructure_domain","managed","name","phone_number","postcode","sub_domain","suspended","vat_number"]);
const k124 = new Set<string>(["auto_segregate","created_at","id","name","segregate"]);
const k125 = new Set<string>(["cpu_cores","group","icon","id","ipv4_addresses","memory_in_gb","monthly_bandwidth_allowance_in_gb","name","permalink","privacy","storage_in_gb","use_dedicated_cpus"]);
const e126 = ["public","private"];
const k127 = new Set<string>(["digest","file_name","file_size","file_type","token","url"]);
const k128 = new Set<string>(["id","name","operating_system"]);
const k129 = new Set<string>(["badge","id","name"]);
const k130 = new Set<string>(["data_centers","id","manufacturer","memory_in_gb","memory_type","name","permalink"]);
const e131 = ["attached","attaching","detached","detaching","unknown"];
const e132 = ["attach","detach",null];
const k133 = new Set<string>(["available","id","pending_action","status","type"]);
const e134 = ["red","pink","purple","dark_blue","green","teal","aqua","light_blue","yellow","orange","orange_red","brown","black","dark_gray","light_gray","light_brown","pastel_red","pastel_pink","pastel_purple","pastel_dark_blue","pastel_green","pastel_teal","pastel_aqua","pastel_light_blue","pastel_yellow","pastel_orange","pastel_orange_red","pastel_brown","pastel_black","pastel_dark_gray","pastel_light_gray","pastel_light_brown"];
const k135 = new Set<string>(["color","created_at","id","name"]);
const k136 = new Set<string>(["address","address_with_mask","allocation_id","allocation_type","id","label","network","reverse_dns","vip"]);
const k137 = new Set<string>(["id","ip_address","name"]);
const e138 = ["not_built","failed","built","building","installing","restoring","formatting","resizing","configuring","importing"];
const e139 = ["nvme","ssd"];
const e140 = ["scsi","virtio",null];
const k141 = new Set<string>(["attach_on_boot","boot","disk","state","virtual_machine"]);
const k142 = new Set<string>(["attached_iso","cpu_cores","created_at","description","fqdn","gpu_type","gpus","group","hostname","hypervisor","id","initial_root_password","ip_addresses","memory_in_gb","name","organization","package","state","tag_names","tags","use_dedicated_cpus","zone"]);
const k143 = new Set<string>(["attributes","disk_template_version","id"]);
const k144 = new Set<string>(["disk_template","id","number","size_in_gb","stable"]);
const k145 = new Set<string>(["description","id","latest_version","name","operating_system","permalink","size_in_gb","universal"]);
const k146 = new Set<string>(["description","key","label","protect","value"]);
const k147 = new Set<string>(["bus_type","created_at","data_center","id","installation","io_profile","name","size_in_gb","state","storage_speed","virtual_machine_disk","wwn"]);
const e148 = ["detached","failed","attached","attaching","detaching"];
const k149 = new Set<string>(["target"]);
const e150 = ["hourly","daily","weekly","monthly"];
const k151 = new Set<string>(["interval","next_invocation_at"]);
const k152 = new Set<string>(["id","retention","schedule","target","total_size"]);
const k153 = new Set<string>(["disk_backup_policies","pagination"]);
const k154 = new Set<string>(["frequency","interval","minute","next_invocation_at","time"]);
const k155 = new Set<string>(["auto_move_to_trash_at","id","retention","schedule","target","total_size"]);
const k156 = new Set<string>(["disk_backup_policy"]);
const e157 = ["disk_not_found"];
const e158 = ["disk_backup_policy_not_found"];
const k159 = new Set<string>(["id"]);
const k160 = new Set<string>(["id","retention","schedule","target"]);
const k161 = new Set<string>(["auto_move_to_trash_at","id","target"]);
const e162 = ["invalid_timestamp"];
const k163 = new Set<string>(["id","number","size_in_gb","stable"]);
const k164 = new Set<string>(["disk_template","disk_template_versions","pagination"]);
const k165 = new Set<string>(["disk_template_version"]);
const e166 = ["disk_template_version_not_found"];
const e167 = ["Text","Boolean","Password","Keyboard"];
const k168 = new Set<string>(["description","label","name","placeholder","prefill","required","type"]);
const k169 = new Set<string>(["fields"]);
const k170 = new Set<string>(["disk_template_version","spec"]);
const k171 = new Set<string>(["id","number"]);
const k172 = new Set<string>(["disk_templates","pagination"]);
const e173 = ["operating_system_not_found"];
const k174 = new Set<string>(["disk_template"]);
const k175 = new Set<string>(["virtual_machine"]);
const k176 = new Set<string>(["fqdn","id"]);
const k177 = new Set<string>(["id","name","size_in_gb","state","virtual_machine_disk","wwn"]);
const k178 = new Set<string>(["disk","pagination"]);
const k179 = new Set<string>(["attach_on_boot","boot","state","virtual_machine"]);
const k180 = new Set<string>(["created_at","finished_at","id","name","progress","started_at","status"]);
const k181 = new Set<string>(["annotations","disk","task"]);
const k182 = new Set<string>(["annotations","disk"]);
const k183 = new Set<string>(["disk","trash_object"]);
const e184 = ["unassigned_disk"];
const k185 = new Set<string>(["disk"]);
const e186 = ["unable_to_assign"];
const e187 = ["unable_to_unassign"];
const k188 = new Set<string>(["disk","task"]);
const e189 = ["disk_io_profile_not_found"];
const k190 = new Set<string>(["created_at","id","name","size_in_gb","state","wwn"]);
const k191 = new Set<string>(["attach_on_boot","boot","disk","state"]);
const k192 = new Set<string>(["disks","pagination"]);
const e193 = ["pending","failed","ready","configuring"];
const k194 = new Set<string>(["associations","data_center","id","name","nfs_location","size","state"]);
const k195 = new Set<string>(["file_storage_volumes","pagination"]);
const k196 = new Set<string>(["annotations","file_storage_volume"]);
const e197 = ["file_storage_volume_not_found"];
const k198 = new Set<string>(["file_storage_volume","trash_object"]);
const k199 = new Set<string>(["gpu_types","pagination"]);
const k200 = new Set<string>(["gpu_type"]);
const e201 = ["gpu_type_not_found"];
const k202 = new Set<string>(["id","manufacturer","memory_in_gb","memory_type","name","permalink"]);
const k203 = new Set<string>(["address","allocation_id","allocation_type","id","reverse_dns","vip"]);
const k204 = new Set<string>(["ip_addresses","pagination"]);
const e205 = ["no_available_addresses"];
const k206 = new Set<string>(["allocation","ip_address"]);
const e207 = ["ip_address_not_found"];
const e208 = ["resource_does_not_support_unallocation"];
const e209 = ["no_allocation"];
const e210 = ["round_robin","least_connections","sticky"];
const e211 = ["HTTPS","TCP","HTTP"];
const k212 = new Set<string>(["algorithm","certificates","check_enabled","destination_port","id","listen_port","protocol"]);
const k213 = new Set<string>(["load_balancer_rules","pagination"]);
const e214 = ["load_balancer_not_found"];
const k215 = new Set<string>(["additional_names","id","name","state"]);
const e216 = ["HTTP","TCP",null];
const e217 = ["2","23","234",null];
const k218 = new Set<string>(["algorithm","backend_ssl","certificates","check_enabled","check_fall","check_http_statuses","check_interval","check_path","check_protocol","check_rise","check_timeout","destination_port","id","listen_port","load_balancer","passthrough_ssl","protocol","proxy_protocol"]);
const k219 = new Set<string>(["load_balancer_rule"]);
const e220 = ["load_balancer_rule_not_found"];
const e221 = ["virtual_machines","virtual_machine_groups","tags"];
const k222 = new Set<string>(["attached_iso","auto_segregate","color","cpu_cores","created_at","description","fqdn","gpu_type","gpus","group","hostname","hypervisor","id","initial_root_password","ip_addresses","memory_in_gb","name","organization","package","segregate","state","tag_names","tags","use_dedicated_cpus","zone"]);
const k223 = new Set<string>(["resources"]);
const k224 = new Set<string>(["address"]);
const k225 = new Set<string>(["api_reference","data_center","id","ip_address","name","resource_ids","resource_type","resources"]);
const k226 = new Set<string>(["load_balancers","pagination"]);
const k227 = new Set<string>(["address","id"]);
const k228 = new Set<string>(["virtual_machine_id","weight"]);
const k229 = new Set<string>(["api_reference","backend_certificate","backend_certificate_key","data_center","enable_weighting","https_redirect","id","ip_address","name","resource_ids","resource_type","resources","standby_vms","weights"]);
const k230 = new Set<string>(["annotations","load_balancer"]);
const k231 = new Set<string>(["api_reference","id","name"]);
const k232 = new Set<string>(["load_balancer"]);
const k233 = new Set<string>(["created_at","id","infrastructure_domain","managed","name","sub_domain"]);
const k234 = new Set<string>(["organizations","pagination"]);
const k235 = new Set<string>(["annotations","organization"]);
const e236 = ["organization_limit_reached"];
const e237 = ["deletion_steps_not_satisfied"];
const k238 = new Set<string>(["description","satisfied"]);
const k239 = new Set<string>(["disk_backup_policies","disk_templates","disks","dns_zones","empty_trash","ensure_no_outstanding_invoices","ensure_zero_balance","file_storage_volumes","ip_addresses","isos","load_balancers","managed_organizations","object_storage","virtual_machines","virtual_networks"]);
const k240 = new Set<string>(["steps"]);
const e241 = ["managed_organization_required"];
const e242 = ["deletion_failed"];
const k243 = new Set<string>(["download_speed_in_mbit","id","name","permalink","upload_speed_in_mbit"]);
const k244 = new Set<string>(["network_speed_profiles","pagination"]);
const k245 = new Set<string>(["data_center","id","name"]);
const k246 = new Set<string>(["networks","virtual_networks"]);
const e247 = ["provisioning","provisioned","failed"];
const k248 = new Set<string>(["bucket_count","created_at","data_center","provisioning_state","region","size"]);
const k249 = new Set<string>(["object_storage_account"]);
const k250 = new Set<string>(["id","keep_until","object_type"]);
const k251 = new Set<string>(["object_storage_account","trash_object"]);
const k252 = new Set<string>(["operating_systems","pagination"]);
const k253 = new Set<string>(["operating_system"]);
const k254 = new Set<string>(["avatar_url","first_name","id","last_name"]);
const k255 = new Set<string>(["user"]);
const k256 = new Set<string>(["pagination","users"]);
const k257 = new Set<string>(["activated_at","created_at","id","infrastructure_domain","managed","name","sub_domain","suspended"]);
const k258 = new Set<string>(["organizations"]);
const k259 = new Set<string>(["organization"]);
const e260 = ["auto","override","none"];
const k261 = new Set<string>(["currency","current","limit"]);
const k262 = new Set<string>(["current","limit","unit"]);
const k263 = new Set<string>(["limit","unit"]);
const k264 = new Set<string>(["certificates","disk_iops","disk_space","dns_zones","file_storage_volumes","isos","load_balancers","managed_organizations","network_speed","security_groups","unallocated_ip_addresses","uninvoiced_balance","virtual_machine_memory","virtual_machines","virtual_networks"]);
const k265 = new Set<string>(["permitted"]);
const k266 = new Set<string>(["disk_bus_configuration","flexible_virtual_machine_resources","restricted_traffic_types","suspension","zone_selection"]);
const k267 = new Set<string>(["features","limits","policy_name","policy_type","reasons_for_disallowing_resource_creation"]);
const e268 = ["policy_not_available_for_managed_organizations"];
const k269 = new Set<string>(["unlimited","value"]);
const k270 = new Set<string>(["value"]);
const k271 = new Set<string>(["allow_restricted_traffic_types","allow_suspension","flexible_virtual_machine_resources","maximum_certificates","maximum_disk_size","maximum_disk_space","maximum_dns_zones","maximum_file_storage_volumes","maximum_isos","maximum_load_balancers","maximum_managed_organizations","maximum_security_groups","maximum_unallocated_ip_addresses","maximum_uninvoiced_balance","maximum_virtual_machine_memory","maximum_virtual_machines","maximum_virtual_networks","minimum_disk_size"]);
const k272 = new Set<string>(["policy_limits"]);
const k273 = new Set<string>(["description","id","price"]);
const k274 = new Set<string>(["category","description","price","resource","variants"]);
const k275 = new Set<string>(["currency","prices"]);
const e276 = ["prices_not_available_for_managed_organizations"];
const k277 = new Set<string>(["task"]);
const e278 = ["A","AAAA","ALIAS","CAA","CNAME","HTTPRedirect","IPS","MX","NS","PTR","SOA","SRV","SSHFP","TXT","VirtualMachine"];
const k279 = new Set<string>(["hostname"]);
const k280 = new Set<string>(["flag","tag","value"]);
const k281 = new Set<string>(["http_status","url"]);
const k282 = new Set<string>(["ip_addresses"]);
const k283 = new Set<string>(["port","target","weight"]);
const k284 = new Set<string>(["algorithm","fingerprint","fingerprint_type"]);
const k285 = new Set<string>(["content"]);
const k286 = new Set<string>(["A","AAAA","ALIAS","CAA","CNAME","HTTPRedirect","IPS","MX","NS","PTR","SOA","SRV","SSHFP","TXT","VirtualMachine"]);
const k287 = new Set<string>(["content","content_attributes","full_name","id","name","priority","ttl","type"]);
const k288 = new Set<string>(["dns_records"]);
const k289 = new Set<string>(["dns_record"]);
const e290 = ["dns_record_not_found"];
const k291 = new Set<string>(["fingerprint","id","name"]);
const k292 = new Set<string>(["pagination","ssh_keys"]);
const k293 = new Set<string>(["ssh_key"]);
const e294 = ["ssh_key_not_found"];
const e295 = ["deletion_restricted"];
const e296 = ["inbound","outbound"];
const e297 = ["TCP","UDP","ICMP"];
const e298 = ["allow","deny"];
const k299 = new Set<string>(["action","direction","id","notes","ports","protocol","targets"]);
const k300 = new Set<string>(["pagination","security_group_rules"]);
const e301 = ["security_group_not_found"];
const k302 = new Set<string>(["action","direction","id","notes","ports","protocol","security_group","targets"]);
const k303 = new Set<string>(["security_group_rule"]);
const e304 = ["security_group_rule_not_found"];
const k305 = new Set<string>(["allow_all_inbound","allow_all_outbound","associations","id","name"]);
const k306 = new Set<string>(["pagination","security_groups"]);
const k307 = new Set<string>(["annotations","security_group"]);
const k308 = new Set<string>(["security_group"]);
const k309 = new Set<string>(["color","id","name"]);
const k310 = new Set<string>(["pagination","tags"]);
const k311 = new Set<string>(["tag"]);
const e312 = ["tag_not_found"];
const e313 = ["task_not_found"];
const k314 = new Set<string>(["pagination","trash_objects"]);
const e315 = ["trash_object_not_found"];
const k316 = new Set<string>(["id","name","sub_domain"]);
const k317 = new Set<string>(["api_token_id","organizations","user"]);
const e318 = ["no_user_associated_with_identity"];
const k319 = new Set<string>(["status"]);
const e320 = ["identity_not_linked_to_web_session"];
const k321 = new Set<string>(["pagination","virtual_networks"]);
const k322 = new Set<string>(["virtual_network"]);
const e323 = ["virtual_network_not_found"];
const k324 = new Set<string>(["virtual_machine_groups"]);
const k325 = new Set<string>(["virtual_machine_group"]);
const e326 = ["virtual_machine_group_not_found"];
const k327 = new Set<string>(["id","ip_addresses","name","network","virtual_network"]);
const k328 = new Set<string>(["pagination","virtual_machine_network_interfaces"]);
const k329 = new Set<string>(["id","ip_addresses","mac_address","name","network","speed_profile","state","virtual_machine","virtual_network"]);
const k330 = new Set<string>(["virtual_machine_network_interface"]);
const e331 = ["network_speed_profile_not_found"];
const k332 = new Set<string>(["id","ip_addresses","mac_address","name","network","state","virtual_machine","virtual_network"]);
const e333 = ["interface_not_found"];
const e334 = ["virtual_machine_network_interface_not_found"];
const e335 = ["ip_already_allocated"];
const e336 = ["invalid_ip"];
const e337 = ["speed_profile_already_assigned"];
const k338 = new Set<string>(["task","virtual_machine_network_interface"]);
const e339 = ["virtual_machine_network_interface_already_attached"];
const e340 = ["virtual_machine_network_interface_already_detached"];
const k341 = new Set<string>(["pagination","virtual_machine_packages"]);
const k342 = new Set<string>(["virtual_machine_package"]);
const k343 = new Set<string>(["name"]);
const k344 = new Set<string>(["created_at","fqdn","gpu_type","hostname","hypervisor","id","ip_addresses","name","package","zone"]);
const k345 = new Set<string>(["pagination","virtual_machines"]);
const k346 = new Set<string>(["annotations","virtual_machine"]);
const k347 = new Set<string>(["trash_object","virtual_machine"]);
const e348 = ["flexible_resources_unavailable_to_organization"];
const e349 = ["no_interface_available"];
const e350 = ["no_virtual_machine_for_api_token"];
const e351 = ["continuous_management_disabled"];
const k352 = new Set<string>(["zones"]);
const k353 = new Set<string>(["zone"]);

function v1(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 2, "object", x);
  else {
    typed(f, x.current_page, p, "/current_page", 3, 4, true);
    typed(f, x.total_pages, p, "/total_pages", 4, 20, true);
    typed(f, x.total, p, "/total", 5, 20, true);
    typed(f, x.per_page, p, "/per_page", 6, 4, true);
    typed(f, x.large_set, p, "/large_set", 7, 8, true);
    undeclaredProperties(f, x, p, 2, k0, false);
  }
}
function v5(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 14, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 15, 1, true);
    }
  }
}
function v6(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 18, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 19, 1, true);
    }
  }
}
function v4(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 10, "object", x);
  else {
    typed(f, x.id, p, "/id", 11, 1, true);
    typed(f, x.name, p, "/name", 12, 1, true);
    typed(f, x.organization_id, p, "/organization_id", 13, 17, true);
    nested(f, x.authorized_ip_addresses, p, "/authorized_ip_addresses", 14, "array of string", v5, true);
    typed(f, x.expires_at, p, "/expires_at", 16, 20, true);
    typed(f, x.rate_limit, p, "/rate_limit", 17, 4, true);
    nested(f, x.scopes, p, "/scopes", 18, "array of string", v6, true);
    typed(f, x.secret, p, "/secret", 20, 17, true);
    undeclaredProperties(f, x, p, 10, k1, false);
  }
}
function v3(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 8, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 9, "ApiToken", v4, true);
    }
  }
}
function v0(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 0, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1, "Pagination", v1, true);
    nested(f, x.api_tokens, p, "/api_tokens", 8, "array of ApiToken", v3, true);
    undeclaredProperties(f, x, p, 0, k2, false);
  }
}
function v10(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 26, "object", x);
}
function v9(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 22, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 23, 1, e3, true);
    typed(f, x.description, p, "/description", 24, 1, true);
    nested(f, x.detail, p, "/detail", 25, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 22, k4, false);
  }
}
function v8(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 21, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 21, "at least 1 property", x);
    nested(f, x.error, p, "/error", 22, "object", v9, true);
    undeclaredProperties(f, x, p, 21, k5, false);
  }
}
function v16(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 32, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", 33, 1, false);
    undeclaredProperties(f, x, p, 32, k7, false);
  }
}
function v15(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 29, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 30, 1, e6, true);
    typed(f, x.description, p, "/description", 31, 1, true);
    nested(f, x.detail, p, "/detail", 32, "object", v16, true);
    undeclaredProperties(f, x, p, 29, k4, false);
  }
}
function v14(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 28, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 28, "at least 1 property", x);
    nested(f, x.error, p, "/error", 29, "object", v15, true);
  }
}
function v20(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 38, "object", x);
  else {
    typed(f, x.details, p, "/details", 39, 17, false);
    undeclaredProperties(f, x, p, 38, k9, false);
  }
}
function v19(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 35, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 36, 1, e8, true);
    typed(f, x.description, p, "/description", 37, 1, true);
    nested(f, x.detail, p, "/detail", 38, "object", v20, true);
    undeclaredProperties(f, x, p, 35, k4, false);
  }
}
function v18(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 34, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 34, "at least 1 property", x);
    nested(f, x.error, p, "/error", 35, "object", v19, true);
  }
}
function v23(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 41, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 42, 1, e10, true);
    typed(f, x.description, p, "/description", 43, 1, true);
    nested(f, x.detail, p, "/detail", 44, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 41, k4, false);
  }
}
function v22(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 40, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 40, "at least 1 property", x);
    nested(f, x.error, p, "/error", 41, "object", v23, true);
  }
}
function v29(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 50, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 51, 1, true);
    }
  }
}
function v28(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 49, "object", x);
  else {
    nested(f, x.scopes, p, "/scopes", 50, "array of string", v29, false);
    undeclaredProperties(f, x, p, 49, k12, false);
  }
}
function v27(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 46, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 47, 1, e11, true);
    typed(f, x.description, p, "/description", 48, 1, true);
    nested(f, x.detail, p, "/detail", 49, "object", v28, true);
    undeclaredProperties(f, x, p, 46, k4, false);
  }
}
function v26(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 45, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 45, "at least 1 property", x);
    nested(f, x.error, p, "/error", 46, "object", v27, true);
  }
}
function v32(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 53, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 54, 1, e13, true);
    typed(f, x.description, p, "/description", 55, 1, true);
    nested(f, x.detail, p, "/detail", 56, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 53, k4, false);
  }
}
function v31(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 52, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 52, "at least 1 property", x);
    nested(f, x.error, p, "/error", 53, "object", v32, true);
  }
}
function v36(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 58, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 59, 1, e14, true);
    typed(f, x.description, p, "/description", 60, 1, true);
    nested(f, x.detail, p, "/detail", 61, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 58, k4, false);
  }
}
function v35(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 57, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 57, "at least 1 property", x);
    nested(f, x.error, p, "/error", 58, "object", v36, true);
  }
}
function v41(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 66, "object", x);
  else {
    typed(f, x.details, p, "/details", 67, 17, false);
    undeclaredProperties(f, x, p, 66, k9, false);
  }
}
function v40(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 63, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 64, 1, e15, true);
    typed(f, x.description, p, "/description", 65, 1, true);
    nested(f, x.detail, p, "/detail", 66, "object", v41, true);
    undeclaredProperties(f, x, p, 63, k4, false);
  }
}
function v39(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 62, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 62, "at least 1 property", x);
    nested(f, x.error, p, "/error", 63, "object", v40, true);
  }
}
function v13(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 27, k5, false);
  }
  oneOf(f, p, 27, x, [v14, v18, v22, v26, v31, v35, v39], true);
}
function v44(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 69, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 70, 1, e16, true);
    typed(f, x.description, p, "/description", 71, 1, true);
    nested(f, x.detail, p, "/detail", 72, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 69, k4, false);
  }
}
function v43(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 68, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 68, "at least 1 property", x);
    nested(f, x.error, p, "/error", 69, "object", v44, true);
    undeclaredProperties(f, x, p, 68, k5, false);
  }
}
function v49(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 77, "object", x);
  else {
    typed(f, x.total_permitted, p, "/total_permitted", 78, 4, false);
    undeclaredProperties(f, x, p, 77, k18, false);
  }
}
function v48(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 74, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 75, 1, e17, true);
    typed(f, x.description, p, "/description", 76, 1, true);
    nested(f, x.detail, p, "/detail", 77, "object", v49, true);
    undeclaredProperties(f, x, p, 74, k4, false);
  }
}
function v47(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 73, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 73, "at least 1 property", x);
    nested(f, x.error, p, "/error", 74, "object", v48, true);
    undeclaredProperties(f, x, p, 73, k5, false);
  }
}
function v52(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 80, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 81, 1, e19, true);
    typed(f, x.description, p, "/description", 82, 1, true);
    nested(f, x.detail, p, "/detail", 83, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 80, k4, false);
  }
}
function v51(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 79, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 79, "at least 1 property", x);
    nested(f, x.error, p, "/error", 80, "object", v52, true);
    undeclaredProperties(f, x, p, 79, k5, false);
  }
}
function v58(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 88, "object", x);
  else {
    typed(f, x.key, p, "/key", 89, 1, true);
    typed(f, x.value, p, "/value", 90, 1, false);
    undeclaredProperties(f, x, p, 88, k20, false);
  }
}
function v57(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 86, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 87, "KeyValue", v58, true);
    }
  }
}
function v55(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 84, "object", x);
  else {
    nested(f, x.api_token, p, "/api_token", 85, "ApiToken", v4, true);
    nested(f, x.annotations, p, "/annotations", 86, "array of KeyValue", v57, true);
    undeclaredProperties(f, x, p, 84, k21, false);
  }
}
function v63(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 96, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 97, 1, true);
    }
  }
}
function v62(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 95, "object", x);
  else {
    nested(f, x.errors, p, "/errors", 96, "array of string", v63, false);
    undeclaredProperties(f, x, p, 95, k23, false);
  }
}
function v61(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 92, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 93, 1, e22, true);
    typed(f, x.description, p, "/description", 94, 1, true);
    nested(f, x.detail, p, "/detail", 95, "object", v62, true);
    undeclaredProperties(f, x, p, 92, k4, false);
  }
}
function v60(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 91, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 91, "at least 1 property", x);
    nested(f, x.error, p, "/error", 92, "object", v61, true);
    undeclaredProperties(f, x, p, 91, k5, false);
  }
}
function v66(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 100, "object", x);
  else {
    typed(f, x.id, p, "/id", 101, 1, true);
    typed(f, x.name, p, "/name", 102, 1, true);
    undeclaredProperties(f, x, p, 100, k24, false);
  }
}
function v65(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 98, "object", x);
  else {
    nested(f, x.api_token, p, "/api_token", 99, "NamedReference", v66, true);
    undeclaredProperties(f, x, p, 98, k25, false);
  }
}
function v68(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 103, k5, false);
  }
  oneOf(f, p, 103, x, [v14, v18, v22, v26, v39], true);
}
function v75(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 105, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 106, 1, e26, true);
    typed(f, x.description, p, "/description", 107, 1, true);
    nested(f, x.detail, p, "/detail", 108, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 105, k4, false);
  }
}
function v74(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 104, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 104, "at least 1 property", x);
    nested(f, x.error, p, "/error", 105, "object", v75, true);
    undeclaredProperties(f, x, p, 104, k5, false);
  }
}
function v80(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 111, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 112, "KeyValue", v58, true);
    }
  }
}
function v78(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 109, "object", x);
  else {
    nested(f, x.api_token, p, "/api_token", 110, "ApiToken", v4, true);
    nested(f, x.annotations, p, "/annotations", 111, "array of KeyValue", v80, true);
    undeclaredProperties(f, x, p, 109, k21, false);
  }
}
function v82(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 113, "object", x);
  else {
    nested(f, x.api_token, p, "/api_token", 114, "ApiToken", v4, true);
    undeclaredProperties(f, x, p, 113, k25, false);
  }
}
function v86(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 126, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 127, 1, true);
    }
  }
}
function v87(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 128, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 129, 1, true);
    }
  }
}
function v85(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 117, "object", x);
  else {
    typed(f, x.id, p, "/id", 118, 1, true);
    typed(f, x.name, p, "/name", 119, 1, true);
    typed(f, x.created_at, p, "/created_at", 120, 4, true);
    typed(f, x.region, p, "/region", 121, 1, true);
    enumerated(f, x.state, p, "/state", 122, 1, e27, true);
    typed(f, x.all_buckets_read, p, "/all_buckets_read", 123, 8, true);
    typed(f, x.all_objects_read, p, "/all_objects_read", 124, 8, true);
    typed(f, x.all_objects_write, p, "/all_objects_write", 125, 8, true);
    nested(f, x.read_buckets, p, "/read_buckets", 126, "array of string", v86, true);
    nested(f, x.write_buckets, p, "/write_buckets", 128, "array of string", v87, true);
    typed(f, x.server_url, p, "/server_url", 130, 17, true);
    typed(f, x.s3_access_key_id, p, "/s3_access_key_id", 131, 17, true);
    typed(f, x.s3_secret_access_key, p, "/s3_secret_access_key", 132, 17, true);
    undeclaredProperties(f, x, p, 117, k28, false);
  }
}
function v84(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 115, "object", x);
  else {
    nested(f, x.object_storage_access_key, p, "/object_storage_access_key", 116, "ObjectStorageAccessKey", v85, true);
    undeclaredProperties(f, x, p, 115, k29, false);
  }
}
function v98(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 135, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 136, 1, e30, true);
    typed(f, x.description, p, "/description", 137, 1, true);
    nested(f, x.detail, p, "/detail", 138, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 135, k4, false);
  }
}
function v97(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 134, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 134, "at least 1 property", x);
    nested(f, x.error, p, "/error", 135, "object", v98, true);
  }
}
function v102(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 140, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 141, 1, e31, true);
    typed(f, x.description, p, "/description", 142, 1, true);
    nested(f, x.detail, p, "/detail", 143, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 140, k4, false);
  }
}
function v101(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 139, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 139, "at least 1 property", x);
    nested(f, x.error, p, "/error", 140, "object", v102, true);
  }
}
function v89(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 133, k5, false);
  }
  oneOf(f, p, 133, x, [v14, v18, v22, v26, v31, v35, v39, v97, v101], true);
}
function v106(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 68, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 68, "at least 1 property", x);
    nested(f, x.error, p, "/error", 69, "object", v44, true);
  }
}
function v109(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 146, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 147, 1, e32, true);
    typed(f, x.description, p, "/description", 148, 1, true);
    nested(f, x.detail, p, "/detail", 149, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 146, k4, false);
  }
}
function v108(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 145, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 145, "at least 1 property", x);
    nested(f, x.error, p, "/error", 146, "object", v109, true);
  }
}
function v113(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 151, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 152, 1, e33, true);
    typed(f, x.description, p, "/description", 153, 1, true);
    nested(f, x.detail, p, "/detail", 154, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 151, k4, false);
  }
}
function v112(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 150, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 150, "at least 1 property", x);
    nested(f, x.error, p, "/error", 151, "object", v113, true);
  }
}
function v105(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 144, k5, false);
  }
  oneOf(f, p, 144, x, [v106, v108, v112], true);
}
function v120(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 161, "object", x);
  else {
    typed(f, x.id, p, "/id", 162, 1, true);
    typed(f, x.keep_until, p, "/keep_until", 163, 4, true);
    typed(f, x.object_id, p, "/object_id", 164, 1, true);
    typed(f, x.object_type, p, "/object_type", 165, 1, true);
  }
}
function v122(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 166, "null", x);
}
function v119(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 160, k35, false);
  }
  oneOf(f, p, 160, x, [v120, v122], true);
}
function v118(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 159, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", 160, "one of TrashObject, null", v119, false);
    undeclaredProperties(f, x, p, 159, k36, false);
  }
}
function v117(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 156, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 157, 1, e34, true);
    typed(f, x.description, p, "/description", 158, 1, true);
    nested(f, x.detail, p, "/detail", 159, "object", v118, true);
    undeclaredProperties(f, x, p, 156, k4, false);
  }
}
function v116(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 155, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 155, "at least 1 property", x);
    nested(f, x.error, p, "/error", 156, "object", v117, true);
    undeclaredProperties(f, x, p, 155, k5, false);
  }
}
function v126(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 169, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 170, "ObjectStorageAccessKey", v85, true);
    }
  }
}
function v124(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 167, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 168, "Pagination", v1, true);
    nested(f, x.object_storage_access_keys, p, "/object_storage_access_keys", 169, "array of ObjectStorageAccessKey", v126, true);
    undeclaredProperties(f, x, p, 167, k37, false);
  }
}
function v128(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 171, "object", x);
  else {
    nested(f, x.object_storage_access_key, p, "/object_storage_access_key", 172, "ObjectStorageAccessKey", v85, true);
    undeclaredProperties(f, x, p, 171, k29, false);
  }
}
function v131(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 174, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 175, 1, e38, true);
    typed(f, x.description, p, "/description", 176, 1, true);
    nested(f, x.detail, p, "/detail", 177, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 174, k4, false);
  }
}
function v130(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 173, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 173, "at least 1 property", x);
    nested(f, x.error, p, "/error", 174, "object", v131, true);
    undeclaredProperties(f, x, p, 173, k5, false);
  }
}
function v136(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 182, "object", x);
  else {
    typed(f, x.details, p, "/details", 183, 1, false);
    undeclaredProperties(f, x, p, 182, k9, false);
  }
}
function v135(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 179, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 180, 1, e39, true);
    typed(f, x.description, p, "/description", 181, 1, true);
    nested(f, x.detail, p, "/detail", 182, "object", v136, true);
    undeclaredProperties(f, x, p, 179, k4, false);
  }
}
function v134(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 178, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 178, "at least 1 property", x);
    nested(f, x.error, p, "/error", 179, "object", v135, true);
    undeclaredProperties(f, x, p, 178, k5, false);
  }
}
function v139(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 185, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 186, 1, e40, true);
    typed(f, x.description, p, "/description", 187, 1, true);
    nested(f, x.detail, p, "/detail", 188, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 185, k4, false);
  }
}
function v138(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 184, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 184, "at least 1 property", x);
    nested(f, x.error, p, "/error", 185, "object", v139, true);
    undeclaredProperties(f, x, p, 184, k5, false);
  }
}
function v142(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 189, "object", x);
  else {
    nested(f, x.object_storage_access_key, p, "/object_storage_access_key", 190, "ObjectStorageAccessKey", v85, true);
    undeclaredProperties(f, x, p, 189, k29, false);
  }
}
function v144(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 191, "object", x);
  else {
    typed(f, x.success, p, "/success", 192, 8, true);
    undeclaredProperties(f, x, p, 191, k41, false);
  }
}
function v146(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 194, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 195, 1, e42, true);
    typed(f, x.description, p, "/description", 196, 1, true);
    nested(f, x.detail, p, "/detail", 197, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 194, k4, false);
  }
}
function v145(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 193, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 193, "at least 1 property", x);
    nested(f, x.error, p, "/error", 194, "object", v146, true);
    undeclaredProperties(f, x, p, 193, k5, false);
  }
}
function v149(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 198, "object", x);
  else {
    nested(f, x.object_storage_access_key, p, "/object_storage_access_key", 199, "ObjectStorageAccessKey", v85, true);
    undeclaredProperties(f, x, p, 198, k29, false);
  }
}
function v152(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 91, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 91, "at least 1 property", x);
    nested(f, x.error, p, "/error", 92, "object", v61, true);
  }
}
function v154(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 184, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 184, "at least 1 property", x);
    nested(f, x.error, p, "/error", 185, "object", v139, true);
  }
}
function v151(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 200, k5, false);
  }
  oneOf(f, p, 200, x, [v152, v154], true);
}
function v159(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 205, "object", x);
  else {
    typed(f, x.id, p, "/id", 206, 1, true);
    typed(f, x.address, p, "/address", 207, 1, true);
    typed(f, x.name, p, "/name", 208, 1, true);
    undeclaredProperties(f, x, p, 205, k43, false);
  }
}
function v158(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 203, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 204, "AddressListEntry", v159, true);
    }
  }
}
function v156(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 201, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 202, "Pagination", v1, true);
    nested(f, x.address_list_entries, p, "/address_list_entries", 203, "array of AddressListEntry", v158, true);
    undeclaredProperties(f, x, p, 201, k44, false);
  }
}
function v162(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 210, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 211, 1, e45, true);
    typed(f, x.description, p, "/description", 212, 1, true);
    nested(f, x.detail, p, "/detail", 213, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 210, k4, false);
  }
}
function v161(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 209, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 209, "at least 1 property", x);
    nested(f, x.error, p, "/error", 210, "object", v162, true);
    undeclaredProperties(f, x, p, 209, k5, false);
  }
}
function v165(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 214, "object", x);
  else {
    nested(f, x.address_list_entry, p, "/address_list_entry", 215, "AddressListEntry", v159, true);
    undeclaredProperties(f, x, p, 214, k46, false);
  }
}
function v167(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 216, "object", x);
  else {
    nested(f, x.address_list_entry, p, "/address_list_entry", 217, "AddressListEntry", v159, true);
    undeclaredProperties(f, x, p, 216, k46, false);
  }
}
function v169(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 218, k5, false);
  }
  oneOf(f, p, 218, x, [v14, v18, v22, v26], true);
}
function v175(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 220, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 221, 1, e47, true);
    typed(f, x.description, p, "/description", 222, 1, true);
    nested(f, x.detail, p, "/detail", 223, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 220, k4, false);
  }
}
function v174(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 219, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 219, "at least 1 property", x);
    nested(f, x.error, p, "/error", 220, "object", v175, true);
    undeclaredProperties(f, x, p, 219, k5, false);
  }
}
function v178(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 224, "object", x);
  else {
    nested(f, x.address_list_entry, p, "/address_list_entry", 225, "AddressListEntry", v159, true);
    undeclaredProperties(f, x, p, 224, k46, false);
  }
}
function v180(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 226, "object", x);
  else {
    nested(f, x.address_list_entry, p, "/address_list_entry", 227, "AddressListEntry", v159, true);
    undeclaredProperties(f, x, p, 226, k46, false);
  }
}
function v182(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 228, "object", x);
}
function v187(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 233, "object", x);
  else {
    typed(f, x.id, p, "/id", 234, 1, true);
    typed(f, x.name, p, "/name", 235, 1, true);
    typed(f, x.global, p, "/global", 236, 8, true);
    undeclaredProperties(f, x, p, 233, k48, false);
  }
}
function v186(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 231, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 232, "AddressListSummary", v187, true);
    }
  }
}
function v184(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 229, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 230, "Pagination", v1, true);
    nested(f, x.address_lists, p, "/address_lists", 231, "array of AddressListSummary", v186, true);
    undeclaredProperties(f, x, p, 229, k49, false);
  }
}
function v191(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 239, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 240, "AddressListSummary", v187, true);
    }
  }
}
function v189(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 237, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 238, "Pagination", v1, true);
    nested(f, x.address_lists, p, "/address_lists", 239, "array of AddressListSummary", v191, true);
    undeclaredProperties(f, x, p, 237, k49, false);
  }
}
function v195(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 247, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 248, "AddressListEntry", v159, true);
    }
  }
}
function v194(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 243, "object", x);
  else {
    typed(f, x.id, p, "/id", 244, 1, true);
    typed(f, x.name, p, "/name", 245, 1, true);
    typed(f, x.global, p, "/global", 246, 8, true);
    nested(f, x.entries, p, "/entries", 247, "array of AddressListEntry", v195, true);
    undeclaredProperties(f, x, p, 243, k50, false);
  }
}
function v198(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 249, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 250, "KeyValue", v58, true);
    }
  }
}
function v193(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 241, "object", x);
  else {
    nested(f, x.address_list, p, "/address_list", 242, "AddressList", v194, true);
    nested(f, x.annotations, p, "/annotations", 249, "array of KeyValue", v198, true);
    undeclaredProperties(f, x, p, 241, k51, false);
  }
}
function v202(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 253, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 254, "KeyValue", v58, true);
    }
  }
}
function v200(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 251, "object", x);
  else {
    nested(f, x.address_list, p, "/address_list", 252, "AddressList", v194, true);
    nested(f, x.annotations, p, "/annotations", 253, "array of KeyValue", v202, true);
    undeclaredProperties(f, x, p, 251, k51, false);
  }
}
function v204(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 255, "object", x);
  else {
    nested(f, x.address_list, p, "/address_list", 256, "AddressList", v194, true);
    undeclaredProperties(f, x, p, 255, k52, false);
  }
}
function v208(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 259, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 260, "KeyValue", v58, true);
    }
  }
}
function v206(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 257, "object", x);
  else {
    nested(f, x.address_list, p, "/address_list", 258, "AddressList", v194, true);
    nested(f, x.annotations, p, "/annotations", 259, "array of KeyValue", v208, true);
    undeclaredProperties(f, x, p, 257, k51, false);
  }
}
function v213(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 281, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 282, 1, true);
    }
  }
}
function v214(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 283, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 284, 1, true);
    }
  }
}
function v212(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 276, "object", x);
  else {
    typed(f, x.public_read, p, "/public_read", 277, 8, true);
    typed(f, x.public_list, p, "/public_list", 278, 8, true);
    typed(f, x.all_keys_read, p, "/all_keys_read", 279, 8, true);
    typed(f, x.all_keys_write, p, "/all_keys_write", 280, 8, true);
    nested(f, x.read_key_ids, p, "/read_key_ids", 281, "array of string", v213, true);
    nested(f, x.write_key_ids, p, "/write_key_ids", 283, "array of string", v214, true);
    undeclaredProperties(f, x, p, 276, k53, false);
  }
}
function v211(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 263, "object", x);
  else {
    typed(f, x.name, p, "/name", 264, 1, true);
    typed(f, x.label, p, "/label", 265, 17, true);
    typed(f, x.created_at, p, "/created_at", 266, 4, true);
    enumerated(f, x.state, p, "/state", 267, 1, e27, true);
    typed(f, x.custom_domain, p, "/custom_domain", 268, 17, true);
    typed(f, x.object_count, p, "/object_count", 269, 20, true);
    typed(f, x.size, p, "/size", 270, 20, true);
    typed(f, x.serve_static_site, p, "/serve_static_site", 271, 8, true);
    typed(f, x.static_site_index, p, "/static_site_index", 272, 17, true);
    typed(f, x.static_site_error, p, "/static_site_error", 273, 17, true);
    typed(f, x.public_url, p, "/public_url", 274, 1, true);
    nested(f, x.access_control_list, p, "/access_control_list", 275, "ObjectStorageBucketAccessControlList", v212, true);
    undeclaredProperties(f, x, p, 263, k54, false);
  }
}
function v210(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 261, "object", x);
  else {
    nested(f, x.object_storage_bucket, p, "/object_storage_bucket", 262, "ObjectStorageBucket", v211, true);
    undeclaredProperties(f, x, p, 261, k55, false);
  }
}
function v217(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 285, "object", x);
  else {
    nested(f, x.object_storage_bucket, p, "/object_storage_bucket", 286, "ObjectStorageBucket", v211, true);
    undeclaredProperties(f, x, p, 285, k55, false);
  }
}
function v222(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 289, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 290, 1, e56, true);
    typed(f, x.description, p, "/description", 291, 1, true);
    nested(f, x.detail, p, "/detail", 292, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 289, k4, false);
  }
}
function v221(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 288, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 288, "at least 1 property", x);
    nested(f, x.error, p, "/error", 289, "object", v222, true);
  }
}
function v219(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 287, k5, false);
  }
  oneOf(f, p, 287, x, [v108, v221], true);
}
function v226(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 294, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 295, 1, e57, true);
    typed(f, x.description, p, "/description", 296, 1, true);
    nested(f, x.detail, p, "/detail", 297, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 294, k4, false);
  }
}
function v225(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 293, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 293, "at least 1 property", x);
    nested(f, x.error, p, "/error", 294, "object", v226, true);
    undeclaredProperties(f, x, p, 293, k5, false);
  }
}
function v229(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 298, "object", x);
  else {
    typed(f, x.success, p, "/success", 299, 8, true);
    undeclaredProperties(f, x, p, 298, k41, false);
  }
}
function v238(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 305, "object", x);
  else {
    typed(f, x.details, p, "/details", 306, 17, false);
    undeclaredProperties(f, x, p, 305, k9, false);
  }
}
function v237(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 302, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 303, 1, e58, true);
    typed(f, x.description, p, "/description", 304, 1, true);
    nested(f, x.detail, p, "/detail", 305, "object", v238, true);
    undeclaredProperties(f, x, p, 302, k4, false);
  }
}
function v236(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 301, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 301, "at least 1 property", x);
    nested(f, x.error, p, "/error", 302, "object", v237, true);
  }
}
function v230(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 300, k5, false);
  }
  oneOf(f, p, 300, x, [v14, v18, v22, v26, v39, v236], true);
}
function v240(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 307, "object", x);
  else {
    nested(f, x.object_storage_bucket, p, "/object_storage_bucket", 308, "ObjectStorageBucket", v211, true);
    undeclaredProperties(f, x, p, 307, k55, false);
  }
}
function v242(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 309, "object", x);
  else {
    typed(f, x.success, p, "/success", 310, 8, true);
    undeclaredProperties(f, x, p, 309, k41, false);
  }
}
function v244(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 313, "object", x);
  else {
    typed(f, x.filename, p, "/filename", 314, 1, true);
    typed(f, x.bucket_name, p, "/bucket_name", 315, 1, true);
    typed(f, x.full_path, p, "/full_path", 316, 1, true);
    typed(f, x.public_url, p, "/public_url", 317, 1, true);
    typed(f, x.size, p, "/size", 318, 20, true);
    typed(f, x.folder, p, "/folder", 319, 8, true);
    undeclaredProperties(f, x, p, 313, k59, false);
  }
}
function v243(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 311, "object", x);
  else {
    nested(f, x.object_details, p, "/object_details", 312, "ObjectStorageObject", v244, true);
    undeclaredProperties(f, x, p, 311, k60, false);
  }
}
function v250(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 322, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 323, 1, e61, true);
    typed(f, x.description, p, "/description", 324, 1, true);
    nested(f, x.detail, p, "/detail", 325, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 322, k4, false);
  }
}
function v249(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 321, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 321, "at least 1 property", x);
    nested(f, x.error, p, "/error", 322, "object", v250, true);
  }
}
function v246(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 320, k5, false);
  }
  oneOf(f, p, 320, x, [v108, v221, v249], true);
}
function v253(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 326, "object", x);
  else {
    typed(f, x.url, p, "/url", 327, 1, true);
    undeclaredProperties(f, x, p, 326, k62, false);
  }
}
function v256(x: any, p: string, f: DriftFinding[]): void {
  if (!(typeof x === "string")) typeMismatch(f, p, 334, "string", x);
  else {
    if (!e63.includes(x)) notInEnum(f, p, 334, e63, x);
  }
}
function v255(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 330, "object", x);
  else {
    typed(f, x.id, p, "/id", 331, 1, true);
    typed(f, x.name, p, "/name", 332, 1, true);
    nested(f, x.status, p, "/status", 333, "TaskStatus", v256, true);
    undeclaredProperties(f, x, p, 330, k64, false);
  }
}
function v259(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 336, "object", x);
  else {
    typed(f, x.id, p, "/id", 337, 1, true);
    enumerated(f, x.state, p, "/state", 338, 1, e65, true);
    undeclaredProperties(f, x, p, 336, k66, false);
  }
}
function v262(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 341, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 342, "KeyValue", v58, true);
    }
  }
}
function v254(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 328, "object", x);
  else {
    nested(f, x.task, p, "/task", 329, "QueuedTask", v255, true);
    nested(f, x.build, p, "/build", 335, "VirtualMachineBuildSummary", v259, true);
    nested(f, x.virtual_machine_build, p, "/virtual_machine_build", 339, "VirtualMachineBuildSummary", v259, true);
    typed(f, x.hostname, p, "/hostname", 340, 1, true);
    nested(f, x.annotations, p, "/annotations", 341, "array of KeyValue", v262, true);
    undeclaredProperties(f, x, p, 328, k67, false);
  }
}
function v275(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 349, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 350, 1, true);
    }
  }
}
function v274(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 348, "object", x);
  else {
    nested(f, x.errors, p, "/errors", 349, "array of string", v275, false);
    undeclaredProperties(f, x, p, 348, k23, false);
  }
}
function v273(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 345, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 346, 1, e68, true);
    typed(f, x.description, p, "/description", 347, 1, true);
    nested(f, x.detail, p, "/detail", 348, "object", v274, true);
    undeclaredProperties(f, x, p, 345, k4, false);
  }
}
function v272(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 344, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 344, "at least 1 property", x);
    nested(f, x.error, p, "/error", 345, "object", v273, true);
  }
}
function v264(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 343, k5, false);
  }
  oneOf(f, p, 343, x, [v14, v18, v22, v26, v31, v35, v39, v272], true);
}
function v280(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 353, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 354, 1, e69, true);
    typed(f, x.description, p, "/description", 355, 1, true);
    nested(f, x.detail, p, "/detail", 356, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 353, k4, false);
  }
}
function v279(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 352, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 352, "at least 1 property", x);
    nested(f, x.error, p, "/error", 353, "object", v280, true);
  }
}
function v284(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 358, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 359, 1, e70, true);
    typed(f, x.description, p, "/description", 360, 1, true);
    nested(f, x.detail, p, "/detail", 361, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 358, k4, false);
  }
}
function v283(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 357, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 357, "at least 1 property", x);
    nested(f, x.error, p, "/error", 358, "object", v284, true);
  }
}
function v288(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 363, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 364, 1, e71, true);
    typed(f, x.description, p, "/description", 365, 1, true);
    nested(f, x.detail, p, "/detail", 366, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 363, k4, false);
  }
}
function v287(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 362, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 362, "at least 1 property", x);
    nested(f, x.error, p, "/error", 363, "object", v288, true);
  }
}
function v292(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 368, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 369, 1, e72, true);
    typed(f, x.description, p, "/description", 370, 1, true);
    nested(f, x.detail, p, "/detail", 371, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 368, k4, false);
  }
}
function v291(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 367, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 367, "at least 1 property", x);
    nested(f, x.error, p, "/error", 368, "object", v292, true);
  }
}
function v296(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 373, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 374, 1, e73, true);
    typed(f, x.description, p, "/description", 375, 1, true);
    nested(f, x.detail, p, "/detail", 376, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 373, k4, false);
  }
}
function v295(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 372, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 372, "at least 1 property", x);
    nested(f, x.error, p, "/error", 373, "object", v296, true);
  }
}
function v277(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 351, k5, false);
  }
  oneOf(f, p, 351, x, [v106, v279, v283, v287, v291, v295], true);
}
function v302(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 379, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 380, 1, e74, true);
    typed(f, x.description, p, "/description", 381, 1, true);
    nested(f, x.detail, p, "/detail", 382, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 379, k4, false);
  }
}
function v301(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 378, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 378, "at least 1 property", x);
    nested(f, x.error, p, "/error", 379, "object", v302, true);
  }
}
function v306(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 384, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 385, 1, e75, true);
    typed(f, x.description, p, "/description", 386, 1, true);
    nested(f, x.detail, p, "/detail", 387, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 384, k4, false);
  }
}
function v305(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 383, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 383, "at least 1 property", x);
    nested(f, x.error, p, "/error", 384, "object", v306, true);
  }
}
function v299(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 377, k5, false);
  }
  oneOf(f, p, 377, x, [v152, v301, v305], true);
}
function v313(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 393, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 394, "KeyValue", v58, true);
    }
  }
}
function v309(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 388, "object", x);
  else {
    nested(f, x.task, p, "/task", 389, "QueuedTask", v255, true);
    nested(f, x.build, p, "/build", 390, "VirtualMachineBuildSummary", v259, true);
    nested(f, x.virtual_machine_build, p, "/virtual_machine_build", 391, "VirtualMachineBuildSummary", v259, true);
    typed(f, x.hostname, p, "/hostname", 392, 1, true);
    nested(f, x.annotations, p, "/annotations", 393, "array of KeyValue", v313, true);
    undeclaredProperties(f, x, p, 388, k67, false);
  }
}
function v316(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 21, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 21, "at least 1 property", x);
    nested(f, x.error, p, "/error", 22, "object", v9, true);
  }
}
function v320(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 400, "object", x);
  else {
    typed(f, x.errors, p, "/errors", 401, 1, false);
    undeclaredProperties(f, x, p, 400, k23, false);
  }
}
function v319(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 397, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 398, 1, e76, true);
    typed(f, x.description, p, "/description", 399, 1, true);
    nested(f, x.detail, p, "/detail", 400, "object", v320, true);
    undeclaredProperties(f, x, p, 397, k4, false);
  }
}
function v318(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 396, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 396, "at least 1 property", x);
    nested(f, x.error, p, "/error", 397, "object", v319, true);
  }
}
function v315(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 395, k5, false);
  }
  oneOf(f, p, 395, x, [v316, v318], true);
}
function v325(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 409, "object", x);
  else {
    typed(f, x.id, p, "/id", 410, 1, true);
    typed(f, x.name, p, "/name", 411, 1, true);
    typed(f, x.hostname, p, "/hostname", 412, 1, true);
    typed(f, x.fqdn, p, "/fqdn", 413, 1, true);
    enumerated(f, x.state, p, "/state", 414, 1, e78, true);
  }
}
function v327(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 415, "null", x);
}
function v324(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 408, k77, false);
  }
  oneOf(f, p, 408, x, [v325, v327], true);
}
function v323(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 404, "object", x);
  else {
    typed(f, x.id, p, "/id", 405, 1, true);
    typed(f, x.spec_xml, p, "/spec_xml", 406, 1, true);
    enumerated(f, x.state, p, "/state", 407, 1, e65, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", 408, "one of VirtualMachineOverview, null", v324, true);
    typed(f, x.created_at, p, "/created_at", 416, 4, true);
    undeclaredProperties(f, x, p, 404, k79, false);
  }
}
function v330(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 418, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 419, "KeyValue", v58, true);
    }
  }
}
function v322(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 402, "object", x);
  else {
    nested(f, x.virtual_machine_build, p, "/virtual_machine_build", 403, "VirtualMachineBuild", v323, false);
    nested(f, x.build, p, "/build", 417, "VirtualMachineBuild", v323, false);
    nested(f, x.annotations, p, "/annotations", 418, "array of KeyValue", v330, true);
    undeclaredProperties(f, x, p, 402, k80, false);
  }
}
function v333(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 421, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 422, 1, e81, true);
    typed(f, x.description, p, "/description", 423, 1, true);
    nested(f, x.detail, p, "/detail", 424, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 421, k4, false);
  }
}
function v332(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 420, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 420, "at least 1 property", x);
    nested(f, x.error, p, "/error", 421, "object", v333, true);
    undeclaredProperties(f, x, p, 420, k5, false);
  }
}
function v339(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 429, "object", x);
  else {
    typed(f, x.id, p, "/id", 430, 1, true);
    typed(f, x.name, p, "/name", 431, 1, true);
    enumerated(f, x.issuer, p, "/issuer", 432, 1, e82, true);
    enumerated(f, x.state, p, "/state", 433, 1, e83, true);
    typed(f, x.expires_at, p, "/expires_at", 434, 20, true);
    typed(f, x.last_issued_at, p, "/last_issued_at", 435, 20, true);
    undeclaredProperties(f, x, p, 429, k84, false);
  }
}
function v338(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 427, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 428, "CertificateSummary", v339, true);
    }
  }
}
function v336(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 425, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 426, "Pagination", v1, true);
    nested(f, x.certificates, p, "/certificates", 427, "array of CertificateSummary", v338, true);
    undeclaredProperties(f, x, p, 425, k85, false);
  }
}
function v341(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 436, k5, false);
  }
  oneOf(f, p, 436, x, [v14, v18, v22, v26, v31, v35], true);
}
function v350(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 442, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 443, 1, true);
    }
  }
}
function v349(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 439, "object", x);
  else {
    typed(f, x.id, p, "/id", 440, 1, true);
    typed(f, x.name, p, "/name", 441, 1, true);
    nested(f, x.additional_names, p, "/additional_names", 442, "array of string", v350, true);
    enumerated(f, x.issuer, p, "/issuer", 444, 1, e82, true);
    enumerated(f, x.state, p, "/state", 445, 1, e83, true);
    typed(f, x.created_at, p, "/created_at", 446, 4, true);
    typed(f, x.expires_at, p, "/expires_at", 447, 20, true);
    typed(f, x.last_issued_at, p, "/last_issued_at", 448, 20, true);
    typed(f, x.issue_error, p, "/issue_error", 449, 17, true);
    typed(f, x.authorization_method, p, "/authorization_method", 450, 17, true);
    typed(f, x.certificate_api_url, p, "/certificate_api_url", 451, 17, true);
    typed(f, x.certificate, p, "/certificate", 452, 17, true);
    typed(f, x.chain, p, "/chain", 453, 17, true);
    typed(f, x.private_key, p, "/private_key", 454, 17, true);
    undeclaredProperties(f, x, p, 439, k86, false);
  }
}
function v348(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 437, "object", x);
  else {
    nested(f, x.certificate, p, "/certificate", 438, "Certificate", v349, true);
    undeclaredProperties(f, x, p, 437, k87, false);
  }
}
function v353(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 456, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 457, 1, e88, true);
    typed(f, x.description, p, "/description", 458, 1, true);
    nested(f, x.detail, p, "/detail", 459, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 456, k4, false);
  }
}
function v352(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 455, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 455, "at least 1 property", x);
    nested(f, x.error, p, "/error", 456, "object", v353, true);
    undeclaredProperties(f, x, p, 455, k5, false);
  }
}
function v358(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 409, "object", x);
  else {
    typed(f, x.id, p, "/id", 410, 1, true);
    typed(f, x.name, p, "/name", 411, 1, true);
    typed(f, x.hostname, p, "/hostname", 412, 1, true);
    typed(f, x.fqdn, p, "/fqdn", 413, 1, true);
    enumerated(f, x.state, p, "/state", 414, 1, e78, true);
    undeclaredProperties(f, x, p, 409, k77, false);
  }
}
function v357(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 462, "object", x);
  else {
    typed(f, x.id, p, "/id", 463, 1, true);
    typed(f, x.url, p, "/url", 464, 1, true);
    typed(f, x.expires_at, p, "/expires_at", 465, 4, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", 466, "VirtualMachineOverview", v358, true);
    undeclaredProperties(f, x, p, 462, k89, false);
  }
}
function v356(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 460, "object", x);
  else {
    nested(f, x.console_session, p, "/console_session", 461, "ConsoleSession", v357, true);
    undeclaredProperties(f, x, p, 460, k90, false);
  }
}
function v362(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 468, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 469, 1, e91, true);
    typed(f, x.description, p, "/description", 470, 1, true);
    nested(f, x.detail, p, "/detail", 471, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 468, k4, false);
  }
}
function v361(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 467, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 467, "at least 1 property", x);
    nested(f, x.error, p, "/error", 468, "object", v362, true);
    undeclaredProperties(f, x, p, 467, k5, false);
  }
}
function v366(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 155, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 155, "at least 1 property", x);
    nested(f, x.error, p, "/error", 156, "object", v117, true);
  }
}
function v370(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 477, "object", x);
  else {
    typed(f, x.current_state, p, "/current_state", 478, 1, false);
    undeclaredProperties(f, x, p, 477, k93, false);
  }
}
function v369(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 474, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 475, 1, e92, true);
    typed(f, x.description, p, "/description", 476, 1, true);
    nested(f, x.detail, p, "/detail", 477, "object", v370, true);
    undeclaredProperties(f, x, p, 474, k4, false);
  }
}
function v368(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 473, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 473, "at least 1 property", x);
    nested(f, x.error, p, "/error", 474, "object", v369, true);
  }
}
function v365(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 472, k5, false);
  }
  oneOf(f, p, 472, x, [v366, v368], true);
}
function v374(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 481, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 482, "NamedReference", v66, true);
    }
  }
}
function v372(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 479, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 480, "Pagination", v1, true);
    nested(f, x.countries, p, "/countries", 481, "array of NamedReference", v374, true);
    undeclaredProperties(f, x, p, 479, k94, false);
  }
}
function v377(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 485, "object", x);
  else {
    typed(f, x.id, p, "/id", 486, 1, true);
    typed(f, x.name, p, "/name", 487, 1, true);
    typed(f, x.iso_code2, p, "/iso_code2", 488, 1, true);
    typed(f, x.iso_code3, p, "/iso_code3", 489, 1, true);
    typed(f, x.time_zone, p, "/time_zone", 490, 17, true);
    typed(f, x.eu, p, "/eu", 491, 8, true);
    undeclaredProperties(f, x, p, 485, k95, false);
  }
}
function v376(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 483, "object", x);
  else {
    nested(f, x.country, p, "/country", 484, "Country", v377, true);
    undeclaredProperties(f, x, p, 483, k96, false);
  }
}
function v380(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 493, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 494, 1, e97, true);
    typed(f, x.description, p, "/description", 495, 1, true);
    nested(f, x.detail, p, "/detail", 496, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 493, k4, false);
  }
}
function v379(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 492, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 492, "at least 1 property", x);
    nested(f, x.error, p, "/error", 493, "object", v380, true);
    undeclaredProperties(f, x, p, 492, k5, false);
  }
}
function v385(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 499, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 500, "NamedReference", v66, true);
    }
  }
}
function v383(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 497, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 498, "Pagination", v1, true);
    nested(f, x.country_states, p, "/country_states", 499, "array of NamedReference", v385, true);
    undeclaredProperties(f, x, p, 497, k98, false);
  }
}
function v388(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 503, "object", x);
  else {
    typed(f, x.id, p, "/id", 504, 1, true);
    typed(f, x.name, p, "/name", 505, 1, true);
    typed(f, x.code, p, "/code", 506, 1, true);
    nested(f, x.country, p, "/country", 507, "Country", v377, true);
    undeclaredProperties(f, x, p, 503, k99, false);
  }
}
function v387(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 501, "object", x);
  else {
    nested(f, x.country_state, p, "/country_state", 502, "CountryState", v388, true);
    undeclaredProperties(f, x, p, 501, k100, false);
  }
}
function v392(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 509, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 510, 1, e101, true);
    typed(f, x.description, p, "/description", 511, 1, true);
    nested(f, x.detail, p, "/detail", 512, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 509, k4, false);
  }
}
function v391(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 508, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 508, "at least 1 property", x);
    nested(f, x.error, p, "/error", 509, "object", v392, true);
    undeclaredProperties(f, x, p, 508, k5, false);
  }
}
function v397(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 515, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 516, "NamedReference", v66, true);
    }
  }
}
function v395(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 513, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 514, "Pagination", v1, true);
    nested(f, x.currencies, p, "/currencies", 515, "array of NamedReference", v397, true);
    undeclaredProperties(f, x, p, 513, k102, false);
  }
}
function v400(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 519, "object", x);
  else {
    typed(f, x.id, p, "/id", 520, 1, true);
    typed(f, x.name, p, "/name", 521, 1, true);
    typed(f, x.iso_code, p, "/iso_code", 522, 1, true);
    typed(f, x.symbol, p, "/symbol", 523, 1, true);
    undeclaredProperties(f, x, p, 519, k103, false);
  }
}
function v399(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 517, "object", x);
  else {
    nested(f, x.currency, p, "/currency", 518, "Currency", v400, true);
    undeclaredProperties(f, x, p, 517, k104, false);
  }
}
function v403(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 525, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 526, 1, e105, true);
    typed(f, x.description, p, "/description", 527, 1, true);
    nested(f, x.detail, p, "/detail", 528, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 525, k4, false);
  }
}
function v402(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 524, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 524, "at least 1 property", x);
    nested(f, x.error, p, "/error", 525, "object", v403, true);
    undeclaredProperties(f, x, p, 524, k5, false);
  }
}
function v409(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 533, "object", x);
  else {
    typed(f, x.id, p, "/id", 534, 1, true);
    typed(f, x.name, p, "/name", 535, 1, true);
    typed(f, x.default_ttl, p, "/default_ttl", 536, 4, true);
    typed(f, x.verified, p, "/verified", 537, 8, true);
    undeclaredProperties(f, x, p, 533, k106, false);
  }
}
function v408(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 531, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 532, "DnsZone", v409, true);
    }
  }
}
function v406(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 529, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 530, "Pagination", v1, true);
    nested(f, x.dns_zones, p, "/dns_zones", 531, "array of DnsZone", v408, true);
    undeclaredProperties(f, x, p, 529, k107, false);
  }
}
function v411(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 538, "object", x);
  else {
    nested(f, x.dns_zone, p, "/dns_zone", 539, "DnsZone", v409, true);
    undeclaredProperties(f, x, p, 538, k108, false);
  }
}
function v414(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 541, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 542, 1, true);
    }
  }
}
function v413(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 540, "object", x);
  else {
    nested(f, x.nameservers, p, "/nameservers", 541, "array of string", v414, true);
    undeclaredProperties(f, x, p, 540, k109, false);
  }
}
function v415(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 543, "object", x);
  else {
    nested(f, x.dns_zone, p, "/dns_zone", 544, "DnsZone", v409, true);
    undeclaredProperties(f, x, p, 543, k108, false);
  }
}
function v418(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 546, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 547, 1, e110, true);
    typed(f, x.description, p, "/description", 548, 1, true);
    nested(f, x.detail, p, "/detail", 549, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 546, k4, false);
  }
}
function v417(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 545, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 545, "at least 1 property", x);
    nested(f, x.error, p, "/error", 546, "object", v418, true);
    undeclaredProperties(f, x, p, 545, k5, false);
  }
}
function v421(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 550, "object", x);
  else {
    typed(f, x.deleted, p, "/deleted", 551, 8, true);
    undeclaredProperties(f, x, p, 550, k111, false);
  }
}
function v422(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 552, "object", x);
  else {
    nested(f, x.dns_zone, p, "/dns_zone", 553, "DnsZone", v409, true);
    undeclaredProperties(f, x, p, 552, k108, false);
  }
}
function v424(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 554, "object", x);
  else {
    nested(f, x.dns_zone, p, "/dns_zone", 555, "DnsZone", v409, true);
    undeclaredProperties(f, x, p, 554, k108, false);
  }
}
function v427(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 557, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 558, 1, e112, true);
    typed(f, x.description, p, "/description", 559, 1, true);
    nested(f, x.detail, p, "/detail", 560, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 557, k4, false);
  }
}
function v426(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 556, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 556, "at least 1 property", x);
    nested(f, x.error, p, "/error", 557, "object", v427, true);
    undeclaredProperties(f, x, p, 556, k5, false);
  }
}
function v432(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 564, "object", x);
  else {
    typed(f, x.id, p, "/id", 565, 1, true);
    typed(f, x.name, p, "/name", 566, 1, true);
    typed(f, x.permalink, p, "/permalink", 567, 1, true);
    nested(f, x.country, p, "/country", 568, "NamedReference", v66, true);
    undeclaredProperties(f, x, p, 564, k113, false);
  }
}
function v431(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 562, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 563, "DataCenterSummary", v432, true);
    }
  }
}
function v430(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 561, "object", x);
  else {
    nested(f, x.data_centers, p, "/data_centers", 562, "array of DataCenterSummary", v431, true);
    undeclaredProperties(f, x, p, 561, k114, false);
  }
}
function v435(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 569, "object", x);
  else {
    nested(f, x.data_center, p, "/data_center", 570, "DataCenterSummary", v432, true);
    undeclaredProperties(f, x, p, 569, k115, false);
  }
}
function v437(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 357, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 357, "at least 1 property", x);
    nested(f, x.error, p, "/error", 358, "object", v284, true);
    undeclaredProperties(f, x, p, 357, k5, false);
  }
}
function v441(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 579, "object", x);
  else {
    typed(f, x.id, p, "/id", 580, 1, true);
    typed(f, x.name, p, "/name", 581, 1, true);
    typed(f, x.permalink, p, "/permalink", 582, 1, true);
    undeclaredProperties(f, x, p, 579, k116, false);
  }
}
function v440(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 573, "object", x);
  else {
    typed(f, x.id, p, "/id", 574, 1, true);
    typed(f, x.name, p, "/name", 575, 1, true);
    typed(f, x.permalink, p, "/permalink", 576, 17, true);
    typed(f, x.default, p, "/default", 577, 8, true);
    nested(f, x.data_center, p, "/data_center", 578, "PermalinkReference", v441, true);
    undeclaredProperties(f, x, p, 573, k117, false);
  }
}
function v439(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 571, "object", x);
  else {
    nested(f, x.network, p, "/network", 572, "AvailableNetwork", v440, true);
    undeclaredProperties(f, x, p, 571, k118, false);
  }
}
function v448(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 587, "object", x);
  else {
    typed(f, x.id, p, "/id", 588, 1, true);
    typed(f, x.name, p, "/name", 589, 1, true);
    typed(f, x.permalink, p, "/permalink", 590, 1, true);
    typed(f, x.speed_in_mb, p, "/speed_in_mb", 591, 20, true);
    typed(f, x.iops, p, "/iops", 592, 20, true);
    undeclaredProperties(f, x, p, 587, k119, false);
  }
}
function v447(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 585, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 586, "DiskIoProfile", v448, true);
    }
  }
}
function v445(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 583, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 584, "Pagination", v1, true);
    nested(f, x.disk_io_profiles, p, "/disk_io_profiles", 585, "array of DiskIoProfile", v447, true);
    undeclaredProperties(f, x, p, 583, k120, false);
  }
}
function v458(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 619, "object", x);
  else {
    typed(f, x.id, p, "/id", 620, 1, true);
    typed(f, x.name, p, "/name", 621, 1, true);
    typed(f, x.permalink, p, "/permalink", 622, 1, true);
    nested(f, x.country, p, "/country", 623, "Country", v377, true);
    undeclaredProperties(f, x, p, 619, k113, false);
  }
}
function v457(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 614, "object", x);
  else {
    typed(f, x.id, p, "/id", 615, 1, true);
    typed(f, x.name, p, "/name", 616, 1, true);
    typed(f, x.permalink, p, "/permalink", 617, 17, true);
    nested(f, x.data_center, p, "/data_center", 618, "DataCenter", v458, true);
    undeclaredProperties(f, x, p, 614, k122, false);
  }
}
function v465(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 485, "object", x);
  else {
    typed(f, x.id, p, "/id", 486, 1, true);
    typed(f, x.name, p, "/name", 487, 1, true);
    typed(f, x.iso_code2, p, "/iso_code2", 488, 1, true);
    typed(f, x.iso_code3, p, "/iso_code3", 489, 1, true);
    typed(f, x.time_zone, p, "/time_zone", 490, 17, true);
    typed(f, x.eu, p, "/eu", 491, 8, true);
  }
}
function v467(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 644, "null", x);
}
function v464(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 643, k95, false);
  }
  oneOf(f, p, 643, x, [v465, v467], true);
}
function v469(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 503, "object", x);
  else {
    typed(f, x.id, p, "/id", 504, 1, true);
    typed(f, x.name, p, "/name", 505, 1, true);
    typed(f, x.code, p, "/code", 506, 1, true);
    nested(f, x.country, p, "/country", 507, "Country", v377, true);
  }
}
function v471(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 646, "null", x);
}
function v468(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 645, k99, false);
  }
  oneOf(f, p, 645, x, [v469, v471], true);
}
function v462(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 625, "object", x);
  else {
    typed(f, x.id, p, "/id", 626, 1, true);
    typed(f, x.name, p, "/name", 627, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", 628, 1, true);
    typed(f, x.infrastructure_domain, p, "/infrastructure_domain", 629, 1, true);
    typed(f, x.created_at, p, "/created_at", 630, 4, true);
    typed(f, x.activated_at, p, "/activated_at", 631, 20, true);
    typed(f, x.suspended, p, "/suspended", 632, 8, true);
    typed(f, x.managed, p, "/managed", 633, 8, true);
    typed(f, x.billing_name, p, "/billing_name", 634, 17, true);
    typed(f, x.address1, p, "/address1", 635, 17, true);
    typed(f, x.address2, p, "/address2", 636, 17, true);
    typed(f, x.address3, p, "/address3", 637, 17, true);
    typed(f, x.address4, p, "/address4", 638, 17, true);
    typed(f, x.postcode, p, "/postcode", 639, 17, true);
    typed(f, x.vat_number, p, "/vat_number", 640, 17, true);
    typed(f, x.phone_number, p, "/phone_number", 641, 17, true);
    nested(f, x.currency, p, "/currency", 642, "Currency", v400, true);
    nested(f, x.country, p, "/country", 643, "one of Country, null", v464, true);
    nested(f, x.country_state, p, "/country_state", 645, "one of CountryState, null", v468, true);
    undeclaredProperties(f, x, p, 625, k123, false);
  }
}
function v474(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 648, "object", x);
  else {
    typed(f, x.id, p, "/id", 649, 1, true);
    typed(f, x.name, p, "/name", 650, 1, true);
    typed(f, x.segregate, p, "/segregate", 651, 8, true);
    typed(f, x.auto_segregate, p, "/auto_segregate", 652, 8, true);
    typed(f, x.created_at, p, "/created_at", 653, 4, true);
  }
}
function v476(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 654, "null", x);
}
function v473(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 647, k124, false);
  }
  oneOf(f, p, 647, x, [v474, v476], true);
}
function v480(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 667, "object", x);
  else {
    typed(f, x.url, p, "/url", 668, 1, true);
    typed(f, x.file_name, p, "/file_name", 669, 1, true);
    typed(f, x.file_type, p, "/file_type", 670, 1, true);
    typed(f, x.file_size, p, "/file_size", 671, 4, true);
    typed(f, x.digest, p, "/digest", 672, 1, true);
    typed(f, x.token, p, "/token", 673, 1, true);
  }
}
function v482(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 674, "null", x);
}
function v479(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 666, k127, false);
  }
  oneOf(f, p, 666, x, [v480, v482], true);
}
function v478(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 656, "object", x);
  else {
    typed(f, x.id, p, "/id", 657, 1, true);
    typed(f, x.name, p, "/name", 658, 1, true);
    typed(f, x.permalink, p, "/permalink", 659, 1, true);
    typed(f, x.cpu_cores, p, "/cpu_cores", 660, 4, true);
    typed(f, x.ipv4_addresses, p, "/ipv4_addresses", 661, 4, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 662, 4, true);
    typed(f, x.storage_in_gb, p, "/storage_in_gb", 663, 4, true);
    typed(f, x.monthly_bandwidth_allowance_in_gb, p, "/monthly_bandwidth_allowance_in_gb", 664, 20, true);
    enumerated(f, x.privacy, p, "/privacy", 665, 1, e126, true);
    nested(f, x.icon, p, "/icon", 666, "one of Attachment, null", v479, true);
    typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", 675, 8, true);
    nested(f, x.group, p, "/group", 676, "NamedReference", v66, true);
  }
}
function v485(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 677, "null", x);
}
function v477(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 655, k125, false);
  }
  oneOf(f, p, 655, x, [v478, v485], true);
}
function v492(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 687, "null", x);
}
function v490(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 686, k127, false);
  }
  oneOf(f, p, 686, x, [v480, v492], true);
}
function v489(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 683, "object", x);
  else {
    typed(f, x.id, p, "/id", 684, 1, true);
    typed(f, x.name, p, "/name", 685, 1, true);
    nested(f, x.badge, p, "/badge", 686, "one of Attachment, null", v490, true);
  }
}
function v494(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 688, "null", x);
}
function v488(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 682, k129, false);
  }
  oneOf(f, p, 682, x, [v489, v494], true);
}
function v487(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 679, "object", x);
  else {
    typed(f, x.id, p, "/id", 680, 1, true);
    typed(f, x.name, p, "/name", 681, 1, true);
    nested(f, x.operating_system, p, "/operating_system", 682, "one of OperatingSystem, null", v488, true);
  }
}
function v496(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 689, "null", x);
}
function v486(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 678, k128, false);
  }
  oneOf(f, p, 678, x, [v487, v496], true);
}
function v501(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 619, "object", x);
  else {
    typed(f, x.id, p, "/id", 620, 1, true);
    typed(f, x.name, p, "/name", 621, 1, true);
    typed(f, x.permalink, p, "/permalink", 622, 1, true);
    nested(f, x.country, p, "/country", 623, "Country", v377, true);
  }
}
function v503(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 703, "null", x);
}
function v500(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 702, k113, false);
  }
  oneOf(f, p, 702, x, [v501, v503], true);
}
function v499(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 701, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 702, "one of DataCenter, null", v500, true);
    }
  }
}
function v498(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 694, "object", x);
  else {
    typed(f, x.id, p, "/id", 695, 1, true);
    typed(f, x.name, p, "/name", 696, 1, true);
    typed(f, x.manufacturer, p, "/manufacturer", 697, 1, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 698, 4, true);
    typed(f, x.memory_type, p, "/memory_type", 699, 1, true);
    typed(f, x.permalink, p, "/permalink", 700, 1, true);
    nested(f, x.data_centers, p, "/data_centers", 701, "array of one of DataCenter, null", v499, true);
  }
}
function v505(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 704, "null", x);
}
function v497(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 693, k130, false);
  }
  oneOf(f, p, 693, x, [v498, v505], true);
}
function v508(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 694, "object", x);
  else {
    typed(f, x.id, p, "/id", 695, 1, true);
    typed(f, x.name, p, "/name", 696, 1, true);
    typed(f, x.manufacturer, p, "/manufacturer", 697, 1, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 698, 4, true);
    typed(f, x.memory_type, p, "/memory_type", 699, 1, true);
    typed(f, x.permalink, p, "/permalink", 700, 1, true);
    nested(f, x.data_centers, p, "/data_centers", 701, "array of one of DataCenter, null", v499, true);
    undeclaredProperties(f, x, p, 694, k130, false);
  }
}
function v507(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 707, "object", x);
  else {
    typed(f, x.id, p, "/id", 708, 17, true);
    enumerated(f, x.status, p, "/status", 709, 1, e131, true);
    enumerated(f, x.pending_action, p, "/pending_action", 710, 17, e132, true);
    typed(f, x.available, p, "/available", 711, 8, true);
    nested(f, x.type, p, "/type", 712, "GpuType", v508, true);
    undeclaredProperties(f, x, p, 707, k133, false);
  }
}
function v506(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 705, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 706, "VirtualMachineGpu", v507, true);
    }
  }
}
function v512(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 715, "object", x);
  else {
    typed(f, x.id, p, "/id", 716, 1, true);
    typed(f, x.name, p, "/name", 717, 1, true);
    enumerated(f, x.color, p, "/color", 718, 1, e134, true);
    typed(f, x.created_at, p, "/created_at", 719, 4, true);
    undeclaredProperties(f, x, p, 715, k135, false);
  }
}
function v511(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 713, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 714, "Tag", v512, true);
    }
  }
}
function v514(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 720, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 721, 1, true);
    }
  }
}
function v517(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 732, "object", x);
  else {
    typed(f, x.id, p, "/id", 733, 1, true);
    typed(f, x.name, p, "/name", 734, 1, true);
    typed(f, x.permalink, p, "/permalink", 735, 17, true);
    typed(f, x.default, p, "/default", 736, 8, false);
    nested(f, x.data_center, p, "/data_center", 737, "DataCenter", v458, true);
    undeclaredProperties(f, x, p, 732, k117, false);
  }
}
function v516(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 724, "object", x);
  else {
    typed(f, x.id, p, "/id", 725, 1, true);
    typed(f, x.address, p, "/address", 726, 1, true);
    typed(f, x.reverse_dns, p, "/reverse_dns", 727, 1, true);
    typed(f, x.vip, p, "/vip", 728, 8, true);
    typed(f, x.label, p, "/label", 729, 17, true);
    typed(f, x.address_with_mask, p, "/address_with_mask", 730, 1, true);
    nested(f, x.network, p, "/network", 731, "Network", v517, true);
    typed(f, x.allocation_id, p, "/allocation_id", 738, 17, true);
    typed(f, x.allocation_type, p, "/allocation_type", 739, 17, true);
    undeclaredProperties(f, x, p, 724, k136, false);
  }
}
function v515(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 722, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 723, "IpAddress", v516, true);
    }
  }
}
function v522(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 741, "object", x);
  else {
    typed(f, x.id, p, "/id", 742, 1, true);
    typed(f, x.name, p, "/name", 743, 1, true);
    typed(f, x.ip_address, p, "/ip_address", 744, 1, true);
  }
}
function v524(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 745, "null", x);
}
function v521(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 740, k137, false);
  }
  oneOf(f, p, 740, x, [v522, v524], true);
}
function v456(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 604, "object", x);
  else {
    typed(f, x.id, p, "/id", 605, 1, true);
    typed(f, x.name, p, "/name", 606, 1, true);
    typed(f, x.hostname, p, "/hostname", 607, 1, true);
    typed(f, x.fqdn, p, "/fqdn", 608, 1, true);
    typed(f, x.description, p, "/description", 609, 17, true);
    typed(f, x.created_at, p, "/created_at", 610, 4, true);
    typed(f, x.initial_root_password, p, "/initial_root_password", 611, 17, true);
    enumerated(f, x.state, p, "/state", 612, 1, e78, true);
    nested(f, x.zone, p, "/zone", 613, "Zone", v457, true);
    nested(f, x.organization, p, "/organization", 624, "Organization", v462, true);
    nested(f, x.group, p, "/group", 647, "one of VirtualMachineGroup, null", v473, true);
    nested(f, x.package, p, "/package", 655, "one of VirtualMachinePackage, null", v477, true);
    nested(f, x.attached_iso, p, "/attached_iso", 678, "one of Iso, null", v486, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 690, 20, true);
    typed(f, x.cpu_cores, p, "/cpu_cores", 691, 20, true);
    typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", 692, 24, true);
    nested(f, x.gpu_type, p, "/gpu_type", 693, "one of GpuType, null", v497, true);
    nested(f, x.gpus, p, "/gpus", 705, "array of VirtualMachineGpu", v506, true);
    nested(f, x.tags, p, "/tags", 713, "array of Tag", v511, true);
    nested(f, x.tag_names, p, "/tag_names", 720, "array of string", v514, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 722, "array of IpAddress", v515, true);
    nested(f, x.hypervisor, p, "/hypervisor", 740, "one of Hypervisor, null", v521, true);
  }
}
function v528(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 587, "object", x);
  else {
    typed(f, x.id, p, "/id", 588, 1, true);
    typed(f, x.name, p, "/name", 589, 1, true);
    typed(f, x.permalink, p, "/permalink", 590, 1, true);
    typed(f, x.speed_in_mb, p, "/speed_in_mb", 591, 20, true);
    typed(f, x.iops, p, "/iops", 592, 20, true);
  }
}
function v530(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 755, "null", x);
}
function v527(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 754, k119, false);
  }
  oneOf(f, p, 754, x, [v528, v530], true);
}
function v534(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 604, "object", x);
  else {
    typed(f, x.id, p, "/id", 605, 1, true);
    typed(f, x.name, p, "/name", 606, 1, true);
    typed(f, x.hostname, p, "/hostname", 607, 1, true);
    typed(f, x.fqdn, p, "/fqdn", 608, 1, true);
    typed(f, x.description, p, "/description", 609, 17, true);
    typed(f, x.created_at, p, "/created_at", 610, 4, true);
    typed(f, x.initial_root_password, p, "/initial_root_password", 611, 17, true);
    enumerated(f, x.state, p, "/state", 612, 1, e78, true);
    nested(f, x.zone, p, "/zone", 613, "Zone", v457, true);
    nested(f, x.organization, p, "/organization", 624, "Organization", v462, true);
    nested(f, x.group, p, "/group", 647, "one of VirtualMachineGroup, null", v473, true);
    nested(f, x.package, p, "/package", 655, "one of VirtualMachinePackage, null", v477, true);
    nested(f, x.attached_iso, p, "/attached_iso", 678, "one of Iso, null", v486, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 690, 20, true);
    typed(f, x.cpu_cores, p, "/cpu_cores", 691, 20, true);
    typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", 692, 24, true);
    nested(f, x.gpu_type, p, "/gpu_type", 693, "one of GpuType, null", v497, true);
    nested(f, x.gpus, p, "/gpus", 705, "array of VirtualMachineGpu", v506, true);
    nested(f, x.tags, p, "/tags", 713, "array of Tag", v511, true);
    nested(f, x.tag_names, p, "/tag_names", 720, "array of string", v514, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 722, "array of IpAddress", v515, true);
    nested(f, x.hypervisor, p, "/hypervisor", 740, "one of Hypervisor, null", v521, true);
    undeclaredProperties(f, x, p, 604, k142, false);
  }
}
function v542(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 766, "object", x);
  else {
    typed(f, x.id, p, "/id", 767, 1, true);
    typed(f, x.number, p, "/number", 768, 4, true);
    typed(f, x.stable, p, "/stable", 769, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 770, 4, true);
    nested(f, x.disk_template, p, "/disk_template", 771, "DiskTemplate", v540, true);
  }
}
function v545(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 780, "null", x);
}
function v541(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 779, k144, false);
  }
  oneOf(f, p, 779, x, [v542, v545], true);
}
function v548(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 782, "null", x);
}
function v546(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 781, k129, false);
  }
  oneOf(f, p, 781, x, [v489, v548], true);
}
function v540(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 772, "object", x);
  else {
    typed(f, x.id, p, "/id", 773, 1, true);
    typed(f, x.name, p, "/name", 774, 1, true);
    typed(f, x.description, p, "/description", 775, 17, true);
    typed(f, x.permalink, p, "/permalink", 776, 1, true);
    typed(f, x.universal, p, "/universal", 777, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 778, 20, true);
    nested(f, x.latest_version, p, "/latest_version", 779, "one of DiskTemplateVersion, null", v541, true);
    nested(f, x.operating_system, p, "/operating_system", 781, "one of OperatingSystem, null", v546, true);
    undeclaredProperties(f, x, p, 772, k145, false);
  }
}
function v539(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 766, "object", x);
  else {
    typed(f, x.id, p, "/id", 767, 1, true);
    typed(f, x.number, p, "/number", 768, 4, true);
    typed(f, x.stable, p, "/stable", 769, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 770, 4, true);
    nested(f, x.disk_template, p, "/disk_template", 771, "DiskTemplate", v540, true);
    undeclaredProperties(f, x, p, 766, k144, false);
  }
}
function v551(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 785, "object", x);
  else {
    typed(f, x.key, p, "/key", 786, 1, true);
    typed(f, x.label, p, "/label", 787, 1, true);
    typed(f, x.value, p, "/value", 788, 17, true);
    typed(f, x.description, p, "/description", 789, 17, true);
    typed(f, x.protect, p, "/protect", 790, 8, true);
    undeclaredProperties(f, x, p, 785, k146, false);
  }
}
function v550(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 783, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 784, "DiskInstallationAttribute", v551, true);
    }
  }
}
function v538(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 763, "object", x);
  else {
    typed(f, x.id, p, "/id", 764, 1, true);
    nested(f, x.disk_template_version, p, "/disk_template_version", 765, "DiskTemplateVersion", v539, true);
    nested(f, x.attributes, p, "/attributes", 783, "array of DiskInstallationAttribute", v550, true);
  }
}
function v554(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 791, "null", x);
}
function v537(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 762, k143, false);
  }
  oneOf(f, p, 762, x, [v538, v554], true);
}
function v536(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 746, "object", x);
  else {
    typed(f, x.id, p, "/id", 747, 1, true);
    typed(f, x.name, p, "/name", 748, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 749, 4, true);
    typed(f, x.wwn, p, "/wwn", 750, 1, true);
    enumerated(f, x.state, p, "/state", 751, 1, e138, true);
    typed(f, x.created_at, p, "/created_at", 752, 4, true);
    enumerated(f, x.storage_speed, p, "/storage_speed", 753, 1, e139, true);
    nested(f, x.io_profile, p, "/io_profile", 754, "one of DiskIoProfile, null", v527, true);
    enumerated(f, x.bus_type, p, "/bus_type", 756, 17, e140, true);
    nested(f, x.data_center, p, "/data_center", 757, "DataCenter", v458, true);
    nested(f, x.virtual_machine_disk, p, "/virtual_machine_disk", 758, "one of VirtualMachineDisk, null", v532, true);
    nested(f, x.installation, p, "/installation", 762, "one of DiskInstallation, null", v537, true);
    undeclaredProperties(f, x, p, 746, k147, false);
  }
}
function v533(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 759, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", 760, "BackupPolicyVirtualMachine", v534, true);
    nested(f, x.disk, p, "/disk", 761, "BackupPolicyDisk", v536, true);
    typed(f, x.attach_on_boot, p, "/attach_on_boot", 792, 8, true);
    typed(f, x.boot, p, "/boot", 793, 8, true);
    enumerated(f, x.state, p, "/state", 794, 1, e148, true);
  }
}
function v557(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 795, "null", x);
}
function v532(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 758, k141, false);
  }
  oneOf(f, p, 758, x, [v533, v557], true);
}
function v526(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 746, "object", x);
  else {
    typed(f, x.id, p, "/id", 747, 1, true);
    typed(f, x.name, p, "/name", 748, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 749, 4, true);
    typed(f, x.wwn, p, "/wwn", 750, 1, true);
    enumerated(f, x.state, p, "/state", 751, 1, e138, true);
    typed(f, x.created_at, p, "/created_at", 752, 4, true);
    enumerated(f, x.storage_speed, p, "/storage_speed", 753, 1, e139, true);
    nested(f, x.io_profile, p, "/io_profile", 754, "one of DiskIoProfile, null", v527, true);
    enumerated(f, x.bus_type, p, "/bus_type", 756, 17, e140, true);
    nested(f, x.data_center, p, "/data_center", 757, "DataCenter", v458, true);
    nested(f, x.virtual_machine_disk, p, "/virtual_machine_disk", 758, "one of VirtualMachineDisk, null", v532, true);
    nested(f, x.installation, p, "/installation", 762, "one of DiskInstallation, null", v537, true);
  }
}
function v455(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 603, k121, false);
  }
  oneOf(f, p, 603, x, [v456, v526], true);
}
function v454(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 602, "object", x);
  else {
    nested(f, x.target, p, "/target", 603, "one of BackupPolicyVirtualMachine, BackupPolicyDisk", v455, true);
    undeclaredProperties(f, x, p, 602, k149, false);
  }
}
function v560(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 797, "object", x);
  else {
    enumerated(f, x.interval, p, "/interval", 798, 1, e150, true);
    typed(f, x.next_invocation_at, p, "/next_invocation_at", 799, 4, true);
    undeclaredProperties(f, x, p, 797, k151, false);
  }
}
function v453(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 597, "object", x);
  else {
    typed(f, x.id, p, "/id", 598, 1, true);
    typed(f, x.retention, p, "/retention", 599, 4, true);
    typed(f, x.total_size, p, "/total_size", 600, 2, true);
    nested(f, x.target, p, "/target", 601, "DiskBackupPolicyTarget", v454, true);
    nested(f, x.schedule, p, "/schedule", 796, "ScheduleReference", v560, true);
    undeclaredProperties(f, x, p, 597, k152, false);
  }
}
function v452(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 595, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 596, "DiskBackupPolicySummary", v453, true);
    }
  }
}
function v450(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 593, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 594, "Pagination", v1, true);
    nested(f, x.disk_backup_policies, p, "/disk_backup_policies", 595, "array of DiskBackupPolicySummary", v452, true);
    undeclaredProperties(f, x, p, 593, k153, false);
  }
}
function v565(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 802, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 803, "DiskBackupPolicySummary", v453, true);
    }
  }
}
function v563(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 800, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 801, "Pagination", v1, true);
    nested(f, x.disk_backup_policies, p, "/disk_backup_policies", 802, "array of DiskBackupPolicySummary", v565, true);
    undeclaredProperties(f, x, p, 800, k153, false);
  }
}
function v570(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 812, "object", x);
  else {
    typed(f, x.frequency, p, "/frequency", 813, 4, true);
    enumerated(f, x.interval, p, "/interval", 814, 1, e150, true);
    typed(f, x.minute, p, "/minute", 815, 4, true);
    typed(f, x.next_invocation_at, p, "/next_invocation_at", 816, 4, true);
    typed(f, x.time, p, "/time", 817, 4, true);
    undeclaredProperties(f, x, p, 812, k154, false);
  }
}
function v568(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 806, "object", x);
  else {
    typed(f, x.id, p, "/id", 807, 1, true);
    typed(f, x.retention, p, "/retention", 808, 4, true);
    typed(f, x.total_size, p, "/total_size", 809, 2, true);
    nested(f, x.target, p, "/target", 810, "DiskBackupPolicyTarget", v454, true);
    nested(f, x.schedule, p, "/schedule", 811, "Schedule", v570, true);
    typed(f, x.auto_move_to_trash_at, p, "/auto_move_to_trash_at", 818, 20, true);
    undeclaredProperties(f, x, p, 806, k155, false);
  }
}
function v567(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 804, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", 805, "DiskBackupPolicy", v568, true);
    undeclaredProperties(f, x, p, 804, k156, false);
  }
}
function v575(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 821, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 822, "DiskBackupPolicySummary", v453, true);
    }
  }
}
function v573(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 819, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 820, "Pagination", v1, true);
    nested(f, x.disk_backup_policies, p, "/disk_backup_policies", 821, "array of DiskBackupPolicySummary", v575, true);
    undeclaredProperties(f, x, p, 819, k153, false);
  }
}
function v578(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 824, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 825, 1, e157, true);
    typed(f, x.description, p, "/description", 826, 1, true);
    nested(f, x.detail, p, "/detail", 827, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 824, k4, false);
  }
}
function v577(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 823, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 823, "at least 1 property", x);
    nested(f, x.error, p, "/error", 824, "object", v578, true);
    undeclaredProperties(f, x, p, 823, k5, false);
  }
}
function v581(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 828, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", 829, "DiskBackupPolicy", v568, true);
    undeclaredProperties(f, x, p, 828, k156, false);
  }
}
function v583(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 830, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", 831, "DiskBackupPolicy", v568, true);
    undeclaredProperties(f, x, p, 830, k156, false);
  }
}
function v586(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 833, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 834, 1, e158, true);
    typed(f, x.description, p, "/description", 835, 1, true);
    nested(f, x.detail, p, "/detail", 836, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 833, k4, false);
  }
}
function v585(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 832, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 832, "at least 1 property", x);
    nested(f, x.error, p, "/error", 833, "object", v586, true);
    undeclaredProperties(f, x, p, 832, k5, false);
  }
}
function v590(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 839, "object", x);
  else {
    typed(f, x.id, p, "/id", 840, 1, true);
    undeclaredProperties(f, x, p, 839, k159, false);
  }
}
function v589(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 837, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", 838, "IdReference", v590, true);
    undeclaredProperties(f, x, p, 837, k156, false);
  }
}
function v595(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 847, "object", x);
}
function v593(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 843, "object", x);
  else {
    typed(f, x.id, p, "/id", 844, 1, true);
    typed(f, x.retention, p, "/retention", 845, 4, true);
    nested(f, x.target, p, "/target", 846, "DiskBackupPolicyTarget", v454, true);
    nested(f, x.schedule, p, "/schedule", 847, "object", v595, true);
    undeclaredProperties(f, x, p, 843, k160, false);
  }
}
function v592(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 841, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", 842, "DiskBackupPolicyUpdate", v593, true);
    undeclaredProperties(f, x, p, 841, k156, false);
  }
}
function v598(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 850, "object", x);
  else {
    typed(f, x.id, p, "/id", 851, 1, true);
    nested(f, x.target, p, "/target", 852, "DiskBackupPolicyTarget", v454, true);
    typed(f, x.auto_move_to_trash_at, p, "/auto_move_to_trash_at", 853, 20, true);
    undeclaredProperties(f, x, p, 850, k161, false);
  }
}
function v597(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 848, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", 849, "DiskBackupPolicyScheduledDeletion", v598, true);
    undeclaredProperties(f, x, p, 848, k156, false);
  }
}
function v604(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 856, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 857, 1, e162, true);
    typed(f, x.description, p, "/description", 858, 1, true);
    nested(f, x.detail, p, "/detail", 859, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 856, k4, false);
  }
}
function v603(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 855, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 855, "at least 1 property", x);
    nested(f, x.error, p, "/error", 856, "object", v604, true);
  }
}
function v601(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 854, k5, false);
  }
  oneOf(f, p, 854, x, [v316, v603], true);
}
function v611(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 865, "object", x);
  else {
    typed(f, x.id, p, "/id", 866, 1, true);
    typed(f, x.number, p, "/number", 867, 4, true);
    typed(f, x.stable, p, "/stable", 868, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 869, 4, true);
    undeclaredProperties(f, x, p, 865, k163, false);
  }
}
function v610(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 863, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 864, "DiskTemplateVersionSummary", v611, true);
    }
  }
}
function v607(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 860, "object", x);
  else {
    nested(f, x.disk_template, p, "/disk_template", 861, "PermalinkReference", v441, true);
    nested(f, x.pagination, p, "/pagination", 862, "Pagination", v1, true);
    nested(f, x.disk_template_versions, p, "/disk_template_versions", 863, "array of DiskTemplateVersionSummary", v610, true);
    undeclaredProperties(f, x, p, 860, k164, false);
  }
}
function v613(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 367, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 367, "at least 1 property", x);
    nested(f, x.error, p, "/error", 368, "object", v292, true);
    undeclaredProperties(f, x, p, 367, k5, false);
  }
}
function v616(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 872, "object", x);
  else {
    typed(f, x.id, p, "/id", 873, 1, true);
    typed(f, x.number, p, "/number", 874, 4, true);
    typed(f, x.stable, p, "/stable", 875, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 876, 4, true);
    nested(f, x.disk_template, p, "/disk_template", 877, "PermalinkReference", v441, true);
    undeclaredProperties(f, x, p, 872, k144, false);
  }
}
function v615(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 870, "object", x);
  else {
    nested(f, x.disk_template_version, p, "/disk_template_version", 871, "DiskTemplateVersionDetail", v616, true);
    undeclaredProperties(f, x, p, 870, k165, false);
  }
}
function v620(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 879, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 880, 1, e166, true);
    typed(f, x.description, p, "/description", 881, 1, true);
    nested(f, x.detail, p, "/detail", 882, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 879, k4, false);
  }
}
function v619(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 878, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 878, "at least 1 property", x);
    nested(f, x.error, p, "/error", 879, "object", v620, true);
    undeclaredProperties(f, x, p, 878, k5, false);
  }
}
function v627(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 889, "object", x);
  else {
    typed(f, x.name, p, "/name", 890, 1, true);
    enumerated(f, x.type, p, "/type", 891, 1, e167, true);
    typed(f, x.label, p, "/label", 892, 1, true);
    typed(f, x.description, p, "/description", 893, 17, true);
    typed(f, x.required, p, "/required", 894, 8, true);
    typed(f, x.placeholder, p, "/placeholder", 895, 17, true);
    typed(f, x.prefill, p, "/prefill", 896, 17, true);
    undeclaredProperties(f, x, p, 889, k168, false);
  }
}
function v626(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 887, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 888, "TemplateSpecField", v627, true);
    }
  }
}
function v625(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 886, "object", x);
  else {
    nested(f, x.fields, p, "/fields", 887, "array of TemplateSpecField", v626, true);
    undeclaredProperties(f, x, p, 886, k169, false);
  }
}
function v623(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 883, "object", x);
  else {
    nested(f, x.disk_template_version, p, "/disk_template_version", 884, "DiskTemplateVersionDetail", v616, true);
    nested(f, x.spec, p, "/spec", 885, "TemplateSpec", v625, true);
    undeclaredProperties(f, x, p, 883, k170, false);
  }
}
function v635(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 909, "object", x);
  else {
    typed(f, x.id, p, "/id", 910, 1, true);
    typed(f, x.number, p, "/number", 911, 4, true);
  }
}
function v637(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 912, "null", x);
}
function v634(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 908, k171, false);
  }
  oneOf(f, p, 908, x, [v635, v637], true);
}
function v639(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 100, "object", x);
  else {
    typed(f, x.id, p, "/id", 101, 1, true);
    typed(f, x.name, p, "/name", 102, 1, true);
  }
}
function v641(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 914, "null", x);
}
function v638(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 913, k24, false);
  }
  oneOf(f, p, 913, x, [v639, v641], true);
}
function v633(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 901, "object", x);
  else {
    typed(f, x.id, p, "/id", 902, 1, true);
    typed(f, x.name, p, "/name", 903, 1, true);
    typed(f, x.description, p, "/description", 904, 17, true);
    typed(f, x.permalink, p, "/permalink", 905, 1, true);
    typed(f, x.universal, p, "/universal", 906, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 907, 20, true);
    nested(f, x.latest_version, p, "/latest_version", 908, "one of DiskTemplateVersionReference, null", v634, true);
    nested(f, x.operating_system, p, "/operating_system", 913, "one of NamedReference, null", v638, true);
    undeclaredProperties(f, x, p, 901, k145, false);
  }
}
function v632(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 899, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 900, "DiskTemplateSummary", v633, true);
    }
  }
}
function v630(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 897, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 898, "Pagination", v1, true);
    nested(f, x.disk_templates, p, "/disk_templates", 899, "array of DiskTemplateSummary", v632, true);
    undeclaredProperties(f, x, p, 897, k172, false);
  }
}
function v646(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 917, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 918, 1, e173, true);
    typed(f, x.description, p, "/description", 919, 1, true);
    nested(f, x.detail, p, "/detail", 920, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 917, k4, false);
  }
}
function v645(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 916, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 916, "at least 1 property", x);
    nested(f, x.error, p, "/error", 917, "object", v646, true);
  }
}
function v643(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 915, k5, false);
  }
  oneOf(f, p, 915, x, [v106, v645], true);
}
function v652(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 839, "object", x);
  else {
    typed(f, x.id, p, "/id", 840, 1, true);
  }
}
function v654(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 931, "null", x);
}
function v651(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 930, k159, false);
  }
  oneOf(f, p, 930, x, [v652, v654], true);
}
function v657(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 933, "null", x);
}
function v655(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 932, k129, false);
  }
  oneOf(f, p, 932, x, [v489, v657], true);
}
function v650(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 923, "object", x);
  else {
    typed(f, x.id, p, "/id", 924, 1, true);
    typed(f, x.name, p, "/name", 925, 1, true);
    typed(f, x.description, p, "/description", 926, 17, true);
    typed(f, x.permalink, p, "/permalink", 927, 1, true);
    typed(f, x.universal, p, "/universal", 928, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 929, 20, true);
    nested(f, x.latest_version, p, "/latest_version", 930, "one of IdReference, null", v651, true);
    nested(f, x.operating_system, p, "/operating_system", 932, "one of OperatingSystem, null", v655, true);
    undeclaredProperties(f, x, p, 923, k145, false);
  }
}
function v649(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 921, "object", x);
  else {
    nested(f, x.disk_template, p, "/disk_template", 922, "DiskTemplateDetail", v650, true);
    undeclaredProperties(f, x, p, 921, k174, false);
  }
}
function v665(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 947, "object", x);
  else {
    typed(f, x.id, p, "/id", 948, 1, true);
    typed(f, x.fqdn, p, "/fqdn", 949, 1, true);
    undeclaredProperties(f, x, p, 947, k176, false);
  }
}
function v664(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 945, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", 946, "VirtualMachineReference", v665, true);
  }
}
function v668(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 950, "null", x);
}
function v663(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 944, k175, false);
  }
  oneOf(f, p, 944, x, [v664, v668], true);
}
function v662(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 938, "object", x);
  else {
    typed(f, x.id, p, "/id", 939, 1, true);
    typed(f, x.name, p, "/name", 940, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 941, 4, true);
    typed(f, x.wwn, p, "/wwn", 942, 1, true);
    enumerated(f, x.state, p, "/state", 943, 1, e138, true);
    nested(f, x.virtual_machine_disk, p, "/virtual_machine_disk", 944, "one of VirtualMachineDiskReference, null", v663, true);
    undeclaredProperties(f, x, p, 938, k177, false);
  }
}
function v661(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 936, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 937, "DiskSummary", v662, true);
    }
  }
}
function v659(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 934, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 935, "Pagination", v1, true);
    nested(f, x.disk, p, "/disk", 936, "array of DiskSummary", v661, true);
    undeclaredProperties(f, x, p, 934, k178, false);
  }
}
function v674(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 962, "null", x);
}
function v672(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 961, k119, false);
  }
  oneOf(f, p, 961, x, [v528, v674], true);
}
function v677(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 966, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", 967, "VirtualMachineReference", v665, true);
    typed(f, x.attach_on_boot, p, "/attach_on_boot", 968, 8, true);
    typed(f, x.boot, p, "/boot", 969, 8, true);
    enumerated(f, x.state, p, "/state", 970, 1, e148, true);
  }
}
function v680(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 971, "null", x);
}
function v676(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 965, k179, false);
  }
  oneOf(f, p, 965, x, [v677, v680], true);
}
function v683(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 973, "null", x);
}
function v681(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 972, k143, false);
  }
  oneOf(f, p, 972, x, [v538, v683], true);
}
function v671(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 953, "object", x);
  else {
    typed(f, x.id, p, "/id", 954, 1, true);
    typed(f, x.name, p, "/name", 955, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 956, 4, true);
    typed(f, x.wwn, p, "/wwn", 957, 1, true);
    enumerated(f, x.state, p, "/state", 958, 1, e138, true);
    typed(f, x.created_at, p, "/created_at", 959, 4, true);
    enumerated(f, x.storage_speed, p, "/storage_speed", 960, 1, e139, true);
    nested(f, x.io_profile, p, "/io_profile", 961, "one of DiskIoProfile, null", v672, true);
    enumerated(f, x.bus_type, p, "/bus_type", 963, 17, e140, true);
    nested(f, x.data_center, p, "/data_center", 964, "PermalinkReference", v441, true);
    nested(f, x.virtual_machine_disk, p, "/virtual_machine_disk", 965, "one of VirtualMachineDiskSummary, null", v676, true);
    nested(f, x.installation, p, "/installation", 972, "one of DiskInstallation, null", v681, true);
    undeclaredProperties(f, x, p, 953, k147, false);
  }
}
function v685(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 975, "object", x);
  else {
    typed(f, x.id, p, "/id", 976, 1, true);
    typed(f, x.name, p, "/name", 977, 1, true);
    nested(f, x.status, p, "/status", 978, "TaskStatus", v256, true);
    typed(f, x.created_at, p, "/created_at", 979, 4, true);
    typed(f, x.started_at, p, "/started_at", 980, 20, true);
    typed(f, x.finished_at, p, "/finished_at", 981, 20, true);
    typed(f, x.progress, p, "/progress", 982, 4, true);
    undeclaredProperties(f, x, p, 975, k180, false);
  }
}
function v688(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 983, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 984, "KeyValue", v58, true);
    }
  }
}
function v670(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 951, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 952, "Disk", v671, true);
    nested(f, x.task, p, "/task", 974, "Task", v685, true);
    nested(f, x.annotations, p, "/annotations", 983, "array of KeyValue", v688, true);
    undeclaredProperties(f, x, p, 951, k181, false);
  }
}
function v692(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 987, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 988, "KeyValue", v58, true);
    }
  }
}
function v690(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 985, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 986, "Disk", v671, true);
    nested(f, x.annotations, p, "/annotations", 987, "array of KeyValue", v692, true);
    undeclaredProperties(f, x, p, 985, k182, false);
  }
}
function v696(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 161, "object", x);
  else {
    typed(f, x.id, p, "/id", 162, 1, true);
    typed(f, x.keep_until, p, "/keep_until", 163, 4, true);
    typed(f, x.object_id, p, "/object_id", 164, 1, true);
    typed(f, x.object_type, p, "/object_type", 165, 1, true);
    undeclaredProperties(f, x, p, 161, k35, false);
  }
}
function v694(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 989, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 990, "Disk", v671, true);
    nested(f, x.trash_object, p, "/trash_object", 991, "TrashObject", v696, true);
    undeclaredProperties(f, x, p, 989, k183, false);
  }
}
function v700(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 994, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 995, "KeyValue", v58, true);
    }
  }
}
function v698(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 992, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 993, "Disk", v671, true);
    nested(f, x.annotations, p, "/annotations", 994, "array of KeyValue", v700, true);
    undeclaredProperties(f, x, p, 992, k182, false);
  }
}
function v704(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 998, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 999, 1, e184, true);
    typed(f, x.description, p, "/description", 1000, 1, true);
    nested(f, x.detail, p, "/detail", 1001, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 998, k4, false);
  }
}
function v703(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 997, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 997, "at least 1 property", x);
    nested(f, x.error, p, "/error", 998, "object", v704, true);
  }
}
function v702(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 996, k5, false);
  }
  oneOf(f, p, 996, x, [v703, v152], true);
}
function v708(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1002, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 1003, "Disk", v671, true);
    undeclaredProperties(f, x, p, 1002, k185, false);
  }
}
function v711(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 823, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 823, "at least 1 property", x);
    nested(f, x.error, p, "/error", 824, "object", v578, true);
  }
}
function v713(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 467, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 467, "at least 1 property", x);
    nested(f, x.error, p, "/error", 468, "object", v362, true);
  }
}
function v710(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1004, k5, false);
  }
  oneOf(f, p, 1004, x, [v711, v713], true);
}
function v718(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1010, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1011, 1, true);
    }
  }
}
function v717(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1009, "object", x);
  else {
    nested(f, x.errors, p, "/errors", 1010, "array of string", v718, false);
    undeclaredProperties(f, x, p, 1009, k23, false);
  }
}
function v716(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1006, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1007, 1, e186, true);
    typed(f, x.description, p, "/description", 1008, 1, true);
    nested(f, x.detail, p, "/detail", 1009, "object", v717, true);
    undeclaredProperties(f, x, p, 1006, k4, false);
  }
}
function v715(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1005, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1005, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1006, "object", v716, true);
    undeclaredProperties(f, x, p, 1005, k5, false);
  }
}
function v720(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1012, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 1013, "Disk", v671, true);
    undeclaredProperties(f, x, p, 1012, k185, false);
  }
}
function v725(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1019, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1020, 1, true);
    }
  }
}
function v724(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1018, "object", x);
  else {
    nested(f, x.errors, p, "/errors", 1019, "array of string", v725, false);
    undeclaredProperties(f, x, p, 1018, k23, false);
  }
}
function v723(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1015, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1016, 1, e187, true);
    typed(f, x.description, p, "/description", 1017, 1, true);
    nested(f, x.detail, p, "/detail", 1018, "object", v724, true);
    undeclaredProperties(f, x, p, 1015, k4, false);
  }
}
function v722(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1014, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1014, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1015, "object", v723, true);
    undeclaredProperties(f, x, p, 1014, k5, false);
  }
}
function v727(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1021, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 1022, "Disk", v671, true);
    nested(f, x.task, p, "/task", 1023, "Task", v685, true);
    undeclaredProperties(f, x, p, 1021, k188, false);
  }
}
function v732(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 178, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 178, "at least 1 property", x);
    nested(f, x.error, p, "/error", 179, "object", v135, true);
  }
}
function v730(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1024, k5, false);
  }
  oneOf(f, p, 1024, x, [v366, v732], true);
}
function v734(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 997, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 997, "at least 1 property", x);
    nested(f, x.error, p, "/error", 998, "object", v704, true);
    undeclaredProperties(f, x, p, 997, k5, false);
  }
}
function v736(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1025, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 1026, "Disk", v671, true);
    nested(f, x.task, p, "/task", 1027, "Task", v685, true);
    undeclaredProperties(f, x, p, 1025, k188, false);
  }
}
function v739(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1028, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 1029, "Disk", v671, true);
    nested(f, x.task, p, "/task", 1030, "Task", v685, true);
    undeclaredProperties(f, x, p, 1028, k188, false);
  }
}
function v742(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1031, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 1032, "Disk", v671, true);
    nested(f, x.task, p, "/task", 1033, "Task", v685, true);
    undeclaredProperties(f, x, p, 1031, k188, false);
  }
}
function v748(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1036, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1037, 1, e189, true);
    typed(f, x.description, p, "/description", 1038, 1, true);
    nested(f, x.detail, p, "/detail", 1039, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1036, k4, false);
  }
}
function v747(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1035, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1035, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1036, "object", v748, true);
  }
}
function v745(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1034, k5, false);
  }
  oneOf(f, p, 1034, x, [v711, v747], true);
}
function v755(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1046, "object", x);
  else {
    typed(f, x.id, p, "/id", 1047, 1, true);
    typed(f, x.name, p, "/name", 1048, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", 1049, 4, true);
    typed(f, x.wwn, p, "/wwn", 1050, 1, true);
    enumerated(f, x.state, p, "/state", 1051, 1, e138, true);
    typed(f, x.created_at, p, "/created_at", 1052, 4, true);
    undeclaredProperties(f, x, p, 1046, k190, false);
  }
}
function v754(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1044, "object", x);
  else {
    nested(f, x.disk, p, "/disk", 1045, "DiskReference", v755, true);
    typed(f, x.attach_on_boot, p, "/attach_on_boot", 1053, 8, true);
    typed(f, x.boot, p, "/boot", 1054, 8, true);
    enumerated(f, x.state, p, "/state", 1055, 1, e148, true);
    undeclaredProperties(f, x, p, 1044, k191, false);
  }
}
function v753(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1042, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1043, "VirtualMachineDiskAttachment", v754, true);
    }
  }
}
function v751(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1040, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1041, "Pagination", v1, true);
    nested(f, x.disks, p, "/disks", 1042, "array of VirtualMachineDiskAttachment", v753, true);
    undeclaredProperties(f, x, p, 1040, k192, false);
  }
}
function v763(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1064, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1065, 1, true);
    }
  }
}
function v761(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1060, "object", x);
  else {
    typed(f, x.id, p, "/id", 1061, 1, true);
    typed(f, x.name, p, "/name", 1062, 1, true);
    nested(f, x.data_center, p, "/data_center", 1063, "PermalinkReference", v441, true);
    nested(f, x.associations, p, "/associations", 1064, "array of string", v763, true);
    enumerated(f, x.state, p, "/state", 1066, 1, e193, true);
    typed(f, x.nfs_location, p, "/nfs_location", 1067, 17, true);
    typed(f, x.size, p, "/size", 1068, 20, true);
    undeclaredProperties(f, x, p, 1060, k194, false);
  }
}
function v760(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1058, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1059, "FileStorageVolumeSummary", v761, true);
    }
  }
}
function v758(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1056, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1057, "Pagination", v1, true);
    nested(f, x.file_storage_volumes, p, "/file_storage_volumes", 1058, "array of FileStorageVolumeSummary", v760, true);
    undeclaredProperties(f, x, p, 1056, k195, false);
  }
}
function v767(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1071, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1072, "KeyValue", v58, true);
    }
  }
}
function v765(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1069, "object", x);
  else {
    nested(f, x.file_storage_volume, p, "/file_storage_volume", 1070, "FileStorageVolumeSummary", v761, true);
    nested(f, x.annotations, p, "/annotations", 1071, "array of KeyValue", v767, true);
    undeclaredProperties(f, x, p, 1069, k196, false);
  }
}
function v771(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1075, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1076, "KeyValue", v58, true);
    }
  }
}
function v769(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1073, "object", x);
  else {
    nested(f, x.file_storage_volume, p, "/file_storage_volume", 1074, "FileStorageVolumeSummary", v761, true);
    nested(f, x.annotations, p, "/annotations", 1075, "array of KeyValue", v771, true);
    undeclaredProperties(f, x, p, 1073, k196, false);
  }
}
function v774(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1078, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1079, 1, e197, true);
    typed(f, x.description, p, "/description", 1080, 1, true);
    nested(f, x.detail, p, "/detail", 1081, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1078, k4, false);
  }
}
function v773(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1077, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1077, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1078, "object", v774, true);
    undeclaredProperties(f, x, p, 1077, k5, false);
  }
}
function v777(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1082, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", 1083, "TrashObject", v696, true);
    nested(f, x.file_storage_volume, p, "/file_storage_volume", 1084, "FileStorageVolumeSummary", v761, true);
    undeclaredProperties(f, x, p, 1082, k198, false);
  }
}
function v782(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1087, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1088, "KeyValue", v58, true);
    }
  }
}
function v780(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1085, "object", x);
  else {
    nested(f, x.file_storage_volume, p, "/file_storage_volume", 1086, "FileStorageVolumeSummary", v761, true);
    nested(f, x.annotations, p, "/annotations", 1087, "array of KeyValue", v782, true);
    undeclaredProperties(f, x, p, 1085, k196, false);
  }
}
function v790(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 579, "object", x);
  else {
    typed(f, x.id, p, "/id", 580, 1, true);
    typed(f, x.name, p, "/name", 581, 1, true);
    typed(f, x.permalink, p, "/permalink", 582, 1, true);
  }
}
function v792(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1102, "null", x);
}
function v789(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1101, k116, false);
  }
  oneOf(f, p, 1101, x, [v790, v792], true);
}
function v788(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1100, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1101, "one of PermalinkReference, null", v789, true);
    }
  }
}
function v787(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1093, "object", x);
  else {
    typed(f, x.id, p, "/id", 1094, 1, true);
    typed(f, x.name, p, "/name", 1095, 1, true);
    typed(f, x.manufacturer, p, "/manufacturer", 1096, 1, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 1097, 4, true);
    typed(f, x.memory_type, p, "/memory_type", 1098, 1, true);
    typed(f, x.permalink, p, "/permalink", 1099, 1, true);
    nested(f, x.data_centers, p, "/data_centers", 1100, "array of one of PermalinkReference, null", v788, true);
    undeclaredProperties(f, x, p, 1093, k130, false);
  }
}
function v786(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1091, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1092, "GpuTypeDetail", v787, true);
    }
  }
}
function v784(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1089, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1090, "Pagination", v1, true);
    nested(f, x.gpu_types, p, "/gpu_types", 1091, "array of GpuTypeDetail", v786, true);
    undeclaredProperties(f, x, p, 1089, k199, false);
  }
}
function v794(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1103, "object", x);
  else {
    nested(f, x.gpu_type, p, "/gpu_type", 1104, "GpuTypeDetail", v787, true);
    undeclaredProperties(f, x, p, 1103, k200, false);
  }
}
function v797(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1106, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1107, 1, e201, true);
    typed(f, x.description, p, "/description", 1108, 1, true);
    nested(f, x.detail, p, "/detail", 1109, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1106, k4, false);
  }
}
function v796(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1105, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1105, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1106, "object", v797, true);
    undeclaredProperties(f, x, p, 1105, k5, false);
  }
}
function v803(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1114, "object", x);
  else {
    typed(f, x.id, p, "/id", 1115, 1, true);
    typed(f, x.name, p, "/name", 1116, 1, true);
    typed(f, x.manufacturer, p, "/manufacturer", 1117, 1, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 1118, 4, true);
    typed(f, x.memory_type, p, "/memory_type", 1119, 1, true);
    typed(f, x.permalink, p, "/permalink", 1120, 1, true);
    undeclaredProperties(f, x, p, 1114, k202, false);
  }
}
function v802(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1112, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1113, "GpuTypeSummary", v803, true);
    }
  }
}
function v800(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1110, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1111, "Pagination", v1, true);
    nested(f, x.gpu_types, p, "/gpu_types", 1112, "array of GpuTypeSummary", v802, true);
    undeclaredProperties(f, x, p, 1110, k199, false);
  }
}
function v808(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1125, "object", x);
  else {
    typed(f, x.id, p, "/id", 1126, 1, true);
    typed(f, x.address, p, "/address", 1127, 1, true);
    typed(f, x.reverse_dns, p, "/reverse_dns", 1128, 1, true);
    typed(f, x.vip, p, "/vip", 1129, 8, true);
    typed(f, x.allocation_id, p, "/allocation_id", 1130, 17, true);
    typed(f, x.allocation_type, p, "/allocation_type", 1131, 17, true);
    undeclaredProperties(f, x, p, 1125, k203, false);
  }
}
function v807(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1123, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1124, "IpAddressSummary", v808, true);
    }
  }
}
function v805(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1121, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1122, "Pagination", v1, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 1123, "array of IpAddressSummary", v807, true);
    undeclaredProperties(f, x, p, 1121, k204, false);
  }
}
function v810(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1132, "object", x);
  else {
    nested(f, x.ip_address, p, "/ip_address", 1133, "IpAddress", v516, true);
    undeclaredProperties(f, x, p, 1132, k7, false);
  }
}
function v813(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1134, k5, false);
  }
  oneOf(f, p, 1134, x, [v106, v295], true);
}
function v817(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 79, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 79, "at least 1 property", x);
    nested(f, x.error, p, "/error", 80, "object", v52, true);
  }
}
function v820(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1137, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1138, 1, e205, true);
    typed(f, x.description, p, "/description", 1139, 1, true);
    nested(f, x.detail, p, "/detail", 1140, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1137, k4, false);
  }
}
function v819(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1136, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1136, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1137, "object", v820, true);
  }
}
function v816(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1135, k5, false);
  }
  oneOf(f, p, 1135, x, [v817, v819], true);
}
function v827(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1144, "null", x);
}
function v825(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1143, k24, false);
  }
  oneOf(f, p, 1143, x, [v639, v827], true);
}
function v823(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1141, "object", x);
  else {
    nested(f, x.ip_address, p, "/ip_address", 1142, "IpAddress", v516, true);
    nested(f, x.allocation, p, "/allocation", 1143, "one of NamedReference, null", v825, true);
    undeclaredProperties(f, x, p, 1141, k206, false);
  }
}
function v829(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1146, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1147, 1, e207, true);
    typed(f, x.description, p, "/description", 1148, 1, true);
    nested(f, x.detail, p, "/detail", 1149, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1146, k4, false);
  }
}
function v828(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1145, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1145, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1146, "object", v829, true);
    undeclaredProperties(f, x, p, 1145, k5, false);
  }
}
function v834(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1151, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1152, 1, e208, true);
    typed(f, x.description, p, "/description", 1153, 1, true);
    nested(f, x.detail, p, "/detail", 1154, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1151, k4, false);
  }
}
function v833(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1150, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1150, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1151, "object", v834, true);
    undeclaredProperties(f, x, p, 1150, k5, false);
  }
}
function v840(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1156, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1157, 1, e209, true);
    typed(f, x.description, p, "/description", 1158, 1, true);
    nested(f, x.detail, p, "/detail", 1159, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1156, k4, false);
  }
}
function v839(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1155, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1155, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1156, "object", v840, true);
    undeclaredProperties(f, x, p, 1155, k5, false);
  }
}
function v847(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1170, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1171, "NamedReference", v66, true);
    }
  }
}
function v846(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1164, "object", x);
  else {
    typed(f, x.id, p, "/id", 1165, 1, true);
    enumerated(f, x.algorithm, p, "/algorithm", 1166, 1, e210, true);
    typed(f, x.destination_port, p, "/destination_port", 1167, 4, true);
    typed(f, x.listen_port, p, "/listen_port", 1168, 4, true);
    enumerated(f, x.protocol, p, "/protocol", 1169, 1, e211, true);
    nested(f, x.certificates, p, "/certificates", 1170, "array of NamedReference", v847, true);
    typed(f, x.check_enabled, p, "/check_enabled", 1172, 8, true);
    undeclaredProperties(f, x, p, 1164, k212, false);
  }
}
function v845(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1162, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1163, "LoadBalancerRuleSummary", v846, true);
    }
  }
}
function v843(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1160, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1161, "Pagination", v1, true);
    nested(f, x.load_balancer_rules, p, "/load_balancer_rules", 1162, "array of LoadBalancerRuleSummary", v845, true);
    undeclaredProperties(f, x, p, 1160, k213, false);
  }
}
function v851(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1174, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1175, 1, e214, true);
    typed(f, x.description, p, "/description", 1176, 1, true);
    nested(f, x.detail, p, "/detail", 1177, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1174, k4, false);
  }
}
function v850(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1173, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1173, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1174, "object", v851, true);
    undeclaredProperties(f, x, p, 1173, k5, false);
  }
}
function v858(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1192, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1193, 1, true);
    }
  }
}
function v857(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1189, "object", x);
  else {
    typed(f, x.id, p, "/id", 1190, 1, true);
    typed(f, x.name, p, "/name", 1191, 1, true);
    nested(f, x.additional_names, p, "/additional_names", 1192, "array of string", v858, true);
    enumerated(f, x.state, p, "/state", 1194, 1, e83, true);
    undeclaredProperties(f, x, p, 1189, k215, false);
  }
}
function v856(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1187, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1188, "CertificateReference", v857, true);
    }
  }
}
function v855(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1180, "object", x);
  else {
    typed(f, x.id, p, "/id", 1181, 1, true);
    enumerated(f, x.algorithm, p, "/algorithm", 1182, 1, e210, true);
    typed(f, x.destination_port, p, "/destination_port", 1183, 4, true);
    typed(f, x.listen_port, p, "/listen_port", 1184, 4, true);
    enumerated(f, x.protocol, p, "/protocol", 1185, 1, e211, true);
    typed(f, x.proxy_protocol, p, "/proxy_protocol", 1186, 8, true);
    nested(f, x.certificates, p, "/certificates", 1187, "array of CertificateReference", v856, true);
    typed(f, x.backend_ssl, p, "/backend_ssl", 1195, 8, true);
    typed(f, x.passthrough_ssl, p, "/passthrough_ssl", 1196, 8, true);
    typed(f, x.check_enabled, p, "/check_enabled", 1197, 8, true);
    typed(f, x.check_fall, p, "/check_fall", 1198, 4, true);
    typed(f, x.check_interval, p, "/check_interval", 1199, 4, true);
    typed(f, x.check_path, p, "/check_path", 1200, 1, true);
    enumerated(f, x.check_protocol, p, "/check_protocol", 1201, 17, e216, true);
    typed(f, x.check_rise, p, "/check_rise", 1202, 4, true);
    typed(f, x.check_timeout, p, "/check_timeout", 1203, 4, true);
    enumerated(f, x.check_http_statuses, p, "/check_http_statuses", 1204, 17, e217, true);
    nested(f, x.load_balancer, p, "/load_balancer", 1205, "NamedReference", v66, true);
    undeclaredProperties(f, x, p, 1180, k218, false);
  }
}
function v854(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1178, "object", x);
  else {
    nested(f, x.load_balancer_rule, p, "/load_balancer_rule", 1179, "LoadBalancerRule", v855, true);
    undeclaredProperties(f, x, p, 1178, k219, false);
  }
}
function v862(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1206, "object", x);
  else {
    nested(f, x.load_balancer_rule, p, "/load_balancer_rule", 1207, "LoadBalancerRule", v855, true);
    undeclaredProperties(f, x, p, 1206, k219, false);
  }
}
function v865(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1209, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1210, 1, e220, true);
    typed(f, x.description, p, "/description", 1211, 1, true);
    nested(f, x.detail, p, "/detail", 1212, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1209, k4, false);
  }
}
function v864(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1208, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1208, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1209, "object", v865, true);
    undeclaredProperties(f, x, p, 1208, k5, false);
  }
}
function v868(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1213, "object", x);
  else {
    nested(f, x.load_balancer_rule, p, "/load_balancer_rule", 1214, "IdReference", v590, true);
    undeclaredProperties(f, x, p, 1213, k219, false);
  }
}
function v870(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1215, "object", x);
  else {
    nested(f, x.load_balancer_rule, p, "/load_balancer_rule", 1216, "LoadBalancerRule", v855, true);
    undeclaredProperties(f, x, p, 1215, k219, false);
  }
}
function v881(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 715, "object", x);
  else {
    typed(f, x.id, p, "/id", 716, 1, true);
    typed(f, x.name, p, "/name", 717, 1, true);
    enumerated(f, x.color, p, "/color", 718, 1, e134, true);
    typed(f, x.created_at, p, "/created_at", 719, 4, true);
  }
}
function v878(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1229, k222, false);
  }
  oneOf(f, p, 1229, x, [v456, v474, v881], true);
}
function v877(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1228, "object", x);
  else {
    nested(f, x.resources, p, "/resources", 1229, "one of BackupPolicyVirtualMachine, VirtualMachineGroup, Tag", v878, true);
    undeclaredProperties(f, x, p, 1228, k223, false);
  }
}
function v876(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1226, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1227, "LoadBalancerResource", v877, true);
    }
  }
}
function v884(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1230, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1231, 1, true);
    }
  }
}
function v885(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1233, "object", x);
  else {
    typed(f, x.address, p, "/address", 1234, 1, true);
    undeclaredProperties(f, x, p, 1233, k224, false);
  }
}
function v875(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1221, "object", x);
  else {
    typed(f, x.id, p, "/id", 1222, 1, true);
    typed(f, x.name, p, "/name", 1223, 1, true);
    typed(f, x.api_reference, p, "/api_reference", 1224, 17, true);
    enumerated(f, x.resource_type, p, "/resource_type", 1225, 1, e221, true);
    nested(f, x.resources, p, "/resources", 1226, "array of LoadBalancerResource", v876, true);
    nested(f, x.resource_ids, p, "/resource_ids", 1230, "array of string", v884, true);
    nested(f, x.ip_address, p, "/ip_address", 1232, "IpAddressReference", v885, true);
    nested(f, x.data_center, p, "/data_center", 1235, "NamedReference", v66, true);
    undeclaredProperties(f, x, p, 1221, k225, false);
  }
}
function v874(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1219, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1220, "LoadBalancerSummary", v875, true);
    }
  }
}
function v872(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1217, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1218, "Pagination", v1, true);
    nested(f, x.load_balancers, p, "/load_balancers", 1219, "array of LoadBalancerSummary", v874, true);
    undeclaredProperties(f, x, p, 1217, k226, false);
  }
}
function v891(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1243, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1244, "LoadBalancerResource", v877, true);
    }
  }
}
function v893(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1245, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1246, 1, true);
    }
  }
}
function v894(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1248, "object", x);
  else {
    typed(f, x.id, p, "/id", 1249, 1, true);
    typed(f, x.address, p, "/address", 1250, 1, true);
    undeclaredProperties(f, x, p, 1248, k227, false);
  }
}
function v898(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1258, "object", x);
  else {
    typed(f, x.virtual_machine_id, p, "/virtual_machine_id", 1259, 1, true);
    typed(f, x.weight, p, "/weight", 1260, 4, true);
    undeclaredProperties(f, x, p, 1258, k228, false);
  }
}
function v897(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1256, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1257, "LoadBalancerWeight", v898, true);
    }
  }
}
function v900(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1261, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1262, 1, true);
    }
  }
}
function v890(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1238, "object", x);
  else {
    typed(f, x.id, p, "/id", 1239, 1, true);
    typed(f, x.name, p, "/name", 1240, 1, true);
    typed(f, x.api_reference, p, "/api_reference", 1241, 17, true);
    enumerated(f, x.resource_type, p, "/resource_type", 1242, 1, e221, true);
    nested(f, x.resources, p, "/resources", 1243, "array of LoadBalancerResource", v891, true);
    nested(f, x.resource_ids, p, "/resource_ids", 1245, "array of string", v893, true);
    nested(f, x.ip_address, p, "/ip_address", 1247, "AddressReference", v894, true);
    typed(f, x.https_redirect, p, "/https_redirect", 1251, 8, true);
    typed(f, x.backend_certificate, p, "/backend_certificate", 1252, 1, true);
    typed(f, x.backend_certificate_key, p, "/backend_certificate_key", 1253, 1, true);
    nested(f, x.data_center, p, "/data_center", 1254, "PermalinkReference", v441, true);
    typed(f, x.enable_weighting, p, "/enable_weighting", 1255, 8, true);
    nested(f, x.weights, p, "/weights", 1256, "array of LoadBalancerWeight", v897, true);
    nested(f, x.standby_vms, p, "/standby_vms", 1261, "array of string", v900, true);
    undeclaredProperties(f, x, p, 1238, k229, false);
  }
}
function v902(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1263, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1264, "KeyValue", v58, true);
    }
  }
}
function v889(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1236, "object", x);
  else {
    nested(f, x.load_balancer, p, "/load_balancer", 1237, "LoadBalancer", v890, true);
    nested(f, x.annotations, p, "/annotations", 1263, "array of KeyValue", v902, true);
    undeclaredProperties(f, x, p, 1236, k230, false);
  }
}
function v906(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1267, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1268, "KeyValue", v58, true);
    }
  }
}
function v904(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1265, "object", x);
  else {
    nested(f, x.load_balancer, p, "/load_balancer", 1266, "LoadBalancer", v890, true);
    nested(f, x.annotations, p, "/annotations", 1267, "array of KeyValue", v906, true);
    undeclaredProperties(f, x, p, 1265, k230, false);
  }
}
function v909(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1271, "object", x);
  else {
    typed(f, x.id, p, "/id", 1272, 1, true);
    typed(f, x.name, p, "/name", 1273, 1, true);
    typed(f, x.api_reference, p, "/api_reference", 1274, 17, true);
    undeclaredProperties(f, x, p, 1271, k231, false);
  }
}
function v908(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1269, "object", x);
  else {
    nested(f, x.load_balancer, p, "/load_balancer", 1270, "LoadBalancerReference", v909, true);
    undeclaredProperties(f, x, p, 1269, k232, false);
  }
}
function v913(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1277, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1278, "KeyValue", v58, true);
    }
  }
}
function v911(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1275, "object", x);
  else {
    nested(f, x.load_balancer, p, "/load_balancer", 1276, "LoadBalancer", v890, true);
    nested(f, x.annotations, p, "/annotations", 1277, "array of KeyValue", v913, true);
    undeclaredProperties(f, x, p, 1275, k230, false);
  }
}
function v918(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1283, "object", x);
  else {
    typed(f, x.id, p, "/id", 1284, 1, true);
    typed(f, x.name, p, "/name", 1285, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", 1286, 1, true);
    typed(f, x.infrastructure_domain, p, "/infrastructure_domain", 1287, 1, true);
    typed(f, x.created_at, p, "/created_at", 1288, 4, true);
    typed(f, x.managed, p, "/managed", 1289, 8, true);
    undeclaredProperties(f, x, p, 1283, k233, false);
  }
}
function v917(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1281, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1282, "ManagedOrganization", v918, true);
    }
  }
}
function v915(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1279, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1280, "Pagination", v1, true);
    nested(f, x.organizations, p, "/organizations", 1281, "array of ManagedOrganization", v917, true);
    undeclaredProperties(f, x, p, 1279, k234, false);
  }
}
function v922(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1292, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1293, "KeyValue", v58, true);
    }
  }
}
function v920(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1290, "object", x);
  else {
    nested(f, x.organization, p, "/organization", 1291, "Organization", v462, true);
    nested(f, x.annotations, p, "/annotations", 1292, "array of KeyValue", v922, true);
    undeclaredProperties(f, x, p, 1290, k235, false);
  }
}
function v926(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1296, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1297, 1, e236, true);
    typed(f, x.description, p, "/description", 1298, 1, true);
    nested(f, x.detail, p, "/detail", 1299, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1296, k4, false);
  }
}
function v925(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1295, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1295, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1296, "object", v926, true);
  }
}
function v924(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1294, k5, false);
  }
  oneOf(f, p, 1294, x, [v925, v152], true);
}
function v930(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1300, "object", x);
  else {
    typed(f, x.success, p, "/success", 1301, 8, true);
    undeclaredProperties(f, x, p, 1300, k41, false);
  }
}
function v936(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1311, "object", x);
  else {
    typed(f, x.satisfied, p, "/satisfied", 1312, 8, false);
    typed(f, x.description, p, "/description", 1313, 1, false);
    undeclaredProperties(f, x, p, 1311, k238, false);
  }
}
function v935(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1309, "object", x);
  else {
    nested(f, x.managed_organizations, p, "/managed_organizations", 1310, "OrganizationDeletionStep", v936, false);
    nested(f, x.virtual_machines, p, "/virtual_machines", 1314, "OrganizationDeletionStep", v936, false);
    nested(f, x.disks, p, "/disks", 1315, "OrganizationDeletionStep", v936, false);
    nested(f, x.file_storage_volumes, p, "/file_storage_volumes", 1316, "OrganizationDeletionStep", v936, false);
    nested(f, x.disk_backup_policies, p, "/disk_backup_policies", 1317, "OrganizationDeletionStep", v936, false);
    nested(f, x.isos, p, "/isos", 1318, "OrganizationDeletionStep", v936, false);
    nested(f, x.disk_templates, p, "/disk_templates", 1319, "OrganizationDeletionStep", v936, false);
    nested(f, x.load_balancers, p, "/load_balancers", 1320, "OrganizationDeletionStep", v936, false);
    nested(f, x.dns_zones, p, "/dns_zones", 1321, "OrganizationDeletionStep", v936, false);
    nested(f, x.empty_trash, p, "/empty_trash", 1322, "OrganizationDeletionStep", v936, false);
    nested(f, x.virtual_networks, p, "/virtual_networks", 1323, "OrganizationDeletionStep", v936, false);
    nested(f, x.ip_addresses, p, "/ip_addresses", 1324, "OrganizationDeletionStep", v936, false);
    nested(f, x.object_storage, p, "/object_storage", 1325, "OrganizationDeletionStep", v936, false);
    nested(f, x.ensure_zero_balance, p, "/ensure_zero_balance", 1326, "OrganizationDeletionStep", v936, false);
    nested(f, x.ensure_no_outstanding_invoices, p, "/ensure_no_outstanding_invoices", 1327, "OrganizationDeletionStep", v936, false);
    undeclaredProperties(f, x, p, 1309, k239, false);
  }
}
function v934(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1307, "object", x);
  else {
    nested(f, x.steps, p, "/steps", 1308, "OrganizationDeletionSteps", v935, false);
    undeclaredProperties(f, x, p, 1307, k240, false);
  }
}
function v933(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1304, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1305, 1, e237, true);
    typed(f, x.description, p, "/description", 1306, 1, true);
    nested(f, x.detail, p, "/detail", 1307, "object", v934, true);
    undeclaredProperties(f, x, p, 1304, k4, false);
  }
}
function v932(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1303, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1303, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1304, "object", v933, true);
  }
}
function v955(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1329, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1330, 1, e241, true);
    typed(f, x.description, p, "/description", 1331, 1, true);
    nested(f, x.detail, p, "/detail", 1332, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1329, k4, false);
  }
}
function v954(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1328, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1328, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1329, "object", v955, true);
  }
}
function v931(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1302, k5, false);
  }
  oneOf(f, p, 1302, x, [v932, v954], true);
}
function v959(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1334, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1335, 1, e242, true);
    typed(f, x.description, p, "/description", 1336, 1, true);
    nested(f, x.detail, p, "/detail", 1337, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1334, k4, false);
  }
}
function v958(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1333, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1333, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1334, "object", v959, true);
    undeclaredProperties(f, x, p, 1333, k5, false);
  }
}
function v965(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1342, "object", x);
  else {
    typed(f, x.id, p, "/id", 1343, 1, true);
    typed(f, x.name, p, "/name", 1344, 1, true);
    typed(f, x.upload_speed_in_mbit, p, "/upload_speed_in_mbit", 1345, 20, true);
    typed(f, x.download_speed_in_mbit, p, "/download_speed_in_mbit", 1346, 20, true);
    typed(f, x.permalink, p, "/permalink", 1347, 1, true);
    undeclaredProperties(f, x, p, 1342, k243, false);
  }
}
function v964(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1340, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1341, "NetworkSpeedProfile", v965, true);
    }
  }
}
function v962(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1338, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1339, "Pagination", v1, true);
    nested(f, x.network_speed_profiles, p, "/network_speed_profiles", 1340, "array of NetworkSpeedProfile", v964, true);
    undeclaredProperties(f, x, p, 1338, k244, false);
  }
}
function v968(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1349, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1350, "AvailableNetwork", v440, true);
    }
  }
}
function v971(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1353, "object", x);
  else {
    typed(f, x.id, p, "/id", 1354, 1, true);
    typed(f, x.name, p, "/name", 1355, 1, true);
    nested(f, x.data_center, p, "/data_center", 1356, "PermalinkReference", v441, true);
    undeclaredProperties(f, x, p, 1353, k245, false);
  }
}
function v970(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1351, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1352, "AvailableVirtualNetwork", v971, true);
    }
  }
}
function v967(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1348, "object", x);
  else {
    nested(f, x.networks, p, "/networks", 1349, "array of AvailableNetwork", v968, true);
    nested(f, x.virtual_networks, p, "/virtual_networks", 1351, "array of AvailableVirtualNetwork", v970, true);
    undeclaredProperties(f, x, p, 1348, k246, false);
  }
}
function v974(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1357, "object", x);
  else {
    nested(f, x.network, p, "/network", 1358, "Network", v517, true);
    undeclaredProperties(f, x, p, 1357, k118, false);
  }
}
function v976(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 372, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 372, "at least 1 property", x);
    nested(f, x.error, p, "/error", 373, "object", v296, true);
    undeclaredProperties(f, x, p, 372, k5, false);
  }
}
function v979(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1361, "object", x);
  else {
    typed(f, x.region, p, "/region", 1362, 1, true);
    typed(f, x.created_at, p, "/created_at", 1363, 4, true);
    enumerated(f, x.provisioning_state, p, "/provisioning_state", 1364, 1, e247, true);
    typed(f, x.size, p, "/size", 1365, 4, true);
    typed(f, x.bucket_count, p, "/bucket_count", 1366, 4, true);
    nested(f, x.data_center, p, "/data_center", 1367, "DataCenter", v458, true);
    undeclaredProperties(f, x, p, 1361, k248, false);
  }
}
function v978(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1359, "object", x);
  else {
    nested(f, x.object_storage_account, p, "/object_storage_account", 1360, "ObjectStorageAccount", v979, true);
    undeclaredProperties(f, x, p, 1359, k249, false);
  }
}
function v982(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1368, "object", x);
  else {
    nested(f, x.object_storage_account, p, "/object_storage_account", 1369, "ObjectStorageAccount", v979, true);
    undeclaredProperties(f, x, p, 1368, k249, false);
  }
}
function v984(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1370, k5, false);
  }
  oneOf(f, p, 1370, x, [v106, v108], true);
}
function v988(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1373, "object", x);
  else {
    typed(f, x.id, p, "/id", 1374, 1, true);
    typed(f, x.keep_until, p, "/keep_until", 1375, 4, true);
    typed(f, x.object_type, p, "/object_type", 1376, 1, true);
    undeclaredProperties(f, x, p, 1373, k250, false);
  }
}
function v987(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1371, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", 1372, "TrashObjectSummary", v988, true);
    nested(f, x.object_storage_account, p, "/object_storage_account", 1377, "ObjectStorageAccount", v979, true);
    undeclaredProperties(f, x, p, 1371, k251, false);
  }
}
function v993(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1380, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1381, "NamedReference", v66, true);
    }
  }
}
function v991(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1378, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1379, "Pagination", v1, true);
    nested(f, x.operating_systems, p, "/operating_systems", 1380, "array of NamedReference", v993, true);
    undeclaredProperties(f, x, p, 1378, k252, false);
  }
}
function v996(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 683, "object", x);
  else {
    typed(f, x.id, p, "/id", 684, 1, true);
    typed(f, x.name, p, "/name", 685, 1, true);
    nested(f, x.badge, p, "/badge", 686, "one of Attachment, null", v490, true);
    undeclaredProperties(f, x, p, 683, k129, false);
  }
}
function v995(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1382, "object", x);
  else {
    nested(f, x.operating_system, p, "/operating_system", 1383, "OperatingSystem", v996, true);
    undeclaredProperties(f, x, p, 1382, k253, false);
  }
}
function v998(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 916, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 916, "at least 1 property", x);
    nested(f, x.error, p, "/error", 917, "object", v646, true);
    undeclaredProperties(f, x, p, 916, k5, false);
  }
}
function v1005(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1390, "object", x);
  else {
    typed(f, x.id, p, "/id", 1391, 1, true);
    typed(f, x.first_name, p, "/first_name", 1392, 1, true);
    typed(f, x.last_name, p, "/last_name", 1393, 1, true);
    typed(f, x.avatar_url, p, "/avatar_url", 1394, 1, true);
  }
}
function v1007(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1395, "null", x);
}
function v1004(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1389, k254, false);
  }
  oneOf(f, p, 1389, x, [v1005, v1007], true);
}
function v1003(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1388, "object", x);
  else {
    nested(f, x.user, p, "/user", 1389, "one of User, null", v1004, true);
    undeclaredProperties(f, x, p, 1388, k255, false);
  }
}
function v1002(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1386, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1387, "UserSummary", v1003, true);
    }
  }
}
function v1000(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1384, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1385, "Pagination", v1, true);
    nested(f, x.users, p, "/users", 1386, "array of UserSummary", v1002, true);
    undeclaredProperties(f, x, p, 1384, k256, false);
  }
}
function v1011(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1399, "object", x);
  else {
    typed(f, x.id, p, "/id", 1400, 1, true);
    typed(f, x.name, p, "/name", 1401, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", 1402, 1, true);
    typed(f, x.infrastructure_domain, p, "/infrastructure_domain", 1403, 1, true);
    typed(f, x.created_at, p, "/created_at", 1404, 4, true);
    typed(f, x.activated_at, p, "/activated_at", 1405, 20, true);
    typed(f, x.suspended, p, "/suspended", 1406, 8, true);
    typed(f, x.managed, p, "/managed", 1407, 8, true);
    undeclaredProperties(f, x, p, 1399, k257, false);
  }
}
function v1010(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1397, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1398, "OrganizationSummary", v1011, true);
    }
  }
}
function v1009(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1396, "object", x);
  else {
    nested(f, x.organizations, p, "/organizations", 1397, "array of OrganizationSummary", v1010, true);
    undeclaredProperties(f, x, p, 1396, k258, false);
  }
}
function v1013(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1408, "object", x);
  else {
    nested(f, x.organization, p, "/organization", 1409, "Organization", v462, true);
    undeclaredProperties(f, x, p, 1408, k259, false);
  }
}
function v1017(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1416, "object", x);
  else {
    typed(f, x.limit, p, "/limit", 1417, 2, true);
    typed(f, x.current, p, "/current", 1418, 2, true);
    nested(f, x.currency, p, "/currency", 1419, "Currency", v400, true);
    undeclaredProperties(f, x, p, 1416, k261, false);
  }
}
function v1020(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1421, "object", x);
  else {
    typed(f, x.limit, p, "/limit", 1422, 4, true);
    typed(f, x.current, p, "/current", 1423, 4, true);
    typed(f, x.unit, p, "/unit", 1424, 17, true);
    undeclaredProperties(f, x, p, 1421, k262, false);
  }
}
function v1033(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1437, "object", x);
  else {
    typed(f, x.limit, p, "/limit", 1438, 4, true);
    typed(f, x.unit, p, "/unit", 1439, 17, true);
    undeclaredProperties(f, x, p, 1437, k263, false);
  }
}
function v1016(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1414, "object", x);
  else {
    nested(f, x.uninvoiced_balance, p, "/uninvoiced_balance", 1415, "FinancialPolicyLimit", v1017, true);
    nested(f, x.virtual_machines, p, "/virtual_machines", 1420, "PolicyLimit", v1020, true);
    nested(f, x.virtual_machine_memory, p, "/virtual_machine_memory", 1425, "PolicyLimit", v1020, true);
    nested(f, x.managed_organizations, p, "/managed_organizations", 1426, "PolicyLimit", v1020, true);
    nested(f, x.unallocated_ip_addresses, p, "/unallocated_ip_addresses", 1427, "PolicyLimit", v1020, true);
    nested(f, x.disk_space, p, "/disk_space", 1428, "PolicyLimit", v1020, true);
    nested(f, x.security_groups, p, "/security_groups", 1429, "PolicyLimit", v1020, true);
    nested(f, x.virtual_networks, p, "/virtual_networks", 1430, "PolicyLimit", v1020, true);
    nested(f, x.load_balancers, p, "/load_balancers", 1431, "PolicyLimit", v1020, true);
    nested(f, x.dns_zones, p, "/dns_zones", 1432, "PolicyLimit", v1020, true);
    nested(f, x.certificates, p, "/certificates", 1433, "PolicyLimit", v1020, true);
    nested(f, x.file_storage_volumes, p, "/file_storage_volumes", 1434, "PolicyLimit", v1020, true);
    nested(f, x.isos, p, "/isos", 1435, "PolicyLimit", v1020, true);
    nested(f, x.disk_iops, p, "/disk_iops", 1436, "PolicyLimitWithoutCurrent", v1033, true);
    nested(f, x.network_speed, p, "/network_speed", 1440, "PolicyLimitWithoutCurrent", v1033, true);
    undeclaredProperties(f, x, p, 1414, k264, false);
  }
}
function v1038(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1444, "object", x);
  else {
    typed(f, x.permitted, p, "/permitted", 1445, 8, true);
    undeclaredProperties(f, x, p, 1444, k265, false);
  }
}
function v1037(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1442, "object", x);
  else {
    nested(f, x.disk_bus_configuration, p, "/disk_bus_configuration", 1443, "PolicyFeature", v1038, true);
    nested(f, x.zone_selection, p, "/zone_selection", 1446, "PolicyFeature", v1038, true);
    nested(f, x.restricted_traffic_types, p, "/restricted_traffic_types", 1447, "PolicyFeature", v1038, true);
    nested(f, x.suspension, p, "/suspension", 1448, "PolicyFeature", v1038, true);
    nested(f, x.flexible_virtual_machine_resources, p, "/flexible_virtual_machine_resources", 1449, "PolicyFeature", v1038, true);
    undeclaredProperties(f, x, p, 1442, k266, false);
  }
}
function v1045(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1450, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1451, 1, true);
    }
  }
}
function v1015(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1410, "object", x);
  else {
    enumerated(f, x.policy_type, p, "/policy_type", 1411, 1, e260, true);
    typed(f, x.policy_name, p, "/policy_name", 1412, 17, true);
    nested(f, x.limits, p, "/limits", 1413, "PolicyLimits", v1016, true);
    nested(f, x.features, p, "/features", 1441, "PolicyFeatures", v1037, true);
    nested(f, x.reasons_for_disallowing_resource_creation, p, "/reasons_for_disallowing_resource_creation", 1450, "array of string", v1045, true);
    undeclaredProperties(f, x, p, 1410, k267, false);
  }
}
function v1049(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1454, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1455, 1, e268, true);
    typed(f, x.description, p, "/description", 1456, 1, true);
    nested(f, x.detail, p, "/detail", 1457, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1454, k4, false);
  }
}
function v1048(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1453, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1453, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1454, "object", v1049, true);
  }
}
function v1046(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1452, k5, false);
  }
  oneOf(f, p, 1452, x, [v316, v1048], true);
}
function v1054(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1462, "object", x);
  else {
    typed(f, x.value, p, "/value", 1463, 18, true);
    typed(f, x.unlimited, p, "/unlimited", 1464, 8, true);
    undeclaredProperties(f, x, p, 1462, k269, false);
  }
}
function v1056(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1466, "object", x);
  else {
    typed(f, x.value, p, "/value", 1467, 20, true);
    typed(f, x.unlimited, p, "/unlimited", 1468, 8, true);
    undeclaredProperties(f, x, p, 1466, k269, false);
  }
}
function v1070(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1482, "object", x);
  else {
    typed(f, x.value, p, "/value", 1483, 20, true);
    undeclaredProperties(f, x, p, 1482, k270, false);
  }
}
function v1053(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1460, "object", x);
  else {
    nested(f, x.maximum_uninvoiced_balance, p, "/maximum_uninvoiced_balance", 1461, "DecimalOrUnlimited", v1054, true);
    nested(f, x.maximum_virtual_machines, p, "/maximum_virtual_machines", 1465, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_virtual_machine_memory, p, "/maximum_virtual_machine_memory", 1469, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_disk_space, p, "/maximum_disk_space", 1470, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_managed_organizations, p, "/maximum_managed_organizations", 1471, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_unallocated_ip_addresses, p, "/maximum_unallocated_ip_addresses", 1472, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_security_groups, p, "/maximum_security_groups", 1473, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_virtual_networks, p, "/maximum_virtual_networks", 1474, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_load_balancers, p, "/maximum_load_balancers", 1475, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_dns_zones, p, "/maximum_dns_zones", 1476, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_certificates, p, "/maximum_certificates", 1477, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_file_storage_volumes, p, "/maximum_file_storage_volumes", 1478, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_isos, p, "/maximum_isos", 1479, "IntegerOrUnlimited", v1056, true);
    nested(f, x.maximum_disk_size, p, "/maximum_disk_size", 1480, "IntegerOrUnlimited", v1056, true);
    nested(f, x.minimum_disk_size, p, "/minimum_disk_size", 1481, "IntegerValue", v1070, true);
    typed(f, x.flexible_virtual_machine_resources, p, "/flexible_virtual_machine_resources", 1484, 8, true);
    typed(f, x.allow_suspension, p, "/allow_suspension", 1485, 8, true);
    typed(f, x.allow_restricted_traffic_types, p, "/allow_restricted_traffic_types", 1486, 8, true);
    undeclaredProperties(f, x, p, 1460, k271, false);
  }
}
function v1052(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1458, "object", x);
  else {
    nested(f, x.policy_limits, p, "/policy_limits", 1459, "OrganizationPolicy", v1053, true);
    undeclaredProperties(f, x, p, 1458, k272, false);
  }
}
function v1078(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1498, "object", x);
  else {
    typed(f, x.id, p, "/id", 1499, 1, true);
    typed(f, x.description, p, "/description", 1500, 17, true);
    typed(f, x.price, p, "/price", 1501, 2, true);
    undeclaredProperties(f, x, p, 1498, k273, false);
  }
}
function v1077(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1496, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1497, "SinglePriceVariant", v1078, true);
    }
  }
}
function v1076(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1491, "object", x);
  else {
    typed(f, x.resource, p, "/resource", 1492, 1, true);
    typed(f, x.category, p, "/category", 1493, 1, true);
    typed(f, x.description, p, "/description", 1494, 1, true);
    typed(f, x.price, p, "/price", 1495, 2, true);
    nested(f, x.variants, p, "/variants", 1496, "array of SinglePriceVariant", v1077, true);
    undeclaredProperties(f, x, p, 1491, k274, false);
  }
}
function v1075(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1489, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1490, "PriceResourceWithSinglePriceVariant", v1076, true);
    }
  }
}
function v1073(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1487, "object", x);
  else {
    nested(f, x.currency, p, "/currency", 1488, "Currency", v400, true);
    nested(f, x.prices, p, "/prices", 1489, "array of PriceResourceWithSinglePriceVariant", v1075, true);
    undeclaredProperties(f, x, p, 1487, k275, false);
  }
}
function v1084(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1504, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1505, 1, e276, true);
    typed(f, x.description, p, "/description", 1506, 1, true);
    nested(f, x.detail, p, "/detail", 1507, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1504, k4, false);
  }
}
function v1083(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1503, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1503, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1504, "object", v1084, true);
  }
}
function v1081(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1502, k5, false);
  }
  oneOf(f, p, 1502, x, [v316, v1083], true);
}
function v1087(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1508, "object", x);
  else {
    nested(f, x.steps, p, "/steps", 1509, "OrganizationDeletionSteps", v935, true);
    undeclaredProperties(f, x, p, 1508, k240, false);
  }
}
function v1089(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1510, "object", x);
  else {
    nested(f, x.task, p, "/task", 1511, "QueuedTask", v255, true);
    undeclaredProperties(f, x, p, 1510, k277, false);
  }
}
function v1100(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1526, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", 1527, 17, true);
  }
}
function v1102(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1528, "null", x);
}
function v1099(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1525, k7, false);
  }
  oneOf(f, p, 1525, x, [v1100, v1102], true);
}
function v1105(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1530, "null", x);
}
function v1103(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1529, k7, false);
  }
  oneOf(f, p, 1529, x, [v1100, v1105], true);
}
function v1107(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1532, "object", x);
  else {
    typed(f, x.hostname, p, "/hostname", 1533, 17, true);
  }
}
function v1109(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1534, "null", x);
}
function v1106(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1531, k279, false);
  }
  oneOf(f, p, 1531, x, [v1107, v1109], true);
}
function v1111(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1536, "object", x);
  else {
    typed(f, x.flag, p, "/flag", 1537, 17, true);
    typed(f, x.tag, p, "/tag", 1538, 17, true);
    typed(f, x.value, p, "/value", 1539, 17, true);
  }
}
function v1113(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1540, "null", x);
}
function v1110(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1535, k280, false);
  }
  oneOf(f, p, 1535, x, [v1111, v1113], true);
}
function v1116(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1542, "null", x);
}
function v1114(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1541, k279, false);
  }
  oneOf(f, p, 1541, x, [v1107, v1116], true);
}
function v1118(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1544, "object", x);
  else {
    typed(f, x.url, p, "/url", 1545, 17, true);
    typed(f, x.http_status, p, "/http_status", 1546, 17, true);
  }
}
function v1120(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1547, "null", x);
}
function v1117(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1543, k281, false);
  }
  oneOf(f, p, 1543, x, [v1118, v1120], true);
}
function v1122(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1549, "object", x);
  else {
    typed(f, x.ip_addresses, p, "/ip_addresses", 1550, 17, true);
  }
}
function v1124(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1551, "null", x);
}
function v1121(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1548, k282, false);
  }
  oneOf(f, p, 1548, x, [v1122, v1124], true);
}
function v1127(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1553, "null", x);
}
function v1125(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1552, k279, false);
  }
  oneOf(f, p, 1552, x, [v1107, v1127], true);
}
function v1130(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1555, "null", x);
}
function v1128(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1554, k279, false);
  }
  oneOf(f, p, 1554, x, [v1107, v1130], true);
}
function v1133(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1557, "null", x);
}
function v1131(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1556, k279, false);
  }
  oneOf(f, p, 1556, x, [v1107, v1133], true);
}
function v1134(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x) || x === null)) typeMismatch(f, p, 1558, "object or null", x);
}
function v1136(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1560, "object", x);
  else {
    typed(f, x.weight, p, "/weight", 1561, 17, true);
    typed(f, x.port, p, "/port", 1562, 17, true);
    typed(f, x.target, p, "/target", 1563, 17, true);
  }
}
function v1138(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1564, "null", x);
}
function v1135(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1559, k283, false);
  }
  oneOf(f, p, 1559, x, [v1136, v1138], true);
}
function v1140(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1566, "object", x);
  else {
    typed(f, x.algorithm, p, "/algorithm", 1567, 17, true);
    typed(f, x.fingerprint_type, p, "/fingerprint_type", 1568, 17, true);
    typed(f, x.fingerprint, p, "/fingerprint", 1569, 17, true);
  }
}
function v1142(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1570, "null", x);
}
function v1139(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1565, k284, false);
  }
  oneOf(f, p, 1565, x, [v1140, v1142], true);
}
function v1144(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1572, "object", x);
  else {
    typed(f, x.content, p, "/content", 1573, 17, true);
  }
}
function v1146(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1574, "null", x);
}
function v1143(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1571, k285, false);
  }
  oneOf(f, p, 1571, x, [v1144, v1146], true);
}
function v1148(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1576, "object", x);
  else {
    typed(f, x.virtual_machine, p, "/virtual_machine", 1577, 17, true);
  }
}
function v1150(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1578, "null", x);
}
function v1147(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1575, k175, false);
  }
  oneOf(f, p, 1575, x, [v1148, v1150], true);
}
function v1098(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1524, "object", x);
  else {
    nested(f, x.A, p, "/A", 1525, "one of DnsRecordAddressAttributes, null", v1099, true);
    nested(f, x.AAAA, p, "/AAAA", 1529, "one of DnsRecordAddressAttributes, null", v1103, true);
    nested(f, x.ALIAS, p, "/ALIAS", 1531, "one of DnsRecordHostnameAttributes, null", v1106, true);
    nested(f, x.CAA, p, "/CAA", 1535, "one of DnsRecordCaaAttributes, null", v1110, true);
    nested(f, x.CNAME, p, "/CNAME", 1541, "one of DnsRecordHostnameAttributes, null", v1114, true);
    nested(f, x.HTTPRedirect, p, "/HTTPRedirect", 1543, "one of DnsRecordHttpRedirectAttributes, null", v1117, true);
    nested(f, x.IPS, p, "/IPS", 1548, "one of DnsRecordIpsAttributes, null", v1121, true);
    nested(f, x.MX, p, "/MX", 1552, "one of DnsRecordHostnameAttributes, null", v1125, true);
    nested(f, x.NS, p, "/NS", 1554, "one of DnsRecordHostnameAttributes, null", v1128, true);
    nested(f, x.PTR, p, "/PTR", 1556, "one of DnsRecordHostnameAttributes, null", v1131, true);
    nested(f, x.SOA, p, "/SOA", 1558, "object or null", v1134, true);
    nested(f, x.SRV, p, "/SRV", 1559, "one of DnsRecordSrvAttributes, null", v1135, true);
    nested(f, x.SSHFP, p, "/SSHFP", 1565, "one of DnsRecordSshfpAttributes, null", v1139, true);
    nested(f, x.TXT, p, "/TXT", 1571, "one of DnsRecordTxtAttributes, null", v1143, true);
    nested(f, x.VirtualMachine, p, "/VirtualMachine", 1575, "one of DnsRecordVirtualMachineAttributes, null", v1147, true);
    undeclaredProperties(f, x, p, 1524, k286, false);
  }
}
function v1097(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1515, "object", x);
  else {
    typed(f, x.id, p, "/id", 1516, 1, true);
    typed(f, x.name, p, "/name", 1517, 17, true);
    typed(f, x.full_name, p, "/full_name", 1518, 1, true);
    typed(f, x.ttl, p, "/ttl", 1519, 20, true);
    enumerated(f, x.type, p, "/type", 1520, 1, e278, true);
    typed(f, x.priority, p, "/priority", 1521, 20, true);
    typed(f, x.content, p, "/content", 1522, 1, true);
    nested(f, x.content_attributes, p, "/content_attributes", 1523, "DnsRecordContentAttributes", v1098, true);
    undeclaredProperties(f, x, p, 1515, k287, false);
  }
}
function v1096(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1513, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1514, "DnsRecord", v1097, true);
    }
  }
}
function v1095(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1512, "object", x);
  else {
    nested(f, x.dns_records, p, "/dns_records", 1513, "array of DnsRecord", v1096, true);
    undeclaredProperties(f, x, p, 1512, k288, false);
  }
}
function v1153(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1579, "object", x);
  else {
    nested(f, x.dns_record, p, "/dns_record", 1580, "DnsRecord", v1097, true);
    undeclaredProperties(f, x, p, 1579, k289, false);
  }
}
function v1155(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1581, "object", x);
  else {
    nested(f, x.dns_record, p, "/dns_record", 1582, "DnsRecord", v1097, true);
    undeclaredProperties(f, x, p, 1581, k289, false);
  }
}
function v1158(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1584, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1585, 1, e290, true);
    typed(f, x.description, p, "/description", 1586, 1, true);
    nested(f, x.detail, p, "/detail", 1587, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1584, k4, false);
  }
}
function v1157(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1583, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1583, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1584, "object", v1158, true);
    undeclaredProperties(f, x, p, 1583, k5, false);
  }
}
function v1161(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1588, "object", x);
  else {
    typed(f, x.deleted, p, "/deleted", 1589, 8, true);
    undeclaredProperties(f, x, p, 1588, k111, false);
  }
}
function v1162(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1590, "object", x);
  else {
    nested(f, x.dns_record, p, "/dns_record", 1591, "DnsRecord", v1097, true);
    undeclaredProperties(f, x, p, 1590, k289, false);
  }
}
function v1167(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1596, "object", x);
  else {
    typed(f, x.id, p, "/id", 1597, 1, true);
    typed(f, x.name, p, "/name", 1598, 1, true);
    typed(f, x.fingerprint, p, "/fingerprint", 1599, 1, true);
    undeclaredProperties(f, x, p, 1596, k291, false);
  }
}
function v1166(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1594, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1595, "SshKey", v1167, true);
    }
  }
}
function v1164(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1592, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1593, "Pagination", v1, true);
    nested(f, x.ssh_keys, p, "/ssh_keys", 1594, "array of SshKey", v1166, true);
    undeclaredProperties(f, x, p, 1592, k292, false);
  }
}
function v1169(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1600, "object", x);
  else {
    nested(f, x.ssh_key, p, "/ssh_key", 1601, "SshKey", v1167, true);
    undeclaredProperties(f, x, p, 1600, k293, false);
  }
}
function v1171(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1602, "object", x);
  else {
    nested(f, x.ssh_key, p, "/ssh_key", 1603, "SshKey", v1167, true);
    undeclaredProperties(f, x, p, 1602, k293, false);
  }
}
function v1174(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1605, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1606, 1, e294, true);
    typed(f, x.description, p, "/description", 1607, 1, true);
    nested(f, x.detail, p, "/detail", 1608, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1605, k4, false);
  }
}
function v1173(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1604, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1604, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1605, "object", v1174, true);
    undeclaredProperties(f, x, p, 1604, k5, false);
  }
}
function v1180(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1614, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1615, 1, true);
    }
  }
}
function v1179(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1613, "object", x);
  else {
    nested(f, x.errors, p, "/errors", 1614, "array of string", v1180, false);
    undeclaredProperties(f, x, p, 1613, k23, false);
  }
}
function v1178(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1610, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1611, 1, e295, true);
    typed(f, x.description, p, "/description", 1612, 1, true);
    nested(f, x.detail, p, "/detail", 1613, "object", v1179, true);
    undeclaredProperties(f, x, p, 1610, k4, false);
  }
}
function v1177(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1609, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1609, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1610, "object", v1178, true);
    undeclaredProperties(f, x, p, 1609, k5, false);
  }
}
function v1186(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1626, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1627, 1, true);
    }
  }
}
function v1185(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1620, "object", x);
  else {
    typed(f, x.id, p, "/id", 1621, 1, true);
    enumerated(f, x.direction, p, "/direction", 1622, 1, e296, true);
    enumerated(f, x.protocol, p, "/protocol", 1623, 1, e297, true);
    enumerated(f, x.action, p, "/action", 1624, 1, e298, true);
    typed(f, x.ports, p, "/ports", 1625, 17, true);
    nested(f, x.targets, p, "/targets", 1626, "array of string", v1186, true);
    typed(f, x.notes, p, "/notes", 1628, 17, true);
    undeclaredProperties(f, x, p, 1620, k299, false);
  }
}
function v1184(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1618, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1619, "SecurityGroupRuleSummary", v1185, true);
    }
  }
}
function v1182(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1616, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1617, "Pagination", v1, true);
    nested(f, x.security_group_rules, p, "/security_group_rules", 1618, "array of SecurityGroupRuleSummary", v1184, true);
    undeclaredProperties(f, x, p, 1616, k300, false);
  }
}
function v1189(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1630, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1631, 1, e301, true);
    typed(f, x.description, p, "/description", 1632, 1, true);
    nested(f, x.detail, p, "/detail", 1633, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1630, k4, false);
  }
}
function v1188(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1629, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1629, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1630, "object", v1189, true);
    undeclaredProperties(f, x, p, 1629, k5, false);
  }
}
function v1195(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1643, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1644, 1, true);
    }
  }
}
function v1193(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1636, "object", x);
  else {
    typed(f, x.id, p, "/id", 1637, 1, true);
    nested(f, x.security_group, p, "/security_group", 1638, "NamedReference", v66, true);
    enumerated(f, x.direction, p, "/direction", 1639, 1, e296, true);
    enumerated(f, x.protocol, p, "/protocol", 1640, 1, e297, true);
    enumerated(f, x.action, p, "/action", 1641, 1, e298, true);
    typed(f, x.ports, p, "/ports", 1642, 17, true);
    nested(f, x.targets, p, "/targets", 1643, "array of string", v1195, true);
    typed(f, x.notes, p, "/notes", 1645, 17, true);
    undeclaredProperties(f, x, p, 1636, k302, false);
  }
}
function v1192(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1634, "object", x);
  else {
    nested(f, x.security_group_rule, p, "/security_group_rule", 1635, "SecurityGroupRule", v1193, true);
    undeclaredProperties(f, x, p, 1634, k303, false);
  }
}
function v1197(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1646, "object", x);
  else {
    nested(f, x.security_group_rule, p, "/security_group_rule", 1647, "SecurityGroupRule", v1193, true);
    undeclaredProperties(f, x, p, 1646, k303, false);
  }
}
function v1200(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1649, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1650, 1, e304, true);
    typed(f, x.description, p, "/description", 1651, 1, true);
    nested(f, x.detail, p, "/detail", 1652, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1649, k4, false);
  }
}
function v1199(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1648, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1648, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1649, "object", v1200, true);
    undeclaredProperties(f, x, p, 1648, k5, false);
  }
}
function v1203(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1653, "object", x);
  else {
    nested(f, x.security_group_rule, p, "/security_group_rule", 1654, "IdReference", v590, true);
    undeclaredProperties(f, x, p, 1653, k303, false);
  }
}
function v1205(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1655, "object", x);
  else {
    nested(f, x.security_group_rule, p, "/security_group_rule", 1656, "SecurityGroupRule", v1193, true);
    undeclaredProperties(f, x, p, 1655, k303, false);
  }
}
function v1211(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1666, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1667, 1, true);
    }
  }
}
function v1210(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1661, "object", x);
  else {
    typed(f, x.id, p, "/id", 1662, 1, true);
    typed(f, x.name, p, "/name", 1663, 1, true);
    typed(f, x.allow_all_inbound, p, "/allow_all_inbound", 1664, 8, true);
    typed(f, x.allow_all_outbound, p, "/allow_all_outbound", 1665, 8, true);
    nested(f, x.associations, p, "/associations", 1666, "array of string", v1211, true);
    undeclaredProperties(f, x, p, 1661, k305, false);
  }
}
function v1209(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1659, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1660, "SecurityGroup", v1210, true);
    }
  }
}
function v1207(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1657, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1658, "Pagination", v1, true);
    nested(f, x.security_groups, p, "/security_groups", 1659, "array of SecurityGroup", v1209, true);
    undeclaredProperties(f, x, p, 1657, k306, false);
  }
}
function v1215(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1670, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1671, "KeyValue", v58, true);
    }
  }
}
function v1213(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1668, "object", x);
  else {
    nested(f, x.security_group, p, "/security_group", 1669, "SecurityGroup", v1210, true);
    nested(f, x.annotations, p, "/annotations", 1670, "array of KeyValue", v1215, true);
    undeclaredProperties(f, x, p, 1668, k307, false);
  }
}
function v1219(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1674, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1675, "KeyValue", v58, true);
    }
  }
}
function v1217(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1672, "object", x);
  else {
    nested(f, x.security_group, p, "/security_group", 1673, "SecurityGroup", v1210, true);
    nested(f, x.annotations, p, "/annotations", 1674, "array of KeyValue", v1219, true);
    undeclaredProperties(f, x, p, 1672, k307, false);
  }
}
function v1221(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1676, "object", x);
  else {
    nested(f, x.security_group, p, "/security_group", 1677, "NamedReference", v66, true);
    undeclaredProperties(f, x, p, 1676, k308, false);
  }
}
function v1225(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1680, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1681, "KeyValue", v58, true);
    }
  }
}
function v1223(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1678, "object", x);
  else {
    nested(f, x.security_group, p, "/security_group", 1679, "SecurityGroup", v1210, true);
    nested(f, x.annotations, p, "/annotations", 1680, "array of KeyValue", v1225, true);
    undeclaredProperties(f, x, p, 1678, k307, false);
  }
}
function v1230(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1686, "object", x);
  else {
    typed(f, x.id, p, "/id", 1687, 1, true);
    typed(f, x.name, p, "/name", 1688, 1, true);
    enumerated(f, x.color, p, "/color", 1689, 1, e134, true);
    undeclaredProperties(f, x, p, 1686, k309, false);
  }
}
function v1229(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1684, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1685, "TagSummary", v1230, true);
    }
  }
}
function v1227(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1682, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1683, "Pagination", v1, true);
    nested(f, x.tags, p, "/tags", 1684, "array of TagSummary", v1229, true);
    undeclaredProperties(f, x, p, 1682, k310, false);
  }
}
function v1232(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1690, "object", x);
  else {
    nested(f, x.tag, p, "/tag", 1691, "Tag", v512, true);
    undeclaredProperties(f, x, p, 1690, k311, false);
  }
}
function v1234(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1692, "object", x);
  else {
    nested(f, x.tag, p, "/tag", 1693, "Tag", v512, true);
    undeclaredProperties(f, x, p, 1692, k311, false);
  }
}
function v1237(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1695, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1696, 1, e312, true);
    typed(f, x.description, p, "/description", 1697, 1, true);
    nested(f, x.detail, p, "/detail", 1698, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1695, k4, false);
  }
}
function v1236(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1694, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1694, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1695, "object", v1237, true);
    undeclaredProperties(f, x, p, 1694, k5, false);
  }
}
function v1240(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1699, "object", x);
  else {
    nested(f, x.tag, p, "/tag", 1700, "Tag", v512, true);
    undeclaredProperties(f, x, p, 1699, k311, false);
  }
}
function v1242(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1701, "object", x);
  else {
    nested(f, x.tag, p, "/tag", 1702, "Tag", v512, true);
    undeclaredProperties(f, x, p, 1701, k311, false);
  }
}
function v1244(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1703, "object", x);
  else {
    nested(f, x.task, p, "/task", 1704, "Task", v685, true);
    undeclaredProperties(f, x, p, 1703, k277, false);
  }
}
function v1247(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1706, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1707, 1, e313, true);
    typed(f, x.description, p, "/description", 1708, 1, true);
    nested(f, x.detail, p, "/detail", 1709, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1706, k4, false);
  }
}
function v1246(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1705, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1705, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1706, "object", v1247, true);
    undeclaredProperties(f, x, p, 1705, k5, false);
  }
}
function v1252(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1712, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1713, "TrashObject", v696, true);
    }
  }
}
function v1250(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1710, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1711, "Pagination", v1, true);
    nested(f, x.trash_objects, p, "/trash_objects", 1712, "array of TrashObject", v1252, true);
    undeclaredProperties(f, x, p, 1710, k314, false);
  }
}
function v1254(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1714, "object", x);
  else {
    nested(f, x.task, p, "/task", 1715, "Task", v685, true);
    undeclaredProperties(f, x, p, 1714, k277, false);
  }
}
function v1256(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1716, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", 1717, "TrashObject", v696, true);
    undeclaredProperties(f, x, p, 1716, k36, false);
  }
}
function v1259(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1719, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1720, 1, e315, true);
    typed(f, x.description, p, "/description", 1721, 1, true);
    nested(f, x.detail, p, "/detail", 1722, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1719, k4, false);
  }
}
function v1258(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1718, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1718, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1719, "object", v1259, true);
    undeclaredProperties(f, x, p, 1718, k5, false);
  }
}
function v1262(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1723, "object", x);
  else {
    nested(f, x.task, p, "/task", 1724, "Task", v685, true);
    undeclaredProperties(f, x, p, 1723, k277, false);
  }
}
function v1264(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1725, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", 1726, "TrashObject", v696, true);
    undeclaredProperties(f, x, p, 1725, k36, false);
  }
}
function v1267(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1390, "object", x);
  else {
    typed(f, x.id, p, "/id", 1391, 1, true);
    typed(f, x.first_name, p, "/first_name", 1392, 1, true);
    typed(f, x.last_name, p, "/last_name", 1393, 1, true);
    typed(f, x.avatar_url, p, "/avatar_url", 1394, 1, true);
    undeclaredProperties(f, x, p, 1390, k254, false);
  }
}
function v1270(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1731, "object", x);
  else {
    typed(f, x.id, p, "/id", 1732, 1, true);
    typed(f, x.name, p, "/name", 1733, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", 1734, 1, true);
    undeclaredProperties(f, x, p, 1731, k316, false);
  }
}
function v1269(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1729, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1730, "OrganizationReference", v1270, true);
    }
  }
}
function v1266(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1727, "object", x);
  else {
    nested(f, x.user, p, "/user", 1728, "User", v1267, true);
    nested(f, x.organizations, p, "/organizations", 1729, "array of OrganizationReference", v1269, true);
    typed(f, x.api_token_id, p, "/api_token_id", 1735, 17, true);
    undeclaredProperties(f, x, p, 1727, k317, false);
  }
}
function v1273(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1737, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1738, 1, e318, true);
    typed(f, x.description, p, "/description", 1739, 1, true);
    nested(f, x.detail, p, "/detail", 1740, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1737, k4, false);
  }
}
function v1272(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1736, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1736, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1737, "object", v1273, true);
    undeclaredProperties(f, x, p, 1736, k5, false);
  }
}
function v1276(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1741, "object", x);
  else {
    typed(f, x.status, p, "/status", 1742, 8, true);
    undeclaredProperties(f, x, p, 1741, k319, false);
  }
}
function v1280(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1745, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1746, 1, e320, true);
    typed(f, x.description, p, "/description", 1747, 1, true);
    nested(f, x.detail, p, "/detail", 1748, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1745, k4, false);
  }
}
function v1279(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1744, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1744, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1745, "object", v1280, true);
  }
}
function v1277(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1743, k5, false);
  }
  oneOf(f, p, 1743, x, [v316, v1279], true);
}
function v1286(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1753, "object", x);
  else {
    typed(f, x.id, p, "/id", 1754, 1, true);
    typed(f, x.name, p, "/name", 1755, 1, true);
    nested(f, x.data_center, p, "/data_center", 1756, "DataCenter", v458, true);
    undeclaredProperties(f, x, p, 1753, k245, false);
  }
}
function v1285(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1751, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1752, "VirtualNetwork", v1286, true);
    }
  }
}
function v1283(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1749, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1750, "Pagination", v1, true);
    nested(f, x.virtual_networks, p, "/virtual_networks", 1751, "array of VirtualNetwork", v1285, true);
    undeclaredProperties(f, x, p, 1749, k321, false);
  }
}
function v1289(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1757, "object", x);
  else {
    nested(f, x.virtual_network, p, "/virtual_network", 1758, "VirtualNetwork", v1286, true);
    undeclaredProperties(f, x, p, 1757, k322, false);
  }
}
function v1291(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1759, k5, false);
  }
  oneOf(f, p, 1759, x, [v106, v283], true);
}
function v1294(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1760, "object", x);
  else {
    nested(f, x.virtual_network, p, "/virtual_network", 1761, "VirtualNetwork", v1286, true);
    undeclaredProperties(f, x, p, 1760, k322, false);
  }
}
function v1297(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1763, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1764, 1, e323, true);
    typed(f, x.description, p, "/description", 1765, 1, true);
    nested(f, x.detail, p, "/detail", 1766, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1763, k4, false);
  }
}
function v1296(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1762, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1762, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1763, "object", v1297, true);
    undeclaredProperties(f, x, p, 1762, k5, false);
  }
}
function v1300(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1767, "object", x);
  else {
    nested(f, x.virtual_network, p, "/virtual_network", 1768, "VirtualNetwork", v1286, true);
    undeclaredProperties(f, x, p, 1767, k322, false);
  }
}
function v1302(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1769, "object", x);
  else {
    nested(f, x.virtual_network, p, "/virtual_network", 1770, "VirtualNetwork", v1286, true);
    undeclaredProperties(f, x, p, 1769, k322, false);
  }
}
function v1306(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 648, "object", x);
  else {
    typed(f, x.id, p, "/id", 649, 1, true);
    typed(f, x.name, p, "/name", 650, 1, true);
    typed(f, x.segregate, p, "/segregate", 651, 8, true);
    typed(f, x.auto_segregate, p, "/auto_segregate", 652, 8, true);
    typed(f, x.created_at, p, "/created_at", 653, 4, true);
    undeclaredProperties(f, x, p, 648, k124, false);
  }
}
function v1305(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1772, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1773, "VirtualMachineGroup", v1306, true);
    }
  }
}
function v1304(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1771, "object", x);
  else {
    nested(f, x.virtual_machine_groups, p, "/virtual_machine_groups", 1772, "array of VirtualMachineGroup", v1305, true);
    undeclaredProperties(f, x, p, 1771, k324, false);
  }
}
function v1308(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1774, "object", x);
  else {
    nested(f, x.virtual_machine_group, p, "/virtual_machine_group", 1775, "VirtualMachineGroup", v1306, true);
    undeclaredProperties(f, x, p, 1774, k325, false);
  }
}
function v1310(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1776, "object", x);
  else {
    nested(f, x.virtual_machine_group, p, "/virtual_machine_group", 1777, "VirtualMachineGroup", v1306, true);
    undeclaredProperties(f, x, p, 1776, k325, false);
  }
}
function v1313(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1779, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1780, 1, e326, true);
    typed(f, x.description, p, "/description", 1781, 1, true);
    nested(f, x.detail, p, "/detail", 1782, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1779, k4, false);
  }
}
function v1312(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1778, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1778, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1779, "object", v1313, true);
    undeclaredProperties(f, x, p, 1778, k5, false);
  }
}
function v1316(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1783, "object", x);
  else {
    nested(f, x.virtual_machine_group, p, "/virtual_machine_group", 1784, "VirtualMachineGroup", v1306, true);
    undeclaredProperties(f, x, p, 1783, k325, false);
  }
}
function v1318(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1785, "object", x);
  else {
    nested(f, x.virtual_machine_group, p, "/virtual_machine_group", 1786, "VirtualMachineGroup", v1306, true);
    undeclaredProperties(f, x, p, 1785, k325, false);
  }
}
function v1326(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1795, "null", x);
}
function v1324(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1794, k24, false);
  }
  oneOf(f, p, 1794, x, [v639, v1326], true);
}
function v1329(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1797, "null", x);
}
function v1327(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1796, k24, false);
  }
  oneOf(f, p, 1796, x, [v639, v1329], true);
}
function v1330(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1798, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1799, "AddressReference", v894, true);
    }
  }
}
function v1323(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1791, "object", x);
  else {
    typed(f, x.id, p, "/id", 1792, 1, true);
    typed(f, x.name, p, "/name", 1793, 1, true);
    nested(f, x.network, p, "/network", 1794, "one of NamedReference, null", v1324, true);
    nested(f, x.virtual_network, p, "/virtual_network", 1796, "one of NamedReference, null", v1327, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 1798, "array of AddressReference", v1330, true);
    undeclaredProperties(f, x, p, 1791, k327, false);
  }
}
function v1322(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1789, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1790, "VirtualMachineNetworkInterfaceSummary", v1323, true);
    }
  }
}
function v1320(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1787, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1788, "Pagination", v1, true);
    nested(f, x.virtual_machine_network_interfaces, p, "/virtual_machine_network_interfaces", 1789, "array of VirtualMachineNetworkInterfaceSummary", v1322, true);
    undeclaredProperties(f, x, p, 1787, k328, false);
  }
}
function v1338(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1807, "null", x);
}
function v1336(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1806, k24, false);
  }
  oneOf(f, p, 1806, x, [v639, v1338], true);
}
function v1341(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1809, "null", x);
}
function v1339(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1808, k24, false);
  }
  oneOf(f, p, 1808, x, [v639, v1341], true);
}
function v1342(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1812, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1813, "AddressReference", v894, true);
    }
  }
}
function v1334(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1802, "object", x);
  else {
    typed(f, x.id, p, "/id", 1803, 1, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", 1804, "NamedReference", v66, true);
    typed(f, x.name, p, "/name", 1805, 1, true);
    nested(f, x.network, p, "/network", 1806, "one of NamedReference, null", v1336, true);
    nested(f, x.virtual_network, p, "/virtual_network", 1808, "one of NamedReference, null", v1339, true);
    typed(f, x.mac_address, p, "/mac_address", 1810, 1, true);
    typed(f, x.state, p, "/state", 1811, 1, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 1812, "array of AddressReference", v1342, true);
    nested(f, x.speed_profile, p, "/speed_profile", 1814, "PermalinkReference", v441, true);
    undeclaredProperties(f, x, p, 1802, k329, false);
  }
}
function v1333(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1800, "object", x);
  else {
    nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", 1801, "VirtualMachineNetworkInterfaceDetail", v1334, true);
    undeclaredProperties(f, x, p, 1800, k330, false);
  }
}
function v1349(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1762, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1762, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1763, "object", v1297, true);
  }
}
function v1352(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1817, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1818, 1, e331, true);
    typed(f, x.description, p, "/description", 1819, 1, true);
    nested(f, x.detail, p, "/detail", 1820, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1817, k4, false);
  }
}
function v1351(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1816, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1816, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1817, "object", v1352, true);
  }
}
function v1346(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1815, k5, false);
  }
  oneOf(f, p, 1815, x, [v713, v295, v1349, v1351], true);
}
function v1360(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1828, "null", x);
}
function v1358(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1827, k24, false);
  }
  oneOf(f, p, 1827, x, [v639, v1360], true);
}
function v1363(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1830, "null", x);
}
function v1361(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1829, k24, false);
  }
  oneOf(f, p, 1829, x, [v639, v1363], true);
}
function v1364(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1833, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1834, "AddressReference", v894, true);
    }
  }
}
function v1356(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1823, "object", x);
  else {
    typed(f, x.id, p, "/id", 1824, 1, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", 1825, "NamedReference", v66, true);
    typed(f, x.name, p, "/name", 1826, 1, true);
    nested(f, x.network, p, "/network", 1827, "one of NamedReference, null", v1358, true);
    nested(f, x.virtual_network, p, "/virtual_network", 1829, "one of NamedReference, null", v1361, true);
    typed(f, x.mac_address, p, "/mac_address", 1831, 1, true);
    typed(f, x.state, p, "/state", 1832, 1, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 1833, "array of AddressReference", v1364, true);
    undeclaredProperties(f, x, p, 1823, k332, false);
  }
}
function v1355(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1821, "object", x);
  else {
    nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", 1822, "VirtualMachineNetworkInterface", v1356, true);
    undeclaredProperties(f, x, p, 1821, k330, false);
  }
}
function v1371(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1837, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1838, 1, e333, true);
    typed(f, x.description, p, "/description", 1839, 1, true);
    nested(f, x.detail, p, "/detail", 1840, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1837, k4, false);
  }
}
function v1370(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1836, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1836, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1837, "object", v1371, true);
  }
}
function v1367(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1835, k5, false);
  }
  oneOf(f, p, 1835, x, [v713, v295, v1370], true);
}
function v1374(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1841, "object", x);
  else {
    nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", 1842, "VirtualMachineNetworkInterfaceDetail", v1334, true);
    undeclaredProperties(f, x, p, 1841, k330, false);
  }
}
function v1377(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1844, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1845, 1, e334, true);
    typed(f, x.description, p, "/description", 1846, 1, true);
    nested(f, x.detail, p, "/detail", 1847, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1844, k4, false);
  }
}
function v1376(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1843, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1843, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1844, "object", v1377, true);
    undeclaredProperties(f, x, p, 1843, k5, false);
  }
}
function v1380(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1848, "object", x);
  else {
    nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", 1849, "VirtualMachineNetworkInterfaceDetail", v1334, true);
    undeclaredProperties(f, x, p, 1848, k330, false);
  }
}
function v1383(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1851, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1852, "IpAddress", v516, true);
    }
  }
}
function v1382(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1850, "object", x);
  else {
    nested(f, x.ip_addresses, p, "/ip_addresses", 1851, "array of IpAddress", v1383, true);
    undeclaredProperties(f, x, p, 1850, k282, false);
  }
}
function v1385(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1853, "object", x);
  else {
    nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", 1854, "VirtualMachineNetworkInterface", v1356, true);
    undeclaredProperties(f, x, p, 1853, k330, false);
  }
}
function v1388(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1843, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1843, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1844, "object", v1377, true);
  }
}
function v1390(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1145, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1145, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1146, "object", v829, true);
  }
}
function v1387(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1855, k5, false);
  }
  oneOf(f, p, 1855, x, [v1388, v1390], true);
}
function v1394(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1858, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1859, 1, e335, true);
    typed(f, x.description, p, "/description", 1860, 1, true);
    nested(f, x.detail, p, "/detail", 1861, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1858, k4, false);
  }
}
function v1393(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1857, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1857, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1858, "object", v1394, true);
  }
}
function v1398(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1863, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1864, 1, e336, true);
    typed(f, x.description, p, "/description", 1865, 1, true);
    nested(f, x.detail, p, "/detail", 1866, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1863, k4, false);
  }
}
function v1397(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1862, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1862, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1863, "object", v1398, true);
  }
}
function v1392(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1856, k5, false);
  }
  oneOf(f, p, 1856, x, [v1393, v1397], true);
}
function v1402(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1867, "object", x);
  else {
    nested(f, x.task, p, "/task", 1868, "Task", v685, true);
    undeclaredProperties(f, x, p, 1867, k277, false);
  }
}
function v1404(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1869, k5, false);
  }
  oneOf(f, p, 1869, x, [v1388, v1351], true);
}
function v1408(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1871, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1872, 1, e337, true);
    typed(f, x.description, p, "/description", 1873, 1, true);
    nested(f, x.detail, p, "/detail", 1874, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1871, k4, false);
  }
}
function v1407(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1870, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1870, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1871, "object", v1408, true);
    undeclaredProperties(f, x, p, 1870, k5, false);
  }
}
function v1411(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1875, "object", x);
  else {
    nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", 1876, "VirtualMachineNetworkInterfaceDetail", v1334, true);
    nested(f, x.task, p, "/task", 1877, "Task", v685, true);
    undeclaredProperties(f, x, p, 1875, k338, false);
  }
}
function v1415(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1879, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1880, 1, e339, true);
    typed(f, x.description, p, "/description", 1881, 1, true);
    nested(f, x.detail, p, "/detail", 1882, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1879, k4, false);
  }
}
function v1414(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1878, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1878, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1879, "object", v1415, true);
    undeclaredProperties(f, x, p, 1878, k5, false);
  }
}
function v1418(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1883, "object", x);
  else {
    nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", 1884, "VirtualMachineNetworkInterfaceDetail", v1334, true);
    nested(f, x.task, p, "/task", 1885, "Task", v685, true);
    undeclaredProperties(f, x, p, 1883, k338, false);
  }
}
function v1422(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1887, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1888, 1, e340, true);
    typed(f, x.description, p, "/description", 1889, 1, true);
    nested(f, x.detail, p, "/detail", 1890, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1887, k4, false);
  }
}
function v1421(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1886, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1886, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1887, "object", v1422, true);
    undeclaredProperties(f, x, p, 1886, k5, false);
  }
}
function v1428(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 656, "object", x);
  else {
    typed(f, x.id, p, "/id", 657, 1, true);
    typed(f, x.name, p, "/name", 658, 1, true);
    typed(f, x.permalink, p, "/permalink", 659, 1, true);
    typed(f, x.cpu_cores, p, "/cpu_cores", 660, 4, true);
    typed(f, x.ipv4_addresses, p, "/ipv4_addresses", 661, 4, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 662, 4, true);
    typed(f, x.storage_in_gb, p, "/storage_in_gb", 663, 4, true);
    typed(f, x.monthly_bandwidth_allowance_in_gb, p, "/monthly_bandwidth_allowance_in_gb", 664, 20, true);
    enumerated(f, x.privacy, p, "/privacy", 665, 1, e126, true);
    nested(f, x.icon, p, "/icon", 666, "one of Attachment, null", v479, true);
    typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", 675, 8, true);
    nested(f, x.group, p, "/group", 676, "NamedReference", v66, true);
    undeclaredProperties(f, x, p, 656, k125, false);
  }
}
function v1427(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1893, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1894, "VirtualMachinePackage", v1428, true);
    }
  }
}
function v1425(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1891, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1892, "Pagination", v1, true);
    nested(f, x.virtual_machine_packages, p, "/virtual_machine_packages", 1893, "array of VirtualMachinePackage", v1427, true);
    undeclaredProperties(f, x, p, 1891, k341, false);
  }
}
function v1430(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1895, "object", x);
  else {
    nested(f, x.virtual_machine_package, p, "/virtual_machine_package", 1896, "VirtualMachinePackage", v1428, true);
    undeclaredProperties(f, x, p, 1895, k342, false);
  }
}
function v1432(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 362, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 362, "at least 1 property", x);
    nested(f, x.error, p, "/error", 363, "object", v288, true);
    undeclaredProperties(f, x, p, 362, k5, false);
  }
}
function v1439(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x) || x === null)) typeMismatch(f, p, 1908, "object or null", x);
  else {
    if (isObject(x)) {
      typed(f, x.name, p, "/name", 1909, 1, true);
      undeclaredProperties(f, x, p, 1908, k343, false);
    }
  }
}
function v1442(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1911, "null", x);
}
function v1440(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1910, k116, false);
  }
  oneOf(f, p, 1910, x, [v790, v1442], true);
}
function v1444(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1913, "object", x);
  else {
    typed(f, x.address, p, "/address", 1914, 1, true);
    undeclaredProperties(f, x, p, 1913, k224, false);
  }
}
function v1443(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1912, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1913, "object", v1444, true);
    }
  }
}
function v1447(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1916, "null", x);
}
function v1445(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1915, k24, false);
  }
  oneOf(f, p, 1915, x, [v639, v1447], true);
}
function v1437(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1901, "object", x);
  else {
    typed(f, x.id, p, "/id", 1902, 1, true);
    typed(f, x.name, p, "/name", 1903, 1, true);
    typed(f, x.hostname, p, "/hostname", 1904, 1, true);
    typed(f, x.fqdn, p, "/fqdn", 1905, 1, true);
    typed(f, x.created_at, p, "/created_at", 1906, 4, true);
    nested(f, x.zone, p, "/zone", 1907, "Zone", v457, true);
    nested(f, x.package, p, "/package", 1908, "object or null", v1439, true);
    nested(f, x.gpu_type, p, "/gpu_type", 1910, "one of PermalinkReference, null", v1440, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 1912, "array of object", v1443, true);
    nested(f, x.hypervisor, p, "/hypervisor", 1915, "one of NamedReference, null", v1445, true);
    undeclaredProperties(f, x, p, 1901, k344, false);
  }
}
function v1436(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1899, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1900, "VirtualMachineSummary", v1437, true);
    }
  }
}
function v1434(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1897, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", 1898, "Pagination", v1, true);
    nested(f, x.virtual_machines, p, "/virtual_machines", 1899, "array of VirtualMachineSummary", v1436, true);
    undeclaredProperties(f, x, p, 1897, k345, false);
  }
}
function v1455(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1931, "null", x);
}
function v1453(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1930, k124, false);
  }
  oneOf(f, p, 1930, x, [v474, v1455], true);
}
function v1458(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1933, "null", x);
}
function v1456(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1932, k125, false);
  }
  oneOf(f, p, 1932, x, [v478, v1458], true);
}
function v1461(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1935, "null", x);
}
function v1459(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1934, k128, false);
  }
  oneOf(f, p, 1934, x, [v487, v1461], true);
}
function v1463(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1114, "object", x);
  else {
    typed(f, x.id, p, "/id", 1115, 1, true);
    typed(f, x.name, p, "/name", 1116, 1, true);
    typed(f, x.manufacturer, p, "/manufacturer", 1117, 1, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 1118, 4, true);
    typed(f, x.memory_type, p, "/memory_type", 1119, 1, true);
    typed(f, x.permalink, p, "/permalink", 1120, 1, true);
  }
}
function v1465(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1940, "null", x);
}
function v1462(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1939, k202, false);
  }
  oneOf(f, p, 1939, x, [v1463, v1465], true);
}
function v1466(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1941, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1942, "VirtualMachineGpu", v507, true);
    }
  }
}
function v1468(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1943, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1944, "Tag", v512, true);
    }
  }
}
function v1470(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1945, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      typed(f, y, q, "", 1946, 1, true);
    }
  }
}
function v1471(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1947, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1948, "IpAddress", v516, true);
    }
  }
}
function v1475(x: any, p: string, f: DriftFinding[]): void {
  if (!(x === null)) typeMismatch(f, p, 1950, "null", x);
}
function v1473(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1949, k137, false);
  }
  oneOf(f, p, 1949, x, [v522, v1475], true);
}
function v1450(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1919, "object", x);
  else {
    typed(f, x.id, p, "/id", 1920, 1, true);
    typed(f, x.name, p, "/name", 1921, 1, true);
    typed(f, x.hostname, p, "/hostname", 1922, 1, true);
    typed(f, x.fqdn, p, "/fqdn", 1923, 1, true);
    typed(f, x.description, p, "/description", 1924, 17, true);
    typed(f, x.created_at, p, "/created_at", 1925, 4, true);
    typed(f, x.initial_root_password, p, "/initial_root_password", 1926, 17, true);
    enumerated(f, x.state, p, "/state", 1927, 1, e78, true);
    nested(f, x.zone, p, "/zone", 1928, "Zone", v457, true);
    nested(f, x.organization, p, "/organization", 1929, "Organization", v462, true);
    nested(f, x.group, p, "/group", 1930, "one of VirtualMachineGroup, null", v1453, true);
    nested(f, x.package, p, "/package", 1932, "one of VirtualMachinePackage, null", v1456, true);
    nested(f, x.attached_iso, p, "/attached_iso", 1934, "one of Iso, null", v1459, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", 1936, 20, true);
    typed(f, x.cpu_cores, p, "/cpu_cores", 1937, 20, true);
    typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", 1938, 24, true);
    nested(f, x.gpu_type, p, "/gpu_type", 1939, "one of GpuTypeSummary, null", v1462, true);
    nested(f, x.gpus, p, "/gpus", 1941, "array of VirtualMachineGpu", v1466, true);
    nested(f, x.tags, p, "/tags", 1943, "array of Tag", v1468, true);
    nested(f, x.tag_names, p, "/tag_names", 1945, "array of string", v1470, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", 1947, "array of IpAddress", v1471, true);
    nested(f, x.hypervisor, p, "/hypervisor", 1949, "one of Hypervisor, null", v1473, true);
    undeclaredProperties(f, x, p, 1919, k142, false);
  }
}
function v1477(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1951, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1952, "KeyValue", v58, true);
    }
  }
}
function v1449(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1917, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", 1918, "VirtualMachine", v1450, true);
    nested(f, x.annotations, p, "/annotations", 1951, "array of KeyValue", v1477, true);
    undeclaredProperties(f, x, p, 1917, k346, false);
  }
}
function v1479(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1953, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", 1954, "TrashObject", v696, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", 1955, "VirtualMachine", v1450, true);
    undeclaredProperties(f, x, p, 1953, k347, false);
  }
}
function v1484(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1958, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1959, "KeyValue", v58, true);
    }
  }
}
function v1482(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1956, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", 1957, "VirtualMachine", v1450, true);
    nested(f, x.annotations, p, "/annotations", 1958, "array of KeyValue", v1484, true);
    undeclaredProperties(f, x, p, 1956, k346, false);
  }
}
function v1486(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1960, "object", x);
  else {
    nested(f, x.task, p, "/task", 1961, "Task", v685, true);
    undeclaredProperties(f, x, p, 1960, k277, false);
  }
}
function v1488(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1962, k5, false);
  }
  oneOf(f, p, 1962, x, [v713, v287], true);
}
function v1491(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1963, "object", x);
  else {
    nested(f, x.task, p, "/task", 1964, "Task", v685, true);
    undeclaredProperties(f, x, p, 1963, k277, false);
  }
}
function v1500(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1967, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1968, 1, e348, true);
    typed(f, x.description, p, "/description", 1969, 1, true);
    nested(f, x.detail, p, "/detail", 1970, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1967, k4, false);
  }
}
function v1499(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1966, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1966, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1967, "object", v1500, true);
  }
}
function v1493(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1965, k5, false);
  }
  oneOf(f, p, 1965, x, [v14, v18, v22, v26, v39, v1499], true);
}
function v1504(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1971, k5, false);
  }
  oneOf(f, p, 1971, x, [v713, v1390], true);
}
function v1509(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1974, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1975, 1, e349, true);
    typed(f, x.description, p, "/description", 1976, 1, true);
    nested(f, x.detail, p, "/detail", 1977, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1974, k4, false);
  }
}
function v1508(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1973, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1973, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1974, "object", v1509, true);
  }
}
function v1507(x: any, p: string, f: DriftFinding[]): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, 1972, k5, false);
  }
  oneOf(f, p, 1972, x, [v1508, v1393], true);
}
function v1514(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1979, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1980, 1, e350, true);
    typed(f, x.description, p, "/description", 1981, 1, true);
    nested(f, x.detail, p, "/detail", 1982, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1979, k4, false);
  }
}
function v1513(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1978, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1978, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1979, "object", v1514, true);
    undeclaredProperties(f, x, p, 1978, k5, false);
  }
}
function v1518(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1984, "object", x);
  else {
    enumerated(f, x.code, p, "/code", 1985, 1, e351, true);
    typed(f, x.description, p, "/description", 1986, 1, true);
    nested(f, x.detail, p, "/detail", 1987, "EmptyErrorDetail", v10, true);
    undeclaredProperties(f, x, p, 1984, k4, false);
  }
}
function v1517(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1983, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 1983, "at least 1 property", x);
    nested(f, x.error, p, "/error", 1984, "object", v1518, true);
    undeclaredProperties(f, x, p, 1983, k5, false);
  }
}
function v1523(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1991, "object", x);
  else {
    typed(f, x.id, p, "/id", 1992, 1, true);
    typed(f, x.name, p, "/name", 1993, 1, true);
    typed(f, x.permalink, p, "/permalink", 1994, 17, true);
    nested(f, x.data_center, p, "/data_center", 1995, "PermalinkReference", v441, true);
    undeclaredProperties(f, x, p, 1991, k122, false);
  }
}
function v1522(x: any, p: string, f: DriftFinding[]): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, 1989, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", 1990, "ZoneSummary", v1523, true);
    }
  }
}
function v1521(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1988, "object", x);
  else {
    nested(f, x.zones, p, "/zones", 1989, "array of ZoneSummary", v1522, true);
    undeclaredProperties(f, x, p, 1988, k352, false);
  }
}
function v1526(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 1996, "object", x);
  else {
    nested(f, x.zone, p, "/zone", 1997, "Zone", v457, true);
    undeclaredProperties(f, x, p, 1996, k353, false);
  }
}
function v1528(x: any, p: string, f: DriftFinding[]): void {
  if (!(isObject(x))) typeMismatch(f, p, 352, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, 352, "at least 1 property", x);
    nested(f, x.error, p, "/error", 353, "object", v280, true);
    undeclaredProperties(f, x, p, 352, k5, false);
  }
}

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "katapult",
  spec: "v1+a62202e404e1",
  nodes: [-1,"/paths/~1organizations~1organization~1api_tokens/get/responses/200/content/application~1json/schema",0,"pagination",-1,"/components/schemas/Pagination",2,"current_page",2,"total_pages",2,"total",2,"per_page",2,"large_set",0,"api_tokens",8,"/items",-1,"/components/schemas/ApiToken",10,"id",10,"name",10,"organization_id",10,"authorized_ip_addresses",14,"/items",10,"expires_at",10,"rate_limit",10,"scopes",18,"/items",10,"secret",-1,"/components/schemas/MissingApiTokenError",21,"error",22,"code",22,"description",22,"detail",-1,"/components/schemas/EmptyErrorDetail",-1,"/components/responses/ForbiddenOrganizationPermission/content/application~1json/schema",-1,"/components/schemas/UnauthorizedNetworkForApiTokenError",28,"error",29,"code",29,"description",29,"detail",32,"ip_address",-1,"/components/schemas/InvalidApiTokenError",34,"error",35,"code",35,"description",35,"detail",38,"details",-1,"/components/schemas/InvalidCapabilitiesTokenError",40,"error",41,"code",41,"description",41,"detail",-1,"/components/schemas/ScopeNotGrantedError",45,"error",46,"code",46,"description",46,"detail",49,"scopes",50,"/items",-1,"/components/schemas/OrganizationSuspendedError",52,"error",53,"code",53,"description",53,"detail",-1,"/components/schemas/OrganizationNotActivatedError",57,"error",58,"code",58,"description",58,"detail",-1,"/components/schemas/PermissionDeniedError",62,"error",63,"code",63,"description",63,"detail",66,"details",-1,"/components/schemas/OrganizationNotFoundError",68,"error",69,"code",69,"description",69,"detail",-1,"/components/schemas/RateLimitReachedError",73,"error",74,"code",74,"description",74,"detail",77,"total_permitted",-1,"/components/schemas/ServiceUnavailableError",79,"error",80,"code",80,"description",80,"detail",-1,"/paths/~1organizations~1organization~1api_tokens/post/responses/200/content/application~1json/schema",84,"api_token",84,"annotations",86,"/items",-1,"/components/schemas/KeyValue",88,"key",88,"value",-1,"/components/schemas/ValidationError",91,"error",92,"code",92,"description",92,"detail",95,"errors",96,"/items",-1,"/paths/~1api_tokens~1api_token/delete/responses/200/content/application~1json/schema",98,"api_token",-1,"/components/schemas/NamedReference",100,"id",100,"name",-1,"/components/responses/ForbiddenPermission/content/application~1json/schema",-1,"/components/schemas/ApiTokenNotFoundError",104,"error",105,"code",105,"description",105,"detail",-1,"/paths/~1api_tokens~1api_token/patch/responses/200/content/application~1json/schema",109,"api_token",109,"annotations",111,"/items",-1,"/paths/~1api_tokens~1api_token~1regenerate_secret/post/responses/200/content/application~1json/schema",113,"api_token",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster~1access_keys/post/responses/201/content/application~1json/schema",115,"object_storage_access_key",-1,"/components/schemas/ObjectStorageAccessKey",117,"id",117,"name",117,"created_at",117,"region",117,"state",117,"all_buckets_read",117,"all_objects_read",117,"all_objects_write",117,"read_buckets",126,"/items",117,"write_buckets",128,"/items",117,"server_url",117,"s3_access_key_id",117,"s3_secret_access_key",-1,"/components/responses/ForbiddenObjectStorage/content/application~1json/schema",-1,"/components/schemas/ObjectStorageAccountNotProvisionedError",134,"error",135,"code",135,"description",135,"detail",-1,"/components/schemas/ObjectStorageAccountSuspendedError",139,"error",140,"code",140,"description",140,"detail",-1,"/components/responses/ObjectStorageAccountNotFound/content/application~1json/schema",-1,"/components/schemas/ObjectStorageClusterNotFoundError",145,"error",146,"code",146,"description",146,"detail",-1,"/components/schemas/ObjectStorageAccountNotFoundError",150,"error",151,"code",151,"description",151,"detail",-1,"/components/schemas/ObjectInTrashError",155,"error",156,"code",156,"description",156,"detail",159,"trash_object",-1,"/components/schemas/TrashObject",161,"id",161,"keep_until",161,"object_id",161,"object_type",-1,"/components/schemas/ObjectInTrashError/properties/error/properties/detail/properties/trash_object/oneOf/1",-1,"/paths/~1organizations~1organization~1object_storage~1access_keys/get/responses/200/content/application~1json/schema",167,"pagination",167,"object_storage_access_keys",169,"/items",-1,"/paths/~1object_storage~1access_keys~1access_key~1generate_credentials/post/responses/200/content/application~1json/schema",171,"object_storage_access_key",-1,"/components/schemas/ObjectStorageAccessKeyNotFoundError",173,"error",174,"code",174,"description",174,"detail",-1,"/components/schemas/TaskQueueingError",178,"error",179,"code",179,"description",179,"detail",182,"details",-1,"/components/schemas/ObjectStorageProvisioningError",184,"error",185,"code",185,"description",185,"detail",-1,"/paths/~1object_storage~1access_keys~1access_key/get/responses/200/content/application~1json/schema",189,"object_storage_access_key",-1,"/paths/~1object_storage~1access_keys~1access_key/delete/responses/200/content/application~1json/schema",191,"success",-1,"/components/schemas/NetworkError",193,"error",194,"code",194,"description",194,"detail",-1,"/paths/~1object_storage~1access_keys~1access_key/patch/responses/200/content/application~1json/schema",198,"object_storage_access_key",-1,"/paths/~1object_storage~1access_keys~1access_key/patch/responses/422/content/application~1json/schema",-1,"/paths/~1address_lists~1address_list~1entries/get/responses/200/content/application~1json/schema",201,"pagination",201,"address_list_entries",203,"/items",-1,"/components/schemas/AddressListEntry",205,"id",205,"address",205,"name",-1,"/components/schemas/AddressListNotFoundError",209,"error",210,"code",210,"description",210,"detail",-1,"/paths/~1address_lists~1address_list~1entries/post/responses/201/content/application~1json/schema",214,"address_list_entry",-1,"/paths/~1address_list_entries~1address_list_entry/get/responses/200/content/application~1json/schema",216,"address_list_entry",-1,"/components/responses/Forbidden/content/application~1json/schema",-1,"/components/schemas/AddressListEntryNotFoundError",219,"error",220,"code",220,"description",220,"detail",-1,"/paths/~1address_list_entries~1address_list_entry/delete/responses/200/content/application~1json/schema",224,"address_list_entry",-1,"/paths/~1address_list_entries~1address_list_entry/patch/responses/200/content/application~1json/schema",226,"address_list_entry",-1,"/components/schemas/EmptyObject",-1,"/paths/~1address_lists/get/responses/200/content/application~1json/schema",229,"pagination",229,"address_lists",231,"/items",-1,"/components/schemas/AddressListSummary",233,"id",233,"name",233,"global",-1,"/paths/~1organizations~1organization~1address_lists/get/responses/200/content/application~1json/schema",237,"pagination",237,"address_lists",239,"/items",-1,"/paths/~1organizations~1organization~1address_lists/post/responses/201/content/application~1json/schema",241,"address_list",-1,"/components/schemas/AddressList",243,"id",243,"name",243,"global",243,"entries",247,"/items",241,"annotations",249,"/items",-1,"/paths/~1address_lists~1address_list/get/responses/200/content/application~1json/schema",251,"address_list",251,"annotations",253,"/items",-1,"/paths/~1address_lists~1address_list/delete/responses/200/content/application~1json/schema",255,"address_list",-1,"/paths/~1address_lists~1address_list/patch/responses/200/content/application~1json/schema",257,"address_list",257,"annotations",259,"/items",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster~1buckets/post/responses/201/content/application~1json/schema",261,"object_storage_bucket",-1,"/components/schemas/ObjectStorageBucket",263,"name",263,"label",263,"created_at",263,"state",263,"custom_domain",263,"object_count",263,"size",263,"serve_static_site",263,"static_site_index",263,"static_site_error",263,"public_url",263,"access_control_list",-1,"/components/schemas/ObjectStorageBucketAccessControlList",276,"public_read",276,"public_list",276,"all_keys_read",276,"all_keys_write",276,"read_key_ids",281,"/items",276,"write_key_ids",283,"/items",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/get/responses/200/content/application~1json/schema",285,"object_storage_bucket",-1,"/components/responses/ObjectStorageBucketNotFound/content/application~1json/schema",-1,"/components/schemas/ObjectStorageBucketNotFoundError",288,"error",289,"code",289,"description",289,"detail",-1,"/components/schemas/MultipleObjectStorageBucketsFoundError",293,"error",294,"code",294,"description",294,"detail",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/delete/responses/200/content/application~1json/schema",298,"success",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/delete/responses/403/content/application~1json/schema",-1,"/components/schemas/ObjectStorageBucketDeletionError",301,"error",302,"code",302,"description",302,"detail",305,"details",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/patch/responses/200/content/application~1json/schema",307,"object_storage_bucket",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1revoke_presigned_urls/post/responses/200/content/application~1json/schema",309,"success",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1object/get/responses/200/content/application~1json/schema",311,"object_details",-1,"/components/schemas/ObjectStorageObject",313,"filename",313,"bucket_name",313,"full_path",313,"public_url",313,"size",313,"folder",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1object/get/responses/404/content/application~1json/schema",-1,"/components/schemas/ObjectNotFoundError",321,"error",322,"code",322,"description",322,"detail",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1presigned_url/post/responses/200/content/application~1json/schema",326,"url",-1,"/paths/~1organizations~1organization~1virtual_machines~1build/post/responses/201/content/application~1json/schema",328,"task",-1,"/components/schemas/QueuedTask",330,"id",330,"name",330,"status",-1,"/components/schemas/TaskStatus",328,"build",-1,"/components/schemas/VirtualMachineBuildSummary",336,"id",336,"state",328,"virtual_machine_build",328,"hostname",328,"annotations",341,"/items",-1,"/components/responses/ForbiddenResourceCreation/content/application~1json/schema",-1,"/components/schemas/ResourceCreationRestrictedError",344,"error",345,"code",345,"description",345,"detail",348,"errors",349,"/items",-1,"/paths/~1organizations~1organization~1virtual_machines~1build/post/responses/404/content/application~1json/schema",-1,"/components/schemas/ZoneNotFoundError",352,"error",353,"code",353,"description",353,"detail",-1,"/components/schemas/DataCenterNotFoundError",357,"error",358,"code",358,"description",358,"detail",-1,"/components/schemas/PackageNotFoundError",362,"error",363,"code",363,"description",363,"detail",-1,"/components/schemas/DiskTemplateNotFoundError",367,"error",368,"code",368,"description",368,"detail",-1,"/components/schemas/NetworkNotFoundError",372,"error",373,"code",373,"description",373,"detail",-1,"/paths/~1organizations~1organization~1virtual_machines~1build/post/responses/422/content/application~1json/schema",-1,"/components/schemas/LocationRequiredError",378,"error",379,"code",379,"description",379,"detail",-1,"/components/schemas/OneSystemDiskRequiredError",383,"error",384,"code",384,"description",384,"detail",-1,"/paths/~1organizations~1organization~1virtual_machines~1build_from_spec/post/responses/201/content/application~1json/schema",388,"task",388,"build",388,"virtual_machine_build",388,"hostname",388,"annotations",393,"/items",-1,"/paths/~1organizations~1organization~1virtual_machines~1build_from_spec/post/responses/400/content/application~1json/schema",-1,"/components/schemas/InvalidSpecXmlError",396,"error",397,"code",397,"description",397,"detail",400,"errors",-1,"/paths/~1virtual_machines~1builds~1virtual_machine_build/get/responses/200/content/application~1json/schema",402,"virtual_machine_build",-1,"/components/schemas/VirtualMachineBuild",404,"id",404,"spec_xml",404,"state",404,"virtual_machine",-1,"/components/schemas/VirtualMachineOverview",409,"id",409,"name",409,"hostname",409,"fqdn",409,"state",-1,"/components/schemas/VirtualMachineBuild/properties/virtual_machine/oneOf/1",404,"created_at",402,"build",402,"annotations",418,"/items",-1,"/components/schemas/BuildNotFoundError",420,"error",421,"code",421,"description",421,"detail",-1,"/paths/~1organizations~1organization~1certificates/get/responses/200/content/application~1json/schema",425,"pagination",425,"certificates",427,"/items",-1,"/components/schemas/CertificateSummary",429,"id",429,"name",429,"issuer",429,"state",429,"expires_at",429,"last_issued_at",-1,"/components/responses/ForbiddenOrganization/content/application~1json/schema",-1,"/paths/~1certificates~1certificate/get/responses/200/content/application~1json/schema",437,"certificate",-1,"/components/schemas/Certificate",439,"id",439,"name",439,"additional_names",442,"/items",439,"issuer",439,"state",439,"created_at",439,"expires_at",439,"last_issued_at",439,"issue_error",439,"authorization_method",439,"certificate_api_url",439,"certificate",439,"chain",439,"private_key",-1,"/components/schemas/CertificateNotFoundError",455,"error",456,"code",456,"description",456,"detail",-1,"/paths/~1virtual_machines~1virtual_machine~1console_sessions/post/responses/201/content/application~1json/schema",460,"console_session",-1,"/components/schemas/ConsoleSession",462,"id",462,"url",462,"expires_at",462,"virtual_machine",-1,"/components/schemas/VirtualMachineNotFoundError",467,"error",468,"code",468,"description",468,"detail",-1,"/paths/~1virtual_machines~1virtual_machine~1console_sessions/post/responses/406/content/application~1json/schema",-1,"/components/schemas/VirtualMachineMustBeStartedError",473,"error",474,"code",474,"description",474,"detail",477,"current_state",-1,"/paths/~1countries/get/responses/200/content/application~1json/schema",479,"pagination",479,"countries",481,"/items",-1,"/paths/~1countries~1country/get/responses/200/content/application~1json/schema",483,"country",-1,"/components/schemas/Country",485,"id",485,"name",485,"iso_code2",485,"iso_code3",485,"time_zone",485,"eu",-1,"/components/schemas/CountryNotFoundError",492,"error",493,"code",493,"description",493,"detail",-1,"/paths/~1countries~1country~1country_states/get/responses/200/content/application~1json/schema",497,"pagination",497,"country_states",499,"/items",-1,"/paths/~1country_states~1country_state/get/responses/200/content/application~1json/schema",501,"country_state",-1,"/components/schemas/CountryState",503,"id",503,"name",503,"code",503,"country",-1,"/components/schemas/CountryStateNotFoundError",508,"error",509,"code",509,"description",509,"detail",-1,"/paths/~1currencies/get/responses/200/content/application~1json/schema",513,"pagination",513,"currencies",515,"/items",-1,"/paths/~1currencies~1currency/get/responses/200/content/application~1json/schema",517,"currency",-1,"/components/schemas/Currency",519,"id",519,"name",519,"iso_code",519,"symbol",-1,"/components/schemas/CurrencyNotFoundError",524,"error",525,"code",525,"description",525,"detail",-1,"/paths/~1organizations~1organization~1dns_zones/get/responses/200/content/application~1json/schema",529,"pagination",529,"dns_zones",531,"/items",-1,"/components/schemas/DnsZone",533,"id",533,"name",533,"default_ttl",533,"verified",-1,"/paths/~1organizations~1organization~1dns_zones/post/responses/201/content/application~1json/schema",538,"dns_zone",-1,"/paths/~1organizations~1organization~1dns_zones~1nameservers/get/responses/200/content/application~1json/schema",540,"nameservers",541,"/items",-1,"/paths/~1dns_zones~1dns_zone/get/responses/200/content/application~1json/schema",543,"dns_zone",-1,"/components/schemas/DnsZoneNotFoundError",545,"error",546,"code",546,"description",546,"detail",-1,"/paths/~1dns_zones~1dns_zone/delete/responses/200/content/application~1json/schema",550,"deleted",-1,"/paths/~1dns_zones~1dns_zone/patch/responses/200/content/application~1json/schema",552,"dns_zone",-1,"/paths/~1dns_zones~1dns_zone~1verify/post/responses/200/content/application~1json/schema",554,"dns_zone",-1,"/components/schemas/DnsZoneNotVerifiedError",556,"error",557,"code",557,"description",557,"detail",-1,"/paths/~1data_centers/get/responses/200/content/application~1json/schema",561,"data_centers",562,"/items",-1,"/components/schemas/DataCenterSummary",564,"id",564,"name",564,"permalink",564,"country",-1,"/paths/~1data_centers~1data_center/get/responses/200/content/application~1json/schema",569,"data_center",-1,"/paths/~1data_centers~1data_center~1default_network/get/responses/200/content/application~1json/schema",571,"network",-1,"/components/schemas/AvailableNetwork",573,"id",573,"name",573,"permalink",573,"default",573,"data_center",-1,"/components/schemas/PermalinkReference",579,"id",579,"name",579,"permalink",-1,"/paths/~1organizations~1organization~1disk_io_profiles/get/responses/200/content/application~1json/schema",583,"pagination",583,"disk_io_profiles",585,"/items",-1,"/components/schemas/DiskIoProfile",587,"id",587,"name",587,"permalink",587,"speed_in_mb",587,"iops",-1,"/paths/~1organizations~1organization~1disk_backup_policies/get/responses/200/content/application~1json/schema",593,"pagination",593,"disk_backup_policies",595,"/items",-1,"/components/schemas/DiskBackupPolicySummary",597,"id",597,"retention",597,"total_size",597,"target",-1,"/components/schemas/DiskBackupPolicyTarget",602,"target",-1,"/components/schemas/BackupPolicyVirtualMachine",604,"id",604,"name",604,"hostname",604,"fqdn",604,"description",604,"created_at",604,"initial_root_password",604,"state",604,"zone",-1,"/components/schemas/Zone",614,"id",614,"name",614,"permalink",614,"data_center",-1,"/components/schemas/DataCenter",619,"id",619,"name",619,"permalink",619,"country",604,"organization",-1,"/components/schemas/Organization",625,"id",625,"name",625,"sub_domain",625,"infrastructure_domain",625,"created_at",625,"activated_at",625,"suspended",625,"managed",625,"billing_name",625,"address1",625,"address2",625,"address3",625,"address4",625,"postcode",625,"vat_number",625,"phone_number",625,"currency",625,"country",-1,"/components/schemas/Organization/properties/country/oneOf/1",625,"country_state",-1,"/components/schemas/Organization/properties/country_state/oneOf/1",604,"group",-1,"/components/schemas/VirtualMachineGroup",648,"id",648,"name",648,"segregate",648,"auto_segregate",648,"created_at",-1,"/components/schemas/BackupPolicyVirtualMachine/properties/group/oneOf/1",604,"package",-1,"/components/schemas/VirtualMachinePackage",656,"id",656,"name",656,"permalink",656,"cpu_cores",656,"ipv4_addresses",656,"memory_in_gb",656,"storage_in_gb",656,"monthly_bandwidth_allowance_in_gb",656,"privacy",656,"icon",-1,"/components/schemas/Attachment",667,"url",667,"file_name",667,"file_type",667,"file_size",667,"digest",667,"token",-1,"/components/schemas/VirtualMachinePackage/properties/icon/oneOf/1",656,"use_dedicated_cpus",656,"group",-1,"/components/schemas/BackupPolicyVirtualMachine/properties/package/oneOf/1",604,"attached_iso",-1,"/components/schemas/Iso",679,"id",679,"name",679,"operating_system",-1,"/components/schemas/OperatingSystem",683,"id",683,"name",683,"badge",-1,"/components/schemas/OperatingSystem/properties/badge/oneOf/1",-1,"/components/schemas/Iso/properties/operating_system/oneOf/1",-1,"/components/schemas/BackupPolicyVirtualMachine/properties/attached_iso/oneOf/1",604,"memory_in_gb",604,"cpu_cores",604,"use_dedicated_cpus",604,"gpu_type",-1,"/components/schemas/GpuType",694,"id",694,"name",694,"manufacturer",694,"memory_in_gb",694,"memory_type",694,"permalink",694,"data_centers",701,"/items",-1,"/components/schemas/GpuType/properties/data_centers/items/oneOf/1",-1,"/components/schemas/BackupPolicyVirtualMachine/properties/gpu_type/oneOf/1",604,"gpus",705,"/items",-1,"/components/schemas/VirtualMachineGpu",707,"id",707,"status",707,"pending_action",707,"available",707,"type",604,"tags",713,"/items",-1,"/components/schemas/Tag",715,"id",715,"name",715,"color",715,"created_at",604,"tag_names",720,"/items",604,"ip_addresses",722,"/items",-1,"/components/schemas/IpAddress",724,"id",724,"address",724,"reverse_dns",724,"vip",724,"label",724,"address_with_mask",724,"network",-1,"/components/schemas/Network",732,"id",732,"name",732,"permalink",732,"default",732,"data_center",724,"allocation_id",724,"allocation_type",604,"hypervisor",-1,"/components/schemas/Hypervisor",741,"id",741,"name",741,"ip_address",-1,"/components/schemas/BackupPolicyVirtualMachine/properties/hypervisor/oneOf/1",-1,"/components/schemas/BackupPolicyDisk",746,"id",746,"name",746,"size_in_gb",746,"wwn",746,"state",746,"created_at",746,"storage_speed",746,"io_profile",-1,"/components/schemas/BackupPolicyDisk/properties/io_profile/oneOf/1",746,"bus_type",746,"data_center",746,"virtual_machine_disk",-1,"/components/schemas/VirtualMachineDisk",759,"virtual_machine",759,"disk",746,"installation",-1,"/components/schemas/DiskInstallation",763,"id",763,"disk_template_version",-1,"/components/schemas/DiskTemplateVersion",766,"id",766,"number",766,"stable",766,"size_in_gb",766,"disk_template",-1,"/components/schemas/DiskTemplate",772,"id",772,"name",772,"description",772,"permalink",772,"universal",772,"size_in_gb",772,"latest_version",-1,"/components/schemas/DiskTemplate/properties/latest_version/oneOf/1",772,"operating_system",-1,"/components/schemas/DiskTemplate/properties/operating_system/oneOf/1",763,"attributes",783,"/items",-1,"/components/schemas/DiskInstallationAttribute",785,"key",785,"label",785,"value",785,"description",785,"protect",-1,"/components/schemas/BackupPolicyDisk/properties/installation/oneOf/1",759,"attach_on_boot",759,"boot",759,"state",-1,"/components/schemas/BackupPolicyDisk/properties/virtual_machine_disk/oneOf/1",597,"schedule",-1,"/components/schemas/ScheduleReference",797,"interval",797,"next_invocation_at",-1,"/paths/~1virtual_machines~1virtual_machine~1disk_backup_policies/get/responses/200/content/application~1json/schema",800,"pagination",800,"disk_backup_policies",802,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1disk_backup_policies/post/responses/200/content/application~1json/schema",804,"disk_backup_policy",-1,"/components/schemas/DiskBackupPolicy",806,"id",806,"retention",806,"total_size",806,"target",806,"schedule",-1,"/components/schemas/Schedule",812,"frequency",812,"interval",812,"minute",812,"next_invocation_at",812,"time",806,"auto_move_to_trash_at",-1,"/paths/~1disks~1disk~1disk_backup_policies/get/responses/200/content/application~1json/schema",819,"pagination",819,"disk_backup_policies",821,"/items",-1,"/components/schemas/DiskNotFoundError",823,"error",824,"code",824,"description",824,"detail",-1,"/paths/~1disks~1disk~1disk_backup_policies/post/responses/200/content/application~1json/schema",828,"disk_backup_policy",-1,"/paths/~1disk_backup_policies~1disk_backup_policy/get/responses/200/content/application~1json/schema",830,"disk_backup_policy",-1,"/components/schemas/DiskBackupPolicyNotFoundError",832,"error",833,"code",833,"description",833,"detail",-1,"/paths/~1disk_backup_policies~1disk_backup_policy/delete/responses/200/content/application~1json/schema",837,"disk_backup_policy",-1,"/components/schemas/IdReference",839,"id",-1,"/paths/~1disk_backup_policies~1disk_backup_policy/patch/responses/200/content/application~1json/schema",841,"disk_backup_policy",-1,"/components/schemas/DiskBackupPolicyUpdate",843,"id",843,"retention",843,"target",843,"schedule",-1,"/paths/~1disk_backup_policies~1disk_backup_policy~1schedule/delete/responses/200/content/application~1json/schema",848,"disk_backup_policy",-1,"/components/schemas/DiskBackupPolicyScheduledDeletion",850,"id",850,"target",850,"auto_move_to_trash_at",-1,"/paths/~1disk_backup_policies~1disk_backup_policy~1schedule/delete/responses/400/content/application~1json/schema",-1,"/components/schemas/InvalidTimestampError",855,"error",856,"code",856,"description",856,"detail",-1,"/paths/~1disk_templates~1disk_template~1versions/get/responses/200/content/application~1json/schema",860,"disk_template",860,"pagination",860,"disk_template_versions",863,"/items",-1,"/components/schemas/DiskTemplateVersionSummary",865,"id",865,"number",865,"stable",865,"size_in_gb",-1,"/paths/~1disk_template_versions~1disk_template_version/get/responses/200/content/application~1json/schema",870,"disk_template_version",-1,"/components/schemas/DiskTemplateVersionDetail",872,"id",872,"number",872,"stable",872,"size_in_gb",872,"disk_template",-1,"/components/schemas/DiskTemplateVersionNotFoundError",878,"error",879,"code",879,"description",879,"detail",-1,"/paths/~1disk_template_versions~1disk_template_version~1spec/get/responses/200/content/application~1json/schema",883,"disk_template_version",883,"spec",-1,"/components/schemas/TemplateSpec",886,"fields",887,"/items",-1,"/components/schemas/TemplateSpecField",889,"name",889,"type",889,"label",889,"description",889,"required",889,"placeholder",889,"prefill",-1,"/paths/~1organizations~1organization~1disk_templates/get/responses/200/content/application~1json/schema",897,"pagination",897,"disk_templates",899,"/items",-1,"/components/schemas/DiskTemplateSummary",901,"id",901,"name",901,"description",901,"permalink",901,"universal",901,"size_in_gb",901,"latest_version",-1,"/components/schemas/DiskTemplateVersionReference",909,"id",909,"number",-1,"/components/schemas/DiskTemplateSummary/properties/latest_version/oneOf/1",901,"operating_system",-1,"/components/schemas/DiskTemplateSummary/properties/operating_system/oneOf/1",-1,"/paths/~1organizations~1organization~1disk_templates/get/responses/404/content/application~1json/schema",-1,"/components/schemas/OperatingSystemNotFoundError",916,"error",917,"code",917,"description",917,"detail",-1,"/paths/~1disk_templates~1disk_template/get/responses/200/content/application~1json/schema",921,"disk_template",-1,"/components/schemas/DiskTemplateDetail",923,"id",923,"name",923,"description",923,"permalink",923,"universal",923,"size_in_gb",923,"latest_version",-1,"/components/schemas/DiskTemplateDetail/properties/latest_version/oneOf/1",923,"operating_system",-1,"/components/schemas/DiskTemplateDetail/properties/operating_system/oneOf/1",-1,"/paths/~1organizations~1organization~1disks/get/responses/200/content/application~1json/schema",934,"pagination",934,"disk",936,"/items",-1,"/components/schemas/DiskSummary",938,"id",938,"name",938,"size_in_gb",938,"wwn",938,"state",938,"virtual_machine_disk",-1,"/components/schemas/VirtualMachineDiskReference",945,"virtual_machine",-1,"/components/schemas/VirtualMachineReference",947,"id",947,"fqdn",-1,"/components/schemas/DiskSummary/properties/virtual_machine_disk/oneOf/1",-1,"/paths/~1organizations~1organization~1disks/post/responses/201/content/application~1json/schema",951,"disk",-1,"/components/schemas/Disk",953,"id",953,"name",953,"size_in_gb",953,"wwn",953,"state",953,"created_at",953,"storage_speed",953,"io_profile",-1,"/components/schemas/Disk/properties/io_profile/oneOf/1",953,"bus_type",953,"data_center",953,"virtual_machine_disk",-1,"/components/schemas/VirtualMachineDiskSummary",966,"virtual_machine",966,"attach_on_boot",966,"boot",966,"state",-1,"/components/schemas/Disk/properties/virtual_machine_disk/oneOf/1",953,"installation",-1,"/components/schemas/Disk/properties/installation/oneOf/1",951,"task",-1,"/components/schemas/Task",975,"id",975,"name",975,"status",975,"created_at",975,"started_at",975,"finished_at",975,"progress",951,"annotations",983,"/items",-1,"/paths/~1disks~1disk/get/responses/200/content/application~1json/schema",985,"disk",985,"annotations",987,"/items",-1,"/paths/~1disks~1disk/delete/responses/200/content/application~1json/schema",989,"disk",989,"trash_object",-1,"/paths/~1disks~1disk/patch/responses/200/content/application~1json/schema",992,"disk",992,"annotations",994,"/items",-1,"/paths/~1disks~1disk/patch/responses/422/content/application~1json/schema",-1,"/components/schemas/UnassignedDiskError",997,"error",998,"code",998,"description",998,"detail",-1,"/paths/~1disks~1disk~1assign/post/responses/200/content/application~1json/schema",1002,"disk",-1,"/paths/~1disks~1disk~1assign/post/responses/404/content/application~1json/schema",-1,"/components/schemas/UnableToAssignError",1005,"error",1006,"code",1006,"description",1006,"detail",1009,"errors",1010,"/items",-1,"/paths/~1disks~1disk~1unassign/post/responses/200/content/application~1json/schema",1012,"disk",-1,"/components/schemas/UnableToUnassignError",1014,"error",1015,"code",1015,"description",1015,"detail",1018,"errors",1019,"/items",-1,"/paths/~1disks~1disk~1attach/post/responses/200/content/application~1json/schema",1021,"disk",1021,"task",-1,"/components/responses/ObjectInTrashOrTaskQueueingError/content/application~1json/schema",-1,"/paths/~1disks~1disk~1detach/post/responses/200/content/application~1json/schema",1025,"disk",1025,"task",-1,"/paths/~1disks~1disk~1resize/put/responses/200/content/application~1json/schema",1028,"disk",1028,"task",-1,"/paths/~1disks~1disk~1io_profile/put/responses/200/content/application~1json/schema",1031,"disk",1031,"task",-1,"/paths/~1disks~1disk~1io_profile/put/responses/404/content/application~1json/schema",-1,"/components/schemas/DiskIoProfileNotFoundError",1035,"error",1036,"code",1036,"description",1036,"detail",-1,"/paths/~1virtual_machines~1virtual_machine~1disks/get/responses/200/content/application~1json/schema",1040,"pagination",1040,"disks",1042,"/items",-1,"/components/schemas/VirtualMachineDiskAttachment",1044,"disk",-1,"/components/schemas/DiskReference",1046,"id",1046,"name",1046,"size_in_gb",1046,"wwn",1046,"state",1046,"created_at",1044,"attach_on_boot",1044,"boot",1044,"state",-1,"/paths/~1organizations~1organization~1file_storage_volumes/get/responses/200/content/application~1json/schema",1056,"pagination",1056,"file_storage_volumes",1058,"/items",-1,"/components/schemas/FileStorageVolumeSummary",1060,"id",1060,"name",1060,"data_center",1060,"associations",1064,"/items",1060,"state",1060,"nfs_location",1060,"size",-1,"/paths/~1organizations~1organization~1file_storage_volumes/post/responses/201/content/application~1json/schema",1069,"file_storage_volume",1069,"annotations",1071,"/items",-1,"/paths/~1file_storage_volumes~1file_storage_volume/get/responses/200/content/application~1json/schema",1073,"file_storage_volume",1073,"annotations",1075,"/items",-1,"/components/schemas/FileStorageVolumeNotFoundError",1077,"error",1078,"code",1078,"description",1078,"detail",-1,"/paths/~1file_storage_volumes~1file_storage_volume/delete/responses/200/content/application~1json/schema",1082,"trash_object",1082,"file_storage_volume",-1,"/paths/~1file_storage_volumes~1file_storage_volume/patch/responses/200/content/application~1json/schema",1085,"file_storage_volume",1085,"annotations",1087,"/items",-1,"/paths/~1gpu_types/get/responses/200/content/application~1json/schema",1089,"pagination",1089,"gpu_types",1091,"/items",-1,"/components/schemas/GpuTypeDetail",1093,"id",1093,"name",1093,"manufacturer",1093,"memory_in_gb",1093,"memory_type",1093,"permalink",1093,"data_centers",1100,"/items",-1,"/components/schemas/GpuTypeDetail/properties/data_centers/items/oneOf/1",-1,"/paths/~1gpu_types~1gpu_type/get/responses/200/content/application~1json/schema",1103,"gpu_type",-1,"/components/schemas/GpuTypeNotFoundError",1105,"error",1106,"code",1106,"description",1106,"detail",-1,"/paths/~1data_centers~1data_center~1gpu_types/get/responses/200/content/application~1json/schema",1110,"pagination",1110,"gpu_types",1112,"/items",-1,"/components/schemas/GpuTypeSummary",1114,"id",1114,"name",1114,"manufacturer",1114,"memory_in_gb",1114,"memory_type",1114,"permalink",-1,"/paths/~1organizations~1organization~1ip_addresses/get/responses/200/content/application~1json/schema",1121,"pagination",1121,"ip_addresses",1123,"/items",-1,"/components/schemas/IpAddressSummary",1125,"id",1125,"address",1125,"reverse_dns",1125,"vip",1125,"allocation_id",1125,"allocation_type",-1,"/components/schemas/IpAddressResponse",1132,"ip_address",-1,"/paths/~1organizations~1organization~1ip_addresses/post/responses/404/content/application~1json/schema",-1,"/components/responses/ServiceUnavailableOrNoAddresses/content/application~1json/schema",-1,"/components/schemas/NoAvailableAddressesError",1136,"error",1137,"code",1137,"description",1137,"detail",-1,"/paths/~1ip_addresses~1ip_address/get/responses/200/content/application~1json/schema",1141,"ip_address",1141,"allocation",-1,"/paths/~1ip_addresses~1ip_address/get/responses/200/content/application~1json/schema/properties/allocation/oneOf/1",-1,"/components/schemas/IpAddressNotFoundError",1145,"error",1146,"code",1146,"description",1146,"detail",-1,"/components/schemas/ResourceDoesNotSupportUnallocationError",1150,"error",1151,"code",1151,"description",1151,"detail",-1,"/components/schemas/NoAllocationError",1155,"error",1156,"code",1156,"description",1156,"detail",-1,"/paths/~1load_balancers~1load_balancer~1rules/get/responses/200/content/application~1json/schema",1160,"pagination",1160,"load_balancer_rules",1162,"/items",-1,"/components/schemas/LoadBalancerRuleSummary",1164,"id",1164,"algorithm",1164,"destination_port",1164,"listen_port",1164,"protocol",1164,"certificates",1170,"/items",1164,"check_enabled",-1,"/components/schemas/LoadBalancerNotFoundError",1173,"error",1174,"code",1174,"description",1174,"detail",-1,"/paths/~1load_balancers~1load_balancer~1rules/post/responses/200/content/application~1json/schema",1178,"load_balancer_rule",-1,"/components/schemas/LoadBalancerRule",1180,"id",1180,"algorithm",1180,"destination_port",1180,"listen_port",1180,"protocol",1180,"proxy_protocol",1180,"certificates",1187,"/items",-1,"/components/schemas/CertificateReference",1189,"id",1189,"name",1189,"additional_names",1192,"/items",1189,"state",1180,"backend_ssl",1180,"passthrough_ssl",1180,"check_enabled",1180,"check_fall",1180,"check_interval",1180,"check_path",1180,"check_protocol",1180,"check_rise",1180,"check_timeout",1180,"check_http_statuses",1180,"load_balancer",-1,"/paths/~1load_balancers~1rules~1load_balancer_rule/get/responses/200/content/application~1json/schema",1206,"load_balancer_rule",-1,"/components/schemas/LoadBalancerRuleNotFoundError",1208,"error",1209,"code",1209,"description",1209,"detail",-1,"/paths/~1load_balancers~1rules~1load_balancer_rule/delete/responses/200/content/application~1json/schema",1213,"load_balancer_rule",-1,"/paths/~1load_balancers~1rules~1load_balancer_rule/patch/responses/200/content/application~1json/schema",1215,"load_balancer_rule",-1,"/paths/~1organizations~1organization~1load_balancers/get/responses/200/content/application~1json/schema",1217,"pagination",1217,"load_balancers",1219,"/items",-1,"/components/schemas/LoadBalancerSummary",1221,"id",1221,"name",1221,"api_reference",1221,"resource_type",1221,"resources",1226,"/items",-1,"/components/schemas/LoadBalancerResource",1228,"resources",1221,"resource_ids",1230,"/items",1221,"ip_address",-1,"/components/schemas/IpAddressReference",1233,"address",1221,"data_center",-1,"/paths/~1organizations~1organization~1load_balancers/post/responses/201/content/application~1json/schema",1236,"load_balancer",-1,"/components/schemas/LoadBalancer",1238,"id",1238,"name",1238,"api_reference",1238,"resource_type",1238,"resources",1243,"/items",1238,"resource_ids",1245,"/items",1238,"ip_address",-1,"/components/schemas/AddressReference",1248,"id",1248,"address",1238,"https_redirect",1238,"backend_certificate",1238,"backend_certificate_key",1238,"data_center",1238,"enable_weighting",1238,"weights",1256,"/items",-1,"/components/schemas/LoadBalancerWeight",1258,"virtual_machine_id",1258,"weight",1238,"standby_vms",1261,"/items",1236,"annotations",1263,"/items",-1,"/paths/~1load_balancers~1load_balancer/get/responses/200/content/application~1json/schema",1265,"load_balancer",1265,"annotations",1267,"/items",-1,"/paths/~1load_balancers~1load_balancer/delete/responses/200/content/application~1json/schema",1269,"load_balancer",-1,"/components/schemas/LoadBalancerReference",1271,"id",1271,"name",1271,"api_reference",-1,"/paths/~1load_balancers~1load_balancer/patch/responses/200/content/application~1json/schema",1275,"load_balancer",1275,"annotations",1277,"/items",-1,"/paths/~1organizations~1organization~1managed/get/responses/200/content/application~1json/schema",1279,"pagination",1279,"organizations",1281,"/items",-1,"/components/schemas/ManagedOrganization",1283,"id",1283,"name",1283,"sub_domain",1283,"infrastructure_domain",1283,"created_at",1283,"managed",-1,"/paths/~1organizations~1organization~1managed/post/responses/201/content/application~1json/schema",1290,"organization",1290,"annotations",1292,"/items",-1,"/paths/~1organizations~1organization~1managed/post/responses/422/content/application~1json/schema",-1,"/components/schemas/OrganizationLimitReachedError",1295,"error",1296,"code",1296,"description",1296,"detail",-1,"/paths/~1managed_organizations~1organization/delete/responses/200/content/application~1json/schema",1300,"success",-1,"/paths/~1managed_organizations~1organization/delete/responses/409/content/application~1json/schema",-1,"/components/schemas/DeletionStepsNotSatisfiedError",1303,"error",1304,"code",1304,"description",1304,"detail",1307,"steps",-1,"/components/schemas/OrganizationDeletionSteps",1309,"managed_organizations",-1,"/components/schemas/OrganizationDeletionStep",1311,"satisfied",1311,"description",1309,"virtual_machines",1309,"disks",1309,"file_storage_volumes",1309,"disk_backup_policies",1309,"isos",1309,"disk_templates",1309,"load_balancers",1309,"dns_zones",1309,"empty_trash",1309,"virtual_networks",1309,"ip_addresses",1309,"object_storage",1309,"ensure_zero_balance",1309,"ensure_no_outstanding_invoices",-1,"/components/schemas/ManagedOrganizationRequiredError",1328,"error",1329,"code",1329,"description",1329,"detail",-1,"/components/schemas/DeletionFailedError",1333,"error",1334,"code",1334,"description",1334,"detail",-1,"/paths/~1organizations~1organization~1network_speed_profiles/get/responses/200/content/application~1json/schema",1338,"pagination",1338,"network_speed_profiles",1340,"/items",-1,"/components/schemas/NetworkSpeedProfile",1342,"id",1342,"name",1342,"upload_speed_in_mbit",1342,"download_speed_in_mbit",1342,"permalink",-1,"/paths/~1organizations~1organization~1available_networks/get/responses/200/content/application~1json/schema",1348,"networks",1349,"/items",1348,"virtual_networks",1351,"/items",-1,"/components/schemas/AvailableVirtualNetwork",1353,"id",1353,"name",1353,"data_center",-1,"/paths/~1networks~1network/get/responses/200/content/application~1json/schema",1357,"network",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/get/responses/200/content/application~1json/schema",1359,"object_storage_account",-1,"/components/schemas/ObjectStorageAccount",1361,"region",1361,"created_at",1361,"provisioning_state",1361,"size",1361,"bucket_count",1361,"data_center",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/post/responses/201/content/application~1json/schema",1368,"object_storage_account",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/post/responses/404/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/delete/responses/200/content/application~1json/schema",1371,"trash_object",-1,"/components/schemas/TrashObjectSummary",1373,"id",1373,"keep_until",1373,"object_type",1371,"object_storage_account",-1,"/paths/~1operating_systems/get/responses/200/content/application~1json/schema",1378,"pagination",1378,"operating_systems",1380,"/items",-1,"/paths/~1operating_systems~1operating_system/get/responses/200/content/application~1json/schema",1382,"operating_system",-1,"/paths/~1organizations~1organization~1users_with_access/get/responses/200/content/application~1json/schema",1384,"pagination",1384,"users",1386,"/items",-1,"/components/schemas/UserSummary",1388,"user",-1,"/components/schemas/User",1390,"id",1390,"first_name",1390,"last_name",1390,"avatar_url",-1,"/components/schemas/UserSummary/properties/user/oneOf/1",-1,"/paths/~1organizations/get/responses/200/content/application~1json/schema",1396,"organizations",1397,"/items",-1,"/components/schemas/OrganizationSummary",1399,"id",1399,"name",1399,"sub_domain",1399,"infrastructure_domain",1399,"created_at",1399,"activated_at",1399,"suspended",1399,"managed",-1,"/paths/~1organizations~1organization/get/responses/200/content/application~1json/schema",1408,"organization",-1,"/paths/~1organizations~1organization~1policy/get/responses/200/content/application~1json/schema",1410,"policy_type",1410,"policy_name",1410,"limits",-1,"/components/schemas/PolicyLimits",1414,"uninvoiced_balance",-1,"/components/schemas/FinancialPolicyLimit",1416,"limit",1416,"current",1416,"currency",1414,"virtual_machines",-1,"/components/schemas/PolicyLimit",1421,"limit",1421,"current",1421,"unit",1414,"virtual_machine_memory",1414,"managed_organizations",1414,"unallocated_ip_addresses",1414,"disk_space",1414,"security_groups",1414,"virtual_networks",1414,"load_balancers",1414,"dns_zones",1414,"certificates",1414,"file_storage_volumes",1414,"isos",1414,"disk_iops",-1,"/components/schemas/PolicyLimitWithoutCurrent",1437,"limit",1437,"unit",1414,"network_speed",1410,"features",-1,"/components/schemas/PolicyFeatures",1442,"disk_bus_configuration",-1,"/components/schemas/PolicyFeature",1444,"permitted",1442,"zone_selection",1442,"restricted_traffic_types",1442,"suspension",1442,"flexible_virtual_machine_resources",1410,"reasons_for_disallowing_resource_creation",1450,"/items",-1,"/paths/~1organizations~1organization~1policy/get/responses/400/content/application~1json/schema",-1,"/components/schemas/PolicyNotAvailableForManagedOrganizationsError",1453,"error",1454,"code",1454,"description",1454,"detail",-1,"/paths/~1organizations~1organization~1policy_limits/get/responses/200/content/application~1json/schema",1458,"policy_limits",-1,"/components/schemas/OrganizationPolicy",1460,"maximum_uninvoiced_balance",-1,"/components/schemas/DecimalOrUnlimited",1462,"value",1462,"unlimited",1460,"maximum_virtual_machines",-1,"/components/schemas/IntegerOrUnlimited",1466,"value",1466,"unlimited",1460,"maximum_virtual_machine_memory",1460,"maximum_disk_space",1460,"maximum_managed_organizations",1460,"maximum_unallocated_ip_addresses",1460,"maximum_security_groups",1460,"maximum_virtual_networks",1460,"maximum_load_balancers",1460,"maximum_dns_zones",1460,"maximum_certificates",1460,"maximum_file_storage_volumes",1460,"maximum_isos",1460,"maximum_disk_size",1460,"minimum_disk_size",-1,"/components/schemas/IntegerValue",1482,"value",1460,"flexible_virtual_machine_resources",1460,"allow_suspension",1460,"allow_restricted_traffic_types",-1,"/paths/~1organizations~1organization~1prices/get/responses/200/content/application~1json/schema",1487,"currency",1487,"prices",1489,"/items",-1,"/components/schemas/PriceResourceWithSinglePriceVariant",1491,"resource",1491,"category",1491,"description",1491,"price",1491,"variants",1496,"/items",-1,"/components/schemas/SinglePriceVariant",1498,"id",1498,"description",1498,"price",-1,"/paths/~1organizations~1organization~1prices/get/responses/400/content/application~1json/schema",-1,"/components/schemas/PricesNotAvailableForManagedOrganizationsError",1503,"error",1504,"code",1504,"description",1504,"detail",-1,"/paths/~1organizations~1organization~1deletion_steps/get/responses/200/content/application~1json/schema",1508,"steps",-1,"/components/schemas/QueuedTaskResponse",1510,"task",-1,"/paths/~1dns_zones~1dns_zone~1records/get/responses/200/content/application~1json/schema",1512,"dns_records",1513,"/items",-1,"/components/schemas/DnsRecord",1515,"id",1515,"name",1515,"full_name",1515,"ttl",1515,"type",1515,"priority",1515,"content",1515,"content_attributes",-1,"/components/schemas/DnsRecordContentAttributes",1524,"A",-1,"/components/schemas/DnsRecordAddressAttributes",1526,"ip_address",-1,"/components/schemas/DnsRecordContentAttributes/properties/A/oneOf/1",1524,"AAAA",-1,"/components/schemas/DnsRecordContentAttributes/properties/AAAA/oneOf/1",1524,"ALIAS",-1,"/components/schemas/DnsRecordHostnameAttributes",1532,"hostname",-1,"/components/schemas/DnsRecordContentAttributes/properties/ALIAS/oneOf/1",1524,"CAA",-1,"/components/schemas/DnsRecordCaaAttributes",1536,"flag",1536,"tag",1536,"value",-1,"/components/schemas/DnsRecordContentAttributes/properties/CAA/oneOf/1",1524,"CNAME",-1,"/components/schemas/DnsRecordContentAttributes/properties/CNAME/oneOf/1",1524,"HTTPRedirect",-1,"/components/schemas/DnsRecordHttpRedirectAttributes",1544,"url",1544,"http_status",-1,"/components/schemas/DnsRecordContentAttributes/properties/HTTPRedirect/oneOf/1",1524,"IPS",-1,"/components/schemas/DnsRecordIpsAttributes",1549,"ip_addresses",-1,"/components/schemas/DnsRecordContentAttributes/properties/IPS/oneOf/1",1524,"MX",-1,"/components/schemas/DnsRecordContentAttributes/properties/MX/oneOf/1",1524,"NS",-1,"/components/schemas/DnsRecordContentAttributes/properties/NS/oneOf/1",1524,"PTR",-1,"/components/schemas/DnsRecordContentAttributes/properties/PTR/oneOf/1",1524,"SOA",1524,"SRV",-1,"/components/schemas/DnsRecordSrvAttributes",1560,"weight",1560,"port",1560,"target",-1,"/components/schemas/DnsRecordContentAttributes/properties/SRV/oneOf/1",1524,"SSHFP",-1,"/components/schemas/DnsRecordSshfpAttributes",1566,"algorithm",1566,"fingerprint_type",1566,"fingerprint",-1,"/components/schemas/DnsRecordContentAttributes/properties/SSHFP/oneOf/1",1524,"TXT",-1,"/components/schemas/DnsRecordTxtAttributes",1572,"content",-1,"/components/schemas/DnsRecordContentAttributes/properties/TXT/oneOf/1",1524,"VirtualMachine",-1,"/components/schemas/DnsRecordVirtualMachineAttributes",1576,"virtual_machine",-1,"/components/schemas/DnsRecordContentAttributes/properties/VirtualMachine/oneOf/1",-1,"/paths/~1dns_zones~1dns_zone~1records/post/responses/200/content/application~1json/schema",1579,"dns_record",-1,"/paths/~1dns_records~1dns_record/get/responses/200/content/application~1json/schema",1581,"dns_record",-1,"/components/schemas/DnsRecordNotFoundError",1583,"error",1584,"code",1584,"description",1584,"detail",-1,"/paths/~1dns_records~1dns_record/delete/responses/200/content/application~1json/schema",1588,"deleted",-1,"/paths/~1dns_records~1dns_record/patch/responses/200/content/application~1json/schema",1590,"dns_record",-1,"/paths/~1organizations~1organization~1ssh_keys/get/responses/200/content/application~1json/schema",1592,"pagination",1592,"ssh_keys",1594,"/items",-1,"/components/schemas/SshKey",1596,"id",1596,"name",1596,"fingerprint",-1,"/paths/~1organizations~1organization~1ssh_keys/post/responses/201/content/application~1json/schema",1600,"ssh_key",-1,"/paths/~1ssh_keys~1ssh_key/delete/responses/200/content/application~1json/schema",1602,"ssh_key",-1,"/components/schemas/SshKeyNotFoundError",1604,"error",1605,"code",1605,"description",1605,"detail",-1,"/components/schemas/DeletionRestrictedError",1609,"error",1610,"code",1610,"description",1610,"detail",1613,"errors",1614,"/items",-1,"/paths/~1security_groups~1security_group~1rules/get/responses/200/content/application~1json/schema",1616,"pagination",1616,"security_group_rules",1618,"/items",-1,"/components/schemas/SecurityGroupRuleSummary",1620,"id",1620,"direction",1620,"protocol",1620,"action",1620,"ports",1620,"targets",1626,"/items",1620,"notes",-1,"/components/schemas/SecurityGroupNotFoundError",1629,"error",1630,"code",1630,"description",1630,"detail",-1,"/paths/~1security_groups~1security_group~1rules/post/responses/200/content/application~1json/schema",1634,"security_group_rule",-1,"/components/schemas/SecurityGroupRule",1636,"id",1636,"security_group",1636,"direction",1636,"protocol",1636,"action",1636,"ports",1636,"targets",1643,"/items",1636,"notes",-1,"/paths/~1security_groups~1rules~1security_group_rule/get/responses/200/content/application~1json/schema",1646,"security_group_rule",-1,"/components/schemas/SecurityGroupRuleNotFoundError",1648,"error",1649,"code",1649,"description",1649,"detail",-1,"/paths/~1security_groups~1rules~1security_group_rule/delete/responses/200/content/application~1json/schema",1653,"security_group_rule",-1,"/paths/~1security_groups~1rules~1security_group_rule/patch/responses/200/content/application~1json/schema",1655,"security_group_rule",-1,"/paths/~1organizations~1organization~1security_groups/get/responses/200/content/application~1json/schema",1657,"pagination",1657,"security_groups",1659,"/items",-1,"/components/schemas/SecurityGroup",1661,"id",1661,"name",1661,"allow_all_inbound",1661,"allow_all_outbound",1661,"associations",1666,"/items",-1,"/paths/~1organizations~1organization~1security_groups/post/responses/200/content/application~1json/schema",1668,"security_group",1668,"annotations",1670,"/items",-1,"/paths/~1security_groups~1security_group/get/responses/200/content/application~1json/schema",1672,"security_group",1672,"annotations",1674,"/items",-1,"/paths/~1security_groups~1security_group/delete/responses/200/content/application~1json/schema",1676,"security_group",-1,"/paths/~1security_groups~1security_group/patch/responses/200/content/application~1json/schema",1678,"security_group",1678,"annotations",1680,"/items",-1,"/paths/~1organizations~1organization~1tags/get/responses/200/content/application~1json/schema",1682,"pagination",1682,"tags",1684,"/items",-1,"/components/schemas/TagSummary",1686,"id",1686,"name",1686,"color",-1,"/paths/~1organizations~1organization~1tags/post/responses/200/content/application~1json/schema",1690,"tag",-1,"/paths/~1tags~1tag/get/responses/200/content/application~1json/schema",1692,"tag",-1,"/components/schemas/TagNotFoundError",1694,"error",1695,"code",1695,"description",1695,"detail",-1,"/paths/~1tags~1tag/delete/responses/200/content/application~1json/schema",1699,"tag",-1,"/paths/~1tags~1tag/patch/responses/200/content/application~1json/schema",1701,"tag",-1,"/paths/~1tasks~1task/get/responses/200/content/application~1json/schema",1703,"task",-1,"/components/schemas/TaskNotFoundError",1705,"error",1706,"code",1706,"description",1706,"detail",-1,"/paths/~1organizations~1organization~1trash_objects/get/responses/200/content/application~1json/schema",1710,"pagination",1710,"trash_objects",1712,"/items",-1,"/paths/~1organizations~1organization~1trash_objects~1purge_all/post/responses/200/content/application~1json/schema",1714,"task",-1,"/paths/~1trash_objects~1trash_object/get/responses/200/content/application~1json/schema",1716,"trash_object",-1,"/components/schemas/TrashObjectNotFoundError",1718,"error",1719,"code",1719,"description",1719,"detail",-1,"/paths/~1trash_objects~1trash_object/delete/responses/200/content/application~1json/schema",1723,"task",-1,"/paths/~1trash_objects~1trash_object~1restore/post/responses/200/content/application~1json/schema",1725,"trash_object",-1,"/paths/~1users~1current/get/responses/200/content/application~1json/schema",1727,"user",1727,"organizations",1729,"/items",-1,"/components/schemas/OrganizationReference",1731,"id",1731,"name",1731,"sub_domain",1727,"api_token_id",-1,"/components/schemas/NoUserAssociatedWithIdentityError",1736,"error",1737,"code",1737,"description",1737,"detail",-1,"/paths/~1invalidate_linked_web_session/post/responses/200/content/application~1json/schema",1741,"status",-1,"/paths/~1invalidate_linked_web_session/post/responses/400/content/application~1json/schema",-1,"/components/schemas/IdentityNotLinkedToWebSessionError",1744,"error",1745,"code",1745,"description",1745,"detail",-1,"/paths/~1organizations~1organization~1virtual_networks/get/responses/200/content/application~1json/schema",1749,"pagination",1749,"virtual_networks",1751,"/items",-1,"/components/schemas/VirtualNetwork",1753,"id",1753,"name",1753,"data_center",-1,"/paths/~1organizations~1organization~1virtual_networks/post/responses/200/content/application~1json/schema",1757,"virtual_network",-1,"/paths/~1organizations~1organization~1virtual_networks/post/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_networks~1virtual_network/get/responses/200/content/application~1json/schema",1760,"virtual_network",-1,"/components/schemas/VirtualNetworkNotFoundError",1762,"error",1763,"code",1763,"description",1763,"detail",-1,"/paths/~1virtual_networks~1virtual_network/delete/responses/200/content/application~1json/schema",1767,"virtual_network",-1,"/paths/~1virtual_networks~1virtual_network/patch/responses/200/content/application~1json/schema",1769,"virtual_network",-1,"/paths/~1organizations~1organization~1virtual_machine_groups/get/responses/200/content/application~1json/schema",1771,"virtual_machine_groups",1772,"/items",-1,"/paths/~1organizations~1organization~1virtual_machine_groups/post/responses/200/content/application~1json/schema",1774,"virtual_machine_group",-1,"/paths/~1virtual_machine_groups~1virtual_machine_group/get/responses/200/content/application~1json/schema",1776,"virtual_machine_group",-1,"/components/schemas/VirtualMachineGroupNotFoundError",1778,"error",1779,"code",1779,"description",1779,"detail",-1,"/paths/~1virtual_machine_groups~1virtual_machine_group/delete/responses/200/content/application~1json/schema",1783,"virtual_machine_group",-1,"/paths/~1virtual_machine_groups~1virtual_machine_group/patch/responses/200/content/application~1json/schema",1785,"virtual_machine_group",-1,"/paths/~1virtual_machines~1virtual_machine~1network_interfaces/get/responses/200/content/application~1json/schema",1787,"pagination",1787,"virtual_machine_network_interfaces",1789,"/items",-1,"/components/schemas/VirtualMachineNetworkInterfaceSummary",1791,"id",1791,"name",1791,"network",-1,"/components/schemas/VirtualMachineNetworkInterfaceSummary/properties/network/oneOf/1",1791,"virtual_network",-1,"/components/schemas/VirtualMachineNetworkInterfaceSummary/properties/virtual_network/oneOf/1",1791,"ip_addresses",1798,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1network_interfaces/post/responses/200/content/application~1json/schema",1800,"virtual_machine_network_interface",-1,"/components/schemas/VirtualMachineNetworkInterfaceDetail",1802,"id",1802,"virtual_machine",1802,"name",1802,"network",-1,"/components/schemas/VirtualMachineNetworkInterfaceDetail/properties/network/oneOf/1",1802,"virtual_network",-1,"/components/schemas/VirtualMachineNetworkInterfaceDetail/properties/virtual_network/oneOf/1",1802,"mac_address",1802,"state",1802,"ip_addresses",1812,"/items",1802,"speed_profile",-1,"/paths/~1virtual_machines~1virtual_machine~1network_interfaces/post/responses/404/content/application~1json/schema",-1,"/components/schemas/NetworkSpeedProfileNotFoundError",1816,"error",1817,"code",1817,"description",1817,"detail",-1,"/paths/~1virtual_machines~1virtual_machine~1networks~1network~1interface/get/responses/200/content/application~1json/schema",1821,"virtual_machine_network_interface",-1,"/components/schemas/VirtualMachineNetworkInterface",1823,"id",1823,"virtual_machine",1823,"name",1823,"network",-1,"/components/schemas/VirtualMachineNetworkInterface/properties/network/oneOf/1",1823,"virtual_network",-1,"/components/schemas/VirtualMachineNetworkInterface/properties/virtual_network/oneOf/1",1823,"mac_address",1823,"state",1823,"ip_addresses",1833,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1networks~1network~1interface/get/responses/404/content/application~1json/schema",-1,"/components/schemas/InterfaceNotFoundError",1836,"error",1837,"code",1837,"description",1837,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface/get/responses/200/content/application~1json/schema",1841,"virtual_machine_network_interface",-1,"/components/schemas/VirtualMachineNetworkInterfaceNotFoundError",1843,"error",1844,"code",1844,"description",1844,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface/delete/responses/200/content/application~1json/schema",1848,"virtual_machine_network_interface",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1available_ips~1address_version/get/responses/200/content/application~1json/schema",1850,"ip_addresses",1851,"/items",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1allocate_ip/post/responses/200/content/application~1json/schema",1853,"virtual_machine_network_interface",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1allocate_ip/post/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1allocate_ip/post/responses/422/content/application~1json/schema",-1,"/components/schemas/IpAlreadyAllocatedError",1857,"error",1858,"code",1858,"description",1858,"detail",-1,"/components/schemas/InvalidIpError",1862,"error",1863,"code",1863,"description",1863,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1update_speed_profile/patch/responses/200/content/application~1json/schema",1867,"task",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1update_speed_profile/patch/responses/404/content/application~1json/schema",-1,"/components/schemas/SpeedProfileAlreadyAssignedError",1870,"error",1871,"code",1871,"description",1871,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1attach/post/responses/200/content/application~1json/schema",1875,"virtual_machine_network_interface",1875,"task",-1,"/components/schemas/VirtualMachineNetworkInterfaceAlreadyAttachedError",1878,"error",1879,"code",1879,"description",1879,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1detach/post/responses/200/content/application~1json/schema",1883,"virtual_machine_network_interface",1883,"task",-1,"/components/schemas/VirtualMachineNetworkInterfaceAlreadyDetachedError",1886,"error",1887,"code",1887,"description",1887,"detail",-1,"/paths/~1virtual_machine_packages/get/responses/200/content/application~1json/schema",1891,"pagination",1891,"virtual_machine_packages",1893,"/items",-1,"/paths/~1virtual_machine_packages~1virtual_machine_package/get/responses/200/content/application~1json/schema",1895,"virtual_machine_package",-1,"/paths/~1organizations~1organization~1virtual_machines/get/responses/200/content/application~1json/schema",1897,"pagination",1897,"virtual_machines",1899,"/items",-1,"/components/schemas/VirtualMachineSummary",1901,"id",1901,"name",1901,"hostname",1901,"fqdn",1901,"created_at",1901,"zone",1901,"package",1908,"name",1901,"gpu_type",-1,"/components/schemas/VirtualMachineSummary/properties/gpu_type/oneOf/1",1901,"ip_addresses",1912,"/items",1913,"address",1901,"hypervisor",-1,"/components/schemas/VirtualMachineSummary/properties/hypervisor/oneOf/1",-1,"/paths/~1virtual_machines~1virtual_machine/get/responses/200/content/application~1json/schema",1917,"virtual_machine",-1,"/components/schemas/VirtualMachine",1919,"id",1919,"name",1919,"hostname",1919,"fqdn",1919,"description",1919,"created_at",1919,"initial_root_password",1919,"state",1919,"zone",1919,"organization",1919,"group",-1,"/components/schemas/VirtualMachine/properties/group/oneOf/1",1919,"package",-1,"/components/schemas/VirtualMachine/properties/package/oneOf/1",1919,"attached_iso",-1,"/components/schemas/VirtualMachine/properties/attached_iso/oneOf/1",1919,"memory_in_gb",1919,"cpu_cores",1919,"use_dedicated_cpus",1919,"gpu_type",-1,"/components/schemas/VirtualMachine/properties/gpu_type/oneOf/1",1919,"gpus",1941,"/items",1919,"tags",1943,"/items",1919,"tag_names",1945,"/items",1919,"ip_addresses",1947,"/items",1919,"hypervisor",-1,"/components/schemas/VirtualMachine/properties/hypervisor/oneOf/1",1917,"annotations",1951,"/items",-1,"/paths/~1virtual_machines~1virtual_machine/delete/responses/200/content/application~1json/schema",1953,"trash_object",1953,"virtual_machine",-1,"/paths/~1virtual_machines~1virtual_machine/patch/responses/200/content/application~1json/schema",1956,"virtual_machine",1956,"annotations",1958,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1package/put/responses/200/content/application~1json/schema",1960,"task",-1,"/paths/~1virtual_machines~1virtual_machine~1package/put/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machines~1virtual_machine~1flexible_resources/put/responses/200/content/application~1json/schema",1963,"task",-1,"/paths/~1virtual_machines~1virtual_machine~1flexible_resources/put/responses/403/content/application~1json/schema",-1,"/components/schemas/FlexibleResourcesUnavailableToOrganizationError",1966,"error",1967,"code",1967,"description",1967,"detail",-1,"/paths/~1virtual_machines~1virtual_machine~1allocate_ip/post/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machines~1virtual_machine~1allocate_ip/post/responses/422/content/application~1json/schema",-1,"/components/schemas/NoInterfaceAvailableError",1973,"error",1974,"code",1974,"description",1974,"detail",-1,"/components/schemas/NoVirtualMachineForApiTokenError",1978,"error",1979,"code",1979,"description",1979,"detail",-1,"/components/schemas/ContinuousManagementDisabledError",1983,"error",1984,"code",1984,"description",1984,"detail",-1,"/paths/~1zones/get/responses/200/content/application~1json/schema",1988,"zones",1989,"/items",-1,"/components/schemas/ZoneSummary",1991,"id",1991,"name",1991,"permalink",1991,"data_center",-1,"/paths/~1zones~1zone/get/responses/200/content/application~1json/schema",1996,"zone"],
  operations: {
    "GET /organizations/organization/api_tokens": ["listOrganizationApiTokens", { "200": v0, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/api_tokens": ["createApiToken", { "200": v55, "400": v8, "403": v13, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "DELETE /api_tokens/api_token": ["deleteApiToken", { "200": v65, "400": v8, "403": v68, "404": v74, "422": v60, "429": v47, "503": v51 }],
    "PATCH /api_tokens/api_token": ["updateApiToken", { "200": v78, "400": v8, "403": v68, "404": v74, "422": v60, "429": v47, "503": v51 }],
    "POST /api_tokens/api_token/regenerate_secret": ["regenerateApiTokenSecret", { "200": v82, "400": v8, "403": v68, "404": v74, "422": v60, "429": v47, "503": v51 }],
    "POST /organizations/organization/object_storage/object_storage_cluster/access_keys": ["createObjectStorageAccessKey", { "201": v84, "400": v8, "403": v89, "404": v105, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/object_storage/access_keys": ["listObjectStorageAccessKeys", { "200": v124, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /object_storage/access_keys/access_key/generate_credentials": ["generateObjectStorageAccessKeyCredentials", { "200": v128, "400": v8, "403": v68, "404": v130, "406": v134, "422": v138, "429": v47, "503": v51 }],
    "GET /object_storage/access_keys/access_key": ["getObjectStorageAccessKey", { "200": v142, "400": v8, "403": v68, "404": v130, "429": v47, "503": v51 }],
    "DELETE /object_storage/access_keys/access_key": ["deleteObjectStorageAccessKey", { "200": v144, "400": v8, "403": v68, "404": v130, "429": v47, "503": v51, "504": v145 }],
    "PATCH /object_storage/access_keys/access_key": ["updateObjectStorageAccessKey", { "200": v149, "400": v8, "403": v68, "404": v130, "406": v134, "422": v151, "429": v47, "503": v51 }],
    "GET /address_lists/address_list/entries": ["listAddressListEntries", { "200": v156, "400": v8, "403": v68, "404": v161, "429": v47, "503": v51 }],
    "POST /address_lists/address_list/entries": ["createAddressListEntry", { "201": v165, "400": v8, "403": v68, "404": v161, "422": v60, "429": v47, "503": v51 }],
    "GET /address_list_entries/address_list_entry": ["getAddressListEntry", { "200": v167, "400": v8, "403": v169, "404": v174, "429": v47, "503": v51 }],
    "DELETE /address_list_entries/address_list_entry": ["deleteAddressListEntry", { "200": v178, "400": v8, "403": v68, "404": v174, "429": v47, "503": v51 }],
    "PATCH /address_list_entries/address_list_entry": ["updateAddressListEntry", { "200": v180, "400": v8, "403": v68, "404": v174, "422": v60, "429": v47, "503": v51 }],
    "POST /address_lists/address_list/entries/bulk": ["bulkUpdateAddressListEntries", { "200": v182, "400": v8, "403": v68, "404": v161, "422": v60, "429": v47, "503": v51 }],
    "GET /address_lists": ["listGlobalAddressLists", { "200": v184, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /organizations/organization/address_lists": ["listOrganizationAddressLists", { "200": v189, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/address_lists": ["createAddressList", { "201": v193, "400": v8, "403": v13, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /address_lists/address_list": ["getAddressList", { "200": v200, "400": v8, "403": v169, "404": v161, "429": v47, "503": v51 }],
    "DELETE /address_lists/address_list": ["deleteAddressList", { "200": v204, "400": v8, "403": v68, "404": v161, "429": v47, "503": v51 }],
    "PATCH /address_lists/address_list": ["updateAddressList", { "200": v206, "400": v8, "403": v68, "404": v161, "422": v60, "429": v47, "503": v51 }],
    "POST /organizations/organization/object_storage/object_storage_cluster/buckets": ["createObjectStorageBucket", { "201": v210, "400": v8, "403": v89, "404": v105, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "GET /object_storage/object_storage_cluster/buckets/bucket": ["getObjectStorageBucket", { "200": v217, "400": v8, "403": v68, "404": v219, "406": v116, "429": v47, "500": v225, "503": v51 }],
    "DELETE /object_storage/object_storage_cluster/buckets/bucket": ["deleteObjectStorageBucket", { "200": v229, "400": v8, "403": v230, "404": v219, "406": v116, "429": v47, "500": v225, "503": v51, "504": v145 }],
    "PATCH /object_storage/object_storage_cluster/buckets/bucket": ["updateObjectStorageBucket", { "200": v240, "400": v8, "403": v68, "404": v219, "406": v116, "422": v60, "429": v47, "500": v225, "503": v51 }],
    "POST /object_storage/object_storage_cluster/buckets/bucket/revoke_presigned_urls": ["revokeObjectStorageBucketPresignedUrls", { "200": v242, "400": v8, "403": v68, "404": v219, "406": v116, "429": v47, "500": v225, "503": v51, "504": v145 }],
    "GET /object_storage/object_storage_cluster/buckets/bucket/object": ["getObjectStorageObject", { "200": v243, "400": v8, "403": v68, "404": v246, "406": v116, "429": v47, "500": v225, "503": v51, "504": v145 }],
    "POST /object_storage/object_storage_cluster/buckets/bucket/presigned_url": ["createObjectStoragePresignedUrl", { "200": v253, "400": v8, "403": v68, "404": v219, "406": v116, "422": v60, "429": v47, "500": v225, "503": v51, "504": v145 }],
    "POST /organizations/organization/virtual_machines/build": ["buildVirtualMachine", { "201": v254, "400": v8, "403": v264, "404": v277, "422": v299, "429": v47, "503": v51 }],
    "POST /organizations/organization/virtual_machines/build_from_spec": ["buildVirtualMachineFromSpec", { "201": v309, "400": v315, "403": v13, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /virtual_machines/builds/virtual_machine_build": ["getVirtualMachineBuild", { "200": v322, "400": v8, "403": v169, "404": v332, "429": v47, "503": v51 }],
    "GET /organizations/organization/certificates": ["listCertificates", { "200": v336, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /certificates/certificate": ["getCertificate", { "200": v348, "400": v8, "403": v169, "404": v352, "406": v116, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/console_sessions": ["createConsoleSession", { "201": v356, "400": v8, "403": v68, "404": v361, "406": v365, "422": v60, "429": v47, "503": v51 }],
    "GET /countries": ["listCountries", { "200": v372, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /countries/country": ["getCountry", { "200": v376, "400": v8, "403": v169, "404": v379, "429": v47, "503": v51 }],
    "GET /countries/country/country_states": ["listCountryStates", { "200": v383, "400": v8, "403": v169, "404": v379, "429": v47, "503": v51 }],
    "GET /country_states/country_state": ["getCountryState", { "200": v387, "400": v8, "403": v169, "404": v391, "429": v47, "503": v51 }],
    "GET /currencies": ["listCurrencies", { "200": v395, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /currencies/currency": ["getCurrency", { "200": v399, "400": v8, "403": v169, "404": v402, "429": v47, "503": v51 }],
    "GET /organizations/organization/dns_zones": ["listDnsZones", { "200": v406, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/dns_zones": ["createDnsZone", { "201": v411, "400": v8, "403": v264, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/dns_zones/nameservers": ["listDnsNameservers", { "200": v413, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "GET /dns_zones/dns_zone": ["getDnsZone", { "200": v415, "400": v8, "403": v169, "404": v417, "429": v47, "503": v51 }],
    "DELETE /dns_zones/dns_zone": ["deleteDnsZone", { "200": v421, "400": v8, "403": v169, "404": v417, "429": v47, "503": v51 }],
    "PATCH /dns_zones/dns_zone": ["updateDnsZone", { "200": v422, "400": v8, "403": v169, "404": v417, "422": v60, "429": v47, "503": v51 }],
    "POST /dns_zones/dns_zone/verify": ["verifyDnsZone", { "200": v424, "400": v8, "403": v169, "404": v417, "422": v426, "429": v47, "503": v51 }],
    "GET /data_centers": ["listDataCenters", { "200": v430, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /data_centers/data_center": ["getDataCenter", { "200": v435, "400": v8, "403": v169, "404": v437, "429": v47, "503": v51 }],
    "GET /data_centers/data_center/default_network": ["getDataCenterDefaultNetwork", { "200": v439, "400": v8, "403": v169, "404": v437, "429": v47, "503": v51 }],
    "GET /organizations/organization/disk_io_profiles": ["listDiskIoProfiles", { "200": v445, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /organizations/organization/disk_backup_policies": ["listOrganizationDiskBackupPolicies", { "200": v450, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "GET /virtual_machines/virtual_machine/disk_backup_policies": ["listVirtualMachineDiskBackupPolicies", { "200": v563, "400": v8, "403": v68, "404": v361, "406": v116, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/disk_backup_policies": ["createVirtualMachineDiskBackupPolicy", { "200": v567, "400": v8, "403": v68, "404": v361, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "GET /disks/disk/disk_backup_policies": ["listDiskDiskBackupPolicies", { "200": v573, "400": v8, "403": v68, "404": v577, "406": v116, "429": v47, "503": v51 }],
    "POST /disks/disk/disk_backup_policies": ["createDiskDiskBackupPolicy", { "200": v581, "400": v8, "403": v68, "404": v577, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "GET /disk_backup_policies/disk_backup_policy": ["getDiskBackupPolicy", { "200": v583, "400": v8, "403": v169, "404": v585, "406": v116, "429": v47, "503": v51 }],
    "DELETE /disk_backup_policies/disk_backup_policy": ["deleteDiskBackupPolicy", { "200": v589, "400": v8, "403": v68, "404": v585, "406": v116, "429": v47, "503": v51 }],
    "PATCH /disk_backup_policies/disk_backup_policy": ["updateDiskBackupPolicy", { "200": v592, "400": v8, "403": v68, "404": v585, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "DELETE /disk_backup_policies/disk_backup_policy/schedule": ["scheduleDiskBackupPolicyDeletion", { "200": v597, "400": v601, "403": v68, "404": v585, "406": v116, "429": v47, "503": v51 }],
    "GET /disk_templates/disk_template/versions": ["listDiskTemplateVersions", { "200": v607, "400": v8, "403": v169, "404": v613, "429": v47, "503": v51 }],
    "GET /disk_template_versions/disk_template_version": ["getDiskTemplateVersion", { "200": v615, "400": v8, "403": v169, "404": v619, "429": v47, "503": v51 }],
    "GET /disk_template_versions/disk_template_version/spec": ["getDiskTemplateVersionSpec", { "200": v623, "400": v8, "403": v169, "404": v619, "429": v47, "503": v51 }],
    "GET /organizations/organization/disk_templates": ["listDiskTemplates", { "200": v630, "400": v8, "403": v341, "404": v643, "429": v47, "503": v51 }],
    "GET /disk_templates/disk_template": ["getDiskTemplate", { "200": v649, "400": v8, "403": v169, "404": v613, "429": v47, "503": v51 }],
    "GET /organizations/organization/disks": ["listDisks", { "200": v659, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/disks": ["createDisk", { "201": v670, "400": v8, "403": v13, "404": v43, "406": v134, "422": v60, "429": v47, "503": v51 }],
    "GET /disks/disk": ["getDisk", { "200": v690, "400": v8, "403": v169, "404": v577, "406": v116, "429": v47, "503": v51 }],
    "DELETE /disks/disk": ["deleteDisk", { "200": v694, "400": v8, "403": v68, "404": v577, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "PATCH /disks/disk": ["updateDisk", { "200": v698, "400": v8, "403": v68, "404": v577, "406": v116, "422": v702, "429": v47, "503": v51 }],
    "POST /disks/disk/assign": ["assignDisk", { "200": v708, "400": v8, "403": v68, "404": v710, "406": v116, "422": v715, "429": v47, "503": v51 }],
    "POST /disks/disk/unassign": ["unassignDisk", { "200": v720, "400": v8, "403": v68, "404": v577, "406": v116, "422": v722, "429": v47, "503": v51 }],
    "POST /disks/disk/attach": ["attachDisk", { "200": v727, "400": v8, "403": v68, "404": v577, "406": v730, "422": v734, "429": v47, "503": v51 }],
    "POST /disks/disk/detach": ["detachDisk", { "200": v736, "400": v8, "403": v68, "404": v577, "406": v730, "422": v734, "429": v47, "503": v51 }],
    "PUT /disks/disk/resize": ["resizeDisk", { "200": v739, "400": v8, "403": v68, "404": v577, "406": v730, "422": v60, "429": v47, "503": v51 }],
    "PUT /disks/disk/io_profile": ["changeDiskIoProfile", { "200": v742, "400": v8, "403": v68, "404": v745, "406": v730, "429": v47, "503": v51 }],
    "GET /virtual_machines/virtual_machine/disks": ["listVirtualMachineDisks", { "200": v751, "400": v8, "403": v169, "404": v361, "406": v116, "429": v47, "503": v51 }],
    "GET /organizations/organization/file_storage_volumes": ["listFileStorageVolumes", { "200": v758, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/file_storage_volumes": ["createFileStorageVolume", { "201": v765, "400": v8, "403": v264, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /file_storage_volumes/file_storage_volume": ["getFileStorageVolume", { "200": v769, "400": v8, "403": v68, "404": v773, "406": v116, "429": v47, "503": v51 }],
    "DELETE /file_storage_volumes/file_storage_volume": ["deleteFileStorageVolume", { "200": v777, "400": v8, "403": v68, "404": v773, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "PATCH /file_storage_volumes/file_storage_volume": ["updateFileStorageVolume", { "200": v780, "400": v8, "403": v68, "404": v773, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "GET /gpu_types": ["listGpuTypes", { "200": v784, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /gpu_types/gpu_type": ["getGpuType", { "200": v794, "400": v8, "403": v169, "404": v796, "429": v47, "503": v51 }],
    "GET /data_centers/data_center/gpu_types": ["listDataCenterGpuTypes", { "200": v800, "400": v8, "403": v169, "404": v437, "429": v47, "503": v51 }],
    "GET /organizations/organization/ip_addresses": ["listOrganizationIpAddresses", { "200": v805, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/ip_addresses": ["createIpAddress", { "200": v810, "400": v8, "403": v13, "404": v813, "422": v60, "429": v47, "503": v816 }],
    "GET /ip_addresses/ip_address": ["getIpAddress", { "200": v823, "400": v8, "403": v169, "404": v828, "429": v47, "503": v51 }],
    "DELETE /ip_addresses/ip_address": ["releaseIpAddress", { "200": v182, "400": v8, "403": v68, "404": v828, "409": v833, "429": v47, "503": v51 }],
    "PATCH /ip_addresses/ip_address": ["updateIpAddress", { "200": v810, "400": v8, "403": v68, "404": v828, "422": v60, "429": v47, "503": v51 }],
    "POST /ip_addresses/ip_address/unallocate": ["unallocateIpAddress", { "200": v182, "400": v8, "403": v169, "404": v828, "409": v833, "422": v839, "429": v47, "503": v51 }],
    "GET /load_balancers/load_balancer/rules": ["listLoadBalancerRules", { "200": v843, "400": v8, "403": v68, "404": v850, "429": v47, "503": v51 }],
    "POST /load_balancers/load_balancer/rules": ["createLoadBalancerRule", { "200": v854, "400": v8, "403": v68, "404": v850, "422": v60, "429": v47, "503": v51 }],
    "GET /load_balancers/rules/load_balancer_rule": ["getLoadBalancerRule", { "200": v862, "400": v8, "403": v169, "404": v864, "429": v47, "503": v51 }],
    "DELETE /load_balancers/rules/load_balancer_rule": ["deleteLoadBalancerRule", { "200": v868, "400": v8, "403": v68, "404": v864, "422": v60, "429": v47, "503": v51 }],
    "PATCH /load_balancers/rules/load_balancer_rule": ["updateLoadBalancerRule", { "200": v870, "400": v8, "403": v68, "404": v864, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/load_balancers": ["listLoadBalancers", { "200": v872, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/load_balancers": ["createLoadBalancer", { "201": v889, "400": v8, "403": v264, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /load_balancers/load_balancer": ["getLoadBalancer", { "200": v904, "400": v8, "403": v169, "404": v850, "429": v47, "503": v51 }],
    "DELETE /load_balancers/load_balancer": ["deleteLoadBalancer", { "200": v908, "400": v8, "403": v68, "404": v850, "422": v60, "429": v47, "503": v51 }],
    "PATCH /load_balancers/load_balancer": ["updateLoadBalancer", { "200": v911, "400": v8, "403": v68, "404": v850, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/managed": ["listManagedOrganizations", { "200": v915, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/managed": ["createManagedOrganization", { "201": v920, "400": v8, "403": v341, "404": v43, "422": v924, "429": v47, "503": v51 }],
    "DELETE /managed_organizations/organization": ["deleteManagedOrganization", { "200": v930, "400": v8, "403": v13, "404": v43, "409": v931, "429": v47, "500": v958, "503": v51 }],
    "GET /organizations/organization/network_speed_profiles": ["listNetworkSpeedProfiles", { "200": v962, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /organizations/organization/available_networks": ["listOrganizationAvailableNetworks", { "200": v967, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /networks/network": ["getNetwork", { "200": v974, "400": v8, "403": v169, "404": v976, "429": v47, "503": v51 }],
    "GET /organizations/organization/object_storage/object_storage_cluster": ["getObjectStorageAccount", { "200": v978, "400": v8, "403": v89, "404": v105, "406": v116, "429": v47, "503": v51 }],
    "POST /organizations/organization/object_storage/object_storage_cluster": ["createObjectStorageAccount", { "201": v982, "400": v8, "403": v13, "404": v984, "406": v730, "422": v60, "429": v47, "503": v51 }],
    "DELETE /organizations/organization/object_storage/object_storage_cluster": ["deleteObjectStorageAccount", { "200": v987, "400": v8, "403": v89, "404": v105, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "GET /operating_systems": ["listOperatingSystems", { "200": v991, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /operating_systems/operating_system": ["getOperatingSystem", { "200": v995, "400": v8, "403": v169, "404": v998, "429": v47, "503": v51 }],
    "GET /organizations/organization/users_with_access": ["listOrganizationUsers", { "200": v1000, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /organizations": ["listOrganizations", { "200": v1009, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /organizations/organization": ["getOrganization", { "200": v1013, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /organizations/organization/policy": ["getOrganizationPolicy", { "200": v1015, "400": v1046, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /organizations/organization/policy_limits": ["getOrganizationPolicyLimits", { "200": v1052, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /organizations/organization/prices": ["getOrganizationPrices", { "200": v1073, "400": v1081, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /organizations/organization/deletion_steps": ["getOrganizationDeletionSteps", { "200": v1087, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/start": ["startVirtualMachine", { "200": v1089, "400": v8, "403": v68, "404": v361, "406": v730, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/stop": ["stopVirtualMachine", { "200": v1089, "400": v8, "403": v68, "404": v361, "406": v730, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/shutdown": ["shutdownVirtualMachine", { "200": v1089, "400": v8, "403": v68, "404": v361, "406": v730, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/reset": ["resetVirtualMachine", { "200": v1089, "400": v8, "403": v68, "404": v361, "406": v730, "429": v47, "503": v51 }],
    "GET /dns_zones/dns_zone/records": ["listDnsRecords", { "200": v1095, "400": v8, "403": v68, "404": v417, "429": v47, "503": v51 }],
    "POST /dns_zones/dns_zone/records": ["createDnsRecord", { "200": v1153, "400": v8, "403": v68, "404": v417, "422": v60, "429": v47, "503": v51 }],
    "GET /dns_records/dns_record": ["getDnsRecord", { "200": v1155, "400": v8, "403": v169, "404": v1157, "429": v47, "503": v51 }],
    "DELETE /dns_records/dns_record": ["deleteDnsRecord", { "200": v1161, "400": v8, "403": v169, "404": v1157, "429": v47, "503": v51 }],
    "PATCH /dns_records/dns_record": ["updateDnsRecord", { "200": v1162, "400": v8, "403": v169, "404": v1157, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/ssh_keys": ["listSshKeys", { "200": v1164, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/ssh_keys": ["addSshKey", { "201": v1169, "400": v8, "403": v341, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "DELETE /ssh_keys/ssh_key": ["deleteSshKey", { "200": v1171, "400": v8, "403": v68, "404": v1173, "409": v1177, "429": v47, "503": v51 }],
    "GET /security_groups/security_group/rules": ["listSecurityGroupRules", { "200": v1182, "400": v8, "403": v68, "404": v1188, "429": v47, "503": v51 }],
    "POST /security_groups/security_group/rules": ["createSecurityGroupRule", { "200": v1192, "400": v8, "403": v68, "404": v1188, "422": v60, "429": v47, "503": v51 }],
    "GET /security_groups/rules/security_group_rule": ["getSecurityGroupRule", { "200": v1197, "400": v8, "403": v68, "404": v1199, "429": v47, "503": v51 }],
    "DELETE /security_groups/rules/security_group_rule": ["deleteSecurityGroupRule", { "200": v1203, "400": v8, "403": v68, "404": v1199, "422": v60, "429": v47, "503": v51 }],
    "PATCH /security_groups/rules/security_group_rule": ["updateSecurityGroupRule", { "200": v1205, "400": v8, "403": v68, "404": v1199, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/security_groups": ["listSecurityGroups", { "200": v1207, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/security_groups": ["createSecurityGroup", { "200": v1213, "400": v8, "403": v264, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /security_groups/security_group": ["getSecurityGroup", { "200": v1217, "400": v8, "403": v169, "404": v1188, "429": v47, "503": v51 }],
    "DELETE /security_groups/security_group": ["deleteSecurityGroup", { "200": v1221, "400": v8, "403": v68, "404": v1188, "409": v1177, "422": v60, "429": v47, "503": v51 }],
    "PATCH /security_groups/security_group": ["updateSecurityGroup", { "200": v1223, "400": v8, "403": v68, "404": v1188, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/tags": ["listTags", { "200": v1227, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/tags": ["createTag", { "200": v1232, "400": v8, "403": v13, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /tags/tag": ["getTag", { "200": v1234, "400": v8, "403": v169, "404": v1236, "429": v47, "503": v51 }],
    "DELETE /tags/tag": ["deleteTag", { "200": v1240, "400": v8, "403": v68, "404": v1236, "429": v47, "503": v51 }],
    "PATCH /tags/tag": ["updateTag", { "200": v1242, "400": v8, "403": v68, "404": v1236, "422": v60, "429": v47, "503": v51 }],
    "GET /tasks/task": ["getTask", { "200": v1244, "400": v8, "403": v169, "404": v1246, "429": v47, "503": v51 }],
    "GET /organizations/organization/trash_objects": ["listTrashObjects", { "200": v1250, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/trash_objects/purge_all": ["purgeAllTrashObjects", { "200": v1254, "400": v8, "403": v13, "404": v43, "406": v134, "429": v47, "503": v51 }],
    "GET /trash_objects/trash_object": ["getTrashObject", { "200": v1256, "400": v8, "403": v169, "404": v1258, "429": v47, "503": v51 }],
    "DELETE /trash_objects/trash_object": ["purgeTrashObject", { "200": v1262, "400": v8, "403": v68, "404": v1258, "406": v134, "429": v47, "503": v51 }],
    "POST /trash_objects/trash_object/restore": ["restoreTrashObject", { "200": v1264, "400": v8, "403": v68, "404": v1258, "429": v47, "503": v51 }],
    "GET /users/current": ["getCurrentUser", { "200": v1266, "400": v8, "403": v169, "404": v1272, "429": v47, "503": v51 }],
    "POST /invalidate_linked_web_session": ["invalidateLinkedWebSession", { "200": v1276, "400": v1277, "403": v169, "429": v47, "503": v51 }],
    "GET /organizations/organization/virtual_networks": ["listVirtualNetworks", { "200": v1283, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/virtual_networks": ["createVirtualNetwork", { "200": v1289, "400": v8, "403": v13, "404": v1291, "422": v60, "429": v47, "503": v51 }],
    "GET /virtual_networks/virtual_network": ["getVirtualNetwork", { "200": v1294, "400": v8, "403": v68, "404": v1296, "429": v47, "503": v51 }],
    "DELETE /virtual_networks/virtual_network": ["deleteVirtualNetwork", { "200": v1300, "400": v8, "403": v68, "404": v1296, "409": v1177, "429": v47, "503": v51 }],
    "PATCH /virtual_networks/virtual_network": ["updateVirtualNetwork", { "200": v1302, "400": v8, "403": v68, "404": v1296, "422": v60, "429": v47, "503": v51 }],
    "GET /organizations/organization/virtual_machine_groups": ["listVirtualMachineGroups", { "200": v1304, "400": v8, "403": v13, "404": v43, "429": v47, "503": v51 }],
    "POST /organizations/organization/virtual_machine_groups": ["createVirtualMachineGroup", { "200": v1308, "400": v8, "403": v13, "404": v43, "422": v60, "429": v47, "503": v51 }],
    "GET /virtual_machine_groups/virtual_machine_group": ["getVirtualMachineGroup", { "200": v1310, "400": v8, "403": v68, "404": v1312, "429": v47, "503": v51 }],
    "DELETE /virtual_machine_groups/virtual_machine_group": ["deleteVirtualMachineGroup", { "200": v1316, "400": v8, "403": v68, "404": v1312, "409": v1177, "429": v47, "503": v51 }],
    "PATCH /virtual_machine_groups/virtual_machine_group": ["updateVirtualMachineGroup", { "200": v1318, "400": v8, "403": v68, "404": v1312, "422": v60, "429": v47, "503": v51 }],
    "GET /virtual_machines/virtual_machine/network_interfaces": ["listVirtualMachineNetworkInterfaces", { "200": v1320, "400": v8, "403": v169, "404": v361, "406": v116, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/network_interfaces": ["createVirtualMachineNetworkInterface", { "200": v1333, "400": v8, "403": v169, "404": v1346, "406": v116, "422": v60, "429": v47, "503": v51 }],
    "GET /virtual_machines/virtual_machine/networks/network/interface": ["getVirtualMachineNetworkInterfaceByNetwork", { "200": v1355, "400": v8, "403": v169, "404": v1367, "406": v116, "429": v47, "503": v51 }],
    "GET /virtual_machine_network_interfaces/virtual_machine_network_interface": ["getNetworkInterface", { "200": v1374, "400": v8, "403": v169, "404": v1376, "429": v47, "503": v51 }],
    "DELETE /virtual_machine_network_interfaces/virtual_machine_network_interface": ["deleteVirtualMachineNetworkInterface", { "200": v1380, "400": v8, "403": v169, "404": v1376, "409": v1177, "422": v60, "429": v47, "503": v51 }],
    "GET /virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version": ["listAvailableIpsForNetworkInterface", { "200": v1382, "400": v8, "403": v169, "404": v1376, "429": v47, "503": v51 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip": ["allocateIpToNetworkInterface", { "200": v1385, "400": v8, "403": v169, "404": v1387, "422": v1392, "429": v47, "503": v51 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip": ["allocateNewIpToNetworkInterface", { "200": v810, "400": v8, "403": v68, "404": v1376, "429": v47, "503": v816 }],
    "PATCH /virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile": ["updateNetworkInterfaceSpeedProfile", { "200": v1402, "400": v8, "403": v169, "404": v1404, "406": v134, "422": v1407, "429": v47, "503": v51 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/attach": ["attachNetworkInterface", { "200": v1411, "400": v8, "403": v68, "404": v1376, "406": v134, "422": v1414, "429": v47, "503": v51 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/detach": ["detachNetworkInterface", { "200": v1418, "400": v8, "403": v68, "404": v1376, "406": v134, "422": v1421, "429": v47, "503": v51 }],
    "GET /virtual_machine_packages": ["listVirtualMachinePackages", { "200": v1425, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /virtual_machine_packages/virtual_machine_package": ["getVirtualMachinePackage", { "200": v1430, "400": v8, "403": v169, "404": v1432, "429": v47, "503": v51 }],
    "GET /organizations/organization/virtual_machines": ["listOrganizationVirtualMachines", { "200": v1434, "400": v8, "403": v341, "404": v43, "429": v47, "503": v51 }],
    "GET /virtual_machines/virtual_machine": ["getVirtualMachine", { "200": v1449, "400": v8, "403": v169, "404": v361, "406": v116, "429": v47, "503": v51 }],
    "DELETE /virtual_machines/virtual_machine": ["deleteVirtualMachine", { "200": v1479, "400": v8, "403": v68, "404": v361, "406": v116, "429": v47, "503": v51 }],
    "PATCH /virtual_machines/virtual_machine": ["updateVirtualMachine", { "200": v1482, "400": v8, "403": v169, "404": v361, "406": v116, "429": v47, "503": v51 }],
    "PUT /virtual_machines/virtual_machine/package": ["changeVirtualMachinePackage", { "200": v1486, "400": v8, "403": v68, "404": v1488, "406": v730, "429": v47, "503": v51 }],
    "PUT /virtual_machines/virtual_machine/flexible_resources": ["changeVirtualMachineFlexibleResources", { "200": v1491, "400": v8, "403": v1493, "404": v361, "406": v730, "429": v47, "503": v51 }],
    "POST /virtual_machines/virtual_machine/allocate_ip": ["allocateIpToVirtualMachine", { "200": v810, "400": v8, "403": v169, "404": v1504, "406": v116, "422": v1507, "429": v47, "503": v51 }],
    "GET /virtual_machine/authorized_keys": ["getVirtualMachineAuthorizedKeys", { "200": 0, "400": v8, "403": v169, "404": v1513, "409": v1517, "429": v47, "503": v51 }],
    "GET /zones": ["listZones", { "200": v1521, "400": v8, "403": v169, "429": v47, "503": v51 }],
    "GET /zones/zone": ["getZone", { "200": v1526, "400": v8, "403": v169, "404": v1528, "429": v47, "503": v51 }],
  },
});
