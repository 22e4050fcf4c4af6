// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** Each operationId by path template and lower-case method: what the spans of a traced client are named by. */
export const operationIds: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "/accounts/{accountId}/flexcloud/zone": {
    "get": "listZones"
  },
  "/zone": {
    "get": "listZonesForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/os-floating-ips": {
    "get": "listFlexibleIps",
    "post": "allocateFlexibleIp"
  },
  "/os-floating-ips": {
    "get": "listFlexibleIpsForCurrentAccount",
    "post": "allocateFlexibleIpForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}": {
    "get": "getFlexibleIp",
    "delete": "releaseFlexibleIp"
  },
  "/os-floating-ips/{ipAddress}": {
    "get": "getFlexibleIpForCurrentAccount",
    "delete": "releaseFlexibleIpForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/servers": {
    "get": "listServers",
    "post": "createServer"
  },
  "/servers": {
    "get": "listServersForCurrentAccount",
    "post": "createServerForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/servers/detail": {
    "get": "listServersWithDetails"
  },
  "/servers/detail": {
    "get": "listServersWithDetailsForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/servers/{serverId}": {
    "get": "getServer",
    "put": "updateServer",
    "delete": "deleteServer"
  },
  "/servers/{serverId}": {
    "get": "getServerForCurrentAccount",
    "put": "updateServerForCurrentAccount",
    "delete": "deleteServerForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/servers/{serverId}/action": {
    "post": "performServerAction"
  },
  "/servers/{serverId}/action": {
    "post": "performServerActionForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/os-security-groups": {
    "get": "listSecurityGroups",
    "post": "createSecurityGroup"
  },
  "/os-security-groups": {
    "get": "listSecurityGroupsForCurrentAccount",
    "post": "createSecurityGroupForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}": {
    "get": "getSecurityGroup",
    "delete": "deleteSecurityGroup"
  },
  "/os-security-groups/{securityGroupId}": {
    "get": "getSecurityGroupForCurrentAccount",
    "delete": "deleteSecurityGroupForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/os-security-group-rules": {
    "post": "createSecurityGroupRule"
  },
  "/os-security-group-rules": {
    "post": "createSecurityGroupRuleForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/os-security-group-rules/{ruleId}": {
    "delete": "deleteSecurityGroupRule"
  },
  "/os-security-group-rules/{ruleId}": {
    "delete": "deleteSecurityGroupRuleForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/volumes": {
    "get": "listVolumes"
  },
  "/volumes": {
    "get": "listVolumesForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/volumes/detail": {
    "get": "listVolumesWithDetails"
  },
  "/volumes/detail": {
    "get": "listVolumesWithDetailsForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/volumes/{volumeId}": {
    "get": "getVolume",
    "delete": "deleteVolume"
  },
  "/volumes/{volumeId}": {
    "get": "getVolumeForCurrentAccount",
    "delete": "deleteVolumeForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments": {
    "get": "listServerVolumeAttachments",
    "post": "attachVolume"
  },
  "/servers/{serverId}/os-volume_attachments": {
    "get": "listServerVolumeAttachmentsForCurrentAccount",
    "post": "attachVolumeForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}": {
    "get": "getServerVolumeAttachment",
    "delete": "detachVolume"
  },
  "/servers/{serverId}/os-volume_attachments/{volumeId}": {
    "get": "getServerVolumeAttachmentForCurrentAccount",
    "delete": "detachVolumeForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/flavors": {
    "get": "listFlavors"
  },
  "/flavors": {
    "get": "listFlavorsForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/flavors/{flavorId}": {
    "get": "getFlavor"
  },
  "/flavors/{flavorId}": {
    "get": "getFlavorForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/flavors/detail": {
    "get": "listFlavorsWithDetails"
  },
  "/flavors/detail": {
    "get": "listFlavorsWithDetailsForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/flavors/detail/{flavorId}": {
    "get": "getFlavorDetails"
  },
  "/flavors/detail/{flavorId}": {
    "get": "getFlavorDetailsForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/images": {
    "get": "listImages"
  },
  "/images": {
    "get": "listImagesForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/images/detail": {
    "get": "listImagesWithDetails"
  },
  "/images/detail": {
    "get": "listImagesWithDetailsForCurrentAccount"
  },
  "/accounts/{accountId}/flexcloud/images/{imageId}": {
    "get": "getImage"
  },
  "/images/{imageId}": {
    "get": "getImageForCurrentAccount"
  }
};
