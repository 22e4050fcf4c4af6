// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The first server of the spec with its variables' defaults: the vendor's production base URL. */
export const defaultBaseUrl = "https://virtualserver.kr-west1.e.samsungsdscloud.com";

/** The server URL template and its variables, from the spec. */
export const serverTemplate = {
  "url": "https://virtualserver.{region}.{env}.samsungsdscloud.com",
  "variables": {
    "region": {
      "default": "kr-west1",
      "enum": [
        "kr-west1",
        "kr-east1",
        "kr-south1",
        "kr-south2",
        "kr-south3"
      ],
      "description": "Region. `kr-west1` and `kr-east1` exist in environments `s` and `e`; `kr-south1`, `kr-south2` and `kr-south3` in environment `g`."
    },
    "env": {
      "default": "e",
      "enum": [
        "s",
        "g",
        "e"
      ],
      "description": "Environment. `s` serves kr-west1 and kr-east1, `g` serves kr-south1 to kr-south3, `e` serves kr-west1 and kr-east1."
    }
  }
} as const;

/** The SCP service named in `Scp-Api-Version`. */
export const scpService = "virtualserver";

/** Every API version any operation of the spec documents, oldest first. */
export const apiVersions = ["1.0","1.1","1.2","1.3"] as const;

export type ApiVersion = (typeof apiVersions)[number];

/** The newest version that is CURRENT for some operation: what a client pins when not told otherwise. */
export const defaultApiVersion: ApiVersion = "1.3";

/** The distinct lists of API versions the operations document, newest first; `versionTable` points into it. */
export const versionSets: readonly (readonly { version: string; status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED'; notBefore: string | null }[])[] = [
  [{"version":"1.0","status":"CURRENT","notBefore":"2026-07-01"}],
  [{"version":"1.3","status":"CURRENT","notBefore":null},{"version":"1.2","status":"SUPPORTED","notBefore":"2026-08-31"},{"version":"1.1","status":"DEPRECATED","notBefore":"2026-05-31"},{"version":"1.0","status":"DEPRECATED","notBefore":"2025-12-31"}],
];

/** Every operation by `METHOD /path/{template}`: its operationId and the index of its versions in `versionSets`. */
export const versionTable: Readonly<Record<string, readonly [operationId: string, versionSet: number]>> = {
  "GET /v1/auto-scaling-groups": ["listAutoScalingGroups",0],
  "POST /v1/auto-scaling-groups": ["createAutoScalingGroup",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}": ["showAutoScalingGroup",0],
  "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}": ["updateAutoScalingGroup",0],
  "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}": ["deleteAutoScalingGroup",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": ["listAutoScalingGroupLbServerGroups",0],
  "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": ["updateAutoScalingGroupLbServerGroups",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": ["listAutoScalingGroupNotifications",0],
  "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": ["createAutoScalingGroupNotification",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["showAutoScalingGroupNotification",0],
  "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["updateAutoScalingGroupNotification",0],
  "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": ["deleteAutoScalingGroupNotification",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies": ["listAutoScalingGroupPolicies",0],
  "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/policies": ["createAutoScalingGroupPolicy",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["showAutoScalingGroupPolicy",0],
  "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["updateAutoScalingGroupPolicy",0],
  "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": ["deleteAutoScalingGroupPolicy",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": ["listAutoScalingGroupSchedules",0],
  "POST /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": ["createAutoScalingGroupSchedule",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["showAutoScalingGroupSchedule",0],
  "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["updateAutoScalingGroupSchedule",0],
  "DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": ["deleteAutoScalingGroupSchedule",0],
  "PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/server-count": ["updateAutoScalingGroupServerCount",0],
  "GET /v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers": ["listAutoScalingGroupVirtualServers",0],
  "GET /v1/default-configs": ["listDefaultConfigs",0],
  "GET /v1/images": ["listImages",0],
  "POST /v1/images": ["createImage",0],
  "GET /v1/images/{image_id}": ["showImage",0],
  "PUT /v1/images/{image_id}": ["updateImage",0],
  "DELETE /v1/images/{image_id}": ["deleteImage",0],
  "POST /v1/images/{image_id}/import": ["importImage",0],
  "GET /v1/images/{image_id}/members": ["listImageMembers",0],
  "POST /v1/images/{image_id}/members": ["createImageMember",0],
  "GET /v1/images/{image_id}/members/{member_id}": ["showImageMember",0],
  "PUT /v1/images/{image_id}/members/{member_id}": ["updateImageMember",0],
  "DELETE /v1/images/{image_id}/members/{member_id}": ["deleteImageMember",0],
  "POST /v1/images/{image_id}/share": ["createSharingImage",0],
  "GET /v1/keypairs": ["listKeypairs",0],
  "POST /v1/keypairs": ["createKeypair",0],
  "GET /v1/keypairs/{keypair_name}": ["showKeypair",0],
  "DELETE /v1/keypairs/{keypair_name}": ["deleteKeypair",0],
  "GET /v1/launch-configurations": ["listLaunchConfigurations",0],
  "POST /v1/launch-configurations": ["createLaunchConfiguration",0],
  "GET /v1/launch-configurations/{launch_configuration_id}": ["showLaunchConfiguration",0],
  "DELETE /v1/launch-configurations/{launch_configuration_id}": ["deleteLaunchConfiguration",0],
  "GET /v1/pending-images": ["listPendingImages",0],
  "GET /v1/quota-sets": ["showQuotaSet",0],
  "GET /v1/server-groups": ["listServerGroups",0],
  "POST /v1/server-groups": ["createServerGroup",0],
  "GET /v1/server-groups/{server_group_id}": ["showServerGroup",0],
  "DELETE /v1/server-groups/{server_group_id}": ["deleteServerGroup",0],
  "GET /v1/server-types": ["listServerTypes",0],
  "GET /v1/server-types/{server_type_id}": ["showServerType",0],
  "GET /v1/servers": ["listVirtualServers",0],
  "POST /v1/servers": ["createVirtualServer",0],
  "GET /v1/servers/{server_id}": ["showVirtualServer",0],
  "PUT /v1/servers/{server_id}": ["updateVirtualServer",0],
  "DELETE /v1/servers/{server_id}": ["deleteVirtualServer",0],
  "GET /v1/servers/{server_id}/console-log": ["showVirtualServerConsoleLog",0],
  "POST /v1/servers/{server_id}/dump": ["createVirtualServerDump",0],
  "POST /v1/servers/{server_id}/images": ["createVirtualServerCustomImage",0],
  "GET /v1/servers/{server_id}/interfaces": ["listServerInterfaces",0],
  "POST /v1/servers/{server_id}/interfaces": ["createServerInterface",1],
  "GET /v1/servers/{server_id}/interfaces/{port_id}": ["showServerInterface",0],
  "PUT /v1/servers/{server_id}/interfaces/{port_id}": ["updateServerInterface",0],
  "DELETE /v1/servers/{server_id}/interfaces/{port_id}": ["deleteServerInterface",0],
  "POST /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats": ["createServerInterfacePrivateNat",0],
  "DELETE /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}": ["deleteServerInterfacePrivateNat",0],
  "POST /v1/servers/{server_id}/interfaces/{port_id}/static-nats": ["createServerInterfaceNat",0],
  "DELETE /v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}": ["deleteServerInterfaceNat",0],
  "GET /v1/servers/{server_id}/ips": ["listServerIps",0],
  "GET /v1/servers/{server_id}/ips/{subnet_id}": ["showServerIp",0],
  "POST /v1/servers/{server_id}/lock": ["lockVirtualServer",0],
  "POST /v1/servers/{server_id}/password": ["showVirtualServerPassword",0],
  "POST /v1/servers/{server_id}/reboot": ["rebootVirtualServer",0],
  "POST /v1/servers/{server_id}/rebuild": ["rebuildVirtualServer",0],
  "GET /v1/servers/{server_id}/security-groups": ["listVirtualServerSecurityGroups",0],
  "POST /v1/servers/{server_id}/security-groups": ["attachVirtualServerSecurityGroup",0],
  "DELETE /v1/servers/{server_id}/security-groups/{security_group_id}": ["detachVirtualServerSecurityGroup",0],
  "POST /v1/servers/{server_id}/server-type": ["setVirtualServerType",0],
  "POST /v1/servers/{server_id}/start": ["startVirtualServer",0],
  "POST /v1/servers/{server_id}/stop": ["stopVirtualServer",0],
  "POST /v1/servers/{server_id}/unlock": ["unlockVirtualServer",0],
  "GET /v1/servers/{server_id}/volumes": ["listServerVolumes",0],
  "POST /v1/servers/{server_id}/volumes": ["createServerVolume",0],
  "GET /v1/servers/{server_id}/volumes/{volume_id}": ["showServerVolume",0],
  "PUT /v1/servers/{server_id}/volumes/{volume_id}": ["updateServerVolume",0],
  "DELETE /v1/servers/{server_id}/volumes/{volume_id}": ["deleteServerVolume",0],
  "GET /v1/snapshots": ["listSnapshot",0],
  "POST /v1/snapshots": ["createSnapshot",0],
  "GET /v1/snapshots/{snapshot_id}": ["showSnapshot",0],
  "PUT /v1/snapshots/{snapshot_id}": ["updateSnapshot",0],
  "DELETE /v1/snapshots/{snapshot_id}": ["deleteSnapshot",0],
  "GET /v1/volume-transfer": ["listVolumeTransfer",0],
  "POST /v1/volume-transfer": ["createVolumeTransfer",0],
  "GET /v1/volume-transfer/{transfer_id}": ["showVolumeTransfer",0],
  "DELETE /v1/volume-transfer/{transfer_id}": ["deleteVolumeTransfer",0],
  "POST /v1/volume-transfer/{transfer_id}/accept": ["acceptVolumeTransfer",0],
  "GET /v1/volume-types": ["listVolumeTypes",0],
  "GET /v1/volume-types/default": ["showDefaultVolumeType",0],
  "GET /v1/volume-types/{volume_type_id}": ["showVolumeType",0],
  "GET /v1/volumes": ["listVolumes",0],
  "POST /v1/volumes": ["createVolume",0],
  "GET /v1/volumes/quota-sets": ["showVolumeQuotaSet",0],
  "GET /v1/volumes/{volume_id}": ["showVolume",0],
  "PUT /v1/volumes/{volume_id}": ["updateVolume",0],
  "DELETE /v1/volumes/{volume_id}": ["deleteVolume",0],
  "POST /v1/volumes/{volume_id}/revert": ["revertVolumeToSnapshot",0],
  "POST /v1/volumes/{volume_id}/servers": ["attachVolumeToVirtualServer",0],
  "DELETE /v1/volumes/{volume_id}/servers/{server_id}": ["detachVolumeFromVirtualServer",0],
  "PUT /v1/volumes/{volume_id}/size": ["extendVolume",0],
};
