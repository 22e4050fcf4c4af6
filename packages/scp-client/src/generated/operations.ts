// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The spec's title and version. */
export const specInfo = {"title":"Samsung Cloud Platform virtualserver API","version":"1.3"} as const;

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

/** Every operation of the spec by operationId: method, path, tag, summary and documented response statuses. */
export const operations = {
  "listAutoScalingGroups": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups",
    "tag": "auto-scaling-groups",
    "summary": "List Auto-Scaling Groups",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createAutoScalingGroup": {
    "method": "POST",
    "path": "/v1/auto-scaling-groups",
    "tag": "auto-scaling-groups",
    "summary": "Create an Auto-Scaling Group",
    "statuses": [
      201,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showAutoScalingGroup": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}",
    "tag": "auto-scaling-groups",
    "summary": "Show an Auto-Scaling Group",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateAutoScalingGroup": {
    "method": "PUT",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}",
    "tag": "auto-scaling-groups",
    "summary": "Update an Auto-Scaling Group",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteAutoScalingGroup": {
    "method": "DELETE",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}",
    "tag": "auto-scaling-groups",
    "summary": "Delete an Auto-Scaling Group",
    "statuses": [
      204,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listAutoScalingGroupLbServerGroups": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups",
    "tag": "auto-scaling-group-lb-server-groups",
    "summary": "List the load balancer server groups of a group",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateAutoScalingGroupLbServerGroups": {
    "method": "PUT",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups",
    "tag": "auto-scaling-group-lb-server-groups",
    "summary": "Set the load balancer server groups of a group",
    "statuses": [
      202,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listAutoScalingGroupNotifications": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications",
    "tag": "auto-scaling-group-notifications",
    "summary": "List the notifications of a group",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createAutoScalingGroupNotification": {
    "method": "POST",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications",
    "tag": "auto-scaling-group-notifications",
    "summary": "Notify users of scaling events",
    "statuses": [
      201,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showAutoScalingGroupNotification": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}",
    "tag": "auto-scaling-group-notifications",
    "summary": "Show a notification",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateAutoScalingGroupNotification": {
    "method": "PUT",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}",
    "tag": "auto-scaling-group-notifications",
    "summary": "Update a notification",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteAutoScalingGroupNotification": {
    "method": "DELETE",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}",
    "tag": "auto-scaling-group-notifications",
    "summary": "Delete a notification",
    "statuses": [
      204,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listAutoScalingGroupPolicies": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies",
    "tag": "auto-scaling-group-policies",
    "summary": "List the scaling policies of a group",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createAutoScalingGroupPolicy": {
    "method": "POST",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies",
    "tag": "auto-scaling-group-policies",
    "summary": "Create a scaling policy",
    "statuses": [
      201,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showAutoScalingGroupPolicy": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}",
    "tag": "auto-scaling-group-policies",
    "summary": "Show a scaling policy",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateAutoScalingGroupPolicy": {
    "method": "PUT",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}",
    "tag": "auto-scaling-group-policies",
    "summary": "Update a scaling policy",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteAutoScalingGroupPolicy": {
    "method": "DELETE",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}",
    "tag": "auto-scaling-group-policies",
    "summary": "Delete a scaling policy",
    "statuses": [
      204,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listAutoScalingGroupSchedules": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules",
    "tag": "auto-scaling-group-schedules",
    "summary": "List the schedules of a group",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createAutoScalingGroupSchedule": {
    "method": "POST",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules",
    "tag": "auto-scaling-group-schedules",
    "summary": "Create a schedule",
    "statuses": [
      201,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showAutoScalingGroupSchedule": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}",
    "tag": "auto-scaling-group-schedules",
    "summary": "Show a schedule",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateAutoScalingGroupSchedule": {
    "method": "PUT",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}",
    "tag": "auto-scaling-group-schedules",
    "summary": "Update a schedule",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteAutoScalingGroupSchedule": {
    "method": "DELETE",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}",
    "tag": "auto-scaling-group-schedules",
    "summary": "Delete a schedule",
    "statuses": [
      204,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateAutoScalingGroupServerCount": {
    "method": "PUT",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/server-count",
    "tag": "auto-scaling-groups",
    "summary": "Change the server counts of an Auto-Scaling Group",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listAutoScalingGroupVirtualServers": {
    "method": "GET",
    "path": "/v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers",
    "tag": "auto-scaling-group-virtual-servers",
    "summary": "List the servers of an Auto-Scaling Group",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listDefaultConfigs": {
    "method": "GET",
    "path": "/v1/default-configs",
    "tag": "default-configs",
    "summary": "List default configuration values",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listImages": {
    "method": "GET",
    "path": "/v1/images",
    "tag": "images",
    "summary": "List images",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createImage": {
    "method": "POST",
    "path": "/v1/images",
    "tag": "images",
    "summary": "Create an image from a file",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showImage": {
    "method": "GET",
    "path": "/v1/images/{image_id}",
    "tag": "images",
    "summary": "Show an image",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateImage": {
    "method": "PUT",
    "path": "/v1/images/{image_id}",
    "tag": "images",
    "summary": "Update an image",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteImage": {
    "method": "DELETE",
    "path": "/v1/images/{image_id}",
    "tag": "images",
    "summary": "Delete an image",
    "statuses": [
      204,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "importImage": {
    "method": "POST",
    "path": "/v1/images/{image_id}/import",
    "tag": "image-import",
    "summary": "Import an image file",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listImageMembers": {
    "method": "GET",
    "path": "/v1/images/{image_id}/members",
    "tag": "image-members",
    "summary": "List the members of an image",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createImageMember": {
    "method": "POST",
    "path": "/v1/images/{image_id}/members",
    "tag": "image-members",
    "summary": "Share an image with an account",
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showImageMember": {
    "method": "GET",
    "path": "/v1/images/{image_id}/members/{member_id}",
    "tag": "image-members",
    "summary": "Show an image member",
    "statuses": [
      200,
      400,
      401,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateImageMember": {
    "method": "PUT",
    "path": "/v1/images/{image_id}/members/{member_id}",
    "tag": "image-members",
    "summary": "Accept or reject a shared image",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteImageMember": {
    "method": "DELETE",
    "path": "/v1/images/{image_id}/members/{member_id}",
    "tag": "image-members",
    "summary": "Stop sharing an image with an account",
    "statuses": [
      204,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createSharingImage": {
    "method": "POST",
    "path": "/v1/images/{image_id}/share",
    "tag": "image-share",
    "summary": "Prepare an image for sharing",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listKeypairs": {
    "method": "GET",
    "path": "/v1/keypairs",
    "tag": "keypairs",
    "summary": "List key pairs",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createKeypair": {
    "method": "POST",
    "path": "/v1/keypairs",
    "tag": "keypairs",
    "summary": "Create or import a key pair",
    "statuses": [
      201,
      400,
      401,
      403,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showKeypair": {
    "method": "GET",
    "path": "/v1/keypairs/{keypair_name}",
    "tag": "keypairs",
    "summary": "Show a key pair",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteKeypair": {
    "method": "DELETE",
    "path": "/v1/keypairs/{keypair_name}",
    "tag": "keypairs",
    "summary": "Delete a key pair",
    "statuses": [
      204,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listLaunchConfigurations": {
    "method": "GET",
    "path": "/v1/launch-configurations",
    "tag": "launch-configurations",
    "summary": "List launch configurations",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createLaunchConfiguration": {
    "method": "POST",
    "path": "/v1/launch-configurations",
    "tag": "launch-configurations",
    "summary": "Create a launch configuration",
    "statuses": [
      201,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showLaunchConfiguration": {
    "method": "GET",
    "path": "/v1/launch-configurations/{launch_configuration_id}",
    "tag": "launch-configurations",
    "summary": "Show a launch configuration",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteLaunchConfiguration": {
    "method": "DELETE",
    "path": "/v1/launch-configurations/{launch_configuration_id}",
    "tag": "launch-configurations",
    "summary": "Delete a launch configuration",
    "statuses": [
      204,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listPendingImages": {
    "method": "GET",
    "path": "/v1/pending-images",
    "tag": "images",
    "summary": "List images being prepared",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showQuotaSet": {
    "method": "GET",
    "path": "/v1/quota-sets",
    "tag": "quota-sets",
    "summary": "Show the server quotas",
    "statuses": [
      200,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listServerGroups": {
    "method": "GET",
    "path": "/v1/server-groups",
    "tag": "server-groups",
    "summary": "List server groups",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createServerGroup": {
    "method": "POST",
    "path": "/v1/server-groups",
    "tag": "server-groups",
    "summary": "Create a server group",
    "statuses": [
      201,
      400,
      401,
      403,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showServerGroup": {
    "method": "GET",
    "path": "/v1/server-groups/{server_group_id}",
    "tag": "server-groups",
    "summary": "Show a server group",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteServerGroup": {
    "method": "DELETE",
    "path": "/v1/server-groups/{server_group_id}",
    "tag": "server-groups",
    "summary": "Delete a server group",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listServerTypes": {
    "method": "GET",
    "path": "/v1/server-types",
    "tag": "server-types",
    "summary": "List server types",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showServerType": {
    "method": "GET",
    "path": "/v1/server-types/{server_type_id}",
    "tag": "server-types",
    "summary": "Show a server type",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listVirtualServers": {
    "method": "GET",
    "path": "/v1/servers",
    "tag": "servers",
    "summary": "List virtual servers",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createVirtualServer": {
    "method": "POST",
    "path": "/v1/servers",
    "tag": "servers",
    "summary": "Create virtual servers",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVirtualServer": {
    "method": "GET",
    "path": "/v1/servers/{server_id}",
    "tag": "servers",
    "summary": "Show a virtual server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateVirtualServer": {
    "method": "PUT",
    "path": "/v1/servers/{server_id}",
    "tag": "servers",
    "summary": "Rename a virtual server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteVirtualServer": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}",
    "tag": "servers",
    "summary": "Delete a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVirtualServerConsoleLog": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/console-log",
    "tag": "server-actions",
    "summary": "Show the console log of a server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createVirtualServerDump": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/dump",
    "tag": "server-actions",
    "summary": "Dump the memory of a server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createVirtualServerCustomImage": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/images",
    "tag": "server-actions",
    "summary": "Create a custom image from a server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listServerInterfaces": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/interfaces",
    "tag": "servers",
    "summary": "List the interfaces of a server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createServerInterface": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/interfaces",
    "tag": "servers",
    "summary": "Create or attach a server interface",
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.3",
        "status": "CURRENT",
        "notBefore": null
      },
      {
        "version": "1.2",
        "status": "SUPPORTED",
        "notBefore": "2026-08-31"
      },
      {
        "version": "1.1",
        "status": "DEPRECATED",
        "notBefore": "2026-05-31"
      },
      {
        "version": "1.0",
        "status": "DEPRECATED",
        "notBefore": "2025-12-31"
      }
    ]
  },
  "showServerInterface": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}",
    "tag": "servers",
    "summary": "Show a server interface",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateServerInterface": {
    "method": "PUT",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}",
    "tag": "servers",
    "summary": "Update a server interface",
    "statuses": [
      202,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteServerInterface": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}",
    "tag": "servers",
    "summary": "Delete a server interface",
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createServerInterfacePrivateNat": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats",
    "tag": "servers",
    "summary": "Create a private static NAT on an interface",
    "statuses": [
      201,
      400,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteServerInterfacePrivateNat": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}",
    "tag": "servers",
    "summary": "Delete a private static NAT of an interface",
    "statuses": [
      202,
      400,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createServerInterfaceNat": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/static-nats",
    "tag": "servers",
    "summary": "Bind a public IP to an interface (static NAT)",
    "statuses": [
      201,
      400,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteServerInterfaceNat": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}",
    "tag": "servers",
    "summary": "Unbind a public IP from an interface",
    "statuses": [
      202,
      400,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listServerIps": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/ips",
    "tag": "servers",
    "summary": "List the IP addresses of a server",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showServerIp": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/ips/{subnet_id}",
    "tag": "servers",
    "summary": "Show the IP addresses of a server in one subnet",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "lockVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/lock",
    "tag": "server-actions",
    "summary": "Lock a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVirtualServerPassword": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/password",
    "tag": "server-password",
    "summary": "Show a Windows server's password",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "rebootVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/reboot",
    "tag": "server-actions",
    "summary": "Reboot a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "rebuildVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/rebuild",
    "tag": "server-actions",
    "summary": "Rebuild a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listVirtualServerSecurityGroups": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/security-groups",
    "tag": "server-actions",
    "summary": "List the security groups of a server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "attachVirtualServerSecurityGroup": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/security-groups",
    "tag": "server-actions",
    "summary": "Apply a security group to a server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "detachVirtualServerSecurityGroup": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/security-groups/{security_group_id}",
    "tag": "server-actions",
    "summary": "Remove a security group from a server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "setVirtualServerType": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/server-type",
    "tag": "server-actions",
    "summary": "Resize a server to another server type",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "startVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/start",
    "tag": "server-actions",
    "summary": "Start a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "stopVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/stop",
    "tag": "server-actions",
    "summary": "Stop a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "unlockVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/unlock",
    "tag": "server-actions",
    "summary": "Unlock a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listServerVolumes": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/volumes",
    "tag": "servers",
    "summary": "List the volumes attached to a server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createServerVolume": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/volumes",
    "tag": "servers",
    "summary": "Attach a volume to a server",
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showServerVolume": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/volumes/{volume_id}",
    "tag": "servers",
    "summary": "Show one volume attachment of a server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateServerVolume": {
    "method": "PUT",
    "path": "/v1/servers/{server_id}/volumes/{volume_id}",
    "tag": "servers",
    "summary": "Change a volume attachment",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteServerVolume": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/volumes/{volume_id}",
    "tag": "servers",
    "summary": "Detach a volume from a server",
    "statuses": [
      202,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listSnapshot": {
    "method": "GET",
    "path": "/v1/snapshots",
    "tag": "snapshots",
    "summary": "List snapshots",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createSnapshot": {
    "method": "POST",
    "path": "/v1/snapshots",
    "tag": "snapshots",
    "summary": "Create a snapshot",
    "statuses": [
      202,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showSnapshot": {
    "method": "GET",
    "path": "/v1/snapshots/{snapshot_id}",
    "tag": "snapshots",
    "summary": "Show a snapshot",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateSnapshot": {
    "method": "PUT",
    "path": "/v1/snapshots/{snapshot_id}",
    "tag": "snapshots",
    "summary": "Update a snapshot",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteSnapshot": {
    "method": "DELETE",
    "path": "/v1/snapshots/{snapshot_id}",
    "tag": "snapshots",
    "summary": "Delete a snapshot",
    "statuses": [
      202,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listVolumeTransfer": {
    "method": "GET",
    "path": "/v1/volume-transfer",
    "tag": "volume-transfers",
    "summary": "List volume transfers",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createVolumeTransfer": {
    "method": "POST",
    "path": "/v1/volume-transfer",
    "tag": "volume-transfers",
    "summary": "Offer a volume to another account",
    "statuses": [
      202,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVolumeTransfer": {
    "method": "GET",
    "path": "/v1/volume-transfer/{transfer_id}",
    "tag": "volume-transfers",
    "summary": "Show a volume transfer",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteVolumeTransfer": {
    "method": "DELETE",
    "path": "/v1/volume-transfer/{transfer_id}",
    "tag": "volume-transfers",
    "summary": "Cancel a volume transfer",
    "statuses": [
      202,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "acceptVolumeTransfer": {
    "method": "POST",
    "path": "/v1/volume-transfer/{transfer_id}/accept",
    "tag": "volume-transfers",
    "summary": "Accept a volume transfer",
    "statuses": [
      202,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listVolumeTypes": {
    "method": "GET",
    "path": "/v1/volume-types",
    "tag": "volume-types",
    "summary": "List volume types",
    "statuses": [
      200,
      400,
      401,
      500
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showDefaultVolumeType": {
    "method": "GET",
    "path": "/v1/volume-types/default",
    "tag": "volume-types",
    "summary": "Show the default volume type",
    "statuses": [
      200,
      401,
      500
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVolumeType": {
    "method": "GET",
    "path": "/v1/volume-types/{volume_type_id}",
    "tag": "volume-types",
    "summary": "Show a volume type",
    "statuses": [
      200,
      400,
      401,
      500
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listVolumes": {
    "method": "GET",
    "path": "/v1/volumes",
    "tag": "volumes",
    "summary": "List volumes",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createVolume": {
    "method": "POST",
    "path": "/v1/volumes",
    "tag": "volumes",
    "summary": "Create a volume",
    "statuses": [
      202,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVolumeQuotaSet": {
    "method": "GET",
    "path": "/v1/volumes/quota-sets",
    "tag": "quota-sets",
    "summary": "Show the volume quotas",
    "statuses": [
      200,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVolume": {
    "method": "GET",
    "path": "/v1/volumes/{volume_id}",
    "tag": "volumes",
    "summary": "Show a volume",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateVolume": {
    "method": "PUT",
    "path": "/v1/volumes/{volume_id}",
    "tag": "volumes",
    "summary": "Rename a volume",
    "statuses": [
      200,
      400,
      401
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteVolume": {
    "method": "DELETE",
    "path": "/v1/volumes/{volume_id}",
    "tag": "volumes",
    "summary": "Delete a volume",
    "statuses": [
      202,
      400,
      401,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "revertVolumeToSnapshot": {
    "method": "POST",
    "path": "/v1/volumes/{volume_id}/revert",
    "tag": "volumes",
    "summary": "Revert a volume to a snapshot",
    "statuses": [
      202,
      400,
      401,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "attachVolumeToVirtualServer": {
    "method": "POST",
    "path": "/v1/volumes/{volume_id}/servers",
    "tag": "volume-servers",
    "summary": "Attach a volume to a server",
    "statuses": [
      202,
      400,
      401,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "detachVolumeFromVirtualServer": {
    "method": "DELETE",
    "path": "/v1/volumes/{volume_id}/servers/{server_id}",
    "tag": "volume-servers",
    "summary": "Detach a volume from a server",
    "statuses": [
      202,
      400,
      401,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "extendVolume": {
    "method": "PUT",
    "path": "/v1/volumes/{volume_id}/size",
    "tag": "volumes",
    "summary": "Extend a volume",
    "statuses": [
      202,
      400,
      401,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  }
} as const;

export type OperationId = keyof typeof operations;

/** The SCP service named in `Scp-Api-Version`. */
export const scpService = "virtualserver";

/** Every API version any operation of the spec documents, oldest first. */
export const apiVersions = ["1.0","1.1","1.2","1.3"] as const;

export type ApiVersion = (typeof apiVersions)[number];

/** The distinct lists of API versions the operations document, newest first; `operationVersionTable` points into it. */
export const versionSets: readonly (readonly { version: string; status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED'; notBefore: string | null }[])[] = [
  [{"version":"1.0","status":"CURRENT","notBefore":"2026-07-01"}],
  [{"version":"1.3","status":"CURRENT","notBefore":null},{"version":"1.2","status":"SUPPORTED","notBefore":"2026-08-31"},{"version":"1.1","status":"DEPRECATED","notBefore":"2026-05-31"},{"version":"1.0","status":"DEPRECATED","notBefore":"2025-12-31"}],
];

/** Every operation as [operationId, method, path, index into versionSets]: the part of `operations` the client reads. */
export const operationVersionTable: readonly (readonly [string, string, string, number])[] = [
  ["listAutoScalingGroups","GET","/v1/auto-scaling-groups",0],
  ["createAutoScalingGroup","POST","/v1/auto-scaling-groups",0],
  ["showAutoScalingGroup","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}",0],
  ["updateAutoScalingGroup","PUT","/v1/auto-scaling-groups/{auto_scaling_group_id}",0],
  ["deleteAutoScalingGroup","DELETE","/v1/auto-scaling-groups/{auto_scaling_group_id}",0],
  ["listAutoScalingGroupLbServerGroups","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups",0],
  ["updateAutoScalingGroupLbServerGroups","PUT","/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups",0],
  ["listAutoScalingGroupNotifications","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications",0],
  ["createAutoScalingGroupNotification","POST","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications",0],
  ["showAutoScalingGroupNotification","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}",0],
  ["updateAutoScalingGroupNotification","PUT","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}",0],
  ["deleteAutoScalingGroupNotification","DELETE","/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}",0],
  ["listAutoScalingGroupPolicies","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies",0],
  ["createAutoScalingGroupPolicy","POST","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies",0],
  ["showAutoScalingGroupPolicy","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}",0],
  ["updateAutoScalingGroupPolicy","PUT","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}",0],
  ["deleteAutoScalingGroupPolicy","DELETE","/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}",0],
  ["listAutoScalingGroupSchedules","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules",0],
  ["createAutoScalingGroupSchedule","POST","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules",0],
  ["showAutoScalingGroupSchedule","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}",0],
  ["updateAutoScalingGroupSchedule","PUT","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}",0],
  ["deleteAutoScalingGroupSchedule","DELETE","/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}",0],
  ["updateAutoScalingGroupServerCount","PUT","/v1/auto-scaling-groups/{auto_scaling_group_id}/server-count",0],
  ["listAutoScalingGroupVirtualServers","GET","/v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers",0],
  ["listDefaultConfigs","GET","/v1/default-configs",0],
  ["listImages","GET","/v1/images",0],
  ["createImage","POST","/v1/images",0],
  ["showImage","GET","/v1/images/{image_id}",0],
  ["updateImage","PUT","/v1/images/{image_id}",0],
  ["deleteImage","DELETE","/v1/images/{image_id}",0],
  ["importImage","POST","/v1/images/{image_id}/import",0],
  ["listImageMembers","GET","/v1/images/{image_id}/members",0],
  ["createImageMember","POST","/v1/images/{image_id}/members",0],
  ["showImageMember","GET","/v1/images/{image_id}/members/{member_id}",0],
  ["updateImageMember","PUT","/v1/images/{image_id}/members/{member_id}",0],
  ["deleteImageMember","DELETE","/v1/images/{image_id}/members/{member_id}",0],
  ["createSharingImage","POST","/v1/images/{image_id}/share",0],
  ["listKeypairs","GET","/v1/keypairs",0],
  ["createKeypair","POST","/v1/keypairs",0],
  ["showKeypair","GET","/v1/keypairs/{keypair_name}",0],
  ["deleteKeypair","DELETE","/v1/keypairs/{keypair_name}",0],
  ["listLaunchConfigurations","GET","/v1/launch-configurations",0],
  ["createLaunchConfiguration","POST","/v1/launch-configurations",0],
  ["showLaunchConfiguration","GET","/v1/launch-configurations/{launch_configuration_id}",0],
  ["deleteLaunchConfiguration","DELETE","/v1/launch-configurations/{launch_configuration_id}",0],
  ["listPendingImages","GET","/v1/pending-images",0],
  ["showQuotaSet","GET","/v1/quota-sets",0],
  ["listServerGroups","GET","/v1/server-groups",0],
  ["createServerGroup","POST","/v1/server-groups",0],
  ["showServerGroup","GET","/v1/server-groups/{server_group_id}",0],
  ["deleteServerGroup","DELETE","/v1/server-groups/{server_group_id}",0],
  ["listServerTypes","GET","/v1/server-types",0],
  ["showServerType","GET","/v1/server-types/{server_type_id}",0],
  ["listVirtualServers","GET","/v1/servers",0],
  ["createVirtualServer","POST","/v1/servers",0],
  ["showVirtualServer","GET","/v1/servers/{server_id}",0],
  ["updateVirtualServer","PUT","/v1/servers/{server_id}",0],
  ["deleteVirtualServer","DELETE","/v1/servers/{server_id}",0],
  ["showVirtualServerConsoleLog","GET","/v1/servers/{server_id}/console-log",0],
  ["createVirtualServerDump","POST","/v1/servers/{server_id}/dump",0],
  ["createVirtualServerCustomImage","POST","/v1/servers/{server_id}/images",0],
  ["listServerInterfaces","GET","/v1/servers/{server_id}/interfaces",0],
  ["createServerInterface","POST","/v1/servers/{server_id}/interfaces",1],
  ["showServerInterface","GET","/v1/servers/{server_id}/interfaces/{port_id}",0],
  ["updateServerInterface","PUT","/v1/servers/{server_id}/interfaces/{port_id}",0],
  ["deleteServerInterface","DELETE","/v1/servers/{server_id}/interfaces/{port_id}",0],
  ["createServerInterfacePrivateNat","POST","/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats",0],
  ["deleteServerInterfacePrivateNat","DELETE","/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}",0],
  ["createServerInterfaceNat","POST","/v1/servers/{server_id}/interfaces/{port_id}/static-nats",0],
  ["deleteServerInterfaceNat","DELETE","/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}",0],
  ["listServerIps","GET","/v1/servers/{server_id}/ips",0],
  ["showServerIp","GET","/v1/servers/{server_id}/ips/{subnet_id}",0],
  ["lockVirtualServer","POST","/v1/servers/{server_id}/lock",0],
  ["showVirtualServerPassword","POST","/v1/servers/{server_id}/password",0],
  ["rebootVirtualServer","POST","/v1/servers/{server_id}/reboot",0],
  ["rebuildVirtualServer","POST","/v1/servers/{server_id}/rebuild",0],
  ["listVirtualServerSecurityGroups","GET","/v1/servers/{server_id}/security-groups",0],
  ["attachVirtualServerSecurityGroup","POST","/v1/servers/{server_id}/security-groups",0],
  ["detachVirtualServerSecurityGroup","DELETE","/v1/servers/{server_id}/security-groups/{security_group_id}",0],
  ["setVirtualServerType","POST","/v1/servers/{server_id}/server-type",0],
  ["startVirtualServer","POST","/v1/servers/{server_id}/start",0],
  ["stopVirtualServer","POST","/v1/servers/{server_id}/stop",0],
  ["unlockVirtualServer","POST","/v1/servers/{server_id}/unlock",0],
  ["listServerVolumes","GET","/v1/servers/{server_id}/volumes",0],
  ["createServerVolume","POST","/v1/servers/{server_id}/volumes",0],
  ["showServerVolume","GET","/v1/servers/{server_id}/volumes/{volume_id}",0],
  ["updateServerVolume","PUT","/v1/servers/{server_id}/volumes/{volume_id}",0],
  ["deleteServerVolume","DELETE","/v1/servers/{server_id}/volumes/{volume_id}",0],
  ["listSnapshot","GET","/v1/snapshots",0],
  ["createSnapshot","POST","/v1/snapshots",0],
  ["showSnapshot","GET","/v1/snapshots/{snapshot_id}",0],
  ["updateSnapshot","PUT","/v1/snapshots/{snapshot_id}",0],
  ["deleteSnapshot","DELETE","/v1/snapshots/{snapshot_id}",0],
  ["listVolumeTransfer","GET","/v1/volume-transfer",0],
  ["createVolumeTransfer","POST","/v1/volume-transfer",0],
  ["showVolumeTransfer","GET","/v1/volume-transfer/{transfer_id}",0],
  ["deleteVolumeTransfer","DELETE","/v1/volume-transfer/{transfer_id}",0],
  ["acceptVolumeTransfer","POST","/v1/volume-transfer/{transfer_id}/accept",0],
  ["listVolumeTypes","GET","/v1/volume-types",0],
  ["showDefaultVolumeType","GET","/v1/volume-types/default",0],
  ["showVolumeType","GET","/v1/volume-types/{volume_type_id}",0],
  ["listVolumes","GET","/v1/volumes",0],
  ["createVolume","POST","/v1/volumes",0],
  ["showVolumeQuotaSet","GET","/v1/volumes/quota-sets",0],
  ["showVolume","GET","/v1/volumes/{volume_id}",0],
  ["updateVolume","PUT","/v1/volumes/{volume_id}",0],
  ["deleteVolume","DELETE","/v1/volumes/{volume_id}",0],
  ["revertVolumeToSnapshot","POST","/v1/volumes/{volume_id}/revert",0],
  ["attachVolumeToVirtualServer","POST","/v1/volumes/{volume_id}/servers",0],
  ["detachVolumeFromVirtualServer","DELETE","/v1/volumes/{volume_id}/servers/{server_id}",0],
  ["extendVolume","PUT","/v1/volumes/{volume_id}/size",0],
];
