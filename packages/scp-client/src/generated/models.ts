// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
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
/** A tag of a networking resource (VPC, subnet, port, gateway, security group, …). */
export interface NetworkTag extends Schema<"NetworkTag"> {}
/** One reason a networking service refused a request. */
export interface NetworkError extends Schema<"NetworkError"> {}
/** Body of an error answer of a networking service (vpc, security-group). */
export interface NetworkErrorResponse extends Schema<"NetworkErrorResponse"> {}
/** State of a VPC: CREATING until it is ready, then ACTIVE; DELETED once removed; ERROR when creating it failed. */
export type VpcState = Schema<"VpcState">;
/** A VPC: a private network with its own IPv4 address range. */
export interface Vpc extends Schema<"Vpc"> {}
/** One page of VPCs. */
export interface VpcListResponse extends Schema<"VpcListResponse"> {}
/** One VPC. */
export interface VpcShowResponse extends Schema<"VpcShowResponse"> {}
/** A new VPC. */
export interface VpcCreateRequest extends Schema<"VpcCreateRequest"> {}
/** What to change on a VPC: only its description can change. */
export interface VpcSetRequest extends Schema<"VpcSetRequest"> {}
/** Whether an address range can be used for a new VPC. */
export interface AvailableVpcCidrDetail extends Schema<"AvailableVpcCidrDetail"> {}
/** The result of a VPC range check. */
export interface AvailableVpcCidrResponse extends Schema<"AvailableVpcCidrResponse"> {}
/** A limit of the networking services that `showMaxCount` reports. */
export type NetworkConfigMaxValue = Schema<"NetworkConfigMaxValue">;
/** The value of one limit. */
export interface CheckMaxCountShowResponse extends Schema<"CheckMaxCountShowResponse"> {}
/** State of a subnet: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type SubnetState = Schema<"SubnetState">;
/** Kind of subnet: `GENERAL` (the usual kind, for servers), `LOCAL`, or `VPC_ENDPOINT` (holds VPC endpoints). */
export type SubnetType = Schema<"SubnetType">;
/** A range of addresses the subnet hands out to ports. */
export interface SubnetAllocationPool extends Schema<"SubnetAllocationPool"> {}
/** A static route the subnet announces to its hosts. */
export interface SubnetHostRoute extends Schema<"SubnetHostRoute"> {}
/** A subnet, as lists show it. */
export interface Subnet extends Schema<"Subnet"> {}
/** A subnet with its address pools, name servers and routes. */
export interface SubnetDetail extends Schema<"SubnetDetail"> {}
/** One page of subnets. */
export interface SubnetListResponse extends Schema<"SubnetListResponse"> {}
/** One subnet. */
export interface SubnetShowResponse extends Schema<"SubnetShowResponse"> {}
/** A new subnet. */
export interface SubnetCreateRequest extends Schema<"SubnetCreateRequest"> {}
/** What to change on a subnet: its description. */
export interface SubnetSetRequest extends Schema<"SubnetSetRequest"> {}
/** Whether an address range can be used for a new subnet of a VPC. */
export interface AvailableSubnetCidrDetail extends Schema<"AvailableSubnetCidrDetail"> {}
/** The result of a subnet range check. */
export interface AvailableSubnetCidrResponse extends Schema<"AvailableSubnetCidrResponse"> {}
/** A security group applied to a port. */
export interface PortSecurityGroup extends Schema<"PortSecurityGroup"> {}
/** A port: a network interface in a subnet, with a fixed IP address, that a server or another resource attaches. */
export interface Port extends Schema<"Port"> {}
/** A port as lists show it: without its security groups. */
export interface PortSummary extends Schema<"PortSummary"> {}
/** One page of ports. */
export interface PortListResponse extends Schema<"PortListResponse"> {}
/** One port. */
export interface PortShowResponse extends Schema<"PortShowResponse"> {}
/** A new port. */
export interface PortCreateRequest extends Schema<"PortCreateRequest"> {}
/** What to change on a port: its description and security groups. */
export interface PortSetRequest extends Schema<"PortSetRequest"> {}
/** Whether an address of a subnet is free for a port. */
export interface PortIpAvailabilityResponse extends Schema<"PortIpAvailabilityResponse"> {}
/** The result of a port address check. */
export interface PortIpAvailabilityListResponse extends Schema<"PortIpAvailabilityListResponse"> {}
/** State of a public IP: RESERVED for the account, ATTACHED to a resource, or DELETED. */
export type PublicipState = Schema<"PublicipState">;
/** Kind of internet gateway a public IP is used through: `IGW`, `GGW` or `SIGW`. */
export type PublicipType = Schema<"PublicipType">;
/** The `PublicipAttachedResourceType` schema. */
export type PublicipAttachedResourceType = Schema<"PublicipAttachedResourceType">;
/** A public IPv4 address reserved for the account. */
export interface Publicip extends Schema<"Publicip"> {}
/** One page of public IPs. */
export interface PublicipListResponse extends Schema<"PublicipListResponse"> {}
/** One public IP. */
export interface PublicipShowResponse extends Schema<"PublicipShowResponse"> {}
/** A public IP to reserve. */
export interface PublicipCreateRequest extends Schema<"PublicipCreateRequest"> {}
/** What to change on a public IP: its description. */
export interface PublicipSetRequest extends Schema<"PublicipSetRequest"> {}
/** State of an internet gateway: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type InternetGatewayState = Schema<"InternetGatewayState">;
/** Kind of internet gateway: `IGW`, `GGW` or `SIGW`. */
export type InternetGatewayType = Schema<"InternetGatewayType">;
/** An internet gateway: the connection of a VPC to the internet. */
export interface InternetGateway extends Schema<"InternetGateway"> {}
/** One page of internet gateways. */
export interface InternetGatewayListResponse extends Schema<"InternetGatewayListResponse"> {}
/** One internet gateway. */
export interface InternetGatewayShowResponse extends Schema<"InternetGatewayShowResponse"> {}
/** A new internet gateway for a VPC. */
export interface InternetGatewayCreateRequest extends Schema<"InternetGatewayCreateRequest"> {}
/** What to change on an internet gateway. */
export interface InternetGatewaySetRequest extends Schema<"InternetGatewaySetRequest"> {}
/** The kinds of internet gateway the account can create. */
export interface CreatableTypeListResponse extends Schema<"CreatableTypeListResponse"> {}
/** A VPC that can be given an internet gateway. */
export interface CreatableVpcDetail extends Schema<"CreatableVpcDetail"> {}
/** The VPCs that can be given an internet gateway. */
export interface CreatableVpcListResponse extends Schema<"CreatableVpcListResponse"> {}
/** State of a NAT gateway: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type NatGatewayState = Schema<"NatGatewayState">;
/** A NAT gateway: lets the hosts of a subnet reach the internet through a public IP. */
export interface NatGateway extends Schema<"NatGateway"> {}
/** One page of NAT gateways. */
export interface NatGatewayListResponse extends Schema<"NatGatewayListResponse"> {}
/** One NAT gateway. */
export interface NatGatewayShowResponse extends Schema<"NatGatewayShowResponse"> {}
/** A new NAT gateway for a subnet. */
export interface NatGatewayCreateRequest extends Schema<"NatGatewayCreateRequest"> {}
/** What to change on a NAT gateway: its description. */
export interface NatGatewaySetRequest extends Schema<"NatGatewaySetRequest"> {}
/** State of a private NAT: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type PrivateNatState = Schema<"PrivateNatState">;
/** A private NAT: a range of addresses that a VPC’s hosts are translated to on a Direct Connect. */
export interface PrivateNat extends Schema<"PrivateNat"> {}
/** One page of private NATs. */
export interface PrivateNatListResponse extends Schema<"PrivateNatListResponse"> {}
/** One private NAT. */
export interface PrivateNatShowResponse extends Schema<"PrivateNatShowResponse"> {}
/** A new private NAT on a Direct Connect. */
export interface PrivateNatCreateRequest extends Schema<"PrivateNatCreateRequest"> {}
/** What to change on a private NAT: its description. */
export interface PrivateNatSetRequest extends Schema<"PrivateNatSetRequest"> {}
/** Whether an address range can be used for a private NAT on a Direct Connect. */
export interface PrivateNatCidrAvailabilityDetail extends Schema<"PrivateNatCidrAvailabilityDetail"> {}
/** The result of a private NAT range check. */
export interface PrivateNatCidrAvailabilityShowResponse extends Schema<"PrivateNatCidrAvailabilityShowResponse"> {}
/** State of a private NAT IP: RESERVED, ATTACHED to a server, or DELETED. */
export type PrivateNatIpState = Schema<"PrivateNatIpState">;
/** Kind of server a private NAT IP is attached to: virtual (`VM`) or bare metal (`BM`). */
export type PrivateNatIpAttachedResourceType = Schema<"PrivateNatIpAttachedResourceType">;
/** An address of a private NAT, reserved and possibly attached to a server. */
export interface PrivateNatIp extends Schema<"PrivateNatIp"> {}
/** One page of private NAT IPs. */
export interface PrivateNatIpListResponse extends Schema<"PrivateNatIpListResponse"> {}
/** One private NAT IP. */
export interface PrivateNatIpShowResponse extends Schema<"PrivateNatIpShowResponse"> {}
/** An address of the private NAT to reserve. */
export interface PrivateNatIpCreateRequest extends Schema<"PrivateNatIpCreateRequest"> {}
/** State of a transit gateway: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type TransitGatewayState = Schema<"TransitGatewayState">;
/** A transit gateway: a hub that routes traffic between the VPCs connected to it. */
export interface TransitGateway extends Schema<"TransitGateway"> {}
/** One page of transit gateways. */
export interface TransitGatewayListResponse extends Schema<"TransitGatewayListResponse"> {}
/** One transit gateway. */
export interface TransitGatewayShowResponse extends Schema<"TransitGatewayShowResponse"> {}
/** A new transit gateway. */
export interface TransitGatewayCreateRequest extends Schema<"TransitGatewayCreateRequest"> {}
/** What to change on a transit gateway: its description. */
export interface TransitGatewaySetRequest extends Schema<"TransitGatewaySetRequest"> {}
/** State of a routing rule: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type RoutingRuleState = Schema<"RoutingRuleState">;
/** An end of a transit gateway route: a connected VPC (`VPC`) or the transit gateway itself (`TGW`). */
export type TransitGatewayRuleDestinationType = Schema<"TransitGatewayRuleDestinationType">;
/** A routing rule of a transit gateway: traffic for a destination range goes from one end to the other. */
export interface TransitGatewayRule extends Schema<"TransitGatewayRule"> {}
/** One page of transit gateway routing rules. */
export interface TransitGatewayRuleListResponse extends Schema<"TransitGatewayRuleListResponse"> {}
/** One transit gateway routing rule. */
export interface TransitGatewayRuleShowResponse extends Schema<"TransitGatewayRuleShowResponse"> {}
/** A new routing rule of a transit gateway. */
export interface TransitGatewayRuleCreateRequest extends Schema<"TransitGatewayRuleCreateRequest"> {}
/** Whether a destination range can be routed for a connected VPC. */
export interface TransitGatewayRuleAvailabilityDetail extends Schema<"TransitGatewayRuleAvailabilityDetail"> {}
/** The result of a routing rule check. */
export interface TransitGatewayRuleAvailabilityResponse extends Schema<"TransitGatewayRuleAvailabilityResponse"> {}
/** State of a VPC connection: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type TransitGatewayVpcConnectionState = Schema<"TransitGatewayVpcConnectionState">;
/** A VPC connected to a transit gateway. */
export interface TransitGatewayVpcConnection extends Schema<"TransitGatewayVpcConnection"> {}
/** One page of VPC connections. */
export interface TransitGatewayVpcConnectionListResponse extends Schema<"TransitGatewayVpcConnectionListResponse"> {}
/** One VPC connection. */
export interface TransitGatewayVpcConnectionShowResponse extends Schema<"TransitGatewayVpcConnectionShowResponse"> {}
/** A VPC to connect to the transit gateway. */
export interface TransitGatewayVpcConnectionCreateRequest extends Schema<"TransitGatewayVpcConnectionCreateRequest"> {}
/** State of a VPC endpoint: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type VpcEndpointState = Schema<"VpcEndpointState">;
/** Kind of service a VPC endpoint reaches: File Storage (`FS`), Object Storage (`OBS`) or Container Registry (`SCR`). */
export type VpcEndpointResourceType = Schema<"VpcEndpointResourceType">;
/** A VPC endpoint: an address in a subnet through which the VPC reaches a platform service privately. */
export interface VpcEndpoint extends Schema<"VpcEndpoint"> {}
/** One page of VPC endpoints. */
export interface VpcEndpointListResponse extends Schema<"VpcEndpointListResponse"> {}
/** One VPC endpoint. */
export interface VpcEndpointShowResponse extends Schema<"VpcEndpointShowResponse"> {}
/** A new VPC endpoint. */
export interface VpcEndpointCreateRequest extends Schema<"VpcEndpointCreateRequest"> {}
/** What to change on a VPC endpoint: its description. */
export interface VpcEndpointSetRequest extends Schema<"VpcEndpointSetRequest"> {}
/** A service a VPC endpoint can reach. */
export interface VpcEndpointConnectableResourceDetail extends Schema<"VpcEndpointConnectableResourceDetail"> {}
/** The services VPC endpoints can reach. */
export interface VpcEndpointConnectableResourceListResponse extends Schema<"VpcEndpointConnectableResourceListResponse"> {}
/** Whether an address of a subnet is free for a VPC endpoint. */
export interface VpcEndpointIpAvailabilityDetail extends Schema<"VpcEndpointIpAvailabilityDetail"> {}
/** The result of an endpoint address check. */
export interface VpcEndpointShowIpAvailabilityResponse extends Schema<"VpcEndpointShowIpAvailabilityResponse"> {}
/** Whether a VPC can get an endpoint to a service. */
export interface VpcEndpointResourceAvailabilityDetail extends Schema<"VpcEndpointResourceAvailabilityDetail"> {}
/** The result of an endpoint service check. */
export interface VpcEndpointResourceAvailabilityShowResponse extends Schema<"VpcEndpointResourceAvailabilityShowResponse"> {}
/** State of a VPC peering: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. */
export type VpcPeeringState = Schema<"VpcPeeringState">;
/** Whether the two VPCs of a peering belong to the same account (`SAME`) or to two accounts (`DIFFERENT`). */
export type VpcPeeringAccountType = Schema<"VpcPeeringAccountType">;
/** A VPC peering: a connection between a requester VPC and an approver VPC. */
export interface VpcPeering extends Schema<"VpcPeering"> {}
/** One page of VPC peerings. */
export interface VpcPeeringListResponse extends Schema<"VpcPeeringListResponse"> {}
/** One VPC peering. */
export interface VpcPeeringShowResponse extends Schema<"VpcPeeringShowResponse"> {}
/** A new VPC peering. */
export interface VpcPeeringCreateRequest extends Schema<"VpcPeeringCreateRequest"> {}
/** What to change on a VPC peering: its description. */
export interface VpcPeeringSetRequest extends Schema<"VpcPeeringSetRequest"> {}
/** Whether two VPCs can be peered. */
export interface VpcPeeringAvailabilityDetail extends Schema<"VpcPeeringAvailabilityDetail"> {}
/** The result of a peering check. */
export interface VpcPeeringAvailabilityResponse extends Schema<"VpcPeeringAvailabilityResponse"> {}
/** An end of a VPC peering: the requester VPC or the approver VPC. */
export type VpcPeeringRuleDestinationVpcType = Schema<"VpcPeeringRuleDestinationVpcType">;
/** A routing rule of a VPC peering: traffic for a destination range goes from one VPC of the peering to the other. */
export interface VpcPeeringRule extends Schema<"VpcPeeringRule"> {}
/** One page of VPC peering routing rules. */
export interface VpcPeeringRuleListResponse extends Schema<"VpcPeeringRuleListResponse"> {}
/** One VPC peering routing rule. */
export interface VpcPeeringRuleShowResponse extends Schema<"VpcPeeringRuleShowResponse"> {}
/** A new routing rule of a VPC peering. */
export interface VpcPeeringRuleCreateRequest extends Schema<"VpcPeeringRuleCreateRequest"> {}
/** Whether a destination range can be routed through a peering. */
export interface VpcPeeringRuleAvailabilityDetail extends Schema<"VpcPeeringRuleAvailabilityDetail"> {}
/** The result of a peering routing rule check. */
export interface VpcPeeringRuleAvailabilityResponse extends Schema<"VpcPeeringRuleAvailabilityResponse"> {}
/** A security group: a set of rules allowing traffic to and from the ports (servers) it is applied to. */
export interface SecurityGroup extends Schema<"SecurityGroup"> {}
/** One page of security groups. */
export interface SecurityGroupListResponse extends Schema<"SecurityGroupListResponse"> {}
/** One security group. */
export interface SecurityGroupShowResponse extends Schema<"SecurityGroupShowResponse"> {}
/** A new security group. */
export interface SecurityGroupCreateRequest extends Schema<"SecurityGroupCreateRequest"> {}
/** What to change on a security group. */
export interface SecurityGroupSetRequest extends Schema<"SecurityGroupSetRequest"> {}
/** One quota: how many are allowed and how many are used. */
export interface SecurityGroupQuota extends Schema<"SecurityGroupQuota"> {}
/** The security group quotas of the account. */
export interface SecurityGroupQuotaResponse extends Schema<"SecurityGroupQuotaResponse"> {}
/** Which traffic a rule allows: arriving at the group’s ports (`ingress`) or leaving them (`egress`). */
export type SecurityGroupRuleDirection = Schema<"SecurityGroupRuleDirection">;
/** A rule of a security group: one kind of traffic it allows. */
export interface SecurityGroupRule extends Schema<"SecurityGroupRule"> {}
/** One page of security group rules. */
export interface SecurityGroupRuleListResponse extends Schema<"SecurityGroupRuleListResponse"> {}
/** One security group rule. */
export interface SecurityGroupRuleShowResponse extends Schema<"SecurityGroupRuleShowResponse"> {}
/** A new rule of a security group. */
export interface SecurityGroupRuleCreateRequest extends Schema<"SecurityGroupRuleCreateRequest"> {}
/** One of the rules of a bulk creation. */
export interface SecurityGroupRuleCreateRequestParam extends Schema<"SecurityGroupRuleCreateRequestParam"> {}
/** Several new rules of one security group. */
export interface SecurityGroupRulesCreateRequest extends Schema<"SecurityGroupRulesCreateRequest"> {}
/** The rules created. */
export interface SecurityGroupRulesCreateResponse extends Schema<"SecurityGroupRulesCreateResponse"> {}

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
/** The argument object of `vpcs.list` (listVpcs): path and query parameters and body fields. */
export interface ListVpcsParams extends OperationParams<operations["listVpcs"]> {}
/** What `vpcs.list` (listVpcs) resolves to. */
export interface ListVpcsResponse extends OperationData<operations["listVpcs"]> {}
/** The argument object of `vpcs.create` (createVpc): path and query parameters and body fields. */
export interface CreateVpcParams extends OperationParams<operations["createVpc"]> {}
/** What `vpcs.create` (createVpc) resolves to. */
export interface CreateVpcResponse extends OperationData<operations["createVpc"]> {}
/** The argument object of `vpcs.getMaxCount` (showMaxCount): path and query parameters and body fields. */
export interface ShowMaxCountParams extends OperationParams<operations["showMaxCount"]> {}
/** What `vpcs.getMaxCount` (showMaxCount) resolves to. */
export interface ShowMaxCountResponse extends OperationData<operations["showMaxCount"]> {}
/** The argument object of `vpcs.checkCidrAvailabilities` (checkVpcCidrAvailabilities): path and query parameters and body fields. */
export interface CheckVpcCidrAvailabilitiesParams extends OperationParams<operations["checkVpcCidrAvailabilities"]> {}
/** What `vpcs.checkCidrAvailabilities` (checkVpcCidrAvailabilities) resolves to. */
export interface CheckVpcCidrAvailabilitiesResponse extends OperationData<operations["checkVpcCidrAvailabilities"]> {}
/** The argument object of `vpcs.get` (showVpc): path and query parameters and body fields. */
export interface ShowVpcParams extends OperationParams<operations["showVpc"]> {}
/** What `vpcs.get` (showVpc) resolves to. */
export interface ShowVpcResponse extends OperationData<operations["showVpc"]> {}
/** The argument object of `vpcs.set` (setVpc): path and query parameters and body fields. */
export interface SetVpcParams extends OperationParams<operations["setVpc"]> {}
/** What `vpcs.set` (setVpc) resolves to. */
export interface SetVpcResponse extends OperationData<operations["setVpc"]> {}
/** The argument object of `vpcs.delete` (deleteVpc): path and query parameters and body fields. */
export interface DeleteVpcParams extends OperationParams<operations["deleteVpc"]> {}
/** What `vpcs.delete` (deleteVpc) resolves to. */
export type DeleteVpcResponse = OperationData<operations["deleteVpc"]>;
/** The argument object of `subnets.list` (listSubnets): path and query parameters and body fields. */
export interface ListSubnetsParams extends OperationParams<operations["listSubnets"]> {}
/** What `subnets.list` (listSubnets) resolves to. */
export interface ListSubnetsResponse extends OperationData<operations["listSubnets"]> {}
/** The argument object of `subnets.create` (createSubnet): path and query parameters and body fields. */
export interface CreateSubnetParams extends OperationParams<operations["createSubnet"]> {}
/** What `subnets.create` (createSubnet) resolves to. */
export interface CreateSubnetResponse extends OperationData<operations["createSubnet"]> {}
/** The argument object of `subnets.checkCidrAvailabilities` (checkSubnetCidrAvailabilities): path and query parameters and body fields. */
export interface CheckSubnetCidrAvailabilitiesParams extends OperationParams<operations["checkSubnetCidrAvailabilities"]> {}
/** What `subnets.checkCidrAvailabilities` (checkSubnetCidrAvailabilities) resolves to. */
export interface CheckSubnetCidrAvailabilitiesResponse extends OperationData<operations["checkSubnetCidrAvailabilities"]> {}
/** The argument object of `subnets.get` (showSubnet): path and query parameters and body fields. */
export interface ShowSubnetParams extends OperationParams<operations["showSubnet"]> {}
/** What `subnets.get` (showSubnet) resolves to. */
export interface ShowSubnetResponse extends OperationData<operations["showSubnet"]> {}
/** The argument object of `subnets.set` (setSubnet): path and query parameters and body fields. */
export interface SetSubnetParams extends OperationParams<operations["setSubnet"]> {}
/** What `subnets.set` (setSubnet) resolves to. */
export interface SetSubnetResponse extends OperationData<operations["setSubnet"]> {}
/** The argument object of `subnets.delete` (deleteSubnet): path and query parameters and body fields. */
export interface DeleteSubnetParams extends OperationParams<operations["deleteSubnet"]> {}
/** What `subnets.delete` (deleteSubnet) resolves to. */
export type DeleteSubnetResponse = OperationData<operations["deleteSubnet"]>;
/** The argument object of `ports.list` (listPorts): path and query parameters and body fields. */
export interface ListPortsParams extends OperationParams<operations["listPorts"]> {}
/** What `ports.list` (listPorts) resolves to. */
export interface ListPortsResponse extends OperationData<operations["listPorts"]> {}
/** The argument object of `ports.create` (createPort): path and query parameters and body fields. */
export interface CreatePortParams extends OperationParams<operations["createPort"]> {}
/** What `ports.create` (createPort) resolves to. */
export interface CreatePortResponse extends OperationData<operations["createPort"]> {}
/** The argument object of `ports.listIpAvailabilities` (listPortIpAvailabilities): path and query parameters and body fields. */
export interface ListPortIpAvailabilitiesParams extends OperationParams<operations["listPortIpAvailabilities"]> {}
/** What `ports.listIpAvailabilities` (listPortIpAvailabilities) resolves to. */
export interface ListPortIpAvailabilitiesResponse extends OperationData<operations["listPortIpAvailabilities"]> {}
/** The argument object of `ports.get` (showPort): path and query parameters and body fields. */
export interface ShowPortParams extends OperationParams<operations["showPort"]> {}
/** What `ports.get` (showPort) resolves to. */
export interface ShowPortResponse extends OperationData<operations["showPort"]> {}
/** The argument object of `ports.set` (setPort): path and query parameters and body fields. */
export interface SetPortParams extends OperationParams<operations["setPort"]> {}
/** What `ports.set` (setPort) resolves to. */
export interface SetPortResponse extends OperationData<operations["setPort"]> {}
/** The argument object of `ports.delete` (deletePort): path and query parameters and body fields. */
export interface DeletePortParams extends OperationParams<operations["deletePort"]> {}
/** What `ports.delete` (deletePort) resolves to. */
export type DeletePortResponse = OperationData<operations["deletePort"]>;
/** The argument object of `publicIps.list` (listPublicip): path and query parameters and body fields. */
export interface ListPublicipParams extends OperationParams<operations["listPublicip"]> {}
/** What `publicIps.list` (listPublicip) resolves to. */
export interface ListPublicipResponse extends OperationData<operations["listPublicip"]> {}
/** The argument object of `publicIps.create` (createPublicip): path and query parameters and body fields. */
export interface CreatePublicipParams extends OperationParams<operations["createPublicip"]> {}
/** What `publicIps.create` (createPublicip) resolves to. */
export interface CreatePublicipResponse extends OperationData<operations["createPublicip"]> {}
/** The argument object of `publicIps.get` (showPublicip): path and query parameters and body fields. */
export interface ShowPublicipParams extends OperationParams<operations["showPublicip"]> {}
/** What `publicIps.get` (showPublicip) resolves to. */
export interface ShowPublicipResponse extends OperationData<operations["showPublicip"]> {}
/** The argument object of `publicIps.set` (setPublicip): path and query parameters and body fields. */
export interface SetPublicipParams extends OperationParams<operations["setPublicip"]> {}
/** What `publicIps.set` (setPublicip) resolves to. */
export interface SetPublicipResponse extends OperationData<operations["setPublicip"]> {}
/** The argument object of `publicIps.delete` (deletePublicip): path and query parameters and body fields. */
export interface DeletePublicipParams extends OperationParams<operations["deletePublicip"]> {}
/** What `publicIps.delete` (deletePublicip) resolves to. */
export type DeletePublicipResponse = OperationData<operations["deletePublicip"]>;
/** The argument object of `internetGateways.list` (listInternetGateways): path and query parameters and body fields. */
export interface ListInternetGatewaysParams extends OperationParams<operations["listInternetGateways"]> {}
/** What `internetGateways.list` (listInternetGateways) resolves to. */
export interface ListInternetGatewaysResponse extends OperationData<operations["listInternetGateways"]> {}
/** The argument object of `internetGateways.create` (createInternetGateway): path and query parameters and body fields. */
export interface CreateInternetGatewayParams extends OperationParams<operations["createInternetGateway"]> {}
/** What `internetGateways.create` (createInternetGateway) resolves to. */
export interface CreateInternetGatewayResponse extends OperationData<operations["createInternetGateway"]> {}
/** The argument object of `internetGateways.listCreatableTypes` (listInternetGatewayCreatableTypes): path and query parameters and body fields. */
export interface ListInternetGatewayCreatableTypesParams extends OperationParams<operations["listInternetGatewayCreatableTypes"]> {}
/** What `internetGateways.listCreatableTypes` (listInternetGatewayCreatableTypes) resolves to. */
export interface ListInternetGatewayCreatableTypesResponse extends OperationData<operations["listInternetGatewayCreatableTypes"]> {}
/** The argument object of `internetGateways.listCreatableVpcs` (listInternetGatewayCreatableVpcs): path and query parameters and body fields. */
export interface ListInternetGatewayCreatableVpcsParams extends OperationParams<operations["listInternetGatewayCreatableVpcs"]> {}
/** What `internetGateways.listCreatableVpcs` (listInternetGatewayCreatableVpcs) resolves to. */
export interface ListInternetGatewayCreatableVpcsResponse extends OperationData<operations["listInternetGatewayCreatableVpcs"]> {}
/** The argument object of `internetGateways.get` (showInternetGateway): path and query parameters and body fields. */
export interface ShowInternetGatewayParams extends OperationParams<operations["showInternetGateway"]> {}
/** What `internetGateways.get` (showInternetGateway) resolves to. */
export interface ShowInternetGatewayResponse extends OperationData<operations["showInternetGateway"]> {}
/** The argument object of `internetGateways.set` (setInternetGateway): path and query parameters and body fields. */
export interface SetInternetGatewayParams extends OperationParams<operations["setInternetGateway"]> {}
/** What `internetGateways.set` (setInternetGateway) resolves to. */
export interface SetInternetGatewayResponse extends OperationData<operations["setInternetGateway"]> {}
/** The argument object of `internetGateways.delete` (deleteInternetGateway): path and query parameters and body fields. */
export interface DeleteInternetGatewayParams extends OperationParams<operations["deleteInternetGateway"]> {}
/** What `internetGateways.delete` (deleteInternetGateway) resolves to. */
export type DeleteInternetGatewayResponse = OperationData<operations["deleteInternetGateway"]>;
/** The argument object of `natGateways.list` (listNatGateways): path and query parameters and body fields. */
export interface ListNatGatewaysParams extends OperationParams<operations["listNatGateways"]> {}
/** What `natGateways.list` (listNatGateways) resolves to. */
export interface ListNatGatewaysResponse extends OperationData<operations["listNatGateways"]> {}
/** The argument object of `natGateways.create` (createNatGateway): path and query parameters and body fields. */
export interface CreateNatGatewayParams extends OperationParams<operations["createNatGateway"]> {}
/** What `natGateways.create` (createNatGateway) resolves to. */
export interface CreateNatGatewayResponse extends OperationData<operations["createNatGateway"]> {}
/** The argument object of `natGateways.get` (showNatGateway): path and query parameters and body fields. */
export interface ShowNatGatewayParams extends OperationParams<operations["showNatGateway"]> {}
/** What `natGateways.get` (showNatGateway) resolves to. */
export interface ShowNatGatewayResponse extends OperationData<operations["showNatGateway"]> {}
/** The argument object of `natGateways.set` (setNatGateway): path and query parameters and body fields. */
export interface SetNatGatewayParams extends OperationParams<operations["setNatGateway"]> {}
/** What `natGateways.set` (setNatGateway) resolves to. */
export interface SetNatGatewayResponse extends OperationData<operations["setNatGateway"]> {}
/** The argument object of `natGateways.delete` (deleteNatGateway): path and query parameters and body fields. */
export interface DeleteNatGatewayParams extends OperationParams<operations["deleteNatGateway"]> {}
/** What `natGateways.delete` (deleteNatGateway) resolves to. */
export type DeleteNatGatewayResponse = OperationData<operations["deleteNatGateway"]>;
/** The argument object of `privateNats.list` (listPrivateNats): path and query parameters and body fields. */
export interface ListPrivateNatsParams extends OperationParams<operations["listPrivateNats"]> {}
/** What `privateNats.list` (listPrivateNats) resolves to. */
export interface ListPrivateNatsResponse extends OperationData<operations["listPrivateNats"]> {}
/** The argument object of `privateNats.create` (createPrivateNat): path and query parameters and body fields. */
export interface CreatePrivateNatParams extends OperationParams<operations["createPrivateNat"]> {}
/** What `privateNats.create` (createPrivateNat) resolves to. */
export interface CreatePrivateNatResponse extends OperationData<operations["createPrivateNat"]> {}
/** The argument object of `privateNats.checkCidrAvailabilities` (checkPrivateNatCidrAvailabilities): path and query parameters and body fields. */
export interface CheckPrivateNatCidrAvailabilitiesParams extends OperationParams<operations["checkPrivateNatCidrAvailabilities"]> {}
/** What `privateNats.checkCidrAvailabilities` (checkPrivateNatCidrAvailabilities) resolves to. */
export interface CheckPrivateNatCidrAvailabilitiesResponse extends OperationData<operations["checkPrivateNatCidrAvailabilities"]> {}
/** The argument object of `privateNats.get` (showPrivateNat): path and query parameters and body fields. */
export interface ShowPrivateNatParams extends OperationParams<operations["showPrivateNat"]> {}
/** What `privateNats.get` (showPrivateNat) resolves to. */
export interface ShowPrivateNatResponse extends OperationData<operations["showPrivateNat"]> {}
/** The argument object of `privateNats.set` (setPrivateNat): path and query parameters and body fields. */
export interface SetPrivateNatParams extends OperationParams<operations["setPrivateNat"]> {}
/** What `privateNats.set` (setPrivateNat) resolves to. */
export interface SetPrivateNatResponse extends OperationData<operations["setPrivateNat"]> {}
/** The argument object of `privateNats.delete` (deletePrivateNat): path and query parameters and body fields. */
export interface DeletePrivateNatParams extends OperationParams<operations["deletePrivateNat"]> {}
/** What `privateNats.delete` (deletePrivateNat) resolves to. */
export type DeletePrivateNatResponse = OperationData<operations["deletePrivateNat"]>;
/** The argument object of `privateNatIps.list` (listPrivateNatIps): path and query parameters and body fields. */
export interface ListPrivateNatIpsParams extends OperationParams<operations["listPrivateNatIps"]> {}
/** What `privateNatIps.list` (listPrivateNatIps) resolves to. */
export interface ListPrivateNatIpsResponse extends OperationData<operations["listPrivateNatIps"]> {}
/** The argument object of `privateNatIps.create` (createPrivateNatIp): path and query parameters and body fields. */
export interface CreatePrivateNatIpParams extends OperationParams<operations["createPrivateNatIp"]> {}
/** What `privateNatIps.create` (createPrivateNatIp) resolves to. */
export interface CreatePrivateNatIpResponse extends OperationData<operations["createPrivateNatIp"]> {}
/** The argument object of `privateNatIps.delete` (deletePrivateNatIp): path and query parameters and body fields. */
export interface DeletePrivateNatIpParams extends OperationParams<operations["deletePrivateNatIp"]> {}
/** What `privateNatIps.delete` (deletePrivateNatIp) resolves to. */
export type DeletePrivateNatIpResponse = OperationData<operations["deletePrivateNatIp"]>;
/** The argument object of `transitGateways.list` (listTransitGateways): path and query parameters and body fields. */
export interface ListTransitGatewaysParams extends OperationParams<operations["listTransitGateways"]> {}
/** What `transitGateways.list` (listTransitGateways) resolves to. */
export interface ListTransitGatewaysResponse extends OperationData<operations["listTransitGateways"]> {}
/** The argument object of `transitGateways.create` (createTransitGateway): path and query parameters and body fields. */
export interface CreateTransitGatewayParams extends OperationParams<operations["createTransitGateway"]> {}
/** What `transitGateways.create` (createTransitGateway) resolves to. */
export interface CreateTransitGatewayResponse extends OperationData<operations["createTransitGateway"]> {}
/** The argument object of `transitGateways.get` (showTransitGateway): path and query parameters and body fields. */
export interface ShowTransitGatewayParams extends OperationParams<operations["showTransitGateway"]> {}
/** What `transitGateways.get` (showTransitGateway) resolves to. */
export interface ShowTransitGatewayResponse extends OperationData<operations["showTransitGateway"]> {}
/** The argument object of `transitGateways.set` (setTransitGateway): path and query parameters and body fields. */
export interface SetTransitGatewayParams extends OperationParams<operations["setTransitGateway"]> {}
/** What `transitGateways.set` (setTransitGateway) resolves to. */
export interface SetTransitGatewayResponse extends OperationData<operations["setTransitGateway"]> {}
/** The argument object of `transitGateways.delete` (deleteTransitGateway): path and query parameters and body fields. */
export interface DeleteTransitGatewayParams extends OperationParams<operations["deleteTransitGateway"]> {}
/** What `transitGateways.delete` (deleteTransitGateway) resolves to. */
export type DeleteTransitGatewayResponse = OperationData<operations["deleteTransitGateway"]>;
/** The argument object of `transitGatewayRules.list` (listTransitGatewayRules): path and query parameters and body fields. */
export interface ListTransitGatewayRulesParams extends OperationParams<operations["listTransitGatewayRules"]> {}
/** What `transitGatewayRules.list` (listTransitGatewayRules) resolves to. */
export interface ListTransitGatewayRulesResponse extends OperationData<operations["listTransitGatewayRules"]> {}
/** The argument object of `transitGatewayRules.create` (createTransitGatewayRule): path and query parameters and body fields. */
export interface CreateTransitGatewayRuleParams extends OperationParams<operations["createTransitGatewayRule"]> {}
/** What `transitGatewayRules.create` (createTransitGatewayRule) resolves to. */
export interface CreateTransitGatewayRuleResponse extends OperationData<operations["createTransitGatewayRule"]> {}
/** The argument object of `transitGatewayRules.listDestinationCidrAvailabilities` (listTransitGatewayRoutingRuleAvailabilities): path and query parameters and body fields. */
export interface ListTransitGatewayRoutingRuleAvailabilitiesParams extends OperationParams<operations["listTransitGatewayRoutingRuleAvailabilities"]> {}
/** What `transitGatewayRules.listDestinationCidrAvailabilities` (listTransitGatewayRoutingRuleAvailabilities) resolves to. */
export interface ListTransitGatewayRoutingRuleAvailabilitiesResponse extends OperationData<operations["listTransitGatewayRoutingRuleAvailabilities"]> {}
/** The argument object of `transitGatewayRules.delete` (deleteTransitGatewayRule): path and query parameters and body fields. */
export interface DeleteTransitGatewayRuleParams extends OperationParams<operations["deleteTransitGatewayRule"]> {}
/** What `transitGatewayRules.delete` (deleteTransitGatewayRule) resolves to. */
export type DeleteTransitGatewayRuleResponse = OperationData<operations["deleteTransitGatewayRule"]>;
/** The argument object of `transitGatewayVpcConnections.list` (listTransitGatewayVpcConnections): path and query parameters and body fields. */
export interface ListTransitGatewayVpcConnectionsParams extends OperationParams<operations["listTransitGatewayVpcConnections"]> {}
/** What `transitGatewayVpcConnections.list` (listTransitGatewayVpcConnections) resolves to. */
export interface ListTransitGatewayVpcConnectionsResponse extends OperationData<operations["listTransitGatewayVpcConnections"]> {}
/** The argument object of `transitGatewayVpcConnections.create` (createTransitGatewayVpcConnection): path and query parameters and body fields. */
export interface CreateTransitGatewayVpcConnectionParams extends OperationParams<operations["createTransitGatewayVpcConnection"]> {}
/** What `transitGatewayVpcConnections.create` (createTransitGatewayVpcConnection) resolves to. */
export interface CreateTransitGatewayVpcConnectionResponse extends OperationData<operations["createTransitGatewayVpcConnection"]> {}
/** The argument object of `transitGatewayVpcConnections.delete` (deleteTransitGatewayVpcConnection): path and query parameters and body fields. */
export interface DeleteTransitGatewayVpcConnectionParams extends OperationParams<operations["deleteTransitGatewayVpcConnection"]> {}
/** What `transitGatewayVpcConnections.delete` (deleteTransitGatewayVpcConnection) resolves to. */
export type DeleteTransitGatewayVpcConnectionResponse = OperationData<operations["deleteTransitGatewayVpcConnection"]>;
/** The argument object of `vpcEndpoints.list` (listVpcEndpoints): path and query parameters and body fields. */
export interface ListVpcEndpointsParams extends OperationParams<operations["listVpcEndpoints"]> {}
/** What `vpcEndpoints.list` (listVpcEndpoints) resolves to. */
export interface ListVpcEndpointsResponse extends OperationData<operations["listVpcEndpoints"]> {}
/** The argument object of `vpcEndpoints.create` (createVpcEndpoint): path and query parameters and body fields. */
export interface CreateVpcEndpointParams extends OperationParams<operations["createVpcEndpoint"]> {}
/** What `vpcEndpoints.create` (createVpcEndpoint) resolves to. */
export interface CreateVpcEndpointResponse extends OperationData<operations["createVpcEndpoint"]> {}
/** The argument object of `vpcEndpoints.listConnectableResources` (listVpcEndpointConnectableResources): path and query parameters and body fields. */
export interface ListVpcEndpointConnectableResourcesParams extends OperationParams<operations["listVpcEndpointConnectableResources"]> {}
/** What `vpcEndpoints.listConnectableResources` (listVpcEndpointConnectableResources) resolves to. */
export interface ListVpcEndpointConnectableResourcesResponse extends OperationData<operations["listVpcEndpointConnectableResources"]> {}
/** The argument object of `vpcEndpoints.checkIpAddressAvailabilities` (checkVpcEndpointIpAddressAvailabilities): path and query parameters and body fields. */
export interface CheckVpcEndpointIpAddressAvailabilitiesParams extends OperationParams<operations["checkVpcEndpointIpAddressAvailabilities"]> {}
/** What `vpcEndpoints.checkIpAddressAvailabilities` (checkVpcEndpointIpAddressAvailabilities) resolves to. */
export interface CheckVpcEndpointIpAddressAvailabilitiesResponse extends OperationData<operations["checkVpcEndpointIpAddressAvailabilities"]> {}
/** The argument object of `vpcEndpoints.checkResourceAvailabilities` (checkVpcEndpointResourceAvailabilities): path and query parameters and body fields. */
export interface CheckVpcEndpointResourceAvailabilitiesParams extends OperationParams<operations["checkVpcEndpointResourceAvailabilities"]> {}
/** What `vpcEndpoints.checkResourceAvailabilities` (checkVpcEndpointResourceAvailabilities) resolves to. */
export interface CheckVpcEndpointResourceAvailabilitiesResponse extends OperationData<operations["checkVpcEndpointResourceAvailabilities"]> {}
/** The argument object of `vpcEndpoints.get` (showVpcEndpoint): path and query parameters and body fields. */
export interface ShowVpcEndpointParams extends OperationParams<operations["showVpcEndpoint"]> {}
/** What `vpcEndpoints.get` (showVpcEndpoint) resolves to. */
export interface ShowVpcEndpointResponse extends OperationData<operations["showVpcEndpoint"]> {}
/** The argument object of `vpcEndpoints.set` (setVpcEndpoint): path and query parameters and body fields. */
export interface SetVpcEndpointParams extends OperationParams<operations["setVpcEndpoint"]> {}
/** What `vpcEndpoints.set` (setVpcEndpoint) resolves to. */
export interface SetVpcEndpointResponse extends OperationData<operations["setVpcEndpoint"]> {}
/** The argument object of `vpcEndpoints.delete` (deleteVpcEndpoint): path and query parameters and body fields. */
export interface DeleteVpcEndpointParams extends OperationParams<operations["deleteVpcEndpoint"]> {}
/** What `vpcEndpoints.delete` (deleteVpcEndpoint) resolves to. */
export type DeleteVpcEndpointResponse = OperationData<operations["deleteVpcEndpoint"]>;
/** The argument object of `vpcPeerings.list` (listVpcPeerings): path and query parameters and body fields. */
export interface ListVpcPeeringsParams extends OperationParams<operations["listVpcPeerings"]> {}
/** What `vpcPeerings.list` (listVpcPeerings) resolves to. */
export interface ListVpcPeeringsResponse extends OperationData<operations["listVpcPeerings"]> {}
/** The argument object of `vpcPeerings.create` (createVpcPeering): path and query parameters and body fields. */
export interface CreateVpcPeeringParams extends OperationParams<operations["createVpcPeering"]> {}
/** What `vpcPeerings.create` (createVpcPeering) resolves to. */
export interface CreateVpcPeeringResponse extends OperationData<operations["createVpcPeering"]> {}
/** The argument object of `vpcPeerings.listAvailabilities` (listVpcPeeringAvailabilities): path and query parameters and body fields. */
export interface ListVpcPeeringAvailabilitiesParams extends OperationParams<operations["listVpcPeeringAvailabilities"]> {}
/** What `vpcPeerings.listAvailabilities` (listVpcPeeringAvailabilities) resolves to. */
export interface ListVpcPeeringAvailabilitiesResponse extends OperationData<operations["listVpcPeeringAvailabilities"]> {}
/** The argument object of `vpcPeerings.get` (showVpcPeering): path and query parameters and body fields. */
export interface ShowVpcPeeringParams extends OperationParams<operations["showVpcPeering"]> {}
/** What `vpcPeerings.get` (showVpcPeering) resolves to. */
export interface ShowVpcPeeringResponse extends OperationData<operations["showVpcPeering"]> {}
/** The argument object of `vpcPeerings.set` (setVpcPeering): path and query parameters and body fields. */
export interface SetVpcPeeringParams extends OperationParams<operations["setVpcPeering"]> {}
/** What `vpcPeerings.set` (setVpcPeering) resolves to. */
export interface SetVpcPeeringResponse extends OperationData<operations["setVpcPeering"]> {}
/** The argument object of `vpcPeerings.delete` (deleteVpcPeering): path and query parameters and body fields. */
export interface DeleteVpcPeeringParams extends OperationParams<operations["deleteVpcPeering"]> {}
/** What `vpcPeerings.delete` (deleteVpcPeering) resolves to. */
export type DeleteVpcPeeringResponse = OperationData<operations["deleteVpcPeering"]>;
/** The argument object of `vpcPeeringRules.list` (listVpcPeeringRules): path and query parameters and body fields. */
export interface ListVpcPeeringRulesParams extends OperationParams<operations["listVpcPeeringRules"]> {}
/** What `vpcPeeringRules.list` (listVpcPeeringRules) resolves to. */
export interface ListVpcPeeringRulesResponse extends OperationData<operations["listVpcPeeringRules"]> {}
/** The argument object of `vpcPeeringRules.create` (createVpcPeeringRule): path and query parameters and body fields. */
export interface CreateVpcPeeringRuleParams extends OperationParams<operations["createVpcPeeringRule"]> {}
/** What `vpcPeeringRules.create` (createVpcPeeringRule) resolves to. */
export interface CreateVpcPeeringRuleResponse extends OperationData<operations["createVpcPeeringRule"]> {}
/** The argument object of `vpcPeeringRules.listDestinationCidrAvailabilities` (listVpcPeeringRoutingRuleAvailabilities): path and query parameters and body fields. */
export interface ListVpcPeeringRoutingRuleAvailabilitiesParams extends OperationParams<operations["listVpcPeeringRoutingRuleAvailabilities"]> {}
/** What `vpcPeeringRules.listDestinationCidrAvailabilities` (listVpcPeeringRoutingRuleAvailabilities) resolves to. */
export interface ListVpcPeeringRoutingRuleAvailabilitiesResponse extends OperationData<operations["listVpcPeeringRoutingRuleAvailabilities"]> {}
/** The argument object of `vpcPeeringRules.delete` (deleteVpcPeeringRule): path and query parameters and body fields. */
export interface DeleteVpcPeeringRuleParams extends OperationParams<operations["deleteVpcPeeringRule"]> {}
/** What `vpcPeeringRules.delete` (deleteVpcPeeringRule) resolves to. */
export type DeleteVpcPeeringRuleResponse = OperationData<operations["deleteVpcPeeringRule"]>;
/** The argument object of `securityGroups.list` (listSecurityGroups): path and query parameters and body fields. */
export interface ListSecurityGroupsParams extends OperationParams<operations["listSecurityGroups"]> {}
/** What `securityGroups.list` (listSecurityGroups) resolves to. */
export interface ListSecurityGroupsResponse extends OperationData<operations["listSecurityGroups"]> {}
/** The argument object of `securityGroups.create` (createSecurityGroup): path and query parameters and body fields. */
export interface CreateSecurityGroupParams extends OperationParams<operations["createSecurityGroup"]> {}
/** What `securityGroups.create` (createSecurityGroup) resolves to. */
export interface CreateSecurityGroupResponse extends OperationData<operations["createSecurityGroup"]> {}
/** The argument object of `securityGroups.getQuotas` (getSecurityGroupQuotas): path and query parameters and body fields. */
export interface GetSecurityGroupQuotasParams extends OperationParams<operations["getSecurityGroupQuotas"]> {}
/** What `securityGroups.getQuotas` (getSecurityGroupQuotas) resolves to. */
export interface GetSecurityGroupQuotasResponse extends OperationData<operations["getSecurityGroupQuotas"]> {}
/** The argument object of `securityGroups.get` (showSecurityGroup): path and query parameters and body fields. */
export interface ShowSecurityGroupParams extends OperationParams<operations["showSecurityGroup"]> {}
/** What `securityGroups.get` (showSecurityGroup) resolves to. */
export interface ShowSecurityGroupResponse extends OperationData<operations["showSecurityGroup"]> {}
/** The argument object of `securityGroups.set` (setSecurityGroup): path and query parameters and body fields. */
export interface SetSecurityGroupParams extends OperationParams<operations["setSecurityGroup"]> {}
/** What `securityGroups.set` (setSecurityGroup) resolves to. */
export type SetSecurityGroupResponse = OperationData<operations["setSecurityGroup"]>;
/** The argument object of `securityGroups.delete` (deleteSecurityGroup): path and query parameters and body fields. */
export interface DeleteSecurityGroupParams extends OperationParams<operations["deleteSecurityGroup"]> {}
/** What `securityGroups.delete` (deleteSecurityGroup) resolves to. */
export type DeleteSecurityGroupResponse = OperationData<operations["deleteSecurityGroup"]>;
/** The argument object of `securityGroupRules.list` (listSecurityGroupRules): path and query parameters and body fields. */
export interface ListSecurityGroupRulesParams extends OperationParams<operations["listSecurityGroupRules"]> {}
/** What `securityGroupRules.list` (listSecurityGroupRules) resolves to. */
export interface ListSecurityGroupRulesResponse extends OperationData<operations["listSecurityGroupRules"]> {}
/** The argument object of `securityGroupRules.create` (createSecurityGroupRule): path and query parameters and body fields. */
export interface CreateSecurityGroupRuleParams extends OperationParams<operations["createSecurityGroupRule"]> {}
/** What `securityGroupRules.create` (createSecurityGroupRule) resolves to. */
export interface CreateSecurityGroupRuleResponse extends OperationData<operations["createSecurityGroupRule"]> {}
/** The argument object of `securityGroupRules.createBulk` (createSecurityGroupRules): path and query parameters and body fields. */
export interface CreateSecurityGroupRulesParams extends OperationParams<operations["createSecurityGroupRules"]> {}
/** What `securityGroupRules.createBulk` (createSecurityGroupRules) resolves to. */
export interface CreateSecurityGroupRulesResponse extends OperationData<operations["createSecurityGroupRules"]> {}
/** The argument object of `securityGroupRules.download` (downloadSecurityGroupRules): path and query parameters and body fields. */
export interface DownloadSecurityGroupRulesParams extends OperationParams<operations["downloadSecurityGroupRules"]> {}
/** What `securityGroupRules.download` (downloadSecurityGroupRules) resolves to. */
export type DownloadSecurityGroupRulesResponse = OperationData<operations["downloadSecurityGroupRules"]>;
/** The argument object of `securityGroupRules.get` (showSecurityGroupRule): path and query parameters and body fields. */
export interface ShowSecurityGroupRuleParams extends OperationParams<operations["showSecurityGroupRule"]> {}
/** What `securityGroupRules.get` (showSecurityGroupRule) resolves to. */
export interface ShowSecurityGroupRuleResponse extends OperationData<operations["showSecurityGroupRule"]> {}
/** The argument object of `securityGroupRules.delete` (deleteSecurityGroupRule): path and query parameters and body fields. */
export interface DeleteSecurityGroupRuleParams extends OperationParams<operations["deleteSecurityGroupRule"]> {}
/** What `securityGroupRules.delete` (deleteSecurityGroupRule) resolves to. */
export type DeleteSecurityGroupRuleResponse = OperationData<operations["deleteSecurityGroupRule"]>;
