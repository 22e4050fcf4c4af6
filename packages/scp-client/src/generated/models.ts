// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// Named types: every schema of the spec, and the argument object and data of every operation.
import type { OperationData, OperationParams } from '@cloudspecs/runtime';
import type { components, operations } from './schema.js';

type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** One validation failure. */
export interface ValidationErrorModel extends Schema<"ValidationErrorModel"> {}
/** Body of a 400 answer. */
export type ValidationErrorList = Schema<"ValidationErrorList">;
/** Product category. */
export type ProductCategory = Schema<"ProductCategory">;
/** Product offering. */
export type ProductOffering = Schema<"ProductOffering">;
/** The `ServerListResponse` schema. */
export interface ServerListResponse extends Schema<"ServerListResponse"> {}
/** The `ServerCreateRequest` schema. */
export interface ServerCreateRequest extends Schema<"ServerCreateRequest"> {}
/** One network of a new server. */
export interface Network extends Schema<"Network"> {}
/** The `Tag` schema. */
export interface Tag extends Schema<"Tag"> {}
/** One volume of a new server. */
export interface Volume extends Schema<"Volume"> {}
/** The `ServerCreateResponse` schema. */
export interface ServerCreateResponse extends Schema<"ServerCreateResponse"> {}
/** The `ServerCreateResponseParam` schema. */
export interface ServerCreateResponseParam extends Schema<"ServerCreateResponseParam"> {}
/** The `ServerShowResponse` schema. */
export interface ServerShowResponse extends Schema<"ServerShowResponse"> {}
/** The `ServerShowResponseSecurityGroup` schema. */
export interface ServerShowResponseSecurityGroup extends Schema<"ServerShowResponseSecurityGroup"> {}
/** Server type of the server. */
export interface ServerShowResponseServerType extends Schema<"ServerShowResponseServerType"> {}
/** The `ServerShowResponseVolume` schema. */
export interface ServerShowResponseVolume extends Schema<"ServerShowResponseVolume"> {}
/** The `ServerRebootRequestBody` schema. */
export interface ServerRebootRequestBody extends Schema<"ServerRebootRequestBody"> {}
/** The `ServerInterfaceListResponse` schema. */
export interface ServerInterfaceListResponse extends Schema<"ServerInterfaceListResponse"> {}
/** A new port in a subnet (`subnet_id`, with `fixed_ips` to choose its addresses) or an existing port (`port_id`): at least one of the two. */
export type ServerInterfaceCreateRequest = Schema<"ServerInterfaceCreateRequest">;
/** New port */
export interface ServerInterfaceCreateNewPort extends Schema<"ServerInterfaceCreateNewPort"> {}
/** Existing port */
export interface ServerInterfaceAttachPort extends Schema<"ServerInterfaceAttachPort"> {}
/** The `InterfaceResponse` schema. */
export interface InterfaceResponse extends Schema<"InterfaceResponse"> {}
/** The `InterfaceAttachmentFixedIp` schema. */
export interface InterfaceAttachmentFixedIp extends Schema<"InterfaceAttachmentFixedIp"> {}
/** Private static NAT of the interface; absent when there is none. */
export interface PrivateStaticNat extends Schema<"PrivateStaticNat"> {}
/** Public static NAT of the interface; absent when there is none. */
export interface PublicStaticNat extends Schema<"PublicStaticNat"> {}
/** The `ServerInterfaceUpdateRequest` schema. */
export interface ServerInterfaceUpdateRequest extends Schema<"ServerInterfaceUpdateRequest"> {}
/** The `ServerIpsResponse` schema. */
export interface ServerIpsResponse extends Schema<"ServerIpsResponse"> {}
/** The `ServerShowResponseAddress` schema. */
export interface ServerShowResponseAddress extends Schema<"ServerShowResponseAddress"> {}
/** The `ServerShowResponseAddressIpAddress` schema. */
export interface ServerShowResponseAddressIpAddress extends Schema<"ServerShowResponseAddressIpAddress"> {}
/** The `AutoScalingGroupListResponse` schema. */
export interface AutoScalingGroupListResponse extends Schema<"AutoScalingGroupListResponse"> {}
/** The `AutoScalingGroupCreateRequest` schema. */
export interface AutoScalingGroupCreateRequest extends Schema<"AutoScalingGroupCreateRequest"> {}
/** An Auto-Scaling Group. */
export interface AutoScalingGroupShowResponse extends Schema<"AutoScalingGroupShowResponse"> {}
/** The `AutoScalingGroupSetRequest` schema. */
export interface AutoScalingGroupSetRequest extends Schema<"AutoScalingGroupSetRequest"> {}
/** The `AutoScalingGroupLbServerGroupListResponse` schema. */
export interface AutoScalingGroupLbServerGroupListResponse extends Schema<"AutoScalingGroupLbServerGroupListResponse"> {}
/** The `AutoScalingGroupLbServerGroupSetRequest` schema. */
export interface AutoScalingGroupLbServerGroupSetRequest extends Schema<"AutoScalingGroupLbServerGroupSetRequest"> {}
/** The `AutoScalingGroupNotificationListResponse` schema. */
export interface AutoScalingGroupNotificationListResponse extends Schema<"AutoScalingGroupNotificationListResponse"> {}
/** The `AutoScalingGroupNotificationCreateRequest` schema. */
export interface AutoScalingGroupNotificationCreateRequest extends Schema<"AutoScalingGroupNotificationCreateRequest"> {}
/** The `AutoScalingGroupNotificationShowResponse` schema. */
export interface AutoScalingGroupNotificationShowResponse extends Schema<"AutoScalingGroupNotificationShowResponse"> {}
/** The `AutoScalingGroupNotificationUpdateRequest` schema. */
export interface AutoScalingGroupNotificationUpdateRequest extends Schema<"AutoScalingGroupNotificationUpdateRequest"> {}
/** How a scaling policy aggregates its metric over the servers of the group. */
export type AutoScalingGroupPolicyMetricMethod = Schema<"AutoScalingGroupPolicyMetricMethod">;
/** Whether a scaling policy adds servers (`SCALE_OUT`) or removes them (`SCALE_IN`). */
export type AutoScalingGroupPolicyScaleType = Schema<"AutoScalingGroupPolicyScaleType">;
/** The `AutoScalingGroupPolicyListResponse` schema. */
export interface AutoScalingGroupPolicyListResponse extends Schema<"AutoScalingGroupPolicyListResponse"> {}
/** The `AutoScalingGroupPolicyCreateRequest` schema. */
export interface AutoScalingGroupPolicyCreateRequest extends Schema<"AutoScalingGroupPolicyCreateRequest"> {}
/** The `AutoScalingGroupPolicyShowResponse` schema. */
export interface AutoScalingGroupPolicyShowResponse extends Schema<"AutoScalingGroupPolicyShowResponse"> {}
/** The `AutoScalingGroupPolicyUpdateRequest` schema. */
export interface AutoScalingGroupPolicyUpdateRequest extends Schema<"AutoScalingGroupPolicyUpdateRequest"> {}
/** How often a schedule runs. */
export type JobSchedulingFrequencyEnum = Schema<"JobSchedulingFrequencyEnum">;
/** The `AutoScalingGroupScheduleListResponse` schema. */
export interface AutoScalingGroupScheduleListResponse extends Schema<"AutoScalingGroupScheduleListResponse"> {}
/** The `AutoScalingGroupScheduleCreateRequest` schema. */
export interface AutoScalingGroupScheduleCreateRequest extends Schema<"AutoScalingGroupScheduleCreateRequest"> {}
/** The `AutoScalingGroupScheduleShowResponse` schema. */
export interface AutoScalingGroupScheduleShowResponse extends Schema<"AutoScalingGroupScheduleShowResponse"> {}
/** The `AutoScalingGroupScheduleUpdateRequest` schema. */
export interface AutoScalingGroupScheduleUpdateRequest extends Schema<"AutoScalingGroupScheduleUpdateRequest"> {}
/** The `AutoScalingGroupSetServerCountRequest` schema. */
export interface AutoScalingGroupSetServerCountRequest extends Schema<"AutoScalingGroupSetServerCountRequest"> {}
/** The `AutoScalingGroupVirtualServerListResponse` schema. */
export interface AutoScalingGroupVirtualServerListResponse extends Schema<"AutoScalingGroupVirtualServerListResponse"> {}
/** The `DefaultConfigListResponse` schema. */
export interface DefaultConfigListResponse extends Schema<"DefaultConfigListResponse"> {}
/** Who can see an image. */
export type ImageVisibilityEnum = Schema<"ImageVisibilityEnum">;
/** The `ImageListResponse` schema. */
export interface ImageListResponse extends Schema<"ImageListResponse"> {}
/** The `ImageCreateRequest` schema. */
export interface ImageCreateRequest extends Schema<"ImageCreateRequest"> {}
/** An image. */
export interface ImageShowResponse extends Schema<"ImageShowResponse"> {}
/** The `ImageSetRequest` schema. */
export interface ImageSetRequest extends Schema<"ImageSetRequest"> {}
/** The `ImageImportRequest` schema. */
export interface ImageImportRequest extends Schema<"ImageImportRequest"> {}
/** The `ImageMemberListResponse` schema. */
export interface ImageMemberListResponse extends Schema<"ImageMemberListResponse"> {}
/** The `ImageMemberCreateRequest` schema. */
export interface ImageMemberCreateRequest extends Schema<"ImageMemberCreateRequest"> {}
/** The `ImageMemberShowResponse` schema. */
export interface ImageMemberShowResponse extends Schema<"ImageMemberShowResponse"> {}
/** The `ImageMemberSetRequest` schema. */
export interface ImageMemberSetRequest extends Schema<"ImageMemberSetRequest"> {}
/** The `KeypairListResponse` schema. */
export interface KeypairListResponse extends Schema<"KeypairListResponse"> {}
/** The `KeypairCreateRequest` schema. */
export interface KeypairCreateRequest extends Schema<"KeypairCreateRequest"> {}
/** The `KeypairCreateResponse` schema. */
export interface KeypairCreateResponse extends Schema<"KeypairCreateResponse"> {}
/** The `KeypairShowResponse` schema. */
export interface KeypairShowResponse extends Schema<"KeypairShowResponse"> {}
/** A launch configuration with the sizes of its volumes. */
export interface LaunchConfigurationShowResponse extends Schema<"LaunchConfigurationShowResponse"> {}
/** The `LaunchConfigurationCreateRequest` schema. */
export interface LaunchConfigurationCreateRequest extends Schema<"LaunchConfigurationCreateRequest"> {}
/** A launch configuration. */
export interface LaunchConfigurationDetailShowResponse extends Schema<"LaunchConfigurationDetailShowResponse"> {}
/** The `ServerQuotaSet` schema. */
export interface ServerQuotaSet extends Schema<"ServerQuotaSet"> {}
/** The `ServerGroupListResponse` schema. */
export interface ServerGroupListResponse extends Schema<"ServerGroupListResponse"> {}
/** The `ServerGroupCreateRequest` schema. */
export interface ServerGroupCreateRequest extends Schema<"ServerGroupCreateRequest"> {}
/** The `ServerGroup` schema. */
export interface ServerGroup extends Schema<"ServerGroup"> {}
/** The `ServerTypeListResponse` schema. */
export interface ServerTypeListResponse extends Schema<"ServerTypeListResponse"> {}
/** A server type. */
export interface ServerType extends Schema<"ServerType"> {}
/** The `ServerUpdateRequest` schema. */
export interface ServerUpdateRequest extends Schema<"ServerUpdateRequest"> {}
/** The `ServerConsoleLogResponse` schema. */
export interface ServerConsoleLogResponse extends Schema<"ServerConsoleLogResponse"> {}
/** The `ServerCreateImageRequestBody` schema. */
export interface ServerCreateImageRequestBody extends Schema<"ServerCreateImageRequestBody"> {}
/** The `ServerCreateImageResponse` schema. */
export interface ServerCreateImageResponse extends Schema<"ServerCreateImageResponse"> {}
/** The `ServerPrivateStaticNatCreateRequest` schema. */
export interface ServerPrivateStaticNatCreateRequest extends Schema<"ServerPrivateStaticNatCreateRequest"> {}
/** The `ServerStaticNatCreateRequest` schema. */
export interface ServerStaticNatCreateRequest extends Schema<"ServerStaticNatCreateRequest"> {}
/** The `ServerPasswordRequest` schema. */
export interface ServerPasswordRequest extends Schema<"ServerPasswordRequest"> {}
/** The `ServerPasswordResponse` schema. */
export interface ServerPasswordResponse extends Schema<"ServerPasswordResponse"> {}
/** The `ServerSecurityGroupListResponse` schema. */
export interface ServerSecurityGroupListResponse extends Schema<"ServerSecurityGroupListResponse"> {}
/** The `ServerSecurityGroupActionRequestBody` schema. */
export interface ServerSecurityGroupActionRequestBody extends Schema<"ServerSecurityGroupActionRequestBody"> {}
/** The `ServerSetServerTypeRequestBody` schema. */
export interface ServerSetServerTypeRequestBody extends Schema<"ServerSetServerTypeRequestBody"> {}
/** The `ServerVolumesResponse` schema. */
export interface ServerVolumesResponse extends Schema<"ServerVolumesResponse"> {}
/** The `ServerVolumesCreateRequest` schema. */
export interface ServerVolumesCreateRequest extends Schema<"ServerVolumesCreateRequest"> {}
/** The `ServersVolumeResponse` schema. */
export interface ServersVolumeResponse extends Schema<"ServersVolumeResponse"> {}
/** The `ServerVolumesUpdateRequest` schema. */
export interface ServerVolumesUpdateRequest extends Schema<"ServerVolumesUpdateRequest"> {}
/** The `SnapshotListResponse` schema. */
export interface SnapshotListResponse extends Schema<"SnapshotListResponse"> {}
/** The `SnapshotCreateRequest` schema. */
export interface SnapshotCreateRequest extends Schema<"SnapshotCreateRequest"> {}
/** A volume snapshot. */
export interface SnapshotDetailResponse extends Schema<"SnapshotDetailResponse"> {}
/** The `SnapshotUpdateRequest` schema. */
export interface SnapshotUpdateRequest extends Schema<"SnapshotUpdateRequest"> {}
/** The `VolumeTransferListResponse` schema. */
export interface VolumeTransferListResponse extends Schema<"VolumeTransferListResponse"> {}
/** The `VolumeTransferRequest` schema. */
export interface VolumeTransferRequest extends Schema<"VolumeTransferRequest"> {}
/** The `VolumeTransferCreateResponse` schema. */
export interface VolumeTransferCreateResponse extends Schema<"VolumeTransferCreateResponse"> {}
/** The `VolumeTransferShowResponse` schema. */
export interface VolumeTransferShowResponse extends Schema<"VolumeTransferShowResponse"> {}
/** The `VolumeTransferAccessRequest` schema. */
export interface VolumeTransferAccessRequest extends Schema<"VolumeTransferAccessRequest"> {}
/** The `VolumeTransferAcceptResponse` schema. */
export interface VolumeTransferAcceptResponse extends Schema<"VolumeTransferAcceptResponse"> {}
/** The `VolumeTypeListResponse` schema. */
export interface VolumeTypeListResponse extends Schema<"VolumeTypeListResponse"> {}
/** The `VolumeTypeDetailResponse` schema. */
export interface VolumeTypeDetailResponse extends Schema<"VolumeTypeDetailResponse"> {}
/** The `VolumeListResponse` schema. */
export interface VolumeListResponse extends Schema<"VolumeListResponse"> {}
/** The `VolumeCreateRequest` schema. */
export interface VolumeCreateRequest extends Schema<"VolumeCreateRequest"> {}
/** A volume. */
export interface VolumeShowResponse extends Schema<"VolumeShowResponse"> {}
/** The `VolumeQuotaSet` schema. */
export interface VolumeQuotaSet extends Schema<"VolumeQuotaSet"> {}
/** The `VolumeUpdateRequest` schema. */
export interface VolumeUpdateRequest extends Schema<"VolumeUpdateRequest"> {}
/** The `VolumeRevertRequest` schema. */
export interface VolumeRevertRequest extends Schema<"VolumeRevertRequest"> {}
/** The `VolumeServerAttachRequest` schema. */
export interface VolumeServerAttachRequest extends Schema<"VolumeServerAttachRequest"> {}
/** The `VolumeServerAttachResponse` schema. */
export interface VolumeServerAttachResponse extends Schema<"VolumeServerAttachResponse"> {}
/** The `VolumeExtendRequest` schema. */
export interface VolumeExtendRequest extends Schema<"VolumeExtendRequest"> {}
/** An Auto-Scaling Group as listed. */
export interface AutoScalingGroup extends Schema<"AutoScalingGroup"> {}
/** The `AutoScalingGroupLbServerGroup` schema. */
export interface AutoScalingGroupLbServerGroup extends Schema<"AutoScalingGroupLbServerGroup"> {}
/** The `AutoScalingGroupLbServerGroupShowResponse` schema. */
export interface AutoScalingGroupLbServerGroupShowResponse extends Schema<"AutoScalingGroupLbServerGroupShowResponse"> {}
/** State of a schedule. */
export type JobSchedulingState = Schema<"JobSchedulingState">;
/** The `AutoScalingGroupVirtualServerShowResponse` schema. */
export interface AutoScalingGroupVirtualServerShowResponse extends Schema<"AutoScalingGroupVirtualServerShowResponse"> {}
/** Operating system distribution of an image. */
export type ImageOsDistroEnum = Schema<"ImageOsDistroEnum">;
/** Status of the share of an image with an account. */
export type ImageMemberStatusEnum = Schema<"ImageMemberStatusEnum">;
/** A key pair as listed. */
export interface Keypair extends Schema<"Keypair"> {}
/** The `LaunchConfigurationVolume` schema. */
export interface LaunchConfigurationVolume extends Schema<"LaunchConfigurationVolume"> {}
/** One quota: its limit, what is in use and what is reserved. */
export interface ServerQuotaSetObject extends Schema<"ServerQuotaSetObject"> {}
/** A security group with its rules. */
export interface SecurityGroupResponse extends Schema<"SecurityGroupResponse"> {}
/** The `VolumeTypeExtraSpecs` schema. */
export interface VolumeTypeExtraSpecs extends Schema<"VolumeTypeExtraSpecs"> {}
/** The `VolumeServer` schema. */
export interface VolumeServer extends Schema<"VolumeServer"> {}
/** The `VolumeImageMetadataResponse` schema. */
export interface VolumeImageMetadataResponse extends Schema<"VolumeImageMetadataResponse"> {}
/** One quota: its limit, what is in use and what is reserved. */
export interface VolumeQuotaSetObject extends Schema<"VolumeQuotaSetObject"> {}
/** Operating system family the server is billed for. */
export type PlannedComputeOsType = Schema<"PlannedComputeOsType">;
/** The `SecurityGroupResponseRule` schema. */
export interface SecurityGroupResponseRule extends Schema<"SecurityGroupResponseRule"> {}
/** The `SecurityGroupResponseRuleIpRange` schema. */
export interface SecurityGroupResponseRuleIpRange extends Schema<"SecurityGroupResponseRuleIpRange"> {}
/** A point in time, `YYYY-MM-DDThh:mm:ss` with optional fractions of a second. */
export type Timestamp = Schema<"Timestamp">;

/** The argument object of `autoScalingGroups.list` (listAutoScalingGroups): path and query parameters and body fields. */
export interface ListAutoScalingGroupsParams extends OperationParams<operations["listAutoScalingGroups"]> {}
/** What `autoScalingGroups.list` (listAutoScalingGroups) resolves to. */
export interface ListAutoScalingGroupsResponse extends OperationData<operations["listAutoScalingGroups"]> {}
/** The argument object of `autoScalingGroups.create` (createAutoScalingGroup): path and query parameters and body fields. */
export interface CreateAutoScalingGroupParams extends OperationParams<operations["createAutoScalingGroup"]> {}
/** What `autoScalingGroups.create` (createAutoScalingGroup) resolves to. */
export interface CreateAutoScalingGroupResponse extends OperationData<operations["createAutoScalingGroup"]> {}
/** The argument object of `autoScalingGroups.get` (showAutoScalingGroup): path and query parameters and body fields. */
export interface ShowAutoScalingGroupParams extends OperationParams<operations["showAutoScalingGroup"]> {}
/** What `autoScalingGroups.get` (showAutoScalingGroup) resolves to. */
export interface ShowAutoScalingGroupResponse extends OperationData<operations["showAutoScalingGroup"]> {}
/** The argument object of `autoScalingGroups.update` (updateAutoScalingGroup): path and query parameters and body fields. */
export interface UpdateAutoScalingGroupParams extends OperationParams<operations["updateAutoScalingGroup"]> {}
/** What `autoScalingGroups.update` (updateAutoScalingGroup) resolves to. */
export interface UpdateAutoScalingGroupResponse extends OperationData<operations["updateAutoScalingGroup"]> {}
/** The argument object of `autoScalingGroups.delete` (deleteAutoScalingGroup): path and query parameters and body fields. */
export interface DeleteAutoScalingGroupParams extends OperationParams<operations["deleteAutoScalingGroup"]> {}
/** What `autoScalingGroups.delete` (deleteAutoScalingGroup) resolves to. */
export type DeleteAutoScalingGroupResponse = OperationData<operations["deleteAutoScalingGroup"]>;
/** The argument object of `autoScalingGroupLbServerGroups.list` (listAutoScalingGroupLbServerGroups): path and query parameters and body fields. */
export interface ListAutoScalingGroupLbServerGroupsParams extends OperationParams<operations["listAutoScalingGroupLbServerGroups"]> {}
/** What `autoScalingGroupLbServerGroups.list` (listAutoScalingGroupLbServerGroups) resolves to. */
export interface ListAutoScalingGroupLbServerGroupsResponse extends OperationData<operations["listAutoScalingGroupLbServerGroups"]> {}
/** The argument object of `autoScalingGroupLbServerGroups.update` (updateAutoScalingGroupLbServerGroups): path and query parameters and body fields. */
export interface UpdateAutoScalingGroupLbServerGroupsParams extends OperationParams<operations["updateAutoScalingGroupLbServerGroups"]> {}
/** What `autoScalingGroupLbServerGroups.update` (updateAutoScalingGroupLbServerGroups) resolves to. */
export type UpdateAutoScalingGroupLbServerGroupsResponse = OperationData<operations["updateAutoScalingGroupLbServerGroups"]>;
/** The argument object of `autoScalingGroupNotifications.list` (listAutoScalingGroupNotifications): path and query parameters and body fields. */
export interface ListAutoScalingGroupNotificationsParams extends OperationParams<operations["listAutoScalingGroupNotifications"]> {}
/** What `autoScalingGroupNotifications.list` (listAutoScalingGroupNotifications) resolves to. */
export interface ListAutoScalingGroupNotificationsResponse extends OperationData<operations["listAutoScalingGroupNotifications"]> {}
/** The argument object of `autoScalingGroupNotifications.create` (createAutoScalingGroupNotification): path and query parameters and body fields. */
export interface CreateAutoScalingGroupNotificationParams extends OperationParams<operations["createAutoScalingGroupNotification"]> {}
/** What `autoScalingGroupNotifications.create` (createAutoScalingGroupNotification) resolves to. */
export interface CreateAutoScalingGroupNotificationResponse extends OperationData<operations["createAutoScalingGroupNotification"]> {}
/** The argument object of `autoScalingGroupNotifications.get` (showAutoScalingGroupNotification): path and query parameters and body fields. */
export interface ShowAutoScalingGroupNotificationParams extends OperationParams<operations["showAutoScalingGroupNotification"]> {}
/** What `autoScalingGroupNotifications.get` (showAutoScalingGroupNotification) resolves to. */
export interface ShowAutoScalingGroupNotificationResponse extends OperationData<operations["showAutoScalingGroupNotification"]> {}
/** The argument object of `autoScalingGroupNotifications.update` (updateAutoScalingGroupNotification): path and query parameters and body fields. */
export interface UpdateAutoScalingGroupNotificationParams extends OperationParams<operations["updateAutoScalingGroupNotification"]> {}
/** What `autoScalingGroupNotifications.update` (updateAutoScalingGroupNotification) resolves to. */
export interface UpdateAutoScalingGroupNotificationResponse extends OperationData<operations["updateAutoScalingGroupNotification"]> {}
/** The argument object of `autoScalingGroupNotifications.delete` (deleteAutoScalingGroupNotification): path and query parameters and body fields. */
export interface DeleteAutoScalingGroupNotificationParams extends OperationParams<operations["deleteAutoScalingGroupNotification"]> {}
/** What `autoScalingGroupNotifications.delete` (deleteAutoScalingGroupNotification) resolves to. */
export type DeleteAutoScalingGroupNotificationResponse = OperationData<operations["deleteAutoScalingGroupNotification"]>;
/** The argument object of `autoScalingGroupPolicies.list` (listAutoScalingGroupPolicies): path and query parameters and body fields. */
export interface ListAutoScalingGroupPoliciesParams extends OperationParams<operations["listAutoScalingGroupPolicies"]> {}
/** What `autoScalingGroupPolicies.list` (listAutoScalingGroupPolicies) resolves to. */
export interface ListAutoScalingGroupPoliciesResponse extends OperationData<operations["listAutoScalingGroupPolicies"]> {}
/** The argument object of `autoScalingGroupPolicies.create` (createAutoScalingGroupPolicy): path and query parameters and body fields. */
export interface CreateAutoScalingGroupPolicyParams extends OperationParams<operations["createAutoScalingGroupPolicy"]> {}
/** What `autoScalingGroupPolicies.create` (createAutoScalingGroupPolicy) resolves to. */
export interface CreateAutoScalingGroupPolicyResponse extends OperationData<operations["createAutoScalingGroupPolicy"]> {}
/** The argument object of `autoScalingGroupPolicies.get` (showAutoScalingGroupPolicy): path and query parameters and body fields. */
export interface ShowAutoScalingGroupPolicyParams extends OperationParams<operations["showAutoScalingGroupPolicy"]> {}
/** What `autoScalingGroupPolicies.get` (showAutoScalingGroupPolicy) resolves to. */
export interface ShowAutoScalingGroupPolicyResponse extends OperationData<operations["showAutoScalingGroupPolicy"]> {}
/** The argument object of `autoScalingGroupPolicies.update` (updateAutoScalingGroupPolicy): path and query parameters and body fields. */
export interface UpdateAutoScalingGroupPolicyParams extends OperationParams<operations["updateAutoScalingGroupPolicy"]> {}
/** What `autoScalingGroupPolicies.update` (updateAutoScalingGroupPolicy) resolves to. */
export interface UpdateAutoScalingGroupPolicyResponse extends OperationData<operations["updateAutoScalingGroupPolicy"]> {}
/** The argument object of `autoScalingGroupPolicies.delete` (deleteAutoScalingGroupPolicy): path and query parameters and body fields. */
export interface DeleteAutoScalingGroupPolicyParams extends OperationParams<operations["deleteAutoScalingGroupPolicy"]> {}
/** What `autoScalingGroupPolicies.delete` (deleteAutoScalingGroupPolicy) resolves to. */
export type DeleteAutoScalingGroupPolicyResponse = OperationData<operations["deleteAutoScalingGroupPolicy"]>;
/** The argument object of `autoScalingGroupSchedules.list` (listAutoScalingGroupSchedules): path and query parameters and body fields. */
export interface ListAutoScalingGroupSchedulesParams extends OperationParams<operations["listAutoScalingGroupSchedules"]> {}
/** What `autoScalingGroupSchedules.list` (listAutoScalingGroupSchedules) resolves to. */
export interface ListAutoScalingGroupSchedulesResponse extends OperationData<operations["listAutoScalingGroupSchedules"]> {}
/** The argument object of `autoScalingGroupSchedules.create` (createAutoScalingGroupSchedule): path and query parameters and body fields. */
export interface CreateAutoScalingGroupScheduleParams extends OperationParams<operations["createAutoScalingGroupSchedule"]> {}
/** What `autoScalingGroupSchedules.create` (createAutoScalingGroupSchedule) resolves to. */
export interface CreateAutoScalingGroupScheduleResponse extends OperationData<operations["createAutoScalingGroupSchedule"]> {}
/** The argument object of `autoScalingGroupSchedules.get` (showAutoScalingGroupSchedule): path and query parameters and body fields. */
export interface ShowAutoScalingGroupScheduleParams extends OperationParams<operations["showAutoScalingGroupSchedule"]> {}
/** What `autoScalingGroupSchedules.get` (showAutoScalingGroupSchedule) resolves to. */
export interface ShowAutoScalingGroupScheduleResponse extends OperationData<operations["showAutoScalingGroupSchedule"]> {}
/** The argument object of `autoScalingGroupSchedules.update` (updateAutoScalingGroupSchedule): path and query parameters and body fields. */
export interface UpdateAutoScalingGroupScheduleParams extends OperationParams<operations["updateAutoScalingGroupSchedule"]> {}
/** What `autoScalingGroupSchedules.update` (updateAutoScalingGroupSchedule) resolves to. */
export interface UpdateAutoScalingGroupScheduleResponse extends OperationData<operations["updateAutoScalingGroupSchedule"]> {}
/** The argument object of `autoScalingGroupSchedules.delete` (deleteAutoScalingGroupSchedule): path and query parameters and body fields. */
export interface DeleteAutoScalingGroupScheduleParams extends OperationParams<operations["deleteAutoScalingGroupSchedule"]> {}
/** What `autoScalingGroupSchedules.delete` (deleteAutoScalingGroupSchedule) resolves to. */
export type DeleteAutoScalingGroupScheduleResponse = OperationData<operations["deleteAutoScalingGroupSchedule"]>;
/** The argument object of `autoScalingGroups.updateServerCount` (updateAutoScalingGroupServerCount): path and query parameters and body fields. */
export interface UpdateAutoScalingGroupServerCountParams extends OperationParams<operations["updateAutoScalingGroupServerCount"]> {}
/** What `autoScalingGroups.updateServerCount` (updateAutoScalingGroupServerCount) resolves to. */
export interface UpdateAutoScalingGroupServerCountResponse extends OperationData<operations["updateAutoScalingGroupServerCount"]> {}
/** The argument object of `autoScalingGroupVirtualServers.list` (listAutoScalingGroupVirtualServers): path and query parameters and body fields. */
export interface ListAutoScalingGroupVirtualServersParams extends OperationParams<operations["listAutoScalingGroupVirtualServers"]> {}
/** What `autoScalingGroupVirtualServers.list` (listAutoScalingGroupVirtualServers) resolves to. */
export interface ListAutoScalingGroupVirtualServersResponse extends OperationData<operations["listAutoScalingGroupVirtualServers"]> {}
/** The argument object of `defaultConfigs.list` (listDefaultConfigs): path and query parameters and body fields. */
export interface ListDefaultConfigsParams extends OperationParams<operations["listDefaultConfigs"]> {}
/** What `defaultConfigs.list` (listDefaultConfigs) resolves to. */
export interface ListDefaultConfigsResponse extends OperationData<operations["listDefaultConfigs"]> {}
/** The argument object of `images.list` (listImages): path and query parameters and body fields. */
export interface ListImagesParams extends OperationParams<operations["listImages"]> {}
/** What `images.list` (listImages) resolves to. */
export interface ListImagesResponse extends OperationData<operations["listImages"]> {}
/** The argument object of `images.create` (createImage): path and query parameters and body fields. */
export interface CreateImageParams extends OperationParams<operations["createImage"]> {}
/** What `images.create` (createImage) resolves to. */
export interface CreateImageResponse extends OperationData<operations["createImage"]> {}
/** The argument object of `images.get` (showImage): path and query parameters and body fields. */
export interface ShowImageParams extends OperationParams<operations["showImage"]> {}
/** What `images.get` (showImage) resolves to. */
export interface ShowImageResponse extends OperationData<operations["showImage"]> {}
/** The argument object of `images.update` (updateImage): path and query parameters and body fields. */
export interface UpdateImageParams extends OperationParams<operations["updateImage"]> {}
/** What `images.update` (updateImage) resolves to. */
export interface UpdateImageResponse extends OperationData<operations["updateImage"]> {}
/** The argument object of `images.delete` (deleteImage): path and query parameters and body fields. */
export interface DeleteImageParams extends OperationParams<operations["deleteImage"]> {}
/** What `images.delete` (deleteImage) resolves to. */
export type DeleteImageResponse = OperationData<operations["deleteImage"]>;
/** The argument object of `images.import` (importImage): path and query parameters and body fields. */
export interface ImportImageParams extends OperationParams<operations["importImage"]> {}
/** What `images.import` (importImage) resolves to. */
export type ImportImageResponse = OperationData<operations["importImage"]>;
/** The argument object of `imageMembers.list` (listImageMembers): path and query parameters and body fields. */
export interface ListImageMembersParams extends OperationParams<operations["listImageMembers"]> {}
/** What `imageMembers.list` (listImageMembers) resolves to. */
export interface ListImageMembersResponse extends OperationData<operations["listImageMembers"]> {}
/** The argument object of `imageMembers.create` (createImageMember): path and query parameters and body fields. */
export interface CreateImageMemberParams extends OperationParams<operations["createImageMember"]> {}
/** What `imageMembers.create` (createImageMember) resolves to. */
export interface CreateImageMemberResponse extends OperationData<operations["createImageMember"]> {}
/** The argument object of `imageMembers.get` (showImageMember): path and query parameters and body fields. */
export interface ShowImageMemberParams extends OperationParams<operations["showImageMember"]> {}
/** What `imageMembers.get` (showImageMember) resolves to. */
export interface ShowImageMemberResponse extends OperationData<operations["showImageMember"]> {}
/** The argument object of `imageMembers.update` (updateImageMember): path and query parameters and body fields. */
export interface UpdateImageMemberParams extends OperationParams<operations["updateImageMember"]> {}
/** What `imageMembers.update` (updateImageMember) resolves to. */
export interface UpdateImageMemberResponse extends OperationData<operations["updateImageMember"]> {}
/** The argument object of `imageMembers.delete` (deleteImageMember): path and query parameters and body fields. */
export interface DeleteImageMemberParams extends OperationParams<operations["deleteImageMember"]> {}
/** What `imageMembers.delete` (deleteImageMember) resolves to. */
export type DeleteImageMemberResponse = OperationData<operations["deleteImageMember"]>;
/** The argument object of `images.share` (createSharingImage): path and query parameters and body fields. */
export interface CreateSharingImageParams extends OperationParams<operations["createSharingImage"]> {}
/** What `images.share` (createSharingImage) resolves to. */
export type CreateSharingImageResponse = OperationData<operations["createSharingImage"]>;
/** The argument object of `keypairs.list` (listKeypairs): path and query parameters and body fields. */
export interface ListKeypairsParams extends OperationParams<operations["listKeypairs"]> {}
/** What `keypairs.list` (listKeypairs) resolves to. */
export interface ListKeypairsResponse extends OperationData<operations["listKeypairs"]> {}
/** The argument object of `keypairs.create` (createKeypair): path and query parameters and body fields. */
export interface CreateKeypairParams extends OperationParams<operations["createKeypair"]> {}
/** What `keypairs.create` (createKeypair) resolves to. */
export interface CreateKeypairResponse extends OperationData<operations["createKeypair"]> {}
/** The argument object of `keypairs.get` (showKeypair): path and query parameters and body fields. */
export interface ShowKeypairParams extends OperationParams<operations["showKeypair"]> {}
/** What `keypairs.get` (showKeypair) resolves to. */
export interface ShowKeypairResponse extends OperationData<operations["showKeypair"]> {}
/** The argument object of `keypairs.delete` (deleteKeypair): path and query parameters and body fields. */
export interface DeleteKeypairParams extends OperationParams<operations["deleteKeypair"]> {}
/** What `keypairs.delete` (deleteKeypair) resolves to. */
export type DeleteKeypairResponse = OperationData<operations["deleteKeypair"]>;
/** The argument object of `launchConfigurations.list` (listLaunchConfigurations): path and query parameters and body fields. */
export interface ListLaunchConfigurationsParams extends OperationParams<operations["listLaunchConfigurations"]> {}
/** What `launchConfigurations.list` (listLaunchConfigurations) resolves to. */
export interface ListLaunchConfigurationsResponse extends OperationData<operations["listLaunchConfigurations"]> {}
/** The argument object of `launchConfigurations.create` (createLaunchConfiguration): path and query parameters and body fields. */
export interface CreateLaunchConfigurationParams extends OperationParams<operations["createLaunchConfiguration"]> {}
/** What `launchConfigurations.create` (createLaunchConfiguration) resolves to. */
export interface CreateLaunchConfigurationResponse extends OperationData<operations["createLaunchConfiguration"]> {}
/** The argument object of `launchConfigurations.get` (showLaunchConfiguration): path and query parameters and body fields. */
export interface ShowLaunchConfigurationParams extends OperationParams<operations["showLaunchConfiguration"]> {}
/** What `launchConfigurations.get` (showLaunchConfiguration) resolves to. */
export interface ShowLaunchConfigurationResponse extends OperationData<operations["showLaunchConfiguration"]> {}
/** The argument object of `launchConfigurations.delete` (deleteLaunchConfiguration): path and query parameters and body fields. */
export interface DeleteLaunchConfigurationParams extends OperationParams<operations["deleteLaunchConfiguration"]> {}
/** What `launchConfigurations.delete` (deleteLaunchConfiguration) resolves to. */
export type DeleteLaunchConfigurationResponse = OperationData<operations["deleteLaunchConfiguration"]>;
/** The argument object of `images.listPending` (listPendingImages): path and query parameters and body fields. */
export interface ListPendingImagesParams extends OperationParams<operations["listPendingImages"]> {}
/** What `images.listPending` (listPendingImages) resolves to. */
export interface ListPendingImagesResponse extends OperationData<operations["listPendingImages"]> {}
/** The argument object of `quotaSets.get` (showQuotaSet): path and query parameters and body fields. */
export interface ShowQuotaSetParams extends OperationParams<operations["showQuotaSet"]> {}
/** What `quotaSets.get` (showQuotaSet) resolves to. */
export interface ShowQuotaSetResponse extends OperationData<operations["showQuotaSet"]> {}
/** The argument object of `serverGroups.list` (listServerGroups): path and query parameters and body fields. */
export interface ListServerGroupsParams extends OperationParams<operations["listServerGroups"]> {}
/** What `serverGroups.list` (listServerGroups) resolves to. */
export interface ListServerGroupsResponse extends OperationData<operations["listServerGroups"]> {}
/** The argument object of `serverGroups.create` (createServerGroup): path and query parameters and body fields. */
export interface CreateServerGroupParams extends OperationParams<operations["createServerGroup"]> {}
/** What `serverGroups.create` (createServerGroup) resolves to. */
export interface CreateServerGroupResponse extends OperationData<operations["createServerGroup"]> {}
/** The argument object of `serverGroups.get` (showServerGroup): path and query parameters and body fields. */
export interface ShowServerGroupParams extends OperationParams<operations["showServerGroup"]> {}
/** What `serverGroups.get` (showServerGroup) resolves to. */
export interface ShowServerGroupResponse extends OperationData<operations["showServerGroup"]> {}
/** The argument object of `serverGroups.delete` (deleteServerGroup): path and query parameters and body fields. */
export interface DeleteServerGroupParams extends OperationParams<operations["deleteServerGroup"]> {}
/** What `serverGroups.delete` (deleteServerGroup) resolves to. */
export type DeleteServerGroupResponse = OperationData<operations["deleteServerGroup"]>;
/** The argument object of `serverTypes.list` (listServerTypes): path and query parameters and body fields. */
export interface ListServerTypesParams extends OperationParams<operations["listServerTypes"]> {}
/** What `serverTypes.list` (listServerTypes) resolves to. */
export interface ListServerTypesResponse extends OperationData<operations["listServerTypes"]> {}
/** The argument object of `serverTypes.get` (showServerType): path and query parameters and body fields. */
export interface ShowServerTypeParams extends OperationParams<operations["showServerType"]> {}
/** What `serverTypes.get` (showServerType) resolves to. */
export interface ShowServerTypeResponse extends OperationData<operations["showServerType"]> {}
/** The argument object of `servers.list` (listVirtualServers): path and query parameters and body fields. */
export interface ListVirtualServersParams extends OperationParams<operations["listVirtualServers"]> {}
/** What `servers.list` (listVirtualServers) resolves to. */
export interface ListVirtualServersResponse extends OperationData<operations["listVirtualServers"]> {}
/** The argument object of `servers.create` (createVirtualServer): path and query parameters and body fields. */
export interface CreateVirtualServerParams extends OperationParams<operations["createVirtualServer"]> {}
/** What `servers.create` (createVirtualServer) resolves to. */
export interface CreateVirtualServerResponse extends OperationData<operations["createVirtualServer"]> {}
/** The argument object of `servers.get` (showVirtualServer): path and query parameters and body fields. */
export interface ShowVirtualServerParams extends OperationParams<operations["showVirtualServer"]> {}
/** What `servers.get` (showVirtualServer) resolves to. */
export interface ShowVirtualServerResponse extends OperationData<operations["showVirtualServer"]> {}
/** The argument object of `servers.update` (updateVirtualServer): path and query parameters and body fields. */
export interface UpdateVirtualServerParams extends OperationParams<operations["updateVirtualServer"]> {}
/** What `servers.update` (updateVirtualServer) resolves to. */
export interface UpdateVirtualServerResponse extends OperationData<operations["updateVirtualServer"]> {}
/** The argument object of `servers.delete` (deleteVirtualServer): path and query parameters and body fields. */
export interface DeleteVirtualServerParams extends OperationParams<operations["deleteVirtualServer"]> {}
/** What `servers.delete` (deleteVirtualServer) resolves to. */
export type DeleteVirtualServerResponse = OperationData<operations["deleteVirtualServer"]>;
/** The argument object of `servers.getConsoleLog` (showVirtualServerConsoleLog): path and query parameters and body fields. */
export interface ShowVirtualServerConsoleLogParams extends OperationParams<operations["showVirtualServerConsoleLog"]> {}
/** What `servers.getConsoleLog` (showVirtualServerConsoleLog) resolves to. */
export interface ShowVirtualServerConsoleLogResponse extends OperationData<operations["showVirtualServerConsoleLog"]> {}
/** The argument object of `servers.createDump` (createVirtualServerDump): path and query parameters and body fields. */
export interface CreateVirtualServerDumpParams extends OperationParams<operations["createVirtualServerDump"]> {}
/** What `servers.createDump` (createVirtualServerDump) resolves to. */
export type CreateVirtualServerDumpResponse = OperationData<operations["createVirtualServerDump"]>;
/** The argument object of `servers.createCustomImage` (createVirtualServerCustomImage): path and query parameters and body fields. */
export interface CreateVirtualServerCustomImageParams extends OperationParams<operations["createVirtualServerCustomImage"]> {}
/** What `servers.createCustomImage` (createVirtualServerCustomImage) resolves to. */
export interface CreateVirtualServerCustomImageResponse extends OperationData<operations["createVirtualServerCustomImage"]> {}
/** The argument object of `servers.listInterfaces` (listServerInterfaces): path and query parameters and body fields. */
export interface ListServerInterfacesParams extends OperationParams<operations["listServerInterfaces"]> {}
/** What `servers.listInterfaces` (listServerInterfaces) resolves to. */
export interface ListServerInterfacesResponse extends OperationData<operations["listServerInterfaces"]> {}
/** The argument object of `servers.createInterface` (createServerInterface): path and query parameters and body fields. */
export type CreateServerInterfaceParams = OperationParams<operations["createServerInterface"]>;
/** What `servers.createInterface` (createServerInterface) resolves to. */
export interface CreateServerInterfaceResponse extends OperationData<operations["createServerInterface"]> {}
/** The argument object of `servers.getInterface` (showServerInterface): path and query parameters and body fields. */
export interface ShowServerInterfaceParams extends OperationParams<operations["showServerInterface"]> {}
/** What `servers.getInterface` (showServerInterface) resolves to. */
export interface ShowServerInterfaceResponse extends OperationData<operations["showServerInterface"]> {}
/** The argument object of `servers.updateInterface` (updateServerInterface): path and query parameters and body fields. */
export interface UpdateServerInterfaceParams extends OperationParams<operations["updateServerInterface"]> {}
/** What `servers.updateInterface` (updateServerInterface) resolves to. */
export type UpdateServerInterfaceResponse = OperationData<operations["updateServerInterface"]>;
/** The argument object of `servers.deleteInterface` (deleteServerInterface): path and query parameters and body fields. */
export interface DeleteServerInterfaceParams extends OperationParams<operations["deleteServerInterface"]> {}
/** What `servers.deleteInterface` (deleteServerInterface) resolves to. */
export type DeleteServerInterfaceResponse = OperationData<operations["deleteServerInterface"]>;
/** The argument object of `servers.createInterfacePrivateNat` (createServerInterfacePrivateNat): path and query parameters and body fields. */
export interface CreateServerInterfacePrivateNatParams extends OperationParams<operations["createServerInterfacePrivateNat"]> {}
/** What `servers.createInterfacePrivateNat` (createServerInterfacePrivateNat) resolves to. */
export type CreateServerInterfacePrivateNatResponse = OperationData<operations["createServerInterfacePrivateNat"]>;
/** The argument object of `servers.deleteInterfacePrivateNat` (deleteServerInterfacePrivateNat): path and query parameters and body fields. */
export interface DeleteServerInterfacePrivateNatParams extends OperationParams<operations["deleteServerInterfacePrivateNat"]> {}
/** What `servers.deleteInterfacePrivateNat` (deleteServerInterfacePrivateNat) resolves to. */
export type DeleteServerInterfacePrivateNatResponse = OperationData<operations["deleteServerInterfacePrivateNat"]>;
/** The argument object of `servers.createInterfaceNat` (createServerInterfaceNat): path and query parameters and body fields. */
export interface CreateServerInterfaceNatParams extends OperationParams<operations["createServerInterfaceNat"]> {}
/** What `servers.createInterfaceNat` (createServerInterfaceNat) resolves to. */
export type CreateServerInterfaceNatResponse = OperationData<operations["createServerInterfaceNat"]>;
/** The argument object of `servers.deleteInterfaceNat` (deleteServerInterfaceNat): path and query parameters and body fields. */
export interface DeleteServerInterfaceNatParams extends OperationParams<operations["deleteServerInterfaceNat"]> {}
/** What `servers.deleteInterfaceNat` (deleteServerInterfaceNat) resolves to. */
export type DeleteServerInterfaceNatResponse = OperationData<operations["deleteServerInterfaceNat"]>;
/** The argument object of `servers.listIps` (listServerIps): path and query parameters and body fields. */
export interface ListServerIpsParams extends OperationParams<operations["listServerIps"]> {}
/** What `servers.listIps` (listServerIps) resolves to. */
export interface ListServerIpsResponse extends OperationData<operations["listServerIps"]> {}
/** The argument object of `servers.getIp` (showServerIp): path and query parameters and body fields. */
export interface ShowServerIpParams extends OperationParams<operations["showServerIp"]> {}
/** What `servers.getIp` (showServerIp) resolves to. */
export interface ShowServerIpResponse extends OperationData<operations["showServerIp"]> {}
/** The argument object of `servers.lock` (lockVirtualServer): path and query parameters and body fields. */
export interface LockVirtualServerParams extends OperationParams<operations["lockVirtualServer"]> {}
/** What `servers.lock` (lockVirtualServer) resolves to. */
export type LockVirtualServerResponse = OperationData<operations["lockVirtualServer"]>;
/** The argument object of `servers.getPassword` (showVirtualServerPassword): path and query parameters and body fields. */
export interface ShowVirtualServerPasswordParams extends OperationParams<operations["showVirtualServerPassword"]> {}
/** What `servers.getPassword` (showVirtualServerPassword) resolves to. */
export interface ShowVirtualServerPasswordResponse extends OperationData<operations["showVirtualServerPassword"]> {}
/** The argument object of `servers.reboot` (rebootVirtualServer): path and query parameters and body fields. */
export interface RebootVirtualServerParams extends OperationParams<operations["rebootVirtualServer"]> {}
/** What `servers.reboot` (rebootVirtualServer) resolves to. */
export type RebootVirtualServerResponse = OperationData<operations["rebootVirtualServer"]>;
/** The argument object of `servers.rebuild` (rebuildVirtualServer): path and query parameters and body fields. */
export interface RebuildVirtualServerParams extends OperationParams<operations["rebuildVirtualServer"]> {}
/** What `servers.rebuild` (rebuildVirtualServer) resolves to. */
export type RebuildVirtualServerResponse = OperationData<operations["rebuildVirtualServer"]>;
/** The argument object of `servers.listSecurityGroups` (listVirtualServerSecurityGroups): path and query parameters and body fields. */
export interface ListVirtualServerSecurityGroupsParams extends OperationParams<operations["listVirtualServerSecurityGroups"]> {}
/** What `servers.listSecurityGroups` (listVirtualServerSecurityGroups) resolves to. */
export interface ListVirtualServerSecurityGroupsResponse extends OperationData<operations["listVirtualServerSecurityGroups"]> {}
/** The argument object of `servers.attachSecurityGroup` (attachVirtualServerSecurityGroup): path and query parameters and body fields. */
export interface AttachVirtualServerSecurityGroupParams extends OperationParams<operations["attachVirtualServerSecurityGroup"]> {}
/** What `servers.attachSecurityGroup` (attachVirtualServerSecurityGroup) resolves to. */
export type AttachVirtualServerSecurityGroupResponse = OperationData<operations["attachVirtualServerSecurityGroup"]>;
/** The argument object of `servers.detachSecurityGroup` (detachVirtualServerSecurityGroup): path and query parameters and body fields. */
export interface DetachVirtualServerSecurityGroupParams extends OperationParams<operations["detachVirtualServerSecurityGroup"]> {}
/** What `servers.detachSecurityGroup` (detachVirtualServerSecurityGroup) resolves to. */
export type DetachVirtualServerSecurityGroupResponse = OperationData<operations["detachVirtualServerSecurityGroup"]>;
/** The argument object of `servers.setType` (setVirtualServerType): path and query parameters and body fields. */
export interface SetVirtualServerTypeParams extends OperationParams<operations["setVirtualServerType"]> {}
/** What `servers.setType` (setVirtualServerType) resolves to. */
export type SetVirtualServerTypeResponse = OperationData<operations["setVirtualServerType"]>;
/** The argument object of `servers.start` (startVirtualServer): path and query parameters and body fields. */
export interface StartVirtualServerParams extends OperationParams<operations["startVirtualServer"]> {}
/** What `servers.start` (startVirtualServer) resolves to. */
export type StartVirtualServerResponse = OperationData<operations["startVirtualServer"]>;
/** The argument object of `servers.stop` (stopVirtualServer): path and query parameters and body fields. */
export interface StopVirtualServerParams extends OperationParams<operations["stopVirtualServer"]> {}
/** What `servers.stop` (stopVirtualServer) resolves to. */
export type StopVirtualServerResponse = OperationData<operations["stopVirtualServer"]>;
/** The argument object of `servers.unlock` (unlockVirtualServer): path and query parameters and body fields. */
export interface UnlockVirtualServerParams extends OperationParams<operations["unlockVirtualServer"]> {}
/** What `servers.unlock` (unlockVirtualServer) resolves to. */
export type UnlockVirtualServerResponse = OperationData<operations["unlockVirtualServer"]>;
/** The argument object of `servers.listVolumes` (listServerVolumes): path and query parameters and body fields. */
export interface ListServerVolumesParams extends OperationParams<operations["listServerVolumes"]> {}
/** What `servers.listVolumes` (listServerVolumes) resolves to. */
export interface ListServerVolumesResponse extends OperationData<operations["listServerVolumes"]> {}
/** The argument object of `servers.createVolume` (createServerVolume): path and query parameters and body fields. */
export interface CreateServerVolumeParams extends OperationParams<operations["createServerVolume"]> {}
/** What `servers.createVolume` (createServerVolume) resolves to. */
export interface CreateServerVolumeResponse extends OperationData<operations["createServerVolume"]> {}
/** The argument object of `servers.getVolume` (showServerVolume): path and query parameters and body fields. */
export interface ShowServerVolumeParams extends OperationParams<operations["showServerVolume"]> {}
/** What `servers.getVolume` (showServerVolume) resolves to. */
export interface ShowServerVolumeResponse extends OperationData<operations["showServerVolume"]> {}
/** The argument object of `servers.updateVolume` (updateServerVolume): path and query parameters and body fields. */
export interface UpdateServerVolumeParams extends OperationParams<operations["updateServerVolume"]> {}
/** What `servers.updateVolume` (updateServerVolume) resolves to. */
export type UpdateServerVolumeResponse = OperationData<operations["updateServerVolume"]>;
/** The argument object of `servers.deleteVolume` (deleteServerVolume): path and query parameters and body fields. */
export interface DeleteServerVolumeParams extends OperationParams<operations["deleteServerVolume"]> {}
/** What `servers.deleteVolume` (deleteServerVolume) resolves to. */
export type DeleteServerVolumeResponse = OperationData<operations["deleteServerVolume"]>;
/** The argument object of `snapshots.list` (listSnapshot): path and query parameters and body fields. */
export interface ListSnapshotParams extends OperationParams<operations["listSnapshot"]> {}
/** What `snapshots.list` (listSnapshot) resolves to. */
export interface ListSnapshotResponse extends OperationData<operations["listSnapshot"]> {}
/** The argument object of `snapshots.create` (createSnapshot): path and query parameters and body fields. */
export interface CreateSnapshotParams extends OperationParams<operations["createSnapshot"]> {}
/** What `snapshots.create` (createSnapshot) resolves to. */
export interface CreateSnapshotResponse extends OperationData<operations["createSnapshot"]> {}
/** The argument object of `snapshots.get` (showSnapshot): path and query parameters and body fields. */
export interface ShowSnapshotParams extends OperationParams<operations["showSnapshot"]> {}
/** What `snapshots.get` (showSnapshot) resolves to. */
export interface ShowSnapshotResponse extends OperationData<operations["showSnapshot"]> {}
/** The argument object of `snapshots.update` (updateSnapshot): path and query parameters and body fields. */
export interface UpdateSnapshotParams extends OperationParams<operations["updateSnapshot"]> {}
/** What `snapshots.update` (updateSnapshot) resolves to. */
export interface UpdateSnapshotResponse extends OperationData<operations["updateSnapshot"]> {}
/** The argument object of `snapshots.delete` (deleteSnapshot): path and query parameters and body fields. */
export interface DeleteSnapshotParams extends OperationParams<operations["deleteSnapshot"]> {}
/** What `snapshots.delete` (deleteSnapshot) resolves to. */
export type DeleteSnapshotResponse = OperationData<operations["deleteSnapshot"]>;
/** The argument object of `volumeTransfers.list` (listVolumeTransfer): path and query parameters and body fields. */
export interface ListVolumeTransferParams extends OperationParams<operations["listVolumeTransfer"]> {}
/** What `volumeTransfers.list` (listVolumeTransfer) resolves to. */
export interface ListVolumeTransferResponse extends OperationData<operations["listVolumeTransfer"]> {}
/** The argument object of `volumeTransfers.create` (createVolumeTransfer): path and query parameters and body fields. */
export interface CreateVolumeTransferParams extends OperationParams<operations["createVolumeTransfer"]> {}
/** What `volumeTransfers.create` (createVolumeTransfer) resolves to. */
export interface CreateVolumeTransferResponse extends OperationData<operations["createVolumeTransfer"]> {}
/** The argument object of `volumeTransfers.get` (showVolumeTransfer): path and query parameters and body fields. */
export interface ShowVolumeTransferParams extends OperationParams<operations["showVolumeTransfer"]> {}
/** What `volumeTransfers.get` (showVolumeTransfer) resolves to. */
export interface ShowVolumeTransferResponse extends OperationData<operations["showVolumeTransfer"]> {}
/** The argument object of `volumeTransfers.delete` (deleteVolumeTransfer): path and query parameters and body fields. */
export interface DeleteVolumeTransferParams extends OperationParams<operations["deleteVolumeTransfer"]> {}
/** What `volumeTransfers.delete` (deleteVolumeTransfer) resolves to. */
export type DeleteVolumeTransferResponse = OperationData<operations["deleteVolumeTransfer"]>;
/** The argument object of `volumeTransfers.accept` (acceptVolumeTransfer): path and query parameters and body fields. */
export interface AcceptVolumeTransferParams extends OperationParams<operations["acceptVolumeTransfer"]> {}
/** What `volumeTransfers.accept` (acceptVolumeTransfer) resolves to. */
export interface AcceptVolumeTransferResponse extends OperationData<operations["acceptVolumeTransfer"]> {}
/** The argument object of `volumeTypes.list` (listVolumeTypes): path and query parameters and body fields. */
export interface ListVolumeTypesParams extends OperationParams<operations["listVolumeTypes"]> {}
/** What `volumeTypes.list` (listVolumeTypes) resolves to. */
export interface ListVolumeTypesResponse extends OperationData<operations["listVolumeTypes"]> {}
/** The argument object of `volumeTypes.getDefault` (showDefaultVolumeType): path and query parameters and body fields. */
export interface ShowDefaultVolumeTypeParams extends OperationParams<operations["showDefaultVolumeType"]> {}
/** What `volumeTypes.getDefault` (showDefaultVolumeType) resolves to. */
export interface ShowDefaultVolumeTypeResponse extends OperationData<operations["showDefaultVolumeType"]> {}
/** The argument object of `volumeTypes.get` (showVolumeType): path and query parameters and body fields. */
export interface ShowVolumeTypeParams extends OperationParams<operations["showVolumeType"]> {}
/** What `volumeTypes.get` (showVolumeType) resolves to. */
export interface ShowVolumeTypeResponse extends OperationData<operations["showVolumeType"]> {}
/** The argument object of `volumes.list` (listVolumes): path and query parameters and body fields. */
export interface ListVolumesParams extends OperationParams<operations["listVolumes"]> {}
/** What `volumes.list` (listVolumes) resolves to. */
export interface ListVolumesResponse extends OperationData<operations["listVolumes"]> {}
/** The argument object of `volumes.create` (createVolume): path and query parameters and body fields. */
export interface CreateVolumeParams extends OperationParams<operations["createVolume"]> {}
/** What `volumes.create` (createVolume) resolves to. */
export interface CreateVolumeResponse extends OperationData<operations["createVolume"]> {}
/** The argument object of `quotaSets.getForVolumes` (showVolumeQuotaSet): path and query parameters and body fields. */
export interface ShowVolumeQuotaSetParams extends OperationParams<operations["showVolumeQuotaSet"]> {}
/** What `quotaSets.getForVolumes` (showVolumeQuotaSet) resolves to. */
export interface ShowVolumeQuotaSetResponse extends OperationData<operations["showVolumeQuotaSet"]> {}
/** The argument object of `volumes.get` (showVolume): path and query parameters and body fields. */
export interface ShowVolumeParams extends OperationParams<operations["showVolume"]> {}
/** What `volumes.get` (showVolume) resolves to. */
export interface ShowVolumeResponse extends OperationData<operations["showVolume"]> {}
/** The argument object of `volumes.update` (updateVolume): path and query parameters and body fields. */
export interface UpdateVolumeParams extends OperationParams<operations["updateVolume"]> {}
/** What `volumes.update` (updateVolume) resolves to. */
export interface UpdateVolumeResponse extends OperationData<operations["updateVolume"]> {}
/** The argument object of `volumes.delete` (deleteVolume): path and query parameters and body fields. */
export interface DeleteVolumeParams extends OperationParams<operations["deleteVolume"]> {}
/** What `volumes.delete` (deleteVolume) resolves to. */
export type DeleteVolumeResponse = OperationData<operations["deleteVolume"]>;
/** The argument object of `volumes.revertToSnapshot` (revertVolumeToSnapshot): path and query parameters and body fields. */
export interface RevertVolumeToSnapshotParams extends OperationParams<operations["revertVolumeToSnapshot"]> {}
/** What `volumes.revertToSnapshot` (revertVolumeToSnapshot) resolves to. */
export type RevertVolumeToSnapshotResponse = OperationData<operations["revertVolumeToSnapshot"]>;
/** The argument object of `volumes.attachToVirtualServer` (attachVolumeToVirtualServer): path and query parameters and body fields. */
export interface AttachVolumeToVirtualServerParams extends OperationParams<operations["attachVolumeToVirtualServer"]> {}
/** What `volumes.attachToVirtualServer` (attachVolumeToVirtualServer) resolves to. */
export interface AttachVolumeToVirtualServerResponse extends OperationData<operations["attachVolumeToVirtualServer"]> {}
/** The argument object of `volumes.detachFromVirtualServer` (detachVolumeFromVirtualServer): path and query parameters and body fields. */
export interface DetachVolumeFromVirtualServerParams extends OperationParams<operations["detachVolumeFromVirtualServer"]> {}
/** What `volumes.detachFromVirtualServer` (detachVolumeFromVirtualServer) resolves to. */
export type DetachVolumeFromVirtualServerResponse = OperationData<operations["detachVolumeFromVirtualServer"]>;
/** The argument object of `volumes.extend` (extendVolume): path and query parameters and body fields. */
export interface ExtendVolumeParams extends OperationParams<operations["extendVolume"]> {}
/** What `volumes.extend` (extendVolume) resolves to. */
export interface ExtendVolumeResponse extends OperationData<operations["extendVolume"]> {}
