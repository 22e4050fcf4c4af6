// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The resource layer: one method per operation, grouped by namespace (specs/README.md, "Resource names"), over
// the path-style client. `operations` is what the runtime's resourceClass reads; the interfaces give each method
// its types.
import type { ApiPromise, ListPromise, RequestOptions } from '@cloudspecs/runtime';
import { type BoundHelper, type ItemOf, listWalker, type ResourceTable, resourceClass } from '@cloudspecs/runtime/vendor-kit';
import { createScpClient, type ScpClientOptions } from '../client.js';
import { waitForServer } from '../wait-for-server.js';
import type { ScpClient, ScpRequestOptions } from './client-types.js';
import { credentialOptions } from './operations.js';
import { paginatedPaths } from './pagination.js';
import type {
  AcceptVolumeTransferParams,
  AcceptVolumeTransferResponse,
  AttachVirtualServerSecurityGroupParams,
  AttachVirtualServerSecurityGroupResponse,
  AttachVolumeToVirtualServerParams,
  AttachVolumeToVirtualServerResponse,
  CreateAutoScalingGroupNotificationParams,
  CreateAutoScalingGroupNotificationResponse,
  CreateAutoScalingGroupParams,
  CreateAutoScalingGroupPolicyParams,
  CreateAutoScalingGroupPolicyResponse,
  CreateAutoScalingGroupResponse,
  CreateAutoScalingGroupScheduleParams,
  CreateAutoScalingGroupScheduleResponse,
  CreateImageMemberParams,
  CreateImageMemberResponse,
  CreateImageParams,
  CreateImageResponse,
  CreateKeypairParams,
  CreateKeypairResponse,
  CreateLaunchConfigurationParams,
  CreateLaunchConfigurationResponse,
  CreateServerGroupParams,
  CreateServerGroupResponse,
  CreateServerInterfaceNatParams,
  CreateServerInterfaceNatResponse,
  CreateServerInterfaceParams,
  CreateServerInterfacePrivateNatParams,
  CreateServerInterfacePrivateNatResponse,
  CreateServerInterfaceResponse,
  CreateServerVolumeParams,
  CreateServerVolumeResponse,
  CreateSharingImageParams,
  CreateSharingImageResponse,
  CreateSnapshotParams,
  CreateSnapshotResponse,
  CreateVirtualServerCustomImageParams,
  CreateVirtualServerCustomImageResponse,
  CreateVirtualServerDumpParams,
  CreateVirtualServerDumpResponse,
  CreateVirtualServerParams,
  CreateVirtualServerResponse,
  CreateVolumeParams,
  CreateVolumeResponse,
  CreateVolumeTransferParams,
  CreateVolumeTransferResponse,
  DeleteAutoScalingGroupNotificationParams,
  DeleteAutoScalingGroupNotificationResponse,
  DeleteAutoScalingGroupParams,
  DeleteAutoScalingGroupPolicyParams,
  DeleteAutoScalingGroupPolicyResponse,
  DeleteAutoScalingGroupResponse,
  DeleteAutoScalingGroupScheduleParams,
  DeleteAutoScalingGroupScheduleResponse,
  DeleteImageMemberParams,
  DeleteImageMemberResponse,
  DeleteImageParams,
  DeleteImageResponse,
  DeleteKeypairParams,
  DeleteKeypairResponse,
  DeleteLaunchConfigurationParams,
  DeleteLaunchConfigurationResponse,
  DeleteServerGroupParams,
  DeleteServerGroupResponse,
  DeleteServerInterfaceNatParams,
  DeleteServerInterfaceNatResponse,
  DeleteServerInterfaceParams,
  DeleteServerInterfacePrivateNatParams,
  DeleteServerInterfacePrivateNatResponse,
  DeleteServerInterfaceResponse,
  DeleteServerVolumeParams,
  DeleteServerVolumeResponse,
  DeleteSnapshotParams,
  DeleteSnapshotResponse,
  DeleteVirtualServerParams,
  DeleteVirtualServerResponse,
  DeleteVolumeParams,
  DeleteVolumeResponse,
  DeleteVolumeTransferParams,
  DeleteVolumeTransferResponse,
  DetachVirtualServerSecurityGroupParams,
  DetachVirtualServerSecurityGroupResponse,
  DetachVolumeFromVirtualServerParams,
  DetachVolumeFromVirtualServerResponse,
  ExtendVolumeParams,
  ExtendVolumeResponse,
  ImportImageParams,
  ImportImageResponse,
  ListAutoScalingGroupLbServerGroupsParams,
  ListAutoScalingGroupLbServerGroupsResponse,
  ListAutoScalingGroupNotificationsParams,
  ListAutoScalingGroupNotificationsResponse,
  ListAutoScalingGroupPoliciesParams,
  ListAutoScalingGroupPoliciesResponse,
  ListAutoScalingGroupSchedulesParams,
  ListAutoScalingGroupSchedulesResponse,
  ListAutoScalingGroupVirtualServersParams,
  ListAutoScalingGroupVirtualServersResponse,
  ListAutoScalingGroupsParams,
  ListAutoScalingGroupsResponse,
  ListDefaultConfigsParams,
  ListDefaultConfigsResponse,
  ListImageMembersParams,
  ListImageMembersResponse,
  ListImagesParams,
  ListImagesResponse,
  ListKeypairsParams,
  ListKeypairsResponse,
  ListLaunchConfigurationsParams,
  ListLaunchConfigurationsResponse,
  ListPendingImagesParams,
  ListPendingImagesResponse,
  ListServerGroupsParams,
  ListServerGroupsResponse,
  ListServerInterfacesParams,
  ListServerInterfacesResponse,
  ListServerIpsParams,
  ListServerIpsResponse,
  ListServerTypesParams,
  ListServerTypesResponse,
  ListServerVolumesParams,
  ListServerVolumesResponse,
  ListSnapshotParams,
  ListSnapshotResponse,
  ListVirtualServerSecurityGroupsParams,
  ListVirtualServerSecurityGroupsResponse,
  ListVirtualServersParams,
  ListVirtualServersResponse,
  ListVolumeTransferParams,
  ListVolumeTransferResponse,
  ListVolumeTypesParams,
  ListVolumeTypesResponse,
  ListVolumesParams,
  ListVolumesResponse,
  LockVirtualServerParams,
  LockVirtualServerResponse,
  RebootVirtualServerParams,
  RebootVirtualServerResponse,
  RebuildVirtualServerParams,
  RebuildVirtualServerResponse,
  RevertVolumeToSnapshotParams,
  RevertVolumeToSnapshotResponse,
  SetVirtualServerTypeParams,
  SetVirtualServerTypeResponse,
  ShowAutoScalingGroupNotificationParams,
  ShowAutoScalingGroupNotificationResponse,
  ShowAutoScalingGroupParams,
  ShowAutoScalingGroupPolicyParams,
  ShowAutoScalingGroupPolicyResponse,
  ShowAutoScalingGroupResponse,
  ShowAutoScalingGroupScheduleParams,
  ShowAutoScalingGroupScheduleResponse,
  ShowDefaultVolumeTypeParams,
  ShowDefaultVolumeTypeResponse,
  ShowImageMemberParams,
  ShowImageMemberResponse,
  ShowImageParams,
  ShowImageResponse,
  ShowKeypairParams,
  ShowKeypairResponse,
  ShowLaunchConfigurationParams,
  ShowLaunchConfigurationResponse,
  ShowQuotaSetParams,
  ShowQuotaSetResponse,
  ShowServerGroupParams,
  ShowServerGroupResponse,
  ShowServerInterfaceParams,
  ShowServerInterfaceResponse,
  ShowServerIpParams,
  ShowServerIpResponse,
  ShowServerTypeParams,
  ShowServerTypeResponse,
  ShowServerVolumeParams,
  ShowServerVolumeResponse,
  ShowSnapshotParams,
  ShowSnapshotResponse,
  ShowVirtualServerConsoleLogParams,
  ShowVirtualServerConsoleLogResponse,
  ShowVirtualServerParams,
  ShowVirtualServerPasswordParams,
  ShowVirtualServerPasswordResponse,
  ShowVirtualServerResponse,
  ShowVolumeParams,
  ShowVolumeQuotaSetParams,
  ShowVolumeQuotaSetResponse,
  ShowVolumeResponse,
  ShowVolumeTransferParams,
  ShowVolumeTransferResponse,
  ShowVolumeTypeParams,
  ShowVolumeTypeResponse,
  StartVirtualServerParams,
  StartVirtualServerResponse,
  StopVirtualServerParams,
  StopVirtualServerResponse,
  UnlockVirtualServerParams,
  UnlockVirtualServerResponse,
  UpdateAutoScalingGroupLbServerGroupsParams,
  UpdateAutoScalingGroupLbServerGroupsResponse,
  UpdateAutoScalingGroupNotificationParams,
  UpdateAutoScalingGroupNotificationResponse,
  UpdateAutoScalingGroupParams,
  UpdateAutoScalingGroupPolicyParams,
  UpdateAutoScalingGroupPolicyResponse,
  UpdateAutoScalingGroupResponse,
  UpdateAutoScalingGroupScheduleParams,
  UpdateAutoScalingGroupScheduleResponse,
  UpdateAutoScalingGroupServerCountParams,
  UpdateAutoScalingGroupServerCountResponse,
  UpdateImageMemberParams,
  UpdateImageMemberResponse,
  UpdateImageParams,
  UpdateImageResponse,
  UpdateServerInterfaceParams,
  UpdateServerInterfaceResponse,
  UpdateServerVolumeParams,
  UpdateServerVolumeResponse,
  UpdateSnapshotParams,
  UpdateSnapshotResponse,
  UpdateVirtualServerParams,
  UpdateVirtualServerResponse,
  UpdateVolumeParams,
  UpdateVolumeResponse,
} from './models.js';

/** Every operation: namespace → method → [HTTP method, path, flags, query keys, keys sent as parameter and body]. */
export const operations = {
  autoScalingGroups: {
    list: ["get","/v1/auto-scaling-groups"],
    create: ["post","/v1/auto-scaling-groups",1],
    get: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}"],
    update: ["put","/v1/auto-scaling-groups/{auto_scaling_group_id}",1],
    delete: ["delete","/v1/auto-scaling-groups/{auto_scaling_group_id}"],
    updateServerCount: ["put","/v1/auto-scaling-groups/{auto_scaling_group_id}/server-count",1],
  },
  autoScalingGroupLbServerGroups: {
    list: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups"],
    update: ["put","/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups",1],
  },
  autoScalingGroupNotifications: {
    list: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications"],
    create: ["post","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications",1],
    get: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}"],
    update: ["put","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}",1],
    delete: ["delete","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}"],
  },
  autoScalingGroupPolicies: {
    list: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies"],
    create: ["post","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies",1],
    get: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}"],
    update: ["put","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}",1],
    delete: ["delete","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}"],
  },
  autoScalingGroupSchedules: {
    list: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules"],
    create: ["post","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules",1],
    get: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}"],
    update: ["put","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}",1],
    delete: ["delete","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}"],
  },
  autoScalingGroupVirtualServers: {
    list: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers",8],
  },
  defaultConfigs: {
    list: ["get","/v1/default-configs"],
  },
  images: {
    list: ["get","/v1/images",8],
    create: ["post","/v1/images",1],
    get: ["get","/v1/images/{image_id}"],
    update: ["put","/v1/images/{image_id}",1],
    delete: ["delete","/v1/images/{image_id}"],
    import: ["post","/v1/images/{image_id}/import",1],
    share: ["post","/v1/images/{image_id}/share"],
    listPending: ["get","/v1/pending-images"],
  },
  imageMembers: {
    list: ["get","/v1/images/{image_id}/members"],
    create: ["post","/v1/images/{image_id}/members",1],
    get: ["get","/v1/images/{image_id}/members/{member_id}"],
    update: ["put","/v1/images/{image_id}/members/{member_id}",1],
    delete: ["delete","/v1/images/{image_id}/members/{member_id}"],
  },
  keypairs: {
    list: ["get","/v1/keypairs",8],
    create: ["post","/v1/keypairs",1],
    get: ["get","/v1/keypairs/{keypair_name}"],
    delete: ["delete","/v1/keypairs/{keypair_name}"],
  },
  launchConfigurations: {
    list: ["get","/v1/launch-configurations"],
    create: ["post","/v1/launch-configurations",1],
    get: ["get","/v1/launch-configurations/{launch_configuration_id}"],
    delete: ["delete","/v1/launch-configurations/{launch_configuration_id}"],
  },
  quotaSets: {
    get: ["get","/v1/quota-sets"],
    getForVolumes: ["get","/v1/volumes/quota-sets"],
  },
  serverGroups: {
    list: ["get","/v1/server-groups"],
    create: ["post","/v1/server-groups",1],
    get: ["get","/v1/server-groups/{server_group_id}"],
    delete: ["delete","/v1/server-groups/{server_group_id}"],
  },
  serverTypes: {
    list: ["get","/v1/server-types",8],
    get: ["get","/v1/server-types/{server_type_id}"],
  },
  servers: {
    list: ["get","/v1/servers",8],
    create: ["post","/v1/servers",1],
    get: ["get","/v1/servers/{server_id}"],
    update: ["put","/v1/servers/{server_id}",1],
    delete: ["delete","/v1/servers/{server_id}"],
    getConsoleLog: ["get","/v1/servers/{server_id}/console-log"],
    createDump: ["post","/v1/servers/{server_id}/dump"],
    createCustomImage: ["post","/v1/servers/{server_id}/images",1],
    listInterfaces: ["get","/v1/servers/{server_id}/interfaces"],
    createInterface: ["post","/v1/servers/{server_id}/interfaces",1],
    getInterface: ["get","/v1/servers/{server_id}/interfaces/{port_id}"],
    updateInterface: ["put","/v1/servers/{server_id}/interfaces/{port_id}",1],
    deleteInterface: ["delete","/v1/servers/{server_id}/interfaces/{port_id}"],
    createInterfacePrivateNat: ["post","/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats",1],
    deleteInterfacePrivateNat: ["delete","/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}"],
    createInterfaceNat: ["post","/v1/servers/{server_id}/interfaces/{port_id}/static-nats",1],
    deleteInterfaceNat: ["delete","/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}"],
    listIps: ["get","/v1/servers/{server_id}/ips"],
    getIp: ["get","/v1/servers/{server_id}/ips/{subnet_id}"],
    lock: ["post","/v1/servers/{server_id}/lock"],
    getPassword: ["post","/v1/servers/{server_id}/password",1],
    reboot: ["post","/v1/servers/{server_id}/reboot",1],
    rebuild: ["post","/v1/servers/{server_id}/rebuild"],
    listSecurityGroups: ["get","/v1/servers/{server_id}/security-groups"],
    attachSecurityGroup: ["post","/v1/servers/{server_id}/security-groups",1],
    detachSecurityGroup: ["delete","/v1/servers/{server_id}/security-groups/{security_group_id}"],
    setType: ["post","/v1/servers/{server_id}/server-type",1],
    start: ["post","/v1/servers/{server_id}/start"],
    stop: ["post","/v1/servers/{server_id}/stop"],
    unlock: ["post","/v1/servers/{server_id}/unlock"],
    listVolumes: ["get","/v1/servers/{server_id}/volumes"],
    createVolume: ["post","/v1/servers/{server_id}/volumes",1],
    getVolume: ["get","/v1/servers/{server_id}/volumes/{volume_id}"],
    updateVolume: ["put","/v1/servers/{server_id}/volumes/{volume_id}",1,[],["volume_id"]],
    deleteVolume: ["delete","/v1/servers/{server_id}/volumes/{volume_id}"],
  },
  snapshots: {
    list: ["get","/v1/snapshots",8],
    create: ["post","/v1/snapshots",1],
    get: ["get","/v1/snapshots/{snapshot_id}"],
    update: ["put","/v1/snapshots/{snapshot_id}",1],
    delete: ["delete","/v1/snapshots/{snapshot_id}"],
  },
  volumeTransfers: {
    list: ["get","/v1/volume-transfer"],
    create: ["post","/v1/volume-transfer",1],
    get: ["get","/v1/volume-transfer/{transfer_id}"],
    delete: ["delete","/v1/volume-transfer/{transfer_id}"],
    accept: ["post","/v1/volume-transfer/{transfer_id}/accept",1],
  },
  volumeTypes: {
    list: ["get","/v1/volume-types",8],
    getDefault: ["get","/v1/volume-types/default"],
    get: ["get","/v1/volume-types/{volume_type_id}"],
  },
  volumes: {
    list: ["get","/v1/volumes",8],
    create: ["post","/v1/volumes",1],
    get: ["get","/v1/volumes/{volume_id}"],
    update: ["put","/v1/volumes/{volume_id}",1],
    delete: ["delete","/v1/volumes/{volume_id}"],
    revertToSnapshot: ["post","/v1/volumes/{volume_id}/revert",1],
    attachToVirtualServer: ["post","/v1/volumes/{volume_id}/servers",1],
    detachFromVirtualServer: ["delete","/v1/volumes/{volume_id}/servers/{server_id}"],
    extend: ["put","/v1/volumes/{volume_id}/size",1],
  },
} as const satisfies ResourceTable;

/** scp's operations as methods: `scp.<namespace>.<method>(params, options)`. */
export interface ScpResources {
  readonly autoScalingGroups: {
    /**
     * List Auto-Scaling Groups
     *
     * `GET /v1/auto-scaling-groups` (listAutoScalingGroups)
     */
    list(params?: ListAutoScalingGroupsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListAutoScalingGroupsResponse>;
    /**
     * Create an Auto-Scaling Group
     *
     * `POST /v1/auto-scaling-groups` (createAutoScalingGroup)
     */
    create(params: CreateAutoScalingGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateAutoScalingGroupResponse>;
    /**
     * Show an Auto-Scaling Group
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}` (showAutoScalingGroup)
     */
    get(params: ShowAutoScalingGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowAutoScalingGroupResponse>;
    /**
     * Update an Auto-Scaling Group
     *
     * `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}` (updateAutoScalingGroup)
     */
    update(params: UpdateAutoScalingGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateAutoScalingGroupResponse>;
    /**
     * Delete an Auto-Scaling Group
     *
     * `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}` (deleteAutoScalingGroup)
     */
    delete(params: DeleteAutoScalingGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteAutoScalingGroupResponse>;
    /**
     * Change the server counts of an Auto-Scaling Group
     *
     * `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/server-count` (updateAutoScalingGroupServerCount)
     */
    updateServerCount(params: UpdateAutoScalingGroupServerCountParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateAutoScalingGroupServerCountResponse>;
  };
  readonly autoScalingGroupLbServerGroups: {
    /**
     * List the load balancer server groups of a group
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups` (listAutoScalingGroupLbServerGroups)
     */
    list(params: ListAutoScalingGroupLbServerGroupsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListAutoScalingGroupLbServerGroupsResponse>;
    /**
     * Set the load balancer server groups of a group
     *
     * `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups` (updateAutoScalingGroupLbServerGroups)
     */
    update(params: UpdateAutoScalingGroupLbServerGroupsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateAutoScalingGroupLbServerGroupsResponse>;
  };
  readonly autoScalingGroupNotifications: {
    /**
     * List the notifications of a group
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications` (listAutoScalingGroupNotifications)
     */
    list(params: ListAutoScalingGroupNotificationsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListAutoScalingGroupNotificationsResponse>;
    /**
     * Notify users of scaling events
     *
     * `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications` (createAutoScalingGroupNotification)
     */
    create(params: CreateAutoScalingGroupNotificationParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateAutoScalingGroupNotificationResponse>;
    /**
     * Show a notification
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (showAutoScalingGroupNotification)
     */
    get(params: ShowAutoScalingGroupNotificationParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowAutoScalingGroupNotificationResponse>;
    /**
     * Update a notification
     *
     * `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (updateAutoScalingGroupNotification)
     */
    update(params: UpdateAutoScalingGroupNotificationParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateAutoScalingGroupNotificationResponse>;
    /**
     * Delete a notification
     *
     * `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}` (deleteAutoScalingGroupNotification)
     */
    delete(params: DeleteAutoScalingGroupNotificationParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteAutoScalingGroupNotificationResponse>;
  };
  readonly autoScalingGroupPolicies: {
    /**
     * List the scaling policies of a group
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies` (listAutoScalingGroupPolicies)
     */
    list(params: ListAutoScalingGroupPoliciesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListAutoScalingGroupPoliciesResponse>;
    /**
     * Create a scaling policy
     *
     * `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/policies` (createAutoScalingGroupPolicy)
     */
    create(params: CreateAutoScalingGroupPolicyParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateAutoScalingGroupPolicyResponse>;
    /**
     * Show a scaling policy
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (showAutoScalingGroupPolicy)
     */
    get(params: ShowAutoScalingGroupPolicyParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowAutoScalingGroupPolicyResponse>;
    /**
     * Update a scaling policy
     *
     * `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (updateAutoScalingGroupPolicy)
     */
    update(params: UpdateAutoScalingGroupPolicyParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateAutoScalingGroupPolicyResponse>;
    /**
     * Delete a scaling policy
     *
     * `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}` (deleteAutoScalingGroupPolicy)
     */
    delete(params: DeleteAutoScalingGroupPolicyParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteAutoScalingGroupPolicyResponse>;
  };
  readonly autoScalingGroupSchedules: {
    /**
     * List the schedules of a group
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules` (listAutoScalingGroupSchedules)
     */
    list(params: ListAutoScalingGroupSchedulesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListAutoScalingGroupSchedulesResponse>;
    /**
     * Create a schedule
     *
     * `POST /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules` (createAutoScalingGroupSchedule)
     */
    create(params: CreateAutoScalingGroupScheduleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateAutoScalingGroupScheduleResponse>;
    /**
     * Show a schedule
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (showAutoScalingGroupSchedule)
     */
    get(params: ShowAutoScalingGroupScheduleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowAutoScalingGroupScheduleResponse>;
    /**
     * Update a schedule
     *
     * `PUT /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (updateAutoScalingGroupSchedule)
     */
    update(params: UpdateAutoScalingGroupScheduleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateAutoScalingGroupScheduleResponse>;
    /**
     * Delete a schedule
     *
     * `DELETE /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}` (deleteAutoScalingGroupSchedule)
     */
    delete(params: DeleteAutoScalingGroupScheduleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteAutoScalingGroupScheduleResponse>;
  };
  readonly autoScalingGroupVirtualServers: {
    /**
     * List the servers of an Auto-Scaling Group
     *
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers` (listAutoScalingGroupVirtualServers): awaited, the first page; iterated, every item of every page
     */
    list(params: ListAutoScalingGroupVirtualServersParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListAutoScalingGroupVirtualServersResponse, ItemOf<ListAutoScalingGroupVirtualServersResponse, "servers">>;
  };
  readonly defaultConfigs: {
    /**
     * List default configuration values
     *
     * `GET /v1/default-configs` (listDefaultConfigs)
     */
    list(params?: ListDefaultConfigsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListDefaultConfigsResponse>;
  };
  readonly images: {
    /**
     * List images
     *
     * `GET /v1/images` (listImages): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListImagesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListImagesResponse, ItemOf<ListImagesResponse, "images">>;
    /**
     * Create an image from a file
     *
     * `POST /v1/images` (createImage)
     */
    create(params: CreateImageParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateImageResponse>;
    /**
     * Show an image
     *
     * `GET /v1/images/{image_id}` (showImage)
     */
    get(params: ShowImageParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowImageResponse>;
    /**
     * Update an image
     *
     * `PUT /v1/images/{image_id}` (updateImage)
     */
    update(params: UpdateImageParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateImageResponse>;
    /**
     * Delete an image
     *
     * `DELETE /v1/images/{image_id}` (deleteImage)
     */
    delete(params: DeleteImageParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteImageResponse>;
    /**
     * Import an image file
     *
     * `POST /v1/images/{image_id}/import` (importImage)
     */
    import(params: ImportImageParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ImportImageResponse>;
    /**
     * Prepare an image for sharing
     *
     * `POST /v1/images/{image_id}/share` (createSharingImage)
     */
    share(params: CreateSharingImageParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateSharingImageResponse>;
    /**
     * List images being prepared
     *
     * `GET /v1/pending-images` (listPendingImages)
     */
    listPending(params?: ListPendingImagesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListPendingImagesResponse>;
  };
  readonly imageMembers: {
    /**
     * List the members of an image
     *
     * `GET /v1/images/{image_id}/members` (listImageMembers)
     */
    list(params: ListImageMembersParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListImageMembersResponse>;
    /**
     * Share an image with an account
     *
     * `POST /v1/images/{image_id}/members` (createImageMember)
     */
    create(params: CreateImageMemberParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateImageMemberResponse>;
    /**
     * Show an image member
     *
     * `GET /v1/images/{image_id}/members/{member_id}` (showImageMember)
     */
    get(params: ShowImageMemberParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowImageMemberResponse>;
    /**
     * Accept or reject a shared image
     *
     * `PUT /v1/images/{image_id}/members/{member_id}` (updateImageMember)
     */
    update(params: UpdateImageMemberParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateImageMemberResponse>;
    /**
     * Stop sharing an image with an account
     *
     * `DELETE /v1/images/{image_id}/members/{member_id}` (deleteImageMember)
     */
    delete(params: DeleteImageMemberParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteImageMemberResponse>;
  };
  readonly keypairs: {
    /**
     * List key pairs
     *
     * `GET /v1/keypairs` (listKeypairs): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListKeypairsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListKeypairsResponse, ItemOf<ListKeypairsResponse, "keypairs">>;
    /**
     * Create or import a key pair
     *
     * `POST /v1/keypairs` (createKeypair)
     */
    create(params: CreateKeypairParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateKeypairResponse>;
    /**
     * Show a key pair
     *
     * `GET /v1/keypairs/{keypair_name}` (showKeypair)
     */
    get(params: ShowKeypairParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowKeypairResponse>;
    /**
     * Delete a key pair
     *
     * `DELETE /v1/keypairs/{keypair_name}` (deleteKeypair)
     */
    delete(params: DeleteKeypairParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteKeypairResponse>;
  };
  readonly launchConfigurations: {
    /**
     * List launch configurations
     *
     * `GET /v1/launch-configurations` (listLaunchConfigurations)
     */
    list(params?: ListLaunchConfigurationsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListLaunchConfigurationsResponse>;
    /**
     * Create a launch configuration
     *
     * `POST /v1/launch-configurations` (createLaunchConfiguration)
     */
    create(params: CreateLaunchConfigurationParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateLaunchConfigurationResponse>;
    /**
     * Show a launch configuration
     *
     * `GET /v1/launch-configurations/{launch_configuration_id}` (showLaunchConfiguration)
     */
    get(params: ShowLaunchConfigurationParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowLaunchConfigurationResponse>;
    /**
     * Delete a launch configuration
     *
     * `DELETE /v1/launch-configurations/{launch_configuration_id}` (deleteLaunchConfiguration)
     */
    delete(params: DeleteLaunchConfigurationParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteLaunchConfigurationResponse>;
  };
  readonly quotaSets: {
    /**
     * Show the server quotas
     *
     * `GET /v1/quota-sets` (showQuotaSet)
     */
    get(params?: ShowQuotaSetParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowQuotaSetResponse>;
    /**
     * Show the volume quotas
     *
     * `GET /v1/volumes/quota-sets` (showVolumeQuotaSet)
     */
    getForVolumes(params?: ShowVolumeQuotaSetParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVolumeQuotaSetResponse>;
  };
  readonly serverGroups: {
    /**
     * List server groups
     *
     * `GET /v1/server-groups` (listServerGroups)
     */
    list(params?: ListServerGroupsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListServerGroupsResponse>;
    /**
     * Create a server group
     *
     * `POST /v1/server-groups` (createServerGroup)
     */
    create(params: CreateServerGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateServerGroupResponse>;
    /**
     * Show a server group
     *
     * `GET /v1/server-groups/{server_group_id}` (showServerGroup)
     */
    get(params: ShowServerGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowServerGroupResponse>;
    /**
     * Delete a server group
     *
     * `DELETE /v1/server-groups/{server_group_id}` (deleteServerGroup)
     */
    delete(params: DeleteServerGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteServerGroupResponse>;
  };
  readonly serverTypes: {
    /**
     * List server types
     *
     * `GET /v1/server-types` (listServerTypes): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListServerTypesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListServerTypesResponse, ItemOf<ListServerTypesResponse, "server_types">>;
    /**
     * Show a server type
     *
     * `GET /v1/server-types/{server_type_id}` (showServerType)
     */
    get(params: ShowServerTypeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowServerTypeResponse>;
  };
  readonly servers: {
    /**
     * List virtual servers
     *
     * `GET /v1/servers` (listVirtualServers): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVirtualServersParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListVirtualServersResponse, ItemOf<ListVirtualServersResponse, "servers">>;
    /**
     * Create virtual servers
     *
     * `POST /v1/servers` (createVirtualServer)
     */
    create(params: CreateVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVirtualServerResponse>;
    /**
     * Show a virtual server
     *
     * `GET /v1/servers/{server_id}` (showVirtualServer)
     */
    get(params: ShowVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVirtualServerResponse>;
    /**
     * Rename a virtual server
     *
     * `PUT /v1/servers/{server_id}` (updateVirtualServer)
     */
    update(params: UpdateVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateVirtualServerResponse>;
    /**
     * Delete a virtual server
     *
     * `DELETE /v1/servers/{server_id}` (deleteVirtualServer)
     */
    delete(params: DeleteVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteVirtualServerResponse>;
    /**
     * Show the console log of a server
     *
     * `GET /v1/servers/{server_id}/console-log` (showVirtualServerConsoleLog)
     */
    getConsoleLog(params: ShowVirtualServerConsoleLogParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVirtualServerConsoleLogResponse>;
    /**
     * Dump the memory of a server
     *
     * `POST /v1/servers/{server_id}/dump` (createVirtualServerDump)
     */
    createDump(params: CreateVirtualServerDumpParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVirtualServerDumpResponse>;
    /**
     * Create a custom image from a server
     *
     * `POST /v1/servers/{server_id}/images` (createVirtualServerCustomImage)
     */
    createCustomImage(params: CreateVirtualServerCustomImageParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVirtualServerCustomImageResponse>;
    /**
     * List the interfaces of a server
     *
     * `GET /v1/servers/{server_id}/interfaces` (listServerInterfaces)
     */
    listInterfaces(params: ListServerInterfacesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListServerInterfacesResponse>;
    /**
     * Create or attach a server interface
     *
     * `POST /v1/servers/{server_id}/interfaces` (createServerInterface)
     */
    createInterface(params: CreateServerInterfaceParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateServerInterfaceResponse>;
    /**
     * Show a server interface
     *
     * `GET /v1/servers/{server_id}/interfaces/{port_id}` (showServerInterface)
     */
    getInterface(params: ShowServerInterfaceParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowServerInterfaceResponse>;
    /**
     * Update a server interface
     *
     * `PUT /v1/servers/{server_id}/interfaces/{port_id}` (updateServerInterface)
     */
    updateInterface(params: UpdateServerInterfaceParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateServerInterfaceResponse>;
    /**
     * Delete a server interface
     *
     * `DELETE /v1/servers/{server_id}/interfaces/{port_id}` (deleteServerInterface)
     */
    deleteInterface(params: DeleteServerInterfaceParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteServerInterfaceResponse>;
    /**
     * Create a private static NAT on an interface
     *
     * `POST /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats` (createServerInterfacePrivateNat)
     */
    createInterfacePrivateNat(params: CreateServerInterfacePrivateNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateServerInterfacePrivateNatResponse>;
    /**
     * Delete a private static NAT of an interface
     *
     * `DELETE /v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}` (deleteServerInterfacePrivateNat)
     */
    deleteInterfacePrivateNat(params: DeleteServerInterfacePrivateNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteServerInterfacePrivateNatResponse>;
    /**
     * Bind a public IP to an interface (static NAT)
     *
     * `POST /v1/servers/{server_id}/interfaces/{port_id}/static-nats` (createServerInterfaceNat)
     */
    createInterfaceNat(params: CreateServerInterfaceNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateServerInterfaceNatResponse>;
    /**
     * Unbind a public IP from an interface
     *
     * `DELETE /v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}` (deleteServerInterfaceNat)
     */
    deleteInterfaceNat(params: DeleteServerInterfaceNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteServerInterfaceNatResponse>;
    /**
     * List the IP addresses of a server
     *
     * `GET /v1/servers/{server_id}/ips` (listServerIps)
     */
    listIps(params: ListServerIpsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListServerIpsResponse>;
    /**
     * Show the IP addresses of a server in one subnet
     *
     * `GET /v1/servers/{server_id}/ips/{subnet_id}` (showServerIp)
     */
    getIp(params: ShowServerIpParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowServerIpResponse>;
    /**
     * Lock a virtual server
     *
     * `POST /v1/servers/{server_id}/lock` (lockVirtualServer)
     */
    lock(params: LockVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<LockVirtualServerResponse>;
    /**
     * Show a Windows server's password
     *
     * `POST /v1/servers/{server_id}/password` (showVirtualServerPassword)
     */
    getPassword(params: ShowVirtualServerPasswordParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVirtualServerPasswordResponse>;
    /**
     * Reboot a virtual server
     *
     * `POST /v1/servers/{server_id}/reboot` (rebootVirtualServer)
     */
    reboot(params: RebootVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<RebootVirtualServerResponse>;
    /**
     * Rebuild a virtual server
     *
     * `POST /v1/servers/{server_id}/rebuild` (rebuildVirtualServer)
     */
    rebuild(params: RebuildVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<RebuildVirtualServerResponse>;
    /**
     * List the security groups of a server
     *
     * `GET /v1/servers/{server_id}/security-groups` (listVirtualServerSecurityGroups)
     */
    listSecurityGroups(params: ListVirtualServerSecurityGroupsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListVirtualServerSecurityGroupsResponse>;
    /**
     * Apply a security group to a server
     *
     * `POST /v1/servers/{server_id}/security-groups` (attachVirtualServerSecurityGroup)
     */
    attachSecurityGroup(params: AttachVirtualServerSecurityGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<AttachVirtualServerSecurityGroupResponse>;
    /**
     * Remove a security group from a server
     *
     * `DELETE /v1/servers/{server_id}/security-groups/{security_group_id}` (detachVirtualServerSecurityGroup)
     */
    detachSecurityGroup(params: DetachVirtualServerSecurityGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DetachVirtualServerSecurityGroupResponse>;
    /**
     * Resize a server to another server type
     *
     * `POST /v1/servers/{server_id}/server-type` (setVirtualServerType)
     */
    setType(params: SetVirtualServerTypeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetVirtualServerTypeResponse>;
    /**
     * Start a virtual server
     *
     * `POST /v1/servers/{server_id}/start` (startVirtualServer)
     */
    start(params: StartVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<StartVirtualServerResponse>;
    /**
     * Stop a virtual server
     *
     * `POST /v1/servers/{server_id}/stop` (stopVirtualServer)
     */
    stop(params: StopVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<StopVirtualServerResponse>;
    /**
     * Unlock a virtual server
     *
     * `POST /v1/servers/{server_id}/unlock` (unlockVirtualServer)
     */
    unlock(params: UnlockVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UnlockVirtualServerResponse>;
    /**
     * List the volumes attached to a server
     *
     * `GET /v1/servers/{server_id}/volumes` (listServerVolumes)
     */
    listVolumes(params: ListServerVolumesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListServerVolumesResponse>;
    /**
     * Attach a volume to a server
     *
     * `POST /v1/servers/{server_id}/volumes` (createServerVolume)
     */
    createVolume(params: CreateServerVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateServerVolumeResponse>;
    /**
     * Show one volume attachment of a server
     *
     * `GET /v1/servers/{server_id}/volumes/{volume_id}` (showServerVolume)
     */
    getVolume(params: ShowServerVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowServerVolumeResponse>;
    /**
     * Change a volume attachment
     *
     * `PUT /v1/servers/{server_id}/volumes/{volume_id}` (updateServerVolume)
     */
    updateVolume(params: UpdateServerVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateServerVolumeResponse>;
    /**
     * Detach a volume from a server
     *
     * `DELETE /v1/servers/{server_id}/volumes/{volume_id}` (deleteServerVolume)
     */
    deleteVolume(params: DeleteServerVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteServerVolumeResponse>;
    /** `waitForServer` with this client: see its own documentation. */
    waitForServer: BoundHelper<typeof waitForServer>;
  };
  readonly snapshots: {
    /**
     * List snapshots
     *
     * `GET /v1/snapshots` (listSnapshot): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListSnapshotParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListSnapshotResponse, ItemOf<ListSnapshotResponse, "snapshots">>;
    /**
     * Create a snapshot
     *
     * `POST /v1/snapshots` (createSnapshot)
     */
    create(params: CreateSnapshotParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateSnapshotResponse>;
    /**
     * Show a snapshot
     *
     * `GET /v1/snapshots/{snapshot_id}` (showSnapshot)
     */
    get(params: ShowSnapshotParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowSnapshotResponse>;
    /**
     * Update a snapshot
     *
     * `PUT /v1/snapshots/{snapshot_id}` (updateSnapshot)
     */
    update(params: UpdateSnapshotParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateSnapshotResponse>;
    /**
     * Delete a snapshot
     *
     * `DELETE /v1/snapshots/{snapshot_id}` (deleteSnapshot)
     */
    delete(params: DeleteSnapshotParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteSnapshotResponse>;
  };
  readonly volumeTransfers: {
    /**
     * List volume transfers
     *
     * `GET /v1/volume-transfer` (listVolumeTransfer)
     */
    list(params?: ListVolumeTransferParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListVolumeTransferResponse>;
    /**
     * Offer a volume to another account
     *
     * `POST /v1/volume-transfer` (createVolumeTransfer)
     */
    create(params: CreateVolumeTransferParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVolumeTransferResponse>;
    /**
     * Show a volume transfer
     *
     * `GET /v1/volume-transfer/{transfer_id}` (showVolumeTransfer)
     */
    get(params: ShowVolumeTransferParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVolumeTransferResponse>;
    /**
     * Cancel a volume transfer
     *
     * `DELETE /v1/volume-transfer/{transfer_id}` (deleteVolumeTransfer)
     */
    delete(params: DeleteVolumeTransferParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteVolumeTransferResponse>;
    /**
     * Accept a volume transfer
     *
     * `POST /v1/volume-transfer/{transfer_id}/accept` (acceptVolumeTransfer)
     */
    accept(params: AcceptVolumeTransferParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<AcceptVolumeTransferResponse>;
  };
  readonly volumeTypes: {
    /**
     * List volume types
     *
     * `GET /v1/volume-types` (listVolumeTypes): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVolumeTypesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListVolumeTypesResponse, ItemOf<ListVolumeTypesResponse, "volume_types">>;
    /**
     * Show the default volume type
     *
     * `GET /v1/volume-types/default` (showDefaultVolumeType)
     */
    getDefault(params?: ShowDefaultVolumeTypeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowDefaultVolumeTypeResponse>;
    /**
     * Show a volume type
     *
     * `GET /v1/volume-types/{volume_type_id}` (showVolumeType)
     */
    get(params: ShowVolumeTypeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVolumeTypeResponse>;
  };
  readonly volumes: {
    /**
     * List volumes
     *
     * `GET /v1/volumes` (listVolumes): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVolumesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListVolumesResponse, ItemOf<ListVolumesResponse, "volumes">>;
    /**
     * Create a volume
     *
     * `POST /v1/volumes` (createVolume)
     */
    create(params: CreateVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVolumeResponse>;
    /**
     * Show a volume
     *
     * `GET /v1/volumes/{volume_id}` (showVolume)
     */
    get(params: ShowVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVolumeResponse>;
    /**
     * Rename a volume
     *
     * `PUT /v1/volumes/{volume_id}` (updateVolume)
     */
    update(params: UpdateVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<UpdateVolumeResponse>;
    /**
     * Delete a volume
     *
     * `DELETE /v1/volumes/{volume_id}` (deleteVolume)
     */
    delete(params: DeleteVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteVolumeResponse>;
    /**
     * Revert a volume to a snapshot
     *
     * `POST /v1/volumes/{volume_id}/revert` (revertVolumeToSnapshot)
     */
    revertToSnapshot(params: RevertVolumeToSnapshotParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<RevertVolumeToSnapshotResponse>;
    /**
     * Attach a volume to a server
     *
     * `POST /v1/volumes/{volume_id}/servers` (attachVolumeToVirtualServer)
     */
    attachToVirtualServer(params: AttachVolumeToVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<AttachVolumeToVirtualServerResponse>;
    /**
     * Detach a volume from a server
     *
     * `DELETE /v1/volumes/{volume_id}/servers/{server_id}` (detachVolumeFromVirtualServer)
     */
    detachFromVirtualServer(params: DetachVolumeFromVirtualServerParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DetachVolumeFromVirtualServerResponse>;
    /**
     * Extend a volume
     *
     * `PUT /v1/volumes/{volume_id}/size` (extendVolume)
     */
    extend(params: ExtendVolumeParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ExtendVolumeResponse>;
  };
}

/** The resource client: `new Scp(options)` takes the options of createScpClient; its `client` is the path-style client (throwing). */
export interface Scp extends ScpResources {
  /** The path-style client underneath, created with the same options and `throwOnError: true`. */
  readonly client: ScpClient<true>;
}

/** The options of `new Scp(…)`: those of createScpClient but `throwOnError`, which the resource layer always sets. */
export type ScpOptions = Omit<ScpClientOptions, 'throwOnError'>;

export const Scp: new (options?: ScpOptions) => Scp = /* @__PURE__ */ resourceClass({
  vendor: "scp",
  factory: createScpClient,
  credentials: credentialOptions,
  operations,
  list: /* @__PURE__ */ listWalker("marker", "scp", paginatedPaths),
  helpers: { servers: { waitForServer } },
  callOptions: ['apiVersion'],
});
