import { z } from 'zod';

/** The secret of a one-time link as it appears in a route (`/invitations/{token}/accept`). */
export const linkTokenSchema = z.object({ token: z.string().min(20, 'is not a link token').max(200).regex(/^[A-Za-z0-9_-]+$/, 'is not a link token') });
