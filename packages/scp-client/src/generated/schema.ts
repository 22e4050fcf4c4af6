// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.
export interface paths {
    "/v1/auto-scaling-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List Auto-Scaling Groups
         * @description Lists the Auto-Scaling Groups of the account, filtered by name, state, launch configuration, load balancer server group, security group, subnet, VPC or creator. Pages with `limit` and `offset`.
         */
        get: operations["listAutoScalingGroups"];
        put?: never;
        /**
         * Create an Auto-Scaling Group
         * @description Creates an Auto-Scaling Group from a launch configuration in the given subnets, with its server counts and optionally its load balancer server groups, scaling policies and notifications. Answers 201 with the group.
         */
        post: operations["createAutoScalingGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * Show an Auto-Scaling Group
         * @description Returns one Auto-Scaling Group with its server counts and settings.
         */
        get: operations["showAutoScalingGroup"];
        /**
         * Update an Auto-Scaling Group
         * @description Changes the launch configuration, security groups or drain settings of the group, and answers with the group.
         */
        put: operations["updateAutoScalingGroup"];
        post?: never;
        /**
         * Delete an Auto-Scaling Group
         * @description Deletes the Auto-Scaling Group. Answers 204 with no body.
         */
        delete: operations["deleteAutoScalingGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/lb-server-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * List the load balancer server groups of a group
         * @description Lists the load balancer server groups the servers of the group join, with their ports. Pages with `limit` and `offset`.
         */
        get: operations["listAutoScalingGroupLbServerGroups"];
        /**
         * Set the load balancer server groups of a group
         * @description Replaces the list of load balancer server groups (and ports) the servers of the group join. Answers 202 with no body.
         */
        put: operations["updateAutoScalingGroupLbServerGroups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * List the notifications of a group
         * @description Lists the users notified of the group's scaling events, filtered by user, state or event. Pages with `limit` and `offset`.
         */
        get: operations["listAutoScalingGroupNotifications"];
        put?: never;
        /**
         * Notify users of scaling events
         * @description Subscribes users to events of the group. Answers 201 with the list of the notifications created.
         */
        post: operations["createAutoScalingGroupNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/notifications/{notification_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Notification ID.
                 * @example 4c7e9a1b3d5f4a6c8e0b2d4f6a8c0e1f
                 */
                notification_id: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        /**
         * Show a notification
         * @description Returns one notification subscription of the group.
         */
        get: operations["showAutoScalingGroupNotification"];
        /**
         * Update a notification
         * @description Changes the events or the state of a notification subscription, and answers with it.
         */
        put: operations["updateAutoScalingGroupNotification"];
        post?: never;
        /**
         * Delete a notification
         * @description Removes the notification subscription. Answers 204 with no body.
         */
        delete: operations["deleteAutoScalingGroupNotification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * List the scaling policies of a group
         * @description Lists the scaling policies of the Auto-Scaling Group, filtered by name, metric or scale type. Pages with `limit` and `offset`.
         */
        get: operations["listAutoScalingGroupPolicies"];
        put?: never;
        /**
         * Create a scaling policy
         * @description Adds a policy that scales the group out or in when a metric crosses a threshold for a number of minutes.
         */
        post: operations["createAutoScalingGroupPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/policies/{policy_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Scaling policy ID.
                 * @example 0fdd87aab8cb46f59b7c1f81ed03fb3e
                 */
                policy_id: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        /**
         * Show a scaling policy
         * @description Returns one scaling policy of the group.
         */
        get: operations["showAutoScalingGroupPolicy"];
        /**
         * Update a scaling policy
         * @description Changes any field of the scaling policy, including its state, and answers with the policy.
         */
        put: operations["updateAutoScalingGroupPolicy"];
        post?: never;
        /**
         * Delete a scaling policy
         * @description Removes the scaling policy from the group. Answers 204 with no body.
         */
        delete: operations["deleteAutoScalingGroupPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * List the schedules of a group
         * @description Lists the schedules of the Auto-Scaling Group, optionally of one frequency. Pages with `page` and `size`.
         */
        get: operations["listAutoScalingGroupSchedules"];
        put?: never;
        /**
         * Create a schedule
         * @description Adds a schedule that sets the group's server counts once, or every day, week or month, at `hour`:`minute` in `timezone`.
         */
        post: operations["createAutoScalingGroupSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules/{schedule_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Schedule ID.
                 * @example 6b1d2e3f4a5b4c6d8e9f0a1b2c3d4e5f
                 */
                schedule_id: components["parameters"]["ScheduleId"];
            };
            cookie?: never;
        };
        /**
         * Show a schedule
         * @description Returns one schedule of the group.
         */
        get: operations["showAutoScalingGroupSchedule"];
        /**
         * Update a schedule
         * @description Changes any field of the schedule, including its state, and answers with the schedule.
         */
        put: operations["updateAutoScalingGroupSchedule"];
        post?: never;
        /**
         * Delete a schedule
         * @description Removes the schedule from the group. Answers 204 with no body.
         */
        delete: operations["deleteAutoScalingGroupSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/server-count": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the server counts of an Auto-Scaling Group
         * @description Sets the minimum, desired and maximum server counts of the group, and answers with the group.
         */
        put: operations["updateAutoScalingGroupServerCount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        /**
         * List the servers of an Auto-Scaling Group
         * @description Lists the servers the group is running, with their load balancer state. Pages with `limit` and `marker`.
         */
        get: operations["listAutoScalingGroupVirtualServers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/default-configs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List default configuration values
         * @description Returns the default configuration values of the service as key-value pairs, optionally filtered by name or category.
         */
        get: operations["listDefaultConfigs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List images
         * @description Lists the images the account can use: standard images, its own custom images and images shared with it, filtered by type, name, OS, status or visibility. Pages with `limit` and `marker`.
         */
        get: operations["listImages"];
        put?: never;
        /**
         * Create an image from a file
         * @description Registers a new custom image whose file is read from the Object Storage URL `url` (qcow2 only). Answers with the image, whose `status` shows the upload.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Show an image
         * @description Returns one image with its format, size, owner, visibility and SCP attributes.
         */
        get: operations["showImage"];
        /**
         * Update an image
         * @description Changes the minimum disk and memory, the deletion protection or the visibility of a custom image, and answers with the image.
         */
        put: operations["updateImage"];
        post?: never;
        /**
         * Delete an image
         * @description Deletes a custom image; an image that cannot be deleted now (for example a protected one) is refused with 409. Answers 204 with no body.
         */
        delete: operations["deleteImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}/import": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an image file
         * @description Imports the image file at the Object Storage URL `url` (qcow2 only) into the image `image_id`. The import runs in the background; the answer is 202 with no body.
         */
        post: operations["importImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}/members": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * List the members of an image
         * @description Lists the accounts the image is shared with and the status of each share.
         */
        get: operations["listImageMembers"];
        put?: never;
        /**
         * Share an image with an account
         * @description Adds the account `member_id` as a member of the image; the share is `pending` until that account accepts it.
         */
        post: operations["createImageMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
                /**
                 * @description Account the image is shared with.
                 * @example 8989447062e04a818baf9e073fd04fa7
                 */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        /**
         * Show an image member
         * @description Returns the share of the image with one account.
         */
        get: operations["showImageMember"];
        /**
         * Accept or reject a shared image
         * @description Sets the status of a share (`accepted`, `rejected` or back to `pending`); called by the account the image is shared with.
         */
        put: operations["updateImageMember"];
        post?: never;
        /**
         * Stop sharing an image with an account
         * @description Removes the account from the members of the image. Answers 204 with no body.
         */
        delete: operations["deleteImageMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}/share": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prepare an image for sharing
         * @description Makes a custom image shareable with other accounts (see the image members). The call takes no body and answers 202 with no body.
         */
        post: operations["createSharingImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keypairs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List key pairs
         * @description Lists the SSH key pairs of the user. Pages with `limit` and `marker` (the name of the last key pair of the previous page).
         */
        get: operations["listKeypairs"];
        put?: never;
        /**
         * Create or import a key pair
         * @description Creates a key pair. Give `public_key` to import an existing public key; without it a new key pair is generated and its `private_key` is in this answer only: store it, it cannot be retrieved again.
         */
        post: operations["createKeypair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keypairs/{keypair_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Key pair name, 1 to 255 letters, digits, spaces, `-` and `_`.
                 * @example deploy-key
                 */
                keypair_name: components["parameters"]["KeypairName"];
            };
            cookie?: never;
        };
        /**
         * Show a key pair
         * @description Returns one key pair with its public key, fingerprint and creation time.
         */
        get: operations["showKeypair"];
        put?: never;
        post?: never;
        /**
         * Delete a key pair
         * @description Deletes the key pair. Answers 204 with no body.
         */
        delete: operations["deleteKeypair"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/launch-configurations": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List launch configurations
         * @description Lists the launch configurations of the account, filtered by name or image. Pages with `limit` and `offset`. The documented answer is one launch configuration object, not a list.
         */
        get: operations["listLaunchConfigurations"];
        put?: never;
        /**
         * Create a launch configuration
         * @description Creates a launch configuration: the image, server type, key pair, volumes and user data of the servers an Auto-Scaling Group will create.
         */
        post: operations["createLaunchConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/launch-configurations/{launch_configuration_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Launch configuration ID.
                 * @example b5aea5a675fc4f6b9e0fcd1288354c5f
                 */
                launch_configuration_id: components["parameters"]["LaunchConfigurationId"];
            };
            cookie?: never;
        };
        /**
         * Show a launch configuration
         * @description Returns one launch configuration.
         */
        get: operations["showLaunchConfiguration"];
        put?: never;
        post?: never;
        /**
         * Delete a launch configuration
         * @description Deletes the launch configuration. Answers 204 with no body.
         */
        delete: operations["deleteLaunchConfiguration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pending-images": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List images being prepared
         * @description Lists the images of the account that are not active yet (still being created, uploaded or imported).
         */
        get: operations["listPendingImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quota-sets": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Show the server quotas
         * @description Returns the quotas of the account for servers, vCPUs, memory, key pairs, metadata and server groups, each with its limit, usage and reservations.
         */
        get: operations["showQuotaSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/server-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List server groups
         * @description Lists the server groups of the account with their members. Pages with `limit` and `offset`.
         */
        get: operations["listServerGroups"];
        put?: never;
        /**
         * Create a server group
         * @description Creates a server group with a placement policy; servers created with its `server_group_id` are placed by that policy.
         */
        post: operations["createServerGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/server-groups/{server_group_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server group ID.
                 * @example e4b0c8a2-1f3d-4e5a-9b6c-7d8e9f0a1b2c
                 */
                server_group_id: components["parameters"]["ServerGroupId"];
            };
            cookie?: never;
        };
        /**
         * Show a server group
         * @description Returns one server group with its policy and member servers.
         */
        get: operations["showServerGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a server group
         * @description Deletes the server group. Answers 200 with no body.
         */
        delete: operations["deleteServerGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/server-types": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List server types
         * @description Lists the server types a server can be created with, optionally only those with at least `min_disk` of disk and `min_ram` of memory. Pages with `limit` and `marker` (the ID of the last server type of the previous page).
         */
        get: operations["listServerTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/server-types/{server_type_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server type ID.
                 * @example s1v2m4
                 */
                server_type_id: components["parameters"]["ServerTypeId"];
            };
            cookie?: never;
        };
        /**
         * Show a server type
         * @description Returns one server type with its vCPUs, memory, disks and extra specs.
         */
        get: operations["showServerType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List virtual servers
         * @description Lists the virtual servers of the account, optionally filtered. Results are paged with `limit` (page size)
         *     and `marker` (the id of the last server of the previous page). Leave a filter out to not filter on it.
         */
        get: operations["listVirtualServers"];
        put?: never;
        /**
         * Create virtual servers
         * @description Creates one or more virtual servers (`max_count`) from an image, a server type and one or more networks.
         *     Creation is asynchronous: the answer is 202 with the IDs of the servers being built; follow their `state`
         *     with `showVirtualServer`.
         */
        post: operations["createVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * Show a virtual server
         * @description Returns one virtual server with its type, volumes, addresses and security groups.
         */
        get: operations["showVirtualServer"];
        /**
         * Rename a virtual server
         * @description Changes the name of the server, the only field this call updates, and answers with the whole server.
         */
        put: operations["updateVirtualServer"];
        post?: never;
        /**
         * Delete a virtual server
         * @description Deletes the virtual server. Deletion is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteVirtualServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/console-log": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * Show the console log of a server
         * @description Returns the text the server wrote to its serial console; `line_size` limits the answer to the last lines.
         */
        get: operations["showVirtualServerConsoleLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/dump": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dump the memory of a server
         * @description Triggers a memory dump of the server, for example to debug a server that hangs. Answers 202 with no body.
         */
        post: operations["createVirtualServerDump"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/images": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a custom image from a server
         * @description Captures the server's boot volume as a new private image named `image_name`. The capture runs in the background: the answer is 202 with the ID of the image being created.
         */
        post: operations["createVirtualServerCustomImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the interfaces of a server
         * @description Lists the network interfaces (ports) attached to the server.
         */
        get: operations["listServerInterfaces"];
        put?: never;
        /**
         * Create or attach a server interface
         * @description Adds a network interface to the server, in one of two ways:
         *
         *     - **new port**: give `subnet_id`. The IP address is assigned automatically, or give `fixed_ips` to choose
         *       it;
         *     - **existing port**: give `port_id` to attach a port that already exists.
         *
         *     The request body is a `oneOf` of those two shapes, so a typed client cannot send both.
         *
         *     Versions: 1.3 CURRENT; 1.2 SUPPORTED until 2026-08-31; 1.1 DEPRECATED since 2026-05-31; 1.0 DEPRECATED since
         *     2025-12-31. All four take the same parameters and body and give the same responses.
         */
        post: operations["createServerInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        /**
         * Show a server interface
         * @description Returns one interface of the server. In version 1.0 the answer is the same `{"interfaces": [...]}` wrapper
         *     as `listServerInterfaces`, holding the requested interface, not a bare `InterfaceResponse`.
         */
        get: operations["showServerInterface"];
        /**
         * Update a server interface
         * @description Changes the subnet and/or the fixed IP address of the interface. The change is asynchronous; the answer is
         *     202 with no body.
         */
        put: operations["updateServerInterface"];
        post?: never;
        /**
         * Delete a server interface
         * @description Detaches the interface from the server. In version 1.0 the answer is 200 (not 202 or 204) with no body.
         */
        delete: operations["deleteServerInterface"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a private static NAT on an interface
         * @description Maps an IP of a private NAT (`private_nat_id`, `private_nat_ip_id`) one-to-one to the interface. The answer is 201 with no body; the NAT then shows in the interface's `private_static_nat`.
         */
        post: operations["createServerInterfacePrivateNat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a private static NAT of an interface
         * @description Removes the private static NAT `nat_id` from the interface. The removal is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteServerInterfacePrivateNat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}/static-nats": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a public IP to an interface (static NAT)
         * @description Creates a public static NAT: the public IP `publicip_id` is mapped one-to-one to the interface. The answer is 201 with no body; the NAT then shows in the interface's `static_nat`.
         */
        post: operations["createServerInterfaceNat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unbind a public IP from an interface
         * @description Deletes the public static NAT `nat_id` of the interface. The public IP stays allocated to the account. The removal is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteServerInterfaceNat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/ips": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the IP addresses of a server
         * @description Lists the server's IP addresses, grouped by subnet.
         */
        get: operations["listServerIps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/ips/{subnet_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        /**
         * Show the IP addresses of a server in one subnet
         * @description Returns the addresses the server holds in one subnet, in the same shape as one entry of `listServerIps`.
         */
        get: operations["showServerIp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/lock": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock a virtual server
         * @description Locks the server against changes until it is unlocked. Answers 202 with no body.
         */
        post: operations["lockVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/password": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show a Windows server's password
         * @description Returns the administrator password generated for a Windows server. The private key of the server's key pair goes in the body (`private_key`), which is why this read is a POST.
         */
        post: operations["showVirtualServerPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/reboot": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot a virtual server
         * @description Reboots the server, softly (the guest OS shuts down) or hard (power cycle), as `reboot_type` says. Answers
         *     202 with no body.
         */
        post: operations["rebootVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/rebuild": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild a virtual server
         * @description Reinstalls the server from its image; the server keeps its ID. The call takes no body and answers 202 with no body.
         */
        post: operations["rebuildVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/security-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the security groups of a server
         * @description Lists the security groups applied to the server, with their rules.
         */
        get: operations["listVirtualServerSecurityGroups"];
        put?: never;
        /**
         * Apply a security group to a server
         * @description Adds the security group `security_group_id` to the server. Answers 202 with no body.
         */
        post: operations["attachVirtualServerSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/security-groups/{security_group_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a security group from a server
         * @description Removes the security group from the server. Answers 202 with no body.
         */
        delete: operations["detachVirtualServerSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/server-type": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resize a server to another server type
         * @description Changes the server type (vCPUs and memory) of the server. Answers 202 with no body; follow the server's `state`.
         */
        post: operations["setVirtualServerType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/start": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a virtual server
         * @description Powers on a stopped server. The call takes no body and answers 202 with no body; the server's `state` shows
         *     the progress.
         */
        post: operations["startVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/stop": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a virtual server
         * @description Powers off a running server. The call takes no body and answers 202 with no body; the server's `state`
         *     shows the progress.
         */
        post: operations["stopVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/unlock": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock a virtual server
         * @description Lifts the lock set by `lockVirtualServer`. Answers 202 with no body.
         */
        post: operations["unlockVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/volumes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the volumes attached to a server
         * @description Lists the volume attachments of the server: which volume, on which device, and whether it is deleted with the server.
         */
        get: operations["listServerVolumes"];
        put?: never;
        /**
         * Attach a volume to a server
         * @description Attaches an existing volume to the server, optionally on a chosen device, and answers with the new attachment.
         */
        post: operations["createServerVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/volumes/{volume_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /**
         * Show one volume attachment of a server
         * @description Returns the attachment of volume `volume_id` to the server.
         */
        get: operations["showServerVolume"];
        /**
         * Change a volume attachment
         * @description Changes whether the attached volume is deleted together with the server. Answers 200 with no body.
         */
        put: operations["updateServerVolume"];
        post?: never;
        /**
         * Detach a volume from a server
         * @description Detaches the volume from the server; the volume itself is kept. The detach is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteServerVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/snapshots": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List snapshots
         * @description Lists the volume snapshots of the account, optionally of one volume or with one name. Pages with `limit` and `offset` or `marker`; `with_count` adds the total count.
         */
        get: operations["listSnapshot"];
        put?: never;
        /**
         * Create a snapshot
         * @description Takes a snapshot of the volume `volume_id`; `force` allows a snapshot of an attached volume. Answers 202 with the snapshot, whose `status` shows the progress.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Snapshot ID.
                 * @example c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /**
         * Show a snapshot
         * @description Returns one snapshot with its volume, size and status.
         */
        get: operations["showSnapshot"];
        /**
         * Update a snapshot
         * @description Changes the name and description of the snapshot and answers with it.
         */
        put: operations["updateSnapshot"];
        post?: never;
        /**
         * Delete a snapshot
         * @description Deletes the snapshot. Answers 202 with no body.
         */
        delete: operations["deleteSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volume-transfer": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List volume transfers
         * @description Lists the pending volume transfers of the account.
         */
        get: operations["listVolumeTransfer"];
        put?: never;
        /**
         * Offer a volume to another account
         * @description Creates a transfer of the volume. The answer carries the `auth_key` the receiving account needs to accept it; `showVolumeTransfer` does not return it.
         */
        post: operations["createVolumeTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volume-transfer/{transfer_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume transfer ID.
                 * @example cceed636-1f1e-4bb0-b85c-4e5b9e0bf790
                 */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        /**
         * Show a volume transfer
         * @description Returns one pending volume transfer (without its key).
         */
        get: operations["showVolumeTransfer"];
        put?: never;
        post?: never;
        /**
         * Cancel a volume transfer
         * @description Cancels a transfer that has not been accepted. Answers 202 with no body.
         */
        delete: operations["deleteVolumeTransfer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volume-transfer/{transfer_id}/accept": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume transfer ID.
                 * @example cceed636-1f1e-4bb0-b85c-4e5b9e0bf790
                 */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a volume transfer
         * @description Called by the receiving account with the transfer's `auth_key`: the volume moves to this account. Answers 202 with the transfer.
         */
        post: operations["acceptVolumeTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volume-types": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List volume types
         * @description Lists the volume types a volume can be created with. Pages with `limit` and `offset` or `marker`.
         */
        get: operations["listVolumeTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volume-types/default": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Show the default volume type
         * @description Returns the volume type used when a volume is created without `volume_type`.
         */
        get: operations["showDefaultVolumeType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volume-types/{volume_type_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume type ID.
                 * @example c643ac35-3aec-43e6-b97a-3d6f666c5207
                 */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        /**
         * Show a volume type
         * @description Returns one volume type with its extra specs.
         */
        get: operations["showVolumeType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volumes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List volumes
         * @description Lists the volumes of the account, filtered by name, state or bootability. Pages with `limit` and `offset` or `marker`; `with_count` adds the total count.
         */
        get: operations["listVolumes"];
        put?: never;
        /**
         * Create a volume
         * @description Creates a volume of `size` GB, empty or from a snapshot. Creation is asynchronous: the answer is 202 with the volume, whose `state` shows the progress.
         */
        post: operations["createVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volumes/quota-sets": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Show the volume quotas
         * @description Returns the volume, snapshot and capacity quotas of the account with their usage.
         */
        get: operations["showVolumeQuotaSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volumes/{volume_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /**
         * Show a volume
         * @description Returns one volume with its size, type, state and the servers it is attached to.
         */
        get: operations["showVolume"];
        /**
         * Rename a volume
         * @description Changes the name of the volume and answers with the volume.
         */
        put: operations["updateVolume"];
        post?: never;
        /**
         * Delete a volume
         * @description Deletes the volume; with `cascade=true` its snapshots are deleted with it. A volume in a state that does not allow deletion (for example attached) is refused with 409. Answers 202 with no body.
         */
        delete: operations["deleteVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volumes/{volume_id}/revert": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revert a volume to a snapshot
         * @description Restores the volume to the content of one of its snapshots. Answers 202 with no body.
         */
        post: operations["revertVolumeToSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volumes/{volume_id}/servers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a volume to a server
         * @description Attaches the volume to the server `server_id` and answers 202 with the attachment; the device is chosen by the service.
         */
        post: operations["attachVolumeToVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volumes/{volume_id}/servers/{server_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Detach a volume from a server
         * @description Detaches the volume from the server `server_id`. Answers 202 with no body.
         */
        delete: operations["detachVolumeFromVirtualServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volumes/{volume_id}/size": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Extend a volume
         * @description Grows the volume to the new `size` in GB. Answers 202 with the volume.
         */
        put: operations["extendVolume"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpcs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List VPCs
         * @description Lists the VPCs of the account, optionally filtered. Pages with `limit` and `marker`; `with_count=true` adds the total count.
         */
        get: operations["listVpcs"];
        put?: never;
        /**
         * Create a VPC
         * @description Creates a VPC with an IPv4 address range. The answer is 201 with the VPC, usually still CREATING: wait for it to be ACTIVE (`showVpc`) before creating its subnets.
         */
        post: operations["createVpc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpcs/check-max-count": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Show a networking limit
         * @description Returns the value of one limit of the networking services for the account, such as the number of VPCs it may have (`VPC.PROJECT.MAX`) or of subnets per VPC (`SUBNET.VPC.MAX`).
         */
        get: operations["showMaxCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpcs/vpc-cidr-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Check an address range for a new VPC
         * @description Says whether an IPv4 address range can be used for a new VPC of the account, and why not when it cannot.
         */
        get: operations["checkVpcCidrAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpcs/{vpc_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC ID.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id: components["parameters"]["VpcId"];
            };
            cookie?: never;
        };
        /**
         * Show a VPC
         * @description Returns one VPC, with its state.
         */
        get: operations["showVpc"];
        /**
         * Change the description of a VPC
         * @description Changes the description of the VPC, the only field this call changes, and answers with the whole VPC.
         */
        put: operations["setVpc"];
        post?: never;
        /**
         * Delete a VPC
         * @description Deletes the VPC. A VPC that still holds other resources (subnets, gateways, endpoints, peerings) is refused with 409.
         */
        delete: operations["deleteVpc"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subnets": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List subnets
         * @description Lists the subnets of the account, optionally filtered (by VPC, for example). Pages with `limit` and `marker`; `with_count=true` adds the total count.
         */
        get: operations["listSubnets"];
        put?: never;
        /**
         * Create a subnet
         * @description Creates a subnet in a VPC. Creation is asynchronous: the answer is 202 with the subnet in CREATING; follow its `state` with `showSubnet` until it is ACTIVE before creating servers or ports in it.
         */
        post: operations["createSubnet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subnets/subnet-cidr-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Check an address range for a new subnet
         * @description Says whether an IPv4 address range can be used for a new subnet of a VPC (inside the VPC’s range, not overlapping its other subnets), and why not when it cannot.
         */
        get: operations["checkSubnetCidrAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subnets/{subnet_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        /**
         * Show a subnet
         * @description Returns one subnet with its address pools, name servers and routes.
         */
        get: operations["showSubnet"];
        /**
         * Change the description of a subnet
         * @description Changes the description of the subnet and answers with the whole subnet.
         */
        put: operations["setSubnet"];
        post?: never;
        /**
         * Delete a subnet
         * @description Deletes the subnet. Deletion is asynchronous: the answer is 202 with no body, and the subnet is DELETING until it is gone. A subnet that other resources still use is refused with 409.
         */
        delete: operations["deleteSubnet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List ports
         * @description Lists the ports of the account, optionally filtered (by subnet or by the resource they are attached to, for example). Pages with `limit` and `marker`; `with_count=true` adds the total count.
         */
        get: operations["listPorts"];
        put?: never;
        /**
         * Create a port
         * @description Creates a port in a subnet, with a fixed IP address (given, or picked by the subnet) and security groups. Attach it to a server with the virtualserver service’s `createServerInterface` (`port_id`).
         */
        post: operations["createPort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/port-ip-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Check an address for a new port
         * @description Says whether an address of a subnet is free for a new port, and why not when it is not.
         */
        get: operations["listPortIpAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{port_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Port ID.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["VpcPortId"];
            };
            cookie?: never;
        };
        /**
         * Show a port
         * @description Returns one port with its security groups.
         */
        get: operations["showPort"];
        /**
         * Change a port
         * @description Changes the description of the port and the security groups applied to it (the list given replaces the current one), and answers with the whole port.
         */
        put: operations["setPort"];
        post?: never;
        /**
         * Delete a port
         * @description Deletes the port. A port that is still in use is refused with 409.
         */
        delete: operations["deletePort"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publicips": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List public IPs
         * @description Lists the public IPs reserved by the account, optionally filtered. Pages with `limit` and `marker`; `with_count=true` adds the total count.
         */
        get: operations["listPublicip"];
        put?: never;
        /**
         * Reserve a public IP
         * @description Reserves a public IPv4 address for the account, for one kind of internet gateway. The answer is 201 with the address, RESERVED; attach it by naming it when creating a server (`networks[].public_ip_id`), a static NAT or a NAT gateway.
         */
        post: operations["createPublicip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publicips/{publicip_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Public IP ID.
                 * @example 615fa9cd5cff486c9de679b3ce63e601
                 */
                publicip_id: components["parameters"]["PublicipId"];
            };
            cookie?: never;
        };
        /**
         * Show a public IP
         * @description Returns one public IP, with the resource it is attached to.
         */
        get: operations["showPublicip"];
        /**
         * Change the description of a public IP
         * @description Changes the description of the public IP and answers with the whole address.
         */
        put: operations["setPublicip"];
        post?: never;
        /**
         * Release a public IP
         * @description Releases the public IP: it is no longer reserved for the account.
         */
        delete: operations["deletePublicip"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/internet-gateways": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List internet gateways
         * @description Lists the internet gateways of the account, optionally filtered. Pages with `limit` and `marker`; `with_count=true` adds the total count.
         */
        get: operations["listInternetGateways"];
        put?: never;
        /**
         * Create an internet gateway
         * @description Connects a VPC to the internet with a gateway of the given kind, optionally behind a firewall. Creation is asynchronous: the answer is 202 with the gateway in CREATING.
         */
        post: operations["createInternetGateway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/internet-gateways/creatable-types": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the internet gateway kinds the account can create
         * @description Lists the kinds of internet gateway (`IGW`, `GGW`, `SIGW`) the account can create.
         */
        get: operations["listInternetGatewayCreatableTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/internet-gateways/creatable-vpcs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the VPCs that can get an internet gateway
         * @description Lists the VPCs of the account that do not have an internet gateway yet, optionally only one of them.
         */
        get: operations["listInternetGatewayCreatableVpcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/internet-gateways/{internet_gateway_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Internet gateway ID.
                 * @example 3d5e7f9a1b2c4d6e8f0a2b4c6d8e0f1a
                 */
                internet_gateway_id: components["parameters"]["InternetGatewayId"];
            };
            cookie?: never;
        };
        /**
         * Show an internet gateway
         * @description Returns one internet gateway, with its state.
         */
        get: operations["showInternetGateway"];
        /**
         * Change an internet gateway
         * @description Changes the description of the gateway and whether its NAT traffic is logged, and answers with the whole gateway.
         */
        put: operations["setInternetGateway"];
        post?: never;
        /**
         * Delete an internet gateway
         * @description Deletes the gateway. Deletion is asynchronous: the answer is 202 with no body. A gateway that other resources still depend on is refused with 409.
         */
        delete: operations["deleteInternetGateway"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/nat-gateways": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List NAT gateways
         * @description Lists the NAT gateways of the account, optionally filtered. Pages with `limit` and `marker`; `with_count=true` adds the total count.
         */
        get: operations["listNatGateways"];
        put?: never;
        /**
         * Create a NAT gateway
         * @description Gives the hosts of a subnet outbound internet access through a reserved public IP. Creation is asynchronous: the answer is 202 with the gateway in CREATING.
         */
        post: operations["createNatGateway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/nat-gateways/{nat_gateway_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description NAT gateway ID.
                 * @example 4e6f8a0b2c4d4e6f8a0b2c4d6e8f0a2b
                 */
                nat_gateway_id: components["parameters"]["NatGatewayId"];
            };
            cookie?: never;
        };
        /**
         * Show a NAT gateway
         * @description Returns one NAT gateway, with its state.
         */
        get: operations["showNatGateway"];
        /**
         * Change the description of a NAT gateway
         * @description Changes the description of the NAT gateway and answers with the whole gateway.
         */
        put: operations["setNatGateway"];
        post?: never;
        /**
         * Delete a NAT gateway
         * @description Deletes the NAT gateway; its public IP stays reserved. Deletion is asynchronous: the answer is 202 with no body.
         */
        delete: operations["deleteNatGateway"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/private-nats": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List private NATs
         * @description Lists the private NATs of the account, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listPrivateNats"];
        put?: never;
        /**
         * Create a private NAT
         * @description Creates a private NAT: an address range on a Direct Connect that servers of the VPC can be given addresses from (`createPrivateNatIp`). Creation is asynchronous: the answer is 202 with the private NAT in CREATING.
         */
        post: operations["createPrivateNat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/private-nats/private-nat-cidr-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Check an address range for a private NAT
         * @description Says whether an address range can be used for a new private NAT on a Direct Connect, and why not when it cannot.
         */
        get: operations["checkPrivateNatCidrAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/private-nats/{private_nat_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
            };
            cookie?: never;
        };
        /**
         * Show a private NAT
         * @description Returns one private NAT, with its state.
         */
        get: operations["showPrivateNat"];
        /**
         * Change the description of a private NAT
         * @description Changes the description of the private NAT and answers with the whole private NAT.
         */
        put: operations["setPrivateNat"];
        post?: never;
        /**
         * Delete a private NAT
         * @description Deletes the private NAT. Deletion is asynchronous: the answer is 202 with no body. A private NAT whose addresses are still in use is refused with 409.
         */
        delete: operations["deletePrivateNat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/private-nats/{private_nat_id}/private-nat-ips": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
            };
            cookie?: never;
        };
        /**
         * List the addresses of a private NAT
         * @description Lists the reserved addresses of a private NAT, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listPrivateNatIps"];
        put?: never;
        /**
         * Reserve an address of a private NAT
         * @description Reserves one address of the private NAT’s range, to give to a server (the virtualserver service’s private static NAT).
         */
        post: operations["createPrivateNatIp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/private-nats/{private_nat_id}/private-nat-ips/{private_nat_ip_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
                /**
                 * @description Private NAT IP ID.
                 * @example 1f0cb5390c40483592ddc5a282f53496
                 */
                private_nat_ip_id: components["parameters"]["PrivateNatIpId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Release an address of a private NAT
         * @description Releases a reserved address of the private NAT.
         */
        delete: operations["deletePrivateNatIp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transit-gateways": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List transit gateways
         * @description Lists the transit gateways of the account, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listTransitGateways"];
        put?: never;
        /**
         * Create a transit gateway
         * @description Creates a transit gateway; connect VPCs to it with `createTransitGatewayVpcConnection` and route between them with its routing rules. Creation is asynchronous: the answer is 202 with the gateway in CREATING.
         */
        post: operations["createTransitGateway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transit-gateways/{transit_gateway_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        /**
         * Show a transit gateway
         * @description Returns one transit gateway, with its state.
         */
        get: operations["showTransitGateway"];
        /**
         * Change the description of a transit gateway
         * @description Changes the description of the transit gateway and answers with the whole gateway.
         */
        put: operations["setTransitGateway"];
        post?: never;
        /**
         * Delete a transit gateway
         * @description Deletes the transit gateway. Deletion is asynchronous: the answer is 202 with no body. A transit gateway that other resources still depend on (VPC connections, for example) is refused with 409.
         */
        delete: operations["deleteTransitGateway"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transit-gateways/{transit_gateway_id}/routing-rules": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        /**
         * List the routing rules of a transit gateway
         * @description Lists the routing rules of a transit gateway, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listTransitGatewayRules"];
        put?: never;
        /**
         * Add a routing rule to a transit gateway
         * @description Adds a routing rule for a destination range of a connected VPC. Creation is asynchronous: the answer is 202 with the rule in CREATING.
         */
        post: operations["createTransitGatewayRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transit-gateways/{transit_gateway_id}/routing-rules/destination-cidr-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        /**
         * Check a destination range for a transit gateway rule
         * @description Says whether a destination range can be routed for a VPC connected to the transit gateway, and why not when it cannot.
         */
        get: operations["listTransitGatewayRoutingRuleAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transit-gateways/{transit_gateway_id}/routing-rules/{routing_rule_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
                /**
                 * @description Routing rule ID of the transit gateway.
                 * @example f0e1d2c3b4a54968a7b6c5d4e3f2a1b0
                 */
                routing_rule_id: components["parameters"]["TransitGatewayRoutingRuleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a routing rule from a transit gateway
         * @description Removes the routing rule. Removal is asynchronous: the answer is 202 with no body.
         */
        delete: operations["deleteTransitGatewayRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transit-gateways/{transit_gateway_id}/vpc-connections": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        /**
         * List the VPCs connected to a transit gateway
         * @description Lists the VPC connections of a transit gateway, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listTransitGatewayVpcConnections"];
        put?: never;
        /**
         * Connect a VPC to a transit gateway
         * @description Connects a VPC of the account to the transit gateway. Connecting is asynchronous: the answer is 202 with the connection in CREATING.
         */
        post: operations["createTransitGatewayVpcConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transit-gateways/{transit_gateway_id}/vpc-connections/{vpc_connection_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
                /**
                 * @description VPC connection ID.
                 * @example 0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5
                 */
                vpc_connection_id: components["parameters"]["VpcConnectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disconnect a VPC from a transit gateway
         * @description Disconnects the VPC from the transit gateway. Disconnecting is asynchronous: the answer is 202 with no body.
         */
        delete: operations["deleteTransitGatewayVpcConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-endpoints": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List VPC endpoints
         * @description Lists the VPC endpoints of the account, optionally filtered. Pages with `limit` and `marker`; `with_count=true` adds the total count.
         */
        get: operations["listVpcEndpoints"];
        put?: never;
        /**
         * Create a VPC endpoint
         * @description Creates an endpoint in a `VPC_ENDPOINT` subnet through which the VPC reaches a platform service privately. Creation is asynchronous: the answer is 202 with the endpoint in CREATING.
         */
        post: operations["createVpcEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-endpoints/connectable-resources": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the services a VPC endpoint can reach
         * @description Lists the services of one kind that a VPC endpoint can reach, with the key and description to create an endpoint with.
         */
        get: operations["listVpcEndpointConnectableResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-endpoints/vpc-endpoint-ip-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Check an address for a VPC endpoint
         * @description Says whether an address of a subnet is free for a new VPC endpoint, and why not when it is not.
         */
        get: operations["checkVpcEndpointIpAddressAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-endpoints/vpc-endpoint-resource-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether a VPC can get an endpoint to a service
         * @description Says whether a VPC can get an endpoint to a service (it may already have one), and why not when it cannot.
         */
        get: operations["checkVpcEndpointResourceAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-endpoints/{vpc_endpoint_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC endpoint ID.
                 * @example b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5d
                 */
                vpc_endpoint_id: components["parameters"]["VpcEndpointId"];
            };
            cookie?: never;
        };
        /**
         * Show a VPC endpoint
         * @description Returns one VPC endpoint, with its state.
         */
        get: operations["showVpcEndpoint"];
        /**
         * Change the description of a VPC endpoint
         * @description Changes the description of the VPC endpoint and answers with the whole endpoint.
         */
        put: operations["setVpcEndpoint"];
        post?: never;
        /**
         * Delete a VPC endpoint
         * @description Deletes the VPC endpoint. Deletion is asynchronous: the answer is 202 with no body.
         */
        delete: operations["deleteVpcEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-peerings": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List VPC peerings
         * @description Lists the VPC peerings of the account, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listVpcPeerings"];
        put?: never;
        /**
         * Create a VPC peering
         * @description Requests a peering between a VPC of the account and another VPC, of the same account or of another one (`approver_vpc_account_id`). Creation is asynchronous: the answer is 202 with the peering in CREATING.
         */
        post: operations["createVpcPeering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-peerings/peering-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether two VPCs can be peered
         * @description Says whether a VPC of the account can be peered with another VPC (of this account, or of the account given), and why not when it cannot.
         */
        get: operations["listVpcPeeringAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-peerings/{vpc_peering_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        /**
         * Show a VPC peering
         * @description Returns one VPC peering, with its state.
         */
        get: operations["showVpcPeering"];
        /**
         * Change the description of a VPC peering
         * @description Changes the description of the VPC peering and answers with the whole peering.
         */
        put: operations["setVpcPeering"];
        post?: never;
        /**
         * Delete a VPC peering
         * @description Deletes the VPC peering. Deletion is asynchronous: the answer is 202 with no body.
         */
        delete: operations["deleteVpcPeering"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-peerings/{vpc_peering_id}/routing-rules": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        /**
         * List the routing rules of a VPC peering
         * @description Lists the routing rules of a VPC peering, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listVpcPeeringRules"];
        put?: never;
        /**
         * Add a routing rule to a VPC peering
         * @description Routes a destination range through the peering, towards one of its two VPCs. Creation is asynchronous: the answer is 202 with the rule in CREATING.
         */
        post: operations["createVpcPeeringRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-peerings/{vpc_peering_id}/routing-rules/destination-cidr-availabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        /**
         * Check a destination range for a VPC peering rule
         * @description Says whether a destination range can be routed through the peering towards one of its VPCs, and why not when it cannot.
         */
        get: operations["listVpcPeeringRoutingRuleAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vpc-peerings/{vpc_peering_id}/routing-rules/{routing_rule_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
                /**
                 * @description Routing rule ID of the VPC peering.
                 * @example a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d
                 */
                routing_rule_id: components["parameters"]["VpcPeeringRoutingRuleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a routing rule from a VPC peering
         * @description Removes the routing rule. Removal is asynchronous: the answer is 202 with no body.
         */
        delete: operations["deleteVpcPeeringRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List security groups
         * @description Lists the security groups of the account, optionally filtered by ID or name. Pages with `page` (from 0) and `size`.
         */
        get: operations["listSecurityGroups"];
        put?: never;
        /**
         * Create a security group
         * @description Creates an empty security group; add its rules with `createSecurityGroupRule` or `createSecurityGroupRules`, and apply it to a server when creating it (`security_groups`) or later. The answer is 201 with the group.
         */
        post: operations["createSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security-groups/metrics/quotas": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Show the security group quotas
         * @description Returns how many security groups and rules the account may have and how many it uses, and the rules of one group when `security_group_id` is given.
         */
        get: operations["getSecurityGroupQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security-groups/{security_group_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        /**
         * Show a security group
         * @description Returns one security group, with the number of its rules (`listSecurityGroupRules` lists them).
         */
        get: operations["showSecurityGroup"];
        /**
         * Change a security group
         * @description Changes the description of the group and whether the traffic its rules match is logged. The answer is 200 with no body: read the group again with `showSecurityGroup`.
         */
        put: operations["setSecurityGroup"];
        post?: never;
        /**
         * Delete a security group
         * @description Deletes the security group. A group that is still in use is refused with 409.
         */
        delete: operations["deleteSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security-group-rules": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the rules of a security group
         * @description Lists the rules of one security group, optionally filtered. Pages with `page` (from 0) and `size`.
         */
        get: operations["listSecurityGroupRules"];
        put?: never;
        /**
         * Add a rule to a security group
         * @description Adds one rule to a security group: traffic in one direction, of one protocol and port range, from or to an address range or the ports of another group. The answer is 201 with the rule; a rule that conflicts with the group’s current rules is refused with 409.
         */
        post: operations["createSecurityGroupRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security-group-rules/bulk": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add several rules to a security group
         * @description Adds several rules to one security group in one call. The answer is 201 with the new rules.
         */
        post: operations["createSecurityGroupRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security-group-rules/{security_group_id}/downloads": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        /**
         * Download the rules of a security group
         * @description Downloads the rules of a security group as a file. Neither its format nor its media type is documented, so this document declares no body for the answer.
         */
        get: operations["downloadSecurityGroupRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security-group-rules/{security_group_rule_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group rule ID.
                 * @example b3c4d5e6f7a84b9c0d1e2f3a4b5c6d7e
                 */
                security_group_rule_id: components["parameters"]["SecurityGroupRuleId"];
            };
            cookie?: never;
        };
        /**
         * Show a security group rule
         * @description Returns one rule, or only the fields named in `fields`.
         */
        get: operations["showSecurityGroupRule"];
        put?: never;
        post?: never;
        /**
         * Delete a security group rule
         * @description Deletes the rule from its security group.
         */
        delete: operations["deleteSecurityGroupRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description One validation failure. `loc` is the path to the failing value, from the request part down to the field, with
         *     array indexes as integers (`["body", "fixed_ips", 0, "ip_address"]`).
         */
        ValidationErrorModel: {
            /** @description Extra context of the failure (for example the limit that was exceeded); free-form. */
            ctx?: {
                [key: string]: unknown;
            } | null;
            /** @description Location of the failing value, from the request part (`body`, `path`, `query`, `header`) down to the field. */
            loc?: (string | number)[] | null;
            /** @description Human-readable message. */
            msg?: string | null;
            /** @description Machine-readable error type, for example `value_error.missing`. */
            type_?: string | null;
        };
        /** @description Body of a 400 answer. */
        ValidationErrorList: components["schemas"]["ValidationErrorModel"][];
        /**
         * @description Product category.
         * @enum {string}
         */
        ProductCategory: "compute" | "container";
        /**
         * @description Product offering.
         * @enum {string}
         */
        ProductOffering: "virtual_server" | "gpu_server" | "k8s_vm" | "k8s_gpu_vm";
        ServerListResponse: {
            /** @description Servers of this page. */
            servers: components["schemas"]["ServerShowResponse"][];
        };
        ServerCreateRequest: {
            /** @description Image ID. */
            image_id: string;
            /** @description Name of the key pair installed on the server. */
            keypair_name: string;
            /** @description Whether to lock the server against changes. */
            lock?: boolean | null;
            /** @description Number of servers to create. */
            max_count?: number | null;
            /** @description Free-form metadata. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Server name, 1 to 63 letters, digits, spaces, `-` and `_`. */
            name: string;
            /** @description Networks to connect the server to. */
            networks: components["schemas"]["Network"][];
            product_category?: components["schemas"]["ProductCategory"];
            product_offering?: components["schemas"]["ProductOffering"];
            /** @description Security group IDs. */
            security_groups?: string[] | null;
            /** @description Server group ID. */
            server_group_id?: string | null;
            /** @description Server type ID. */
            server_type_id: string;
            /** @description Tags. */
            tags?: components["schemas"]["Tag"][] | null;
            /** @description User data passed to the server at boot. */
            user_data?: string | null;
            /** @description Volumes to create with the server. */
            volumes?: components["schemas"]["Volume"][] | null;
        };
        /** @description One network of a new server. */
        Network: {
            /** @description Fixed IP address in the subnet. */
            fixed_ip?: string | null;
            /** @description Existing port to use. */
            port_id?: string | null;
            /** @description Public IP to attach. */
            public_ip_id?: string | null;
            /** @description Subnet of the new port. */
            subnet_id?: string | null;
        };
        Tag: {
            /** @description Key. */
            key: string;
            /** @description Value. */
            value?: string | null;
        };
        /** @description One volume of a new server. */
        Volume: {
            /** @description Boot index (0 for the boot volume). */
            boot_index: number;
            /** @description Whether the volume is deleted with the server. */
            delete_on_termination?: boolean | null;
            /** @description Volume size. */
            size: number;
            /**
             * @description Source of the volume.
             * @enum {string}
             */
            source_type?: "blank" | "image";
            /** @description Volume type. */
            type?: string | null;
        };
        ServerCreateResponse: {
            /** @description IDs of the servers being created. */
            servers: components["schemas"]["ServerCreateResponseParam"][];
        };
        ServerCreateResponseParam: {
            /** @description Server ID. */
            id: string;
        };
        ServerShowResponse: {
            /** @description Account ID. */
            account_id: string;
            /** @description IP addresses, grouped by subnet. */
            addresses?: components["schemas"]["ServerShowResponseAddress"][] | null;
            /** @description Auto-Scaling Group ID. */
            auto_scaling_group_id?: string | null;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description Creator. */
            created_by: string;
            /** @description Disk config. */
            disk_config: string;
            /** @description Server ID. */
            id: string;
            /** @description Image ID. */
            image_id?: string | null;
            /** @description Whether the image comes from the marketplace. */
            is_marketplace?: boolean | null;
            /** @description Key pair name. */
            keypair_name?: string | null;
            /** @description Launch configuration ID. */
            launch_configuration_id?: string | null;
            /** @description Whether the server is locked. */
            locked: boolean;
            /** @description Free-form metadata. */
            metadata: {
                [key: string]: unknown;
            };
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description Server name. */
            name: string;
            /**
             * @description Planned Compute OS type.
             * @enum {string}
             */
            planned_compute_os_type?: "open_source" | "windows" | "rhel";
            product_category?: components["schemas"]["ProductCategory"];
            product_offering?: components["schemas"]["ProductOffering"];
            /** @description Security groups. */
            security_groups?: components["schemas"]["ServerShowResponseSecurityGroup"][] | null;
            /** @description Server group ID. */
            server_group_id?: string | null;
            server_type: components["schemas"]["ServerShowResponseServerType"];
            /** @description Server state, for example `BUILD`, `ACTIVE` or `SHUTOFF`. */
            state: string;
            /** @description Attached volumes. */
            volumes: components["schemas"]["ServerShowResponseVolume"][];
            /** @description VPC ID. */
            vpc_id?: string | null;
        };
        ServerShowResponseSecurityGroup: {
            /** @description Security group name. */
            name: string;
        };
        /** @description Server type of the server. */
        ServerShowResponseServerType: {
            /** @description Size of the root disk. */
            disk: number;
            /** @description Size of the ephemeral disk. */
            ephemeral: number;
            /** @description Extra specs; free-form. */
            extra_specs: {
                [key: string]: unknown;
            };
            /** @description Server type ID. */
            id?: string | null;
            /** @description Server type name. */
            name: string;
            /** @description Amount of RAM. */
            ram: number;
            /** @description Size of the dedicated swap disk. */
            swap: number;
            /** @description Number of vCPUs. */
            vcpus: number;
        };
        ServerShowResponseVolume: {
            /** @description Whether the volume is deleted with the server. */
            delete_on_termination: boolean;
            /** @description Volume ID. */
            id: string;
        };
        ServerRebootRequestBody: {
            /**
             * @description `SOFT` lets the guest OS shut down; `HARD` power-cycles the server.
             * @enum {string}
             */
            reboot_type?: "SOFT" | "HARD";
        };
        ServerInterfaceListResponse: {
            /** @description Interfaces. */
            interfaces: components["schemas"]["InterfaceResponse"][];
        };
        /** @description A new port in a subnet (`subnet_id`, with `fixed_ips` to choose its addresses) or an existing port (`port_id`): at least one of the two. The vendor's own example sends both; a field left out may also be sent as null. */
        ServerInterfaceCreateRequest: components["schemas"]["ServerInterfaceCreateNewPort"] | components["schemas"]["ServerInterfaceAttachPort"];
        /**
         * New port
         * @description Create a new port in `subnet_id`; the IP address is assigned automatically unless `fixed_ips` gives it.
         */
        ServerInterfaceCreateNewPort: {
            /** @description Subnet of the new port. */
            subnet_id: string;
            /** @description IP addresses to give the new port; leave out (or null) to have one assigned automatically. */
            fixed_ips?: components["schemas"]["InterfaceAttachmentFixedIp"][] | null;
            /** @description An existing port to attach; leave out (or null) for a new port only. */
            port_id?: string | null;
        };
        /**
         * Existing port
         * @description Attach the existing port `port_id`.
         */
        ServerInterfaceAttachPort: {
            /** @description Existing port to attach. */
            port_id: string;
            /** @description A subnet for a new port; leave out (or null) to attach the existing port only. */
            subnet_id?: string | null;
            /** @description IP addresses of a new port in `subnet_id`; leave out (or null) otherwise. */
            fixed_ips?: components["schemas"]["InterfaceAttachmentFixedIp"][] | null;
        };
        InterfaceResponse: {
            /** @description Fixed IP addresses of the port. */
            fixed_ips: components["schemas"]["InterfaceAttachmentFixedIp"][];
            /** @description MAC address. */
            mac_addr: string;
            /** @description Port ID. */
            port_id: string;
            /** @description Port state, for example `ACTIVE` or `DOWN`. */
            port_state: string;
            private_static_nat?: components["schemas"]["PrivateStaticNat"];
            static_nat?: components["schemas"]["PublicStaticNat"];
            /** @description Subnet ID. */
            subnet_id: string;
        };
        InterfaceAttachmentFixedIp: {
            /** @description IP address. */
            ip_address: string;
        };
        /** @description Private static NAT of the interface; absent when there is none. */
        PrivateStaticNat: {
            /** @description External IP address. */
            external_ip_address: string;
            /** @description NAT ID. */
            id: string;
            /** @description Private NAT IP ID. */
            private_nat_ip_id?: string | null;
            /** @description NAT state. */
            state: string;
        };
        /** @description Public static NAT of the interface; absent when there is none. */
        PublicStaticNat: {
            /** @description External IP address. */
            external_ip_address: string;
            /** @description NAT ID. */
            id: string;
            /** @description Public IP ID. */
            publicip_id?: string | null;
            /** @description NAT state. */
            state: string;
        };
        ServerInterfaceUpdateRequest: {
            /** @description New fixed IP address of the interface. */
            fixed_ip_address?: string | null;
            /** @description New subnet of the interface. */
            subnet_id?: string | null;
        };
        ServerIpsResponse: {
            /** @description IP addresses, grouped by subnet. */
            addresses: components["schemas"]["ServerShowResponseAddress"][];
        };
        ServerShowResponseAddress: {
            /** @description IP addresses in the subnet. */
            ip_addresses: components["schemas"]["ServerShowResponseAddressIpAddress"][];
            /** @description Subnet name. */
            subnet_name: string;
        };
        ServerShowResponseAddressIpAddress: {
            /** @description IP address. */
            ip_address: string;
            /**
             * @description IP version: 4 or 6.
             * @enum {integer}
             */
            version: 4 | 6;
        };
        AutoScalingGroupListResponse: {
            /** @description Auto-Scaling Groups of this page. */
            auto_scaling_groups: components["schemas"]["AutoScalingGroup"][];
            /** @description Total number of items matching the request. */
            count: number;
        };
        AutoScalingGroupCreateRequest: {
            /** @description Number of servers the group aims to run. */
            desired_server_count: number;
            /** @description Whether the desired server count may be changed by hand. */
            desired_server_count_editable: boolean;
            /** @description Whether servers are drained from load balancers before they are removed. */
            drain_enabled?: boolean | null;
            /** @description Seconds to wait for the drain before removing a server. */
            drain_timeout?: number | null;
            /** @description Launch configuration ID. */
            launch_configuration_id: string;
            /** @description Load balancer server groups the servers join, with their ports. */
            lb_server_groups?: components["schemas"]["AutoScalingGroupLbServerGroup"][] | null;
            /** @description Maximum number of servers. */
            max_server_count: number;
            /** @description Minimum number of servers. */
            min_server_count: number;
            /** @description Auto-Scaling Group name. */
            name: string;
            /** @description Notifications to create with the group. */
            notifications?: components["schemas"]["AutoScalingGroupNotificationCreateRequest"][] | null;
            /** @description Scaling policies to create with the group. */
            scaling_policies?: components["schemas"]["AutoScalingGroupPolicyCreateRequest"][] | null;
            /** @description Security groups applied to the servers. */
            security_group_ids?: string[] | null;
            /** @description Prefix of the names of the servers the group creates. */
            server_name_prefix: string;
            /** @description Subnets the servers are created in. */
            subnet_ids: string[];
            /** @description Tags to set on the group. */
            tags?: components["schemas"]["Tag"][] | null;
        };
        /** @description An Auto-Scaling Group. */
        AutoScalingGroupShowResponse: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Number of servers the group aims to run. */
            desired_server_count: number;
            /** @description Whether the desired server count may be changed by hand. */
            desired_server_count_editable: boolean;
            /** @description Whether servers are drained from load balancers before they are removed. */
            drain_enabled: boolean;
            /** @description Seconds to wait for the drain before removing a server. */
            drain_timeout?: number | null;
            /** @description Auto-Scaling Group ID. */
            id: string;
            /** @description Launch configuration ID. */
            launch_configuration_id: string;
            /** @description Launch configuration name. */
            launch_configuration_name: string;
            /** @description Load balancer server groups the servers join, with their ports. */
            lb_server_groups?: components["schemas"]["AutoScalingGroupLbServerGroup"][] | null;
            /** @description Maximum number of servers. */
            max_server_count: number;
            /** @description Minimum number of servers. */
            min_server_count: number;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Auto-Scaling Group name. */
            name: string;
            /** @description Security groups applied to the servers. */
            security_group_ids?: string[] | null;
            /** @description Prefix of the names of the servers the group creates. */
            server_name_prefix: string;
            /** @description State of the group, for example `IN_SERVICE`. */
            state: string;
            /**
             * @description Subnets the servers are created in.
             * @default []
             */
            subnet_ids?: string[];
            /** @description Number of servers the group runs now. */
            total_server_count: number;
            /** @description VPC ID. */
            vpc_id: string;
        };
        AutoScalingGroupSetRequest: {
            /** @description Whether the desired server count may be changed by hand. */
            desired_server_count_editable?: boolean | null;
            /** @description Whether servers are drained from load balancers before they are removed. */
            drain_enabled?: boolean | null;
            /** @description Seconds to wait for the drain before removing a server. */
            drain_timeout?: number | null;
            /** @description Launch configuration ID. */
            launch_configuration_id?: string | null;
            /** @description Security groups applied to the servers. */
            security_group_ids?: string[] | null;
        };
        AutoScalingGroupLbServerGroupListResponse: {
            /** @description Total number of items matching the request. */
            count: number;
            /** @description Load balancer server groups of this page. */
            lb_server_groups: components["schemas"]["AutoScalingGroupLbServerGroupShowResponse"][];
        };
        AutoScalingGroupLbServerGroupSetRequest: {
            /** @description The complete new list of load balancer server groups. */
            lb_server_groups: components["schemas"]["AutoScalingGroupLbServerGroup"][];
        };
        AutoScalingGroupNotificationListResponse: {
            /** @description Total number of items matching the request. */
            count: number;
            /** @description Notifications. */
            notifications: components["schemas"]["AutoScalingGroupNotificationShowResponse"][];
        };
        AutoScalingGroupNotificationCreateRequest: {
            /** @description Scaling events that trigger a notification. */
            notification_events: string[];
            /** @description Users to notify. */
            user_ids: string[];
        };
        AutoScalingGroupNotificationShowResponse: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description Auto-Scaling Group ID. */
            auto_scaling_group_id: string;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Notification ID. */
            id: string;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Scaling events that trigger a notification. */
            notification_events: string[];
            /** @description State of the subscription, for example `ACTIVE`. */
            notification_state: string;
            /** @description E-mail address of the user. */
            user_email: string;
            /** @description Notified user. */
            user_id: string;
            /** @description User name. */
            user_name: string;
        };
        AutoScalingGroupNotificationUpdateRequest: {
            /** @description Scaling events that trigger a notification. */
            notification_events?: string[] | null;
            /** @description New state of the subscription. */
            notification_state?: string | null;
        };
        /**
         * @description How a scaling policy aggregates its metric over the servers of the group.
         * @enum {string}
         */
        AutoScalingGroupPolicyMetricMethod: "AVG" | "MIN" | "MAX";
        /**
         * @description Whether a scaling policy adds servers (`SCALE_OUT`) or removes them (`SCALE_IN`).
         * @enum {string}
         */
        AutoScalingGroupPolicyScaleType: "SCALE_OUT" | "SCALE_IN";
        AutoScalingGroupPolicyListResponse: {
            /** @description Total number of items matching the request. */
            count: number;
            /** @description Scaling policies of this page. */
            policies: components["schemas"]["AutoScalingGroupPolicyShowResponse"][];
        };
        AutoScalingGroupPolicyCreateRequest: {
            /** @description How the metric is compared with the threshold, for example `ge`. */
            comparison_operator: string;
            /** @description Seconds to wait after a scaling action before the policy can act again. */
            cooldown_seconds: number;
            /** @description Minutes the threshold must be crossed before the policy acts. */
            evaluation_minutes: number;
            /** @description How the metric is aggregated over the group. */
            metric_method: string;
            /** @description Metric the policy watches, for example `CPU`. */
            metric_type: string;
            /** @description Policy name. */
            name: string;
            /** @description How `scale_value` is applied, for example `AMOUNT` or `PERCENTAGE`. */
            scale_method: string;
            /** @description Whether the policy adds servers (`SCALE_OUT`) or removes them (`SCALE_IN`). */
            scale_type: string;
            /** @description Number (or percentage) of servers to add or remove. */
            scale_value: number;
            /** @description Value of the metric that triggers the policy. */
            threshold: number;
        };
        AutoScalingGroupPolicyShowResponse: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description Auto-Scaling Group ID. */
            auto_scaling_group_id: string;
            /** @description How the metric is compared with the threshold, for example `ge`. */
            comparison_operator: string;
            /** @description Seconds to wait after a scaling action before the policy can act again. */
            cooldown_seconds: number;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Minutes the threshold must be crossed before the policy acts. */
            evaluation_minutes: number;
            /** @description Policy ID. */
            id: string;
            /** @description How the metric is aggregated over the group. */
            metric_method: string;
            /** @description Metric the policy watches, for example `CPU`. */
            metric_type: string;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Policy name. */
            name: string;
            /** @description How `scale_value` is applied, for example `AMOUNT` or `PERCENTAGE`. */
            scale_method: string;
            /** @description Whether the policy adds servers (`SCALE_OUT`) or removes them (`SCALE_IN`). */
            scale_type: string;
            /** @description Number (or percentage) of servers to add or remove. */
            scale_value: number;
            /** @description State of the policy, for example `ACTIVE`. */
            state: string;
            /** @description Value of the metric that triggers the policy. */
            threshold: number;
            /** @description Unit of the threshold, for example `%`. */
            threshold_unit: string;
        };
        AutoScalingGroupPolicyUpdateRequest: {
            /** @description How the metric is compared with the threshold, for example `ge`. */
            comparison_operator?: string | null;
            /** @description Seconds to wait after a scaling action before the policy can act again. */
            cooldown_seconds?: number | null;
            /** @description Minutes the threshold must be crossed before the policy acts. */
            evaluation_minutes?: number | null;
            /** @description How the metric is aggregated over the group. */
            metric_method?: string | null;
            /** @description Metric the policy watches, for example `CPU`. */
            metric_type?: string | null;
            /** @description Policy name. */
            name?: string | null;
            /** @description How `scale_value` is applied, for example `AMOUNT` or `PERCENTAGE`. */
            scale_method?: string | null;
            /** @description Whether the policy adds servers (`SCALE_OUT`) or removes them (`SCALE_IN`). */
            scale_type?: string | null;
            /** @description Number (or percentage) of servers to add or remove. */
            scale_value?: number | null;
            /** @description New state of the policy. */
            state?: string | null;
            /** @description Value of the metric that triggers the policy. */
            threshold?: number | null;
        };
        /**
         * @description How often a schedule runs.
         * @enum {string}
         */
        JobSchedulingFrequencyEnum: "ONCE" | "DAILY" | "WEEKLY" | "MONTHLY";
        AutoScalingGroupScheduleListResponse: {
            /** @description Total number of items matching the request. */
            count: number;
            /** @description Page number of this answer, from 0. */
            page: number;
            /** @description Schedules of this page. */
            schedules: components["schemas"]["AutoScalingGroupScheduleShowResponse"][];
            /** @description Page size. */
            size: number;
            /** @description Sort order applied. */
            sort?: string[] | null;
        };
        AutoScalingGroupScheduleCreateRequest: {
            /** @description Day of the month for a MONTHLY schedule. */
            day_of_month?: string | null;
            /** @description Day(s) of the week for a WEEKLY schedule. */
            day_of_week?: string | null;
            /** @description Description of the schedule. */
            description?: string | null;
            /** @description Desired server count to set. */
            desired_server_count?: number | null;
            /** @description Last day the schedule runs (`YYYY-MM-DD`). */
            end_date?: string | null;
            /** @description How often the schedule runs. */
            frequency: components["schemas"]["JobSchedulingFrequencyEnum"];
            /** @description Hour (0-23) at which the schedule runs. */
            hour: number;
            /** @description Maximum server count to set. */
            max_server_count?: number | null;
            /** @description Minimum server count to set. */
            min_server_count?: number | null;
            /** @description Minute (0-59) at which the schedule runs. */
            minute: number;
            /** @description Schedule name. */
            name: string;
            /** @description First day the schedule runs (`YYYY-MM-DD`). */
            start_date: string;
            /** @description State of the schedule. */
            state?: components["schemas"]["JobSchedulingState"];
            /** @description Time zone of `hour` and `minute`, for example `Asia/Seoul`. */
            timezone: string;
        };
        AutoScalingGroupScheduleShowResponse: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Day of the month for a MONTHLY schedule. */
            day_of_month: string | null;
            /** @description Day(s) of the week for a WEEKLY schedule. */
            day_of_week: string | null;
            /** @description Description of the schedule. */
            description: string | null;
            /** @description Desired server count to set; null leaves it unchanged. */
            desired_server_count: number | null;
            /** @description Last day the schedule runs (`YYYY-MM-DD`). */
            end_date: string | null;
            /** @description How often the schedule runs. */
            frequency: components["schemas"]["JobSchedulingFrequencyEnum"];
            /** @description Hour (0-23) at which the schedule runs. */
            hour: number;
            /** @description Schedule ID. */
            id: string;
            /** @description Maximum server count to set; null leaves it unchanged. */
            max_server_count: number | null;
            /** @description Minimum server count to set; null leaves it unchanged. */
            min_server_count: number | null;
            /** @description Minute (0-59) at which the schedule runs. */
            minute: number;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Schedule name. */
            name: string;
            /** @description First day the schedule runs (`YYYY-MM-DD`). */
            start_date: string;
            /** @description State of the schedule. */
            state: string;
            /** @description Time zone of `hour` and `minute`, for example `Asia/Seoul`. */
            timezone: string;
        };
        AutoScalingGroupScheduleUpdateRequest: {
            /** @description Day of the month for a MONTHLY schedule. */
            day_of_month?: string | null;
            /** @description Day(s) of the week for a WEEKLY schedule. */
            day_of_week?: string | null;
            /** @description New description of the schedule. */
            description?: string | null;
            /** @description Number of servers the group aims to run. */
            desired_server_count?: number | null;
            /** @description Last day the schedule runs (`YYYY-MM-DD`). */
            end_date?: string | null;
            /** @description How often the schedule runs. */
            frequency?: components["schemas"]["JobSchedulingFrequencyEnum"];
            /** @description Hour (0-23) at which the schedule runs. */
            hour?: number | null;
            /** @description Maximum number of servers. */
            max_server_count?: number | null;
            /** @description Minimum number of servers. */
            min_server_count?: number | null;
            /** @description Minute (0-59) at which the schedule runs. */
            minute?: number | null;
            /** @description Schedule name. */
            name?: string | null;
            /** @description First day the schedule runs (`YYYY-MM-DD`). */
            start_date?: string | null;
            /** @description New state of the schedule. */
            state?: components["schemas"]["JobSchedulingState"];
            /** @description Time zone of `hour` and `minute`, for example `Asia/Seoul`. */
            timezone?: string | null;
        };
        AutoScalingGroupSetServerCountRequest: {
            /** @description Number of servers the group aims to run. */
            desired_server_count?: number | null;
            /** @description Maximum number of servers. */
            max_server_count?: number | null;
            /** @description Minimum number of servers. */
            min_server_count?: number | null;
        };
        AutoScalingGroupVirtualServerListResponse: {
            /** @description Servers of the group. */
            servers: components["schemas"]["AutoScalingGroupVirtualServerShowResponse"][];
        };
        DefaultConfigListResponse: {
            /** @description Configuration values by name. */
            configs: {
                [key: string]: unknown;
            };
            /** @description Number of configuration values. */
            count: number;
        };
        /**
         * @description Who can see an image.
         * @enum {string}
         */
        ImageVisibilityEnum: "public" | "community" | "shared" | "private";
        ImageListResponse: {
            /** @description Images. */
            images: components["schemas"]["ImageShowResponse"][];
        };
        ImageCreateRequest: {
            /**
             * @description Container format of the image file, for example `bare`.
             * @default bare
             */
            container_format?: string;
            /**
             * @description Disk format of the image file, for example `qcow2`.
             * @default qcow2
             */
            disk_format?: string;
            /**
             * @description Minimum disk size in GB a server needs to boot the image.
             * @default 0
             */
            min_disk?: number;
            /**
             * @description Minimum memory in MB a server needs to boot the image.
             * @default 0
             */
            min_ram?: number;
            /** @description Image name. */
            name: string;
            /** @description Operating system distribution. */
            os_distro: components["schemas"]["ImageOsDistroEnum"];
            /**
             * @description Protect the image against deletion.
             * @default false
             */
            protected?: boolean;
            /** @description Tags to set on the image. */
            tags?: components["schemas"]["Tag"][] | null;
            /** @description Object Storage URL of the image file (qcow2). */
            url: string;
            /**
             * @description Visibility of the new image.
             * @default private
             */
            visibility?: string;
        };
        /** @description An image. */
        ImageShowResponse: {
            /** @description Checksum of the image file. */
            checksum?: string | null;
            /** @description Container format of the image file, for example `bare`. */
            container_format: string;
            /** @description Creation time. */
            created_at: string;
            /** @description Disk format of the image file, for example `qcow2`. */
            disk_format: string;
            /** @description Path of the image file in the image service. */
            file: string;
            /** @description Image ID. */
            id: string;
            /** @description Minimum disk size in GB a server needs to boot the image. */
            min_disk: number;
            /** @description Minimum memory in MB a server needs to boot the image. */
            min_ram: number;
            /** @description Image name. */
            name: string;
            /** @description Operating system distribution. */
            os_distro?: string | null;
            /** @description Algorithm of `os_hash_value`. */
            os_hash_algo?: string | null;
            /** @description Hash of the image file. */
            os_hash_value?: string | null;
            /** @description Whether the image is hidden from image lists. */
            os_hidden: boolean;
            /** @description Project that owns the image. */
            owner: string;
            /** @description Name of the account that owns the image. */
            owner_account_name?: string | null;
            /** @description Name of the user who owns the image. */
            owner_user_name?: string | null;
            /** @description Whether the image is protected against deletion. */
            protected: boolean;
            /** @description Device name of the root disk. */
            root_device_name?: string | null;
            /** @description SCP image type, for example `STANDARD` or `CUSTOM`. */
            scp_image_type?: string | null;
            /** @description Kubernetes version, for Kubernetes node images. */
            scp_k8s_version?: string | null;
            /** @description Type of the image this image was made from. */
            scp_original_image_type?: string | null;
            /** @description Build version of the operating system. */
            scp_os_build_version?: string | null;
            /** @description Version of the operating system. */
            scp_os_version?: string | null;
            /**
             * Format: int64
             * @description Size of the image file in bytes.
             */
            size?: number | null;
            /** @description Image status, for example `active` or `queued`. */
            status: string;
            /** @description Last update time. */
            updated_at: string;
            /** @description Object Storage URL the image file came from. */
            url?: string | null;
            /**
             * Format: int64
             * @description Virtual size of the disk in the image, in bytes.
             */
            virtual_size?: number | null;
            /** @description Who can see the image: `public`, `community`, `shared` or `private`. */
            visibility: string;
            /** @description Volumes made from the image. */
            volumes?: string | null;
        };
        ImageSetRequest: {
            /** @description Minimum disk size in GB a server needs to boot the image. */
            min_disk?: number | null;
            /** @description Minimum memory in MB a server needs to boot the image. */
            min_ram?: number | null;
            /** @description Whether the image is protected against deletion. */
            protected?: boolean | null;
            /** @description New visibility: `private` or `shared`. */
            visibility?: string | null;
        };
        ImageImportRequest: {
            /** @description Object Storage URL of the image file (qcow2). */
            url: string;
        };
        ImageMemberListResponse: {
            /** @description IDs of the servers in the group. */
            members: components["schemas"]["ImageMemberShowResponse"][];
        };
        ImageMemberCreateRequest: {
            /** @description Account the image is shared with. */
            member_id: string;
        };
        ImageMemberShowResponse: {
            /** @description When the image was shared with the account. */
            created_at: string;
            /** @description Shared image. */
            image_id: string;
            /** @description Account the image is shared with. */
            member_id: string;
            /** @description Status of the share: `pending`, `accepted` or `rejected`. */
            status: string;
            /** @description When the share last changed. */
            updated_at: string;
        };
        ImageMemberSetRequest: {
            /** @description New status of the share. */
            status: components["schemas"]["ImageMemberStatusEnum"];
        };
        KeypairListResponse: {
            /** @description Key pairs. */
            keypairs: components["schemas"]["Keypair"][];
        };
        KeypairCreateRequest: {
            /** @description Key pair name. */
            name: string;
            /** @description Public key to import; leave out to have a new key pair generated. */
            public_key?: string | null;
            /** @description Tags to set on the new resource. */
            tags?: components["schemas"]["Tag"][] | null;
        };
        KeypairCreateResponse: {
            /** @description Fingerprint of the public key. */
            fingerprint: string;
            /** @description Key pair name. */
            name: string;
            /** @description Private key of a generated key pair; null when a public key was imported. Only returned here. */
            private_key?: string | null;
            /** @description Public key in OpenSSH format. */
            public_key: string;
            /** @description Key type, for example `ssh`. */
            type: string;
        };
        KeypairShowResponse: {
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description Fingerprint of the public key. */
            fingerprint: string;
            /** @description Numeric key pair ID. */
            id: number;
            /** @description Key pair name. */
            name: string;
            /** @description Public key in OpenSSH format. */
            public_key: string;
            /** @description Key type, for example `ssh`. */
            type: string;
            /** @description User ID. */
            user_id: string;
        };
        /** @description A launch configuration with the sizes of its volumes. */
        LaunchConfigurationShowResponse: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description Number of Auto-Scaling Groups using this launch configuration. */
            auto_scaling_group_count?: number | null;
            /** @description Size of the boot volume in GB. */
            boot_disk_size?: number | null;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Total size of the additional volumes in GB. */
            extra_disk_size?: number | null;
            /** @description Launch configuration ID. */
            id: string;
            /** @description Image ID. */
            image_id: string;
            /** @description Image name. */
            image_name: string;
            /** @description Name of the key pair installed on the server. */
            keypair_name: string;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Launch configuration name. */
            name: string;
            /** @description Public key of the key pair. */
            public_key?: string | null;
            /** @description Server type ID. */
            server_type_id: string;
            /** @description State of the launch configuration, for example `ACTIVE`. */
            state: string;
            /** @description User data (for example a cloud-init script) given to the server at first boot. */
            user_data?: string | null;
            /** @description Volumes of each server the group creates. */
            volumes?: components["schemas"]["LaunchConfigurationVolume"][] | null;
        };
        LaunchConfigurationCreateRequest: {
            /** @description Image ID. */
            image_id: string;
            /** @description Name of the key pair installed on the server. */
            keypair_name: string;
            /** @description Launch configuration name. */
            name: string;
            /** @description Server type ID. */
            server_type_id: string;
            /** @description Tags to set on the launch configuration. */
            tags?: components["schemas"]["Tag"][] | null;
            /** @description User data (for example a cloud-init script) given to the server at first boot. */
            user_data?: string | null;
            /** @description Volumes of each server. */
            volumes?: components["schemas"]["LaunchConfigurationVolume"][] | null;
        };
        /** @description A launch configuration. */
        LaunchConfigurationDetailShowResponse: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description Number of Auto-Scaling Groups using this launch configuration. */
            auto_scaling_group_count?: number | null;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Launch configuration ID. */
            id: string;
            /** @description Image ID. */
            image_id: string;
            /** @description Image name. */
            image_name: string;
            /** @description Name of the key pair installed on the server. */
            keypair_name: string;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Launch configuration name. */
            name: string;
            /** @description Public key of the key pair. */
            public_key?: string | null;
            /** @description Server type ID. */
            server_type_id: string;
            /** @description State of the launch configuration, for example `ACTIVE`. */
            state: string;
            /** @description User data (for example a cloud-init script) given to the server at first boot. */
            user_data?: string | null;
            /** @description Volumes of each server the group creates. */
            volumes?: components["schemas"]["LaunchConfigurationVolume"][] | null;
        };
        ServerQuotaSet: {
            /** @description vCPUs. */
            cores: components["schemas"]["ServerQuotaSetObject"];
            /** @description Quota set ID (the project). */
            id: string;
            /** @description Servers. */
            instances: components["schemas"]["ServerQuotaSetObject"];
            /** @description Key pairs. */
            keypairs: components["schemas"]["ServerQuotaSetObject"];
            /** @description Metadata entries per server. */
            metadata_items: components["schemas"]["ServerQuotaSetObject"];
            /** @description Memory in MB. */
            ram: components["schemas"]["ServerQuotaSetObject"];
            /** @description Servers per server group. */
            server_group_members: components["schemas"]["ServerQuotaSetObject"];
            /** @description Server groups. */
            server_groups: components["schemas"]["ServerQuotaSetObject"];
        };
        ServerGroupListResponse: {
            /** @description Server groups. */
            server_groups: components["schemas"]["ServerGroup"][];
        };
        ServerGroupCreateRequest: {
            /** @description Server group name. */
            name: string;
            /** @description Placement policy, for example `anti-affinity`. */
            policy: string;
            /** @description Tags to set on the new resource. */
            tags?: components["schemas"]["Tag"][] | null;
        };
        ServerGroup: {
            /** @description Account that owns the server group. */
            account_id: string;
            /** @description Server group ID. */
            id: string;
            /** @description IDs of the servers in the group. */
            members: string[];
            /** @description Server group name. */
            name: string;
            /** @description Placement policy, for example `anti-affinity`. */
            policy: string;
            /** @description User ID. */
            user_id: string;
        };
        ServerTypeListResponse: {
            /** @description Server types. */
            server_types: components["schemas"]["ServerType"][];
        };
        /** @description A server type. */
        ServerType: {
            /** @description Description of the server type; may be null. */
            description: string | null;
            /** @description Size of the root disk in GB. */
            disk: number;
            /** @description Size of the ephemeral disk in GB. */
            ephemeral: number;
            /** @description Extra properties of the type; free-form. */
            extra_specs: {
                [key: string]: unknown;
            };
            /** @description Server type ID. */
            id: string;
            /** @description Server type name. */
            name: string;
            /** @description Memory in MB. */
            ram: number;
            /** @description Size of the swap disk in MB. */
            swap: number;
            /** @description Number of vCPUs. */
            vcpus: number;
        };
        ServerUpdateRequest: {
            /** @description New server name. */
            name: string;
        };
        ServerConsoleLogResponse: {
            /** @description Console output; null when there is none. */
            output?: string | null;
        };
        ServerCreateImageRequestBody: {
            /** @description Name of the new image. */
            image_name: string;
        };
        ServerCreateImageResponse: {
            /** @description ID of the image being created. */
            image_id: string;
        };
        ServerPrivateStaticNatCreateRequest: {
            /** @description Private NAT to take the IP from. */
            private_nat_id: string;
            /** @description IP of the private NAT to map to the interface. */
            private_nat_ip_id: string;
        };
        ServerStaticNatCreateRequest: {
            /** @description Public IP to bind to the interface. */
            publicip_id: string;
        };
        ServerPasswordRequest: {
            /** @description Private key of the server's key pair, in PEM format. */
            private_key?: string | null;
        };
        ServerPasswordResponse: {
            /** @description Administrator password; null when it is not available (yet). */
            password?: string | null;
        };
        ServerSecurityGroupListResponse: {
            /** @description Security groups applied to the server. */
            security_groups: components["schemas"]["SecurityGroupResponse"][];
        };
        ServerSecurityGroupActionRequestBody: {
            /** @description Security group to apply. */
            security_group_id: string;
        };
        ServerSetServerTypeRequestBody: {
            /** @description ID of the new server type, for example `s1v2m4`. */
            server_type: string;
        };
        ServerVolumesResponse: {
            /** @description Volume attachments. */
            volumes: components["schemas"]["ServersVolumeResponse"][];
        };
        ServerVolumesCreateRequest: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination?: boolean | null;
            /** @description Device name to attach it as; chosen by the service when left out. */
            device?: string | null;
            /** @description Volume to attach. */
            volume_id: string;
        };
        ServersVolumeResponse: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination: boolean;
            /** @description Device name of the volume on the server, for example `/dev/vdb`. */
            device: string;
            /** @description Attachment ID. */
            id: string;
            /** @description Server ID. */
            server_id: string;
            /** @description Attached volume. */
            volume_id: string;
        };
        ServerVolumesUpdateRequest: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination?: boolean | null;
            /** @description Attached volume. */
            volume_id: string;
        };
        SnapshotListResponse: {
            /** @description Total number of snapshots, when `with_count` was set. */
            count?: number | null;
            /** @description Snapshots. */
            snapshots: components["schemas"]["SnapshotDetailResponse"][];
        };
        SnapshotCreateRequest: {
            /** @description Description of the snapshot. */
            description?: string | null;
            /** @description Take the snapshot even though the volume is attached to a server. */
            force?: boolean | null;
            /** @description Free-form metadata. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Snapshot name. */
            name: string;
            /** @description Volume to snapshot. */
            volume_id: string;
        };
        /** @description A volume snapshot. */
        SnapshotDetailResponse: {
            /** @description Creation time. */
            created_at: string;
            /** @description Description of the snapshot. */
            description?: string | null;
            /** @description Snapshot ID. */
            id: string;
            /** @description Free-form metadata. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Snapshot name. */
            name?: string | null;
            /** @description Size in GB. */
            size: number;
            /** @description Snapshot status, for example `available`. */
            status?: string | null;
            /** @description Last update time. */
            updated_at?: string | null;
            /** @description User who took the snapshot. */
            user_id?: string | null;
            /** @description Volume the snapshot was taken of. */
            volume_id: string;
        };
        SnapshotUpdateRequest: {
            /** @description New description. */
            description?: string | null;
            /** @description New snapshot name. */
            name: string | null;
        };
        VolumeTransferListResponse: {
            /** @description Transfers. */
            transfers: components["schemas"]["VolumeTransferAcceptResponse"][];
        };
        VolumeTransferRequest: {
            /** @description Transfer name. */
            name?: string | null;
            /** @description Volume to transfer. */
            volume_id: string;
        };
        VolumeTransferCreateResponse: {
            /** @description Key the receiving account gives to accept the transfer. */
            auth_key: string;
            /** @description Creation time. */
            created_at: string;
            /** @description Transfer ID. */
            id: string;
            /** @description Transfer name. */
            name?: string | null;
            /** @description Volume ID. */
            volume_id: string;
        };
        VolumeTransferShowResponse: {
            /** @description Creation time. */
            created_at: string;
            /** @description Transfer ID. */
            id: string;
            /** @description Transfer name. */
            name?: string | null;
            /** @description Volume ID. */
            volume_id: string;
        };
        VolumeTransferAccessRequest: {
            /** @description Key returned when the transfer was created. */
            auth_key: string;
        };
        VolumeTransferAcceptResponse: {
            /** @description Transfer ID. */
            id: string;
            /** @description Transfer name. */
            name?: string | null;
            /** @description Volume ID. */
            volume_id: string;
        };
        VolumeTypeListResponse: {
            /** @description Volume types. */
            volume_types: components["schemas"]["VolumeTypeDetailResponse"][];
        };
        VolumeTypeDetailResponse: {
            /** @description Description of the volume type. */
            description?: string | null;
            /** @description Extra properties of the volume type. */
            extra_specs: components["schemas"]["VolumeTypeExtraSpecs"];
            /** @description Volume type ID. */
            id: string;
            /** @description Volume type name. */
            name?: string | null;
        };
        VolumeListResponse: {
            /** @description Total number of volumes, when `with_count` was set. */
            count?: number | null;
            /** @description Volumes. */
            volumes: components["schemas"]["VolumeShowResponse"][];
        };
        VolumeCreateRequest: {
            /** @description Volume name. */
            name: string;
            /** @description Size in GB. */
            size: number;
            /** @description Snapshot to create the volume from. */
            snapshot_id?: string | null;
            /** @description Tags to set on the new resource. */
            tags?: components["schemas"]["Tag"][] | null;
            /** @description Volume type name; the default type when left out. */
            volume_type?: string | null;
        };
        /** @description A volume. */
        VolumeShowResponse: {
            /** @description Whether a server can boot from the volume. */
            bootable: boolean;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description Whether the volume is encrypted. */
            encrypted: boolean;
            /** @description Volume ID. */
            id: string;
            /** @description Last modification time; null for a volume never modified. */
            modified_at: components["schemas"]["Timestamp"] | null;
            /** @description Whether the volume can be attached to several servers at once. */
            multiattach: boolean;
            /** @description Volume name. */
            name?: string | null;
            /** @description Servers the volume is attached to. */
            servers: components["schemas"]["VolumeServer"][];
            /** @description Size in GB. */
            size: number;
            /** @description Snapshot the volume was created from. */
            snapshot_id?: string | null;
            /** @description Volume state, for example `available` or `in-use`. */
            state: string;
            /** @description User who created the volume. */
            user_id: string;
            /** @description Metadata of the image the volume was created from. */
            volume_image_metadata?: components["schemas"]["VolumeImageMetadataResponse"];
            /** @description Volume type name, for example `SSD`. */
            volume_type: string;
            /** @description Volume type ID. */
            volume_type_id: string;
        };
        VolumeQuotaSet: {
            /** @description Quota set ID (the project). */
            id: string;
            /** @description Size of one volume in GB. */
            per_volume_size: components["schemas"]["VolumeQuotaSetObject"];
            /** @description Number of snapshots. */
            snapshots: components["schemas"]["VolumeQuotaSetObject"];
            /** @description Total capacity in GB. */
            usages: components["schemas"]["VolumeQuotaSetObject"];
            /** @description Number of volumes. */
            volumes: components["schemas"]["VolumeQuotaSetObject"];
        };
        VolumeUpdateRequest: {
            /** @description New volume name. */
            name?: string | null;
        };
        VolumeRevertRequest: {
            /** @description Snapshot of this volume to revert to. */
            snapshot_id: string;
        };
        VolumeServerAttachRequest: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination?: boolean | null;
            /** @description Server to attach the volume to. */
            server_id: string;
        };
        VolumeServerAttachResponse: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination: boolean;
            /** @description Device name of the volume on the server, for example `/dev/vdb`. */
            device: string;
            /** @description Server ID. */
            server_id: string;
            /** @description Volume ID. */
            volume_id: string;
        };
        VolumeExtendRequest: {
            /** @description New size in GB, larger than the current one. */
            size: number;
        };
        /** @description An Auto-Scaling Group as listed. */
        AutoScalingGroup: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Number of servers the group aims to run. */
            desired_server_count: number;
            /** @description Whether the desired server count may be changed by hand. */
            desired_server_count_editable: boolean;
            /** @description Whether servers are drained from load balancers before they are removed. */
            drain_enabled: boolean;
            /** @description Seconds to wait for the drain before removing a server. */
            drain_timeout?: number | null;
            /** @description Auto-Scaling Group ID. */
            id: string;
            /** @description Launch configuration ID. */
            launch_configuration_id: string;
            /** @description Launch configuration name. */
            launch_configuration_name: string;
            /** @description Load balancer server groups the servers join, with their ports. */
            lb_server_groups?: components["schemas"]["AutoScalingGroupLbServerGroup"][] | null;
            /** @description Maximum number of servers. */
            max_server_count: number;
            /** @description Minimum number of servers. */
            min_server_count: number;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Auto-Scaling Group name. */
            name: string;
            /** @description Security groups applied to the servers. */
            security_group_ids?: string[] | null;
            /** @description Prefix of the names of the servers the group creates. */
            server_name_prefix: string;
            /** @description State of the group, for example `IN_SERVICE`. */
            state: string;
            /**
             * @description Subnets the servers are created in.
             * @default []
             */
            subnet_ids?: string[];
            /** @description VPC ID. */
            vpc_id: string;
        };
        AutoScalingGroupLbServerGroup: {
            /** @description Load balancer server group ID. */
            id: string;
            /** @description Port the servers serve on in the load balancer server group. */
            port: number;
        };
        AutoScalingGroupLbServerGroupShowResponse: {
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Load balancer server group ID. */
            id: string;
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last modified it. */
            modified_by: string;
            /** @description Load balancer server group name. */
            name: string;
            /** @description Port the servers serve on in the load balancer server group. */
            port: number;
        };
        /**
         * @description State of a schedule.
         * @enum {string}
         */
        JobSchedulingState: "ACTIVE" | "INACTIVE" | "DELETED";
        AutoScalingGroupVirtualServerShowResponse: {
            /** @description Account that owns it. */
            account_id: string;
            /** @description IP addresses, grouped by subnet. */
            addresses?: components["schemas"]["ServerShowResponseAddress"][] | null;
            /** @description Auto-Scaling Group ID. */
            auto_scaling_group_id: string;
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created it. */
            created_by: string;
            /** @description Disk configuration mode. */
            disk_config: string;
            /** @description Server ID. */
            id: string;
            /** @description Image ID. */
            image_id?: string | null;
            /** @description Whether the image comes from the Marketplace. */
            is_marketplace?: boolean | null;
            /** @description Name of the key pair installed on the server. */
            keypair_name?: string | null;
            /** @description Launch configuration ID. */
            launch_configuration_id?: string | null;
            /** @description State of the server in its load balancer server groups. */
            lb_linked_state?: string | null;
            /** @description Whether the server is locked. */
            locked: boolean;
            /** @description Free-form metadata. */
            metadata: {
                [key: string]: unknown;
            };
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description Server name. */
            name: string;
            /** @description Planned compute os type. */
            planned_compute_os_type?: components["schemas"]["PlannedComputeOsType"];
            /** @description Product category. */
            product_category?: components["schemas"]["ProductCategory"];
            /** @description Product offering. */
            product_offering?: components["schemas"]["ProductOffering"];
            /** @description Security groups of the server. */
            security_groups?: components["schemas"]["ServerShowResponseSecurityGroup"][] | null;
            /** @description Server group ID. */
            server_group_id?: string | null;
            /** @description Server type of the server. */
            server_type: components["schemas"]["ServerShowResponseServerType"];
            /** @description Server state, for example `ACTIVE`. */
            state: string;
            /** @description Attached volumes. */
            volumes: components["schemas"]["ServerShowResponseVolume"][];
            /** @description VPC ID. */
            vpc_id?: string | null;
        };
        /**
         * @description Operating system distribution of an image.
         * @enum {string}
         */
        ImageOsDistroEnum: "alma" | "centos" | "rhel" | "rocky" | "ubuntu" | "windows" | "oracle" | "sles";
        /**
         * @description Status of the share of an image with an account.
         * @enum {string}
         */
        ImageMemberStatusEnum: "pending" | "accepted" | "rejected";
        /** @description A key pair as listed. */
        Keypair: {
            /** @description Fingerprint of the public key. */
            fingerprint: string;
            /** @description Key pair name. */
            name: string;
            /** @description Public key in OpenSSH format. */
            public_key: string;
            /** @description Key type, for example `ssh`. */
            type: string;
        };
        LaunchConfigurationVolume: {
            /** @description Boot order of the volume; 0 is the boot volume. */
            boot_index: number;
            /** @description Size in GB. */
            size: number;
            /** @description Volume type name; the default type when null. */
            type?: string | null;
        };
        /** @description One quota: its limit, what is in use and what is reserved. */
        ServerQuotaSetObject: {
            /** @description Amount in use. */
            in_use: number;
            /** @description Maximum allowed; -1 means unlimited. */
            limit: number;
            /** @description Amount reserved by operations in progress. */
            reserved: number;
        };
        /** @description A security group with its rules. */
        SecurityGroupResponse: {
            /** @description Account that owns the security group. */
            account_id: string;
            /** @description Description of the security group. */
            description: string;
            /** @description Security group ID. */
            id: string;
            /** @description Security group name. */
            name: string;
            /** @description Rules of the security group. */
            rules: components["schemas"]["SecurityGroupResponseRule"][];
        };
        VolumeTypeExtraSpecs: {
            /** @description Whether volumes of this type can be attached to several servers at once, as a string. */
            multiattach?: string | null;
        };
        VolumeServer: {
            /** @description When the volume was attached. */
            attached_at: components["schemas"]["Timestamp"];
            /** @description Device name of the volume on the server, for example `/dev/vdb`. */
            device: string;
            /** @description Server ID. */
            id: string;
        };
        VolumeImageMetadataResponse: {
            /** @description Checksum of the image file. */
            checksum?: string | null;
            /** @description Container format of the image file, for example `bare`. */
            container_format?: string | null;
            /** @description Disk format of the image file, for example `qcow2`. */
            disk_format?: string | null;
            /** @description Image ID. */
            image_id?: string | null;
            /** @description Image name. */
            image_name?: string | null;
            /** @description Minimum disk size in GB of the image. */
            min_disk?: number | null;
            /** @description Minimum memory in MB of the image. */
            min_ram?: number | null;
            /** @description Operating system distribution. */
            os_distro?: string | null;
            /** @description SCP image type, for example `STANDARD` or `CUSTOM`. */
            scp_image_type?: string | null;
            /** @description Kubernetes version, for Kubernetes node images. */
            scp_k8s_version?: string | null;
            /** @description Type of the image this image was made from. */
            scp_original_image_type?: string | null;
            /** @description Whether the signature of the image was verified. */
            signature_verified?: boolean | null;
            /**
             * Format: int64
             * @description Size of the image file in bytes.
             */
            size?: number | null;
        };
        /** @description One quota: its limit, what is in use and what is reserved. */
        VolumeQuotaSetObject: {
            /** @description Amount in use. */
            in_use: number;
            /** @description Maximum allowed; -1 means unlimited. */
            limit: number;
            /** @description Amount reserved by operations in progress. */
            reserved: number;
        };
        /**
         * @description Operating system family the server is billed for.
         * @enum {string}
         */
        PlannedComputeOsType: "open_source" | "windows" | "rhel";
        SecurityGroupResponseRule: {
            /** @description First port of the range the rule allows. */
            from_port: number;
            /** @description Rule ID. */
            id: string;
            /** @description IP protocol of the rule, for example `tcp`. */
            ip_protocol: string;
            /** @description Address range the rule applies to. */
            ip_range: components["schemas"]["SecurityGroupResponseRuleIpRange"];
            /** @description Last port of the range the rule allows. */
            to_port: number;
        };
        SecurityGroupResponseRuleIpRange: {
            /** @description Address range in CIDR notation. */
            cidr: string;
        };
        /**
         * @description A point in time, `YYYY-MM-DDThh:mm:ss` with optional fractions of a second. The API sends it either with a zone
         *     offset, as RFC 3339 (`2026-11-30T09:15:02Z`, `2026-11-30T18:15:02+09:00`), or without one (`2026-11-30T09:15:02`).
         *     The zone-less form names no time zone. Parse both forms: a strict RFC 3339 parser rejects the zone-less one.
         * @example 2026-11-30T09:15:02
         * @example 2026-11-30T09:15:02Z
         * @example 2026-11-30T18:15:02.123+09:00
         */
        Timestamp: string;
        /** @description A tag of a networking resource (VPC, subnet, port, gateway, security group, …). Unlike the tags of servers, both the key and the value are required. */
        NetworkTag: {
            /** @description Tag key. */
            key: string;
            /** @description Tag value. */
            value: string;
        };
        /** @description One reason a networking service refused a request. */
        NetworkError: {
            /** @description Machine-readable error code, starting with `scp-network.`. */
            code: string;
            /** @description Human-readable explanation. */
            detail?: string;
            /** @description The HTTP status of the answer, repeated. */
            status?: number;
        };
        /** @description Body of an error answer of a networking service (vpc, security-group). */
        NetworkErrorResponse: {
            /** @description The reasons the request was refused; usually one. */
            errors: components["schemas"]["NetworkError"][];
        };
        /**
         * @description State of a VPC: CREATING until it is ready, then ACTIVE; DELETED once removed; ERROR when creating it failed.
         * @enum {string}
         */
        VpcState: "CREATING" | "ACTIVE" | "DELETED" | "ERROR";
        /** @description A VPC: a private network with its own IPv4 address range. */
        Vpc: {
            /** @description ID of the account that owns the VPC. */
            account_id: string;
            /** @description IPv4 address range of the VPC, in CIDR notation. */
            cidr: string;
            /** @description When the VPC was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the VPC. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description VPC ID. */
            id: string;
            /** @description When the VPC was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the VPC. */
            modified_by: string;
            /** @description VPC name: 3 to 20 letters, digits and hyphens. */
            name: string;
            state: components["schemas"]["VpcState"];
        };
        /** @description One page of VPCs. */
        VpcListResponse: {
            /** @description Number of items matching the filters, over all pages; sent when the request asked `with_count=true`. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `limit` and `marker` instead. */
            links?: unknown[] | null;
            /** @description The VPCs of this page. */
            vpcs: components["schemas"]["Vpc"][];
        };
        /** @description One VPC. */
        VpcShowResponse: {
            vpc: components["schemas"]["Vpc"];
        };
        /** @description A new VPC. */
        VpcCreateRequest: {
            /** @description IPv4 address range of the VPC, in CIDR notation; check it first with `checkVpcCidrAvailabilities`. */
            cidr: string;
            /** @description Free-text description, up to 50 characters. */
            description?: string | null;
            /** @description VPC name: 3 to 20 letters, digits and hyphens. */
            name: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description What to change on a VPC: only its description can change. */
        VpcSetRequest: {
            /** @description New description, up to 50 characters; null clears it. */
            description?: string | null;
        };
        /** @description Whether an address range can be used for a new VPC. */
        AvailableVpcCidrDetail: {
            /** @description True when the range can be used. */
            available: boolean;
            /** @description The range that was checked. */
            cidr: string;
            /** @description Why the range can or cannot be used, in words. */
            message: string;
        };
        /** @description The result of a VPC range check. */
        AvailableVpcCidrResponse: {
            vpc_cidr_availability: components["schemas"]["AvailableVpcCidrDetail"];
        };
        /**
         * @description A limit of the networking services that `showMaxCount` reports.
         * @enum {string}
         */
        NetworkConfigMaxValue: "VPC.PROJECT.MAX" | "SUBNET.VPC.MAX" | "IP.ALLOCATION.POOLS.SUBNET.MAX" | "DNS.NAMESERVER.SUBNET.MAX" | "HOST.ROUTES.SUBNET.MAX" | "PORT.SECURITY_GROUP.MAX" | "DCON.UP.ROUTING.RULE.MAX" | "DCON.DOWN.ROUTING.RULE.MAX" | "TRANSIT_GATEWAY.MAX.COUNT" | "VPC_PEERING.MAX.COUNT" | "VPC_PEERING.DIFFERENT.ACCOUNT.MAX.COUNT" | "VPC.VPC_PEERING.MAX.COUNT" | "VPC_PEERING.ROUTING.RULE.MAX.COUNT" | "TRANSIT_GATEWAY.VPC.MAX.COUNT" | "VPC.TRANSIT_GATEWAY.MAX.COUNT" | "PRIVATE_NAT.DIRECT_CONNECT.MAX" | "DNS.PRIVATE_DNS.MAX.COUNT";
        /** @description The value of one limit. */
        CheckMaxCountShowResponse: {
            /** @description The limit. */
            max_count: number;
        };
        /**
         * @description State of a subnet: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed.
         * @enum {string}
         */
        SubnetState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR";
        /**
         * @description Kind of subnet: `GENERAL` (the usual kind, for servers), `LOCAL`, or `VPC_ENDPOINT` (holds VPC endpoints).
         * @enum {string}
         */
        SubnetType: "GENERAL" | "LOCAL" | "VPC_ENDPOINT";
        /** @description A range of addresses the subnet hands out to ports. */
        SubnetAllocationPool: {
            /** @description Last address of the range. */
            end: string;
            /** @description First address of the range. */
            start: string;
        };
        /** @description A static route the subnet announces to its hosts. */
        SubnetHostRoute: {
            /** @description Destination network, in CIDR notation. */
            destination: string;
            /** @description Address of the next hop. */
            nexthop: string;
        };
        /** @description A subnet, as lists show it. */
        Subnet: {
            /** @description ID of the account that owns the subnet. */
            account_id: string;
            /** @description IPv4 address range of the subnet, in CIDR notation, inside its VPC’s range. */
            cidr: string;
            /** @description When the subnet was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the subnet. */
            created_by: string;
            /** @description Address of the subnet’s gateway; null when it has none. */
            gateway_ip_address: string | null;
            /** @description Subnet ID. */
            id: string;
            /** @description When the subnet was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the subnet. */
            modified_by: string;
            /** @description Subnet name: 3 to 20 letters and digits. */
            name: string;
            state: components["schemas"]["SubnetState"];
            type: components["schemas"]["SubnetType"];
            /** @description ID of the VPC the subnet belongs to. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description A subnet with its address pools, name servers and routes. */
        SubnetDetail: {
            /** @description ID of the account that owns the subnet. */
            account_id: string;
            /**
             * @description Ranges the subnet hands out addresses from.
             * @default []
             */
            allocation_pools?: components["schemas"]["SubnetAllocationPool"][];
            /** @description IPv4 address range of the subnet, in CIDR notation, inside its VPC’s range. */
            cidr: string;
            /** @description When the subnet was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the subnet. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /**
             * @description DNS servers announced to the subnet’s hosts.
             * @default []
             */
            dns_nameservers?: string[];
            /** @description Address of the subnet’s gateway; null when it has none. */
            gateway_ip_address: string | null;
            /**
             * @description Static routes announced to the subnet’s hosts.
             * @default []
             */
            host_routes?: components["schemas"]["SubnetHostRoute"][];
            /** @description Subnet ID. */
            id: string;
            /** @description When the subnet was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the subnet. */
            modified_by: string;
            /** @description Subnet name: 3 to 20 letters and digits. */
            name: string;
            state: components["schemas"]["SubnetState"];
            type: components["schemas"]["SubnetType"];
            /** @description ID of the VPC the subnet belongs to. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description One page of subnets. */
        SubnetListResponse: {
            /** @description Number of items matching the filters, over all pages; sent when the request asked `with_count=true`. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `limit` and `marker` instead. */
            links?: unknown[] | null;
            /** @description The subnets of this page. */
            subnets: components["schemas"]["Subnet"][];
        };
        /** @description One subnet. */
        SubnetShowResponse: {
            subnet: components["schemas"]["SubnetDetail"];
        };
        /** @description A new subnet. */
        SubnetCreateRequest: {
            /**
             * @description Ranges to hand out addresses from; the whole range when left out.
             * @default []
             */
            allocation_pools?: components["schemas"]["SubnetAllocationPool"][];
            /** @description IPv4 address range, in CIDR notation, inside the VPC’s range; check it first with `checkSubnetCidrAvailabilities`. */
            cidr: string;
            /** @description Free-text description, up to 50 characters. */
            description?: string | null;
            /**
             * @description DNS servers to announce to the subnet’s hosts.
             * @default []
             */
            dns_nameservers?: string[];
            /**
             * @description Static routes to announce to the subnet’s hosts.
             * @default []
             */
            host_routes?: components["schemas"]["SubnetHostRoute"][];
            /** @description Subnet name: 3 to 20 letters and digits. */
            name: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
            type: components["schemas"]["SubnetType"];
            /** @description ID of the VPC to create the subnet in. */
            vpc_id: string;
        };
        /** @description What to change on a subnet: its description. */
        SubnetSetRequest: {
            /** @description New description, up to 50 characters. */
            description: string;
        };
        /** @description Whether an address range can be used for a new subnet of a VPC. */
        AvailableSubnetCidrDetail: {
            /** @description True when the range can be used. */
            available: boolean;
            /** @description The range that was checked. */
            cidr: string;
            /** @description Why the range can or cannot be used, in words. */
            message: string;
            /** @description The VPC the range was checked in. */
            vpc_id: string;
        };
        /** @description The result of a subnet range check. */
        AvailableSubnetCidrResponse: {
            subnet_cidr_availability: components["schemas"]["AvailableSubnetCidrDetail"];
        };
        /** @description A security group applied to a port. */
        PortSecurityGroup: {
            /** @description Security group ID. */
            id?: string | null;
            /** @description Security group name. */
            name?: string | null;
        };
        /** @description A port: a network interface in a subnet, with a fixed IP address, that a server or another resource attaches. */
        Port: {
            /** @description ID of the account that owns the port. */
            account_id: string;
            /** @description ID of the resource the port is attached to. */
            attached_resource_id: string;
            /** @description Kind of resource the port is attached to, for example `VM`. */
            attached_resource_type: string;
            /** @description When the port was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description Free-text description. */
            description: string;
            /** @description The port’s IPv4 address in its subnet. */
            fixed_ip_address: string;
            /** @description Port ID. */
            id: string;
            /** @description MAC address of the port. */
            mac_address: string;
            /** @description When the port was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description Port name. */
            name: string;
            /** @description Security groups applied to the port’s traffic. */
            security_groups: components["schemas"]["PortSecurityGroup"][];
            /** @description State of the port, for example `ACTIVE`. */
            state: string;
            /** @description ID of the port’s subnet. */
            subnet_id: string;
            /** @description Name of that subnet. */
            subnet_name: string;
            /** @description ID of the subnet’s VPC. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description A port as lists show it: without its security groups. */
        PortSummary: {
            /** @description ID of the account that owns the port. */
            account_id: string;
            /** @description ID of the resource the port is attached to. */
            attached_resource_id: string;
            /** @description Kind of resource the port is attached to, for example `VM`. */
            attached_resource_type: string;
            /** @description When the port was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description Free-text description. */
            description: string;
            /** @description The port’s IPv4 address in its subnet. */
            fixed_ip_address: string;
            /** @description Port ID. */
            id: string;
            /** @description MAC address of the port. */
            mac_address: string;
            /** @description When the port was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description Port name. */
            name: string;
            /** @description State of the port, for example `ACTIVE`. */
            state: string;
            /** @description ID of the port’s subnet. */
            subnet_id: string;
            /** @description Name of that subnet. */
            subnet_name: string;
            /** @description ID of the subnet’s VPC. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description One page of ports. */
        PortListResponse: {
            /** @description Number of items matching the filters, over all pages; sent when the request asked `with_count=true`. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `limit` and `marker` instead. */
            links?: unknown[] | null;
            /** @description The ports of this page. */
            ports: components["schemas"]["PortSummary"][];
        };
        /** @description One port. */
        PortShowResponse: {
            port: components["schemas"]["Port"];
        };
        /** @description A new port. */
        PortCreateRequest: {
            /** @description Free-text description, up to 50 characters. */
            description?: string | null;
            /** @description Address to give the port; the subnet picks a free one when left out. Check it first with `listPortIpAvailabilities`. */
            fixed_ip_address?: string | null;
            /** @description Port name, 3 to 20 characters. */
            name: string;
            /**
             * @description IDs of the security groups to apply.
             * @default []
             */
            security_groups?: string[];
            /** @description ID of the subnet to create the port in. */
            subnet_id: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description What to change on a port: its description and security groups. */
        PortSetRequest: {
            /** @description New description, up to 50 characters. */
            description?: string | null;
            /** @description IDs of the security groups to apply instead of the current ones. */
            security_groups?: string[] | null;
        };
        /** @description Whether an address of a subnet is free for a port. */
        PortIpAvailabilityResponse: {
            /** @description True when the address is free. */
            available: boolean;
            /** @description The address that was checked. */
            fixed_ip_address: string;
            /** @description Why the address can or cannot be used, in words. */
            message: string;
            /** @description The subnet the address was checked in. */
            subnet_id: string;
        };
        /** @description The result of a port address check. */
        PortIpAvailabilityListResponse: {
            /** @description Number of entries. */
            count?: number | null;
            /** @description Links the service may add. Their form is not documented. */
            links?: unknown[] | null;
            /** @description One entry per address checked. */
            port_ip_availabilities: components["schemas"]["PortIpAvailabilityResponse"][];
        };
        /**
         * @description State of a public IP: RESERVED for the account, ATTACHED to a resource, or DELETED.
         * @enum {string}
         */
        PublicipState: "RESERVED" | "ATTACHED" | "DELETED";
        /**
         * @description Kind of internet gateway a public IP is used through: `IGW`, `GGW` or `SIGW`.
         * @enum {string}
         */
        PublicipType: "IGW" | "GGW" | "SIGW";
        /**
         * @description Kind of resource a public IP is attached to: a virtual server (`VM`), an application or network load balancer (`ALB`, `LB`), a bare metal server (`BM`), a database (`DB`), a NAT gateway (`NAT_GW`), a GPU node (`GPU_NODE`) or a VPN (`VPN`).
         * @enum {string}
         */
        PublicipAttachedResourceType: "VM" | "ALB" | "LB" | "BM" | "DB" | "NAT_GW" | "GPU_NODE" | "VPN";
        /** @description A public IPv4 address reserved for the account. */
        Publicip: {
            /** @description ID of the account that owns the address. */
            account_id: string;
            /** @description ID of the resource the address is attached to; null when it is only reserved. */
            attached_resource_id?: string | null;
            /** @description Name of that resource. */
            attached_resource_name?: string | null;
            attached_resource_type?: components["schemas"]["PublicipAttachedResourceType"];
            /** @description When the public IP was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the public IP. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Public IP ID. */
            id: string;
            /** @description The public IPv4 address. */
            ip_address: string;
            /** @description When the public IP was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the public IP. */
            modified_by: string;
            state: components["schemas"]["PublicipState"];
            type: components["schemas"]["PublicipType"];
        };
        /** @description One page of public IPs. */
        PublicipListResponse: {
            /** @description Number of items matching the filters, over all pages; sent when the request asked `with_count=true`. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `limit` and `marker` instead. */
            links?: unknown[] | null;
            /** @description The public IPs of this page. */
            publicips: components["schemas"]["Publicip"][];
        };
        /** @description One public IP. */
        PublicipShowResponse: {
            publicip: components["schemas"]["Publicip"];
        };
        /** @description A public IP to reserve. */
        PublicipCreateRequest: {
            /** @description Free-text description, up to 50 characters. */
            description?: string | null;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
            type: components["schemas"]["PublicipType"];
        };
        /** @description What to change on a public IP: its description. */
        PublicipSetRequest: {
            /** @description New description, up to 50 characters. */
            description: string;
        };
        /**
         * @description State of an internet gateway: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed.
         * @enum {string}
         */
        InternetGatewayState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR";
        /**
         * @description Kind of internet gateway: `IGW`, `GGW` or `SIGW`.
         * @enum {string}
         */
        InternetGatewayType: "IGW" | "GGW" | "SIGW";
        /** @description An internet gateway: the connection of a VPC to the internet. */
        InternetGateway: {
            /** @description ID of the account that owns the gateway. */
            account_id: string;
            /** @description When the gateway was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the gateway. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description ID of the firewall in front of the gateway; null without one. */
            firewall_id?: string | null;
            /** @description Internet gateway ID. */
            id: string;
            /** @description Whether the gateway’s NAT traffic is logged. */
            loggable?: boolean;
            /** @description When the gateway was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the gateway. */
            modified_by: string;
            /** @description Gateway name, given by the service. */
            name: string;
            state: components["schemas"]["InternetGatewayState"];
            type: components["schemas"]["InternetGatewayType"];
            /** @description ID of the VPC the gateway connects. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description One page of internet gateways. */
        InternetGatewayListResponse: {
            /** @description Number of items matching the filters, over all pages; sent when the request asked `with_count=true`. */
            count?: number | null;
            /** @description The gateways of this page. */
            internet_gateways: components["schemas"]["InternetGateway"][];
            /** @description Links the service adds to some pages. Their form is not documented: page with `limit` and `marker` instead. */
            links?: unknown[] | null;
        };
        /** @description One internet gateway. */
        InternetGatewayShowResponse: {
            internet_gateway: components["schemas"]["InternetGateway"];
        };
        /** @description A new internet gateway for a VPC. */
        InternetGatewayCreateRequest: {
            /** @description Free-text description, up to 50 characters. */
            description?: string | null;
            /**
             * @description Put a firewall in front of the gateway.
             * @default false
             */
            firewall_enabled?: boolean;
            /**
             * @description Log the traffic of that firewall.
             * @default false
             */
            firewall_loggable?: boolean;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
            type: components["schemas"]["InternetGatewayType"];
            /** @description ID of the VPC to connect; `listInternetGatewayCreatableVpcs` lists the VPCs that can have one. */
            vpc_id: string;
        };
        /** @description What to change on an internet gateway. */
        InternetGatewaySetRequest: {
            /** @description New description, up to 50 characters. */
            description?: string | null;
            /** @description Log the gateway’s NAT traffic. */
            loggable?: boolean;
        };
        /** @description The kinds of internet gateway the account can create. */
        CreatableTypeListResponse: {
            /** @description The kinds, as `InternetGatewayType` values. */
            creatable_types: string[];
        };
        /** @description A VPC that can be given an internet gateway. */
        CreatableVpcDetail: {
            /** @description VPC ID. */
            vpc_id: string;
            /** @description VPC name. */
            vpc_name: string;
        };
        /** @description The VPCs that can be given an internet gateway. */
        CreatableVpcListResponse: {
            /** @description The VPCs. */
            creatable_vpcs: components["schemas"]["CreatableVpcDetail"][];
        };
        /**
         * @description State of a NAT gateway: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed.
         * @enum {string}
         */
        NatGatewayState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR";
        /** @description A NAT gateway: lets the hosts of a subnet reach the internet through a public IP. */
        NatGateway: {
            /** @description ID of the account that owns the gateway. */
            account_id: string;
            /** @description When the gateway was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the gateway. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description NAT gateway ID. */
            id: string;
            /** @description When the gateway was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the gateway. */
            modified_by: string;
            /** @description Gateway name, given by the service. */
            name: string;
            /** @description The public address the subnet’s traffic leaves from. */
            nat_gateway_ip_address: string;
            /** @description ID of the public IP the gateway uses. */
            publicip_id?: string | null;
            state: components["schemas"]["NatGatewayState"];
            /** @description Address range of the gateway’s subnet. */
            subnet_cidr: string;
            /** @description ID of the subnet the gateway serves. */
            subnet_id: string;
            /** @description Name of that subnet. */
            subnet_name: string;
            /** @description ID of the subnet’s VPC. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description One page of NAT gateways. */
        NatGatewayListResponse: {
            /** @description Number of items matching the filters, over all pages; sent when the request asked `with_count=true`. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `limit` and `marker` instead. */
            links?: unknown[] | null;
            /** @description The gateways of this page. */
            nat_gateways: components["schemas"]["NatGateway"][];
        };
        /** @description One NAT gateway. */
        NatGatewayShowResponse: {
            nat_gateway: components["schemas"]["NatGateway"];
        };
        /** @description A new NAT gateway for a subnet. */
        NatGatewayCreateRequest: {
            /**
             * @description Free-text description, up to 50 characters.
             * @default
             */
            description?: string;
            /** @description ID of a reserved public IP for the gateway to use. */
            publicip_id: string;
            /** @description ID of the subnet whose hosts the gateway serves. */
            subnet_id: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description What to change on a NAT gateway: its description. */
        NatGatewaySetRequest: {
            /**
             * @description New description, up to 50 characters.
             * @default
             */
            description?: string;
        };
        /**
         * @description State of a private NAT: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed.
         * @enum {string}
         */
        PrivateNatState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR";
        /** @description A private NAT: a range of addresses that a VPC’s hosts are translated to on a Direct Connect. */
        PrivateNat: {
            /** @description ID of the account that owns the private NAT. */
            account_id: string;
            /** @description The translated address range, in CIDR notation. */
            cidr: string;
            /** @description When the private NAT was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the private NAT. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description ID of the Direct Connect the private NAT serves. */
            direct_connect_id: string;
            /** @description Name of that Direct Connect. */
            direct_connect_name?: string | null;
            /** @description Private NAT ID. */
            id: string;
            /** @description When the private NAT was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the private NAT. */
            modified_by: string;
            /** @description Private NAT name. */
            name: string;
            state: components["schemas"]["PrivateNatState"];
            /** @description ID of the VPC of that Direct Connect. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name?: string | null;
        };
        /** @description One page of private NATs. */
        PrivateNatListResponse: {
            /** @description Number of items matching the filters, over all pages. */
            count: number;
            /** @description Number of this page, counted from 0. */
            page: number;
            /** @description The private NATs of this page. */
            private_nats: components["schemas"]["PrivateNat"][];
            /** @description Number of items per page. */
            size: number;
            /** @description The sort applied, as keys and directions (`created_at:desc`). */
            sort?: string[] | null;
        };
        /** @description One private NAT. */
        PrivateNatShowResponse: {
            private_nat: components["schemas"]["PrivateNat"];
        };
        /** @description A new private NAT on a Direct Connect. */
        PrivateNatCreateRequest: {
            /** @description The address range to translate to, in CIDR notation; check it first with `checkPrivateNatCidrAvailabilities`. */
            cidr: string;
            /**
             * @description Free-text description, up to 50 characters.
             * @default
             */
            description?: string;
            /** @description ID of the Direct Connect to serve. */
            direct_connect_id: string;
            /** @description Private NAT name, 3 to 20 characters. */
            name: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description What to change on a private NAT: its description. */
        PrivateNatSetRequest: {
            /**
             * @description New description, up to 50 characters.
             * @default
             */
            description?: string;
        };
        /** @description Whether an address range can be used for a private NAT on a Direct Connect. */
        PrivateNatCidrAvailabilityDetail: {
            /** @description True when the range can be used. */
            available: boolean;
            /** @description The range that was checked. */
            cidr: string;
            /** @description The Direct Connect it was checked for. */
            direct_connect_id: string;
            /** @description Why the range can or cannot be used, in words. */
            message: string;
        };
        /** @description The result of a private NAT range check. */
        PrivateNatCidrAvailabilityShowResponse: {
            private_nat_cidr_availability: components["schemas"]["PrivateNatCidrAvailabilityDetail"];
        };
        /**
         * @description State of a private NAT IP: RESERVED, ATTACHED to a server, or DELETED.
         * @enum {string}
         */
        PrivateNatIpState: "RESERVED" | "ATTACHED" | "DELETED";
        /**
         * @description Kind of server a private NAT IP is attached to: virtual (`VM`) or bare metal (`BM`).
         * @enum {string}
         */
        PrivateNatIpAttachedResourceType: "VM" | "BM";
        /** @description An address of a private NAT, reserved and possibly attached to a server. */
        PrivateNatIp: {
            /** @description ID of the server the address is attached to; null when it is only reserved. */
            attached_resource_id?: string | null;
            /** @description Name of that server. */
            attached_resource_name?: string | null;
            attached_resource_type?: components["schemas"]["PrivateNatIpAttachedResourceType"];
            /** @description When the address was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the address. */
            created_by: string;
            /** @description Private NAT IP ID. */
            id: string;
            /** @description The address, inside the private NAT’s range. */
            ip_address: string;
            /** @description When the address was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the address. */
            modified_by: string;
            /** @description ID of the private NAT. */
            private_nat_id: string;
            state: components["schemas"]["PrivateNatIpState"];
        };
        /** @description One page of private NAT IPs. */
        PrivateNatIpListResponse: {
            /** @description Number of items matching the filters, over all pages. */
            count: number;
            /** @description Number of this page, counted from 0. */
            page: number;
            /** @description The addresses of this page. */
            private_nat_ips: components["schemas"]["PrivateNatIp"][];
            /** @description Number of items per page. */
            size: number;
            /** @description The sort applied, as keys and directions (`created_at:desc`). */
            sort?: string[] | null;
        };
        /** @description One private NAT IP. */
        PrivateNatIpShowResponse: {
            private_nat_ip: components["schemas"]["PrivateNatIp"];
        };
        /** @description An address of the private NAT to reserve. */
        PrivateNatIpCreateRequest: {
            /** @description The IPv4 address, inside the private NAT’s range. */
            ip_address: string;
        };
        /**
         * @description State of a transit gateway: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. EDITING while a change is applied.
         * @enum {string}
         */
        TransitGatewayState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR" | "EDITING";
        /** @description A transit gateway: a hub that routes traffic between the VPCs connected to it. */
        TransitGateway: {
            /** @description ID of the account that owns the transit gateway. */
            account_id: string;
            /** @description Bandwidth of the transit gateway; null when none is set. */
            bandwidth?: number | null;
            /** @description When the transit gateway was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the transit gateway. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Firewall IDs of the transit gateway, in one string; null without any. */
            firewall_ids?: string | null;
            /** @description Transit gateway ID. */
            id: string;
            /** @description When the transit gateway was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the transit gateway. */
            modified_by: string;
            /** @description Transit gateway name: 3 to 20 letters and digits. */
            name: string;
            state: components["schemas"]["TransitGatewayState"];
            /**
             * @description Whether the transit gateway’s uplink is enabled.
             * @default false
             */
            uplink_enabled?: boolean;
        };
        /** @description One page of transit gateways. */
        TransitGatewayListResponse: {
            /** @description Number of items matching the filters, over all pages. */
            count: number;
            /** @description Number of this page, counted from 0. */
            page: number;
            /** @description Number of items per page. */
            size: number;
            /** @description The sort applied, as keys and directions (`created_at:desc`). */
            sort?: string[] | null;
            /** @description The transit gateways of this page. */
            transit_gateways: components["schemas"]["TransitGateway"][];
        };
        /** @description One transit gateway. */
        TransitGatewayShowResponse: {
            transit_gateway: components["schemas"]["TransitGateway"];
        };
        /** @description A new transit gateway. */
        TransitGatewayCreateRequest: {
            /** @description Free-text description, up to 50 characters. */
            description?: string | null;
            /** @description Transit gateway name, 3 to 20 characters. */
            name: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description What to change on a transit gateway: its description. */
        TransitGatewaySetRequest: {
            /**
             * @description New description, up to 50 characters.
             * @default
             */
            description?: string;
        };
        /**
         * @description State of a routing rule: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed.
         * @enum {string}
         */
        RoutingRuleState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR";
        /**
         * @description An end of a transit gateway route: a connected VPC (`VPC`) or the transit gateway itself (`TGW`).
         * @enum {string}
         */
        TransitGatewayRuleDestinationType: "VPC" | "TGW";
        /** @description A routing rule of a transit gateway: traffic for a destination range goes from one end to the other. */
        TransitGatewayRule: {
            /** @description ID of the account that owns the rule. */
            account_id: string;
            /** @description When the rule was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the rule. */
            created_by: string;
            /** @description Free-text description. */
            description: string;
            /** @description Destination address range, in CIDR notation. */
            destination_cidr: string;
            /** @description ID of the VPC or transit gateway the traffic goes to. */
            destination_resource_id: string | null;
            /** @description Name of that resource. */
            destination_resource_name?: string | null;
            destination_type: components["schemas"]["TransitGatewayRuleDestinationType"];
            /** @description Routing rule ID. */
            id: string;
            /** @description When the rule was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the rule. */
            modified_by: string;
            /** @description ID of the VPC or transit gateway the traffic comes from. */
            source_resource_id: string | null;
            /** @description Name of that resource. */
            source_resource_name?: string | null;
            source_type: components["schemas"]["TransitGatewayRuleDestinationType"];
            state: components["schemas"]["RoutingRuleState"];
            /** @description ID of the connected VPC the rule belongs to. */
            tgw_connection_vpc_id: string | null;
            /** @description Name of that VPC. */
            tgw_connection_vpc_name?: string | null;
        };
        /** @description One page of transit gateway routing rules. */
        TransitGatewayRuleListResponse: {
            /** @description Number of items matching the filters, over all pages. */
            count: number;
            /** @description Number of this page, counted from 0. */
            page: number;
            /** @description Number of items per page. */
            size: number;
            /** @description The sort applied, as keys and directions (`created_at:desc`). */
            sort?: string[] | null;
            /** @description The rules of this page. */
            transit_gateway_rules: components["schemas"]["TransitGatewayRule"][];
        };
        /** @description One transit gateway routing rule. */
        TransitGatewayRuleShowResponse: {
            transit_gateway_rule: components["schemas"]["TransitGatewayRule"];
        };
        /** @description A new routing rule of a transit gateway. */
        TransitGatewayRuleCreateRequest: {
            /**
             * @description Free-text description, up to 50 characters.
             * @default
             */
            description?: string;
            /** @description Destination address range, in CIDR notation; check it first with `listTransitGatewayRoutingRuleAvailabilities`. */
            destination_cidr: string;
            destination_type: components["schemas"]["TransitGatewayRuleDestinationType"];
            /** @description ID of the connected VPC the rule belongs to. */
            tgw_connection_vpc_id: string;
        };
        /** @description Whether a destination range can be routed for a connected VPC. */
        TransitGatewayRuleAvailabilityDetail: {
            /** @description True when the range can be routed. */
            available: boolean;
            /** @description The connected VPC it was checked for. */
            connected_vpc_id: string;
            /** @description The range that was checked. */
            destination_cidr: string;
            destination_type: components["schemas"]["TransitGatewayRuleDestinationType"];
            /** @description Why the range can or cannot be routed, in words. */
            message: string;
        };
        /** @description The result of a routing rule check. */
        TransitGatewayRuleAvailabilityResponse: {
            /** @description Number of entries. */
            count: number;
            /** @description One entry per range checked. */
            destination_cidr_availabilities: components["schemas"]["TransitGatewayRuleAvailabilityDetail"][];
        };
        /**
         * @description State of a VPC connection: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed.
         * @enum {string}
         */
        TransitGatewayVpcConnectionState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR";
        /** @description A VPC connected to a transit gateway. */
        TransitGatewayVpcConnection: {
            /** @description ID of the account that owns the connection. */
            account_id: string;
            /** @description When the connection was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the connection. */
            created_by: string;
            /** @description VPC connection ID. */
            id: string;
            /** @description When the connection was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the connection. */
            modified_by: string;
            state: components["schemas"]["TransitGatewayVpcConnectionState"];
            /** @description ID of the transit gateway. */
            transit_gateway_id: string;
            /** @description ID of the connected VPC. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description One page of VPC connections. */
        TransitGatewayVpcConnectionListResponse: {
            /** @description Number of items matching the filters, over all pages. */
            count: number;
            /** @description Number of this page, counted from 0. */
            page: number;
            /** @description Number of items per page. */
            size: number;
            /** @description The sort applied, as keys and directions (`created_at:desc`). */
            sort?: string[] | null;
            /** @description The connections of this page. */
            transit_gateway_vpc_connections: components["schemas"]["TransitGatewayVpcConnection"][];
        };
        /** @description One VPC connection. */
        TransitGatewayVpcConnectionShowResponse: {
            transit_gateway_vpc_connection: components["schemas"]["TransitGatewayVpcConnection"];
        };
        /** @description A VPC to connect to the transit gateway. */
        TransitGatewayVpcConnectionCreateRequest: {
            /** @description ID of the VPC to connect. */
            vpc_id: string;
        };
        /**
         * @description State of a VPC endpoint: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed.
         * @enum {string}
         */
        VpcEndpointState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR";
        /**
         * @description Kind of service a VPC endpoint reaches: File Storage (`FS`), Object Storage (`OBS`) or Container Registry (`SCR`).
         * @enum {string}
         */
        VpcEndpointResourceType: "FS" | "OBS" | "SCR";
        /** @description A VPC endpoint: an address in a subnet through which the VPC reaches a platform service privately. */
        VpcEndpoint: {
            /** @description ID of the account that owns the endpoint. */
            account_id: string;
            /** @description When the endpoint was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the endpoint. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description The endpoint’s address in its subnet. */
            endpoint_ip_address: string;
            /** @description VPC endpoint ID. */
            id: string;
            /** @description When the endpoint was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the endpoint. */
            modified_by: string;
            /** @description Endpoint name. */
            name: string;
            /** @description Description of the service reached, as `listVpcEndpointConnectableResources` gives it. */
            resource_info: string;
            /** @description Key of the service reached, as `listVpcEndpointConnectableResources` gives it. */
            resource_key: string;
            resource_type: components["schemas"]["VpcEndpointResourceType"];
            state: components["schemas"]["VpcEndpointState"];
            /** @description ID of the endpoint’s subnet. */
            subnet_id: string;
            /** @description Name of that subnet. */
            subnet_name: string;
            /** @description ID of the VPC. */
            vpc_id: string;
            /** @description Name of that VPC. */
            vpc_name: string;
        };
        /** @description One page of VPC endpoints. */
        VpcEndpointListResponse: {
            /** @description Number of items matching the filters, over all pages; sent when the request asked `with_count=true`. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `limit` and `marker` instead. */
            links?: unknown[] | null;
            /** @description The endpoints of this page. */
            vpc_endpoints: components["schemas"]["VpcEndpoint"][];
        };
        /** @description One VPC endpoint. */
        VpcEndpointShowResponse: {
            vpc_endpoint: components["schemas"]["VpcEndpoint"];
        };
        /** @description A new VPC endpoint. */
        VpcEndpointCreateRequest: {
            /**
             * @description Free-text description, up to 50 characters.
             * @default
             */
            description?: string;
            /** @description Address for the endpoint in the subnet; check it first with `checkVpcEndpointIpAddressAvailabilities`. */
            endpoint_ip_address: string;
            /** @description Endpoint name, 3 to 20 characters. */
            name: string;
            /** @description Description of the service to reach, from `listVpcEndpointConnectableResources`. */
            resource_info: string;
            /** @description Key of the service to reach, from `listVpcEndpointConnectableResources`. */
            resource_key: string;
            resource_type: components["schemas"]["VpcEndpointResourceType"];
            /** @description ID of the subnet for the endpoint (a `VPC_ENDPOINT` subnet). */
            subnet_id: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
            /** @description ID of the VPC. */
            vpc_id: string;
        };
        /** @description What to change on a VPC endpoint: its description. */
        VpcEndpointSetRequest: {
            /**
             * @description New description, up to 50 characters.
             * @default
             */
            description?: string;
        };
        /** @description A service a VPC endpoint can reach. */
        VpcEndpointConnectableResourceDetail: {
            /** @description Description of the service. */
            resource_info: string;
            /** @description Key of the service, to pass as `resource_key` when creating an endpoint. */
            resource_key: string;
            resource_type: components["schemas"]["VpcEndpointResourceType"];
        };
        /** @description The services VPC endpoints can reach. */
        VpcEndpointConnectableResourceListResponse: {
            /** @description Number of entries. */
            count?: number | null;
            /** @description Links the service may add. Their form is not documented. */
            links?: unknown[] | null;
            /** @description The services. */
            vpc_endpoint_connectable_resources: components["schemas"]["VpcEndpointConnectableResourceDetail"][];
        };
        /** @description Whether an address of a subnet is free for a VPC endpoint. */
        VpcEndpointIpAvailabilityDetail: {
            /** @description True when the address is free. */
            available: boolean;
            /** @description The address that was checked. */
            endpoint_ip_address: string;
            /** @description Why the address can or cannot be used, in words. */
            message: string;
            /** @description The subnet it was checked in. */
            subnet_id: string;
        };
        /** @description The result of an endpoint address check. */
        VpcEndpointShowIpAvailabilityResponse: {
            vpc_endpoint_ip_availability: components["schemas"]["VpcEndpointIpAvailabilityDetail"];
        };
        /** @description Whether a VPC can get an endpoint to a service. */
        VpcEndpointResourceAvailabilityDetail: {
            /** @description True when the VPC can get an endpoint to the service. */
            available: boolean;
            /** @description Why it can or cannot, in words. */
            message: string;
            /** @description The service that was checked. */
            resource_key: string;
            resource_type: components["schemas"]["VpcEndpointResourceType"];
            /** @description The VPC it was checked for. */
            vpc_id: string;
        };
        /** @description The result of an endpoint service check. */
        VpcEndpointResourceAvailabilityShowResponse: {
            vpc_endpoint_resource_availability: components["schemas"]["VpcEndpointResourceAvailabilityDetail"];
        };
        /**
         * @description State of a VPC peering: CREATING until it is ready, then ACTIVE; DELETING while it is removed, then DELETED; ERROR when creating or changing it failed. EDITING while a change is applied.
         * @enum {string}
         */
        VpcPeeringState: "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "ERROR" | "EDITING";
        /**
         * @description Whether the two VPCs of a peering belong to the same account (`SAME`) or to two accounts (`DIFFERENT`).
         * @enum {string}
         */
        VpcPeeringAccountType: "SAME" | "DIFFERENT";
        /** @description A VPC peering: a connection between a requester VPC and an approver VPC. */
        VpcPeering: {
            account_type: components["schemas"]["VpcPeeringAccountType"];
            /** @description ID of the account of the approver VPC. */
            approver_vpc_account_id: string;
            /** @description ID of the approver VPC. */
            approver_vpc_id: string;
            /** @description Name of the approver VPC. */
            approver_vpc_name: string;
            /** @description When the peering was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the peering. */
            created_by: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description VPC peering ID. */
            id: string;
            /** @description When the peering was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the peering. */
            modified_by: string;
            /** @description Peering name: 3 to 20 letters and digits. */
            name: string;
            /** @description ID of the account of the requester VPC. */
            requester_vpc_account_id: string;
            /** @description ID of the requester VPC. */
            requester_vpc_id: string;
            /** @description Name of the requester VPC. */
            requester_vpc_name: string;
            state: components["schemas"]["VpcPeeringState"];
        };
        /** @description One page of VPC peerings. */
        VpcPeeringListResponse: {
            /** @description Number of items matching the filters, over all pages. */
            count: number;
            /** @description Number of this page, counted from 0. */
            page: number;
            /** @description Number of items per page. */
            size: number;
            /** @description The sort applied, as keys and directions (`created_at:desc`). */
            sort?: string[] | null;
            /** @description The peerings of this page. */
            vpc_peerings: components["schemas"]["VpcPeering"][];
        };
        /** @description One VPC peering. */
        VpcPeeringShowResponse: {
            vpc_peering: components["schemas"]["VpcPeering"];
        };
        /** @description A new VPC peering. */
        VpcPeeringCreateRequest: {
            /**
             * @description ID of the account of the approver VPC, when it is another account.
             * @default
             */
            approver_vpc_account_id?: string;
            /** @description ID of the VPC to connect to. */
            approver_vpc_id: string;
            /** @description Free-text description, up to 50 characters. */
            description?: string | null;
            /** @description Peering name, 3 to 20 characters. */
            name: string;
            /** @description ID of your VPC that requests the peering. */
            requester_vpc_id: string;
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description What to change on a VPC peering: its description. */
        VpcPeeringSetRequest: {
            /**
             * @description New description, up to 50 characters.
             * @default
             */
            description?: string;
        };
        /** @description Whether two VPCs can be peered. */
        VpcPeeringAvailabilityDetail: {
            /** @description Account of the approver VPC. */
            approver_vpc_account_id: string;
            /** @description The approver VPC. */
            approver_vpc_id: string;
            /** @description True when the two VPCs can be peered. */
            available: boolean;
            /** @description Why they can or cannot, in words. */
            message: string;
            /** @description Account of the requester VPC. */
            requester_vpc_account_id: string;
            /** @description The requester VPC. */
            requester_vpc_id: string;
        };
        /** @description The result of a peering check. */
        VpcPeeringAvailabilityResponse: {
            /** @description Number of entries. */
            count: number;
            /** @description One entry per pair of VPCs checked. */
            vpc_peering_availability: components["schemas"]["VpcPeeringAvailabilityDetail"][];
        };
        /**
         * @description An end of a VPC peering: the requester VPC or the approver VPC.
         * @enum {string}
         */
        VpcPeeringRuleDestinationVpcType: "REQUESTER_VPC" | "APPROVER_VPC";
        /** @description A routing rule of a VPC peering: traffic for a destination range goes from one VPC of the peering to the other. */
        VpcPeeringRule: {
            /** @description When the rule was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the rule. */
            created_by: string;
            /** @description Destination address range, in CIDR notation. */
            destination_cidr: string;
            /** @description ID of the VPC the traffic goes to. */
            destination_vpc_id: string;
            /** @description Name of that VPC. */
            destination_vpc_name: string;
            destination_vpc_type: components["schemas"]["VpcPeeringRuleDestinationVpcType"];
            /** @description Routing rule ID. */
            id: string;
            /** @description When the rule was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the rule. */
            modified_by: string;
            /** @description ID of the VPC the traffic comes from. */
            source_vpc_id: string;
            /** @description Name of that VPC. */
            source_vpc_name: string;
            source_vpc_type: components["schemas"]["VpcPeeringRuleDestinationVpcType"];
            state: components["schemas"]["RoutingRuleState"];
            /** @description ID of the peering. */
            vpc_peering_id: string;
        };
        /** @description One page of VPC peering routing rules. */
        VpcPeeringRuleListResponse: {
            /** @description Number of items matching the filters, over all pages. */
            count: number;
            /** @description Number of this page, counted from 0. */
            page: number;
            /** @description Number of items per page. */
            size: number;
            /** @description The sort applied, as keys and directions (`created_at:desc`). */
            sort?: string[] | null;
            /** @description The rules of this page. */
            vpc_peering_rules: components["schemas"]["VpcPeeringRule"][];
        };
        /** @description One VPC peering routing rule. */
        VpcPeeringRuleShowResponse: {
            vpc_peering_rule: components["schemas"]["VpcPeeringRule"];
        };
        /** @description A new routing rule of a VPC peering. */
        VpcPeeringRuleCreateRequest: {
            /** @description Destination address range, in CIDR notation; check it first with `listVpcPeeringRoutingRuleAvailabilities`. */
            destination_cidr: string;
            destination_vpc_type: components["schemas"]["VpcPeeringRuleDestinationVpcType"];
            /**
             * @description Tags to put on the new resource.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description Whether a destination range can be routed through a peering. */
        VpcPeeringRuleAvailabilityDetail: {
            /** @description True when the range can be routed. */
            available: boolean;
            /** @description The range that was checked. */
            destination_cidr: string;
            destination_vpc_type: components["schemas"]["VpcPeeringRuleDestinationVpcType"];
            /** @description Why the range can or cannot be routed, in words. */
            message: string;
        };
        /** @description The result of a peering routing rule check. */
        VpcPeeringRuleAvailabilityResponse: {
            /** @description Number of entries. */
            count: number;
            /** @description One entry per range checked. */
            destination_cidr_availabilities: components["schemas"]["VpcPeeringRuleAvailabilityDetail"][];
        };
        /** @description A security group: a set of rules allowing traffic to and from the ports (servers) it is applied to. */
        SecurityGroup: {
            /** @description ID of the account that owns the group. */
            account_id: string;
            /** @description When the group was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the group. */
            created_by: string;
            /** @description Free-text description. */
            description: string | null;
            /** @description Security group ID. */
            id: string;
            /** @description Whether the traffic the group’s rules match is logged. */
            loggable: boolean;
            /** @description When the group was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the group. */
            modified_by: string;
            /** @description Security group name. */
            name: string;
            /**
             * @description Number of rules in the group.
             * @default 0
             */
            rule_count?: number;
            /** @description State of the group, for example `ACTIVE`. */
            state: string;
        };
        /** @description One page of security groups. */
        SecurityGroupListResponse: {
            /** @description Number of groups matching the filters, over all pages. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `page` and `size` instead. */
            links?: unknown[] | null;
            /** @description The groups of this page. */
            security_groups: components["schemas"]["SecurityGroup"][];
        };
        /** @description One security group. */
        SecurityGroupShowResponse: {
            security_group: components["schemas"]["SecurityGroup"];
        };
        /** @description A new security group. */
        SecurityGroupCreateRequest: {
            /** @description Free-text description, up to 255 characters. */
            description?: string | null;
            /** @description Log the traffic the group’s rules match. */
            loggable?: boolean | null;
            /** @description Security group name, up to 255 characters. */
            name: string;
            /**
             * @description Tags to put on the new group.
             * @default []
             */
            tags?: components["schemas"]["NetworkTag"][];
        };
        /** @description What to change on a security group. */
        SecurityGroupSetRequest: {
            /** @description New description, up to 255 characters. */
            description?: string | null;
            /** @description Log the traffic the group’s rules match. */
            loggable?: boolean | null;
        };
        /** @description One quota: how many are allowed and how many are used. */
        SecurityGroupQuota: {
            /**
             * @description How many are allowed.
             * @default 0
             */
            limit?: number;
            /**
             * @description How many are used.
             * @default 0
             */
            used?: number;
        };
        /** @description The security group quotas of the account. */
        SecurityGroupQuotaResponse: {
            /** @description Rules, over all groups. */
            security_group_rules: components["schemas"]["SecurityGroupQuota"];
            /** @description Rules of one group (the one asked for, when `security_group_id` is given). */
            security_group_rules_per_sg: components["schemas"]["SecurityGroupQuota"];
            /** @description Security groups. */
            security_groups: components["schemas"]["SecurityGroupQuota"];
        };
        /**
         * @description Which traffic a rule allows: arriving at the group’s ports (`ingress`) or leaving them (`egress`).
         * @enum {string}
         */
        SecurityGroupRuleDirection: "ingress" | "egress";
        /** @description A rule of a security group: one kind of traffic it allows. */
        SecurityGroupRule: {
            /** @description When the rule was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who created the rule. */
            created_by: string;
            /** @description Free-text description. */
            description: string | null;
            direction: components["schemas"]["SecurityGroupRuleDirection"];
            /** @description IP version of the traffic: `IPv4` or `IPv6`. */
            ethertype?: string | null;
            /** @description Security group rule ID. */
            id: string;
            /** @description When the rule was last changed. */
            modified_at: components["schemas"]["Timestamp"];
            /** @description ID of the user who last changed the rule. */
            modified_by: string;
            /** @description Highest port of the range allowed; null for every port. */
            port_range_max: number | null;
            /** @description Lowest port of the range allowed; null for every port. */
            port_range_min: number | null;
            /** @description IP protocol allowed, for example `tcp`, `udp` or `icmp`; null for every protocol. */
            protocol: string | null;
            /** @description ID of the security group whose ports the traffic comes from or goes to; null when the rule names addresses instead. */
            remote_group_id: string | null;
            /** @description Name of that group. */
            remote_group_name?: string | null;
            /** @description Addresses the traffic comes from or goes to, in CIDR notation; null when the rule names a group instead. */
            remote_ip_prefix: string | null;
            /** @description ID of the group the rule belongs to. */
            security_group_id: string;
        };
        /** @description One page of security group rules. */
        SecurityGroupRuleListResponse: {
            /** @description Number of rules matching the filters, over all pages. */
            count?: number | null;
            /** @description Links the service adds to some pages. Their form is not documented: page with `page` and `size` instead. */
            links?: unknown[] | null;
            /** @description The rules of this page. */
            security_group_rules: components["schemas"]["SecurityGroupRule"][];
        };
        /** @description One security group rule. */
        SecurityGroupRuleShowResponse: {
            security_group_rule: components["schemas"]["SecurityGroupRule"];
        };
        /** @description A new rule of a security group. */
        SecurityGroupRuleCreateRequest: {
            /** @description Free-text description. */
            description?: string | null;
            direction: components["schemas"]["SecurityGroupRuleDirection"];
            /** @description IP version of the traffic: `IPv4` or `IPv6`. */
            ethertype?: string | null;
            /** @description Highest port of the range to allow; leave out (with `port_range_min`) for every port. */
            port_range_max?: number | null;
            /** @description Lowest port of the range to allow. */
            port_range_min?: number | null;
            /** @description IP protocol to allow, for example `tcp`, `udp` or `icmp`; null for every protocol. */
            protocol: string | null;
            /** @description ID of a security group whose ports the traffic comes from or goes to; instead of `remote_ip_prefix`. */
            remote_group_id?: string | null;
            /** @description Addresses the traffic comes from or goes to, in CIDR notation. */
            remote_ip_prefix?: string | null;
            /** @description ID of the group to add the rule to. */
            security_group_id: string;
        };
        /** @description One of the rules of a bulk creation. */
        SecurityGroupRuleCreateRequestParam: {
            /** @description Free-text description. */
            description?: string | null;
            direction: components["schemas"]["SecurityGroupRuleDirection"];
            /** @description IP version of the traffic: `IPv4` or `IPv6`. */
            ethertype?: string | null;
            /** @description Highest port of the range to allow; leave out (with `port_range_min`) for every port. */
            port_range_max?: number | null;
            /** @description Lowest port of the range to allow. */
            port_range_min?: number | null;
            /** @description IP protocol to allow, for example `tcp`, `udp` or `icmp`; null for every protocol. */
            protocol: string | null;
            /** @description ID of a security group whose ports the traffic comes from or goes to; instead of `remote_ip_prefix`. */
            remote_group_id?: string | null;
            /** @description Addresses the traffic comes from or goes to, in CIDR notation. */
            remote_ip_prefix?: string | null;
            /** @description ID of the group; the request’s `security_group_id` when left out. */
            security_group_id?: string | null;
        };
        /** @description Several new rules of one security group. */
        SecurityGroupRulesCreateRequest: {
            /** @description ID of the group to add the rules to. */
            security_group_id: string;
            /** @description The rules to add. */
            security_group_rules: components["schemas"]["SecurityGroupRuleCreateRequestParam"][];
        };
        /** @description The rules created. */
        SecurityGroupRulesCreateResponse: {
            /** @description The new rules. */
            security_group_rules: components["schemas"]["SecurityGroupRule"][];
        };
    };
    responses: {
        /** @description The interfaces, wrapped in `{"interfaces": [...]}`. */
        ServerInterfaceList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerInterfaceListResponse"];
            };
        };
        /** @description Accepted; the action runs asynchronously. No body. */
        Accepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The request was rejected, for example because a field is missing or has the wrong type. The body is an array
         *     of `ValidationErrorModel`. A client must still cope with an error body of another shape, or one that is not JSON.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorList"];
            };
        };
        /**
         * @description The request was rejected, for example because a field is missing or has the wrong type. The body is expected
         *     to be an array of `ValidationErrorModel`, as the service answers elsewhere, but this is not guaranteed: a client
         *     must cope with an error body of another shape (networking services answer `{"errors": [...]}`), or one that is
         *     not JSON.
         */
        BadRequestUndocumented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorList"];
            };
        };
        /** @description The signed headers are missing, expired or do not match the request (see the security schemes). No body is documented. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The credentials are valid but not allowed to perform this action. No body is documented. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource, or another resource the request refers to, does not exist. No body is documented. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource is in a state that does not allow this action (for example a server that is still being built). No body is documented. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Done. No body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The service failed to answer. No body is documented. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The request was refused, for example because a field is missing, has the wrong type or names a value the
         *     service does not accept. The body is either the array of `ValidationErrorModel` (the request failed validation) or
         *     `{"errors": [...]}` (`NetworkErrorResponse`, the service refused it). A client must still cope with an error body of
         *     another shape, or one that is not JSON.
         */
        NetworkBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorList"] | components["schemas"]["NetworkErrorResponse"];
            };
        };
        /** @description The resource is in a state that does not allow this action, or other resources still depend on it (for example a VPC that still has subnets, or a security group still in use). No body is documented. */
        NetworkConflict: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Server ID.
         * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
         */
        ServerId: string;
        /**
         * @description Port ID of the interface.
         * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
         */
        PortId: string;
        /**
         * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
         *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
         * @example virtualserver 1.3
         */
        ScpApiVersion: string;
        /**
         * @description Language of human-readable messages, for example `en-US`.
         * @example en-US
         */
        AcceptLanguage: string;
        /**
         * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
         *     is part of the signed message.
         * @example
         */
        ScpAccountId: string;
        /**
         * @description Auto-Scaling Group ID.
         * @example 52613bd852b04b39adcb15a8364d856d
         */
        AutoScalingGroupId: string;
        /**
         * @description Notification ID.
         * @example 4c7e9a1b3d5f4a6c8e0b2d4f6a8c0e1f
         */
        NotificationId: string;
        /**
         * @description Scaling policy ID.
         * @example 0fdd87aab8cb46f59b7c1f81ed03fb3e
         */
        PolicyId: string;
        /**
         * @description Schedule ID.
         * @example 6b1d2e3f4a5b4c6d8e9f0a1b2c3d4e5f
         */
        ScheduleId: string;
        /**
         * @description Image ID.
         * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
         */
        ImageId: string;
        /**
         * @description Account the image is shared with.
         * @example 8989447062e04a818baf9e073fd04fa7
         */
        MemberId: string;
        /**
         * @description Key pair name, 1 to 255 letters, digits, spaces, `-` and `_`.
         * @example deploy-key
         */
        KeypairName: string;
        /**
         * @description Launch configuration ID.
         * @example b5aea5a675fc4f6b9e0fcd1288354c5f
         */
        LaunchConfigurationId: string;
        /**
         * @description Server group ID.
         * @example e4b0c8a2-1f3d-4e5a-9b6c-7d8e9f0a1b2c
         */
        ServerGroupId: string;
        /**
         * @description Server type ID.
         * @example s1v2m4
         */
        ServerTypeId: string;
        /**
         * @description Static NAT ID.
         * @example 224b80106e6f41b38efe98ac9ddbf280
         */
        NatId: string;
        /**
         * @description Subnet ID.
         * @example 78b2ee3f074145c580ab6abac4821f97
         */
        SubnetId: string;
        /**
         * @description Security group ID.
         * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
         */
        SecurityGroupId: string;
        /**
         * @description Volume ID.
         * @example 3f500f00-ed80-4566-a057-e31760226f9a
         */
        VolumeId: string;
        /**
         * @description Snapshot ID.
         * @example c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c
         */
        SnapshotId: string;
        /**
         * @description Volume transfer ID.
         * @example cceed636-1f1e-4bb0-b85c-4e5b9e0bf790
         */
        TransferId: string;
        /**
         * @description Volume type ID.
         * @example c643ac35-3aec-43e6-b97a-3d6f666c5207
         */
        VolumeTypeId: string;
        /**
         * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
         *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
         * @example vpc 1.0
         */
        VpcApiVersion: string;
        /**
         * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
         * @example true
         */
        WithCount: string;
        /**
         * @description Maximum number of items in one page.
         * @example 20
         */
        Limit: number;
        /**
         * @description ID of the last item of the previous page; the page starts after it.
         * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
         */
        Marker: string;
        /**
         * @description Sort key and direction (for example `created_at:desc`).
         * @example created_at:desc
         */
        Sort: string;
        /**
         * @description Number of items per page.
         * @example 20
         */
        Size: number;
        /**
         * @description Page to return, counted from 0.
         * @example 0
         */
        Page: number;
        /**
         * @description VPC ID.
         * @example 8a463aa4b1dc4f279c3f53b94dc45e74
         */
        VpcId: string;
        /**
         * @description Port ID.
         * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
         */
        VpcPortId: string;
        /**
         * @description Public IP ID.
         * @example 615fa9cd5cff486c9de679b3ce63e601
         */
        PublicipId: string;
        /**
         * @description Internet gateway ID.
         * @example 3d5e7f9a1b2c4d6e8f0a2b4c6d8e0f1a
         */
        InternetGatewayId: string;
        /**
         * @description NAT gateway ID.
         * @example 4e6f8a0b2c4d4e6f8a0b2c4d6e8f0a2b
         */
        NatGatewayId: string;
        /**
         * @description Private NAT ID.
         * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
         */
        PrivateNatId: string;
        /**
         * @description Private NAT IP ID.
         * @example 1f0cb5390c40483592ddc5a282f53496
         */
        PrivateNatIpId: string;
        /**
         * @description Transit gateway ID.
         * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
         */
        TransitGatewayId: string;
        /**
         * @description Routing rule ID of the transit gateway.
         * @example f0e1d2c3b4a54968a7b6c5d4e3f2a1b0
         */
        TransitGatewayRoutingRuleId: string;
        /**
         * @description VPC connection ID.
         * @example 0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5
         */
        VpcConnectionId: string;
        /**
         * @description VPC endpoint ID.
         * @example b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5d
         */
        VpcEndpointId: string;
        /**
         * @description VPC peering ID.
         * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
         */
        VpcPeeringId: string;
        /**
         * @description Routing rule ID of the VPC peering.
         * @example a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d
         */
        VpcPeeringRoutingRuleId: string;
        /**
         * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
         *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
         * @example securitygroup 1.0
         */
        SecurityGroupApiVersion: string;
        /**
         * @description Security group rule ID.
         * @example b3c4d5e6f7a84b9c0d1e2f3a4b5c6d7e
         */
        SecurityGroupRuleId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAutoScalingGroups: {
        parameters: {
            query?: {
                /**
                 * @description Name to filter on.
                 * @example asg-web
                 */
                name?: string;
                /**
                 * @description State to filter on.
                 * @example IN_SERVICE
                 */
                state?: string;
                /**
                 * @description Launch configuration ID to filter on.
                 * @example b5aea5a675fc4f6b9e0fcd1288354c5f
                 */
                launch_configuration_id?: string;
                /**
                 * @description Launch configuration name to filter on.
                 * @example lc-web
                 */
                launch_configuration_name?: string;
                /**
                 * @description Load balancer server group ID to filter on.
                 * @example a1f6c2d9e8b74f03a5c4d3e2f1b0a998
                 */
                lb_server_group_id?: string;
                /**
                 * @description Security group ID to filter on.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id?: string;
                /**
                 * @description Subnet ID to filter on.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id?: string;
                /**
                 * @description VPC ID to filter on.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Creator (user ID) to filter on.
                 * @example 7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b
                 */
                created_by?: string;
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Auto-Scaling Groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAutoScalingGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "desired_server_count": 2,
                 *       "desired_server_count_editable": true,
                 *       "drain_enabled": true,
                 *       "drain_timeout": 300,
                 *       "launch_configuration_id": "b5aea5a675fc4f6b9e0fcd1288354c5f",
                 *       "lb_server_groups": [
                 *         {
                 *           "id": "a1f6c2d9e8b74f03a5c4d3e2f1b0a998",
                 *           "port": 80
                 *         }
                 *       ],
                 *       "max_server_count": 4,
                 *       "min_server_count": 1,
                 *       "name": "asg-web",
                 *       "notifications": null,
                 *       "scaling_policies": null,
                 *       "security_group_ids": [
                 *         "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *       ],
                 *       "server_name_prefix": "web",
                 *       "subnet_ids": [
                 *         "78b2ee3f074145c580ab6abac4821f97"
                 *       ],
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The new Auto-Scaling Group. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showAutoScalingGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Auto-Scaling Group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAutoScalingGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "desired_server_count_editable": true,
                 *       "drain_enabled": true,
                 *       "drain_timeout": 600,
                 *       "launch_configuration_id": "b5aea5a675fc4f6b9e0fcd1288354c5f",
                 *       "security_group_ids": [
                 *         "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupSetRequest"];
            };
        };
        responses: {
            /** @description The updated Auto-Scaling Group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAutoScalingGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAutoScalingGroupLbServerGroups: {
        parameters: {
            query?: {
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The load balancer server groups of a group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupLbServerGroupListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAutoScalingGroupLbServerGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lb_server_groups": [
                 *         {
                 *           "id": "a1f6c2d9e8b74f03a5c4d3e2f1b0a998",
                 *           "port": 80
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupLbServerGroupSetRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAutoScalingGroupNotifications: {
        parameters: {
            query?: {
                /**
                 * @description Users to filter on; repeat the parameter for several.
                 * @example [
                 *       "7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b"
                 *     ]
                 */
                user_ids?: string[];
                /**
                 * @description Notification state to filter on.
                 * @example ACTIVE
                 */
                notification_state?: string;
                /**
                 * @description Notification event to filter on.
                 * @example SCALE_OUT
                 */
                notification_event?: string;
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notifications of a group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupNotificationListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAutoScalingGroupNotification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notification_events": [
                 *         "SCALE_OUT",
                 *         "SCALE_IN"
                 *       ],
                 *       "user_ids": [
                 *         "7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupNotificationCreateRequest"];
            };
        };
        responses: {
            /** @description The notifications of the group. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupNotificationListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showAutoScalingGroupNotification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Notification ID.
                 * @example 4c7e9a1b3d5f4a6c8e0b2d4f6a8c0e1f
                 */
                notification_id: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupNotificationShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAutoScalingGroupNotification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Notification ID.
                 * @example 4c7e9a1b3d5f4a6c8e0b2d4f6a8c0e1f
                 */
                notification_id: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notification_events": [
                 *         "SCALE_OUT",
                 *         "SCALE_OUT_FAIL"
                 *       ],
                 *       "notification_state": "ACTIVE"
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupNotificationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupNotificationShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAutoScalingGroupNotification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Notification ID.
                 * @example 4c7e9a1b3d5f4a6c8e0b2d4f6a8c0e1f
                 */
                notification_id: components["parameters"]["NotificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAutoScalingGroupPolicies: {
        parameters: {
            query?: {
                /**
                 * @description Name to filter on.
                 * @example cpu-high
                 */
                name?: string;
                /**
                 * @description Metric method to filter on.
                 * @example AVG
                 */
                metric_method?: components["schemas"]["AutoScalingGroupPolicyMetricMethod"];
                /**
                 * @description Metric type to filter on.
                 * @example CPU
                 */
                metric_type?: string;
                /**
                 * @description Scale type to filter on.
                 * @example SCALE_OUT
                 */
                scale_type?: components["schemas"]["AutoScalingGroupPolicyScaleType"];
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scaling policies of a group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupPolicyListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAutoScalingGroupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comparison_operator": "ge",
                 *       "cooldown_seconds": 300,
                 *       "evaluation_minutes": 5,
                 *       "metric_method": "AVG",
                 *       "metric_type": "CPU",
                 *       "name": "cpu-high",
                 *       "scale_method": "AMOUNT",
                 *       "scale_type": "SCALE_OUT",
                 *       "scale_value": 1,
                 *       "threshold": 70
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupPolicyCreateRequest"];
            };
        };
        responses: {
            /** @description The new scaling policy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupPolicyShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showAutoScalingGroupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Scaling policy ID.
                 * @example 0fdd87aab8cb46f59b7c1f81ed03fb3e
                 */
                policy_id: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scaling policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupPolicyShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAutoScalingGroupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Scaling policy ID.
                 * @example 0fdd87aab8cb46f59b7c1f81ed03fb3e
                 */
                policy_id: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comparison_operator": "ge",
                 *       "cooldown_seconds": 600,
                 *       "evaluation_minutes": 5,
                 *       "metric_method": "AVG",
                 *       "metric_type": "CPU",
                 *       "name": "web-01",
                 *       "scale_method": "AMOUNT",
                 *       "scale_type": "SCALE_OUT",
                 *       "scale_value": 1,
                 *       "state": "ACTIVE",
                 *       "threshold": 80
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupPolicyUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated scaling policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupPolicyShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAutoScalingGroupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Scaling policy ID.
                 * @example 0fdd87aab8cb46f59b7c1f81ed03fb3e
                 */
                policy_id: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAutoScalingGroupSchedules: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                size?: number;
                /**
                 * @description Page number, from 0.
                 * @example 0
                 */
                page?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
                /**
                 * @description Frequency to filter on.
                 * @example WEEKLY
                 */
                frequency?: components["schemas"]["JobSchedulingFrequencyEnum"];
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedules of a group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupScheduleListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAutoScalingGroupSchedule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "day_of_month": null,
                 *       "day_of_week": "MON",
                 *       "description": null,
                 *       "desired_server_count": 4,
                 *       "end_date": null,
                 *       "frequency": "WEEKLY",
                 *       "hour": 9,
                 *       "max_server_count": null,
                 *       "min_server_count": null,
                 *       "minute": 0,
                 *       "name": "weekday-morning",
                 *       "start_date": "2026-12-01",
                 *       "state": "ACTIVE",
                 *       "timezone": "Asia/Seoul"
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupScheduleCreateRequest"];
            };
        };
        responses: {
            /** @description The new schedule. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupScheduleShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showAutoScalingGroupSchedule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Schedule ID.
                 * @example 6b1d2e3f4a5b4c6d8e9f0a1b2c3d4e5f
                 */
                schedule_id: components["parameters"]["ScheduleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupScheduleShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAutoScalingGroupSchedule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Schedule ID.
                 * @example 6b1d2e3f4a5b4c6d8e9f0a1b2c3d4e5f
                 */
                schedule_id: components["parameters"]["ScheduleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "day_of_month": null,
                 *       "day_of_week": "MON",
                 *       "description": "Nightly backup of the web data volume",
                 *       "desired_server_count": 2,
                 *       "end_date": null,
                 *       "frequency": "WEEKLY",
                 *       "hour": 8,
                 *       "max_server_count": 4,
                 *       "min_server_count": 1,
                 *       "minute": 30,
                 *       "name": "web-01",
                 *       "start_date": "2026-12-01",
                 *       "state": "ACTIVE",
                 *       "timezone": "Asia/Seoul"
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupScheduleUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated schedule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupScheduleShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAutoScalingGroupSchedule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
                /**
                 * @description Schedule ID.
                 * @example 6b1d2e3f4a5b4c6d8e9f0a1b2c3d4e5f
                 */
                schedule_id: components["parameters"]["ScheduleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAutoScalingGroupServerCount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "desired_server_count": 3,
                 *       "max_server_count": 6,
                 *       "min_server_count": 2
                 *     }
                 */
                "application/json": components["schemas"]["AutoScalingGroupSetServerCountRequest"];
            };
        };
        responses: {
            /** @description The Auto-Scaling Group with its new server counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAutoScalingGroupVirtualServers: {
        parameters: {
            query?: {
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                marker?: string;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 52613bd852b04b39adcb15a8364d856d
                 */
                auto_scaling_group_id: components["parameters"]["AutoScalingGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The servers of an Auto-Scaling Group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoScalingGroupVirtualServerListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listDefaultConfigs: {
        parameters: {
            query?: {
                /**
                 * @description Name to filter on.
                 * @example default_volume_type
                 */
                name?: string;
                /**
                 * @description Category to filter on.
                 * @example compute
                 */
                category?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default configuration values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefaultConfigListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listImages: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                marker?: string;
                /**
                 * @description SCP image type to filter on, for example `STANDARD` or `CUSTOM`.
                 * @example CUSTOM
                 */
                scp_image_type?: string;
                /**
                 * @description Original image type to filter on.
                 * @example STANDARD
                 */
                scp_original_image_type?: string;
                /**
                 * @description Name to filter on.
                 * @example ubuntu-2204-web
                 */
                name?: string;
                /**
                 * @description Operating system distribution to filter on.
                 * @example ubuntu
                 */
                os_distro?: string;
                /**
                 * @description Status to filter on.
                 * @example active
                 */
                status?: string;
                /**
                 * @description Visibility to filter on.
                 * @example private
                 */
                visibility?: components["schemas"]["ImageVisibilityEnum"];
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "container_format": "bare",
                 *       "disk_format": "qcow2",
                 *       "min_disk": 100,
                 *       "min_ram": 0,
                 *       "name": "ubuntu-2204-web",
                 *       "os_distro": "ubuntu",
                 *       "protected": false,
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ],
                 *       "url": "https://object-store.kr-west1.e.samsungsdscloud.com/images/ubuntu-2204-web.qcow2",
                 *       "visibility": "private"
                 *     }
                 */
                "application/json": components["schemas"]["ImageCreateRequest"];
            };
        };
        responses: {
            /** @description The new image; its `status` shows the upload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "min_disk": 100,
                 *       "min_ram": 0,
                 *       "protected": true,
                 *       "visibility": "shared"
                 *     }
                 */
                "application/json": components["schemas"]["ImageSetRequest"];
            };
        };
        responses: {
            /** @description The updated image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    importImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://object-store.kr-west1.e.samsungsdscloud.com/images/ubuntu-2204-web.qcow2"
                 *     }
                 */
                "application/json": components["schemas"]["ImageImportRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listImageMembers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members of an image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMemberListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createImageMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "member_id": "8989447062e04a818baf9e073fd04fa7"
                 *     }
                 */
                "application/json": components["schemas"]["ImageMemberCreateRequest"];
            };
        };
        responses: {
            /** @description The new share, `pending` until the account accepts it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMemberShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showImageMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
                /**
                 * @description Account the image is shared with.
                 * @example 8989447062e04a818baf9e073fd04fa7
                 */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMemberShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateImageMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
                /**
                 * @description Account the image is shared with.
                 * @example 8989447062e04a818baf9e073fd04fa7
                 */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "accepted"
                 *     }
                 */
                "application/json": components["schemas"]["ImageMemberSetRequest"];
            };
        };
        responses: {
            /** @description The share with its new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMemberShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteImageMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
                /**
                 * @description Account the image is shared with.
                 * @example 8989447062e04a818baf9e073fd04fa7
                 */
                member_id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createSharingImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listKeypairs: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Name of the last key pair of the previous page; the page starts after it.
                 * @example deploy-key
                 */
                marker?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key pairs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createKeypair: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "deploy-key",
                 *       "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2m0Jq5cR8vXb7wQe3nLr1tYpZs9dF4gH6jK2lM8nO deploy@web-01",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["KeypairCreateRequest"];
            };
        };
        responses: {
            /** @description The new key pair; `private_key` is set only when the key pair was generated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairCreateResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showKeypair: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Key pair name, 1 to 255 letters, digits, spaces, `-` and `_`.
                 * @example deploy-key
                 */
                keypair_name: components["parameters"]["KeypairName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteKeypair: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Key pair name, 1 to 255 letters, digits, spaces, `-` and `_`.
                 * @example deploy-key
                 */
                keypair_name: components["parameters"]["KeypairName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listLaunchConfigurations: {
        parameters: {
            query?: {
                /**
                 * @description Name to filter on.
                 * @example lc-web
                 */
                name?: string;
                /**
                 * @description Only launch configurations of this image.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id?: string;
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A launch configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchConfigurationShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createLaunchConfiguration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_id": "6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13",
                 *       "keypair_name": "deploy-key",
                 *       "name": "lc-web",
                 *       "server_type_id": "s1v2m4",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ],
                 *       "user_data": null,
                 *       "volumes": [
                 *         {
                 *           "boot_index": 0,
                 *           "size": 100,
                 *           "type": "SSD"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LaunchConfigurationCreateRequest"];
            };
        };
        responses: {
            /** @description The new launch configuration. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchConfigurationDetailShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showLaunchConfiguration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Launch configuration ID.
                 * @example b5aea5a675fc4f6b9e0fcd1288354c5f
                 */
                launch_configuration_id: components["parameters"]["LaunchConfigurationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The launch configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchConfigurationDetailShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteLaunchConfiguration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Launch configuration ID.
                 * @example b5aea5a675fc4f6b9e0fcd1288354c5f
                 */
                launch_configuration_id: components["parameters"]["LaunchConfigurationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPendingImages: {
        parameters: {
            query?: {
                /**
                 * @description SCP image type to filter on, for example `STANDARD` or `CUSTOM`.
                 * @example CUSTOM
                 */
                scp_image_type?: string;
                /**
                 * @description Original image type to filter on.
                 * @example STANDARD
                 */
                scp_original_image_type?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The images being prepared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showQuotaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerQuotaSet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listServerGroups: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroupListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createServerGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web-anti-affinity",
                 *       "policy": "anti-affinity",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServerGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The new server group. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroup"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server group ID.
                 * @example e4b0c8a2-1f3d-4e5a-9b6c-7d8e9f0a1b2c
                 */
                server_group_id: components["parameters"]["ServerGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server group ID.
                 * @example e4b0c8a2-1f3d-4e5a-9b6c-7d8e9f0a1b2c
                 */
                server_group_id: components["parameters"]["ServerGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the server group is deleted. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServerTypes: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example s1v2m4
                 */
                marker?: string;
                /**
                 * @description Only server types with at least this disk size in GB.
                 * @example 100
                 */
                min_disk?: number;
                /**
                 * @description Only server types with at least this much memory.
                 * @example 4096
                 */
                min_ram?: number;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example vcpus:asc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerTypeListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showServerType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server type ID.
                 * @example s1v2m4
                 */
                server_type_id: components["parameters"]["ServerTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVirtualServers: {
        parameters: {
            query?: {
                /**
                 * @description Server name.
                 * @example web-01
                 */
                name?: string;
                /**
                 * @description IP address of the server.
                 * @example 192.169.3.2
                 */
                ip?: string;
                /**
                 * @description Server state, for example `ACTIVE` or `SHUTOFF`.
                 * @example ACTIVE
                 */
                state?: string;
                /**
                 * @description Product category.
                 * @example compute
                 */
                product_category?: components["schemas"]["ProductCategory"];
                /**
                 * @description Product offering; repeat the parameter to filter on several (`product_offering=virtual_server&product_offering=gpu_server`).
                 * @example [
                 *       "virtual_server"
                 *     ]
                 */
                product_offering?: components["schemas"]["ProductOffering"][];
                /**
                 * @description VPC ID.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Server type ID.
                 * @example s1v1m2
                 */
                server_type_id?: string;
                /**
                 * @description Maximum number of servers in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description ID of the last server of the previous page; the page starts after it.
                 * @example 5e1bd2e4-7c3b-4d2e-9a6f-0b8f2c7d1a94
                 */
                marker?: string;
                /**
                 * @description Sort key and direction, passed through to the service as written (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: string;
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 3f0c7a1e2b9d4c58a6e1f0d2c3b4a596
                 */
                auto_scaling_group_id?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_id": "6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13",
                 *       "keypair_name": "my-keypair",
                 *       "lock": false,
                 *       "max_count": 1,
                 *       "metadata": {
                 *         "role": "web"
                 *       },
                 *       "name": "web-01",
                 *       "networks": [
                 *         {
                 *           "subnet_id": "78b2ee3f074145c580ab6abac4821f97",
                 *           "fixed_ip": "192.169.3.2",
                 *           "public_ip_id": "615fa9cd5cff486c9de679b3ce63e601"
                 *         }
                 *       ],
                 *       "product_category": "compute",
                 *       "product_offering": "virtual_server",
                 *       "security_groups": [
                 *         "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *       ],
                 *       "server_type_id": "s1v1m2",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ],
                 *       "volumes": [
                 *         {
                 *           "boot_index": 0,
                 *           "delete_on_termination": true,
                 *           "size": 100,
                 *           "source_type": "image",
                 *           "type": "SSD"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServerCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the servers are being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerCreateResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web-01-renamed"
                 *     }
                 */
                "application/json": components["schemas"]["ServerUpdateRequest"];
            };
        };
        responses: {
            /** @description The renamed server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showVirtualServerConsoleLog: {
        parameters: {
            query?: {
                /**
                 * @description Number of lines of the log to return, counted from the end.
                 * @example 100
                 */
                line_size?: number;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The console output. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerConsoleLogResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVirtualServerDump: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createVirtualServerCustomImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_name": "web-01-golden"
                 *     }
                 */
                "application/json": components["schemas"]["ServerCreateImageRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the image is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerCreateImageResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listServerInterfaces: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerInterfaceList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerInterfaceCreateRequest"];
            };
        };
        responses: {
            /** @description The interface now attached to the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfaceResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerInterfaceList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fixed_ip_address": "192.169.3.10",
                 *       "subnet_id": "78b2ee3f074145c580ab6abac4821f97"
                 *     }
                 */
                "application/json": components["schemas"]["ServerInterfaceUpdateRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the interface is detached. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createServerInterfacePrivateNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "private_nat_id": "3e7a1c9d5b2f4e8a9c0d1e2f3a4b5c6d",
                 *       "private_nat_ip_id": "1f0cb5390c40483592ddc5a282f53496"
                 *     }
                 */
                "application/json": components["schemas"]["ServerPrivateStaticNatCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the private NAT IP is mapped to the interface. No body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerInterfacePrivateNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerInterfaceNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "publicip_id": "615fa9cd5cff486c9de679b3ce63e601"
                 *     }
                 */
                "application/json": components["schemas"]["ServerStaticNatCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the public IP is bound to the interface. No body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerInterfaceNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServerIps: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerIpsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showServerIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses in the subnet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShowResponseAddress"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    lockVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVirtualServerPassword: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "private_key": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n"
                 *     }
                 */
                "application/json": components["schemas"]["ServerPasswordRequest"];
            };
        };
        responses: {
            /** @description The password. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerPasswordResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rebootVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reboot_type": "SOFT"
                 *     }
                 */
                "application/json": components["schemas"]["ServerRebootRequestBody"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    rebuildVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listVirtualServerSecurityGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security groups of a server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerSecurityGroupListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    attachVirtualServerSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "security_group_id": "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *     }
                 */
                "application/json": components["schemas"]["ServerSecurityGroupActionRequestBody"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    detachVirtualServerSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    setVirtualServerType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "server_type": "s1v4m8"
                 *     }
                 */
                "application/json": components["schemas"]["ServerSetServerTypeRequestBody"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    startVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    stopVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    unlockVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServerVolumes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volumes attached to a server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerVolumesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delete_on_termination": false,
                 *       "device": "/dev/vdb",
                 *       "volume_id": "3f500f00-ed80-4566-a057-e31760226f9a"
                 *     }
                 */
                "application/json": components["schemas"]["ServerVolumesCreateRequest"];
            };
        };
        responses: {
            /** @description The new attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServersVolumeResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume attachment of a server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServersVolumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServerVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delete_on_termination": true,
                 *       "volume_id": "3f500f00-ed80-4566-a057-e31760226f9a"
                 *     }
                 */
                "application/json": components["schemas"]["ServerVolumesUpdateRequest"];
            };
        };
        responses: {
            /** @description OK; the attachment is changed. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Only snapshots of this volume.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id?: string;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c
                 */
                marker?: string;
                /**
                 * @description Also return the total count.
                 * @example true
                 */
                with_count?: boolean;
                /**
                 * @description Name to filter on.
                 * @example web-data-nightly
                 */
                name?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Nightly backup of the web data volume",
                 *       "force": false,
                 *       "metadata": {
                 *         "role": "web"
                 *       },
                 *       "name": "web-data-nightly",
                 *       "volume_id": "3f500f00-ed80-4566-a057-e31760226f9a"
                 *     }
                 */
                "application/json": components["schemas"]["SnapshotCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the snapshot is being taken. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotDetailResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    showSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Snapshot ID.
                 * @example c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotDetailResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    updateSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Snapshot ID.
                 * @example c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Taken before the 2026-12 upgrade",
                 *       "name": "web-data-before-upgrade"
                 *     }
                 */
                "application/json": components["schemas"]["SnapshotUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotDetailResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    deleteSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Snapshot ID.
                 * @example c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c
                 */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume transfers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web-data to acme-prod",
                 *       "volume_id": "3f500f00-ed80-4566-a057-e31760226f9a"
                 *     }
                 */
                "application/json": components["schemas"]["VolumeTransferRequest"];
            };
        };
        responses: {
            /** @description Accepted; the transfer is created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferCreateResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    showVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume transfer ID.
                 * @example cceed636-1f1e-4bb0-b85c-4e5b9e0bf790
                 */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume transfer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    deleteVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume transfer ID.
                 * @example cceed636-1f1e-4bb0-b85c-4e5b9e0bf790
                 */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    acceptVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume transfer ID.
                 * @example cceed636-1f1e-4bb0-b85c-4e5b9e0bf790
                 */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "auth_key": "9a7ad649f1cd75e7"
                 *     }
                 */
                "application/json": components["schemas"]["VolumeTransferAccessRequest"];
            };
        };
        responses: {
            /** @description Accepted; the volume is being transferred. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferAcceptResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listVolumeTypes: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c643ac35-3aec-43e6-b97a-3d6f666c5207
                 */
                marker?: string;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    showDefaultVolumeType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default volume type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeDetailResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    showVolumeType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume type ID.
                 * @example c643ac35-3aec-43e6-b97a-3d6f666c5207
                 */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeDetailResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listVolumes: {
        parameters: {
            query?: {
                /**
                 * @description Also return the total count.
                 * @example true
                 */
                with_count?: boolean;
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                marker?: string;
                /**
                 * @description Sort key and direction, for example `created_at:desc`.
                 * @example created_at:desc
                 */
                sort?: string;
                /**
                 * @description Number of items to skip.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Name to filter on.
                 * @example web-data
                 */
                name?: string;
                /**
                 * @description State to filter on.
                 * @example available
                 */
                state?: string;
                /**
                 * @description Only bootable (or only non-bootable) volumes.
                 * @example true
                 */
                bootable?: boolean;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web-data",
                 *       "size": 200,
                 *       "snapshot_id": "c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ],
                 *       "volume_type": "SSD"
                 *     }
                 */
                "application/json": components["schemas"]["VolumeCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the volume is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    showVolumeQuotaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeQuotaSet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    updateVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web-data-2"
                 *     }
                 */
                "application/json": components["schemas"]["VolumeUpdateRequest"];
            };
        };
        responses: {
            /** @description The renamed volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
        };
    };
    deleteVolume: {
        parameters: {
            query?: {
                /**
                 * @description Delete the snapshots of the volume too.
                 * @example false
                 */
                cascade?: boolean;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    revertVolumeToSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "snapshot_id": "c4d2e9a1-6b7f-4e35-9a0c-1d2e3f4a5b6c"
                 *     }
                 */
                "application/json": components["schemas"]["VolumeRevertRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    attachVolumeToVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delete_on_termination": false,
                 *       "server_id": "2a9be312-5d4b-4bc8-b2ae-35100fa9241f"
                 *     }
                 */
                "application/json": components["schemas"]["VolumeServerAttachRequest"];
            };
        };
        responses: {
            /** @description Accepted; the volume is being attached. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeServerAttachResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    detachVolumeFromVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    extendVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "size": 300
                 *     }
                 */
                "application/json": components["schemas"]["VolumeExtendRequest"];
            };
        };
        responses: {
            /** @description Accepted; the volume is being extended. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    listVpcs: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
                 * @example true
                 */
                with_count?: components["parameters"]["WithCount"];
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description VPC ID.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                id?: string;
                /**
                 * @description VPC name.
                 * @example vpc-web
                 */
                name?: string;
                /**
                 * @description VPC state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["VpcState"];
                /**
                 * @description Address range of the VPC, in CIDR notation.
                 * @example 192.169.0.0/16
                 */
                cidr?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of VPCs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createVpc: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cidr": "192.169.0.0/16",
                 *       "description": "Web tier",
                 *       "name": "vpc-web",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["VpcCreateRequest"];
            };
        };
        responses: {
            /** @description The new VPC. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showMaxCount: {
        parameters: {
            query: {
                /**
                 * @description The limit to read.
                 * @example SUBNET.VPC.MAX
                 */
                config_name: components["schemas"]["NetworkConfigMaxValue"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckMaxCountShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    checkVpcCidrAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description The address range to check, in CIDR notation.
                 * @example 192.169.0.0/16
                 */
                cidr: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableVpcCidrResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVpc: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC ID.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id: components["parameters"]["VpcId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VPC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setVpc: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC ID.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id: components["parameters"]["VpcId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Web and API tier"
                 *     }
                 */
                "application/json": components["schemas"]["VpcSetRequest"];
            };
        };
        responses: {
            /** @description The changed VPC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVpc: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC ID.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id: components["parameters"]["VpcId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listSubnets: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
                 * @example true
                 */
                with_count?: components["parameters"]["WithCount"];
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                id?: string;
                /**
                 * @description Subnet name.
                 * @example subnetweb
                 */
                name?: string;
                /**
                 * @description Subnet kinds; repeat the parameter for several (`type=GENERAL&type=LOCAL`).
                 * @example [
                 *       "GENERAL"
                 *     ]
                 */
                type?: components["schemas"]["SubnetType"][];
                /**
                 * @description Subnet state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["SubnetState"];
                /**
                 * @description ID of the subnets’ VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Name of the subnets’ VPC.
                 * @example vpc-web
                 */
                vpc_name?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of subnets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubnetListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSubnet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allocation_pools": [
                 *         {
                 *           "end": "192.169.3.254",
                 *           "start": "192.169.3.2"
                 *         }
                 *       ],
                 *       "cidr": "192.169.3.0/24",
                 *       "description": "Web servers",
                 *       "dns_nameservers": [
                 *         "8.8.8.8"
                 *       ],
                 *       "name": "subnetweb",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ],
                 *       "type": "GENERAL",
                 *       "vpc_id": "8a463aa4b1dc4f279c3f53b94dc45e74"
                 *     }
                 */
                "application/json": components["schemas"]["SubnetCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the subnet is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubnetShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    checkSubnetCidrAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description ID of the VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id: string;
                /**
                 * @description The address range to check, in CIDR notation.
                 * @example 192.169.3.0/24
                 */
                cidr: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableSubnetCidrResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showSubnet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subnet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubnetShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setSubnet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Web and API servers"
                 *     }
                 */
                "application/json": components["schemas"]["SubnetSetRequest"];
            };
        };
        responses: {
            /** @description The changed subnet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubnetShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSubnet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listPorts: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
                 * @example true
                 */
                with_count?: components["parameters"]["WithCount"];
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Port name.
                 * @example port-web-01
                 */
                name?: string;
                /**
                 * @description ID of the ports’ subnet.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id?: string;
                /**
                 * @description Name of the ports’ subnet.
                 * @example subnetweb
                 */
                subnet_name?: string;
                /**
                 * @description Port ID.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                id?: string;
                /**
                 * @description ID of the resource the port is attached to.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                attached_resource_id?: string;
                /**
                 * @description Fixed IP address of the port.
                 * @example 192.169.3.2
                 */
                fixed_ip_address?: string;
                /**
                 * @description MAC address of the port.
                 * @example fa:16:3e:c0:71:2b
                 */
                mac_address?: string;
                /**
                 * @description Port state.
                 * @example ACTIVE
                 */
                state?: string;
                /**
                 * @description ID of a security group applied to the ports.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_groups?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of ports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPort: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Spare address for web-02",
                 *       "fixed_ip_address": "192.169.3.20",
                 *       "name": "port-web-02",
                 *       "security_groups": [
                 *         "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *       ],
                 *       "subnet_id": "78b2ee3f074145c580ab6abac4821f97"
                 *     }
                 */
                "application/json": components["schemas"]["PortCreateRequest"];
            };
        };
        responses: {
            /** @description The new port. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listPortIpAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description ID of the subnet.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: string;
                /**
                 * @description The address to check.
                 * @example 192.169.3.20
                 */
                fixed_ip_address: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortIpAvailabilityListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showPort: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Port ID.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["VpcPortId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The port. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setPort: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Port ID.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["VpcPortId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "web-01 primary",
                 *       "security_groups": [
                 *         "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PortSetRequest"];
            };
        };
        responses: {
            /** @description The changed port. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePort: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Port ID.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["VpcPortId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listPublicip: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
                 * @example true
                 */
                with_count?: components["parameters"]["WithCount"];
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description The public address.
                 * @example 182.197.61.81
                 */
                ip_address?: string;
                /**
                 * @description Public IP state.
                 * @example ATTACHED
                 */
                state?: components["schemas"]["PublicipState"];
                /**
                 * @description Kind of resource the address is attached to.
                 * @example VM
                 */
                attached_resource_type?: components["schemas"]["PublicipAttachedResourceType"];
                /**
                 * @description ID of the resource the address is attached to.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                attached_resource_id?: string;
                /**
                 * @description Name of the resource the address is attached to.
                 * @example web-01
                 */
                attached_resource_name?: string;
                /**
                 * @description ID of the VPC the address is used in.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Kind of internet gateway the address is used through.
                 * @example IGW
                 */
                type?: components["schemas"]["PublicipType"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of public IPs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicipListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPublicip: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "NAT for subnetweb",
                 *       "type": "IGW"
                 *     }
                 */
                "application/json": components["schemas"]["PublicipCreateRequest"];
            };
        };
        responses: {
            /** @description The reserved address. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicipShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showPublicip: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Public IP ID.
                 * @example 615fa9cd5cff486c9de679b3ce63e601
                 */
                publicip_id: components["parameters"]["PublicipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public IP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicipShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setPublicip: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Public IP ID.
                 * @example 615fa9cd5cff486c9de679b3ce63e601
                 */
                publicip_id: components["parameters"]["PublicipId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "web-01 (production)"
                 *     }
                 */
                "application/json": components["schemas"]["PublicipSetRequest"];
            };
        };
        responses: {
            /** @description The changed public IP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicipShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePublicip: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Public IP ID.
                 * @example 615fa9cd5cff486c9de679b3ce63e601
                 */
                publicip_id: components["parameters"]["PublicipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listInternetGateways: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
                 * @example true
                 */
                with_count?: components["parameters"]["WithCount"];
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Internet gateway ID.
                 * @example 3d5e7f9a1b2c4d6e8f0a2b4c6d8e0f1a
                 */
                id?: string;
                /**
                 * @description Internet gateway name.
                 * @example IGW_vpc-web
                 */
                name?: string;
                /**
                 * @description Kind of internet gateway.
                 * @example IGW
                 */
                type?: components["schemas"]["InternetGatewayType"];
                /**
                 * @description Internet gateway state.
                 * @example ACTIVE
                 */
                state?: "CREATING" | "ACTIVE" | "DELETING" | "ERROR";
                /**
                 * @description ID of the gateway’s VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Name of the gateway’s VPC.
                 * @example vpc-web
                 */
                vpc_name?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of internet gateways. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternetGatewayListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createInternetGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Internet access for vpc-web",
                 *       "firewall_enabled": true,
                 *       "firewall_loggable": false,
                 *       "type": "IGW",
                 *       "vpc_id": "8a463aa4b1dc4f279c3f53b94dc45e74"
                 *     }
                 */
                "application/json": components["schemas"]["InternetGatewayCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the gateway is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternetGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listInternetGatewayCreatableTypes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kinds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatableTypeListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listInternetGatewayCreatableVpcs: {
        parameters: {
            query?: {
                /**
                 * @description Only this VPC.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                vpc_id?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VPCs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatableVpcListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showInternetGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Internet gateway ID.
                 * @example 3d5e7f9a1b2c4d6e8f0a2b4c6d8e0f1a
                 */
                internet_gateway_id: components["parameters"]["InternetGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternetGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setInternetGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Internet gateway ID.
                 * @example 3d5e7f9a1b2c4d6e8f0a2b4c6d8e0f1a
                 */
                internet_gateway_id: components["parameters"]["InternetGatewayId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Internet access for vpc-web",
                 *       "loggable": true
                 *     }
                 */
                "application/json": components["schemas"]["InternetGatewaySetRequest"];
            };
        };
        responses: {
            /** @description The changed gateway. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternetGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteInternetGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Internet gateway ID.
                 * @example 3d5e7f9a1b2c4d6e8f0a2b4c6d8e0f1a
                 */
                internet_gateway_id: components["parameters"]["InternetGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listNatGateways: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
                 * @example true
                 */
                with_count?: components["parameters"]["WithCount"];
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description NAT gateway name.
                 * @example NATGW_subnetweb
                 */
                name?: string;
                /**
                 * @description ID of the gateway’s VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Name of the gateway’s VPC.
                 * @example vpc-web
                 */
                vpc_name?: string;
                /**
                 * @description ID of the gateway’s subnet.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id?: string;
                /**
                 * @description Name of the gateway’s subnet.
                 * @example subnetweb
                 */
                subnet_name?: string;
                /**
                 * @description The gateway’s public address.
                 * @example 182.197.61.82
                 */
                nat_gateway_ip_address?: string;
                /**
                 * @description NAT gateway state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["NatGatewayState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of NAT gateways. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatGatewayListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createNatGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Outbound for subnetweb",
                 *       "publicip_id": "a7c3e1f9b5d24e6a8c0e2f4a6b8d0c1e",
                 *       "subnet_id": "78b2ee3f074145c580ab6abac4821f97"
                 *     }
                 */
                "application/json": components["schemas"]["NatGatewayCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the gateway is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showNatGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description NAT gateway ID.
                 * @example 4e6f8a0b2c4d4e6f8a0b2c4d6e8f0a2b
                 */
                nat_gateway_id: components["parameters"]["NatGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setNatGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description NAT gateway ID.
                 * @example 4e6f8a0b2c4d4e6f8a0b2c4d6e8f0a2b
                 */
                nat_gateway_id: components["parameters"]["NatGatewayId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Outbound for the web servers"
                 *     }
                 */
                "application/json": components["schemas"]["NatGatewaySetRequest"];
            };
        };
        responses: {
            /** @description The changed gateway. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NatGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteNatGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description NAT gateway ID.
                 * @example 4e6f8a0b2c4d4e6f8a0b2c4d6e8f0a2b
                 */
                nat_gateway_id: components["parameters"]["NatGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPrivateNats: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Private NAT name.
                 * @example pnat-office
                 */
                name?: string;
                /**
                 * @description The private NAT’s address range.
                 * @example 10.100.0.0/28
                 */
                cidr?: string;
                /**
                 * @description ID of the VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Name of the VPC.
                 * @example vpc-web
                 */
                vpc_name?: string;
                /**
                 * @description ID of the Direct Connect.
                 * @example 6a7b8c9d0e1f4a2b3c4d5e6f7a8b9c0d
                 */
                direct_connect_id?: string;
                /**
                 * @description Name of the Direct Connect.
                 * @example dc-office
                 */
                direct_connect_name?: string;
                /**
                 * @description Private NAT state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["PrivateNatState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of private NATs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateNatListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPrivateNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cidr": "10.100.0.0/28",
                 *       "description": "Addresses seen by the office",
                 *       "direct_connect_id": "6a7b8c9d0e1f4a2b3c4d5e6f7a8b9c0d",
                 *       "name": "pnat-office"
                 *     }
                 */
                "application/json": components["schemas"]["PrivateNatCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the private NAT is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateNatShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    checkPrivateNatCidrAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description ID of the Direct Connect.
                 * @example 6a7b8c9d0e1f4a2b3c4d5e6f7a8b9c0d
                 */
                direct_connect_id: string;
                /**
                 * @description The address range to check, in CIDR notation.
                 * @example 10.100.0.16/28
                 */
                cidr: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateNatCidrAvailabilityShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showPrivateNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The private NAT. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateNatShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setPrivateNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Addresses seen by head office"
                 *     }
                 */
                "application/json": components["schemas"]["PrivateNatSetRequest"];
            };
        };
        responses: {
            /** @description The changed private NAT. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateNatShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePrivateNat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listPrivateNatIps: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description The address.
                 * @example 10.100.0.5
                 */
                ip_address?: string;
                /**
                 * @description Address state.
                 * @example ATTACHED
                 */
                state?: components["schemas"]["PrivateNatIpState"];
                /**
                 * @description Kind of server the address is attached to.
                 * @example VM
                 */
                attached_resource_type?: components["schemas"]["PrivateNatIpAttachedResourceType"];
                /**
                 * @description ID of the server the address is attached to.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                attached_resource_id?: string;
                /**
                 * @description Name of the server the address is attached to.
                 * @example web-01
                 */
                attached_resource_name?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateNatIpListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPrivateNatIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ip_address": "10.100.0.6"
                 *     }
                 */
                "application/json": components["schemas"]["PrivateNatIpCreateRequest"];
            };
        };
        responses: {
            /** @description The reserved address. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateNatIpShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deletePrivateNatIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Private NAT ID.
                 * @example d2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a
                 */
                private_nat_id: components["parameters"]["PrivateNatId"];
                /**
                 * @description Private NAT IP ID.
                 * @example 1f0cb5390c40483592ddc5a282f53496
                 */
                private_nat_ip_id: components["parameters"]["PrivateNatIpId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTransitGateways: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                id?: string;
                /**
                 * @description Transit gateway name.
                 * @example tgwhub
                 */
                name?: string;
                /**
                 * @description Transit gateway state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["TransitGatewayState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of transit gateways. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTransitGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Hub for web and db",
                 *       "name": "tgwhub"
                 *     }
                 */
                "application/json": components["schemas"]["TransitGatewayCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the transit gateway is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showTransitGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transit gateway. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setTransitGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Hub for all tiers"
                 *     }
                 */
                "application/json": components["schemas"]["TransitGatewaySetRequest"];
            };
        };
        responses: {
            /** @description The changed transit gateway. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteTransitGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listTransitGatewayRules: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Routing rule ID.
                 * @example f0e1d2c3b4a54968a7b6c5d4e3f2a1b0
                 */
                id?: string;
                /**
                 * @description ID of the connected VPC the rules belong to.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                tgw_connection_vpc_id?: string;
                /**
                 * @description Name of the connected VPC the rules belong to.
                 * @example vpc-db
                 */
                tgw_connection_vpc_name?: string;
                /**
                 * @description Kind of end the traffic comes from.
                 * @example TGW
                 */
                source_type?: components["schemas"]["TransitGatewayRuleDestinationType"];
                /**
                 * @description Kind of end the traffic goes to.
                 * @example VPC
                 */
                destination_type?: components["schemas"]["TransitGatewayRuleDestinationType"];
                /**
                 * @description Destination address range.
                 * @example 192.170.0.0/16
                 */
                destination_cidr?: string;
                /**
                 * @description Rule state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["RoutingRuleState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of routing rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayRuleListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTransitGatewayRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "web to db",
                 *       "destination_cidr": "192.170.0.0/16",
                 *       "destination_type": "VPC",
                 *       "tgw_connection_vpc_id": "c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f"
                 *     }
                 */
                "application/json": components["schemas"]["TransitGatewayRuleCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the rule is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayRuleShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listTransitGatewayRoutingRuleAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description ID of the connected VPC.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                connected_vpc_id: string;
                /**
                 * @description Kind of end the traffic goes to.
                 * @example VPC
                 */
                destination_type: components["schemas"]["TransitGatewayRuleDestinationType"];
                /**
                 * @description The destination range to check, in CIDR notation.
                 * @example 192.170.0.0/16
                 */
                destination_cidr: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayRuleAvailabilityResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteTransitGatewayRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
                /**
                 * @description Routing rule ID of the transit gateway.
                 * @example f0e1d2c3b4a54968a7b6c5d4e3f2a1b0
                 */
                routing_rule_id: components["parameters"]["TransitGatewayRoutingRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTransitGatewayVpcConnections: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description VPC connection ID.
                 * @example 0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5
                 */
                id?: string;
                /**
                 * @description ID of the connected VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Name of the connected VPC.
                 * @example vpc-web
                 */
                vpc_name?: string;
                /**
                 * @description Connection state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["TransitGatewayVpcConnectionState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of VPC connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayVpcConnectionListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTransitGatewayVpcConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vpc_id": "8a463aa4b1dc4f279c3f53b94dc45e74"
                 *     }
                 */
                "application/json": components["schemas"]["TransitGatewayVpcConnectionCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the VPC is being connected. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitGatewayVpcConnectionShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deleteTransitGatewayVpcConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Transit gateway ID.
                 * @example e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b
                 */
                transit_gateway_id: components["parameters"]["TransitGatewayId"];
                /**
                 * @description VPC connection ID.
                 * @example 0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5
                 */
                vpc_connection_id: components["parameters"]["VpcConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVpcEndpoints: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to have the answer carry `count`, the number of items over all pages.
                 * @example true
                 */
                with_count?: components["parameters"]["WithCount"];
                /**
                 * @description Maximum number of items in one page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ID of the last item of the previous page; the page starts after it.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description VPC endpoint ID.
                 * @example b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5d
                 */
                id?: string;
                /**
                 * @description VPC endpoint name.
                 * @example vpce-obs
                 */
                name?: string;
                /**
                 * @description ID of the endpoint’s VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Name of the endpoint’s VPC.
                 * @example vpc-web
                 */
                vpc_name?: string;
                /**
                 * @description ID of the endpoint’s subnet.
                 * @example 5b0e9d8c7a6f4e3d2c1b0a9f8e7d6c5b
                 */
                subnet_id?: string;
                /**
                 * @description Key of the service reached.
                 * @example object-store.private.kr-west1.e.samsungsdscloud.com
                 */
                resource_key?: string;
                /**
                 * @description Kind of service reached.
                 * @example OBS
                 */
                resource_type?: components["schemas"]["VpcEndpointResourceType"];
                /**
                 * @description The endpoint’s address.
                 * @example 192.169.4.10
                 */
                endpoint_ip_address?: string;
                /**
                 * @description Endpoint state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["VpcEndpointState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of VPC endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcEndpointListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createVpcEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Backups to Object Storage",
                 *       "endpoint_ip_address": "192.169.4.10",
                 *       "name": "vpce-obs",
                 *       "resource_info": "Object Storage kr-west1",
                 *       "resource_key": "object-store.private.kr-west1.e.samsungsdscloud.com",
                 *       "resource_type": "OBS",
                 *       "subnet_id": "5b0e9d8c7a6f4e3d2c1b0a9f8e7d6c5b",
                 *       "vpc_id": "8a463aa4b1dc4f279c3f53b94dc45e74"
                 *     }
                 */
                "application/json": components["schemas"]["VpcEndpointCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the endpoint is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcEndpointShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listVpcEndpointConnectableResources: {
        parameters: {
            query: {
                /**
                 * @description Kind of service.
                 * @example OBS
                 */
                resource_type: components["schemas"]["VpcEndpointResourceType"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcEndpointConnectableResourceListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    checkVpcEndpointIpAddressAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description ID of the subnet.
                 * @example 5b0e9d8c7a6f4e3d2c1b0a9f8e7d6c5b
                 */
                subnet_id: string;
                /**
                 * @description The address to check.
                 * @example 192.169.4.11
                 */
                endpoint_ip_address: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcEndpointShowIpAvailabilityResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    checkVpcEndpointResourceAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description ID of the VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id: string;
                /**
                 * @description Kind of service.
                 * @example OBS
                 */
                resource_type: components["schemas"]["VpcEndpointResourceType"];
                /**
                 * @description Key of the service.
                 * @example object-store.private.kr-west1.e.samsungsdscloud.com
                 */
                resource_key: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcEndpointResourceAvailabilityShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVpcEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC endpoint ID.
                 * @example b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5d
                 */
                vpc_endpoint_id: components["parameters"]["VpcEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcEndpointShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setVpcEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC endpoint ID.
                 * @example b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5d
                 */
                vpc_endpoint_id: components["parameters"]["VpcEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Backups and logs to Object Storage"
                 *     }
                 */
                "application/json": components["schemas"]["VpcEndpointSetRequest"];
            };
        };
        responses: {
            /** @description The changed endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcEndpointShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVpcEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC endpoint ID.
                 * @example b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5d
                 */
                vpc_endpoint_id: components["parameters"]["VpcEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listVpcPeerings: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                id?: string;
                /**
                 * @description VPC peering name.
                 * @example webtodb
                 */
                name?: string;
                /**
                 * @description ID of the requester VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                requester_vpc_id?: string;
                /**
                 * @description Name of the requester VPC.
                 * @example vpc-web
                 */
                requester_vpc_name?: string;
                /**
                 * @description ID of the approver VPC.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                approver_vpc_id?: string;
                /**
                 * @description Name of the approver VPC.
                 * @example vpc-db
                 */
                approver_vpc_name?: string;
                /**
                 * @description Whether the two VPCs belong to the same account.
                 * @example SAME
                 */
                account_type?: components["schemas"]["VpcPeeringAccountType"];
                /**
                 * @description Peering state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["VpcPeeringState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of VPC peerings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createVpcPeering: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approver_vpc_id": "c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f",
                 *       "description": "web tier to db tier",
                 *       "name": "webtodb",
                 *       "requester_vpc_id": "8a463aa4b1dc4f279c3f53b94dc45e74"
                 *     }
                 */
                "application/json": components["schemas"]["VpcPeeringCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the peering is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listVpcPeeringAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description ID of the requester VPC.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                requester_vpc_id: string;
                /**
                 * @description ID of the approver VPC.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                approver_vpc_id?: string;
                /**
                 * @description Account of the approver VPC, when it is another account.
                 * @example 0d2a4bd3e3b84d7a9c5e1f6a7b8c9d01
                 */
                approver_vpc_account_id?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringAvailabilityResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVpcPeering: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The peering. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setVpcPeering: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "web tier to db tier"
                 *     }
                 */
                "application/json": components["schemas"]["VpcPeeringSetRequest"];
            };
        };
        responses: {
            /** @description The changed peering. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVpcPeering: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVpcPeeringRules: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Routing rule ID.
                 * @example a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d
                 */
                id?: string;
                /**
                 * @description Name of the peering.
                 * @example webtodb
                 */
                name?: string;
                /**
                 * @description ID of the VPC the traffic comes from.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                source_vpc_id?: string;
                /**
                 * @description Which end of the peering the traffic comes from.
                 * @example REQUESTER_VPC
                 */
                source_vpc_type?: components["schemas"]["VpcPeeringRuleDestinationVpcType"];
                /**
                 * @description ID of the VPC the traffic goes to.
                 * @example c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f
                 */
                destination_vpc_id?: string;
                /**
                 * @description Which end of the peering the traffic goes to.
                 * @example APPROVER_VPC
                 */
                destination_vpc_type?: components["schemas"]["VpcPeeringRuleDestinationVpcType"];
                /**
                 * @description Destination address range.
                 * @example 192.170.0.0/16
                 */
                destination_cidr?: string;
                /**
                 * @description Rule state.
                 * @example ACTIVE
                 */
                state?: components["schemas"]["VpcPeeringState"];
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of routing rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringRuleListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createVpcPeeringRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "destination_cidr": "192.170.0.0/16",
                 *       "destination_vpc_type": "APPROVER_VPC"
                 *     }
                 */
                "application/json": components["schemas"]["VpcPeeringRuleCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the rule is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringRuleShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listVpcPeeringRoutingRuleAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description Which end of the peering the traffic goes to.
                 * @example APPROVER_VPC
                 */
                destination_vpc_type: components["schemas"]["VpcPeeringRuleDestinationVpcType"];
                /**
                 * @description The destination range to check, in CIDR notation.
                 * @example 192.170.0.0/16
                 */
                destination_cidr: string;
            };
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpcPeeringRuleAvailabilityResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVpcPeeringRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `vpc <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example vpc 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["VpcApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description VPC peering ID.
                 * @example c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f
                 */
                vpc_peering_id: components["parameters"]["VpcPeeringId"];
                /**
                 * @description Routing rule ID of the VPC peering.
                 * @example a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d
                 */
                routing_rule_id: components["parameters"]["VpcPeeringRoutingRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listSecurityGroups: {
        parameters: {
            query?: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                id?: string;
                /**
                 * @description Security group name.
                 * @example sg-web
                 */
                name?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of security groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Web servers",
                 *       "loggable": false,
                 *       "name": "sg-web",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SecurityGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The new group. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSecurityGroupQuotas: {
        parameters: {
            query?: {
                /**
                 * @description A group whose rules to count in `security_group_rules_per_sg`.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupQuotaResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Web and API servers",
                 *       "loggable": true
                 *     }
                 */
                "application/json": components["schemas"]["SecurityGroupSetRequest"];
            };
        };
        responses: {
            /** @description Changed. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    listSecurityGroupRules: {
        parameters: {
            query: {
                /**
                 * @description Number of items per page.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Page to return, counted from 0.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Sort key and direction (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Security group rule ID.
                 * @example b3c4d5e6f7a84b9c0d1e2f3a4b5c6d7e
                 */
                id?: string;
                /**
                 * @description ID of the group whose rules to list.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: string;
                /**
                 * @description Remote addresses of the rules, in CIDR notation.
                 * @example 0.0.0.0/0
                 */
                remote_ip_prefix?: string;
                /**
                 * @description Remote security group of the rules.
                 * @example 9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5a
                 */
                remote_group_id?: string;
                /**
                 * @description Description of the rules.
                 * @example HTTPS from anywhere
                 */
                description?: string;
                /**
                 * @description Direction of the rules.
                 * @example ingress
                 */
                direction?: components["schemas"]["SecurityGroupRuleDirection"];
                /**
                 * @description Service of the rules; the vendor does not document the values it accepts.
                 * @example HTTPS
                 */
                service?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupRuleListResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityGroupRuleCreateRequest"];
            };
        };
        responses: {
            /** @description The new rule. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupRuleShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    createSecurityGroupRules: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "security_group_id": "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f",
                 *       "security_group_rules": [
                 *         {
                 *           "description": "SSH from the office",
                 *           "direction": "ingress",
                 *           "port_range_max": 22,
                 *           "port_range_min": 22,
                 *           "protocol": "tcp",
                 *           "remote_ip_prefix": "203.0.113.0/24"
                 *         },
                 *         {
                 *           "description": "Everything out",
                 *           "direction": "egress",
                 *           "protocol": null,
                 *           "remote_ip_prefix": "0.0.0.0/0"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SecurityGroupRulesCreateRequest"];
            };
        };
        responses: {
            /** @description The new rules. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupRulesCreateResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NetworkConflict"];
        };
    };
    downloadSecurityGroupRules: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file of the rules; its format is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showSecurityGroupRule: {
        parameters: {
            query?: {
                /**
                 * @description Fields of the rule to return; repeat the parameter for several (`fields=id&fields=protocol`). All fields when left out.
                 * @example [
                 *       "id",
                 *       "protocol"
                 *     ]
                 */
                fields?: string[];
            };
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group rule ID.
                 * @example b3c4d5e6f7a84b9c0d1e2f3a4b5c6d7e
                 */
                security_group_rule_id: components["parameters"]["SecurityGroupRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupRuleShowResponse"];
                };
            };
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `securitygroup <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example securitygroup 1.0
                 */
                "Scp-Api-Version"?: components["parameters"]["SecurityGroupApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Security group rule ID.
                 * @example b3c4d5e6f7a84b9c0d1e2f3a4b5c6d7e
                 */
                security_group_rule_id: components["parameters"]["SecurityGroupRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["NetworkBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
