// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The resource layer: one method per operation, grouped by namespace (specs/README.md, "Resource names"), over
// the path-style client. `operations` is what the runtime's resourceClass reads; the interfaces give each method
// its types.
import type { ApiPromise, ListPromise, RequestOptions } from '@cloudspecs/runtime';
import { type BoundHelper, type ItemOf, listWalker, type ResourceTable, resourceClass } from '@cloudspecs/runtime/vendor-kit';
import { createScpClient, type ScpClientOptions } from '../client.js';
import { waitForSubnet, waitForVpc } from '../wait-for-network.js';
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
  CheckPrivateNatCidrAvailabilitiesParams,
  CheckPrivateNatCidrAvailabilitiesResponse,
  CheckSubnetCidrAvailabilitiesParams,
  CheckSubnetCidrAvailabilitiesResponse,
  CheckVpcCidrAvailabilitiesParams,
  CheckVpcCidrAvailabilitiesResponse,
  CheckVpcEndpointIpAddressAvailabilitiesParams,
  CheckVpcEndpointIpAddressAvailabilitiesResponse,
  CheckVpcEndpointResourceAvailabilitiesParams,
  CheckVpcEndpointResourceAvailabilitiesResponse,
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
  CreateInternetGatewayParams,
  CreateInternetGatewayResponse,
  CreateKeypairParams,
  CreateKeypairResponse,
  CreateLaunchConfigurationParams,
  CreateLaunchConfigurationResponse,
  CreateNatGatewayParams,
  CreateNatGatewayResponse,
  CreatePortParams,
  CreatePortResponse,
  CreatePrivateNatIpParams,
  CreatePrivateNatIpResponse,
  CreatePrivateNatParams,
  CreatePrivateNatResponse,
  CreatePublicipParams,
  CreatePublicipResponse,
  CreateSecurityGroupParams,
  CreateSecurityGroupResponse,
  CreateSecurityGroupRuleParams,
  CreateSecurityGroupRuleResponse,
  CreateSecurityGroupRulesParams,
  CreateSecurityGroupRulesResponse,
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
  CreateSubnetParams,
  CreateSubnetResponse,
  CreateTransitGatewayParams,
  CreateTransitGatewayResponse,
  CreateTransitGatewayRuleParams,
  CreateTransitGatewayRuleResponse,
  CreateTransitGatewayVpcConnectionParams,
  CreateTransitGatewayVpcConnectionResponse,
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
  CreateVpcEndpointParams,
  CreateVpcEndpointResponse,
  CreateVpcParams,
  CreateVpcPeeringParams,
  CreateVpcPeeringResponse,
  CreateVpcPeeringRuleParams,
  CreateVpcPeeringRuleResponse,
  CreateVpcResponse,
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
  DeleteInternetGatewayParams,
  DeleteInternetGatewayResponse,
  DeleteKeypairParams,
  DeleteKeypairResponse,
  DeleteLaunchConfigurationParams,
  DeleteLaunchConfigurationResponse,
  DeleteNatGatewayParams,
  DeleteNatGatewayResponse,
  DeletePortParams,
  DeletePortResponse,
  DeletePrivateNatIpParams,
  DeletePrivateNatIpResponse,
  DeletePrivateNatParams,
  DeletePrivateNatResponse,
  DeletePublicipParams,
  DeletePublicipResponse,
  DeleteSecurityGroupParams,
  DeleteSecurityGroupResponse,
  DeleteSecurityGroupRuleParams,
  DeleteSecurityGroupRuleResponse,
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
  DeleteSubnetParams,
  DeleteSubnetResponse,
  DeleteTransitGatewayParams,
  DeleteTransitGatewayResponse,
  DeleteTransitGatewayRuleParams,
  DeleteTransitGatewayRuleResponse,
  DeleteTransitGatewayVpcConnectionParams,
  DeleteTransitGatewayVpcConnectionResponse,
  DeleteVirtualServerParams,
  DeleteVirtualServerResponse,
  DeleteVolumeParams,
  DeleteVolumeResponse,
  DeleteVolumeTransferParams,
  DeleteVolumeTransferResponse,
  DeleteVpcEndpointParams,
  DeleteVpcEndpointResponse,
  DeleteVpcParams,
  DeleteVpcPeeringParams,
  DeleteVpcPeeringResponse,
  DeleteVpcPeeringRuleParams,
  DeleteVpcPeeringRuleResponse,
  DeleteVpcResponse,
  DetachVirtualServerSecurityGroupParams,
  DetachVirtualServerSecurityGroupResponse,
  DetachVolumeFromVirtualServerParams,
  DetachVolumeFromVirtualServerResponse,
  DownloadSecurityGroupRulesParams,
  DownloadSecurityGroupRulesResponse,
  ExtendVolumeParams,
  ExtendVolumeResponse,
  GetSecurityGroupQuotasParams,
  GetSecurityGroupQuotasResponse,
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
  ListInternetGatewayCreatableTypesParams,
  ListInternetGatewayCreatableTypesResponse,
  ListInternetGatewayCreatableVpcsParams,
  ListInternetGatewayCreatableVpcsResponse,
  ListInternetGatewaysParams,
  ListInternetGatewaysResponse,
  ListKeypairsParams,
  ListKeypairsResponse,
  ListLaunchConfigurationsParams,
  ListLaunchConfigurationsResponse,
  ListNatGatewaysParams,
  ListNatGatewaysResponse,
  ListPendingImagesParams,
  ListPendingImagesResponse,
  ListPortIpAvailabilitiesParams,
  ListPortIpAvailabilitiesResponse,
  ListPortsParams,
  ListPortsResponse,
  ListPrivateNatIpsParams,
  ListPrivateNatIpsResponse,
  ListPrivateNatsParams,
  ListPrivateNatsResponse,
  ListPublicipParams,
  ListPublicipResponse,
  ListSecurityGroupRulesParams,
  ListSecurityGroupRulesResponse,
  ListSecurityGroupsParams,
  ListSecurityGroupsResponse,
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
  ListSubnetsParams,
  ListSubnetsResponse,
  ListTransitGatewayRoutingRuleAvailabilitiesParams,
  ListTransitGatewayRoutingRuleAvailabilitiesResponse,
  ListTransitGatewayRulesParams,
  ListTransitGatewayRulesResponse,
  ListTransitGatewayVpcConnectionsParams,
  ListTransitGatewayVpcConnectionsResponse,
  ListTransitGatewaysParams,
  ListTransitGatewaysResponse,
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
  ListVpcEndpointConnectableResourcesParams,
  ListVpcEndpointConnectableResourcesResponse,
  ListVpcEndpointsParams,
  ListVpcEndpointsResponse,
  ListVpcPeeringAvailabilitiesParams,
  ListVpcPeeringAvailabilitiesResponse,
  ListVpcPeeringRoutingRuleAvailabilitiesParams,
  ListVpcPeeringRoutingRuleAvailabilitiesResponse,
  ListVpcPeeringRulesParams,
  ListVpcPeeringRulesResponse,
  ListVpcPeeringsParams,
  ListVpcPeeringsResponse,
  ListVpcsParams,
  ListVpcsResponse,
  LockVirtualServerParams,
  LockVirtualServerResponse,
  RebootVirtualServerParams,
  RebootVirtualServerResponse,
  RebuildVirtualServerParams,
  RebuildVirtualServerResponse,
  RevertVolumeToSnapshotParams,
  RevertVolumeToSnapshotResponse,
  SetInternetGatewayParams,
  SetInternetGatewayResponse,
  SetNatGatewayParams,
  SetNatGatewayResponse,
  SetPortParams,
  SetPortResponse,
  SetPrivateNatParams,
  SetPrivateNatResponse,
  SetPublicipParams,
  SetPublicipResponse,
  SetSecurityGroupParams,
  SetSecurityGroupResponse,
  SetSubnetParams,
  SetSubnetResponse,
  SetTransitGatewayParams,
  SetTransitGatewayResponse,
  SetVirtualServerTypeParams,
  SetVirtualServerTypeResponse,
  SetVpcEndpointParams,
  SetVpcEndpointResponse,
  SetVpcParams,
  SetVpcPeeringParams,
  SetVpcPeeringResponse,
  SetVpcResponse,
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
  ShowInternetGatewayParams,
  ShowInternetGatewayResponse,
  ShowKeypairParams,
  ShowKeypairResponse,
  ShowLaunchConfigurationParams,
  ShowLaunchConfigurationResponse,
  ShowMaxCountParams,
  ShowMaxCountResponse,
  ShowNatGatewayParams,
  ShowNatGatewayResponse,
  ShowPortParams,
  ShowPortResponse,
  ShowPrivateNatParams,
  ShowPrivateNatResponse,
  ShowPublicipParams,
  ShowPublicipResponse,
  ShowQuotaSetParams,
  ShowQuotaSetResponse,
  ShowSecurityGroupParams,
  ShowSecurityGroupResponse,
  ShowSecurityGroupRuleParams,
  ShowSecurityGroupRuleResponse,
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
  ShowSubnetParams,
  ShowSubnetResponse,
  ShowTransitGatewayParams,
  ShowTransitGatewayResponse,
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
  ShowVpcEndpointParams,
  ShowVpcEndpointResponse,
  ShowVpcParams,
  ShowVpcPeeringParams,
  ShowVpcPeeringResponse,
  ShowVpcResponse,
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
    list: ["get","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules",8],
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
  vpcs: {
    list: ["get","/v1/vpcs",8],
    create: ["post","/v1/vpcs",1],
    getMaxCount: ["get","/v1/vpcs/check-max-count"],
    checkCidrAvailabilities: ["get","/v1/vpcs/vpc-cidr-availabilities"],
    get: ["get","/v1/vpcs/{vpc_id}"],
    set: ["put","/v1/vpcs/{vpc_id}",1],
    delete: ["delete","/v1/vpcs/{vpc_id}"],
  },
  subnets: {
    list: ["get","/v1/subnets",8],
    create: ["post","/v1/subnets",1],
    checkCidrAvailabilities: ["get","/v1/subnets/subnet-cidr-availabilities"],
    get: ["get","/v1/subnets/{subnet_id}"],
    set: ["put","/v1/subnets/{subnet_id}",1],
    delete: ["delete","/v1/subnets/{subnet_id}"],
  },
  ports: {
    list: ["get","/v1/ports",8],
    create: ["post","/v1/ports",1],
    listIpAvailabilities: ["get","/v1/ports/port-ip-availabilities"],
    get: ["get","/v1/ports/{port_id}"],
    set: ["put","/v1/ports/{port_id}",1],
    delete: ["delete","/v1/ports/{port_id}"],
  },
  publicIps: {
    list: ["get","/v1/publicips",8],
    create: ["post","/v1/publicips",1],
    get: ["get","/v1/publicips/{publicip_id}"],
    set: ["put","/v1/publicips/{publicip_id}",1],
    delete: ["delete","/v1/publicips/{publicip_id}"],
  },
  internetGateways: {
    list: ["get","/v1/internet-gateways",8],
    create: ["post","/v1/internet-gateways",1],
    listCreatableTypes: ["get","/v1/internet-gateways/creatable-types"],
    listCreatableVpcs: ["get","/v1/internet-gateways/creatable-vpcs"],
    get: ["get","/v1/internet-gateways/{internet_gateway_id}"],
    set: ["put","/v1/internet-gateways/{internet_gateway_id}",1],
    delete: ["delete","/v1/internet-gateways/{internet_gateway_id}"],
  },
  natGateways: {
    list: ["get","/v1/nat-gateways",8],
    create: ["post","/v1/nat-gateways",1],
    get: ["get","/v1/nat-gateways/{nat_gateway_id}"],
    set: ["put","/v1/nat-gateways/{nat_gateway_id}",1],
    delete: ["delete","/v1/nat-gateways/{nat_gateway_id}"],
  },
  privateNats: {
    list: ["get","/v1/private-nats",8],
    create: ["post","/v1/private-nats",1],
    checkCidrAvailabilities: ["get","/v1/private-nats/private-nat-cidr-availabilities"],
    get: ["get","/v1/private-nats/{private_nat_id}"],
    set: ["put","/v1/private-nats/{private_nat_id}",1],
    delete: ["delete","/v1/private-nats/{private_nat_id}"],
  },
  privateNatIps: {
    list: ["get","/v1/private-nats/{private_nat_id}/private-nat-ips",8],
    create: ["post","/v1/private-nats/{private_nat_id}/private-nat-ips",1],
    delete: ["delete","/v1/private-nats/{private_nat_id}/private-nat-ips/{private_nat_ip_id}"],
  },
  transitGateways: {
    list: ["get","/v1/transit-gateways",8],
    create: ["post","/v1/transit-gateways",1],
    get: ["get","/v1/transit-gateways/{transit_gateway_id}"],
    set: ["put","/v1/transit-gateways/{transit_gateway_id}",1],
    delete: ["delete","/v1/transit-gateways/{transit_gateway_id}"],
  },
  transitGatewayRules: {
    list: ["get","/v1/transit-gateways/{transit_gateway_id}/routing-rules",8],
    create: ["post","/v1/transit-gateways/{transit_gateway_id}/routing-rules",1],
    listDestinationCidrAvailabilities: ["get","/v1/transit-gateways/{transit_gateway_id}/routing-rules/destination-cidr-availabilities"],
    delete: ["delete","/v1/transit-gateways/{transit_gateway_id}/routing-rules/{routing_rule_id}"],
  },
  transitGatewayVpcConnections: {
    list: ["get","/v1/transit-gateways/{transit_gateway_id}/vpc-connections",8],
    create: ["post","/v1/transit-gateways/{transit_gateway_id}/vpc-connections",1],
    delete: ["delete","/v1/transit-gateways/{transit_gateway_id}/vpc-connections/{vpc_connection_id}"],
  },
  vpcEndpoints: {
    list: ["get","/v1/vpc-endpoints",8],
    create: ["post","/v1/vpc-endpoints",1],
    listConnectableResources: ["get","/v1/vpc-endpoints/connectable-resources"],
    checkIpAddressAvailabilities: ["get","/v1/vpc-endpoints/vpc-endpoint-ip-availabilities"],
    checkResourceAvailabilities: ["get","/v1/vpc-endpoints/vpc-endpoint-resource-availabilities"],
    get: ["get","/v1/vpc-endpoints/{vpc_endpoint_id}"],
    set: ["put","/v1/vpc-endpoints/{vpc_endpoint_id}",1],
    delete: ["delete","/v1/vpc-endpoints/{vpc_endpoint_id}"],
  },
  vpcPeerings: {
    list: ["get","/v1/vpc-peerings",8],
    create: ["post","/v1/vpc-peerings",1],
    listAvailabilities: ["get","/v1/vpc-peerings/peering-availabilities"],
    get: ["get","/v1/vpc-peerings/{vpc_peering_id}"],
    set: ["put","/v1/vpc-peerings/{vpc_peering_id}",1],
    delete: ["delete","/v1/vpc-peerings/{vpc_peering_id}"],
  },
  vpcPeeringRules: {
    list: ["get","/v1/vpc-peerings/{vpc_peering_id}/routing-rules",8],
    create: ["post","/v1/vpc-peerings/{vpc_peering_id}/routing-rules",1],
    listDestinationCidrAvailabilities: ["get","/v1/vpc-peerings/{vpc_peering_id}/routing-rules/destination-cidr-availabilities"],
    delete: ["delete","/v1/vpc-peerings/{vpc_peering_id}/routing-rules/{routing_rule_id}"],
  },
  securityGroups: {
    list: ["get","/v1/security-groups",8],
    create: ["post","/v1/security-groups",1],
    getQuotas: ["get","/v1/security-groups/metrics/quotas"],
    get: ["get","/v1/security-groups/{security_group_id}"],
    set: ["put","/v1/security-groups/{security_group_id}",1],
    delete: ["delete","/v1/security-groups/{security_group_id}"],
  },
  securityGroupRules: {
    list: ["get","/v1/security-group-rules",8],
    create: ["post","/v1/security-group-rules",1],
    createBulk: ["post","/v1/security-group-rules/bulk",1],
    download: ["get","/v1/security-group-rules/{security_group_id}/downloads"],
    get: ["get","/v1/security-group-rules/{security_group_rule_id}"],
    delete: ["delete","/v1/security-group-rules/{security_group_rule_id}"],
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
     * `GET /v1/auto-scaling-groups/{auto_scaling_group_id}/schedules` (listAutoScalingGroupSchedules): awaited, the first page; iterated, every item of every page
     */
    list(params: ListAutoScalingGroupSchedulesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListAutoScalingGroupSchedulesResponse, ItemOf<ListAutoScalingGroupSchedulesResponse, "schedules">>;
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
  readonly vpcs: {
    /**
     * List VPCs
     *
     * `GET /v1/vpcs` (listVpcs): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVpcsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListVpcsResponse, ItemOf<ListVpcsResponse, "vpcs">>;
    /**
     * Create a VPC
     *
     * `POST /v1/vpcs` (createVpc)
     */
    create(params: CreateVpcParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVpcResponse>;
    /**
     * Show a networking limit
     *
     * `GET /v1/vpcs/check-max-count` (showMaxCount)
     */
    getMaxCount(params: ShowMaxCountParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowMaxCountResponse>;
    /**
     * Check an address range for a new VPC
     *
     * `GET /v1/vpcs/vpc-cidr-availabilities` (checkVpcCidrAvailabilities)
     */
    checkCidrAvailabilities(params: CheckVpcCidrAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CheckVpcCidrAvailabilitiesResponse>;
    /**
     * Show a VPC
     *
     * `GET /v1/vpcs/{vpc_id}` (showVpc)
     */
    get(params: ShowVpcParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVpcResponse>;
    /**
     * Change the description of a VPC
     *
     * `PUT /v1/vpcs/{vpc_id}` (setVpc)
     */
    set(params: SetVpcParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetVpcResponse>;
    /**
     * Delete a VPC
     *
     * `DELETE /v1/vpcs/{vpc_id}` (deleteVpc)
     */
    delete(params: DeleteVpcParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteVpcResponse>;
    /** `waitForVpc` with this client: see its own documentation. */
    waitForVpc: BoundHelper<typeof waitForVpc>;
  };
  readonly subnets: {
    /**
     * List subnets
     *
     * `GET /v1/subnets` (listSubnets): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListSubnetsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListSubnetsResponse, ItemOf<ListSubnetsResponse, "subnets">>;
    /**
     * Create a subnet
     *
     * `POST /v1/subnets` (createSubnet)
     */
    create(params: CreateSubnetParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateSubnetResponse>;
    /**
     * Check an address range for a new subnet
     *
     * `GET /v1/subnets/subnet-cidr-availabilities` (checkSubnetCidrAvailabilities)
     */
    checkCidrAvailabilities(params: CheckSubnetCidrAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CheckSubnetCidrAvailabilitiesResponse>;
    /**
     * Show a subnet
     *
     * `GET /v1/subnets/{subnet_id}` (showSubnet)
     */
    get(params: ShowSubnetParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowSubnetResponse>;
    /**
     * Change the description of a subnet
     *
     * `PUT /v1/subnets/{subnet_id}` (setSubnet)
     */
    set(params: SetSubnetParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetSubnetResponse>;
    /**
     * Delete a subnet
     *
     * `DELETE /v1/subnets/{subnet_id}` (deleteSubnet)
     */
    delete(params: DeleteSubnetParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteSubnetResponse>;
    /** `waitForSubnet` with this client: see its own documentation. */
    waitForSubnet: BoundHelper<typeof waitForSubnet>;
  };
  readonly ports: {
    /**
     * List ports
     *
     * `GET /v1/ports` (listPorts): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListPortsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListPortsResponse, ItemOf<ListPortsResponse, "ports">>;
    /**
     * Create a port
     *
     * `POST /v1/ports` (createPort)
     */
    create(params: CreatePortParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreatePortResponse>;
    /**
     * Check an address for a new port
     *
     * `GET /v1/ports/port-ip-availabilities` (listPortIpAvailabilities)
     */
    listIpAvailabilities(params: ListPortIpAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListPortIpAvailabilitiesResponse>;
    /**
     * Show a port
     *
     * `GET /v1/ports/{port_id}` (showPort)
     */
    get(params: ShowPortParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowPortResponse>;
    /**
     * Change a port
     *
     * `PUT /v1/ports/{port_id}` (setPort)
     */
    set(params: SetPortParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetPortResponse>;
    /**
     * Delete a port
     *
     * `DELETE /v1/ports/{port_id}` (deletePort)
     */
    delete(params: DeletePortParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeletePortResponse>;
  };
  readonly publicIps: {
    /**
     * List public IPs
     *
     * `GET /v1/publicips` (listPublicip): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListPublicipParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListPublicipResponse, ItemOf<ListPublicipResponse, "publicips">>;
    /**
     * Reserve a public IP
     *
     * `POST /v1/publicips` (createPublicip)
     */
    create(params: CreatePublicipParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreatePublicipResponse>;
    /**
     * Show a public IP
     *
     * `GET /v1/publicips/{publicip_id}` (showPublicip)
     */
    get(params: ShowPublicipParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowPublicipResponse>;
    /**
     * Change the description of a public IP
     *
     * `PUT /v1/publicips/{publicip_id}` (setPublicip)
     */
    set(params: SetPublicipParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetPublicipResponse>;
    /**
     * Release a public IP
     *
     * `DELETE /v1/publicips/{publicip_id}` (deletePublicip)
     */
    delete(params: DeletePublicipParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeletePublicipResponse>;
  };
  readonly internetGateways: {
    /**
     * List internet gateways
     *
     * `GET /v1/internet-gateways` (listInternetGateways): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListInternetGatewaysParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListInternetGatewaysResponse, ItemOf<ListInternetGatewaysResponse, "internet_gateways">>;
    /**
     * Create an internet gateway
     *
     * `POST /v1/internet-gateways` (createInternetGateway)
     */
    create(params: CreateInternetGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateInternetGatewayResponse>;
    /**
     * List the internet gateway kinds the account can create
     *
     * `GET /v1/internet-gateways/creatable-types` (listInternetGatewayCreatableTypes)
     */
    listCreatableTypes(params?: ListInternetGatewayCreatableTypesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListInternetGatewayCreatableTypesResponse>;
    /**
     * List the VPCs that can get an internet gateway
     *
     * `GET /v1/internet-gateways/creatable-vpcs` (listInternetGatewayCreatableVpcs)
     */
    listCreatableVpcs(params?: ListInternetGatewayCreatableVpcsParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListInternetGatewayCreatableVpcsResponse>;
    /**
     * Show an internet gateway
     *
     * `GET /v1/internet-gateways/{internet_gateway_id}` (showInternetGateway)
     */
    get(params: ShowInternetGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowInternetGatewayResponse>;
    /**
     * Change an internet gateway
     *
     * `PUT /v1/internet-gateways/{internet_gateway_id}` (setInternetGateway)
     */
    set(params: SetInternetGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetInternetGatewayResponse>;
    /**
     * Delete an internet gateway
     *
     * `DELETE /v1/internet-gateways/{internet_gateway_id}` (deleteInternetGateway)
     */
    delete(params: DeleteInternetGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteInternetGatewayResponse>;
  };
  readonly natGateways: {
    /**
     * List NAT gateways
     *
     * `GET /v1/nat-gateways` (listNatGateways): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListNatGatewaysParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListNatGatewaysResponse, ItemOf<ListNatGatewaysResponse, "nat_gateways">>;
    /**
     * Create a NAT gateway
     *
     * `POST /v1/nat-gateways` (createNatGateway)
     */
    create(params: CreateNatGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateNatGatewayResponse>;
    /**
     * Show a NAT gateway
     *
     * `GET /v1/nat-gateways/{nat_gateway_id}` (showNatGateway)
     */
    get(params: ShowNatGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowNatGatewayResponse>;
    /**
     * Change the description of a NAT gateway
     *
     * `PUT /v1/nat-gateways/{nat_gateway_id}` (setNatGateway)
     */
    set(params: SetNatGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetNatGatewayResponse>;
    /**
     * Delete a NAT gateway
     *
     * `DELETE /v1/nat-gateways/{nat_gateway_id}` (deleteNatGateway)
     */
    delete(params: DeleteNatGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteNatGatewayResponse>;
  };
  readonly privateNats: {
    /**
     * List private NATs
     *
     * `GET /v1/private-nats` (listPrivateNats): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListPrivateNatsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListPrivateNatsResponse, ItemOf<ListPrivateNatsResponse, "private_nats">>;
    /**
     * Create a private NAT
     *
     * `POST /v1/private-nats` (createPrivateNat)
     */
    create(params: CreatePrivateNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreatePrivateNatResponse>;
    /**
     * Check an address range for a private NAT
     *
     * `GET /v1/private-nats/private-nat-cidr-availabilities` (checkPrivateNatCidrAvailabilities)
     */
    checkCidrAvailabilities(params: CheckPrivateNatCidrAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CheckPrivateNatCidrAvailabilitiesResponse>;
    /**
     * Show a private NAT
     *
     * `GET /v1/private-nats/{private_nat_id}` (showPrivateNat)
     */
    get(params: ShowPrivateNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowPrivateNatResponse>;
    /**
     * Change the description of a private NAT
     *
     * `PUT /v1/private-nats/{private_nat_id}` (setPrivateNat)
     */
    set(params: SetPrivateNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetPrivateNatResponse>;
    /**
     * Delete a private NAT
     *
     * `DELETE /v1/private-nats/{private_nat_id}` (deletePrivateNat)
     */
    delete(params: DeletePrivateNatParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeletePrivateNatResponse>;
  };
  readonly privateNatIps: {
    /**
     * List the addresses of a private NAT
     *
     * `GET /v1/private-nats/{private_nat_id}/private-nat-ips` (listPrivateNatIps): awaited, the first page; iterated, every item of every page
     */
    list(params: ListPrivateNatIpsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListPrivateNatIpsResponse, ItemOf<ListPrivateNatIpsResponse, "private_nat_ips">>;
    /**
     * Reserve an address of a private NAT
     *
     * `POST /v1/private-nats/{private_nat_id}/private-nat-ips` (createPrivateNatIp)
     */
    create(params: CreatePrivateNatIpParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreatePrivateNatIpResponse>;
    /**
     * Release an address of a private NAT
     *
     * `DELETE /v1/private-nats/{private_nat_id}/private-nat-ips/{private_nat_ip_id}` (deletePrivateNatIp)
     */
    delete(params: DeletePrivateNatIpParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeletePrivateNatIpResponse>;
  };
  readonly transitGateways: {
    /**
     * List transit gateways
     *
     * `GET /v1/transit-gateways` (listTransitGateways): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListTransitGatewaysParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListTransitGatewaysResponse, ItemOf<ListTransitGatewaysResponse, "transit_gateways">>;
    /**
     * Create a transit gateway
     *
     * `POST /v1/transit-gateways` (createTransitGateway)
     */
    create(params: CreateTransitGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateTransitGatewayResponse>;
    /**
     * Show a transit gateway
     *
     * `GET /v1/transit-gateways/{transit_gateway_id}` (showTransitGateway)
     */
    get(params: ShowTransitGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowTransitGatewayResponse>;
    /**
     * Change the description of a transit gateway
     *
     * `PUT /v1/transit-gateways/{transit_gateway_id}` (setTransitGateway)
     */
    set(params: SetTransitGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetTransitGatewayResponse>;
    /**
     * Delete a transit gateway
     *
     * `DELETE /v1/transit-gateways/{transit_gateway_id}` (deleteTransitGateway)
     */
    delete(params: DeleteTransitGatewayParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteTransitGatewayResponse>;
  };
  readonly transitGatewayRules: {
    /**
     * List the routing rules of a transit gateway
     *
     * `GET /v1/transit-gateways/{transit_gateway_id}/routing-rules` (listTransitGatewayRules): awaited, the first page; iterated, every item of every page
     */
    list(params: ListTransitGatewayRulesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListTransitGatewayRulesResponse, ItemOf<ListTransitGatewayRulesResponse, "transit_gateway_rules">>;
    /**
     * Add a routing rule to a transit gateway
     *
     * `POST /v1/transit-gateways/{transit_gateway_id}/routing-rules` (createTransitGatewayRule)
     */
    create(params: CreateTransitGatewayRuleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateTransitGatewayRuleResponse>;
    /**
     * Check a destination range for a transit gateway rule
     *
     * `GET /v1/transit-gateways/{transit_gateway_id}/routing-rules/destination-cidr-availabilities` (listTransitGatewayRoutingRuleAvailabilities)
     */
    listDestinationCidrAvailabilities(params: ListTransitGatewayRoutingRuleAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListTransitGatewayRoutingRuleAvailabilitiesResponse>;
    /**
     * Remove a routing rule from a transit gateway
     *
     * `DELETE /v1/transit-gateways/{transit_gateway_id}/routing-rules/{routing_rule_id}` (deleteTransitGatewayRule)
     */
    delete(params: DeleteTransitGatewayRuleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteTransitGatewayRuleResponse>;
  };
  readonly transitGatewayVpcConnections: {
    /**
     * List the VPCs connected to a transit gateway
     *
     * `GET /v1/transit-gateways/{transit_gateway_id}/vpc-connections` (listTransitGatewayVpcConnections): awaited, the first page; iterated, every item of every page
     */
    list(params: ListTransitGatewayVpcConnectionsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListTransitGatewayVpcConnectionsResponse, ItemOf<ListTransitGatewayVpcConnectionsResponse, "transit_gateway_vpc_connections">>;
    /**
     * Connect a VPC to a transit gateway
     *
     * `POST /v1/transit-gateways/{transit_gateway_id}/vpc-connections` (createTransitGatewayVpcConnection)
     */
    create(params: CreateTransitGatewayVpcConnectionParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateTransitGatewayVpcConnectionResponse>;
    /**
     * Disconnect a VPC from a transit gateway
     *
     * `DELETE /v1/transit-gateways/{transit_gateway_id}/vpc-connections/{vpc_connection_id}` (deleteTransitGatewayVpcConnection)
     */
    delete(params: DeleteTransitGatewayVpcConnectionParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteTransitGatewayVpcConnectionResponse>;
  };
  readonly vpcEndpoints: {
    /**
     * List VPC endpoints
     *
     * `GET /v1/vpc-endpoints` (listVpcEndpoints): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVpcEndpointsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListVpcEndpointsResponse, ItemOf<ListVpcEndpointsResponse, "vpc_endpoints">>;
    /**
     * Create a VPC endpoint
     *
     * `POST /v1/vpc-endpoints` (createVpcEndpoint)
     */
    create(params: CreateVpcEndpointParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVpcEndpointResponse>;
    /**
     * List the services a VPC endpoint can reach
     *
     * `GET /v1/vpc-endpoints/connectable-resources` (listVpcEndpointConnectableResources)
     */
    listConnectableResources(params: ListVpcEndpointConnectableResourcesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListVpcEndpointConnectableResourcesResponse>;
    /**
     * Check an address for a VPC endpoint
     *
     * `GET /v1/vpc-endpoints/vpc-endpoint-ip-availabilities` (checkVpcEndpointIpAddressAvailabilities)
     */
    checkIpAddressAvailabilities(params: CheckVpcEndpointIpAddressAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CheckVpcEndpointIpAddressAvailabilitiesResponse>;
    /**
     * Check whether a VPC can get an endpoint to a service
     *
     * `GET /v1/vpc-endpoints/vpc-endpoint-resource-availabilities` (checkVpcEndpointResourceAvailabilities)
     */
    checkResourceAvailabilities(params: CheckVpcEndpointResourceAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CheckVpcEndpointResourceAvailabilitiesResponse>;
    /**
     * Show a VPC endpoint
     *
     * `GET /v1/vpc-endpoints/{vpc_endpoint_id}` (showVpcEndpoint)
     */
    get(params: ShowVpcEndpointParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVpcEndpointResponse>;
    /**
     * Change the description of a VPC endpoint
     *
     * `PUT /v1/vpc-endpoints/{vpc_endpoint_id}` (setVpcEndpoint)
     */
    set(params: SetVpcEndpointParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetVpcEndpointResponse>;
    /**
     * Delete a VPC endpoint
     *
     * `DELETE /v1/vpc-endpoints/{vpc_endpoint_id}` (deleteVpcEndpoint)
     */
    delete(params: DeleteVpcEndpointParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteVpcEndpointResponse>;
  };
  readonly vpcPeerings: {
    /**
     * List VPC peerings
     *
     * `GET /v1/vpc-peerings` (listVpcPeerings): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVpcPeeringsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListVpcPeeringsResponse, ItemOf<ListVpcPeeringsResponse, "vpc_peerings">>;
    /**
     * Create a VPC peering
     *
     * `POST /v1/vpc-peerings` (createVpcPeering)
     */
    create(params: CreateVpcPeeringParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVpcPeeringResponse>;
    /**
     * Check whether two VPCs can be peered
     *
     * `GET /v1/vpc-peerings/peering-availabilities` (listVpcPeeringAvailabilities)
     */
    listAvailabilities(params: ListVpcPeeringAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListVpcPeeringAvailabilitiesResponse>;
    /**
     * Show a VPC peering
     *
     * `GET /v1/vpc-peerings/{vpc_peering_id}` (showVpcPeering)
     */
    get(params: ShowVpcPeeringParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowVpcPeeringResponse>;
    /**
     * Change the description of a VPC peering
     *
     * `PUT /v1/vpc-peerings/{vpc_peering_id}` (setVpcPeering)
     */
    set(params: SetVpcPeeringParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetVpcPeeringResponse>;
    /**
     * Delete a VPC peering
     *
     * `DELETE /v1/vpc-peerings/{vpc_peering_id}` (deleteVpcPeering)
     */
    delete(params: DeleteVpcPeeringParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteVpcPeeringResponse>;
  };
  readonly vpcPeeringRules: {
    /**
     * List the routing rules of a VPC peering
     *
     * `GET /v1/vpc-peerings/{vpc_peering_id}/routing-rules` (listVpcPeeringRules): awaited, the first page; iterated, every item of every page
     */
    list(params: ListVpcPeeringRulesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListVpcPeeringRulesResponse, ItemOf<ListVpcPeeringRulesResponse, "vpc_peering_rules">>;
    /**
     * Add a routing rule to a VPC peering
     *
     * `POST /v1/vpc-peerings/{vpc_peering_id}/routing-rules` (createVpcPeeringRule)
     */
    create(params: CreateVpcPeeringRuleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateVpcPeeringRuleResponse>;
    /**
     * Check a destination range for a VPC peering rule
     *
     * `GET /v1/vpc-peerings/{vpc_peering_id}/routing-rules/destination-cidr-availabilities` (listVpcPeeringRoutingRuleAvailabilities)
     */
    listDestinationCidrAvailabilities(params: ListVpcPeeringRoutingRuleAvailabilitiesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ListVpcPeeringRoutingRuleAvailabilitiesResponse>;
    /**
     * Remove a routing rule from a VPC peering
     *
     * `DELETE /v1/vpc-peerings/{vpc_peering_id}/routing-rules/{routing_rule_id}` (deleteVpcPeeringRule)
     */
    delete(params: DeleteVpcPeeringRuleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteVpcPeeringRuleResponse>;
  };
  readonly securityGroups: {
    /**
     * List security groups
     *
     * `GET /v1/security-groups` (listSecurityGroups): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListSecurityGroupsParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListSecurityGroupsResponse, ItemOf<ListSecurityGroupsResponse, "security_groups">>;
    /**
     * Create a security group
     *
     * `POST /v1/security-groups` (createSecurityGroup)
     */
    create(params: CreateSecurityGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateSecurityGroupResponse>;
    /**
     * Show the security group quotas
     *
     * `GET /v1/security-groups/metrics/quotas` (getSecurityGroupQuotas)
     */
    getQuotas(params?: GetSecurityGroupQuotasParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<GetSecurityGroupQuotasResponse>;
    /**
     * Show a security group
     *
     * `GET /v1/security-groups/{security_group_id}` (showSecurityGroup)
     */
    get(params: ShowSecurityGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowSecurityGroupResponse>;
    /**
     * Change a security group
     *
     * `PUT /v1/security-groups/{security_group_id}` (setSecurityGroup)
     */
    set(params: SetSecurityGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<SetSecurityGroupResponse>;
    /**
     * Delete a security group
     *
     * `DELETE /v1/security-groups/{security_group_id}` (deleteSecurityGroup)
     */
    delete(params: DeleteSecurityGroupParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteSecurityGroupResponse>;
  };
  readonly securityGroupRules: {
    /**
     * List the rules of a security group
     *
     * `GET /v1/security-group-rules` (listSecurityGroupRules): awaited, the first page; iterated, every item of every page
     */
    list(params: ListSecurityGroupRulesParams, options?: RequestOptions<ScpRequestOptions>): ListPromise<ListSecurityGroupRulesResponse, ItemOf<ListSecurityGroupRulesResponse, "security_group_rules">>;
    /**
     * Add a rule to a security group
     *
     * `POST /v1/security-group-rules` (createSecurityGroupRule)
     */
    create(params: CreateSecurityGroupRuleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateSecurityGroupRuleResponse>;
    /**
     * Add several rules to a security group
     *
     * `POST /v1/security-group-rules/bulk` (createSecurityGroupRules)
     */
    createBulk(params: CreateSecurityGroupRulesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<CreateSecurityGroupRulesResponse>;
    /**
     * Download the rules of a security group
     *
     * `GET /v1/security-group-rules/{security_group_id}/downloads` (downloadSecurityGroupRules)
     */
    download(params: DownloadSecurityGroupRulesParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DownloadSecurityGroupRulesResponse>;
    /**
     * Show a security group rule
     *
     * `GET /v1/security-group-rules/{security_group_rule_id}` (showSecurityGroupRule)
     */
    get(params: ShowSecurityGroupRuleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<ShowSecurityGroupRuleResponse>;
    /**
     * Delete a security group rule
     *
     * `DELETE /v1/security-group-rules/{security_group_rule_id}` (deleteSecurityGroupRule)
     */
    delete(params: DeleteSecurityGroupRuleParams, options?: RequestOptions<ScpRequestOptions>): ApiPromise<DeleteSecurityGroupRuleResponse>;
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
  list: /* @__PURE__ */ listWalker("scp", paginatedPaths),
  helpers: { servers: { waitForServer }, vpcs: { waitForVpc }, subnets: { waitForSubnet } },
  callOptions: ['apiVersion'],
});
