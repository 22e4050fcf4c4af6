// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// Named types: every schema of the spec, and the argument object and data of every operation.
import type { OperationData, OperationParams } from '@cloudspecs/runtime';
import type { components, operations } from './schema.js';

type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Hypermedia link to a resource. */
export interface Link extends Schema<"Link"> {}
/** Hypermedia for the resource. */
export type Links = Schema<"Links">;
/** Pagination links of a paginated list (`page`/`pageSize` given). */
export type PageLinks = Schema<"PageLinks">;
/** Body of a JSON fault. */
export interface FaultDetail extends Schema<"FaultDetail"> {}
/** Fault named `computeFault`: the fault of a request the API refused or failed to carry out (400, 405 and 5xx). */
export interface ComputeFault extends Schema<"ComputeFault"> {}
/** Fault named `forbidden` (403). */
export interface ForbiddenFault extends Schema<"ForbiddenFault"> {}
/** Fault named `conflict` (409). */
export interface ConflictFault extends Schema<"ConflictFault"> {}
/** Fault named `itemNotFound` (404). */
export interface ItemNotFoundFault extends Schema<"ItemNotFoundFault"> {}
/** The `Zone` schema. */
export interface Zone extends Schema<"Zone"> {}
/** The zones by account: each key is an account number, each value the zones available to that account. */
export interface ZoneList extends Schema<"ZoneList"> {}
/** A port number; the single-group call sends it as a string of digits, the other calls as a number. */
export type PortNumber = Schema<"PortNumber">;
/** A rule as its firewall group lists it. */
export interface GroupRule extends Schema<"GroupRule"> {}
/** A firewall (security) group. */
export interface SecurityGroup extends Schema<"SecurityGroup"> {}
/** The `SecurityGroupEnvelope` schema. */
export interface SecurityGroupEnvelope extends Schema<"SecurityGroupEnvelope"> {}
/** The `SecurityGroupList` schema. */
export interface SecurityGroupList extends Schema<"SecurityGroupList"> {}
/** The `CreateSecurityGroupRequest` schema. */
export interface CreateSecurityGroupRequest extends Schema<"CreateSecurityGroupRequest"> {}
/** A firewall group rule. */
export interface SecurityGroupRule extends Schema<"SecurityGroupRule"> {}
/** The `SecurityGroupRuleEnvelope` schema. */
export interface SecurityGroupRuleEnvelope extends Schema<"SecurityGroupRuleEnvelope"> {}
/** The `CreateSecurityGroupRuleRequest` schema. */
export interface CreateSecurityGroupRuleRequest extends Schema<"CreateSecurityGroupRuleRequest"> {}
/** A flexible IP. */
export interface FlexibleIp extends Schema<"FlexibleIp"> {}
/** The `FlexibleIpEnvelope` schema. */
export interface FlexibleIpEnvelope extends Schema<"FlexibleIpEnvelope"> {}
/** The answer of the single-address call, documented as a one-element array under the singular key. */
export interface FlexibleIpView extends Schema<"FlexibleIpView"> {}
/** The `FlexibleIpList` schema. */
export interface FlexibleIpList extends Schema<"FlexibleIpList"> {}
/** The `AllocateFlexibleIpRequest` schema. */
export interface AllocateFlexibleIpRequest extends Schema<"AllocateFlexibleIpRequest"> {}
/** State of a server. */
export type ServerStatus = Schema<"ServerStatus">;
/** The `ServerAddress` schema. */
export interface ServerAddress extends Schema<"ServerAddress"> {}
/** The server's addresses, by network. */
export interface ServerAddresses extends Schema<"ServerAddresses"> {}
/** The image the server was built from. */
export interface ServerImage extends Schema<"ServerImage"> {}
/** The flavor the server runs with. */
export interface ServerFlavor extends Schema<"ServerFlavor"> {}
/** The firewall (security) group assigned to the server. */
export interface ServerSecurityGroup extends Schema<"ServerSecurityGroup"> {}
/** What every answer about a server holds: `Server` (the details) and `CreatedServer` (the create answer) add the image and flavor, which the pages name differently in the create answer. */
export interface ServerBase extends Schema<"ServerBase"> {}
/** A server with its details. */
export type Server = Schema<"Server">;
/** The server as the create call returns it, which always includes the admin password. */
export type CreatedServer = Schema<"CreatedServer">;
/** The `ServerEnvelope` schema. */
export interface ServerEnvelope extends Schema<"ServerEnvelope"> {}
/** The `CreatedServerEnvelope` schema. */
export interface CreatedServerEnvelope extends Schema<"CreatedServerEnvelope"> {}
/** A server as the plain list shows it. */
export interface ServerSummary extends Schema<"ServerSummary"> {}
/** The `ServerList` schema. */
export interface ServerList extends Schema<"ServerList"> {}
/** The `ServerDetailList` schema. */
export interface ServerDetailList extends Schema<"ServerDetailList"> {}
/** The `CreateServerRequest` schema. */
export interface CreateServerRequest extends Schema<"CreateServerRequest"> {}
/** What to change on the server. */
export interface UpdateServerRequest extends Schema<"UpdateServerRequest"> {}
/** One server action, as an object whose single key names the action (every other action's key is `false`, so two actions in one body are refused, and do not compile in the client). */
export type ServerAction = Schema<"ServerAction">;
/** Restart the server. */
export interface RebootAction extends Schema<"RebootAction"> {}
/** Stop the server (ACTIVE to STOPPED). */
export interface StopAction extends Schema<"StopAction"> {}
/** Start a stopped server (STOPPED to ACTIVE). */
export interface StartAction extends Schema<"StartAction"> {}
/** The action takes no arguments; send null. */
export type NoActionArguments = Schema<"NoActionArguments">;
/** Change the server's flavor. */
export interface ResizeAction extends Schema<"ResizeAction"> {}
/** Bind an allocated flexible IP to the server. */
export interface AddFloatingIpAction extends Schema<"AddFloatingIpAction"> {}
/** Unbind a flexible IP from the server. */
export interface RemoveFloatingIpAction extends Schema<"RemoveFloatingIpAction"> {}
/** The `FloatingIpAddress` schema. */
export interface FloatingIpAddress extends Schema<"FloatingIpAddress"> {}
/** A flavor as the list shows it. */
export interface FlavorSummary extends Schema<"FlavorSummary"> {}
/** The `FlavorList` schema. */
export interface FlavorList extends Schema<"FlavorList"> {}
/** A flavor with its resources. */
export interface Flavor extends Schema<"Flavor"> {}
/** The `FlavorEnvelope` schema. */
export interface FlavorEnvelope extends Schema<"FlavorEnvelope"> {}
/** The `FlavorDetailList` schema. */
export interface FlavorDetailList extends Schema<"FlavorDetailList"> {}
/** An image. */
export interface Image extends Schema<"Image"> {}
/** The `ImageList` schema. */
export interface ImageList extends Schema<"ImageList"> {}
/** An image with its status and creation time. */
export type ImageDetail = Schema<"ImageDetail">;
/** The `ImageDetailList` schema. */
export interface ImageDetailList extends Schema<"ImageDetailList"> {}
/** The `ImageEnvelope` schema. */
export interface ImageEnvelope extends Schema<"ImageEnvelope"> {}
/** A volume attached to a server. */
export interface VolumeAttachment extends Schema<"VolumeAttachment"> {}
/** A block storage volume. */
export interface Volume extends Schema<"Volume"> {}
/** The `VolumeEnvelope` schema. */
export interface VolumeEnvelope extends Schema<"VolumeEnvelope"> {}
/** The `VolumeList` schema. */
export interface VolumeList extends Schema<"VolumeList"> {}
/** The `VolumeAttachmentList` schema. */
export interface VolumeAttachmentList extends Schema<"VolumeAttachmentList"> {}
/** The `AttachVolumeRequest` schema. */
export interface AttachVolumeRequest extends Schema<"AttachVolumeRequest"> {}

/** The argument object of `zones.listForAccount` (listZones): path and query parameters and body fields. */
export interface ListZonesParams extends OperationParams<operations["listZones"]> {}
/** What `zones.listForAccount` (listZones) resolves to. */
export interface ListZonesResponse extends OperationData<operations["listZones"]> {}
/** The argument object of `zones.list` (listZonesForCurrentAccount): path and query parameters and body fields. */
export interface ListZonesForCurrentAccountParams extends OperationParams<operations["listZonesForCurrentAccount"]> {}
/** What `zones.list` (listZonesForCurrentAccount) resolves to. */
export interface ListZonesForCurrentAccountResponse extends OperationData<operations["listZonesForCurrentAccount"]> {}
/** The argument object of `flexibleIps.listForAccount` (listFlexibleIps): path and query parameters and body fields. */
export interface ListFlexibleIpsParams extends OperationParams<operations["listFlexibleIps"]> {}
/** What `flexibleIps.listForAccount` (listFlexibleIps) resolves to. */
export interface ListFlexibleIpsResponse extends OperationData<operations["listFlexibleIps"]> {}
/** The argument object of `flexibleIps.allocateForAccount` (allocateFlexibleIp): path and query parameters and body fields. */
export interface AllocateFlexibleIpParams extends OperationParams<operations["allocateFlexibleIp"]> {}
/** What `flexibleIps.allocateForAccount` (allocateFlexibleIp) resolves to. */
export interface AllocateFlexibleIpResponse extends OperationData<operations["allocateFlexibleIp"]> {}
/** The argument object of `flexibleIps.list` (listFlexibleIpsForCurrentAccount): path and query parameters and body fields. */
export interface ListFlexibleIpsForCurrentAccountParams extends OperationParams<operations["listFlexibleIpsForCurrentAccount"]> {}
/** What `flexibleIps.list` (listFlexibleIpsForCurrentAccount) resolves to. */
export interface ListFlexibleIpsForCurrentAccountResponse extends OperationData<operations["listFlexibleIpsForCurrentAccount"]> {}
/** The argument object of `flexibleIps.allocate` (allocateFlexibleIpForCurrentAccount): path and query parameters and body fields. */
export interface AllocateFlexibleIpForCurrentAccountParams extends OperationParams<operations["allocateFlexibleIpForCurrentAccount"]> {}
/** What `flexibleIps.allocate` (allocateFlexibleIpForCurrentAccount) resolves to. */
export interface AllocateFlexibleIpForCurrentAccountResponse extends OperationData<operations["allocateFlexibleIpForCurrentAccount"]> {}
/** The argument object of `flexibleIps.getForAccount` (getFlexibleIp): path and query parameters and body fields. */
export interface GetFlexibleIpParams extends OperationParams<operations["getFlexibleIp"]> {}
/** What `flexibleIps.getForAccount` (getFlexibleIp) resolves to. */
export interface GetFlexibleIpResponse extends OperationData<operations["getFlexibleIp"]> {}
/** The argument object of `flexibleIps.releaseForAccount` (releaseFlexibleIp): path and query parameters and body fields. */
export interface ReleaseFlexibleIpParams extends OperationParams<operations["releaseFlexibleIp"]> {}
/** What `flexibleIps.releaseForAccount` (releaseFlexibleIp) resolves to. */
export type ReleaseFlexibleIpResponse = OperationData<operations["releaseFlexibleIp"]>;
/** The argument object of `flexibleIps.get` (getFlexibleIpForCurrentAccount): path and query parameters and body fields. */
export interface GetFlexibleIpForCurrentAccountParams extends OperationParams<operations["getFlexibleIpForCurrentAccount"]> {}
/** What `flexibleIps.get` (getFlexibleIpForCurrentAccount) resolves to. */
export interface GetFlexibleIpForCurrentAccountResponse extends OperationData<operations["getFlexibleIpForCurrentAccount"]> {}
/** The argument object of `flexibleIps.release` (releaseFlexibleIpForCurrentAccount): path and query parameters and body fields. */
export interface ReleaseFlexibleIpForCurrentAccountParams extends OperationParams<operations["releaseFlexibleIpForCurrentAccount"]> {}
/** What `flexibleIps.release` (releaseFlexibleIpForCurrentAccount) resolves to. */
export type ReleaseFlexibleIpForCurrentAccountResponse = OperationData<operations["releaseFlexibleIpForCurrentAccount"]>;
/** The argument object of `servers.listForAccount` (listServers): path and query parameters and body fields. */
export interface ListServersParams extends OperationParams<operations["listServers"]> {}
/** What `servers.listForAccount` (listServers) resolves to. */
export interface ListServersResponse extends OperationData<operations["listServers"]> {}
/** The argument object of `servers.createForAccount` (createServer): path and query parameters and body fields. */
export interface CreateServerParams extends OperationParams<operations["createServer"]> {}
/** What `servers.createForAccount` (createServer) resolves to. */
export interface CreateServerResponse extends OperationData<operations["createServer"]> {}
/** The argument object of `servers.list` (listServersForCurrentAccount): path and query parameters and body fields. */
export interface ListServersForCurrentAccountParams extends OperationParams<operations["listServersForCurrentAccount"]> {}
/** What `servers.list` (listServersForCurrentAccount) resolves to. */
export interface ListServersForCurrentAccountResponse extends OperationData<operations["listServersForCurrentAccount"]> {}
/** The argument object of `servers.create` (createServerForCurrentAccount): path and query parameters and body fields. */
export interface CreateServerForCurrentAccountParams extends OperationParams<operations["createServerForCurrentAccount"]> {}
/** What `servers.create` (createServerForCurrentAccount) resolves to. */
export interface CreateServerForCurrentAccountResponse extends OperationData<operations["createServerForCurrentAccount"]> {}
/** The argument object of `servers.listWithDetailsForAccount` (listServersWithDetails): path and query parameters and body fields. */
export interface ListServersWithDetailsParams extends OperationParams<operations["listServersWithDetails"]> {}
/** What `servers.listWithDetailsForAccount` (listServersWithDetails) resolves to. */
export interface ListServersWithDetailsResponse extends OperationData<operations["listServersWithDetails"]> {}
/** The argument object of `servers.listWithDetails` (listServersWithDetailsForCurrentAccount): path and query parameters and body fields. */
export interface ListServersWithDetailsForCurrentAccountParams extends OperationParams<operations["listServersWithDetailsForCurrentAccount"]> {}
/** What `servers.listWithDetails` (listServersWithDetailsForCurrentAccount) resolves to. */
export interface ListServersWithDetailsForCurrentAccountResponse extends OperationData<operations["listServersWithDetailsForCurrentAccount"]> {}
/** The argument object of `servers.getForAccount` (getServer): path and query parameters and body fields. */
export interface GetServerParams extends OperationParams<operations["getServer"]> {}
/** What `servers.getForAccount` (getServer) resolves to. */
export interface GetServerResponse extends OperationData<operations["getServer"]> {}
/** The argument object of `servers.updateForAccount` (updateServer): path and query parameters and body fields. */
export interface UpdateServerParams extends OperationParams<operations["updateServer"]> {}
/** What `servers.updateForAccount` (updateServer) resolves to. */
export interface UpdateServerResponse extends OperationData<operations["updateServer"]> {}
/** The argument object of `servers.deleteForAccount` (deleteServer): path and query parameters and body fields. */
export interface DeleteServerParams extends OperationParams<operations["deleteServer"]> {}
/** What `servers.deleteForAccount` (deleteServer) resolves to. */
export type DeleteServerResponse = OperationData<operations["deleteServer"]>;
/** The argument object of `servers.get` (getServerForCurrentAccount): path and query parameters and body fields. */
export interface GetServerForCurrentAccountParams extends OperationParams<operations["getServerForCurrentAccount"]> {}
/** What `servers.get` (getServerForCurrentAccount) resolves to. */
export interface GetServerForCurrentAccountResponse extends OperationData<operations["getServerForCurrentAccount"]> {}
/** The argument object of `servers.update` (updateServerForCurrentAccount): path and query parameters and body fields. */
export interface UpdateServerForCurrentAccountParams extends OperationParams<operations["updateServerForCurrentAccount"]> {}
/** What `servers.update` (updateServerForCurrentAccount) resolves to. */
export interface UpdateServerForCurrentAccountResponse extends OperationData<operations["updateServerForCurrentAccount"]> {}
/** The argument object of `servers.delete` (deleteServerForCurrentAccount): path and query parameters and body fields. */
export interface DeleteServerForCurrentAccountParams extends OperationParams<operations["deleteServerForCurrentAccount"]> {}
/** What `servers.delete` (deleteServerForCurrentAccount) resolves to. */
export type DeleteServerForCurrentAccountResponse = OperationData<operations["deleteServerForCurrentAccount"]>;
/** The argument object of `servers.performActionForAccount` (performServerAction): path and query parameters and body fields. */
export type PerformServerActionParams = OperationParams<operations["performServerAction"]>;
/** What `servers.performActionForAccount` (performServerAction) resolves to. */
export type PerformServerActionResponse = OperationData<operations["performServerAction"]>;
/** The argument object of `servers.performAction` (performServerActionForCurrentAccount): path and query parameters and body fields. */
export type PerformServerActionForCurrentAccountParams = OperationParams<operations["performServerActionForCurrentAccount"]>;
/** What `servers.performAction` (performServerActionForCurrentAccount) resolves to. */
export type PerformServerActionForCurrentAccountResponse = OperationData<operations["performServerActionForCurrentAccount"]>;
/** The argument object of `securityGroups.listForAccount` (listSecurityGroups): path and query parameters and body fields. */
export interface ListSecurityGroupsParams extends OperationParams<operations["listSecurityGroups"]> {}
/** What `securityGroups.listForAccount` (listSecurityGroups) resolves to. */
export interface ListSecurityGroupsResponse extends OperationData<operations["listSecurityGroups"]> {}
/** The argument object of `securityGroups.createForAccount` (createSecurityGroup): path and query parameters and body fields. */
export interface CreateSecurityGroupParams extends OperationParams<operations["createSecurityGroup"]> {}
/** What `securityGroups.createForAccount` (createSecurityGroup) resolves to. */
export interface CreateSecurityGroupResponse extends OperationData<operations["createSecurityGroup"]> {}
/** The argument object of `securityGroups.list` (listSecurityGroupsForCurrentAccount): path and query parameters and body fields. */
export interface ListSecurityGroupsForCurrentAccountParams extends OperationParams<operations["listSecurityGroupsForCurrentAccount"]> {}
/** What `securityGroups.list` (listSecurityGroupsForCurrentAccount) resolves to. */
export interface ListSecurityGroupsForCurrentAccountResponse extends OperationData<operations["listSecurityGroupsForCurrentAccount"]> {}
/** The argument object of `securityGroups.create` (createSecurityGroupForCurrentAccount): path and query parameters and body fields. */
export interface CreateSecurityGroupForCurrentAccountParams extends OperationParams<operations["createSecurityGroupForCurrentAccount"]> {}
/** What `securityGroups.create` (createSecurityGroupForCurrentAccount) resolves to. */
export interface CreateSecurityGroupForCurrentAccountResponse extends OperationData<operations["createSecurityGroupForCurrentAccount"]> {}
/** The argument object of `securityGroups.getForAccount` (getSecurityGroup): path and query parameters and body fields. */
export interface GetSecurityGroupParams extends OperationParams<operations["getSecurityGroup"]> {}
/** What `securityGroups.getForAccount` (getSecurityGroup) resolves to. */
export interface GetSecurityGroupResponse extends OperationData<operations["getSecurityGroup"]> {}
/** The argument object of `securityGroups.deleteForAccount` (deleteSecurityGroup): path and query parameters and body fields. */
export interface DeleteSecurityGroupParams extends OperationParams<operations["deleteSecurityGroup"]> {}
/** What `securityGroups.deleteForAccount` (deleteSecurityGroup) resolves to. */
export type DeleteSecurityGroupResponse = OperationData<operations["deleteSecurityGroup"]>;
/** The argument object of `securityGroups.get` (getSecurityGroupForCurrentAccount): path and query parameters and body fields. */
export interface GetSecurityGroupForCurrentAccountParams extends OperationParams<operations["getSecurityGroupForCurrentAccount"]> {}
/** What `securityGroups.get` (getSecurityGroupForCurrentAccount) resolves to. */
export interface GetSecurityGroupForCurrentAccountResponse extends OperationData<operations["getSecurityGroupForCurrentAccount"]> {}
/** The argument object of `securityGroups.delete` (deleteSecurityGroupForCurrentAccount): path and query parameters and body fields. */
export interface DeleteSecurityGroupForCurrentAccountParams extends OperationParams<operations["deleteSecurityGroupForCurrentAccount"]> {}
/** What `securityGroups.delete` (deleteSecurityGroupForCurrentAccount) resolves to. */
export type DeleteSecurityGroupForCurrentAccountResponse = OperationData<operations["deleteSecurityGroupForCurrentAccount"]>;
/** The argument object of `securityGroups.createRuleForAccount` (createSecurityGroupRule): path and query parameters and body fields. */
export interface CreateSecurityGroupRuleParams extends OperationParams<operations["createSecurityGroupRule"]> {}
/** What `securityGroups.createRuleForAccount` (createSecurityGroupRule) resolves to. */
export interface CreateSecurityGroupRuleResponse extends OperationData<operations["createSecurityGroupRule"]> {}
/** The argument object of `securityGroups.createRule` (createSecurityGroupRuleForCurrentAccount): path and query parameters and body fields. */
export interface CreateSecurityGroupRuleForCurrentAccountParams extends OperationParams<operations["createSecurityGroupRuleForCurrentAccount"]> {}
/** What `securityGroups.createRule` (createSecurityGroupRuleForCurrentAccount) resolves to. */
export interface CreateSecurityGroupRuleForCurrentAccountResponse extends OperationData<operations["createSecurityGroupRuleForCurrentAccount"]> {}
/** The argument object of `securityGroups.deleteRuleForAccount` (deleteSecurityGroupRule): path and query parameters and body fields. */
export interface DeleteSecurityGroupRuleParams extends OperationParams<operations["deleteSecurityGroupRule"]> {}
/** What `securityGroups.deleteRuleForAccount` (deleteSecurityGroupRule) resolves to. */
export type DeleteSecurityGroupRuleResponse = OperationData<operations["deleteSecurityGroupRule"]>;
/** The argument object of `securityGroups.deleteRule` (deleteSecurityGroupRuleForCurrentAccount): path and query parameters and body fields. */
export interface DeleteSecurityGroupRuleForCurrentAccountParams extends OperationParams<operations["deleteSecurityGroupRuleForCurrentAccount"]> {}
/** What `securityGroups.deleteRule` (deleteSecurityGroupRuleForCurrentAccount) resolves to. */
export type DeleteSecurityGroupRuleForCurrentAccountResponse = OperationData<operations["deleteSecurityGroupRuleForCurrentAccount"]>;
/** The argument object of `volumes.listForAccount` (listVolumes): path and query parameters and body fields. */
export interface ListVolumesParams extends OperationParams<operations["listVolumes"]> {}
/** What `volumes.listForAccount` (listVolumes) resolves to. */
export interface ListVolumesResponse extends OperationData<operations["listVolumes"]> {}
/** The argument object of `volumes.list` (listVolumesForCurrentAccount): path and query parameters and body fields. */
export interface ListVolumesForCurrentAccountParams extends OperationParams<operations["listVolumesForCurrentAccount"]> {}
/** What `volumes.list` (listVolumesForCurrentAccount) resolves to. */
export interface ListVolumesForCurrentAccountResponse extends OperationData<operations["listVolumesForCurrentAccount"]> {}
/** The argument object of `volumes.listWithDetailsForAccount` (listVolumesWithDetails): path and query parameters and body fields. */
export interface ListVolumesWithDetailsParams extends OperationParams<operations["listVolumesWithDetails"]> {}
/** What `volumes.listWithDetailsForAccount` (listVolumesWithDetails) resolves to. */
export interface ListVolumesWithDetailsResponse extends OperationData<operations["listVolumesWithDetails"]> {}
/** The argument object of `volumes.listWithDetails` (listVolumesWithDetailsForCurrentAccount): path and query parameters and body fields. */
export interface ListVolumesWithDetailsForCurrentAccountParams extends OperationParams<operations["listVolumesWithDetailsForCurrentAccount"]> {}
/** What `volumes.listWithDetails` (listVolumesWithDetailsForCurrentAccount) resolves to. */
export interface ListVolumesWithDetailsForCurrentAccountResponse extends OperationData<operations["listVolumesWithDetailsForCurrentAccount"]> {}
/** The argument object of `volumes.getForAccount` (getVolume): path and query parameters and body fields. */
export interface GetVolumeParams extends OperationParams<operations["getVolume"]> {}
/** What `volumes.getForAccount` (getVolume) resolves to. */
export interface GetVolumeResponse extends OperationData<operations["getVolume"]> {}
/** The argument object of `volumes.deleteForAccount` (deleteVolume): path and query parameters and body fields. */
export interface DeleteVolumeParams extends OperationParams<operations["deleteVolume"]> {}
/** What `volumes.deleteForAccount` (deleteVolume) resolves to. */
export type DeleteVolumeResponse = OperationData<operations["deleteVolume"]>;
/** The argument object of `volumes.get` (getVolumeForCurrentAccount): path and query parameters and body fields. */
export interface GetVolumeForCurrentAccountParams extends OperationParams<operations["getVolumeForCurrentAccount"]> {}
/** What `volumes.get` (getVolumeForCurrentAccount) resolves to. */
export interface GetVolumeForCurrentAccountResponse extends OperationData<operations["getVolumeForCurrentAccount"]> {}
/** The argument object of `volumes.delete` (deleteVolumeForCurrentAccount): path and query parameters and body fields. */
export interface DeleteVolumeForCurrentAccountParams extends OperationParams<operations["deleteVolumeForCurrentAccount"]> {}
/** What `volumes.delete` (deleteVolumeForCurrentAccount) resolves to. */
export type DeleteVolumeForCurrentAccountResponse = OperationData<operations["deleteVolumeForCurrentAccount"]>;
/** The argument object of `volumes.listAttachmentsForAccount` (listServerVolumeAttachments): path and query parameters and body fields. */
export interface ListServerVolumeAttachmentsParams extends OperationParams<operations["listServerVolumeAttachments"]> {}
/** What `volumes.listAttachmentsForAccount` (listServerVolumeAttachments) resolves to. */
export interface ListServerVolumeAttachmentsResponse extends OperationData<operations["listServerVolumeAttachments"]> {}
/** The argument object of `volumes.attachForAccount` (attachVolume): path and query parameters and body fields. */
export interface AttachVolumeParams extends OperationParams<operations["attachVolume"]> {}
/** What `volumes.attachForAccount` (attachVolume) resolves to. */
export type AttachVolumeResponse = OperationData<operations["attachVolume"]>;
/** The argument object of `volumes.listAttachments` (listServerVolumeAttachmentsForCurrentAccount): path and query parameters and body fields. */
export interface ListServerVolumeAttachmentsForCurrentAccountParams extends OperationParams<operations["listServerVolumeAttachmentsForCurrentAccount"]> {}
/** What `volumes.listAttachments` (listServerVolumeAttachmentsForCurrentAccount) resolves to. */
export interface ListServerVolumeAttachmentsForCurrentAccountResponse extends OperationData<operations["listServerVolumeAttachmentsForCurrentAccount"]> {}
/** The argument object of `volumes.attach` (attachVolumeForCurrentAccount): path and query parameters and body fields. */
export interface AttachVolumeForCurrentAccountParams extends OperationParams<operations["attachVolumeForCurrentAccount"]> {}
/** What `volumes.attach` (attachVolumeForCurrentAccount) resolves to. */
export type AttachVolumeForCurrentAccountResponse = OperationData<operations["attachVolumeForCurrentAccount"]>;
/** The argument object of `volumes.getAttachmentForAccount` (getServerVolumeAttachment): path and query parameters and body fields. */
export interface GetServerVolumeAttachmentParams extends OperationParams<operations["getServerVolumeAttachment"]> {}
/** What `volumes.getAttachmentForAccount` (getServerVolumeAttachment) resolves to. */
export interface GetServerVolumeAttachmentResponse extends OperationData<operations["getServerVolumeAttachment"]> {}
/** The argument object of `volumes.detachForAccount` (detachVolume): path and query parameters and body fields. */
export interface DetachVolumeParams extends OperationParams<operations["detachVolume"]> {}
/** What `volumes.detachForAccount` (detachVolume) resolves to. */
export type DetachVolumeResponse = OperationData<operations["detachVolume"]>;
/** The argument object of `volumes.getAttachment` (getServerVolumeAttachmentForCurrentAccount): path and query parameters and body fields. */
export interface GetServerVolumeAttachmentForCurrentAccountParams extends OperationParams<operations["getServerVolumeAttachmentForCurrentAccount"]> {}
/** What `volumes.getAttachment` (getServerVolumeAttachmentForCurrentAccount) resolves to. */
export interface GetServerVolumeAttachmentForCurrentAccountResponse extends OperationData<operations["getServerVolumeAttachmentForCurrentAccount"]> {}
/** The argument object of `volumes.detach` (detachVolumeForCurrentAccount): path and query parameters and body fields. */
export interface DetachVolumeForCurrentAccountParams extends OperationParams<operations["detachVolumeForCurrentAccount"]> {}
/** What `volumes.detach` (detachVolumeForCurrentAccount) resolves to. */
export type DetachVolumeForCurrentAccountResponse = OperationData<operations["detachVolumeForCurrentAccount"]>;
/** The argument object of `flavors.listForAccount` (listFlavors): path and query parameters and body fields. */
export interface ListFlavorsParams extends OperationParams<operations["listFlavors"]> {}
/** What `flavors.listForAccount` (listFlavors) resolves to. */
export interface ListFlavorsResponse extends OperationData<operations["listFlavors"]> {}
/** The argument object of `flavors.list` (listFlavorsForCurrentAccount): path and query parameters and body fields. */
export interface ListFlavorsForCurrentAccountParams extends OperationParams<operations["listFlavorsForCurrentAccount"]> {}
/** What `flavors.list` (listFlavorsForCurrentAccount) resolves to. */
export interface ListFlavorsForCurrentAccountResponse extends OperationData<operations["listFlavorsForCurrentAccount"]> {}
/** The argument object of `flavors.getForAccount` (getFlavor): path and query parameters and body fields. */
export interface GetFlavorParams extends OperationParams<operations["getFlavor"]> {}
/** What `flavors.getForAccount` (getFlavor) resolves to. */
export interface GetFlavorResponse extends OperationData<operations["getFlavor"]> {}
/** The argument object of `flavors.get` (getFlavorForCurrentAccount): path and query parameters and body fields. */
export interface GetFlavorForCurrentAccountParams extends OperationParams<operations["getFlavorForCurrentAccount"]> {}
/** What `flavors.get` (getFlavorForCurrentAccount) resolves to. */
export interface GetFlavorForCurrentAccountResponse extends OperationData<operations["getFlavorForCurrentAccount"]> {}
/** The argument object of `flavors.listWithDetailsForAccount` (listFlavorsWithDetails): path and query parameters and body fields. */
export interface ListFlavorsWithDetailsParams extends OperationParams<operations["listFlavorsWithDetails"]> {}
/** What `flavors.listWithDetailsForAccount` (listFlavorsWithDetails) resolves to. */
export interface ListFlavorsWithDetailsResponse extends OperationData<operations["listFlavorsWithDetails"]> {}
/** The argument object of `flavors.listWithDetails` (listFlavorsWithDetailsForCurrentAccount): path and query parameters and body fields. */
export interface ListFlavorsWithDetailsForCurrentAccountParams extends OperationParams<operations["listFlavorsWithDetailsForCurrentAccount"]> {}
/** What `flavors.listWithDetails` (listFlavorsWithDetailsForCurrentAccount) resolves to. */
export interface ListFlavorsWithDetailsForCurrentAccountResponse extends OperationData<operations["listFlavorsWithDetailsForCurrentAccount"]> {}
/** The argument object of `flavors.getDetailsForAccount` (getFlavorDetails): path and query parameters and body fields. */
export interface GetFlavorDetailsParams extends OperationParams<operations["getFlavorDetails"]> {}
/** What `flavors.getDetailsForAccount` (getFlavorDetails) resolves to. */
export interface GetFlavorDetailsResponse extends OperationData<operations["getFlavorDetails"]> {}
/** The argument object of `flavors.getDetails` (getFlavorDetailsForCurrentAccount): path and query parameters and body fields. */
export interface GetFlavorDetailsForCurrentAccountParams extends OperationParams<operations["getFlavorDetailsForCurrentAccount"]> {}
/** What `flavors.getDetails` (getFlavorDetailsForCurrentAccount) resolves to. */
export interface GetFlavorDetailsForCurrentAccountResponse extends OperationData<operations["getFlavorDetailsForCurrentAccount"]> {}
/** The argument object of `images.listForAccount` (listImages): path and query parameters and body fields. */
export interface ListImagesParams extends OperationParams<operations["listImages"]> {}
/** What `images.listForAccount` (listImages) resolves to. */
export interface ListImagesResponse extends OperationData<operations["listImages"]> {}
/** The argument object of `images.list` (listImagesForCurrentAccount): path and query parameters and body fields. */
export interface ListImagesForCurrentAccountParams extends OperationParams<operations["listImagesForCurrentAccount"]> {}
/** What `images.list` (listImagesForCurrentAccount) resolves to. */
export interface ListImagesForCurrentAccountResponse extends OperationData<operations["listImagesForCurrentAccount"]> {}
/** The argument object of `images.listWithDetailsForAccount` (listImagesWithDetails): path and query parameters and body fields. */
export interface ListImagesWithDetailsParams extends OperationParams<operations["listImagesWithDetails"]> {}
/** What `images.listWithDetailsForAccount` (listImagesWithDetails) resolves to. */
export interface ListImagesWithDetailsResponse extends OperationData<operations["listImagesWithDetails"]> {}
/** The argument object of `images.listWithDetails` (listImagesWithDetailsForCurrentAccount): path and query parameters and body fields. */
export interface ListImagesWithDetailsForCurrentAccountParams extends OperationParams<operations["listImagesWithDetailsForCurrentAccount"]> {}
/** What `images.listWithDetails` (listImagesWithDetailsForCurrentAccount) resolves to. */
export interface ListImagesWithDetailsForCurrentAccountResponse extends OperationData<operations["listImagesWithDetailsForCurrentAccount"]> {}
/** The argument object of `images.getForAccount` (getImage): path and query parameters and body fields. */
export interface GetImageParams extends OperationParams<operations["getImage"]> {}
/** What `images.getForAccount` (getImage) resolves to. */
export interface GetImageResponse extends OperationData<operations["getImage"]> {}
/** The argument object of `images.get` (getImageForCurrentAccount): path and query parameters and body fields. */
export interface GetImageForCurrentAccountParams extends OperationParams<operations["getImageForCurrentAccount"]> {}
/** What `images.get` (getImageForCurrentAccount) resolves to. */
export interface GetImageForCurrentAccountResponse extends OperationData<operations["getImageForCurrentAccount"]> {}
