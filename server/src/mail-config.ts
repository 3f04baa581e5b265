import { z } from 'zod';

/** Email settings, present when SMTP_URL is set. */
export interface MailConfig {
  /** `smtp://user:pass@host:587` (STARTTLS when the server offers it) or `smtps://…:465` (TLS from the start). */
  smtpUrl: string;
  /** The From header: `help@shop.example` or `Shop Help <help@shop.example>`. */
  from: string;
  /** First retry after this; each next one waits twice as long (capped at an hour). */
  retryBaseMs: number;
  /** Attempts per mail before it is listed as failed for admins. */
  maxAttempts: number;
}

const address = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** MAIL_FROM's shapes: an address, or a display name and an address in angle brackets. */
function isMailbox(value: string): boolean {
  const named = /^[^<>]*<([^<>]+)>$/.exec(value.trim());
  return address.test(named ? named[1]!.trim() : value.trim());
}

function isUrl(value: string, protocols: string[]): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The mail part of the environment schema (config.ts spreads it into its own). */
export const mailEnvSchema = {
  SMTP_URL: z
    .string()
    .refine((v) => isUrl(v, ['smtp:', 'smtps:']), 'must be a URL like smtp://user:pass@host:587 or smtps://user:pass@host:465')
    .optional(),
  MAIL_FROM: z.string().refine(isMailbox, 'must be an address (help@shop.example) or Name <help@shop.example>').optional(),
  PUBLIC_URL: z
    .string()
    .refine((v) => isUrl(v, ['http:', 'https:']) && !/[?#]/.test(v), 'must be an http(s) address like https://chat.shop.example, without ? or #')
    .optional(),
  /** First mail retry after this; each next one waits twice as long (capped at an hour). */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
  /** Attempts per mail before it is given up and listed for admins. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
};

type MailEnv = z.output<z.ZodObject<typeof mailEnvSchema>>;

/**
 * The mail settings from the parsed environment, or the problems that stop the boot: mail
 * without a sender or without an address for its links would go out broken, so both are
 * required once SMTP_URL is set.
 */
export function mailConfigOf(e: MailEnv): { mail: MailConfig | null; publicUrl: string | null; problems: string[] } {
  const publicUrl = e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null;
  if (!e.SMTP_URL) return { mail: null, publicUrl, problems: [] };
  const problems: string[] = [];
  if (!e.MAIL_FROM) problems.push('MAIL_FROM: required when SMTP_URL is set (the address mail is sent from)');
  if (!publicUrl) problems.push('PUBLIC_URL: required when SMTP_URL is set (the address links in mail point to)');
  if (problems.length > 0) return { mail: null, publicUrl, problems };
  return {
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM!, retryBaseMs: e.MAIL_RETRY_BASE_MS, maxAttempts: e.MAIL_MAX_ATTEMPTS },
    publicUrl,
    problems,
  };
}
