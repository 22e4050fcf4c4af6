// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The spec's title and version. */
export const specInfo = {"title":"Hostway FlexCloud API","version":"flexcloud-2014"} as const;

/** The first server of the spec with its variables' defaults: the vendor's production base URL. */
export const defaultBaseUrl = "https://api.hostway.com";

/** Every operation of the spec by operationId: method, path, tag, summary and documented response statuses. */
export const operations = {
  "listZones": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/zone",
    "tag": "Zones",
    "summary": "List the account's zones",
    "statuses": [
      200,
      401,
      403,
      404
    ]
  },
  "listZonesForCurrentAccount": {
    "method": "GET",
    "path": "/zone",
    "tag": "Zones",
    "summary": "List the zones of the authenticated account",
    "statuses": [
      200,
      401,
      403
    ]
  },
  "listFlexibleIps": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/os-floating-ips",
    "tag": "Flexible IPs",
    "summary": "List the account's flexible IPs",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "allocateFlexibleIp": {
    "method": "POST",
    "path": "/accounts/{accountId}/flexcloud/os-floating-ips",
    "tag": "Flexible IPs",
    "summary": "Allocate a flexible IP",
    "statuses": [
      202,
      401,
      404
    ]
  },
  "listFlexibleIpsForCurrentAccount": {
    "method": "GET",
    "path": "/os-floating-ips",
    "tag": "Flexible IPs",
    "summary": "List the flexible IPs of the authenticated account",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "allocateFlexibleIpForCurrentAccount": {
    "method": "POST",
    "path": "/os-floating-ips",
    "tag": "Flexible IPs",
    "summary": "Allocate a flexible IP for the authenticated account",
    "statuses": [
      202,
      401
    ]
  },
  "getFlexibleIp": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}",
    "tag": "Flexible IPs",
    "summary": "Get a flexible IP",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "releaseFlexibleIp": {
    "method": "DELETE",
    "path": "/accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}",
    "tag": "Flexible IPs",
    "summary": "Release a flexible IP",
    "statuses": [
      202,
      401,
      404
    ]
  },
  "getFlexibleIpForCurrentAccount": {
    "method": "GET",
    "path": "/os-floating-ips/{ipAddress}",
    "tag": "Flexible IPs",
    "summary": "Get a flexible IP of the authenticated account",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "releaseFlexibleIpForCurrentAccount": {
    "method": "DELETE",
    "path": "/os-floating-ips/{ipAddress}",
    "tag": "Flexible IPs",
    "summary": "Release a flexible IP of the authenticated account",
    "statuses": [
      202,
      401,
      404
    ]
  },
  "listServers": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/servers",
    "tag": "Servers",
    "summary": "List servers",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "createServer": {
    "method": "POST",
    "path": "/accounts/{accountId}/flexcloud/servers",
    "tag": "Servers",
    "summary": "Create a server",
    "statuses": [
      202,
      400,
      401,
      404
    ]
  },
  "listServersForCurrentAccount": {
    "method": "GET",
    "path": "/servers",
    "tag": "Servers",
    "summary": "List the servers of the authenticated account",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "createServerForCurrentAccount": {
    "method": "POST",
    "path": "/servers",
    "tag": "Servers",
    "summary": "Create a server for the authenticated account",
    "statuses": [
      202,
      400,
      401
    ]
  },
  "listServersWithDetails": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/servers/detail",
    "tag": "Servers",
    "summary": "List servers with their details",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "listServersWithDetailsForCurrentAccount": {
    "method": "GET",
    "path": "/servers/detail",
    "tag": "Servers",
    "summary": "List the servers of the authenticated account with their details",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "getServer": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/servers/{serverId}",
    "tag": "Servers",
    "summary": "Get a server",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "getServerForCurrentAccount": {
    "method": "GET",
    "path": "/servers/{serverId}",
    "tag": "Servers",
    "summary": "Get a server of the authenticated account",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "performServerAction": {
    "method": "POST",
    "path": "/accounts/{accountId}/flexcloud/servers/{serverId}/action",
    "tag": "Servers",
    "summary": "Perform an action on a server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      405,
      409,
      500,
      502,
      503
    ]
  },
  "performServerActionForCurrentAccount": {
    "method": "POST",
    "path": "/servers/{serverId}/action",
    "tag": "Servers",
    "summary": "Perform an action on a server of the authenticated account",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      405,
      409,
      500,
      502,
      503
    ]
  },
  "listSecurityGroups": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/os-security-groups",
    "tag": "Security groups",
    "summary": "List firewall groups",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "createSecurityGroup": {
    "method": "POST",
    "path": "/accounts/{accountId}/flexcloud/os-security-groups",
    "tag": "Security groups",
    "summary": "Create a firewall group",
    "statuses": [
      201,
      400,
      401,
      404
    ]
  },
  "listSecurityGroupsForCurrentAccount": {
    "method": "GET",
    "path": "/os-security-groups",
    "tag": "Security groups",
    "summary": "List the firewall groups of the authenticated account",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "createSecurityGroupForCurrentAccount": {
    "method": "POST",
    "path": "/os-security-groups",
    "tag": "Security groups",
    "summary": "Create a firewall group for the authenticated account",
    "statuses": [
      201,
      400,
      401
    ]
  },
  "getSecurityGroup": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}",
    "tag": "Security groups",
    "summary": "Get a firewall group",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "deleteSecurityGroup": {
    "method": "DELETE",
    "path": "/accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}",
    "tag": "Security groups",
    "summary": "Delete a firewall group",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "getSecurityGroupForCurrentAccount": {
    "method": "GET",
    "path": "/os-security-groups/{securityGroupId}",
    "tag": "Security groups",
    "summary": "Get a firewall group of the authenticated account",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "deleteSecurityGroupForCurrentAccount": {
    "method": "DELETE",
    "path": "/os-security-groups/{securityGroupId}",
    "tag": "Security groups",
    "summary": "Delete a firewall group of the authenticated account",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "createSecurityGroupRule": {
    "method": "POST",
    "path": "/accounts/{accountId}/flexcloud/os-security-group-rules",
    "tag": "Security groups",
    "summary": "Add a rule to a firewall group",
    "statuses": [
      201,
      400,
      401,
      404
    ]
  },
  "createSecurityGroupRuleForCurrentAccount": {
    "method": "POST",
    "path": "/os-security-group-rules",
    "tag": "Security groups",
    "summary": "Add a rule to a firewall group of the authenticated account",
    "statuses": [
      201,
      400,
      401
    ]
  },
  "deleteSecurityGroupRule": {
    "method": "DELETE",
    "path": "/accounts/{accountId}/flexcloud/os-security-group-rules/{ruleId}",
    "tag": "Security groups",
    "summary": "Delete a firewall group rule",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "deleteSecurityGroupRuleForCurrentAccount": {
    "method": "DELETE",
    "path": "/os-security-group-rules/{ruleId}",
    "tag": "Security groups",
    "summary": "Delete a firewall group rule of the authenticated account",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "listVolumes": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/volumes",
    "tag": "Volumes",
    "summary": "List volumes",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "listVolumesForCurrentAccount": {
    "method": "GET",
    "path": "/volumes",
    "tag": "Volumes",
    "summary": "List the volumes of the authenticated account",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "listVolumesWithDetails": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/volumes/detail",
    "tag": "Volumes",
    "summary": "List volumes with their details",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "listVolumesWithDetailsForCurrentAccount": {
    "method": "GET",
    "path": "/volumes/detail",
    "tag": "Volumes",
    "summary": "List the volumes of the authenticated account with their details",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "getVolume": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/volumes/{volumeId}",
    "tag": "Volumes",
    "summary": "Get a volume",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "deleteVolume": {
    "method": "DELETE",
    "path": "/accounts/{accountId}/flexcloud/volumes/{volumeId}",
    "tag": "Volumes",
    "summary": "Delete a volume",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "getVolumeForCurrentAccount": {
    "method": "GET",
    "path": "/volumes/{volumeId}",
    "tag": "Volumes",
    "summary": "Get a volume of the authenticated account",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "deleteVolumeForCurrentAccount": {
    "method": "DELETE",
    "path": "/volumes/{volumeId}",
    "tag": "Volumes",
    "summary": "Delete a volume of the authenticated account",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "listServerVolumeAttachments": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments",
    "tag": "Volumes",
    "summary": "List the volumes attached to a server",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "attachVolume": {
    "method": "POST",
    "path": "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments",
    "tag": "Volumes",
    "summary": "Attach a volume to a server",
    "statuses": [
      200,
      401,
      404,
      409
    ]
  },
  "listServerVolumeAttachmentsForCurrentAccount": {
    "method": "GET",
    "path": "/servers/{serverId}/os-volume_attachments",
    "tag": "Volumes",
    "summary": "List the volumes attached to a server of the authenticated account",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "attachVolumeForCurrentAccount": {
    "method": "POST",
    "path": "/servers/{serverId}/os-volume_attachments",
    "tag": "Volumes",
    "summary": "Attach a volume to a server of the authenticated account",
    "statuses": [
      200,
      401,
      404,
      409
    ]
  },
  "getServerVolumeAttachment": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}",
    "tag": "Volumes",
    "summary": "Get a volume attached to a server",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "detachVolume": {
    "method": "DELETE",
    "path": "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}",
    "tag": "Volumes",
    "summary": "Detach a volume from a server",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "getServerVolumeAttachmentForCurrentAccount": {
    "method": "GET",
    "path": "/servers/{serverId}/os-volume_attachments/{volumeId}",
    "tag": "Volumes",
    "summary": "Get a volume attached to a server of the authenticated account",
    "statuses": [
      200,
      401,
      404
    ]
  },
  "detachVolumeForCurrentAccount": {
    "method": "DELETE",
    "path": "/servers/{serverId}/os-volume_attachments/{volumeId}",
    "tag": "Volumes",
    "summary": "Detach a volume from a server of the authenticated account",
    "statuses": [
      204,
      401,
      404
    ]
  },
  "listFlavors": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/flavors",
    "tag": "Flavors",
    "summary": "List flavors",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "listFlavorsForCurrentAccount": {
    "method": "GET",
    "path": "/flavors",
    "tag": "Flavors",
    "summary": "List the flavors of the authenticated account",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "getFlavor": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/flavors/{flavorId}",
    "tag": "Flavors",
    "summary": "Get a flavor",
    "statuses": [
      200,
      401,
      403,
      404
    ]
  },
  "getFlavorForCurrentAccount": {
    "method": "GET",
    "path": "/flavors/{flavorId}",
    "tag": "Flavors",
    "summary": "Get a flavor for the authenticated account",
    "statuses": [
      200,
      401,
      403,
      404
    ]
  },
  "listFlavorsWithDetails": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/flavors/detail",
    "tag": "Flavors",
    "summary": "List flavors with their details",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "listFlavorsWithDetailsForCurrentAccount": {
    "method": "GET",
    "path": "/flavors/detail",
    "tag": "Flavors",
    "summary": "List the flavors of the authenticated account with their details",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "getFlavorDetails": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/flavors/detail/{flavorId}",
    "tag": "Flavors",
    "summary": "Get a flavor (detail URI)",
    "statuses": [
      200,
      401,
      403,
      404
    ]
  },
  "getFlavorDetailsForCurrentAccount": {
    "method": "GET",
    "path": "/flavors/detail/{flavorId}",
    "tag": "Flavors",
    "summary": "Get a flavor for the authenticated account (detail URI)",
    "statuses": [
      200,
      401,
      403,
      404
    ]
  },
  "listImages": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/images",
    "tag": "Images",
    "summary": "List images",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "listImagesForCurrentAccount": {
    "method": "GET",
    "path": "/images",
    "tag": "Images",
    "summary": "List the images of the authenticated account",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "listImagesWithDetails": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/images/detail",
    "tag": "Images",
    "summary": "List images with their details",
    "statuses": [
      200,
      303,
      401,
      404
    ]
  },
  "listImagesWithDetailsForCurrentAccount": {
    "method": "GET",
    "path": "/images/detail",
    "tag": "Images",
    "summary": "List the images of the authenticated account with their details",
    "statuses": [
      200,
      303,
      401
    ]
  },
  "getImage": {
    "method": "GET",
    "path": "/accounts/{accountId}/flexcloud/images/{imageId}",
    "tag": "Images",
    "summary": "Get an image",
    "statuses": [
      200,
      401,
      403,
      404
    ]
  },
  "getImageForCurrentAccount": {
    "method": "GET",
    "path": "/images/{imageId}",
    "tag": "Images",
    "summary": "Get an image for the authenticated account",
    "statuses": [
      200,
      401,
      403,
      404
    ]
  }
} as const;

export type OperationId = keyof typeof operations;
