// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The resource layer: one method per operation, grouped by namespace (specs/README.md, "Resource names"), over
// the path-style client. `operations` is what the runtime's resourceClass reads; the interfaces give each method
// its types.
import type { ApiPromise, ListPromise, RequestOptions } from '@cloudspecs/runtime';
import { type BoundHelper, type ItemOf, listWalker, type ResourceTable, resourceClass } from '@cloudspecs/runtime/vendor-kit';
import { createHostwayClient, type HostwayClientOptions } from '../client.js';
import { waitForServer } from '../wait-for-server.js';
import type { HostwayClient } from './client-types.js';
import { credentialOptions } from './operations.js';
import { paginatedPaths } from './pagination.js';
import type {
  AllocateFlexibleIpForCurrentAccountParams,
  AllocateFlexibleIpForCurrentAccountResponse,
  AllocateFlexibleIpParams,
  AllocateFlexibleIpResponse,
  AttachVolumeForCurrentAccountParams,
  AttachVolumeForCurrentAccountResponse,
  AttachVolumeParams,
  AttachVolumeResponse,
  CreateSecurityGroupForCurrentAccountParams,
  CreateSecurityGroupForCurrentAccountResponse,
  CreateSecurityGroupParams,
  CreateSecurityGroupResponse,
  CreateSecurityGroupRuleForCurrentAccountParams,
  CreateSecurityGroupRuleForCurrentAccountResponse,
  CreateSecurityGroupRuleParams,
  CreateSecurityGroupRuleResponse,
  CreateServerForCurrentAccountParams,
  CreateServerForCurrentAccountResponse,
  CreateServerParams,
  CreateServerResponse,
  DeleteSecurityGroupForCurrentAccountParams,
  DeleteSecurityGroupForCurrentAccountResponse,
  DeleteSecurityGroupParams,
  DeleteSecurityGroupResponse,
  DeleteSecurityGroupRuleForCurrentAccountParams,
  DeleteSecurityGroupRuleForCurrentAccountResponse,
  DeleteSecurityGroupRuleParams,
  DeleteSecurityGroupRuleResponse,
  DeleteServerForCurrentAccountParams,
  DeleteServerForCurrentAccountResponse,
  DeleteServerParams,
  DeleteServerResponse,
  DeleteVolumeForCurrentAccountParams,
  DeleteVolumeForCurrentAccountResponse,
  DeleteVolumeParams,
  DeleteVolumeResponse,
  DetachVolumeForCurrentAccountParams,
  DetachVolumeForCurrentAccountResponse,
  DetachVolumeParams,
  DetachVolumeResponse,
  GetFlavorDetailsForCurrentAccountParams,
  GetFlavorDetailsForCurrentAccountResponse,
  GetFlavorDetailsParams,
  GetFlavorDetailsResponse,
  GetFlavorForCurrentAccountParams,
  GetFlavorForCurrentAccountResponse,
  GetFlavorParams,
  GetFlavorResponse,
  GetFlexibleIpForCurrentAccountParams,
  GetFlexibleIpForCurrentAccountResponse,
  GetFlexibleIpParams,
  GetFlexibleIpResponse,
  GetImageForCurrentAccountParams,
  GetImageForCurrentAccountResponse,
  GetImageParams,
  GetImageResponse,
  GetSecurityGroupForCurrentAccountParams,
  GetSecurityGroupForCurrentAccountResponse,
  GetSecurityGroupParams,
  GetSecurityGroupResponse,
  GetServerForCurrentAccountParams,
  GetServerForCurrentAccountResponse,
  GetServerParams,
  GetServerResponse,
  GetServerVolumeAttachmentForCurrentAccountParams,
  GetServerVolumeAttachmentForCurrentAccountResponse,
  GetServerVolumeAttachmentParams,
  GetServerVolumeAttachmentResponse,
  GetVolumeForCurrentAccountParams,
  GetVolumeForCurrentAccountResponse,
  GetVolumeParams,
  GetVolumeResponse,
  ListFlavorsForCurrentAccountParams,
  ListFlavorsForCurrentAccountResponse,
  ListFlavorsParams,
  ListFlavorsResponse,
  ListFlavorsWithDetailsForCurrentAccountParams,
  ListFlavorsWithDetailsForCurrentAccountResponse,
  ListFlavorsWithDetailsParams,
  ListFlavorsWithDetailsResponse,
  ListFlexibleIpsForCurrentAccountParams,
  ListFlexibleIpsForCurrentAccountResponse,
  ListFlexibleIpsParams,
  ListFlexibleIpsResponse,
  ListImagesForCurrentAccountParams,
  ListImagesForCurrentAccountResponse,
  ListImagesParams,
  ListImagesResponse,
  ListImagesWithDetailsForCurrentAccountParams,
  ListImagesWithDetailsForCurrentAccountResponse,
  ListImagesWithDetailsParams,
  ListImagesWithDetailsResponse,
  ListSecurityGroupsForCurrentAccountParams,
  ListSecurityGroupsForCurrentAccountResponse,
  ListSecurityGroupsParams,
  ListSecurityGroupsResponse,
  ListServerVolumeAttachmentsForCurrentAccountParams,
  ListServerVolumeAttachmentsForCurrentAccountResponse,
  ListServerVolumeAttachmentsParams,
  ListServerVolumeAttachmentsResponse,
  ListServersForCurrentAccountParams,
  ListServersForCurrentAccountResponse,
  ListServersParams,
  ListServersResponse,
  ListServersWithDetailsForCurrentAccountParams,
  ListServersWithDetailsForCurrentAccountResponse,
  ListServersWithDetailsParams,
  ListServersWithDetailsResponse,
  ListVolumesForCurrentAccountParams,
  ListVolumesForCurrentAccountResponse,
  ListVolumesParams,
  ListVolumesResponse,
  ListVolumesWithDetailsForCurrentAccountParams,
  ListVolumesWithDetailsForCurrentAccountResponse,
  ListVolumesWithDetailsParams,
  ListVolumesWithDetailsResponse,
  ListZonesForCurrentAccountParams,
  ListZonesForCurrentAccountResponse,
  ListZonesParams,
  ListZonesResponse,
  PerformServerActionForCurrentAccountParams,
  PerformServerActionForCurrentAccountResponse,
  PerformServerActionParams,
  PerformServerActionResponse,
  ReleaseFlexibleIpForCurrentAccountParams,
  ReleaseFlexibleIpForCurrentAccountResponse,
  ReleaseFlexibleIpParams,
  ReleaseFlexibleIpResponse,
  UpdateServerForCurrentAccountParams,
  UpdateServerForCurrentAccountResponse,
  UpdateServerParams,
  UpdateServerResponse,
} from './models.js';

/** Every operation: namespace → method → [HTTP method, path, flags, query keys, keys sent as parameter and body]. */
export const operations = {
  zones: {
    listForAccount: ["get","/accounts/{accountId}/flexcloud/zone"],
    list: ["get","/zone"],
  },
  flexibleIps: {
    listForAccount: ["get","/accounts/{accountId}/flexcloud/os-floating-ips",8],
    allocateForAccount: ["post","/accounts/{accountId}/flexcloud/os-floating-ips",2],
    list: ["get","/os-floating-ips",8],
    allocate: ["post","/os-floating-ips",2],
    getForAccount: ["get","/accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}"],
    releaseForAccount: ["delete","/accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}"],
    get: ["get","/os-floating-ips/{ipAddress}"],
    release: ["delete","/os-floating-ips/{ipAddress}"],
  },
  servers: {
    listForAccount: ["get","/accounts/{accountId}/flexcloud/servers",8],
    createForAccount: ["post","/accounts/{accountId}/flexcloud/servers",1],
    list: ["get","/servers",8],
    create: ["post","/servers",1],
    listWithDetailsForAccount: ["get","/accounts/{accountId}/flexcloud/servers/detail",8],
    listWithDetails: ["get","/servers/detail",8],
    getForAccount: ["get","/accounts/{accountId}/flexcloud/servers/{serverId}"],
    updateForAccount: ["put","/accounts/{accountId}/flexcloud/servers/{serverId}",1],
    deleteForAccount: ["delete","/accounts/{accountId}/flexcloud/servers/{serverId}"],
    get: ["get","/servers/{serverId}"],
    update: ["put","/servers/{serverId}",1],
    delete: ["delete","/servers/{serverId}"],
    performActionForAccount: ["post","/accounts/{accountId}/flexcloud/servers/{serverId}/action",1],
    performAction: ["post","/servers/{serverId}/action",1],
  },
  securityGroups: {
    listForAccount: ["get","/accounts/{accountId}/flexcloud/os-security-groups",8],
    createForAccount: ["post","/accounts/{accountId}/flexcloud/os-security-groups",1],
    list: ["get","/os-security-groups",8],
    create: ["post","/os-security-groups",1],
    getForAccount: ["get","/accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}"],
    deleteForAccount: ["delete","/accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}"],
    get: ["get","/os-security-groups/{securityGroupId}"],
    delete: ["delete","/os-security-groups/{securityGroupId}"],
    createRuleForAccount: ["post","/accounts/{accountId}/flexcloud/os-security-group-rules",1],
    createRule: ["post","/os-security-group-rules",1],
    deleteRuleForAccount: ["delete","/accounts/{accountId}/flexcloud/os-security-group-rules/{ruleId}"],
    deleteRule: ["delete","/os-security-group-rules/{ruleId}"],
  },
  volumes: {
    listForAccount: ["get","/accounts/{accountId}/flexcloud/volumes",8],
    list: ["get","/volumes",8],
    listWithDetailsForAccount: ["get","/accounts/{accountId}/flexcloud/volumes/detail",8],
    listWithDetails: ["get","/volumes/detail",8],
    getForAccount: ["get","/accounts/{accountId}/flexcloud/volumes/{volumeId}"],
    deleteForAccount: ["delete","/accounts/{accountId}/flexcloud/volumes/{volumeId}"],
    get: ["get","/volumes/{volumeId}"],
    delete: ["delete","/volumes/{volumeId}"],
    listAttachmentsForAccount: ["get","/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments"],
    attachForAccount: ["post","/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments",1],
    listAttachments: ["get","/servers/{serverId}/os-volume_attachments"],
    attach: ["post","/servers/{serverId}/os-volume_attachments",1],
    getAttachmentForAccount: ["get","/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}"],
    detachForAccount: ["delete","/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}"],
    getAttachment: ["get","/servers/{serverId}/os-volume_attachments/{volumeId}"],
    detach: ["delete","/servers/{serverId}/os-volume_attachments/{volumeId}"],
  },
  flavors: {
    listForAccount: ["get","/accounts/{accountId}/flexcloud/flavors",8],
    list: ["get","/flavors",8],
    getForAccount: ["get","/accounts/{accountId}/flexcloud/flavors/{flavorId}"],
    get: ["get","/flavors/{flavorId}"],
    listWithDetailsForAccount: ["get","/accounts/{accountId}/flexcloud/flavors/detail",8],
    listWithDetails: ["get","/flavors/detail",8],
    getDetailsForAccount: ["get","/accounts/{accountId}/flexcloud/flavors/detail/{flavorId}"],
    getDetails: ["get","/flavors/detail/{flavorId}"],
  },
  images: {
    listForAccount: ["get","/accounts/{accountId}/flexcloud/images",8],
    list: ["get","/images",8],
    listWithDetailsForAccount: ["get","/accounts/{accountId}/flexcloud/images/detail",8],
    listWithDetails: ["get","/images/detail",8],
    getForAccount: ["get","/accounts/{accountId}/flexcloud/images/{imageId}"],
    get: ["get","/images/{imageId}"],
  },
} as const satisfies ResourceTable;

/** hostway's operations as methods: `hostway.<namespace>.<method>(params, options)`. */
export interface HostwayResources {
  readonly zones: {
    /**
     * List the account's zones
     *
     * `GET /accounts/{accountId}/flexcloud/zone` (listZones)
     */
    listForAccount(params: ListZonesParams, options?: RequestOptions): ApiPromise<ListZonesResponse>;
    /**
     * List the zones of the authenticated account
     *
     * `GET /zone` (listZonesForCurrentAccount)
     */
    list(params?: ListZonesForCurrentAccountParams, options?: RequestOptions): ApiPromise<ListZonesForCurrentAccountResponse>;
  };
  readonly flexibleIps: {
    /**
     * List the account's flexible IPs
     *
     * `GET /accounts/{accountId}/flexcloud/os-floating-ips` (listFlexibleIps): awaited, the first page; iterated, every item of every page
     */
    listForAccount(params: ListFlexibleIpsParams, options?: RequestOptions): ListPromise<ListFlexibleIpsResponse, ItemOf<ListFlexibleIpsResponse, "floating_ips">>;
    /**
     * Allocate a flexible IP
     *
     * `POST /accounts/{accountId}/flexcloud/os-floating-ips` (allocateFlexibleIp)
     */
    allocateForAccount(params: AllocateFlexibleIpParams, options?: RequestOptions): ApiPromise<AllocateFlexibleIpResponse>;
    /**
     * List the flexible IPs of the authenticated account
     *
     * `GET /os-floating-ips` (listFlexibleIpsForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListFlexibleIpsForCurrentAccountParams, options?: RequestOptions): ListPromise<ListFlexibleIpsForCurrentAccountResponse, ItemOf<ListFlexibleIpsForCurrentAccountResponse, "floating_ips">>;
    /**
     * Allocate a flexible IP for the authenticated account
     *
     * `POST /os-floating-ips` (allocateFlexibleIpForCurrentAccount)
     */
    allocate(params?: AllocateFlexibleIpForCurrentAccountParams, options?: RequestOptions): ApiPromise<AllocateFlexibleIpForCurrentAccountResponse>;
    /**
     * Get a flexible IP
     *
     * `GET /accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}` (getFlexibleIp)
     */
    getForAccount(params: GetFlexibleIpParams, options?: RequestOptions): ApiPromise<GetFlexibleIpResponse>;
    /**
     * Release a flexible IP
     *
     * `DELETE /accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}` (releaseFlexibleIp)
     */
    releaseForAccount(params: ReleaseFlexibleIpParams, options?: RequestOptions): ApiPromise<ReleaseFlexibleIpResponse>;
    /**
     * Get a flexible IP of the authenticated account
     *
     * `GET /os-floating-ips/{ipAddress}` (getFlexibleIpForCurrentAccount)
     */
    get(params: GetFlexibleIpForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetFlexibleIpForCurrentAccountResponse>;
    /**
     * Release a flexible IP of the authenticated account
     *
     * `DELETE /os-floating-ips/{ipAddress}` (releaseFlexibleIpForCurrentAccount)
     */
    release(params: ReleaseFlexibleIpForCurrentAccountParams, options?: RequestOptions): ApiPromise<ReleaseFlexibleIpForCurrentAccountResponse>;
  };
  readonly servers: {
    /**
     * List servers
     *
     * `GET /accounts/{accountId}/flexcloud/servers` (listServers): awaited, the first page; iterated, every item of every page
     */
    listForAccount(params: ListServersParams, options?: RequestOptions): ListPromise<ListServersResponse, ItemOf<ListServersResponse, "servers">>;
    /**
     * Create a server
     *
     * `POST /accounts/{accountId}/flexcloud/servers` (createServer)
     */
    createForAccount(params: CreateServerParams, options?: RequestOptions): ApiPromise<CreateServerResponse>;
    /**
     * List the servers of the authenticated account
     *
     * `GET /servers` (listServersForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListServersForCurrentAccountParams, options?: RequestOptions): ListPromise<ListServersForCurrentAccountResponse, ItemOf<ListServersForCurrentAccountResponse, "servers">>;
    /**
     * Create a server for the authenticated account
     *
     * `POST /servers` (createServerForCurrentAccount)
     */
    create(params: CreateServerForCurrentAccountParams, options?: RequestOptions): ApiPromise<CreateServerForCurrentAccountResponse>;
    /**
     * List servers with their details
     *
     * `GET /accounts/{accountId}/flexcloud/servers/detail` (listServersWithDetails): awaited, the first page; iterated, every item of every page
     */
    listWithDetailsForAccount(params: ListServersWithDetailsParams, options?: RequestOptions): ListPromise<ListServersWithDetailsResponse, ItemOf<ListServersWithDetailsResponse, "servers">>;
    /**
     * List the servers of the authenticated account with their details
     *
     * `GET /servers/detail` (listServersWithDetailsForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    listWithDetails(params?: ListServersWithDetailsForCurrentAccountParams, options?: RequestOptions): ListPromise<ListServersWithDetailsForCurrentAccountResponse, ItemOf<ListServersWithDetailsForCurrentAccountResponse, "servers">>;
    /**
     * Get a server
     *
     * `GET /accounts/{accountId}/flexcloud/servers/{serverId}` (getServer)
     */
    getForAccount(params: GetServerParams, options?: RequestOptions): ApiPromise<GetServerResponse>;
    /**
     * Rename a server
     *
     * `PUT /accounts/{accountId}/flexcloud/servers/{serverId}` (updateServer)
     */
    updateForAccount(params: UpdateServerParams, options?: RequestOptions): ApiPromise<UpdateServerResponse>;
    /**
     * Delete a server
     *
     * `DELETE /accounts/{accountId}/flexcloud/servers/{serverId}` (deleteServer)
     */
    deleteForAccount(params: DeleteServerParams, options?: RequestOptions): ApiPromise<DeleteServerResponse>;
    /**
     * Get a server of the authenticated account
     *
     * `GET /servers/{serverId}` (getServerForCurrentAccount)
     */
    get(params: GetServerForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetServerForCurrentAccountResponse>;
    /**
     * Rename a server of the authenticated account
     *
     * `PUT /servers/{serverId}` (updateServerForCurrentAccount)
     */
    update(params: UpdateServerForCurrentAccountParams, options?: RequestOptions): ApiPromise<UpdateServerForCurrentAccountResponse>;
    /**
     * Delete a server of the authenticated account
     *
     * `DELETE /servers/{serverId}` (deleteServerForCurrentAccount)
     */
    delete(params: DeleteServerForCurrentAccountParams, options?: RequestOptions): ApiPromise<DeleteServerForCurrentAccountResponse>;
    /**
     * Perform an action on a server
     *
     * `POST /accounts/{accountId}/flexcloud/servers/{serverId}/action` (performServerAction)
     */
    performActionForAccount(params: PerformServerActionParams, options?: RequestOptions): ApiPromise<PerformServerActionResponse>;
    /**
     * Perform an action on a server of the authenticated account
     *
     * `POST /servers/{serverId}/action` (performServerActionForCurrentAccount)
     */
    performAction(params: PerformServerActionForCurrentAccountParams, options?: RequestOptions): ApiPromise<PerformServerActionForCurrentAccountResponse>;
    /** `waitForServer` with this client: see its own documentation. */
    waitForServer: BoundHelper<typeof waitForServer>;
  };
  readonly securityGroups: {
    /**
     * List firewall groups
     *
     * `GET /accounts/{accountId}/flexcloud/os-security-groups` (listSecurityGroups): awaited, the first page; iterated, every item of every page
     */
    listForAccount(params: ListSecurityGroupsParams, options?: RequestOptions): ListPromise<ListSecurityGroupsResponse, ItemOf<ListSecurityGroupsResponse, "securityGroups">>;
    /**
     * Create a firewall group
     *
     * `POST /accounts/{accountId}/flexcloud/os-security-groups` (createSecurityGroup)
     */
    createForAccount(params: CreateSecurityGroupParams, options?: RequestOptions): ApiPromise<CreateSecurityGroupResponse>;
    /**
     * List the firewall groups of the authenticated account
     *
     * `GET /os-security-groups` (listSecurityGroupsForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListSecurityGroupsForCurrentAccountParams, options?: RequestOptions): ListPromise<ListSecurityGroupsForCurrentAccountResponse, ItemOf<ListSecurityGroupsForCurrentAccountResponse, "securityGroups">>;
    /**
     * Create a firewall group for the authenticated account
     *
     * `POST /os-security-groups` (createSecurityGroupForCurrentAccount)
     */
    create(params: CreateSecurityGroupForCurrentAccountParams, options?: RequestOptions): ApiPromise<CreateSecurityGroupForCurrentAccountResponse>;
    /**
     * Get a firewall group
     *
     * `GET /accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}` (getSecurityGroup)
     */
    getForAccount(params: GetSecurityGroupParams, options?: RequestOptions): ApiPromise<GetSecurityGroupResponse>;
    /**
     * Delete a firewall group
     *
     * `DELETE /accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}` (deleteSecurityGroup)
     */
    deleteForAccount(params: DeleteSecurityGroupParams, options?: RequestOptions): ApiPromise<DeleteSecurityGroupResponse>;
    /**
     * Get a firewall group of the authenticated account
     *
     * `GET /os-security-groups/{securityGroupId}` (getSecurityGroupForCurrentAccount)
     */
    get(params: GetSecurityGroupForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetSecurityGroupForCurrentAccountResponse>;
    /**
     * Delete a firewall group of the authenticated account
     *
     * `DELETE /os-security-groups/{securityGroupId}` (deleteSecurityGroupForCurrentAccount)
     */
    delete(params: DeleteSecurityGroupForCurrentAccountParams, options?: RequestOptions): ApiPromise<DeleteSecurityGroupForCurrentAccountResponse>;
    /**
     * Add a rule to a firewall group
     *
     * `POST /accounts/{accountId}/flexcloud/os-security-group-rules` (createSecurityGroupRule)
     */
    createRuleForAccount(params: CreateSecurityGroupRuleParams, options?: RequestOptions): ApiPromise<CreateSecurityGroupRuleResponse>;
    /**
     * Add a rule to a firewall group of the authenticated account
     *
     * `POST /os-security-group-rules` (createSecurityGroupRuleForCurrentAccount)
     */
    createRule(params: CreateSecurityGroupRuleForCurrentAccountParams, options?: RequestOptions): ApiPromise<CreateSecurityGroupRuleForCurrentAccountResponse>;
    /**
     * Delete a firewall group rule
     *
     * `DELETE /accounts/{accountId}/flexcloud/os-security-group-rules/{ruleId}` (deleteSecurityGroupRule)
     */
    deleteRuleForAccount(params: DeleteSecurityGroupRuleParams, options?: RequestOptions): ApiPromise<DeleteSecurityGroupRuleResponse>;
    /**
     * Delete a firewall group rule of the authenticated account
     *
     * `DELETE /os-security-group-rules/{ruleId}` (deleteSecurityGroupRuleForCurrentAccount)
     */
    deleteRule(params: DeleteSecurityGroupRuleForCurrentAccountParams, options?: RequestOptions): ApiPromise<DeleteSecurityGroupRuleForCurrentAccountResponse>;
  };
  readonly volumes: {
    /**
     * List volumes
     *
     * `GET /accounts/{accountId}/flexcloud/volumes` (listVolumes): awaited, the first page; iterated, every item of every page
     */
    listForAccount(params: ListVolumesParams, options?: RequestOptions): ListPromise<ListVolumesResponse, ItemOf<ListVolumesResponse, "volumes">>;
    /**
     * List the volumes of the authenticated account
     *
     * `GET /volumes` (listVolumesForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVolumesForCurrentAccountParams, options?: RequestOptions): ListPromise<ListVolumesForCurrentAccountResponse, ItemOf<ListVolumesForCurrentAccountResponse, "volumes">>;
    /**
     * List volumes with their details
     *
     * `GET /accounts/{accountId}/flexcloud/volumes/detail` (listVolumesWithDetails): awaited, the first page; iterated, every item of every page
     */
    listWithDetailsForAccount(params: ListVolumesWithDetailsParams, options?: RequestOptions): ListPromise<ListVolumesWithDetailsResponse, ItemOf<ListVolumesWithDetailsResponse, "volumes">>;
    /**
     * List the volumes of the authenticated account with their details
     *
     * `GET /volumes/detail` (listVolumesWithDetailsForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    listWithDetails(params?: ListVolumesWithDetailsForCurrentAccountParams, options?: RequestOptions): ListPromise<ListVolumesWithDetailsForCurrentAccountResponse, ItemOf<ListVolumesWithDetailsForCurrentAccountResponse, "volumes">>;
    /**
     * Get a volume
     *
     * `GET /accounts/{accountId}/flexcloud/volumes/{volumeId}` (getVolume)
     */
    getForAccount(params: GetVolumeParams, options?: RequestOptions): ApiPromise<GetVolumeResponse>;
    /**
     * Delete a volume
     *
     * `DELETE /accounts/{accountId}/flexcloud/volumes/{volumeId}` (deleteVolume)
     */
    deleteForAccount(params: DeleteVolumeParams, options?: RequestOptions): ApiPromise<DeleteVolumeResponse>;
    /**
     * Get a volume of the authenticated account
     *
     * `GET /volumes/{volumeId}` (getVolumeForCurrentAccount)
     */
    get(params: GetVolumeForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetVolumeForCurrentAccountResponse>;
    /**
     * Delete a volume of the authenticated account
     *
     * `DELETE /volumes/{volumeId}` (deleteVolumeForCurrentAccount)
     */
    delete(params: DeleteVolumeForCurrentAccountParams, options?: RequestOptions): ApiPromise<DeleteVolumeForCurrentAccountResponse>;
    /**
     * List the volumes attached to a server
     *
     * `GET /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments` (listServerVolumeAttachments)
     */
    listAttachmentsForAccount(params: ListServerVolumeAttachmentsParams, options?: RequestOptions): ApiPromise<ListServerVolumeAttachmentsResponse>;
    /**
     * Attach a volume to a server
     *
     * `POST /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments` (attachVolume)
     */
    attachForAccount(params: AttachVolumeParams, options?: RequestOptions): ApiPromise<AttachVolumeResponse>;
    /**
     * List the volumes attached to a server of the authenticated account
     *
     * `GET /servers/{serverId}/os-volume_attachments` (listServerVolumeAttachmentsForCurrentAccount)
     */
    listAttachments(params: ListServerVolumeAttachmentsForCurrentAccountParams, options?: RequestOptions): ApiPromise<ListServerVolumeAttachmentsForCurrentAccountResponse>;
    /**
     * Attach a volume to a server of the authenticated account
     *
     * `POST /servers/{serverId}/os-volume_attachments` (attachVolumeForCurrentAccount)
     */
    attach(params: AttachVolumeForCurrentAccountParams, options?: RequestOptions): ApiPromise<AttachVolumeForCurrentAccountResponse>;
    /**
     * Get a volume attached to a server
     *
     * `GET /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}` (getServerVolumeAttachment)
     */
    getAttachmentForAccount(params: GetServerVolumeAttachmentParams, options?: RequestOptions): ApiPromise<GetServerVolumeAttachmentResponse>;
    /**
     * Detach a volume from a server
     *
     * `DELETE /accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}` (detachVolume)
     */
    detachForAccount(params: DetachVolumeParams, options?: RequestOptions): ApiPromise<DetachVolumeResponse>;
    /**
     * Get a volume attached to a server of the authenticated account
     *
     * `GET /servers/{serverId}/os-volume_attachments/{volumeId}` (getServerVolumeAttachmentForCurrentAccount)
     */
    getAttachment(params: GetServerVolumeAttachmentForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetServerVolumeAttachmentForCurrentAccountResponse>;
    /**
     * Detach a volume from a server of the authenticated account
     *
     * `DELETE /servers/{serverId}/os-volume_attachments/{volumeId}` (detachVolumeForCurrentAccount)
     */
    detach(params: DetachVolumeForCurrentAccountParams, options?: RequestOptions): ApiPromise<DetachVolumeForCurrentAccountResponse>;
  };
  readonly flavors: {
    /**
     * List flavors
     *
     * `GET /accounts/{accountId}/flexcloud/flavors` (listFlavors): awaited, the first page; iterated, every item of every page
     */
    listForAccount(params: ListFlavorsParams, options?: RequestOptions): ListPromise<ListFlavorsResponse, ItemOf<ListFlavorsResponse, "flavors">>;
    /**
     * List the flavors of the authenticated account
     *
     * `GET /flavors` (listFlavorsForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListFlavorsForCurrentAccountParams, options?: RequestOptions): ListPromise<ListFlavorsForCurrentAccountResponse, ItemOf<ListFlavorsForCurrentAccountResponse, "flavors">>;
    /**
     * Get a flavor
     *
     * `GET /accounts/{accountId}/flexcloud/flavors/{flavorId}` (getFlavor)
     */
    getForAccount(params: GetFlavorParams, options?: RequestOptions): ApiPromise<GetFlavorResponse>;
    /**
     * Get a flavor for the authenticated account
     *
     * `GET /flavors/{flavorId}` (getFlavorForCurrentAccount)
     */
    get(params: GetFlavorForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetFlavorForCurrentAccountResponse>;
    /**
     * List flavors with their details
     *
     * `GET /accounts/{accountId}/flexcloud/flavors/detail` (listFlavorsWithDetails): awaited, the first page; iterated, every item of every page
     */
    listWithDetailsForAccount(params: ListFlavorsWithDetailsParams, options?: RequestOptions): ListPromise<ListFlavorsWithDetailsResponse, ItemOf<ListFlavorsWithDetailsResponse, "flavors">>;
    /**
     * List the flavors of the authenticated account with their details
     *
     * `GET /flavors/detail` (listFlavorsWithDetailsForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    listWithDetails(params?: ListFlavorsWithDetailsForCurrentAccountParams, options?: RequestOptions): ListPromise<ListFlavorsWithDetailsForCurrentAccountResponse, ItemOf<ListFlavorsWithDetailsForCurrentAccountResponse, "flavors">>;
    /**
     * Get a flavor (detail URI)
     *
     * `GET /accounts/{accountId}/flexcloud/flavors/detail/{flavorId}` (getFlavorDetails)
     */
    getDetailsForAccount(params: GetFlavorDetailsParams, options?: RequestOptions): ApiPromise<GetFlavorDetailsResponse>;
    /**
     * Get a flavor for the authenticated account (detail URI)
     *
     * `GET /flavors/detail/{flavorId}` (getFlavorDetailsForCurrentAccount)
     */
    getDetails(params: GetFlavorDetailsForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetFlavorDetailsForCurrentAccountResponse>;
  };
  readonly images: {
    /**
     * List images
     *
     * `GET /accounts/{accountId}/flexcloud/images` (listImages): awaited, the first page; iterated, every item of every page
     */
    listForAccount(params: ListImagesParams, options?: RequestOptions): ListPromise<ListImagesResponse, ItemOf<ListImagesResponse, "images">>;
    /**
     * List the images of the authenticated account
     *
     * `GET /images` (listImagesForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListImagesForCurrentAccountParams, options?: RequestOptions): ListPromise<ListImagesForCurrentAccountResponse, ItemOf<ListImagesForCurrentAccountResponse, "images">>;
    /**
     * List images with their details
     *
     * `GET /accounts/{accountId}/flexcloud/images/detail` (listImagesWithDetails): awaited, the first page; iterated, every item of every page
     */
    listWithDetailsForAccount(params: ListImagesWithDetailsParams, options?: RequestOptions): ListPromise<ListImagesWithDetailsResponse, ItemOf<ListImagesWithDetailsResponse, "images">>;
    /**
     * List the images of the authenticated account with their details
     *
     * `GET /images/detail` (listImagesWithDetailsForCurrentAccount): awaited, the first page; iterated, every item of every page
     */
    listWithDetails(params?: ListImagesWithDetailsForCurrentAccountParams, options?: RequestOptions): ListPromise<ListImagesWithDetailsForCurrentAccountResponse, ItemOf<ListImagesWithDetailsForCurrentAccountResponse, "images">>;
    /**
     * Get an image
     *
     * `GET /accounts/{accountId}/flexcloud/images/{imageId}` (getImage)
     */
    getForAccount(params: GetImageParams, options?: RequestOptions): ApiPromise<GetImageResponse>;
    /**
     * Get an image for the authenticated account
     *
     * `GET /images/{imageId}` (getImageForCurrentAccount)
     */
    get(params: GetImageForCurrentAccountParams, options?: RequestOptions): ApiPromise<GetImageForCurrentAccountResponse>;
  };
}

/** The resource client: `new Hostway(options)` takes the options of createHostwayClient; its `client` is the path-style client (throwing). */
export interface Hostway extends HostwayResources {
  /** The path-style client underneath, created with the same options and `throwOnError: true`. */
  readonly client: HostwayClient<true>;
}

/** The options of `new Hostway(…)`: those of createHostwayClient but `throwOnError`, which the resource layer always sets. */
export type HostwayOptions = Omit<HostwayClientOptions, 'throwOnError'>;

export const Hostway: new (options?: HostwayOptions) => Hostway = /* @__PURE__ */ resourceClass({
  vendor: "hostway",
  factory: createHostwayClient,
  credentials: credentialOptions,
  operations,
  list: /* @__PURE__ */ listWalker("next-link", "hostway", paginatedPaths),
  helpers: { servers: { waitForServer } },
});
