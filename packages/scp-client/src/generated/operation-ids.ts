// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** Each operationId by path template and lower-case method: what the spans of a traced client are named by. */
export const operationIds: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "/v1/auto-scaling-groups": {
    "get": "listAutoScalingGroups",
    "post": "createAutoScalingGroup"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}": {
    "get": "showAutoScalingGroup",
    "put": "updateAutoScalingGroup",
    "delete": "deleteAutoScalingGroup"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": {
    "get": "listAutoScalingGroupLbServerGroups",
    "put": "updateAutoScalingGroupLbServerGroups"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": {
    "get": "listAutoScalingGroupNotifications",
    "post": "createAutoScalingGroupNotification"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": {
    "get": "showAutoScalingGroupNotification",
    "put": "updateAutoScalingGroupNotification",
    "delete": "deleteAutoScalingGroupNotification"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies": {
    "get": "listAutoScalingGroupPolicies",
    "post": "createAutoScalingGroupPolicy"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": {
    "get": "showAutoScalingGroupPolicy",
    "put": "updateAutoScalingGroupPolicy",
    "delete": "deleteAutoScalingGroupPolicy"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": {
    "get": "listAutoScalingGroupSchedules",
    "post": "createAutoScalingGroupSchedule"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": {
    "get": "showAutoScalingGroupSchedule",
    "put": "updateAutoScalingGroupSchedule",
    "delete": "deleteAutoScalingGroupSchedule"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/server-count": {
    "put": "updateAutoScalingGroupServerCount"
  },
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers": {
    "get": "listAutoScalingGroupVirtualServers"
  },
  "/v1/default-configs": {
    "get": "listDefaultConfigs"
  },
  "/v1/images": {
    "get": "listImages",
    "post": "createImage"
  },
  "/v1/images/{image_id}": {
    "get": "showImage",
    "put": "updateImage",
    "delete": "deleteImage"
  },
  "/v1/images/{image_id}/import": {
    "post": "importImage"
  },
  "/v1/images/{image_id}/members": {
    "get": "listImageMembers",
    "post": "createImageMember"
  },
  "/v1/images/{image_id}/members/{member_id}": {
    "get": "showImageMember",
    "put": "updateImageMember",
    "delete": "deleteImageMember"
  },
  "/v1/images/{image_id}/share": {
    "post": "createSharingImage"
  },
  "/v1/keypairs": {
    "get": "listKeypairs",
    "post": "createKeypair"
  },
  "/v1/keypairs/{keypair_name}": {
    "get": "showKeypair",
    "delete": "deleteKeypair"
  },
  "/v1/launch-configurations": {
    "get": "listLaunchConfigurations",
    "post": "createLaunchConfiguration"
  },
  "/v1/launch-configurations/{launch_configuration_id}": {
    "get": "showLaunchConfiguration",
    "delete": "deleteLaunchConfiguration"
  },
  "/v1/pending-images": {
    "get": "listPendingImages"
  },
  "/v1/quota-sets": {
    "get": "showQuotaSet"
  },
  "/v1/server-groups": {
    "get": "listServerGroups",
    "post": "createServerGroup"
  },
  "/v1/server-groups/{server_group_id}": {
    "get": "showServerGroup",
    "delete": "deleteServerGroup"
  },
  "/v1/server-types": {
    "get": "listServerTypes"
  },
  "/v1/server-types/{server_type_id}": {
    "get": "showServerType"
  },
  "/v1/servers": {
    "get": "listVirtualServers",
    "post": "createVirtualServer"
  },
  "/v1/servers/{server_id}": {
    "get": "showVirtualServer",
    "put": "updateVirtualServer",
    "delete": "deleteVirtualServer"
  },
  "/v1/servers/{server_id}/console-log": {
    "get": "showVirtualServerConsoleLog"
  },
  "/v1/servers/{server_id}/dump": {
    "post": "createVirtualServerDump"
  },
  "/v1/servers/{server_id}/images": {
    "post": "createVirtualServerCustomImage"
  },
  "/v1/servers/{server_id}/interfaces": {
    "get": "listServerInterfaces",
    "post": "createServerInterface"
  },
  "/v1/servers/{server_id}/interfaces/{port_id}": {
    "get": "showServerInterface",
    "put": "updateServerInterface",
    "delete": "deleteServerInterface"
  },
  "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats": {
    "post": "createServerInterfacePrivateNat"
  },
  "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}": {
    "delete": "deleteServerInterfacePrivateNat"
  },
  "/v1/servers/{server_id}/interfaces/{port_id}/static-nats": {
    "post": "createServerInterfaceNat"
  },
  "/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}": {
    "delete": "deleteServerInterfaceNat"
  },
  "/v1/servers/{server_id}/ips": {
    "get": "listServerIps"
  },
  "/v1/servers/{server_id}/ips/{subnet_id}": {
    "get": "showServerIp"
  },
  "/v1/servers/{server_id}/lock": {
    "post": "lockVirtualServer"
  },
  "/v1/servers/{server_id}/password": {
    "post": "showVirtualServerPassword"
  },
  "/v1/servers/{server_id}/reboot": {
    "post": "rebootVirtualServer"
  },
  "/v1/servers/{server_id}/rebuild": {
    "post": "rebuildVirtualServer"
  },
  "/v1/servers/{server_id}/security-groups": {
    "get": "listVirtualServerSecurityGroups",
    "post": "attachVirtualServerSecurityGroup"
  },
  "/v1/servers/{server_id}/security-groups/{security_group_id}": {
    "delete": "detachVirtualServerSecurityGroup"
  },
  "/v1/servers/{server_id}/server-type": {
    "post": "setVirtualServerType"
  },
  "/v1/servers/{server_id}/start": {
    "post": "startVirtualServer"
  },
  "/v1/servers/{server_id}/stop": {
    "post": "stopVirtualServer"
  },
  "/v1/servers/{server_id}/unlock": {
    "post": "unlockVirtualServer"
  },
  "/v1/servers/{server_id}/volumes": {
    "get": "listServerVolumes",
    "post": "createServerVolume"
  },
  "/v1/servers/{server_id}/volumes/{volume_id}": {
    "get": "showServerVolume",
    "put": "updateServerVolume",
    "delete": "deleteServerVolume"
  },
  "/v1/snapshots": {
    "get": "listSnapshot",
    "post": "createSnapshot"
  },
  "/v1/snapshots/{snapshot_id}": {
    "get": "showSnapshot",
    "put": "updateSnapshot",
    "delete": "deleteSnapshot"
  },
  "/v1/volume-transfer": {
    "get": "listVolumeTransfer",
    "post": "createVolumeTransfer"
  },
  "/v1/volume-transfer/{transfer_id}": {
    "get": "showVolumeTransfer",
    "delete": "deleteVolumeTransfer"
  },
  "/v1/volume-transfer/{transfer_id}/accept": {
    "post": "acceptVolumeTransfer"
  },
  "/v1/volume-types": {
    "get": "listVolumeTypes"
  },
  "/v1/volume-types/default": {
    "get": "showDefaultVolumeType"
  },
  "/v1/volume-types/{volume_type_id}": {
    "get": "showVolumeType"
  },
  "/v1/volumes": {
    "get": "listVolumes",
    "post": "createVolume"
  },
  "/v1/volumes/quota-sets": {
    "get": "showVolumeQuotaSet"
  },
  "/v1/volumes/{volume_id}": {
    "get": "showVolume",
    "put": "updateVolume",
    "delete": "deleteVolume"
  },
  "/v1/volumes/{volume_id}/revert": {
    "post": "revertVolumeToSnapshot"
  },
  "/v1/volumes/{volume_id}/servers": {
    "post": "attachVolumeToVirtualServer"
  },
  "/v1/volumes/{volume_id}/servers/{server_id}": {
    "delete": "detachVolumeFromVirtualServer"
  },
  "/v1/volumes/{volume_id}/size": {
    "put": "extendVolume"
  },
  "/v1/vpcs": {
    "get": "listVpcs",
    "post": "createVpc"
  },
  "/v1/vpcs/check-max-count": {
    "get": "showMaxCount"
  },
  "/v1/vpcs/vpc-cidr-availabilities": {
    "get": "checkVpcCidrAvailabilities"
  },
  "/v1/vpcs/{vpc_id}": {
    "get": "showVpc",
    "put": "setVpc",
    "delete": "deleteVpc"
  },
  "/v1/subnets": {
    "get": "listSubnets",
    "post": "createSubnet"
  },
  "/v1/subnets/subnet-cidr-availabilities": {
    "get": "checkSubnetCidrAvailabilities"
  },
  "/v1/subnets/{subnet_id}": {
    "get": "showSubnet",
    "put": "setSubnet",
    "delete": "deleteSubnet"
  },
  "/v1/ports": {
    "get": "listPorts",
    "post": "createPort"
  },
  "/v1/ports/port-ip-availabilities": {
    "get": "listPortIpAvailabilities"
  },
  "/v1/ports/{port_id}": {
    "get": "showPort",
    "put": "setPort",
    "delete": "deletePort"
  },
  "/v1/publicips": {
    "get": "listPublicip",
    "post": "createPublicip"
  },
  "/v1/publicips/{publicip_id}": {
    "get": "showPublicip",
    "put": "setPublicip",
    "delete": "deletePublicip"
  },
  "/v1/internet-gateways": {
    "get": "listInternetGateways",
    "post": "createInternetGateway"
  },
  "/v1/internet-gateways/creatable-types": {
    "get": "listInternetGatewayCreatableTypes"
  },
  "/v1/internet-gateways/creatable-vpcs": {
    "get": "listInternetGatewayCreatableVpcs"
  },
  "/v1/internet-gateways/{internet_gateway_id}": {
    "get": "showInternetGateway",
    "put": "setInternetGateway",
    "delete": "deleteInternetGateway"
  },
  "/v1/nat-gateways": {
    "get": "listNatGateways",
    "post": "createNatGateway"
  },
  "/v1/nat-gateways/{nat_gateway_id}": {
    "get": "showNatGateway",
    "put": "setNatGateway",
    "delete": "deleteNatGateway"
  },
  "/v1/private-nats": {
    "get": "listPrivateNats",
    "post": "createPrivateNat"
  },
  "/v1/private-nats/private-nat-cidr-availabilities": {
    "get": "checkPrivateNatCidrAvailabilities"
  },
  "/v1/private-nats/{private_nat_id}": {
    "get": "showPrivateNat",
    "put": "setPrivateNat",
    "delete": "deletePrivateNat"
  },
  "/v1/private-nats/{private_nat_id}/private-nat-ips": {
    "get": "listPrivateNatIps",
    "post": "createPrivateNatIp"
  },
  "/v1/private-nats/{private_nat_id}/private-nat-ips/{private_nat_ip_id}": {
    "delete": "deletePrivateNatIp"
  },
  "/v1/transit-gateways": {
    "get": "listTransitGateways",
    "post": "createTransitGateway"
  },
  "/v1/transit-gateways/{transit_gateway_id}": {
    "get": "showTransitGateway",
    "put": "setTransitGateway",
    "delete": "deleteTransitGateway"
  },
  "/v1/transit-gateways/{transit_gateway_id}/routing-rules": {
    "get": "listTransitGatewayRules",
    "post": "createTransitGatewayRule"
  },
  "/v1/transit-gateways/{transit_gateway_id}/routing-rules/destination-cidr-availabilities": {
    "get": "listTransitGatewayRoutingRuleAvailabilities"
  },
  "/v1/transit-gateways/{transit_gateway_id}/routing-rules/{routing_rule_id}": {
    "delete": "deleteTransitGatewayRule"
  },
  "/v1/transit-gateways/{transit_gateway_id}/vpc-connections": {
    "get": "listTransitGatewayVpcConnections",
    "post": "createTransitGatewayVpcConnection"
  },
  "/v1/transit-gateways/{transit_gateway_id}/vpc-connections/{vpc_connection_id}": {
    "delete": "deleteTransitGatewayVpcConnection"
  },
  "/v1/vpc-endpoints": {
    "get": "listVpcEndpoints",
    "post": "createVpcEndpoint"
  },
  "/v1/vpc-endpoints/connectable-resources": {
    "get": "listVpcEndpointConnectableResources"
  },
  "/v1/vpc-endpoints/vpc-endpoint-ip-availabilities": {
    "get": "checkVpcEndpointIpAddressAvailabilities"
  },
  "/v1/vpc-endpoints/vpc-endpoint-resource-availabilities": {
    "get": "checkVpcEndpointResourceAvailabilities"
  },
  "/v1/vpc-endpoints/{vpc_endpoint_id}": {
    "get": "showVpcEndpoint",
    "put": "setVpcEndpoint",
    "delete": "deleteVpcEndpoint"
  },
  "/v1/vpc-peerings": {
    "get": "listVpcPeerings",
    "post": "createVpcPeering"
  },
  "/v1/vpc-peerings/peering-availabilities": {
    "get": "listVpcPeeringAvailabilities"
  },
  "/v1/vpc-peerings/{vpc_peering_id}": {
    "get": "showVpcPeering",
    "put": "setVpcPeering",
    "delete": "deleteVpcPeering"
  },
  "/v1/vpc-peerings/{vpc_peering_id}/routing-rules": {
    "get": "listVpcPeeringRules",
    "post": "createVpcPeeringRule"
  },
  "/v1/vpc-peerings/{vpc_peering_id}/routing-rules/destination-cidr-availabilities": {
    "get": "listVpcPeeringRoutingRuleAvailabilities"
  },
  "/v1/vpc-peerings/{vpc_peering_id}/routing-rules/{routing_rule_id}": {
    "delete": "deleteVpcPeeringRule"
  },
  "/v1/security-groups": {
    "get": "listSecurityGroups",
    "post": "createSecurityGroup"
  },
  "/v1/security-groups/metrics/quotas": {
    "get": "getSecurityGroupQuotas"
  },
  "/v1/security-groups/{security_group_id}": {
    "get": "showSecurityGroup",
    "put": "setSecurityGroup",
    "delete": "deleteSecurityGroup"
  },
  "/v1/security-group-rules": {
    "get": "listSecurityGroupRules",
    "post": "createSecurityGroupRule"
  },
  "/v1/security-group-rules/bulk": {
    "post": "createSecurityGroupRules"
  },
  "/v1/security-group-rules/{security_group_id}/downloads": {
    "get": "downloadSecurityGroupRules"
  },
  "/v1/security-group-rules/{security_group_rule_id}": {
    "get": "showSecurityGroupRule",
    "delete": "deleteSecurityGroupRule"
  }
};
