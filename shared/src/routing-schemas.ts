import { z } from 'zod';
import { agentStatuses } from './routing.js';
import { limits } from './limits.js';
import { clientIdSchema, messageTextSchema } from './schemas.js';

/** Payloads of the routing commands (console and widget) and the admin REST routes. */

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
const note = z.string().trim().max(limits.messageText).default('');

export const agentStatusSchema = z.object({ status: z.enum(agentStatuses) });
export type AgentStatusInput = z.infer<typeof agentStatusSchema>;

/** A supervisor or admin gives a conversation to an agent (assign or reassign). */
export const assignSchema = z.object({ conversationId: id, agentId: id });
export type AssignInput = z.infer<typeof assignSchema>;
/** `POST /api/v1/conversations/{id}/assign` (supervisors and admins). */
export const restAssignSchema = z.object({ agentId: id });

/** Hand a conversation to another agent or to a department's queue, with a note only agents see. */
export const transferSchema = z
  .object({ conversationId: id, agentId: id.optional(), departmentId: id.optional(), note })
  .refine((t) => (t.agentId === undefined) !== (t.departmentId === undefined), 'name exactly one of agentId or departmentId');
export type TransferInput = z.infer<typeof transferSchema>;
export type TransferInputRaw = z.input<typeof transferSchema>;

/** Tier 1 -> tier 2: to the department the current one escalates to. */
export const escalateSchema = z.object({ conversationId: id, note });
export type EscalateInputRaw = z.input<typeof escalateSchema>;

/**
 * The leave-a-message form. `clientId` (one per form submission) makes a re-sent form, after
 * a lost acknowledgement, the same left message rather than a second one.
 */
export const offlineMessageSchema = z.object({
  name: z.string().trim().min(1).max(limits.name),
  email: z.string().trim().toLowerCase().pipe(z.email().max(limits.email)),
  text: messageTextSchema,
  departmentId: id.optional(),
  clientId: clientIdSchema.optional(),
});
export type OfflineMessageInput = z.infer<typeof offlineMessageSchema>;

export const availabilityQuerySchema = z.object({ departmentId: id.optional() }).optional().transform((v) => v ?? {});
