// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The response validators of this spec: for each operation and documented status, a check of the JSON body that
// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client
// created with `validate: 'report' | 'strict'`.

import { type DriftFinding, defineValidators, enumerated, isObject, nested, notInEnum, oneOf, outOfBounds, typeMismatch, typed, undeclaredProperties } from "@cloudspecs/runtime/drift";

// biome-ignore-all lint: generated
/* eslint-disable */

const k0 = new Set<string>(["api_tokens","pagination"]);
const e1 = ["missing_api_token"];
const k2 = new Set<string>(["code","description","detail"]);
const k3 = new Set<string>(["error"]);
const e4 = ["organization_not_found"];
const e5 = ["rate_limit_reached"];
const k6 = new Set<string>(["total_permitted"]);
const e7 = ["service_unavailable"];
const k8 = new Set<string>(["annotations","api_token"]);
const e9 = ["validation_error"];
const k10 = new Set<string>(["errors"]);
const k11 = new Set<string>(["api_token"]);
const e12 = ["api_token_not_found"];
const k13 = new Set<string>(["object_storage_access_key"]);
const e14 = ["object_in_trash"];
const k15 = new Set<string>(["id","keep_until","object_id","object_type"]);
const k16 = new Set<string>(["trash_object"]);
const k17 = new Set<string>(["object_storage_access_keys","pagination"]);
const e18 = ["object_storage_access_key_not_found"];
const e19 = ["task_queueing_error"];
const k20 = new Set<string>(["details"]);
const e21 = ["object_storage_provisioning_error"];
const k22 = new Set<string>(["success"]);
const e23 = ["network_error"];
const k24 = new Set<string>(["address_list_entries","pagination"]);
const e25 = ["address_list_not_found"];
const k26 = new Set<string>(["address_list_entry"]);
const e27 = ["address_list_entry_not_found"];
const k28 = new Set<string>(["address_lists","pagination"]);
const k29 = new Set<string>(["address_list","annotations"]);
const k30 = new Set<string>(["address_list"]);
const k31 = new Set<string>(["object_storage_bucket"]);
const e32 = ["multiple_object_storage_buckets_found"];
const k33 = new Set<string>(["object_details"]);
const k34 = new Set<string>(["url"]);
const k35 = new Set<string>(["annotations","build","hostname","task","virtual_machine_build"]);
const k36 = new Set<string>(["annotations","build","virtual_machine_build"]);
const e37 = ["build_not_found"];
const k38 = new Set<string>(["certificates","pagination"]);
const k39 = new Set<string>(["certificate"]);
const e40 = ["certificate_not_found"];
const k41 = new Set<string>(["console_session"]);
const e42 = ["virtual_machine_not_found"];
const k43 = new Set<string>(["countries","pagination"]);
const k44 = new Set<string>(["country"]);
const e45 = ["country_not_found"];
const k46 = new Set<string>(["country_states","pagination"]);
const k47 = new Set<string>(["country_state"]);
const e48 = ["country_state_not_found"];
const k49 = new Set<string>(["currencies","pagination"]);
const k50 = new Set<string>(["currency"]);
const e51 = ["currency_not_found"];
const k52 = new Set<string>(["dns_zones","pagination"]);
const k53 = new Set<string>(["dns_zone"]);
const k54 = new Set<string>(["nameservers"]);
const e55 = ["dns_zone_not_found"];
const k56 = new Set<string>(["deleted"]);
const e57 = ["dns_zone_not_verified"];
const k58 = new Set<string>(["data_centers"]);
const k59 = new Set<string>(["data_center"]);
const e60 = ["data_center_not_found"];
const k61 = new Set<string>(["network"]);
const k62 = new Set<string>(["disk_io_profiles","pagination"]);
const k63 = new Set<string>(["disk_backup_policies","pagination"]);
const k64 = new Set<string>(["disk_backup_policy"]);
const e65 = ["disk_not_found"];
const e66 = ["disk_backup_policy_not_found"];
const k67 = new Set<string>(["disk_template","disk_template_versions","pagination"]);
const e68 = ["disk_template_not_found"];
const k69 = new Set<string>(["disk_template_version"]);
const e70 = ["disk_template_version_not_found"];
const k71 = new Set<string>(["disk_template_version","spec"]);
const k72 = new Set<string>(["disk_templates","pagination"]);
const k73 = new Set<string>(["disk_template"]);
const k74 = new Set<string>(["disk","pagination"]);
const k75 = new Set<string>(["annotations","disk","task"]);
const k76 = new Set<string>(["annotations","disk"]);
const k77 = new Set<string>(["disk","trash_object"]);
const k78 = new Set<string>(["disk"]);
const e79 = ["unable_to_assign"];
const e80 = ["unable_to_unassign"];
const k81 = new Set<string>(["disk","task"]);
const e82 = ["unassigned_disk"];
const k83 = new Set<string>(["disks","pagination"]);
const k84 = new Set<string>(["file_storage_volumes","pagination"]);
const k85 = new Set<string>(["annotations","file_storage_volume"]);
const e86 = ["file_storage_volume_not_found"];
const k87 = new Set<string>(["file_storage_volume","trash_object"]);
const k88 = new Set<string>(["gpu_types","pagination"]);
const k89 = new Set<string>(["gpu_type"]);
const e90 = ["gpu_type_not_found"];
const k91 = new Set<string>(["ip_addresses","pagination"]);
const k92 = new Set<string>(["ip_address"]);
const k93 = new Set<string>(["id","name"]);
const k94 = new Set<string>(["allocation","ip_address"]);
const e95 = ["ip_address_not_found"];
const e96 = ["resource_does_not_support_unallocation"];
const e97 = ["no_allocation"];
const k98 = new Set<string>(["load_balancer_rules","pagination"]);
const e99 = ["load_balancer_not_found"];
const k100 = new Set<string>(["load_balancer_rule"]);
const e101 = ["load_balancer_rule_not_found"];
const k102 = new Set<string>(["load_balancers","pagination"]);
const k103 = new Set<string>(["annotations","load_balancer"]);
const k104 = new Set<string>(["load_balancer"]);
const k105 = new Set<string>(["organizations","pagination"]);
const k106 = new Set<string>(["annotations","organization"]);
const e107 = ["deletion_failed"];
const k108 = new Set<string>(["network_speed_profiles","pagination"]);
const k109 = new Set<string>(["networks","virtual_networks"]);
const e110 = ["network_not_found"];
const k111 = new Set<string>(["object_storage_account"]);
const k112 = new Set<string>(["object_storage_account","trash_object"]);
const k113 = new Set<string>(["operating_systems","pagination"]);
const k114 = new Set<string>(["operating_system"]);
const e115 = ["operating_system_not_found"];
const k116 = new Set<string>(["pagination","users"]);
const k117 = new Set<string>(["organizations"]);
const k118 = new Set<string>(["organization"]);
const e119 = ["auto","override","none"];
const k120 = new Set<string>(["features","limits","policy_name","policy_type","reasons_for_disallowing_resource_creation"]);
const k121 = new Set<string>(["policy_limits"]);
const k122 = new Set<string>(["currency","prices"]);
const k123 = new Set<string>(["steps"]);
const k124 = new Set<string>(["task"]);
const k125 = new Set<string>(["dns_records"]);
const k126 = new Set<string>(["dns_record"]);
const e127 = ["dns_record_not_found"];
const k128 = new Set<string>(["pagination","ssh_keys"]);
const k129 = new Set<string>(["ssh_key"]);
const e130 = ["ssh_key_not_found"];
const e131 = ["deletion_restricted"];
const k132 = new Set<string>(["pagination","security_group_rules"]);
const e133 = ["security_group_not_found"];
const k134 = new Set<string>(["security_group_rule"]);
const e135 = ["security_group_rule_not_found"];
const k136 = new Set<string>(["pagination","security_groups"]);
const k137 = new Set<string>(["annotations","security_group"]);
const k138 = new Set<string>(["security_group"]);
const k139 = new Set<string>(["pagination","tags"]);
const k140 = new Set<string>(["tag"]);
const e141 = ["tag_not_found"];
const e142 = ["task_not_found"];
const k143 = new Set<string>(["pagination","trash_objects"]);
const e144 = ["trash_object_not_found"];
const k145 = new Set<string>(["api_token_id","organizations","user"]);
const e146 = ["no_user_associated_with_identity"];
const k147 = new Set<string>(["status"]);
const k148 = new Set<string>(["pagination","virtual_networks"]);
const k149 = new Set<string>(["virtual_network"]);
const e150 = ["virtual_network_not_found"];
const k151 = new Set<string>(["virtual_machine_groups"]);
const k152 = new Set<string>(["virtual_machine_group"]);
const e153 = ["virtual_machine_group_not_found"];
const k154 = new Set<string>(["pagination","virtual_machine_network_interfaces"]);
const k155 = new Set<string>(["virtual_machine_network_interface"]);
const e156 = ["virtual_machine_network_interface_not_found"];
const k157 = new Set<string>(["ip_addresses"]);
const e158 = ["speed_profile_already_assigned"];
const k159 = new Set<string>(["task","virtual_machine_network_interface"]);
const e160 = ["virtual_machine_network_interface_already_attached"];
const e161 = ["virtual_machine_network_interface_already_detached"];
const k162 = new Set<string>(["pagination","virtual_machine_packages"]);
const k163 = new Set<string>(["virtual_machine_package"]);
const e164 = ["package_not_found"];
const k165 = new Set<string>(["pagination","virtual_machines"]);
const k166 = new Set<string>(["annotations","virtual_machine"]);
const k167 = new Set<string>(["trash_object","virtual_machine"]);
const e168 = ["no_virtual_machine_for_api_token"];
const e169 = ["continuous_management_disabled"];
const k170 = new Set<string>(["zones"]);
const k171 = new Set<string>(["zone"]);
const e172 = ["zone_not_found"];
const k173 = new Set<string>(["current_page","large_set","per_page","total","total_pages"]);
const k174 = new Set<string>(["authorized_ip_addresses","expires_at","id","name","organization_id","rate_limit","scopes","secret"]);
const e175 = ["unauthorized_network_for_api_token"];
const e176 = ["invalid_api_token"];
const e177 = ["invalid_capabilities_token"];
const e178 = ["scope_not_granted"];
const k179 = new Set<string>(["scopes"]);
const e180 = ["organization_suspended"];
const e181 = ["organization_not_activated"];
const e182 = ["permission_denied"];
const k183 = new Set<string>(["key","value"]);
const e184 = ["pending","configured"];
const k185 = new Set<string>(["all_buckets_read","all_objects_read","all_objects_write","created_at","id","name","read_buckets","region","s3_access_key_id","s3_secret_access_key","server_url","state","write_buckets"]);
const e186 = ["object_storage_account_not_provisioned"];
const e187 = ["object_storage_account_suspended"];
const e188 = ["object_storage_cluster_not_found"];
const e189 = ["object_storage_account_not_found"];
const k190 = new Set<string>(["address","id","name"]);
const k191 = new Set<string>(["global","id","name"]);
const k192 = new Set<string>(["entries","global","id","name"]);
const k193 = new Set<string>(["access_control_list","created_at","custom_domain","label","name","object_count","public_url","serve_static_site","size","state","static_site_error","static_site_index"]);
const e194 = ["object_storage_bucket_not_found"];
const e195 = ["object_storage_bucket_deletion_error"];
const k196 = new Set<string>(["bucket_name","filename","folder","full_path","public_url","size"]);
const e197 = ["object_not_found"];
const k198 = new Set<string>(["id","name","status"]);
const e199 = ["draft","failed","pending","complete","building"];
const k200 = new Set<string>(["id","state"]);
const e201 = ["resource_creation_restricted"];
const e202 = ["location_required"];
const e203 = ["one_system_disk_required"];
const e204 = ["invalid_spec_xml"];
const k205 = new Set<string>(["fqdn","hostname","id","name","state"]);
const k206 = new Set<string>(["created_at","id","spec_xml","state","virtual_machine"]);
const e207 = ["lets_encrypt","custom","self_signed"];
const e208 = ["pending","issue_failed","issued","issuing"];
const k209 = new Set<string>(["expires_at","id","issuer","last_issued_at","name","state"]);
const k210 = new Set<string>(["additional_names","authorization_method","certificate","certificate_api_url","chain","created_at","expires_at","id","issue_error","issuer","last_issued_at","name","private_key","state"]);
const k211 = new Set<string>(["expires_at","id","url","virtual_machine"]);
const e212 = ["virtual_machine_must_be_started"];
const k213 = new Set<string>(["current_state"]);
const k214 = new Set<string>(["eu","id","iso_code2","iso_code3","name","time_zone"]);
const k215 = new Set<string>(["code","country","id","name"]);
const k216 = new Set<string>(["id","iso_code","name","symbol"]);
const k217 = new Set<string>(["default_ttl","id","name","verified"]);
const k218 = new Set<string>(["country","id","name","permalink"]);
const k219 = new Set<string>(["data_center","default","id","name","permalink"]);
const k220 = new Set<string>(["id","iops","name","permalink","speed_in_mb"]);
const k221 = new Set<string>(["id","retention","schedule","target","total_size"]);
const k222 = new Set<string>(["auto_move_to_trash_at","id","retention","schedule","target","total_size"]);
const k223 = new Set<string>(["id"]);
const k224 = new Set<string>(["id","retention","schedule","target"]);
const k225 = new Set<string>(["auto_move_to_trash_at","id","target"]);
const e226 = ["invalid_timestamp"];
const k227 = new Set<string>(["id","name","permalink"]);
const k228 = new Set<string>(["id","number","size_in_gb","stable"]);
const k229 = new Set<string>(["disk_template","id","number","size_in_gb","stable"]);
const k230 = new Set<string>(["fields"]);
const k231 = new Set<string>(["id","number"]);
const k232 = new Set<string>(["description","id","latest_version","name","operating_system","permalink","size_in_gb","universal"]);
const k233 = new Set<string>(["badge","id","name"]);
const e234 = ["not_built","failed","built","building","installing","restoring","formatting","resizing","configuring","importing"];
const k235 = new Set<string>(["virtual_machine"]);
const k236 = new Set<string>(["id","name","size_in_gb","state","virtual_machine_disk","wwn"]);
const e237 = ["nvme","ssd"];
const e238 = ["scsi","virtio",null];
const k239 = new Set<string>(["attach_on_boot","boot","state","virtual_machine"]);
const k240 = new Set<string>(["attributes","disk_template_version","id"]);
const k241 = new Set<string>(["bus_type","created_at","data_center","id","installation","io_profile","name","size_in_gb","state","storage_speed","virtual_machine_disk","wwn"]);
const k242 = new Set<string>(["created_at","finished_at","id","name","progress","started_at","status"]);
const e243 = ["disk_io_profile_not_found"];
const e244 = ["detached","failed","attached","attaching","detaching"];
const k245 = new Set<string>(["attach_on_boot","boot","disk","state"]);
const e246 = ["pending","failed","ready","configuring"];
const k247 = new Set<string>(["associations","data_center","id","name","nfs_location","size","state"]);
const k248 = new Set<string>(["data_centers","id","manufacturer","memory_in_gb","memory_type","name","permalink"]);
const k249 = new Set<string>(["id","manufacturer","memory_in_gb","memory_type","name","permalink"]);
const k250 = new Set<string>(["address","allocation_id","allocation_type","id","reverse_dns","vip"]);
const k251 = new Set<string>(["address","address_with_mask","allocation_id","allocation_type","id","label","network","reverse_dns","vip"]);
const e252 = ["no_available_addresses"];
const e253 = ["round_robin","least_connections","sticky"];
const e254 = ["HTTPS","TCP","HTTP"];
const k255 = new Set<string>(["algorithm","certificates","check_enabled","destination_port","id","listen_port","protocol"]);
const e256 = ["HTTP","TCP",null];
const e257 = ["2","23","234",null];
const k258 = new Set<string>(["algorithm","backend_ssl","certificates","check_enabled","check_fall","check_http_statuses","check_interval","check_path","check_protocol","check_rise","check_timeout","destination_port","id","listen_port","load_balancer","passthrough_ssl","protocol","proxy_protocol"]);
const e259 = ["virtual_machines","virtual_machine_groups","tags"];
const k260 = new Set<string>(["api_reference","data_center","id","ip_address","name","resource_ids","resource_type","resources"]);
const k261 = new Set<string>(["api_reference","backend_certificate","backend_certificate_key","data_center","enable_weighting","https_redirect","id","ip_address","name","resource_ids","resource_type","resources","standby_vms","weights"]);
const k262 = new Set<string>(["api_reference","id","name"]);
const k263 = new Set<string>(["created_at","id","infrastructure_domain","managed","name","sub_domain"]);
const k264 = new Set<string>(["activated_at","address1","address2","address3","address4","billing_name","country","country_state","created_at","currency","id","infrastructure_domain","managed","name","phone_number","postcode","sub_domain","suspended","vat_number"]);
const e265 = ["organization_limit_reached"];
const e266 = ["deletion_steps_not_satisfied"];
const e267 = ["managed_organization_required"];
const k268 = new Set<string>(["download_speed_in_mbit","id","name","permalink","upload_speed_in_mbit"]);
const k269 = new Set<string>(["data_center","id","name"]);
const e270 = ["provisioning","provisioned","failed"];
const k271 = new Set<string>(["bucket_count","created_at","data_center","provisioning_state","region","size"]);
const k272 = new Set<string>(["id","keep_until","object_type"]);
const k273 = new Set<string>(["digest","file_name","file_size","file_type","token","url"]);
const k274 = new Set<string>(["avatar_url","first_name","id","last_name"]);
const k275 = new Set<string>(["user"]);
const k276 = new Set<string>(["activated_at","created_at","id","infrastructure_domain","managed","name","sub_domain","suspended"]);
const k277 = new Set<string>(["certificates","disk_iops","disk_space","dns_zones","file_storage_volumes","isos","load_balancers","managed_organizations","network_speed","security_groups","unallocated_ip_addresses","uninvoiced_balance","virtual_machine_memory","virtual_machines","virtual_networks"]);
const k278 = new Set<string>(["disk_bus_configuration","flexible_virtual_machine_resources","restricted_traffic_types","suspension","zone_selection"]);
const e279 = ["policy_not_available_for_managed_organizations"];
const k280 = new Set<string>(["allow_restricted_traffic_types","allow_suspension","flexible_virtual_machine_resources","maximum_certificates","maximum_disk_size","maximum_disk_space","maximum_dns_zones","maximum_file_storage_volumes","maximum_isos","maximum_load_balancers","maximum_managed_organizations","maximum_security_groups","maximum_unallocated_ip_addresses","maximum_uninvoiced_balance","maximum_virtual_machine_memory","maximum_virtual_machines","maximum_virtual_networks","minimum_disk_size"]);
const k281 = new Set<string>(["category","description","price","resource","variants"]);
const e282 = ["prices_not_available_for_managed_organizations"];
const k283 = new Set<string>(["disk_backup_policies","disk_templates","disks","dns_zones","empty_trash","ensure_no_outstanding_invoices","ensure_zero_balance","file_storage_volumes","ip_addresses","isos","load_balancers","managed_organizations","object_storage","virtual_machines","virtual_networks"]);
const e284 = ["A","AAAA","ALIAS","CAA","CNAME","HTTPRedirect","IPS","MX","NS","PTR","SOA","SRV","SSHFP","TXT","VirtualMachine"];
const k285 = new Set<string>(["content","content_attributes","full_name","id","name","priority","ttl","type"]);
const k286 = new Set<string>(["fingerprint","id","name"]);
const e287 = ["inbound","outbound"];
const e288 = ["TCP","UDP","ICMP"];
const e289 = ["allow","deny"];
const k290 = new Set<string>(["action","direction","id","notes","ports","protocol","targets"]);
const k291 = new Set<string>(["action","direction","id","notes","ports","protocol","security_group","targets"]);
const k292 = new Set<string>(["allow_all_inbound","allow_all_outbound","associations","id","name"]);
const e293 = ["red","pink","purple","dark_blue","green","teal","aqua","light_blue","yellow","orange","orange_red","brown","black","dark_gray","light_gray","light_brown","pastel_red","pastel_pink","pastel_purple","pastel_dark_blue","pastel_green","pastel_teal","pastel_aqua","pastel_light_blue","pastel_yellow","pastel_orange","pastel_orange_red","pastel_brown","pastel_black","pastel_dark_gray","pastel_light_gray","pastel_light_brown"];
const k294 = new Set<string>(["color","id","name"]);
const k295 = new Set<string>(["color","created_at","id","name"]);
const k296 = new Set<string>(["id","name","sub_domain"]);
const e297 = ["identity_not_linked_to_web_session"];
const k298 = new Set<string>(["auto_segregate","created_at","id","name","segregate"]);
const k299 = new Set<string>(["id","ip_addresses","name","network","virtual_network"]);
const k300 = new Set<string>(["id","ip_addresses","mac_address","name","network","speed_profile","state","virtual_machine","virtual_network"]);
const e301 = ["network_speed_profile_not_found"];
const k302 = new Set<string>(["id","ip_addresses","mac_address","name","network","state","virtual_machine","virtual_network"]);
const e303 = ["interface_not_found"];
const e304 = ["ip_already_allocated"];
const e305 = ["invalid_ip"];
const e306 = ["public","private"];
const k307 = new Set<string>(["cpu_cores","group","icon","id","ipv4_addresses","memory_in_gb","monthly_bandwidth_allowance_in_gb","name","permalink","privacy","storage_in_gb","use_dedicated_cpus"]);
const k308 = new Set<string>(["name"]);
const k309 = new Set<string>(["address"]);
const k310 = new Set<string>(["created_at","fqdn","gpu_type","hostname","hypervisor","id","ip_addresses","name","package","zone"]);
const e311 = ["stopped","failed","started","starting","allocated","allocating","resetting","migrating","stopping","shutting_down","transferring","orphaned"];
const k312 = new Set<string>(["id","name","operating_system"]);
const k313 = new Set<string>(["id","ip_address","name"]);
const k314 = new Set<string>(["attached_iso","cpu_cores","created_at","description","fqdn","gpu_type","gpus","group","hostname","hypervisor","id","initial_root_password","ip_addresses","memory_in_gb","name","organization","package","state","tag_names","tags","use_dedicated_cpus","zone"]);
const e315 = ["flexible_resources_unavailable_to_organization"];
const e316 = ["no_interface_available"];
const k317 = new Set<string>(["data_center","id","name","permalink"]);
const k318 = new Set<string>(["all_keys_read","all_keys_write","public_list","public_read","read_key_ids","write_key_ids"]);
const e319 = ["pending","running","completed","failed"];
const k320 = new Set<string>(["attached_iso","bus_type","cpu_cores","created_at","data_center","description","fqdn","gpu_type","gpus","group","hostname","hypervisor","id","initial_root_password","installation","io_profile","ip_addresses","memory_in_gb","name","organization","package","size_in_gb","state","storage_speed","tag_names","tags","use_dedicated_cpus","virtual_machine_disk","wwn","zone"]);
const k321 = new Set<string>(["target"]);
const e322 = ["hourly","daily","weekly","monthly"];
const k323 = new Set<string>(["interval","next_invocation_at"]);
const k324 = new Set<string>(["frequency","interval","minute","next_invocation_at","time"]);
const e325 = ["Text","Boolean","Password","Keyboard"];
const k326 = new Set<string>(["description","label","name","placeholder","prefill","required","type"]);
const k327 = new Set<string>(["created_at","id","name","size_in_gb","state","wwn"]);
const k328 = new Set<string>(["additional_names","id","name","state"]);
const k329 = new Set<string>(["attached_iso","auto_segregate","color","cpu_cores","created_at","description","fqdn","gpu_type","gpus","group","hostname","hypervisor","id","initial_root_password","ip_addresses","memory_in_gb","name","organization","package","segregate","state","tag_names","tags","use_dedicated_cpus","zone"]);
const k330 = new Set<string>(["resources"]);
const k331 = new Set<string>(["address","id"]);
const k332 = new Set<string>(["virtual_machine_id","weight"]);
const k333 = new Set<string>(["currency","current","limit"]);
const k334 = new Set<string>(["current","limit","unit"]);
const k335 = new Set<string>(["limit","unit"]);
const k336 = new Set<string>(["permitted"]);
const k337 = new Set<string>(["unlimited","value"]);
const k338 = new Set<string>(["value"]);
const k339 = new Set<string>(["description","id","price"]);
const k340 = new Set<string>(["description","satisfied"]);
const k341 = new Set<string>(["hostname"]);
const k342 = new Set<string>(["flag","tag","value"]);
const k343 = new Set<string>(["http_status","url"]);
const k344 = new Set<string>(["port","target","weight"]);
const k345 = new Set<string>(["algorithm","fingerprint","fingerprint_type"]);
const k346 = new Set<string>(["content"]);
const k347 = new Set<string>(["A","AAAA","ALIAS","CAA","CNAME","HTTPRedirect","IPS","MX","NS","PTR","SOA","SRV","SSHFP","TXT","VirtualMachine"]);
const e348 = ["attached","attaching","detached","detaching","unknown"];
const e349 = ["attach","detach",null];
const k350 = new Set<string>(["available","id","pending_action","status","type"]);
const k351 = new Set<string>(["attach_on_boot","boot","disk","state","virtual_machine"]);
const k352 = new Set<string>(["fqdn","id"]);
const k353 = new Set<string>(["description","key","label","protect","value"]);

function s0(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e1, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s1(n: number, o: boolean) {
  const a0 = s0(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s2(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e4, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s3(n: number, o: boolean) {
  const a0 = s2(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s4(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e7, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s5(n: number, o: boolean) {
  const a0 = s4(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s6(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "KeyValue", v288, true);
      }
    }
  };
}
function s7(n: number, o: boolean) {
  const a0 = s6(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.api_token, p, "/api_token", n + 1, "ApiToken", v279, true);
      nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k8, false);
    }
  };
}
function s8(n: number) {
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
function s9(n: number) {
  const a0 = s8(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.errors, p, "/errors", n + 1, "array of string", a0, false);
      undeclaredProperties(f, x, p, n, k10, false);
    }
  };
}
function s10(n: number) {
  const a0 = s9(n + 4);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e9, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "object", a0, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s11(n: number, o: boolean) {
  const a0 = s10(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s12(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.object_storage_access_key, p, "/object_storage_access_key", n + 1, "ObjectStorageAccessKey", v290, true);
      if (o) undeclaredProperties(f, x, p, n, k13, false);
    }
  };
}
function s13(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(x === null)) typeMismatch(f, p, n, "null", x);
  };
}
function s14(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k15, false);
    }
    oneOf(f, p, n, x, [v296, a0], true);
  };
}
function s15(n: number) {
  const a0 = s14(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.trash_object, p, "/trash_object", n + 1, "one of TrashObject, null", a0, false);
      undeclaredProperties(f, x, p, n, k16, false);
    }
  };
}
function s16(n: number) {
  const a0 = s15(n + 4);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e14, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "object", a0, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s17(n: number, o: boolean) {
  const a0 = s16(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s18(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.details, p, "/details", n + 1, 1, false);
      undeclaredProperties(f, x, p, n, k20, false);
    }
  };
}
function s19(n: number) {
  const a0 = s18(n + 4);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e19, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "object", a0, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s20(n: number, o: boolean) {
  const a0 = s19(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s21(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e21, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s22(n: number, o: boolean) {
  const a0 = s21(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s23(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.success, p, "/success", n + 1, 8, true);
      if (o) undeclaredProperties(f, x, p, n, k22, false);
    }
  };
}
function s24(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "AddressListEntry", v299, true);
      }
    }
  };
}
function s25(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.address_list_entry, p, "/address_list_entry", n + 1, "AddressListEntry", v299, true);
      if (o) undeclaredProperties(f, x, p, n, k26, false);
    }
  };
}
function s26(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  };
}
function s27(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "AddressListSummary", v300, true);
      }
    }
  };
}
function s28(n: number, o: boolean) {
  const a0 = s27(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
      nested(f, x.address_lists, p, "/address_lists", n + 2, "array of AddressListSummary", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k28, false);
    }
  };
}
function s29(n: number, o: boolean) {
  const a0 = s6(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.address_list, p, "/address_list", n + 1, "AddressList", v301, true);
      nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k29, false);
    }
  };
}
function s30(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.object_storage_bucket, p, "/object_storage_bucket", n + 1, "ObjectStorageBucket", v302, true);
      if (o) undeclaredProperties(f, x, p, n, k31, false);
    }
  };
}
function s31(n: number, o: boolean) {
  const a0 = s6(n + 6);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.task, p, "/task", n + 1, "QueuedTask", v307, true);
      nested(f, x.build, p, "/build", n + 2, "VirtualMachineBuildSummary", v308, true);
      nested(f, x.virtual_machine_build, p, "/virtual_machine_build", n + 3, "VirtualMachineBuildSummary", v308, true);
      typed(f, x.hostname, p, "/hostname", n + 4, 1, true);
      nested(f, x.annotations, p, "/annotations", n + 5, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k35, false);
    }
  };
}
function s32(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e42, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s33(n: number, o: boolean) {
  const a0 = s32(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s34(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "NamedReference", v289, true);
      }
    }
  };
}
function s35(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.dns_zone, p, "/dns_zone", n + 1, "DnsZone", v328, true);
      if (o) undeclaredProperties(f, x, p, n, k53, false);
    }
  };
}
function s36(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.deleted, p, "/deleted", n + 1, 8, true);
      if (o) undeclaredProperties(f, x, p, n, k56, false);
    }
  };
}
function s37(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e60, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s38(n: number, o: boolean) {
  const a0 = s37(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s39(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "DiskBackupPolicySummary", v332, true);
      }
    }
  };
}
function s40(n: number, o: boolean) {
  const a0 = s39(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
      nested(f, x.disk_backup_policies, p, "/disk_backup_policies", n + 2, "array of DiskBackupPolicySummary", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k63, false);
    }
  };
}
function s41(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.disk_backup_policy, p, "/disk_backup_policy", n + 1, "DiskBackupPolicy", v333, true);
      if (o) undeclaredProperties(f, x, p, n, k64, false);
    }
  };
}
function s42(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e65, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s43(n: number, o: boolean) {
  const a0 = s42(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s44(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e68, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s45(n: number, o: boolean) {
  const a0 = s44(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s46(n: number, o: boolean) {
  const a0 = s6(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.disk, p, "/disk", n + 1, "Disk", v346, true);
      nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k76, false);
    }
  };
}
function s47(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.disk, p, "/disk", n + 1, "Disk", v346, true);
      if (o) undeclaredProperties(f, x, p, n, k78, false);
    }
  };
}
function s48(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.disk, p, "/disk", n + 1, "Disk", v346, true);
      nested(f, x.task, p, "/task", n + 2, "Task", v347, true);
      if (o) undeclaredProperties(f, x, p, n, k81, false);
    }
  };
}
function s49(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e82, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s50(n: number, o: boolean) {
  const a0 = s49(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s51(n: number, o: boolean) {
  const a0 = s6(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.file_storage_volume, p, "/file_storage_volume", n + 1, "FileStorageVolumeSummary", v355, true);
      nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k85, false);
    }
  };
}
function s52(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k93, false);
    }
    oneOf(f, p, n, x, [v362, a0], true);
  };
}
function s53(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e95, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s54(n: number, o: boolean) {
  const a0 = s53(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s55(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.load_balancer_rule, p, "/load_balancer_rule", n + 1, "LoadBalancerRule", v364, true);
      if (o) undeclaredProperties(f, x, p, n, k100, false);
    }
  };
}
function s56(n: number, o: boolean) {
  const a0 = s6(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.load_balancer, p, "/load_balancer", n + 1, "LoadBalancer", v366, true);
      nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k103, false);
    }
  };
}
function s57(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e110, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s58(n: number, o: boolean) {
  const a0 = s57(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s59(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.object_storage_account, p, "/object_storage_account", n + 1, "ObjectStorageAccount", v376, true);
      if (o) undeclaredProperties(f, x, p, n, k111, false);
    }
  };
}
function s60(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e115, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s61(n: number, o: boolean) {
  const a0 = s60(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s62(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.dns_record, p, "/dns_record", n + 1, "DnsRecord", v388, true);
      if (o) undeclaredProperties(f, x, p, n, k126, false);
    }
  };
}
function s63(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.ssh_key, p, "/ssh_key", n + 1, "SshKey", v389, true);
      if (o) undeclaredProperties(f, x, p, n, k129, false);
    }
  };
}
function s64(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.security_group_rule, p, "/security_group_rule", n + 1, "SecurityGroupRule", v391, true);
      if (o) undeclaredProperties(f, x, p, n, k134, false);
    }
  };
}
function s65(n: number, o: boolean) {
  const a0 = s6(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.security_group, p, "/security_group", n + 1, "SecurityGroup", v392, true);
      nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k137, false);
    }
  };
}
function s66(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.tag, p, "/tag", n + 1, "Tag", v394, true);
      if (o) undeclaredProperties(f, x, p, n, k140, false);
    }
  };
}
function s67(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.task, p, "/task", n + 1, "Task", v347, true);
      if (o) undeclaredProperties(f, x, p, n, k124, false);
    }
  };
}
function s68(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.trash_object, p, "/trash_object", n + 1, "TrashObject", v348, true);
      if (o) undeclaredProperties(f, x, p, n, k16, false);
    }
  };
}
function s69(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.virtual_network, p, "/virtual_network", n + 1, "VirtualNetwork", v398, true);
      if (o) undeclaredProperties(f, x, p, n, k149, false);
    }
  };
}
function s70(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e150, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s71(n: number, o: boolean) {
  const a0 = s70(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s72(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.virtual_machine_group, p, "/virtual_machine_group", n + 1, "VirtualMachineGroup", v399, true);
      if (o) undeclaredProperties(f, x, p, n, k152, false);
    }
  };
}
function s73(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", n + 1, "VirtualMachineNetworkInterfaceDetail", v401, true);
      if (o) undeclaredProperties(f, x, p, n, k155, false);
    }
  };
}
function s74(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", n + 1, "VirtualMachineNetworkInterface", v404, true);
      if (o) undeclaredProperties(f, x, p, n, k155, false);
    }
  };
}
function s75(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e156, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s76(n: number, o: boolean) {
  const a0 = s75(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s77(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "IpAddress", v359, true);
      }
    }
  };
}
function s78(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.virtual_machine_network_interface, p, "/virtual_machine_network_interface", n + 1, "VirtualMachineNetworkInterfaceDetail", v401, true);
      nested(f, x.task, p, "/task", n + 2, "Task", v347, true);
      if (o) undeclaredProperties(f, x, p, n, k159, false);
    }
  };
}
function s79(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e164, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s80(n: number, o: boolean) {
  const a0 = s79(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s81(n: number, o: boolean) {
  const a0 = s6(n + 3);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      nested(f, x.virtual_machine, p, "/virtual_machine", n + 1, "VirtualMachine", v412, true);
      nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k166, false);
    }
  };
}
function s82(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      enumerated(f, x.code, p, "/code", n + 1, 1, e172, true);
      typed(f, x.description, p, "/description", n + 2, 1, true);
      nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
      undeclaredProperties(f, x, p, n, k2, false);
    }
  };
}
function s83(n: number, o: boolean) {
  const a0 = s82(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
      nested(f, x.error, p, "/error", n + 1, "object", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k3, false);
    }
  };
}
function s84(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.details, p, "/details", n + 1, 17, false);
      undeclaredProperties(f, x, p, n, k20, false);
    }
  };
}
function s85(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k93, false);
    }
  };
}
function s86(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.keep_until, p, "/keep_until", n + 2, 4, true);
      typed(f, x.object_id, p, "/object_id", n + 3, 1, true);
      typed(f, x.object_type, p, "/object_type", n + 4, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k15, false);
    }
  };
}
function s87(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.iso_code2, p, "/iso_code2", n + 3, 1, true);
      typed(f, x.iso_code3, p, "/iso_code3", n + 4, 1, true);
      typed(f, x.time_zone, p, "/time_zone", n + 5, 17, true);
      typed(f, x.eu, p, "/eu", n + 6, 8, true);
      if (o) undeclaredProperties(f, x, p, n, k214, false);
    }
  };
}
function s88(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.code, p, "/code", n + 3, 1, true);
      nested(f, x.country, p, "/country", n + 4, "Country", v325, true);
      if (o) undeclaredProperties(f, x, p, n, k215, false);
    }
  };
}
function s89(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.permalink, p, "/permalink", n + 3, 1, true);
      typed(f, x.speed_in_mb, p, "/speed_in_mb", n + 4, 20, true);
      typed(f, x.iops, p, "/iops", n + 5, 20, true);
      if (o) undeclaredProperties(f, x, p, n, k220, false);
    }
  };
}
function s90(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k223, false);
    }
  };
}
function s91(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.permalink, p, "/permalink", n + 3, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k227, false);
    }
  };
}
function s92(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k233, false);
    }
    oneOf(f, p, n, x, [v427, a0], true);
  };
}
function s93(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k220, false);
    }
    oneOf(f, p, n, x, [v429, a0], true);
  };
}
function s94(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k240, false);
    }
    oneOf(f, p, n, x, [v431, a0], true);
  };
}
function s95(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k227, false);
    }
    oneOf(f, p, n, x, [v433, a0], true);
  };
}
function s96(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.manufacturer, p, "/manufacturer", n + 3, 1, true);
      typed(f, x.memory_in_gb, p, "/memory_in_gb", n + 4, 4, true);
      typed(f, x.memory_type, p, "/memory_type", n + 5, 1, true);
      typed(f, x.permalink, p, "/permalink", n + 6, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k249, false);
    }
  };
}
function s97(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "LoadBalancerResource", v435, true);
      }
    }
  };
}
function s98(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k273, false);
    }
    oneOf(f, p, n, x, [v442, a0], true);
  };
}
function s99(n: number, o: boolean) {
  const a0 = s98(n + 4);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      nested(f, x.badge, p, "/badge", n + 3, "one of Attachment, null", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k233, false);
    }
  };
}
function s100(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      enumerated(f, x.color, p, "/color", n + 3, 1, e293, true);
      typed(f, x.created_at, p, "/created_at", n + 4, 4, true);
      if (o) undeclaredProperties(f, x, p, n, k295, false);
    }
  };
}
function s101(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.first_name, p, "/first_name", n + 2, 1, true);
      typed(f, x.last_name, p, "/last_name", n + 3, 1, true);
      typed(f, x.avatar_url, p, "/avatar_url", n + 4, 1, true);
      if (o) undeclaredProperties(f, x, p, n, k274, false);
    }
  };
}
function s102(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.segregate, p, "/segregate", n + 3, 8, true);
      typed(f, x.auto_segregate, p, "/auto_segregate", n + 4, 8, true);
      typed(f, x.created_at, p, "/created_at", n + 5, 4, true);
      if (o) undeclaredProperties(f, x, p, n, k298, false);
    }
  };
}
function s103(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "AddressReference", v437, true);
      }
    }
  };
}
function s104(n: number, o: boolean) {
  const a0 = s98(n + 11);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.permalink, p, "/permalink", n + 3, 1, true);
      typed(f, x.cpu_cores, p, "/cpu_cores", n + 4, 4, true);
      typed(f, x.ipv4_addresses, p, "/ipv4_addresses", n + 5, 4, true);
      typed(f, x.memory_in_gb, p, "/memory_in_gb", n + 6, 4, true);
      typed(f, x.storage_in_gb, p, "/storage_in_gb", n + 7, 4, true);
      typed(f, x.monthly_bandwidth_allowance_in_gb, p, "/monthly_bandwidth_allowance_in_gb", n + 8, 20, true);
      enumerated(f, x.privacy, p, "/privacy", n + 9, 1, e306, true);
      nested(f, x.icon, p, "/icon", n + 10, "one of Attachment, null", a0, true);
      typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", n + 13, 8, true);
      nested(f, x.group, p, "/group", n + 14, "NamedReference", v289, true);
      if (o) undeclaredProperties(f, x, p, n, k307, false);
    }
  };
}
function s105(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k298, false);
    }
    oneOf(f, p, n, x, [v454, a0], true);
  };
}
function s106(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k307, false);
    }
    oneOf(f, p, n, x, [v455, a0], true);
  };
}
function s107(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k312, false);
    }
    oneOf(f, p, n, x, [v456, a0], true);
  };
}
function s108(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "VirtualMachineGpu", v458, true);
      }
    }
  };
}
function s109(n: number) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "Tag", v394, true);
      }
    }
  };
}
function s110(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k313, false);
    }
    oneOf(f, p, n, x, [v459, a0], true);
  };
}
function s111(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.hostname, p, "/hostname", n + 3, 1, true);
      typed(f, x.fqdn, p, "/fqdn", n + 4, 1, true);
      enumerated(f, x.state, p, "/state", n + 5, 1, e311, true);
      if (o) undeclaredProperties(f, x, p, n, k205, false);
    }
  };
}
function s112(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.permalink, p, "/permalink", n + 3, 1, true);
      nested(f, x.country, p, "/country", n + 4, "Country", v325, true);
      if (o) undeclaredProperties(f, x, p, n, k218, false);
    }
  };
}
function s113(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k92, false);
    }
    oneOf(f, p, n, x, [v466, a0], true);
  };
}
function s114(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k341, false);
    }
    oneOf(f, p, n, x, [v467, a0], true);
  };
}
function s115(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k248, false);
    }
    oneOf(f, p, n, x, [v476, a0], true);
  };
}
function s116(n: number, o: boolean) {
  const a0 = s105(n + 12), a1 = s106(n + 15), a2 = s107(n + 18), a3 = s115(n + 24), a4 = s108(n + 27), a5 = s109(n + 30), a6 = s8(n + 33), a7 = s77(n + 36), a8 = s110(n + 39);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.hostname, p, "/hostname", n + 3, 1, true);
      typed(f, x.fqdn, p, "/fqdn", n + 4, 1, true);
      typed(f, x.description, p, "/description", n + 5, 17, true);
      typed(f, x.created_at, p, "/created_at", n + 6, 4, true);
      typed(f, x.initial_root_password, p, "/initial_root_password", n + 7, 17, true);
      enumerated(f, x.state, p, "/state", n + 8, 1, e311, true);
      nested(f, x.zone, p, "/zone", n + 9, "Zone", v416, true);
      nested(f, x.organization, p, "/organization", n + 10, "Organization", v369, true);
      nested(f, x.group, p, "/group", n + 11, "one of VirtualMachineGroup, null", a0, true);
      nested(f, x.package, p, "/package", n + 14, "one of VirtualMachinePackage, null", a1, true);
      nested(f, x.attached_iso, p, "/attached_iso", n + 17, "one of Iso, null", a2, true);
      typed(f, x.memory_in_gb, p, "/memory_in_gb", n + 20, 20, true);
      typed(f, x.cpu_cores, p, "/cpu_cores", n + 21, 20, true);
      typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", n + 22, 24, true);
      nested(f, x.gpu_type, p, "/gpu_type", n + 23, "one of GpuType, null", a3, true);
      nested(f, x.gpus, p, "/gpus", n + 26, "array of VirtualMachineGpu", a4, true);
      nested(f, x.tags, p, "/tags", n + 29, "array of Tag", a5, true);
      nested(f, x.tag_names, p, "/tag_names", n + 32, "array of string", a6, true);
      nested(f, x.ip_addresses, p, "/ip_addresses", n + 35, "array of IpAddress", a7, true);
      nested(f, x.hypervisor, p, "/hypervisor", n + 38, "one of Hypervisor, null", a8, true);
      if (o) undeclaredProperties(f, x, p, n, k314, false);
    }
  };
}
function s117(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k351, false);
    }
    oneOf(f, p, n, x, [v477, a0], true);
  };
}
function s118(n: number, o: boolean) {
  const a0 = s93(n + 9), a1 = s117(n + 14), a2 = s94(n + 17);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.size_in_gb, p, "/size_in_gb", n + 3, 4, true);
      typed(f, x.wwn, p, "/wwn", n + 4, 1, true);
      enumerated(f, x.state, p, "/state", n + 5, 1, e234, true);
      typed(f, x.created_at, p, "/created_at", n + 6, 4, true);
      enumerated(f, x.storage_speed, p, "/storage_speed", n + 7, 1, e237, true);
      nested(f, x.io_profile, p, "/io_profile", n + 8, "one of DiskIoProfile, null", a0, true);
      enumerated(f, x.bus_type, p, "/bus_type", n + 11, 17, e238, true);
      nested(f, x.data_center, p, "/data_center", n + 12, "DataCenter", v441, true);
      nested(f, x.virtual_machine_disk, p, "/virtual_machine_disk", n + 13, "one of VirtualMachineDisk, null", a1, true);
      nested(f, x.installation, p, "/installation", n + 16, "one of DiskInstallation, null", a2, true);
      if (o) undeclaredProperties(f, x, p, n, k241, false);
    }
  };
}
function s119(n: number, o: boolean) {
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.number, p, "/number", n + 2, 4, true);
      typed(f, x.stable, p, "/stable", n + 3, 8, true);
      typed(f, x.size_in_gb, p, "/size_in_gb", n + 4, 4, true);
      nested(f, x.disk_template, p, "/disk_template", n + 5, "DiskTemplate", v478, true);
      if (o) undeclaredProperties(f, x, p, n, k229, false);
    }
  };
}
function s120(n: number) {
  const a0 = s13(n + 1);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (isObject(x)) {
      undeclaredProperties(f, x, p, n, k218, false);
    }
    oneOf(f, p, n, x, [v479, a0], true);
  };
}
function s121(n: number) {
  const a0 = s120(n + 2);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
    else {
      const q = p + "/*";
      for (const y of x) {
        nested(f, y, q, "", n + 1, "one of DataCenter, null", a0, true);
      }
    }
  };
}
function s122(n: number, o: boolean) {
  const a0 = s121(n + 8);
  return (x: any, p: string, f: DriftFinding[]): void => {
    if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
    else {
      typed(f, x.id, p, "/id", n + 1, 1, true);
      typed(f, x.name, p, "/name", n + 2, 1, true);
      typed(f, x.manufacturer, p, "/manufacturer", n + 3, 1, true);
      typed(f, x.memory_in_gb, p, "/memory_in_gb", n + 4, 4, true);
      typed(f, x.memory_type, p, "/memory_type", n + 5, 1, true);
      typed(f, x.permalink, p, "/permalink", n + 6, 1, true);
      nested(f, x.data_centers, p, "/data_centers", n + 7, "array of one of DataCenter, null", a0, true);
      if (o) undeclaredProperties(f, x, p, n, k248, false);
    }
  };
}
function v0_0(x: any, p: string, f: DriftFinding[], n = 3): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ApiToken", v279, true);
    }
  }
}
function v0(x: any, p: string, f: DriftFinding[], n = 0): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.api_tokens, p, "/api_tokens", n + 2, "array of ApiToken", v0_0, true);
    undeclaredProperties(f, x, p, n, k0, false);
  }
}
function v2(x: any, p: string, f: DriftFinding[], n = 11): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284, v285, v286, v287], true);
}
function v4_0_0(x: any, p: string, f: DriftFinding[], n = 24): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.total_permitted, p, "/total_permitted", n + 1, 4, false);
    undeclaredProperties(f, x, p, n, k6, false);
  }
}
function v4_0(x: any, p: string, f: DriftFinding[], n = 20): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e5, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v4_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v4(x: any, p: string, f: DriftFinding[], n = 18): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v4_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v8(x: any, p: string, f: DriftFinding[], n = 47): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.api_token, p, "/api_token", n + 1, "NamedReference", v289, true);
    undeclaredProperties(f, x, p, n, k11, false);
  }
}
function v9(x: any, p: string, f: DriftFinding[], n = 49): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284, v287], true);
}
function v10_0(x: any, p: string, f: DriftFinding[], n = 52): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e12, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v10(x: any, p: string, f: DriftFinding[], n = 50): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v10_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v12(x: any, p: string, f: DriftFinding[], n = 61): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.api_token, p, "/api_token", n + 1, "ApiToken", v279, true);
    undeclaredProperties(f, x, p, n, k11, false);
  }
}
function v14(x: any, p: string, f: DriftFinding[], n = 65): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284, v285, v286, v287, v291, v292], true);
}
function v15(x: any, p: string, f: DriftFinding[], n = 66): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v293, v294, v295], true);
}
function v17_0(x: any, p: string, f: DriftFinding[], n = 80): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ObjectStorageAccessKey", v290, true);
    }
  }
}
function v17(x: any, p: string, f: DriftFinding[], n = 77): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.object_storage_access_keys, p, "/object_storage_access_keys", n + 2, "array of ObjectStorageAccessKey", v17_0, true);
    undeclaredProperties(f, x, p, n, k17, false);
  }
}
function v19_0(x: any, p: string, f: DriftFinding[], n = 86): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e18, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v19(x: any, p: string, f: DriftFinding[], n = 84): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v19_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v24_0(x: any, p: string, f: DriftFinding[], n = 110): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e23, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v24(x: any, p: string, f: DriftFinding[], n = 108): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v24_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v26(x: any, p: string, f: DriftFinding[], n = 116): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v297, v298], true);
}
function v27(x: any, p: string, f: DriftFinding[], n = 117): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.address_list_entries, p, "/address_list_entries", n + 2, "array of AddressListEntry", v27_0, true);
    undeclaredProperties(f, x, p, n, k24, false);
  }
}
function v28_0(x: any, p: string, f: DriftFinding[], n = 124): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e25, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v28(x: any, p: string, f: DriftFinding[], n = 122): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v28_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v31(x: any, p: string, f: DriftFinding[], n = 132): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284], true);
}
function v32_0(x: any, p: string, f: DriftFinding[], n = 135): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e27, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v32(x: any, p: string, f: DriftFinding[], n = 133): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v32_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v40(x: any, p: string, f: DriftFinding[], n = 164): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.address_list, p, "/address_list", n + 1, "AddressList", v301, true);
    undeclaredProperties(f, x, p, n, k30, false);
  }
}
function v44(x: any, p: string, f: DriftFinding[], n = 175): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v294, v303], true);
}
function v45_0(x: any, p: string, f: DriftFinding[], n = 178): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e32, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v45(x: any, p: string, f: DriftFinding[], n = 176): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v45_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v47(x: any, p: string, f: DriftFinding[], n = 184): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284, v287, v304], true);
}
function v50(x: any, p: string, f: DriftFinding[], n = 189): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.object_details, p, "/object_details", n + 1, "ObjectStorageObject", v305, true);
    undeclaredProperties(f, x, p, n, k33, false);
  }
}
function v51(x: any, p: string, f: DriftFinding[], n = 191): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v294, v303, v306], true);
}
function v52(x: any, p: string, f: DriftFinding[], n = 192): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.url, p, "/url", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k34, false);
  }
}
function v54(x: any, p: string, f: DriftFinding[], n = 202): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284, v285, v286, v287, v309], true);
}
function v55(x: any, p: string, f: DriftFinding[], n = 203): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v293, v310, v311, v312, v313, v314], true);
}
function v56(x: any, p: string, f: DriftFinding[], n = 204): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v297, v315, v316], true);
}
function v58(x: any, p: string, f: DriftFinding[], n = 213): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v317, v318], true);
}
function v59(x: any, p: string, f: DriftFinding[], n = 214): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.virtual_machine_build, p, "/virtual_machine_build", n + 1, "VirtualMachineBuild", v319, false);
    nested(f, x.build, p, "/build", n + 2, "VirtualMachineBuild", v319, false);
    nested(f, x.annotations, p, "/annotations", n + 3, "array of KeyValue", v59_0, true);
    undeclaredProperties(f, x, p, n, k36, false);
  }
}
function v60_0(x: any, p: string, f: DriftFinding[], n = 222): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e37, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v60(x: any, p: string, f: DriftFinding[], n = 220): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v60_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v61_0(x: any, p: string, f: DriftFinding[], n = 229): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "CertificateSummary", v320, true);
    }
  }
}
function v61(x: any, p: string, f: DriftFinding[], n = 226): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.certificates, p, "/certificates", n + 2, "array of CertificateSummary", v61_0, true);
    undeclaredProperties(f, x, p, n, k38, false);
  }
}
function v62(x: any, p: string, f: DriftFinding[], n = 231): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284, v285, v286], true);
}
function v63(x: any, p: string, f: DriftFinding[], n = 232): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.certificate, p, "/certificate", n + 1, "Certificate", v321, true);
    undeclaredProperties(f, x, p, n, k39, false);
  }
}
function v64_0(x: any, p: string, f: DriftFinding[], n = 236): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e40, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v64(x: any, p: string, f: DriftFinding[], n = 234): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v64_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v65(x: any, p: string, f: DriftFinding[], n = 240): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.console_session, p, "/console_session", n + 1, "ConsoleSession", v322, true);
    undeclaredProperties(f, x, p, n, k41, false);
  }
}
function v67(x: any, p: string, f: DriftFinding[], n = 248): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v323, v324], true);
}
function v68(x: any, p: string, f: DriftFinding[], n = 249): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.countries, p, "/countries", n + 2, "array of NamedReference", v68_0, true);
    undeclaredProperties(f, x, p, n, k43, false);
  }
}
function v69(x: any, p: string, f: DriftFinding[], n = 254): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.country, p, "/country", n + 1, "Country", v325, true);
    undeclaredProperties(f, x, p, n, k44, false);
  }
}
function v70_0(x: any, p: string, f: DriftFinding[], n = 258): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e45, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v70(x: any, p: string, f: DriftFinding[], n = 256): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v70_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v71(x: any, p: string, f: DriftFinding[], n = 262): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.country_states, p, "/country_states", n + 2, "array of NamedReference", v71_0, true);
    undeclaredProperties(f, x, p, n, k46, false);
  }
}
function v72(x: any, p: string, f: DriftFinding[], n = 267): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.country_state, p, "/country_state", n + 1, "CountryState", v326, true);
    undeclaredProperties(f, x, p, n, k47, false);
  }
}
function v73_0(x: any, p: string, f: DriftFinding[], n = 271): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e48, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v73(x: any, p: string, f: DriftFinding[], n = 269): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v73_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v74(x: any, p: string, f: DriftFinding[], n = 275): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.currencies, p, "/currencies", n + 2, "array of NamedReference", v74_0, true);
    undeclaredProperties(f, x, p, n, k49, false);
  }
}
function v75(x: any, p: string, f: DriftFinding[], n = 280): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.currency, p, "/currency", n + 1, "Currency", v327, true);
    undeclaredProperties(f, x, p, n, k50, false);
  }
}
function v76_0(x: any, p: string, f: DriftFinding[], n = 284): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e51, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v76(x: any, p: string, f: DriftFinding[], n = 282): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v76_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v77_0(x: any, p: string, f: DriftFinding[], n = 291): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DnsZone", v328, true);
    }
  }
}
function v77(x: any, p: string, f: DriftFinding[], n = 288): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.dns_zones, p, "/dns_zones", n + 2, "array of DnsZone", v77_0, true);
    undeclaredProperties(f, x, p, n, k52, false);
  }
}
function v79(x: any, p: string, f: DriftFinding[], n = 295): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.nameservers, p, "/nameservers", n + 1, "array of string", v79_0, true);
    undeclaredProperties(f, x, p, n, k54, false);
  }
}
function v81_0(x: any, p: string, f: DriftFinding[], n = 303): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e55, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v81(x: any, p: string, f: DriftFinding[], n = 301): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v81_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v85_0(x: any, p: string, f: DriftFinding[], n = 315): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e57, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v85(x: any, p: string, f: DriftFinding[], n = 313): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v85_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v86_0(x: any, p: string, f: DriftFinding[], n = 321): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DataCenterSummary", v329, true);
    }
  }
}
function v86(x: any, p: string, f: DriftFinding[], n = 319): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.data_centers, p, "/data_centers", n + 1, "array of DataCenterSummary", v86_0, true);
    undeclaredProperties(f, x, p, n, k58, false);
  }
}
function v87(x: any, p: string, f: DriftFinding[], n = 323): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.data_center, p, "/data_center", n + 1, "DataCenterSummary", v329, true);
    undeclaredProperties(f, x, p, n, k59, false);
  }
}
function v89(x: any, p: string, f: DriftFinding[], n = 331): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.network, p, "/network", n + 1, "AvailableNetwork", v330, true);
    undeclaredProperties(f, x, p, n, k61, false);
  }
}
function v90_0(x: any, p: string, f: DriftFinding[], n = 336): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DiskIoProfile", v331, true);
    }
  }
}
function v90(x: any, p: string, f: DriftFinding[], n = 333): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.disk_io_profiles, p, "/disk_io_profiles", n + 2, "array of DiskIoProfile", v90_0, true);
    undeclaredProperties(f, x, p, n, k62, false);
  }
}
function v98_0(x: any, p: string, f: DriftFinding[], n = 367): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e66, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v98(x: any, p: string, f: DriftFinding[], n = 365): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v98_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v99(x: any, p: string, f: DriftFinding[], n = 371): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", n + 1, "IdReference", v334, true);
    undeclaredProperties(f, x, p, n, k64, false);
  }
}
function v100(x: any, p: string, f: DriftFinding[], n = 373): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", n + 1, "DiskBackupPolicyUpdate", v335, true);
    undeclaredProperties(f, x, p, n, k64, false);
  }
}
function v101(x: any, p: string, f: DriftFinding[], n = 375): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_backup_policy, p, "/disk_backup_policy", n + 1, "DiskBackupPolicyScheduledDeletion", v336, true);
    undeclaredProperties(f, x, p, n, k64, false);
  }
}
function v102(x: any, p: string, f: DriftFinding[], n = 377): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v317, v337], true);
}
function v103_0(x: any, p: string, f: DriftFinding[], n = 382): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DiskTemplateVersionSummary", v339, true);
    }
  }
}
function v103(x: any, p: string, f: DriftFinding[], n = 378): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_template, p, "/disk_template", n + 1, "PermalinkReference", v338, true);
    nested(f, x.pagination, p, "/pagination", n + 2, "Pagination", v278, true);
    nested(f, x.disk_template_versions, p, "/disk_template_versions", n + 3, "array of DiskTemplateVersionSummary", v103_0, true);
    undeclaredProperties(f, x, p, n, k67, false);
  }
}
function v105(x: any, p: string, f: DriftFinding[], n = 390): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_template_version, p, "/disk_template_version", n + 1, "DiskTemplateVersionDetail", v340, true);
    undeclaredProperties(f, x, p, n, k69, false);
  }
}
function v106_0(x: any, p: string, f: DriftFinding[], n = 394): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e70, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v106(x: any, p: string, f: DriftFinding[], n = 392): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v106_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v107(x: any, p: string, f: DriftFinding[], n = 398): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_template_version, p, "/disk_template_version", n + 1, "DiskTemplateVersionDetail", v340, true);
    nested(f, x.spec, p, "/spec", n + 2, "TemplateSpec", v341, true);
    undeclaredProperties(f, x, p, n, k71, false);
  }
}
function v108_0(x: any, p: string, f: DriftFinding[], n = 404): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DiskTemplateSummary", v342, true);
    }
  }
}
function v108(x: any, p: string, f: DriftFinding[], n = 401): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.disk_templates, p, "/disk_templates", n + 2, "array of DiskTemplateSummary", v108_0, true);
    undeclaredProperties(f, x, p, n, k72, false);
  }
}
function v109(x: any, p: string, f: DriftFinding[], n = 406): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v293, v343], true);
}
function v110(x: any, p: string, f: DriftFinding[], n = 407): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_template, p, "/disk_template", n + 1, "DiskTemplateDetail", v344, true);
    undeclaredProperties(f, x, p, n, k73, false);
  }
}
function v111_0(x: any, p: string, f: DriftFinding[], n = 412): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DiskSummary", v345, true);
    }
  }
}
function v111(x: any, p: string, f: DriftFinding[], n = 409): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.disk, p, "/disk", n + 2, "array of DiskSummary", v111_0, true);
    undeclaredProperties(f, x, p, n, k74, false);
  }
}
function v112(x: any, p: string, f: DriftFinding[], n = 414): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk, p, "/disk", n + 1, "Disk", v346, true);
    nested(f, x.task, p, "/task", n + 2, "Task", v347, true);
    nested(f, x.annotations, p, "/annotations", n + 3, "array of KeyValue", v112_0, true);
    undeclaredProperties(f, x, p, n, k75, false);
  }
}
function v114(x: any, p: string, f: DriftFinding[], n = 425): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk, p, "/disk", n + 1, "Disk", v346, true);
    nested(f, x.trash_object, p, "/trash_object", n + 2, "TrashObject", v348, true);
    undeclaredProperties(f, x, p, n, k77, false);
  }
}
function v116(x: any, p: string, f: DriftFinding[], n = 433): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v349, v297], true);
}
function v118(x: any, p: string, f: DriftFinding[], n = 436): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v350, v351], true);
}
function v119_0(x: any, p: string, f: DriftFinding[], n = 439): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e79, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v119_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v119(x: any, p: string, f: DriftFinding[], n = 437): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v119_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v121_0(x: any, p: string, f: DriftFinding[], n = 451): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e80, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v121_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v121(x: any, p: string, f: DriftFinding[], n = 449): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v121_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v123(x: any, p: string, f: DriftFinding[], n = 462): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v323, v352], true);
}
function v128(x: any, p: string, f: DriftFinding[], n = 478): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v350, v353], true);
}
function v129_0(x: any, p: string, f: DriftFinding[], n = 482): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VirtualMachineDiskAttachment", v354, true);
    }
  }
}
function v129(x: any, p: string, f: DriftFinding[], n = 479): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.disks, p, "/disks", n + 2, "array of VirtualMachineDiskAttachment", v129_0, true);
    undeclaredProperties(f, x, p, n, k83, false);
  }
}
function v130_0(x: any, p: string, f: DriftFinding[], n = 487): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "FileStorageVolumeSummary", v355, true);
    }
  }
}
function v130(x: any, p: string, f: DriftFinding[], n = 484): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.file_storage_volumes, p, "/file_storage_volumes", n + 2, "array of FileStorageVolumeSummary", v130_0, true);
    undeclaredProperties(f, x, p, n, k84, false);
  }
}
function v133_0(x: any, p: string, f: DriftFinding[], n = 501): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e86, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v133(x: any, p: string, f: DriftFinding[], n = 499): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v133_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v134(x: any, p: string, f: DriftFinding[], n = 505): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", n + 1, "TrashObject", v348, true);
    nested(f, x.file_storage_volume, p, "/file_storage_volume", n + 2, "FileStorageVolumeSummary", v355, true);
    undeclaredProperties(f, x, p, n, k87, false);
  }
}
function v136_0(x: any, p: string, f: DriftFinding[], n = 516): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "GpuTypeDetail", v356, true);
    }
  }
}
function v136(x: any, p: string, f: DriftFinding[], n = 513): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.gpu_types, p, "/gpu_types", n + 2, "array of GpuTypeDetail", v136_0, true);
    undeclaredProperties(f, x, p, n, k88, false);
  }
}
function v137(x: any, p: string, f: DriftFinding[], n = 518): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.gpu_type, p, "/gpu_type", n + 1, "GpuTypeDetail", v356, true);
    undeclaredProperties(f, x, p, n, k89, false);
  }
}
function v138_0(x: any, p: string, f: DriftFinding[], n = 522): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e90, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v138(x: any, p: string, f: DriftFinding[], n = 520): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v138_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v139_0(x: any, p: string, f: DriftFinding[], n = 529): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "GpuTypeSummary", v357, true);
    }
  }
}
function v139(x: any, p: string, f: DriftFinding[], n = 526): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.gpu_types, p, "/gpu_types", n + 2, "array of GpuTypeSummary", v139_0, true);
    undeclaredProperties(f, x, p, n, k88, false);
  }
}
function v140_0(x: any, p: string, f: DriftFinding[], n = 534): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "IpAddressSummary", v358, true);
    }
  }
}
function v140(x: any, p: string, f: DriftFinding[], n = 531): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 2, "array of IpAddressSummary", v140_0, true);
    undeclaredProperties(f, x, p, n, k91, false);
  }
}
function v141(x: any, p: string, f: DriftFinding[], n = 536): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.ip_address, p, "/ip_address", n + 1, "IpAddress", v359, true);
    undeclaredProperties(f, x, p, n, k92, false);
  }
}
function v142(x: any, p: string, f: DriftFinding[], n = 538): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v293, v314], true);
}
function v143(x: any, p: string, f: DriftFinding[], n = 539): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v360, v361], true);
}
function v144(x: any, p: string, f: DriftFinding[], n = 540): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.ip_address, p, "/ip_address", n + 1, "IpAddress", v359, true);
    nested(f, x.allocation, p, "/allocation", n + 2, "one of NamedReference, null", v144_0, true);
    undeclaredProperties(f, x, p, n, k94, false);
  }
}
function v146_0(x: any, p: string, f: DriftFinding[], n = 553): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e96, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v146(x: any, p: string, f: DriftFinding[], n = 551): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v146_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v147_0(x: any, p: string, f: DriftFinding[], n = 559): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e97, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v147(x: any, p: string, f: DriftFinding[], n = 557): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v147_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v148_0(x: any, p: string, f: DriftFinding[], n = 566): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "LoadBalancerRuleSummary", v363, true);
    }
  }
}
function v148(x: any, p: string, f: DriftFinding[], n = 563): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.load_balancer_rules, p, "/load_balancer_rules", n + 2, "array of LoadBalancerRuleSummary", v148_0, true);
    undeclaredProperties(f, x, p, n, k98, false);
  }
}
function v149_0(x: any, p: string, f: DriftFinding[], n = 570): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e99, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v149(x: any, p: string, f: DriftFinding[], n = 568): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v149_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v152_0(x: any, p: string, f: DriftFinding[], n = 580): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e101, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v152(x: any, p: string, f: DriftFinding[], n = 578): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v152_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v153(x: any, p: string, f: DriftFinding[], n = 584): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.load_balancer_rule, p, "/load_balancer_rule", n + 1, "IdReference", v334, true);
    undeclaredProperties(f, x, p, n, k100, false);
  }
}
function v155_0(x: any, p: string, f: DriftFinding[], n = 591): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "LoadBalancerSummary", v365, true);
    }
  }
}
function v155(x: any, p: string, f: DriftFinding[], n = 588): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.load_balancers, p, "/load_balancers", n + 2, "array of LoadBalancerSummary", v155_0, true);
    undeclaredProperties(f, x, p, n, k102, false);
  }
}
function v158(x: any, p: string, f: DriftFinding[], n = 603): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.load_balancer, p, "/load_balancer", n + 1, "LoadBalancerReference", v367, true);
    undeclaredProperties(f, x, p, n, k104, false);
  }
}
function v160_0(x: any, p: string, f: DriftFinding[], n = 613): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ManagedOrganization", v368, true);
    }
  }
}
function v160(x: any, p: string, f: DriftFinding[], n = 610): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.organizations, p, "/organizations", n + 2, "array of ManagedOrganization", v160_0, true);
    undeclaredProperties(f, x, p, n, k105, false);
  }
}
function v161(x: any, p: string, f: DriftFinding[], n = 615): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.organization, p, "/organization", n + 1, "Organization", v369, true);
    nested(f, x.annotations, p, "/annotations", n + 2, "array of KeyValue", v161_0, true);
    undeclaredProperties(f, x, p, n, k106, false);
  }
}
function v162(x: any, p: string, f: DriftFinding[], n = 620): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v370, v297], true);
}
function v164(x: any, p: string, f: DriftFinding[], n = 623): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v371, v372], true);
}
function v165_0(x: any, p: string, f: DriftFinding[], n = 626): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e107, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v165(x: any, p: string, f: DriftFinding[], n = 624): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v165_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v166_0(x: any, p: string, f: DriftFinding[], n = 633): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "NetworkSpeedProfile", v373, true);
    }
  }
}
function v166(x: any, p: string, f: DriftFinding[], n = 630): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.network_speed_profiles, p, "/network_speed_profiles", n + 2, "array of NetworkSpeedProfile", v166_0, true);
    undeclaredProperties(f, x, p, n, k108, false);
  }
}
function v167_0(x: any, p: string, f: DriftFinding[], n = 637): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AvailableNetwork", v330, true);
    }
  }
}
function v167_1(x: any, p: string, f: DriftFinding[], n = 640): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "AvailableVirtualNetwork", v374, true);
    }
  }
}
function v167(x: any, p: string, f: DriftFinding[], n = 635): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.networks, p, "/networks", n + 1, "array of AvailableNetwork", v167_0, true);
    nested(f, x.virtual_networks, p, "/virtual_networks", n + 4, "array of AvailableVirtualNetwork", v167_1, true);
    undeclaredProperties(f, x, p, n, k109, false);
  }
}
function v168(x: any, p: string, f: DriftFinding[], n = 642): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.network, p, "/network", n + 1, "Network", v375, true);
    undeclaredProperties(f, x, p, n, k61, false);
  }
}
function v172(x: any, p: string, f: DriftFinding[], n = 654): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v293, v294], true);
}
function v173(x: any, p: string, f: DriftFinding[], n = 655): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", n + 1, "TrashObjectSummary", v377, true);
    nested(f, x.object_storage_account, p, "/object_storage_account", n + 2, "ObjectStorageAccount", v376, true);
    undeclaredProperties(f, x, p, n, k112, false);
  }
}
function v174(x: any, p: string, f: DriftFinding[], n = 658): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.operating_systems, p, "/operating_systems", n + 2, "array of NamedReference", v174_0, true);
    undeclaredProperties(f, x, p, n, k113, false);
  }
}
function v175(x: any, p: string, f: DriftFinding[], n = 663): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.operating_system, p, "/operating_system", n + 1, "OperatingSystem", v378, true);
    undeclaredProperties(f, x, p, n, k114, false);
  }
}
function v177_0(x: any, p: string, f: DriftFinding[], n = 674): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "UserSummary", v379, true);
    }
  }
}
function v177(x: any, p: string, f: DriftFinding[], n = 671): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.users, p, "/users", n + 2, "array of UserSummary", v177_0, true);
    undeclaredProperties(f, x, p, n, k116, false);
  }
}
function v178_0(x: any, p: string, f: DriftFinding[], n = 678): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "OrganizationSummary", v380, true);
    }
  }
}
function v178(x: any, p: string, f: DriftFinding[], n = 676): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.organizations, p, "/organizations", n + 1, "array of OrganizationSummary", v178_0, true);
    undeclaredProperties(f, x, p, n, k117, false);
  }
}
function v179(x: any, p: string, f: DriftFinding[], n = 680): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.organization, p, "/organization", n + 1, "Organization", v369, true);
    undeclaredProperties(f, x, p, n, k118, false);
  }
}
function v180(x: any, p: string, f: DriftFinding[], n = 682): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.policy_type, p, "/policy_type", n + 1, 1, e119, true);
    typed(f, x.policy_name, p, "/policy_name", n + 2, 17, true);
    nested(f, x.limits, p, "/limits", n + 3, "PolicyLimits", v381, true);
    nested(f, x.features, p, "/features", n + 4, "PolicyFeatures", v382, true);
    nested(f, x.reasons_for_disallowing_resource_creation, p, "/reasons_for_disallowing_resource_creation", n + 5, "array of string", v180_0, true);
    undeclaredProperties(f, x, p, n, k120, false);
  }
}
function v181(x: any, p: string, f: DriftFinding[], n = 690): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v317, v383], true);
}
function v182(x: any, p: string, f: DriftFinding[], n = 691): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.policy_limits, p, "/policy_limits", n + 1, "OrganizationPolicy", v384, true);
    undeclaredProperties(f, x, p, n, k121, false);
  }
}
function v183_0(x: any, p: string, f: DriftFinding[], n = 696): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "PriceResourceWithSinglePriceVariant", v385, true);
    }
  }
}
function v183(x: any, p: string, f: DriftFinding[], n = 693): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.currency, p, "/currency", n + 1, "Currency", v327, true);
    nested(f, x.prices, p, "/prices", n + 2, "array of PriceResourceWithSinglePriceVariant", v183_0, true);
    undeclaredProperties(f, x, p, n, k122, false);
  }
}
function v184(x: any, p: string, f: DriftFinding[], n = 698): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v317, v386], true);
}
function v185(x: any, p: string, f: DriftFinding[], n = 699): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.steps, p, "/steps", n + 1, "OrganizationDeletionSteps", v387, true);
    undeclaredProperties(f, x, p, n, k123, false);
  }
}
function v186(x: any, p: string, f: DriftFinding[], n = 701): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.task, p, "/task", n + 1, "QueuedTask", v307, true);
    undeclaredProperties(f, x, p, n, k124, false);
  }
}
function v187_0(x: any, p: string, f: DriftFinding[], n = 705): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DnsRecord", v388, true);
    }
  }
}
function v187(x: any, p: string, f: DriftFinding[], n = 703): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.dns_records, p, "/dns_records", n + 1, "array of DnsRecord", v187_0, true);
    undeclaredProperties(f, x, p, n, k125, false);
  }
}
function v190_0(x: any, p: string, f: DriftFinding[], n = 713): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e127, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v190(x: any, p: string, f: DriftFinding[], n = 711): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v190_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v193_0(x: any, p: string, f: DriftFinding[], n = 724): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SshKey", v389, true);
    }
  }
}
function v193(x: any, p: string, f: DriftFinding[], n = 721): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.ssh_keys, p, "/ssh_keys", n + 2, "array of SshKey", v193_0, true);
    undeclaredProperties(f, x, p, n, k128, false);
  }
}
function v196_0(x: any, p: string, f: DriftFinding[], n = 732): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e130, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v196(x: any, p: string, f: DriftFinding[], n = 730): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v196_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v197_0(x: any, p: string, f: DriftFinding[], n = 738): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e131, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v197_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v197(x: any, p: string, f: DriftFinding[], n = 736): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v197_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v198_0(x: any, p: string, f: DriftFinding[], n = 749): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SecurityGroupRuleSummary", v390, true);
    }
  }
}
function v198(x: any, p: string, f: DriftFinding[], n = 746): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.security_group_rules, p, "/security_group_rules", n + 2, "array of SecurityGroupRuleSummary", v198_0, true);
    undeclaredProperties(f, x, p, n, k132, false);
  }
}
function v199_0(x: any, p: string, f: DriftFinding[], n = 753): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e133, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v199(x: any, p: string, f: DriftFinding[], n = 751): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v199_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v202_0(x: any, p: string, f: DriftFinding[], n = 763): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e135, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v202(x: any, p: string, f: DriftFinding[], n = 761): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v202_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v203(x: any, p: string, f: DriftFinding[], n = 767): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.security_group_rule, p, "/security_group_rule", n + 1, "IdReference", v334, true);
    undeclaredProperties(f, x, p, n, k134, false);
  }
}
function v205_0(x: any, p: string, f: DriftFinding[], n = 774): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SecurityGroup", v392, true);
    }
  }
}
function v205(x: any, p: string, f: DriftFinding[], n = 771): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.security_groups, p, "/security_groups", n + 2, "array of SecurityGroup", v205_0, true);
    undeclaredProperties(f, x, p, n, k136, false);
  }
}
function v208(x: any, p: string, f: DriftFinding[], n = 786): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.security_group, p, "/security_group", n + 1, "NamedReference", v289, true);
    undeclaredProperties(f, x, p, n, k138, false);
  }
}
function v210_0(x: any, p: string, f: DriftFinding[], n = 796): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "TagSummary", v393, true);
    }
  }
}
function v210(x: any, p: string, f: DriftFinding[], n = 793): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.tags, p, "/tags", n + 2, "array of TagSummary", v210_0, true);
    undeclaredProperties(f, x, p, n, k139, false);
  }
}
function v213_0(x: any, p: string, f: DriftFinding[], n = 804): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e141, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v213(x: any, p: string, f: DriftFinding[], n = 802): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v213_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v217_0(x: any, p: string, f: DriftFinding[], n = 816): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e142, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v217(x: any, p: string, f: DriftFinding[], n = 814): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v217_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v218_0(x: any, p: string, f: DriftFinding[], n = 823): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "TrashObject", v348, true);
    }
  }
}
function v218(x: any, p: string, f: DriftFinding[], n = 820): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.trash_objects, p, "/trash_objects", n + 2, "array of TrashObject", v218_0, true);
    undeclaredProperties(f, x, p, n, k143, false);
  }
}
function v221_0(x: any, p: string, f: DriftFinding[], n = 831): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e144, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v221(x: any, p: string, f: DriftFinding[], n = 829): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v221_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v224_0(x: any, p: string, f: DriftFinding[], n = 842): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "OrganizationReference", v396, true);
    }
  }
}
function v224(x: any, p: string, f: DriftFinding[], n = 839): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.user, p, "/user", n + 1, "User", v395, true);
    nested(f, x.organizations, p, "/organizations", n + 2, "array of OrganizationReference", v224_0, true);
    typed(f, x.api_token_id, p, "/api_token_id", n + 5, 17, true);
    undeclaredProperties(f, x, p, n, k145, false);
  }
}
function v225_0(x: any, p: string, f: DriftFinding[], n = 847): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e146, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v225(x: any, p: string, f: DriftFinding[], n = 845): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v225_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v226(x: any, p: string, f: DriftFinding[], n = 851): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.status, p, "/status", n + 1, 8, true);
    undeclaredProperties(f, x, p, n, k147, false);
  }
}
function v227(x: any, p: string, f: DriftFinding[], n = 853): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v317, v397], true);
}
function v228_0(x: any, p: string, f: DriftFinding[], n = 857): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VirtualNetwork", v398, true);
    }
  }
}
function v228(x: any, p: string, f: DriftFinding[], n = 854): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.virtual_networks, p, "/virtual_networks", n + 2, "array of VirtualNetwork", v228_0, true);
    undeclaredProperties(f, x, p, n, k148, false);
  }
}
function v230(x: any, p: string, f: DriftFinding[], n = 861): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v293, v311], true);
}
function v235_0(x: any, p: string, f: DriftFinding[], n = 876): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VirtualMachineGroup", v399, true);
    }
  }
}
function v235(x: any, p: string, f: DriftFinding[], n = 874): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.virtual_machine_groups, p, "/virtual_machine_groups", n + 1, "array of VirtualMachineGroup", v235_0, true);
    undeclaredProperties(f, x, p, n, k151, false);
  }
}
function v238_0(x: any, p: string, f: DriftFinding[], n = 884): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e153, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v238(x: any, p: string, f: DriftFinding[], n = 882): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v238_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v241_0(x: any, p: string, f: DriftFinding[], n = 895): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VirtualMachineNetworkInterfaceSummary", v400, true);
    }
  }
}
function v241(x: any, p: string, f: DriftFinding[], n = 892): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.virtual_machine_network_interfaces, p, "/virtual_machine_network_interfaces", n + 2, "array of VirtualMachineNetworkInterfaceSummary", v241_0, true);
    undeclaredProperties(f, x, p, n, k154, false);
  }
}
function v243(x: any, p: string, f: DriftFinding[], n = 899): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v351, v314, v402, v403], true);
}
function v245(x: any, p: string, f: DriftFinding[], n = 902): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v351, v314, v405], true);
}
function v249(x: any, p: string, f: DriftFinding[], n = 913): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 1, "array of IpAddress", v249_0, true);
    undeclaredProperties(f, x, p, n, k157, false);
  }
}
function v251(x: any, p: string, f: DriftFinding[], n = 919): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v406, v407], true);
}
function v252(x: any, p: string, f: DriftFinding[], n = 920): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v408, v409], true);
}
function v254(x: any, p: string, f: DriftFinding[], n = 923): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v406, v403], true);
}
function v255_0(x: any, p: string, f: DriftFinding[], n = 926): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e158, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v255(x: any, p: string, f: DriftFinding[], n = 924): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v255_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v257_0(x: any, p: string, f: DriftFinding[], n = 935): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e160, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v257(x: any, p: string, f: DriftFinding[], n = 933): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v257_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v259_0(x: any, p: string, f: DriftFinding[], n = 944): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e161, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v259(x: any, p: string, f: DriftFinding[], n = 942): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v259_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v260_0(x: any, p: string, f: DriftFinding[], n = 951): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VirtualMachinePackage", v410, true);
    }
  }
}
function v260(x: any, p: string, f: DriftFinding[], n = 948): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.virtual_machine_packages, p, "/virtual_machine_packages", n + 2, "array of VirtualMachinePackage", v260_0, true);
    undeclaredProperties(f, x, p, n, k162, false);
  }
}
function v261(x: any, p: string, f: DriftFinding[], n = 953): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.virtual_machine_package, p, "/virtual_machine_package", n + 1, "VirtualMachinePackage", v410, true);
    undeclaredProperties(f, x, p, n, k163, false);
  }
}
function v263_0(x: any, p: string, f: DriftFinding[], n = 964): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "VirtualMachineSummary", v411, true);
    }
  }
}
function v263(x: any, p: string, f: DriftFinding[], n = 961): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.pagination, p, "/pagination", n + 1, "Pagination", v278, true);
    nested(f, x.virtual_machines, p, "/virtual_machines", n + 2, "array of VirtualMachineSummary", v263_0, true);
    undeclaredProperties(f, x, p, n, k165, false);
  }
}
function v265(x: any, p: string, f: DriftFinding[], n = 971): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.trash_object, p, "/trash_object", n + 1, "TrashObject", v348, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 2, "VirtualMachine", v412, true);
    undeclaredProperties(f, x, p, n, k167, false);
  }
}
function v268(x: any, p: string, f: DriftFinding[], n = 981): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v351, v312], true);
}
function v270(x: any, p: string, f: DriftFinding[], n = 984): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v281, v282, v283, v284, v287, v413], true);
}
function v271(x: any, p: string, f: DriftFinding[], n = 985): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v351, v407], true);
}
function v272(x: any, p: string, f: DriftFinding[], n = 986): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k3, false);
  }
  oneOf(f, p, n, x, [v414, v408], true);
}
function v273_0(x: any, p: string, f: DriftFinding[], n = 989): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e168, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v273(x: any, p: string, f: DriftFinding[], n = 987): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v273_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v274_0(x: any, p: string, f: DriftFinding[], n = 995): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e169, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v274(x: any, p: string, f: DriftFinding[], n = 993): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v274_0, true);
    undeclaredProperties(f, x, p, n, k3, false);
  }
}
function v275_0(x: any, p: string, f: DriftFinding[], n = 1001): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "ZoneSummary", v415, true);
    }
  }
}
function v275(x: any, p: string, f: DriftFinding[], n = 999): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.zones, p, "/zones", n + 1, "array of ZoneSummary", v275_0, true);
    undeclaredProperties(f, x, p, n, k170, false);
  }
}
function v276(x: any, p: string, f: DriftFinding[], n = 1003): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.zone, p, "/zone", n + 1, "Zone", v416, true);
    undeclaredProperties(f, x, p, n, k171, false);
  }
}
function v278(x: any, p: string, f: DriftFinding[], n = 1011): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.current_page, p, "/current_page", n + 1, 4, true);
    typed(f, x.total_pages, p, "/total_pages", n + 2, 20, true);
    typed(f, x.total, p, "/total", n + 3, 20, true);
    typed(f, x.per_page, p, "/per_page", n + 4, 4, true);
    typed(f, x.large_set, p, "/large_set", n + 5, 8, true);
    undeclaredProperties(f, x, p, n, k173, false);
  }
}
function v279(x: any, p: string, f: DriftFinding[], n = 1017): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.organization_id, p, "/organization_id", n + 3, 17, true);
    nested(f, x.authorized_ip_addresses, p, "/authorized_ip_addresses", n + 4, "array of string", v279_0, true);
    typed(f, x.expires_at, p, "/expires_at", n + 7, 20, true);
    typed(f, x.rate_limit, p, "/rate_limit", n + 8, 4, true);
    nested(f, x.scopes, p, "/scopes", n + 9, "array of string", v279_1, true);
    typed(f, x.secret, p, "/secret", n + 12, 17, true);
    undeclaredProperties(f, x, p, n, k174, false);
  }
}
function v281_0_0(x: any, p: string, f: DriftFinding[], n = 1037): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", n + 1, 1, false);
    undeclaredProperties(f, x, p, n, k92, false);
  }
}
function v281_0(x: any, p: string, f: DriftFinding[], n = 1033): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e175, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v281_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v281(x: any, p: string, f: DriftFinding[], n = 1031): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v281_0, true);
  }
}
function v282_0(x: any, p: string, f: DriftFinding[], n = 1041): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e176, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v282_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v282(x: any, p: string, f: DriftFinding[], n = 1039): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v282_0, true);
  }
}
function v283_0(x: any, p: string, f: DriftFinding[], n = 1049): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e177, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v283(x: any, p: string, f: DriftFinding[], n = 1047): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v283_0, true);
  }
}
function v284_0_0(x: any, p: string, f: DriftFinding[], n = 1059): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.scopes, p, "/scopes", n + 1, "array of string", v284_0_0_0, false);
    undeclaredProperties(f, x, p, n, k179, false);
  }
}
function v284_0(x: any, p: string, f: DriftFinding[], n = 1055): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e178, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v284_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v284(x: any, p: string, f: DriftFinding[], n = 1053): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v284_0, true);
  }
}
function v285_0(x: any, p: string, f: DriftFinding[], n = 1065): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e180, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v285(x: any, p: string, f: DriftFinding[], n = 1063): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v285_0, true);
  }
}
function v286_0(x: any, p: string, f: DriftFinding[], n = 1071): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e181, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v286(x: any, p: string, f: DriftFinding[], n = 1069): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v286_0, true);
  }
}
function v287_0(x: any, p: string, f: DriftFinding[], n = 1077): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e182, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v287_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v287(x: any, p: string, f: DriftFinding[], n = 1075): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v287_0, true);
  }
}
function v288(x: any, p: string, f: DriftFinding[], n = 1083): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.key, p, "/key", n + 1, 1, true);
    typed(f, x.value, p, "/value", n + 2, 1, false);
    undeclaredProperties(f, x, p, n, k183, false);
  }
}
function v290(x: any, p: string, f: DriftFinding[], n = 1089): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 3, 4, true);
    typed(f, x.region, p, "/region", n + 4, 1, true);
    enumerated(f, x.state, p, "/state", n + 5, 1, e184, true);
    typed(f, x.all_buckets_read, p, "/all_buckets_read", n + 6, 8, true);
    typed(f, x.all_objects_read, p, "/all_objects_read", n + 7, 8, true);
    typed(f, x.all_objects_write, p, "/all_objects_write", n + 8, 8, true);
    nested(f, x.read_buckets, p, "/read_buckets", n + 9, "array of string", v290_0, true);
    nested(f, x.write_buckets, p, "/write_buckets", n + 12, "array of string", v290_1, true);
    typed(f, x.server_url, p, "/server_url", n + 15, 17, true);
    typed(f, x.s3_access_key_id, p, "/s3_access_key_id", n + 16, 17, true);
    typed(f, x.s3_secret_access_key, p, "/s3_secret_access_key", n + 17, 17, true);
    undeclaredProperties(f, x, p, n, k185, false);
  }
}
function v291_0(x: any, p: string, f: DriftFinding[], n = 1109): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e186, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v291(x: any, p: string, f: DriftFinding[], n = 1107): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v291_0, true);
  }
}
function v292_0(x: any, p: string, f: DriftFinding[], n = 1115): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e187, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v292(x: any, p: string, f: DriftFinding[], n = 1113): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v292_0, true);
  }
}
function v294_0(x: any, p: string, f: DriftFinding[], n = 1121): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e188, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v294(x: any, p: string, f: DriftFinding[], n = 1119): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v294_0, true);
  }
}
function v295_0(x: any, p: string, f: DriftFinding[], n = 1127): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e189, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v295(x: any, p: string, f: DriftFinding[], n = 1125): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v295_0, true);
  }
}
function v299(x: any, p: string, f: DriftFinding[], n = 1136): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.address, p, "/address", n + 2, 1, true);
    typed(f, x.name, p, "/name", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k190, false);
  }
}
function v300(x: any, p: string, f: DriftFinding[], n = 1140): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.global, p, "/global", n + 3, 8, true);
    undeclaredProperties(f, x, p, n, k191, false);
  }
}
function v301(x: any, p: string, f: DriftFinding[], n = 1144): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.global, p, "/global", n + 3, 8, true);
    nested(f, x.entries, p, "/entries", n + 4, "array of AddressListEntry", v301_0, true);
    undeclaredProperties(f, x, p, n, k192, false);
  }
}
function v302(x: any, p: string, f: DriftFinding[], n = 1151): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.name, p, "/name", n + 1, 1, true);
    typed(f, x.label, p, "/label", n + 2, 17, true);
    typed(f, x.created_at, p, "/created_at", n + 3, 4, true);
    enumerated(f, x.state, p, "/state", n + 4, 1, e184, true);
    typed(f, x.custom_domain, p, "/custom_domain", n + 5, 17, true);
    typed(f, x.object_count, p, "/object_count", n + 6, 20, true);
    typed(f, x.size, p, "/size", n + 7, 20, true);
    typed(f, x.serve_static_site, p, "/serve_static_site", n + 8, 8, true);
    typed(f, x.static_site_index, p, "/static_site_index", n + 9, 17, true);
    typed(f, x.static_site_error, p, "/static_site_error", n + 10, 17, true);
    typed(f, x.public_url, p, "/public_url", n + 11, 1, true);
    nested(f, x.access_control_list, p, "/access_control_list", n + 12, "ObjectStorageBucketAccessControlList", v417, true);
    undeclaredProperties(f, x, p, n, k193, false);
  }
}
function v303_0(x: any, p: string, f: DriftFinding[], n = 1166): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e194, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v303(x: any, p: string, f: DriftFinding[], n = 1164): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v303_0, true);
  }
}
function v304_0(x: any, p: string, f: DriftFinding[], n = 1172): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e195, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v304_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v304(x: any, p: string, f: DriftFinding[], n = 1170): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v304_0, true);
  }
}
function v305(x: any, p: string, f: DriftFinding[], n = 1178): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.filename, p, "/filename", n + 1, 1, true);
    typed(f, x.bucket_name, p, "/bucket_name", n + 2, 1, true);
    typed(f, x.full_path, p, "/full_path", n + 3, 1, true);
    typed(f, x.public_url, p, "/public_url", n + 4, 1, true);
    typed(f, x.size, p, "/size", n + 5, 20, true);
    typed(f, x.folder, p, "/folder", n + 6, 8, true);
    undeclaredProperties(f, x, p, n, k196, false);
  }
}
function v306_0(x: any, p: string, f: DriftFinding[], n = 1187): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e197, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v306(x: any, p: string, f: DriftFinding[], n = 1185): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v306_0, true);
  }
}
function v307(x: any, p: string, f: DriftFinding[], n = 1191): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.status, p, "/status", n + 3, "TaskStatus", v418, true);
    undeclaredProperties(f, x, p, n, k198, false);
  }
}
function v308(x: any, p: string, f: DriftFinding[], n = 1195): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    enumerated(f, x.state, p, "/state", n + 2, 1, e199, true);
    undeclaredProperties(f, x, p, n, k200, false);
  }
}
function v309_0(x: any, p: string, f: DriftFinding[], n = 1200): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e201, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v309_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v309(x: any, p: string, f: DriftFinding[], n = 1198): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v309_0, true);
  }
}
function v315_0(x: any, p: string, f: DriftFinding[], n = 1210): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e202, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v315(x: any, p: string, f: DriftFinding[], n = 1208): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v315_0, true);
  }
}
function v316_0(x: any, p: string, f: DriftFinding[], n = 1216): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e203, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v316(x: any, p: string, f: DriftFinding[], n = 1214): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v316_0, true);
  }
}
function v318_0_0(x: any, p: string, f: DriftFinding[], n = 1226): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.errors, p, "/errors", n + 1, 1, false);
    undeclaredProperties(f, x, p, n, k10, false);
  }
}
function v318_0(x: any, p: string, f: DriftFinding[], n = 1222): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e204, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v318_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v318(x: any, p: string, f: DriftFinding[], n = 1220): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v318_0, true);
  }
}
function v319_0(x: any, p: string, f: DriftFinding[], n = 1233): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k205, false);
  }
  oneOf(f, p, n, x, [v419, v319_0_0], true);
}
function v319(x: any, p: string, f: DriftFinding[], n = 1228): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.spec_xml, p, "/spec_xml", n + 2, 1, true);
    enumerated(f, x.state, p, "/state", n + 3, 1, e199, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 4, "one of VirtualMachineOverview, null", v319_0, true);
    typed(f, x.created_at, p, "/created_at", n + 7, 4, true);
    undeclaredProperties(f, x, p, n, k206, false);
  }
}
function v320(x: any, p: string, f: DriftFinding[], n = 1236): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    enumerated(f, x.issuer, p, "/issuer", n + 3, 1, e207, true);
    enumerated(f, x.state, p, "/state", n + 4, 1, e208, true);
    typed(f, x.expires_at, p, "/expires_at", n + 5, 20, true);
    typed(f, x.last_issued_at, p, "/last_issued_at", n + 6, 20, true);
    undeclaredProperties(f, x, p, n, k209, false);
  }
}
function v321(x: any, p: string, f: DriftFinding[], n = 1243): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.additional_names, p, "/additional_names", n + 3, "array of string", v321_0, true);
    enumerated(f, x.issuer, p, "/issuer", n + 6, 1, e207, true);
    enumerated(f, x.state, p, "/state", n + 7, 1, e208, true);
    typed(f, x.created_at, p, "/created_at", n + 8, 4, true);
    typed(f, x.expires_at, p, "/expires_at", n + 9, 20, true);
    typed(f, x.last_issued_at, p, "/last_issued_at", n + 10, 20, true);
    typed(f, x.issue_error, p, "/issue_error", n + 11, 17, true);
    typed(f, x.authorization_method, p, "/authorization_method", n + 12, 17, true);
    typed(f, x.certificate_api_url, p, "/certificate_api_url", n + 13, 17, true);
    typed(f, x.certificate, p, "/certificate", n + 14, 17, true);
    typed(f, x.chain, p, "/chain", n + 15, 17, true);
    typed(f, x.private_key, p, "/private_key", n + 16, 17, true);
    undeclaredProperties(f, x, p, n, k210, false);
  }
}
function v322(x: any, p: string, f: DriftFinding[], n = 1260): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.url, p, "/url", n + 2, 1, true);
    typed(f, x.expires_at, p, "/expires_at", n + 3, 4, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 4, "VirtualMachineOverview", v420, true);
    undeclaredProperties(f, x, p, n, k211, false);
  }
}
function v324_0_0(x: any, p: string, f: DriftFinding[], n = 1271): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.current_state, p, "/current_state", n + 1, 1, false);
    undeclaredProperties(f, x, p, n, k213, false);
  }
}
function v324_0(x: any, p: string, f: DriftFinding[], n = 1267): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e212, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v324_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v324(x: any, p: string, f: DriftFinding[], n = 1265): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v324_0, true);
  }
}
function v327(x: any, p: string, f: DriftFinding[], n = 1285): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.iso_code, p, "/iso_code", n + 3, 1, true);
    typed(f, x.symbol, p, "/symbol", n + 4, 1, true);
    undeclaredProperties(f, x, p, n, k216, false);
  }
}
function v328(x: any, p: string, f: DriftFinding[], n = 1290): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.default_ttl, p, "/default_ttl", n + 3, 4, true);
    typed(f, x.verified, p, "/verified", n + 4, 8, true);
    undeclaredProperties(f, x, p, n, k217, false);
  }
}
function v329(x: any, p: string, f: DriftFinding[], n = 1295): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.permalink, p, "/permalink", n + 3, 1, true);
    nested(f, x.country, p, "/country", n + 4, "NamedReference", v289, true);
    undeclaredProperties(f, x, p, n, k218, false);
  }
}
function v330(x: any, p: string, f: DriftFinding[], n = 1300): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.permalink, p, "/permalink", n + 3, 17, true);
    typed(f, x.default, p, "/default", n + 4, 8, true);
    nested(f, x.data_center, p, "/data_center", n + 5, "PermalinkReference", v338, true);
    undeclaredProperties(f, x, p, n, k219, false);
  }
}
function v332(x: any, p: string, f: DriftFinding[], n = 1312): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.retention, p, "/retention", n + 2, 4, true);
    typed(f, x.total_size, p, "/total_size", n + 3, 2, true);
    nested(f, x.target, p, "/target", n + 4, "DiskBackupPolicyTarget", v421, true);
    nested(f, x.schedule, p, "/schedule", n + 5, "ScheduleReference", v422, true);
    undeclaredProperties(f, x, p, n, k221, false);
  }
}
function v333(x: any, p: string, f: DriftFinding[], n = 1318): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.retention, p, "/retention", n + 2, 4, true);
    typed(f, x.total_size, p, "/total_size", n + 3, 2, true);
    nested(f, x.target, p, "/target", n + 4, "DiskBackupPolicyTarget", v421, true);
    nested(f, x.schedule, p, "/schedule", n + 5, "Schedule", v423, true);
    typed(f, x.auto_move_to_trash_at, p, "/auto_move_to_trash_at", n + 6, 20, true);
    undeclaredProperties(f, x, p, n, k222, false);
  }
}
function v335(x: any, p: string, f: DriftFinding[], n = 1327): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.retention, p, "/retention", n + 2, 4, true);
    nested(f, x.target, p, "/target", n + 3, "DiskBackupPolicyTarget", v421, true);
    nested(f, x.schedule, p, "/schedule", n + 4, "object", v335_0, true);
    undeclaredProperties(f, x, p, n, k224, false);
  }
}
function v336(x: any, p: string, f: DriftFinding[], n = 1333): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.target, p, "/target", n + 2, "DiskBackupPolicyTarget", v421, true);
    typed(f, x.auto_move_to_trash_at, p, "/auto_move_to_trash_at", n + 3, 20, true);
    undeclaredProperties(f, x, p, n, k225, false);
  }
}
function v337_0(x: any, p: string, f: DriftFinding[], n = 1339): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e226, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v337(x: any, p: string, f: DriftFinding[], n = 1337): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v337_0, true);
  }
}
function v339(x: any, p: string, f: DriftFinding[], n = 1347): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.number, p, "/number", n + 2, 4, true);
    typed(f, x.stable, p, "/stable", n + 3, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 4, 4, true);
    undeclaredProperties(f, x, p, n, k228, false);
  }
}
function v340(x: any, p: string, f: DriftFinding[], n = 1352): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.number, p, "/number", n + 2, 4, true);
    typed(f, x.stable, p, "/stable", n + 3, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 4, 4, true);
    nested(f, x.disk_template, p, "/disk_template", n + 5, "PermalinkReference", v338, true);
    undeclaredProperties(f, x, p, n, k229, false);
  }
}
function v341_0(x: any, p: string, f: DriftFinding[], n = 1360): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "TemplateSpecField", v424, true);
    }
  }
}
function v341(x: any, p: string, f: DriftFinding[], n = 1358): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.fields, p, "/fields", n + 1, "array of TemplateSpecField", v341_0, true);
    undeclaredProperties(f, x, p, n, k230, false);
  }
}
function v342_0(x: any, p: string, f: DriftFinding[], n = 1370): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k231, false);
  }
  oneOf(f, p, n, x, [v425, v342_0_0], true);
}
function v342(x: any, p: string, f: DriftFinding[], n = 1362): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.description, p, "/description", n + 3, 17, true);
    typed(f, x.permalink, p, "/permalink", n + 4, 1, true);
    typed(f, x.universal, p, "/universal", n + 5, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 6, 20, true);
    nested(f, x.latest_version, p, "/latest_version", n + 7, "one of DiskTemplateVersionReference, null", v342_0, true);
    nested(f, x.operating_system, p, "/operating_system", n + 10, "one of NamedReference, null", v342_1, true);
    undeclaredProperties(f, x, p, n, k232, false);
  }
}
function v344_0(x: any, p: string, f: DriftFinding[], n = 1383): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k223, false);
  }
  oneOf(f, p, n, x, [v426, v344_0_0], true);
}
function v344(x: any, p: string, f: DriftFinding[], n = 1375): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.description, p, "/description", n + 3, 17, true);
    typed(f, x.permalink, p, "/permalink", n + 4, 1, true);
    typed(f, x.universal, p, "/universal", n + 5, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 6, 20, true);
    nested(f, x.latest_version, p, "/latest_version", n + 7, "one of IdReference, null", v344_0, true);
    nested(f, x.operating_system, p, "/operating_system", n + 10, "one of OperatingSystem, null", v344_1, true);
    undeclaredProperties(f, x, p, n, k232, false);
  }
}
function v345_0(x: any, p: string, f: DriftFinding[], n = 1395): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k235, false);
  }
  oneOf(f, p, n, x, [v428, v345_0_0], true);
}
function v345(x: any, p: string, f: DriftFinding[], n = 1388): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 3, 4, true);
    typed(f, x.wwn, p, "/wwn", n + 4, 1, true);
    enumerated(f, x.state, p, "/state", n + 5, 1, e234, true);
    nested(f, x.virtual_machine_disk, p, "/virtual_machine_disk", n + 6, "one of VirtualMachineDiskReference, null", v345_0, true);
    undeclaredProperties(f, x, p, n, k236, false);
  }
}
function v346_1(x: any, p: string, f: DriftFinding[], n = 1411): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k239, false);
  }
  oneOf(f, p, n, x, [v430, v346_1_0], true);
}
function v346(x: any, p: string, f: DriftFinding[], n = 1397): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 3, 4, true);
    typed(f, x.wwn, p, "/wwn", n + 4, 1, true);
    enumerated(f, x.state, p, "/state", n + 5, 1, e234, true);
    typed(f, x.created_at, p, "/created_at", n + 6, 4, true);
    enumerated(f, x.storage_speed, p, "/storage_speed", n + 7, 1, e237, true);
    nested(f, x.io_profile, p, "/io_profile", n + 8, "one of DiskIoProfile, null", v346_0, true);
    enumerated(f, x.bus_type, p, "/bus_type", n + 11, 17, e238, true);
    nested(f, x.data_center, p, "/data_center", n + 12, "PermalinkReference", v338, true);
    nested(f, x.virtual_machine_disk, p, "/virtual_machine_disk", n + 13, "one of VirtualMachineDiskSummary, null", v346_1, true);
    nested(f, x.installation, p, "/installation", n + 16, "one of DiskInstallation, null", v346_2, true);
    undeclaredProperties(f, x, p, n, k241, false);
  }
}
function v347(x: any, p: string, f: DriftFinding[], n = 1416): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.status, p, "/status", n + 3, "TaskStatus", v418, true);
    typed(f, x.created_at, p, "/created_at", n + 4, 4, true);
    typed(f, x.started_at, p, "/started_at", n + 5, 20, true);
    typed(f, x.finished_at, p, "/finished_at", n + 6, 20, true);
    typed(f, x.progress, p, "/progress", n + 7, 4, true);
    undeclaredProperties(f, x, p, n, k242, false);
  }
}
function v353_0(x: any, p: string, f: DriftFinding[], n = 1426): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e243, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v353(x: any, p: string, f: DriftFinding[], n = 1424): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v353_0, true);
  }
}
function v354(x: any, p: string, f: DriftFinding[], n = 1430): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk, p, "/disk", n + 1, "DiskReference", v432, true);
    typed(f, x.attach_on_boot, p, "/attach_on_boot", n + 2, 8, true);
    typed(f, x.boot, p, "/boot", n + 3, 8, true);
    enumerated(f, x.state, p, "/state", n + 4, 1, e244, true);
    undeclaredProperties(f, x, p, n, k245, false);
  }
}
function v355(x: any, p: string, f: DriftFinding[], n = 1435): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.data_center, p, "/data_center", n + 3, "PermalinkReference", v338, true);
    nested(f, x.associations, p, "/associations", n + 4, "array of string", v355_0, true);
    enumerated(f, x.state, p, "/state", n + 7, 1, e246, true);
    typed(f, x.nfs_location, p, "/nfs_location", n + 8, 17, true);
    typed(f, x.size, p, "/size", n + 9, 20, true);
    undeclaredProperties(f, x, p, n, k247, false);
  }
}
function v356_0(x: any, p: string, f: DriftFinding[], n = 1453): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "one of PermalinkReference, null", v356_0_0, true);
    }
  }
}
function v356(x: any, p: string, f: DriftFinding[], n = 1445): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.manufacturer, p, "/manufacturer", n + 3, 1, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", n + 4, 4, true);
    typed(f, x.memory_type, p, "/memory_type", n + 5, 1, true);
    typed(f, x.permalink, p, "/permalink", n + 6, 1, true);
    nested(f, x.data_centers, p, "/data_centers", n + 7, "array of one of PermalinkReference, null", v356_0, true);
    undeclaredProperties(f, x, p, n, k248, false);
  }
}
function v358(x: any, p: string, f: DriftFinding[], n = 1464): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.address, p, "/address", n + 2, 1, true);
    typed(f, x.reverse_dns, p, "/reverse_dns", n + 3, 1, true);
    typed(f, x.vip, p, "/vip", n + 4, 8, true);
    typed(f, x.allocation_id, p, "/allocation_id", n + 5, 17, true);
    typed(f, x.allocation_type, p, "/allocation_type", n + 6, 17, true);
    undeclaredProperties(f, x, p, n, k250, false);
  }
}
function v359(x: any, p: string, f: DriftFinding[], n = 1471): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.address, p, "/address", n + 2, 1, true);
    typed(f, x.reverse_dns, p, "/reverse_dns", n + 3, 1, true);
    typed(f, x.vip, p, "/vip", n + 4, 8, true);
    typed(f, x.label, p, "/label", n + 5, 17, true);
    typed(f, x.address_with_mask, p, "/address_with_mask", n + 6, 1, true);
    nested(f, x.network, p, "/network", n + 7, "Network", v375, true);
    typed(f, x.allocation_id, p, "/allocation_id", n + 8, 17, true);
    typed(f, x.allocation_type, p, "/allocation_type", n + 9, 17, true);
    undeclaredProperties(f, x, p, n, k251, false);
  }
}
function v361_0(x: any, p: string, f: DriftFinding[], n = 1483): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e252, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v361(x: any, p: string, f: DriftFinding[], n = 1481): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v361_0, true);
  }
}
function v363(x: any, p: string, f: DriftFinding[], n = 1487): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    enumerated(f, x.algorithm, p, "/algorithm", n + 2, 1, e253, true);
    typed(f, x.destination_port, p, "/destination_port", n + 3, 4, true);
    typed(f, x.listen_port, p, "/listen_port", n + 4, 4, true);
    enumerated(f, x.protocol, p, "/protocol", n + 5, 1, e254, true);
    nested(f, x.certificates, p, "/certificates", n + 6, "array of NamedReference", v363_0, true);
    typed(f, x.check_enabled, p, "/check_enabled", n + 9, 8, true);
    undeclaredProperties(f, x, p, n, k255, false);
  }
}
function v364_0(x: any, p: string, f: DriftFinding[], n = 1505): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "CertificateReference", v434, true);
    }
  }
}
function v364(x: any, p: string, f: DriftFinding[], n = 1497): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    enumerated(f, x.algorithm, p, "/algorithm", n + 2, 1, e253, true);
    typed(f, x.destination_port, p, "/destination_port", n + 3, 4, true);
    typed(f, x.listen_port, p, "/listen_port", n + 4, 4, true);
    enumerated(f, x.protocol, p, "/protocol", n + 5, 1, e254, true);
    typed(f, x.proxy_protocol, p, "/proxy_protocol", n + 6, 8, true);
    nested(f, x.certificates, p, "/certificates", n + 7, "array of CertificateReference", v364_0, true);
    typed(f, x.backend_ssl, p, "/backend_ssl", n + 10, 8, true);
    typed(f, x.passthrough_ssl, p, "/passthrough_ssl", n + 11, 8, true);
    typed(f, x.check_enabled, p, "/check_enabled", n + 12, 8, true);
    typed(f, x.check_fall, p, "/check_fall", n + 13, 4, true);
    typed(f, x.check_interval, p, "/check_interval", n + 14, 4, true);
    typed(f, x.check_path, p, "/check_path", n + 15, 1, true);
    enumerated(f, x.check_protocol, p, "/check_protocol", n + 16, 17, e256, true);
    typed(f, x.check_rise, p, "/check_rise", n + 17, 4, true);
    typed(f, x.check_timeout, p, "/check_timeout", n + 18, 4, true);
    enumerated(f, x.check_http_statuses, p, "/check_http_statuses", n + 19, 17, e257, true);
    nested(f, x.load_balancer, p, "/load_balancer", n + 20, "NamedReference", v289, true);
    undeclaredProperties(f, x, p, n, k258, false);
  }
}
function v365(x: any, p: string, f: DriftFinding[], n = 1518): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.api_reference, p, "/api_reference", n + 3, 17, true);
    enumerated(f, x.resource_type, p, "/resource_type", n + 4, 1, e259, true);
    nested(f, x.resources, p, "/resources", n + 5, "array of LoadBalancerResource", v365_0, true);
    nested(f, x.resource_ids, p, "/resource_ids", n + 8, "array of string", v365_1, true);
    nested(f, x.ip_address, p, "/ip_address", n + 11, "IpAddressReference", v436, true);
    nested(f, x.data_center, p, "/data_center", n + 12, "NamedReference", v289, true);
    undeclaredProperties(f, x, p, n, k260, false);
  }
}
function v366_2(x: any, p: string, f: DriftFinding[], n = 1549): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "LoadBalancerWeight", v438, true);
    }
  }
}
function v366(x: any, p: string, f: DriftFinding[], n = 1531): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.api_reference, p, "/api_reference", n + 3, 17, true);
    enumerated(f, x.resource_type, p, "/resource_type", n + 4, 1, e259, true);
    nested(f, x.resources, p, "/resources", n + 5, "array of LoadBalancerResource", v366_0, true);
    nested(f, x.resource_ids, p, "/resource_ids", n + 8, "array of string", v366_1, true);
    nested(f, x.ip_address, p, "/ip_address", n + 11, "AddressReference", v437, true);
    typed(f, x.https_redirect, p, "/https_redirect", n + 12, 8, true);
    typed(f, x.backend_certificate, p, "/backend_certificate", n + 13, 1, true);
    typed(f, x.backend_certificate_key, p, "/backend_certificate_key", n + 14, 1, true);
    nested(f, x.data_center, p, "/data_center", n + 15, "PermalinkReference", v338, true);
    typed(f, x.enable_weighting, p, "/enable_weighting", n + 16, 8, true);
    nested(f, x.weights, p, "/weights", n + 17, "array of LoadBalancerWeight", v366_2, true);
    nested(f, x.standby_vms, p, "/standby_vms", n + 20, "array of string", v366_3, true);
    undeclaredProperties(f, x, p, n, k261, false);
  }
}
function v367(x: any, p: string, f: DriftFinding[], n = 1554): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.api_reference, p, "/api_reference", n + 3, 17, true);
    undeclaredProperties(f, x, p, n, k262, false);
  }
}
function v368(x: any, p: string, f: DriftFinding[], n = 1558): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", n + 3, 1, true);
    typed(f, x.infrastructure_domain, p, "/infrastructure_domain", n + 4, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 5, 4, true);
    typed(f, x.managed, p, "/managed", n + 6, 8, true);
    undeclaredProperties(f, x, p, n, k263, false);
  }
}
function v369_0(x: any, p: string, f: DriftFinding[], n = 1584): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k214, false);
  }
  oneOf(f, p, n, x, [v439, v369_0_0], true);
}
function v369_1(x: any, p: string, f: DriftFinding[], n = 1587): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k215, false);
  }
  oneOf(f, p, n, x, [v440, v369_1_0], true);
}
function v369(x: any, p: string, f: DriftFinding[], n = 1565): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", n + 3, 1, true);
    typed(f, x.infrastructure_domain, p, "/infrastructure_domain", n + 4, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 5, 4, true);
    typed(f, x.activated_at, p, "/activated_at", n + 6, 20, true);
    typed(f, x.suspended, p, "/suspended", n + 7, 8, true);
    typed(f, x.managed, p, "/managed", n + 8, 8, true);
    typed(f, x.billing_name, p, "/billing_name", n + 9, 17, true);
    typed(f, x.address1, p, "/address1", n + 10, 17, true);
    typed(f, x.address2, p, "/address2", n + 11, 17, true);
    typed(f, x.address3, p, "/address3", n + 12, 17, true);
    typed(f, x.address4, p, "/address4", n + 13, 17, true);
    typed(f, x.postcode, p, "/postcode", n + 14, 17, true);
    typed(f, x.vat_number, p, "/vat_number", n + 15, 17, true);
    typed(f, x.phone_number, p, "/phone_number", n + 16, 17, true);
    nested(f, x.currency, p, "/currency", n + 17, "Currency", v327, true);
    nested(f, x.country, p, "/country", n + 18, "one of Country, null", v369_0, true);
    nested(f, x.country_state, p, "/country_state", n + 21, "one of CountryState, null", v369_1, true);
    undeclaredProperties(f, x, p, n, k264, false);
  }
}
function v370_0(x: any, p: string, f: DriftFinding[], n = 1591): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e265, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v370(x: any, p: string, f: DriftFinding[], n = 1589): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v370_0, true);
  }
}
function v371_0_0(x: any, p: string, f: DriftFinding[], n = 1601): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.steps, p, "/steps", n + 1, "OrganizationDeletionSteps", v387, false);
    undeclaredProperties(f, x, p, n, k123, false);
  }
}
function v371_0(x: any, p: string, f: DriftFinding[], n = 1597): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e266, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "object", v371_0_0, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v371(x: any, p: string, f: DriftFinding[], n = 1595): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v371_0, true);
  }
}
function v372_0(x: any, p: string, f: DriftFinding[], n = 1605): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e267, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v372(x: any, p: string, f: DriftFinding[], n = 1603): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v372_0, true);
  }
}
function v373(x: any, p: string, f: DriftFinding[], n = 1609): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.upload_speed_in_mbit, p, "/upload_speed_in_mbit", n + 3, 20, true);
    typed(f, x.download_speed_in_mbit, p, "/download_speed_in_mbit", n + 4, 20, true);
    typed(f, x.permalink, p, "/permalink", n + 5, 1, true);
    undeclaredProperties(f, x, p, n, k268, false);
  }
}
function v374(x: any, p: string, f: DriftFinding[], n = 1615): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.data_center, p, "/data_center", n + 3, "PermalinkReference", v338, true);
    undeclaredProperties(f, x, p, n, k269, false);
  }
}
function v375(x: any, p: string, f: DriftFinding[], n = 1619): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.permalink, p, "/permalink", n + 3, 17, true);
    typed(f, x.default, p, "/default", n + 4, 8, false);
    nested(f, x.data_center, p, "/data_center", n + 5, "DataCenter", v441, true);
    undeclaredProperties(f, x, p, n, k219, false);
  }
}
function v376(x: any, p: string, f: DriftFinding[], n = 1625): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.region, p, "/region", n + 1, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 2, 4, true);
    enumerated(f, x.provisioning_state, p, "/provisioning_state", n + 3, 1, e270, true);
    typed(f, x.size, p, "/size", n + 4, 4, true);
    typed(f, x.bucket_count, p, "/bucket_count", n + 5, 4, true);
    nested(f, x.data_center, p, "/data_center", n + 6, "DataCenter", v441, true);
    undeclaredProperties(f, x, p, n, k271, false);
  }
}
function v377(x: any, p: string, f: DriftFinding[], n = 1632): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.keep_until, p, "/keep_until", n + 2, 4, true);
    typed(f, x.object_type, p, "/object_type", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k272, false);
  }
}
function v379_0(x: any, p: string, f: DriftFinding[], n = 1644): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k274, false);
  }
  oneOf(f, p, n, x, [v443, v379_0_0], true);
}
function v379(x: any, p: string, f: DriftFinding[], n = 1642): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.user, p, "/user", n + 1, "one of User, null", v379_0, true);
    undeclaredProperties(f, x, p, n, k275, false);
  }
}
function v380(x: any, p: string, f: DriftFinding[], n = 1646): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", n + 3, 1, true);
    typed(f, x.infrastructure_domain, p, "/infrastructure_domain", n + 4, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 5, 4, true);
    typed(f, x.activated_at, p, "/activated_at", n + 6, 20, true);
    typed(f, x.suspended, p, "/suspended", n + 7, 8, true);
    typed(f, x.managed, p, "/managed", n + 8, 8, true);
    undeclaredProperties(f, x, p, n, k276, false);
  }
}
function v381(x: any, p: string, f: DriftFinding[], n = 1655): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.uninvoiced_balance, p, "/uninvoiced_balance", n + 1, "FinancialPolicyLimit", v444, true);
    nested(f, x.virtual_machines, p, "/virtual_machines", n + 2, "PolicyLimit", v445, true);
    nested(f, x.virtual_machine_memory, p, "/virtual_machine_memory", n + 3, "PolicyLimit", v445, true);
    nested(f, x.managed_organizations, p, "/managed_organizations", n + 4, "PolicyLimit", v445, true);
    nested(f, x.unallocated_ip_addresses, p, "/unallocated_ip_addresses", n + 5, "PolicyLimit", v445, true);
    nested(f, x.disk_space, p, "/disk_space", n + 6, "PolicyLimit", v445, true);
    nested(f, x.security_groups, p, "/security_groups", n + 7, "PolicyLimit", v445, true);
    nested(f, x.virtual_networks, p, "/virtual_networks", n + 8, "PolicyLimit", v445, true);
    nested(f, x.load_balancers, p, "/load_balancers", n + 9, "PolicyLimit", v445, true);
    nested(f, x.dns_zones, p, "/dns_zones", n + 10, "PolicyLimit", v445, true);
    nested(f, x.certificates, p, "/certificates", n + 11, "PolicyLimit", v445, true);
    nested(f, x.file_storage_volumes, p, "/file_storage_volumes", n + 12, "PolicyLimit", v445, true);
    nested(f, x.isos, p, "/isos", n + 13, "PolicyLimit", v445, true);
    nested(f, x.disk_iops, p, "/disk_iops", n + 14, "PolicyLimitWithoutCurrent", v446, true);
    nested(f, x.network_speed, p, "/network_speed", n + 15, "PolicyLimitWithoutCurrent", v446, true);
    undeclaredProperties(f, x, p, n, k277, false);
  }
}
function v382(x: any, p: string, f: DriftFinding[], n = 1671): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.disk_bus_configuration, p, "/disk_bus_configuration", n + 1, "PolicyFeature", v447, true);
    nested(f, x.zone_selection, p, "/zone_selection", n + 2, "PolicyFeature", v447, true);
    nested(f, x.restricted_traffic_types, p, "/restricted_traffic_types", n + 3, "PolicyFeature", v447, true);
    nested(f, x.suspension, p, "/suspension", n + 4, "PolicyFeature", v447, true);
    nested(f, x.flexible_virtual_machine_resources, p, "/flexible_virtual_machine_resources", n + 5, "PolicyFeature", v447, true);
    undeclaredProperties(f, x, p, n, k278, false);
  }
}
function v383_0(x: any, p: string, f: DriftFinding[], n = 1679): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e279, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v383(x: any, p: string, f: DriftFinding[], n = 1677): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v383_0, true);
  }
}
function v384(x: any, p: string, f: DriftFinding[], n = 1683): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.maximum_uninvoiced_balance, p, "/maximum_uninvoiced_balance", n + 1, "DecimalOrUnlimited", v448, true);
    nested(f, x.maximum_virtual_machines, p, "/maximum_virtual_machines", n + 2, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_virtual_machine_memory, p, "/maximum_virtual_machine_memory", n + 3, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_disk_space, p, "/maximum_disk_space", n + 4, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_managed_organizations, p, "/maximum_managed_organizations", n + 5, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_unallocated_ip_addresses, p, "/maximum_unallocated_ip_addresses", n + 6, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_security_groups, p, "/maximum_security_groups", n + 7, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_virtual_networks, p, "/maximum_virtual_networks", n + 8, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_load_balancers, p, "/maximum_load_balancers", n + 9, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_dns_zones, p, "/maximum_dns_zones", n + 10, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_certificates, p, "/maximum_certificates", n + 11, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_file_storage_volumes, p, "/maximum_file_storage_volumes", n + 12, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_isos, p, "/maximum_isos", n + 13, "IntegerOrUnlimited", v449, true);
    nested(f, x.maximum_disk_size, p, "/maximum_disk_size", n + 14, "IntegerOrUnlimited", v449, true);
    nested(f, x.minimum_disk_size, p, "/minimum_disk_size", n + 15, "IntegerValue", v450, true);
    typed(f, x.flexible_virtual_machine_resources, p, "/flexible_virtual_machine_resources", n + 16, 8, true);
    typed(f, x.allow_suspension, p, "/allow_suspension", n + 17, 8, true);
    typed(f, x.allow_restricted_traffic_types, p, "/allow_restricted_traffic_types", n + 18, 8, true);
    undeclaredProperties(f, x, p, n, k280, false);
  }
}
function v385_0(x: any, p: string, f: DriftFinding[], n = 1708): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "SinglePriceVariant", v451, true);
    }
  }
}
function v385(x: any, p: string, f: DriftFinding[], n = 1702): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.resource, p, "/resource", n + 1, 1, true);
    typed(f, x.category, p, "/category", n + 2, 1, true);
    typed(f, x.description, p, "/description", n + 3, 1, true);
    typed(f, x.price, p, "/price", n + 4, 2, true);
    nested(f, x.variants, p, "/variants", n + 5, "array of SinglePriceVariant", v385_0, true);
    undeclaredProperties(f, x, p, n, k281, false);
  }
}
function v386_0(x: any, p: string, f: DriftFinding[], n = 1712): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e282, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v386(x: any, p: string, f: DriftFinding[], n = 1710): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v386_0, true);
  }
}
function v387(x: any, p: string, f: DriftFinding[], n = 1716): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.managed_organizations, p, "/managed_organizations", n + 1, "OrganizationDeletionStep", v452, false);
    nested(f, x.virtual_machines, p, "/virtual_machines", n + 2, "OrganizationDeletionStep", v452, false);
    nested(f, x.disks, p, "/disks", n + 3, "OrganizationDeletionStep", v452, false);
    nested(f, x.file_storage_volumes, p, "/file_storage_volumes", n + 4, "OrganizationDeletionStep", v452, false);
    nested(f, x.disk_backup_policies, p, "/disk_backup_policies", n + 5, "OrganizationDeletionStep", v452, false);
    nested(f, x.isos, p, "/isos", n + 6, "OrganizationDeletionStep", v452, false);
    nested(f, x.disk_templates, p, "/disk_templates", n + 7, "OrganizationDeletionStep", v452, false);
    nested(f, x.load_balancers, p, "/load_balancers", n + 8, "OrganizationDeletionStep", v452, false);
    nested(f, x.dns_zones, p, "/dns_zones", n + 9, "OrganizationDeletionStep", v452, false);
    nested(f, x.empty_trash, p, "/empty_trash", n + 10, "OrganizationDeletionStep", v452, false);
    nested(f, x.virtual_networks, p, "/virtual_networks", n + 11, "OrganizationDeletionStep", v452, false);
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 12, "OrganizationDeletionStep", v452, false);
    nested(f, x.object_storage, p, "/object_storage", n + 13, "OrganizationDeletionStep", v452, false);
    nested(f, x.ensure_zero_balance, p, "/ensure_zero_balance", n + 14, "OrganizationDeletionStep", v452, false);
    nested(f, x.ensure_no_outstanding_invoices, p, "/ensure_no_outstanding_invoices", n + 15, "OrganizationDeletionStep", v452, false);
    undeclaredProperties(f, x, p, n, k283, false);
  }
}
function v388(x: any, p: string, f: DriftFinding[], n = 1732): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 17, true);
    typed(f, x.full_name, p, "/full_name", n + 3, 1, true);
    typed(f, x.ttl, p, "/ttl", n + 4, 20, true);
    enumerated(f, x.type, p, "/type", n + 5, 1, e284, true);
    typed(f, x.priority, p, "/priority", n + 6, 20, true);
    typed(f, x.content, p, "/content", n + 7, 1, true);
    nested(f, x.content_attributes, p, "/content_attributes", n + 8, "DnsRecordContentAttributes", v453, true);
    undeclaredProperties(f, x, p, n, k285, false);
  }
}
function v389(x: any, p: string, f: DriftFinding[], n = 1741): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.fingerprint, p, "/fingerprint", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k286, false);
  }
}
function v390(x: any, p: string, f: DriftFinding[], n = 1745): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    enumerated(f, x.direction, p, "/direction", n + 2, 1, e287, true);
    enumerated(f, x.protocol, p, "/protocol", n + 3, 1, e288, true);
    enumerated(f, x.action, p, "/action", n + 4, 1, e289, true);
    typed(f, x.ports, p, "/ports", n + 5, 17, true);
    nested(f, x.targets, p, "/targets", n + 6, "array of string", v390_0, true);
    typed(f, x.notes, p, "/notes", n + 9, 17, true);
    undeclaredProperties(f, x, p, n, k290, false);
  }
}
function v391(x: any, p: string, f: DriftFinding[], n = 1755): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.security_group, p, "/security_group", n + 2, "NamedReference", v289, true);
    enumerated(f, x.direction, p, "/direction", n + 3, 1, e287, true);
    enumerated(f, x.protocol, p, "/protocol", n + 4, 1, e288, true);
    enumerated(f, x.action, p, "/action", n + 5, 1, e289, true);
    typed(f, x.ports, p, "/ports", n + 6, 17, true);
    nested(f, x.targets, p, "/targets", n + 7, "array of string", v391_0, true);
    typed(f, x.notes, p, "/notes", n + 10, 17, true);
    undeclaredProperties(f, x, p, n, k291, false);
  }
}
function v392(x: any, p: string, f: DriftFinding[], n = 1766): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.allow_all_inbound, p, "/allow_all_inbound", n + 3, 8, true);
    typed(f, x.allow_all_outbound, p, "/allow_all_outbound", n + 4, 8, true);
    nested(f, x.associations, p, "/associations", n + 5, "array of string", v392_0, true);
    undeclaredProperties(f, x, p, n, k292, false);
  }
}
function v393(x: any, p: string, f: DriftFinding[], n = 1774): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    enumerated(f, x.color, p, "/color", n + 3, 1, e293, true);
    undeclaredProperties(f, x, p, n, k294, false);
  }
}
function v396(x: any, p: string, f: DriftFinding[], n = 1788): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.sub_domain, p, "/sub_domain", n + 3, 1, true);
    undeclaredProperties(f, x, p, n, k296, false);
  }
}
function v397_0(x: any, p: string, f: DriftFinding[], n = 1794): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e297, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v397(x: any, p: string, f: DriftFinding[], n = 1792): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v397_0, true);
  }
}
function v398(x: any, p: string, f: DriftFinding[], n = 1798): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.data_center, p, "/data_center", n + 3, "DataCenter", v441, true);
    undeclaredProperties(f, x, p, n, k269, false);
  }
}
function v400(x: any, p: string, f: DriftFinding[], n = 1808): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.network, p, "/network", n + 3, "one of NamedReference, null", v400_0, true);
    nested(f, x.virtual_network, p, "/virtual_network", n + 6, "one of NamedReference, null", v400_1, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 9, "array of AddressReference", v400_2, true);
    undeclaredProperties(f, x, p, n, k299, false);
  }
}
function v401(x: any, p: string, f: DriftFinding[], n = 1820): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 2, "NamedReference", v289, true);
    typed(f, x.name, p, "/name", n + 3, 1, true);
    nested(f, x.network, p, "/network", n + 4, "one of NamedReference, null", v401_0, true);
    nested(f, x.virtual_network, p, "/virtual_network", n + 7, "one of NamedReference, null", v401_1, true);
    typed(f, x.mac_address, p, "/mac_address", n + 10, 1, true);
    typed(f, x.state, p, "/state", n + 11, 1, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 12, "array of AddressReference", v401_2, true);
    nested(f, x.speed_profile, p, "/speed_profile", n + 15, "PermalinkReference", v338, true);
    undeclaredProperties(f, x, p, n, k300, false);
  }
}
function v403_0(x: any, p: string, f: DriftFinding[], n = 1838): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e301, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v403(x: any, p: string, f: DriftFinding[], n = 1836): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v403_0, true);
  }
}
function v404(x: any, p: string, f: DriftFinding[], n = 1842): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 2, "NamedReference", v289, true);
    typed(f, x.name, p, "/name", n + 3, 1, true);
    nested(f, x.network, p, "/network", n + 4, "one of NamedReference, null", v404_0, true);
    nested(f, x.virtual_network, p, "/virtual_network", n + 7, "one of NamedReference, null", v404_1, true);
    typed(f, x.mac_address, p, "/mac_address", n + 10, 1, true);
    typed(f, x.state, p, "/state", n + 11, 1, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 12, "array of AddressReference", v404_2, true);
    undeclaredProperties(f, x, p, n, k302, false);
  }
}
function v405_0(x: any, p: string, f: DriftFinding[], n = 1859): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e303, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v405(x: any, p: string, f: DriftFinding[], n = 1857): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v405_0, true);
  }
}
function v408_0(x: any, p: string, f: DriftFinding[], n = 1865): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e304, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v408(x: any, p: string, f: DriftFinding[], n = 1863): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v408_0, true);
  }
}
function v409_0(x: any, p: string, f: DriftFinding[], n = 1871): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e305, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v409(x: any, p: string, f: DriftFinding[], n = 1869): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v409_0, true);
  }
}
function v411_0(x: any, p: string, f: DriftFinding[], n = 1898): void {
  if (!(isObject(x) || x === null)) typeMismatch(f, p, n, "object or null", x);
  else {
    if (isObject(x)) {
      typed(f, x.name, p, "/name", n + 1, 1, true);
      undeclaredProperties(f, x, p, n, k308, false);
    }
  }
}
function v411_2_0(x: any, p: string, f: DriftFinding[], n = 1906): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.address, p, "/address", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k309, false);
  }
}
function v411_2(x: any, p: string, f: DriftFinding[], n = 1904): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "object", v411_2_0, true);
    }
  }
}
function v411(x: any, p: string, f: DriftFinding[], n = 1890): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.hostname, p, "/hostname", n + 3, 1, true);
    typed(f, x.fqdn, p, "/fqdn", n + 4, 1, true);
    typed(f, x.created_at, p, "/created_at", n + 5, 4, true);
    nested(f, x.zone, p, "/zone", n + 6, "Zone", v416, true);
    nested(f, x.package, p, "/package", n + 7, "object or null", v411_0, true);
    nested(f, x.gpu_type, p, "/gpu_type", n + 10, "one of PermalinkReference, null", v411_1, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 13, "array of object", v411_2, true);
    nested(f, x.hypervisor, p, "/hypervisor", n + 18, "one of NamedReference, null", v411_3, true);
    undeclaredProperties(f, x, p, n, k310, false);
  }
}
function v412_3(x: any, p: string, f: DriftFinding[], n = 1935): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k249, false);
  }
  oneOf(f, p, n, x, [v457, v412_3_0], true);
}
function v412(x: any, p: string, f: DriftFinding[], n = 1911): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.hostname, p, "/hostname", n + 3, 1, true);
    typed(f, x.fqdn, p, "/fqdn", n + 4, 1, true);
    typed(f, x.description, p, "/description", n + 5, 17, true);
    typed(f, x.created_at, p, "/created_at", n + 6, 4, true);
    typed(f, x.initial_root_password, p, "/initial_root_password", n + 7, 17, true);
    enumerated(f, x.state, p, "/state", n + 8, 1, e311, true);
    nested(f, x.zone, p, "/zone", n + 9, "Zone", v416, true);
    nested(f, x.organization, p, "/organization", n + 10, "Organization", v369, true);
    nested(f, x.group, p, "/group", n + 11, "one of VirtualMachineGroup, null", v412_0, true);
    nested(f, x.package, p, "/package", n + 14, "one of VirtualMachinePackage, null", v412_1, true);
    nested(f, x.attached_iso, p, "/attached_iso", n + 17, "one of Iso, null", v412_2, true);
    typed(f, x.memory_in_gb, p, "/memory_in_gb", n + 20, 20, true);
    typed(f, x.cpu_cores, p, "/cpu_cores", n + 21, 20, true);
    typed(f, x.use_dedicated_cpus, p, "/use_dedicated_cpus", n + 22, 24, true);
    nested(f, x.gpu_type, p, "/gpu_type", n + 23, "one of GpuTypeSummary, null", v412_3, true);
    nested(f, x.gpus, p, "/gpus", n + 26, "array of VirtualMachineGpu", v412_4, true);
    nested(f, x.tags, p, "/tags", n + 29, "array of Tag", v412_5, true);
    nested(f, x.tag_names, p, "/tag_names", n + 32, "array of string", v412_6, true);
    nested(f, x.ip_addresses, p, "/ip_addresses", n + 35, "array of IpAddress", v412_7, true);
    nested(f, x.hypervisor, p, "/hypervisor", n + 38, "one of Hypervisor, null", v412_8, true);
    undeclaredProperties(f, x, p, n, k314, false);
  }
}
function v413_0(x: any, p: string, f: DriftFinding[], n = 1954): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e315, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v413(x: any, p: string, f: DriftFinding[], n = 1952): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v413_0, true);
  }
}
function v414_0(x: any, p: string, f: DriftFinding[], n = 1960): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.code, p, "/code", n + 1, 1, e316, true);
    typed(f, x.description, p, "/description", n + 2, 1, true);
    nested(f, x.detail, p, "/detail", n + 3, "EmptyErrorDetail", v280, true);
    undeclaredProperties(f, x, p, n, k2, false);
  }
}
function v414(x: any, p: string, f: DriftFinding[], n = 1958): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    if (Object.keys(x).length < 1) outOfBounds(f, p, n, "at least 1 property", x);
    nested(f, x.error, p, "/error", n + 1, "object", v414_0, true);
  }
}
function v415(x: any, p: string, f: DriftFinding[], n = 1964): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.permalink, p, "/permalink", n + 3, 17, true);
    nested(f, x.data_center, p, "/data_center", n + 4, "PermalinkReference", v338, true);
    undeclaredProperties(f, x, p, n, k317, false);
  }
}
function v416(x: any, p: string, f: DriftFinding[], n = 1969): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.permalink, p, "/permalink", n + 3, 17, true);
    nested(f, x.data_center, p, "/data_center", n + 4, "DataCenter", v441, true);
    undeclaredProperties(f, x, p, n, k317, false);
  }
}
function v417(x: any, p: string, f: DriftFinding[], n = 1974): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.public_read, p, "/public_read", n + 1, 8, true);
    typed(f, x.public_list, p, "/public_list", n + 2, 8, true);
    typed(f, x.all_keys_read, p, "/all_keys_read", n + 3, 8, true);
    typed(f, x.all_keys_write, p, "/all_keys_write", n + 4, 8, true);
    nested(f, x.read_key_ids, p, "/read_key_ids", n + 5, "array of string", v417_0, true);
    nested(f, x.write_key_ids, p, "/write_key_ids", n + 8, "array of string", v417_1, true);
    undeclaredProperties(f, x, p, n, k318, false);
  }
}
function v418(x: any, p: string, f: DriftFinding[], n = 1985): void {
  if (!(typeof x === "string")) typeMismatch(f, p, n, "string", x);
  else {
    if (!e319.includes(x)) notInEnum(f, p, n, e319, x);
  }
}
function v421_0(x: any, p: string, f: DriftFinding[], n = 1994): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k320, false);
  }
  oneOf(f, p, n, x, [v460, v461], true);
}
function v421(x: any, p: string, f: DriftFinding[], n = 1992): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.target, p, "/target", n + 1, "one of BackupPolicyVirtualMachine, BackupPolicyDisk", v421_0, true);
    undeclaredProperties(f, x, p, n, k321, false);
  }
}
function v422(x: any, p: string, f: DriftFinding[], n = 1995): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    enumerated(f, x.interval, p, "/interval", n + 1, 1, e322, true);
    typed(f, x.next_invocation_at, p, "/next_invocation_at", n + 2, 4, true);
    undeclaredProperties(f, x, p, n, k323, false);
  }
}
function v423(x: any, p: string, f: DriftFinding[], n = 1998): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.frequency, p, "/frequency", n + 1, 4, true);
    enumerated(f, x.interval, p, "/interval", n + 2, 1, e322, true);
    typed(f, x.minute, p, "/minute", n + 3, 4, true);
    typed(f, x.next_invocation_at, p, "/next_invocation_at", n + 4, 4, true);
    typed(f, x.time, p, "/time", n + 5, 4, true);
    undeclaredProperties(f, x, p, n, k324, false);
  }
}
function v424(x: any, p: string, f: DriftFinding[], n = 2004): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.name, p, "/name", n + 1, 1, true);
    enumerated(f, x.type, p, "/type", n + 2, 1, e325, true);
    typed(f, x.label, p, "/label", n + 3, 1, true);
    typed(f, x.description, p, "/description", n + 4, 17, true);
    typed(f, x.required, p, "/required", n + 5, 8, true);
    typed(f, x.placeholder, p, "/placeholder", n + 6, 17, true);
    typed(f, x.prefill, p, "/prefill", n + 7, 17, true);
    undeclaredProperties(f, x, p, n, k326, false);
  }
}
function v425(x: any, p: string, f: DriftFinding[], n = 2012): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.number, p, "/number", n + 2, 4, true);
  }
}
function v428(x: any, p: string, f: DriftFinding[], n = 2015): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 1, "VirtualMachineReference", v462, true);
  }
}
function v430(x: any, p: string, f: DriftFinding[], n = 2017): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 1, "VirtualMachineReference", v462, true);
    typed(f, x.attach_on_boot, p, "/attach_on_boot", n + 2, 8, true);
    typed(f, x.boot, p, "/boot", n + 3, 8, true);
    enumerated(f, x.state, p, "/state", n + 4, 1, e244, true);
  }
}
function v431_0(x: any, p: string, f: DriftFinding[], n = 2026): void {
  if (!(Array.isArray(x))) typeMismatch(f, p, n, "array", x);
  else {
    const q = p + "/*";
    for (const y of x) {
      nested(f, y, q, "", n + 1, "DiskInstallationAttribute", v464, true);
    }
  }
}
function v431(x: any, p: string, f: DriftFinding[], n = 2022): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    nested(f, x.disk_template_version, p, "/disk_template_version", n + 2, "DiskTemplateVersion", v463, true);
    nested(f, x.attributes, p, "/attributes", n + 3, "array of DiskInstallationAttribute", v431_0, true);
  }
}
function v432(x: any, p: string, f: DriftFinding[], n = 2028): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 3, 4, true);
    typed(f, x.wwn, p, "/wwn", n + 4, 1, true);
    enumerated(f, x.state, p, "/state", n + 5, 1, e234, true);
    typed(f, x.created_at, p, "/created_at", n + 6, 4, true);
    undeclaredProperties(f, x, p, n, k327, false);
  }
}
function v434(x: any, p: string, f: DriftFinding[], n = 2035): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.additional_names, p, "/additional_names", n + 3, "array of string", v434_0, true);
    enumerated(f, x.state, p, "/state", n + 6, 1, e208, true);
    undeclaredProperties(f, x, p, n, k328, false);
  }
}
function v435_0(x: any, p: string, f: DriftFinding[], n = 2044): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k329, false);
  }
  oneOf(f, p, n, x, [v460, v454, v465], true);
}
function v435(x: any, p: string, f: DriftFinding[], n = 2042): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.resources, p, "/resources", n + 1, "one of BackupPolicyVirtualMachine, VirtualMachineGroup, Tag", v435_0, true);
    undeclaredProperties(f, x, p, n, k330, false);
  }
}
function v436(x: any, p: string, f: DriftFinding[], n = 2045): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.address, p, "/address", n + 1, 1, true);
    undeclaredProperties(f, x, p, n, k309, false);
  }
}
function v437(x: any, p: string, f: DriftFinding[], n = 2047): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.address, p, "/address", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k331, false);
  }
}
function v438(x: any, p: string, f: DriftFinding[], n = 2050): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.virtual_machine_id, p, "/virtual_machine_id", n + 1, 1, true);
    typed(f, x.weight, p, "/weight", n + 2, 4, true);
    undeclaredProperties(f, x, p, n, k332, false);
  }
}
function v442(x: any, p: string, f: DriftFinding[], n = 2058): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.url, p, "/url", n + 1, 1, true);
    typed(f, x.file_name, p, "/file_name", n + 2, 1, true);
    typed(f, x.file_type, p, "/file_type", n + 3, 1, true);
    typed(f, x.file_size, p, "/file_size", n + 4, 4, true);
    typed(f, x.digest, p, "/digest", n + 5, 1, true);
    typed(f, x.token, p, "/token", n + 6, 1, true);
  }
}
function v444(x: any, p: string, f: DriftFinding[], n = 2065): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.limit, p, "/limit", n + 1, 2, true);
    typed(f, x.current, p, "/current", n + 2, 2, true);
    nested(f, x.currency, p, "/currency", n + 3, "Currency", v327, true);
    undeclaredProperties(f, x, p, n, k333, false);
  }
}
function v445(x: any, p: string, f: DriftFinding[], n = 2069): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.limit, p, "/limit", n + 1, 4, true);
    typed(f, x.current, p, "/current", n + 2, 4, true);
    typed(f, x.unit, p, "/unit", n + 3, 17, true);
    undeclaredProperties(f, x, p, n, k334, false);
  }
}
function v446(x: any, p: string, f: DriftFinding[], n = 2073): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.limit, p, "/limit", n + 1, 4, true);
    typed(f, x.unit, p, "/unit", n + 2, 17, true);
    undeclaredProperties(f, x, p, n, k335, false);
  }
}
function v447(x: any, p: string, f: DriftFinding[], n = 2076): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.permitted, p, "/permitted", n + 1, 8, true);
    undeclaredProperties(f, x, p, n, k336, false);
  }
}
function v448(x: any, p: string, f: DriftFinding[], n = 2078): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.value, p, "/value", n + 1, 18, true);
    typed(f, x.unlimited, p, "/unlimited", n + 2, 8, true);
    undeclaredProperties(f, x, p, n, k337, false);
  }
}
function v449(x: any, p: string, f: DriftFinding[], n = 2081): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.value, p, "/value", n + 1, 20, true);
    typed(f, x.unlimited, p, "/unlimited", n + 2, 8, true);
    undeclaredProperties(f, x, p, n, k337, false);
  }
}
function v450(x: any, p: string, f: DriftFinding[], n = 2084): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.value, p, "/value", n + 1, 20, true);
    undeclaredProperties(f, x, p, n, k338, false);
  }
}
function v451(x: any, p: string, f: DriftFinding[], n = 2086): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.description, p, "/description", n + 2, 17, true);
    typed(f, x.price, p, "/price", n + 3, 2, true);
    undeclaredProperties(f, x, p, n, k339, false);
  }
}
function v452(x: any, p: string, f: DriftFinding[], n = 2090): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.satisfied, p, "/satisfied", n + 1, 8, false);
    typed(f, x.description, p, "/description", n + 2, 1, false);
    undeclaredProperties(f, x, p, n, k340, false);
  }
}
function v453_3(x: any, p: string, f: DriftFinding[], n = 2104): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k342, false);
  }
  oneOf(f, p, n, x, [v468, v453_3_0], true);
}
function v453_5(x: any, p: string, f: DriftFinding[], n = 2110): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k343, false);
  }
  oneOf(f, p, n, x, [v469, v453_5_0], true);
}
function v453_6(x: any, p: string, f: DriftFinding[], n = 2113): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k157, false);
  }
  oneOf(f, p, n, x, [v470, v453_6_0], true);
}
function v453_10(x: any, p: string, f: DriftFinding[], n = 2125): void {
  if (!(isObject(x) || x === null)) typeMismatch(f, p, n, "object or null", x);
}
function v453_11(x: any, p: string, f: DriftFinding[], n = 2127): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k344, false);
  }
  oneOf(f, p, n, x, [v471, v453_11_0], true);
}
function v453_12(x: any, p: string, f: DriftFinding[], n = 2130): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k345, false);
  }
  oneOf(f, p, n, x, [v472, v453_12_0], true);
}
function v453_13(x: any, p: string, f: DriftFinding[], n = 2133): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k346, false);
  }
  oneOf(f, p, n, x, [v473, v453_13_0], true);
}
function v453_14(x: any, p: string, f: DriftFinding[], n = 2136): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k235, false);
  }
  oneOf(f, p, n, x, [v474, v453_14_0], true);
}
function v453(x: any, p: string, f: DriftFinding[], n = 2093): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.A, p, "/A", n + 1, "one of DnsRecordAddressAttributes, null", v453_0, true);
    nested(f, x.AAAA, p, "/AAAA", n + 4, "one of DnsRecordAddressAttributes, null", v453_1, true);
    nested(f, x.ALIAS, p, "/ALIAS", n + 7, "one of DnsRecordHostnameAttributes, null", v453_2, true);
    nested(f, x.CAA, p, "/CAA", n + 10, "one of DnsRecordCaaAttributes, null", v453_3, true);
    nested(f, x.CNAME, p, "/CNAME", n + 13, "one of DnsRecordHostnameAttributes, null", v453_4, true);
    nested(f, x.HTTPRedirect, p, "/HTTPRedirect", n + 16, "one of DnsRecordHttpRedirectAttributes, null", v453_5, true);
    nested(f, x.IPS, p, "/IPS", n + 19, "one of DnsRecordIpsAttributes, null", v453_6, true);
    nested(f, x.MX, p, "/MX", n + 22, "one of DnsRecordHostnameAttributes, null", v453_7, true);
    nested(f, x.NS, p, "/NS", n + 25, "one of DnsRecordHostnameAttributes, null", v453_8, true);
    nested(f, x.PTR, p, "/PTR", n + 28, "one of DnsRecordHostnameAttributes, null", v453_9, true);
    nested(f, x.SOA, p, "/SOA", n + 31, "object or null", v453_10, true);
    nested(f, x.SRV, p, "/SRV", n + 33, "one of DnsRecordSrvAttributes, null", v453_11, true);
    nested(f, x.SSHFP, p, "/SSHFP", n + 36, "one of DnsRecordSshfpAttributes, null", v453_12, true);
    nested(f, x.TXT, p, "/TXT", n + 39, "one of DnsRecordTxtAttributes, null", v453_13, true);
    nested(f, x.VirtualMachine, p, "/VirtualMachine", n + 42, "one of DnsRecordVirtualMachineAttributes, null", v453_14, true);
    undeclaredProperties(f, x, p, n, k347, false);
  }
}
function v456(x: any, p: string, f: DriftFinding[], n = 2138): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    nested(f, x.operating_system, p, "/operating_system", n + 3, "one of OperatingSystem, null", v456_0, true);
  }
}
function v458(x: any, p: string, f: DriftFinding[], n = 2144): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 17, true);
    enumerated(f, x.status, p, "/status", n + 2, 1, e348, true);
    enumerated(f, x.pending_action, p, "/pending_action", n + 3, 17, e349, true);
    typed(f, x.available, p, "/available", n + 4, 8, true);
    nested(f, x.type, p, "/type", n + 5, "GpuType", v475, true);
    undeclaredProperties(f, x, p, n, k350, false);
  }
}
function v459(x: any, p: string, f: DriftFinding[], n = 2150): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.ip_address, p, "/ip_address", n + 3, 1, true);
  }
}
function v462(x: any, p: string, f: DriftFinding[], n = 2214): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.fqdn, p, "/fqdn", n + 2, 1, true);
    undeclaredProperties(f, x, p, n, k352, false);
  }
}
function v464(x: any, p: string, f: DriftFinding[], n = 2223): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.key, p, "/key", n + 1, 1, true);
    typed(f, x.label, p, "/label", n + 2, 1, true);
    typed(f, x.value, p, "/value", n + 3, 17, true);
    typed(f, x.description, p, "/description", n + 4, 17, true);
    typed(f, x.protect, p, "/protect", n + 5, 8, true);
    undeclaredProperties(f, x, p, n, k353, false);
  }
}
function v466(x: any, p: string, f: DriftFinding[], n = 2229): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ip_address, p, "/ip_address", n + 1, 17, true);
  }
}
function v467(x: any, p: string, f: DriftFinding[], n = 2231): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.hostname, p, "/hostname", n + 1, 17, true);
  }
}
function v468(x: any, p: string, f: DriftFinding[], n = 2233): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.flag, p, "/flag", n + 1, 17, true);
    typed(f, x.tag, p, "/tag", n + 2, 17, true);
    typed(f, x.value, p, "/value", n + 3, 17, true);
  }
}
function v469(x: any, p: string, f: DriftFinding[], n = 2237): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.url, p, "/url", n + 1, 17, true);
    typed(f, x.http_status, p, "/http_status", n + 2, 17, true);
  }
}
function v470(x: any, p: string, f: DriftFinding[], n = 2240): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.ip_addresses, p, "/ip_addresses", n + 1, 17, true);
  }
}
function v471(x: any, p: string, f: DriftFinding[], n = 2242): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.weight, p, "/weight", n + 1, 17, true);
    typed(f, x.port, p, "/port", n + 2, 17, true);
    typed(f, x.target, p, "/target", n + 3, 17, true);
  }
}
function v472(x: any, p: string, f: DriftFinding[], n = 2246): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.algorithm, p, "/algorithm", n + 1, 17, true);
    typed(f, x.fingerprint_type, p, "/fingerprint_type", n + 2, 17, true);
    typed(f, x.fingerprint, p, "/fingerprint", n + 3, 17, true);
  }
}
function v473(x: any, p: string, f: DriftFinding[], n = 2250): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.content, p, "/content", n + 1, 17, true);
  }
}
function v474(x: any, p: string, f: DriftFinding[], n = 2252): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.virtual_machine, p, "/virtual_machine", n + 1, 17, true);
  }
}
function v477(x: any, p: string, f: DriftFinding[], n = 2266): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    nested(f, x.virtual_machine, p, "/virtual_machine", n + 1, "BackupPolicyVirtualMachine", v480, true);
    nested(f, x.disk, p, "/disk", n + 2, "BackupPolicyDisk", v481, true);
    typed(f, x.attach_on_boot, p, "/attach_on_boot", n + 3, 8, true);
    typed(f, x.boot, p, "/boot", n + 4, 8, true);
    enumerated(f, x.state, p, "/state", n + 5, 1, e244, true);
  }
}
function v478_0(x: any, p: string, f: DriftFinding[], n = 2280): void {
  if (isObject(x)) {
    undeclaredProperties(f, x, p, n, k229, false);
  }
  oneOf(f, p, n, x, [v482, v478_0_0], true);
}
function v478(x: any, p: string, f: DriftFinding[], n = 2272): void {
  if (!(isObject(x))) typeMismatch(f, p, n, "object", x);
  else {
    typed(f, x.id, p, "/id", n + 1, 1, true);
    typed(f, x.name, p, "/name", n + 2, 1, true);
    typed(f, x.description, p, "/description", n + 3, 17, true);
    typed(f, x.permalink, p, "/permalink", n + 4, 1, true);
    typed(f, x.universal, p, "/universal", n + 5, 8, true);
    typed(f, x.size_in_gb, p, "/size_in_gb", n + 6, 20, true);
    nested(f, x.latest_version, p, "/latest_version", n + 7, "one of DiskTemplateVersion, null", v478_0, true);
    nested(f, x.operating_system, p, "/operating_system", n + 10, "one of OperatingSystem, null", v478_1, true);
    undeclaredProperties(f, x, p, n, k232, false);
  }
}

const v1 = s1(5, true);
const v3 = s3(12, true);
const v5 = s5(26, true);
const v6 = s7(32, true);
const v7 = s11(37, true);
const v11 = s7(56, true);
const v13 = s12(63, true);
const v16 = s17(67, true);
const v18 = s12(82, true);
const v20 = s20(90, true);
const v21 = s22(98, true);
const v22 = s12(104, true);
const v23 = s23(106, true);
const v25 = s12(114, true);
const v27_0 = s24(120);
const v29 = s25(128, true);
const v30 = s25(130, true);
const v33 = s25(139, true);
const v34 = s25(141, true);
const v35 = s26(143);
const v36 = s28(144, true);
const v37 = s28(149, true);
const v38 = s29(154, true);
const v39 = s29(159, true);
const v41 = s29(166, true);
const v42 = s30(171, true);
const v43 = s30(173, true);
const v46 = s23(182, true);
const v48 = s30(185, true);
const v49 = s23(187, true);
const v53 = s31(194, true);
const v57 = s31(205, true);
const v59_0 = s6(218);
const v66 = s33(242, true);
const v68_0 = s34(252);
const v71_0 = s34(265);
const v74_0 = s34(278);
const v78 = s35(293, true);
const v79_0 = s8(297);
const v80 = s35(299, true);
const v82 = s36(307, true);
const v83 = s35(309, true);
const v84 = s35(311, true);
const v88 = s38(325, true);
const v91 = s40(338, true);
const v92 = s40(343, true);
const v93 = s41(348, true);
const v94 = s40(350, true);
const v95 = s43(355, true);
const v96 = s41(361, true);
const v97 = s41(363, true);
const v104 = s45(384, true);
const v112_0 = s6(418);
const v113 = s46(420, true);
const v115 = s46(428, true);
const v117 = s47(434, true);
const v119_0_0 = s9(443);
const v120 = s47(447, true);
const v121_0_0 = s9(455);
const v122 = s48(459, true);
const v124 = s50(463, true);
const v125 = s48(469, true);
const v126 = s48(472, true);
const v127 = s48(475, true);
const v131 = s51(489, true);
const v132 = s51(494, true);
const v135 = s51(508, true);
const v144_0 = s52(543);
const v145 = s54(545, true);
const v150 = s55(574, true);
const v151 = s55(576, true);
const v154 = s55(586, true);
const v156 = s56(593, true);
const v157 = s56(598, true);
const v159 = s56(605, true);
const v161_0 = s6(618);
const v163 = s23(621, true);
const v169 = s58(644, true);
const v170 = s59(650, true);
const v171 = s59(652, true);
const v174_0 = s34(661);
const v176 = s61(665, true);
const v180_0 = s8(688);
const v188 = s62(707, true);
const v189 = s62(709, true);
const v191 = s36(717, true);
const v192 = s62(719, true);
const v194 = s63(726, true);
const v195 = s63(728, true);
const v197_0_0 = s9(742);
const v200 = s64(757, true);
const v201 = s64(759, true);
const v204 = s64(769, true);
const v206 = s65(776, true);
const v207 = s65(781, true);
const v209 = s65(788, true);
const v211 = s66(798, true);
const v212 = s66(800, true);
const v214 = s66(808, true);
const v215 = s66(810, true);
const v216 = s67(812, true);
const v219 = s67(825, true);
const v220 = s68(827, true);
const v222 = s67(835, true);
const v223 = s68(837, true);
const v229 = s69(859, true);
const v231 = s69(862, true);
const v232 = s71(864, true);
const v233 = s69(870, true);
const v234 = s69(872, true);
const v236 = s72(878, true);
const v237 = s72(880, true);
const v239 = s72(888, true);
const v240 = s72(890, true);
const v242 = s73(897, true);
const v244 = s74(900, true);
const v246 = s73(903, true);
const v247 = s76(905, true);
const v248 = s73(911, true);
const v249_0 = s77(915);
const v250 = s74(917, true);
const v253 = s67(921, true);
const v256 = s78(930, true);
const v258 = s78(939, true);
const v262 = s80(955, true);
const v264 = s81(966, true);
const v266 = s81(974, true);
const v267 = s67(979, true);
const v269 = s67(982, true);
const v277 = s83(1005, true);
const v279_0 = s8(1022);
const v279_1 = s8(1027);
const v280 = s26(1030);
const v282_0_0 = s84(1045);
const v284_0_0_0 = s8(1061);
const v287_0_0 = s84(1081);
const v289 = s85(1086, true);
const v290_0 = s8(1099);
const v290_1 = s8(1102);
const v293 = s3(12, false);
const v296 = s86(1131, false);
const v297 = s11(37, false);
const v298 = s22(98, false);
const v301_0 = s24(1149);
const v304_0_0 = s84(1176);
const v309_0_0 = s9(1204);
const v310 = s83(1005, false);
const v311 = s38(325, false);
const v312 = s80(955, false);
const v313 = s45(384, false);
const v314 = s58(644, false);
const v317 = s1(5, false);
const v319_0_0 = s13(1234);
const v321_0 = s8(1247);
const v323 = s17(67, false);
const v325 = s87(1273, true);
const v326 = s88(1280, true);
const v331 = s89(1306, true);
const v334 = s90(1325, true);
const v335_0 = s26(1332);
const v338 = s91(1343, true);
const v342_0_0 = s13(1371);
const v342_1 = s52(1373);
const v343 = s61(665, false);
const v344_0_0 = s13(1384);
const v344_1 = s92(1386);
const v345_0_0 = s13(1396);
const v346_0 = s93(1406);
const v346_1_0 = s13(1412);
const v346_2 = s94(1414);
const v348 = s86(1131, true);
const v349 = s50(463, false);
const v350 = s43(355, false);
const v351 = s33(242, false);
const v352 = s20(90, false);
const v355_0 = s8(1440);
const v356_0_0 = s95(1455);
const v357 = s96(1457, true);
const v360 = s5(26, false);
const v362 = s85(1086, false);
const v363_0 = s34(1494);
const v365_0 = s97(1524);
const v365_1 = s8(1527);
const v366_0 = s97(1537);
const v366_1 = s8(1540);
const v366_3 = s8(1552);
const v369_0_0 = s13(1585);
const v369_1_0 = s13(1588);
const v378 = s99(1636, true);
const v379_0_0 = s13(1645);
const v390_0 = s8(1752);
const v391_0 = s8(1763);
const v392_0 = s8(1772);
const v394 = s100(1778, true);
const v395 = s101(1783, true);
const v399 = s102(1802, true);
const v400_0 = s52(1812);
const v400_1 = s52(1815);
const v400_2 = s103(1818);
const v401_0 = s52(1825);
const v401_1 = s52(1828);
const v401_2 = s103(1833);
const v402 = s71(864, false);
const v404_0 = s52(1847);
const v404_1 = s52(1850);
const v404_2 = s103(1855);
const v406 = s76(905, false);
const v407 = s54(545, false);
const v410 = s104(1875, true);
const v411_1 = s95(1901);
const v411_3 = s52(1909);
const v412_0 = s105(1923);
const v412_1 = s106(1926);
const v412_2 = s107(1929);
const v412_3_0 = s13(1936);
const v412_4 = s108(1938);
const v412_5 = s109(1941);
const v412_6 = s8(1944);
const v412_7 = s77(1947);
const v412_8 = s110(1950);
const v417_0 = s8(1980);
const v417_1 = s8(1983);
const v419 = s111(1986, false);
const v420 = s111(1986, true);
const v426 = s90(1325, false);
const v427 = s99(1636, false);
const v429 = s89(1306, false);
const v433 = s91(1343, false);
const v434_0 = s8(2039);
const v439 = s87(1273, false);
const v440 = s88(1280, false);
const v441 = s112(2053, true);
const v443 = s101(1783, false);
const v453_0 = s113(2095);
const v453_1 = s113(2098);
const v453_2 = s114(2101);
const v453_3_0 = s13(2105);
const v453_4 = s114(2107);
const v453_5_0 = s13(2111);
const v453_6_0 = s13(2114);
const v453_7 = s114(2116);
const v453_8 = s114(2119);
const v453_9 = s114(2122);
const v453_11_0 = s13(2128);
const v453_12_0 = s13(2131);
const v453_13_0 = s13(2134);
const v453_14_0 = s13(2137);
const v454 = s102(1802, false);
const v455 = s104(1875, false);
const v456_0 = s92(2142);
const v457 = s96(1457, false);
const v460 = s116(2154, false);
const v461 = s118(2195, false);
const v463 = s119(2217, true);
const v465 = s100(1778, false);
const v475 = s122(2254, true);
const v476 = s122(2254, false);
const v478_0_0 = s13(2281);
const v478_1 = s92(2283);
const v479 = s112(2053, false);
const v480 = s116(2154, true);
const v481 = s118(2195, true);
const v482 = s119(2217, false);

export const validators = /* @__PURE__ */ defineValidators({
  vendor: "katapult",
  spec: "v1+a62202e404e1",
  nodes: [-1,"/paths/~1organizations~1organization~1api_tokens/get/responses/200/content/application~1json/schema",0,"pagination",0,"api_tokens",0,"api_tokens",3,"/items",-1,"/components/schemas/MissingApiTokenError",5,"error",5,"error",7,"code",7,"description",7,"detail",-1,"/components/responses/ForbiddenOrganizationPermission/content/application~1json/schema",-1,"/components/schemas/OrganizationNotFoundError",12,"error",12,"error",14,"code",14,"description",14,"detail",-1,"/components/schemas/RateLimitReachedError",18,"error",18,"error",20,"code",20,"description",20,"detail",19,"detail",24,"total_permitted",-1,"/components/schemas/ServiceUnavailableError",26,"error",26,"error",28,"code",28,"description",28,"detail",-1,"/paths/~1organizations~1organization~1api_tokens/post/responses/200/content/application~1json/schema",32,"api_token",32,"annotations",32,"annotations",35,"/items",-1,"/components/schemas/ValidationError",37,"error",37,"error",39,"code",39,"description",39,"detail",38,"detail",43,"errors",42,"errors",45,"/items",-1,"/paths/~1api_tokens~1api_token/delete/responses/200/content/application~1json/schema",47,"api_token",-1,"/components/responses/ForbiddenPermission/content/application~1json/schema",-1,"/components/schemas/ApiTokenNotFoundError",50,"error",50,"error",52,"code",52,"description",52,"detail",-1,"/paths/~1api_tokens~1api_token/patch/responses/200/content/application~1json/schema",56,"api_token",56,"annotations",56,"annotations",59,"/items",-1,"/paths/~1api_tokens~1api_token~1regenerate_secret/post/responses/200/content/application~1json/schema",61,"api_token",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster~1access_keys/post/responses/201/content/application~1json/schema",63,"object_storage_access_key",-1,"/components/responses/ForbiddenObjectStorage/content/application~1json/schema",-1,"/components/responses/ObjectStorageAccountNotFound/content/application~1json/schema",-1,"/components/schemas/ObjectInTrashError",67,"error",67,"error",69,"code",69,"description",69,"detail",68,"detail",73,"trash_object",72,"trash_object",74,"/oneOf/1",-1,"/paths/~1organizations~1organization~1object_storage~1access_keys/get/responses/200/content/application~1json/schema",77,"pagination",77,"object_storage_access_keys",77,"object_storage_access_keys",80,"/items",-1,"/paths/~1object_storage~1access_keys~1access_key~1generate_credentials/post/responses/200/content/application~1json/schema",82,"object_storage_access_key",-1,"/components/schemas/ObjectStorageAccessKeyNotFoundError",84,"error",84,"error",86,"code",86,"description",86,"detail",-1,"/components/schemas/TaskQueueingError",90,"error",90,"error",92,"code",92,"description",92,"detail",91,"detail",96,"details",-1,"/components/schemas/ObjectStorageProvisioningError",98,"error",98,"error",100,"code",100,"description",100,"detail",-1,"/paths/~1object_storage~1access_keys~1access_key/get/responses/200/content/application~1json/schema",104,"object_storage_access_key",-1,"/paths/~1object_storage~1access_keys~1access_key/delete/responses/200/content/application~1json/schema",106,"success",-1,"/components/schemas/NetworkError",108,"error",108,"error",110,"code",110,"description",110,"detail",-1,"/paths/~1object_storage~1access_keys~1access_key/patch/responses/200/content/application~1json/schema",114,"object_storage_access_key",-1,"/paths/~1object_storage~1access_keys~1access_key/patch/responses/422/content/application~1json/schema",-1,"/paths/~1address_lists~1address_list~1entries/get/responses/200/content/application~1json/schema",117,"pagination",117,"address_list_entries",117,"address_list_entries",120,"/items",-1,"/components/schemas/AddressListNotFoundError",122,"error",122,"error",124,"code",124,"description",124,"detail",-1,"/paths/~1address_lists~1address_list~1entries/post/responses/201/content/application~1json/schema",128,"address_list_entry",-1,"/paths/~1address_list_entries~1address_list_entry/get/responses/200/content/application~1json/schema",130,"address_list_entry",-1,"/components/responses/Forbidden/content/application~1json/schema",-1,"/components/schemas/AddressListEntryNotFoundError",133,"error",133,"error",135,"code",135,"description",135,"detail",-1,"/paths/~1address_list_entries~1address_list_entry/delete/responses/200/content/application~1json/schema",139,"address_list_entry",-1,"/paths/~1address_list_entries~1address_list_entry/patch/responses/200/content/application~1json/schema",141,"address_list_entry",-1,"/components/schemas/EmptyObject",-1,"/paths/~1address_lists/get/responses/200/content/application~1json/schema",144,"pagination",144,"address_lists",144,"address_lists",147,"/items",-1,"/paths/~1organizations~1organization~1address_lists/get/responses/200/content/application~1json/schema",149,"pagination",149,"address_lists",149,"address_lists",152,"/items",-1,"/paths/~1organizations~1organization~1address_lists/post/responses/201/content/application~1json/schema",154,"address_list",154,"annotations",154,"annotations",157,"/items",-1,"/paths/~1address_lists~1address_list/get/responses/200/content/application~1json/schema",159,"address_list",159,"annotations",159,"annotations",162,"/items",-1,"/paths/~1address_lists~1address_list/delete/responses/200/content/application~1json/schema",164,"address_list",-1,"/paths/~1address_lists~1address_list/patch/responses/200/content/application~1json/schema",166,"address_list",166,"annotations",166,"annotations",169,"/items",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster~1buckets/post/responses/201/content/application~1json/schema",171,"object_storage_bucket",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/get/responses/200/content/application~1json/schema",173,"object_storage_bucket",-1,"/components/responses/ObjectStorageBucketNotFound/content/application~1json/schema",-1,"/components/schemas/MultipleObjectStorageBucketsFoundError",176,"error",176,"error",178,"code",178,"description",178,"detail",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/delete/responses/200/content/application~1json/schema",182,"success",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/delete/responses/403/content/application~1json/schema",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket/patch/responses/200/content/application~1json/schema",185,"object_storage_bucket",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1revoke_presigned_urls/post/responses/200/content/application~1json/schema",187,"success",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1object/get/responses/200/content/application~1json/schema",189,"object_details",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1object/get/responses/404/content/application~1json/schema",-1,"/paths/~1object_storage~1object_storage_cluster~1buckets~1bucket~1presigned_url/post/responses/200/content/application~1json/schema",192,"url",-1,"/paths/~1organizations~1organization~1virtual_machines~1build/post/responses/201/content/application~1json/schema",194,"task",194,"build",194,"virtual_machine_build",194,"hostname",194,"annotations",194,"annotations",200,"/items",-1,"/components/responses/ForbiddenResourceCreation/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1virtual_machines~1build/post/responses/404/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1virtual_machines~1build/post/responses/422/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1virtual_machines~1build_from_spec/post/responses/201/content/application~1json/schema",205,"task",205,"build",205,"virtual_machine_build",205,"hostname",205,"annotations",205,"annotations",211,"/items",-1,"/paths/~1organizations~1organization~1virtual_machines~1build_from_spec/post/responses/400/content/application~1json/schema",-1,"/paths/~1virtual_machines~1builds~1virtual_machine_build/get/responses/200/content/application~1json/schema",214,"virtual_machine_build",214,"build",214,"annotations",214,"annotations",218,"/items",-1,"/components/schemas/BuildNotFoundError",220,"error",220,"error",222,"code",222,"description",222,"detail",-1,"/paths/~1organizations~1organization~1certificates/get/responses/200/content/application~1json/schema",226,"pagination",226,"certificates",226,"certificates",229,"/items",-1,"/components/responses/ForbiddenOrganization/content/application~1json/schema",-1,"/paths/~1certificates~1certificate/get/responses/200/content/application~1json/schema",232,"certificate",-1,"/components/schemas/CertificateNotFoundError",234,"error",234,"error",236,"code",236,"description",236,"detail",-1,"/paths/~1virtual_machines~1virtual_machine~1console_sessions/post/responses/201/content/application~1json/schema",240,"console_session",-1,"/components/schemas/VirtualMachineNotFoundError",242,"error",242,"error",244,"code",244,"description",244,"detail",-1,"/paths/~1virtual_machines~1virtual_machine~1console_sessions/post/responses/406/content/application~1json/schema",-1,"/paths/~1countries/get/responses/200/content/application~1json/schema",249,"pagination",249,"countries",249,"countries",252,"/items",-1,"/paths/~1countries~1country/get/responses/200/content/application~1json/schema",254,"country",-1,"/components/schemas/CountryNotFoundError",256,"error",256,"error",258,"code",258,"description",258,"detail",-1,"/paths/~1countries~1country~1country_states/get/responses/200/content/application~1json/schema",262,"pagination",262,"country_states",262,"country_states",265,"/items",-1,"/paths/~1country_states~1country_state/get/responses/200/content/application~1json/schema",267,"country_state",-1,"/components/schemas/CountryStateNotFoundError",269,"error",269,"error",271,"code",271,"description",271,"detail",-1,"/paths/~1currencies/get/responses/200/content/application~1json/schema",275,"pagination",275,"currencies",275,"currencies",278,"/items",-1,"/paths/~1currencies~1currency/get/responses/200/content/application~1json/schema",280,"currency",-1,"/components/schemas/CurrencyNotFoundError",282,"error",282,"error",284,"code",284,"description",284,"detail",-1,"/paths/~1organizations~1organization~1dns_zones/get/responses/200/content/application~1json/schema",288,"pagination",288,"dns_zones",288,"dns_zones",291,"/items",-1,"/paths/~1organizations~1organization~1dns_zones/post/responses/201/content/application~1json/schema",293,"dns_zone",-1,"/paths/~1organizations~1organization~1dns_zones~1nameservers/get/responses/200/content/application~1json/schema",295,"nameservers",295,"nameservers",297,"/items",-1,"/paths/~1dns_zones~1dns_zone/get/responses/200/content/application~1json/schema",299,"dns_zone",-1,"/components/schemas/DnsZoneNotFoundError",301,"error",301,"error",303,"code",303,"description",303,"detail",-1,"/paths/~1dns_zones~1dns_zone/delete/responses/200/content/application~1json/schema",307,"deleted",-1,"/paths/~1dns_zones~1dns_zone/patch/responses/200/content/application~1json/schema",309,"dns_zone",-1,"/paths/~1dns_zones~1dns_zone~1verify/post/responses/200/content/application~1json/schema",311,"dns_zone",-1,"/components/schemas/DnsZoneNotVerifiedError",313,"error",313,"error",315,"code",315,"description",315,"detail",-1,"/paths/~1data_centers/get/responses/200/content/application~1json/schema",319,"data_centers",319,"data_centers",321,"/items",-1,"/paths/~1data_centers~1data_center/get/responses/200/content/application~1json/schema",323,"data_center",-1,"/components/schemas/DataCenterNotFoundError",325,"error",325,"error",327,"code",327,"description",327,"detail",-1,"/paths/~1data_centers~1data_center~1default_network/get/responses/200/content/application~1json/schema",331,"network",-1,"/paths/~1organizations~1organization~1disk_io_profiles/get/responses/200/content/application~1json/schema",333,"pagination",333,"disk_io_profiles",333,"disk_io_profiles",336,"/items",-1,"/paths/~1organizations~1organization~1disk_backup_policies/get/responses/200/content/application~1json/schema",338,"pagination",338,"disk_backup_policies",338,"disk_backup_policies",341,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1disk_backup_policies/get/responses/200/content/application~1json/schema",343,"pagination",343,"disk_backup_policies",343,"disk_backup_policies",346,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1disk_backup_policies/post/responses/200/content/application~1json/schema",348,"disk_backup_policy",-1,"/paths/~1disks~1disk~1disk_backup_policies/get/responses/200/content/application~1json/schema",350,"pagination",350,"disk_backup_policies",350,"disk_backup_policies",353,"/items",-1,"/components/schemas/DiskNotFoundError",355,"error",355,"error",357,"code",357,"description",357,"detail",-1,"/paths/~1disks~1disk~1disk_backup_policies/post/responses/200/content/application~1json/schema",361,"disk_backup_policy",-1,"/paths/~1disk_backup_policies~1disk_backup_policy/get/responses/200/content/application~1json/schema",363,"disk_backup_policy",-1,"/components/schemas/DiskBackupPolicyNotFoundError",365,"error",365,"error",367,"code",367,"description",367,"detail",-1,"/paths/~1disk_backup_policies~1disk_backup_policy/delete/responses/200/content/application~1json/schema",371,"disk_backup_policy",-1,"/paths/~1disk_backup_policies~1disk_backup_policy/patch/responses/200/content/application~1json/schema",373,"disk_backup_policy",-1,"/paths/~1disk_backup_policies~1disk_backup_policy~1schedule/delete/responses/200/content/application~1json/schema",375,"disk_backup_policy",-1,"/paths/~1disk_backup_policies~1disk_backup_policy~1schedule/delete/responses/400/content/application~1json/schema",-1,"/paths/~1disk_templates~1disk_template~1versions/get/responses/200/content/application~1json/schema",378,"disk_template",378,"pagination",378,"disk_template_versions",378,"disk_template_versions",382,"/items",-1,"/components/schemas/DiskTemplateNotFoundError",384,"error",384,"error",386,"code",386,"description",386,"detail",-1,"/paths/~1disk_template_versions~1disk_template_version/get/responses/200/content/application~1json/schema",390,"disk_template_version",-1,"/components/schemas/DiskTemplateVersionNotFoundError",392,"error",392,"error",394,"code",394,"description",394,"detail",-1,"/paths/~1disk_template_versions~1disk_template_version~1spec/get/responses/200/content/application~1json/schema",398,"disk_template_version",398,"spec",-1,"/paths/~1organizations~1organization~1disk_templates/get/responses/200/content/application~1json/schema",401,"pagination",401,"disk_templates",401,"disk_templates",404,"/items",-1,"/paths/~1organizations~1organization~1disk_templates/get/responses/404/content/application~1json/schema",-1,"/paths/~1disk_templates~1disk_template/get/responses/200/content/application~1json/schema",407,"disk_template",-1,"/paths/~1organizations~1organization~1disks/get/responses/200/content/application~1json/schema",409,"pagination",409,"disk",409,"disk",412,"/items",-1,"/paths/~1organizations~1organization~1disks/post/responses/201/content/application~1json/schema",414,"disk",414,"task",414,"annotations",414,"annotations",418,"/items",-1,"/paths/~1disks~1disk/get/responses/200/content/application~1json/schema",420,"disk",420,"annotations",420,"annotations",423,"/items",-1,"/paths/~1disks~1disk/delete/responses/200/content/application~1json/schema",425,"disk",425,"trash_object",-1,"/paths/~1disks~1disk/patch/responses/200/content/application~1json/schema",428,"disk",428,"annotations",428,"annotations",431,"/items",-1,"/paths/~1disks~1disk/patch/responses/422/content/application~1json/schema",-1,"/paths/~1disks~1disk~1assign/post/responses/200/content/application~1json/schema",434,"disk",-1,"/paths/~1disks~1disk~1assign/post/responses/404/content/application~1json/schema",-1,"/components/schemas/UnableToAssignError",437,"error",437,"error",439,"code",439,"description",439,"detail",438,"detail",443,"errors",442,"errors",445,"/items",-1,"/paths/~1disks~1disk~1unassign/post/responses/200/content/application~1json/schema",447,"disk",-1,"/components/schemas/UnableToUnassignError",449,"error",449,"error",451,"code",451,"description",451,"detail",450,"detail",455,"errors",454,"errors",457,"/items",-1,"/paths/~1disks~1disk~1attach/post/responses/200/content/application~1json/schema",459,"disk",459,"task",-1,"/components/responses/ObjectInTrashOrTaskQueueingError/content/application~1json/schema",-1,"/components/schemas/UnassignedDiskError",463,"error",463,"error",465,"code",465,"description",465,"detail",-1,"/paths/~1disks~1disk~1detach/post/responses/200/content/application~1json/schema",469,"disk",469,"task",-1,"/paths/~1disks~1disk~1resize/put/responses/200/content/application~1json/schema",472,"disk",472,"task",-1,"/paths/~1disks~1disk~1io_profile/put/responses/200/content/application~1json/schema",475,"disk",475,"task",-1,"/paths/~1disks~1disk~1io_profile/put/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machines~1virtual_machine~1disks/get/responses/200/content/application~1json/schema",479,"pagination",479,"disks",479,"disks",482,"/items",-1,"/paths/~1organizations~1organization~1file_storage_volumes/get/responses/200/content/application~1json/schema",484,"pagination",484,"file_storage_volumes",484,"file_storage_volumes",487,"/items",-1,"/paths/~1organizations~1organization~1file_storage_volumes/post/responses/201/content/application~1json/schema",489,"file_storage_volume",489,"annotations",489,"annotations",492,"/items",-1,"/paths/~1file_storage_volumes~1file_storage_volume/get/responses/200/content/application~1json/schema",494,"file_storage_volume",494,"annotations",494,"annotations",497,"/items",-1,"/components/schemas/FileStorageVolumeNotFoundError",499,"error",499,"error",501,"code",501,"description",501,"detail",-1,"/paths/~1file_storage_volumes~1file_storage_volume/delete/responses/200/content/application~1json/schema",505,"trash_object",505,"file_storage_volume",-1,"/paths/~1file_storage_volumes~1file_storage_volume/patch/responses/200/content/application~1json/schema",508,"file_storage_volume",508,"annotations",508,"annotations",511,"/items",-1,"/paths/~1gpu_types/get/responses/200/content/application~1json/schema",513,"pagination",513,"gpu_types",513,"gpu_types",516,"/items",-1,"/paths/~1gpu_types~1gpu_type/get/responses/200/content/application~1json/schema",518,"gpu_type",-1,"/components/schemas/GpuTypeNotFoundError",520,"error",520,"error",522,"code",522,"description",522,"detail",-1,"/paths/~1data_centers~1data_center~1gpu_types/get/responses/200/content/application~1json/schema",526,"pagination",526,"gpu_types",526,"gpu_types",529,"/items",-1,"/paths/~1organizations~1organization~1ip_addresses/get/responses/200/content/application~1json/schema",531,"pagination",531,"ip_addresses",531,"ip_addresses",534,"/items",-1,"/components/schemas/IpAddressResponse",536,"ip_address",-1,"/paths/~1organizations~1organization~1ip_addresses/post/responses/404/content/application~1json/schema",-1,"/components/responses/ServiceUnavailableOrNoAddresses/content/application~1json/schema",-1,"/paths/~1ip_addresses~1ip_address/get/responses/200/content/application~1json/schema",540,"ip_address",540,"allocation",540,"allocation",542,"/oneOf/1",-1,"/components/schemas/IpAddressNotFoundError",545,"error",545,"error",547,"code",547,"description",547,"detail",-1,"/components/schemas/ResourceDoesNotSupportUnallocationError",551,"error",551,"error",553,"code",553,"description",553,"detail",-1,"/components/schemas/NoAllocationError",557,"error",557,"error",559,"code",559,"description",559,"detail",-1,"/paths/~1load_balancers~1load_balancer~1rules/get/responses/200/content/application~1json/schema",563,"pagination",563,"load_balancer_rules",563,"load_balancer_rules",566,"/items",-1,"/components/schemas/LoadBalancerNotFoundError",568,"error",568,"error",570,"code",570,"description",570,"detail",-1,"/paths/~1load_balancers~1load_balancer~1rules/post/responses/200/content/application~1json/schema",574,"load_balancer_rule",-1,"/paths/~1load_balancers~1rules~1load_balancer_rule/get/responses/200/content/application~1json/schema",576,"load_balancer_rule",-1,"/components/schemas/LoadBalancerRuleNotFoundError",578,"error",578,"error",580,"code",580,"description",580,"detail",-1,"/paths/~1load_balancers~1rules~1load_balancer_rule/delete/responses/200/content/application~1json/schema",584,"load_balancer_rule",-1,"/paths/~1load_balancers~1rules~1load_balancer_rule/patch/responses/200/content/application~1json/schema",586,"load_balancer_rule",-1,"/paths/~1organizations~1organization~1load_balancers/get/responses/200/content/application~1json/schema",588,"pagination",588,"load_balancers",588,"load_balancers",591,"/items",-1,"/paths/~1organizations~1organization~1load_balancers/post/responses/201/content/application~1json/schema",593,"load_balancer",593,"annotations",593,"annotations",596,"/items",-1,"/paths/~1load_balancers~1load_balancer/get/responses/200/content/application~1json/schema",598,"load_balancer",598,"annotations",598,"annotations",601,"/items",-1,"/paths/~1load_balancers~1load_balancer/delete/responses/200/content/application~1json/schema",603,"load_balancer",-1,"/paths/~1load_balancers~1load_balancer/patch/responses/200/content/application~1json/schema",605,"load_balancer",605,"annotations",605,"annotations",608,"/items",-1,"/paths/~1organizations~1organization~1managed/get/responses/200/content/application~1json/schema",610,"pagination",610,"organizations",610,"organizations",613,"/items",-1,"/paths/~1organizations~1organization~1managed/post/responses/201/content/application~1json/schema",615,"organization",615,"annotations",615,"annotations",618,"/items",-1,"/paths/~1organizations~1organization~1managed/post/responses/422/content/application~1json/schema",-1,"/paths/~1managed_organizations~1organization/delete/responses/200/content/application~1json/schema",621,"success",-1,"/paths/~1managed_organizations~1organization/delete/responses/409/content/application~1json/schema",-1,"/components/schemas/DeletionFailedError",624,"error",624,"error",626,"code",626,"description",626,"detail",-1,"/paths/~1organizations~1organization~1network_speed_profiles/get/responses/200/content/application~1json/schema",630,"pagination",630,"network_speed_profiles",630,"network_speed_profiles",633,"/items",-1,"/paths/~1organizations~1organization~1available_networks/get/responses/200/content/application~1json/schema",635,"networks",635,"networks",637,"/items",635,"virtual_networks",635,"virtual_networks",640,"/items",-1,"/paths/~1networks~1network/get/responses/200/content/application~1json/schema",642,"network",-1,"/components/schemas/NetworkNotFoundError",644,"error",644,"error",646,"code",646,"description",646,"detail",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/get/responses/200/content/application~1json/schema",650,"object_storage_account",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/post/responses/201/content/application~1json/schema",652,"object_storage_account",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/post/responses/404/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1object_storage~1object_storage_cluster/delete/responses/200/content/application~1json/schema",655,"trash_object",655,"object_storage_account",-1,"/paths/~1operating_systems/get/responses/200/content/application~1json/schema",658,"pagination",658,"operating_systems",658,"operating_systems",661,"/items",-1,"/paths/~1operating_systems~1operating_system/get/responses/200/content/application~1json/schema",663,"operating_system",-1,"/components/schemas/OperatingSystemNotFoundError",665,"error",665,"error",667,"code",667,"description",667,"detail",-1,"/paths/~1organizations~1organization~1users_with_access/get/responses/200/content/application~1json/schema",671,"pagination",671,"users",671,"users",674,"/items",-1,"/paths/~1organizations/get/responses/200/content/application~1json/schema",676,"organizations",676,"organizations",678,"/items",-1,"/paths/~1organizations~1organization/get/responses/200/content/application~1json/schema",680,"organization",-1,"/paths/~1organizations~1organization~1policy/get/responses/200/content/application~1json/schema",682,"policy_type",682,"policy_name",682,"limits",682,"features",682,"reasons_for_disallowing_resource_creation",682,"reasons_for_disallowing_resource_creation",688,"/items",-1,"/paths/~1organizations~1organization~1policy/get/responses/400/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1policy_limits/get/responses/200/content/application~1json/schema",691,"policy_limits",-1,"/paths/~1organizations~1organization~1prices/get/responses/200/content/application~1json/schema",693,"currency",693,"prices",693,"prices",696,"/items",-1,"/paths/~1organizations~1organization~1prices/get/responses/400/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1deletion_steps/get/responses/200/content/application~1json/schema",699,"steps",-1,"/components/schemas/QueuedTaskResponse",701,"task",-1,"/paths/~1dns_zones~1dns_zone~1records/get/responses/200/content/application~1json/schema",703,"dns_records",703,"dns_records",705,"/items",-1,"/paths/~1dns_zones~1dns_zone~1records/post/responses/200/content/application~1json/schema",707,"dns_record",-1,"/paths/~1dns_records~1dns_record/get/responses/200/content/application~1json/schema",709,"dns_record",-1,"/components/schemas/DnsRecordNotFoundError",711,"error",711,"error",713,"code",713,"description",713,"detail",-1,"/paths/~1dns_records~1dns_record/delete/responses/200/content/application~1json/schema",717,"deleted",-1,"/paths/~1dns_records~1dns_record/patch/responses/200/content/application~1json/schema",719,"dns_record",-1,"/paths/~1organizations~1organization~1ssh_keys/get/responses/200/content/application~1json/schema",721,"pagination",721,"ssh_keys",721,"ssh_keys",724,"/items",-1,"/paths/~1organizations~1organization~1ssh_keys/post/responses/201/content/application~1json/schema",726,"ssh_key",-1,"/paths/~1ssh_keys~1ssh_key/delete/responses/200/content/application~1json/schema",728,"ssh_key",-1,"/components/schemas/SshKeyNotFoundError",730,"error",730,"error",732,"code",732,"description",732,"detail",-1,"/components/schemas/DeletionRestrictedError",736,"error",736,"error",738,"code",738,"description",738,"detail",737,"detail",742,"errors",741,"errors",744,"/items",-1,"/paths/~1security_groups~1security_group~1rules/get/responses/200/content/application~1json/schema",746,"pagination",746,"security_group_rules",746,"security_group_rules",749,"/items",-1,"/components/schemas/SecurityGroupNotFoundError",751,"error",751,"error",753,"code",753,"description",753,"detail",-1,"/paths/~1security_groups~1security_group~1rules/post/responses/200/content/application~1json/schema",757,"security_group_rule",-1,"/paths/~1security_groups~1rules~1security_group_rule/get/responses/200/content/application~1json/schema",759,"security_group_rule",-1,"/components/schemas/SecurityGroupRuleNotFoundError",761,"error",761,"error",763,"code",763,"description",763,"detail",-1,"/paths/~1security_groups~1rules~1security_group_rule/delete/responses/200/content/application~1json/schema",767,"security_group_rule",-1,"/paths/~1security_groups~1rules~1security_group_rule/patch/responses/200/content/application~1json/schema",769,"security_group_rule",-1,"/paths/~1organizations~1organization~1security_groups/get/responses/200/content/application~1json/schema",771,"pagination",771,"security_groups",771,"security_groups",774,"/items",-1,"/paths/~1organizations~1organization~1security_groups/post/responses/200/content/application~1json/schema",776,"security_group",776,"annotations",776,"annotations",779,"/items",-1,"/paths/~1security_groups~1security_group/get/responses/200/content/application~1json/schema",781,"security_group",781,"annotations",781,"annotations",784,"/items",-1,"/paths/~1security_groups~1security_group/delete/responses/200/content/application~1json/schema",786,"security_group",-1,"/paths/~1security_groups~1security_group/patch/responses/200/content/application~1json/schema",788,"security_group",788,"annotations",788,"annotations",791,"/items",-1,"/paths/~1organizations~1organization~1tags/get/responses/200/content/application~1json/schema",793,"pagination",793,"tags",793,"tags",796,"/items",-1,"/paths/~1organizations~1organization~1tags/post/responses/200/content/application~1json/schema",798,"tag",-1,"/paths/~1tags~1tag/get/responses/200/content/application~1json/schema",800,"tag",-1,"/components/schemas/TagNotFoundError",802,"error",802,"error",804,"code",804,"description",804,"detail",-1,"/paths/~1tags~1tag/delete/responses/200/content/application~1json/schema",808,"tag",-1,"/paths/~1tags~1tag/patch/responses/200/content/application~1json/schema",810,"tag",-1,"/paths/~1tasks~1task/get/responses/200/content/application~1json/schema",812,"task",-1,"/components/schemas/TaskNotFoundError",814,"error",814,"error",816,"code",816,"description",816,"detail",-1,"/paths/~1organizations~1organization~1trash_objects/get/responses/200/content/application~1json/schema",820,"pagination",820,"trash_objects",820,"trash_objects",823,"/items",-1,"/paths/~1organizations~1organization~1trash_objects~1purge_all/post/responses/200/content/application~1json/schema",825,"task",-1,"/paths/~1trash_objects~1trash_object/get/responses/200/content/application~1json/schema",827,"trash_object",-1,"/components/schemas/TrashObjectNotFoundError",829,"error",829,"error",831,"code",831,"description",831,"detail",-1,"/paths/~1trash_objects~1trash_object/delete/responses/200/content/application~1json/schema",835,"task",-1,"/paths/~1trash_objects~1trash_object~1restore/post/responses/200/content/application~1json/schema",837,"trash_object",-1,"/paths/~1users~1current/get/responses/200/content/application~1json/schema",839,"user",839,"organizations",839,"organizations",842,"/items",839,"api_token_id",-1,"/components/schemas/NoUserAssociatedWithIdentityError",845,"error",845,"error",847,"code",847,"description",847,"detail",-1,"/paths/~1invalidate_linked_web_session/post/responses/200/content/application~1json/schema",851,"status",-1,"/paths/~1invalidate_linked_web_session/post/responses/400/content/application~1json/schema",-1,"/paths/~1organizations~1organization~1virtual_networks/get/responses/200/content/application~1json/schema",854,"pagination",854,"virtual_networks",854,"virtual_networks",857,"/items",-1,"/paths/~1organizations~1organization~1virtual_networks/post/responses/200/content/application~1json/schema",859,"virtual_network",-1,"/paths/~1organizations~1organization~1virtual_networks/post/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_networks~1virtual_network/get/responses/200/content/application~1json/schema",862,"virtual_network",-1,"/components/schemas/VirtualNetworkNotFoundError",864,"error",864,"error",866,"code",866,"description",866,"detail",-1,"/paths/~1virtual_networks~1virtual_network/delete/responses/200/content/application~1json/schema",870,"virtual_network",-1,"/paths/~1virtual_networks~1virtual_network/patch/responses/200/content/application~1json/schema",872,"virtual_network",-1,"/paths/~1organizations~1organization~1virtual_machine_groups/get/responses/200/content/application~1json/schema",874,"virtual_machine_groups",874,"virtual_machine_groups",876,"/items",-1,"/paths/~1organizations~1organization~1virtual_machine_groups/post/responses/200/content/application~1json/schema",878,"virtual_machine_group",-1,"/paths/~1virtual_machine_groups~1virtual_machine_group/get/responses/200/content/application~1json/schema",880,"virtual_machine_group",-1,"/components/schemas/VirtualMachineGroupNotFoundError",882,"error",882,"error",884,"code",884,"description",884,"detail",-1,"/paths/~1virtual_machine_groups~1virtual_machine_group/delete/responses/200/content/application~1json/schema",888,"virtual_machine_group",-1,"/paths/~1virtual_machine_groups~1virtual_machine_group/patch/responses/200/content/application~1json/schema",890,"virtual_machine_group",-1,"/paths/~1virtual_machines~1virtual_machine~1network_interfaces/get/responses/200/content/application~1json/schema",892,"pagination",892,"virtual_machine_network_interfaces",892,"virtual_machine_network_interfaces",895,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1network_interfaces/post/responses/200/content/application~1json/schema",897,"virtual_machine_network_interface",-1,"/paths/~1virtual_machines~1virtual_machine~1network_interfaces/post/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machines~1virtual_machine~1networks~1network~1interface/get/responses/200/content/application~1json/schema",900,"virtual_machine_network_interface",-1,"/paths/~1virtual_machines~1virtual_machine~1networks~1network~1interface/get/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface/get/responses/200/content/application~1json/schema",903,"virtual_machine_network_interface",-1,"/components/schemas/VirtualMachineNetworkInterfaceNotFoundError",905,"error",905,"error",907,"code",907,"description",907,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface/delete/responses/200/content/application~1json/schema",911,"virtual_machine_network_interface",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1available_ips~1address_version/get/responses/200/content/application~1json/schema",913,"ip_addresses",913,"ip_addresses",915,"/items",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1allocate_ip/post/responses/200/content/application~1json/schema",917,"virtual_machine_network_interface",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1allocate_ip/post/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1allocate_ip/post/responses/422/content/application~1json/schema",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1update_speed_profile/patch/responses/200/content/application~1json/schema",921,"task",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1update_speed_profile/patch/responses/404/content/application~1json/schema",-1,"/components/schemas/SpeedProfileAlreadyAssignedError",924,"error",924,"error",926,"code",926,"description",926,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1attach/post/responses/200/content/application~1json/schema",930,"virtual_machine_network_interface",930,"task",-1,"/components/schemas/VirtualMachineNetworkInterfaceAlreadyAttachedError",933,"error",933,"error",935,"code",935,"description",935,"detail",-1,"/paths/~1virtual_machine_network_interfaces~1virtual_machine_network_interface~1detach/post/responses/200/content/application~1json/schema",939,"virtual_machine_network_interface",939,"task",-1,"/components/schemas/VirtualMachineNetworkInterfaceAlreadyDetachedError",942,"error",942,"error",944,"code",944,"description",944,"detail",-1,"/paths/~1virtual_machine_packages/get/responses/200/content/application~1json/schema",948,"pagination",948,"virtual_machine_packages",948,"virtual_machine_packages",951,"/items",-1,"/paths/~1virtual_machine_packages~1virtual_machine_package/get/responses/200/content/application~1json/schema",953,"virtual_machine_package",-1,"/components/schemas/PackageNotFoundError",955,"error",955,"error",957,"code",957,"description",957,"detail",-1,"/paths/~1organizations~1organization~1virtual_machines/get/responses/200/content/application~1json/schema",961,"pagination",961,"virtual_machines",961,"virtual_machines",964,"/items",-1,"/paths/~1virtual_machines~1virtual_machine/get/responses/200/content/application~1json/schema",966,"virtual_machine",966,"annotations",966,"annotations",969,"/items",-1,"/paths/~1virtual_machines~1virtual_machine/delete/responses/200/content/application~1json/schema",971,"trash_object",971,"virtual_machine",-1,"/paths/~1virtual_machines~1virtual_machine/patch/responses/200/content/application~1json/schema",974,"virtual_machine",974,"annotations",974,"annotations",977,"/items",-1,"/paths/~1virtual_machines~1virtual_machine~1package/put/responses/200/content/application~1json/schema",979,"task",-1,"/paths/~1virtual_machines~1virtual_machine~1package/put/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machines~1virtual_machine~1flexible_resources/put/responses/200/content/application~1json/schema",982,"task",-1,"/paths/~1virtual_machines~1virtual_machine~1flexible_resources/put/responses/403/content/application~1json/schema",-1,"/paths/~1virtual_machines~1virtual_machine~1allocate_ip/post/responses/404/content/application~1json/schema",-1,"/paths/~1virtual_machines~1virtual_machine~1allocate_ip/post/responses/422/content/application~1json/schema",-1,"/components/schemas/NoVirtualMachineForApiTokenError",987,"error",987,"error",989,"code",989,"description",989,"detail",-1,"/components/schemas/ContinuousManagementDisabledError",993,"error",993,"error",995,"code",995,"description",995,"detail",-1,"/paths/~1zones/get/responses/200/content/application~1json/schema",999,"zones",999,"zones",1001,"/items",-1,"/paths/~1zones~1zone/get/responses/200/content/application~1json/schema",1003,"zone",-1,"/components/schemas/ZoneNotFoundError",1005,"error",1005,"error",1007,"code",1007,"description",1007,"detail",-1,"/components/schemas/Pagination",1011,"current_page",1011,"total_pages",1011,"total",1011,"per_page",1011,"large_set",-1,"/components/schemas/ApiToken",1017,"id",1017,"name",1017,"organization_id",1017,"authorized_ip_addresses",1017,"authorized_ip_addresses",1022,"/items",1017,"expires_at",1017,"rate_limit",1017,"scopes",1017,"scopes",1027,"/items",1017,"secret",-1,"/components/schemas/EmptyErrorDetail",-1,"/components/schemas/UnauthorizedNetworkForApiTokenError",1031,"error",1031,"error",1033,"code",1033,"description",1033,"detail",1032,"detail",1037,"ip_address",-1,"/components/schemas/InvalidApiTokenError",1039,"error",1039,"error",1041,"code",1041,"description",1041,"detail",1040,"detail",1045,"details",-1,"/components/schemas/InvalidCapabilitiesTokenError",1047,"error",1047,"error",1049,"code",1049,"description",1049,"detail",-1,"/components/schemas/ScopeNotGrantedError",1053,"error",1053,"error",1055,"code",1055,"description",1055,"detail",1054,"detail",1059,"scopes",1058,"scopes",1061,"/items",-1,"/components/schemas/OrganizationSuspendedError",1063,"error",1063,"error",1065,"code",1065,"description",1065,"detail",-1,"/components/schemas/OrganizationNotActivatedError",1069,"error",1069,"error",1071,"code",1071,"description",1071,"detail",-1,"/components/schemas/PermissionDeniedError",1075,"error",1075,"error",1077,"code",1077,"description",1077,"detail",1076,"detail",1081,"details",-1,"/components/schemas/KeyValue",1083,"key",1083,"value",-1,"/components/schemas/NamedReference",1086,"id",1086,"name",-1,"/components/schemas/ObjectStorageAccessKey",1089,"id",1089,"name",1089,"created_at",1089,"region",1089,"state",1089,"all_buckets_read",1089,"all_objects_read",1089,"all_objects_write",1089,"read_buckets",1089,"read_buckets",1099,"/items",1089,"write_buckets",1089,"write_buckets",1102,"/items",1089,"server_url",1089,"s3_access_key_id",1089,"s3_secret_access_key",-1,"/components/schemas/ObjectStorageAccountNotProvisionedError",1107,"error",1107,"error",1109,"code",1109,"description",1109,"detail",-1,"/components/schemas/ObjectStorageAccountSuspendedError",1113,"error",1113,"error",1115,"code",1115,"description",1115,"detail",-1,"/components/schemas/ObjectStorageClusterNotFoundError",1119,"error",1119,"error",1121,"code",1121,"description",1121,"detail",-1,"/components/schemas/ObjectStorageAccountNotFoundError",1125,"error",1125,"error",1127,"code",1127,"description",1127,"detail",-1,"/components/schemas/TrashObject",1131,"id",1131,"keep_until",1131,"object_id",1131,"object_type",-1,"/components/schemas/AddressListEntry",1136,"id",1136,"address",1136,"name",-1,"/components/schemas/AddressListSummary",1140,"id",1140,"name",1140,"global",-1,"/components/schemas/AddressList",1144,"id",1144,"name",1144,"global",1144,"entries",1144,"entries",1149,"/items",-1,"/components/schemas/ObjectStorageBucket",1151,"name",1151,"label",1151,"created_at",1151,"state",1151,"custom_domain",1151,"object_count",1151,"size",1151,"serve_static_site",1151,"static_site_index",1151,"static_site_error",1151,"public_url",1151,"access_control_list",-1,"/components/schemas/ObjectStorageBucketNotFoundError",1164,"error",1164,"error",1166,"code",1166,"description",1166,"detail",-1,"/components/schemas/ObjectStorageBucketDeletionError",1170,"error",1170,"error",1172,"code",1172,"description",1172,"detail",1171,"detail",1176,"details",-1,"/components/schemas/ObjectStorageObject",1178,"filename",1178,"bucket_name",1178,"full_path",1178,"public_url",1178,"size",1178,"folder",-1,"/components/schemas/ObjectNotFoundError",1185,"error",1185,"error",1187,"code",1187,"description",1187,"detail",-1,"/components/schemas/QueuedTask",1191,"id",1191,"name",1191,"status",-1,"/components/schemas/VirtualMachineBuildSummary",1195,"id",1195,"state",-1,"/components/schemas/ResourceCreationRestrictedError",1198,"error",1198,"error",1200,"code",1200,"description",1200,"detail",1199,"detail",1204,"errors",1203,"errors",1206,"/items",-1,"/components/schemas/LocationRequiredError",1208,"error",1208,"error",1210,"code",1210,"description",1210,"detail",-1,"/components/schemas/OneSystemDiskRequiredError",1214,"error",1214,"error",1216,"code",1216,"description",1216,"detail",-1,"/components/schemas/InvalidSpecXmlError",1220,"error",1220,"error",1222,"code",1222,"description",1222,"detail",1221,"detail",1226,"errors",-1,"/components/schemas/VirtualMachineBuild",1228,"id",1228,"spec_xml",1228,"state",1228,"virtual_machine",1228,"virtual_machine",1232,"/oneOf/1",1228,"created_at",-1,"/components/schemas/CertificateSummary",1236,"id",1236,"name",1236,"issuer",1236,"state",1236,"expires_at",1236,"last_issued_at",-1,"/components/schemas/Certificate",1243,"id",1243,"name",1243,"additional_names",1243,"additional_names",1247,"/items",1243,"issuer",1243,"state",1243,"created_at",1243,"expires_at",1243,"last_issued_at",1243,"issue_error",1243,"authorization_method",1243,"certificate_api_url",1243,"certificate",1243,"chain",1243,"private_key",-1,"/components/schemas/ConsoleSession",1260,"id",1260,"url",1260,"expires_at",1260,"virtual_machine",-1,"/components/schemas/VirtualMachineMustBeStartedError",1265,"error",1265,"error",1267,"code",1267,"description",1267,"detail",1266,"detail",1271,"current_state",-1,"/components/schemas/Country",1273,"id",1273,"name",1273,"iso_code2",1273,"iso_code3",1273,"time_zone",1273,"eu",-1,"/components/schemas/CountryState",1280,"id",1280,"name",1280,"code",1280,"country",-1,"/components/schemas/Currency",1285,"id",1285,"name",1285,"iso_code",1285,"symbol",-1,"/components/schemas/DnsZone",1290,"id",1290,"name",1290,"default_ttl",1290,"verified",-1,"/components/schemas/DataCenterSummary",1295,"id",1295,"name",1295,"permalink",1295,"country",-1,"/components/schemas/AvailableNetwork",1300,"id",1300,"name",1300,"permalink",1300,"default",1300,"data_center",-1,"/components/schemas/DiskIoProfile",1306,"id",1306,"name",1306,"permalink",1306,"speed_in_mb",1306,"iops",-1,"/components/schemas/DiskBackupPolicySummary",1312,"id",1312,"retention",1312,"total_size",1312,"target",1312,"schedule",-1,"/components/schemas/DiskBackupPolicy",1318,"id",1318,"retention",1318,"total_size",1318,"target",1318,"schedule",1318,"auto_move_to_trash_at",-1,"/components/schemas/IdReference",1325,"id",-1,"/components/schemas/DiskBackupPolicyUpdate",1327,"id",1327,"retention",1327,"target",1327,"schedule",1327,"schedule",-1,"/components/schemas/DiskBackupPolicyScheduledDeletion",1333,"id",1333,"target",1333,"auto_move_to_trash_at",-1,"/components/schemas/InvalidTimestampError",1337,"error",1337,"error",1339,"code",1339,"description",1339,"detail",-1,"/components/schemas/PermalinkReference",1343,"id",1343,"name",1343,"permalink",-1,"/components/schemas/DiskTemplateVersionSummary",1347,"id",1347,"number",1347,"stable",1347,"size_in_gb",-1,"/components/schemas/DiskTemplateVersionDetail",1352,"id",1352,"number",1352,"stable",1352,"size_in_gb",1352,"disk_template",-1,"/components/schemas/TemplateSpec",1358,"fields",1358,"fields",1360,"/items",-1,"/components/schemas/DiskTemplateSummary",1362,"id",1362,"name",1362,"description",1362,"permalink",1362,"universal",1362,"size_in_gb",1362,"latest_version",1362,"latest_version",1369,"/oneOf/1",1362,"operating_system",1362,"operating_system",1372,"/oneOf/1",-1,"/components/schemas/DiskTemplateDetail",1375,"id",1375,"name",1375,"description",1375,"permalink",1375,"universal",1375,"size_in_gb",1375,"latest_version",1375,"latest_version",1382,"/oneOf/1",1375,"operating_system",1375,"operating_system",1385,"/oneOf/1",-1,"/components/schemas/DiskSummary",1388,"id",1388,"name",1388,"size_in_gb",1388,"wwn",1388,"state",1388,"virtual_machine_disk",1388,"virtual_machine_disk",1394,"/oneOf/1",-1,"/components/schemas/Disk",1397,"id",1397,"name",1397,"size_in_gb",1397,"wwn",1397,"state",1397,"created_at",1397,"storage_speed",1397,"io_profile",1397,"io_profile",1405,"/oneOf/1",1397,"bus_type",1397,"data_center",1397,"virtual_machine_disk",1397,"virtual_machine_disk",1410,"/oneOf/1",1397,"installation",1397,"installation",1413,"/oneOf/1",-1,"/components/schemas/Task",1416,"id",1416,"name",1416,"status",1416,"created_at",1416,"started_at",1416,"finished_at",1416,"progress",-1,"/components/schemas/DiskIoProfileNotFoundError",1424,"error",1424,"error",1426,"code",1426,"description",1426,"detail",-1,"/components/schemas/VirtualMachineDiskAttachment",1430,"disk",1430,"attach_on_boot",1430,"boot",1430,"state",-1,"/components/schemas/FileStorageVolumeSummary",1435,"id",1435,"name",1435,"data_center",1435,"associations",1435,"associations",1440,"/items",1435,"state",1435,"nfs_location",1435,"size",-1,"/components/schemas/GpuTypeDetail",1445,"id",1445,"name",1445,"manufacturer",1445,"memory_in_gb",1445,"memory_type",1445,"permalink",1445,"data_centers",1445,"data_centers",1453,"/items",1452,"/items",1454,"/oneOf/1",-1,"/components/schemas/GpuTypeSummary",1457,"id",1457,"name",1457,"manufacturer",1457,"memory_in_gb",1457,"memory_type",1457,"permalink",-1,"/components/schemas/IpAddressSummary",1464,"id",1464,"address",1464,"reverse_dns",1464,"vip",1464,"allocation_id",1464,"allocation_type",-1,"/components/schemas/IpAddress",1471,"id",1471,"address",1471,"reverse_dns",1471,"vip",1471,"label",1471,"address_with_mask",1471,"network",1471,"allocation_id",1471,"allocation_type",-1,"/components/schemas/NoAvailableAddressesError",1481,"error",1481,"error",1483,"code",1483,"description",1483,"detail",-1,"/components/schemas/LoadBalancerRuleSummary",1487,"id",1487,"algorithm",1487,"destination_port",1487,"listen_port",1487,"protocol",1487,"certificates",1487,"certificates",1494,"/items",1487,"check_enabled",-1,"/components/schemas/LoadBalancerRule",1497,"id",1497,"algorithm",1497,"destination_port",1497,"listen_port",1497,"protocol",1497,"proxy_protocol",1497,"certificates",1497,"certificates",1505,"/items",1497,"backend_ssl",1497,"passthrough_ssl",1497,"check_enabled",1497,"check_fall",1497,"check_interval",1497,"check_path",1497,"check_protocol",1497,"check_rise",1497,"check_timeout",1497,"check_http_statuses",1497,"load_balancer",-1,"/components/schemas/LoadBalancerSummary",1518,"id",1518,"name",1518,"api_reference",1518,"resource_type",1518,"resources",1518,"resources",1524,"/items",1518,"resource_ids",1518,"resource_ids",1527,"/items",1518,"ip_address",1518,"data_center",-1,"/components/schemas/LoadBalancer",1531,"id",1531,"name",1531,"api_reference",1531,"resource_type",1531,"resources",1531,"resources",1537,"/items",1531,"resource_ids",1531,"resource_ids",1540,"/items",1531,"ip_address",1531,"https_redirect",1531,"backend_certificate",1531,"backend_certificate_key",1531,"data_center",1531,"enable_weighting",1531,"weights",1531,"weights",1549,"/items",1531,"standby_vms",1531,"standby_vms",1552,"/items",-1,"/components/schemas/LoadBalancerReference",1554,"id",1554,"name",1554,"api_reference",-1,"/components/schemas/ManagedOrganization",1558,"id",1558,"name",1558,"sub_domain",1558,"infrastructure_domain",1558,"created_at",1558,"managed",-1,"/components/schemas/Organization",1565,"id",1565,"name",1565,"sub_domain",1565,"infrastructure_domain",1565,"created_at",1565,"activated_at",1565,"suspended",1565,"managed",1565,"billing_name",1565,"address1",1565,"address2",1565,"address3",1565,"address4",1565,"postcode",1565,"vat_number",1565,"phone_number",1565,"currency",1565,"country",1565,"country",1583,"/oneOf/1",1565,"country_state",1565,"country_state",1586,"/oneOf/1",-1,"/components/schemas/OrganizationLimitReachedError",1589,"error",1589,"error",1591,"code",1591,"description",1591,"detail",-1,"/components/schemas/DeletionStepsNotSatisfiedError",1595,"error",1595,"error",1597,"code",1597,"description",1597,"detail",1596,"detail",1601,"steps",-1,"/components/schemas/ManagedOrganizationRequiredError",1603,"error",1603,"error",1605,"code",1605,"description",1605,"detail",-1,"/components/schemas/NetworkSpeedProfile",1609,"id",1609,"name",1609,"upload_speed_in_mbit",1609,"download_speed_in_mbit",1609,"permalink",-1,"/components/schemas/AvailableVirtualNetwork",1615,"id",1615,"name",1615,"data_center",-1,"/components/schemas/Network",1619,"id",1619,"name",1619,"permalink",1619,"default",1619,"data_center",-1,"/components/schemas/ObjectStorageAccount",1625,"region",1625,"created_at",1625,"provisioning_state",1625,"size",1625,"bucket_count",1625,"data_center",-1,"/components/schemas/TrashObjectSummary",1632,"id",1632,"keep_until",1632,"object_type",-1,"/components/schemas/OperatingSystem",1636,"id",1636,"name",1636,"badge",1636,"badge",1639,"/oneOf/1",-1,"/components/schemas/UserSummary",1642,"user",1642,"user",1643,"/oneOf/1",-1,"/components/schemas/OrganizationSummary",1646,"id",1646,"name",1646,"sub_domain",1646,"infrastructure_domain",1646,"created_at",1646,"activated_at",1646,"suspended",1646,"managed",-1,"/components/schemas/PolicyLimits",1655,"uninvoiced_balance",1655,"virtual_machines",1655,"virtual_machine_memory",1655,"managed_organizations",1655,"unallocated_ip_addresses",1655,"disk_space",1655,"security_groups",1655,"virtual_networks",1655,"load_balancers",1655,"dns_zones",1655,"certificates",1655,"file_storage_volumes",1655,"isos",1655,"disk_iops",1655,"network_speed",-1,"/components/schemas/PolicyFeatures",1671,"disk_bus_configuration",1671,"zone_selection",1671,"restricted_traffic_types",1671,"suspension",1671,"flexible_virtual_machine_resources",-1,"/components/schemas/PolicyNotAvailableForManagedOrganizationsError",1677,"error",1677,"error",1679,"code",1679,"description",1679,"detail",-1,"/components/schemas/OrganizationPolicy",1683,"maximum_uninvoiced_balance",1683,"maximum_virtual_machines",1683,"maximum_virtual_machine_memory",1683,"maximum_disk_space",1683,"maximum_managed_organizations",1683,"maximum_unallocated_ip_addresses",1683,"maximum_security_groups",1683,"maximum_virtual_networks",1683,"maximum_load_balancers",1683,"maximum_dns_zones",1683,"maximum_certificates",1683,"maximum_file_storage_volumes",1683,"maximum_isos",1683,"maximum_disk_size",1683,"minimum_disk_size",1683,"flexible_virtual_machine_resources",1683,"allow_suspension",1683,"allow_restricted_traffic_types",-1,"/components/schemas/PriceResourceWithSinglePriceVariant",1702,"resource",1702,"category",1702,"description",1702,"price",1702,"variants",1702,"variants",1708,"/items",-1,"/components/schemas/PricesNotAvailableForManagedOrganizationsError",1710,"error",1710,"error",1712,"code",1712,"description",1712,"detail",-1,"/components/schemas/OrganizationDeletionSteps",1716,"managed_organizations",1716,"virtual_machines",1716,"disks",1716,"file_storage_volumes",1716,"disk_backup_policies",1716,"isos",1716,"disk_templates",1716,"load_balancers",1716,"dns_zones",1716,"empty_trash",1716,"virtual_networks",1716,"ip_addresses",1716,"object_storage",1716,"ensure_zero_balance",1716,"ensure_no_outstanding_invoices",-1,"/components/schemas/DnsRecord",1732,"id",1732,"name",1732,"full_name",1732,"ttl",1732,"type",1732,"priority",1732,"content",1732,"content_attributes",-1,"/components/schemas/SshKey",1741,"id",1741,"name",1741,"fingerprint",-1,"/components/schemas/SecurityGroupRuleSummary",1745,"id",1745,"direction",1745,"protocol",1745,"action",1745,"ports",1745,"targets",1745,"targets",1752,"/items",1745,"notes",-1,"/components/schemas/SecurityGroupRule",1755,"id",1755,"security_group",1755,"direction",1755,"protocol",1755,"action",1755,"ports",1755,"targets",1755,"targets",1763,"/items",1755,"notes",-1,"/components/schemas/SecurityGroup",1766,"id",1766,"name",1766,"allow_all_inbound",1766,"allow_all_outbound",1766,"associations",1766,"associations",1772,"/items",-1,"/components/schemas/TagSummary",1774,"id",1774,"name",1774,"color",-1,"/components/schemas/Tag",1778,"id",1778,"name",1778,"color",1778,"created_at",-1,"/components/schemas/User",1783,"id",1783,"first_name",1783,"last_name",1783,"avatar_url",-1,"/components/schemas/OrganizationReference",1788,"id",1788,"name",1788,"sub_domain",-1,"/components/schemas/IdentityNotLinkedToWebSessionError",1792,"error",1792,"error",1794,"code",1794,"description",1794,"detail",-1,"/components/schemas/VirtualNetwork",1798,"id",1798,"name",1798,"data_center",-1,"/components/schemas/VirtualMachineGroup",1802,"id",1802,"name",1802,"segregate",1802,"auto_segregate",1802,"created_at",-1,"/components/schemas/VirtualMachineNetworkInterfaceSummary",1808,"id",1808,"name",1808,"network",1808,"network",1811,"/oneOf/1",1808,"virtual_network",1808,"virtual_network",1814,"/oneOf/1",1808,"ip_addresses",1808,"ip_addresses",1818,"/items",-1,"/components/schemas/VirtualMachineNetworkInterfaceDetail",1820,"id",1820,"virtual_machine",1820,"name",1820,"network",1820,"network",1824,"/oneOf/1",1820,"virtual_network",1820,"virtual_network",1827,"/oneOf/1",1820,"mac_address",1820,"state",1820,"ip_addresses",1820,"ip_addresses",1833,"/items",1820,"speed_profile",-1,"/components/schemas/NetworkSpeedProfileNotFoundError",1836,"error",1836,"error",1838,"code",1838,"description",1838,"detail",-1,"/components/schemas/VirtualMachineNetworkInterface",1842,"id",1842,"virtual_machine",1842,"name",1842,"network",1842,"network",1846,"/oneOf/1",1842,"virtual_network",1842,"virtual_network",1849,"/oneOf/1",1842,"mac_address",1842,"state",1842,"ip_addresses",1842,"ip_addresses",1855,"/items",-1,"/components/schemas/InterfaceNotFoundError",1857,"error",1857,"error",1859,"code",1859,"description",1859,"detail",-1,"/components/schemas/IpAlreadyAllocatedError",1863,"error",1863,"error",1865,"code",1865,"description",1865,"detail",-1,"/components/schemas/InvalidIpError",1869,"error",1869,"error",1871,"code",1871,"description",1871,"detail",-1,"/components/schemas/VirtualMachinePackage",1875,"id",1875,"name",1875,"permalink",1875,"cpu_cores",1875,"ipv4_addresses",1875,"memory_in_gb",1875,"storage_in_gb",1875,"monthly_bandwidth_allowance_in_gb",1875,"privacy",1875,"icon",1875,"icon",1885,"/oneOf/1",1875,"use_dedicated_cpus",1875,"group",-1,"/components/schemas/VirtualMachineSummary",1890,"id",1890,"name",1890,"hostname",1890,"fqdn",1890,"created_at",1890,"zone",1890,"package",1890,"package",1898,"name",1890,"gpu_type",1890,"gpu_type",1900,"/oneOf/1",1890,"ip_addresses",1890,"ip_addresses",1904,"/items",1903,"/items",1906,"address",1890,"hypervisor",1890,"hypervisor",1908,"/oneOf/1",-1,"/components/schemas/VirtualMachine",1911,"id",1911,"name",1911,"hostname",1911,"fqdn",1911,"description",1911,"created_at",1911,"initial_root_password",1911,"state",1911,"zone",1911,"organization",1911,"group",1911,"group",1922,"/oneOf/1",1911,"package",1911,"package",1925,"/oneOf/1",1911,"attached_iso",1911,"attached_iso",1928,"/oneOf/1",1911,"memory_in_gb",1911,"cpu_cores",1911,"use_dedicated_cpus",1911,"gpu_type",1911,"gpu_type",1934,"/oneOf/1",1911,"gpus",1911,"gpus",1938,"/items",1911,"tags",1911,"tags",1941,"/items",1911,"tag_names",1911,"tag_names",1944,"/items",1911,"ip_addresses",1911,"ip_addresses",1947,"/items",1911,"hypervisor",1911,"hypervisor",1949,"/oneOf/1",-1,"/components/schemas/FlexibleResourcesUnavailableToOrganizationError",1952,"error",1952,"error",1954,"code",1954,"description",1954,"detail",-1,"/components/schemas/NoInterfaceAvailableError",1958,"error",1958,"error",1960,"code",1960,"description",1960,"detail",-1,"/components/schemas/ZoneSummary",1964,"id",1964,"name",1964,"permalink",1964,"data_center",-1,"/components/schemas/Zone",1969,"id",1969,"name",1969,"permalink",1969,"data_center",-1,"/components/schemas/ObjectStorageBucketAccessControlList",1974,"public_read",1974,"public_list",1974,"all_keys_read",1974,"all_keys_write",1974,"read_key_ids",1974,"read_key_ids",1980,"/items",1974,"write_key_ids",1974,"write_key_ids",1983,"/items",-1,"/components/schemas/TaskStatus",-1,"/components/schemas/VirtualMachineOverview",1986,"id",1986,"name",1986,"hostname",1986,"fqdn",1986,"state",-1,"/components/schemas/DiskBackupPolicyTarget",1992,"target",1992,"target",-1,"/components/schemas/ScheduleReference",1995,"interval",1995,"next_invocation_at",-1,"/components/schemas/Schedule",1998,"frequency",1998,"interval",1998,"minute",1998,"next_invocation_at",1998,"time",-1,"/components/schemas/TemplateSpecField",2004,"name",2004,"type",2004,"label",2004,"description",2004,"required",2004,"placeholder",2004,"prefill",-1,"/components/schemas/DiskTemplateVersionReference",2012,"id",2012,"number",-1,"/components/schemas/VirtualMachineDiskReference",2015,"virtual_machine",-1,"/components/schemas/VirtualMachineDiskSummary",2017,"virtual_machine",2017,"attach_on_boot",2017,"boot",2017,"state",-1,"/components/schemas/DiskInstallation",2022,"id",2022,"disk_template_version",2022,"attributes",2022,"attributes",2026,"/items",-1,"/components/schemas/DiskReference",2028,"id",2028,"name",2028,"size_in_gb",2028,"wwn",2028,"state",2028,"created_at",-1,"/components/schemas/CertificateReference",2035,"id",2035,"name",2035,"additional_names",2035,"additional_names",2039,"/items",2035,"state",-1,"/components/schemas/LoadBalancerResource",2042,"resources",2042,"resources",-1,"/components/schemas/IpAddressReference",2045,"address",-1,"/components/schemas/AddressReference",2047,"id",2047,"address",-1,"/components/schemas/LoadBalancerWeight",2050,"virtual_machine_id",2050,"weight",-1,"/components/schemas/DataCenter",2053,"id",2053,"name",2053,"permalink",2053,"country",-1,"/components/schemas/Attachment",2058,"url",2058,"file_name",2058,"file_type",2058,"file_size",2058,"digest",2058,"token",-1,"/components/schemas/FinancialPolicyLimit",2065,"limit",2065,"current",2065,"currency",-1,"/components/schemas/PolicyLimit",2069,"limit",2069,"current",2069,"unit",-1,"/components/schemas/PolicyLimitWithoutCurrent",2073,"limit",2073,"unit",-1,"/components/schemas/PolicyFeature",2076,"permitted",-1,"/components/schemas/DecimalOrUnlimited",2078,"value",2078,"unlimited",-1,"/components/schemas/IntegerOrUnlimited",2081,"value",2081,"unlimited",-1,"/components/schemas/IntegerValue",2084,"value",-1,"/components/schemas/SinglePriceVariant",2086,"id",2086,"description",2086,"price",-1,"/components/schemas/OrganizationDeletionStep",2090,"satisfied",2090,"description",-1,"/components/schemas/DnsRecordContentAttributes",2093,"A",2093,"A",2094,"/oneOf/1",2093,"AAAA",2093,"AAAA",2097,"/oneOf/1",2093,"ALIAS",2093,"ALIAS",2100,"/oneOf/1",2093,"CAA",2093,"CAA",2103,"/oneOf/1",2093,"CNAME",2093,"CNAME",2106,"/oneOf/1",2093,"HTTPRedirect",2093,"HTTPRedirect",2109,"/oneOf/1",2093,"IPS",2093,"IPS",2112,"/oneOf/1",2093,"MX",2093,"MX",2115,"/oneOf/1",2093,"NS",2093,"NS",2118,"/oneOf/1",2093,"PTR",2093,"PTR",2121,"/oneOf/1",2093,"SOA",2093,"SOA",2093,"SRV",2093,"SRV",2126,"/oneOf/1",2093,"SSHFP",2093,"SSHFP",2129,"/oneOf/1",2093,"TXT",2093,"TXT",2132,"/oneOf/1",2093,"VirtualMachine",2093,"VirtualMachine",2135,"/oneOf/1",-1,"/components/schemas/Iso",2138,"id",2138,"name",2138,"operating_system",2138,"operating_system",2141,"/oneOf/1",-1,"/components/schemas/VirtualMachineGpu",2144,"id",2144,"status",2144,"pending_action",2144,"available",2144,"type",-1,"/components/schemas/Hypervisor",2150,"id",2150,"name",2150,"ip_address",-1,"/components/schemas/BackupPolicyVirtualMachine",2154,"id",2154,"name",2154,"hostname",2154,"fqdn",2154,"description",2154,"created_at",2154,"initial_root_password",2154,"state",2154,"zone",2154,"organization",2154,"group",2154,"group",2165,"/oneOf/1",2154,"package",2154,"package",2168,"/oneOf/1",2154,"attached_iso",2154,"attached_iso",2171,"/oneOf/1",2154,"memory_in_gb",2154,"cpu_cores",2154,"use_dedicated_cpus",2154,"gpu_type",2154,"gpu_type",2177,"/oneOf/1",2154,"gpus",2154,"gpus",2181,"/items",2154,"tags",2154,"tags",2184,"/items",2154,"tag_names",2154,"tag_names",2187,"/items",2154,"ip_addresses",2154,"ip_addresses",2190,"/items",2154,"hypervisor",2154,"hypervisor",2192,"/oneOf/1",-1,"/components/schemas/BackupPolicyDisk",2195,"id",2195,"name",2195,"size_in_gb",2195,"wwn",2195,"state",2195,"created_at",2195,"storage_speed",2195,"io_profile",2195,"io_profile",2203,"/oneOf/1",2195,"bus_type",2195,"data_center",2195,"virtual_machine_disk",2195,"virtual_machine_disk",2208,"/oneOf/1",2195,"installation",2195,"installation",2211,"/oneOf/1",-1,"/components/schemas/VirtualMachineReference",2214,"id",2214,"fqdn",-1,"/components/schemas/DiskTemplateVersion",2217,"id",2217,"number",2217,"stable",2217,"size_in_gb",2217,"disk_template",-1,"/components/schemas/DiskInstallationAttribute",2223,"key",2223,"label",2223,"value",2223,"description",2223,"protect",-1,"/components/schemas/DnsRecordAddressAttributes",2229,"ip_address",-1,"/components/schemas/DnsRecordHostnameAttributes",2231,"hostname",-1,"/components/schemas/DnsRecordCaaAttributes",2233,"flag",2233,"tag",2233,"value",-1,"/components/schemas/DnsRecordHttpRedirectAttributes",2237,"url",2237,"http_status",-1,"/components/schemas/DnsRecordIpsAttributes",2240,"ip_addresses",-1,"/components/schemas/DnsRecordSrvAttributes",2242,"weight",2242,"port",2242,"target",-1,"/components/schemas/DnsRecordSshfpAttributes",2246,"algorithm",2246,"fingerprint_type",2246,"fingerprint",-1,"/components/schemas/DnsRecordTxtAttributes",2250,"content",-1,"/components/schemas/DnsRecordVirtualMachineAttributes",2252,"virtual_machine",-1,"/components/schemas/GpuType",2254,"id",2254,"name",2254,"manufacturer",2254,"memory_in_gb",2254,"memory_type",2254,"permalink",2254,"data_centers",2254,"data_centers",2262,"/items",2261,"/items",2263,"/oneOf/1",-1,"/components/schemas/VirtualMachineDisk",2266,"virtual_machine",2266,"disk",2266,"attach_on_boot",2266,"boot",2266,"state",-1,"/components/schemas/DiskTemplate",2272,"id",2272,"name",2272,"description",2272,"permalink",2272,"universal",2272,"size_in_gb",2272,"latest_version",2272,"latest_version",2279,"/oneOf/1",2272,"operating_system",2272,"operating_system",2282,"/oneOf/1"],
  operations: {
    "GET /organizations/organization/api_tokens": ["listOrganizationApiTokens", { "200": v0, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/api_tokens": ["createApiToken", { "200": v6, "400": v1, "403": v2, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "DELETE /api_tokens/api_token": ["deleteApiToken", { "200": v8, "400": v1, "403": v9, "404": v10, "422": v7, "429": v4, "503": v5 }],
    "PATCH /api_tokens/api_token": ["updateApiToken", { "200": v11, "400": v1, "403": v9, "404": v10, "422": v7, "429": v4, "503": v5 }],
    "POST /api_tokens/api_token/regenerate_secret": ["regenerateApiTokenSecret", { "200": v12, "400": v1, "403": v9, "404": v10, "422": v7, "429": v4, "503": v5 }],
    "POST /organizations/organization/object_storage/object_storage_cluster/access_keys": ["createObjectStorageAccessKey", { "201": v13, "400": v1, "403": v14, "404": v15, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/object_storage/access_keys": ["listObjectStorageAccessKeys", { "200": v17, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /object_storage/access_keys/access_key/generate_credentials": ["generateObjectStorageAccessKeyCredentials", { "200": v18, "400": v1, "403": v9, "404": v19, "406": v20, "422": v21, "429": v4, "503": v5 }],
    "GET /object_storage/access_keys/access_key": ["getObjectStorageAccessKey", { "200": v22, "400": v1, "403": v9, "404": v19, "429": v4, "503": v5 }],
    "DELETE /object_storage/access_keys/access_key": ["deleteObjectStorageAccessKey", { "200": v23, "400": v1, "403": v9, "404": v19, "429": v4, "503": v5, "504": v24 }],
    "PATCH /object_storage/access_keys/access_key": ["updateObjectStorageAccessKey", { "200": v25, "400": v1, "403": v9, "404": v19, "406": v20, "422": v26, "429": v4, "503": v5 }],
    "GET /address_lists/address_list/entries": ["listAddressListEntries", { "200": v27, "400": v1, "403": v9, "404": v28, "429": v4, "503": v5 }],
    "POST /address_lists/address_list/entries": ["createAddressListEntry", { "201": v29, "400": v1, "403": v9, "404": v28, "422": v7, "429": v4, "503": v5 }],
    "GET /address_list_entries/address_list_entry": ["getAddressListEntry", { "200": v30, "400": v1, "403": v31, "404": v32, "429": v4, "503": v5 }],
    "DELETE /address_list_entries/address_list_entry": ["deleteAddressListEntry", { "200": v33, "400": v1, "403": v9, "404": v32, "429": v4, "503": v5 }],
    "PATCH /address_list_entries/address_list_entry": ["updateAddressListEntry", { "200": v34, "400": v1, "403": v9, "404": v32, "422": v7, "429": v4, "503": v5 }],
    "POST /address_lists/address_list/entries/bulk": ["bulkUpdateAddressListEntries", { "200": v35, "400": v1, "403": v9, "404": v28, "422": v7, "429": v4, "503": v5 }],
    "GET /address_lists": ["listGlobalAddressLists", { "200": v36, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /organizations/organization/address_lists": ["listOrganizationAddressLists", { "200": v37, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/address_lists": ["createAddressList", { "201": v38, "400": v1, "403": v2, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /address_lists/address_list": ["getAddressList", { "200": v39, "400": v1, "403": v31, "404": v28, "429": v4, "503": v5 }],
    "DELETE /address_lists/address_list": ["deleteAddressList", { "200": v40, "400": v1, "403": v9, "404": v28, "429": v4, "503": v5 }],
    "PATCH /address_lists/address_list": ["updateAddressList", { "200": v41, "400": v1, "403": v9, "404": v28, "422": v7, "429": v4, "503": v5 }],
    "POST /organizations/organization/object_storage/object_storage_cluster/buckets": ["createObjectStorageBucket", { "201": v42, "400": v1, "403": v14, "404": v15, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "GET /object_storage/object_storage_cluster/buckets/bucket": ["getObjectStorageBucket", { "200": v43, "400": v1, "403": v9, "404": v44, "406": v16, "429": v4, "500": v45, "503": v5 }],
    "DELETE /object_storage/object_storage_cluster/buckets/bucket": ["deleteObjectStorageBucket", { "200": v46, "400": v1, "403": v47, "404": v44, "406": v16, "429": v4, "500": v45, "503": v5, "504": v24 }],
    "PATCH /object_storage/object_storage_cluster/buckets/bucket": ["updateObjectStorageBucket", { "200": v48, "400": v1, "403": v9, "404": v44, "406": v16, "422": v7, "429": v4, "500": v45, "503": v5 }],
    "POST /object_storage/object_storage_cluster/buckets/bucket/revoke_presigned_urls": ["revokeObjectStorageBucketPresignedUrls", { "200": v49, "400": v1, "403": v9, "404": v44, "406": v16, "429": v4, "500": v45, "503": v5, "504": v24 }],
    "GET /object_storage/object_storage_cluster/buckets/bucket/object": ["getObjectStorageObject", { "200": v50, "400": v1, "403": v9, "404": v51, "406": v16, "429": v4, "500": v45, "503": v5, "504": v24 }],
    "POST /object_storage/object_storage_cluster/buckets/bucket/presigned_url": ["createObjectStoragePresignedUrl", { "200": v52, "400": v1, "403": v9, "404": v44, "406": v16, "422": v7, "429": v4, "500": v45, "503": v5, "504": v24 }],
    "POST /organizations/organization/virtual_machines/build": ["buildVirtualMachine", { "201": v53, "400": v1, "403": v54, "404": v55, "422": v56, "429": v4, "503": v5 }],
    "POST /organizations/organization/virtual_machines/build_from_spec": ["buildVirtualMachineFromSpec", { "201": v57, "400": v58, "403": v2, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /virtual_machines/builds/virtual_machine_build": ["getVirtualMachineBuild", { "200": v59, "400": v1, "403": v31, "404": v60, "429": v4, "503": v5 }],
    "GET /organizations/organization/certificates": ["listCertificates", { "200": v61, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /certificates/certificate": ["getCertificate", { "200": v63, "400": v1, "403": v31, "404": v64, "406": v16, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/console_sessions": ["createConsoleSession", { "201": v65, "400": v1, "403": v9, "404": v66, "406": v67, "422": v7, "429": v4, "503": v5 }],
    "GET /countries": ["listCountries", { "200": v68, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /countries/country": ["getCountry", { "200": v69, "400": v1, "403": v31, "404": v70, "429": v4, "503": v5 }],
    "GET /countries/country/country_states": ["listCountryStates", { "200": v71, "400": v1, "403": v31, "404": v70, "429": v4, "503": v5 }],
    "GET /country_states/country_state": ["getCountryState", { "200": v72, "400": v1, "403": v31, "404": v73, "429": v4, "503": v5 }],
    "GET /currencies": ["listCurrencies", { "200": v74, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /currencies/currency": ["getCurrency", { "200": v75, "400": v1, "403": v31, "404": v76, "429": v4, "503": v5 }],
    "GET /organizations/organization/dns_zones": ["listDnsZones", { "200": v77, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/dns_zones": ["createDnsZone", { "201": v78, "400": v1, "403": v54, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/dns_zones/nameservers": ["listDnsNameservers", { "200": v79, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "GET /dns_zones/dns_zone": ["getDnsZone", { "200": v80, "400": v1, "403": v31, "404": v81, "429": v4, "503": v5 }],
    "DELETE /dns_zones/dns_zone": ["deleteDnsZone", { "200": v82, "400": v1, "403": v31, "404": v81, "429": v4, "503": v5 }],
    "PATCH /dns_zones/dns_zone": ["updateDnsZone", { "200": v83, "400": v1, "403": v31, "404": v81, "422": v7, "429": v4, "503": v5 }],
    "POST /dns_zones/dns_zone/verify": ["verifyDnsZone", { "200": v84, "400": v1, "403": v31, "404": v81, "422": v85, "429": v4, "503": v5 }],
    "GET /data_centers": ["listDataCenters", { "200": v86, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /data_centers/data_center": ["getDataCenter", { "200": v87, "400": v1, "403": v31, "404": v88, "429": v4, "503": v5 }],
    "GET /data_centers/data_center/default_network": ["getDataCenterDefaultNetwork", { "200": v89, "400": v1, "403": v31, "404": v88, "429": v4, "503": v5 }],
    "GET /organizations/organization/disk_io_profiles": ["listDiskIoProfiles", { "200": v90, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /organizations/organization/disk_backup_policies": ["listOrganizationDiskBackupPolicies", { "200": v91, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "GET /virtual_machines/virtual_machine/disk_backup_policies": ["listVirtualMachineDiskBackupPolicies", { "200": v92, "400": v1, "403": v9, "404": v66, "406": v16, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/disk_backup_policies": ["createVirtualMachineDiskBackupPolicy", { "200": v93, "400": v1, "403": v9, "404": v66, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "GET /disks/disk/disk_backup_policies": ["listDiskDiskBackupPolicies", { "200": v94, "400": v1, "403": v9, "404": v95, "406": v16, "429": v4, "503": v5 }],
    "POST /disks/disk/disk_backup_policies": ["createDiskDiskBackupPolicy", { "200": v96, "400": v1, "403": v9, "404": v95, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "GET /disk_backup_policies/disk_backup_policy": ["getDiskBackupPolicy", { "200": v97, "400": v1, "403": v31, "404": v98, "406": v16, "429": v4, "503": v5 }],
    "DELETE /disk_backup_policies/disk_backup_policy": ["deleteDiskBackupPolicy", { "200": v99, "400": v1, "403": v9, "404": v98, "406": v16, "429": v4, "503": v5 }],
    "PATCH /disk_backup_policies/disk_backup_policy": ["updateDiskBackupPolicy", { "200": v100, "400": v1, "403": v9, "404": v98, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "DELETE /disk_backup_policies/disk_backup_policy/schedule": ["scheduleDiskBackupPolicyDeletion", { "200": v101, "400": v102, "403": v9, "404": v98, "406": v16, "429": v4, "503": v5 }],
    "GET /disk_templates/disk_template/versions": ["listDiskTemplateVersions", { "200": v103, "400": v1, "403": v31, "404": v104, "429": v4, "503": v5 }],
    "GET /disk_template_versions/disk_template_version": ["getDiskTemplateVersion", { "200": v105, "400": v1, "403": v31, "404": v106, "429": v4, "503": v5 }],
    "GET /disk_template_versions/disk_template_version/spec": ["getDiskTemplateVersionSpec", { "200": v107, "400": v1, "403": v31, "404": v106, "429": v4, "503": v5 }],
    "GET /organizations/organization/disk_templates": ["listDiskTemplates", { "200": v108, "400": v1, "403": v62, "404": v109, "429": v4, "503": v5 }],
    "GET /disk_templates/disk_template": ["getDiskTemplate", { "200": v110, "400": v1, "403": v31, "404": v104, "429": v4, "503": v5 }],
    "GET /organizations/organization/disks": ["listDisks", { "200": v111, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/disks": ["createDisk", { "201": v112, "400": v1, "403": v2, "404": v3, "406": v20, "422": v7, "429": v4, "503": v5 }],
    "GET /disks/disk": ["getDisk", { "200": v113, "400": v1, "403": v31, "404": v95, "406": v16, "429": v4, "503": v5 }],
    "DELETE /disks/disk": ["deleteDisk", { "200": v114, "400": v1, "403": v9, "404": v95, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "PATCH /disks/disk": ["updateDisk", { "200": v115, "400": v1, "403": v9, "404": v95, "406": v16, "422": v116, "429": v4, "503": v5 }],
    "POST /disks/disk/assign": ["assignDisk", { "200": v117, "400": v1, "403": v9, "404": v118, "406": v16, "422": v119, "429": v4, "503": v5 }],
    "POST /disks/disk/unassign": ["unassignDisk", { "200": v120, "400": v1, "403": v9, "404": v95, "406": v16, "422": v121, "429": v4, "503": v5 }],
    "POST /disks/disk/attach": ["attachDisk", { "200": v122, "400": v1, "403": v9, "404": v95, "406": v123, "422": v124, "429": v4, "503": v5 }],
    "POST /disks/disk/detach": ["detachDisk", { "200": v125, "400": v1, "403": v9, "404": v95, "406": v123, "422": v124, "429": v4, "503": v5 }],
    "PUT /disks/disk/resize": ["resizeDisk", { "200": v126, "400": v1, "403": v9, "404": v95, "406": v123, "422": v7, "429": v4, "503": v5 }],
    "PUT /disks/disk/io_profile": ["changeDiskIoProfile", { "200": v127, "400": v1, "403": v9, "404": v128, "406": v123, "429": v4, "503": v5 }],
    "GET /virtual_machines/virtual_machine/disks": ["listVirtualMachineDisks", { "200": v129, "400": v1, "403": v31, "404": v66, "406": v16, "429": v4, "503": v5 }],
    "GET /organizations/organization/file_storage_volumes": ["listFileStorageVolumes", { "200": v130, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/file_storage_volumes": ["createFileStorageVolume", { "201": v131, "400": v1, "403": v54, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /file_storage_volumes/file_storage_volume": ["getFileStorageVolume", { "200": v132, "400": v1, "403": v9, "404": v133, "406": v16, "429": v4, "503": v5 }],
    "DELETE /file_storage_volumes/file_storage_volume": ["deleteFileStorageVolume", { "200": v134, "400": v1, "403": v9, "404": v133, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "PATCH /file_storage_volumes/file_storage_volume": ["updateFileStorageVolume", { "200": v135, "400": v1, "403": v9, "404": v133, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "GET /gpu_types": ["listGpuTypes", { "200": v136, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /gpu_types/gpu_type": ["getGpuType", { "200": v137, "400": v1, "403": v31, "404": v138, "429": v4, "503": v5 }],
    "GET /data_centers/data_center/gpu_types": ["listDataCenterGpuTypes", { "200": v139, "400": v1, "403": v31, "404": v88, "429": v4, "503": v5 }],
    "GET /organizations/organization/ip_addresses": ["listOrganizationIpAddresses", { "200": v140, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/ip_addresses": ["createIpAddress", { "200": v141, "400": v1, "403": v2, "404": v142, "422": v7, "429": v4, "503": v143 }],
    "GET /ip_addresses/ip_address": ["getIpAddress", { "200": v144, "400": v1, "403": v31, "404": v145, "429": v4, "503": v5 }],
    "DELETE /ip_addresses/ip_address": ["releaseIpAddress", { "200": v35, "400": v1, "403": v9, "404": v145, "409": v146, "429": v4, "503": v5 }],
    "PATCH /ip_addresses/ip_address": ["updateIpAddress", { "200": v141, "400": v1, "403": v9, "404": v145, "422": v7, "429": v4, "503": v5 }],
    "POST /ip_addresses/ip_address/unallocate": ["unallocateIpAddress", { "200": v35, "400": v1, "403": v31, "404": v145, "409": v146, "422": v147, "429": v4, "503": v5 }],
    "GET /load_balancers/load_balancer/rules": ["listLoadBalancerRules", { "200": v148, "400": v1, "403": v9, "404": v149, "429": v4, "503": v5 }],
    "POST /load_balancers/load_balancer/rules": ["createLoadBalancerRule", { "200": v150, "400": v1, "403": v9, "404": v149, "422": v7, "429": v4, "503": v5 }],
    "GET /load_balancers/rules/load_balancer_rule": ["getLoadBalancerRule", { "200": v151, "400": v1, "403": v31, "404": v152, "429": v4, "503": v5 }],
    "DELETE /load_balancers/rules/load_balancer_rule": ["deleteLoadBalancerRule", { "200": v153, "400": v1, "403": v9, "404": v152, "422": v7, "429": v4, "503": v5 }],
    "PATCH /load_balancers/rules/load_balancer_rule": ["updateLoadBalancerRule", { "200": v154, "400": v1, "403": v9, "404": v152, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/load_balancers": ["listLoadBalancers", { "200": v155, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/load_balancers": ["createLoadBalancer", { "201": v156, "400": v1, "403": v54, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /load_balancers/load_balancer": ["getLoadBalancer", { "200": v157, "400": v1, "403": v31, "404": v149, "429": v4, "503": v5 }],
    "DELETE /load_balancers/load_balancer": ["deleteLoadBalancer", { "200": v158, "400": v1, "403": v9, "404": v149, "422": v7, "429": v4, "503": v5 }],
    "PATCH /load_balancers/load_balancer": ["updateLoadBalancer", { "200": v159, "400": v1, "403": v9, "404": v149, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/managed": ["listManagedOrganizations", { "200": v160, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/managed": ["createManagedOrganization", { "201": v161, "400": v1, "403": v62, "404": v3, "422": v162, "429": v4, "503": v5 }],
    "DELETE /managed_organizations/organization": ["deleteManagedOrganization", { "200": v163, "400": v1, "403": v2, "404": v3, "409": v164, "429": v4, "500": v165, "503": v5 }],
    "GET /organizations/organization/network_speed_profiles": ["listNetworkSpeedProfiles", { "200": v166, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /organizations/organization/available_networks": ["listOrganizationAvailableNetworks", { "200": v167, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /networks/network": ["getNetwork", { "200": v168, "400": v1, "403": v31, "404": v169, "429": v4, "503": v5 }],
    "GET /organizations/organization/object_storage/object_storage_cluster": ["getObjectStorageAccount", { "200": v170, "400": v1, "403": v14, "404": v15, "406": v16, "429": v4, "503": v5 }],
    "POST /organizations/organization/object_storage/object_storage_cluster": ["createObjectStorageAccount", { "201": v171, "400": v1, "403": v2, "404": v172, "406": v123, "422": v7, "429": v4, "503": v5 }],
    "DELETE /organizations/organization/object_storage/object_storage_cluster": ["deleteObjectStorageAccount", { "200": v173, "400": v1, "403": v14, "404": v15, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "GET /operating_systems": ["listOperatingSystems", { "200": v174, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /operating_systems/operating_system": ["getOperatingSystem", { "200": v175, "400": v1, "403": v31, "404": v176, "429": v4, "503": v5 }],
    "GET /organizations/organization/users_with_access": ["listOrganizationUsers", { "200": v177, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /organizations": ["listOrganizations", { "200": v178, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /organizations/organization": ["getOrganization", { "200": v179, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /organizations/organization/policy": ["getOrganizationPolicy", { "200": v180, "400": v181, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /organizations/organization/policy_limits": ["getOrganizationPolicyLimits", { "200": v182, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /organizations/organization/prices": ["getOrganizationPrices", { "200": v183, "400": v184, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /organizations/organization/deletion_steps": ["getOrganizationDeletionSteps", { "200": v185, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/start": ["startVirtualMachine", { "200": v186, "400": v1, "403": v9, "404": v66, "406": v123, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/stop": ["stopVirtualMachine", { "200": v186, "400": v1, "403": v9, "404": v66, "406": v123, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/shutdown": ["shutdownVirtualMachine", { "200": v186, "400": v1, "403": v9, "404": v66, "406": v123, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/reset": ["resetVirtualMachine", { "200": v186, "400": v1, "403": v9, "404": v66, "406": v123, "429": v4, "503": v5 }],
    "GET /dns_zones/dns_zone/records": ["listDnsRecords", { "200": v187, "400": v1, "403": v9, "404": v81, "429": v4, "503": v5 }],
    "POST /dns_zones/dns_zone/records": ["createDnsRecord", { "200": v188, "400": v1, "403": v9, "404": v81, "422": v7, "429": v4, "503": v5 }],
    "GET /dns_records/dns_record": ["getDnsRecord", { "200": v189, "400": v1, "403": v31, "404": v190, "429": v4, "503": v5 }],
    "DELETE /dns_records/dns_record": ["deleteDnsRecord", { "200": v191, "400": v1, "403": v31, "404": v190, "429": v4, "503": v5 }],
    "PATCH /dns_records/dns_record": ["updateDnsRecord", { "200": v192, "400": v1, "403": v31, "404": v190, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/ssh_keys": ["listSshKeys", { "200": v193, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/ssh_keys": ["addSshKey", { "201": v194, "400": v1, "403": v62, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "DELETE /ssh_keys/ssh_key": ["deleteSshKey", { "200": v195, "400": v1, "403": v9, "404": v196, "409": v197, "429": v4, "503": v5 }],
    "GET /security_groups/security_group/rules": ["listSecurityGroupRules", { "200": v198, "400": v1, "403": v9, "404": v199, "429": v4, "503": v5 }],
    "POST /security_groups/security_group/rules": ["createSecurityGroupRule", { "200": v200, "400": v1, "403": v9, "404": v199, "422": v7, "429": v4, "503": v5 }],
    "GET /security_groups/rules/security_group_rule": ["getSecurityGroupRule", { "200": v201, "400": v1, "403": v9, "404": v202, "429": v4, "503": v5 }],
    "DELETE /security_groups/rules/security_group_rule": ["deleteSecurityGroupRule", { "200": v203, "400": v1, "403": v9, "404": v202, "422": v7, "429": v4, "503": v5 }],
    "PATCH /security_groups/rules/security_group_rule": ["updateSecurityGroupRule", { "200": v204, "400": v1, "403": v9, "404": v202, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/security_groups": ["listSecurityGroups", { "200": v205, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/security_groups": ["createSecurityGroup", { "200": v206, "400": v1, "403": v54, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /security_groups/security_group": ["getSecurityGroup", { "200": v207, "400": v1, "403": v31, "404": v199, "429": v4, "503": v5 }],
    "DELETE /security_groups/security_group": ["deleteSecurityGroup", { "200": v208, "400": v1, "403": v9, "404": v199, "409": v197, "422": v7, "429": v4, "503": v5 }],
    "PATCH /security_groups/security_group": ["updateSecurityGroup", { "200": v209, "400": v1, "403": v9, "404": v199, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/tags": ["listTags", { "200": v210, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/tags": ["createTag", { "200": v211, "400": v1, "403": v2, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /tags/tag": ["getTag", { "200": v212, "400": v1, "403": v31, "404": v213, "429": v4, "503": v5 }],
    "DELETE /tags/tag": ["deleteTag", { "200": v214, "400": v1, "403": v9, "404": v213, "429": v4, "503": v5 }],
    "PATCH /tags/tag": ["updateTag", { "200": v215, "400": v1, "403": v9, "404": v213, "422": v7, "429": v4, "503": v5 }],
    "GET /tasks/task": ["getTask", { "200": v216, "400": v1, "403": v31, "404": v217, "429": v4, "503": v5 }],
    "GET /organizations/organization/trash_objects": ["listTrashObjects", { "200": v218, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/trash_objects/purge_all": ["purgeAllTrashObjects", { "200": v219, "400": v1, "403": v2, "404": v3, "406": v20, "429": v4, "503": v5 }],
    "GET /trash_objects/trash_object": ["getTrashObject", { "200": v220, "400": v1, "403": v31, "404": v221, "429": v4, "503": v5 }],
    "DELETE /trash_objects/trash_object": ["purgeTrashObject", { "200": v222, "400": v1, "403": v9, "404": v221, "406": v20, "429": v4, "503": v5 }],
    "POST /trash_objects/trash_object/restore": ["restoreTrashObject", { "200": v223, "400": v1, "403": v9, "404": v221, "429": v4, "503": v5 }],
    "GET /users/current": ["getCurrentUser", { "200": v224, "400": v1, "403": v31, "404": v225, "429": v4, "503": v5 }],
    "POST /invalidate_linked_web_session": ["invalidateLinkedWebSession", { "200": v226, "400": v227, "403": v31, "429": v4, "503": v5 }],
    "GET /organizations/organization/virtual_networks": ["listVirtualNetworks", { "200": v228, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/virtual_networks": ["createVirtualNetwork", { "200": v229, "400": v1, "403": v2, "404": v230, "422": v7, "429": v4, "503": v5 }],
    "GET /virtual_networks/virtual_network": ["getVirtualNetwork", { "200": v231, "400": v1, "403": v9, "404": v232, "429": v4, "503": v5 }],
    "DELETE /virtual_networks/virtual_network": ["deleteVirtualNetwork", { "200": v233, "400": v1, "403": v9, "404": v232, "409": v197, "429": v4, "503": v5 }],
    "PATCH /virtual_networks/virtual_network": ["updateVirtualNetwork", { "200": v234, "400": v1, "403": v9, "404": v232, "422": v7, "429": v4, "503": v5 }],
    "GET /organizations/organization/virtual_machine_groups": ["listVirtualMachineGroups", { "200": v235, "400": v1, "403": v2, "404": v3, "429": v4, "503": v5 }],
    "POST /organizations/organization/virtual_machine_groups": ["createVirtualMachineGroup", { "200": v236, "400": v1, "403": v2, "404": v3, "422": v7, "429": v4, "503": v5 }],
    "GET /virtual_machine_groups/virtual_machine_group": ["getVirtualMachineGroup", { "200": v237, "400": v1, "403": v9, "404": v238, "429": v4, "503": v5 }],
    "DELETE /virtual_machine_groups/virtual_machine_group": ["deleteVirtualMachineGroup", { "200": v239, "400": v1, "403": v9, "404": v238, "409": v197, "429": v4, "503": v5 }],
    "PATCH /virtual_machine_groups/virtual_machine_group": ["updateVirtualMachineGroup", { "200": v240, "400": v1, "403": v9, "404": v238, "422": v7, "429": v4, "503": v5 }],
    "GET /virtual_machines/virtual_machine/network_interfaces": ["listVirtualMachineNetworkInterfaces", { "200": v241, "400": v1, "403": v31, "404": v66, "406": v16, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/network_interfaces": ["createVirtualMachineNetworkInterface", { "200": v242, "400": v1, "403": v31, "404": v243, "406": v16, "422": v7, "429": v4, "503": v5 }],
    "GET /virtual_machines/virtual_machine/networks/network/interface": ["getVirtualMachineNetworkInterfaceByNetwork", { "200": v244, "400": v1, "403": v31, "404": v245, "406": v16, "429": v4, "503": v5 }],
    "GET /virtual_machine_network_interfaces/virtual_machine_network_interface": ["getNetworkInterface", { "200": v246, "400": v1, "403": v31, "404": v247, "429": v4, "503": v5 }],
    "DELETE /virtual_machine_network_interfaces/virtual_machine_network_interface": ["deleteVirtualMachineNetworkInterface", { "200": v248, "400": v1, "403": v31, "404": v247, "409": v197, "422": v7, "429": v4, "503": v5 }],
    "GET /virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version": ["listAvailableIpsForNetworkInterface", { "200": v249, "400": v1, "403": v31, "404": v247, "429": v4, "503": v5 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip": ["allocateIpToNetworkInterface", { "200": v250, "400": v1, "403": v31, "404": v251, "422": v252, "429": v4, "503": v5 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip": ["allocateNewIpToNetworkInterface", { "200": v141, "400": v1, "403": v9, "404": v247, "429": v4, "503": v143 }],
    "PATCH /virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile": ["updateNetworkInterfaceSpeedProfile", { "200": v253, "400": v1, "403": v31, "404": v254, "406": v20, "422": v255, "429": v4, "503": v5 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/attach": ["attachNetworkInterface", { "200": v256, "400": v1, "403": v9, "404": v247, "406": v20, "422": v257, "429": v4, "503": v5 }],
    "POST /virtual_machine_network_interfaces/virtual_machine_network_interface/detach": ["detachNetworkInterface", { "200": v258, "400": v1, "403": v9, "404": v247, "406": v20, "422": v259, "429": v4, "503": v5 }],
    "GET /virtual_machine_packages": ["listVirtualMachinePackages", { "200": v260, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /virtual_machine_packages/virtual_machine_package": ["getVirtualMachinePackage", { "200": v261, "400": v1, "403": v31, "404": v262, "429": v4, "503": v5 }],
    "GET /organizations/organization/virtual_machines": ["listOrganizationVirtualMachines", { "200": v263, "400": v1, "403": v62, "404": v3, "429": v4, "503": v5 }],
    "GET /virtual_machines/virtual_machine": ["getVirtualMachine", { "200": v264, "400": v1, "403": v31, "404": v66, "406": v16, "429": v4, "503": v5 }],
    "DELETE /virtual_machines/virtual_machine": ["deleteVirtualMachine", { "200": v265, "400": v1, "403": v9, "404": v66, "406": v16, "429": v4, "503": v5 }],
    "PATCH /virtual_machines/virtual_machine": ["updateVirtualMachine", { "200": v266, "400": v1, "403": v31, "404": v66, "406": v16, "429": v4, "503": v5 }],
    "PUT /virtual_machines/virtual_machine/package": ["changeVirtualMachinePackage", { "200": v267, "400": v1, "403": v9, "404": v268, "406": v123, "429": v4, "503": v5 }],
    "PUT /virtual_machines/virtual_machine/flexible_resources": ["changeVirtualMachineFlexibleResources", { "200": v269, "400": v1, "403": v270, "404": v66, "406": v123, "429": v4, "503": v5 }],
    "POST /virtual_machines/virtual_machine/allocate_ip": ["allocateIpToVirtualMachine", { "200": v141, "400": v1, "403": v31, "404": v271, "406": v16, "422": v272, "429": v4, "503": v5 }],
    "GET /virtual_machine/authorized_keys": ["getVirtualMachineAuthorizedKeys", { "200": 0, "400": v1, "403": v31, "404": v273, "409": v274, "429": v4, "503": v5 }],
    "GET /zones": ["listZones", { "200": v275, "400": v1, "403": v31, "429": v4, "503": v5 }],
    "GET /zones/zone": ["getZone", { "200": v276, "400": v1, "403": v31, "404": v277, "429": v4, "503": v5 }],
  },
});
