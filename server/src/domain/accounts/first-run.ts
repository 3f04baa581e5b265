import { customAlphabet, nanoid } from 'nanoid';
import { ErrorCode, type SetupInput, type SetupResult } from '@parley/shared';
import { AppError } from '../../app-error.js';
import { hashPassword } from '../../auth/passwords.js';
import type { Store } from '../../store/port.js';
import { presentSite, publicAgent } from './account-views.js';
import type { SessionIssuer } from './session-issuer.js';

/** Site keys are typed into snippets and read aloud: lower case, no look-alike characters. */
export const newSiteKey = customAlphabet('abcdefghijkmnpqrstuvwxyz23456789', 12);

/** First run and sign-up: a new workspace with its first admin and first site, signed in at once. */
export class FirstRun {
  constructor(
    private readonly store: Store,
    private readonly sessions: SessionIssuer,
    private readonly allowSignup: boolean,
    private readonly now: () => number,
  ) {}

  /** Whether the console should open the set-up page, and whether its login page offers sign-up. */
  async status(): Promise<{ needed: boolean; signupAllowed: boolean }> {
    return { needed: !(await this.store.accounts.hasAnyAgent()), signupAllowed: this.allowSignup };
  }

  /**
   * Sets up an empty server; once any account exists it answers `conflict` and changes nothing.
   * @example await accounts.firstRun.setup({ name, email, password, workspaceName, site: { name, origin } });
   */
  async setup(input: SetupInput): Promise<SetupResult> {
    // Hashed before the claim: the claimed slot waits for as little as possible.
    const passwordHash = await hashPassword(input.password);
    if (!(await this.store.accounts.claimFirstRun(this.now()))) {
      throw new AppError(ErrorCode.conflict, 'Parley is already set up: sign in instead');
    }
    return this.createWorkspace(input, passwordHash);
  }

  /** A new workspace from the login page, when `ALLOW_SIGNUP=true`. */
  async signup(input: SetupInput): Promise<SetupResult> {
    if (!this.allowSignup) throw new AppError(ErrorCode.forbidden, 'sign-up is off on this server: ask an admin for an invitation');
    return this.createWorkspace(input, await hashPassword(input.password));
  }

  private async createWorkspace(input: SetupInput, passwordHash: string): Promise<SetupResult> {
    // Checked first so that a taken email leaves no workspace behind (createAgent checks again, atomically).
    if (await this.store.getAgentByEmail(input.email)) throw emailTaken();
    const at = this.now();
    const workspace = await this.store.createWorkspace({ id: nanoid(), name: input.workspaceName, createdAt: at });
    const site = await this.store.createSite({
      id: nanoid(),
      workspaceId: workspace.id,
      key: newSiteKey(),
      name: input.site.name,
      allowedOrigins: [input.site.origin],
      locale: null,
      createdAt: at,
    });
    const agent = await this.store.createAgent({
      id: nanoid(),
      workspaceId: workspace.id,
      email: input.email,
      name: input.name,
      role: 'admin',
      capacity: 0,
      passwordHash,
      createdAt: at,
    });
    const record = (await this.store.getAgent(agent.id)) ?? agent;
    return { token: this.sessions.issue(record), agent: publicAgent(record), workspace, site: presentSite(site) };
  }
}

export const emailTaken = () => new AppError(ErrorCode.conflict, 'an account with this email already exists');
